/*
** fuzz_markup.c -- libFuzzer target for the lightweight markup readers,
** tk_markdown_text and tk_rst_text (ext/core/html/markdown*.c, rst*.c):
** on any bytes each returns TK_OK with a text that neither starts nor ends
** with a line break, is at most two bytes longer than the document, and
** is valid UTF-8 when the document was.
**
**   make build/fuzz/fuzz_markup && cd build/fuzz &&
**   ./fuzz_markup corpus-fuzz_markup -max_total_time=60
*/
#include "textkit.h"

/* Trap unless xRead makes such a text of z[0..n) (see above). */
static void check(int (*xRead)(const char *, size_t, tk_work *, tk_buf *),
                  const char *z, size_t n) {
  tk_buf b = {0};
  if (xRead(z, n, 0, &b) != TK_OK || b.oom) __builtin_trap();
  if (b.n && (b.z[0] == '\n' || b.z[b.n - 1] == '\n')) __builtin_trap();
  if (b.n > n + 2) __builtin_trap();
  if (tk_utf8_is_valid(z, n) && !tk_utf8_is_valid(b.z, b.n)) __builtin_trap();
  tk_buf_free(&b);
}

/* One fuzz input: the bytes are the document, for both readers. */
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  check(tk_markdown_text, (const char *)data, size);
  check(tk_rst_text, (const char *)data, size);
  return 0;
}
