/*
** strsim/edit.c -- bit-parallel Levenshtein and optimal string alignment
** (OSA) distances over code points, Hamming, levenshtein_similarity.
**
**   size_t d;  tk_levenshtein("kitten", 6, "sitting", 7, -1, &d);  -- 3
**
** Common prefix and suffix are stripped first.  The shorter string is the
** pattern: up to 64 code points it fits one machine word (Myers 1999 /
** Hyyro 2003, masks from tk_maskmap, no heap); beyond that the pattern is
** cut into 64-row blocks processed column by column (Hyyro's blocked
** form).  With a limit k only the blocks that cross the diagonal band any
** path of cost <= k can use are computed.  Without a limit a narrow band
** (n - m + 32) is tried first: cells outside a band hold upper bounds, so
** its result U is an upper bound of the distance and a second pass banded
** by U is exact (unbanded when U is over m / 2).  The narrow pass stops
** as soon as every cell of its band exceeds the band, and is skipped when
** the first 64 code points are already over 32 apart.  Similar long
** strings cost O(d * n / 64) words, not O(m * n / 64).  The unbanded pass
** runs along anti-diagonals with AVX2 when it can (strsim/wave.c).  OSA
** adds Hyyro's transposition vector to the same recurrences.
**
** Bounded work (textkit/base.h's tk_work): before each pass its cells,
** one per 64-row block and column, are admitted against the cap; the
** loops poll the cancel callback about every TK_WORK_POLL_CELLS cells.
*/
#include "strsim_internal.h"

/* The per-block match masks of a long pattern against a text: a dense
** table rows[id * nStride + block] when the alphabet is small enough, else
** one tk_maskmap per block (memory O(pattern length) whatever the
** alphabet). */
typedef struct Peq {
  size_t nWord;
  size_t nStride;       /* dense: words a row, nWord rounded up to 4 */
  uint64_t *aRow;       /* dense: (nId + 1) * nStride, row 0 all zero */
  uint32_t *aTid;       /* dense: the id of each text character, with
                        ** TK_STRSIM_TID_PAD zero ids before and after */
  tk_maskmap *aBlk;     /* sparse: one map per block */
  const uint32_t *aTxt; /* the text */
} Peq;

/* Build the masks of pattern s[0..m) for text t[0..n). */
static int peqInit(Peq *p, const uint32_t *s, size_t m, const uint32_t *t,
                   size_t n) {
  memset(p, 0, sizeof(*p));
  p->nWord = (m + 63) / 64;
  p->nStride = (p->nWord + 3) / 4 * 4; /* whole vectors for strsim/wave.c */
  p->aTxt = t;
  tk_idmap map;
  tk_strsim__idmap_init(&map);
  uint32_t *aSid = tk_malloc(m * sizeof(uint32_t));
  int rc = aSid ? TK_OK : TK_ENOMEM;
  for (size_t i = 0; rc == TK_OK && i < m; i++) {
    aSid[i] = tk_strsim__idmap_id(&map, s[i], 1);
    if (aSid[i] == UINT32_MAX) rc = TK_ENOMEM;
  }
  /* dense when the table is at most 16 words per pattern character */
  if (rc == TK_OK && (map.nId + 1) * p->nStride <= 16 * m + 4096) {
    p->aRow = tk_malloc((map.nId + 1) * p->nStride * sizeof(uint64_t));
    size_t nTid = n + 2 * TK_STRSIM_TID_PAD;
    p->aTid = tk_malloc(nTid * sizeof(uint32_t));
    if (!p->aRow || !p->aTid) rc = TK_ENOMEM;
    if (rc == TK_OK) {
      memset(p->aTid, 0, nTid * sizeof(uint32_t));
      p->aTid += TK_STRSIM_TID_PAD;
      memset(p->aRow, 0, (map.nId + 1) * p->nStride * sizeof(uint64_t));
      for (size_t i = 0; i < m; i++) {
        p->aRow[aSid[i] * p->nStride + i / 64] |= (uint64_t)1 << (i % 64);
      }
      for (size_t j = 0; j < n; j++)
        p->aTid[j] = tk_strsim__idmap_id(&map, t[j], 0);
    }
  } else if (rc == TK_OK) {
    p->aBlk = tk_malloc(p->nWord * sizeof(tk_maskmap));
    if (!p->aBlk) rc = TK_ENOMEM;
    for (size_t b = 0; rc == TK_OK && b < p->nWord; b++) {
      size_t nIn = m - 64 * b < 64 ? m - 64 * b : 64;
      tk_maskmap_build(&p->aBlk[b], s + 64 * b, nIn);
    }
  }
  tk_free(aSid);
  tk_strsim__idmap_free(&map);
  return rc;
}

/* Free a Peq. */
static void peqFree(Peq *p) {
  tk_free(p->aRow);
  tk_free(p->aTid ? p->aTid - TK_STRSIM_TID_PAD : 0);
  tk_free(p->aBlk);
}

/* The mask of text character j in block b. */
static inline uint64_t peqGet(const Peq *p, size_t j, size_t b) {
  if (p->aRow) return p->aRow[(size_t)p->aTid[j] * p->nStride + b];
  return tk_maskmap_get(&p->aBlk[b], p->aTxt[j]);
}

/* One column through one 64-row block of Hyyro's recurrence.  In: the
** block's match mask pm, extra diagonal bits tr (OSA's transpositions, 0
** for Levenshtein), its vertical deltas *pVP / *pVN and the horizontal
** carries *pHp / *pHn (bit 0) from the block above (1 / 0 for the top
** block).  Out: the new vertical deltas, the carries for the block below,
** the block's d0 in *pD0, and the change (+1, -1 or 0) of the cell in the
** row of `bit` (0: none). */
static inline int blockColumn(uint64_t pm, uint64_t tr, uint64_t bit,
                              uint64_t *pVP, uint64_t *pVN, uint64_t *pHp,
                              uint64_t *pHn, uint64_t *pD0) {
  uint64_t vp = *pVP, vn = *pVN, hpIn = *pHp, hnIn = *pHn;
  uint64_t x = pm | hnIn;
  uint64_t d0 = (((x & vp) + vp) ^ vp) | x | vn | tr;
  uint64_t hp = vn | ~(d0 | vp);
  uint64_t hn = d0 & vp;
  int delta = ((hp & bit) != 0) - ((hn & bit) != 0);
  *pHp = hp >> 63;
  *pHn = hn >> 63;
  hp = (hp << 1) | hpIn;
  hn = (hn << 1) | hnIn;
  *pVP = hn | ~(d0 | hp);
  *pVN = hp & d0;
  *pD0 = d0;
  return delta;
}

/* The most cells (m x n) of a pair that the plain table computes: for
** words this short, clearing the bit masks of levWord costs more than the
** cells themselves (bench_strsim's consecutive words). */
#define LEV_SMALL_CELLS 48

/* Levenshtein distance by the plain table, one row of m + 1 cells, for
** 1 <= m <= n and m * n <= LEV_SMALL_CELLS. */
static size_t levSmall(const uint32_t *s, size_t m, const uint32_t *t,
                       size_t n) {
  size_t aRow[LEV_SMALL_CELLS + 1];
  for (size_t i = 0; i <= m; i++)
    aRow[i] = i;
  for (size_t j = 0; j < n; j++) {
    size_t diag = aRow[0];
    aRow[0] = j + 1;
    for (size_t i = 1; i <= m; i++) {
      size_t up = aRow[i];
      size_t best = diag + (s[i - 1] != t[j]);
      if (up + 1 < best) best = up + 1;
      if (aRow[i - 1] + 1 < best) best = aRow[i - 1] + 1;
      aRow[i] = best;
      diag = up;
    }
  }
  return aRow[m];
}

/* Levenshtein distance, pattern s of 1..64 code points, text t. */
static int levWord(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                   tk_work *pWork, size_t *pDist) {
  int rc = tk_work_admit(pWork, n, m, n);
  if (rc != TK_OK) return rc;
  tk_maskmap map;
  tk_maskmap_build(&map, s, m);
  uint64_t vp = ~(uint64_t)0, vn = 0, last = (uint64_t)1 << (m - 1);
  size_t score = m;
  for (size_t j = 0; j < n; j++) {
    uint64_t hp = 1, hn = 0, d0;
    score += (size_t)blockColumn(tk_maskmap_get(&map, t[j]), 0, last, &vp, &vn,
                                 &hp, &hn, &d0);
    if ((j & 4095) == 4095 && (rc = tk_work_poll(pWork, 4096)) != TK_OK) {
      return rc;
    }
  }
  *pDist = score;
  return TK_OK;
}

/* 1 when every cell of the active blocks first..nActive-1 is above k: a
** cell is at least its block's bottom value minus 63.  An optimal path of
** cost <= k would cross this column inside the band with an exact value,
** so the distance is then above k. */
static int bandAbove(const size_t *aScore, size_t first, size_t nActive,
                     long long k) {
  for (size_t b = first; b < nActive; b++) {
    if (aScore[b] <= 63 || aScore[b] - 63 <= (unsigned long long)k) return 0;
  }
  return 1;
}

/* Levenshtein distance of a pattern over 64 code points, computing only
** the blocks that meet the band of cost <= k (k < 0: every block).  Cells
** outside the band are replaced by upper bounds, so the result is exact
** when it is <= k and above k otherwise (SIZE_MAX when every band cell
** already exceeded k: the work stops there).  n >= m. */
static int levBlock(const Peq *pPeq, size_t m, size_t n, long long k,
                    tk_work *pWork, size_t *pDist) {
  size_t nWord = pPeq->nWord;
  /* about k + 1 rows of each column, in at most two more blocks */
  uint64_t nBand = k < 0 ? nWord : (uint64_t)k / 64 + 3;
  int rc =
      tk_work_admit(pWork, (nBand < nWord ? nBand : nWord) * (uint64_t)n, m, n);
  if (rc != TK_OK) return rc;
  uint64_t *aVP = tk_malloc(nWord * 2 * sizeof(uint64_t));
  size_t *aScore = tk_malloc(nWord * sizeof(size_t));
  rc = aVP && aScore ? TK_OK : TK_ENOMEM;
  if (rc == TK_OK) {
    uint64_t *aVN = aVP + nWord;
    uint64_t lastBit = (uint64_t)1 << ((m - 1) % 64);
    size_t kHi = k < 0 ? n : (size_t)(k + (long long)(n - m)) / 2;
    size_t kLo = k < 0 ? m : (size_t)(k - (long long)(n - m)) / 2;
    size_t first = 0, nActive = 0, j;
    for (j = 0; j < n; j++) {
      /* rows (1-based) of column j+1 inside the band */
      size_t rowLo = j + 1 > kHi ? j + 1 - kHi : 1;
      size_t rowHi = j + 1 + kLo < m ? j + 1 + kLo : m;
      while (nActive <= (rowHi - 1) / 64) {
        size_t b = nActive++;
        size_t nRows = b == nWord - 1 ? m - 64 * b : 64;
        aVP[b] = ~(uint64_t)0;
        aVN[b] = 0;
        aScore[b] = (b ? aScore[b - 1] : 0) + nRows;
      }
      if ((rowLo - 1) / 64 > first) first = (rowLo - 1) / 64;
      uint64_t hp = 1, hn = 0, d0;
      for (size_t b = first; b < nActive; b++) {
        uint64_t bit = b == nWord - 1 ? lastBit : (uint64_t)1 << 63;
        aScore[b] += (size_t)blockColumn(peqGet(pPeq, j, b), 0, bit, &aVP[b],
                                         &aVN[b], &hp, &hn, &d0);
      }
      if (k >= 0 && (j & 15) == 15 && bandAbove(aScore, first, nActive, k)) {
        *pDist = SIZE_MAX;
        break;
      }
      if ((j & 255) == 255 &&
          (rc = tk_work_poll(pWork, 256 * (nActive - first))) != TK_OK) {
        break;
      }
    }
    if (j == n && rc == TK_OK) *pDist = aScore[nWord - 1];
  }
  tk_free(aVP);
  tk_free(aScore);
  return rc;
}

/* Levenshtein distance of a pattern over 64 code points over every
** block: along anti-diagonals with AVX2 (strsim/wave.c) when it can,
** else column by column, the mask row of each text character fetched once
** per column and the score kept for the last block only. */
static int levFull(const Peq *pPeq, size_t m, size_t n, tk_work *pWork,
                   size_t *pDist) {
  size_t nWord = pPeq->nWord;
  int rc = tk_work_admit(pWork, (uint64_t)nWord * n, m, n);
  if (rc != TK_OK) return rc;
  if (pPeq->aRow && tk_strsim__wave_ok(nWord)) {
    return tk_strsim__wave(pPeq->aRow, pPeq->nStride, pPeq->aTid, n, m, pWork,
                           pDist);
  }
  uint64_t *aVP = tk_malloc(nWord * 2 * sizeof(uint64_t));
  if (!aVP) return TK_ENOMEM;
  uint64_t *aVN = aVP + nWord;
  for (size_t b = 0; b < nWord; b++)
    aVP[b] = ~(uint64_t)0, aVN[b] = 0;
  uint64_t lastBit = (uint64_t)1 << ((m - 1) % 64);
  size_t score = m;
  for (size_t j = 0; j < n; j++) {
    const uint64_t *aRow =
        pPeq->aRow ? pPeq->aRow + (size_t)pPeq->aTid[j] * pPeq->nStride : 0;
    uint64_t hp = 1, hn = 0, d0;
    size_t b = 0;
    for (; b < nWord - 1; b++) { /* the score is in the last block only */
      uint64_t pm = aRow ? aRow[b] : peqGet(pPeq, j, b);
      blockColumn(pm, 0, 0, &aVP[b], &aVN[b], &hp, &hn, &d0);
    }
    uint64_t pm = aRow ? aRow[b] : peqGet(pPeq, j, b);
    score +=
        (size_t)blockColumn(pm, 0, lastBit, &aVP[b], &aVN[b], &hp, &hn, &d0);
    if ((j & 63) == 63 && (rc = tk_work_poll(pWork, 64 * nWord)) != TK_OK) {
      break;
    }
  }
  *pDist = score;
  tk_free(aVP);
  return rc;
}

/* Levenshtein distance of a pattern over 64 code points: banded with k
** when k >= 0, else a narrow band, then (when the result does not fit)
** a band as wide as that result, an upper bound of the distance. */
static int levLong(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                   long long k, tk_work *pWork, size_t *pDist) {
  Peq peq;
  int rc = peqInit(&peq, s, m, t, n);
  if (rc == TK_OK && k >= 0) {
    rc = levBlock(&peq, m, n, k, pWork, pDist);
  } else if (rc == TK_OK) {
    /* a narrow band first; its result is an upper bound of the distance,
    ** so a second pass banded by that bound is exact.  When the first 64
    ** code points of each are already over 32 apart (unrelated texts)
    ** the band would only fail: every block at once instead. */
    long long kTry = (long long)(n - m) + 32;
    size_t dHead = 0;
    if (kTry < (long long)m / 2) levWord(s, 64, t, 64, 0, &dHead);
    if (kTry >= (long long)m / 2 || dHead > 32) {
      rc = levFull(&peq, m, n, pWork, pDist);
    } else {
      rc = levBlock(&peq, m, n, kTry, pWork, pDist);
      if (rc == TK_OK && *pDist > (size_t)kTry) {
        kTry = *pDist == SIZE_MAX ? (long long)m : (long long)*pDist;
        rc = kTry >= (long long)m / 2
                 ? levFull(&peq, m, n, pWork, pDist)
                 : levBlock(&peq, m, n, kTry, pWork, pDist);
      }
    }
  }
  peqFree(&peq);
  return rc;
}

/* Strip the common prefix and suffix of a[0..*pm) and b[0..*pn). */
static void stripAffix(const uint32_t **pa, size_t *pm, const uint32_t **pb,
                       size_t *pn) {
  const uint32_t *a = *pa, *b = *pb;
  size_t m = *pm, n = *pn;
  while (m && n && *a == *b)
    a++, b++, m--, n--;
  while (m && n && a[m - 1] == b[n - 1])
    m--, n--;
  *pa = a, *pm = m, *pb = b, *pn = n;
}

/* Decode both strings, strip the common affix and make a the shorter. */
static int prepare(tk_cpstr *pA, const char *zA, size_t nA, tk_cpstr *pB,
                   const char *zB, size_t nB, const uint32_t **ps, size_t *pm,
                   const uint32_t **pt, size_t *pn) {
  if (tk_cpstr_init_pair(pA, zA, nA, pB, zB, nB)) return TK_ENOMEM;
  const uint32_t *s = pA->a, *t = pB->a;
  size_t m = pA->n, n = pB->n;
  stripAffix(&s, &m, &t, &n);
  if (m > n) {
    const uint32_t *x = s;
    size_t nx = m;
    s = t, m = n, t = x, n = nx;
  }
  *ps = s, *pm = m, *pt = t, *pn = n;
  return TK_OK;
}

/* Levenshtein distance of two UTF-8 strings, banded when max >= 0. */
int tk_levenshtein(const char *zA, size_t nA, const char *zB, size_t nB,
                   long long max, size_t *pDist) {
  return tk_levenshtein_w(zA, nA, zB, nB, max, 0, pDist);
}

/* tk_levenshtein within the bounds of pWork (NULL: none). */
int tk_levenshtein_w(const char *zA, size_t nA, const char *zB, size_t nB,
                     long long max, tk_work *pWork, size_t *pDist) {
  tk_cpstr a, b;
  const uint32_t *s, *t;
  size_t m, n, d = 0;
  if (prepare(&a, zA, nA, &b, zB, nB, &s, &m, &t, &n)) return TK_ENOMEM;
  int rc = TK_OK;
  if (max >= 0 && (unsigned long long)(n - m) > (unsigned long long)max) {
    d = (size_t)max + 1;
  } else if (m == 0) {
    d = n;
  } else if (m * n <= LEV_SMALL_CELLS) {
    /* the same admission as levWord's, so limits do not depend on it */
    if ((rc = tk_work_admit(pWork, n, m, n)) == TK_OK) d = levSmall(s, m, t, n);
  } else if (m <= 64) {
    rc = levWord(s, m, t, n, pWork, &d);
  } else {
    rc = levLong(s, m, t, n, max, pWork, &d);
  }
  if (max >= 0 && d > (unsigned long long)max) d = (size_t)max + 1;
  *pDist = d;
  tk_cpstr_free(&a);
  tk_cpstr_free(&b);
  return rc;
}

/* OSA distance, pattern s of 1..64 code points. */
static int osaWord(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                   tk_work *pWork, size_t *pDist) {
  int rc = tk_work_admit(pWork, n, m, n);
  if (rc != TK_OK) return rc;
  tk_maskmap map;
  tk_maskmap_build(&map, s, m);
  uint64_t vp = ~(uint64_t)0, vn = 0, d0 = 0, pmOld = 0;
  uint64_t last = (uint64_t)1 << (m - 1);
  size_t score = m;
  for (size_t j = 0; j < n; j++) {
    uint64_t pm = tk_maskmap_get(&map, t[j]);
    uint64_t tr = (((~d0) & pm) << 1) & pmOld, hp = 1, hn = 0;
    score += (size_t)blockColumn(pm, tr, last, &vp, &vn, &hp, &hn, &d0);
    pmOld = pm;
    if ((j & 4095) == 4095 && (rc = tk_work_poll(pWork, 4096)) != TK_OK) {
      return rc;
    }
  }
  *pDist = score;
  return TK_OK;
}

/* OSA distance of a pattern over 64 code points (every block). */
static int osaBlock(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                    tk_work *pWork, size_t *pDist) {
  int rc = tk_work_admit(pWork, (uint64_t)((m + 63) / 64) * n, m, n);
  if (rc != TK_OK) return rc;
  Peq peq;
  rc = peqInit(&peq, s, m, t, n);
  size_t nWord = peq.nWord;
  uint64_t *aV = tk_malloc(nWord * 4 * sizeof(uint64_t));
  if (rc == TK_OK && !aV) rc = TK_ENOMEM;
  if (rc == TK_OK) {
    uint64_t *aVP = aV, *aVN = aV + nWord, *aD0 = aV + 2 * nWord;
    uint64_t *aPM = aV + 3 * nWord;
    for (size_t b = 0; b < nWord; b++) {
      aVP[b] = ~(uint64_t)0;
      aVN[b] = aD0[b] = aPM[b] = 0;
    }
    uint64_t lastBit = (uint64_t)1 << ((m - 1) % 64);
    size_t score = m;
    for (size_t j = 0; j < n; j++) {
      uint64_t hp = 1, hn = 0, trIn = 0;
      for (size_t b = 0; b < nWord; b++) {
        uint64_t pm = peqGet(&peq, j, b);
        uint64_t y = ~aD0[b] & pm;
        uint64_t tr = ((y << 1) | trIn) & aPM[b];
        trIn = y >> 63;
        int delta =
            blockColumn(pm, tr, lastBit, &aVP[b], &aVN[b], &hp, &hn, &aD0[b]);
        if (b == nWord - 1) score += (size_t)delta; /* the last block's */
        aPM[b] = pm;
      }
      if ((j & 63) == 63 && (rc = tk_work_poll(pWork, 64 * nWord)) != TK_OK) {
        break;
      }
    }
    *pDist = score;
  }
  tk_free(aV);
  peqFree(&peq);
  return rc;
}

/* OSA distance of code point arrays (strsim/strsim_internal.h). */
int tk_strsim__osa_cp(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                      tk_work *pWork, size_t *pDist) {
  stripAffix(&s, &m, &t, &n);
  if (m > n) {
    const uint32_t *x = s;
    size_t nx = m;
    s = t, m = n, t = x, n = nx;
  }
  if (m == 0) {
    *pDist = n;
    return TK_OK;
  }
  if (m <= 64) return osaWord(s, m, t, n, pWork, pDist);
  return osaBlock(s, m, t, n, pWork, pDist);
}

/* Optimal string alignment distance of two UTF-8 strings. */
int tk_osa_distance(const char *zA, size_t nA, const char *zB, size_t nB,
                    size_t *pDist) {
  return tk_osa_distance_w(zA, nA, zB, nB, 0, pDist);
}

/* tk_osa_distance within the bounds of pWork (NULL: none). */
int tk_osa_distance_w(const char *zA, size_t nA, const char *zB, size_t nB,
                      tk_work *pWork, size_t *pDist) {
  tk_cpstr a, b;
  if (tk_cpstr_init_pair(&a, zA, nA, &b, zB, nB)) return TK_ENOMEM;
  int rc = tk_strsim__osa_cp(a.a, a.n, b.a, b.n, pWork, pDist);
  tk_cpstr_free(&a);
  tk_cpstr_free(&b);
  return rc;
}

/* Hamming distance: positions whose code points differ. */
int tk_hamming(const char *zA, size_t nA, const char *zB, size_t nB,
               size_t *pDist) {
  const unsigned char *a = (const unsigned char *)zA;
  const unsigned char *b = (const unsigned char *)zB;
  size_t i = 0, j = 0, d = 0;
  while (i < nA && j < nB) {
    d += tk_utf8_next(a, nA, &i) != tk_utf8_next(b, nB, &j);
  }
  if (i < nA || j < nB) return TK_EINVAL;
  *pDist = d;
  return TK_OK;
}

/* 1 - levenshtein / max(length in code points); 1.0 when both empty. */
int tk_levenshtein_similarity(const char *zA, size_t nA, const char *zB,
                              size_t nB, double *pSim) {
  return tk_levenshtein_similarity_w(zA, nA, zB, nB, 0, pSim);
}

/* tk_levenshtein_similarity within the bounds of pWork (NULL: none). */
int tk_levenshtein_similarity_w(const char *zA, size_t nA, const char *zB,
                                size_t nB, tk_work *pWork, double *pSim) {
  size_t d, mA = tk_utf8_count(zA, nA), mB = tk_utf8_count(zB, nB);
  size_t mx = mA > mB ? mA : mB;
  if (mx == 0) {
    *pSim = 1.0;
    return TK_OK;
  }
  int rc = tk_levenshtein_w(zA, nA, zB, nB, -1, pWork, &d);
  if (rc == TK_OK) *pSim = 1.0 - (double)d / (double)mx;
  return rc;
}
