/*
** sql_docsim.h -- what the document similarity scalars (sql_docsim.c) and
** the LSH band table (sql_docsim_bands.c) share.
*/
#ifndef TK_SQL_DOCSIM_H
#define TK_SQL_DOCSIM_H

#include "textkit_sql.h"

/* Register the table-valued function minhash_bands. */
int tk_sql_register_docsim_bands(sqlite3 *db, char **pzErr);

#endif /* TK_SQL_DOCSIM_H */
