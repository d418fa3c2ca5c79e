/*
** records/inflate.c -- one deflate stream inflated with zlib into a
** tk_buf, for text_gunzip() (gzip members, gunzip.c) and text_zip()
** (deflated zip members, zip.c).
**
**   z_stream zs;
**   if (tk_records__inflate_init(&zs, -MAX_WBITS) != TK_OK) ... ENOMEM ...
**   size_t i = 0, nDone = 0;
**   rc = tk_records__inflate(&zs, z, n, &i, nMax, &nDone, pWork, &out,
**                            "deflate data", &zErr);
**   inflateEnd(&zs);
**
** zlib inflates straight into the buffer's room, which grows when it is
** full, and allocates its own state through the core's allocator; the
** caller polls nothing: pWork is polled about every 1 MB of output.
*/
#include "records_internal.h"

#include <string.h>

/* The most input and output of one inflate call (between two polls). */
#define TK_INFLATE_STEP ((size_t)1 << 20)
/* The growth step of the output when its room is used up. */
#define TK_INFLATE_CHUNK ((size_t)1 << 16)

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

/* Set up *pZ for inflating with nWindowBits as inflateInit2 reads them
** (16 + MAX_WBITS for gzip, -MAX_WBITS for raw deflate): TK_OK or
** TK_ENOMEM. */
int tk_records__inflate_init(z_stream *pZ, int nWindowBits) {
  memset(pZ, 0, sizeof(*pZ));
  pZ->zalloc = zAlloc;
  pZ->zfree = zFree;
  return inflateInit2(pZ, nWindowBits) == Z_OK ? TK_OK : TK_ENOMEM;
}

/* Inflate the stream that starts at z[*pi] (of z[0..n)) to its end,
** appending to pOut (NULL: the output is counted, not kept); *pnDone
** counts the bytes made (across calls), which may not pass nMax.  TK_OK
** with *pi just past the stream; TK_ELIMIT past nMax; TK_EINVAL when the
** data is damaged or ends early (zWhat names it in the message);
** TK_ENOMEM; TK_EINTERRUPT. */
int tk_records__inflate(z_stream *pZ, const unsigned char *z, size_t n,
                        size_t *pi, size_t nMax, size_t *pnDone, tk_work *pWork,
                        tk_buf *pOut, const char *zWhat, char **pzErr) {
  size_t i = *pi;
  unsigned char aScratch[16384]; /* the output when it is only counted */
  while (1) {
    if (pOut && (pOut->cap == 0 || pOut->cap - pOut->n - 1 == 0) &&
        !tk_buf_reserve(pOut, TK_INFLATE_CHUNK)) {
      return TK_ENOMEM;
    }
    /* room for one byte past nMax, to tell "exactly nMax" from "more" */
    size_t nRoom = pOut ? pOut->cap - pOut->n - 1 : sizeof(aScratch);
    if (nRoom > nMax - *pnDone + 1) nRoom = nMax - *pnDone + 1;
    if (nRoom > TK_INFLATE_STEP) nRoom = TK_INFLATE_STEP;
    size_t nIn = n - i > TK_INFLATE_STEP ? TK_INFLATE_STEP : n - i;
    pZ->next_in = (Bytef *)(z + i);
    pZ->avail_in = (uInt)nIn;
    pZ->next_out = pOut ? (Bytef *)(pOut->z + pOut->n) : aScratch;
    pZ->avail_out = (uInt)nRoom;
    int zrc = inflate(pZ, Z_NO_FLUSH);
    size_t nUsed = nIn - pZ->avail_in, nGot = nRoom - pZ->avail_out;
    i += nUsed;
    *pi = i;
    *pnDone += nGot;
    if (pOut) {
      pOut->n += nGot;
      pOut->z[pOut->n] = 0;
    }
    if (*pnDone > nMax) {
      *pzErr = tk_mprintf("the data inflates to more than max_bytes=%zu", nMax);
      return TK_ELIMIT;
    }
    if (zrc == Z_MEM_ERROR) return TK_ENOMEM;
    if (zrc == Z_STREAM_END) return TK_OK;
    if (zrc == Z_BUF_ERROR && nUsed == 0 && nGot == 0) { /* no progress */
      *pzErr = tk_mprintf("the %s ends early (cut after %zu bytes)", zWhat, n);
      return TK_EINVAL;
    }
    if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
      *pzErr = tk_mprintf("damaged %s at byte %zu: %s", zWhat, i,
                          pZ->msg ? pZ->msg : "inflate failed");
      return TK_EINVAL;
    }
    int rc = tk_work_poll(pWork, TK_WORK_CELLS_PER_BYTE * (nGot + 1));
    if (rc != TK_OK) return rc;
  }
}
