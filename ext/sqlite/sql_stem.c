/*
** sql_stem.c -- Snowball stems and stopwords as scalars:
**
**   SELECT text_stem('Bombings');               -- 'bomb'
**   SELECT text_stem('chevaux', 'french');      -- 'cheval'
**   SELECT is_stopword('The'), is_stopword('und', 'de');   -- 1, 1
**   SELECT text_language('Le chat est sur la table.');     -- 'fr'
**
** The word is case-folded first.  The language is a Snowball name or an
** ISO 639-1 code, default english.  A stemmer for a constant language is
** kept as auxdata; the one-argument form's English stemmer lives with the
** connection (a TkConnFunction), made on first use.  Snowball stemmers are
** never shared between connections.
*/
#include "sql_common.h"

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

/* The language argument (default english); NULL when it is SQL NULL or
** could not be read (then the error is set). */
static const char *langArg(sqlite3_context *ctx, int argc, sqlite3_value **argv,
                           size_t *pn) {
  if (argc < 2) {
    *pn = 7;
    return "english";
  }
  return tk_sql_text_arg(ctx, argv[1], pn);
}

/* The stemmer for this call: the statement's (auxdata, for a constant
** language), the connection's English one, or a new one that *pbOwn says
** the caller frees or keeps.  NULL after setting an error. */
static tk_stemmer *getStemmer(sqlite3_context *ctx, int argc, const char *zLang,
                              size_t nLang, int *pbOwn) {
  TkConnFunction *pConn = argc == 1 ? sqlite3_user_data(ctx) : 0;
  tk_stemmer *pStem = pConn ? pConn->pState : sqlite3_get_auxdata(ctx, 1);
  *pbOwn = 0;
  if (pStem) return pStem;
  char *zErr = 0;
  int rc = tk_stemmer_new(zLang, nLang, &pStem, &zErr);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
    return 0;
  }
  if (pConn) {
    pConn->pState = pStem;
  } else {
    *pbOwn = 1;
  }
  return pStem;
}

/* text_stem(word [, language]). */
static void textStemFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  size_t nLang;
  const char *zLang = langArg(ctx, argc, argv, &nLang);
  if (!zLang) return;
  tk_buf b = {0};
  int bOwn = 0;
  tk_stemmer *pStem = 0;
  if (foldArg(ctx, argv[0], &b) > 0) {
    pStem = getStemmer(ctx, argc, zLang, nLang, &bOwn);
  }
  if (pStem) {
    const char *zOut;
    size_t nOut;
    if (tk_stemmer_stem(pStem, b.z ? b.z : "", b.n, &zOut, &nOut) != TK_OK) {
      sqlite3_result_error_nomem(ctx);
    } else {
      sqlite3_result_text64(ctx, zOut, nOut, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
  }
  tk_buf_free(&b);
  if (bOwn) {
    sqlite3_set_auxdata(ctx, 1, pStem, (void (*)(void *))tk_stemmer_free);
  }
}

/* is_stopword(word [, language]): 1 or 0. */
static void isStopwordFunc(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  size_t nLang;
  const char *zLang = langArg(ctx, argc, argv, &nLang);
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

/* text_language(text): ISO 639-1 code or 'und'; NULL for NULL. */
static void textLanguageFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv) {
  (void)argc;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  sqlite3_result_text(ctx, tk_language_detect(z, n), -1, SQLITE_STATIC);
}

static const TkFunction aFunc[] = {
    {"is_stopword", 1, TK_PURE, isStopwordFunc, 0},
    {"is_stopword", 2, TK_PURE, isStopwordFunc, 0},
    {"text_stem", 2, TK_PURE, textStemFunc, 0},
    {"text_language", 1, TK_PURE, textLanguageFunc, 0},
};

/* Register text_stem(), is_stopword() and text_language(); the
** one-argument text_stem keeps its English stemmer with the connection. */
int tk_register_stem(sqlite3 *db, char **pzErr) {
  static const TkFunction stem1 = {"text_stem", 1, TK_PURE, textStemFunc, 0};
  int rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  if (rc == SQLITE_OK) {
    rc = tk_sql_register_conn_function(
        db, &stem1, (void (*)(void *))tk_stemmer_free, pzErr);
  }
  return rc;
}
