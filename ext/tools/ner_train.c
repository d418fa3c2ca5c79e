/*
** ner_train.c -- trains the named-entity model (`make model`):
**
**   build/release/tools/ner_train
**       --train ../shared/data/ner/conll2003/train.txt
**       --dev ../shared/data/ner/conll2003/dev.txt
**       --out ext/core/ner/model/ner-conll2003.bin
**       [--epochs 30] [--bits 17] [--width 2] [--clip 1.0]
**       [--gazetteer 1] [--rare 1] [--typed 1] [--twopass 1] [--heads 0]
**       [--final 0]
**       [--title-share P] [--lower-share P] [--particle-share P]
**       [--sentence-share P] [--org-share P --org-names FILE]
**       [--eastasia-share P] [--world-share P]
**       [--extra FILE] [--extra-weight W] [--extra-known 0|1] [--seed N]
**       [--orders K]
**
** Each training document is rebuilt as raw text (tokens joined by spaces,
** sentences by newlines) and tokenized, sentenced and featurized by the
** library's own code (ner_internal.h), so training sees exactly what
** tagging sees; gold CoNLL spans become BILOU tags of those tokens.
** A gazetteer of the training data's entity phrases and their words goes
** into the model; each training document is marked with one built without
** its tenth of the data (jackknife), so the weights do not over-trust it.
** Words seen once lose their identity features (the rest form the model's
** vocabulary), and each weight row is given to the most frequent feature
** hashed to it (ner_internal.h).  A greedy averaged perceptron then learns
** from its own predicted history (the previous tags and the document
** memory are its predictions, as when tagging).  Documents are shuffled
** each epoch by a fixed-seed generator; after each epoch the averaged
** weights are quantized (int16 by default) and the model file is scored on
** dev with the raw-text protocol through tk_ner_tag; the best epoch by
** PER+ORG+LOC F1 is written, and training stops after 8 epochs without a
** gain.  --typed 1 adds the typed gazetteer features (ner/gazetteers.c),
** --heads 1 the head nouns of name runs (ner/name_heads.c; `make model`
** passes it).
** --twopass 1 trains the model for a tagger that runs twice: each
** document is learnt from with document features (ner/document.c) made
** from first-pass tags of weights that never saw it (trained
** --fold-epochs epochs on the other nine tenths of the data), as the
** first pass errs on new text; tagging's first pass has none.  --final 1
** learns from train and dev together for exactly --epochs epochs (chosen
** on dev beforehand) and writes the last; its dev scores are then of seen
** data.
** --title-share and --lower-share add case-transformed copies of P% of the
** documents (ner_case.h: Title Case headline style, all lower-case),
** labels unchanged, so the tagger learns the features of those case
** regimes (TK_NER_C_TITLELINE, TK_NER_C_LOWLINE); a copy shares its
** original's jackknife fold, words and entity phrases (the gazetteer and
** the vocabulary are those of the originals).  --particle-share adds
** copies of P% of the documents whose PERSON names have a particle run
** before their last word ("Bill van der Clinton", ner_case.h), so that
** names with particles are learnt.  --sentence-share makes each sentence
** but the first (the headline) of P% of the documents a document of its
** own (ner_sentences.h), so that first sentences that are not headlines
** are learnt, as in a one-sentence text.
** --org-share adds copies of P% of the documents whose one-word ORG
** spans are names of the --org-names file in turn (ner_names.h), so that
** organizations unlike the 1996 ones are learnt; a document with no such
** span gets no copy.
** --eastasia-share adds copies of P% of the documents whose people of two
** words or more get East Asian names, surname first ("Lee Jae-myung",
** "Xi Jinping"; ner_eastasia.h), their one-word mentions the new surname.
** --world-share adds copies of P% of the documents whose people of two
** words or more get names of Africa, South Asia, the Middle East, Eastern
** Europe, Central Asia and Latin America, given name first ("Ngozi
** Okafor", "Dvořák"; ner_world.h), their one-word mentions the surname.
** --extra adds the documents of a CoNLL file, their updates scaled by
** --extra-weight (self-training: ner_autolabel.c labels unlabeled text);
** they are not copied, and (unless --extra-known 1) add no phrase to the
** gazetteer and no word to the vocabulary.  --seed N changes the order in
** which documents are shuffled (for a second run of a trial; 0 is the
** default, and `make model` passes its NER_SEED, 1).  --orders K trains
** K shuffle orders one after the other, each from zero weights, and
** writes the mean of their weights (each order's epoch picked by the dev
** score of the mean so far; --final: the last); 1, the default, is one
** order as before.
** Single-threaded and deterministic: the same data gives the same bytes.
*/
#include "../../ext/core/ner/ner_internal.h"
#include "ner_case.h"
#include "ner_conll.h"
#include "ner_eastasia.h"
#include "ner_world.h"
#include "ner_names.h"
#include "ner_sentences.h"

#include <math.h>
#include <time.h>

/* A training sentence: its tokens' features inputs and gold tags. */
typedef struct Sent {
  int iTok, nTok; /* into the global token arrays */
} Sent;

typedef struct TrainDoc {
  int iSent, nSent;
  int iTok, nTok; /* its tokens, contiguous in the global arrays */
  float rStep;    /* the size of its updates: 1, or --extra-weight */
} TrainDoc;

/* A gazetteer: open addressing over 1<<nBits u64 slots. */
typedef struct Gaz {
  unsigned nBits;
  uint64_t *a;
} Gaz;

/* One entity phrase of the training data. */
typedef struct Phrase {
  uint64_t key;
  int iDoc, eType;
} Phrase;

typedef struct Trainer {
  unsigned nBits;
  Gaz gaz;          /* over all the training data: goes into the model */
  Gaz vocab;        /* words seen twice or more: goes into the model */
  uint16_t *aOwner; /* per row: TK_NER_FP of its feature, 0 for none */
  Phrase *aPhrase;
  int nPhrase;
  size_t nRow;
  float *aW;  /* current weights */
  double *aU; /* sum of c * update, for averaging */
  double c;   /* examples seen */
  tk_ner_info *aInfo;
  int *aGold;
  int *aPred; /* per token: the tagger's last prediction */
  int nTok;
  unsigned fFeat; /* TK_NER_FEAT_*: the feature families trained */
  Sent *aSent;
  int nSent;
  TrainDoc *aDoc;
  int nDoc;
  int nData; /* documents 0..nData) are the data, then nExtra --extra
             ** documents, then the copies */
  int nExtra;
  int nOrig;    /* documents 0..nOrig) give the gazetteer's phrases and the
                ** vocabulary's words: nData, or with --extra-known 1
                ** nData + nExtra */
  int *aFold;   /* per document: its jackknife fold, 0..9 */
  int nOrigTok; /* the tokens of the original documents */
} Trainer;

/* Compare u64 values. */
static int cmpU64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The BILOU tags of sentence tokens a[0..n) of doc d. */
static void goldTags(const Doc *d, const tk_ner_tok *a, int n, int *aTag,
                     int *piGold) {
  for (int k = 0; k < n; k++) {
    size_t s = a[k].iStart, e = s + a[k].nLen;
    while (*piGold < d->nGold && d->aGold[*piGold].iEnd <= s)
      (*piGold)++;
    aTag[k] = 0;
    if (*piGold >= d->nGold) continue;
    const Gold *g = &d->aGold[*piGold];
    if (s < g->iStart || e > g->iEnd) continue;
    int bFirst = s == g->iStart, bLast = e == g->iEnd;
    int pos = bFirst && bLast ? 3 : bFirst ? 0 : bLast ? 2 : 1;
    aTag[k] = TK_NER_TAG(g->eType, pos);
  }
}

/* Record the entity phrases of a sentence of document iDoc. */
static void addPhrases(Trainer *t, int iDoc, const tk_ner_info *a,
                       const int *aTag, int n) {
  for (int k = 0; k < n; k++) {
    int pos = aTag[k] ? TK_NER_TAG_POS(aTag[k]) : -1, j = k;
    if (pos != 0 && pos != 3) continue;
    while (pos == 0 && j + 1 < n && TK_NER_TAG_POS(aTag[j + 1]) == 1)
      j++;
    if (pos == 0 && j + 1 < n) j++;
    if (j - k + 1 > TK_NER_GAZMAX) continue;
    t->aPhrase = realloc(t->aPhrase, (size_t)(t->nPhrase + 2 * (j - k) + 2) *
                                         sizeof *t->aPhrase);
    if (!t->aPhrase) abort();
    int eType = TK_NER_TAG_TYPE(aTag[k]);
    t->aPhrase[t->nPhrase++] =
        (Phrase){tk_ner__gaz_key(a + k, j - k + 1), iDoc, eType};
    for (int m = 1; m <= j - k; m++) /* its prefixes (type 0) */
      t->aPhrase[t->nPhrase++] = (Phrase){tk_ner__gaz_key(a + k, m), iDoc, 0};
    for (int m = k; m <= j; m++) /* its words, first and later */
      t->aPhrase[t->nPhrase++] =
          (Phrase){tk_ner__part_key(&a[m], m > k), iDoc, eType};
    k = j;
  }
}

/* Build the gazetteer of the phrases of documents not in fold iFold of 10
** (all of them when iFold < 0). */
static void gazBuild(const Trainer *t, int iFold, Gaz *g) {
  g->nBits = 10;
  while (((size_t)1 << g->nBits) < 2 * (size_t)t->nPhrase)
    g->nBits++;
  size_t mask = ((size_t)1 << g->nBits) - 1;
  g->a = calloc(mask + 1, sizeof *g->a);
  if (!g->a) abort();
  for (int i = 0; i < t->nPhrase; i++) {
    const Phrase *p = &t->aPhrase[i];
    if (iFold >= 0 && t->aFold[p->iDoc] == iFold) continue;
    size_t s = (size_t)(p->key >> (64 - g->nBits));
    while (g->a[s] && (g->a[s] & ~(uint64_t)15) != p->key)
      s = (s + 1) & mask;
    g->a[s] |= p->key | (p->eType ? 1u << (p->eType - 1) : 0);
  }
}

/* Mark every training sentence with its fold's gazetteer; build the full
** one into t->gaz. */
static void gazMark(Trainer *t) {
  for (int f = 0; f < 10; f++) {
    Gaz g;
    gazBuild(t, f, &g);
    for (int d = 0; d < t->nDoc; d++) {
      if (t->aFold[d] != f) continue;
      for (int s = t->aDoc[d].iSent; s < t->aDoc[d].iSent + t->aDoc[d].nSent;
           s++)
        tk_ner__gaz_mark(g.a, g.nBits, t->aInfo + t->aSent[s].iTok,
                         t->aSent[s].nTok);
    }
    free(g.a);
  }
  gazBuild(t, -1, &t->gaz);
}

/* Mark the words seen once in the training data TK_NER_C_RARE: the model
** learns to tag them from shape, affixes and context, as it must tag the
** unknown words of new text.  Words are counted in the original documents
** (a case copy's words are lower-cased alike) and marked in all. */
static void markRare(Trainer *t) {
  int nOrig = t->nOrigTok;
  uint64_t *a = malloc((size_t)nOrig * sizeof *a + 1);
  if (!a) abort();
  for (int i = 0; i < nOrig; i++)
    a[i] = t->aInfo[i].hLow;
  qsort(a, (size_t)nOrig, sizeof *a, cmpU64);
  int nRare = 0;
  for (int i = 0; i < t->nTok; i++) {
    uint64_t h = t->aInfo[i].hLow;
    size_t lo = 0, hi = (size_t)nOrig; /* first index of h */
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (a[mid] < h)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo + 1 >= (size_t)nOrig || a[lo + 1] != h) {
      t->aInfo[i].fCase |= TK_NER_C_RARE;
      nRare++;
    }
  }
  /* the vocabulary: every other word */
  Gaz *g = &t->vocab;
  g->nBits = 10;
  while (((size_t)1 << g->nBits) < 2 * (size_t)(t->nTok - nRare))
    g->nBits++;
  size_t mask = ((size_t)1 << g->nBits) - 1;
  g->a = calloc(mask + 1, sizeof *g->a);
  if (!g->a) abort();
  int nVocab = 0;
  for (int i = 0; i < t->nTok; i++) {
    if (t->aInfo[i].fCase & TK_NER_C_RARE) continue;
    uint64_t key = tk_ner__vocab_key(&t->aInfo[i]);
    size_t s = (size_t)(key >> (64 - g->nBits));
    while (g->a[s] && g->a[s] != (key | 1))
      s = (s + 1) & mask;
    if (!g->a[s]) nVocab++;
    g->a[s] = key | 1;
  }
  while (g->nBits > 10 && ((size_t)1 << (g->nBits - 1)) >= 2 * (size_t)nVocab) {
    /* rebuild smaller: the table was sized for tokens, not words */
    free(g->a);
    g->nBits--;
    mask = ((size_t)1 << g->nBits) - 1;
    g->a = calloc(mask + 1, sizeof *g->a);
    if (!g->a) abort();
    for (int i = 0; i < t->nTok; i++) {
      if (t->aInfo[i].fCase & TK_NER_C_RARE) continue;
      uint64_t key = tk_ner__vocab_key(&t->aInfo[i]);
      size_t s = (size_t)(key >> (64 - g->nBits));
      while (g->a[s] && g->a[s] != (key | 1))
        s = (s + 1) & mask;
      g->a[s] = key | 1;
    }
  }
  printf("words seen once: %d tokens; vocabulary: %d words\n", nRare, nVocab);
  free(a);
}

/* 1 when the document d writes capitals: TK_NER_PROSE_MIN sentences of
** prose written with them (tk_ner__cased_prose), as the tagger reads a
** document (ner.c). */
static int casedDoc(const Doc *d) {
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner_info aInfo[TK_NER_MAXSENT];
  tk_ner_reader rd;
  tk_ner__reader_init(&rd, d->z, d->n);
  int n, nProse = 0;
  while (nProse < TK_NER_PROSE_MIN &&
         (n = tk_ner__reader_sentence(&rd, aTok)) > 0) {
    tk_ner__sentence_info(d->z, aTok, n, 0, 0, aInfo);
    nProse += tk_ner__cased_prose(aInfo, n);
  }
  return nProse >= TK_NER_PROSE_MIN;
}

/* Tokenize and featurize the training documents into t (the first
** t->nData of them the data, then t->nExtra --extra documents, whose
** updates are of rExtraStep, then the copies). */
static void prepare(Trainer *t, const Doc *aDoc, int nDoc, float rExtraStep) {
  size_t nTokAlloc = 0, nSentAlloc = 0;
  tk_ner_tok aTok[TK_NER_MAXSENT];
  t->aDoc = calloc((size_t)nDoc, sizeof *t->aDoc);
  t->nDoc = nDoc;
  for (int i = 0; i < nDoc; i++) {
    int bCased = casedDoc(&aDoc[i]);
    tk_ner_reader rd;
    tk_ner__reader_init(&rd, aDoc[i].z, aDoc[i].n);
    int n, iGold = 0;
    t->aDoc[i].iSent = t->nSent;
    t->aDoc[i].iTok = t->nTok;
    while ((n = tk_ner__reader_sentence(&rd, aTok)) > 0) {
      if ((size_t)t->nTok + (size_t)n > nTokAlloc) {
        nTokAlloc = nTokAlloc * 2 + 4096;
        t->aInfo = realloc(t->aInfo, nTokAlloc * sizeof *t->aInfo);
        t->aGold = realloc(t->aGold, nTokAlloc * sizeof *t->aGold);
      }
      if ((size_t)t->nSent + 1 > nSentAlloc) {
        nSentAlloc = nSentAlloc * 2 + 1024;
        t->aSent = realloc(t->aSent, nSentAlloc * sizeof *t->aSent);
      }
      if (!t->aInfo || !t->aGold || !t->aSent) abort();
      tk_ner__sentence_info(aDoc[i].z, aTok, n, t->nSent == t->aDoc[i].iSent,
                            bCased, t->aInfo + t->nTok);
      tk_ner__family_mark(aDoc[i].z, aTok, t->aInfo + t->nTok, n, t->fFeat);
      goldTags(&aDoc[i], aTok, n, t->aGold + t->nTok, &iGold);
      t->aSent[t->nSent++] = (Sent){t->nTok, n};
      if (i < t->nOrig)
        addPhrases(t, i, t->aInfo + t->nTok, t->aGold + t->nTok, n);
      t->nTok += n;
    }
    t->aDoc[i].nSent = t->nSent - t->aDoc[i].iSent;
    t->aDoc[i].rStep =
        i >= t->nData && i < t->nData + t->nExtra ? rExtraStep : 1.0f;
    t->aDoc[i].nTok = t->nTok - t->aDoc[i].iTok;
    if (i + 1 == t->nOrig) t->nOrigTok = t->nTok;
  }
  t->aPred = calloc((size_t)t->nTok + 1, sizeof *t->aPred);
  if (!t->aPred) abort();
}

/* The keys of token i's features (static and dynamic) into aKey. */
static int allFeatures(const tk_ner_info *a, int n, int i, int p1, int p2,
                       const tk_ner_memory *pMem, uint64_t *aKey) {
  int k = tk_ner__static_features(a, n, i, aKey);
  return k + tk_ner__dynamic_features(a, n, i, p1, p2, pMem, aKey + k);
}

/* Give each weight row to the most frequent training feature hashed to it
** (counted along the gold tags); the others are left out, in training as
** in tagging. */
static void assignRows(Trainer *t, tk_ner_memory *pMem) {
  size_t nAlloc = (size_t)t->nTok * 64, nKey = 0;
  uint64_t *aAll = malloc(nAlloc * sizeof *aAll);
  float aMargin[TK_NER_MAXSENT];
  if (!aAll) abort();
  for (int k = 0; k < TK_NER_MAXSENT; k++)
    aMargin[k] = 1e9f;
  for (int d = 0; d < t->nDoc; d++) {
    const TrainDoc *pDoc = &t->aDoc[d];
    tk_ner__doc_clear(t->aInfo + pDoc->iTok, pDoc->nTok);
    /* the first pass, then (two-pass) the second as if the first was right */
    for (int iPass = 0; iPass < 2; iPass++) {
      if (iPass == 1) {
        if (!(t->fFeat & TK_NER_FEAT_TWOPASS)) break;
        if (tk_ner__doc_mark(t->aInfo + pDoc->iTok, t->aGold + pDoc->iTok,
                             pDoc->nTok) != TK_OK)
          abort();
      }
      tk_ner__memory_clear(pMem);
      for (int s = pDoc->iSent; s < pDoc->iSent + pDoc->nSent; s++) {
        const tk_ner_info *a = t->aInfo + t->aSent[s].iTok;
        const int *aGold = t->aGold + t->aSent[s].iTok;
        int n = t->aSent[s].nTok;
        if (nKey + (size_t)n * TK_NER_MAXFEAT > nAlloc) {
          nAlloc = 2 * nAlloc + (size_t)n * TK_NER_MAXFEAT;
          aAll = realloc(aAll, nAlloc * sizeof *aAll);
          if (!aAll) abort();
        }
        for (int i = 0; i < n; i++)
          nKey +=
              (size_t)allFeatures(a, n, i, i > 0 ? aGold[i - 1] : 0,
                                  i > 1 ? aGold[i - 2] : 0, pMem, aAll + nKey);
        tk_ner__memory_add(pMem, a, aGold, aMargin, n);
      }
    }
  }
  qsort(aAll, nKey, sizeof *aAll, cmpU64);
  int *aBest = calloc(t->nRow, sizeof *aBest);
  t->aOwner = calloc(t->nRow, sizeof *t->aOwner);
  if (!aBest || !t->aOwner) abort();
  size_t nOwned = 0, nDistinct = 0;
  for (size_t i = 0; i < nKey;) {
    size_t j = i;
    while (j < nKey && aAll[j] == aAll[i])
      j++;
    size_t r = TK_NER_ROW(aAll[i], t->nBits);
    if ((int)(j - i) > aBest[r]) { /* ties: the smaller key, seen first */
      if (!aBest[r]) nOwned++;
      aBest[r] = (int)(j - i);
      t->aOwner[r] = TK_NER_FP(aAll[i]);
    }
    nDistinct++;
    i = j;
  }
  printf("features: %zu distinct, %zu rows owned of %zu\n", nDistinct, nOwned,
         t->nRow);
  free(aBest);
  free(aAll);
}

/* Add d to weight (row, tag) with its averaging term. */
static void update(Trainer *t, uint32_t row, int iTag, float d) {
  if (iTag == 0) return; /* O is the reference class */
  size_t k = (size_t)row * TK_NER_NROW + (size_t)(iTag - 1);
  t->aW[k] += d;
  t->aU[k] += t->c * d;
}

/* One tagging pass over document pDoc with the weights aW, learning from
** each error (updates of pDoc->rStep) when bLearn; the predictions go to
** aPredAll (per token).
** Returns the number of token errors. */
static long tagPass(Trainer *t, const TrainDoc *pDoc, tk_ner_memory *pMem,
                    const float *aW, int bLearn, int *aPredAll) {
  long nErr = 0;
  uint32_t aFeat[TK_NER_MAXFEAT];
  float aMargin[TK_NER_MAXSENT];
  tk_ner__memory_clear(pMem);
  for (int s = pDoc->iSent; s < pDoc->iSent + pDoc->nSent; s++) {
    const tk_ner_info *a = t->aInfo + t->aSent[s].iTok;
    const int *aGold = t->aGold + t->aSent[s].iTok;
    int *aPred = aPredAll + t->aSent[s].iTok;
    int n = t->aSent[s].nTok, p1 = 0, p2 = 0;
    for (int i = 0; i < n; i++) {
      uint64_t aKey[TK_NER_MAXFEAT];
      int nKey = allFeatures(a, n, i, p1, p2, pMem, aKey), nFeat = 0;
      for (int f = 0; f < nKey; f++) { /* owned rows only, as tagging */
        size_t r = TK_NER_ROW(aKey[f], t->nBits);
        if (t->aOwner[r] == TK_NER_FP(aKey[f])) aFeat[nFeat++] = (uint32_t)r;
      }
      float acc[TK_NER_NROW] = {0};
      for (int f = 0; f < nFeat; f++) {
        const float *r = aW + (size_t)aFeat[f] * TK_NER_NROW;
        for (int k = 0; k < TK_NER_NROW; k++)
          acc[k] += r[k];
      }
      float aScore[TK_NER_NTAG];
      aScore[0] = 0;
      memcpy(aScore + 1, acc, sizeof acc);
      int bLast = i == n - 1 || (a[i + 1].fCase & TK_NER_C_BREAK) != 0;
      float rMargin;
      /* the coordinator rule ("and" never continues a PERSON) is one of
      ** tagging: training sees the model's own choice there, and learns
      ** from it when it is wrong */
      unsigned fCase = a[i].fCase & ~(unsigned)TK_NER_C_COORD;
      int iFix = p1,
          iBest = tk_ner__decide(aScore, &iFix, bLast, fCase, &rMargin);
      aMargin[i] = rMargin;
      if (iFix != p1) aPred[i - 1] = p1 = iFix;
      if (bLearn) t->c += 1;
      nErr += iBest != aGold[i];
      if (iBest != aGold[i] && bLearn) {
        for (int f = 0; f < nFeat; f++) {
          update(t, aFeat[f], aGold[i], pDoc->rStep);
          update(t, aFeat[f], iBest, -pDoc->rStep);
        }
      }
      aPred[i] = iBest;
      p2 = p1;
      p1 = iBest;
    }
    tk_ner__memory_add(pMem, a, aPred, aMargin, n);
  }
  return nErr;
}

/* One epoch over the documents in the order aOrder (those of fold iSkip
** of 10 left out, none when iSkip < 0): each document is tagged and learnt
** from once, with (two-pass, when aFirst is given) the document features
** of aFirst: first-pass tags made by weights that never saw the document,
** as the first pass errs on new text.  Returns the token errors. */
static long epoch(Trainer *t, const int *aOrder, tk_ner_memory *pMem, int iSkip,
                  const int *aFirst) {
  long nErr = 0;
  for (int o = 0; o < t->nDoc; o++) {
    if (t->aFold[aOrder[o]] == iSkip) continue;
    const TrainDoc *pDoc = &t->aDoc[aOrder[o]];
    tk_ner_info *a = t->aInfo + pDoc->iTok;
    tk_ner__doc_clear(a, pDoc->nTok);
    if (aFirst && tk_ner__doc_mark(a, aFirst + pDoc->iTok, pDoc->nTok) != TK_OK)
      abort();
    nErr += tagPass(t, pDoc, pMem, t->aW, 1, t->aPred);
  }
  return nErr;
}

/* The averaged weights into aAvg. */
static void averaged(const Trainer *t, float *aAvg) {
  for (size_t k = 0; k < t->nRow * TK_NER_NROW; k++)
    aAvg[k] = (float)(t->aW[k] - t->aU[k] / t->c);
}

/* First-pass tags of every training document from weights trained
** (nEpoch epochs, one pass) on the other nine tenths of the data, into
** aFirst: the second pass learns from first-pass mistakes as they are on
** unseen text.  The weights are reset afterwards. */
static void jackknifeFirstPass(Trainer *t, int nEpoch, int *aOrder,
                               tk_ner_memory *pMem, int *aFirst) {
  size_t nW = t->nRow * TK_NER_NROW;
  float *aAvg = malloc(nW * sizeof *aAvg);
  if (!aAvg) abort();
  long nErr = 0;
  for (int f = 0; f < 10; f++) {
    memset(t->aW, 0, nW * sizeof *t->aW);
    memset(t->aU, 0, nW * sizeof *t->aU);
    t->c = 0;
    for (int e = 0; e < nEpoch; e++)
      epoch(t, aOrder, pMem, f, 0);
    averaged(t, aAvg);
    for (int d = 0; d < t->nDoc; d++) {
      if (t->aFold[d] != f) continue;
      tk_ner__doc_clear(t->aInfo + t->aDoc[d].iTok, t->aDoc[d].nTok);
      nErr += tagPass(t, &t->aDoc[d], pMem, aAvg, 0, aFirst);
    }
  }
  printf("first pass, jackknifed: %ld token errors of %d\n", nErr, t->nTok);
  memset(t->aW, 0, nW * sizeof *t->aW);
  memset(t->aU, 0, nW * sizeof *t->aU);
  t->c = 0;
  free(aAvg);
}

/* Compare floats by absolute value, for the quantization percentile. */
static int cmpAbs(const void *a, const void *b) {
  float x = fabsf(*(const float *)a), y = fabsf(*(const float *)b);
  return x < y ? -1 : x > y;
}

/* The model file of the weights aAvg (t's rows): bytes into *pa
** (malloc'd). */
static size_t quantize(const Trainer *t, const float *aAvg, double rClip,
                       unsigned nWidth, unsigned char **pa) {
  size_t nW = t->nRow * TK_NER_NROW, nNz = 0;
  float *aNz = malloc(nW * sizeof *aNz);
  if (!aNz) abort();
  for (size_t k = 0; k < nW; k++)
    if (aAvg[k] != 0) aNz[nNz++] = aAvg[k];
  qsort(aNz, nNz, sizeof *aNz, cmpAbs);
  float rMax = nNz ? fabsf(aNz[(size_t)((double)(nNz - 1) * rClip)]) : 1;
  if (rMax <= 0) rMax = 1;
  long qMax = nWidth == 1 ? 127 : 32767;
  float rScale = rMax / (float)qMax;
  size_t nGaz = t->gaz.nBits ? (size_t)1 << t->gaz.nBits : 0;
  size_t nVocab = t->vocab.nBits ? (size_t)1 << t->vocab.nBits : 0;
  size_t nOwn = 2 * t->nRow;
  size_t nOut = TK_NER_HEADER + nW * nWidth + nOwn + 8 * nGaz + 8 * nVocab;
  unsigned char *a = calloc(nOut, 1);
  if (!a) abort();
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t k = 0; k < nW; k++) {
    long q = lrintf(aAvg[k] / rScale);
    if (q > qMax) q = qMax;
    if (q < -qMax) q = -qMax;
    for (unsigned b = 0; b < nWidth; b++) { /* little-endian */
      unsigned char x = (unsigned char)((unsigned long)q >> (8 * b));
      a[TK_NER_HEADER + k * nWidth + b] = x;
      h = (h ^ x) * 0x100000001b3ULL;
    }
  }
  unsigned char *pTail = a + TK_NER_HEADER + nW * nWidth;
  memcpy(pTail, t->aOwner, nOwn);
  if (nGaz) memcpy(pTail + nOwn, t->gaz.a, 8 * nGaz);
  if (nVocab) memcpy(pTail + nOwn + 8 * nGaz, t->vocab.a, 8 * nVocab);
  for (size_t k = 0; k < nOwn + 8 * (nGaz + nVocab); k++)
    h = (h ^ pTail[k]) * 0x100000001b3ULL;
  memcpy(a, TK_NER_MAGIC, 8);
  memcpy(a + 48, &t->gaz.nBits, 4);
  memcpy(a + 52, &t->vocab.nBits, 4);
  uint32_t nBits = t->nBits;
  memcpy(a + 8, &nBits, 4);
  memcpy(a + 12, &rScale, 4);
  memcpy(a + 60, &nWidth, 4);
  memcpy(a + 56, &t->fFeat, 4);
  snprintf((char *)a + 16, 32, "conll2003-perceptron-%08x",
           (unsigned)(h ^ (h >> 32)));
  free(aNz);
  *pa = a;
  return nOut;
}

/* The weights of the orders trained so far and of the current one. */
typedef struct Soup {
  float *aSum;  /* the picked weights of the orders before, summed */
  float *aCur;  /* the current order's averaged weights */
  float *aMix;  /* (aSum + aCur) / (orders so far + 1): the model scored */
  float *aPick; /* the current order's picked weights */
  int nBefore;  /* orders before the current one */
} Soup;

/* Train one shuffle order (rng, documents from the order aOrder) from zero
** weights, for nEpoch epochs (train-only: until 8 epochs pass without a
** gain), scoring on dev after each epoch the mix of its averaged weights
** with the orders before (pSoup); its picked weights (the last epoch's
** with bFinal, else the best-scoring mix's) go to pSoup->aPick, that
** mix's scores to *pBest.  Returns the picked epoch. */
static int trainOrder(Trainer *t, Soup *pSoup, uint64_t rng, int *aOrder,
                      int nLearn, tk_ner_memory *pMem, const int *aFirst,
                      int nEpoch, int bFinal, double rClip, unsigned nWidth,
                      const Doc *aDev, int nDev, clock_t t0, Score *pBest) {
  size_t nW = t->nRow * TK_NER_NROW;
  double rBest = -1;
  int iBest = 0;
  for (int e = 1; e <= nEpoch; e++) {
    for (int i = nLearn - 1; i > 0; i--) { /* Fisher-Yates, xorshift64 */
      rng ^= rng << 13;
      rng ^= rng >> 7;
      rng ^= rng << 17;
      int j = (int)(rng % (uint64_t)(i + 1)), x = aOrder[i];
      aOrder[i] = aOrder[j];
      aOrder[j] = x;
    }
    long nErr = epoch(t, aOrder, pMem, -1, aFirst);
    averaged(t, pSoup->aCur);
    for (size_t k = 0; k < nW; k++) /* one order: the weights themselves */
      pSoup->aMix[k] =
          (pSoup->aSum[k] + pSoup->aCur[k]) / (float)(pSoup->nBefore + 1);
    unsigned char *a;
    size_t n = quantize(t, pSoup->aMix, rClip, nWidth, &a);
    tk_ner_model *m;
    char *zErr = 0;
    if (tk_ner_model_open(a, n, &m, &zErr) != TK_OK) abort();
    Score s;
    evalDocs(m, aDev, nDev, &s);
    tk_ner_model_close(m);
    free(a);
    double f = scoreF1(&s, MASK_PLO, 0, 0);
    printf("epoch %2d: %ld train errors, dev F1 PER+ORG+LOC %.4f, all %.4f "
           "(%.0fs)\n",
           e, nErr, f, scoreF1(&s, MASK_ALL, 0, 0),
           (double)(clock() - t0) / CLOCKS_PER_SEC);
    fflush(stdout);
    if (bFinal ? e == nEpoch : f > rBest) { /* final: the last epoch */
      memcpy(pSoup->aPick, pSoup->aCur, nW * sizeof *pSoup->aPick);
      rBest = f;
      iBest = e;
      *pBest = s;
    } else if (!bFinal && e - iBest >= 8) {
      break;
    }
  }
  return iBest;
}

/* Print per-type and overall scores. */
static void report(const Score *s, const char *zLabel) {
  static const char *az[] = {0, "PER", "ORG", "LOC", "MISC"};
  double p, r, f;
  printf("%s\n", zLabel);
  for (int k = 1; k <= 4; k++) {
    f = scoreF1(s, 1 << k, &p, &r);
    printf("  %-8s P %.4f  R %.4f  F1 %.4f\n", az[k], p, r, f);
  }
  f = scoreF1(s, MASK_PLO, &p, &r);
  printf("  %-8s P %.4f  R %.4f  F1 %.4f\n", "PER+ORG+LOC", p, r, f);
  f = scoreF1(s, MASK_ALL, &p, &r);
  printf("  %-8s P %.4f  R %.4f  F1 %.4f\n", "ALL", p, r, f);
}

/* The kinds of copies past the case regimes, for sharePicked. */
enum {
  SHARE_PARTICLE = CASE_LOWER + 1,
  SHARE_SENTENCE = CASE_LOWER + 2,
  SHARE_ORG = CASE_LOWER + 3,
  SHARE_EASTASIA = CASE_LOWER + 4,
  SHARE_WORLD = CASE_LOWER + 5
};

/* 1 when document i is among the share nPercent of the documents picked
** for copies of kind eCase (a fixed hash of i: the same documents in every
** run). */
static int sharePicked(int i, int eCase, int nPercent) {
  uint64_t h = (uint64_t)(unsigned)i * 0x9e3779b97f4a7c15ULL +
               (uint64_t)eCase * 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 31;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 29;
  return (int)(h % 100) < nPercent;
}

/* The shares (percent) of the data's documents that get copies. */
typedef struct Shares {
  int nTitle, nLower, nParticle, nSentence, nOrg, nEastAsia, nWorld;
  const NameList *pOrgNames; /* --org-names, for the nOrg copies */
} Shares;

/* The room addCopies needs in aDoc for nOrig documents of data and nExtra
** --extra documents: the documents, six copies each, and the
** one-sentence copies. */
static size_t copiesRoom(const Doc *aDoc, int nOrig, int nExtra) {
  size_t n = 7 * (size_t)nOrig + (size_t)nExtra;
  for (int i = 0; i < nOrig; i++)
    n += (size_t)sentenceCopyRoom(&aDoc[i]);
  return n;
}

/* Append to aDoc[0..nOrig + nExtra) (the data, then the --extra
** documents; room for copiesRoom) the Title Case copies of the share
** p->nTitle% of the data's documents, the lower-case copies of
** p->nLower%, the particle copies of p->nParticle%, the one-sentence
** copies of p->nSentence%, the organization-name copies of p->nOrg%,
** the East Asian name copies of p->nEastAsia% and the world name copies
** of p->nWorld%;
** *paFold gets each document's jackknife fold (a copy's is its
** original's).  Returns the number of documents. */
static int addCopies(Doc *aDoc, int nOrig, int nExtra, const Shares *p,
                     int **paFold) {
  int *aFold = malloc(copiesRoom(aDoc, nOrig, nExtra) * sizeof *aFold + 1);
  if (!aFold) abort();
  int n = nOrig + nExtra, nTitleCopy = 0, nParticleCopy = 0, iTurn = 0;
  int nLowerCopy = 0, nSentenceCopy = 0, nOrgCopy = 0, iOrgTurn = 0;
  int nEastAsiaCopy = 0, iEastAsiaTurn = 0, nWorldCopy = 0, iWorldTurn = 0;
  for (int i = 0; i < n; i++)
    aFold[i] = i % 10;
  for (int i = 0; i < nOrig; i++) {
    if (sharePicked(i, CASE_TITLE, p->nTitle)) {
      caseCopy(&aDoc[i], CASE_TITLE, &aDoc[n]);
      aFold[n++] = i % 10;
      nTitleCopy++;
    }
    if (sharePicked(i, CASE_LOWER, p->nLower)) {
      caseCopy(&aDoc[i], CASE_LOWER, &aDoc[n]);
      aFold[n++] = i % 10;
      nLowerCopy++;
    }
    if (sharePicked(i, SHARE_PARTICLE, p->nParticle)) {
      particleCopy(&aDoc[i], &iTurn, &aDoc[n]);
      aFold[n++] = i % 10;
      nParticleCopy++;
    }
    if (sharePicked(i, SHARE_SENTENCE, p->nSentence)) {
      int nCopy = sentenceCopies(&aDoc[i], &aDoc[n]);
      for (int k = 0; k < nCopy; k++)
        aFold[n++] = i % 10;
      nSentenceCopy += nCopy;
    }
    if (sharePicked(i, SHARE_ORG, p->nOrg) &&
        orgCopy(&aDoc[i], p->pOrgNames, &iOrgTurn, &aDoc[n])) {
      aFold[n++] = i % 10;
      nOrgCopy++;
    }
    if (sharePicked(i, SHARE_EASTASIA, p->nEastAsia) &&
        eastAsiaCopy(&aDoc[i], &iEastAsiaTurn, &aDoc[n])) {
      aFold[n++] = i % 10;
      nEastAsiaCopy++;
    }
    if (sharePicked(i, SHARE_WORLD, p->nWorld) &&
        worldCopy(&aDoc[i], &iWorldTurn, &aDoc[n])) {
      aFold[n++] = i % 10;
      nWorldCopy++;
    }
  }
  printf("copies of %d documents: %d Title Case, %d lower-case, %d with "
         "particles, %d one-sentence, %d with other organizations, %d "
         "with East Asian names, %d with world names\n",
         nOrig, nTitleCopy, nLowerCopy, nParticleCopy, nSentenceCopy, nOrgCopy,
         nEastAsiaCopy, nWorldCopy);
  *paFold = aFold;
  return n;
}

/* 1 when every share of p is a percentage, 0..100. */
static int sharesValid(const Shares *p) {
  const int a[] = {p->nTitle, p->nLower,    p->nParticle, p->nSentence,
                   p->nOrg,   p->nEastAsia, p->nWorld};
  for (size_t k = 0; k < sizeof a / sizeof a[0]; k++)
    if (a[k] < 0 || a[k] > 100) return 0;
  return 1;
}

int main(int argc, char **argv) {
  const char *zTrain = 0, *zDev = 0, *zOut = 0, *zExtra = 0;
  const char *zOrgNames = 0;
  double rExtraStep = 1.0;
  int bExtraKnown = 0;
  uint64_t nSeed = 0;
  int nEpoch = 30, nOrders = 1;
  unsigned nBits = 17;
  double rClip = 1.0;
  unsigned nWidth = 2;
  int bGaz = 1, bRare = 1, bTyped = 1, bTwoPass = 1, bHeads = 0, bFinal = 0;
  int nFoldEpoch = 5;
  Shares shares = {0};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--train") == 0)
      zTrain = argv[i + 1];
    else if (strcmp(argv[i], "--dev") == 0)
      zDev = argv[i + 1];
    else if (strcmp(argv[i], "--out") == 0)
      zOut = argv[i + 1];
    else if (strcmp(argv[i], "--epochs") == 0)
      nEpoch = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--bits") == 0)
      nBits = (unsigned)atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--clip") == 0)
      rClip = atof(argv[i + 1]);
    else if (strcmp(argv[i], "--rare") == 0)
      bRare = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--gazetteer") == 0)
      bGaz = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--typed") == 0)
      bTyped = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--twopass") == 0)
      bTwoPass = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--heads") == 0)
      bHeads = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--fold-epochs") == 0)
      nFoldEpoch = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--final") == 0)
      bFinal = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--width") == 0)
      nWidth = (unsigned)atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--title-share") == 0)
      shares.nTitle = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--lower-share") == 0)
      shares.nLower = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--particle-share") == 0)
      shares.nParticle = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--sentence-share") == 0)
      shares.nSentence = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--org-share") == 0)
      shares.nOrg = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--eastasia-share") == 0)
      shares.nEastAsia = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--world-share") == 0)
      shares.nWorld = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--org-names") == 0)
      zOrgNames = argv[i + 1];
    else if (strcmp(argv[i], "--extra") == 0)
      zExtra = argv[i + 1];
    else if (strcmp(argv[i], "--extra-weight") == 0)
      rExtraStep = atof(argv[i + 1]);
    else if (strcmp(argv[i], "--extra-known") == 0)
      bExtraKnown = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--seed") == 0)
      nSeed = strtoull(argv[i + 1], 0, 10);
    else if (strcmp(argv[i], "--orders") == 0)
      nOrders = atoi(argv[i + 1]);
  }
  if (!zTrain || !zDev || !zOut || nBits < 10 || nBits > 24 ||
      (nWidth != 1 && nWidth != 2) || !sharesValid(&shares) ||
      rExtraStep <= 0 || rExtraStep > 1 || nOrders < 1 || nOrders > 16) {
    fprintf(stderr,
            "usage: %s --train FILE --dev FILE --out MODEL "
            "[--epochs N] [--bits 10..24] [--clip 0..1] [--width 1|2] "
            "[--gazetteer 0|1] [--rare 0|1] [--typed 0|1] [--twopass 0|1] "
            "[--heads 0|1] "
            "[--final 0|1] [--fold-epochs N] [--title-share 0..100] "
            "[--lower-share 0..100] [--particle-share 0..100] "
            "[--sentence-share 0..100] [--org-share 0..100 --org-names FILE] "
            "[--eastasia-share 0..100] [--world-share 0..100] "
            "[--extra FILE] [--extra-weight 0..1] [--extra-known 0|1] "
            "[--seed N] [--orders 1..16]\n",
            argv[0]);
    return 2;
  }
  NameList orgNames = {0};
  if (shares.nOrg && (!zOrgNames || nameListRead(zOrgNames, &orgNames))) {
    fprintf(stderr, "ner_train: --org-share needs --org-names FILE with "
                    "one name a line\n");
    return 2;
  }
  shares.pOrgNames = &orgNames;
  Doc *aTrain, *aDev, *aExtra = 0;
  int nTrain, nDev, nExtra = 0;
  if (conllRead(zTrain, &aTrain, &nTrain) || conllRead(zDev, &aDev, &nDev) ||
      (zExtra && conllRead(zExtra, &aExtra, &nExtra))) {
    fprintf(stderr, "ner_train: cannot read %s, %s or %s\n", zTrain, zDev,
            zExtra ? zExtra : "-");
    return 1;
  }
  int nOrig = bFinal ? nTrain + nDev : nTrain; /* final: train + dev */
  size_t nRoom = copiesRoom(aTrain, nTrain, nExtra) +
                 (bFinal ? copiesRoom(aDev, nDev, 0) : 0);
  Doc *aLearn = malloc(nRoom * sizeof *aLearn);
  if (!aLearn) abort();
  memcpy(aLearn, aTrain, (size_t)nTrain * sizeof *aLearn);
  if (bFinal) memcpy(aLearn + nTrain, aDev, (size_t)nDev * sizeof *aLearn);
  if (nExtra) /* self-training: after the data */
    memcpy(aLearn + nOrig, aExtra, (size_t)nExtra * sizeof *aLearn);
  clock_t t0 = clock();
  Trainer t = {0};
  t.nData = nOrig;
  t.nExtra = nExtra;
  t.nOrig = bExtraKnown ? nOrig + nExtra : nOrig;
  int nLearn = addCopies(aLearn, nOrig, nExtra, &shares, &t.aFold);
  t.fFeat = (bTyped ? TK_NER_FEAT_TYPED : 0) |
            (bTwoPass ? TK_NER_FEAT_TWOPASS : 0) |
            (bHeads ? TK_NER_FEAT_HEADS : 0);
  t.nBits = nBits;
  t.nRow = (size_t)1 << nBits;
  t.aW = calloc(t.nRow * TK_NER_NROW, sizeof *t.aW);
  t.aU = calloc(t.nRow * TK_NER_NROW, sizeof *t.aU);
  tk_ner_memory *pMem = malloc(sizeof *pMem);
  int *aOrder = malloc((size_t)nLearn * sizeof *aOrder);
  if (!t.aW || !t.aU || !pMem || !aOrder) abort();
  tk_ner__memory_init(pMem);
  prepare(&t, aLearn, nLearn, (float)rExtraStep);
  if (bGaz) gazMark(&t);
  if (bRare) markRare(&t);
  assignRows(&t, pMem);
  printf("train: %d documents, %d sentences, %d tokens, %d entity phrases; "
         "dev: %d documents\n",
         nLearn, t.nSent, t.nTok, t.nPhrase, nDev);
  for (int i = 0; i < nLearn; i++)
    aOrder[i] = i;
  int *aFirst = 0; /* two-pass: jackknifed first-pass tags */
  if (t.fFeat & TK_NER_FEAT_TWOPASS) {
    aFirst = malloc(((size_t)t.nTok + 1) * sizeof *aFirst);
    if (!aFirst) abort();
    jackknifeFirstPass(&t, nFoldEpoch, aOrder, pMem, aFirst);
  }
  size_t nW = t.nRow * TK_NER_NROW;
  Soup soup = {calloc(nW, sizeof(float)), malloc(nW * sizeof(float)),
               malloc(nW * sizeof(float)), malloc(nW * sizeof(float)), 0};
  if (!soup.aSum || !soup.aCur || !soup.aMix || !soup.aPick) abort();
  Score sBest = {0};
  int iBest = 0;
  for (int k = 0; k < nOrders; k++) {
    if (k > 0) { /* another order from zero weights and the first order */
      memset(t.aW, 0, nW * sizeof *t.aW);
      memset(t.aU, 0, nW * sizeof *t.aU);
      t.c = 0;
      for (int i = 0; i < nLearn; i++)
        aOrder[i] = i;
      printf("order %d of %d\n", k + 1, nOrders);
    }
    uint64_t uOrder = nSeed + (uint64_t)k * 0x100000001ULL;
    iBest = trainOrder(&t, &soup,
                       0x2545f4914f6cdd1dULL ^ (uOrder * 0x9e3779b97f4a7c15ULL),
                       aOrder, nLearn, pMem, aFirst, nEpoch, bFinal, rClip,
                       nWidth, aDev, nDev, t0, &sBest);
    for (size_t i = 0; i < nW; i++)
      soup.aSum[i] += soup.aPick[i];
    soup.nBefore++;
  }
  for (size_t i = 0; i < nW; i++)
    soup.aMix[i] = soup.aSum[i] / (float)nOrders;
  unsigned char *aBest;
  size_t nBest = quantize(&t, soup.aMix, rClip, nWidth, &aBest);
  report(&sBest, bFinal
                     ? "last epoch, on dev (seen in training):"
                     : "best epoch on dev (raw-text protocol, core tagger):");
  printf("epoch %d, model %s\n", iBest, (const char *)aBest + 16);
  free(soup.aSum);
  free(soup.aCur);
  free(soup.aMix);
  free(soup.aPick);
  FILE *f = fopen(zOut, "wb");
  if (!f || fwrite(aBest, 1, nBest, f) != nBest || fclose(f)) {
    fprintf(stderr, "ner_train: cannot write %s\n", zOut);
    return 1;
  }
  printf("wrote %s (%zu bytes) in %.0fs\n", zOut, nBest,
         (double)(clock() - t0) / CLOCKS_PER_SEC);
  nameListFree(&orgNames);
  return 0;
}
