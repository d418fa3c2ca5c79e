/*
** fuzz_corpus.c -- libFuzzer target for text_cosine and keywords' core: on
** any two texts the cosine lies in [0, 1] (up to rounding), is symmetric,
** and is 1 for a text with terms against itself, with and without an IDF
** table; keywords come best first with positive counts, non-empty text
** and at most `top` rows.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <math.h>

/* The cosine invariants for a and b under pIdf (NULL: none). */
static void checkCosine(tk_cosine *c, const tk_idf *pIdf, const char *zA,
                        size_t nA, const char *zB, size_t nB) {
  double ab = 0, ba = 0, aa = 0;
  if (tk_cosine_run(c, pIdf, zA, nA, zB, nB, &ab) != TK_OK ||
      tk_cosine_run(c, pIdf, zB, nB, zA, nA, &ba) != TK_OK ||
      tk_cosine_run(c, pIdf, zA, nA, zA, nA, &aa) != TK_OK) {
    return; /* out of memory */
  }
  if (!(ab >= 0 && ab <= 1 + 1e-12) || fabs(ab - ba) > 1e-12 ||
      (aa != 0 && fabs(aa - 1) > 1e-12)) {
    __builtin_trap();
  }
}

/* The keyword invariants for z[0..n). */
static void checkKeywords(const tk_idf *pIdf, const char *z, size_t n,
                          unsigned opt) {
  tk_keyword_options o;
  tk_keyword_options_init(&o);
  o.nWords = (int)(opt % 5);
  o.nTop = (long)(opt / 5 % 4);
  tk_keywords *k = 0;
  char *zErr = 0;
  if (tk_keywords_new(&o, &k, &zErr) != TK_OK) {
    tk_free(zErr);
    return;
  }
  const tk_keyword *a = 0;
  size_t nKw = 0;
  if (tk_keywords_run(k, pIdf, z, n, &a, &nKw) == TK_OK) {
    if (o.nTop && nKw > (size_t)o.nTop) __builtin_trap();
    for (size_t i = 0; i < nKw; i++) {
      if (a[i].nText == 0 || a[i].nCount < 1 || !(a[i].rScore >= 0) ||
          (i && a[i].rScore > a[i - 1].rScore)) {
        __builtin_trap();
      }
    }
  }
  tk_keywords_free(k);
}

/* One fuzz input: byte 0 picks the options, byte 1 splits the texts. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 2) return 0;
  size_t nA = aData[1] < nData - 2 ? aData[1] : nData - 2;
  const char *zA = (const char *)aData + 2, *zB = zA + nA;
  size_t nB = nData - 2 - nA;
  tk_token_options t;
  tk_token_options_init(&t);
  t.bUnaccent = aData[0] & 1;
  tk_cosine *c = 0;
  tk_idf *w = 0;
  char *zErr = 0;
  if (tk_cosine_new(&t, &c, &zErr) != TK_OK || tk_idf_new(&w) != TK_OK) {
    tk_cosine_free(c);
    tk_free(zErr);
    return 0;
  }
  /* an IDF table of the first bytes of b, as terms of one or two bytes */
  for (size_t i = 0; i + 1 < nB && i < 16; i += 2)
    tk_idf_add(w, zB + i, 1 + (zB[i + 1] & 1), (unsigned char)zB[i + 1] / 16.0);
  checkCosine(c, 0, zA, nA, zB, nB);
  checkCosine(c, w, zA, nA, zB, nB);
  checkKeywords(aData[0] & 2 ? w : 0, zA, nA + nB, aData[0] >> 2);
  tk_cosine_free(c);
  tk_idf_free(w);
  return 0;
}
