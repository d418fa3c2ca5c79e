/*
** textkit.c -- the extension's entry point.  Loading textkit
**
**   sqlite> .load dist/textkit
**   sqlite> SELECT textkit_version(), textkit_info();
**
** points the core's allocator at SQLite's, checks the runtime SQLite is new
** enough, and registers every family from one table, stopping with a clear
** message at the first registration that fails.
*/
#include "sql_common.h"

/* The oldest SQLite runtime textkit supports: 3.40.0 (FTS5 v1 tokenizer
** API, sqlite3_value_nochange, SQLITE_INNOCUOUS, SQLITE_DIRECTONLY). */
#define TK_MIN_SQLITE_VERSION 3040000

/* One row per family of SQL functions, registered in this order. */
static const struct {
  const char *zFamily;
  int (*xRegister)(sqlite3 *, char **);
} aFamily[] = {
    // clang-format off
    {"base",          tk_register_base},
    {"normalize",     tk_register_normalize},
    {"tokenize",      tk_register_tokenize},
    {"tokenize_fts5", tk_register_tokenize_fts5},
    {"stem",          tk_register_stem},
    {"sentences",     tk_register_sentences},
    {"regex",         tk_register_regex},
    {"regex_tvf",     tk_register_regex_tvf},
    {"entities",      tk_register_entities},
    {"strsim",        tk_register_strsim},
    {"passages",      tk_register_passages},
    {"docsim",        tk_register_docsim},
    {"docsim_bands",  tk_register_docsim_bands},
    {"corpus",        tk_register_corpus},
    // clang-format on
};

/* Adapters so the core allocates through SQLite (sizes are 64-bit). */
static void *sqlMalloc(size_t n) {
  return sqlite3_malloc64(n);
}
static void *sqlRealloc(void *p, size_t n) {
  return sqlite3_realloc64(p, n);
}
static void sqlFree(void *p) {
  sqlite3_free(p);
}

/* The entry point SQLite calls for ".load textkit". */
__attribute__((visibility("default"))) int
sqlite3_textkit_init(sqlite3 *db, char **pzErrMsg,
                     const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  if (sqlite3_libversion_number() < TK_MIN_SQLITE_VERSION) {
    *pzErrMsg = sqlite3_mprintf(
        "textkit: needs SQLite 3.40.0 or later, this runtime is %s",
        sqlite3_libversion());
    return SQLITE_ERROR;
  }
  static const tk_allocator alloc = {sqlMalloc, sqlRealloc, sqlFree};
  tk_set_allocator(&alloc);
  for (int i = 0; i < TK_COUNT(aFamily); i++) {
    int rc = aFamily[i].xRegister(db, pzErrMsg);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}
