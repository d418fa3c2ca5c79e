/*
** test_docsim.c -- unit tests of the document similarity core
** (ext/core/docsim_*.c): option parsing, Jaccard on sets large enough to
** grow the hash sets, MinHash signatures (header, padding of the
** vectorized blocks, checks, estimates), band buckets, SimHash, and that
** every allocation failure is reported as TK_ENOMEM.
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* An allocator that fails every allocation after nLeft more. */
static int nLeft = -1;
static void *failingMalloc(size_t n) {
  if (nLeft == 0) return 0;
  if (nLeft > 0) nLeft--;
  return malloc(n);
}
static void *failingRealloc(void *p, size_t n) {
  if (nLeft == 0) return 0;
  if (nLeft > 0) nLeft--;
  return realloc(p, n);
}

/* A shingler for function eFn with option string z (asserts success). */
static tk_shingler *shingler(int eFn, const char *z) {
  tk_docsim_options o;
  tk_shingler *p = 0;
  char *zErr = 0;
  tk_docsim_options_init(&o, eFn);
  int rc = tk_docsim_options_parse(&o, z, strlen(z), &zErr);
  if (rc == TK_OK) rc = tk_shingler_new(&o, &p, &zErr);
  TK_CHECK_INT(rc, TK_OK);
  tk_free(zErr);
  return p;
}

/* The error message of parsing z for eFn ("" when it parses). */
static char *optionError(int eFn, const char *z) {
  tk_docsim_options o;
  char *zErr = 0;
  tk_docsim_options_init(&o, eFn);
  int rc = tk_docsim_options_parse(&o, z, strlen(z), &zErr);
  return rc == TK_OK ? tk_mprintf("%s", "") : zErr;
}

/* "w<i0> w<i0+1> ... w<i1-1>" in a new buffer. */
static char *words(int i0, int i1) {
  tk_buf b = {0};
  for (int i = i0; i < i1; i++) {
    char z[16];
    int n = snprintf(z, sizeof(z), "w%d ", i);
    tk_buf_append(&b, z, (size_t)n);
  }
  tk_buf_putc(&b, 0);
  return b.z;
}

/* Options: defaults, ranges, refusals. */
static void testOptions(void) {
  tk_docsim_options o;
  tk_docsim_options_init(&o, TK_DOCSIM_MINHASH);
  TK_CHECK_INT(o.nShingle, 5);
  TK_CHECK_INT(o.nPerm, 128);
  tk_docsim_options_init(&o, TK_DOCSIM_JACCARD);
  TK_CHECK_INT(o.nShingle, 1);
  char *z = optionError(TK_DOCSIM_MINHASH, "perm=1024 seed=4294967295");
  TK_CHECK_STR(z, "");
  tk_free(z);
  z = optionError(TK_DOCSIM_SIMHASH, "seed=1");
  TK_CHECK_STR(z, "unknown option 'seed'; valid keys: lang, fold, unaccent, "
                  "stem, stopwords, mode, shingle");
  tk_free(z);
  z = optionError(TK_DOCSIM_JACCARD, "shingle=65");
  TK_CHECK_STR(z, "bad value '65' for shingle; valid: an integer 1..64");
  tk_free(z);
}

/* Jaccard of word ranges with known overlap, across hash-set growth. */
static void testJaccard(void) {
  tk_shingler *p = shingler(TK_DOCSIM_JACCARD, "");
  char *a = words(0, 1000), *b = words(500, 1500);
  double r = -1;
  TK_CHECK_INT(tk_text_jaccard(p, a, strlen(a), b, strlen(b), &r), TK_OK);
  TK_CHECK(r > 0.33333 && r < 0.33334); /* 500 / 1500 */
  TK_CHECK_INT(tk_text_jaccard(p, "", 0, "", 0, &r), TK_OK);
  TK_CHECK(r == 1.0);
  TK_CHECK_INT(tk_text_jaccard(p, a, strlen(a), "", 0, &r), TK_OK);
  TK_CHECK(r == 0.0);
  tk_shingler_free(p);
  /* 3-shingles: ranges sharing 500 words share 498 shingles of 998 each */
  p = shingler(TK_DOCSIM_JACCARD, "shingle=3");
  TK_CHECK_INT(tk_text_jaccard(p, a, strlen(a), b, strlen(b), &r), TK_OK);
  TK_CHECK(r > 498.0 / 1498 - 1e-12 && r < 498.0 / 1498 + 1e-12);
  tk_shingler_free(p);
  free(a);
  free(b);
}

/* Signatures: header, the perm prefix property, checks and estimates. */
static void testMinhash(void) {
  static const unsigned char zHead[] = {'T', 'K', 'M', 'H', 1, 4, 9, 0, 5, 0};
  unsigned char s9[TK_MINHASH_HEADER + 9 * 4], s16[TK_MINHASH_HEADER + 16 * 4];
  const char *z = "one two three four five six seven eight nine ten";
  tk_shingler *p9 = shingler(TK_DOCSIM_MINHASH, "perm=9");
  tk_shingler *p16 = shingler(TK_DOCSIM_MINHASH, "perm=16");
  TK_CHECK_INT(tk_minhash_size(9), sizeof(s9));
  TK_CHECK_INT(tk_minhash(p9, z, strlen(z), s9), TK_OK);
  TK_CHECK_INT(tk_minhash(p16, z, strlen(z), s16), TK_OK);
  TK_CHECK(memcmp(s9, zHead, sizeof(zHead)) == 0);
  /* the coefficients come from one stream: perm=9 is perm=16's prefix */
  TK_CHECK(memcmp(s9 + TK_MINHASH_HEADER, s16 + TK_MINHASH_HEADER, 36) == 0);
  int nPerm = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_minhash_check(s9, sizeof(s9), &nPerm, &zErr), TK_OK);
  TK_CHECK_INT(nPerm, 9);
  TK_CHECK_INT(tk_minhash_check(s9, sizeof(s9) - 1, &nPerm, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "malformed minhash() signature (bad length)");
  tk_free(zErr);
  zErr = 0;
  double r = -1;
  TK_CHECK_INT(tk_minhash_jaccard(s9, sizeof(s9), s16, sizeof(s16), &r, &zErr),
               TK_EINVAL);
  TK_CHECK(zErr && strstr(zErr, "perm=9") && strstr(zErr, "perm=16"));
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_minhash_jaccard(s9, sizeof(s9), s9, sizeof(s9), &r, &zErr),
               TK_OK);
  TK_CHECK(r == 1.0);
  /* equal bands hash equal; a band of other minima (almost surely) not */
  TK_CHECK(tk_minhash_band(s16, 0, 8) == tk_minhash_band(s9, 0, 8));
  TK_CHECK(tk_minhash_band(s16, 0, 8) != tk_minhash_band(s16, 1, 8));
  tk_shingler_free(p9);
  tk_shingler_free(p16);
}

/* SimHash: shingle order, empties, distance. */
static void testSimhash(void) {
  tk_shingler *p = shingler(TK_DOCSIM_SIMHASH, "");
  uint64_t a = 1, b = 2;
  TK_CHECK_INT(tk_simhash(p, "", 0, &a), TK_OK);
  TK_CHECK(a == 0);
  TK_CHECK_INT(tk_simhash(p, "x y z", 5, &a), TK_OK);
  TK_CHECK_INT(tk_simhash(p, "z, y. X", 7, &b), TK_OK);
  TK_CHECK(a == b && a != 0);
  TK_CHECK_INT(tk_simhash_distance(0, ~(uint64_t)0), 64);
  TK_CHECK_INT(tk_simhash_distance(0x0f, 0xf0), 8);
  tk_shingler_free(p);
}

/* Every allocation failure ends in TK_ENOMEM, never a crash or a leak. */
static void testOutOfMemory(void) {
  static const tk_allocator failing = {failingMalloc, failingRealloc, free};
  char *a = words(0, 600), *b = words(300, 900);
  int nOk = 0, nNomem = 0;
  tk_set_allocator(&failing);
  for (int k = 0; k < 40; k++) {
    nLeft = k;
    tk_docsim_options o;
    tk_shingler *p = 0;
    char *zErr = 0;
    double r = 0;
    tk_docsim_options_init(&o, TK_DOCSIM_JACCARD);
    int rc = tk_shingler_new(&o, &p, &zErr);
    if (rc == TK_OK) rc = tk_text_jaccard(p, a, strlen(a), b, strlen(b), &r);
    if (rc == TK_OK) {
      unsigned char sig[TK_MINHASH_HEADER + 128 * 4];
      rc = tk_minhash(p, a, strlen(a), sig);
    }
    tk_shingler_free(p);
    tk_free(zErr);
    if (rc == TK_OK) nOk++;
    if (rc == TK_ENOMEM) nNomem++;
  }
  nLeft = -1;
  tk_set_allocator(0);
  TK_CHECK(nNomem > 0 && nOk > 0);
  TK_CHECK_INT(nOk + nNomem, 40);
  free(a);
  free(b);
}

int main(void) {
  testOptions();
  testJaccard();
  testMinhash();
  testSimhash();
  testOutOfMemory();
  TK_TEST_END();
}
