/*
** number_marks.c -- the abbreviations that go with a number and name
** nothing, for entities() (model_spans.c drops such spans with the junk):
**
**   "in 79 AD", "AD 1066", "300 BCE", "the 5th century BC"     an era
**   "ended at 1400 EDT", "at 5 p.m. GMT", "17:30 CET"           a time zone
**
** The model read them as names: over 100 Wikipedia articles the shipped
** model of session 37 typed "AD" an ORG 519 times, and the seeds of
** session 38 from 262 to 732 times; "1400 EDT" is an ORG in seven seeds
** of eight.  An era's abbreviation (AD, A.D., BC, B.C., BCE, B.C.E., CE,
** C.E.) is one after a number or after "century", "centuries" or
** "millennium", and AD also before a number; a time zone's in capitals
** (GMT, UTC, EDT, CET...: tk_entities__time_zone, the list the TIME
** patterns read) after a clock time: a number or "a.m."/"p.m.".  Alone,
** the same words may be names ("CE marking", "BC Hydro", "EST" a
** company), so they stay.
**
**   if (tk_entities__number_mark(z, n, &span)) drop it;
*/
#include "entities_internal.h"

#include <string.h>

/* The length of the space that ends at z[i] (exclusive): a space, a
** no-break space (U+00A0, which Wikipedia writes in "384 BC"), a narrow
** no-break space (U+202F) or a thin space (U+2009); 0 when there is none. */
static size_t spaceBefore(const char *z, size_t i) {
  if (i >= 1 && z[i - 1] == ' ') return 1;
  if (i >= 2 && memcmp(z + i - 2, "\xc2\xa0", 2) == 0) return 2;
  if (i >= 3 && (memcmp(z + i - 3, "\xe2\x80\xaf", 3) == 0 ||
                 memcmp(z + i - 3, "\xe2\x80\x89", 3) == 0))
    return 3;
  return 0;
}

/* The length of the space (as spaceBefore's) that starts at z[i], within
** z[0..n); 0 when there is none. */
static size_t spaceAfter(const char *z, size_t n, size_t i) {
  if (i < n && z[i] == ' ') return 1;
  if (i + 2 <= n && memcmp(z + i, "\xc2\xa0", 2) == 0) return 2;
  if (i + 3 <= n && (memcmp(z + i, "\xe2\x80\xaf", 3) == 0 ||
                     memcmp(z + i, "\xe2\x80\x89", 3) == 0))
    return 3;
  return 0;
}

/* 1 when z[i-1] ends a word that is a number ("79", "1400", "17:30",
** "5th"): a digit, or "st"/"nd"/"rd"/"th" after one. */
static int numberEndsAt(const char *z, size_t i) {
  if (i >= 1 && z[i - 1] >= '0' && z[i - 1] <= '9') return 1;
  return i >= 3 && z[i - 3] >= '0' && z[i - 3] <= '9' &&
         (strncmp(z + i - 2, "st", 2) == 0 ||
          strncmp(z + i - 2, "nd", 2) == 0 ||
          strncmp(z + i - 2, "rd", 2) == 0 || strncmp(z + i - 2, "th", 2) == 0);
}

/* 1 when the word that ends at z[i] (exclusive) is w (ASCII letters in
** any case, '.' as written), after a space, a line break, a bracket or a
** hyphen ("5th-century") or at the start. */
static int wordEndsAt(const char *z, size_t i, const char *w) {
  size_t m = strlen(w);
  if (i < m) return 0;
  size_t j = i - m;
  if (j > 0 && !strchr(" \n(-", z[j - 1])) return 0;
  return strncasecmp(z + j, w, m) == 0;
}

/* 1 when a number or one of the words azWord ends a space before
** z[iStart]. */
static int afterNumber(const char *z, size_t iStart,
                       const char *const *azWord) {
  size_t m = spaceBefore(z, iStart);
  if (!m) return 0;
  if (numberEndsAt(z, iStart - m)) return 1;
  for (int k = 0; azWord[k]; k++)
    if (wordEndsAt(z, iStart - m, azWord[k])) return 1;
  return 0;
}

/* 1 when span p of z[0..n) is an era's or a time zone's abbreviation
** beside its number (see above). */
int tk_entities__number_mark(const char *z, size_t n, const tk_ner_span *p) {
  TK_SORTED_WORDS(azEra) = {"A.D.", "AD",   "B.C.", "B.C.E.", "BC",
                            "BCE",  "C.E.", "CE",   0};
  static const char *const azAge[] = {"century", "centuries", "millennium", 0};
  static const char *const azClock[] = {"a.m.", "p.m.", "am", "pm", 0};
  const char *w = z + p->iStart;
  size_t m = p->nLen, iEnd = p->iStart + p->nLen;
  if (m < 2 || m > 6) return 0;
  if (TK_IN_SORTED(azEra, w, m)) {
    if (afterNumber(z, p->iStart, azAge)) return 1;
    size_t g = w[0] == 'A' ? spaceAfter(z, n, iEnd) : 0; /* "AD 1066" */
    return g && iEnd + g < n && z[iEnd + g] >= '0' && z[iEnd + g] <= '9';
  }
  for (size_t k = 0; k < m; k++) /* a time zone in capitals */
    if (w[k] < 'A' || w[k] > 'Z') return 0;
  return tk_entities__time_zone(w, m) && afterNumber(z, p->iStart, azClock);
}
