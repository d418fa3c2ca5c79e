/*
** pg_base.c -- introspection in PostgreSQL:
**
**   SELECT textkit_version();             -- '0.1.0'
**   SELECT textkit_info()::json ->> 'icu'; -- versions of every dependency
*/
#include "pg_common.h"

PG_FUNCTION_INFO_V1(tk_pg_textkit_version);
PG_FUNCTION_INFO_V1(tk_pg_textkit_info);

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
