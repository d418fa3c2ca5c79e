/*
** strsim/wave.c -- the unbanded multi-word bit-parallel Levenshtein loop
** (strsim/edit.c's levFull) along anti-diagonals with AVX2, when the
** processor has it.
**
**   if (tk_strsim__wave_ok(nWord))
**     rc = tk_strsim__wave(aRow, nStride, aTid, n, m, pWork, &dist);
**
** Column by column, each 64-row block waits for the carries of the block
** above it in the same column: a chain of dependent instructions as long
** as the pattern.  Along anti-diagonals the chain is one step long: at
** step s block b works on text column s - b.  Its inputs are its own
** vertical deltas after column s - b - 1 (made by block b at step s - 1)
** and the carries of block b - 1 in column s - b (made by block b - 1 at
** step s - 1), so every block of a step is independent of the others.
** Block b lives in lane b % 4 of vector b / 4 for the whole run: its
** deltas never leave the register file, only the one-bit carries move up
** one lane between steps.  A block before its first column keeps its
** initial deltas; one past the text computes what is never read (carries
** only move up, from columns that are past the text too).  The score is
** the last block's bottom row, counted in its lane.
*/
#include "strsim_internal.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define TK_WAVE_AVX2 1
/* Vectors of four blocks this file keeps in registers: patterns up to
** TK_WAVE_MAX_VEC * 256 code points. */
#define TK_WAVE_MAX_VEC 8
#if TK_STRSIM_TID_PAD < 4 * TK_WAVE_MAX_VEC
#error "a lane looks up to 4 * TK_WAVE_MAX_VEC - 1 columns back"
#endif
#endif

#ifdef TK_WAVE_AVX2
/* The state of a run: per vector of four blocks, the vertical deltas and
** the carries each block passed down at the last step. */
typedef struct Wave {
  __m256i aVP[TK_WAVE_MAX_VEC], aVN[TK_WAVE_MAX_VEC];
  __m256i aHp[TK_WAVE_MAX_VEC], aHn[TK_WAVE_MAX_VEC];
  __m256i nPos, nNeg; /* last block's bottom-row changes, in its lane */
} Wave;

/* All ones in the lanes of vector k whose block b has a column at step s
** (b <= s), zero in the others. */
__attribute__((target("avx2"), always_inline)) static inline __m256i
liveMask(int k, size_t s) {
  __m256i b = _mm256_set_epi64x(4 * k + 3, 4 * k + 2, 4 * k + 1, 4 * k);
  return _mm256_xor_si256(
      _mm256_cmpgt_epi64(b, _mm256_set1_epi64x((long long)s)),
      _mm256_set1_epi64x(-1));
}

/* Step s of the run over nVec vectors (blocks 0..nWord-1 and unused
** lanes above them).  bStart: some blocks are still before their first
** column (s < nWord - 1), whose lanes keep their deltas.  lastMask: the
** last block's bottom bit in its lane, 0 elsewhere. */
__attribute__((target("avx2"), always_inline)) static inline void
waveStep(Wave *w, int nVec, const uint64_t *aRow, size_t nStride,
         const uint32_t *aTid, size_t s, int bStart, __m256i lastMask) {
  const __m256i ones = _mm256_set1_epi64x(-1);
  /* carries in: from the lane below at the last step; block 0 gets the
  ** top row's +1 */
  __m256i aHpIn[TK_WAVE_MAX_VEC], aHnIn[TK_WAVE_MAX_VEC];
  __m256i prevHp = _mm256_set_epi64x(0, 0, 0, 1),
          prevHn = _mm256_setzero_si256();
  for (int k = 0; k < nVec; k++) {
    __m256i hp = _mm256_permute4x64_epi64(w->aHp[k], _MM_SHUFFLE(2, 1, 0, 3));
    __m256i hn = _mm256_permute4x64_epi64(w->aHn[k], _MM_SHUFFLE(2, 1, 0, 3));
    aHpIn[k] = _mm256_blend_epi32(hp, prevHp, 0x03);
    aHnIn[k] = _mm256_blend_epi32(hn, prevHn, 0x03);
    prevHp = hp, prevHn = hn;
  }
  for (int k = 0; k < nVec; k++) {
    /* the match mask of each lane's block in its column (the zero ids
    ** around the text select row 0, all zero) */
    const uint32_t *id = aTid + s - 4 * k;
    const uint64_t *r = aRow + 4 * k;
    __m256i pm = _mm256_set_epi64x(
        (long long)r[id[-3] * nStride + 3], (long long)r[id[-2] * nStride + 2],
        (long long)r[id[-1] * nStride + 1], (long long)r[id[0] * nStride]);
    __m256i vp = w->aVP[k], vn = w->aVN[k];
    __m256i x = _mm256_or_si256(pm, aHnIn[k]);
    __m256i sum = _mm256_add_epi64(_mm256_and_si256(x, vp), vp);
    __m256i d0 =
        _mm256_or_si256(_mm256_or_si256(_mm256_xor_si256(sum, vp), x), vn);
    __m256i hp =
        _mm256_or_si256(vn, _mm256_andnot_si256(_mm256_or_si256(d0, vp), ones));
    __m256i hn = _mm256_and_si256(d0, vp);
    if (k == nVec - 1) { /* the last block's bottom row, in its lane */
      __m256i bit = lastMask;
      if (bStart) bit = _mm256_and_si256(bit, liveMask(k, s));
      w->nPos = _mm256_sub_epi64(
          w->nPos, _mm256_cmpeq_epi64(_mm256_and_si256(hp, bit), bit));
      w->nNeg = _mm256_sub_epi64(
          w->nNeg, _mm256_cmpeq_epi64(_mm256_and_si256(hn, bit), bit));
    }
    w->aHp[k] = _mm256_srli_epi64(hp, 63);
    w->aHn[k] = _mm256_srli_epi64(hn, 63);
    hp = _mm256_or_si256(_mm256_slli_epi64(hp, 1), aHpIn[k]);
    hn = _mm256_or_si256(_mm256_slli_epi64(hn, 1), aHnIn[k]);
    __m256i vpNew =
        _mm256_or_si256(hn, _mm256_andnot_si256(_mm256_or_si256(d0, hp), ones));
    __m256i vnNew = _mm256_and_si256(hp, d0);
    if (bStart) { /* lanes whose block b > s have no column yet */
      __m256i live = liveMask(k, s);
      vpNew = _mm256_blendv_epi8(vp, vpNew, live);
      vnNew = _mm256_blendv_epi8(vn, vnNew, live);
    }
    w->aVP[k] = vpNew;
    w->aVN[k] = vnNew;
  }
}

/* The run for nVec vectors (a constant in each call, so the loops over
** vectors unroll).  Returns TK_OK or the work poll's code. */
__attribute__((target("avx2"), always_inline)) static inline int
waveRun(int nVec, const uint64_t *aRow, size_t nStride, const uint32_t *aTid,
        size_t n, size_t m, tk_work *pWork, size_t *pDist) {
  size_t nWord = (m + 63) / 64, last = nWord - 1;
  Wave w;
  for (int k = 0; k < nVec; k++) {
    w.aVP[k] = _mm256_set1_epi64x(-1);
    w.aVN[k] = w.aHp[k] = w.aHn[k] = _mm256_setzero_si256();
  }
  w.nPos = w.nNeg = _mm256_setzero_si256();
  long long aLast[4] = {0, 0, 0, 0};
  aLast[last % 4] = (long long)((uint64_t)1 << ((m - 1) % 64));
  __m256i lastMask = _mm256_loadu_si256((const __m256i *)aLast);
  /* lanes where the mask is 0 (other blocks; the last block before its
  ** first column) count into both nPos and nNeg: only its lane, after
  ** its first column, moves the difference */
  size_t s = 0, nStep = n + last;
  for (; s < last; s++) /* n >= 1: every block starts before the end */
    waveStep(&w, nVec, aRow, nStride, aTid, s, 1, lastMask);
  int rc = TK_OK;
  for (; s < nStep && rc == TK_OK; s++) {
    waveStep(&w, nVec, aRow, nStride, aTid, s, 0, lastMask);
    if ((s & 63) == 63) rc = tk_work_poll(pWork, 64 * nWord);
  }
  long long aPos[4], aNeg[4];
  _mm256_storeu_si256((__m256i *)aPos, w.nPos);
  _mm256_storeu_si256((__m256i *)aNeg, w.nNeg);
  *pDist = m + (size_t)aPos[last % 4] - (size_t)aNeg[last % 4];
  return rc;
}
#endif

/* 1 when tk_strsim__wave can run a pattern of nWord 64-bit words here:
** AVX2 on this processor and nWord <= 4 * TK_WAVE_MAX_VEC. */
int tk_strsim__wave_ok(size_t nWord) {
#ifdef TK_WAVE_AVX2
  return nWord >= 2 && nWord <= 4 * TK_WAVE_MAX_VEC &&
         __builtin_cpu_supports("avx2");
#else
  (void)nWord;
  return 0;
#endif
}

/* Levenshtein distance of a pattern of m code points (mask table aRow,
** nStride >= 4 * ceil(m / 256) words a row, row 0 all zero) and a text of
** n code points (aTid[j]: the row of text character j).  Only when
** tk_strsim__wave_ok said so. */
#ifdef TK_WAVE_AVX2
__attribute__((target("avx2")))
#endif
int tk_strsim__wave(const uint64_t *aRow, size_t nStride,
                    const uint32_t *aTid, size_t n, size_t m, tk_work *pWork,
                    size_t *pDist) {
#ifdef TK_WAVE_AVX2
  switch ((m + 255) / 256) {
  case 1:
    return waveRun(1, aRow, nStride, aTid, n, m, pWork, pDist);
  case 2:
    return waveRun(2, aRow, nStride, aTid, n, m, pWork, pDist);
  case 3:
    return waveRun(3, aRow, nStride, aTid, n, m, pWork, pDist);
  case 4:
    return waveRun(4, aRow, nStride, aTid, n, m, pWork, pDist);
  case 5:
    return waveRun(5, aRow, nStride, aTid, n, m, pWork, pDist);
  case 6:
    return waveRun(6, aRow, nStride, aTid, n, m, pWork, pDist);
  case 7:
    return waveRun(7, aRow, nStride, aTid, n, m, pWork, pDist);
  default:
    return waveRun(8, aRow, nStride, aTid, n, m, pWork, pDist);
  }
#else
  (void)aRow, (void)nStride, (void)aTid, (void)n, (void)m, (void)pWork;
  (void)pDist;
  return TK_EINTERNAL;
#endif
}
