/*
** place_parts.c -- a compass word before a place's name and a place's
** head after it, which the model cut off, for entities() (model_spans.c
** joins them):
**
**   "North" + LOC "Darfur"        LOC "North Darfur"
**   "Central" + MISC "Asian"      MISC "Central Asian"
**   LOC "Panama" + " Canal"       LOC "Panama Canal"
**
** In CoNLL-2003 train a capitalized "North", "South", "East", "West",
** "Northern", "Southern", "Eastern", "Western", "Central", "Upper" or
** "Lower" right before a LOC or a MISC is inside it 201 times of 201
** ("West Bank", "South African", "East Jerusalem"), and a place's head
** right after a LOC ("Taiwan Strait", "Robben Island") inside it 51 times
** of 53 (out: "U.S. District Court").  A compass word one space before a
** LOC or a MISC, in no span (or a span of its own), is taken into it; a
** head of a place's name (tk_entities__place_head: "Canal", "River",
** "Sea", "Strait", "Stadium"; not "City" or "Island", which end clubs'
** and companies' names as often) one space after a LOC, in no span, is
** taken in unless a capitalized word goes on after it ("Panama Canal
** Authority").  Not in a Title Case line, where every word is
** capitalized: CoNLL-2003 dev title-cased had "Northern Italy" and "the
** Same Berlin Stadium" for "northern Italy" and "the same Berlin
** stadium".
**
** Two spans one space apart, one of them a LOC, whose words together are
** a place the typed gazetteers list (a country, a region, a city or
** another place; not also a person, a company, an organization or an
** ordinary word) are one LOC: "Ho Chi Minh" + ORG "City", PERSON "Chiang"
** + "Mai".
**
**   nSpan = tk_entities__join_place_parts(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when z[i..i+m) is a capitalized compass word (see above). */
static int compassWord(const char *z, size_t m) {
  static const char *const az[] = {
      "Central", "East",         "Eastern",  "Lower",
      "North",   "Northeastern", "Northern", "Northwestern",
      "South",   "Southeastern", "Southern", "Southwestern",
      "Upper",   "West",         "Western",  0};
  return tk_entities__in_list(az, z, m);
}

/* The start of the compass word that ends one space before z[i] (i when
** there is none): a word of its own, after the text's start or a blank,
** a bracket or a quote. */
static size_t compassBefore(const char *z, size_t i) {
  if (i < 2 || z[i - 1] != ' ') return i;
  size_t w = i - 1;
  while (w > 0 && (z[w - 1] | 0x20) >= 'a' && (z[w - 1] | 0x20) <= 'z')
    w--;
  if (w > 0 && !strchr(" \t\r\n(\"", z[w - 1])) return i;
  return compassWord(z + w, i - 1 - w) ? w : i;
}

/* The end of the place's head one space after z[i] (the end of a LOC
** that starts at iStart), within z[0..n); i when there is none (see
** above). */
static size_t headAfter(const char *z, size_t n, size_t iStart, size_t i) {
  if (i + 1 >= n || z[i] != ' ' || z[i + 1] < 'A' || z[i + 1] > 'Z') return i;
  size_t e = i + 2;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  if (e < n && !strchr(" \t\r\n,;:.!?)\"'", z[e])) return i;
  if (e + 1 < n && z[e] == ' ' && z[e + 1] >= 'A' && z[e + 1] <= 'Z')
    return i; /* "Panama Canal Authority" */
  return tk_entities__place_head(z, iStart, e - iStart) ? e : i;
}

/* 1 when the spans p and q of z, q one space after p, one of them a LOC,
** are together a listed place (see above). */
static int listedPlace(const char *z, const tk_ner_span *p,
                       const tk_ner_span *q) {
  size_t iGap = p->iStart + p->nLen;
  if (q->iStart != iGap + 1 || z[iGap] != ' ') return 0;
  if (p->eType != TK_ENT_LOC && q->eType != TK_ENT_LOC) return 0;
  unsigned m =
      tk_ner_gazetteer_classes(z + p->iStart, q->iStart + q->nLen - p->iStart);
  unsigned mPlace = TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |
                    TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID |
                    TK_NER_GAZ_CITY_SMALL | TK_NER_GAZ_PLACE;
  unsigned mOther =
      TK_NER_GAZ_PERSON | TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG | TK_NER_GAZ_WORD;
  return (m & mPlace) && !(m & mOther);
}

/* Join in place the compass words, the places' heads and the listed
** places' parts (see above) to the spans a[0..nSpan) of z[0..n); returns
** the new count. */
size_t tk_entities__join_place_parts(const char *z, size_t n, tk_ner_span *a,
                                     size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span q = a[k];
    tk_ner_span *p = nOut ? &a[nOut - 1] : 0;
    if (p && listedPlace(z, p, &q)) { /* "Ho Chi Minh" + "City" */
      p->nLen = q.iStart + q.nLen - p->iStart;
      p->eType = TK_ENT_LOC;
      if (q.rScore < p->rScore) p->rScore = q.rScore;
      continue;
    }
    size_t w = q.eType == TK_ENT_LOC || q.eType == TK_ENT_MISC
                   ? compassBefore(z, q.iStart)
                   : q.iStart;
    if (w < q.iStart && !tk_entities__in_title_line(z, n, q.iStart)) {
      size_t pEnd = p ? p->iStart + p->nLen : 0;
      if (!p || pEnd <= w) {
        q.nLen += q.iStart - w; /* "North" + "Darfur" */
        q.iStart = w;
      } else if (p->iStart == w && pEnd == q.iStart - 1) {
        q.nLen += q.iStart - w; /* LOC "North" + LOC "Darfur" */
        q.iStart = w;
        nOut--;
      }
    }
    if (q.eType == TK_ENT_LOC) {
      size_t iEnd = q.iStart + q.nLen;
      size_t e = headAfter(z, n, q.iStart, iEnd);
      if (e > iEnd && (k + 1 >= nSpan || a[k + 1].iStart >= e) &&
          !tk_entities__in_title_line(z, n, q.iStart))
        q.nLen = e - q.iStart; /* "Panama" + " Canal" */
    }
    a[nOut++] = q;
  }
  return nOut;
}
