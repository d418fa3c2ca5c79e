/*
** pg_html.c -- web pages in PostgreSQL, the SQLite face's functions:
**
**   SELECT html_text(page) FROM pages;             -- all visible text
**   SELECT html_main(page, 'title=1') FROM pages;  -- the article, titled
**   SELECT html_meta(page)::jsonb ->> 'published' FROM pages;
**   SELECT html_unescape('H&amp;M');               -- H&M
**   SELECT markdown_text(readme) FROM docs;        -- Markdown as plain text
**   SELECT rst_text(page) FROM sphinx_sources;     -- reStructuredText too
**   SELECT href, text, rel, position
**     FROM html_links(page, 'https://example.com/news/');
**
** html_meta returns the JSON object as text (cast it to json or jsonb).
** Each function also takes the page as bytea, the bytes as fetched, like a
** BLOB in SQLite: a declared charset (<meta charset>) is honoured and
** invalid UTF-8 becomes U+FFFD (results are made valid text either way).
** libxml2 parses each page with its own allocator (malloc), so nothing
** here raises an error while a parse is under way.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_html_text);
PG_FUNCTION_INFO_V1(tk_pg_html_main);
PG_FUNCTION_INFO_V1(tk_pg_html_meta);
PG_FUNCTION_INFO_V1(tk_pg_html_links);
PG_FUNCTION_INFO_V1(tk_pg_html_unescape);
PG_FUNCTION_INFO_V1(tk_pg_markdown_text);
PG_FUNCTION_INFO_V1(tk_pg_rst_text);

/* The core's result as a text datum, or its error raised. */
static text *resultOf(const char *zFn, int rc, tk_buf *pBuf, char *zErr) {
  if (rc != TK_OK) {
    tk_buf_free(pBuf);
    tk_pg_error_rc(zFn, rc, zErr);
  }
  tk_free(zErr);
  if (pBuf->oom) return tk_pg_buf_text(pBuf, zFn);
  text *t = tk_pg_bytes_text(pBuf->z ? pBuf->z : "", pBuf->n, zFn);
  tk_buf_free(pBuf);
  return t;
}

/* One page-to-text call of the core (tk_html_text_w, tk_html_meta_w) on
** argument 0. */
static text *pageTo(FunctionCallInfo fcinfo, const char *zFn,
                    int (*xPage)(const char *, size_t, tk_work *, tk_buf *,
                                 char **)) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  tk_buf b = {0};
  char *zErr = NULL;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = xPage(z, n, &work, &b, &zErr);
  return resultOf(zFn, rc, &b, zErr);
}

/* html_text(html): the visible text. */
Datum tk_pg_html_text(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(pageTo(fcinfo, "html_text", tk_html_text_w));
}

/* html_unescape(text): the text with its character references decoded. */
Datum tk_pg_html_unescape(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "html_unescape", &n);
  tk_buf b = {0};
  PG_RETURN_TEXT_P(
      resultOf("html_unescape", tk_html_unescape(z, n, &b), &b, NULL));
}

/* One lightweight markup reader of the core (tk_markdown_text,
** tk_rst_text) on argument 0. */
static text *markupTo(FunctionCallInfo fcinfo, const char *zFn,
                      int (*xRead)(const char *, size_t, tk_work *, tk_buf *)) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  return resultOf(zFn, xRead(z, n, &work, &b), &b, NULL);
}

/* markdown_text(text): the plain text of a Markdown document. */
Datum tk_pg_markdown_text(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(markupTo(fcinfo, "markdown_text", tk_markdown_text));
}

/* rst_text(text): the plain text of a reStructuredText document. */
Datum tk_pg_rst_text(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(markupTo(fcinfo, "rst_text", tk_rst_text));
}

/* html_main(html [, options]): the main article text. */
Datum tk_pg_html_main(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "html_main", &n);
  tk_html_main_options o = {0};
  char *zErr = NULL;
  if (PG_NARGS() > 1) {
    size_t nOpt;
    const char *zOpt = tk_pg_text_arg(fcinfo, 1, "html_main", &nOpt);
    int rc = tk_html_main_options_set(&o, zOpt, nOpt, &zErr);
    if (rc != TK_OK) tk_pg_error_rc("html_main", rc, zErr);
  }
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_html_main_w(z, n, &o, &work, &b, &zErr);
  PG_RETURN_TEXT_P(resultOf("html_main", rc, &b, zErr));
}

/* html_meta(html): the metadata as a JSON object (text). */
Datum tk_pg_html_meta(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(pageTo(fcinfo, "html_meta", tk_html_meta_w));
}

/* A link's string as valid text. */
static Datum linkText(const char *z) {
  return PointerGetDatum(tk_pg_bytes_text(z, strlen(z), "html_links"));
}

/* html_links(html [, base]): href, text, rel (NULL when absent), position
** of every <a href>, in document order. */
Datum tk_pg_html_links(PG_FUNCTION_ARGS) {
  size_t n, nBase = 0;
  const char *z = tk_pg_text_arg(fcinfo, 0, "html_links", &n);
  char *zBase = NULL;
  if (PG_NARGS() > 1) {
    const char *zB = tk_pg_text_arg(fcinfo, 1, "html_links", &nBase);
    zBase = pnstrdup(zB, nBase);
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_html_link *aLink = NULL;
  size_t nLink = 0;
  char *zErr = NULL;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_html_links_w(z, n, zBase, nBase, &work, &aLink, &nLink, &zErr);
  if (rc != TK_OK) tk_pg_error_rc("html_links", rc, zErr);
  for (size_t i = 0; i < nLink; i++) {
    const tk_html_link *l = &aLink[i];
    Datum aVal[4];
    bool aNull[4] = {false, false, l->zRel == NULL, false};
    aVal[0] = linkText(l->zHref);
    aVal[1] = linkText(l->zText);
    aVal[2] = l->zRel ? linkText(l->zRel) : (Datum)0;
    aVal[3] = Int32GetDatum((int32)i);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  }
  tk_html_links_free(aLink, nLink);
  return (Datum)0;
}
