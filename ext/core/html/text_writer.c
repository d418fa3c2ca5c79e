/*
** text_writer.c -- the plain-text writer of the lightweight markup
** readers (text_writer.h): Markdown (markdown.c) and reStructuredText
** (rst.c) write their blocks through it, so that both read alike to
** text_blocks(): blocks apart by one blank line, no line with white space
** at its ends, no empty line inside a block but a code block's own.
**
**   tk_tw__writer w = {pOut, pOut->n, 0, 0};
**   tk_tw__block(&w, "  Title \n\n", 10);           // "Title"
*/
#include "text_writer.h"

#include <string.h>

/* Start a block: a blank line after the text before it. */
static void startBlock(tk_tw__writer *w) {
  if (w->pOut->n > w->nOut0) tk_buf_append(w->pOut, "\n\n", 2);
}

/* 1 when z[0..n) holds only spaces and tabs. */
int tk_tw__blank(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (z[i] != ' ' && z[i] != '\t') return 0;
  return 1;
}

/* The length of z[0..n) without the spaces and tabs that end it. */
size_t tk_tw__trim_end(const char *z, size_t n) {
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t'))
    n--;
  return n;
}

/* The columns of the indentation of z[0..n) (see text_writer.h). */
size_t tk_tw__indent(const char *z, size_t n, size_t nTab, size_t *pb) {
  size_t b = 0, nCol = 0;
  for (; b < n && (z[b] == ' ' || z[b] == '\t'); b++)
    nCol = z[b] == '\t' ? (nCol / nTab + 1) * nTab : nCol + 1;
  *pb = b;
  return nCol;
}

/* The bytes that at most nCols columns of indentation take. */
size_t tk_tw__cols_bytes(const char *z, size_t n, size_t nTab, size_t nCols) {
  size_t b = 0, nCol = 0;
  for (; b < n && (z[b] == ' ' || z[b] == '\t'); b++) {
    size_t nNext = z[b] == '\t' ? (nCol / nTab + 1) * nTab : nCol + 1;
    if (nNext > nCols) break;
    nCol = nNext;
  }
  return b;
}

/* The end of the line that starts at z[i]. */
size_t tk_tw__line_end(const char *z, size_t n, size_t i) {
  const char *e = memchr(z + i, '\n', n - i);
  return e ? (size_t)(e - z) : n;
}

/* The length of the line z[i..e) without its '\r'. */
size_t tk_tw__line_len(const char *z, size_t i, size_t e) {
  return e > i && z[e - 1] == '\r' ? e - i - 1 : e - i;
}

/* Write the lines of z[0..n) as one block (see text_writer.h). */
void tk_tw__block(tk_tw__writer *w, const char *z, size_t n) {
  int bFirst = 1;
  for (size_t i = 0; i < n;) {
    size_t e = tk_tw__line_end(z, n, i), b, m;
    tk_tw__indent(z + i, e - i, 8, &b);
    m = tk_tw__trim_end(z + i, e - i);
    if (b < m) {
      if (bFirst)
        startBlock(w);
      else
        tk_buf_putc(w->pOut, '\n');
      bFirst = 0;
      tk_buf_append(w->pOut, z + i + b, m - b);
    }
    i = e + 1;
  }
}

/* Start a code block. */
void tk_tw__code_start(tk_tw__writer *w) {
  w->bCodeAny = 0;
  w->nCodeBlank = 0;
}

/* Write a code block's line z[0..n) (see text_writer.h). */
void tk_tw__code_line(tk_tw__writer *w, const char *z, size_t n) {
  n = tk_tw__trim_end(z, n);
  if (n == 0) {
    w->nCodeBlank += w->bCodeAny;
    return;
  }
  if (!w->bCodeAny) startBlock(w);
  for (int k = 0; w->bCodeAny && k <= w->nCodeBlank; k++)
    tk_buf_putc(w->pOut, '\n');
  tk_buf_append(w->pOut, z, n);
  w->bCodeAny = 1;
  w->nCodeBlank = 0;
}
