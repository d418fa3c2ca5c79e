/*
** bench_normalize.c -- speed of text_dehyphenate() through SQL, the step
** that makes the report's bodies whole again, on the bench corpus set as a
** typeset page: lines filled to 70 bytes, and a word of six letters or
** more that would cross the margin broken after its third letter with
** U+2010, as man(1) writes it:
**
**   SELECT length(text_dehyphenate(?1))       target >= 50 MB/s
**
**   build/release/bench/bench_normalize --lib dist/textkit.so --corpus
**   build/bench/news.txt
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

#define MARGIN 70

/* The corpus's words filled into lines of MARGIN bytes, long words broken
** across the margin with U+2010 (see the top of the file); the count of
** breaks in *pnBreak.  A malloc'd NUL-terminated text. */
static char *typesetPage(const char *z, size_t n, size_t *pnOut,
                         long *pnBreak) {
  char *zOut = malloc(2 * n + 16);
  size_t o = 0, nCol = 0;
  *pnBreak = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (z[i] == ' ' || z[i] == '\n'))
      i++;
    size_t e = i;
    while (e < n && z[e] != ' ' && z[e] != '\n')
      e++;
    if (e == i) break;
    size_t w = e - i;
    if (nCol > 0 && nCol + 1 + w > MARGIN && w >= 6 && nCol + 5 <= MARGIN) {
      zOut[o++] = ' '; /* the first three letters, the hyphen, a new line */
      memcpy(zOut + o, z + i, 3);
      memcpy(zOut + o + 3, "\xE2\x80\x90\n", 4);
      o += 7;
      memcpy(zOut + o, z + i + 3, w - 3);
      o += w - 3;
      nCol = w - 3;
      (*pnBreak)++;
    } else {
      if (nCol > 0 && nCol + 1 + w > MARGIN) {
        zOut[o++] = '\n';
        nCol = 0;
      } else if (nCol > 0) {
        zOut[o++] = ' ';
        nCol++;
      }
      memcpy(zOut + o, z + i, w);
      o += w;
      nCol += w;
    }
    i = e;
  }
  zOut[o] = 0;
  *pnOut = o;
  return zOut;
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  size_t n = 0;
  char *z = zCorpus ? benchReadFile(zCorpus, &n) : 0;
  if (!z) {
    fprintf(stderr, "usage: %s --lib LIB --corpus FILE\n", argv[0]);
    return 2;
  }
  sqlite3 *db = 0;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "cannot load %s: %s\n", zLib, zErr);
    return 1;
  }
  size_t nPage = 0;
  long nBreak = 0;
  char *zPage = typesetPage(z, n, &nPage, &nBreak);
  double rLen = 0;
  double t = benchBestOfBound(db, "SELECT length(text_dehyphenate(?1))", zPage,
                              nPage, 5, &rLen, 0);
  double r = (double)nPage / 1e6 / t;
  printf("text_dehyphenate (corpus typeset, %ld breaks) %7.1f MB/s  (%.0f "
         "characters; target >= 50 MB/s: %s)\n",
         nBreak, r, rLen, r >= 50 ? "PASS" : "SHORT");
  sqlite3_close(db);
  free(zPage);
  free(z);
  return 0;
}
