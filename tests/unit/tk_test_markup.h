/*
** tk_test_markup.h -- what the unit tests of the lightweight markup
** readers share (test_markdown.c, test_rst.c): a text of one unit
** repeated, and the check that a reader takes linear time on 4 MB of each
** hostile unit.
**
**   size_t n;  char *z = tk_test_repeated("[", 1000, &n);  ...  free(z);
**   tk_test_linear(tk_rst_text, azUnit);    // azUnit: 0-terminated
*/
#ifndef TK_TEST_MARKUP_H
#define TK_TEST_MARKUP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "textkit.h"
#include "tk_test.h"

/* A malloc'd text of nRep copies of zUnit; its length in *pn. */
static inline char *tk_test_repeated(const char *zUnit, size_t nRep,
                                     size_t *pn) {
  size_t m = strlen(zUnit);
  char *z = malloc(m * nRep + 1);
  for (size_t k = 0; k < nRep; k++)
    memcpy(z + k * m, zUnit, m);
  z[m * nRep] = 0;
  *pn = m * nRep;
  return z;
}

/* Check that xRead reads 4 MB of each unit of azUnit (0-terminated) with
** TK_OK, in under 5 s (linear work takes 0.4 s at most; the bound is for
** the sanitizers' builds), into at most 1.5 times the text. */
static inline void tk_test_linear(int (*xRead)(const char *, size_t, tk_work *,
                                               tk_buf *),
                                  const char *const *azUnit) {
  tk_buf b = {0};
  for (int k = 0; azUnit[k]; k++) {
    size_t n;
    char *z = tk_test_repeated(azUnit[k], (4u << 20) / strlen(azUnit[k]), &n);
    clock_t t0 = clock();
    tk_buf_reset(&b);
    TK_CHECK_INT(xRead(z, n, 0, &b), TK_OK);
    double rSec = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (rSec > 5.0) {
      fprintf(stderr, "  slow: 4 MB of '%s' took %.1f s\n", azUnit[k], rSec);
      TK_CHECK(0);
    }
    TK_CHECK(b.n <= n + n / 2);
    free(z);
  }
  tk_buf_free(&b);
}

#endif
