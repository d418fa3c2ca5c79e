/*
** pg_normalize.c -- the normalization family in PostgreSQL:
**
**   SELECT text_normalize('ﬁ', 'NFKC');   -- 'fi'
**   SELECT text_casefold('Straße');        -- 'strasse'
**   SELECT text_unaccent('Crème brûlée');  -- 'Creme brulee'
**   SELECT text_lower('TITLE', 'tr');      -- 'tıtle'
**   SELECT text_clean('  a   b ');         -- 'a b'
**   SELECT text_decode('\x636166e9');      -- 'café' (auto: Windows-1252)
**   SELECT text_encoding('\xfffe6100');    -- 'utf-16le'
**   SELECT text_fix_mojibake('cafÃ©');     -- 'café'
**   SELECT text_dehyphenate(E'docu-\nment');  -- 'document'
**
** STRICT: a NULL argument gives NULL without a call.  Errors read as in
** the SQLite face (sql_normalize.c): "textkit: fn(): ...".  text_decode's
** result cannot hold a NUL character (text has none): each is U+FFFD.
*/
#include "pg_common.h"

PG_FUNCTION_INFO_V1(tk_pg_text_normalize);
PG_FUNCTION_INFO_V1(tk_pg_text_casefold);
PG_FUNCTION_INFO_V1(tk_pg_text_unaccent);
PG_FUNCTION_INFO_V1(tk_pg_text_clean);
PG_FUNCTION_INFO_V1(tk_pg_text_lower);
PG_FUNCTION_INFO_V1(tk_pg_text_upper);
PG_FUNCTION_INFO_V1(tk_pg_text_decode);
PG_FUNCTION_INFO_V1(tk_pg_text_encoding);
PG_FUNCTION_INFO_V1(tk_pg_text_fix_mojibake);
PG_FUNCTION_INFO_V1(tk_pg_text_dehyphenate);

/* The result of a transform into b, or its error. */
static text *transformResult(const char *zFn, int rc, tk_buf *pBuf) {
  if (rc != TK_OK) {
    tk_buf_free(pBuf);
    tk_pg_error_rc(zFn, rc, NULL);
  }
  return tk_pg_buf_text(pBuf, zFn);
}

/* text_normalize(s [, form]): NFC by default. */
Datum tk_pg_text_normalize(PG_FUNCTION_ARGS) {
  size_t n, nForm;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_normalize", &n);
  int eForm = TK_NFC;
  if (PG_NARGS() > 1) {
    const char *zForm = tk_pg_text_arg(fcinfo, 1, "text_normalize", &nForm);
    char *zErr = NULL;
    int rc = tk_norm_form_parse(zForm, nForm, &eForm, &zErr);
    if (rc != TK_OK) tk_pg_error_rc("text_normalize", rc, zErr);
  }
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_normalize_w(z, n, eForm, &work, &b);
  PG_RETURN_TEXT_P(transformResult("text_normalize", rc, &b));
}

/* One whole-text transform of the core (tk_casefold_w, ...) on argument 0. */
static text *transform(FunctionCallInfo fcinfo, const char *zFn,
                       int (*xTransform)(const char *, size_t, tk_work *,
                                         tk_buf *)) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  return transformResult(zFn, xTransform(z, n, &work, &b), &b);
}

/* text_casefold(s): full case folding, NFC. */
Datum tk_pg_text_casefold(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(transform(fcinfo, "text_casefold", tk_casefold_w));
}

/* text_unaccent(s): combining diacritics removed, NFC. */
Datum tk_pg_text_unaccent(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(transform(fcinfo, "text_unaccent", tk_unaccent_w));
}

/* text_clean(s): controls dropped, white space collapsed and trimmed. */
Datum tk_pg_text_clean(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(transform(fcinfo, "text_clean", tk_clean_w));
}

/* text_dehyphenate(s): words hyphenated at a line end joined again. */
Datum tk_pg_text_dehyphenate(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(transform(fcinfo, "text_dehyphenate", tk_dehyphenate_w));
}

/* tk_fix_mojibake_w in the shape transform() calls. */
static int fixMojibake(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  return tk_fix_mojibake_w(z, n, pWork, pOut, NULL);
}

/* text_fix_mojibake(s): UTF-8 read as Windows-1252 repaired. */
Datum tk_pg_text_fix_mojibake(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(transform(fcinfo, "text_fix_mojibake", fixMojibake));
}

/* text_lower / text_upper (s [, locale]): ICU case mapping. */
static text *caseMap(FunctionCallInfo fcinfo, const char *zFn, int bUpper) {
  size_t n, nLocale;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  char *zLocale = NULL;
  if (PG_NARGS() > 1) {
    const char *zArg = tk_pg_text_arg(fcinfo, 1, zFn, &nLocale);
    zLocale = pnstrdup(zArg, nLocale); /* text holds no NUL byte */
  }
  tk_buf b = {0};
  char *zErr = NULL;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_case_map_w(z, n, zLocale, bUpper, &work, &b, &zErr);
  if (rc != TK_OK) {
    tk_buf_free(&b);
    tk_pg_error_rc(zFn, rc, zErr);
  }
  return tk_pg_buf_text(&b, zFn);
}

/* text_lower(s [, locale]). */
Datum tk_pg_text_lower(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(caseMap(fcinfo, "text_lower", 0));
}

/* text_upper(s [, locale]). */
Datum tk_pg_text_upper(PG_FUNCTION_ARGS) {
  PG_RETURN_TEXT_P(caseMap(fcinfo, "text_upper", 1));
}

/* text_decode(bytea [, charset]): the bytes in charset ('auto' by
** default) as text, NUL characters as U+FFFD. */
Datum tk_pg_text_decode(PG_FUNCTION_ARGS) {
  bytea *p = PG_GETARG_BYTEA_PP(0);
  const char *zCharset = "auto";
  size_t nCharset = 4;
  if (PG_NARGS() > 1) {
    zCharset = tk_pg_text_arg(fcinfo, 1, "text_decode", &nCharset);
  }
  tk_buf b = {0};
  char *zErr = NULL;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_decode(VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p), zCharset, nCharset,
                     &work, &b, &zErr);
  if (rc != TK_OK) {
    tk_buf_free(&b);
    tk_pg_error_rc("text_decode", rc, zErr);
  }
  if (!b.oom && !memchr(b.z ? b.z : "", 0, b.n)) {
    PG_RETURN_TEXT_P(tk_pg_buf_text(&b, "text_decode"));
  }
  text *t = tk_pg_bytes_text(b.z ? b.z : "", b.n, "text_decode");
  tk_buf_free(&b);
  PG_RETURN_TEXT_P(t);
}

/* text_encoding(bytea): the charset text_decode reads the bytes as. */
Datum tk_pg_text_encoding(PG_FUNCTION_ARGS) {
  bytea *p = PG_GETARG_BYTEA_PP(0);
  PG_RETURN_TEXT_P(
      cstring_to_text(tk_decode_detect(VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p))));
}
