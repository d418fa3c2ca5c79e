/*
** stem.c -- language names and Snowball stemmers (libstemmer), one
** sb_stemmer per tk_stemmer because Snowball stemmers are not thread safe.
**
**   tk_stemmer_new("en", 2, &s, &zErr);
**   tk_stemmer_stem(s, "running", 7, &z, &n);   // "run"
*/
#include "textkit.h"

#include <libstemmer.h>
#include <string.h>

/* ISO 639-1 codes of the Snowball languages, and of Czech and Polish,
** which have stopword lists but no Snowball stemmer. */
static const struct {
  const char *zCode;
  const char *zName;
} aLang[] = {
    {"ar", "arabic"},  {"hy", "armenian"},   {"eu", "basque"},
    {"ca", "catalan"}, {"cs", "czech"},      {"da", "danish"},
    {"nl", "dutch"},   {"en", "english"},    {"fi", "finnish"},
    {"fr", "french"},  {"de", "german"},     {"el", "greek"},
    {"hi", "hindi"},   {"hu", "hungarian"},  {"id", "indonesian"},
    {"ga", "irish"},   {"it", "italian"},    {"lt", "lithuanian"},
    {"ne", "nepali"},  {"no", "norwegian"},  {"nb", "norwegian"},
    {"pl", "polish"},  {"pt", "portuguese"}, {"ro", "romanian"},
    {"ru", "russian"}, {"sr", "serbian"},    {"es", "spanish"},
    {"sv", "swedish"}, {"ta", "tamil"},      {"tr", "turkish"},
    {"yi", "yiddish"},
};

/* Stems of recent words: Snowball costs ~1000 instructions a word and
** text repeats its words, so each stemmer keeps a direct-mapped cache. */
#define STEM_CACHE 4096 /* slots, a power of two */
#define STEM_MAX 22     /* longest word or stem cached, in bytes */

typedef struct StemSlot {
  unsigned char nWord; /* 0: empty */
  unsigned char nStem;
  char zWord[STEM_MAX];
  char zStem[STEM_MAX];
} StemSlot;

struct tk_stemmer {
  struct sb_stemmer *pSb;
  StemSlot *aCache; /* STEM_CACHE slots, made at the second call */
  int nCall;
};

/* 1 when z[0..n) equals zName ignoring ASCII case. */
static int equalsNoCase(const char *z, size_t n, const char *zName) {
  if (strlen(zName) != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != zName[i]) return 0;
  }
  return 1;
}

/* Snowball name of a language name or code, NULL if unknown. */
const char *tk_lang_name(const char *z, size_t n) {
  for (size_t i = 0; i < sizeof(aLang) / sizeof(aLang[0]); i++) {
    if (equalsNoCase(z, n, aLang[i].zCode) ||
        equalsNoCase(z, n, aLang[i].zName)) {
      return aLang[i].zName;
    }
  }
  return 0;
}

/* "ar (arabic), hy (armenian), ..." for error messages. */
const char *tk_lang_list(void) {
  return "ar (arabic), hy (armenian), eu (basque), ca (catalan), cs (czech), "
         "da (danish), nl (dutch), en (english), fi (finnish), fr (french), "
         "de (german), el (greek), hi (hindi), hu (hungarian), "
         "id (indonesian), ga (irish), it (italian), lt (lithuanian), "
         "ne (nepali), no (norwegian), nb (norwegian), pl (polish), "
         "pt (portuguese), ro (romanian), ru (russian), "
         "sr (serbian), es (spanish), sv (swedish), ta (tamil), tr (turkish), "
         "yi (yiddish)";
}

/* The sb_stemmer_list() name for zLang (a Snowball name such as "porter"
** or anything tk_lang_name knows), or NULL. */
const char *tk_stemmer_name(const char *z, size_t n) {
  const char *zName = tk_lang_name(z, n);
  for (const char **a = sb_stemmer_list(); *a; a++) {
    if (zName ? strcmp(*a, zName) == 0 : equalsNoCase(z, n, *a)) return *a;
  }
  return 0;
}

/* "arabic, armenian, ..." from sb_stemmer_list(). */
char *tk_stemmer_languages(void) {
  tk_buf b = {0};
  for (const char **a = sb_stemmer_list(); *a; a++) {
    if (a != sb_stemmer_list()) tk_buf_append(&b, ", ", 2);
    tk_buf_append(&b, *a, strlen(*a));
  }
  tk_buf_putc(&b, 0);
  if (b.oom) {
    tk_buf_free(&b);
    return 0;
  }
  return b.z;
}

/* Open the Snowball stemmer of a language. */
int tk_stemmer_new(const char *zLang, size_t nLang, tk_stemmer **pp,
                   char **pzErr) {
  *pp = 0;
  const char *zName = tk_stemmer_name(zLang, nLang);
  if (!zName) {
    char *zList = tk_stemmer_languages();
    *pzErr = tk_mprintf("no stemmer for language '%.*s'; valid: %s", (int)nLang,
                        zLang, zList ? zList : "");
    tk_free(zList);
    return TK_EINVAL;
  }
  tk_stemmer *p = tk_malloc(sizeof(*p));
  if (!p) return TK_ENOMEM;
  p->aCache = 0;
  p->nCall = 0;
  p->pSb = sb_stemmer_new(zName, "UTF_8");
  if (!p->pSb) {
    tk_free(p);
    return TK_ENOMEM;
  }
  *pp = p;
  return TK_OK;
}

/* Close a stemmer (NULL is a no-op). */
void tk_stemmer_free(tk_stemmer *p) {
  if (!p) return;
  sb_stemmer_delete(p->pSb);
  tk_free(p->aCache);
  tk_free(p);
}

/* Stem one word, through the cache; words longer than 1 MB are returned
** as they are. */
int tk_stemmer_stem(tk_stemmer *p, const char *z, size_t n, const char **pzOut,
                    size_t *pnOut) {
  if (n > (1u << 20)) {
    *pzOut = z;
    *pnOut = n;
    return TK_OK;
  }
  StemSlot *pSlot = 0;
  if (!p->aCache && ++p->nCall >= 2) {
    /* a one-word stemmer (text_stem per row) never pays for the cache;
    ** without memory for it, stemming goes on uncached */
    p->aCache = tk_malloc(sizeof(StemSlot) * STEM_CACHE);
    if (p->aCache) memset(p->aCache, 0, sizeof(StemSlot) * STEM_CACHE);
  }
  if (p->aCache && n > 0 && n <= STEM_MAX) {
    pSlot = &p->aCache[tk_fnv1a(z, n) & (STEM_CACHE - 1)];
    if (pSlot->nWord == n && memcmp(pSlot->zWord, z, n) == 0) {
      *pzOut = pSlot->zStem;
      *pnOut = pSlot->nStem;
      return TK_OK;
    }
  }
  const sb_symbol *s = sb_stemmer_stem(p->pSb, (const sb_symbol *)z, (int)n);
  if (!s) return TK_ENOMEM;
  *pzOut = (const char *)s;
  *pnOut = (size_t)sb_stemmer_length(p->pSb);
  if (pSlot && *pnOut <= STEM_MAX) {
    pSlot->nWord = (unsigned char)n;
    pSlot->nStem = (unsigned char)*pnOut;
    memcpy(pSlot->zWord, z, n);
    memcpy(pSlot->zStem, s, *pnOut);
  }
  return TK_OK;
}
