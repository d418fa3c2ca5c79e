/*
** tool_file.h -- what the command-line tools in ext/tools share for
** files: a whole file read into memory (a model for ner_eval_core and
** ner_autolabel).
**
**   size_t n;
**   unsigned char *a = toolReadFile("model.bin", &n);   (free(a) after)
*/
#ifndef TOOL_FILE_H
#define TOOL_FILE_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of the file zPath in a malloc'd buffer, *pn its size; NULL
** when it cannot be opened or read. */
static inline unsigned char *toolReadFile(const char *zPath, size_t *pn) {
  FILE *f = fopen(zPath, "rb");
  if (!f) return 0;
  size_t nAlloc = 1 << 20, n = 0, k;
  unsigned char *a = malloc(nAlloc);
  while (a && (k = fread(a + n, 1, nAlloc - n, f)) > 0) {
    n += k;
    if (n == nAlloc) {
      unsigned char *aNew = realloc(a, nAlloc *= 2);
      if (!aNew) free(a);
      a = aNew;
    }
  }
  if (a && ferror(f)) {
    free(a);
    a = 0;
  }
  fclose(f);
  *pn = n;
  return a;
}

#endif
