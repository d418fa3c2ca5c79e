/*
** markup.c -- markup left in plain text: the tag names of "</dl>" or
** "<br>", which the entity tagger and keywords() must not take for words
** of the text.
**
**   if (tk_markup_tag_name(z, n, t.iStart, t.nLen)) ... // "br" in "a<br>b"
*/
#include "textkit.h"

/* 1 when z[iStart..iStart+nLen) is enclosed as a tag name (see base.h). */
int tk_markup_tag_name(const char *z, size_t n, size_t iStart, size_t nLen) {
  size_t iEnd = iStart + nLen;
  if (iEnd >= n || (z[iEnd] != '>' && z[iEnd] != '/')) return 0;
  if (iStart >= 1 && z[iStart - 1] == '<') return 1;
  return iStart >= 2 && z[iStart - 1] == '/' && z[iStart - 2] == '<';
}
