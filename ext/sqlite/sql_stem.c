/*
** sql_stem.c -- Snowball stems and stopwords as scalars:
**
**   SELECT text_stem('Bombings');               -- 'bomb'
**   SELECT text_stem('chevaux', 'french');      -- 'cheval'
**   SELECT is_stopword('The'), is_stopword('und', 'de');   -- 1, 1
**
** The word is case-folded first.  The language is a Snowball name or an
** ISO 639-1 code, default english; a stemmer for a constant language is
** kept as auxdata (Snowball stemmers are per statement, never shared).
*/
#include "textkit_sql.h"

/* Case-fold the first argument into *pOut; 0 for NULL (result NULL), -1
** after setting an error. */
static int foldArg(sqlite3_context *ctx, sqlite3_value *v, tk_buf *pOut) {
  size_t n;
  const char *z = tk_sql_text(v, &n);
  if (!z) {
    if (sqlite3_value_type(v) == SQLITE_NULL) return 0;
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  int rc = tk_casefold(z, n, pOut);
  if (rc != TK_OK || pOut->oom) {
    tk_sql_error_rc(ctx, rc == TK_OK ? TK_ENOMEM : rc, 0);
    return -1;
  }
  return 1;
}

/* The language argument (default english); NULL when it is SQL NULL. */
static const char *langArg(int argc, sqlite3_value **argv, size_t *pn) {
  if (argc < 2) {
    *pn = 7;
    return "english";
  }
  return tk_sql_text(argv[1], pn);
}

/* text_stem(word [, language]). */
static void textStemFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  size_t nLang;
  const char *zLang = langArg(argc, argv, &nLang);
  if (!zLang) return;
  tk_buf b = {0};
  int rc = foldArg(ctx, argv[0], &b);
  if (rc <= 0) {
    tk_buf_free(&b);
    return;
  }
  tk_stemmer *pStem = argc > 1 ? sqlite3_get_auxdata(ctx, 1) : 0;
  int bAux = pStem != 0;
  if (!pStem) {
    char *zErr = 0;
    rc = tk_stemmer_new(zLang, nLang, &pStem, &zErr);
    if (rc != TK_OK) {
      tk_sql_error_rc(ctx, rc, zErr);
      tk_buf_free(&b);
      return;
    }
  }
  const char *zOut;
  size_t nOut;
  rc = tk_stemmer_stem(pStem, b.z ? b.z : "", b.n, &zOut, &nOut);
  if (rc != TK_OK) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text64(ctx, zOut, nOut, SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  tk_buf_free(&b);
  if (argc > 1 && !bAux) {
    sqlite3_set_auxdata(ctx, 1, pStem, (void (*)(void *))tk_stemmer_free);
  } else if (!bAux) {
    tk_stemmer_free(pStem);
  }
}

/* is_stopword(word [, language]): 1 or 0. */
static void isStopwordFunc(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  size_t nLang;
  const char *zLang = langArg(argc, argv, &nLang);
  if (!zLang) return;
  const tk_stoplist *pList = tk_stoplist_get(zLang, nLang);
  if (!pList) {
    tk_sql_error(ctx, "no stopword list for '%.*s'; valid: %s", (int)nLang,
                 zLang, tk_stoplist_languages());
    return;
  }
  tk_buf b = {0};
  if (foldArg(ctx, argv[0], &b) > 0) {
    sqlite3_result_int(ctx, tk_stoplist_has(pList, b.z ? b.z : "", b.n));
  }
  tk_buf_free(&b);
}

static const TkFunction aFunc[] = {
    {"is_stopword", 1, TK_PURE, isStopwordFunc, 0},
    {"is_stopword", 2, TK_PURE, isStopwordFunc, 0},
    {"text_stem", 1, TK_PURE, textStemFunc, 0},
    {"text_stem", 2, TK_PURE, textStemFunc, 0},
};

/* Register text_stem() and is_stopword(). */
int tk_register_stem(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
