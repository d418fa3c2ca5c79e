/*
** test_corpus.c -- unit tests of the corpus core (ext/core/corpus_*.c,
** keywords.c): the term map against a linear reference through growth
** and clears, IDF lookups and bad weights, cosines with known values and
** a reused calculator, keyword order, surfaces and phrases, and that
** every allocation failure is reported as TK_ENOMEM without a leak.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/corpus/corpus_internal.h"

#include <math.h>
#include <stdlib.h>

/* An allocator that fails the nFailAt-th allocation (0: never). */
static long nAllocs = 0, nFailAt = 0;
static void *failMalloc(size_t n) {
  return ++nAllocs == nFailAt ? 0 : malloc(n);
}
static void *failRealloc(void *p, size_t n) {
  return ++nAllocs == nFailAt ? 0 : realloc(p, n);
}

/* The term map numbers terms in arrival order through many growths. */
static void testTermMap(void) {
  tk_termmap *m;
  char z[32];
  int bNew;
  TK_CHECK(tk_termmap_new(&m) == TK_OK);
  /* round 0 grows past the size a clear keeps; round 1 starts small */
  for (int round = 0; round < 2; round++) {
    int nTerm = round ? 5000 : 200000;
    for (int i = 0; i < nTerm; i++) {
      int n = snprintf(z, sizeof(z), "t%d", i * 7);
      if (tk_termmap_intern(m, z, (size_t)n, &bNew) != i || !bNew) {
        TK_CHECK_INT(tk_termmap_intern(m, z, (size_t)n, &bNew), i);
      }
    }
    TK_CHECK_INT(tk_termmap_count(m), nTerm);
    int nBad = 0;
    for (int i = 0; i < nTerm; i++) {
      int n = snprintf(z, sizeof(z), "t%d", i * 7);
      if (tk_termmap_find(m, z, (size_t)n) != i) nBad++;
      if (tk_termmap_intern(m, z, (size_t)n, &bNew) != i || bNew) nBad++;
      size_t nKey;
      const char *zKey = tk_termmap_key(m, (size_t)i, &nKey);
      if (nKey != (size_t)n || memcmp(zKey, z, nKey) != 0) nBad++;
    }
    TK_CHECK_INT(nBad, 0);
    TK_CHECK_INT(tk_termmap_find(m, "t1", 2), -1);
    tk_termmap_clear(m);
    TK_CHECK_INT(tk_termmap_count(m), 0);
    TK_CHECK_INT(tk_termmap_find(m, "t0", 2), -1);
  }
  TK_CHECK_INT(tk_termmap_intern(m, "", 0, &bNew), 0);
  TK_CHECK_INT(tk_termmap_find(m, "", 0), 0);
  TK_CHECK_INT(tk_termmap_find(m, "a", 1), -1);
  tk_termmap_free(m);
}

/* Key i of round r of testTermMapReuse into z; returns its length.  Keys
** of one round differ from those of every other. */
static size_t reuseKey(char *z, size_t nz, int r, int i) {
  return (size_t)snprintf(z, nz, "%c%d", 'a' + r, i);
}

/* A map cleared between uses of very different sizes, as keywords() and
** text_cosine() clear theirs between texts: whole (a full table), by
** replacing a table much larger than the last use needed, and slot by
** slot (a sparse one); after each, the map numbers new terms from 0 and
** holds none of the earlier ones.  Keys of every length up to 17 that
** differ in one byte stay distinct terms. */
static void testTermMapReuse(void) {
  /* 20000 grows the table; 153 is cleared whole, then by a smaller
  ** table; 1500 regrows it; 200 in the table 1500 left is cleared slot by
  ** slot; 5 shrinks it to the least size; 100 regrows it */
  static const int anRound[] = {20000, 153, 1500, 200, 200, 5, 100};
  tk_termmap *m;
  char z[32];
  int bNew, nBad = 0;
  TK_CHECK(tk_termmap_new(&m) == TK_OK);
  for (int r = 0; r < (int)(sizeof(anRound) / sizeof(anRound[0])); r++) {
    for (int i = 0; i < anRound[r]; i++) {
      size_t n = reuseKey(z, sizeof(z), r, i);
      if (tk_termmap_intern(m, z, n, &bNew) != i || !bNew) nBad++;
    }
    TK_CHECK_INT(tk_termmap_count(m), anRound[r]);
    for (int i = 0; i < anRound[r]; i++) {
      size_t n = reuseKey(z, sizeof(z), r, i);
      if (tk_termmap_find(m, z, n) != i) nBad++;
    }
    if (r > 0) { /* the previous round's keys are gone */
      for (int i = 0; i < anRound[r - 1]; i++) {
        size_t n = reuseKey(z, sizeof(z), r - 1, i);
        if (tk_termmap_find(m, z, n) != -1) nBad++;
      }
    }
    tk_termmap_clear(m);
    TK_CHECK_INT(tk_termmap_count(m), 0);
    for (int i = 0; i < anRound[r]; i++) {
      size_t n = reuseKey(z, sizeof(z), r, i);
      if (tk_termmap_find(m, z, n) != -1) nBad++;
    }
  }
  long iNext = 0;
  for (size_t n = 1; n <= 17; n++) {
    for (size_t k = 0; k < n; k++) {
      memset(z, 'a', n);
      z[k] = 'b';
      if (tk_termmap_intern(m, z, n, &bNew) != iNext++ || !bNew) nBad++;
    }
  }
  TK_CHECK_INT(tk_termmap_count(m), 153); /* 1 + 2 + ... + 17 */
  TK_CHECK_INT(nBad, 0);
  tk_termmap_free(m);
}

/* Every name particle is one as written; a capitalized one, a prefix,
** a longer word, an empty word and one with a NUL byte are not. */
static void testParticles(void) {
  static const char *const az[] = {"al",  "bin", "da",  "de", "del", "della",
                                   "den", "der", "di",  "du", "ibn", "la",
                                   "le",  "of",  "van", "von"};
  for (size_t i = 0; i < sizeof(az) / sizeof(az[0]); i++) {
    TK_CHECK_INT(tk_corpus__kw_is_particle(az[i], strlen(az[i])), 1);
  }
  static const char *const azNot[] = {"Van",    "vans", "va", "d",  "dell",
                                      "dellas", "the",  "in", "zu", "ofa"};
  for (size_t i = 0; i < sizeof(azNot) / sizeof(azNot[0]); i++) {
    TK_CHECK_INT(tk_corpus__kw_is_particle(azNot[i], strlen(azNot[i])), 0);
  }
  TK_CHECK_INT(tk_corpus__kw_is_particle("", 0), 0);
  TK_CHECK_INT(tk_corpus__kw_is_particle("de\0", 3), 0);
  TK_CHECK_INT(tk_corpus__kw_is_particle("van\xC3\xA9", 5), 0);
}

/* Known weights, the largest for unknown terms, 1 for an empty table. */
static void testIdf(void) {
  tk_idf *w;
  TK_CHECK(tk_idf_new(&w) == TK_OK);
  TK_CHECK(tk_idf_get(w, "x", 1) == 1.0);
  TK_CHECK(tk_idf_add(w, "cat", 3, 2.5) == TK_OK);
  TK_CHECK(tk_idf_add(w, "dog", 3, 0.5) == TK_OK);
  TK_CHECK(tk_idf_add(w, "neg", 3, -1) == TK_EINVAL);
  TK_CHECK(tk_idf_add(w, "nan", 3, NAN) == TK_EINVAL);
  TK_CHECK(tk_idf_add(w, "inf", 3, INFINITY) == TK_EINVAL);
  TK_CHECK(tk_idf_get(w, "cat", 3) == 2.5);
  TK_CHECK(tk_idf_get(w, "dog", 3) == 0.5);
  TK_CHECK(tk_idf_get(w, "bird", 4) == 2.5);
  TK_CHECK(tk_idf_get(w, "neg", 3) == 2.5);
  tk_idf_free(w);
}

/* Cosine of two texts under default options, -1 on error. */
static double cosine(tk_cosine *c, const tk_idf *w, const char *a,
                     const char *b) {
  double r = -1;
  if (tk_cosine_run(c, w, a, strlen(a), b, strlen(b), &r) != TK_OK) return -1;
  return r;
}

/* Known cosines; a calculator reused on texts of very different sizes. */
static void testCosine(void) {
  tk_token_options o;
  tk_cosine *c;
  char *zErr = 0;
  tk_token_options_init(&o);
  TK_CHECK(tk_cosine_new(&o, &c, &zErr) == TK_OK);
  TK_CHECK(fabs(cosine(c, 0, "a b b", "b a") - 3 / sqrt(10)) < 1e-15);
  TK_CHECK(cosine(c, 0, "Cat, cat!", "CAT") == 1.0);
  TK_CHECK(cosine(c, 0, "cat", "dog") == 0.0);
  TK_CHECK(cosine(c, 0, "", "dog") == 0.0);
  TK_CHECK(cosine(c, 0, "+ - !", "+ - !") == 0.0);
  TK_CHECK(fabs(cosine(c, 0, "1 2", "2 3") - 0.5) < 1e-15);
  TK_CHECK(cosine(c, 0,
                  "a\xff"
                  "b",
                  "b a") > 0.99);
  /* a text of 3000 terms, then one of 100000 (its tables are dropped, not
  ** kept, by the next run): counts must not leak into the next pair */
  for (int nBig = 3000; nBig <= 100000; nBig += 97000) {
    tk_buf big = {0};
    for (int i = 0; i < nBig; i++) {
      char z[16];
      int n = snprintf(z, sizeof(z), "w%d ", i);
      tk_buf_append(&big, z, (size_t)n);
    }
    TK_CHECK(!big.oom);
    TK_CHECK(fabs(cosine(c, 0, big.z, "w1 w2") - sqrt(2.0 / nBig)) < 1e-12);
    TK_CHECK(fabs(cosine(c, 0, "w1 w1", "w1 w5") - sqrt(0.5)) < 1e-15);
    tk_buf_free(&big);
  }
  tk_idf *w;
  TK_CHECK(tk_idf_new(&w) == TK_OK);
  tk_idf_add(w, "cat", 3, 2.0);
  tk_idf_add(w, "dog", 3, 1.0);
  tk_idf_add(w, "the", 3, 0.0);
  TK_CHECK(fabs(cosine(c, w, "cat dog", "cat") - 2 / sqrt(5)) < 1e-15);
  TK_CHECK(cosine(c, w, "the cat", "the dog") == 0.0);
  TK_CHECK(cosine(c, w, "the", "the") == 0.0);
  TK_CHECK(fabs(cosine(c, w, "bird cat", "bird") - sqrt(0.5)) < 1e-15);
  tk_idf_free(w);
  tk_cosine_free(c);
}

/* Append the keywords a[0..n) to b as "keyword:count;...". */
static void appendKeywordList(tk_buf *b, const tk_keyword *a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char zCount[32];
    tk_buf_append(b, a[i].zText, a[i].nText);
    int m = snprintf(zCount, sizeof(zCount), ":%ld;", a[i].nCount);
    tk_buf_append(b, zCount, (size_t)m);
  }
}

/* Keywords of z as "keyword:count;..." (single words with w, else RAKE
** phrases of up to 3 words). */
static char *keywordList(const char *z, const tk_idf *w) {
  tk_keyword_options o;
  tk_keywords *k;
  char *zErr = 0;
  const tk_keyword *a;
  size_t n;
  tk_keyword_options_init(&o);
  o.nWords = w ? 1 : 3;
  if (tk_keywords_new(&o, &k, &zErr) != TK_OK) return 0;
  tk_buf b = {0};
  if (tk_keywords_run(k, w, z, strlen(z), &a, &n) == TK_OK) {
    appendKeywordList(&b, a, n);
  }
  tk_buf_putc(&b, 0);
  tk_keywords_free(k);
  return b.z;
}

/* Phrases, their order and surfaces. */
static void testKeywords(void) {
  char *z = keywordList("Deep learning models need data. Deep learning is "
                        "popular. Data matters.",
                        0);
  TK_CHECK_STR(z, "Deep learning models:1;Deep learning:1;Data matters:1;"
                  "data:1;");
  tk_free(z);
  z = keywordList("red\xc2\xa0"
                  "apples and red apples\n\nRed apples",
                  0);
  TK_CHECK_STR(z, "red apples:3;");
  tk_free(z);
  tk_idf *w;
  TK_CHECK(tk_idf_new(&w) == TK_OK);
  tk_idf_add(w, "cat", 3, 2.0);
  tk_idf_add(w, "dog", 3, 1.0);
  z = keywordList("dog dog dog. Cat. bird, cat", w);
  TK_CHECK_STR(z, "Cat:2;dog:3;bird:1;");
  tk_free(z);
  tk_idf_free(w);
  /* the most frequent form, the first said on a tie; a phrase said once
  ** as written there, its words joined by one space */
  static const char *const aForm[][2] = {
      {"neural networks. Neural Networks. Neural Networks.",
       "Neural Networks:3;"},
      {"Neural Networks. neural networks.", "Neural Networks:2;"},
      {"neural networks. Neural Networks.", "neural networks:2;"},
      {"We study Neural   Networks here.", "Neural Networks:1;"},
  };
  for (size_t i = 0; i < sizeof(aForm) / sizeof(aForm[0]); i++) {
    z = keywordList(aForm[i][0], 0);
    TK_CHECK_STR(z, aForm[i][1]);
    tk_free(z);
  }
  z = keywordList("the of and", 0);
  TK_CHECK_STR(z, "");
  tk_free(z);
}

/* One full use of every object; TK_ENOMEM (or TK_OK) at each failure. */
static int useEverything(void) {
  tk_token_options o;
  tk_keyword_options ko;
  tk_cosine *c = 0;
  tk_keywords *k = 0;
  tk_idf *w = 0;
  char *zErr = 0;
  const tk_keyword *a;
  size_t n;
  double r;
  static const char zText[] =
      "Two suicide bombings in Volgograd killed 31 people. Security for the "
      "Sochi Winter Olympics rose; the Winter Olympics begin in February.";
  tk_token_options_init(&o);
  tk_keyword_options_init(&ko);
  int rc = tk_idf_new(&w);
  if (rc == TK_OK) rc = tk_idf_add(w, "sochi", 5, 2.0);
  if (rc == TK_OK) rc = tk_cosine_new(&o, &c, &zErr);
  if (rc == TK_OK) {
    rc = tk_cosine_run(c, w, zText, sizeof(zText) - 1, "Sochi", 5, &r);
  }
  if (rc == TK_OK) rc = tk_keywords_new(&ko, &k, &zErr);
  if (rc == TK_OK) rc = tk_keywords_run(k, 0, zText, sizeof(zText) - 1, &a, &n);
  if (rc == TK_OK) rc = tk_keywords_run(k, w, zText, sizeof(zText) - 1, &a, &n);
  tk_free(zErr);
  tk_keywords_free(k);
  tk_cosine_free(c);
  tk_idf_free(w);
  return rc;
}

/* The built-in English table: word classes, background weights, and
** words it cannot have. */
static void testLexicon(void) {
  tk_corpus__kwlexword w, wSystem;
  TK_CHECK(tk_corpus__kw_lex_find("platforms", 9, &w));
  TK_CHECK(w.bClasses & (1u << TK_KW_NOUN));
  TK_CHECK(tk_corpus__kw_lex_find("implies", 7, &w));
  TK_CHECK_INT(w.bClasses, 1u << TK_KW_VERB);
  TK_CHECK(tk_corpus__kw_lex_find("specifically", 12, &w));
  TK_CHECK_INT(w.bClasses, 1u << TK_KW_ADV);
  TK_CHECK(tk_corpus__kw_lex_find("beautiful", 9, &w));
  TK_CHECK(w.bClasses & (1u << TK_KW_ADJ));
  TK_CHECK(!(w.bClasses & (1u << TK_KW_NOUN)));
  TK_CHECK(tk_corpus__kw_lex_find("system", 6, &wSystem));
  TK_CHECK(tk_corpus__kw_lex_find("the", 3, &w));
  TK_CHECK(w.rIdf < wSystem.rIdf);
  TK_CHECK(!tk_corpus__kw_lex_find("volgogradx", 10, &w));
  TK_CHECK_INT(w.bClasses, 0);
  TK_CHECK(w.rIdf > wSystem.rIdf);
  TK_CHECK(!tk_corpus__kw_lex_find("", 0, &w));
  TK_CHECK(!tk_corpus__kw_lex_find("System", 6, &w)); /* lower case only */
  char aLong[300];
  memset(aLong, 'a', sizeof(aLong));
  TK_CHECK(!tk_corpus__kw_lex_find(aLong, sizeof(aLong), &w));
}

/* Append n distinct 4-letter words, each followed by a space (n at most
** 26^4): more than the keywords word cache holds. */
static void appendDistinctWords(tk_buf *p, unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    char zWord[5] = {(char)('a' + i % 26), (char)('a' + i / 26 % 26),
                     (char)('a' + i / 676 % 26), (char)('a' + i / 17576 % 26),
                     ' '};
    tk_buf_append(p, zWord, 5);
  }
}

/* The word cache kept across texts: more distinct words than it holds
** (it starts over) and then a text gives what a new extractor gives. */
static void testWordCache(void) {
  tk_keyword_options o;
  tk_keywords *k;
  char *zErr = 0;
  const tk_keyword *a;
  size_t n;
  tk_keyword_options_init(&o);
  o.nWords = 3; /* as keywordList() without w */
  TK_CHECK(tk_keywords_new(&o, &k, &zErr) == TK_OK);
  tk_buf big = {0};
  appendDistinctWords(&big, 300000);
  TK_CHECK(!big.oom);
  TK_CHECK(tk_keywords_run(k, 0, big.z, big.n, &a, &n) == TK_OK);
  TK_CHECK_INT(n, 10);
  tk_buf_free(&big);
  const char *z = "Volgograd system. The formal system implies more.";
  TK_CHECK(tk_keywords_run(k, 0, z, strlen(z), &a, &n) == TK_OK);
  char *zGot = keywordList(z, 0);
  tk_buf b = {0};
  appendKeywordList(&b, a, n);
  tk_buf_putc(&b, 0);
  TK_CHECK_STR(b.z, zGot);
  TK_CHECK_STR(zGot, "Volgograd system:1;formal system:1;");
  tk_free(zGot);
  tk_buf_free(&b);
  tk_keywords_free(k);
}

/* A text with more distinct words than the word cache holds: the cache
** starts over inside the text, and a word seen before and after that is
** still one keyword with both occurrences. */
static void testWordCacheWithinText(void) {
  tk_keyword_options o;
  tk_keywords *k;
  char *zErr = 0;
  const tk_keyword *a;
  size_t n;
  tk_keyword_options_init(&o);
  o.nTop = 0;
  TK_CHECK(tk_keywords_new(&o, &k, &zErr) == TK_OK);
  tk_buf big = {0};
  tk_buf_append(&big, "Volgograd. ", 11);
  appendDistinctWords(&big, 300000);
  tk_buf_append(&big, ". Volgograd.", 12);
  TK_CHECK(!big.oom);
  TK_CHECK(tk_keywords_run(k, 0, big.z, big.n, &a, &n) == TK_OK);
  long nRows = 0, nCount = 0;
  for (size_t i = 0; i < n; i++) {
    if (a[i].nText == 9 && memcmp(a[i].zText, "Volgograd", 9) == 0) {
      nRows++;
      nCount = a[i].nCount;
    }
  }
  TK_CHECK_INT(nRows, 1);
  TK_CHECK_INT(nCount, 2);
  tk_buf_free(&big);
  tk_keywords_free(k);
}

/* The first keyword of z by the extractor k with the table w, into
** zOut[0..nOut) ("" when there is none). */
static void firstKeyword(tk_keywords *k, const tk_idf *w, const char *z,
                         char *zOut, size_t nOut) {
  const tk_keyword *a;
  size_t n = 0;
  zOut[0] = 0;
  if (tk_keywords_run(k, w, z, strlen(z), &a, &n) == TK_OK && n > 0) {
    snprintf(zOut, nOut, "%.*s", (int)a[0].nText, a[0].zText);
  }
}

/* Table versions differ between tables and change with every add; an
** extractor that keeps words' IDF weights across texts reads them again
** when the table changes or another table (maybe at the same address)
** comes, with or without stem=. */
static void testIdfVersion(void) {
  tk_idf *a, *b;
  TK_CHECK(tk_idf_new(&a) == TK_OK);
  TK_CHECK(tk_idf_new(&b) == TK_OK);
  uint64_t vA = tk_idf_version(a), vB = tk_idf_version(b);
  TK_CHECK(vA != vB);
  TK_CHECK(tk_idf_add(a, "cat", 3, 2.0) == TK_OK);
  TK_CHECK(tk_idf_version(a) != vA && tk_idf_version(a) != vB);
  vA = tk_idf_version(a);
  TK_CHECK(tk_idf_add(a, "bad", 3, -1.0) == TK_EINVAL);
  TK_CHECK(tk_idf_version(a) == vA); /* a rejected row changes nothing */
  tk_idf_free(a);
  tk_idf_free(b);
  const char *z = "cat dog. cat dog.";
  for (int bStem = 0; bStem < 2; bStem++) {
    tk_keyword_options o;
    tk_keywords *k;
    char *zErr = 0, zFirst[32];
    tk_keyword_options_init(&o);
    o.nWords = 1;
    if (bStem) strcpy(o.tok.zStem, "english");
    TK_CHECK(tk_keywords_new(&o, &k, &zErr) == TK_OK);
    TK_CHECK(tk_idf_new(&a) == TK_OK);
    tk_idf_add(a, "cat", 3, 100.0);
    tk_idf_add(a, "dog", 3, 0.01);
    firstKeyword(k, a, z, zFirst, sizeof(zFirst));
    TK_CHECK_STR(zFirst, "cat");
    tk_idf_add(a, "cat", 3, 0.001); /* the same table, changed */
    firstKeyword(k, a, z, zFirst, sizeof(zFirst));
    TK_CHECK_STR(zFirst, "dog");
    tk_idf_free(a);
    TK_CHECK(tk_idf_new(&b) == TK_OK); /* another table */
    tk_idf_add(b, "cat", 3, 100.0);
    tk_idf_add(b, "dog", 3, 0.01);
    firstKeyword(k, b, z, zFirst, sizeof(zFirst));
    TK_CHECK_STR(zFirst, "cat");
    tk_idf_free(b);
    tk_keywords_free(k);
  }
}

/* Every allocation failure is reported, none crashes or leaks. */
static void testOom(void) {
  static const tk_allocator fail = {failMalloc, failRealloc, free};
  tk_set_allocator(&fail);
  nFailAt = 0;
  nAllocs = 0;
  int rc = useEverything();
  /* the stemmer's cache is optional: without memory for it stemming goes
  ** on uncached and the run succeeds (at most once per stemmer) */
  long nTotal = nAllocs, nBad = 0, nSame = 0;
  TK_CHECK_INT(rc, TK_OK);
  TK_CHECK(nTotal > 10);
  for (long i = 1; i <= nTotal; i++) {
    nAllocs = 0;
    nFailAt = i;
    rc = useEverything();
    if (rc == TK_OK) nSame++;
    if (rc != TK_ENOMEM && rc != TK_OK) nBad++;
  }
  TK_CHECK_INT(nBad, 0);
  TK_CHECK(nSame <= 2);
  tk_set_allocator(0);
}

int main(void) {
  testTermMap();
  testTermMapReuse();
  testParticles();
  testIdf();
  testCosine();
  testKeywords();
  testLexicon();
  testWordCache();
  testWordCacheWithinText();
  testIdfVersion();
  testOom();
  TK_TEST_END();
}
