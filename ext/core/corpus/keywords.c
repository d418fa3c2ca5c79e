/*
** keywords.c -- keywords(): the key phrases of one text.
**
** Candidates are RAKE phrases (Rose et al. 2010): runs of consecutive
** words with no stopword, punctuation, number, symbol or line break
** between them, cut into pieces of at most nWords words.  A candidate is
** identified by its words' norms (so with stem=english "bombing" and
** "bombings" are one keyword) and shown in its most frequent surface form.
**
** Scores: with a corpus IDF table, count x the sum of the words' IDF
** (for one word exactly tf x idf; for a phrase the IDF of its words
** occurring together if they were independent); without one, RAKE's sum
** over the phrase's words of degree(w) / frequency(w), where degree adds
** the length of every candidate w occurs in.  Rows are ordered by score,
** then count (both descending), then keyword (bytes ascending).
**
**   tk_keywords *k;  tk_keywords_new(&opt, &k, &zErr);
**   tk_keywords_run(k, 0, zText, nText, &aKw, &nKw);
**   tk_keywords_free(k);
*/
#include "textkit.h"

#include <stdlib.h>
#include <string.h>

#define KW_MAX_WORDS 4

/* One candidate phrase. */
typedef struct KwPhrase {
  long nCount;
  long iBest;   /* its most frequent surface form (in surfaces) */
  long nBest;   /* that form's count */
  size_t iWord; /* its words' numbers, in aWordOf[iWord..iWord+nWord) */
  int nWord;
} KwPhrase;

/* One word: how often it occurs in candidates and their total length. */
typedef struct KwWord {
  double rFreq;
  double rDeg;
} KwWord;

/* One surface form: its phrase and count. */
typedef struct KwSurface {
  long iPhrase;
  long nCount;
} KwSurface;

struct tk_keywords {
  tk_keyword_options opt;
  tk_tokenizer *pTok;
  tk_termmap *pWords, *pPhrases, *pSurfaces;
  KwWord *aWord;
  size_t nWordAlloc;
  KwPhrase *aPhrase;
  size_t nPhraseAlloc;
  KwSurface *aSurface;
  size_t nSurfaceAlloc;
  uint32_t *aWordOf; /* the words of every phrase, back to back */
  size_t nWordOf, nWordOfAlloc;
  tk_buf surface; /* the run's surface form being built */
  tk_keyword *aKw;
  size_t nKwAlloc;
  /* the current run */
  const char *zText;
  uint32_t aRun[KW_MAX_WORDS];
  size_t aRunStart[KW_MAX_WORDS], aRunLen[KW_MAX_WORDS];
  int nRun;
};

/* A keyword extractor with the given options. */
int tk_keywords_new(const tk_keyword_options *pOpt, tk_keywords **pp,
                    char **pzErr) {
  tk_keywords *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->opt = *pOpt;
  if (p->opt.nWords < 1 || p->opt.nWords > KW_MAX_WORDS) p->opt.nWords = 3;
  tk_token_options o = pOpt->tok;
  o.bPunct = 1;
  int rc = tk_tokenizer_new(&o, &p->pTok, pzErr);
  if (rc == TK_OK) rc = tk_termmap_new(&p->pWords);
  if (rc == TK_OK) rc = tk_termmap_new(&p->pPhrases);
  if (rc == TK_OK) rc = tk_termmap_new(&p->pSurfaces);
  if (rc != TK_OK) {
    tk_keywords_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Free the extractor. */
void tk_keywords_free(tk_keywords *p) {
  if (!p) return;
  tk_tokenizer_free(p->pTok);
  tk_termmap_free(p->pWords);
  tk_termmap_free(p->pPhrases);
  tk_termmap_free(p->pSurfaces);
  tk_free(p->aWord);
  tk_free(p->aPhrase);
  tk_free(p->aSurface);
  tk_free(p->aWordOf);
  tk_buf_free(&p->surface);
  tk_free(p->aKw);
  tk_free(p);
}

/* Record the current run as one occurrence of its phrase. */
static int flushRun(tk_keywords *p) {
  int n = p->nRun, bNew;
  p->nRun = 0;
  if (n == 0) return TK_OK;
  long i = tk_termmap_intern(p->pPhrases, (const char *)p->aRun,
                             (size_t)n * sizeof(uint32_t), &bNew);
  if (i < 0 || tk_reserve(&p->aPhrase, &p->nPhraseAlloc, (size_t)i,
                          sizeof(KwPhrase)) != TK_OK) {
    return TK_ENOMEM;
  }
  KwPhrase *ph = &p->aPhrase[i];
  if (bNew) {
    if (tk_reserve(&p->aWordOf, &p->nWordOfAlloc, p->nWordOf + n,
                   sizeof(uint32_t)) != TK_OK) {
      return TK_ENOMEM;
    }
    memset(ph, 0, sizeof(*ph));
    ph->iWord = p->nWordOf;
    ph->nWord = n;
    memcpy(p->aWordOf + p->nWordOf, p->aRun, (size_t)n * sizeof(uint32_t));
    p->nWordOf += (size_t)n;
  }
  ph->nCount++;
  for (int k = 0; k < n; k++) {
    p->aWord[p->aRun[k]].rFreq += 1;
    p->aWord[p->aRun[k]].rDeg += n;
  }
  tk_buf_reset(&p->surface);
  for (int k = 0; k < n; k++) {
    if (k) tk_buf_putc(&p->surface, ' ');
    tk_buf_append(&p->surface, p->zText + p->aRunStart[k], p->aRunLen[k]);
  }
  if (p->surface.oom) return TK_ENOMEM;
  long s = tk_termmap_intern(p->pSurfaces, p->surface.z, p->surface.n, &bNew);
  if (s < 0 || tk_reserve(&p->aSurface, &p->nSurfaceAlloc, (size_t)s,
                          sizeof(KwSurface)) != TK_OK) {
    return TK_ENOMEM;
  }
  if (bNew) {
    p->aSurface[s].iPhrase = i;
    p->aSurface[s].nCount = 0;
  }
  if (++p->aSurface[s].nCount > ph->nBest) {
    ph->nBest = p->aSurface[s].nCount;
    ph->iBest = s;
  }
  return TK_OK;
}

/* 1 when the bytes between two tokens break a run: anything but
** horizontal white space (a line break, or a stopword the tokenizer
** skipped). */
static int gapBreaks(const char *z, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t c = tk_utf8_next((const unsigned char *)z, n, &i);
    if (c != ' ' && c != '\t' && c != 0xA0 && !(c >= 0x2000 && c <= 0x200A) &&
        c != 0x202F && c != 0x205F && c != 0x3000) {
      return 1;
    }
  }
  return 0;
}

/* Add the word token t to the current run. */
static int addWord(tk_keywords *p, const tk_token *t) {
  int bNew;
  long w = tk_termmap_intern(p->pWords, t->zNorm, t->nNorm, &bNew);
  if (w < 0 || tk_reserve(&p->aWord, &p->nWordAlloc, (size_t)w,
                          sizeof(KwWord)) != TK_OK) {
    return TK_ENOMEM;
  }
  if (bNew) memset(&p->aWord[w], 0, sizeof(KwWord));
  if (p->nRun == p->opt.nWords) {
    int rc = flushRun(p);
    if (rc != TK_OK) return rc;
  }
  p->aRun[p->nRun] = (uint32_t)w;
  p->aRunStart[p->nRun] = t->iStart;
  p->aRunLen[p->nRun] = t->nLen;
  p->nRun++;
  return TK_OK;
}

/* Order: score, count (descending), then keyword bytes. */
static int kwCompare(const void *pA, const void *pB) {
  const tk_keyword *a = pA, *b = pB;
  if (a->rScore != b->rScore) return a->rScore > b->rScore ? -1 : 1;
  if (a->nCount != b->nCount) return a->nCount > b->nCount ? -1 : 1;
  size_t n = a->nText < b->nText ? a->nText : b->nText;
  int c = n ? memcmp(a->zText, b->zText, n) : 0;
  if (c) return c;
  return a->nText < b->nText ? -1 : a->nText > b->nText;
}

/* Score every phrase into aKw, sorted and cut to the top rows. */
static int scorePhrases(tk_keywords *p, const tk_idf *pIdf, size_t *pnKw) {
  size_t nPhrase = tk_termmap_count(p->pPhrases);
  *pnKw = 0;
  if (nPhrase == 0) return TK_OK;
  if (tk_reserve(&p->aKw, &p->nKwAlloc, nPhrase - 1, sizeof(tk_keyword)) !=
      TK_OK) {
    return TK_ENOMEM;
  }
  for (size_t i = 0; i < nPhrase; i++) {
    const KwPhrase *ph = &p->aPhrase[i];
    double r = 0;
    for (int k = 0; k < ph->nWord; k++) {
      uint32_t w = p->aWordOf[ph->iWord + (size_t)k];
      if (pIdf) {
        size_t nKey;
        const char *zKey = tk_termmap_key(p->pWords, w, &nKey);
        r += tk_idf_get(pIdf, zKey, nKey);
      } else {
        r += p->aWord[w].rDeg / p->aWord[w].rFreq;
      }
    }
    tk_keyword *kw = &p->aKw[i];
    kw->rScore = pIdf ? r * (double)ph->nCount : r;
    kw->nCount = ph->nCount;
    kw->zText = tk_termmap_key(p->pSurfaces, (size_t)ph->iBest, &kw->nText);
  }
  qsort(p->aKw, nPhrase, sizeof(tk_keyword), kwCompare);
  *pnKw = nPhrase;
  if (p->opt.nTop > 0 && (size_t)p->opt.nTop < nPhrase) {
    *pnKw = (size_t)p->opt.nTop;
  }
  return TK_OK;
}

/* The keywords of z[0..n). */
int tk_keywords_run(tk_keywords *p, const tk_idf *pIdf, const char *z, size_t n,
                    const tk_keyword **paKw, size_t *pnKw) {
  tk_termmap_clear(p->pWords);
  tk_termmap_clear(p->pPhrases);
  tk_termmap_clear(p->pSurfaces);
  p->nWordOf = 0;
  p->nRun = 0;
  p->zText = z;
  *paKw = 0;
  *pnKw = 0;
  tk_token t;
  size_t iEnd = 0;
  int rc;
  tk_tokenizer_reset(p->pTok, z, n);
  while ((rc = tk_tokenizer_next(p->pTok, &t)) == 1) {
    int bWord = t.eKind == TK_KIND_WORD;
    rc = TK_OK;
    if (!bWord || gapBreaks(z + iEnd, t.iStart - iEnd)) rc = flushRun(p);
    if (rc == TK_OK && bWord) rc = addWord(p, &t);
    if (rc != TK_OK) return rc;
    iEnd = t.iStart + t.nLen;
  }
  if (rc == TK_OK) rc = flushRun(p);
  if (rc == TK_OK) rc = scorePhrases(p, pIdf, pnKw);
  *paKw = p->aKw;
  return rc;
}
