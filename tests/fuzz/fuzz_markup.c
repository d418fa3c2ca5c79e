/*
** fuzz_markdown.c -- libFuzzer target for tk_markdown_text (ext/core/html/
** markdown*.c): on any bytes it returns TK_OK with a text that neither
** starts nor ends with a line break, is at most two bytes longer than
** the document, and is valid UTF-8 when the document was.
**
**   make build/fuzz/fuzz_markdown && cd build/fuzz &&
**   ./fuzz_markdown corpus-fuzz_markdown -max_total_time=60
*/
#include "textkit.h"

/* One fuzz input: the bytes are the Markdown document. */
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  const char *z = (const char *)data;
  tk_buf b = {0};
  if (tk_markdown_text(z, size, 0, &b) != TK_OK || b.oom) __builtin_trap();
  if (b.n && (b.z[0] == '\n' || b.z[b.n - 1] == '\n')) __builtin_trap();
  if (b.n > size + 2) __builtin_trap();
  if (tk_utf8_is_valid(z, size) && !tk_utf8_is_valid(b.z, b.n))
    __builtin_trap();
  tk_buf_free(&b);
  return 0;
}
