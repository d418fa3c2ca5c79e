/*
** sql_tokenize.c -- the tokenizer's SQL face: the table-valued functions
** tokens() and ngrams() and the scalar token_count().
**
**   SELECT token, norm, kind, start, length, position
**     FROM tokens('Visit https://sqlite.org, #SQLite!', 'stem=english');
**   SELECT ngram, count(*) FROM docs, ngrams(docs.body, 2) GROUP BY 1;
**   SELECT token_count(body, 'stopwords=en') FROM docs;
**
** Both tables follow ext/misc/series.c: their arguments are HIDDEN columns
** (see TkTvfArgs), the modules are eponymous-only, and a cursor
** keeps its parsed options and tokenizer across xFilter calls while the
** option string stays the same (one tokens() cursor serves every row of
** docs in the join above).
*/
#include "sql_common.h"

#include <limits.h>

#define NGRAM_MAX 16

/* Which table a vtab is, with its hidden argument columns. */
typedef struct TokTable {
  const char *zSchema; /* CREATE TABLE statement */
  TkTvfArgs args;      /* its name and HIDDEN arguments */
} TokTable;

static const TokTable tokensTable = {
    "CREATE TABLE x(token, norm, kind, start, length, position,"
    " text HIDDEN, options HIDDEN)",
    {"tokens", 6, 1, {"text", "options", 0, 0}}};
static const TokTable ngramsTable = {
    "CREATE TABLE x(ngram, start, length, position,"
    " text HIDDEN, n HIDDEN, options HIDDEN)",
    {"ngrams", 4, 2, {"text", "n", "options", 0}}};

typedef struct TokVtab {
  sqlite3_vtab base;
  const TokTable *pDef;
} TokVtab;

/* One token of an n-gram window: its norm (owned) and character span. */
typedef struct GramSlot {
  char *zNorm;
  size_t nNorm, nAlloc;
  size_t iCharStart, iCharEnd;
} GramSlot;

typedef struct TokCursor {
  sqlite3_vtab_cursor base;
  const TokTable *pDef;
  TkTvfValues args; /* copies of the arguments as given */
  /* the tokenizer and the option string it was built from (cache key) */
  tk_tokenizer *pTok;
  char *zOpt;
  size_t nOpt;
  /* a copy of the text argument */
  char *zText;
  size_t nText, nTextAlloc;
  int bEof;
  sqlite3_int64 iPos;
  tk_charpos cp;
  /* tokens(): the current token and its lazily computed char span */
  tk_token tok;
  int bSpan;
  size_t iCharStart, iCharEnd;
  /* ngrams(): a ring of n tokens starting at iHead, and the joined text */
  int nGram, iHead;
  GramSlot aSlot[NGRAM_MAX];
  tk_buf gram;
} TokCursor;

/* Declare the table and allocate the vtab (eponymous only). */
static int tokConnectDef(sqlite3 *db, const TokTable *pDef,
                         sqlite3_vtab **ppVtab, char **pzErr) {
  (void)pzErr;
  int rc = tk_sql_vtab_connect(db, pDef->zSchema, SQLITE_VTAB_INNOCUOUS,
                               sizeof(TokVtab), ppVtab);
  if (rc == SQLITE_OK) ((TokVtab *)*ppVtab)->pDef = pDef;
  return rc;
}

/* xConnect of tokens. */
static int tokensConnect(sqlite3 *db, void *pAux, int argc,
                         const char *const *argv, sqlite3_vtab **ppVtab,
                         char **pzErr) {
  (void)pAux;
  (void)argc;
  (void)argv;
  return tokConnectDef(db, &tokensTable, ppVtab, pzErr);
}

/* xConnect of ngrams. */
static int ngramsConnect(sqlite3 *db, void *pAux, int argc,
                         const char *const *argv, sqlite3_vtab **ppVtab,
                         char **pzErr) {
  (void)pAux;
  (void)argc;
  (void)argv;
  return tokConnectDef(db, &ngramsTable, ppVtab, pzErr);
}

/* A new cursor; its tokenizer is made by the first xFilter. */
static int tokOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  int rc = tk_sql_cursor_new(sizeof(TokCursor), ppCur);
  if (rc != SQLITE_OK) return rc;
  TokCursor *p = (TokCursor *)*ppCur;
  p->pDef = ((TokVtab *)pVtab)->pDef;
  p->bEof = 1;
  return SQLITE_OK;
}

/* Free the cursor and everything it owns. */
static int tokClose(sqlite3_vtab_cursor *pCur) {
  TokCursor *p = (TokCursor *)pCur;
  tk_tokenizer_free(p->pTok);
  sqlite3_free(p->zOpt);
  sqlite3_free(p->zText);
  for (int i = 0; i < NGRAM_MAX; i++)
    sqlite3_free(p->aSlot[i].zNorm);
  tk_buf_free(&p->gram);
  tk_sql_values_free(&p->args);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* The table's required and optional arguments (see TokTable). */
static int tokBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  return tk_sql_best_index_args(pInfo, &((TokVtab *)pVtab)->pDef->args);
}

/* Set the vtab's error in the house format. */
static int tokError(TokCursor *p, const char *zMsg) {
  sqlite3_vtab *pVtab = p->base.pVtab;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = tk_sql_mprintf_error(p->pDef->args.zFn, "%s", zMsg);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Make sure p->pTok was built from the option string z[0..n) (z NULL for
** none), reusing the cached tokenizer when the string is unchanged. */
static int tokUseOptions(TokCursor *p, const char *z, size_t n) {
  if (p->pTok && n == p->nOpt && (n == 0 || memcmp(z, p->zOpt, n) == 0)) {
    return SQLITE_OK;
  }
  tk_token_options o;
  tk_tokenizer *pTok = 0;
  char *zErr = 0;
  tk_token_options_init(&o);
  int rc = tk_token_options_parse(&o, z ? z : "", n, &zErr);
  if (rc == TK_OK) rc = tk_tokenizer_new(&o, &pTok, &zErr);
  if (rc != TK_OK) {
    int src = rc == TK_ENOMEM ? SQLITE_NOMEM : tokError(p, zErr ? zErr : "");
    tk_free(zErr);
    return src;
  }
  char *zCopy = sqlite3_malloc64(n + 1);
  if (!zCopy) {
    tk_tokenizer_free(pTok);
    return SQLITE_NOMEM;
  }
  if (n) memcpy(zCopy, z, n);
  tk_tokenizer_free(p->pTok);
  sqlite3_free(p->zOpt);
  p->pTok = pTok;
  p->zOpt = zCopy;
  p->nOpt = n;
  return SQLITE_OK;
}

/* Copy the text argument into the cursor's buffer. */
static int tokSetText(TokCursor *p, const char *z, size_t n) {
  if (tk_sql_copy_text(&p->zText, &p->nTextAlloc, z, n)) return SQLITE_NOMEM;
  p->nText = n;
  return SQLITE_OK;
}

/* Pull the next token into ring slot k (ngrams): 1 when there was one,
** 0 at the end, -SQLITE_NOMEM on OOM. */
static int gramPull(TokCursor *p, int k) {
  tk_token t;
  int rc = tk_tokenizer_next(p->pTok, &t);
  if (rc <= 0) return rc == 0 ? 0 : -SQLITE_NOMEM;
  GramSlot *s = &p->aSlot[k];
  if (t.nNorm + 1 > s->nAlloc) {
    char *zNew = sqlite3_realloc64(s->zNorm, t.nNorm + 1);
    if (!zNew) return -SQLITE_NOMEM;
    s->zNorm = zNew;
    s->nAlloc = t.nNorm + 1;
  }
  memcpy(s->zNorm, t.zNorm, t.nNorm);
  s->nNorm = t.nNorm;
  s->iCharStart = tk_charpos_at(&p->cp, t.iStart);
  s->iCharEnd = tk_charpos_at(&p->cp, t.iStart + t.nLen);
  return 1;
}

/* Advance to the next row. */
static int tokNext(sqlite3_vtab_cursor *pCur) {
  TokCursor *p = (TokCursor *)pCur;
  p->iPos++;
  if (p->pDef == &tokensTable) {
    int rc = tk_tokenizer_next(p->pTok, &p->tok);
    p->bSpan = 0;
    if (rc < 0) return SQLITE_NOMEM;
    p->bEof = rc == 0;
    return SQLITE_OK;
  }
  int rc = gramPull(p, p->iHead);
  if (rc < 0) return -rc;
  p->iHead = (p->iHead + 1) % p->nGram;
  p->bEof = rc == 0;
  return SQLITE_OK;
}

/* 1 with *pN when v is an integer: an INTEGER, or TEXT that is one
** ("2", " -3 "). pN's value is a copy (sqlite3_value_dup), which
** sqlite3_value_numeric_type must not be given: SQLite 3.53 needs the
** value's connection there and crashes on a copy. */
static int integerValue(sqlite3_value *v, sqlite3_int64 *pN) {
  if (sqlite3_value_type(v) == SQLITE_INTEGER) {
    *pN = sqlite3_value_int64(v);
    return 1;
  }
  if (sqlite3_value_type(v) != SQLITE_TEXT) return 0;
  const char *z = (const char *)sqlite3_value_text(v);
  if (!z) return 0;
  size_t n = (size_t)sqlite3_value_bytes(v);
  long x;
  while (n && (*z == ' ' || *z == '\t'))
    z++, n--;
  while (n && (z[n - 1] == ' ' || z[n - 1] == '\t'))
    n--;
  if (tk_option_int(z, n, LONG_MIN, LONG_MAX, &x) != TK_OK) return 0;
  *pN = x;
  return 1;
}

/* Start on new arguments: text, [n,] [options]. */
static int tokFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  TokCursor *p = (TokCursor *)pCur;
  (void)idxStr;
  p->bEof = 1;
  p->iPos = 0;
  int rc =
      tk_sql_filter_args(pCur, &p->pDef->args, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  int bNgrams = p->pDef == &ngramsTable;
  sqlite3_value *pText = p->args.a[0];
  sqlite3_value *pN = bNgrams ? p->args.a[1] : 0;
  sqlite3_value *pOpt = p->args.a[bNgrams ? 2 : 1];
  size_t nOpt = 0;
  const char *zOpt = pOpt ? tk_sql_text(pOpt, &nOpt) : 0;
  rc = tokUseOptions(p, zOpt, nOpt);
  if (rc != SQLITE_OK) return rc;
  if (pN) {
    if (sqlite3_value_type(pN) == SQLITE_NULL) return SQLITE_OK;
    sqlite3_int64 n;
    if (!integerValue(pN, &n) || n < 1 || n > NGRAM_MAX) {
      char *zMsg =
          sqlite3_mprintf("n must be an integer from 1 to %d, got '%s'",
                          NGRAM_MAX, sqlite3_value_text(pN));
      rc = zMsg ? tokError(p, zMsg) : SQLITE_NOMEM;
      sqlite3_free(zMsg);
      return rc;
    }
    p->nGram = (int)n;
  }
  size_t nText;
  const char *zText = tk_sql_text(pText, &nText);
  if (!zText) {
    if (sqlite3_value_type(pText) != SQLITE_NULL) return SQLITE_NOMEM;
    return SQLITE_OK; /* NULL text: no rows */
  }
  rc = tokSetText(p, zText, nText);
  if (rc != SQLITE_OK) return rc;
  tk_tokenizer_reset(p->pTok, p->zText, p->nText);
  tk_charpos_init(&p->cp, p->zText, p->nText);
  if (p->pDef == &tokensTable) {
    p->iPos = -1;
    return tokNext(pCur);
  }
  p->iHead = 0;
  for (int k = 0; k < p->nGram; k++) {
    int r = gramPull(p, k);
    if (r < 0) return -r;
    if (r == 0) return SQLITE_OK; /* fewer than n tokens */
  }
  p->bEof = 0;
  return SQLITE_OK;
}

/* 1 after the last row. */
static int tokEof(sqlite3_vtab_cursor *pCur) {
  return ((TokCursor *)pCur)->bEof;
}

/* The ngram row: norms joined by one space. */
static void resultGram(TokCursor *p, sqlite3_context *ctx) {
  tk_buf_reset(&p->gram);
  for (int k = 0; k < p->nGram; k++) {
    const GramSlot *s = &p->aSlot[(p->iHead + k) % p->nGram];
    if (k) tk_buf_putc(&p->gram, ' ');
    tk_buf_append(&p->gram, s->zNorm, s->nNorm);
  }
  if (p->gram.oom) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text64(ctx, p->gram.z ? p->gram.z : "", p->gram.n,
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* Column values of the current row. */
static int tokColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx,
                     int iCol) {
  TokCursor *p = (TokCursor *)pCur;
  if (iCol >= p->pDef->args.iFirst) {
    tk_sql_result_arg(ctx, &p->args, iCol - p->pDef->args.iFirst);
    return SQLITE_OK;
  }
  if (p->pDef == &ngramsTable) {
    const GramSlot *a = &p->aSlot[p->iHead];
    const GramSlot *b = &p->aSlot[(p->iHead + p->nGram - 1) % p->nGram];
    switch (iCol) {
    case 0:
      resultGram(p, ctx);
      break;
    case 1:
      sqlite3_result_int64(ctx, (sqlite3_int64)a->iCharStart + 1);
      break;
    case 2:
      sqlite3_result_int64(ctx, (sqlite3_int64)(b->iCharEnd - a->iCharStart));
      break;
    default:
      sqlite3_result_int64(ctx, p->iPos);
    }
    return SQLITE_OK;
  }
  const tk_token *t = &p->tok;
  if ((iCol == 3 || iCol == 4) && !p->bSpan) {
    p->iCharStart = tk_charpos_at(&p->cp, t->iStart);
    p->iCharEnd = tk_charpos_at(&p->cp, t->iStart + t->nLen);
    p->bSpan = 1;
  }
  switch (iCol) {
  case 0:
    tk_sql_result_text(ctx, p->zText + t->iStart, t->nLen);
    break;
  case 1:
    sqlite3_result_text64(ctx, t->zNorm, t->nNorm, SQLITE_TRANSIENT,
                          SQLITE_UTF8);
    break;
  case 2:
    sqlite3_result_text(ctx, tk_token_kind_name(t->eKind), -1, SQLITE_STATIC);
    break;
  case 3:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->iCharStart + 1);
    break;
  case 4:
    sqlite3_result_int64(ctx, (sqlite3_int64)(p->iCharEnd - p->iCharStart));
    break;
  default:
    sqlite3_result_int64(ctx, p->iPos);
  }
  return SQLITE_OK;
}

/* The row id is the position. */
static int tokRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((TokCursor *)pCur)->iPos;
  return SQLITE_OK;
}

/* tokens() and ngrams() share every method but xConnect. */
#define TK_TOK_MODULE(xConnect)                                                \
  TK_SQL_TVF_MODULE(xConnect, tokBestIndex, tokOpen, tokClose, tokFilter,      \
                    tokNext, tokEof, tokColumn, tokRowid)

static const sqlite3_module tokensModule = TK_TOK_MODULE(tokensConnect);
static const sqlite3_module ngramsModule = TK_TOK_MODULE(ngramsConnect);

/* token_count(text [, options]): tokens() rows for text, NULL for NULL.
** The tokenizer for a constant option string is kept as auxdata. */
static void tokenCountFunc(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_tokenizer *pTok = argc > 1 ? sqlite3_get_auxdata(ctx, 1) : 0;
  int bAux = pTok != 0;
  if (!pTok) {
    tk_token_options o;
    char *zErr = 0;
    size_t nOpt = 0;
    const char *zOpt = argc > 1 ? tk_sql_text(argv[1], &nOpt) : 0;
    if (!zOpt && argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    tk_token_options_init(&o);
    int rc = tk_token_options_parse(&o, zOpt ? zOpt : "", nOpt, &zErr);
    if (rc == TK_OK) rc = tk_tokenizer_new(&o, &pTok, &zErr);
    if (rc != TK_OK) {
      tk_sql_error_rc(ctx, rc, zErr);
      return;
    }
  }
  int64_t nTok = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  tk_tokenizer_set_work(pTok, &work);
  int rc = tk_tokenizer_count(pTok, z, n, &nTok);
  tk_tokenizer_set_work(pTok, NULL);
  if (rc < 0) {
    tk_sql_error_rc(ctx, rc, 0);
  } else {
    sqlite3_result_int64(ctx, nTok);
  }
  if (argc > 1 && !bAux) {
    sqlite3_set_auxdata(ctx, 1, pTok, (void (*)(void *))tk_tokenizer_free);
  } else if (!bAux) {
    tk_tokenizer_free(pTok);
  }
}

static const TkFunction aFunc[] = {
    {"token_count", 1, TK_PURE, tokenCountFunc, 0},
    {"token_count", 2, TK_PURE, tokenCountFunc, 0},
};

/* Register tokens(), ngrams() and token_count(). */
int tk_register_tokenize(sqlite3 *db, char **pzErr) {
  int rc = tk_sql_register_module(db, "tokens", &tokensModule, pzErr);
  if (rc == SQLITE_OK) {
    rc = tk_sql_register_module(db, "ngrams", &ngramsModule, pzErr);
  }
  if (rc == SQLITE_OK) {
    rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  }
  return rc;
}
