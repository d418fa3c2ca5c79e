/*
** ner/families.c -- what the optional feature families of a model read,
** marked on a sentence: the typed gazetteers (gazetteers.c) and the head
** nouns of name runs (name_heads.c).  Tagging (ner.c) and training
** (ext/tools/ner_train.c) both call it, so a family is marked the same
** way in both, and a new family is added here once.
**
**   tk_ner__sentence_info(z, aTok, n, bDocStart, a);
**   tk_ner__family_mark(z, aTok, a, n, TK_NER_FEAT_TYPED | TK_NER_FEAT_HEADS);
*/
#include "ner_internal.h"

/* Mark the optional feature families of a sentence (see ner_internal.h). */
void tk_ner__family_mark(const char *z, const tk_ner_tok *aTok, tk_ner_info *a,
                         int nTok, unsigned fFeat) {
  if (fFeat & TK_NER_FEAT_TYPED) tk_ner__typed_mark(a, nTok);
  if (fFeat & TK_NER_FEAT_HEADS) tk_ner__head_mark(z, aTok, a, nTok);
}
