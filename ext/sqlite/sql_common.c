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

/* z (sqlite3_malloc'd) as valid UTF-8: a message may quote the user's
** invalid bytes, which become U+FFFD.  Frees z; NULL on OOM. */
static char *validMessage(char *z) {
  if (!z || tk_utf8_is_valid(z, strlen(z))) return z;
  tk_buf b = {0};
  tk_utf8_sanitize(&b, z, strlen(z));
  sqlite3_free(z);
  z = b.oom ? 0 : sqlite3_mprintf("%.*s", (int)b.n, b.z);
  tk_buf_free(&b);
  return z;
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

/* xBestIndex of a table-valued function whose arguments are the HIDDEN
** columns iFirst .. iFirst+nArg-1 (nArg <= TK_TVF_MAX_ARGS).  Every
** argument with an = constraint goes to xFilter, in column order, and
** idxNum gets bit k for argument k.  The first nRequired arguments must be
** there, and an argument whose = constraint is not usable makes the plan
** unusable, as in series.c: SQLITE_CONSTRAINT lets the planner try an
** order in which the argument is known, and never run the function with
** it missing. */
int tk_sql_best_index_args(sqlite3_index_info *pInfo, int iFirst, int nArg,
                           int nRequired) {
  int aIdx[TK_TVF_MAX_ARGS] = {-1, -1, -1, -1};
  for (int i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    int k = c->iColumn - iFirst;
    if (k < 0 || k >= nArg || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) return SQLITE_CONSTRAINT;
    aIdx[k] = i;
  }
  int iArgv = 1, idxNum = 0;
  for (int k = 0; k < nArg; k++) {
    if (aIdx[k] < 0) {
      if (k < nRequired) return SQLITE_CONSTRAINT;
      continue;
    }
    pInfo->aConstraintUsage[aIdx[k]].argvIndex = iArgv++;
    pInfo->aConstraintUsage[aIdx[k]].omit = 1;
    idxNum |= 1 << k;
  }
  pInfo->idxNum = idxNum;
  pInfo->estimatedCost = 100.0;
  pInfo->estimatedRows = 100;
  return SQLITE_OK;
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
