/*
** test_normalize_decode.c -- unit tests of ext/core/normalize/decode.c:
** auto mode (each BOM, valid UTF-8 kept byte for byte, Windows-1252 and
** its undefined bytes, repaired UTF-8), charsets by name through ICU
** (latin1, utf-16le, shift_jis), unknown names, empty input, odd-length
** UTF-16, unpaired surrogates, and input longer than one piece.
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* tk_decode of z[0..n) from zCharset as a NUL-terminated string (static
** buffer reused by the next call), or "ERR <message>" when it fails. */
static const char *decodeN(const char *z, size_t n, const char *zCharset) {
  static tk_buf b;
  static char zErr[300];
  char *zMsg = 0;
  tk_buf_reset(&b);
  int rc = tk_decode(z, n, zCharset, strlen(zCharset), NULL, &b, &zMsg);
  if (rc != TK_OK) {
    snprintf(zErr, sizeof zErr, "ERR %d %s", rc, zMsg ? zMsg : "");
    tk_free(zMsg);
    return zErr;
  }
  tk_buf_putc(&b, 0);
  return b.z;
}

/* Auto mode on a NUL-free string. */
static const char *autoDecode(const char *z) {
  return decodeN(z, strlen(z), "auto");
}

/* Each BOM is read, removed, and named; UTF-32LE wins over UTF-16LE. */
static void testBoms(void) {
  TK_CHECK_STR(decodeN("\xEF\xBB\xBF"
                       "caf\xC3\xA9",
                       8, "auto"),
               "caf\xC3\xA9");
  TK_CHECK_STR(tk_decode_detect("\xEF\xBB\xBF"
                                "a",
                                4),
               "utf-8-bom");
  TK_CHECK_STR(decodeN("\xFF\xFE"
                       "c\0\xE9\0",
                       6, "auto"),
               "c\xC3\xA9");
  TK_CHECK_STR(tk_decode_detect("\xFF\xFE"
                                "c\0",
                                4),
               "utf-16le");
  TK_CHECK_STR(decodeN("\xFE\xFF\0c\0\xE9", 6, "AUTO"), "c\xC3\xA9");
  TK_CHECK_STR(tk_decode_detect("\xFE\xFF\0c", 4), "utf-16be");
  /* U+1F600 as a surrogate pair, then as one UTF-32 unit */
  TK_CHECK_STR(decodeN("\xFF\xFE\x3D\xD8\x00\xDE", 6, "auto"),
               "\xF0\x9F\x98\x80");
  TK_CHECK_STR(decodeN("\xFF\xFE\0\0\x00\xF6\x01\x00", 8, "auto"),
               "\xF0\x9F\x98\x80");
  TK_CHECK_STR(tk_decode_detect("\xFF\xFE\0\0", 4), "utf-32le");
  TK_CHECK_STR(decodeN("\0\0\xFE\xFF\0\0\0a", 8, "auto"), "a");
  TK_CHECK_STR(tk_decode_detect("\0\0\xFE\xFF", 4), "utf-32be");
  /* a BOM alone is empty text */
  TK_CHECK_STR(decodeN("\xFF\xFE", 2, "auto"), "");
  /* invalid bytes after a UTF-8 BOM are each U+FFFD */
  TK_CHECK_STR(decodeN("\xEF\xBB\xBF"
                       "a\xFF",
                       5, "auto"),
               "a\xEF\xBF\xBD");
}

/* Valid UTF-8 comes back byte for byte, NUL bytes and U+FFFD included. */
static void testValidUtf8(void) {
  const char zText[] = "Z\xC3\xBCrich \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98"
                       "\x80 \xEF\xBF\xBD\0end";
  size_t n = sizeof(zText) - 1;
  tk_buf b = {0};
  char *zErr = 0;
  TK_CHECK_INT(tk_decode(zText, n, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK(b.n == n && memcmp(b.z, zText, n) == 0);
  TK_CHECK_STR(tk_decode_detect(zText, n), "utf-8");
  tk_buf_free(&b);
  TK_CHECK_STR(autoDecode("plain ASCII"), "plain ASCII");
  TK_CHECK_STR(tk_decode_detect("plain ASCII", 11), "utf-8");
}

/* No valid multi-byte sequence: single-byte Windows-1252. */
static void testWindows1252(void) {
  TK_CHECK_STR(autoDecode("The caf\xE9 in Z\xFCrich"),
               "The caf\xC3\xA9 in Z\xC3\xBCrich");
  TK_CHECK_STR(tk_decode_detect("caf\xE9", 4), "windows-1252");
  TK_CHECK_STR(autoDecode("\x80"), "\xE2\x82\xAC");                   /* € */
  TK_CHECK_STR(autoDecode("\x93q\x94"), "\xE2\x80\x9Cq\xE2\x80\x9D"); /* “” */
  TK_CHECK_STR(autoDecode("\x8A\x9F"), "\xC5\xA0\xC5\xB8");           /* Šÿ */
  TK_CHECK_STR(autoDecode("\xA0\xFF"), "\xC2\xA0\xC3\xBF"); /* Latin-1 */
  /* the five undefined bytes are U+FFFD */
  TK_CHECK_STR(autoDecode("\x81\x8D\x8F\x90\x9D"),
               "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  /* named, with the same table (ICU's would give C1 controls) */
  TK_CHECK_STR(decodeN("\x80\x81", 2, "windows-1252"),
               "\xE2\x82\xAC\xEF\xBF\xBD");
  TK_CHECK_STR(decodeN("\x80\x81", 2, "cp1252"), "\xE2\x82\xAC\xEF\xBF\xBD");
}

/* Valid multi-byte sequences beside invalid bytes: repaired UTF-8. */
static void testRepaired(void) {
  TK_CHECK_STR(autoDecode("caf\xC3\xA9 \xE9t\xE9"),
               "caf\xC3\xA9 \xEF\xBF\xBDt\xEF\xBF\xBD");
  TK_CHECK_STR(tk_decode_detect("\xC3\xA9\xFF", 3), "utf-8-repaired");
  /* single-byte text where "\xD7\xA0" (a times sign and a no-break space)
  ** makes a valid pair by chance: 5 invalid bytes against 1 pair is more
  ** than 4 to 1, so Windows-1252; 4 against 1 is still repaired UTF-8 */
  TK_CHECK_STR(autoDecode("16\xA0in \xD7\xA0"
                          "11 \xE9t\xE9 \xE0 \xE8"),
               "16\xC2\xA0in \xC3\x97\xC2\xA0"
               "11 \xC3\xA9t\xC3\xA9 \xC3\xA0 \xC3\xA8");
  TK_CHECK_STR(tk_decode_detect("\xD7\xA0 \xE9\xE9\xE9\xE9", 7),
               "utf-8-repaired");
  /* a truncated sequence is one U+FFFD per byte */
  TK_CHECK_STR(autoDecode("\xC3\xA9\xE2\x82"),
               "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD");
  TK_CHECK_STR(decodeN("\xC3\xA9\xE2\x82", 4, "utf8"),
               "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* Charsets by name go to ICU; bad input is U+FFFD, never an error. */
static void testNamed(void) {
  TK_CHECK_STR(decodeN("\x80\xE9", 2, "latin1"), "\xC2\x80\xC3\xA9");
  TK_CHECK_STR(decodeN("\xE9", 1, "ISO-8859-1"), "\xC3\xA9");
  TK_CHECK_STR(decodeN("\xE9", 1, "iso-8859-15"), "\xC3\xA9");
  TK_CHECK_STR(decodeN("\xA4", 1, "iso-8859-15"), "\xE2\x82\xAC");
  TK_CHECK_STR(decodeN("a\0b\0", 4, "utf-16le"), "ab");
  /* 日本 in Shift_JIS, then a byte it does not map */
  TK_CHECK_STR(decodeN("\x93\xFA\x96\x7B\xFF", 5, "shift_jis"),
               "\xE6\x97\xA5\xE6\x9C\xAC\xEF\xBF\xBD");
  TK_CHECK_STR(decodeN("\xCF\xF0\xE8", 3, "windows-1251"),
               "\xD0\x9F\xD1\x80\xD0\xB8"); /* При */
  /* a named UTF-16LE keeps a BOM as U+FEFF: the caller chose the charset */
  TK_CHECK_STR(decodeN("\xFF\xFE"
                       "a\0",
                       4, "utf-16le"),
               "\xEF\xBB\xBF"
               "a");
}

/* Odd lengths, unpaired surrogates and truncated UTF-32 are U+FFFD. */
static void testBadUnicode(void) {
  TK_CHECK_STR(decodeN("\xFF\xFE"
                       "a\0b",
                       5, "auto"),
               "a\xEF\xBF\xBD");
  TK_CHECK_STR(decodeN("a\0b", 3, "utf-16le"), "a\xEF\xBF\xBD");
  /* a lone high surrogate before 'a', a lone low one at the end */
  TK_CHECK_STR(decodeN("\xFF\xFE\x3D\xD8"
                       "a\0\x00\xDE",
                       8, "auto"),
               "\xEF\xBF\xBD"
               "a\xEF\xBF\xBD");
  TK_CHECK_STR(decodeN("\xFE\xFF\xDC\x00\0a", 6, "auto"), "\xEF\xBF\xBD"
                                                          "a");
  /* beyond U+10FFFF, and a truncated unit */
  TK_CHECK_STR(decodeN("\xFF\xFE\0\0\0\0\x11\0a\0\0\0b", 13, "auto"),
               "\xEF\xBF\xBD"
               "a\xEF\xBF\xBD");
  /* a NUL in UTF-16 is a NUL character in the text */
  tk_buf b = {0};
  char *zErr = 0;
  TK_CHECK_INT(tk_decode("\xFF\xFE\0\0", 4, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK(b.n == 0); /* that was a UTF-32LE BOM: no text */
  TK_CHECK_INT(tk_decode("\xFE\xFF\0\0", 4, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK(b.n == 1 && b.z[0] == 0);
  tk_buf_free(&b);
}

/* Empty input, unknown names and names ICU would misread. */
static void testEmptyAndUnknown(void) {
  TK_CHECK_STR(decodeN("", 0, "auto"), "");
  TK_CHECK_STR(tk_decode_detect("", 0), "utf-8");
  TK_CHECK_STR(decodeN("", 0, "shift_jis"), "");
  const char *zWant = "ERR -2 unknown charset 'klingon' (valid: auto, or a "
                      "charset ICU knows such as utf-8, utf-16le, "
                      "windows-1252, latin1, shift_jis)";
  TK_CHECK_STR(decodeN("a", 1, "klingon"), zWant);
  TK_CHECK_STR(decodeN("", 0, "klingon"), zWant);
  TK_CHECK(strncmp(decodeN("a", 1, ""), "ERR -2 unknown charset ''", 25) == 0);
  /* a NUL inside the name, and an overlong name */
  tk_buf b = {0};
  char *zErr = 0;
  TK_CHECK_INT(tk_decode("a", 1, "latin1\0x", 8, NULL, &b, &zErr), TK_EINVAL);
  tk_free(zErr);
  zErr = 0;
  char zLong[200];
  memset(zLong, 'x', sizeof zLong);
  TK_CHECK_INT(tk_decode("a", 1, zLong, sizeof zLong, NULL, &b, &zErr),
               TK_EINVAL);
  /* quoted whole: the faces shorten long quotes */
  char zWantLong[300];
  snprintf(zWantLong, sizeof zWantLong,
           "unknown charset '%.*s' (valid:", (int)sizeof zLong, zLong);
  TK_CHECK(zErr && strncmp(zErr, zWantLong, strlen(zWantLong)) == 0);
  tk_free(zErr);
  tk_buf_free(&b);
}

/* Input over one 256 KB piece, with characters across the cuts. */
static void testLongInput(void) {
  size_t nUnits = 300000; /* U+00E9 then U+1F600, in UTF-16LE */
  size_t n = 2 + nUnits * 2;
  char *z = malloc(n);
  TK_CHECK(z != NULL);
  if (!z) return;
  z[0] = (char)0xFF;
  z[1] = (char)0xFE;
  for (size_t i = 0; i < nUnits; i += 3) {
    memcpy(z + 2 + i * 2, "\xE9\x00\x3D\xD8\x00\xDE", 6);
  }
  tk_buf b = {0};
  char *zErr = 0;
  TK_CHECK_INT(tk_decode(z, n, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK_INT(b.n, nUnits / 3 * 6);
  TK_CHECK(b.n >= 6 &&
           memcmp(b.z + b.n - 6, "\xC3\xA9\xF0\x9F\x98\x80", 6) == 0);
  TK_CHECK_INT(tk_utf8_count(b.z, b.n), nUnits / 3 * 2);
  TK_CHECK(tk_utf8_is_valid(b.z, b.n));
  /* Windows-1252 over several pieces */
  tk_buf_reset(&b);
  memset(z, 0xE9, n);
  TK_CHECK_INT(tk_decode(z, n, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK_INT(b.n, 2 * n);
  TK_CHECK_INT(tk_utf8_count(b.z, b.n), n);
  tk_buf_free(&b);
  free(z);
}

/* The long conversions poll the cancel callback. */
static void testInterrupt(void) {
  size_t n = (size_t)4 << 20;
  char *z = malloc(n);
  TK_CHECK(z != NULL);
  if (!z) return;
  memset(z, 0xE9, n);
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_buf b = {0};
  char *zErr = 0;
  TK_CHECK_INT(tk_decode(z, n, "auto", 4, &w, &b, &zErr), TK_EINTERRUPT);
  TK_CHECK_INT(tk_decode(z, n, "shift_jis", 9, &w, &b, &zErr), TK_EINTERRUPT);
  tk_buf_free(&b);
  free(z);
}

/* Results are appended to the buffer, not written over it. */
static void testAppends(void) {
  tk_buf b = {0};
  char *zErr = 0;
  tk_buf_append(&b, "x:", 2);
  TK_CHECK_INT(tk_decode("\xE9", 1, "auto", 4, NULL, &b, &zErr), TK_OK);
  TK_CHECK_INT(tk_decode("\xE9", 1, "latin1", 6, NULL, &b, &zErr), TK_OK);
  tk_buf_putc(&b, 0);
  TK_CHECK_STR(b.z, "x:\xC3\xA9\xC3\xA9");
  tk_buf_free(&b);
}

int main(void) {
  testBoms();
  testValidUtf8();
  testWindows1252();
  testRepaired();
  testNamed();
  testBadUnicode();
  testEmptyAndUnknown();
  testLongInput();
  testInterrupt();
  testAppends();
  TK_TEST_END();
}
