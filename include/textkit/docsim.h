/*
** textkit/docsim.h -- document similarity over word shingles
** (ext/core/docsim_*.c): exact Jaccard of shingle sets, MinHash signatures
** and their LSH band buckets, and Charikar SimHash fingerprints.
**
**   tk_docsim_options o;  tk_shingler *s;
**   tk_docsim_options_init(&o, TK_DOCSIM_MINHASH);
**   tk_docsim_options_parse(&o, "perm=64 stem=english", 20, &zErr);
**   tk_shingler_new(&o, &s, &zErr);
**   unsigned char *sig = tk_malloc(tk_minhash_size(o.nPerm));
**   tk_minhash(s, zText, nText, sig);
**   tk_shingler_free(s);
**
** A shingle is k consecutive token norms (punctuation and symbols never
** count), hashed to 64 bits; a text of 1..k-1 tokens is one shingle, an
** empty text has none.
*/
#ifndef TEXTKIT_DOCSIM_H
#define TEXTKIT_DOCSIM_H

#ifdef __cplusplus
extern "C" {
#endif

/* Which function's options (and defaults) a tk_docsim_options holds. */
enum tk_docsim_fn {
  TK_DOCSIM_JACCARD = 0, /* shingle=1 */
  TK_DOCSIM_MINHASH = 1, /* shingle=5 perm=128 seed=0 */
  TK_DOCSIM_SIMHASH = 2  /* shingle=1 */
};

#define TK_MINHASH_MAX_PERM 1024
#define TK_DOCSIM_MAX_SHINGLE 64

typedef struct tk_docsim_options {
  int eFn;              /* enum tk_docsim_fn */
  tk_token_options tok; /* the tokens() options */
  int nShingle;         /* words per shingle, 1..TK_DOCSIM_MAX_SHINGLE */
  int nPerm;            /* MinHash functions, 1..TK_MINHASH_MAX_PERM */
  uint32_t iSeed;       /* MinHash seed */
} tk_docsim_options;

void tk_docsim_options_init(tk_docsim_options *p, int eFn);
/* Parse "k=v ..." into p: the tokens() keys except punct, shingle, and for
** minhash perm and seed.  TK_EINVAL names the valid keys or values. */
int tk_docsim_options_parse(tk_docsim_options *p, const char *z, size_t n,
                            char **pzErr);

/* A tokenizer plus the options: turns a text into shingle hashes.  Per
** use (statement), never shared between threads. */
typedef struct tk_shingler tk_shingler;
int tk_shingler_new(const tk_docsim_options *pOpt, tk_shingler **pp,
                    char **pzErr);
void tk_shingler_free(tk_shingler *p);
const tk_docsim_options *tk_shingler_options(const tk_shingler *p);
/* Call xShingle(pCtx, hash) for every shingle of z[0..n), in text order
** (repeats included), polling pWork (textkit/base.h; NULL: never) about
** every 16 KB read.  Returns TK_OK, TK_ENOMEM or TK_EINTERRUPT. */
int tk_shingle_run(tk_shingler *p, const char *z, size_t n, tk_work *pWork,
                   void (*xShingle)(void *, uint64_t), void *pCtx);

/* Jaccard of the two texts' shingle sets into *pOut: |A&B| / |A|B|, 1.0
** when both are empty.  Memory: proportional to the distinct shingles. */
int tk_text_jaccard(tk_shingler *p, const char *zA, size_t nA, const char *zB,
                    size_t nB, double *pOut);
/* The same polling pWork (NULL: never): TK_EINTERRUPT when it says stop. */
int tk_text_jaccard_w(tk_shingler *p, const char *zA, size_t nA, const char *zB,
                      size_t nB, tk_work *pWork, double *pOut);

/* MinHash signatures: a 20-byte header (see docs/docsim.md) then nPerm
** little-endian uint32 minima. */
#define TK_MINHASH_HEADER 20
size_t tk_minhash_size(int nPerm);
/* Write the signature of z[0..n) (tk_minhash_size bytes) into sig. */
int tk_minhash(tk_shingler *p, const char *z, size_t n, unsigned char *sig);
/* The same polling pWork (NULL: never): TK_EINTERRUPT when it says stop. */
int tk_minhash_w(tk_shingler *p, const char *z, size_t n, tk_work *pWork,
                 unsigned char *sig);
/* The perm count of a well-formed signature, or TK_EINVAL with a message
** naming what is wrong. */
int tk_minhash_check(const unsigned char *sig, size_t n, int *pnPerm,
                     char **pzErr);
/* The fraction of equal minima of two compatible signatures; TK_EINVAL
** naming the mismatch when they were made with different parameters. */
int tk_minhash_jaccard(const unsigned char *a, size_t na,
                       const unsigned char *b, size_t nb, double *pOut,
                       char **pzErr);
/* The 64-bit bucket of band iBand of nRows rows of a checked signature. */
uint64_t tk_minhash_band(const unsigned char *sig, int iBand, int nRows);

/* Charikar SimHash of z[0..n): bit b is set when more shingle occurrences
** have bit b set in their hash than not.  0 for an empty text. */
int tk_simhash(tk_shingler *p, const char *z, size_t n, uint64_t *pOut);
/* The same polling pWork (NULL: never): TK_EINTERRUPT when it says stop. */
int tk_simhash_w(tk_shingler *p, const char *z, size_t n, tk_work *pWork,
                 uint64_t *pOut);
/* Hamming distance of two fingerprints. */
int tk_simhash_distance(uint64_t a, uint64_t b);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_DOCSIM_H */
