/*
** legal_names.c -- the companies that a legal suffix ends, for entities()
** (model_spans.c claims them as ORG where the model left them out):
**
**   "John Casesa of Schroder Wertheim & Co."  ORG "Schroder Wertheim & Co."
**   "analyst at Edward D. Jones & Co"         ORG (the model: PERSON
**                                             "Edward D. Jones")
**   "IPO FILING -- Homegate Hospitality Inc"  ORG (the model: nothing)
**
** A run of capitalized words ending with a company's legal suffix ("Inc",
** "Corp.", "Co", "Ltd", "PLC", "GmbH", "Corporation"...) names a company:
** in CoNLL-2003 train and dev the names ending with one are ORG 283 times
** of 283 (model_spans.c retypes the model's spans by it).  The model
** misses such names when it never saw their words ("First Bank System
** Inc.") or reads their first words as a person's ("Edward D. Jones &
** Co").  The run goes back from the suffix over words that start with a
** capital (any script), "&" and suffixes ("Bear Stearns & Co Inc"), one
** space apart, up to MAX_WORDS words; an opening quote or bracket ends it
** ('"China Navigation Co v Attorney-General"'), a lower-case word too
** ("of", "the": "First of Michigan Corp." is left to the model), and a
** hyphenated word with a lower-case part ("Minneapolis-based").  "The"
** and "&" do not open it.  The claim is left out:
**   - when a model's ORG inside the run ends with the suffix: the model
**     read the company, and the words before it are another name's or a
**     sentence's ("Thailand 's Siam Commercial Bank Plc", "Tuesday Purdue
**     Frederick Co", "And Scorpion Minerals Inc");
**   - after a capitalized word and a comma ("Goldman, Sachs & Co", "Kalf
**     , Voorhis & Co": one name, or a list);
**   - when a capitalized word follows a suffix written without a period
**     ("Bay Co Bldg Auth": a county's);
**   - in a Title Case line, unless punctuation opens the run on its line
**     and it has at most three words before the suffix ("IPO FILING --
**     Homegate Hospitality Inc"; "Microsoft Buys Nuance Communications
**     Inc" is a headline's sentence).
** The suffixes that are also other words' abbreviations ("AG", attorney
** general; "SA", "NV", "AB": places) and "Limited" are not read.  Measured
** with the train-only model: CoNLL-2003 dev ORG F1 0.8967 -> 0.8985;
** with the shipped one, two wrong claims in CoNLL train and dev ("S.B.K-
** Brooks Investment Corp", "Kloof Gold Mining Co" of a longer name); 6 MB
** of Wikipedia, 23 claims, all right ("Apple Inc." for the model's
** "Apple", "Norwegian Broadcasting Corporation"); docs/entities.md.
**
** model_spans.c claims those in gaps first, where the unknown names' lists
** read them ("Zeekr and Lynk & Co": ORG "Zeekr" beside the company), and
** the others last, after the headline's names were read from the model's
** spans of the body ("Apple" before "Apple Inc").
**
**   rc = tk_entities__legal_names_in_gaps(z, n, aSpan, nSpan, &aClaim,
**                                         &nClaim);
**   rc = tk_entities__legal_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <ctype.h>
#include <string.h>

#define MAX_WORDS 8     /* the most words before the suffix */
#define MAX_TITLE_RUN 3 /* the most of them in a Title Case line */
#define LEGAL_SCORE 0.8 /* a guess of the run's edges, of a sure type */

/* 1 when z[0..m) is a company's legal suffix (see entities_internal.h). */
int tk_entities__legal_suffix(const char *z, size_t m) {
  TK_SORTED_WORDS(azSuffix) = {
      "Bros", "Bros.", "Co",   "Co.",          "Corp", "Corp.", "Corporation",
      "GmbH", "Inc",   "Inc.", "Incorporated", "LLC",  "Ltd",   "Ltd.",
      "PLC",  "Plc",   "SpA",  "plc",          0};
  return TK_IN_SORTED(azSuffix, z, m);
}

/* 1 when a word that opens with the bytes c1 c2 may be a legal suffix:
** asked at every word of the text, before the list. */
static int suffixOpening(char c1, char c2) {
  switch (c1) {
  case 'B':
    return c2 == 'r';
  case 'C':
    return c2 == 'o';
  case 'G':
    return c2 == 'm';
  case 'I':
    return c2 == 'n';
  case 'L':
    return c2 == 't' || c2 == 'L';
  case 'P':
    return c2 == 'L' || c2 == 'l';
  case 'S':
    return c2 == 'p';
  case 'p':
    return c2 == 'l';
  default:
    return 0;
  }
}

/* Sixteen bytes, for a test of a block at a time (GCC and Clang vector
** extensions). */
typedef unsigned char Block __attribute__((vector_size(16)));

/* 1 when a byte of z[i..i+16) (1 <= i, i + 17 <= n) may open a suffix's
** word: the first two letters of one (suffixOpening) after a space.  Most
** blocks of prose have none, so the scan reads them sixteen bytes at a
** time. */
static int blockMayOpen(const char *z, size_t i) {
  Block prev, cur, next;
  memcpy(&prev, z + i - 1, sizeof prev);
  memcpy(&cur, z + i, sizeof cur);
  memcpy(&next, z + i + 1, sizeof next);
  Block m =
      (Block)(((cur == 'B') & (next == 'r')) | ((cur == 'C') & (next == 'o')) |
              ((cur == 'G') & (next == 'm')) | ((cur == 'I') & (next == 'n')) |
              ((cur == 'L') & ((next == 't') | (next == 'L'))) |
              ((cur == 'P') & ((next == 'L') | (next == 'l'))) |
              ((cur == 'S') & (next == 'p')) | ((cur == 'p') & (next == 'l')));
  m &= (Block)(prev == ' ');
  uint64_t a[2];
  memcpy(a, &m, sizeof a);
  return (a[0] | a[1]) != 0;
}

/* The first i' >= i (i >= 1) where a word opens after a space with the
** first two letters of a suffix (suffixOpening); n when none. */
static size_t nextOpening(const char *z, size_t n, size_t i) {
  while (i + 1 < n) {
    if (i + 17 <= n && !blockMayOpen(z, i)) {
      i += 16;
      continue;
    }
    for (size_t e = i + 16 < n ? i + 16 : n - 1; i < e; i++)
      if (z[i - 1] == ' ' && suffixOpening(z[i], z[i + 1])) return i;
  }
  return n;
}

/* 1 for a byte that ends a word after a suffix: a space, a line's end or
** punctuation that closes a phrase. */
static int suffixEnd(const char *z, size_t n, size_t i) {
  return i >= n || strchr(" \t\r\n,;:)\"'", z[i]) != 0;
}

/* 1 when the word z[i..e) may stand in a company's name before its
** suffix: "&", or a word that starts with a capital and holds letters,
** digits, '.', '\'' and '&', and hyphens between parts that start with a
** capital ("Daimler-Benz", not "Minneapolis-based"). */
static int nameWord(const char *z, size_t n, size_t i, size_t e) {
  if (e == i + 1 && z[i] == '&') return 1;
  if (!tk_entities__capital_letter_at(z, n, i)) return 0;
  for (size_t k = i; k < e; k++) {
    unsigned char c = (unsigned char)z[k];
    if (c == '-' &&
        (k + 1 >= e || !tk_entities__capital_letter_at(z, n, k + 1)))
      return 0;
    if (!(c >= 0x80 || c == '.' || c == '\'' || c == '&' || c == '-' ||
          (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
      return 0;
  }
  return 1;
}

/* The start of the run of name words that ends one space before z[i]
** (i when there is none), over at most MAX_WORDS words; *pnWord gets
** their number.  A word that an opening quote or bracket starts is the
** run's last. */
static size_t runStart(const char *z, size_t n, size_t i, int *pnWord) {
  size_t iStart = i;
  *pnWord = 0;
  while (*pnWord < MAX_WORDS && iStart >= 2 && z[iStart - 1] == ' ') {
    size_t e = iStart - 1, k = e;
    while (k > 0 && z[k - 1] != ' ' && z[k - 1] != '\n')
      k--;
    size_t q = k;
    while (q < e && strchr("\"([", z[q]))
      q++;
    if (q == e || !nameWord(z, n, q, e)) break;
    iStart = q;
    (*pnWord)++;
    if (q > k) break; /* '"China Navigation Co' */
  }
  return iStart;
}

/* 1 when a comma after a capitalized word comes right before z[i] (the
** spaces between): "Goldman, Sachs & Co" may be one name or two. */
static int afterCapitalComma(const char *z, size_t n, size_t i) {
  while (i > 0 && z[i - 1] == ' ')
    i--;
  if (i == 0 || z[i - 1] != ',') return 0;
  i--;
  while (i > 0 && z[i - 1] == ' ')
    i--;
  size_t k = i;
  while (k > 0 && z[k - 1] != ' ' && z[k - 1] != '\n')
    k--;
  return k < i && tk_entities__capital_letter_at(z, n, k);
}

/* 1 when a model's ORG among a[0..nSpan) (sorted) lies in z[iStart..iEnd)
** and ends at iEnd. */
static int modelEnds(const tk_ner_span *a, size_t nSpan, size_t iStart,
                     size_t iEnd) {
  size_t k = tk_entities__span_after(a, nSpan, iEnd - 1);
  return k < nSpan && a[k].iStart >= iStart &&
         a[k].iStart + a[k].nLen == iEnd && a[k].eType == TK_ENT_ORG;
}

/* 1 when the run z[iStart..) of nWord words before its suffix may be
** claimed in the line it is on: a line other than a Title Case one, or
** one where punctuation opens the run and it is short (see above). */
static int fitsLine(const char *z, size_t n, size_t iStart, int nWord) {
  if (!tk_entities__in_title_line(z, n, iStart)) return 1;
  size_t k = iStart;
  while (k > 0 && z[k - 1] == ' ')
    k--;
  unsigned char c = k > 0 ? (unsigned char)z[k - 1] : '\n';
  return nWord <= MAX_TITLE_RUN && c != '\n' && c < 0x80 && !isalnum(c);
}

/* The companies of z[0..n) that a legal suffix ends (see above), given
** the model's spans a[0..nSpan), with bGaps those alone where no span is:
** a tk_malloc'd array *paClaim of *pnClaim ORG spans, sorted and apart
** (NULL when there are none).  TK_OK or TK_ENOMEM. */
static int legalNames(const char *z, size_t n, const tk_ner_span *a,
                      size_t nSpan, int bGaps, tk_ner_span **paClaim,
                      size_t *pnClaim) {
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = nextOpening(z, n, 1); i < n; i = nextOpening(z, n, i + 1)) {
    size_t e = i;
    while (!suffixEnd(z, n, e))
      e++;
    if (!tk_entities__legal_suffix(z + i, e - i)) continue;
    if (z[e - 1] != '.' && e + 1 < n && z[e] == ' ' &&
        tk_entities__capital_letter_at(z, n, e + 1))
      continue; /* "Bay Co Bldg", "Co Inc": the next suffix's run */
    int nWord;
    size_t iStart = runStart(z, n, i, &nWord);
    while (nWord > 0 &&
           (z[iStart] == '&' || (memcmp(z + iStart, "The ", 4) == 0))) {
      iStart = z[iStart] == '&' ? iStart + 2 : iStart + 4;
      nWord--;
    }
    size_t k = tk_entities__span_after(a, nSpan, iStart);
    if (nWord == 0 || (bGaps && k < nSpan && a[k].iStart < e) ||
        modelEnds(a, nSpan, iStart, e) || afterCapitalComma(z, n, iStart) ||
        !fitsLine(z, n, iStart, nWord) ||
        (nClaim &&
         aClaim[nClaim - 1].iStart + aClaim[nClaim - 1].nLen > iStart))
      continue;
    if (tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){iStart, e - iStart, TK_ENT_ORG, LEGAL_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}

/* The companies that a legal suffix ends where no span of a[0..nSpan)
** is (entities_internal.h). */
int tk_entities__legal_names_in_gaps(const char *z, size_t n,
                                     const tk_ner_span *a, size_t nSpan,
                                     tk_ner_span **paClaim, size_t *pnClaim) {
  return legalNames(z, n, a, nSpan, 1, paClaim, pnClaim);
}

/* The companies that a legal suffix ends (entities_internal.h). */
int tk_entities__legal_names(const char *z, size_t n, const tk_ner_span *a,
                             size_t nSpan, tk_ner_span **paClaim,
                             size_t *pnClaim) {
  return legalNames(z, n, a, nSpan, 0, paClaim, pnClaim);
}
