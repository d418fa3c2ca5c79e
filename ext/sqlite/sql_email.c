/*
** sql_email.c -- the text_email() table-valued function: the messages of
** an e-mail file (one message, an .eml, or an mbox), one row each, with
** their subject, sender, recipients, date and body text (the records
** family).
**
**   SELECT subject, sender, date, text
**     FROM text_email(readfile('inbox.mbox'));
**
** Columns: message (1-based), subject, sender (From:), recipients (To:),
** date ("YYYY-MM-DD HH:MM:SS+hh:mm" when the Date: header parses, else as
** written; NULL when absent), text (the first text/plain part that is not
** an attachment, else the first text/html one: transfer encoding undone,
** charset decoded) and html (1 when text is HTML, for html_text());
** hidden argument x.  Headers and parts that are missing are empty, never
** an error (docs/records.md).
*/
#include "sql_common.h"

/* Column numbers, in the order of the schema in tk_register_email. */
enum {
  COL_MESSAGE,
  COL_SUBJECT,
  COL_SENDER,
  COL_RECIPIENTS,
  COL_DATE,
  COL_TEXT,
  COL_HTML,
  COL_X
};

/* The hidden argument: x is required. */
static const TkTvfArgs emailArgs = {"text_email", COL_X, 1, {"x", 0, 0, 0}};

/* A cursor: its copy of x, where the next message is, and the message. */
typedef struct EmailCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args; /* the copy of the argument x */
  const char *z;    /* x's bytes */
  size_t n, i;      /* their length, the next message's offset */
  tk_email e;       /* the current message */
  sqlite3_int64 iRow;
  int bEof; /* no row is current */
} EmailCursor;

/* A new cursor with no input yet. */
static int emailOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(EmailCursor), ppCursor);
  if (rc == SQLITE_OK) ((EmailCursor *)*ppCursor)->bEof = 1;
  return rc;
}

/* Free a cursor, its message and its copy of x. */
static int emailClose(sqlite3_vtab_cursor *cur) {
  EmailCursor *pCur = (EmailCursor *)cur;
  tk_email_free(&pCur->e);
  tk_sql_values_free(&pCur->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* The next message, or the end. */
static int emailNext(sqlite3_vtab_cursor *cur) {
  EmailCursor *pCur = (EmailCursor *)cur;
  int rc = pCur->z ? tk_email_next(pCur->z, pCur->n, &pCur->i, &pCur->e) : 0;
  if (rc == TK_ENOMEM) return SQLITE_NOMEM;
  pCur->iRow++;
  pCur->bEof = rc == 0;
  return SQLITE_OK;
}

/* A buffer's text as the result, NULL when bNull and it is empty. */
static void resultBuf(sqlite3_context *ctx, const tk_buf *b, int bNull) {
  if (b->n == 0 && bNull) return;
  tk_sql_result_text(ctx, b->z ? b->z : "", b->n);
}

/* The value of one column of the current row. */
static int emailColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx,
                       int iCol) {
  EmailCursor *pCur = (EmailCursor *)cur;
  const tk_email *e = &pCur->e;
  switch (iCol) {
  case COL_MESSAGE:
    sqlite3_result_int64(ctx, pCur->iRow);
    break;
  case COL_SUBJECT:
    resultBuf(ctx, &e->subject, 0);
    break;
  case COL_SENDER:
    resultBuf(ctx, &e->sender, 0);
    break;
  case COL_RECIPIENTS:
    resultBuf(ctx, &e->recipients, 0);
    break;
  case COL_DATE:
    resultBuf(ctx, &e->date, 1);
    break;
  case COL_TEXT:
    resultBuf(ctx, &e->text, 0);
    break;
  case COL_HTML:
    sqlite3_result_int(ctx, e->bHtml);
    break;
  default:
    tk_sql_result_arg(ctx, &pCur->args, iCol - COL_X);
    break;
  }
  return SQLITE_OK;
}

/* The rowid is the message's number. */
static int emailRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((EmailCursor *)cur)->iRow;
  return SQLITE_OK;
}

/* 1 when the cursor is past the last row. */
static int emailEof(sqlite3_vtab_cursor *cur) {
  return ((EmailCursor *)cur)->bEof;
}

/* Start a scan over x (a copy); a NULL x gives no rows. */
static int emailFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                       int argc, sqlite3_value **argv) {
  (void)idxStr;
  EmailCursor *pCur = (EmailCursor *)cur;
  pCur->bEof = 1;
  pCur->z = 0;
  pCur->n = pCur->i = 0;
  pCur->iRow = 0;
  int rc = tk_sql_filter_args(cur, &emailArgs, &pCur->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  pCur->z = tk_sql_text(pCur->args.a[0], &pCur->n);
  return emailNext(cur);
}

/* x is required (see emailArgs). */
static int emailBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &emailArgs);
}

/* Eponymous-only: no xCreate, no xDestroy. */
static const sqlite3_module emailModule = TK_SQL_TVF_MODULE(
    tk_sql_connect_schema, emailBestIndex, emailOpen, emailClose, emailFilter,
    emailNext, emailEof, emailColumn, emailRowid);

/* Register the text_email module. */
int tk_register_email(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(message INTEGER, subject TEXT, sender TEXT, "
      "recipients TEXT, date TEXT, text TEXT, html INTEGER, x HIDDEN)";
  return tk_sql_register_module_aux(db, "text_email", &emailModule,
                                    (void *)zSchema, pzErr);
}
