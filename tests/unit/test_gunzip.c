/*
** test_gunzip.c -- tk_gunzip (ext/core/records/gunzip.c) against zlib's
** own gzip writer: random data of sizes around its reservation and step,
** several members, max_bytes at and past the size, output appended to a
** buffer, the cancel callback, options, and every allocation failure.
**
**   build/release/unit/test_gunzip
*/
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_alloc.h"

#include <stdlib.h>
#include <zlib.h>

/* z[0..n) as one gzip member (zlib's deflate with a gzip wrapper). */
static tk_buf gzipOf(const char *z, size_t n) {
  tk_buf b = {0};
  z_stream s;
  memset(&s, 0, sizeof(s));
  if (deflateInit2(&s, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return b;
  }
  size_t nOut = deflateBound(&s, (uLong)n) + 32;
  unsigned char *a = malloc(nOut);
  s.next_in = (Bytef *)z;
  s.avail_in = (uInt)n;
  s.next_out = a;
  s.avail_out = (uInt)nOut;
  if (deflate(&s, Z_FINISH) == Z_STREAM_END) {
    tk_buf_append(&b, (const char *)a, nOut - s.avail_out);
  }
  deflateEnd(&s);
  free(a);
  return b;
}

/* n bytes of text-like random data from seed. */
static char *randomText(size_t n, unsigned seed) {
  char *z = malloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    seed = seed * 1103515245 + 12345;
    z[i] = "etaoin shrdlu\ncmfwyp"[(seed >> 8) % 20];
  }
  return z;
}

/* Inflate g with default options (max_bytes nMax) into a new buffer. */
static int inflateAll(const tk_buf *g, size_t nMax, tk_buf *pOut) {
  tk_gunzip_options o;
  tk_gunzip_options_init(&o, nMax);
  char *zErr = 0;
  int rc = tk_gunzip(g->z, g->n, &o, 0, pOut, &zErr);
  tk_free(zErr);
  return rc;
}

/* Sizes around the 64 KB first reservation and the 1 MB step of one
** inflate call, and the empty text, come back whole. */
static void testRoundTrip(void) {
  static const size_t aSize[] = {0,     1,     100,    65535,  65536,
                                 65537, 70000, 131072, 1000003};
  int nBad = 0;
  for (size_t k = 0; k < sizeof(aSize) / sizeof(aSize[0]); k++) {
    char *z = randomText(aSize[k], (unsigned)k + 1);
    tk_buf g = gzipOf(z, aSize[k]), out = {0};
    if (inflateAll(&g, (size_t)1 << 30, &out) != TK_OK || out.n != aSize[k] ||
        (aSize[k] && memcmp(out.z, z, aSize[k]) != 0)) {
      nBad++;
    }
    free(z);
    tk_buf_free(&g);
    tk_buf_free(&out);
  }
  TK_CHECK_INT(nBad, 0);
}

/* Two members read as one text; bytes after them that start no member
** ignored; the output appended after what the buffer held. */
static void testMembers(void) {
  tk_buf a = gzipOf("Hello, ", 7), b = gzipOf("world", 5), ab = {0};
  tk_buf_append(&ab, a.z, a.n);
  tk_buf_append(&ab, b.z, b.n);
  tk_buf_append(&ab, "\0\0\0junk", 7);
  tk_buf out = {0};
  tk_buf_append(&out, ">", 1);
  TK_CHECK_INT(inflateAll(&ab, 100, &out), TK_OK);
  TK_CHECK_INT((int)out.n, 13);
  TK_CHECK(out.n == 13 && memcmp(out.z, ">Hello, world", 13) == 0);
  /* max_bytes counts the inflated bytes, not what the buffer held */
  tk_buf_reset(&out);
  tk_buf_append(&out, ">", 1);
  TK_CHECK_INT(inflateAll(&ab, 12, &out), TK_OK);
  tk_buf_reset(&out);
  TK_CHECK_INT(inflateAll(&ab, 11, &out), TK_ELIMIT);
  tk_buf_free(&a);
  tk_buf_free(&b);
  tk_buf_free(&ab);
  tk_buf_free(&out);
}

/* Not gzip, cut at every length, a damaged check value: TK_EINVAL. */
static void testDamaged(void) {
  char *z = randomText(5000, 7);
  tk_buf g = gzipOf(z, 5000), out = {0};
  int nBad = 0;
  for (size_t n = 0; n < g.n; n++) { /* every cut short of the whole */
    tk_buf cut = {0};
    tk_buf_append(&cut, g.z, n);
    tk_buf_reset(&out);
    if (inflateAll(&cut, 1 << 20, &out) != TK_EINVAL) nBad++;
    tk_buf_free(&cut);
  }
  TK_CHECK_INT(nBad, 0);
  g.z[g.n - 6] ^= 0x55; /* the CRC-32 */
  tk_buf_reset(&out);
  TK_CHECK_INT(inflateAll(&g, 1 << 20, &out), TK_EINVAL);
  tk_buf notGz = {0};
  tk_buf_append(&notGz, "plain text", 10);
  TK_CHECK_INT(inflateAll(&notGz, 1 << 20, &out), TK_EINVAL);
  free(z);
  tk_buf_free(&g);
  tk_buf_free(&notGz);
  tk_buf_free(&out);
}

/* A cancel callback that says stop on its second call. */
static int nCancelCalls = 0;
static int cancelSecond(void *pArg) {
  (void)pArg;
  return ++nCancelCalls >= 2;
}

/* A long inflation stops when the callback says so. */
static void testCancel(void) {
  char *z = randomText(4000000, 3);
  tk_buf g = gzipOf(z, 4000000), out = {0};
  tk_gunzip_options o;
  tk_gunzip_options_init(&o, (size_t)1 << 30);
  tk_work w = {0};
  w.xCancel = cancelSecond;
  char *zErr = 0;
  TK_CHECK_INT(tk_gunzip(g.z, g.n, &o, &w, &out, &zErr), TK_EINTERRUPT);
  TK_CHECK(nCancelCalls == 2 && out.n < 4000000);
  free(z);
  tk_buf_free(&g);
  tk_buf_free(&out);
}

/* Options: max_bytes within the limit, errors=raise|null, bad ones. */
static void testOptions(void) {
  tk_gunzip_options o;
  tk_gunzip_options_init(&o, 1000);
  char *zErr = 0;
  TK_CHECK_INT(
      tk_gunzip_options_parse(&o, "max_bytes=10 errors=null", 24, &zErr),
      TK_OK);
  TK_CHECK(o.nMax == 10 && o.bNullOnError == 1);
  TK_CHECK_INT(tk_gunzip_options_parse(&o, "max_bytes=1001", 14, &zErr),
               TK_EINVAL);
  TK_CHECK_STR(zErr, "bad value '1001' for max_bytes; valid: 0 to 1000");
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_gunzip_options_parse(&o, "level=1", 7, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown option 'level'; valid keys: max_bytes, errors");
  tk_free(zErr);
}

/* Every allocation failure is TK_ENOMEM and leaks nothing. */
static void testOom(void) {
  char *z = randomText(300000, 5);
  tk_buf g = gzipOf(z, 300000);
  tk_set_allocator(&tkCountingAllocator);
  tkAllocCalls = tkAllocLive = tkAllocFailAt = 0;
  tk_buf out = {0};
  TK_CHECK_INT(inflateAll(&g, 1 << 20, &out), TK_OK);
  tk_buf_free(&out);
  int nTotal = tkAllocCalls;
  TK_CHECK(nTotal >= 2); /* zlib's state (and window), the output */
  int nBadCode = 0, nLeaks = 0;
  for (int i = 1; i <= nTotal; i++) {
    tkAllocCalls = tkAllocLive = 0;
    tkAllocFailAt = i;
    tk_buf o2 = {0};
    int rc = inflateAll(&g, 1 << 20, &o2);
    if (rc == TK_OK && o2.oom) rc = TK_ENOMEM;
    if (rc != TK_ENOMEM) nBadCode++;
    tk_buf_free(&o2);
    if (tkAllocLive != 0) nLeaks++;
  }
  tkAllocFailAt = 0;
  tk_set_allocator(0);
  TK_CHECK_INT(nBadCode, 0);
  TK_CHECK_INT(nLeaks, 0);
  free(z);
  tk_buf_free(&g);
}

int main(void) {
  testRoundTrip();
  testMembers();
  testDamaged();
  testCancel();
  testOptions();
  testOom();
  TK_TEST_END();
}
