/*
** quoted_titles.c -- titles of works in quotation marks, for entities()
** (model_spans.c claims them as MISC where the model found nothing or
** only part of them; spans crossing a title's edge stay):
**
**   Kendrick Lamar's "Not Like Us" won five Grammys.
**                    ^^^^^^^^^^^ MISC
**   Payal Kapadia's "All We Imagine as Light" won the Grand Prix.
**
** News writes the titles of films, songs, books and shows in quotation
** marks, in Title Case; the model, trained on text where such titles are
** rare, misses them ("Not Like Us" is three ordinary words to it).  A
** quotation is a title when its words all start with a capital, but the
** short words a title keeps lower-case ("of", "as", "the"...), and it does
** not end a sentence inside the marks (a quoted "Thank you." is speech).
** In CoNLL-2003 train, 41 quotations are in Title Case: 34 are one whole
** entity (19 MISC, 9 ORG, 4 PER, 2 LOC), 6 hold part of one, 1 none.
**
** Straight quotes pair when the opening one follows a space or a bracket and
** the closing one is followed by neither a letter nor a digit; curly ones
** (U+201C, U+201D) pair as written.  One word in brackets or with a comma
** inside the marks is a gloss or a reply, not a title: 'Hiroshima
** ("Hiroshima-shi")', '"Yes," he said'.  A title stays on one line and within
** MAX_WORDS words.  Bytes are read as bytes: invalid UTF-8 is safe.
**
**   rc = tk_entities__quoted_titles(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_WORDS 8     /* the longest title, in words */
#define MAX_BYTES 120   /* the longest title, in bytes */
#define TITLE_SCORE 0.6 /* the share of such claims of the right type */

/* 1 for an ASCII lower-case letter. */
static int isLower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

/* 1 when the word z[0..n) may stay lower-case inside a title. */
static int smallWord(const char *z, size_t n) {
  static const char *const azSmall[] = {
      "a",    "an",   "the", "and", "or", "nor",    "but", "of",  "to",  "in",
      "on",   "at",   "by",  "for", "as", "up",     "via", "vs",  "vs.", "with",
      "from", "into", "de",  "la",  "le", "del",    "der", "von", "van", "da",
      "do",   "du",   "des", "y",   "et", "a.k.a.", 0,
  };
  return tk_entities__in_list(azSmall, z, n);
}

/* The length of the opening quotation mark at z[i] (0: none): '"' after
** the start of the text, a space or a bracket, or U+201C; either followed
** by something other than a space. */
static size_t openingMark(const char *z, size_t n, size_t i) {
  size_t nMark = 0;
  if (z[i] == '"' && (i == 0 || strchr(" \t\n([", z[i - 1])))
    nMark = 1;
  else if (z[i] == '\xe2' && i + 3 <= n &&
           memcmp(z + i, "\xe2\x80\x9c", 3) == 0)
    nMark = 3;
  if (nMark == 0 || i + nMark >= n || strchr(" \t\r\n", z[i + nMark])) return 0;
  return nMark;
}

/* The offset of the closing mark of the quotation whose text starts at
** z[i] (SIZE_MAX: none on this line within MAX_BYTES): the next '"' not
** followed by a letter or a digit, or U+201D. */
static size_t closingMark(const char *z, size_t n, size_t i) {
  for (size_t k = i; k < n && k - i <= MAX_BYTES && z[k] != '\n'; k++) {
    if (z[k] == '"') {
      unsigned char c = k + 1 < n ? (unsigned char)z[k + 1] : ' ';
      return isLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c >= 0x80
                 ? SIZE_MAX
                 : k;
    }
    if (z[k] == '\xe2' && k + 3 <= n && memcmp(z + k, "\xe2\x80\x9d", 3) == 0)
      return k;
  }
  return SIZE_MAX;
}

/* 1 when z[iStart..iEnd) reads as a title: at most MAX_WORDS words, the
** first starting with a capital (of any script: "Éclair", not "ḥarakāt") or a
** digit, each other starting with a capital, a digit or punctuation, or a short
** word a title keeps lower-case; one capital at least, and a lower-case letter
** somewhere (a shout in capitals is not a title). */
static int titleCase(const char *z, size_t iStart, size_t iEnd) {
  size_t nWord = 0, nCapital = 0, nLower = 0;
  for (size_t i = iStart; i < iEnd;) {
    size_t iWord = tk_entities__next_word(z, &i, iEnd);
    if (i == iWord) break;
    if (++nWord > MAX_WORDS) return 0;
    for (size_t k = iWord; k < i; k++)
      nLower += isLower((unsigned char)z[k]);
    unsigned char c = (unsigned char)z[iWord];
    if (tk_entities__capital_letter_at(z, iEnd, iWord)) {
      nCapital++;
    } else if (isLower(c)) {
      if (nWord == 1 || !smallWord(z + iWord, i - iWord)) return 0;
    }
  }
  return nCapital > 0 && nLower > 0;
}

/* 1 when a[0..nSpan) (sorted) has a span of z[iStart..iEnd), bytes and
** all. */
static int modelSpan(const tk_ner_span *a, size_t nSpan, size_t iStart,
                     size_t iEnd) {
  size_t k = tk_entities__span_after(a, nSpan, iStart);
  return k < nSpan && a[k].iStart == iStart && a[k].nLen == iEnd - iStart;
}

/* The titles in quotation marks of z[0..n) (see above) that are not one
** of the model's spans a[0..nSpan) (sorted): a title the model read whole
** keeps the model's type ("Building", a journal, is an ORG).  A
** tk_malloc'd array *paClaim of *pnClaim MISC spans, sorted and apart
** (NULL when there are none).  TK_OK or TK_ENOMEM. */
int tk_entities__quoted_titles(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim) {
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "\"\xe2")) < n;
       i++) { /* '"' or the lead byte of U+201C */
    size_t nMark = openingMark(z, n, i);
    if (nMark == 0) continue;
    size_t iStart = i + nMark, iClose = closingMark(z, n, iStart);
    if (iClose == SIZE_MAX) continue;
    size_t iEnd = iClose;
    while (iEnd > iStart && strchr(",;:", z[iEnd - 1]))
      iEnd--;
    int bSpeech = iEnd > iStart && strchr(".!?", z[iEnd - 1]) != 0;
    int bOneWord = memchr(z + iStart, ' ', iEnd - iStart) == 0;
    int bGloss = bOneWord && (iEnd < iClose || (i > 0 && z[i - 1] == '('));
    if (!bSpeech && !bGloss && iEnd > iStart && titleCase(z, iStart, iEnd) &&
        !modelSpan(a, nSpan, iStart, iEnd) &&
        tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){iStart, iEnd - iStart, TK_ENT_MISC, TITLE_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
    i = iClose;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
