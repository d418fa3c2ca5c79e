/*
** corpus/options.c -- the options of text_cosine() and keywords(): the
** tokens() keys but punct (terms never include punctuation), and for
** keywords() method=, top= and words=.  Unknown keys are errors that list the
** valid ones, idf included: tk_keyword_options_parse and
** tk_cosine_options_parse give the idf= table's name to the face, which
** reads it.
**
**   tk_keyword_options o;  tk_keyword_options_init(&o);
**   tk_keyword_options_set(&o, "top", 3, "5", 1, "idf, top, ...", &zErr);
*/
#include "textkit.h"

#include <string.h>

/* One token option for a corpus function. */
int tk_corpus_token_option(tk_token_options *p, const char *zKey, size_t nKey,
                           const char *zVal, size_t nVal, const char *zValid,
                           char **pzErr) {
  static const char *const azKey[] = {"lang", "fold",      "unaccent",
                                      "stem", "stopwords", "mode"};
  for (size_t i = 0; i < sizeof(azKey) / sizeof(azKey[0]); i++) {
    if (tk_option_is(zKey, nKey, azKey[i])) {
      return tk_token_options_set(p, zKey, nKey, zVal, nVal, pzErr);
    }
  }
  *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: %s", (int)nKey, zKey,
                      zValid);
  return TK_EINVAL;
}

/* Defaults: method phrase, english stopwords, keyword length chosen by the
** method (nWords 0), top 10. */
void tk_keyword_options_init(tk_keyword_options *p) {
  memset(p, 0, sizeof(*p));
  tk_token_options_init(&p->tok);
  strcpy(p->tok.zStopwords, "1");
  p->nTop = 10;
}

/* Set one keywords() option. */
int tk_keyword_options_set(tk_keyword_options *p, const char *zKey, size_t nKey,
                           const char *zVal, size_t nVal, const char *zValid,
                           char **pzErr) {
  long v;
  if (tk_option_is(zKey, nKey, "top")) {
    if (tk_option_int(zVal, nVal, 0, 1000000000L, &v) != TK_OK) {
      *pzErr = tk_mprintf("bad value '%.*s' for top; valid: an integer >= 0 "
                          "(0 for every keyword)",
                          (int)nVal, zVal);
      return TK_EINVAL;
    }
    p->nTop = v;
    return TK_OK;
  }
  if (tk_option_is(zKey, nKey, "method")) {
    static const char *const azMethod[] = {"phrase", "yake", "rake", "tfidf"};
    for (int i = 0; i < 4; i++) {
      if (nVal == strlen(azMethod[i]) && memcmp(zVal, azMethod[i], nVal) == 0) {
        p->eMethod = i;
        return TK_OK;
      }
    }
    *pzErr = tk_mprintf("bad value '%.*s' for method; valid: phrase, yake, "
                        "rake, tfidf",
                        (int)nVal, zVal);
    return TK_EINVAL;
  }
  if (tk_option_is(zKey, nKey, "words")) {
    if (tk_option_int(zVal, nVal, 1, 4, &v) != TK_OK) {
      *pzErr = tk_mprintf("bad value '%.*s' for words; valid: 1 to 4",
                          (int)nVal, zVal);
      return TK_EINVAL;
    }
    p->nWords = (int)v;
    return TK_OK;
  }
  return tk_corpus_token_option(&p->tok, zKey, nKey, zVal, nVal, zValid, pzErr);
}

#define COSINE_KEYS "idf, " TK_CORPUS_TOKEN_KEYS
#define KEYWORD_KEYS "idf, " TK_CORPUS_TOKEN_KEYS ", method, top, words"

/* What the two parses fill: one of the two option sets, and idf=. */
typedef struct CorpusParse {
  tk_keyword_options *pKw; /* keywords(), or NULL */
  tk_token_options *pTok;  /* text_cosine() */
  tk_table_name *pIdf;
} CorpusParse;

/* tk_options_parse callback of both: idf= apart, the other keys set. */
static int corpusOption(void *pCtx, const char *zKey, size_t nKey,
                        const char *zVal, size_t nVal, char **pzErr) {
  CorpusParse *p = pCtx;
  int rc = tk_option_table(zKey, nKey, "idf", zVal, nVal, p->pIdf, pzErr);
  if (rc) return rc < 0 ? rc : TK_OK;
  if (p->pKw) {
    return tk_keyword_options_set(p->pKw, zKey, nKey, zVal, nVal, KEYWORD_KEYS,
                                  pzErr);
  }
  return tk_corpus_token_option(p->pTok, zKey, nKey, zVal, nVal, COSINE_KEYS,
                                pzErr);
}

/* Parse a keywords() option string (see textkit/corpus.h). */
int tk_keyword_options_parse(tk_keyword_options *p, const char *z, size_t n,
                             tk_table_name *pIdf, char **pzErr) {
  CorpusParse ctx = {p, 0, pIdf};
  pIdf->z = 0;
  pIdf->n = 0;
  return tk_options_parse(z, n, corpusOption, &ctx, pzErr);
}

/* Parse a text_cosine() option string (see textkit/corpus.h). */
int tk_cosine_options_parse(tk_token_options *p, const char *z, size_t n,
                            tk_table_name *pIdf, char **pzErr) {
  CorpusParse ctx = {0, p, pIdf};
  pIdf->z = 0;
  pIdf->n = 0;
  return tk_options_parse(z, n, corpusOption, &ctx, pzErr);
}
