/*
** headline_names.c -- the names in a document's headline, read from the
** rest of the document, for entities() (model_spans.c claims them over
** the model's spans there):
**
**   "Kane Scores Twice as Bayern Clinch Bundesliga Title\n
**    Harry Kane won ... as Bayern beat ... the Bundesliga ..."
**
** The headline is the text's first line that is not blank, when it is in
** Title Case.  There every long word is capitalized, so the model cannot
** tell a name from a verb ("Kane Scores" comes out as one ORG); the body
** writes the same names in ordinary case, where the model reads them
** well.  Each name the model found below the headline (and the surname of
** each person's name of two or three words, and the plural of each team
** named by its place: "Mavericks" of "Dallas Mavericks") is looked up in
** the headline, longest first, word by word; a hit is a claim of the
** body's type.
** Exact bytes only: "JAPAN" in an upper-case headline is not "Japan".
**
**   rc = tk_entities__headline_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_WORDS 6         /* the longest name looked up, in words */
#define MAX_TITLE_LINE 2048 /* the longest Title Case line, in bytes */

/* A name of the body: the bytes z[iStart..iStart+nLen), the type it was
** given most often (the first of those tied) and that mention's score. */
typedef struct Slot {
  size_t iStart, nLen; /* nLen 0: an empty slot */
  uint32_t h;
  int eType;
  double rScore;
  uint32_t aCount[TK_ENT_MISC + 1]; /* mentions by type (PERSON..MISC) */
} Slot;

/* The names of the body: an open-addressing hash set keyed by their
** bytes. */
typedef struct NameSet {
  const char *z;
  Slot *a;
  size_t nSlot, nUsed;
} NameSet;

/* The slot of z[0..n) in p: its own, or the empty one it would take. */
static Slot *findSlot(const NameSet *p, const char *z, size_t n) {
  uint32_t h = tk_fnv1a(z, n);
  for (size_t s = h & (p->nSlot - 1);; s = (s + 1) & (p->nSlot - 1)) {
    Slot *q = &p->a[s];
    if (q->nLen == 0 ||
        (q->h == h && q->nLen == n && memcmp(p->z + q->iStart, z, n) == 0))
      return q;
  }
}

/* Add a mention z[iStart..iStart+nLen) of type eType (PERSON..MISC) to
** p: a name's type is the one its mentions have most often. */
static void addName(NameSet *p, size_t iStart, size_t nLen, int eType,
                    double rScore) {
  Slot *q = findSlot(p, p->z + iStart, nLen);
  if (!q->nLen) {
    q->h = tk_fnv1a(p->z + iStart, nLen);
    q->iStart = iStart;
    q->nLen = nLen;
    q->eType = eType;
    q->rScore = rScore;
    p->nUsed++;
  }
  if (eType < TK_ENT_PERSON || eType > TK_ENT_MISC) return;
  if (++q->aCount[eType] > q->aCount[q->eType]) {
    q->eType = eType;
    q->rScore = rScore;
  }
}

/* 1 when a word of z[iStart..iEnd) (words are apart by spaces) opens with
** four lower-case ASCII letters and holds no capital: the line is then no
** Title Case line, found without reading each word's letters (most lines
** are prose, and say so within their first words). */
static int proseWord(const char *z, size_t iStart, size_t iEnd) {
  for (size_t i = iStart; i + 4 <= iEnd;) {
    if ((i == iStart || z[i - 1] == ' ') && z[i] >= 'a' && z[i] <= 'z' &&
        z[i + 1] >= 'a' && z[i + 1] <= 'z' && z[i + 2] >= 'a' &&
        z[i + 2] <= 'z' && z[i + 3] >= 'a' && z[i + 3] <= 'z') {
      size_t e = i + 4;
      while (e < iEnd && z[e] != ' ' && (z[e] < 'A' || z[e] > 'Z'))
        e++;
      if (e == iEnd || z[e] == ' ') return 1;
    }
    const char *zSpace = memchr(z + i, ' ', iEnd - i);
    if (!zSpace) break;
    i = (size_t)(zSpace - z) + 1;
  }
  return 0;
}

/* 1 when z[iStart..iEnd) is a Title Case line: its words of four letters
** or more all start with a capital (or a non-ASCII letter, or hold a
** capital: "iPhone"), but those that start with a digit ("88-year-old"),
** and two of them go on in lower case ("Scores", not "SCORES": an
** upper-case line, such as CoNLL-2003's headlines and its tables of
** results, is not one). */
int tk_entities__title_line(const char *z, size_t iStart, size_t iEnd) {
  if (proseWord(z, iStart, iEnd)) return 0; /* the loop's answer, sooner */
  int nTitle = 0;
  for (size_t i = iStart; i < iEnd;) {
    size_t iWord = tk_entities__next_word(z, &i, iEnd);
    size_t nLetter = 0, iFirst = SIZE_MAX;
    int bCapital = 0;
    for (size_t k = iWord; k < i; k++) {
      unsigned char c = (unsigned char)z[k];
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        if (iFirst == SIZE_MAX) iFirst = k;
        nLetter++;
        bCapital |= c <= 'Z';
      } else if (c >= 0x80) {
        if (iFirst == SIZE_MAX) iFirst = k;
        nLetter += (c & 0xc0) != 0x80; /* one per character */
      }
    }
    if (nLetter < 4 || (z[iWord] >= '0' && z[iWord] <= '9')) continue;
    if (z[iFirst] >= 'a' && z[iFirst] <= 'z' && !bCapital) return 0;
    if (iFirst + 1 < i && z[iFirst + 1] >= 'a' && z[iFirst + 1] <= 'z')
      nTitle++;
  }
  return nTitle >= 2;
}

/* The end of the word z[iStart..iEnd) without the punctuation after it
** (and, with bPossessive, without a final "'s" or "’s"). */
static size_t wordEnd(const char *z, size_t iStart, size_t iEnd,
                      int bPossessive) {
  while (iEnd > iStart && z[iEnd - 1] && strchr(",:;!?.\"')", z[iEnd - 1]))
    iEnd--;
  size_t m = bPossessive ? tk_entities__possessive_end(z, iStart, iEnd) : 0;
  return m && iEnd - iStart > m ? iEnd - m : iEnd; /* a word stays */
}

/* Append to *pa (*pn of them, room for *pnAlloc) the names of p found in
** the Title Case line z[iStart..iEnd); 1 when out of memory. */
static int findInLine(const NameSet *p, const char *z, size_t iStart,
                      size_t iEnd, tk_ner_span **pa, size_t *pn,
                      size_t *pnAlloc) {
  size_t aWord[2 * MAX_WORDS]; /* the start and end of the next words */
  for (size_t i = iStart; i < iEnd;) {
    int nWord = 0;
    for (size_t k = i; k < iEnd && nWord < MAX_WORDS;) {
      while (k < iEnd && (z[k] == '"' || z[k] == '\'' || z[k] == '('))
        k++;
      size_t e = k;
      while (e < iEnd && z[e] != ' ')
        e++;
      aWord[2 * nWord] = k;
      aWord[2 * nWord + 1] = e;
      nWord++;
      if (e + 1 >= iEnd || z[e + 1] == ' ') break; /* two spaces end a run */
      k = e + 1;
    }
    int nHit = 0;
    for (int m = nWord; m >= 1 && !nHit; m--) {
      for (int bPoss = 0; bPoss <= 1 && !nHit; bPoss++) {
        size_t s = aWord[0];
        size_t e = wordEnd(z, aWord[2 * (m - 1)], aWord[2 * m - 1], bPoss);
        if (e <= s) continue;
        const Slot *q = findSlot(p, z + s, e - s);
        if (!q->nLen) continue;
        if (tk_reserve(pa, pnAlloc, *pn, sizeof **pa)) return 1;
        tk_ner_span *c = &(*pa)[(*pn)++];
        c->iStart = s;
        c->nLen = e - s;
        c->eType = q->eType;
        c->rScore = q->rScore;
        nHit = m;
      }
    }
    i = aWord[2 * (nHit ? nHit : 1) - 1];
    while (i < iEnd && z[i] == ' ')
      i++;
  }
  return 0;
}

/* The headline of z[0..n) (see entities_internal.h). */
int tk_entities__headline(const char *z, size_t n, size_t *piStart,
                          size_t *piEnd) {
  size_t i = 0;
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\n' || z[i] == '\r'))
    i++;
  const char *zEol = memchr(z + i, '\n', n - i);
  size_t e = zEol ? (size_t)(zEol - z) : n;
  while (e > i && (z[e - 1] == '\r' || z[e - 1] == ' '))
    e--;
  *piStart = i;
  *piEnd = e;
  return e > i && tk_entities__title_line(z, i, e);
}

/* 1 when the line of z[0..n) that holds z[i] is a Title Case line; a line
** longer than MAX_TITLE_LINE bytes is none (a headline is short), so that
** the rules asking this of many names of one long line read a bounded
** part of it each time (memrchr and memchr find its ends). */
int tk_entities__in_title_line(const char *z, size_t n, size_t i) {
  if (n == 0) return 0;
  size_t iAt = i < n ? i : n;
  size_t iLow = iAt > MAX_TITLE_LINE ? iAt - MAX_TITLE_LINE - 1 : 0;
  const char *p = memrchr(z + iLow, '\n', iAt - iLow);
  if (!p && iAt > MAX_TITLE_LINE) return 0; /* it starts too far back */
  size_t iStart = p ? (size_t)(p - z) + 1 : 0;
  int bCapped = iStart + MAX_TITLE_LINE + 1 <= n;
  size_t iHigh = bCapped ? iStart + MAX_TITLE_LINE + 1 : n;
  const char *e = memchr(z + iAt, '\n', iHigh - iAt);
  if (!e && bCapped) return 0; /* the line ends too far on */
  return tk_entities__title_line(z, iStart, e ? (size_t)(e - z) : iHigh);
}

/* The claims of the headline of z[0..n) (see above) from the model's
** spans a[0..nSpan): a tk_malloc'd array *paClaim of *pnClaim spans,
** sorted and apart (NULL when none).  TK_OK or TK_ENOMEM. */
int tk_entities__headline_names(const char *z, size_t n, const tk_ner_span *a,
                                size_t nSpan, tk_ner_span **paClaim,
                                size_t *pnClaim) {
  *paClaim = 0;
  *pnClaim = 0;
  size_t iHead, iHeadEnd, nAlloc = 0;
  if (!tk_entities__headline(z, n, &iHead, &iHeadEnd)) return TK_OK;
  NameSet set = {z, 0, 16, 0};
  while (set.nSlot < 4 * nSpan)
    set.nSlot *= 2;
  set.a = tk_malloc(set.nSlot * sizeof *set.a);
  if (!set.a) return TK_ENOMEM;
  memset(set.a, 0, set.nSlot * sizeof *set.a);
  for (size_t k = 0; k < nSpan; k++) {
    if (a[k].iStart < iHeadEnd || memchr(z + a[k].iStart, '\n', a[k].nLen))
      continue; /* in the headline, or over a line break */
    addName(&set, a[k].iStart, a[k].nLen, a[k].eType, a[k].rScore);
    size_t nSpace = 0, iLast = 0;
    for (size_t i = 0; i < a[k].nLen; i++)
      if (z[a[k].iStart + i] == ' ') {
        nSpace++;
        iLast = a[k].iStart + i + 1;
      }
    size_t nLast = a[k].iStart + a[k].nLen - iLast;
    if (a[k].eType == TK_ENT_PERSON && (nSpace == 1 || nSpace == 2))
      addName(&set, iLast, nLast, TK_ENT_PERSON, a[k].rScore); /* surname */
    else if (a[k].eType == TK_ENT_ORG && (nSpace == 1 || nSpace == 2) &&
             tk_entities__team_plural(z, n, iLast) == nLast &&
             (tk_ner_gazetteer_classes(z + a[k].iStart,
                                       iLast - 1 - a[k].iStart) &
              (TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE)))
      addName(&set, iLast, nLast, TK_ENT_ORG, a[k].rScore); /* the team */
  }
  int rc = TK_OK;
  if (set.nUsed &&
      findInLine(&set, z, iHead, iHeadEnd, paClaim, pnClaim, &nAlloc)) {
    tk_free(*paClaim);
    *paClaim = 0;
    *pnClaim = 0;
    rc = TK_ENOMEM;
  }
  tk_free(set.a);
  return rc;
}
