/*
** sql_docsim_bands.c -- minhash_bands(sig, bands): the LSH buckets of a
** MinHash signature, one row per band, for a plain SQL self-join:
**
**   SELECT band, bucket FROM minhash_bands(minhash('a b c d e f'), 16);
**   -- 0|-4519...   (16 rows; bucket is a 64-bit hash of the band's minima)
**
** Two documents share a (band, bucket) when all perm/bands minima of that
** band agree.  Follows SQLite's ext/misc/series.c: sig and bands are
** HIDDEN columns, both required, and the module is eponymous-only.
*/
#include "sql_common.h"

enum { COL_BAND, COL_BUCKET, COL_SIG, COL_BANDS };

/* The hidden arguments, both required. */
static const TkTvfArgs bandArgs = {
    "minhash_bands", COL_SIG, 2, {"sig", "bands", 0, 0}};

typedef struct BandCursor {
  TkRowCursor rows;   /* first: the row array's position and size */
  TkTvfValues args;   /* copies of the arguments: sig, bands */
  unsigned char *sig; /* a copy of the signature */
  int nRows;          /* signature rows per band */
} BandCursor;

/* A new, empty cursor. */
static int bandOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  return tk_sql_cursor_new(sizeof(BandCursor), ppCur);
}

/* Free the cursor and its signature copy. */
static int bandClose(sqlite3_vtab_cursor *pCur) {
  BandCursor *p = (BandCursor *)pCur;
  sqlite3_free(p->sig);
  tk_sql_values_free(&p->args);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* Both arguments are required. */
static int bandBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &bandArgs);
}

/* Set "textkit: minhash_bands(): <zMsg>" as the table's error. */
static int bandError(BandCursor *p, const char *zMsg) {
  sqlite3_vtab *pVtab = p->rows.base.pVtab;
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = tk_sql_mprintf_error("minhash_bands", "%s", zMsg);
  return pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Start a scan over argv = sig, bands; a NULL argument gives no rows. */
static int bandFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv) {
  (void)idxStr;
  BandCursor *p = (BandCursor *)pCur;
  sqlite3_free(p->sig);
  p->sig = 0;
  tk_sql_rows_reset(&p->rows);
  int rc = tk_sql_filter_args(pCur, &bandArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL ||
      sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    return SQLITE_OK;
  }
  if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
    return bandError(p, "sig is not a BLOB signature from minhash()");
  }
  const unsigned char *sig = sqlite3_value_blob(argv[0]);
  size_t n = (size_t)sqlite3_value_bytes(argv[0]);
  int nPerm = 0;
  char *zErr = 0;
  rc = sig ? tk_minhash_check(sig, n, &nPerm, &zErr) : TK_EINVAL;
  if (rc != TK_OK) {
    int src = rc == TK_ENOMEM
                  ? SQLITE_NOMEM
                  : bandError(p, zErr ? zErr : "not a minhash() signature");
    tk_free(zErr);
    return src;
  }
  sqlite3_int64 nBands = sqlite3_value_int64(argv[1]);
  if (sqlite3_value_type(argv[1]) != SQLITE_INTEGER || nBands <= 0 ||
      nBands > nPerm || nPerm % nBands != 0) {
    char *zMsg = sqlite3_mprintf(
        "bands must be a positive INTEGER that divides perm=%d", nPerm);
    rc = zMsg ? bandError(p, zMsg) : SQLITE_NOMEM;
    sqlite3_free(zMsg);
    return rc;
  }
  p->sig = sqlite3_malloc64(n);
  if (!p->sig) return SQLITE_NOMEM;
  memcpy(p->sig, sig, n);
  p->rows.nRow = (size_t)nBands;
  p->nRows = nPerm / (int)nBands;
  return SQLITE_OK;
}

/* Column i of the current band. */
static int bandColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  BandCursor *p = (BandCursor *)pCur;
  if (i == COL_BAND) {
    sqlite3_result_int64(ctx, (sqlite3_int64)p->rows.iRow);
  } else if (i == COL_BUCKET) {
    uint64_t h = tk_minhash_band(p->sig, (int)p->rows.iRow, p->nRows);
    sqlite3_result_int64(ctx, (sqlite3_int64)h);
  } else {
    tk_sql_result_arg(ctx, &p->args, i - COL_SIG);
  }
  return SQLITE_OK;
}

static const sqlite3_module bandModule =
    TK_SQL_ROWS_MODULE(tk_sql_connect_schema, bandBestIndex, bandOpen,
                       bandClose, bandFilter, bandColumn);

/* Register minhash_bands. */
int tk_register_docsim_bands(sqlite3 *db, char **pzErr) {
  static const char zSchema[] =
      "CREATE TABLE x(band, bucket, sig HIDDEN, bands HIDDEN)";
  return tk_sql_register_module_aux(db, "minhash_bands", &bandModule,
                                    (void *)zSchema, pzErr);
}
