/*
** groups_json.c -- the capture groups of a regex match as a JSON array,
** the groups column of regexp_matches() on both faces:
**
**   if (tk_regex_match(re, z, n, 0, 0, &zErr) == 1)
**     tk_regex_groups_json(re, z, &b);   // ["2024","05"] or [null,"x"]
*/
#include "textkit.h"

/* The groups of the last match over z as a JSON array. */
void tk_regex_groups_json(const tk_regex *pRe, const char *z, tk_buf *p) {
  tk_buf_putc(p, '[');
  for (int g = 1; g <= tk_regex_group_count(pRe); g++) {
    size_t a, b;
    if (g > 1) tk_buf_putc(p, ',');
    if (tk_regex_group(pRe, g, &a, &b)) {
      tk_buf_json_string(p, z + a, b - a);
    } else {
      tk_buf_append(p, "null", 4);
    }
  }
  tk_buf_putc(p, ']');
}
