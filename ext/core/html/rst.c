/*
** rst.c -- reStructuredText in, plain text out (tk_rst_text,
** textkit/html.h): what a folder of Sphinx sources (Python's documentation,
** CMake's, the Linux kernel's) says once rendered.
**
**   tk_buf b = {0};
**   rc = tk_rst_text("Title\n=====\n\nSee :ref:`x`.", 28, 0, &b);
**   // b.z: "Title\n\nSee x."
**   tk_buf_free(&b);
**
** The blocks are read line by line as docutils reads them, and written
** apart by a blank line (text_writer.c); the lines of a paragraph or a
** list stay lines:
**   - section titles: the title alone, its underline (and overline) gone;
**     a transition (a line of "----" between blank lines) goes;
**   - literal blocks (after a paragraph ending "::", which becomes ":")
**     and code directives (code-block, code, sourcecode, parsed-literal,
**     doctest, testcode, testoutput, math): their lines as written;
**   - other directives: their content, read as text, without the
**     directive's line and options (":linenos:"); the argument stays where
**     it is text (".. note:: Read this", ".. topic:: Title"), a version's
**     number goes (".. versionadded:: 3.1 Text" keeps "Text");
**   - directives of no text (toctree, image, include, raw, index,
**     contents, meta, highlight, autodoc's, CMake's cmake-module...),
**     comments, hyperlink targets (".. _name:", "__ https://...") and
**     substitution definitions: gone with their indented lines;
**   - footnotes and citations (".. [1] Text"): their text;
**   - grid tables: a line per row, cells apart by tabs, borders gone;
**     simple tables' "=====  =====" borders gone;
**   - line blocks ("| line"), field lists (":Author: Me" is "Author: Me"),
**     bullets and enumerations: as written, without the marks of markup;
**   - indentation (block quotes, definitions) goes.
** Inside the text, the inline markup goes (rst_inline.c).  Linear in the
** text's length.
*/
#include "rst_internal.h"
#include "text_writer.h"

#include <string.h>

#define TAB 8 /* docutils' tab stops */

/* What the lines after a construct are: nothing special, the options of
** a directive, code, or lines to leave out. */
enum { BODY_NONE, BODY_OPTIONS, BODY_CODE, BODY_SKIP };

/* What a directive's name makes of it (directiveKind). */
enum {
  DIRECTIVE_TEXT,    /* its argument and content are text */
  DIRECTIVE_CODE,    /* its content is code */
  DIRECTIVE_DROP,    /* none of it is text */
  DIRECTIVE_VERSION, /* its argument's first word is no text */
  DIRECTIVE_NOARG    /* its argument is no text, its content is */
};

typedef struct Reader {
  tk_work *pWork;
  tk_tw__writer w;   /* the text written (text_writer.h) */
  tk_buf block;      /* the current paragraph's lines */
  size_t nBlockCols; /* ... and the indentation of its first line */
  tk_buf inl;        /* the block's text before its lines are tidied */
  int eBody;         /* BODY_: the lines indented more than nBodyCols */
  size_t nBodyCols;
  size_t nCodeCols; /* the indentation a code body's lines lose, 0: unset */
  int bLiteralNext; /* a paragraph ended "::": a literal block may follow */
  size_t nLiteralCols;
  int rc;
} Reader;

/* Write the gathered paragraph; when it ends with "::", the "::" becomes
** ":" (or goes, after a space or alone) and a literal block may follow. */
static void flushBlock(Reader *r) {
  if (r->block.n == 0 || r->rc != TK_OK) return;
  size_t n = r->block.n;
  const char *z = r->block.z;
  if (n >= 2 && z[n - 1] == ':' && z[n - 2] == ':') {
    r->bLiteralNext = 1;
    r->nLiteralCols = r->nBlockCols;
    n--; /* "Example::" is "Example:" */
    if (n == 1 || z[n - 2] == ' ' || z[n - 2] == '\n')
      n = tk_tw__trim_end(z, n - 1); /* "Example ::" is "Example" */
  }
  r->inl.n = 0;
  r->rc = tk_rst__inline(z, n, r->pWork, &r->inl);
  r->block.n = 0;
  if (r->rc == TK_OK) tk_tw__block(&r->w, r->inl.z, r->inl.n);
}

/* Add the line z[0..n), indented nCols, to the paragraph. */
static void addLine(Reader *r, const char *z, size_t n, size_t nCols) {
  if (r->block.n)
    tk_buf_putc(&r->block, '\n');
  else
    r->nBlockCols = nCols;
  tk_buf_append(&r->block, z, tk_tw__trim_end(z, n));
}

/* Start the body of a construct at nCols: its lines indented more. */
static void startBody(Reader *r, int eBody, size_t nCols) {
  flushBlock(r);
  r->eBody = eBody;
  r->nBodyCols = nCols;
  r->nCodeCols = 0;
  r->bLiteralNext = 0;
  if (eBody == BODY_CODE) tk_tw__code_start(&r->w);
}

/* 1 for a character that may adorn a section title. */
static int adornmentChar(char c) {
  return c && strchr("=-`:'\"~^_*+#<>.!$%&(),/;?@[\\]{|}", c) != 0;
}

/* 1 when z[0..n) is a line of adornment: one character, three times or
** more (two will do under a title of two characters or fewer). */
static int adornment(const char *z, size_t n, size_t nTitle) {
  if (n < 2 || !adornmentChar(z[0]) || (n < 3 && nTitle > 2)) return 0;
  for (size_t i = 1; i < n; i++)
    if (z[i] != z[0]) return 0;
  return 1;
}

/* 1 when z[0..n) is a border of a grid table ("+---+===+") or of a simple
** one ("=====  ====="). */
static int tableBorder(const char *z, size_t n) {
  if (n >= 3 && z[0] == '+' && z[n - 1] == '+') {
    for (size_t i = 0; i < n; i++)
      if (!strchr("+-=: ", z[i])) return 0;
    return 1;
  }
  int nRun = 0;
  for (size_t i = 0; i < n; i++) {
    if (z[i] == '=' && (i == 0 || z[i - 1] == ' '))
      nRun++;
    else if (z[i] != '=' && z[i] != ' ')
      return 0;
  }
  return nRun >= 2;
}

/* Add the grid table row z[0..n) ("| a | b |") as its cells apart by
** tabs. */
static void tableRow(Reader *r, const char *z, size_t n, size_t nCols) {
  if (r->block.n)
    tk_buf_putc(&r->block, '\n');
  else
    r->nBlockCols = nCols;
  size_t i = 1;
  while (i < n - 1) {
    size_t e = i;
    while (e < n - 1 && z[e] != '|')
      e++;
    size_t a = i, b = e;
    while (a < b && z[a] == ' ')
      a++;
    b = tk_tw__trim_end(z + a, b - a) + a;
    if (i > 1) tk_buf_putc(&r->block, '\t');
    tk_buf_append(&r->block, z + a, b - a);
    i = e + 1;
  }
}

/* 1 when z[0..n) equals the ASCII name zName. */
static int named(const char *z, size_t n, const char *zName) {
  return strlen(zName) == n && memcmp(z, zName, n) == 0;
}

/* The kind of the directive named z[0..n) (without a domain: "py:function"
** is read as "function"). */
static int directiveKind(const char *z, size_t n) {
  static const char *const azCode[] = {
      "code",           "code-block",  "doctest",  "math",
      "parsed-literal", "sourcecode",  "testcode", "testoutput",
      "testsetup",      "testcleanup", 0};
  static const char *const azDrop[] = {"autoattribute",
                                       "autoclass",
                                       "autodata",
                                       "autoexception",
                                       "autofunction",
                                       "automethod",
                                       "automodule",
                                       "autosummary",
                                       "cmake-module",
                                       "contents",
                                       "currentmodule",
                                       "default-role",
                                       "highlight",
                                       "image",
                                       "include",
                                       "index",
                                       "literalinclude",
                                       "meta",
                                       "moduleauthor",
                                       "raw",
                                       "role",
                                       "sectionauthor",
                                       "sectnum",
                                       "tabularcolumns",
                                       "title",
                                       "toctree",
                                       0};
  static const char *const azVersion[] = {"deprecated", "versionadded",
                                          "versionchanged", 0};
  const char *zColon = memchr(z, ':', n);
  while (zColon) { /* the name after its domain */
    n -= (size_t)(zColon - z) + 1;
    z = zColon + 1;
    zColon = memchr(z, ':', n);
  }
  for (int k = 0; azCode[k]; k++)
    if (named(z, n, azCode[k])) return DIRECTIVE_CODE;
  for (int k = 0; azDrop[k]; k++)
    if (named(z, n, azDrop[k])) return DIRECTIVE_DROP;
  for (int k = 0; azVersion[k]; k++)
    if (named(z, n, azVersion[k])) return DIRECTIVE_VERSION;
  return named(z, n, "only") || named(z, n, "ifconfig") ||
                 named(z, n, "container") || named(z, n, "class")
             ? DIRECTIVE_NOARG
             : DIRECTIVE_TEXT;
}

/* The explicit markup line z[0..n) (it starts ".." and a space, or is
** ".."), indented nCols: a directive, a footnote, a target, a
** substitution definition or a comment. */
static void explicitMarkup(Reader *r, const char *z, size_t n, size_t nCols) {
  flushBlock(r);
  const char *t = z + 2;
  size_t m = n - 2;
  while (m > 0 && *t == ' ')
    t++, m--;
  if (m > 0 && t[0] == '[') { /* a footnote or a citation: its text */
    const char *zEnd = memchr(t, ']', m);
    if (zEnd) {
      size_t k = (size_t)(zEnd - t) + 1;
      startBody(r, BODY_NONE, nCols);
      addLine(r, t + k, m - k, nCols);
      return;
    }
  }
  size_t k = 0;
  while (k < m && t[k] != ' ' && t[k] != ':')
    k++;
  while (k < m && t[k] == ':' && !(k + 1 < m && t[k + 1] == ':')) {
    k++; /* a domain's colon ("py:function") */
    while (k < m && t[k] != ' ' && t[k] != ':')
      k++;
  }
  int bDirective = k > 0 && t[0] != '_' && t[0] != '|' && k + 1 < m &&
                   t[k] == ':' && t[k + 1] == ':' &&
                   (k + 2 == m || t[k + 2] == ' ');
  if (!bDirective) { /* a comment, a target, a substitution definition */
    startBody(r, BODY_SKIP, nCols);
    return;
  }
  int eKind = directiveKind(t, k);
  if (eKind == DIRECTIVE_DROP) {
    startBody(r, BODY_SKIP, nCols);
    return;
  }
  startBody(r, eKind == DIRECTIVE_CODE ? BODY_CODE : BODY_OPTIONS, nCols);
  size_t a = k + 2;
  while (a < m && t[a] == ' ')
    a++;
  if (eKind == DIRECTIVE_VERSION) { /* "3.1 Text": the text */
    while (a < m && t[a] != ' ')
      a++;
    while (a < m && t[a] == ' ')
      a++;
  }
  if ((eKind == DIRECTIVE_TEXT || eKind == DIRECTIVE_VERSION) && a < m)
    addLine(r, t + a, m - a, nCols);
}

/* 1 when z[0..n) opens with a field's name (":Author: Me", ":param x:"),
** not a role (":ref:`x`"). */
static int fieldName(const char *z, size_t n) {
  if (n < 3 || z[0] != ':' || z[1] == ':' || z[1] == ' ') return 0;
  const char *zEnd = memchr(z + 1, ':', n - 1);
  if (!zEnd || memchr(z + 1, '`', (size_t)(zEnd - z) - 1)) return 0;
  size_t k = (size_t)(zEnd - z) + 1;
  return k == n || z[k] == ' ';
}

/* Read the line z[0..n) outside a body. */
static void readLine(Reader *r, const char *z, size_t n) {
  size_t b, nCols = tk_tw__indent(z, n, TAB, &b);
  const char *t = z + b;
  size_t nt = tk_tw__trim_end(t, n - b);
  if (r->bLiteralNext) {
    r->bLiteralNext = 0;
    if (nCols > r->nLiteralCols) { /* the literal block */
      startBody(r, BODY_CODE, r->nLiteralCols);
      r->nCodeCols = nCols;
      tk_tw__code_line(&r->w, z + tk_tw__cols_bytes(z, n, TAB, nCols),
                       n - tk_tw__cols_bytes(z, n, TAB, nCols));
      return;
    }
  }
  int bOneLine = r->block.n > 0 && !memchr(r->block.z, '\n', r->block.n);
  if (nt >= 2 && t[0] == '.' && t[1] == '.' && (nt == 2 || t[2] == ' ')) {
    explicitMarkup(r, t, nt, nCols);
  } else if (nt >= 3 && t[0] == '_' && t[1] == '_' && t[2] == ' ') {
    startBody(r, BODY_SKIP, nCols); /* an anonymous target: "__ https://" */
  } else if (adornment(t, nt, bOneLine ? r->block.n : SIZE_MAX)) {
    flushBlock(r); /* the title, if any; an overline or a transition alone */
    r->bLiteralNext = 0;
  } else if (tableBorder(t, nt)) {
    /* a table's border: nothing */
  } else if (nt >= 3 && t[0] == '|' && t[nt - 1] == '|') {
    tableRow(r, t, nt, nCols);
  } else if (nt >= 2 && t[0] == '|' && t[1] == ' ') {
    addLine(r, t + 2, nt - 2, nCols); /* a line block's line */
  } else if (fieldName(t, nt)) {
    addLine(r, t + 1, nt - 1, nCols); /* a field: "Author: Me" */
  } else {
    addLine(r, t, nt, nCols);
  }
}

/* Read the line z[0..n) inside the body of a construct; 0 when the body
** has ended and the line is to be read as any other. */
static int bodyLine(Reader *r, const char *z, size_t n) {
  size_t b, nCols = tk_tw__indent(z, n, TAB, &b);
  if (b == n) { /* blank */
    if (r->eBody == BODY_CODE)
      tk_tw__code_line(&r->w, z, 0);
    else
      flushBlock(r); /* a directive's argument is a paragraph */
    if (r->eBody == BODY_OPTIONS) r->eBody = BODY_NONE;
    return 1;
  }
  if (nCols <= r->nBodyCols) {
    r->eBody = BODY_NONE;
    return 0;
  }
  if (r->eBody == BODY_SKIP) return 1;
  if (r->eBody == BODY_OPTIONS) {
    if (z[b] == ':' && memchr(z + b + 1, ':', n - b - 1)) return 1;
    r->eBody = BODY_NONE;
    return 0;
  }
  if (r->eBody == BODY_CODE) {
    if (z[b] == ':' && !r->w.bCodeAny && !r->nCodeCols &&
        memchr(z + b + 1, ':', n - b - 1))
      return 1; /* the directive's option (":linenos:") */
    if (!r->nCodeCols) r->nCodeCols = nCols;
    size_t nSkip = tk_tw__cols_bytes(z, n, TAB, r->nCodeCols);
    tk_tw__code_line(&r->w, z + nSkip, n - nSkip);
  }
  return 1;
}

/* The plain text of the reStructuredText document z[0..n) (see above). */
int tk_rst_text(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Reader r;
  memset(&r, 0, sizeof r);
  r.pWork = pWork;
  r.w.pOut = pOut;
  r.w.nOut0 = pOut->n;
  if (n >= 3 && !memcmp(z, "\xEF\xBB\xBF", 3)) z += 3, n -= 3; /* a BOM */
  for (size_t i = 0; i < n && r.rc == TK_OK;) {
    size_t e = tk_tw__line_end(z, n, i), m = tk_tw__line_len(z, i, e);
    if (tk_work_poll(pWork, (e - i + 1) * TK_WORK_CELLS_PER_BYTE)) {
      r.rc = TK_EINTERRUPT;
      break;
    }
    const char *zl = z + i;
    i = e + 1;
    if (r.eBody != BODY_NONE && bodyLine(&r, zl, m)) continue;
    if (tk_tw__blank(zl, m)) {
      flushBlock(&r);
      continue;
    }
    readLine(&r, zl, m);
  }
  flushBlock(&r);
  if (r.rc == TK_OK && (r.block.oom || r.inl.oom || pOut->oom))
    r.rc = TK_ENOMEM;
  tk_buf_free(&r.block);
  tk_buf_free(&r.inl);
  return r.rc;
}
