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
**   SELECT text_decode(X'636166E9');                 -- 'café' (auto)
**   SELECT text_decode(X'93FA967B', 'shift_jis');    -- '日本'
**   SELECT text_encoding(X'FFFE6100');               -- 'utf-16le'
**   SELECT text_fix_mojibake('cafÃ©');              -- 'café'
**   SELECT text_dehyphenate('documenta-' || char(10) || 'tion is');
**                                 -- 'documentation' || char(10) || 'is'
**
** Every function reads its text as UTF-8 (a BLOB's bytes, a number's text;
** each invalid byte is one U+FFFD), returns NULL when any argument is NULL,
** and reports a bad form or locale as "textkit: fn(): ...".  text_decode
** and text_encoding read a BLOB's bytes in the charset they name or find
** (ext/core/normalize/decode.c), and check their argument counts
** themselves so that a wrong count says how to call them.
*/
#include "sql_common.h"

/* Variants of the shared transform function (TkFunction.iArg). */
enum {
  NORM_NORMALIZE,
  NORM_CASEFOLD,
  NORM_UNACCENT,
  NORM_CLEAN,
  NORM_FIX_MOJIBAKE,
  NORM_DEHYPHENATE
};

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

/* text_normalize(s [, form]), text_casefold(s), text_unaccent(s),
** text_clean(s), text_fix_mojibake(s) and text_dehyphenate(s): one
** whole-text transform chosen
** by the row's iArg. */
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
  case NORM_CLEAN:
    rc = tk_clean_w(z, n, &work, &b);
    break;
  case NORM_DEHYPHENATE:
    rc = tk_dehyphenate_w(z, n, &work, &b);
    break;
  default:
    rc = tk_fix_mojibake_w(z, n, &work, &b, NULL);
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

/* 1 when argc is within [nMin, nMax]; else report the usage and 0. */
static int checkArgCount(sqlite3_context *ctx, int argc, int nMin, int nMax,
                         const char *zUsage) {
  if (argc >= nMin && argc <= nMax) return 1;
  tk_sql_error(ctx, "takes %s, not %d argument%s", zUsage, argc,
               argc == 1 ? "" : "s");
  return 0;
}

/* text_decode(x [, charset]): x's bytes in charset ('auto' by default)
** as UTF-8 TEXT; the charset must be TEXT. */
static void decodeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (!checkArgCount(ctx, argc, 1, 2, "1 or 2 arguments (x [, charset])")) {
    return;
  }
  const char *zCharset = "auto";
  size_t n, nCharset = 4;
  if (argc > 1) {
    int eType = sqlite3_value_type(argv[1]);
    if (eType == SQLITE_NULL) return;
    if (eType != SQLITE_TEXT) {
      tk_sql_error(ctx,
                   "the charset must be text such as 'auto' or 'latin1', "
                   "not %s",
                   eType == SQLITE_BLOB ? "a blob" : "a number");
      return;
    }
    zCharset = tk_sql_text_arg(ctx, argv[1], &nCharset);
    if (!zCharset) return;
  }
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  char *zErr = 0;
  tk_work work;
  tk_sql_work_init(sqlite3_context_db_handle(ctx), &work);
  int rc = tk_decode(z, n, zCharset, nCharset, &work, &b, &zErr);
  resultBuf(ctx, &b, rc, zErr);
}

/* text_encoding(x): the charset text_decode(x) reads x as. */
static void encodingFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (!checkArgCount(ctx, argc, 1, 1, "1 argument (x)")) return;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  sqlite3_result_text(ctx, tk_decode_detect(z, n), -1, SQLITE_STATIC);
}

static const TkFunction aFunc[] = {
    {"text_normalize", 1, TK_PURE, transformFunc, NORM_NORMALIZE},
    {"text_normalize", 2, TK_PURE, transformFunc, NORM_NORMALIZE},
    {"text_casefold", 1, TK_PURE, transformFunc, NORM_CASEFOLD},
    {"text_unaccent", 1, TK_PURE, transformFunc, NORM_UNACCENT},
    {"text_clean", 1, TK_PURE, transformFunc, NORM_CLEAN},
    {"text_fix_mojibake", 1, TK_PURE, transformFunc, NORM_FIX_MOJIBAKE},
    {"text_dehyphenate", 1, TK_PURE, transformFunc, NORM_DEHYPHENATE},
    {"text_lower", 1, TK_PURE, caseMapFunc, 0},
    {"text_lower", 2, TK_PURE, caseMapFunc, 0},
    {"text_upper", 1, TK_PURE, caseMapFunc, 1},
    {"text_upper", 2, TK_PURE, caseMapFunc, 1},
    {"text_decode", -1, TK_PURE, decodeFunc, 0},
    {"text_encoding", -1, TK_PURE, encodingFunc, 0},
};

/* Register the normalization functions. */
int tk_register_normalize(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
