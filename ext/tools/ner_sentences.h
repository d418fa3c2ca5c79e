/*
** ner_sentences.h -- one-sentence copies of CoNLL documents, for training
** the tagger on texts of a single sentence (ext/tools/ner_train.c):
**
**   int nRoom = sentenceCopyRoom(&aDoc[i]);
**   int nCopy = sentenceCopies(&aDoc[i], aOut);   // aOut has nRoom slots
**
** A document's text is its sentences on lines (ner_doc.h).  Each
** sentence but the first becomes a document of its own, with its own text
** and its gold spans moved to the new offsets.  The first sentence is left
** out: in CoNLL it is the headline, which the original document already
** shows as a first sentence; the copies are there to show first sentences
** that are not headlines, as entities() meets in one-sentence texts.
*/
#ifndef NER_SENTENCES_H
#define NER_SENTENCES_H

#include "ner_doc.h"

#include <stdlib.h>
#include <string.h>

/* The number of one-sentence copies sentenceCopies makes of d: its
** sentences (lines) but the first. */
static int sentenceCopyRoom(const Doc *d) {
  int nLine = 0;
  for (size_t k = 0; k < d->n; k++)
    nLine += d->z[k] == '\n';
  return nLine;
}

/* Document *pCopy: the sentence d->z[iStart..iEnd) with the gold spans of
** d inside it, moved to start at 0. */
static void sentenceCopy(const Doc *d, size_t iStart, size_t iEnd, Doc *pCopy) {
  *pCopy = (Doc){0};
  pCopy->z = malloc(iEnd - iStart + 1);
  pCopy->aGold = malloc(((size_t)d->nGold + 1) * sizeof *pCopy->aGold);
  if (!pCopy->z || !pCopy->aGold) abort();
  memcpy(pCopy->z, d->z + iStart, iEnd - iStart);
  pCopy->z[iEnd - iStart] = 0;
  pCopy->n = iEnd - iStart;
  for (int g = 0; g < d->nGold; g++) {
    const Gold *x = &d->aGold[g];
    if (x->iStart >= iStart && x->iEnd <= iEnd)
      pCopy->aGold[pCopy->nGold++] =
          (Gold){x->iStart - iStart, x->iEnd - iStart, x->eType};
  }
}

/* Write to aOut[0..sentenceCopyRoom(d)) one document per sentence of d
** but the first; returns how many were written. */
static int sentenceCopies(const Doc *d, Doc *aOut) {
  int nCopy = 0;
  size_t s = 0;
  while (s < d->n && d->z[s] != '\n') /* the first sentence: left out */
    s++;
  while (s < d->n) {
    size_t iStart = s + 1, e = iStart;
    while (e < d->n && d->z[e] != '\n')
      e++;
    sentenceCopy(d, iStart, e, &aOut[nCopy++]);
    s = e;
  }
  return nCopy;
}

#endif /* NER_SENTENCES_H */
