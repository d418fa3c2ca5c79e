/*
** particle_names.c -- names the model cut before a particle or "of", for
** entities() (model_spans.c extends them):
**
**   LOC "Rio Grande" + " do Sul"     LOC "Rio Grande do Sul"
**   ORG "Plaza" + " de Mayo"         ORG "Plaza de Mayo"
**   LOC "Line" + " of Control"       LOC "Line of Control"
**
** In CoNLL-2003 train and dev a lower-case particle ("de", "da", "do",
** "del", "di", "du", "la", "van", "von", ...) between a name and a
** capitalized word is inside the name 70 times of 70 ("Rio de Janeiro",
** "Banco de Mexico", "Vasco da Gama"); "of" after a LOC and before a
** capitalized word 11 times of 12 ("Republic of Ireland", "Commonwealth
** of Independent States"; the other "Pudong New Area of Shanghai").  A
** LOC, ORG or MISC span (the tagger runs a PERSON on over its particles
** itself) followed by one particle and a run of capitalized words takes
** them in, and so does a LOC of one word followed by " of " and a run of
** capitalized words in no span (two LOCs joined by " of " are
** model_spans.c's), but a month's or a weekday's name ("Antium of
** December 15").  A span that starts inside the run is taken in too.
** Not in a Title Case line, where "Of" and every word are capitalized.
**
**   nSpan = tk_entities__extend_over_particles(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* The length of the word of the 0-terminated list az and the space
** after it at z[i], 0 for none. */
static size_t listedWordAt(const char *const *az, const char *z, size_t n,
                           size_t i) {
  size_t e = i;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  if (e >= n || z[e] != ' ' || !tk_entities__in_list(az, z + i, e - i))
    return 0;
  return e + 1 - i;
}

/* The length of the particle and the space after it at z[i] (after a
** space), with an article after "de" ("de las Garzas", "de los Andes"),
** 0 for none. */
static size_t particleAt(const char *z, size_t n, size_t i) {
  static const char *const az[] = {"da",  "das", "de",  "del", "della",
                                   "der", "di",  "do",  "dos", "du",
                                   "la",  "le",  "van", "von", 0};
  static const char *const azArticle[] = {"la", "las", "los", 0};
  size_t m = listedWordAt(az, z, n, i);
  if (m == 3 && z[i] == 'd' && z[i + 1] == 'e')
    m += listedWordAt(azArticle, z, n, i + m);
  return m;
}

/* 1 when z[0..n) begins with a month's or a weekday's name, in full,
** and a space or nothing after it ("Antium of December 15").
** (entities_internal.h) */
int tk_entities__calendar_word(const char *z, size_t n) {
  static const char *const az[] = {
      "January",  "February", "March",    "April",     "May",
      "June",     "July",     "August",   "September", "October",
      "November", "December", "Monday",   "Tuesday",   "Wednesday",
      "Thursday", "Friday",   "Saturday", "Sunday",    0};
  size_t m = 0;
  while (m < n && z[m] != ' ')
    m++;
  return tk_entities__in_list(az, z, m);
}

/* The end of the run of capitalized words that starts at z[i] (i when
** there is none): words one space apart, each starting with a capital,
** ending at a space, a line break or punctuation. */
static size_t runEnd(const char *z, size_t n, size_t i) {
  size_t iEnd = i;
  while (tk_entities__capital_at(z, n, i)) {
    size_t e = i;
    while (e < n && !strchr(" \t\r\n,;:.!?()\"", z[e]))
      e++;
    e -= tk_entities__possessive_end(z, i, e);
    iEnd = e;
    if (e + 1 >= n || z[e] != ' ') break;
    i = e + 1;
  }
  return iEnd;
}

/* Extend in place the spans of a[0..nSpan), spans of z[0..n), over the
** particle or "of" and the capitalized run after them (see above),
** merging the spans that start inside the run; returns the new count. */
size_t tk_entities__extend_over_particles(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[nOut];
    *p = a[k];
    nOut++;
    if (p->eType == TK_ENT_PERSON) continue;
    size_t iGap = p->iStart + p->nLen, m = 0;
    if (iGap + 1 < n && z[iGap] == ' ') m = particleAt(z, n, iGap + 1);
    int bOf = !m && p->eType == TK_ENT_LOC && iGap + 4 < n &&
              memcmp(z + iGap, " of ", 4) == 0 &&
              !memchr(z + p->iStart, ' ', p->nLen);
    size_t iRun = bOf ? iGap + 4 : iGap + 1 + m;
    if ((!m && !bOf) || !tk_entities__capital_at(z, n, iRun)) continue;
    size_t iEnd = runEnd(z, n, iRun);
    if (bOf && tk_entities__calendar_word(z + iRun, iEnd - iRun)) continue;
    int bSpanInRun = k + 1 < nSpan && a[k + 1].iStart < iEnd;
    if (bOf && bSpanInRun) continue; /* LOC of LOC: model_spans.c's */
    if (tk_entities__in_title_line(z, n, p->iStart)) continue;
    while (k + 1 < nSpan && a[k + 1].iStart < iEnd) {
      if (a[k + 1].iStart + a[k + 1].nLen > iEnd)
        iEnd = a[k + 1].iStart + a[k + 1].nLen;
      if (a[k + 1].rScore < p->rScore) p->rScore = a[k + 1].rScore;
      k++;
    }
    p->nLen = iEnd - p->iStart;
  }
  return nOut;
}
