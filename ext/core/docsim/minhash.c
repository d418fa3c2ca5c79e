/*
** docsim/minhash.c -- MinHash signatures of shingle sets, their estimated
** Jaccard similarity, and the LSH band buckets of a signature.
**
**   SELECT minhash_jaccard(minhash(a), minhash(b)) FROM pairs;
**
** Each shingle's 64-bit hash h goes through nPerm multiply-add-shift hash
** functions h_i = (a_i * h + b_i) >> 32 (a_i odd, a_i and b_i drawn from
** the seed by splitmix64); the signature keeps each function's minimum.
** Cost: one multiply-add per shingle occurrence and function.
**
** Signature (little-endian): "TKMH", version 1, value width 4, perm u16,
** shingle u16, 0 u16, seed u32, token-options tag u32, then perm uint32
** minima.  An empty text has every minimum 0xFFFFFFFF.
*/
#include "textkit.h"

#include <string.h>

#define MH_VERSION 1
#define MH_WIDTH 4

/* The running minima and the hash functions' coefficients. */
typedef struct MinState {
  int nPerm;
  uint32_t aMin[TK_MINHASH_MAX_PERM];
  uint64_t aMul[TK_MINHASH_MAX_PERM];
  uint64_t aAdd[TK_MINHASH_MAX_PERM];
} MinState;

/* Bytes of a signature of nPerm minima. */
size_t tk_minhash_size(int nPerm) {
  return TK_MINHASH_HEADER + (size_t)nPerm * 4;
}

/* One splitmix64 step. */
static uint64_t splitmix(uint64_t *pState) {
  uint64_t x = (*pState += 0x9e3779b97f4a7c15ULL);
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static void put16(unsigned char *z, unsigned v) {
  z[0] = (unsigned char)v;
  z[1] = (unsigned char)(v >> 8);
}
static void put32(unsigned char *z, uint32_t v) {
  put16(z, v & 0xffff);
  put16(z + 2, v >> 16);
}
static unsigned get16(const unsigned char *z) {
  return (unsigned)z[0] | (unsigned)z[1] << 8;
}
static uint32_t get32(const unsigned char *z) {
  return (uint32_t)get16(z) | (uint32_t)get16(z + 2) << 16;
}

/* FNV-1a of a NUL-terminated string into h. */
static uint32_t fnvStr(uint32_t h, const char *z) {
  for (; *z; z++)
    h = (h ^ (unsigned char)*z) * 16777619u;
  return (h ^ 0xff) * 16777619u;
}

/* A 32-bit tag of the token options that change norms, so signatures made
** with different tokenization are detected. */
static uint32_t optionsTag(const tk_token_options *o) {
  const char *zStem = strcmp(o->zStem, "1") ? o->zStem : o->zLang;
  const char *zStop = strcmp(o->zStopwords, "1") ? o->zStopwords : o->zLang;
  uint32_t h = 2166136261u;
  h = (h ^ (uint32_t)(o->eMode * 4 + o->bFold * 2 + o->bUnaccent)) * 16777619u;
  h = fnvStr(h, zStem);
  return fnvStr(h, zStop);
}

/* On x86-64, clone a function for AVX-512 and AVX2 (chosen at load). */
#if defined(__x86_64__) && defined(__GNUC__)
#define MH_CLONES                                                              \
  __attribute__((target_clones("arch=skylake-avx512", "avx2", "default")))
#else
#define MH_CLONES
#endif

/* The shingle callback: lower each function's minimum.  The functions go
** in blocks of 8 (the arrays are padded) so the loop vectorizes; cloned
** for AVX-512 and AVX2, which multiply 4 or 8 lanes of 64 bits at once. */
MH_CLONES static void lowerMinima(void *pCtx, uint64_t h) {
  MinState *p = pCtx;
  int n = (p->nPerm + 7) & ~7;
  for (int i = 0; i < n; i += 8) {
    for (int j = i; j < i + 8; j++) {
      uint32_t v = (uint32_t)((p->aMul[j] * h + p->aAdd[j]) >> 32);
      p->aMin[j] = v < p->aMin[j] ? v : p->aMin[j];
    }
  }
}

/* The signature of z[0..n) into sig (tk_minhash_size(nPerm) bytes). */
int tk_minhash(tk_shingler *pSh, const char *z, size_t n, unsigned char *sig) {
  return tk_minhash_w(pSh, z, n, NULL, sig);
}

/* tk_minhash polling pWork (NULL: never). */
int tk_minhash_w(tk_shingler *pSh, const char *z, size_t n, tk_work *pWork,
                 unsigned char *sig) {
  const tk_docsim_options *o = tk_shingler_options(pSh);
  MinState *p = tk_malloc(sizeof(*p));
  if (!p) return TK_ENOMEM;
  uint64_t s = (uint64_t)o->iSeed * 0x100000001b3ULL + 0x6a09e667f3bcc909ULL;
  p->nPerm = o->nPerm;
  for (int i = 0; i < ((p->nPerm + 7) & ~7); i++) {
    p->aMul[i] = splitmix(&s) | 1;
    p->aAdd[i] = splitmix(&s);
    p->aMin[i] = 0xffffffffu;
  }
  int rc = tk_shingle_run(pSh, z, n, pWork, lowerMinima, p);
  memcpy(sig, "TKMH", 4);
  sig[4] = MH_VERSION;
  sig[5] = MH_WIDTH;
  put16(sig + 6, (unsigned)o->nPerm);
  put16(sig + 8, (unsigned)o->nShingle);
  put16(sig + 10, 0);
  put32(sig + 12, o->iSeed);
  put32(sig + 16, optionsTag(&o->tok));
  for (int i = 0; i < p->nPerm; i++)
    put32(sig + TK_MINHASH_HEADER + 4 * i, p->aMin[i]);
  tk_free(p);
  return rc;
}

/* Set *pzErr to a message; TK_EINVAL (TK_ENOMEM if it cannot be made). */
static int sigError(char **pzErr, const char *zMsg) {
  *pzErr = tk_mprintf("%s", zMsg);
  return *pzErr ? TK_EINVAL : TK_ENOMEM;
}

/* Check the header and length of a signature. */
int tk_minhash_check(const unsigned char *sig, size_t n, int *pnPerm,
                     char **pzErr) {
  if (n < TK_MINHASH_HEADER || memcmp(sig, "TKMH", 4) != 0) {
    return sigError(pzErr, "not a minhash() signature");
  }
  if (sig[4] != MH_VERSION || sig[5] != MH_WIDTH) {
    return sigError(pzErr, "unsupported minhash() signature version");
  }
  unsigned nPerm = get16(sig + 6);
  if (nPerm < 1 || nPerm > TK_MINHASH_MAX_PERM ||
      n != tk_minhash_size((int)nPerm)) {
    return sigError(pzErr, "malformed minhash() signature (bad length)");
  }
  *pnPerm = (int)nPerm;
  return TK_OK;
}

/* Estimated Jaccard: the fraction of equal minima. */
int tk_minhash_jaccard(const unsigned char *a, size_t na,
                       const unsigned char *b, size_t nb, double *pOut,
                       char **pzErr) {
  int nA = 0, nB = 0;
  int rc = tk_minhash_check(a, na, &nA, pzErr);
  if (rc == TK_OK) rc = tk_minhash_check(b, nb, &nB, pzErr);
  if (rc != TK_OK) return rc;
  if (nA != nB || get16(a + 8) != get16(b + 8) ||
      get32(a + 12) != get32(b + 12)) {
    *pzErr = tk_mprintf("incompatible signatures: perm=%d shingle=%u seed=%u "
                        "vs perm=%d shingle=%u seed=%u",
                        nA, get16(a + 8), get32(a + 12), nB, get16(b + 8),
                        get32(b + 12));
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  if (get32(a + 16) != get32(b + 16)) {
    return sigError(pzErr, "incompatible signatures: made with different "
                           "token options (lang, fold, unaccent, stem, "
                           "stopwords, mode)");
  }
  int nEq = 0;
  for (int i = 0; i < nA; i++) {
    const unsigned char *pa = a + TK_MINHASH_HEADER + 4 * i;
    nEq += memcmp(pa, b + TK_MINHASH_HEADER + 4 * i, 4) == 0;
  }
  *pOut = (double)nEq / (double)nA;
  return TK_OK;
}

/* Bucket of band iBand: a 64-bit hash of its nRows minima. */
uint64_t tk_minhash_band(const unsigned char *sig, int iBand, int nRows) {
  const unsigned char *z = sig + TK_MINHASH_HEADER + 4 * (size_t)iBand * nRows;
  uint64_t h = 0x84222325cbf29ce4ULL ^ (uint64_t)nRows;
  for (int i = 0; i < nRows; i++) {
    h = (h ^ get32(z + 4 * i)) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 31;
  }
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 29);
}
