/*
** test_strsim.c -- unit tests of the string similarity core
** (ext/core/strsim_*.c): known distances and scores, the bit-parallel paths
** (one word, blocks, banded, anti-diagonals, sparse masks) against a plain DP
** on random strings, the max semantics, the three Damerau-Levenshtein kernels
** (small rows, band, vector anti-diagonals) against the textbook table, errors,
** phonetic keys, and that short strings cost no heap allocation.
*/
#include "../../ext/core/strsim/strsim_internal.h"
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_alloc.h"

#include <stdlib.h>

/* Levenshtein distance of UTF-8 strings (-1: no limit). */
static long long lev(const char *a, const char *b, long long max) {
  size_t d = 0;
  if (tk_levenshtein(a, strlen(a), b, strlen(b), max, &d) != TK_OK) return -1;
  return (long long)d;
}

/* Plain two-row DP over code points, the reference. */
static long long levPlain(const uint32_t *a, size_t m, const uint32_t *b,
                          size_t n) {
  long long *prev = malloc((n + 1) * sizeof(long long));
  long long *cur = malloc((n + 1) * sizeof(long long));
  for (size_t j = 0; j <= n; j++)
    prev[j] = (long long)j;
  for (size_t i = 1; i <= m; i++) {
    cur[0] = (long long)i;
    for (size_t j = 1; j <= n; j++) {
      long long v = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v;
    }
    long long *t = prev;
    prev = cur, cur = t;
  }
  long long d = prev[n];
  free(prev);
  free(cur);
  return d;
}

/* Unrestricted Damerau-Levenshtein by the textbook Lowrance-Wagner full
** table (code points below 128), the reference. */
static long long dlPlain(const uint32_t *a, size_t m, const uint32_t *b,
                         size_t n) {
  size_t w = n + 2;
  long long *H = malloc((m + 2) * w * sizeof(long long)), big = m + n + 1;
  size_t lastRow[128] = {0};
#define AT(i, j) H[(i)*w + (j)]
  AT(0, 0) = big;
  for (size_t i = 0; i <= m; i++)
    AT(i + 1, 0) = big, AT(i + 1, 1) = (long long)i;
  for (size_t j = 0; j <= n; j++)
    AT(0, j + 1) = big, AT(1, j + 1) = (long long)j;
  for (size_t i = 1; i <= m; i++) {
    size_t lastCol = 0;
    for (size_t j = 1; j <= n; j++) {
      size_t k = lastRow[b[j - 1]], l = lastCol;
      long long cost = a[i - 1] == b[j - 1] ? 0 : 1;
      if (!cost) lastCol = j;
      long long v = AT(i, j) + cost;
      if (AT(i + 1, j) + 1 < v) v = AT(i + 1, j) + 1;
      if (AT(i, j + 1) + 1 < v) v = AT(i, j + 1) + 1;
      long long tr =
          AT(k, l) + (long long)(i - k - 1) + 1 + (long long)(j - l - 1);
      if (tr < v) v = tr;
      AT(i + 1, j + 1) = v;
    }
    lastRow[a[i - 1]] = i;
  }
  long long d = AT(m + 1, n + 1);
#undef AT
  free(H);
  return d;
}

/* damerau_levenshtein on random pairs of every shape (short, long and
** similar, long and unrelated) and the vector kernel alone, including
** lengths around its 8- and 16-lane steps, at both widths, against the
** textbook table. */
static void testDamerau(void) {
  unsigned seed = 7;
  uint32_t aa[700], ab[700], ids[1400];
  char za[3000], zb[3000];
  int nBad = 0, nBadDiag = 0;
  for (int iter = 0; iter < 1500; iter++) {
    seed = seed * 1103515245 + 12345;
    size_t ma = iter % 3 == 0 ? (seed >> 8) % 40 : (seed >> 8) % 300;
    seed = seed * 1103515245 + 12345;
    size_t mb = iter % 5 == 0 ? (seed >> 8) % 700 : (seed >> 8) % 300;
    int nAlpha = 2 + iter % 4, bSimilar = iter % 2;
    for (size_t i = 0; i < ma; i++) {
      seed = seed * 1103515245 + 12345;
      aa[i] = "abcde"[(seed >> 8) % nAlpha];
    }
    for (size_t i = 0; i < mb; i++) {
      seed = seed * 1103515245 + 12345;
      unsigned r = (seed >> 8) % 20;
      if (bSimilar && i + 1 < ma && r == 0) {
        ab[i] = aa[i + 1], ab[i + 1] = aa[i], i++; /* a transposition */
      } else {
        ab[i] = bSimilar && i < ma && r > 2 ? aa[i]
                                            : (uint32_t) "abcde"[r % nAlpha];
      }
    }
    size_t na = 0, nb = 0;
    for (size_t i = 0; i < ma; i++)
      na += tk_utf8_put(aa[i], za + na);
    for (size_t i = 0; i < mb; i++)
      nb += tk_utf8_put(ab[i], zb + nb);
    long long want = dlPlain(aa, ma, ab, mb);
    size_t d = 0;
    if (tk_damerau_levenshtein(za, na, zb, nb, &d) != TK_OK ||
        (long long)d != want) {
      nBad++;
    }
    if (ma && mb) {
      for (size_t i = 0; i < ma; i++)
        ids[i] = aa[i] - 'a' + 1;
      for (size_t j = 0; j < mb; j++)
        ids[ma + j] = ab[j] - 'a' + 1;
      for (int bBase = 0; bBase <= 1; bBase++) {
        if (tk_strsim__damerau_diag(ids, ma, mb, bBase, &d) != TK_OK ||
            (long long)d != want) {
          nBadDiag++;
        }
      }
    }
  }
  TK_CHECK_INT(nBad, 0);
  TK_CHECK_INT(nBadDiag, 0);
  size_t d;
  TK_CHECK(tk_strsim__damerau_diag(ids, 0, 3, 0, &d) == TK_EINVAL);
  TK_CHECK(tk_strsim__damerau_diag(ids, 3, TK_DAMERAU_DIAG_MAX + 1, 0, &d) ==
           TK_EINVAL);
}

/* Known values of every distance and score. */
static void testKnown(void) {
  TK_CHECK_INT(lev("kitten", "sitting", -1), 3);
  TK_CHECK_INT(lev("kitten", "sitting", 2), 3);
  TK_CHECK_INT(lev("kitten", "sitting", 3), 3);
  TK_CHECK_INT(lev("", "", -1), 0);
  TK_CHECK_INT(lev("\xC3\xA9t\xC3\xA9", "ete", -1), 2);
  size_t d;
  TK_CHECK(tk_damerau_levenshtein("ca", 2, "abc", 3, &d) == TK_OK && d == 2);
  TK_CHECK(tk_osa_distance("ca", 2, "abc", 3, &d) == TK_OK && d == 3);
  TK_CHECK(tk_hamming("karolin", 7, "kathrin", 7, &d) == TK_OK && d == 3);
  TK_CHECK_INT(tk_hamming("abc", 3, "ab", 2, &d), TK_EINVAL);
  double s;
  TK_CHECK(tk_levenshtein_similarity("", 0, "", 0, &s) == TK_OK && s == 1.0);
  TK_CHECK(tk_jaro_similarity("", 0, "", 0, &s) == TK_OK && s == 0.0);
  TK_CHECK(tk_jaro_similarity("martha", 6, "marhta", 6, &s) == TK_OK &&
           s > 0.9444 && s < 0.9445);
  TK_CHECK(tk_jaro_winkler_similarity("martha", 6, "marhta", 6, 0.1, &s) ==
               TK_OK &&
           s > 0.9611 && s < 0.9612);
  TK_CHECK(tk_trigram_word_similarity("word", 4, "two words", 9, &s) == TK_OK &&
           s == 0.8);
  TK_CHECK(tk_trigram_similarity("word", 4, "two words", 9, &s) == TK_OK &&
           s == 4.0 / 11.0);
}

/* Random strings over a small alphabet (ASCII, 2-byte or 4-byte
** characters), up to 300 code points; every path against the DP. */
static void testRandom(void) {
  static const char *aAlpha[] = {"a",        "b",        "c",
                                 "\xC3\xA9", "\xD0\xB6", "\xF0\x9F\x98\x80"};
  unsigned seed = 42;
  char za[2000], zb[2000];
  uint32_t aa[400], ab[400];
  int nBad = 0, nBadMax = 0;
  for (int iter = 0; iter < 3000; iter++) {
    size_t na = 0, nb = 0, ma, mb;
    int nAlpha = iter % 2 ? 6 : 3;
    seed = seed * 1103515245 + 12345;
    ma = (seed >> 8) % 300;
    seed = seed * 1103515245 + 12345;
    mb = iter % 3 ? ma + (seed >> 8) % 20 : (seed >> 8) % 300;
    for (size_t i = 0; i < ma; i++) {
      seed = seed * 1103515245 + 12345;
      const char *c = aAlpha[(seed >> 8) % nAlpha];
      size_t k = 0;
      aa[i] = tk_utf8_next((const unsigned char *)c, strlen(c), &k);
      memcpy(za + na, c, strlen(c)), na += strlen(c);
    }
    for (size_t i = 0; i < mb; i++) {
      seed = seed * 1103515245 + 12345;
      /* mostly a copy of a, so distances span small to large */
      if (i < ma && (seed >> 8) % 10 < 7) {
        ab[i] = aa[i];
      } else {
        ab[i] = "abc"[(seed >> 8) % 3];
      }
      nb += tk_utf8_put(ab[i], zb + nb);
    }
    za[na] = zb[nb] = 0;
    long long want = levPlain(aa, ma, ab, mb);
    if (lev(za, zb, -1) != want) nBad++;
    long long k = iter % 40;
    if (lev(za, zb, k) != (want > k ? k + 1 : want)) nBadMax++;
  }
  TK_CHECK_INT(nBad, 0);
  TK_CHECK_INT(nBadMax, 0);
}

/* Long unrelated strings take the unbanded multi-word loop: along
** anti-diagonals with AVX2 (strsim/wave.c, patterns of 1 to 8 vectors of
** four blocks), else and beyond 2,048 code points column by column.
** Lengths around each vector and block edge, against the DP. */
static void testLongUnrelated(void) {
  static const size_t aLen[] = {65,   127,  128,  255,  256,  257,  511,  700,
                                1024, 1025, 1500, 1793, 2047, 2048, 2049, 2300};
  unsigned seed = 7;
  int nBad = 0, nChecked = 0;
  for (size_t i = 0; i < sizeof(aLen) / sizeof(aLen[0]); i++) {
    for (int shape = 0; shape < 3; shape++) {
      size_t m = aLen[i], n = shape == 0 ? m : shape == 1 ? m + 37 : 3 * m;
      uint32_t *aa = malloc(m * sizeof(uint32_t));
      uint32_t *ab = malloc(n * sizeof(uint32_t));
      tk_buf za = {0}, zb = {0};
      uint32_t nAlpha = shape == 2 ? 40 : 4, base = i % 2 ? 0x430 : 'a';
      for (size_t k = 0; k < m; k++) {
        seed = seed * 1103515245 + 12345;
        aa[k] = base + (seed >> 8) % nAlpha;
        tk_buf_put_utf8(&za, aa[k]);
      }
      for (size_t k = 0; k < n; k++) {
        seed = seed * 1103515245 + 12345;
        ab[k] = base + (seed >> 8) % nAlpha;
        tk_buf_put_utf8(&zb, ab[k]);
      }
      long long want = levPlain(aa, m, ab, n);
      /* the text as the first argument too: the shorter is the pattern */
      if (lev(za.z, zb.z, -1) != want || lev(zb.z, za.z, -1) != want) nBad++;
      nChecked++;
      free(aa);
      free(ab);
      tk_buf_free(&za);
      tk_buf_free(&zb);
    }
  }
  TK_CHECK_INT(nChecked, 48);
  TK_CHECK_INT(nBad, 0);
}

/* A pattern of more distinct characters than the dense table allows
** takes the per-block masks; the result is the same. */
static void testSparseAlphabet(void) {
  tk_buf a = {0}, b = {0};
  for (uint32_t c = 0x4E00; c < 0x4E00 + 3000; c++) {
    tk_buf_put_utf8(&a, c);
    tk_buf_put_utf8(&b, c % 7 ? c : 0x3042);
  }
  TK_CHECK_INT(lev(a.z, b.z, -1), 3000 / 7 + 1);
  TK_CHECK_INT(lev(a.z, b.z, 10), 11);
  tk_buf_free(&a);
  tk_buf_free(&b);
}

/* Phonetic keys, accents stripped, other scripts ignored. */
static void testPhonetic(void) {
  tk_buf b = {0};
  TK_CHECK(tk_soundex("Robert", 6, &b) == TK_OK);
  TK_CHECK_STR(b.z, "R163");
  tk_buf_reset(&b);
  TK_CHECK(tk_soundex("M\xC3\xBCller", 7, &b) == TK_OK);
  TK_CHECK_STR(b.z, "M460");
  tk_buf_reset(&b);
  TK_CHECK(tk_soundex("\xD0\x96", 2, &b) == TK_OK && b.n == 0);
  TK_CHECK(tk_metaphone("Thompson", 8, &b) == TK_OK);
  TK_CHECK_STR(b.z, "0MPSN");
  tk_buf_free(&b);
}

/* One phonetic key (bMetaphone: Metaphone, else Soundex) of z into a
** fresh buffer, freed before returning: the result code. */
static int phoneticKey(int bMetaphone, const char *z) {
  tk_buf b = {0};
  int rc = bMetaphone ? tk_metaphone(z, strlen(z), &b)
                      : tk_soundex(z, strlen(z), &b);
  tk_buf_free(&b);
  return rc;
}

/* Every allocation failure in tk_soundex and tk_metaphone is TK_ENOMEM
** and leaks nothing (the letters buffer grown before the failure). */
static void testPhoneticOom(void) {
  char z[300];
  for (size_t i = 0; i + 1 < sizeof(z); i++)
    z[i] = "Thompsonck"[i % 10];
  z[sizeof(z) - 1] = 0;
  tk_set_allocator(&tkCountingAllocator);
  for (int bMetaphone = 0; bMetaphone < 2; bMetaphone++) {
    tkAllocCalls = tkAllocLive = tkAllocFailAt = 0;
    TK_CHECK_INT(phoneticKey(bMetaphone, z), TK_OK);
    int nTotal = tkAllocCalls;
    TK_CHECK(nTotal >= 2); /* the letters buffer grows */
    long nBadCode = 0, nLeaks = 0;
    for (int i = 1; i <= nTotal; i++) {
      tkAllocCalls = tkAllocLive = 0;
      tkAllocFailAt = i;
      if (phoneticKey(bMetaphone, z) != TK_ENOMEM) nBadCode++;
      if (tkAllocLive != 0) nLeaks++;
    }
    TK_CHECK_INT(nBadCode, 0);
    TK_CHECK_INT(nLeaks, 0);
  }
  tkAllocFailAt = 0;
  tk_set_allocator(0);
}

/* Short strings take no heap allocation in levenshtein, OSA or Jaro. */
static void testNoHeap(void) {
  tk_set_allocator(&tkCountingAllocator);
  size_t d;
  double s;
  tkAllocCalls = 0;
  tk_levenshtein("kitten", 6, "sitting", 7, -1, &d);
  tk_levenshtein("\xC3\xA9t\xC3\xA9 d'\xC3\xA9t\xC3\xA9", 14, "et\xC3\xA9", 4,
                 2, &d);
  tk_osa_distance("abcdef", 6, "badcfe", 6, &d);
  tk_jaro_winkler_similarity("martha", 6, "marhta", 6, 0.1, &s);
  TK_CHECK_INT(tkAllocCalls, 0);
  tk_set_allocator(0);
}

int main(void) {
  testKnown();
  testRandom();
  testSparseAlphabet();
  testLongUnrelated();
  testDamerau();
  testPhonetic();
  testPhoneticOom();
  testNoHeap();
  TK_TEST_END();
}
