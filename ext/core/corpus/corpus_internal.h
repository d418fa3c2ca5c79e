/*
** corpus/corpus_internal.h -- what the files of keywords() share: the
** text read into word tokens and word types (kw_text.c) with the built-in
** English table (kw_lexicon.c), the candidate phrases (kw_candidates.c)
** and their scorers (kw_phrase.c, kw_yake.c, kw_rake.c, kw_tfidf.c),
** driven by keywords.c.
**
**   tk_corpus__kwdoc d;  tk_corpus__kwdoc_read(&d, z, n);
**   tk_corpus__kw_candidates(&d);  tk_corpus__kw_phrase(&d);
*/
#ifndef TK_CORPUS_INTERNAL_H
#define TK_CORPUS_INTERNAL_H

#include "textkit.h"

/* The longest candidate in content words (words= allows 1 to this). */
#define TK_KW_MAX_WORDS 4

/* tk_corpus__kwtok.iSurf of a token whose surface is not interned yet. */
#define TK_KW_NO_SURFACE UINT32_MAX

/* One word of the text, in order. */
typedef struct tk_corpus__kwtok {
  size_t iStart, nLen;     /* its surface bytes */
  uint32_t iType;          /* its word type (identity: the stem) */
  uint32_t iSurf;          /* its surface form (the exact bytes) in the
                           ** surface map; TK_KW_NO_SURFACE until needed */
  uint32_t iSent;          /* its sentence, from 0 */
  unsigned char bStop;     /* a stopword */
  unsigned char bParticle; /* a name particle as written ("of", "van") */
  unsigned char bUpper;    /* starts with an upper-case letter */
  unsigned char bCap;      /* bUpper and not the first word of its sentence */
  unsigned char bAcro;     /* two or more letters, all upper case */
  unsigned char bNoun;     /* may end a phrase: a noun, or a word the
                           ** built-in table does not know (a name) */
  unsigned char bVerb;     /* may be a verb (the built-in table) */
  unsigned char bDet;      /* a determiner ("the", "their"): a word that
                           ** may be a verb before it is one */
  unsigned char bDate;     /* a weekday or a month ("Monday", "May") */
  unsigned char bPast;     /* an irregular past tense: 1 seldom anything
                           ** else ("fell"), 2 also a noun ("rose") */
  unsigned char bVerbal;   /* only a verb or an adverb: in no phrase */
  unsigned char bKnown;    /* in the built-in table (a common word) */
  unsigned char bNotAlone; /* one letter ("x"): never a candidate of one
                           ** word, only a word of a longer one */
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
  double rIdf;      /* weight in the caller's IDF table (1 without one) */
  double rBgWeight; /* its weight by its stem's IDF in the built-in
                    ** background (tk_corpus__kw_bg_weight) */
  double rScore;    /* the scorer's word score */
  int bStop;
} tk_corpus__kwtype;

/* One candidate phrase. */
typedef struct tk_corpus__kwcand {
  size_t iTok;   /* its first occurrence: the index of its first token */
  int nTok;      /* tokens, stopwords inside a name included */
  long nCount;   /* occurrences */
  long iSurface; /* its most frequent surface form, in pPhraseSurfs */
  long nBest;    /* that form's count; 0 for a candidate said once (its
                 ** form is that of its occurrence at iTok) */
  double rScore; /* higher is better */
} tk_corpus__kwcand;

/* What keywords() knows of a norm whatever the text: its identity key
** (stem), whether it is a stopword, its word classes and background IDF;
** kept across texts (a word cache).  24 bytes: the fields in this order
** need no padding between them, and a smaller cache misses the CPU's
** cache less. */
typedef struct tk_corpus__kwword {
  double rBgWeight; /* as in tk_corpus__kwtype */
  uint32_t iStem;   /* its identity key in tk_corpus__kwdoc.pStems */
  unsigned char bStop, bNoun, bVerb, bDet, bDate, bPast, bVerbal, bKnown,
      bNotAlone;            /* as in tk_corpus__kwtok */
  unsigned char bDateShort; /* a weekday or month abbreviated ("Fri") */
} tk_corpus__kwword;

/* A cached word's weight in the caller's IDF table (idf=), kept beside
** the word cache while the table's version stays the same. */
typedef struct tk_corpus__kwidf {
  uint64_t iVersion; /* tk_idf_version() it was read under; 0: none */
  double rIdf;
} tk_corpus__kwidf;

/* An identity key (stem) of the word cache and its type in the text being
** read: the words of one stem share it, found without hashing the stem. */
typedef struct tk_corpus__kwstem {
  uint32_t iGen;  /* the text whose type iType is (0: none yet) */
  uint32_t iType; /* its type in that text */
} tk_corpus__kwstem;

/* A text read for keywords(): tokens, types, candidates. */
typedef struct tk_corpus__kwdoc {
  /* set by the caller before reading */
  tk_tokenizer *pTok;       /* norms under the user's options, no stopword
                            ** dropped, punctuation on */
  tk_stemmer *pIdStem;      /* the identity stemmer (NULL: norm) */
  tk_stemmer *pIdfStem;     /* the IDF-key stemmer: NULL (the norm is the
                            ** key) or pIdStem */
  const tk_stoplist *pStop; /* NULL: no stopwords */
  int bFillers;             /* English fillers are stopwords too */
  int bEnglish;    /* the built-in English table gives classes and IDF */
  int bNeighbours; /* count each type's neighbours (nLeft...: YAKE) */
  tk_sentences *pSent;
  int nWords; /* longest candidate in content words */
  const tk_idf *pIdf;
  const char *zText;
  size_t nText; /* its length in bytes */
  /* the text */
  tk_corpus__kwtok *aTok;
  size_t nTok, nTokAlloc;
  uint32_t nSent;
  tk_termmap *pWords; /* the word cache: norm -> aWord, across texts */
  tk_corpus__kwword *aWord;
  size_t nWordAlloc;
  tk_corpus__kwidf *aWordIdf; /* word i's IDF weight, as far as allocated */
  size_t nWordIdfAlloc;
  tk_termmap *pStems; /* the words' identity keys, across texts: cleared
                       ** with the words, never within a text */
  tk_corpus__kwstem *aStem;
  size_t nStemAlloc;
  uint32_t iGen; /* this text's number: a stem whose iGen matches has its
                 ** type in iType */
  size_t nType;  /* the types of this text, numbered by first sight */
  tk_corpus__kwtype *aType;
  size_t nTypeAlloc;
  tk_termmap *pSurfs; /* the distinct word surfaces */
  tk_termmap *pPairs; /* (left type, right type) pairs side by side */
  long *aPairCount;
  size_t nPairAlloc;
  tk_buf word;     /* scratch: a word's norm being built */
  tk_buf fold;     /* scratch: its case-folded form */
  int bPossessive; /* the last word ended in 's: a break follows */
  size_t iLineEnd; /* the end of the line of the last word read */
  int bSkipLine;   /* that line gives no candidate (kw_line_kinds.c) */
  int bReadCode;   /* the text has no word outside such lines: read them */
  size_t nCodeWords, nFreeWords; /* words out by such lines; candidates' */
  /* candidates */
  tk_termmap *pCands; /* their type sequences */
  tk_corpus__kwcand *aCand;
  size_t nCandAlloc;
  tk_termmap *pPhraseSurfs; /* (candidate, word surfaces) */
  long *aPhraseSurfCount;
  size_t nPhraseSurfAlloc;
} tk_corpus__kwdoc;

/* 1 when the line z[iLine..iEnd) (without its line break) of the text
** z[0..n) is code (a JSON member, a command's option, a shell's
** continuation or prompt) or a label before code ("Output:"): its words
** are no candidates (kw_line_kinds.c). */
int tk_corpus__kw_skipped_line(const char *z, size_t n, size_t iLine,
                               size_t iEnd);

/* Read z[0..n) into the tokens and types of d (clearing what an earlier
** text left).  TK_OK or TK_ENOMEM. */
int tk_corpus__kwdoc_read(tk_corpus__kwdoc *d, const char *z, size_t n);
/* The surface of token i in the surface map, interned on first need;
** -1 when out of memory. */
long tk_corpus__kw_tok_surface(tk_corpus__kwdoc *d, size_t i);
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
/* 1 when the case-folded word z[0..n) is a Latin abbreviation of
** scholarly prose ("e.g.", "i.e.", "et al."; kw_fillers.c), a stopword
** with any list. */
int tk_corpus__kw_is_latin_abbreviation(const char *z, size_t n);
/* 1 when the case-folded word z[0..n) is an English determiner
** (kw_fillers.c): a word that may be a verb is one before it. */
int tk_corpus__kw_is_determiner(const char *z, size_t n);
/* 1 when the case-folded word z[0..n) is an English weekday or month
** (kw_fillers.c): a word before it is no verb between names ("Oil prices
** Monday"). */
int tk_corpus__kw_is_date_word(const char *z, size_t n);
/* 1 when the case-folded word z[0..n) is an English weekday or month
** abbreviated ("fri", "sept"; kw_fillers.c). */
int tk_corpus__kw_is_date_abbreviation(const char *z, size_t n);
/* 1 when the case-folded word z[0..n) is an irregular past tense that is
** seldom anything else ("fell", "grew"), 2 when it is also a common noun
** or adjective ("rose", "beat", "won", "lost"), else 0. */
int tk_corpus__kw_past_form(const char *z, size_t n);
/* 1 when the word z[0..n), as written, is a lower-case name particle
** ("of", "van", "der"): a stopword that may join a name's words. */
int tk_corpus__kw_is_particle(const char *z, size_t n);

/* The word classes of the built-in table (kw_lexicon.c): bit
** (1 << TK_KW_NOUN) and so on. */
enum { TK_KW_NOUN, TK_KW_VERB, TK_KW_ADJ, TK_KW_ADV };

/* What the built-in table says of one word form. */
typedef struct tk_corpus__kwlexword {
  unsigned bClasses; /* bit c for each class c; 0: an unknown word */
  double rIdf;       /* ln(articles / df) of its stem in the background */
} tk_corpus__kwlexword;

/* Look up the lower-case word form z[0..n); 1 when the table has it (else
** *p is an unknown word's: no class, the rarest IDF). */
int tk_corpus__kw_lex_find(const char *z, size_t n, tk_corpus__kwlexword *p);
/* Start loading what tk_corpus__kw_lex_find(z, n) reads first (no effect
** on results: call it ahead, with other work between). */
void tk_corpus__kw_lex_prefetch(const char *z, size_t n);

/* The weight of a word whose stem's background IDF is rBgIdf (1 when the
** language is not English), as the default scorer weighs it; computed
** once per distinct word (the word cache), not per text (kw_lexicon.c). */
double tk_corpus__kw_bg_weight(double rBgIdf);

/* Scorers: set rScore of every candidate. */
void tk_corpus__kw_phrase(tk_corpus__kwdoc *d);
void tk_corpus__kw_yake(tk_corpus__kwdoc *d);
void tk_corpus__kw_rake(tk_corpus__kwdoc *d);
void tk_corpus__kw_tfidf(tk_corpus__kwdoc *d);

#endif /* TK_CORPUS_INTERNAL_H */
