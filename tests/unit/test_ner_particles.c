/*
** test_ner_particles.c -- names with particles (ext/core/ner/features.c):
** a run of connectors between two capitalized words is a bridge
** (TK_NER_C_BRIDGE_*), whose kind says whether it holds a name particle
** ("von der", "bin") or only phrase connectors ("of"); the bridge adds
** features to the words before, in and after it.  Odd input: connectors
** at the edges, a run without a capitalized end, invalid UTF-8, long runs.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"
#include "tk_test_ner.h"

/* The bridge flags of a[0..n) as a string: '-' none, 'b' before, 'i' in,
** 'a' after. */
static const char *bridges(const tk_ner_info *a, int n) {
  static char z[TK_NER_MAXSENT + 1];
  for (int k = 0; k < n; k++) {
    unsigned f = a[k].fCase;
    z[k] = f & TK_NER_C_BRIDGE_BEFORE  ? 'b'
           : f & TK_NER_C_BRIDGE_IN    ? 'i'
           : f & TK_NER_C_BRIDGE_AFTER ? 'a'
                                       : '-';
  }
  z[n] = 0;
  return z;
}

/* The number of static features of token i of the first sentence of z. */
static int featureCount(const char *z, int i) {
  tk_ner_info a[TK_NER_MAXSENT];
  uint64_t aKey[TK_NER_MAXFEAT];
  int n = tk_test_sentence_info(z, a);
  return i < n ? tk_ner__static_features(a, n, i, aKey) : -1;
}

int main(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  /* particles and phrase connectors */
  TK_CHECK(tk_ner__particle((const unsigned char *)"von", 3));
  TK_CHECK(tk_ner__particle((const unsigned char *)"bin", 3));
  TK_CHECK(!tk_ner__particle((const unsigned char *)"of", 2));
  TK_CHECK(!tk_ner__particle((const unsigned char *)"said", 4));
  TK_CHECK(!tk_ner__particle((const unsigned char *)"", 0));

  int n = tk_test_sentence_info(
      "President Ursula von der Leyen met Mohammed bin Salman", a);
  TK_CHECK_INT(n, 9);
  TK_CHECK_STR(bridges(a, n), "-biia-bia");
  TK_CHECK(a[2].fCase & TK_NER_C_PARTICLE);
  n = tk_test_sentence_info("the Bank of England and the talks of the year", a);
  TK_CHECK_STR(bridges(a, n), "-bia------");
  TK_CHECK(!(a[2].fCase & TK_NER_C_PARTICLE));
  /* no bridge without a capitalized word on both sides */
  n = tk_test_sentence_info("von der Leyen said", a);
  TK_CHECK_STR(bridges(a, n), "----");
  n = tk_test_sentence_info("Ursula von der", a);
  TK_CHECK_STR(bridges(a, n), "---");
  n = tk_test_sentence_info("ursula von der leyen", a);
  TK_CHECK_STR(bridges(a, n), "----");

  /* the bridge adds its features: two before and after it, three in it
  ** ("leyen" in a sentence with capitals ends no bridge) */
  TK_CHECK_INT(featureCount("Ursula von der Leyen", 0),
               featureCount("Ursula von der leyen", 0) + 2);
  TK_CHECK_INT(featureCount("Ursula von Leyen", 1),
               featureCount("Ursula von leyen", 1) + 3);

  /* odd input: long runs, invalid UTF-8, a sentence of connectors */
  n = tk_test_sentence_info(
      "A of of of of of of of of of of of of of of of of B", a);
  TK_CHECK(n == 18 && a[0].fCase & TK_NER_C_BRIDGE_BEFORE &&
           a[17].fCase & TK_NER_C_BRIDGE_AFTER);
  n = tk_test_sentence_info("\xff von \xc3 der Leyen \xe2\x80", a);
  TK_CHECK(n > 0);
  n = tk_test_sentence_info("of the and von der", a);
  TK_CHECK_STR(bridges(a, n), "-----");
  const char *z = "Ursula von der Leyen met Mohammed bin Salman in Brussels.";
  tk_ner_span *p = 0;
  size_t nSpan = 0;
  TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), z, strlen(z), &p, &nSpan), TK_OK);
  for (size_t k = 0; k < nSpan; k++)
    TK_CHECK(p[k].iStart + p[k].nLen <= strlen(z));
  tk_free(p);
  TK_TEST_END();
}
