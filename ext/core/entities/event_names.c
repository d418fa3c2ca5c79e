/*
** event_names.c -- the first words of an event's name and the field of a
** prize that the model left out, for entities() (model_spans.c joins
** them):
**
**   "the Cowboy" + MISC "Carter Tour"     MISC "Cowboy Carter Tour"
**   "Australian" + MISC "Grand Prix"      stays: a nationality
**   MISC "Nobel Prize" + " in Physics"    MISC "Nobel Prize in Physics"
**
** A MISC of two words or more ending with an event's head ("Tour",
** "Cup", "Festival", "Prize": tk_entities__event_head) takes in the
** capitalized words, in no span, one space apart, right before it: a
** word of letters with a lower-case one, no nationality, language,
** country, region or city ("Australian Davis Cup", "Atlanta Olympics":
** CoNLL-2003 types these apart), no month or weekday, not "The" (a
** title's or not: "The Sikh Awards"), and not an ordinary
** word that opens a sentence ("Leading World Cup"); not in a Title Case
** line.  In CoNLL-2003 train a capitalized word outside any entity stands
** right before such a MISC twice in 3,438 MISC names ("Leading World
** Cup", "July-August Olympics"), which these tests leave out.
**
** A MISC ending with "Prize" or "Prizes" takes in " in " and the one
** capitalized word after it, in no span ("Nobel Prize in Literature",
** "Memorial Prize in Economics"), or two joined by " and " or " or "
** ("in Physiology or Medicine"); CoNLL-2003 has no such phrase.
**
**   tk_entities__join_event_words(z, n, a, nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* The start of the word that ends one space before z[i], after
** z[iFloor] (i when there is none): letters only, capitalized, with a
** lower-case letter, after a blank, a quote or a bracket. */
static size_t wordBefore(const char *z, size_t iFloor, size_t i) {
  size_t w = tk_entities__word_before(z, iFloor, i, " \t\r\n(\"");
  if (w == i || w + 1 >= i - 1 || z[w] < 'A' || z[w] > 'Z') return i;
  for (size_t k = w + 1; k < i - 1; k++)
    if (z[k] >= 'a' && z[k] <= 'z') return w;
  return i;
}

/* The first word of the event's name that MISC a[k] of z[0..n) ends (see
** above), a[k].iStart when it has none to take in. */
static size_t eventStart(const char *z, size_t n, const tk_ner_span *a,
                         size_t k) {
  const unsigned fNot = TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE |
                        TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |
                        TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID |
                        TK_NER_GAZ_CITY_SMALL;
  size_t iFloor = k ? a[k - 1].iStart + a[k - 1].nLen : 0, i = a[k].iStart;
  if (a[k].eType != TK_ENT_MISC ||
      !tk_entities__event_head(z, a[k].iStart, a[k].nLen))
    return i;
  for (;;) {
    size_t w = wordBefore(z, iFloor, i);
    if (w == i || tk_entities__calendar_word(z + w, i - 1 - w) ||
        tk_entities__eq(z + w, i - 1 - w, "The"))
      break;
    unsigned f = tk_ner_gazetteer_classes(z + w, i - 1 - w);
    if ((f & fNot) ||
        ((f & TK_NER_GAZ_WORD) && !tk_entities__inside_sentence(z, iFloor, w)))
      break;
    i = w;
  }
  return i < a[k].iStart && !tk_entities__in_title_line(z, n, a[k].iStart)
             ? i
             : a[k].iStart;
}

/* The end of the capitalized word of letters at z[i] (i when there is
** none). */
static size_t capitalWordEnd(const char *z, size_t n, size_t i) {
  if (i >= n || z[i] < 'A' || z[i] > 'Z') return i;
  size_t e = i + 1;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  return e > i + 1 ? e : i;
}

/* The end of the prize's field after the MISC a[k] of z[0..n) that ends
** with "Prize" or "Prizes" (see above), its end when there is none. */
static size_t prizeEnd(const char *z, size_t n, const tk_ner_span *a,
                       size_t nSpan, size_t k) {
  static const char *const azPrize[] = {"Prize", "Prizes", 0};
  size_t iEnd = a[k].iStart + a[k].nLen, w = iEnd;
  while (w > a[k].iStart && z[w - 1] != ' ')
    w--;
  if (a[k].eType != TK_ENT_MISC || w == a[k].iStart ||
      !tk_entities__in_list(azPrize, z + w, iEnd - w) || iEnd + 4 >= n ||
      memcmp(z + iEnd, " in ", 4) != 0)
    return iEnd;
  size_t e = capitalWordEnd(z, n, iEnd + 4);
  if (e == iEnd + 4) return iEnd;
  if (e + 4 < n && (memcmp(z + e, " or ", 4) == 0 ||
                    (e + 5 < n && memcmp(z + e, " and ", 5) == 0))) {
    size_t j = e + (z[e + 1] == 'o' ? 4 : 5), f = capitalWordEnd(z, n, j);
    if (f > j) e = f;
  }
  size_t kNext = tk_entities__span_after(a, nSpan, iEnd);
  return kNext < nSpan && a[kNext].iStart < e ? iEnd : e;
}

/* Take into each MISC of a[0..nSpan), spans of z[0..n), that ends with
** an event's head the capitalized words the model left out before it,
** and into a prize its field (see above); the spans stay sorted and
** apart. */
void tk_entities__join_event_words(const char *z, size_t n, tk_ner_span *a,
                                   size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    size_t i = eventStart(z, n, a, k);
    a[k].nLen += a[k].iStart - i;
    a[k].iStart = i;
    a[k].nLen = prizeEnd(z, n, a, nSpan, k) - a[k].iStart;
  }
}
