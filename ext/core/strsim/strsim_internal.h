/*
** strsim/strsim_internal.h -- what the strsim_*.c files of the core share:
** UTF-8 to code point arrays that live on the stack for short strings, and the
** two character maps the bit-parallel algorithms use (code point -> 64-bit mask
** for one word, code point -> dense id for many words).  Internal: not part of
** the public API.
*/
#ifndef TK_STRSIM_INT_H
#define TK_STRSIM_INT_H

#include "textkit.h"

#include <string.h>

/* Strings up to this many bytes decode without a heap allocation. */
#define TK_CP_STATIC 256

/* A decoded string: a[0..n) code points, in aStatic when it fits. */
typedef struct tk_cpstr {
  uint32_t *a;
  size_t n;
  uint32_t aStatic[TK_CP_STATIC];
} tk_cpstr;

/* Decode z[0..nz) into p (invalid bytes are U+FFFD); TK_ENOMEM on OOM. */
static inline int tk_cpstr_init(tk_cpstr *p, const char *z, size_t nz) {
  const unsigned char *u = (const unsigned char *)z;
  p->a = nz <= TK_CP_STATIC ? p->aStatic : tk_malloc(nz * sizeof(uint32_t));
  p->n = 0;
  if (!p->a) return TK_ENOMEM;
  size_t i = 0;
  while (i < nz) {
    if (u[i] < 0x80) {
      p->a[p->n++] = u[i++];
    } else {
      p->a[p->n++] = tk_utf8_next(u, nz, &i);
    }
  }
  return TK_OK;
}

/* Release what tk_cpstr_init allocated. */
static inline void tk_cpstr_free(tk_cpstr *p) {
  if (p->a != p->aStatic) tk_free(p->a);
}

/* Decode both strings of a pair; on OOM neither stays allocated. */
static inline int tk_cpstr_init_pair(tk_cpstr *pA, const char *zA, size_t nA,
                                     tk_cpstr *pB, const char *zB, size_t nB) {
  if (tk_cpstr_init(pA, zA, nA)) return TK_ENOMEM;
  if (tk_cpstr_init(pB, zB, nB)) {
    tk_cpstr_free(pA);
    return TK_ENOMEM;
  }
  return TK_OK;
}

/* Slot of code point c in a power-of-two table of 2^nBits entries. */
static inline uint32_t tk_cphash(uint32_t c, int nBits) {
  return (c * 0x9E3779B1u) >> (32 - nBits);
}

/* Code point -> 64-bit mask, for patterns of at most 64 code points:
** a direct table for ASCII, an open-addressed table (keys c + 1, 0 empty)
** for the rest.  Build with tk_maskmap_build; look up with _get. */
typedef struct tk_maskmap {
  uint64_t aAscii[128];
  uint32_t aKey[128];
  uint64_t aVal[128];
  int bWide; /* some pattern character is >= 128 */
} tk_maskmap;

/* Bit i of the mask of c is set where a[i] == c (n <= 64). */
static inline void tk_maskmap_build(tk_maskmap *p, const uint32_t *a,
                                    size_t n) {
  memset(p->aAscii, 0, sizeof(p->aAscii));
  p->bWide = 0;
  for (size_t i = 0; i < n; i++) {
    if (a[i] < 128) {
      p->aAscii[a[i]] |= (uint64_t)1 << i;
      continue;
    }
    if (!p->bWide) {
      memset(p->aKey, 0, sizeof(p->aKey));
      p->bWide = 1;
    }
    uint32_t h = tk_cphash(a[i], 7);
    while (p->aKey[h] && p->aKey[h] != a[i] + 1)
      h = (h + 1) & 127;
    if (!p->aKey[h]) {
      p->aKey[h] = a[i] + 1;
      p->aVal[h] = 0;
    }
    p->aVal[h] |= (uint64_t)1 << i;
  }
}

/* The mask of c (0 when c is not in the pattern). */
static inline uint64_t tk_maskmap_get(const tk_maskmap *p, uint32_t c) {
  if (c < 128) return p->aAscii[c];
  if (!p->bWide) return 0;
  uint32_t h = tk_cphash(c, 7);
  while (p->aKey[h]) {
    if (p->aKey[h] == c + 1) return p->aVal[h];
    h = (h + 1) & 127;
  }
  return 0;
}

/* Code point -> dense id 1..nId (0: absent), growing as characters are
** added; ASCII direct, the rest hashed. */
typedef struct tk_idmap {
  uint32_t aAscii[128];
  uint32_t *aKey; /* c + 1, 0 empty */
  uint32_t *aId;
  int nBits;
  size_t nWide;
  uint32_t nId;
} tk_idmap;

void tk_strsim__idmap_init(tk_idmap *p);
void tk_strsim__idmap_free(tk_idmap *p);
/* 1 when tk_strsim__wave runs patterns of nWord words here (AVX2). */
int tk_strsim__wave_ok(size_t nWord);
/* Zero ids on each side of a text's ids: the anti-diagonals look up to
** this many columns before and after the text. */
#define TK_STRSIM_TID_PAD 32
/* Unbanded multi-word Levenshtein along anti-diagonals (strsim/wave.c):
** dense mask table aRow (nStride words a row, a multiple of 4; row 0
** zero), text rows aTid[0..n) (TK_STRSIM_TID_PAD zeros either side),
** pattern of m code points. */
int tk_strsim__wave(const uint64_t *aRow, size_t nStride, const uint32_t *aTid,
                    size_t n, size_t m, tk_work *pWork, size_t *pDist);
/* tk_strsim__idmap_id for c >= 128 (strsim/map.c). */
uint32_t tk_strsim__idmap_id_wide(tk_idmap *p, uint32_t c, int bAdd);

/* The id of c, adding it when bAdd (0 when absent and !bAdd); on OOM
** returns UINT32_MAX.  ASCII inline, the rest hashed. */
static inline uint32_t tk_strsim__idmap_id(tk_idmap *p, uint32_t c, int bAdd) {
  if (c >= 128) return tk_strsim__idmap_id_wide(p, c, bAdd);
  if (!p->aAscii[c] && bAdd) p->aAscii[c] = ++p->nId;
  return p->aAscii[c];
}

/* OSA distance of code point arrays (strsim/edit.c); Damerau-Levenshtein
** uses it as the upper bound that bands its table. */
int tk_strsim__osa_cp(const uint32_t *s, size_t m, const uint32_t *t, size_t n,
                      tk_work *pWork, size_t *pDist);

/* The longest strings tk_strsim__damerau_diag takes: its cells are 16-bit. */
#define TK_DAMERAU_DIAG_MAX 16000

/* Damerau-Levenshtein of ids aId[0..m) against aId[m..m+n) by vector
** anti-diagonals (strsim/damerau_diag.c); ids are 1..0xFFFD.  bBaseline
** forces the 8-lane kernel every CPU runs (tests use it).  TK_EINVAL
** when a length is 0 or above TK_DAMERAU_DIAG_MAX. */
int tk_strsim__damerau_diag(const uint32_t *aId, size_t m, size_t n,
                            int bBaseline, size_t *pDist);

#endif /* TK_STRSIM_INT_H */
