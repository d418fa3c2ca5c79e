/*
** creed_names.c -- religions, doctrines and feasts the model types as places,
** organizations or persons, for entities() (model_spans.c retypes them
** MISC):
**
**   "the rise of Christianity"     LOC "Christianity"  -> MISC
**   "Confucianism holds that"      LOC "Confucianism"  -> MISC
**   "the spread of Islam"          LOC "Islam"         -> MISC
**   "a government by Christmas"    PERSON "Christmas"  -> MISC
**
** CoNLL-2003 marks what comes from a religion or a creed MISC ("Nazism",
** "Islam"; "Christian", "Muslim" too), and the model learnt them from a
** handful of examples: on 3,000 Wikipedia paragraphs it typed 71 such
** words LOC, ORG or PERSON and 18 MISC.  A span of one capitalized word
** ending in "ism" ("Buddhism", "Calvinism", "Marxism"), or "Christianity"
** or "Christendom", is MISC; "Islam" only when typed LOC or ORG ("Islam"
** is a surname too).  So are the feasts of the religions and the
** holidays of the calendar ("Christmas", "Passover", "Diwali", "Eid
** al-Fitr", "Thanksgiving", "Boxing Day"), which the present-day sets mark
** MISC and the model read as persons and organizations ("by Christmas"
** PERSON); CoNLL-2003, written in late August, names none.
**
**   tk_entities__retype_creeds(z, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when z[0..n) is one capitalized word of letters ending in "ism",
** "Christianity" or "Christendom" (see above). */
static int creedWord(const char *z, size_t n) {
  static const char *const az[] = {"Christianity", "Christendom", 0};
  if (n < 6 || z[0] < 'A' || z[0] > 'Z') return 0; /* not "Prism" */
  for (size_t i = 1; i < n; i++)
    if (z[i] < 'a' || z[i] > 'z') return 0;
  return memcmp(z + n - 3, "ism", 3) == 0 || tk_entities__in_list(az, z, n);
}

/* 1 when z[0..n) is a feast or a holiday of azFeast (see above). */
static int feastName(const char *z, size_t n) {
  TK_SORTED_WORDS(azFeast) = {"Boxing Day",
                              "Christmas",
                              "Christmas Day",
                              "Christmas Eve",
                              "Diwali",
                              "Easter",
                              "Easter Sunday",
                              "Eid",
                              "Eid al-Adha",
                              "Eid al-Fitr",
                              "Good Friday",
                              "Halloween",
                              "Hanukkah",
                              "Holi",
                              "Kwanzaa",
                              "Navratri",
                              "Nowruz",
                              "Passover",
                              "Pentecost",
                              "Ramadan",
                              "Rosh Hashanah",
                              "Thanksgiving",
                              "Vesak",
                              "Yom Kippur",
                              0};
  return TK_IN_SORTED(azFeast, z, n);
}

/* Retype MISC each span of a[0..nSpan), spans of z, that names a
** religion, a creed or a feast (see above). */
void tk_entities__retype_creeds(const char *z, tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    const char *s = z + p->iStart;
    if (creedWord(s, p->nLen) || feastName(s, p->nLen) ||
        ((p->eType == TK_ENT_LOC || p->eType == TK_ENT_ORG) &&
         tk_entities__eq(s, p->nLen, "Islam")))
      p->eType = TK_ENT_MISC;
  }
}
