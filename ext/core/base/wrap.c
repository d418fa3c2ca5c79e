/*
** wrap.c -- the line breaks of a hard-wrapped text that a wrap made, not
** the writer (textkit/base.h): entities() reads them as spaces
** (entities/plain_text.c), text_main() keeps them as they are
** (passages/blocks.c):
**
**   "... treaty with the old Bank of\nEngland was signed ..."
**                                   one sentence, one name "Bank of England"
**
** A book, a mail or a licence is cut into lines of at most some width (72
** columns, most often), and the tagger reads each line alone: wrapped at
** 72 columns, the present-day articles lost 7.3 points of PER+ORG+LOC F1
** and CoNLL-2003 dev 7.1.  A text is hard-wrapped when it has at least
** WRAP_LINES lines that are not blank, at most one in ten of them is
** longer than WRAP_MAX bytes, three in five are full (within WRAP_SLACK
** bytes of the longest line of up to WRAP_MAX bytes, which itself has at
** least WRAP_MIN), and half the full ones end inside a sentence (a text
** written a sentence a line ends them with a full stop).  In such a text
** a line break after a full line is a wrap unless it ends the first line
** (a title) or a list item ("- ", "* ", "1. "), or a blank line, a list
** item or the end of the text follows.
**
**   size_t w = tk_wrap_width(z, n);            // 0: not wrapped
**   if (w && tk_wrap_break(z, n, k, w)) ...    // z[k] == '\n'
*/
#include "textkit.h"

#include <string.h>

#define WRAP_LINES 4  /* lines a wrapped text has, at least */
#define WRAP_MIN 50   /* the wrapping width, at least */
#define WRAP_MAX 100  /* a longer line is a paragraph of its own */
#define WRAP_SLACK 20 /* a full line is this close to the width */

/* The bytes of the line z[i..e) without the spaces, tabs and carriage
** returns that end it. */
static size_t lineLength(const char *z, size_t i, size_t e) {
  while (e > i && (z[e - 1] == ' ' || z[e - 1] == '\t' || z[e - 1] == '\r'))
    e--;
  return e - i;
}

/* 1 when a line ending in byte c goes on after it: a letter, a digit, a
** comma or a hyphen, no end of a sentence.  Most lines of wrapped prose
** end so; the lines of a text written a sentence a line do not. */
static int openEnd(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == ',' || c == '-' ||
         (unsigned char)c >= 0x80;
}

/* The width z[0..n) is hard-wrapped at (see above), or 0. */
size_t tk_wrap_width(const char *z, size_t n) {
  size_t nLine = 0, nLong = 0, nWidth = 0;
  for (size_t i = 0; i < n;) { /* the width: the longest line kept short */
    const char *zEol = memchr(z + i, '\n', n - i);
    size_t e = zEol ? (size_t)(zEol - z) : n, m = lineLength(z, i, e);
    if (m) {
      nLine++;
      if (m > WRAP_MAX)
        nLong++;
      else if (m > nWidth)
        nWidth = m;
    }
    i = e + 1;
  }
  if (nLine < WRAP_LINES || nLong * 10 > nLine || nWidth < WRAP_MIN) return 0;
  size_t nFull = 0, nOpen = 0;
  for (size_t i = 0; i < n;) {
    const char *zEol = memchr(z + i, '\n', n - i);
    size_t e = zEol ? (size_t)(zEol - z) : n, m = lineLength(z, i, e);
    if (m <= WRAP_MAX && m + WRAP_SLACK >= nWidth) {
      nFull++;
      nOpen += openEnd(z[i + m - 1]);
    }
    i = e + 1;
  }
  return nFull * 5 >= nLine * 3 && nOpen * 2 >= nFull ? nWidth : 0;
}

/* 1 when the line z[i..e) is an item of a list: "- ", "* " or a number
** and "." or ")" after its indent. */
static int listItem(const char *z, size_t i, size_t e) {
  while (i < e && (z[i] == ' ' || z[i] == '\t'))
    i++;
  if (i + 1 < e && (z[i] == '-' || z[i] == '*') && z[i + 1] == ' ') return 1;
  size_t d = i;
  while (d < e && z[d] >= '0' && z[d] <= '9')
    d++;
  return d > i && d < e && (z[d] == '.' || z[d] == ')');
}

/* 1 when the line break at z[k] of a text wrapped at nWidth is a wrap: the
** line before it is full and neither the text's first (a title above its
** text: "... by means of BVMs\nBoundary Value Methods (BVMs) would") nor a
** list item (a results table's "10. Rubens Barrichello ... 1:53.152"), and
** a line follows that is neither blank nor a list item. */
int tk_wrap_break(const char *z, size_t n, size_t k, size_t nWidth) {
  size_t iLine = k;
  while (iLine > 0 && z[iLine - 1] != '\n')
    iLine--;
  if (iLine == 0) return 0; /* the first line: a title, as often as not */
  size_t m = lineLength(z, iLine, k);
  if (m > WRAP_MAX || m + WRAP_SLACK < nWidth || listItem(z, iLine, k))
    return 0;
  const char *zEol = memchr(z + k + 1, '\n', n - k - 1);
  size_t e = zEol ? (size_t)(zEol - z) : n;
  return k + 1 < n && lineLength(z, k + 1, e) > 0 && !listItem(z, k + 1, e);
}
