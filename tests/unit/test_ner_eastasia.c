/*
** test_ner_eastasia.c -- the East Asian name copies of `ner_train
** --eastasia-share` (ext/tools/ner_eastasia.h): each distinct PERSON name
** of two words or more gets a name of the next style in turn, surname
** first; a one-word mention that is a replaced name's last word gets the
** new short form; other spans keep their type and move with the text.
** Odd input: a document with only one-word people or none (no copy), an
** empty document, a repeated full name (one name for both).  No made name
** begins with a surname that is an English function word.
*/
#include "textkit.h"
#include "../../ext/tools/ner_eastasia.h"
#include "tk_test.h"
#include "tk_test_doc.h"

#include <ctype.h>

/* 1 when every word of z starts with a capital letter, and the words
** after a hyphen with a lower-case one. */
static int nameShaped(const char *z) {
  for (size_t k = 0; z[k]; k++) {
    int bWordStart = k == 0 || z[k - 1] == ' ';
    if (bWordStart && !isupper((unsigned char)z[k])) return 0;
    if (k > 0 && z[k - 1] == '-' && !islower((unsigned char)z[k])) return 0;
  }
  return z[0] != 0;
}

int main(void) {
  /* the five styles in turn, each a capitalized name of 2 or 3 words */
  char zFull[NAME_ROOM], zShort[NAME_ROOM];
  const char *azWant[] = {"Kim Jae-un", "Lee Jae Yeol", "Wang Jin",
                          "Lai Ching-te", "Nguyen Hue"};
  for (unsigned t = 0; t < 5; t++) {
    eaName(t, zFull, zShort, sizeof zFull);
    TK_CHECK_STR(zFull, azWant[t]);
  }
  eaName(5, zFull, zShort, sizeof zFull);
  TK_CHECK_STR(zFull, "Lee Won-dae");
  TK_CHECK_STR(zShort, "Lee");
  eaName(7, zFull, zShort, sizeof zFull);
  TK_CHECK_STR(zFull, "Li Huahong"); /* pinyin: one word */
  eaName(9, zFull, zShort, sizeof zFull);
  TK_CHECK_STR(zFull, "Tran Quoc Hung");
  TK_CHECK_STR(zShort, "Hung"); /* Vietnamese: the last word */
  for (unsigned t = 0; t < 250; t++) {
    eaName(t, zFull, zShort, sizeof zFull);
    TK_CHECK(nameShaped(zFull));
    TK_CHECK(strchr(zFull, ' ') != 0);
    TK_CHECK(strlen(zShort) > 1 && strstr(zFull, zShort) != 0);
    /* no surname that is an English function word */
    for (const char *const *p =
             (const char *const[]){"He ", "To ", "Do ", "Oh ", 0};
         *p; p++)
      TK_CHECK(strncmp(zFull, *p, 3) != 0);
  }
  /* a tiny room truncates, terminated */
  char zTiny[4];
  eaName(0, zTiny, zShort, sizeof zTiny);
  TK_CHECK_STR(zTiny, "Kim");

  /* full names replaced, the same one twice by the same name, a surname
  ** mention by the short form, other spans moved */
  const char *z = "Bill Clinton met Boris Yeltsin in Moscow . Clinton and "
                  "Bill Clinton left ; Smith stayed .";
  Gold aGold[] = {{0, 12, TK_ENT_PERSON},  {17, 30, TK_ENT_PERSON},
                  {34, 40, TK_ENT_LOC},    {43, 50, TK_ENT_PERSON},
                  {55, 67, TK_ENT_PERSON}, {75, 80, TK_ENT_PERSON}};
  Doc d = tk_test_doc(z, aGold, 6), copy;
  int iTurn = 5;
  TK_CHECK_INT(eastAsiaCopy(&d, &iTurn, &copy), 1);
  TK_CHECK_INT(iTurn, 7);
  TK_CHECK_STR(copy.z, "Lee Won-dae met Jung Soo Heung in Moscow . Lee and "
                       "Lee Won-dae left ; Smith stayed .");
  TK_CHECK_INT(copy.n, strlen(copy.z));
  TK_CHECK_INT(copy.nGold, 6);
  TK_CHECK_STR(tk_test_gold_text(&copy, 0), "Lee Won-dae");
  TK_CHECK_STR(tk_test_gold_text(&copy, 1), "Jung Soo Heung");
  TK_CHECK_STR(tk_test_gold_text(&copy, 2), "Moscow");
  TK_CHECK_INT(copy.aGold[2].eType, TK_ENT_LOC);
  TK_CHECK_STR(tk_test_gold_text(&copy, 3), "Lee");
  TK_CHECK_STR(tk_test_gold_text(&copy, 4), "Lee Won-dae");
  TK_CHECK_STR(tk_test_gold_text(&copy, 5), "Smith");
  free(copy.z);
  free(copy.aGold);

  /* no PERSON of two words: no copy, no turn taken */
  Gold aOne[] = {{43, 50, TK_ENT_PERSON}, {17, 30, TK_ENT_ORG}};
  d = tk_test_doc(z, aOne, 2);
  TK_CHECK_INT(eastAsiaCopy(&d, &iTurn, &copy), 0);
  TK_CHECK_INT(iTurn, 7);
  d = tk_test_doc("", 0, 0);
  TK_CHECK_INT(eastAsiaCopy(&d, &iTurn, &copy), 0);
  TK_TEST_END();
}
