/*
** two_letter_places.c -- a place named by two letters alone, for
** entities() (model_spans.c drops the others):
**
**   "Portland, OR 97201"      LOC "OR": an address's state
**   "in the UK", "in NY"      LOC: an abbreviation news writes for a place
**   "Or we could", "200 OK", "tests pass in CI", "the CA server"
**                             no place
**
**   nSpan = tk_entities__drop_two_letter_places(z, n, a, nSpan);
**
** WordNet, and so the typed gazetteers, list the US states' postal codes
** ("OR", "OK", "CA", "ID", "DE") and other two-letter abbreviations as
** places, and the model learnt from CoNLL-2003's tables and datelines
** that such a word after a city is one ("SEATTLE, WA").  Elsewhere the
** word is a conjunction, a status, a certificate authority, continuous
** integration: in a newcomer's 1,500 man pages and 2,087 pages of Rust
** manuals "OR", "DE", "CA", "ID", "OK", "Ok", "Or" and "CI" were places
** 257 times.  A one-word LOC span of two ASCII letters stays when it is
** one of azKept, when a capitalized word stands before it (an address,
** a table's row or field, a list of codes: placeContext), or when a
** postal code follows it.
*/
#include "entities_internal.h"

/* The longest word read before a span, in bytes: each span reads at most
** this much ("OK,OK,OK..." glued over 100 MB stays linear). */
#define CONTEXT_WORD 64

/* The two-letter abbreviations that name a place alone in the news. */
TK_SORTED_WORDS(azKept) = {"DC", "HK", "LA", "NY", "NZ", "UK", "US", 0};

/* 1 for an ASCII digit. */
static int asciiDigit(char c) {
  return c >= '0' && c <= '9';
}

/* 1 for a byte that opens a word after it: white space, '(', '"' or NUL. */
static int wordGap(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' ||
         c == '"' || c == '\0';
}

/* 1 when the span p of z[0..n), two ASCII letters, follows a capitalized
** word, a space, a comma, a colon or a slash between ("Portland, OR",
** "Billings MT 4.62", "State: TX", "US / UK / JP"), or a postal code of
** four or five digits follows it ("CA 94043"). */
static int placeContext(const char *z, size_t n, const tk_ner_span *p) {
  size_t i = p->iStart, e = i + p->nLen;
  while (i > 0 && z[i - 1] == ' ')
    i--;
  if (i > 0 && (z[i - 1] == ',' || z[i - 1] == ':' || z[i - 1] == '/')) i--;
  while (i > 0 && z[i - 1] == ' ')
    i--;
  size_t w = i;
  while (w > 0 && !wordGap(z[w - 1]) && i - w < CONTEXT_WORD)
    w--;
  if (w < i && (w == 0 || wordGap(z[w - 1])) &&
      tk_entities__capital_at(z, n, w))
    return 1;
  if (e >= n || z[e] != ' ') return 0;
  size_t k = e + 1;
  while (k < n && asciiDigit(z[k]))
    k++;
  return (k - e - 1 == 4 || k - e - 1 == 5) &&
         (k == n || !tk_ascii_letter(z[k]));
}

/* Drop the one-word LOC spans of two ASCII letters of a[0..nSpan) (spans
** of z[0..n)) that are no abbreviation of azKept and stand in no place's
** context (placeContext); returns the count kept. */
size_t tk_entities__drop_two_letter_places(const char *z, size_t n,
                                           tk_ner_span *a, size_t nSpan) {
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++) {
    const tk_ner_span *p = &a[k];
    const char *w = z + p->iStart;
    int bPair = p->eType == TK_ENT_LOC && p->nLen == 2 &&
                tk_ascii_letter(w[0]) && tk_ascii_letter(w[1]);
    if (!bPair || TK_IN_SORTED(azKept, w, 2) || placeContext(z, n, p))
      a[nKept++] = a[k];
  }
  return nKept;
}
