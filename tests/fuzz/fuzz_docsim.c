/*
** fuzz_docsim.c -- libFuzzer target for the document similarity core: any
** bytes given as a MinHash signature must be accepted or refused with a
** message, never read out of bounds; a signature that is accepted matches
** itself; on any two texts Jaccard lies in [0, 1], is symmetric and is 1
** for a text against itself, and so are the MinHash estimates; SimHash
** distance of a fingerprint to itself is 0.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* Arbitrary bytes as a signature. */
static void checkSignature(const unsigned char *sig, size_t n) {
  int nPerm = 0;
  char *zErr = 0;
  if (tk_minhash_check(sig, n, &nPerm, &zErr) != TK_OK) {
    if (!zErr) __builtin_trap(); /* a refusal names its reason */
    tk_free(zErr);
    return;
  }
  double r = 0;
  if (tk_minhash_jaccard(sig, n, sig, n, &r, &zErr) != TK_OK || r != 1.0)
    __builtin_trap();
  for (int nRows = 1; nRows <= nPerm; nRows++) {
    if (nPerm % nRows) continue;
    for (int b = 0; b < nPerm / nRows; b++)
      (void)tk_minhash_band(sig, b, nRows);
  }
}

/* Two texts through every function, with options picked by opt. */
static void checkTexts(const char *zA, size_t nA, const char *zB, size_t nB,
                       unsigned opt) {
  static const char *azOpt[] = {"", "shingle=2", "shingle=5 stem=english",
                                "perm=7 seed=3 unaccent=1"};
  const char *zOpt = azOpt[opt % 4];
  tk_docsim_options o;
  tk_shingler *p = 0;
  char *zErr = 0;
  tk_docsim_options_init(&o, TK_DOCSIM_MINHASH);
  if (tk_docsim_options_parse(&o, zOpt, strlen(zOpt), &zErr) != TK_OK ||
      tk_shingler_new(&o, &p, &zErr) != TK_OK) {
    __builtin_trap(); /* the options above are valid */
  }
  double jab = 0, jba = 0, jaa = 0;
  if (tk_text_jaccard(p, zA, nA, zB, nB, &jab) == TK_OK &&
      tk_text_jaccard(p, zB, nB, zA, nA, &jba) == TK_OK &&
      tk_text_jaccard(p, zA, nA, zA, nA, &jaa) == TK_OK &&
      (jab < 0 || jab > 1 || jab != jba || jaa != 1.0)) {
    __builtin_trap();
  }
  size_t nSig = tk_minhash_size(o.nPerm);
  unsigned char *sA = tk_malloc(nSig), *sB = tk_malloc(nSig);
  if (sA && sB && tk_minhash(p, zA, nA, sA) == TK_OK &&
      tk_minhash(p, zB, nB, sB) == TK_OK) {
    double r = -1;
    if (tk_minhash_jaccard(sA, nSig, sB, nSig, &r, &zErr) != TK_OK || r < 0 ||
        r > 1) {
      __builtin_trap();
    }
    checkSignature(sA, nSig);
  }
  tk_free(sA);
  tk_free(sB);
  uint64_t h = 0;
  if (tk_simhash(p, zA, nA, &h) == TK_OK && tk_simhash_distance(h, h) != 0)
    __builtin_trap();
  tk_shingler_free(p);
}

/* One fuzz input: byte 0 picks the mode and options, byte 1 splits. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 2) return 0;
  if (aData[0] & 1) {
    checkSignature(aData + 2, nData - 2);
    return 0;
  }
  size_t nA = aData[1] < nData - 2 ? aData[1] : nData - 2;
  const char *zA = (const char *)aData + 2;
  checkTexts(zA, nA, zA + nA, nData - 2 - nA, aData[0] >> 1);
  return 0;
}
