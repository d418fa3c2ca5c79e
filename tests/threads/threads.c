/*
** threads.c -- textkit on many connections at once: 8 threads, each with
** its own in-memory connection that loads textkit itself, call one query
** per family over and over for a few seconds and compare every result
** with the one the same query gave on a single thread first.
**
**   build/release/threads/threads dist/textkit [--seconds N] [--threads N]
**
** Built with -fsanitize=thread (make test SANITIZE=thread) it lets
** ThreadSanitizer watch the loads (process-wide state set once) and every
** family's calls.  Prints the calls and mismatches and ends with
** "N passed, N failed": per thread, the load and each query's agreement.
*/
#include <sqlite3.h>

#include "../harness/sql_rows.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_THREADS 64

/* Made on every connection before the queries. */
static const char zSetup[] =
    "CREATE VIRTUAL TABLE f USING fts5(x, tokenize='textkit stem english');";

/* One query per family, the FTS5 tokenizer, and the per-connection limit
** of the quadratic string distances. */
static const char *const azQuery[] = {
    "SELECT textkit_version(), textkit_info();",
    "SELECT text_normalize('Ǆemal café', 'NFKC'), text_casefold('Straße'),"
    " text_unaccent('Crème brûlée'), text_lower('İSTANBUL', 'tr'),"
    " text_clean('  a\tb  '), text_dehyphenate('docu-' || char(10) || 'ment');",
    "SELECT text_decode(X'636166E9'), text_decode(X'FFFE6300E900'),"
    " text_decode(X'93FA967B', 'shift_jis'), text_encoding(X'C3A9E9');",
    "SELECT text_decode(X'"
    "55727AB964206D696173746120706F696E666F726D6F7761B32C20BF6520"
    "6D6F73742062EA647A6965206F747761727479206A657369656E69B92E"
    "'), text_encoding(X'"
    "E7CFD2CFC4D3CBC9C520D7CCC1D3D4C920D3CFCFC2DDC9CCC92C20DED4CF"
    "20CDCFD3D420CFD4CBD2CFC5D4D3D12E"
    "');",
    "SELECT text_fix_mojibake('cafÃƒÂ©'), text_fix_mojibake('ÐœÐ¾'),"
    " text_fix_mojibake('«ÉTÉ»'), text_fix_mojibake(X'C383C2A9FF');",
    "SELECT group_concat(token || ':' || norm || ':' || kind, ' ') FROM "
    "tokens('The bombings in Sochi, 2014: €5m and #tags.', 'stem=english');",
    "SELECT token_count('one two three'), text_stem('running'),"
    " text_stem('chevaux', 'french'), is_stopword('the');",
    "SELECT text_language('Le chat est sur la table.'),"
    " text_language('这是一个测试'), is_stopword('och', 'sv');",
    "SELECT group_concat(sentence, '|') FROM sentences('Dr. Smith went "
    "home. He slept. Then U.S. officials met.');",
    "SELECT regexp_replace('a1b22c333', '\\d+', '<$0>', 'g'),"
    " regexp_like('Abc', '^a', 'i'), regexp_count('aXbXc', 'x', 'i'),"
    " (SELECT group_concat(match, '|') FROM "
    "regexp_matches('k1=v1 k2=v2', '(\\w+)=(\\w+)'));",
    "SELECT group_concat(entity || ':' || type || ':' || coalesce(norm, ''),"
    " '|') FROM entities('Barack Obama visited Paris on March 3, 2014 and "
    "paid $5 million to the State Department, said jay@example.com.');",
    "SELECT levenshtein('kitten', 'sitting'), damerau_levenshtein("
    "'a cat sat on the mat with a hat', 'a cta sat on teh mat with a hta'),"
    " osa_distance('ca', 'abc'), round(jaro_winkler_similarity('martha', "
    "'marhta'), 6), round(trigram_similarity('word', 'words'), 6),"
    " text_soundex('Robert'), metaphone('Thompson'),"
    " levenshtein(printf('%.300c', 'a') || 'xyz', 'b' || printf('%.300c', "
    "'a'));",
    /* each connection has its own limit: the old value is the default */
    "SELECT textkit_limit('strsim_cells', 1000), textkit_limit("
    "'strsim_cells'), levenshtein(printf('%.100c', 'a'), printf('%.100c', "
    "'b'));",
    "SELECT round(text_jaccard('the quick brown fox', 'the quick red fox'),"
    " 6), round(minhash_jaccard(minhash('the quick brown fox jumps'),"
    " minhash('the quick brown fox leaps')), 6), simhash('the quick brown "
    "fox'), (SELECT count(*) FROM minhash_bands(minhash('a b c d e f'), 16));",
    "SELECT round(text_cosine('the cat sat on the mat', 'the cat lay on the "
    "mat'), 6), (SELECT group_concat(keyword, '|') FROM keywords('Security "
    "for the Sochi Olympics worries officials. Sochi security is tight.'));",
    "SELECT group_concat(passage, '|') FROM text_overlap('one two three four"
    " five six seven eight nine ten', 'zero one two three four five six "
    "seven eight nine', 5);",
    "SELECT group_concat(kind, '|') FROM text_blocks('Menu\n\nThe article "
    "body has a long sentence that goes on and on about the news of the "
    "day.\n\n© 2014 All rights reserved');",
    "SELECT group_concat(record || ':' || line || ':' || fields || ':' || "
    "ifnull(error, '-'), '|') FROM text_records('id;name;name;\n1;\"Ann, "
    "\"\"A\"\"\";x;y;z\n\n2;Bo');",
    "SELECT (SELECT group_concat(fields, '|') FROM text_records('{\"a\":1}"
    "\r\n\n {}', 'format=jsonl')), (SELECT group_concat(fields, '|') FROM "
    "text_records('a\tb\n1', 'format=tsv header=0'));",
    "SELECT CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c0300"
    "0000' || X'1f8b08000000000002034b4a2c0200aa8cff7603000000') AS TEXT), "
    "text_gunzip('x', 'errors=null');",
    "SELECT group_concat(ifnull(name, '-') || ':' || ifnull(error, '-'), '|') "
    "FROM text_tar(CAST(printf('%.512c', 'a') AS BLOB));",
    "SELECT group_concat(message || ':' || subject || ':' || text, '|') FROM "
    "text_email('From a@b Mon May 14 2001' || char(10) || 'Subject: "
    "=?utf-8?q?Caf=C3=A9?=' || char(10, 10) || 'hi' || char(10, 10) || "
    "'From c@d Tue May 15 2001' || char(10) || 'Subject: two' || "
    "char(10, 10) || 'there');",
    "SELECT group_concat(name || ':' || size || ':' || CAST(data AS TEXT) "
    "|| ':' || ifnull(error, '-'), '|') FROM text_zip(X'"
    "504b0304140000000800000021588088f9e50a0000001100000005000000"
    "612e747874cb48cdc9c957c8409000504b01021403140000000800000021"
    "588088f9e50a000000110000000500000000000000000000008001000000"
    "00612e747874504b05060000000001000100330000002d0000000000"
    "');",
    "SELECT html_text('<p>One &amp; two</p><script>x()</script><ul><li>a"
    "<li>b</ul>'), html_meta('<html lang=en><title>T</title><meta "
    "property=\"article:published_time\" content=\"2014-02-07\">'), "
    "(SELECT group_concat(href, '|') FROM html_links('<a href=\"/x\">x</a>',"
    " 'http://e.com/a/')), length(html_main('<article><p>' || "
    "replace(hex(zeroblob(60)), '00', 'word ') || '</p></article>'));",
    "DELETE FROM f; INSERT INTO f VALUES ('The bombings in Sochi'), ('A "
    "quiet day'); SELECT x FROM f WHERE f MATCH 'bombing';",
};
#define N_QUERY ((int)(sizeof(azQuery) / sizeof(*azQuery)))

/* The rows of zSql on db as a new string (free() it), or the error
** message prefixed with "error: " (the failure is part of the result). */
static char *runSql(sqlite3 *db, const char *zSql) {
  Rows rows = {0, 0, 0};
  char *zErr = 0;
  rowsAppend(&rows, "", 0);
  if (sqlite3_exec(db, zSql, collect, &rows, &zErr) != SQLITE_OK) {
    rowsAppend(&rows, "error: ", 7);
    if (zErr) rowsAppend(&rows, zErr, strlen(zErr));
  }
  sqlite3_free(zErr);
  return rows.z;
}

/* A connection with textkit loaded and the set-up made; NULL (message
** printed) on failure. */
static sqlite3 *openLoaded(const char *zLib) {
  sqlite3 *db = 0;
  char *zErr = 0;
  int rc = sqlite3_open(":memory:", &db);
  if (rc == SQLITE_OK) rc = sqlite3_enable_load_extension(db, 1);
  if (rc == SQLITE_OK) rc = sqlite3_load_extension(db, zLib, 0, &zErr);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, zSetup, 0, 0, &zErr);
  if (rc != SQLITE_OK) {
    printf("cannot open and load %s: %s\n", zLib,
           zErr ? zErr : sqlite3_errmsg(db));
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 0;
  }
  return db;
}

/* What the threads share (read-only while they run) and what each counts. */
static const char *gLib;
static double gSeconds = 3.0;
static char *gaWant[N_QUERY];

typedef struct Worker {
  pthread_t tid;
  int bLoaded;
  long nCall;
  long aMismatch[N_QUERY];
} Worker;

/* Seconds on a monotonic clock. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One thread: load textkit on its own connection, then run the queries
** round after round until the time is up, comparing each result. */
static void *workerMain(void *pArg) {
  Worker *p = pArg;
  sqlite3 *db = openLoaded(gLib);
  if (!db) return 0;
  p->bLoaded = 1;
  double tEnd = now() + gSeconds;
  while (now() < tEnd) {
    for (int i = 0; i < N_QUERY; i++) {
      char *zGot = runSql(db, azQuery[i]);
      p->nCall++;
      if (strcmp(zGot, gaWant[i]) != 0) {
        if (p->aMismatch[i]++ == 0) {
          printf("mismatch on query %d:\n  want %s  got  %s\n", i, gaWant[i],
                 zGot);
        }
      }
      free(zGot);
    }
    /* the limit query changed it: back to the default for the next round */
    char *z = runSql(db, "SELECT textkit_limit('strsim_cells', 500000000);");
    free(z);
  }
  sqlite3_close(db);
  return 0;
}

/* Single-threaded results first, then the threads; one check per thread
** for its load and one per thread and query for agreement. */
int main(int argc, char **argv) {
  int nThread = 8;
  if (argc < 2) {
    fprintf(stderr, "usage: %s path/to/textkit [--seconds N] [--threads N]\n",
            argv[0]);
    return 2;
  }
  gLib = argv[1];
  for (int i = 2; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--seconds") == 0) gSeconds = atof(argv[i + 1]);
    if (strcmp(argv[i], "--threads") == 0) nThread = atoi(argv[i + 1]);
  }
  if (nThread < 1 || nThread > MAX_THREADS) nThread = 8;
  int nPass = 0, nFail = 0;
  sqlite3 *db = openLoaded(gLib);
  if (!db) {
    printf("0 passed, 1 failed\n");
    return 1;
  }
  for (int i = 0; i < N_QUERY; i++) {
    gaWant[i] = runSql(db, azQuery[i]);
    if (strncmp(gaWant[i], "error: ", 7) == 0 || !gaWant[i][0]) {
      printf("FAIL query %d on one thread: %s\n", i, gaWant[i]);
      nFail++;
    }
  }
  sqlite3_close(db);
  static Worker aWorker[MAX_THREADS];
  for (int t = 0; t < nThread; t++) {
    if (pthread_create(&aWorker[t].tid, 0, workerMain, &aWorker[t]) != 0) {
      printf("FAIL cannot start thread %d\n", t);
      return 1;
    }
  }
  long nCall = 0, nMismatch = 0;
  for (int t = 0; t < nThread; t++) {
    pthread_join(aWorker[t].tid, 0);
    Worker *p = &aWorker[t];
    p->bLoaded ? nPass++ : nFail++;
    nCall += p->nCall;
    for (int i = 0; i < N_QUERY; i++) {
      nMismatch += p->aMismatch[i];
      p->bLoaded && p->aMismatch[i] == 0 ? nPass++ : nFail++;
    }
  }
  for (int i = 0; i < N_QUERY; i++)
    free(gaWant[i]);
  printf("threads: %d threads x %d queries for %.1f s: %ld calls, %ld "
         "mismatches\n",
         nThread, N_QUERY, gSeconds, nCall, nMismatch);
  printf("%d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
