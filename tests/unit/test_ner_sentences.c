/*
** test_ner_sentences.c -- the one-sentence copies of `ner_train
** --sentence-share` (ext/tools/ner_sentences.h): each sentence (line) of a
** CoNLL document but the first becomes a document of its own, with the
** gold spans inside it moved to its offsets and no other.  Odd input: a
** one-sentence document, an empty one, an empty line, invalid UTF-8.
*/
#include "textkit.h"
#include "../../ext/tools/ner_sentences.h"
#include "tk_test.h"
#include "tk_test_doc.h"

/* Free the texts and gold spans of a[0..n). */
static void freeCopies(Doc *a, int n) {
  for (int k = 0; k < n; k++) {
    free(a[k].z);
    free(a[k].aGold);
  }
}

int main(void) {
  Doc aCopy[4];
  /* headline, dateline, body: two copies, the headline left out */
  const char *z = "EU rejects German call\nLONDON 1996-08-30\n"
                  "Peter Blackburn met Werner Zwingmann in Brussels .";
  Gold aGold[] = {{0, 2, TK_ENT_ORG},      {11, 17, TK_ENT_MISC},
                  {23, 29, TK_ENT_LOC},    {41, 56, TK_ENT_PERSON},
                  {61, 77, TK_ENT_PERSON}, {81, 89, TK_ENT_LOC}};
  Doc d = tk_test_doc(z, aGold, 6);
  TK_CHECK_INT(sentenceCopyRoom(&d), 2);
  TK_CHECK_INT(sentenceCopies(&d, aCopy), 2);
  TK_CHECK_STR(aCopy[0].z, "LONDON 1996-08-30");
  TK_CHECK_INT(aCopy[0].n, 17);
  TK_CHECK_INT(aCopy[0].nGold, 1);
  TK_CHECK_STR(tk_test_gold_text(&aCopy[0], 0), "LONDON");
  TK_CHECK_INT(aCopy[0].aGold[0].eType, TK_ENT_LOC);
  TK_CHECK_STR(aCopy[1].z,
               "Peter Blackburn met Werner Zwingmann in Brussels .");
  TK_CHECK_INT(aCopy[1].nGold, 3);
  TK_CHECK_STR(tk_test_gold_text(&aCopy[1], 0), "Peter Blackburn");
  TK_CHECK_STR(tk_test_gold_text(&aCopy[1], 1), "Werner Zwingmann");
  TK_CHECK_STR(tk_test_gold_text(&aCopy[1], 2), "Brussels");
  TK_CHECK_INT(aCopy[1].aGold[2].eType, TK_ENT_LOC);
  freeCopies(aCopy, 2);

  /* one sentence, or none: no copy */
  d = tk_test_doc("Chelsea beat Arsenal .", aGold, 0);
  TK_CHECK_INT(sentenceCopyRoom(&d), 0);
  TK_CHECK_INT(sentenceCopies(&d, aCopy), 0);
  d = tk_test_doc("", aGold, 0);
  TK_CHECK_INT(sentenceCopyRoom(&d), 0);
  TK_CHECK_INT(sentenceCopies(&d, aCopy), 0);

  /* an empty line gives an empty document; invalid UTF-8 is copied as is */
  Gold aBad[] = {{2, 6, TK_ENT_ORG}, {4, 8, TK_ENT_LOC}};
  d = tk_test_doc("Top\nOslo \xff\xfe x\n", aBad, 2);
  TK_CHECK_INT(sentenceCopyRoom(&d), 2);
  TK_CHECK_INT(sentenceCopies(&d, aCopy), 2);
  TK_CHECK_STR(aCopy[0].z, "Oslo \xff\xfe x");
  TK_CHECK_INT(aCopy[0].nGold, 1); /* a span across the newline: dropped */
  TK_CHECK_STR(tk_test_gold_text(&aCopy[0], 0), "Oslo");
  TK_CHECK_INT(aCopy[1].n, 0);
  TK_CHECK_INT(aCopy[1].nGold, 0);
  freeCopies(aCopy, 2);
  TK_TEST_END();
}
