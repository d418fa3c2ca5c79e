/*
** sql_regex_tvf.c -- the regexp table-valued functions:
**
**   SELECT match, groups, start, length, position
**     FROM regexp_matches('a1 b22', '([a-z])(\d+)');
**   -- a1|["a","1"]|1|2|0
**   -- b22|["b","22"]|4|3|1
**   SELECT part FROM regexp_split('a, b,,c', ',\s*');   -- a, b, '', c
**
** Both follow SQLite's ext/misc/series.c: the arguments are HIDDEN columns
** (text, pattern, flags), the text and pattern are required (a query
** without them is an error naming the missing one), and the modules are
** eponymous-only.  Matches are found lazily, one per xNext.  Spans are
** start (1-based character), length (characters) and position (0-based
** row ordinal).
*/
#include "sql_regex.h"

/* Columns of both tables: the visible ones first, then the arguments. */
enum { COL_MATCH, COL_GROUPS, COL_START, COL_LENGTH, COL_POSITION };
enum { COL_TEXT = 5, COL_PATTERN, COL_FLAGS };
/* regexp_split has no groups column: its columns map onto the above. */
static const int aSplitCol[] = {COL_MATCH,    COL_START, COL_LENGTH,
                                COL_POSITION, COL_TEXT,  COL_PATTERN,
                                COL_FLAGS};

/* The hidden arguments; regexp_split has no groups column, so its
** arguments start one column earlier. */
static const TkTvfArgs matchArgs = {
    "regexp_matches", COL_TEXT, 2, {"text", "pattern", "flags", 0}};
static const TkTvfArgs splitArgs = {
    "regexp_split", COL_TEXT - 1, 2, {"text", "pattern", "flags", 0}};

typedef struct ReVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  int bSplit; /* regexp_split (else regexp_matches) */
} ReVtab;

typedef struct ReCursor {
  sqlite3_vtab_cursor base;
  TkTvfValues args; /* copies of the arguments: text, pattern, flags */
  tk_regex *pRe;    /* compiled from zPat with reFlags, kept across scans */
  char *zPat;       /* a copy of the pattern pRe was compiled from */
  size_t nPat;
  unsigned reFlags;
  char *z; /* a copy of the text */
  size_t n;
  tk_regex_iter it;
  tk_charpos cp;
  tk_buf groups;   /* the current row's groups JSON (regexp_matches) */
  size_t a, b;     /* the current row's byte span */
  size_t iLastEnd; /* regexp_split: end of the last counted match */
  sqlite3_int64 iRow;
  size_t iCharA, iCharB;
  int bEof;
  int bSplitDone; /* regexp_split: the last part has been returned */
} ReCursor;

/* The table's arguments (and its name, for errors). */
static const TkTvfArgs *vtabArgs(const ReVtab *p) {
  return p->bSplit ? &splitArgs : &matchArgs;
}

/* Declare the table; the kind comes from the module's client data. */
static int reConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  int bSplit = pAux != 0;
  int rc = tk_sql_vtab_connect(
      db,
      bSplit ? "CREATE TABLE x(part, start, length, position, "
               "text HIDDEN, pattern HIDDEN, flags HIDDEN)"
             : "CREATE TABLE x(match, groups, start, length, position, "
               "text HIDDEN, pattern HIDDEN, flags HIDDEN)",
      SQLITE_VTAB_INNOCUOUS, sizeof(ReVtab), ppVtab);
  if (rc != SQLITE_OK) return rc;
  ReVtab *p = (ReVtab *)*ppVtab;
  p->db = db;
  p->bSplit = bSplit;
  return SQLITE_OK;
}

/* Open a cursor. */
static int reOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(ReCursor), ppCur);
  if (rc == SQLITE_OK) ((ReCursor *)*ppCur)->bEof = 1;
  return rc;
}

/* Drop what the cursor holds for one scan (the compiled pattern stays). */
static void reReset(ReCursor *p) {
  sqlite3_free(p->z);
  p->z = 0;
  tk_buf_free(&p->groups);
  p->bEof = 1;
}

/* Close a cursor. */
static int reClose(sqlite3_vtab_cursor *pCur) {
  ReCursor *p = (ReCursor *)pCur;
  reReset(p);
  tk_sql_values_free(&p->args);
  tk_regex_free(p->pRe);
  sqlite3_free(p->zPat);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* Make p->pRe the pattern zPat[0..nPat) under flags, compiling it only
** when the cursor does not hold it already: in a join xFilter runs once
** per outer row, nearly always with the same pattern. */
static int reUsePattern(ReCursor *p, sqlite3 *db, const char *zPat, size_t nPat,
                        unsigned flags, char **pzErr) {
  if (p->pRe && p->reFlags == flags && p->nPat == nPat &&
      memcmp(p->zPat, zPat, nPat) == 0) {
    return TK_OK;
  }
  tk_regex_free(p->pRe);
  p->pRe = 0;
  sqlite3_free(p->zPat);
  p->zPat = sqlite3_malloc64(nPat + 1);
  if (!p->zPat) return TK_ENOMEM;
  memcpy(p->zPat, zPat, nPat);
  p->nPat = nPat;
  p->reFlags = flags;
  return tk_sql_regex__compile(db, zPat, nPat, flags, &p->pRe, pzErr);
}

/* Set the table's error to the house format and return SQLITE_ERROR (or
** SQLITE_NOMEM for TK_ENOMEM). */
static int reError(ReCursor *p, int rc, char *zErr) {
  ReVtab *pTab = (ReVtab *)p->base.pVtab;
  if (rc == TK_ENOMEM) {
    tk_free(zErr);
    return SQLITE_NOMEM;
  }
  sqlite3_free(pTab->base.zErrMsg);
  pTab->base.zErrMsg = tk_sql_mprintf_error(vtabArgs(pTab)->zFn, "%s",
                                            zErr ? zErr : tk_errstr(rc));
  tk_free(zErr);
  return SQLITE_ERROR;
}

/* regexp_matches: step to the next match and record it. */
static int nextMatch(ReCursor *p) {
  char *zErr = 0;
  int rc = tk_regex_iter_next(&p->it, &zErr);
  if (rc < 0) return reError(p, rc, zErr);
  if (rc == 0) {
    p->bEof = 1;
    return SQLITE_OK;
  }
  tk_regex_group(p->pRe, 0, &p->a, &p->b);
  tk_buf_reset(&p->groups);
  tk_regex_groups_json(p->pRe, p->z, &p->groups);
  if (p->groups.oom) return SQLITE_NOMEM;
  return SQLITE_OK;
}

/* regexp_split: step to the next part.  Like PostgreSQL's
** regexp_split_to_table, an empty match at the end of the text or right
** after the previous match does not split. */
static int nextPart(ReCursor *p) {
  if (p->bSplitDone) {
    p->bEof = 1;
    return SQLITE_OK;
  }
  for (;;) {
    char *zErr = 0;
    int rc = tk_regex_iter_next(&p->it, &zErr);
    if (rc < 0) return reError(p, rc, zErr);
    if (rc == 0) break;
    size_t a = 0, b = 0;
    tk_regex_group(p->pRe, 0, &a, &b);
    if (a == b && (a == p->n || a == p->iLastEnd)) continue;
    p->a = p->iLastEnd;
    p->b = a;
    p->iLastEnd = b;
    return SQLITE_OK;
  }
  p->a = p->iLastEnd;
  p->b = p->n;
  p->bSplitDone = 1;
  return SQLITE_OK;
}

/* Advance to the next row and compute its character span. */
static int reNext(sqlite3_vtab_cursor *pCur) {
  ReCursor *p = (ReCursor *)pCur;
  ReVtab *pTab = (ReVtab *)pCur->pVtab;
  int rc = pTab->bSplit ? nextPart(p) : nextMatch(p);
  if (rc != SQLITE_OK || p->bEof) return rc;
  p->iRow++;
  p->iCharA = tk_charpos_at(&p->cp, p->a);
  p->iCharB = tk_charpos_at(&p->cp, p->b);
  return SQLITE_OK;
}

/* Start a scan: idxNum bit 4 = flags given; argv = text, pattern[, flags]. */
static int reFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv) {
  (void)idxStr;
  ReCursor *p = (ReCursor *)pCur;
  ReVtab *pTab = (ReVtab *)pCur->pVtab;
  reReset(p);
  p->iRow = -1;
  p->iLastEnd = 0;
  p->bSplitDone = 0;
  int src =
      tk_sql_filter_args(pCur, vtabArgs(pTab), &p->args, idxNum, argc, argv);
  if (src != SQLITE_OK) return src;
  for (int i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return SQLITE_OK;
  }
  unsigned flags = 0;
  char *zErr = 0;
  int rc = tk_sql_regex__flags((idxNum & 4) ? argv[2] : 0, &flags, &zErr);
  size_t nPat = 0;
  const char *zPat = tk_sql_text(argv[1], &nPat);
  if (rc == TK_OK) {
    rc = zPat ? reUsePattern(p, pTab->db, zPat, nPat, flags, &zErr) : TK_ENOMEM;
  }
  if (rc != TK_OK) return reError(p, rc, zErr);
  size_t n = 0;
  const char *z = tk_sql_text(argv[0], &n);
  p->z = z ? sqlite3_malloc64(n + 1) : 0;
  if (!p->z) return SQLITE_NOMEM;
  memcpy(p->z, z, n);
  p->z[n] = 0;
  p->n = n;
  tk_regex_iter_init(&p->it, p->pRe, p->z, n);
  tk_charpos_init(&p->cp, p->z, n);
  p->bEof = 0;
  return reNext(pCur);
}

/* 1 at the end of the scan. */
static int reEof(sqlite3_vtab_cursor *pCur) {
  return ((ReCursor *)pCur)->bEof;
}

/* The value of column i of the current row. */
static int reColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  ReCursor *p = (ReCursor *)pCur;
  ReVtab *pTab = (ReVtab *)pCur->pVtab;
  int iCol = pTab->bSplit ? aSplitCol[i] : i;
  switch (iCol) {
  case COL_MATCH:
    tk_sql_result_text(ctx, p->z + p->a, p->b - p->a);
    break;
  case COL_GROUPS:
    sqlite3_result_text64(ctx, p->groups.z ? p->groups.z : "[]", p->groups.n,
                          SQLITE_TRANSIENT, SQLITE_UTF8);
    break;
  case COL_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->iCharA + 1);
    break;
  case COL_LENGTH:
    sqlite3_result_int64(ctx, (sqlite3_int64)(p->iCharB - p->iCharA));
    break;
  case COL_POSITION:
    sqlite3_result_int64(ctx, p->iRow);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, iCol - COL_TEXT);
    break;
  }
  return SQLITE_OK;
}

/* The row id is the position. */
static int reRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((ReCursor *)pCur)->iRow;
  return SQLITE_OK;
}

/* text and pattern are required, flags optional (idxNum bit 4: flags). */
static int reBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  return tk_sql_best_index_args(pInfo, vtabArgs((ReVtab *)pVtab));
}

/* The two modules differ only in the client data given to xConnect. */
static const sqlite3_module reModule =
    TK_SQL_TVF_MODULE(reConnect, reBestIndex, reOpen, reClose, reFilter, reNext,
                      reEof, reColumn, reRowid);

/* Register regexp_matches and regexp_split. */
int tk_register_regex_tvf(sqlite3 *db, char **pzErr) {
  static const struct {
    const char *zName;
    void *pAux;
  } a[] = {{"regexp_matches", 0}, {"regexp_split", (void *)&reModule}};
  for (int i = 0; i < TK_COUNT(a); i++) {
    int rc =
        tk_sql_register_module_aux(db, a[i].zName, &reModule, a[i].pAux, pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}
