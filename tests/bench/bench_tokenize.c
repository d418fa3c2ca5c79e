/*
** bench_tokenize.c -- `make bench`: the textkit FTS5 tokenizer against
** FTS5's unicode61, ascii and porter tokenizers and ICU's raw word
** BreakIterator (MB/s), and tokens() against fts3tokenize (rows/s), on the
** same documents, best of 5 runs each.
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

#include "bench_util.h"

#define N_RUNS 5
/* Each timed run covers at least this many bytes (the corpus repeated). */
#define RUN_BYTES 8000000

/* The corpus split into documents at blank lines. */
typedef struct Corpus {
  char *zAll;
  const char **azDoc;
  int *anDoc;
  int nDoc;
  size_t nByte;
  int nRep; /* corpus passes per timed run */
} Corpus;

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
  p->nRep = p->nByte ? (int)(RUN_BYTES / p->nByte) + 1 : 1;
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

/* One FTS5 tokenizer under test. */
typedef struct Fts5Run {
  const char *zLabel;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok; /* NULL when it could not be created */
  double best;         /* best seconds so far */
  long nTok;           /* tokens per corpus pass */
} Fts5Run;

/* Create the tokenizer zName with its arguments into *p. */
static void fts5RunInit(fts5_api *pApi, Fts5Run *p, const char *zLabel,
                        const char *zName, const char **azArg, int nArg) {
  void *pUser;
  memset(p, 0, sizeof(*p));
  p->zLabel = zLabel;
  p->best = 1e30;
  if (pApi->xFindTokenizer(pApi, zName, &pUser, &p->tok) != SQLITE_OK) return;
  if (p->tok.xCreate(pUser, azArg, nArg, &p->pTok) != SQLITE_OK) p->pTok = 0;
}

/* One timed run of an FTS5 tokenizer over the corpus, nRep times. */
static void fts5RunOnce(Fts5Run *p, const Corpus *c) {
  if (!p->pTok) return;
  long nTok = 0;
  double t0 = benchNow();
  for (int k = 0; k < c->nRep; k++) {
    for (int i = 0; i < c->nDoc; i++) {
      p->tok.xTokenize(p->pTok, &nTok, FTS5_TOKENIZE_DOCUMENT, c->azDoc[i],
                       c->anDoc[i], countToken);
    }
  }
  double t = benchNow() - t0;
  if (t < p->best) p->best = t;
  p->nTok = nTok / c->nRep;
}

/* MB/s of a run's best time (0 when it did not run). */
static double fts5RunSpeed(const Fts5Run *p, const Corpus *c) {
  return p->pTok ? (double)c->nByte * c->nRep / 1e6 / p->best : 0;
}

/* ICU's word BreakIterator counting boundaries, as a contestant. */
typedef struct IcuRun {
  UBreakIterator *bi;
  UText *ut;
  double best;
  long nBound;
} IcuRun;

/* One timed ICU run over the corpus, nRep times. */
static void icuRunOnce(IcuRun *p, const Corpus *c) {
  UErrorCode st = U_ZERO_ERROR;
  if (!p->bi) return;
  long nBound = 0;
  double t0 = benchNow();
  for (int k = 0; k < c->nRep; k++) {
    for (int i = 0; i < c->nDoc; i++) {
      p->ut = utext_openUTF8(p->ut, c->azDoc[i], c->anDoc[i], &st);
      ubrk_setUText(p->bi, p->ut, &st);
      if (U_FAILURE(st)) return;
      while (ubrk_next(p->bi) != UBRK_DONE)
        nBound++;
    }
  }
  double t = benchNow() - t0;
  if (t < p->best) p->best = t;
  p->nBound = nBound / c->nRep;
}

/* Best-of-5 rows/s of a count(*) query (<0 on error, message printed). */
static double benchRows(sqlite3 *db, const char *zSql, long *pnRow) {
  double best = 1e30;
  for (int r = 0; r < 5; r++) {
    sqlite3_stmt *pStmt;
    if (sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK) {
      printf("  %s: %s\n", zSql, sqlite3_errmsg(db));
      return -1;
    }
    double t0 = benchNow();
    if (sqlite3_step(pStmt) != SQLITE_ROW) {
      printf("  %s: %s\n", zSql, sqlite3_errmsg(db));
      sqlite3_finalize(pStmt);
      return -1;
    }
    *pnRow = (long)sqlite3_column_int64(pStmt, 0);
    sqlite3_finalize(pStmt);
    double t = benchNow() - t0;
    if (t < best) best = t;
  }
  return (double)*pnRow / best;
}

/* Fill table docs(body) with the corpus documents, repeated to make at
** least RUN_BYTES. */
static int loadDocs(sqlite3 *db, const Corpus *c) {
  sqlite3_stmt *pStmt;
  if (sqlite3_exec(db, "CREATE TABLE docs(body TEXT); BEGIN", 0, 0, 0) ||
      sqlite3_prepare_v2(db, "INSERT INTO docs VALUES(?1)", -1, &pStmt, 0)) {
    return 1;
  }
  for (int k = 0; k < c->nRep; k++) {
    for (int i = 0; i < c->nDoc; i++) {
      sqlite3_bind_text(pStmt, 1, c->azDoc[i], c->anDoc[i], SQLITE_STATIC);
      sqlite3_step(pStmt);
      sqlite3_reset(pStmt);
    }
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
  Corpus c = {0};
  loadCorpus(zCorpus, &c);
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_tokenize: %s\n", zErr);
    return 1;
  }
  printf("tokenize: %d documents, %.2f MB (x%d per run), SQLite %s, best of "
         "%d\n",
         c.nDoc, (double)c.nByte / 1e6, c.nRep, sqlite3_libversion(), N_RUNS);
  fts5_api *pApi = getFts5(db);
  if (!pApi) {
    printf("FTS5 is not available in this SQLite: tokenizer bench skipped\n");
  } else {
    static const char *azStem[] = {"stem", "english"};
    enum { TK, TK_STEM, U61, ASCII, PORTER, N_FTS5 };
    Fts5Run a[N_FTS5];
    fts5RunInit(pApi, &a[TK], "textkit", "textkit", 0, 0);
    fts5RunInit(pApi, &a[TK_STEM], "textkit stem english", "textkit", azStem,
                2);
    fts5RunInit(pApi, &a[U61], "unicode61", "unicode61", 0, 0);
    fts5RunInit(pApi, &a[ASCII], "ascii", "ascii", 0, 0);
    fts5RunInit(pApi, &a[PORTER], "porter", "porter", 0, 0);
    IcuRun icu = {0, 0, 1e30, 0};
    UErrorCode st = U_ZERO_ERROR;
    icu.bi = ubrk_open(UBRK_WORD, "en", 0, 0, &st);
    if (U_FAILURE(st)) icu.bi = 0;
    /* rounds interleave the contestants so load from other processes
    ** falls on all of them alike */
    for (int r = 0; r < N_RUNS; r++) {
      for (int k = 0; k < N_FTS5; k++)
        fts5RunOnce(&a[k], &c);
      icuRunOnce(&icu, &c);
    }
    double v[N_FTS5];
    for (int k = 0; k < N_FTS5; k++)
      v[k] = fts5RunSpeed(&a[k], &c);
    double vIcu = icu.bi ? (double)c.nByte * c.nRep / 1e6 / icu.best : 0;
    printf("  fts5 textkit              %7.1f MB/s  %9ld tokens  ratio %.2f "
           "vs unicode61  %s (target >= 1.0)\n",
           v[TK], a[TK].nTok, v[TK] / v[U61], mark(v[TK] / v[U61]));
    printf("  fts5 textkit stem english %7.1f MB/s  %9ld tokens  ratio %.2f "
           "vs porter\n",
           v[TK_STEM], a[TK_STEM].nTok, v[TK_STEM] / v[PORTER]);
    for (int k = U61; k < N_FTS5; k++) {
      printf("  fts5 %-20s %7.1f MB/s  %9ld tokens\n", a[k].zLabel, v[k],
             a[k].nTok);
      if (a[k].pTok) a[k].tok.xDelete(a[k].pTok);
    }
    a[TK].tok.xDelete(a[TK].pTok);
    a[TK_STEM].tok.xDelete(a[TK_STEM].pTok);
    printf("  ICU word BreakIterator    %7.1f MB/s  %9ld boundaries  textkit "
           "ratio %.2f\n",
           vIcu, icu.nBound, v[TK] / vIcu);
    utext_close(icu.ut);
    ubrk_close(icu.bi);
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
