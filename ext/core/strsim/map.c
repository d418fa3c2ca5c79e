/*
** strsim/map.c -- the growing code point -> dense id map that the
** multi-word bit-parallel algorithms and Damerau-Levenshtein use to turn
** characters into small array indexes (strsim/strsim_internal.h declares it).
*/
#include "strsim_internal.h"

/* An empty map. */
void tk_strsim__idmap_init(tk_idmap *p) {
  memset(p, 0, sizeof(*p));
}

/* Free the hashed part. */
void tk_strsim__idmap_free(tk_idmap *p) {
  tk_free(p->aKey);
  tk_free(p->aId);
  p->aKey = p->aId = 0;
}

/* Double the hashed table (or create it with 64 slots). */
static int idmapGrow(tk_idmap *p) {
  int nBits = p->nBits ? p->nBits + 1 : 6;
  size_t nSlot = (size_t)1 << nBits;
  uint32_t *aKey = tk_malloc(nSlot * sizeof(uint32_t));
  uint32_t *aId = tk_malloc(nSlot * sizeof(uint32_t));
  if (!aKey || !aId) {
    tk_free(aKey);
    tk_free(aId);
    return TK_ENOMEM;
  }
  memset(aKey, 0, nSlot * sizeof(uint32_t));
  size_t nOld = p->nBits ? (size_t)1 << p->nBits : 0;
  for (size_t i = 0; i < nOld; i++) {
    if (!p->aKey[i]) continue;
    uint32_t h = tk_cphash(p->aKey[i] - 1, nBits);
    while (aKey[h])
      h = (h + 1) & (uint32_t)(nSlot - 1);
    aKey[h] = p->aKey[i];
    aId[h] = p->aId[i];
  }
  tk_strsim__idmap_free(p);
  p->aKey = aKey;
  p->aId = aId;
  p->nBits = nBits;
  return TK_OK;
}

/* Look a non-ASCII c up; add it with the next id when bAdd and absent. */
uint32_t tk_strsim__idmap_id_wide(tk_idmap *p, uint32_t c, int bAdd) {
  if (p->nBits) {
    uint32_t mask = ((uint32_t)1 << p->nBits) - 1;
    uint32_t h = tk_cphash(c, p->nBits);
    while (p->aKey[h]) {
      if (p->aKey[h] == c + 1) return p->aId[h];
      h = (h + 1) & mask;
    }
  }
  if (!bAdd) return 0;
  if (!p->nBits || 2 * (p->nWide + 1) > ((size_t)1 << p->nBits)) {
    if (idmapGrow(p)) return UINT32_MAX;
  }
  uint32_t mask = ((uint32_t)1 << p->nBits) - 1;
  uint32_t h = tk_cphash(c, p->nBits);
  while (p->aKey[h])
    h = (h + 1) & mask;
  p->aKey[h] = c + 1;
  p->aId[h] = ++p->nId;
  p->nWide++;
  return p->nId;
}
