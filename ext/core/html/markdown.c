/*
** markdown.c -- Markdown in, plain text out (tk_markdown_text,
** textkit/html.h): what a folder of READMEs, notes, change logs or a docs
** site's sources says once rendered, for the tokenizer, the entity tagger
** and the corpus report.
**
**   tk_buf b = {0};
**   rc = tk_markdown_text("# Title\n\nSome *text*.", 21, 0, &b);
**   // b.z: "Title\n\nSome text."
**   tk_buf_free(&b);
**
** The blocks are read line by line as CommonMark and GitHub read them, and
** written apart by a blank line; the lines of a paragraph or a list stay
** lines (text_blocks() joins wrapped lines later):
**   - ATX ("## Title") and Setext headings (a line of '=' or '-' under the
**     title): the title alone;
**   - fenced ("```js") and indented code blocks: their lines as they are,
**     the fences gone;
**   - block quotes: without their '>';
**   - list items: as written, bullet or number first;
**   - GFM tables: a line per row, its cells apart by tabs; the delimiter
**     row ("|---|:--:|") goes;
**   - thematic breaks ("***", "---"), link reference definitions
**     ("[id]: https://..."), HTML comments (over lines too), <script> and
**     <style> elements: gone;
**   - a YAML front matter block ("---" on the first line, up to "---" or
**     "...", every line in it a key, a list item, an indented value or a
**     comment): its "title:" as a heading, the rest gone.
** The text of paragraphs, headings and cells loses its inline markup
** (markdown_inline.c); a line left empty by it (a line of badges, an HTML
** tag alone) goes.  The reading is linear in the text's length.
*/
#include "markdown_internal.h"
#include "text_writer.h"

#include <string.h>

#define MAX_FRONT_LINES 200 /* a front matter block ends this soon */

/* What the lines gathered in Reader.block are. */
enum { BLOCK_NONE, BLOCK_PARA, BLOCK_TABLE };

typedef struct Reader {
  tk_work *pWork;
  tk_tw__writer w; /* the text written (text_writer.h) */
  tk_buf block;    /* the current paragraph's or table's lines */
  int eBlock;      /* BLOCK_ */
  tk_buf line;     /* the current line without its comments */
  tk_buf inl;      /* the block's text before its lines are tidied */
  tk_md__labels labels;
  tk_md__edits edits;
  char cFence;        /* inside a fenced code block: its char, else 0 */
  size_t nFence;      /* ... the fence's length */
  size_t nFenceCols;  /* ... and indentation */
  int bIndentCode;    /* inside an indented code block */
  int bComment;       /* inside an HTML comment */
  const char *zClose; /* inside <script> or <style>: its end tag */
  int bList;          /* inside a list: indented lines go on with it */
  int bPrevBlank;     /* the line before was blank */
  int rc;
} Reader;

/* Write the gathered paragraph or table: its inline text, each line
** trimmed, the empty ones left out. */
static void flushBlock(Reader *r) {
  if (r->eBlock == BLOCK_NONE || r->rc != TK_OK) return;
  r->inl.n = 0;
  r->rc = tk_md__inline(r->block.z, r->block.n, r->eBlock == BLOCK_TABLE,
                        &r->labels, &r->edits, r->pWork, &r->inl);
  r->eBlock = BLOCK_NONE;
  r->block.n = 0;
  if (r->rc == TK_OK) tk_tw__block(&r->w, r->inl.z, r->inl.n);
}

/* Add the line z[0..n) to the block of kind eBlock (a new one when the
** current block is of another kind). */
static void addLine(Reader *r, const char *z, size_t n, int eBlock) {
  if (r->eBlock != eBlock) flushBlock(r);
  if (r->block.n) tk_buf_putc(&r->block, '\n');
  r->eBlock = eBlock;
  tk_buf_append(&r->block, z, tk_tw__trim_end(z, n));
}

/* Start a code block (fenced when cFence is not 0). */
static void startCode(Reader *r, char cFence, size_t nFence, size_t nCols) {
  flushBlock(r);
  r->cFence = cFence;
  r->nFence = nFence;
  r->nFenceCols = nCols;
  r->bIndentCode = cFence == 0;
  tk_tw__code_start(&r->w);
  r->bList = 0;
}

/* Copy the line z[0..n) into r->line without its HTML comments (and set
** r->bComment when one goes on past it); 1 when it held any.  A "<!--"
** right after a backquote is a code span's ("`<!-- x -->`"), not one. */
static int uncomment(Reader *r, const char *z, size_t n) {
  r->line.n = 0;
  size_t k = 0;
  int bAny = r->bComment;
  if (r->bComment) {
    const char *e = memmem(z, n, "-->", 3);
    if (!e) return 1;
    k = (size_t)(e - z) + 3;
    r->bComment = 0;
  }
  while (k < n) {
    const char *s = memmem(z + k, n - k, "<!--", 4);
    if (!s) {
      tk_buf_append(&r->line, z + k, n - k);
      break;
    }
    if (s > z && s[-1] == '`') { /* "`<!--`": code, not a comment */
      tk_buf_append(&r->line, z + k, (size_t)(s - z) + 4 - k);
      k = (size_t)(s - z) + 4;
      continue;
    }
    bAny = 1;
    tk_buf_append(&r->line, z + k, (size_t)(s - z) - k);
    size_t iBody = (size_t)(s - z) + 4;
    const char *e = memmem(z + iBody, n - iBody, "-->", 3);
    if (!e) {
      r->bComment = 1;
      break;
    }
    k = (size_t)(e - z) + 3;
  }
  return bAny;
}

/* 1 when z[0..n) starts with the ASCII word zWord in any case. */
static int startsWithFolded(const char *z, size_t n, const char *zWord) {
  size_t m = strlen(zWord);
  if (n < m) return 0;
  for (size_t i = 0; i < m; i++)
    if ((z[i] | 0x20) != zWord[i]) return 0;
  return 1;
}

/* 1 when z[0..n) holds the ASCII string zWord in any case. */
static int holdsFolded(const char *z, size_t n, const char *zWord) {
  for (const char *p = z; (p = memchr(p, '<', n - (size_t)(p - z))); p++)
    if (startsWithFolded(p, n - (size_t)(p - z), zWord)) return 1;
  return 0;
}

/* The end tag of the <script> or <style> element z[0..n) opens, or 0. */
static const char *rawElement(const char *z, size_t n) {
  if (startsWithFolded(z, n, "<script") &&
      (n == 7 || z[7] == '>' || z[7] == ' '))
    return "</script";
  if (startsWithFolded(z, n, "<style") &&
      (n == 6 || z[6] == '>' || z[6] == ' '))
    return "</style";
  return 0;
}

/* The number of times c opens z[0..n), at most nMax + 1. */
static size_t runOf(const char *z, size_t n, char c, size_t nMax) {
  size_t k = 0;
  while (k < n && k <= nMax && z[k] == c)
    k++;
  return k;
}

/* 1 when z[0..n) holds only c, spaces and tabs, and at least nMin c. */
static int onlyChar(const char *z, size_t n, char c, size_t nMin) {
  size_t nC = 0;
  for (size_t i = 0; i < n; i++) {
    if (z[i] == c)
      nC++;
    else if (z[i] != ' ' && z[i] != '\t')
      return 0;
  }
  return nC >= nMin;
}

/* 1 when z[0..n) is a thematic break: three or more of one of "-*_". */
static int thematicBreak(const char *z, size_t n) {
  return n > 0 && strchr("-*_", z[0]) && onlyChar(z, n, z[0], 3);
}

/* 1 when z[0..n) is a GFM table's delimiter row ("| --- | :-: |"). */
static int delimiterRow(const char *z, size_t n) {
  int bDash = 0, bPipe = 0;
  for (size_t i = 0; i < n; i++) {
    if (!strchr("|:- \t", z[i])) return 0;
    bDash |= z[i] == '-';
    bPipe |= z[i] == '|';
  }
  return bDash && bPipe;
}

/* The length of the list marker that opens z[0..n) ("- ", "12. "), or 0. */
static size_t listMarker(const char *z, size_t n) {
  size_t k = 0;
  if (n > 0 && strchr("-*+", z[0])) {
    k = 1;
  } else {
    while (k < n && k < 9 && z[k] >= '0' && z[k] <= '9')
      k++;
    if (k == 0 || k >= n || (z[k] != '.' && z[k] != ')')) return 0;
    k++;
  }
  return k == n || z[k] == ' ' || z[k] == '\t' ? k : 0;
}

/* 1 when z[0..n) defines a link label ("[id]: https://..."); the label
** goes to the set. */
static int labelDefinition(Reader *r, const char *z, size_t n, int bAdd) {
  if (n < 4 || z[0] != '[') return 0;
  size_t k = 1;
  while (k < n && k <= 1000 && z[k] != ']' && z[k] != '[')
    k += z[k] == '\\' ? 2 : 1;
  if (k + 1 >= n || z[k] != ']' || z[k + 1] != ':' || k == 1) return 0;
  size_t d = k + 2;
  while (d < n && (z[d] == ' ' || z[d] == '\t'))
    d++;
  if (d == n) return 0;
  if (bAdd) tk_md__labels_add(&r->labels, z + 1, k - 1);
  return 1;
}

/* The title of an ATX heading z[0..n) ("## Title ##") in *piTitle and
** *pnTitle; 0 when z is none. */
static int atxHeading(const char *z, size_t n, size_t *piTitle,
                      size_t *pnTitle) {
  size_t k = runOf(z, n, '#', 6);
  if (k == 0 || k > 6 || (k < n && z[k] != ' ' && z[k] != '\t')) return 0;
  size_t e = tk_tw__trim_end(z, n);
  size_t h = e;
  while (h > k && z[h - 1] == '#')
    h--;
  if (h == k || z[h - 1] == ' ' || z[h - 1] == '\t') e = tk_tw__trim_end(z, h);
  while (k < e && (z[k] == ' ' || z[k] == '\t'))
    k++;
  *piTitle = k;
  *pnTitle = e > k ? e - k : 0;
  return 1;
}

/* Read one line z[0..n) outside code, comments and raw elements, its
** block quote markers included; zNext[0..nNext) is the line after it.
** Returns the number of lines after it that it took (a table's delimiter
** row). */
static int readLine(Reader *r, const char *z, size_t n, const char *zNext,
                    size_t nNext) {
  size_t b, nCols = tk_tw__indent(z, n, 4, &b);
  while (nCols <= 3 && b < n && z[b] == '>') { /* block quotes */
    z += b + 1;
    n -= b + 1;
    if (n > 0 && z[0] == ' ') z++, n--;
    nCols = tk_tw__indent(z, n, 4, &b);
  }
  if (b == n) { /* blank */
    if (r->bIndentCode)
      tk_tw__code_line(&r->w, z, 0);
    else
      flushBlock(r);
    r->bPrevBlank = 1;
    return 0;
  }
  int bPrevBlank = r->bPrevBlank;
  r->bPrevBlank = 0;
  if (r->bIndentCode) {
    if (nCols >= 4) {
      tk_tw__code_line(&r->w, z + tk_tw__cols_bytes(z, n, 4, 4),
                       n - tk_tw__cols_bytes(z, n, 4, 4));
      return 0;
    }
    r->bIndentCode = 0;
  }
  const char *t = z + b;
  size_t nt = tk_tw__trim_end(t, n - b), iTitle, nTitle;
  if (nCols >= 4) {
    if (r->eBlock == BLOCK_NONE && !r->bList) {
      startCode(r, 0, 0, 0);
      tk_tw__code_line(&r->w, z + tk_tw__cols_bytes(z, n, 4, 4),
                       n - tk_tw__cols_bytes(z, n, 4, 4));
    } else {
      addLine(r, t, nt, r->eBlock == BLOCK_NONE ? BLOCK_PARA : r->eBlock);
    }
    return 0;
  }
  size_t nFence = t[0] == '`' || t[0] == '~' ? runOf(t, nt, t[0], nt) : 0;
  if (nFence >= 3 && !(t[0] == '`' && memchr(t + nFence, '`', nt - nFence))) {
    startCode(r, t[0], nFence, nCols);
  } else if (atxHeading(t, nt, &iTitle, &nTitle)) {
    flushBlock(r);
    addLine(r, t + iTitle, nTitle, BLOCK_PARA);
    flushBlock(r);
    r->bList = 0;
  } else if (r->eBlock == BLOCK_PARA && !r->bList &&
             (onlyChar(t, nt, '=', 1) || onlyChar(t, nt, '-', 1))) {
    flushBlock(r); /* a Setext heading's underline */
  } else if (thematicBreak(t, nt)) {
    flushBlock(r);
    r->bList = 0;
  } else if ((r->zClose = rawElement(t, nt)) != 0) {
    flushBlock(r);
    if (holdsFolded(t, nt, r->zClose)) r->zClose = 0; /* on one line */
  } else if (r->eBlock == BLOCK_NONE && labelDefinition(r, t, nt, 0)) {
    /* its label was read before (tk_markdown_text) */
  } else if (r->eBlock == BLOCK_TABLE && memchr(t, '|', nt)) {
    addLine(r, t, nt, BLOCK_TABLE);
  } else if (memchr(t, '|', nt) && zNext && delimiterRow(zNext, nNext)) {
    flushBlock(r);
    addLine(r, t, nt, BLOCK_TABLE);
    return 1;
  } else {
    if (listMarker(t, nt))
      r->bList = 1;
    else if (bPrevBlank && nCols == 0)
      r->bList = 0;
    addLine(r, t, nt, BLOCK_PARA);
  }
  return 0;
}

/* 1 when the line z[0..n) may be a line of YAML front matter: blank, a
** key ("title:", "date: 2020"), a list item or a key's indented value, or
** a comment; a line of prose is none. */
static int yamlLine(const char *z, size_t n) {
  if (n == 0 || z[0] == ' ' || z[0] == '\t' || z[0] == '-' || z[0] == '#')
    return 1;
  size_t k = 0;
  while (k < n && (((z[k] | 0x20) >= 'a' && (z[k] | 0x20) <= 'z') ||
                   (z[k] >= '0' && z[k] <= '9') || z[k] == '_' || z[k] == '-'))
    k++;
  return k > 0 && k < n && z[k] == ':';
}

/* When z[0..n) opens with a YAML front matter block (every line of it
** YAML's: a "---" thematic break before prose is none), write its title as
** a heading and return where the text goes on after it; else 0. */
static size_t frontMatter(Reader *r, const char *z, size_t n) {
  size_t e = tk_tw__line_end(z, n, 0);
  if (e == n || tk_tw__trim_end(z, tk_tw__line_len(z, 0, e)) != 3 ||
      memcmp(z, "---", 3))
    return 0;
  size_t iTitle = 0, nTitle = 0;
  for (size_t i = e + 1, k = 0; i < n && k < MAX_FRONT_LINES; k++) {
    e = tk_tw__line_end(z, n, i);
    size_t m = tk_tw__trim_end(z + i, tk_tw__line_len(z, i, e));
    if (m == 3 && (!memcmp(z + i, "---", 3) || !memcmp(z + i, "...", 3))) {
      if (nTitle) {
        addLine(r, z + iTitle, nTitle, BLOCK_PARA);
        flushBlock(r);
      }
      return e < n ? e + 1 : n;
    }
    if (!yamlLine(z + i, m)) return 0;
    if (m > 6 && !memcmp(z + i, "title:", 6)) {
      size_t a = i + 6, b = i + m;
      while (a < b && (z[a] == ' ' || z[a] == '\t'))
        a++;
      if (b - a >= 2 && (z[a] == '"' || z[a] == '\'') && z[b - 1] == z[a])
        a++, b--;
      iTitle = a;
      nTitle = b - a;
    }
    i = e + 1;
  }
  return 0;
}

/* Gather the labels of the link reference definitions of z[0..n). */
static void readLabels(Reader *r, const char *z, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t e = tk_tw__line_end(z, n, i), b;
    size_t nCols = tk_tw__indent(z + i, e - i, 4, &b);
    if (nCols <= 3 && b < e - i && z[i + b] == '[')
      labelDefinition(r, z + i + b, tk_tw__line_len(z, i + b, e), 1);
    i = e + 1;
  }
}

/* Read the lines of z[iStart..n). */
static void readLines(Reader *r, const char *z, size_t n, size_t iStart) {
  for (size_t i = iStart; i < n && r->rc == TK_OK;) {
    size_t e = tk_tw__line_end(z, n, i), m = tk_tw__line_len(z, i, e);
    if (tk_work_poll(r->pWork, (e - i + 1) * TK_WORK_CELLS_PER_BYTE)) {
      r->rc = TK_EINTERRUPT;
      break;
    }
    const char *zl = z + i;
    i = e + 1;
    if (r->cFence) {
      size_t b, nCols = tk_tw__indent(zl, m, 4, &b);
      size_t nRun = runOf(zl + b, m - b, r->cFence, m);
      if (nCols <= 3 && nRun >= r->nFence &&
          tk_tw__blank(zl + b + nRun, m - b - nRun))
        r->cFence = 0;
      else
        tk_tw__code_line(&r->w, zl + tk_tw__cols_bytes(zl, m, 4, r->nFenceCols),
                         m - tk_tw__cols_bytes(zl, m, 4, r->nFenceCols));
      continue;
    }
    if (r->zClose) {
      if (holdsFolded(zl, m, r->zClose)) r->zClose = 0;
      continue;
    }
    int bComment = uncomment(r, zl, m);
    if (bComment && tk_tw__blank(r->line.z, r->line.n)) continue;
    const char *zNext = 0;
    size_t nNext = 0;
    if (e < n) {
      size_t e2 = tk_tw__line_end(z, n, e + 1);
      zNext = z + e + 1;
      nNext = tk_tw__line_len(z, e + 1, e2);
    }
    if (readLine(r, r->line.z ? r->line.z : "", r->line.n, zNext, nNext))
      i = tk_tw__line_end(z, n, i) + 1; /* the delimiter row */
  }
  flushBlock(r);
}

/* The plain text of the Markdown document z[0..n) (see above). */
int tk_markdown_text(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Reader r;
  memset(&r, 0, sizeof r);
  r.pWork = pWork;
  r.w.pOut = pOut;
  r.w.nOut0 = pOut->n;
  if (n == 0) return TK_OK;
  if (n >= 3 && !memcmp(z, "\xEF\xBB\xBF", 3)) z += 3, n -= 3; /* a BOM */
  readLabels(&r, z, n);
  readLines(&r, z, n, frontMatter(&r, z, n));
  if (r.rc == TK_OK &&
      (r.labels.oom || r.block.oom || r.line.oom || r.inl.oom || pOut->oom))
    r.rc = TK_ENOMEM;
  tk_buf_free(&r.block);
  tk_buf_free(&r.line);
  tk_buf_free(&r.inl);
  tk_md__labels_free(&r.labels);
  tk_md__edits_free(&r.edits);
  return r.rc;
}
