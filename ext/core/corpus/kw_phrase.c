/*
** corpus/kw_phrase.c -- keywords()' default scorer (method=phrase): how
** often a candidate occurs, how early, and how rare its words are in
** general English.
**
** A content word w weighs idf(w)^0.7, where idf is the inverse document
** frequency of its stem in the built-in background (kw_lexicon.c: 30,728
** Wikipedia articles), times the caller's IDF weight with idf=<table>.
** A candidate c occurring tf times, first in sentence s (from 0), scores
**   tf x (sum of its words' weights) x (1 + 1 / ln(3 + s))
** so a longer phrase of rare words beats its parts, a phrase repeated
** beats one said once, and the title and first sentences count more.
** The exponent 0.7 and the position term were chosen on the dev halves of
** three keyphrase sets (docs/corpus.md, "How keywords are chosen").
**
**   tk_corpus__kw_candidates(&d);  tk_corpus__kw_phrase(&d);
*/
#include "corpus_internal.h"

#include <math.h>

/* Set every type's weight (rScore): its background weight (computed once
** per distinct word by tk_corpus__kw_bg_weight, kw_lexicon.c) times its
** weight in the caller's IDF table. */
static void weighWords(tk_corpus__kwdoc *d) {
  size_t nType = d->nType;
  for (size_t i = 0; i < nType; i++) {
    tk_corpus__kwtype *ty = &d->aType[i];
    ty->rScore = ty->rBgWeight * (d->pIdf ? ty->rIdf : 1);
  }
}

/* Score every candidate. */
void tk_corpus__kw_phrase(tk_corpus__kwdoc *d) {
  weighWords(d);
  size_t nCand = tk_termmap_count(d->pCands);
  for (size_t i = 0; i < nCand; i++) {
    tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    double rSum = 0;
    for (int k = 0; k < c->nTok; k++) {
      const tk_corpus__kwtype *ty = &d->aType[aType[k]];
      if (!ty->bStop) rSum += ty->rScore;
    }
    double rPos = 1 + 1 / log(3 + (double)d->aTok[c->iTok].iSent);
    c->rScore = (double)c->nCount * rSum * rPos;
  }
}
