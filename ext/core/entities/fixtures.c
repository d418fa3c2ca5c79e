/*
** fixtures.c -- the two sides of a sports fixture or of a score line are
** teams, for entities() (model_spans.c retypes the model's spans):
**
**   "Brighton v Scunthorpe"            LOC, LOC        -> ORG, ORG
**   "Stuttgart 2 Werder Bremen 1"      LOC, ORG        -> ORG, ORG
**   "Sokol Tychy 5 Lech Poznan 3"      PERSON, PERSON  -> ORG, ORG
**   "Namibia 6 Botswana 0"             LOC, LOC        (national sides stay)
**   "Sampras vs. Agassi"               PERSON, PERSON  (two people stay)
**
** A club is often named by its town ("Brighton", "Genoa"), which the
** model types LOC, or by words it never saw, which it types PERSON.  Two
** spans joined by " v ", " vs " or " vs. " (not the " v. " of a court
** case, "Roe v. Wade"), or a line that is nothing but a span, a number, a
** span and a number, name two sides of a match.  In CoNLL-2003 train the
** sides of " v " are ORG and ORG 54 times (LOC and LOC once: two
** countries), and those of a score line ORG and ORG 468 times, LOC and LOC
** 4 times (countries: "Togo 1 Congo 0"), ORG and PERSON once.  So both
** sides become ORG, unless one of them is a LOC that the typed gazetteers
** list as a country or a region (a national side: CoNLL-2003 types
** "England" and "Uganda" LOC in fixtures), or one is a MISC, or, beside
** " v ", both are PERSONs (players, candidates: "Trump vs. Harris").  A
** side may carry its country in brackets ("Hearts ( Scotland ) 1 Red
** Star Belgrade ( Yugoslavia ) 2").
**
** In brackets after a player, a name the model typed PERSON is the
** player's club: "Bogdan Prusek ( Sokol Tychy )" ORG.  In CoNLL-2003
** train a PERSON's bracket holds a LOC 1,360 times and an ORG 63 times
** ("Ajax", "Lech Poznan"), never a PERSON; a LOC stays (a town is as
** often the player's home, "Stuttgart", as a club's, "Lens"), and the
** bracket must end an item of a list (a line's end, a comma or a number
** after it: CoNLL-2003 dev has "Abu Ammar ( Arafat ) is right"), and the
** name must not open with a first name (a cast list: "Ena Sharples
** (Violet Carson),").
**
**   tk_entities__retype_fixtures(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when the span p of z is a national side: a LOC the typed gazetteers
** list as a country or a region ("Uganda", "Scotland"), or as a place
** but no town ("Russia", "Wales": the lists lack some countries' short
** names). */
static int nationalSide(const char *z, const tk_ner_span *p) {
  const unsigned fTown =
      TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID | TK_NER_GAZ_CITY_SMALL;
  if (p->eType != TK_ENT_LOC) return 0;
  unsigned f = tk_ner_gazetteer_classes(z + p->iStart, p->nLen);
  return (f & (TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION)) ||
         ((f & TK_NER_GAZ_PLACE) && !(f & fTown));
}

/* The end of the blanks (spaces and tabs) at z[i], within z[0..n). */
static size_t blanksEnd(const char *z, size_t n, size_t i) {
  while (i < n && (z[i] == ' ' || z[i] == '\t'))
    i++;
  return i;
}

/* The end of the bracket that holds just the span q after z[i] ("Hearts"
** + " ( Scotland )"; blanks around each bracket), within z[0..n); i when
** there is none. */
static size_t bracketEnd(const char *z, size_t n, size_t i,
                         const tk_ner_span *q) {
  if (q->iStart < i + 2 || q->iStart > i + 8) return i; /* most */
  size_t k = blanksEnd(z, n, i);
  if (k >= n || z[k] != '(' || blanksEnd(z, n, k + 1) != q->iStart) return i;
  k = blanksEnd(z, n, q->iStart + q->nLen);
  return k < n && z[k] == ')' ? k + 1 : i;
}

/* 1 when the span p of z opens with a listed first name ("Violet
** Carson" of a cast list: "Ena Sharples (Violet Carson),"). */
static int firstNameLed(const char *z, const tk_ner_span *p) {
  size_t m = 0;
  while (m < p->nLen && z[p->iStart + m] != ' ')
    m++;
  return (tk_ner_gazetteer_classes(z + p->iStart, m) &
          (TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO)) != 0;
}

/* 1 when an item of a list ends at z[i], within z[0..n): blanks, then
** the line's end, a comma or a number (a player's line: "Bogdan Prusek (
** Sokol Tychy ) ,"; not prose: "Abu Ammar ( Arafat ) is right"). */
static int listItemEnd(const char *z, size_t n, size_t i) {
  i = blanksEnd(z, n, i);
  return i == n || z[i] == '\n' || z[i] == '\r' || z[i] == ',' ||
         (z[i] >= '0' && z[i] <= '9');
}

/* 1 when z[i..j) joins the two sides of a fixture: blanks, "v", "vs" or
** "vs.", then blanks or a line's end ("Cambridge v\nCardiff"). */
static int versusJoint(const char *z, size_t i, size_t j) {
  size_t k = blanksEnd(z, j, i);
  if (k == i || k >= j || z[k] != 'v') return 0;
  k++;
  if (k < j && z[k] == 's') {
    k++;
    if (k < j && z[k] == '.') k++;
  }
  size_t e = k;
  while (e < j && (z[e] == ' ' || z[e] == '\t' || z[e] == '\n' || z[e] == '\r'))
    e++;
  return e > k && e == j;
}

/* The end of the score at z[i] within z[0..n): blanks, one to three
** digits; i when there is none. */
static size_t scoreEnd(const char *z, size_t n, size_t i) {
  size_t k = blanksEnd(z, n, i), d = k;
  while (d < n && d - k < 4 && z[d] >= '0' && z[d] <= '9')
    d++;
  if (k == i || d == k || d - k > 3) return i;
  return d;
}

/* 1 when a line of z[0..n) is the side p (ending at ePEnd: its bracket
** included), a score, the side q (ending at eQEnd) and a score, and
** nothing else ("Stuttgart 2 Werder Bremen 1"). */
static int scoreLine(const char *z, size_t n, const tk_ner_span *p,
                     size_t ePEnd, const tk_ner_span *q, size_t eQEnd) {
  size_t i = p->iStart;
  while (i > 0 && (z[i - 1] == ' ' || z[i - 1] == '\t'))
    i--;
  if (i > 0 && z[i - 1] != '\n') return 0;
  size_t s = scoreEnd(z, n, ePEnd);
  if (s == ePEnd || s == q->iStart || blanksEnd(z, n, s) != q->iStart) return 0;
  s = scoreEnd(z, n, eQEnd);
  if (s == eQEnd) return 0;
  s = blanksEnd(z, n, s);
  return s == n || z[s] == '\n' || z[s] == '\r';
}

/* 1 when the span p may name a club: an ORG, a LOC that is no national
** side, or a PERSON (a club's name the model never saw). */
static int clubType(const char *z, const tk_ner_span *p) {
  return p->eType != TK_ENT_MISC && !nationalSide(z, p);
}

/* Retype ORG the sides of each fixture and score line of z[0..n) among
** the spans a[0..nSpan) (sorted and apart; see above), and the club in
** brackets after a player ("Bogdan Prusek ( Sokol Tychy )"). */
void tk_entities__retype_fixtures(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan) {
  for (size_t k = 0; k + 1 < nSpan; k++) {
    tk_ner_span *p = &a[k];
    size_t ePEnd = p->iStart + p->nLen, j = k + 1;
    size_t e = bracketEnd(z, n, ePEnd, &a[j]);
    if (e > ePEnd) {
      if (p->eType == TK_ENT_PERSON && a[j].eType == TK_ENT_PERSON &&
          listItemEnd(z, n, e) && !firstNameLed(z, &a[j]))
        a[j].eType = TK_ENT_ORG; /* a player's club */
      if (j + 1 >= nSpan) continue;
      ePEnd = e; /* "Hearts ( Scotland )", if a national side (below) */
      j++;
    }
    tk_ner_span *q = &a[j];
    size_t eQEnd = q->iStart + q->nLen;
    if (j + 1 < nSpan) eQEnd = bracketEnd(z, n, eQEnd, &a[j + 1]);
    int bPeople = p->eType == TK_ENT_PERSON && q->eType == TK_ENT_PERSON;
    int bVersus = !bPeople && versusJoint(z, ePEnd, q->iStart);
    int bScore = !bVersus && scoreLine(z, n, p, ePEnd, q, eQEnd);
    /* the lists, slow to read, last */
    if ((!bVersus && !bScore) || (j > k + 1 && !nationalSide(z, &a[k + 1])) ||
        (bScore && eQEnd > q->iStart + q->nLen &&
         !nationalSide(z, &a[j + 1])) ||
        !clubType(z, p) || !clubType(z, q))
      continue;
    p->eType = TK_ENT_ORG;
    q->eType = TK_ENT_ORG;
  }
}
