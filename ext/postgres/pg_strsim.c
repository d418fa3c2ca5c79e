/*
** pg_strsim.c -- string similarity over code points in PostgreSQL:
**
**   SELECT levenshtein('kitten', 'sitting');              -- 3
**   SELECT levenshtein(a, b, 2) FROM pairs;               -- banded
**   SELECT damerau_levenshtein('ca', 'abc');              -- 2
**   SELECT jaro_winkler_similarity('martha', 'marhta');   -- 0.961...
**   SET textkit.strsim_cells = 0;                         -- no cap
**   SELECT textkit_limit('strsim_cells');                 -- the cap
**
** levenshtein clashes with fuzzystrmatch's: install the two in different
** schemas (docs/postgres.md).  The four quadratic distances run under the
** cap textkit.strsim_cells and poll the face's cancel callback
** (tk_pg_work_init), so statement_timeout and pg_cancel_backend stop them
** within a few milliseconds.
*/
#include "pg_common.h"

#include "utils/guc.h"

PG_FUNCTION_INFO_V1(tk_pg_levenshtein);
PG_FUNCTION_INFO_V1(tk_pg_damerau_levenshtein);
PG_FUNCTION_INFO_V1(tk_pg_osa_distance);
PG_FUNCTION_INFO_V1(tk_pg_levenshtein_similarity);
PG_FUNCTION_INFO_V1(tk_pg_hamming);
PG_FUNCTION_INFO_V1(tk_pg_jaro_similarity);
PG_FUNCTION_INFO_V1(tk_pg_jaro_winkler_similarity);
PG_FUNCTION_INFO_V1(tk_pg_trigram_similarity);
PG_FUNCTION_INFO_V1(tk_pg_trigram_word_similarity);
PG_FUNCTION_INFO_V1(tk_pg_text_soundex);
PG_FUNCTION_INFO_V1(tk_pg_metaphone);
PG_FUNCTION_INFO_V1(tk_pg_textkit_limit);

/* The bounds of one call: the GUC's cap and the interrupt check. */
static void strsimWork(tk_work *pWork) {
  tk_pg_work_init(pWork);
  pWork->nCellMax = (uint64_t)tk_pg_strsim_cells;
}

/* Raise a bounded call's failure: the cap, or rc. */
static void strsimWorkError(const char *zFn, int rc, const tk_work *p) {
  if (rc == TK_ELIMIT) {
    tk_pg_error(zFn,
                "inputs too long: %llu x %llu code points exceeds the limit "
                "of %llu cells (see textkit_limit)",
                (unsigned long long)p->nA, (unsigned long long)p->nB,
                (unsigned long long)p->nCellMax);
  }
  tk_pg_error_rc(zFn, rc, NULL);
}

/* The two text arguments. */
typedef struct Pair {
  const char *zA, *zB;
  size_t nA, nB;
} Pair;

/* Read arguments 0 and 1. */
static Pair pairArgs(FunctionCallInfo fcinfo, const char *zFn) {
  Pair p;
  p.zA = tk_pg_text_arg(fcinfo, 0, zFn, &p.nA);
  p.zB = tk_pg_text_arg(fcinfo, 1, zFn, &p.nB);
  return p;
}

/* levenshtein(a, b [, max]): with max, distances above it read max + 1. */
Datum tk_pg_levenshtein(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "levenshtein");
  long long max = -1;
  if (PG_NARGS() > 2) {
    max = PG_GETARG_INT32(2);
    if (max < 0) {
      tk_pg_error("levenshtein", "max must be a non-negative integer");
    }
  }
  tk_work w;
  size_t d = 0;
  strsimWork(&w);
  int rc = tk_levenshtein_w(p.zA, p.nA, p.zB, p.nB, max, &w, &d);
  if (rc != TK_OK) strsimWorkError("levenshtein", rc, &w);
  PG_RETURN_INT32((int32)d);
}

/* damerau_levenshtein(a, b): unrestricted transpositions. */
Datum tk_pg_damerau_levenshtein(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "damerau_levenshtein");
  tk_work w;
  size_t d = 0;
  strsimWork(&w);
  int rc = tk_damerau_levenshtein_w(p.zA, p.nA, p.zB, p.nB, &w, &d);
  if (rc != TK_OK) strsimWorkError("damerau_levenshtein", rc, &w);
  PG_RETURN_INT32((int32)d);
}

/* osa_distance(a, b): restricted Damerau-Levenshtein. */
Datum tk_pg_osa_distance(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "osa_distance");
  tk_work w;
  size_t d = 0;
  strsimWork(&w);
  int rc = tk_osa_distance_w(p.zA, p.nA, p.zB, p.nB, &w, &d);
  if (rc != TK_OK) strsimWorkError("osa_distance", rc, &w);
  PG_RETURN_INT32((int32)d);
}

/* levenshtein_similarity(a, b): 1 - distance / longer length. */
Datum tk_pg_levenshtein_similarity(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "levenshtein_similarity");
  tk_work w;
  double s = 0;
  strsimWork(&w);
  int rc = tk_levenshtein_similarity_w(p.zA, p.nA, p.zB, p.nB, &w, &s);
  if (rc != TK_OK) strsimWorkError("levenshtein_similarity", rc, &w);
  PG_RETURN_FLOAT8(s);
}

/* hamming(a, b): an error when the lengths differ. */
Datum tk_pg_hamming(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "hamming");
  size_t d = 0;
  int rc = tk_hamming(p.zA, p.nA, p.zB, p.nB, &d);
  if (rc == TK_EINVAL) {
    tk_pg_error("hamming",
                "the strings differ in length (%lld and %lld characters)",
                (long long)tk_utf8_count(p.zA, p.nA),
                (long long)tk_utf8_count(p.zB, p.nB));
  }
  if (rc != TK_OK) tk_pg_error_rc("hamming", rc, NULL);
  PG_RETURN_INT32((int32)d);
}

/* jaro_similarity(a, b). */
Datum tk_pg_jaro_similarity(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "jaro_similarity");
  double s = 0;
  int rc = tk_jaro_similarity(p.zA, p.nA, p.zB, p.nB, &s);
  if (rc != TK_OK) tk_pg_error_rc("jaro_similarity", rc, NULL);
  PG_RETURN_FLOAT8(s);
}

/* jaro_winkler_similarity(a, b [, prefix_weight]): weight in [0, 0.25]. */
Datum tk_pg_jaro_winkler_similarity(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "jaro_winkler_similarity");
  double w = 0.1, s = 0;
  if (PG_NARGS() > 2) {
    w = PG_GETARG_FLOAT8(2);
    if (!(w >= 0) || w > 0.25) {
      tk_pg_error("jaro_winkler_similarity",
                  "prefix_weight must be a number in [0, 0.25]");
    }
  }
  int rc = tk_jaro_winkler_similarity(p.zA, p.nA, p.zB, p.nB, w, &s);
  if (rc != TK_OK) tk_pg_error_rc("jaro_winkler_similarity", rc, NULL);
  PG_RETURN_FLOAT8(s);
}

/* trigram_similarity(a, b): pg_trgm's similarity(), as float8. */
Datum tk_pg_trigram_similarity(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "trigram_similarity");
  double s = 0;
  int rc = tk_trigram_similarity(p.zA, p.nA, p.zB, p.nB, &s);
  if (rc != TK_OK) tk_pg_error_rc("trigram_similarity", rc, NULL);
  PG_RETURN_FLOAT8(s);
}

/* trigram_word_similarity(a, b): pg_trgm's word_similarity(). */
Datum tk_pg_trigram_word_similarity(PG_FUNCTION_ARGS) {
  Pair p = pairArgs(fcinfo, "trigram_word_similarity");
  double s = 0;
  int rc = tk_trigram_word_similarity(p.zA, p.nA, p.zB, p.nB, &s);
  if (rc != TK_OK) tk_pg_error_rc("trigram_word_similarity", rc, NULL);
  PG_RETURN_FLOAT8(s);
}

/* text_soundex(s). */
Datum tk_pg_text_soundex(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_soundex", &n);
  tk_buf b = {0};
  int rc = tk_soundex(z, n, &b);
  if (rc != TK_OK) tk_pg_error_rc("text_soundex", rc, NULL);
  PG_RETURN_TEXT_P(tk_pg_buf_text(&b, "text_soundex"));
}

/* metaphone(s). */
Datum tk_pg_metaphone(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "metaphone", &n);
  tk_buf b = {0};
  int rc = tk_metaphone(z, n, &b);
  if (rc != TK_OK) tk_pg_error_rc("metaphone", rc, NULL);
  PG_RETURN_TEXT_P(tk_pg_buf_text(&b, "metaphone"));
}

/* textkit_limit(name [, value]): the value of textkit.strsim_cells before
** the call; a value >= 0 sets it for the session (as SET does), a
** negative one leaves it. */
Datum tk_pg_textkit_limit(PG_FUNCTION_ARGS) {
  char *zName = text_to_cstring(PG_GETARG_TEXT_PP(0));
  if (strcmp(zName, "strsim_cells") != 0) {
    tk_pg_error("textkit_limit", "unknown limit '%s' (known: strsim_cells)",
                zName);
  }
  int64 nOld = tk_pg_strsim_cells;
  if (PG_NARGS() > 1 && PG_GETARG_INT64(1) >= 0) {
    int64 n = PG_GETARG_INT64(1);
    if (n > PG_INT32_MAX) {
      tk_pg_error("textkit_limit", "the value must be at most %d",
                  PG_INT32_MAX);
    }
    char zVal[32];
    snprintf(zVal, sizeof(zVal), "%lld", (long long)n);
    (void)set_config_option("textkit.strsim_cells", zVal, PGC_USERSET,
                            PGC_S_SESSION, GUC_ACTION_SET, true, 0, false);
  }
  PG_RETURN_INT64(nOld);
}
