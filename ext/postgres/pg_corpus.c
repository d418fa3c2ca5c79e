/*
** pg_corpus.c -- corpus analysis in PostgreSQL: text_cosine() and the
** set-returning keywords(), optionally weighted by an IDF table of the
** user's (docs/corpus.md builds one):
**
**   SELECT text_cosine('Sochi Olympics security', 'security at Sochi');
**   SELECT keyword, score, count FROM keywords(body, 'top=5') ;
**   SELECT a.id, b.id, text_cosine(a.body, b.body, 'stem=en idf=idf')
**     FROM docs a JOIN docs b ON a.id < b.id;
**
** idf=<table> names a table with columns (term, idf), read through SPI
** (pg_table.c) once per call site and options text: the calls with
** options are STABLE.  The calculator or extractor and its IDF weights are
** kept on the call site (TkPgCache) while the options text stays the same.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

#include <math.h>
#include <stdlib.h>

PG_FUNCTION_INFO_V1(tk_pg_text_cosine);
PG_FUNCTION_INFO_V1(tk_pg_keywords);

/* A call site's parsed options: the calculator or the extractor, and the
** weights of the idf= table (NULL without one). */
typedef struct CorpusState {
  tk_cosine *pCos;
  tk_keywords *pKw;
  tk_idf *pIdf;
} CorpusState;

/* Free a CorpusState (the cache's xFree). */
static void stateFree(void *pArg) {
  CorpusState *p = pArg;
  tk_cosine_free(p->pCos);
  tk_keywords_free(p->pKw);
  tk_idf_free(p->pIdf);
  tk_free(p);
}

/* What addTerm fills: the weights and the table's name for messages. */
typedef struct IdfLoad {
  const char *zTable;
  tk_idf *pIdf;
} IdfLoad;

/* tk_pg_read_table callback: one (term, idf) row. */
static int addTerm(void *pArg, const char *zTerm, size_t nTerm, const char *zW,
                   size_t nW, char **pzErr) {
  IdfLoad *p = pArg;
  char *zEnd = NULL;
  double w = strtod(zW, &zEnd);
  int rc = nW > 0 && *zEnd == 0 && isfinite(w)
               ? tk_idf_add(p->pIdf, zTerm, nTerm, w)
               : TK_EINVAL;
  if (rc == TK_EINVAL) {
    *pzErr = tk_mprintf("idf table '%s': idf of term '%.*s' is not a number "
                        ">= 0",
                        p->zTable, (int)nTerm, zTerm);
  }
  return rc;
}

/* Read the idf table named z[0..n) into *ppIdf (in the current context;
** tk_idf holds tk_malloc'd memory only, so an error raised meanwhile
** leaks nothing past the context). */
static int loadIdf(const char *zFn, const char *z, size_t n, tk_idf **ppIdf,
                   char **pzErr) {
  IdfLoad load = {NULL, NULL};
  int rc = tk_idf_new(&load.pIdf);
  if (rc != TK_OK) return rc;
  load.zTable = pnstrdup(z, n);
  rc = tk_pg_read_table(zFn, "idf", load.zTable, "term", "idf", addTerm, &load,
                        pzErr);
  pfree((char *)load.zTable);
  if (rc != TK_OK) {
    tk_idf_free(load.pIdf);
    return rc;
  }
  *ppIdf = load.pIdf;
  return TK_OK;
}

/* Enter the call site's context and get its state for the options
** argument iOpt ("" when absent), made on the first call or when the
** options change; raises bad options or an unreadable table. */
static CorpusState *stateEnter(FunctionCallInfo fcinfo, const char *zFn,
                               int bKeywords, int iOpt, MemoryContext *pOld) {
  size_t nOpt = 0;
  const char *zOpt =
      PG_NARGS() > iOpt ? tk_pg_text_arg(fcinfo, iOpt, zFn, &nOpt) : "";
  TkPgCache *pCache = tk_pg_cache(fcinfo, stateFree);
  *pOld = tk_pg_cache_enter(fcinfo);
  if (tk_pg_cache_hit(pCache, zOpt, nOpt)) return pCache->pObj;
  tk_token_options tok;
  tk_keyword_options kw;
  tk_table_name idf;
  char *zErr = NULL;
  tk_token_options_init(&tok);
  tk_keyword_options_init(&kw);
  tk_idf *pIdf = NULL;
  int rc = bKeywords ? tk_keyword_options_parse(&kw, zOpt, nOpt, &idf, &zErr)
                     : tk_cosine_options_parse(&tok, zOpt, nOpt, &idf, &zErr);
  /* the table first: reading it may raise, and nothing else is made yet */
  if (rc == TK_OK && idf.z) rc = loadIdf(zFn, idf.z, idf.n, &pIdf, &zErr);
  CorpusState *p = rc == TK_OK ? tk_malloc(sizeof(*p)) : NULL;
  if (rc == TK_OK && !p) rc = TK_ENOMEM;
  if (p) {
    memset(p, 0, sizeof(*p));
    p->pIdf = pIdf;
    pIdf = NULL;
    rc = bKeywords ? tk_keywords_new(&kw, &p->pKw, &zErr)
                   : tk_cosine_new(&tok, &p->pCos, &zErr);
  }
  tk_idf_free(pIdf);
  if (rc == TK_OK) {
    rc = tk_pg_cache_set(pCache, zOpt, nOpt, p);
  } else if (p) {
    stateFree(p);
  }
  if (rc != TK_OK) {
    tk_pg_cache_leave(*pOld);
    tk_pg_error_rc(zFn, rc, zErr);
  }
  return p;
}

/* text_cosine(a, b [, options]): the cosine of the two term vectors. */
Datum tk_pg_text_cosine(PG_FUNCTION_ARGS) {
  size_t nA, nB;
  const char *zA = tk_pg_text_arg(fcinfo, 0, "text_cosine", &nA);
  const char *zB = tk_pg_text_arg(fcinfo, 1, "text_cosine", &nB);
  MemoryContext old;
  CorpusState *p = stateEnter(fcinfo, "text_cosine", 0, 2, &old);
  double r = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_cosine_run_w(p->pCos, p->pIdf, zA, nA, zB, nB, &work, &r);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("text_cosine", rc, NULL);
  PG_RETURN_FLOAT8(r);
}

/* keywords(text [, options]): keyword, score, count, best first. */
Datum tk_pg_keywords(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "keywords", &n);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  MemoryContext old;
  CorpusState *p = stateEnter(fcinfo, "keywords", 1, 1, &old);
  const tk_keyword *aKw = NULL;
  size_t nKw = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_keywords_run_w(p->pKw, p->pIdf, z, n, &work, &aKw, &nKw);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) tk_pg_error_rc("keywords", rc, NULL);
  for (size_t i = 0; i < nKw; i++) {
    Datum aVal[3];
    bool aNull[3] = {false, false, false};
    aVal[0] = PointerGetDatum(
        cstring_to_text_with_len(aKw[i].zText, (int)aKw[i].nText));
    aVal[1] = Float8GetDatum(aKw[i].rScore);
    aVal[2] = Int32GetDatum((int32)aKw[i].nCount);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    pfree(DatumGetPointer(aVal[0]));
  }
  return (Datum)0;
}
