/*
** docsim/simhash.c -- Charikar's SimHash: a 64-bit fingerprint whose
** Hamming distance tracks the (term-frequency weighted) cosine distance of
** two texts' shingles.
**
**   SELECT simhash_distance(simhash(a), simhash(b)) FROM pairs;
**
** Every shingle occurrence votes +1 on the bits set in its hash and -1 on
** the others, so repeated shingles weigh by their frequency; bit b of the
** fingerprint is set when its vote is positive.  Empty text: 0.
*/
#include "textkit.h"

/* The 64 running votes. */
typedef struct Votes {
  int64_t a[64];
} Votes;

/* The shingle callback: vote with each bit of h. */
static void vote(void *pCtx, uint64_t h) {
  Votes *p = pCtx;
  for (int b = 0; b < 64; b++)
    p->a[b] += (int64_t)((h >> b) & 1) * 2 - 1;
}

/* The fingerprint of z[0..n). */
int tk_simhash(tk_shingler *p, const char *z, size_t n, uint64_t *pOut) {
  return tk_simhash_w(p, z, n, NULL, pOut);
}

/* tk_simhash polling pWork (NULL: never). */
int tk_simhash_w(tk_shingler *p, const char *z, size_t n, tk_work *pWork,
                 uint64_t *pOut) {
  Votes v = {{0}};
  int rc = tk_shingle_run(p, z, n, pWork, vote, &v);
  uint64_t h = 0;
  for (int b = 0; b < 64; b++) {
    if (v.a[b] > 0) h |= (uint64_t)1 << b;
  }
  *pOut = h;
  return rc;
}

/* Number of differing bits. */
int tk_simhash_distance(uint64_t a, uint64_t b) {
  return __builtin_popcountll(a ^ b);
}
