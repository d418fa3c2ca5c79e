/*
** demonyms.c -- nationalities the model types as something else, for
** entities() (model_spans.c retypes them MISC):
**
**   "MGX, the Emirati fund"     ORG "Emirati"  -> MISC
**
** CoNLL-2003 marks a nationality or a people ("German", "Kurdish") MISC.
** A one-word span that the typed gazetteers list as a nationality
** (DEMONYM) and as no country, region or city, and that a lower-case word
** follows (an adjective: "Azerbaijani art"; the list also holds "Kosovo",
** a country ISO 3166 leaves out), is MISC: in CoNLL-2003
** train such a word, capitalized, is a MISC of its own 1,133 times, part
** of a longer name 233 times (which a one-word span is not), a LOC 8
** times, an ORG once and outside any name 3 times.
**
**   tk_entities__retype_demonyms(z, n, a, nSpan);
*/
#include "entities_internal.h"

/* 1 when a lower-case word follows z[i] after one space: the span before
** it is used as an adjective ("Emirati fund"), as a country's name is
** not ("in Kosovo.": the nationality list holds "Kosovo" too). */
static int beforeLowerWord(const char *z, size_t n, size_t i) {
  return i + 1 < n && z[i] == ' ' && z[i + 1] >= 'a' && z[i + 1] <= 'z';
}

/* 1 when z[0..n) is a nationality of azUnlisted: the nationalities of
** countries, regions and provinces that the typed gazetteers' list
** (iso-codes' and the npm list's) leaves out. */
static int unlistedDemonym(const char *z, size_t n) {
  TK_SORTED_WORDS(azUnlisted) = {"Bavarian",  "Californian",
                                 "Congolese", "Emirati",
                                 "Flemish",   "Kosovar",
                                 "Motswana",  "Palestinian",
                                 "Québécois", "Scottish",
                                 "Sinhalese", "Texan",
                                 "Yemeni",    0};
  return TK_IN_SORTED(azUnlisted, z, n);
}

/* Retype MISC each one-word span of a[0..nSpan), spans of z[0..n), that
** is a listed nationality before a lower-case word (see above). */
void tk_entities__retype_demonyms(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType == TK_ENT_MISC || memchr(z + p->iStart, ' ', p->nLen) ||
        !tk_entities__capital_at(z, p->iStart + p->nLen, p->iStart) ||
        !beforeLowerWord(z, n, p->iStart + p->nLen))
      continue;
    unsigned m = tk_ner_gazetteer_classes(z + p->iStart, p->nLen);
    if (((m & TK_NER_GAZ_DEMONYM) || unlistedDemonym(z + p->iStart, p->nLen)) &&
        !(m & TK_ENT_GAZ_SETTLED))
      p->eType = TK_ENT_MISC;
  }
}
