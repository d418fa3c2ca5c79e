/*
** passages_internal.h -- what blocks.c and block_features.c share: the
** features of one block and its first-pass class.
**
**   tk_passages__words *pW;   // tk_malloc'd
**   tk_passages__words_init(pW, pStop);
**   tk_passages__features f;
**   tk_passages__block_features(pTok, pW, z, n, &f);
**   int c = tk_passages__block_class(&f, nPrevCells, nNextCells);
**   // TK_PASSAGES__FURNITURE, ...; the cells: the nCells of the blocks
**   // around it
*/
#ifndef TEXTKIT_PASSAGES_INTERNAL_H
#define TEXTKIT_PASSAGES_INTERNAL_H

#include "textkit.h"

/* First-pass classes of a block (blocks.c turns them into the final
** kinds by context). */
enum {
  TK_PASSAGES__FURNITURE, /* confidently page furniture */
  TK_PASSAGES__PROSE,     /* a sentence, a long paragraph or a table row */
  TK_PASSAGES__NEUTRAL    /* headline, dateline, list item: by context */
};

/* The longest word a furniture phrase has, in bytes. */
#define TK_PASSAGES__WORD_BYTES 24

/* A direct-mapped cache of word flags, so the stopword list and the
** phrase table are consulted once per distinct word, not per token. */
#define TK_PASSAGES__CACHE_SIZE 2048
typedef struct tk_passages__words {
  const tk_stoplist *pStop; /* the document's stopwords */
  uint32_t aLast[256]; /* by first byte: bit n set when a phrase's last word
                       ** of n < 32 bytes starts with it (a quick filter) */
  struct {
    char z[TK_PASSAGES__WORD_BYTES];
    unsigned char n, flags;
    unsigned char k0, k1; /* the phrases ending in this word */
  } a[TK_PASSAGES__CACHE_SIZE];
} tk_passages__words;

/* Features of one block. */
typedef struct tk_passages__features {
  size_t nWords;   /* word, number, hashtag and mention tokens */
  size_t nNumbers; /* number tokens */
  size_t nLinks;   /* URL and e-mail tokens */
  size_t nStop;    /* stopwords */
  size_t nUi;      /* words of furniture phrases ("sign in", "cookie ...") */
  size_t nWeak;    /* words that are furniture only in company ("twitter") */
  size_t nSep;     /* menu separators: | • · › ▪, and gaps of 2+ spaces
                      outside prose (block_features.c) */
  size_t nCells;   /* of nSep, the gaps with a tab (a table row's cells) */
  int bCopyright;  /* a © sign or "all rights reserved" (and translations) */
  int bPaywall;    /* a paywall offer ("free trial", "unlimited access") */
  int bCookie;     /* "cookie(s)" */
  int bConsent;    /* "accept", "privacy", "website", ... */
  int bAddress;    /* a word that speaks to the reader: "we", "your", ... */
  int bLabel;      /* a UI label word ("menu", "comments", "share") */
  int bLabelFirst; /* ... as the block's first word */
  size_t nUiInner; /* the nUi words of list heads ("most popular") that do
                   ** not start the block */
  int bListHead;   /* a phrase heading a list of links ("most read") */
  int bEnds;       /* ends in sentence punctuation (. ! ? ...) */
  int bInnerEnd;   /* a sentence ends inside it: "x. The", "y? A" */
  int bSentence;   /* ends like a sentence, >= 4 words, has a stopword */
  int bTitle;      /* reads like a headline: 3 to 20 words, no sentence end,
                   ** not ending in : , ; at most one comma, no number, some
                   ** lower case */
} tk_passages__features;

/* Set up *pW (caller-allocated) for a document whose stopwords are pStop. */
void tk_passages__words_init(tk_passages__words *pW, const tk_stoplist *pStop);

/* Gather the features of z[0..n) with the tokenizer pTok. */
int tk_passages__block_features(tk_tokenizer *pTok, tk_passages__words *pW,
                                const char *z, size_t n,
                                tk_passages__features *pOut);

/* The first-pass class of a block with features f (the rules of
** docs/passages.md) between blocks of nPrevCells and nNextCells table
** cells. */
int tk_passages__block_class(const tk_passages__features *f, size_t nPrevCells,
                             size_t nNextCells);

#endif /* TEXTKIT_PASSAGES_INTERNAL_H */
