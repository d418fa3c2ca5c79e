/*
** corpus/kw_candidates.c -- the candidate phrases of keywords().
**
** The default candidates are phrase runs: maximal runs of words inside one
** sentence with no break (punctuation, number, paragraph) between them, neither
** starting nor ending with a stopword.  A stopword inside is allowed only in a
** name: capitalized words on both sides ("Nikolaus van der Linden", "Bank of
** America"), at most two stopwords in a row. With the built-in English table
** (kw_lexicon.c) a word that can only be a verb or an adverb is in no candidate
** ("argue", "implies"), and a candidate ends in a noun or a name, not an
** adjective ("formal system", not "formal").  A run of more than nWords content
** words gives every window of nWords content words ("Russian counterpart
** Sergei", "counterpart Sergei Lavrov") instead of itself.  RAKE's candidates
** are the maximal runs of non-stopwords, cut every nWords words.
**
** A candidate is its sequence of word types (so "bombing" and "Bombings"
** are one); each occurrence also counts its surface form (the words'
** exact bytes), and the candidate keeps its most frequent one.
**
**   tk_corpus__kw_candidates(&d);   // d.pCands, d.aCand
*/
#include "corpus_internal.h"

#include <string.h>
#include <strings.h>

/* The longest candidate in tokens: content words and a name's stopwords. */
#define KW_MAX_TOKENS (TK_KW_MAX_WORDS + 2)
/* The content words of a run that give candidates (the rest of a longer
** run gives none). */
#define KW_MAX_CONTENT (KW_MAX_TOKENS * 64)

/* The types of candidate i. */
const uint32_t *tk_corpus__kw_cand_types(const tk_corpus__kwdoc *d, size_t i) {
  size_t n;
  return (const uint32_t *)(const void *)tk_termmap_key(d->pCands, i, &n);
}

/* Count the surface form of the occurrence from token i of candidate c
** (whose entry is p): the candidate, then each word's surface.  The most
** frequent form, the first to reach the highest count, is kept. */
static int countSurface(tk_corpus__kwdoc *d, long c, tk_corpus__kwcand *p,
                        size_t i) {
  uint32_t aKey[KW_MAX_TOKENS + 1];
  int bNew;
  aKey[0] = (uint32_t)c;
  for (int k = 0; k < p->nTok; k++) {
    long iSurf = tk_corpus__kw_tok_surface(d, i + (size_t)k);
    if (iSurf < 0) return TK_ENOMEM;
    aKey[k + 1] = (uint32_t)iSurf;
  }
  long s = tk_termmap_intern(d->pPhraseSurfs, (const char *)aKey,
                             (size_t)(p->nTok + 1) * sizeof(uint32_t), &bNew);
  if (s < 0 || tk_reserve(&d->aPhraseSurfCount, &d->nPhraseSurfAlloc, (size_t)s,
                          sizeof(long)) != TK_OK) {
    return TK_ENOMEM;
  }
  if (bNew) d->aPhraseSurfCount[s] = 0;
  if (++d->aPhraseSurfCount[s] > p->nBest) {
    p->nBest = d->aPhraseSurfCount[s];
    p->iSurface = s;
  }
  return TK_OK;
}

/* Count one occurrence of the phrase of nTok tokens from token i (none
** for a lone letter, "x", nor for more than KW_MAX_TOKENS tokens: a part
** of four content words may hold six stopwords, "Banco de la Republica de
** la Nacion de los Andes").  A candidate said once is shown as that
** occurrence (nBest stays 0), so its surface form is counted only when a
** second occurrence comes: then the first one's, then this one's, in the
** order they were said. */
static int addOccurrence(tk_corpus__kwdoc *d, size_t i, int nTok) {
  uint32_t aKey[KW_MAX_TOKENS];
  int bNew;
  if (nTok > KW_MAX_TOKENS || (nTok == 1 && d->aTok[i].bNotAlone)) return TK_OK;
  for (int k = 0; k < nTok; k++)
    aKey[k] = d->aTok[i + (size_t)k].iType;
  long c = tk_termmap_intern(d->pCands, (const char *)aKey,
                             (size_t)nTok * sizeof(uint32_t), &bNew);
  if (c < 0 || tk_reserve(&d->aCand, &d->nCandAlloc, (size_t)c,
                          sizeof(tk_corpus__kwcand)) != TK_OK) {
    return TK_ENOMEM;
  }
  tk_corpus__kwcand *p = &d->aCand[c];
  if (bNew) {
    memset(p, 0, sizeof(*p));
    p->iTok = i;
    p->nTok = nTok;
  }
  if (++p->nCount == 1) return TK_OK;
  if (p->nCount == 2) {
    int rc = countSurface(d, c, p, p->iTok);
    if (rc != TK_OK) return rc;
  }
  return countSurface(d, c, p, i);
}

/* 1 when the word t is in no default candidate: a stopword, a word that
** can only be a verb or an adverb, or a lower-case past tense that is
** seldom anything else ("prices fell"; "Drew" may be a name). */
static int outOfPhrase(const tk_corpus__kwtok *t) {
  return t->bStop || t->bVerbal || (t->bPast == 1 && !t->bUpper);
}

/* 1 when the word t is capitalized (or an acronym). */
static int isCapital(const tk_corpus__kwtok *t) {
  return t->bUpper || t->bAcro;
}

/* 1 when a candidate may end with the word t: a noun, an unknown word, or
** a capitalized word (a name); not an adjective or a verb form, nor a
** lower-case letter alone (a cricket score's "c" and "b", a fixture's
** "v": "Aamir Sohail c Healy b Warne"). */
static int canEnd(const tk_corpus__kwtok *t) {
  return (t->bNoun && !(t->bNotAlone && !t->bUpper)) || isCapital(t);
}

/* 1 when the word j is a verb in its place: lower-case, it may be one and
** a determiner follows it in the same phrase stretch ("bombings
** underscore the threat"). */
static int verbHere(const tk_corpus__kwdoc *d, size_t j) {
  const tk_corpus__kwtok *t = &d->aTok[j];
  return t->bVerb && !t->bUpper && j + 1 < d->nTok && d->aTok[j + 1].bDet &&
         !d->aTok[j + 1].bBreak;
}

/* 1 when the word j is a verb between names: lower-case, an inflected
** form ("-ed", "-s") that may be a verb, with a capitalized word before
** and after it in the same phrase stretch ("Bacon married Alice
** Barnham", "ENAP buys Oriente"): a clause, not a phrase.  A base form
** stays ("Dutch coach Guus Hiddink"), and so does a plural before a
** weekday or a month ("Oil prices Monday"). */
static int verbBetweenNames(const tk_corpus__kwdoc *d, size_t j) {
  const tk_corpus__kwtok *t = &d->aTok[j];
  if (!t->bVerb || t->bUpper || t->bBreak || j == 0 || j + 1 >= d->nTok)
    return 0;
  const tk_corpus__kwtok *pNext = &d->aTok[j + 1];
  if (!isCapital(&d->aTok[j - 1]) || !isCapital(pNext) || pNext->bBreak ||
      pNext->bStop || pNext->bDate)
    return 0;
  const char *z = d->zText + t->iStart;
  size_t n = t->nLen;
  return n > 3 && ((z[n - 2] == 'e' && z[n - 1] == 'd') ||
                   (z[n - 1] == 's' && z[n - 2] != 's'));
}

/* 1 when the word j is a past tense after its subject: lower-case, a past
** tense that is also a noun ("rose", "beat", "won", "lost"), after a
** capitalized word or a plural in the same stretch ("England beat",
** "sectoral indices rose"; "a white rose" stays, and so does the
** currency, "the Korean won"). */
static int pastAfterSubject(const tk_corpus__kwdoc *d, size_t j) {
  const tk_corpus__kwtok *t = &d->aTok[j];
  if (t->bPast != 2 || t->bUpper || t->bBreak || j == 0) return 0;
  const tk_corpus__kwtok *pPrev = &d->aTok[j - 1];
  const char *z = d->zText + pPrev->iStart;
  size_t n = pPrev->nLen;
  if (n == 6 && strncasecmp(z, "korean", 6) == 0) return 0;
  return isCapital(pPrev) || (n > 3 && z[n - 1] == 's' && z[n - 2] != 's');
}

/* The end (exclusive) of the phrase run that starts at the content word
** i: words with no break between them, through at most two stopwords in
** a row and only between capitalized words (a name).  A verb or adverb
** ends the run unless it is a word of a name; a capitalized common word
** after a lower-case one starts a new run (a heading or title without
** its full stop). */
static size_t runEnd(const tk_corpus__kwdoc *d, size_t i) {
  size_t iEnd = i + 1;
  int bUpper = isCapital(&d->aTok[i]);
  for (size_t j = i + 1; j < d->nTok && !d->aTok[j].bBreak; j++) {
    const tk_corpus__kwtok *t = &d->aTok[j];
    if (t->bStop) {
      if (!bUpper || !t->bParticle || j - iEnd >= 2) break;
      continue;
    }
    if ((t->bVerbal && !(bUpper && t->bUpper)) ||
        (t->bPast == 1 && !t->bUpper) || verbHere(d, j) ||
        verbBetweenNames(d, j) || pastAfterSubject(d, j))
      break;
    if (!bUpper && t->bUpper && !t->bAcro && t->bKnown) break;
    if (j > iEnd && !isCapital(t)) break; /* a name must go on */
    bUpper = isCapital(t);
    iEnd = j + 1;
  }
  return iEnd;
}

/* The content words of [i, iEnd) into a (at most nMax), cut after the
** last one that may end a candidate; returns their number. */
static size_t contentWords(const tk_corpus__kwdoc *d, size_t i, size_t iEnd,
                           size_t *a, size_t nMax) {
  size_t n = 0;
  for (size_t j = i; j < iEnd && n < nMax; j++) {
    if (!d->aTok[j].bStop) a[n++] = j;
  }
  while (n && !canEnd(&d->aTok[a[n - 1]]))
    n--;
  return n;
}

/* The candidates of the part [i, iEnd) of a run: the part itself when it
** has at most nWords content words, else every window of nWords content
** words that ends in a word that may end a candidate, but not inside a
** name: a window of two words or more whose last word and the next
** content word are both capitalized is none ("Canadian Foreign Minister
** Lloyd", while "Foreign Minister Lloyd Axworthy" is one; with words=1
** every word is one). */
static int partCandidates(tk_corpus__kwdoc *d, size_t i, size_t iEnd) {
  size_t aContent[KW_MAX_CONTENT];
  size_t nContent = contentWords(d, i, iEnd, aContent, KW_MAX_CONTENT);
  size_t nWin = (size_t)d->nWords;
  if (nContent == 0) return TK_OK;
  if (nContent <= nWin) {
    return addOccurrence(d, i, (int)(aContent[nContent - 1] - i + 1));
  }
  for (size_t k = 0; k + nWin <= nContent; k++) {
    size_t iFirst = aContent[k], iLast = aContent[k + nWin - 1];
    if (!canEnd(&d->aTok[iLast])) continue;
    if (nWin > 1 && k + nWin < nContent && isCapital(&d->aTok[iLast]) &&
        isCapital(&d->aTok[aContent[k + nWin]]))
      continue;
    int rc = addOccurrence(d, iFirst, (int)(iLast - iFirst + 1));
    if (rc != TK_OK) return rc;
  }
  return TK_OK;
}

/* The candidates of the run [i, iEnd): the run as one part when it has
** at most nWords content words, else split into parts before each
** capitalized word that follows a lower-case one ("White House
** spokeswoman" / "Caitlin Hayden"), so names stay whole. */
static int runCandidates(tk_corpus__kwdoc *d, size_t i, size_t iEnd) {
  size_t aContent[KW_MAX_CONTENT];
  size_t nContent = contentWords(d, i, iEnd, aContent, KW_MAX_CONTENT);
  if (nContent <= (size_t)d->nWords) return partCandidates(d, i, iEnd);
  size_t iPart = i;
  for (size_t k = 1; k < nContent; k++) {
    const tk_corpus__kwtok *a = &d->aTok[aContent[k - 1]];
    const tk_corpus__kwtok *b = &d->aTok[aContent[k]];
    if (!isCapital(a) && isCapital(b)) {
      int rc = partCandidates(d, iPart, aContent[k]);
      if (rc != TK_OK) return rc;
      iPart = aContent[k];
    }
  }
  return partCandidates(d, iPart, iEnd);
}

/* The candidates of the read text, run by run. */
int tk_corpus__kw_candidates(tk_corpus__kwdoc *d) {
  size_t i = 0;
  while (i < d->nTok) {
    if (outOfPhrase(&d->aTok[i]) || verbHere(d, i) || verbBetweenNames(d, i) ||
        pastAfterSubject(d, i)) {
      i++;
      continue;
    }
    size_t iEnd = runEnd(d, i);
    int rc = runCandidates(d, i, iEnd);
    if (rc != TK_OK) return rc;
    i = iEnd;
  }
  return TK_OK;
}

/* RAKE's candidates: runs of non-stopwords cut every nWords words. */
int tk_corpus__kw_rake_candidates(tk_corpus__kwdoc *d) {
  size_t iRun = 0;
  int nRun = 0;
  for (size_t i = 0; i <= d->nTok; i++) {
    const tk_corpus__kwtok *t = i < d->nTok ? &d->aTok[i] : 0;
    if (nRun && (!t || t->bStop || t->bBreak || nRun == d->nWords)) {
      int rc = addOccurrence(d, iRun, nRun);
      if (rc != TK_OK) return rc;
      nRun = 0;
    }
    if (t && !t->bStop) {
      if (nRun == 0) iRun = i;
      nRun++;
    }
  }
  return TK_OK;
}
