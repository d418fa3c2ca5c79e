/*
** pg_common.h -- what the PostgreSQL face's files share (docs/postgres.md):
** the house error format through ereport, text arguments and results, and
** the per-call-site cache of a core object (a tokenizer, a shingler, a
** stemmer) that lives in the call site's long-lived memory context.
**
**   PG_FUNCTION_INFO_V1(tk_pg_text_lower);
**   Datum tk_pg_text_lower(PG_FUNCTION_ARGS) {
**     size_t n;
**     const char *z = tk_pg_text_arg(fcinfo, 0, "text_lower", &n);
**     ...
**     if (rc != TK_OK) tk_pg_error_rc("text_lower", rc, zErr);
**     PG_RETURN_TEXT_P(tk_pg_buf_text(&b));
**   }
**
** Only the face's files include it; postgres.h comes first, then the core's
** public header, which knows nothing of PostgreSQL.
*/
#ifndef TK_PG_COMMON_H
#define TK_PG_COMMON_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "textkit.h"

/* Raise "textkit: zFn(): <message>" as ERRCODE_INVALID_PARAMETER_VALUE. */
void tk_pg_error(const char *zFn, const char *zFmt, ...)
    pg_attribute_printf(2, 3) pg_attribute_noreturn();
/* Raise a core result code: TK_ENOMEM as ERRCODE_OUT_OF_MEMORY, an
** interrupt as ERRCODE_QUERY_CANCELED, anything else with its message
** zErr (freed; NULL: the code's name). */
void tk_pg_error_rc(const char *zFn, int rc, char *zErr)
    pg_attribute_noreturn();

/* Raise "textkit: zFn(): the database encoding must be UTF8, not X"
** unless it is. */
void tk_pg_require_utf8(const char *zFn);
/* Argument i as UTF-8 bytes (detoasted, not NUL-terminated) and its byte
** length; raises an error when the database encoding is not UTF8. */
const char *tk_pg_text_arg(FunctionCallInfo fcinfo, int i, const char *zFn,
                           size_t *pn);
/* A text datum holding the core buffer's bytes; frees the buffer.  A
** buffer that ran out of memory raises TK_ENOMEM for zFn. */
text *tk_pg_buf_text(tk_buf *pBuf, const char *zFn);

/* Bytes z[0..n) as a text datum, each invalid UTF-8 byte and each NUL
** replaced by U+FFFD (text_from_bytes, the bytea overloads). */
text *tk_pg_bytes_text(const char *z, size_t n, const char *zFn);

/* A core object cached on one call site (fcinfo->flinfo->fn_extra), made
** from a key (an options text or a language) and freed with xFree when the
** call site's memory context (fn_mcxt) goes away.  The object and
** everything the core allocates while using it live in that context: call
** tk_pg_cache_enter before making or using it, tk_pg_cache_leave after. */
typedef struct TkPgCache {
  void *pObj;            /* the core object, NULL before the first make */
  void (*xFree)(void *); /* tk_tokenizer_free, tk_shingler_free... */
  char *zKey;            /* the key it was made from (fn_mcxt) */
  size_t nKey;
  MemoryContextCallback cb; /* frees pObj with fn_mcxt */
} TkPgCache;

/* The call site's cache (made empty on first use). */
TkPgCache *tk_pg_cache(FunctionCallInfo fcinfo, void (*xFree)(void *));
/* 1 when the cache holds an object made from key z[0..n). */
int tk_pg_cache_hit(const TkPgCache *p, const char *z, size_t n);
/* Keep pObj, made from key z[0..n), freeing the object it replaces;
** TK_ENOMEM (pObj freed, the cache as it was) when the key's copy fails. */
int tk_pg_cache_set(TkPgCache *p, const char *z, size_t n, void *pObj);
/* Switch to the call site's long-lived context; returns the old one for
** tk_pg_cache_leave. */
MemoryContext tk_pg_cache_enter(FunctionCallInfo fcinfo);
void tk_pg_cache_leave(MemoryContext old);

/* Called by tk_pg_read_table with the two columns' text of one row;
** returns TK_OK or an error code with a message in *pzErr. */
typedef int (*tk_pg_row_fn)(void *pArg, const char *z1, size_t n1,
                            const char *z2, size_t n2, char **pzErr);
/* Read "SELECT zCol1, zCol2 FROM <zTable>" through SPI (pg_table.c),
** calling xRow in the caller's memory context for each row with no NULL;
** a table that cannot be read raises "textkit: zFn(): cannot read zWhat
** table 'zTable': ...".  Returns TK_OK or xRow's first error. */
int tk_pg_read_table(const char *zFn, const char *zWhat, const char *zTable,
                     const char *zCol1, const char *zCol2, tk_pg_row_fn xRow,
                     void *pArg, char **pzErr);

/* A tk_work with no cap whose cancel callback says whether a cancel or
** a termination is pending (QueryCancelPending, ProcDiePending: a
** statement_timeout or pg_cancel_backend); the core then returns
** TK_EINTERRUPT, and tk_pg_error_rc raises PostgreSQL's own error. */
void tk_pg_work_init(tk_work *pWork);

/* The cap on the cells of one edit-distance call (GUC
** textkit.strsim_cells, 0: none), pg_strsim.c's. */
extern int tk_pg_strsim_cells;

#endif /* TK_PG_COMMON_H */
