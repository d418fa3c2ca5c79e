/*
** sql_strsim.c -- string similarity over Unicode code points:
**
**   SELECT levenshtein('kitten', 'sitting');              -- 3
**   SELECT levenshtein(a, b, 2) FROM pairs;               -- 0..3, banded
**   SELECT damerau_levenshtein('ca', 'abc');              -- 2
**   SELECT osa_distance('ca', 'abc');                     -- 3
**   SELECT hamming('karolin', 'kathrin');                 -- 3
**   SELECT levenshtein_similarity('kitten', 'sitting');   -- 0.571...
**   SELECT jaro_winkler_similarity('martha', 'marhta');   -- 0.961...
**   SELECT trigram_word_similarity('word', 'two words');  -- 0.8
**   SELECT text_soundex('Müller'), metaphone('Thompson');  -- M460|0MPSN
**
** NULL in any argument gives NULL; BLOBs are read as UTF-8.
**
** The four quadratic distances (levenshtein, levenshtein_similarity,
** damerau_levenshtein, osa_distance) run within a per-connection cap on
** the cells of their tables, which textkit_limit() reads and sets, and
** stop when the statement is interrupted (SQLite 3.41 and later):
**
**   SELECT textkit_limit('strsim_cells');              -- 500000000
**   SELECT textkit_limit('strsim_cells', 2000000000);  -- the old value
*/
#include "sql_common.h"

/* Variants of the two-string functions (TkFunction.iArg). */
enum {
  SIM_LEVENSHTEIN,
  SIM_DAMERAU,
  SIM_OSA,
  SIM_HAMMING,
  SIM_LEV_SIMILARITY,
  SIM_JARO,
  SIM_JARO_WINKLER,
  SIM_TRIGRAM,
  SIM_TRIGRAM_WORD,
  SIM_SOUNDEX,
  SIM_METAPHONE
};

/* Read argument 2 as a non-negative integer limit into *pMax; 0 when the
** argument is NULL (result NULL), -1 after reporting an error, 1 ok. */
static int readMax(sqlite3_context *ctx, sqlite3_value *v, long long *pMax) {
  int eType = sqlite3_value_numeric_type(v);
  if (eType == SQLITE_NULL) return 0;
  if (eType != SQLITE_INTEGER || sqlite3_value_int64(v) < 0) {
    tk_sql_error(ctx, "max must be a non-negative integer");
    return -1;
  }
  *pMax = sqlite3_value_int64(v);
  return 1;
}

/* Read the optional prefix weight into *pW (0.1 when absent); same
** return convention as readMax. */
static int readWeight(sqlite3_context *ctx, int argc, sqlite3_value **argv,
                      double *pW) {
  *pW = 0.1;
  if (argc < 3) return 1;
  int eType = sqlite3_value_numeric_type(argv[2]);
  if (eType == SQLITE_NULL) return 0;
  double w = sqlite3_value_double(argv[2]);
  if ((eType != SQLITE_INTEGER && eType != SQLITE_FLOAT) || !(w >= 0) ||
      w > 0.25) {
    tk_sql_error(ctx, "prefix_weight must be a number in [0, 0.25]");
    return -1;
  }
  *pW = w;
  return 1;
}

/* The default cap on the cells of one call (about 1 s of work on a 2020s
** x86-64 core, docs/strsim.md), and textkit_limit()'s name for it. */
#define STRSIM_DEFAULT_CELLS 500000000
#define STRSIM_LIMIT_NAME "strsim_cells"

typedef struct StrsimConn StrsimConn;

/* The user data of a bounded function: its row, then its connection's
** shared state. */
typedef struct StrsimFn {
  TkFunction row;
  StrsimConn *pConn;
} StrsimFn;

/* What the bounded functions of one connection share. */
struct StrsimConn {
  sqlite3 *db;
  sqlite3_int64 nCellMax; /* 0: no cap */
  int nRef;               /* registrations still holding it */
};

/* SQLite's xDestroy for a StrsimFn: the last one frees the shared state. */
static void strsimFnFree(void *pArg) {
  StrsimFn *p = pArg;
  if (--p->pConn->nRef == 0) sqlite3_free(p->pConn);
  sqlite3_free(p);
}

/* The bounds of one call: the connection's cap and its interrupt check
** (tk_sql_work_init). */
static void strsimWork(sqlite3_context *ctx, tk_work *pWork) {
  const StrsimFn *pFn = sqlite3_user_data(ctx);
  tk_sql_work_init(pFn->pConn->db, pWork);
  pWork->nCellMax = (uint64_t)pFn->pConn->nCellMax;
}

/* Report a bounded call's failure: the cap, an interrupt, or rc. */
static void strsimWorkError(sqlite3_context *ctx, int rc, const tk_work *p) {
  if (rc == TK_ELIMIT) {
    tk_sql_error(ctx,
                 "inputs too long: %llu x %llu code points exceeds the limit "
                 "of %llu cells (see textkit_limit)",
                 (unsigned long long)p->nA, (unsigned long long)p->nB,
                 (unsigned long long)p->nCellMax);
  } else if (rc == TK_EINTERRUPT) {
    sqlite3_result_error(ctx, "interrupted", -1);
    sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
  } else {
    tk_sql_error_rc(ctx, rc, 0);
  }
}

/* levenshtein(a, b [, max]), levenshtein_similarity(a, b),
** damerau_levenshtein(a, b), osa_distance(a, b): the quadratic ones,
** within the connection's bounds. */
static void boundedFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const StrsimFn *pFn = sqlite3_user_data(ctx);
  size_t nA, nB, d = 0;
  double s = 0.0;
  long long max = -1;
  const char *zA = tk_sql_text(argv[0], &nA);
  const char *zB = tk_sql_text(argv[1], &nB);
  if (!zA || !zB) {
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL &&
        sqlite3_value_type(argv[1]) != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
    }
    return;
  }
  if (argc == 3 && readMax(ctx, argv[2], &max) <= 0) return;
  tk_work work;
  strsimWork(ctx, &work);
  int rc;
  switch (pFn->row.iArg) {
  case SIM_LEVENSHTEIN:
    rc = tk_levenshtein_w(zA, nA, zB, nB, max, &work, &d);
    break;
  case SIM_DAMERAU:
    rc = tk_damerau_levenshtein_w(zA, nA, zB, nB, &work, &d);
    break;
  case SIM_OSA:
    rc = tk_osa_distance_w(zA, nA, zB, nB, &work, &d);
    break;
  default:
    rc = tk_levenshtein_similarity_w(zA, nA, zB, nB, &work, &s);
    break;
  }
  if (rc != TK_OK) {
    strsimWorkError(ctx, rc, &work);
  } else if (pFn->row.iArg == SIM_LEV_SIMILARITY) {
    sqlite3_result_double(ctx, s);
  } else {
    sqlite3_result_int64(ctx, (sqlite3_int64)d);
  }
}

/* textkit_limit(name [, value]): the connection's value of limit `name`
** before the call; with a value >= 0, set it (0: no cap; negative: leave
** it), as sqlite3_limit() does.  DIRECTONLY, so a view or trigger of an
** untrusted database cannot raise it. */
static void limitFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const StrsimFn *pFn = sqlite3_user_data(ctx);
  const unsigned char *zName = sqlite3_value_text(argv[0]);
  if (!zName) {
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
    }
    return;
  }
  if (strcmp((const char *)zName, STRSIM_LIMIT_NAME) != 0) {
    tk_sql_error(ctx, "unknown limit '%s' (known: " STRSIM_LIMIT_NAME ")",
                 zName);
    return;
  }
  sqlite3_int64 nOld = pFn->pConn->nCellMax;
  if (argc == 2 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    if (sqlite3_value_numeric_type(argv[1]) != SQLITE_INTEGER) {
      tk_sql_error(ctx, "the value must be an integer");
      return;
    }
    sqlite3_int64 n = sqlite3_value_int64(argv[1]);
    if (n >= 0) pFn->pConn->nCellMax = n;
  }
  sqlite3_result_int64(ctx, nOld);
}

/* Every two-string function: distances as INTEGER, scores as REAL. */
static void simFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t nA, nB, d = 0;
  double s = 0.0, w = 0.1;
  const char *zA = tk_sql_text(argv[0], &nA);
  const char *zB = tk_sql_text(argv[1], &nB);
  if (!zA || !zB) {
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL &&
        sqlite3_value_type(argv[1]) != SQLITE_NULL) {
      sqlite3_result_error_nomem(ctx);
    }
    return;
  }
  int rc = TK_OK;
  switch (pFn->iArg) {
  case SIM_HAMMING:
    rc = tk_hamming(zA, nA, zB, nB, &d);
    if (rc == TK_EINVAL) {
      tk_sql_error(ctx,
                   "the strings differ in length (%lld and %lld "
                   "characters)",
                   (long long)tk_utf8_count(zA, nA),
                   (long long)tk_utf8_count(zB, nB));
      return;
    }
    break;
  case SIM_JARO:
    rc = tk_jaro_similarity(zA, nA, zB, nB, &s);
    break;
  case SIM_JARO_WINKLER:
    if (readWeight(ctx, argc, argv, &w) <= 0) return;
    rc = tk_jaro_winkler_similarity(zA, nA, zB, nB, w, &s);
    break;
  case SIM_TRIGRAM:
    rc = tk_trigram_similarity(zA, nA, zB, nB, &s);
    break;
  default:
    rc = tk_trigram_word_similarity(zA, nA, zB, nB, &s);
    break;
  }
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, 0);
  } else if (pFn->iArg <= SIM_HAMMING) {
    sqlite3_result_int64(ctx, (sqlite3_int64)d);
  } else {
    sqlite3_result_double(ctx, s);
  }
}

/* text_soundex(s) (and soundex(s)), metaphone(s): phonetic keys. */
static void phoneticFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t n;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z) return;
  tk_buf b = {0};
  int rc =
      pFn->iArg == SIM_SOUNDEX ? tk_soundex(z, n, &b) : tk_metaphone(z, n, &b);
  if (rc != TK_OK) {
    tk_sql_error_rc(ctx, rc, 0);
  } else {
    sqlite3_result_text(ctx, b.n ? b.z : "", (int)b.n, SQLITE_TRANSIENT);
  }
  tk_buf_free(&b);
}

static const TkFunction aFunc[] = {
    {"hamming", 2, TK_PURE, simFunc, SIM_HAMMING},
    {"jaro_similarity", 2, TK_PURE, simFunc, SIM_JARO},
    {"jaro_winkler_similarity", 2, TK_PURE, simFunc, SIM_JARO_WINKLER},
    {"jaro_winkler_similarity", 3, TK_PURE, simFunc, SIM_JARO_WINKLER},
    {"trigram_similarity", 2, TK_PURE, simFunc, SIM_TRIGRAM},
    {"trigram_word_similarity", 2, TK_PURE, simFunc, SIM_TRIGRAM_WORD},
    {"text_soundex", 1, TK_PURE, phoneticFunc, SIM_SOUNDEX},
    {"metaphone", 1, TK_PURE, phoneticFunc, SIM_METAPHONE},
};

/* soundex() under its SQL name, registered only when the SQLite build has
** no soundex() of its own (SQLITE_SOUNDEX): textkit never overrides a
** built-in.  text_soundex() is textkit's version on every build. */
static const TkFunction aSoundex[] = {
    {"soundex", 1, TK_PURE, phoneticFunc, SIM_SOUNDEX},
};

/* The functions that share the connection's StrsimConn. */
static const TkFunction aBounded[] = {
    {"levenshtein", 2, TK_PURE, boundedFunc, SIM_LEVENSHTEIN},
    {"levenshtein", 3, TK_PURE, boundedFunc, SIM_LEVENSHTEIN},
    {"damerau_levenshtein", 2, TK_PURE, boundedFunc, SIM_DAMERAU},
    {"osa_distance", 2, TK_PURE, boundedFunc, SIM_OSA},
    {"levenshtein_similarity", 2, TK_PURE, boundedFunc, SIM_LEV_SIMILARITY},
    {"textkit_limit", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, limitFunc, 0},
    {"textkit_limit", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, limitFunc, 0},
};

/* Register aBounded with one StrsimConn for the connection. */
static int registerBounded(sqlite3 *db, char **pzErr) {
  StrsimConn *pConn = sqlite3_malloc64(sizeof(*pConn));
  if (!pConn) return SQLITE_NOMEM;
  pConn->db = db;
  pConn->nCellMax = STRSIM_DEFAULT_CELLS;
  pConn->nRef = 1; /* this function's, dropped at the end */
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < TK_COUNT(aBounded); i++) {
    StrsimFn *pFn = sqlite3_malloc64(sizeof(*pFn));
    if (!pFn) {
      rc = SQLITE_NOMEM;
      break;
    }
    pFn->row = aBounded[i];
    pFn->pConn = pConn;
    pConn->nRef++; /* on failure SQLite calls strsimFnFree itself */
    rc = tk_sql_register_function_data(db, &aBounded[i], pFn, strsimFnFree,
                                       pzErr);
  }
  if (--pConn->nRef == 0) sqlite3_free(pConn);
  return rc;
}

/* Register the string similarity functions. */
int tk_register_strsim(sqlite3 *db, char **pzErr) {
  int rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  if (rc == SQLITE_OK) rc = registerBounded(db, pzErr);
  if (rc == SQLITE_OK && !sqlite3_compileoption_used("SOUNDEX")) {
    rc = tk_sql_register_functions(db, aSoundex, TK_COUNT(aSoundex), pzErr);
  }
  return rc;
}
