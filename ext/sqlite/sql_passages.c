/*
** sql_passages.c -- passages of text as SQL:
**
**   SELECT passage, a_start, b_start, words
**   FROM text_overlap(:press_release, :article, 8);
**
**   SELECT kind, block FROM text_blocks(:page);
**   -- content|The leaders discussed how to ensure ...
**   -- boilerplate|Subscribe now for unlimited access.
**
**   SELECT text_main(body) FROM docs;   -- the content blocks, "\n\n"-joined
**
** text_overlap columns: passage, a_start, a_length, b_start, b_length
** (1-based characters / characters), words, position; hidden arguments a,
** b, min_words (default TK_OVERLAP_DEFAULT_MIN_WORDS, at least 1).
** text_blocks columns: block, kind, start, length, position; hidden
** argument text.  Both modules are eponymous-only; NULL arguments give no
** rows.  The texts are copied into the cursor for the rows' lifetime.
*/
#include "sql_common.h"

#define OV_COL_PASSAGE 0
#define OV_COL_A_START 1
#define OV_COL_A_LENGTH 2
#define OV_COL_B_START 3
#define OV_COL_B_LENGTH 4
#define OV_COL_WORDS 5
#define OV_COL_POSITION 6
#define OV_COL_A 7
#define OV_COL_B 8
#define OV_COL_MIN_WORDS 9

#define BLK_COL_BLOCK 0
#define BLK_COL_KIND 1
#define BLK_COL_START 2
#define BLK_COL_LENGTH 3
#define BLK_COL_POSITION 4
#define BLK_COL_TEXT 5

/* The hidden arguments of each table. */
static const TkTvfArgs ovArgs = {
    "text_overlap", OV_COL_A, 2, {"a", "b", "min_words", 0}};
static const TkTvfArgs blkArgs = {"text_blocks", BLK_COL_TEXT, 1, {"text"}};

/* One cursor of either module: copies of the arguments and the rows. */
typedef struct PsgCursor {
  TkRowCursor rows;    /* first: the row array's position and size */
  TkTvfValues args;    /* copies of the arguments as given */
  const char *zA, *zB; /* their texts; text_blocks uses zA only */
  size_t nA, nB;
  sqlite3_int64 nMin;
  tk_passage *aPsg;
  tk_block *aBlk;
} PsgCursor;

/* A new cursor. */
static int psgOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  return tk_sql_cursor_new(sizeof(PsgCursor), ppCur);
}

/* Drop the cursor's rows (the argument copies go with the next filter or
** the cursor). */
static void psgReset(PsgCursor *p) {
  tk_free(p->aPsg);
  tk_free(p->aBlk);
  p->zA = p->zB = 0;
  p->aPsg = 0;
  p->aBlk = 0;
  p->nA = p->nB = 0;
  tk_sql_rows_reset(&p->rows);
}

/* Free a cursor. */
static int psgClose(sqlite3_vtab_cursor *pCur) {
  psgReset((PsgCursor *)pCur);
  tk_sql_values_free(&((PsgCursor *)pCur)->args);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* The text of an argument copy (held by the cursor's args) into *pz and
** *pn; SQLITE_DONE for SQL NULL. */
static int argText(sqlite3_value *v, const char **pz, size_t *pn) {
  *pz = tk_sql_text(v, pn);
  if (*pz) return SQLITE_OK;
  return sqlite3_value_type(v) == SQLITE_NULL ? SQLITE_DONE : SQLITE_NOMEM;
}

/* Set the table's error message. */
static void psgError(PsgCursor *p, const char *zFn, const char *zMsg) {
  sqlite3_vtab *pTab = p->rows.base.pVtab;
  sqlite3_free(pTab->zErrMsg);
  pTab->zErrMsg = tk_sql_mprintf_error(zFn, "%s", zMsg);
}

/* Read min_words: SQLITE_DONE for NULL, SQLITE_ERROR (message set) when it
** is not an integer of at least 1. */
static int minWordsArg(PsgCursor *p, sqlite3_value *v) {
  int eType = sqlite3_value_type(v);
  if (eType == SQLITE_NULL) return SQLITE_DONE;
  double r = sqlite3_value_double(v);
  sqlite3_int64 i = sqlite3_value_int64(v);
  if ((eType != SQLITE_INTEGER && !(eType == SQLITE_FLOAT && r == (double)i)) ||
      i < 1) {
    psgError(p, "text_overlap", "min_words must be an integer of at least 1");
    return SQLITE_ERROR;
  }
  p->nMin = i;
  return SQLITE_OK;
}

/* text_overlap: find the passages of a (argv[0]) and b (argv[1]) with at
** least min_words (argv[2] when idxNum bit 2 says so) words. */
static int ovFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv) {
  (void)idxStr;
  PsgCursor *p = (PsgCursor *)pCur;
  psgReset(p);
  p->nMin = TK_OVERLAP_DEFAULT_MIN_WORDS;
  int rc = tk_sql_filter_args(pCur, &ovArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  rc = (idxNum & 4) && argc > 2 ? minWordsArg(p, argv[2]) : SQLITE_OK;
  if (rc == SQLITE_OK) rc = argText(p->args.a[0], &p->zA, &p->nA);
  if (rc == SQLITE_OK) rc = argText(p->args.a[1], &p->zB, &p->nB);
  if (rc == SQLITE_DONE) {
    psgReset(p);
    return SQLITE_OK;
  }
  if (rc != SQLITE_OK) return rc;
  tk_work work;
  tk_sql_work_init(((TkSchemaVtab *)pCur->pVtab)->db, &work);
  rc = tk_overlap_w(p->zA, p->nA, p->zB, p->nB, (size_t)p->nMin, &work,
                    &p->aPsg, &p->rows.nRow);
  if (rc == TK_ELIMIT) {
    psgError(p, "text_overlap", "a text is 2 GB or longer");
    return SQLITE_ERROR;
  }
  if (rc == TK_EINTERRUPT) return SQLITE_INTERRUPT;
  return rc == TK_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* text_blocks: split and classify the text (argv[0]). */
static int blkFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  PsgCursor *p = (PsgCursor *)pCur;
  psgReset(p);
  int rc = tk_sql_filter_args(pCur, &blkArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  rc = argText(p->args.a[0], &p->zA, &p->nA);
  if (rc == SQLITE_DONE) return SQLITE_OK;
  if (rc != SQLITE_OK) return rc;
  tk_work work;
  tk_sql_work_init(((TkSchemaVtab *)pCur->pVtab)->db, &work);
  rc = tk_blocks_w(p->zA, p->nA, &work, &p->aBlk, &p->rows.nRow);
  if (rc == TK_EINTERRUPT) return SQLITE_INTERRUPT;
  return rc == TK_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* One column of the current passage. */
static int ovColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  PsgCursor *p = (PsgCursor *)pCur;
  const tk_passage *r = &p->aPsg[p->rows.iRow];
  switch (i) {
  case OV_COL_PASSAGE:
    tk_sql_result_text(ctx, p->zA + r->iAStart, r->nABytes);
    break;
  case OV_COL_A_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->iAChar + 1);
    break;
  case OV_COL_A_LENGTH:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->nAChars);
    break;
  case OV_COL_B_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->iBChar + 1);
    break;
  case OV_COL_B_LENGTH:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->nBChars);
    break;
  case OV_COL_WORDS:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->nWords);
    break;
  case OV_COL_POSITION:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->rows.iRow);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, i - OV_COL_A);
    break;
  }
  return SQLITE_OK;
}

/* One column of the current block. */
static int blkColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  PsgCursor *p = (PsgCursor *)pCur;
  const tk_block *b = &p->aBlk[p->rows.iRow];
  switch (i) {
  case BLK_COL_BLOCK:
    tk_sql_result_text(ctx, p->zA + b->iStart, b->nBytes);
    break;
  case BLK_COL_KIND:
    sqlite3_result_text(ctx, tk_block_kind_name(b->eKind), -1, SQLITE_STATIC);
    break;
  case BLK_COL_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)b->iChar + 1);
    break;
  case BLK_COL_LENGTH:
    sqlite3_result_int64(ctx, (sqlite3_int64)b->nChars);
    break;
  case BLK_COL_POSITION:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->rows.iRow);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, i - BLK_COL_TEXT);
    break;
  }
  return SQLITE_OK;
}

/* a and b are required, min_words optional (idxNum bits 1, 2, 4). */
static int ovBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &ovArgs);
}

/* text is required. */
static int blkBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &blkArgs);
}

static const sqlite3_module ovModule = TK_SQL_ROWS_MODULE(
    tk_sql_connect_schema, ovBestIndex, psgOpen, psgClose, ovFilter, ovColumn);

static const sqlite3_module blkModule =
    TK_SQL_ROWS_MODULE(tk_sql_connect_schema, blkBestIndex, psgOpen, psgClose,
                       blkFilter, blkColumn);

/* text_main(text): the content blocks joined by blank lines. */
static void textMainFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_text_main_w(z, n, &work, &b);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, 0);
  } else {
    tk_sql_result_text(ctx, b.z, b.n);
  }
  tk_buf_free(&b);
}

static const TkFunction aFunc[] = {
    {"text_main", 1, TK_PURE, textMainFunc, 0},
};

/* Register text_overlap(), text_blocks() and text_main(). */
int tk_register_passages(sqlite3 *db, char **pzErr) {
  static const char zOverlap[] =
      "CREATE TABLE x(passage TEXT, a_start INTEGER, a_length INTEGER, "
      "b_start INTEGER, b_length INTEGER, words INTEGER, position INTEGER, "
      "a HIDDEN, b HIDDEN, min_words HIDDEN)";
  static const char zBlocks[] =
      "CREATE TABLE x(block TEXT, kind TEXT, start INTEGER, length INTEGER, "
      "position INTEGER, text HIDDEN)";
  int rc = tk_sql_register_module_aux(db, "text_overlap", &ovModule,
                                      (void *)zOverlap, pzErr);
  if (rc == SQLITE_OK)
    rc = tk_sql_register_module_aux(db, "text_blocks", &blkModule,
                                    (void *)zBlocks, pzErr);
  if (rc == SQLITE_OK)
    rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  return rc;
}
