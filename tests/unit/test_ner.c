/*
** test_ner.c -- the named-entity tagger (ext/core/ner*.c): its tokenizer,
** the built-in model on news sentences (titles outside the spans), and
** robustness on text unlike its training data (all caps, lower case,
** non-Latin scripts, invalid UTF-8, 10 MB inputs), where it must not crash
** and must return well-formed spans.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"
#include "tk_test_ner.h"

#include <stdlib.h>

/* The tokens of z joined by '|'. */
static char *tokens(const char *z) {
  static char zOut[512];
  size_t i = 0, n = strlen(z), k = 0;
  tk_ner_tok t;
  while (tk_ner__next_token(z, n, &i, &t) && k + t.nLen + 2 < sizeof zOut) {
    if (k) zOut[k++] = '|';
    memcpy(zOut + k, z + t.iStart, t.nLen);
    k += t.nLen;
  }
  zOut[k] = 0;
  return zOut;
}

/* 1 when the spans of z are sorted, disjoint, inside z, trimmed, typed and
** scored in (0, 1]. */
static int wellFormed(const char *z, size_t n, const tk_ner_span *a,
                      size_t nSpan) {
  size_t iEnd = 0;
  for (size_t i = 0; i < nSpan; i++) {
    if (a[i].iStart < iEnd || a[i].nLen == 0 || a[i].iStart + a[i].nLen > n)
      return 0;
    if (z[a[i].iStart] == ' ' || z[a[i].iStart + a[i].nLen - 1] == ' ')
      return 0;
    if (!tk_ner_type_name(a[i].eType)) return 0;
    if (!(a[i].rScore > 0 && a[i].rScore <= 1)) return 0;
    iEnd = a[i].iStart + a[i].nLen;
  }
  return 1;
}

/* Tag z; return the spans as "TYPE:text;..." (static buffer). */
static const char *tag(const char *z) {
  static char zOut[1024];
  tk_ner_span *a = 0;
  size_t n = 0, k = 0;
  zOut[0] = 0;
  if (tk_ner_tag(tk_ner_builtin(), z, strlen(z), &a, &n) != TK_OK)
    return "error";
  TK_CHECK(wellFormed(z, strlen(z), a, n));
  for (size_t i = 0; i < n && k + a[i].nLen + 16 < sizeof zOut; i++) {
    k += (size_t)snprintf(zOut + k, sizeof zOut - k, "%s:%.*s;",
                          tk_ner_type_name(a[i].eType), (int)a[i].nLen,
                          z + a[i].iStart);
  }
  tk_free(a);
  return zOut;
}

/* Tag z[0..n), check the spans are well formed; return their number. */
static size_t tagCount(const char *z, size_t n) {
  tk_ner_span *a = 0;
  size_t nSpan = 0;
  TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), z, n, &a, &nSpan), TK_OK);
  TK_CHECK(wellFormed(z, n, a, nSpan));
  tk_free(a);
  return nSpan;
}

/* A buffer of n bytes repeating zUnit. */
static char *repeat(const char *zUnit, size_t n) {
  char *z = malloc(n);
  size_t m = strlen(zUnit);
  for (size_t i = 0; i < n; i++)
    z[i] = zUnit[i % m];
  return z;
}

/* Lower-case words of a normally cased sentence are O without scoring;
** in an all-lower-case line they are scored. */
static void checkFixedO(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  uint64_t aKey[TK_NER_MAXFEAT];
  TK_CHECK_INT(tk_test_sentence_info("Bank of England staff met , Monday", a),
               7);
  TK_CHECK(!tk_ner__fixed_o(a[0].fCase)); /* Bank */
  TK_CHECK(!tk_ner__fixed_o(a[1].fCase)); /* of: a connector */
  TK_CHECK(tk_ner__fixed_o(a[4].fCase));  /* met */
  TK_CHECK(tk_ner__fixed_o(a[5].fCase));  /* , */
  TK_CHECK(tk_ner__static_features(a, 7, 4, aKey) == 0);
  TK_CHECK(tk_ner__static_features(a, 7, 0, aKey) > 0);
  /* the best score for U-PER still gives O, and closes an open entity */
  float aScore[TK_NER_NTAG] = {0}, rMargin = 0;
  aScore[TK_NER_TAG(TK_ENT_PERSON, 3)] = 100;
  int iPrev = TK_NER_TAG(TK_ENT_ORG, 0);
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 0, a[4].fCase, &rMargin), 0);
  TK_CHECK_INT(iPrev, TK_NER_TAG(TK_ENT_ORG, 3));
  TK_CHECK_INT(tk_test_sentence_info("chuck hagel visited moscow", a), 4);
  for (int k = 0; k < 4; k++)
    TK_CHECK(!tk_ner__fixed_o(a[k].fCase));
  TK_CHECK(tk_ner__static_features(a, 4, 3, aKey) > 0);
  iPrev = 0;
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 1, a[3].fCase, &rMargin),
               TK_NER_TAG(TK_ENT_PERSON, 3));
}

/* A token without a letter only ever continues an entity. */
static void checkNoLetter(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  TK_CHECK_INT(tk_test_sentence_info("Schalke 04 ( Germany ) 東京", a), 6);
  int iB = TK_NER_TAG(TK_ENT_ORG, 0), iU = TK_NER_TAG(TK_ENT_ORG, 3);
  TK_CHECK(a[1].fCase & TK_NER_C_NOLETTER);    /* 04 */
  TK_CHECK(a[2].fCase & TK_NER_C_NOLETTER);    /* ( */
  TK_CHECK(!(a[0].fCase & TK_NER_C_NOLETTER)); /* Schalke */
  TK_CHECK(!(a[5].fCase & TK_NER_C_NOLETTER)); /* 東京: letters too */
  TK_CHECK(!tk_ner__scored(a[1].fCase, 0));
  TK_CHECK(!tk_ner__scored(a[1].fCase, iU));
  TK_CHECK(tk_ner__scored(a[1].fCase, iB));
  float aScore[TK_NER_NTAG] = {0}, rMargin = 0;
  aScore[iU] = 100;
  aScore[TK_NER_TAG(TK_ENT_ORG, 2)] = 50; /* L */
  int iPrev = 0;
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 1, a[1].fCase, &rMargin), 0);
  iPrev = iB;
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 1, a[1].fCase, &rMargin),
               TK_NER_TAG(TK_ENT_ORG, 2));
}

/* Tag the tokens a[0..n) greedily from the scores aaScore[i] as ner.c does
** (a tag closed by a later token is rewritten) into aTag[]. */
static void decodeAll(const tk_ner_info *a, int n,
                      const float aaScore[][TK_NER_NTAG], int *aTag) {
  int iPrev = 0;
  for (int i = 0; i < n; i++) {
    int iFix = iPrev, bLast = i == n - 1;
    float rMargin;
    int iBest = tk_ner__decide(aaScore[i], &iFix, bLast, a[i].fCase, &rMargin);
    if (iFix != iPrev) aTag[i - 1] = iFix;
    aTag[i] = iPrev = iBest;
  }
}

/* "and" never continues a PERSON however it scores: a PERSON begun before
** it closes there (greedy decoding cannot carry one over it) and it is O;
** it may still continue an ORG ("Procter and Gamble").  "&" has no letter:
** not a connector, so the rule does not reach it. */
static void checkCoordinator(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  TK_CHECK_INT(tk_test_sentence_info("Itamar Ben-Gvir and Bezalel Smotrich", a),
               5);
  TK_CHECK(a[2].fCase & TK_NER_C_CONN);
  TK_CHECK(a[2].fCase & TK_NER_C_COORD);
  TK_CHECK(!(a[1].fCase & TK_NER_C_COORD));
  const int iB = TK_NER_TAG(TK_ENT_PERSON, 0),
            iI = TK_NER_TAG(TK_ENT_PERSON, 1),
            iL = TK_NER_TAG(TK_ENT_PERSON, 2);
  /* scores for one PERSON over the five words, "and" included */
  float aa[5][TK_NER_NTAG] = {{0}};
  aa[0][iB] = 100;
  aa[1][iI] = 100;
  aa[2][iI] = 100;
  aa[3][iI] = 100;
  aa[3][iB] = 50;
  aa[4][iL] = 100;
  int aTag[5];
  decodeAll(a, 5, aa, aTag);
  TK_CHECK_INT(aTag[0], iB);
  TK_CHECK_INT(aTag[1], iL);
  TK_CHECK_INT(aTag[2], 0);
  TK_CHECK_INT(aTag[3], iB);
  TK_CHECK_INT(aTag[4], iL);
  /* an ORG still runs over it when the model scores it so */
  TK_CHECK_INT(tk_test_sentence_info("Procter and Gamble", a), 3);
  TK_CHECK(a[1].fCase & TK_NER_C_COORD);
  const int iBO = TK_NER_TAG(TK_ENT_ORG, 0), iIO = TK_NER_TAG(TK_ENT_ORG, 1),
            iLO = TK_NER_TAG(TK_ENT_ORG, 2);
  float ab[3][TK_NER_NTAG] = {{0}};
  ab[0][iBO] = 100;
  ab[1][iIO] = 100;
  ab[2][iLO] = 100;
  decodeAll(a, 3, ab, aTag);
  TK_CHECK_INT(aTag[0], iBO);
  TK_CHECK_INT(aTag[1], iIO);
  TK_CHECK_INT(aTag[2], iLO);
  /* other connectors still continue a PERSON ("Ursula von der Leyen") */
  TK_CHECK_INT(tk_test_sentence_info("Ursula von der Leyen", a), 4);
  TK_CHECK(!(a[1].fCase & TK_NER_C_COORD));
  float ac[4][TK_NER_NTAG] = {{0}};
  ac[0][iB] = ac[1][iI] = ac[2][iI] = ac[3][iL] = 100;
  decodeAll(a, 4, ac, aTag);
  TK_CHECK_INT(aTag[1], iI);
  TK_CHECK_INT(aTag[3], iL);
  TK_CHECK_INT(tk_test_sentence_info("Procter & Gamble", a), 3);
  TK_CHECK(a[1].fCase & TK_NER_C_NOLETTER);
  TK_CHECK(!(a[1].fCase & (TK_NER_C_CONN | TK_NER_C_COORD)));
}

/* 1 when tagging z[0..n) with pScratch gives the spans a call of its own
** gives. */
static int sameWithScratch(tk_ner_scratch *pScratch, const char *z, size_t n) {
  tk_ner_span *a = 0, *b = 0;
  size_t na = 0, nb = 0;
  TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), z, n, &a, &na), TK_OK);
  TK_CHECK_INT(tk_ner_tag_w(tk_ner_builtin(), z, n, 0, pScratch, 0, &b, &nb),
               TK_OK);
  int bSame = na == nb;
  for (size_t i = 0; bSame && i < na; i++)
    bSame = a[i].iStart == b[i].iStart && a[i].nLen == b[i].nLen &&
            a[i].eType == b[i].eType && a[i].rScore == b[i].rScore;
  tk_free(a);
  tk_free(b);
  return bSame;
}

/* Stop at the first poll. */
static int stopNow(void *pArg) {
  (void)pArg;
  return 1;
}

/* A scratch kept across texts (short, long enough to be given back, after
** an interrupted call, empty) changes no span. */
static void checkScratch(void) {
  tk_ner_scratch *pScratch = 0;
  TK_CHECK_INT(tk_ner_scratch_new(&pScratch), TK_OK);
  const char *zNews = "Chuck Hagel met Sergei Shoigu in Sochi, Russia.\n"
                      "Hagel said the Pentagon would help.";
  char *zLong = repeat("Angela Merkel flew to Paris to meet Emmanuel Macron "
                       "and the European Commission . ",
                       1u << 20);
  TK_CHECK(sameWithScratch(pScratch, zNews, strlen(zNews)));
  TK_CHECK(sameWithScratch(pScratch, zLong, 1u << 20));
  TK_CHECK(sameWithScratch(pScratch, zNews, strlen(zNews)));
  tk_work w = {0};
  w.xCancel = stopNow;
  tk_ner_span *a = (tk_ner_span *)1;
  size_t n = 7;
  TK_CHECK_INT(
      tk_ner_tag_w(tk_ner_builtin(), zLong, 1u << 20, &w, pScratch, 0, &a, &n),
      TK_EINTERRUPT);
  TK_CHECK(a == 0 && n == 0);
  TK_CHECK(sameWithScratch(pScratch, "chuck hagel in moscow", 21));
  TK_CHECK(sameWithScratch(pScratch, "", 0));
  TK_CHECK(sameWithScratch(pScratch, zNews, strlen(zNews)));
  free(zLong);
  tk_ner_scratch_free(pScratch);
  tk_ner_scratch_free(0);
}

int main(void) {
  /* tokenizer: CoNLL conventions */
  TK_CHECK_STR(tokens("Clinton's U.S.-backed plan, S&P said."),
               "Clinton|'s|U.S.-backed|plan|,|S&P|said|.");
  TK_CHECK_STR(tokens("Mr. O'Brien don't \"go\" -- 1,000.5 1996-08-22"),
               "Mr.|O'Brien|do|n't|\"|go|\"|--|1,000.5|1996-08-22");
  TK_CHECK_STR(tokens("Москва’s 東京 AT&T..."), "Москва|’s|東京|AT&T|...");
  /* an apostrophe between letters outside ASCII is inside the word; a
  ** clitic and a closing quote are not */
  TK_CHECK_STR(tokens("Bahá'í Bahá’u’lláh Bahá's ‘Bahá’ ok"),
               "Bahá'í|Bahá’u’lláh|Bahá|'s|‘|Bahá|’|ok");
  /* a web site's name is one word: no sentence ends inside it */
  TK_CHECK_STR(tokens("at Crypto.com Arena, Node.js a.m. end.The"),
               "at|Crypto.com|Arena|,|Node.js|a.m.|end|.|The");

  /* model */
  TK_CHECK(strncmp(tk_ner_model_name(tk_ner_builtin()), "conll2003-perceptron-",
                   21) == 0);
  TK_CHECK_STR(tk_ner_type_name(TK_ENT_LOC), "LOC");
  TK_CHECK(tk_ner_type_name(0) == 0);

  /* news sentences; titles stay outside PERSON spans */
  const char *z = tag("U.S. Defense Secretary Chuck Hagel met Russian Defense "
                      "Minister Sergei Shoigu in Moscow on Monday.");
  TK_CHECK(strstr(z, "PERSON:Chuck Hagel;") != 0);
  TK_CHECK(strstr(z, "PERSON:Sergei Shoigu;") != 0);
  TK_CHECK(strstr(z, "LOC:Moscow;") != 0);
  TK_CHECK(strstr(z, "Secretary") == 0 && strstr(z, "Minister") == 0);
  z = tag("President Bill Clinton said the State Department and the FBI "
          "would help Germany.");
  TK_CHECK(strstr(z, "PERSON:Bill Clinton;") != 0);
  TK_CHECK(strstr(z, "ORG:State Department;") != 0);
  TK_CHECK(strstr(z, "ORG:FBI;") != 0);
  TK_CHECK(strstr(z, "LOC:Germany;") != 0);
  /* a title inside a name that ends with a head is the name's own word */
  z = tag("He played ten seasons in the Premier League.");
  TK_CHECK(strstr(z, "Premier League;") != 0);
  TK_CHECK(strstr(z, "PERSON") == 0);

  /* names with particles stay whole; a lower-case line holds names of
  ** more than one word */
  z = tag("European Commission President Ursula von der Leyen met Mohammed "
          "bin Salman in Riyadh.");
  TK_CHECK(strstr(z, "PERSON:Ursula von der Leyen;") != 0);
  TK_CHECK(strstr(z, "PERSON:Mohammed bin Salman;") != 0);
  TK_CHECK(strstr(z, "ORG:Bank of England;") == 0);
  TK_CHECK(strstr(tag("The Bank of England raised rates."),
                  "ORG:Bank of England;") != 0);
  /* a PERSON runs on over its particles and an al-X token; a particle
  ** before a lower-case word ends nothing */
  z = tag("Mohammed Shia al-Sudani said Iraqi oil exports would resume.");
  TK_CHECK(strstr(z, "PERSON:Mohammed Shia al-Sudani;") != 0);
  z = tag("Luiz Inacio Lula da Silva met Xi Jinping.");
  TK_CHECK(strstr(z, "PERSON:Luiz Inacio Lula da Silva;") != 0);
  TK_CHECK(strstr(z, "PERSON:Xi Jinping;") != 0);
  TK_CHECK(strstr(tag("Merkel de facto ended the talks."), "de facto") == 0);
  z = tag("chuck hagel visited moscow and sochi on monday with sergei "
          "shoigu.");
  TK_CHECK(strstr(z, "PERSON:sergei shoigu;") != 0);
  TK_CHECK(strstr(z, "LOC:moscow;") != 0);

  checkFixedO();
  checkCoordinator();
  checkNoLetter();
  checkScratch();

  /* empty input */
  tk_ner_span *a = (tk_ner_span *)1;
  size_t n = 7;
  TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), "", 0, &a, &n), TK_OK);
  TK_CHECK(a == 0 && n == 0);
  TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), 0, 0, &a, &n), TK_OK);
  TK_CHECK(a == 0 && n == 0);
  TK_CHECK_INT(tagCount(" \n\t ", 4), 0);

  /* text unlike the training data */
  const char *az[] = {
      "CHUCK HAGEL VISITS MOSCOW AS RUSSIA TIGHTENS SOCHI SECURITY",
      "chuck hagel visited moscow and sochi on monday with sergei shoigu.",
      "Владимир Путин посетил Москву. 東京は日本の首都です。مرحبا بالعالم",
      "\xff\xfe Clinton \xc3 said \xe2\x80 in Paris\xf0\x9f\x98\x80.",
      "'s n't ... -- U.S. . . . ' ' \" \"",
  };
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++)
    tagCount(az[i], strlen(az[i]));

  /* 10 MB inputs: news, one endless word, punctuation, no newlines */
  size_t nBig = 10u << 20;
  char *zBig = repeat("Chuck Hagel met Sergei Shoigu in Sochi, Russia, and "
                      "then flew to Washington . ",
                      nBig);
  TK_CHECK(tagCount(zBig, nBig) > 100000);
  free(zBig);
  zBig = repeat("Abcdefghij", nBig);
  tagCount(zBig, nBig);
  free(zBig);
  zBig = repeat(",.-'\"", nBig);
  TK_CHECK_INT(tagCount(zBig, nBig), 0);
  free(zBig);

  /* model files */
  char *zErr = 0;
  tk_ner_model *m = 0;
  TK_CHECK_INT(tk_ner_model_open("garbage", 7, &m, &zErr), TK_EINVAL);
  TK_CHECK(m == 0 && zErr && strstr(zErr, "not a textkit NER model"));
  tk_free(zErr);
  _Alignas(8) unsigned char aZero[TK_NER_HEADER + 2 * (2 * TK_NER_NROW + 2)] =
      "TKNER01";
  uint32_t nBits = 1, nWidth = 2;
  float r = 1;
  memcpy(aZero + 8, &nBits, 4);
  memcpy(aZero + 12, &r, 4);
  memcpy(aZero + 16, "zero", 5);
  memcpy(aZero + 60, &nWidth, 4);
  TK_CHECK_INT(tk_ner_model_open(aZero, sizeof aZero, &m, &zErr), TK_OK);
  TK_CHECK_STR(tk_ner_model_name(m), "zero");
  TK_CHECK_INT(tk_ner_tag(m, "Bill Clinton", 12, &a, &n), TK_OK);
  TK_CHECK_INT(n, 0); /* all weights 0: every token is O */
  tk_free(a);
  tk_ner_model_close(m);
  TK_CHECK_INT(tk_ner_model_open(aZero, sizeof aZero - 1, &m, &zErr),
               TK_EINVAL);
  tk_free(zErr);

  TK_TEST_END();
}
