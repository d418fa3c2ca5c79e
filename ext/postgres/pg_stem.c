/*
** pg_stem.c -- Snowball stems and stopwords in PostgreSQL:
**
**   SELECT text_stem('Bombings');            -- 'bomb'
**   SELECT text_stem('chevaux', 'french');   -- 'cheval'
**   SELECT is_stopword('The'), is_stopword('und', 'de');   -- t, t
**   SELECT text_language('Le chat est sur la table.');     -- 'fr'
**
** The word is case-folded first; the language is a Snowball name or an
** ISO 639-1 code, default english.  is_stopword returns boolean (the
** SQLite face's 1/0).  The stemmer is kept on the call site (TkPgCache)
** while the language stays the same.
*/
#include "pg_common.h"

PG_FUNCTION_INFO_V1(tk_pg_text_stem);
PG_FUNCTION_INFO_V1(tk_pg_is_stopword);
PG_FUNCTION_INFO_V1(tk_pg_text_language);

/* Argument 0 case-folded into *pOut (raises on failure). */
static void foldArg(FunctionCallInfo fcinfo, const char *zFn, tk_buf *pOut) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  int rc = tk_casefold(z, n, pOut);
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  if (rc != TK_OK) {
    tk_buf_free(pOut);
    tk_pg_error_rc(zFn, rc, NULL);
  }
}

/* The language argument, english when absent. */
static const char *langArg(FunctionCallInfo fcinfo, const char *zFn,
                           size_t *pn) {
  if (PG_NARGS() < 2) {
    *pn = 7;
    return "english";
  }
  return tk_pg_text_arg(fcinfo, 1, zFn, pn);
}

/* text_stem(word [, language]). */
Datum tk_pg_text_stem(PG_FUNCTION_ARGS) {
  size_t nLang;
  const char *zLang = langArg(fcinfo, "text_stem", &nLang);
  tk_buf b = {0};
  foldArg(fcinfo, "text_stem", &b);
  TkPgCache *pCache = tk_pg_cache(fcinfo, (void (*)(void *))tk_stemmer_free);
  MemoryContext old = tk_pg_cache_enter(fcinfo);
  if (!tk_pg_cache_hit(pCache, zLang, nLang)) {
    tk_stemmer *pNew = NULL;
    char *zErr = NULL;
    int rc = tk_stemmer_new(zLang, nLang, &pNew, &zErr);
    if (rc == TK_OK) rc = tk_pg_cache_set(pCache, zLang, nLang, pNew);
    if (rc != TK_OK) {
      tk_pg_cache_leave(old);
      tk_buf_free(&b);
      tk_pg_error_rc("text_stem", rc, zErr);
    }
  }
  const char *zOut;
  size_t nOut;
  int rc = tk_stemmer_stem(pCache->pObj, b.z ? b.z : "", b.n, &zOut, &nOut);
  tk_pg_cache_leave(old);
  tk_buf_free(&b);
  if (rc != TK_OK) tk_pg_error_rc("text_stem", rc, NULL);
  PG_RETURN_TEXT_P(cstring_to_text_with_len(zOut, (int)nOut));
}

/* is_stopword(word [, language]): true when the folded word is listed. */
Datum tk_pg_is_stopword(PG_FUNCTION_ARGS) {
  size_t nLang;
  const char *zLang = langArg(fcinfo, "is_stopword", &nLang);
  const tk_stoplist *pList = tk_stoplist_get(zLang, nLang);
  if (!pList) {
    tk_pg_error("is_stopword", "no stopword list for '%.*s'; valid: %s",
                (int)nLang, zLang, tk_stoplist_languages());
  }
  tk_buf b = {0};
  foldArg(fcinfo, "is_stopword", &b);
  bool bStop = tk_stoplist_has(pList, b.z ? b.z : "", b.n) != 0;
  tk_buf_free(&b);
  PG_RETURN_BOOL(bStop);
}

/* text_language(text): ISO 639-1 code of the text's language or 'und'. */
Datum tk_pg_text_language(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_language", &n);
  PG_RETURN_TEXT_P(cstring_to_text(tk_language_detect(z, n)));
}
