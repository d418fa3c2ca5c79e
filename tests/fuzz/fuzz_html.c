/*
** fuzz_html.c -- libFuzzer target for the html family's core: on any
** bytes, html_text, html_main (with and without the title) and html_meta
** return TK_OK with valid UTF-8 that neither starts nor ends with a line
** break and has no three in a row (html_meta: an object "{...}"),
** html_links' rows have an href and a text, and html_unescape returns no
** more bytes than it was given, valid UTF-8 when they were.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* Trap unless b holds valid UTF-8 that neither starts nor ends with a
** line break and has no three in a row. */
static void checkText(const tk_buf *b) {
  if (b->oom || !tk_utf8_is_valid(b->z, b->n)) __builtin_trap();
  if (b->n && (b->z[0] == '\n' || b->z[b->n - 1] == '\n')) __builtin_trap();
  if (b->n && memmem(b->z, b->n, "\n\n\n", 3)) __builtin_trap();
}

/* One fuzz input: the bytes are the page for every function. */
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  const char *z = (const char *)data;
  tk_buf b = {0};
  if (tk_html_text(z, size, &b, 0) != TK_OK) __builtin_trap();
  checkText(&b);
  tk_buf_reset(&b);
  tk_html_main_options o = {size & 1};
  if (tk_html_main(z, size, &o, &b, 0) != TK_OK) __builtin_trap();
  checkText(&b);
  tk_buf_reset(&b);
  if (tk_html_meta(z, size, &b, 0) != TK_OK || b.n < 2 || b.z[0] != '{' ||
      b.z[b.n - 1] != '}' || !tk_utf8_is_valid(b.z, b.n))
    __builtin_trap();
  tk_buf_reset(&b);
  /* html_unescape: never longer; valid UTF-8 in, valid UTF-8 out */
  if (tk_html_unescape(z, size, &b) != TK_OK || b.n > size ||
      (tk_utf8_is_valid(z, size) && !tk_utf8_is_valid(b.z, b.n)))
    __builtin_trap();
  tk_buf_free(&b);
  tk_html_link *a = 0;
  size_t n = 0;
  if (tk_html_links(z, size, "http://a.org/b/", 15, &a, &n, 0) != TK_OK)
    __builtin_trap();
  for (size_t i = 0; i < n; i++)
    if (!a[i].zHref || !a[i].zText) __builtin_trap();
  tk_html_links_free(a, n);
  return 0;
}
