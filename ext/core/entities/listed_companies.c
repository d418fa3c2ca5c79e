/*
** listed_companies.c -- a company whose name holds a place, which the
** model cut to the place, for entities() (model_spans.c joins it):
**
**   "Air" + LOC "India"            ORG "Air India"
**   LOC "Singapore" + "Airlines"   ORG "Singapore Airlines"
**   MISC "Turkish" + "Airlines"    ORG "Turkish Airlines"
**
** The model knows the place and not the company, and types the place
** alone.  A capitalized word one space before a LOC, or one space after a
** LOC or a MISC, in no span, is taken in when the typed gazetteers list
** the whole as a company's name and as no place, person or ordinary word;
** the span becomes an ORG.
**
**   nSpan = tk_entities__join_listed_companies(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when the typed gazetteers list z[0..m) as a company's name and as
** nothing that is not one (see above). */
static int listedCompany(const char *z, size_t m) {
  unsigned f = tk_ner_gazetteer_classes(z, m);
  unsigned mOther = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE | TK_NER_GAZ_PERSON |
                    TK_NER_GAZ_WORD;
  return (f & TK_NER_GAZ_COMPANY) && !(f & mOther);
}

/* The start of the capitalized word that ends one space before z[i], at
** or after iFloor; i when there is none. */
static size_t wordBefore(const char *z, size_t n, size_t iFloor, size_t i) {
  if (i < iFloor + 2 || z[i - 1] != ' ') return i;
  size_t w = i - 1;
  while (w > iFloor && !strchr(" \t\r\n\"(", z[w - 1]))
    w--;
  if (w == i - 1 || !tk_entities__capital_letter_at(z, n, w)) return i;
  return w;
}

/* The end of the capitalized word that starts one space after z[i]
** (exclusive), before iCeil; i when there is none. */
static size_t wordAfter(const char *z, size_t n, size_t iCeil, size_t i) {
  if (i + 2 > iCeil || z[i] != ' ' ||
      !tk_entities__capital_letter_at(z, n, i + 1))
    return i;
  size_t e = i + 1;
  while (e < iCeil && !strchr(" \t\r\n,;:.!?)\"'", z[e]))
    e++;
  return e;
}

/* Join in place the companies' words (see above) to the spans a[0..nSpan)
** of z[0..n); returns the count, which stays nSpan. */
size_t tk_entities__join_listed_companies(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType != TK_ENT_LOC && p->eType != TK_ENT_MISC) continue;
    size_t iFloor = k ? a[k - 1].iStart + a[k - 1].nLen : 0;
    size_t iCeil = k + 1 < nSpan ? a[k + 1].iStart : n;
    size_t iEnd = p->iStart + p->nLen;
    size_t w = p->eType == TK_ENT_LOC ? wordBefore(z, n, iFloor, p->iStart)
                                      : p->iStart;
    if (w < p->iStart && listedCompany(z + w, iEnd - w)) {
      p->nLen = iEnd - w; /* "Air" + "India" */
      p->iStart = w;
      p->eType = TK_ENT_ORG;
      continue;
    }
    size_t e = wordAfter(z, n, iCeil, iEnd);
    if (e > iEnd && listedCompany(z + p->iStart, e - p->iStart)) {
      p->nLen = e - p->iStart; /* "Singapore" + "Airlines" */
      p->eType = TK_ENT_ORG;
    }
  }
  return nSpan;
}
