/*
** html_internal.h -- what the files of ext/core/html share: the parse
** wrapper (parse.c), the walk over a subtree, element kinds and
** visibility (dom.c), and the plain-text writer (text.c) that html_text,
** html_main and html_links render through.
**
**   tk_html__doc *pDoc;
**   rc = tk_html__parse(z, n, 0, &pDoc, pzErr);     // TK_OK, pDoc may be NULL
**   xmlNode *pRoot = tk_html__root(pDoc);
**   tk_html__walk w;  tk_html__walk_start(&w, pRoot);
**   for (xmlNode *p = w.p; p; p = tk_html__walk_next(&w, bDescend)) ...
*/
#ifndef TK_HTML_INTERNAL_H
#define TK_HTML_INTERNAL_H

#include "textkit.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* eKeep of tk_html__parse and tk_html__prefilter: keep the contents of
** JSON-LD scripts (html_meta and titles read them), keep the attributes
** html_meta, html_links and titles read (href, rel, content, name, ...). */
#define TK_HTML__KEEP_JSONLD 1
#define TK_HTML__KEEP_META 2
/* ... and html_main's hints: class and id read into their hint bits
** (TK_HTML__HINTS_ATTR), or kept as they are when that cannot be done
** exactly; without it both are dropped (no other function reads them). */
#define TK_HTML__KEEP_HINTS 4

/* The attribute the prefilter gives an element instead of its class and
** id: the decimal TK_HTML__HINT_ bits they hold, when not 0. */
#define TK_HTML__HINTS_ATTR "tk-hints"

/* The bits of the words html_main looks for in a class or id (hints.c). */
#define TK_HTML__HINT_UNLIKELY 1 /* furniture: comment, sidebar, share... */
#define TK_HTML__HINT_MAYBE 2    /* keeps it despite that: article, main... */
#define TK_HTML__HINT_POSITIVE 4 /* content words: +25 */
#define TK_HTML__HINT_NEGATIVE 8 /* furniture words: -25 */
#define TK_HTML__HINT_AD 16      /* "ad" or "ads" as a word of its own */
/* The hint bits of the class or id value z[0..n) (ASCII case ignored). */
int tk_html__hint_bits(const char *z, size_t n);

/* A parsed page (tree.c): libxml2's node structs in textkit's arena. */
typedef struct tk_html__doc tk_html__doc;

/* Parse z[0..n) (see docs/html.md, "Parsing"): TK_ELIMIT over
** TK_HTML_MAX_BYTES, TK_ENOMEM, TK_EINTERRUPT when pWork (NULL: never)
** says stop; *ppDoc is NULL for an empty page.  Free it with
** tk_html__doc_free.  The tree has no comments, no script or style
** contents (JSON-LD kept when eKeep says so) and only the attributes the
** family reads (class and id as html_main's hint bits; prefilter.c). */
int tk_html__parse(const char *z, size_t n, int eKeep, tk_work *pWork,
                   tk_html__doc **ppDoc, char **pzErr);

/* Parse z[0..n), read as charset zEncoding, with libxml2's HTML parser
** options eOpt into *ppDoc (tree.c), polling pWork about every 16 KB
** parsed: TK_OK, TK_ENOMEM or TK_EINTERRUPT. */
int tk_html__build(const char *z, size_t n, const char *zEncoding, int eOpt,
                   tk_work *pWork, tk_html__doc **ppDoc);
/* The page's root element (html), NULL when there is none. */
xmlNode *tk_html__root(tk_html__doc *pDoc);
/* Free a parsed page (NULL is fine). */
void tk_html__doc_free(tk_html__doc *pDoc);

/* Copy z[0..n) into pOut without comments, script and style contents
** (JSON-LD kept when eKeep has TK_HTML__KEEP_JSONLD), repeated blanks in
** text and attributes no function of the family reads (those only
** html_meta and html_links read kept when it has TK_HTML__KEEP_META;
** class and id read into hint bits when it has TK_HTML__KEEP_HINTS):
** TK_OK, TK_ENOMEM, or TK_EINTERRUPT when pWork (NULL: never) says
** stop. */
int tk_html__prefilter(const char *z, size_t n, int eKeep, tk_work *pWork,
                       tk_buf *pOut);

/* The work a walk counts per node it visits (tk_work): a node stands for
** about 16 bytes of page. */
#define TK_HTML__NODE_CELLS (16 * TK_WORK_CELLS_PER_BYTE)

/* A depth-first walk of the subtree under pRoot that sees each element on
** the way in (bLeave == 0) and, when it was descended into, on the way out
** (bLeave == 1).  No recursion: the tree's own links are the stack. */
typedef struct tk_html__walk {
  xmlNode *pRoot;
  xmlNode *p; /* the current node, NULL at the end */
  int bLeave; /* the current event is the way out of p */
} tk_html__walk;

/* Start at pRoot (its way-in event). */
void tk_html__walk_start(tk_html__walk *w, xmlNode *pRoot);
/* The next event: into p's children when bDescend (and p was just
** entered), else past p.  Returns w->p. */
xmlNode *tk_html__walk_next(tk_html__walk *w, int bDescend);

/* Element kinds (tk_html__kind). */
#define TK_HTML__SKIP 1  /* never rendered: script, style, head, ... */
#define TK_HTML__BLOCK 2 /* a paragraph of its own: p, div, h1, ... */
#define TK_HTML__LINE 4  /* a line of its own: li, tr, dt, dd */
#define TK_HTML__CELL 8  /* a table cell: td, th */
#define TK_HTML__PRE 16  /* whitespace kept: pre, textarea, listing */
#define TK_HTML__BR 32   /* a line break */
#define TK_HTML__HEAD 64 /* a heading h1-h6 */

/* The elements html_main tells apart by name (tk_html__tag_of); OTHER:
** any other. */
enum {
  TK_HTML__TAG_OTHER,
  TK_HTML__TAG_A,
  TK_HTML__TAG_ADDRESS,
  TK_HTML__TAG_ARTICLE,
  TK_HTML__TAG_ASIDE,
  TK_HTML__TAG_BLOCKQUOTE,
  TK_HTML__TAG_BODY,
  TK_HTML__TAG_DD,
  TK_HTML__TAG_DIV,
  TK_HTML__TAG_DL,
  TK_HTML__TAG_DT,
  TK_HTML__TAG_FIGCAPTION,
  TK_HTML__TAG_FIGURE,
  TK_HTML__TAG_FOOTER,
  TK_HTML__TAG_FORM,
  TK_HTML__TAG_H1,
  TK_HTML__TAG_HEADER,
  TK_HTML__TAG_HTML,
  TK_HTML__TAG_LI,
  TK_HTML__TAG_MAIN,
  TK_HTML__TAG_MENU,
  TK_HTML__TAG_NAV,
  TK_HTML__TAG_OL,
  TK_HTML__TAG_P,
  TK_HTML__TAG_PRE,
  TK_HTML__TAG_TD,
  TK_HTML__TAG_TH,
  TK_HTML__TAG_UL
};

/* What an element's name says, packed: its kind bits (TK_HTML__SKIP...)
** and, shifted by TK_HTML__NAME_TAG_SHIFT, its TK_HTML__TAG_ value.  The
** name is lowercase, as the parser gives it. */
#define TK_HTML__NAME_TAG_SHIFT 8
int tk_html__name_bits(const xmlChar *zName);
/* The kind bits of element p (cached by tk_html__cache_element). */
int tk_html__kind_of(const xmlNode *p);
/* The TK_HTML__TAG_ value of element p. */
int tk_html__tag_of(const xmlNode *p);
/* Store element p's name bits (tk_html__name_bits of its name) and
** whether it is hidden into its `extra` field, once (tree.c calls it for
** each element it builds, with its attributes). */
void tk_html__cache_element(xmlNode *p, int eNameBits);
/* The value of attribute zName of element p, or NULL (no allocation). */
const char *tk_html__attr(const xmlNode *p, const char *zName);
/* 1 when p is hidden: the hidden attribute, aria-hidden="true", or an
** inline style with display:none or visibility:hidden. */
int tk_html__hidden(const xmlNode *p);
/* 1 when element p is never rendered (its kind is SKIP or it is hidden). */
int tk_html__invisible(const xmlNode *p);
/* The first element named zName under pRoot in document order, or NULL. */
xmlNode *tk_html__find(xmlNode *pRoot, const char *zName);

/* The plain-text writer: text is appended with whitespace collapsed;
** breaks asked for between two texts are written once, the strongest. */
#define TK_HTML__SPACE 1
#define TK_HTML__TAB 2
#define TK_HTML__NEWLINE 3
#define TK_HTML__PARAGRAPH 4
typedef struct tk_html__out {
  tk_buf *pBuf;
  size_t iStart;  /* where this writer's text begins in pBuf */
  int ePending;   /* the break owed before the next text */
  int nPre;       /* > 0 inside pre: whitespace kept */
  tk_work *pWork; /* polled as text is written; NULL (the default): never */
  int bStopped;   /* pWork said stop: nothing more is written */
} tk_html__out;

/* Start writing at the end of pBuf. */
void tk_html__out_init(tk_html__out *o, tk_buf *pBuf);
/* Ask for a break of level e before the next text. */
void tk_html__out_break(tk_html__out *o, int e);
/* Append text z (NUL-terminated, UTF-8). */
void tk_html__out_text(tk_html__out *o, const char *z);

/* Render the subtree under pRoot into o as html_text does; xSkip (may be
** NULL) drops more elements (non-zero: not rendered).  Stops early when
** o->pWork says stop (o->bStopped). */
void tk_html__render(xmlNode *pRoot, tk_html__out *o,
                     int (*xSkip)(void *, xmlNode *), void *pCtx);
/* The rendered text of p into pBuf (reset first): whitespace collapsed,
** no breaks (for titles and link texts). */
void tk_html__inline_text(xmlNode *p, tk_buf *pBuf);

/* Append the page's title to pBuf (meta.c): og:title, else JSON-LD headline,
** else <title>, else the first <h1>; nothing when there is none. */
int tk_html__title(tk_html__doc *pDoc, tk_buf *pBuf);

#endif /* TK_HTML_INTERNAL_H */
