/*
** fuzz_dictionary.c -- libFuzzer target for dictionary entities: the input
** holds up to 7 "phrase TAB type" lines, then the text.  After tk_dict_add
** of each, tk_entities_run with that dictionary must give entities sorted,
** disjoint, non-empty and inside the text; each dictionary entity must
** cover whole tokens whose norms are exactly those of an added phrase, with
** the type last given for that phrase.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

#define MAX_PHRASES 7

/* One added phrase: its norm key (norms joined by 0x01) and its type. */
typedef struct Phrase {
  tk_buf key;
  const char *zType;
  size_t nType;
} Phrase;

/* The norms of the tokens of z[0..n) lying in [iFrom, iTo) joined by 0x01
** into pKey; -1 when a token straddles an edge, 0 otherwise. */
static int normKey(tk_tokenizer *t, const char *z, size_t n, size_t iFrom,
                   size_t iTo, tk_buf *pKey) {
  tk_token tok;
  int rc;
  tk_buf_reset(pKey);
  tk_tokenizer_reset(t, z, n);
  while ((rc = tk_tokenizer_next(t, &tok)) == 1) {
    size_t a = tok.iStart, b = a + tok.nLen;
    if (b <= iFrom) continue;
    if (a >= iTo) break;
    if (a < iFrom || b > iTo) return -1;
    if (pKey->n) tk_buf_putc(pKey, 1);
    tk_buf_append(pKey, tok.zNorm, tok.nNorm);
  }
  if (rc < 0) __builtin_trap();
  return 0;
}

/* One line of z[0..n) from *pi (without its '\n'). */
static void line(const char *z, size_t n, size_t *pi, const char **pz,
                 size_t *pn) {
  const char *e = memchr(z + *pi, '\n', n - *pi);
  *pz = z + *pi;
  *pn = e ? (size_t)(e - *pz) : n - *pi;
  *pi += *pn + (e != 0);
}

/* Check one dictionary entity against the phrases. */
static void checkDictEntity(tk_tokenizer *t, const char *z, size_t n,
                            const tk_entity *e, Phrase *a, size_t nPhrase,
                            tk_buf *pKey) {
  if (normKey(t, z, n, e->iStart, e->iStart + e->nLen, pKey) != 0 ||
      pKey->n == 0) {
    __builtin_trap(); /* not whole tokens */
  }
  const Phrase *pLast = 0;
  for (size_t k = 0; k < nPhrase; k++)
    if (a[k].key.n == pKey->n && !memcmp(a[k].key.z, pKey->z, pKey->n))
      pLast = &a[k];
  if (!pLast) __builtin_trap(); /* no such phrase */
  int eType = tk_entity_type_find(pLast->zType, pLast->nType);
  if (e->eType != eType) __builtin_trap();
  if (!eType && (strlen(e->zType) != pLast->nType ||
                 memcmp(e->zType, pLast->zType, pLast->nType))) {
    __builtin_trap();
  }
}

/* One fuzz input: byte 0 (bits 0-2: the number of phrase lines; bit 3:
** model on; bit 4: patterns on), the phrase lines, then the text. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  const char *z = (const char *)aData + 1;
  size_t n = nData - 1, i = 0, nPhrase = 0;
  static Phrase a[MAX_PHRASES];
  tk_dict *pDict = 0;
  tk_tokenizer *t = 0;
  tk_entities *pEnt = 0;
  tk_token_options to;
  char *zErr = 0;
  tk_token_options_init(&to);
  to.bPunct = 1; /* as the dictionary and the entities tokenize */
  if (tk_dict_new(&pDict) != TK_OK || tk_entities_new(&pEnt) != TK_OK ||
      tk_tokenizer_new(&to, &t, &zErr) != TK_OK) {
    goto done;
  }
  for (int k = 0; k < (aData[0] & 7) && i < n; k++) {
    const char *zLine, *zTab;
    size_t nLine;
    line(z, n, &i, &zLine, &nLine);
    zTab = memchr(zLine, '\t', nLine);
    if (!zTab || zTab == zLine + nLine - 1) continue;
    size_t nP = (size_t)(zTab - zLine);
    if (memchr(zTab + 1, 0, nLine - nP - 1)) continue; /* types are C text */
    Phrase *p = &a[nPhrase];
    p->zType = zTab + 1, p->nType = nLine - nP - 1;
    if (tk_dict_add(pDict, zLine, nP, p->zType, p->nType) != TK_OK) goto done;
    normKey(t, zLine, nP, 0, nP, &p->key);
    if (p->key.oom) goto done;
    if (p->key.n) nPhrase++;
  }
  tk_entity_options o;
  tk_entity_options_init(&o);
  o.bModel = (aData[0] & 8) != 0;
  o.bPatterns = (aData[0] & 16) != 0;
  o.pDict = pDict;
  const tk_entity *aEnt = 0;
  size_t nEnt = 0, iEnd = 0;
  tk_buf key = {0};
  if (tk_entities_run(pEnt, &o, z + i, n - i, &aEnt, &nEnt) == TK_OK) {
    for (size_t k = 0; k < nEnt; k++) {
      const tk_entity *e = &aEnt[k];
      if (e->iStart < iEnd || e->nLen == 0 || e->iStart + e->nLen > n - i ||
          !e->zType || !e->zNorm || !e->zCanonical) {
        __builtin_trap();
      }
      iEnd = e->iStart + e->nLen;
      if (e->eSource == TK_SRC_DICTIONARY)
        checkDictEntity(t, z + i, n - i, e, a, nPhrase, &key);
      else if (e->eSource == TK_SRC_MODEL ? !o.bModel : !o.bPatterns)
        __builtin_trap(); /* a source that was switched off */
    }
  }
  tk_buf_free(&key);
done:
  for (size_t k = 0; k < MAX_PHRASES; k++)
    tk_buf_free(&a[k].key);
  tk_tokenizer_free(t);
  tk_entities_free(pEnt);
  tk_dict_free(pDict);
  return 0;
}
