/*
** blocks.c -- paragraph blocks classified as content, boilerplate or short,
** in the spirit of jusText (Pomikalek 2011), for text_blocks() and
** text_main():
**
**   tk_block *a;  size_t n;
**   tk_blocks(z, nz, &a, &n);       // a[i].eKind: TK_BLOCK_CONTENT, ...
**
** Splitting: a blank line ends a block; so does a single newline unless
** the line before it looks wrapped (at least BLK_WRAP_CHARS characters, not
** ending in sentence punctuation) and the line after it does not start
** like a new item (an ASCII capital, a bullet or a dash), so a run of
** short lines (menus, price lists) or of one-line paragraphs gives one
** block per line while hard-wrapped prose stays one.
**
** Features of a block (default tokenizer): words (word, number, hashtag
** and mention tokens), links (URL and e-mail tokens), stopwords (in the
** document's language: the stopword list with the most hits among its
** first BLK_LANG_WORDS words, English when none hits) and UI words (those
** of aUiPhrase: "subscribe", "sign in", "all rights reserved", ...).
**
** First pass, per block:
**   a "©" token, link density links/(words+links) > 0.2 or UI density
**   uiwords/words >= 0.15                           -> bad
**   fewer than 10 words                             -> short
**   stopword density >= 0.30 and >= 30 words        -> good
**   stopword density >= 0.22                        -> near-good
**   otherwise                                       -> bad
** Context (nearest neighbours; the document's edges are neither):
**   near-good: content when the nearest non-short, non-near-good block on
**   either side is good, boilerplate when neither is good but one is bad,
**   content when there is neither (a text of middling blocks only);
**   short: content between content on both sides, boilerplate between
**   boilerplate (or boilerplate and an edge), otherwise it stays short;
**   then a short block of at least 3 words with a stopword and no UI word
**   right before a content block is a headline: content.
*/
#include "textkit.h"

#include <string.h>

/* Thresholds (see the head comment and docs/passages.md). */
#define BLK_WRAP_CHARS 40
#define BLK_SHORT_WORDS 10
#define BLK_LONG_WORDS 30
#define BLK_STOP_HIGH 0.30
#define BLK_STOP_LOW 0.22
#define BLK_LINK_MAX 0.2
#define BLK_UI_MAX 0.15
#define BLK_LANG_WORDS 2000
#define BLK_HEAD_WORDS 3

/* First-pass classes (the final kinds are enum tk_block_kind). */
enum { CLS_GOOD, CLS_BAD, CLS_SHORT, CLS_NEARGOOD, CLS_EDGE };

/* A UI phrase (case-folded): the words before its last one ("" or
** space-separated) and its last word, which is looked up first. */
typedef struct BlkUi {
  const char *zBefore;
  const char *zLast;
  size_t nLast;
} BlkUi;
#define UI(before, last)                                                       \
  { before, last, sizeof(last) - 1 }

/* Phrases typical of page furniture. */
static const BlkUi aUiPhrase[] = {
    UI("", "cookie"),
    UI("", "cookies"),
    UI("", "subscribe"),
    UI("", "subscribed"),
    UI("", "subscriber"),
    UI("", "subscribers"),
    UI("", "subscription"),
    UI("", "subscriptions"),
    UI("", "unsubscribe"),
    UI("", "newsletter"),
    UI("", "newsletters"),
    UI("", "advertisement"),
    UI("", "advertisements"),
    UI("", "login"),
    UI("", "logout"),
    UI("", "signup"),
    UI("", "sitemap"),
    UI("", "copyright"),
    UI("", "paywall"),
    UI("", "javascript"),
    UI("", "facebook"),
    UI("", "twitter"),
    UI("", "whatsapp"),
    UI("", "linkedin"),
    UI("", "pinterest"),
    UI("", "instagram"),
    UI("sign", "in"),
    UI("sign", "up"),
    UI("log", "in"),
    UI("log", "out"),
    UI("read", "more"),
    UI("all rights", "reserved"),
    UI("privacy", "policy"),
    UI("terms of", "use"),
    UI("terms of", "service"),
    UI("terms and", "conditions"),
    UI("share", "this"),
    UI("share", "on"),
    UI("follow", "us"),
    UI("skip", "to"),
    UI("free", "articles"),
    UI("cancel", "anytime"),
    UI("click", "here"),
    UI("accept", "all"),
    UI("load", "more"),
    UI("back to", "top"),
    UI("related", "articles"),
    UI("most", "read"),
    UI("you may also", "like"),
};

/* The longest UI phrase in words, and the longest word we remember. */
#define BLK_UI_MAX_WORDS 4
#define BLK_UI_WORD_BYTES 16

/* The last few token norms of a block, for phrase matching. */
typedef struct BlkRing {
  char az[BLK_UI_MAX_WORDS][BLK_UI_WORD_BYTES + 1]; /* "" if too long */
  int n;                                            /* words seen */
} BlkRing;

/* Features of one block. */
typedef struct BlkStats {
  size_t nWords, nLinks, nStop, nUi;
  int bCopyright;
} BlkStats;

/* Whether the code point c is white space for splitting and trimming. */
static int isSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
         c == 0xFEFF || c == 0x202F;
}

/* Whether a line ending in c ends a sentence (so the newline after it is
** a real break even after a long line). */
static int endsSentence(uint32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
         c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0x2026 ||
         c == 0xBB || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

/* Whether a line starting with c starts a new item even after a wrapped
** looking line: an ASCII capital, a bullet or a dash. */
static int startsItem(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '*' || c == '-' || c == 0x2022 ||
         c == 0xB7 || c == 0x2013 || c == 0x2014 || c == 0x25AA;
}

/* The growing block list. */
typedef struct BlkList {
  tk_block *a;
  size_t n, cap;
} BlkList;

/* Append the block z[iStart..iEnd). */
static int listPush(BlkList *p, size_t iStart, size_t iEnd) {
  if (tk_reserve(&p->a, &p->cap, p->n, sizeof(*p->a))) return TK_ENOMEM;
  tk_block *b = &p->a[p->n++];
  memset(b, 0, sizeof(*b));
  b->iStart = iStart;
  b->nBytes = iEnd - iStart;
  return TK_OK;
}

/* Split z[0..n) into blocks (byte spans, trimmed) per the head comment. */
static int splitBlocks(const char *z, size_t n, BlkList *pList) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, iBlkStart = 0, iBlkEnd = 0;
  int bOpen = 0, bWrap = 0;
  while (i < n) {
    /* One line: first and end of its non-space text, chars, last char. */
    size_t iFirst = n, iLast = i, nChar = 0;
    uint32_t cFirst = 0, cLast = 0;
    while (i < n && u[i] != '\n') {
      size_t iAt = i;
      uint32_t c = tk_utf8_next(u, n, &i);
      if (isSpace(c)) continue;
      if (iFirst == n) {
        iFirst = iAt;
        cFirst = c;
      }
      iLast = i;
      cLast = c;
      nChar++;
    }
    if (i < n) i++; /* the newline */
    if (iFirst == n) {
      if (bOpen && listPush(pList, iBlkStart, iBlkEnd) != TK_OK)
        return TK_ENOMEM;
      bOpen = 0;
      continue;
    }
    if (bOpen && (!bWrap || startsItem(cFirst))) {
      if (listPush(pList, iBlkStart, iBlkEnd) != TK_OK) return TK_ENOMEM;
      bOpen = 0;
    }
    if (!bOpen) iBlkStart = iFirst;
    bOpen = 1;
    iBlkEnd = iLast;
    bWrap = nChar >= BLK_WRAP_CHARS && !endsSentence(cLast);
  }
  if (bOpen && listPush(pList, iBlkStart, iBlkEnd) != TK_OK) return TK_ENOMEM;
  return TK_OK;
}

/* The number of words of the UI phrase p when it ends at the ring's
** newest word (whose text equals p->zLast), else 0. */
static int matchPhrase(const BlkRing *p, const BlkUi *pUi) {
  int nw = 1;
  const char *z = pUi->zBefore + strlen(pUi->zBefore);
  while (z > pUi->zBefore) { /* the words before, last to first */
    const char *e = z;
    while (z > pUi->zBefore && z[-1] != ' ')
      z--;
    if (nw >= p->n || nw >= BLK_UI_MAX_WORDS) return 0;
    const char *zw = p->az[(p->n - 1 - nw) % BLK_UI_MAX_WORDS];
    if (strlen(zw) != (size_t)(e - z) || memcmp(zw, z, (size_t)(e - z)) != 0)
      return 0;
    nw++;
    if (z > pUi->zBefore) z--; /* the space */
  }
  return nw;
}

/* Push one norm onto the ring (as "" when it is too long to matter). */
static void ringPush(BlkRing *p, const char *z, size_t n) {
  char *o = p->az[p->n % BLK_UI_MAX_WORDS];
  if (n <= BLK_UI_WORD_BYTES) {
    memcpy(o, z, n);
    o[n] = 0;
  } else {
    o[0] = 0;
  }
  p->n++;
}

/* The UI words completed by the ring's newest word z[0..n). */
static size_t uiMatch(const BlkRing *p, const char *z, size_t n) {
  size_t nUi = 0;
  for (size_t k = 0; k < sizeof(aUiPhrase) / sizeof(aUiPhrase[0]); k++) {
    const BlkUi *pUi = &aUiPhrase[k];
    if (pUi->nLast == n && memcmp(pUi->zLast, z, n) == 0)
      nUi += (size_t)matchPhrase(p, pUi);
  }
  return nUi;
}

/* Flags of a word: a stopword, the last word of a UI phrase. */
#define WF_STOP 1
#define WF_UI 2
#define WF_KNOWN 4

/* A direct-mapped cache of word flags (norms up to BLK_UI_WORD_BYTES
** bytes), so the stoplist's binary search and the UI table are consulted
** once per distinct word rather than once per token. */
#define BLK_CACHE_SIZE 2048
typedef struct BlkCache {
  const tk_stoplist *pStop;
  struct {
    char z[BLK_UI_WORD_BYTES];
    unsigned char n, flags;
  } a[BLK_CACHE_SIZE];
} BlkCache;

/* The flags of z[0..n) computed afresh. */
static int computeFlags(const tk_stoplist *pStop, const char *z, size_t n) {
  int f = WF_KNOWN;
  if (pStop && tk_stoplist_has(pStop, z, n)) f |= WF_STOP;
  for (size_t k = 0; k < sizeof(aUiPhrase) / sizeof(aUiPhrase[0]); k++) {
    if (aUiPhrase[k].nLast == n && memcmp(aUiPhrase[k].zLast, z, n) == 0)
      f |= WF_UI;
  }
  return f;
}

/* The flags of the norm z[0..n), through the cache. */
static int wordFlags(BlkCache *p, const char *z, size_t n) {
  if (n > BLK_UI_WORD_BYTES) return computeFlags(p->pStop, z, n);
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)z[i]) * 16777619u;
  size_t s = (h ^ (h >> 15)) & (BLK_CACHE_SIZE - 1);
  if (p->a[s].n == n && (p->a[s].flags & WF_KNOWN) &&
      memcmp(p->a[s].z, z, n) == 0)
    return p->a[s].flags;
  int f = computeFlags(p->pStop, z, n);
  memcpy(p->a[s].z, z, n);
  p->a[s].n = (unsigned char)n;
  p->a[s].flags = (unsigned char)f;
  return f;
}

/* Gather the features of z[0..n) (stopwords from the cache's list). */
static int blockStats(tk_tokenizer *pTok, BlkCache *pCache, const char *z,
                      size_t n, BlkStats *pOut) {
  tk_token t;
  BlkRing ring;
  int rc;
  memset(pOut, 0, sizeof(*pOut));
  memset(&ring, 0, sizeof(ring));
  tk_tokenizer_reset(pTok, z, n);
  while ((rc = tk_tokenizer_next(pTok, &t)) == 1) {
    switch (t.eKind) {
    case TK_KIND_URL:
    case TK_KIND_EMAIL:
      pOut->nLinks++;
      break;
    case TK_KIND_WORD: {
      int f = wordFlags(pCache, t.zNorm, t.nNorm);
      if (f & WF_STOP) pOut->nStop++;
      ringPush(&ring, t.zNorm, t.nNorm);
      if (f & WF_UI) pOut->nUi += uiMatch(&ring, t.zNorm, t.nNorm);
      pOut->nWords++;
      break;
    }
    case TK_KIND_NUMBER:
    case TK_KIND_HASHTAG:
    case TK_KIND_MENTION:
      pOut->nWords++;
      break;
    case TK_KIND_SYMBOL:
    case TK_KIND_EMOJI: /* the tokenizer calls U+00A9 an emoji */
      if (t.nNorm == 2 && memcmp(t.zNorm, "\xC2\xA9", 2) == 0)
        pOut->bCopyright = 1;
      break;
    default:
      break;
    }
  }
  return rc < 0 ? rc : TK_OK;
}

/* The first-pass class of a block with features s. */
static int firstClass(const BlkStats *s) {
  double nTok = (double)(s->nWords + s->nLinks);
  if (s->bCopyright) return CLS_BAD;
  if (nTok > 0 && (double)s->nLinks / nTok > BLK_LINK_MAX) return CLS_BAD;
  if (s->nWords > 0 && (double)s->nUi / (double)s->nWords >= BLK_UI_MAX)
    return CLS_BAD;
  if (s->nWords < BLK_SHORT_WORDS) return CLS_SHORT;
  double rStop = (double)s->nStop / (double)s->nWords;
  if (rStop >= BLK_STOP_HIGH)
    return s->nWords >= BLK_LONG_WORDS ? CLS_GOOD : CLS_NEARGOOD;
  if (rStop >= BLK_STOP_LOW) return CLS_NEARGOOD;
  return CLS_BAD;
}

/* The stopword list of the language with most hits among the first words
** of the blocks (English when none hits). */
static int pickStoplist(tk_tokenizer *pTok, const char *z, const BlkList *pL,
                        const tk_stoplist **ppOut) {
  const tk_stoplist *aList[16];
  size_t aHits[16], nList = 0, nSeen = 0;
  const char *zLangs = tk_stoplist_languages();
  while (*zLangs && nList < 16) {
    size_t len = strcspn(zLangs, ", ");
    aList[nList] = tk_stoplist_get(zLangs, len);
    aHits[nList] = 0;
    if (aList[nList]) nList++;
    zLangs += len;
    zLangs += strspn(zLangs, ", ");
  }
  for (size_t b = 0; b < pL->n && nSeen < BLK_LANG_WORDS; b++) {
    tk_token t;
    int rc;
    tk_tokenizer_reset(pTok, z + pL->a[b].iStart, pL->a[b].nBytes);
    while (nSeen < BLK_LANG_WORDS && (rc = tk_tokenizer_next(pTok, &t)) == 1) {
      if (t.eKind != TK_KIND_WORD) continue;
      nSeen++;
      for (size_t k = 0; k < nList; k++)
        aHits[k] += (size_t)tk_stoplist_has(aList[k], t.zNorm, t.nNorm);
    }
    if (rc < 0) return rc;
  }
  const tk_stoplist *pBest = tk_stoplist_get("english", 7);
  size_t nBest = 0;
  for (size_t k = 0; k < nList; k++) {
    if (aHits[k] > nBest) {
      nBest = aHits[k];
      pBest = aList[k];
    }
  }
  *ppOut = pBest;
  return TK_OK;
}

/* For every block, the class of the nearest block on its left (aLeft) and
** right (aRight) that is not short (nor near-good when bSkipNear), or
** CLS_EDGE: two linear sweeps. */
static void nearest(const int *aCls, size_t n, int bSkipNear, int *aLeft,
                    int *aRight) {
  int c = CLS_EDGE;
  for (size_t i = 0; i < n; i++) {
    aLeft[i] = c;
    if (aCls[i] != CLS_SHORT && !(bSkipNear && aCls[i] == CLS_NEARGOOD))
      c = aCls[i];
  }
  c = CLS_EDGE;
  for (size_t i = n; i-- > 0;) {
    aRight[i] = c;
    if (aCls[i] != CLS_SHORT && !(bSkipNear && aCls[i] == CLS_NEARGOOD))
      c = aCls[i];
  }
}

/* The final kinds from the first-pass classes aCls (overwritten with the
** near-good blocks resolved) by the context rules of the head comment;
** aLeft and aRight are scratch arrays of n ints. */
static void smooth(int *aCls, size_t n, int *aLeft, int *aRight,
                   tk_block *aBlk) {
  nearest(aCls, n, 1, aLeft, aRight);
  for (size_t i = 0; i < n; i++) {
    if (aCls[i] != CLS_NEARGOOD) continue;
    int l = aLeft[i], r = aRight[i];
    int bGood =
        l == CLS_GOOD || r == CLS_GOOD || (l == CLS_EDGE && r == CLS_EDGE);
    aCls[i] = bGood ? CLS_GOOD : CLS_BAD;
  }
  nearest(aCls, n, 0, aLeft, aRight);
  for (size_t i = 0; i < n; i++) {
    int l = aLeft[i], r = aRight[i], e = TK_BLOCK_SHORT;
    if (aCls[i] == CLS_GOOD) {
      e = TK_BLOCK_CONTENT;
    } else if (aCls[i] == CLS_BAD) {
      e = TK_BLOCK_BOILERPLATE;
    } else if (l == CLS_GOOD && r == CLS_GOOD) {
      e = TK_BLOCK_CONTENT;
    } else if ((l == CLS_BAD || r == CLS_BAD) && l != CLS_GOOD &&
               r != CLS_GOOD) {
      e = TK_BLOCK_BOILERPLATE;
    }
    aBlk[i].eKind = e;
  }
}

/* The SQL name of a block kind. */
const char *tk_block_kind_name(int eKind) {
  switch (eKind) {
  case TK_BLOCK_CONTENT:
    return "content";
  case TK_BLOCK_BOILERPLATE:
    return "boilerplate";
  default:
    return "short";
  }
}

/* Classify every block of pList (text z). */
static int classify(const char *z, BlkList *pList) {
  size_t n = pList->n;
  tk_token_options opt;
  tk_token_options_init(&opt);
  tk_tokenizer *pTok = 0;
  char *zErr = 0;
  int rc = tk_tokenizer_new(&opt, &pTok, &zErr);
  tk_free(zErr);
  if (rc != TK_OK) return rc;
  int *aCls = tk_malloc(n * 4 * sizeof(int));
  int *aHead = aCls ? aCls + 3 * n : 0;
  BlkCache *pCache = tk_malloc(sizeof(BlkCache));
  rc = aCls && pCache ? TK_OK : TK_ENOMEM;
  if (rc == TK_OK) {
    memset(pCache, 0, sizeof(*pCache));
    rc = pickStoplist(pTok, z, pList, &pCache->pStop);
  }
  for (size_t i = 0; rc == TK_OK && i < n; i++) {
    BlkStats s;
    rc = blockStats(pTok, pCache, z + pList->a[i].iStart, pList->a[i].nBytes,
                    &s);
    aCls[i] = firstClass(&s);
    aHead[i] = aCls[i] == CLS_SHORT && s.nWords >= BLK_HEAD_WORDS &&
               s.nStop > 0 && s.nUi == 0;
  }
  if (rc == TK_OK) {
    smooth(aCls, n, aCls + n, aCls + 2 * n, pList->a);
    for (size_t i = 0; i + 1 < n; i++) { /* ascending: no chains */
      if (aHead[i] && pList->a[i].eKind == TK_BLOCK_SHORT &&
          pList->a[i + 1].eKind == TK_BLOCK_CONTENT)
        pList->a[i].eKind = TK_BLOCK_CONTENT;
    }
  }
  tk_free(aCls);
  tk_free(pCache);
  tk_tokenizer_free(pTok);
  return rc;
}

/* Split and classify z[0..n). */
int tk_blocks(const char *z, size_t n, tk_block **paOut, size_t *pnOut) {
  BlkList list = {0, 0, 0};
  *paOut = 0;
  *pnOut = 0;
  int rc = splitBlocks(z, n, &list);
  if (rc == TK_OK && list.n > 0) rc = classify(z, &list);
  if (rc != TK_OK) {
    tk_free(list.a);
    return rc;
  }
  tk_charpos cp;
  tk_charpos_init(&cp, z, n);
  for (size_t i = 0; i < list.n; i++) {
    tk_block *b = &list.a[i];
    b->iChar = tk_charpos_at(&cp, b->iStart);
    b->nChars = tk_charpos_at(&cp, b->iStart + b->nBytes) - b->iChar;
  }
  *paOut = list.a;
  *pnOut = list.n;
  return TK_OK;
}

/* Append the content blocks of z[0..n) to p, separated by "\n\n". */
int tk_text_main(const char *z, size_t n, tk_buf *p) {
  tk_block *a;
  size_t nBlk, nOut = 0;
  int rc = tk_blocks(z, n, &a, &nBlk);
  if (rc != TK_OK) return rc;
  for (size_t i = 0; i < nBlk; i++) {
    if (a[i].eKind != TK_BLOCK_CONTENT) continue;
    if (nOut++ > 0) tk_buf_append(p, "\n\n", 2);
    tk_buf_append(p, z + a[i].iStart, a[i].nBytes);
  }
  tk_free(a);
  return p->oom ? TK_ENOMEM : TK_OK;
}
