/*
** sentences.c -- a rule-based sentence segmenter for news text.
**
**   tk_sentences_new(&opt, &p);  tk_sentences_reset(p, z, n);
**   while (tk_sentences_next(p, &iStart, &nLen) == 1) { ... }
**
** Boundaries are those of UAX #29 (after a run of terminators . ! ? and
** their kin, closing quotes and brackets, then white space; after a line
** break), with the repairs news text needs:
**   - no boundary before a lower-case word ("Yahoo! in", "'great.' she");
**   - abbreviations: titles never end a sentence (Mr. Smith, St. Michael's);
**     other abbreviations do not before a number (p. 55, Jan. 5, No. 3);
**     dotted ones (U.S., a.m.) end one only before a word that typically
**     starts a sentence (U.S. How... but U.S. Government);
**   - initials: "Jonas E. Smith" (a capital letter after a capitalized
**     word) but "you and I. Did" ends;
**   - numbers, URLs and e-mails: a period not followed by space is inside
**     a token ($100.00, example.com, Jane.Doe@);
**   - ellipses: "..." and "…" end a sentence before a capital, ". . ."
**     does not, ". . . ." does; "[...]" is an omission, never an end;
**   - list items: a sentence starting with a marker (1. / 1) / 1.) / a. /
**     a bullet) ends before the next marker of its sequence or a bullet.
** One forward pass: every character is looked at a bounded number of times
** and the word before a period is examined only up to 32 bytes, so the cost
** is linear in the text.
*/
#include "textkit.h"

#include <utf8proc.h>

#include <string.h>

/* Longest word (bytes) checked against the abbreviation lists. */
#define MAX_ABBREV 32

struct tk_sentences {
  tk_sentence_options opt;
  const unsigned char *z; /* the text (not owned) */
  size_t n;               /* its length in bytes */
  size_t i;               /* where the next sentence search starts */
  size_t nWrap;           /* the width the text is hard-wrapped at, or 0 */
};

/* A list-item marker at the start of a sentence: "3.", "3)", "3.)", "c."
** and so on.  eKind: 0 none, 1 number, 2 lower-case letter, 3 upper. */
typedef struct Marker {
  int eKind;
  long iValue;
  int eSuffix; /* 1 ".", 2 ")", 3 ".)" */
} Marker;

/* What follows a terminator run (after white space and opening quotes). */
enum { NEXT_END, NEXT_UPPER, NEXT_LOWER, NEXT_DIGIT, NEXT_OTHER };

/* --------------------------------------------------------- characters */

/* Decode the character at z[i] (i < n) and set *pNext past it. */
static uint32_t charAt(const tk_sentences *p, size_t i, size_t *pNext) {
  if (p->z[i] < 0x80) {
    *pNext = i + 1;
    return p->z[i];
  }
  *pNext = i;
  return tk_utf8_next(p->z, p->n, pNext);
}

/* 1 for the line and paragraph separators of UAX #29 (Sep). */
static int isLineBreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* 1 for white space, line breaks included. */
static int isSpace(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/* 1 for full stops that end a sentence with no space after them (CJK). */
static int isSpacelessTerm(uint32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61 ||
         c == 0xFE52 || c == 0xFE56 || c == 0xFE57;
}

/* 1 for sentence terminators other than '.' and the ellipsis (UAX #29
** STerm, the common ones). */
static int isOtherTerm(uint32_t c) {
  switch (c) {
  case '!':
  case '?':
  case 0x037E:
  case 0x0589:
  case 0x061F:
  case 0x06D4:
  case 0x0964:
  case 0x0965:
  case 0x104A:
  case 0x104B:
  case 0x1362:
  case 0x1367:
  case 0x1368:
  case 0x203C:
  case 0x203D:
  case 0x2047:
  case 0x2048:
  case 0x2049:
    return 1;
  default:
    return isSpacelessTerm(c);
  }
}

/* 1 for closing punctuation that stays with the sentence before it. */
static int isCloser(uint32_t c) {
  if (c < 0x80)
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
  return e == UTF8PROC_CATEGORY_PE || e == UTF8PROC_CATEGORY_PF ||
         c == 0x2019 || c == 0x201D;
}

/* 1 for opening punctuation that may precede a sentence's first word. */
static int isOpener(uint32_t c) {
  if (c < 0x80)
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{';
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
  return e == UTF8PROC_CATEGORY_PS || e == UTF8PROC_CATEGORY_PI || c == 0xBF ||
         c == 0xA1 || c == 0x2018 || c == 0x201C;
}

/* 1 for list bullets. */
static int isBullet(uint32_t c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 ||
         c == 0x25AA || c == 0x25CF || c == 0x2219;
}

/* ------------------------------------------------------ word lists */

/* Abbreviations that never end a sentence: titles before a name and
** markers before an example (matched as written, or in capitals). */
static const char *const azTitle[] = {
    "Adm",  "Amb", "Asst", "Atty",   "Brig",  "Capt", "Cdr",  "Cmdr",   "Col",
    "Cpl",  "Det", "Dr",   "Drs",    "Fr",    "Ft",   "Gen",  "Gov",    "Hon",
    "Insp", "Lt",  "Maj",  "Messrs", "Mlle",  "Mme",  "Mr",   "Mrs",    "Ms",
    "Msgr", "Mt",  "Pres", "Prof",   "Profs", "Pvt",  "Rep",  "Reps",   "Rev",
    "Rt",   "Sen", "Sens", "Sgt",    "St",    "Ste",  "Supt", "approx", "ca",
    "cf",   "e.g", "esp",  "i.e",    "incl",  "viz",  "vs",
};

/* Abbreviations that end a sentence before a capital but not before a
** number or a lower-case word (matched in lower case): corporate
** suffixes, months, reference words, units, Latin, US states. */
static const char *const azAbbrev[] = {
    "ala",       "apr",       "ariz",  "ark",   "art",  "assn", "assoc", "aug",
    "ave",       "blvd",      "bros",  "calif", "ch",   "chap", "co",    "colo",
    "conn",      "corp",      "cu",    "dec",   "del",  "dept", "dist",  "div",
    "ed",        "eds",       "esq",   "est",   "al",   "etc",  "ext",   "feb",
    "fig",       "figs",      "fla",   "ga",    "gal",  "govt", "hr",    "hrs",
    "hwy",       "ibid",      "ill",   "inc",   "ind",  "intl", "jan",   "jr",
    "jul",       "jun",       "kan",   "kans",  "ky",   "la",   "lb",    "lbs",
    "llc",       "ln",        "ltd",   "mar",   "mass", "max",  "md",    "mfg",
    "mgr",       "mich",      "min",   "minn",  "miss", "mo",   "mont",  "mos",
    "n\xC2\xB0", "n\xC2\xBA", "natl",  "neb",   "nebr", "nev",  "no",    "nos",
    "nov",       "oct",       "okla",  "op",    "ore",  "oz",   "p",     "pa",
    "para",      "penn",      "ph.d",  "plc",   "pp",   "pt",   "pts",   "rd",
    "ref",       "sec",       "sep",   "sept",  "sq",   "sr",   "st",    "tel",
    "tenn",      "tex",       "thurs", "tues",  "univ", "va",   "vol",   "vols",
    "vt",        "wash",      "wis",   "wk",    "wyo",  "yr",   "yrs",
};

/* Capitalized words that typically begin a sentence: after a dotted
** abbreviation (U.S., a.m.) such a word means the abbreviation ended it. */
static const char *const azStarter[] = {
    "A",     "After",   "Also",      "Although", "An",    "And",
    "As",    "At",      "Because",   "Before",   "Being", "But",
    "By",    "Despite", "Did",       "During",   "Each",  "Even",
    "For",   "From",    "He",        "Her",      "Here",  "His",
    "How",   "However", "I",         "If",       "In",    "It",
    "Its",   "Many",    "Meanwhile", "Millions", "More",  "Most",
    "My",    "No",      "Now",       "On",       "One",   "Our",
    "She",   "So",      "Some",      "Still",    "That",  "The",
    "Their", "Then",    "There",     "These",    "They",  "This",
    "Those", "Though",  "Thus",      "To",       "Under", "We",
    "What",  "When",    "Where",     "Whether",  "Which", "While",
    "Who",   "Why",     "With",      "Yet",      "You",   "Your",
};

/* 1 when z[0..n) is one of the n-entry list a (linear scan of short
** lists: the lists are small and only consulted at terminators; an entry
** whose first byte differs is passed over without measuring it).  No
** entry is empty. */
static int inList(const char *const *a, size_t nList, const char *z, size_t n) {
  if (n == 0) return 0;
  for (size_t i = 0; i < nList; i++) {
    if (a[i][0] == z[0] && strlen(a[i]) == n && memcmp(a[i], z, n) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Copy z[0..n) (n < MAX_ABBREV) to zOut in ASCII lower (bUpper = 0) or
** upper case. */
static void asciiCase(const char *z, size_t n, int bUpper, char *zOut) {
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    if (bUpper && c >= 'a' && c <= 'z') c = (char)(c - 32);
    if (!bUpper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
    zOut[i] = c;
  }
}

/* 1 when W is a title or example marker (see azTitle): as written, in
** capitals, or (for the lower-case entries) in any case. */
static int isTitle(const char *z, size_t n) {
  char zUp[MAX_ABBREV], zLow[MAX_ABBREV], zEntry[MAX_ABBREV];
  asciiCase(z, n, 1, zUp);
  asciiCase(z, n, 0, zLow);
  int bAllCaps = memcmp(z, zUp, n) == 0;
  for (size_t i = 0; i < sizeof(azTitle) / sizeof(azTitle[0]); i++) {
    const char *zT = azTitle[i];
    if (strlen(zT) != n) continue;
    if (memcmp(zT, z, n) == 0) return 1;
    if (zT[0] >= 'a') {
      if (memcmp(zT, zLow, n) == 0) return 1;
    } else if (bAllCaps) {
      asciiCase(zT, n, 1, zEntry);
      if (memcmp(zEntry, z, n) == 0) return 1;
    }
  }
  return 0;
}

/* 1 when W is an abbreviation of azAbbrev (any case). */
static int isAbbrev(const char *z, size_t n) {
  char zLow[MAX_ABBREV];
  asciiCase(z, n, 0, zLow);
  return inList(azAbbrev, sizeof(azAbbrev) / sizeof(azAbbrev[0]), zLow, n);
}

/* 1 when W is single letters joined by periods: U.S, a.m, E.U, U.S.A. */
static int isDotted(const unsigned char *z, size_t n) {
  if (n < 3 || n % 2 == 0) return 0;
  for (size_t i = 0; i < n; i++) {
    int bLetter = (z[i] >= 'a' && z[i] <= 'z') || (z[i] >= 'A' && z[i] <= 'Z');
    if (i % 2 == 0 ? !bLetter : z[i] != '.') return 0;
  }
  return 1;
}

/* -------------------------------------------------------- scanning */

/* 1 when the one line break in some white space, at z[k], ends a
** sentence: always under newline=break, never under newline=space, and
** under newline=auto unless it is a "\n" that wraps a hard-wrapped text. */
static int lineBreakEnds(const tk_sentences *p, size_t k) {
  if (p->opt.eNewline != TK_NEWLINE_AUTO)
    return p->opt.eNewline == TK_NEWLINE_BREAK;
  return !p->nWrap || p->z[k] != '\n' ||
         !tk_wrap_break((const char *)p->z, p->n, k, p->nWrap);
}

/* Skip white space from i; return where it ends.  *pbHard is set when the
** space holds a break that ends a sentence: a blank line, a paragraph
** separator, or a line break that lineBreakEnds. */
static size_t skipSpace(const tk_sentences *p, size_t i, int *pbHard) {
  int nBreaks = 0;
  size_t iBreak = 0;
  *pbHard = 0;
  while (i < p->n) {
    size_t j;
    uint32_t c = charAt(p, i, &j);
    if (!isSpace(c)) break;
    if (c == 0x2029) *pbHard = 1;
    if (isLineBreak(c) && !(c == '\n' && i > 0 && p->z[i - 1] == '\r')) {
      nBreaks++;
      iBreak = c == '\r' && j < p->n && p->z[j] == '\n' ? j : i;
    }
    i = j;
  }
  if (nBreaks >= 2 || (nBreaks == 1 && lineBreakEnds(p, iBreak))) *pbHard = 1;
  return i;
}

/* Parse a list marker at i ("12.", "3)", "4.)", "b.") followed by white
** space; fill *pM and return the offset after it, or 0 if there is none. */
static size_t parseMarker(const tk_sentences *p, size_t i, Marker *pM) {
  const unsigned char *z = p->z;
  size_t n = p->n, j = i;
  pM->eKind = 0;
  if (j < n && z[j] >= '0' && z[j] <= '9') {
    long v = 0;
    while (j < n && j - i < 3 && z[j] >= '0' && z[j] <= '9')
      v = v * 10 + (z[j++] - '0');
    pM->eKind = 1;
    pM->iValue = v;
  } else if (j < n &&
             ((z[j] >= 'a' && z[j] <= 'z') || (z[j] >= 'A' && z[j] <= 'Z'))) {
    pM->eKind = z[j] >= 'a' ? 2 : 3;
    pM->iValue = z[j++];
  }
  if (!pM->eKind) return 0;
  if (j < n && z[j] == '.') {
    pM->eSuffix = (j + 1 < n && z[j + 1] == ')') ? 3 : 1;
  } else if (j < n && z[j] == ')') {
    pM->eSuffix = 2;
  } else {
    pM->eKind = 0;
    return 0;
  }
  j += pM->eSuffix == 3 ? 2 : 1;
  size_t k;
  if (j < n && !isSpace(charAt(p, j, &k))) {
    pM->eKind = 0;
    return 0;
  }
  return j;
}

/* 1 when a bullet or the marker after pM in its sequence starts at i. */
static int startsNextItem(const tk_sentences *p, size_t i, const Marker *pM) {
  size_t j;
  if (isBullet(charAt(p, i, &j))) return 1;
  if (!pM->eKind) return 0;
  Marker m;
  if (!parseMarker(p, i, &m)) return 0;
  return m.eKind == pM->eKind && m.eSuffix == pM->eSuffix &&
         m.iValue == pM->iValue + 1;
}

/* Classify what follows white space at i: skip opening quotes and
** brackets, then look at the first character.  *piWord is where it is. */
static int classifyNext(const tk_sentences *p, size_t i, size_t *piWord) {
  size_t j;
  while (i < p->n) {
    uint32_t c = charAt(p, i, &j);
    if (!isOpener(c)) break;
    i = j;
  }
  *piWord = i;
  if (i >= p->n) return NEXT_END;
  uint32_t c = charAt(p, i, &j);
  if (tk_char_is_upper(c)) return NEXT_UPPER;
  if (tk_char_is_lower(c)) return NEXT_LOWER;
  if (tk_char_is_digit(c)) return NEXT_DIGIT;
  return NEXT_OTHER;
}

/* 1 when the capitalized word at i is one of azStarter. */
static int isStarterWord(const tk_sentences *p, size_t i) {
  size_t j = i;
  while (j < p->n && j - i < 16 &&
         ((p->z[j] >= 'a' && p->z[j] <= 'z') ||
          (p->z[j] >= 'A' && p->z[j] <= 'Z'))) {
    j++;
  }
  if (j < p->n && p->z[j] >= 0x80) return 0;
  return inList(azStarter, sizeof(azStarter) / sizeof(azStarter[0]),
                (const char *)p->z + i, j - i);
}

/* 1 when the word at i (after opening punctuation) starts lower-case. */
static int wordStartsLower(const tk_sentences *p, size_t i, size_t iEnd) {
  size_t j;
  while (i < iEnd) {
    uint32_t c = charAt(p, i, &j);
    if (!isOpener(c)) return tk_char_is_lower(c);
    i = j;
  }
  return 0;
}

/* The terminator run found at a '.', '!', '?' or kin. */
typedef struct Run {
  size_t iStart;  /* first terminator */
  size_t iEnd;    /* after the run, spaced ellipsis dots included */
  size_t nDots;   /* periods in the unspaced part ("…" counts 3) */
  size_t nSpaced; /* periods of a spaced ellipsis " . . ." after it */
  int bOther;     /* holds ! ? or another non-period terminator */
  int bSpaceless; /* holds a CJK full stop */
} Run;

/* Read the terminator run starting at i: terminators and closers, then
** any spaced ellipsis dots (" . ." each followed by space or the end). */
static void readRun(const tk_sentences *p, size_t i, Run *pR) {
  memset(pR, 0, sizeof(*pR));
  pR->iStart = i;
  size_t j;
  while (i < p->n) {
    uint32_t c = charAt(p, i, &j);
    if (c == '.') {
      pR->nDots++;
    } else if (c == 0x2026) {
      pR->nDots += 3;
    } else if (isOtherTerm(c)) {
      pR->bOther = 1;
      if (isSpacelessTerm(c)) pR->bSpaceless = 1;
    } else if (!isCloser(c)) {
      break;
    }
    i = j;
  }
  while (pR->nDots > 0 && !pR->bOther && i + 1 < p->n && p->z[i] == ' ' &&
         p->z[i + 1] == '.') {
    size_t k = i + 1;
    size_t nDots = 0;
    while (k < p->n) {
      uint32_t c = charAt(p, k, &j);
      if (c == '.') {
        nDots++;
      } else if (!isCloser(c)) {
        break;
      }
      k = j;
    }
    if (k < p->n && !isSpace(charAt(p, k, &j))) break;
    pR->nSpaced += nDots;
    i = k;
  }
  pR->iEnd = i;
}

/* The word before the run at iStart, from iWord (leading openers
** skipped), as a byte range; 0 when it is longer than MAX_ABBREV - 1. */
static int wordBefore(const tk_sentences *p, size_t iWord, size_t iStart,
                      size_t *piFrom) {
  size_t j;
  while (iWord < iStart && isOpener(charAt(p, iWord, &j)))
    iWord = j;
  *piFrom = iWord;
  return iStart - iWord < MAX_ABBREV;
}

/* Decide whether the single period of run R (word from iWord, previous
** word from iPrev or SIZE_MAX) ends a sentence when followed by eNext,
** whose word starts at iNext. */
static int periodEnds(const tk_sentences *p, const Run *pR, size_t iWord,
                      size_t iPrev, int eNext, size_t iNext) {
  size_t iFrom;
  if (!wordBefore(p, iWord, pR->iStart, &iFrom)) return 1;
  const char *zW = (const char *)p->z + iFrom;
  size_t nW = pR->iStart - iFrom;
  if (nW == 0) return 1;
  if (isTitle(zW, nW)) return 0;
  if (isAbbrev(zW, nW)) return eNext != NEXT_DIGIT;
  if (isDotted((const unsigned char *)zW, nW)) {
    if (eNext == NEXT_DIGIT) return 0;
    return eNext != NEXT_UPPER || isStarterWord(p, iNext);
  }
  if (nW == 1 &&
      ((zW[0] >= 'a' && zW[0] <= 'z') || (zW[0] >= 'A' && zW[0] <= 'Z'))) {
    if (eNext == NEXT_DIGIT) return 0;
    if (zW[0] >= 'a' || eNext != NEXT_UPPER) return 1;
    /* An initial after a capitalized word (Jonas E. Smith) continues; a
    ** capital letter after a lower-case word (you and I. Did) ends. */
    return iPrev != SIZE_MAX && wordStartsLower(p, iPrev, iWord);
  }
  return 1;
}

/* Decide where run R ends the sentence: returns the boundary offset, or 0
** when the run does not end it.  iWord/iPrev as for periodEnds. */
static size_t runBoundary(const tk_sentences *p, const Run *pR, size_t iWord,
                          size_t iPrev) {
  size_t e = pR->iEnd;
  if (e >= p->n) return e;
  size_t j;
  int bSpace = isSpace(charAt(p, e, &j));
  if (pR->bSpaceless) return e;
  if (!bSpace) return 0;
  int bHard;
  size_t iAfter = skipSpace(p, e, &bHard);
  if (bHard) return e;
  size_t iNext;
  int eNext = classifyNext(p, iAfter, &iNext);
  if (eNext == NEXT_END) return e;
  if (eNext == NEXT_LOWER) return 0;
  if (pR->bOther) return e;
  size_t nAll = pR->nDots + pR->nSpaced;
  if (nAll >= 2) {
    if (eNext == NEXT_DIGIT) return 0;
    if (pR->nSpaced == 0) return e; /* "..." or "…" before a capital */
    int bDetached = pR->iStart == iWord;
    if (!bDetached && pR->nDots == 1 && pR->nSpaced >= 3) {
      return pR->iStart + 1; /* "word. . . . Next": ". . ." opens it */
    }
    return nAll >= 4 ? e : 0; /* ". . . ." ends, ". . ." does not */
  }
  return periodEnds(p, pR, iWord, iPrev, eNext, iNext) ? e : 0;
}

/* 1 when the dots at i are an omission mark "[...]" / "[…]": after '['
** and followed by ']'. */
static int isOmission(const tk_sentences *p, size_t i, size_t *piAfter) {
  if (i == 0 || p->z[i - 1] != '[') return 0;
  size_t j = i;
  while (j < p->n) {
    size_t k;
    uint32_t c = charAt(p, j, &k);
    if (c != '.' && c != 0x2026) break;
    j = k;
  }
  if (j >= p->n || p->z[j] != ']') return 0;
  *piAfter = j;
  return 1;
}

/* ASCII bytes the scan loop must look at: white space and terminators
** (everything else below 0x80 is skipped a byte at a time). */
static const unsigned char aSpecial[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [' '] = 1,  ['.'] = 1,  ['!'] = 1,  ['?'] = 1,
};

/* The first offset from i (at most n) whose byte the scan must look at:
** not ASCII, or white space, or a terminator.  A loop of its own over
** locals, so the bytes of words are passed over in a few instructions. */
static size_t skipPlain(const unsigned char *z, size_t i, size_t n) {
  while (i < n && z[i] < 0x80 && !aSpecial[z[i]])
    i++;
  return i;
}

/* Find the end of the sentence that starts at iStart (not white space):
** returns the end offset (before trimming) and sets p->i to where the next
** search starts. */
static size_t scanSentence(tk_sentences *p, size_t iStart) {
  size_t i = iStart, j;
  Marker m = {0, 0, 0};
  if (isBullet(charAt(p, i, &j))) {
    /* skip the blanks after a bullet only when the item's text follows on
    ** the same line: a bullet with nothing after it is a sentence of its
    ** own and must not end in white space */
    size_t k = j, kNext;
    while (k < p->n && (p->z[k] == ' ' || p->z[k] == '\t'))
      k++;
    i = k < p->n && !isSpace(charAt(p, k, &kNext)) ? k : j;
  }
  size_t iMark = parseMarker(p, i, &m);
  if (iMark) i = iMark;
  size_t iWord = iStart, iPrev = SIZE_MAX;
  while (i < p->n) {
    if (p->z[i] < 0x80 && !aSpecial[p->z[i]]) {
      i = skipPlain(p->z, i + 1, p->n);
      continue;
    }
    if (p->z[i] == ' ' && i + 1 < p->n && p->z[i + 1] < 0x80 &&
        !aSpecial[p->z[i + 1]] && !m.eKind) {
      /* the common gap between words, one space before a plain ASCII
      ** character: no break and no bullet (bullets are not ASCII), so the
      ** general case below would only start a new word here */
      iPrev = iWord;
      iWord = ++i;
      continue;
    }
    uint32_t c = charAt(p, i, &j);
    if (isSpace(c)) {
      int bHard;
      size_t k = skipSpace(p, i, &bHard);
      if (bHard || k >= p->n) {
        p->i = k;
        return i;
      }
      if (startsNextItem(p, k, &m)) {
        p->i = k;
        return i;
      }
      iPrev = iWord;
      iWord = k;
      i = k;
      continue;
    }
    if (c == '.' || c == 0x2026 || isOtherTerm(c)) {
      size_t iAfter;
      if (isOmission(p, i, &iAfter)) {
        i = iAfter;
        continue;
      }
      Run r;
      readRun(p, i, &r);
      size_t iEnd = runBoundary(p, &r, iWord, iPrev);
      if (iEnd) {
        p->i = iEnd;
        return iEnd;
      }
      i = r.iEnd;
      continue;
    }
    i = j;
  }
  p->i = p->n;
  return p->n;
}

/* ------------------------------------------------------------- API */

/* Defaults: English, line breaks end sentences unless they wrap. */
void tk_sentence_options_init(tk_sentence_options *p) {
  p->eNewline = TK_NEWLINE_AUTO;
}

/* One key=value pair of the sentences() options. */
static int setOption(void *pCtx, const char *zKey, size_t nKey,
                     const char *zVal, size_t nVal, char **pzErr) {
  tk_sentence_options *p = pCtx;
  if (tk_option_is(zKey, nKey, "lang")) {
    if (nVal == 2 && memcmp(zVal, "en", 2) == 0) return TK_OK;
    *pzErr = tk_mprintf("unknown lang '%.*s' (valid: en)", (int)nVal, zVal);
    return TK_EINVAL;
  }
  if (tk_option_is(zKey, nKey, "newline")) {
    static const char *const az[] = {"auto", "break", "space"};
    for (int e = 0; e < 3; e++) {
      if (nVal == strlen(az[e]) && memcmp(zVal, az[e], nVal) == 0) {
        p->eNewline = e;
        return TK_OK;
      }
    }
    *pzErr =
        tk_mprintf("bad value '%.*s' for newline (valid: auto, break, space)",
                   (int)nVal, zVal);
    return TK_EINVAL;
  }
  *pzErr = tk_mprintf("unknown option '%.*s' (valid: lang, newline)", (int)nKey,
                      zKey);
  return TK_EINVAL;
}

/* Parse an option string into p. */
int tk_sentence_options_parse(tk_sentence_options *p, const char *z, size_t n,
                              char **pzErr) {
  return tk_options_parse(z, n, setOption, p, pzErr);
}

/* Allocate a segmenter with a copy of the options. */
int tk_sentences_new(const tk_sentence_options *pOpt, tk_sentences **pp) {
  tk_sentences *p = tk_malloc(sizeof(*p));
  *pp = p;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  if (pOpt) {
    p->opt = *pOpt;
  } else {
    tk_sentence_options_init(&p->opt);
  }
  return TK_OK;
}

/* Free a segmenter (NULL is a no-op). */
void tk_sentences_free(tk_sentences *p) {
  tk_free(p);
}

/* Start over on a new text. */
void tk_sentences_reset(tk_sentences *p, const char *z, size_t n) {
  p->z = (const unsigned char *)z;
  p->n = z ? n : 0;
  p->i = 0;
  p->nWrap = p->opt.eNewline == TK_NEWLINE_AUTO ? tk_wrap_width(z, p->n) : 0;
}

/* The next sentence.  Every end scanSentence returns is before white
** space or after a non-space terminator run, so spans need no trimming. */
int tk_sentences_next(tk_sentences *p, size_t *piStart, size_t *pnLen) {
  int bHard;
  size_t iStart = skipSpace(p, p->i, &bHard);
  if (iStart >= p->n) {
    p->i = p->n;
    return 0;
  }
  size_t iEnd = scanSentence(p, iStart);
  *piStart = iStart;
  *pnLen = iEnd - iStart;
  return 1;
}
