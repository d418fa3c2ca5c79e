/*
** sql_normalize.c -- the normalization family:
**
**   SELECT text_normalize('e' || char(0x301));     -- 'é' (NFC, one char)
**   SELECT text_normalize('ﬁ', 'NFKC');             -- 'fi'
**   SELECT text_casefold('Straße');                  -- 'strasse'
**   SELECT text_unaccent('Crème brûlée');            -- 'Creme brulee'
**   SELECT text_lower('TITLE', 'tr');                -- 'tıtle'
**   SELECT text_upper('istanbul', 'tr');             -- 'İSTANBUL'
**   SELECT text_clean('  a' || char(7) || '   b ');  -- 'a b'
**
** Every function reads its text as UTF-8 (a BLOB's bytes, a number's text;
** each invalid byte is one U+FFFD), returns NULL when any argument is NULL,
** and reports a bad form or locale as "textkit: fn(): ...".
*/
#include "sql_common.h"

/* Variants of the shared transform function (TkFunction.iArg). */
enum { NORM_NORMALIZE, NORM_CASEFOLD, NORM_UNACCENT, NORM_CLEAN };

/* Hand a finished buffer to SQLite as the TEXT result (the buffer is the
** core's, which allocates through sqlite3_malloc64, so SQLite frees it). */
static void resultBuf(sqlite3_context *ctx, tk_buf *pBuf, int rc, char *zErr) {
  if (rc == TK_OK && pBuf->oom) rc = TK_ENOMEM;
  if (rc != TK_OK) {
    tk_buf_free(pBuf);
    if (rc == TK_ELIMIT && !zErr) zErr = tk_mprintf("value too long");
    tk_sql_error_rc(ctx, rc, zErr);
    return;
  }
  if (pBuf->z == 0) {
    sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
    return;
  }
  sqlite3_result_text64(ctx, pBuf->z, pBuf->n, sqlite3_free, SQLITE_UTF8);
  pBuf->z = 0;
}

/* text_normalize(s [, form]), text_casefold(s), text_unaccent(s) and
** text_clean(s): one utf8proc-based transform chosen by the row's iArg. */
static void transformFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t n, nForm;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  int eForm = TK_NFC;
  char *zErr = 0;
  if (argc > 1) {
    const char *zForm = tk_sql_text_arg(ctx, argv[1], &nForm);
    if (!zForm) return;
    int rc = tk_norm_form_parse(zForm, nForm, &eForm, &zErr);
    if (rc != TK_OK) {
      tk_sql_error_rc(ctx, rc, zErr);
      return;
    }
  }
  tk_buf b = {0};
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = TK_OK;
  switch (pFn->iArg) {
  case NORM_NORMALIZE:
    rc = tk_normalize_w(z, n, eForm, &work, &b);
    break;
  case NORM_CASEFOLD:
    rc = tk_casefold_w(z, n, &work, &b);
    break;
  case NORM_UNACCENT:
    rc = tk_unaccent_w(z, n, &work, &b);
    break;
  default:
    rc = tk_clean_w(z, n, &work, &b);
    break;
  }
  resultBuf(ctx, &b, rc, zErr);
}

/* text_lower(s [, locale]) and text_upper(s [, locale]): ICU case mapping;
** iArg is 1 for upper. */
static void caseMapFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t n, nLocale = 0;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  char *zLocale = 0; /* NUL-terminated copy: a BLOB's bytes are not */
  if (argc > 1) {
    const char *zArg = tk_sql_text_arg(ctx, argv[1], &nLocale);
    if (!zArg) return;
    if (memchr(zArg, 0, nLocale)) {
      tk_sql_error(ctx, "unknown locale (it contains a NUL byte)");
      return;
    }
    zLocale = sqlite3_malloc64(nLocale + 1);
    if (!zLocale) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    memcpy(zLocale, zArg, nLocale);
    zLocale[nLocale] = 0;
  }
  tk_buf b = {0};
  char *zErr = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_case_map_w(z, n, zLocale, pFn->iArg, &work, &b, &zErr);
  sqlite3_free(zLocale);
  resultBuf(ctx, &b, rc, zErr);
}

static const TkFunction aFunc[] = {
    {"text_normalize", 1, TK_PURE, transformFunc, NORM_NORMALIZE},
    {"text_normalize", 2, TK_PURE, transformFunc, NORM_NORMALIZE},
    {"text_casefold", 1, TK_PURE, transformFunc, NORM_CASEFOLD},
    {"text_unaccent", 1, TK_PURE, transformFunc, NORM_UNACCENT},
    {"text_clean", 1, TK_PURE, transformFunc, NORM_CLEAN},
    {"text_lower", 1, TK_PURE, caseMapFunc, 0},
    {"text_lower", 2, TK_PURE, caseMapFunc, 0},
    {"text_upper", 1, TK_PURE, caseMapFunc, 1},
    {"text_upper", 2, TK_PURE, caseMapFunc, 1},
};

/* Register the normalization functions. */
int tk_register_normalize(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
