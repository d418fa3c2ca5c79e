/*
** lower_line_names.c -- listed names in a line written all in lower case,
** for entities() (model_spans.c claims them where no model span is):
**
**   "my klarna app says i owe 300 dollars"   ORG "klarna"
**   "easyjet cancelled my flight to lisbon"  ORG "easyjet", LOC "lisbon"
**
** Only a text written mostly in lower case is read so
** (tk_entities__mostly_lower_case): a chat, not a change log with a
** lower-case line.  A line that goes on a hard-wrapped line before it (50
** bytes or more,
** no blank line between: tk_entities__wrapped_line_start) is read with
** it, and is no lower-case line when that one has capitals.
**
** Social posts and chat drop capitals, and there only the words, the
** typed gazetteers and the word clusters say where names are; the model
** still misses many (present-day DEV: 31% of such lines' names right).
** A run of one to three words of a line without a capital letter, in no
** model span, is claimed when the typed gazetteers list it as a company's
** brand (ORG) or as a country or a city of 100,000 people or more (LOC),
** and not as an ordinary lower-case word ("apple", "chad", "reading") nor
** as a person's name; longest first.  A company whose words are all
** ordinary words is not claimed either: "blue bird", "public storage" and
** "first solar" are listed companies, and mostly not in a chat.
** (Claiming the places that the name lists hold too, "kenya", "nairobi",
** lowered CoNLL-2003 dev lower-cased
** from 0.8212 to 0.8203 with the train-only model.)  Two words that the
** lists hold as a first name and a surname, neither an ordinary word, are
** a PERSON ("kendrick lamar"): CoNLL-2003 dev lower-cased, train-only
** model, 0.8220 to 0.8227; a first name alone lowered it to 0.8040.
**
**   rc = tk_entities__lower_line_names(z, n, aSpan, nSpan, &aClaim,
**                                       &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_WORDS 3     /* the longest run looked up, in words */
#define LOWER_SCORE 0.7 /* the score of a claim */
#define WRAP_BYTES 50   /* a line this long was wrapped at its end */
#define WRAP_LINES 8    /* wrapped lines looked back over, at most */

/* 1 when z[iStart..iEnd) has letters and no ASCII capital. */
static int lowerLine(const char *z, size_t iStart, size_t iEnd) {
  int bLetter = 0;
  for (size_t i = iStart; i < iEnd; i++) {
    if (z[i] >= 'A' && z[i] <= 'Z') return 0;
    bLetter |= z[i] >= 'a' && z[i] <= 'z';
  }
  return bLetter;
}

/* The start of the text the line at iLine continues (see
** entities_internal.h): a line of 50 bytes or more before it, with no
** blank line between, was cut where it ran out of room (a book, a mail, a
** change log wrapped at 72 columns), and a line after it in lower case
** goes on its sentence: "the season of light" is no line of a chat. */
size_t tk_entities__wrapped_line_start(const char *z, size_t iLine) {
  for (int k = 0; k < WRAP_LINES && iLine > 0; k++) {
    size_t iPrev = iLine - 1; /* the '\n' ending the line before */
    while (iPrev > 0 && z[iPrev - 1] != '\n')
      iPrev--;
    if (iLine - 1 - iPrev < WRAP_BYTES) break;
    iLine = iPrev;
  }
  return iLine;
}

/* 1 when z[0..n) is written mostly in lower case: at least half of its
** lines with an ASCII letter have no ASCII capital (a chat, a social post,
** a text lower-cased whole).  In a text written with capitals, a line
** without one is sloppy writing, not a chat's ("* re-disable the more
** llvm aware ..." in a change log), and the model's reading of lower-case
** lines there makes names of ordinary words. */
int tk_entities__mostly_lower_case(const char *z, size_t n) {
  size_t nLetter = 0, nCapital = 0;
  for (size_t i = 0; i < n;) {
    const char *zEol = memchr(z + i, '\n', n - i);
    size_t e = zEol ? (size_t)(zEol - z) : n;
    int bLetter = 0, bCapital = 0;
    for (size_t j = i; j < e && !bCapital; j++) {
      bCapital = z[j] >= 'A' && z[j] <= 'Z';
      bLetter |= bCapital || (z[j] >= 'a' && z[j] <= 'z');
    }
    nLetter += bLetter;
    nCapital += bCapital;
    i = e + 1;
  }
  return nCapital * 2 <= nLetter;
}

/* 1 when z[i] is a byte of a word: a letter, a digit or a byte of a
** character outside ASCII. */
static int wordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (unsigned char)c >= 0x80;
}

/* The type the typed gazetteers give the classes m of a run (see above),
** 0 for none. */
static int listedType(unsigned m) {
  if (m & (TK_NER_GAZ_WORD | TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO |
           TK_NER_GAZ_SURNAME | TK_NER_GAZ_PERSON))
    return 0;
  if (m & TK_NER_GAZ_COMPANY) return TK_ENT_ORG;
  if (m & (TK_NER_GAZ_COUNTRY | TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID))
    return TK_ENT_LOC;
  return 0;
}

/* 2 when a person's name of two words opens at z[i], its words ending at
** aEnd[0..nWord) (f: the typed gazetteers' classes of the first): a
** listed first name that is no ordinary word and no
** listed place or company, then a listed surname that is no ordinary word
** ("kendrick lamar"); else 0. */
static int personWords(const char *z, size_t i, const size_t *aEnd, int nWord,
                       unsigned f) {
  const unsigned fFirst = TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO;
  const unsigned fOther = TK_NER_GAZ_WORD | TK_NER_GAZ_COMPANY |
                          TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |
                          TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID |
                          TK_NER_GAZ_CITY_SMALL | TK_NER_GAZ_PLACE;
  if (nWord < 2 || aEnd[0] - i < 3 || !(f & fFirst) || (f & fOther)) return 0;
  size_t j = aEnd[0] + 1;
  unsigned g = tk_ner_gazetteer_classes(z + j, aEnd[1] - j);
  return (g & TK_NER_GAZ_SURNAME) && !(g & TK_NER_GAZ_WORD) ? 2 : 0;
}

/* Append to *pa (*pn of them, room for *pnAlloc) the claims of the
** lower-case line z[iStart..iEnd), whose spans start at a[k] (a[0..nSpan)
** sorted); 1 when out of memory. */
static int claimLine(const char *z, size_t iStart, size_t iEnd,
                     const tk_ner_span *a, size_t nSpan, size_t k,
                     tk_ner_span **pa, size_t *pn, size_t *pnAlloc) {
  for (size_t i = iStart; i < iEnd;) {
    while (k < nSpan && a[k].iStart + a[k].nLen <= i)
      k++;
    if (k < nSpan && a[k].iStart <= i) {
      i = a[k].iStart + a[k].nLen;
      continue;
    }
    if (!wordByte(z[i]) || (i > iStart && wordByte(z[i - 1]))) {
      i++;
      continue;
    }
    size_t iNext = k < nSpan && a[k].iStart < iEnd ? a[k].iStart : iEnd;
    size_t aEnd[MAX_WORDS];
    int nWord = 0;
    for (size_t e = i; nWord < MAX_WORDS && e < iNext;) {
      while (e < iNext && wordByte(z[e]))
        e++;
      aEnd[nWord++] = e;
      if (e + 1 >= iNext || z[e] != ' ' || !wordByte(z[e + 1])) break;
      e++;
    }
    /* the longest listed run: a longer one is looked up only while the
    ** shorter begins a longer entry (TK_NER_GAZ_LONGER) */
    int eType = 0, nHit = 0, bOrdinary = 1;
    unsigned fFirstWord = 0;
    for (int m = 1; m <= nWord; m++) {
      unsigned f = tk_ner_gazetteer_classes(z + i, aEnd[m - 1] - i);
      if (m == 1) fFirstWord = f;
      size_t w = m == 1 ? i : aEnd[m - 2] + 1; /* the run's last word */
      unsigned fWord =
          m == 1 ? f : tk_ner_gazetteer_classes(z + w, aEnd[m - 1] - w);
      bOrdinary = bOrdinary && (fWord & TK_NER_GAZ_WORD);
      int e = aEnd[m - 1] - i >= 3 ? listedType(f) : 0;
      if (e == TK_ENT_ORG && bOrdinary) e = 0; /* "blue bird" */
      if (e) {
        eType = e;
        nHit = m;
      }
      if (!(f & TK_NER_GAZ_LONGER)) break;
    }
    if (!eType && (nHit = personWords(z, i, aEnd, nWord, fFirstWord)) > 0)
      eType = TK_ENT_PERSON;
    if (eType) {
      if (tk_entities__add_claim(
              pa, pn, pnAlloc,
              (tk_ner_span){i, aEnd[nHit - 1] - i, eType, LOWER_SCORE}))
        return 1;
      i = aEnd[nHit - 1];
    } else {
      i = aEnd[0];
    }
  }
  return 0;
}

/* The listed names of z[0..n)'s lower-case lines (see above) in no span
** of a[0..nSpan) (sorted): a tk_malloc'd array *paClaim of *pnClaim spans,
** sorted and apart (NULL when none).  TK_OK or TK_ENOMEM. */
int tk_entities__lower_line_names(const char *z, size_t n, const tk_ner_span *a,
                                  size_t nSpan, tk_ner_span **paClaim,
                                  size_t *pnClaim) {
  size_t nAlloc = 0, k = 0;
  *paClaim = 0;
  *pnClaim = 0;
  if (!tk_entities__mostly_lower_case(z, n)) return TK_OK;
  for (size_t i = 0; i < n;) {
    const char *zEol = memchr(z + i, '\n', n - i);
    size_t iEnd = zEol ? (size_t)(zEol - z) : n;
    while (k < nSpan && a[k].iStart < i)
      k++;
    if (lowerLine(z, tk_entities__wrapped_line_start(z, i), iEnd) &&
        claimLine(z, i, iEnd, a, nSpan, k, paClaim, pnClaim, &nAlloc)) {
      tk_free(*paClaim);
      *paClaim = 0;
      *pnClaim = 0;
      return TK_ENOMEM;
    }
    i = iEnd + 1;
  }
  return TK_OK;
}
