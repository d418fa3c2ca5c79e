/*
** pg_entities.c -- the set-returning function entities() in PostgreSQL:
**
**   SELECT type, entity, norm FROM entities(
**     'Apple paid $1.2 billion on Feb. 7, 2014.', 'model=0');
**   SELECT d.id, e.* FROM docs d, entities(d.body, 'ref=auto') e;
**
** Columns as in the SQLite face: entity, type, norm, start (1-based
** character), length (characters), position, score, source, canonical.
** Every option of the SQLite face; dictionary=<table> reads (phrase, type)
** rows through SPI (pg_table.c), so entities(text, options) is STABLE.
** The extractor and the options' dictionary are kept on the call site
** (TkPgCache) while the options text stays the same, the extractor's
** buffers reused from row to row.
**
**   SELECT document_date('BONN, Aug 22 (Reuters) - Germany said');
**   -- --08-22 (the scalar behind ref=auto)
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_entities);
PG_FUNCTION_INFO_V1(tk_pg_document_date);

/* A call site's extractor with the parsed options and their dictionary
** (NULL without dictionary=). */
typedef struct EntState {
  tk_entities *pExtract;
  tk_dict *pDict;
  tk_entity_options opt; /* opt.pDict is pDict */
} EntState;

/* Free an EntState (the cache's xFree). */
static void stateFree(void *pArg) {
  EntState *p = pArg;
  tk_entities_free(p->pExtract);
  tk_dict_free(p->pDict);
  tk_free(p);
}

/* tk_pg_read_table callback: one (phrase, type) row. */
static int addPhrase(void *pArg, const char *zPhrase, size_t nPhrase,
                     const char *zType, size_t nType, char **pzErr) {
  (void)pzErr;
  return tk_dict_add(pArg, zPhrase, nPhrase, zType, nType);
}

/* Read the dictionary table z[0..n) into *ppDict (tk_malloc'd memory
** only, so an error raised meanwhile leaks nothing past the context). */
static int loadDictionary(const char *z, size_t n, tk_dict **ppDict,
                          char **pzErr) {
  tk_dict *pDict = NULL;
  int rc = tk_dict_new(&pDict);
  if (rc != TK_OK) return rc;
  char *zTable = pnstrdup(z, n);
  rc = tk_pg_read_table("entities", "dictionary", zTable, "phrase", "type",
                        addPhrase, pDict, pzErr);
  pfree(zTable);
  if (rc != TK_OK) {
    tk_dict_free(pDict);
    return rc;
  }
  *ppDict = pDict;
  return TK_OK;
}

/* Enter the call site's context and get its state for the options
** argument (none: the defaults); raises bad options or an unreadable
** dictionary.  The caller leaves with tk_pg_cache_leave(*pOld). */
static EntState *stateEnter(FunctionCallInfo fcinfo, MemoryContext *pOld) {
  size_t nOpt = 0;
  const char *zOpt =
      PG_NARGS() > 1 ? tk_pg_text_arg(fcinfo, 1, "entities", &nOpt) : "";
  TkPgCache *pCache = tk_pg_cache(fcinfo, stateFree);
  *pOld = tk_pg_cache_enter(fcinfo);
  if (tk_pg_cache_hit(pCache, zOpt, nOpt) &&
      ((EntState *)pCache->pObj)->pExtract) {
    return pCache->pObj;
  }
  tk_entity_options opt;
  tk_table_name dict;
  char *zErr = NULL;
  tk_entity_options_init(&opt);
  tk_dict *pDict = NULL;
  int rc = tk_entity_options_parse(&opt, zOpt, nOpt, &dict, &zErr);
  /* the table first: reading it may raise, and nothing else is made yet */
  if (rc == TK_OK && dict.z) rc = loadDictionary(dict.z, dict.n, &pDict, &zErr);
  EntState *p = rc == TK_OK ? tk_malloc(sizeof(*p)) : NULL;
  if (rc == TK_OK && !p) rc = TK_ENOMEM;
  if (p) {
    memset(p, 0, sizeof(*p));
    p->opt = opt;
    p->pDict = pDict;
    p->opt.pDict = pDict;
    pDict = NULL;
    /* the extractor does not depend on the options: keep the old one */
    EntState *pPrev = pCache->pObj;
    if (pPrev && pPrev->pExtract) {
      p->pExtract = pPrev->pExtract;
      pPrev->pExtract = NULL;
    } else {
      rc = tk_entities_new(&p->pExtract);
    }
    if (rc == TK_OK) {
      rc = tk_pg_cache_set(pCache, zOpt, nOpt, p);
    } else {
      stateFree(p);
    }
  }
  tk_dict_free(pDict);
  if (rc != TK_OK) {
    tk_pg_cache_leave(*pOld);
    tk_pg_error_rc("entities", rc, zErr);
  }
  return p;
}

/* A text datum of z[0..n). */
static Datum textDatum(const char *z, size_t n) {
  return PointerGetDatum(cstring_to_text_with_len(z, (int)n));
}

/* entities(text [, options]): one row per entity. */
Datum tk_pg_entities(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "entities", &n);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  MemoryContext old;
  EntState *p = stateEnter(fcinfo, &old);
  const tk_entity *aEnt = NULL;
  size_t nEnt = 0;
  tk_work work;
  tk_pg_work_init(&work);
  tk_entity_options opt = p->opt;
  opt.pWork = &work;
  int rc = tk_entities_run(p->pExtract, &opt, z, n, &aEnt, &nEnt);
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
