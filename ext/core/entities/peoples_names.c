/*
** peoples_names.c -- names built on "People's", for entities()
** (model_spans.c claims them as ORG over the model's spans):
**
**   "Republican People's Party"    ORG (the model: MISC + ORG "People")
**   "Sudan People's Liberation Army", "the People's Daily"
**
** The tokenizer splits "People's" into "People" + "'s", and the model
** then cuts the name there.  In CoNLL-2003 train and dev, "People 's" is
** inside an ORG 5 times of 5.  The name is the run of capitalized words
** before "People's" (but "The") and the run after it, one space apart,
** with " of " and a run after that ("People's Democratic Party of
** Afghanistan"); a run ending in "Republic" is a country's name and is
** left to the model ("People's Democratic Republic of Algeria").
**
**   rc = tk_entities__peoples_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define PEOPLES_SCORE 0.9 /* the share of such claims that are right */

/* The end of the word at z[i]: the next space, line break or
** punctuation that ends a name. */
static size_t wordEnd(const char *z, size_t n, size_t i) {
  while (i < n && !strchr(" \t\r\n,;:.!?()\"", z[i]))
    i++;
  return i;
}

/* The start of the run of capitalized words that ends one space before
** z[i] (i when there is none), "The" left out. */
static size_t runStart(const char *z, size_t i) {
  size_t iStart = i;
  while (iStart >= 2 && z[iStart - 1] == ' ') {
    size_t k = iStart - 1;
    while (k > 0 && !strchr(" \t\r\n,;:.!?()\"", z[k - 1]))
      k--;
    if (!tk_entities__capital_at(z, iStart - 1, k) ||
        (iStart - 1 - k == 3 && memcmp(z + k, "The", 3) == 0))
      break;
    iStart = k;
  }
  return iStart;
}

/* The end of the run of capitalized words that starts at z[i] (i when
** there is none). */
static size_t runEnd(const char *z, size_t n, size_t i) {
  size_t iEnd = i;
  while (tk_entities__capital_at(z, n, i)) {
    iEnd = wordEnd(z, n, i);
    if (iEnd + 1 >= n || z[iEnd] != ' ') break;
    i = iEnd + 1;
  }
  return iEnd;
}

/* The names on "People's" of z[0..n) (see above; the model's spans
** a[0..nSpan) are not needed): a tk_malloc'd array *paClaim of *pnClaim
** ORG spans, sorted and apart (NULL when there are none).  TK_OK or
** TK_ENOMEM. */
int tk_entities__peoples_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim) {
  (void)a, (void)nSpan;
  static const char *const azMark[] = {"People's ", "People\xe2\x80\x99s ", 0};
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "P")) < n; i++) {
    if (i > 0 && !strchr(" \t\r\n(\"", z[i - 1])) continue;
    size_t m = 0;
    for (int k = 0; azMark[k] && !m; k++)
      if (i + strlen(azMark[k]) <= n &&
          memcmp(z + i, azMark[k], strlen(azMark[k])) == 0)
        m = strlen(azMark[k]);
    if (!m || !tk_entities__capital_at(z, n, i + m)) continue;
    size_t iStart = runStart(z, i), iEnd = runEnd(z, n, i + m);
    if (iEnd >= 8 && memcmp(z + iEnd - 8, "Republic", 8) == 0) continue;
    if (iEnd + 4 < n && memcmp(z + iEnd, " of ", 4) == 0 &&
        tk_entities__capital_at(z, n, iEnd + 4))
      iEnd = runEnd(z, n, iEnd + 4);
    if (nClaim && iStart < aClaim[nClaim - 1].iStart + aClaim[nClaim - 1].nLen)
      continue;
    if (tk_entities__add_claim(
            &aClaim, &nClaim, &nAlloc,
            (tk_ner_span){iStart, iEnd - iStart, TK_ENT_ORG, PEOPLES_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
    i = iEnd;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
