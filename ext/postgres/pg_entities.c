/*
** pg_entities.c -- the set-returning function entities() in PostgreSQL:
**
**   SELECT type, entity, norm FROM entities(
**     'Apple paid $1.2 billion on Feb. 7, 2014.', 'model=0');
**   SELECT d.id, e.* FROM docs d, entities(d.body, 'ref=auto') e;
**
** Columns as in the SQLite face: entity, type, norm, start (1-based
** character), length (characters), position, score, source, canonical.
** Every option of the SQLite face but dictionary= (which names a table;
** not in this slice, docs/postgres.md).  The extractor is kept on the call
** site (TkPgCache), its buffers reused from row to row.
**
**   SELECT document_date('BONN, Aug 22 (Reuters) - Germany said');
**   -- --08-22 (the scalar behind ref=auto)
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_entities);
PG_FUNCTION_INFO_V1(tk_pg_document_date);

/* tk_options_parse callback: every key but dictionary=. */
static int entOption(void *pCtx, const char *zKey, size_t nKey,
                     const char *zVal, size_t nVal, char **pzErr) {
  if (tk_option_is(zKey, nKey, "dictionary")) {
    *pzErr = tk_mprintf("dictionary= is not available in PostgreSQL yet");
    return TK_EINVAL;
  }
  return tk_entity_options_set(pCtx, zKey, nKey, zVal, nVal, pzErr);
}

/* A text datum of z[0..n). */
static Datum textDatum(const char *z, size_t n) {
  return PointerGetDatum(cstring_to_text_with_len(z, (int)n));
}

/* entities(text [, options]): one row per entity. */
Datum tk_pg_entities(PG_FUNCTION_ARGS) {
  size_t n, nOpt;
  const char *z = tk_pg_text_arg(fcinfo, 0, "entities", &n);
  tk_entity_options opt;
  tk_entity_options_init(&opt);
  if (PG_NARGS() > 1) {
    const char *zOpt = tk_pg_text_arg(fcinfo, 1, "entities", &nOpt);
    char *zErr = NULL;
    int rc = tk_options_parse(zOpt, nOpt, entOption, &opt, &zErr);
    if (rc != TK_OK) tk_pg_error_rc("entities", rc, zErr);
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  TkPgCache *pCache = tk_pg_cache(fcinfo, (void (*)(void *))tk_entities_free);
  MemoryContext old = tk_pg_cache_enter(fcinfo);
  if (!pCache->pObj) {
    tk_entities *pNew = NULL;
    int rc = tk_entities_new(&pNew);
    if (rc == TK_OK) rc = tk_pg_cache_set(pCache, "", 0, pNew);
    if (rc != TK_OK) {
      tk_pg_cache_leave(old);
      tk_pg_error_rc("entities", rc, NULL);
    }
  }
  const tk_entity *aEnt = NULL;
  size_t nEnt = 0;
  int rc = tk_entities_run(pCache->pObj, &opt, z, n, &aEnt, &nEnt);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("entities", rc, NULL);
  tk_charpos cp;
  tk_charpos_init(&cp, z, n);
  for (size_t i = 0; i < nEnt; i++) {
    const tk_entity *e = &aEnt[i];
    Datum aVal[9];
    bool aNull[9] = {false, false, false, false, false,
                     false, false, false, false};
    aVal[0] = textDatum(z + e->iStart, e->nLen);
    aVal[1] = textDatum(e->zType, strlen(e->zType));
    aVal[2] = textDatum(e->zNorm, e->nNorm);
    aVal[3] = Int32GetDatum((int32)tk_charpos_at(&cp, e->iStart) + 1);
    aVal[4] = Int32GetDatum((int32)tk_utf8_count(z + e->iStart, e->nLen));
    aVal[5] = Int32GetDatum((int32)i);
    aVal[6] = Float8GetDatum(e->rScore);
    aVal[7] = textDatum(tk_entity_source_name(e->eSource),
                        strlen(tk_entity_source_name(e->eSource)));
    aVal[8] = textDatum(e->zCanonical, e->nCanonical);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  }
  return (Datum)0;
}

/* document_date(text): the date the text was written (tk_document_date),
** 'YYYY-MM-DD', '--MM-DD' when its year is unknown, or NULL. */
Datum tk_pg_document_date(PG_FUNCTION_ARGS) {
  size_t n;
  int y, mo, d;
  const char *z = tk_pg_text_arg(fcinfo, 0, "document_date", &n);
  if (!tk_document_date(z, n, &y, &mo, &d)) PG_RETURN_NULL();
  char zOut[16];
  if (y) {
    snprintf(zOut, sizeof(zOut), "%04d-%02d-%02d", y, mo, d);
  } else {
    snprintf(zOut, sizeof(zOut), "--%02d-%02d", mo, d);
  }
  PG_RETURN_TEXT_P(cstring_to_text(zOut));
}
