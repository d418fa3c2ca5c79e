/*
** bench_corpus.c -- `make bench`: keywords() and text_cosine() throughput
** (MB/s of text read) over the bench corpus, and text_cosine() against the
** plain SQL a user would otherwise write for the same cosines (tokens() +
** GROUP BY + a sum of products), in the same query shape: every document
** against the next one.  Best of 3 runs each.  The brief sets no speed
** target: the ratio is reported.
**
**   build/release/bench/bench_corpus --lib dist/textkit.so \
**       --corpus build/bench/news.txt
*/
#include <sqlite3.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

#define N_RUNS 3
/* The docs table holds at least this many bytes (the corpus repeated). */
#define DOC_BYTES 2000000

/* The cosine of every document with the next, as a user writes it in SQL. */
static const char zPlainSql[] =
    "WITH tf AS (SELECT d.id AS id, t.norm AS term, count(*) AS c"
    "              FROM docs d, tokens(d.body) t"
    "             WHERE t.kind IN ('word', 'number') GROUP BY d.id, t.norm),"
    " len AS (SELECT id, sqrt(sum(c * c)) AS l FROM tf GROUP BY id),"
    " dot AS (SELECT x.id AS id, sum(x.c * y.c) AS d FROM tf x"
    "           JOIN tf y ON y.id = x.id + 1 AND y.term = x.term"
    "          GROUP BY x.id)"
    " SELECT sum(coalesce(dot.d, 0) / (la.l * lb.l))"
    "   FROM len la JOIN len lb ON lb.id = la.id + 1"
    "   LEFT JOIN dot ON dot.id = la.id";

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  size_t n;
  char *z = benchReadFile(zCorpus, &n);
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_corpus: %s\n", zErr);
    return 1;
  }
  double nByte = benchLoadDocs(db, "docs", z, DOC_BYTES);
  double r, rPlain;
  benchBestOf(db, "SELECT count(*) FROM docs", N_RUNS, &r);
  printf("corpus: %.0f documents, %.2f MB, best of %d\n", r, nByte / 1e6,
         N_RUNS);
  double t = benchBestOf(db, "SELECT count(*) FROM docs, keywords(docs.body)",
                         N_RUNS, &r);
  printf("  keywords() default          %7.1f MB/s  %9.0f rows\n",
         nByte / 1e6 / t, r);
  sqlite3_exec(db,
               "CREATE TABLE idf AS WITH n AS (SELECT count(*) AS n FROM docs),"
               " df AS (SELECT t.norm AS term, count(DISTINCT d.id) AS df"
               " FROM docs d, tokens(d.body) t WHERE t.kind IN ('word', "
               "'number') GROUP BY t.norm)"
               " SELECT term, ln((n + 1.0) / (df + 1)) + 1 AS idf FROM df, n",
               0, 0, 0);
  t = benchBestOf(db,
                  "SELECT count(*) FROM docs, keywords(docs.body, 'idf=idf')",
                  N_RUNS, &r);
  printf("  keywords() idf=             %7.1f MB/s  %9.0f rows\n",
         nByte / 1e6 / t, r);
  /* each document is read twice: as a and as b of its neighbour pairs */
  t = benchBestOf(db,
                  "SELECT sum(text_cosine(a.body, b.body)) FROM docs a"
                  " JOIN docs b ON b.id = a.id + 1",
                  N_RUNS, &r);
  printf("  text_cosine()               %7.1f MB/s  sum %.6f\n",
         2 * nByte / 1e6 / t, r);
  double tIdf = benchBestOf(db,
                            "SELECT sum(text_cosine(a.body, b.body, 'idf=idf'))"
                            " FROM docs a JOIN docs b ON b.id = a.id + 1",
                            N_RUNS, &rPlain);
  printf("  text_cosine() idf=          %7.1f MB/s\n", 2 * nByte / 1e6 / tIdf);
  double tPlain = benchBestOf(db, zPlainSql, N_RUNS, &rPlain);
  double ratio = tPlain / t;
  printf("  plain SQL (tokens+GROUP BY) %7.1f MB/s  sum %.6f  %s\n",
         2 * nByte / 1e6 / tPlain, rPlain,
         fabs(rPlain - r) < 1e-6 * (fabs(r) + 1) ? "same result"
                                                 : "RESULTS DIFFER");
  printf("  text_cosine ratio %.1f vs plain SQL\n", ratio);
  sqlite3_close(db);
  free(z);
  return 0;
}
