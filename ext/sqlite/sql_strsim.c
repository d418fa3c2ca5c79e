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

/* Every two-string function: distances as INTEGER, scores as REAL. */
static void simFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const TkFunction *pFn = sqlite3_user_data(ctx);
  size_t nA, nB, d = 0;
  double s = 0.0, w = 0.1;
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
  int rc = TK_OK;
  switch (pFn->iArg) {
  case SIM_LEVENSHTEIN:
    if (argc == 3 && readMax(ctx, argv[2], &max) <= 0) return;
    rc = tk_levenshtein(zA, nA, zB, nB, max, &d);
    break;
  case SIM_DAMERAU:
    rc = tk_damerau_levenshtein(zA, nA, zB, nB, &d);
    break;
  case SIM_OSA:
    rc = tk_osa_distance(zA, nA, zB, nB, &d);
    break;
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
  case SIM_LEV_SIMILARITY:
    rc = tk_levenshtein_similarity(zA, nA, zB, nB, &s);
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
    {"levenshtein", 2, TK_PURE, simFunc, SIM_LEVENSHTEIN},
    {"levenshtein", 3, TK_PURE, simFunc, SIM_LEVENSHTEIN},
    {"damerau_levenshtein", 2, TK_PURE, simFunc, SIM_DAMERAU},
    {"osa_distance", 2, TK_PURE, simFunc, SIM_OSA},
    {"hamming", 2, TK_PURE, simFunc, SIM_HAMMING},
    {"levenshtein_similarity", 2, TK_PURE, simFunc, SIM_LEV_SIMILARITY},
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

/* Register the string similarity functions. */
int tk_register_strsim(sqlite3 *db, char **pzErr) {
  int rc = tk_sql_register_functions(db, aFunc, TK_COUNT(aFunc), pzErr);
  if (rc == SQLITE_OK && !sqlite3_compileoption_used("SOUNDEX")) {
    rc = tk_sql_register_functions(db, aSoundex, TK_COUNT(aSoundex), pzErr);
  }
  return rc;
}
