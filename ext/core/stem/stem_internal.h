/*
** stem_internal.h -- what the stem family's files share: the stopword
** list type and the short function-word lists (stopwords_short.c).
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
** list (czech, danish, finnish, hungarian, norwegian, polish, romanian,
** swedish, turkish). */
extern const tk_stoplist tk_stem__aShortList[];
extern const size_t tk_stem__nShortList;

#endif /* TK_STEM_INTERNAL_H */
