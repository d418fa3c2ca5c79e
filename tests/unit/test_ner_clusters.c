/*
** test_ner_clusters.c -- the tagger's word clusters (ext/core/ner/clusters.c)
** with the committed table: words of one kind share a long path prefix,
** case is kept, unknown words and bad input get no cluster and no
** feature, only capitalized words and their neighbours are looked up
** (every word of an all-lower-case line, capitalized), and a capitalized
** known word gets its prefix features.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"

/* The tokens of z into a[] (at most TK_NER_MAXSENT) with their
** features' inputs; returns the token count. */
static int sentence(const char *z, tk_ner_info *a) {
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner_reader rd;
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, 1, 0, a);
  return n;
}

/* The path code of the single word z as written, from the table (after a
** capitalized word: alone, a lower-case word would make an all-lower-case
** line, where words are looked up capitalized). */
static uint32_t clusterOf(const char *z) {
  tk_ner_info a[TK_NER_MAXSENT];
  char zLine[64];
  snprintf(zLine, sizeof zLine, "Qq %s", z);
  return sentence(zLine, a) == 2 ? tk_ner__cluster_of(a[1].hWord) : 0xffffffffu;
}

/* The number of path steps two codes share (neither 0). */
static int sharedSteps(uint32_t u, uint32_t v) {
  int nu = 31, nv = 31;
  while (!(u >> nu))
    nu--;
  while (!(v >> nv))
    nv--;
  int n = 0;
  while (n < nu && n < nv &&
         ((u >> (nu - 1 - n)) & 1) == ((v >> (nv - 1 - n)) & 1))
    n++;
  return n;
}

int main(void) {
  TK_CHECK(strncmp(tk_ner__cluster_name(), "enwiki-", 7) == 0);

  /* words of one kind share a long prefix; other kinds part early */
  uint32_t uMon = clusterOf("Monday"), uTue = clusterOf("Tuesday");
  uint32_t uGermany = clusterOf("Germany"), uFrance = clusterOf("France");
  uint32_t uThe = clusterOf("the");
  TK_CHECK(uMon && uTue && uGermany && uFrance && uThe);
  TK_CHECK(sharedSteps(uMon, uTue) >= 8);
  TK_CHECK(sharedSteps(uGermany, uFrance) >= 8);
  TK_CHECK(sharedSteps(uMon, uGermany) < 8);
  TK_CHECK(sharedSteps(uThe, uGermany) < 8);

  /* case is kept: "the" and "The" are different words */
  TK_CHECK(clusterOf("The") != 0 && clusterOf("The") != uThe);

  /* unknown words, invalid UTF-8, lone punctuation unseen: no cluster */
  TK_CHECK_INT(clusterOf("Xqzvbnmkw"), 0);
  TK_CHECK_INT(clusterOf("\xff"), 0);
  TK_CHECK_INT(tk_ner__cluster_of(0), 0);

  /* features: one per prefix for a known word, none for unknown words;
  ** the same prefix of two same-cluster words gives the same key */
  tk_ner_info a[TK_NER_MAXSENT];
  uint64_t aKey[TK_NER_CLUSTER_MAXFEAT], aKey2[TK_NER_CLUSTER_MAXFEAT];
  int n = sentence("Xqzvbnmkw Zzyqxwv", a);
  TK_CHECK_INT(n, 2);
  TK_CHECK_INT(tk_ner__cluster_features(a, n, 0, aKey), 0);
  TK_CHECK_INT(tk_ner__cluster_features(a, n, 1, aKey), 0);
  n = sentence("on Monday", a);
  TK_CHECK_INT(a[1].uCluster, uMon);
  int nMon = tk_ner__cluster_features(a, n, 1, aKey);
  TK_CHECK(nMon >= 4 && nMon <= TK_NER_CLUSTER_MAXFEAT);
  if (sharedSteps(uMon, uTue) >= 4) {
    n = sentence("on Tuesday", a);
    TK_CHECK(tk_ner__cluster_features(a, n, 1, aKey2) == nMon);
    TK_CHECK(aKey[0] == aKey2[0]); /* the 4-step prefix */
  }

  /* a sentence looks up capitalized words and their neighbours only */
  n = sentence("the cat saw Germany in May", a);
  TK_CHECK_INT(n, 6);
  TK_CHECK_INT(a[0].uCluster, 0); /* "the": no capital near */
  TK_CHECK_INT(a[1].uCluster, 0);
  TK_CHECK(a[2].uCluster != 0 && a[2].uCluster == clusterOf("saw"));
  TK_CHECK_INT(a[3].uCluster, uGermany);
  TK_CHECK(a[4].uCluster != 0 && a[5].uCluster != 0);
  TK_CHECK_INT(tk_ner__cluster_features(a, n, 1, aKey), 0); /* lower case */
  TK_CHECK_INT(tk_ner__cluster_features(a, n, 3, aKey), 5);

  /* in an all-lower-case line every word is looked up capitalized */
  n = sentence("the cat saw germany in may", a);
  TK_CHECK_INT(a[3].uCluster, uGermany);
  TK_CHECK_INT(a[0].uCluster, clusterOf("The"));
  TK_CHECK(tk_ner__cluster_features(a, n, 3, aKey) > 0);

  /* an empty sentence is fine */
  tk_ner__cluster_mark(a, 0);
  TK_CHECK_INT(sentence("", a), 0);

  TK_TEST_END();
}
