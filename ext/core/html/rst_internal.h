/*
** rst_internal.h -- what the two halves of tk_rst_text share: the block
** reader (rst.c) hands each paragraph, title or table row, its block
** markup already taken off, to the inline reader (rst_inline.c).
**
**   rc = tk_rst__inline(zPara, nPara, pWork, pOut);
*/
#ifndef TK_RST_INTERNAL_H
#define TK_RST_INTERNAL_H

#include "textkit.h"

/* Append to pOut the text of z[0..n) without its inline markup: emphasis
** and strong emphasis marks, inline literals' backquotes (their text
** stays as written), roles (":ref:`Title <target>`" is "Title"),
** hyperlink references ("`Python <https://python.org>`_" is "Python"),
** substitution bars, footnote and citation references ("[1]_"),
** backslash escapes.  TK_OK, TK_ENOMEM or TK_EINTERRUPT (pWork's cancel
** callback, every 16 KB). */
int tk_rst__inline(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);

#endif
