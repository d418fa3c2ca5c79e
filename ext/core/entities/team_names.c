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
** Troops", "Spain + Travels" and "Hong Kong + Jails" 23 times).  A LOC
** or MISC that is a listed country, region or city and such a plural
** ("Denver Nuggets" MISC: the model never saw the team) is an ORG too,
** unless the place is an ordinary word ("South Africans"), the plural a
** people's or a quoted title's ("Altai Kalmyks", "Batman Returns").
** Once the text has named the team so, it writes the plural alone ("had
** 40 for the Nuggets", "Mavericks general manager Nico Harrison"), which
** the model, reading an ordinary word, leaves out: the plural alone, in
** no span and no longer run of capitalized words, is claimed ORG after
** "the", before a word of the team's people ("coach", "fans") or when it
** is no ordinary word ("Lakers"; tk_entities__team_plurals, from
** model_spans.c).  On 2,038 Wikipedia articles the two changed about 260
** mentions, 240 of them right ("Green Bay Packers" LOC, "the Raiders",
** "Texas Instruments" LOC, "the Texas Playboys" LOC); wrong were mostly
** plurals of other heads ("Inca Generals", "the Adepts").
**
** A club's marker, "FC", "F.C.", "SC", "AFC" or "CF", one space before
** or after a span takes the span into one ORG with it ("Los Angeles" LOC
** + " FC", "San Diego" LOC + PERSON "FC", "FC" + " Porto"), in any line:
** in CoNLL-2003 train "FC", "F.C." and "SC" stand inside an ORG 35 times
** of 36.
**
**   nSpan = tk_entities__join_team_names(z, n, a, nSpan);
**   nSpan = tk_entities__join_club_markers(z, n, a, nSpan);
**   rc = tk_entities__team_plurals(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define PLURAL_SCORE 0.8 /* the share of the plurals claimed that are right */
#define MAX_TEAMS 64     /* the teams' plurals read from one text, at most */

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

/* The length of the team's plural that ends the span p of z[0..n) after
** a listed country, region or city that is no ordinary word and no
** saint's title ("Denver" + "Nuggets"; not "South" + "Africans",
** "Southern" + "Baptists", "San" + "Vitores"); 0 when there is none, when
** the plural ends in "as" ("St. Thomas Aquinas", "Rio Piedras") or names
** a people ("Altai Kalmyks": a listed nationality or language and "s"),
** and when the span is a listed place itself ("West Indies"). */
static size_t placePlural(const char *z, size_t n, const tk_ner_span *p) {
  static const char *const azSaint[] = {"San", "Santa", "Santo", "Saint",
                                        "Río", "Rio",   "São",   0};
  size_t iEnd = p->iStart + p->nLen, i = iEnd;
  while (i > p->iStart && z[i - 1] != ' ')
    i--;
  if (i <= p->iStart + 1 || tk_entities__team_plural(z, n, i) != iEnd - i ||
      z[iEnd - 2] == 'a' || (p->iStart > 0 && strchr("\"'", z[p->iStart - 1])))
    return 0; /* no plural, or a quoted title ("Batman Returns") */
  unsigned m = tk_ner_gazetteer_classes(z + p->iStart, i - 1 - p->iStart);
  if (!(m & TK_ENT_GAZ_SETTLED) || (m & TK_NER_GAZ_WORD) ||
      tk_entities__in_list(azSaint, z + p->iStart, i - 1 - p->iStart) ||
      (tk_ner_gazetteer_classes(z + i, iEnd - i - 1) &
       (TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE)))
    return 0;
  m = tk_ner_gazetteer_classes(z + p->iStart, p->nLen);
  return m & (TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE) ? 0 : iEnd - i;
}

/* Join in place each LOC of a[0..nSpan), spans of z[0..n), with the
** team's plural one space after it (tk_entities__team_plural), when no
** span starts there or an ORG of that word alone does: the two are one
** ORG, scored the lower of their scores; and retype ORG each LOC or MISC
** that is a place and a team's plural (placePlural).  Spans in a Title
** Case line (a headline, where every word is capitalized: "U.S. Troops")
** are left as they are.  Returns the new count of a[0..nSpan). */
size_t tk_entities__join_team_names(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    size_t iGap = p->iStart + p->nLen;
    size_t m = p->eType == TK_ENT_LOC && iGap < n && z[iGap] == ' '
                   ? tk_entities__team_plural(z, n, iGap + 1)
                   : 0;
    int bWhole = (p->eType == TK_ENT_LOC || p->eType == TK_ENT_MISC) &&
                 placePlural(z, n, p);
    if ((m || bWhole) && tk_entities__in_title_line(z, n, p->iStart))
      m = bWhole = 0;
    const tk_ner_span *q = k + 1 < nSpan ? &a[k + 1] : 0;
    int bNextFree = !q || q->iStart > iGap + m;
    int bNextPlural =
        q && q->iStart == iGap + 1 && q->nLen == m && q->eType == TK_ENT_ORG;
    a[nOut] = *p;
    if (bWhole) a[nOut].eType = TK_ENT_ORG; /* "Denver Nuggets" */
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

/* 1 when the team's plural z[i..i+m) of z[0..n) reads as the team: after
** "the " or "The " ("for the Nuggets"), before a word of its people ("Mavericks
** general manager", "Packers fans"), or when it is no ordinary word
** ("Lakers"); not "Films like ..." in a text about "London Films". */
static int teamReading(const char *z, size_t n, size_t i, size_t m) {
  static const char *const azPeople[] = {
      "coach",   "fans",       "general",     "head", "manager", "owner",
      "players", "president",  "quarterback", "star", "forward", "guard",
      "striker", "goalkeeper", "pitcher",     0};
  if (i >= 4 && (z[i - 4] | 0x20) == 't' && memcmp(z + i - 3, "he ", 3) == 0 &&
      (i == 4 || !wordStart(z, i - 4) || strchr(" \t\r\n(\"", z[i - 5])))
    return 1;
  size_t iWord = i + m + 1, iEnd = iWord;
  while (iEnd < n && z[iEnd] >= 'a' && z[iEnd] <= 'z')
    iEnd++;
  if (i + m < n && z[i + m] == ' ' &&
      tk_entities__in_list(azPeople, z + iWord, iEnd - iWord))
    return 1;
  return !(tk_ner_gazetteer_classes(z + i, m) & TK_NER_GAZ_WORD);
}

/* 1 when the word that ends one space before z[i] starts with a capital
** and is not "The": z[i] goes on a longer name ("Golden State
** Warriors"). */
static int capitalWordBefore(const char *z, size_t i) {
  if (i < 2 || z[i - 1] != ' ') return 0;
  size_t w = i - 1;
  while (w > 0 && !strchr(" \t\r\n(\"", z[w - 1]))
    w--;
  return w < i - 1 && tk_entities__capital_at(z, i - 1, w) &&
         !tk_entities__eq(z + w, i - 1 - w, "The");
}

/* The plurals of the teams named by their places among the ORG spans
** a[0..nSpan) of z[0..n) ("Nuggets" of "Denver Nuggets") written alone
** where no span is (see above): a tk_malloc'd array *paClaim of *pnClaim
** ORG spans, sorted and apart (NULL when there are none).  TK_OK or
** TK_ENOMEM. */
int tk_entities__team_plurals(const char *z, size_t n, const tk_ner_span *a,
                              size_t nSpan, tk_ner_span **paClaim,
                              size_t *pnClaim) {
  const char *azPlural[MAX_TEAMS];
  size_t anPlural[MAX_TEAMS], nTeam = 0;
  *paClaim = 0;
  *pnClaim = 0;
  for (size_t k = 0; k < nSpan && nTeam < MAX_TEAMS; k++) {
    size_t m = a[k].eType == TK_ENT_ORG ? placePlural(z, n, &a[k]) : 0;
    if (!m) continue;
    azPlural[nTeam] = z + a[k].iStart + a[k].nLen - m;
    anPlural[nTeam++] = m;
  }
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0, iSpan = 0;
  for (size_t i = 0; nTeam && i < n; i++) {
    if (z[i] < 'A' || z[i] > 'Z' || !wordStart(z, i)) continue;
    while (iSpan < nSpan && a[iSpan].iStart + a[iSpan].nLen <= i)
      iSpan++;
    size_t m = tk_entities__team_plural(z, n, i);
    if (!m || (iSpan < nSpan && a[iSpan].iStart < i + m) ||
        capitalWordBefore(z, i))
      continue;
    for (size_t t = 0; t < nTeam; t++) {
      if (anPlural[t] != m || memcmp(azPlural[t], z + i, m) != 0 ||
          !teamReading(z, n, i, m))
        continue;
      if (tk_entities__add_claim(
              &aClaim, &nClaim, &nAlloc,
              (tk_ner_span){i, m, TK_ENT_ORG, PLURAL_SCORE})) {
        tk_free(aClaim);
        return TK_ENOMEM;
      }
      break;
    }
    i += m - 1;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
