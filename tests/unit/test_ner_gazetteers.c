/*
** test_ner_gazetteers.c -- the typed gazetteers (ext/core/ner/gazetteers.c):
** entries of the built-in lists are found as BILOU marks of their class,
** and become features of the token; lower-case words of a normally cased
** line start no entry; odd input (empty, punctuation, invalid UTF-8) is
** marked without a crash; tk_ner_gazetteer_classes() gives a phrase's
** classes, listed companies' short names included.
*/
#include "textkit.h"
#include "textkit/ner.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"

/* The tokens of z as one sentence in aTok/aInfo, typed gazetteers marked;
** returns their number. */
static int mark(const char *z, tk_ner_tok *aTok, tk_ner_info *aInfo) {
  tk_ner_reader rd;
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, 1, 0, aInfo);
  tk_ner__typed_mark(aInfo, n);
  return n;
}

/* The class index of a class name. */
static int classOf(const char *zName) {
  static const char *const az[] = {TK_NER_TGAZ_CLASSES};
  for (int c = 0; c < TK_NER_TGAZ_NCLASS; c++)
    if (strcmp(az[c], zName) == 0) return c;
  return -1;
}

/* The BILOU marks (1 B, 2 I, 4 L, 8 U) of class zName on token p. */
static unsigned marks(const tk_ner_info *p, const char *zName) {
  return (unsigned)(p->fTyped >> (4 * classOf(zName))) & 15;
}

int main(void) {
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner_info aInfo[TK_NER_MAXSENT];
  uint64_t aKey[TK_NER_MAXFEAT];

  /* one-word and multi-word entries, lower-cased */
  int n = mark("She flew from Paris to Los Angeles with Ursula .", aTok, aInfo);
  TK_CHECK_INT(n, 10);
  TK_CHECK_INT(marks(&aInfo[3], "CITY_BIG"), 8); /* Paris: U */
  TK_CHECK_INT(marks(&aInfo[5], "CITY_BIG"), 1); /* Los: B */
  TK_CHECK_INT(marks(&aInfo[6], "CITY_BIG"), 4); /* Angeles: L */
  TK_CHECK(marks(&aInfo[8], "FIRST_HI") | marks(&aInfo[8], "FIRST_LO"));
  TK_CHECK_INT(marks(&aInfo[7], "WORD"), 0); /* lower-case: not looked up */
  TK_CHECK(aInfo[9].fTyped == 0);            /* "." */
  n = mark("GERMANY AND FRANCE", aTok, aInfo);
  TK_CHECK_INT(marks(&aInfo[0], "COUNTRY"), 8);
  TK_CHECK_INT(marks(&aInfo[2], "COUNTRY"), 8);
  n = mark("Offers Grow", aTok, aInfo); /* a Title Case headline */
  TK_CHECK_INT(marks(&aInfo[0], "WORD"), 8);
  n = mark("Zqxwvk Plorbtz", aTok, aInfo);
  TK_CHECK(aInfo[0].fTyped == 0 && aInfo[1].fTyped == 0);

  /* a match is a feature: clearing it changes the token's features */
  n = mark("They met in Paris .", aTok, aInfo);
  int nWith = tk_ner__static_features(aInfo, n, 3, aKey);
  uint64_t aWith[TK_NER_MAXFEAT];
  memcpy(aWith, aKey, sizeof aWith);
  for (int k = 0; k < n; k++)
    aInfo[k].fTyped = 0;
  int nWithout = tk_ner__static_features(aInfo, n, 3, aKey);
  TK_CHECK(nWith > nWithout);
  int nSame = 0; /* the other features are unchanged (in any order: the
                 ** word cluster features follow the typed ones) */
  for (int k = 0; k < nWithout; k++) {
    for (int j = 0; j < nWith; j++) {
      if (aWith[j] == aKey[k]) {
        nSame++;
        break;
      }
    }
  }
  TK_CHECK_INT(nSame, nWithout);

  /* odd input */
  TK_CHECK_INT(mark("", aTok, aInfo), 0);
  n = mark("\xff\xfe Paris \xc3 , ; \xe2\x80", aTok, aInfo);
  TK_CHECK(n > 0);
  int bParis = 0;
  for (int k = 0; k < n; k++)
    bParis |= aTok[k].nLen == 5 && marks(&aInfo[k], "CITY_BIG") == 8;
  TK_CHECK(bParis);

  /* the lower-cased hash computed alone is the one the tagger computes,
  ** upper-case and other characters outside ASCII included */
  n = mark("Viña del Mar , SÃO PAULO and Zürich \xff\xc3 É1 ǅx", aTok, aInfo);
  TK_CHECK(n >= 8);
  for (int k = 0; k < n; k++)
    TK_CHECK(
        tk_ner__low_hash("Viña del Mar , SÃO PAULO and Zürich \xff\xc3 É1 ǅx",
                         &aTok[k]) == aInfo[k].hLow);

  /* the public lookup of a phrase: its classes, as the bits of ner.h */
  TK_CHECK(tk_ner_gazetteer_classes("Paris", 5) & TK_NER_GAZ_CITY_BIG);
  TK_CHECK(tk_ner_gazetteer_classes("paris", 5) & TK_NER_GAZ_CITY_BIG);
  TK_CHECK(tk_ner_gazetteer_classes("Los Angeles", 11) & TK_NER_GAZ_CITY_BIG);
  TK_CHECK(tk_ner_gazetteer_classes("Los", 3) & TK_NER_GAZ_LONGER);
  TK_CHECK(tk_ner_gazetteer_classes("Z\xc3\xbcrich", 7) & TK_NER_GAZ_CITY_MID);
  TK_CHECK(tk_ner_gazetteer_classes("Germany", 7) & TK_NER_GAZ_COUNTRY);
  TK_CHECK(!(tk_ner_gazetteer_classes("Germany", 7) & TK_NER_GAZ_CITY_BIG));
  /* companies listed on the US exchanges: the name without its legal
  ** form, and without its trade words when what is left is no ordinary
  ** word, first name or place */
  TK_CHECK(tk_ner_gazetteer_classes("Micron Technology", 17) &
           TK_NER_GAZ_COMPANY);
  TK_CHECK(tk_ner_gazetteer_classes("Mondelez", 8) & TK_NER_GAZ_COMPANY);
  TK_CHECK(tk_ner_gazetteer_classes("Eli Lilly", 9) & TK_NER_GAZ_COMPANY);
  TK_CHECK(tk_ner_gazetteer_classes("Kroger", 6) & TK_NER_GAZ_COMPANY);
  TK_CHECK(!(tk_ner_gazetteer_classes("General", 7) & TK_NER_GAZ_COMPANY));
  TK_CHECK(!(tk_ner_gazetteer_classes("Texas", 5) & TK_NER_GAZ_COMPANY));
  TK_CHECK(!(tk_ner_gazetteer_classes("Micron Technology Inc", 21) &
             TK_NER_GAZ_COMPANY));
  TK_CHECK(tk_ner_gazetteer_classes("Los Ang", 7) == 0); /* no entry */
  TK_CHECK(tk_ner_gazetteer_classes("Zqxwvk", 6) == 0);
  TK_CHECK(tk_ner_gazetteer_classes("", 0) == 0);
  TK_CHECK(tk_ner_gazetteer_classes("\xff\xfe", 2) == 0);
  TK_CHECK(tk_ner_gazetteer_classes("a b c d e f g", 13) == 0); /* 7 words */
  TK_TEST_END();
}
