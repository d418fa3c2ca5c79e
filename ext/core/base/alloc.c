/*
** alloc.c -- the core's one allocator hook, printf into new strings, the
** growable byte buffer and error-code names.
**
**   tk_set_allocator(&(tk_allocator){sqlite3_malloc64_wrapper, ...});
**   char *z = tk_mprintf("bad value '%.*s'", (int)n, zVal);  tk_free(z);
*/
#include "textkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static tk_allocator gAllocator = {malloc, realloc, free};

/* Install p as the allocator for all core memory (NULL: the C library). */
void tk_set_allocator(const tk_allocator *p) {
  if (p) {
    gAllocator = *p;
  } else {
    gAllocator.xMalloc = malloc;
    gAllocator.xRealloc = realloc;
    gAllocator.xFree = free;
  }
}

/* Allocate n bytes (n == 0 allocates one byte so NULL always means OOM). */
void *tk_malloc(size_t n) {
  return gAllocator.xMalloc(n ? n : 1);
}

/* Resize p to n bytes; NULL on OOM with p untouched. */
void *tk_realloc(void *p, size_t n) {
  return gAllocator.xRealloc(p, n ? n : 1);
}

/* Grow a typed array so that index i fits (see textkit.h).  The array
** pointer is copied in and out with memcpy, so any element type can pass
** its address without an aliasing cast. */
int tk_reserve(void *ppArray, size_t *pnAlloc, size_t i, size_t szElem) {
  if (i < *pnAlloc) return TK_OK;
  size_t nNew = *pnAlloc ? *pnAlloc : 16;
  while (nNew <= i) {
    if (nNew > SIZE_MAX / 2 / szElem) return TK_ENOMEM;
    nNew *= 2;
  }
  void *a;
  memcpy(&a, ppArray, sizeof(a));
  a = tk_realloc(a, nNew * szElem);
  if (!a) return TK_ENOMEM;
  memcpy(ppArray, &a, sizeof(a));
  *pnAlloc = nNew;
  return TK_OK;
}

/* Free memory from tk_malloc/tk_realloc; NULL is a no-op. */
void tk_free(void *p) {
  if (p) gAllocator.xFree(p);
}

/* vprintf into a new tk_malloc'd string; NULL on OOM or format error. */
char *tk_vmprintf(const char *zFmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, zFmt, ap2);
  va_end(ap2);
  if (n < 0) return NULL;
  char *z = tk_malloc((size_t)n + 1);
  if (z) vsnprintf(z, (size_t)n + 1, zFmt, ap);
  return z;
}

/* printf into a new tk_malloc'd string; NULL on OOM. */
char *tk_mprintf(const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  char *z = tk_vmprintf(zFmt, ap);
  va_end(ap);
  return z;
}

/* Make room for nMore more bytes plus a NUL; sets p->oom on failure. */
static int bufReserve(tk_buf *p, size_t nMore) {
  if (p->oom) return 0;
  if (p->n + nMore + 1 <= p->cap) return 1;
  size_t cap = p->cap ? p->cap * 2 : 64;
  while (cap < p->n + nMore + 1)
    cap *= 2;
  char *z = tk_realloc(p->z, cap);
  if (!z) {
    p->oom = 1;
    return 0;
  }
  p->z = z;
  p->cap = cap;
  return 1;
}

/* Make room for nMore more bytes (and the NUL after them) without
** changing n: 1, or 0 with oom set. */
int tk_buf_reserve(tk_buf *p, size_t nMore) {
  return bufReserve(p, nMore);
}

/* Append z[0..n) to the buffer. */
void tk_buf_append(tk_buf *p, const char *z, size_t n) {
  if (!bufReserve(p, n)) return;
  if (n) memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}

/* Append one byte. */
void tk_buf_putc(tk_buf *p, char c) {
  if (!bufReserve(p, 1)) return;
  p->z[p->n++] = c;
  p->z[p->n] = 0;
}

/* Empty the buffer, keeping its memory for reuse. */
void tk_buf_reset(tk_buf *p) {
  p->n = 0;
  p->oom = 0;
  if (p->z) p->z[0] = 0;
}

/* Release the buffer's memory and zero it. */
void tk_buf_free(tk_buf *p) {
  tk_free(p->z);
  memset(p, 0, sizeof(*p));
}

/* A short English name for a TK_* result code. */
const char *tk_errstr(int rc) {
  switch (rc) {
  case TK_OK:
    return "not an error";
  case TK_ENOMEM:
    return "out of memory";
  case TK_EINVAL:
    return "invalid argument";
  case TK_ELIMIT:
    return "resource limit exceeded";
  case TK_EINTERNAL:
    return "internal error";
  case TK_EINTERRUPT:
    return "interrupted";
  default:
    return "unknown error";
  }
}
