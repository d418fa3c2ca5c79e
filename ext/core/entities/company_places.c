/*
** company_places.c -- a name that is a company and a place: "Amazon".
**
**   "Andy Jassy told Amazon staff"        LOC "Amazon" -> ORG
**   "a summit on the Amazon"              LOC (the river, the rainforest)
**   "Brazil's Amazon", "Amazon rainforest" LOC
**   "the Brazilian Amazon", "the great Amazon lake" LOC
**   "in the Amazon API Gateway Developer Guide"    LOC "Amazon" -> ORG
**
** CoNLL-2003 knows only the river (3 LOC of 4 in train, one of them "for
** Amazon"), and the model types every "Amazon" LOC; in today's text the
** company is the common one: in a report over 91 web pages all 36
** "Amazon" spans were the company ("Amazon Music Unlimited", "Amazon has
** over 20,800 user reviews").  The place is written "the Amazon", after a
** possessive or before its head noun; but "the Amazon" before a capital
** is the company's product ("the Amazon EC2 User Guide": a LOC 807 times
** in 3,000 pages of the AWS command line's examples).
**
**   tk_entities__retype_company_places(z, a, nSpan);  // model_spans.c
*/
#include "entities_internal.h"

#include <string.h>
#include <strings.h>

/* 1 when the word ending at z[e] (exclusive) is "the" (any case); its
** start in *pStart. */
static int theBefore(const char *z, size_t e, size_t *pStart) {
  size_t s = e;
  while (s > 0 && z[s - 1] != ' ' && z[s - 1] != '\n')
    s--;
  *pStart = s;
  return e - s == 3 && strncasecmp(z + s, "the", 3) == 0;
}

/* 1 when z[s..e) is an adjective the place takes between "the" and its
** name: a demonym ("Brazilian", "Peruvian") or a word of size or side
** ("great", "southern"). */
static int placeAdjective(const char *z, size_t s, size_t e) {
  static const char *const az[] = {
      "great",   "vast",    "southern", "northern", "eastern", "western",
      "central", "upper",   "lower",    "remote",   "entire",  "whole",
      "Great",   "Central", "Upper",    "Lower",    0};
  if (e - s >= 5 && z[s] >= 'A' && z[s] <= 'Z' && z[e - 2] == 'a' &&
      z[e - 1] == 'n')
    return 1;
  return tk_entities__in_list(az, z + s, e - s);
}

/* 1 when the text before the name at z[i] writes the place: "the " with
** at most one adjective of placeAdjective between ("the Brazilian
** Amazon"), or a possessive ("Brazil's Amazon"). */
static int placeBefore(const char *z, size_t i) {
  if (i < 2 || z[i - 1] != ' ') return 0;
  if (tk_entities__possessive_end(z, 0, i - 1)) return 1;
  size_t s;
  if (theBefore(z, i - 1, &s)) return 1;
  return s >= 2 && z[s - 1] == ' ' && placeAdjective(z, s, i - 1) &&
         theBefore(z, s - 1, &s);
}

/* 1 when z[i..n) starts with a space and a place's head noun
** ("rainforest", "basin", "River"). */
static int placeHeadAfter(const char *z, size_t n, size_t i) {
  static const char *const az[] = {
      "rainforest",    "rain forest", "basin",  "river",   "region", "jungle",
      "forest",        "delta",       "lake",   "estuary", "biome",  "fires",
      "deforestation", "tribes",      "valley", 0};
  if (i >= n || z[i] != ' ') return 0;
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]);
    if (i + 1 + m <= n && strncasecmp(z + i + 1, az[k], m) == 0 &&
        (i + 1 + m == n ||
         !((z[i + 1 + m] | 0x20) >= 'a' && (z[i + 1 + m] | 0x20) <= 'z')))
      return 1;
  }
  return 0;
}

/* 1 when z[i..n) starts with a space and a word opening with a capital
** or a digit: the company's product or service ("the Amazon EC2 User
** Guide", "the Amazon API Gateway"), not the place. */
static int productAfter(const char *z, size_t n, size_t i) {
  return i + 1 < n && z[i] == ' ' &&
         ((z[i + 1] >= 'A' && z[i + 1] <= 'Z') ||
          (z[i + 1] >= '0' && z[i + 1] <= '9'));
}

/* Retype LOC "Amazon" ORG where nothing marks the place (see above);
** a[0..nSpan) are the model's spans of z[0..n). */
void tk_entities__retype_company_places(const char *z, size_t n, tk_ner_span *a,
                                        size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    size_t i = a[k].iStart, e = i + a[k].nLen;
    if (a[k].eType == TK_ENT_LOC && a[k].nLen == 6 &&
        memcmp(z + i, "Amazon", 6) == 0 && !placeHeadAfter(z, n, e) &&
        (!placeBefore(z, i) || productAfter(z, n, e)))
      a[k].eType = TK_ENT_ORG;
  }
}
