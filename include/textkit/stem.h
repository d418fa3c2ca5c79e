/*
** textkit/stem.h -- Snowball stemmers (libstemmer), stopword lists and
** language identification (ext/core/stem/stem.c, stopwords.c,
** stopwords_short.c, language.c).
**
**   tk_stemmer *s;  const char *zStem;  size_t nStem;
**   tk_stemmer_new("english", 7, &s, &zErr);
**   tk_stemmer_stem(s, "bombings", 8, &zStem, &nStem);   // "bomb"
**   tk_stemmer_free(s);
**   tk_stoplist_has(tk_stoplist_get("en", 2), "the", 3); // 1
**   tk_language_detect("Le chat est sur la table.", 25);  // "fr"
**
** Languages are named by their Snowball name ("english") or ISO 639-1 code
** ("en"); tk_lang_name() gives the Snowball name of either.
*/
#ifndef TEXTKIT_STEM_H
#define TEXTKIT_STEM_H

#ifdef __cplusplus
extern "C" {
#endif

/* The Snowball name ("english") of a language given by name or ISO 639-1
** code (any case), or NULL when the language is not known. */
const char *tk_lang_name(const char *z, size_t n);
/* Every language tk_lang_name knows, as "ar (arabic), ..." for messages. */
const char *tk_lang_list(void);

typedef struct tk_stemmer tk_stemmer;

/* The Snowball stemmer name for a language name or code ("en", "porter"),
** or NULL when libstemmer has no stemmer for it. */
const char *tk_stemmer_name(const char *z, size_t n);

/* A stemmer for a language (name or code).  Not thread safe: one per
** tokenizer or statement.  TK_EINVAL naming the valid languages when
** there is no stemmer for it. */
int tk_stemmer_new(const char *zLang, size_t nLang, tk_stemmer **pp,
                   char **pzErr);
void tk_stemmer_free(tk_stemmer *p);
/* Stem z[0..n) (lower case UTF-8); *pzOut stays valid until the next
** call.  TK_ENOMEM on OOM. */
int tk_stemmer_stem(tk_stemmer *p, const char *z, size_t n, const char **pzOut,
                    size_t *pnOut);
/* The Snowball languages as "arabic, armenian, ...", a new tk_malloc'd
** string (NULL on OOM). */
char *tk_stemmer_languages(void);

typedef struct tk_stoplist tk_stoplist;

/* The stopword list of a language (name or code), NULL when none. */
const tk_stoplist *tk_stoplist_get(const char *zLang, size_t nLang);
/* The languages that have stopword lists, "dutch, english, ...". */
const char *tk_stoplist_languages(void);
/* 1 when the case-folded word z[0..n) is in the list (a right single
** quote U+2019 counts as an apostrophe), else 0. */
int tk_stoplist_has(const tk_stoplist *p, const char *z, size_t n);

/* The language of the UTF-8 text z[0..n) (z may be NULL when n is 0) as
** a static ISO 639-1 code ("en", "zh", ...) or "und" when it cannot tell.
** Reads at most the first 64 KB; never allocates, never fails. */
const char *tk_language_detect(const char *z, size_t n);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_STEM_H */
