/*
** bench_regex.c -- regular-expression throughput (make bench):
**
**   build/release/bench/bench_regexp --lib dist/textkit.so --corpus news.txt
**
** A realistic date pattern (news-style "17 May 2024", "May 17, 2024",
** "2024-05-17") is matched against every line of the corpus:
**   1. through the core API (tk_regex_match) with JIT and without JIT
**      (TK_RE_NOJIT), printing MB/s and the JIT ratio against the >= 3x
**      target (PASS/SHORT);
**   2. through SQL: SELECT count(*) FROM lines WHERE regexp_like(line, ?);
**   3. the catastrophic pattern (a+)+$ on 40 a's and a 'b' in SQL: the
**      time until it fails with "match limit exceeded" (target < 1 s).
** Beside 2 and 3 it prints DuckDB's regexp_matches (RE2) on the same lines
** and pattern, the ratio textkit / DuckDB and whether the match counts
** agree, from duckdb.txt that tests/bench/peer_duckdb.js wrote beside the
** corpus earlier in the same run ("DuckDB: not run" without it).
*/
#include "textkit.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

#define DATE_PATTERN                                                           \
  "\\b(?:\\d{1,2}\\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|"     \
  "May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"              \
  "Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+\\d{4})?"                            \
  "|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"      \
  "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|"                \
  "Dec(?:ember)?)\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"                             \
  "|\\d{4}-\\d{2}-\\d{2})\\b"

typedef struct Line {
  const char *z;
  size_t n;
} Line;

/* Split z into lines (pointers into z); returns the count. */
static size_t splitLines(const char *z, size_t n, Line **paLine) {
  size_t nLine = 0, nAlloc = 1024;
  Line *a = malloc(nAlloc * sizeof *a);
  size_t i = 0;
  while (i < n) {
    const char *zEnd = memchr(z + i, '\n', n - i);
    size_t j = zEnd ? (size_t)(zEnd - z) : n;
    if (nLine == nAlloc) a = realloc(a, (nAlloc *= 2) * sizeof *a);
    a[nLine].z = z + i;
    a[nLine++].n = j - i;
    i = j + 1;
  }
  *paLine = a;
  return nLine;
}

/* Match the pattern over every line (repeating the pass until at least
** 0.5 s went by); return MB/s and the number of matching lines. */
static double coreRun(const Line *a, size_t nLine, size_t nByte, unsigned flags,
                      long *pnMatch) {
  tk_regex *p = 0;
  char *zErr = 0;
  if (tk_regex_compile(DATE_PATTERN, strlen(DATE_PATTERN), flags, &p, &zErr) !=
      TK_OK) {
    fprintf(stderr, "bench_regexp: %s\n", zErr ? zErr : "compile failed");
    exit(1);
  }
  double t0 = benchNow(), t;
  int nPass = 0;
  do {
    long nMatch = 0;
    for (size_t i = 0; i < nLine; i++) {
      if (tk_regex_match(p, a[i].z, a[i].n, 0, 0, &zErr) == 1) nMatch++;
    }
    *pnMatch = nMatch;
    nPass++;
    t = benchNow() - t0;
  } while (t < 0.5);
  tk_regex_free(p);
  return (double)nByte * nPass / 1e6 / t;
}

/* Load the extension into a new in-memory database; exit on failure. */
static sqlite3 *openDb(const char *zLib) {
  sqlite3 *db = 0;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_regexp: cannot load %s: %s\n", zLib, zErr);
    exit(1);
  }
  return db;
}

/* Fill table lines(line) with the corpus lines. */
static void loadLines(sqlite3 *db, const Line *a, size_t nLine) {
  sqlite3_stmt *pIns = 0;
  sqlite3_exec(db, "CREATE TABLE lines(line TEXT); BEGIN", 0, 0, 0);
  sqlite3_prepare_v2(db, "INSERT INTO lines VALUES(?)", -1, &pIns, 0);
  for (size_t i = 0; i < nLine; i++) {
    sqlite3_bind_text(pIns, 1, a[i].z, (int)a[i].n, SQLITE_STATIC);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
  }
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
}

/* Run the SQL count query (repeating until 0.5 s); return MB/s. */
static double sqlRun(sqlite3 *db, size_t nByte, long *pnMatch) {
  sqlite3_stmt *p = 0;
  sqlite3_prepare_v2(
      db, "SELECT count(*) FROM lines WHERE regexp_like(line, ?)", -1, &p, 0);
  sqlite3_bind_text(p, 1, DATE_PATTERN, -1, SQLITE_STATIC);
  double t0 = benchNow(), t;
  int nPass = 0;
  do {
    if (sqlite3_step(p) != SQLITE_ROW) {
      fprintf(stderr, "bench_regexp: %s\n", sqlite3_errmsg(db));
      exit(1);
    }
    *pnMatch = (long)sqlite3_column_int64(p, 0);
    sqlite3_reset(p);
    nPass++;
    t = benchNow() - t0;
  } while (t < 0.5);
  sqlite3_finalize(p);
  return (double)nByte * nPass / 1e6 / t;
}

/* Time the catastrophic pattern in SQL; print the outcome. */
static double catastrophic(sqlite3 *db, const char **pzMsg) {
  sqlite3_stmt *p = 0;
  sqlite3_prepare_v2(db,
                     "SELECT regexp_like(printf('%.*c', 40, 'a') || 'b', "
                     "'(a+)+$')",
                     -1, &p, 0);
  double t0 = benchNow();
  int rc = sqlite3_step(p);
  double t = benchNow() - t0;
  *pzMsg = rc == SQLITE_ROW ? "returned a value" : sqlite3_errmsg(db);
  static char zMsg[200];
  snprintf(zMsg, sizeof zMsg, "%s", *pzMsg);
  *pzMsg = zMsg;
  sqlite3_finalize(p);
  return t;
}

/* DuckDB's regexp_matches on the same lines, from duckdb.txt beside
** zCorpus: its MB/s, the ratio textkit / DuckDB and whether the counts of
** matching lines agree; or why it is missing. */
static void printDuckdb(const char *zCorpus, double mbSql, size_t nLine,
                        long nSql) {
  double mb, lines, matches;
  if (!benchPeerFigure(zCorpus, "duckdb.txt", "regex.mbs", &mb) ||
      !benchPeerFigure(zCorpus, "duckdb.txt", "regex.lines", &lines) ||
      !benchPeerFigure(zCorpus, "duckdb.txt", "regex.matches", &matches)) {
    printf("  DuckDB: not run (peer_duckdb.js did not run first: node or "
           "@duckdb/node-api not installed, or --only without duckdb)\n");
  } else if ((size_t)lines != nLine) {
    printf("  DuckDB: not compared (it read %.0f lines, we %zu)\n", lines,
           nLine);
  } else {
    printf("  DuckDB regexp_matches %7.1f MB/s  (%.0f lines match)  "
           "textkit / DuckDB x%.2f%s\n",
           mb, matches, mbSql / mb,
           (long)matches == nSql ? "" : "  MATCH COUNTS DIFFER");
  }
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  size_t n = 0;
  char *z = benchReadFile(zCorpus, &n);
  Line *aLine = 0;
  size_t nLine = splitLines(z, n, &aLine);
  size_t nByte = 0;
  for (size_t i = 0; i < nLine; i++)
    nByte += aLine[i].n;

  long nJit = 0, nInterp = 0, nSql = 0;
  double mbJit = coreRun(aLine, nLine, nByte, 0, &nJit);
  double mbInterp = coreRun(aLine, nLine, nByte, TK_RE_NOJIT, &nInterp);
  double ratio = mbJit / mbInterp;
  printf("regexp date pattern, %zu lines, %.1f MB\n", nLine, nByte / 1e6);
  printf("  core tk_regex_match  JIT     %8.1f MB/s  (%ld lines match)\n",
         mbJit, nJit);
  printf("  core tk_regex_match  no JIT  %8.1f MB/s  (%ld lines match)\n",
         mbInterp, nInterp);
  printf("  JIT / no JIT         %8.2fx   target >= 3x   %s\n", ratio,
         ratio >= 3.0 ? "PASS" : "SHORT");

  sqlite3 *db = openDb(zLib);
  loadLines(db, aLine, nLine);
  double mbSql = sqlRun(db, nByte, &nSql);
  printf("  SQL regexp_like (JIT) %7.1f MB/s  (%ld lines match)%s\n", mbSql,
         nSql, nSql == nJit ? "" : "  MISMATCH with the core count");
  printDuckdb(zCorpus, mbSql, nLine, nSql);
  const char *zMsg = 0;
  double t = catastrophic(db, &zMsg);
  printf("  catastrophic (a+)+$ on 40 a's + b: %.4f s (%s)   target < 1 s   "
         "%s\n",
         t, zMsg, t < 1.0 ? "PASS" : "SHORT");
  double tDuck;
  if (benchPeerFigure(zCorpus, "duckdb.txt", "regex.catastrophic_secs",
                      &tDuck)) {
    printf("  DuckDB regexp_matches (a+)+$ (RE2, no backtracking): %.4f s\n",
           tDuck);
  }
  sqlite3_close(db);
  free(aLine);
  free(z);
  return nJit == nInterp && nSql == nJit ? 0 : 1;
}
