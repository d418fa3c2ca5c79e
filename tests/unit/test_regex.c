/*
** test_regex.c -- unit tests of the PCRE2 wrapper (ext/core/regex/regex.c):
** flags, compile errors, groups, iteration over empty matches,
** replacement templates, the match limit on a catastrophic pattern (with
** and without JIT), invalid UTF-8 subjects and the allocator routing.
*/
#include "textkit.h"
#include "tk_test.h"
#include "tk_test_alloc.h"

#include <stdlib.h>

/* Compile z (NUL-terminated) with flags; NULL on error (message freed). */
static tk_regex *compile(const char *z, unsigned flags) {
  tk_regex *p = 0;
  char *zErr = 0;
  tk_regex_compile(z, strlen(z), flags, &p, &zErr);
  tk_free(zErr);
  return p;
}

/* The compile error message for z (a tk_malloc'd string, or NULL). */
static char *compileError(const char *z, size_t n) {
  tk_regex *p = 0;
  char *zErr = 0;
  int rc = tk_regex_compile(z, n, 0, &p, &zErr);
  TK_CHECK_INT(rc, TK_EINVAL);
  TK_CHECK(p == 0);
  return zErr;
}

/* Every match of zPat in zText as "a-b," spans. */
static void spans(const char *zPat, const char *zText, char *zOut) {
  tk_regex *p = compile(zPat, 0);
  tk_regex_iter it;
  char *zErr = 0;
  zOut[0] = 0;
  tk_regex_iter_init(&it, p, zText, strlen(zText));
  while (tk_regex_iter_next(&it, &zErr) == 1) {
    size_t a, b;
    tk_regex_group(p, 0, &a, &b);
    sprintf(zOut + strlen(zOut), "%zu-%zu,", a, b);
  }
  tk_regex_free(p);
}

/* Replace with zRep (bAll) and return the result (static buffer). */
static const char *replace(const char *zPat, const char *zText,
                           const char *zRep, int bAll) {
  static char zRes[256];
  tk_regex *p = compile(zPat, 0);
  tk_buf out = {0};
  size_t nMatch = 0;
  char *zErr = 0;
  int rc = tk_regex_replace(p, zText, strlen(zText), zRep, strlen(zRep), bAll,
                            &out, &nMatch, &zErr);
  snprintf(zRes, sizeof zRes, "%s",
           rc == TK_OK ? (out.z ? out.z : "") : (zErr ? zErr : "?"));
  tk_free(zErr);
  tk_buf_free(&out);
  tk_regex_free(p);
  return zRes;
}

/* The catastrophic pattern on 40 a's and a 'b' must stop with TK_ELIMIT. */
static void checkCatastrophic(unsigned flags) {
  char zText[64];
  memset(zText, 'a', 40);
  zText[40] = 'b';
  tk_regex *p = compile("(a+)+$", flags);
  TK_CHECK(p != 0);
  if (!p) return;
  char *zErr = 0;
  int rc = tk_regex_match(p, zText, 41, 0, 0, &zErr);
  TK_CHECK_INT(rc, TK_ELIMIT);
  TK_CHECK_STR(zErr, "match limit exceeded");
  tk_free(zErr);
  tk_regex_free(p);
}

/* Compile zPat with flags and match it against zText once: the compile
** or match result code, TK_OK for a completed match. */
static int compileAndMatch(const char *zPat, unsigned flags,
                           const char *zText) {
  tk_regex *p = 0;
  char *zErr = 0;
  int rc = tk_regex_compile(zPat, strlen(zPat), flags, &p, &zErr);
  if (rc == TK_OK) {
    rc = tk_regex_match(p, zText, strlen(zText), 0, 0, &zErr);
    rc = rc == 1 ? TK_OK : rc == 0 ? TK_EINTERNAL : rc;
  }
  tk_free(zErr);
  tk_regex_free(p);
  return rc;
}

/* Every allocation failure in compile or match is TK_ENOMEM (not an
** "invalid pattern") and leaks nothing, with and without JIT. */
static void testOom(unsigned flags) {
  static const char *zPat = "(?<user>[\\w.]+)@(\\w+)\\.(com|org)|x{2,}+y";
  static const char *zText = "write to bob.smith@example.org today";
  tk_set_allocator(&tkCountingAllocator);
  tkAllocFailAt = tkAllocCalls = tkAllocLive = 0;
  TK_CHECK_INT(compileAndMatch(zPat, flags, zText), TK_OK);
  long nTotal = tkAllocCalls, nBadCode = 0, nLeaks = 0;
  TK_CHECK(nTotal >= 4);
  for (long i = 1; i <= nTotal; i++) {
    tkAllocCalls = tkAllocLive = 0;
    tkAllocFailAt = i;
    if (compileAndMatch(zPat, flags, zText) != TK_ENOMEM) nBadCode++;
    if (tkAllocLive != 0) nLeaks++;
  }
  TK_CHECK_INT(nBadCode, 0);
  TK_CHECK_INT(nLeaks, 0);
  tkAllocFailAt = 0;
  tk_set_allocator(0);
}

/* The groups of one match as JSON: strings escaped, an unset group null,
** control characters as \u escapes (invalid bytes never match, so a group
** never holds one). */
static void testGroupsJson(void) {
  static const struct {
    const char *zPat, *zText, *zWant;
  } a[] = {
      {"(\\d+)-(x)?(\\d+)", "ab 12-34", "[\"12\",null,\"34\"]"},
      {"\"(.*)\"", "say \"hi\\there\"", "[\"hi\\\\there\"]"},
      {"(a.b)",
       "a\tb a\xff"
       "b",
       "[\"a\\u0009b\"]"},
      {"a", "a", "[]"},
  };
  for (size_t i = 0; i < sizeof(a) / sizeof(a[0]); i++) {
    tk_regex *p = 0;
    char *zErr = 0;
    TK_CHECK_INT(tk_regex_compile(a[i].zPat, strlen(a[i].zPat), 0, &p, &zErr),
                 TK_OK);
    TK_CHECK_INT(tk_regex_match(p, a[i].zText, strlen(a[i].zText), 0, 0, &zErr),
                 1);
    tk_buf b = {0};
    tk_regex_groups_json(p, a[i].zText, &b);
    tk_buf_putc(&b, 0);
    TK_CHECK_STR(b.z, a[i].zWant);
    tk_buf_free(&b);
    tk_regex_free(p);
  }
}

int main(void) {
  testGroupsJson();
  unsigned f = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_regex_flags_parse("imsxg", 5, &f, &zErr), TK_OK);
  TK_CHECK_INT(f, TK_RE_CASELESS | TK_RE_MULTILINE | TK_RE_DOTALL |
                      TK_RE_EXTENDED | TK_RE_GLOBAL);
  TK_CHECK_INT(tk_regex_flags_parse("", 0, &f, &zErr), TK_OK);
  TK_CHECK_INT(f, 0);
  TK_CHECK_INT(tk_regex_flags_parse("iQ", 2, &f, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown flag 'Q' (valid flags: i m s x g)");
  tk_free(zErr);
  zErr = 0;

  /* Compile errors carry PCRE2's message and offset. */
  char *z = compileError("ab(c", 4);
  TK_CHECK_STR(z, "invalid pattern at offset 4: missing closing parenthesis");
  tk_free(z);
  z = compileError("a\xff", 2);
  TK_CHECK(z && strstr(z, "UTF-8 error") != 0);
  tk_free(z);

  /* Groups, named groups, unset groups. */
  tk_regex *p = compile("(?<year>\\d{4})-(\\d\\d)(x)?", 0);
  TK_CHECK(p != 0);
  TK_CHECK_INT(tk_regex_group_count(p), 3);
  TK_CHECK_INT(tk_regex_group_index(p, "year", 4), 1);
  TK_CHECK_INT(tk_regex_group_index(p, "nope", 4), -1);
  TK_CHECK_INT(tk_regex_match(p, "on 2024-05-17", 13, 0, 0, &zErr), 1);
  size_t a = 0, b = 0;
  TK_CHECK_INT(tk_regex_group(p, 0, &a, &b), 1);
  TK_CHECK_INT(a, 3);
  TK_CHECK_INT(b, 10);
  TK_CHECK_INT(tk_regex_group(p, 2, &a, &b), 1);
  TK_CHECK_INT(a, 8);
  TK_CHECK_INT(tk_regex_group(p, 3, &a, &b), 0);
  TK_CHECK_INT(tk_regex_group(p, 4, &a, &b), 0);
  TK_CHECK_INT(tk_regex_match(p, "no date", 7, 0, 0, &zErr), 0);
  tk_regex_free(p);

  /* Caseless Unicode matching; the NUL byte inside a pattern is literal. */
  p = compile("\xc3\xa9"
              "cole",
              TK_RE_CASELESS);
  TK_CHECK_INT(tk_regex_match(p,
                              "\xc3\x89"
                              "COLE",
                              6, 0, 0, &zErr),
               1);
  tk_regex_free(p);
  p = 0;
  TK_CHECK_INT(tk_regex_compile("a\0b", 3, 0, &p, &zErr), TK_OK);
  TK_CHECK_INT(tk_regex_match(p, "xa\0b", 4, 0, 0, &zErr), 1);
  TK_CHECK_INT(tk_regex_match(p, "ab", 2, 0, 0, &zErr), 0);
  tk_regex_free(p);

  /* Iteration never repeats an empty match and always ends. */
  char zSpans[256];
  spans("", "abc", zSpans);
  TK_CHECK_STR(zSpans, "0-0,1-1,2-2,3-3,");
  spans("a|", "ab", zSpans);
  TK_CHECK_STR(zSpans, "0-1,1-1,2-2,");
  spans("\\d+", "a1b22", zSpans);
  TK_CHECK_STR(zSpans, "1-2,3-5,");
  spans("x*", "\xc3\xa9", zSpans);
  TK_CHECK_STR(zSpans, "0-0,2-2,");

  /* Invalid UTF-8 subjects: invalid bytes match nothing, no error. */
  p = compile(".", 0);
  TK_CHECK_INT(tk_regex_match(p, "\xff\xfe", 2, 0, 0, &zErr), 0);
  TK_CHECK_INT(tk_regex_match(p,
                              "\xff"
                              "a",
                              2, 0, 0, &zErr),
               1);
  tk_regex_group(p, 0, &a, &b);
  TK_CHECK_INT(a, 1);
  tk_regex_free(p);

  /* Replacement templates. */
  TK_CHECK_STR(replace("(\\w+) (\\w+)", "John Smith", "$2 $1", 0),
               "Smith John");
  TK_CHECK_STR(replace("(?<a>\\w)", "xy", "<${a}>", 1), "<x><y>");
  TK_CHECK_STR(replace("-", "a-b-c", "$$", 0), "a$b-c");
  TK_CHECK_STR(replace("-", "a-b-c", "+", 1), "a+b+c");
  TK_CHECK_STR(replace("", "ab", "-", 1), "-a-b-");
  TK_CHECK_STR(replace("(a)?b", "b", "[$1]", 0), "[]");
  TK_CHECK_STR(replace("b", "abc", "$1", 0),
               "group 1 in the replacement does not exist (the pattern has 0)");
  TK_CHECK_STR(replace("b", "abc", "${x}", 0),
               "unknown group name 'x' in replacement");
  TK_CHECK_STR(replace("b", "abc", "a$", 0),
               "invalid '$' at offset 1 of the replacement (use $1, ${1}, "
               "${name} or $$)");

  /* The match limit stops catastrophic backtracking, JIT or not. */
  checkCatastrophic(0);
  checkCatastrophic(TK_RE_NOJIT);
  p = compile("a", TK_RE_NOJIT);
  TK_CHECK_INT(tk_regex_is_jit(p), 0);
  TK_CHECK_INT(tk_regex_flags(p), TK_RE_NOJIT);
  tk_regex_free(p);

  /* Every PCRE2 allocation goes through the core's allocator. */
  tk_set_allocator(&tkCountingAllocator);
  p = compile("(\\w+)@(\\w+)\\.com", 0);
  TK_CHECK(p != 0);
  TK_CHECK(tkAllocCalls >= 4); /* regex, contexts, code, match data */
  TK_CHECK_INT(tk_regex_match(p, "mail bob@example.com", 20, 0, 0, &zErr), 1);
  tk_regex_free(p);
  TK_CHECK_INT(tkAllocLive, 0);
  tk_set_allocator(0);

  testOom(0);
  testOom(TK_RE_NOJIT);

  TK_TEST_END();
}
