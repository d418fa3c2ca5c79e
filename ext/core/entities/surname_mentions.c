/*
** surname_mentions.c -- a person's surname alone is the person's, for
** entities() (model_spans.c retypes the finished spans by it):
**
**   "... the writer Mike Ford ... Ford wrote"   ORG "Ford" -> PERSON
**   "Bill Ford said Ford Motor would ... Ford"  ORG "Ford" stays
**
** News names a person in full once and by the surname after.  The model
** types the surname by what it knows of the word, and a surname that is a
** company's name ("Ford", "Dell", "Hilton") comes out ORG at every later
** mention (a newcomer's report listed ORG "Ford" 47 times in a document
** about the writer John M. Ford).  A one-word ORG span that is the last
** word of a PERSON span of two words or more in the same document is
** retyped PERSON, unless a longer ORG span of the document opens with the
** word ("Ford Motor", "Ford Foundation"): the company is named there too;
** nor a listed country, region or city, which the model typed ORG for
** its institutions ("Adelaide's two largest hospitals" in a text that
** names a Queen Adelaide).
**
**   tk_entities__retype_surnames(z, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <stdlib.h>
#include <string.h>

/* 1 when span p of z has two words or more. */
static int severalWords(const char *z, const tk_ner_span *p) {
  return memchr(z + p->iStart, ' ', p->nLen) != 0;
}

/* The last word of span p (p itself when it has no space). */
static tk_ebytes lastWord(const char *z, const tk_ner_span *p) {
  size_t i = p->iStart + p->nLen;
  while (i > p->iStart && z[i - 1] != ' ')
    i--;
  return (tk_ebytes){z + i, p->iStart + p->nLen - i, 0};
}

/* The first word of span p. */
static tk_ebytes firstWord(const char *z, const tk_ner_span *p) {
  const char *zSpace = memchr(z + p->iStart, ' ', p->nLen);
  return (tk_ebytes){z + p->iStart,
                     zSpace ? (size_t)(zSpace - (z + p->iStart)) : p->nLen, 0};
}

/* Retype PERSON each one-word ORG of a[0..nSpan), spans of z, that is the
** surname of a person named in full in the text, opens no longer ORG
** and is no listed place (see above).  TK_OK, or TK_ENOMEM (nothing
** retyped). */
int tk_entities__retype_surnames(const char *z, tk_ner_span *a, size_t nSpan) {
  size_t nSurname = 0, nCompany = 0;
  for (size_t k = 0; k < nSpan; k++) {
    int bLong = severalWords(z, &a[k]);
    nSurname += bLong && a[k].eType == TK_ENT_PERSON;
    nCompany += bLong && a[k].eType == TK_ENT_ORG;
  }
  if (nSurname == 0) return TK_OK;
  tk_ebytes *aWord = tk_malloc((nSurname + nCompany) * sizeof *aWord);
  if (!aWord) return TK_ENOMEM;
  tk_ebytes *aSurname = aWord, *aCompany = aWord + nSurname;
  nSurname = nCompany = 0;
  for (size_t k = 0; k < nSpan; k++) {
    if (!severalWords(z, &a[k])) continue;
    if (a[k].eType == TK_ENT_PERSON) aSurname[nSurname++] = lastWord(z, &a[k]);
    if (a[k].eType == TK_ENT_ORG) aCompany[nCompany++] = firstWord(z, &a[k]);
  }
  qsort(aSurname, nSurname, sizeof *aWord, tk_entities__bytes_compare);
  qsort(aCompany, nCompany, sizeof *aWord, tk_entities__bytes_compare);
  for (size_t k = 0; k < nSpan; k++) {
    if (a[k].eType != TK_ENT_ORG || severalWords(z, &a[k])) continue;
    tk_ebytes w = {z + a[k].iStart, a[k].nLen, 0};
    if (bsearch(&w, aSurname, nSurname, sizeof *aWord,
                tk_entities__bytes_compare) &&
        !bsearch(&w, aCompany, nCompany, sizeof *aWord,
                 tk_entities__bytes_compare) &&
        !(tk_ner_gazetteer_classes(w.z, w.n) & TK_ENT_GAZ_SETTLED))
      a[k].eType = TK_ENT_PERSON;
  }
  tk_free(aWord);
  return TK_OK;
}
