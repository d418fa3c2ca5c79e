/*
** fuzz_stem.c -- libFuzzer target for the Snowball stemmers and stopword
** lists: byte 0 picks one of every Snowball language, the rest is words
** separated by spaces (any bytes, invalid UTF-8 included).  Stemming never
** fails but for memory, is deterministic (the same word after another
** gives the same stem, and a second stemmer agrees), and keeps valid UTF-8
** valid; stopword lookups answer 0 or 1, the same each time; the whole
** input's language (tk_language_detect) is a two-letter code or "und",
** the same for a copy of the input.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <stdlib.h>
#include <string.h>

/* The Snowball languages, parsed once from tk_stemmer_languages(). */
static char *zLangs;
static const char *azLang[64];
static size_t nLang;

/* Split "arabic, armenian, ..." into azLang. */
static void loadLanguages(void) {
  zLangs = tk_stemmer_languages();
  if (!zLangs) abort();
  for (char *p = strtok(zLangs, ", "); p && nLang < 64; p = strtok(0, ", "))
    azLang[nLang++] = p;
  if (nLang == 0) abort();
}

/* The stem of z[0..n) by s copied into a new tk_malloc'd string (*pn its
** length); NULL on OOM. */
static char *stemCopy(tk_stemmer *s, const char *z, size_t n, size_t *pn) {
  const char *zStem = 0;
  if (tk_stemmer_stem(s, z, n, &zStem, pn) != TK_OK) return 0;
  if (!zStem) __builtin_trap();
  char *zCopy = tk_malloc(*pn + 1);
  if (zCopy) memcpy(zCopy, zStem, *pn), zCopy[*pn] = 0;
  return zCopy;
}

/* Check every word of z[0..n) against the stemmers and the stoplist. */
static void checkWords(tk_stemmer *s1, tk_stemmer *s2, const tk_stoplist *pStop,
                       const char *z, size_t n) {
  size_t iPrev = 0, nPrev = 0;
  for (size_t i = 0; i < n;) {
    const char *e = memchr(z + i, ' ', n - i);
    size_t nWord = e ? (size_t)(e - (z + i)) : n - i;
    const char *zWord = z + i;
    size_t nA, nB, nC;
    char *zA = stemCopy(s1, zWord, nWord, &nA);
    /* stem another word between, then the same word again, and in s2 */
    char *zB = zA ? stemCopy(s1, z + iPrev, nPrev, &nB) : 0;
    char *zC = zB ? stemCopy(s1, zWord, nWord, &nC) : 0;
    char *zD = zC ? stemCopy(s2, zWord, nWord, &nB) : 0;
    if (zD &&
        (nA != nC || memcmp(zA, zC, nA) || nA != nB || memcmp(zA, zD, nA))) {
      __builtin_trap();
    }
    if (zA && tk_utf8_is_valid(zWord, nWord) && !tk_utf8_is_valid(zA, nA))
      __builtin_trap();
    if (pStop) {
      int b = tk_stoplist_has(pStop, zWord, nWord);
      if ((b != 0 && b != 1) || tk_stoplist_has(pStop, zWord, nWord) != b)
        __builtin_trap();
    }
    tk_free(zA), tk_free(zB), tk_free(zC), tk_free(zD);
    iPrev = i, nPrev = nWord;
    i += nWord + 1;
  }
}

/* The language of the input is a code of 2 letters or "und", and a copy
** of the input (no longer followed by anything) gets the same. */
static void checkLanguage(const uint8_t *aData, size_t nData) {
  const char *zLang = tk_language_detect((const char *)aData, nData);
  size_t n = zLang ? strlen(zLang) : 0;
  if (n != 2 && !(zLang && strcmp(zLang, "und") == 0)) __builtin_trap();
  char *zCopy = tk_malloc(nData + 1);
  if (!zCopy) return;
  memcpy(zCopy, aData, nData);
  if (strcmp(tk_language_detect(zCopy, nData), zLang)) __builtin_trap();
  tk_free(zCopy);
}

/* One fuzz input: language byte, then space-separated words. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  checkLanguage(aData, nData);
  if (nData < 1) return 0;
  if (!zLangs) loadLanguages();
  const char *zLang = azLang[aData[0] % nLang];
  tk_stemmer *s1 = 0, *s2 = 0;
  char *zErr = 0;
  if (tk_stemmer_new(zLang, strlen(zLang), &s1, &zErr) != TK_OK ||
      tk_stemmer_new(zLang, strlen(zLang), &s2, &zErr) != TK_OK) {
    if (zErr) __builtin_trap(); /* a listed language must have a stemmer */
    tk_stemmer_free(s1);
    return 0;
  }
  if (!tk_lang_name(zLang, strlen(zLang)) &&
      tk_stoplist_get(zLang, strlen(zLang)))
    __builtin_trap(); /* a stoplist for a language nobody knows */
  checkWords(s1, s2, tk_stoplist_get(zLang, strlen(zLang)),
             (const char *)aData + 1, nData - 1);
  tk_stemmer_free(s2);
  tk_stemmer_free(s1);
  return 0;
}
