/*
** fuzz_tokenize.c -- libFuzzer target for the word tokenizer: the input is
** an option string (any junk: an error with a message, or success), a NUL
** and the text.  Tokens must come in order, disjoint, non-empty, inside
** the text, of a known kind, with a norm (valid UTF-8 when the text is);
** tokenizing the text again gives the same tokens; tk_tokenizer_run (the
** FTS5 and token_count() path) yields the same spans and norms as next().
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* The most tokens kept for the comparison of the two paths. */
#define MAX_TOKENS 2048

/* One token as seen by either path: span and a hash of the norm. */
typedef struct Seen {
  size_t iStart, iEnd, nNorm;
  uint64_t hNorm;
} Seen;

/* The tokens of one path, for the comparison. */
typedef struct Stream {
  Seen a[MAX_TOKENS];
  size_t n;
} Stream;

/* FNV-1a of z[0..n). */
static uint64_t hash(const char *z, size_t n) {
  uint64_t h = 1469598103934665603u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)z[i]) * 1099511628211u;
  return h;
}

/* Append one token to s (silently dropped past MAX_TOKENS). */
static void streamAdd(Stream *s, size_t iStart, size_t iEnd, const char *zNorm,
                      size_t nNorm) {
  if (s->n < MAX_TOKENS) {
    Seen *p = &s->a[s->n];
    p->iStart = iStart, p->iEnd = iEnd, p->nNorm = nNorm;
    p->hNorm = hash(zNorm, nNorm);
  }
  s->n++;
}

/* tk_token_fn collecting into a Stream. */
static int collect(void *pCtx, int flags, const char *zNorm, int nNorm,
                   int iStart, int iEnd) {
  if (flags != 0 || nNorm < 0 || iStart < 0 || iEnd < iStart) __builtin_trap();
  streamAdd(pCtx, (size_t)iStart, (size_t)iEnd, zNorm, (size_t)nNorm);
  return 0;
}

/* Every token of z[0..n) through next(), checked, into s; 0 or TK_ENOMEM. */
static int tokensByNext(tk_tokenizer *t, const char *z, size_t n, int bValid,
                        int bPunct, Stream *s) {
  tk_token tok;
  size_t iEnd = 0;
  int rc;
  s->n = 0;
  tk_tokenizer_reset(t, z, n);
  while ((rc = tk_tokenizer_next(t, &tok)) == 1) {
    if (tok.iStart < iEnd || tok.nLen == 0 || tok.iStart + tok.nLen > n ||
        tok.eKind < TK_KIND_WORD || tok.eKind > TK_KIND_MENTION ||
        !tk_token_kind_name(tok.eKind) || !tok.zNorm ||
        (tok.eKind == TK_KIND_PUNCT && !bPunct) ||
        (bValid && !tk_utf8_is_valid(tok.zNorm, tok.nNorm))) {
      __builtin_trap();
    }
    iEnd = tok.iStart + tok.nLen;
    streamAdd(s, tok.iStart, iEnd, tok.zNorm, tok.nNorm);
  }
  if (rc != 0 && rc != TK_ENOMEM) __builtin_trap();
  return rc;
}

/* One fuzz input: options NUL text. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  const char *z = (const char *)aData;
  const char *e = memchr(z, 0, nData);
  size_t nOpt = e ? (size_t)(e - z) : 0;
  const char *zText = e ? e + 1 : z;
  size_t nText = nData - (size_t)(zText - z);

  tk_token_options o;
  tk_token_options_init(&o);
  char *zErr = 0;
  int rc = tk_token_options_parse(&o, z, nOpt, &zErr);
  if (rc != TK_OK) {
    if ((rc != TK_EINVAL && rc != TK_ENOMEM) || (rc == TK_EINVAL && !zErr))
      __builtin_trap();
    tk_free(zErr);
    return 0;
  }
  tk_tokenizer *t = 0;
  rc = tk_tokenizer_new(&o, &t, &zErr);
  if (rc != TK_OK) {
    if ((rc != TK_EINVAL && rc != TK_ENOMEM) || (rc == TK_EINVAL && !zErr) || t)
      __builtin_trap();
    tk_free(zErr);
    return 0;
  }
  static Stream first, again, run;
  int bValid = tk_utf8_is_valid(zText, nText);
  if (tokensByNext(t, zText, nText, bValid, o.bPunct, &first) == TK_OK &&
      tokensByNext(t, zText, nText, bValid, o.bPunct, &again) == TK_OK) {
    size_t nKept = first.n < MAX_TOKENS ? first.n : MAX_TOKENS;
    if (first.n != again.n || memcmp(first.a, again.a, nKept * sizeof(Seen)))
      __builtin_trap();
    run.n = 0;
    if (tk_tokenizer_run(t, zText, nText, 0, collect, &run) == 0 &&
        (run.n != first.n || memcmp(run.a, first.a, nKept * sizeof(Seen)))) {
      __builtin_trap();
    }
  }
  tk_tokenizer_free(t);
  return 0;
}
