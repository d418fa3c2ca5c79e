/*
** groups_json.c -- the capture groups of a regex match as a JSON array,
** the groups column of regexp_matches() on both faces:
**
**   if (tk_regex_match(re, z, n, 0, 0, &zErr) == 1)
**     tk_regex_groups_json(re, z, &b);   // ["2024","05"] or [null,"x"]
*/
#include "textkit.h"

#include <string.h>

/* Append z[0..n) as a JSON string; invalid bytes become \ufffd. */
static void putJsonString(tk_buf *p, const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  tk_buf_putc(p, '"');
  size_t i = 0;
  while (i < n) {
    size_t i0 = i;
    uint32_t c = tk_utf8_next(u, n, &i);
    if (c == '"' || c == '\\') {
      tk_buf_putc(p, '\\');
      tk_buf_putc(p, (char)c);
    } else if (c < 0x20 || (c == TK_REPLACEMENT_CHAR && i - i0 == 1)) {
      char zEsc[8];
      static const char zHex[] = "0123456789abcdef";
      memcpy(zEsc, "\\u", 2);
      for (int k = 0; k < 4; k++)
        zEsc[2 + k] = zHex[(c >> (12 - 4 * k)) & 15];
      tk_buf_append(p, zEsc, 6);
    } else {
      tk_buf_append(p, z + i0, i - i0);
    }
  }
  tk_buf_putc(p, '"');
}

/* The groups of the last match over z as a JSON array. */
void tk_regex_groups_json(const tk_regex *pRe, const char *z, tk_buf *p) {
  tk_buf_putc(p, '[');
  for (int g = 1; g <= tk_regex_group_count(pRe); g++) {
    size_t a, b;
    if (g > 1) tk_buf_putc(p, ',');
    if (tk_regex_group(pRe, g, &a, &b)) {
      putJsonString(p, z + a, b - a);
    } else {
      tk_buf_append(p, "null", 4);
    }
  }
  tk_buf_putc(p, ']');
}
