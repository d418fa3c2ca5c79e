/*
** sql_records.c -- the text_records() table-valued function: the records
** of a CSV, TSV or JSON-lines text, one row each.
**
**   SELECT record, line, fields ->> '$.title', error
**     FROM text_records(readfile('articles.csv'));
**   SELECT fields FROM text_records(readfile('train.jsonl'), 'format=jsonl')
**    WHERE json_valid(fields);
**
** Columns: record (1-based among the data records), line (1-based line
** where the record starts), fields (a JSON object keyed by the header, a
** JSON array with header=0, the line itself for jsonl) and error (NULL or
** what is wrong with the record); hidden arguments x and options.  The
** cursor keeps a copy of its arguments and reads one record per xNext
** (docs/records.md).
*/
#include "sql_common.h"

/* Column numbers, in the order of the schema in tk_register_records. */
enum { COL_RECORD, COL_LINE, COL_FIELDS, COL_ERROR, COL_X, COL_OPTS };

/* The hidden arguments: x is required. */
static const TkTvfArgs recArgs = {
    "text_records", COL_X, 1, {"x", "options", 0, 0}};

/* A cursor: its copies of the arguments, the core iterator and its
** current record. */
typedef struct RecCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args;  /* copies of the arguments: x, options */
  tk_records *pIter; /* the core iterator (NULL before xFilter) */
  tk_work work;      /* the statement's interrupt flag, for the iterator */
  tk_record rec;     /* the current record */
  int bJsonFields;   /* 1 when fields is JSON the core wrote (csv, tsv) */
  int bEof;          /* 1 when no row is current */
} RecCursor;

/* A new cursor with no text yet. */
static int recOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(RecCursor), ppCursor);
  if (rc == SQLITE_OK) ((RecCursor *)*ppCursor)->bEof = 1;
  return rc;
}

/* Free a cursor, its argument copies and its iterator. */
static int recClose(sqlite3_vtab_cursor *cur) {
  RecCursor *pCur = (RecCursor *)cur;
  tk_records_free(pCur->pIter);
  tk_sql_values_free(&pCur->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Read the next record; a core failure ends the scan with its code. */
static int recNext(sqlite3_vtab_cursor *cur) {
  RecCursor *pCur = (RecCursor *)cur;
  int rc = pCur->pIter ? tk_records_next(pCur->pIter, &pCur->rec) : 0;
  pCur->bEof = rc != 1;
  if (rc == TK_ENOMEM) return SQLITE_NOMEM;
  if (rc == TK_EINTERRUPT) return SQLITE_INTERRUPT;
  return SQLITE_OK;
}

/* The value of one column of the current record. */
static int recColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  RecCursor *pCur = (RecCursor *)cur;
  const tk_record *r = &pCur->rec;
  switch (iCol) {
  case COL_RECORD:
    sqlite3_result_int64(ctx, r->iRecord);
    break;
  case COL_LINE:
    sqlite3_result_int64(ctx, r->iLine);
    break;
  case COL_FIELDS:
    if (pCur->bJsonFields) {
      sqlite3_result_text64(ctx, r->zFields, r->nFields, SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    } else {
      tk_sql_result_text(ctx, r->zFields, r->nFields);
    }
    break;
  case COL_ERROR:
    if (r->zError) sqlite3_result_text(ctx, r->zError, -1, SQLITE_TRANSIENT);
    break;
  default:
    tk_sql_result_arg(ctx, &pCur->args, iCol - COL_X);
    break;
  }
  return SQLITE_OK;
}

/* The rowid is the record number. */
static int recRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((RecCursor *)cur)->rec.iRecord;
  return SQLITE_OK;
}

/* 1 when the cursor is past the last record. */
static int recEof(sqlite3_vtab_cursor *cur) {
  return ((RecCursor *)cur)->bEof;
}

/* Parse the options argument (NULL: the defaults) into *pOpt; on a bad
** one set the table's error in the house format. */
static int parseOptions(sqlite3_vtab_cursor *cur, sqlite3_value *pVal,
                        tk_records_options *pOpt) {
  tk_records_options_init(pOpt);
  size_t nOpt;
  const char *zOpt = pVal ? tk_sql_text(pVal, &nOpt) : 0;
  if (!zOpt) return SQLITE_OK;
  char *zErr = 0;
  int rc = tk_records_options_parse(pOpt, zOpt, nOpt, &zErr);
  if (rc == TK_OK) return SQLITE_OK;
  /* a bad option without its message: the message could not be made */
  if (rc == TK_ENOMEM || (!zErr && rc == TK_EINVAL)) {
    tk_free(zErr);
    return SQLITE_NOMEM;
  }
  sqlite3_free(cur->pVtab->zErrMsg);
  cur->pVtab->zErrMsg = tk_sql_mprintf_error(recArgs.zFn, "%s", zErr);
  tk_free(zErr);
  return SQLITE_ERROR;
}

/* Start a scan: copy the arguments, parse the options, start a new
** iterator over x.  A NULL x gives no rows. */
static int recFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  RecCursor *pCur = (RecCursor *)cur;
  pCur->bEof = 1;
  tk_records_free(pCur->pIter);
  pCur->pIter = 0;
  int rc = tk_sql_filter_args(cur, &recArgs, &pCur->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  tk_records_options opt;
  rc = parseOptions(cur, pCur->args.a[1], &opt);
  if (rc != SQLITE_OK) return rc;
  size_t n;
  const char *z = tk_sql_text(pCur->args.a[0], &n);
  if (!z) return SQLITE_OK;
  if (tk_records_new(&opt, &pCur->pIter) != TK_OK) return SQLITE_NOMEM;
  pCur->bJsonFields = opt.eFormat != TK_RECORDS_JSONL;
  tk_sql_work_init(((TkSchemaVtab *)cur->pVtab)->db, &pCur->work);
  tk_records_set_work(pCur->pIter, &pCur->work);
  tk_records_reset(pCur->pIter, z, n);
  return recNext(cur);
}

/* x is required, options optional (see recArgs). */
static int recBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &recArgs);
}

/* Eponymous-only: no xCreate, no xDestroy. */
static const sqlite3_module recModule =
    TK_SQL_TVF_MODULE(tk_sql_connect_schema, recBestIndex, recOpen, recClose,
                      recFilter, recNext, recEof, recColumn, recRowid);

/* Register the text_records module. */
int tk_register_records(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(record INTEGER, line INTEGER, fields TEXT, error TEXT, "
      "x HIDDEN, options HIDDEN)";
  return tk_sql_register_module_aux(db, "text_records", &recModule,
                                    (void *)zSchema, pzErr);
}
