/*
** ner_conll.h -- CoNLL-2003 files and the raw-text evaluation protocol,
** shared by ext/tools/ner_train.c and ext/tools/ner_eval_core.c.
**
** Protocol (../shared/data/ner/conll2003/README.md): each document is
** rebuilt as text, tokens joined by one space and sentences by a newline;
** predicted and gold spans are compared by exact offsets after trimming
** edge whitespace and punctuation; micro precision, recall and F1 per
** type, over PER+ORG+LOC, and over all four types.
*/
#ifndef NER_CONLL_H
#define NER_CONLL_H

#include "ner_doc.h"
#include "textkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The type of a CoNLL tag's suffix ("PER" ...), 0 for anything else. */
static int conllType(const char *z) {
  if (strcmp(z, "PER") == 0) return TK_ENT_PERSON;
  if (strcmp(z, "ORG") == 0) return TK_ENT_ORG;
  if (strcmp(z, "LOC") == 0) return TK_ENT_LOC;
  if (strcmp(z, "MISC") == 0) return TK_ENT_MISC;
  return 0;
}

/* Append one gold span to d. */
static void addGold(Doc *d, size_t s, size_t e, int eType) {
  d->aGold = realloc(d->aGold, (size_t)(d->nGold + 1) * sizeof *d->aGold);
  if (!d->aGold) abort();
  d->aGold[d->nGold++] = (Gold){s, e, eType};
}

/* Read a CoNLL file into *paDoc[*pnDoc]; 0 on success. */
static int conllRead(const char *zPath, Doc **paDoc, int *pnDoc) {
  FILE *f = fopen(zPath, "r");
  if (!f) return 1;
  Doc *aDoc = 0;
  int nDoc = 0;
  tk_buf b = {0};
  char zLine[4096];
  int bSentOpen = 0, eOpen = 0; /* tokens in the sentence; open entity */
  size_t iOpen = 0, iEnd = 0;
  Doc *d = 0;
  for (;;) {
    char *z = fgets(zLine, sizeof zLine, f);
    int bDocStart = z && strncmp(z, "-DOCSTART-", 10) == 0;
    size_t nz = z ? strlen(z) : 0;
    while (nz && (z[nz - 1] == '\n' || z[nz - 1] == '\r'))
      z[--nz] = 0;
    char *zTag = z && nz ? strrchr(z, ' ') : 0;
    int eType = 0, bBegin = 0;
    if (zTag) {
      zTag++;
      if (zTag[0] == 'B' || zTag[0] == 'I') {
        eType = conllType(zTag + 2);
        bBegin = zTag[0] == 'B';
      }
    }
    /* close the open entity? */
    if (eOpen && (!zTag || eType != eOpen || bBegin)) {
      addGold(d, iOpen, iEnd, eOpen);
      eOpen = 0;
    }
    if (!z || bDocStart) {
      if (d) {
        d->z = b.z ? b.z : calloc(1, 1);
        d->n = b.n;
        memset(&b, 0, sizeof b);
      }
      if (!z) break;
      aDoc = realloc(aDoc, (size_t)(nDoc + 1) * sizeof *aDoc);
      if (!aDoc) abort();
      d = &aDoc[nDoc++];
      memset(d, 0, sizeof *d);
      bSentOpen = 0;
      continue;
    }
    if (!zTag) { /* blank line: the sentence ends */
      if (bSentOpen) tk_buf_putc(&b, '\n');
      bSentOpen = 0;
      continue;
    }
    if (!d) continue;
    if (bSentOpen) tk_buf_putc(&b, ' ');
    size_t nWord = (size_t)(strchr(z, ' ') - z);
    size_t iWord = b.n;
    tk_buf_append(&b, z, nWord);
    bSentOpen = 1;
    if (eType && !eOpen) {
      eOpen = eType;
      iOpen = iWord;
    }
    iEnd = b.n;
  }
  fclose(f);
  for (int i = 0; i < nDoc; i++) { /* drop the final newline */
    while (aDoc[i].n && aDoc[i].z[aDoc[i].n - 1] == '\n')
      aDoc[i].n--;
  }
  *paDoc = aDoc;
  *pnDoc = nDoc;
  return 0;
}

/* Trim edge whitespace and ASCII punctuation from [*ps, *pe) of z. */
static void trimSpan(const char *z, size_t *ps, size_t *pe) {
  static const char *zTrim = " \t\n\r.,;:!?\"'()[]{}-";
  while (*ps < *pe && strchr(zTrim, z[*ps]))
    (*ps)++;
  while (*pe > *ps && strchr(zTrim, z[*pe - 1]))
    (*pe)--;
}

typedef struct Score {
  long aTp[5], aFp[5], aFn[5]; /* by type; [0] unused */
} Score;

/* Score one document's predicted spans against its gold spans. */
static void scoreDoc(Score *s, const Doc *d, const tk_ner_span *a, size_t n) {
  char *aUsed = calloc((size_t)d->nGold + 1, 1);
  for (size_t i = 0; i < n; i++) {
    size_t ps = a[i].iStart, pe = a[i].iStart + a[i].nLen;
    trimSpan(d->z, &ps, &pe);
    int bHit = 0;
    for (int g = 0; g < d->nGold && !bHit; g++) {
      size_t gs = d->aGold[g].iStart, ge = d->aGold[g].iEnd;
      trimSpan(d->z, &gs, &ge);
      if (!aUsed[g] && gs == ps && ge == pe &&
          d->aGold[g].eType == a[i].eType) {
        aUsed[g] = 1;
        bHit = 1;
      }
    }
    if (bHit) {
      s->aTp[a[i].eType]++;
    } else {
      s->aFp[a[i].eType]++;
    }
  }
  for (int g = 0; g < d->nGold; g++) {
    if (!aUsed[g]) s->aFn[d->aGold[g].eType]++;
  }
  free(aUsed);
}

/* F1 over the types whose bit (1 << type) is in mask; precision and recall
** in *pP, *pR when not NULL. */
static double scoreF1(const Score *s, int mask, double *pP, double *pR) {
  long tp = 0, fp = 0, fn = 0;
  for (int t = 1; t <= 4; t++) {
    if (!(mask & (1 << t))) continue;
    tp += s->aTp[t];
    fp += s->aFp[t];
    fn += s->aFn[t];
  }
  double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
  double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
  if (pP) *pP = p;
  if (pR) *pR = r;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

#define MASK_PLO ((1 << TK_ENT_PERSON) | (1 << TK_ENT_ORG) | (1 << TK_ENT_LOC))
#define MASK_ALL (MASK_PLO | (1 << TK_ENT_MISC))

/* Tag every document with m and score it. */
static void evalDocs(const tk_ner_model *m, const Doc *aDoc, int nDoc,
                     Score *s) {
  memset(s, 0, sizeof *s);
  for (int i = 0; i < nDoc; i++) {
    tk_ner_span *a;
    size_t n;
    if (tk_ner_tag(m, aDoc[i].z, aDoc[i].n, &a, &n) != TK_OK) abort();
    scoreDoc(s, &aDoc[i], a, n);
    tk_free(a);
  }
}

#endif /* NER_CONLL_H */
