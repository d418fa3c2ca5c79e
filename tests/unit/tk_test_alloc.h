/*
** tk_test_alloc.h -- a counting allocator for the unit tests' allocation
** failure sweeps: it counts every call, the blocks live, and fails the
** tkAllocFailAt-th call (0: none).
**
**   tk_set_allocator(&tkCountingAllocator);
**   tkAllocCalls = tkAllocLive = tkAllocFailAt = 0;
**   ... run once, then for i in 1..tkAllocCalls: tkAllocFailAt = i, run,
**   ... expect TK_ENOMEM and tkAllocLive == 0 ...
**   tk_set_allocator(0);
*/
#ifndef TK_TEST_ALLOC_H
#define TK_TEST_ALLOC_H

#include "textkit.h"

#include <stdlib.h>

static long tkAllocCalls = 0, tkAllocLive = 0, tkAllocFailAt = 0;

/* malloc, failing the tkAllocFailAt-th call. */
static void *tkCountMalloc(size_t n) {
  if (++tkAllocCalls == tkAllocFailAt) return 0;
  tkAllocLive++;
  return malloc(n);
}

/* realloc, failing the tkAllocFailAt-th call (a NULL p is a new block). */
static void *tkCountRealloc(void *p, size_t n) {
  if (++tkAllocCalls == tkAllocFailAt) return 0;
  if (!p) tkAllocLive++;
  return realloc(p, n);
}

/* free (NULL is fine). */
static void tkCountFree(void *p) {
  if (p) tkAllocLive--;
  free(p);
}

static const tk_allocator tkCountingAllocator = {tkCountMalloc, tkCountRealloc,
                                                 tkCountFree};

#endif /* TK_TEST_ALLOC_H */
