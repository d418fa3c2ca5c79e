/*
** org_of_place.c -- an organization named "<head> of <place>" that the
** model cut at "of", for entities() (model_spans.c joins it):
**
**   "Serum Institute of India"      LOC "India"          -> ORG whole
**   "Security Service of Ukraine"   ORG + LOC "Ukraine"   -> ORG whole
**   "Alliance of Sahel States"      LOC "Sahel States"   -> ORG whole
**
** In CoNLL-2003 train and dev, a capitalized run ending with an organization's
** head word ("Institute", "Bank", "Ministry", "Union", "Council", ...) followed
** by "of" and a capitalized run is one ORG 61 times of 79 (most of the others
** are ORGs with other bounds: "Reserve Bank of India Governor ...").  The
** model, which knows the place, often types the place alone.  A LOC (or ORG)
** span right after " of " (or " of the ") joins the run before it when that run
** ends with such a head and is an ORG span of the model or in no span at all;
** the run starts at the model's ORG span or at the first capitalized word
** before the head ("The" and a possessive left out: "Adar Poonawalla's Serum
** Institute").  Not in a Title Case line, where every word is capitalized.
**
** An organization named "<head> for <cause>" is joined too, whatever the model
** made of the cause ("Party for Freedom", "Institute for Human Gene Therapy"
** PERSON "Gene Therapy"): in CoNLL-2003 train and dev such a head, "for" and a
** capitalized word are inside one ORG all 14 times. The cause is the run of
** capitalized words after " for ", runs joined by " and " or " of ", up to a
** possessive ("Department for Research and Statistics"; spans of any type in it
** are taken in; no word with a digit or "$": "Academy for US$1"); the head's
** run starts as above, or at the model's ORG that ends with the head; no span
** may cross the whole.
**
**   nSpan = tk_entities__join_orgs_of_places(z, n, a, nSpan);
**   rc = tk_entities__orgs_for_causes(z, n, a, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define FOR_CAUSE_SCORE                                                        \
  0.8 /* right 14 of 14 in CoNLL-2003, 21 of 26 on Wikipedia */

/* 1 when the word z[i..e) is the head of an organization's name. */
static int orgHead(const char *z, size_t i, size_t e) {
  static const char *const az[] = {
      "Academy",   "Agency",     "Alliance",     "Assembly",     "Association",
      "Authority", "Bank",       "Board",        "Bureau",       "Chamber",
      "College",   "Commission", "Committee",    "Company",      "Corporation",
      "Council",   "Court",      "Department",   "Federation",   "Foundation",
      "Front",     "Fund",       "Institute",    "League",       "Ministry",
      "Movement",  "Office",     "Organisation", "Organization", "Party",
      "Service",   "Society",    "Union",        "University",   0};
  return tk_entities__in_list(az, z + i, e - i);
}

/* 1 when the word z[i..e) heads an organization's name before " for "
** only ("Alternative for Germany", "Centres for Disease Control",
** "Campaign for Nuclear Disarmament"; "the Centre of Paris" is a place). */
static int causeHead(const char *z, size_t i, size_t e) {
  static const char *const az[] = {
      "Alternative", "Campaign",  "Center",   "Centers", "Centre",
      "Centres",     "Coalition", "Congress", "Forum",   "Initiative",
      "Network",     "Trust",     0};
  return tk_entities__in_list(az, z + i, e - i);
}

/* The start of the capitalized run that ends at z[iEnd) (iEnd when there
** is none): words one space apart, each starting with a capital, but
** "The" and a possessive ("Poonawalla's", "Morales'"). */
static size_t runStart(const char *z, size_t iEnd) {
  size_t iStart = iEnd;
  for (;;) {
    size_t k = iStart;
    if (k != iEnd) {
      if (k < 2 || z[k - 1] != ' ') break;
      k--;
    }
    size_t w = k;
    while (w > 0 && !strchr(" \t\r\n,;:.!?()\"", z[w - 1]))
      w--;
    int bPossessive =
        tk_entities__possessive_end(z, w, k) != 0 || z[k - 1] == '\'';
    if (w == k || !tk_entities__capital_at(z, k, w) || bPossessive ||
        (k - w == 3 && memcmp(z + w, "The", 3) == 0))
      break;
    iStart = w;
  }
  return iStart;
}

/* The length of " of " or " of the " at z[i] (0: neither). */
static size_t ofAt(const char *z, size_t n, size_t i) {
  if (i + 8 <= n && memcmp(z + i, " of the ", 8) == 0) return 8;
  if (i + 4 <= n && memcmp(z + i, " of ", 4) == 0) return 4;
  return 0;
}

/* Join in place the ORGs named "<head> of <place>" of a[0..nSpan), spans
** of z[0..n) (see above); returns the new count. */
size_t tk_entities__join_orgs_of_places(const char *z, size_t n, tk_ner_span *a,
                                        size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span q = a[k];
    tk_ner_span *p = nOut ? &a[nOut - 1] : 0;
    a[nOut++] = q;
    if (q.eType != TK_ENT_LOC && q.eType != TK_ENT_ORG) continue;
    size_t iOf = 0, m = 0; /* where " of " starts, its length */
    for (size_t c = 8; c >= 4 && !m; c -= 4)
      if (q.iStart >= c && ofAt(z, n, q.iStart - c) == c) {
        iOf = q.iStart - c;
        m = c;
      }
    if (!m || iOf == 0) continue;
    size_t w = iOf;
    while (w > 0 && z[w - 1] != ' ' && z[w - 1] != '\n')
      w--;
    if (!orgHead(z, w, iOf)) continue;
    int bSpanBefore = p && p->iStart + p->nLen == iOf;
    if (p && !bSpanBefore && p->iStart + p->nLen > runStart(z, iOf))
      continue; /* a span of another kind holds part of the run */
    if (bSpanBefore && p->eType != TK_ENT_ORG) continue;
    size_t iStart = bSpanBefore ? p->iStart : runStart(z, iOf);
    if (tk_entities__in_title_line(z, n, iStart)) continue;
    tk_ner_span joined = {iStart, q.iStart + q.nLen - iStart, TK_ENT_ORG,
                          q.rScore};
    if (bSpanBefore) {
      if (p->rScore < joined.rScore) joined.rScore = p->rScore;
      nOut--;
    }
    a[nOut - 1] = joined;
  }
  return nOut;
}

/* The end of the word of a name that opens at z[i], within z[0..n): a
** capital letter, then no digit, "$" or punctuation ("Transport",
** "Counter-Revolution"); i when there is none ("US$1", "£897m", "–"). */
static size_t nameWordEnd(const char *z, size_t n, size_t i) {
  if (i >= n || !tk_entities__capital_letter_at(z, n, i)) return i;
  size_t e = i;
  while (e < n && !strchr(" \t\r\n,;:.!?()\"", z[e])) {
    if ((z[e] >= '0' && z[e] <= '9') || z[e] == '$') return i;
    e++;
  }
  return e;
}

/* The end of the cause that opens at z[i], within z[0..n): name words
** one space apart, runs of them joined by " and " or " of " ("Research
** and Statistics", "Conservation of Nature"), up to a possessive's "'s"
** ("Prevention's Select Agent Program"); i when there is none. */
static size_t causeEnd(const char *z, size_t n, size_t i) {
  size_t iEnd = i;
  for (;;) {
    size_t e = nameWordEnd(z, n, i);
    if (e == i) return iEnd;
    size_t nPossessive = tk_entities__possessive_end(z, i, e);
    if (nPossessive) return e - nPossessive; /* "Prevention's Program" */
    iEnd = e;
    if (e + 1 < n && z[e] == ' ' && nameWordEnd(z, n, e + 1) > e + 1) {
      i = e + 1;
    } else if (e + 5 < n && (memcmp(z + e, " and ", 5) == 0 ||
                             memcmp(z + e, " of ", 4) == 0)) {
      size_t j = e + (z[e + 1] == 'a' ? 5 : 4);
      if (nameWordEnd(z, n, j) == j) return iEnd;
      i = j;
    } else {
      return iEnd;
    }
  }
}

/* The ORGs named "<head> for <cause>" of z[0..n) (see above), given the
** spans a[0..nSpan) (sorted and apart), as claims that no span crosses: a
** tk_malloc'd array *paClaim of *pnClaim spans, sorted and apart (NULL
** when none).  TK_OK or TK_ENOMEM. */
int tk_entities__orgs_for_causes(const char *z, size_t n, const tk_ner_span *a,
                                 size_t nSpan, tk_ner_span **paClaim,
                                 size_t *pnClaim) {
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 1; i + 5 < n;) {
    const char *zHit = memchr(z + i, 'f', n - 4 - i); /* faster than memmem */
    if (!zHit) break;
    size_t iFor = (size_t)(zHit - z) - 1, w = iFor;
    i = iFor + 2;
    if (z[iFor] != ' ' || memcmp(z + iFor + 1, "for ", 4) != 0) continue;
    i = iFor + 5;
    while (w > 0 && z[w - 1] != ' ' && z[w - 1] != '\n')
      w--;
    size_t iEnd = causeEnd(z, n, iFor + 5);
    if (iEnd == iFor + 5 || !(orgHead(z, w, iFor) || causeHead(z, w, iFor)))
      continue;
    size_t k = tk_entities__span_after(a, nSpan, w);
    int bOrgBefore = k < nSpan && a[k].iStart < iFor &&
                     a[k].iStart + a[k].nLen == iFor &&
                     a[k].eType == TK_ENT_ORG;
    size_t iStart = bOrgBefore ? a[k].iStart : runStart(z, iFor);
    size_t kEnd = k;
    while (kEnd < nSpan && a[kEnd].iStart < iEnd)
      kEnd++;
    if ((k < nSpan && a[k].iStart < iStart) ||
        (kEnd > k && a[kEnd - 1].iStart + a[kEnd - 1].nLen > iEnd) ||
        (nClaim &&
         aClaim[nClaim - 1].iStart + aClaim[nClaim - 1].nLen > iStart) ||
        tk_entities__in_title_line(z, n, iStart))
      continue; /* a span or the claim before crosses it, or a headline */
    if (tk_entities__add_claim(&aClaim, &nClaim, &nAlloc,
                               (tk_ner_span){iStart, iEnd - iStart, TK_ENT_ORG,
                                             FOR_CAUSE_SCORE})) {
      tk_free(aClaim);
      *paClaim = 0;
      *pnClaim = 0;
      return TK_ENOMEM;
    }
    i = iEnd;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
