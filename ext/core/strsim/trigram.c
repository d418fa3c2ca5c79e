/*
** strsim/trigram.c -- PostgreSQL pg_trgm similarity() and
** word_similarity() over Unicode code points.
**
**   double s;  tk_trigram_similarity("word", 4, "two words", 9, &s);
**
** As pg_trgm: the text is lower-cased (simple per-code-point mapping),
** words are maximal runs of letters and digits (Unicode categories L*,
** Nd, Nl, No), each word is padded with two spaces before and one after,
** and its trigrams are the runs of 3 consecutive code points.  A trigram
** is packed into 63 bits (3 x 21).  similarity = |shared| / |union| of
** the two sets (0 when either is empty); word_similarity follows
** pg_trgm's iterate_word_similarity over the ordered trigrams of the
** second string.
*/
#include "strsim_internal.h"

#include <stdlib.h>
#include <utf8proc.h>

/* 1 when c is a letter or a digit for pg_trgm word purposes. */
static int isWordChar(uint32_t c) {
  if (c < 128) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
  switch (utf8proc_category((utf8proc_int32_t)c)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return 1;
  default:
    return 0;
  }
}

/* Lower-case one code point. */
static uint32_t lowerChar(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

/* The trigrams of z[0..n) in text order into a new array *pa (count *pn).
** A string of n bytes has at most 2n trigrams (a 1-char word gives 2). */
static int trigramsOf(const char *z, size_t n, uint64_t **pa, size_t *pn) {
  const unsigned char *u = (const unsigned char *)z;
  uint64_t *a = tk_malloc((2 * n + 1) * sizeof(uint64_t));
  if (!a) return TK_ENOMEM;
  size_t k = 0, i = 0;
  uint64_t win = ((uint64_t)' ' << 21) | ' '; /* the last two chars */
  int inWord = 0;
  while (i < n) {
    uint32_t c = tk_utf8_next(u, n, &i);
    if (isWordChar(c)) {
      if (!inWord) win = ((uint64_t)' ' << 21) | ' ';
      inWord = 1;
      win = ((win << 21) | lowerChar(c)) & (((uint64_t)1 << 63) - 1);
      a[k++] = win;
    } else if (inWord) {
      inWord = 0;
      a[k++] = ((win << 21) | ' ') & (((uint64_t)1 << 63) - 1);
    }
  }
  if (inWord) a[k++] = ((win << 21) | ' ') & (((uint64_t)1 << 63) - 1);
  *pa = a;
  *pn = k;
  return TK_OK;
}

/* qsort order of packed trigrams. */
static int cmpTrigram(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return a < b ? -1 : a > b;
}

/* Sort a[0..n) and drop duplicates; return the new count. */
static size_t sortUnique(uint64_t *a, size_t n) {
  if (n < 2) return n;
  qsort(a, n, sizeof(uint64_t), cmpTrigram);
  size_t k = 1;
  for (size_t i = 1; i < n; i++) {
    if (a[i] != a[k - 1]) a[k++] = a[i];
  }
  return k;
}

/* 1 when x is in the sorted a[0..n). */
static size_t findTrigram(const uint64_t *a, size_t n, uint64_t x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] < x) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/* pg_trgm similarity(). */
int tk_trigram_similarity(const char *zA, size_t nA, const char *zB, size_t nB,
                          double *pSim) {
  uint64_t *a = 0, *b = 0;
  size_t na, nb;
  int rc = trigramsOf(zA, nA, &a, &na);
  if (rc == TK_OK) rc = trigramsOf(zB, nB, &b, &nb);
  if (rc == TK_OK) {
    na = sortUnique(a, na);
    nb = sortUnique(b, nb);
    size_t i = 0, j = 0, c = 0;
    while (i < na && j < nb) {
      if (a[i] == b[j]) {
        c++, i++, j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    *pSim = na && nb ? (double)c / (double)(na + nb - c) : 0.0;
  }
  tk_free(a);
  tk_free(b);
  return rc;
}

/* pg_trgm's CALCSML with DIVUNION. */
static double calcSml(size_t count, size_t len1, size_t len2) {
  return (double)count / (double)(len1 + len2 - count);
}

/* pg_trgm's iterate_word_similarity (plain, not strict): aIdx[i] is the
** distinct-trigram index of the i-th trigram of the second string,
** abFound[x] whether trigram x is in the first string's set of nSet1. */
static double iterateWordSim(const size_t *aIdx, size_t n2,
                             const unsigned char *abFound, size_t nSet1,
                             long long *aLastPos) {
  size_t ulen2 = 0, count = 0;
  long long lower = -1;
  double best = 0.0;
  for (size_t i = 0; i < n2; i++) {
    size_t x = aIdx[i];
    if (lower >= 0 || abFound[x]) {
      if (aLastPos[x] < 0) {
        ulen2++;
        if (abFound[x]) count++;
      }
      aLastPos[x] = (long long)i;
    }
    if (!abFound[x]) continue;
    if (lower == -1) {
      lower = (long long)i;
      ulen2 = 1;
    }
    double cur = calcSml(count, nSet1, ulen2);
    size_t tCount = count, tUlen2 = ulen2;
    long long prevLower = lower;
    for (long long t = lower; t <= (long long)i; t++) {
      double v = calcSml(tCount, nSet1, tUlen2);
      if (v > cur) {
        cur = v;
        ulen2 = tUlen2;
        lower = t;
        count = tCount;
      }
      size_t y = aIdx[t];
      if (aLastPos[y] == t) {
        tUlen2--;
        if (abFound[y]) tCount--;
      }
    }
    if (cur > best) best = cur;
    for (long long t = prevLower; t < lower; t++) {
      size_t y = aIdx[t];
      if (aLastPos[y] == t) aLastPos[y] = -1;
    }
  }
  return best;
}

/* pg_trgm word_similarity(): how well the first string's trigrams match
** the best continuous extent of the second string's trigrams. */
int tk_trigram_word_similarity(const char *zA, size_t nA, const char *zB,
                               size_t nB, double *pSim) {
  uint64_t *a = 0, *b = 0, *bSet = 0;
  size_t na, nb, *aIdx = 0;
  unsigned char *abFound = 0;
  long long *aLastPos = 0;
  int rc = trigramsOf(zA, nA, &a, &na);
  if (rc == TK_OK) rc = trigramsOf(zB, nB, &b, &nb);
  if (rc == TK_OK) {
    bSet = tk_malloc((nb + 1) * sizeof(uint64_t));
    aIdx = tk_malloc((nb + 1) * sizeof(size_t));
    abFound = tk_malloc(nb + 1);
    aLastPos = tk_malloc((nb + 1) * sizeof(long long));
    if (!bSet || !aIdx || !abFound || !aLastPos) rc = TK_ENOMEM;
  }
  if (rc == TK_OK) {
    na = sortUnique(a, na);
    memcpy(bSet, b, nb * sizeof(uint64_t));
    size_t nSet2 = sortUnique(bSet, nb);
    for (size_t x = 0; x < nSet2; x++) {
      size_t k = findTrigram(a, na, bSet[x]);
      abFound[x] = k < na && a[k] == bSet[x];
      aLastPos[x] = -1;
    }
    for (size_t i = 0; i < nb; i++)
      aIdx[i] = findTrigram(bSet, nSet2, b[i]);
    *pSim = na ? iterateWordSim(aIdx, nb, abFound, na, aLastPos) : 0.0;
  }
  tk_free(a);
  tk_free(b);
  tk_free(bSet);
  tk_free(aIdx);
  tk_free(abFound);
  tk_free(aLastPos);
  return rc;
}
