/*
** bench_passages.c -- speed of text_overlap(), text_blocks() and
** text_main() through SQL on the bench corpus:
**
**   SELECT count(*), sum(words) FROM text_overlap(?1, ?2);
**   SELECT count(*) FROM text_blocks(?);   SELECT length(text_main(?));
**
**   build/release/bench/bench_passages --lib dist/textkit.so --corpus
**   build/bench/news.txt
**
** text_overlap: a and b are S bytes each of corpus words drawn at random
** (two seeds: the corpus's word frequencies, no shared runs by chance),
** with a 400-byte passage of a planted in b every 4 KB; MB/s counts both
** texts.  Run at S = 1, 2 and 4 MB, the growth
** exponent log(t4/t1)/log(4) must stay near 1 (target <= 1.2).
** text_blocks / text_main: the whole corpus as one value.
*/
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

/* Open an in-memory database with textkit loaded; exits on failure. */
static sqlite3 *openDb(const char *zLib) {
  sqlite3 *db = 0;
  char *zErr = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_enable_load_extension(db, 1) != SQLITE_OK ||
      sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_passages: cannot load %s: %s\n", zLib,
            zErr ? zErr : sqlite3_errmsg(db));
    exit(1);
  }
  return db;
}

/* Run zSql with ?1 = z1 and ?2 = z2 (z2 may be 0) and return the seconds
** it took; *pr gets the first column of its one row. */
static double timeQuery(sqlite3 *db, const char *zSql, const char *z1,
                        size_t n1, const char *z2, size_t n2,
                        sqlite3_int64 *pr) {
  sqlite3_stmt *p = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &p, 0) != SQLITE_OK) {
    fprintf(stderr, "bench_passages: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  sqlite3_bind_text64(p, 1, z1, n1, SQLITE_STATIC, SQLITE_UTF8);
  if (z2) sqlite3_bind_text64(p, 2, z2, n2, SQLITE_STATIC, SQLITE_UTF8);
  double t0 = benchNow();
  if (sqlite3_step(p) != SQLITE_ROW) {
    fprintf(stderr, "bench_passages: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  double t = benchNow() - t0;
  *pr = sqlite3_column_int64(p, 0);
  sqlite3_finalize(p);
  return t;
}

/* The corpus's words (split at white space) as pointers and lengths. */
typedef struct Words {
  const char **az;
  int *an;
  size_t n;
} Words;

/* Split the corpus into words. */
static Words corpusWords(const char *z, size_t n) {
  Words w = {malloc(sizeof(char *) * (n / 2 + 1)),
             malloc(sizeof(int) * (n / 2 + 1)), 0};
  if (!w.az || !w.an) exit(1);
  for (size_t i = 0; i < n;) {
    while (i < n && (z[i] == ' ' || z[i] == '\n'))
      i++;
    size_t j = i;
    while (j < n && z[j] != ' ' && z[j] != '\n')
      j++;
    if (j > i) {
      w.az[w.n] = z + i;
      w.an[w.n++] = (int)(j - i);
    }
    i = j;
  }
  return w;
}

/* Fill z[0..n) with corpus words drawn at random (seeded), so the text
** has the corpus's word frequencies but shares no long runs by chance. */
static void randomText(const Words *w, unsigned long long seed, char *z,
                       size_t n) {
  size_t i = 0;
  while (i < n) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    size_t k = (size_t)(seed % w->n);
    for (int t = 0; t < w->an[k] && i < n; t++)
      z[i++] = w->az[k][t];
    if (i < n) z[i++] = (seed >> 40) % 16 == 0 ? '\n' : ' ';
  }
}

/* Build a and b of nSize bytes each (see the head comment). */
static void makePair(const Words *w, size_t nSize, char *zA, char *zB) {
  randomText(w, 0x9E3779B97F4A7C15ull, zA, nSize);
  randomText(w, 0xD1B54A32D192ED03ull, zB, nSize);
  for (size_t at = 1000; at + 400 < nSize; at += 4096) {
    size_t from = (at * 7919) % (nSize - 400);
    zB[at] = ' ';
    memcpy(zB + at + 1, zA + from, 398);
    zB[at + 399] = ' ';
  }
}

/* One text_overlap run at nSize bytes per text: returns the seconds (the
** best of five) and prints the line. */
static double benchOverlap(sqlite3 *db, const Words *w, size_t nSize) {
  char *zA = malloc(nSize), *zB = malloc(nSize);
  if (!zA || !zB) exit(1);
  makePair(w, nSize, zA, zB);
  sqlite3_int64 nRows = 0;
  double tBest = 1e9;
  for (int r = 0; r < 5; r++) {
    double t = timeQuery(db, "SELECT count(*) FROM text_overlap(?1, ?2)", zA,
                         nSize, zB, nSize, &nRows);
    if (t < tBest) tBest = t;
  }
  printf("text_overlap 2 x %zu MB %25.1f MB/s  (%lld passages)\n", nSize >> 20,
         2.0 * (double)nSize / 1e6 / tBest, (long long)nRows);
  free(zA);
  free(zB);
  return tBest;
}

/* Parse --lib and --corpus, then run every measurement. */
int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  size_t n;
  char *z = benchReadFile(zCorpus, &n);
  sqlite3 *db = openDb(zLib);
  printf("bench_passages: corpus %.1f MB\n", (double)n / 1e6);

  Words w = corpusWords(z, n);
  double t1 = benchOverlap(db, &w, 1 << 20);
  benchOverlap(db, &w, 2 << 20);
  double t4 = benchOverlap(db, &w, 4 << 20);
  double rExp = log(t4 / t1) / log(4.0);
  printf("text_overlap growth exponent 1->4 MB %12.2f        target <= 1.20: "
         "%s\n",
         rExp, rExp <= 1.2 ? "PASS" : "SHORT");

  sqlite3_int64 r = 0;
  double t =
      timeQuery(db, "SELECT count(*) FROM text_blocks(?1)", z, n, 0, 0, &r);
  printf("text_blocks (whole corpus) %23.1f MB/s  (%lld blocks)\n",
         (double)n / 1e6 / t, (long long)r);
  t = timeQuery(db, "SELECT length(text_main(?1))", z, n, 0, 0, &r);
  printf("text_main (whole corpus) %25.1f MB/s  (%lld characters kept)\n",
         (double)n / 1e6 / t, (long long)r);
  sqlite3_close(db);
  free(w.az);
  free(w.an);
  free(z);
  return 0;
}
