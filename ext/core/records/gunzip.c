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
#include "textkit.h"

#include <string.h>
#include <zlib.h>

#define TK_GUNZIP_KEYS "max_bytes, errors"
/* The most input and output of one inflate call (between two polls). */
#define TK_GUNZIP_STEP ((size_t)1 << 20)
/* The room reserved when the data gives no size, and the growth step. */
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

/* zlib's allocator: the core's. */
static voidpf zAlloc(voidpf pOpaque, uInt nItem, uInt nSize) {
  (void)pOpaque;
  return tk_malloc((size_t)nItem * nSize);
}

/* zlib's free: the core's. */
static void zFree(voidpf pOpaque, voidpf p) {
  (void)pOpaque;
  tk_free(p);
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

/* Inflate every member of z[0..n) into pOut, at most nMax bytes more:
** straight into the buffer's room, which grows when it is full. */
static int inflateAll(z_stream *pZ, const unsigned char *z, size_t n,
                      size_t nMax, tk_work *pWork, tk_buf *pOut, char **pzErr) {
  size_t i = 0, nDone = 0; /* the input consumed, the output made */
  if (!tk_buf_reserve(pOut, sizeHint(z, n, nMax))) return TK_ENOMEM;
  while (1) {
    if (pOut->cap - pOut->n - 1 == 0 &&
        !tk_buf_reserve(pOut, TK_GUNZIP_CHUNK)) {
      return TK_ENOMEM;
    }
    /* room for one byte past nMax, to tell "exactly nMax" from "more" */
    size_t nRoom = pOut->cap - pOut->n - 1;
    if (nRoom > nMax - nDone + 1) nRoom = nMax - nDone + 1;
    if (nRoom > TK_GUNZIP_STEP) nRoom = TK_GUNZIP_STEP;
    size_t nIn = n - i > TK_GUNZIP_STEP ? TK_GUNZIP_STEP : n - i;
    pZ->next_in = (Bytef *)(z + i);
    pZ->avail_in = (uInt)nIn;
    pZ->next_out = (Bytef *)(pOut->z + pOut->n);
    pZ->avail_out = (uInt)nRoom;
    int zrc = inflate(pZ, Z_NO_FLUSH);
    size_t nUsed = nIn - pZ->avail_in, nGot = nRoom - pZ->avail_out;
    i += nUsed;
    nDone += nGot;
    pOut->n += nGot;
    pOut->z[pOut->n] = 0;
    if (nDone > nMax) {
      *pzErr = tk_mprintf("the data inflates to more than max_bytes=%zu", nMax);
      return TK_ELIMIT;
    }
    if (zrc == Z_MEM_ERROR) return TK_ENOMEM;
    if (zrc == Z_STREAM_END) {
      if (!isMember(z, n, i)) return TK_OK; /* trailing bytes: ignored */
      if (inflateReset(pZ) != Z_OK) return TK_ENOMEM;
      continue;
    }
    if (zrc == Z_BUF_ERROR && nUsed == 0 && nGot == 0) { /* no progress */
      *pzErr = tk_mprintf("the gzip data ends early (cut after %zu bytes)", n);
      return TK_EINVAL;
    }
    if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
      *pzErr = tk_mprintf("damaged gzip data at byte %zu: %s", i,
                          pZ->msg ? pZ->msg : "inflate failed");
      return TK_EINVAL;
    }
    int rc = tk_work_poll(pWork, TK_WORK_CELLS_PER_BYTE * (nGot + 1));
    if (rc != TK_OK) return rc;
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
  memset(&zs, 0, sizeof(zs));
  zs.zalloc = zAlloc;
  zs.zfree = zFree;
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return TK_ENOMEM;
  int rc = inflateAll(&zs, u, n, pOpt->nMax, pWork, pOut, pzErr);
  inflateEnd(&zs);
  return rc;
}

/* 1 when errors=null turns rc into a NULL (see textkit/records.h). */
int tk_gunzip_gives_null(const tk_gunzip_options *pOpt, int rc) {
  return pOpt->bNullOnError && (rc == TK_EINVAL || rc == TK_ELIMIT);
}
