/*
** sql_entities.c -- the entities() table-valued function: one row per
** entity (pattern, dictionary phrase or statistical tagger span).
**
**   SELECT type, entity, norm FROM entities(
**     'Apple paid $1.2 billion on Feb. 7, 2014.', 'model=0');
**   -- MONEY|$1.2 billion|1200000000 USD
**   -- DATE|Feb. 7, 2014|2014-02-07
**
**   CREATE TABLE drugs(phrase TEXT, type TEXT);
**   SELECT * FROM docs, entities(docs.body, 'dictionary=drugs types=DRUG');
**
** Columns: entity, type, norm, start (1-based character), length (characters),
** position (0-based row ordinal), score, source, canonical (the name to group
** by); hidden arguments text and options.  The module is eponymous-only and,
** since dictionary= reads a table named in an argument, SQLITE_DIRECTONLY.  The
** dictionary table is read once per statement: the compiled trie is kept in the
** cursor keyed by the table name.
**
**   SELECT document_date('BONN 1996-08-22' || char(10) || '...');
**   -- 1996-08-22 (the scalar behind ref=auto)
*/
#include "sql_common.h"

#define ENT_COL_ENTITY 0
#define ENT_COL_TYPE 1
#define ENT_COL_NORM 2
#define ENT_COL_START 3
#define ENT_COL_LENGTH 4
#define ENT_COL_POSITION 5
#define ENT_COL_SCORE 6
#define ENT_COL_SOURCE 7
#define ENT_COL_CANONICAL 8
#define ENT_COL_TEXT 9
#define ENT_COL_OPTIONS 10

/* The hidden arguments: text is required. */
static const TkTvfArgs entArgs = {
    "entities", ENT_COL_TEXT, 1, {"text", "options", 0, 0}};

typedef struct EntVtab {
  sqlite3_vtab base;
  sqlite3 *db;
} EntVtab;

typedef struct EntCursor {
  TkRowCursor rows; /* first: the row array's position and size */
  tk_entities *pExtract;
  char *zText; /* copy of the text argument */
  size_t nText, nTextAlloc;
  TkTvfValues args; /* copies of the arguments: text, options */
  char *zDictTable; /* the table the cached dictionary was read from */
  tk_dict *pDict;
  const tk_entity *aEnt;
  tk_charpos pos;
} EntCursor;

/* Declare the table's shape. */
static int entConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  (void)pAux;
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = tk_sql_vtab_connect(
      db,
      "CREATE TABLE x(entity TEXT, type TEXT, norm TEXT, start INTEGER, "
      "length INTEGER, position INTEGER, score REAL, source TEXT, "
      "canonical TEXT, text HIDDEN, options HIDDEN)",
      SQLITE_VTAB_DIRECTONLY, sizeof(EntVtab), ppVtab);
  if (rc == SQLITE_OK) ((EntVtab *)*ppVtab)->db = db;
  return rc;
}

/* A new cursor. */
static int entOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  (void)pVtab;
  int rc = tk_sql_cursor_new(sizeof(EntCursor), ppCur);
  if (rc != SQLITE_OK) return rc;
  EntCursor *p = (EntCursor *)*ppCur;
  if (tk_entities_new(&p->pExtract) != TK_OK) {
    sqlite3_free(p);
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Free a cursor and its cached dictionary. */
static int entClose(sqlite3_vtab_cursor *pCur) {
  EntCursor *p = (EntCursor *)pCur;
  tk_entities_free(p->pExtract);
  tk_dict_free(p->pDict);
  sqlite3_free(p->zText);
  tk_sql_values_free(&p->args);
  sqlite3_free(p->zDictTable);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* Set the table's error to "textkit: entities(): zMsg" with invalid UTF-8
** (quoted from the arguments) replaced. */
static void entSetError(EntVtab *pTab, const char *zMsg) {
  tk_buf b = {0};
  tk_utf8_sanitize(&b, zMsg, strlen(zMsg));
  sqlite3_free(pTab->base.zErrMsg);
  pTab->base.zErrMsg =
      b.oom ? 0 : tk_sql_mprintf_error("entities", "%.*s", (int)b.n, b.z);
  tk_buf_free(&b);
}

/* Report that the dictionary table zTable cannot be read. */
static void dictError(EntVtab *pTab, const char *zTable) {
  char *z = sqlite3_mprintf("cannot read dictionary table '%s': %s", zTable,
                            sqlite3_errmsg(pTab->db));
  if (z) entSetError(pTab, z);
  sqlite3_free(z);
}

/* Read the dictionary table zTable into a new trie. */
static int loadDictionary(EntVtab *pTab, const char *zTable, tk_dict **pp) {
  char *zSql = sqlite3_mprintf("SELECT phrase, type FROM \"%w\"", zTable);
  sqlite3_stmt *pStmt = 0;
  if (!zSql) return SQLITE_NOMEM;
  int rc = sqlite3_prepare_v2(pTab->db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    dictError(pTab, zTable);
    return SQLITE_ERROR;
  }
  tk_dict *pDict = 0;
  rc = tk_dict_new(&pDict) == TK_OK ? SQLITE_OK : SQLITE_NOMEM;
  while (rc == SQLITE_OK && (rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    size_t nPhrase, nType;
    const char *zPhrase = tk_sql_text(sqlite3_column_value(pStmt, 0), &nPhrase);
    const char *zType = tk_sql_text(sqlite3_column_value(pStmt, 1), &nType);
    rc = SQLITE_OK;
    if (!zPhrase || !zType) continue;
    if (tk_dict_add(pDict, zPhrase, nPhrase, zType, nType) != TK_OK)
      rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    dictError(pTab, zTable);
    rc = SQLITE_ERROR;
  }
  sqlite3_finalize(pStmt);
  if (rc != SQLITE_OK) {
    tk_dict_free(pDict);
    return rc;
  }
  *pp = pDict;
  return SQLITE_OK;
}

/* Run the extractor over the text argument (argv[0]) under the options
** (argv[1] when idxNum says so). */
static int entFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  (void)idxStr;
  EntCursor *p = (EntCursor *)pCur;
  EntVtab *pTab = (EntVtab *)pCur->pVtab;
  tk_sql_rows_reset(&p->rows);
  int rc = tk_sql_filter_args(pCur, &entArgs, &p->args, idxNum, argc, argv);
  if (rc != SQLITE_OK) return rc;
  size_t nText, nOpt = 0;
  const char *zText = tk_sql_text(argv[0], &nText);
  if (!zText)
    return sqlite3_value_type(argv[0]) == SQLITE_NULL ? SQLITE_OK
                                                      : SQLITE_NOMEM;
  const char *zOpt = 0;
  if ((idxNum & 2) && argc > 1) {
    zOpt = tk_sql_text(argv[1], &nOpt);
  }
  tk_entity_options opt;
  tk_table_name dict = {0, 0};
  tk_entity_options_init(&opt);
  char *zErr = 0;
  rc = zOpt ? tk_entity_options_parse(&opt, zOpt, nOpt, &dict, &zErr) : TK_OK;
  if (rc != TK_OK) {
    if (rc != TK_ENOMEM) entSetError(pTab, zErr ? zErr : tk_errstr(rc));
    tk_free(zErr);
    return rc == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  if (dict.z) {
    char *zTable = sqlite3_mprintf("%.*s", (int)dict.n, dict.z);
    if (!zTable) return SQLITE_NOMEM;
    if (!p->zDictTable || strcmp(zTable, p->zDictTable) != 0) {
      tk_dict *pDict = 0;
      sqlite3_free(pTab->base.zErrMsg);
      pTab->base.zErrMsg = 0;
      rc = loadDictionary(pTab, zTable, &pDict);
      if (rc != SQLITE_OK) {
        sqlite3_free(zTable);
        return rc;
      }
      tk_dict_free(p->pDict);
      sqlite3_free(p->zDictTable);
      p->pDict = pDict;
      p->zDictTable = zTable;
    } else {
      sqlite3_free(zTable);
    }
    opt.pDict = p->pDict;
  }
  if (tk_sql_copy_text(&p->zText, &p->nTextAlloc, zText, nText)) {
    return SQLITE_NOMEM;
  }
  p->nText = nText;
  tk_work work;
  tk_sql_work_init(pTab->db, &work);
  opt.pWork = &work;
  rc = tk_entities_run(p->pExtract, &opt, p->zText, nText, &p->aEnt,
                       &p->rows.nRow);
  if (rc == TK_EINTERRUPT) return SQLITE_INTERRUPT;
  if (rc != TK_OK) return rc == TK_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  tk_charpos_init(&p->pos, p->zText, nText);
  return SQLITE_OK;
}

/* One column of the current entity. */
static int entColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  EntCursor *p = (EntCursor *)pCur;
  const tk_entity *e = &p->aEnt[p->rows.iRow];
  switch (i) {
  case ENT_COL_ENTITY:
    tk_sql_result_text(ctx, p->zText + e->iStart, e->nLen);
    break;
  case ENT_COL_TYPE:
    sqlite3_result_text(ctx, e->zType, -1, SQLITE_TRANSIENT);
    break;
  case ENT_COL_NORM:
    tk_sql_result_text(ctx, e->zNorm, e->nNorm);
    break;
  case ENT_COL_START:
    sqlite3_result_int64(ctx,
                         (sqlite3_int64)tk_charpos_at(&p->pos, e->iStart) + 1);
    break;
  case ENT_COL_LENGTH:
    sqlite3_result_int64(
        ctx, (sqlite3_int64)tk_utf8_count(p->zText + e->iStart, e->nLen));
    break;
  case ENT_COL_POSITION:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->rows.iRow);
    break;
  case ENT_COL_SCORE:
    sqlite3_result_double(ctx, e->rScore);
    break;
  case ENT_COL_SOURCE:
    sqlite3_result_text(ctx, tk_entity_source_name(e->eSource), -1,
                        SQLITE_STATIC);
    break;
  case ENT_COL_CANONICAL:
    tk_sql_result_text(ctx, e->zCanonical, e->nCanonical);
    break;
  default:
    tk_sql_result_arg(ctx, &p->args, i - ENT_COL_TEXT);
    break;
  }
  return SQLITE_OK;
}

/* text is required, options optional (idxNum: 1 text, 2 options). */
static int entBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  return tk_sql_best_index_args(pInfo, &entArgs);
}

static const sqlite3_module entModule = TK_SQL_ROWS_MODULE(
    entConnect, entBestIndex, entOpen, entClose, entFilter, entColumn);

/* document_date(text): the date the text was written (tk_document_date),
** 'YYYY-MM-DD', '--MM-DD' when its year is unknown, or NULL. */
static void documentDateFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv) {
  (void)argc;
  size_t n;
  int y, mo, d;
  const char *z = tk_sql_text_arg(ctx, argv[0], &n);
  if (!z || !tk_document_date(z, n, &y, &mo, &d)) return;
  char zOut[16];
  if (y)
    sqlite3_snprintf(sizeof(zOut), zOut, "%04d-%02d-%02d", y, mo, d);
  else
    sqlite3_snprintf(sizeof(zOut), zOut, "--%02d-%02d", mo, d);
  sqlite3_result_text(ctx, zOut, -1, SQLITE_TRANSIENT);
}

static const TkFunction aDocDateFunc[] = {
    {"document_date", 1, TK_PURE, documentDateFunc, 0},
};

/* Register entities() and document_date(). */
int tk_register_entities(sqlite3 *db, char **pzErr) {
  int rc = tk_sql_register_module(db, "entities", &entModule, pzErr);
  if (rc != SQLITE_OK) return rc;
  return tk_sql_register_functions(db, aDocDateFunc, TK_COUNT(aDocDateFunc),
                                   pzErr);
}
