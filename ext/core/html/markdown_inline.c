/*
** markdown_inline.c -- the inline half of tk_markdown_text (textkit/html.h;
** markdown.c reads the blocks): one block's text without its inline
** markup.
**
**   rc = tk_md__inline("**Bold** [a link](https://x) `a*b`", 34, 0,
**                      &labels, 0, &out);           // "Bold a link a*b"
**
** Two passes over the block.  The first finds the markup left to right,
** as CommonMark reads it, simplified:
**   - a code span, a run of backticks up to the next run of the same
**     length: the backticks go, its text stays as written;
**   - a backslash before ASCII punctuation or a line break goes;
**   - a link, "[text](dest "title")", "[text][label]", "[text][]", or
**     "[text]" whose label the document defines: its text stays, the rest
**     goes; an image, "![alt](src)", goes whole (a browser shows no alt
**     text, and html_text() keeps none);
**   - an autolink, "<https://...>" or "<me@example.com>": its brackets go;
**   - an HTML tag ("<b>", "</p>", "<img src=x>"): it goes, a line break in
**     its place for <br> and the block elements, a tab before a table's
**     cell (<td>, <th>);
**   - emphasis: runs of '*', '_' (not inside a word) and "~~" that open
**     and close under CommonMark's flanking rules, paired innermost first;
**     a run that finds no partner stays ("*nix", "2 * 3", "snake_case");
**   - in a table row, the pipes between cells become tabs.
** Each is an edit (a range dropped, replaced by a line break or a tab, or
** copied as code); the second pass copies the block around the sorted
** edits and decodes character references outside code (tk_html_unescape).
** The searches a construct makes are bounded (a link's destination, a
** tag, a label) or remembered (the backtick runs that have no closer), and
** all of them together may read at most BUDGET_PER_BYTE bytes per byte of
** the block, after which what is left reads as text: a block costs O(n)
** whatever it holds ("[[[[...", "```` `` `...", "<a title=\"...").
*/
#include "markdown_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TICKS 16       /* longer runs of backticks are text */
#define MAX_BRACKETS 256   /* open brackets remembered */
#define MAX_DELIMS 128     /* open emphasis runs remembered */
#define MAX_DEST 4096      /* a link's destination and title, in bytes */
#define MAX_LABEL 999      /* CommonMark's longest link label */
#define MAX_TAG 2048       /* an HTML tag with its attributes */
#define BUDGET_PER_BYTE 32 /* bytes the bounded searches may read */
#define POLL_BYTES 16384   /* the cancel callback is asked this often */

/* What an edit does with its range of the block. */
enum { EDIT_DROP, EDIT_BREAK, EDIT_TAB, EDIT_CODE };

/* An open "[" or "![", and how many emphasis runs were open before it. */
typedef struct Bracket {
  size_t i;
  int bImage;
  int nDelimBefore;
} Bracket;

/* An emphasis run that may open: its chars z[i..i+n) not yet used. */
typedef struct Delim {
  size_t i, n;
  char c;
} Delim;

typedef struct Scan {
  const char *z;
  size_t n;
  int bTable;
  const tk_md__labels *pLabels;
  tk_md__edits *pEdits; /* the edits, kept from block to block */
  size_t nEdit;
  int oom;
  long long nBudget; /* bytes the bounded searches may still read */
  Bracket aBracket[MAX_BRACKETS];
  int nBracket;
  Delim aDelim[MAX_DELIMS];
  int nDelim;
  size_t aNoCloser[MAX_TICKS + 1]; /* no run of k backticks at or after */
} Scan;

/* 1 for the white space of CommonMark's flanking rules (a block's edges
** count as white space). */
static int isSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* 1 for ASCII punctuation. */
static int isPunctChar(char c) {
  return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != 0;
}

/* 1 for an ASCII letter or digit. */
static int isAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* Record an edit of z[iStart..iEnd). */
static void addEdit(Scan *p, size_t iStart, size_t iEnd, int eKind) {
  if (p->oom) return;
  tk_md__edits *e = p->pEdits;
  if (tk_reserve(&e->a, &e->nAlloc, p->nEdit, sizeof *e->a)) {
    p->oom = 1;
    return;
  }
  e->a[p->nEdit++] = (tk_md__edit){iStart, iEnd, eKind};
}

/* Take nBytes from the search budget: 0 when it is spent. */
static int spend(Scan *p, size_t nBytes) {
  p->nBudget -= (long long)nBytes;
  return p->nBudget >= 0;
}

/* The length of the run of z[i] at z[i..). */
static size_t runAt(const Scan *p, size_t i) {
  size_t k = i;
  while (k < p->n && p->z[k] == p->z[i])
    k++;
  return k - i;
}

/* The code span opening at the backticks z[i]: its edits; returns where
** reading goes on. */
static size_t codeSpan(Scan *p, size_t i) {
  size_t nTick = runAt(p, i);
  if (nTick > MAX_TICKS || i + nTick >= p->aNoCloser[nTick]) return i + nTick;
  for (size_t k = i + nTick; k < p->n;) {
    const char *q = memchr(p->z + k, '`', p->n - k);
    if (!q) break;
    size_t c = (size_t)(q - p->z), m = runAt(p, c);
    if (m == nTick) {
      addEdit(p, i, i + nTick, EDIT_DROP);
      addEdit(p, i + nTick, c, EDIT_CODE);
      addEdit(p, c, c + m, EDIT_DROP);
      return c + m;
    }
    k = c + m;
  }
  p->aNoCloser[nTick] = i + nTick; /* later openers of this length: text */
  return i + nTick;
}

/* Skip spaces, tabs and at most one line break from z[k] (before lim). */
static size_t skipSpace(const Scan *p, size_t k, size_t lim) {
  int bBreak = 0;
  while (k < lim &&
         (p->z[k] == ' ' || p->z[k] == '\t' || (p->z[k] == '\n' && !bBreak))) {
    if (p->z[k] == '\n') bBreak = 1;
    k++;
  }
  return k;
}

/* The end (after ')') of the destination and title of an inline link
** whose '(' is at z[k - 1], or 0 when there is none. */
static size_t inlineDest(Scan *p, size_t k) {
  const char *z = p->z;
  size_t lim = p->n - k > MAX_DEST ? k + MAX_DEST : p->n, k0 = k;
  k = skipSpace(p, k, lim);
  if (k < lim && z[k] == '<') { /* <destination with spaces> */
    while (++k < lim && z[k] != '>' && z[k] != '<' && z[k] != '\n')
      if (z[k] == '\\') k++;
    if (k >= lim || z[k] != '>') return spend(p, k - k0), 0;
    k++;
  } else {
    int nDepth = 0;
    for (; k < lim && (unsigned char)z[k] > ' '; k++) {
      if (z[k] == '\\') {
        k++;
      } else if (z[k] == '(') {
        if (++nDepth > 32) return spend(p, k - k0), 0;
      } else if (z[k] == ')') {
        if (nDepth-- == 0) break;
      }
    }
  }
  k = skipSpace(p, k, lim);
  if (k < lim && (z[k] == '"' || z[k] == '\'' || z[k] == '(')) { /* title */
    char cClose = z[k] == '(' ? ')' : z[k];
    while (++k < lim && z[k] != cClose)
      if (z[k] == '\\') k++;
    k = skipSpace(p, k + 1, lim);
  }
  if (!spend(p, k - k0)) return 0;
  return k < lim && z[k] == ')' ? k + 1 : 0;
}

/* The end (after ']') of the label "[...]" at z[k], or 0; its text in
** *piLabel, *pnLabel. */
static size_t labelAt(Scan *p, size_t k, size_t *piLabel, size_t *pnLabel) {
  size_t lim = p->n - k > MAX_LABEL + 2 ? k + MAX_LABEL + 2 : p->n, k0 = k;
  while (++k < lim && p->z[k] != ']' && p->z[k] != '[')
    if (p->z[k] == '\\') k++;
  if (!spend(p, k - k0) || k >= lim || p->z[k] != ']') return 0;
  *piLabel = k0 + 1;
  *pnLabel = k - k0 - 1;
  return k + 1;
}

/* 1 when z[i..i+n) is a label the document defines. */
static int definedLabel(Scan *p, size_t i, size_t n) {
  return n > 0 && n <= MAX_LABEL && spend(p, n) &&
         tk_md__labels_has(p->pLabels, p->z + i, n);
}

/* The ']' at z[i] closes the latest open bracket: when a link or an
** image follows, its edits.  Returns where reading goes on. */
static size_t closeBracket(Scan *p, size_t i) {
  if (p->nBracket == 0) return i + 1;
  Bracket b = p->aBracket[--p->nBracket];
  size_t iText = b.i + (b.bImage ? 2 : 1), e = 0, iLabel = 0, nLabel = 0;
  if (i + 1 < p->n && p->z[i + 1] == '(') {
    e = inlineDest(p, i + 2);
  } else if (i + 1 < p->n && p->z[i + 1] == '[') {
    e = labelAt(p, i + 1, &iLabel, &nLabel);
    if (e && !(nLabel ? definedLabel(p, iLabel, nLabel)
                      : definedLabel(p, iText, i - iText)))
      e = 0;
  }
  if (!e && definedLabel(p, iText, i - iText)) e = i + 1; /* [shortcut] */
  if (!e) return i + 1;
  if (p->nDelim > b.nDelimBefore) p->nDelim = b.nDelimBefore;
  if (b.bImage) {
    addEdit(p, b.i, e, EDIT_DROP); /* the edits inside it are passed over */
  } else {
    addEdit(p, b.i, b.i + 1, EDIT_DROP);
    addEdit(p, i, e, EDIT_DROP);
    p->nBracket = 0; /* no link inside a link */
  }
  return e;
}

/* 1 when the tag name z[0..n) (lower or upper case) is one of az. */
static int tagNamed(const char *const *az, const char *z, size_t n) {
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]);
    if (m != n) continue;
    size_t j = 0;
    while (j < m && (z[j] | 0x20) == az[k][j])
      j++;
    if (j == m) return 1;
  }
  return 0;
}

/* The end (after '>') of an autolink at the '<' of z[i], or 0. */
static size_t autolinkAt(Scan *p, size_t i) {
  const char *z = p->z;
  size_t lim = p->n - i > MAX_DEST ? i + MAX_DEST : p->n, k = i + 1, s = k;
  while (s < lim && s - k < 32 &&
         (isAlnum(z[s]) || z[s] == '+' || z[s] == '.' || z[s] == '-'))
    s++;
  int bScheme = s - k >= 2 && s < lim && z[s] == ':';
  int nAt = 0;
  size_t e = bScheme ? s + 1 : k;
  for (; e < lim && (unsigned char)z[e] > ' ' && z[e] != '<' && z[e] != '>';
       e++)
    nAt += z[e] == '@';
  if (!spend(p, e - i)) return 0;
  if (e >= lim || z[e] != '>' || e == k) return 0;
  return bScheme || nAt == 1 ? e + 1 : 0;
}

/* The end (after '>') of the HTML tag at the '<' of z[i], or 0; in
** *peKind its edit: a line break for <br> and the block elements, a tab
** before a table's cell (<td>, <th>), else nothing. */
static size_t tagAt(Scan *p, size_t i, int *peKind) {
  static const char *const azBreak[] = {
      "blockquote", "br",     "dd",    "details", "div", "dl",  "dt",
      "figcaption", "figure", "h1",    "h2",      "h3",  "h4",  "h5",
      "h6",         "hr",     "li",    "ol",      "p",   "pre", "section",
      "summary",    "table",  "tbody", "thead",   "tr",  "ul",  0};
  static const char *const azCell[] = {"td", "th", 0};
  const char *z = p->z;
  size_t lim = p->n - i > MAX_TAG ? i + MAX_TAG : p->n, k = i + 1;
  int bClosing = k < lim && z[k] == '/';
  k += bClosing;
  size_t iName = k;
  if (k >= lim || !((z[k] | 0x20) >= 'a' && (z[k] | 0x20) <= 'z')) return 0;
  while (k < lim && (isAlnum(z[k]) || z[k] == '-'))
    k++;
  if (k >= lim || !(isSpaceChar(z[k]) || z[k] == '/' || z[k] == '>')) return 0;
  *peKind = tagNamed(azBreak, z + iName, k - iName)               ? EDIT_BREAK
            : !bClosing && tagNamed(azCell, z + iName, k - iName) ? EDIT_TAB
                                                                  : EDIT_DROP;
  char cQuote = 0;
  for (; k < lim; k++) {
    if (cQuote) {
      if (z[k] == cQuote) cQuote = 0;
    } else if (z[k] == '"' || z[k] == '\'') {
      cQuote = z[k];
    } else if (z[k] == '>' || z[k] == '<') {
      break;
    }
  }
  if (!spend(p, k - i)) return 0;
  return k < lim && z[k] == '>' ? k + 1 : 0;
}

/* The '<' at z[i]: an autolink's or a tag's edits.  Returns where reading
** goes on. */
static size_t angle(Scan *p, size_t i) {
  size_t e = autolinkAt(p, i);
  if (e) {
    addEdit(p, i, i + 1, EDIT_DROP);
    addEdit(p, e - 1, e, EDIT_DROP);
    return e;
  }
  int eKind = EDIT_DROP;
  e = tagAt(p, i, &eKind);
  if (!e) return i + 1;
  addEdit(p, i, e, eKind);
  return e;
}

/* The emphasis run of '*', '_' or '~' at z[i]: pair it with the open runs
** it closes (their used chars are dropped), then keep what is left of it
** open when it may open.  Returns the run's end. */
static size_t emphasis(Scan *p, size_t i) {
  const char *z = p->z;
  char c = z[i];
  size_t nRun = runAt(p, i);
  if (c == '~' && nRun != 2) return i + nRun;
  char cPrev = i > 0 ? z[i - 1] : '\n';
  char cNext = i + nRun < p->n ? z[i + nRun] : '\n';
  int bLeft = !isSpaceChar(cNext) &&
              (!isPunctChar(cNext) || isSpaceChar(cPrev) || isPunctChar(cPrev));
  int bRight =
      !isSpaceChar(cPrev) &&
      (!isPunctChar(cPrev) || isSpaceChar(cNext) || isPunctChar(cNext));
  int bOpen = bLeft, bClose = bRight;
  if (c == '_') { /* not inside a word: snake_case */
    bOpen = bLeft && (!bRight || isPunctChar(cPrev));
    bClose = bRight && (!bLeft || isPunctChar(cNext));
  }
  size_t iRest = i, nRest = nRun;
  for (int k = bClose ? p->nDelim - 1 : -1; k >= 0 && nRest > 0; k--) {
    Delim *d = &p->aDelim[k];
    if (d->c != c || (c == '~' && d->n != nRest)) continue;
    size_t m = d->n < nRest ? d->n : nRest;
    addEdit(p, d->i + d->n - m, d->i + d->n, EDIT_DROP);
    addEdit(p, iRest, iRest + m, EDIT_DROP);
    d->n -= m;
    iRest += m;
    nRest -= m;
    p->nDelim = d->n ? k + 1 : k; /* the runs opened inside stay text */
    k = p->nDelim;
  }
  if (nRest > 0 && bOpen && p->nDelim < MAX_DELIMS)
    p->aDelim[p->nDelim++] = (Delim){iRest, nRest, c};
  return i + nRun;
}

/* In a table row, the pipe at z[i]: a tab between two cells, nothing at
** the row's edges; the spaces around it go too.  Returns where reading
** goes on. */
static size_t cellPipe(Scan *p, size_t i) {
  const char *z = p->z;
  size_t a = i, e = i + 1;
  while (a > 0 && (z[a - 1] == ' ' || z[a - 1] == '\t'))
    a--;
  while (e < p->n && (z[e] == ' ' || z[e] == '\t'))
    e++;
  int bEdge = a == 0 || z[a - 1] == '\n' || e == p->n || z[e] == '\n';
  addEdit(p, a, e, bEdge ? EDIT_DROP : EDIT_TAB);
  return e;
}

/* The first pass: the edits of the whole block. */
static int findMarkup(Scan *p, tk_work *pWork) {
  const char *z = p->z;
  size_t iPoll = POLL_BYTES;
  for (size_t i = 0; i < p->n && !p->oom;) {
    if (i >= iPoll) {
      iPoll = i + POLL_BYTES;
      if (tk_work_poll(pWork, POLL_BYTES * TK_WORK_CELLS_PER_BYTE))
        return TK_EINTERRUPT;
    }
    char c = z[i];
    if (c == '\\' && i + 1 < p->n &&
        (isPunctChar(z[i + 1]) || z[i + 1] == '\n')) {
      addEdit(p, i, i + 1, EDIT_DROP);
      i += z[i + 1] == '\n' ? 1 : 2;
    } else if (c == '`') {
      i = codeSpan(p, i);
    } else if (p->nBudget < 0) {
      i++; /* the searches are spent: the rest reads as text */
    } else if ((c == '[' || (c == '!' && i + 1 < p->n && z[i + 1] == '[')) &&
               p->nBracket < MAX_BRACKETS) {
      p->aBracket[p->nBracket++] = (Bracket){i, c == '!', p->nDelim};
      i += c == '!' ? 2 : 1;
    } else if (c == ']') {
      i = closeBracket(p, i);
    } else if (c == '<') {
      i = angle(p, i);
    } else if (c == '*' || c == '_' || c == '~') {
      i = emphasis(p, i);
    } else if (c == '|' && p->bTable) {
      i = cellPipe(p, i);
    } else {
      i++;
    }
  }
  return p->oom ? TK_ENOMEM : TK_OK;
}

/* qsort order of edits: by start, the longer first. */
static int cmpEdit(const void *pa, const void *pb) {
  const tk_md__edit *a = pa, *b = pb;
  if (a->iStart != b->iStart) return a->iStart < b->iStart ? -1 : 1;
  return a->iEnd > b->iEnd ? -1 : a->iEnd < b->iEnd;
}

/* The second pass: the block around its edits into pOut. */
static int writeText(Scan *p, tk_buf *pOut) {
  tk_md__edit *aEdit = p->pEdits->a;
  if (p->nEdit) qsort(aEdit, p->nEdit, sizeof *aEdit, cmpEdit);
  size_t at = 0;
  int rc = TK_OK;
  for (size_t k = 0; k < p->nEdit && rc == TK_OK; k++) {
    const tk_md__edit *e = &aEdit[k];
    if (e->iStart < at) continue; /* inside an image already dropped */
    rc = tk_html_unescape(p->z + at, e->iStart - at, pOut);
    if (e->eKind == EDIT_BREAK) tk_buf_putc(pOut, '\n');
    if (e->eKind == EDIT_TAB) tk_buf_putc(pOut, '\t');
    if (e->eKind == EDIT_CODE)
      tk_buf_append(pOut, p->z + e->iStart, e->iEnd - e->iStart);
    at = e->iEnd;
  }
  if (rc == TK_OK) rc = tk_html_unescape(p->z + at, p->n - at, pOut);
  return rc == TK_OK && pOut->oom ? TK_ENOMEM : rc;
}

/* The text of the block z[0..n) without its inline markup (see above). */
int tk_md__inline(const char *z, size_t n, int bTable,
                  const tk_md__labels *pLabels, tk_md__edits *pEdits,
                  tk_work *pWork, tk_buf *pOut) {
  Scan s; /* its stacks need no clearing: nBracket and nDelim say */
  s.z = z;
  s.n = n;
  s.bTable = bTable;
  s.pLabels = pLabels;
  s.pEdits = pEdits;
  s.nEdit = 0;
  s.oom = 0;
  s.nBudget = (long long)(n < 65536 ? 65536 : n) * BUDGET_PER_BYTE;
  s.nBracket = s.nDelim = 0;
  for (int k = 0; k <= MAX_TICKS; k++)
    s.aNoCloser[k] = SIZE_MAX;
  int rc = findMarkup(&s, pWork);
  if (rc == TK_OK) rc = writeText(&s, pOut);
  return rc;
}

/* Free the edits' array. */
void tk_md__edits_free(tk_md__edits *p) {
  tk_free(p->a);
  p->a = 0;
  p->nAlloc = 0;
}
