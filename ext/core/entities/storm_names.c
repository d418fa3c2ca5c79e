/*
** storm_names.c -- the names of storms, for entities() (model_spans.c
** claims them as MISC over the model's spans):
**
**   "after Hurricane Katrina hit"      MISC "Katrina" (the model: PERSON)
**   "Tropical Storm Ernesto"           MISC "Ernesto" (the model: ORG)
**
** A storm is named like a person, so the model, which saw few storms in
** CoNLL-2003, reads the name as one.  CoNLL-2003 marks the name alone as
** MISC ("Hurricane [Edouard]", 3 of 3 in train).  The name is the one
** capitalized word after "Hurricane", "Typhoon", "Cyclone" or "Storm",
** when that word starts no longer name (the word before it is not
** capitalized, but "Tropical", "Super" or "Severe": "National Hurricane
** Center" is an ORG, "Desert Storm" an operation) and a model span does
** not run from before it past the name ("Storm Thorgerson of Hipgnosis",
** or a PERSON "Storm Thorgerson").  A capitalized word after the name
** ends it as no storm's ("Storm King Mountain"), a Title Case line holds
** no storm's name (there "Storm" may be a verb: "Continued to Storm
** Through the Course"), and so do the words of
** places and offices named after storms ("Hurricane Township", "Hurricane
** Center").
**
**   rc = tk_entities__storm_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define STORM_SCORE 0.9 /* the share of such claims that are right */

/* The length of the word of letters at z[i] (ASCII letters, bytes of
** other characters, inner hyphens and apostrophes). */
static size_t wordLen(const char *z, size_t n, size_t i) {
  size_t k = i;
  while (k < n) {
    unsigned char c = (unsigned char)z[k];
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80)
      k++;
    else if ((c == '-' || c == '\'') && k > i && k + 1 < n &&
             ((unsigned char)z[k + 1] | 0x20) >= 'a' &&
             ((unsigned char)z[k + 1] | 0x20) <= 'z')
      k++;
    else
      break;
  }
  return k - i;
}

/* 1 when the word before z[i] (one space before it) is capitalized and
** not a storm's qualifier ("Tropical Storm"). */
static int afterName(const char *z, size_t i) {
  static const char *const azQualifier[] = {"Tropical", "Super", "Severe", 0};
  if (i < 2 || z[i - 1] != ' ') return 0;
  size_t k = i - 1;
  while (k > 0 && z[k - 1] != ' ' && z[k - 1] != '\n')
    k--;
  return tk_entities__capital_at(z, i, k) &&
         !tk_entities__in_list(azQualifier, z + k, i - 1 - k);
}

/* 1 when a span of a[0..nSpan) holds z[iKind] and is not an ORG or MISC
** that ends at iEnd, the storm read whole ("Tropical Storm Ernesto"): a
** PERSON "Storm Thorgerson", a LOC "Hurricane Township", an ORG "Storm
** Thorgerson of Hipgnosis". */
static int insideName(const tk_ner_span *a, size_t nSpan, size_t iKind,
                      size_t iEnd) {
  size_t k = tk_entities__span_after(a, nSpan, iKind);
  return k < nSpan && a[k].iStart <= iKind &&
         ((a[k].eType != TK_ENT_ORG && a[k].eType != TK_ENT_MISC) ||
          a[k].iStart + a[k].nLen != iEnd);
}

/* The storm names of z[0..n) (see above), given the model's spans
** a[0..nSpan) (sorted): a tk_malloc'd array *paClaim of *pnClaim MISC
** spans, sorted and apart (NULL when there are none).  TK_OK or
** TK_ENOMEM. */
int tk_entities__storm_names(const char *z, size_t n, const tk_ner_span *a,
                             size_t nSpan, tk_ner_span **paClaim,
                             size_t *pnClaim) {
  static const char *const azKind[] = {"Hurricane", "Typhoon", "Cyclone",
                                       "Storm", 0};
  static const char *const azNotName[] = {
      "Alley",  "Center",   "Centre",  "City",  "Country", "County",
      "Creek",  "Island",   "Lake",    "Point", "Ridge",   "River",
      "Season", "Township", "Warning", "Watch", 0};
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "HTCS")) < n;
       i++) { /* the initials of azKind, then a word's start */
    if (i > 0 && z[i - 1] != ' ' && z[i - 1] != '\n') continue;
    size_t m = wordLen(z, n, i);
    if (!tk_entities__in_list(azKind, z + i, m) || afterName(z, i)) continue;
    size_t iName = i + m + 1;
    size_t mName =
        iName < n && z[i + m] == ' ' && tk_entities__capital_at(z, n, iName)
            ? wordLen(z, n, iName)
            : 0;
    size_t iEnd = iName + mName;
    if (mName < 2 || tk_entities__in_list(azNotName, z + iName, mName) ||
        (iEnd + 1 < n && z[iEnd] == ' ' &&
         tk_entities__capital_at(z, n, iEnd + 1)) ||
        insideName(a, nSpan, i, iEnd) || tk_entities__in_title_line(z, n, i))
      continue;
    if (tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){iName, mName, TK_ENT_MISC, STORM_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
    i = iEnd;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
