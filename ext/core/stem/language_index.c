/*
** language_index.c -- every word of the language vote's lists in one
** hash table, so that a word is looked up once and not in each of the
** TK_LANG_VOTERS lists: the word gives the set of voters that list it.
** Built once, on first use (pthread_once), in static memory.
**
**   unsigned m = tk_stem__voters_of("de", 2);   // bits of fr es pt nl ...
*/
#include "stem_internal.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#define INDEX_SLOTS 4096 /* a power of two, over twice the words listed */

/* One word and the voters (bit k: tk_stem__aVoter[k]) that list it. */
typedef struct IndexSlot {
  const char *z; /* NULL: empty */
  size_t n;
  unsigned mVoters;
} IndexSlot;

static IndexSlot aSlot[INDEX_SLOTS];
static pthread_once_t indexOnce = PTHREAD_ONCE_INIT;

/* The slot of z[0..n): the one holding it, or the empty one where it
** would go (linear probing; the table never fills). */
static IndexSlot *findSlot(const char *z, size_t n) {
  uint32_t i = tk_fnv1a(z, n) & (INDEX_SLOTS - 1);
  while (aSlot[i].z && (aSlot[i].n != n || memcmp(aSlot[i].z, z, n) != 0)) {
    i = (i + 1) & (INDEX_SLOTS - 1);
  }
  return &aSlot[i];
}

/* Put every voter's words into the table, but the ordinary English words
** of tk_stem__englishToo, which vote for no language. */
static void buildIndex(void) {
  for (unsigned k = 0; k < TK_LANG_VOTERS; k++) {
    const tk_stoplist *p = tk_stem__aVoter[k].pList;
    for (size_t i = 0; i < p->nWord; i++) {
      size_t n = strlen(p->azWord[i]);
      if (tk_stoplist_has(&tk_stem__englishToo, p->azWord[i], n)) continue;
      IndexSlot *s = findSlot(p->azWord[i], n);
      s->z = p->azWord[i];
      s->n = n;
      s->mVoters |= 1u << k;
    }
  }
}

/* The voters whose lists hold the lower-case word z[0..n), as bits. */
unsigned tk_stem__voters_of(const char *z, size_t n) {
  pthread_once(&indexOnce, buildIndex);
  return findSlot(z, n)->mVoters;
}
