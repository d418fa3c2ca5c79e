/*
** fuzz_passages.c -- libFuzzer target for text_overlap, text_blocks and
** text_main's core: on any bytes, passages must lie inside both texts, be
** ordered by their start in a, have at least min_words words and equal
** word counts on both sides' spans; blocks must be ordered, disjoint,
** inside the text and of a known kind; the main text no longer than the
** text plus its separators.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

/* Passage invariants for a and b (min_words nMin). */
static void checkOverlap(const char *zA, size_t nA, const char *zB, size_t nB,
                         size_t nMin) {
  tk_passage *a = 0;
  size_t n = 0;
  if (tk_overlap(zA, nA, zB, nB, nMin, &a, &n) != TK_OK) return;
  for (size_t i = 0; i < n; i++) {
    const tk_passage *p = &a[i];
    if (p->iAStart + p->nABytes > nA || p->iBStart + p->nBBytes > nB ||
        p->nWords < nMin || p->nABytes == 0 || p->nBBytes == 0 ||
        (i && p->iAStart < a[i - 1].iAStart)) {
      __builtin_trap();
    }
  }
  tk_free(a);
}

/* Block invariants for z[0..n), and text_main's length. */
static void checkBlocks(const char *z, size_t n) {
  tk_block *a = 0;
  size_t nBlk = 0, nContent = 0, iEnd = 0;
  if (tk_blocks(z, n, &a, &nBlk) != TK_OK) return;
  for (size_t i = 0; i < nBlk; i++) {
    if (a[i].iStart < iEnd || a[i].nBytes == 0 ||
        a[i].iStart + a[i].nBytes > n || a[i].eKind < TK_BLOCK_CONTENT ||
        a[i].eKind > TK_BLOCK_SHORT) {
      __builtin_trap();
    }
    iEnd = a[i].iStart + a[i].nBytes;
    nContent += a[i].eKind == TK_BLOCK_CONTENT;
  }
  tk_free(a);
  tk_buf b = {0};
  /* invalid bytes become 3-byte U+FFFD; blocks are joined by "\n\n" */
  if (tk_text_main(z, n, &b) == TK_OK && b.n > 3 * n + 2 * nContent)
    __builtin_trap();
  tk_buf_free(&b);
}

/* One fuzz input: byte 0 splits the rest into a and b, byte 1 picks
** min_words. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 2) return 0;
  size_t nA = aData[0] < nData - 2 ? aData[0] : nData - 2;
  const char *zA = (const char *)aData + 2, *zB = zA + nA;
  size_t nB = nData - 2 - nA;
  checkOverlap(zA, nA, zB, nB, 1 + aData[1] % 8);
  checkBlocks(zA, nData - 2);
  return 0;
}
