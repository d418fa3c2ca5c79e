/*
** test_wordbreak.c -- conformance of the UAX #29 word segmenter
** (ext/core/tokenize/wordbreak.c) with every case of Unicode's
** WordBreakTest.txt (Debian package unicode-data).  Prints SKIP when the file
** is absent.
*/
#include "textkit.h"
#include "tk_test.h"
#include "../../ext/core/tokenize/tokenize_internal.h"

#include <stdlib.h>

#define WB_TEST_FILE "/usr/share/unicode/auxiliary/WordBreakTest.txt"

/* Parse one test line into UTF-8 text z (length *pn) and the expected
** boundary flags aBreak[byte offset] = 1; returns 0 for comment lines. */
static int parseLine(const char *zLine, char *z, size_t *pn,
                     unsigned char *aBreak) {
  size_t n = 0;
  const char *p = zLine;
  int nItem = 0;
  while (*p && *p != '#') {
    if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) {
      aBreak[n] = 1; /* ÷ */
      p += 2;
      nItem++;
    } else if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0x97) {
      aBreak[n] = 0; /* × */
      p += 2;
    } else if (*p == ' ' || *p == '\t') {
      p++;
    } else {
      char *zEnd;
      unsigned long c = strtoul(p, &zEnd, 16);
      if (zEnd == p) return 0;
      p = zEnd;
      n += tk_utf8_put((uint32_t)c, z + n);
    }
  }
  *pn = n;
  return nItem > 0;
}

/* Run every case; return the number of cases seen. */
static int runFile(FILE *in) {
  char zLine[4096], z[1024];
  unsigned char aBreak[1024], aGot[1024];
  int nCase = 0;
  while (fgets(zLine, sizeof(zLine), in)) {
    size_t n = 0;
    memset(aBreak, 0, sizeof(aBreak));
    if (!parseLine(zLine, z, &n, aBreak)) continue;
    nCase++;
    memset(aGot, 0, sizeof(aGot));
    aGot[0] = 1;
    for (size_t i = 0; i < n;) {
      unsigned f;
      size_t j = tk_tokenize__wb_next((const unsigned char *)z, n, i, &f);
      if (j <= i) break;
      aGot[j] = 1;
      i = j;
    }
    int ok = memcmp(aBreak, aGot, n + 1) == 0;
    TK_CHECK(ok);
    if (!ok) fprintf(stderr, "  case: %s", zLine);
  }
  return nCase;
}

/* The classes flagged on a few segments. */
static void testFlags(void) {
  unsigned f;
  TK_CHECK_INT(tk_tokenize__wb_next((const unsigned char *)"abc1 x", 6, 0, &f),
               4);
  TK_CHECK(f & (1u << TK_WC_LETTER));
  TK_CHECK_INT(TK_WB_FIRST(f), TK_WC_LETTER);
  TK_CHECK_INT(tk_tokenize__wb_next((const unsigned char *)"3.14,", 5, 0, &f),
               4);
  TK_CHECK_INT(TK_WB_FIRST(f), TK_WC_NUMBER);
  TK_CHECK(!(f & (1u << TK_WC_LETTER)));
  /* thumbs-up + skin tone is one emoji segment */
  TK_CHECK_INT(tk_tokenize__wb_next((const unsigned char *)"\xF0\x9F\x91\x8D"
                                                           "\xF0\x9F\x8F\xBB!",
                                    9, 0, &f),
               8);
  TK_CHECK(f & (1u << TK_WC_EMOJI));
  TK_CHECK(f & TK_WB_NONASCII);
  /* an invalid byte is one U+FFFD segment */
  TK_CHECK_INT(tk_tokenize__wb_next((const unsigned char *)"\xFF"
                                                           "a",
                                    2, 0, &f),
               1);
  TK_CHECK_INT(TK_WB_FIRST(f), TK_WC_SYMBOL);
}

int main(void) {
  testFlags();
  FILE *in = fopen(WB_TEST_FILE, "r");
  if (!in) {
    printf("SKIP %s absent\n", WB_TEST_FILE);
  } else {
    int nCase = runFile(in);
    fclose(in);
    printf("WordBreakTest.txt: %d cases\n", nCase);
    TK_CHECK(nCase >= 1800);
  }
  TK_TEST_END();
}
