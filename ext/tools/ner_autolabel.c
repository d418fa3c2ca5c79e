/*
** ner_autolabel.c -- labels unlabeled text with a NER model, for
** self-training (`make model`, docs/ner.md "Self-training"):
**
**   xz -dc ../shared/data/unlabeled/enwiki-2015-30k-articles.txt.xz |
**     build/release/tools/ner_autolabel --model build/ner_base.bin
**       --out build/ner_auto.txt [--sentences 8000] [--min-score 0.95]
**       [--every 7]
**
** Reads one paragraph a line from stdin (lines of fewer than 8 words, the
** titles and headings, are skipped; so is every paragraph but one in
** --every, to spread the sample over the articles), tags each paragraph
** with the model (tk_ner_tag, both passes) and keeps a sentence when it
** holds an entity, every entity scores --min-score or more, and every
** capitalized token but the sentence's first is inside an entity (so a
** name the model missed does not teach O).  The kept sentences of a
** paragraph are written as one CoNLL document ("word TAG" lines, IOB2
** tags), until --sentences are kept.  The tokens are the tagger's own
** (ner/tokens.c), so ner_train reads back exactly the text tagged.
** Deterministic: the same text and model give the same bytes.
*/
#include "../../ext/core/ner/ner_internal.h"
#include "tool_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *azTag[] = {0, "PER", "ORG", "LOC", "MISC"};

/* 1 when the token z[0..n) begins with a capital (an ASCII capital or a
** non-ASCII character, which may be one). */
static int isCapitalized(const char *z) {
  unsigned char c = (unsigned char)z[0];
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The number of space-separated words of z[0..n). */
static int wordCount(const char *z, size_t n) {
  int nWord = 0, bIn = 0;
  for (size_t i = 0; i < n; i++) {
    int bSpace = z[i] == ' ' || z[i] == '\t';
    if (!bSpace && !bIn) nWord++;
    bIn = !bSpace;
  }
  return nWord;
}

/* Per token of a[0..n): the index of the span of a[0..nSpan) holding it,
** -1 for none; returns 0 when a span does not fall on token bounds. */
static int spanOfTokens(const tk_ner_tok *a, int n, const tk_ner_span *aSpan,
                        size_t nSpan, int *aOf) {
  for (int k = 0; k < n; k++) {
    aOf[k] = -1;
    for (size_t s = 0; s < nSpan; s++) {
      size_t b = aSpan[s].iStart, e = b + aSpan[s].nLen;
      if (a[k].iStart >= b && a[k].iStart + a[k].nLen <= e)
        aOf[k] = (int)s;
      else if (a[k].iStart < e && a[k].iStart + a[k].nLen > b)
        return 0;
    }
  }
  return 1;
}

/* 1 when the sentence a[0..n) (span indexes aOf) is kept: an entity, every
** entity scoring rMin or more, every capitalized token but the first in
** one. */
static int keepSentence(const char *z, const tk_ner_tok *a, int n,
                        const int *aOf, const tk_ner_span *aSpan, double rMin) {
  int nIn = 0;
  for (int k = 0; k < n; k++) {
    if (aOf[k] >= 0) {
      if (aSpan[aOf[k]].rScore < rMin) return 0;
      nIn++;
    } else if (k > 0 && isCapitalized(z + a[k].iStart)) {
      return 0;
    }
  }
  return nIn > 0;
}

/* Write sentence a[0..n) of z as CoNLL lines, then a blank line. */
static void writeSentence(FILE *f, const char *z, const tk_ner_tok *a, int n,
                          const int *aOf, const tk_ner_span *aSpan) {
  for (int k = 0; k < n; k++) {
    fwrite(z + a[k].iStart, 1, a[k].nLen, f);
    if (aOf[k] < 0)
      fputs(" O\n", f);
    else
      fprintf(f, " %c-%s\n", k > 0 && aOf[k - 1] == aOf[k] ? 'I' : 'B',
              azTag[aSpan[aOf[k]].eType]);
  }
  fputc('\n', f);
}

/* Tag paragraph z[0..n) and write its kept sentences to f as one document;
** returns the number kept. */
static int labelParagraph(const tk_ner_model *m, const char *z, size_t n,
                          double rMin, FILE *f) {
  tk_ner_span *aSpan;
  size_t nSpan;
  if (tk_ner_tag(m, z, n, &aSpan, &nSpan) != TK_OK) abort();
  tk_ner_reader rd;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  int aOf[TK_NER_MAXSENT], nTok, nKept = 0;
  tk_ner__reader_init(&rd, z, n);
  while ((nTok = tk_ner__reader_sentence(&rd, aTok)) > 0) {
    if (nTok < 6 || nTok >= TK_NER_MAXSENT) continue;
    if (!spanOfTokens(aTok, nTok, aSpan, nSpan, aOf)) continue;
    if (!keepSentence(z, aTok, nTok, aOf, aSpan, rMin)) continue;
    if (nKept++ == 0) fputs("-DOCSTART- O\n\n", f);
    writeSentence(f, z, aTok, nTok, aOf, aSpan);
  }
  tk_free(aSpan);
  return nKept;
}

int main(int argc, char **argv) {
  const char *zModel = 0, *zOut = 0;
  int nWant = 8000, nEvery = 7;
  double rMin = 0.95;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--model") == 0)
      zModel = argv[i + 1];
    else if (strcmp(argv[i], "--out") == 0)
      zOut = argv[i + 1];
    else if (strcmp(argv[i], "--sentences") == 0)
      nWant = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--min-score") == 0)
      rMin = atof(argv[i + 1]);
    else if (strcmp(argv[i], "--every") == 0)
      nEvery = atoi(argv[i + 1]);
  }
  if (!zModel || !zOut || nWant < 1 || nEvery < 1) {
    fprintf(stderr,
            "usage: %s --model MODEL --out FILE [--sentences N] "
            "[--min-score 0..1] [--every K] < text\n",
            argv[0]);
    return 2;
  }
  size_t nModel = 0;
  unsigned char *aModel = toolReadFile(zModel, &nModel);
  tk_ner_model *m;
  char *zErr = 0;
  if (!aModel || tk_ner_model_open(aModel, nModel, &m, &zErr) != TK_OK) {
    fprintf(stderr, "ner_autolabel: cannot open the model %s%s%s\n", zModel,
            zErr ? ": " : "", zErr ? zErr : "");
    tk_free(zErr);
    return 1;
  }
  FILE *f = fopen(zOut, "w");
  if (!f) {
    fprintf(stderr, "ner_autolabel: cannot write %s\n", zOut);
    return 1;
  }
  char *zLine = 0;
  size_t nLineAlloc = 0;
  ssize_t nLine;
  long nPara = 0, nSeen = 0;
  int nKept = 0;
  while (nKept < nWant && (nLine = getline(&zLine, &nLineAlloc, stdin)) > 0) {
    while (nLine && (zLine[nLine - 1] == '\n' || zLine[nLine - 1] == '\r'))
      nLine--;
    if (wordCount(zLine, (size_t)nLine) < 8) continue;
    if (nPara++ % nEvery) continue;
    nSeen++;
    nKept += labelParagraph(m, zLine, (size_t)nLine, rMin, f);
  }
  free(zLine);
  if (fclose(f)) {
    fprintf(stderr, "ner_autolabel: cannot write %s\n", zOut);
    return 1;
  }
  printf("ner_autolabel: %d sentences kept from %ld paragraphs tagged "
         "(model %s)\n",
         nKept, nSeen, tk_ner_model_name(m));
  tk_ner_model_close(m);
  free(aModel);
  return 0;
}
