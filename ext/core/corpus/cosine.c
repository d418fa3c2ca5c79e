/*
** corpus/cosine.c -- text_cosine(): the cosine of two texts' term vectors.
** A term is the norm of a word or number token (tokens() under the same
** options); its component is count x weight, the weight coming from the
** corpus IDF table when one is given.  Both texts are counted into one
** term map with two count arrays, so the products need no second lookup.
**
**   tk_cosine *c;  tk_cosine_new(&opt, &c, &zErr);
**   tk_cosine_run(c, 0, "a b b", 5, "b a", 3, &r);   // 3 / sqrt(5 * 2)
**   tk_cosine_free(c);
*/
#include "textkit.h"

#include <math.h>
#include <string.h>

/* Count arrays that held more terms than this are freed, not cleared. */
#define COS_KEEP_TERMS 65536

struct tk_cosine {
  tk_tokenizer *pTok;
  tk_termmap *pMap;
  double *aCount[2]; /* per term: occurrences in a, in b */
  size_t nAlloc;
};

/* A calculator tokenizing with pOpt. */
int tk_cosine_new(const tk_token_options *pOpt, tk_cosine **pp, char **pzErr) {
  tk_cosine *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  tk_token_options o = *pOpt;
  o.bPunct = 0;
  int rc = tk_tokenizer_new(&o, &p->pTok, pzErr);
  if (rc == TK_OK) rc = tk_termmap_new(&p->pMap);
  if (rc != TK_OK) {
    tk_cosine_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Free the calculator. */
void tk_cosine_free(tk_cosine *p) {
  if (!p) return;
  tk_tokenizer_free(p->pTok);
  tk_termmap_free(p->pMap);
  tk_free(p->aCount[0]);
  tk_free(p->aCount[1]);
  tk_free(p);
}

/* Make room for term i in both count arrays (new slots zeroed). */
static int countReserve(tk_cosine *p, size_t i) {
  if (i < p->nAlloc) return TK_OK;
  size_t nNew = p->nAlloc ? p->nAlloc * 2 : 256;
  for (int k = 0; k < 2; k++) {
    double *a = tk_realloc(p->aCount[k], nNew * sizeof(double));
    if (!a) return TK_ENOMEM;
    memset(a + p->nAlloc, 0, (nNew - p->nAlloc) * sizeof(double));
    p->aCount[k] = a;
  }
  p->nAlloc = nNew;
  return TK_OK;
}

/* Count the terms of z[0..n) into aCount[k]. */
static int countTerms(tk_cosine *p, int k, const char *z, size_t n) {
  tk_token t;
  int rc;
  tk_tokenizer_reset(p->pTok, z, n);
  while ((rc = tk_tokenizer_next(p->pTok, &t)) == 1) {
    if (t.eKind != TK_KIND_WORD && t.eKind != TK_KIND_NUMBER) continue;
    int bNew;
    long i = tk_termmap_intern(p->pMap, t.zNorm, t.nNorm, &bNew);
    if (i < 0 || countReserve(p, (size_t)i) != TK_OK) return TK_ENOMEM;
    p->aCount[k][i] += 1.0;
  }
  return rc;
}

/* Forget every term; count arrays that the last texts made large are
** freed, not cleared (see tk_termmap_clear). */
static void countReset(tk_cosine *p) {
  size_t nOld = tk_termmap_count(p->pMap);
  if (nOld > COS_KEEP_TERMS) {
    for (int k = 0; k < 2; k++) {
      tk_free(p->aCount[k]);
      p->aCount[k] = 0;
    }
    p->nAlloc = 0;
  } else if (nOld) {
    memset(p->aCount[0], 0, nOld * sizeof(double));
    memset(p->aCount[1], 0, nOld * sizeof(double));
  }
  tk_termmap_clear(p->pMap);
}

/* The cosine of a and b. */
int tk_cosine_run(tk_cosine *p, const tk_idf *pIdf, const char *zA, size_t nA,
                  const char *zB, size_t nB, double *pOut) {
  return tk_cosine_run_w(p, pIdf, zA, nA, zB, nB, NULL, pOut);
}

/* tk_cosine_run polling pWork (NULL: never) as it reads. */
int tk_cosine_run_w(tk_cosine *p, const tk_idf *pIdf, const char *zA, size_t nA,
                    const char *zB, size_t nB, tk_work *pWork, double *pOut) {
  countReset(p);
  tk_tokenizer_set_work(p->pTok, pWork);
  int rc = countTerms(p, 0, zA, nA);
  if (rc == TK_OK) rc = countTerms(p, 1, zB, nB);
  tk_tokenizer_set_work(p->pTok, NULL);
  if (rc != TK_OK) return rc;
  double dot = 0, sa = 0, sb = 0;
  size_t nTerm = tk_termmap_count(p->pMap);
  for (size_t i = 0; i < nTerm; i++) {
    double a = p->aCount[0][i], b = p->aCount[1][i];
    if (pIdf) {
      size_t nKey;
      const char *zKey = tk_termmap_key(p->pMap, i, &nKey);
      double w = tk_idf_get(pIdf, zKey, nKey);
      a *= w;
      b *= w;
    }
    dot += a * b;
    sa += a * a;
    sb += b * b;
  }
  *pOut = sa > 0 && sb > 0 ? dot / (sqrt(sa) * sqrt(sb)) : 0.0;
  if (*pOut > 1.0) *pOut = 1.0;
  return TK_OK;
}
