/*
** sql_tokenize_fts5.c -- the FTS5 tokenizer "textkit": the core tokenizer
** behind FTS5, so what tokens() shows is what FTS5 indexes and matches.
**
**   CREATE VIRTUAL TABLE docs_fts USING fts5(body,
**       tokenize = 'textkit stem english stopwords 0 mode text');
**   SELECT rowid FROM docs_fts WHERE docs_fts MATCH 'bombing';  -- "bombings"
**
** Arguments are the tokens() option keys and values as FTS5 words,
** key value key value ...  Each token's norm (case-folded, optionally
** unaccented/stemmed) is indexed; punctuation tokens never reach FTS5.
**
** FTS5 API: the v1 tokenizer (fts5_tokenizer, SQLite 3.40).  When compiled
** against headers of SQLite 3.47 or later (which define fts5_tokenizer_v2)
** and the runtime's fts5_api.iVersion >= 3, the tokenizer is registered
** through xCreateTokenizer_v2 instead (the locale argument is ignored).
** When FTS5 is not compiled into SQLite, nothing is registered.
**
** FTS5 reports a failing constructor only as "error in tokenizer
** constructor"; textkit's own message (naming the valid keys or values)
** goes to sqlite3_log().
*/
#include "sql_common.h"

/* The tokenizer instance FTS5 holds for one table. */
typedef struct TkFts5 {
  tk_tokenizer *pTok;
} TkFts5;

/* xCreate: parse "key value ..." into options and make a tokenizer. */
static int fts5Create(void *pUserData, const char **azArg, int nArg,
                      Fts5Tokenizer **ppOut) {
  (void)pUserData;
  tk_token_options o;
  char *zErr = 0;
  int rc = TK_OK;
  tk_token_options_init(&o);
  if (nArg % 2) {
    zErr = tk_mprintf("option '%s' has no value; arguments are key value "
                      "pairs of: lang, fold, unaccent, stem, stopwords, "
                      "punct, mode",
                      azArg[nArg - 1]);
    rc = TK_EINVAL;
  }
  for (int i = 0; rc == TK_OK && i + 1 < nArg; i += 2) {
    rc = tk_token_options_set(&o, azArg[i], strlen(azArg[i]), azArg[i + 1],
                              strlen(azArg[i + 1]), &zErr);
  }
  tk_tokenizer *pTok = 0;
  if (rc == TK_OK) rc = tk_tokenizer_new(&o, &pTok, &zErr);
  TkFts5 *p = 0;
  if (rc == TK_OK) {
    p = sqlite3_malloc64(sizeof(*p));
    if (!p) rc = TK_ENOMEM;
  }
  if (rc != TK_OK) {
    if (zErr) sqlite3_log(SQLITE_ERROR, "textkit: fts5 tokenizer: %s", zErr);
    tk_free(zErr);
    tk_tokenizer_free(pTok);
    return rc == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  p->pTok = pTok;
  *ppOut = (Fts5Tokenizer *)p;
  return SQLITE_OK;
}

/* xDelete. */
static void fts5Delete(Fts5Tokenizer *pTokenizer) {
  TkFts5 *p = (TkFts5 *)pTokenizer;
  if (!p) return;
  tk_tokenizer_free(p->pTok);
  sqlite3_free(p);
}

/* xTokenize: hand every non-punctuation token's norm to xToken. */
static int fts5Tokenize(Fts5Tokenizer *pTokenizer, void *pCtx, int flags,
                        const char *pText, int nText,
                        int (*xToken)(void *, int, const char *, int, int,
                                      int)) {
  (void)flags;
  TkFts5 *p = (TkFts5 *)pTokenizer;
  int rc = tk_tokenizer_run(p->pTok, pText, nText > 0 ? (size_t)nText : 0, 1,
                            xToken, pCtx);
  return rc < 0 ? SQLITE_NOMEM : rc;
}

#if SQLITE_VERSION_NUMBER >= 3047000
/* xTokenize of the v2 API: the same, ignoring the locale. */
static int
fts5TokenizeV2(Fts5Tokenizer *pTokenizer, void *pCtx, int flags,
               const char *pText, int nText, const char *pLocale, int nLocale,
               int (*xToken)(void *, int, const char *, int, int, int)) {
  (void)pLocale;
  (void)nLocale;
  return fts5Tokenize(pTokenizer, pCtx, flags, pText, nText, xToken);
}
#endif

/* The connection's fts5_api in *ppApi (NULL when FTS5 is not available).
** Returns SQLITE_NOMEM when memory ran out while asking: that is not "no
** FTS5", and loading must fail rather than go on without the tokenizer. */
static int fts5Api(sqlite3 *db, fts5_api **ppApi) {
  sqlite3_stmt *pStmt = 0;
  *ppApi = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
  if (rc != SQLITE_OK) return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
  rc = sqlite3_bind_pointer(pStmt, 1, (void *)ppApi, "fts5_api_ptr", 0);
  if (rc == SQLITE_OK) rc = sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* Register the "textkit" FTS5 tokenizer (nothing when FTS5 is absent).
** It cannot be unregistered, so textkit.c registers it last. */
int tk_register_tokenize_fts5(sqlite3 *db, char **pzErr) {
  fts5_api *pApi;
  int rc = fts5Api(db, &pApi);
  if (rc != SQLITE_OK) {
    *pzErr =
        sqlite3_mprintf("textkit: cannot look up FTS5: %s", sqlite3_errstr(rc));
    return rc;
  }
  if (!pApi) return SQLITE_OK;
#if SQLITE_VERSION_NUMBER >= 3047000
  if (pApi->iVersion >= 3) {
    static fts5_tokenizer_v2 tokV2 = {2, fts5Create, fts5Delete,
                                      fts5TokenizeV2};
    rc = pApi->xCreateTokenizer_v2(pApi, "textkit", 0, &tokV2, 0);
  } else
#endif
  {
    static fts5_tokenizer tok = {fts5Create, fts5Delete, fts5Tokenize};
    rc = pApi->xCreateTokenizer(pApi, "textkit", 0, &tok, 0);
  }
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("textkit: cannot register the fts5 tokenizer: %s",
                             sqlite3_errstr(rc));
  }
  return rc;
}
