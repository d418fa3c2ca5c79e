/*
** word_clusters.c -- learns the entity tagger's word clusters from
** unlabeled text (`make clusters`, docs/ner.md "Word clusters"):
**
**   xz -dc ../shared/data/unlabeled/enwiki-2015-30k-articles.txt.xz |
**   build/release/tools/word_clusters \
**       --out ext/core/ner/model/clusters-enwiki.bin
**       [--every 1] [--tokens 100000000] [--vocab 100000] [--min-count 5]
**       [--classes 256] [--iters 10] [--text build/clusters.txt]
**
** (the defaults are what `make clusters` uses: all 76.7 M tokens of the
** Wikipedia text, about 2 minutes of one core and 2.1 GB of memory)
**
** Reads text from standard input, one paragraph a line, keeping every
** --every'th line until --tokens tokens are read.  Words are the tagger's
** own tokens (ner/tokens.c) as written (case kept), sentences its
** sentences.  The --vocab most frequent words seen at least --min-count
** times are clustered; the others are one "rare" context word.
**
** 1. Exchange clustering (Kneser & Ney; Uszkoreit & Brants's predictive
**    form, in both directions): words start in --classes classes by
**    frequency rank (round robin), then each word in turn moves to the
**    class that most raises the likelihood of the two class models
**    P(w | v) = P(c(w) | v) P(w | c(w)) (v the word before) and its mirror
**    (v the word after), for --iters passes or until under 0.1% of the
**    words move.
** 2. The classes are then merged bottom-up as Brown clustering merges
**    (the pair whose merge loses the least mutual information between
**    the classes of adjacent words), which gives a binary tree; a word's
**    path from the root (0 left, 1 right) is its cluster path, so
**    prefixes of it are coarser clusters.
**
** Writes the cluster table linked into the library (format in
** ext/core/ner/clusters.c) and, with --text, "path<TAB>word<TAB>count"
** lines for reading.  Single-threaded and deterministic.
*/
#include "../../ext/core/ner/ner_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_PATH (TK_NER_CLUSTER_CODEBITS - 1) /* path steps kept */
#define FTAB (1u << 20)   /* x log x is tabulated below this */
#define BOUND 0xffffffffu /* sentence boundary in the token sequence */

/* Every word type of the text. */
typedef struct Types {
  uint64_t *aHash; /* per type: hWord */
  uint32_t *aCount;
  size_t *aStr; /* offset of its text in zArena */
  uint32_t nType, nAlloc;
  uint32_t *aSlot; /* hash table of type ids + 1, 0 empty */
  unsigned nSlotBits;
  char *zArena;
  size_t nArena, nArenaAlloc;
} Types;

/* The clustering state. */
typedef struct Model {
  uint32_t nVocab, nClass;
  uint32_t *aCount;       /* per vocabulary word: occurrences */
  size_t *aStart;         /* per word: its contexts in aCtx/aCtxN */
  uint32_t *aCtx, *aCtxN; /* context word (left, or right + nVocab+2) */
  uint32_t *aClass;       /* per word */
} Model;

static double aXLogX[FTAB];

/* Exit with a message. */
static void die(const char *zMsg) {
  fprintf(stderr, "word_clusters: %s\n", zMsg);
  exit(1);
}

/* malloc that exits on failure. */
static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) die("out of memory");
  return p;
}

/* calloc that exits on failure. */
static void *xcalloc(size_t n, size_t sz) {
  void *p = calloc(n ? n : 1, sz);
  if (!p) die("out of memory");
  return p;
}

/* realloc that exits on failure. */
static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n);
  if (!p) die("out of memory");
  return p;
}

/* x log x, 0 at 0. */
static double xlogx(int64_t x) {
  return x < (int64_t)FTAB ? aXLogX[x] : (double)x * log((double)x);
}

/* Seconds since start. */
static double elapsed(void) {
  return (double)clock() / CLOCKS_PER_SEC;
}

/* Double the type hash table. */
static void typesGrow(Types *p) {
  p->nSlotBits = p->nSlotBits ? p->nSlotBits + 1 : 16;
  free(p->aSlot);
  p->aSlot = xcalloc((size_t)1 << p->nSlotBits, sizeof *p->aSlot);
  size_t mask = ((size_t)1 << p->nSlotBits) - 1;
  for (uint32_t t = 0; t < p->nType; t++) {
    size_t s = (size_t)(p->aHash[t] >> (64 - p->nSlotBits));
    while (p->aSlot[s])
      s = (s + 1) & mask;
    p->aSlot[s] = t + 1;
  }
}

/* The type id of word z[0..n) with hash h, added when new. */
static uint32_t typeOf(Types *p, uint64_t h, const char *z, size_t n) {
  if (!p->aSlot || (size_t)p->nType * 2 >= ((size_t)1 << p->nSlotBits))
    typesGrow(p);
  size_t mask = ((size_t)1 << p->nSlotBits) - 1;
  size_t s = (size_t)(h >> (64 - p->nSlotBits));
  for (; p->aSlot[s]; s = (s + 1) & mask) {
    if (p->aHash[p->aSlot[s] - 1] == h) return p->aSlot[s] - 1;
  }
  if (p->nType == p->nAlloc) {
    p->nAlloc = p->nAlloc * 2 + 65536;
    p->aHash = xrealloc(p->aHash, p->nAlloc * sizeof *p->aHash);
    p->aCount = xrealloc(p->aCount, p->nAlloc * sizeof *p->aCount);
    p->aStr = xrealloc(p->aStr, p->nAlloc * sizeof *p->aStr);
  }
  if (p->nArena + n + 1 > p->nArenaAlloc) {
    p->nArenaAlloc = p->nArenaAlloc * 2 + n + (1 << 20);
    p->zArena = xrealloc(p->zArena, p->nArenaAlloc);
  }
  memcpy(p->zArena + p->nArena, z, n);
  p->zArena[p->nArena + n] = 0;
  uint32_t t = p->nType++;
  p->aHash[t] = h;
  p->aCount[t] = 0;
  p->aStr[t] = p->nArena;
  p->nArena += n + 1;
  p->aSlot[s] = t + 1;
  return t;
}

/* Append v to the growing array *pa of *pn (capacity *pnAlloc). */
static void pushU32(uint32_t **pa, size_t *pn, size_t *pnAlloc, uint32_t v) {
  if (*pn == *pnAlloc) {
    *pnAlloc = *pnAlloc * 2 + (1 << 20);
    *pa = xrealloc(*pa, *pnAlloc * sizeof **pa);
  }
  (*pa)[(*pn)++] = v;
}

/* Read stdin: every nEvery'th line until nMaxTok tokens; the token type
** ids, each sentence preceded by BOUND and the text ended by one. */
static uint32_t *readText(Types *pTypes, long nEvery, size_t nMaxTok,
                          size_t *pnSeq) {
  uint32_t *aSeq = 0;
  size_t nSeq = 0, nAlloc = 0, nTok = 0, nLineAlloc = 0;
  char *zLine = 0;
  ssize_t nLine;
  long iLine = 0;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner_info aInfo[TK_NER_MAXSENT];
  while (nTok < nMaxTok && (nLine = getline(&zLine, &nLineAlloc, stdin)) > 0) {
    if (iLine++ % nEvery != 0) continue;
    tk_ner_reader rd;
    tk_ner__reader_init(&rd, zLine, (size_t)nLine);
    int n;
    while ((n = tk_ner__reader_sentence(&rd, aTok)) > 0) {
      tk_ner__sentence_info(zLine, aTok, n, 0, 0, aInfo);
      pushU32(&aSeq, &nSeq, &nAlloc, BOUND);
      for (int k = 0; k < n; k++) {
        uint32_t t = typeOf(pTypes, aInfo[k].hWord, zLine + aTok[k].iStart,
                            aTok[k].nLen);
        pTypes->aCount[t]++;
        pushU32(&aSeq, &nSeq, &nAlloc, t);
      }
      nTok += (size_t)n;
    }
  }
  pushU32(&aSeq, &nSeq, &nAlloc, BOUND);
  free(zLine);
  fprintf(stderr, "read %ld lines, kept %zu tokens, %u word types (%.0f s)\n",
          iLine, nTok, pTypes->nType, elapsed());
  *pnSeq = nSeq;
  return aSeq;
}

static const Types *pSortTypes; /* for cmpRank */

/* Types by count, most frequent first, then by hash. */
static int cmpRank(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  uint32_t cx = pSortTypes->aCount[x], cy = pSortTypes->aCount[y];
  if (cx != cy) return cx > cy ? -1 : 1;
  uint64_t hx = pSortTypes->aHash[x], hy = pSortTypes->aHash[y];
  return hx < hy ? -1 : hx > hy;
}

/* Compare u64 values. */
static int cmpU64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Choose the vocabulary (aWord[rank] = type id, returns its size) and
** rewrite aSeq as vocabulary ranks: nVocab for a rare word, nVocab + 1
** for a boundary. */
static uint32_t chooseVocab(const Types *pTypes, uint32_t nMaxVocab,
                            uint32_t nMinCount, uint32_t *aSeq, size_t nSeq,
                            uint32_t **paWord) {
  uint32_t *aOrder = xmalloc(pTypes->nType * sizeof *aOrder);
  for (uint32_t t = 0; t < pTypes->nType; t++)
    aOrder[t] = t;
  pSortTypes = pTypes;
  qsort(aOrder, pTypes->nType, sizeof *aOrder, cmpRank);
  uint32_t nVocab = 0;
  while (nVocab < nMaxVocab && nVocab < pTypes->nType &&
         pTypes->aCount[aOrder[nVocab]] >= nMinCount)
    nVocab++;
  uint32_t *aRank = xmalloc(pTypes->nType * sizeof *aRank);
  for (uint32_t t = 0; t < pTypes->nType; t++)
    aRank[t] = nVocab;
  for (uint32_t r = 0; r < nVocab; r++)
    aRank[aOrder[r]] = r;
  for (size_t i = 0; i < nSeq; i++)
    aSeq[i] = aSeq[i] == BOUND ? nVocab + 1 : aRank[aSeq[i]];
  free(aRank);
  *paWord = aOrder;
  return nVocab;
}

/* Count each vocabulary word's contexts: the word before it (ids
** 0..nVocab+1) and the word after it (ids nVocab+2..2*nVocab+3). */
static void countContexts(Model *m, const uint32_t *aSeq, size_t nSeq) {
  uint32_t V = m->nVocab;
  size_t nPair = 0;
  for (size_t i = 1; i + 1 < nSeq; i++)
    nPair += aSeq[i] < V ? 2 : 0;
  uint64_t *aPair = xmalloc(nPair * sizeof *aPair);
  size_t k = 0;
  m->aCount = xcalloc(V, sizeof *m->aCount);
  for (size_t i = 1; i + 1 < nSeq; i++) {
    uint32_t w = aSeq[i];
    if (w >= V) continue;
    m->aCount[w]++;
    aPair[k++] = (uint64_t)w << 32 | aSeq[i - 1];
    aPair[k++] = (uint64_t)w << 32 | (aSeq[i + 1] + V + 2);
  }
  qsort(aPair, nPair, sizeof *aPair, cmpU64);
  size_t nDistinct = 0;
  for (size_t i = 0; i < nPair; i++)
    nDistinct += i == 0 || aPair[i] != aPair[i - 1];
  m->aStart = xcalloc((size_t)V + 1, sizeof *m->aStart);
  m->aCtx = xmalloc(nDistinct * sizeof *m->aCtx);
  m->aCtxN = xmalloc(nDistinct * sizeof *m->aCtxN);
  size_t j = 0;
  for (size_t i = 0; i < nPair; i++) {
    if (i == 0 || aPair[i] != aPair[i - 1]) {
      m->aCtx[j] = (uint32_t)aPair[i];
      m->aCtxN[j++] = 0;
      m->aStart[(aPair[i] >> 32) + 1]++;
    }
    m->aCtxN[j - 1]++;
  }
  for (uint32_t w = 1; w <= V; w++)
    m->aStart[w] += m->aStart[w - 1];
  free(aPair);
  fprintf(stderr, "%zu context pairs, %zu distinct (%.0f s)\n", nPair,
          nDistinct, elapsed());
}

/* Exchange clustering (see the top of the file). */
static void exchange(Model *m, int nIter) {
  uint32_t V = m->nVocab, C = m->nClass;
  size_t nCtx = 2 * ((size_t)V + 2);
  int32_t *aN = xcalloc(nCtx * C, sizeof *aN); /* context x class counts */
  int64_t *aNc = xcalloc(C, sizeof *aNc);      /* class occurrences */
  double *aGain = xmalloc(C * sizeof *aGain);
  for (uint32_t w = 0; w < V; w++) {
    m->aClass[w] = w % C;
    aNc[w % C] += m->aCount[w];
    for (size_t k = m->aStart[w]; k < m->aStart[w + 1]; k++)
      aN[(size_t)m->aCtx[k] * C + w % C] += (int32_t)m->aCtxN[k];
  }
  for (int it = 0; it < nIter; it++) {
    uint32_t nMoved = 0;
    for (uint32_t w = 0; w < V; w++) {
      uint32_t a = m->aClass[w];
      int64_t n = m->aCount[w];
      for (size_t k = m->aStart[w]; k < m->aStart[w + 1]; k++)
        aN[(size_t)m->aCtx[k] * C + a] -= (int32_t)m->aCtxN[k];
      aNc[a] -= n;
      for (uint32_t c = 0; c < C; c++)
        aGain[c] = -2 * (xlogx(aNc[c] + n) - xlogx(aNc[c]));
      for (size_t k = m->aStart[w]; k < m->aStart[w + 1]; k++) {
        const int32_t *aRow = aN + (size_t)m->aCtx[k] * C;
        int64_t x = m->aCtxN[k];
        for (uint32_t c = 0; c < C; c++)
          aGain[c] += xlogx(aRow[c] + x) - xlogx(aRow[c]);
      }
      uint32_t b = a;
      for (uint32_t c = 0; c < C; c++)
        if (aGain[c] > aGain[b] + 1e-9) b = c;
      for (size_t k = m->aStart[w]; k < m->aStart[w + 1]; k++)
        aN[(size_t)m->aCtx[k] * C + b] += (int32_t)m->aCtxN[k];
      aNc[b] += n;
      m->aClass[w] = b;
      nMoved += b != a;
    }
    double rLL = 0;
    for (size_t i = 0; i < nCtx * C; i++)
      rLL += xlogx(aN[i]);
    for (uint32_t c = 0; c < C; c++)
      rLL -= 2 * xlogx(aNc[c]);
    fprintf(stderr, "pass %d: %u words moved, objective %.6g (%.0f s)\n",
            it + 1, nMoved, rLL, elapsed());
    if (nMoved * 1000u < V) break;
  }
  free(aN);
  free(aNc);
  free(aGain);
}

/* Class bigram counts while the classes merge into a tree. */
typedef struct Merger {
  uint32_t C;     /* classes at the start; matrices are C x C */
  int64_t *aM;    /* aM[c*C+d]: class c followed by class d */
  double *aFM;    /* xlogx of each aM */
  int64_t *aL;    /* row sums */
  int64_t *aR;    /* column sums */
  double *aD;     /* aD[x*C+y], x < y: the gain of merging x and y */
  uint32_t *aAct; /* the live classes */
  uint32_t nAct;
} Merger;

/* The part of the gain of merging x and y that comes from class c's row
** and column (c neither x nor y). */
static double mergeTerm(const Merger *p, uint32_t c, uint32_t x, uint32_t y) {
  const int64_t *M = p->aM;
  const double *FM = p->aFM;
  size_t C = p->C;
  return xlogx(M[x * C + c] + M[y * C + c]) - FM[x * C + c] - FM[y * C + c] +
         xlogx(M[c * C + x] + M[c * C + y]) - FM[c * C + x] - FM[c * C + y];
}

/* The change of the likelihood of the class bigram model (the mutual
** information between adjacent classes, in counts) when x and y merge. */
static double mergeGain(const Merger *p, uint32_t x, uint32_t y) {
  const int64_t *M = p->aM;
  const double *FM = p->aFM;
  size_t C = p->C;
  double d = 0;
  for (uint32_t k = 0; k < p->nAct; k++) {
    uint32_t c = p->aAct[k];
    if (c != x && c != y) d += mergeTerm(p, c, x, y);
  }
  d += xlogx(M[x * C + x] + M[x * C + y] + M[y * C + x] + M[y * C + y]) -
       FM[x * C + x] - FM[x * C + y] - FM[y * C + x] - FM[y * C + y];
  d -= xlogx(p->aL[x] + p->aL[y]) - xlogx(p->aL[x]) - xlogx(p->aL[y]);
  d -= xlogx(p->aR[x] + p->aR[y]) - xlogx(p->aR[x]) - xlogx(p->aR[y]);
  return d;
}

/* Merge class j into class i, keeping every live pair's gain current:
** pairs without i or j only change in their i and j terms (Brown et
** al.'s update), pairs with i are computed again. */
static void mergeClasses(Merger *p, uint32_t i, uint32_t j) {
  size_t C = p->C;
  for (uint32_t a = 0; a < p->nAct; a++) {
    for (uint32_t b = a + 1; b < p->nAct; b++) {
      uint32_t x = p->aAct[a], y = p->aAct[b];
      if (x == i || x == j || y == i || y == j) continue;
      double *pD = &p->aD[(x < y ? x : y) * C + (x < y ? y : x)];
      *pD -= mergeTerm(p, i, x, y) + mergeTerm(p, j, x, y);
    }
  }
  for (size_t c = 0; c < C; c++)
    p->aM[i * C + c] += p->aM[j * C + c];
  for (size_t c = 0; c < C; c++)
    p->aM[c * C + i] += p->aM[c * C + j];
  for (size_t c = 0; c < C; c++) {
    p->aFM[i * C + c] = xlogx(p->aM[i * C + c]);
    p->aFM[c * C + i] = xlogx(p->aM[c * C + i]);
  }
  p->aL[i] += p->aL[j];
  p->aR[i] += p->aR[j];
  for (uint32_t a = 0; a < p->nAct; a++) {
    if (p->aAct[a] == j) {
      p->aAct[a] = p->aAct[--p->nAct];
      break;
    }
  }
  for (uint32_t a = 0; a < p->nAct; a++) {
    for (uint32_t b = a + 1; b < p->nAct; b++) {
      uint32_t x = p->aAct[a], y = p->aAct[b];
      double *pD = &p->aD[(x < y ? x : y) * C + (x < y ? y : x)];
      if (x == i || y == i)
        *pD = mergeGain(p, x, y);
      else
        *pD += mergeTerm(p, i, x, y);
    }
  }
}

/* Merge the classes bottom-up into a binary tree and give each word its
** path code ((1 << steps) | path, MAX_PATH steps at most) in aCode. */
static void buildTree(const Model *m, uint32_t *aCode) {
  uint32_t V = m->nVocab, C = m->nClass;
  Merger g = {C,
              xcalloc((size_t)C * C, sizeof(int64_t)),
              xmalloc((size_t)C * C * sizeof(double)),
              xcalloc(C, sizeof(int64_t)),
              xcalloc(C, sizeof(int64_t)),
              xcalloc((size_t)C * C, sizeof(double)),
              xmalloc(C * sizeof(uint32_t)),
              C};
  for (uint32_t w = 0; w < V; w++) {
    for (size_t k = m->aStart[w]; k < m->aStart[w + 1]; k++) {
      uint32_t x = m->aCtx[k];
      if (x >= V) continue; /* only left contexts inside the vocabulary */
      g.aM[(size_t)m->aClass[x] * C + m->aClass[w]] += m->aCtxN[k];
    }
  }
  for (size_t c = 0; c < C; c++) {
    g.aAct[c] = (uint32_t)c;
    for (size_t d = 0; d < C; d++) {
      g.aL[c] += g.aM[c * C + d];
      g.aR[d] += g.aM[c * C + d];
      g.aFM[c * C + d] = xlogx(g.aM[c * C + d]);
    }
  }
  for (uint32_t x = 0; x < C; x++)
    for (uint32_t y = x + 1; y < C; y++)
      g.aD[(size_t)x * C + y] = mergeGain(&g, x, y);
  /* Tree nodes: leaves 0..C-1, merges C..2C-2; aNode[c]: class c's node. */
  uint32_t *aNode = xmalloc(C * sizeof *aNode);
  uint32_t *aChild = xmalloc(2 * (2 * (size_t)C) * sizeof *aChild);
  for (uint32_t c = 0; c < C; c++)
    aNode[c] = c;
  uint32_t nNode = C;
  while (g.nAct > 1) {
    uint32_t i = C, j = C; /* the best pair, i < j; ties: the lowest */
    for (uint32_t a = 0; a < g.nAct; a++) {
      for (uint32_t b = a + 1; b < g.nAct; b++) {
        uint32_t x = g.aAct[a] < g.aAct[b] ? g.aAct[a] : g.aAct[b];
        uint32_t y = g.aAct[a] ^ g.aAct[b] ^ x;
        double d = g.aD[(size_t)x * C + y];
        double dBest = i == C ? 0 : g.aD[(size_t)i * C + j];
        if (i == C || d > dBest + 1e-9 ||
            (d >= dBest - 1e-9 && (x < i || (x == i && y < j)))) {
          i = x;
          j = y;
        }
      }
    }
    mergeClasses(&g, i, j);
    aChild[2 * nNode] = aNode[i];
    aChild[2 * nNode + 1] = aNode[j];
    aNode[i] = nNode++;
  }
  /* Paths from the root down (a parent is always numbered after its
  ** children). */
  uint32_t *aNodeCode = xcalloc(nNode, sizeof *aNodeCode);
  aNodeCode[nNode - 1] = 1;
  for (uint32_t v = nNode - 1; v >= C; v--) {
    uint32_t u = aNodeCode[v];
    int bFull = u >> MAX_PATH;
    aNodeCode[aChild[2 * v]] = bFull ? u : u << 1;
    aNodeCode[aChild[2 * v + 1]] = bFull ? u : (u << 1) | 1;
  }
  int aDepth[MAX_PATH + 1] = {0};
  for (uint32_t w = 0; w < V; w++) {
    aCode[w] = aNodeCode[m->aClass[w]];
    int d = 0;
    while (aCode[w] >> (d + 1))
      d++;
    aDepth[d]++;
  }
  fprintf(stderr, "tree built (%.0f s); words by path length:", elapsed());
  for (int d = 0; d <= MAX_PATH; d++)
    if (aDepth[d]) fprintf(stderr, " %d:%d", d, aDepth[d]);
  fprintf(stderr, "\n");
  free(g.aM);
  free(g.aFM);
  free(g.aL);
  free(g.aR);
  free(g.aD);
  free(g.aAct);
  free(aNode);
  free(aChild);
  free(aNodeCode);
}

/* Write a little-endian u32 / u64 to f. */
static void putU32(FILE *f, uint32_t v) {
  unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8),
                        (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
  fwrite(b, 1, 4, f);
}
static void putU64(FILE *f, uint64_t v) {
  putU32(f, (uint32_t)v);
  putU32(f, (uint32_t)(v >> 32));
}

/* Write the cluster table (format in ext/core/ner/clusters.c). */
static void writeTable(const char *zOut, const char *zName, const Types *pT,
                       const uint32_t *aWord, const uint32_t *aCode, uint32_t V,
                       uint32_t C) {
  unsigned nBits = 1;
  while (((size_t)1 << nBits) < 2 * (size_t)V)
    nBits++;
  size_t nSlot = (size_t)1 << nBits, mask = nSlot - 1;
  uint64_t *aSlot = xcalloc(nSlot, sizeof *aSlot);
  for (uint32_t w = 0; w < V; w++) {
    uint64_t key = tk_ner__cluster_key(pT->aHash[aWord[w]]);
    size_t s = (size_t)(key >> (64 - nBits));
    while (aSlot[s])
      s = (s + 1) & mask;
    aSlot[s] = key | aCode[w];
  }
  FILE *f = fopen(zOut, "wb");
  if (!f) die("cannot write the table");
  char zHead[40] = {0};
  size_t nName = strlen(zName);
  memcpy(zHead, zName, nName < sizeof zHead ? nName : sizeof zHead - 1);
  fwrite("TKCLU01", 1, 8, f);
  putU32(f, nBits);
  putU32(f, V);
  putU32(f, C);
  putU32(f, 0);
  fwrite(zHead, 1, sizeof zHead, f);
  for (size_t s = 0; s < nSlot; s++)
    putU64(f, aSlot[s]);
  if (fclose(f) != 0) die("cannot write the table");
  free(aSlot);
}

/* Write "path<TAB>word<TAB>count" lines, in vocabulary order. */
static void writeText(const char *zOut, const Types *pT, const uint32_t *aWord,
                      const uint32_t *aCode, uint32_t V) {
  FILE *f = fopen(zOut, "w");
  if (!f) die("cannot write the text dump");
  for (uint32_t w = 0; w < V; w++) {
    char zPath[MAX_PATH + 2];
    int d = 0;
    while (aCode[w] >> (d + 1))
      d++;
    for (int k = 0; k < d; k++)
      zPath[k] = (char)('0' + ((aCode[w] >> (d - 1 - k)) & 1));
    zPath[d] = 0;
    fprintf(f, "%s\t%s\t%u\n", zPath, pT->zArena + pT->aStr[aWord[w]],
            pT->aCount[aWord[w]]);
  }
  fclose(f);
}

/* Parse the options, cluster, write. */
int main(int argc, char **argv) {
  const char *zOut = 0, *zText = 0;
  long nEvery = 1, nIter = 10, nMaxTok = 100000000;
  long nVocab = 100000, nMinCount = 5, nClass = 256;
  int bBad = argc % 2 == 0; /* options come in pairs */
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--out") == 0)
      zOut = argv[i + 1];
    else if (strcmp(argv[i], "--text") == 0)
      zText = argv[i + 1];
    else if (strcmp(argv[i], "--every") == 0)
      nEvery = atol(argv[i + 1]);
    else if (strcmp(argv[i], "--tokens") == 0)
      nMaxTok = atol(argv[i + 1]);
    else if (strcmp(argv[i], "--vocab") == 0)
      nVocab = atol(argv[i + 1]);
    else if (strcmp(argv[i], "--min-count") == 0)
      nMinCount = atol(argv[i + 1]);
    else if (strcmp(argv[i], "--classes") == 0)
      nClass = atol(argv[i + 1]);
    else if (strcmp(argv[i], "--iters") == 0)
      nIter = atol(argv[i + 1]);
    else
      bBad = 1;
  }
  if (bBad || !zOut || nEvery < 1 || nVocab < 2 || nMinCount < 1 ||
      nClass < 2 || nClass > 4096 || nIter < 0 || nMaxTok < 1) {
    fprintf(stderr,
            "usage: %s --out FILE [--text FILE] [--every N] [--tokens N]\n"
            "  [--vocab N] [--min-count N] [--classes 2..4096] [--iters N]"
            " < text\n",
            argv[0]);
    return 2;
  }
  for (uint32_t x = 0; x < FTAB; x++)
    aXLogX[x] = x ? x * log((double)x) : 0;
  Types types = {0};
  size_t nSeq;
  uint32_t *aSeq = readText(&types, nEvery, (size_t)nMaxTok, &nSeq);
  uint32_t *aWord;
  Model m = {0};
  m.nVocab = chooseVocab(&types, (uint32_t)nVocab, (uint32_t)nMinCount, aSeq,
                         nSeq, &aWord);
  m.nClass = (uint32_t)nClass;
  if (m.nVocab < m.nClass) die("fewer words than classes");
  fprintf(stderr, "vocabulary: %u words seen %u+ times\n", m.nVocab,
          types.aCount[aWord[m.nVocab - 1]]);
  countContexts(&m, aSeq, nSeq);
  free(aSeq);
  m.aClass = xmalloc(m.nVocab * sizeof *m.aClass);
  exchange(&m, (int)nIter);
  uint32_t *aCode = xmalloc(m.nVocab * sizeof *aCode);
  buildTree(&m, aCode);
  char zName[64];
  snprintf(zName, sizeof zName, "enwiki-c%u-v%u-t%ldM", m.nClass, m.nVocab,
           nMaxTok / 1000000);
  writeTable(zOut, zName, &types, aWord, aCode, m.nVocab, m.nClass);
  if (zText) writeText(zText, &types, aWord, aCode, m.nVocab);
  fprintf(stderr, "wrote %s (%s, %.0f s)\n", zOut, zName, elapsed());
  return 0;
}
