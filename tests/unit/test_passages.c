/*
** test_passages.c -- unit tests of ext/core/passages/overlap.c and blocks.c
** through the core API: overlap spans in bytes and characters, repeats, the
** candidate cap on repetitive text, arguments; block splitting, kinds and the
** main text.
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>
#include <string.h>

/* One passage with byte and character spans, case folded. */
static void testOverlapSpans(void) {
  const char *a = "x \xC3\xA9t\xC3\xA9 one two three four y";
  const char *b = "ONE, two -- Three four \xC3\xA9t\xC3\xA9";
  tk_passage *p;
  size_t n;
  TK_CHECK_INT(tk_overlap(a, strlen(a), b, strlen(b), 4, &p, &n), TK_OK);
  TK_CHECK_INT(n, 1);
  if (n != 1) return;
  TK_CHECK_INT(p[0].iAStart, 8); /* after "x été " (été is 5 bytes) */
  TK_CHECK_INT(p[0].iAChar, 6);
  TK_CHECK_INT(p[0].nABytes, strlen("one two three four"));
  TK_CHECK_INT(p[0].nAChars, strlen("one two three four"));
  TK_CHECK_INT(p[0].iBStart, 0);
  TK_CHECK_INT(p[0].nBChars, strlen("ONE, two -- Three four"));
  TK_CHECK_INT(p[0].nWords, 4);
  tk_free(p);
}

/* A passage twice in b: two rows in a order then b order. */
static void testOverlapRepeats(void) {
  const char *a = "a b c d";
  const char *b = "a b c d z a b c d";
  tk_passage *p;
  size_t n;
  TK_CHECK_INT(tk_overlap(a, 7, b, strlen(b), 3, &p, &n), TK_OK);
  TK_CHECK_INT(n, 2);
  if (n == 2) {
    TK_CHECK_INT(p[0].iBStart, 0);
    TK_CHECK_INT(p[1].iBStart, 10);
    TK_CHECK_INT(p[1].iAStart, 0);
  }
  tk_free(p);
}

/* Highly repetitive a and b: one maximal passage covering all of b. */
static void testOverlapRepetitive(void) {
  size_t nRep = 5000, n;
  char *z = malloc(nRep * 2 + 1);
  for (size_t i = 0; i < nRep; i++)
    memcpy(z + 2 * i, "w ", 2);
  tk_passage *p;
  TK_CHECK_INT(tk_overlap(z, nRep * 2, z, nRep * 2, 8, &p, &n), TK_OK);
  TK_CHECK_INT(n, 1);
  if (n == 1) TK_CHECK_INT(p[0].nWords, nRep);
  tk_free(p);
  free(z);
}

/* Bad and empty arguments. */
static void testOverlapArgs(void) {
  tk_passage *p = (tk_passage *)1;
  size_t n = 9;
  TK_CHECK_INT(tk_overlap("a", 1, "a", 1, 0, &p, &n), TK_EINVAL);
  TK_CHECK(p == 0 && n == 0);
  TK_CHECK_INT(tk_overlap("", 0, "", 0, 1, &p, &n), TK_OK);
  TK_CHECK(p == 0 && n == 0);
  TK_CHECK_INT(tk_overlap("a b", 3, "a b", 3, 3, &p, &n), TK_OK);
  TK_CHECK_INT(n, 0);
}

/* Splitting: blank lines, wrapped lines, short-line runs, CRLF. */
static void testBlockSplit(void) {
  const char *z = "  Title\r\n\r\nA long line that goes on for more than forty "
                  "characters\ncontinues here.\nMenu\nItem\n\n\n";
  tk_block *a;
  size_t n;
  TK_CHECK_INT(tk_blocks(z, strlen(z), &a, &n), TK_OK);
  TK_CHECK_INT(n, 4);
  if (n == 4) {
    TK_CHECK_INT(a[0].iStart, 2);
    TK_CHECK_INT(a[0].nBytes, 5);
    TK_CHECK(
        memcmp(z + a[1].iStart + a[1].nBytes - 15, "continues here.", 15) == 0);
    TK_CHECK_INT(a[2].nBytes, 4);
    TK_CHECK_INT(a[3].nChars, 4);
  }
  tk_free(a);
  TK_CHECK_INT(tk_blocks(" \n\t\n", 4, &a, &n), TK_OK);
  TK_CHECK(n == 0 && a == 0);
}

/* Kinds and the main text. */
static void testKinds(void) {
  const char *z =
      "Sign in | Subscribe\n\n"
      "The board said on Monday that it would not be able to finish the "
      "review before the end of the year, and that it was still waiting for "
      "the figures it had asked for in the spring.\n\n"
      "\xC2\xA9 2024 Example";
  tk_block *a;
  size_t n;
  TK_CHECK_INT(tk_blocks(z, strlen(z), &a, &n), TK_OK);
  TK_CHECK_INT(n, 3);
  if (n == 3) {
    TK_CHECK_INT(a[0].eKind, TK_BLOCK_BOILERPLATE);
    TK_CHECK_INT(a[1].eKind, TK_BLOCK_CONTENT);
    TK_CHECK_INT(a[2].eKind, TK_BLOCK_BOILERPLATE);
  }
  tk_free(a);
  tk_buf b = {0};
  TK_CHECK_INT(tk_text_main(z, strlen(z), &b), TK_OK);
  TK_CHECK(b.n > 0 && strncmp(b.z, "The board said", 14) == 0 &&
           b.z[b.n - 1] == '.');
  tk_buf_free(&b);
  TK_CHECK_STR(tk_block_kind_name(TK_BLOCK_SHORT), "short");
  TK_CHECK_STR(tk_block_kind_name(TK_BLOCK_CONTENT), "content");
}

/* text_main() never loses everything: no content gives the whole text. */
static void testMainFallback(void) {
  const char *az[] = {"Sign in | Subscribe", "Menu\nNews\nSign in", "\xFF\xFE",
                      "", " \n "};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    tk_buf b = {0};
    TK_CHECK_INT(tk_text_main(az[k], strlen(az[k]), &b), TK_OK);
    TK_CHECK_INT(b.n, strlen(az[k]));
    TK_CHECK(b.n == 0 || memcmp(b.z, az[k], b.n) == 0);
    tk_buf_free(&b);
  }
}

/* Short lines between sentences, and a results table, are content. */
static void testShortLinesKept(void) {
  const char *z = "Skip to main content\n"
                  "LONDON 1996-08-22\n"
                  "The match ended on Friday after rain stopped play .\n"
                  "Japan 2 Syria 1\n"
                  "Leicestershire 22 10 5 7 240\n"
                  "He said it was a good day for the team .\n";
  tk_block *a;
  size_t n;
  TK_CHECK_INT(tk_blocks(z, strlen(z), &a, &n), TK_OK);
  TK_CHECK_INT(n, 6);
  for (size_t i = 0; i < n; i++)
    TK_CHECK_INT(a[i].eKind, i == 0 ? TK_BLOCK_BOILERPLATE : TK_BLOCK_CONTENT);
  tk_free(a);
}

int main(void) {
  testOverlapSpans();
  testOverlapRepeats();
  testOverlapRepetitive();
  testOverlapArgs();
  testBlockSplit();
  testKinds();
  testMainFallback();
  testShortLinesKept();
  TK_TEST_END();
}
