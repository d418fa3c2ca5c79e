/*
** test_ner_names.c -- the organization-name copies of `ner_train
** --org-share` (ext/tools/ner_names.h): each one-word ORG span of a CoNLL
** document is replaced by the next name of the list, in turn; the other
** spans keep their type and move with the text.  Odd input: a document
** without a one-word ORG span (no copy), names shorter and longer than
** the words they replace, a missing or empty names file.
*/
#include "textkit.h"
#include "../../ext/tools/ner_names.h"
#include "tk_test.h"
#include "tk_test_doc.h"

#include <stdio.h>
#include <unistd.h>

/* Write z to a new temporary file; returns its path (static buffer). */
static const char *tempFile(const char *z) {
  static char zPath[64];
  snprintf(zPath, sizeof zPath, "/tmp/test_ner_names_%d.txt", (int)getpid());
  FILE *f = fopen(zPath, "w");
  fputs(z, f);
  fclose(f);
  return zPath;
}

int main(void) {
  NameList names;
  const char *zPath = tempFile("Mercado Libre\n\nQ\r\nKlarna\n");
  TK_CHECK_INT(nameListRead(zPath, &names), 0);
  TK_CHECK_INT(names.n, 3); /* the empty line is skipped, \r\n trimmed */
  TK_CHECK_STR(names.az[1], "Q");

  /* one-word ORG spans replaced in turn; the two-word one and the others
  ** move with the text */
  const char *z = "Chelsea beat Real Madrid and Arsenal in London .";
  Gold aGold[] = {{0, 7, TK_ENT_ORG},
                  {13, 24, TK_ENT_ORG},
                  {29, 36, TK_ENT_ORG},
                  {40, 46, TK_ENT_LOC}};
  Doc d = tk_test_doc(z, aGold, 4), copy;
  int iTurn = 0;
  TK_CHECK_INT(orgCopy(&d, &names, &iTurn, &copy), 1);
  TK_CHECK_STR(copy.z, "Mercado Libre beat Real Madrid and Q in London .");
  TK_CHECK_INT(copy.n, strlen(copy.z));
  TK_CHECK_INT(copy.nGold, 4);
  TK_CHECK_STR(tk_test_gold_text(&copy, 0), "Mercado Libre");
  TK_CHECK_STR(tk_test_gold_text(&copy, 1), "Real Madrid");
  TK_CHECK_STR(tk_test_gold_text(&copy, 2), "Q");
  TK_CHECK_STR(tk_test_gold_text(&copy, 3), "London");
  TK_CHECK_INT(copy.aGold[3].eType, TK_ENT_LOC);
  TK_CHECK_INT(iTurn, 2);
  free(copy.z);
  free(copy.aGold);
  /* the turn goes on, and wraps */
  TK_CHECK_INT(orgCopy(&d, &names, &iTurn, &copy), 1);
  TK_CHECK_STR(copy.z, "Klarna beat Real Madrid and Mercado Libre in London .");
  TK_CHECK_STR(tk_test_gold_text(&copy, 3), "London");
  free(copy.z);
  free(copy.aGold);

  /* no one-word ORG span: no copy, no turn taken */
  Gold aNone[] = {{0, 7, TK_ENT_PERSON}, {13, 24, TK_ENT_ORG}};
  d = tk_test_doc(z, aNone, 2);
  TK_CHECK_INT(orgCopy(&d, &names, &iTurn, &copy), 0);
  TK_CHECK_INT(iTurn, 4);
  d = tk_test_doc("", 0, 0);
  TK_CHECK_INT(orgCopy(&d, &names, &iTurn, &copy), 0);
  nameListFree(&names);

  /* a names file that is empty or missing */
  zPath = tempFile("\n\n");
  TK_CHECK_INT(nameListRead(zPath, &names), 1);
  nameListFree(&names);
  remove(zPath);
  TK_CHECK_INT(nameListRead(zPath, &names), 1);
  TK_TEST_END();
}
