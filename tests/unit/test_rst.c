/*
** test_rst.c -- unit tests of tk_rst_text (ext/core/html/rst*.c) through
** the core API: titles and transitions, literal blocks and code
** directives, directives kept as text or left out with their options,
** comments, targets, footnotes, tables, line blocks and fields, the
** inline markup (roles, references, literals, emphasis, substitutions,
** footnote references, escapes), what stays text, and hostile texts (NUL
** bytes, invalid UTF-8, 4 MB of unclosed markup on one line) in bounded
** time, and an interrupt.
*/
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_markup.h"

#include <stdlib.h>
#include <string.h>

/* rst_text of the NUL-terminated z in *pb ("" when empty). */
static const char *rst(const char *z, tk_buf *pb) {
  tk_buf_reset(pb);
  TK_CHECK_INT(tk_rst_text(z, strlen(z), 0, pb), TK_OK);
  return pb->n ? pb->z : "";
}

/* Titles, transitions, paragraphs, literal blocks. */
static void testBlocks(void) {
  tk_buf b = {0};
  TK_CHECK_STR(rst("=====\nTitle\n=====\n\nText\nwrapped.\n\nSub\n---\nx", &b),
               "Title\n\nText\nwrapped.\n\nSub\n\nx");
  TK_CHECK_STR(rst("a\n\n----------\n\nb", &b), "a\n\nb");
  TK_CHECK_STR(rst("Example::\n\n  code *x*\n\n    more\n\nback", &b),
               "Example:\n\ncode *x*\n\n  more\n\nback");
  TK_CHECK_STR(rst("Example ::\n\n  x\n\n::\n\n  y\n\nz", &b),
               "Example\n\nx\n\ny\n\nz");
  TK_CHECK_STR(rst("  A quote,\n  indented.\n\n- item *one*\n- item two", &b),
               "A quote,\nindented.\n\n- item one\n- item two");
  tk_buf_free(&b);
}

/* Directives, comments, targets, footnotes, tables, fields. */
static void testDirectives(void) {
  tk_buf b = {0};
  TK_CHECK_STR(rst(".. note:: Read this.\n\n   More **text**.\n\nafter", &b),
               "Read this.\n\nMore text.\n\nafter");
  TK_CHECK_STR(rst(".. code-block:: cmake\n   :linenos:\n\n   add(x)\n\n"
                   "   more()\n\nafter",
                   &b),
               "add(x)\n\nmore()\n\nafter");
  TK_CHECK_STR(rst(".. toctree::\n   :maxdepth: 2\n\n   intro\n   usage\n\n"
                   ".. image:: a.png\n\n.. index:: x\n\nText",
                   &b),
               "Text");
  TK_CHECK_STR(rst(".. versionadded:: 3.1\n   The ``FOO`` option.", &b),
               "The FOO option.");
  TK_CHECK_STR(rst(".. py:function:: spam(eggs)\n\n   Spams the eggs.", &b),
               "spam(eggs)\n\nSpams the eggs.");
  TK_CHECK_STR(rst(".. only:: html\n\n   Web only.", &b), "Web only.");
  TK_CHECK_STR(rst(".. _target:\n\n.. a comment\n   on two lines\n\n"
                   ".. |name| image:: x.png\n\nkept",
                   &b),
               "kept");
  TK_CHECK_STR(rst("Text [1]_.\n\n.. [1] The note.", &b), "Text.\n\nThe note.");
  TK_CHECK_STR(
      rst("+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n"
          "+-----+-----+\n\n=====  =====\nx      y\n=====  =====",
          &b),
      "a\tb\n1\t2\n\nx      y");
  TK_CHECK_STR(rst(":Author: Me\n:Version: 1\n\n| line one\n| line two", &b),
               "Author: Me\nVersion: 1\n\nline one\nline two");
  tk_buf_free(&b);
}

/* Inline markup, and what stays text. */
static void testInline(void) {
  tk_buf b = {0};
  TK_CHECK_STR(rst("See :ref:`the guide <guide>`, :func:`~os.path.join`, "
                   ":py:class:`Spam` and `x`:sub:.",
                   &b),
               "See the guide, os.path.join, Spam and x.");
  TK_CHECK_STR(rst("`Python <https://python.org>`_, `anon`__, `<https://a.b>`_ "
                   "and ``x*y``",
                   &b),
               "Python, anon, https://a.b and x*y");
  TK_CHECK_STR(rst("*em* **strong** |sub|_ \\*lit\\* a\\ b", &b),
               "em strong sub *lit* ab");
  TK_CHECK_STR(rst("2 * 3, a*b, snake_case_, :not a role, `open, ``open", &b),
               "2 * 3, a*b, snake_case_, :not a role, `open, ``open");
  TK_CHECK_STR(rst(":ref:`x` is a role, not a field", &b),
               "x is a role, not a field");
  tk_buf_free(&b);
}

/* Hostile texts: a defined result, fast. */
static void testHostile(void) {
  tk_buf b = {0};
  TK_CHECK_STR(rst("", &b), "");
  TK_CHECK_INT(tk_rst_text("a\0 *b*", 6, 0, &b), TK_OK);
  TK_CHECK_INT((int)b.n, 4);
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_rst_text("\xFF *x* \xC3", 7, 0, &b), TK_OK);
  TK_CHECK(b.n == 5 && memcmp(b.z, "\xFF x \xC3", 5) == 0);
  static const char *const azUnit[] = {
      " *a",  " `a",      " ``a", " :r:`a", " |a",     " [1]_", "\\", " **a",
      "::\n", ".. x::\n", "=\n",  "+-+\n",  "| a |\n", " `a <", 0};
  tk_test_linear(tk_rst_text, azUnit);
  tk_buf_free(&b);
}

/* The cancel callback stops a long text. */
static void testInterrupt(void) {
  size_t n;
  char *z = tk_test_repeated("word *em* :ref:`x`\n", 100000, &n);
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_buf b = {0};
  TK_CHECK_INT(tk_rst_text(z, n, &w, &b), TK_EINTERRUPT);
  tk_buf_free(&b);
  free(z);
}

int main(void) {
  testBlocks();
  testDirectives();
  testInline();
  testHostile();
  testInterrupt();
  TK_TEST_END();
}
