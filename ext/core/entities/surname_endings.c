/*
** surname_endings.c -- names that end as the surnames of Eastern Europe,
** the Caucasus, Turkey and Greece end are persons', for entities()
** (model_spans.c retypes the model's spans by it):
**
**   "Kassym-Jomart Tokayev said"          ORG  -> PERSON
**   "the government of Irakli Kobakhidze" ORG  -> PERSON
**   "Ekrem İmamoğlu wrote"                MISC -> PERSON
**   "Dynamo Kiev"                         stays: a city ends it
**
** The model types a name it never saw by its letters and its neighbours,
** and a two-word name of Central Asian or Georgian make reads as an
** organization's as often as a person's.  The ending of its last word
** says more: "-ov", "-eva", "-enko", "-shvili", "-dze", "-escu", "-oğlu",
** "-yan", "-ović", "-opoulos" and their kin end surnames, and few names of
** companies, places or events.  A span of two to four words, each opening
** with a capital, whose last word of five letters or more so ends, is
** retyped PERSON, unless the typed gazetteers list that word as a place,
** a nationality, a language, a company, an organization or an ordinary
** word ("Dynamo Kiev", "Kenyan"), the span has the head of a place's, an
** event's or an organization's name, or it stands in a Title Case line
** (a headline's words run into its names).
**
**   tk_entities__retype_surname_endings(z, n, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

#define MIN_SURNAME 5 /* the shortest surname retyped, in bytes */

/* The endings of surnames, as written in Latin letters. */
static const char *const azEnding[] = {
    "auskas", "aitis", "akis", "chuk",  "dze",  "enko",   "escu", "eanu",
    "eva",    "evic",  "ević", "evich", "idis", "oglu",   "oğlu", "opoulos",
    "ova",    "ovic",  "ović", "ovich", "ovna", "shvili", "skiy", "skyi",
    "skyy",   "sky",   "ski",  "yan",   "yuk",  "ov",     "ev",   0};

/* 1 when the word z[0..n) ends as a surname (azEnding); "-yan" after a
** consonant ("Pashinyan", not "Narayan" or "Ramayan"). */
static int surnameEnding(const char *z, size_t n) {
  if (n < MIN_SURNAME) return 0;
  for (int i = 0; azEnding[i]; i++) {
    size_t m = strlen(azEnding[i]);
    if (m < n && memcmp(z + n - m, azEnding[i], m) == 0)
      return strcmp(azEnding[i], "yan") || !strchr("aeiou", z[n - 4]);
  }
  return 0;
}

/* 1 when the words of z[iStart..w), the span's words before its last at
** w, read as a person's: each opens with a capital, as the last does, and
** none is listed as a company, an organization or a settled place unless
** as a first name too ("Toyota Innova", "Moscow Bolsheviks—A. S. Bubnov"
** stay). */
static int personsWords(const char *z, size_t n, size_t iStart, size_t w) {
  const unsigned fNot =
      TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG | TK_ENT_GAZ_SETTLED;
  const unsigned fFirst = TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO;
  for (size_t i = iStart; i < w;) {
    if (!tk_entities__capital_at(z, n, i)) return 0;
    const char *zSpace = memchr(z + i, ' ', w - i);
    size_t e = zSpace ? (size_t)(zSpace - z) : w;
    unsigned f = tk_ner_gazetteer_classes(z + i, e - i);
    if ((f & fNot) && !(f & fFirst)) return 0;
    i = e + 1;
  }
  return tk_entities__capital_at(z, n, w);
}

/* 1 when a quotation mark opens right before z[i]: a title (the concert
** video "Taras Shevchenko", the song "Ghanwa Bossanova"). */
static int quotedAt(const char *z, size_t i) {
  return (i >= 1 && z[i - 1] == '"') ||
         (i >= 3 && memcmp(z + i - 3, "\xe2\x80\x9c", 3) == 0);
}

/* Retype PERSON each span of a[0..nSpan), spans of z[0..n), whose last
** word ends as a surname (see above). */
void tk_entities__retype_surname_endings(const char *z, size_t n,
                                         tk_ner_span *a, size_t nSpan) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE |
                        TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG | TK_NER_GAZ_WORD;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    size_t iEnd = p->iStart + p->nLen, w = iEnd;
    size_t nWord = tk_entities__word_count(z + p->iStart, p->nLen);
    if (p->eType == TK_ENT_PERSON || nWord < 2 || nWord > 4) continue;
    while (w > p->iStart && z[w - 1] != ' ')
      w--;
    if (!surnameEnding(z + w, iEnd - w) ||
        (tk_ner_gazetteer_classes(z + w, iEnd - w) & fNot) ||
        !personsWords(z, n, p->iStart, w) || quotedAt(z, p->iStart) ||
        tk_entities__place_head(z, p->iStart, p->nLen) ||
        tk_entities__event_head(z, p->iStart, p->nLen) ||
        tk_entities__org_head(z, p->iStart, p->nLen) ||
        tk_entities__in_title_line(z, n, p->iStart))
      continue;
    p->eType = TK_ENT_PERSON;
  }
}
