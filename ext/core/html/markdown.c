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
**     "..."): its "title:" as a heading, the rest gone.
** The text of paragraphs, headings and cells loses its inline markup
** (markdown_inline.c); a line left empty by it (a line of badges, an HTML
** tag alone) goes.  The reading is linear in the text's length.
*/
#include "markdown_internal.h"

#include <string.h>

#define MAX_FRONT_LINES 200 /* a front matter block ends this soon */

/* What the lines gathered in Reader.block are. */
enum { BLOCK_NONE, BLOCK_PARA, BLOCK_TABLE };

typedef struct Reader {
  tk_work *pWork;
  tk_buf *pOut;
  size_t nOut0; /* pOut->n on entry: the text written starts there */
  tk_buf block; /* the current paragraph's or table's lines */
  int eBlock;   /* BLOCK_ */
  tk_buf line;  /* the current line without its comments */
  tk_buf inl;   /* the block's text before its lines are tidied */
  tk_md__labels labels;
  tk_md__edits edits;
  char cFence;        /* inside a fenced code block: its char, else 0 */
  size_t nFence;      /* ... the fence's length */
  size_t nFenceCols;  /* ... and indentation */
  int bIndentCode;    /* inside an indented code block */
  int bCodeAny;       /* the code block wrote a line */
  int nCodeBlank;     /* blank lines of the code block not written yet */
  int bComment;       /* inside an HTML comment */
  const char *zClose; /* inside <script> or <style>: its end tag */
  int bList;          /* inside a list: indented lines go on with it */
  int bPrevBlank;     /* the line before was blank */
  int rc;
} Reader;

/* 1 when z[0..n) holds only spaces and tabs. */
static int isBlank(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (z[i] != ' ' && z[i] != '\t') return 0;
  return 1;
}

/* The length of z[0..n) without the spaces and tabs that end it. */
static size_t trimEnd(const char *z, size_t n) {
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t'))
    n--;
  return n;
}

/* The columns of the indentation of z[0..n) (a tab to the next multiple
** of 4), and in *pb the bytes it takes. */
static size_t indentOf(const char *z, size_t n, size_t *pb) {
  size_t b = 0, nCol = 0;
  for (; b < n && (z[b] == ' ' || z[b] == '\t'); b++)
    nCol = z[b] == '\t' ? (nCol / 4 + 1) * 4 : nCol + 1;
  *pb = b;
  return nCol;
}

/* The bytes of z[0..n) that at most nCols columns of indentation take. */
static size_t colsBytes(const char *z, size_t n, size_t nCols) {
  size_t b = 0, nCol = 0;
  for (; b < n && (z[b] == ' ' || z[b] == '\t'); b++) {
    size_t nNext = z[b] == '\t' ? (nCol / 4 + 1) * 4 : nCol + 1;
    if (nNext > nCols) break;
    nCol = nNext;
  }
  return b;
}

/* Start a block in the output: a blank line after the text before it. */
static void startBlock(Reader *r) {
  if (r->pOut->n > r->nOut0) tk_buf_append(r->pOut, "\n\n", 2);
}

/* Write the gathered paragraph or table: its inline text, each line
** trimmed, the empty ones left out. */
static void flushBlock(Reader *r) {
  if (r->eBlock == BLOCK_NONE || r->rc != TK_OK) return;
  r->inl.n = 0;
  r->rc = tk_md__inline(r->block.z, r->block.n, r->eBlock == BLOCK_TABLE,
                        &r->labels, &r->edits, r->pWork, &r->inl);
  r->eBlock = BLOCK_NONE;
  r->block.n = 0;
  int bFirst = 1;
  for (size_t i = 0; i < r->inl.n && r->rc == TK_OK;) {
    const char *z = r->inl.z + i;
    const char *e = memchr(z, '\n', r->inl.n - i);
    size_t m = e ? (size_t)(e - z) : r->inl.n - i, b;
    i += m + 1;
    indentOf(z, m, &b);
    m = trimEnd(z, m);
    if (b >= m) continue;
    if (bFirst)
      startBlock(r);
    else
      tk_buf_putc(r->pOut, '\n');
    bFirst = 0;
    tk_buf_append(r->pOut, z + b, m - b);
  }
}

/* Add the line z[0..n) to the block of kind eBlock (a new one when the
** current block is of another kind). */
static void addLine(Reader *r, const char *z, size_t n, int eBlock) {
  if (r->eBlock != eBlock) flushBlock(r);
  if (r->block.n) tk_buf_putc(&r->block, '\n');
  r->eBlock = eBlock;
  tk_buf_append(&r->block, z, trimEnd(z, n));
}

/* Write the line z[0..n) of a code block as it is (its blank lines only
** before another line of it). */
static void codeLine(Reader *r, const char *z, size_t n) {
  n = trimEnd(z, n);
  if (n == 0) {
    r->nCodeBlank += r->bCodeAny;
    return;
  }
  if (!r->bCodeAny) startBlock(r);
  for (int k = 0; r->bCodeAny && k <= r->nCodeBlank; k++)
    tk_buf_putc(r->pOut, '\n');
  tk_buf_append(r->pOut, z, n);
  r->bCodeAny = 1;
  r->nCodeBlank = 0;
}

/* Start a code block (fenced when cFence is not 0). */
static void startCode(Reader *r, char cFence, size_t nFence, size_t nCols) {
  flushBlock(r);
  r->cFence = cFence;
  r->nFence = nFence;
  r->nFenceCols = nCols;
  r->bIndentCode = cFence == 0;
  r->bCodeAny = 0;
  r->nCodeBlank = 0;
  r->bList = 0;
}

/* Copy the line z[0..n) into r->line without its HTML comments (and set
** r->bComment when one goes on past it); 1 when it held any. */
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
  size_t e = trimEnd(z, n);
  size_t h = e;
  while (h > k && z[h - 1] == '#')
    h--;
  if (h == k || z[h - 1] == ' ' || z[h - 1] == '\t') e = trimEnd(z, h);
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
  size_t b, nCols = indentOf(z, n, &b);
  while (nCols <= 3 && b < n && z[b] == '>') { /* block quotes */
    z += b + 1;
    n -= b + 1;
    if (n > 0 && z[0] == ' ') z++, n--;
    nCols = indentOf(z, n, &b);
  }
  if (b == n) { /* blank */
    if (r->bIndentCode)
      codeLine(r, z, 0);
    else
      flushBlock(r);
    r->bPrevBlank = 1;
    return 0;
  }
  int bPrevBlank = r->bPrevBlank;
  r->bPrevBlank = 0;
  if (r->bIndentCode) {
    if (nCols >= 4) {
      codeLine(r, z + colsBytes(z, n, 4), n - colsBytes(z, n, 4));
      return 0;
    }
    r->bIndentCode = 0;
  }
  const char *t = z + b;
  size_t nt = trimEnd(t, n - b), iTitle, nTitle;
  if (nCols >= 4) {
    if (r->eBlock == BLOCK_NONE && !r->bList) {
      startCode(r, 0, 0, 0);
      codeLine(r, z + colsBytes(z, n, 4), n - colsBytes(z, n, 4));
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

/* The end of the line that starts at z[i] (its '\n', or n). */
static size_t lineEnd(const char *z, size_t n, size_t i) {
  const char *e = memchr(z + i, '\n', n - i);
  return e ? (size_t)(e - z) : n;
}

/* The length of the line z[i..e) without the '\r' that ends it. */
static size_t lineLen(const char *z, size_t i, size_t e) {
  return e > i && z[e - 1] == '\r' ? e - i - 1 : e - i;
}

/* When z[0..n) opens with a YAML front matter block, write its title as a
** heading and return where the text goes on after it; else 0. */
static size_t frontMatter(Reader *r, const char *z, size_t n) {
  size_t e = lineEnd(z, n, 0);
  if (e == n || trimEnd(z, lineLen(z, 0, e)) != 3 || memcmp(z, "---", 3))
    return 0;
  size_t iTitle = 0, nTitle = 0;
  for (size_t i = e + 1, k = 0; i < n && k < MAX_FRONT_LINES; k++) {
    e = lineEnd(z, n, i);
    size_t m = trimEnd(z + i, lineLen(z, i, e));
    if (m == 3 && (!memcmp(z + i, "---", 3) || !memcmp(z + i, "...", 3))) {
      if (nTitle) {
        addLine(r, z + iTitle, nTitle, BLOCK_PARA);
        flushBlock(r);
      }
      return e < n ? e + 1 : n;
    }
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
    size_t e = lineEnd(z, n, i), b;
    size_t nCols = indentOf(z + i, e - i, &b);
    if (nCols <= 3 && b < e - i && z[i + b] == '[')
      labelDefinition(r, z + i + b, lineLen(z, i + b, e), 1);
    i = e + 1;
  }
}

/* Read the lines of z[iStart..n). */
static void readLines(Reader *r, const char *z, size_t n, size_t iStart) {
  for (size_t i = iStart; i < n && r->rc == TK_OK;) {
    size_t e = lineEnd(z, n, i), m = lineLen(z, i, e);
    if (tk_work_poll(r->pWork, (e - i + 1) * TK_WORK_CELLS_PER_BYTE)) {
      r->rc = TK_EINTERRUPT;
      break;
    }
    const char *zl = z + i;
    i = e + 1;
    if (r->cFence) {
      size_t b, nCols = indentOf(zl, m, &b);
      size_t nRun = runOf(zl + b, m - b, r->cFence, m);
      if (nCols <= 3 && nRun >= r->nFence &&
          isBlank(zl + b + nRun, m - b - nRun))
        r->cFence = 0;
      else
        codeLine(r, zl + colsBytes(zl, m, r->nFenceCols),
                 m - colsBytes(zl, m, r->nFenceCols));
      continue;
    }
    if (r->zClose) {
      if (holdsFolded(zl, m, r->zClose)) r->zClose = 0;
      continue;
    }
    int bComment = uncomment(r, zl, m);
    if (bComment && isBlank(r->line.z, r->line.n)) continue;
    const char *zNext = 0;
    size_t nNext = 0;
    if (e < n) {
      size_t e2 = lineEnd(z, n, e + 1);
      zNext = z + e + 1;
      nNext = lineLen(z, e + 1, e2);
    }
    if (readLine(r, r->line.z ? r->line.z : "", r->line.n, zNext, nNext))
      i = lineEnd(z, n, i) + 1; /* the delimiter row */
  }
  flushBlock(r);
}

/* The plain text of the Markdown document z[0..n) (see above). */
int tk_markdown_text(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Reader r;
  memset(&r, 0, sizeof r);
  r.pWork = pWork;
  r.pOut = pOut;
  r.nOut0 = pOut->n;
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
