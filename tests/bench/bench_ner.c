/*
** bench_ner.c -- speed of the named-entity tagger (core tk_ner_tag, one
** core) on the bench corpus, document by document (documents are separated
** by blank lines), against the target of 10 MB/s per core.
**
**   build/release/bench/bench_ner --lib dist/textkit.so
**       --corpus build/bench/news.txt
**
** The SQL path, entities(text, 'patterns=0'), adds the table-valued
** function's per-row cost on top of this.
*/
#include "textkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

int main(int argc, char **argv) {
  const char *zCorpus = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--corpus") == 0) zCorpus = argv[i + 1];
  }
  FILE *f = zCorpus ? fopen(zCorpus, "rb") : 0;
  if (!f) {
    fprintf(stderr, "usage: %s --corpus FILE\n", argv[0]);
    return 2;
  }
  fseek(f, 0, SEEK_END);
  long nText = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *z = malloc((size_t)nText + 1);
  if (!z || fread(z, 1, (size_t)nText, f) != (size_t)nText) return 1;
  fclose(f);
  const tk_ner_model *m = tk_ner_builtin();
  size_t nSpan = 0, nBytes = 0;
  double t0 = benchNow(), t = 0;
  int nRep = 0;
  while (t < 2.0 || nRep < 1) { /* at least 2 s of work */
    size_t i = 0;
    while (i < (size_t)nText) {
      char *zEnd = strstr(z + i, "\n\n");
      size_t e = zEnd ? (size_t)(zEnd - z) : (size_t)nText;
      tk_ner_span *a;
      size_t n;
      if (tk_ner_tag(m, z + i, e - i, &a, &n) != TK_OK) return 1;
      tk_free(a);
      nSpan += n;
      nBytes += e - i;
      i = e + 2;
    }
    nRep++;
    t = benchNow() - t0;
  }
  double rMb = (double)nBytes / 1e6 / t;
  printf("ner  tk_ner_tag (core, 1 core)   %7.2f MB/s  %zu entities/pass  "
         "target >= 10 MB/s: %s\n",
         rMb, nSpan / (size_t)nRep, rMb >= 10 ? "PASS" : "SHORT");
  free(z);
  return 0;
}
