/*
** ner/gazetteers.c -- the typed gazetteers as tagger features: person
** first names (two frequency buckets) and surnames, countries, regions,
** cities (three population buckets), other places, nationalities,
** languages, currencies, companies, organizations and ordinary lower-case
** English words, built by `make gazetteers` (ext/tools/gazetteers_build.py,
** ext/tools/gaz_compile.c; sources in docs/NOTICE.md) and linked in by
** ner/gazetteers_data.c.  They are features, never overrides:
**
**   tk_ner__typed_mark(aInfo, nTok);   // aInfo[k].fTyped: class x BILOU
**   m = tk_ner_gazetteer_classes("Porto Alegre", 12);  // TK_NER_GAZ_*
**
** A phrase of up to TK_NER_GAZMAX tokens is matched lower-cased, from a
** capitalized word (any word in an all-lower-case line); the longer
** phrases are only looked up while a shorter one is their prefix.
*/
#include "ner_internal.h"

#include <string.h>

/* gazetteers.bin's bytes (ner_internal.h: TK_NER_TGAZ_MAGIC). */
extern const unsigned char tk_ner__gazetteers_data[];

/* The slot count of the built-in table, log 2 (0 when it is not valid). */
static unsigned tableBits(void) {
  uint32_t v;
  if (memcmp(tk_ner__gazetteers_data, TK_NER_TGAZ_MAGIC, 8) != 0) return 0;
  memcpy(&v, tk_ner__gazetteers_data + 8, 4);
  return v >= 4 && v <= 30 ? v : 0;
}

/* The classes and prefix bit of a phrase key, 0 when absent. */
static uint32_t lookup(const uint64_t *aSlot, unsigned nBits, uint64_t key) {
  size_t mask = ((size_t)1 << nBits) - 1;
  for (size_t s = (size_t)(key >> (64 - nBits));; s = (s + 1) & mask) {
    if (aSlot[s] == 0) return 0;
    if ((aSlot[s] & TK_NER_TGAZ_KEYMASK) == key)
      return (uint32_t)(aSlot[s] & ~TK_NER_TGAZ_KEYMASK);
  }
}

/* Mark the typed gazetteer matches of a sentence (see ner_internal.h). */
void tk_ner__typed_mark(tk_ner_info *a, int nTok) {
  unsigned nBits = tableBits();
  if (!nBits) return;
  const uint64_t *aSlot =
      (const uint64_t *)(const void *)(tk_ner__gazetteers_data +
                                       TK_NER_TGAZ_HEADER);
  for (int s = 0; s < nTok; s++) { /* overlap the words' cache misses */
    if (!tk_ner__phrase_start(a[s].fCase)) continue;
    for (int n = 1; n <= 2 && s + n <= nTok; n++)
      __builtin_prefetch(aSlot + (tk_ner__typed_key(a + s, n) >> (64 - nBits)));
  }
  for (int s = 0; s < nTok; s++) {
    if (!tk_ner__phrase_start(a[s].fCase)) continue;
    for (int n = 1; n <= TK_NER_GAZMAX && s + n <= nTok; n++) {
      uint32_t m = lookup(aSlot, nBits, tk_ner__typed_key(a + s, n));
      uint32_t mClass = m & ((1u << TK_NER_TGAZ_NCLASS) - 1);
      for (; mClass; mClass &= mClass - 1) { /* the classes listing it */
        int c = __builtin_ctz(mClass);
        if (n == 1) {
          a[s].fTyped |= (uint64_t)8 << (4 * c); /* U */
          continue;
        }
        a[s].fTyped |= (uint64_t)1 << (4 * c); /* B */
        for (int k = s + 1; k < s + n - 1; k++)
          a[k].fTyped |= (uint64_t)2 << (4 * c);       /* I */
        a[s + n - 1].fTyped |= (uint64_t)4 << (4 * c); /* L */
      }
      if (!(m & TK_NER_TGAZ_PREFIX)) break;
    }
  }
}

/* The classes that list the phrase z[0..n) (see textkit/ner.h). */
unsigned tk_ner_gazetteer_classes(const char *z, size_t n) {
  unsigned nBits = tableBits();
  tk_ner_tok aTok[TK_NER_GAZMAX + 1];
  tk_ner_info aInfo[TK_NER_GAZMAX];
  size_t i = 0;
  int nTok = 0;
  while (nTok <= TK_NER_GAZMAX && tk_ner__next_token(z, n, &i, &aTok[nTok]))
    nTok++;
  if (!nBits || nTok == 0 || nTok > TK_NER_GAZMAX) return 0;
  for (int k = 0; k < nTok; k++) /* the key reads the lower-cased hashes */
    aInfo[k].hLow = tk_ner__low_hash(z, &aTok[k]);
  const uint64_t *aSlot =
      (const uint64_t *)(const void *)(tk_ner__gazetteers_data +
                                       TK_NER_TGAZ_HEADER);
  uint32_t m = lookup(aSlot, nBits, tk_ner__typed_key(aInfo, nTok));
  return (m & ((1u << TK_NER_TGAZ_NCLASS) - 1)) |
         (m & TK_NER_TGAZ_PREFIX ? TK_NER_GAZ_LONGER : 0);
}
