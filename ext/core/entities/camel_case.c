/*
** camel_case.c -- a word with a capital inside after three lower-case
** letters or more names no person, for entities() (model_spans.c retypes
** such a PERSON an ORG):
**
**   "AmigaOne", "GameLine", "PhantomData", "HashSet"   PERSON -> ORG
**   "McDonald", "MacArthur", "DeSantis", "LeBron"       PERSON stays
**   "MaliVai Washington"                                PERSON stays
**
**   tk_entities__retype_camel_case(z, a, nSpan);
**
** People's names join a capital after a prefix of one or two lower-case
** letters ("Mc", "Mac", "De", "Le", "Di", "Van"); brands, products and
** code's identifiers join whole words ("CrowdStrike", "AmigaOne",
** "PhantomData").  Over 6,000 Wikipedia paragraphs the model typed 593
** such one-word spans, 24 of them PERSON, all products or firms
** ("AmigaOne", "GameSpot", "LaserWriter", "AkzoNobel"); over 2,087 pages
** of the Rust manuals it typed PERSON the type names of the code
** ("PhantomData" 26 times, "HashSet" 18, "MaybeUninit" 16).  A span of
** two words or more stays, as a first name may be written so ("MaliVai
** Washington", CoNLL-2003); the present-day sets name no person so.
*/
#include "entities_internal.h"

/* 1 when z[0..n) is one word whose letters are ASCII, with a capital
** after its first letter that follows three lower-case letters or more
** ("PhantomData"). */
static int camelCaseWord(const char *z, size_t n) {
  if (n < 5 || z[0] < 'A' || z[0] > 'Z') return 0;
  size_t nLower = 0;
  int bInner = 0;
  for (size_t i = 1; i < n; i++) {
    char c = z[i];
    if (c >= 'a' && c <= 'z') {
      nLower++;
    } else if (c >= 'A' && c <= 'Z') {
      bInner |= nLower >= 3;
      nLower = 0;
    } else {
      return 0; /* a space, a digit, punctuation, another script */
    }
  }
  return bInner;
}

/* Retype ORG each PERSON span of a[0..nSpan) (spans of z) that is one
** word in camel case (camelCaseWord). */
void tk_entities__retype_camel_case(const char *z, tk_ner_span *a,
                                    size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++)
    if (a[k].eType == TK_ENT_PERSON &&
        camelCaseWord(z + a[k].iStart, a[k].nLen))
      a[k].eType = TK_ENT_ORG;
}
