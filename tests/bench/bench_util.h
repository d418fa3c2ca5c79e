/*
** bench_util.h -- what every bench program (tests/bench/bench_*.c) shares:
** the clock, reading the corpus file that run_bench.py passes with
** --corpus, loading its documents into a table, and timing a one-value
** query, and reading a figure that a peer script wrote beside the corpus.
**
**   size_t n;  char *z = benchReadFile(zCorpus, &n);
**   double t0 = benchNow();  ...  double secs = benchNow() - t0;
**   double r, secs = benchBestOf(db, "SELECT count(*) FROM docs", 3, &r);
**   double v;  if (benchPeerFigure(zCorpus, "duckdb.txt", "regex.mbs", &v))
*/
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Wall-clock seconds (monotonic).  Every bench is single-threaded, so on a
** quiet machine this is the time of one core.  (The process CPU-time clock
** was tried: on this VM it reported ~30% lower throughput for every
** contender alike, so it is not used.) */
static inline double benchNow(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The whole file as a NUL-terminated malloc'd buffer; exits with a message
** when it cannot be read. */
static inline char *benchReadFile(const char *zPath, size_t *pn) {
  FILE *f = zPath ? fopen(zPath, "rb") : 0;
  if (!f) {
    fprintf(stderr, "bench: cannot open %s (give --corpus FILE)\n",
            zPath ? zPath : "the corpus");
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

/* Seconds of the best of nRuns runs of a one-row query with z[0..n) bound
** to ?1 (z NULL: nothing bound); its first value in *pr and, when pr2 is
** not NULL, its second in *pr2 (exits with the message on error). */
static inline double benchBestOfBound(sqlite3 *db, const char *zSql,
                                      const char *z, size_t n, int nRuns,
                                      double *pr, double *pr2) {
  double best = 1e30;
  for (int r = 0; r < nRuns; r++) {
    sqlite3_stmt *pStmt;
    double t0 = benchNow();
    if (sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK ||
        (z && sqlite3_bind_text64(pStmt, 1, z, n, SQLITE_STATIC,
                                  SQLITE_UTF8) != SQLITE_OK) ||
        sqlite3_step(pStmt) != SQLITE_ROW) {
      fprintf(stderr, "bench: %s: %s\n", zSql, sqlite3_errmsg(db));
      exit(1);
    }
    *pr = sqlite3_column_double(pStmt, 0);
    if (pr2) *pr2 = sqlite3_column_double(pStmt, 1);
    sqlite3_finalize(pStmt);
    double t = benchNow() - t0;
    if (t < best) best = t;
  }
  return best;
}

/* Seconds of the best of nRuns runs of a one-value query; its value in
** *pr (exits with the message on error). */
static inline double benchBestOf(sqlite3 *db, const char *zSql, int nRuns,
                                 double *pr) {
  return benchBestOfBound(db, zSql, 0, 0, nRuns, pr, 0);
}

/* Fill zTable(id INTEGER PRIMARY KEY, body TEXT), created here, with the
** blank-line separated documents of the corpus z, repeated until nMax
** bytes are stored; returns the bytes stored. */
static inline double benchLoadDocs(sqlite3 *db, const char *zTable,
                                   const char *z, double nMax) {
  sqlite3_stmt *pIns = 0;
  char *zSql = sqlite3_mprintf(
      "CREATE TABLE \"%w\"(id INTEGER PRIMARY KEY, body TEXT); BEGIN", zTable);
  sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  zSql = sqlite3_mprintf("INSERT INTO \"%w\"(body) VALUES(?1)", zTable);
  if (sqlite3_prepare_v2(db, zSql, -1, &pIns, 0) != SQLITE_OK) {
    fprintf(stderr, "bench: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  sqlite3_free(zSql);
  double nByte = 0;
  while (nByte < nMax && *z) {
    for (const char *p = z; *p && nByte < nMax;) {
      const char *zEnd = strstr(p, "\n\n");
      size_t len = zEnd ? (size_t)(zEnd - p) : strlen(p);
      if (len > 0) {
        sqlite3_bind_text(pIns, 1, p, (int)len, SQLITE_STATIC);
        sqlite3_step(pIns);
        sqlite3_reset(pIns);
        nByte += (double)len;
      }
      p += len;
      while (*p == '\n')
        p++;
    }
  }
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  return nByte;
}

/* The path of zFile beside zCorpus, from sqlite3_mprintf (free it with
** sqlite3_free; NULL when out of memory). */
static inline char *benchBesideCorpus(const char *zCorpus, const char *zFile) {
  const char *zSlash = strrchr(zCorpus, '/');
  int nDir = zSlash ? (int)(zSlash - zCorpus) + 1 : 0;
  return sqlite3_mprintf("%.*s%s", nDir, zCorpus, zFile);
}

/* The value of the "zKey value" line of the file zFile beside zCorpus, which
** a peer script (tests/bench/peer_*) writes; only when the file was written
** after the corpus, that is in this run of run_bench.py, which rewrites the
** corpus first.  Returns 0 when there is no such figure. */
static inline int benchPeerFigure(const char *zCorpus, const char *zFile,
                                  const char *zKey, double *pv) {
  struct stat stCorpus, stPeer;
  char *zPath = benchBesideCorpus(zCorpus, zFile);
  FILE *f = zPath ? fopen(zPath, "r") : 0;
  int found = 0;
  if (f && stat(zCorpus, &stCorpus) == 0 && stat(zPath, &stPeer) == 0 &&
      stPeer.st_mtime >= stCorpus.st_mtime) {
    char zLine[256];
    size_t nKey = strlen(zKey);
    while (!found && fgets(zLine, sizeof zLine, f)) {
      found = strncmp(zLine, zKey, nKey) == 0 && zLine[nKey] == ' ' &&
              sscanf(zLine + nKey, "%lf", pv) == 1;
    }
  }
  if (f) fclose(f);
  sqlite3_free(zPath);
  return found;
}

#endif /* BENCH_UTIL_H */
