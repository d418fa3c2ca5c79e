/*
** corpus/kw_yake.c -- keywords()' default scorer, after YAKE (Campos et
** al., "YAKE! Keyword extraction from single documents using multiple
** local features", Information Sciences 509, 2020), written from the
** paper's description.
**
** Every content word w gets five features from the one text:
**   casing    max(capitalized, acronym occurrences) / (1 + ln tf)
**   position  ln(ln(3 + median sentence number))        (early is low)
**   frequency tf / (mean tf + standard deviation of tf)
**   relatedness 1 + (distinct left neighbours / left neighbours +
**             the same on the right) x tf / max tf      (a word that
**             goes with anything is stopword-like: high)
**   spread    sentences with w / sentences
** and the score S(w) = rel x pos / (case + freq / rel + spread / rel),
** lower for better words.  A candidate of words w1..wk occurring tf times
** scores S = prod S(wi) / (tf x (1 + sum S(wi))) (stopwords inside a
** name count for nothing); with an IDF table S is divided by the mean
** IDF of its words squared, so words common in the corpus sink.  The
** reported score is 1 / S: higher is better, never negative.
**
**   tk_corpus__kw_yake(&d);   // d.aCand[i].rScore
*/
#include "corpus_internal.h"

#include <math.h>

/* Set every type's median sentence number. */
static void setMedians(tk_corpus__kwdoc *d, size_t nType) {
  for (size_t i = 0; i < nType; i++) {
    d->aType[i].nSeen = 0;
    d->aType[i].rMedian = 0;
  }
  for (size_t i = 0; i < d->nTok; i++) {
    tk_corpus__kwtype *ty = &d->aType[d->aTok[i].iType];
    long k = ++ty->nSeen;
    double s = d->aTok[i].iSent;
    if (ty->nTf % 2) {
      if (k == (ty->nTf + 1) / 2) ty->rMedian = s;
    } else if (k == ty->nTf / 2 || k == ty->nTf / 2 + 1) {
      ty->rMedian += s / 2;
    }
  }
}

/* Score every word type. */
static void scoreWords(tk_corpus__kwdoc *d) {
  size_t nType = d->nType;
  double rSum = 0, rSum2 = 0, rMax = 1, nValid = 0;
  setMedians(d, nType);
  for (size_t i = 0; i < nType; i++) {
    const tk_corpus__kwtype *ty = &d->aType[i];
    if (ty->bStop) continue;
    rSum += (double)ty->nTf;
    rSum2 += (double)ty->nTf * (double)ty->nTf;
    if (ty->nTf > rMax) rMax = (double)ty->nTf;
    nValid++;
  }
  double rMean = nValid ? rSum / nValid : 0;
  double rVar = nValid ? rSum2 / nValid - rMean * rMean : 0;
  double rNorm = rMean + sqrt(rVar > 0 ? rVar : 0);
  if (rNorm <= 0) rNorm = 1;
  double nSent = d->nSent ? d->nSent : 1;
  for (size_t i = 0; i < nType; i++) {
    tk_corpus__kwtype *ty = &d->aType[i];
    double tf = (double)ty->nTf;
    double nCase = (double)(ty->nCap > ty->nAcro ? ty->nCap : ty->nAcro);
    double rCase = nCase / (1 + log(tf));
    double rPos = log(log(3 + ty->rMedian));
    double rFreq = tf / rNorm;
    double rLeft = ty->nLeft ? (double)ty->nLeftTypes / (double)ty->nLeft : 0;
    double rRight =
        ty->nRight ? (double)ty->nRightTypes / (double)ty->nRight : 0;
    double rRel = 1 + (rLeft + rRight) * tf / rMax;
    double rSpread = (double)ty->nSent / nSent;
    ty->rScore = rRel * rPos / (rCase + rFreq / rRel + rSpread / rRel);
  }
}

/* Score every candidate. */
void tk_corpus__kw_yake(tk_corpus__kwdoc *d) {
  scoreWords(d);
  size_t nCand = tk_termmap_count(d->pCands);
  for (size_t i = 0; i < nCand; i++) {
    tk_corpus__kwcand *c = &d->aCand[i];
    const uint32_t *aType = tk_corpus__kw_cand_types(d, i);
    double rProd = 1, rSum = 0, rIdf = 0, nWord = 0;
    for (int k = 0; k < c->nTok; k++) {
      const tk_corpus__kwtype *ty = &d->aType[aType[k]];
      if (ty->bStop) continue;
      rProd *= ty->rScore;
      rSum += ty->rScore;
      rIdf += ty->rIdf;
      nWord++;
    }
    double s = rProd / ((double)c->nCount * (1 + rSum));
    if (d->pIdf) {
      double rMeanIdf = rIdf / nWord;
      s /= rMeanIdf * rMeanIdf;
    }
    c->rScore = s > 0 ? 1 / s : HUGE_VAL;
  }
}
