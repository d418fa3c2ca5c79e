/*
** located_places.c -- places the model mistypes after a locative
** preposition, for entities() (model_spans.c retypes them LOC):
**
**   "a port in Dnipro"        ORG "Dnipro"      -> LOC
**   "workers in Bengaluru"    ORG "Bengaluru"   -> LOC
**   "an airfield in Engels"   PERSON "Engels" stays: no place list has it
**   "Lisbon, Porto, Bilbao, Lyon and Marseille"  ORG "Lisbon" -> LOC
**
** After "in", "near", "outside", "around", "across", "at", "through",
** "via" or "along", a name is a place most of the time in CoNLL-2003
** train and dev (745 LOC of 846 names after "in"; the others mostly
** adjectives, "in Irish retail", and possessives, "in Netanyahu's
** office"; after "at" in train LOC 261, ORG 39 (clubs, "at Lazio"), MISC
** 31; "from" and "to" are left out: their names are persons and clubs as
** often, "a letter to Kennedy", "on loan from Napoli").  A name typed ORG
** or PERSON there, not followed by "'s" and listed by the typed
** gazetteers as a country, a region, a city or a place
** (tk_ner_gazetteer_classes), is retyped LOC.
**
** So is a listed place in a list of names ("Lisbon, Porto, Bilbao, Lyon
** and Marseille": names one ", ", " and ", ", and ", " or " apart), three
** or more of them, when two of them are LOC: the model types a city by
** its neighbours, and a list's members are of one kind.
**
** And so is an ORG that is "US", "U.S.", "UK" or "U.K." alone ("US
** Offers More Security to Russia"): a country is a place in CoNLL-2003,
** its government too.  Not every listed country: clubs and teams are
** named by some ("Monaco 2", "Barrichello ( Brazil ) Jordan").
**
**   tk_entities__retype_located(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when the word before z[i] (one space before it) is a locative
** preposition (see above). */
static int afterPreposition(const char *z, size_t i) {
  static const char *const az[] = {"across", "along",   "around",  "at",  "in",
                                   "near",   "outside", "through", "via", 0};
  return tk_entities__listed_word_before(az, z, i);
}

/* 1 when a possessive follows z[i] ("'s" or "’s"). */
static int possessiveAt(const char *z, size_t n, size_t i) {
  return (i + 2 <= n && z[i] == '\'' && z[i + 1] == 's') ||
         (i + 4 <= n && memcmp(z + i, "\xe2\x80\x99s", 4) == 0);
}

/* The end of the list of names that starts at a[k] (the index past its
** last member): names one separator apart (tk_entities__list_separator). */
static size_t listEnd(const char *z, size_t n, const tk_ner_span *a,
                      size_t nSpan, size_t k) {
  size_t j = k + 1;
  while (j < nSpan) {
    size_t iGap = a[j - 1].iStart + a[j - 1].nLen;
    size_t m = tk_entities__list_separator(z, n, iGap);
    if (!m || a[j].iStart != iGap + m) break;
    j++;
  }
  return j;
}

/* Retype LOC each ORG or PERSON of a[0..nSpan), spans of z[0..n), that
** is a listed place and follows a locative preposition or stands in a
** list of three names or more, two of them LOC, and each ORG that is
** "US" or "UK" alone (see above). */
void tk_entities__retype_located(const char *z, size_t n, tk_ner_span *a,
                                 size_t nSpan) {
  const unsigned fPlace = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType == TK_ENT_ORG &&
        tk_entities__country_abbreviation(z + p->iStart, p->nLen)) {
      p->eType = TK_ENT_LOC;
      continue;
    }
    if ((p->eType != TK_ENT_ORG && p->eType != TK_ENT_PERSON) ||
        !afterPreposition(z, p->iStart) ||
        possessiveAt(z, n, p->iStart + p->nLen))
      continue;
    if (tk_ner_gazetteer_classes(z + p->iStart, p->nLen) & fPlace)
      p->eType = TK_ENT_LOC;
  }
  for (size_t k = 0; k < nSpan;) {
    size_t j = listEnd(z, n, a, nSpan, k), nLoc = 0;
    for (size_t i = k; i < j; i++)
      nLoc += a[i].eType == TK_ENT_LOC;
    if (j - k >= 3 && nLoc >= 2) {
      for (size_t i = k; i < j; i++)
        if ((a[i].eType == TK_ENT_ORG || a[i].eType == TK_ENT_PERSON) &&
            (tk_ner_gazetteer_classes(z + a[i].iStart, a[i].nLen) & fPlace))
          a[i].eType = TK_ENT_LOC;
    }
    k = j;
  }
}
