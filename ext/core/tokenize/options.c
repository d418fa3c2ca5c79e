/*
** tokenize/options.c -- the options every tokenizing function shares
** (tk_token_options): defaults, one key=value at a time, or a whole option
** string; bad keys and values are errors that name the valid ones.
**
**   tk_token_options o;  tk_token_options_init(&o);
**   tk_token_options_parse(&o, "stem=english stopwords=1", 24, &zErr);
*/
#include "textkit.h"

#include <string.h>

#define TK_OPTION_KEYS "lang, fold, unaccent, stem, stopwords, punct, mode"
#define TK_BOOL_VALUES "0, 1 (or false/true, no/yes, off/on)"

/* Defaults: mode=text fold=1 unaccent=0 punct=0 lang=en stem=0
** stopwords=0. */
void tk_token_options_init(tk_token_options *p) {
  memset(p, 0, sizeof(*p));
  p->eMode = TK_MODE_TEXT;
  p->bFold = 1;
  strcpy(p->zLang, "english");
}

/* Copy the NUL-terminated z into a fixed field of size nField. */
static void setField(char *zField, size_t nField, const char *z) {
  size_t n = strlen(z);
  if (n >= nField) n = nField - 1;
  memcpy(zField, z, n);
  zField[n] = 0;
}

/* Parse a stem= or stopwords= value: a boolean, or a language that
** xName resolves; NULL-named languages are reported with zValid. */
static int setLanguageOption(char *zField, size_t nField, const char *zKey,
                             const char *zVal, size_t nVal,
                             const char *(*xName)(const char *, size_t),
                             const char *zValid, char **pzErr) {
  int b;
  if (tk_option_bool(zVal, nVal, &b) == TK_OK) {
    setField(zField, nField, b ? "1" : "");
    return TK_OK;
  }
  const char *zName = xName(zVal, nVal);
  if (!zName) {
    *pzErr = tk_mprintf("bad value '%.*s' for %s; valid: 0, 1, %s", (int)nVal,
                        zVal, zKey, zValid);
    return TK_EINVAL;
  }
  setField(zField, nField, zName);
  return TK_OK;
}

/* The Snowball name of a language that has a stopword list, or NULL. */
static const char *stoplistName(const char *z, size_t n) {
  return tk_stoplist_get(z, n) ? tk_lang_name(z, n) : 0;
}

/* Set one option. */
int tk_token_options_set(tk_token_options *p, const char *zKey, size_t nKey,
                         const char *zVal, size_t nVal, char **pzErr) {
  int *pBool = 0;
  if (tk_option_is(zKey, nKey, "fold")) {
    pBool = &p->bFold;
  } else if (tk_option_is(zKey, nKey, "unaccent")) {
    pBool = &p->bUnaccent;
  } else if (tk_option_is(zKey, nKey, "punct")) {
    pBool = &p->bPunct;
  }
  if (pBool) {
    if (tk_option_bool(zVal, nVal, pBool) != TK_OK) {
      *pzErr = tk_mprintf("bad value '%.*s' for %.*s; valid: " TK_BOOL_VALUES,
                          (int)nVal, zVal, (int)nKey, zKey);
      return TK_EINVAL;
    }
    return TK_OK;
  }
  if (tk_option_is(zKey, nKey, "mode")) {
    if (tk_option_is(zVal, nVal, "text")) {
      p->eMode = TK_MODE_TEXT;
    } else if (tk_option_is(zVal, nVal, "uax29")) {
      p->eMode = TK_MODE_UAX29;
    } else {
      *pzErr = tk_mprintf("bad value '%.*s' for mode; valid: text, uax29",
                          (int)nVal, zVal);
      return TK_EINVAL;
    }
    return TK_OK;
  }
  if (tk_option_is(zKey, nKey, "lang")) {
    const char *zName = tk_lang_name(zVal, nVal);
    if (!zName) {
      *pzErr = tk_mprintf("bad value '%.*s' for lang; valid: %s", (int)nVal,
                          zVal, tk_lang_list());
      return TK_EINVAL;
    }
    setField(p->zLang, sizeof(p->zLang), zName);
    return TK_OK;
  }
  if (tk_option_is(zKey, nKey, "stem")) {
    char *zList = tk_stemmer_languages();
    if (!zList) return TK_ENOMEM;
    int rc = setLanguageOption(p->zStem, sizeof(p->zStem), "stem", zVal, nVal,
                               tk_stemmer_name, zList, pzErr);
    tk_free(zList);
    return rc;
  }
  if (tk_option_is(zKey, nKey, "stopwords")) {
    return setLanguageOption(p->zStopwords, sizeof(p->zStopwords), "stopwords",
                             zVal, nVal, stoplistName, tk_stoplist_languages(),
                             pzErr);
  }
  *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: " TK_OPTION_KEYS,
                      (int)nKey, zKey);
  return TK_EINVAL;
}

/* tk_options_parse callback: one pair into the options. */
static int optionPair(void *pCtx, const char *zKey, size_t nKey,
                      const char *zVal, size_t nVal, char **pzErr) {
  return tk_token_options_set(pCtx, zKey, nKey, zVal, nVal, pzErr);
}

/* Parse a whole option string. */
int tk_token_options_parse(tk_token_options *p, const char *z, size_t n,
                           char **pzErr) {
  return tk_options_parse(z, n, optionPair, p, pzErr);
}
