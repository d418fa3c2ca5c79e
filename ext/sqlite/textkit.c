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

#include <pthread.h>

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
    {"html",          tk_register_html},
    {"records",       tk_register_records},
    {"gunzip",        tk_register_gunzip},
    {"tar",           tk_register_tar},
    {"zip",           tk_register_zip},
    {"email",         tk_register_email},
    /* last: an FTS5 tokenizer cannot be unregistered if a later row fails */
    {"tokenize_fts5", tk_register_tokenize_fts5},
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

/* The process-wide state a load sets: the sqlite3_api pointer (in
** sql_common.c) and the core's allocator.  The first load sets both, under
** a mutex; later loads only check that they come from the same SQLite
** library, so no load writes what another thread's calls are reading. */
static pthread_mutex_t globalsMutex = PTHREAD_MUTEX_INITIALIZER;

/* Set the process-wide state on the first load; SQLITE_ERROR when a
** second, different SQLite library loads textkit into the same process
** (its calls would go to the first library's API). */
static int initGlobals(const sqlite3_api_routines *pApi) {
  int rc = SQLITE_OK;
  pthread_mutex_lock(&globalsMutex);
  if (!sqlite3_api) {
    static const tk_allocator alloc = {sqlMalloc, sqlRealloc, sqlFree};
    SQLITE_EXTENSION_INIT2(pApi);
    tk_set_allocator(&alloc);
  } else if (sqlite3_api != pApi) {
    rc = SQLITE_ERROR;
  }
  pthread_mutex_unlock(&globalsMutex);
  return rc;
}

/* The entry point SQLite calls for ".load textkit".  Registration is all
** or nothing: when a family fails, what was registered is removed again
** (and SQLite unloads the library).  On success the library stays loaded
** for the life of the process (SQLITE_OK_LOAD_PERMANENTLY): SQLite then
** keeps no per-connection handle, whose allocation could fail after the
** functions are registered and leave them pointing at an unloaded
** library. */
__attribute__((visibility("default"))) int
sqlite3_textkit_init(sqlite3 *db, char **pzErrMsg,
                     const sqlite3_api_routines *pApi) {
  if (initGlobals(pApi) != SQLITE_OK) {
    *pzErrMsg = pApi->mprintf("textkit: already loaded by another SQLite "
                              "library in this process");
    return SQLITE_ERROR;
  }
  if (sqlite3_libversion_number() < TK_MIN_SQLITE_VERSION) {
    *pzErrMsg = sqlite3_mprintf(
        "textkit: needs SQLite 3.40.0 or later, this runtime is %s",
        sqlite3_libversion());
    return SQLITE_ERROR;
  }
  TkJournal journal;
  tk_sql_journal_open(&journal);
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < TK_COUNT(aFamily); i++)
    rc = aFamily[i].xRegister(db, pzErrMsg);
  tk_sql_journal_close(db, rc != SQLITE_OK);
  return rc == SQLITE_OK ? SQLITE_OK_LOAD_PERMANENTLY : rc;
}
