/*
** item_authors.c -- the authors that change logs credit at the end of an
** item, for entities() (model_spans.c joins and retypes them PERSON):
**
**   "* doc: allow <code> in headers (Rich Trott) [#31086](https://...)"
**                                    LOC "Rich Trott"     -> PERSON
**   "* tls: add DHE support (Shigeki Ohtsu)"
**                                    PERSON "Shigeki" + LOC "Ohtsu"
**                                                         -> PERSON
**
** Node.js, and many projects after it, end each item of a change log with
** its author in brackets.  The model reads an author it never saw by the
** letters of the name ("Rich Trott" a place 3,181 times in the Node.js
** change logs of a newcomer's corpus of package documents).  The spans
** that fill a pair of round brackets, one space apart, are one PERSON
** when the brackets end a list item: its line opens with a list marker
** ("*", "-" or "+" and a space), and after the closing bracket comes the
** end of the line or a reference to the change ("[#31086](...)", or
** "#31086" in markdown_text()'s text); a name of one word (a user name:
** "(Voltrex) #38450") only before such a reference, in a text that
** credits MIN_AUTHOR_SITES authors so or more.  Where the model found no
** name there, tk_entities__item_author_claims claims it ("(Rich Trott)
** #42349"), in such a text too.  Not
** retyped: more than MAX_AUTHOR_WORDS words, a word without a capital, a
** name the typed gazetteers list as a place, a company or an
** organization ("- talks resumed (United Nations)").
**
**   nSpan = tk_entities__join_item_authors(z, n, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_AUTHOR_WORDS 4  /* the longest author's name, in words */
#define MAX_AUTHOR_BYTES 64 /* ... and in bytes, for the claims */
#define MIN_AUTHOR_SITES 3  /* claims only in a log crediting this often */
#define MAX_LINK_BYTES 1024 /* a link to the change, at most */
#define MAX_LINE_BACK 4096  /* a list marker this far back, at most */
#define AUTHOR_SCORE 0.9    /* the score of a claimed author */

/* 1 for a byte of a repository's owner or name on GitHub. */
static int repoByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

/* 1 when z[i] opens a reference to a change of another repository,
** "nodejs/node#1389" (GitHub's owner/name#number). */
static int repoReference(const char *z, size_t n, size_t i) {
  size_t k = i, nSlash = 0;
  while (k < n && k - i < 128 && (repoByte(z[k]) || (z[k] == '/' && !nSlash)))
    nSlash += z[k++] == '/';
  return nSlash == 1 && k > i + 2 && z[k - 1] != '/' && z[i] != '/' &&
         k + 1 < n && z[k] == '#' && z[k + 1] >= '0' && z[k + 1] <= '9';
}

/* How the ")" at z[i] ends a list item's line: 2 when a reference to the
** change follows, a link ("[#31086](...)" and its kin), another
** repository's ("nodejs/node#1389"), an address ("https://...") or, as
** markdown_text() leaves a link, a number ("#31086"); 1 when the end of
** the line does; else 0. */
static int itemEnd(const char *z, size_t n, size_t i) {
  i++;
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r'))
    i++;
  if (i == n || z[i] == '\n') return 1;
  if (z[i] == '#' && i + 1 < n && z[i + 1] >= '0' && z[i + 1] <= '9') return 2;
  if (repoReference(z, n, i)) return 2;
  if ((n - i >= 8 && memcmp(z + i, "https://", 8) == 0) ||
      (n - i >= 7 && memcmp(z + i, "http://", 7) == 0))
    return 2; /* the change's address */
  if (z[i] != '[' || i + 1 >= n) return 0;
  if (z[i + 1] == '#') return 2;
  size_t nMax = n - i < MAX_LINK_BYTES ? n - i : MAX_LINK_BYTES;
  const char *zEol = memchr(z + i, '\n', nMax);
  size_t e = zEol ? (size_t)(zEol - z) : i + nMax;
  return (zEol || e == n) && z[e - 1] == ')' ? 2 : 0;
}

/* The start of the author's name in the brackets that the ")" at z[e]
** closes, or SIZE_MAX: at most MAX_AUTHOR_BYTES back, on the same line. */
static size_t authorStart(const char *z, size_t e) {
  size_t i = e;
  while (i > 0 && e - i < MAX_AUTHOR_BYTES && z[i - 1] != '(' &&
         z[i - 1] != ')' && z[i - 1] != '\n')
    i--;
  return i > 0 && i < e && z[i - 1] == '(' ? i : SIZE_MAX;
}

/* 1 when the line of z[i] opens with a list marker, found within
** MAX_LINE_BACK bytes (so that a text of one long line stays linear). */
static int inItem(const char *z, size_t i) {
  size_t j = i;
  while (j > 0 && i - j < MAX_LINE_BACK && z[j - 1] != '\n')
    j--;
  return (j == 0 || z[j - 1] == '\n') &&
         tk_entities__item_start(z, i) != SIZE_MAX;
}

/* 1 when every byte of z[i..e) may be in a name: letters (and any byte
** past ASCII), spaces, '.', '-' and '\''. */
static int nameBytes(const char *z, size_t i, size_t e) {
  for (size_t k = i; k < e; k++) {
    unsigned char c = (unsigned char)z[k];
    if (!(c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == ' ' ||
          c == '.' || c == '-' || c == '\''))
      return 0;
  }
  return 1;
}

/* 1 when z[i..e) holds a lower-case ASCII letter or a byte past ASCII:
** a user's name ("Voltrex"), not a ticker or an acronym ("(AAPL) #1" in
** a ranking). */
static int hasLower(const char *z, size_t i, size_t e) {
  for (size_t k = i; k < e; k++)
    if ((z[k] >= 'a' && z[k] <= 'z') || (unsigned char)z[k] >= 0x80) return 1;
  return 0;
}

/* 1 when every word of z[i..e) opens with a capital. */
static int capitalized(const char *z, size_t n, size_t i, size_t e) {
  for (size_t k = i; k < e; k++)
    if ((k == i || z[k - 1] == ' ') && !tk_entities__capital_at(z, n, k))
      return 0;
  return 1;
}

/* 1 when the ")" at z[e] closes an author's credit: capitalized words of
** a name before a reference to the change, on a list item's line; the
** name's start in *pi. */
static int authorSite(const char *z, size_t n, size_t e, size_t *pi) {
  size_t i = authorStart(z, e);
  *pi = i;
  return i != SIZE_MAX && itemEnd(z, n, e) == 2 && nameBytes(z, i, e) &&
         capitalized(z, n, i, e) && hasLower(z, i, e) && inItem(z, i) &&
         tk_entities__word_count(z + i, e - i) <= MAX_AUTHOR_WORDS;
}

/* 1 when z[0..n) holds MIN_AUTHOR_SITES authors' credits or more. */
static int creditsAuthors(const char *z, size_t n) {
  size_t nSite = 0, i;
  for (const char *p = z; n && nSite < MIN_AUTHOR_SITES &&
                          (p = memchr(p, ')', n - (size_t)(p - z)));
       p++)
    nSite += authorSite(z, n, (size_t)(p - z), &i);
  return nSite >= MIN_AUTHOR_SITES;
}

/* Join a[k..j) into one PERSON where they fill the brackets of an item's
** author (see above); returns the new count of a[0..nSpan). */
size_t tk_entities__join_item_authors(const char *z, size_t n, tk_ner_span *a,
                                      size_t nSpan) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG;
  size_t nOut = 0;
  int bCredits = -1; /* creditsAuthors(), read when a one-word name asks */
  for (size_t k = 0; k < nSpan;) {
    size_t j = k + 1, i = a[k].iStart;
    while (j < nSpan && a[j].iStart == a[j - 1].iStart + a[j - 1].nLen + 1 &&
           z[a[j].iStart - 1] == ' ')
      j++;
    size_t e = a[j - 1].iStart + a[j - 1].nLen;
    size_t nWord = tk_entities__word_count(z + i, e - i);
    int eEnd =
        i > 0 && z[i - 1] == '(' && e < n && z[e] == ')' ? itemEnd(z, n, e) : 0;
    if (eEnd && nWord == 1 && eEnd == 2 && bCredits < 0)
      bCredits = creditsAuthors(z, n);
    if (eEnd &&
        (nWord >= 2 || (eEnd == 2 && bCredits == 1 && hasLower(z, i, e))) &&
        nWord <= MAX_AUTHOR_WORDS && capitalized(z, n, i, e) &&
        !(tk_ner_gazetteer_classes(z + i, e - i) & fNot) &&
        tk_entities__item_start(z, i) != SIZE_MAX) {
      a[nOut] = a[k];
      a[nOut].nLen = e - i;
      a[nOut].eType = TK_ENT_PERSON;
      for (size_t m = k + 1; m < j; m++)
        if (a[m].rScore < a[nOut].rScore) a[nOut].rScore = a[m].rScore;
      nOut++;
      k = j;
      continue;
    }
    a[nOut++] = a[k++];
  }
  return nOut;
}

/* The authors credited in brackets before a reference to the change
** ("(Rich Trott) #42349") that no span of a[0..nSpan) covers, in a text
** that credits MIN_AUTHOR_SITES of them or more: a tk_malloc'd array
** *paClaim of *pnClaim PERSON spans.  TK_OK or TK_ENOMEM. */
int tk_entities__item_author_claims(const char *z, size_t n,
                                    const tk_ner_span *a, size_t nSpan,
                                    tk_ner_span **paClaim, size_t *pnClaim) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG;
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0, nSite = 0, k = 0;
  for (const char *p = z; n && (p = memchr(p, ')', n - (size_t)(p - z))); p++) {
    size_t e = (size_t)(p - z), i;
    if (!authorSite(z, n, e, &i)) continue;
    nSite++;
    while (k < nSpan && a[k].iStart + a[k].nLen <= i)
      k++;
    if ((k < nSpan && a[k].iStart < e) ||
        (tk_ner_gazetteer_classes(z + i, e - i) & fNot))
      continue;
    if (tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){i, e - i, TK_ENT_PERSON, AUTHOR_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
  }
  if (nSite < MIN_AUTHOR_SITES) nClaim = 0;
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
