/*
** dictionary.c -- the phrase dictionary of entities(dictionary=<table>): a
** hashed token trie.  Each phrase is tokenized like the document (mode=text,
** punct=1, case-folded norms); trie edges live in one open-addressing hash
** table keyed by (parent node, token norm), so matching at a token costs
** one hash probe per token of the longest candidate, whatever the number
** of phrases.
**
**   tk_dict *d;  tk_dict_new(&d);
**   tk_dict_add(d, "New York Times", 14, "ORG", 3);
**   n = tk_entities__dict_match(d, &doc, i, &eType, &zType);   (longest match)
**   tk_dict_free(d);
*/
#include "entities_internal.h"

#include <string.h>

typedef struct DictEdge {
  uint64_t h;     /* hash of (parent, norm); 0 marks an empty slot */
  uint32_t iFrom; /* parent node */
  uint32_t iTo;   /* child node */
  uint32_t iKey;  /* the norm in aKey */
  uint32_t nKey;
} DictEdge;

struct tk_dict {
  tk_buf key;      /* norms of the edges, back to back */
  DictEdge *aEdge; /* hash table, nSlot a power of two */
  size_t nEdge, nSlot;
  int32_t *aNode; /* per node: type index + 1 (0: not a phrase end) */
  size_t nNode, nNodeAlloc;
  char **azType; /* type names (owned) */
  int *aeType;   /* their built-in type or 0 */
  size_t nType;
  tk_tokenizer *pTok;
};

/* FNV-1a over a norm, mixed with the parent node. */
static uint64_t edgeHash(uint32_t iFrom, const char *z, size_t n) {
  uint64_t h =
      1469598103934665603ull ^ ((uint64_t)iFrom * 0x9E3779B97F4A7C15ull);
  for (size_t k = 0; k < n; k++) {
    h ^= (unsigned char)z[k];
    h *= 1099511628211ull;
  }
  return h ? h : 1;
}

/* The slot of edge (iFrom, z) or of the empty slot where it would go. */
static size_t edgeSlot(const tk_dict *p, uint64_t h, uint32_t iFrom,
                       const char *z, size_t n) {
  size_t mask = p->nSlot - 1, k = (size_t)h & mask;
  for (;;) {
    const DictEdge *e = &p->aEdge[k];
    if (e->h == 0) return k;
    if (e->h == h && e->iFrom == iFrom && e->nKey == n &&
        memcmp(p->key.z + e->iKey, z, n) == 0)
      return k;
    k = (k + 1) & mask;
  }
}

/* Append a node; its index or -1 on OOM. */
static long newNode(tk_dict *p) {
  if (tk_reserve(&p->aNode, &p->nNodeAlloc, p->nNode, sizeof(*p->aNode))) {
    return -1;
  }
  p->aNode[p->nNode] = 0;
  return (long)p->nNode++;
}

/* Double the edge table. */
static int growEdges(tk_dict *p) {
  size_t nNew = p->nSlot ? p->nSlot * 2 : 256;
  DictEdge *aOld = p->aEdge;
  size_t nOld = p->nSlot;
  p->aEdge = tk_malloc(nNew * sizeof(DictEdge));
  if (!p->aEdge) {
    p->aEdge = aOld;
    return TK_ENOMEM;
  }
  memset(p->aEdge, 0, nNew * sizeof(DictEdge));
  p->nSlot = nNew;
  for (size_t k = 0; k < nOld; k++) {
    if (aOld[k].h == 0) continue;
    size_t mask = nNew - 1, s = (size_t)aOld[k].h & mask;
    while (p->aEdge[s].h)
      s = (s + 1) & mask;
    p->aEdge[s] = aOld[k];
  }
  tk_free(aOld);
  return TK_OK;
}

/* A new, empty dictionary. */
int tk_dict_new(tk_dict **pp) {
  tk_dict *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  tk_token_options o;
  tk_token_options_init(&o);
  o.bPunct = 1;
  char *zErr = 0;
  int rc = tk_tokenizer_new(&o, &p->pTok, &zErr);
  tk_free(zErr);
  if (rc == TK_OK && newNode(p) < 0) rc = TK_ENOMEM;
  if (rc == TK_OK) rc = growEdges(p);
  if (rc != TK_OK) {
    tk_dict_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Free a dictionary and everything it owns. */
void tk_dict_free(tk_dict *p) {
  if (!p) return;
  for (size_t k = 0; k < p->nType; k++)
    tk_free(p->azType[k]);
  tk_free(p->azType);
  tk_free(p->aeType);
  tk_free(p->aEdge);
  tk_free(p->aNode);
  tk_buf_free(&p->key);
  tk_tokenizer_free(p->pTok);
  tk_free(p);
}

/* The index of type z[0..n), added when new; -1 on OOM. */
static long typeIndex(tk_dict *p, const char *z, size_t n) {
  int eType = tk_entity_type_find(z, n);
  for (size_t k = 0; k < p->nType; k++) {
    if (eType ? p->aeType[k] == eType
              : (strlen(p->azType[k]) == n && memcmp(p->azType[k], z, n) == 0))
      return (long)k;
  }
  char **az = tk_realloc(p->azType, (p->nType + 1) * sizeof(char *));
  if (!az) return -1;
  p->azType = az;
  int *ae = tk_realloc(p->aeType, (p->nType + 1) * sizeof(int));
  if (!ae) return -1;
  p->aeType = ae;
  const char *zName = eType ? tk_entity_type_name(eType) : 0;
  az[p->nType] =
      zName ? tk_mprintf("%s", zName) : tk_mprintf("%.*s", (int)n, z);
  if (!az[p->nType]) return -1;
  ae[p->nType] = eType;
  return (long)p->nType++;
}

/* Add one phrase with its type. */
int tk_dict_add(tk_dict *p, const char *zPhrase, size_t nPhrase,
                const char *zType, size_t nType) {
  if (nType == 0) return TK_OK;
  long iType = typeIndex(p, zType, nType);
  if (iType < 0) return TK_ENOMEM;
  uint32_t iNode = 0;
  int rc, nTok = 0;
  tk_token t;
  tk_tokenizer_reset(p->pTok, zPhrase, nPhrase);
  while ((rc = tk_tokenizer_next(p->pTok, &t)) == 1) {
    if ((p->nEdge + 1) * 4 > p->nSlot * 3 && growEdges(p)) return TK_ENOMEM;
    uint64_t h = edgeHash(iNode, t.zNorm, t.nNorm);
    size_t s = edgeSlot(p, h, iNode, t.zNorm, t.nNorm);
    if (p->aEdge[s].h == 0) {
      long iNew = newNode(p);
      size_t iKey = p->key.n;
      tk_buf_append(&p->key, t.zNorm, t.nNorm);
      if (iNew < 0 || p->key.oom) return TK_ENOMEM;
      DictEdge *e = &p->aEdge[s];
      e->h = h;
      e->iFrom = iNode;
      e->iTo = (uint32_t)iNew;
      e->iKey = (uint32_t)iKey;
      e->nKey = (uint32_t)t.nNorm;
      p->nEdge++;
    }
    iNode = p->aEdge[s].iTo;
    nTok++;
  }
  if (rc < 0) return rc;
  if (nTok) p->aNode[iNode] = (int32_t)iType + 1;
  return TK_OK;
}

/* The longest phrase starting at token i of the document. */
int tk_entities__dict_match(const tk_dict *p, const tk_edoc *pDoc, size_t i,
                            int *peType, const char **pzType) {
  uint32_t iNode = 0;
  int nBest = 0;
  for (size_t j = i; j < pDoc->nTok; j++) {
    const char *z = tk_etok_norm(pDoc, j);
    size_t n = pDoc->a[j].nNorm;
    uint64_t h = edgeHash(iNode, z, n);
    size_t s = edgeSlot(p, h, iNode, z, n);
    if (p->aEdge[s].h == 0) break;
    iNode = p->aEdge[s].iTo;
    int32_t t = p->aNode[iNode];
    if (t) {
      nBest = (int)(j - i + 1);
      *peType = p->aeType[t - 1];
      *pzType = p->azType[t - 1];
    }
  }
  return nBest;
}
