/*
** pg_docsim.c -- document similarity in PostgreSQL:
**
**   SELECT text_jaccard(a, b, 'shingle=2 stem=english') FROM pairs;
**   SELECT minhash_jaccard(minhash(a), minhash(b, 'perm=128 shingle=5'));
**   SELECT simhash_distance(simhash(a), simhash(b)) FROM pairs;
**
** minhash() returns bytea (the SQLite face's BLOB, same bytes); simhash()
** bigint.  The shingler for an options text is kept on the call site
** (TkPgCache) while the text stays the same.
*/
#include "pg_common.h"

PG_FUNCTION_INFO_V1(tk_pg_text_jaccard);
PG_FUNCTION_INFO_V1(tk_pg_minhash);
PG_FUNCTION_INFO_V1(tk_pg_minhash_jaccard);
PG_FUNCTION_INFO_V1(tk_pg_simhash);
PG_FUNCTION_INFO_V1(tk_pg_simhash_distance);

/* Enter the call site's context and get its shingler for the options
** argument iOpt ("" when absent); raises a bad option.  The caller leaves
** with tk_pg_cache_leave(*pOld). */
static tk_shingler *shinglerEnter(FunctionCallInfo fcinfo, const char *zFn,
                                  int eFn, int iOpt, MemoryContext *pOld) {
  size_t nOpt = 0;
  const char *zOpt =
      PG_NARGS() > iOpt ? tk_pg_text_arg(fcinfo, iOpt, zFn, &nOpt) : "";
  TkPgCache *pCache = tk_pg_cache(fcinfo, (void (*)(void *))tk_shingler_free);
  *pOld = tk_pg_cache_enter(fcinfo);
  if (!tk_pg_cache_hit(pCache, zOpt, nOpt)) {
    tk_docsim_options o;
    tk_shingler *pNew = NULL;
    char *zErr = NULL;
    tk_docsim_options_init(&o, eFn);
    int rc = tk_docsim_options_parse(&o, zOpt, nOpt, &zErr);
    if (rc == TK_OK) rc = tk_shingler_new(&o, &pNew, &zErr);
    if (rc == TK_OK) rc = tk_pg_cache_set(pCache, zOpt, nOpt, pNew);
    if (rc != TK_OK) {
      tk_pg_cache_leave(*pOld);
      tk_pg_error_rc(zFn, rc, zErr);
    }
  }
  return pCache->pObj;
}

/* text_jaccard(a, b [, options]): Jaccard of the shingle sets. */
Datum tk_pg_text_jaccard(PG_FUNCTION_ARGS) {
  size_t nA, nB;
  const char *zA = tk_pg_text_arg(fcinfo, 0, "text_jaccard", &nA);
  const char *zB = tk_pg_text_arg(fcinfo, 1, "text_jaccard", &nB);
  MemoryContext old;
  tk_shingler *p =
      shinglerEnter(fcinfo, "text_jaccard", TK_DOCSIM_JACCARD, 2, &old);
  double r = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_text_jaccard_w(p, zA, nA, zB, nB, &work, &r);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("text_jaccard", rc, NULL);
  PG_RETURN_FLOAT8(r);
}

/* minhash(text [, options]): the signature as bytea. */
Datum tk_pg_minhash(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "minhash", &n);
  MemoryContext old;
  tk_shingler *p = shinglerEnter(fcinfo, "minhash", TK_DOCSIM_MINHASH, 1, &old);
  size_t nSig = tk_minhash_size(tk_shingler_options(p)->nPerm);
  bytea *pSig = MemoryContextAlloc(old, VARHDRSZ + nSig);
  SET_VARSIZE(pSig, VARHDRSZ + nSig);
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_minhash_w(p, z, n, &work, (unsigned char *)VARDATA(pSig));
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("minhash", rc, NULL);
  PG_RETURN_BYTEA_P(pSig);
}

/* minhash_jaccard(sig_a, sig_b): the fraction of equal minima. */
Datum tk_pg_minhash_jaccard(PG_FUNCTION_ARGS) {
  bytea *a = PG_GETARG_BYTEA_PP(0);
  bytea *b = PG_GETARG_BYTEA_PP(1);
  double r = 0;
  char *zErr = NULL;
  int rc = tk_minhash_jaccard(
      (const unsigned char *)VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
      (const unsigned char *)VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), &r, &zErr);
  if (rc != TK_OK) tk_pg_error_rc("minhash_jaccard", rc, zErr);
  PG_RETURN_FLOAT8(r);
}

/* simhash(text [, options]): the 64-bit fingerprint as bigint. */
Datum tk_pg_simhash(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "simhash", &n);
  MemoryContext old;
  tk_shingler *p = shinglerEnter(fcinfo, "simhash", TK_DOCSIM_SIMHASH, 1, &old);
  uint64_t h = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_simhash_w(p, z, n, &work, &h);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("simhash", rc, NULL);
  PG_RETURN_INT64((int64)h);
}

/* simhash_distance(a, b): Hamming distance of two fingerprints. */
Datum tk_pg_simhash_distance(PG_FUNCTION_ARGS) {
  uint64_t a = (uint64_t)PG_GETARG_INT64(0);
  uint64_t b = (uint64_t)PG_GETARG_INT64(1);
  PG_RETURN_INT32(tk_simhash_distance(a, b));
}
