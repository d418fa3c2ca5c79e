/*
** pg_base.c -- introspection in PostgreSQL:
**
**   SELECT textkit_version();             -- '0.1.0'
**   SELECT textkit_info()::json ->> 'icu'; -- versions of every dependency
**   SELECT text_lower(text_from_bytes(page_bytes)) FROM raw;
**
** text_from_bytes(bytea) is the PostgreSQL face's own: SQLite reads a BLOB
** as UTF-8 with each invalid byte as U+FFFD; here bytes become text that
** way first (NUL too, which text cannot hold).
*/
#include "pg_common.h"

PG_FUNCTION_INFO_V1(tk_pg_textkit_version);
PG_FUNCTION_INFO_V1(tk_pg_textkit_info);
PG_FUNCTION_INFO_V1(tk_pg_text_from_bytes);

/* textkit_version(): the semantic version of the extension. */
Datum tk_pg_textkit_version(PG_FUNCTION_ARGS) {
  (void)fcinfo;
  PG_RETURN_TEXT_P(cstring_to_text(TK_VERSION));
}

/* textkit_info(): one JSON object with the versions of textkit, the
** server and every library the core uses (the SQLite face's "sqlite"
** member is "postgresql" here). */
Datum tk_pg_textkit_info(PG_FUNCTION_ARGS) {
  (void)fcinfo;
  tk_buf b = {0};
  static const char zHead[] =
      "{\"textkit\":\"" TK_VERSION "\",\"postgresql\":\"" PG_VERSION "\",";
  tk_buf_append(&b, zHead, sizeof(zHead) - 1);
  tk_info_append_json(&b);
  tk_buf_putc(&b, '}');
  PG_RETURN_TEXT_P(tk_pg_buf_text(&b, "textkit_info"));
}

/* text_from_bytes(bytea): the bytes as UTF-8 text, each invalid byte and
** each NUL as U+FFFD. */
Datum tk_pg_text_from_bytes(PG_FUNCTION_ARGS) {
  bytea *p = PG_GETARG_BYTEA_PP(0);
  PG_RETURN_TEXT_P(tk_pg_bytes_text(VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p),
                                    "text_from_bytes"));
}
