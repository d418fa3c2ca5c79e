/*
** corpus/kw_lexicon.c -- keywords()' built-in English word table
** (kw_lexicon_data.c, written by `make kw-lexicon`): each word form's
** classes from WordNet (noun, verb, adjective, adverb) and the inverse
** document frequency of its stem in Wikipedia articles.  A form the table
** lacks is an unknown word (a name, a term of art): no class, and as rare
** as the rarest stem.
**
** The forms are grouped by a hash of their bytes: a lookup reads one
** bucket offset and one short run of bytes.  A word's background IDF
** becomes its weight in the default scorer here (tk_corpus__kw_bg_weight),
** once per distinct word.
**
**   tk_corpus__kwlexword w;
**   tk_corpus__kw_lex_find("platforms", 9, &w);  // 1; w.bClasses, w.rIdf
*/
#include "corpus_internal.h"

#include <math.h>
#include <string.h>

/* How much the background IDF counts in the default scorer (kw_phrase.c):
** a word weighs idf^KW_BG_POWER. */
#define KW_BG_POWER 0.7
/* The least background IDF a word weighs (a stem in every article). */
#define KW_BG_FLOOR 0.05

extern const uint32_t tk_corpus__kw_lex_buckets;
extern const double tk_corpus__kw_lex_quant;
extern const uint32_t tk_corpus__kw_lex_bucket[];
extern const char tk_corpus__kw_lex_forms[];

/* Start loading the bucket of the lower-case word form z[0..n) (a hint:
** the table is large and a word's first look-up finds it in no cache). */
void tk_corpus__kw_lex_prefetch(const char *z, size_t n) {
  __builtin_prefetch(
      &tk_corpus__kw_lex_bucket[tk_fnv1a(z, n) % tk_corpus__kw_lex_buckets]);
}

/* Look up the lower-case word form z[0..n); 1 when the table has it.  The
** forms of its hash bucket
** lie side by side, each as its length, class and IDF bytes, then its
** bytes. */
int tk_corpus__kw_lex_find(const char *z, size_t n, tk_corpus__kwlexword *p) {
  /* FNV-1a buckets, as ext/tools/kw_lexicon.py groups the forms */
  uint32_t b = tk_fnv1a(z, n) % tk_corpus__kw_lex_buckets;
  const unsigned char *e = (const unsigned char *)tk_corpus__kw_lex_forms +
                           tk_corpus__kw_lex_bucket[b];
  const unsigned char *eEnd = (const unsigned char *)tk_corpus__kw_lex_forms +
                              tk_corpus__kw_lex_bucket[b + 1];
  p->bClasses = 0;
  p->rIdf = 255 / tk_corpus__kw_lex_quant; /* rarer than any stem kept */
  for (; e < eEnd; e += 3 + e[0]) {
    if (e[0] == n && memcmp(e + 3, z, n) == 0) {
      p->bClasses = e[1];
      p->rIdf = e[2] / tk_corpus__kw_lex_quant;
      return 1;
    }
  }
  return 0;
}

/* A word's weight by its background IDF: idf^KW_BG_POWER, floored. */
double tk_corpus__kw_bg_weight(double rBgIdf) {
  double r = rBgIdf > KW_BG_FLOOR ? rBgIdf : KW_BG_FLOOR;
  return pow(r, KW_BG_POWER);
}
