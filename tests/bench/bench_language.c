/*
** bench_language.c -- `make bench`: text_language() and text_fix_mojibake()
** throughput (MB/s of text read, through SQL, best of 3 runs) on the bench
** corpus' English news documents (repeated to 4 MB), on the multilingual
** texts of tests/bench/multilingual.txt (14 languages, repeated to 2 MB),
** and text_fix_mojibake() on those multilingual texts made mojibake (each
** UTF-8 byte read as Windows-1252, the 5 undefined bytes as C1 controls).
**
**   build/release/bench/bench_language --lib dist/textkit.so \
**       --corpus build/bench/news.txt [--texts tests/bench/multilingual.txt]
**
** Targets: text_language >= 100 MB/s and not slower than franc, whose MB/s
** tests/bench/peer_franc.js writes to franc.txt beside the corpus (run_bench.py
** runs the peers first; a figure older than the corpus is not used);
** text_fix_mojibake >= 200 MB/s on clean text (no peer on this machine).
** Each line says PASS or SHORT.  text_language's answer for each
** multilingual text is printed beside the language it was written in, as
** peer_franc.js prints franc's.
*/
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

#define N_RUNS 3
/* Bytes of English documents and of multilingual texts in their tables. */
#define ENGLISH_BYTES 4000000
#define MULTI_BYTES 2000000
#define MAX_TEXTS 64
#define LANGUAGE_TARGET 100.0
#define MOJIBAKE_TARGET 200.0

/* The multilingual texts: the language each was written in and its text. */
typedef struct Texts {
  char *zFile;
  const char *azCode[MAX_TEXTS];
  const char *azText[MAX_TEXTS];
  int anText[MAX_TEXTS];
  int n;
} Texts;

/* Split the file zPath ("code<TAB>text" lines; # comments) into *p; exits
** with a message when it cannot be read or holds no text. */
static void loadTexts(const char *zPath, Texts *p) {
  size_t n;
  FILE *f = fopen(zPath, "rb");
  if (!f) {
    fprintf(stderr, "bench_language: cannot open %s (give --texts FILE)\n",
            zPath);
    exit(1);
  }
  fclose(f);
  p->zFile = benchReadFile(zPath, &n);
  p->n = 0;
  for (char *z = p->zFile; *z && p->n < MAX_TEXTS;) {
    char *zEol = strchr(z, '\n');
    if (zEol) *zEol = 0;
    char *zTab = strchr(z, '\t');
    if (z[0] != '#' && zTab) {
      *zTab = 0;
      p->azCode[p->n] = z;
      p->azText[p->n] = zTab + 1;
      p->anText[p->n++] = (int)strlen(zTab + 1);
    }
    if (!zEol) break;
    z = zEol + 1;
  }
  if (p->n == 0) {
    fprintf(stderr, "bench_language: no text in %s\n", zPath);
    exit(1);
  }
}

/* Insert z[0..n) with the prepared INSERT pIns; returns n. */
static double insertBody(sqlite3_stmt *pIns, const char *z, int n) {
  sqlite3_bind_text(pIns, 1, z, n, SQLITE_TRANSIENT);
  sqlite3_step(pIns);
  sqlite3_reset(pIns);
  return (double)n;
}

/* A prepared INSERT into zTable(body), the table created first. */
static sqlite3_stmt *prepareInsert(sqlite3 *db, const char *zTable) {
  sqlite3_stmt *pIns = 0;
  char *zSql = sqlite3_mprintf("CREATE TABLE %s(body TEXT)", zTable);
  sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  zSql = sqlite3_mprintf("INSERT INTO %s(body) VALUES(?1)", zTable);
  if (sqlite3_prepare_v2(db, zSql, -1, &pIns, 0) != SQLITE_OK) {
    fprintf(stderr, "bench_language: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  sqlite3_free(zSql);
  return pIns;
}

/* Fill zTable(body) with the texts, in turn, to MULTI_BYTES; returns the
** bytes stored. */
static double loadMulti(sqlite3 *db, const char *zTable, const Texts *t) {
  sqlite3_stmt *pIns = prepareInsert(db, zTable);
  double nByte = 0;
  sqlite3_exec(db, "BEGIN", 0, 0, 0);
  for (int i = 0; nByte < MULTI_BYTES; i = (i + 1) % t->n) {
    nByte += insertBody(pIns, t->azText[i], t->anText[i]);
  }
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  return nByte;
}

/* The code point of byte b read as Windows-1252 (the 5 undefined bytes
** 81 8D 8F 90 9D stay as the C1 controls of the same value). */
static unsigned cp1252(unsigned char b) {
  static const unsigned short aHigh[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return b >= 0x80 && b < 0xA0 ? aHigh[b - 0x80] : b;
}

/* z[0..n) made mojibake: each byte read as Windows-1252 and written back
** as UTF-8, in a malloc'd NUL-terminated buffer (at most 3 bytes a byte);
** its length in *pnOut.  Exits when out of memory. */
static char *mojibake(const char *z, int n, int *pnOut) {
  unsigned char *zOut = malloc((size_t)n * 3 + 1);
  int k = 0;
  if (!zOut) exit(1);
  for (int i = 0; i < n; i++) {
    unsigned c = cp1252((unsigned char)z[i]);
    if (c < 0x80) {
      zOut[k++] = (unsigned char)c;
    } else if (c < 0x800) {
      zOut[k++] = (unsigned char)(0xC0 | (c >> 6));
      zOut[k++] = (unsigned char)(0x80 | (c & 0x3F));
    } else {
      zOut[k++] = (unsigned char)(0xE0 | (c >> 12));
      zOut[k++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
      zOut[k++] = (unsigned char)(0x80 | (c & 0x3F));
    }
  }
  zOut[k] = 0;
  *pnOut = k;
  return (char *)zOut;
}

/* MB/s of zFunc(body) over zTable holding nByte bytes of bodies. */
static double speedOf(sqlite3 *db, const char *zFunc, const char *zTable,
                      double nByte) {
  double r;
  char *zSql = sqlite3_mprintf(
      "SELECT sum(length(CAST(%s(body) AS BLOB))) FROM %s", zFunc, zTable);
  double t = benchBestOf(db, zSql, N_RUNS, &r);
  sqlite3_free(zSql);
  return nByte / 1e6 / t;
}

/* franc's MB/s on the English documents and the multilingual texts, read
** from franc.txt beside zCorpus ("english X" and "multilingual Y" lines),
** only when it was written after the corpus (in this make bench run).
** Returns 0 when there is no such figure. */
static int readFranc(const char *zCorpus, double *pEn, double *pMulti) {
  return benchPeerFigure(zCorpus, "franc.txt", "english", pEn) &&
         benchPeerFigure(zCorpus, "franc.txt", "multilingual", pMulti);
}

/* One text_language line: MB/s, its target and franc's figure. */
static void printLanguageLine(const char *zLabel, double v, int hasFranc,
                              double franc) {
  int pass = v >= LANGUAGE_TARGET && (!hasFranc || v >= franc);
  if (hasFranc) {
    printf("  text_language %-13s %8.1f MB/s  franc %.2f MB/s, ratio %.0f; "
           "target >= %.0f MB/s and >= franc: %s\n",
           zLabel, v, franc, v / franc, LANGUAGE_TARGET,
           pass ? "PASS" : "SHORT");
  } else {
    printf("  text_language %-13s %8.1f MB/s  franc figure missing "
           "(peer_franc.js did not run first in this run: franc or node not "
           "installed, or --only without franc); target >= %.0f MB/s: %s, "
           "franc not compared\n",
           zLabel, v, LANGUAGE_TARGET, pass ? "PASS" : "SHORT");
  }
}

/* text_language's answer for each multilingual text, beside its language. */
static void printAnswers(sqlite3 *db, const Texts *t) {
  sqlite3_stmt *pStmt;
  sqlite3_prepare_v2(db, "SELECT text_language(?1)", -1, &pStmt, 0);
  int nRight = 0;
  printf("  text_language answers (written in -> answer):");
  for (int i = 0; i < t->n; i++) {
    sqlite3_bind_text(pStmt, 1, t->azText[i], t->anText[i], SQLITE_STATIC);
    sqlite3_step(pStmt);
    const char *zGot = (const char *)sqlite3_column_text(pStmt, 0);
    printf("%s %s->%s", i % 7 ? "" : "\n   ", t->azCode[i], zGot);
    nRight += zGot && strcmp(zGot, t->azCode[i]) == 0;
    sqlite3_reset(pStmt);
  }
  printf("\n  %d of %d right\n", nRight, t->n);
  sqlite3_finalize(pStmt);
}

/* Fill broken(body) with the multilingual texts made mojibake, in the
** order ml holds them, and print how many text_fix_mojibake restores
** exactly; returns the broken bytes stored. */
static double loadBroken(sqlite3 *db, const Texts *t) {
  Texts b = *t;
  char *azOwn[MAX_TEXTS];
  for (int i = 0; i < t->n; i++) {
    azOwn[i] = mojibake(t->azText[i], t->anText[i], &b.anText[i]);
    b.azText[i] = azOwn[i];
  }
  double nByte = loadMulti(db, "broken", &b);
  double nSame, nRows;
  benchBestOf(db,
              "SELECT count(*) FROM ml JOIN broken ON broken.rowid = ml.rowid"
              " WHERE text_fix_mojibake(broken.body) = ml.body",
              N_RUNS, &nSame);
  benchBestOf(db, "SELECT count(*) FROM broken", N_RUNS, &nRows);
  printf("  mojibake: the multilingual texts made mojibake, repeated to %.2f "
         "MB; text_fix_mojibake restores %.0f of %.0f exactly\n",
         nByte / 1e6, nSame, nRows);
  for (int i = 0; i < t->n; i++)
    free(azOwn[i]);
  return nByte;
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = "build/bench/news.txt";
  const char *zTexts = "tests/bench/multilingual.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
    if (strcmp(argv[i], "--texts") == 0) zTexts = argv[i + 1];
  }
  size_t n;
  char *z = benchReadFile(zCorpus, &n);
  Texts texts;
  loadTexts(zTexts, &texts);
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_language: %s\n", zErr);
    return 1;
  }
  double nEn = benchLoadDocs(db, "en", z, ENGLISH_BYTES);
  double nMulti = loadMulti(db, "ml", &texts);
  printf("language: English news %.2f MB, %d multilingual texts repeated to "
         "%.2f MB, best of %d\n",
         nEn / 1e6, texts.n, nMulti / 1e6, N_RUNS);
  double francEn = 0, francMulti = 0;
  int hasFranc = readFranc(zCorpus, &francEn, &francMulti);
  printLanguageLine("english", speedOf(db, "text_language", "en", nEn),
                    hasFranc, francEn);
  printLanguageLine("multilingual", speedOf(db, "text_language", "ml", nMulti),
                    hasFranc, francMulti);
  printAnswers(db, &texts);
  double nBroken = loadBroken(db, &texts);
  const char *azLabel[2] = {"english", "multilingual"};
  const char *azTable[2] = {"en", "ml"};
  double anByte[2] = {nEn, nMulti};
  for (int i = 0; i < 2; i++) {
    double v = speedOf(db, "text_fix_mojibake", azTable[i], anByte[i]);
    printf("  text_fix_mojibake %-12s %8.1f MB/s  clean text; no peer on "
           "this machine; target >= %.0f MB/s: %s\n",
           azLabel[i], v, MOJIBAKE_TARGET,
           v >= MOJIBAKE_TARGET ? "PASS" : "SHORT");
  }
  printf("  text_fix_mojibake broken       %8.1f MB/s  of the broken bytes; "
         "no target\n",
         speedOf(db, "text_fix_mojibake", "broken", nBroken));
  sqlite3_close(db);
  free(texts.zFile);
  free(z);
  return 0;
}
