/*
** test_normalize.c -- unit tests of ext/core/normalize/normalize.c: the four
** normalization forms, case folding (ß -> ss), accent stripping (Crème ->
** Creme, Łódź -> Lodz), ICU locale case mapping (Turkish I), cleaning,
** invalid UTF-8, and inputs longer than one 64K-code-point chunk (marks
** after ASCII letters at the cut, long runs of marks, text with no ASCII).
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* Result of one transform as a NUL-terminated string (static buffer
** reused by the next call; "" for an empty result, "ERR" on failure). */
static const char *run(int (*xFn)(const char *, size_t, tk_buf *),
                       const char *z) {
  static tk_buf b;
  tk_buf_reset(&b);
  if (xFn(z, strlen(z), &b) != TK_OK) return "ERR";
  tk_buf_putc(&b, 0);
  return b.z;
}

/* tk_normalize in one form. */
static const char *norm(const char *z, int eForm) {
  static tk_buf b;
  tk_buf_reset(&b);
  if (tk_normalize(z, strlen(z), eForm, &b) != TK_OK) return "ERR";
  tk_buf_putc(&b, 0);
  return b.z;
}

/* tk_case_map with a locale; the error message when it fails. */
static const char *caseMap(const char *z, const char *zLocale, int bUpper) {
  static tk_buf b;
  static char zErr[200];
  char *zMsg = 0;
  tk_buf_reset(&b);
  if (tk_case_map(z, strlen(z), zLocale, bUpper, &b, &zMsg) != TK_OK) {
    snprintf(zErr, sizeof zErr, "ERR %s", zMsg ? zMsg : "");
    tk_free(zMsg);
    return zErr;
  }
  tk_buf_putc(&b, 0);
  return b.z;
}

/* NFC, NFD, NFKC, NFKD and the form names. */
static void testForms(void) {
  TK_CHECK_STR(norm("e\xCC\x81", TK_NFC), "\xC3\xA9");
  TK_CHECK_STR(norm("\xC3\xA9", TK_NFD), "e\xCC\x81");
  TK_CHECK_STR(norm("\xEF\xAC\x81", TK_NFC), "\xEF\xAC\x81"); /* ﬁ kept */
  TK_CHECK_STR(norm("\xEF\xAC\x81", TK_NFKC), "fi");
  TK_CHECK_STR(norm("\xE2\x91\xA0", TK_NFKD), "1"); /* ① */
  /* Hangul: conjoining jamo compose, a syllable decomposes */
  TK_CHECK_STR(norm("\xE1\x84\x80\xE1\x85\xA1", TK_NFC), "\xEA\xB0\x80");
  TK_CHECK_STR(norm("\xEA\xB0\x80", TK_NFD), "\xE1\x84\x80\xE1\x85\xA1");
  /* marks are put in canonical order: ̖ (220) before ́ (230) */
  TK_CHECK_STR(norm("a\xCC\x81\xCC\x96", TK_NFD), "a\xCC\x96\xCC\x81");
  TK_CHECK_STR(norm("", TK_NFC), "");
  int eForm = -1;
  char *zErr = 0;
  TK_CHECK_INT(tk_norm_form_parse("nfkd", 4, &eForm, &zErr), TK_OK);
  TK_CHECK_INT(eForm, TK_NFKD);
  TK_CHECK_INT(tk_norm_form_parse("NFX", 3, &eForm, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown normalization form 'NFX' (valid: NFC, NFD, "
                     "NFKC, NFKD)");
  tk_free(zErr);
}

/* Full case folding and accent stripping. */
static void testFoldAndUnaccent(void) {
  TK_CHECK_STR(run(tk_casefold, "Stra\xC3\x9F"
                                "e"),
               "strasse");
  TK_CHECK_STR(run(tk_casefold, "\xE1\xBA\x9E"), "ss"); /* ẞ */
  TK_CHECK_STR(run(tk_casefold, "HELLO World"), "hello world");
  TK_CHECK_STR(run(tk_casefold, "\xCE\xA3\xCE\x9F\xCE\xA6"), /* ΣΟΦ */
               "\xCF\x83\xCE\xBF\xCF\x86");
  TK_CHECK_STR(run(tk_unaccent, "Cr\xC3\xA8me"), "Creme");
  TK_CHECK_STR(run(tk_unaccent, "\xC5\x81\xC3\xB3\x64\xC5\xBA"), "Lodz");
  TK_CHECK_STR(run(tk_unaccent, "na\xC3\xAFve caf\xC3\xA9"), "naive cafe");
  /* Devanagari vowel signs are not accents */
  TK_CHECK_STR(run(tk_unaccent, "\xE0\xA4\x95\xE0\xA4\xBF"),
               "\xE0\xA4\x95\xE0\xA4\xBF");
  TK_CHECK_STR(run(tk_fold_unaccent, "CR\xC3\x88ME Stra\xC3\x9F"
                                     "e"),
               "creme strasse");
}

/* ICU locale case mapping: Turkish dotted and dotless i. */
static void testCaseMap(void) {
  TK_CHECK_STR(caseMap("TITLE", "tr", 0), "t\xC4\xB1tle");
  TK_CHECK_STR(caseMap("TITLE", 0, 0), "title");
  TK_CHECK_STR(caseMap("istanbul", "tr", 1), "\xC4\xB0STANBUL");
  TK_CHECK_STR(caseMap("istanbul", "en", 1), "ISTANBUL");
  TK_CHECK_STR(caseMap("\xC4\xB0", "", 0), "i\xCC\x87"); /* root: İ -> i̇ */
  TK_CHECK_STR(caseMap("stra\xC3\x9F"
                       "e",
                       "de_DE", 1),
               "STRASSE");
  TK_CHECK_STR(caseMap("x", "zz", 0),
               "ERR unknown locale 'zz' (expected an ISO 639 language code "
               "such as 'en', 'tr', 'de_DE')");
  TK_CHECK_STR(caseMap("A\xFF"
                       "B",
                       "en", 0),
               "a\xEF\xBF\xBD"
               "b");
}

/* Cleaning: controls dropped, white space collapsed and trimmed, NFC. */
static void testClean(void) {
  TK_CHECK_STR(run(tk_clean, "  a\x07   b \t\n c  "), "a b c");
  TK_CHECK_STR(run(tk_clean, "e\xCC\x81\xC2\xA0x"), "\xC3\xA9 x");
  TK_CHECK_STR(run(tk_clean, "\xFF ok"), "\xEF\xBF\xBD ok");
  TK_CHECK_STR(run(tk_clean, " \t\r\n"), "");
}

/* Each invalid byte becomes one U+FFFD in every transform. */
static void testInvalid(void) {
  TK_CHECK_STR(run(tk_casefold, "A\xC0\xAF"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
  TK_CHECK_STR(norm("\xE2\x82", TK_NFC), "\xEF\xBF\xBD\xEF\xBF\xBD");
  TK_CHECK_STR(run(tk_unaccent, "\xED\xA0\x80"),
               "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* Repeat z k times into a new malloc'd string. */
static char *repeat(const char *z, size_t k) {
  size_t n = strlen(z);
  char *zOut = malloc(n * k + 1);
  for (size_t i = 0; i < k; i++)
    memcpy(zOut + i * n, z, n);
  zOut[n * k] = 0;
  return zOut;
}

/* zPre followed by z (freed) in a new malloc'd string. */
static char *prefixed(const char *zPre, char *z) {
  size_t nPre = strlen(zPre), n = strlen(z);
  char *zOut = malloc(nPre + n + 1);
  memcpy(zOut, zPre, nPre);
  memcpy(zOut + nPre, z, n + 1);
  free(z);
  return zOut;
}

/* Inputs of more than one chunk: the results equal those of the pieces. */
static void testChunks(void) {
  /* 'e' + U+0301 after ASCII letters: 120000 code points, so chunks are
  ** cut before an 'e' and every mark stays with its letter. */
  char *zIn = repeat("e\xCC\x81", 60000);
  char *zWant = repeat("\xC3\xA9", 60000);
  TK_CHECK(strcmp(norm(zIn, TK_NFC), zWant) == 0);
  TK_CHECK(strcmp(norm(zWant, TK_NFD), zIn) == 0);
  free(zWant);
  zWant = repeat("e", 60000);
  TK_CHECK(strcmp(run(tk_unaccent, zIn), zWant) == 0);
  free(zIn);
  free(zWant);
  /* no ASCII at all: Cyrillic with a breve, cut before other letters */
  zIn = repeat("\xD0\x98\xCC\x86\xD0\xB4", 50000); /* И + ̆ + д */
  zWant = repeat("\xD0\x99\xD0\xB4", 50000);       /* Й д */
  TK_CHECK(strcmp(norm(zIn, TK_NFC), zWant) == 0);
  free(zIn);
  free(zWant);
  zIn = repeat("\xD0\x99\xD0\x94", 50000);   /* ЙД */
  zWant = repeat("\xD0\xB9\xD0\xB4", 50000); /* йд */
  TK_CHECK(strcmp(run(tk_casefold, zIn), zWant) == 0);
  free(zIn);
  free(zWant);
  /* Hangul conjoining jamo and halfwidth katakana with a voiced mark
  ** compose across every possible cut: never split from their lead (after
  ** one ASCII letter, so a chunk fills up between lead and vowel) */
  zIn = prefixed("x", repeat("\xE1\x84\x80\xE1\x85\xA1", 50000));
  zWant = prefixed("x", repeat("\xEA\xB0\x80", 50000)); /* x가가... */
  TK_CHECK(strcmp(norm(zIn, TK_NFC), zWant) == 0);
  free(zIn);
  free(zWant);
  zIn = prefixed("x", repeat("\xEF\xBD\xB6\xEF\xBE\x9E", 50000)); /* ｶﾞ */
  zWant = prefixed("x", repeat("\xE3\x82\xAC", 50000));           /* ガ */
  TK_CHECK(strcmp(norm(zIn, TK_NFKC), zWant) == 0);
  free(zIn);
  free(zWant);
  /* Odia: a vowel sign (class 0) composes with the vowel sign before it */
  zIn = repeat("\xE0\xAC\x95\xE0\xAD\x87\xE0\xAC\xBE", 50000);
  zWant = repeat("\xE0\xAC\x95\xE0\xAD\x8B", 50000); /* କୋ */
  TK_CHECK(strcmp(norm(zIn, TK_NFC), zWant) == 0);
  free(zIn);
  free(zWant);
  /* one run of 80000 marks alternating classes 230 and 220: reordered
  ** (220s first, stably) in linear time */
  char *zMarks = repeat("\xCC\x81\xCC\x96", 40000);
  size_t nMarks = strlen(zMarks);
  zIn = malloc(nMarks + 2);
  zIn[0] = 'a';
  memcpy(zIn + 1, zMarks, nMarks + 1);
  const char *zOut = norm(zIn, TK_NFD);
  char *z220 = repeat("\xCC\x96", 40000), *z230 = repeat("\xCC\x81", 40000);
  TK_CHECK(strlen(zOut) == nMarks + 1 && zOut[0] == 'a' &&
           memcmp(zOut + 1, z220, 80000) == 0 &&
           memcmp(zOut + 80001, z230, 80000) == 0);
  free(z220);
  free(z230);
  free(zMarks);
  free(zIn);
}

/* Results are appended to the buffer, not written over it. */
static void testAppends(void) {
  tk_buf b = {0};
  tk_buf_append(&b, "x:", 2);
  TK_CHECK_INT(tk_casefold("AB", 2, &b), TK_OK);
  TK_CHECK_INT(tk_unaccent("\xC3\xA9", 2, &b), TK_OK);
  tk_buf_putc(&b, 0);
  TK_CHECK_STR(b.z, "x:abe");
  tk_buf_free(&b);
}

int main(void) {
  testForms();
  testFoldAndUnaccent();
  testCaseMap();
  testClean();
  testInvalid();
  testChunks();
  testAppends();
  TK_TEST_END();
}
