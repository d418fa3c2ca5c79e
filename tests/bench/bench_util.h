/*
** bench_util.h -- what every bench program (tests/bench/bench_*.c) shares:
** the clock and reading the corpus file that run_bench.py passes with
** --corpus.
**
**   size_t n;  char *z = benchReadFile(zCorpus, &n);
**   double t0 = benchNow();  ...  double secs = benchNow() - t0;
*/
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* CPU seconds used by this process: steadier than wall time when the
** machine's other core is busy, and what "per core" figures mean. */
static inline double benchNow(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The whole file as a NUL-terminated malloc'd buffer; exits with a message
** when it cannot be read. */
static inline char *benchReadFile(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    fprintf(stderr, "bench: cannot open %s\n", zPath);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *z = n >= 0 ? malloc((size_t)n + 1) : 0;
  if (!z || fread(z, 1, (size_t)n, f) != (size_t)n) {
    fprintf(stderr, "bench: cannot read %s\n", zPath);
    exit(1);
  }
  fclose(f);
  z[n] = 0;
  *pn = (size_t)n;
  return z;
}

#endif /* BENCH_UTIL_H */
