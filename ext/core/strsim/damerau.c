/*
** strsim/damerau.c -- unrestricted Damerau-Levenshtein distance over code
** points (adjacent transpositions, with later edits between the swapped
** characters allowed).
**
**   size_t d;  tk_damerau_levenshtein("ca", 2, "abc", 3, &d);  -- 2
**
** Three kernels, chosen by shape after the bit-parallel OSA distance U
** (an upper bound: DL <= OSA, and they agree when U <= 1):
**
**   - both strings up to DL_SMALL code points: dlSmall, rows over code
**     points with the two saved transposition states that
**     strsim/damerau_diag.c explains; no ids, no heap;
**   - a band narrow against the length (similar strings): dlBand below;
**   - otherwise the vector anti-diagonal kernel, tk_strsim__damerau_diag, about
**     six times faster per cell than the scalar rows.
**
** dlBand is Zhao and Sahni's (2019) linear-memory form: two rows, the
** column of the last match of a[i] in the row, the row of the last match
** of each character, and FR[j] = H[k-1][j-2] saved at the last row k
** where a[k] == b[j].  Characters become dense ids first, so the inner
** loop only indexes arrays.
**
** Banding: every edit step, transpositions included, moves the diagonal
** i - j by at most its cost, so a path of cost <= U through (i, j) has
** |j - i| + |(n - m) - (j - i)| <= U.  The table is computed on those
** diagonals and two more on each side (so the match cells whose values
** the transpositions of the path saved are inside too); cells just
** outside hold "big", and FR[j] is trusted only when it was saved at the
** row the recurrence asks for.  Similar strings cost O(U * n), not O(m * n).
**
** Bounded work (textkit/base.h's tk_work): the OSA pass admits its own
** cells; the kernel then admits its table (the band's cells, or m * n for
** the vector kernel, which stays under a tenth of a second) and dlBand
** polls the cancel callback every few rows.
*/
#include "strsim_internal.h"

/* Strings up to this many code points take the small row kernel. */
#define DL_SMALL 64

/* The working state of one banded computation. */
typedef struct Dl {
  int64_t *R, *R1; /* row i (holds row i-2 until overwritten), row i-1 */
  int64_t *FR;     /* FR[j]: H[k-1][j-2] saved at row FRrow[j] */
  int64_t *FRrow;
  int64_t *aLastRow; /* per character id: last row it occurred in a */
} Dl;

/* Map a and b to dense ids 1..*pnId in aId[0..m+n). */
static int mapIds(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                  uint32_t *aId, uint32_t *pnId) {
  tk_idmap map;
  tk_strsim__idmap_init(&map);
  int rc = TK_OK;
  for (size_t i = 0; i < m + n && rc == TK_OK; i++) {
    aId[i] = tk_strsim__idmap_id(&map, i < m ? a[i] : b[i - m], 1);
    if (aId[i] == UINT32_MAX) rc = TK_ENOMEM;
  }
  *pnId = map.nId;
  tk_strsim__idmap_free(&map);
  return rc;
}

/* The banded recurrence over ids ia[0..m), ib[0..n): only the diagonals
** j - i in [dLo, dHi] are computed. */
static int dlBand(Dl *p, const uint32_t *ia, int64_t m, const uint32_t *ib,
                  int64_t n, int64_t dLo, int64_t dHi, uint32_t nId,
                  tk_work *pWork, size_t *pDist) {
  const int64_t big = m + n + 1;
  int64_t *R = p->R, *R1 = p->R1, *FR = p->FR, *FRrow = p->FRrow;
  for (int64_t j = -1; j <= n; j++) {
    R[j] = j >= 0 && j <= dHi ? j : big;
    R1[j] = FR[j] = big;
    FRrow[j] = 0;
  }
  for (uint32_t c = 0; c <= nId; c++)
    p->aLastRow[c] = -1;
  for (int64_t i = 1; i <= m; i++) {
    int64_t *x = R;
    R = R1, R1 = x;
    int64_t lo = i + dLo > 1 ? i + dLo : 1, hi = i + dHi < n ? i + dHi : n;
    uint32_t ca = ia[i - 1];
    int64_t lastCol = -1, prevDiag = R[lo - 1], T = big;
    R[lo - 1] = lo == 1 ? i : big;
    for (int64_t j = lo; j <= hi; j++) {
      uint32_t cb = ib[j - 1];
      int64_t v = R1[j - 1] + (ca != cb);
      if (R[j - 1] + 1 < v) v = R[j - 1] + 1;
      if (R1[j] + 1 < v) v = R1[j] + 1;
      if (ca == cb) {
        lastCol = j;
        FR[j] = j >= 2 ? R1[j - 2] : big;
        FRrow[j] = i;
        T = prevDiag;
      } else {
        int64_t k = p->aLastRow[cb];
        if (j - lastCol == 1) {
          if (k > 0 && FRrow[j] == k && FR[j] + (i - k) < v) v = FR[j] + i - k;
        } else if (i - k == 1) {
          if (T + (j - lastCol) < v) v = T + (j - lastCol);
        }
      }
      prevDiag = R[j];
      R[j] = v;
    }
    if (hi < n) R[hi + 1] = big;
    p->aLastRow[ca] = i;
    int rc = hi >= lo ? tk_work_poll(pWork, (uint64_t)(hi - lo + 1)) : TK_OK;
    if (rc != TK_OK) return rc;
  }
  *pDist = (size_t)R[n];
  return TK_OK;
}

/* Damerau-Levenshtein of short code point arrays (m, n <= DL_SMALL) by
** rows, with the two saved states of strsim/damerau_diag.c: rs for the
** row (H[i-2][l-1] - l at the last match l of a[i]) and cs[j] for each
** column (H[k-1][j-2] - k at the last match k of b[j]).  No ids, no heap. */
static size_t dlSmall(const uint32_t *a, size_t m, const uint32_t *b,
                      size_t n) {
  enum { NONE = 1 << 20 };
  int r0[DL_SMALL + 1], r1[DL_SMALL + 1], r2[DL_SMALL + 1], cs[DL_SMALL + 1];
  int *R = r0, *R1 = r1, *R2 = r2; /* rows i, i-1, i-2 */
  for (size_t j = 0; j <= n; j++) {
    R1[j] = (int)j;
    cs[j] = NONE;
  }
  for (size_t i = 1; i <= m; i++) {
    uint32_t ca = a[i - 1];
    int rs = NONE, ii = (int)i;
    R[0] = ii;
    for (size_t j = 1; j <= n; j++) {
      uint32_t cb = b[j - 1];
      int jj = (int)j, v = R1[j - 1] + (ca != cb);
      if (R1[j] + 1 < v) v = R1[j] + 1;
      if (R[j - 1] + 1 < v) v = R[j - 1] + 1;
      if (i >= 2 && a[i - 2] == cb && rs + jj < v) v = rs + jj;
      if (j >= 2 && b[j - 2] == ca && cs[j] + ii < v) v = cs[j] + ii;
      if (ca == cb) {
        rs = i >= 2 ? R2[j - 1] - jj : NONE;
        cs[j] = j >= 2 ? R1[j - 2] - ii : NONE;
      }
      R[j] = v;
    }
    int *x = R2;
    R2 = R1, R1 = R, R = x;
  }
  return (size_t)R1[n];
}

/* dlBand over diagonals [dLo, dHi] of ids aId[0..m) against aId[m..). */
static int damerauBand(const uint32_t *aId, size_t m, size_t n, uint32_t nId,
                       int64_t dLo, int64_t dHi, tk_work *pWork,
                       size_t *pDist) {
  uint64_t nWidth = (uint64_t)(dHi - dLo + 1);
  int rc = tk_work_admit(pWork, (nWidth < n ? nWidth : n) * (uint64_t)m, m, n);
  if (rc != TK_OK) return rc;
  int64_t *aArr = tk_malloc((4 * (n + 2) + nId + 1) * sizeof(int64_t));
  if (!aArr) return TK_ENOMEM;
  Dl dl;
  dl.R = aArr + 1;
  dl.R1 = aArr + (n + 2) + 1;
  dl.FR = aArr + 2 * (n + 2) + 1;
  dl.FRrow = aArr + 3 * (n + 2) + 1;
  dl.aLastRow = aArr + 4 * (n + 2);
  rc = dlBand(&dl, aId, (int64_t)m, aId + m, (int64_t)n, dLo, dHi, nId, pWork,
              pDist);
  tk_free(aArr);
  return rc;
}

/* Damerau-Levenshtein of non-empty code point arrays, upper bound u:
** the band when it is narrow, else the vector kernel when it applies. */
static int damerauCore(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                       size_t u, tk_work *pWork, size_t *pDist) {
  uint32_t *aId = tk_malloc((m + n) * sizeof(uint32_t));
  if (!aId) return TK_ENOMEM;
  uint32_t nId = 0;
  int rc = mapIds(a, m, b, n, aId, &nId);
  /* a path of cost <= u through (i, j) has |j - i| + |(n - m) - (j - i)|
  ** <= u; two more diagonals keep its saved transposition cells */
  int64_t delta = (int64_t)n - (int64_t)m, k = (int64_t)u;
  int64_t dLo = -((k - delta) / 2) - 2, dHi = (k + delta) / 2 + 2;
  /* the vector kernel does a cell in about a sixth of the scalar time */
  int bDiag = (size_t)(dHi - dLo + 1) * 6 > n && nId < 0xFFFE &&
              m <= TK_DAMERAU_DIAG_MAX && n <= TK_DAMERAU_DIAG_MAX;
  if (rc == TK_OK && bDiag) {
    rc = tk_work_admit(pWork, (uint64_t)m * n, m, n);
    if (rc == TK_OK) rc = tk_strsim__damerau_diag(aId, m, n, 0, pDist);
  } else if (rc == TK_OK) {
    rc = damerauBand(aId, m, n, nId, dLo, dHi, pWork, pDist);
  }
  tk_free(aId);
  return rc;
}

/* Unrestricted Damerau-Levenshtein distance of two UTF-8 strings. */
int tk_damerau_levenshtein(const char *zA, size_t nA, const char *zB, size_t nB,
                           size_t *pDist) {
  return tk_damerau_levenshtein_w(zA, nA, zB, nB, 0, pDist);
}

/* tk_damerau_levenshtein within the bounds of pWork (NULL: none). */
int tk_damerau_levenshtein_w(const char *zA, size_t nA, const char *zB,
                             size_t nB, tk_work *pWork, size_t *pDist) {
  tk_cpstr a, b;
  if (tk_cpstr_init_pair(&a, zA, nA, &b, zB, nB)) return TK_ENOMEM;
  size_t u = 0;
  int rc = tk_strsim__osa_cp(a.a, a.n, b.a, b.n, pWork, &u);
  if (rc == TK_OK) {
    if (u <= 1 || a.n == 0 || b.n == 0) {
      *pDist = u; /* DL <= OSA, and they agree on 0 and 1 */
    } else if (a.n <= DL_SMALL && b.n <= DL_SMALL) {
      *pDist = dlSmall(a.a, a.n, b.a, b.n);
    } else {
      rc = damerauCore(a.a, a.n, b.a, b.n, u, pWork, pDist);
    }
  }
  tk_cpstr_free(&a);
  tk_cpstr_free(&b);
  return rc;
}
