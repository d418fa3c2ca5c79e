/*
** fuzz_sql.c -- libFuzzer target for the SQLite face: textkit's init is
** registered as an auto extension of the linked SQLite, and each input
** drives up to 8 statements on a new in-memory database, each a textkit
** function or table-valued function (found by comparing the function and
** module lists with and without textkit) with its HIDDEN columns read and
** arguments from the input (text, blob, integer, real, NULL, or a word
** that reaches deeper paths).  No crash; every error message is valid
** UTF-8 and starts "textkit: " or is SQLite's own; every TEXT result is
** valid UTF-8 when every text and blob argument is.
**
**   make fuzz FUZZ_SECONDS=60     (build/fuzz/fuzz_sql, with -lsqlite3)
*/
#include <sqlite3.h>

#include "textkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_textkit_init(sqlite3 *db, char **pzErrMsg, const void *pApi);

#define MAX_NAMES 1024
#define MAX_STMTS 8
#define MAX_ARGS 5
#define MAX_ROWS 64

/* Words worth drawing as arguments: languages, options, patterns. */
static const char *const azWord[] = {
    "english",
    "en",
    "stem=1",
    "punct=1 mode=uax29",
    "stopwords=1",
    "\\w+",
    "(a)(?<n>b)|\\d",
    "g",
    "i",
    "$1-${n}$$",
    "n=2",
    "types=DATE,MONEY",
    "ref=2014-02-07",
    "model=0",
    "a b c",
    "nfkc",
    "The U.S. paid $5.5m on 1 March 2020 to Ann Lee in Paris.",
    "(a+)+$",
    "bands=4",
    "min_words=2",
    "method=rake",
    "x"};

/* textkit's functions and modules, with each module's HIDDEN columns
** already joined as ", h1, h2". */
static char *azFunc[MAX_NAMES], *azMod[MAX_NAMES], *azHidden[MAX_NAMES];
static int nFunc, nMod;

/* The rows of one-column query zSql on db, as new strings. */
static int listOf(sqlite3 *db, const char *zSql, char **az) {
  sqlite3_stmt *s;
  int n = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &s, 0) != SQLITE_OK) abort();
  while (sqlite3_step(s) == SQLITE_ROW && n < MAX_NAMES)
    az[n++] = strdup((const char *)sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  return n;
}

/* 1 when z is one of az[0..n). */
static int isIn(const char *z, char **az, int n) {
  for (int i = 0; i < n; i++)
    if (!strcmp(z, az[i])) return 1;
  return 0;
}

/* An auto extension: textkit's init with its permanent-load code mapped to
** SQLITE_OK, which auto extensions must return. */
static int loadTextkit(sqlite3 *db, char **pzErr, const void *pApi) {
  int rc = sqlite3_textkit_init(db, pzErr, pApi);
  return rc == SQLITE_OK_LOAD_PERMANENTLY ? SQLITE_OK : rc;
}

/* Fill azFunc, azMod and azHidden once: the names a database gains when
** textkit is loaded. */
static void setUp(void) {
  static char *azF0[MAX_NAMES], *azM0[MAX_NAMES], *azF1[MAX_NAMES],
      *azM1[MAX_NAMES];
  const char *zF = "SELECT DISTINCT name FROM pragma_function_list";
  const char *zM = "SELECT name FROM pragma_module_list";
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
  int nF0 = listOf(db, zF, azF0), nM0 = listOf(db, zM, azM0);
  sqlite3_close(db);
  sqlite3_auto_extension((void (*)(void))loadTextkit);
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
  int nF1 = listOf(db, zF, azF1), nM1 = listOf(db, zM, azM1);
  for (int i = 0; i < nF1; i++)
    if (!isIn(azF1[i], azF0, nF0)) azFunc[nFunc++] = azF1[i];
  for (int i = 0; i < nM1; i++) {
    if (isIn(azM1[i], azM0, nM0)) continue;
    char *zSql = sqlite3_mprintf("SELECT group_concat(', ' || name, '') FROM "
                                 "pragma_table_xinfo(%Q) WHERE hidden",
                                 azM1[i]);
    char *az[1] = {0};
    if (listOf(db, zSql, az) != 1) abort();
    sqlite3_free(zSql);
    azHidden[nMod] = az[0] ? az[0] : strdup("");
    azMod[nMod++] = azM1[i];
  }
  sqlite3_close(db);
  if (nFunc < 30 || nMod < 5) abort(); /* textkit did not load */
}

/* A reader of the fuzz input. */
typedef struct Input {
  const uint8_t *a;
  size_t n, i;
} Input;

/* The next byte (0 past the end). */
static unsigned byteOf(Input *p) {
  return p->i < p->n ? p->a[p->i++] : 0;
}

/* Bind argument k of s from the input; 0 when the argument makes the
** UTF-8 check of the results void (invalid text or blob). */
static int bindArg(sqlite3_stmt *s, int k, Input *p) {
  unsigned c = byteOf(p);
  size_t nLen = byteOf(p) % 64, nLeft = p->n - p->i;
  if (nLen > nLeft) nLen = nLeft;
  const char *z = (const char *)p->a + p->i;
  switch (c % 8) {
  case 0:
  case 1:
    p->i += nLen;
    sqlite3_bind_text(s, k, z, (int)nLen, SQLITE_TRANSIENT);
    return tk_utf8_is_valid(z, nLen);
  case 2:
    p->i += nLen;
    sqlite3_bind_blob(s, k, nLen ? z : "", (int)nLen, SQLITE_TRANSIENT);
    return tk_utf8_is_valid(z, nLen);
  case 3: {
    static const sqlite3_int64 aInt[] = {0,  1,       -1,        2,        3,
                                         64, 1000000, INT64_MIN, INT64_MAX};
    sqlite3_bind_int64(s, k, aInt[(c >> 3) % 9] ^ (c >> 7));
    return 1;
  }
  case 4:
    sqlite3_bind_null(s, k);
    return 1;
  case 5: {
    static const double aReal[] = {0.5, -0.0, 1e300, -2.5, 1.0 / 0.0};
    sqlite3_bind_double(s, k, aReal[(c >> 3) % 5]);
    return 1;
  }
  default:
    sqlite3_bind_text(s, k, azWord[(c >> 3) % (sizeof azWord / sizeof *azWord)],
                      -1, SQLITE_STATIC);
    return 1;
  }
}

/* 1 when zMsg is one of SQLite's own messages (for errors textkit's code
** never sees: argument counts, missing tables, limits). */
static int isSqliteMessage(const char *zMsg, int rc) {
  static const char *const azOwn[] = {"wrong number of arguments to function",
                                      "too many arguments on",
                                      "no such table",
                                      "no query solution",
                                      "out of memory",
                                      "string or blob too big",
                                      "unable to use function"};
  if (!strcmp(zMsg, sqlite3_errstr(rc))) return 1;
  for (size_t i = 0; i < sizeof azOwn / sizeof *azOwn; i++)
    if (!strncmp(zMsg, azOwn[i], strlen(azOwn[i]))) return 1;
  return 0;
}

/* Check the error of db after rc. */
static void checkError(sqlite3 *db, int rc) {
  const char *zMsg = sqlite3_errmsg(db);
  if (!tk_utf8_is_valid(zMsg, strlen(zMsg)) ||
      (strncmp(zMsg, "textkit: ", 9) && !isSqliteMessage(zMsg, rc))) {
    fprintf(stderr, "bad error message (%d): %s\n", rc, zMsg);
    __builtin_trap();
  }
}

/* Run one statement drawn from the input on db. */
static void runOne(sqlite3 *db, Input *p) {
  unsigned c = byteOf(p);
  int nArg = (int)(byteOf(p) % (MAX_ARGS + 1)), bTvf = c & 1;
  char zArgs[3 * MAX_ARGS + 1] = "";
  for (int k = 0; k < nArg; k++)
    strcat(zArgs, k ? ",?" : "?");
  char *zSql = bTvf ? sqlite3_mprintf("SELECT *%s FROM \"%w\"(%s) LIMIT %d",
                                      azHidden[(c >> 1) % nMod],
                                      azMod[(c >> 1) % nMod], zArgs, MAX_ROWS)
                    : sqlite3_mprintf("SELECT \"%w\"(%s)",
                                      azFunc[(c >> 1) % nFunc], zArgs);
  sqlite3_stmt *s = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &s, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    checkError(db, rc);
    return;
  }
  int bValidArgs = 1;
  for (int k = 1; k <= nArg; k++)
    bValidArgs &= bindArg(s, k, p);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    for (int j = 0; j < sqlite3_column_count(s); j++) {
      if (sqlite3_column_type(s, j) != SQLITE_TEXT) continue;
      const char *z = (const char *)sqlite3_column_text(s, j);
      int n = sqlite3_column_bytes(s, j);
      if (bValidArgs && z && !tk_utf8_is_valid(z, (size_t)n)) {
        fprintf(stderr, "invalid UTF-8 in column %d of %s\n", j,
                sqlite3_sql(s));
        __builtin_trap();
      }
    }
  }
  if (rc != SQLITE_DONE) checkError(db, rc);
  sqlite3_finalize(s);
}

/* One fuzz input: a statement count, then per statement a name byte, an
** argument count and the arguments. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!nFunc) setUp();
  Input in = {aData, nData, 0};
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
  int nStmt = 1 + (int)(byteOf(&in) % MAX_STMTS);
  for (int i = 0; i < nStmt && in.i < in.n; i++)
    runOne(db, &in);
  sqlite3_close(db);
  return 0;
}
