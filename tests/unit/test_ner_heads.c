/*
** test_ner_heads.c -- the head nouns of names (ext/core/ner/name_heads.c):
** the words of a run of capitalized words that ends with a head ("Baltic
** Sea") or opens with one and "of" ("Gulf of Finland") get the head's
** type, their place in the run and the run's length; the marked words get
** two more static features; a model with TK_NER_FEAT_HEADS tags with
** them.  Odd input: empty, one token, connectors only, invalid UTF-8,
** all-lower-case lines.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"
#include "tk_test_ner.h"

/* Mark the first sentence of z into a (token facts and heads); returns its
** length. */
static int headInfo(const char *z, tk_ner_info *a) {
  tk_ner_reader rd;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, 1, 0, a);
  tk_ner__head_mark(z, aTok, a, n);
  return n;
}

/* The heads of the first sentence of z as a string, two characters a
** token: the type ('L', 'O', 'M'; lower-case when the head opens the run,
** '-' none) and the place ('b', 'i', 'l'; upper-case in a run of three
** words or more, '-' none). */
static const char *heads(const char *z) {
  static char zOut[2 * TK_NER_MAXSENT + 1];
  tk_ner_info a[TK_NER_MAXSENT];
  int n = headInfo(z, a);
  for (int k = 0; k < n; k++) {
    unsigned h = a[k].uHead;
    char cType = "-LOM"[h & TK_NER_HEAD_TYPE];
    char cPlace = "-bil"[(h & TK_NER_HEAD_PLACE) >> 2];
    if (h & TK_NER_HEAD_INITIAL) cType = (char)(cType + 32);
    if (h & TK_NER_HEAD_LONG) cPlace = (char)(cPlace - 32);
    zOut[2 * k] = cType;
    zOut[2 * k + 1] = cPlace;
  }
  zOut[2 * n] = 0;
  return zOut;
}

/* The type a head word says. */
static unsigned headType(const char *z) {
  return tk_ner__head_type((const unsigned char *)z, strlen(z));
}

/* The number of static features of token i of the first sentence of z,
** with (bHeads 1) or without its heads marked. */
static int featureCount(const char *z, int i, int bHeads) {
  tk_ner_info a[TK_NER_MAXSENT];
  uint64_t aKey[TK_NER_MAXFEAT];
  int n = bHeads ? headInfo(z, a) : tk_test_sentence_info(z, a);
  return i < n ? tk_ner__static_features(a, n, i, aKey) : -1;
}

int main(void) {
  /* the head words, in any case; nothing else */
  TK_CHECK_INT(headType("Sea"), TK_NER_HEAD_LOC);
  TK_CHECK_INT(headType("RIVER"), TK_NER_HEAD_LOC);
  TK_CHECK_INT(headType("agency"), TK_NER_HEAD_ORG);
  TK_CHECK_INT(headType("Democrats"), TK_NER_HEAD_ORG);
  TK_CHECK_INT(headType("Cup"), TK_NER_HEAD_MISC);
  TK_CHECK_INT(headType("academy"), TK_NER_HEAD_ORG); /* the first entry */
  TK_CHECK_INT(headType("wars"), TK_NER_HEAD_MISC);   /* the last one */
  TK_CHECK_INT(headType("Seas"), 0);
  TK_CHECK_INT(headType("said"), 0);
  TK_CHECK_INT(headType(""), 0);
  TK_CHECK_INT(headType("S\xc3\xa9"), 0);
  TK_CHECK_INT(headType("\xff\xfe"), 0);
  TK_CHECK_INT(headType("Internationalization"), 0);

  /* head-final runs, their places and lengths */
  TK_CHECK_STR(heads("Ships crossed the Baltic Sea ."), "------LbLl--");
  TK_CHECK_STR(heads("the International Atomic Energy Agency said"),
               "--OBOIOIOL--");
  TK_CHECK_STR(heads("Social Democrats won"), "ObOl--");
  TK_CHECK_STR(heads("at the World Cup"), "----MbMl");
  /* head-initial: a head, "of", a name; a leading "The" left out */
  TK_CHECK_STR(heads("near the Gulf of Finland"), "----lBlIlL");
  TK_CHECK_STR(heads("The Bank of England rose"), "--oBoIoL--");
  /* "in", "on", "at" end a run: "Tbilisi" is not the avenue's head */
  TK_CHECK_STR(heads("Rustaveli Avenue in Tbilisi"), "LbLl----");
  /* a run of one word, or without a head, or a head without "of" */
  TK_CHECK_STR(heads("Sea"), "--");
  TK_CHECK_STR(heads("The Sea"), "----");
  TK_CHECK_STR(heads("John Smith said"), "------");
  TK_CHECK_STR(heads("Gulf Finland"), "----");
  TK_CHECK_STR(heads("near the Gulf of"), "--------");
  /* nothing in an all-lower-case line, nor among connectors only */
  TK_CHECK_STR(heads("ships crossed the baltic sea"), "----------");
  TK_CHECK_STR(heads("of the and von der"), "----------");
  TK_CHECK_STR(heads(""), "");
  /* invalid UTF-8: beside a run, it stays out; inside, it ends the run */
  TK_CHECK_STR(heads("\xff Baltic Sea \xc3"), "--LbLl--");
  TK_CHECK_STR(heads("Baltic \xe2\x80 Sea"), "--------");

  /* a marked word gets two more static features */
  TK_CHECK_INT(featureCount("the Baltic Sea", 1, 1),
               featureCount("the Baltic Sea", 1, 0) + 2);
  TK_CHECK_INT(featureCount("John Smith", 1, 1),
               featureCount("John Smith", 1, 0));

  /* a model with the family tags with it: odd input does no harm */
  _Alignas(8) unsigned char aZero[TK_NER_HEADER + 2 * (2 * TK_NER_NROW + 2)] =
      "TKNER01";
  uint32_t nBits = 1, nWidth = 2, fFeat = TK_NER_FEAT_HEADS;
  float r = 1;
  memcpy(aZero + 8, &nBits, 4);
  memcpy(aZero + 12, &r, 4);
  memcpy(aZero + 16, "zero", 5);
  memcpy(aZero + 56, &fFeat, 4);
  memcpy(aZero + 60, &nWidth, 4);
  tk_ner_model *m = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_ner_model_open(aZero, sizeof aZero, &m, &zErr), TK_OK);
  const char *az[] = {"The Gulf of Finland and the Baltic Sea.",
                      "\xff Gulf of \xc3\xa9 Finland \xe2\x80",
                      "",
                      "of of of",
                      "Sea",
                      "BALTIC SEA"};
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++) {
    tk_ner_span *a = 0;
    size_t n = 99;
    TK_CHECK_INT(tk_ner_tag(m, az[i], strlen(az[i]), &a, &n), TK_OK);
    TK_CHECK_INT(n, 0); /* all weights 0: every token is O */
    tk_free(a);
  }
  tk_ner_model_close(m);

  TK_TEST_END();
}
