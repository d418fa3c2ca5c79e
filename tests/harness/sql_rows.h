/*
** sql_rows.h -- what the C test programs that drive SQLite share
** (tests/oom/oom_sweep.c, tests/threads/threads.c): the rows of a query
** as one string, kept with the C library's allocator so that a test's own
** memory never fails (the OOM sweep fails SQLite's).
**
**   Rows rows = {0, 0, 0};
**   rowsAppend(&rows, "", 0);
**   sqlite3_exec(db, zSql, collect, &rows, &zErr);   // rows.z: "a|b\n..."
*/
#ifndef TK_TEST_SQL_ROWS_H
#define TK_TEST_SQL_ROWS_H

#include <stdlib.h>
#include <string.h>

/* A growable string of result rows. */
typedef struct Rows {
  char *z;
  size_t n, cap;
} Rows;

/* Append z[0..n) to p (aborts when the C library is out of memory). */
static void rowsAppend(Rows *p, const char *z, size_t n) {
  if (p->n + n + 1 > p->cap) {
    p->cap = 2 * (p->n + n + 1);
    p->z = realloc(p->z, p->cap);
    if (!p->z) abort();
  }
  memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}

/* sqlite3_exec callback: each row's columns ("~" for NULL), '|' between
** them and a line break after, into the Rows in pArg. */
static int collect(void *pArg, int nCol, char **azVal, char **azCol) {
  (void)azCol;
  for (int i = 0; i < nCol; i++) {
    const char *z = azVal[i] ? azVal[i] : "~";
    rowsAppend(pArg, z, strlen(z));
    rowsAppend(pArg, i + 1 < nCol ? "|" : "\n", 1);
  }
  return 0;
}

#endif /* TK_TEST_SQL_ROWS_H */
