/*
** textkit/corpus.h -- document similarity and corpus analysis: a term map,
** corpus IDF weights, the cosine of two texts' term vectors and keyword
** extraction (ext/core/corpus/options.c, corpus/terms.c, corpus/idf.c,
** corpus/cosine.c, keywords.c and its kw_*.c).
**
**   tk_idf *w;  tk_idf_new(&w);  tk_idf_add(w, "sochi", 5, 1.69);
**   tk_cosine *c;  tk_cosine_new(&tokOpt, &c, &zErr);
**   tk_cosine_run(c, w, zA, nA, zB, nB, &r);            // r in [0, 1]
**   tk_keywords *k;  tk_keywords_new(&kwOpt, &k, &zErr);
**   tk_keywords_run(k, w, zText, nText, &aKw, &nKw);     // best first
**
** Terms are the norms tokens() gives under the same options: the cosine
** uses words and numbers, keywords use words.  Nothing here is shared
** between threads: one object per statement or cursor.
*/
#ifndef TEXTKIT_CORPUS_H
#define TEXTKIT_CORPUS_H

#ifdef __cplusplus
extern "C" {
#endif

/* -------------------------------------------------------------- options */
/* The token keys the corpus functions take: every tokens() key but punct
** (terms never include punctuation). */
#define TK_CORPUS_TOKEN_KEYS "lang, fold, unaccent, stem, stopwords, mode"

/* Set one token option; an unknown key (or punct) is TK_EINVAL with
** "valid keys: <zValid>". */
int tk_corpus_token_option(tk_token_options *p, const char *zKey, size_t nKey,
                           const char *zVal, size_t nVal, const char *zValid,
                           char **pzErr);

/* ------------------------------------------------------------- term map */
/* Distinct byte strings numbered 0, 1, 2... in order of arrival. */
typedef struct tk_termmap tk_termmap;

int tk_termmap_new(tk_termmap **pp);
void tk_termmap_free(tk_termmap *p);
/* Forget every term, keeping the memory. */
void tk_termmap_clear(tk_termmap *p);
/* The number of z[0..n), added when absent (*pbNew says so); -1 on OOM. */
long tk_termmap_intern(tk_termmap *p, const char *z, size_t n, int *pbNew);
/* The number of z[0..n), or -1 when absent. */
long tk_termmap_find(const tk_termmap *p, const char *z, size_t n);
/* How many terms; the bytes of term i. */
size_t tk_termmap_count(const tk_termmap *p);
const char *tk_termmap_key(const tk_termmap *p, size_t i, size_t *pn);

/* ------------------------------------------------------------ IDF table */
/* Term weights read from a user's table.  A term that is not in it gets
** the largest weight of the table (it is at least as rare as the rarest
** term the corpus has); an empty table weighs every term 1. */
typedef struct tk_idf tk_idf;

int tk_idf_new(tk_idf **pp);
void tk_idf_free(tk_idf *p);
/* Add (or replace) the weight of a term; TK_EINVAL when w is negative or
** not a finite number. */
int tk_idf_add(tk_idf *p, const char *zTerm, size_t nTerm, double w);
/* The weight of a term (the table's largest for an unknown term). */
double tk_idf_get(const tk_idf *p, const char *zTerm, size_t nTerm);
/* The table's version: a number no other table has, that changes with
** every tk_idf_add.  Weights read from the table and kept stay right
** while its version is the one they were read under. */
uint64_t tk_idf_version(const tk_idf *p);

/* --------------------------------------------------------------- cosine */
typedef struct tk_cosine tk_cosine;

/* A cosine calculator tokenizing with pOpt (copied). */
int tk_cosine_new(const tk_token_options *pOpt, tk_cosine **pp, char **pzErr);
void tk_cosine_free(tk_cosine *p);
/* The cosine of the term-count vectors of a and b, each count times the
** term's weight in pIdf (NULL: weight 1).  0 when either text has no
** term.  TK_ENOMEM on OOM. */
int tk_cosine_run(tk_cosine *p, const tk_idf *pIdf, const char *zA, size_t nA,
                  const char *zB, size_t nB, double *pOut);
/* The same, polling pWork (textkit/base.h; NULL: never) about every 16 KB
** read: TK_EINTERRUPT when its cancel callback says stop. */
int tk_cosine_run_w(tk_cosine *p, const tk_idf *pIdf, const char *zA, size_t nA,
                    const char *zB, size_t nB, tk_work *pWork, double *pOut);

/* ------------------------------------------------------------- keywords */
/* Scoring methods of keywords() (method=phrase|yake|rake|tfidf). */
enum tk_keyword_method {
  TK_KW_PHRASE = 0,
  TK_KW_YAKE,
  TK_KW_RAKE,
  TK_KW_TFIDF
};

typedef struct tk_keyword_options {
  tk_token_options tok; /* stopwords defaults to lang's list ("1") */
  int eMethod;          /* enum tk_keyword_method; default TK_KW_PHRASE */
  int nWords; /* longest keyword in content words, 1..4; 0 (the default):
                4 for phrase, 3 for yake and rake, 1 for tfidf */
  long nTop;  /* rows to return, 0 for all; default 10 */
} tk_keyword_options;

/* Defaults; then tk_keyword_options_set for each key=value. */
void tk_keyword_options_init(tk_keyword_options *p);
/* Keys method, top, words and TK_CORPUS_TOKEN_KEYS; an unknown key is TK_EINVAL
** with "valid keys: <zValid>", a bad value names the valid values. */
int tk_keyword_options_set(tk_keyword_options *p, const char *zKey, size_t nKey,
                           const char *zVal, size_t nVal, const char *zValid,
                           char **pzErr);

/* Parse a keywords() option string z[0..n) into *p (already initialized),
** and idf=<table> into *pIdf (z NULL when absent), for the face to read. */
int tk_keyword_options_parse(tk_keyword_options *p, const char *z, size_t n,
                             tk_table_name *pIdf, char **pzErr);
/* The same for text_cosine(): its token options, and idf=. */
int tk_cosine_options_parse(tk_token_options *p, const char *z, size_t n,
                            tk_table_name *pIdf, char **pzErr);

/* One keyword: its readable form (the most frequent surface form of its
** norms), score and number of occurrences. */
typedef struct tk_keyword {
  const char *zText;
  size_t nText;
  double rScore;
  long nCount;
} tk_keyword;

typedef struct tk_keywords tk_keywords;

int tk_keywords_new(const tk_keyword_options *pOpt, tk_keywords **pp,
                    char **pzErr);
void tk_keywords_free(tk_keywords *p);
/* The keywords of z[0..n), best first (score descending, then first
** position, then text), into *paKw / *pnKw (valid until the next run).
** pIdf (NULL: none) weighs words by a corpus' IDF: yake combines it with
** its own score, tfidf multiplies counts by it, rake ignores it.
** TK_ENOMEM on OOM. */
int tk_keywords_run(tk_keywords *p, const tk_idf *pIdf, const char *z, size_t n,
                    const tk_keyword **paKw, size_t *pnKw);
/* The same, polling pWork (textkit/base.h; NULL: never) about every 16 KB
** of text read: TK_EINTERRUPT when its cancel callback says stop. */
int tk_keywords_run_w(tk_keywords *p, const tk_idf *pIdf, const char *z,
                      size_t n, tk_work *pWork, const tk_keyword **paKw,
                      size_t *pnKw);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_CORPUS_H */
