/*
** corpus/kw_tfidf.c -- keywords()' method=tfidf: a candidate scores its
** count times the sum of its content words' IDF (1 each without an IDF
** table).  For one word (the default words=1 of this method) that is
** tf x idf; for a phrase, the IDF its words would have together if they
** occurred independently.
**
**   tk_corpus__kw_candidates(&d);  tk_corpus__kw_tfidf(&d);
*/
#include "corpus_internal.h"

/* Score every candidate. */
void tk_corpus__kw_tfidf(tk_corpus__kwdoc *d) {
  size_t nCand = tk_termmap_count(d->pCands);
  for (size_t i = 0; i < nCand; i++) {
    tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    double r = 0;
    for (int k = 0; k < c->nTok; k++) {
      if (!d->aType[aType[k]].bStop) r += d->aType[aType[k]].rIdf;
    }
    c->rScore = r * (double)c->nCount;
  }
}
