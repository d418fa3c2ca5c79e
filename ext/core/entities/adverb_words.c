/*
** adverb_words.c -- an adverb is no name, for entities() (model_spans.c
** drops it with the junk):
**
**   "Lexicographically compares the elements"   no span
**   "Additionally, the ...", "Surprisingly, ..."  no span
**   "Mullally took three wickets", "Sally Ride"  names stay
**
**   if (tk_entities__adverb_word(z, &span)) ...  // no name
**
** A one-word span of seven letters or more that ends as English adverbs
** do ("-ically", "-ously", "-ively", "-ingly", "-ably", "-ibly",
** "-ently", "-antly", "-ually", "-nally", "-rally") is an adverb, unless
** the letter before the ending is doubled (the surnames "Connally",
** "Donnally"; no adverb ends so) or the typed gazetteers list it as a
** name (a first name, a surname, a place, an organization).  A sentence
** that opens with such a word writes it with a capital, and the model,
** meeting a capitalized word it never saw, read it as a name: in a
** newcomer's 2,475 pages of Rust's standard library
** documentation, "Lexicographically compares ..." was a PERSON 783
** times.  In CoNLL-2003 train, dev and test the only entity word of
** seven letters or more ending in "-ly" after one of those letters is the
** surname "Mullally", whose "-lally" is no ending of the list.
*/
#include "entities_internal.h"

#include <string.h>

/* The least letters of an adverb read so ("Notably" has 7). */
#define ADVERB_MIN 7

/* The endings of English adverbs that no name of the news ends with. */
static const char *const azAdverbEnding[] = {
    "ically", "ously", "ively", "ingly", "ably",  "ibly",
    "ently",  "antly", "ually", "nally", "rally", 0};

/* The gazetteer classes that make a word a name. */
#define NAME_CLASSES                                                           \
  (TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO | TK_NER_GAZ_SURNAME |            \
   TK_NER_GAZ_PERSON | TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |                \
   TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID | TK_NER_GAZ_CITY_SMALL |         \
   TK_NER_GAZ_PLACE | TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG)

/* 1 when z[0..n) is a capital and lower-case ASCII letters only. */
static int capitalizedWord(const char *z, size_t n) {
  if (n == 0 || z[0] < 'A' || z[0] > 'Z') return 0;
  for (size_t i = 1; i < n; i++)
    if (z[i] < 'a' || z[i] > 'z') return 0;
  return 1;
}

/* 1 when span p of z is an adverb (see above): no name. */
int tk_entities__adverb_word(const char *z, const tk_ner_span *p) {
  const char *w = z + p->iStart;
  size_t nLen = p->nLen;
  if (nLen < ADVERB_MIN || w[nLen - 1] != 'y' || w[nLen - 2] != 'l' ||
      !capitalizedWord(w, nLen))
    return 0;
  for (int k = 0; azAdverbEnding[k]; k++) {
    size_t nEnd = strlen(azAdverbEnding[k]);
    if (memcmp(w + nLen - nEnd, azAdverbEnding[k], nEnd) != 0) continue;
    if (w[nLen - nEnd] == w[nLen - nEnd - 1]) return 0; /* "Connally" */
    return (tk_ner_gazetteer_classes(w, nLen) & NAME_CLASSES) == 0;
  }
  return 0;
}
