/*
** tk_test.h -- the C unit tests' harness: checks count passes and failures,
** a failure prints file:line and what differed, and TK_TEST_END prints the
** line tests/run_tests.py reads ("N passed, N failed") and sets the exit
** code.
**
**   int main(void) {
**     TK_CHECK(tk_utf8_count("é", 2) == 1);
**     TK_CHECK_STR(zGot, "expected");
**     TK_TEST_END();
**   }
*/
#ifndef TK_TEST_H
#define TK_TEST_H

#include <stdio.h>
#include <string.h>

static int tkTestPassed = 0;
static int tkTestFailed = 0;

#define TK_CHECK(cond)                                                         \
  do {                                                                         \
    if (cond) {                                                                \
      tkTestPassed++;                                                          \
    } else {                                                                   \
      tkTestFailed++;                                                          \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                          \
  } while (0)

#define TK_CHECK_INT(got, want)                                                \
  do {                                                                         \
    long long tkGot = (long long)(got), tkWant = (long long)(want);            \
    if (tkGot == tkWant) {                                                     \
      tkTestPassed++;                                                          \
    } else {                                                                   \
      tkTestFailed++;                                                          \
      fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n", __FILE__, __LINE__,  \
              #got, tkGot, tkWant);                                            \
    }                                                                          \
  } while (0)

#define TK_CHECK_STR(got, want)                                                \
  do {                                                                         \
    const char *tkGot = (got), *tkWant = (want);                               \
    if (tkGot && tkWant && strcmp(tkGot, tkWant) == 0) {                       \
      tkTestPassed++;                                                          \
    } else {                                                                   \
      tkTestFailed++;                                                          \
      fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n", __FILE__,        \
              __LINE__, #got, tkGot ? tkGot : "(null)",                        \
              tkWant ? tkWant : "(null)");                                     \
    }                                                                          \
  } while (0)

/* A tk_work cancel callback that always asks to stop (interrupt tests). */
static inline int tk_test_always_cancel(void *pArg) {
  (void)pArg;
  return 1;
}

#define TK_TEST_END()                                                          \
  do {                                                                         \
    printf("%d passed, %d failed\n", tkTestPassed, tkTestFailed);              \
    return tkTestFailed ? 1 : 0;                                               \
  } while (0)

#endif /* TK_TEST_H */
