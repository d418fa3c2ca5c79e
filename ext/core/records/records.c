/*
** records/records.c -- the iterator over the records of a CSV, TSV or
** JSON-lines text: each call reads one record and writes its fields as
** JSON (csv, tsv) or points at its line (jsonl).  CSV follows RFC 4180,
** leniently like Python's csv module; TSV has no quoting; see
** docs/records.md for every rule.
**
**   tk_records *p;  tk_records_new(&opt, &p);  tk_records_reset(p, z, n);
**   while (tk_records_next(p, &r) == 1) ... r.zFields, r.zError ...
*/
#include "records_internal.h"

#include <stdio.h>
#include <string.h>

/* The largest piece of one field escaped between two polls of the work. */
#define RECORDS_CHUNK ((size_t)1 << 20)

struct tk_records {
  tk_records_options opt;
  const char *z; /* the text */
  size_t n;
  size_t i;                 /* where the next record is looked for */
  int64_t iLine;            /* the 1-based line of z[i] */
  int64_t iRecord;          /* data records returned so far */
  char cSep;                /* the separator in use (csv, tsv) */
  int bStarted;             /* the separator is chosen and the header read */
  int bDone;                /* no more records (the end, or an error) */
  unsigned char aStop[256]; /* 1 for the bytes that end an unquoted field */
  tk_records__header header;
  tk_buf out;   /* the current record's fields as JSON */
  tk_buf field; /* one header field as written */
  char zError[96];
  tk_work *pWork;
};

/* A new iterator over no text. */
int tk_records_new(const tk_records_options *pOpt, tk_records **ppOut) {
  tk_records *p = tk_malloc(sizeof(*p));
  *ppOut = p;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  if (pOpt) {
    p->opt = *pOpt;
  } else {
    tk_records_options_init(&p->opt);
  }
  p->bDone = 1;
  return TK_OK;
}

/* Start over on z[0..n), after its byte order mark if it has one. */
void tk_records_reset(tk_records *p, const char *z, size_t n) {
  p->z = z;
  p->n = n;
  p->i = n >= 3 && memcmp(z, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  p->iLine = 1;
  p->iRecord = 0;
  p->bStarted = 0;
  p->bDone = 0;
  tk_records__header_reset(&p->header);
}

/* Poll pWork from now on. */
void tk_records_set_work(tk_records *p, tk_work *pWork) {
  p->pWork = pWork;
}

/* Free the iterator. */
void tk_records_free(tk_records *p) {
  if (!p) return;
  tk_records__header_free(&p->header);
  tk_buf_free(&p->out);
  tk_buf_free(&p->field);
  tk_free(p);
}

/* Step over the line end at z[i] (LF, CRLF or a lone CR), counting the
** line; nothing when z[i] is not a line end. */
static void skipLineEnd(tk_records *p) {
  if (p->i < p->n && p->z[p->i] == '\r') p->i++;
  if (p->i < p->n && p->z[p->i] == '\n') {
    p->i++;
    p->iLine++;
  }
}

/* Step over empty lines; TK_EINTERRUPT when the work says stop. */
static int skipEmptyLines(tk_records *p) {
  while (p->i < p->n && (p->z[p->i] == '\r' || p->z[p->i] == '\n')) {
    skipLineEnd(p);
    if (tk_work_poll(p->pWork, 1)) return TK_EINTERRUPT;
  }
  return TK_OK;
}

/* Where to cut z[0..n) at most nMax bytes in: at the start of a
** character, so no character is split between two pieces. */
static size_t cutAt(const char *z, size_t n, size_t nMax) {
  if (n <= nMax) return n;
  size_t k = nMax;
  while (k > nMax - 3 && ((unsigned char)z[k] & 0xC0) == 0x80)
    k--;
  return ((unsigned char)z[k] & 0xC0) == 0x80 ? nMax : k;
}

/* Append z[0..n) to the current field: JSON-escaped into out for a data
** record, as it is into field for the header; in pieces, polling the work
** between them. */
static int emit(tk_records *p, int bHeader, const char *z, size_t n) {
  while (n > 0) {
    size_t k = cutAt(z, n, RECORDS_CHUNK);
    if (bHeader) {
      tk_buf_append(&p->field, z, k);
    } else {
      tk_buf_json_chars(&p->out, z, k);
    }
    if (tk_work_poll(p->pWork, k)) return TK_EINTERRUPT;
    z += k;
    n -= k;
  }
  return TK_OK;
}

/* The number of LF bytes in z[0..n). */
static int64_t countLines(const char *z, size_t n) {
  int64_t nLf = 0;
  const char *zEnd = z + n;
  while (z < zEnd && (z = memchr(z, '\n', (size_t)(zEnd - z))) != 0) {
    nLf++;
    z++;
  }
  return nLf;
}

/* Read the inside of the quoted field that starts after the quote at
** z[i-1]: "" is one quote; *pbOpen is set when no quote closes it (the
** field then runs to the end of the text). */
static int readQuoted(tk_records *p, int bHeader, int *pbOpen) {
  for (;;) {
    const char *zAt = p->z + p->i;
    const char *zQuote = memchr(zAt, '"', p->n - p->i);
    size_t nPiece = zQuote ? (size_t)(zQuote - zAt) : p->n - p->i;
    p->iLine += countLines(zAt, nPiece);
    int rc = emit(p, bHeader, zAt, nPiece);
    if (rc != TK_OK) return rc;
    p->i += nPiece;
    if (!zQuote) {
      *pbOpen = 1;
      return TK_OK;
    }
    p->i++; /* the quote */
    if (p->i >= p->n || p->z[p->i] != '"') return TK_OK;
    rc = emit(p, bHeader, "\"", 1);
    if (rc != TK_OK) return rc;
    p->i++;
  }
}

/* Read one field at z[i]: quoted (csv) or up to the next separator or
** line end.  After a closing quote, the text up to the separator is part
** of the field. */
static int readField(tk_records *p, int bHeader, int *pbOpen) {
  if (p->opt.eFormat == TK_RECORDS_CSV && p->i < p->n && p->z[p->i] == '"') {
    p->i++;
    int rc = readQuoted(p, bHeader, pbOpen);
    if (rc != TK_OK) return rc;
  }
  size_t j = p->i;
  while (j < p->n && !p->aStop[(unsigned char)p->z[j]])
    j++;
  int rc = emit(p, bHeader, p->z + p->i, j - p->i);
  p->i = j;
  return rc;
}

/* Start the value of field k of a data record: the comma, the key (header)
** and the opening quote. */
static void openValue(tk_records *p, size_t k) {
  if (k > 0) tk_buf_putc(&p->out, ',');
  if (p->opt.bHeader) tk_records__header_key(&p->header, k, &p->out);
  tk_buf_putc(&p->out, '"');
}

/* Read the record at z[i] (not a line end) up to and past its line end:
** the header's names, or a data record's fields into out.  *pnField gets
** its field count and *pbOpen is set when a quote is never closed. */
static int readRecord(tk_records *p, int bHeader, size_t *pnField,
                      int *pbOpen) {
  size_t k = 0;
  for (;; k++) {
    if (bHeader) {
      tk_buf_reset(&p->field);
    } else {
      openValue(p, k);
    }
    int rc = readField(p, bHeader, pbOpen);
    if (rc != TK_OK) return rc;
    if (bHeader) {
      if (p->field.oom) return TK_ENOMEM;
      rc = tk_records__header_add(&p->header, p->field.z ? p->field.z : "",
                                  p->field.n);
      if (rc != TK_OK) return rc;
    } else {
      tk_buf_putc(&p->out, '"');
    }
    if (p->i >= p->n || p->z[p->i] != p->cSep) break;
    p->i++;
  }
  *pnField = k + 1;
  skipLineEnd(p);
  return TK_OK;
}

/* The index just past the quoted field whose opening quote is z[i]
** ("" inside it is one quote), or n when no quote closes it. */
static size_t skipQuoted(const char *z, size_t n, size_t i) {
  for (i++; i < n; i++) {
    const char *zQuote = memchr(z + i, '"', n - i);
    if (!zQuote) return n;
    i = (size_t)(zQuote - z) + 1;
    if (i >= n || z[i] != '"') return i;
  }
  return n;
}

/* sep=auto: of , ; TAB |, the one the record at z[i] holds most often
** outside quotes; ',' for a tie or none.  A quote opens a quoted field at
** the start of the record or after any of the four. */
static char chooseSep(const tk_records *p) {
  static const char zSeps[] = ",;\t|";
  size_t aCount[4] = {0, 0, 0, 0};
  int bFieldStart = 1;
  size_t i = p->i;
  while (i < p->n && p->z[i] != '\n' && p->z[i] != '\r') {
    if (bFieldStart && p->z[i] == '"') {
      i = skipQuoted(p->z, p->n, i);
      bFieldStart = 0;
      continue;
    }
    const char *zSep = p->z[i] ? strchr(zSeps, p->z[i]) : 0;
    if (zSep) aCount[zSep - zSeps]++;
    bFieldStart = zSep != 0;
    i++;
  }
  int iBest = 0, bTie = 0;
  for (int k = 1; k < 4; k++) {
    if (aCount[k] > aCount[iBest]) {
      iBest = k;
      bTie = 0;
    } else if (aCount[k] == aCount[iBest]) {
      bTie = 1;
    }
  }
  return bTie || aCount[iBest] == 0 ? ',' : zSeps[iBest];
}

/* Before the first record: choose the separator, fill the stop table and
** read the header when there is one. */
static int startText(tk_records *p) {
  p->bStarted = 1;
  int rc = skipEmptyLines(p);
  if (rc != TK_OK) return rc;
  if (p->opt.eFormat == TK_RECORDS_TSV) {
    p->cSep = '\t';
  } else {
    p->cSep = p->opt.cSep ? p->opt.cSep : chooseSep(p);
  }
  memset(p->aStop, 0, sizeof(p->aStop));
  p->aStop[(unsigned char)p->cSep] = 1;
  p->aStop['\r'] = p->aStop['\n'] = 1;
  if (!p->opt.bHeader || p->i >= p->n) return TK_OK;
  size_t nField;
  int bOpen = 0;
  return readRecord(p, 1, &nField, &bOpen);
}

/* Say what is wrong with a data record of nField fields into zError:
** nothing (""), an unterminated quote, a field count unlike the header's,
** or both. */
static void describeErrors(tk_records *p, size_t nField, int bOpen) {
  size_t nHead = p->header.nName, nUsed = 0;
  p->zError[0] = 0;
  if (bOpen) {
    nUsed = (size_t)snprintf(p->zError, sizeof(p->zError),
                             "unterminated quoted field");
  }
  if (p->opt.bHeader && nField != nHead) {
    snprintf(p->zError + nUsed, sizeof(p->zError) - nUsed,
             "%s%zu field%s, the header has %zu", nUsed ? "; " : "", nField,
             nField == 1 ? "" : "s", nHead);
  }
}

/* The next csv or tsv record into *pOut. */
static int nextDelimited(tk_records *p, tk_record *pOut) {
  int rc = p->bStarted ? TK_OK : startText(p);
  if (rc == TK_OK) rc = skipEmptyLines(p);
  if (rc != TK_OK) return rc;
  if (p->i >= p->n) return 0;
  pOut->iLine = p->iLine;
  tk_buf_reset(&p->out);
  tk_buf_putc(&p->out, p->opt.bHeader ? '{' : '[');
  size_t nField;
  int bOpen = 0;
  rc = readRecord(p, 0, &nField, &bOpen);
  if (rc != TK_OK) return rc;
  tk_buf_putc(&p->out, p->opt.bHeader ? '}' : ']');
  if (p->out.oom) return TK_ENOMEM;
  describeErrors(p, nField, bOpen);
  pOut->zFields = p->out.z;
  pOut->nFields = p->out.n;
  pOut->zError = p->zError[0] ? p->zError : 0;
  return 1;
}

/* 1 for the bytes a JSON line is trimmed of. */
static int isLineSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* The next non-blank line of a jsonl text into *pOut (lines end at LF). */
static int nextJsonLine(tk_records *p, tk_record *pOut) {
  while (p->i < p->n) {
    const char *zAt = p->z + p->i;
    const char *zLf = memchr(zAt, '\n', p->n - p->i);
    size_t nLine = zLf ? (size_t)(zLf - zAt) : p->n - p->i;
    pOut->iLine = p->iLine;
    p->i += nLine + (zLf != 0);
    p->iLine += zLf != 0;
    if (tk_work_poll(p->pWork, nLine + 1)) return TK_EINTERRUPT;
    while (nLine > 0 && isLineSpace(zAt[0])) {
      zAt++;
      nLine--;
    }
    while (nLine > 0 && isLineSpace(zAt[nLine - 1]))
      nLine--;
    if (nLine == 0) continue;
    pOut->zFields = zAt;
    pOut->nFields = nLine;
    pOut->zError = 0;
    return 1;
  }
  return 0;
}

/* The next record (see textkit/records.h). */
int tk_records_next(tk_records *p, tk_record *pOut) {
  if (p->bDone) return 0;
  int rc = p->opt.eFormat == TK_RECORDS_JSONL ? nextJsonLine(p, pOut)
                                              : nextDelimited(p, pOut);
  if (rc != 1) {
    p->bDone = 1;
    return rc;
  }
  pOut->iRecord = ++p->iRecord;
  return 1;
}
