/*
** bench_markdown.c -- speed of markdown_text() through SQL on the Markdown
** files of the repository's docs/ folder, beside remove-markdown (npm;
** tests/bench/peer_markdown.js writes its figure beside the corpus):
**
**   SELECT sum(length(markdown_text(body))) FROM md   >= 3x remove-markdown
**                                                     (>= 50 MB/s without it)
**
**   build/release/bench/bench_markdown --lib dist/textkit.so \
**     --corpus build/bench/news.txt [--docs docs]
*/
#include <sqlite3.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

/* Load every *.md file of zDir into md(body); returns their bytes. */
static double loadFiles(sqlite3 *db, const char *zDir) {
  sqlite3_stmt *pIns;
  if (sqlite3_exec(db, "CREATE TABLE md(body TEXT); BEGIN", 0, 0, 0) ||
      sqlite3_prepare_v2(db, "INSERT INTO md VALUES(?)", -1, &pIns, 0))
    return 0;
  DIR *d = opendir(zDir);
  double nByte = 0;
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t m = strlen(e->d_name);
    if (m < 4 || strcmp(e->d_name + m - 3, ".md") != 0) continue;
    char *zPath = sqlite3_mprintf("%s/%s", zDir, e->d_name);
    size_t n;
    char *z = benchReadFile(zPath, &n);
    sqlite3_bind_text(pIns, 1, z, (int)n, SQLITE_TRANSIENT);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
    nByte += (double)n;
    free(z);
    sqlite3_free(zPath);
  }
  if (d) closedir(d);
  sqlite3_finalize(pIns);
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  return nByte;
}

int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so", *zCorpus = 0, *zDocs = "docs";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--lib") == 0) zLib = argv[i + 1];
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
    if (strcmp(argv[i], "--docs") == 0) zDocs = argv[i + 1];
  }
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if (sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "cannot load %s: %s\n", zLib, zErr);
    return 1;
  }
  double nByte = loadFiles(db, zDocs);
  if (nByte == 0) {
    fprintf(stderr, "bench_markdown: no *.md file in %s\n", zDocs);
    return 1;
  }
  double r = 0, secs = 1e30, t0 = benchNow();
  for (int nRep = 0; benchNow() - t0 < 2.0 || nRep < 3; nRep++) {
    double t = benchBestOf(
        db, "SELECT sum(length(markdown_text(body))) FROM md", 1, &r);
    secs = t < secs ? t : secs;
  }
  double mbs = nByte / 1e6 / secs, peer = 0;
  int bPeer = zCorpus && benchPeerFigure(zCorpus, "markdown.txt",
                                         "remove_markdown.mbs", &peer);
  printf("markdown_text(md)  %.2f MB of docs/*.md  %7.1f MB/s  (%.0f chars "
         "out)",
         nByte / 1e6, mbs, r);
  if (bPeer)
    printf("; remove-markdown %.1f MB/s, %.1fx (target >= 3x: %s)\n", peer,
           mbs / peer, mbs >= 3 * peer ? "PASS" : "SHORT");
  else
    printf("; target >= 50 MB/s: %s (remove-markdown not run)\n",
           mbs >= 50 ? "PASS" : "SHORT");
  sqlite3_close(db);
  return 0;
}
