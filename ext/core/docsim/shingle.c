/*
** docsim/shingle.c -- the options of the document similarity functions and
** the shingler: a tokenizer whose token norms are hashed to 64 bits and
** folded, k at a time, into one 64-bit hash per shingle.
**
**   text_jaccard('a b c', 'b c d', 'shingle=2')   -- {a b, b c} vs {b c, c d}
**
** Tokens of kind punctuation and symbol never count.  A text with fewer
** than k tokens (but at least one) is one shingle of all its tokens.
*/
#include "textkit.h"

#include <string.h>

struct tk_shingler {
  tk_docsim_options opt;
  tk_tokenizer *pTok;
  uint64_t aRing[TK_DOCSIM_MAX_SHINGLE]; /* last k token hashes */
};

/* The keys each function accepts, for error messages. */
static const char *const azKeys[] = {
    "lang, fold, unaccent, stem, stopwords, mode, shingle",
    "lang, fold, unaccent, stem, stopwords, mode, shingle, perm, seed",
    "lang, fold, unaccent, stem, stopwords, mode, shingle",
};

/* Defaults of function eFn (enum tk_docsim_fn). */
void tk_docsim_options_init(tk_docsim_options *p, int eFn) {
  memset(p, 0, sizeof(*p));
  p->eFn = eFn;
  tk_token_options_init(&p->tok);
  p->nShingle = eFn == TK_DOCSIM_MINHASH ? 5 : 1;
  p->nPerm = 128;
  p->iSeed = 0;
}

/* Parse an integer option value in [lo, hi] into *pOut, naming the key and
** range on error. */
static int intOption(const char *zKey, const char *zVal, size_t nVal, long lo,
                     long hi, long *pOut, char **pzErr) {
  if (tk_option_int(zVal, nVal, lo, hi, pOut) == TK_OK) return TK_OK;
  *pzErr = tk_mprintf("bad value '%.*s' for %s; valid: an integer %ld..%ld",
                      (int)nVal, zVal, zKey, lo, hi);
  return *pzErr ? TK_EINVAL : TK_ENOMEM;
}

/* One key=value pair (tk_option_fn). */
static int docsimOption(void *pCtx, const char *zKey, size_t nKey,
                        const char *zVal, size_t nVal, char **pzErr) {
  tk_docsim_options *p = pCtx;
  int bMinhash = p->eFn == TK_DOCSIM_MINHASH;
  long v = 0;
  int rc;
  if (tk_option_is(zKey, nKey, "shingle")) {
    rc = intOption("shingle", zVal, nVal, 1, TK_DOCSIM_MAX_SHINGLE, &v, pzErr);
    p->nShingle = (int)v;
    return rc;
  }
  if (bMinhash && tk_option_is(zKey, nKey, "perm")) {
    rc = intOption("perm", zVal, nVal, 1, TK_MINHASH_MAX_PERM, &v, pzErr);
    p->nPerm = (int)v;
    return rc;
  }
  if (bMinhash && tk_option_is(zKey, nKey, "seed")) {
    rc = intOption("seed", zVal, nVal, 0, 4294967295L, &v, pzErr);
    p->iSeed = (uint32_t)v;
    return rc;
  }
  if (tk_option_is(zKey, nKey, "punct") ||
      !(tk_option_is(zKey, nKey, "lang") || tk_option_is(zKey, nKey, "fold") ||
        tk_option_is(zKey, nKey, "unaccent") ||
        tk_option_is(zKey, nKey, "stem") ||
        tk_option_is(zKey, nKey, "stopwords") ||
        tk_option_is(zKey, nKey, "mode"))) {
    *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: %s", (int)nKey,
                        zKey, azKeys[p->eFn]);
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  return tk_token_options_set(&p->tok, zKey, nKey, zVal, nVal, pzErr);
}

/* Parse an option string into p (which holds the defaults). */
int tk_docsim_options_parse(tk_docsim_options *p, const char *z, size_t n,
                            char **pzErr) {
  return tk_options_parse(z, n, docsimOption, p, pzErr);
}

/* A shingler for the options (copied). */
int tk_shingler_new(const tk_docsim_options *pOpt, tk_shingler **pp,
                    char **pzErr) {
  *pp = 0;
  tk_shingler *p = tk_malloc(sizeof(*p));
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->opt = *pOpt;
  int rc = tk_tokenizer_new(&p->opt.tok, &p->pTok, pzErr);
  if (rc != TK_OK) {
    tk_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Free a shingler (NULL is a no-op). */
void tk_shingler_free(tk_shingler *p) {
  if (!p) return;
  tk_tokenizer_free(p->pTok);
  tk_free(p);
}

/* The options the shingler was made with. */
const tk_docsim_options *tk_shingler_options(const tk_shingler *p) {
  return &p->opt;
}

/* A strong 64-bit finalizer (the splitmix64 / murmur3 fmix64 shape). */
static inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/* Read 8 (or fewer, zero-padded) little-endian bytes. */
static inline uint64_t load64(const unsigned char *z, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n && i < 8; i++)
    v |= (uint64_t)z[i] << (8 * i);
  return v;
}

/* The 64-bit hash of one token norm: 8 bytes at a time, length-seeded. */
static uint64_t hashNorm(const char *zNorm, size_t n) {
  const unsigned char *z = (const unsigned char *)zNorm;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, z + i, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  if (i < n) {
    h = (h ^ load64(z + i, n - i)) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
  }
  return mix64(h);
}

/* The hash of the nTok token hashes of the ring that end at iEnd (order
** matters: "a b" and "b a" differ). */
static uint64_t foldShingle(const tk_shingler *p, int nTok, int iEnd) {
  int k = p->opt.nShingle;
  uint64_t h = 0x2545f4914f6cdd1dULL;
  for (int j = nTok - 1; j >= 0; j--) {
    h = (h ^ p->aRing[(iEnd - j + k) % k]) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
  }
  return mix64(h);
}

/* Hash every shingle of z[0..n) through xShingle, polling pWork. */
int tk_shingle_run(tk_shingler *p, const char *z, size_t n, tk_work *pWork,
                   void (*xShingle)(void *, uint64_t), void *pCtx) {
  int k = p->opt.nShingle;
  size_t nTok = 0;
  int iPos = 0;
  tk_token t;
  int rc;
  tk_tokenizer_reset(p->pTok, z, n);
  tk_tokenizer_set_work(p->pTok, pWork);
  while ((rc = tk_tokenizer_next(p->pTok, &t)) == 1) {
    if (t.eKind == TK_KIND_PUNCT || t.eKind == TK_KIND_SYMBOL) continue;
    p->aRing[iPos] = hashNorm(t.zNorm, t.nNorm);
    nTok++;
    if (k == 1) {
      xShingle(pCtx, p->aRing[0]);
    } else {
      if (nTok >= (size_t)k) xShingle(pCtx, foldShingle(p, k, iPos));
      iPos = iPos + 1 == k ? 0 : iPos + 1;
    }
  }
  tk_tokenizer_set_work(p->pTok, NULL);
  if (rc < 0) return rc;
  if (nTok > 0 && nTok < (size_t)k) {
    xShingle(pCtx, foldShingle(p, (int)nTok, (int)nTok - 1));
  }
  return TK_OK;
}
