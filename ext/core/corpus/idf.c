/*
** corpus/idf.c -- tk_idf: the term weights of idf=<table>, read once per
** statement by the SQL face from the user's (term, idf) table.  A term
** the table does not have weighs as much as its rarest term.
**
**   tk_idf *w;  tk_idf_new(&w);
**   tk_idf_add(w, "sochi", 5, 1.69);  tk_idf_add(w, "the", 3, 1.0);
**   tk_idf_get(w, "volgograd", 9);    // 1.69, the largest
**   tk_idf_free(w);
*/
#include "textkit.h"

#include <math.h>
#include <stdatomic.h>
#include <string.h>

struct tk_idf {
  tk_termmap *pMap;
  double *aW; /* weight of term i */
  size_t nAlloc;
  double rMax; /* the largest weight, 1 while the table is empty */
  int bAny;
  uint64_t iVersion; /* see tk_idf_version */
};

/* The next table version, shared by every table of the process (atomic:
** tables may be made and filled in several threads at once). */
static atomic_uint_fast64_t gNextVersion = 1;

/* A version no table has had yet. */
static uint64_t newVersion(void) {
  return (uint64_t)atomic_fetch_add(&gNextVersion, 1);
}

/* A new, empty weight table. */
int tk_idf_new(tk_idf **pp) {
  tk_idf *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->rMax = 1.0;
  p->iVersion = newVersion();
  if (tk_termmap_new(&p->pMap) != TK_OK) {
    tk_free(p);
    return TK_ENOMEM;
  }
  *pp = p;
  return TK_OK;
}

/* Free the table. */
void tk_idf_free(tk_idf *p) {
  if (!p) return;
  tk_termmap_free(p->pMap);
  tk_free(p->aW);
  tk_free(p);
}

/* Set the weight of one term (the last row of a term wins). */
int tk_idf_add(tk_idf *p, const char *zTerm, size_t nTerm, double w) {
  if (!isfinite(w) || w < 0) return TK_EINVAL;
  int bNew;
  long i = tk_termmap_intern(p->pMap, zTerm, nTerm, &bNew);
  if (i < 0) return TK_ENOMEM;
  if (tk_reserve(&p->aW, &p->nAlloc, (size_t)i, sizeof(*p->aW))) {
    return TK_ENOMEM;
  }
  p->aW[i] = w;
  if (!p->bAny || w > p->rMax) p->rMax = w;
  p->bAny = 1;
  p->iVersion = newVersion();
  return TK_OK;
}

/* The weight of a term. */
double tk_idf_get(const tk_idf *p, const char *zTerm, size_t nTerm) {
  long i = tk_termmap_find(p->pMap, zTerm, nTerm);
  return i < 0 ? p->rMax : p->aW[i];
}

/* The table's version (changed by every tk_idf_add). */
uint64_t tk_idf_version(const tk_idf *p) {
  return p->iVersion;
}
