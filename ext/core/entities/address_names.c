/*
** address_names.c -- the person whose e-mail address follows a name, for
** entities() (model_spans.c claims them as PERSON over the model's spans):
**
**   " -- Aurelien Jarno <aurel32@debian.org>  Mon, 27 Apr 2026"
**                                       ORG "Aurelien Jarno" -> PERSON
**   "Maintainer: Christopher C. Chimelis <chris@debian.org>"   PERSON
**   "Signed-off-by: Jane van der Berg <jane@example.org>"      PERSON
**
** Change logs' sign-offs, package fields, commit trailers and mail
** headers write a person as "Name <address>".  The model read such names
** by their letters and often as organizations: in a newcomer's corpus of
** 1,800 Wikipedia articles and package documents, "Aurelien Jarno" was an
** ORG 493 times and a PERSON twice.  The run of two to MAX_NAME_WORDS
** words that ends one space before "<" and an address ("local@domain",
** no space, then ">") is a PERSON when each of its words opens with a
** capital, but initials ("C.") and name particles ("van", "der", "de")
** inside it.  Not claimed: a run with a word of a group or an
** organization ("Debian Adduser Developers", "GNOME Team", "Free Software
** Foundation"), or one that the typed gazetteers list as a company, an
** organization or a place.
**
**   rc = tk_entities__address_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define ADDRESS_NAME_SCORE 0.9 /* a name before an address is a person's */
#define MAX_NAME_WORDS 5       /* the longest name read, in words */
#define MAX_ADDRESS 254        /* the longest address read, in bytes */

/* 1 when z[i..] within z[0..n) is "<local@domain>": no space, one "@"
** with bytes on both sides, at most MAX_ADDRESS bytes. */
static int addressAt(const char *z, size_t n, size_t i) {
  if (i >= n || z[i] != '<') return 0;
  size_t nAt = 0, iAt = 0;
  for (size_t k = i + 1; k < n && k <= i + MAX_ADDRESS; k++) {
    char c = z[k];
    if (c == '>') return nAt == 1 && iAt > i + 1 && k > iAt + 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '<') return 0;
    if (c == '@') {
      nAt++;
      iAt = k;
    }
  }
  return 0;
}

/* The start of the word that ends at z[e] (exclusive), after a space or
** at the start of z or of its line; e when none. */
static size_t wordStart(const char *z, size_t e) {
  size_t i = e;
  while (i > 0 && z[i - 1] != ' ' && z[i - 1] != '\n' && z[i - 1] != '\t')
    i--;
  return i;
}

/* 1 when the word z[i..e) may be inside a person's name here (bEdge: as
** its first or last word): a capitalized word; inside, also an initial
** ("C.") or a particle. */
static int nameWord(const char *z, size_t n, size_t i, size_t e, int bEdge) {
  TK_SORTED_WORDS(azParticle) = {"al",  "bin", "da",  "de",  "del", "della",
                                 "den", "der", "di",  "dos", "du",  "el",
                                 "la",  "le",  "ter", "van", "von", 0};
  if (e <= i) return 0;
  if (!bEdge && TK_IN_SORTED(azParticle, z + i, e - i)) return 1;
  if (!tk_entities__capital_at(z, n, i)) return 0;
  for (size_t k = i; k < e; k++) /* no digits, brackets or "@" */
    if ((z[k] >= '0' && z[k] <= '9') || strchr("<>()[]@:;,\"", z[k])) return 0;
  return 1;
}

/* 1 when a word of z[i..e) names a group or an organization (see
** above). */
static int groupWord(const char *z, size_t i, size_t e) {
  TK_SORTED_WORDS(azGroup) = {"administrators",
                              "association",
                              "authors",
                              "bot",
                              "committee",
                              "community",
                              "company",
                              "contributors",
                              "corporation",
                              "developers",
                              "foundation",
                              "group",
                              "inc",
                              "inc.",
                              "llc",
                              "ltd",
                              "ltd.",
                              "maintainers",
                              "packagers",
                              "project",
                              "security",
                              "society",
                              "support",
                              "team",
                              "translators",
                              0};
  for (size_t k = i; k < e;) {
    size_t w = k;
    while (w < e && z[w] != ' ')
      w++;
    if (TK_IN_SORTED_NOCASE(azGroup, z + k, w - k)) return 1;
    k = w + 1;
  }
  return 0;
}

/* The start of the name that ends one space before the address at z[iLt]
** (see above); iLt when there is none. */
static size_t nameBefore(const char *z, size_t n, size_t iLt) {
  if (iLt < 2 || z[iLt - 1] != ' ') return iLt;
  size_t e = iLt - 1, iName = iLt;
  int nWord = 0;
  while (nWord < MAX_NAME_WORDS && e > 0 && z[e - 1] != ' ' &&
         z[e - 1] != '\n') {
    size_t i = wordStart(z, e);
    if (!nameWord(z, n, i, e, nWord == 0)) break;
    iName = i;
    nWord++;
    if (i == 0 || z[i - 1] != ' ') break;
    e = i - 1;
  }
  /* the first word read is the name's first: a particle may not open it */
  while (nWord >= 2 && !tk_entities__capital_at(z, n, iName)) {
    size_t w = iName;
    while (z[w] != ' ')
      w++;
    iName = w + 1;
    nWord--;
  }
  return nWord >= 2 ? iName : iLt;
}

/* The names before addresses in z[0..n) (see above): a tk_malloc'd array
** *paClaim of *pnClaim spans, sorted and apart (NULL when none).  TK_OK
** or TK_ENOMEM. */
int tk_entities__address_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG;
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  (void)a;
  (void)nSpan;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "<")) < n; i++) {
    if (!addressAt(z, n, i)) continue;
    size_t iName = nameBefore(z, n, i), e = i - 1;
    if (iName == i || groupWord(z, iName, e) ||
        (tk_ner_gazetteer_classes(z + iName, e - iName) & fNot))
      continue;
    if (tk_entities__add_claim(&aClaim, &nClaim, &nAlloc,
                               (tk_ner_span){iName, e - iName, TK_ENT_PERSON,
                                             ADDRESS_NAME_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
