/*
** continent_names.c -- the continents (and the Earth) the model leaves out
** or mistypes, for entities()
** (model_spans.c claims them as LOC where no model span touches them):
**
**   "Moniepoint became Africa's newest unicorn"   LOC "Africa"
**   "from the French Equatorial Africa colony"     LOC "French Equatorial
**                                                  Africa"
**
** CoNLL-2003 writes "Africa" mostly inside "South Africa", and the model
** learnt it as the end of a name: before "'s" it tags nothing ("Africa's
** largest lender": 0 of 3 such sentences, against 3 of 3 for "Nigeria's"),
** and the typed gazetteers do not list the continents.  On 3,000
** Wikipedia lines that name a continent, 37 "Africa", 9 "Asia", 6
** "Europe" and 1 "Oceania" were in no span.  The claim is the continent's
** name with the capitalized words right before it ("Southern Africa",
** "French Equatorial Africa"), not inside a hyphenated word
** ("Asia-Pacific", "Ada-Europe"), nor in a Title Case line, where the
** model cuts names at "in" ("Organisation for Security and Cooperation
** in Europe": CoNLL-2003 dev title-cased lost 3 such names to the rule).
**
**   rc = tk_entities__continent_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
**
** It also retypes two heavenly bodies the model types ORG: "Earth"
** always, "the Sun" in a text about astronomy (tk_entities__retype_earth,
** tk_entities__retype_sun, from model_spans.c).
*/
#include "entities_internal.h"

#include <string.h>

#define CONTINENT_SCORE 0.9 /* the share of such claims that are right */

/* 1 when z[i] is an ASCII letter, a digit, a hyphen or an apostrophe:
** what continues a word around a continent's name. */
static int wordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || (unsigned char)c >= 0x80;
}

/* The start of the run of capitalized words that ends one space before
** z[i] (i when there is none): "Southern " before "Africa". */
static size_t runStart(const char *z, size_t i) {
  size_t iStart = i;
  while (iStart >= 2 && z[iStart - 1] == ' ') {
    size_t k = iStart - 1;
    while (k > 0 && wordByte(z[k - 1]))
      k--;
    if (k == iStart - 1 || !tk_entities__capital_at(z, iStart - 1, k)) break;
    if (k > 0 && !strchr(" \n\t(\"", z[k - 1])) break;
    iStart = k;
  }
  return iStart;
}

/* 1 when a span of a[0..nSpan) (sorted) overlaps z[iStart..iEnd). */
static int overlapsSpan(const tk_ner_span *a, size_t nSpan, size_t iStart,
                        size_t iEnd) {
  size_t k = tk_entities__span_after(a, nSpan, iStart);
  return k < nSpan && a[k].iStart < iEnd;
}

/* The continents of z[0..n) in no span of a[0..nSpan) (see above): a
** tk_malloc'd array *paClaim of *pnClaim LOC spans, sorted and apart
** (NULL when there are none).  TK_OK or TK_ENOMEM. */
int tk_entities__continent_names(const char *z, size_t n, const tk_ner_span *a,
                                 size_t nSpan, tk_ner_span **paClaim,
                                 size_t *pnClaim) {
  static const char *const azContinent[] = {
      "Africa",  "Antarctica", "Asia", "Australasia", "Eurasia", "Europe",
      "Oceania", "Earth",      0};
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "AEO")) < n;
       i++) { /* the initials of azContinent, then a word's start */
    if (i > 0 && wordByte(z[i - 1])) continue;
    size_t e = i;
    while (e < n && wordByte(z[e]) && z[e] != '-' &&
           ((unsigned char)z[e] != 0xe2 || e + 3 > n ||
            memcmp(z + e, "\xe2\x80\x99", 3) != 0))
      e++; /* a word ends at a hyphen or at U+2019 ("Africa’s") */
    if ((e < n && z[e] == '-') ||
        !tk_entities__in_list(azContinent, z + i, e - i))
      continue;
    size_t iStart = runStart(z, i);
    if (overlapsSpan(a, nSpan, iStart, e) ||
        tk_entities__in_title_line(z, n, i) ||
        (nClaim &&
         aClaim[nClaim - 1].iStart + aClaim[nClaim - 1].nLen > iStart))
      continue;
    if (tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){iStart, e - iStart, TK_ENT_LOC, CONTINENT_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
    i = e;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}

/* Retype as LOC the spans of a[0..nSpan) that are the word "Earth" alone:
** the planet is a place, but CoNLL-2003 tags "Earth" twice as ORG and the
** model follows it ("the Moon orbits the Earth": ORG). */
void tk_entities__retype_earth(const char *z, tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    if (a[k].eType != TK_ENT_LOC && a[k].nLen == 5 &&
        memcmp(z + a[k].iStart, "Earth", 5) == 0)
      a[k].eType = TK_ENT_LOC;
  }
}

/* 1 when z[0..n) holds a word of astronomy ("planet", "orbit", "solar",
** "eclipse", ...): the cue that "the Sun" is the star. */
static int astronomyText(const char *z, size_t n) {
  static const char *const az[] = {"planet",  "orbit",     "solar",
                                   "eclipse", "telescope", "astronom",
                                   "sunspot", "Moon",      0};
  for (int k = 0; az[k]; k++)
    if (memmem(z, n, az[k], strlen(az[k]))) return 1;
  return 0;
}

/* Retype as LOC the spans of a[0..nSpan) that are "the Sun" (the word
** "Sun" after a lower-case "the ") in a text about astronomy
** (astronomyText), like "Earth" above: the model reads "Sun" as the
** newspaper or the company, ORG as CoNLL-2003 tags it 8 times, and a
** report over 30,729 Wikipedia articles listed it among the top
** organizations (3,951 mentions).  Elsewhere it stays as the model says. */
void tk_entities__retype_sun(const char *z, size_t n, tk_ner_span *a,
                             size_t nSpan) {
  int bAstronomy = -1; /* not looked at yet */
  for (size_t k = 0; k < nSpan; k++) {
    size_t i = a[k].iStart;
    if (a[k].eType == TK_ENT_LOC || a[k].nLen != 3 ||
        memcmp(z + i, "Sun", 3) != 0 || i < 4 ||
        memcmp(z + i - 4, "the ", 4) != 0)
      continue;
    if (bAstronomy < 0) bAstronomy = astronomyText(z, n);
    if (bAstronomy) a[k].eType = TK_ENT_LOC;
  }
}
