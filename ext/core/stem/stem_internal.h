/*
** stem_internal.h -- what the stem family's files share: the stopword
** list type, the short function-word lists (stopwords_short.c) and the
** word lists of the language vote (language_words.c).
**
**   tk_stoplist_has(&tk_stem__aShortList[0], "och", 3);   // Swedish: 1
*/
#ifndef TK_STEM_INTERNAL_H
#define TK_STEM_INTERNAL_H

#include "textkit.h"

/* A word list: case-folded NFC words sorted by their UTF-8 bytes. */
struct tk_stoplist {
  const char *zName; /* Snowball language name ("swedish") */
  const char *const *azWord;
  size_t nWord;
};

#define TK_STOPLIST(name, a)                                                   \
  { name, a, sizeof(a) / sizeof(a[0]) }

/* The short function-word lists of languages without a Snowball-style
** list (czech, danish, finnish, hungarian, indonesian, norwegian, polish,
** romanian, swedish, turkish). */
extern const tk_stoplist tk_stem__aShortList[];
extern const size_t tk_stem__nShortList;

/* A language of the function-word vote (language.c), its word list and
** the weight of one of its words: 2 for languages whose list covers
** about 40% of running text, more where fewer words are separate
** function words (3 for Czech, Polish and Hungarian, 4 for Finnish and
** Turkish, which mostly inflect instead). */
typedef struct tk_stem__voter {
  const char *zCode; /* ISO 639-1 */
  const tk_stoplist *pList;
  unsigned nWeight;
} tk_stem__voter;

#define TK_LANG_VOTERS 17
/* The voting languages: the Latin-script ones with stopword lists. */
extern const tk_stem__voter tk_stem__aVoter[TK_LANG_VOTERS];
/* Ordinary English words that other voters list; they vote for no one
** (language_words.c). */
extern const tk_stoplist tk_stem__englishToo;
/* The voters whose lists hold the lower-case word z[0..n), bit k for
** tk_stem__aVoter[k] (language_index.c). */
unsigned tk_stem__voters_of(const char *z, size_t n);

#endif /* TK_STEM_INTERNAL_H */
