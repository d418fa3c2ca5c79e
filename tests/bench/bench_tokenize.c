/*
** bench_tokenize.c -- `make bench`: the textkit FTS5 tokenizer against
** FTS5's unicode61, ascii and porter tokenizers and ICU's raw word
** BreakIterator (MB/s), and tokens() against fts3tokenize (rows/s), on the
** same documents, best of 3 runs each.
**
**   build/release/bench/bench_tokenize --lib dist/textkit.so \
**       --corpus build/bench/news.txt
**
** Targets (issue 2): textkit >= unicode61 (ratio >= 1.0) and tokens()
** rows/s >= fts3tokenize; each line says PASS or SHORT.
*/
#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N_RUNS 3

/* The corpus split into documents at blank lines. */
typedef struct Corpus {
  char *zAll;
  const char **azDoc;
  int *anDoc;
  int nDoc;
  size_t nByte;
} Corpus;

/* Seconds on a monotonic clock. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Read zPath and split it into documents; exits on failure. */
static void loadCorpus(const char *zPath, Corpus *p) {
  FILE *in = fopen(zPath, "rb");
  if (!in) {
    fprintf(stderr, "bench_tokenize: cannot open %s\n", zPath);
    exit(1);
  }
  fseek(in, 0, SEEK_END);
  long n = ftell(in);
  fseek(in, 0, SEEK_SET);
  p->zAll = malloc((size_t)n + 1);
  if (!p->zAll || fread(p->zAll, 1, (size_t)n, in) != (size_t)n) exit(1);
  fclose(in);
  p->zAll[n] = 0;
  p->azDoc = malloc(sizeof(char *) * ((size_t)n / 2 + 1));
  p->anDoc = malloc(sizeof(int) * ((size_t)n / 2 + 1));
  p->nDoc = 0;
  p->nByte = 0;
  char *z = p->zAll;
  while (*z) {
    char *zEnd = strstr(z, "\n\n");
    size_t len = zEnd ? (size_t)(zEnd - z) : strlen(z);
    if (len > 0) {
      p->azDoc[p->nDoc] = z;
      p->anDoc[p->nDoc++] = (int)len;
      p->nByte += len;
    }
    z += len;
    while (*z == '\n')
      z++;
  }
}

/* The connection's fts5_api. */
static fts5_api *getFts5(sqlite3 *db) {
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0) != SQLITE_OK) {
    return 0;
  }
  sqlite3_bind_pointer(pStmt, 1, (void *)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  return pApi;
}

/* The FTS5 token callback: count and do nothing else. */
static int countToken(void *pCtx, int tflags, const char *z, int n, int s,
                      int e) {
  (void)tflags;
  (void)z;
  (void)n;
  (void)s;
  (void)e;
  (*(long *)pCtx)++;
  return SQLITE_OK;
}

/* Best-of-3 MB/s of one FTS5 tokenizer over the corpus (<0 if absent). */
static double benchFts5(fts5_api *pApi, const Corpus *c, const char *zName,
                        const char **azArg, int nArg, long *pnTok) {
  void *pUser;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok;
  if (pApi->xFindTokenizer(pApi, zName, &pUser, &tok) != SQLITE_OK) return -1;
  if (tok.xCreate(pUser, azArg, nArg, &pTok) != SQLITE_OK) return -1;
  double best = 1e30;
  for (int r = 0; r < N_RUNS; r++) {
    long nTok = 0;
    double t0 = now();
    for (int i = 0; i < c->nDoc; i++) {
      tok.xTokenize(pTok, &nTok, FTS5_TOKENIZE_DOCUMENT, c->azDoc[i],
                    c->anDoc[i], countToken);
    }
    double t = now() - t0;
    if (t < best) best = t;
    *pnTok = nTok;
  }
  tok.xDelete(pTok);
  return (double)c->nByte / 1e6 / best;
}

/* Best-of-3 MB/s of ICU's word BreakIterator counting boundaries. */
static double benchIcu(const Corpus *c, long *pnBound) {
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", 0, 0, &st);
  if (U_FAILURE(st)) return -1;
  UText *ut = 0;
  double best = 1e30;
  for (int r = 0; r < N_RUNS; r++) {
    long nBound = 0;
    double t0 = now();
    for (int i = 0; i < c->nDoc; i++) {
      ut = utext_openUTF8(ut, c->azDoc[i], c->anDoc[i], &st);
      ubrk_setUText(bi, ut, &st);
      if (U_FAILURE(st)) return -1;
      while (ubrk_next(bi) != UBRK_DONE)
        nBound++;
    }
    double t = now() - t0;
    if (t < best) best = t;
    *pnBound = nBound;
  }
  utext_close(ut);
  ubrk_close(bi);
  return (double)c->nByte / 1e6 / best;
}

/* Best-of-3 rows/s of a count(*) query (<0 on error, message printed). */
static double benchRows(sqlite3 *db, const char *zSql, long *pnRow) {
  double best = 1e30;
  for (int r = 0; r < N_RUNS; r++) {
    sqlite3_stmt *pStmt;
    if (sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK) {
      printf("  %s: %s\n", zSql, sqlite3_errmsg(db));
      return -1;
    }
    double t0 = now();
    if (sqlite3_step(pStmt) != SQLITE_ROW) {
      printf("  %s: %s\n", zSql, sqlite3_errmsg(db));
      sqlite3_finalize(pStmt);
      return -1;
    }
    *pnRow = (long)sqlite3_column_int64(pStmt, 0);
    sqlite3_finalize(pStmt);
    double t = now() - t0;
    if (t < best) best = t;
  }
  return (double)*pnRow / best;
}

/* Fill table docs(body) with the corpus documents. */
static int loadDocs(sqlite3 *db, const Corpus *c) {
  sqlite3_stmt *pStmt;
  if (sqlite3_exec(db, "CREATE TABLE docs(body TEXT); BEGIN", 0, 0, 0) ||
      sqlite3_prepare_v2(db, "INSERT INTO docs VALUES(?1)", -1, &pStmt, 0)) {
    return 1;
  }
  for (int i = 0; i < c->nDoc; i++) {
    sqlite3_bind_text(pStmt, 1, c->azDoc[i], c->anDoc[i], SQLITE_STATIC);
    sqlite3_step(pStmt);
    sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);
  return sqlite3_exec(db, "COMMIT", 0, 0, 0);
}

/* PASS or SHORT for a ratio against its target of 1.0. */
static const char *mark(double ratio) {
  return ratio >= 1.0 ? "PASS" : "SHORT";
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  Corpus c;
  loadCorpus(zCorpus, &c);
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_tokenize: %s\n", zErr);
    return 1;
  }
  printf("tokenize: %d documents, %.2f MB, SQLite %s, best of %d\n", c.nDoc,
         (double)c.nByte / 1e6, sqlite3_libversion(), N_RUNS);
  fts5_api *pApi = getFts5(db);
  if (!pApi) {
    printf("FTS5 is not available in this SQLite: tokenizer bench skipped\n");
  } else {
    static const char *azStem[] = {"stem", "english"};
    long nTk = 0, nTkStem = 0, nU61 = 0, nAscii = 0, nPorter = 0, nIcu = 0;
    double tk = benchFts5(pApi, &c, "textkit", 0, 0, &nTk);
    double tkStem = benchFts5(pApi, &c, "textkit", azStem, 2, &nTkStem);
    double u61 = benchFts5(pApi, &c, "unicode61", 0, 0, &nU61);
    double ascii = benchFts5(pApi, &c, "ascii", 0, 0, &nAscii);
    double porter = benchFts5(pApi, &c, "porter", 0, 0, &nPorter);
    double icu = benchIcu(&c, &nIcu);
    printf("  fts5 textkit              %7.1f MB/s  %9ld tokens  ratio %.2f "
           "vs unicode61  %s (target >= 1.0)\n",
           tk, nTk, tk / u61, mark(tk / u61));
    printf("  fts5 textkit stem english %7.1f MB/s  %9ld tokens  ratio %.2f "
           "vs porter\n",
           tkStem, nTkStem, tkStem / porter);
    printf("  fts5 unicode61            %7.1f MB/s  %9ld tokens\n", u61, nU61);
    printf("  fts5 ascii                %7.1f MB/s  %9ld tokens\n", ascii,
           nAscii);
    printf("  fts5 porter               %7.1f MB/s  %9ld tokens\n", porter,
           nPorter);
    printf("  ICU word BreakIterator    %7.1f MB/s  %9ld boundaries  textkit "
           "ratio %.2f\n",
           icu, nIcu, tk / icu);
  }
  if (loadDocs(db, &c) != SQLITE_OK) {
    fprintf(stderr, "bench_tokenize: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  long nRowTk = 0, nRow3 = 0;
  double rowsTk =
      benchRows(db, "SELECT count(*) FROM docs, tokens(docs.body)", &nRowTk);
  if (sqlite3_exec(db, "CREATE VIRTUAL TABLE t3 USING fts3tokenize(unicode61)",
                   0, 0, 0) != SQLITE_OK) {
    printf("  tokens()                  %7.2f M rows/s (%ld rows); "
           "fts3tokenize is missing from this SQLite: %s\n",
           rowsTk / 1e6, nRowTk, sqlite3_errmsg(db));
  } else {
    double rows3 = benchRows(
        db, "SELECT count(*) FROM docs, t3 WHERE t3.input = docs.body", &nRow3);
    printf("  tokens()                  %7.2f M rows/s  %9ld rows    ratio "
           "%.2f vs fts3tokenize  %s (target >= 1.0)\n",
           rowsTk / 1e6, nRowTk, rowsTk / rows3, mark(rowsTk / rows3));
    printf("  fts3tokenize(unicode61)   %7.2f M rows/s  %9ld rows\n",
           rows3 / 1e6, nRow3);
  }
  sqlite3_close(db);
  return 0;
}
