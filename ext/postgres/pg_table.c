/*
** pg_table.c -- reading a table named in a function's options through SPI:
** the idf= table of text_cosine() and keywords(), the dictionary= table of
** entities() (those calls are STABLE).
**
**   rc = tk_pg_read_table("keywords", "idf", zTable, "term", "idf",
**                         addTerm, pIdf, &zErr);
**
** The name is one identifier, quoted as given (as the SQLite face's
** "%w"), looked up in search_path.  A table that cannot be read raises
** "textkit: fn(): cannot read <what> table 'name': <PostgreSQL's message>"
** with PostgreSQL's SQLSTATE (42P01 for a missing table).
*/
#include "pg_common.h"

#include "executor/spi.h"
#include "utils/memutils.h"

/* Run zSql with SPI; an error becomes the house message (a cancel stays
** a cancel).  Called between SPI_connect and SPI_finish. */
static void runQuery(const char *zFn, const char *zWhat, const char *zTable,
                     const char *zSql) {
  MemoryContext old = CurrentMemoryContext;
  PG_TRY();
  { SPI_execute(zSql, true, 0); }
  PG_CATCH();
  {
    MemoryContextSwitchTo(old);
    ErrorData *e = CopyErrorData();
    if (e->sqlerrcode == ERRCODE_QUERY_CANCELED) PG_RE_THROW();
    FlushErrorState();
    ereport(ERROR, (errcode(e->sqlerrcode),
                    errmsg("textkit: %s(): cannot read %s table '%s': %s", zFn,
                           zWhat, zTable, e->message)));
  }
  PG_END_TRY();
}

/* Read "SELECT zCol1, zCol2 FROM zTable" and call xRow with both columns'
** text for each row where neither is NULL, in the caller's memory context.
** Returns TK_OK or xRow's first error (its message in *pzErr). */
int tk_pg_read_table(const char *zFn, const char *zWhat, const char *zTable,
                     const char *zCol1, const char *zCol2, tk_pg_row_fn xRow,
                     void *pArg, char **pzErr) {
  MemoryContext caller = CurrentMemoryContext;
  char *zSql =
      psprintf("SELECT %s, %s FROM %s", zCol1, zCol2, quote_identifier(zTable));
  if (SPI_connect() != SPI_OK_CONNECT) {
    tk_pg_error(zFn, "cannot read %s table '%s': SPI_connect failed", zWhat,
                zTable);
  }
  runQuery(zFn, zWhat, zTable, zSql);
  int rc = TK_OK;
  for (uint64 i = 0; rc == TK_OK && i < SPI_processed; i++) {
    HeapTuple row = SPI_tuptable->vals[i];
    char *z1 = SPI_getvalue(row, SPI_tuptable->tupdesc, 1);
    char *z2 = SPI_getvalue(row, SPI_tuptable->tupdesc, 2);
    if (z1 && z2) {
      MemoryContext spi = MemoryContextSwitchTo(caller);
      rc = xRow(pArg, z1, strlen(z1), z2, strlen(z2), pzErr);
      MemoryContextSwitchTo(spi);
    }
    if (z1) pfree(z1);
    if (z2) pfree(z2);
  }
  SPI_finish();
  MemoryContextSwitchTo(caller);
  pfree(zSql);
  return rc;
}
