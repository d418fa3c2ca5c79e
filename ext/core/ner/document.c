/*
** ner/document.c -- document-level features for the tagger's second pass:
** after a first pass has tagged the whole document, each capitalized word
** learns what the document's other mentions of it were (earlier and
** later), so a name typed confidently once is typed the same elsewhere:
**
**   tk_ner__doc_mark(aInfo, aTag, nTok);  // aInfo[k].fDoc, 0 for none
**
** fDoc = 1 | majority type of the others (0 O, 1..4) << 1 | they all agree
** << 4 | the type most often given to a longer entity holding the word
** elsewhere (0 none) << 5.  The token's own first-pass tag is left out;
** a word whose other mentions were all outside entities gets none, and the
** words of a sentence before its first whose document features disagree
** with its first-pass tag keep their first-pass tags.
*/
#include "ner_internal.h"

#include <string.h>

/* What the document says of one word. */
typedef struct Mention {
  uint64_t hLow; /* 0: empty slot (a word hashing to 0 is not counted) */
  int aType[5];  /* capitalized mentions per first-pass type, 0 = O */
  int aLong[5];  /* mentions inside a multi-token entity, per type */
} Mention;

/* 1 when token p counts as a mention: a capitalized word. */
static int isMention(const tk_ner_info *p) {
  return (p->fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP)) != 0 && p->hLow != 0;
}

/* The slot of h in a table of mask+1 slots (linear probing). */
static Mention *slotOf(Mention *aSlot, size_t mask, uint64_t h) {
  size_t s = (size_t)(h ^ (h >> 29)) & mask;
  while (aSlot[s].hLow && aSlot[s].hLow != h)
    s = (s + 1) & mask;
  return &aSlot[s];
}

/* The index of the largest of a[0..n) (the first on ties), -1 if all are
** zero. */
static int argMax(const int *a, int n) {
  int iBest = -1;
  for (int k = 0; k < n; k++)
    if (a[k] > 0 && (iBest < 0 || a[k] > a[iBest])) iBest = k;
  return iBest;
}

/* 1 when the other mentions all had the type of tag iTag. */
static int agrees(unsigned fDoc, int iTag) {
  int bUnanimous = (fDoc >> 4) & 1, eMajority = (fDoc >> 1) & 7;
  return bUnanimous && eMajority == TK_NER_TAG_TYPE(iTag);
}

/* The first word of a[0..nTok) whose document features disagree with its
** first-pass tag (ner_internal.h). */
int tk_ner__doc_first(const tk_ner_info *a, const int *aTag, int nTok) {
  int k = 0;
  while (k < nTok && (!a[k].fDoc || agrees(a[k].fDoc, aTag[k])))
    k++;
  return k;
}

/* Clear the document features (see ner_internal.h). */
void tk_ner__doc_clear(tk_ner_info *a, int nTok) {
  for (int k = 0; k < nTok; k++)
    a[k].fDoc = 0;
}

/* Set the document features from the first pass (see ner_internal.h). */
int tk_ner__doc_mark(tk_ner_info *a, const int *aTag, int nTok) {
  tk_ner__doc_clear(a, nTok);
  size_t nMention = 0; /* the table holds the mentions only */
  for (int k = 0; k < nTok; k++)
    nMention += isMention(&a[k]);
  if (nMention == 0) return TK_OK;
  size_t nSlot = 16;
  while (nSlot < 2 * nMention)
    nSlot *= 2;
  Mention *aSlot = tk_malloc(nSlot * sizeof *aSlot);
  if (!aSlot) return TK_ENOMEM;
  memset(aSlot, 0, nSlot * sizeof *aSlot);
  for (int k = 0; k < nTok; k++) {
    if (!isMention(&a[k])) continue;
    Mention *m = slotOf(aSlot, nSlot - 1, a[k].hLow);
    int t = TK_NER_TAG_TYPE(aTag[k]);
    m->hLow = a[k].hLow;
    m->aType[t]++;
    if (t && TK_NER_TAG_POS(aTag[k]) != 3) m->aLong[t]++;
  }
  for (int k = 0; k < nTok; k++) {
    if (!isMention(&a[k])) continue;
    const Mention *m = slotOf(aSlot, nSlot - 1, a[k].hLow);
    int aType[5], aLong[5], t = TK_NER_TAG_TYPE(aTag[k]);
    memcpy(aType, m->aType, sizeof aType);
    memcpy(aLong, m->aLong, sizeof aLong);
    aType[t]--; /* the others only */
    if (t && TK_NER_TAG_POS(aTag[k]) != 3) aLong[t]--;
    int nOther = 0;
    for (int j = 0; j < 5; j++)
      nOther += aType[j];
    if (aType[0] == nOther) continue; /* no other mention in an entity */
    int iMaj = argMax(aType, 5);
    int iLong = argMax(aLong, 5);
    a[k].fDoc = 1u | (unsigned)iMaj << 1 |
                (unsigned)(nOther == aType[iMaj]) << 4 |
                (unsigned)(iLong < 0 ? 0 : iLong) << 5;
  }
  tk_free(aSlot);
  return TK_OK;
}
