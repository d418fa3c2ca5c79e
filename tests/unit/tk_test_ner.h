/*
** tk_test_ner.h -- what the tagger's unit tests share (test_ner.c,
** test_ner_case.c, test_ner_particles.c): the token infos of a sentence,
** as the tagger computes them before scoring.
**
**   tk_ner_info a[TK_NER_MAXSENT];
**   int n = tk_test_sentence_info("Ursula von der Leyen spoke.", a);
*/
#ifndef TK_TEST_NER_H
#define TK_TEST_NER_H

#include <string.h>

#include "../../ext/core/ner/ner_internal.h"

/* The token infos of the first sentence of z into a; returns its length. */
static inline int tk_test_sentence_info(const char *z, tk_ner_info *a) {
  tk_ner_reader rd;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, 1, 0, a);
  return n;
}

#endif
