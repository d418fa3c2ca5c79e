/*
** span_cuts.c -- the tagger's spans that hold two names or more, cut into
** them for entities() (model_spans.c): a span that runs into a bracket
** or a quote it does not close or out of one it did not open (a name does
** not cross their edge), and a span that " and " joins with the same word
** opening both sides.
**
**   ORG "al-Gama'a al-Islamiya (Islamic Group"
**                                ORG "al-Gama'a al-Islamiya", ORG "Islamic
**                                Group" (a name and its translation)
**   LOC "Alabama (Alibamu"       LOC "Alabama", LOC "Alibamu"
**   ORG 'Best Picture "Midnight Cowboy'
**                                ORG "Best Picture", ORG "Midnight Cowboy"
**   PERSON "Eddie) in 1846"      PERSON "Eddie"
**   ORG "Buducnost (V" + ")"     ORG "Buducnost (V)" (a short qualifier
**                                the model stopped one token short of)
**   ORG "Studio Pierrot and Studio Ghibli"
**                                ORG "Studio Pierrot", ORG "Studio Ghibli"
**
** A mark is a bracket, "(", ")", "[" or "]", or a quote: U+201C and
** U+201D, and '"', which opens at the span's start or after a space or an
** opening bracket and closes elsewhere, but between a digit and a letter
** (seconds of a bearing: "Cape Balastra (40°56'1.02\"N 24°58'21.81\"E)";
** "Book 4\" (1912)" keeps its quote).  A mark is unbalanced when no mark
** of its pair answers it inside the span.  When the only unbalanced mark
** is the span's last opening bracket, what follows it inside the span is
** one word of at most three bytes ("V", "BJ") and its closer comes next
** after spaces, the span takes in the closer instead: the bracket holds a
** qualifier of the name ("Sporting (Lisbon)" is kept whole by the tagger
** the same way).  A span whose only unbalanced mark is a quote around a
** nickname it holds part of ('Henry "Hank' before '" Aaron', 'Sally"
** Bush Johnston' after 'Sarah "') is left whole: cut there, one wrong
** name would become two.
**
** A span with one " and " is cut there when the words after it open with
** the span's first word, capitalized and of two letters or more ("Kansai
** Electric Power and Kansai International Airport", "Audi TT and Audi"):
** one name does not say its first word again after "and"; a name with
** "and" inside says other words ("Procter and Gamble", "Bank of Trade
** and Industry").  This cut comes after pairs of persons' names are
** split (person_names.c), which also types them PERSON.
**
** The pieces between the span's edges and its cuts, spaces trimmed (and
** the quotes that open a later one), are the new spans, with the span's
** type and score: the first one when it holds a letter, a later one only
** when it opens with a capital letter ("in 1846" and "145" are no names),
** and neither when it is one byte ("r) models").
**
**   rc = tk_entities__cut_at_brackets(z, n, &aSpan, &nSpan);
**   rc = tk_entities__cut_at_repeated_and(z, n, &aSpan, &nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* The most cuts a span is cut at; a span with more is left as it is (no
** name's text holds so many marks). */
#define MAX_CUTS 8

/* Where a span is cut: the bytes z[i..i+n) leave it. */
typedef struct Cut {
  size_t i, n;
} Cut;

/* The kind of the mark at z[i] of the span z[iStart..iEnd), its length
** in bytes in *pnMark: '(' or '[' an opening bracket, ')' or ']' a
** closing one, 'q' an opening quote (U+201C, or '"' at the span's start or
** after a space or an opening bracket), 'Q' a closing quote (U+201D, or
** '"' elsewhere); 0 for another byte. */
static int markAt(const char *z, size_t iStart, size_t iEnd, size_t i,
                  size_t *pnMark) {
  *pnMark = 1;
  switch (z[i]) {
  case '(':
  case '[':
  case ')':
  case ']':
    return z[i];
  case '"':
    if (i > iStart && z[i - 1] >= '0' && z[i - 1] <= '9' && i + 1 < iEnd &&
        ((z[i + 1] | 0x20) >= 'a' && (z[i + 1] | 0x20) <= 'z'))
      return 0; /* seconds of a bearing: 40°56'1.02"N */
    return i == iStart || z[i - 1] == ' ' || z[i - 1] == '(' || z[i - 1] == '['
               ? 'q'
               : 'Q';
  case '\xe2':
    if (i + 2 < iEnd && z[i + 1] == '\x80' &&
        (z[i + 2] == '\x9c' || z[i + 2] == '\x9d')) {
      *pnMark = 3;
      return z[i + 2] == '\x9c' ? 'q' : 'Q';
    }
    return 0;
  default:
    return 0;
  }
}

/* The opening mark that the closing mark of kind c answers, 0 when c
** opens or is no mark. */
static int openerOf(int c) {
  return c == ')' ? '(' : c == ']' ? '[' : c == 'Q' ? 'q' : 0;
}

/* Insert the cut z[i..i+nMark) into aCut[0..*pnCut), kept ascending; 0
** when it is full. */
static int addCut(Cut *aCut, int *pnCut, size_t i, size_t nMark) {
  if (*pnCut == MAX_CUTS) return 0;
  int j = *pnCut;
  while (j > 0 && aCut[j - 1].i > i) {
    aCut[j] = aCut[j - 1];
    j--;
  }
  aCut[j] = (Cut){i, nMark};
  (*pnCut)++;
  return 1;
}

/* The cuts of z[iStart..iEnd) at its unbalanced marks (brackets and
** quotes) into aCut[] (ascending), their number returned; MAX_CUTS + 1
** when there are more than MAX_CUTS. */
static int markCuts(const char *z, size_t iStart, size_t iEnd, Cut *aCut) {
  Cut aOpen[MAX_CUTS];
  int nOpen = 0, nCut = 0;
  for (size_t i = iStart; i < iEnd; i++) {
    size_t nMark;
    int c = markAt(z, iStart, iEnd, i, &nMark);
    if (c == 0) continue;
    int cOpen = openerOf(c);
    if (cOpen == 0) {
      if (nOpen == MAX_CUTS) return MAX_CUTS + 1;
      aOpen[nOpen++] = (Cut){i, nMark};
    } else if (nOpen > 0 &&
               markAt(z, iStart, iEnd, aOpen[nOpen - 1].i, &nMark) == cOpen) {
      nOpen--;
    } else if (!addCut(aCut, &nCut, i, nMark)) { /* closes nothing */
      return MAX_CUTS + 1;
    }
    i += nMark - 1;
  }
  for (int k = 0; k < nOpen; k++)
    if (!addCut(aCut, &nCut, aOpen[k].i, aOpen[k].n)) return MAX_CUTS + 1;
  return nCut;
}

/* 1 when z[i] opens a word of a capital letter one space after another
** word, whose start is then in *piWord (a first name before a nickname). */
static int capitalWordBefore(const char *z, size_t n, size_t i,
                             size_t *piWord) {
  if (i < 2 || z[i - 1] != ' ') return 0;
  size_t k = i - 1;
  while (k > 0 && z[k - 1] != ' ' && z[k - 1] != '\n')
    k--;
  *piWord = k;
  return k < i - 1 && tk_entities__capital_letter_at(z, n, k);
}

/* 1 when the one cut c of the span z[iStart..iEnd) is a quote around a
** nickname that the span holds only part of: 'Henry "Hank' before '"
** Aaron', or 'Sally" Bush Johnston' after 'Sarah "' (a capitalized word,
** one quoted word, a capitalized word; spaces may stand inside the
** quotes, as in CoNLL's tokens).  Such a span is left whole: cut there,
** it gives two wrong names for one. */
static int partOfNickname(const char *z, size_t n, size_t iStart, size_t iEnd,
                          Cut c) {
  size_t nMark, iWord, i = c.i + c.n, m;
  int k = markAt(z, iStart, iEnd, c.i, &nMark);
  if (k == 'q') { /* 'Henry "Hank' + '" Aaron' */
    while (i < iEnd && z[i] == ' ')
      i++;
    if (i >= iEnd || memchr(z + i, ' ', iEnd - i) ||
        !capitalWordBefore(z, n, c.i, &iWord) || iWord < iStart)
      return 0;
    i = iEnd;
    while (i < n && z[i] == ' ')
      i++;
    m = tk_entities__quote_at(z, n, i, 1);
    return m && i + m + 1 < n && z[i + m] == ' ' &&
           tk_entities__capital_letter_at(z, n, i + m + 1);
  }
  if (k == 'Q') { /* 'Sarah "' + 'Sally" Bush Johnston' */
    size_t e = c.i;
    while (e > iStart && z[e - 1] == ' ')
      e--;
    if (e == iStart || memchr(z + iStart, ' ', e - iStart) || i + 1 >= iEnd ||
        z[i] != ' ' || !tk_entities__capital_letter_at(z, n, i + 1))
      return 0;
    i = iStart;
    while (i > 0 && z[i - 1] == ' ')
      i--;
    for (m = 1; m <= 3 && m <= i; m += 2) /* the quote that ends at z[i] */
      if (tk_entities__quote_at(z, n, i - m, 0) == m)
        return capitalWordBefore(z, n, i - m, &iWord);
  }
  return 0;
}

/* The start of the first " and " of z[i..iEnd), iEnd when there is none
** (a loop, not memmem: most spans are a few bytes long). */
static size_t andAfter(const char *z, size_t i, size_t iEnd) {
  for (; i + 5 <= iEnd; i++)
    if (z[i] == ' ' && z[i + 1] == 'a' && z[i + 2] == 'n' && z[i + 3] == 'd' &&
        z[i + 4] == ' ')
      return i;
  return iEnd;
}

/* The start of the one " and " of z[iStart..iEnd) when the words after it
** open with the span's first word (see above); 0 when there is none. */
static size_t repeatedAnd(const char *z, size_t n, size_t iStart, size_t iEnd) {
  size_t i = andAfter(z, iStart, iEnd);
  if (i == iEnd) return 0;
  size_t iNext = i + 5;
  if (andAfter(z, iNext, iEnd) < iEnd) return 0;
  size_t nWord = 0;
  while (iStart + nWord < i && z[iStart + nWord] != ' ')
    nWord++;
  if (nWord < 2 || !tk_entities__capital_letter_at(z, n, iStart) ||
      iEnd - iNext < nWord || memcmp(z + iStart, z + iNext, nWord) != 0 ||
      (iNext + nWord < iEnd && z[iNext + nWord] != ' '))
    return 0;
  return i;
}

/* The cuts of span p of z[0..n) into aCut[] (see above): at its
** unbalanced brackets, or with bAnd at its repeated " and "; their number
** returned (MAX_CUTS + 1 for a span left as it is). */
static int spanCuts(const char *z, size_t n, const tk_ner_span *p, int bAnd,
                    Cut *aCut) {
  size_t iStart = p->iStart, iEnd = iStart + p->nLen;
  if (bAnd) {
    size_t iAnd = repeatedAnd(z, n, iStart, iEnd);
    if (iAnd) aCut[0] = (Cut){iAnd, 5};
    return iAnd != 0;
  }
  for (size_t i = iStart; i < iEnd; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c != '"' && c != '(' && c != ')' && c != '[' && c != ']' && c != 0xe2)
      continue; /* most spans hold no mark: one test a byte */
    int nCut = markCuts(z, iStart, iEnd, aCut);
    return nCut == 1 && partOfNickname(z, n, iStart, iEnd, aCut[0]) ? 0 : nCut;
  }
  return 0;
}

/* The end of the span z[iStart..iEnd), whose one cut is the opener at
** z[iOpen], when it takes in the closer of a short qualifier (see above)
** and ends before iLimit; 0 when it does not. */
static size_t qualifierEnd(const char *z, size_t iLimit, size_t iOpen,
                           size_t iEnd) {
  if (z[iOpen] != '(' && z[iOpen] != '[') return 0;
  size_t i = iOpen + 1;
  while (i < iEnd && z[i] == ' ')
    i++;
  size_t iWord = i;
  while (i < iEnd && z[i] != ' ')
    i++;
  if (i == iWord || i - iWord > 3 || i != iEnd) return 0;
  while (i < iLimit && z[i] == ' ')
    i++;
  char cClose = z[iOpen] == '(' ? ')' : ']';
  return i < iLimit && z[i] == cClose ? i + 1 : 0;
}

/* 1 when z[i..e) holds an ASCII letter or a byte of another character. */
static int hasLetter(const char *z, size_t i, size_t e) {
  for (; i < e; i++) {
    unsigned char c = (unsigned char)z[i];
    if ((unsigned)((c | 0x20) - 'a') < 26 || c >= 0x80) return 1;
  }
  return 0;
}

/* Append to *paOut (*pnOut of them, room for *pnAlloc) the pieces of span
** p of z[0..n) between its cuts aCut[0..nCut), the spans that replace it
** (see above).  0, or 1 when out of memory. */
static int addPieces(const char *z, size_t n, const tk_ner_span *p,
                     const Cut *aCut, int nCut, tk_ner_span **paOut,
                     size_t *pnOut, size_t *pnAlloc) {
  size_t iEnd = p->iStart + p->nLen;
  for (int k = 0; k <= nCut; k++) {
    size_t i = k == 0 ? p->iStart : aCut[k - 1].i + aCut[k - 1].n;
    size_t e = k == nCut ? iEnd : aCut[k].i;
    while (i < e && z[i] == ' ')
      i++;
    while (k > 0 && i < e && (z[i] == '"' || z[i] == '\'')) /* ("Alibamu" */
      i++;
    while (e > i && z[e - 1] == ' ')
      e--;
    int bKeep = e > i + 1 && (k == 0 ? hasLetter(z, i, e)
                                     : tk_entities__capital_letter_at(z, n, i));
    if (bKeep &&
        tk_entities__add_claim(paOut, pnOut, pnAlloc,
                               (tk_ner_span){i, e - i, p->eType, p->rScore}))
      return 1;
  }
  return 0;
}

/* Cut the spans *pa[0..*pn) of z[0..n) at their unbalanced brackets (and
** take in a qualifier's closer), or with bAnd at their repeated " and "
** (see above); the array is replaced when a span is cut, and the spans
** stay sorted and apart.  One pass: the new array is made at the first
** cut, from the spans before it.  TK_OK or TK_ENOMEM (the spans uncut; a
** qualifier's closer may have been taken in). */
static int cutSpans(const char *z, size_t n, tk_ner_span **pa, size_t *pn,
                    int bAnd) {
  tk_ner_span *a = *pa, *aOut = 0;
  size_t nOut = 0, nAlloc = 0;
  Cut aCut[MAX_CUTS];
  for (size_t k = 0; k < *pn; k++) {
    int nCut = spanCuts(z, n, &a[k], bAnd, aCut);
    size_t iEnd = a[k].iStart + a[k].nLen, e;
    size_t iLimit = k + 1 < *pn ? a[k + 1].iStart : n;
    if (!bAnd && nCut == 1 &&
        (e = qualifierEnd(z, iLimit, aCut[0].i, iEnd)) != 0) {
      a[k].nLen = e - a[k].iStart;
      nCut = 0;
    }
    int bWhole = nCut == 0 || nCut > MAX_CUTS;
    if (bWhole && !aOut) continue; /* no cut yet: nothing to copy */
    if (!aOut) { /* the first cut: the spans before it come first */
      if (tk_reserve(&aOut, &nAlloc, *pn + MAX_CUTS, sizeof *aOut))
        return TK_ENOMEM;
      memcpy(aOut, a, k * sizeof *aOut);
      nOut = k;
    }
    if (bWhole ? tk_entities__add_claim(&aOut, &nOut, &nAlloc, a[k])
               : addPieces(z, n, &a[k], aCut, nCut, &aOut, &nOut, &nAlloc)) {
      tk_free(aOut);
      return TK_ENOMEM;
    }
  }
  if (!aOut) return TK_OK;
  tk_free(a);
  *pa = aOut;
  *pn = nOut;
  return TK_OK;
}

/* Cut the spans at their unbalanced brackets (entities_internal.h). */
int tk_entities__cut_at_brackets(const char *z, size_t n, tk_ner_span **pa,
                                 size_t *pn) {
  return cutSpans(z, n, pa, pn, 0);
}

/* Cut the spans at their repeated " and " (entities_internal.h). */
int tk_entities__cut_at_repeated_and(const char *z, size_t n, tk_ner_span **pa,
                                     size_t *pn) {
  return cutSpans(z, n, pa, pn, 1);
}
