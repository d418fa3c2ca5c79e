/*
** bench_sentences.c -- speed of sentence segmentation and case folding on
** the bench corpus: the core (tk_sentences_*, tk_casefold) on the whole
** corpus as one value, and the SQL path document by document (documents
** are separated by blank lines):
**
**   SELECT count(*) FROM sentences(?);   SELECT length(text_casefold(?));
**
**   build/release/bench/bench_sentences --lib dist/textkit.so \
**     --corpus build/bench/news.txt
**
** Targets (one core): sentences core >= 100 MB/s, SQL >= 30 MB/s;
** text_casefold >= 50 MB/s.
*/
#include "textkit.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

/* Print one result line with its target. */
static void report(const char *zWhat, double rMb, const char *zExtra,
                   double rTarget) {
  printf("%-38s %8.1f MB/s  %-22s target >= %3.0f MB/s: %s\n", zWhat, rMb,
         zExtra, rTarget, rMb >= rTarget ? "PASS" : "SHORT");
}

/* The core segmenter over the whole corpus, repeated for >= 1 s. */
static void benchCore(const char *z, size_t n) {
  tk_sentences *p;
  if (tk_sentences_new(0, &p) != TK_OK) exit(1);
  size_t nSent = 0, nBytes = 0, iStart, nLen;
  double t0 = benchNow(), t = 0;
  int nRep = 0;
  while (t < 1.0) {
    tk_sentences_reset(p, z, n);
    while (tk_sentences_next(p, &iStart, &nLen) == 1)
      nSent++;
    nBytes += n;
    nRep++;
    t = benchNow() - t0;
  }
  tk_sentences_free(p);
  char zExtra[64];
  snprintf(zExtra, sizeof zExtra, "%zu sentences/pass", nSent / (size_t)nRep);
  report("sentences  tk_sentences_next (core)", (double)nBytes / 1e6 / t,
         zExtra, 100);
}

/* The core case folding over the whole corpus. */
static void benchCasefold(const char *z, size_t n) {
  tk_buf b = {0};
  double t0 = benchNow(), t = 0;
  size_t nBytes = 0;
  while (t < 1.0) {
    tk_buf_reset(&b);
    if (tk_casefold(z, n, &b) != TK_OK) exit(1);
    nBytes += n;
    t = benchNow() - t0;
  }
  tk_buf_free(&b);
  report("normalize  tk_casefold (core)", (double)nBytes / 1e6 / t, "", 50);
}

/* One SQL statement run once per document (blank-line separated). */
static void benchSql(sqlite3 *db, const char *zSql, const char *zWhat,
                     const char *z, size_t n, double rTarget) {
  sqlite3_stmt *pStmt;
  if (sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK) {
    fprintf(stderr, "%s\n", sqlite3_errmsg(db));
    exit(1);
  }
  double t0 = benchNow(), t = 0;
  size_t nBytes = 0;
  sqlite3_int64 nRows = 0;
  while (t < 1.0) {
    size_t i = 0;
    while (i < n) {
      const char *zEnd = strstr(z + i, "\n\n");
      size_t e = zEnd ? (size_t)(zEnd - z) : n;
      sqlite3_bind_text64(pStmt, 1, z + i, e - i, SQLITE_STATIC, SQLITE_UTF8);
      if (sqlite3_step(pStmt) != SQLITE_ROW) exit(1);
      nRows += sqlite3_column_int64(pStmt, 0);
      sqlite3_reset(pStmt);
      nBytes += e - i;
      i = e + 2;
    }
    t = benchNow() - t0;
  }
  sqlite3_finalize(pStmt);
  (void)nRows;
  report(zWhat, (double)nBytes / 1e6 / t, "", rTarget);
}

int main(int argc, char **argv) {
  const char *zCorpus = 0, *zLib = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
  }
  size_t n;
  char *z = zCorpus ? benchReadFile(zCorpus, &n) : 0;
  if (!z || !zLib) {
    fprintf(stderr, "usage: %s --lib LIB --corpus FILE\n", argv[0]);
    return 2;
  }
  benchCore(z, n);
  benchCasefold(z, n);
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "%s\n", zErr);
    return 1;
  }
  benchSql(db, "SELECT count(*) FROM sentences(?)",
           "sentences  SELECT count(*) FROM sentences", z, n, 30);
  benchSql(db, "SELECT length(text_casefold(?))",
           "normalize  SELECT text_casefold(doc)", z, n, 50);
  sqlite3_close(db);
  free(z);
  return 0;
}
