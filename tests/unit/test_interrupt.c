/*
** test_interrupt.c -- the cancel points of the long linear calls (the _w
** forms and tk_tokenizer_set_work, see textkit/base.h's tk_work): for each
** one, a callback that never stops changes nothing but is asked; one that
** stops after k polls ends the call with TK_EINTERRUPT and no result; and
** the objects work again afterwards.  Under SANITIZE=1 this also checks
** that an interrupted call frees everything it held.
**
**   build/release/unit/test_interrupt   -- "N passed, N failed"
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdint.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The polls a tk_work of stopper() answers before it says stop. */
static int nPollsLeft;

/* tk_work's cancel callback: stop once nPollsLeft polls were answered. */
static int stopAfter(void *pArg) {
  (void)pArg;
  return nPollsLeft-- <= 0;
}

/* A tk_work that says stop after nPolls polls (never: INT32_MAX). */
static tk_work stopper(int nPolls) {
  tk_work w = {0};
  w.xCancel = stopAfter;
  nPollsLeft = nPolls;
  return w;
}

/* The number of polls the never-stopping stopper has answered. */
static int pollsAnswered(void) {
  return INT32_MAX - nPollsLeft;
}

/* About nBytes of prose (non-ASCII: the accents) in blank-line paragraphs. */
static void makeText(tk_buf *p, size_t nBytes, int bReversed) {
  static const char *azPara[] = {
      "The committee met in Geneva on Tuesday. Its report runs to 120 "
      "pages; the délégués approved it! Why did the minister resign?\n\n",
      "resign? minister the did Why it! approved délégués the pages; 120 "
      "to runs report Its Tuesday. on Geneva in met committee The\n\n"};
  const char *z = azPara[bReversed];
  while (p->n < nBytes)
    tk_buf_append(p, z, strlen(z));
}

/* An article page of about nBytes: paragraphs with a link each. */
static void makePage(tk_buf *p, size_t nBytes) {
  const char *zHead = "<html><head><title>T</title></head><body><article>";
  const char *zPara = "<p>The committee met in Geneva on Tuesday, and the "
                      "report <a href='/r'>runs long</a>.</p>\n";
  tk_buf_append(p, zHead, strlen(zHead));
  while (p->n < nBytes)
    tk_buf_append(p, zPara, strlen(zPara));
  tk_buf_append(p, "</article></body></html>", 24);
}

/* The stop points every call is tried with: the first poll, and later. */
static const int aStop[] = {0, 1, 5};

/* Tokenizer: tk_tokenizer_run (token_count) and tk_tokenizer_next. */
static void testTokenizer(const tk_buf *t) {
  tk_token_options o;
  tk_token_options_init(&o);
  tk_tokenizer *p = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_tokenizer_new(&o, &p, &zErr), TK_OK);
  tk_token tok;
  size_t nPlain = 0, nWork = 0;
  tk_tokenizer_reset(p, t->z, t->n);
  while (tk_tokenizer_next(p, &tok) == 1)
    nPlain++;
  tk_work w = stopper(INT32_MAX);
  tk_tokenizer_set_work(p, &w);
  tk_tokenizer_reset(p, t->z, t->n);
  while (tk_tokenizer_next(p, &tok) == 1)
    nWork++;
  TK_CHECK(nPlain > 100000 && nWork == nPlain);
  TK_CHECK(pollsAnswered() > 50);
  for (size_t k = 0; k < COUNT(aStop); k++) {
    w = stopper(aStop[k]);
    tk_tokenizer_reset(p, t->z, t->n);
    int rc;
    nWork = 0;
    while ((rc = tk_tokenizer_next(p, &tok)) == 1)
      nWork++;
    TK_CHECK_INT(rc, TK_EINTERRUPT);
    TK_CHECK(nWork < nPlain);
  }
  tk_tokenizer_set_work(p, NULL);
  nWork = 0;
  tk_tokenizer_reset(p, t->z, t->n);
  while (tk_tokenizer_next(p, &tok) == 1)
    nWork++;
  TK_CHECK(nWork == nPlain);
  tk_tokenizer_free(p);
}

/* keywords and text_cosine. */
static void testCorpus(const tk_buf *t, const tk_buf *u) {
  tk_keyword_options ko;
  tk_keyword_options_init(&ko);
  tk_keywords *pKw = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_keywords_new(&ko, &pKw, &zErr), TK_OK);
  const tk_keyword *aKw;
  size_t nPlain = 0, nWork = 0;
  TK_CHECK_INT(tk_keywords_run(pKw, 0, t->z, t->n, &aKw, &nPlain), TK_OK);
  TK_CHECK(nPlain > 0);
  tk_work w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_keywords_run_w(pKw, 0, t->z, t->n, &w, &aKw, &nWork), TK_OK);
  TK_CHECK(nWork == nPlain && pollsAnswered() > 50);
  for (size_t k = 0; k < COUNT(aStop); k++) {
    w = stopper(aStop[k]);
    TK_CHECK_INT(tk_keywords_run_w(pKw, 0, t->z, t->n, &w, &aKw, &nWork),
                 TK_EINTERRUPT);
    TK_CHECK(nWork == 0);
  }
  TK_CHECK_INT(tk_keywords_run(pKw, 0, t->z, t->n, &aKw, &nWork), TK_OK);
  TK_CHECK(nWork == nPlain);
  tk_keywords_free(pKw);

  tk_token_options to;
  tk_token_options_init(&to);
  tk_cosine *pCos = 0;
  TK_CHECK_INT(tk_cosine_new(&to, &pCos, &zErr), TK_OK);
  double rPlain = -1, rWork = -1;
  TK_CHECK_INT(tk_cosine_run(pCos, 0, t->z, t->n, u->z, u->n, &rPlain), TK_OK);
  w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_cosine_run_w(pCos, 0, t->z, t->n, u->z, u->n, &w, &rWork),
               TK_OK);
  int nAll = pollsAnswered();
  TK_CHECK(rPlain > 0.9 && rWork == rPlain && nAll > 50);
  for (size_t k = 0; k < COUNT(aStop); k++) {
    w = stopper(aStop[k]);
    TK_CHECK_INT(tk_cosine_run_w(pCos, 0, t->z, t->n, u->z, u->n, &w, &rWork),
                 TK_EINTERRUPT);
  }
  /* stopped while reading the second text */
  w = stopper(nAll / 2 + 2);
  TK_CHECK_INT(tk_cosine_run_w(pCos, 0, t->z, t->n, u->z, u->n, &w, &rWork),
               TK_EINTERRUPT);
  TK_CHECK_INT(tk_cosine_run(pCos, 0, t->z, t->n, u->z, u->n, &rWork), TK_OK);
  TK_CHECK(rWork == rPlain);
  tk_cosine_free(pCos);
}

/* A shingler for function eFn with the default options. */
static tk_shingler *shingler(int eFn) {
  tk_docsim_options o;
  tk_docsim_options_init(&o, eFn);
  tk_shingler *p = 0;
  char *zErr = 0;
  TK_CHECK_INT(tk_shingler_new(&o, &p, &zErr), TK_OK);
  return p;
}

/* minhash, simhash and text_jaccard. */
static void testDocsim(const tk_buf *t, const tk_buf *u) {
  tk_shingler *p = shingler(TK_DOCSIM_MINHASH);
  size_t nSig = tk_minhash_size(tk_shingler_options(p)->nPerm);
  unsigned char *aPlain = tk_malloc(nSig), *aWork = tk_malloc(nSig);
  TK_CHECK_INT(tk_minhash(p, t->z, t->n, aPlain), TK_OK);
  tk_work w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_minhash_w(p, t->z, t->n, &w, aWork), TK_OK);
  TK_CHECK(memcmp(aPlain, aWork, nSig) == 0 && pollsAnswered() > 50);
  for (size_t k = 0; k < COUNT(aStop); k++) {
    w = stopper(aStop[k]);
    TK_CHECK_INT(tk_minhash_w(p, t->z, t->n, &w, aWork), TK_EINTERRUPT);
  }
  TK_CHECK_INT(tk_minhash(p, t->z, t->n, aWork), TK_OK);
  TK_CHECK(memcmp(aPlain, aWork, nSig) == 0);
  tk_free(aPlain);
  tk_free(aWork);
  tk_shingler_free(p);

  p = shingler(TK_DOCSIM_SIMHASH);
  uint64_t hPlain = 0, hWork = 0;
  TK_CHECK_INT(tk_simhash(p, t->z, t->n, &hPlain), TK_OK);
  w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_simhash_w(p, t->z, t->n, &w, &hWork), TK_OK);
  TK_CHECK(hWork == hPlain && hPlain != 0 && pollsAnswered() > 50);
  w = stopper(1);
  TK_CHECK_INT(tk_simhash_w(p, t->z, t->n, &w, &hWork), TK_EINTERRUPT);
  tk_shingler_free(p);

  p = shingler(TK_DOCSIM_JACCARD);
  double rPlain = -1, rWork = -1;
  TK_CHECK_INT(tk_text_jaccard(p, t->z, t->n, u->z, u->n, &rPlain), TK_OK);
  w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_text_jaccard_w(p, t->z, t->n, u->z, u->n, &w, &rWork), TK_OK);
  TK_CHECK(rWork == rPlain && pollsAnswered() > 50);
  w = stopper(pollsAnswered() / 2 + 2);
  TK_CHECK_INT(tk_text_jaccard_w(p, t->z, t->n, u->z, u->n, &w, &rWork),
               TK_EINTERRUPT);
  tk_shingler_free(p);
}

/* text_overlap, text_blocks and text_main. */
static void testPassages(const tk_buf *t, const tk_buf *u) {
  tk_passage *aPlain = 0, *aWork = 0;
  size_t nPlain = 0, nWork = 0;
  TK_CHECK_INT(tk_overlap(t->z, t->n, u->z, 200000, 4, &aPlain, &nPlain),
               TK_OK);
  tk_work w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_overlap_w(t->z, t->n, u->z, 200000, 4, &w, &aWork, &nWork),
               TK_OK);
  TK_CHECK(nPlain > 0 && nWork == nPlain && pollsAnswered() > 50);
  TK_CHECK(nWork == nPlain &&
           memcmp(aPlain, aWork, nPlain * sizeof(tk_passage)) == 0);
  tk_free(aWork);
  int nAll = pollsAnswered();
  /* the reading, the index and the scan each stop it */
  const int aAt[] = {0, nAll / 2, nAll - 2};
  for (size_t k = 0; k < COUNT(aAt); k++) {
    w = stopper(aAt[k]);
    TK_CHECK_INT(tk_overlap_w(t->z, t->n, u->z, 200000, 4, &w, &aWork, &nWork),
                 TK_EINTERRUPT);
    TK_CHECK(aWork == 0 && nWork == 0);
  }
  tk_free(aPlain);

  tk_block *aBlkPlain = 0, *aBlk = 0;
  TK_CHECK_INT(tk_blocks(t->z, t->n, &aBlkPlain, &nPlain), TK_OK);
  w = stopper(INT32_MAX);
  TK_CHECK_INT(tk_blocks_w(t->z, t->n, &w, &aBlk, &nWork), TK_OK);
  TK_CHECK(nPlain > 1000 && nWork == nPlain && pollsAnswered() > 50);
  tk_free(aBlk);
  nAll = pollsAnswered();
  const int aBlkAt[] = {0, nAll / 4, nAll - 2};
  for (size_t k = 0; k < COUNT(aBlkAt); k++) {
    w = stopper(aBlkAt[k]);
    TK_CHECK_INT(tk_blocks_w(t->z, t->n, &w, &aBlk, &nWork), TK_EINTERRUPT);
    TK_CHECK(aBlk == 0 && nWork == 0);
  }
  tk_free(aBlkPlain);

  tk_buf b = {0};
  w = stopper(3);
  TK_CHECK_INT(tk_text_main_w(t->z, t->n, &w, &b), TK_EINTERRUPT);
  tk_buf_free(&b);
}

/* The normalizers over text z[0..n): each _w form as its plain one. */
static void testNormalizeText(const char *z, size_t n) {
  for (int iFn = 0; iFn < 6; iFn++) {
    tk_buf plain = {0}, work = {0};
    char *zErr = 0;
    for (int iRun = 0; iRun < 2 + (int)COUNT(aStop); iRun++) {
      tk_buf *p = iRun == 0 ? &plain : &work;
      tk_work w = stopper(iRun < 2 ? INT32_MAX : aStop[iRun - 2]);
      tk_work *pW = iRun == 0 ? NULL : &w;
      tk_buf_reset(&work);
      int rc;
      switch (iFn) {
      case 0:
        rc = tk_normalize_w(z, n, TK_NFKC, pW, p);
        break;
      case 1:
        rc = tk_casefold_w(z, n, pW, p);
        break;
      case 2:
        rc = tk_unaccent_w(z, n, pW, p);
        break;
      case 3:
        rc = tk_clean_w(z, n, pW, p);
        break;
      default:
        rc = tk_case_map_w(z, n, iFn == 4 ? "tr" : 0, iFn == 5, pW, p, &zErr);
        break;
      }
      if (iRun < 2) {
        TK_CHECK_INT(rc, TK_OK);
      } else {
        TK_CHECK_INT(rc, TK_EINTERRUPT);
      }
      if (iRun == 1) {
        TK_CHECK(work.n == plain.n && memcmp(work.z, plain.z, plain.n) == 0);
        TK_CHECK(pollsAnswered() > 4);
      }
    }
    tk_free(zErr);
    tk_buf_free(&plain);
    tk_buf_free(&work);
  }
}

/* The normalizers over prose and over ASCII (their fast path). */
static void testNormalize(const tk_buf *t) {
  testNormalizeText(t->z, t->n);
  tk_buf a = {0};
  while (a.n < t->n)
    tk_buf_append(&a, "Plain ASCII words, IN SOME CASE.\n", 33);
  testNormalizeText(a.z, a.n);
  tk_buf_free(&a);
}

/* html_text, html_main, html_meta and html_links. */
static void testHtml(const tk_buf *h) {
  for (int iFn = 0; iFn < 4; iFn++) {
    tk_buf plain = {0}, work = {0};
    tk_html_link *aLink = 0;
    size_t nLinkPlain = 0, nLink = 0;
    for (int iRun = 0; iRun < 2 + (int)COUNT(aStop); iRun++) {
      tk_buf *p = iRun == 0 ? &plain : &work;
      tk_work w = stopper(iRun < 2 ? INT32_MAX : aStop[iRun - 2]);
      tk_work *pW = iRun == 0 ? NULL : &w;
      char *zErr = 0;
      tk_buf_reset(&work);
      int rc;
      switch (iFn) {
      case 0:
        rc = tk_html_text_w(h->z, h->n, pW, p, &zErr);
        break;
      case 1:
        rc = tk_html_main_w(h->z, h->n, 0, pW, p, &zErr);
        break;
      case 2:
        rc = tk_html_meta_w(h->z, h->n, pW, p, &zErr);
        break;
      default:
        rc = tk_html_links_w(h->z, h->n, 0, 0, pW, &aLink, &nLink, &zErr);
        if (iRun == 0) nLinkPlain = nLink;
        if (iRun == 1) TK_CHECK(nLink == nLinkPlain && nLink > 1000);
        if (iRun > 1) TK_CHECK(aLink == 0 && nLink == 0);
        tk_html_links_free(aLink, nLink);
        break;
      }
      tk_free(zErr);
      if (iRun < 2) {
        TK_CHECK_INT(rc, TK_OK);
      } else {
        TK_CHECK_INT(rc, TK_EINTERRUPT);
      }
      if (iRun == 1) {
        TK_CHECK(work.n == plain.n &&
                 (plain.n == 0 || memcmp(work.z, plain.z, plain.n) == 0));
        TK_CHECK(pollsAnswered() > 20);
      }
    }
    tk_buf_free(&plain);
    tk_buf_free(&work);
  }
}

int main(void) {
  tk_buf t = {0}, u = {0}, h = {0};
  makeText(&t, 2 << 20, 0);
  makeText(&u, 2 << 20, 1);
  makePage(&h, 2 << 20);
  testTokenizer(&t);
  testCorpus(&t, &u);
  testDocsim(&t, &u);
  testPassages(&t, &t);
  testNormalize(&t);
  testHtml(&h);
  tk_buf_free(&t);
  tk_buf_free(&u);
  tk_buf_free(&h);
  TK_TEST_END();
}
