/*
** sql_html.c -- web pages in, as SQL:
**
**   SELECT html_text(page) FROM pages;            -- all visible text
**   SELECT html_main(page, 'title=1') FROM pages; -- the article, titled
**   SELECT html_meta(page) ->> '$.published' FROM pages;
**   SELECT html_unescape('H&amp;M');              -- H&M
**   SELECT markdown_text(readme) FROM docs;      -- Markdown as plain text
**   SELECT rst_text(page) FROM sphinx_sources;    -- reStructuredText too
**   SELECT href, text, rel, position
**   FROM html_links(:page, 'https://example.com/news/');
**
** NULL in gives NULL (no rows for html_links); a BLOB is read as its
** bytes.  html_links columns: href, text, rel, position; hidden arguments
** html, base.  The page is parsed once per call.
*/
#include "sql_common.h"

#define LNK_COL_HREF 0
#define LNK_COL_TEXT 1
#define LNK_COL_REL 2
#define LNK_COL_POSITION 3
#define LNK_COL_HTML 4

/* The hidden arguments of html_links. */
static const TkTvfArgs lnkArgs = {
    "html_links", LNK_COL_HTML, 1, {"html", "base", 0}};

/* Return the core's result: the text in *pBuf, or the error. */
static void resultOf(sqlite3_context *ctx, int rc, tk_buf *pBuf, char *zErr) {
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
  } else {
    tk_sql_result_text(ctx, pBuf->n ? pBuf->z : "", pBuf->n);
    tk_free(zErr);
  }
}

/* html_text(html): the visible text. */
static void htmlTextFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  char *zErr = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_html_text_w(z, n, &work, &b, &zErr);
  resultOf(ctx, rc, &b, zErr);
  tk_buf_free(&b);
}

/* html_unescape(text): the text with its character references decoded. */
static void htmlUnescapeFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv) {
  (void)argc;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  resultOf(ctx, tk_html_unescape(z, n, &b), &b, 0);
  tk_buf_free(&b);
}

/* The lightweight markup a markupTextFunc row reads (its iArg). */
enum { MARKUP_MARKDOWN, MARKUP_RST };

/* markdown_text(markdown), rst_text(rst): the plain text of a Markdown or
** reStructuredText document. */
static void markupTextFunc(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  (void)argc;
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = pFn->iArg == MARKUP_RST ? tk_rst_text(z, n, &work, &b)
                                   : tk_markdown_text(z, n, &work, &b);
  resultOf(ctx, rc, &b, 0);
  tk_buf_free(&b);
}

/* html_main(html [, options]): the main article text. */
static void htmlMainFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  tk_html_main_options o = {0};
  char *zErr = 0;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    size_t nOpt;
    const char *zOpt = tk_sql_text_arg(ctx, argv[1], &nOpt);
    if (!zOpt) return;
    int rc = tk_html_main_options_set(&o, zOpt, nOpt, &zErr);
    if (rc != TK_OK) {
      tk_sql_error_rc(ctx, rc, zErr);
      return;
    }
  }
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_html_main_w(z, n, &o, &work, &b, &zErr);
  resultOf(ctx, rc, &b, zErr);
  tk_buf_free(&b);
}

/* html_meta(html): the metadata as a JSON object. */
static void htmlMetaFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  char *zErr = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_html_meta_w(z, n, &work, &b, &zErr);
  resultOf(ctx, rc, &b, zErr);
  tk_buf_free(&b);
}

/* The cursor of html_links: the argument copies and the links. */
typedef struct LinkCursor {
  TkRowCursor rows; /* first: the row array's position and size */
  TkTvfValues args;
  tk_html_link *aLink;
} LinkCursor;

/* A new cursor. */
static int lnkOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  return tk_sql_cursor_new(sizeof(LinkCursor), ppCur);
}

/* Drop the cursor's rows. */
static void lnkReset(LinkCursor *p) {
  tk_html_links_free(p->aLink, p->rows.nRow);
  p->aLink = 0;
  tk_sql_rows_reset(&p->rows);
}

/* Free a cursor. */
static int lnkClose(sqlite3_vtab_cursor *pCur) {
  LinkCursor *p = (LinkCursor *)pCur;
  lnkReset(p);
  tk_sql_values_free(&p->args);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* html_links: the links of argv[0], resolved against argv[1] when given. */
static int lnkFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  LinkCursor *p = (LinkCursor *)pCur;
  lnkReset(p);
  int rc = tk_sql_filter_args(pCur, &lnkArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  size_t n, nBase = 0;
  const char *z = tk_sql_text(argv[0], &n);
  if (!z)
    return sqlite3_value_type(argv[0]) == SQLITE_NULL ? SQLITE_OK
                                                      : SQLITE_NOMEM;
  char *zBase = 0;
  if ((idxNum & 2) && argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    const char *zB = tk_sql_text(argv[1], &nBase);
    if (!zB || !(zBase = sqlite3_malloc64(nBase + 1))) return SQLITE_NOMEM;
    memcpy(zBase, zB, nBase);
    zBase[nBase] = 0;
    /* the page may have moved when the base was read */
    z = tk_sql_text(argv[0], &n);
    if (!z) {
      sqlite3_free(zBase);
      return SQLITE_NOMEM;
    }
  }
  char *zErr = 0;
  tk_work work;
  tk_sql_work_init(((TkSchemaVtab *)pCur->pVtab)->db, &work);
  rc = tk_html_links_w(z, n, zBase, nBase, &work, &p->aLink, &p->rows.nRow,
                       &zErr);
  sqlite3_free(zBase);
  if (rc == TK_OK) return SQLITE_OK;
  if (rc == TK_ENOMEM || rc == TK_EINTERRUPT) {
    tk_free(zErr);
    return rc == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_INTERRUPT;
  }
  sqlite3_vtab *pTab = pCur->pVtab;
  sqlite3_free(pTab->zErrMsg);
  pTab->zErrMsg =
      tk_sql_mprintf_error("html_links", "%s", zErr ? zErr : tk_errstr(rc));
  tk_free(zErr);
  return SQLITE_ERROR;
}

/* One column of the current link. */
static int lnkColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  LinkCursor *p = (LinkCursor *)pCur;
  const tk_html_link *l = &p->aLink[p->rows.iRow];
  switch (i) {
  case LNK_COL_HREF:
    tk_sql_result_text(ctx, l->zHref, strlen(l->zHref));
    break;
  case LNK_COL_TEXT:
    tk_sql_result_text(ctx, l->zText, strlen(l->zText));
    break;
  case LNK_COL_REL:
    if (l->zRel) tk_sql_result_text(ctx, l->zRel, strlen(l->zRel));
    break;
  case LNK_COL_POSITION:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->rows.iRow);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, i - LNK_COL_HTML);
    break;
  }
  return SQLITE_OK;
}

/* html is required, base optional (idxNum bits 1, 2). */
static int lnkBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &lnkArgs);
}

static const sqlite3_module lnkModule =
    TK_SQL_ROWS_MODULE(tk_sql_connect_schema, lnkBestIndex, lnkOpen, lnkClose,
                       lnkFilter, lnkColumn);

static const TkFunction aFunc[] = {
    {"html_text", 1, TK_PURE, htmlTextFunc, 0},
    {"html_main", 1, TK_PURE, htmlMainFunc, 0},
    {"html_main", 2, TK_PURE, htmlMainFunc, 0},
    {"html_meta", 1, TK_PURE, htmlMetaFunc, 0},
    {"html_unescape", 1, TK_PURE, htmlUnescapeFunc, 0},
    {"markdown_text", 1, TK_PURE, markupTextFunc, MARKUP_MARKDOWN},
    {"rst_text", 1, TK_PURE, markupTextFunc, MARKUP_RST},
};

/* Register html_text(), html_main(), html_meta(), html_unescape(),
** markdown_text(), rst_text() and html_links(). */
int tk_register_html(sqlite3 *db, char **pzErr) {
  static const char zLinks[] =
      "CREATE TABLE x(href TEXT, text TEXT, rel TEXT, position INTEGER, "
      "html HIDDEN, base HIDDEN)";
  int rc = tk_sql_register_module_aux(db, "html_links", &lnkModule,
                                      (void *)zLinks, pzErr);
  if (rc == SQLITE_OK)
    rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  return rc;
}
