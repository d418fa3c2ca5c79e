/*
** test_normalize_mojibake.c -- unit tests of ext/core/normalize/mojibake.c:
** sequences of two, three and four bytes repaired, text broken once to
** four times (three rounds at most), the rule that keeps real text as it
** is, sequences whose bytes are not valid UTF-8, invalid input, empty
** input, input longer than one piece and characters across pieces,
** interrupts and appending.
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* tk_fix_mojibake of the NUL-terminated z as a NUL-terminated string
** (static buffer reused by the next call); the runs replaced in
** *pnFixed when pnFixed is not NULL. */
static const char *fixN(const char *z, size_t *pnFixed) {
  static tk_buf b;
  size_t nFixed = 0;
  tk_buf_reset(&b);
  int rc = tk_fix_mojibake(z, strlen(z), &b, &nFixed);
  if (rc != TK_OK) return "ERR";
  if (pnFixed) *pnFixed = nFixed;
  tk_buf_putc(&b, 0);
  return b.z;
}

/* tk_fix_mojibake of z without the count. */
static const char *fix(const char *z) {
  return fixN(z, NULL);
}

/* z's bytes read as Windows-1252 and written as UTF-8 (the bug itself,
** through tk_decode), as a tk_mprintf string the caller frees. */
static char *misread(const char *z) {
  tk_buf b = {0};
  char *zErr = 0;
  tk_decode(z, strlen(z), "windows-1252", 12, NULL, &b, &zErr);
  tk_buf_putc(&b, 0);
  char *zOut = tk_mprintf("%s", b.z);
  tk_buf_free(&b);
  return zOut;
}

/* Sequences of two, three and four bytes, with their counts. */
static void testRepairs(void) {
  size_t nFixed = 0;
  TK_CHECK_STR(fixN("caf\xC3\x83\xC2\xA9", &nFixed), "caf\xC3\xA9");
  TK_CHECK_INT(nFixed, 1);
  /* "itâ€™s" -> "it’s" (one run of three characters) */
  TK_CHECK_STR(fixN("it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s", &nFixed),
               "it\xE2\x80\x99s");
  TK_CHECK_INT(nFixed, 1);
  /* the same with the C1 controls a Latin-1 reader gives */
  TK_CHECK_STR(fix("it\xC3\xA2\xC2\x80\xC2\x99s"), "it\xE2\x80\x99s");
  /* "Ð\x9D" (D0 9D, a byte Windows-1252 leaves undefined) -> "Н" */
  TK_CHECK_STR(fix("\xC3\x90\xC2\x9D"), "\xD0\x9D");
  /* "ðŸ˜€" -> U+1F600 */
  TK_CHECK_STR(fixN("\xC3\xB0\xC5\xB8\xCB\x9C\xE2\x82\xAC", &nFixed),
               "\xF0\x9F\x98\x80");
  TK_CHECK_INT(nFixed, 1);
  /* "25Â°C" -> "25°C" */
  TK_CHECK_STR(fix("25\xC3\x82\xC2\xB0"
                   "C"),
               "25\xC2\xB0"
               "C");
}

/* Text broken one to four times: three rounds repair three times, the
** fourth time stays once broken; the count adds every round's runs. */
static void testRounds(void) {
  /* "Zürich ‘café’ 中" */
  const char *zClean = "Z\xC3\xBCrich \xE2\x80\x98"
                       "caf\xC3\xA9\xE2\x80\x99 \xE4\xB8\xAD";
  char *azBroken[4];
  azBroken[0] = misread(zClean);
  for (int k = 1; k < 4; k++)
    azBroken[k] = misread(azBroken[k - 1]);
  size_t nFixed = 0;
  TK_CHECK_STR(fixN(azBroken[0], &nFixed), zClean);
  TK_CHECK_INT(nFixed, 5);
  TK_CHECK_STR(fix(azBroken[1]), zClean);
  TK_CHECK_STR(fix(azBroken[2]), zClean);
  TK_CHECK_STR(fix(azBroken[3]), azBroken[0]);
  for (int k = 0; k < 4; k++)
    tk_free(azBroken[k]);
}

/* Real text with capitals and ß or × before marks comes back byte for
** byte, with no run counted. */
static void testRealTextKept(void) {
  static const char *const azReal[] = {
      /* «L’ÉTÉ»… NESTLÉ® */
      "\xC2\xAB"
      "L\xE2\x80\x99\xC3\x89T\xC3\x89\xC2\xBB\xE2\x80\xA6 "
      "NESTL\xC3\x89\xC2\xAE",
      /* „MÜ“, der Fuß“ */
      "\xE2\x80\x9EM\xC3\x9C\xE2\x80\x9C, der Fu\xC3\x9F\xE2\x80\x9C",
      /* »SØ« på KØBENHAVN’s */
      "\xC2\xBBS\xC3\x98\xC2\xAB p\xC3\xA5 K\xC3\x98"
      "BENHAVN\xE2\x80\x99s",
      /* «MAÇÃ», IRMÃ’s */
      "\xC2\xAB"
      "MA\xC3\x87\xC3\x83\xC2\xBB, IRM\xC3\x83\xE2\x80\x99s",
      /* „VIÐ“ */
      "\xE2\x80\x9EVI\xC3\x90\xE2\x80\x9C",
      /* “ĐÃ”… */
      "\xE2\x80\x9C\xC4\x90\xC3\x83\xE2\x80\x9D\xE2\x80\xA6",
      /* 3×½ in, Ü“ alone */
      "3\xC3\x97\xC2\xBD in, \xC3\x9C\xE2\x80\x9C",
  };
  for (size_t k = 0; k < sizeof(azReal) / sizeof(azReal[0]); k++) {
    size_t nFixed = 99;
    TK_CHECK_STR(fixN(azReal[k], &nFixed), azReal[k]);
    TK_CHECK_INT(nFixed, 0);
  }
}

/* Which lone pairs are sure, and that one sure run repairs every run of
** the text. */
static void testSureRule(void) {
  /* Â and a closing mark after a capital: maybe real; after a space: no */
  TK_CHECK_STR(fix("T\xC3\x82\xC2\xBB"), "T\xC3\x82\xC2\xBB");
  TK_CHECK_STR(fix(" \xC3\x82\xC2\xBB"), " \xC2\xBB");
  /* Å› alone (ś) may be real; after a lowercase letter it is not */
  TK_CHECK_STR(fix("\xC3\x85\xE2\x80\xBA"), "\xC3\x85\xE2\x80\xBA");
  TK_CHECK_STR(fix("i\xC3\x85\xE2\x80\xBA"), "i\xC5\x9B");
  /* Å‚ (ł): a low quote never follows a capital, so it is sure alone */
  TK_CHECK_STR(fix("\xC3\x85\xE2\x80\x9A"), "\xC5\x82");
  /* Ð” (Д) alone is kept; two runs side by side ("Ðœ" "Ð¾") are not */
  TK_CHECK_STR(fix("\xC3\x90\xE2\x80\x9D"), "\xC3\x90\xE2\x80\x9D");
  TK_CHECK_STR(fix("\xC3\x90\xC5\x93\xC3\x90\xC2\xBE"), "\xD0\x9C\xD0\xBE");
  /* × and ß lead no sure pair, even after a lowercase letter */
  TK_CHECK_STR(fix("a\xC3\x97\xC2\xBD"), "a\xC3\x97\xC2\xBD");
  /* a sure run elsewhere repairs the lone Å› too */
  TK_CHECK_STR(fix("\xC3\x85\xE2\x80\xBA caf\xC3\x83\xC2\xA9"),
               "\xC5\x9B caf\xC3\xA9");
}

/* Runs whose bytes are no valid UTF-8 character stay as they are. */
static void testInvalidSequences(void) {
  /* each after "cafÃ©", so that the text is repaired */
  /* overlong: Á© (C1 A9) */
  TK_CHECK_STR(fix("\xC3\x83\xC2\xA9 \xC3\x81\xC2\xA9"),
               "\xC3\xA9 \xC3\x81\xC2\xA9");
  /* surrogate: í NBSP € (ED A0 80) */
  TK_CHECK_STR(fix("\xC3\x83\xC2\xA9 \xC3\xAD\xC2\xA0\xE2\x82\xAC"),
               "\xC3\xA9 \xC3\xAD\xC2\xA0\xE2\x82\xAC");
  /* past U+10FFFF: ô then 90 80 80 as C1 controls */
  TK_CHECK_STR(fix("\xC3\x83\xC2\xA9 \xC3\xB4\xC2\x90\xC2\x80\xC2\x80"),
               "\xC3\xA9 \xC3\xB4\xC2\x90\xC2\x80\xC2\x80");
  /* cut short at the end: â€ (E2 80 and no third byte) */
  TK_CHECK_STR(fix("\xC3\x83\xC2\xA9 \xC3\xA2\xE2\x82\xAC"),
               "\xC3\xA9 \xC3\xA2\xE2\x82\xAC");
}

/* Invalid bytes become U+FFFD, repaired or not, and break a run. */
static void testInvalidInput(void) {
  TK_CHECK_STR(fix("a\xFF"), "a\xEF\xBF\xBD");
  TK_CHECK_STR(fix("caf\xC3\x83\xC2\xA9 \xFF"), "caf\xC3\xA9 \xEF\xBF\xBD");
  TK_CHECK_STR(fix("caf\xC3\x83\xFF\xC2\xA9"),
               "caf\xC3\x83\xEF\xBF\xBD\xC2\xA9");
  /* a genuine U+FFFD is kept, and its own mojibake "ï¿½" repaired */
  TK_CHECK_STR(fix("\xEF\xBF\xBD"), "\xEF\xBF\xBD");
  TK_CHECK_STR(fix("\xC3\xAF\xC2\xBF\xC2\xBD"), "\xEF\xBF\xBD");
  size_t nFixed = 99;
  TK_CHECK_STR(fixN("", &nFixed), "");
  TK_CHECK_INT(nFixed, 0);
}

/* A value longer than many pieces: every run repaired. */
static void testLongInput(void) {
  size_t nRep = 100000;
  tk_buf in = {0};
  for (size_t k = 0; k < nRep; k++)
    tk_buf_append(&in, "caf\xC3\x83\xC2\xA9 ", 8);
  tk_buf out = {0};
  size_t nFixed = 0;
  TK_CHECK_INT(tk_fix_mojibake(in.z, in.n, &out, &nFixed), TK_OK);
  TK_CHECK_INT(nFixed, nRep);
  TK_CHECK_INT(out.n, nRep * 6);
  TK_CHECK(out.n >= 6 && memcmp(out.z + out.n - 6, "caf\xC3\xA9 ", 6) == 0);
  tk_buf_free(&in);
  tk_buf_free(&out);
}

/* Characters that straddle the pieces the rewrite copies are copied
** whole (16 KB is no multiple of their 3 bytes). */
static void testPieceBoundaries(void) {
  tk_buf in = {0}, want = {0};
  tk_buf_append(&in, "caf\xC3\x83\xC2\xA9 ", 8);
  tk_buf_append(&want, "caf\xC3\xA9 ", 6);
  for (int k = 0; k < 20000; k++) {
    tk_buf_append(&in, "\xE4\xB8\xAD", 3);
    tk_buf_append(&want, "\xE4\xB8\xAD", 3);
  }
  tk_buf out = {0};
  TK_CHECK_INT(tk_fix_mojibake(in.z, in.n, &out, NULL), TK_OK);
  TK_CHECK(out.n == want.n && memcmp(out.z, want.z, want.n) == 0);
  tk_buf_free(&in);
  tk_buf_free(&want);
  tk_buf_free(&out);
}

/* The scan and the rewrite poll the cancel callback. */
static void testInterrupt(void) {
  size_t n = (size_t)4 << 20;
  char *z = malloc(n);
  TK_CHECK(z != NULL);
  if (!z) return;
  memset(z, 'a', n);
  memcpy(z, "caf\xC3\x83\xC2\xA9", 7);
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_buf b = {0};
  TK_CHECK_INT(tk_fix_mojibake_w(z, n, &w, &b, NULL), TK_EINTERRUPT);
  memcpy(z, "clean!!", 7);
  TK_CHECK_INT(tk_fix_mojibake_w(z, n, &w, &b, NULL), TK_EINTERRUPT);
  tk_buf_free(&b);
  free(z);
}

/* Results are appended to the buffer, not written over it. */
static void testAppends(void) {
  tk_buf b = {0};
  tk_buf_append(&b, "x:", 2);
  /* "ÃƒÂ©", broken twice: the second round works after "x:" too */
  TK_CHECK_INT(tk_fix_mojibake("\xC3\x83\xC6\x92\xC3\x82\xC2\xA9", 8, &b, NULL),
               TK_OK);
  TK_CHECK_INT(tk_fix_mojibake("\xC3\x9C", 2, &b, NULL), TK_OK);
  tk_buf_putc(&b, 0);
  TK_CHECK_STR(b.z, "x:\xC3\xA9\xC3\x9C");
  tk_buf_free(&b);
}

int main(void) {
  testRepairs();
  testRounds();
  testRealTextKept();
  testSureRule();
  testInvalidSequences();
  testInvalidInput();
  testLongInput();
  testPieceBoundaries();
  testInterrupt();
  testAppends();
  TK_TEST_END();
}
