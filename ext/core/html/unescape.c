/*
** unescape.c -- plain text with its HTML character references decoded
** (tk_html_unescape, textkit/html.h): what a scraper leaves in text that
** is no longer a page ("H&amp;M", "ME&#39;s", "caf&eacute;").
**
**   tk_buf b = {0};
**   rc = tk_html_unescape("H&amp;M &#8364;5", 16, &b);   // "H&M €5"
**   tk_buf_free(&b);
**
** A named reference is one of HTML 4's (libxml2's table: "&eacute;",
** "&rsquo;", "&nbsp;"; "&lang;" and "&rang;" with HTML5's values) or
** "&apos;", with its semicolon.  A numeric one is decimal or hexadecimal
** ("&#233;", "&#xE9;"), its semicolon optional, read as HTML5 reads it:
** 128-159 are the Windows-1252 characters ("&#146;" is U+2019), and 0, a
** surrogate or a number past U+10FFFF is U+FFFD.  Anything else, tags
** too, stays byte for byte: an unknown name ("&Tab;", HTML5's), a name
** without its semicolon ("AT&T", "&amp Co"), "&#;".  Every reference is
** longer than what it stands for, so the result is never longer than the
** text.
*/
#include "html_internal.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#define MAX_NAME 32 /* longer than any name of the table */

/* The value of digit c in base nBase (10 or 16), or -1. */
static int digitValue(char c, int nBase) {
  if (c >= '0' && c <= '9') return c - '0';
  if (nBase == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (nBase == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The numeric reference at z[i] ("&#233;", "&#xE9"): its length, its
** character in *pc; 0 when there is none. */
static size_t numericAt(const char *z, size_t n, size_t i, uint32_t *pc) {
  size_t k = i + 2; /* after "&#" */
  int nBase = 10;
  if (k < n && (z[k] == 'x' || z[k] == 'X')) {
    nBase = 16;
    k++;
  }
  size_t iDigits = k;
  uint32_t v = 0;
  int bTooBig = 0;
  for (int d; k < n && (d = digitValue(z[k], nBase)) >= 0; k++) {
    v = v * (uint32_t)nBase + (uint32_t)d;
    if (v > 0x10FFFF) {
      bTooBig = 1;
      v = 0x110000; /* kept past the limit without overflowing */
    }
  }
  if (k == iDigits) return 0;
  if (k < n && z[k] == ';') k++;
  if (bTooBig || v == 0 || (v >= 0xD800 && v <= 0xDFFF))
    v = 0xFFFD;
  else if (v >= 0x80 && v <= 0x9F && tk_cp1252_high[v - 0x80] != 0xFFFD)
    v = tk_cp1252_high[v - 0x80]; /* the bytes it leaves undefined stay */
  *pc = v;
  return k - i;
}

/* The named reference at z[i] ("&eacute;"): its length, its character in
** *pc; 0 when there is none. */
static size_t namedAt(const char *z, size_t n, size_t i, uint32_t *pc) {
  char zName[MAX_NAME + 1];
  size_t k = i + 1, nName = 0;
  while (k < n && nName < MAX_NAME &&
         ((z[k] >= 'a' && z[k] <= 'z') || (z[k] >= 'A' && z[k] <= 'Z') ||
          (z[k] >= '0' && z[k] <= '9'))) {
    zName[nName++] = z[k++];
  }
  if (nName == 0 || k >= n || z[k] != ';') return 0;
  zName[nName] = 0;
  /* HTML5's values where they differ from HTML 4's, and its "&apos;" */
  static const struct {
    const char *zName;
    uint32_t c;
  } aHtml5[] = {{"apos", '\''}, {"lang", 0x27E8}, {"rang", 0x27E9}};
  for (size_t j = 0; j < sizeof aHtml5 / sizeof *aHtml5; j++) {
    if (strcmp(zName, aHtml5[j].zName) == 0) {
      *pc = aHtml5[j].c;
      return k + 1 - i;
    }
  }
  const htmlEntityDesc *p = htmlEntityLookup((const xmlChar *)zName);
  if (!p) return 0;
  *pc = p->value;
  return k + 1 - i;
}

/* Append z[0..n) to *pOut with its character references decoded (see the
** top of the file). */
int tk_html_unescape(const char *z, size_t n, tk_buf *pOut) {
  size_t i = 0, iCopied = 0;
  while (i < n) {
    const char *pAmp = memchr(z + i, '&', n - i);
    if (!pAmp) break;
    size_t k = (size_t)(pAmp - z), nRef = 0;
    uint32_t c = 0;
    if (k + 2 < n && z[k + 1] == '#')
      nRef = numericAt(z, n, k, &c);
    else if (k + 2 < n)
      nRef = namedAt(z, n, k, &c);
    if (!nRef) {
      i = k + 1;
      continue;
    }
    char aUtf8[4];
    tk_buf_append(pOut, z + iCopied, k - iCopied);
    tk_buf_append(pOut, aUtf8, tk_utf8_put(c, aUtf8));
    i = iCopied = k + nRef;
  }
  tk_buf_append(pOut, z + iCopied, n - iCopied);
  return pOut->oom ? TK_ENOMEM : TK_OK;
}
