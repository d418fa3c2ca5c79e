/*
** sql_gunzip.c -- text_gunzip(): gzip data inflated, so that a corpus
** saved as .gz files is read as it is (the records family, with
** text_records()).
**
**   SELECT text_decode(text_gunzip(readfile('page.html.gz')));
**   SELECT count(*) FROM text_records(text_gunzip(readfile('news.csv.gz')));
**   SELECT text_gunzip(data, 'errors=null max_bytes=50000000') FROM f;
**
** x is a BLOB (a TEXT's bytes are read as they are); the result is a BLOB
** of the inflated bytes, NULL for a NULL x.  Options: max_bytes=N (the
** most bytes to inflate; default and largest, SQLite's length limit) and
** errors=raise|null (with null, data that is not gzip, is damaged or
** inflates past max_bytes gives NULL instead of an error).  Bad options,
** out of memory and interrupts are errors either way (docs/records.md).
*/
#include "sql_common.h"

/* text_gunzip(x [, options]). */
static void gunzipFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (argc < 1 || argc > 2) {
    tk_sql_error(ctx, "takes 1 or 2 arguments (x [, options]), not %d", argc);
    return;
  }
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  tk_gunzip_options opt;
  tk_gunzip_options_init(&opt,
                         (size_t)sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1));
  char *zErr = 0;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    size_t nOpt;
    const char *zOpt = tk_sql_text_arg(ctx, argv[1], &nOpt);
    if (!zOpt) return;
    int rc = tk_gunzip_options_parse(&opt, zOpt, nOpt, &zErr);
    if (rc != TK_OK) {
      tk_sql_error_rc(ctx, rc, zErr);
      return;
    }
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  tk_work work;
  tk_sql_work_init(db, &work);
  int rc = tk_gunzip(z, n, &opt, &work, &b, &zErr);
  if (rc != TK_OK) {
    tk_buf_free(&b);
    if (tk_gunzip_gives_null(&opt, rc)) {
      tk_free(zErr);
      return; /* NULL */
    }
    tk_sql_error_rc(ctx, rc, zErr);
    return;
  }
  if (b.z == 0) {
    sqlite3_result_zeroblob(ctx, 0);
    return;
  }
  /* the core allocates through sqlite3_malloc64, so SQLite frees it */
  sqlite3_result_blob64(ctx, b.z, b.n, sqlite3_free);
}

static const TkFunction aFunc[] = {
    {"text_gunzip", -1, TK_PURE, gunzipFunc, 0},
};

/* Register text_gunzip. */
int tk_register_gunzip(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
