/*
** corpus/kw_rake.c -- keywords()' method=rake (Rose et al., "Automatic
** keyword extraction from individual documents", 2010): over RAKE's
** candidates (runs of non-stopwords), a word's score is deg(w) / freq(w),
** where freq counts its occurrences in candidates and deg adds the length
** of every candidate occurrence it is part of; a phrase scores the sum of
** its words' scores.
**
**   tk_corpus__kw_rake_candidates(&d);  tk_corpus__kw_rake(&d);
*/
#include "corpus_internal.h"

/* Score every candidate. */
void tk_corpus__kw_rake(tk_corpus__kwdoc *d) {
  size_t nCand = tk_termmap_count(d->pCands);
  for (size_t i = 0; i < nCand; i++) {
    const tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    for (int k = 0; k < c->nTok; k++) {
      d->aType[aType[k]].rFreq = 0;
      d->aType[aType[k]].rDeg = 0;
    }
  }
  for (size_t i = 0; i < nCand; i++) {
    const tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    for (int k = 0; k < c->nTok; k++) {
      d->aType[aType[k]].rFreq += (double)c->nCount;
      d->aType[aType[k]].rDeg += (double)c->nCount * c->nTok;
    }
  }
  for (size_t i = 0; i < nCand; i++) {
    tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    double r = 0;
    for (int k = 0; k < c->nTok; k++) {
      r += d->aType[aType[k]].rDeg / d->aType[aType[k]].rFreq;
    }
    c->rScore = r;
  }
}
