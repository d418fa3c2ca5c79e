/*
** ner/clusters.c -- word clusters as tagger features: the table that
** `make clusters` (ext/tools/word_clusters.c) learns from unlabeled
** Wikipedia text maps a word, as written, to its path in a binary cluster
** tree; the features of a capitalized token are prefixes of that path
** (its first 4, 8 and 16 steps, and the first 8 of the words before and
** after it), so a name never seen in training shares features with the
** words it was clustered with.
**
**   tk_ner__cluster_mark(a, nTok);          once per sentence
**   n = tk_ner__cluster_features(a, nTok, i, aKey);   per token
**
** Cluster table file (little-endian), linked in by ner/clusters_data.c:
**   bytes 0..7    "TKCLU01\0"
**   8..11         u32 nSlotBits: the table has 1<<nSlotBits slots (0: empty)
**   12..15        u32 nWords: the words in it
**   16..19        u32 nClasses: the leaves of the tree
**   20..23        zero
**   24..63        NUL-terminated table name
**   64..          (1<<nSlotBits) u64 slots, linear probing from the key's
**                 top bits: the word's key (tk_ner__cluster_key) with its
**                 low TK_NER_CLUSTER_CODEBITS bits replaced by its path
**                 code, (1 << nSteps) | path (first step in the highest
**                 bit, nSteps < TK_NER_CLUSTER_CODEBITS), or 0 when empty:
**                 one memory access per lookup
*/
#include "ner_internal.h"

#include <string.h>

#define CLUSTER_MAGIC "TKCLU01"
#define CLUSTER_HEADER 64
#define CODE_MASK (((uint64_t)1 << TK_NER_CLUSTER_CODEBITS) - 1)

/* The table's bytes, linked in by ner/clusters_data.c. */
extern const unsigned char tk_ner__cluster_data[];

/* The prefix features: the token at offset iOffset from the current one,
** its path cut to nLen steps (whole when shorter). */
static const struct {
  int iOffset, nLen;
} aPrefix[] = {{0, 4}, {0, 8}, {0, 16}, {-1, 8}, {1, 8}};
_Static_assert(sizeof aPrefix / sizeof aPrefix[0] <= TK_NER_CLUSTER_MAXFEAT,
               "more cluster features than TK_NER_CLUSTER_MAXFEAT");

/* A little-endian u32 of the table header. */
static uint32_t headerU32(int iOffset) {
  const unsigned char *p = tk_ner__cluster_data + iOffset;
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* The table's slot count, log 2; 0 when the table is empty or invalid. */
static unsigned slotBits(void) {
  if (memcmp(tk_ner__cluster_data, CLUSTER_MAGIC, 8) != 0) return 0;
  uint32_t n = headerU32(8);
  return n <= 30 ? n : 0;
}

/* SplitMix64's finalizer. */
static uint64_t mix64(uint64_t h) {
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

/* The table key of a word's hWord (the low TK_NER_CLUSTER_CODEBITS bits
** clear, never 0). */
uint64_t tk_ner__cluster_key(uint64_t hWord) {
  uint64_t h = mix64(hWord ^ 0x7f4a7c159e3779b9ULL) & ~CODE_MASK;
  return h ? h : CODE_MASK + 1;
}

/* The slots of the table (1 << nBits of them, nBits > 0). */
static const uint64_t *tableSlots(void) {
  return (const uint64_t *)(const void *)(tk_ner__cluster_data +
                                          CLUSTER_HEADER);
}

/* The path code stored for key in the table aSlot of 1 << nBits slots. */
static uint32_t probe(const uint64_t *aSlot, unsigned nBits, uint64_t key) {
  size_t mask = ((size_t)1 << nBits) - 1;
  for (size_t s = (size_t)(key >> (64 - nBits));; s = (s + 1) & mask) {
    if (aSlot[s] == 0) return 0;
    if ((aSlot[s] & ~CODE_MASK) == key) return (uint32_t)(aSlot[s] & CODE_MASK);
  }
}

/* The path code of a word (see ner_internal.h). */
uint32_t tk_ner__cluster_of(uint64_t hWord) {
  unsigned nBits = slotBits();
  return nBits ? probe(tableSlots(), nBits, tk_ner__cluster_key(hWord)) : 0;
}

/* 1 when the word starts with a capital or has no lower-case letter, or
** is in an all-lower-case line (looked up capitalized then, features.c):
** the only tokens given cluster features (a lower-case word in normally
** cased text is rarely in an entity, and leaving it out keeps the tagger
** fast). */
static int isCapitalized(const tk_ner_info *p) {
  return (p->fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP | TK_NER_C_LOWLINE)) !=
         0;
}

/* 1 when token k of a[0..nTok) is capitalized or next to a capitalized
** one: the tokens whose clusters the features use. */
static int isNeeded(const tk_ner_info *a, int nTok, int k) {
  return isCapitalized(&a[k]) || (k > 0 && isCapitalized(&a[k - 1])) ||
         (k + 1 < nTok && isCapitalized(&a[k + 1]));
}

/* Look up the words of a sentence that the features use, once each (see
** ner_internal.h); the others get 0.  The slots of a batch of words are
** prefetched together, so their cache misses overlap. */
void tk_ner__cluster_mark(tk_ner_info *a, int nTok) {
  enum { BATCH = 32 };
  unsigned nBits = slotBits();
  const uint64_t *aSlot = tableSlots();
  uint64_t aKey[BATCH];
  for (int i = 0; i < nTok; i += BATCH) {
    int n = nTok - i < BATCH ? nTok - i : BATCH;
    for (int k = 0; k < n; k++) {
      aKey[k] = nBits && isNeeded(a, nTok, i + k)
                    ? tk_ner__cluster_key(a[i + k].hWord)
                    : 0;
      if (aKey[k]) __builtin_prefetch(aSlot + (aKey[k] >> (64 - nBits)));
    }
    for (int k = 0; k < n; k++)
      a[i + k].uCluster = aKey[k] ? probe(aSlot, nBits, aKey[k]) : 0;
  }
}

/* The first nLen steps of path code u (all of it when shorter; u != 0). */
static uint32_t pathPrefix(uint32_t u, int nLen) {
  int nSteps = 31 - __builtin_clz(u);
  return nSteps > nLen ? u >> (nSteps - nLen) : u;
}

/* The cluster features of token i (see ner_internal.h). */
int tk_ner__cluster_features(const tk_ner_info *a, int nTok, int i,
                             uint64_t *aKey) {
  int n = 0;
  if (!isCapitalized(&a[i])) return 0;
  for (size_t k = 0; k < sizeof aPrefix / sizeof aPrefix[0]; k++) {
    int j = i + aPrefix[k].iOffset;
    if (j < 0 || j >= nTok || a[j].uCluster == 0) continue;
    uint64_t v = pathPrefix(a[j].uCluster, aPrefix[k].nLen);
    aKey[n++] = mix64(v ^ (uint64_t)(k + 1) * 0xd6e8feb86659fd93ULL);
  }
  return n;
}

/* The table's name (see ner_internal.h). */
const char *tk_ner__cluster_name(void) {
  return slotBits() ? (const char *)tk_ner__cluster_data + 24 : "";
}
