/*
** text_writer.h -- the plain-text writer that the lightweight markup
** readers (markdown.c, rst.c) write through, and the line helpers they
** share: blocks apart by one blank line, a block's lines trimmed and the
** empty ones left out, code blocks as written.
**
**   tk_tw__writer w = {pOut, pOut->n, 0, 0};
**   tk_tw__block(&w, zInline, nInline);   // a paragraph's inline text
**   tk_tw__code_start(&w);
**   tk_tw__code_line(&w, zLine, nLine);   // a code block's lines
*/
#ifndef TK_TEXT_WRITER_H
#define TK_TEXT_WRITER_H

#include "textkit.h"

typedef struct tk_tw__writer {
  tk_buf *pOut;
  size_t nOut0;   /* pOut->n when the text began: nothing is before it */
  int bCodeAny;   /* the code block wrote a line */
  int nCodeBlank; /* blank lines of the code block not written yet */
} tk_tw__writer;

/* Write the lines of z[0..n) as one block: each trimmed of its white
** space, the empty ones left out; nothing when all are empty. */
void tk_tw__block(tk_tw__writer *w, const char *z, size_t n);
/* Start a code block, and write its line z[0..n) as it is (its blank
** lines only before another line of it). */
void tk_tw__code_start(tk_tw__writer *w);
void tk_tw__code_line(tk_tw__writer *w, const char *z, size_t n);

/* 1 when z[0..n) holds only spaces and tabs. */
int tk_tw__blank(const char *z, size_t n);
/* The length of z[0..n) without the spaces and tabs that end it. */
size_t tk_tw__trim_end(const char *z, size_t n);
/* The columns of the indentation of z[0..n), a tab to the next multiple of
** nTab, and in *pb the bytes it takes. */
size_t tk_tw__indent(const char *z, size_t n, size_t nTab, size_t *pb);
/* The bytes of z[0..n) that at most nCols columns of its indentation
** take. */
size_t tk_tw__cols_bytes(const char *z, size_t n, size_t nTab, size_t nCols);
/* The end of the line that starts at z[i] (its '\n', or n), and the
** length of the line z[i..e) without the '\r' that ends it. */
size_t tk_tw__line_end(const char *z, size_t n, size_t i);
size_t tk_tw__line_len(const char *z, size_t i, size_t e);

#endif
