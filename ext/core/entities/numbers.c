/*
** numbers.c -- the exact decimal numbers every pattern family reads: digits
** with thousands commas, number words ("two hundred"), scale words
** ("1.2 billion", "20bn") and ordinals ("21st", "third").
**
**   tk_dec v;
**   int nTok = tk_entities__pat_number(pDoc, i, &v, 0);  // "1.2 billion"
**   tk_entities__dec_format(&v, z, sizeof(z));             // "1200000000"
*/
#include "entities_internal.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ decimals */

/* Parse digits, thousands commas (groups of three) and one '.'. */
int tk_entities__dec_parse(const char *z, size_t n, tk_dec *pOut) {
  uint64_t m = 0;
  int e = 0, nDigit = 0, bDot = 0, nGroup = -1;
  for (size_t i = 0; i < n; i++) {
    char c = z[i];
    if (c >= '0' && c <= '9') {
      if (nDigit >= 18) return 0;
      if (m || c != '0' || bDot) nDigit += (m || c != '0');
      m = m * 10 + (uint64_t)(c - '0');
      if (bDot) e--;
      if (nGroup >= 0) nGroup++;
    } else if (c == ',' && !bDot && i > 0 && (nGroup < 0 || nGroup == 3)) {
      nGroup = 0;
    } else if (c == '.' && !bDot && i > 0 && i + 1 < n) {
      if (nGroup >= 0 && nGroup != 3) return 0;
      bDot = 1;
      nGroup = -1;
    } else {
      return 0;
    }
  }
  if (n == 0 || (nGroup >= 0 && nGroup != 3) || z[n - 1] == ',') return 0;
  pOut->m = m;
  pOut->e = e;
  pOut->bNeg = 0;
  return 1;
}

/* Multiply by 10^k (only the exponent moves: exact). */
void tk_entities__dec_scale(tk_dec *p, int k) {
  p->e += k;
}

/* Print m * 10^e without exponent and without trailing fraction zeros. */
int tk_entities__dec_format(const tk_dec *p, char *zOut, size_t nOut) {
  char zDig[24];
  uint64_t m = p->m;
  int e = p->e;
  while (e < 0 && m && m % 10 == 0) {
    m /= 10;
    e++;
  }
  if (m == 0) e = 0;
  int nDig = 0;
  char zRev[24];
  for (uint64_t r = m; nDig == 0 || r; r /= 10)
    zRev[nDig++] = (char)('0' + r % 10);
  for (int i = 0; i < nDig; i++)
    zDig[i] = zRev[nDig - 1 - i];
  char zTmp[64];
  size_t k = 0;
  if (p->bNeg && m) zTmp[k++] = '-';
  if (e >= 0) {
    if (nDig + e + 2 > (int)sizeof(zTmp)) e = (int)sizeof(zTmp) - nDig - 2;
    memcpy(zTmp + k, zDig, (size_t)nDig);
    k += (size_t)nDig;
    for (int i = 0; i < e; i++)
      zTmp[k++] = '0';
  } else {
    int nInt = nDig + e; /* digits before the point */
    if (nInt <= 0) {
      zTmp[k++] = '0';
      zTmp[k++] = '.';
      for (int i = 0; i < -nInt && k < 40; i++)
        zTmp[k++] = '0';
      memcpy(zTmp + k, zDig, (size_t)nDig);
      k += (size_t)nDig;
    } else {
      memcpy(zTmp + k, zDig, (size_t)nInt);
      k += (size_t)nInt;
      zTmp[k++] = '.';
      memcpy(zTmp + k, zDig + nInt, (size_t)(nDig - nInt));
      k += (size_t)(nDig - nInt);
    }
  }
  if (k + 1 > nOut) k = nOut - 1;
  memcpy(zOut, zTmp, k);
  zOut[k] = 0;
  return (int)k;
}

/* ------------------------------------------------------ number words */

static const char *const azUnitWord[] = {
    "zero",    "one",     "two",       "three",    "four",
    "five",    "six",     "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const azTensWord[] = {"",       "",      "twenty", "thirty",
                                         "forty",  "fifty", "sixty",  "seventy",
                                         "eighty", "ninety"};
static const char *const azOrdWord[] = {
    "",          "first",     "second",      "third",      "fourth",
    "fifth",     "sixth",     "seventh",     "eighth",     "ninth",
    "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
static const char *const azOrdTens[] = {
    "",         "",         "twentieth",  "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};

/* The value of a number word below 100 ("seven", "forty"), or -1. */
int tk_entities__small_word(const char *z, size_t n) {
  if (n < 3 || n > 9) return -1;
  for (int i = 0; i < 20; i++)
    if (tk_entities__eq(z, n, azUnitWord[i])) return i;
  for (int i = 2; i < 10; i++)
    if (tk_entities__eq(z, n, azTensWord[i])) return i * 10;
  return -1;
}

/* The power of ten of a scale word, or 0. */
int tk_entities__scale_word(const char *z, size_t n) {
  static const struct {
    const char *z;
    int k;
  } a[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
           {"mln", 6},      {"bln", 9},     {"bn", 9},      {"mn", 6},
           {"tn", 12},      {"m", 6},       {"k", 3},       {"millions", 6},
           {"billions", 9}, {"crore", 7},   {"lakh", 5},    {"crores", 7},
           {"lakhs", 5}};
  for (size_t i = 0; i < sizeof(a) / sizeof(a[0]); i++)
    if (tk_entities__eq(z, n, a[i].z)) return a[i].k;
  return 0;
}

/* The scale of a separate scale token (single letters only when glued). */
static int scaleToken(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD) return 0;
  const char *z = tk_etok_norm(p, i);
  size_t n = p->a[i].nNorm;
  if (n == 1 && !tk_etok_glued(p, i)) return 0;
  if (tk_entities__eq(z, n, "thousand") && i + 1 < p->nTok &&
      tk_etok_is(p, i + 1, "thousand"))
    return 0;
  return tk_entities__scale_word(z, n);
}

/* Number words from token i ("two hundred and five", "twenty - one",
** "three million"); returns the tokens used. */
static int wordNumber(const tk_edoc *p, size_t i, tk_dec *pOut) {
  uint64_t total = 0, cur = 0;
  size_t j = i, jEnd = i;
  int bAny = 0;
  while (j < p->nTok && p->a[j].eKind == TK_KIND_WORD) {
    const char *z = tk_etok_norm(p, j);
    size_t n = p->a[j].nNorm;
    int v = tk_entities__small_word(z, n), k;
    if (v >= 0) {
      if (bAny && cur % 100 != 0 && !(cur % 10 == 0 && cur % 100 && v < 10))
        break;
      cur += (uint64_t)v;
    } else if (bAny && tk_entities__eq(z, n, "hundred")) {
      cur = (cur ? cur : 1) * 100;
    } else if (bAny && (k = tk_entities__scale_word(z, n)) >= 3 && n > 2) {
      uint64_t s = 1;
      for (int t = 0; t < k; t++)
        s *= 10;
      total += (cur ? cur : 1) * s;
      cur = 0;
    } else {
      break;
    }
    bAny = 1;
    jEnd = ++j;
    /* "twenty-five" and "hundred and five" continue the number */
    if (j + 1 < p->nTok && tk_etok_is(p, j, "-") && tk_etok_glued(p, j) &&
        tk_etok_glued(p, j + 1) &&
        tk_entities__small_word(tk_etok_norm(p, j + 1), p->a[j + 1].nNorm) >
            0) {
      j++;
    } else if (j + 1 < p->nTok && tk_etok_is(p, j, "and") && cur >= 100 &&
               tk_entities__small_word(tk_etok_norm(p, j + 1),
                                       p->a[j + 1].nNorm) > 0) {
      j++;
    }
  }
  if (!bAny) return 0;
  pOut->m = total + cur;
  pOut->e = 0;
  pOut->bNeg = 0;
  return (int)(jEnd - i);
}

/* Split a word token "3.5m" / "5km" / "21st" into its leading number and
** its letters; 1 when it has both. */
static int splitNumWord(const char *z, size_t n, tk_dec *pNum,
                        const char **pzSuf) {
  size_t k = 0;
  while (k < n && ((z[k] >= '0' && z[k] <= '9') || z[k] == '.' || z[k] == ','))
    k++;
  if (k == 0 || k == n || !tk_entities__dec_parse(z, k, pNum)) return 0;
  *pzSuf = z + k;
  return 1;
}

/* A number from token i: digits or words, then an optional scale. */
int tk_entities__pat_number(const tk_edoc *p, size_t i, tk_dec *pOut,
                            const char **pzSuffix) {
  if (i >= p->nTok) return 0;
  const tk_etok *t = &p->a[i];
  const char *z = tk_etok_norm(p, i);
  int nTok = 0;
  if (pzSuffix) *pzSuffix = 0;
  if (t->eKind == TK_KIND_NUMBER) {
    if (!tk_entities__dec_parse(z, t->nNorm, pOut)) return 0;
    nTok = 1;
  } else if (t->eKind == TK_KIND_WORD && z[0] >= '0' && z[0] <= '9') {
    const char *zSuf;
    if (!splitNumWord(z, t->nNorm, pOut, &zSuf)) return 0;
    int k = tk_entities__scale_word(zSuf, strlen(zSuf));
    if (k) {
      tk_entities__dec_scale(pOut, k);
      return 1;
    }
    if (!pzSuffix) return 0;
    *pzSuffix = zSuf;
    return 1;
  } else if (t->eKind == TK_KIND_WORD) {
    nTok = wordNumber(p, i, pOut);
    if (!nTok) return 0;
  } else {
    return 0;
  }
  int k = scaleToken(p, i + (size_t)nTok);
  if (k) {
    tk_entities__dec_scale(pOut, k);
    nTok++;
  }
  return nTok;
}

/* ------------------------------------------------------------ ordinals */

/* "21st" -> 21, "third" -> 3, "twentieth" -> 20; 0 when not an ordinal. */
int tk_entities__ordinal_value(const char *z, size_t n) {
  if (n >= 3 && z[0] >= '0' && z[0] <= '9') {
    size_t k = 0;
    int v = 0;
    while (k < n && z[k] >= '0' && z[k] <= '9' && k < 6)
      v = v * 10 + z[k++] - '0';
    if (n - k != 2) return 0;
    const char *s = z + k;
    int last = v % 10, teen = v % 100 >= 11 && v % 100 <= 13;
    const char *want = teen        ? "th"
                       : last == 1 ? "st"
                       : last == 2 ? "nd"
                       : last == 3 ? "rd"
                                   : "th";
    return memcmp(s, want, 2) == 0 && v > 0 ? v : 0;
  }
  for (int i = 1; i < 20; i++)
    if (tk_entities__eq(z, n, azOrdWord[i])) return i;
  for (int i = 2; i < 10; i++)
    if (tk_entities__eq(z, n, azOrdTens[i])) return i * 10;
  if (tk_entities__eq(z, n, "hundredth")) return 100;
  return 0;
}

/* Number and ordinal words: they can start a numeric entity. */
int tk_entities__number_keywords(tk_kw_add xAdd, void *pCtx) {
  int rc = TK_OK;
  for (int i = 0; rc == TK_OK && i < 20; i++) {
    rc = xAdd(pCtx, azUnitWord[i], TK_KW_START);
    if (rc == TK_OK && i) rc = xAdd(pCtx, azOrdWord[i], TK_KW_START);
    if (rc == TK_OK && i >= 2 && i < 10) {
      rc = xAdd(pCtx, azTensWord[i], TK_KW_START);
      if (rc == TK_OK) rc = xAdd(pCtx, azOrdTens[i], TK_KW_START);
    }
  }
  if (rc == TK_OK) rc = xAdd(pCtx, "hundredth", TK_KW_START);
  return rc;
}
