/*
** records/email.c -- e-mail messages (RFC 5322 headers, MIME bodies:
** RFC 2045-2047), one at a time from one message or from an mbox file,
** for text_email() on both faces: a corpus of mail (an .eml per message,
** an .mbox, or a maildir like the Enron corpus) is read as its subjects,
** senders, dates and body text, not as headers and base64.
**
**   tk_email e = {0};  size_t i = 0;
**   while ((rc = tk_email_next(z, n, &i, &e)) == 1) {
**     ... e.subject, e.sender, e.recipients, e.date, e.text (tk_buf, UTF-8),
**         e.bHtml (text is HTML: the message had no text/plain part) ...
**   }
**   tk_email_free(&e);
**
** An input that starts with "From " is an mbox: a message starts at each
** line "From " after a blank line (or at the start).  Else the input is
** one message.  Headers are unfolded; encoded words (=?charset?B|Q?...?=)
** are decoded.  The text is every text/plain part that is not an
** attachment, joined by blank lines (one alternative of an alternative),
** else the first text/html part, searched depth first through multipart
** parts and the messages inside (message/rfc822, the parts of a
** multipart/digest), at most 16 levels; each part's transfer encoding (base64,
** quoted-printable) is undone and its charset read with tk_decode (auto
** when it names none, or one ICU does not know).  Parsing never fails:
** what is missing is empty.
*/
#include "records_internal.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EMAIL_MAX_DEPTH 16
#define EMAIL_NAME_MAX 64   /* the longest charset or type read */
#define EMAIL_WORD_MAX 1024 /* the longest encoded word read (RFC: 75) */

/* A (pointer, length) view into the input. */
typedef struct Span {
  const char *z;
  size_t n;
} Span;

/* The end of the line at z[i] (index of '\n', or n). */
static size_t lineEnd(const char *z, size_t n, size_t i) {
  const char *e = memchr(z + i, '\n', n - i);
  return e ? (size_t)(e - z) : n;
}

/* The length of line z[i..e) without a trailing '\r'. */
static size_t lineLen(const char *z, size_t i, size_t e) {
  return e > i && z[e - 1] == '\r' ? e - i - 1 : e - i;
}

/* Split entity z[0..n) into its header block and body at the first empty
** line (the whole input is headers when there is none). */
static void splitEntity(Span e, Span *pHead, Span *pBody) {
  size_t i = 0;
  while (i < e.n) {
    size_t end = lineEnd(e.z, e.n, i);
    if (lineLen(e.z, i, end) == 0) {
      pHead->z = e.z, pHead->n = i;
      size_t b = end < e.n ? end + 1 : e.n;
      pBody->z = e.z + b, pBody->n = e.n - b;
      return;
    }
    i = end + 1;
  }
  *pHead = e;
  pBody->z = e.z + e.n, pBody->n = 0;
}

/* Append the unfolded value of header zName (lower case, without ':') of
** the header block h to pOut (raw bytes); 1 when it is there. */
static int headerValue(Span h, const char *zName, tk_buf *pOut) {
  size_t nName = strlen(zName);
  for (size_t i = 0; i < h.n;) {
    size_t end = lineEnd(h.z, h.n, i);
    if (end - i > nName && h.z[i + nName] == ':' &&
        strncasecmp(h.z + i, zName, nName) == 0) {
      size_t v = i + nName + 1;
      for (;;) { /* this line, then its continuation lines */
        while (v < end && (h.z[v] == ' ' || h.z[v] == '\t'))
          v++;
        if (pOut->n > 0 && v < end) tk_buf_putc(pOut, ' ');
        tk_buf_append(pOut, h.z + v, lineLen(h.z, v, end));
        if (end + 1 >= h.n || (h.z[end + 1] != ' ' && h.z[end + 1] != '\t'))
          break;
        v = end + 1;
        end = lineEnd(h.z, h.n, v);
      }
      return 1;
    }
    i = end + 1;
  }
  return 0;
}

/* Append quoted-printable z[0..n) decoded to pOut: =XX is a byte, '='
** at a line end joins the lines; bHeader: '_' is a space (encoded
** words); anything else stays as it is. */
static void decodeQp(const char *z, size_t n, int bHeader, tk_buf *pOut) {
  for (size_t i = 0; i < n; i++) {
    if (z[i] == '_' && bHeader) {
      tk_buf_putc(pOut, ' ');
      continue;
    }
    if (z[i] == '=') {
      int hi = i + 1 < n ? tk_hex_digit(z[i + 1]) : -1;
      int lo = i + 2 < n ? tk_hex_digit(z[i + 2]) : -1;
      if (hi >= 0 && lo >= 0) {
        tk_buf_putc(pOut, (char)(hi * 16 + lo));
        i += 2;
        continue;
      }
      if (i + 1 < n && z[i + 1] == '\n') { /* soft line break */
        i += 1;
        continue;
      }
      if (i + 2 < n && z[i + 1] == '\r' && z[i + 2] == '\n') {
        i += 2;
        continue;
      }
    }
    tk_buf_putc(pOut, z[i]);
  }
}

/* Append base64 z[0..n) decoded to pOut (other characters skipped, '='
** ends it). */
static void decodeBase64(const char *z, size_t n, tk_buf *pOut) {
  uint32_t acc = 0;
  int nBits = 0;
  for (size_t i = 0; i < n && z[i] != '='; i++) {
    char c = z[i];
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (v < 0) continue;
    acc = (acc << 6) | (uint32_t)v;
    nBits += 6;
    if (nBits >= 8) {
      nBits -= 8;
      tk_buf_putc(pOut, (char)((acc >> nBits) & 0xff));
    }
  }
}

/* Append bytes z[0..n) written in charset zCharset (NUL-terminated, may
** be empty) to pOut as UTF-8: auto when it names none, us-ascii, or one
** ICU does not know.  Out of memory sets *pbOom. */
static void appendDecoded(const char *z, size_t n, const char *zCharset,
                          tk_buf *pOut, int *pbOom) {
  char *zErr = 0;
  size_t n0 = pOut->n;
  int bAuto = !zCharset[0] || strcasecmp(zCharset, "us-ascii") == 0;
  int rc = bAuto ? TK_EINVAL
                 : tk_decode(z, n, zCharset, strlen(zCharset), 0, pOut, &zErr);
  tk_free(zErr);
  zErr = 0;
  if (rc == TK_EINVAL) { /* an unknown name: its partial output dropped */
    pOut->n = n0;
    rc = tk_decode(z, n, "auto", 4, 0, pOut, &zErr);
    tk_free(zErr);
  }
  if (rc == TK_ENOMEM || pOut->oom) *pbOom = 1;
}

/* Append header value v (raw) to pOut as UTF-8, its encoded words
** (=?charset?B?...?= or ?Q?) decoded and the space between two of them
** dropped. */
static void decodeHeader(const char *z, size_t n, tk_buf *pOut, int *pbOom) {
  tk_buf raw = {0};
  size_t i = 0, iPlain = 0; /* where plain text since the last word starts */
  int bAfterWord = 0;
  while (i + 1 < n) {
    if (z[i] != '=' || z[i + 1] != '?') {
      i++;
      continue;
    }
    /* =?charset?e?text?=, searched within EMAIL_WORD_MAX bytes so that a
    ** header of unclosed "=?" takes linear time */
    size_t nLeft = n - i - 2 < EMAIL_WORD_MAX ? n - i - 2 : EMAIL_WORD_MAX;
    const char *q1 = memchr(z + i + 2, '?', nLeft);
    if (!q1 || (size_t)(q1 - z) + 3 >= n || q1[2] != '?') {
      i++;
      continue;
    }
    const char *zText = q1 + 3;
    const char *zEnd = 0;
    const char *zLimit = z + i + 2 + nLeft;
    for (const char *p = zText; p + 1 < zLimit; p++) {
      if (p[0] == '?' && p[1] == '=') {
        zEnd = p;
        break;
      }
    }
    size_t nCs = (size_t)(q1 - (z + i + 2));
    char enc = (char)(q1[1] | 0x20);
    if (!zEnd || nCs == 0 || nCs > EMAIL_NAME_MAX ||
        (enc != 'b' && enc != 'q')) {
      i++;
      continue;
    }
    /* the plain text before it, unless it is only space between words */
    int bSpaceOnly = 1;
    for (size_t k = iPlain; k < i; k++)
      if (z[k] != ' ' && z[k] != '\t') bSpaceOnly = 0;
    if (!(bAfterWord && bSpaceOnly))
      appendDecoded(z + iPlain, i - iPlain, "", pOut, pbOom);
    char zCs[EMAIL_NAME_MAX + 1];
    memcpy(zCs, z + i + 2, nCs);
    zCs[nCs] = 0;
    char *zStar = strchr(zCs, '*'); /* RFC 2231 language: charset*lang */
    if (zStar) *zStar = 0;
    tk_buf_reset(&raw);
    if (enc == 'b')
      decodeBase64(zText, (size_t)(zEnd - zText), &raw);
    else
      decodeQp(zText, (size_t)(zEnd - zText), 1, &raw);
    if (raw.oom) *pbOom = 1;
    appendDecoded(raw.z ? raw.z : "", raw.n, zCs, pOut, pbOom);
    i = iPlain = (size_t)(zEnd - z) + 2;
    bAfterWord = 1;
  }
  appendDecoded(z + iPlain, n - iPlain, "", pOut, pbOom);
  tk_buf_free(&raw);
}

/* The parameter zName (lower case) of a Content-Type value v into zOut
** (at most EMAIL_NAME_MAX bytes, quotes removed); "" when absent. */
static void typeParam(Span v, const char *zName, char *zOut) {
  size_t nName = strlen(zName);
  zOut[0] = 0;
  for (size_t i = 0; i + nName < v.n; i++) {
    if ((i == 0 || v.z[i - 1] == ';' || v.z[i - 1] == ' ' ||
         v.z[i - 1] == '\t') &&
        strncasecmp(v.z + i, zName, nName) == 0 && v.z[i + nName] == '=') {
      size_t k = i + nName + 1, nOut = 0;
      int bQuoted = k < v.n && v.z[k] == '"';
      if (bQuoted) k++;
      for (; k < v.n && nOut < EMAIL_NAME_MAX; k++) {
        char c = v.z[k];
        if (bQuoted ? c == '"' : (c == ';' || c == ' ' || c == '\t')) break;
        zOut[nOut++] = c;
      }
      zOut[nOut] = 0;
      return;
    }
  }
}

/* 1 when the value v starts with the MIME type zType (lower case, a
** prefix such as "multipart/"). */
static int isType(Span v, const char *zType) {
  size_t i = 0, nType = strlen(zType);
  while (i < v.n && (v.z[i] == ' ' || v.z[i] == '\t'))
    i++;
  return v.n - i >= nType && strncasecmp(v.z + i, zType, nType) == 0;
}

/* The first delimiter line "--boundary" of multipart body b at or after
** offset i: 1 with its start in *piLine, the offset after it in *piAfter
** and whether it closes the parts ("--boundary--") in *pbClose; 0 when
** there is none. */
static int findDelimiter(Span b, const char *zB, size_t nB, size_t i,
                         size_t *piLine, size_t *piAfter, int *pbClose) {
  while (i < b.n) {
    size_t end = lineEnd(b.z, b.n, i), len = lineLen(b.z, i, end);
    if (len >= nB + 2 && b.z[i] == '-' && b.z[i + 1] == '-' &&
        memcmp(b.z + i + 2, zB, nB) == 0) {
      *piLine = i;
      *piAfter = end < b.n ? end + 1 : b.n;
      *pbClose =
          len >= nB + 4 && b.z[i + 2 + nB] == '-' && b.z[i + 3 + nB] == '-';
      return 1;
    }
    i = end + 1;
  }
  return 0;
}

/* A part's body with what its headers say of it. */
typedef struct Part {
  Span body;
  char zCharset[EMAIL_NAME_MAX + 1];
  char zEncoding[EMAIL_NAME_MAX + 1];
} Part;

/* The text of a message as the search finds it: its text/plain parts,
** decoded and joined by blank lines, and its first text/html part. */
typedef struct Found {
  tk_buf plain; /* UTF-8 */
  int nPlain;   /* text/plain parts in plain */
  int bHtml;    /* html holds a part */
  Part html;
} Found;

/* Append part q's body to pOut, its transfer encoding undone and its
** charset read as UTF-8. */
static void decodePart(const Part *q, tk_buf *pOut, int *pbOom) {
  tk_buf raw = {0};
  const char *zEnc = q->zEncoding;
  while (*zEnc == ' ')
    zEnc++;
  if (strncasecmp(zEnc, "base64", 6) == 0) {
    decodeBase64(q->body.z, q->body.n, &raw);
  } else if (strncasecmp(zEnc, "quoted-printable", 16) == 0) {
    decodeQp(q->body.z, q->body.n, 0, &raw);
  } else {
    tk_buf_append(&raw, q->body.z, q->body.n);
  }
  if (raw.oom) *pbOom = 1;
  appendDecoded(raw.z ? raw.z : "", raw.n, q->zCharset, pOut, pbOom);
  tk_buf_free(&raw);
}

/* The header zName of h, lower case and at most EMAIL_NAME_MAX bytes,
** into zOut ("" when absent). */
static void shortHeader(Span h, const char *zName, tk_buf *pTmp, char *zOut,
                        int *pbOom) {
  tk_buf_reset(pTmp);
  headerValue(h, zName, pTmp);
  if (pTmp->oom) *pbOom = 1;
  size_t n = pTmp->n < EMAIL_NAME_MAX ? pTmp->n : EMAIL_NAME_MAX;
  memcpy(zOut, pTmp->z ? pTmp->z : "", n);
  zOut[n] = 0;
}

static void findText(Span e, int depth, int bDigestPart, Found *pF,
                     tk_buf *pTmp, int *pbOom);

/* Search the parts of multipart body b, whose delimiter is "--zB" and
** whose first part starts at iStart, into pF (see findText).  Of the
** alternatives of a multipart/alternative only the first with text/plain
** in it is read, else the HTML of the first with HTML. */
static void findInParts(Span b, const char *zB, size_t iStart, int depth,
                        int bDigest, int bAlternative, Found *pF, tk_buf *pTmp,
                        int *pbOom) {
  size_t nB = strlen(zB), iLine;
  for (int bClose = 0; !bClose;) {
    size_t iAfter;
    int bFound = findDelimiter(b, zB, nB, iStart, &iLine, &iAfter, &bClose);
    size_t iEnd = bFound ? iLine : b.n;
    if (iEnd > iStart && b.z[iEnd - 1] == '\n') iEnd--;
    if (iEnd > iStart && b.z[iEnd - 1] == '\r') iEnd--;
    Span part = {b.z + iStart, iEnd - iStart};
    if (!bAlternative) {
      findText(part, depth + 1, bDigest, pF, pTmp, pbOom);
    } else {
      Found alt;
      memset(&alt, 0, sizeof(alt));
      findText(part, depth + 1, 0, &alt, pTmp, pbOom);
      if (alt.nPlain) {
        if (pF->nPlain) tk_buf_append(&pF->plain, "\n\n", 2);
        tk_buf_append(&pF->plain, alt.plain.z, alt.plain.n);
        pF->nPlain++;
      } else if (alt.bHtml && !pF->bHtml) {
        pF->html = alt.html;
        pF->bHtml = 1;
      }
      tk_buf_free(&alt.plain);
      if (alt.nPlain) return;
    }
    if (!bFound) return;
    iStart = iAfter;
  }
}

/* Search entity e (headers and body) depth first for its text: every
** text/plain part that is not an attachment goes into pF->plain, and the
** first text/html one into pF->html.  A message inside (message/rfc822:
** a message forwarded as an attachment; the parts of a multipart/digest,
** which are messages when they name no type) is searched as a message of
** its own.  Out of memory sets *pbOom. */
static void findText(Span e, int depth, int bDigestPart, Found *pF,
                     tk_buf *pTmp, int *pbOom) {
  Span h, body;
  splitEntity(e, &h, &body);
  tk_buf_reset(pTmp);
  int bType = headerValue(h, "content-type", pTmp);
  if (pTmp->oom) *pbOom = 1;
  Span type = {pTmp->z ? pTmp->z : "", pTmp->n};
  if (bType ? isType(type, "message/rfc822") : bDigestPart) {
    if (depth < EMAIL_MAX_DEPTH) findText(body, depth + 1, 0, pF, pTmp, pbOom);
    return;
  }
  Part q = {body, "", ""};
  char zBoundary[EMAIL_NAME_MAX + 1];
  typeParam(type, "charset", q.zCharset);
  typeParam(type, "boundary", zBoundary);
  int bMulti = bType && isType(type, "multipart/");
  int bDigest = bMulti && isType(type, "multipart/digest");
  int bAlternative = bMulti && isType(type, "multipart/alternative");
  int bPlain = !bType || isType(type, "text/plain");
  int bHtml = bType && isType(type, "text/html");
  size_t iLine, iStart;
  int bClose;
  if (bMulti && depth < EMAIL_MAX_DEPTH) {
    if (zBoundary[0] && findDelimiter(body, zBoundary, strlen(zBoundary), 0,
                                      &iLine, &iStart, &bClose)) {
      if (!bClose)
        findInParts(body, zBoundary, iStart, depth, bDigest, bAlternative, pF,
                    pTmp, pbOom);
      return;
    }
    bPlain = 1; /* parts that never start: the body is read as text */
  }
  if (!bPlain && !(bHtml && !pF->bHtml)) return;
  char zDisp[EMAIL_NAME_MAX + 1];
  shortHeader(h, "content-disposition", pTmp, zDisp, pbOom);
  Span disp = {zDisp, strlen(zDisp)};
  if (isType(disp, "attachment")) return;
  shortHeader(h, "content-transfer-encoding", pTmp, q.zEncoding, pbOom);
  if (bHtml) {
    pF->html = q;
    pF->bHtml = 1;
    return;
  }
  if (pF->nPlain) tk_buf_append(&pF->plain, "\n\n", 2);
  decodePart(&q, &pF->plain, pbOom);
  pF->nPlain++;
}

/* The number at z[*pi] (after spaces), at most nMax digits; -1 when
** there is none. */
static int readNumber(const char *z, size_t n, size_t *pi, int nMax) {
  size_t i = *pi;
  while (i < n && (z[i] == ' ' || z[i] == '\t'))
    i++;
  int v = -1, nd = 0;
  while (i < n && z[i] >= '0' && z[i] <= '9' && nd < nMax) {
    v = (v < 0 ? 0 : v * 10) + (z[i++] - '0');
    nd++;
  }
  *pi = i;
  return v;
}

/* Parse "[Day,] D Mon YYYY [HH:MM[:SS] [+hhmm]]" into "YYYY-MM-DD
** [HH:MM:SS[+hh:mm]]" on pOut; 0 (nothing appended) when it is not one. */
static int isoDate(const char *z, size_t n, tk_buf *pOut) {
  static const char azMon[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  const char *zComma = memchr(z, ',', n);
  size_t i = zComma ? (size_t)(zComma - z) + 1 : 0;
  int day = readNumber(z, n, &i, 2), iMon = -1;
  while (i < n && (z[i] == ' ' || z[i] == '\t'))
    i++;
  for (int m = 0; m < 12 && i + 3 <= n; m++) {
    if (strncasecmp(z + i, azMon + 3 * m, 3) == 0) iMon = m;
  }
  if (day < 1 || day > 31 || iMon < 0) return 0;
  i += 3;
  while (i < n && z[i] != ' ' && z[i] != '\t') /* "Sept", "March" */
    i++;
  int year = readNumber(z, n, &i, 4);
  if (year < 0) return 0;
  if (year < 100) year += year < 50 ? 2000 : 1900;
  char a[48];
  int nA = snprintf(a, sizeof a, "%04d-%02d-%02d", year, iMon + 1, day);
  int hour = readNumber(z, n, &i, 2), minute = -1, second = 0;
  if (hour >= 0 && i < n && z[i] == ':') {
    i++;
    minute = readNumber(z, n, &i, 2);
    if (minute >= 0 && i < n && z[i] == ':') {
      i++;
      second = readNumber(z, n, &i, 2);
    }
  }
  if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 &&
      second < 61) {
    nA += snprintf(a + nA, sizeof a - (size_t)nA, " %02d:%02d:%02d", hour,
                   minute, second);
    while (i < n && (z[i] == ' ' || z[i] == '\t'))
      i++;
    int bZone = i + 5 <= n && (z[i] == '+' || z[i] == '-');
    for (size_t k = 1; bZone && k < 5; k++)
      bZone = z[i + k] >= '0' && z[i + k] <= '9';
    if (bZone) {
      nA += snprintf(a + nA, sizeof a - (size_t)nA, "%c%.2s:%.2s", z[i],
                     z + i + 1, z + i + 3);
    }
  }
  tk_buf_append(pOut, a, (size_t)nA);
  return 1;
}

/* Fill p from message m (reset first). */
static void readMessage(Span m, tk_email *p) {
  tk_buf_reset(&p->subject);
  tk_buf_reset(&p->sender);
  tk_buf_reset(&p->recipients);
  tk_buf_reset(&p->date);
  tk_buf_reset(&p->text);
  p->bHtml = 0;
  Span h, body;
  splitEntity(m, &h, &body);
  tk_buf tmp = {0};
  int bOom = 0;
  static const struct {
    const char *zName;
    size_t iOffset;
  } aField[] = {
      {"subject", offsetof(tk_email, subject)},
      {"from", offsetof(tk_email, sender)},
      {"to", offsetof(tk_email, recipients)},
  };
  for (size_t k = 0; k < sizeof(aField) / sizeof(aField[0]); k++) {
    tk_buf_reset(&tmp);
    if (headerValue(h, aField[k].zName, &tmp)) {
      decodeHeader(tmp.z ? tmp.z : "", tmp.n,
                   (tk_buf *)((char *)p + aField[k].iOffset), &bOom);
    }
    if (tmp.oom) bOom = 1;
  }
  tk_buf_reset(&tmp);
  if (headerValue(h, "date", &tmp) &&
      !isoDate(tmp.z ? tmp.z : "", tmp.n, &p->date)) {
    decodeHeader(tmp.z ? tmp.z : "", tmp.n, &p->date, &bOom);
  }
  if (tmp.oom) bOom = 1;
  Found f;
  memset(&f, 0, sizeof(f));
  findText(m, 0, 0, &f, &tmp, &bOom);
  if (f.nPlain) {
    tk_buf_append(&p->text, f.plain.z, f.plain.n);
  } else if (f.bHtml) {
    decodePart(&f.html, &p->text, &bOom);
    p->bHtml = 1;
  }
  if (f.plain.oom) bOom = 1;
  tk_buf_free(&f.plain);
  tk_buf_free(&tmp);
  if (bOom) p->text.oom = 1; /* tk_email_next then says TK_ENOMEM */
}

/* 1 when z[i] starts an mbox separator line: "From " at the start of the
** input or after a blank line. */
static int isSeparator(const char *z, size_t n, size_t i) {
  if (n - i < 5 || memcmp(z + i, "From ", 5) != 0) return 0;
  if (i == 0) return 1;
  if (i >= 2 && z[i - 1] == '\n' && z[i - 2] == '\n') return 1;
  return i >= 3 && z[i - 1] == '\n' && z[i - 2] == '\r' && z[i - 3] == '\n';
}

/* The next message of z[0..n) from *pi into *p: 1, or 0 at the end;
** TK_ENOMEM.  *pi moves past it. */
int tk_email_next(const char *z, size_t n, size_t *pi, tk_email *p) {
  size_t i = *pi;
  if (i >= n) return 0;
  if (i == 0) p->bMbox = isSeparator(z, n, 0);
  Span m = {z + i, n - i};
  size_t iNext = n;
  if (p->bMbox) {
    size_t start = lineEnd(z, n, i); /* past the "From " line */
    start = start < n ? start + 1 : n;
    for (size_t k = start; k < n; k = lineEnd(z, n, k) + 1) {
      if (isSeparator(z, n, k)) {
        iNext = k;
        break;
      }
    }
    size_t end = iNext; /* the blank line before a separator is its own */
    if (iNext < n && end > start && z[end - 1] == '\n') end--;
    if (iNext < n && end > start && z[end - 1] == '\r') end--;
    m.z = z + start;
    m.n = end - start;
  }
  readMessage(m, p);
  *pi = iNext;
  int bOom = p->subject.oom || p->sender.oom || p->recipients.oom ||
             p->date.oom || p->text.oom;
  return bOom ? TK_ENOMEM : 1;
}

/* Free the buffers of p. */
void tk_email_free(tk_email *p) {
  tk_buf_free(&p->subject);
  tk_buf_free(&p->sender);
  tk_buf_free(&p->recipients);
  tk_buf_free(&p->date);
  tk_buf_free(&p->text);
}
