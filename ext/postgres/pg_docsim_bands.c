/*
** pg_docsim_bands.c -- minhash_bands(sig, bands) in PostgreSQL: the LSH
** buckets of a MinHash signature, one row per band, for a self-join:
**
**   SELECT band, bucket FROM minhash_bands(minhash('a b c d e f'), 16);
**   SELECT a.id, b.id FROM docs a, minhash_bands(a.sig, 16) x,
**          docs b, minhash_bands(b.sig, 16) y
**    WHERE a.id < b.id AND x.band = y.band AND x.bucket = y.bucket;
**
** Columns band (integer) and bucket (bigint, the same 64-bit hash as the
** SQLite face's); sig is minhash()'s bytea.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_minhash_bands);

/* minhash_bands(sig, bands): band, bucket. */
Datum tk_pg_minhash_bands(PG_FUNCTION_ARGS) {
  bytea *pSig = PG_GETARG_BYTEA_PP(0);
  int32 nBands = PG_GETARG_INT32(1);
  const unsigned char *sig = (const unsigned char *)VARDATA_ANY(pSig);
  int nPerm = 0;
  char *zErr = NULL;
  int rc = tk_minhash_check(sig, VARSIZE_ANY_EXHDR(pSig), &nPerm, &zErr);
  if (rc == TK_EINVAL && !zErr) {
    tk_pg_error("minhash_bands", "not a minhash() signature");
  }
  if (rc != TK_OK) tk_pg_error_rc("minhash_bands", rc, zErr);
  if (nBands <= 0 || nBands > nPerm || nPerm % nBands != 0) {
    tk_pg_error("minhash_bands",
                "bands must be a positive INTEGER that divides perm=%d", nPerm);
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  for (int32 i = 0; i < nBands; i++) {
    Datum aVal[2];
    bool aNull[2] = {false, false};
    aVal[0] = Int32GetDatum(i);
    aVal[1] = Int64GetDatum((int64)tk_minhash_band(sig, i, nPerm / nBands));
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  }
  return (Datum)0;
}
