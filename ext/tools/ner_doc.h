/*
** ner_doc.h -- a CoNLL training document as the NER tools hold it: its
** raw text (tokens joined by one space, sentences by a newline) and its
** gold entity spans, by byte offsets into that text.  ner_conll.h reads
** them from CoNLL files; ner_case.h, ner_sentences.h, ner_names.h and
** ner_eastasia.h make copies, the last two with docCopyReplacing:
**
**   const char *azNew[] = {"Klarna", 0};   // one entry per gold span
**   Doc copy;
**   docCopyReplacing(&d, azNew, &copy);    // span 0's text is "Klarna"
*/
#ifndef NER_DOC_H
#define NER_DOC_H

#include "textkit.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct Gold {
  size_t iStart, iEnd; /* byte offsets into the document text */
  int eType;           /* enum tk_entity_type */
} Gold;

typedef struct Doc {
  char *z;
  size_t n;
  Gold *aGold;
  int nGold;
} Doc;

/* 1 when gold span g of d is one word (holds no space). */
static inline int goldIsOneWord(const Doc *d, int g) {
  const Gold *x = &d->aGold[g];
  return memchr(d->z + x->iStart, ' ', x->iEnd - x->iStart) == 0;
}

/* A copy of document d into *pCopy (text and gold spans of its own) whose
** gold span g has the text azNew[g] when that is not 0; every other span
** keeps its text and type and moves with the text. */
static inline void docCopyReplacing(const Doc *d, const char *const *azNew,
                                    Doc *pCopy) {
  tk_buf b = {0};
  *pCopy = (Doc){0};
  pCopy->aGold = malloc(((size_t)d->nGold + 1) * sizeof *pCopy->aGold);
  if (!pCopy->aGold) abort();
  size_t iFrom = 0; /* d->z[0..iFrom) is in b already; spans are in order */
  for (int g = 0; g < d->nGold; g++) {
    const Gold *x = &d->aGold[g];
    if (azNew[g]) {
      tk_buf_append(&b, d->z + iFrom, x->iStart - iFrom);
      size_t iStart = b.n;
      tk_buf_append(&b, azNew[g], strlen(azNew[g]));
      pCopy->aGold[pCopy->nGold++] = (Gold){iStart, b.n, x->eType};
      iFrom = x->iEnd;
      continue;
    }
    pCopy->aGold[pCopy->nGold++] =
        (Gold){b.n + (x->iStart - iFrom), b.n + (x->iEnd - iFrom), x->eType};
  }
  tk_buf_append(&b, d->z + iFrom, d->n - iFrom);
  tk_buf_append(&b, "", 1);
  if (b.oom) abort();
  pCopy->z = b.z;
  pCopy->n = b.n - 1;
}

#endif /* NER_DOC_H */
