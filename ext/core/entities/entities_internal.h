/*
** entities_internal.h -- what the entity extractor's files share: the
** token array a document is turned into once, and the pattern matchers'
** interface.  Each matcher looks at the tokens from index i and reports
** the longest entity of its family starting there (whole tokens only).
**
**   tk_pmatch m;
**   if (tk_entities__match_date(&doc, i, &m) > 0) ... m.nTok, m.eType ...
**
** Cross-file functions are named tk_entities__*; the files depend on each
** other one way: entities.c -> the matchers, dictionary.c, docdate.c,
** model_spans.c (-> dateline_names.c, headline_names.c) and canonical.c
** -> numbers.c, dates.c, types.c (the type table and options).
*/
#ifndef TK_ENTITIES_INTERNAL_H
#define TK_ENTITIES_INTERNAL_H

#include "textkit.h"

#include <string.h>
#include <strings.h>

/* One token of the document: byte span, kind, case-folded norm (in the
** document's norm arena) and whether anything (space) precedes it. */
typedef struct tk_etok {
  size_t iStart, nLen;
  size_t iNorm;
  uint32_t nNorm;
  uint8_t eKind;
  uint8_t bGap;   /* 1 when bytes separate it from the previous token, 2
                     when they hold a line break (patterns stop there) */
  uint8_t fClass; /* TK_KW_* flags of its norm */
} tk_etok;

/* Keyword classes of a token's norm, looked up once per token so that the
** matchers skip ordinary words with one test. */
#define TK_KW_START 1    /* a word that can start a pattern entity */
#define TK_KW_UNIT 2     /* the first word of a unit ("km", "square") */
#define TK_KW_CURRENCY 4 /* a currency word or code ("marks", "swiss") */

/* Registers a keyword with its TK_KW_* flags (or'ed when repeated). */
typedef int (*tk_kw_add)(void *pCtx, const char *zWord, int fClass);

typedef struct tk_edoc {
  const char *z; /* the text */
  size_t n;
  const tk_etok *a; /* its tokens */
  size_t nTok;
  const char *zNorm; /* the norm arena (each norm NUL-terminated) */
  const tk_entity_options *pOpt;
} tk_edoc;

/* A matcher's result: tokens [i, i+nTok) are an entity of eType. */
typedef struct tk_pmatch {
  int nTok;
  int eType;
  char zNorm[96];
} tk_pmatch;

/* A decimal number m * 10^e (exact for what news text writes). */
typedef struct tk_dec {
  uint64_t m;
  int e;
  int bNeg;
} tk_dec;

/* The norm of token i as a NUL-terminated string. */
static inline const char *tk_etok_norm(const tk_edoc *p, size_t i) {
  return p->zNorm + p->a[i].iNorm;
}
/* 1 when token i exists and its norm is exactly zWord (inline: the
** length of a literal folds at compile time). */
static inline int tk_etok_is(const tk_edoc *p, size_t i, const char *zWord) {
  size_t n = strlen(zWord);
  return i < p->nTok && p->a[i].nNorm == n &&
         memcmp(p->zNorm + p->a[i].iNorm, zWord, n) == 0;
}
/* 1 when token i exists and its norm is one of the NULL-ended azWord. */
static inline int tk_etok_in(const tk_edoc *p, size_t i,
                             const char *const *azWord) {
  if (i >= p->nTok) return 0;
  const char *z = tk_etok_norm(p, i);
  for (; *azWord; azWord++)
    if (z[0] == (*azWord)[0] && strcmp(z, *azWord) == 0) return 1;
  return 0;
}
/* 1 when token i exists and its text starts with an ASCII capital ("May",
** not "may"). */
static inline int tk_etok_capitalized(const tk_edoc *p, size_t i) {
  if (i >= p->nTok) return 0;
  char c = p->z[p->a[i].iStart];
  return c >= 'A' && c <= 'Z';
}
/* The value of token i when it is a number of digits only, at most nMax
** of them ("1066", not "1,066" or "3.5"), or -1. */
static inline int tk_etok_small_int(const tk_edoc *p, size_t i, size_t nMax) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_NUMBER || p->a[i].nNorm > nMax)
    return -1;
  const char *z = tk_etok_norm(p, i);
  int v = 0;
  for (size_t k = 0; k < p->a[i].nNorm; k++) {
    if (z[k] < '0' || z[k] > '9') return -1;
    v = v * 10 + z[k] - '0';
  }
  return v;
}
/* 1 when token i exists and is adjacent to token i-1 (no gap). */
static inline int tk_etok_glued(const tk_edoc *p, size_t i) {
  return i < p->nTok && !p->a[i].bGap;
}
/* 1 when z[0..n) equals the NUL-terminated zWord (compared byte by
** byte: no strlen of each listed word). */
static inline int tk_entities__eq(const char *z, size_t n, const char *zWord) {
  if (!n || z[0] != zWord[0]) return 0;
  size_t i = 1;
  while (i < n && zWord[i] && zWord[i] == z[i])
    i++;
  return i == n && zWord[n] == 0;
}
/* 1 when z[0..n) equals one of the words of the 0-terminated list az. */
static inline int tk_entities__in_list(const char *const *az, const char *z,
                                       size_t n) {
  for (int k = 0; az[k]; k++)
    if (tk_entities__eq(z, n, az[k])) return 1;
  return 0;
}
/* Bytes of the text (a name, a word) with a type, for sorted lookups:
** qsort and bsearch with tk_entities__bytes_compare. */
typedef struct tk_ebytes {
  const char *z;
  size_t n;
  int eType;
} tk_ebytes;
/* qsort and bsearch order of tk_ebytes: by length, then by bytes. */
static inline int tk_entities__bytes_compare(const void *pA, const void *pB) {
  const tk_ebytes *a = pA, *b = pB;
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  return memcmp(a->z, b->z, a->n);
}
/* 1 when z[0..n) is "US", "U.S.", "UK" or "U.K.", the abbreviations of
** countries that the typed gazetteers' list (ISO 3166) leaves out. */
static inline int tk_entities__country_abbreviation(const char *z, size_t n) {
  static const char *const az[] = {"U.K.", "U.S.", "UK", "US", 0};
  return tk_entities__in_list(az, z, n);
}
/* 1 when z[0..n) equals one of the words of the 0-terminated list az,
** ASCII letters in any case ("LMAO" and "lmao" for "lmao"). */
static inline int tk_entities__in_list_nocase(const char *const *az,
                                              const char *z, size_t n) {
  for (int k = 0; az[k]; k++)
    if (n && (z[0] | 0x20) == (az[k][0] | 0x20) && strlen(az[k]) == n &&
        strncasecmp(z, az[k], n) == 0)
      return 1;
  return 0;
}
/* A word list that TK_IN_SORTED searches by halves: its words sorted by
** their bytes (strcmp's order), none twice, then 0; a list that
** TK_IN_SORTED_NOCASE searches has no ASCII capital.  The lists asked of
** every span or capitalized word are such lists, as a linear scan of them
** cost several percent of entities(); tests/py/test_sorted_lists.py checks
** every list declared so. */
#define TK_SORTED_WORDS(name) static const char *const name[]
#define TK_IN_SORTED(az, z, n)                                                 \
  tk_entities__in_sorted(az, sizeof(az) / sizeof((az)[0]) - 1, z, n, 0)
#define TK_IN_SORTED_NOCASE(az, z, n)                                          \
  tk_entities__in_sorted(az, sizeof(az) / sizeof((az)[0]) - 1, z, n, 1)
/* The order of z[0..n) against the NUL-terminated w (<0, 0, >0), the ASCII
** capitals of z lower-cased when bFold. */
static inline int tk_entities__word_order(const char *z, size_t n,
                                          const char *w, int bFold) {
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)z[i], b = (unsigned char)w[i];
    if (bFold && a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
    if (b == 0) return 1; /* w is a prefix of z */
    if (a != b) return a < b ? -1 : 1;
  }
  return w[n] ? -1 : 0;
}
/* 1 when z[0..n) is one of the nAz sorted words of az (with bFold, ASCII
** letters in any case against a list in lower case); see TK_IN_SORTED. */
static inline int tk_entities__in_sorted(const char *const *az, size_t nAz,
                                         const char *z, size_t n, int bFold) {
  size_t lo = 0, hi = nAz;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = tk_entities__word_order(z, n, az[mid], bFold);
    if (c == 0) return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}
/* The offset of the first byte of z[i..n) that is one of the bytes of
** the string zSet (n when none): one memchr a byte, each bounded by the
** nearest found so far, so that the rules that look for a few initials
** skip the text between them at memchr's speed. */
static inline size_t tk_entities__next_byte_in(const char *z, size_t n,
                                               size_t i, const char *zSet) {
  size_t e = n;
  for (; *zSet && i < e; zSet++) {
    const char *p = memchr(z + i, *zSet, e - i);
    if (p) e = (size_t)(p - z);
  }
  return e;
}
/* The start of the next word of z[*pi..iEnd), words being apart by
** spaces; *pi gets its end (iEnd, and an empty word, when none is left). */
static inline size_t tk_entities__next_word(const char *z, size_t *pi,
                                            size_t iEnd) {
  size_t i = *pi;
  while (i < iEnd && z[i] == ' ')
    i++;
  size_t iWord = i;
  while (i < iEnd && z[i] != ' ')
    i++;
  *pi = i;
  return iWord;
}
/* 1 when the word of lower-case ASCII letters that ends one space
** before z[i] is one of the 0-terminated list az, the word opening the
** text or following a blank or "(" ("in Dnipro", "their drug Leqembi"). */
static inline int tk_entities__listed_word_before(const char *const *az,
                                                  const char *z, size_t i) {
  if (i < 2 || z[i - 1] != ' ') return 0;
  size_t w = i - 1;
  while (w > 0 && z[w - 1] >= 'a' && z[w - 1] <= 'z')
    w--;
  if (w > 0 && !strchr(" \t\r\n(", z[w - 1])) return 0;
  return tk_entities__in_list(az, z + w, i - 1 - w);
}
/* The index of the first of the spans a[0..nSpan) (sorted and apart, so
** their ends rise too) that ends after byte i: the span holding i, or the
** next one (nSpan when none); a binary search. */
static inline size_t tk_entities__span_after(const tk_ner_span *a, size_t nSpan,
                                             size_t i) {
  size_t lo = 0, hi = nSpan;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid].iStart + a[mid].nLen <= i)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
/* Append the claim c to *pa[0..*pn) (*pnAlloc allocated); 1 when out of
** memory (*pa unchanged). */
static inline int tk_entities__add_claim(tk_ner_span **pa, size_t *pn,
                                         size_t *pnAlloc, tk_ner_span c) {
  if (tk_reserve(pa, pnAlloc, *pn, sizeof **pa)) return 1;
  (*pa)[(*pn)++] = c;
  return 0;
}
/* The length of the separator of a list at z[i], within z[0..n) (0:
** none): ", and ", ", or ", ", ", " and " or " or ". */
static inline size_t tk_entities__list_separator(const char *z, size_t n,
                                                 size_t i) {
  static const char *const az[] = {", and ", ", or ", ", ", " and ", " or ", 0};
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]);
    if (i + m <= n && memcmp(z + i, az[k], m) == 0) return m;
  }
  return 0;
}
/* The typed gazetteers' classes of settled places: countries, regions
** and cities of 15,000 people or more (tk_ner_gazetteer_classes). */
#define TK_ENT_GAZ_SETTLED                                                     \
  (TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION | TK_NER_GAZ_CITY_BIG |              \
   TK_NER_GAZ_CITY_MID | TK_NER_GAZ_CITY_SMALL)
/* 1 when z[i] (i < n) is a capital: an ASCII one, or the first byte of a
** character outside ASCII (read as a letter that may be one: "Ž", "Ö"). */
static inline int tk_entities__capital_at(const char *z, size_t n, size_t i) {
  unsigned char c = i < n ? (unsigned char)z[i] : 0;
  return (c >= 'A' && c <= 'Z') || c >= 0xc0;
}

/* 1 when z[i] stands inside a sentence that opens after z[iFloor]: the
** text before it, quotes and brackets skipped, goes back past iFloor or
** ends with no ".", "!", "?", ":" or line break (iFloor a line's start:
** a word of its line before it). */
static inline int tk_entities__inside_sentence(const char *z, size_t iFloor,
                                               size_t i) {
  while (i > iFloor && strchr(" \t\"(", z[i - 1]))
    i--;
  return i > 0 && !strchr(".!?:\n", z[i - 1]);
}
/* The number of words of z[0..n), words being apart by spaces (0 when
** n is 0). */
static inline size_t tk_entities__word_count(const char *z, size_t n) {
  size_t nWord = n > 0;
  for (size_t i = 0; i < n; i++)
    nWord += z[i] == ' ';
  return nWord;
}
/* The start of the word of letters (ASCII ones and the bytes of other
** characters) that ends one space before z[i], after z[iFloor], when
** the text's start or a byte of zAfter stands before it; i when there is
** none (the word may be empty: z[i - 1] when it starts there). */
static inline size_t tk_entities__word_before(const char *z, size_t iFloor,
                                              size_t i, const char *zAfter) {
  if (i < iFloor + 3 || z[i - 1] != ' ') return i;
  size_t w = i - 1;
  while (w > iFloor &&
         (((z[w - 1] | 0x20) >= 'a' && (z[w - 1] | 0x20) <= 'z') ||
          (unsigned char)z[w - 1] >= 0x80))
    w--;
  return w > 0 && !strchr(zAfter, z[w - 1]) ? i : w;
}

/* The length of the quote that z[i] opens ('"' or U+201C) or, with
** bClose, closes ('"' or U+201D), within z[0..n); 0 when there is none. */
static inline size_t tk_entities__quote_at(const char *z, size_t n, size_t i,
                                           int bClose) {
  if (i < n && z[i] == '"') return 1;
  const char *zQuote = bClose ? "\xe2\x80\x9d" : "\xe2\x80\x9c";
  return i + 3 <= n && memcmp(z + i, zQuote, 3) == 0 ? 3 : 0;
}

/* The offset after the list marker ("*", "-" or "+" and a space, after
** the indent) that opens the line of z[i], when the marker ends at or
** before i; SIZE_MAX when the line opens with none (a change log's item:
** model_spans.c, item_authors.c). */
static inline size_t tk_entities__item_start(const char *z, size_t i) {
  size_t j = i;
  while (j > 0 && z[j - 1] != '\n')
    j--;
  while (j < i && (z[j] == ' ' || z[j] == '\t'))
    j++;
  if (j + 2 > i || (z[j] != '*' && z[j] != '-' && z[j] != '+') ||
      z[j + 1] != ' ')
    return SIZE_MAX;
  return j + 2;
}

/* 1 when z[i] comes right after the list marker that opens its line
** (tk_entities__item_start(z, i) == i), read in the marker and the indent
** only, not back to the line's start: a rule that asks it of every word
** stays linear on a text of one long line. */
static inline int tk_entities__opens_item(const char *z, size_t i) {
  if (i < 2 || z[i - 1] != ' ' ||
      (z[i - 2] != '*' && z[i - 2] != '-' && z[i - 2] != '+'))
    return 0;
  size_t j = i - 2;
  while (j > 0 && (z[j - 1] == ' ' || z[j - 1] == '\t'))
    j--;
  return j == 0 || z[j - 1] == '\n';
}

/* unknown_names.c: 1 when the character at z[i] (i < n) is a capital
** letter, ASCII or of Unicode's upper or title case ("Ž"; not "λ"). */
int tk_entities__capital_letter_at(const char *z, size_t n, size_t i);

/* The length of the possessive "'s" or "’s" (U+2019, the typographic
** apostrophe) that ends z[iStart..iEnd): 2, 4, or 0 when there is none. */
static inline size_t tk_entities__possessive_end(const char *z, size_t iStart,
                                                 size_t iEnd) {
  if (iEnd - iStart >= 2 && z[iEnd - 1] == 's' && z[iEnd - 2] == '\'') return 2;
  if (iEnd - iStart >= 4 && z[iEnd - 1] == 's' &&
      memcmp(z + iEnd - 4, "\xe2\x80\x99", 3) == 0)
    return 4;
  return 0;
}

/* ------------------------------------------------ numbers.c: numbers */
/* Parse decimal digits with optional thousands commas and one '.' from
** z[0..n) (the whole of it); 1 on success. */
int tk_entities__dec_parse(const char *z, size_t n, tk_dec *pOut);
/* Multiply by 10^k. */
void tk_entities__dec_scale(tk_dec *p, int k);
/* Canonical text: "1200000000", "3.5", "-5"; returns the length. */
int tk_entities__dec_format(const tk_dec *p, char *zOut, size_t nOut);
/* The power of ten of a scale word (million 6, bn 9, k 3...), or 0. */
int tk_entities__scale_word(const char *z, size_t n);
/* A number starting at token i: digits ("1,000.5"), number words ("two
** hundred", "twenty - five") and an optional scale word ("1.2 billion").
** Returns the tokens used (0 if none) and the value in *pOut.  A word
** token like "3.5m" or "20bn" counts as digits + scale; with zSuffix
** non-NULL, a word token of digits + another suffix ("5km") is accepted
** and its suffix returned there. */
int tk_entities__pat_number(const tk_edoc *p, size_t i, tk_dec *pOut,
                            const char **pzSuffix);
/* The value of a number word below 100 ("seven" 7, "forty" 40), or -1. */
int tk_entities__small_word(const char *z, size_t n);
/* An ordinal word ("third" 3, "21st" 21), or 0. */
int tk_entities__ordinal_value(const char *z, size_t n);
/* The number and ordinal words, as keywords that start an entity. */
int tk_entities__number_keywords(tk_kw_add xAdd, void *pCtx);

/* ----------------------------------------------- dates.c: the calendar */
/* The folded full name of month mo (1..12): "january". */
const char *tk_entities__month_name(int mo);
/* The month (1..12) named by z[0..n) ("feb", "february", "sept"), or 0. */
int tk_entities__month_value(const char *z, size_t n);
/* The weekday (0 Monday .. 6 Sunday) named by a folded word, or -1;
** abbreviations ("tue", "thurs") only when bAbbrev. */
int tk_entities__weekday_value(const char *z, size_t n, int bAbbrev);
/* Days in month mo of year y (y 0: a leap year, for year-less dates). */
int tk_entities__month_days(int y, int mo);
/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
long tk_entities__days_from_civil(int y, int m, int d);
void tk_entities__civil_from_days(long days, int *py, int *pm, int *pd);
/* The weekday (0 Monday .. 6 Sunday) of a day count. */
int tk_entities__weekday_of_days(long days);
/* The year (ref's, the one before or after) that puts month mo, day d
** (0: the whole month) nearest the ref date; ties go to the earlier; 0
** when the day exists in none of the three (February 29). */
int tk_entities__nearest_year(int yRef, int moRef, int dRef, int mo, int d);

/* ------------------- plain_text.c: the text in the training text's ASCII */
/* One replacement of the plain copy: nPlain bytes at iPlain of the copy
** for nText bytes at iText of the text. */
typedef struct tk_plain_step {
  size_t iPlain, iText, nPlain, nText;
} tk_plain_step;
/* The plain copy of a text (z NULL: the text needs none) and its steps. */
typedef struct tk_plain_text {
  char *z;
  size_t n;
  tk_plain_step *aStep;
  size_t nStep, nAlloc;
} tk_plain_text;
/* The copy of z[0..n) with typographic quotes, apostrophes and dashes in
** ASCII ("O’Brien" "O'Brien", an em dash "--").  TK_OK or TK_ENOMEM. */
int tk_entities__plain_text(const char *z, size_t n, tk_plain_text *p);
/* The text's offset for offset i of the copy (bEnd: a span's end). */
size_t tk_entities__plain_offset(const tk_plain_text *p, size_t i, int bEnd);
void tk_entities__plain_text_free(tk_plain_text *p);

/* ---------------------------- currency_eras.c: codes before a change */
/* The ISO 4217 code zCode had on o's ref date ("RON" in 1996: "ROL");
** zCode itself without a ref. */
const char *tk_entities__currency_at(const char *zCode,
                                     const tk_entity_options *o);

/* ---------------------------------- docdate.c: the date of a document */
/* The options a run uses: pOpt itself, or with ref=auto a copy in *pAuto
** whose ref is the document's date (no ref when none with a year). */
const tk_entity_options *tk_entities__ref_options(const tk_entity_options *pOpt,
                                                  const char *z, size_t n,
                                                  tk_entity_options *pAuto);
/* 1 when zNorm is "YYYY-MM" or "YYYY-MM-DD", with its parts (*pD 0 when
** no day). */
int tk_entities__dated_norm(const char *zNorm, int *pY, int *pM, int *pD);
/* zNorm ("--MM-DD", "--MM") with the year nearest yA-moA-dA in zOut; 0
** when zNorm is not year-less or the day exists in no near year. */
int tk_entities__own_year(const char *zNorm, int yA, int moA, int dA,
                          char *zOut, size_t nOut);

/* ------------------------------------------- the matchers, one per kind
** Each returns m->nTok (0: no match); entities.c calls them from one
** table, in tie order, and each family names its starting keywords. */
/* patterns_time.c: absolute dates ("7 February 2014") and clock times. */
int tk_entities__match_date(const tk_edoc *p, size_t i, tk_pmatch *m);
int tk_entities__match_clock(const tk_edoc *p, size_t i, tk_pmatch *m);
int tk_entities__time_keywords(tk_kw_add xAdd, void *pCtx);
/* patterns_reldate.c: relative dates ("yesterday", "last week"). */
int tk_entities__match_reldate(const tk_edoc *p, size_t i, tk_pmatch *m);
int tk_entities__reldate_keywords(tk_kw_add xAdd, void *pCtx);
/* patterns_numeric.c: MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL. */
int tk_entities__match_numeric(const tk_edoc *p, size_t i, tk_pmatch *m);
int tk_entities__numeric_keywords(tk_kw_add xAdd, void *pCtx);
/* patterns_contact.c: EMAIL, URL, PHONE, HASHTAG, MENTION, IP. */
int tk_entities__match_contact(const tk_edoc *p, size_t i, tk_pmatch *m);

/* canonical.c: the canonical name of each entity and the type vote
** (docs/entities.md); the state is created on first use and reused. */
typedef struct tk_canon tk_canon;
/* Set zCanonical/nCanonical of a[0..n) (sorted by iStart, norms set) of
** the document z[0..nz); with bVote the mentions of one canonical name
** also get one type.  The texts stay valid until the next call. */
int tk_entities__canonical(tk_canon **pp, const char *z, size_t nz,
                           tk_entity *a, size_t n, int bVote);
void tk_entities__canon_free(tk_canon *p);
/* The length of the generational suffix ("Jr.", "Jr", "Sr.", "Sr", "II",
** "III", "IV") that z[0..n) begins with, followed by the end or by a
** character that is not an ASCII letter or digit; 0 for none.  With bFold
** its lower-case form matches too (canonical.c's keys are lower-cased). */
size_t tk_entities__name_suffix(const char *z, size_t n, int bFold);

/* model_spans.c: fix the tagger's spans *pa[0..*pn) of z[0..n) as
** entities() shows them (split names joined, places typed by their heads, loose
** punctuation trimmed, a person's generational suffix and a place's "al-X"
** taken in, sports teams joined, events typed by their heads, datelines' places
** and agencies, quoted titles, storms, "People's" names and a headline's names
** claimed); the array may be replaced.  TK_OK or TK_ENOMEM. */
int tk_entities__fix_model_spans(const char *z, size_t n, tk_ner_span **pa,
                                 size_t *pn);

/* headline_names.c: 1 when z[iStart..iEnd) is a Title Case line: its
** words of four letters or more all start with a capital and two of them
** go on in lower case ("Kane Scores Twice", not "KANE SCORES"). */
int tk_entities__title_line(const char *z, size_t iStart, size_t iEnd);
/* headline_names.c: 1 when the line of z[0..n) that holds z[i] is a
** Title Case line. */
int tk_entities__in_title_line(const char *z, size_t n, size_t i);
/* headline_names.c: the headline of z[0..n), its first line that is not
** blank, in [*piStart, *piEnd), when it is in Title Case; 0 when there is
** none. */
int tk_entities__headline(const char *z, size_t n, size_t *piStart,
                          size_t *piEnd);
/* headline_names.c: the claims of the Title Case headline (first line)
** of z[0..n): the names the model found below it (spans a[0..nSpan)) and
** their types, where they recur in it; a tk_malloc'd array *paClaim of
** *pnClaim spans, sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__headline_names(const char *z, size_t n, const tk_ner_span *a,
                                size_t nSpan, tk_ner_span **paClaim,
                                size_t *pnClaim);

/* quoted_titles.c: the titles of works in quotation marks in z[0..n)
** ("Not Like Us") that are not one of the model's spans a[0..nSpan): a
** tk_malloc'd array *paClaim of *pnClaim MISC spans, sorted and apart.
** TK_OK or TK_ENOMEM. */
int tk_entities__quoted_titles(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim);

/* team_names.c: join in place each LOC of a[0..nSpan), spans of z[0..n),
** with the capitalized plural after it ("Dallas" + " Mavericks") into one
** ORG, but in a Title Case line; returns the new count. */
size_t tk_entities__join_team_names(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan);
/* team_names.c: join in place each span of a[0..nSpan), spans of
** z[0..n), with a club's marker one space before or after it ("Los
** Angeles" + " FC", "FC" + " Porto"): one ORG; returns the new count. */
size_t tk_entities__join_club_markers(const char *z, size_t n, tk_ner_span *a,
                                      size_t nSpan);

/* legal_names.c: 1 when z[0..m) is a company's legal suffix ("Inc.",
** "Ltd", "GmbH", "Co."). */
int tk_entities__legal_suffix(const char *z, size_t m);
/* legal_names.c: the companies of z[0..n) that a legal suffix ends
** ("Schroder Wertheim & Co", "First Bank System Inc."), where the model's
** spans a[0..nSpan) have no ORG ending with it: ORG claims (sorted,
** apart; NULL when none).  TK_OK or TK_ENOMEM. */
int tk_entities__legal_names(const char *z, size_t n, const tk_ner_span *a,
                             size_t nSpan, tk_ner_span **paClaim,
                             size_t *pnClaim);
/* The same claims, those alone where no span of a[0..nSpan) is. */
int tk_entities__legal_names_in_gaps(const char *z, size_t n,
                                     const tk_ner_span *a, size_t nSpan,
                                     tk_ner_span **paClaim, size_t *pnClaim);
/* nickname_names.c: the persons of z[0..n) named with a nickname in
** quotes between first name and surname ('Hector "Macho" Camacho'): a
** tk_malloc'd array *paClaim of *pnClaim PERSON spans, sorted and apart.
** TK_OK or TK_ENOMEM. */
int tk_entities__nickname_names(const char *z, size_t n, const tk_ner_span *a,
                                size_t nSpan, tk_ner_span **paClaim,
                                size_t *pnClaim);
/* headline_persons.c: append to *pa (*pn of them, room for *pnAlloc) the
** persons of the Title Case line z[iLine..iEol) of z[0..n) in no span of
** a[0..nSpan), a listed first name and a surname ("Bolivia Elects Rodrigo
** Paz").  0, or 1 when out of memory (*pa freed and NULL). */
int tk_entities__line_persons(const char *z, size_t n, size_t iLine,
                              size_t iEol, const tk_ner_span *a, size_t nSpan,
                              tk_ner_span **pa, size_t *pn, size_t *pnAlloc);
/* address_names.c: the names before e-mail addresses in z[0..n) ("--
** Aurelien Jarno <aurel32@debian.org>"), the model's spans a[0..nSpan)
** unread: a tk_malloc'd array *paClaim of *pnClaim PERSON spans, sorted
** and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__address_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim);
/* storm_names.c: the names of storms in z[0..n) ("Hurricane Katrina":
** "Katrina"), given the model's spans a[0..nSpan): a tk_malloc'd array
** *paClaim of *pnClaim MISC spans, sorted and apart.  TK_OK or
** TK_ENOMEM. */
int tk_entities__storm_names(const char *z, size_t n, const tk_ner_span *a,
                             size_t nSpan, tk_ner_span **paClaim,
                             size_t *pnClaim);

/* kin_names.c: retype PERSON each span of a[0..nSpan), spans of z[0..n),
** after a noun of kinship ("his son Bilawal Bhutto Zardari", "the son of
** Joko Widodo"), but a listed place, nationality, company or organization
** and a name with a head. */
void tk_entities__retype_kin(const char *z, size_t n, tk_ner_span *a,
                             size_t nSpan);

/* surname_endings.c: retype PERSON each span of a[0..nSpan), spans of
** z[0..n), of two to four capitalized words whose last word ends as the
** surnames of Eastern Europe, the Caucasus, Turkey and Greece end
** ("Kassym-Jomart Tokayev", "Ekrem İmamoğlu"), but a listed place, word or
** organization and a name with a head. */
void tk_entities__retype_surname_endings(const char *z, size_t n,
                                         tk_ner_span *a, size_t nSpan);

/* item_authors.c: join into one PERSON the spans of a[0..nSpan), spans
** of z[0..n), that fill the brackets a change log's item ends with ("*
** tls: add DHE support (Shigeki Ohtsu)"), but a listed place, company or
** organization; returns the new count. */
size_t tk_entities__join_item_authors(const char *z, size_t n, tk_ner_span *a,
                                      size_t nSpan);
/* item_authors.c: the authors a change log credits in brackets before a
** reference to the change ("(Rich Trott) #42349") that no span of
** a[0..nSpan) covers, when it credits three or more: a tk_malloc'd array
** *paClaim of *pnClaim PERSON spans, sorted and apart.  TK_OK or
** TK_ENOMEM. */
int tk_entities__item_author_claims(const char *z, size_t n,
                                    const tk_ner_span *a, size_t nSpan,
                                    tk_ner_span **paClaim, size_t *pnClaim);

/* list_types.c: in each list of three names or more of a[0..nSpan),
** spans of z, retype the names of a type other than two thirds of the
** list's, unless sure or listed under their own type ("Toei Animation,
** Gainax, Madhouse, Nippon Animation, Studio Pierrot and ..."). */
void tk_entities__retype_lists(const char *z, tk_ner_span *a, size_t nSpan);

/* surname_mentions.c: retype PERSON each one-word ORG of a[0..nSpan),
** spans of z, that is the last word of a PERSON of two words or more in
** the text, unless a longer ORG opens with it ("Mike Ford ... Ford
** wrote").  TK_OK or TK_ENOMEM. */
int tk_entities__retype_surnames(const char *z, tk_ner_span *a, size_t nSpan);

/* titled_names.c: the end of the surname named after the title of
** office that opens at z[i] ("President Macron": "Macron"), within
** z[0..n); 0 when there is none.  *piName gets the surname's start. */
size_t tk_entities__titled_name(const char *z, size_t n, size_t i,
                                size_t *piName);

/* peoples_names.c: the names on "People's" in z[0..n) ("Republican
** People's Party"; a[0..nSpan) unused): a tk_malloc'd array *paClaim of
** *pnClaim ORG spans, sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__peoples_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim);

/* located_places.c: retype LOC each ORG or PERSON of a[0..nSpan), spans
** of z[0..n), that the typed gazetteers list as a place, after "in",
** "near", "outside", "around" or "across" ("in Dnipro") or in a list of
** three names or more, two of them LOC. */
void tk_entities__retype_located(const char *z, size_t n, tk_ner_span *a,
                                 size_t nSpan);

/* continent_names.c: the spans of a[0..nSpan) that are "Earth" alone,
** retyped LOC. */
void tk_entities__retype_earth(const char *z, tk_ner_span *a, size_t nSpan);
/* continent_names.c: "the Sun" retyped LOC in a text about astronomy. */
void tk_entities__retype_sun(const char *z, size_t n, tk_ner_span *a,
                             size_t nSpan);
/* creed_names.c: the spans of a[0..nSpan) that name a religion or a
** creed ("Christianity", "Buddhism"), retyped MISC. */
void tk_entities__retype_creeds(const char *z, tk_ner_span *a, size_t nSpan);
/* company_places.c: LOC "Amazon" retyped ORG unless written as the place
** ("the Amazon", "Brazil's Amazon", "Amazon rainforest"). */
void tk_entities__retype_company_places(const char *z, size_t n, tk_ner_span *a,
                                        size_t nSpan);

/* continent_names.c: the continents of z[0..n) ("Africa", "Southern
** Africa") that no span of a[0..nSpan) touches: a tk_malloc'd array
** *paClaim of *pnClaim LOC spans, sorted and apart.  TK_OK or
** TK_ENOMEM. */
int tk_entities__continent_names(const char *z, size_t n, const tk_ner_span *a,
                                 size_t nSpan, tk_ner_span **paClaim,
                                 size_t *pnClaim);

/* team_names.c: the teams of the spans a[0..nSpan) of z[0..n) named by
** their places that the model typed LOC or MISC ("Oklahoma City Thunder"
** beside "Denver Nuggets"), and their last words written alone where no
** span is ("the Nuggets"): a tk_malloc'd array *paClaim of *pnClaim ORG
** spans, sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__team_words(const char *z, size_t n, const tk_ner_span *a,
                            size_t nSpan, tk_ner_span **paClaim,
                            size_t *pnClaim);

/* unknown_names.c: the runs of capitalized words of z[0..n) that no span
** of a[0..nSpan) touches and that are no ordinary words, where a word of
** an organization's kind ("the data firm Informatica") or a list with a
** span says what they are, and their other mentions: a tk_malloc'd array
** *paClaim of *pnClaim spans, sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__unknown_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim);

/* unknown_names.c: retype ORG each LOC, MISC or PERSON of a[0..nSpan),
** spans of z[0..n), that a noun of an organization's kind ("firm") or
** two such words ("chief executive of") stand before, but a listed
** country, region or city, and the other spans of the same bytes.  TK_OK
** or TK_ENOMEM. */
int tk_entities__retype_by_kind(const char *z, size_t n, tk_ner_span *a,
                                size_t nSpan);

/* fixtures.c: retype ORG the two sides of each fixture ("Brighton v
** Scunthorpe") and score line ("Stuttgart 2 Werder Bremen 1") among the
** spans a[0..nSpan) of z[0..n), unless a side is a country or a region
** (a national side), a MISC, or, beside " v ", both are PERSONs. */
void tk_entities__retype_fixtures(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan);

/* org_of_place.c: join in place the ORGs of a[0..nSpan), spans of
** z[0..n), that the model cut at " of " ("Serum Institute" + " of " +
** LOC "India"); returns the new count. */
size_t tk_entities__join_orgs_of_places(const char *z, size_t n, tk_ner_span *a,
                                        size_t nSpan);

/* listed_companies.c: join in place to the LOCs and MISCs of a[0..nSpan),
** spans of z[0..n), the word before or after them that makes a listed
** company's name ("Air" + "India", "Singapore" + "Airlines"), as ORGs;
** returns the count, which stays nSpan. */
size_t tk_entities__join_listed_companies(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan);
/* place_parts.c: join in place the compass words before ("North" +
** "Darfur") and the places' heads after ("Panama" + " Canal") that the
** model cut off the LOCs (and MISCs) of a[0..nSpan), spans of z[0..n);
** returns the new count. */
size_t tk_entities__join_place_parts(const char *z, size_t n, tk_ner_span *a,
                                     size_t nSpan);

/* product_names.c: retype MISC each PERSON, ORG or LOC of a[0..nSpan),
** spans of z[0..n), that a noun of a product's kind stands by ("their
** drug Leqembi", "its Starship rocket"), but a listed maker or place. */
void tk_entities__retype_products(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan);

/* org_of_place.c: the ORGs named "<head> for <cause>" of z[0..n) ("Party
** for Freedom"), given the spans a[0..nSpan), as claims no span crosses:
** a tk_malloc'd array *paClaim of *pnClaim spans, sorted and apart.
** TK_OK or TK_ENOMEM. */
int tk_entities__orgs_for_causes(const char *z, size_t n, const tk_ner_span *a,
                                 size_t nSpan, tk_ner_span **paClaim,
                                 size_t *pnClaim);

/* lower_line_names.c: the start of the text the line starting at iLine
** continues: iLine moved back over up to 8 earlier lines of its paragraph
** that are hard-wrapped (50 bytes or more), so that "... in favor of
** using the\nmore llvm aware ..." reads as one line. */
size_t tk_entities__wrapped_line_start(const char *z, size_t iLine);
/* lower_line_names.c: 1 when at least half the lines of z[0..n) with an
** ASCII letter have no ASCII capital (a chat; a text lower-cased whole). */
int tk_entities__mostly_lower_case(const char *z, size_t n);
/* lower_line_names.c: the companies' brands, countries and cities the
** typed gazetteers list in z[0..n)'s lines without a capital ("my klarna
** app"), in no span of a[0..nSpan): a tk_malloc'd array *paClaim of
** *pnClaim spans, sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__lower_line_names(const char *z, size_t n, const tk_ner_span *a,
                                  size_t nSpan, tk_ner_span **paClaim,
                                  size_t *pnClaim);

/* person_names.c: take into each PERSON of a[0..nSpan), spans of
** z[0..n), the listed first name one space before it ("Booker" + "T.
** Washington"). */
void tk_entities__join_first_names(const char *z, size_t n, tk_ner_span *a,
                                   size_t nSpan);
/* person_names.c: 1 when the span q of z[0..n), one space after the
** PERSON p, is the surname the model typed apart ("Mario Vargas" + LOC
** "Llosa"). */
int tk_entities__surname_after(const char *z, size_t n, const tk_ner_span *p,
                               const tk_ner_span *q);
/* person_names.c: split each span of *pa[0..*pn), spans of z, that is
** two persons' names joined by " and " into two PERSONs (the array may be
** replaced).  TK_OK or TK_ENOMEM. */
int tk_entities__split_person_pairs(const char *z, tk_ner_span **pa,
                                    size_t *pn);

/* span_cuts.c: cut each span of *pa[0..*pn), spans of z[0..n), into the
** names it holds at the brackets it does not balance ("Alabama
** (Alibamu"), or take in the closer of a short qualifier ("Buducnost
** (V" + ")").  The array may be replaced.  TK_OK or TK_ENOMEM. */
int tk_entities__cut_at_brackets(const char *z, size_t n, tk_ner_span **pa,
                                 size_t *pn);
/* span_cuts.c: cut each span of *pa[0..*pn), spans of z[0..n), at an
** " and " that the span's first word follows ("Studio Pierrot and Studio
** Ghibli").  The array may be replaced.  TK_OK or TK_ENOMEM. */
int tk_entities__cut_at_repeated_and(const char *z, size_t n, tk_ner_span **pa,
                                     size_t *pn);

/* event_names.c: take into each MISC of a[0..nSpan), spans of z[0..n),
** ending with an event's head the capitalized words the model left out
** before it ("the Cowboy" + "Carter Tour"). */
void tk_entities__join_event_words(const char *z, size_t n, tk_ner_span *a,
                                   size_t nSpan);

/* particle_names.c: extend in place the LOC, ORG and MISC spans of
** a[0..nSpan), spans of z[0..n), over a particle and the capitalized run
** after it ("Rio Grande" + " do Sul"), and a one-word LOC over " of " and
** such a run ("Line" + " of Control"); returns the new count. */
size_t tk_entities__extend_over_particles(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan);
/* particle_names.c: 1 when z[0..n) begins with a month's or a weekday's
** name in full and a space or nothing after it. */
int tk_entities__calendar_word(const char *z, size_t n);

/* headline_subjects.c: the first word of each Title Case line of z[0..n),
** in no span of a[0..nSpan), before a verb in the present tense ("Ishiba
** Quits ..."): a tk_malloc'd array *paClaim of *pnClaim spans, sorted and
** apart.  TK_OK or TK_ENOMEM. */
int tk_entities__headline_subjects(const char *z, size_t n,
                                   const tk_ner_span *a, size_t nSpan,
                                   tk_ner_span **paClaim, size_t *pnClaim);
/* headline_subjects.c: the length of the span z[iStart..iStart+nLen) of
** a Title Case line cut before the last inner word that reads as a verb
** in the present tense ("Ofcom" of "Ofcom Opens Probe"), unless the span
** up to it is a listed name; nLen when there is none. */
size_t tk_entities__cut_at_verb(const char *z, size_t iStart, size_t nLen);
/* headline_subjects.c: the length of the country that opens a span of a
** Title Case line of z[0..n) when a present-tense verb is the rest and a
** word follows ("US Offers More"), else 0. */
size_t tk_entities__country_before_verb(const char *z, size_t n, size_t iStart,
                                        size_t nLen);
/* headline_subjects.c: the length of the present-tense verb and its space
** that open the span z[iStart..iStart+nLen) of a Title Case line when the
** rest is a listed country, region or city ("Becomes Japan"), else 0. */
size_t tk_entities__verb_before_place(const char *z, size_t iStart,
                                      size_t nLen);
/* ------------------------------ heads.c: the type a name's last word gives
** 1 when the last word of the span z[iStart..iStart+nLen), of two words or
** more, is the head of a place's name ("Stadium", "Sea"), of an event's
** ("Cup", "Awards", "Revolution") or of an organization's ("Holdings",
** "Steel", "Party", "Air Lines"). */
/* heads.c: the length of the team's plural at z[i] within z[0..n)
** ("Mavericks", not "Islands", "Express" nor "Cavaliers Arena"); 0 when
** there is none. */
size_t tk_entities__team_plural(const char *z, size_t n, size_t i);
int tk_entities__place_head(const char *z, size_t iStart, size_t nLen);
int tk_entities__event_head(const char *z, size_t iStart, size_t nLen);
int tk_entities__org_head(const char *z, size_t iStart, size_t nLen);
/* headline_subjects.c: 1 when a span is one word of two ordinary words
** joined by a hyphen and no brand ("Year-Long"; not "Coca-Cola"). */
int tk_entities__headline_compound(const char *z, size_t iStart, size_t nLen);

/* patterns_time.c: 1 when z[0..n) is a time zone's abbreviation ("GMT",
** "EDT", "CET"), in any case. */
int tk_entities__time_zone(const char *z, size_t n);
/* number_marks.c: 1 when span p of z[0..n) is an era's or a time zone's
** abbreviation beside its number ("79 AD", "1400 EDT"): no name. */
int tk_entities__number_mark(const char *z, size_t n, const tk_ner_span *p);

/* demonyms.c: retype MISC each one-word span of a[0..nSpan), spans of
** z[0..n), that the typed gazetteers list as a nationality and as no
** place, before a lower-case word ("the Emirati fund"). */
void tk_entities__retype_demonyms(const char *z, size_t n, tk_ner_span *a,
                                  size_t nSpan);

/* dateline_names.c: 1 when the line that starts at z[i] is a news
** dateline ("ACCRA, Dec. 8 (AFP) - "); *pPlace and *pAgency get its place
** (LOC) and agency (ORG), scored 1. */
int tk_entities__dateline_at(const char *z, size_t n, size_t i,
                             tk_ner_span *pPlace, tk_ner_span *pAgency);

/* section_headings.c: drop the spans of a[0..nSpan) (spans of z[0..n),
** sorted) in a manual's headings in capitals ("GCLOUD WIDE FLAGS", when
** "NAME" and "SYNOPSIS" head lines of z); returns the count kept. */
size_t tk_entities__drop_section_headings(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan);
/* section_headings.c: 1 when span p of z[0..n) is a release stage's label
** in brackets opening its line ("(ALPHA) Approve ..."): no name. */
int tk_entities__stage_label(const char *z, size_t n, const tk_ner_span *p);
/* section_headings.c: 1 when span p of z[0..n) is a severity's label in
** brackets ("(Medium)", "(HIGH)"). */
int tk_entities__severity_label(const char *z, size_t n, const tk_ner_span *p);

/* camel_case.c: retype ORG each PERSON span of a[0..nSpan) (spans of z)
** that is one word with a capital inside after three lower-case letters
** or more ("AmigaOne", "PhantomData"; not "McDonald" or "MacArthur"). */
void tk_entities__retype_camel_case(const char *z, tk_ner_span *a,
                                    size_t nSpan);

/* licence_names.c: retype MISC each span of a[0..nSpan) (spans of z)
** that names a licence ("GNU General Public License", "GPLv3"). */
void tk_entities__retype_licences(const char *z, tk_ner_span *a, size_t nSpan);

/* manual_titles.c: the spans of a[0..nSpan) (spans of z) that name a
** manual ("EC2 User Guide", "Python Library Reference") joined when cut
** ("Amazon" + "DynamoDB Developer" + "Guide") and retyped MISC; returns
** the new count. */
size_t tk_entities__manuals(const char *z, tk_ner_span *a, size_t nSpan);

/* code_identifiers.c: 1 when span p of z[0..n) is an identifier of
** program code ("println" of "println!(", "HashMap" of "HashMap::new()",
** "Arc" of "Arc<T>", a call ending a statement): no name. */
int tk_entities__code_identifier(const char *z, size_t n, const tk_ner_span *p);
/* code_identifiers.c: drop the one-word spans of a[0..nSpan) (spans of
** z[0..n)) whose word the document writes as code elsewhere ("impl
** Deref for", "Arc<T>", "Mutex::new"); returns the count kept, and sets
** *pRc to TK_ENOMEM (every span kept) when out of memory. */
size_t tk_entities__drop_code_words(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan, int *pRc);

/* adverb_words.c: 1 when span p of z is one capitalized word that ends
** as an English adverb and no gazetteer lists as a name
** ("Lexicographically", "Additionally"; not "Mullally"): no name. */
int tk_entities__adverb_word(const char *z, const tk_ner_span *p);

/* file_names.c: 1 when span p of z[0..n) is a file's name ("Cargo.toml",
** "README.md"; not "Node.js" or "Amazon.com"): no name. */
int tk_entities__file_name(const char *z, size_t n, const tk_ner_span *p);

/* two_letter_places.c: drop the one-word LOC spans of two ASCII letters
** of a[0..nSpan) (spans of z[0..n)) but the places news names so ("UK",
** "NY") and an address's state ("Portland, OR"); returns the count
** kept. */
size_t tk_entities__drop_two_letter_places(const char *z, size_t n,
                                           tk_ner_span *a, size_t nSpan);

/* dictionary.c: the longest phrase starting at token i; returns its
** token count (0: none) and its type in *peType / *pzType. */
int tk_entities__dict_match(const tk_dict *p, const tk_edoc *pDoc, size_t i,
                            int *peType, const char **pzType);

#endif /* TK_ENTITIES_INTERNAL_H */
