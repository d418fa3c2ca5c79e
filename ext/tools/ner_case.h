/*
** ner_case.h -- case-transformed copies of CoNLL documents, for training
** the tagger on text that is not normally cased (ext/tools/ner_train.c):
**
**   Doc copy;
**   caseCopy(&aDoc[i], CASE_TITLE, &copy);   // or CASE_LOWER
**
** A document's text is its sentences on lines, tokens joined by one
** space (ner_conll.h).  CASE_LOWER lower-cases every ASCII letter;
** CASE_TITLE rewrites each sentence in Title Case headline style: every
** word that starts with a lower-case ASCII letter is capitalized, but
** (after the first word) the short function words of
** tk_ner__headline_small and the name connectors between two capitalized
** words ("Ursula von der Leyen"); an all-caps sentence is kept.  Only ASCII
** letters change, so the length and the gold spans stay; the copy shares
** the original's gold spans.  ext/tools/ner_eval.py --case applies the
** same rules to dev.
**
**   particleCopy(&aDoc[i], &iTurn, &copy);
**
** gives a copy whose PERSON names of two words or more have a particle run
** before their last word ("Bill Clinton" -> "Bill van der Clinton"), from
** PARTICLES in turn: text and gold spans of its own.  ext/tools/
** ner_particles.py builds the dev check with other particle runs.
*/
#ifndef NER_CASE_H
#define NER_CASE_H

#include "../../ext/core/ner/ner_internal.h"
#include "ner_conll.h"

enum { CASE_TITLE = 1, CASE_LOWER = 2 };

/* 1 when c is an ASCII lower-case letter. */
static int caseIsLower(char c) {
  return c >= 'a' && c <= 'z';
}

/* 1 when c is an ASCII upper-case letter. */
static int caseIsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

/* A word of a sentence: its bytes z[iStart..iStart+n). */
typedef struct CaseWord {
  size_t iStart, n;
} CaseWord;

/* 1 when word k of the sentence z, words a[0..nWord), is all lower-case
** ASCII letters and a connector (tk_ner__connector). */
static int caseIsConnector(const char *z, const CaseWord *a, int k) {
  for (size_t i = 0; i < a[k].n; i++)
    if (!caseIsLower(z[a[k].iStart + i])) return 0;
  return tk_ner__connector((const unsigned char *)z + a[k].iStart, a[k].n);
}

/* 1 when word k of the sentence z, words a[0..nWord), stays lower-case
** in a headline: not the first word, all lower-case ASCII letters, and a
** headline small word or a connector in a run of connectors between two
** capitalized words ("Ursula von der Leyen"). */
static int caseKeepLower(const char *z, const CaseWord *a, int nWord, int k) {
  const char *w = z + a[k].iStart;
  if (k == 0) return 0;
  for (size_t i = 0; i < a[k].n; i++)
    if (!caseIsLower(w[i])) return 0;
  if (tk_ner__headline_small((const unsigned char *)w, a[k].n)) return 1;
  if (!caseIsConnector(z, a, k)) return 0;
  int j = k, m = k;
  while (j > 0 && caseIsConnector(z, a, j - 1))
    j--;
  while (m + 1 < nWord && caseIsConnector(z, a, m + 1))
    m++;
  return j > 0 && caseIsUpper(z[a[j - 1].iStart]) && m + 1 < nWord &&
         caseIsUpper(z[a[m + 1].iStart]);
}

/* Rewrite the sentence z[0..n) (tokens joined by one space) in Title Case
** headline style, in place, from the original's bytes zOrig. */
static void caseTitleSentence(const char *zOrig, char *z, size_t n) {
  int bLower = 0, nWord = 0;
  for (size_t k = 0; k < n; k++) {
    bLower |= caseIsLower(zOrig[k]);
    nWord += zOrig[k] == ' ';
  }
  if (!bLower) return; /* all caps: kept */
  CaseWord *a = malloc(((size_t)nWord + 1) * sizeof *a);
  if (!a) abort();
  nWord = 0;
  for (size_t s = 0; s <= n; nWord++) {
    size_t e = s;
    while (e < n && zOrig[e] != ' ')
      e++;
    a[nWord] = (CaseWord){s, e - s};
    s = e + 1;
  }
  for (int k = 0; k < nWord; k++) {
    size_t s = a[k].iStart;
    if (a[k].n && caseIsLower(zOrig[s]) && !caseKeepLower(zOrig, a, nWord, k))
      z[s] = (char)(zOrig[s] - 32);
  }
  free(a);
}

/* A copy of document d in case regime eCase (CASE_TITLE or CASE_LOWER)
** into *pCopy: its own text, d's gold spans (shared, not copied). */
static void caseCopy(const Doc *d, int eCase, Doc *pCopy) {
  *pCopy = *d;
  pCopy->z = malloc(d->n + 1);
  if (!pCopy->z) abort();
  memcpy(pCopy->z, d->z, d->n + 1);
  if (eCase == CASE_LOWER) {
    for (size_t k = 0; k < d->n; k++)
      if (caseIsUpper(d->z[k])) pCopy->z[k] = (char)(d->z[k] + 32);
    return;
  }
  for (size_t s = 0; s < d->n;) {
    size_t e = s;
    while (e < d->n && d->z[e] != '\n')
      e++;
    caseTitleSentence(d->z + s, pCopy->z + s, e - s);
    s = e + 1;
  }
}

/* The particle runs particleCopy inserts, in turn (none of them is one of
** the check's, ext/tools/ner_particles.py). */
static const char *const PARTICLES[] = {
    "von", "van", "de", "da",  "di", "van der", "de la", "bin",
    "al",  "du",  "le", "des", "y",  "e",       "do",    "la"};

/* The start of the last word of the span z[s..e); s when it is one word
** or already has a lower-case word ("Nikolaus van der Pas"). */
static size_t lastWordStart(const char *z, size_t s, size_t e) {
  for (size_t k = s + 1; k < e; k++)
    if (z[k - 1] == ' ' && caseIsLower(z[k])) return s;
  for (size_t k = e; k > s; k--)
    if (z[k - 1] == ' ') return k;
  return s;
}

/* A copy of document d into *pCopy (text and gold spans of its own) with
** a particle run (PARTICLES, from *piTurn on, which advances) before the
** last word of each PERSON span of two words or more that has none. */
static void particleCopy(const Doc *d, int *piTurn, Doc *pCopy) {
  const int nParticle = (int)(sizeof PARTICLES / sizeof PARTICLES[0]);
  tk_buf b = {0};
  *pCopy = (Doc){0};
  pCopy->aGold = malloc(((size_t)d->nGold + 1) * sizeof *pCopy->aGold);
  if (!pCopy->aGold) abort();
  size_t iFrom = 0; /* d->z[0..iFrom) is in b already */
  for (int g = 0; g < d->nGold; g++) {
    const Gold *x = &d->aGold[g];
    size_t iStart = x->iStart + (b.n - iFrom); /* spans are in order */
    size_t iLast = lastWordStart(d->z, x->iStart, x->iEnd);
    if (x->eType == TK_ENT_PERSON && iLast > x->iStart) {
      const char *zPart = PARTICLES[(*piTurn)++ % nParticle];
      tk_buf_append(&b, d->z + iFrom, iLast - iFrom);
      tk_buf_append(&b, zPart, strlen(zPart));
      tk_buf_append(&b, " ", 1);
      iFrom = iLast;
    }
    pCopy->aGold[pCopy->nGold++] =
        (Gold){iStart, x->iEnd + (b.n - iFrom), x->eType};
  }
  tk_buf_append(&b, d->z + iFrom, d->n - iFrom);
  tk_buf_append(&b, "", 1);
  if (b.oom) abort();
  pCopy->z = b.z;
  pCopy->n = b.n - 1;
}

#endif /* NER_CASE_H */
