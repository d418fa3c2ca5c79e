/*
** test_records.c -- the records iterator (ext/core/records): CSV, TSV and
** JSON lines, header names, line numbers, errors, options, a field larger
** than the pieces it is escaped in, the cancel hook and reuse.
**
**   build/release/unit/test_records
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* Every record of z[0..n) under option string zOpt as lines
** "record|line|fields|error" (error "-" when NULL), into a new tk_buf;
** *pRc gets the last result of tk_records_next. */
static tk_buf readAll(const char *zOpt, const char *z, size_t n, int *pRc) {
  tk_buf b = {0};
  tk_records_options o;
  tk_records_options_init(&o);
  char *zErr = 0;
  tk_records *p = 0;
  *pRc = tk_records_options_parse(&o, zOpt, strlen(zOpt), &zErr);
  if (*pRc == TK_OK) *pRc = tk_records_new(&o, &p);
  if (*pRc != TK_OK) {
    tk_free(zErr);
    return b;
  }
  tk_records_reset(p, z, n);
  tk_record r;
  while ((*pRc = tk_records_next(p, &r)) == 1) {
    char zHead[64];
    int nHead = snprintf(zHead, sizeof(zHead), "%lld|%lld|",
                         (long long)r.iRecord, (long long)r.iLine);
    tk_buf_append(&b, zHead, (size_t)nHead);
    tk_buf_append(&b, r.zFields, r.nFields);
    tk_buf_putc(&b, '|');
    tk_buf_append(&b, r.zError ? r.zError : "-",
                  strlen(r.zError ? r.zError : "-"));
    tk_buf_putc(&b, '\n');
  }
  tk_records_free(p);
  return b;
}

/* Check the records of the NUL-terminated zText under zOpt. */
#define CHECK_RECORDS(zOpt, zText, zWant)                                      \
  do {                                                                         \
    int rc;                                                                    \
    tk_buf b = readAll(zOpt, zText, strlen(zText), &rc);                       \
    TK_CHECK_INT(rc, 0);                                                       \
    TK_CHECK_STR(b.n ? b.z : "", zWant);                                       \
    tk_buf_free(&b);                                                           \
  } while (0)

/* CSV: quoting, line ends, empty lines, ragged rows. */
static void testCsv(void) {
  CHECK_RECORDS("", "a,b\n1,\"x,\"\"y\"\"\"\n",
                "1|2|{\"a\":\"1\",\"b\":\"x,\\\"y\\\"\"}|-\n");
  CHECK_RECORDS("", "a,b\r\n\r\n1,\"p\nq\"\r2,3",
                "1|3|{\"a\":\"1\",\"b\":\"p\\u000aq\"}|-\n"
                "2|4|{\"a\":\"2\",\"b\":\"3\"}|-\n");
  CHECK_RECORDS("", "a,b\n1\n1,2,3\n",
                "1|2|{\"a\":\"1\"}|1 field, the header has 2\n"
                "2|3|{\"a\":\"1\",\"b\":\"2\",\"column3\":\"3\"}|3 fields, the "
                "header has 2\n");
  CHECK_RECORDS("", "a,b\n\"x\ny",
                "1|2|{\"a\":\"x\\u000ay\"}|unterminated "
                "quoted field; 1 field, the header has 2\n");
  CHECK_RECORDS("", "a\n\"x\"\"\"\n", "1|2|{\"a\":\"x\\\"\"}|-\n");
  CHECK_RECORDS("", "a\n\"x\"tail\"\n", "1|2|{\"a\":\"xtail\\\"\"}|-\n");
  CHECK_RECORDS("",
                "\xEF\xBB\xBF"
                "a\n1",
                "1|2|{\"a\":\"1\"}|-\n");
  CHECK_RECORDS("", "", "");
  CHECK_RECORDS("", "\n\n", "");
  CHECK_RECORDS("", "only,a,header", "");
}

/* The separator: auto by the first record, or given. */
static void testSeparator(void) {
  CHECK_RECORDS("", "a;b;\"c,d,e\"\n1;2;3",
                "1|2|{\"a\":\"1\",\"b\":\"2\",\"c,d,e\":\"3\"}|-\n");
  CHECK_RECORDS("", "a|b\n1|2", "1|2|{\"a\":\"1\",\"b\":\"2\"}|-\n");
  CHECK_RECORDS("", "a;b,c|d\n1",
                "1|2|{\"a;b\":\"1\"}|1 field, the header has 2\n");
  CHECK_RECORDS("sep=;", "a,b;c\n1,2;3",
                "1|2|{\"a,b\":\"1,2\",\"c\":\"3\"}|-\n");
  CHECK_RECORDS("sep=tab", "a\tb\n\"1\t2\"\t3",
                "1|2|{\"a\":\"1\\u00092\",\"b\":\"3\"}|-\n");
}

/* TSV: no quoting; header=0: arrays; jsonl: trimmed lines. */
static void testTsvArraysJsonl(void) {
  CHECK_RECORDS("format=tsv", "a\tb\n\"1\t2\"\n",
                "1|2|{\"a\":\"\\\"1\",\"b\":\"2\\\"\"}|-\n");
  CHECK_RECORDS("header=0", "a,b\n\n1", "1|1|[\"a\",\"b\"]|-\n2|3|[\"1\"]|-\n");
  CHECK_RECORDS("format=jsonl", " {\"a\": 1}\r\n\t\r\n{}",
                "1|1|{\"a\": 1}|-\n2|3|{}|-\n");
  CHECK_RECORDS("format=jsonl", "\n \n", "");
}

/* Header names: trimmed, empty and repeated ones renamed, keys distinct. */
static void testHeaderNames(void) {
  CHECK_RECORDS("", " x ,,x,x_2,x\n1,2,3,4,5,6",
                "1|2|{\"x\":\"1\",\"column2\":\"2\",\"x_2\":\"3\",\"x_2_2\":"
                "\"4\",\"x_3\":\"5\",\"column6\":\"6\"}|6 fields, the header "
                "has 5\n");
  CHECK_RECORDS("", "column2\n1,2",
                "1|2|{\"column2\":\"1\",\"column2_2\":\"2\"}|2 "
                "fields, the header has 1\n");
  /* 20,000 repeats of one name: each gets the next suffix */
  tk_buf text = {0};
  for (int k = 0; k < 20000; k++)
    tk_buf_append(&text, k ? ",a" : "a", k ? 2 : 1);
  tk_buf_append(&text, "\n", 1);
  for (int k = 0; k < 20000; k++)
    tk_buf_append(&text, k ? ",v" : "v", k ? 2 : 1);
  int rc;
  tk_buf b = readAll("", text.z, text.n, &rc);
  TK_CHECK_INT(rc, 0);
  TK_CHECK(b.n > 0 && strstr(b.z, ",\"a_2\":\"v\",\"a_3\":\"v\","));
  TK_CHECK(b.n > 0 && strstr(b.z, ",\"a_20000\":\"v\"}|-\n"));
  tk_buf_free(&b);
  tk_buf_free(&text);
}

/* Bytes: invalid UTF-8 as U+FFFD, NUL and controls escaped. */
static void testBytes(void) {
  CHECK_RECORDS("header=0", "\xFF\x01\xC3\xA9",
                "1|1|[\"\\ufffd\\u0001\xC3\xA9\"]|-\n");
  int rc;
  tk_buf b = readAll("header=0", "a\0b", 3, &rc);
  TK_CHECK_STR(b.z, "1|1|[\"a\\u0000b\"]|-\n");
  tk_buf_free(&b);
}

/* A quoted field of 3 MB of two-byte characters is escaped in pieces cut
** between characters: the same JSON as the field escaped at once. */
static void testLargeField(void) {
  size_t nField = 3 * 1000 * 1000 + 1;
  tk_buf text = {0}, want = {0};
  tk_buf_append(&text, "h\n\"", 3);
  tk_buf_putc(&text, 'x'); /* so the pieces are cut inside characters */
  for (size_t k = 1; k < nField; k += 2)
    tk_buf_append(&text, "\xC3\xA9", 2);
  tk_buf_putc(&text, '"');
  TK_CHECK(!text.oom);
  tk_buf_append(&want, "{\"h\":", 5);
  tk_buf_json_string(&want, text.z + 3, text.n - 4);
  tk_buf_putc(&want, '}');
  tk_records *p;
  TK_CHECK_INT(tk_records_new(NULL, &p), TK_OK);
  tk_records_reset(p, text.z, text.n);
  tk_record r;
  TK_CHECK_INT(tk_records_next(p, &r), 1);
  TK_CHECK(r.nFields == want.n && memcmp(r.zFields, want.z, want.n) == 0);
  TK_CHECK(r.zError == NULL);
  TK_CHECK_INT(tk_records_next(p, &r), 0);
  /* a cancel callback that says stop: interrupted, then no more records */
  tk_work w = {0};
  w.xCancel = tk_test_always_cancel;
  tk_records_set_work(p, &w);
  tk_records_reset(p, text.z, text.n);
  TK_CHECK_INT(tk_records_next(p, &r), TK_EINTERRUPT);
  TK_CHECK_INT(tk_records_next(p, &r), 0);
  /* reset without the hook: the same record again */
  tk_records_set_work(p, NULL);
  tk_records_reset(p, text.z, text.n);
  TK_CHECK_INT(tk_records_next(p, &r), 1);
  TK_CHECK_INT(r.nFields, want.n);
  tk_records_free(p);
  tk_buf_free(&text);
  tk_buf_free(&want);
}

/* Options: defaults, values, and errors naming the valid ones. */
static void testOptions(void) {
  tk_records_options o;
  tk_records_options_init(&o);
  TK_CHECK_INT(o.eFormat, TK_RECORDS_CSV);
  TK_CHECK_INT(o.bHeader, 1);
  TK_CHECK_INT(o.cSep, TK_RECORDS_SEP_AUTO);
  char *zErr = 0;
  TK_CHECK_INT(tk_records_options_parse(&o, "sep=| header=0", 14, &zErr),
               TK_OK);
  TK_CHECK_INT(o.cSep, '|');
  TK_CHECK_INT(o.bHeader, 0);
  static const struct {
    const char *zOpt, *zErr;
  } aBad[] = {
      {"format=xml", "bad value 'xml' for format; valid: csv, tsv, jsonl"},
      {"header=yes please", "option 'please' is not of the form key=value"},
      {"header=maybe", "bad value 'maybe' for header; valid: 0, 1"},
      {"sep=a", "bad value 'a' for sep; valid: auto, tab, or one ASCII "
                "punctuation character other than '\"' (, ; | : ...)"},
      {"sep=\"\"", "bad value '' for sep; valid: auto, tab, or one ASCII "
                   "punctuation character other than '\"' (, ; | : ...)"},
      {"delimiter=;", "unknown option 'delimiter'; valid keys: format, "
                      "header, sep"},
      {"format=tsv sep=,", "sep= is for format=csv only (tsv is separated "
                           "by tabs, jsonl by lines)"},
      {"header=1 format=jsonl", "header= is for format=csv and format=tsv "
                                "only"},
  };
  for (size_t k = 0; k < sizeof(aBad) / sizeof(aBad[0]); k++) {
    tk_records_options_init(&o);
    zErr = 0;
    TK_CHECK_INT(
        tk_records_options_parse(&o, aBad[k].zOpt, strlen(aBad[k].zOpt), &zErr),
        TK_EINVAL);
    TK_CHECK_STR(zErr, aBad[k].zErr);
    tk_free(zErr);
  }
}

int main(void) {
  testCsv();
  testSeparator();
  testTsvArraysJsonl();
  testHeaderNames();
  testBytes();
  testLargeField();
  testOptions();
  TK_TEST_END();
}
