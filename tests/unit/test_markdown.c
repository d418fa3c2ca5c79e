/*
** test_markdown.c -- unit tests of tk_markdown_text (ext/core/html/
** markdown*.c) through the core API: each block kind, the inline markup,
** link labels, what goes (images, comments, front matter, definitions),
** what stays as text ("*nix", "2 * 3", snake_case, an unclosed "`"), and
** hostile texts (NUL bytes, invalid UTF-8, thousands of unclosed
** brackets, backticks and tags, 4 MB on one line) in bounded time, and an
** interrupt.
*/
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_markup.h"

#include <stdlib.h>
#include <string.h>

/* markdown_text of the NUL-terminated z in *pb ("" when empty). */
static const char *md(const char *z, tk_buf *pb) {
  tk_buf_reset(pb);
  TK_CHECK_INT(tk_markdown_text(z, strlen(z), 0, pb), TK_OK);
  return pb->n ? pb->z : "";
}

/* The blocks: headings, code, quotes, lists, tables, breaks. */
static void testBlocks(void) {
  tk_buf b = {0};
  TK_CHECK_STR(md("# Title #\n\nText\nwrapped.\n## Two", &b),
               "Title\n\nText\nwrapped.\n\nTwo");
  TK_CHECK_STR(md("Big\n===\nSmall\n---\n\n***\n\nend", &b),
               "Big\n\nSmall\n\nend");
  TK_CHECK_STR(md("#hashtag and #1", &b), "#hashtag and #1");
  TK_CHECK_STR(md("```js\nlet a = *b*;\n\n\nc();\n```\nafter", &b),
               "let a = *b*;\n\n\nc();\n\nafter");
  TK_CHECK_STR(md("~~~\nunclosed `x`", &b), "unclosed `x`");
  TK_CHECK_STR(md("text\n\n    code *x*\n    more\n\nend", &b),
               "text\n\ncode *x*\nmore\n\nend");
  TK_CHECK_STR(md("> quoted **bold**\n> > nested", &b), "quoted bold\nnested");
  TK_CHECK_STR(md("- one\n- two\n  * three\n\n1. first\n2) second", &b),
               "- one\n- two\n* three\n\n1. first\n2) second");
  TK_CHECK_STR(md("| a | b |\n|---|:-:|\n| `x|y` | **2** |\nafter", &b),
               "a\tb\nx|y\t2\n\nafter");
  TK_CHECK_STR(md("a | b\n---\n", &b), "a | b"); /* no pipe under it */
  tk_buf_free(&b);
}

/* Inline markup: emphasis, code, links, images, tags, escapes. */
static void testInline(void) {
  tk_buf b = {0};
  TK_CHECK_STR(md("**Bold**, *em*, _em_, __b__, ~~gone~~ and ***both***", &b),
               "Bold, em, em, b, gone and both");
  TK_CHECK_STR(md("*nix, 2 * 3, snake_case_name, ~one~", &b),
               "*nix, 2 * 3, snake_case_name, ~one~");
  /* as GitHub renders them: "a*b*c" emphasizes b, and a run that may
  ** close pairs with an opener left before it */
  TK_CHECK_STR(md("a*b*c", &b), "abc");
  TK_CHECK_STR(md("*nix and a*b", &b), "nix and ab");
  TK_CHECK_STR(md("`a*b*` and ``x ` y`` and `open", &b),
               "a*b* and x ` y and `open");
  TK_CHECK_STR(md("[text](http://x \"title\") and [b](<a b>) and [c]()", &b),
               "text and b and c");
  TK_CHECK_STR(md("[not a link] [x](y and ![img](i.png) gone", &b),
               "[not a link] [x](y and  gone");
  TK_CHECK_STR(md("[![badge](b.svg)](http://ci) Name", &b), "Name");
  TK_CHECK_STR(md("<b>bold</b> <img src=\"x\"> a<br>b <http://a.b/c> "
                  "<me@x.org> a < b > c",
                  &b),
               "bold  a\nb http://a.b/c me@x.org a < b > c");
  TK_CHECK_STR(md("\\*lit\\* \\[x\\] &amp; &eacute; `&amp;`", &b),
               "*lit* [x] & \xC3\xA9 &amp;");
  TK_CHECK_STR(md("**a [link](x) b**", &b), "a link b");
  TK_CHECK_STR(md("<table><tr><th>Name</th><th>Role</th></tr>\n"
                  "<tr><td>Ann</td><td>Lead</td></tr></table>",
                  &b),
               "Name\tRole\nAnn\tLead");
  tk_buf_free(&b);
}

/* Link labels, and what goes: definitions, comments, front matter,
** <script> and <style>, lines left empty. */
static void testGone(void) {
  tk_buf b = {0};
  TK_CHECK_STR(md("See [Home] and [Home][] and [x][home] and [y][nope].\n\n"
                  "[home]: https://example.com/ \"Home\"",
                  &b),
               "See Home and Home and x and [y][nope].");
  TK_CHECK_STR(md("a <!-- one --> b <!-- two\n\nlines -->c\n<!-- x -->\nd", &b),
               "a  b\nc\nd");
  TK_CHECK_STR(md("Write `<!--` to open one, `<!-- x -->` whole.\n\nKept.", &b),
               "Write <!-- to open one, <!-- x --> whole.\n\nKept.");
  TK_CHECK_STR(md("---\ntitle: \"Hello\"\ntags: [a]\n---\nBody", &b),
               "Hello\n\nBody");
  TK_CHECK_STR(md("---\nno end\n", &b), "no end"); /* a break, then text */
  TK_CHECK_STR(md("---\nProse, not YAML.\n\n---\nMore", &b),
               "Prose, not YAML.\n\nMore");
  TK_CHECK_STR(md("---\nlayout: post\ntags:\n  - a\n# c\n\n---\nBody", &b),
               "Body");
  TK_CHECK_STR(md("a\n<script>\nx = 1;\n</script>\n<style>p{}</style>\nb", &b),
               "a\n\nb");
  TK_CHECK_STR(
      md("[![a](b)](c) [![d](e)](f)\n<p align=\"center\">\n\nText", &b),
      "Text");
  TK_CHECK_STR(md("\xEF\xBB\xBF# T\r\n\r\nx\r\n", &b), "T\n\nx");
  tk_buf_free(&b);
}

/* Hostile texts: a defined result, fast. */
static void testHostile(void) {
  tk_buf b = {0};
  TK_CHECK_STR(md("", &b), "");
  TK_CHECK_INT(tk_markdown_text("a\0*b*", 5, 0, &b), TK_OK);
  TK_CHECK_INT((int)b.n, 3);
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_markdown_text("\xFF*x*\xC3", 5, 0, &b), TK_OK);
  TK_CHECK(b.n == 3 && memcmp(b.z, "\xFFx\xC3", 3) == 0);
  static const char *const azUnit[] = {
      "[",   "![", "](",     "`",        "``x",  "<a title=\"", "*a ",
      "_",   "~~", "[a](b ", "[a][",     "<!--", "| ",          "> ",
      "-- ", "<",  "\\",     "[x]: y\n", 0};
  tk_test_linear(tk_markdown_text, azUnit);
  tk_buf_free(&b);
}

/* The cancel callback stops a long text. */
static void testInterrupt(void) {
  size_t n;
  char *z = tk_test_repeated("word *em* [link](x)\n", 100000, &n);
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_buf b = {0};
  TK_CHECK_INT(tk_markdown_text(z, n, &w, &b), TK_EINTERRUPT);
  tk_buf_free(&b);
  free(z);
}

int main(void) {
  testBlocks();
  testInline();
  testGone();
  testHostile();
  testInterrupt();
  TK_TEST_END();
}
