/*
** test_ner_world.c -- the world name copies of `ner_train --world-share`
** (ext/tools/ner_world.h, through ner_person_copies.h): the eight styles
** in turn, given name first, every other Spanish or Portuguese name with
** two surnames, the short form the (first) surname, every pair of a
** style's given name and surname made once in a round; each distinct
** PERSON of two words or more replaced, its one-word mentions by the
** surname, other spans moved; a tiny room truncates.  No name of the
** lists is an ordinary word, a language, a nationality or a large city by
** the typed gazetteers, nor a word of a PERSON name of the present-day
** DEV and TEST sets (tests/data/ner_present_day*.tsv: the copies teach
** name shapes, not the evaluation's names).
*/
#include "textkit.h"
#include "../../ext/tools/ner_world.h"
#include "tk_test.h"
#include "tk_test_doc.h"

#include <stdio.h>

/* 1 when every word of z starts with a capital (ASCII, or the first byte
** of a letter outside ASCII: "Çelik") or with an article "al-"/"el-"
** before one. */
static int nameShaped(const char *z) {
  for (size_t k = 0; z[k]; k++) {
    if (k > 0 && z[k - 1] != ' ') continue;
    const char *w = z + k;
    if (strncmp(w, "al-", 3) == 0 || strncmp(w, "el-", 3) == 0) w += 3;
    unsigned char c = (unsigned char)w[0];
    if (!((c >= 'A' && c <= 'Z') || c >= 0xc0)) return 0;
  }
  return z[0] != 0;
}

/* 1 when the word z[0..n) is in one of the name lists. */
static int listed(const char *z, size_t n) {
  for (int s = 0; s < WORLD_STYLES; s++)
    for (int k = 0; k < WORLD_LIST_LEN; k++)
      if ((strlen(WORLD_GIVEN[s][k]) == n &&
           memcmp(WORLD_GIVEN[s][k], z, n) == 0) ||
          (strlen(WORLD_SURNAMES[s][k]) == n &&
           memcmp(WORLD_SURNAMES[s][k], z, n) == 0))
        return 1;
  return 0;
}

/* The number of words of the PERSON names ("[PER ...]") of the file at
** zPath that the lists hold; -1 when it cannot be read. */
static int listedWordsOf(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  if (!f) return -1;
  static char zLine[8192];
  int nListed = 0;
  while (fgets(zLine, sizeof zLine, f)) {
    for (char *p = strstr(zLine, "[PER "); p; p = strstr(p, "[PER ")) {
      p += 5;
      char *zEnd = strchr(p, ']');
      if (!zEnd) break;
      for (char *w = p; w < zEnd;) {
        char *e = w;
        while (e < zEnd && *e != ' ')
          e++;
        if (listed(w, (size_t)(e - w))) {
          fprintf(stderr, "listed: %.*s in %s\n", (int)(e - w), w, zPath);
          nListed++;
        }
        w = e + 1;
      }
      p = zEnd;
    }
  }
  fclose(f);
  return nListed;
}

int main(void) {
  char zFull[NAME_ROOM], zShort[NAME_ROOM];
  /* the styles in turn */
  const char *azWant[] = {
      "Khalid Saleh", "Chukwuemeka Mensah", "Thabo Ndlovu",
      "Priya Nair",   "Olena Wójcik",       "Mehmet Çelik",
      "Lucía Díaz",   "Reza Karimi",        "Leila el-Sayed",
      "Fatou Keïta",  "Zanele Banda",       "Nadia Chaudhry",
      "Tomáš Dvořák", "Kemal Doğan",        "Joaquim Vargas Navarro",
      "Budi Wijaya"};
  for (unsigned t = 0; t < 16; t++) {
    worldName(t, zFull, zShort, sizeof zFull);
    TK_CHECK_STR(zFull, azWant[t]);
  }
  worldName(14, zFull, zShort, sizeof zFull);
  TK_CHECK_STR(zShort, "Vargas"); /* the first of two surnames */
  worldName(12, zFull, zShort, sizeof zFull);
  TK_CHECK_STR(zShort, "Dvořák");

  /* every name shaped, its short form inside it; in a round of a style,
  ** every pair of given name and surname once */
  const unsigned nRound = WORLD_LIST_LEN * WORLD_LIST_LEN;
  for (int s = 0; s < WORLD_STYLES; s++) {
    static char azSeen[WORLD_LIST_LEN * WORLD_LIST_LEN][NAME_ROOM];
    int nDup = 0;
    for (unsigned k = 0; k < nRound; k++) {
      worldName(k * WORLD_STYLES + (unsigned)s, zFull, zShort, sizeof zFull);
      TK_CHECK(nameShaped(zFull));
      TK_CHECK(strlen(zShort) > 1 && strstr(zFull, zShort) != 0);
      char *zSecondSpace = strchr(strchr(zFull, ' ') + 1, ' ');
      if (zSecondSpace) *zSecondSpace = 0; /* the pair alone */
      for (unsigned j = 0; j < k; j++)
        nDup += strcmp(azSeen[j], zFull) == 0;
      memcpy(azSeen[k], zFull, NAME_ROOM);
    }
    TK_CHECK_INT(nDup, 0);
  }

  /* a tiny room truncates, terminated */
  char zTiny[6];
  worldName(0, zTiny, zShort, sizeof zTiny);
  TK_CHECK_STR(zTiny, "Khali");

  /* full names replaced, a surname mention by the short form, a one-word
  ** PERSON that is no replaced name's last word kept, other spans moved */
  const char *z = "Bill Clinton met Boris Yeltsin in Moscow . Clinton and "
                  "Yeltsin left ; Smith stayed .";
  Gold aGold[] = {{0, 12, TK_ENT_PERSON},  {17, 30, TK_ENT_PERSON},
                  {34, 40, TK_ENT_LOC},    {43, 50, TK_ENT_PERSON},
                  {55, 62, TK_ENT_PERSON}, {70, 75, TK_ENT_PERSON}};
  Doc d = tk_test_doc(z, aGold, 6), copy;
  int iTurn = 4;
  TK_CHECK_INT(worldCopy(&d, &iTurn, &copy), 1);
  TK_CHECK_INT(iTurn, 6);
  TK_CHECK_STR(copy.z, "Olena Wójcik met Mehmet Çelik in Moscow . Wójcik and "
                       "Çelik left ; Smith stayed .");
  TK_CHECK_INT(copy.n, strlen(copy.z));
  TK_CHECK_STR(tk_test_gold_text(&copy, 2), "Moscow");
  TK_CHECK_INT(copy.aGold[2].eType, TK_ENT_LOC);
  TK_CHECK_STR(tk_test_gold_text(&copy, 4), "Çelik");
  TK_CHECK_STR(tk_test_gold_text(&copy, 5), "Smith");
  free(copy.z);
  free(copy.aGold);

  /* a document with only one-word people, or none: no copy */
  Gold aOne[] = {{0, 7, TK_ENT_PERSON}};
  Doc one = tk_test_doc("Clinton said .", aOne, 1);
  TK_CHECK_INT(worldCopy(&one, &iTurn, &copy), 0);
  Doc none = tk_test_doc("", aOne, 0);
  TK_CHECK_INT(worldCopy(&none, &iTurn, &copy), 0);
  TK_CHECK_INT(iTurn, 6);

  /* no name is an ordinary word, a language or nationality, or a city of
  ** 100,000 people or more by the typed gazetteers */
  const unsigned fNot = TK_NER_GAZ_WORD | TK_NER_GAZ_LANGUAGE |
                        TK_NER_GAZ_DEMONYM | TK_NER_GAZ_COUNTRY |
                        TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID;
  for (int s = 0; s < WORLD_STYLES; s++)
    for (int k = 0; k < WORLD_LIST_LEN; k++) {
      const char *zGiven = WORLD_GIVEN[s][k], *zSur = WORLD_SURNAMES[s][k];
      TK_CHECK_INT(tk_ner_gazetteer_classes(zGiven, strlen(zGiven)) & fNot, 0);
      TK_CHECK_INT(tk_ner_gazetteer_classes(zSur, strlen(zSur)) & fNot, 0);
    }

  /* no listed word is a word of the present-day sets' people */
  TK_CHECK_INT(listedWordsOf("tests/data/ner_present_day_dev.tsv"), 0);
  TK_CHECK_INT(listedWordsOf("tests/data/ner_present_day_articles_dev.tsv"), 0);
  TK_CHECK_INT(listedWordsOf("tests/data/ner_present_day.tsv"), 0);
  TK_TEST_END();
}
