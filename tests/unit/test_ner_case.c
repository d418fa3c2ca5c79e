/*
** test_ner_case.c -- the tagger's case regimes (ext/core/ner/features.c):
** a Title Case headline (TK_NER_C_TITLELINE) and an all-lower-case line
** (TK_NER_C_LOWLINE) are recognised per sentence; their feature keys are
** their own but for the word's identity; in a lower-case line every word
** is scored and may sit anywhere in a name.  Odd input: empty, one word,
** invalid UTF-8, non-Latin letters.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"
#include "tk_test_ner.h"

/* 1 when every token of a[0..n) has all the case flags f. */
static int allHave(const tk_ner_info *a, int n, unsigned f) {
  for (int k = 0; k < n; k++)
    if ((a[k].fCase & f) != f) return 0;
  return n > 0;
}

/* The number of static feature keys of token i that token j of b has too. */
static int sharedKeys(const tk_ner_info *a, int nA, int i, const tk_ner_info *b,
                      int nB, int j, int *pnA) {
  uint64_t aKey[TK_NER_MAXFEAT], bKey[TK_NER_MAXFEAT];
  int n = tk_ner__static_features(a, nA, i, aKey);
  int m = tk_ner__static_features(b, nB, j, bKey), nShared = 0;
  for (int x = 0; x < n; x++)
    for (int y = 0; y < m; y++)
      if (aKey[x] == bKey[y]) {
        nShared++;
        break;
      }
  *pnA = n;
  return nShared;
}

/* Which sentences are Title Case headlines. */
static void checkTitleLine(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  int n = tk_test_sentence_info("US Offers More Security to Kyiv", a);
  TK_CHECK_INT(n, 6);
  TK_CHECK(allHave(a, n, TK_NER_C_TITLELINE));
  TK_CHECK(!(a[0].fCase & TK_NER_C_LOWLINE));
  TK_CHECK(tk_ner__fixed_o(a[4].fCase));  /* to: a small word, O */
  TK_CHECK(!tk_ner__fixed_o(a[1].fCase)); /* Offers: scored */
  n = tk_test_sentence_info("Ursula von der Leyen Meets the Press in Kyiv", a);
  TK_CHECK(allHave(a, n, TK_NER_C_TITLELINE));
  /* a lower-case word other than the small ones: normal text */
  n = tk_test_sentence_info("US offers More Security to Kyiv", a);
  TK_CHECK(n == 6 && !(a[0].fCase & TK_NER_C_TITLELINE));
  /* fewer than TK_NER_TITLE_MIN capitalized words */
  n = tk_test_sentence_info("Biden Wins", a);
  TK_CHECK(n == 2 && !(a[0].fCase & TK_NER_C_TITLELINE));
  /* all caps is its own regime */
  n = tk_test_sentence_info("US OFFERS MORE SECURITY", a);
  TK_CHECK(n == 4 && !(a[0].fCase & TK_NER_C_TITLELINE) &&
           (a[0].fCase & TK_NER_C_CAPSLINE));
}

/* In an all-lower-case line every word is scored and none breaks a name:
** "ursula von der leyen" may be one PERSON. */
static void checkLowLine(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  int n = tk_test_sentence_info("ursula von der leyen visited kyiv", a);
  TK_CHECK_INT(n, 6);
  TK_CHECK(allHave(a, n, TK_NER_C_LOWLINE));
  for (int k = 0; k < n; k++) {
    TK_CHECK(!(a[k].fCase & TK_NER_C_BREAK));
    TK_CHECK(tk_ner__scored(a[k].fCase, 0));
  }
  float aScore[TK_NER_NTAG] = {0}, rMargin = 0;
  int iB = TK_NER_TAG(TK_ENT_PERSON, 0), iL = TK_NER_TAG(TK_ENT_PERSON, 2);
  aScore[iB] = 100;
  int iPrev = 0;
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 0, a[0].fCase, &rMargin), iB);
  aScore[iL] = 200;
  iPrev = iB;
  TK_CHECK_INT(tk_ner__decide(aScore, &iPrev, 0, a[3].fCase, &rMargin), iL);
  TK_CHECK_INT(iPrev, iB); /* not closed before "leyen" */
  /* a capitalized word or a word without letters keeps it normal text */
  n = tk_test_sentence_info("ursula von der leyen visited Kyiv", a);
  TK_CHECK(n == 6 && !(a[0].fCase & TK_NER_C_LOWLINE));
  TK_CHECK(tk_ner__fixed_o(a[4].fCase)); /* visited */
  n = tk_test_sentence_info("12 , 34", a);
  TK_CHECK(n == 3 && !(a[0].fCase & TK_NER_C_LOWLINE));
}

/* The spans of z the built-in model finds, as "text|text|..." (static). */
static const char *taggedSpans(const char *z) {
  static char zOut[256];
  tk_ner_span *a = 0;
  size_t n = 0, m = 0;
  zOut[0] = 0;
  if (tk_ner_tag(tk_ner_builtin(), z, strlen(z), &a, &n) != TK_OK) return "?";
  for (size_t k = 0; k < n && m < sizeof zOut; k++)
    m += (size_t)snprintf(zOut + m, sizeof zOut - m, "%s%.*s", k ? "|" : "",
                          (int)a[k].nLen, z + a[k].iStart);
  tk_free(a);
  return zOut;
}

/* A document that writes capitals reads its lines without capitals as
** code or commands, not lower-case text: their lower-case words are O;
** a document written all in lower case keeps the lower-case regime. */
static void checkCasedDocument(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  /* prose written with capitals: a capital, then three lower-case words */
  TK_CHECK_INT(tk_test_sentence_info("The compiler checks every borrow.", a),
               6);
  TK_CHECK_INT(tk_ner__cased_prose(a, 6), 1);
  int n = tk_test_sentence_info("The Compiler Checks Borrows", a);
  TK_CHECK_INT(tk_ner__cased_prose(a, n), 0); /* a Title Case headline */
  n = tk_test_sentence_info("Rust checks it", a);
  TK_CHECK_INT(tk_ner__cased_prose(a, n), 0); /* two lower-case words */
  n = tk_test_sentence_info("US OFFERS MORE SECURITY", a);
  TK_CHECK_INT(tk_ner__cased_prose(a, n), 0);
  n = tk_test_sentence_info("let name = barack obama;", a);
  TK_CHECK_INT(tk_ner__cased_prose(a, n), 0);
  TK_CHECK(a[0].fCase & TK_NER_C_LOWLINE);
  TK_CHECK_INT(tk_ner__cased_prose(a, 0), 0);
  /* the same line in a cased document: normal text, its words O */
  n = tk_test_sentence_info_in("let name = barack obama;", 0, 1, a);
  TK_CHECK_INT(n, 6);
  TK_CHECK(!(a[0].fCase & TK_NER_C_LOWLINE));
  TK_CHECK(tk_ner__fixed_o(a[3].fCase) && tk_ner__fixed_o(a[4].fCase));
  /* a capitalized sentence is read alike either way */
  tk_ner_info b[TK_NER_MAXSENT];
  n = tk_test_sentence_info_in("Chuck Hagel visited Moscow.", 0, 1, a);
  TK_CHECK_INT(tk_test_sentence_info("Chuck Hagel visited Moscow.", b), n);
  for (int k = 0; k < n; k++)
    TK_CHECK_INT(a[k].fCase & ~(unsigned)TK_NER_C_DOC0,
                 b[k].fCase & ~(unsigned)TK_NER_C_DOC0);
  /* through the tagger: no name in the code lines of a cased document */
  TK_CHECK_STR(taggedSpans("The book shows how to write a program. The "
                           "compiler checks it for you.\n"
                           "let city = paris;\nlet name = barack obama;\n"),
               "");
  TK_CHECK_STR(taggedSpans("The book shows how to write a program.\n"
                           "let city = paris;\n"),
               "paris"); /* one sentence of prose: lower-case text */
}

/* The regimes share the word's identity feature and nothing else. */
static void checkRegimeKeys(void) {
  tk_ner_info a[TK_NER_MAXSENT], b[TK_NER_MAXSENT], c[TK_NER_MAXSENT];
  int nA = tk_test_sentence_info("Hagel visited Moscow with Shoigu", a);
  int nB = tk_test_sentence_info("hagel visited moscow with shoigu", b);
  int nC = tk_test_sentence_info("Hagel Visited Moscow With Shoigu", c);
  TK_CHECK(nA == 5 && nB == 5 && nC == 5);
  TK_CHECK(!(a[0].fCase & (TK_NER_C_LOWLINE | TK_NER_C_TITLELINE)));
  TK_CHECK(c[0].fCase & TK_NER_C_TITLELINE);
  int nKey = 0;
  TK_CHECK_INT(sharedKeys(a, nA, 2, b, nB, 2, &nKey), 1);
  TK_CHECK(nKey > 10);
  TK_CHECK_INT(sharedKeys(a, nA, 2, c, nC, 2, &nKey), 1);
  TK_CHECK_INT(sharedKeys(b, nB, 2, b, nB, 2, &nKey), nKey);
  /* the lower-case word gets the clusters of its capitalized form */
  if (tk_ner__cluster_name()[0]) {
    TK_CHECK(a[2].uCluster != 0);
    TK_CHECK_INT(b[2].uCluster, a[2].uCluster);
  }
}

/* Odd input in the regimes: no crash, flags as for any text. */
static void checkOddInput(void) {
  tk_ner_info a[TK_NER_MAXSENT];
  TK_CHECK_INT(tk_test_sentence_info("", a), 0);
  TK_CHECK_INT(tk_test_sentence_info("word", a), 1);
  TK_CHECK(a[0].fCase & TK_NER_C_LOWLINE);
  int n = tk_test_sentence_info("\xff\xfe abc \xc3 d\xe2\x80 élysée ünter", a);
  TK_CHECK(n > 0 && (a[n - 1].fCase & TK_NER_C_LOWLINE));
  n = tk_test_sentence_info("\xc3\xa9lys\xc3\xa9\x65 \xff Москва Кремль", a);
  TK_CHECK(n > 0);
  const char *az[] = {"chuck hagel \xff\xfe visited \xc3 moscow",
                      "Chuck Hagel \xff Visits \xc3 Moscow And The Kremlin",
                      "élysée ünter \xf0\x9f\x98\x80 über"};
  for (size_t i = 0; i < sizeof az / sizeof az[0]; i++) {
    tk_ner_span *p = 0;
    size_t nSpan = 0, nText = strlen(az[i]);
    TK_CHECK_INT(tk_ner_tag(tk_ner_builtin(), az[i], nText, &p, &nSpan), TK_OK);
    for (size_t k = 0; k < nSpan; k++)
      TK_CHECK(p[k].iStart + p[k].nLen <= nText && p[k].nLen > 0);
    tk_free(p);
  }
}

int main(void) {
  checkTitleLine();
  checkLowLine();
  checkRegimeKeys();
  checkOddInput();
  checkCasedDocument();
  TK_TEST_END();
}
