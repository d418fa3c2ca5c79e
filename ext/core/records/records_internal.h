/*
** records_internal.h -- what the files of ext/core/records share: the
** header's field names as JSON keys (header.c) for the iterator
** (records.c).
**
**   tk_records__header h = {0};
**   tk_records__header_add(&h, zRaw, nRaw);   // each header field in turn
**   tk_records__header_key(&h, k, &out);      // "name": of field k (0-based)
**   tk_records__header_free(&h);
**
** and one deflate stream inflated into a buffer (inflate.c) for gzip data
** (gunzip.c) and zip members (zip.c).
*/
#ifndef TEXTKIT_RECORDS_INTERNAL_H
#define TEXTKIT_RECORDS_INTERNAL_H

#include "textkit.h"

#include <zlib.h>

/* One field name: its text in names (valid UTF-8), its key "name": in
** keys, and the next suffix to try when a later name repeats it. */
typedef struct tk_records__name {
  size_t iName, nName;
  size_t iKey, nKey;
  uint64_t nNextSuffix;
} tk_records__name;

/* The header: its names in order and a hash set of them (open addressing,
** aSlot[k] is 1 + an index into aName, 0 for an empty slot). */
typedef struct tk_records__header {
  tk_records__name *aName;
  size_t nName, nAlloc;
  tk_buf names; /* the names' text, one after another */
  tk_buf keys;  /* the names as JSON keys, "name": one after another */
  tk_buf scratch;
  size_t *aSlot;
  size_t nSlot; /* a power of two, at least twice nName */
} tk_records__header;

/* Add the next header field, written z[0..n): trimmed of spaces and tabs,
** invalid bytes as U+FFFD; an empty one becomes column<k> (k 1-based) and
** a repeated one <name>_2, _3...  TK_OK or TK_ENOMEM. */
int tk_records__header_add(tk_records__header *p, const char *z, size_t n);
/* Append the key of field k (0-based) to pOut: the header's name for a
** field it has, else column<k+1> (with a suffix when the header has that
** name already). */
void tk_records__header_key(const tk_records__header *p, size_t k,
                            tk_buf *pOut);
/* Forget the names, keeping the memory. */
void tk_records__header_reset(tk_records__header *p);
/* Free everything. */
void tk_records__header_free(tk_records__header *p);

/* Set up *pZ for inflating with nWindowBits as inflateInit2 reads them
** (16 + MAX_WBITS for gzip, -MAX_WBITS for raw deflate), allocating
** through the core: TK_OK or TK_ENOMEM.  inflateEnd frees it. */
int tk_records__inflate_init(z_stream *pZ, int nWindowBits);
/* Inflate the stream that starts at z[*pi] (of z[0..n)) to its end,
** appending to pOut (NULL: counted, not kept); *pnDone counts the bytes
** made (across calls), which
** may not pass nMax.  TK_OK with *pi just past the stream; TK_ELIMIT past
** nMax; TK_EINVAL when the data is damaged or ends early (zWhat, "gzip
** data", names it in *pzErr); TK_ENOMEM; TK_EINTERRUPT when pWork's
** callback (polled about every 1 MB of output) says stop. */
int tk_records__inflate(z_stream *pZ, const unsigned char *z, size_t n,
                        size_t *pi, size_t nMax, size_t *pnDone, tk_work *pWork,
                        tk_buf *pOut, const char *zWhat, char **pzErr);

#endif /* TEXTKIT_RECORDS_INTERNAL_H */
