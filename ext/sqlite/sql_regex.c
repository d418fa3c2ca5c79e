/*
** sql_regex.c -- the regular-expression scalars (PCRE2, UTF-8, Unicode
** properties, JIT):
**
**   SELECT 'Hello' REGEXP '^h' ;                         -- 0
**   SELECT regexp_like('Hello', '^h', 'i');              -- 1
**   SELECT regexp_count('a1b22c333', '\d+');             -- 3
**   SELECT regexp_instr('abc123', '\d');                 -- 4
**   SELECT regexp_substr('2024-05-17', '(\d+)-(\d+)', 2); -- '05'
**   SELECT regexp_replace('a-b-c', '-', '+', 'g');       -- 'a+b+c'
**   SELECT regexp_replace('John Smith', '(?<f>\w+) (\w+)', '$2, ${f}');
**
** The compiled pattern (code, match data, JIT code) is cached for the
** statement with sqlite3_set_auxdata on the pattern argument and reused
** while the flags stay the same.
*/
#include "sql_regex.h"

/* Which scalar a registration row is (its iArg). */
enum { RE_OP, RE_LIKE, RE_COUNT, RE_INSTR };

/* Compile under the connection's LIKE pattern-length limit. */
int tk_sql_regex__compile(sqlite3 *db, const char *zPat, size_t nPat,
                          unsigned flags, tk_regex **pp, char **pzErr) {
  int nMax = sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, -1);
  if (nPat > (size_t)nMax) {
    *pzErr =
        tk_mprintf("pattern too long (%zu bytes, the limit is %d)", nPat, nMax);
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  return tk_regex_compile(zPat, nPat, flags & ~(unsigned)TK_RE_GLOBAL, pp,
                          pzErr);
}

/* Parse the flag letters of v (a NULL pointer: no flags). */
int tk_sql_regex__flags(sqlite3_value *v, unsigned *pFlags, char **pzErr) {
  size_t n = 0;
  const char *z = v ? tk_sql_text(v, &n) : 0;
  if (!z) {
    *pFlags = 0;
    return v && sqlite3_value_type(v) != SQLITE_NULL ? TK_ENOMEM : TK_OK;
  }
  return tk_regex_flags_parse(z, n, pFlags, pzErr);
}

/* Free a cached regex (the auxdata destructor). */
static void freeRegex(void *p) {
  tk_regex_free(p);
}

/* The compiled pattern argv[iPat] for ctx: the statement's cached one when
** its flags match, else a new one (*pbNew = 1; the caller caches it with
** cacheRegex when done).  NULL after reporting an error. */
static tk_regex *getRegex(sqlite3_context *ctx, sqlite3_value **argv, int iPat,
                          unsigned flags, int *pbNew) {
  unsigned want = flags & ~(unsigned)TK_RE_GLOBAL;
  tk_regex *p = sqlite3_get_auxdata(ctx, iPat);
  *pbNew = 0;
  if (p && tk_regex_flags(p) == want) return p;
  size_t n = 0;
  const char *z = tk_sql_text(argv[iPat], &n);
  char *zErr = 0;
  int rc = z ? tk_sql_regex__compile(sqlite3_context_db_handle(ctx), z, n, want,
                                     &p, &zErr)
             : TK_ENOMEM;
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
    return 0;
  }
  *pbNew = 1;
  return p;
}

/* Hand a newly compiled pattern to the statement's cache.  SQLite may free
** it at once, so this is the last use of p. */
static void cacheRegex(sqlite3_context *ctx, int iPat, tk_regex *p, int bNew) {
  if (bNew) sqlite3_set_auxdata(ctx, iPat, p, freeRegex);
}

/* 1 when any of argv[0..argc) is NULL. */
static int anyNull(int argc, sqlite3_value **argv) {
  for (int i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return 1;
  }
  return 0;
}

/* Parse the flags argument argv[iFlags] if argc has it; report errors. */
static int getFlags(sqlite3_context *ctx, int argc, sqlite3_value **argv,
                    int iFlags, unsigned *pFlags) {
  char *zErr = 0;
  int rc = tk_sql_regex__flags(iFlags < argc ? argv[iFlags] : 0, pFlags, &zErr);
  if (rc != TK_OK) tk_sql_error_rc(ctx, rc, zErr);
  return rc;
}

/* regexp(pattern, text), regexp_like, regexp_count and regexp_instr(text,
** pattern [, flags]): 1/0, the number of matches, or the 1-based character
** position of the first match (0 if none). */
static void matchFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const TkFunction *pDef = sqlite3_user_data(ctx);
  int eKind = pDef->iArg;
  int iText = eKind == RE_OP ? 1 : 0, iPat = eKind == RE_OP ? 0 : 1;
  unsigned flags = 0;
  if (anyNull(argc, argv) || getFlags(ctx, argc, argv, 2, &flags) != TK_OK) {
    return;
  }
  size_t n = 0;
  const char *z = tk_sql_text(argv[iText], &n);
  int bNew = 0;
  tk_regex *pRe = z ? getRegex(ctx, argv, iPat, flags, &bNew) : 0;
  if (!pRe) {
    if (!z) sqlite3_result_error_nomem(ctx);
    return;
  }
  char *zErr = 0;
  sqlite3_int64 nMatch = 0;
  tk_regex_iter it;
  tk_regex_iter_init(&it, pRe, z, n);
  int rc;
  while ((rc = tk_regex_iter_next(&it, &zErr)) == 1) {
    nMatch++;
    if (eKind != RE_COUNT) break;
  }
  if (rc < 0) {
    tk_sql_error_rc(ctx, rc, zErr);
  } else if (eKind == RE_INSTR) {
    size_t a = 0, b = 0;
    if (nMatch) tk_regex_group(pRe, 0, &a, &b);
    sqlite3_result_int64(ctx,
                         nMatch ? (sqlite3_int64)tk_utf8_count(z, a) + 1 : 0);
  } else {
    sqlite3_result_int64(ctx, nMatch);
  }
  cacheRegex(ctx, iPat, pRe, bNew);
}

/* regexp_substr(text, pattern [, group [, flags]]): the first match, or
** its group; NULL when there is no match or the group did not take part. */
static void substrFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned flags = 0;
  if (anyNull(argc, argv) || getFlags(ctx, argc, argv, 3, &flags) != TK_OK) {
    return;
  }
  sqlite3_int64 iGroup = 0;
  if (argc > 2) {
    if (sqlite3_value_numeric_type(argv[2]) != SQLITE_INTEGER) {
      tk_sql_error(ctx, "group must be an integer");
      return;
    }
    iGroup = sqlite3_value_int64(argv[2]);
  }
  size_t n = 0;
  const char *z = tk_sql_text(argv[0], &n);
  int bNew = 0;
  tk_regex *pRe = z ? getRegex(ctx, argv, 1, flags, &bNew) : 0;
  if (!pRe) {
    if (!z) sqlite3_result_error_nomem(ctx);
    return;
  }
  char *zErr = 0;
  int rc;
  size_t a, b;
  if (iGroup < 0 || iGroup > tk_regex_group_count(pRe)) {
    tk_sql_error(ctx, "group %lld out of range (the pattern has %d)", iGroup,
                 tk_regex_group_count(pRe));
  } else if ((rc = tk_regex_match(pRe, z, n, 0, 0, &zErr)) < 0) {
    tk_sql_error_rc(ctx, rc, zErr);
  } else if (rc == 1 && tk_regex_group(pRe, (int)iGroup, &a, &b)) {
    tk_sql_result_text(ctx, z + a, b - a);
  }
  cacheRegex(ctx, 1, pRe, bNew);
}

/* regexp_replace(text, pattern, replacement [, flags]): the first match
** (every match with flag g) replaced; $1, ${1}, ${name}, $$ in the
** replacement. */
static void replaceFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned flags = 0;
  if (anyNull(argc, argv) || getFlags(ctx, argc, argv, 3, &flags) != TK_OK) {
    return;
  }
  size_t n = 0, nRep = 0;
  const char *z = tk_sql_text(argv[0], &n);
  const char *zRep = tk_sql_text(argv[2], &nRep);
  int bNew = 0;
  tk_regex *pRe = z && zRep ? getRegex(ctx, argv, 1, flags, &bNew) : 0;
  if (!pRe) {
    if (!z || !zRep) sqlite3_result_error_nomem(ctx);
    return;
  }
  tk_buf out = {0};
  char *zErr = 0;
  size_t nMatch = 0;
  int rc = tk_regex_replace(pRe, z, n, zRep, nRep, flags & TK_RE_GLOBAL, &out,
                            &nMatch, &zErr);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, zErr);
  } else {
    tk_sql_result_text(ctx, out.z ? out.z : "", out.n);
  }
  tk_buf_free(&out);
  cacheRegex(ctx, 1, pRe, bNew);
}

static const TkFunction aFunc[] = {
    {"regexp", 2, TK_PURE, matchFunc, RE_OP},
    {"regexp_like", 2, TK_PURE, matchFunc, RE_LIKE},
    {"regexp_like", 3, TK_PURE, matchFunc, RE_LIKE},
    {"regexp_count", 2, TK_PURE, matchFunc, RE_COUNT},
    {"regexp_count", 3, TK_PURE, matchFunc, RE_COUNT},
    {"regexp_instr", 2, TK_PURE, matchFunc, RE_INSTR},
    {"regexp_instr", 3, TK_PURE, matchFunc, RE_INSTR},
    {"regexp_substr", 2, TK_PURE, substrFunc, 0},
    {"regexp_substr", 3, TK_PURE, substrFunc, 0},
    {"regexp_substr", 4, TK_PURE, substrFunc, 0},
    {"regexp_replace", 3, TK_PURE, replaceFunc, 0},
    {"regexp_replace", 4, TK_PURE, replaceFunc, 0},
};

/* Register the regexp scalars (sql_regex_tvf.c has the tables). */
int tk_register_regex(sqlite3 *db, char **pzErr) {
  return tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
}
