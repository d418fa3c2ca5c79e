/*
** records/gunzip.c -- gzip data (RFC 1952) inflated with zlib, for
** text_gunzip() on both faces: a corpus saved as page.html.gz or
** news.csv.gz is read without unpacking it first.
**
**   tk_gunzip_options o;  tk_gunzip_options_init(&o, nLimit);
**   rc = tk_gunzip_options_parse(&o, "max_bytes=1000000", 17, &zErr);
**   tk_buf out = {0};
**   rc = tk_gunzip(z, n, &o, pWork, &out, &zErr);
**
** Members follow one another as gunzip reads them ("cat a.gz b.gz");
** bytes after the last member that do not start another are ignored, as
** gunzip ignores them (tar's zero padding).  The output stops at
** max_bytes: a small file that inflates to gigabytes is refused, not
** held.  zlib inflates straight into the output buffer, reserved at the
** size the gzip trailer gives (up to 64 MB), and allocates its own state
** through the core's allocator.
*/
#include "records_internal.h"

#include <string.h>

#define TK_GUNZIP_KEYS "max_bytes, errors"
/* The room reserved when the data gives no size. */
#define TK_GUNZIP_CHUNK ((size_t)1 << 16)
/* The most a trailer's size is believed for the first reservation. */
#define TK_GUNZIP_HINT_MAX ((size_t)64 << 20)

/* The defaults: max_bytes=nLimit errors=raise. */
void tk_gunzip_options_init(tk_gunzip_options *p, size_t nLimit) {
  memset(p, 0, sizeof(*p));
  p->nMax = nLimit;
  p->nLimit = nLimit;
}

/* One key=value pair of the option string. */
static int setOption(void *pCtx, const char *zKey, size_t nKey,
                     const char *zVal, size_t nVal, char **pzErr) {
  tk_gunzip_options *p = pCtx;
  if (tk_option_is(zKey, nKey, "max_bytes")) {
    long v;
    long hi = p->nLimit > (size_t)0x7fffffffffffffffL ? 0x7fffffffffffffffL
                                                      : (long)p->nLimit;
    if (tk_option_int(zVal, nVal, 0, hi, &v) == TK_OK) {
      p->nMax = (size_t)v;
      return TK_OK;
    }
    *pzErr = tk_mprintf("bad value '%.*s' for max_bytes; valid: 0 to %ld",
                        (int)nVal, zVal, hi);
    return TK_EINVAL;
  }
  if (tk_option_is(zKey, nKey, "errors")) {
    if (tk_option_is(zVal, nVal, "raise") || tk_option_is(zVal, nVal, "null")) {
      p->bNullOnError = tk_option_is(zVal, nVal, "null");
      return TK_OK;
    }
    *pzErr = tk_mprintf("bad value '%.*s' for errors; valid: raise, null",
                        (int)nVal, zVal);
    return TK_EINVAL;
  }
  *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: " TK_GUNZIP_KEYS,
                      (int)nKey, zKey);
  return TK_EINVAL;
}

/* Parse "max_bytes=N errors=raise|null" into *p; TK_EINVAL with a message
** naming the valid keys or values. */
int tk_gunzip_options_parse(tk_gunzip_options *p, const char *z, size_t n,
                            char **pzErr) {
  return tk_options_parse(z, n, setOption, p, pzErr);
}

/* 1 when z[i..n) starts a gzip member (its two magic bytes). */
static int isMember(const unsigned char *z, size_t n, size_t i) {
  return i + 2 <= n && z[i] == 0x1f && z[i + 1] == 0x8b;
}

/* The size the last member of z[0..n) says it inflates to (its ISIZE
** trailer: exact for one member under 4 GB), as a first reservation:
** at most nMax and TK_GUNZIP_HINT_MAX, so a lying trailer costs little;
** TK_GUNZIP_CHUNK when there is none. */
static size_t sizeHint(const unsigned char *z, size_t n, size_t nMax) {
  size_t nHint = TK_GUNZIP_CHUNK;
  if (n >= 18) {
    nHint = (size_t)z[n - 4] | (size_t)z[n - 3] << 8 | (size_t)z[n - 2] << 16 |
            (size_t)z[n - 1] << 24;
  }
  if (nHint > TK_GUNZIP_HINT_MAX) nHint = TK_GUNZIP_HINT_MAX;
  return nHint < nMax ? nHint + 1 : nMax + 1;
}

/* Inflate every member of z[0..n) into pOut, at most nMax bytes more,
** into a first reservation of the size the trailer gives. */
static int inflateAll(z_stream *pZ, const unsigned char *z, size_t n,
                      size_t nMax, tk_work *pWork, tk_buf *pOut, char **pzErr) {
  size_t i = 0, nDone = 0; /* the input consumed, the output made */
  if (!tk_buf_reserve(pOut, sizeHint(z, n, nMax))) return TK_ENOMEM;
  while (1) {
    int rc = tk_records__inflate(pZ, z, n, &i, nMax, &nDone, pWork, pOut,
                                 "gzip data", pzErr);
    if (rc != TK_OK) return rc;
    if (!isMember(z, n, i)) return TK_OK; /* trailing bytes: ignored */
    if (inflateReset(pZ) != Z_OK) return TK_ENOMEM;
  }
}

/* gzip data z[0..n) inflated into *pOut (appended): TK_OK; TK_EINVAL with
** a message in *pzErr when it is not gzip data or is damaged or cut
** short; TK_ELIMIT (and a message) past pOpt->nMax bytes; TK_ENOMEM;
** TK_EINTERRUPT when pWork's callback says stop. */
int tk_gunzip(const char *z, size_t n, const tk_gunzip_options *pOpt,
              tk_work *pWork, tk_buf *pOut, char **pzErr) {
  const unsigned char *u = (const unsigned char *)z;
  if (!isMember(u, n, 0)) {
    *pzErr = tk_mprintf("not gzip data (it does not start with the bytes 1F "
                        "8B)");
    return TK_EINVAL;
  }
  z_stream zs;
  if (tk_records__inflate_init(&zs, 16 + MAX_WBITS) != TK_OK) return TK_ENOMEM;
  int rc = inflateAll(&zs, u, n, pOpt->nMax, pWork, pOut, pzErr);
  inflateEnd(&zs);
  return rc;
}

/* 1 when errors=null turns rc into a NULL (see textkit/records.h). */
int tk_gunzip_gives_null(const tk_gunzip_options *pOpt, int rc) {
  return pOpt->bNullOnError && (rc == TK_EINVAL || rc == TK_ELIMIT);
}
