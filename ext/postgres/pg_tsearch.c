/*
** pg_tsearch.c -- textkit in PostgreSQL's full-text search: a text search
** parser (textkit's tokenizer: words, numbers, URLs, e-mails, hashtags,
** mentions, emoji as whole tokens) and a dictionary template (a token's
** norm under textkit's token options: case folding, accents, Snowball
** stems, stopwords).  The extension script makes the configuration
** `textkit` from them, with the dictionary `textkit_english`:
**
**   SELECT to_tsvector('textkit', 'Email bob@example.com about #Sochi2014');
**   SELECT * FROM ts_debug('textkit', 'Running dogs');
**   CREATE TEXT SEARCH DICTIONARY textkit_french (TEMPLATE = textkit_stem,
**     options = 'stem=french stopwords=french unaccent=1');
**
** The lexemes of a text are the norms tokens(text, options) gives, for
** the dictionary's options (tests/cases/shared.sql checks that).
*/
#include "pg_common.h"

#include "commands/defrem.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(tk_pg_ts_start);
PG_FUNCTION_INFO_V1(tk_pg_ts_gettoken);
PG_FUNCTION_INFO_V1(tk_pg_ts_end);
PG_FUNCTION_INFO_V1(tk_pg_ts_lextype);
PG_FUNCTION_INFO_V1(tk_pg_ts_dict_init);
PG_FUNCTION_INFO_V1(tk_pg_ts_dict_lexize);

/* The parser's state between start and end: a tokenizer over the text and
** the context it lives in. */
typedef struct TsParse {
  tk_tokenizer *pTok;
  const char *z; /* the text, PostgreSQL's, valid until end */
  MemoryContext cxt;
  int bShared; /* pTok is the backend's shared one (sharedTok) */
  int bEnded;  /* end was called (else the caller's context reset ends it) */
  MemoryContextCallback cb;
} TsParse;

/* The backend's tokenizer for parses (default options), made once in its
** own context, and whether a parse is using it (ts_parse can interleave
** two parses: the second makes its own). */
static tk_tokenizer *sharedTok;
static MemoryContext sharedCxt;
static int sharedBusy;

/* A tokenizer with the default options in cxt; raises on failure. */
static tk_tokenizer *newTokenizer(MemoryContext cxt, const char *zFn,
                                  const char *zOpt) {
  MemoryContext old = MemoryContextSwitchTo(cxt);
  tk_token_options o;
  tk_tokenizer *p = NULL;
  char *zErr = NULL;
  tk_token_options_init(&o);
  int rc = tk_token_options_parse(&o, zOpt, strlen(zOpt), &zErr);
  if (rc == TK_OK) rc = tk_tokenizer_new(&o, &p, &zErr);
  MemoryContextSwitchTo(old);
  if (rc != TK_OK) tk_pg_error_rc(zFn, rc, zErr);
  return p;
}

/* Release a parse's tokenizer once: by end, or when the context the parse
** started in goes (after an error between start and end). */
static void parseRelease(void *pArg) {
  TsParse *p = pArg;
  if (p->bEnded) return;
  p->bEnded = 1;
  if (p->bShared) {
    sharedBusy = 0;
  } else {
    tk_tokenizer_free(p->pTok);
  }
}

/* start(text pointer, length): a parse of the text. */
Datum tk_pg_ts_start(PG_FUNCTION_ARGS) {
  const char *z = (const char *)PG_GETARG_POINTER(0);
  int n = PG_GETARG_INT32(1);
  tk_pg_require_utf8("textkit_ts_start");
  TsParse *p = palloc0(sizeof(*p));
  p->z = z;
  p->cb.func = parseRelease;
  p->cb.arg = p;
  if (!sharedBusy) {
    if (!sharedTok) {
      sharedCxt = AllocSetContextCreate(TopMemoryContext, "textkit ts parser",
                                        ALLOCSET_SMALL_SIZES);
      sharedTok = newTokenizer(sharedCxt, "textkit_ts_start", "");
    }
    p->pTok = sharedTok;
    p->cxt = sharedCxt;
    p->bShared = 1;
    sharedBusy = 1;
  } else {
    p->cxt = CurrentMemoryContext;
    p->pTok = newTokenizer(p->cxt, "textkit_ts_start", "");
  }
  MemoryContextRegisterResetCallback(CurrentMemoryContext, &p->cb);
  MemoryContext old = MemoryContextSwitchTo(p->cxt);
  tk_tokenizer_reset(p->pTok, z, (size_t)n);
  MemoryContextSwitchTo(old);
  PG_RETURN_POINTER(p);
}

/* gettoken(state, char **token, int *length): the next token's type (its
** kind, 1..9) pointing into the text, or 0 at the end. */
Datum tk_pg_ts_gettoken(PG_FUNCTION_ARGS) {
  TsParse *p = (TsParse *)PG_GETARG_POINTER(0);
  char **pz = (char **)PG_GETARG_POINTER(1);
  int *pn = (int *)PG_GETARG_POINTER(2);
  tk_token t;
  MemoryContext old = MemoryContextSwitchTo(p->cxt);
  int rc = tk_tokenizer_next(p->pTok, &t);
  MemoryContextSwitchTo(old);
  if (rc < 0) tk_pg_error_rc("textkit_ts_gettoken", rc, NULL);
  if (rc == 0) PG_RETURN_INT32(0);
  *pz = (char *)p->z + t.iStart;
  *pn = (int)t.nLen;
  PG_RETURN_INT32(t.eKind);
}

/* end(state): release the tokenizer (the state itself goes with its
** context, which still holds the reset callback). */
Datum tk_pg_ts_end(PG_FUNCTION_ARGS) {
  parseRelease(PG_GETARG_POINTER(0));
  PG_RETURN_VOID();
}

/* lextype(): the token types, one per token kind. */
Datum tk_pg_ts_lextype(PG_FUNCTION_ARGS) {
  (void)fcinfo;
  static const char *const azDescr[] = {
      "",      "Word", "Number",         "Punctuation", "Symbol",
      "Emoji", "URL",  "E-mail address", "Hashtag",     "Mention"};
  int nKind = TK_KIND_MENTION;
  LexDescr *a = palloc0(sizeof(LexDescr) * (nKind + 1));
  for (int k = 1; k <= nKind; k++) {
    a[k - 1].lexid = k;
    a[k - 1].alias = pstrdup(tk_token_kind_name(k));
    a[k - 1].descr = pstrdup(azDescr[k]);
  }
  PG_RETURN_POINTER(a);
}

/* A dictionary: the tokenizer of its options and the context it lives in
** (the dictionary cache's, which frees the tokenizer when it goes). */
typedef struct TsDict {
  tk_tokenizer *pTok;
  MemoryContext cxt;
  MemoryContextCallback cb;
} TsDict;

/* The dictionary context's reset callback. */
static void dictFree(void *pArg) {
  TsDict *p = pArg;
  tk_tokenizer_free(p->pTok);
  p->pTok = NULL;
}

/* init(list of options): the one parameter, options, is a tokens()
** options text ('stem=english stopwords=english'). */
Datum tk_pg_ts_dict_init(PG_FUNCTION_ARGS) {
  List *pList = (List *)PG_GETARG_POINTER(0);
  const char *zOpt = "";
  ListCell *c;
  foreach (c, pList) {
    DefElem *d = (DefElem *)lfirst(c);
    if (strcmp(d->defname, "options") != 0) {
      tk_pg_error("textkit_stem", "unknown parameter '%s' (valid: options)",
                  d->defname);
    }
    zOpt = defGetString(d);
  }
  TsDict *p = palloc0(sizeof(*p));
  p->cxt = CurrentMemoryContext;
  p->pTok = newTokenizer(p->cxt, "textkit_stem", zOpt);
  p->cb.func = dictFree;
  p->cb.arg = p;
  MemoryContextRegisterResetCallback(p->cxt, &p->cb);
  PG_RETURN_POINTER(p);
}

/* lexize(dictionary, token, length, state): the token's norms as lexemes;
** none (a stopword) is an empty list. */
Datum tk_pg_ts_dict_lexize(PG_FUNCTION_ARGS) {
  TsDict *p = (TsDict *)PG_GETARG_POINTER(0);
  const char *z = (const char *)PG_GETARG_POINTER(1);
  int n = PG_GETARG_INT32(2);
  tk_pg_require_utf8("textkit_stem");
  int nAlloc = 4, nLex = 0;
  TSLexeme *a = palloc0(sizeof(TSLexeme) * nAlloc);
  MemoryContext caller = CurrentMemoryContext;
  MemoryContext old = MemoryContextSwitchTo(p->cxt);
  tk_tokenizer_reset(p->pTok, z, (size_t)n);
  for (;;) {
    tk_token t;
    int rc = tk_tokenizer_next(p->pTok, &t);
    if (rc <= 0) {
      MemoryContextSwitchTo(old);
      if (rc < 0) tk_pg_error_rc("textkit_stem", rc, NULL);
      break;
    }
    if (nLex + 1 >= nAlloc) {
      nAlloc *= 2;
      a = repalloc(a, sizeof(TSLexeme) * nAlloc);
    }
    memset(&a[nLex], 0, sizeof(TSLexeme) * 2);
    char *zLex = MemoryContextAlloc(caller, t.nNorm + 1);
    memcpy(zLex, t.zNorm, t.nNorm);
    zLex[t.nNorm] = 0;
    a[nLex++].lexeme = zLex;
  }
  PG_RETURN_POINTER(a);
}
