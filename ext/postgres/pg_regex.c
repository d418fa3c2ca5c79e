/*
** pg_regex.c -- textkit's regular expressions (PCRE2) in PostgreSQL, the
** SQLite face's names, arguments and columns:
**
**   SELECT regexp('^h', 'hello'), regexp_like('Hello', '^h', 'i');  -- t|t
**   SELECT regexp_count('a1b22c333', '\d+'), regexp_instr('abc123', '\d');
**   SELECT regexp_substr('2024-05-17', '(\d+)-(\d+)', 2);           -- 05
**   SELECT regexp_replace('John Smith', '(?<f>\w+) (\w+)', '$2, ${f}');
**   SELECT match, groups, start, length, position
**     FROM regexp_matches('a1 b22', '([a-z])(\d+)');
**   SELECT part FROM regexp_split('a, b,,c', ',\s*');
**
** PostgreSQL's pg_catalog has its own regexp_like, regexp_count,
** regexp_instr, regexp_substr, regexp_replace and regexp_matches (POSIX
** regular expressions, other arguments); put textkit's schema before
** pg_catalog in search_path, or qualify (docs/postgres.md).  The compiled
** pattern is kept on the call site (TkPgCache) keyed by flags and pattern,
** and lives in the call site's context with its match data.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_regexp);
PG_FUNCTION_INFO_V1(tk_pg_regexp_like);
PG_FUNCTION_INFO_V1(tk_pg_regexp_count);
PG_FUNCTION_INFO_V1(tk_pg_regexp_instr);
PG_FUNCTION_INFO_V1(tk_pg_regexp_substr);
PG_FUNCTION_INFO_V1(tk_pg_regexp_replace);
PG_FUNCTION_INFO_V1(tk_pg_regexp_matches);
PG_FUNCTION_INFO_V1(tk_pg_regexp_split);

/* The longest pattern, in bytes: the SQLite face's default
** (SQLITE_LIMIT_LIKE_PATTERN_LENGTH). */
#define PATTERN_MAX 50000

/* The flag letters of argument iFlags (no flags when the call has none). */
static unsigned flagsArg(FunctionCallInfo fcinfo, int iFlags, const char *zFn) {
  unsigned flags = 0;
  if (PG_NARGS() <= iFlags) return 0;
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, iFlags, zFn, &n);
  char *zErr = NULL;
  int rc = tk_regex_flags_parse(z, n, &flags, &zErr);
  if (rc != TK_OK) tk_pg_error_rc(zFn, rc, zErr);
  return flags;
}

/* Enter the call site's context and get its pattern (argument iPat)
** compiled with flags (TK_RE_GLOBAL aside); raises a bad or too long
** pattern.  The caller leaves with tk_pg_cache_leave(*pOld). */
static tk_regex *regexEnter(FunctionCallInfo fcinfo, const char *zFn, int iPat,
                            unsigned flags, MemoryContext *pOld) {
  size_t nPat;
  const char *zPat = tk_pg_text_arg(fcinfo, iPat, zFn, &nPat);
  if (nPat > PATTERN_MAX) {
    tk_pg_error(zFn, "pattern too long (%zu bytes, the limit is %d)", nPat,
                PATTERN_MAX);
  }
  unsigned want = flags & ~(unsigned)TK_RE_GLOBAL;
  char *zKey = palloc(nPat + 1);
  zKey[0] = (char)want;
  memcpy(zKey + 1, zPat, nPat);
  TkPgCache *pCache = tk_pg_cache(fcinfo, (void (*)(void *))tk_regex_free);
  *pOld = tk_pg_cache_enter(fcinfo);
  if (!tk_pg_cache_hit(pCache, zKey, nPat + 1)) {
    tk_regex *pNew = NULL;
    char *zErr = NULL;
    int rc = tk_regex_compile(zPat, nPat, want, &pNew, &zErr);
    if (rc == TK_OK) rc = tk_pg_cache_set(pCache, zKey, nPat + 1, pNew);
    if (rc != TK_OK) {
      tk_pg_cache_leave(*pOld);
      tk_pg_error_rc(zFn, rc, zErr);
    }
  }
  pfree(zKey);
  return pCache->pObj;
}

/* What a match scalar returns. */
enum { RE_LIKE, RE_COUNT, RE_INSTR };

/* The matches of the pattern iPat over the text iText: whether there is
** one (RE_LIKE), how many (RE_COUNT) or the 1-based character position of
** the first (RE_INSTR, 0 when none). */
static int32 matchRun(FunctionCallInfo fcinfo, const char *zFn, int eKind,
                      int iText, int iPat) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, iText, zFn, &n);
  unsigned flags = flagsArg(fcinfo, 2, zFn);
  MemoryContext old;
  tk_regex *pRe = regexEnter(fcinfo, zFn, iPat, flags, &old);
  tk_regex_iter it;
  tk_regex_iter_init(&it, pRe, z, n);
  char *zErr = NULL;
  int32 nMatch = 0;
  int rc;
  while ((rc = tk_regex_iter_next(&it, &zErr)) == 1) {
    nMatch++;
    if (eKind != RE_COUNT) break;
    if ((nMatch & 1023) == 0) CHECK_FOR_INTERRUPTS();
  }
  size_t a = 0, b = 0;
  if (rc >= 0 && nMatch) tk_regex_group(pRe, 0, &a, &b);
  tk_pg_cache_leave(old);
  if (rc < 0) tk_pg_error_rc(zFn, rc, zErr);
  if (eKind == RE_INSTR) return nMatch ? (int32)tk_utf8_count(z, a) + 1 : 0;
  return nMatch;
}

/* regexp(pattern, text): SQLite's REGEXP operator, as boolean. */
Datum tk_pg_regexp(PG_FUNCTION_ARGS) {
  PG_RETURN_BOOL(matchRun(fcinfo, "regexp", RE_LIKE, 1, 0) != 0);
}

/* regexp_like(text, pattern [, flags]): whether it matches. */
Datum tk_pg_regexp_like(PG_FUNCTION_ARGS) {
  PG_RETURN_BOOL(matchRun(fcinfo, "regexp_like", RE_LIKE, 0, 1) != 0);
}

/* regexp_count(text, pattern [, flags]): the number of matches. */
Datum tk_pg_regexp_count(PG_FUNCTION_ARGS) {
  PG_RETURN_INT32(matchRun(fcinfo, "regexp_count", RE_COUNT, 0, 1));
}

/* regexp_instr(text, pattern [, flags]): where the first match starts. */
Datum tk_pg_regexp_instr(PG_FUNCTION_ARGS) {
  PG_RETURN_INT32(matchRun(fcinfo, "regexp_instr", RE_INSTR, 0, 1));
}

/* regexp_substr(text, pattern [, group [, flags]]): the first match or
** its group; NULL when there is none or the group did not take part. */
Datum tk_pg_regexp_substr(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "regexp_substr", &n);
  int32 iGroup = PG_NARGS() > 2 ? PG_GETARG_INT32(2) : 0;
  unsigned flags = flagsArg(fcinfo, 3, "regexp_substr");
  MemoryContext old;
  tk_regex *pRe = regexEnter(fcinfo, "regexp_substr", 1, flags, &old);
  int nGroup = tk_regex_group_count(pRe);
  if (iGroup < 0 || iGroup > nGroup) {
    tk_pg_cache_leave(old);
    tk_pg_error("regexp_substr", "group %d out of range (the pattern has %d)",
                iGroup, nGroup);
  }
  char *zErr = NULL;
  size_t a = 0, b = 0;
  int rc = tk_regex_match(pRe, z, n, 0, 0, &zErr);
  int bSet = rc == 1 && tk_regex_group(pRe, iGroup, &a, &b);
  tk_pg_cache_leave(old);
  if (rc < 0) tk_pg_error_rc("regexp_substr", rc, zErr);
  if (!bSet) PG_RETURN_NULL();
  PG_RETURN_TEXT_P(cstring_to_text_with_len(z + a, (int)(b - a)));
}

/* regexp_replace(text, pattern, replacement [, flags]): the first match
** (every one with flag g) replaced; $1, ${1}, ${name}, $$. */
Datum tk_pg_regexp_replace(PG_FUNCTION_ARGS) {
  size_t n, nRep;
  const char *z = tk_pg_text_arg(fcinfo, 0, "regexp_replace", &n);
  const char *zRep = tk_pg_text_arg(fcinfo, 2, "regexp_replace", &nRep);
  unsigned flags = flagsArg(fcinfo, 3, "regexp_replace");
  MemoryContext old;
  tk_regex *pRe = regexEnter(fcinfo, "regexp_replace", 1, flags, &old);
  tk_buf out = {0};
  char *zErr = NULL;
  size_t nMatch = 0;
  int rc = tk_regex_replace(pRe, z, n, zRep, nRep, flags & TK_RE_GLOBAL, &out,
                            &nMatch, &zErr);
  tk_pg_cache_leave(old);
  if (rc != TK_OK) {
    tk_buf_free(&out);
    tk_pg_error_rc("regexp_replace", rc, zErr);
  }
  PG_RETURN_TEXT_P(tk_pg_buf_text(&out, "regexp_replace"));
}

/* One row of regexp_matches (groups non-NULL) or regexp_split: the text
** of the byte span [a, b) and its character span. */
static void putSpan(ReturnSetInfo *rsinfo, const char *z, size_t a, size_t b,
                    tk_charpos *pCp, const tk_buf *pGroups, int32 iPos) {
  Datum aVal[5];
  bool aNull[5] = {false, false, false, false, false};
  size_t iCharA = tk_charpos_at(pCp, a), iCharB = tk_charpos_at(pCp, b);
  int k = 0;
  aVal[k++] = PointerGetDatum(cstring_to_text_with_len(z + a, (int)(b - a)));
  if (pGroups) {
    aVal[k++] = PointerGetDatum(cstring_to_text_with_len(
        pGroups->z ? pGroups->z : "", (int)pGroups->n));
  }
  aVal[k++] = Int32GetDatum((int32)iCharA + 1);
  aVal[k++] = Int32GetDatum((int32)(iCharB - iCharA));
  aVal[k++] = Int32GetDatum(iPos);
  tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  pfree(DatumGetPointer(aVal[0]));
  if (pGroups) pfree(DatumGetPointer(aVal[1]));
}

/* regexp_matches(text, pattern [, flags]) and regexp_split(text, pattern
** [, flags]): one row per match, or per part between matches (like
** PostgreSQL's regexp_split_to_table, an empty match at the end of the
** text or right after the previous match does not split). */
static Datum spanRows(FunctionCallInfo fcinfo, const char *zFn, int bSplit) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, zFn, &n);
  unsigned flags = flagsArg(fcinfo, 2, zFn);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  MemoryContext old;
  tk_regex *pRe = regexEnter(fcinfo, zFn, 1, flags, &old);
  tk_regex_iter it;
  tk_charpos cp;
  tk_regex_iter_init(&it, pRe, z, n);
  tk_charpos_init(&cp, z, n);
  size_t iLastEnd = 0;
  int32 iPos = 0;
  for (;;) {
    char *zErr = NULL;
    tk_buf groups = {0};
    size_t a = 0, b = 0;
    int rc = tk_regex_iter_next(&it, &zErr);
    if (rc == 1) tk_regex_group(pRe, 0, &a, &b);
    tk_pg_cache_leave(old);
    if (rc < 0) tk_pg_error_rc(zFn, rc, zErr);
    if (rc == 0) break;
    CHECK_FOR_INTERRUPTS();
    if (!bSplit) {
      tk_regex_groups_json(pRe, z, &groups);
      if (groups.oom) {
        tk_buf_free(&groups);
        tk_pg_error_rc(zFn, TK_ENOMEM, NULL);
      }
      putSpan(rsinfo, z, a, b, &cp, &groups, iPos++);
      tk_buf_free(&groups);
    } else if (!(a == b && (a == n || a == iLastEnd))) {
      putSpan(rsinfo, z, iLastEnd, a, &cp, NULL, iPos++);
      iLastEnd = b;
    }
    old = tk_pg_cache_enter(fcinfo);
  }
  if (bSplit) putSpan(rsinfo, z, iLastEnd, n, &cp, NULL, iPos);
  return (Datum)0;
}

/* regexp_matches(text, pattern [, flags]): match, groups (a JSON array),
** start, length, position. */
Datum tk_pg_regexp_matches(PG_FUNCTION_ARGS) {
  return spanRows(fcinfo, "regexp_matches", 0);
}

/* regexp_split(text, pattern [, flags]): part, start, length, position. */
Datum tk_pg_regexp_split(PG_FUNCTION_ARGS) {
  return spanRows(fcinfo, "regexp_split", 1);
}
