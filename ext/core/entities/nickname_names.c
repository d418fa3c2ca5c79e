/*
** nickname_names.c -- persons named with a nickname in quotes between
** their first name and their surname, for entities() (model_spans.c
** claims them as PERSON over the model's spans):
**
**   'Hector "Macho" Camacho'           PERSON (the model: PERSON 'Hector
**                                      "Macho', ORG "Camacho")
**   'Roberto "Hands of Stone" Duran'   PERSON (the model: PERSON, ORG)
**   'Frederick W. "Casey" Baldwin'     PERSON
**
** The model reads a quote as a token of its own and breaks the name
** there, typing its pieces at random.  CoNLL-2003 marks the whole as one
** PERSON.  The name: a run of capitalized words (initials among them, up
** to three; no word ending with other punctuation: "Richards, Anderson",
** "Doyle. In") whose first word the typed gazetteers list as a first name,
** one space, an opening quote ('"' or U+201C), one to four words that
** open with a capital letter and hold no sentence punctuation (at most 40
** bytes; "of" may stand inside: "Hands of Stone"), the closing quote, one
** space and a run of capitalized words (up to three), the surname.
** Spaces may stand inside the quotes (CoNLL's tokens are so written).
** When the lists hold none of the first words, a model span that runs
** through one of the quotes says the same ('Anne-Marie "Toty' before '"
** Bardot', 'Benny" Andersson' after 'Göran Bror "', 'J. D. "Jed'): the
** name opens at the run's first word.  Not in a Title Case line, where
** quotes hold headlines' words.
**
**   rc = tk_entities__nickname_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
*/
#include "entities_internal.h"

#include <string.h>

#define NICKNAME_SCORE 0.9 /* the share of such claims that are right */
#define MAX_RUN 3          /* words before and after the quotes */
#define MAX_NICK_WORDS 4   /* words inside them */
#define MAX_NICK_BYTES 40

/* The end of the word that opens at z[i]: the next space, quote or line's
** end. */
static size_t wordEnd(const char *z, size_t n, size_t i) {
  while (i < n && z[i] != ' ' && z[i] != '\n' && z[i] != '"' &&
         !(i + 3 <= n && memcmp(z + i, "\xe2\x80\x9d", 3) == 0))
    i++;
  return i;
}

/* The start of the run of up to MAX_RUN capitalized words that ends one
** space before z[i] (the quote), from its earliest word that the typed
** gazetteers list as a first name; i when there is none, with the run's
** first word in *piRun (i when there is no run).  A word that ends with
** punctuation ends the run, but an initial ("W."). */
static size_t firstNameRun(const char *z, size_t n, size_t i, size_t *piRun) {
  const unsigned fFirst = TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO;
  size_t iRun = i, iFirst = i;
  for (int nWord = 0; nWord < MAX_RUN && iRun >= 2 && z[iRun - 1] == ' ';
       nWord++) {
    size_t e = iRun - 1, k = e;
    while (k > 0 && z[k - 1] != ' ' && z[k - 1] != '\n')
      k--;
    if (k == e || !tk_entities__capital_letter_at(z, n, k) ||
        strchr(",;:", z[e - 1]) || (z[e - 1] == '.' && e - k > 2))
      break; /* "Richards, Anderson", "Doyle. In"; "W." goes on */
    if (tk_ner_gazetteer_classes(z + k, e - k) & fFirst) iFirst = k;
    iRun = k;
  }
  *piRun = iRun;
  return iFirst;
}

/* 1 when a span of a[0..nSpan) (sorted, apart) runs through the byte z[i]
** or z[j]: it starts before it and ends after it. */
static int spanThrough(const tk_ner_span *a, size_t nSpan, size_t i, size_t j) {
  size_t k = tk_entities__span_after(a, nSpan, i);
  if (k < nSpan && a[k].iStart < i) return 1;
  k = tk_entities__span_after(a, nSpan, j);
  return k < nSpan && a[k].iStart < j;
}

/* 1 when z[i..e) holds punctuation that ends or divides a sentence. */
static int sentencePunct(const char *z, size_t i, size_t e) {
  for (; i < e; i++)
    if (z[i] == '.' || z[i] == ',' || z[i] == '!' || z[i] == '?') return 1;
  return 0;
}

/* The end of the nickname that opens after the quote ending at z[i]
** (spaces skipped), at the closing quote; 0 when the words there are no
** nickname (see above). */
static size_t nicknameEnd(const char *z, size_t n, size_t i) {
  size_t iStart = i;
  int nWord = 0;
  for (;;) {
    while (i < n && z[i] == ' ')
      i++;
    if (i >= n || i - iStart > MAX_NICK_BYTES) return 0;
    if (tk_entities__quote_at(z, n, i, 1)) return nWord > 0 ? i : 0;
    size_t e = wordEnd(z, n, i);
    if (e == i || sentencePunct(z, i, e) || ++nWord > MAX_NICK_WORDS) return 0;
    if (!tk_entities__capital_letter_at(z, n, i) &&
        !(nWord > 1 && e - i == 2 && memcmp(z + i, "of", 2) == 0))
      return 0;
    i = e;
  }
}

/* The end of the run of up to MAX_RUN capitalized words that opens at
** z[i]; i when none does. */
static size_t surnameRunEnd(const char *z, size_t n, size_t i) {
  size_t iEnd = i;
  for (int nWord = 0; nWord < MAX_RUN; nWord++) {
    if (!tk_entities__capital_letter_at(z, n, i)) break;
    size_t e = wordEnd(z, n, i);
    while (e > i && strchr(".,;:'", z[e - 1]))
      e--; /* "Camacho." */
    if (e == i) break;
    iEnd = e;
    if (e + 1 >= n || z[e] != ' ') break;
    i = e + 1;
  }
  return iEnd;
}

/* The persons named with a nickname in z[0..n) (see above): a
** tk_malloc'd array *paClaim of *pnClaim PERSON spans, sorted and apart
** (NULL when there are none).  TK_OK or TK_ENOMEM. */
int tk_entities__nickname_names(const char *z, size_t n, const tk_ner_span *a,
                                size_t nSpan, tk_ner_span **paClaim,
                                size_t *pnClaim) {
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; (i = tk_entities__next_byte_in(z, n, i, "\"\xe2")) < n;
       i++) {
    size_t m = tk_entities__quote_at(z, n, i, 0);
    if (m == 0 || i < 2 || z[i - 1] != ' ') continue;
    size_t iRun, iStart = firstNameRun(z, n, i, &iRun);
    if (iRun == i ||
        (nClaim && aClaim[nClaim - 1].iStart + aClaim[nClaim - 1].nLen > iRun))
      continue; /* no name before it, or in the surname of the claim before */
    size_t iClose = nicknameEnd(z, n, i + m);
    size_t mClose = iClose ? tk_entities__quote_at(z, n, iClose, 1) : 0;
    if (!mClose || iClose + mClose + 1 >= n || z[iClose + mClose] != ' ')
      continue;
    if (iStart == i) { /* no listed first name: the model's word for it */
      if (!spanThrough(a, nSpan, i, iClose)) continue;
      iStart = iRun;
    }
    size_t iSurname = iClose + mClose + 1;
    size_t iEnd = surnameRunEnd(z, n, iSurname);
    if (iEnd == iSurname || tk_entities__in_title_line(z, n, iStart)) continue;
    if (tk_entities__add_claim(&aClaim, &nClaim, &nAlloc,
                               (tk_ner_span){iStart, iEnd - iStart,
                                             TK_ENT_PERSON, NICKNAME_SCORE})) {
      tk_free(aClaim);
      return TK_ENOMEM;
    }
    i = iEnd;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}
