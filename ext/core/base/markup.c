/*
** markup.c -- markup left in plain text: the tag names of "</dl>" or
** "<br>", and the "sup" and "sub" of the INSPEC abstracts' notation for
** superscripts and subscripts ("x/sub c/", "D/sup N/"), which the entity
** tagger and keywords() must not take for words of the text.
**
**   if (tk_markup_tag_name(z, n, t.iStart, t.nLen)) ... // "br" in "a<br>b"
*/
#include "textkit.h"

/* 1 when z[iStart..iStart+nLen) opens a superscript or a subscript in
** the INSPEC notation: "sup" or "sub" right after a "/" that follows a
** character other than a space, and before a space ("D/sup N/"). */
static int inspecScript(const char *z, size_t n, size_t iStart, size_t nLen) {
  size_t iEnd = iStart + nLen;
  return nLen == 3 && iStart >= 2 && iEnd < n && z[iEnd] == ' ' &&
         z[iStart - 1] == '/' && z[iStart - 2] != ' ' && z[iStart - 2] != '/' &&
         z[iStart] == 's' && z[iStart + 1] == 'u' &&
         (z[iStart + 2] == 'p' || z[iStart + 2] == 'b');
}

/* 1 when z[iStart..iStart+nLen) is enclosed as a tag name (see base.h). */
int tk_markup_tag_name(const char *z, size_t n, size_t iStart, size_t nLen) {
  size_t iEnd = iStart + nLen;
  if (inspecScript(z, n, iStart, nLen)) return 1;
  if (iEnd >= n || (z[iEnd] != '>' && z[iEnd] != '/')) return 0;
  if (iStart >= 1 && z[iStart - 1] == '<') return 1;
  return iStart >= 2 && z[iStart - 1] == '/' && z[iStart - 2] == '<';
}
