/*
** bench_records.c -- `make bench`: text_records() throughput (MB/s of the
** file's bytes, through SQL, best of 3 runs) on records.csv and
** records.jsonl, the ~50 MB files of id,title,date,content rows (content a
** multi-line news document) that run_bench.py writes beside the corpus
** with tests/bench/make_records.py before the peers run.
**
**   build/release/bench/bench_records --lib dist/textkit.so \
**       --corpus build/bench/news.txt
**
** Each file is read into memory first and bound to the statement, so only
** the parse is timed, in two queries: the parse alone,
**   SELECT count(*), sum(length(fields)) FROM text_records(?1, 'format=F')
** and the corpus report's use, one document per record,
**   SELECT count(*), sum(length(fields ->> '$.content')) FROM text_records(..)
** The CSV lines carry the target (>= 100 MB/s, PASS or SHORT).  Beside the
** report query it prints the peers' figures of this run, with the ratio
** textkit / peer and whether the row count and the sum of the content
** lengths agree ("same rows"): DuckDB's read_csv and read_json, one thread,
** reading the file (duckdb.txt, from peer_duckdb.js) and Python's
** csv and json modules on the text in memory (python_records.txt, from
** peer_records.py).  Exits 1 when a peer's rows differ.
**
** Then text_gunzip(): records.csv gzip-compressed in memory (zlib, level
** 6), inflated through SQL (SELECT length(text_gunzip(?1))) and by zlib's
** inflate called directly, what gunzip and Python's gzip module run: MB/s
** of the inflated bytes, best of 3, and the ratio (the cost of the SQL
** call, the output buffer and the interrupt polls over zlib itself).
**
** Then text_zip(): records.zip (make_records.py: each row's content as a
** member, deflated), SELECT count(*), sum(length(data)) FROM text_zip(?1)
** with the archive bound: MB/s of the inflated bytes, best of 3, beside
** Python's zipfile reading every member (python_records.txt, from
** peer_records.py), with the same members and bytes.
*/
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "bench_util.h"

#define N_RUNS 3
#define CSV_TARGET 100.0

/* One peer's figures for one file: MB/s, rows, sum of content lengths. */
typedef struct PeerFigures {
  double mbs, rows, chars;
} PeerFigures;

/* The figures under zKey ("records.csv" in duckdb.txt, "csv" in
** python_records.txt) that a peer wrote in this run; 0 when missing. */
static int readPeer(const char *zCorpus, const char *zFile, const char *zKey,
                    PeerFigures *p) {
  char *zMbs = sqlite3_mprintf("%s.mbs", zKey);
  char *zRows = sqlite3_mprintf("%s.rows", zKey);
  char *zChars = sqlite3_mprintf("%s.content_chars", zKey);
  int found = zMbs && zRows && zChars &&
              benchPeerFigure(zCorpus, zFile, zMbs, &p->mbs) &&
              benchPeerFigure(zCorpus, zFile, zRows, &p->rows) &&
              benchPeerFigure(zCorpus, zFile, zChars, &p->chars);
  sqlite3_free(zMbs);
  sqlite3_free(zRows);
  sqlite3_free(zChars);
  return found;
}

/* Print the line of zPeer (zLabel says how it reads) beside textkit's mbs,
** rows and chars; returns 1 when the peer's rows or content lengths differ
** from textkit's. */
static int printPeer(const char *zCorpus, const char *zFile, const char *zKey,
                     const char *zPeer, const char *zLabel, double mbs,
                     double rows, double chars) {
  PeerFigures p;
  if (!readPeer(zCorpus, zFile, zKey, &p)) {
    printf("      %-6s %-37s figure missing (its peer did not run first in "
           "this run: not installed, or --only without it)\n",
           zPeer, zLabel);
    return 0;
  }
  int same = p.rows == rows && p.chars == chars;
  printf("      %-6s %-37s %8.1f MB/s  textkit / %s x%.2f; %s\n", zPeer, zLabel,
         p.mbs, zPeer, mbs / p.mbs, same ? "same rows" : "ROWS DIFFER");
  if (!same) {
    printf("      peer: %.0f rows, content %.0f chars\n", p.rows, p.chars);
  }
  return !same;
}

/* MB/s of SELECT count(*), zSum FROM text_records(?1, 'format=zFormat')
** with z[0..n) bound, best of N_RUNS, printed on its line (with the
** target for csv); the count and the sum in *pRows and *pSum. */
static double timeQuery(sqlite3 *db, const char *zFormat, const char *zSum,
                        const char *z, size_t n, double *pRows, double *pSum) {
  char *zSql = sqlite3_mprintf(
      "SELECT count(*), %s FROM text_records(?1, 'format=%s')", zSum, zFormat);
  if (!zSql) {
    fprintf(stderr, "bench_records: out of memory\n");
    exit(1);
  }
  double mbs =
      (double)n / 1e6 / benchBestOfBound(db, zSql, z, n, N_RUNS, pRows, pSum);
  printf("  text_records %-5s %-36s %8.1f MB/s", zFormat, zSum, mbs);
  if (strcmp(zFormat, "csv") == 0) {
    printf("  target >= %.0f MB/s: %s", CSV_TARGET,
           mbs >= CSV_TARGET ? "PASS" : "SHORT");
  }
  printf("\n");
  sqlite3_free(zSql);
  return mbs;
}

/* Time the two queries on records.<zFormat> beside zCorpus and print their
** lines and the peers' beside the report query's; returns 1 when a peer's
** rows differ from textkit's. */
static int benchFile(sqlite3 *db, const char *zCorpus, const char *zFormat) {
  char *zName = sqlite3_mprintf("records.%s", zFormat);
  char *zPath = zName ? benchBesideCorpus(zCorpus, zName) : 0;
  size_t n;
  char *z = benchReadFile(zPath, &n);
  double rows, sum;
  timeQuery(db, zFormat, "sum(length(fields))", z, n, &rows, &sum);
  double mbs = timeQuery(db, zFormat, "sum(length(fields ->> '$.content'))", z,
                         n, &rows, &sum);
  printf("      %.0f rows, content %.0f chars; the same query's answer by:\n",
         rows, sum);
  int differ = 0;
  if (strcmp(zFormat, "csv") == 0) {
    differ |= printPeer(zCorpus, "duckdb.txt", "records.csv", "DuckDB",
                        "read_csv, 1 thread, reads the file", mbs, rows, sum);
    differ |= printPeer(zCorpus, "duckdb.txt", "records.csv_shm", "DuckDB",
                        "read_csv, 1 thread, file in /dev/shm", mbs, rows, sum);
    differ |= printPeer(zCorpus, "python_records.txt", "csv", "Python",
                        "csv.reader, str in memory", mbs, rows, sum);
  } else {
    differ |= printPeer(zCorpus, "duckdb.txt", "records.jsonl", "DuckDB",
                        "read_json, 1 thread, reads the file", mbs, rows, sum);
    differ |= printPeer(zCorpus, "python_records.txt", "jsonl", "Python",
                        "json.loads per line, str in memory", mbs, rows, sum);
  }
  free(z);
  sqlite3_free(zPath);
  sqlite3_free(zName);
  return differ;
}

/* z[0..n) as one gzip member at zlib's default level, malloc'd; its
** length in *pn (0 on failure). */
static unsigned char *gzipBytes(const char *z, size_t n, size_t *pn) {
  z_stream s;
  memset(&s, 0, sizeof(s));
  *pn = 0;
  if (deflateInit2(&s, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return 0;
  }
  size_t nOut = deflateBound(&s, (uLong)n) + 64;
  unsigned char *a = malloc(nOut);
  s.next_in = (Bytef *)z;
  s.avail_in = (uInt)n;
  s.next_out = a;
  s.avail_out = (uInt)nOut;
  if (a && deflate(&s, Z_FINISH) == Z_STREAM_END) *pn = nOut - s.avail_out;
  deflateEnd(&s);
  return a;
}

/* Seconds of the best of N_RUNS inflations of g[0..ng) by zlib directly
** into a new buffer of n bytes each time (gunzip and Python's
** gzip.decompress write into fresh memory too); the last one's bytes are
** copied to out[0..n). */
static double zlibInflate(const unsigned char *g, size_t ng, unsigned char *out,
                          size_t n) {
  double best = 1e30;
  for (int r = 0; r < N_RUNS; r++) {
    double t0 = benchNow();
    unsigned char *a = malloc(n ? n : 1);
    z_stream s;
    memset(&s, 0, sizeof(s));
    inflateInit2(&s, 16 + MAX_WBITS);
    s.next_in = (Bytef *)g;
    s.avail_in = (uInt)ng;
    s.next_out = a;
    s.avail_out = (uInt)n;
    int zrc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    double t = benchNow() - t0;
    if (zrc != Z_STREAM_END) {
      fprintf(stderr, "bench_records: zlib inflate failed (%d)\n", zrc);
      exit(1);
    }
    memcpy(out, a, n);
    free(a);
    if (t < best) best = t;
  }
  return best;
}

/* Seconds of the best of N_RUNS runs of SELECT length(text_gunzip(?1))
** with g[0..ng) bound as a BLOB; exits unless the length is n. */
static double sqlGunzip(sqlite3 *db, const unsigned char *g, size_t ng,
                        size_t n) {
  double best = 1e30;
  for (int r = 0; r < N_RUNS; r++) {
    sqlite3_stmt *pStmt;
    double t0 = benchNow();
    if (sqlite3_prepare_v2(db, "SELECT length(text_gunzip(?1))", -1, &pStmt,
                           0) != SQLITE_OK ||
        sqlite3_bind_blob64(pStmt, 1, g, ng, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(pStmt) != SQLITE_ROW ||
        (size_t)sqlite3_column_int64(pStmt, 0) != n) {
      fprintf(stderr, "bench_records: text_gunzip: %s\n", sqlite3_errmsg(db));
      exit(1);
    }
    sqlite3_finalize(pStmt);
    double t = benchNow() - t0;
    if (t < best) best = t;
  }
  return best;
}

/* text_gunzip beside zlib's inflate on records.csv gzip-compressed. */
static void benchGunzip(sqlite3 *db, const char *zCorpus) {
  char *zPath = benchBesideCorpus(zCorpus, "records.csv");
  size_t n, ng;
  char *z = zPath ? benchReadFile(zPath, &n) : 0;
  unsigned char *g = z ? gzipBytes(z, n, &ng) : 0;
  unsigned char *out = malloc(n ? n : 1);
  if (!g || !ng || !out) {
    fprintf(stderr, "bench_records: cannot gzip records.csv\n");
    exit(1);
  }
  double tSql = sqlGunzip(db, g, ng, n);
  double tZlib = zlibInflate(g, ng, out, n);
  if (memcmp(out, z, n) != 0) {
    fprintf(stderr, "bench_records: zlib inflated other bytes\n");
    exit(1);
  }
  printf("gunzip: records.csv gzip-compressed in memory (%.1f MB -> %.1f "
         "MB), MB/s of the inflated bytes, best of %d\n",
         ng / 1e6, n / 1e6, N_RUNS);
  printf("  text_gunzip (SQL)      %8.1f MB/s\n", n / 1e6 / tSql);
  printf("  zlib inflate alone     %8.1f MB/s  textkit / zlib x%.2f\n",
         n / 1e6 / tZlib, tZlib / tSql);
  free(out);
  free(g);
  free(z);
  sqlite3_free(zPath);
}

/* text_zip over records.zip beside Python's zipfile; returns 1 when
** Python read other members or bytes. */
static int benchZip(sqlite3 *db, const char *zCorpus) {
  char *zPath = benchBesideCorpus(zCorpus, "records.zip");
  size_t n;
  char *z = zPath ? benchReadFile(zPath, &n) : 0;
  if (!z) {
    printf("zip: skipped: %s is absent (make_records.py writes it)\n",
           zPath ? zPath : "records.zip");
    sqlite3_free(zPath);
    return 0;
  }
  double rows, bytes;
  double t = benchBestOfBound(
      db, "SELECT count(*), sum(length(data)) FROM text_zip(?1)", z, n, N_RUNS,
      &rows, &bytes);
  double mbs = bytes / 1e6 / t;
  printf("zip: records.zip in memory (%.1f MB, %.0f members, %.1f MB "
         "inflated), MB/s of the inflated bytes, best of %d\n",
         n / 1e6, rows, bytes / 1e6, N_RUNS);
  printf("  text_zip (SQL)         %8.1f MB/s\n", mbs);
  int differ = printPeer(zCorpus, "python_records.txt", "zip", "Python",
                         "zipfile, every member read", mbs, rows, bytes);
  free(z);
  sqlite3_free(zPath);
  return differ;
}

/* Whether the file zName beside zCorpus exists; prints why the bench is
** skipped when it does not. */
static int haveFile(const char *zCorpus, const char *zName) {
  struct stat st;
  char *zPath = benchBesideCorpus(zCorpus, zName);
  int found = zPath && stat(zPath, &st) == 0;
  if (!found) {
    printf("records: skipped: %s is absent (run_bench.py writes it with "
           "tests/bench/make_records.py)\n",
           zPath ? zPath : zName);
  }
  sqlite3_free(zPath);
  return found;
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  if (!haveFile(zCorpus, "records.csv") || !haveFile(zCorpus, "records.jsonl"))
    return 0;
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_records: %s\n", zErr);
    return 1;
  }
  printf("records: records.csv and records.jsonl beside the corpus "
         "(make_records.py), each read into memory and bound, so the parse "
         "alone is timed; MB/s of the file's bytes, best of %d\n",
         N_RUNS);
  int differ = benchFile(db, zCorpus, "csv");
  differ |= benchFile(db, zCorpus, "jsonl");
  benchGunzip(db, zCorpus);
  differ |= benchZip(db, zCorpus);
  sqlite3_close(db);
  return differ;
}
