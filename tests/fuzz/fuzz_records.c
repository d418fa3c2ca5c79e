/*
** fuzz_records.c -- libFuzzer target for the records iterator
** (text_records' core): on any bytes and options, records are numbered
** 1, 2, 3... from lines that never go back and exist in the text; csv and
** tsv fields are valid UTF-8 JSON, an object of strings with distinct keys
** (header=1) or an array of strings (header=0); a jsonl record is a
** trimmed, non-empty line of the text; an error is NULL or words; and a
** second pass after tk_records_reset gives the same records.  An input
** whose first byte has its top bit set goes to tk_gunzip instead, behind
** a gzip header: only its documented codes, within max_bytes, the same
** bytes twice; with the next bit set, to tk_tar_next: members inside the
** input at increasing offsets, the same ones twice; with the third, to
** tk_zip_next and tk_zip_extract: members inside the input, extracted to
** their entry's size or a documented error, the same ones twice; with the
** fourth, to tk_email_next: messages at increasing offsets, valid UTF-8
** fields, the same ones twice.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* Index just past the JSON string literal at z[i] (a '"'), or 0 when it
** is not one: only the escapes tk_buf_json_string writes are allowed. */
static size_t skipString(const char *z, size_t n, size_t i) {
  if (i >= n || z[i] != '"') return 0;
  for (i++; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == '"') return i + 1;
    if (c < 0x20) return 0;
    if (c != '\\') continue;
    if (i + 1 >= n) return 0;
    if (z[i + 1] == '"' || z[i + 1] == '\\') {
      i++;
    } else if (z[i + 1] == 'u' && i + 5 < n) {
      i += 5;
    } else {
      return 0;
    }
  }
  return 0;
}

/* 1 when keys z[a0..a1) and z[b0..b1) are the same bytes. */
static int sameKey(const char *z, size_t a0, size_t a1, size_t b0, size_t b1) {
  return a1 - a0 == b1 - b0 && memcmp(z + a0, z + b0, a1 - a0) == 0;
}

/* Check fields z[0..n): an object of strings with distinct keys (bObject)
** or an array of strings, valid UTF-8. */
static void checkFields(const char *z, size_t n, int bObject) {
  if (!tk_utf8_is_valid(z, n) || n < 2) __builtin_trap();
  if (z[0] != (bObject ? '{' : '[') || z[n - 1] != (bObject ? '}' : ']'))
    __builtin_trap();
  size_t aKey[64][2];
  size_t nKey = 0, i = 1;
  while (i < n - 1) {
    if (i > 1 && z[i++] != ',') __builtin_trap();
    if (bObject) {
      size_t iEnd = skipString(z, n, i);
      if (!iEnd || iEnd >= n || z[iEnd] != ':') __builtin_trap();
      for (size_t k = 0; k < nKey && k < 64; k++) {
        if (sameKey(z, aKey[k][0], aKey[k][1], i, iEnd)) __builtin_trap();
      }
      if (nKey < 64) {
        aKey[nKey][0] = i;
        aKey[nKey][1] = iEnd;
      }
      nKey++;
      i = iEnd + 1;
    }
    i = skipString(z, n, i);
    if (!i || i > n - 1) __builtin_trap();
  }
}

/* Check a jsonl record: a trimmed, non-empty line inside z[0..n). */
static void checkLine(const char *z, size_t n, const tk_record *r) {
  if (r->nFields == 0 || r->zFields < z || r->zFields + r->nFields > z + n ||
      memchr(r->zFields, '\n', r->nFields)) {
    __builtin_trap();
  }
  if (memchr(" \t\r", r->zFields[0], 3) ||
      memchr(" \t\r", r->zFields[r->nFields - 1], 3)) {
    __builtin_trap();
  }
}

/* Read every record of z[0..n) with p, checking each; returns a checksum
** of the records for the second pass. */
static uint64_t readAll(tk_records *p, const tk_records_options *o,
                        const char *z, size_t n) {
  int64_t nLine = 1;
  for (size_t i = 0; i < n; i++)
    nLine += z[i] == '\n';
  tk_record r;
  int64_t iPrevLine = 1, iRecord = 0;
  uint64_t h = 1469598103934665603ULL;
  int rc;
  while ((rc = tk_records_next(p, &r)) == 1) {
    if (r.iRecord != ++iRecord || r.iLine < iPrevLine || r.iLine > nLine ||
        (r.zError && !r.zError[0])) {
      __builtin_trap();
    }
    iPrevLine = r.iLine;
    if (o->eFormat == TK_RECORDS_JSONL) {
      checkLine(z, n, &r);
    } else {
      checkFields(r.zFields, r.nFields, o->bHeader);
    }
    for (size_t i = 0; i < r.nFields; i++)
      h = (h ^ (unsigned char)r.zFields[i]) * 1099511628211ULL;
    h = (h ^ (uint64_t)r.iLine) * 1099511628211ULL;
  }
  if (rc != 0) __builtin_trap(); /* no allocation fails here */
  return h ^ (uint64_t)iRecord;
}

/* One fuzz input: byte 0 picks the format, header and separator; the rest
** is the text. */
/* tk_gunzip on a gzip header (flags from the input's first byte) and the
** rest of the input as compressed data: only its documented codes, never
** past max_bytes, and the same bytes on a second call. */
static void gunzipCheck(const uint8_t *aData, size_t nData) {
  tk_buf in = {0}, a = {0}, b = {0};
  const char aHead[10] = {0x1f, (char)0x8b, 8, (char)(aData[0] & 0x1e), 0, 0, 0,
                          0,    0,          3};
  tk_buf_append(&in, aHead, sizeof(aHead));
  tk_buf_append(&in, (const char *)aData + 1, nData - 1);
  tk_gunzip_options o;
  tk_gunzip_options_init(&o, 1 << 20);
  char *zErr = 0;
  int rc = tk_gunzip(in.z, in.n, &o, 0, &a, &zErr);
  tk_free(zErr);
  zErr = 0;
  if (rc != TK_OK && rc != TK_EINVAL && rc != TK_ELIMIT) __builtin_trap();
  if (a.n > o.nMax) __builtin_trap();
  if (tk_gunzip(in.z, in.n, &o, 0, &b, &zErr) != rc || a.n != b.n ||
      (a.n && memcmp(a.z, b.z, a.n) != 0)) {
    __builtin_trap();
  }
  tk_free(zErr);
  tk_buf_free(&in);
  tk_buf_free(&a);
  tk_buf_free(&b);
}

/* tk_tar_next over the input as an archive: members inside it, headers
** at increasing offsets, and the same members on a second pass. */
static void tarCheck(const uint8_t *aData, size_t nData) {
  const char *z = (const char *)aData;
  for (int pass = 0; pass < 2; pass++) {
    size_t i = 0, iLast = 0;
    uint64_t h = 0;
    tk_tar_member m;
    int rc, nMember = 0;
    while ((rc = tk_tar_next(z, nData, &i, &m)) == 1) {
      if (m.zData < z || m.zData + m.nData > z + nData || i > nData ||
          (nMember && m.iOffset <= iLast)) {
        __builtin_trap();
      }
      iLast = m.iOffset;
      h = h * 31 + m.nData + m.nName;
      nMember++;
    }
    if (rc != 0 && rc != TK_EINVAL) __builtin_trap();
    static uint64_t hFirst;
    if (pass == 0) hFirst = h;
    if (pass == 1 && h != hFirst) __builtin_trap();
  }
}

/* tk_zip_next and tk_zip_extract over the input as an archive: packed
** bytes inside it, each member its entry's size or a documented error,
** and the same members and bytes on a second pass. */
static void zipCheck(const uint8_t *aData, size_t nData) {
  const char *z = (const char *)aData;
  static uint64_t hFirst;
  for (int pass = 0; pass < 2; pass++) {
    tk_zip zip;
    tk_zip_member m;
    uint64_t h = 0;
    int rc;
    tk_zip_open(&zip, z, nData);
    while ((rc = tk_zip_next(&zip, &m)) == 1) {
      if (m.zPacked < z || m.nPacked > nData ||
          m.zPacked + m.nPacked > z + nData || m.zName < z ||
          m.zName + m.nName > z + nData) {
        __builtin_trap();
      }
      tk_buf out = {0}, name = {0};
      char *zErr = 0;
      int rcX = tk_zip_extract(&m, 1 << 20, 0, &out, &zErr);
      if (rcX != TK_OK && rcX != TK_EINVAL && rcX != TK_ELIMIT)
        __builtin_trap();
      if (rcX == TK_OK && out.n != m.nSize) __builtin_trap();
      if (rcX != TK_OK && !zErr) __builtin_trap();
      tk_zip_name(&m, &name);
      if (!tk_utf8_is_valid(name.z ? name.z : "", name.n)) __builtin_trap();
      for (size_t k = 0; k < out.n; k++)
        h = h * 31 + (unsigned char)out.z[k];
      h = h * 31 + (uint64_t)rcX + name.n;
      tk_free(zErr);
      tk_buf_free(&out);
      tk_buf_free(&name);
    }
    if (rc != 0 && rc != TK_EINVAL) __builtin_trap();
    if (pass == 0) hFirst = h;
    if (pass == 1 && h != hFirst) __builtin_trap();
  }
}

/* tk_email_next over the input: messages at increasing offsets, every
** field valid UTF-8, and the same fields on a second pass. */
static void emailCheck(const uint8_t *aData, size_t nData) {
  const char *z = (const char *)aData;
  static uint64_t hFirst;
  for (int pass = 0; pass < 2; pass++) {
    tk_email e;
    memset(&e, 0, sizeof(e));
    size_t i = 0, iLast = 0;
    uint64_t h = 0;
    int rc;
    while ((rc = tk_email_next(z, nData, &i, &e)) == 1) {
      if (i <= iLast || i > nData) __builtin_trap();
      iLast = i;
      const tk_buf *ab[] = {&e.subject, &e.sender, &e.recipients, &e.date,
                            &e.text};
      for (int k = 0; k < 5; k++) {
        if (!tk_utf8_is_valid(ab[k]->z ? ab[k]->z : "", ab[k]->n)) {
          __builtin_trap();
        }
        h = h * 31 + ab[k]->n;
      }
    }
    if (rc != 0) __builtin_trap();
    tk_email_free(&e);
    if (pass == 0) hFirst = h;
    if (pass == 1 && h != hFirst) __builtin_trap();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  if (aData[0] & 0x80) {
    gunzipCheck(aData, nData);
    return 0;
  }
  if (aData[0] & 0x40) {
    tarCheck(aData + 1, nData - 1);
    return 0;
  }
  if (aData[0] & 0x20) {
    zipCheck(aData + 1, nData - 1);
    return 0;
  }
  if (aData[0] & 0x10) {
    emailCheck(aData + 1, nData - 1);
    return 0;
  }
  static const char aSep[] = {TK_RECORDS_SEP_AUTO, ',', ';', '|', '\t'};
  tk_records_options o;
  tk_records_options_init(&o);
  o.eFormat = aData[0] % 3;
  o.bHeader = (aData[0] / 3) % 2;
  o.cSep = o.eFormat == TK_RECORDS_CSV ? aSep[(aData[0] / 6) % 5] : 0;
  const char *z = (const char *)aData + 1;
  size_t n = nData - 1;
  tk_records *p;
  if (tk_records_new(&o, &p) != TK_OK) return 0;
  tk_records_reset(p, z, n);
  uint64_t h = readAll(p, &o, z, n);
  tk_records_reset(p, z, n);
  if (readAll(p, &o, z, n) != h) __builtin_trap();
  tk_records_free(p);
  return 0;
}
