/*
** ner_doc.h -- a CoNLL training document as the NER tools hold it: its
** raw text (tokens joined by one space, sentences by a newline) and its
** gold entity spans, by byte offsets into that text.  ner_conll.h reads
** them from CoNLL files; ner_case.h, ner_sentences.h and ner_names.h make
*copies.
*/
#ifndef NER_DOC_H
#define NER_DOC_H

#include <stddef.h>

typedef struct Gold {
  size_t iStart, iEnd; /* byte offsets into the document text */
  int eType;           /* enum tk_entity_type */
} Gold;

typedef struct Doc {
  char *z;
  size_t n;
  Gold *aGold;
  int nGold;
} Doc;

#endif /* NER_DOC_H */
