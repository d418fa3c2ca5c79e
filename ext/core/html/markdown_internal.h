/*
** markdown_internal.h -- what the two halves of tk_markdown_text share:
** the block reader (markdown.c) hands each paragraph, heading or table,
** its block markers already taken off, to the inline reader
** (markdown_inline.c), which writes its text without the inline markup.
**
**   tk_md__labels labels = {0};        // the link labels the text defines
**   tk_md__edits edits = {0};          // scratch, kept from block to block
**   tk_md__labels_add(&labels, "Home", 4);
**   rc = tk_md__inline(zPara, nPara, bTable, &labels, &edits, pWork, pOut);
**   tk_md__labels_free(&labels);  tk_md__edits_free(&edits);
*/
#ifndef TK_MARKDOWN_INTERNAL_H
#define TK_MARKDOWN_INTERNAL_H

#include "textkit.h"

/* The labels of a text's link reference definitions ("[home]: /"), as
** hashes of their case-folded, whitespace-collapsed text: a shortcut link
** "[Home]" is a link only when its label is defined. */
typedef struct tk_md__labels {
  uint64_t *a; /* open addressing; 0 is an empty slot */
  size_t nSlot, nUsed;
  int oom;
} tk_md__labels;

/* Add the label z[0..n); sets p->oom when out of memory. */
void tk_md__labels_add(tk_md__labels *p, const char *z, size_t n);
/* 1 when the label z[0..n) was added. */
int tk_md__labels_has(const tk_md__labels *p, const char *z, size_t n);
void tk_md__labels_free(tk_md__labels *p);

/* One change the inline reader makes to a range of its block (what
** markdown_inline.c calls an edit), and a growable array of them. */
typedef struct tk_md__edit {
  size_t iStart, iEnd;
  int eKind;
} tk_md__edit;
typedef struct tk_md__edits {
  tk_md__edit *a;
  size_t nAlloc;
} tk_md__edits;
void tk_md__edits_free(tk_md__edits *p);

/* Append to pOut the text of the block z[0..n) (its lines joined by line
** breaks) without its inline markup: emphasis marks, code spans' backticks
** (their text stays as it is), links (their text stays), images, HTML
** tags, backslash escapes; character references decoded.  With bTable,
** each line is a table row whose cells are written apart by tabs.  TK_OK,
** TK_ENOMEM or TK_EINTERRUPT (pWork's cancel callback, every 16 KB). */
int tk_md__inline(const char *z, size_t n, int bTable,
                  const tk_md__labels *pLabels, tk_md__edits *pEdits,
                  tk_work *pWork, tk_buf *pOut);

#endif
