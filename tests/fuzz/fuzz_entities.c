/*
** fuzz_entities.c -- libFuzzer target for entity extraction (patterns,
** relative dates resolved against a ref date or the text's own date, and
** the statistical tagger):
** on any bytes the entities must be sorted, disjoint, non-empty, inside the
** text, of a known type, with NUL-terminated norm and canonical name and a
** score in (0, 1].
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* One fuzz input: byte 0 picks model on/off, a ref date or ref=auto and
** the type vote on/off, the rest is the text. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  const char *z = (const char *)aData + 1;
  size_t n = nData - 1;
  tk_entity_options o;
  char *zErr = 0;
  tk_entity_options_init(&o);
  if (tk_entity_options_set(&o, "model", 5, aData[0] & 1 ? "1" : "0", 1,
                            &zErr) != TK_OK) {
    __builtin_trap();
  }
  if (aData[0] & 2) {
    const char *zRef = aData[0] & 4 ? "2014-02-07" : "2016-01-03";
    if (tk_entity_options_set(&o, "ref", 3, zRef, 10, &zErr) != TK_OK)
      __builtin_trap();
  } else if (aData[0] & 16) { /* the text's own date, and its years */
    if (tk_entity_options_set(&o, "ref", 3, "auto", 4, &zErr) != TK_OK)
      __builtin_trap();
  }
  if (aData[0] & 8) o.bVote = 0;
  tk_entities *p = 0;
  if (tk_entities_new(&p) != TK_OK) return 0;
  const tk_entity *a = 0;
  size_t nEnt = 0, iEnd = 0;
  if (tk_entities_run(p, &o, z, n, &a, &nEnt) == TK_OK) {
    for (size_t i = 0; i < nEnt; i++) {
      const tk_entity *e = &a[i];
      if (e->iStart < iEnd || e->nLen == 0 || e->iStart + e->nLen > n ||
          e->eType < 1 || e->eType >= TK_ENT_NTYPE || !e->zType || !e->zNorm ||
          strlen(e->zNorm) != e->nNorm || !e->zCanonical ||
          strlen(e->zCanonical) != e->nCanonical || !(e->rScore > 0) ||
          e->rScore > 1) {
        __builtin_trap();
      }
      iEnd = e->iStart + e->nLen;
    }
  }
  tk_entities_free(p);
  return 0;
}
