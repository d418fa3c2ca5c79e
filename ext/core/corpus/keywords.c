/*
** keywords.c -- keywords(): the key phrases of one text.
**
** The text is read into words and sentences (kw_text.c), candidates are
** built from them (kw_candidates.c) and scored by the method: frequency,
** position and background rarity of noun phrases (kw_phrase.c, the
** default), YAKE-style statistics of the one text (kw_yake.c), RAKE
** (kw_rake.c) or TF-IDF (kw_tfidf.c); an IDF table combines with the
** scores of all but RAKE.  A candidate is identified by its words' stems
** ("bombing" and "Bombings" are one) and shown in its most frequent
** surface form.  Rows are ordered by score (descending), then first
** position in the text, then the shorter first.
**
**   tk_keywords *k;  tk_keywords_new(&opt, &k, &zErr);
**   tk_keywords_run(k, 0, zText, nText, &aKw, &nKw);
**   tk_keywords_free(k);
*/
#include "corpus_internal.h"

#include <stdlib.h>
#include <string.h>

/* One scored candidate being ranked. */
typedef struct KwRank {
  double rScore;
  size_t iTok;  /* its first occurrence */
  int nTok;     /* its length in tokens */
  size_t iCand; /* its index in the document's candidates */
} KwRank;

struct tk_keywords {
  tk_keyword_options opt;
  tk_corpus__kwdoc doc;
  tk_stemmer *pIdStem, *pIdfStem; /* pIdStem may be pIdfStem */
  KwRank *aRank;
  size_t nRankAlloc;
  tk_buf text; /* every candidate's text, back to back */
  tk_keyword *aKw;
  size_t nKwAlloc;
};

/* Check the user's token options by making (and dropping) a tokenizer
** with them: an unknown stemmer or stopword list is an error here. */
static int checkTokenOptions(const tk_token_options *pOpt, char **pzErr) {
  tk_tokenizer *p = 0;
  int rc = tk_tokenizer_new(pOpt, &p, pzErr);
  tk_tokenizer_free(p);
  return rc;
}

/* The stemmers: the user's stem= for IDF keys, and for identity the same
** or else the language's own (none when it has no stemmer). */
static int makeStemmers(tk_keywords *p, char **pzErr) {
  const tk_token_options *o = &p->opt.tok;
  if (o->zStem[0]) {
    const char *z = strcmp(o->zStem, "1") ? o->zStem : o->zLang;
    int rc = tk_stemmer_new(z, strlen(z), &p->pIdfStem, pzErr);
    if (rc != TK_OK) return rc;
    p->pIdStem = p->pIdfStem;
    return TK_OK;
  }
  if (!tk_stemmer_name(o->zLang, strlen(o->zLang))) return TK_OK;
  return tk_stemmer_new(o->zLang, strlen(o->zLang), &p->pIdStem, pzErr);
}

/* A keyword extractor with the given options. */
int tk_keywords_new(const tk_keyword_options *pOpt, tk_keywords **pp,
                    char **pzErr) {
  tk_keywords *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->opt = *pOpt;
  if (p->opt.nWords < 1 || p->opt.nWords > TK_KW_MAX_WORDS) {
    static const int aDefault[] = {TK_KW_MAX_WORDS, 3, 3, 1}; /* by method */
    p->opt.nWords = aDefault[p->opt.eMethod];
  }
  tk_token_options o = pOpt->tok;
  o.bPunct = 1;
  o.zStem[0] = 0;
  o.zStopwords[0] = 0;
  tk_sentence_options so;
  tk_sentence_options_init(&so);
  so.eNewline = TK_NEWLINE_SPACE;
  tk_corpus__kwdoc *d = &p->doc;
  d->nWords = p->opt.nWords;
  d->bNeighbours = p->opt.eMethod == TK_KW_YAKE;
  int rc = checkTokenOptions(&pOpt->tok, pzErr);
  if (rc == TK_OK) rc = tk_tokenizer_new(&o, &d->pTok, pzErr);
  if (rc == TK_OK) rc = makeStemmers(p, pzErr);
  if (rc == TK_OK) rc = tk_sentences_new(&so, &d->pSent);
  if (rc == TK_OK) rc = tk_corpus__kwdoc_init(d);
  if (rc == TK_OK && pOpt->tok.zStopwords[0]) {
    const char *z = strcmp(pOpt->tok.zStopwords, "1") ? pOpt->tok.zStopwords
                                                      : pOpt->tok.zLang;
    d->pStop = tk_stoplist_get(z, strlen(z));
    d->bFillers = d->pStop == tk_stoplist_get("en", 2);
  }
  const char *zLang = pOpt->tok.zLang;
  d->bEnglish =
      tk_stoplist_get(zLang, strlen(zLang)) == tk_stoplist_get("en", 2);
  if (rc != TK_OK) {
    tk_keywords_free(p);
    return rc;
  }
  d->pIdStem = p->pIdStem;
  d->pIdfStem = p->pIdfStem;
  *pp = p;
  return TK_OK;
}

/* Free the extractor. */
void tk_keywords_free(tk_keywords *p) {
  if (!p) return;
  tk_tokenizer_free(p->doc.pTok);
  tk_sentences_free(p->doc.pSent);
  tk_corpus__kwdoc_free(&p->doc);
  if (p->pIdStem != p->pIdfStem) tk_stemmer_free(p->pIdStem);
  tk_stemmer_free(p->pIdfStem);
  tk_free(p->aRank);
  tk_buf_free(&p->text);
  tk_free(p->aKw);
  tk_free(p);
}

/* Append the text of candidate i (its most frequent surface form, words
** joined by one space) to p->text. */
static void appendText(tk_keywords *p, const tk_corpus__kwcand *c) {
  const tk_corpus__kwdoc *d = &p->doc;
  if (c->nBest == 0) { /* said once: its words as written there */
    for (int k = 0; k < c->nTok; k++) {
      const tk_corpus__kwtok *t = &d->aTok[c->iTok + (size_t)k];
      if (k) tk_buf_putc(&p->text, ' ');
      tk_buf_append(&p->text, d->zText + t->iStart, t->nLen);
    }
    return;
  }
  size_t nKey;
  const uint32_t *aKey = (const uint32_t *)(const void *)tk_termmap_key(
      d->pPhraseSurfs, (size_t)c->iSurface, &nKey);
  for (int k = 0; k < c->nTok; k++) {
    size_t n;
    const char *z = tk_termmap_key(d->pSurfs, aKey[k + 1], &n);
    if (k) tk_buf_putc(&p->text, ' ');
    tk_buf_append(&p->text, z, n);
  }
}

/* Order: score (descending), first position, then the shorter first.
** Two candidates never tie on all three (the same start and length are
** the same candidate). */
static int rankCompare(const void *pA, const void *pB) {
  const KwRank *a = pA, *b = pB;
  if (a->rScore != b->rScore) return a->rScore > b->rScore ? -1 : 1;
  if (a->iTok != b->iTok) return a->iTok < b->iTok ? -1 : 1;
  return (a->nTok > b->nTok) - (a->nTok < b->nTok);
}

/* Up to this many rows are picked by insertion instead of a full sort. */
#define KW_SELECT_MAX 64

/* Set r from candidate i of d. */
static void setRank(KwRank *r, const tk_corpus__kwdoc *d, size_t i) {
  r->rScore = d->aCand[i].rScore;
  r->iTok = d->aCand[i].iTok;
  r->nTok = d->aCand[i].nTok;
  r->iCand = i;
}

/* The nOut best of the nCand candidates into p->aRank[0..nOut), in rank
** order: each candidate better than the last kept is inserted in place. */
static void selectBest(tk_keywords *p, size_t nCand, size_t nOut) {
  size_t nKept = 0;
  for (size_t i = 0; i < nCand; i++) {
    KwRank r;
    setRank(&r, &p->doc, i);
    if (nKept == nOut && rankCompare(&r, &p->aRank[nOut - 1]) >= 0) continue;
    size_t k = nKept < nOut ? nKept++ : nOut - 1;
    while (k > 0 && rankCompare(&r, &p->aRank[k - 1]) < 0) {
      p->aRank[k] = p->aRank[k - 1];
      k--;
    }
    p->aRank[k] = r;
  }
}

/* Rank the scored candidates into aKw, cut to the top rows; only the rows
** returned get their text built. */
static int rankCandidates(tk_keywords *p, size_t *pnKw) {
  tk_corpus__kwdoc *d = &p->doc;
  size_t nCand = tk_termmap_count(d->pCands);
  *pnKw = 0;
  if (nCand == 0) return TK_OK;
  if (tk_reserve(&p->aRank, &p->nRankAlloc, nCand - 1, sizeof(KwRank)) ||
      tk_reserve(&p->aKw, &p->nKwAlloc, nCand - 1, sizeof(tk_keyword))) {
    return TK_ENOMEM;
  }
  size_t nOut = nCand;
  if (p->opt.nTop > 0 && (size_t)p->opt.nTop < nOut) nOut = (size_t)p->opt.nTop;
  if (nOut <= KW_SELECT_MAX && nOut < nCand) {
    selectBest(p, nCand, nOut);
  } else {
    for (size_t i = 0; i < nCand; i++)
      setRank(&p->aRank[i], d, i);
    qsort(p->aRank, nCand, sizeof(KwRank), rankCompare);
  }
  tk_buf_reset(&p->text);
  for (size_t i = 0; i < nOut; i++) {
    const tk_corpus__kwcand *c = &d->aCand[p->aRank[i].iCand];
    p->aKw[i].nText = p->text.n; /* its offset until the buffer is final */
    appendText(p, c);
    p->aKw[i].rScore = p->aRank[i].rScore;
    p->aKw[i].nCount = c->nCount;
  }
  if (p->text.oom) return TK_ENOMEM;
  for (size_t i = 0; i < nOut; i++) {
    size_t iEnd = i + 1 < nOut ? p->aKw[i + 1].nText : p->text.n;
    p->aKw[i].zText = p->text.z + p->aKw[i].nText;
    p->aKw[i].nText = iEnd - p->aKw[i].nText;
  }
  *pnKw = nOut;
  return TK_OK;
}

/* The keywords of z[0..n). */
int tk_keywords_run(tk_keywords *p, const tk_idf *pIdf, const char *z, size_t n,
                    const tk_keyword **paKw, size_t *pnKw) {
  return tk_keywords_run_w(p, pIdf, z, n, NULL, paKw, pnKw);
}

/* tk_keywords_run polling pWork (NULL: never) as the text is read. */
int tk_keywords_run_w(tk_keywords *p, const tk_idf *pIdf, const char *z,
                      size_t n, tk_work *pWork, const tk_keyword **paKw,
                      size_t *pnKw) {
  tk_corpus__kwdoc *d = &p->doc;
  *paKw = 0;
  *pnKw = 0;
  d->pIdf = pIdf;
  tk_tokenizer_set_work(d->pTok, pWork);
  int rc = tk_corpus__kwdoc_read(d, z, n);
  tk_tokenizer_set_work(d->pTok, NULL);
  if (rc != TK_OK) return rc;
  if (p->opt.eMethod == TK_KW_RAKE) {
    rc = tk_corpus__kw_rake_candidates(d);
  } else {
    rc = tk_corpus__kw_candidates(d);
  }
  if (rc != TK_OK) return rc;
  switch (p->opt.eMethod) {
  case TK_KW_RAKE:
    tk_corpus__kw_rake(d);
    break;
  case TK_KW_TFIDF:
    tk_corpus__kw_tfidf(d);
    break;
  case TK_KW_YAKE:
    tk_corpus__kw_yake(d);
    break;
  default:
    tk_corpus__kw_phrase(d);
    break;
  }
  rc = rankCandidates(p, pnKw);
  *paKw = p->aKw;
  return rc;
}
