/*
** tk_test_ner.h -- what the tagger's unit tests share (test_ner.c,
** test_ner_case.c, test_ner_particles.c): the token infos of a sentence,
** as the tagger computes them before scoring.
**
**   tk_ner_info a[TK_NER_MAXSENT];
**   int n = tk_test_sentence_info("Ursula von der Leyen spoke.", a);
**   n = tk_test_sentence_info_in("let x = paris;", 0, 1, a);  // cased doc
*/
#ifndef TK_TEST_NER_H
#define TK_TEST_NER_H

#include <string.h>

#include "../../ext/core/ner/ner_internal.h"

/* The token infos of the first sentence of z into a, read as the first
** sentence of a document (bDocStart) that writes capitals or not
** (bCasedDoc: tk_ner__sentence_info); returns its length. */
static inline int tk_test_sentence_info_in(const char *z, int bDocStart,
                                           int bCasedDoc, tk_ner_info *a) {
  tk_ner_reader rd;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, bDocStart, bCasedDoc, a);
  return n;
}

/* The token infos of the first sentence of z into a, as a document's
** first; returns its length. */
static inline int tk_test_sentence_info(const char *z, tk_ner_info *a) {
  return tk_test_sentence_info_in(z, 1, 0, a);
}

#endif
