/*
** overlap.c -- passages two texts share (text_overlap()):
**
**   tk_passage *a;  size_t n;
**   tk_overlap(zA, nA, zB, nB, 8, &a, &n);
**
** Both texts are tokenized (default options: case-folded norms, no
** punctuation) and each word becomes an integer id (the words of a are
** interned; a word of b that a lacks gets OV_ABSENT).  Every nMin-word
** shingle of a goes into a hash table of distinct shingles, each with the
** chain of its positions in a.  b is then scanned left to right with a
** rolling hash: where its shingle occurs in a, up to
** TK_OVERLAP_MAX_CANDIDATES occurrences are extended forward and the
** longest (the earliest on ties) becomes a passage; the scan resumes after
** it, so every word of b is in at most one passage.  Time is linear in the
** words of both texts (times the candidate cap in the worst case); memory
** is 12 bytes per word of b and at most about 50 per word of a (12 for the
** word, 4 for its chain link, up to 32 in the slot table, kept at most
** half full), plus the distinct words of a.
*/
#include "textkit.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define OV_ABSENT UINT32_MAX
#define OV_NONE UINT32_MAX
/* Work counted per word of the index and scan loops (tk_work): a word is
** about 6 bytes of prose. */
#define OV_CELLS_PER_WORD (6 * TK_WORK_CELLS_PER_BYTE)

/* The words of one text: ids and byte spans. */
typedef struct OvWords {
  uint32_t *aId;
  uint32_t *aStart, *aEnd;
  size_t n, cap;
} OvWords;

/* The interner of a's words: open addressing over (hash, id); the norms
** live in one buffer, word id k at aOff[k] with length aLen[k]. */
typedef struct OvDict {
  uint32_t *aSlot; /* id + 1, 0 when empty */
  uint32_t *aHash; /* hash of each id */
  size_t *aOff;
  uint32_t *aLen;
  size_t nSlot, nId, nIdAlloc;
  tk_buf norms;
} OvDict;

/* What the tokenizer callback needs. */
typedef struct OvCtx {
  OvDict *pDict;
  OvWords *pWords;
  int bIntern; /* 1 for a (add new words), 0 for b (look up only) */
  int rc;
} OvCtx;

/* FNV-1a over bytes, finished by a multiply-xorshift mix. */
static uint32_t hashBytes(const char *z, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)z[i];
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return (uint32_t)(h ^ (h >> 32));
}

/* Double the interner's slot table (or create it). */
static int dictGrow(OvDict *p) {
  size_t nNew = p->nSlot ? p->nSlot * 2 : 1024;
  uint32_t *aNew = tk_malloc(nNew * sizeof(uint32_t));
  if (!aNew) return TK_ENOMEM;
  memset(aNew, 0, nNew * sizeof(uint32_t));
  for (size_t k = 0; k < p->nId; k++) {
    size_t s = p->aHash[k] & (nNew - 1);
    while (aNew[s])
      s = (s + 1) & (nNew - 1);
    aNew[s] = (uint32_t)k + 1;
  }
  tk_free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  return TK_OK;
}

/* Append a new id for the norm z[0..n) with hash h; its id or OV_ABSENT
** on OOM. */
static uint32_t dictAdd(OvDict *p, const char *z, size_t n, uint32_t h) {
  if (p->nId == p->nIdAlloc) {
    size_t nNew = p->nIdAlloc ? p->nIdAlloc * 2 : 1024;
    uint32_t *aHash = tk_realloc(p->aHash, nNew * sizeof(uint32_t));
    if (aHash) p->aHash = aHash;
    size_t *aOff = tk_realloc(p->aOff, nNew * sizeof(size_t));
    if (aOff) p->aOff = aOff;
    uint32_t *aLen = tk_realloc(p->aLen, nNew * sizeof(uint32_t));
    if (aLen) p->aLen = aLen;
    if (!aHash || !aOff || !aLen) return OV_ABSENT;
    p->nIdAlloc = nNew;
  }
  p->aHash[p->nId] = h;
  p->aOff[p->nId] = p->norms.n;
  p->aLen[p->nId] = (uint32_t)n;
  tk_buf_append(&p->norms, z, n);
  if (p->norms.oom) return OV_ABSENT;
  return (uint32_t)p->nId++;
}

/* The id of the norm z[0..n), adding it when bAdd; OV_ABSENT when it is
** not there (or on OOM, with *pRc set). */
static uint32_t dictId(OvDict *p, const char *z, size_t n, int bAdd, int *pRc) {
  if (p->nId * 2 >= p->nSlot && (*pRc = dictGrow(p)) != TK_OK) return OV_ABSENT;
  uint32_t h = hashBytes(z, n);
  size_t s = h & (p->nSlot - 1);
  for (; p->aSlot[s]; s = (s + 1) & (p->nSlot - 1)) {
    uint32_t k = p->aSlot[s] - 1;
    if (p->aHash[k] == h && p->aLen[k] == n &&
        memcmp(p->norms.z + p->aOff[k], z, n) == 0)
      return k;
  }
  if (!bAdd) return OV_ABSENT;
  uint32_t k = dictAdd(p, z, n, h);
  if (k == OV_ABSENT) {
    *pRc = TK_ENOMEM;
    return OV_ABSENT;
  }
  p->aSlot[s] = k + 1;
  return k;
}

/* Free the interner. */
static void dictFree(OvDict *p) {
  tk_free(p->aSlot);
  tk_free(p->aHash);
  tk_free(p->aOff);
  tk_free(p->aLen);
  tk_buf_free(&p->norms);
}

/* Append one word to p; TK_ENOMEM when it cannot grow. */
static int wordsPush(OvWords *p, uint32_t id, int iStart, int iEnd) {
  if (p->n == p->cap) {
    size_t nNew = p->cap ? p->cap * 2 : 256;
    uint32_t *a = tk_realloc(p->aId, nNew * sizeof(uint32_t));
    if (a) p->aId = a;
    uint32_t *s = tk_realloc(p->aStart, nNew * sizeof(uint32_t));
    if (s) p->aStart = s;
    uint32_t *e = tk_realloc(p->aEnd, nNew * sizeof(uint32_t));
    if (e) p->aEnd = e;
    if (!a || !s || !e) return TK_ENOMEM;
    p->cap = nNew;
  }
  p->aId[p->n] = id;
  p->aStart[p->n] = (uint32_t)iStart;
  p->aEnd[p->n] = (uint32_t)iEnd;
  p->n++;
  return TK_OK;
}

/* Free a word list. */
static void wordsFree(OvWords *p) {
  tk_free(p->aId);
  tk_free(p->aStart);
  tk_free(p->aEnd);
}

/* tk_tokenizer_run callback: one word of a or b. */
static int onToken(void *pCtx, int flags, const char *zNorm, int nNorm,
                   int iStart, int iEnd) {
  (void)flags;
  OvCtx *p = pCtx;
  uint32_t id = dictId(p->pDict, zNorm, (size_t)nNorm, p->bIntern, &p->rc);
  if (p->rc == TK_OK) p->rc = wordsPush(p->pWords, id, iStart, iEnd);
  return p->rc;
}

/* Tokenize z[0..n) into *pWords (interning when bIntern), with room
** reserved for a word per 6 bytes (typical of prose) to spare regrowth. */
static int readWords(tk_tokenizer *pTok, OvDict *pDict, const char *z, size_t n,
                     int bIntern, OvWords *pWords) {
  OvCtx c = {pDict, pWords, bIntern, TK_OK};
  size_t nReserve = n / 6 + 64;
  pWords->aId = tk_malloc(nReserve * sizeof(uint32_t));
  pWords->aStart = tk_malloc(nReserve * sizeof(uint32_t));
  pWords->aEnd = tk_malloc(nReserve * sizeof(uint32_t));
  if (!pWords->aId || !pWords->aStart || !pWords->aEnd) return TK_ENOMEM;
  pWords->cap = nReserve;
  int rc = tk_tokenizer_run(pTok, z, n, 1, onToken, &c);
  return rc < 0 ? rc : c.rc;
}

/* The shingle index of a: distinct shingles in open addressing (first
** position + 1 and hash per slot, grown to stay at most half full), aNext
** chaining equal shingles in increasing position. */
typedef struct OvIndex {
  const uint32_t *aId; /* a's word ids */
  size_t k;            /* shingle length */
  uint32_t *aFirst;    /* per slot: first position + 1, 0 when empty */
  uint32_t *aSlotHash; /* per slot: the shingle's hash */
  uint32_t *aNext;     /* per position: next equal shingle or OV_NONE */
  size_t nSlot, nUsed;
} OvIndex;

/* The multiplier of the rolling shingle hash (odd, so invertible). */
#define OV_MULT 0x9E3779B97F4A7C15ull

/* A word id spread over 64 bits for the rolling hash. */
static uint64_t mixId(uint32_t id) {
  return ((uint64_t)id + 1) * 0xff51afd7ed558ccdull;
}

/* The hash of the shingle aId[0..k): sum of mixId(aId[t]) M^(k-1-t). */
static uint64_t shingleHash(const uint32_t *aId, size_t k) {
  uint64_t h = 0;
  for (size_t t = 0; t < k; t++)
    h = h * OV_MULT + mixId(aId[t]);
  return h;
}

/* OV_MULT^(k-1), for rolling the hash. */
static uint64_t multPow(size_t k) {
  uint64_t h = 1;
  for (size_t t = 1; t < k; t++)
    h *= OV_MULT;
  return h;
}

/* The table's hash of a 64-bit shingle hash. */
static uint32_t foldHash(uint64_t h) {
  return (uint32_t)(h ^ (h >> 32));
}

/* The slot holding the shingle aKey[0..k) with hash h, or of the empty
** slot where it would go. */
static size_t indexFind(const OvIndex *p, const uint32_t *aKey, uint32_t h) {
  size_t s = h & (p->nSlot - 1);
  for (; p->aFirst[s]; s = (s + 1) & (p->nSlot - 1)) {
    if (p->aSlotHash[s] != h) continue;
    const uint32_t *aRep = p->aId + (p->aFirst[s] - 1);
    if (memcmp(aRep, aKey, p->k * sizeof(uint32_t)) == 0) return s;
  }
  return s;
}

/* Resize the slot table to nNew slots (a power of two). */
static int indexResize(OvIndex *p, size_t nNew) {
  uint32_t *aFirst = tk_malloc(nNew * sizeof(uint32_t));
  uint32_t *aHash = tk_malloc(nNew * sizeof(uint32_t));
  if (!aFirst || !aHash) {
    tk_free(aFirst);
    tk_free(aHash);
    return TK_ENOMEM;
  }
  memset(aFirst, 0, nNew * sizeof(uint32_t));
  for (size_t s = 0; s < p->nSlot; s++) {
    if (!p->aFirst[s]) continue;
    size_t t = p->aSlotHash[s] & (nNew - 1);
    while (aFirst[t])
      t = (t + 1) & (nNew - 1);
    aFirst[t] = p->aFirst[s];
    aHash[t] = p->aSlotHash[s];
  }
  tk_free(p->aFirst);
  tk_free(p->aSlotHash);
  p->aFirst = aFirst;
  p->aSlotHash = aHash;
  p->nSlot = nNew;
  return TK_OK;
}

/* Build the shingle index of a (n words, k >= 1, n >= k), from the last
** shingle to the first so each chain comes out in increasing position:
** the hash rolls backwards with the inverse of OV_MULT. */
static int indexBuild(OvIndex *p, const uint32_t *aId, size_t n, size_t k,
                      tk_work *pWork) {
  size_t nShingle = n - k + 1;
  memset(p, 0, sizeof(*p));
  p->aId = aId;
  p->k = k;
  p->aNext = tk_malloc(nShingle * sizeof(uint32_t));
  size_t nSlot = 1024; /* room for every shingle at load 1; doubled below
                          only when most shingles are distinct */
  while (nSlot < nShingle)
    nSlot *= 2;
  if (!p->aNext || indexResize(p, nSlot) != TK_OK) return TK_ENOMEM;
  uint64_t hPow = multPow(k), inv = OV_MULT;
  for (int t = 0; t < 6; t++)
    inv *= 2 - OV_MULT * inv; /* Newton: OV_MULT * inv == 1 mod 2^64 */
  uint64_t h = shingleHash(aId + nShingle - 1, k);
  for (size_t i = nShingle; i-- > 0;) {
    if (tk_work_poll(pWork, OV_CELLS_PER_WORD)) return TK_EINTERRUPT;
    if (i + 1 < nShingle)
      h = (h - mixId(aId[i + k])) * inv + mixId(aId[i]) * hPow;
    if (p->nUsed * 2 >= p->nSlot && indexResize(p, p->nSlot * 2) != TK_OK)
      return TK_ENOMEM;
    uint32_t hf = foldHash(h);
    size_t s = indexFind(p, aId + i, hf);
    if (p->aFirst[s]) {
      p->aNext[i] = p->aFirst[s] - 1;
    } else {
      p->aNext[i] = OV_NONE;
      p->aSlotHash[s] = hf;
      p->nUsed++;
    }
    p->aFirst[s] = (uint32_t)i + 1;
  }
  return TK_OK;
}

/* Free the shingle index. */
static void indexFree(OvIndex *p) {
  tk_free(p->aFirst);
  tk_free(p->aSlotHash);
  tk_free(p->aNext);
}

/* The growing result. */
typedef struct OvOut {
  tk_passage *a;
  size_t n, cap;
} OvOut;

/* Record the passage of nWords words at word iA of a and jB of b. */
static int outPush(OvOut *p, const OvWords *pA, const OvWords *pB, size_t iA,
                   size_t jB, size_t nWords) {
  if (tk_reserve(&p->a, &p->cap, p->n, sizeof(*p->a))) return TK_ENOMEM;
  tk_passage *r = &p->a[p->n++];
  memset(r, 0, sizeof(*r));
  r->iAStart = pA->aStart[iA];
  r->nABytes = pA->aEnd[iA + nWords - 1] - r->iAStart;
  r->iBStart = pB->aStart[jB];
  r->nBBytes = pB->aEnd[jB + nWords - 1] - r->iBStart;
  r->nWords = nWords;
  return TK_OK;
}

/* The longest forward match of b's shingle at jB among its occurrences in
** a (chain from iFirst): sets *piBest and returns the length. */
static size_t bestMatch(const OvIndex *pIdx, const OvWords *pA,
                        const OvWords *pB, uint32_t iFirst, size_t jB,
                        size_t *piBest) {
  size_t nBest = 0, nTried = 0, k = pIdx->k;
  for (uint32_t i = iFirst; i != OV_NONE && nTried < TK_OVERLAP_MAX_CANDIDATES;
       i = pIdx->aNext[i], nTried++) {
    size_t L = k;
    while (i + L < pA->n && jB + L < pB->n && pA->aId[i + L] == pB->aId[jB + L])
      L++;
    if (L > nBest) {
      nBest = L;
      *piBest = i;
    }
    if (jB + L == pB->n) break; /* no occurrence can go further */
  }
  return nBest;
}

/* The first j' >= j where b's window [j', j'+k) holds no word absent from
** a, or pB->n when there is none. */
static size_t nextWindow(const OvWords *pB, size_t j, size_t k) {
  size_t t = j;
  while (j + k <= pB->n) {
    while (t < j + k && pB->aId[t] != OV_ABSENT)
      t++;
    if (t == j + k) return j;
    j = t + 1;
    t = j;
  }
  return pB->n;
}

/* Scan b against the index, appending every passage to *pOut. */
static int scanB(const OvIndex *pIdx, const OvWords *pA, const OvWords *pB,
                 tk_work *pWork, OvOut *pOut) {
  size_t k = pIdx->k;
  uint64_t hPow = multPow(k);
  size_t j = nextWindow(pB, 0, k);
  uint64_t h = j + k <= pB->n ? shingleHash(pB->aId + j, k) : 0;
  while (j + k <= pB->n) {
    if (tk_work_poll(pWork, OV_CELLS_PER_WORD)) return TK_EINTERRUPT;
    size_t s = indexFind(pIdx, pB->aId + j, foldHash(h));
    size_t L = 0, iBest = 0;
    if (pIdx->aFirst[s])
      L = bestMatch(pIdx, pA, pB, pIdx->aFirst[s] - 1, j, &iBest);
    if (L > 0) {
      if (outPush(pOut, pA, pB, iBest, j, L) != TK_OK) return TK_ENOMEM;
      j = nextWindow(pB, j + L, k);
      if (j + k <= pB->n) h = shingleHash(pB->aId + j, k);
    } else if (j + k < pB->n && pB->aId[j + k] != OV_ABSENT) {
      h = (h - mixId(pB->aId[j]) * hPow) * OV_MULT + mixId(pB->aId[j + k]);
      j++;
    } else {
      j = nextWindow(pB, j + k + 1, k);
      if (j + k <= pB->n) h = shingleHash(pB->aId + j, k);
    }
  }
  return TK_OK;
}

/* Passage order: by a position, then by b position. */
static int cmpPassage(const void *x, const void *y) {
  const tk_passage *p = x, *q = y;
  if (p->iAStart != q->iAStart) return p->iAStart < q->iAStart ? -1 : 1;
  if (p->iBStart != q->iBStart) return p->iBStart < q->iBStart ? -1 : 1;
  return 0;
}

/* A byte offset to convert and where its character offset goes. */
typedef struct OvPos {
  size_t iByte;
  size_t *pOut;
} OvPos;

/* OvPos order: by byte offset. */
static int cmpPos(const void *x, const void *y) {
  const OvPos *p = x, *q = y;
  return p->iByte < q->iByte ? -1 : p->iByte > q->iByte;
}

/* Fill the character offsets and lengths of every passage from their byte
** spans: each text's offsets sorted once, then one forward sweep. */
static int fillChars(tk_passage *a, size_t n, const char *zA, size_t nA,
                     const char *zB, size_t nB) {
  OvPos *aPos = tk_malloc(n * 2 * sizeof(OvPos) + 1);
  size_t *aEnd = tk_malloc(n * 2 * sizeof(size_t) + 1);
  if (!aPos || !aEnd) {
    tk_free(aPos);
    tk_free(aEnd);
    return TK_ENOMEM;
  }
  for (int bSideB = 0; bSideB < 2; bSideB++) {
    for (size_t i = 0; i < n; i++) {
      size_t s = bSideB ? a[i].iBStart : a[i].iAStart;
      size_t len = bSideB ? a[i].nBBytes : a[i].nABytes;
      aPos[2 * i].iByte = s;
      aPos[2 * i].pOut = bSideB ? &a[i].iBChar : &a[i].iAChar;
      aPos[2 * i + 1].iByte = s + len;
      aPos[2 * i + 1].pOut = &aEnd[i];
    }
    qsort(aPos, n * 2, sizeof(OvPos), cmpPos);
    tk_charpos cp;
    tk_charpos_init(&cp, bSideB ? zB : zA, bSideB ? nB : nA);
    for (size_t i = 0; i < n * 2; i++)
      *aPos[i].pOut = tk_charpos_at(&cp, aPos[i].iByte);
    for (size_t i = 0; i < n; i++) {
      if (bSideB) {
        a[i].nBChars = aEnd[i] - a[i].iBChar;
      } else {
        a[i].nAChars = aEnd[i] - a[i].iAChar;
      }
    }
  }
  tk_free(aPos);
  tk_free(aEnd);
  return TK_OK;
}

/* Find the passages of a and b of at least nMin words. */
int tk_overlap(const char *zA, size_t nA, const char *zB, size_t nB,
               size_t nMin, tk_passage **paOut, size_t *pnOut) {
  return tk_overlap_w(zA, nA, zB, nB, nMin, NULL, paOut, pnOut);
}

/* tk_overlap polling pWork (NULL: never) as it reads, indexes and scans. */
int tk_overlap_w(const char *zA, size_t nA, const char *zB, size_t nB,
                 size_t nMin, tk_work *pWork, tk_passage **paOut,
                 size_t *pnOut) {
  *paOut = 0;
  *pnOut = 0;
  if (nMin < 1) return TK_EINVAL;
  if (nA > INT_MAX || nB > INT_MAX) return TK_ELIMIT;
  tk_token_options opt;
  tk_token_options_init(&opt);
  tk_tokenizer *pTok = 0;
  char *zErr = 0;
  int rc = tk_tokenizer_new(&opt, &pTok, &zErr);
  tk_free(zErr);
  if (rc != TK_OK) return rc;
  tk_tokenizer_set_work(pTok, pWork);
  OvDict dict;
  OvWords wa, wb;
  OvIndex idx;
  OvOut out = {0, 0, 0};
  memset(&dict, 0, sizeof(dict));
  memset(&wa, 0, sizeof(wa));
  memset(&wb, 0, sizeof(wb));
  memset(&idx, 0, sizeof(idx));
  rc = readWords(pTok, &dict, zA, nA, 1, &wa);
  if (rc == TK_OK && wa.n >= nMin) {
    rc = readWords(pTok, &dict, zB, nB, 0, &wb);
    if (rc == TK_OK) rc = indexBuild(&idx, wa.aId, wa.n, nMin, pWork);
    if (rc == TK_OK) rc = scanB(&idx, &wa, &wb, pWork, &out);
  }
  tk_tokenizer_free(pTok);
  indexFree(&idx);
  dictFree(&dict);
  if (rc == TK_OK && out.n > 0) {
    qsort(out.a, out.n, sizeof(tk_passage), cmpPassage);
    rc = fillChars(out.a, out.n, zA, nA, zB, nB);
  }
  wordsFree(&wa);
  wordsFree(&wb);
  if (rc != TK_OK) {
    tk_free(out.a);
    return rc;
  }
  *paOut = out.a;
  *pnOut = out.n;
  return TK_OK;
}
