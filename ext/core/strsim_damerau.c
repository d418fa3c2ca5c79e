/*
** strsim_damerau.c -- unrestricted Damerau-Levenshtein distance over code
** points (adjacent transpositions, with later edits between the swapped
** characters allowed).
**
**   size_t d;  tk_damerau_levenshtein("ca", 2, "abc", 3, &d);  -- 2
**
** The recurrence is Zhao and Sahni's (2019) linear-memory form: two rows,
** the column of the last match of a[i] in the row, the row of the last
** match of each character, and FR[j] = H[k-1][j-2] saved at the last row
** k where a[k] == b[j].  Characters become dense ids first, so the inner
** loop only indexes arrays.
**
** Banding: the bit-parallel OSA distance U is an upper bound (DL <= OSA),
** and every edit step, transpositions included, moves the diagonal i - j
** by at most its cost, so a path of cost <= U through (i, j) has
** |j - i| + |(n - m) - (j - i)| <= U.  The table is computed on those
** diagonals and two more on each side (so the match cells whose values
** the transpositions of the path saved are inside too); cells just
** outside hold "big", and FR[j] is trusted only when it was saved at the
** row the recurrence asks for.  Similar strings cost O(U * n), not O(m * n).
*/
#include "strsim_int.h"

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
  tk_idmap_init(&map);
  int rc = TK_OK;
  for (size_t i = 0; i < m + n && rc == TK_OK; i++) {
    aId[i] = tk_idmap_id(&map, i < m ? a[i] : b[i - m], 1);
    if (aId[i] == UINT32_MAX) rc = TK_ENOMEM;
  }
  *pnId = map.nId;
  tk_idmap_free(&map);
  return rc;
}

/* The banded recurrence over ids ia[0..m), ib[0..n): only the diagonals
** j - i in [dLo, dHi] are computed. */
static size_t dlBand(Dl *p, const uint32_t *ia, int64_t m, const uint32_t *ib,
                     int64_t n, int64_t dLo, int64_t dHi, uint32_t nId) {
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
  }
  return (size_t)R[n];
}

/* Damerau-Levenshtein of non-empty code point arrays, upper bound u. */
static int damerauCore(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                       size_t u, size_t *pDist) {
  uint32_t *aId = tk_malloc((m + n) * sizeof(uint32_t));
  if (!aId) return TK_ENOMEM;
  uint32_t nId = 0;
  int rc = mapIds(a, m, b, n, aId, &nId);
  int64_t *aArr = 0;
  if (rc == TK_OK) {
    aArr = tk_malloc((4 * (n + 2) + nId + 1) * sizeof(int64_t));
    if (!aArr) rc = TK_ENOMEM;
  }
  if (rc == TK_OK) {
    Dl dl;
    dl.R = aArr + 1;
    dl.R1 = aArr + (n + 2) + 1;
    dl.FR = aArr + 2 * (n + 2) + 1;
    dl.FRrow = aArr + 3 * (n + 2) + 1;
    dl.aLastRow = aArr + 4 * (n + 2);
    /* a path of cost <= u through (i, j) has |j - i| + |(n - m) - (j - i)|
    ** <= u; two more diagonals keep its saved transposition cells */
    int64_t delta = (int64_t)n - (int64_t)m, k = (int64_t)u;
    int64_t dLo = -((k - delta) / 2) - 2, dHi = (k + delta) / 2 + 2;
    *pDist = dlBand(&dl, aId, (int64_t)m, aId + m, (int64_t)n, dLo, dHi, nId);
  }
  tk_free(aArr);
  tk_free(aId);
  return rc;
}

/* Unrestricted Damerau-Levenshtein distance of two UTF-8 strings. */
int tk_damerau_levenshtein(const char *zA, size_t nA, const char *zB, size_t nB,
                           size_t *pDist) {
  tk_cpstr a, b;
  if (tk_cpstr_init_pair(&a, zA, nA, &b, zB, nB)) return TK_ENOMEM;
  size_t u = 0;
  int rc = tk_osa_cp(a.a, a.n, b.a, b.n, &u);
  if (rc == TK_OK) {
    if (u <= 1 || a.n == 0 || b.n == 0) {
      *pDist = u; /* DL <= OSA, and they agree on 0 and 1 */
    } else {
      rc = damerauCore(a.a, a.n, b.a, b.n, u, pDist);
    }
  }
  tk_cpstr_free(&a);
  tk_cpstr_free(&b);
  return rc;
}
