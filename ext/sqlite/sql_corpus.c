/*
** sql_corpus.c -- corpus analysis: the scalar text_cosine() and the
** table-valued keywords(), both optionally weighted by IDF from the
** user's own corpus (docs/corpus.md has the recipe that builds it).
**
**   SELECT text_cosine('Sochi Olympics security', 'security at Sochi');
**   SELECT keyword, score, count FROM keywords(
**     'Two suicide bombings in Volgograd ...', 'top=5');
**
**   CREATE TABLE idf AS ...;  -- (term, idf), see docs/corpus.md
**   SELECT a.id, b.id, text_cosine(a.body, b.body, 'stem=en idf=idf')
**     FROM docs a JOIN docs b ON a.id < b.id;
**   SELECT d.id, k.keyword FROM docs d, keywords(d.body, 'stem=en idf=idf') k;
**
** idf=<table> names a table with columns (term, idf); it is read once per
** statement (text_cosine keeps it as the options argument's auxdata,
** keywords() in its cursor), and both functions are SQLITE_DIRECTONLY
** when they can read a table.
*/
#include "sql_common.h"

#define KW_COL_KEYWORD 0
#define KW_COL_SCORE 1
#define KW_COL_COUNT 2
#define KW_COL_TEXT 3
#define KW_COL_OPTIONS 4

/* The hidden arguments of keywords(): text is required. */
static const TkTvfArgs kwArgs = {
    "keywords", KW_COL_TEXT, 1, {"text", "options", 0, 0}};

/* Read the (term, idf) table zTable into a new tk_idf; on failure
** *pzMsg (sqlite3_malloc'd) says why. */
static int loadIdf(sqlite3 *db, const char *zTable, tk_idf **pp, char **pzMsg) {
  char *zSql = sqlite3_mprintf("SELECT term, idf FROM \"%w\"", zTable);
  sqlite3_stmt *pStmt = 0;
  *pp = 0;
  if (!zSql) return SQLITE_NOMEM;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    *pzMsg = sqlite3_mprintf("cannot read idf table '%s': %s", zTable,
                             sqlite3_errmsg(db));
    return SQLITE_ERROR;
  }
  tk_idf *pIdf = 0;
  rc = tk_idf_new(&pIdf) == TK_OK ? SQLITE_OK : SQLITE_NOMEM;
  while (rc == SQLITE_OK && (rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    size_t nTerm;
    sqlite3_value *pW = sqlite3_column_value(pStmt, 1);
    const char *zTerm = tk_sql_text(sqlite3_column_value(pStmt, 0), &nTerm);
    rc = SQLITE_OK;
    if (!zTerm || sqlite3_value_type(pW) == SQLITE_NULL) continue;
    int eType = sqlite3_value_numeric_type(pW);
    int trc = eType == SQLITE_INTEGER || eType == SQLITE_FLOAT
                  ? tk_idf_add(pIdf, zTerm, nTerm, sqlite3_value_double(pW))
                  : TK_EINVAL;
    if (trc == TK_ENOMEM) rc = SQLITE_NOMEM;
    if (trc == TK_EINVAL) {
      *pzMsg = sqlite3_mprintf(
          "idf table '%s': idf of term '%.*s' is not a number >= 0", zTable,
          (int)nTerm, zTerm);
      rc = SQLITE_ERROR;
    }
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !*pzMsg) {
    *pzMsg = sqlite3_mprintf("cannot read idf table '%s': %s", zTable,
                             sqlite3_errmsg(db));
    rc = SQLITE_ERROR;
  }
  sqlite3_finalize(pStmt);
  if (rc != SQLITE_OK) {
    tk_idf_free(pIdf);
    return rc;
  }
  *pp = pIdf;
  return SQLITE_OK;
}

/* ------------------------------------------------------------ cosine */

/* text_cosine()'s parsed options: the calculator and the IDF table. */
typedef struct CosAux {
  tk_cosine *pCos;
  tk_idf *pIdf;
} CosAux;

/* Free a CosAux (the auxdata destructor). */
static void cosAuxFree(void *pArg) {
  CosAux *p = pArg;
  if (!p) return;
  tk_cosine_free(p->pCos);
  tk_idf_free(p->pIdf);
  sqlite3_free(p);
}

/* Build the CosAux for the option string z[0..n) (NULL: none); reports
** errors on ctx and returns NULL. */
static CosAux *cosAuxNew(sqlite3_context *ctx, const char *z, size_t n) {
  tk_token_options tok;
  tk_table_name idf = {0, 0};
  char *zErr = 0;
  tk_token_options_init(&tok);
  int rc = z ? tk_cosine_options_parse(&tok, z, n, &idf, &zErr) : TK_OK;
  CosAux *p = sqlite3_malloc64(sizeof(*p));
  if (!p) rc = TK_ENOMEM;
  if (p) memset(p, 0, sizeof(*p));
  if (rc == TK_OK) rc = tk_cosine_new(&tok, &p->pCos, &zErr);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
    cosAuxFree(p);
    return 0;
  }
  if (idf.z) {
    char *zTable = sqlite3_mprintf("%.*s", (int)idf.n, idf.z);
    char *zMsg = 0;
    int src = zTable ? loadIdf(sqlite3_context_db_handle(ctx), zTable, &p->pIdf,
                               &zMsg)
                     : SQLITE_NOMEM;
    sqlite3_free(zTable);
    if (src != SQLITE_OK) {
      if (zMsg) {
        tk_sql_error(ctx, "%s", zMsg);
      } else {
        sqlite3_result_error_nomem(ctx);
      }
      sqlite3_free(zMsg);
      cosAuxFree(p);
      return 0;
    }
  }
  return p;
}

/* text_cosine(a, b [, options]): REAL in [0, 1]; NULL when a or b is. */
static void cosineFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  size_t nA, nB, nOpt = 0;
  const char *zA = tk_sql_text_arg(ctx, argv[0], &nA);
  if (!zA) return;
  const char *zB = tk_sql_text_arg(ctx, argv[1], &nB);
  if (!zB) return;
  /* text_cosine(a, b) keeps its calculator with the connection (there is
  ** no constant argument to keep it with, and a new calculator per row
  ** costs a third of the time); with options, the statement keeps it */
  TkConnFunction *pPlain = argc == 2 ? sqlite3_user_data(ctx) : 0;
  CosAux *p = pPlain ? pPlain->pState : sqlite3_get_auxdata(ctx, 2);
  int bKeep = p != 0;
  if (!p) {
    const char *zOpt = argc > 2 ? tk_sql_text(argv[2], &nOpt) : 0;
    if (!zOpt && argc > 2 && sqlite3_value_type(argv[2]) != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    p = cosAuxNew(ctx, zOpt, nOpt);
    if (!p) return;
    if (pPlain) {
      pPlain->pState = p;
      bKeep = 1;
    }
  }
  double r = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_cosine_run_w(p->pCos, p->pIdf, zA, nA, zB, nB, &work, &r);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, 0);
  } else {
    sqlite3_result_double(ctx, r);
  }
  if (!bKeep) sqlite3_set_auxdata(ctx, 2, p, cosAuxFree);
}

/* ---------------------------------------------------------- keywords */

typedef struct KwVtab {
  sqlite3_vtab base;
  sqlite3 *db;
} KwVtab;

typedef struct KwCursor {
  TkRowCursor rows; /* first: the row array's position and size */
  char *zOpt;       /* the option string the extractor was built from */
  tk_keywords *pKw;
  char *zIdfTable; /* the table pIdf was read from */
  tk_idf *pIdf;
  int bIdf;         /* the current options name an idf table */
  TkTvfValues args; /* copies of the arguments: text, options */
  char *zText;      /* copy of the text argument */
  size_t nText, nTextAlloc;
  const tk_keyword *aKw;
} KwCursor;

/* Declare the table's shape (eponymous-only, DIRECTONLY: idf= reads a
** table). */
static int kwConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr) {
  (void)pAux;
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = tk_sql_vtab_connect(db,
                               "CREATE TABLE x(keyword TEXT, score REAL, "
                               "count INTEGER, text HIDDEN, options HIDDEN)",
                               SQLITE_VTAB_DIRECTONLY, sizeof(KwVtab), ppVtab);
  if (rc == SQLITE_OK) ((KwVtab *)*ppVtab)->db = db;
  return rc;
}

/* A new cursor; its extractor is made by the first xFilter. */
static int kwOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  return tk_sql_cursor_new(sizeof(KwCursor), ppCur);
}

/* Free the cursor, its extractor and its IDF table. */
static int kwClose(sqlite3_vtab_cursor *pCur) {
  KwCursor *p = (KwCursor *)pCur;
  tk_keywords_free(p->pKw);
  tk_idf_free(p->pIdf);
  sqlite3_free(p->zOpt);
  sqlite3_free(p->zIdfTable);
  sqlite3_free(p->zText);
  tk_sql_values_free(&p->args);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* Set the table's error to "textkit: keywords(): zMsg", invalid UTF-8
** (quoted from the arguments) replaced; returns SQLITE_ERROR. */
static int kwError(KwCursor *p, const char *zMsg) {
  sqlite3_vtab *pVtab = p->rows.base.pVtab;
  tk_buf b = {0};
  tk_utf8_sanitize(&b, zMsg, strlen(zMsg));
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg =
      b.oom ? 0 : tk_sql_mprintf_error("keywords", "%.*s", (int)b.n, b.z);
  tk_buf_free(&b);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Make sure the cursor's extractor and IDF table follow the option string
** z[0..n), rebuilding only what changed. */
static int kwUseOptions(KwCursor *p, const char *z, size_t n) {
  if (p->pKw && p->zOpt && strlen(p->zOpt) == n &&
      (n == 0 || memcmp(z, p->zOpt, n) == 0)) {
    return SQLITE_OK;
  }
  tk_keyword_options kw;
  tk_table_name idf;
  char *zErr = 0;
  tk_keyword_options_init(&kw);
  tk_keywords *pKw = 0;
  int rc = tk_keyword_options_parse(&kw, z, n, &idf, &zErr);
  if (rc == TK_OK) rc = tk_keywords_new(&kw, &pKw, &zErr);
  if (rc != TK_OK) {
    int src = rc == TK_ENOMEM ? SQLITE_NOMEM
                              : kwError(p, zErr ? zErr : tk_errstr(rc));
    tk_free(zErr);
    return src;
  }
  char *zOpt = sqlite3_mprintf("%.*s", (int)n, z);
  char *zTable = idf.z ? sqlite3_mprintf("%.*s", (int)idf.n, idf.z) : 0;
  if (!zOpt || (idf.z && !zTable)) rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK && zTable &&
      (!p->zIdfTable || strcmp(zTable, p->zIdfTable) != 0)) {
    tk_idf *pIdf = 0;
    char *zMsg = 0;
    rc = loadIdf(((KwVtab *)p->rows.base.pVtab)->db, zTable, &pIdf, &zMsg);
    if (zMsg) rc = kwError(p, zMsg);
    sqlite3_free(zMsg);
    if (rc == SQLITE_OK) {
      tk_idf_free(p->pIdf);
      sqlite3_free(p->zIdfTable);
      p->pIdf = pIdf;
      p->zIdfTable = zTable;
      zTable = 0;
    }
  }
  sqlite3_free(zTable);
  if (rc != SQLITE_OK) {
    tk_keywords_free(pKw);
    sqlite3_free(zOpt);
    return rc;
  }
  tk_keywords_free(p->pKw);
  sqlite3_free(p->zOpt);
  p->pKw = pKw;
  p->zOpt = zOpt;
  p->bIdf = idf.z != 0;
  return SQLITE_OK;
}

/* Extract the keywords of the text argument under the options (idxNum:
** 1 text, 2 options). */
static int kwFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv) {
  (void)idxStr;
  KwCursor *p = (KwCursor *)pCur;
  tk_sql_rows_reset(&p->rows);
  int rc = tk_sql_filter_args(pCur, &kwArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  size_t nOpt = 0, nText;
  const char *zOpt = (idxNum & 2) && argc > 1 ? tk_sql_text(argv[1], &nOpt) : 0;
  rc = kwUseOptions(p, zOpt ? zOpt : "", nOpt);
  if (rc != SQLITE_OK) return rc;
  const char *zText = tk_sql_text(argv[0], &nText);
  if (!zText) {
    return sqlite3_value_type(argv[0]) == SQLITE_NULL ? SQLITE_OK
                                                      : SQLITE_NOMEM;
  }
  if (tk_sql_copy_text(&p->zText, &p->nTextAlloc, zText, nText)) {
    return SQLITE_NOMEM;
  }
  p->nText = nText;
  tk_work work;
  tk_sql_work_init(((KwVtab *)p->rows.base.pVtab)->db, &work);
  rc = tk_keywords_run_w(p->pKw, p->bIdf ? p->pIdf : 0, p->zText, nText, &work,
                         &p->aKw, &p->rows.nRow);
  if (rc != TK_OK) {
    p->rows.nRow = 0;
    if (rc == TK_EINTERRUPT) return SQLITE_INTERRUPT;
    return rc == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* One column of the current keyword. */
static int kwColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  KwCursor *p = (KwCursor *)pCur;
  const tk_keyword *k = &p->aKw[p->rows.iRow];
  switch (i) {
  case KW_COL_KEYWORD:
    tk_sql_result_text(ctx, k->zText, k->nText);
    break;
  case KW_COL_SCORE:
    sqlite3_result_double(ctx, k->rScore);
    break;
  case KW_COL_COUNT:
    sqlite3_result_int64(ctx, (sqlite3_int64)k->nCount);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, i - KW_COL_TEXT);
    break;
  }
  return SQLITE_OK;
}

/* text is required, options optional. */
static int kwBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &kwArgs);
}

static const sqlite3_module kwModule = TK_SQL_ROWS_MODULE(
    kwConnect, kwBestIndex, kwOpen, kwClose, kwFilter, kwColumn);

static const TkFunction aFunc[] = {
    {"text_cosine", 3, TK_DIRECT, cosineFunc, 0},
};

/* Register text_cosine() and keywords(). */
int tk_register_corpus(sqlite3 *db, char **pzErr) {
  static const TkFunction cos2 = {"text_cosine", 2, TK_PURE, cosineFunc, 0};
  int rc = tk_sql_register_conn_function(db, &cos2, cosAuxFree, pzErr);
  if (rc != SQLITE_OK) return rc;
  rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  if (rc == SQLITE_OK) {
    rc = tk_sql_register_module(db, "keywords", &kwModule, pzErr);
  }
  return rc;
}
