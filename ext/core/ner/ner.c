/*
** ner.c -- the named-entity tagger: a greedy left-to-right averaged
** perceptron over BILOU tags (textkit/ner.h).
**
**   tk_ner_tag(tk_ner_builtin(), "Chuck Hagel visited Moscow.", 27, &a, &n)
**   -> {0,11,PERSON,0.98} {20,6,LOC,1.00}
**
** Each sentence (ner/tokens.c) is tagged token by token: the hashed
** features (ner/features.c) select weight rows of 16 int16 weights, one
** per tag but O (whose score is 0), where the row belongs to that feature
** (its owner fingerprint matches); the best tag that BILOU and the
** decoding rules allow wins.  Confident entities found in a sentence feed
** the document memory used by the sentences after it.  A model trained
** with TK_NER_FEAT_TWOPASS tags the document twice: the second pass also
** sees what the first said of each word's other mentions (document.c);
** the static features' weight sums are computed once for both passes.
*/
#include "ner_internal.h"

#include <math.h>
#include <string.h>

/* Softmax temperature for rScore, in weight units: at 10, CoNLL dev spans
** scoring >= 0.9 are 96% correct, those under 0.5 about 45%. */
#define NER_TEMP 10.0

struct tk_ner_model {
  const unsigned char *p; /* the model file's bytes (ner_internal.h) */
};

/* The model file's bytes, linked in by ner/model_data.c. */
extern const unsigned char tk_ner__model_data[];

static const tk_ner_model builtinModel = {tk_ner__model_data};

/* Titles: words that precede a person's name without being part of it
** (CoNLL: "U.S. Defense Secretary [William Perry]"); "Mr", "Mrs", "Ms" and
** "Dr" are also written without a full stop (British style). */
static const char *const azTitle[] = {
    "President",  "Mr.",         "Mrs.",       "Ms.",
    "Dr.",        "Mr",          "Mrs",        "Ms",
    "Dr",         "Secretary",   "Minister",   "Premier",
    "Senator",    "Sen.",        "Gen.",       "Governor",
    "Gov.",       "Rep.",        "Judge",      "Pope",
    "Chancellor", "Chairman",    "Chairwoman", "Capt.",
    "Col.",       "Colonel",     "Lt.",        "Sgt.",
    "Adm.",       "Admiral",     "Prof.",      "Professor",
    "Rev.",       "Coach",       "Mayor",      "Ambassador",
    "Spokesman",  "Spokeswoman", "spokesman",  "spokeswoman",
    "Sheikh",     "Cardinal",    "Archbishop", 0};
/* "PERSON", "ORG", "LOC", "MISC". */
const char *tk_ner_type_name(int eType) {
  static const char *const az[] = {"PERSON", "ORG", "LOC", "MISC"};
  return eType >= TK_ENT_PERSON && eType <= TK_ENT_MISC ? az[eType - 1] : 0;
}

/* The model built into the library. */
const tk_ner_model *tk_ner_builtin(void) {
  return &builtinModel;
}

/* The model's name, stored in its header. */
const char *tk_ner_model_name(const tk_ner_model *p) {
  return (const char *)p->p + 16;
}

/* The weight table's row count, log 2. */
static unsigned modelBits(const tk_ner_model *p) {
  uint32_t v;
  memcpy(&v, p->p + 8, 4);
  return v;
}

/* Bytes per weight: 1 or 2. */
static unsigned modelWidth(const tk_ner_model *p) {
  uint32_t v;
  memcpy(&v, p->p + 60, 4);
  return v;
}

/* The gazetteer's slot count, log 2 (0: none). */
static unsigned modelGazBits(const tk_ner_model *p) {
  uint32_t v;
  memcpy(&v, p->p + 48, 4);
  return v;
}

/* The row owners' fingerprints (after the weights). */
static const uint16_t *modelOwners(const tk_ner_model *p) {
  size_t nW = (size_t)TK_NER_NROW * modelWidth(p) << modelBits(p);
  return (const uint16_t *)(const void *)(p->p + TK_NER_HEADER + nW);
}

/* The gazetteer's slots (after the owners). */
static const uint64_t *modelGaz(const tk_ner_model *p) {
  return (const uint64_t *)(const void *)(modelOwners(p) +
                                          ((size_t)1 << modelBits(p)));
}

/* The vocabulary's slot count, log 2 (0: none). */
static unsigned modelVocabBits(const tk_ner_model *p) {
  uint32_t v;
  memcpy(&v, p->p + 52, 4);
  return v;
}

/* The vocabulary's slots (after the gazetteer). */
static const uint64_t *modelVocab(const tk_ner_model *p) {
  unsigned nGazBits = modelGazBits(p);
  return modelGaz(p) + (nGazBits ? (size_t)1 << nGazBits : 0);
}

/* The weight of one quantization step. */
static float modelScale(const tk_ner_model *p) {
  float r;
  memcpy(&r, p->p + 12, 4);
  return r;
}

/* Open a model file's bytes (see textkit/ner.h). */
int tk_ner_model_open(const void *pData, size_t nData, tk_ner_model **pp,
                      char **pzErr) {
  const unsigned char *a = pData;
  *pp = 0;
  uint32_t nBits = 0, nWidth = 0, nGazBits = 0, nVocabBits = 0;
  if (nData >= TK_NER_HEADER) {
    memcpy(&nBits, a + 8, 4);
    memcpy(&nGazBits, a + 48, 4);
    memcpy(&nVocabBits, a + 52, 4);
    memcpy(&nWidth, a + 60, 4);
  }
  if (nData < TK_NER_HEADER || memcmp(a, TK_NER_MAGIC, 8) != 0 || nBits < 1 ||
      nBits > 30 || (nWidth != 1 && nWidth != 2) || nGazBits > 30 ||
      memchr(a + 16, 0, 32) == 0 || ((uintptr_t)a & 7) != 0 ||
      nData != TK_NER_HEADER + ((size_t)(TK_NER_NROW * nWidth + 2) << nBits) +
                   (nGazBits ? (size_t)8 << nGazBits : 0) +
                   (nVocabBits ? (size_t)8 << nVocabBits : 0)) {
    if (pzErr) *pzErr = tk_mprintf("not a textkit NER model file");
    return TK_EINVAL;
  }
  tk_ner_model *p = tk_malloc(sizeof *p);
  if (!p) return TK_ENOMEM;
  p->p = a;
  *pp = p;
  return TK_OK;
}

/* Free a model from tk_ner_model_open. */
void tk_ner_model_close(tk_ner_model *p) {
  if (p != &builtinModel) tk_free(p);
}

/* The feature families of a model (TK_NER_FEAT_*). */
static unsigned modelFeatures(const tk_ner_model *p) {
  uint32_t v;
  memcpy(&v, p->p + 56, 4);
  return v;
}

/* A call's state: one document (at most TK_NER_DOCMAX tokens at a time),
** its tokens in arrays of nCap, grown together.  A tk_ner_scratch keeps
** the arrays from one call to the next (textkit/ner.h). */
struct tk_ner_scratch {
  tk_ner_memory mem;
  tk_ner_tok *aTok;
  tk_ner_info *aInfo;
  int *aTag;
  double *aConf;
  float *aMargin;      /* decision margins, in weight units */
  int32_t *aStatic;    /* per token: TK_NER_NROW sums of static weights */
  uint8_t *aHasStatic; /* per token: 1 once its aStatic sums are made */
  int *aSent;          /* the first token of each sentence, then nTok */
  size_t nCap, nSentCap;
  int nTok, nSent;
  tk_ner_span *aSpan;
  size_t nSpan, nAlloc;
  int bOom; /* an allocation failed: no more appends, the call fails */
};
typedef struct tk_ner_scratch Tagger;

/* A scratch keeps its token arrays after a call when they hold at most
** this many tokens (about 1 MB, a long news article); a longer text's are
** given back. */
#define TK_NER_KEEP_TOKENS 4096

/* Free the token arrays of pT and empty it (its spans are the caller's or
** freed already). */
static void freeArrays(Tagger *pT) {
  tk_free(pT->aTok);
  tk_free(pT->aInfo);
  tk_free(pT->aTag);
  tk_free(pT->aConf);
  tk_free(pT->aMargin);
  tk_free(pT->aStatic);
  tk_free(pT->aHasStatic);
  tk_free(pT->aSent);
  memset(pT, 0, sizeof *pT);
}

/* A new scratch (see textkit/ner.h). */
int tk_ner_scratch_new(tk_ner_scratch **pp) {
  *pp = tk_malloc(sizeof **pp);
  if (!*pp) return TK_ENOMEM;
  memset(*pp, 0, sizeof **pp);
  return TK_OK;
}

/* Free a scratch (see textkit/ner.h); NULL is a no-op. */
void tk_ner_scratch_free(tk_ner_scratch *p) {
  if (!p) return;
  freeArrays(p);
  tk_free(p);
}

/* Make room for nNeed tokens and one more sentence; 0 on success. */
static int growDoc(Tagger *pT, size_t nNeed) {
  if ((size_t)pT->nSent + 1 >= pT->nSentCap) {
    size_t n = pT->nSentCap ? 2 * pT->nSentCap : 64;
    int *a = tk_realloc(pT->aSent, n * sizeof *a);
    if (!a) return 1;
    pT->aSent = a;
    pT->nSentCap = n;
  }
  if (nNeed <= pT->nCap) return 0;
  size_t n = pT->nCap ? 2 * pT->nCap : 512;
  while (n < nNeed)
    n *= 2;
#define GROW(field)                                                            \
  do {                                                                         \
    void *x = tk_realloc(pT->field, n * sizeof *pT->field);                    \
    if (!x) return 1;                                                          \
    pT->field = x;                                                             \
  } while (0)
  GROW(aTok);
  GROW(aInfo);
  GROW(aTag);
  GROW(aConf);
  GROW(aMargin);
  GROW(aHasStatic);
#undef GROW
  int32_t *x = tk_realloc(pT->aStatic, n * TK_NER_NROW * sizeof *x);
  if (!x) return 1;
  pT->aStatic = x;
  pT->nCap = n;
  return 0;
}

/* Add the weights of the features aKey[0..nFeat) to acc.  Built twice,
** for AVX2 and for any x86-64 (the loader picks one): AVX2 widens a row
** of 16 int16 weights into two registers of int32 sums in four
** instructions, which cut a pass over the bench corpus from 894 M to
** 838 M instructions (docs/ner.md, "Speed").  The sums stay in a local
** array, so the compiler keeps them in registers. */
__attribute__((target_clones("avx2", "default"))) static void
addRows(const tk_ner_model *pModel, const uint64_t *aKey, int nFeat,
        int32_t *acc) {
  const int8_t *aW = (const int8_t *)(pModel->p + TK_NER_HEADER);
  const int16_t *aW16 = (const int16_t *)(pModel->p + TK_NER_HEADER);
  unsigned nBits = modelBits(pModel), nWidth = modelWidth(pModel);
  const uint16_t *aOwner = modelOwners(pModel);
  for (int f = 0; f < nFeat; f++) /* start every row's load at once */
    __builtin_prefetch(aW + TK_NER_ROW(aKey[f], nBits) * TK_NER_NROW * nWidth);
  if (nWidth == 2) {
    int32_t sum[TK_NER_NROW];
    memcpy(sum, acc, sizeof sum);
    for (int f = 0; f < nFeat; f++) {
      size_t r = TK_NER_ROW(aKey[f], nBits);
      if (aOwner[r] != TK_NER_FP(aKey[f])) continue; /* unseen feature */
      const int16_t *w = aW16 + r * TK_NER_NROW;
      for (int t = 0; t < TK_NER_NROW; t++)
        sum[t] += w[t];
    }
    memcpy(acc, sum, sizeof sum);
  } else {
    for (int f = 0; f < nFeat; f++) {
      size_t r = TK_NER_ROW(aKey[f], nBits);
      if (aOwner[r] != TK_NER_FP(aKey[f])) continue;
      const int8_t *w = aW + r * TK_NER_NROW;
      for (int t = 0; t < TK_NER_NROW; t++)
        acc[t] += w[t];
    }
  }
}

/* The sums of the static features' weights of token i of the sentence of
** nTok tokens at token i0, made on first use (both passes use them; most
** tokens never need them: tk_ner__scored). */
static const int32_t *staticSums(const tk_ner_model *pModel, Tagger *pT, int i0,
                                 int nTok, int i) {
  int32_t *acc = pT->aStatic + (size_t)(i0 + i) * TK_NER_NROW;
  if (!pT->aHasStatic[i0 + i]) {
    uint64_t aKey[TK_NER_MAXFEAT];
    memset(acc, 0, TK_NER_NROW * sizeof *acc);
    addRows(pModel, aKey,
            tk_ner__static_features(pT->aInfo + i0, nTok, i, aKey), acc);
    pT->aHasStatic[i0 + i] = 1;
  }
  return acc;
}

/* Tag the sentence of nTok tokens at token i0 into pT->aTag, aConf and
** aMargin from its token iFrom on (the tags before it stay): its static
** sums plus the dynamic features, for the tokens whose scores matter. */
static void tagSentence(const tk_ner_model *pModel, Tagger *pT, int i0,
                        int nTok, int iFrom) {
  float rScale = modelScale(pModel);
  uint64_t aKey[TK_NER_MAXFEAT];
  const tk_ner_info *aInfo = pT->aInfo + i0;
  int *aTag = pT->aTag + i0;
  int p1 = iFrom > 0 ? aTag[iFrom - 1] : 0;
  int p2 = iFrom > 1 ? aTag[iFrom - 2] : 0;
  for (int i = iFrom; i < nTok; i++) {
    int32_t acc[TK_NER_NROW] = {0};
    if (tk_ner__scored(aInfo[i].fCase, p1)) {
      memcpy(acc, staticSums(pModel, pT, i0, nTok, i), sizeof acc);
      addRows(pModel, aKey,
              tk_ner__dynamic_features(aInfo, nTok, i, p1, p2, &pT->mem, aKey),
              acc);
    }
    float aScore[TK_NER_NTAG];
    aScore[0] = 0;
    for (int t = 1; t < TK_NER_NTAG; t++)
      aScore[t] = (float)acc[t - 1];
    int bLast = i == nTok - 1 || (aInfo[i + 1].fCase & TK_NER_C_BREAK) != 0;
    int iFix = p1;
    float rMargin;
    int iBest = tk_ner__decide(aScore, &iFix, bLast, aInfo[i].fCase, &rMargin);
    pT->aMargin[i0 + i] = rMargin * rScale;
    if (iFix != p1) aTag[i - 1] = p1 = iFix;
    int sBest = iBest ? acc[iBest - 1] : 0;
    double rConf = 1.0;
    if (iBest) { /* softmax over the allowed tags, for entity tokens only */
      double rSum = 0;
      unsigned mValid = tk_ner__valid_tags(p1, bLast);
      for (int t = 0; t < TK_NER_NTAG; t++) {
        int s = t ? acc[t - 1] : 0;
        if (mValid >> t & 1)
          rSum += exp((double)(s - sBest) * rScale / NER_TEMP);
      }
      rConf = 1.0 / rSum;
    }
    aTag[i] = iBest;
    pT->aConf[i0 + i] = rConf;
    p2 = p1;
    p1 = iBest;
  }
}

/* One pass over the document's sentences with a fresh document memory.
** The second pass (bSecond) keeps the first pass's tags of a sentence's
** words before its first whose document features disagree with its tag
** (tk_ner__doc_first). */
static void tagPass(const tk_ner_model *pModel, Tagger *pT, int bSecond) {
  tk_ner__memory_clear(&pT->mem); /* the scratch starts all zeros */
  for (int s = 0; s < pT->nSent; s++) {
    int i0 = pT->aSent[s], n = pT->aSent[s + 1] - i0;
    int iFrom =
        bSecond ? tk_ner__doc_first(pT->aInfo + i0, pT->aTag + i0, n) : 0;
    if (iFrom < n) tagSentence(pModel, pT, i0, n, iFrom);
    tk_ner__memory_add(&pT->mem, pT->aInfo + i0, pT->aTag + i0,
                       pT->aMargin + i0, n);
  }
}

/* 1 when token t of z is one of the words of az (tk_ner__listed). */
static int isListed(const char *const *az, const char *z, const tk_ner_tok *t) {
  return tk_ner__listed(az, (const unsigned char *)z + t->iStart, t->nLen);
}

/* Append the entity of tokens [a, b] (inclusive) of type eType.  A title
** inside it, followed by capitalized words, means those words are a
** person's name: the span becomes them alone, as PERSON; not when the last
** word is a name's head ("Premier League", "Governor General Cup"). */
static void addSpan(Tagger *pT, const char *z, int a, int b, int eType) {
  for (int k = b - 1; k >= a; k--) {
    if (!isListed(azTitle, z, &pT->aTok[k])) continue;
    const tk_ner_tok *pLast = &pT->aTok[b];
    int bNames = !tk_ner__head_type((const unsigned char *)z + pLast->iStart,
                                    pLast->nLen);
    for (int j = k + 1; j <= b && bNames; j++)
      bNames = (pT->aInfo[j].fCase & TK_NER_C_UPPER1) != 0;
    if (bNames) {
      a = k + 1;
      eType = TK_ENT_PERSON;
    }
    break;
  }
  if (pT->bOom ||
      tk_reserve(&pT->aSpan, &pT->nAlloc, pT->nSpan, sizeof(*pT->aSpan))) {
    pT->bOom = 1;
    return;
  }
  double r = 0;
  for (int k = a; k <= b; k++)
    r += pT->aConf[k];
  tk_ner_span *s = &pT->aSpan[pT->nSpan++];
  s->iStart = pT->aTok[a].iStart;
  s->nLen = pT->aTok[b].iStart + pT->aTok[b].nLen - s->iStart;
  s->eType = eType;
  s->rScore = r / (b - a + 1);
}

/* Read the next sentences of rd into pT (from its start) until the text
** ends or TK_NER_DOCMAX tokens; mark their words, with the rules fRules.
** When they hold TK_NER_PROSE_MIN sentences of prose written with
** capitals, those without capitals are read again as code or commands,
** not lower-case text (tk_ner__sentence_info).  Returns 0 when there was
** no sentence left, -1 when out of memory, else 1. */
static int readDoc(const tk_ner_model *p, Tagger *pT, tk_ner_reader *pRd,
                   const char *z, unsigned fRules, int *pbDoc) {
  pT->nTok = pT->nSent = 0;
  unsigned fFeat = modelFeatures(p);
  int nProse = 0;
  while (pT->nTok + TK_NER_MAXSENT <= TK_NER_DOCMAX) {
    if (growDoc(pT, (size_t)pT->nTok + TK_NER_MAXSENT)) return -1;
    int n = tk_ner__reader_sentence(pRd, pT->aTok + pT->nTok);
    if (n == 0) break;
    tk_ner_info *a = pT->aInfo + pT->nTok;
    tk_ner__sentence_info(z, pT->aTok + pT->nTok, n, *pbDoc, 0, a);
    nProse += tk_ner__cased_prose(a, n);
    *pbDoc = 0;
    pT->aSent[pT->nSent++] = pT->nTok;
    pT->nTok += n;
  }
  pT->aSent[pT->nSent] = pT->nTok;
  for (int s = 0; s < pT->nSent; s++) {
    int i0 = pT->aSent[s], n = pT->aSent[s + 1] - i0;
    tk_ner_info *a = pT->aInfo + i0;
    const tk_ner_tok *aTok = pT->aTok + i0;
    if (nProse >= TK_NER_PROSE_MIN && (a[0].fCase & TK_NER_C_LOWLINE))
      tk_ner__sentence_info(z, aTok, n, (a[0].fCase & TK_NER_C_DOC0) != 0, 1,
                            a);
    tk_ner__gaz_mark(modelGaz(p), modelGazBits(p), a, n);
    tk_ner__vocab_mark(modelVocab(p), modelVocabBits(p), a, n);
    tk_ner__family_mark(z, aTok, a, n, fFeat);
    if (fRules & TK_NER_RULE_DATELINE)
      tk_ner__dateline_mark(z, pRd->n, aTok, a, n);
  }
  return pT->nSent > 0;
}

/* The lower-case particles a PERSON runs on over ("Ursula von der Leyen",
** "Lula da Silva", "Osama bin Laden").  Not name_cues.c's
** tk_ner__particle: with that list the model's seeds 0-3 fell 0.15 point
** on the present-day DEV set (trial EA2R, docs/ner.md). */
static const char *const azParticle[] = {
    "von", "van", "der", "den", "de",  "del", "della", "di",   "da",
    "das", "dos", "du",  "la",  "le",  "bin", "ibn",   "bint", "al",
    "el",  "ter", "ten", "zu",  "vom", "zur", 0};

/* 1 when token t of z is "al-X" or "el-X" with X capitalized. */
static int isArticleName(const char *z, const tk_ner_tok *t) {
  const char *w = z + t->iStart;
  return t->nLen > 3 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' &&
         w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z';
}

/* The last token of the entity that starts at token i (its B or U tag), or
** i when none starts there. */
static int entityEnd(const Tagger *pT, int i, int nEnd) {
  int pos = pT->aTag[i] ? TK_NER_TAG_POS(pT->aTag[i]) : -1;
  if (pos != 0) return i;
  while (i + 1 < nEnd && TK_NER_TAG_POS(pT->aTag[i + 1]) == 1)
    i++;
  return i + 1 < nEnd ? i + 1 : i;
}

/* The last token of the name a PERSON ending at token j goes on to (j when
** it stops there): a run of one or two particles and a capitalized word
** (to the end of an entity starting at it: "Ursula" + "von der" + "Leyen"),
** or one "al-X" token ("Mohammed Shia" + "al-Sudani"). */
static int personRunOn(const Tagger *pT, const char *z, int j, int nEnd) {
  if (j + 1 < nEnd && isArticleName(z, &pT->aTok[j + 1])) return j + 1;
  int k = j + 1;
  while (k < nEnd && k - j <= 2 && isListed(azParticle, z, &pT->aTok[k]))
    k++;
  if (k == j + 1 || k >= nEnd || !(pT->aInfo[k].fCase & TK_NER_C_UPPER1))
    return j;
  return entityEnd(pT, k, nEnd);
}

/* Append the spans of the tagged document in pT.  A PERSON runs on over
** the particles of its name (personRunOn). */
static void addSpans(Tagger *pT, const char *z) {
  for (int s = 0; s < pT->nSent; s++) {
    int nEnd = pT->aSent[s + 1];
    for (int i = pT->aSent[s]; i < nEnd; i++) {
      int t = pT->aTag[i], pos = TK_NER_TAG_POS(t);
      if (!t || pos == 1 || pos == 2) continue;
      int j = entityEnd(pT, i, nEnd);
      if (TK_NER_TAG_TYPE(t) == TK_ENT_PERSON) j = personRunOn(pT, z, j, nEnd);
      addSpan(pT, z, i, j, TK_NER_TAG_TYPE(t));
      i = j;
    }
  }
}

/* Tag a document (see textkit/ner.h): each run of at most TK_NER_DOCMAX
** tokens is tagged once, then, for a two-pass model, again with what the
** first pass said of the other mentions of each word. */
int tk_ner_tag(const tk_ner_model *p, const char *z, size_t n,
               tk_ner_span **paSpan, size_t *pnSpan) {
  return tk_ner_tag_w(p, z, n, 0, 0, 0, paSpan, pnSpan);
}

/* Tag z[0..n) with the arrays of pScratch (NULL: a scratch of this call)
** and the rules fRules, asking pWork whether to stop after each sentence. */
int tk_ner_tag_w(const tk_ner_model *p, const char *z, size_t n, tk_work *pWork,
                 tk_ner_scratch *pScratch, unsigned fRules,
                 tk_ner_span **paSpan, size_t *pnSpan) {
  *paSpan = 0;
  *pnSpan = 0;
  Tagger *pT = pScratch;
  if (!pT && tk_ner_scratch_new(&pT) != TK_OK) return TK_ENOMEM;
  pT->aSpan = 0;
  pT->nSpan = pT->nAlloc = 0;
  pT->bOom = 0;
  tk_ner_reader rd;
  tk_ner__reader_init(&rd, z ? z : "", z ? n : 0);
  int bDoc = 1, bStop = 0;
  size_t iRead = 0;
  while (!pT->bOom) {
    int rcRead = readDoc(p, pT, &rd, z, fRules, &bDoc);
    if (rcRead == 0) break;
    if (rcRead < 0) {
      pT->bOom = 1;
      break;
    }
    /* A run is at most TK_NER_DOCMAX tokens (about 100 KB): asking once
    ** per run and pass stops a long text within a few tens of ms. */
    uint64_t nRunCells = (uint64_t)(rd.i - iRead) * TK_WORK_CELLS_PER_BYTE;
    iRead = rd.i;
    bStop = tk_work_poll(pWork, nRunCells) != 0;
    if (bStop) break;
    memset(pT->aHasStatic, 0, (size_t)pT->nTok);
    tagPass(p, pT, 0);
    if (modelFeatures(p) & TK_NER_FEAT_TWOPASS) {
      bStop = tk_work_poll(pWork, nRunCells) != 0;
      if (bStop) break;
      if (tk_ner__doc_mark(pT->aInfo, pT->aTag, pT->nTok) != TK_OK) {
        pT->bOom = 1;
        break;
      }
      tagPass(p, pT, 1);
    }
    addSpans(pT, z);
  }
  int rc = TK_OK;
  if (pT->bOom || bStop) {
    tk_free(pT->aSpan);
    rc = bStop ? TK_EINTERRUPT : TK_ENOMEM;
  } else {
    *paSpan = pT->aSpan;
    *pnSpan = pT->nSpan;
  }
  pT->aSpan = 0; /* the caller's now, or freed */
  if (pT != pScratch)
    tk_ner_scratch_free(pT);
  else if (pT->nCap > TK_NER_KEEP_TOKENS || pT->bOom)
    freeArrays(pT);
  return rc;
}
