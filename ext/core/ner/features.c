/*
** ner/features.c -- the tagger's features, hashed into weight-row indices,
** shared by tagging (ner.c) and training (ext/tools/ner_train.c).
**
** Per token: the word as is and lower-cased, its shape (Xxxx, XX, dd,
** X.X.) long and short, prefixes 2-3 and suffixes 2-4; the words (lower-
** cased; the one before also as is) and shapes two either side, word
** bigrams, word-shape bigrams and one shape bigram; the two tags before
** it; capitalization in context (first of a sentence, all-caps headline
** line, all-lower-case line, first sentence of the document); and document
** memory: the entity type earlier sentences gave the word and its
** neighbours, and whether it was seen capitalized mid-sentence; the
** gazetteer of training-data entity phrases matching around it; the typed
** gazetteers (gazetteers.c) and, in the second pass, the other mentions of
** the word in the document (document.c); the bridges of name_cues.c
** ("Ursula von der Leyen"); the head noun of the capitalized run the
** word is in (name_heads.c: "Baltic Sea", "Gulf of Finland").  Static
** features (the text's) and dynamic ones (tags, memory, document) are
** separate, so the weights of the static ones are summed once for both
** passes.  In a Title Case or all-lower-case sentence every key but the
** word's identity is salted with the case regime (regimeSalt), so each
** regime has weights of its own.
*/
#include "ner_internal.h"

#include <string.h>
#include <utf8proc.h>

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL
#define H_BOS 0x5bd1e9955bd1e995ULL /* the word before a sentence */
#define H_EOS 0x2545f4914f6cdd1dULL /* the word after it */

/* FNV-1a-style step over one code point (one multiply per character). */
static uint64_t fnv(uint64_t h, uint32_t c) {
  return (h ^ c) * FNV_PRIME;
}

/* Combine two hashes. */
static uint64_t pair(uint64_t a, uint64_t b) {
  return a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
}

/* MurmurHash3's 64-bit finalizer. */
static uint64_t fmix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/* Append shape character s to the shapes (runs: long keeps 4, short 1). */
static void addShape(uint64_t *pLong, uint64_t *pShort, uint32_t s,
                     uint32_t *pLast, int *pRun) {
  if (s == *pLast) {
    (*pRun)++;
  } else {
    *pRun = 1;
    *pLast = s;
    *pShort = fnv(*pShort, s);
  }
  if (*pRun <= 4) *pLong = fnv(*pLong, s);
}

/* 1 when token k of the sentence z, aTok[0..nTok) is markup left in plain
** text: "<" or ">" alone, or a tag name (tk_markup_tag_name: "</dl>" in a
** Wikipedia extract, "<b>" in a scraped page; the text is known to go on
** to the end of the next token).  Such tokens are never in a name (an IRC
** nick written "<anna>" is lost with them). */
static int markupToken(const char *z, const tk_ner_tok *aTok, int nTok, int k) {
  const tk_ner_tok *t = &aTok[k];
  const char *p = z + t->iStart;
  if (t->nLen == 1 && (p[0] == '<' || p[0] == '>')) return 1;
  if (k + 1 >= nTok) return 0;
  size_t nKnown = aTok[k + 1].iStart + aTok[k + 1].nLen;
  return tk_markup_tag_name(z, nKnown, t->iStart, t->nLen);
}

/* FNV-1a's step (fnv) as a constant expression, and the shapes of a word
** of ASCII letters (addShape's hashes of "x", "xx"..., "X", "Xx"...):
** runs of one shape letter longer than 4 add nothing to the long shape. */
#define FNV_STEP(h, c) (((h) ^ (uint64_t)(c)) * FNV_PRIME)
#define FNV_X(h) FNV_STEP(h, 'x')
#define FNV_CAP FNV_STEP(FNV_OFFSET, 'X')
static const uint64_t aLowerLong[5] = {
    FNV_OFFSET, FNV_X(FNV_OFFSET), FNV_X(FNV_X(FNV_OFFSET)),
    FNV_X(FNV_X(FNV_X(FNV_OFFSET))), FNV_X(FNV_X(FNV_X(FNV_X(FNV_OFFSET))))};
static const uint64_t aCapLong[5] = {
    FNV_CAP, FNV_X(FNV_CAP), FNV_X(FNV_X(FNV_CAP)),
    FNV_X(FNV_X(FNV_X(FNV_CAP))), FNV_X(FNV_X(FNV_X(FNV_X(FNV_CAP))))};

/* The flags of a lower-case word u[0..n): a connector ("of", "van") and
** which kind, or none. */
static unsigned lowerWordFlags(const unsigned char *u, size_t n) {
  if (!tk_ner__connector(u, n)) return TK_NER_C_NOCONT;
  return TK_NER_C_CONN | (tk_ner__particle(u, n) ? TK_NER_C_PARTICLE : 0) |
         (tk_ner__coordinator(u, n) ? TK_NER_C_COORD : 0);
}

/* Finish *p: its case flags f, its prefix and suffix hashes from the
** first three and last four lower-cased characters aFirst, aLast (aLast
** in a ring of 4) of its nCp characters, and no marks yet. */
static void finishInfo(tk_ner_info *p, unsigned f, const uint32_t *aFirst,
                       const uint32_t *aLast, int nCp) {
  uint64_t h = FNV_OFFSET;
  for (int k = 0; k < 3; k++) {
    if (k < nCp) h = fnv(h, aFirst[k]);
    p->aPre[k] = h;
  }
  h = FNV_OFFSET;
  for (int k = 0; k < 4; k++) {
    if (k < nCp) h = fnv(h, aLast[(nCp - 1 - k) & 3]);
    p->aSuf[k] = h;
  }
  p->fCase = f;
  p->fGaz = p->fPart = 0;
  p->fTyped = 0;
  p->fDoc = 0;
  p->uHead = 0;
}

/* Fill *p for the token u[0..n) when it is a word of ASCII letters, all
** lower-case or a capital then lower-case ("said", "Clinton"): tokenInfo's
** facts, the same, at less cost (no class per character, one hash of the
** word when it is lower-case, its shapes from aLowerLong and aCapLong).
** Returns 0, with *p untouched, for any other token. */
static int plainWordInfo(const unsigned char *u, size_t n, tk_ner_info *p) {
  if (n == 0 || !tk_ascii_letter((char)u[0])) return 0;
  for (size_t i = 1; i < n; i++)
    if (u[i] < 'a' || u[i] > 'z') return 0;
  int bCap = u[0] <= 'Z';
  uint32_t aFirst[3], aLast[4];
  uint64_t hLow = FNV_OFFSET, hWord = FNV_OFFSET;
  for (size_t i = 0; i < n; i++) {
    uint32_t lc = u[i] | 0x20;
    hLow = fnv(hLow, lc);
    hWord = fnv(hWord, u[i]);
    if (i < 3) aFirst[i] = lc;
    aLast[i & 3] = lc;
  }
  unsigned f = bCap ? TK_NER_C_UPPER1 : 0;
  if (n > 1 || !bCap)
    f |= TK_NER_C_LOWER;
  else
    f |= TK_NER_C_ALLCAP; /* "A", "I" */
  if (!bCap) f |= lowerWordFlags(u, n);
  size_t nX = n - (size_t)bCap;
  p->hLow = hLow;
  p->hWord = hWord;
  p->hShape = (bCap ? aCapLong : aLowerLong)[nX < 4 ? nX : 4];
  p->hShort = bCap ? (nX ? FNV_X(FNV_CAP) : FNV_CAP) : FNV_X(FNV_OFFSET);
  finishInfo(p, f, aFirst, aLast, (int)n);
  return 1;
}

/* Fill *p for the token z[t->iStart..+nLen). */
static void tokenInfo(const char *z, const tk_ner_tok *t, tk_ner_info *p) {
  const unsigned char *u = (const unsigned char *)z + t->iStart;
  size_t n = t->nLen, i = 0;
  if (plainWordInfo(u, n, p)) return;
  uint32_t aFirst[3], aLast[4], sLast = 0;
  int nCp = 0, nRun = 0;
  uint64_t hLow = FNV_OFFSET, hWord = FNV_OFFSET;
  uint64_t hShape = FNV_OFFSET, hShort = FNV_OFFSET;
  unsigned f = 0;
  int bLetter = 0, bUpper = 0, bAnyLetter = 0;
  while (i < n) {
    uint32_t c = u[i], lc = c, s;
    if (c < 0x80) {
      i++;
      if (c >= 'A' && c <= 'Z') {
        lc = c + 32;
        s = 'X';
      } else if (c >= 'a' && c <= 'z') {
        s = 'x';
      } else if (c >= '0' && c <= '9') {
        s = 'd';
      } else {
        s = c;
      }
    } else {
      c = tk_utf8_next(u, n, &i);
      utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
      if (e == UTF8PROC_CATEGORY_LU || e == UTF8PROC_CATEGORY_LT) {
        lc = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
        s = 'X';
      } else if (e == UTF8PROC_CATEGORY_LL) {
        s = 'x';
      } else if (e >= UTF8PROC_CATEGORY_LM && e <= UTF8PROC_CATEGORY_LO) {
        s = 'o';
      } else if (e == UTF8PROC_CATEGORY_ND) {
        s = 'd';
      } else {
        s = '*';
      }
    }
    if (s == 'X') {
      if (nCp == 0) f |= TK_NER_C_UPPER1;
      bLetter = bUpper = 1;
    } else if (s == 'x') {
      f |= TK_NER_C_LOWER;
      bLetter = 1;
    } else if (s == 'd') {
      f |= TK_NER_C_DIGIT;
    }
    if (s == 'X' || s == 'x' || s == 'o') bAnyLetter = 1;
    hWord = fnv(hWord, c);
    hLow = fnv(hLow, lc);
    addShape(&hShape, &hShort, s, &sLast, &nRun);
    if (nCp < 3) aFirst[nCp] = lc;
    aLast[nCp & 3] = lc;
    nCp++;
  }
  if (bLetter && !(f & TK_NER_C_LOWER)) f |= TK_NER_C_ALLCAP;
  if (!bAnyLetter) f |= TK_NER_C_NOLETTER;
  if (n == 1 && u[0] && strchr(",.;!?", u[0])) f |= TK_NER_C_STOP;
  if ((f & TK_NER_C_LOWER) && !bUpper) f |= lowerWordFlags(u, n);
  p->hLow = hLow;
  p->hWord = hWord;
  p->hShape = hShape;
  p->hShort = hShort;
  finishInfo(p, f, aFirst, aLast, nCp);
}

/* 1 when the sentence z, aTok[0..nTok) with token facts a[], has its
** lower-case words (other than connectors) all among the short words a
** Title Case headline leaves lower-case. */
static int onlySmallLower(const char *z, const tk_ner_tok *aTok,
                          const tk_ner_info *a, int nTok) {
  for (int k = 0; k < nTok; k++) {
    if ((a[k].fCase & TK_NER_C_NOCONT) &&
        !tk_ner__headline_small((const unsigned char *)z + aTok[k].iStart,
                                aTok[k].nLen))
      return 0;
  }
  return 1;
}

/* The hWord of the token z[t->iStart..+nLen) with its first letter upper-
** case ("clinton" as "Clinton"): in an all-lower-case line the word
** clusters are looked up under it, since names are clustered as written
** (capitalized). */
static uint64_t capitalizedHash(const char *z, const tk_ner_tok *t) {
  const unsigned char *u = (const unsigned char *)z + t->iStart;
  size_t n = t->nLen, i = 0;
  uint64_t h = FNV_OFFSET;
  for (int bFirst = 1; i < n; bFirst = 0) {
    uint32_t c = u[i] < 0x80 ? u[i++] : tk_utf8_next(u, n, &i);
    if (bFirst && c >= 'a' && c <= 'z')
      c -= 32;
    else if (bFirst && c >= 0x80)
      c = (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
    h = fnv(h, c);
  }
  return h;
}

/* The hash of the token z[t->iStart..+nLen) lower-cased: tokenInfo's
** hLow, without the rest of its work (see ner_internal.h). */
uint64_t tk_ner__low_hash(const char *z, const tk_ner_tok *t) {
  const unsigned char *u = (const unsigned char *)z + t->iStart;
  size_t n = t->nLen, i = 0;
  uint64_t h = FNV_OFFSET;
  while (i < n) {
    uint32_t c = u[i];
    if (c < 0x80) {
      i++;
      h = fnv(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    uint32_t lc = c; /* as tokenInfo: a character that is not upper-case
                     ** hashes as its first byte */
    c = tk_utf8_next(u, n, &i);
    utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
    if (e == UTF8PROC_CATEGORY_LU || e == UTF8PROC_CATEGORY_LT)
      lc = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
    h = fnv(h, lc);
  }
  return h;
}

/* Fill a[] for one sentence (see ner_internal.h). */
void tk_ner__sentence_info(const char *z, const tk_ner_tok *aTok, int nTok,
                           int bDocStart, int bCasedDoc, tk_ner_info *a) {
  int nCaps = 0, nLower = 0, nUpper = 0, nConn = 0;
  for (int k = 0; k < nTok; k++) {
    tokenInfo(z, &aTok[k], &a[k]);
    if (markupToken(z, aTok, nTok, k)) a[k].fCase |= TK_NER_C_STOP;
    if (a[k].fCase & TK_NER_C_CONN) nConn++;
    if (a[k].fCase & TK_NER_C_ALLCAP) nCaps++;
    if (a[k].fCase & TK_NER_C_LOWER) nLower++;
    if (a[k].fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP)) nUpper++;
  }
  unsigned f = 0;
  if (nCaps > 0 && nLower == 0) f |= TK_NER_C_CAPSLINE;
  if (nUpper == 0 && nLower > 0 && !bCasedDoc)
    f |= TK_NER_C_LOWLINE;
  else if (nLower > 0 && nUpper >= TK_NER_TITLE_MIN &&
           onlySmallLower(z, aTok, a, nTok))
    f |= TK_NER_C_TITLELINE;
  if (bDocStart) f |= TK_NER_C_DOC0;
  for (int k = 0; k < nTok; k++)
    a[k].fCase |= f;
  if (f & TK_NER_C_LOWLINE) { /* any word may be in a name of any length */
    for (int k = 0; k < nTok; k++) {
      a[k].fCase &= ~(unsigned)TK_NER_C_NOCONT;
      a[k].hWord = capitalizedHash(z, &aTok[k]);
    }
  }
  if (nTok > 0) a[0].fCase |= TK_NER_C_SENT0;
  if (nConn && !(f & TK_NER_C_LOWLINE)) tk_ner__bridge_mark(a, nTok);
  tk_ner__cluster_mark(a, nTok);
}

/* 1 when the sentence a[0..nTok) is prose written with capitals (see
** ner_internal.h). */
int tk_ner__cased_prose(const tk_ner_info *a, int nTok) {
  const unsigned fRegime =
      TK_NER_C_CAPSLINE | TK_NER_C_LOWLINE | TK_NER_C_TITLELINE;
  if (nTok == 0 || (a[0].fCase & fRegime) ||
      (a[0].fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP)) != TK_NER_C_UPPER1)
    return 0;
  int nLower = 0;
  for (int k = 1; k < nTok && nLower < TK_NER_PROSE_LOWER; k++)
    nLower += (a[k].fCase & TK_NER_C_LOWER) && !(a[k].fCase & TK_NER_C_UPPER1);
  return nLower >= TK_NER_PROSE_LOWER;
}

/* The gazetteer key of a phrase (see ner_internal.h). */
uint64_t tk_ner__gaz_key(const tk_ner_info *a, int n) {
  uint64_t h = FNV_OFFSET;
  for (int k = 0; k < n; k++)
    h = pair(h, a[k].hLow);
  h = fmix(h) & ~(uint64_t)15;
  return h ? h : 16;
}

/* The typed gazetteer key of a phrase (see ner_internal.h). */
uint64_t tk_ner__typed_key(const tk_ner_info *a, int n) {
  uint64_t h = 0x243f6a8885a308d3ULL;
  for (int k = 0; k < n; k++)
    h = pair(h, a[k].hLow);
  h = fmix(h) & TK_NER_TGAZ_KEYMASK;
  return h ? h : TK_NER_TGAZ_KEYMASK & (TK_NER_TGAZ_KEYMASK >> 1);
}

/* The gazetteer key of a word as part of an entity (see ner_internal.h). */
uint64_t tk_ner__part_key(const tk_ner_info *p, int bRest) {
  uint64_t h =
      fmix(p->hLow ^ (bRest ? 0xa54ff53a5f1d36f1ULL : 0x510e527fade682d1ULL)) &
      ~(uint64_t)15;
  return h ? h : 16;
}

/* The type mask of a phrase key in the gazetteer, 0 when absent. */
static unsigned gazLookup(const uint64_t *aGaz, unsigned nGazBits,
                          uint64_t key) {
  size_t mask = ((size_t)1 << nGazBits) - 1;
  for (size_t s = (size_t)(key >> (64 - nGazBits));; s = (s + 1) & mask) {
    if (aGaz[s] == 0) return 0;
    if ((aGaz[s] & ~(uint64_t)15) == key) return (unsigned)(aGaz[s] & 15);
  }
}

/* 1 when a phrase key is in the gazetteer, as a phrase or the prefix of
** one (then *pm gets its type mask, 0 for a prefix alone). */
static int gazFind(const uint64_t *aGaz, unsigned nGazBits, uint64_t key,
                   unsigned *pm) {
  size_t mask = ((size_t)1 << nGazBits) - 1;
  for (size_t s = (size_t)(key >> (64 - nGazBits));; s = (s + 1) & mask) {
    if (aGaz[s] == 0) return 0;
    if ((aGaz[s] & ~(uint64_t)15) == key) {
      *pm = (unsigned)(aGaz[s] & 15);
      return 1;
    }
  }
}

/* The vocabulary key of a word (see ner_internal.h). */
uint64_t tk_ner__vocab_key(const tk_ner_info *p) {
  uint64_t h = fmix(p->hLow ^ 0x3c6ef372fe94f82bULL) & ~(uint64_t)15;
  return h ? h : 16;
}

/* Start loading the slot where a key's probe begins in a table of
** 1 << nBits slots: a sentence's lookups are prefetched together before
** they are made, so their cache misses overlap. */
static void prefetchSlot(const uint64_t *aSlot, unsigned nBits, uint64_t key) {
  __builtin_prefetch(aSlot + (key >> (64 - nBits)));
}

/* Mark the words missing from the vocabulary (see ner_internal.h). */
void tk_ner__vocab_mark(const uint64_t *aVocab, unsigned nVocabBits,
                        tk_ner_info *a, int nTok) {
  if (nVocabBits == 0) return;
  for (int k = 0; k < nTok; k++)
    prefetchSlot(aVocab, nVocabBits, tk_ner__vocab_key(&a[k]));
  for (int k = 0; k < nTok; k++) {
    if (!gazLookup(aVocab, nVocabBits, tk_ner__vocab_key(&a[k])))
      a[k].fCase |= TK_NER_C_RARE;
  }
}

/* Mark the gazetteer matches of a sentence (see ner_internal.h). */
void tk_ner__gaz_mark(const uint64_t *aGaz, unsigned nGazBits, tk_ner_info *a,
                      int nTok) {
  if (nGazBits == 0) return;
  for (int s = 0; s < nTok; s++) {
    if (!tk_ner__phrase_start(a[s].fCase)) continue;
    prefetchSlot(aGaz, nGazBits, tk_ner__part_key(&a[s], 0));
    prefetchSlot(aGaz, nGazBits, tk_ner__part_key(&a[s], 1));
    prefetchSlot(aGaz, nGazBits, tk_ner__gaz_key(&a[s], 1));
    if (s + 1 < nTok) prefetchSlot(aGaz, nGazBits, tk_ner__gaz_key(&a[s], 2));
  }
  for (int s = 0; s < nTok; s++) {
    if (!tk_ner__phrase_start(a[s].fCase)) continue;
    a[s].fPart = gazLookup(aGaz, nGazBits, tk_ner__part_key(&a[s], 0)) |
                 gazLookup(aGaz, nGazBits, tk_ner__part_key(&a[s], 1)) << 4;
    uint64_t h = FNV_OFFSET;
    for (int n = 1; n <= TK_NER_GAZMAX && s + n <= nTok; n++) {
      h = pair(h, a[s + n - 1].hLow);
      uint64_t key = fmix(h) & ~(uint64_t)15;
      unsigned m;
      if (!gazFind(aGaz, nGazBits, key ? key : 16, &m))
        break; /* neither a phrase nor the start of one */
      for (int t = 0; m && t < 4; t++) {
        if (!(m & (1u << t))) continue;
        if (n == 1) {
          a[s].fGaz |= 1u << (4 * t + 3);
          continue;
        }
        a[s].fGaz |= 1u << (4 * t);
        for (int k = s + 1; k < s + n - 1; k++)
          a[k].fGaz |= 1u << (4 * t + 1);
        a[s + n - 1].fGaz |= 1u << (4 * t + 2);
      }
    }
  }
}

/* Empty the document memory (see ner_internal.h). */
void tk_ner__memory_init(tk_ner_memory *p) {
  memset(p, 0, sizeof *p);
}

/* Empty the document memory, slot by slot only when its generation count
** wraps (see ner_internal.h). */
void tk_ner__memory_clear(tk_ner_memory *p) {
  if (++p->uGen == 0) tk_ner__memory_init(p);
}

/* The memory slot of a word. */
static unsigned memSlot(uint64_t h) {
  return (unsigned)(fmix(h) >> (64 - TK_NER_MEMBITS));
}

/* Remember the capitalized words of a tagged sentence: their entity type
** (5 for "capitalized, not an entity") and whether they were capitalized
** away from the sentence start in a normally cased line. */
void tk_ner__memory_add(tk_ner_memory *p, const tk_ner_info *a, const int *aTag,
                        const float *aMargin, int nTok) {
  for (int k = 0; k < nTok; k++) {
    if (!(a[k].fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP))) continue;
    unsigned s = memSlot(a[k].hLow);
    if (p->aGen[s] != p->uGen) { /* empty since the last clear */
      p->aGen[s] = p->uGen;
      p->aKey[s] = 0;
      p->aType[s] = p->aCapMid[s] = 0;
    }
    if (p->aKey[s] != a[k].hLow) {
      p->aKey[s] = a[k].hLow;
      p->aCapMid[s] = 0;
    }
    if (aMargin[k] >= TK_NER_MEMGATE)
      p->aType[s] = aTag[k] ? (uint8_t)TK_NER_TAG_TYPE(aTag[k]) : 5;
    if (!(a[k].fCase &
          (TK_NER_C_SENT0 | TK_NER_C_CAPSLINE | TK_NER_C_TITLELINE)) &&
        (a[k].fCase & TK_NER_C_UPPER1) && (a[k].fCase & TK_NER_C_LOWER))
      p->aCapMid[s] = 1;
  }
}

/* What the memory holds for a word: type (0..5) + 8 * capitalized-mid. */
static uint64_t memOf(const tk_ner_memory *p, uint64_t h) {
  unsigned s = memSlot(h);
  if (p->aGen[s] != p->uGen || p->aKey[s] != h) return 0;
  return (uint64_t)p->aType[s] + 8 * (uint64_t)p->aCapMid[s];
}

/* The key of feature template k with value h. */
static uint64_t featureKey(unsigned k, uint64_t h) {
  return fmix(h ^ ((uint64_t)(k + 1) * 0x9e3779b97f4a7c15ULL));
}

/* The salt of the feature keys of a token in a sentence of case flags
** fCase: 0 in normally cased text; in an all-lower-case or a Title Case
** sentence, a constant of that regime, so its features are learnt apart
** (but the word's identity, see regimeKey). */
static uint64_t regimeSalt(unsigned fCase) {
  if (fCase & TK_NER_C_LOWLINE) return 0x9e3779b97f4a7c15ULL;
  if (fCase & TK_NER_C_TITLELINE) return 0xc2b2ae3d27d4eb4fULL;
  return 0;
}

/* The key of a feature in the case regime of salt (regimeSalt): key
** itself in normal text, another one in the other regimes. */
static uint64_t regimeKey(uint64_t key, uint64_t salt) {
  return salt ? fmix(key ^ salt) : key;
}

/* The keys of the features v[0..n) of templates kBase + k into aKey,
** each salted with salt but the one of index kShared (-1 for none), left
** out when its mask m[k] meets omit (NULL m: none left out); returns how
** many were written.  Most tokens are in normally cased text (no salt)
** with no rare word around (nothing left out): their keys take a loop of
** no branch. */
static int appendKeys(const uint64_t *v, const unsigned *m, int n,
                      unsigned omit, unsigned kBase, int kShared, uint64_t salt,
                      uint64_t *aKey) {
  if (!salt && (!m || !omit)) {
    for (int k = 0; k < n; k++)
      aKey[k] = featureKey(kBase + (unsigned)k, v[k]);
    return n;
  }
  int nOut = 0;
  for (int k = 0; k < n; k++) {
    if (m && (m[k] & omit)) continue;
    aKey[nOut++] = regimeKey(featureKey(kBase + (unsigned)k, v[k]),
                             k == kShared ? 0 : salt);
  }
  return nOut;
}

/* The positions d+2 (d = -2..2) around token i whose word is rare: the
** features that use those words are left out (TK_NER_C_RARE). */
static unsigned rareMask(const tk_ner_info *a, int nTok, int i) {
  unsigned omit = 0;
  for (int d = -2; d <= 2; d++) {
    int j = i + d;
    if (j >= 0 && j < nTok && (a[j].fCase & TK_NER_C_RARE))
      omit |= 1u << (d + 2);
  }
  return omit;
}

/* The lower-cased words, words as is and short shapes of tokens i-2..i+2
** (sentence edges as H_BOS / H_EOS). */
static void window(const tk_ner_info *a, int nTok, int i, uint64_t *low,
                   uint64_t *word, uint64_t *sh) {
  for (int d = -2; d <= 2; d++) {
    int j = i + d;
    if (j < 0 || j >= nTok) {
      low[d + 2] = word[d + 2] = sh[d + 2] = j < 0 ? H_BOS : H_EOS;
    } else {
      low[d + 2] = a[j].hLow;
      word[d + 2] = a[j].hWord;
      sh[d + 2] = a[j].hShort;
    }
  }
}

/* The classes (bit per class) a typed gazetteer match mask covers (four
** bits a class, TK_NER_TGAZ_NCLASS * 4 == 64): a step per class matched,
** as most tokens match none or one. */
static unsigned typedKinds(uint64_t fTyped) {
  _Static_assert(TK_NER_TGAZ_NCLASS * 4 == 64, "a nibble per class");
  unsigned k = 0;
  while (fTyped) {
    int c = __builtin_ctzll(fTyped) / 4;
    k |= 1u << c;
    fTyped &= ~(15ULL << (4 * c));
  }
  return k;
}

/* The typed gazetteer features of token i into v[]: each class matched
** with its BILOU positions, alone and with the word's shape, and the
** classes matched by the words either side with this word's.  Returns
** their number. */
static int typedFeatures(const tk_ner_info *a, int nTok, int i, uint64_t sh,
                         uint64_t *v) {
  uint64_t f = a[i].fTyped;
  int n = 0;
  for (int c = 0; c < TK_NER_TGAZ_NCLASS; c++) {
    uint64_t nib = (f >> (4 * c)) & 15;
    if (!nib) continue;
    v[n++] = 0x3c6ef372fe94f82bULL ^ ((uint64_t)c << 4 | nib);
    v[n++] = pair(0xa54ff53a5f1d36f1ULL ^ ((uint64_t)c << 4 | nib), sh);
  }
  unsigned kSelf = typedKinds(f);
  unsigned kPrev = i > 0 ? typedKinds(a[i - 1].fTyped) : 0x10000;
  unsigned kNext = i + 1 < nTok ? typedKinds(a[i + 1].fTyped) : 0x10000;
  v[n++] = pair(0x510e527fade682d1ULL ^ kPrev, kSelf);
  v[n++] = pair(0x9b05688c2b3e6c1fULL ^ kNext, kSelf);
  return n;
}

/* The kind of the connector run that starts at token k (or ends at it,
** d -1): 1 when it holds a name particle, 2 for phrase connectors only. */
static uint64_t runKind(const tk_ner_info *a, int nTok, int k, int d) {
  uint64_t u = 2;
  for (; k >= 0 && k < nTok && (a[k].fCase & TK_NER_C_BRIDGE_IN); k += d)
    if (a[k].fCase & TK_NER_C_PARTICLE) u = 1;
  return u;
}

/* The features of token i in or beside a run of connectors between
** capitalized words (TK_NER_C_BRIDGE_*) into v[]: its place (before, in,
** after) with the run's kind (runKind), alone and with the token's shape;
** for a connector, also with the connector itself.  Returns their
** number. */
static int bridgeFeatures(const tk_ner_info *a, int nTok, int i, uint64_t *v) {
  unsigned f = a[i].fCase;
  uint64_t place = f & TK_NER_C_BRIDGE_BEFORE ? 1
                   : f & TK_NER_C_BRIDGE_IN   ? 2
                                              : 3;
  uint64_t kind = place == 1   ? runKind(a, nTok, i + 1, 1)
                  : place == 3 ? runKind(a, nTok, i - 1, -1)
                               : (f & TK_NER_C_PARTICLE ? 1 : 2);
  int n = 0;
  v[n++] = place * 4 + kind;
  v[n++] = pair(place * 4 + kind, a[i].hShort);
  if (place == 2) v[n++] = pair(place * 4 + kind, a[i].hLow);
  return n;
}

/* The static features of token i (see ner_internal.h). */
int tk_ner__static_features(const tk_ner_info *a, int nTok, int i,
                            uint64_t *aKey) {
  const tk_ner_info *t = &a[i];
  if (tk_ner__fixed_o(t->fCase)) return 0; /* always O: nothing to score */
  uint64_t low[5], word[5], sh[5];
  window(a, nTok, i, low, word, sh);
  uint64_t fSent = t->fCase & TK_NER_C_SENT0 ? 1 : 0;
  uint64_t fLow = t->fCase & TK_NER_C_LOWLINE ? 1 : 0;
  uint64_t fDoc = t->fCase & TK_NER_C_DOC0 ? 1 : 0;
  /* Each feature with the positions (bit d+2) whose word it uses: a rare
  ** word (TK_NER_C_RARE) leaves those out, as an unknown word does when
  ** tagging. */
  unsigned omit = rareMask(a, nTok, i);
  uint64_t v[TK_NER_MAXFEAT];
  unsigned m[TK_NER_MAXFEAT];
  int n = 0;
#define F(val, mask) (v[n] = (val), m[n++] = (mask))
  F(0, 0);
  F(low[2], 4);
  F(word[2], 4);
  F(t->hShape, 0);
  F(sh[2], 0);
  for (int k = 1; k < 3; k++)
    F(t->aPre[k], 0);
  for (int k = 1; k < 4; k++)
    F(t->aSuf[k], 0);
  F(low[1], 2);
  F(low[3], 8);
  F(low[4], 16);
  F(word[1], 2);
  F(sh[1], 0);
  F(sh[3], 0);
  F(sh[0], 0);
  F(sh[4], 0);
  F(pair(sh[2], sh[3]), 0);
  F(pair(low[1], low[2]), 6);
  F(pair(low[2], low[3]), 12);
  F(pair(fSent, sh[2]), 0);
  F(pair(fLow, low[2]), 4);
  F(pair(fDoc, sh[2]), 0);
  F(pair(low[1], sh[2]), 2);
  F(pair(sh[2], low[3]), 8);
  F(0x6a09e667f3bcc908ULL ^ t->fGaz, 0);
  F(pair(t->fGaz, sh[2]), 0);
  F(0xbb67ae8584caa73bULL ^ t->fPart, 0);
  F(pair(t->fPart, sh[2]), 0);
  F(pair(t->fPart, i + 1 < nTok ? a[i + 1].fPart : 256), 0);
#undef F
  /* the word's identity (feature 1, the lower-cased word) is shared by
  ** the case regimes; the others are learnt per regime */
  uint64_t salt = regimeSalt(t->fCase);
  int nOut = appendKeys(v, m, n, omit, 0, 1, salt, aKey);
  if (t->fTyped || (i > 0 && a[i - 1].fTyped) ||
      (i + 1 < nTok && a[i + 1].fTyped)) {
    int nTyped = typedFeatures(a, nTok, i, sh[2], v);
    for (int k = 0; k < nTyped; k++)
      aKey[nOut++] = regimeKey(featureKey(200, v[k]), salt);
  }
  if (t->fCase & TK_NER_C_BRIDGE) {
    int nBridge = bridgeFeatures(a, nTok, i, v);
    nOut += appendKeys(v, NULL, nBridge, 0, 300, -1, salt, aKey + nOut);
  }
  if (t->uHead) { /* the head of its name run: alone, with the shape */
    v[0] = t->uHead;
    v[1] = pair(t->uHead, t->hShort);
    nOut += appendKeys(v, NULL, 2, 0, 400, -1, salt, aKey + nOut);
  }
  int nCluster = tk_ner__cluster_features(a, nTok, i, aKey + nOut);
  for (int k = nOut; k < nOut + nCluster; k++)
    aKey[k] = regimeKey(aKey[k], salt);
  return nOut + nCluster;
}

/* The document features of token i into v[]: the other mentions' summary
** (fDoc) alone, with the shape, the previous tag and the neighbours'.
** Returns their number (none when no other mention). */
static int docFeatures(const tk_ner_info *a, int nTok, int i, uint64_t sh,
                       uint64_t p1, uint64_t *v) {
  uint64_t d = a[i].fDoc;
  if (!d) return 0;
  int n = 0;
  v[n++] = 0x1f83d9abfb41bd6bULL ^ d;
  v[n++] = pair(0x5be0cd19137e2179ULL ^ d, sh);
  v[n++] = pair(0x428a2f98d728ae22ULL ^ d, p1);
  v[n++] = pair(0x7137449123ef65cdULL ^ d, i > 0 ? a[i - 1].fDoc : 1024);
  v[n++] = pair(0xb5c0fbcfec4d3b2fULL ^ d, i + 1 < nTok ? a[i + 1].fDoc : 1024);
  return n;
}

/* The dynamic features of token i (see ner_internal.h). */
int tk_ner__dynamic_features(const tk_ner_info *a, int nTok, int i, int iPrev1,
                             int iPrev2, const tk_ner_memory *pMem,
                             uint64_t *aKey) {
  const tk_ner_info *t = &a[i];
  if (!tk_ner__scored(t->fCase, iPrev1)) return 0;
  uint64_t low[5], word[5], sh[5], mem[3];
  window(a, nTok, i, low, word, sh);
  for (int d = -1; d <= 1; d++) {
    int j = i + d;
    mem[d + 1] = j < 0 || j >= nTok ? 16 : memOf(pMem, a[j].hLow);
  }
  uint64_t p1 = (uint64_t)iPrev1, p2 = (uint64_t)iPrev2;
  uint64_t fSent = t->fCase & TK_NER_C_SENT0 ? 1 : 0;
  uint64_t fCaps = t->fCase & TK_NER_C_CAPSLINE ? 1 : 0;
  unsigned omit = rareMask(a, nTok, i);
  uint64_t v[TK_NER_MAXFEAT];
  unsigned m[TK_NER_MAXFEAT];
  int n = 0;
#define F(val, mask) (v[n] = (val), m[n++] = (mask))
  F(p1, 0);
  F(pair(p2, p1), 0);
  F(pair(p1, low[2]), 4);
  F(pair(p1, sh[2]), 0);
  F(pair(p1, low[1]), 2);
  F(mem[1], 0);
  F(pair(mem[1], sh[2]), 0);
  F(mem[2], 0);
  F(mem[0], 0);
  F(pair(mem[1], fSent * 2 + fCaps), 0);
  F(pair(p1, mem[1]), 0);
  F(pair(t->fGaz, p1), 0);
#undef F
  /* the previous tag with the word (feature 2) is shared by the case
  ** regimes; the others are learnt per regime (regimeSalt) */
  uint64_t salt = regimeSalt(t->fCase);
  int nOut = appendKeys(v, m, n, omit, 100, 2, salt, aKey);
  int nDoc = docFeatures(a, nTok, i, sh[2], p1, v);
  return nOut + appendKeys(v, NULL, nDoc, 0, 201, -1, salt, aKey + nOut);
}

/* The best tag allowed after iPrev (-1 for none); *pMargin gets its lead
** over the next allowed tag. */
static int bestValid(const float *aScore, int iPrev, int bLast,
                     float *pMargin) {
  int iBest = -1, iNext = -1;
  unsigned mValid = tk_ner__valid_tags(iPrev, bLast);
  for (int t = 0; t < TK_NER_NTAG; t++) {
    if (!(mValid >> t & 1)) continue;
    if (iBest < 0 || aScore[t] > aScore[iBest]) {
      iNext = iBest;
      iBest = t;
    } else if (iNext < 0 || aScore[t] > aScore[iNext]) {
      iNext = t;
    }
  }
  *pMargin = iNext < 0 ? 1e9f : aScore[iBest] - aScore[iNext];
  return iBest;
}

/* Greedy decision (see ner_internal.h). */
int tk_ner__decide(const float *aScore, int *piPrev, int bLast, unsigned fCase,
                   float *pMargin) {
  int iPrev = *piPrev, bInside = iPrev && TK_NER_TAG_POS(iPrev) < 2;
  if ((fCase & TK_NER_C_NOLETTER) && !bInside) {
    *pMargin = 1e9f; /* it only ever continues an entity */
    return 0;
  }
  if (fCase & TK_NER_C_CONN) {
    int iIn = bInside ? TK_NER_TAG(TK_NER_TAG_TYPE(iPrev), 1) : 0;
    if ((fCase & TK_NER_C_COORD) && TK_NER_TAG_TYPE(iPrev) == TK_ENT_PERSON)
      iIn = 0; /* "and" joins two persons' names, never sits in one */
    if (iIn && !bLast && aScore[iIn] > aScore[0]) {
      *pMargin = aScore[iIn] - aScore[0];
      return iIn;
    }
    fCase |= TK_NER_C_STOP; /* O, closing any open entity */
  }
  if (fCase & TK_NER_C_BREAK) {
    if (bInside) {
      iPrev = TK_NER_TAG(TK_NER_TAG_TYPE(iPrev),
                         TK_NER_TAG_POS(iPrev) == 0 ? 3 : 2);
      *piPrev = iPrev;
    }
    if (tk_ner__fixed_o(fCase)) {
      *pMargin = 1e9f;
      return 0;
    }
  }
  return bestValid(aScore, iPrev, bLast, pMargin);
}
