/*
** textkit/tokenize.h -- the word tokenizer (ext/core/tokenize/tokenize.c,
** options in ext/core/tokenize/options.c): the one token stream that tokens(),
** ngrams(), token_count(), the FTS5 tokenizer, entities and the similarity
** functions all consume.
**
**   tk_token_options o;  tk_tokenizer *t;  tk_token tok;
**   tk_token_options_init(&o);
**   tk_token_options_set(&o, "stem", 4, "english", 7, &zErr);
**   tk_tokenizer_new(&o, &t, &zErr);
**   tk_tokenizer_reset(t, zText, nText);
**   while( (rc = tk_tokenizer_next(t, &tok)) == 1 ){ ... tok.zNorm ... }
**   tk_tokenizer_free(t);
*/
#ifndef TEXTKIT_TOKENIZE_H
#define TEXTKIT_TOKENIZE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Token kinds; tk_token_kind_name() gives the SQL name ("word", ...). */
enum tk_token_kind {
  TK_KIND_WORD = 1,
  TK_KIND_NUMBER,
  TK_KIND_PUNCT,
  TK_KIND_SYMBOL,
  TK_KIND_EMOJI,
  TK_KIND_URL,
  TK_KIND_EMAIL,
  TK_KIND_HASHTAG,
  TK_KIND_MENTION
};
const char *tk_token_kind_name(int eKind);

enum tk_token_mode {
  TK_MODE_TEXT = 0, /* UAX #29 plus URLs, e-mails, tags, 1,000.5, U.S. */
  TK_MODE_UAX29 = 1 /* exactly the UAX #29 word boundaries */
};

/* Options shared by tokens(), ngrams(), token_count(), the FTS5 tokenizer
** and every analysis that tokenizes.  Keys (SQL_API.md): lang, fold,
** unaccent, stem, stopwords, punct, mode. */
typedef struct tk_token_options {
  int eMode;           /* enum tk_token_mode; default TK_MODE_TEXT */
  int bFold;           /* case-fold norms; default 1 */
  int bUnaccent;       /* strip accents from norms; default 0 */
  int bPunct;          /* emit TK_KIND_PUNCT tokens; default 0 */
  char zLang[16];      /* language for stem=1/stopwords=1 (Snowball name);
                          default "english" */
  char zStem[32];      /* Snowball language, "1" for zLang's, "" for none;
                          default "" */
  char zStopwords[32]; /* stopword language, "1" for zLang's, "" for none;
                         default "" */
} tk_token_options;

void tk_token_options_init(tk_token_options *p);
/* Set one option from its key and value; TK_EINVAL with a message naming
** the valid keys or values when the key or value is bad. */
int tk_token_options_set(tk_token_options *p, const char *zKey, size_t nKey,
                         const char *zVal, size_t nVal, char **pzErr);
/* Parse a whole "k=v k=v" option string into p. */
int tk_token_options_parse(tk_token_options *p, const char *z, size_t n,
                           char **pzErr);

/* One token.  start/len are byte offsets into the text given to
** tk_tokenizer_reset; norm/nNorm stay valid until the next call. */
typedef struct tk_token {
  size_t iStart;
  size_t nLen;
  int eKind;
  const char *zNorm;
  size_t nNorm;
} tk_token;

typedef struct tk_tokenizer tk_tokenizer;

/* A tokenizer for the given options (copied).  One per cursor/statement:
** it owns per-use state and is not shared between threads. */
int tk_tokenizer_new(const tk_token_options *pOpt, tk_tokenizer **pp,
                     char **pzErr);
void tk_tokenizer_free(tk_tokenizer *p);
/* Start on a new text (not copied: it must outlive the iteration). */
void tk_tokenizer_reset(tk_tokenizer *p, const char *z, size_t n);
/* Next token into *pTok: returns 1 for a token, 0 at the end, or a
** negative TK_E* code (TK_ENOMEM). Stopwords are skipped when asked. */
int tk_tokenizer_next(tk_tokenizer *p, tk_token *pTok);
/* Poll pWork (textkit/base.h; NULL: never) from the next call of
** tk_tokenizer_next or tk_tokenizer_run on, about every 16 KB of text read:
** they return TK_EINTERRUPT when its cancel callback says stop.  The
** caller keeps *pWork alive meanwhile and sets NULL when done. */
void tk_tokenizer_set_work(tk_tokenizer *p, tk_work *pWork);

/* The callback of tk_tokenizer_run, shaped like FTS5's xToken: flags is
** always 0, zNorm/nNorm the norm, [iStart, iEnd) the byte span.  A
** non-zero return stops the run. */
typedef int (*tk_token_fn)(void *pCtx, int flags, const char *zNorm, int nNorm,
                           int iStart, int iEnd);
/* Tokenize z[0..n) (n < 2^31) calling xToken for every token (without
** punctuation when bNoPunct): the hot loop of FTS5 and token_count().
** Returns 0, the callback's first non-zero result, TK_ENOMEM or
** TK_EINTERRUPT. */
int tk_tokenizer_run(tk_tokenizer *p, const char *z, size_t n, int bNoPunct,
                     tk_token_fn xToken, void *pCtx);
/* The number of tokens of z[0..n) (token_count(): what tokens() gives,
** punctuation included) in *pnTok.  Returns 0, TK_ENOMEM or TK_EINTERRUPT. */
int tk_tokenizer_count(tk_tokenizer *p, const char *z, size_t n,
                       int64_t *pnTok);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_TOKENIZE_H */
