/*
** list_types.c -- the names of one list share a type, for entities()
** (model_spans.c retypes the finished spans by it):
**
**   "Toei Animation, Gainax, Madhouse, Nippon Animation, Studio Pierrot
**    and Studio Ghibli"     PERSON "Pierrot"       -> ORG "Studio Pierrot"
**                           PERSON "Studio Ghibli" -> ORG "Studio Ghibli"
**
** A list is three spans or more, one after the other, each apart from the
** next by ", " (or ", and ", ", or ", " and ", " or " before the last),
** with at least one comma.  An item may have capitalized words before its
** span that the model left out ("Studio " before "Pierrot"), at most
** MAX_PREFIX_WORDS of them.  When two thirds of the items or more share a
** type, an item of another type is retyped to it, unless the model was
** sure of it (a score of MAX_RETYPE_SCORE or more) or the typed
** gazetteers list it under its own type (a listed country in a list of
** companies keeps LOC; not the people's list, which holds characters).
** A retyped item takes its prefix words into its span, except in a list
** of persons, whose prefixes are titles ("President Biden, Chancellor
** Scholz and ...").  An ORG among persons stays: bands and groups are
** listed with people ("Ramones, Patti Smith, and Lester Bangs").
**
**   tk_entities__retype_lists(z, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

#define MIN_LIST_ITEMS 3
#define MAX_PREFIX_WORDS 2
#define MAX_RETYPE_SCORE 0.8

/* The length of the capitalized words, each followed by one space, that
** fill z[i..j) exactly (at most MAX_PREFIX_WORDS of them; 0 for none), or
** -1 when z[i..j) is anything else. */
static long prefixWords(const char *z, size_t i, size_t j) {
  size_t k = i;
  int nWord = 0;
  while (k < j) {
    if (nWord == MAX_PREFIX_WORDS || !tk_entities__capital_at(z, j, k))
      return -1;
    while (k < j && z[k] != ' ' && !strchr(",;:.()\"", z[k]))
      k++;
    if (k >= j || z[k] != ' ') return -1;
    k++;
    nWord++;
  }
  return (long)(j - i);
}

/* How the gap z[i..j) between two spans joins them in a list: 1 for ", "
** and 2 for a final separator (", and ", " or ", ...: see
** tk_entities__list_separator), then prefix words; 0 for none.
** *pnPrefix gets the length of the prefix words before the second span. */
static int separatorKind(const char *z, size_t i, size_t j, size_t *pnPrefix) {
  size_t m = tk_entities__list_separator(z, j, i);
  long nPrefix = m ? prefixWords(z, i + m, j) : -1;
  if (nPrefix < 0) return 0;
  *pnPrefix = (size_t)nPrefix;
  return m == 2 ? 1 : 2;
}

/* 1 when the typed gazetteers list the span p under its own type, a
** person's aside. */
static int listedAsItsType(const char *z, const tk_ner_span *p) {
  unsigned f = tk_ner_gazetteer_classes(z + p->iStart, p->nLen);
  switch (p->eType) {
  case TK_ENT_LOC:
    return (f & (TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE)) != 0;
  case TK_ENT_ORG:
    return (f & (TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG)) != 0;
  case TK_ENT_MISC:
    return (f & TK_NER_GAZ_DEMONYM) != 0;
  default: /* WordNet's people hold characters and works ("Pierrot") */
    return 0;
  }
}

/* Retype the items a[k0..k1) of one list, the prefix lengths aPrefix[k]
** (see above). */
static void retypeList(const char *z, tk_ner_span *a, size_t k0, size_t k1,
                       const size_t *aPrefix) {
  size_t nItem = k1 - k0, nBest = 0;
  int eBest = 0;
  for (size_t k = k0; k < k1; k++) {
    size_t c = 0;
    for (size_t m = k0; m < k1; m++)
      c += a[m].eType == a[k].eType;
    if (c > nBest) nBest = c, eBest = a[k].eType;
  }
  if (nBest == nItem || 3 * nBest < 2 * nItem) return;
  for (size_t k = k0; k < k1; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType == eBest || p->rScore >= MAX_RETYPE_SCORE ||
        listedAsItsType(z, p) ||
        (eBest == TK_ENT_PERSON && p->eType == TK_ENT_ORG))
      continue;
    p->eType = eBest;
    if (eBest != TK_ENT_PERSON && aPrefix[k - k0]) {
      p->iStart -= aPrefix[k - k0];
      p->nLen += aPrefix[k - k0];
    }
  }
}

/* Retype the items of each list of a[0..nSpan), sorted spans of z (see
** above). */
void tk_entities__retype_lists(const char *z, tk_ner_span *a, size_t nSpan) {
  size_t aPrefix[64];
  size_t k0 = 0;
  while (k0 < nSpan) {
    size_t k1 = k0 + 1, nComma = 0;
    aPrefix[0] = 0;
    while (k1 < nSpan && k1 - k0 < sizeof aPrefix / sizeof *aPrefix) {
      size_t iGap = a[k1 - 1].iStart + a[k1 - 1].nLen, nPrefix = 0;
      if (a[k1].iStart < iGap) break;
      int eSep = separatorKind(z, iGap, a[k1].iStart, &nPrefix);
      if (!eSep) break;
      aPrefix[k1 - k0] = nPrefix;
      k1++;
      if (eSep == 2) break;
      nComma++;
    }
    if (k1 - k0 >= MIN_LIST_ITEMS && nComma) retypeList(z, a, k0, k1, aPrefix);
    k0 = k1;
  }
}
