/*
** bench_markup.c -- speed of the lightweight markup readers through SQL,
** each beside the peer a user would otherwise pick (the peers write their
** figures beside the corpus):
**
**   markdown_text() over the Markdown files of the repository's docs/
**   folder, beside remove-markdown (npm; tests/bench/peer_markdown.js):
**   SELECT sum(length(markdown_text(body))) FROM md  >= 3x remove-markdown
**                                                    (>= 50 MB/s without it)
**   rst_text() over the .rst files of tests/data/markup, each 200 times,
**   beside docutils (python3-docutils; tests/bench/peer_rst.py):
**   SELECT sum(length(rst_text(body))) FROM rst      >= 20x docutils
**                                                    (>= 50 MB/s without it)
**
**   build/release/bench/bench_markup --lib dist/textkit.so \
**     --corpus build/bench/news.txt [--docs docs] [--rst tests/data/markup]
*/
#include <sqlite3.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

/* Load every file of zDir whose name ends with zExt into the new table
** zTable(body), nCopies times each; returns their bytes. */
static double loadFiles(sqlite3 *db, const char *zDir, const char *zExt,
                        const char *zTable, int nCopies) {
  sqlite3_stmt *pIns;
  char *zSql = sqlite3_mprintf("CREATE TABLE %s(body TEXT); BEGIN", zTable);
  int rc = sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  zSql = sqlite3_mprintf("INSERT INTO %s VALUES(?)", zTable);
  rc = rc || sqlite3_prepare_v2(db, zSql, -1, &pIns, 0);
  sqlite3_free(zSql);
  if (rc) return 0;
  size_t nExt = strlen(zExt);
  DIR *d = opendir(zDir);
  double nByte = 0;
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t m = strlen(e->d_name);
    if (m <= nExt || strcmp(e->d_name + m - nExt, zExt) != 0) continue;
    char *zPath = sqlite3_mprintf("%s/%s", zDir, e->d_name);
    size_t n;
    char *z = benchReadFile(zPath, &n);
    for (int k = 0; k < nCopies; k++) {
      sqlite3_bind_text(pIns, 1, z, (int)n, SQLITE_TRANSIENT);
      sqlite3_step(pIns);
      sqlite3_reset(pIns);
      nByte += (double)n;
    }
    free(z);
    sqlite3_free(zPath);
  }
  if (d) closedir(d);
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  return nByte;
}

/* Time zFunc over zTable (nByte bytes) for at least 2 s, and print its
** best pass beside the peer's figure (zKey of zPeerFile), against the
** ratio rRatio to the peer, or 50 MB/s without it. */
static void measure(sqlite3 *db, const char *zFunc, const char *zTable,
                    double nByte, const char *zCorpus, const char *zPeerFile,
                    const char *zKey, const char *zPeer, double rRatio) {
  char *zSql =
      sqlite3_mprintf("SELECT sum(length(%s(body))) FROM %s", zFunc, zTable);
  double r = 0, secs = 1e30, t0 = benchNow();
  for (int nRep = 0; benchNow() - t0 < 2.0 || nRep < 3; nRep++) {
    double t = benchBestOf(db, zSql, 1, &r);
    secs = t < secs ? t : secs;
  }
  sqlite3_free(zSql);
  double mbs = nByte / 1e6 / secs, peer = 0;
  printf("%s  %.2f MB  %7.1f MB/s  (%.0f chars out)", zFunc, nByte / 1e6, mbs,
         r);
  if (zCorpus && benchPeerFigure(zCorpus, zPeerFile, zKey, &peer))
    printf("; %s %.2f MB/s, %.1fx (target >= %.0fx: %s)\n", zPeer, peer,
           mbs / peer, rRatio, mbs >= rRatio * peer ? "PASS" : "SHORT");
  else
    printf("; target >= 50 MB/s: %s (%s not run)\n",
           mbs >= 50 ? "PASS" : "SHORT", zPeer);
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = 0, *zDocs = "docs",
             *zRst = "tests/data/markup";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
    if (strcmp(argv[i], "--docs") == 0) zDocs = argv[i + 1];
    if (strcmp(argv[i], "--rst") == 0) zRst = argv[i + 1];
  }
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "cannot load %s: %s\n", zLib, zErr);
    return 1;
  }
  double nMd = loadFiles(db, zDocs, ".md", "md", 1);
  double nRst = loadFiles(db, zRst, ".rst", "rst", 200);
  if (nMd == 0 || nRst == 0) {
    fprintf(stderr, "bench_markup: no *.md file in %s or *.rst in %s\n", zDocs,
            zRst);
    return 1;
  }
  measure(db, "markdown_text", "md", nMd, zCorpus, "markdown.txt",
          "remove_markdown.mbs", "remove-markdown", 3);
  measure(db, "rst_text", "rst", nRst, zCorpus, "rst.txt", "docutils.mbs",
          "docutils", 20);
  sqlite3_close(db);
  return 0;
}
