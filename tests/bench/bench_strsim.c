/*
** bench_strsim.c -- string similarity speed beside plain O(nm) dynamic
** programming, in the same SQL query shape, measured in one run:
**
**   build/release/bench/bench_strsim --lib dist/textkit.so --corpus news.txt
**
** Loads textkit into an in-memory database, registers the plain DPs as
** application-defined functions (dp_levenshtein: two rows;
** dp_damerau: the textbook Lowrance-Wagner table with a hash map of the
** last row of each character; dp_osa: three rows; dp_jaro: flag arrays),
** fills three tables of pairs cut from the corpus (consecutive words;
** unrelated 500-character passages; passages against a copy with 5%
** random edits) and times SELECT sum(f(a, b)) FROM pairs for each.
** Prints calls/s, the ratio to the plain DP, and PASS/SHORT beside each
** target of issue 5.  Beside the functions DuckDB also has (levenshtein,
** damerau_levenshtein, jaro_similarity, jaro_winkler_similarity) it prints
** DuckDB's calls/s on the same pairs, the ratio textkit / DuckDB and whether
** the sums agree, from duckdb.txt that tests/bench/peer_duckdb.js wrote
** beside the corpus earlier in the same run (its pair tables must hash the
** same as ours; else, or without the file, it says why DuckDB is missing).
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

/* Decode UTF-8 (lenient: a bad byte is one character) into a new array. */
static unsigned *decode(const unsigned char *z, int n, int *pLen) {
  unsigned *a = malloc(sizeof(unsigned) * (size_t)(n + 1));
  int k = 0;
  for (int i = 0; i < n;) {
    unsigned c = z[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > n) len = 1;
    if (len > 1) {
      c &= 0x3F >> (len - 1);
      for (int j = 1; j < len; j++)
        c = (c << 6) | (z[i + j] & 0x3F);
    }
    a[k++] = c;
    i += len;
  }
  *pLen = k;
  return a;
}

/* The two arguments decoded; returns 0 on NULL. */
static int args(sqlite3_value **argv, unsigned **pa, int *pm, unsigned **pb,
                int *pn) {
  const unsigned char *za = sqlite3_value_text(argv[0]);
  const unsigned char *zb = sqlite3_value_text(argv[1]);
  if (!za || !zb) return 0;
  *pa = decode(za, sqlite3_value_bytes(argv[0]), pm);
  *pb = decode(zb, sqlite3_value_bytes(argv[1]), pn);
  return 1;
}

static int min3(int a, int b, int c) {
  int m = a < b ? a : b;
  return m < c ? m : c;
}

/* Plain Levenshtein: two rows of the DP table. */
static void dpLevenshtein(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  (void)argc;
  unsigned *a, *b;
  int m, n;
  if (!args(argv, &a, &m, &b, &n)) return;
  int *prev = malloc(sizeof(int) * (size_t)(n + 1));
  int *cur = malloc(sizeof(int) * (size_t)(n + 1));
  for (int j = 0; j <= n; j++)
    prev[j] = j;
  for (int i = 1; i <= m; i++) {
    cur[0] = i;
    for (int j = 1; j <= n; j++) {
      cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
                    prev[j - 1] + (a[i - 1] != b[j - 1]));
    }
    int *t = prev;
    prev = cur, cur = t;
  }
  sqlite3_result_int(ctx, prev[n]);
  free(prev), free(cur), free(a), free(b);
}

/* Plain OSA: three rows. */
static void dpOsa(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  unsigned *a, *b;
  int m, n;
  if (!args(argv, &a, &m, &b, &n)) return;
  int *r0 = malloc(sizeof(int) * (size_t)(n + 1));
  int *r1 = malloc(sizeof(int) * (size_t)(n + 1));
  int *r2 = malloc(sizeof(int) * (size_t)(n + 1));
  for (int j = 0; j <= n; j++)
    r1[j] = j;
  for (int i = 1; i <= m; i++) {
    r2[0] = i;
    for (int j = 1; j <= n; j++) {
      int v =
          min3(r1[j] + 1, r2[j - 1] + 1, r1[j - 1] + (a[i - 1] != b[j - 1]));
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          r0[j - 2] + 1 < v) {
        v = r0[j - 2] + 1;
      }
      r2[j] = v;
    }
    int *t = r0;
    r0 = r1, r1 = r2, r2 = t;
  }
  sqlite3_result_int(ctx, r1[n]);
  free(r0), free(r1), free(r2), free(a), free(b);
}

/* A tiny open-addressed map code point -> last row, for dpDamerau. */
typedef struct Da {
  unsigned key[1024];
  int val[1024];
} Da;
static int *daSlot(Da *p, unsigned c) {
  unsigned h = (c * 2654435761u) >> 22;
  while (p->key[h] && p->key[h] != c + 1)
    h = (h + 1) & 1023;
  if (!p->key[h]) p->key[h] = c + 1, p->val[h] = 0;
  return &p->val[h];
}

/* Plain unrestricted Damerau-Levenshtein (Lowrance-Wagner, full table). */
static void dpDamerau(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  unsigned *a, *b;
  int m, n;
  if (!args(argv, &a, &m, &b, &n)) return;
  int w = n + 2, big = m + n;
  int *d = malloc(sizeof(int) * (size_t)(m + 2) * (size_t)w);
  Da *da = calloc(1, sizeof(Da));
  d[0] = big;
  for (int i = 0; i <= m; i++)
    d[(i + 1) * w] = big, d[(i + 1) * w + 1] = i;
  for (int j = 0; j <= n; j++)
    d[j + 1] = big, d[w + j + 1] = j;
  for (int i = 1; i <= m; i++) {
    int db = 0;
    for (int j = 1; j <= n; j++) {
      int i1 = *daSlot(da, b[j - 1]), j1 = db, cost = 1;
      if (a[i - 1] == b[j - 1]) cost = 0, db = j;
      int v = min3(d[i * w + j] + cost, d[(i + 1) * w + j] + 1,
                   d[i * w + j + 1] + 1);
      int tr = d[i1 * w + j1] + (i - i1 - 1) + 1 + (j - j1 - 1);
      d[(i + 1) * w + j + 1] = v < tr ? v : tr;
    }
    *daSlot(da, a[i - 1]) = i;
  }
  sqlite3_result_int(ctx, d[(m + 1) * w + n + 1]);
  free(d), free(da), free(a), free(b);
}

/* Plain Jaro with flag arrays (jellyfish's loop). */
static void dpJaro(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  unsigned *a, *b;
  int m, n;
  if (!args(argv, &a, &m, &b, &n)) return;
  double w = 0;
  if (m && n) {
    int r = (m > n ? m : n) / 2 - 1, c = 0, t = 0, k = 0;
    if (r < 0) r = 0;
    char *fa = calloc((size_t)m, 1), *fb = calloc((size_t)n, 1);
    for (int i = 0; i < m; i++) {
      int lo = i > r ? i - r : 0, hi = i + r < n - 1 ? i + r : n - 1;
      for (int j = lo; j <= hi; j++) {
        if (!fb[j] && b[j] == a[i]) {
          fa[i] = fb[j] = 1, c++;
          break;
        }
      }
    }
    for (int i = 0; i < m && c; i++) {
      if (!fa[i]) continue;
      while (!fb[k])
        k++;
      t += a[i] != b[k++];
    }
    if (c) w = ((double)c / m + (double)c / n + (c - t / 2) / (double)c) / 3;
    free(fa), free(fb);
  }
  sqlite3_result_double(ctx, w);
  free(a), free(b);
}

/* Calls per second of SELECT sum(zExpr) FROM zTable (best of nRep); the
** sum in *pSum when pSum is not NULL. */
static double timeQuery(sqlite3 *db, const char *zExpr, const char *zTable,
                        int nRep, double *pSum) {
  char *zSql =
      sqlite3_mprintf("SELECT sum(%s), count(*) FROM %s", zExpr, zTable);
  double best = 0;
  for (int r = 0; r < nRep; r++) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, zSql, -1, &st, 0) != SQLITE_OK) {
      fprintf(stderr, "%s: %s\n", zSql, sqlite3_errmsg(db));
      exit(1);
    }
    double t0 = benchNow();
    if (sqlite3_step(st) != SQLITE_ROW) {
      fprintf(stderr, "%s: %s\n", zSql, sqlite3_errmsg(db));
      exit(1);
    }
    double rate = sqlite3_column_int64(st, 1) / (benchNow() - t0);
    if (pSum) *pSum = sqlite3_column_double(st, 0);
    sqlite3_finalize(st);
    if (rate > best) best = rate;
  }
  sqlite3_free(zSql);
  return best;
}

/* Fill words(a, b), passages(a, b), edited(a, b) from the corpus. */
static void fillTables(sqlite3 *db, const char *z, long n) {
  sqlite3_exec(db,
               "CREATE TABLE words(a, b); CREATE TABLE passages(a, b);"
               "CREATE TABLE edited(a, b); BEGIN",
               0, 0, 0);
  sqlite3_stmt *ins;
  sqlite3_prepare_v2(db, "INSERT INTO words VALUES (?1, ?2)", -1, &ins, 0);
  long i = 0, nPair = 0;
  const char *zPrev = 0;
  int nPrev = 0;
  while (i < n && nPair < 200000) {
    while (i < n && (z[i] == ' ' || z[i] == '\n'))
      i++;
    long s = i;
    while (i < n && z[i] != ' ' && z[i] != '\n')
      i++;
    if (i == s) break;
    if (zPrev) {
      sqlite3_bind_text(ins, 1, zPrev, nPrev, SQLITE_STATIC);
      sqlite3_bind_text(ins, 2, z + s, (int)(i - s), SQLITE_STATIC);
      sqlite3_step(ins);
      sqlite3_reset(ins);
      nPair++;
    }
    zPrev = z + s, nPrev = (int)(i - s);
  }
  sqlite3_finalize(ins);
  sqlite3_stmt *p1, *p2;
  sqlite3_prepare_v2(db, "INSERT INTO passages VALUES (?1, ?2)", -1, &p1, 0);
  sqlite3_prepare_v2(db, "INSERT INTO edited VALUES (?1, ?2)", -1, &p2, 0);
  unsigned seed = 12345;
  char buf[600];
  for (long k = 0; k < 1000 && (k + 2) * 500 < n; k++) {
    const char *a = z + k * 500, *b = a + 500;
    sqlite3_bind_text(p1, 1, a, 500, SQLITE_STATIC);
    sqlite3_bind_text(p1, 2, b, 500, SQLITE_STATIC);
    sqlite3_step(p1);
    sqlite3_reset(p1);
    int nb = 0;
    for (int j = 0; j < 500; j++) {
      seed = seed * 1103515245 + 12345;
      int r = (seed >> 16) % 100;
      if (r == 0) continue;                            /* delete */
      if (r == 1) buf[nb++] = 'a' + (char)(seed % 26); /* insert */
      if (r == 2 && j + 1 < 500) {                     /* transpose */
        buf[nb++] = a[j + 1], buf[nb++] = a[j++];
        continue;
      }
      buf[nb++] = r == 3 ? 'x' : a[j]; /* substitute or keep */
    }
    sqlite3_bind_text(p2, 1, a, 500, SQLITE_STATIC);
    sqlite3_bind_text(p2, 2, buf, nb, SQLITE_TRANSIENT);
    sqlite3_step(p2);
    sqlite3_reset(p2);
  }
  sqlite3_finalize(p1);
  sqlite3_finalize(p2);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
}

/* 32-bit FNV-1a of zTable's pairs in row order, each string followed by a
** 0 byte (peer_duckdb.js hashes the pairs it builds the same way). */
static unsigned tableHash(sqlite3 *db, const char *zTable) {
  char *zSql = sqlite3_mprintf("SELECT a, b FROM %s ORDER BY rowid", zTable);
  sqlite3_stmt *st;
  unsigned h = 2166136261u;
  if (sqlite3_prepare_v2(db, zSql, -1, &st, 0) != SQLITE_OK) {
    fprintf(stderr, "%s: %s\n", zSql, sqlite3_errmsg(db));
    exit(1);
  }
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < 2; c++) {
      const unsigned char *z = sqlite3_column_text(st, c);
      int n = sqlite3_column_bytes(st, c);
      for (int i = 0; i < n; i++)
        h = (h ^ z[i]) * 16777619u;
      h *= 16777619u;
    }
  }
  sqlite3_finalize(st);
  sqlite3_free(zSql);
  return h;
}

/* Why DuckDB's figures for zTable cannot be shown, or NULL when they can:
** duckdb.txt beside zCorpus is from this run and its pairs hash like ours. */
static const char *duckdbMissing(sqlite3 *db, const char *zCorpus,
                                 const char *zTable) {
  char zKey[64];
  double hash;
  snprintf(zKey, sizeof zKey, "%s.hash", zTable);
  if (!benchPeerFigure(zCorpus, "duckdb.txt", zKey, &hash)) {
    return "DuckDB: not run";
  }
  if ((unsigned)hash != tableHash(db, zTable)) {
    return "DuckDB: not compared (its pairs differ from ours)";
  }
  return 0;
}

/* DuckDB's calls/s for zFn on zTable, the ratio and whether its sum agrees
** with ours, on the current line; nothing for a function DuckDB lacks. */
static void printDuckdb(const char *zCorpus, const char *zMissing,
                        const char *zFn, const char *zTable, double us,
                        double sum) {
  static const char *azDuck[] = {"levenshtein", "damerau_levenshtein",
                                 "jaro_similarity", "jaro_winkler_similarity"};
  int i = 0;
  while (i < 4 && strcmp(azDuck[i], zFn))
    i++;
  if (i == 4) return;
  if (zMissing) {
    printf("  %s", zMissing);
    return;
  }
  char zKey[96];
  double rate = 0, duckSum = 0;
  snprintf(zKey, sizeof zKey, "%s.%s", zFn, zTable);
  int ok = benchPeerFigure(zCorpus, "duckdb.txt", zKey, &rate) && rate > 0;
  snprintf(zKey, sizeof zKey, "%s.%s.sum", zFn, zTable);
  ok = ok && benchPeerFigure(zCorpus, "duckdb.txt", zKey, &duckSum);
  if (!ok) {
    printf("  DuckDB: figure missing from duckdb.txt");
    return;
  }
  double tol = 1e-9 * (sum < 0 ? -sum : sum > 1 ? sum : 1);
  double diff = duckSum - sum;
  printf("  DuckDB %10.0f calls/s  textkit / DuckDB x%6.2f", rate, us / rate);
  if (diff <= tol && diff >= -tol) {
    printf("  same sum");
  } else {
    printf("  sums differ: DuckDB %.10g, textkit %.10g", duckSum, sum);
  }
}

/* One line: ours beside the plain DP, with the target if any, then
** DuckDB's figure when it has the function. */
static void line(sqlite3 *db, const char *zFn, const char *zDp,
                 const char *zTable, double target, int nRep,
                 const char *zCorpus, const char *zDuckMissing) {
  char zA[128], zB[128];
  double sum = 0;
  snprintf(zA, sizeof(zA), "%s(a, b)", zFn);
  double us = timeQuery(db, zA, zTable, nRep, &sum);
  if (!zDp) {
    printf("%-24s %-9s %12.0f calls/s", zFn, zTable, us);
  } else {
    snprintf(zB, sizeof(zB), "%s(a, b)", zDp);
    double dp = timeQuery(db, zB, zTable, nRep, 0);
    printf("%-24s %-9s %12.0f calls/s  plain DP %10.0f calls/s  x%6.1f", zFn,
           zTable, us, dp, us / dp);
    if (target > 0)
      printf("  target >= %gx %s", target,
             us / dp >= target ? "PASS" : "SHORT");
  }
  printDuckdb(zCorpus, zDuckMissing, zFn, zTable, us, sum);
  printf("\n");
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--lib")) zLib = argv[i + 1];
    if (!strcmp(argv[i], "--corpus")) zCorpus = argv[i + 1];
  }
  size_t n;
  char *z = benchReadFile(zCorpus, &n);
  if (!z) {
    fprintf(stderr, "bench_strsim: cannot read %s\n", zCorpus);
    return 1;
  }
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_strsim: %s\n", zErr);
    return 1;
  }
  sqlite3_create_function(db, "dp_levenshtein", 2, SQLITE_UTF8, 0,
                          dpLevenshtein, 0, 0);
  sqlite3_create_function(db, "dp_osa", 2, SQLITE_UTF8, 0, dpOsa, 0, 0);
  sqlite3_create_function(db, "dp_damerau", 2, SQLITE_UTF8, 0, dpDamerau, 0, 0);
  sqlite3_create_function(db, "dp_jaro", 2, SQLITE_UTF8, 0, dpJaro, 0, 0);
  fillTables(db, z, (long)n);
  printf("pairs: words = 200000 consecutive corpus words; passages = 1000 "
         "pairs of\n"
         "unrelated 500-char passages; edited = 1000 passages vs a copy with "
         "~5%% edits\n");
  const char *aTab[] = {"words", "passages", "edited"};
  double version;
  if (!benchPeerFigure(zCorpus, "duckdb.txt", "version", &version)) {
    printf("DuckDB: not run (peer_duckdb.js did not run first in this run: "
           "node or @duckdb/node-api\nnot installed, or --only without "
           "duckdb)\n");
  }
  for (int t = 0; t < 3; t++) {
    /* a run over the words takes about 30 ms, so one descheduling or
    ** frequency step moves it by half: the best of 9 steadies it */
    int nRep = t == 0 ? 9 : 2;
    const char *zTab = aTab[t], *zNo = duckdbMissing(db, zCorpus, zTab);
    line(db, "levenshtein", "dp_levenshtein", zTab, t == 0 ? 1 : 20, nRep,
         zCorpus, zNo);
    line(db, "damerau_levenshtein", "dp_damerau", zTab, t == 0 ? 0 : 5, nRep,
         zCorpus, zNo);
    line(db, "osa_distance", "dp_osa", zTab, 0, nRep, zCorpus, zNo);
    line(db, "jaro_similarity", "dp_jaro", zTab, 0, nRep, zCorpus, zNo);
    line(db, "jaro_winkler_similarity", 0, zTab, 0, nRep, zCorpus, zNo);
    line(db, "levenshtein_similarity", 0, zTab, 0, nRep, zCorpus, zNo);
    line(db, "trigram_similarity", 0, zTab, 0, nRep, zCorpus, zNo);
    line(db, "trigram_word_similarity", 0, zTab, 0, nRep, zCorpus, zNo);
  }
  printf("%-24s %-9s %12.0f calls/s\n", "soundex", "words",
         timeQuery(db, "length(soundex(a))", "words", 3, 0));
  printf("%-24s %-9s %12.0f calls/s\n", "metaphone", "words",
         timeQuery(db, "length(metaphone(a))", "words", 3, 0));
  sqlite3_close(db);
  free(z);
  return 0;
}
