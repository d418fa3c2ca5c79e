/*
** corpus/kw_lexicon.c -- keywords()' built-in English word table
** (kw_lexicon_data.c, written by `make kw-lexicon`): each word form's
** classes from WordNet (noun, verb, adjective, adverb) and the inverse
** document frequency of its stem in Wikipedia articles.  A form the table
** lacks is an unknown word (a name, a term of art): no class, and as rare
** as the rarest stem.
**
** The forms are grouped by a hash of their bytes (one bucket read per
** lookup).
**
**   tk_corpus__kwlexword w;
**   tk_corpus__kw_lex_find("platforms", 9, &w);  // w.bClasses, w.rIdf
*/
#include "corpus_internal.h"

#include <string.h>

extern const uint32_t tk_corpus__kw_lex_buckets;
extern const double tk_corpus__kw_lex_quant;
extern const char tk_corpus__kw_lex_words[];
extern const uint32_t tk_corpus__kw_lex_bucket[];
extern const uint32_t tk_corpus__kw_lex_offset[];
extern const unsigned char tk_corpus__kw_lex_class[];
extern const unsigned char tk_corpus__kw_lex_idf[];

/* FNV-1a of z[0..n), as ext/tools/kw_lexicon.py groups the forms by. */
static uint32_t formHash(const char *z, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h = (h ^ (unsigned char)z[i]) * 16777619u;
  }
  return h;
}

/* Look up the lower-case word form z[0..n): the forms of its hash bucket
** are compared by length, then bytes. */
void tk_corpus__kw_lex_find(const char *z, size_t n, tk_corpus__kwlexword *p) {
  uint32_t b = formHash(z, n) % tk_corpus__kw_lex_buckets;
  unsigned char q = 255; /* rarer than any stem the table keeps */
  p->bClasses = 0;
  for (uint32_t i = tk_corpus__kw_lex_bucket[b];
       i < tk_corpus__kw_lex_bucket[b + 1]; i++) {
    uint32_t iOff = tk_corpus__kw_lex_offset[i];
    if (tk_corpus__kw_lex_offset[i + 1] - iOff - 1 == n &&
        memcmp(tk_corpus__kw_lex_words + iOff, z, n) == 0) {
      p->bClasses = tk_corpus__kw_lex_class[i];
      q = tk_corpus__kw_lex_idf[i];
      break;
    }
  }
  p->rIdf = q / tk_corpus__kw_lex_quant;
}
