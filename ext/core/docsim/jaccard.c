/*
** docsim/jaccard.c -- exact Jaccard similarity of two texts' shingle sets,
** each kept as an open-addressing hash set of the 64-bit shingle hashes.
**
**   text_jaccard('the cat sat', 'the cat ran')   -- {the,cat,sat} vs ... = 0.5
**
** Two texts without shingles are identical sets: 1.0.  One empty: 0.0.
*/
#include "textkit.h"

#include <string.h>

/* A set of non-zero 64-bit hashes (0 marks a free slot; a hash of 0 is
** stored as 1). */
typedef struct HashSet {
  uint64_t *a;
  size_t nSlot; /* a power of two */
  size_t nUsed;
  int oom;
} HashSet;

static void setInsert(HashSet *p, uint64_t h);

/* Double the table (or make the first one). */
static void setGrow(HashSet *p) {
  size_t nNew = p->nSlot ? p->nSlot * 2 : 256;
  uint64_t *aOld = p->a;
  size_t nOld = p->nSlot;
  p->a = tk_malloc(nNew * sizeof(uint64_t));
  if (!p->a) {
    p->a = aOld;
    p->oom = 1;
    return;
  }
  memset(p->a, 0, nNew * sizeof(uint64_t));
  p->nSlot = nNew;
  p->nUsed = 0;
  for (size_t i = 0; i < nOld; i++) {
    if (aOld[i]) setInsert(p, aOld[i]);
  }
  tk_free(aOld);
}

/* 1 when h is in the set. */
static int setHas(const HashSet *p, uint64_t h) {
  if (h == 0) h = 1;
  if (!p->nSlot) return 0;
  size_t mask = p->nSlot - 1;
  for (size_t i = (size_t)(h >> 7) & mask;; i = (i + 1) & mask) {
    if (p->a[i] == h) return 1;
    if (p->a[i] == 0) return 0;
  }
}

/* Insert h unless present; grows at half full. */
static void setInsert(HashSet *p, uint64_t h) {
  if (p->oom) return;
  if (h == 0) h = 1;
  if ((p->nUsed + 1) * 2 > p->nSlot) {
    setGrow(p);
    if (p->oom) return;
  }
  size_t mask = p->nSlot - 1;
  for (size_t i = (size_t)(h >> 7) & mask;; i = (i + 1) & mask) {
    if (p->a[i] == h) return;
    if (p->a[i] == 0) {
      p->a[i] = h;
      p->nUsed++;
      return;
    }
  }
}

/* The shingle callback: add to the set. */
static void addShingle(void *pCtx, uint64_t h) {
  setInsert((HashSet *)pCtx, h);
}

/* Jaccard of the shingle sets of A and B. */
int tk_text_jaccard(tk_shingler *p, const char *zA, size_t nA, const char *zB,
                    size_t nB, double *pOut) {
  return tk_text_jaccard_w(p, zA, nA, zB, nB, NULL, pOut);
}

/* tk_text_jaccard polling pWork (NULL: never). */
int tk_text_jaccard_w(tk_shingler *p, const char *zA, size_t nA, const char *zB,
                      size_t nB, tk_work *pWork, double *pOut) {
  HashSet a = {0}, b = {0};
  int rc = tk_shingle_run(p, zA, nA, pWork, addShingle, &a);
  if (rc == TK_OK) rc = tk_shingle_run(p, zB, nB, pWork, addShingle, &b);
  if (rc == TK_OK && (a.oom || b.oom)) rc = TK_ENOMEM;
  if (rc == TK_OK) {
    size_t nBoth = 0;
    for (size_t i = 0; i < b.nSlot; i++) {
      if (b.a[i] && setHas(&a, b.a[i])) nBoth++;
    }
    size_t nUnion = a.nUsed + b.nUsed - nBoth;
    *pOut = nUnion ? (double)nBoth / (double)nUnion : 1.0;
  }
  tk_free(a.a);
  tk_free(b.a);
  return rc;
}
