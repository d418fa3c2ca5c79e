/*
** sql_zip.c -- the text_zip() table-valued function: the files of a zip
** archive, one row each, so that a corpus shipped as a .zip is read as
** it is (the records family, with text_tar() and text_gunzip()).
**
**   SELECT name, size, text_decode(data)
**     FROM text_zip(readfile('articles.zip'));
**   SELECT name FROM text_zip(readfile('big.zip')) WHERE size < 50000000;
**
** Columns: name (the member's path, UTF-8), size (the bytes its entry
** says), data (a BLOB) and error (NULL, or why the member cannot be read:
** encrypted, another compression method, damaged); on a damaged archive
** one last row with NULL name, size and data says what and where.  Hidden
** argument x.  Directories are passed over.  A member is inflated only
** when its data or error column is asked for, so a WHERE on name or size
** reads only the members it keeps (docs/records.md).
*/
#include "sql_common.h"

/* Column numbers, in the order of the schema in tk_register_zip. */
enum { COL_NAME, COL_SIZE, COL_DATA, COL_ERROR, COL_X };

/* The hidden argument: x is required. */
static const TkTvfArgs zipArgs = {"text_zip", COL_X, 1, {"x", 0, 0, 0}};

/* A cursor: its copy of x, the reader, the member and, once asked for,
** its bytes or why they cannot be read. */
typedef struct ZipCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args; /* the copy of the argument x */
  tk_zip zip;
  tk_zip_member m; /* the current member */
  tk_buf name;     /* its name as UTF-8 */
  tk_buf data;     /* its bytes, once extracted */
  int rcData;      /* 1: not extracted yet; else tk_zip_extract's result */
  char *zDataErr;  /* tk_zip_extract's message */
  sqlite3_int64 iRow;
  int bError; /* the current row is the damage report */
  int bEof;   /* no row is current */
} ZipCursor;

/* A new cursor with no archive yet. */
static int zipOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(ZipCursor), ppCursor);
  if (rc == SQLITE_OK) ((ZipCursor *)*ppCursor)->bEof = 1;
  return rc;
}

/* Forget the current member's name and bytes. */
static void zipForget(ZipCursor *pCur) {
  tk_buf_reset(&pCur->name);
  tk_buf_free(&pCur->data);
  tk_free(pCur->zDataErr);
  pCur->zDataErr = 0;
  pCur->rcData = 1;
}

/* Free a cursor and its copy of x. */
static int zipClose(sqlite3_vtab_cursor *cur) {
  ZipCursor *pCur = (ZipCursor *)cur;
  zipForget(pCur);
  tk_buf_free(&pCur->name);
  tk_sql_values_free(&pCur->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* The next member, or the damage report, or the end. */
static int zipNext(sqlite3_vtab_cursor *cur) {
  ZipCursor *pCur = (ZipCursor *)cur;
  zipForget(pCur);
  if (pCur->bEof || pCur->bError) {
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  int rc = tk_zip_next(&pCur->zip, &pCur->m);
  if (rc == TK_ENOMEM) return SQLITE_NOMEM;
  pCur->iRow++;
  pCur->bError = rc < 0;
  pCur->bEof = rc == 0;
  if (rc == 1) {
    tk_zip_name(&pCur->m, &pCur->name);
    if (pCur->name.oom) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Extract the current member once: SQLITE_OK (its result in rcData), or
** the error that stops the query (out of memory, interrupted). */
static int zipExtract(ZipCursor *pCur, sqlite3_context *ctx) {
  if (pCur->rcData != 1) return SQLITE_OK;
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  tk_work work;
  tk_sql_work_init(db, &work);
  size_t nMax = (size_t)sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
  pCur->rcData =
      tk_zip_extract(&pCur->m, nMax, &work, &pCur->data, &pCur->zDataErr);
  if (pCur->rcData == TK_EINVAL || pCur->rcData == TK_ELIMIT) return SQLITE_OK;
  if (pCur->rcData == TK_OK) return SQLITE_OK;
  tk_sql_error_rc(ctx, pCur->rcData, pCur->zDataErr);
  pCur->zDataErr = 0; /* tk_sql_error_rc freed it */
  int rc = pCur->rcData == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_INTERRUPT;
  pCur->rcData = 1; /* not extracted */
  return rc;
}

/* The value of one column of the current row. */
static int zipColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  ZipCursor *pCur = (ZipCursor *)cur;
  if (pCur->bError && iCol != COL_ERROR && iCol != COL_X) return SQLITE_OK;
  int rc;
  switch (iCol) {
  case COL_NAME:
    tk_sql_result_text(ctx, pCur->name.z, pCur->name.n);
    break;
  case COL_SIZE:
    sqlite3_result_int64(ctx, (sqlite3_int64)pCur->m.nSize);
    break;
  case COL_DATA:
    if ((rc = zipExtract(pCur, ctx)) != SQLITE_OK) return rc;
    if (pCur->rcData == TK_OK) {
      sqlite3_result_blob64(ctx, pCur->data.z ? pCur->data.z : "", pCur->data.n,
                            SQLITE_TRANSIENT);
    }
    break;
  case COL_ERROR:
    if (pCur->bError) {
      sqlite3_result_text(ctx, pCur->m.zError, -1, SQLITE_TRANSIENT);
      break;
    }
    if ((rc = zipExtract(pCur, ctx)) != SQLITE_OK) return rc;
    if (pCur->rcData != TK_OK) {
      sqlite3_result_text(ctx, pCur->zDataErr, -1, SQLITE_TRANSIENT);
    }
    break;
  default:
    tk_sql_result_arg(ctx, &pCur->args, iCol - COL_X);
    break;
  }
  return SQLITE_OK;
}

/* The rowid is the row's number. */
static int zipRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((ZipCursor *)cur)->iRow;
  return SQLITE_OK;
}

/* 1 when the cursor is past the last row. */
static int zipEof(sqlite3_vtab_cursor *cur) {
  return ((ZipCursor *)cur)->bEof;
}

/* Start a scan over x (a copy); a NULL x gives no rows. */
static int zipFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  ZipCursor *pCur = (ZipCursor *)cur;
  zipForget(pCur);
  pCur->bEof = 1;
  pCur->bError = 0;
  pCur->iRow = 0;
  int rc = tk_sql_filter_args(cur, &zipArgs, &pCur->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  size_t n;
  const char *z = tk_sql_text(pCur->args.a[0], &n);
  if (!z) return SQLITE_OK;
  tk_zip_open(&pCur->zip, z, n);
  pCur->bEof = 0;
  return zipNext(cur);
}

/* x is required (see zipArgs). */
static int zipBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &zipArgs);
}

/* Eponymous-only: no xCreate, no xDestroy. */
static const sqlite3_module zipModule =
    TK_SQL_TVF_MODULE(tk_sql_connect_schema, zipBestIndex, zipOpen, zipClose,
                      zipFilter, zipNext, zipEof, zipColumn, zipRowid);

/* Register the text_zip module. */
int tk_register_zip(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(name TEXT, size INTEGER, data BLOB, error TEXT, "
      "x HIDDEN)";
  return tk_sql_register_module_aux(db, "text_zip", &zipModule, (void *)zSchema,
                                    pzErr);
}
