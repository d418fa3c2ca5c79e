/*
** json.c -- JSON string literals for the core's JSON results (the groups
** of regexp_matches, html_meta's object, text_records' fields).
**
**   tk_buf b = {0};
**   tk_buf_json_string(&b, z, n);   // "..." with " \ and controls escaped
*/
#include "textkit.h"

#include <string.h>

/* 1 for the bytes that go into a JSON string as they are: printable ASCII
** other than the quote and the backslash. */
static int isPlainAscii(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Append the escape \u00XX (or \uXXXX) for code point c. */
static void putUnicodeEscape(tk_buf *p, uint32_t c) {
  static const char zHex[] = "0123456789abcdef";
  char zEsc[6] = {'\\', 'u'};
  for (int k = 0; k < 4; k++)
    zEsc[2 + k] = zHex[(c >> (12 - 4 * k)) & 15];
  tk_buf_append(p, zEsc, 6);
}

/* Append the characters of z[0..n) escaped for the inside of a JSON string,
** without the quotes; runs of plain ASCII are copied in one append. */
void tk_buf_json_chars(tk_buf *p, const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0;
  while (i < n) {
    size_t iRun = i;
    while (i < n && isPlainAscii(u[i]))
      i++;
    if (i > iRun) tk_buf_append(p, z + iRun, i - iRun);
    if (i >= n) break;
    size_t i0 = i;
    uint32_t c = tk_utf8_next(u, n, &i);
    if (c == '"' || c == '\\') {
      tk_buf_putc(p, '\\');
      tk_buf_putc(p, (char)c);
    } else if (c < 0x20 || (c == TK_REPLACEMENT_CHAR && i - i0 == 1)) {
      putUnicodeEscape(p, c);
    } else {
      tk_buf_append(p, z + i0, i - i0);
    }
  }
}

/* Append z[0..n) as a JSON string literal. */
void tk_buf_json_string(tk_buf *p, const char *z, size_t n) {
  tk_buf_putc(p, '"');
  tk_buf_json_chars(p, z, n);
  tk_buf_putc(p, '"');
}
