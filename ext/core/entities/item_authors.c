/*
** item_authors.c -- the authors that change logs credit at the end of an
** item, for entities() (model_spans.c joins and retypes them PERSON):
**
**   "* doc: allow <code> in headers (Rich Trott) [#31086](https://...)"
**                                    LOC "Rich Trott"     -> PERSON
**   "* tls: add DHE support (Shigeki Ohtsu)"
**                                    PERSON "Shigeki" + LOC "Ohtsu"
**                                                         -> PERSON
**
** Node.js, and many projects after it, end each item of a change log with
** its author in brackets.  The model reads an author it never saw by the
** letters of the name ("Rich Trott" a place 3,181 times in the Node.js
** change logs of a newcomer's corpus of package documents).  The spans
** that fill a pair of round brackets, one space apart, are one PERSON
** when the brackets end a list item: its line opens with a list marker
** ("*", "-" or "+" and a space), and after the closing bracket comes the
** end of the line or a link to the change ("[#31086](...)").  Not
** retyped: more than MAX_AUTHOR_WORDS words, a word without a capital, a
** name the typed gazetteers list as a place, a company or an
** organization ("- talks resumed (United Nations)").
**
**   nSpan = tk_entities__join_item_authors(z, n, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_AUTHOR_WORDS 4 /* the longest author's name, in words */

/* 1 when the ")" at z[i] ends a list item's line: the end of the line
** follows, or a link to the change ("[#31086](...)" and its kin). */
static int itemEnd(const char *z, size_t n, size_t i) {
  i++;
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r'))
    i++;
  if (i == n || z[i] == '\n') return 1;
  const char *zEol = memchr(z + i, '\n', n - i);
  size_t e = zEol ? (size_t)(zEol - z) : n;
  return z[i] == '[' && e > i + 1 && (z[i + 1] == '#' || z[e - 1] == ')');
}

/* 1 when every word of z[i..e) opens with a capital. */
static int capitalized(const char *z, size_t n, size_t i, size_t e) {
  for (size_t k = i; k < e; k++)
    if ((k == i || z[k - 1] == ' ') && !tk_entities__capital_at(z, n, k))
      return 0;
  return 1;
}

/* Join a[k..j) into one PERSON where they fill the brackets of an item's
** author (see above); returns the new count of a[0..nSpan). */
size_t tk_entities__join_item_authors(const char *z, size_t n, tk_ner_span *a,
                                      size_t nSpan) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG;
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan;) {
    size_t j = k + 1, i = a[k].iStart;
    while (j < nSpan && a[j].iStart == a[j - 1].iStart + a[j - 1].nLen + 1 &&
           z[a[j].iStart - 1] == ' ')
      j++;
    size_t e = a[j - 1].iStart + a[j - 1].nLen;
    size_t nWord = tk_entities__word_count(z + i, e - i);
    if (i > 0 && z[i - 1] == '(' && e < n && z[e] == ')' && nWord >= 2 &&
        nWord <= MAX_AUTHOR_WORDS && capitalized(z, n, i, e) &&
        !(tk_ner_gazetteer_classes(z + i, e - i) & fNot) && itemEnd(z, n, e) &&
        tk_entities__item_start(z, i) != SIZE_MAX) {
      a[nOut] = a[k];
      a[nOut].nLen = e - i;
      a[nOut].eType = TK_ENT_PERSON;
      for (size_t m = k + 1; m < j; m++)
        if (a[m].rScore < a[nOut].rScore) a[nOut].rScore = a[m].rScore;
      nOut++;
      k = j;
      continue;
    }
    a[nOut++] = a[k++];
  }
  return nOut;
}
