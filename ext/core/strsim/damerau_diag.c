/*
** strsim/damerau_diag.c -- unrestricted Damerau-Levenshtein by
** anti-diagonals, sixteen 16-bit cells per vector step when the CPU has
** AVX2, eight otherwise (SSE2, NEON): one loop, strsim/damerau_lanes.h,
** compiled for both widths.
**
**   size_t d;
**   if (tk_strsim__damerau_diag(aId, m, n, 0, &d) == TK_OK) ...
**                                              -- ids from mapIds
**
** Why it is exact.  In the Lowrance-Wagner recurrence a transposition at
** (i, j) costs H[k-1][l-1] + (i-k) + (j-l) - 1, where k is the last row
** before i with a[k] == b[j] and l the last column before j with
** b[l] == a[i].  Plain edits from (k-1, l-1) already reach (i, j) for at
** most max(i-k, j-l) + 1, so the transposition can only win when
** i - k == 1 or j - l == 1.  Those two cases need one saved value each:
**
**   row state    RS[i] = H[i-2][l-1] - l, saved at the match (i, l);
**                used at (i, j) when a[i-1] == b[j]:  RS[i] + j
**   column state CS[j] = H[k-1][j-2] - k, saved at the match (k, j);
**                used at (i, j) when b[j-1] == a[i]:  CS[j] + i
**
** Cells of one anti-diagonal t = i + j depend only on diagonals t-1, t-2
** and (through the saved states) t-3, so a whole diagonal is one vector
** loop.  Lanes are rows: diagonal buffers, a[] and RS are indexed by i;
** b[] and CS are stored reversed (index n - j) so that they are too.
** Padding ids (which match nothing) make the lanes past the end of a
** diagonal harmless: they never save state, and their cells are never read.
*/
#include "strsim_internal.h"

#include <stdint.h>

/* Padding at each end of every buffer: the widest vector step and more. */
#define PAD 20
/* No saved state yet: larger than any distance plus any index. */
#define DL_NONE 16384
/* Ids that pad a[] and b[]: never equal to each other or to a real id. */
#define PAD_A 0xFFFF
#define PAD_B 0xFFFE

/* Vector helpers for any GCC/Clang vector type: unaligned load and store,
** and a lane-wise minimum and maximum made of compares (X and Y are
** evaluated twice) for CPUs without a min instruction we name. */
#define VLOAD(v, p) memcpy(&(v), (p), sizeof(v))
#define VSTORE(p, v) memcpy((p), &(v), sizeof(v))
#define VMIN_CMP(x, y) (((x) & ((x) < (y))) | ((y) & ~((x) < (y))))
#define VMAX_CMP(x, y) (((x) & ((x) > (y))) | ((y) & ~((x) > (y))))

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define DL_X86 1
#endif

/* The buffers of one computation; arrays point past their front padding. */
typedef struct Diag {
  int16_t *D[4]; /* diagonals t, t-1, t-2, t-3 in rotation, by row i */
  int16_t *A;    /* A[i] = id of a[i] (1-based), PAD_A outside 1..m */
  int16_t *Br;   /* Br[n-j] = id of b[j] (1-based), PAD_B outside 1..n */
  int16_t *RS;   /* row states by i */
  int16_t *CS;   /* column states by n - j */
} Diag;

/* The kernel at 8 lanes (16-byte vectors: SSE2, NEON) for every CPU
** (pminsw/pmaxsw on x86-64, which GCC does not find in VMIN_CMP), */
#define DL_LANES 8
#define DL_RUN diagRunBase
#define DL_TARGET
#ifdef DL_X86
#define VMIN(x, y) ((vec)_mm_min_epi16((__m128i)(x), (__m128i)(y)))
#define VMAX(x, y) ((vec)_mm_max_epi16((__m128i)(x), (__m128i)(y)))
#else
#define VMIN VMIN_CMP
#define VMAX VMAX_CMP
#endif
#include "damerau_lanes.h"

#ifdef DL_X86
/* and at 16 lanes for AVX2, chosen at run time (twice as fast; 32 lanes
** of AVX-512BW measured no faster). */
#define DL_LANES 16
#define DL_RUN diagRunAvx2
#define DL_TARGET __attribute__((target("avx2")))
#define VMIN(x, y) ((vec)_mm256_min_epi16((__m256i)(x), (__m256i)(y)))
#define VMAX(x, y) ((vec)_mm256_max_epi16((__m256i)(x), (__m256i)(y)))
#include "damerau_lanes.h"
#endif

/* Damerau-Levenshtein of ids aId[0..m) against aId[m..m+n) (ids from 1,
** below PAD_B), on the widest vectors the CPU has or, with bBaseline, on
** the 8-lane kernel; TK_EINVAL when the lengths do not fit 16-bit lanes. */
int tk_strsim__damerau_diag(const uint32_t *aId, size_t m, size_t n,
                            int bBaseline, size_t *pDist) {
  if (m == 0 || n == 0 || m > TK_DAMERAU_DIAG_MAX || n > TK_DAMERAU_DIAG_MAX) {
    return TK_EINVAL;
  }
  size_t nRow = m + 1 + 2 * PAD, nCol = n + 1 + 2 * PAD;
  int16_t *mem = tk_malloc((6 * nRow + 2 * nCol) * sizeof(int16_t));
  if (!mem) return TK_ENOMEM;
  Diag d;
  for (int k = 0; k < 4; k++) {
    d.D[k] = mem + k * nRow + PAD;
  }
  d.A = mem + 4 * nRow + PAD;
  d.RS = mem + 5 * nRow + PAD;
  d.Br = mem + 6 * nRow + PAD;
  d.CS = mem + 6 * nRow + nCol + PAD;
  memset(mem, 0, 4 * nRow * sizeof(int16_t));
  for (size_t k = 0; k < nRow; k++) {
    d.A[(ptrdiff_t)k - PAD] = (int16_t)PAD_A;
    d.RS[(ptrdiff_t)k - PAD] = DL_NONE;
  }
  for (size_t k = 0; k < nCol; k++) {
    d.Br[(ptrdiff_t)k - PAD] = (int16_t)PAD_B;
    d.CS[(ptrdiff_t)k - PAD] = DL_NONE;
  }
  for (size_t i = 0; i < m; i++) {
    d.A[i + 1] = (int16_t)aId[i];
  }
  for (size_t j = 0; j < n; j++) {
    d.Br[n - (j + 1)] = (int16_t)aId[m + j];
  }
  d.D[1][0] = 1; /* H[0][1] */
  d.D[1][1] = 1; /* H[1][0] */
  int dist;
#if defined(__x86_64__) && defined(__GNUC__)
  if (!bBaseline && __builtin_cpu_supports("avx2")) {
    dist = diagRunAvx2(&d, (int)m, (int)n);
  } else {
    dist = diagRunBase(&d, (int)m, (int)n);
  }
#else
  (void)bBaseline;
  dist = diagRunBase(&d, (int)m, (int)n);
#endif
  *pDist = (size_t)dist;
  tk_free(mem);
  return TK_OK;
}
