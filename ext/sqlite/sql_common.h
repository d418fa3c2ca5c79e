/*
** sql_common.h -- what the SQLite face's files share: the registration
** table row, the family registration entry points, the house error format
** and argument helpers.  Only the face's files include it.
**
**   static const TkFunction aFunc[] = {
**     {"text_lower", 1, TK_PURE, textLowerFunc, 0},
**   };
**   int tk_register_normalize(sqlite3 *db, char **pzErr) {
**     return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
**   }
*/
#ifndef TK_SQL_COMMON_H
#define TK_SQL_COMMON_H

#include <sqlite3ext.h>

#include "textkit.h"

#include <string.h>

/* sql_common.c defines the sqlite3_api pointer; every other file uses it. */
#ifndef SQLITE_EXTENSION_INIT1_HERE
SQLITE_EXTENSION_INIT3
#endif

#define TK_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Flags: pure functions, and ones that read a table named in an argument. */
#define TK_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
#define TK_DIRECT (SQLITE_UTF8 | SQLITE_DIRECTONLY)

/* One row of a family's registration table.  The row itself is the
** function's user data: sqlite3_user_data() gives back the row, so the
** function knows its SQL name (for errors) and its iArg variant. */
typedef struct TkFunction {
  const char *zName;
  int nArg; /* -1: any number (the function checks) */
  int eFlags;
  void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  int iArg; /* free for the family: a variant selector */
} TkFunction;

/* Register every row of a[0..n); on failure set *pzErr (sqlite3_malloc'd)
** naming the function and SQLite's message, and return the code. */
int tk_sql_register_functions(sqlite3 *db, const TkFunction *a, int n,
                              char **pzErr);
/* A function whose state lives with the connection: the user data is
** this struct, its row first (so tk_sql_fn_name works), and pState, which
** the function makes on first use and xFree frees with the connection.
** Safe because SQLite runs one call at a time on a connection and such a
** function runs no SQL while it uses pState. */
typedef struct TkConnFunction {
  TkFunction row;
  void *pState;
  void (*xFree)(void *);
} TkConnFunction;
/* Register *pRow as a TkConnFunction with no state yet; on failure set
** *pzErr as tk_sql_register_functions does. */
int tk_sql_register_conn_function(sqlite3 *db, const TkFunction *pRow,
                                  void (*xFree)(void *), char **pzErr);

/* Register *pRow with pData as its user data: pData begins with a copy
** of the row (so tk_sql_fn_name works) and may carry more, such as state
** several functions of one connection share.  SQLite calls xDestroy(pData)
** when it drops the function, and also when registering fails; on failure
** set *pzErr as tk_sql_register_functions does. */
int tk_sql_register_function_data(sqlite3 *db, const TkFunction *pRow,
                                  void *pData, void (*xDestroy)(void *),
                                  char **pzErr);

/* Register a module; on failure set *pzErr as above. */
int tk_sql_register_module(sqlite3 *db, const char *zName,
                           const sqlite3_module *pModule, char **pzErr);
/* The same with client data pAux for the module's xConnect. */
int tk_sql_register_module_aux(sqlite3 *db, const char *zName,
                               const sqlite3_module *pModule, void *pAux,
                               char **pzErr);

/* Loading is all or nothing: while a journal is open on this thread, the
** register functions above note every name they register, and a failed
** load removes them all again (SQLite unloads the library after a failed
** init, and functions left behind would point into unmapped memory). */
#define TK_JOURNAL_MAX 256
typedef struct TkJournal {
  int n;
  struct {
    const char *zName;
    int nArg; /* -2: a module */
  } a[TK_JOURNAL_MAX];
} TkJournal;
/* Start noting registrations in *p (on this thread). */
void tk_sql_journal_open(TkJournal *p);
/* Stop noting; with bUndo, remove from db everything noted. */
void tk_sql_journal_close(sqlite3 *db, int bUndo);

/* The SQL name of the function being called (from its TkFunction row). */
const char *tk_sql_fn_name(sqlite3_context *ctx);
/* Report "textkit: <fn>(): <message>" as the function's error. */
void tk_sql_error(sqlite3_context *ctx, const char *zFmt, ...);
/* Report a core result code (with its message zErr if any, which is
** freed) as the function's error; TK_ENOMEM becomes SQLITE_NOMEM and
** TK_EINTERRUPT SQLITE_INTERRUPT ("interrupted"). */
void tk_sql_error_rc(sqlite3_context *ctx, int rc, char *zErr);
/* Format "textkit: <zFn>(): <message>" into a new sqlite3_malloc'd string
** (for vtab zErrMsg). */
char *tk_sql_mprintf_error(const char *zFn, const char *zFmt, ...);

/* The UTF-8 bytes of a value: TEXT as is, a BLOB's bytes, numbers as text.
** Returns NULL for SQL NULL (and on OOM, setting *pbOom if given). */
const char *tk_sql_text(sqlite3_value *v, size_t *pn);

/* tk_sql_text for a scalar's argument: NULL for SQL NULL, and NULL after
** setting SQLITE_NOMEM on ctx when the value could not be read; either
** way the caller returns. */
const char *tk_sql_text_arg(sqlite3_context *ctx, sqlite3_value *v, size_t *pn);

/* What every table-valued function's xConnect does: declare zSchema, mark
** the table eConfig (SQLITE_VTAB_INNOCUOUS or SQLITE_VTAB_DIRECTONLY) and
** allocate a zeroed table object of nByte bytes whose first member is its
** sqlite3_vtab. */
int tk_sql_vtab_connect(sqlite3 *db, const char *zSchema, int eConfig,
                        size_t nByte, sqlite3_vtab **ppVtab);
/* The table object of tk_sql_connect_schema: its connection, for the
** interrupt flag (tk_sql_work_init). */
typedef struct TkSchemaVtab {
  sqlite3_vtab base;
  sqlite3 *db;
} TkSchemaVtab;
/* xConnect of an innocuous table-valued function whose table is nothing
** but its schema (a TkSchemaVtab): pAux is the CREATE TABLE statement
** (register the module with tk_sql_register_module_aux). */
int tk_sql_connect_schema(sqlite3 *db, void *pAux, int argc,
                          const char *const *argv, sqlite3_vtab **ppVtab,
                          char **pzErr);
/* xDisconnect for those table objects: free it. */
int tk_sql_vtab_disconnect(sqlite3_vtab *pVtab);
/* A zeroed cursor of nByte bytes whose first member is its
** sqlite3_vtab_cursor (xOpen's allocation). */
int tk_sql_cursor_new(size_t nByte, sqlite3_vtab_cursor **ppCur);

/* The cursor of a table-valued function whose rows are an array the core
** filled in xFilter: the family's cursor starts with it, sets nRow there
** and reads row iRow in its xColumn; xNext, xEof and xRowid (the rowid is
** the 0-based position) are these.  TK_SQL_ROWS_MODULE declares them. */
typedef struct TkRowCursor {
  sqlite3_vtab_cursor base;
  size_t iRow, nRow;
} TkRowCursor;
int tk_sql_rows_next(sqlite3_vtab_cursor *pCur);
int tk_sql_rows_eof(sqlite3_vtab_cursor *pCur);
int tk_sql_rows_rowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid);
/* Start the rows again before xFilter fills them. */
static inline void tk_sql_rows_reset(TkRowCursor *p) {
  p->iRow = p->nRow = 0;
}

/* The sqlite3_module of an eponymous-only table-valued function: the nine
** methods it has (xDisconnect is tk_sql_vtab_disconnect; xCreate and the
** rest are NULL). */
#define TK_SQL_TVF_MODULE(Connect, BestIndex, Open, Close, Filter, Next, Eof,  \
                          Column, Rowid)                                       \
  {                                                                            \
    .iVersion = 0, .xConnect = Connect, .xBestIndex = BestIndex,               \
    .xDisconnect = tk_sql_vtab_disconnect, .xOpen = Open, .xClose = Close,     \
    .xFilter = Filter, .xNext = Next, .xEof = Eof, .xColumn = Column,          \
    .xRowid = Rowid                                                            \
  }

/* The module of a TkRowCursor table: the row methods are the shared ones. */
#define TK_SQL_ROWS_MODULE(Connect, BestIndex, Open, Close, Filter, Column)    \
  TK_SQL_TVF_MODULE(Connect, BestIndex, Open, Close, Filter, tk_sql_rows_next, \
                    tk_sql_rows_eof, Column, tk_sql_rows_rowid)

/* The most HIDDEN arguments a textkit table-valued function takes. */
#define TK_TVF_MAX_ARGS 4
/* idxNum bit of a plan that lacks a required argument: xFilter reports it
** (see tk_sql_best_index_args). */
#define TK_TVF_MISSING (1 << TK_TVF_MAX_ARGS)

/* What a table-valued function takes: its SQL name, the column of its
** first HIDDEN argument, the names of the arguments in column order (NULL
** after the last) and how many leading ones are required. */
typedef struct TkTvfArgs {
  const char *zFn;
  int iFirst;
  int nRequired;
  const char *azName[TK_TVF_MAX_ARGS];
} TkTvfArgs;

/* The arguments one scan was given, for the HIDDEN columns: a[k] is a
** copy of argument k (sqlite3_value_dup), NULL when it was omitted. */
typedef struct TkTvfValues {
  sqlite3_value *a[TK_TVF_MAX_ARGS];
} TkTvfValues;

/* xBestIndex for a table-valued function's HIDDEN arguments (see
** sql_common.c): idxNum bit k = argument k is in xFilter's argv, and
** TK_TVF_MISSING when a required one is not given at all. */
int tk_sql_best_index_args(sqlite3_index_info *pInfo, const TkTvfArgs *pDef);
/* xFilter's first step: when idxNum says TK_TVF_MISSING, set the table's
** error "textkit: fn(): missing argument x; usage: fn(...)" and return
** SQLITE_ERROR; else replace *pVals with copies of the arguments in argv
** (SQLITE_NOMEM on OOM). */
int tk_sql_filter_args(sqlite3_vtab_cursor *pCur, const TkTvfArgs *pDef,
                       TkTvfValues *pVals, int idxNum, int argc,
                       sqlite3_value **argv);
/* xColumn of HIDDEN argument k: the argument as given, NULL when it was
** omitted. */
void tk_sql_result_arg(sqlite3_context *ctx, const TkTvfValues *pVals, int k);
/* Free the copies in *pVals (xClose). */
void tk_sql_values_free(TkTvfValues *pVals);

/* Copy z[0..n) into the cursor buffer *pz (capacity *pnAlloc, grown when
** needed and reused from row to row), NUL-terminated; SQLITE_NOMEM on
** OOM (the buffer is then as it was). */
int tk_sql_copy_text(char **pz, size_t *pnAlloc, const char *z, size_t n);

/* Zero *pWork and point its cancel callback at db's interrupt flag when
** the SQLite runtime can tell (3.41+): the long core calls then stop with
** TK_EINTERRUPT after sqlite3_interrupt. */
void tk_sql_work_init(sqlite3 *db, tk_work *pWork);

/* Return z[0..n) as the TEXT result, invalid bytes as U+FFFD. */
void tk_sql_result_text(sqlite3_context *ctx, const char *z, size_t n);

/* Family entry points (ext/sqlite/sql_<family>[_<part>].c), called in
** order by sqlite3_textkit_init from its one table. */
int tk_register_base(sqlite3 *db, char **pzErr);
int tk_register_normalize(sqlite3 *db, char **pzErr);
int tk_register_tokenize(sqlite3 *db, char **pzErr);
int tk_register_tokenize_fts5(sqlite3 *db, char **pzErr);
int tk_register_stem(sqlite3 *db, char **pzErr);
int tk_register_sentences(sqlite3 *db, char **pzErr);
int tk_register_regex(sqlite3 *db, char **pzErr);
int tk_register_regex_tvf(sqlite3 *db, char **pzErr);
int tk_register_entities(sqlite3 *db, char **pzErr);
int tk_register_strsim(sqlite3 *db, char **pzErr);
int tk_register_passages(sqlite3 *db, char **pzErr);
int tk_register_docsim(sqlite3 *db, char **pzErr);
int tk_register_docsim_bands(sqlite3 *db, char **pzErr);
int tk_register_corpus(sqlite3 *db, char **pzErr);
int tk_register_html(sqlite3 *db, char **pzErr);
int tk_register_records(sqlite3 *db, char **pzErr);
int tk_register_gunzip(sqlite3 *db, char **pzErr);
int tk_register_tar(sqlite3 *db, char **pzErr);
int tk_register_zip(sqlite3 *db, char **pzErr);
int tk_register_email(sqlite3 *db, char **pzErr);

#endif /* TK_SQL_COMMON_H */
