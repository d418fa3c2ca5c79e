/*
** kin_names.c -- names after a word of kinship are persons', for
** entities() (model_spans.c retypes the model's spans by it):
**
**   "his son Bilawal Bhutto Zardari"      ORG  -> PERSON
**   "the son of Joko Widodo"              LOC  -> PERSON
**   "her husband Gino Cecchettin"         MISC -> PERSON
**
** The model types a person's name it never saw by its letters, and a
** name of three words or one of Asian or African make reads as an
** organization's or a place's as often.  A noun of kinship right before
** the name ("son", "wife", "widow"), or the noun and " of " ("the
** daughter of"), says the name is a person's.  Not retyped: a name the
** typed gazetteers list as a country, a region, a city, a nationality, a
** company or an organization ("the son of Italy"), a name of more than
** four words, a span whose last word is the head of a place's, an
** event's or an organization's name ("the father of Wayne State
** University"), a span before another capitalized word, which it
** qualifies ("the daughter of Republican Gov. William Weld"), and a span
** in a Title Case line.  "sister" and
** "brother" are left out: "sister company", "Brother Industries".
**
**   tk_entities__retype_kin(z, n, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_KIN_WORDS 4 /* the longest name retyped, in words */

/* The nouns of kinship that stand before a person's name. */
TK_SORTED_WORDS(azKin) = {"aunt",          "boyfriend",
                          "cousin",        "daughter",
                          "father",        "fiancé",
                          "fiancée",       "girlfriend",
                          "granddaughter", "grandfather",
                          "grandmother",   "grandson",
                          "husband",       "mother",
                          "nephew",        "niece",
                          "son",           "stepdaughter",
                          "stepfather",    "stepmother",
                          "stepson",       "uncle",
                          "widow",         "widower",
                          "wife",          0};

/* 1 when a noun of kinship ends one space before z[i], or the noun and
** " of " stand before it ("his son Bilawal", "the son of Joko"). */
static int kinBefore(const char *z, size_t i) {
  size_t e = i >= 4 && memcmp(z + i - 4, " of ", 4) == 0 ? i - 3 : i;
  size_t w = tk_entities__word_before(z, 0, e, " \t\n(\"");
  return w < e && TK_IN_SORTED(azKin, z + w, e - 1 - w);
}

/* 1 when a capitalized word follows the span that ends at z[iEnd]: the
** span qualifies a name after it ("the daughter of Republican Gov.
** William Weld"). */
static int modifierAt(const char *z, size_t n, size_t iEnd) {
  return iEnd + 1 < n && z[iEnd] == ' ' &&
         tk_entities__capital_at(z, n, iEnd + 1);
}

/* Retype PERSON each span of a[0..nSpan), spans of z[0..n), after a noun
** of kinship (see above). */
void tk_entities__retype_kin(const char *z, size_t n, tk_ner_span *a,
                             size_t nSpan) {
  const unsigned fNot = TK_ENT_GAZ_SETTLED | TK_NER_GAZ_DEMONYM |
                        TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType == TK_ENT_PERSON || !kinBefore(z, p->iStart) ||
        tk_entities__word_count(z + p->iStart, p->nLen) > MAX_KIN_WORDS ||
        (tk_ner_gazetteer_classes(z + p->iStart, p->nLen) & fNot) ||
        tk_entities__place_head(z, p->iStart, p->nLen) ||
        tk_entities__event_head(z, p->iStart, p->nLen) ||
        tk_entities__org_head(z, p->iStart, p->nLen) ||
        tk_entities__in_title_line(z, n, p->iStart) ||
        modifierAt(z, n, p->iStart + p->nLen))
      continue;
    p->eType = TK_ENT_PERSON;
  }
}
