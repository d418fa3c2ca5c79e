/*
** sql_common.c -- helpers every file of the SQLite face uses: registering
** a family's table with every return code checked, errors in the house
** format "textkit: fn(): message", and reading arguments as UTF-8.
*/
#define SQLITE_EXTENSION_INIT1_HERE
#include "sql_common.h"
/* The sqlite3_api pointer every face file uses (set by textkit.c). */
// clang-format off
SQLITE_EXTENSION_INIT1
// clang-format on

#include <stdarg.h>

/* The registration journal of the load running on this thread, if any. */
static _Thread_local TkJournal *pJournal;

/* Start noting registrations in *p. */
void tk_sql_journal_open(TkJournal *p) {
  p->n = 0;
  pJournal = p;
}

/* Note one registration; SQLITE_NOMEM when the journal is full (then the
** load fails and is undone, so nothing is ever left unnoted). */
static int journalNote(const char *zName, int nArg) {
  if (!pJournal) return SQLITE_OK;
  if (pJournal->n == TK_JOURNAL_MAX) return SQLITE_NOMEM;
  pJournal->a[pJournal->n].zName = zName;
  pJournal->a[pJournal->n].nArg = nArg;
  pJournal->n++;
  return SQLITE_OK;
}

/* Stop noting; with bUndo, remove every noted function and module, newest
** first.  Removing needs no memory, so it cannot fail half way. */
void tk_sql_journal_close(sqlite3 *db, int bUndo) {
  TkJournal *p = pJournal;
  pJournal = 0;
  for (int i = bUndo && p ? p->n - 1 : -1; i >= 0; i--) {
    if (p->a[i].nArg == -2) {
      sqlite3_create_module(db, p->a[i].zName, 0, 0);
    } else {
      sqlite3_create_function_v2(db, p->a[i].zName, p->a[i].nArg, SQLITE_UTF8,
                                 0, 0, 0, 0, 0);
    }
  }
}

/* Register the rows of a; stop at the first failure and describe it. */
int tk_sql_register_functions(sqlite3 *db, const TkFunction *a, int n,
                              char **pzErr) {
  for (int i = 0; i < n; i++) {
    int rc = sqlite3_create_function_v2(db, a[i].zName, a[i].nArg, a[i].eFlags,
                                        (void *)&a[i], a[i].xFunc, 0, 0, 0);
    if (rc == SQLITE_OK) rc = journalNote(a[i].zName, a[i].nArg);
    if (rc != SQLITE_OK) {
      *pzErr = sqlite3_mprintf("textkit: cannot register %s(): %s", a[i].zName,
                               sqlite3_errstr(rc));
      return rc;
    }
  }
  return SQLITE_OK;
}

/* Free a TkConnFunction and its state (SQLite's xDestroy). */
static void connFunctionFree(void *pArg) {
  TkConnFunction *p = pArg;
  if (p->pState) p->xFree(p->pState);
  sqlite3_free(p);
}

/* Register a function with per-connection state (see sql_common.h). */
int tk_sql_register_conn_function(sqlite3 *db, const TkFunction *pRow,
                                  void (*xFree)(void *), char **pzErr) {
  TkConnFunction *p = sqlite3_malloc64(sizeof(*p));
  if (!p) return SQLITE_NOMEM;
  p->row = *pRow;
  p->pState = 0;
  p->xFree = xFree;
  /* on failure SQLite itself calls connFunctionFree */
  int rc = sqlite3_create_function_v2(db, pRow->zName, pRow->nArg, pRow->eFlags,
                                      p, pRow->xFunc, 0, 0, connFunctionFree);
  if (rc == SQLITE_OK) rc = journalNote(pRow->zName, pRow->nArg);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("textkit: cannot register %s(): %s", pRow->zName,
                             sqlite3_errstr(rc));
  }
  return rc;
}

/* Register a function whose user data begins with its row (see
** sql_common.h). */
int tk_sql_register_function_data(sqlite3 *db, const TkFunction *pRow,
                                  void *pData, void (*xDestroy)(void *),
                                  char **pzErr) {
  int rc = sqlite3_create_function_v2(db, pRow->zName, pRow->nArg, pRow->eFlags,
                                      pData, pRow->xFunc, 0, 0, xDestroy);
  if (rc == SQLITE_OK) rc = journalNote(pRow->zName, pRow->nArg);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("textkit: cannot register %s(): %s", pRow->zName,
                             sqlite3_errstr(rc));
  }
  return rc;
}

/* Register one virtual-table module with client data, describing a
** failure. */
int tk_sql_register_module_aux(sqlite3 *db, const char *zName,
                               const sqlite3_module *pModule, void *pAux,
                               char **pzErr) {
  int rc = sqlite3_create_module(db, zName, pModule, pAux);
  if (rc == SQLITE_OK) rc = journalNote(zName, -2);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("textkit: cannot register %s: %s", zName,
                             sqlite3_errstr(rc));
  }
  return rc;
}

/* Register one virtual-table module, describing a failure. */
int tk_sql_register_module(sqlite3 *db, const char *zName,
                           const sqlite3_module *pModule, char **pzErr) {
  return tk_sql_register_module_aux(db, zName, pModule, 0, pzErr);
}

/* The SQL name stored in the calling function's registration row. */
const char *tk_sql_fn_name(sqlite3_context *ctx) {
  const TkFunction *p = sqlite3_user_data(ctx);
  return p ? p->zName : "textkit";
}

/* The most characters of a value an error message quotes ('...'), and of
** one word of it outside quotes: a longer one keeps its first
** TK_SQL_ECHO_MAX characters and "…", so a 10 MB option value does not
** make a 10 MB message. */
#define TK_SQL_ECHO_MAX 60
/* The most characters of a whole message, for values echoed without
** quotes and with spaces (e.g. SQLite's own "no such table: <name>"). */
#define TK_SQL_MESSAGE_MAX 1000

/* 1 when z[i] is a quote that closes a quoted value: one followed by the
** end of the message, white space or punctuation. */
static int isClosingQuote(const char *z, size_t i) {
  return z[i] == '\'' && (z[i + 1] == 0 || strchr(" ;:,.)", z[i + 1]));
}

/* Append to pOut the valid UTF-8 z[0..n), cut after nMax characters with
** "…" when it is longer. */
static void appendCapped(sqlite3_str *pOut, const char *z, size_t n,
                         size_t nMax) {
  size_t i = 0, nChar = 0;
  for (; i < n; i++) {
    if (((unsigned char)z[i] & 0xC0) != 0x80 && nChar++ == nMax) break;
  }
  sqlite3_str_append(pOut, z, (int)i);
  if (i < n) sqlite3_str_appendall(pOut, "\xE2\x80\xA6");
}

/* Append z[0..n), text outside quotes, each space-separated word cut to
** TK_SQL_ECHO_MAX characters. */
static void appendWords(sqlite3_str *pOut, const char *z, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && z[j] != ' ')
      j++;
    appendCapped(pOut, z + i, j - i, TK_SQL_ECHO_MAX);
    if (j < n) sqlite3_str_appendchar(pOut, 1, ' ');
    i = j + 1;
  }
}

/* z (valid UTF-8) with every echoed value cut short: quoted values and
** words to TK_SQL_ECHO_MAX characters, the whole to TK_SQL_MESSAGE_MAX.
** A new sqlite3_malloc'd string, NULL on OOM. */
static char *capMessage(const char *z) {
  sqlite3_str *pCut = sqlite3_str_new(0);
  size_t i = 0;
  while (z[i]) {
    const char *zQuote = strchr(z + i, '\'');
    size_t iOpen = zQuote ? (size_t)(zQuote - z) : strlen(z);
    appendWords(pCut, z + i, iOpen - i);
    if (!zQuote) break;
    size_t j = ++iOpen;
    while (z[j] && !isClosingQuote(z, j))
      j++;
    sqlite3_str_appendchar(pCut, 1, '\'');
    appendCapped(pCut, z + iOpen, j - iOpen, TK_SQL_ECHO_MAX);
    if (z[j]) sqlite3_str_appendchar(pCut, 1, '\'');
    i = z[j] ? j + 1 : j;
  }
  char *zCut = sqlite3_str_finish(pCut);
  if (!zCut) return 0;
  sqlite3_str *pOut = sqlite3_str_new(0);
  appendCapped(pOut, zCut, strlen(zCut), TK_SQL_MESSAGE_MAX);
  sqlite3_free(zCut);
  return sqlite3_str_finish(pOut);
}

/* z (sqlite3_malloc'd) as a message fit to show: valid UTF-8 (a message
** may quote the user's invalid bytes, which become U+FFFD) with the
** values it echoes cut short (capMessage).  Frees z; NULL on OOM. */
static char *validMessage(char *z) {
  if (!z) return 0;
  char *zValid = z;
  if (!tk_utf8_is_valid(z, strlen(z))) {
    tk_buf b = {0};
    tk_utf8_sanitize(&b, z, strlen(z));
    zValid = b.oom ? 0 : sqlite3_mprintf("%.*s", (int)b.n, b.z);
    tk_buf_free(&b);
  }
  char *zOut = zValid ? capMessage(zValid) : 0;
  if (zValid != z) sqlite3_free(zValid);
  sqlite3_free(z);
  return zOut;
}

/* Set the house-format error on ctx. */
void tk_sql_error(sqlite3_context *ctx, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  char *zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  char *z = validMessage(
      zMsg ? sqlite3_mprintf("textkit: %s(): %s", tk_sql_fn_name(ctx), zMsg)
           : 0);
  if (z) {
    sqlite3_result_error(ctx, z, -1);
  } else {
    sqlite3_result_error_nomem(ctx);
  }
  sqlite3_free(zMsg);
  sqlite3_free(z);
}

/* Turn a core result code (and its message) into the function's error. */
void tk_sql_error_rc(sqlite3_context *ctx, int rc, char *zErr) {
  if (rc == TK_ENOMEM) {
    sqlite3_result_error_nomem(ctx);
  } else if (rc == TK_EINTERRUPT) {
    sqlite3_result_error(ctx, "interrupted", -1);
    sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
  } else {
    tk_sql_error(ctx, "%s", zErr ? zErr : tk_errstr(rc));
  }
  tk_free(zErr);
}

/* "textkit: zFn(): message" as a new sqlite3_malloc'd string. */
char *tk_sql_mprintf_error(const char *zFn, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  char *zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  char *z = zMsg ? sqlite3_mprintf("textkit: %s(): %s", zFn, zMsg) : 0;
  sqlite3_free(zMsg);
  return validMessage(z);
}

/* tk_sql_text for a function argument: NULL for SQL NULL (the caller just
** returns, leaving the NULL result), and NULL after reporting
** out-of-memory when the value could not be read. */
const char *tk_sql_text_arg(sqlite3_context *ctx, sqlite3_value *v,
                            size_t *pn) {
  const char *z = tk_sql_text(v, pn);
  if (!z && sqlite3_value_type(v) != SQLITE_NULL) {
    sqlite3_result_error_nomem(ctx);
  }
  return z;
}

/* The number of HIDDEN arguments pDef names. */
static int argCount(const TkTvfArgs *pDef) {
  int n = 0;
  while (n < TK_TVF_MAX_ARGS && pDef->azName[n])
    n++;
  return n;
}

/* xBestIndex of a table-valued function whose arguments are the HIDDEN
** columns pDef->iFirst and on.  Every argument with an = constraint goes
** to xFilter, in column order, and idxNum gets bit k for argument k.  An
** argument whose = constraint is not usable makes the plan unusable, as
** in series.c: SQLITE_CONSTRAINT lets the planner try an order in which
** the argument is known, and never run the function with it missing.  A
** required argument with no = constraint at all cannot be had in any
** order: SQLite would only say "no query solution", so the plan is
** accepted at a prohibitive cost with TK_TVF_MISSING, and xFilter names
** the missing argument (tk_sql_filter_args).  The constraints on a table
** are the same in every call for one query, so a plan that has the
** argument is never competing with that one. */
int tk_sql_best_index_args(sqlite3_index_info *pInfo, const TkTvfArgs *pDef) {
  int aIdx[TK_TVF_MAX_ARGS] = {-1, -1, -1, -1};
  int nArg = argCount(pDef);
  for (int i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    int k = c->iColumn - pDef->iFirst;
    if (k < 0 || k >= nArg || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) return SQLITE_CONSTRAINT;
    aIdx[k] = i;
  }
  int iArgv = 1, idxNum = 0;
  for (int k = 0; k < nArg; k++) {
    if (aIdx[k] < 0) {
      if (k < pDef->nRequired) idxNum |= TK_TVF_MISSING;
      continue;
    }
    pInfo->aConstraintUsage[aIdx[k]].argvIndex = iArgv++;
    pInfo->aConstraintUsage[aIdx[k]].omit = 1;
    idxNum |= 1 << k;
  }
  pInfo->idxNum = idxNum;
  pInfo->estimatedCost = (idxNum & TK_TVF_MISSING) ? 1e300 : 100.0;
  pInfo->estimatedRows = 100;
  return SQLITE_OK;
}

/* Set the table's error for the first required argument idxNum lacks:
** "missing argument x; usage: fn(a, x [, opt])". */
static int missingArgError(sqlite3_vtab *pVtab, const TkTvfArgs *pDef,
                           int idxNum) {
  int nArg = argCount(pDef), k = 0;
  while (k < pDef->nRequired && (idxNum & (1 << k)))
    k++;
  sqlite3_str *pUsage = sqlite3_str_new(0);
  sqlite3_str_appendf(pUsage, "%s(", pDef->zFn);
  for (int i = 0; i < nArg; i++) {
    sqlite3_str_appendf(pUsage, "%s%s%s", i >= pDef->nRequired ? " [" : "",
                        i ? ", " : "", pDef->azName[i]);
  }
  for (int i = pDef->nRequired; i < nArg; i++)
    sqlite3_str_appendchar(pUsage, 1, ']');
  sqlite3_str_appendchar(pUsage, 1, ')');
  char *zUsage = sqlite3_str_finish(pUsage);
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg =
      zUsage ? tk_sql_mprintf_error(pDef->zFn, "missing argument %s; usage: %s",
                                    pDef->azName[k], zUsage)
             : 0;
  sqlite3_free(zUsage);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Report a missing argument, or keep copies of the given ones. */
int tk_sql_filter_args(sqlite3_vtab_cursor *pCur, const TkTvfArgs *pDef,
                       TkTvfValues *pVals, int idxNum, int argc,
                       sqlite3_value **argv) {
  tk_sql_values_free(pVals);
  if (idxNum & TK_TVF_MISSING) {
    return missingArgError(pCur->pVtab, pDef, idxNum);
  }
  int iArgv = 0;
  for (int k = 0; k < TK_TVF_MAX_ARGS; k++) {
    if (!(idxNum & (1 << k)) || iArgv >= argc) continue;
    pVals->a[k] = sqlite3_value_dup(argv[iArgv++]);
    if (!pVals->a[k]) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* The argument as given, or NULL (the default result) when omitted. */
void tk_sql_result_arg(sqlite3_context *ctx, const TkTvfValues *pVals, int k) {
  if (k >= 0 && k < TK_TVF_MAX_ARGS && pVals->a[k]) {
    sqlite3_result_value(ctx, pVals->a[k]);
  }
}

/* Free the argument copies and forget them. */
void tk_sql_values_free(TkTvfValues *pVals) {
  for (int k = 0; k < TK_TVF_MAX_ARGS; k++) {
    sqlite3_value_free(pVals->a[k]);
    pVals->a[k] = 0;
  }
}

/* Return z[0..n) as TEXT: as is when it is valid UTF-8, else with each
** invalid byte replaced by U+FFFD (results are always valid UTF-8). */
void tk_sql_result_text(sqlite3_context *ctx, const char *z, size_t n) {
  if (tk_utf8_is_valid(z, n)) {
    sqlite3_result_text64(ctx, n ? z : "", n, SQLITE_TRANSIENT, SQLITE_UTF8);
    return;
  }
  tk_buf b = {0};
  tk_utf8_sanitize(&b, z, n);
  if (b.oom) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text64(ctx, b.z, b.n, SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  tk_buf_free(&b);
}

/* UTF-8 bytes of v: BLOB bytes as they are, anything else as text. */
const char *tk_sql_text(sqlite3_value *v, size_t *pn) {
  const char *z;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    *pn = 0;
    return 0;
  case SQLITE_BLOB:
    z = sqlite3_value_blob(v);
    *pn = (size_t)sqlite3_value_bytes(v);
    return z ? z : "";
  default:
    z = (const char *)sqlite3_value_text(v);
    *pn = (size_t)sqlite3_value_bytes(v);
    return z;
  }
}

#if SQLITE_VERSION_NUMBER >= 3041000
/* tk_work's cancel callback: the statement was interrupted. */
static int isInterrupted(void *db) {
  return sqlite3_is_interrupted((sqlite3 *)db);
}
#endif

/* A tk_work with no cap whose cancel callback, when the runtime has
** sqlite3_is_interrupted (3.41+; the api struct of 3.40 ends before it),
** asks whether db was interrupted. */
void tk_sql_work_init(sqlite3 *db, tk_work *pWork) {
  memset(pWork, 0, sizeof(*pWork));
#if SQLITE_VERSION_NUMBER >= 3041000
  if (sqlite3_libversion_number() >= 3041000) {
    pWork->xCancel = isInterrupted;
    pWork->pArg = db;
  }
#else
  (void)db;
#endif
}

/* Copy a text argument into a cursor's reusable buffer. */
int tk_sql_copy_text(char **pz, size_t *pnAlloc, const char *z, size_t n) {
  if (n + 1 > *pnAlloc) {
    char *zNew = sqlite3_realloc64(*pz, n + 1);
    if (!zNew) return SQLITE_NOMEM;
    *pz = zNew;
    *pnAlloc = n + 1;
  }
  if (n) memcpy(*pz, z, n);
  (*pz)[n] = 0;
  return SQLITE_OK;
}

/* Declare, configure and allocate a table-valued function's table. */
int tk_sql_vtab_connect(sqlite3 *db, const char *zSchema, int eConfig,
                        size_t nByte, sqlite3_vtab **ppVtab) {
  int rc = sqlite3_declare_vtab(db, zSchema);
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab_config(db, eConfig);
  sqlite3_vtab *p = sqlite3_malloc64(nByte);
  if (!p) return SQLITE_NOMEM;
  memset(p, 0, nByte);
  *ppVtab = p;
  return SQLITE_OK;
}

/* xConnect of a table that is only its schema (the text in pAux). */
int tk_sql_connect_schema(sqlite3 *db, void *pAux, int argc,
                          const char *const *argv, sqlite3_vtab **ppVtab,
                          char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = tk_sql_vtab_connect(db, (const char *)pAux, SQLITE_VTAB_INNOCUOUS,
                               sizeof(TkSchemaVtab), ppVtab);
  if (rc == SQLITE_OK) ((TkSchemaVtab *)*ppVtab)->db = db;
  return rc;
}

/* Free a table from tk_sql_vtab_connect. */
int tk_sql_vtab_disconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* Allocate a zeroed cursor. */
int tk_sql_cursor_new(size_t nByte, sqlite3_vtab_cursor **ppCur) {
  sqlite3_vtab_cursor *p = sqlite3_malloc64(nByte);
  if (!p) return SQLITE_NOMEM;
  memset(p, 0, nByte);
  *ppCur = p;
  return SQLITE_OK;
}

/* xNext of a TkRowCursor table: the next row of the array. */
int tk_sql_rows_next(sqlite3_vtab_cursor *pCur) {
  ((TkRowCursor *)pCur)->iRow++;
  return SQLITE_OK;
}

/* xEof of a TkRowCursor table: 1 after the last row. */
int tk_sql_rows_eof(sqlite3_vtab_cursor *pCur) {
  const TkRowCursor *p = (const TkRowCursor *)pCur;
  return p->iRow >= p->nRow;
}

/* xRowid of a TkRowCursor table: the row's 0-based position. */
int tk_sql_rows_rowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = (sqlite_int64)((const TkRowCursor *)pCur)->iRow;
  return SQLITE_OK;
}
