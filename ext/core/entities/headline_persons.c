/*
** headline_persons.c -- persons named by a first name and a surname in a
** Title Case line, for entities() (model_spans.c claims them where the
** model found nothing):
**
**   "Bolivia Elects Rodrigo Paz In Run-Off Upset"     PERSON "Rodrigo Paz"
**   "Lee Jae-myung Sworn In As South Korea Seeks Calm" PERSON "Lee
**                                                      Jae-myung"
**
** A headline writes every word with a capital, so the model, which reads a
** name by its capitals and the words it knows, misses a person whose
** surname it never saw.  In a Title Case line, a word that the typed
** gazetteers list as a first name and as no ordinary lower-case word, no
** place and no nationality, followed by one or two words that they list
** as no ordinary word, no place and no nationality (a surname they do not
** know, or one they list as such), is a PERSON: "Will Smith" and "Grace
** Church" are not read ("will" and "church" are ordinary words), nor are
** "Jordan Peterson" or "Austin Butler" (the first names are places), nor
** months and days ("July June").
** Score 0.5: a guess by the words' lists alone.
**
** headline_subjects.c asks each Title Case line it reads for them.
**
**   if (tk_entities__line_persons(z, n, iLine, iEol, aSpan, nSpan, &aClaim,
**                                 &nClaim, &nAlloc)) ... out of memory ...
*/
#include "entities_internal.h"

#include <string.h>

#define HEADLINE_PERSON_SCORE 0.5 /* a guess by the words' lists alone */

/* The classes that bar a word from a person's name here. */
#define NOT_NAME                                                               \
  (TK_NER_GAZ_WORD | TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |                   \
   TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE | TK_NER_GAZ_COMPANY |             \
   TK_NER_GAZ_ORG | TK_NER_GAZ_CURRENCY)

/* 1 when z[0..n) names a month or a day of the week, in any case. */
static int monthOrDay(const char *z, size_t n) {
  char zLow[12];
  if (n >= sizeof zLow) return 0;
  for (size_t k = 0; k < n; k++)
    zLow[k] = (char)(z[k] >= 'A' && z[k] <= 'Z' ? z[k] + 32 : z[k]);
  return tk_entities__month_value(zLow, n) ||
         tk_entities__weekday_value(zLow, n, 0) >= 0;
}

/* 1 when the word z[i..e) may be part of a person's name here: a capital
** and then letters (ASCII ones, other characters' bytes, inner hyphens
** and apostrophes), listed in no class of NOT_NAME, with bFirst a listed
** first name, and no month or day. */
static int nameWord(const char *z, size_t n, size_t i, size_t e, int bFirst) {
  if (e - i < 2 || !tk_entities__capital_letter_at(z, n, i)) return 0;
  for (size_t k = i + 1; k < e; k++) {
    unsigned char c = (unsigned char)z[k];
    int bLetter = (unsigned)((c | 0x20) - 'a') < 26 || c >= 0x80;
    if (!bLetter && !((c == '-' || c == '\'') && k + 1 < e)) return 0;
  }
  unsigned f = tk_ner_gazetteer_classes(z + i, e - i);
  if ((f & NOT_NAME) ||
      (bFirst && !(f & (TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO))))
    return 0;
  return !monthOrDay(z + i, e - i); /* "July June" */
}

/* Append to *pa (*pn of them, room for *pnAlloc) the persons of the
** Title Case line z[iLine..iEol) of z[0..n) in no span of a[0..nSpan)
** (see above).  0, or 1 when out of memory (*pa freed and NULL). */
int tk_entities__line_persons(const char *z, size_t n, size_t iLine,
                              size_t iEol, const tk_ner_span *a, size_t nSpan,
                              tk_ner_span **pa, size_t *pn, size_t *pnAlloc) {
  size_t k = tk_entities__span_after(a, nSpan, iLine);
  for (size_t i = iLine; i < iEol;) {
    size_t w = tk_entities__next_word(z, &i, iEol), eFirst = i, iEnd = i;
    if (!nameWord(z, n, w, eFirst, 1)) continue;
    for (int nWord = 0; nWord < 2 && i < iEol; nWord++) { /* the surname */
      size_t e = i, w2 = tk_entities__next_word(z, &e, iEol), eWord = e;
      while (eWord > w2 && strchr(",.:;!?", z[eWord - 1]))
        eWord--; /* "Paz," */
      if (w2 != i + 1 || !nameWord(z, n, w2, eWord, 0)) break;
      iEnd = eWord;
      i = e;
      if (eWord < e) break;
    }
    while (k < nSpan && a[k].iStart + a[k].nLen <= w)
      k++;
    if (iEnd == eFirst || (k < nSpan && a[k].iStart < iEnd)) {
      i = eFirst; /* no name here: the next word may open one */
      continue;
    }
    if (tk_entities__add_claim(
            pa, pn, pnAlloc,
            (tk_ner_span){w, iEnd - w, TK_ENT_PERSON, HEADLINE_PERSON_SCORE})) {
      tk_free(*pa);
      *pa = 0;
      *pn = 0;
      return 1;
    }
  }
  return 0;
}
