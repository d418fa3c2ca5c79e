/*
** sql_regex.h -- what the regexp scalars (sql_regex.c) and the regexp
** table-valued functions (sql_regex_tvf.c) share: compiling a pattern
** argument under the connection's pattern-length limit and the flags
** argument (the groups JSON is the core's tk_regex_groups_json).
*/
#ifndef TK_SQL_REGEX_H
#define TK_SQL_REGEX_H

#include "sql_common.h"

/* Compile the pattern zPat[0..nPat) with the flags (TK_RE_GLOBAL is not a
** compile flag and is ignored), refusing a pattern longer than db's
** SQLITE_LIMIT_LIKE_PATTERN_LENGTH.  Errors as tk_regex_compile. */
int tk_sql_regex__compile(sqlite3 *db, const char *zPat, size_t nPat,
                          unsigned flags, tk_regex **pp, char **pzErr);

/* Parse the flag letters of v (a NULL pointer: no flags). */
int tk_sql_regex__flags(sqlite3_value *v, unsigned *pFlags, char **pzErr);

#endif /* TK_SQL_REGEX_H */
