/*
** sql_docsim.c -- document similarity scalars: exact Jaccard of shingle
** sets, MinHash signatures and their estimate, SimHash fingerprints.
**
**   SELECT text_jaccard(a, b, 'shingle=2 stem=english') FROM pairs;
**   SELECT minhash_jaccard(minhash(a), minhash(b, 'perm=128 shingle=5'));
**   SELECT simhash_distance(simhash(a), simhash(b)) FROM pairs;
**
** The LSH band table minhash_bands() is in sql_docsim_bands.c.  The
** shingler (tokenizer + options) for a constant option string is kept as
** auxdata on that argument.
*/
#include "sql_common.h"

/* 1 when any of argv[0..argc) is NULL. */
static int anyNull(int argc, sqlite3_value **argv) {
  for (int i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return 1;
  }
  return 0;
}

/* The shingler for the options argument iOpt: auxdata when cached, else
** a new one (*pbNew = 1).  Without options (iOpt >= argc) the function is
** a TkConnFunction and the connection keeps the default shingler.  NULL
** after reporting the error. */
static tk_shingler *getShingler(sqlite3_context *ctx, int argc,
                                sqlite3_value **argv, int iOpt, int *pbNew) {
  const TkFunction *pFn = sqlite3_user_data(ctx);
  TkConnFunction *pConn = iOpt < argc ? 0 : sqlite3_user_data(ctx);
  tk_shingler *p = pConn ? pConn->pState : sqlite3_get_auxdata(ctx, iOpt);
  *pbNew = 0;
  if (p) return p;
  tk_docsim_options o;
  char *zErr = 0;
  size_t nOpt = 0;
  const char *zOpt = iOpt < argc ? tk_sql_text(argv[iOpt], &nOpt) : "";
  if (!zOpt) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  tk_docsim_options_init(&o, pFn->iArg);
  int rc = tk_docsim_options_parse(&o, zOpt, nOpt, &zErr);
  if (rc == TK_OK) rc = tk_shingler_new(&o, &p, &zErr);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
    return 0;
  }
  if (pConn) {
    pConn->pState = p;
  } else {
    *pbNew = 1;
  }
  return p;
}

/* Keep a new shingler as auxdata on the options argument. */
static void keepShingler(sqlite3_context *ctx, int iOpt, tk_shingler *p,
                         int bNew) {
  if (bNew) {
    sqlite3_set_auxdata(ctx, iOpt, p, (void (*)(void *))tk_shingler_free);
  }
}

/* text_jaccard(a, b [, options]): Jaccard of the shingle sets. */
static void jaccardFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (anyNull(argc, argv)) return;
  size_t nA, nB;
  const char *zA = tk_sql_text_arg(ctx, argv[0], &nA);
  if (!zA) return;
  const char *zB = tk_sql_text_arg(ctx, argv[1], &nB);
  if (!zB) return;
  int bNew;
  tk_shingler *p = getShingler(ctx, argc, argv, 2, &bNew);
  if (!p) return;
  double r = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_text_jaccard_w(p, zA, nA, zB, nB, &work, &r);
  if (rc == TK_OK) {
    sqlite3_result_double(ctx, r);
  } else {
    tk_sql_error_rc(ctx, rc, 0);
  }
  keepShingler(ctx, 2, p, bNew);
}

/* minhash(text [, options]): the signature BLOB. */
static void minhashFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (anyNull(argc, argv)) return;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  int bNew;
  tk_shingler *p = getShingler(ctx, argc, argv, 1, &bNew);
  if (!p) return;
  size_t nSig = tk_minhash_size(tk_shingler_options(p)->nPerm);
  unsigned char *sig = sqlite3_malloc64(nSig);
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = sig ? tk_minhash_w(p, z, n, &work, sig) : TK_ENOMEM;
  if (rc == TK_OK) {
    sqlite3_result_blob64(ctx, sig, nSig, sqlite3_free);
  } else {
    sqlite3_free(sig);
    tk_sql_error_rc(ctx, rc, 0);
  }
  keepShingler(ctx, 1, p, bNew);
}

/* minhash_jaccard(sig_a, sig_b): the fraction of equal minima. */
static void minhashJaccardFunc(sqlite3_context *ctx, int argc,
                               sqlite3_value **argv) {
  if (anyNull(argc, argv)) return;
  for (int i = 0; i < 2; i++) {
    if (sqlite3_value_type(argv[i]) != SQLITE_BLOB) {
      tk_sql_error(ctx, "argument %d is not a BLOB signature from minhash()",
                   i + 1);
      return;
    }
  }
  const unsigned char *a = sqlite3_value_blob(argv[0]);
  size_t na = (size_t)sqlite3_value_bytes(argv[0]);
  const unsigned char *b = sqlite3_value_blob(argv[1]);
  size_t nb = (size_t)sqlite3_value_bytes(argv[1]);
  if ((!a && na) || (!b && nb)) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  double r = 0;
  char *zErr = 0;
  int rc = tk_minhash_jaccard(a ? a : (const unsigned char *)"", na,
                              b ? b : (const unsigned char *)"", nb, &r, &zErr);
  if (rc == TK_OK) {
    sqlite3_result_double(ctx, r);
  } else {
    tk_sql_error_rc(ctx, rc, zErr);
  }
}

/* simhash(text [, options]): the 64-bit fingerprint as an INTEGER. */
static void simhashFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (anyNull(argc, argv)) return;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  int bNew;
  tk_shingler *p = getShingler(ctx, argc, argv, 1, &bNew);
  if (!p) return;
  uint64_t h = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_simhash_w(p, z, n, &work, &h);
  if (rc == TK_OK) {
    sqlite3_result_int64(ctx, (sqlite3_int64)h);
  } else {
    tk_sql_error_rc(ctx, rc, 0);
  }
  keepShingler(ctx, 1, p, bNew);
}

/* simhash_distance(a, b): Hamming distance of two INTEGER fingerprints. */
static void simhashDistanceFunc(sqlite3_context *ctx, int argc,
                                sqlite3_value **argv) {
  if (anyNull(argc, argv)) return;
  for (int i = 0; i < 2; i++) {
    if (sqlite3_value_type(argv[i]) != SQLITE_INTEGER) {
      tk_sql_error(ctx, "argument %d is not an INTEGER fingerprint", i + 1);
      return;
    }
  }
  uint64_t a = (uint64_t)sqlite3_value_int64(argv[0]);
  uint64_t b = (uint64_t)sqlite3_value_int64(argv[1]);
  sqlite3_result_int(ctx, tk_simhash_distance(a, b));
}

static const TkFunction aFunc[] = {
    {"text_jaccard", 3, TK_PURE, jaccardFunc, TK_DOCSIM_JACCARD},
    {"minhash", 2, TK_PURE, minhashFunc, TK_DOCSIM_MINHASH},
    {"minhash_jaccard", 2, TK_PURE, minhashJaccardFunc, 0},
    {"simhash", 2, TK_PURE, simhashFunc, TK_DOCSIM_SIMHASH},
    {"simhash_distance", 2, TK_PURE, simhashDistanceFunc, 0},
};

/* The forms without options: their default shingler lives with the
** connection (a TkConnFunction), not made again for every row. */
static const TkFunction aDefaultFunc[] = {
    {"text_jaccard", 2, TK_PURE, jaccardFunc, TK_DOCSIM_JACCARD},
    {"minhash", 1, TK_PURE, minhashFunc, TK_DOCSIM_MINHASH},
    {"simhash", 1, TK_PURE, simhashFunc, TK_DOCSIM_SIMHASH},
};

/* Register the document similarity functions. */
int tk_register_docsim(sqlite3 *db, char **pzErr) {
  int rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  for (int i = 0; rc == SQLITE_OK && i < TK_COUNT(aDefaultFunc); i++) {
    rc = tk_sql_register_conn_function(
        db, &aDefaultFunc[i], (void (*)(void *))tk_shingler_free, pzErr);
  }
  return rc;
}
