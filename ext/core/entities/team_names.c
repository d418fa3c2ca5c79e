/*
** team_names.c -- a sports team's name that the model cut after its city
** or typed as a place, and its last word alone, for entities()
** (model_spans.c joins and retypes the spans, and claims the words):
**
**   LOC "Dallas" + " Mavericks"        ORG "Dallas Mavericks"
**   LOC "Indiana" + ORG "Pacers"       ORG "Indiana Pacers"
**   MISC "Denver Nuggets"              ORG "Denver Nuggets"
**   "... for the Nuggets"              ORG "Nuggets"
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
** In a sentence with such a team, a LOC or MISC of a place and one other
** capitalized word, no head of a place's, an event's or an
** organization's name, is a team too ("beat the Oklahoma City Thunder").
** Once the text has named its teams so, it writes their last words alone
** ("had 40 for the Thunder", "Mavericks general manager Nico Harrison"),
** which the model, reading ordinary words, leaves out: such a word alone,
** in no span, is claimed ORG in a Title Case line, or in no longer run of
** capitalized words after "the", before a word of the team's people
** ("coach", "fans") or when it is no ordinary word ("Lakers";
** tk_entities__team_words, from model_spans.c).  On 2,038 Wikipedia
** articles the rules changed 359 mentions, 18 of them wrong ("Green Bay
** Packers" LOC, "the Raiders", "Texas Instruments" LOC right; plurals of
** other heads, "Inca Generals", "the Adepts", wrong).
**
** A club's marker, "FC", "F.C.", "SC", "AFC" or "CF", one space before
** or after a span takes the span into one ORG with it ("Los Angeles" LOC
** + " FC", "San Diego" LOC + PERSON "FC", "FC" + " Porto"), in any line:
** in CoNLL-2003 train "FC", "F.C." and "SC" stand inside an ORG 35 times
** of 36.
**
**   nSpan = tk_entities__join_team_names(z, n, a, nSpan);
**   nSpan = tk_entities__join_club_markers(z, n, a, nSpan);
**   rc = tk_entities__team_words(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define TEAM_WORD_SCORE 0.8 /* the share of such claims that are right */
#define MAX_TEAMS 64        /* the teams' words read from one text, at most */
#define NEAR_SPANS 8        /* the spans either side a sentence-mate is among */
#define NEAR_BYTES 512      /* ... within this many bytes */

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

/* 1 when the span p of z names a team by its place before z[iTail], its
** last word: the words before are a listed country, region or city that
** is no ordinary word and no saint's title ("Denver" of "Denver Nuggets";
** not "South" of "South Africans", "Southern" of "Southern Baptists",
** "San" of "San Vitores"), the last word is no listed nationality or
** language with or without its "s" ("Altai Kalmyks") nor a listed place,
** the span is no listed place as a whole ("West Indies") and no quoted
** title ("Batman Returns"). */
static int placeTeam(const char *z, const tk_ner_span *p, size_t iTail) {
  static const char *const azSaint[] = {"San", "Santa", "Santo", "Saint",
                                        "Río", "Rio",   "São",   0};
  size_t nPlace = iTail - 1 - p->iStart, iEnd = p->iStart + p->nLen;
  if (p->iStart > 0 && strchr("\"'", z[p->iStart - 1])) return 0;
  unsigned m = tk_ner_gazetteer_classes(z + p->iStart, nPlace);
  if (!(m & TK_ENT_GAZ_SETTLED) || (m & TK_NER_GAZ_WORD) ||
      tk_entities__in_list(azSaint, z + p->iStart, nPlace))
    return 0;
  unsigned mPeople = TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE;
  if ((tk_ner_gazetteer_classes(z + iTail, iEnd - iTail) &
       (mPeople | TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE)) ||
      (tk_ner_gazetteer_classes(z + iTail, iEnd - iTail - 1) & mPeople))
    return 0;
  m = tk_ner_gazetteer_classes(z + p->iStart, p->nLen);
  return !(m & (TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE));
}

/* The start of the last word of the span p of z (p->iStart when it has
** one word). */
static size_t lastWordStart(const char *z, const tk_ner_span *p) {
  size_t i = p->iStart + p->nLen;
  while (i > p->iStart && z[i - 1] != ' ')
    i--;
  return i;
}

/* The length of the team's plural that ends the span p of z[0..n) when
** the span names a team by its place (placeTeam: "Denver" + "Nuggets"),
** but a plural in "as" ("St. Thomas Aquinas", "Rio Piedras"); else 0. */
static size_t placePlural(const char *z, size_t n, const tk_ner_span *p) {
  size_t i = lastWordStart(z, p), iEnd = p->iStart + p->nLen;
  if (i <= p->iStart + 1 || tk_entities__team_plural(z, n, i) != iEnd - i ||
      z[iEnd - 2] == 'a')
    return 0;
  return placeTeam(z, p, i) ? iEnd - i : 0;
}

/* The length of the last word of the span p of z when the span names a
** team by its place and a word that is no plural ("Oklahoma City" +
** "Thunder", "Utah" + "Jazz"): a capital and lower-case ASCII letters, no
** head of a place's, an event's or an organization's name ("Stadium",
** "Cup", "Council": heads.c); else 0. */
static size_t placeSingular(const char *z, const tk_ner_span *p) {
  size_t i = lastWordStart(z, p), iEnd = p->iStart + p->nLen;
  if (i <= p->iStart + 1 || z[i] < 'A' || z[i] > 'Z' || z[iEnd - 1] == 's')
    return 0;
  for (size_t k = i + 1; k < iEnd; k++)
    if (z[k] < 'a' || z[k] > 'z') return 0;
  if (tk_entities__place_head(z, p->iStart, p->nLen) ||
      tk_entities__event_head(z, p->iStart, p->nLen) ||
      tk_entities__org_head(z, p->iStart, p->nLen))
    return 0;
  return placeTeam(z, p, i) ? iEnd - i : 0;
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

/* 1 when the team's word z[i..i+m) of z[0..n), alone, reads as the team:
** after "the " or "The " ("for the Nuggets"), before a word of its people
** ("Mavericks general manager", "Packers fans"), or when it is no ordinary
** word ("Lakers"); not "Films like ..." in a text about "London Films". */
static int teamReading(const char *z, size_t n, size_t i, size_t m) {
  static const char *const azPeople[] = {
      "coach",   "fans",       "general",     "head", "manager", "owner",
      "players", "president",  "quarterback", "star", "forward", "guard",
      "striker", "goalkeeper", "pitcher",     0};
  if (i >= 4 && (z[i - 4] | 0x20) == 't' && memcmp(z + i - 3, "he ", 3) == 0 &&
      wordStart(z, i - 4))
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

/* 1 when the team's word z[i..i+m) of z[0..n), in no span, is the team
** alone: in a Title Case line ("Jokic Leads Nuggets Past Thunder"), or in
** no longer run of capitalized words and read so (teamReading). */
static int teamAlone(const char *z, size_t n, size_t i, size_t m) {
  if (i + m < n && (z[i + m] == '-' || (z[i + m] >= '0' && z[i + m] <= '9')))
    return 0;
  if (tk_entities__in_title_line(z, n, i)) return 1;
  if (capitalWordBefore(z, i) || (i + m + 1 < n && z[i + m] == ' ' &&
                                  tk_entities__capital_at(z, n, i + m + 1)))
    return 0;
  return teamReading(z, n, i, m);
}

/* 1 when the spans p and q of z stand in one sentence, near: at most
** NEAR_BYTES apart and no ". ", "! ", "? " or line break between them
** (a long list with no full stop is read in bounded time). */
static int sameSentence(const char *z, const tk_ner_span *p,
                        const tk_ner_span *q) {
  if (q->iStart < p->iStart) {
    const tk_ner_span *t = p;
    p = q;
    q = t;
  }
  if (q->iStart - p->iStart > NEAR_BYTES) return 0;
  for (size_t i = p->iStart + p->nLen; i < q->iStart; i++) {
    if (z[i] == '\n' ||
        ((z[i] == '.' || z[i] == '!' || z[i] == '?') && z[i + 1] == ' '))
      return 0;
  }
  return 1;
}

/* 1 when the LOC or MISC span a[k] of z[0..n) names a team by its place
** and a word that is no plural (placeSingular) in a sentence that names
** a team by its place and a plural, an ORG of a[0..nSpan) among the
** NEAR_SPANS spans either side ("the Denver Nuggets beat the Oklahoma
** City Thunder"). */
static int singularTeam(const char *z, size_t n, const tk_ner_span *a,
                        size_t nSpan, size_t k) {
  if ((a[k].eType != TK_ENT_LOC && a[k].eType != TK_ENT_MISC) ||
      !placeSingular(z, &a[k]))
    return 0;
  size_t jFrom = k > NEAR_SPANS ? k - NEAR_SPANS : 0;
  size_t jTo = nSpan - k > NEAR_SPANS ? k + NEAR_SPANS : nSpan - 1;
  for (size_t j = jFrom; j <= jTo; j++) {
    if (j != k && a[j].eType == TK_ENT_ORG && sameSentence(z, &a[j], &a[k]) &&
        placePlural(z, n, &a[j]))
      return 1;
  }
  return 0;
}

/* The teams' words of a document: the last words of its teams named by
** their places. */
typedef struct Teams {
  const char *az[MAX_TEAMS];
  size_t an[MAX_TEAMS];
  size_t n;
} Teams;

/* 1 when z[i..i+m) is one of the words of *p. */
static int isTeamWord(const Teams *p, const char *z, size_t i, size_t m) {
  for (size_t t = 0; t < p->n; t++)
    if (p->an[t] == m && memcmp(p->az[t], z + i, m) == 0) return 1;
  return 0;
}

/* The teams of a[0..nSpan), spans of z[0..n), named by their places (see
** above) and their words alone: a tk_malloc'd array *paClaim of *pnClaim
** ORG spans, sorted and apart (NULL when there are none).  A LOC or MISC
** named by a place and another word in a sentence with an ORG named by
** its place and a plural is a team too ("Oklahoma City Thunder" beside
** "Denver Nuggets"; singularTeam), and each team's last word alone is
** claimed (teamAlone).
** TK_OK or TK_ENOMEM. */
int tk_entities__team_words(const char *z, size_t n, const tk_ner_span *a,
                            size_t nSpan, tk_ner_span **paClaim,
                            size_t *pnClaim) {
  Teams teams = {{0}, {0}, 0};
  *paClaim = 0;
  *pnClaim = 0;
  for (size_t k = 0; k < nSpan && teams.n < MAX_TEAMS; k++) {
    size_t m = a[k].eType == TK_ENT_ORG ? placePlural(z, n, &a[k]) : 0;
    if (!m) continue;
    teams.az[teams.n] = z + a[k].iStart + a[k].nLen - m;
    teams.an[teams.n++] = m;
  }
  if (teams.n == 0) return TK_OK;
  size_t aiSingular[MAX_TEAMS], nSingular = 0, iSingular = 0;
  for (size_t k = 0; k < nSpan && teams.n < MAX_TEAMS; k++) {
    if (!singularTeam(z, n, a, nSpan, k)) continue;
    size_t m = placeSingular(z, &a[k]);
    teams.az[teams.n] = z + a[k].iStart + a[k].nLen - m;
    teams.an[teams.n++] = m;
    aiSingular[nSingular++] = k; /* claimed whole as ORG below */
  }
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0, iSpan = 0;
  for (size_t i = 0; i < n; i++) {
    if (z[i] < 'A' || z[i] > 'Z' || !wordStart(z, i)) continue;
    while (iSpan < nSpan && a[iSpan].iStart + a[iSpan].nLen <= i)
      iSpan++;
    tk_ner_span c = {i, 0, TK_ENT_ORG, TEAM_WORD_SCORE};
    if (iSpan < nSpan && a[iSpan].iStart <= i) { /* a span: a team? */
      const tk_ner_span *p = &a[iSpan];
      while (iSingular < nSingular && aiSingular[iSingular] < iSpan)
        iSingular++;
      if (iSingular < nSingular && aiSingular[iSingular] == iSpan &&
          p->iStart == i) {
        c.nLen = p->nLen;
        c.rScore = p->rScore < TEAM_WORD_SCORE ? p->rScore : TEAM_WORD_SCORE;
      }
      i = p->iStart + p->nLen - 1;
    } else {
      size_t m = 1;
      while (i + m < n && ((z[i + m] >= 'a' && z[i + m] <= 'z') ||
                           (z[i + m] >= 'A' && z[i + m] <= 'Z')))
        m++;
      if ((iSpan >= nSpan || a[iSpan].iStart >= i + m) &&
          isTeamWord(&teams, z, i, m) && teamAlone(z, n, i, m))
        c.nLen = m;
      i += m - 1;
    }
    if (c.nLen && tk_entities__add_claim(&aClaim, &nClaim, &nAlloc, c)) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
