/*
** corpus/terms.c -- tk_termmap: distinct byte strings (token norms)
** numbered in order of arrival, in one open-addressing hash table.  The
** corpus functions keep their per-term counts in arrays indexed by these
** numbers.
**
**   tk_termmap *m;  tk_termmap_new(&m);
**   long i = tk_termmap_intern(m, "sochi", 5, &bNew);   // 0, bNew = 1
**   tk_termmap_find(m, "sochi", 5);                     // 0
**   tk_termmap_free(m);
*/
#include "textkit.h"

#include <string.h>

/* A cleared map whose slot table is larger than this starts small again. */
#define TERMMAP_KEEP_SLOTS 131072
/* A table holding fewer terms than its slots / TERMMAP_SPARSE is cleared
** term by term (termClearSlots) rather than by one memset. */
#define TERMMAP_SPARSE 8

/* A key of up to this many bytes is kept in its TermEntry itself. */
#define TERM_INLINE 8

typedef struct TermEntry {
  /* a key of up to TERM_INLINE bytes itself (most words: comparing it
  ** reads no other memory), else its offset in keys as a uint64_t */
  uint64_t iKey;
  uint32_t nKey;
  uint32_t h; /* low bits of the hash, to skip most compares */
} TermEntry;

struct tk_termmap {
  tk_buf keys;      /* every key longer than TERM_INLINE, back to back */
  TermEntry *aTerm; /* term i */
  size_t nTerm, nTermAlloc;
  uint32_t *aSlot; /* term number + 1, 0 for empty; nSlot a power of 2;
                   ** 4 bytes a slot, so that more of a large table
                   ** stays in cache */
  size_t nSlot;
};

/* Mix one 64-bit block into the running hash h. */
static uint64_t termMix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 32);
}

/* The 1 to 7 bytes z[0..n) as one 64-bit block: two overlapping 4-byte
** reads cover 4 to 7 bytes, the first, middle and last byte 1 to 3 (the
** length, mixed in by the caller, tells the layouts apart). */
static uint64_t termTail(const char *z, size_t n) {
  if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, z, 4);
    memcpy(&b, z + n - 4, 4);
    return (uint64_t)a | ((uint64_t)b << 32);
  }
  return (uint64_t)(unsigned char)z[0] |
         ((uint64_t)(unsigned char)z[n / 2] << 8) |
         ((uint64_t)(unsigned char)z[n - 1] << 16);
}

/* The hash of z[0..n): eight bytes at a time after the length, then a
** 64-bit finalizer (MurmurHash3's fmix64) so that the low bits the slot
** index uses depend on every byte: keys of small binary ids (keywords()'
** type sequences) otherwise cluster. */
static uint64_t termHash(const char *z, size_t n) {
  uint64_t h = termMix(0xcbf29ce484222325ull, (uint64_t)n), w;
  for (; n >= 8; z += 8, n -= 8) {
    memcpy(&w, z, 8);
    h = termMix(h, w);
  }
  if (n) h = termMix(h, termTail(z, n));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

/* A new, empty map. */
int tk_termmap_new(tk_termmap **pp) {
  tk_termmap *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->nSlot = 64;
  p->aSlot = tk_malloc(p->nSlot * sizeof(uint32_t));
  if (!p->aSlot) {
    tk_free(p);
    return TK_ENOMEM;
  }
  memset(p->aSlot, 0, p->nSlot * sizeof(uint32_t));
  *pp = p;
  return TK_OK;
}

/* Free the map. */
void tk_termmap_free(tk_termmap *p) {
  if (!p) return;
  tk_buf_free(&p->keys);
  tk_free(p->aTerm);
  tk_free(p->aSlot);
  tk_free(p);
}

/* Empty the slots of the terms held, one by one: each term's slot lies on
** the probe path from its hash (term i is stored as i + 1), so this costs
** the terms' number, not the table's size. */
static void termClearSlots(tk_termmap *p) {
  size_t mask = p->nSlot - 1;
  for (size_t i = 0; i < p->nTerm; i++) {
    size_t k = (size_t)p->aTerm[i].h & mask;
    while (p->aSlot[k] != (uint32_t)(i + 1))
      k = (k + 1) & mask;
    p->aSlot[k] = 0;
  }
}

/* The slot count for a map about to hold as many terms as it holds now:
** a power of 2, at least 64, that they would fill to a quarter at most. */
static size_t termFitSlots(const tk_termmap *p) {
  size_t nFit = 64;
  while (nFit / 4 < p->nTerm)
    nFit *= 2;
  return nFit;
}

/* Forget every term.  The memory is kept for the next texts, unless the
** table grew past TERMMAP_KEEP_SLOTS: clearing costs its size, and a map
** may serve a whole statement or connection, so one huge text must not
** slow every later one.  A slot table more than twice the size the terms
** held would need (a large text grew it, a small one used it) is
** replaced by one of that size: the next texts' probes then stay in a few
** cache lines instead of spreading over the large table.  A table kept
** that is sparsely used is emptied slot by slot instead of whole. */
void tk_termmap_clear(tk_termmap *p) {
  uint32_t *aFit = 0;
  size_t nFit = p->nSlot > TERMMAP_KEEP_SLOTS ? 64 : termFitSlots(p);
  if (p->nSlot > 2 * nFit) aFit = tk_malloc(nFit * sizeof(uint32_t));
  if (aFit && p->nSlot > TERMMAP_KEEP_SLOTS) {
    tk_buf_free(&p->keys);
    tk_free(p->aTerm);
    p->aTerm = 0;
    p->nTermAlloc = 0;
  } else {
    tk_buf_reset(&p->keys);
  }
  if (aFit) {
    tk_free(p->aSlot);
    p->aSlot = aFit;
    p->nSlot = nFit;
    memset(p->aSlot, 0, p->nSlot * sizeof(uint32_t));
  } else if (p->nTerm * TERMMAP_SPARSE < p->nSlot && p->nSlot <= UINT32_MAX) {
    termClearSlots(p);
  } else {
    memset(p->aSlot, 0, p->nSlot * sizeof(uint32_t));
  }
  p->nTerm = 0;
}

/* The bytes of the key of e. */
static const char *termKey(const tk_termmap *p, const TermEntry *e) {
  if (e->nKey <= TERM_INLINE) return (const char *)&e->iKey;
  return p->keys.z + e->iKey;
}

/* 1 when the n bytes (n > 0) at a and b are equal; keys of up to 8 bytes
** (most words) are compared in two overlapping reads, without a call. */
static int termKeysEqual(const char *a, const char *b, size_t n) {
  if (n > 8) return memcmp(a, b, n) == 0;
  if (n >= 4) {
    uint32_t a0, a1, b0, b1;
    memcpy(&a0, a, 4);
    memcpy(&b0, b, 4);
    memcpy(&a1, a + n - 4, 4);
    memcpy(&b1, b + n - 4, 4);
    return a0 == b0 && a1 == b1;
  }
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

/* The slot holding z[0..n) or the empty slot where it would go. */
static size_t termSlot(const tk_termmap *p, uint64_t h, const char *z,
                       size_t n) {
  size_t mask = p->nSlot - 1, k = (size_t)h & mask;
  for (;;) {
    uint32_t v = p->aSlot[k];
    if (v == 0) return k;
    const TermEntry *e = &p->aTerm[v - 1];
    if (e->h == (uint32_t)h && e->nKey == n &&
        (n == 0 || termKeysEqual(termKey(p, e), z, n)))
      return k;
    k = (k + 1) & mask;
  }
}

/* Double the slot table. */
static int termGrow(tk_termmap *p) {
  size_t nNew = p->nSlot * 2;
  uint32_t *a = tk_malloc(nNew * sizeof(uint32_t));
  if (!a) return TK_ENOMEM;
  memset(a, 0, nNew * sizeof(uint32_t));
  for (size_t i = 0; i < p->nTerm; i++) {
    const TermEntry *e = &p->aTerm[i];
    uint64_t h = termHash(termKey(p, e), e->nKey);
    size_t k = (size_t)h & (nNew - 1);
    while (a[k])
      k = (k + 1) & (nNew - 1);
    a[k] = (uint32_t)(i + 1);
  }
  tk_free(p->aSlot);
  p->aSlot = a;
  p->nSlot = nNew;
  return TK_OK;
}

/* The number of z[0..n), adding it when absent. */
long tk_termmap_intern(tk_termmap *p, const char *z, size_t n, int *pbNew) {
  uint64_t h = termHash(z, n);
  size_t k = termSlot(p, h, z, n);
  *pbNew = 0;
  if (p->aSlot[k]) return (long)(p->aSlot[k] - 1);
  if (n > UINT32_MAX || p->nTerm >= UINT32_MAX) return -1;
  if ((p->nTerm + 1) * 4 > p->nSlot * 3) { /* at most 3/4 full */
    if (termGrow(p) != TK_OK) return -1;
    k = termSlot(p, h, z, n);
  }
  if (tk_reserve(&p->aTerm, &p->nTermAlloc, p->nTerm, sizeof(*p->aTerm))) {
    return -1;
  }
  TermEntry *e = &p->aTerm[p->nTerm];
  if (n <= TERM_INLINE) {
    e->iKey = 0;
    if (n) memcpy(&e->iKey, z, n);
  } else {
    e->iKey = p->keys.n;
    tk_buf_append(&p->keys, z, n);
    if (p->keys.oom) return -1;
  }
  e->nKey = (uint32_t)n;
  e->h = (uint32_t)h;
  p->aSlot[k] = (uint32_t)++p->nTerm;
  *pbNew = 1;
  return (long)(p->nTerm - 1);
}

/* The number of z[0..n), or -1. */
long tk_termmap_find(const tk_termmap *p, const char *z, size_t n) {
  uint32_t v = p->aSlot[termSlot(p, termHash(z, n), z, n)];
  return (long)v - 1;
}

/* How many terms the map holds. */
size_t tk_termmap_count(const tk_termmap *p) {
  return p->nTerm;
}

/* The bytes of term i (not NUL-terminated; valid until the map changes). */
const char *tk_termmap_key(const tk_termmap *p, size_t i, size_t *pn) {
  *pn = p->aTerm[i].nKey;
  return termKey(p, &p->aTerm[i]);
}
