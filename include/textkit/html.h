/*
** textkit/html.h -- web pages in (ext/core/html/): the visible text of an
** HTML page, its main article text, its metadata as JSON and its links;
** plain text with its character references decoded; and the plain text
** of a Markdown or reStructuredText document (no parser library:
** ext/core/html/markdown*.c, rst*.c).
** The page is parsed with libxml2's tolerant HTML parser; see docs/html.md
** for the limits, the encoding rule and the extraction algorithm.
**
**   tk_buf b = {0};
**   char *zErr = 0;
**   rc = tk_html_main(zPage, nPage, 0, &b, &zErr);   // article paragraphs
**   rc = tk_html_meta(zPage, nPage, &b, &zErr);      // {"title":...}
**   tk_buf_free(&b);  tk_free(zErr);
**
** Every function appends its result to *pOut (a tk_buf the caller owns and
** frees) and returns TK_OK, TK_ENOMEM, TK_ELIMIT (page larger than
** TK_HTML_MAX_BYTES) or TK_EINVAL (bad options), with a message in *pzErr
** (tk_malloc'd) when one says more.  Memory of the parse itself is
** libxml2's (its own global allocator), not tk_malloc's.  The _w forms
** poll pWork (textkit/base.h; NULL: never) about every 16 KB parsed and
** return TK_EINTERRUPT when its cancel callback says stop.
*/
#ifndef TEXTKIT_HTML_H
#define TEXTKIT_HTML_H

#include "base.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest page accepted: 64 MB. */
#define TK_HTML_MAX_BYTES ((size_t)64 << 20)

/* All visible text as plain text: blocks separated by blank lines, <br>
** and list items by a line break, table cells by a tab; scripts, styles,
** comments and hidden elements dropped; whitespace collapsed. */
int tk_html_text(const char *z, size_t n, tk_buf *pOut, char **pzErr);
int tk_html_text_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                   char **pzErr);

/* Options of tk_html_main (zero them for the defaults). */
typedef struct tk_html_main_options {
  int bTitle; /* 1: the title, then a blank line, before the text */
} tk_html_main_options;

/* Parse "title=0|1" into *p; TK_EINVAL with a message naming the valid
** keys otherwise. */
int tk_html_main_options_set(tk_html_main_options *p, const char *z, size_t n,
                             char **pzErr);

/* The main article text only, its paragraphs separated by blank lines;
** pOpt may be NULL for the defaults. */
int tk_html_main(const char *z, size_t n, const tk_html_main_options *pOpt,
                 tk_buf *pOut, char **pzErr);
int tk_html_main_w(const char *z, size_t n, const tk_html_main_options *pOpt,
                   tk_work *pWork, tk_buf *pOut, char **pzErr);

/* The page's metadata as one JSON object: title, description, authors
** (array), published, modified (ISO 8601), canonical, site_name, language;
** a key that was not found is absent. */
int tk_html_meta(const char *z, size_t n, tk_buf *pOut, char **pzErr);
int tk_html_meta_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                   char **pzErr);

/* Plain text z[0..n) with its HTML character references decoded,
** appended to *pOut: "&amp;" "&", "&#39;" "'", "&eacute;" "\xc3\xa9"
** (HTML 4's names and "&apos;", with their semicolon; decimal and
** hexadecimal numbers as HTML5 reads them); everything else, tags too,
** byte for byte.  No parse, so no size limit: TK_OK or TK_ENOMEM. */
int tk_html_unescape(const char *z, size_t n, tk_buf *pOut);

/* The plain text of the Markdown (CommonMark, GitHub's tables) document
** z[0..n), appended to *pOut: blocks apart by a blank line, the lines of a
** paragraph or a list kept, code kept as written, table cells apart by
** tabs; the markup, link targets, images, HTML tags and comments, link
** definitions and front matter (but its title) gone; character references
** decoded.  Linear in n, no size limit: TK_OK, TK_ENOMEM, or TK_EINTERRUPT
** when pWork's cancel callback says stop (pWork may be NULL).  See
** docs/html.md, "Markdown". */
int tk_markdown_text(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);

/* The plain text of the reStructuredText (docutils, Sphinx) document
** z[0..n), appended to *pOut as tk_markdown_text writes it: titles,
** paragraphs, lists, table rows (cells apart by tabs), literal blocks and
** code directives as written, directives' text; their markup, comments,
** targets, options and the directives of no text (toctree, image, index,
** raw...) gone.  Linear in n, no size limit: TK_OK, TK_ENOMEM or
** TK_EINTERRUPT.  See docs/html.md, "reStructuredText". */
int tk_rst_text(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);

/* One link of tk_html_links; the strings are NUL-terminated and owned by
** the array (tk_html_links_free). */
typedef struct tk_html_link {
  char *zHref; /* resolved against the base when there is one */
  char *zText; /* the link's visible text, whitespace collapsed */
  char *zRel;  /* the rel attribute, NULL when absent */
} tk_html_link;

/* Every <a href> of the page in document order into *paLink (*pnLink
** rows).  zBase (nBase bytes, may be NULL) resolves relative hrefs (RFC
** 3986); without it the page's <base href> does, when present. */
int tk_html_links(const char *z, size_t n, const char *zBase, size_t nBase,
                  tk_html_link **paLink, size_t *pnLink, char **pzErr);
int tk_html_links_w(const char *z, size_t n, const char *zBase, size_t nBase,
                    tk_work *pWork, tk_html_link **paLink, size_t *pnLink,
                    char **pzErr);
/* Free the array tk_html_links made. */
void tk_html_links_free(tk_html_link *a, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* TEXTKIT_HTML_H */
