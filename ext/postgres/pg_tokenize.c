/*
** pg_tokenize.c -- the tokenizer in PostgreSQL: the set-returning
** functions tokens() and ngrams() and the scalar token_count().
**
**   SELECT token, norm, kind, start, length, position
**     FROM tokens('Visit https://sqlite.org, #SQLite!', 'stem=english');
**   SELECT d.id, t.norm FROM docs d, tokens(d.body) t;
**   SELECT ngram, count(*) FROM docs, ngrams(docs.body, 2) GROUP BY 1;
**   SELECT token_count(body, 'stopwords=en') FROM docs;
**
** tokens() and ngrams() are materialized SRFs (InitMaterializedSRF) with the
** SQLite face's columns; start and length are 1-based character positions, so
** substr(text, start, length) is the token.  The tokenizer for an options text
** is kept on the call site (TkPgCache) while the text stays the same.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_tokens);
PG_FUNCTION_INFO_V1(tk_pg_ngrams);

/* The largest n of ngrams(), as in the SQLite face. */
#define NGRAM_MAX 16
PG_FUNCTION_INFO_V1(tk_pg_token_count);

/* Enter the call site's context and get its tokenizer for the options
** argument iOpt ("" when absent); raises a bad option.  The caller leaves
** with tk_pg_cache_leave(*pOld). */
static tk_tokenizer *tokenizerEnter(FunctionCallInfo fcinfo, const char *zFn,
                                    int iOpt, MemoryContext *pOld) {
  size_t nOpt = 0;
  const char *zOpt =
      PG_NARGS() > iOpt ? tk_pg_text_arg(fcinfo, iOpt, zFn, &nOpt) : "";
  TkPgCache *pCache = tk_pg_cache(fcinfo, (void (*)(void *))tk_tokenizer_free);
  *pOld = tk_pg_cache_enter(fcinfo);
  if (!tk_pg_cache_hit(pCache, zOpt, nOpt)) {
    tk_token_options o;
    tk_tokenizer *pNew = NULL;
    char *zErr = NULL;
    tk_token_options_init(&o);
    int rc = tk_token_options_parse(&o, zOpt, nOpt, &zErr);
    if (rc == TK_OK) rc = tk_tokenizer_new(&o, &pNew, &zErr);
    if (rc == TK_OK) rc = tk_pg_cache_set(pCache, zOpt, nOpt, pNew);
    if (rc != TK_OK) {
      tk_pg_cache_leave(*pOld);
      tk_pg_error_rc(zFn, rc, zErr);
    }
  }
  return pCache->pObj;
}

/* tokens(text [, options]): one row per token. */
Datum tk_pg_tokens(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "tokens", &n);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  MemoryContext old;
  tk_tokenizer *pTok = tokenizerEnter(fcinfo, "tokens", 1, &old);
  tk_charpos cp;
  tk_tokenizer_reset(pTok, z, n);
  tk_charpos_init(&cp, z, n);
  for (int32 iPos = 0;; iPos++) {
    tk_token t;
    int rc = tk_tokenizer_next(pTok, &t);
    tk_pg_cache_leave(old);
    if (rc < 0) tk_pg_error_rc("tokens", rc, NULL);
    if (rc == 0) break;
    size_t iChar = tk_charpos_at(&cp, t.iStart);
    size_t iEnd = tk_charpos_at(&cp, t.iStart + t.nLen);
    Datum aVal[6];
    bool aNull[6] = {false, false, false, false, false, false};
    aVal[0] =
        PointerGetDatum(cstring_to_text_with_len(z + t.iStart, (int)t.nLen));
    aVal[1] = PointerGetDatum(cstring_to_text_with_len(t.zNorm, (int)t.nNorm));
    aVal[2] = PointerGetDatum(cstring_to_text(tk_token_kind_name(t.eKind)));
    aVal[3] = Int32GetDatum((int32)iChar + 1);
    aVal[4] = Int32GetDatum((int32)(iEnd - iChar));
    aVal[5] = Int32GetDatum(iPos);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    for (int k = 0; k < 3; k++)
      pfree(DatumGetPointer(aVal[k]));
    if ((iPos & 1023) == 1023) CHECK_FOR_INTERRUPTS();
    old = tk_pg_cache_enter(fcinfo);
  }
  return (Datum)0;
}

/* One token of an n-gram window: its norm (palloc'd) and character span. */
typedef struct GramSlot {
  char *zNorm;
  size_t nNorm;
  size_t iCharStart, iCharEnd;
} GramSlot;

/* Put the row of the window of n tokens ending at ring slot iLast. */
static void putGram(ReturnSetInfo *rsinfo, GramSlot *aSlot, int n, int iLast,
                    int32 iPos) {
  StringInfoData s;
  initStringInfo(&s);
  for (int k = 0; k < n; k++) {
    const GramSlot *p = &aSlot[(iLast + 1 + k) % n];
    if (k) appendStringInfoChar(&s, ' ');
    appendBinaryStringInfo(&s, p->zNorm, (int)p->nNorm);
  }
  const GramSlot *pFirst = &aSlot[(iLast + 1) % n];
  Datum aVal[4];
  bool aNull[4] = {false, false, false, false};
  aVal[0] = PointerGetDatum(cstring_to_text_with_len(s.data, s.len));
  aVal[1] = Int32GetDatum((int32)pFirst->iCharStart + 1);
  aVal[2] = Int32GetDatum((int32)(aSlot[iLast].iCharEnd - pFirst->iCharStart));
  aVal[3] = Int32GetDatum(iPos);
  tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  pfree(DatumGetPointer(aVal[0]));
  pfree(s.data);
}

/* ngrams(text, n [, options]): one row per window of n consecutive token
** norms, joined by one space. */
Datum tk_pg_ngrams(PG_FUNCTION_ARGS) {
  size_t nText;
  const char *z = tk_pg_text_arg(fcinfo, 0, "ngrams", &nText);
  int32 n = PG_GETARG_INT32(1);
  if (n < 1 || n > NGRAM_MAX) {
    tk_pg_error("ngrams", "n must be an integer from 1 to %d, got '%d'",
                NGRAM_MAX, n);
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  GramSlot aSlot[NGRAM_MAX];
  memset(aSlot, 0, sizeof(aSlot));
  MemoryContext old;
  tk_tokenizer *pTok = tokenizerEnter(fcinfo, "ngrams", 2, &old);
  tk_charpos cp;
  tk_tokenizer_reset(pTok, z, nText);
  tk_charpos_init(&cp, z, nText);
  for (int32 iTok = 0;; iTok++) {
    tk_token t;
    int rc = tk_tokenizer_next(pTok, &t);
    tk_pg_cache_leave(old);
    if (rc < 0) tk_pg_error_rc("ngrams", rc, NULL);
    if (rc == 0) break;
    GramSlot *p = &aSlot[iTok % n];
    if (p->zNorm) pfree(p->zNorm);
    p->zNorm = pnstrdup(t.zNorm, t.nNorm);
    p->nNorm = t.nNorm;
    p->iCharStart = tk_charpos_at(&cp, t.iStart);
    p->iCharEnd = tk_charpos_at(&cp, t.iStart + t.nLen);
    if (iTok >= n - 1) putGram(rsinfo, aSlot, n, iTok % n, iTok - (n - 1));
    if ((iTok & 1023) == 1023) CHECK_FOR_INTERRUPTS();
    old = tk_pg_cache_enter(fcinfo);
  }
  return (Datum)0;
}

/* token_count(text [, options]): the number of tokens() rows. */
Datum tk_pg_token_count(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "token_count", &n);
  MemoryContext old;
  tk_tokenizer *pTok = tokenizerEnter(fcinfo, "token_count", 1, &old);
  int64_t nTok = 0;
  tk_work work;
  tk_pg_work_init(&work);
  tk_tokenizer_set_work(pTok, &work);
  int rc = tk_tokenizer_count(pTok, z, n, &nTok);
  tk_tokenizer_set_work(pTok, NULL);
  tk_pg_cache_leave(old);
  if (rc < 0) tk_pg_error_rc("token_count", rc, NULL);
  PG_RETURN_INT64(nTok);
}
