/*
** ner/reading_rules.c -- rules of reading that entities() asks the tagger
** for (tk_ner_tag_w's fRules) and self-training does not: each makes some
** tokens O before the model is asked, so a text the model misreads in a
** known way is read right, while `ner_autolabel` (tk_ner_tag, no rules)
** keeps writing the text the shipped model was trained on (docs/ner.md,
** "Datelines").
**
**   TK_NER_RULE_DATELINE   "WASHINGTON, Jan 20 (Reuters) - Donald Trump":
**                          the dash and "Jan" are never inside a name
**
**   if (fRules & TK_NER_RULE_DATELINE)
**     tk_ner__dateline_mark(z, aTok, a, nTok);
*/
#include "ner_internal.h"

#include <string.h>

/* 1 when token t of z is a run of hyphens or one en or em dash with a
** space (or the text's edge) on at least one side: the separator of a
** dateline or an aside, never part of a name ("Jean-Pierre" is one token;
** "Austria–Hungary", unspaced, is left to the model). */
static int isSpacedDash(const char *z, size_t n, const tk_ner_tok *t) {
  const char *w = z + t->iStart;
  size_t k = 0;
  while (k < t->nLen && w[k] == '-')
    k++;
  int bDash = (k > 0 && k == t->nLen) ||
              (t->nLen == 3 && memcmp(w, "\xe2\x80", 2) == 0 &&
               (w[2] == '\x93' || w[2] == '\x94')); /* U+2013, U+2014 */
  if (!bDash) return 0;
  size_t iEnd = t->iStart + t->nLen;
  int bSpaceBefore = t->iStart == 0 || z[t->iStart - 1] == ' ' ||
                     z[t->iStart - 1] == '\t' || z[t->iStart - 1] == '\n';
  int bSpaceAfter =
      iEnd >= n || z[iEnd] == ' ' || z[iEnd] == '\t' || z[iEnd] == '\n';
  return bSpaceBefore || bSpaceAfter;
}

/* 1 when token t of z is an English month name or its news abbreviation,
** capitalized, with or without its period ("Jan", "Jan.", "Sept.",
** "January"). */
static int isMonth(const char *z, const tk_ner_tok *t) {
  static const char *const az[] = {
      "Jan",   "January",  "Feb",       "February", "Mar",
      "March", "Apr",      "April",     "May",      "Jun",
      "June",  "Jul",      "July",      "Aug",      "August",
      "Sep",   "Sept",     "September", "Oct",      "October",
      "Nov",   "November", "Dec",       "December", 0};
  size_t n = t->nLen;
  char c = z[t->iStart];
  const unsigned mInitial = 1u << ('A' - 'A') | 1u << ('D' - 'A') |
                            1u << ('F' - 'A') | 1u << ('J' - 'A') |
                            1u << ('M' - 'A') | 1u << ('N' - 'A') |
                            1u << ('O' - 'A') | 1u << ('S' - 'A');
  if (n < 3 || n > 10 || c < 'A' || c > 'Z' || !(mInitial >> (c - 'A') & 1))
    return 0; /* most tokens: the initials of az */
  if (z[t->iStart + n - 1] == '.') n--;
  return tk_ner__listed(az, (const unsigned char *)z + t->iStart, n);
}

/* 1 when token t of z is a day of the month: one or two digits. */
static int isDayNumber(const char *z, const tk_ner_tok *t) {
  const char *w = z + t->iStart;
  if (t->nLen < 1 || t->nLen > 2) return 0;
  for (size_t k = 0; k < t->nLen; k++)
    if (w[k] < '0' || w[k] > '9') return 0;
  return 1;
}

/* Mark TK_NER_C_STOP, in the sentence aTok[0..nTok) of z[0..n) with its
** token facts a[], the spaced dashes and each month name followed by a day
** number (after its period, when that is a token of its own).  In
** CoNLL-2003 train and dev no entity holds either; the model, which reads
** "Jan" as a first name and lets tokens without a letter continue a name,
** otherwise makes "Jan 20 (Reuters) - Donald Trump" one MISC. */
void tk_ner__dateline_mark(const char *z, size_t n, const tk_ner_tok *aTok,
                           tk_ner_info *a, int nTok) {
  for (int k = 0; k < nTok; k++) {
    if (isSpacedDash(z, n, &aTok[k])) {
      a[k].fCase |= TK_NER_C_STOP;
      continue;
    }
    if (!isMonth(z, &aTok[k])) continue;
    int d = k + 1;
    if (d < nTok && aTok[d].nLen == 1 && z[aTok[d].iStart] == '.') d++;
    if (d < nTok && isDayNumber(z, &aTok[d])) {
      for (int m = k; m < d; m++)
        a[m].fCase |= TK_NER_C_STOP;
    }
  }
}
