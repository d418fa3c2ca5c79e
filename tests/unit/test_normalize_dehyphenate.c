/*
** test_normalize_dehyphenate.c -- unit tests of
** ext/core/normalize/dehyphenate.c: the three hyphens, when the hyphen
** goes or stays (the text's own spelling of the pair, one-letter parts,
** capitals and digits after it), the line break moved after the word or
** the two lines made one, line ends \n, \r\n and \r, what is no break,
** invalid UTF-8, empty and long input, interrupts, appending and every
** allocation failing.
*/
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_alloc.h"

#include <stdlib.h>

/* tk_dehyphenate of the NUL-terminated z as a NUL-terminated string
** (static buffer reused by the next call). */
static const char *dehyph(const char *z) {
  static tk_buf b;
  tk_buf_reset(&b);
  if (tk_dehyphenate(z, strlen(z), &b) != TK_OK) return "ERR";
  tk_buf_putc(&b, 0);
  return b.z;
}

/* '-', U+2010 and the soft hyphen U+00AD at a line end. */
static void testHyphens(void) {
  TK_CHECK_STR(dehyph("the documenta-\n  tion of it"),
               "the documentation\n  of it");
  TK_CHECK_STR(dehyph("full documenta\xE2\x80\x90\n       tion for it"),
               "full documentation\n       for it");
  TK_CHECK_STR(dehyph("soft\xC2\xAD\nhyphen here"), "softhyphen\nhere");
  /* spaces after the hyphen, tabs before the next line's word */
  TK_CHECK_STR(dehyph("inter-  \n\t\tnational law"), "international\n\t\tlaw");
  /* accented letters on both sides */
  TK_CHECK_STR(dehyph("r\xC3\xA9sum\xC3\xA9-\n\xC3\xA9tude x"),
               "r\xC3\xA9sum\xC3\xA9\xC3\xA9tude\nx");
}

/* The hyphen stays before a capital or a digit, next to a one-letter
** part, and when the text writes the pair hyphenated and never joined;
** the soft hyphen goes even before a capital. */
static void testHyphenKept(void) {
  TK_CHECK_STR(dehyph("Jean-\nPierre said"), "Jean-Pierre\nsaid");
  TK_CHECK_STR(dehyph("COVID-\n19 cases"), "COVID-19\ncases");
  TK_CHECK_STR(dehyph("an X-\nray and e-\nmail"), "an X-ray\nand e-mail");
  TK_CHECK_STR(dehyph("a well-\nknown fact, well-known"),
               "a well-known\nfact, well-known");
  /* the text writes it both ways: one word wins */
  TK_CHECK_STR(dehyph("co-\nop, co-op, coop"), "coop,\nco-op, coop");
  /* the pair's spelling is compared without case */
  TK_CHECK_STR(dehyph("self-\ncare and Self-Care"), "self-care\nand Self-Care");
  /* U+2010 and U+2011 inside a line are hyphens too */
  TK_CHECK_STR(dehyph("well-\nknown, well\xE2\x80\x91known"),
               "well-known,\nwell\xE2\x80\x91known");
  TK_CHECK_STR(dehyph("Ost\xC2\xAD\nWest x"), "OstWest\nx");
  /* a '-' where the page breaks words with U+2010 is the writer's own */
  TK_CHECK_STR(dehyph("build-\ntime and documenta\xE2\x80\x90\ntion"),
               "build-time\nand documentation");
}

/* Where the line break goes. */
static void testLines(void) {
  /* the word ends its line: the two lines are one */
  TK_CHECK_STR(dehyph("a docu-\n  ment.\nnext"), "a document.\nnext");
  TK_CHECK_STR(dehyph("a docu-\n  ment   \nnext"), "a document   \nnext");
  TK_CHECK_STR(dehyph("a docu-\nment"), "a document");
  /* \r\n and \r line ends */
  TK_CHECK_STR(dehyph("docu-\r\n  ment here"), "document\r\n  here");
  TK_CHECK_STR(dehyph("docu-\rment here"), "document\rhere");
  /* two breaks in a row */
  TK_CHECK_STR(dehyph("hy-\nphen-\nation rules"), "hyphenation\nrules");
  /* several breaks, each line kept */
  TK_CHECK_STR(dehyph("one exam-\nple and an-\nother one"),
               "one example\nand another\none");
}

/* What is no break. */
static void testNoBreak(void) {
  static const char *const az[] = {
      "end-\n",             /* nothing after it */
      "end-",               /* no line break */
      "x -\ny",             /* no letter before the hyphen */
      "-\nabc",             /* the hyphen starts the text */
      "abc--\ndef",         /* a dash */
      "abc-\n\ndef",        /* a blank line between: a paragraph */
      "abc-\n- item",       /* a list item after it */
      "abc-\n (def)",       /* no letter or digit after it */
      "12-\n14 pages",      /* digits before it */
      "abc\xE2\x80\x93\nx", /* an en dash */
      "plain text\nwith lines\r\nand more\r",
      "",
  };
  for (size_t k = 0; k < sizeof az / sizeof az[0]; k++)
    TK_CHECK_STR(dehyph(az[k]), az[k]);
}

/* Invalid bytes become U+FFFD, next to a break too. */
static void testInvalidInput(void) {
  TK_CHECK_STR(dehyph("a\xFF"), "a\xEF\xBF\xBD");
  TK_CHECK_STR(dehyph("\xFF"
                      "docu-\nment x"),
               "\xEF\xBF\xBD"
               "document\nx");
  /* a stray byte right before the hyphen is no letter */
  TK_CHECK_STR(dehyph("ab\x80-\ncd"), "ab\xEF\xBF\xBD-\ncd");
  TK_CHECK_STR(dehyph("docu-\nment\xFF x"), "document\xEF\xBF\xBD\nx");
  /* a NUL byte is a character like any other */
  tk_buf b = {0};
  TK_CHECK_INT(tk_dehyphenate("a\0bc-\nde", 8, &b), TK_OK);
  TK_CHECK(b.n == 6 && memcmp(b.z, "a\0bcde", 6) == 0);
  tk_buf_free(&b);
}

/* A long text with many breaks: the hyphens of the pairs the text also
** writes whole go, one kept pair stays, and the size is as expected. */
static void testLongInput(void) {
  tk_buf in = {0}, out = {0};
  size_t nRep = 200000;
  for (size_t k = 0; k < nRep; k++)
    tk_buf_append(&in, "docu-\nment, ", 12);
  tk_buf_append(&in, "well-\nknown and well-known", 26);
  TK_CHECK_INT(tk_dehyphenate(in.z, in.n, &out), TK_OK);
  TK_CHECK_INT(out.n, in.n - 2 * nRep - 1); /* "-\n" and " " to "\n" */
  tk_buf_putc(&out, 0);
  TK_CHECK(strncmp(out.z, "document,\ndocument,", 19) == 0);
  TK_CHECK(strstr(out.z, "well-known\nand well-known") != NULL);
  tk_buf_free(&in);
  tk_buf_free(&out);
}

/* The scan polls the cancel callback. */
static void testInterrupt(void) {
  size_t n = (size_t)4 << 20;
  char *z = malloc(n);
  TK_CHECK(z != NULL);
  if (!z) return;
  for (size_t i = 0; i < n; i++)
    z[i] = i % 8 == 7 ? '\n' : 'a';
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_buf b = {0};
  TK_CHECK_INT(tk_dehyphenate_w(z, n, &w, &b), TK_EINTERRUPT);
  memset(z, 'a', n); /* one line: the copy polls too */
  TK_CHECK_INT(tk_dehyphenate_w(z, n, &w, &b), TK_EINTERRUPT);
  for (size_t i = 0; i < n; i++)
    z[i] = i % 8 == 7 ? '\n' : 'a';
  for (size_t i = 6; i < n; i += 8) /* a break on every line */
    z[i] = '-';
  TK_CHECK_INT(tk_dehyphenate_w(z, n, &w, &b), TK_EINTERRUPT);
  tk_buf_free(&b);
  free(z);
}

/* Results are appended to the buffer, not written over it. */
static void testAppends(void) {
  tk_buf b = {0};
  tk_buf_append(&b, "x:", 2);
  TK_CHECK_INT(tk_dehyphenate("ab-\ncd", 6, &b), TK_OK);
  tk_buf_putc(&b, 0);
  TK_CHECK_STR(b.z, "x:abcd");
  tk_buf_free(&b);
}

/* Every allocation failing in turn gives TK_ENOMEM and leaks nothing. */
static void testAllocFailures(void) {
  const char *z = "docu-\nment, Jean-\nPierre, well-\nknown well-known";
  tk_set_allocator(&tkCountingAllocator);
  tkAllocCalls = tkAllocLive = tkAllocFailAt = 0;
  tk_buf b = {0};
  TK_CHECK_INT(tk_dehyphenate(z, strlen(z), &b), TK_OK);
  tk_buf_free(&b);
  long nCalls = tkAllocCalls;
  TK_CHECK(nCalls >= 3);
  for (long i = 1; i <= nCalls; i++) {
    tkAllocCalls = 0;
    tkAllocFailAt = i;
    tk_buf f = {0};
    TK_CHECK_INT(tk_dehyphenate(z, strlen(z), &f), TK_ENOMEM);
    tk_buf_free(&f);
    TK_CHECK_INT(tkAllocLive, 0);
  }
  tk_set_allocator(0);
}

int main(void) {
  testHyphens();
  testHyphenKept();
  testLines();
  testNoBreak();
  testInvalidInput();
  testLongInput();
  testInterrupt();
  testAppends();
  testAllocFailures();
  TK_TEST_END();
}
