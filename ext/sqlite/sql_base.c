/*
** sql_base.c -- introspection:
**
**   SELECT textkit_version();          -- '0.1.0'
**   SELECT textkit_info() ->> '$.icu';  -- versions of every dependency
*/
#include "sql_common.h"

/* textkit_version(): the semantic version of the extension. */
static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, TK_VERSION, -1, SQLITE_STATIC);
}

/* textkit_info(): one JSON object with the versions of textkit, the SQLite
** runtime and every library the core uses, and the NER model. */
static void infoFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  tk_buf b = {0};
  static const char zHead[] = "{\"textkit\":\"" TK_VERSION "\",\"sqlite\":\"";
  tk_buf_append(&b, zHead, sizeof(zHead) - 1);
  tk_buf_append(&b, sqlite3_libversion(), strlen(sqlite3_libversion()));
  tk_buf_append(&b, "\",", 2);
  tk_info_append_json(&b);
  tk_buf_putc(&b, '}');
  if (b.oom) {
    tk_buf_free(&b);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, b.z, (int)b.n, SQLITE_TRANSIENT);
  tk_buf_free(&b);
}

static const TkFunction aFunc[] = {
    {"textkit_version", 0, TK_PURE, versionFunc, 0},
    {"textkit_info", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, infoFunc, 0},
};

/* Register the information functions. */
int tk_register_base(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
