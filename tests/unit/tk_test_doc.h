/*
** tk_test_doc.h -- what the unit tests of the NER training copies share
** (test_ner_sentences.c, test_ner_names.c): a document made of a text and
** its gold spans, and the text of one span.
**
**   Gold aGold[] = {{0, 2, TK_ENT_ORG}};
**   Doc d = tk_test_doc("EU rejects German call", aGold, 1);
**   TK_CHECK_STR(tk_test_gold_text(&d, 0), "EU");
*/
#ifndef TK_TEST_DOC_H
#define TK_TEST_DOC_H

#include <string.h>

#include "../../ext/tools/ner_doc.h"

/* The text of gold span g of d, in a static buffer. */
static inline const char *tk_test_gold_text(const Doc *d, int g) {
  static char z[256];
  size_t n = d->aGold[g].iEnd - d->aGold[g].iStart;
  memcpy(z, d->z + d->aGold[g].iStart, n);
  z[n] = 0;
  return z;
}

/* A document of text z with the gold spans a[0..nGold). */
static inline Doc tk_test_doc(const char *z, Gold *a, int nGold) {
  return (Doc){(char *)z, strlen(z), a, nGold};
}

#endif /* TK_TEST_DOC_H */
