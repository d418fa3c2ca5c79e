/*
** strsim/jaro.c -- Jaro and Jaro-Winkler similarity over code points,
** with jellyfish's exact rules (0.0 when either string is empty; the
** Winkler boost only above 0.7, over a common prefix of at most 4).
**
**   double s;  tk_jaro_winkler_similarity("martha", 6, "marhta", 6, 0.1, &s);
**
** When the second string has at most 16 code points each character
** scans its window directly; up to 64 the matching is bit-parallel: one
** mask per character (tk_maskmap), the window and the taken positions are
** masks and the first free match is a count of trailing zeros.  Longer
** strings use one cursor per distinct character over the list of its
** positions: the windows only move right, so each position is passed once
** and the matching is linear.
*/
#include "strsim_internal.h"

/* Matching and transposition counts of a (len m) against b (len n). */
typedef struct JaroCount {
  size_t nCommon;
  size_t nTrans; /* half the mismatched pairs, as jellyfish counts */
} JaroCount;

/* The window of b[0..n) that a's character i may match, radius r:
** b[*pLo..*pHi]; 0 when it starts past b's end. */
static inline int jaroWindow(size_t i, size_t r, size_t n, size_t *pLo,
                             size_t *pHi) {
  *pLo = i > r ? i - r : 0;
  if (*pLo >= n) return 0;
  *pHi = i + r < n - 1 ? i + r : n - 1;
  return 1;
}

/* Direct matching for short b (n <= JARO_SHORT): each character of a takes
** the first untaken equal character of b in its window, found by a scan of
** the window; no character map to build, which is most of the cost of a
** pair of words. */
#define JARO_SHORT 16
static void jaroShort(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                      size_t r, uint32_t *aMatchA, JaroCount *p) {
  unsigned taken = 0;
  size_t c = 0;
  for (size_t i = 0, lo, hi; i < m && jaroWindow(i, r, n, &lo, &hi); i++) {
    for (size_t j = lo; j <= hi; j++) {
      if (!(taken & (1u << j)) && b[j] == a[i]) {
        taken |= 1u << j;
        aMatchA[c++] = a[i];
        break;
      }
    }
  }
  size_t t = 0, k = 0;
  for (size_t j = 0; j < n; j++) {
    if (taken & (1u << j)) t += b[j] != aMatchA[k++];
  }
  p->nCommon = c;
  p->nTrans = t / 2;
}

/* Bit-parallel matching, n <= 64; aMatchA receives a's matched chars. */
static void jaroWord(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                     size_t r, uint32_t *aMatchA, JaroCount *p) {
  tk_maskmap map;
  tk_maskmap_build(&map, b, n);
  uint64_t taken = 0;
  size_t c = 0;
  for (size_t i = 0, lo, hi; i < m && jaroWindow(i, r, n, &lo, &hi); i++) {
    uint64_t win = (hi == 63 ? ~(uint64_t)0 : ((uint64_t)1 << (hi + 1)) - 1) &
                   ~(((uint64_t)1 << lo) - 1);
    uint64_t cand = tk_maskmap_get(&map, a[i]) & ~taken & win;
    if (cand) {
      taken |= cand & (~cand + 1);
      aMatchA[c++] = a[i];
    }
  }
  size_t t = 0, k = 0;
  while (taken) {
    t += b[__builtin_ctzll(taken)] != aMatchA[k++];
    taken &= taken - 1;
  }
  p->nCommon = c;
  p->nTrans = t / 2;
}

/* Linear matching with per-character cursors, any n.  *p is set on every
** return (no matches when out of memory), so the caller never reads it
** undefined. */
static int jaroLong(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                    size_t r, uint32_t *aMatchA, JaroCount *p) {
  p->nCommon = p->nTrans = 0;
  tk_idmap map;
  tk_strsim__idmap_init(&map);
  size_t *aNext = tk_malloc(n * sizeof(size_t));
  unsigned char *aTaken = tk_malloc(n);
  uint32_t *aId = tk_malloc(n * sizeof(uint32_t));
  size_t *aCur = 0;
  int rc = aNext && aTaken && aId ? TK_OK : TK_ENOMEM;
  for (size_t j = 0; rc == TK_OK && j < n; j++) {
    aId[j] = tk_strsim__idmap_id(&map, b[j], 1);
    if (aId[j] == UINT32_MAX) rc = TK_ENOMEM;
  }
  if (rc == TK_OK) {
    aCur = tk_malloc((map.nId + 1) * sizeof(size_t));
    if (!aCur) rc = TK_ENOMEM;
  }
  if (rc == TK_OK) {
    for (size_t c = 0; c <= map.nId; c++)
      aCur[c] = n;
    for (size_t j = n; j-- > 0;) {
      aNext[j] = aCur[aId[j]];
      aCur[aId[j]] = j;
    }
    memset(aTaken, 0, n);
    size_t c = 0;
    for (size_t i = 0, lo, hi; i < m && jaroWindow(i, r, n, &lo, &hi); i++) {
      uint32_t id = tk_strsim__idmap_id(&map, a[i], 0);
      if (!id) continue;
      size_t pos = aCur[id];
      while (pos < lo)
        pos = aNext[pos];
      if (pos <= hi && pos < n) {
        aTaken[pos] = 1;
        aMatchA[c++] = a[i];
        pos = aNext[pos];
      }
      aCur[id] = pos;
    }
    size_t t = 0, k = 0;
    for (size_t j = 0; j < n; j++) {
      if (aTaken[j]) t += b[j] != aMatchA[k++];
    }
    p->nCommon = c;
    p->nTrans = t / 2;
  }
  tk_free(aNext);
  tk_free(aTaken);
  tk_free(aId);
  tk_free(aCur);
  tk_strsim__idmap_free(&map);
  return rc;
}

/* Jaro similarity of decoded strings; pw >= 0 adds the Winkler boost. */
static int jaroCore(const tk_cpstr *pA, const tk_cpstr *pB, double pw,
                    double *pSim) {
  size_t m = pA->n, n = pB->n;
  *pSim = 0.0;
  if (!m || !n) return TK_OK;
  size_t r = (m > n ? m : n) / 2;
  r = r ? r - 1 : 0;
  uint32_t aStatic[64];
  size_t nMatch = m < n ? m : n;
  uint32_t *aMatchA = nMatch <= 64 ? aStatic : tk_malloc(nMatch * 4);
  if (!aMatchA) return TK_ENOMEM;
  JaroCount cnt;
  int rc = TK_OK;
  if (n <= JARO_SHORT) {
    jaroShort(pA->a, m, pB->a, n, r, aMatchA, &cnt);
  } else if (n <= 64) {
    jaroWord(pA->a, m, pB->a, n, r, aMatchA, &cnt);
  } else {
    rc = jaroLong(pA->a, m, pB->a, n, r, aMatchA, &cnt);
  }
  if (aMatchA != aStatic) tk_free(aMatchA);
  if (rc != TK_OK || cnt.nCommon == 0) return rc;
  double c = (double)cnt.nCommon;
  double w = c / (double)m + c / (double)n + (c - (double)cnt.nTrans) / c;
  w /= 3.0;
  if (pw >= 0 && w > 0.7) {
    size_t lim = nMatch < 4 ? nMatch : 4, l = 0;
    while (l < lim && pA->a[l] == pB->a[l])
      l++;
    if (l) w += (double)l * pw * (1.0 - w);
  }
  *pSim = w;
  return TK_OK;
}

/* Decode both strings and run jaroCore. */
static int jaroRun(const char *zA, size_t nA, const char *zB, size_t nB,
                   double pw, double *pSim) {
  tk_cpstr a, b;
  if (tk_cpstr_init_pair(&a, zA, nA, &b, zB, nB)) return TK_ENOMEM;
  int rc = jaroCore(&a, &b, pw, pSim);
  tk_cpstr_free(&a);
  tk_cpstr_free(&b);
  return rc;
}

/* Jaro similarity. */
int tk_jaro_similarity(const char *zA, size_t nA, const char *zB, size_t nB,
                       double *pSim) {
  return jaroRun(zA, nA, zB, nB, -1.0, pSim);
}

/* Jaro-Winkler similarity with the given prefix weight (>= 0). */
int tk_jaro_winkler_similarity(const char *zA, size_t nA, const char *zB,
                               size_t nB, double prefixWeight, double *pSim) {
  return jaroRun(zA, nA, zB, nB, prefixWeight < 0 ? 0 : prefixWeight, pSim);
}
