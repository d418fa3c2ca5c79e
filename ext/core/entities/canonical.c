/*
** canonical.c -- the canonical name of each entity of one document (the
** `canonical` column of entities()) and the per-name type vote.
**
**   tk_canon *pCanon = 0;
**   rc = tk_entities__canonical(&pCanon, zText, nText, aEnt, nEnt, bVote);
**   ... aEnt[i].zCanonical ...            (valid until the next call)
**   tk_entities__canon_free(pCanon);
**
** Pattern entities keep their norm.  A name (model or dictionary span)
** goes through these steps, each keyed by a hash map so that the work is
** linear in the number of mentions:
**   1. its base form: the norm (whitespace already collapsed) without a
**      leading "The" and a trailing possessive "'s";
**   2. its group: the base forms equal after lower-casing (LONDON, London);
**   3. an acronym defined in the text, "National Security Council (NSC)"
**      or "NSC (National Security Council)", sends the acronym's group to
**      the long form's;
**   4. a PERSON name of 2 to 8 words sends every PERSON group equal to
**      one of its word-final parts ("Clinton", "W. Bush") to itself,
**      unless two names not ending one another claim the part; a name
**      ending with "Jr." or another generational suffix also sends the
**      parts before it that no name claims ("Kennedy"); its first word
**      ("Mike" of "Mike Ford", a name written in mixed case) when no
**      other name starts with it and no name claims it as a part;
**   5. the canonical text of the group reached: its most frequent
**      mixed-case surface form, else an all-caps form title-cased when it
**      has 5 letters or more (LONDON -> London; NATO stays), but for its
**      acronyms and Roman numerals (keptCapitals: "AWS CLI", "APG III").
** With bVote, the model mentions reaching one group that score under 0.9
** take the type with the largest summed score among all its mentions.
*/
#include "entities_internal.h"

#include <stdlib.h>
#include <utf8proc.h>

#define NONE UINT32_MAX  /* no group */
#define AMBIG 0xFFFFFFFE /* a link claimed by two names */
#define TK_VOTE_KEEP 0.9 /* mentions scoring this or more keep their type */

/* A hash map slot: a key in the arena and a value (NONE: empty). */
typedef struct CanonSlot {
  size_t iKey, nKey;
  uint32_t h;
  uint32_t v;
} CanonSlot;

/* Open addressing, a power-of-two number of slots. */
typedef struct CanonMap {
  CanonSlot *a;
  size_t nSlot, nUsed;
} CanonMap;

/* Letter case of a surface form. */
enum { CASE_NONE = 0, CASE_LOWER, CASE_UPPER, CASE_MIXED };

/* Names equal after lower-casing. */
typedef struct CanonGroup {
  size_t iKey, nKey; /* the lower-cased base form, in the arena */
  int nWord;
  double aWeight[5];   /* summed score per type PERSON..MISC (1..4) */
  uint32_t iSurface;   /* the surface form shown, NONE until chosen */
  uint32_t iTarget;    /* the group its mentions take the canonical of */
  size_t iShow, nShow; /* the canonical text in the arena */
  int bShown;
  double aVote[5]; /* summed weights of the groups that target this one */
} CanonGroup;

/* One exact base form of a group, with its count. */
typedef struct CanonSurface {
  size_t iKey, nKey; /* the base form, in the arena */
  uint32_t iGroup, nCount, iFirst;
  int eCase, nLetter;
} CanonSurface;

struct tk_canon {
  tk_buf arena;
  tk_buf scratch;
  CanonMap groups;   /* lower-cased base -> group */
  CanonMap surfaces; /* exact base -> surface */
  CanonMap links;    /* lower-cased word-final part -> full name's group */
  CanonMap firsts;   /* lower-cased first word -> full name's group */
  CanonMap acronyms; /* lower-cased acronym -> long form's group */
  CanonGroup *aGroup;
  size_t nGroup, nGroupAlloc;
  CanonSurface *aSurface;
  size_t nSurface, nSurfaceAlloc;
  uint32_t *aMention; /* per entity: its group, NONE for patterns */
  size_t nMentionAlloc;
  uint64_t *aOrder; /* (8 - words) << 32 | group, for the links */
  size_t nOrderAlloc;
};

/* ------------------------------------------------------------ hash maps */

/* Empty the map for about nHint keys: its slots are reallocated when
** there are none or more than 4 times what nHint needs, so that a large
** document does not make later small ones pay for its table. */
static int mapReset(CanonMap *m, size_t nHint) {
  size_t nWant = 64;
  while (nWant < 2 * nHint)
    nWant *= 2;
  if (!m->a || m->nSlot > 4 * nWant) {
    tk_free(m->a);
    m->nSlot = 0;
    m->a = tk_malloc(nWant * sizeof(CanonSlot));
    if (!m->a) return TK_ENOMEM;
    m->nSlot = nWant;
  }
  for (size_t k = 0; k < m->nSlot; k++)
    m->a[k].v = NONE;
  m->nUsed = 0;
  return TK_OK;
}

/* The slot holding key z[0..n) (hash h) or the empty slot where it goes. */
static CanonSlot *mapSlot(const CanonMap *m, const tk_buf *pArena, uint32_t h,
                          const char *z, size_t n) {
  size_t mask = m->nSlot - 1, k = h & mask;
  for (;;) {
    CanonSlot *s = &m->a[k];
    if (s->v == NONE) return s;
    if (s->h == h && s->nKey == n && memcmp(pArena->z + s->iKey, z, n) == 0)
      return s;
    k = (k + 1) & mask;
  }
}

/* Double the slots when half are used. */
static int mapGrow(CanonMap *m) {
  if (2 * (m->nUsed + 1) <= m->nSlot) return TK_OK;
  size_t nNew = m->nSlot * 2;
  CanonSlot *a = tk_malloc(nNew * sizeof(CanonSlot));
  if (!a) return TK_ENOMEM;
  for (size_t k = 0; k < nNew; k++)
    a[k].v = NONE;
  for (size_t k = 0; k < m->nSlot; k++) {
    if (m->a[k].v == NONE) continue;
    size_t j = m->a[k].h & (nNew - 1);
    while (a[j].v != NONE)
      j = (j + 1) & (nNew - 1);
    a[j] = m->a[k];
  }
  tk_free(m->a);
  m->a = a;
  m->nSlot = nNew;
  return TK_OK;
}

/* The value of arena key [iKey, iKey+nKey), or NONE. */
static uint32_t mapGet(const CanonMap *m, const tk_buf *pArena, size_t iKey,
                       size_t nKey) {
  const char *z = pArena->z + iKey;
  return mapSlot(m, pArena, tk_fnv1a(z, nKey), z, nKey)->v;
}

/* The slot of arena key [iKey, iKey+nKey), added when absent (*pbNew 1;
** the caller sets its value); NULL on OOM. */
static CanonSlot *mapPut(CanonMap *m, const tk_buf *pArena, size_t iKey,
                         size_t nKey, int *pbNew) {
  if (mapGrow(m) != TK_OK) return 0;
  const char *z = pArena->z + iKey;
  uint32_t h = tk_fnv1a(z, nKey);
  CanonSlot *s = mapSlot(m, pArena, h, z, nKey);
  *pbNew = s->v == NONE;
  if (*pbNew) {
    s->iKey = iKey;
    s->nKey = nKey;
    s->h = h;
    m->nUsed++;
  }
  return s;
}

/* ---------------------------------------------------------- letter case */

/* The case class of a letter: CASE_UPPER, CASE_LOWER or CASE_NONE. */
static int letterCase(uint32_t c) {
  if (c < 0x80) {
    return c >= 'A' && c <= 'Z'   ? CASE_UPPER
           : c >= 'a' && c <= 'z' ? CASE_LOWER
                                  : CASE_NONE;
  }
  utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? CASE_UPPER
         : cat == UTF8PROC_CATEGORY_LL                              ? CASE_LOWER
                                                                    : CASE_NONE;
}

/* The lower-case form of c. */
static uint32_t lowerOf(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

/* Append z[0..n) lower-cased to the arena. */
static void putLower(tk_buf *p, const char *z, size_t n) {
  for (size_t i = 0; i < n;) {
    if ((unsigned char)z[i] < 0x80) { /* an ASCII run, lowered in place */
      size_t e = i, iFrom = p->n;
      while (e < n && (unsigned char)z[e] < 0x80)
        e++;
      tk_buf_append(p, z + i, e - i);
      for (size_t k = iFrom; k < p->n; k++)
        if (p->z[k] >= 'A' && p->z[k] <= 'Z') p->z[k] += 32;
      i = e;
      continue;
    }
    tk_buf_put_utf8(p, lowerOf(tk_utf8_next((const unsigned char *)z, n, &i)));
  }
}

/* The case of z[0..n) (CASE_MIXED: both cases) and its letter count. */
static int caseOf(const char *z, size_t n, int *pnLetter) {
  int bUpper = 0, bLower = 0, nLetter = 0;
  for (size_t i = 0; i < n;) {
    int e = letterCase(tk_utf8_next((const unsigned char *)z, n, &i));
    bUpper |= e == CASE_UPPER;
    bLower |= e == CASE_LOWER;
    nLetter += e != CASE_NONE;
  }
  *pnLetter = nLetter;
  return bUpper && bLower ? CASE_MIXED
         : bUpper         ? CASE_UPPER
         : bLower         ? CASE_LOWER
                          : CASE_NONE;
}

/* 1 when the all-caps word z[0..n) of letters only is kept as written:
** a Roman numeral ("APG III"), or three letters or fewer that no list of
** ordinary words, people's names or places holds or begins an entry of
** ("AWS CLI", not "Aws Cli"; "NEW YORK" is "New York", "BILL" a first
** name, "ST" begins "St Louis"; an organization's list does not count:
** "IBM"). */
static int keptCapitals(const char *z, size_t n) {
  const unsigned mTitled =
      TK_NER_GAZ_WORD | TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO |
      TK_NER_GAZ_SURNAME | TK_NER_GAZ_PERSON | TK_NER_GAZ_COUNTRY |
      TK_NER_GAZ_REGION | TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID |
      TK_NER_GAZ_CITY_SMALL | TK_NER_GAZ_PLACE | TK_NER_GAZ_DEMONYM |
      TK_NER_GAZ_LANGUAGE | TK_NER_GAZ_LONGER;
  size_t k = 0;
  while (k < n && (z[k] == 'I' || z[k] == 'V' || z[k] == 'X'))
    k++;
  if (k == n && n <= 4) return 1;
  return n <= 3 && !(tk_ner_gazetteer_classes(z, n) & mTitled);
}

/* The end of the word of z[0..n) at i (the next space or n), and in
** *pnLetter its letters (0 when it holds anything else: "AFL-CIO"). */
static size_t titleWord(const char *z, size_t n, size_t i, size_t *pnLetter) {
  size_t j = i, nLetter = 0;
  int bLetters = 1;
  while (j < n && z[j] != ' ') {
    bLetters &=
        letterCase(tk_utf8_next((const unsigned char *)z, n, &j)) != CASE_NONE;
    nLetter++;
  }
  *pnLetter = bLetters ? nLetter : 0;
  return j;
}

/* Append the all-caps z[0..n) with each word made of letters only
** title-cased ("LONDON" -> "London") but the words kept as written
** (keptCapitals); other words ("AFL-CIO") as they are.  A name of short
** words only, one of them kept, is an acronym's name and stays whole:
** "IBM PC", "CDU / CSU", but "THE SUN" is "The Sun". */
static void putTitle(tk_buf *p, const char *z, size_t n) {
  int bShortOnly = 1, bKept = 0;
  for (size_t i = 0, nLetter; i < n;) {
    size_t j = titleWord(z, n, i, &nLetter);
    bShortOnly &= nLetter <= 3;
    bKept |= nLetter > 0 && keptCapitals(z + i, j - i);
    i = j + 1;
  }
  if (bShortOnly && bKept) {
    tk_buf_append(p, z, n);
    return;
  }
  for (size_t i = 0, nLetter; i < n;) {
    size_t j = titleWord(z, n, i, &nLetter);
    if (nLetter == 0 || keptCapitals(z + i, j - i)) {
      tk_buf_append(p, z + i, j - i);
    } else {
      size_t k = i;
      uint32_t c = tk_utf8_next((const unsigned char *)z, j, &k);
      tk_buf_put_utf8(p, c);
      putLower(p, z + k, j - k);
    }
    if (j < n) tk_buf_putc(p, ' ');
    i = j + 1;
  }
}

/* ----------------------------------------------------------- base forms */

/* 1 when z[0..n) starts with the ASCII word zWord in any case. */
static int startsWithWord(const char *z, size_t n, const char *zWord) {
  size_t k = 0;
  for (; zWord[k]; k++)
    if (k >= n || (z[k] | 0x20) != zWord[k]) return 0;
  return 1;
}

/* The base form of a name norm: without a leading "The " and a trailing
** "'s" or "’s" (when something remains). */
static void baseForm(const char *z, size_t n, size_t *piStart, size_t *pn) {
  size_t i = 0;
  if (n > 4 && startsWithWord(z, n, "the ") && z[4] != ' ') i = 4;
  if (n - i > 2 && (z[n - 1] == 's' || z[n - 1] == 'S') && z[n - 2] == '\'')
    n -= 2;
  else if (n - i > 4 && (z[n - 1] == 's' || z[n - 1] == 'S') &&
           memcmp(z + n - 4, "\xE2\x80\x99", 3) == 0)
    n -= 4;
  *piStart = i;
  *pn = n - i;
}

/* ----------------------------------------------------- groups, surfaces */

/* The group of the lower-cased base at arena [iKey, iKey+nKey), added when
** new; NONE on OOM. */
static uint32_t groupOf(tk_canon *p, size_t iKey, size_t nKey) {
  int bNew;
  CanonSlot *s = mapPut(&p->groups, &p->arena, iKey, nKey, &bNew);
  if (!s) return NONE;
  if (!bNew) {
    p->arena.n = iKey; /* the key is there already: drop the copy */
    return s->v;
  }
  if (tk_reserve(&p->aGroup, &p->nGroupAlloc, p->nGroup, sizeof(CanonGroup))) {
    return NONE;
  }
  CanonGroup *g = &p->aGroup[p->nGroup];
  memset(g, 0, sizeof(*g));
  g->iKey = iKey;
  g->nKey = nKey;
  g->nWord = 1;
  for (size_t k = 0; k < nKey; k++)
    g->nWord += p->arena.z[iKey + k] == ' ';
  g->iSurface = NONE;
  g->iTarget = NONE;
  s->v = (uint32_t)p->nGroup;
  return (uint32_t)p->nGroup++;
}

/* Count one mention of the exact base z[0..n) in group iGroup; TK_ENOMEM
** on OOM. */
static int countSurface(tk_canon *p, uint32_t iGroup, const char *z, size_t n,
                        uint32_t iMention) {
  size_t iKey = p->arena.n;
  tk_buf_append(&p->arena, z, n);
  if (p->arena.oom) return TK_ENOMEM;
  int bNew;
  CanonSlot *s = mapPut(&p->surfaces, &p->arena, iKey, n, &bNew);
  if (!s) return TK_ENOMEM;
  if (!bNew) {
    p->arena.n = iKey;
    p->aSurface[s->v].nCount++;
    return TK_OK;
  }
  if (tk_reserve(&p->aSurface, &p->nSurfaceAlloc, p->nSurface,
                 sizeof(CanonSurface))) {
    return TK_ENOMEM;
  }
  CanonSurface *f = &p->aSurface[p->nSurface];
  f->iKey = iKey;
  f->nKey = n;
  f->iGroup = iGroup;
  f->nCount = 1;
  f->iFirst = iMention;
  f->eCase = caseOf(z, n, &f->nLetter);
  s->v = (uint32_t)p->nSurface++;
  return TK_OK;
}

/* Give every name mention its group and count its surface form. */
static int groupMentions(tk_canon *p, const tk_entity *a, size_t n) {
  for (size_t k = 0; k < n; k++) {
    p->aMention[k] = NONE;
    if (a[k].eSource == TK_SRC_PATTERN) continue;
    size_t iStart, nBase;
    baseForm(a[k].zNorm, a[k].nNorm, &iStart, &nBase);
    const char *zBase = a[k].zNorm + iStart;
    size_t iKey = p->arena.n;
    putLower(&p->arena, zBase, nBase);
    if (p->arena.oom) return TK_ENOMEM;
    uint32_t g = groupOf(p, iKey, p->arena.n - iKey);
    if (g == NONE) return TK_ENOMEM;
    p->aMention[k] = g;
    if (a[k].eType >= 1 && a[k].eType <= 4)
      p->aGroup[g].aWeight[a[k].eType] += a[k].rScore;
    int rc = countSurface(p, g, zBase, nBase, (uint32_t)k);
    if (rc != TK_OK) return rc;
  }
  return TK_OK;
}

/* The surface form each group shows: the most frequent mixed-case one,
** else the most frequent; ties go to the earliest. */
static void chooseSurfaces(tk_canon *p) {
  for (size_t k = 0; k < p->nSurface; k++) {
    const CanonSurface *f = &p->aSurface[k];
    CanonGroup *g = &p->aGroup[f->iGroup];
    if (g->iSurface == NONE) {
      g->iSurface = (uint32_t)k;
      continue;
    }
    const CanonSurface *b = &p->aSurface[g->iSurface];
    int bMixed = f->eCase == CASE_MIXED, bBestMixed = b->eCase == CASE_MIXED;
    if (bMixed != bBestMixed) {
      if (bMixed) g->iSurface = (uint32_t)k;
    } else if (f->nCount > b->nCount ||
               (f->nCount == b->nCount && f->iFirst < b->iFirst)) {
      g->iSurface = (uint32_t)k;
    }
  }
}

/* ------------------------------------------------------------- acronyms */

/* 1 for the words an acronym may leave out ("of", "the", "and", ...). */
static int isMinorWord(const char *z, size_t n) {
  static const char *const az[] = {"of", "the", "and", "for", "&",  "de",
                                   "du", "des", "la",  "le",  "in", "on",
                                   "at", "to",  "a",   "an",  "et", "y"};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
    if (strlen(az[k]) == n && memcmp(az[k], z, n) == 0) return 1;
  return 0;
}

/* 1 when the letters of the lower-cased acronym zAcr[0..nAcr) are the
** initials of the lower-cased words zLong[0..nLong), minor words optional
** (at most 12 words, so the search stays small). */
static int initialsMatch(const char *zAcr, size_t nAcr, const char *zLong,
                         size_t nLong, int nDepth) {
  if (nLong == 0) return nAcr == 0;
  if (nDepth > 12) return 0;
  size_t j = 0;
  while (j < nLong && zLong[j] != ' ')
    j++;
  size_t iNext = j < nLong ? j + 1 : nLong;
  if (isMinorWord(zLong, j) &&
      initialsMatch(zAcr, nAcr, zLong + iNext, nLong - iNext, nDepth + 1))
    return 1;
  return nAcr > 0 && zAcr[0] == zLong[0] &&
         initialsMatch(zAcr + 1, nAcr - 1, zLong + iNext, nLong - iNext,
                       nDepth + 1);
}

/* The length of an acronym at z[0..n): 2 to 8 upper-case ASCII letters
** followed by a non-letter; 0 otherwise. */
static size_t acronymAt(const char *z, size_t n) {
  size_t k = 0;
  while (k < n && k <= 8 && z[k] >= 'A' && z[k] <= 'Z')
    k++;
  if (k < 2 || k > 8) return 0;
  if (k < n && ((z[k] | 0x20) >= 'a' && (z[k] | 0x20) <= 'z')) return 0;
  return k;
}

/* The offset after the spaces from i in z[0..n). */
static size_t skipSpaces(const char *z, size_t n, size_t i) {
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\n' || z[i] == '\r'))
    i++;
  return i;
}

/* Record that the (upper-case ASCII) acronym zAcr[0..nAcr) stands for
** group iLong when the initials agree. */
static int defineAcronym(tk_canon *p, const char *zAcr, size_t nAcr,
                         uint32_t iLong) {
  const CanonGroup *g = &p->aGroup[iLong];
  if (g->nWord < 2) return TK_OK;
  size_t iKey = p->arena.n;
  putLower(&p->arena, zAcr, nAcr);
  if (p->arena.oom) return TK_ENOMEM;
  if (!initialsMatch(p->arena.z + iKey, nAcr, p->arena.z + g->iKey, g->nKey,
                     0)) {
    p->arena.n = iKey;
    return TK_OK;
  }
  int bNew;
  CanonSlot *s = mapPut(&p->acronyms, &p->arena, iKey, nAcr, &bNew);
  if (!s) return TK_ENOMEM;
  if (bNew)
    s->v = iLong;
  else if (s->v != iLong)
    s->v = AMBIG;
  if (!bNew) p->arena.n = iKey;
  return TK_OK;
}

/* Find "Long Name (LN)" and "LN (Long Name)": a name followed by an
** acronym in parentheses, or an acronym name followed by a name in
** parentheses. */
static int findAcronyms(tk_canon *p, const char *z, size_t nz,
                        const tk_entity *a, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (p->aMention[k] == NONE) continue;
    size_t i = skipSpaces(z, nz, a[k].iStart + a[k].nLen);
    if (i >= nz || z[i] != '(') continue;
    i = skipSpaces(z, nz, i + 1);
    size_t nAcr = acronymAt(z + i, nz - i);
    size_t iClose = skipSpaces(z, nz, i + nAcr);
    if (nAcr && iClose < nz && z[iClose] == ')') {
      int rc = defineAcronym(p, z + i, nAcr, p->aMention[k]);
      if (rc != TK_OK) return rc;
      continue;
    }
    if (k + 1 >= n || a[k + 1].iStart != i || p->aMention[k + 1] == NONE)
      continue;
    iClose = skipSpaces(z, nz, a[k + 1].iStart + a[k + 1].nLen);
    nAcr = acronymAt(z + a[k].iStart, a[k].nLen);
    if (iClose < nz && z[iClose] == ')' && nAcr == a[k].nLen) {
      int rc = defineAcronym(p, z + a[k].iStart, nAcr, p->aMention[k + 1]);
      if (rc != TK_OK) return rc;
    }
  }
  return TK_OK;
}

/* ---------------------------------------------------------------- links */

/* The type with the largest weight in aWeight (0 when none). */
static int heaviestType(const double *aWeight) {
  int e = 0;
  for (int t = 1; t <= 4; t++)
    if (aWeight[t] > 0 && (e == 0 || aWeight[t] > aWeight[e])) e = t;
  return e;
}

/* 1 when arena key [i, i+n) ends key [j, j+m) at a word start. */
static int isWordSuffix(const tk_buf *pArena, size_t i, size_t n, size_t j,
                        size_t m) {
  if (n > m) return 0;
  if (n < m && pArena->z[j + m - n - 1] != ' ') return 0;
  return memcmp(pArena->z + i, pArena->z + j + m - n, n) == 0;
}

/* qsort order of (word count, group) pairs: most words first. */
static int cmpOrder(const void *pa, const void *pb) {
  uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
  return a < b ? -1 : a > b;
}

/* The generational suffix a name key may end with (see
** entities_internal.h). */
size_t tk_entities__name_suffix(const char *z, size_t n, int bFold) {
  static const char *const az[] = {"Jr.", "Jr",  "Sr.", "Sr",
                                   "II",  "III", "IV",  0};
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]), i = 0;
    while (i < m && i < n &&
           (z[i] == az[k][i] || (bFold && az[k][i] >= 'A' && az[k][i] <= 'Z' &&
                                 z[i] == (az[k][i] | 0x20))))
      i++;
    if (i < m) continue;
    unsigned char c = m < n ? (unsigned char)z[m] : ' ';
    if (c >= 0x80 || (c >= '0' && c <= '9') ||
        ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      continue; /* "Jrs", "IIIrd", "Sri" */
    return m;
  }
  return 0;
}

/* The offset of the space before the generational suffix that ends group
** g's key ("robert f. kennedy| jr."), or 0 for none. */
static size_t suffixSpace(const tk_canon *p, const CanonGroup *g) {
  const char *z = p->arena.z + g->iKey;
  size_t j = g->nKey;
  while (j > 0 && z[j - 1] != ' ')
    j--;
  if (j < 2 || tk_entities__name_suffix(z + j, g->nKey - j, 1) != g->nKey - j)
    return 0;
  return j - 1;
}

/* Let name iName claim the word-final parts of the first nEnd bytes of its
** key (all of it, or the name before its suffix: bSuffixed).  A part
** another name claimed becomes ambiguous unless one name ends the other;
** a part claimed before the suffixed names' turn (linkParts) is left to
** its name, and two suffixed names claiming one part make it ambiguous. */
static int claimParts(tk_canon *p, uint32_t iName, size_t nEnd, int bSuffixed) {
  const CanonGroup *g = &p->aGroup[iName];
  for (size_t j = 0; j < nEnd; j++) {
    if (p->arena.z[g->iKey + j] != ' ') continue;
    int bNew;
    CanonSlot *s =
        mapPut(&p->links, &p->arena, g->iKey + j + 1, nEnd - j - 1, &bNew);
    if (!s) return TK_ENOMEM;
    if (bNew) {
      s->v = iName;
      continue;
    }
    if (s->v == AMBIG || s->v == iName) continue;
    const CanonGroup *h = &p->aGroup[s->v];
    if (bSuffixed
            ? suffixSpace(p, h) != 0
            : !isWordSuffix(&p->arena, g->iKey, g->nKey, h->iKey, h->nKey))
      s->v = AMBIG;
  }
  return TK_OK;
}

/* Let each PERSON name of aOrder[0..nOrder) (linkParts) written in mixed
** case claim its first word when that is no initial ("Mike" of "Mike
** Ford"; not "J." of "J. Smith", nor "MITCHELL" of a headline's "MITCHELL
** DEFEATS BAILEY IN"); a word two names start with is ambiguous ("Donald"
** with "Donald Trump" and "Donald Trump Jr."). */
static int linkFirstNames(tk_canon *p, size_t nOrder) {
  for (size_t o = 0; o < nOrder; o++) {
    uint32_t iName = (uint32_t)p->aOrder[o];
    const CanonGroup *g = &p->aGroup[iName];
    if (p->aSurface[g->iSurface].eCase != CASE_MIXED) continue;
    const char *z = p->arena.z + g->iKey;
    size_t n = 0;
    while (n < g->nKey && z[n] != ' ')
      n++;
    if (n < 2 || z[n - 1] == '.') continue;
    int bNew;
    CanonSlot *s = mapPut(&p->firsts, &p->arena, g->iKey, n, &bNew);
    if (!s) return TK_ENOMEM;
    if (bNew)
      s->v = iName;
    else if (s->v != iName)
      s->v = AMBIG;
  }
  return TK_OK;
}

/* Let each PERSON name of 2 to 8 words claim its word-final parts, longest
** names first; then each that ends with a generational suffix ("Robert F.
** Kennedy Jr.") the parts of the name before it that none has claimed
** ("Kennedy", "F. Kennedy"); then each its first word (linkFirstNames). */
static int linkParts(tk_canon *p) {
  if (tk_reserve(&p->aOrder, &p->nOrderAlloc, p->nGroup, sizeof(uint64_t))) {
    return TK_ENOMEM;
  }
  size_t nOrder = 0;
  for (size_t g = 0; g < p->nGroup; g++) {
    const CanonGroup *pg = &p->aGroup[g];
    if (pg->nWord >= 2 && pg->nWord <= 8 &&
        heaviestType(pg->aWeight) == TK_ENT_PERSON)
      p->aOrder[nOrder++] = ((uint64_t)(8 - pg->nWord) << 32) | g;
  }
  qsort(p->aOrder, nOrder, sizeof(uint64_t), cmpOrder);
  for (int bSuffixed = 0; bSuffixed < 2; bSuffixed++) {
    for (size_t o = 0; o < nOrder; o++) {
      uint32_t iName = (uint32_t)p->aOrder[o];
      const CanonGroup *g = &p->aGroup[iName];
      size_t nEnd = bSuffixed ? suffixSpace(p, g) : g->nKey;
      if (claimParts(p, iName, nEnd, bSuffixed) != TK_OK) return TK_ENOMEM;
    }
  }
  return linkFirstNames(p, nOrder);
}

/* The full name a PERSON group's key [iKey, iKey+nKey) is a part of: the
** name that claims it as a word-final part, else the one that claims it
** as its first word (news calls people by their surname: with "LeBron
** James" and "James Harden", "James" is LeBron James); NONE when none
** does or two do. */
static uint32_t linkedName(const tk_canon *p, size_t iKey, size_t nKey) {
  uint32_t v = mapGet(&p->links, &p->arena, iKey, nKey);
  if (v == NONE) v = mapGet(&p->firsts, &p->arena, iKey, nKey);
  return v == AMBIG ? NONE : v;
}

/* Each group's target: the long form of an acronym, then the full name
** that claims it; and the summed type weights of each target's mentions. */
static void resolveTargets(tk_canon *p) {
  for (size_t k = 0; k < p->nGroup; k++) {
    CanonGroup *g = &p->aGroup[k];
    uint32_t t = (uint32_t)k;
    uint32_t v = mapGet(&p->acronyms, &p->arena, g->iKey, g->nKey);
    if (v != NONE && v != AMBIG) t = v;
    const CanonGroup *pt = &p->aGroup[t];
    v = linkedName(p, pt->iKey, pt->nKey);
    if (v != NONE && heaviestType(pt->aWeight) == TK_ENT_PERSON) t = v;
    g->iTarget = t;
  }
  for (size_t k = 0; k < p->nGroup; k++) {
    CanonGroup *t = &p->aGroup[p->aGroup[k].iTarget];
    for (int e = 1; e <= 4; e++)
      t->aVote[e] += p->aGroup[k].aWeight[e];
  }
}

/* The vote: each model mention of PERSON..MISC scoring under
** TK_VOTE_KEEP takes the heaviest type of its target (measured on CoNLL
** dev: docs/entities.md). */
static void voteTypes(tk_canon *p, tk_entity *a, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (p->aMention[k] == NONE || a[k].eSource != TK_SRC_MODEL) continue;
    if (a[k].eType < 1 || a[k].eType > 4) continue;
    const CanonGroup *t = &p->aGroup[p->aGroup[p->aMention[k]].iTarget];
    if (a[k].rScore >= TK_VOTE_KEEP) continue;
    int e = heaviestType(t->aVote);
    if (e && e != a[k].eType) {
      a[k].eType = e;
      a[k].zType = tk_entity_type_name(e);
    }
  }
}

/* ------------------------------------------------------- canonical text */

/* The canonical text of group g, appended to the arena once. */
static int showGroup(tk_canon *p, CanonGroup *g) {
  if (g->bShown) return TK_OK;
  const CanonSurface *f = &p->aSurface[g->iSurface];
  tk_buf_reset(&p->scratch);
  tk_buf_append(&p->scratch, p->arena.z + f->iKey, f->nKey);
  if (p->scratch.oom) return TK_ENOMEM;
  g->iShow = p->arena.n;
  if (f->eCase == CASE_UPPER && f->nLetter >= 5)
    putTitle(&p->arena, p->scratch.z, p->scratch.n);
  else
    tk_buf_append(&p->arena, p->scratch.z, p->scratch.n);
  g->nShow = p->arena.n - g->iShow;
  tk_buf_putc(&p->arena, 0);
  g->bShown = 1;
  return p->arena.oom ? TK_ENOMEM : TK_OK;
}

/* Room for n mentions and empty maps sized for them. */
static int resetState(tk_canon *p, size_t n) {
  tk_buf_reset(&p->arena);
  tk_buf_putc(&p->arena, 0); /* so that even an empty key has an address */
  if (p->arena.oom) return TK_ENOMEM;
  p->nGroup = p->nSurface = 0;
  if (n &&
      tk_reserve(&p->aMention, &p->nMentionAlloc, n - 1, sizeof(uint32_t))) {
    return TK_ENOMEM;
  }
  CanonMap *aMap[] = {&p->groups, &p->surfaces, &p->links, &p->firsts,
                      &p->acronyms};
  for (size_t k = 0; k < sizeof(aMap) / sizeof(aMap[0]); k++)
    if (mapReset(aMap[k], n) != TK_OK) return TK_ENOMEM;
  return TK_OK;
}

/* Free the state. */
void tk_entities__canon_free(tk_canon *p) {
  if (!p) return;
  tk_buf_free(&p->arena);
  tk_buf_free(&p->scratch);
  tk_free(p->groups.a);
  tk_free(p->surfaces.a);
  tk_free(p->links.a);
  tk_free(p->firsts.a);
  tk_free(p->acronyms.a);
  tk_free(p->aGroup);
  tk_free(p->aSurface);
  tk_free(p->aMention);
  tk_free(p->aOrder);
  tk_free(p);
}

/* Set the canonical name of a[0..n) (sorted by start, norms set) of the
** document z[0..nz); with bVote, the vote sets the types too. */
int tk_entities__canonical(tk_canon **pp, const char *z, size_t nz,
                           tk_entity *a, size_t n, int bVote) {
  size_t nName = 0;
  for (size_t k = 0; k < n; k++) {
    a[k].zCanonical = a[k].zNorm;
    a[k].nCanonical = a[k].nNorm;
    nName += a[k].eSource != TK_SRC_PATTERN;
  }
  if (!nName) return TK_OK;
  if (!*pp) {
    *pp = tk_malloc(sizeof(tk_canon));
    if (!*pp) return TK_ENOMEM;
    memset(*pp, 0, sizeof(tk_canon));
  }
  tk_canon *p = *pp;
  int rc = resetState(p, n);
  if (rc == TK_OK) rc = groupMentions(p, a, n);
  if (rc == TK_OK) rc = findAcronyms(p, z, nz, a, n);
  if (rc != TK_OK) return rc;
  chooseSurfaces(p);
  rc = linkParts(p);
  if (rc != TK_OK) return rc;
  resolveTargets(p);
  if (bVote) voteTypes(p, a, n);
  for (size_t k = 0; k < n && rc == TK_OK; k++)
    if (p->aMention[k] != NONE)
      rc = showGroup(p, &p->aGroup[p->aGroup[p->aMention[k]].iTarget]);
  if (rc != TK_OK) return rc;
  for (size_t k = 0; k < n; k++) {
    if (p->aMention[k] == NONE) continue;
    const CanonGroup *t = &p->aGroup[p->aGroup[p->aMention[k]].iTarget];
    a[k].zCanonical = p->arena.z + t->iShow;
    a[k].nCanonical = t->nShow;
  }
  return TK_OK;
}
