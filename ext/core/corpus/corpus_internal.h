/*
** corpus/corpus_internal.h -- what the files of keywords() share: the
** text read into word tokens and word types (kw_text.c), the candidate
** phrases (kw_candidates.c) and their scorers (kw_yake.c, kw_rake.c,
** kw_tfidf.c), driven by keywords.c.
**
**   tk_corpus__kwdoc d;  tk_corpus__kwdoc_read(&d, pIdf, z, n);
**   tk_corpus__kw_candidates(&d);  tk_corpus__kw_yake(&d);
*/
#ifndef TK_CORPUS_INTERNAL_H
#define TK_CORPUS_INTERNAL_H

#include "textkit.h"

/* The longest candidate in content words (words= allows 1 to this). */
#define TK_KW_MAX_WORDS 4

/* One word of the text, in order. */
typedef struct tk_corpus__kwtok {
  size_t iStart, nLen;     /* its surface bytes */
  uint32_t iType;          /* its word type (identity: the stem) */
  uint32_t iSurf;          /* its surface form (the exact bytes) */
  uint32_t iSent;          /* its sentence, from 0 */
  unsigned char bStop;     /* a stopword */
  unsigned char bParticle; /* a name particle as written ("of", "van") */
  unsigned char bUpper;    /* starts with an upper-case letter */
  unsigned char bCap;      /* bUpper and not the first word of its sentence */
  unsigned char bAcro;     /* two or more letters, all upper case */
  unsigned char bBreak;    /* punctuation, a number, a symbol, a line break or
                           ** a sentence boundary separates it from the
                           ** previous word: no phrase spans the two */
} tk_corpus__kwtok;

/* One word type: its counts over the text and its score. */
typedef struct tk_corpus__kwtype {
  long nTf;         /* occurrences */
  long nCap, nAcro; /* occurrences with bCap, with bAcro */
  long nSent;       /* sentences it occurs in */
  uint32_t iLastSent;
  long nLeft, nLeftTypes;   /* words just before it, distinct types of them */
  long nRight, nRightTypes; /* the same after it */
  long nSeen;               /* scratch: occurrences seen so far */
  double rMedian;           /* the median of its sentence numbers */
  double rFreq, rDeg;       /* RAKE: in candidates, and their total length */
  double rIdf;   /* weight in the caller's IDF table (1 without one) */
  double rScore; /* the scorer's word score */
  int bStop;
} tk_corpus__kwtype;

/* One candidate phrase. */
typedef struct tk_corpus__kwcand {
  size_t iTok;   /* its first occurrence: the index of its first token */
  int nTok;      /* tokens, stopwords inside a name included */
  long nCount;   /* occurrences */
  long iSurface; /* its most frequent surface form, in the surface map */
  long nBest;    /* that form's count */
  double rScore; /* higher is better */
} tk_corpus__kwcand;

/* A text read for keywords(): tokens, types, candidates. */
typedef struct tk_corpus__kwdoc {
  /* set by the caller before reading */
  tk_tokenizer *pTok;       /* norms under the user's options, no stopword
                            ** dropped, punctuation on */
  tk_stemmer *pIdStem;      /* the identity stemmer (NULL: norm) */
  tk_stemmer *pIdfStem;     /* the IDF-key stemmer (NULL: norm) */
  const tk_stoplist *pStop; /* NULL: no stopwords */
  int bFillers;             /* English fillers are stopwords too */
  tk_sentences *pSent;
  int nWords; /* longest candidate in content words */
  const tk_idf *pIdf;
  const char *zText;
  /* the text */
  tk_corpus__kwtok *aTok;
  size_t nTok, nTokAlloc;
  uint32_t nSent;
  tk_termmap *pNorms; /* norm -> aNormType */
  uint32_t *aNormType;
  size_t nNormTypeAlloc;
  tk_termmap *pTypes; /* identity key of each type */
  tk_corpus__kwtype *aType;
  size_t nTypeAlloc;
  tk_termmap *pSurfs; /* the distinct word surfaces */
  tk_termmap *pPairs; /* (left type, right type) pairs side by side */
  long *aPairCount;
  size_t nPairAlloc;
  tk_buf word;     /* scratch: a word's norm being built */
  tk_buf fold;     /* scratch: its case-folded form */
  int bPossessive; /* the last word ended in 's: a break follows */
  /* candidates */
  tk_termmap *pCands; /* their type sequences */
  tk_corpus__kwcand *aCand;
  size_t nCandAlloc;
  tk_termmap *pPhraseSurfs; /* (candidate, word surfaces) */
  long *aPhraseSurfCount;
  size_t nPhraseSurfAlloc;
} tk_corpus__kwdoc;

/* Read z[0..n) into the tokens and types of d (clearing what an earlier
** text left).  TK_OK or TK_ENOMEM. */
int tk_corpus__kwdoc_read(tk_corpus__kwdoc *d, const char *z, size_t n);
/* Free what reading and candidates allocated (not the caller's objects). */
void tk_corpus__kwdoc_free(tk_corpus__kwdoc *d);
/* New empty maps for d; TK_OK or TK_ENOMEM. */
int tk_corpus__kwdoc_init(tk_corpus__kwdoc *d);

/* The candidates of the read text: runs of words between breaks and
** stopwords (stopwords inside only in capitalized names), windows of
** d->nWords content words of longer runs.  TK_OK or TK_ENOMEM. */
int tk_corpus__kw_candidates(tk_corpus__kwdoc *d);
/* RAKE's candidates instead: maximal runs of non-stopwords, cut every
** d->nWords words. */
int tk_corpus__kw_rake_candidates(tk_corpus__kwdoc *d);
/* The token types of candidate i (its key in pCands). */
const uint32_t *tk_corpus__kw_cand_types(const tk_corpus__kwdoc *d, size_t i);

/* 1 when the case-folded word z[0..n) is an English filler word
** (kw_fillers.c), treated as a stopword with the English list. */
int tk_corpus__kw_is_filler(const char *z, size_t n);
/* 1 when the word z[0..n), as written, is a lower-case name particle
** ("of", "van", "der"): a stopword that may join a name's words. */
int tk_corpus__kw_is_particle(const char *z, size_t n);

/* Scorers: set rScore of every candidate. */
void tk_corpus__kw_yake(tk_corpus__kwdoc *d);
void tk_corpus__kw_rake(tk_corpus__kwdoc *d);
void tk_corpus__kw_tfidf(tk_corpus__kwdoc *d);

#endif /* TK_CORPUS_INTERNAL_H */
