/*
** sql_sentences.c -- the sentences() table-valued function:
**
**   SELECT sentence, start, length, position
**     FROM sentences('Mr. Smith went to Washington. He arrived at 5 p.m.');
**   -- Mr. Smith went to Washington.|1|29|0
**   -- He arrived at 5 p.m.|31|20|1
**
**   SELECT d.id, s.sentence FROM docs d, sentences(d.body, 'newline=space') s;
**
** Columns: sentence (the text, white space around it left out), start
** (1-based character), length (characters), position (0-based ordinal);
** hidden arguments text and options.  An eponymous-only virtual table in
** the shape of SQLite's ext/misc/series.c: xBestIndex requires the text
** argument.  The cursor keeps a copy of its arguments (the text stays
** valid for the scan) and owns one core segmenter.
*/
#include "sql_common.h"

/* Column numbers, in the order of the schema in tk_register_sentences. */
enum { COL_SENTENCE, COL_START, COL_LENGTH, COL_POSITION, COL_TEXT, COL_OPTS };

/* The hidden arguments: text is required. */
static const TkTvfArgs sentArgs = {
    "sentences", COL_TEXT, 1, {"text", "options", 0, 0}};

/* A cursor: its own copy of the text, the segmenter and the current row. */
typedef struct SentCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args;    /* copies of the arguments: text, options */
  const char *zText;   /* the text's UTF-8 bytes, owned by args.a[0] */
  tk_sentences *pSeg;  /* the core segmenter (NULL before xFilter) */
  tk_charpos cp;       /* byte -> character offsets, forward only */
  int bEof;            /* 1 when no row is current */
  size_t iStart, nLen; /* current sentence as a byte span */
  size_t iCharStart;   /* its 0-based character offset */
  size_t nChars;       /* its length in characters */
  sqlite3_int64 iPos;  /* its 0-based ordinal */
} SentCursor;

/* A new cursor with no text yet. */
static int sentOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(SentCursor), ppCursor);
  if (rc == SQLITE_OK) ((SentCursor *)*ppCursor)->bEof = 1;
  return rc;
}

/* Free a cursor, its text copy and its segmenter. */
static int sentClose(sqlite3_vtab_cursor *cur) {
  SentCursor *pCur = (SentCursor *)cur;
  tk_sentences_free(pCur->pSeg);
  tk_sql_values_free(&pCur->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Step to the next sentence and compute its character span. */
static int sentNext(sqlite3_vtab_cursor *cur) {
  SentCursor *pCur = (SentCursor *)cur;
  if (!pCur->pSeg ||
      tk_sentences_next(pCur->pSeg, &pCur->iStart, &pCur->nLen) != 1) {
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  if (!pCur->bEof) pCur->iPos++;
  pCur->bEof = 0;
  pCur->iCharStart = tk_charpos_at(&pCur->cp, pCur->iStart);
  pCur->nChars =
      tk_charpos_at(&pCur->cp, pCur->iStart + pCur->nLen) - pCur->iCharStart;
  return SQLITE_OK;
}

/* The value of one column of the current row. */
static int sentColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx,
                      int iCol) {
  SentCursor *pCur = (SentCursor *)cur;
  switch (iCol) {
  case COL_SENTENCE:
    tk_sql_result_text(ctx, pCur->zText + pCur->iStart, pCur->nLen);
    break;
  case COL_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)pCur->iCharStart + 1);
    break;
  case COL_LENGTH:
    sqlite3_result_int64(ctx, (sqlite3_int64)pCur->nChars);
    break;
  case COL_POSITION:
    sqlite3_result_int64(ctx, pCur->iPos);
    break;
  default:
    tk_sql_result_arg(ctx, &pCur->args, iCol - COL_TEXT);
    break;
  }
  return SQLITE_OK;
}

/* The rowid is the sentence's position. */
static int sentRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((SentCursor *)cur)->iPos;
  return SQLITE_OK;
}

/* 1 when the cursor is past the last sentence. */
static int sentEof(sqlite3_vtab_cursor *cur) {
  return ((SentCursor *)cur)->bEof;
}

/* Set the table's error message in the house format and return
** SQLITE_ERROR (SQLITE_NOMEM for TK_ENOMEM); frees zErr. */
static int filterError(sqlite3_vtab_cursor *cur, int rc, char *zErr) {
  if (rc == TK_ENOMEM) {
    tk_free(zErr);
    return SQLITE_NOMEM;
  }
  sqlite3_vtab *pVtab = cur->pVtab;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg =
      tk_sql_mprintf_error("sentences", "%s", zErr ? zErr : tk_errstr(rc));
  tk_free(zErr);
  return SQLITE_ERROR;
}

/* Start a scan: copy the arguments, parse the options, reset the
** segmenter.
** A NULL text gives no rows; NULL options are the defaults. */
static int sentFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv) {
  (void)idxStr;
  SentCursor *pCur = (SentCursor *)cur;
  pCur->bEof = 1;
  pCur->iPos = 0;
  pCur->zText = 0;
  tk_sentences_free(pCur->pSeg);
  pCur->pSeg = 0;
  int rc = tk_sql_filter_args(cur, &sentArgs, &pCur->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  tk_sentence_options opt;
  tk_sentence_options_init(&opt);
  if (pCur->args.a[1]) {
    size_t nOpt;
    const char *zOpt = tk_sql_text(pCur->args.a[1], &nOpt);
    char *zErr = 0;
    rc = zOpt ? tk_sentence_options_parse(&opt, zOpt, nOpt, &zErr) : TK_OK;
    if (rc != TK_OK) return filterError(cur, rc, zErr);
  }
  size_t n;
  pCur->zText = tk_sql_text(pCur->args.a[0], &n);
  if (!pCur->zText) return SQLITE_OK;
  if (tk_sentences_new(&opt, &pCur->pSeg) != TK_OK) return SQLITE_NOMEM;
  tk_sentences_reset(pCur->pSeg, pCur->zText, n);
  tk_charpos_init(&pCur->cp, pCur->zText, n);
  return sentNext(cur);
}

/* text is required, options optional (see sentArgs). */
static int sentBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &sentArgs);
}

/* Eponymous-only: no xCreate, no xDestroy. */
static const sqlite3_module sentModule =
    TK_SQL_TVF_MODULE(tk_sql_connect_schema, sentBestIndex, sentOpen, sentClose,
                      sentFilter, sentNext, sentEof, sentColumn, sentRowid);

/* Register the sentences module. */
int tk_register_sentences(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(sentence TEXT, start INTEGER, length INTEGER, "
      "position INTEGER, text HIDDEN, options HIDDEN)";
  return tk_sql_register_module_aux(db, "sentences", &sentModule,
                                    (void *)zSchema, pzErr);
}
