/*
** bench_html.c -- speed of html_main() and html_text() through SQL, in MB
** of HTML a second, on the article-extraction pages of
** ../shared/data/html-articles/html (*.html.gz, read with gzip -dc), or
** on a synthetic article page when they are absent:
**
**   SELECT length(html_main(?1));   SELECT length(html_text(?1));
**
**   build/release/bench/bench_html --lib dist/textkit.so
**       [--pages ../shared/data/html-articles/html] [--only main]
**
** Every page is run in turn, rounds repeated until a second has passed;
** the target is >= 50 MB/s for html_main.  --only main measures html_main
** alone (peer_readability.js does, around its own measurement, for the
** ratio).  (--corpus, which run_bench.py passes to every bench, is
** ignored.)
*/
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

#define MAX_PAGES 512

/* The pages: their bytes and sizes. */
typedef struct Pages {
  char *az[MAX_PAGES];
  size_t an[MAX_PAGES];
  int n;
  size_t nTotal;
} Pages;

/* Read one gzip'd page through gzip -dc into p; 0 on failure. */
static int readGz(Pages *p, const char *zPath) {
  char zCmd[4200];
  snprintf(zCmd, sizeof(zCmd), "gzip -dc '%s'", zPath);
  FILE *f = popen(zCmd, "r");
  if (!f) return 0;
  size_t nAlloc = 1 << 16, n = 0;
  char *z = malloc(nAlloc);
  size_t k;
  while (z && (k = fread(z + n, 1, nAlloc - n, f)) > 0) {
    n += k;
    if (n == nAlloc) z = realloc(z, nAlloc *= 2);
  }
  if (pclose(f) != 0 || !z) {
    free(z);
    return 0;
  }
  p->az[p->n] = z;
  p->an[p->n++] = n;
  p->nTotal += n;
  return 1;
}

/* Every *.html.gz under zDir into p. */
static void readPages(Pages *p, const char *zDir) {
  DIR *d = opendir(zDir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) != 0 && p->n < MAX_PAGES) {
    size_t n = strlen(e->d_name);
    if (n < 8 || strcmp(e->d_name + n - 8, ".html.gz") != 0) continue;
    char zPath[4096];
    snprintf(zPath, sizeof(zPath), "%s/%s", zDir, e->d_name);
    readGz(p, zPath);
  }
  closedir(d);
}

/* A synthetic article page of about 100 KB: navigation, 60 paragraphs,
** a comment section and a footer. */
static void syntheticPage(Pages *p) {
  size_t nAlloc = 1 << 18, n = 0;
  char *z = malloc(nAlloc);
  if (!z) exit(1);
  n += (size_t)snprintf(z + n, nAlloc - n,
                        "<html><head><title>A story</title></head><body>"
                        "<nav><ul><li><a href='/'>Home</a></li><li><a "
                        "href='/world'>World</a></li></ul></nav>"
                        "<article><h1>A story</h1>");
  for (int i = 0; i < 60; i++)
    n += (size_t)snprintf(
        z + n, nAlloc - n,
        "<p>Paragraph %d of the story, in which <a href='/x%d'>someone</a> "
        "said that the council would meet again on Tuesday, and that the "
        "budget, which had been debated for months, would pass.</p>\n"
        "<div class='ad'><script>load(%d)</script></div>\n",
        i, i, i);
  n += (size_t)snprintf(z + n, nAlloc - n,
                        "</article><div class='comments'><p>First, great "
                        "post.</p></div><footer>(c) 2024</footer></body>"
                        "</html>");
  p->az[0] = z;
  p->an[0] = n;
  p->n = 1;
  p->nTotal = n;
}

/* MB/s of zSql over every page, rounds until a second has passed. */
static double measure(sqlite3 *db, const char *zSql, const Pages *p) {
  sqlite3_stmt *s = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &s, 0) != SQLITE_OK) {
    fprintf(stderr, "bench_html: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  double t0 = benchNow(), t = 0;
  size_t nBytes = 0;
  do {
    for (int i = 0; i < p->n; i++) {
      sqlite3_bind_blob64(s, 1, p->az[i], p->an[i], SQLITE_STATIC);
      if (sqlite3_step(s) != SQLITE_ROW) {
        fprintf(stderr, "bench_html: %s\n", sqlite3_errmsg(db));
        exit(1);
      }
      sqlite3_reset(s);
      nBytes += p->an[i];
    }
    t = benchNow() - t0;
  } while (t < 1.0);
  sqlite3_finalize(s);
  return (double)nBytes / 1e6 / t;
}

/* Parse --lib and --pages, read the pages, then run every measurement. */
int main(int argc, char **argv) {
  const char *zLib = "dist/textkit.so";
  const char *zPages = "../shared/data/html-articles/html";
  int bMainOnly = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--lib")) zLib = argv[i + 1];
    if (!strcmp(argv[i], "--pages")) zPages = argv[i + 1];
    if (!strcmp(argv[i], "--only")) bMainOnly = !strcmp(argv[i + 1], "main");
  }
  static Pages pages;
  readPages(&pages, zPages);
  const char *zWhat = "html-articles pages";
  if (pages.n == 0) {
    syntheticPage(&pages);
    zWhat = "a synthetic page (../shared absent)";
  }
  sqlite3 *db = 0;
  char *zErr = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_enable_load_extension(db, 1) != SQLITE_OK ||
      sqlite3_load_extension(db, zLib, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "bench_html: cannot load %s: %s\n", zLib,
            zErr ? zErr : sqlite3_errmsg(db));
    return 1;
  }
  printf("bench_html: %s: %d pages, %.2f MB\n", zWhat, pages.n,
         (double)pages.nTotal / 1e6);
  double rMain = measure(db, "SELECT length(html_main(?1))", &pages);
  printf("html_main %39.1f MB/s  target >= 50: %s\n", rMain,
         rMain >= 50 ? "met" : "NOT met");
  if (!bMainOnly) {
    printf("html_text %39.1f MB/s\n",
           measure(db, "SELECT length(html_text(?1))", &pages));
    printf("html_meta %39.1f MB/s\n",
           measure(db, "SELECT length(html_meta(?1))", &pages));
  }
  sqlite3_close(db);
  for (int i = 0; i < pages.n; i++)
    free(pages.az[i]);
  return 0;
}
