/*
** pg_common.c -- the PostgreSQL face's own base: the module's load hook
** (the core's allocator pointed at palloc, the GUC textkit.strsim_cells),
** the house error format through ereport, text arguments and results, and
** the per-call-site cache of core objects.
**
**   LOAD 'textkit';  -- or the first call of any textkit function
**   SHOW textkit.strsim_cells;
**
** Memory (docs/postgres.md): tk_malloc allocates in CurrentMemoryContext
** (the caller's per-row or per-call context, reclaimed by PostgreSQL even
** after an error); tk_realloc keeps a block in the context it came from;
** cached core objects are made and used inside the call site's fn_mcxt.
*/
#include "pg_common.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include <stdarg.h>

PG_MODULE_MAGIC;

/* The default cap on the cells of one edit-distance call: the SQLite
** face's (docs/strsim.md), about 1-2 s of work. */
int tk_pg_strsim_cells = 500000000;

/* Every block starts with its requested size, so that tk_realloc can copy
** it into a new block of the same context without PostgreSQL's repalloc
** (which raises an error where the core expects NULL). */
#define TK_PG_HEAD MAXALIGN(sizeof(size_t))

/* tk_malloc: n bytes in CurrentMemoryContext, NULL when out of memory. */
static void *pgMalloc(size_t n) {
  if (n > MaxAllocHugeSize - TK_PG_HEAD) return NULL;
  char *p = MemoryContextAllocExtended(CurrentMemoryContext, TK_PG_HEAD + n,
                                       MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
  if (!p) return NULL;
  *(size_t *)p = n;
  return p + TK_PG_HEAD;
}

/* tk_realloc: a new block of n bytes in the old block's own context (a
** cached object stays in its long-lived context whoever grows it). */
static void *pgRealloc(void *pOld, size_t n) {
  if (!pOld) return pgMalloc(n);
  char *pHead = (char *)pOld - TK_PG_HEAD;
  size_t nOld = *(size_t *)pHead;
  if (n > MaxAllocHugeSize - TK_PG_HEAD) return NULL;
  char *p =
      MemoryContextAllocExtended(GetMemoryChunkContext(pHead), TK_PG_HEAD + n,
                                 MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
  if (!p) return NULL;
  *(size_t *)p = n;
  memcpy(p + TK_PG_HEAD, pOld, nOld < n ? nOld : n);
  pfree(pHead);
  return p + TK_PG_HEAD;
}

/* tk_free: give the block back to its context. */
static void pgFree(void *p) {
  pfree((char *)p - TK_PG_HEAD);
}

/* The module's load hook: the allocator and the GUC. */
void _PG_init(void);
void _PG_init(void) {
  static const tk_allocator pgAllocator = {pgMalloc, pgRealloc, pgFree};
  tk_set_allocator(&pgAllocator);
  DefineCustomIntVariable(
      "textkit.strsim_cells",
      "Cap on the table cells of one edit-distance call (0: no cap).",
      "levenshtein, damerau_levenshtein, osa_distance and "
      "levenshtein_similarity fail at once above it (docs/strsim.md).",
      &tk_pg_strsim_cells, 500000000, 0, PG_INT32_MAX, PGC_USERSET, 0, NULL,
      NULL, NULL);
  MarkGUCPrefixReserved("textkit");
}

/* z[0..n) with each invalid UTF-8 byte replaced, as a palloc'd string
** (error messages quote arguments). */
static char *validText(const char *z, size_t n) {
  if (tk_utf8_is_valid(z, n)) return pnstrdup(z, n);
  tk_buf b = {0};
  tk_utf8_sanitize(&b, z, n);
  char *zOut = b.oom ? pstrdup("(message lost: out of memory)")
                     : pnstrdup(b.z ? b.z : "", b.n);
  tk_buf_free(&b);
  return zOut;
}

/* Raise "textkit: zFn(): message". */
void tk_pg_error(const char *zFn, const char *zFmt, ...) {
  char zMsg[1024];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof(zMsg), zFmt, ap);
  va_end(ap);
  char *z = validText(zMsg, strlen(zMsg));
  ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                  errmsg("textkit: %s(): %s", zFn, z)));
}

/* Raise a core result code with its message. */
void tk_pg_error_rc(const char *zFn, int rc, char *zErr) {
  char *z = validText(zErr ? zErr : tk_errstr(rc),
                      strlen(zErr ? zErr : tk_errstr(rc)));
  tk_free(zErr);
  if (rc == TK_ENOMEM) {
    ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
                    errmsg("textkit: %s(): out of memory", zFn)));
  }
  if (rc == TK_EINTERRUPT) {
    CHECK_FOR_INTERRUPTS();
    ereport(ERROR, (errcode(ERRCODE_QUERY_CANCELED),
                    errmsg("textkit: %s(): interrupted", zFn)));
  }
  ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                  errmsg("textkit: %s(): %s", zFn, z)));
}

/* The core reads UTF-8, so the database must be. */
void tk_pg_require_utf8(const char *zFn) {
  if (GetDatabaseEncoding() != PG_UTF8) {
    tk_pg_error(zFn, "the database encoding must be UTF8, not %s",
                GetDatabaseEncodingName());
  }
}

/* Argument i's bytes (a UTF8 database's). */
const char *tk_pg_text_arg(FunctionCallInfo fcinfo, int i, const char *zFn,
                           size_t *pn) {
  tk_pg_require_utf8(zFn);
  text *t = PG_GETARG_TEXT_PP(i);
  *pn = VARSIZE_ANY_EXHDR(t);
  return VARDATA_ANY(t);
}

/* The buffer as a text datum (in the current context); frees it. */
text *tk_pg_buf_text(tk_buf *pBuf, const char *zFn) {
  if (pBuf->oom) {
    tk_buf_free(pBuf);
    tk_pg_error_rc(zFn, TK_ENOMEM, NULL);
  }
  text *t = cstring_to_text_with_len(pBuf->z ? pBuf->z : "", (int)pBuf->n);
  tk_buf_free(pBuf);
  return t;
}

/* z[0..n) as a text datum that PostgreSQL can hold: each invalid UTF-8
** byte and each NUL becomes U+FFFD (the SQLite face's BLOB rule, and
** text has no NUL). */
text *tk_pg_bytes_text(const char *z, size_t n, const char *zFn) {
  if (tk_utf8_is_valid(z, n) && !memchr(z, 0, n)) {
    return cstring_to_text_with_len(z, (int)n);
  }
  tk_buf b = {0};
  tk_utf8_sanitize(&b, z, n);
  tk_buf out = {0};
  for (size_t i = 0; !b.oom && i < b.n; i++) {
    if (b.z[i]) {
      tk_buf_putc(&out, b.z[i]);
    } else {
      tk_buf_put_utf8(&out, TK_REPLACEMENT_CHAR);
    }
  }
  if (b.oom) out.oom = 1;
  tk_buf_free(&b);
  return tk_pg_buf_text(&out, zFn);
}

/* tk_work's cancel callback: a cancel or termination is pending.  It only
** reads the flags: the core unwinds by itself, freeing what it holds. */
static int cancelPending(void *pArg) {
  (void)pArg;
  return QueryCancelPending || ProcDiePending;
}

/* A tk_work asking cancelPending. */
void tk_pg_work_init(tk_work *pWork) {
  memset(pWork, 0, sizeof(*pWork));
  pWork->xCancel = cancelPending;
}

/* fn_mcxt's reset callback: free the cached object. */
static void cacheFree(void *pArg) {
  TkPgCache *p = pArg;
  if (p->pObj) p->xFree(p->pObj);
  p->pObj = NULL;
}

/* The call site's cache, made in fn_mcxt with its reset callback. */
TkPgCache *tk_pg_cache(FunctionCallInfo fcinfo, void (*xFree)(void *)) {
  TkPgCache *p = fcinfo->flinfo->fn_extra;
  if (p) return p;
  p = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(*p));
  p->xFree = xFree;
  p->cb.func = cacheFree;
  p->cb.arg = p;
  MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt, &p->cb);
  fcinfo->flinfo->fn_extra = p;
  return p;
}

/* 1 when the cached object was made from key z[0..n). */
int tk_pg_cache_hit(const TkPgCache *p, const char *z, size_t n) {
  return p->pObj && p->nKey == n && (n == 0 || memcmp(p->zKey, z, n) == 0);
}

/* Keep pObj for key z[0..n) (in the cache's context). */
int tk_pg_cache_set(TkPgCache *p, const char *z, size_t n, void *pObj) {
  char *zKey = MemoryContextAllocExtended(GetMemoryChunkContext(p), n + 1,
                                          MCXT_ALLOC_NO_OOM);
  if (!zKey) {
    p->xFree(pObj);
    return TK_ENOMEM;
  }
  memcpy(zKey, z, n);
  zKey[n] = 0;
  if (p->pObj) p->xFree(p->pObj);
  if (p->zKey) pfree(p->zKey);
  p->pObj = pObj;
  p->zKey = zKey;
  p->nKey = n;
  return TK_OK;
}

/* Make the call site's fn_mcxt current. */
MemoryContext tk_pg_cache_enter(FunctionCallInfo fcinfo) {
  return MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
}

/* Back to the context tk_pg_cache_enter left. */
void tk_pg_cache_leave(MemoryContext old) {
  MemoryContextSwitchTo(old);
}
