/*
** team_names.c -- a sports team's name that the model cut after its city,
** for entities() (model_spans.c joins it):
**
**   LOC "Dallas" + " Mavericks"        ORG "Dallas Mavericks"
**   LOC "Indiana" + ORG "Pacers"       ORG "Indiana Pacers"
**
** A team is named by its place and a capitalized plural ("Mavericks",
** "Pacers", "Aces"); the model, which knows the place, types it LOC and
** leaves the plural out or makes it an ORG of its own.  In CoNLL-2003
** train, 304 ORG names end with such a plural ("Houston Astros", "Bristol
** Rovers"), and a LOC followed by one outside any name is 2 ("U.S.
** Opens", "Near East Affairs"); no LOC is followed by an ORG of one such
** word.  Left out are plurals that end places ("Heights", "Islands"),
** events ("Olympics", "Games": CoNLL-2003 has "Atlanta Games" as MISC),
** party members ("Democrats") and a Title Case headline, where every word
** is capitalized ("Tokyo Stocks Slide"; every Title Case line: on
** CoNLL-2003 dev with each sentence title-cased, the rule joined "U.S. +
** Troops", "Spain + Travels" and "Hong Kong + Jails" 23 times).
**
** A club's marker, "FC", "F.C.", "SC", "AFC" or "CF", one space before
** or after a span takes the span into one ORG with it ("Los Angeles" LOC
** + " FC", "San Diego" LOC + PERSON "FC", "FC" + " Porto"), in any line:
** in CoNLL-2003 train "FC", "F.C." and "SC" stand inside an ORG 35 times
** of 36.
**
**   nSpan = tk_entities__join_team_names(z, n, a, nSpan);
**   nSpan = tk_entities__join_club_markers(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* The length of the club's marker at z[i], within z[0..n), that ends a
** word there ("FC", "F.C.", "SC", "AFC", "CF"); 0 when there is none. */
static size_t clubMarker(const char *z, size_t n, size_t i) {
  static const char *const az[] = {"AFC", "CF", "F.C.", "FC", "SC", 0};
  char c = i < n ? z[i] : 0;
  if (c != 'A' && c != 'C' && c != 'F' && c != 'S') return 0; /* most */
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]);
    if (i + m <= n && memcmp(z + i, az[k], m) == 0 &&
        (i + m == n || strchr(" \t\r\n,;:.!?)\"'", z[i + m])))
      return m;
  }
  return 0;
}

/* 1 when z[i] starts a word: the text's start, or a blank, a bracket or
** a quote before it. */
static int wordStart(const char *z, size_t i) {
  return i == 0 || strchr(" \t\r\n(\"", z[i - 1]);
}

/* Join in place each span of a[0..nSpan), spans of z[0..n), with a club's
** marker one space before or after it (see above; a span that is just
** the marker is taken in); returns the new count. */
size_t tk_entities__join_club_markers(const char *z, size_t n, tk_ner_span *a,
                                      size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span q = a[k];
    tk_ner_span *p = nOut ? &a[nOut - 1] : 0;
    size_t iEnd = q.iStart + q.nLen, m;
    if (p && p->iStart + p->nLen + 1 == q.iStart && z[q.iStart - 1] == ' ' &&
        (clubMarker(z, n, q.iStart) == q.nLen ||
         clubMarker(z, n, p->iStart) == p->nLen)) {
      p->nLen = iEnd - p->iStart; /* "San Diego" + "FC", "FC" + "Porto" */
      p->eType = TK_ENT_ORG;
      if (q.rScore < p->rScore) p->rScore = q.rScore;
      continue;
    }
    if (iEnd + 1 < n && z[iEnd] == ' ' && (m = clubMarker(z, n, iEnd + 1)) &&
        (k + 1 >= nSpan || a[k + 1].iStart >= iEnd + 1 + m)) {
      q.nLen += 1 + m; /* "Los Angeles" + " FC" */
      q.eType = TK_ENT_ORG;
    } else if (q.iStart >= 3 && z[q.iStart - 1] == ' ' &&
               (z[q.iStart - 2] == 'C' || z[q.iStart - 2] == '.')) {
      size_t w = q.iStart - 1;
      while (w > 0 && !strchr(" \t\r\n(\"", z[w - 1]))
        w--;
      m = w < q.iStart - 1 && wordStart(z, w) ? clubMarker(z, n, w) : 0;
      if (m && m == q.iStart - 1 - w && (!p || p->iStart + p->nLen <= w)) {
        q.nLen = iEnd - w; /* "FC " + "Porto" */
        q.iStart = w;
        q.eType = TK_ENT_ORG;
      }
    }
    a[nOut++] = q;
  }
  return nOut;
}

/* Join in place each LOC of a[0..nSpan), spans of z[0..n), with the
** team's plural one space after it (tk_entities__team_plural), when no span
*starts
** there or an ORG of that word alone does: the two are one ORG, scored
** the lower of their scores.  Spans in a Title Case line (a headline,
** where every word is capitalized: "U.S. Troops") are left as they are. Returns
*the new count of a[0..nSpan).
*/
size_t tk_entities__join_team_names(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    size_t iGap = p->iStart + p->nLen;
    size_t m = p->eType == TK_ENT_LOC && iGap < n && z[iGap] == ' '
                   ? tk_entities__team_plural(z, n, iGap + 1)
                   : 0;
    if (m && tk_entities__in_title_line(z, n, p->iStart)) m = 0;
    const tk_ner_span *q = k + 1 < nSpan ? &a[k + 1] : 0;
    int bNextFree = !q || q->iStart > iGap + m;
    int bNextPlural =
        q && q->iStart == iGap + 1 && q->nLen == m && q->eType == TK_ENT_ORG;
    a[nOut] = *p;
    if (m && (bNextFree || bNextPlural)) {
      a[nOut].eType = TK_ENT_ORG;
      a[nOut].nLen += 1 + m;
      if (bNextPlural) {
        if (q->rScore < a[nOut].rScore) a[nOut].rScore = q->rScore;
        k++;
      }
    }
    nOut++;
  }
  return nOut;
}
