/*
** product_names.c -- products, vessels and works named beside a noun of
** their kind, for entities() (model_spans.c retypes the model's spans
** MISC):
**
**   "their drug Leqembi"               PERSON "Leqembi"   -> MISC
**   "the novel La Galatea"             ORG "La Galatea"   -> MISC
**   "its New Glenn rocket"             ORG "New Glenn"    -> MISC
**   "Baidu's Apollo Go robotaxis"      PERSON "Apollo Go" -> MISC
**
** CoNLL-2003 marks products, vessels and works MISC ("drug Avonex",
** "Windows 95"), and the model, which has seen few, types a new one by
** its letters: a drug's invented name as a person, a rocket as an
** organization.  A noun of the kind right before the name ("drug",
** "boat", "film", ...) or right after it ("rocket", "robotaxis", "jets",
** ...) says what it is; after it only when a possessive or "the" opens
** the phrase ("its New Glenn rocket", "Baidu's Apollo Go robotaxis"; not
** "a SpaceX rocket", where the name is the maker's), and before it not
** when a verb follows of which the name may be the maker ("the drug
** Pfizer makes", "the vaccine Moderna developed").  The name is a span
** of the model (PERSON, ORG or LOC); a name the typed gazetteers list as a
** company, an organization or a place is the maker's or the place's and
** stays ("its Boeing jets", "the US missile"; the lists hold "Starship"
** as a company, so "its Starship rocket" stays too).
**
**   tk_entities__retype_products(z, n, a, nSpan);
**
** Names the model left out are not claimed: finding "the aid boat
** Madleen" costs a look at every capitalized word after a space (1.4% of
** entities()' time on the bench's news for one name of the present-day
** DEV set and two of 6,000 Wikipedia paragraphs).
*/
#include "entities_internal.h"

#include <string.h>

/* The nouns of a product's, a vessel's or a work's kind that stand right
** before its name ("the drug Leqembi", "the film Anora"). */
TK_SORTED_WORDS(azKindBefore) = {
    "album",      "app",    "boat",    "chatbot", "drug",  "ferry", "film",
    "lander",     "novel",  "opera",   "probe",   "rover", "ship",  "song",
    "spacecraft", "tanker", "vaccine", "vessel",  "yacht", 0};

/* The nouns of a product's kind that stand right after its name ("its
** Starship rocket"). */
TK_SORTED_WORDS(azKindAfter) = {"airliner",  "airliners",  "booster",
                                "boosters",  "chatbot",    "console",
                                "consoles",  "drone",      "drones",
                                "jet",       "jets",       "lander",
                                "missile",   "missiles",   "pill",
                                "robotaxi",  "robotaxis",  "rocket",
                                "rockets",   "rover",      "shot",
                                "shots",     "smartphone", "smartphones",
                                "telescope", "vaccine",    0};

/* The end of the word of lower-case ASCII letters at z[i], within
** z[0..n); i when there is none. */
static size_t lowerEnd(const char *z, size_t n, size_t i) {
  size_t e = i;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  return e;
}

/* 1 when the typed gazetteers list z[0..m) as a maker or a place: a
** company, an organization, a country, a region, a city or another place
** ("US"). */
static int makerOrPlace(const char *z, size_t m) {
  return (tk_ner_gazetteer_classes(z, m) &
          (TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG | TK_ENT_GAZ_SETTLED |
           TK_NER_GAZ_PLACE)) != 0;
}

/* 1 when the word after the name that ends at z[i] is a verb of which
** the name may be the maker ("the drug Pfizer makes", "the vaccine
** Moderna developed"): a lower-case word ending in "ed", or "makes",
** "sells", "produces", "markets", "owns" or "uses". */
static int makerVerbAfter(const char *z, size_t n, size_t i) {
  static const char *const az[] = {"makes", "markets", "owns", "produces",
                                   "sells", "uses",    0};
  if (i + 1 >= n || z[i] != ' ') return 0;
  size_t e = lowerEnd(z, n, i + 1), m = e - i - 1;
  return (m > 2 && z[e - 2] == 'e' && z[e - 1] == 'd') ||
         tk_entities__in_list(az, z + i + 1, m);
}

/* 1 when a possessive or "the" opens the phrase that the name z[i..)
** begins: "its ", "their ", "his ", "her ", "the " or "'s " / "’s "
** right before it. */
static int ownedBefore(const char *z, size_t i) {
  static const char *const az[] = {"her", "his", "its", "the", "their", 0};
  return (i >= 3 && z[i - 1] == ' ' &&
          tk_entities__possessive_end(z, 0, i - 1)) ||
         tk_entities__listed_word_before(az, z, i);
}

/* 1 when a noun of azKindAfter follows the name that ends at z[i]. */
static int kindAfter(const char *z, size_t n, size_t i) {
  if (i + 1 >= n || z[i] != ' ') return 0;
  size_t e = lowerEnd(z, n, i + 1);
  return (e == n || !((z[e] >= 'A' && z[e] <= 'Z') || z[e] == '-')) &&
         TK_IN_SORTED(azKindAfter, z + i + 1, e - i - 1);
}

/* Retype MISC each PERSON, ORG or LOC of a[0..nSpan), spans of z[0..n),
** that a noun of a product's kind stands by (see above), but a listed
** maker or place. */
void tk_entities__retype_products(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (p->eType == TK_ENT_MISC) continue;
    size_t iEnd = p->iStart + p->nLen;
    int bKind = (tk_entities__listed_word_before(azKindBefore, z, p->iStart) &&
                 !makerVerbAfter(z, n, iEnd)) ||
                (kindAfter(z, n, iEnd) && ownedBefore(z, p->iStart));
    if (bKind && !tk_entities__in_title_line(z, n, p->iStart) &&
        !makerOrPlace(z + p->iStart, p->nLen))
      p->eType = TK_ENT_MISC;
  }
}
