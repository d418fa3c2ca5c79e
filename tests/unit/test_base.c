/*
** test_utf8.c -- unit tests of ext/core/base/utf8.c, options.c and alloc.c:
** decoding with one U+FFFD per invalid byte, counting, validation,
** sanitizing, byte->char offsets, the option-string parser, and
** code_lines.c: the lines of program code.
*/
#include "textkit.h"
#include "tk_test.h"

#include <string.h>

/* Decode all of z and return the code points' count; fills a[]. */
static size_t decodeAll(const char *z, size_t n, uint32_t *a) {
  size_t i = 0, k = 0;
  while (i < n)
    a[k++] = tk_utf8_next((const unsigned char *)z, n, &i);
  return k;
}

/* Decoding of valid and each kind of invalid sequence. */
static void testDecode(void) {
  uint32_t a[16];
  TK_CHECK_INT(decodeAll("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 10, a), 4);
  TK_CHECK_INT(a[1], 0xE9);
  TK_CHECK_INT(a[2], 0x20AC);
  TK_CHECK_INT(a[3], 0x1F600);
  /* overlong '/', a lone continuation, a truncated 3-byte sequence */
  TK_CHECK_INT(decodeAll("\xC0\xAF", 2, a), 2);
  TK_CHECK_INT(a[0], 0xFFFD);
  TK_CHECK_INT(decodeAll("\x80", 1, a), 1);
  TK_CHECK_INT(decodeAll("\xE2\x82", 2, a), 2);
  /* a surrogate encoded in UTF-8 (ED A0 80) is three invalid bytes */
  TK_CHECK_INT(decodeAll("\xED\xA0\x80", 3, a), 3);
  /* above U+10FFFF */
  TK_CHECK_INT(decodeAll("\xF4\x90\x80\x80", 4, a), 4);
}

/* Counting, validity and sanitizing agree with the decoder. */
static void testCountAndSanitize(void) {
  TK_CHECK_INT(tk_utf8_count("h\xC3\xA9llo", 6), 5);
  TK_CHECK_INT(tk_utf8_count("\xFF\xFE", 2), 2);
  TK_CHECK(tk_utf8_is_valid("\xEF\xBF\xBD ok", 6));
  TK_CHECK(!tk_utf8_is_valid("a\xFF", 2));
  tk_buf b = {0};
  tk_utf8_sanitize(&b,
                   "a\xFF"
                   "b",
                   3);
  TK_CHECK_STR(b.z, "a\xEF\xBF\xBD"
                    "b");
  tk_buf_free(&b);
}

/* tk_utf8_prev reads as tk_utf8_next does, backwards: "é" (2 bytes),
** "€" (3), then a stray continuation byte after "b", one U+FFFD. */
static void testUtf8Prev(void) {
  const unsigned char *u = (const unsigned char *)"a\xC3\xA9\xE2\x82\xAC"
                                                  "b\x80";
  size_t i = 8;
  TK_CHECK_INT(tk_utf8_prev(u, &i), 0xFFFD);
  TK_CHECK_INT(i, 7);
  TK_CHECK_INT(tk_utf8_prev(u, &i), 'b');
  TK_CHECK_INT(tk_utf8_prev(u, &i), 0x20AC);
  TK_CHECK_INT(i, 3);
  TK_CHECK_INT(tk_utf8_prev(u, &i), 0xE9);
  TK_CHECK_INT(tk_utf8_prev(u, &i), 'a');
  TK_CHECK_INT(i, 0);
}

/* The character classes: ASCII, Latin, Greek, Arabic-Indic digits, a
** title-case letter, a letter without case, marks and symbols. */
static void testCharClasses(void) {
  TK_CHECK(tk_char_is_letter('a') && tk_char_is_letter('Z'));
  TK_CHECK(tk_char_is_letter(0x00E9) && tk_char_is_letter(0x4E2D));
  TK_CHECK(!tk_char_is_letter('-') && !tk_char_is_letter('1'));
  TK_CHECK(!tk_char_is_letter(0x0301) && !tk_char_is_letter(0x2010));
  TK_CHECK(tk_char_is_upper('A') && tk_char_is_upper(0x01C5));
  TK_CHECK(tk_char_is_upper(0x00C9) && !tk_char_is_upper('a'));
  TK_CHECK(tk_char_is_lower(0x03C3) && tk_char_is_lower('z'));
  TK_CHECK(!tk_char_is_lower(0x4E2D) && !tk_char_is_lower('Q'));
  TK_CHECK(tk_char_is_digit('7') && tk_char_is_digit(0x0661));
  TK_CHECK(!tk_char_is_digit(0x00BD) && !tk_char_is_digit('x'));
}

/* JSON strings: quote, backslash and controls escaped, an invalid byte as
** \ufffd, a valid U+FFFD and other characters as they are. */
static void testJsonString(void) {
  tk_buf b = {0};
  tk_buf_json_string(&b, "a\"b\\c\n\x01\x7f", 8);
  TK_CHECK_STR(b.z, "\"a\\\"b\\\\c\\u000a\\u0001\x7f\"");
  tk_buf_reset(&b);
  tk_buf_json_string(&b, "\xFF\xE2\x82\xEF\xBF\xBD\xC3\xA9", 8);
  TK_CHECK_STR(b.z, "\"\\ufffd\\ufffd\\ufffd\xEF\xBF\xBD\xC3\xA9\"");
  tk_buf_reset(&b);
  tk_buf_json_string(&b, "", 0);
  TK_CHECK_STR(b.z, "\"\"");
  tk_buf_reset(&b);
  tk_buf_json_chars(&b, "x\ty", 3);
  TK_CHECK_STR(b.z, "x\\u0009y");
  tk_buf_free(&b);
}

/* Byte offsets map to character offsets monotonically. */
static void testCharpos(void) {
  const char *z = "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80!";
  tk_charpos cp;
  tk_charpos_init(&cp, z, strlen(z));
  TK_CHECK_INT(tk_charpos_at(&cp, 0), 0);
  TK_CHECK_INT(tk_charpos_at(&cp, 2), 1);
  TK_CHECK_INT(tk_charpos_at(&cp, 5), 3);
  TK_CHECK_INT(tk_charpos_at(&cp, 6), 4);
  TK_CHECK_INT(tk_charpos_at(&cp, 10), 5);
  TK_CHECK_INT(tk_charpos_at(&cp, 999), 6);
}

/* Collects parsed pairs as "k=v;" into a buffer. */
static int collectOption(void *pCtx, const char *zKey, size_t nKey,
                         const char *zVal, size_t nVal, char **pzErr) {
  (void)pzErr;
  tk_buf *p = pCtx;
  tk_buf_append(p, zKey, nKey);
  tk_buf_putc(p, '=');
  tk_buf_append(p, zVal, nVal);
  tk_buf_putc(p, ';');
  return TK_OK;
}

/* The option-string parser: pairs, quotes and its errors. */
static void testOptions(void) {
  tk_buf b = {0};
  char *zErr = 0;
  const char *z = "  stem=english  dictionary='my table' x=\"\" ";
  TK_CHECK_INT(tk_options_parse(z, strlen(z), collectOption, &b, &zErr), TK_OK);
  TK_CHECK_STR(b.z, "stem=english;dictionary=my table;x=;");
  TK_CHECK_INT(tk_options_parse("stem", 4, collectOption, &b, &zErr),
               TK_EINVAL);
  TK_CHECK_STR(zErr, "option 'stem' is not of the form key=value");
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_options_parse("a='x", 4, collectOption, &b, &zErr),
               TK_EINVAL);
  TK_CHECK_STR(zErr, "option 'a': unterminated quote");
  tk_free(zErr);
  tk_buf_free(&b);
  int v;
  long l;
  TK_CHECK(tk_option_bool("yes", 3, &v) == TK_OK && v == 1);
  TK_CHECK(tk_option_bool("maybe", 5, &v) == TK_EINVAL);
  TK_CHECK(tk_option_int("128", 3, 1, 1024, &l) == TK_OK && l == 128);
  TK_CHECK(tk_option_int("0", 1, 1, 1024, &l) == TK_EINVAL);
  TK_CHECK(tk_option_int("12x", 3, 1, 1024, &l) == TK_EINVAL);
  /* an option naming a table: its value kept, other keys left alone */
  tk_table_name t = {0, 0};
  TK_CHECK_INT(tk_option_table("idf", 3, "idf", "w", 1, &t, &zErr), 1);
  TK_CHECK(t.z && t.n == 1 && t.z[0] == 'w');
  TK_CHECK_INT(tk_option_table("stem", 4, "idf", "en", 2, &t, &zErr), 0);
  TK_CHECK(t.n == 1);
  TK_CHECK_INT(tk_option_table("idf", 3, "idf", "", 0, &t, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "idf= needs a table name");
  tk_free(zErr);
}

/* 1 when the NUL-terminated line z is code (tk_code_line). */
static int codeLine(const char *z) {
  return tk_code_line(z, strlen(z));
}

/* Lines of code and lines of prose that look like them. */
static void testCodeLines(void) {
  TK_CHECK(codeLine("    \"ParameterName\": \"binlog_format\","));
  TK_CHECK(codeLine("{\"Name\": \"web\"}"));
  TK_CHECK(codeLine("aws ec2 describe-instances --instance-ids i-1234"));
  TK_CHECK(codeLine("    --region us-west-2"));
  TK_CHECK(codeLine("aws iot untag-resource \\"));
  TK_CHECK(codeLine("$ npm install textkit"));
  TK_CHECK(codeLine("```javascript"));
  TK_CHECK(codeLine("  },"));
  TK_CHECK(!codeLine("According to the \"Suda\": pottery thrived."));
  TK_CHECK(!codeLine("Add the --verbose flag to print more."));
  TK_CHECK(!codeLine("* build: add --import flag (Moshe Atlow) #43942"));
  TK_CHECK(!codeLine("Prices rose -- again -- on Monday."));
  TK_CHECK(!codeLine("$5 million was paid."));
  TK_CHECK(!codeLine(""));
  /* a line longer than 300 bytes is prose, whatever it holds */
  char z[400];
  memset(z, 'a', sizeof z);
  memcpy(z, "aws s3 cp --recursive ", 22);
  TK_CHECK(tk_code_line(z, 300));
  TK_CHECK(!tk_code_line(z, sizeof z));
  /* the line that a byte is on, found within 301 bytes each way */
  const char *zText = "Run it.\n  --region us-east-1\nDone.";
  size_t n = strlen(zText);
  TK_CHECK(!tk_code_line_at(zText, n, 2));
  TK_CHECK(tk_code_line_at(zText, n, 12));
  TK_CHECK(!tk_code_line_at(zText, n, n - 1));
  TK_CHECK(!tk_code_line_at(z, sizeof z, 200));
}

int main(void) {
  testCodeLines();
  testDecode();
  testCountAndSanitize();
  testCharClasses();
  testUtf8Prev();
  testCharpos();
  testJsonString();
  testOptions();
  TK_TEST_END();
}
