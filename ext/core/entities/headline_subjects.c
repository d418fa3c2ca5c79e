/*
** headline_subjects.c -- the name a Title Case line opens with, before its
** verb, for entities() (model_spans.c claims it where the model found
** nothing):
**
**   "Ishiba Quits After LDP Loses Upper House Majority"   PERSON "Ishiba"
**   "Gukesh Becomes Youngest World Chess Champion"        PERSON "Gukesh"
**
** A headline writes every word with a capital, so the model, which reads
** names by their capitals and by the words it knows, often finds nothing
** in a headline that opens with a name it never saw.  Its subject stands
** before its verb, in the present tense: a word ending in "s" that the
** typed gazetteers list as an ordinary lower-case word, as they list it
** without the "s" or "es" ("Quits": "quit"; "Becomes": "become").  The
** first word of a Title Case line, in no model span, followed by such a
** verb, and not an ordinary word itself ("Police Raids ...", "Talks
** Resume ...") nor a compound with a lower-case part ("Blue-chip Stocks
** Sank": "Stocks" reads as a verb; on CoNLL-2003 dev title-cased all six
** claims the rule made without this were such words), and not written again
** below in no span (the model read it there and saw no name: "Micron
** chief executive ..."), is claimed: as the gazetteers type it (a country
** or a city LOC, a brand ORG), else as a PERSON, the most frequent
** subject of news headlines.  Score 0.5: a guess by position.  So is the
** first word of a clause that a conjunction opens in the line ("Romania
** Annuls Vote As Georgescu Cries Foul"), whose verb may end in "-ies"
** for "-y" ("Cries": "cry"; after a line's first word such words are
** mostly plural nouns: "Tokyo Commodities Desk").
**
** The same verbs end a name the model ran on over them in a Title Case
** line: "Ofcom Opens Probe" is ORG "Ofcom", "Moonshot AI Rattles U.S.
** Tech" ORG "Moonshot AI".  The span is cut before the last inner word
** that reads as such a verb (a word of the span after it: "Glasgow
** Rangers" stays), unless a lower-case word comes before it in the span
** (a name's connector: "Association for Relations Across the Taiwan
** Straits") or the span up to it is a name the gazetteers list ("United
** States Navy"); model_spans.c leaves a company's name by
** its legal suffix whole ("Johnson Controls Inc").  A span that is a
** country and such a verb ("US Offers", the subject and verb of "US Offers
** More Security to Russia") is the country alone, a LOC, when a word
** follows (a company's name is before a comma: "Bangladesh Lamps, ...");
** after a city the
** verb may be a team's name ("Chicago Bulls", "Texas Rangers"), which
** stays: a country is one the gazetteers list as such, or a short name.
** Two or three words ending with an organization's head before such a
** verb are an ORG ("Nippon Steel Seals U.S. Steel Deal": model_spans.c's
** heads).  A span of two ordinary words joined by a hyphen in a Title Case line
** ("Year-Long", "Run-Off") is a compound the headline capitalized.
**
**   rc = tk_entities__headline_subjects(z, n, aSpan, nSpan, &aClaim,
**                                       &nClaim);
**   nLen = tk_entities__cut_at_verb(z, iStart, nLen);
**   m = tk_entities__country_before_verb(z, iStart, nLen);
**   if (tk_entities__headline_compound(z, iStart, nLen)) ... drop it ...
*/
#include "entities_internal.h"

#include <ctype.h>
#include <string.h>

#define SUBJECT_SCORE 0.5 /* the score of a claim: a guess by position */
#define MAX_WORD 40       /* the longest word looked up, in bytes */

/* The end of the word at z[i]: the next space, line break or punctuation
** that ends a word. */
static size_t wordEnd(const char *z, size_t n, size_t i) {
  while (i < n && !strchr(" \t\r\n,;:!?()\"", z[i]))
    i++;
  return i;
}

/* 1 when the lower-case form of z[0..n) (ASCII letters) is listed as an
** ordinary word. */
static int ordinaryWord(const char *z, size_t n) {
  char zLow[MAX_WORD];
  if (n == 0 || n > MAX_WORD) return 0;
  for (size_t i = 0; i < n; i++)
    zLow[i] = (char)(z[i] >= 'A' && z[i] <= 'Z' ? z[i] + 32 : z[i]);
  return (tk_ner_gazetteer_classes(zLow, n) & TK_NER_GAZ_WORD) != 0;
}

/* 1 when z[0..n) has a hyphen before a lower-case letter: a compound
** word, not a name ("Quarter-final", "Blue-chip", "Tripoli-based"). */
static int lowerCompound(const char *z, size_t n) {
  for (size_t i = 0; i + 1 < n; i++)
    if (z[i] == '-' && z[i + 1] >= 'a' && z[i + 1] <= 'z') return 1;
  return 0;
}

/* 1 when z[0..n), ending in "ies", is an ordinary word with "y" for its
** "ies" ("Cries": "cry", "Denies": "deny"). */
static int iesOfY(const char *z, size_t n) {
  char zStem[MAX_WORD];
  if (n < 5 || n > MAX_WORD || memcmp(z + n - 3, "ies", 3) != 0) return 0;
  memcpy(zStem, z, n - 3);
  zStem[n - 3] = 'y';
  return ordinaryWord(zStem, n - 2);
}

/* 1 when z[0..n) reads as a verb in the present tense (see above). */
static int presentVerb(const char *z, size_t n) {
  if (n < 3 || z[n - 1] != 's' || !ordinaryWord(z, n)) return 0;
  return ordinaryWord(z, n - 1) ||
         (n >= 4 && z[n - 2] == 'e' && ordinaryWord(z, n - 2));
}

/* The type of the subject z[0..n) by the typed gazetteers: LOC for a
** country or a city, ORG for a brand, else PERSON. */
static int subjectType(const char *z, size_t n) {
  unsigned m = tk_ner_gazetteer_classes(z, n);
  if (m & (TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION | TK_NER_GAZ_CITY_BIG |
           TK_NER_GAZ_CITY_MID))
    return TK_ENT_LOC;
  if (m & TK_NER_GAZ_COMPANY) return TK_ENT_ORG;
  return TK_ENT_PERSON;
}

/* The end of the organization that opens the line z[i..iEol) when two or
** three capitalized words whose last is an organization's head
** (tk_entities__org_head) and whose first is no ordinary word stand before
** a verb in the present tense ("Nippon Steel Seals U.S. Steel Deal", "Tata
** Motors Posts Record Profit"; not "Fire Department Officials Said"), else
** 0. */
static size_t orgSubject(const char *z, size_t iEol, size_t i) {
  size_t e = i;
  if (ordinaryWord(z + i, wordEnd(z, iEol, i) - i)) return 0; /* "Fire" */
  for (int nWord = 1; nWord <= 3; nWord++) {
    if (!tk_entities__capital_at(z, iEol, e)) return 0;
    e = wordEnd(z, iEol, e);
    if (e >= iEol || z[e] != ' ') return 0;
    if (nWord >= 2 && tk_entities__org_head(z, i, e - i) &&
        presentVerb(z + e + 1, wordEnd(z, iEol, e + 1) - e - 1))
      return e;
    e++;
  }
  return 0;
}

/* The candidates' words, with the count of their mentions in no span: an
** open-addressing hash set keyed by the words' bytes. */
typedef struct Word {
  size_t iStart, nLen; /* nLen 0: an empty slot */
  size_t nUnnamed;     /* whole-word mentions in no span, in the text */
} Word;

/* The slot of z[0..m) in a[0..nSlot), nSlot a power of two: its own, or
** the empty one it would take; zText holds the words' bytes. */
static Word *findWord(Word *a, size_t nSlot, const char *zText, const char *z,
                      size_t m) {
  for (size_t s = tk_fnv1a(z, m) & (nSlot - 1);; s = (s + 1) & (nSlot - 1))
    if (a[s].nLen == 0 ||
        (a[s].nLen == m && memcmp(zText + a[s].iStart, z, m) == 0))
      return &a[s];
}

/* 1 when the mention z[i..i+m) of a word stands whole (what is around it
** ends a word) and in no span of a[0..nSpan). */
static int unnamedMention(const char *z, size_t n, size_t i, size_t m,
                          const tk_ner_span *a, size_t nSpan) {
  if ((i > 0 && !strchr(" \t\r\n(\"", z[i - 1])) ||
      (i + m < n && !strchr(" \t\r\n,;:.!?)\"'", z[i + m])))
    return 0;
  size_t k = tk_entities__span_after(a, nSpan, i);
  return k >= nSpan || a[k].iStart > i || a[k].iStart + a[k].nLen < i + m;
}

/* Count in a[0..nSlot) the mentions in no span of the words there, over
** z[0..n): at each capitalized word start, each of its prefixes that a
** word could be (wordEnd keeps '.' and '\'' inside a word). */
static void countUnnamed(Word *a, size_t nSlot, const char *z, size_t n,
                         const tk_ner_span *aSpan, size_t nSpan) {
  for (size_t i = 0; i < n; i++) {
    if ((i > 0 && !strchr(" \t\r\n(\"", z[i - 1])) ||
        !tk_entities__capital_at(z, n, i))
      continue;
    size_t e = wordEnd(z, n, i);
    for (size_t m = 1; i + m <= e; m++) {
      if (i + m < e && z[i + m] != '.' && z[i + m] != '\'') continue;
      Word *w = findWord(a, nSlot, z, z + i, m);
      if (w->nLen && unnamedMention(z, n, i, m, aSpan, nSpan)) w->nUnnamed++;
    }
    i = e;
  }
}

/* Drop from c[0..*pn) the subjects written again outside their line in
** no span (see above), the model having read them there and seen no name
** ("Micron" in "Micron chief executive ..."): one count over the text for
** all of them, then each line's own mentions taken off.  TK_OK or
** TK_ENOMEM. */
static int dropUnnamedElsewhere(const char *z, size_t n, const tk_ner_span *a,
                                size_t nSpan, tk_ner_span *c, size_t *pn) {
  size_t nSlot = 16;
  while (nSlot < 2 * *pn)
    nSlot *= 2;
  Word *aWord = tk_malloc(nSlot * sizeof *aWord);
  if (!aWord) return TK_ENOMEM;
  memset(aWord, 0, nSlot * sizeof *aWord);
  for (size_t k = 0; k < *pn; k++) {
    Word *w = findWord(aWord, nSlot, z, z + c[k].iStart, c[k].nLen);
    w->iStart = c[k].iStart;
    w->nLen = c[k].nLen;
  }
  countUnnamed(aWord, nSlot, z, n, a, nSpan);
  size_t nKept = 0;
  for (size_t k = 0; k < *pn; k++) {
    size_t iEol = c[k].iStart;
    while (iEol < n && z[iEol] != '\n')
      iEol++;
    size_t nInLine = 0; /* the line starts at the subject */
    for (const char *p = z + c[k].iStart;
         (p = memmem(p, iEol - (size_t)(p - z), z + c[k].iStart, c[k].nLen));
         p++)
      nInLine += unnamedMention(z, n, (size_t)(p - z), c[k].nLen, a, nSpan);
    const Word *w = findWord(aWord, nSlot, z, z + c[k].iStart, c[k].nLen);
    if (w->nUnnamed <= nInLine) c[nKept++] = c[k];
  }
  *pn = nKept;
  tk_free(aWord);
  return TK_OK;
}

/* The end of the subject at z[i], in the Title Case line that ends at
** z[iEol], when it is one word in no span of a[0..nSpan) (*pk: the first
** span that may hold z[i], moved on), no ordinary word nor a compound
** with a lower-case part, before a verb in the present tense (after a
** conjunction, bClause, in "-ies" for "-y" too: "As Georgescu Cries
** Foul"; not after a line's first word, nor in a name's cut, where such
** words are mostly plural nouns: "Tokyo Commodities Desk"); else 0. */
static size_t subjectAt(const char *z, size_t n, size_t iEol, size_t i,
                        int bClause, const tk_ner_span *a, size_t nSpan,
                        size_t *pk) {
  size_t e = wordEnd(z, iEol, i);
  while (*pk < nSpan && a[*pk].iStart + a[*pk].nLen <= i)
    (*pk)++;
  if ((*pk < nSpan && a[*pk].iStart < e) || e >= iEol || z[e] != ' ' ||
      e <= i + 1 || !tk_entities__capital_at(z, n, i) ||
      lowerCompound(z + i, e - i) || ordinaryWord(z + i, e - i))
    return 0;
  size_t nVerb = wordEnd(z, iEol, e + 1) - e - 1; /* 0 at the line's end */
  return presentVerb(z + e + 1, nVerb) || (bClause && iesOfY(z + e + 1, nVerb))
             ? e
             : 0;
}

/* The start of the word after the next conjunction that opens a clause
** in z[i..iEol) ("As", "After", "While": "Romania Annuls Vote As
** Georgescu Cries Foul"), iEol when there is none. */
static size_t nextClause(const char *z, size_t i, size_t iEol) {
  static const char *const az[] = {"After", "As",    "Because", "Before",
                                   "Once",  "Since", "Until",   "When",
                                   "While", 0};
  while (i < iEol) {
    size_t iWord = tk_entities__next_word(z, &i, iEol);
    if (iWord < i && tk_entities__in_list(az, z + iWord, i - iWord)) {
      while (i < iEol && z[i] == ' ')
        i++;
      return i;
    }
  }
  return iEol;
}

/* Append the claim of the subject [i, e) of a Title Case line to
** *paClaim[0..*pnClaim); 1 when out of memory (the claims freed). */
static int addSubject(size_t i, size_t e, int eType, tk_ner_span **paClaim,
                      size_t *pnClaim, size_t *pnAlloc) {
  if (!tk_entities__add_claim(paClaim, pnClaim, pnAlloc,
                              (tk_ner_span){i, e - i, eType, SUBJECT_SCORE}))
    return 0;
  tk_free(*paClaim);
  *paClaim = 0;
  *pnClaim = 0;
  return 1;
}

/* Merge the persons aPerson[0..nPerson) (headline_persons.c) into the
** subjects *pa[0..*pn), both sorted and apart, into one such array: a
** person that overlaps a subject is left out.  TK_OK or TK_ENOMEM (*pa
** unchanged). */
static int mergePersons(tk_ner_span **pa, size_t *pn,
                        const tk_ner_span *aPerson, size_t nPerson) {
  tk_ner_span *aOut = tk_malloc((*pn + nPerson) * sizeof *aOut), *a = *pa;
  if (!aOut) return TK_ENOMEM;
  size_t i = 0, j = 0, nOut = 0;
  while (i < *pn || j < nPerson) {
    if (j >= nPerson || (i < *pn && a[i].iStart < aPerson[j].iStart)) {
      aOut[nOut++] = a[i++];
    } else {
      int bOverlap =
          (nOut &&
           aOut[nOut - 1].iStart + aOut[nOut - 1].nLen > aPerson[j].iStart) ||
          (i < *pn && aPerson[j].iStart + aPerson[j].nLen > a[i].iStart);
      if (!bOverlap) aOut[nOut++] = aPerson[j];
      j++;
    }
  }
  tk_free(a);
  *pa = aOut;
  *pn = nOut;
  return TK_OK;
}

/* The subjects of z[0..n)'s Title Case lines in no span of a[0..nSpan)
** (see above): at a line's start, and after a conjunction that opens a
** clause in it; with the persons of those lines (headline_persons.c),
** read on the same pass over the lines; a tk_malloc'd array *paClaim of
** *pnClaim spans, sorted and apart (NULL when none).  TK_OK or
** TK_ENOMEM. */
int tk_entities__headline_subjects(const char *z, size_t n,
                                   const tk_ner_span *a, size_t nSpan,
                                   tk_ner_span **paClaim, size_t *pnClaim) {
  size_t nAlloc = 0, k = 0, nPerson = 0, nPersonAlloc = 0;
  tk_ner_span *aPerson = 0;
  *paClaim = 0;
  *pnClaim = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (z[i] == ' ' || z[i] == '\n' || z[i] == '\r'))
      i++;
    const char *zEol = memchr(z + i, '\n', n - i);
    size_t iEol = zEol ? (size_t)(zEol - z) : n;
    while (k < nSpan && a[k].iStart + a[k].nLen <= i)
      k++;
    if (!tk_entities__title_line(z, i, iEol)) { /* prose: its first long */
      i = iEol + 1;                             /* lower-case word says so */
      continue;
    }
    size_t eOrg = orgSubject(z, iEol, i);
    if (eOrg && (k >= nSpan || a[k].iStart >= eOrg) &&
        addSubject(i, eOrg, TK_ENT_ORG, paClaim, pnClaim, &nAlloc))
      return TK_ENOMEM;
    for (size_t w = eOrg ? nextClause(z, eOrg, iEol) : i; w < iEol;
         w = nextClause(z, w, iEol)) {
      size_t e = subjectAt(z, n, iEol, w, w > i, a, nSpan, &k);
      if (!e) continue;
      if (addSubject(w, e, subjectType(z + w, e - w), paClaim, pnClaim,
                     &nAlloc)) {
        tk_free(aPerson);
        return TK_ENOMEM;
      }
    }
    if (tk_entities__line_persons(z, n, i, iEol, a, nSpan, &aPerson, &nPerson,
                                  &nPersonAlloc)) {
      tk_free(*paClaim);
      *paClaim = 0;
      *pnClaim = 0;
      return TK_ENOMEM;
    }
    i = iEol + 1;
  }
  int rc = *pnClaim ? dropUnnamedElsewhere(z, n, a, nSpan, *paClaim, pnClaim)
                    : TK_OK;
  if (rc == TK_OK && nPerson)
    rc = mergePersons(paClaim, pnClaim, aPerson, nPerson);
  tk_free(aPerson);
  if (rc != TK_OK || *pnClaim == 0) {
    tk_free(*paClaim);
    *paClaim = 0;
    *pnClaim = 0;
  }
  return rc;
}

/* The length of the span z[iStart..iStart+nLen) of a Title Case line cut
** before the last of its inner words that reads as a verb in the present
** tense (presentVerb; a word of the span after it: "Ofcom Opens Probe",
** "Black Forest Labs Raises Fresh Capital") and before any lower-case
** word of it, unless the span up to that word is a name of the typed
** gazetteers ("United States Navy"); nLen when there is none. */
size_t tk_entities__cut_at_verb(const char *z, size_t iStart, size_t nLen) {
  size_t iCut = 0;
  for (size_t i = iStart + 1; i < iStart + nLen; i++) {
    if (z[i - 1] != ' ') continue;
    size_t e = wordEnd(z, iStart + nLen, i);
    if (e >= iStart + nLen || z[e] != ' ') continue; /* the span's last word */
    if (z[i] >= 'a' && z[i] <= 'z') break; /* "Association for Relations" */
    if (!presentVerb(z + i, e - i)) continue;
    unsigned m = tk_ner_gazetteer_classes(z + iStart, e - iStart);
    if (m & ~(TK_NER_GAZ_WORD | TK_NER_GAZ_LONGER)) continue;
    iCut = i;
  }
  if (!iCut) return nLen;
  while (iCut > iStart && z[iCut - 1] == ' ')
    iCut--;
  return iCut - iStart;
}

/* The short names of countries that the typed gazetteers' list (ISO 3166:
** "United States", "Russian Federation", "Türkiye") leaves out, but the
** abbreviations (tk_entities__country_abbreviation). */
static const char *const azShortCountry[] = {"Britain", "Russia", "Turkey", 0};

/* The length of the country that opens the span z[iStart..iStart+nLen)
** of a Title Case line of z[0..n) when a verb in the present tense is the
** rest of it and a word follows it ("US Offers More": 2), else 0 (see
** above). */
size_t tk_entities__country_before_verb(const char *z, size_t n, size_t iStart,
                                        size_t nLen) {
  size_t iEnd = iStart + nLen, i = iEnd;
  if (iEnd + 1 >= n || z[iEnd] != ' ' || !isalnum((unsigned char)z[iEnd + 1]))
    return 0; /* no object: "Bangladesh Lamps, Chittagong Cement" */
  while (i > iStart && z[i - 1] != ' ')
    i--;
  if (i <= iStart + 1 || !presentVerb(z + i, iEnd - i)) return 0;
  size_t m = i - 1 - iStart;
  if (tk_entities__in_list(azShortCountry, z + iStart, m) ||
      tk_entities__country_abbreviation(z + iStart, m))
    return m;
  return (tk_ner_gazetteer_classes(z + iStart, m) & TK_NER_GAZ_COUNTRY) ? m : 0;
}

/* The length of the verb in the present tense and its space that open the
** span z[iStart..iStart+nLen) of a Title Case line when the rest is a
** listed country, region or city ("Takaichi Becomes Japan's First": the
** model's PERSON "Becomes Japan" is LOC "Japan"), else 0. */
size_t tk_entities__verb_before_place(const char *z, size_t iStart,
                                      size_t nLen) {
  const char *zSpace = memchr(z + iStart, ' ', nLen);
  if (!zSpace) return 0;
  size_t m = (size_t)(zSpace - z) - iStart;
  if (!presentVerb(z + iStart, m)) return 0;
  unsigned f = tk_ner_gazetteer_classes(zSpace + 1, nLen - m - 1);
  unsigned mPlace = TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |
                    TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID;
  return (f & mPlace) ? m + 1 : 0;
}

/* 1 when z[iStart..iStart+nLen) is one word of two ordinary words joined
** by one hyphen ("Year-Long", "Run-Off", "High-Speed") and no brand
** ("Coca-Cola"): in a Title Case line a compound, not a name. */
int tk_entities__headline_compound(const char *z, size_t iStart, size_t nLen) {
  const char *w = z + iStart, *h = memchr(w, '-', nLen);
  if (!h || memchr(w, ' ', nLen) || memchr(h + 1, '-', nLen - (h - w) - 1))
    return 0;
  size_t m = (size_t)(h - w);
  return ordinaryWord(w, m) && ordinaryWord(h + 1, nLen - m - 1) &&
         !(tk_ner_gazetteer_classes(w, nLen) & TK_NER_GAZ_COMPANY);
}
