/*
** test_tokenize.c -- unit tests of ext/core/tokenize/tokenize.c, stem.c and
** stopwords.c: token kinds, the mode=text specials, norms (fold, unaccent,
** stem, stopwords), option errors, invalid UTF-8.
*/
#include "textkit.h"
#include "tk_test.h"
#include "../../ext/core/tokenize/tokenize_internal.h"

#include <stdlib.h>

/* Tokenize z with the option string zOpt and describe every token as
** "surface/kind/norm" joined by " | " into zOut; returns the count or a
** negative code (zOut then holds the error message). */
static int describe(const char *z, size_t n, const char *zOpt, char *zOut,
                    size_t nOut) {
  tk_token_options o;
  tk_tokenizer *t = 0;
  char *zErr = 0;
  tk_token_options_init(&o);
  int rc = tk_token_options_parse(&o, zOpt, strlen(zOpt), &zErr);
  if (rc == TK_OK) rc = tk_tokenizer_new(&o, &t, &zErr);
  if (rc != TK_OK) {
    snprintf(zOut, nOut, "%s", zErr ? zErr : tk_errstr(rc));
    tk_free(zErr);
    return rc;
  }
  tk_token tok;
  size_t k = 0;
  int nTok = 0;
  zOut[0] = 0;
  tk_tokenizer_reset(t, z, n);
  while ((rc = tk_tokenizer_next(t, &tok)) == 1) {
    k += (size_t)snprintf(zOut + k, nOut - k, "%s%.*s/%s/%.*s",
                          nTok ? " | " : "", (int)tok.nLen, z + tok.iStart,
                          tk_token_kind_name(tok.eKind), (int)tok.nNorm,
                          tok.zNorm);
    if (k >= nOut) k = nOut - 1;
    nTok++;
  }
  tk_tokenizer_free(t);
  return rc < 0 ? rc : nTok;
}

/* Check the description of z's tokens under zOpt. */
#define TOKENS(z, zOpt, want)                                                  \
  do {                                                                         \
    char zGot[2048];                                                           \
    describe(z, strlen(z), zOpt, zGot, sizeof(zGot));                          \
    TK_CHECK_STR(zGot, want);                                                  \
  } while (0)

/* Kinds of plain segments. */
static void testKinds(void) {
  TOKENS("Hello, World 42!", "",
         "Hello/word/hello | World/word/world | 42/number/42");
  TOKENS("Hello, World!", "punct=1",
         "Hello/word/hello | ,/punct/, | World/word/world | !/punct/!");
  TOKENS("pi is 3.14, or 1,000,000.5", "",
         "pi/word/pi | is/word/is | 3.14/number/3.14 | or/word/or | "
         "1,000,000.5/number/1,000,000.5");
  TOKENS("$100 + 5%", "punct=1",
         "$/symbol/$ | 100/number/100 | +/symbol/+ | 5/number/5 | %/punct/%");
  TOKENS("I \xE2\x9D\xA4\xEF\xB8\x8F NY \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8", "",
         "I/word/i | \xE2\x9D\xA4\xEF\xB8\x8F/emoji/\xE2\x9D\xA4\xEF\xB8\x8F | "
         "NY/word/ny | \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8/emoji/"
         "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8");
  TOKENS("don't stop_it", "", "don't/word/don't | stop_it/word/stop_it");
  /* CJK ideographs are one token each under UAX #29 */
  TOKENS("\xE4\xB8\xAD\xE6\x96\x87", "",
         "\xE4\xB8\xAD/word/\xE4\xB8\xAD | \xE6\x96\x87/word/\xE6\x96\x87");
}

/* mode=text specials and their absence in mode=uax29. */
static void testSpecials(void) {
  TOKENS(
      "see https://example.com/a?b=1. now", "",
      "see/word/see | https://example.com/a?b=1/url/https://example.com/a?b=1"
      " | now/word/now");
  TOKENS("(www.Example.org/x_(y))", "",
         "www.Example.org/x_(y)/url/www.example.org/x_(y)");
  TOKENS("mail John.Smith@Example.co.uk, or", "",
         "mail/word/mail | John.Smith@Example.co.uk/email/"
         "john.smith@example.co.uk | or/word/or");
  TOKENS(
      "#Python and @guido_vr", "",
      "#Python/hashtag/#python | and/word/and | @guido_vr/mention/@guido_vr");
  TOKENS("the U.S. and e.g. x", "",
         "the/word/the | U.S./word/u.s. | and/word/and | e.g./word/e.g. | "
         "x/word/x");
  TOKENS("a#1 b@c", "", "a/word/a | 1/number/1 | b/word/b | c/word/c");
  TOKENS("the U.S. #tag", "mode=uax29 punct=1",
         "the/word/the | U.S/word/u.s | ./punct/. | #/punct/# | tag/word/tag");
  TOKENS("http://x.org", "mode=uax29", "http/word/http | x.org/word/x.org");
}

/* Norms: folding, unaccenting, stemming, stopwords. */
static void testNorms(void) {
  TOKENS("Stra\xC3\x9F"
         "e Cr\xC3\xA8me",
         "",
         "Stra\xC3\x9F"
         "e/word/strasse | Cr\xC3\xA8me/word/cr\xC3\xA8me");
  TOKENS("Cr\xC3\xA8me", "unaccent=1", "Cr\xC3\xA8me/word/creme");
  TOKENS("Cr\xC3\xA8me", "fold=0 unaccent=1", "Cr\xC3\xA8me/word/Creme");
  TOKENS("ABC", "fold=0", "ABC/word/ABC");
  TOKENS("The bombings were running", "stem=english",
         "The/word/the | bombings/word/bomb | were/word/were | "
         "running/word/run");
  TOKENS("The bombings were running", "stem=1 stopwords=1",
         "bombings/word/bomb | running/word/run");
  TOKENS("Les \xC3\xA9t\xC3\xA9s", "stopwords=fr unaccent=1", "");
  TOKENS("Die Katzen", "lang=de stem=1 stopwords=1", "Katzen/word/katz");
  TOKENS("It\xE2\x80\x99s fine", "stopwords=en", "fine/word/fine");
  TOKENS("running", "stem=porter", "running/word/run");
}

/* Bad options name the valid ones. */
static void testOptionErrors(void) {
  TOKENS("x", "foo=1",
         "unknown option 'foo'; valid keys: lang, fold, unaccent, stem, "
         "stopwords, punct, mode");
  TOKENS("x", "mode=words", "bad value 'words' for mode; valid: text, uax29");
  TOKENS("x", "fold=maybe",
         "bad value 'maybe' for fold; valid: 0, 1 (or false/true, no/yes, "
         "off/on)");
  TOKENS("x", "stopwords=klingon",
         "bad value 'klingon' for stopwords; valid: 0, 1, czech (cs), "
         "danish (da), dutch (nl), english (en), finnish (fi), french (fr), "
         "german (de), hungarian (hu), indonesian (id), italian (it), "
         "norwegian (nb), polish "
         "(pl), portuguese (pt), romanian (ro), russian (ru), spanish (es), "
         "swedish (sv), turkish (tr)");
  char zGot[2048];
  TK_CHECK_INT(describe("x", 1, "stem=klingon", zGot, sizeof(zGot)), TK_EINVAL);
  TK_CHECK(strstr(zGot, "valid: 0, 1, arabic,") != 0);
  TK_CHECK(strstr(zGot, "english") != 0);
  TK_CHECK_INT(describe("x", 1, "lang=xx", zGot, sizeof(zGot)), TK_EINVAL);
  TK_CHECK(strstr(zGot, "en (english)") != 0);
  TK_CHECK_INT(describe("x", 1, "lang=hi stopwords=1", zGot, sizeof(zGot)),
               TK_EINVAL);
  TK_CHECK_STR(zGot, "no stopword list for lang 'hindi'; valid: czech (cs), "
                     "danish (da), dutch (nl), english (en), finnish (fi), "
                     "french (fr), german (de), hungarian (hu), "
                     "indonesian (id), italian (it), "
                     "norwegian (nb), polish (pl), portuguese (pt), "
                     "romanian (ro), russian (ru), spanish (es), swedish (sv), "
                     "turkish (tr)");
  TK_CHECK_INT(describe("x", 1, "stem", zGot, sizeof(zGot)), TK_EINVAL);
}

/* Invalid UTF-8, empty text, spans cover every non-space byte. */
static void testBadInput(void) {
  TOKENS("a\xFF"
         "b",
         "", "a/word/a | \xFF/symbol/\xEF\xBF\xBD | b/word/b");
  TOKENS("\xC3", "", "\xC3/symbol/\xEF\xBF\xBD");
  TOKENS("", "", "");
  TOKENS(" \xCC\x88x", "", "x/word/x");
  char zGot[64];
  TK_CHECK_INT(describe("a b c", 5, "", zGot, sizeof(zGot)), 3);
  /* a long text of one repeated word */
  size_t n = 1 << 20;
  char *z = malloc(n);
  for (size_t k = 0; k < n; k++)
    z[k] = (k % 4 == 3) ? ' ' : 'a';
  char *zBig = malloc(1 << 20);
  TK_CHECK_INT(describe(z, n, "", zBig, 1 << 20), (int)(n / 4));
  free(zBig);
  free(z);
}

/* Random bytes (biased toward UTF-8 lead bytes, marks, spaces and the
** characters of the mode=text specials) never break the invariants:
** tokens are non-empty, inside the text, in order and non-overlapping. */
static void testRandomBytes(void) {
  static const char *azOpt[] = {"punct=1", "mode=uax29 punct=1",
                                "stem=en stopwords=en unaccent=1", "fold=0"};
  static const unsigned char aPick[] = {
      'a',  'Z',  '0',  '.',  '@',  '#',  ':',  '/',  '-',  '_',  ' ',
      '\'', 0xC3, 0xA9, 0xCC, 0x88, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x98,
      0x80, 0xFF, 0xD7, 0x90, 0x22, 0xE3, 0x82, 0xAB, '\n', '\r'};
  uint32_t seed = 12345;
  unsigned char z[64];
  int nBad = 0;
  for (int iter = 0; iter < 20000; iter++) {
    size_t n = 1 + iter % 63;
    for (size_t k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      z[k] = (seed >> 16) % 4 ? aPick[(seed >> 8) % sizeof(aPick)]
                              : (unsigned char)(seed >> 20);
    }
    tk_token_options o;
    tk_tokenizer *t = 0;
    char *zErr = 0;
    tk_token_options_init(&o);
    const char *zOpt = azOpt[iter % 4];
    tk_token_options_parse(&o, zOpt, strlen(zOpt), &zErr);
    if (tk_tokenizer_new(&o, &t, &zErr) != TK_OK) {
      nBad++;
      tk_free(zErr);
      continue;
    }
    tk_token tok;
    size_t iEnd = 0;
    int rc;
    tk_tokenizer_reset(t, (const char *)z, n);
    while ((rc = tk_tokenizer_next(t, &tok)) == 1) {
      if (tok.nLen == 0 || tok.iStart < iEnd || tok.iStart + tok.nLen > n ||
          !tok.zNorm) {
        nBad++;
      }
      iEnd = tok.iStart + tok.nLen;
    }
    if (rc != 0) nBad++;
    tk_tokenizer_free(t);
  }
  TK_CHECK_INT(nBad, 0);
}

/* 1 when the segment with flags f is a token (not white space or a
** control), as tokenize.c decides. */
static int segmentIsToken(unsigned f) {
  unsigned first = TK_WB_FIRST(f);
  return (f & ((1u << TK_WC_LETTER) | (1u << TK_WC_NUMBER) |
               (1u << TK_WC_EMOJI))) ||
         (first != TK_WC_SPACE && first != TK_WC_SKIP);
}

/* mode=uax29 punct=1 gives exactly the non-space segments of
 *tk_tokenize__wb_next,
 ** fast path included, on random mostly-ASCII text. */
static void testUax29MatchesSegmenter(void) {
  static const unsigned char aPick[] = {
      'a', 'B',  '7',  '.',  ',', ':', ';', '\'', '"',  '-',  '_',  ' ',
      ' ', '\t', '\n', '\r', '$', '#', '@', 0xCC, 0x88, 0xC3, 0xA9, 0x01};
  uint32_t seed = 777;
  unsigned char z[48];
  int nBad = 0;
  tk_token_options o;
  tk_tokenizer *t = 0;
  char *zErr = 0;
  tk_token_options_init(&o);
  tk_token_options_parse(&o, "mode=uax29 punct=1", 18, &zErr);
  tk_tokenizer_new(&o, &t, &zErr);
  for (int iter = 0; iter < 20000 && t; iter++) {
    size_t n = 1 + iter % 47;
    for (size_t k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      z[k] = aPick[(seed >> 16) % sizeof(aPick)];
    }
    size_t i = 0;
    tk_token tok;
    tk_tokenizer_reset(t, (const char *)z, n);
    while (i < n) {
      unsigned f;
      size_t j = tk_tokenize__wb_next(z, n, i, &f);
      if (segmentIsToken(f)) {
        if (tk_tokenizer_next(t, &tok) != 1 || tok.iStart != i ||
            tok.nLen != j - i) {
          nBad++;
          break;
        }
      }
      i = j;
    }
    if (i >= n && tk_tokenizer_next(t, &tok) != 0) nBad++;
  }
  tk_tokenizer_free(t);
  TK_CHECK_INT(nBad, 0);
}

/* Stemmer and stopword APIs directly. */
static void testStemApi(void) {
  tk_stemmer *s = 0;
  char *zErr = 0;
  const char *zOut;
  size_t nOut;
  TK_CHECK_INT(tk_stemmer_new("fr", 2, &s, &zErr), TK_OK);
  TK_CHECK_INT(tk_stemmer_stem(s, "chevaux", 7, &zOut, &nOut), TK_OK);
  TK_CHECK(nOut == 6 && memcmp(zOut, "cheval", 6) == 0);
  tk_stemmer_free(s);
  /* the stem cache gives what a fresh stemmer gives, over colliding and
  ** repeated words */
  static const char *azWord[] = {
      "running", "bombings", "generously", "nationalization",
      "cats",    "running",  "connection", "bombings",
      "a",       "cats"};
  tk_stemmer *pCached = 0;
  TK_CHECK_INT(tk_stemmer_new("english", 7, &pCached, &zErr), TK_OK);
  int nSame = 0;
  for (int r = 0; r < 3000; r++) {
    const char *zWord = azWord[r % 10];
    char zBuf[64];
    snprintf(zBuf, sizeof(zBuf), "%s%s", zWord, r % 7 ? "" : "s");
    size_t nWord = strlen(zBuf);
    const char *zA, *zB;
    size_t nA, nB;
    tk_stemmer *pFresh = 0;
    tk_stemmer_new("english", 7, &pFresh, &zErr);
    if (tk_stemmer_stem(pCached, zBuf, nWord, &zA, &nA) == TK_OK &&
        tk_stemmer_stem(pFresh, zBuf, nWord, &zB, &nB) == TK_OK && nA == nB &&
        memcmp(zA, zB, nA) == 0) {
      nSame++;
    }
    tk_stemmer_free(pFresh);
  }
  tk_stemmer_free(pCached);
  TK_CHECK_INT(nSame, 3000);
  TK_CHECK_STR(tk_lang_name("EN", 2), "english");
  TK_CHECK(tk_lang_name("xx", 2) == 0);
  const tk_stoplist *p = tk_stoplist_get("russian", 7);
  TK_CHECK(p != 0);
  TK_CHECK_INT(tk_stoplist_has(p, "\xD0\xB8", 2), 1);
  TK_CHECK_INT(tk_stoplist_has(p, "\xD0\xBA\xD0\xBE\xD1\x82", 6), 0);
  TK_CHECK_INT(tk_stoplist_has(tk_stoplist_get("de", 2),
                               "\xC3\xBC"
                               "ber",
                               5),
               1);
}

/* tk_tokenizer_count gives as many tokens as tk_tokenizer_next. */
static void testCount(void) {
  static const char *az[] = {"", "Hello, world!", "e-mail bob@x.org #tag 3.5",
                             "\xff\xfe broken \xc3"};
  tk_token_options o;
  tk_tokenizer *t = 0;
  char *zErr = 0;
  tk_token_options_init(&o);
  TK_CHECK_INT(tk_tokenizer_new(&o, &t, &zErr), TK_OK);
  for (size_t i = 0; i < sizeof(az) / sizeof(az[0]); i++) {
    char zGot[512];
    int64_t nCount = -1;
    int nNext = describe(az[i], strlen(az[i]), "", zGot, sizeof(zGot));
    TK_CHECK_INT(tk_tokenizer_count(t, az[i], strlen(az[i]), &nCount), 0);
    TK_CHECK_INT((int)nCount, nNext);
  }
  tk_tokenizer_free(t);
}

int main(void) {
  testKinds();
  testSpecials();
  testNorms();
  testOptionErrors();
  testBadInput();
  testRandomBytes();
  testUax29MatchesSegmenter();
  testStemApi();
  testCount();
  TK_TEST_END();
}
