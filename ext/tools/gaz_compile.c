/*
** gaz_compile.c -- compiles the typed gazetteer lists (`make gazetteers`):
**
**   build/release/tools/gaz_compile --in build/gazetteers/gazetteers.txt
**       --out ext/core/ner/model/gazetteers.bin
**
** Each input line is "CLASS<TAB>phrase" (ext/tools/gazetteers_build.py).
** The phrase is tokenized and hashed by the tagger's own code
** (tk_ner__typed_key), so tagging matches exactly what was listed; its
** shorter prefixes are marked TK_NER_TGAZ_PREFIX so that tagging looks
** longer phrases up only after a prefix.  Phrases longer than
** TK_NER_GAZMAX tokens are left out.  The same lines give the same bytes.
*/
#include "../../ext/core/ner/ner_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The open-addressing table being filled. */
typedef struct Table {
  unsigned nBits;
  uint64_t *a;
} Table;

/* Or mask m into the slot of key. */
static void tableAdd(Table *t, uint64_t key, uint32_t m) {
  size_t mask = ((size_t)1 << t->nBits) - 1;
  size_t s = (size_t)(key >> (64 - t->nBits));
  while (t->a[s] && (t->a[s] & TK_NER_TGAZ_KEYMASK) != key)
    s = (s + 1) & mask;
  t->a[s] |= key | m;
}

/* The class index of a class name, -1 when unknown. */
static int classOf(const char *z) {
  static const char *const az[] = {TK_NER_TGAZ_CLASSES};
  for (int c = 0; c < TK_NER_TGAZ_NCLASS; c++)
    if (strcmp(az[c], z) == 0) return c;
  return -1;
}

/* Add one phrase of class c (and its prefixes); returns 1 if added. */
static int addPhrase(Table *t, const char *z, int c) {
  tk_ner_tok aTok[TK_NER_GAZMAX + 1];
  tk_ner_info aInfo[TK_NER_GAZMAX + 1];
  size_t i = 0, n = strlen(z);
  int nTok = 0;
  while (nTok <= TK_NER_GAZMAX && tk_ner__next_token(z, n, &i, &aTok[nTok]))
    nTok++;
  if (nTok == 0 || nTok > TK_NER_GAZMAX) return 0;
  tk_ner__sentence_info(z, aTok, nTok, 0, 0, aInfo);
  for (int k = 1; k < nTok; k++)
    tableAdd(t, tk_ner__typed_key(aInfo, k), TK_NER_TGAZ_PREFIX);
  tableAdd(t, tk_ner__typed_key(aInfo, nTok), 1u << c);
  return 1;
}

int main(int argc, char **argv) {
  const char *zIn = 0, *zOut = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--in") == 0) zIn = argv[i + 1];
    if (strcmp(argv[i], "--out") == 0) zOut = argv[i + 1];
  }
  if (!zIn || !zOut) {
    fprintf(stderr, "usage: %s --in LIST --out GAZETTEERS.bin\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(zIn, "r");
  if (!f) {
    fprintf(stderr, "gaz_compile: cannot read %s\n", zIn);
    return 1;
  }
  char zLine[4096];
  size_t nLine = 0;
  while (fgets(zLine, sizeof zLine, f))
    nLine++;
  Table t = {10, 0};
  while (((size_t)1 << t.nBits) < 3 * nLine) /* room for prefixes too */
    t.nBits++;
  t.a = calloc((size_t)1 << t.nBits, sizeof *t.a);
  if (!t.a) abort();
  rewind(f);
  size_t nAdded = 0;
  while (fgets(zLine, sizeof zLine, f)) {
    zLine[strcspn(zLine, "\n")] = 0;
    char *zTab = strchr(zLine, '\t');
    if (!zTab) continue;
    *zTab = 0;
    int c = classOf(zLine);
    if (c < 0) {
      fprintf(stderr, "gaz_compile: unknown class %s\n", zLine);
      return 1;
    }
    nAdded += (size_t)addPhrase(&t, zTab + 1, c);
  }
  fclose(f);
  unsigned char aHead[TK_NER_TGAZ_HEADER] = {0};
  memcpy(aHead, TK_NER_TGAZ_MAGIC, 8);
  uint32_t nBits = t.nBits;
  memcpy(aHead + 8, &nBits, 4);
  FILE *o = fopen(zOut, "wb");
  size_t nSlot = (size_t)1 << t.nBits;
  if (!o || fwrite(aHead, 1, sizeof aHead, o) != sizeof aHead ||
      fwrite(t.a, sizeof *t.a, nSlot, o) != nSlot || fclose(o)) {
    fprintf(stderr, "gaz_compile: cannot write %s\n", zOut);
    return 1;
  }
  printf("gaz_compile: %zu of %zu phrases in %zu slots (%zu bytes): %s\n",
         nAdded, nLine, nSlot, TK_NER_TGAZ_HEADER + 8 * nSlot, zOut);
  free(t.a);
  return 0;
}
