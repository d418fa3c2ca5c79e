/*
** oom_sweep.c -- out-of-memory sweep over loading textkit and a fixed set
** of queries covering every family.
**
**   build/release/oom/oom_sweep dist/textkit [--quick]
**
** SQLite's allocator is replaced (SQLITE_CONFIG_MALLOC) by one that fails
** the Nth allocation once.  For every N up to the number of allocations a
** step makes:
**   - loading: either the load succeeds and every function works, or it
**     fails and no textkit function or module is left registered (a
**     failed load must be undone: SQLite unloads the library after it);
**   - each query: either it gives exactly the result it gives without
**     failures, or it fails with SQLITE_NOMEM (never another error, never
**     a different result).
** At the end every allocation has been freed (live count 0 after
** sqlite3_shutdown); under AddressSanitizer leaks are reported as well.
** Prints one line per step and ends with "N passed, N failed".
*/
#include <sqlite3.h>

#include "../harness/sql_rows.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------- the failing allocator */

static sqlite3_mem_methods gSystem; /* SQLite's own allocator */
static long gCount;                 /* allocations since the counter reset */
static long gFailAt; /* fail allocation number gFailAt (0: never) */
static long gFailed; /* failures injected */

/* 1 when this allocation is the one to fail. */
static int shouldFail(void) {
  gCount++;
  if (gFailAt && gCount == gFailAt) {
    gFailed++;
    return 1;
  }
  return 0;
}

/* xMalloc that fails on cue. */
static void *oomMalloc(int n) {
  return shouldFail() ? 0 : gSystem.xMalloc(n);
}

/* xRealloc that fails on cue. */
static void *oomRealloc(void *p, int n) {
  return shouldFail() ? 0 : gSystem.xRealloc(p, n);
}

/* Start counting allocations from zero, failing number iFail (0: none). */
static void armAt(long iFail) {
  gCount = 0;
  gFailAt = iFail;
  gFailed = 0;
}

/* ----------------------------------------------------------- the checks */

static int nPass, nFail;

/* Count one check; print the failure. */
static void check(int bOk, const char *zWhat, long iFail, const char *zMsg) {
  if (bOk) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL %s (failing allocation %ld): %s\n", zWhat, iFail,
           zMsg ? zMsg : "");
  }
}

/* Run zSql on db; the rows as text in *pzOut (free() it), the result
** code returned and the error message in *pzErr (sqlite3_free() it). */
static int runSql(sqlite3 *db, const char *zSql, char **pzOut, char **pzErr) {
  Rows rows = {0, 0, 0};
  rowsAppend(&rows, "", 0);
  *pzErr = 0;
  int rc = sqlite3_exec(db, zSql, collect, &rows, pzErr);
  *pzOut = rows.z;
  return rc;
}

/* Open an in-memory database with extension loading enabled. */
static sqlite3 *openDb(void) {
  sqlite3 *db = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  sqlite3_enable_load_extension(db, 1);
  return db;
}

/* Number of textkit functions and modules registered on db (-1: could
** not ask). */
static int registeredCount(sqlite3 *db) {
  char *zOut = 0, *zErr = 0;
  int rc = runSql(db,
                  "SELECT (SELECT count(*) FROM pragma_function_list WHERE "
                  "name IN ('textkit_version','tokens','levenshtein',"
                  "'text_stem','regexp_like','minhash','keywords'))"
                  " + (SELECT count(*) FROM pragma_module_list WHERE name IN "
                  "('tokens','entities','sentences','regexp_matches',"
                  "'minhash_bands','text_blocks','keywords'))",
                  &zOut, &zErr);
  int n = rc == SQLITE_OK && zOut ? atoi(zOut) : -1;
  free(zOut);
  sqlite3_free(zErr);
  return n;
}

/* The sweep over loading: fail each allocation of a load in turn. */
static void sweepLoad(const char *zLib) {
  sqlite3 *db = openDb();
  char *zErr = 0;
  armAt(0);
  int rc = sqlite3_load_extension(db, zLib, 0, &zErr);
  long nAlloc = gCount;
  check(rc == SQLITE_OK, "load without failures", 0, zErr);
  sqlite3_free(zErr);
  int nFull = registeredCount(db);
  sqlite3_close(db);
  long nOk = 0, nUndone = 0;
  for (long i = 1; i <= nAlloc + 5; i++) {
    db = openDb();
    if (!db) continue;
    zErr = 0;
    armAt(i);
    rc = sqlite3_load_extension(db, zLib, 0, &zErr);
    armAt(0);
    int n = registeredCount(db);
    if (rc == SQLITE_OK) {
      nOk++;
      check(n == nFull, "load reported success but is incomplete", i, zErr);
      char *zOut = 0, *zErr2 = 0;
      int rc2 = runSql(db,
                       "CREATE VIRTUAL TABLE f USING fts5(x, tokenize="
                       "'textkit');",
                       &zOut, &zErr2);
      check(rc2 == SQLITE_OK, "fts5 tokenizer after a successful load", i,
            zErr2);
      free(zOut);
      sqlite3_free(zErr2);
    } else {
      nUndone++;
      check(n == 0, "failed load left functions registered", i, zErr);
    }
    sqlite3_free(zErr);
    sqlite3_close(db);
  }
  printf("load: %ld allocations swept, %ld loads succeeded, %ld undone\n",
         nAlloc + 5, nOk, nUndone);
}

/* One query per family (plus the FTS5 tokenizer and textkit_info).  The
** FTS5 table is made before the sweep.  FTS5 itself (SQLite 3.40) reports
** one failed allocation while writing as SQLITE_CORRUPT, with its own
** 'porter unicode61' tokenizer as well; for that query only, CORRUPT
** counts as a memory failure (the next statements must still agree);
** FTS5 of SQLite 3.53 reports some of them as an error whose message is
** SQLite's own "out of memory", which counts the same way. */
static const char zSetup[] =
    "CREATE VIRTUAL TABLE f USING fts5(x, tokenize='textkit stem english');";
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
    "SELECT group_concat(ngram, '|') FROM ngrams('a b c d e', 2);",
    "SELECT token_count('one two three'), text_stem('running'),"
    " text_stem('chevaux', 'french'), is_stopword('the');",
    "SELECT text_language('Le chat est sur la table.'),"
    " text_language('这是一个测试'), is_stopword('och', 'sv');",
    "SELECT group_concat(sentence, '|') FROM sentences('Dr. Smith went "
    "home. He slept. Then U.S. officials met.');",
    "SELECT regexp_replace('a1b22c333', '\\d+', '<$0>', 'g'),"
    " regexp_like('Abc', '^a', 'i'), regexp_count('aXbXc', 'x', 'i'),"
    " regexp_substr('key=value', '(\\w+)=(\\w+)', 2);",
    "SELECT group_concat(match || groups, '|') FROM "
    "regexp_matches('k1=v1 k2=v2', '(\\w+)=(\\w+)');",
    "SELECT group_concat(part, '|') FROM regexp_split('a, b,c', ',\\s*');",
    "SELECT group_concat(entity || ':' || type || ':' || coalesce(norm, ''),"
    " '|') FROM entities('Barack Obama visited Paris on March 3, 2014 and "
    "paid $5 million to the State Department, said jay@example.com.');",
    "SELECT group_concat(entity || ':' || type, '|') FROM entities("
    "'Michelle O\xe2\x80\x99Neill met \xe2\x80\x9cThe Sun\xe2\x80\x9d "
    "in Belfast\xe2\x80\x94then Paris.', 'patterns=0');",
    "SELECT levenshtein('kitten', 'sitting'), damerau_levenshtein("
    "'a cat sat on the mat with a hat', 'a cta sat on teh mat with a hta'),"
    " osa_distance('ca', 'abc'), round(jaro_winkler_similarity('martha', "
    "'marhta'), 6), round(trigram_similarity('word', 'words'), 6),"
    " text_soundex('Robert'), metaphone('Thompson');",
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
    "SELECT group_concat(kind, '|'), length(text_main('A headline\n\nThe "
    "article body has a long sentence that goes on and on about the news "
    "of the day in the city.\n\nSubscribe now. Cookie policy.')) FROM "
    "text_blocks('Menu\n\nThe article body has a long sentence that goes "
    "on and on about the news of the day.\n\n© 2014 All rights reserved');",
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

/* The sweep over one query: fail each of its allocations in turn. */
static void sweepQuery(sqlite3 *db, const char *zSql, int bQuick) {
  char *zWant = 0, *zErr = 0;
  armAt(0);
  int rc = runSql(db, zSql, &zWant, &zErr);
  long nAlloc = gCount;
  check(rc == SQLITE_OK && zWant && zWant[0], "query without failures", 0,
        zErr ? zErr : zSql);
  sqlite3_free(zErr);
  long nNomem = 0, nSame = 0, iStep = bQuick && nAlloc > 400 ? nAlloc / 200 : 1;
  for (long i = 1; i <= nAlloc + 2; i += iStep) {
    char *zGot = 0;
    zErr = 0;
    armAt(i);
    rc = runSql(db, zSql, &zGot, &zErr);
    long nFailed = gFailed;
    armAt(0);
    if (rc == SQLITE_OK) {
      nSame++;
      check(zGot && zWant && strcmp(zGot, zWant) == 0,
            "a query that succeeded under failures gave another result", i,
            zSql);
    } else {
      nNomem++;
      int bFts5Oom = strstr(zSql, "MATCH") &&
                     (rc == SQLITE_CORRUPT ||
                      (zErr && strcmp(zErr, "out of memory") == 0));
      check((rc == SQLITE_NOMEM || bFts5Oom) && nFailed > 0,
            "a failure other than SQLITE_NOMEM", i, zErr);
    }
    free(zGot);
    sqlite3_free(zErr);
  }
  free(zWant);
  printf("query: %5ld allocations swept (%ld NOMEM, %ld same result): "
         "%.60s\n",
         nAlloc + 2, nNomem, nSame, zSql);
}

/* Install the failing allocator, sweep loading and every query, then
** check that nothing is still allocated. */
int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s path/to/textkit [--quick]\n", argv[0]);
    return 2;
  }
  int bQuick = argc > 2 && strcmp(argv[2], "--quick") == 0;
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &gSystem);
  sqlite3_mem_methods m = gSystem;
  m.xMalloc = oomMalloc;
  m.xRealloc = oomRealloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  sqlite3_initialize();
  sweepLoad(argv[1]);
  sqlite3 *db = openDb();
  char *zErr = 0;
  armAt(0);
  int rc = sqlite3_load_extension(db, argv[1], 0, &zErr);
  check(rc == SQLITE_OK, "load for the query sweep", 0, zErr);
  sqlite3_free(zErr);
  zErr = 0;
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, zSetup, 0, 0, &zErr);
  check(rc == SQLITE_OK, "set-up of the query sweep", 0, zErr);
  sqlite3_free(zErr);
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof(azQuery) / sizeof(*azQuery);
       i++)
    sweepQuery(db, azQuery[i], bQuick);
  sqlite3_close(db);
  sqlite3_int64 nLive = sqlite3_memory_used();
  check(nLive == 0, "memory still allocated after closing every connection", 0,
        "sqlite3_memory_used() > 0");
  printf("%d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
