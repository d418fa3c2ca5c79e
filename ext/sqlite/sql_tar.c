/*
** sql_tar.c -- the text_tar() table-valued function: the regular files of
** a tar archive, one row each, so that a corpus shipped as a .tar.gz is
** read as it is (the records family, with text_gunzip()).
**
**   SELECT name, size, text_decode(data)
**     FROM text_tar(text_gunzip(readfile('articles.tar.gz')));
**
** Columns: name (the member's path), size (bytes), data (a BLOB) and
** error (NULL; on a damaged or cut archive one last row with NULL name,
** size and data says what and where); hidden argument x.  Directories,
** links and devices are passed over.  The cursor keeps a copy of x and
** reads one header per xNext (docs/records.md).
*/
#include "sql_common.h"

/* Column numbers, in the order of the schema in tk_register_tar. */
enum { COL_NAME, COL_SIZE, COL_DATA, COL_ERROR, COL_X };

/* The hidden argument: x is required. */
static const TkTvfArgs tarArgs = {"text_tar", COL_X, 1, {"x", 0, 0, 0}};

/* A cursor: its copy of x, where the next header is and the member. */
typedef struct TarCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args; /* the copy of the argument x */
  const char *z;    /* x's bytes */
  size_t n, i;      /* their length, the next header's offset */
  tk_tar_member m;  /* the current member */
  sqlite3_int64 iRow;
  int bError; /* the current row is the damage report */
  int bEof;   /* no row is current */
} TarCursor;

/* A new cursor with no archive yet. */
static int tarOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(TarCursor), ppCursor);
  if (rc == SQLITE_OK) ((TarCursor *)*ppCursor)->bEof = 1;
  return rc;
}

/* Free a cursor and its copy of x. */
static int tarClose(sqlite3_vtab_cursor *cur) {
  TarCursor *pCur = (TarCursor *)cur;
  tk_sql_values_free(&pCur->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* The next member, or the damage report, or the end. */
static int tarNext(sqlite3_vtab_cursor *cur) {
  TarCursor *pCur = (TarCursor *)cur;
  if (!pCur->z || pCur->bError) {
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  int rc = tk_tar_next(pCur->z, pCur->n, &pCur->i, &pCur->m);
  pCur->iRow++;
  pCur->bError = rc < 0;
  pCur->bEof = rc == 0;
  return SQLITE_OK;
}

/* The value of one column of the current row. */
static int tarColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  TarCursor *pCur = (TarCursor *)cur;
  const tk_tar_member *m = &pCur->m;
  if (pCur->bError && iCol != COL_ERROR && iCol != COL_X) return SQLITE_OK;
  switch (iCol) {
  case COL_NAME:
    tk_sql_result_text(ctx, m->zName, m->nName);
    break;
  case COL_SIZE:
    sqlite3_result_int64(ctx, (sqlite3_int64)m->nData);
    break;
  case COL_DATA:
    sqlite3_result_blob64(ctx, m->zData, m->nData, SQLITE_TRANSIENT);
    break;
  case COL_ERROR:
    if (pCur->bError) sqlite3_result_text(ctx, m->zError, -1, SQLITE_TRANSIENT);
    break;
  default:
    tk_sql_result_arg(ctx, &pCur->args, iCol - COL_X);
    break;
  }
  return SQLITE_OK;
}

/* The rowid is the row's number. */
static int tarRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((TarCursor *)cur)->iRow;
  return SQLITE_OK;
}

/* 1 when the cursor is past the last row. */
static int tarEof(sqlite3_vtab_cursor *cur) {
  return ((TarCursor *)cur)->bEof;
}

/* Start a scan over x (a copy); a NULL x gives no rows. */
static int tarFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  TarCursor *pCur = (TarCursor *)cur;
  pCur->bEof = 1;
  pCur->bError = 0;
  pCur->z = 0;
  pCur->n = pCur->i = 0;
  pCur->iRow = 0;
  int rc = tk_sql_filter_args(cur, &tarArgs, &pCur->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  pCur->z = tk_sql_text(pCur->args.a[0], &pCur->n);
  if (!pCur->z) return SQLITE_OK;
  return tarNext(cur);
}

/* x is required (see tarArgs). */
static int tarBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &tarArgs);
}

/* Eponymous-only: no xCreate, no xDestroy. */
static const sqlite3_module tarModule =
    TK_SQL_TVF_MODULE(tk_sql_connect_schema, tarBestIndex, tarOpen, tarClose,
                      tarFilter, tarNext, tarEof, tarColumn, tarRowid);

/* Register the text_tar module. */
int tk_register_tar(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(name TEXT, size INTEGER, data BLOB, error TEXT, "
      "x HIDDEN)";
  return tk_sql_register_module_aux(db, "text_tar", &tarModule, (void *)zSchema,
                                    pzErr);
}
