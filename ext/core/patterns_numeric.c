/*
** patterns_numeric.c -- MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
** entities over the token array, and the exact decimal numbers they share
** with the date and time patterns.
**
**   "$1.2 billion"       MONEY     1200000000 USD
**   "EUR 500", "500 yen" MONEY     500 EUR, 500 JPY
**   "12.5 per cent"      PERCENT   12.5
**   "160 kilometres"     QUANTITY  160 km
**   "two million"        CARDINAL  2000000
**   "21st", "third"      ORDINAL   21, 3
*/
#include "entities_internal.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ decimals */

/* Parse digits, thousands commas (groups of three) and one '.'. */
int tk_dec_parse(const char *z, size_t n, tk_dec *pOut) {
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
void tk_dec_scale(tk_dec *p, int k) {
  p->e += k;
}

/* Print m * 10^e without exponent and without trailing fraction zeros. */
int tk_dec_format(const tk_dec *p, char *zOut, size_t nOut) {
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

/* 1 when z[0..n) equals the NUL-terminated zWord. */
static int eq(const char *z, size_t n, const char *zWord) {
  return n && z[0] == zWord[0] && strlen(zWord) == n &&
         memcmp(z, zWord, n) == 0;
}

/* The value of a number word below 100 ("seven", "forty"), or -1. */
static int smallWord(const char *z, size_t n) {
  if (n < 3 || n > 9) return -1;
  for (int i = 0; i < 20; i++)
    if (eq(z, n, azUnitWord[i])) return i;
  for (int i = 2; i < 10; i++)
    if (eq(z, n, azTensWord[i])) return i * 10;
  return -1;
}

/* The power of ten of a scale word, or 0. */
int tk_scale_word(const char *z, size_t n) {
  static const struct {
    const char *z;
    int k;
  } a[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
           {"mln", 6},      {"bln", 9},     {"bn", 9},      {"mn", 6},
           {"tn", 12},      {"m", 6},       {"k", 3},       {"millions", 6},
           {"billions", 9}, {"crore", 7},   {"lakh", 5},    {"crores", 7},
           {"lakhs", 5}};
  for (size_t i = 0; i < sizeof(a) / sizeof(a[0]); i++)
    if (eq(z, n, a[i].z)) return a[i].k;
  return 0;
}

/* The scale of a separate scale token (single letters only when glued). */
static int scaleToken(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD) return 0;
  const char *z = tk_etok_norm(p, i);
  size_t n = p->a[i].nNorm;
  if (n == 1 && !tk_etok_glued(p, i)) return 0;
  if (eq(z, n, "thousand") && i + 1 < p->nTok &&
      tk_etok_is(p, i + 1, "thousand"))
    return 0;
  return tk_scale_word(z, n);
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
    int v = smallWord(z, n), k;
    if (v >= 0) {
      if (bAny && cur % 100 != 0 && !(cur % 10 == 0 && cur % 100 && v < 10))
        break;
      cur += (uint64_t)v;
    } else if (bAny && eq(z, n, "hundred")) {
      cur = (cur ? cur : 1) * 100;
    } else if (bAny && (k = tk_scale_word(z, n)) >= 3 && n > 2) {
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
        smallWord(tk_etok_norm(p, j + 1), p->a[j + 1].nNorm) > 0) {
      j++;
    } else if (j + 1 < p->nTok && tk_etok_is(p, j, "and") && cur >= 100 &&
               smallWord(tk_etok_norm(p, j + 1), p->a[j + 1].nNorm) > 0) {
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
  if (k == 0 || k == n || !tk_dec_parse(z, k, pNum)) return 0;
  *pzSuf = z + k;
  return 1;
}

/* A number from token i: digits or words, then an optional scale. */
int tk_pat_number(const tk_edoc *p, size_t i, tk_dec *pOut,
                  const char **pzSuffix) {
  if (i >= p->nTok) return 0;
  const tk_etok *t = &p->a[i];
  const char *z = tk_etok_norm(p, i);
  int nTok = 0;
  if (pzSuffix) *pzSuffix = 0;
  if (t->eKind == TK_KIND_NUMBER) {
    if (!tk_dec_parse(z, t->nNorm, pOut)) return 0;
    nTok = 1;
  } else if (t->eKind == TK_KIND_WORD && z[0] >= '0' && z[0] <= '9') {
    const char *zSuf;
    if (!splitNumWord(z, t->nNorm, pOut, &zSuf)) return 0;
    int k = tk_scale_word(zSuf, strlen(zSuf));
    if (k) {
      tk_dec_scale(pOut, k);
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
    tk_dec_scale(pOut, k);
    nTok++;
  }
  return nTok;
}

/* The number at a token, parsed once for all numeric matchers. */
typedef struct NumAt {
  int nTok; /* 0: no number there */
  tk_dec v;
  const char *zSuf; /* a glued non-scale suffix ("km" of "5km") */
} NumAt;

/* The plain number (no glued unit suffix) of pn: its token count. */
static int plainNumber(const NumAt *pn, tk_dec *pv) {
  if (!pn->nTok || pn->zSuf) return 0;
  *pv = pn->v;
  return pn->nTok;
}

/* ------------------------------------------------------------ ordinals */

/* "21st" -> 21, "third" -> 3, "twentieth" -> 20; 0 when not an ordinal. */
int tk_ordinal_value(const char *z, size_t n) {
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
    if (eq(z, n, azOrdWord[i])) return i;
  for (int i = 2; i < 10; i++)
    if (eq(z, n, azOrdTens[i])) return i * 10;
  if (eq(z, n, "hundredth")) return 100;
  return 0;
}

/* ORDINAL at token i ("21st", "third", "twenty - first"). */
static int matchOrdinal(const tk_edoc *p, size_t i, const NumAt *pn,
                        tk_pmatch *m) {
  (void)pn;
  if (p->a[i].eKind != TK_KIND_WORD) return 0;
  const char *z = tk_etok_norm(p, i);
  int v = tk_ordinal_value(z, p->a[i].nNorm), nTok = 1;
  if (!v) {
    int t = smallWord(z, p->a[i].nNorm);
    if (t < 20 || t % 10 || i + 2 >= p->nTok || !tk_etok_is(p, i + 1, "-") ||
        !tk_etok_glued(p, i + 1) || !tk_etok_glued(p, i + 2))
      return 0;
    int u = tk_ordinal_value(tk_etok_norm(p, i + 2), p->a[i + 2].nNorm);
    if (u < 1 || u > 9) return 0;
    v = t + u;
    nTok = 3;
  } else if (v == 2 && i > 0 && p->a[i - 1].eKind == TK_KIND_NUMBER) {
    return 0; /* "30 second" is a duration */
  }
  m->eType = TK_ENT_ORDINAL;
  snprintf(m->zNorm, sizeof(m->zNorm), "%d", v);
  return nTok;
}

/* ------------------------------------------------------------- money */

/* Currency words and codes, folded. */
typedef struct Currency {
  const char *z;
  const char *zCode;
} Currency;

static const Currency aSymbol[] = {{"$", "USD"},   {"€", "EUR"}, {"£", "GBP"},
                                   {"¥", "JPY"},   {"₹", "INR"}, {"₩", "KRW"},
                                   {"₽", "RUB"}, {"₺", "TRY"}};
/* Prefixes glued to "$": US$ C$ A$ HK$ S$ NZ$ R$. */
static const Currency aDollarPrefix[] = {
    {"us", "USD"}, {"c", "CAD"},  {"a", "AUD"}, {"hk", "HKD"},
    {"s", "SGD"},  {"nz", "NZD"}, {"r", "BRL"}, {"nt", "TWD"}};
static const char *const azIso[] = {
    "usd", "eur", "gbp", "jpy", "inr", "cny", "chf", "cad", "aud", "hkd",
    "sgd", "nzd", "sek", "nok", "dkk", "rub", "brl", "zar", "mxn", "krw",
    "try", "pln", "twd", "thb", "idr", "myr", "php", "ngn", "kes", "egp",
    "aed", "sar", "ils", "czk", "huf", "pkr", "bdt", "vnd", "ars", "clp"};
/* Currency nouns after a number. */
static const Currency aNoun[] = {
    {"dollars", "USD"},   {"dollar", "USD"},  {"euros", "EUR"},
    {"euro", "EUR"},      {"yen", "JPY"},     {"rupees", "INR"},
    {"rupee", "INR"},     {"yuan", "CNY"},    {"renminbi", "CNY"},
    {"sterling", "GBP"},  {"roubles", "RUB"}, {"rubles", "RUB"},
    {"pesos", "MXN"},     {"rand", "ZAR"},    {"naira", "NGN"},
    {"shillings", "KES"}, {"ringgit", "MYR"}};
/* Adjectives that say which dollars. */
static const Currency aDollarAdj[] = {
    {"us", "USD"},         {"u.s.", "USD"},       {"american", "USD"},
    {"canadian", "CAD"},   {"australian", "AUD"}, {"singapore", "SGD"},
    {"taiwan", "TWD"},     {"zimbabwe", "ZWL"},   {"hong kong", "HKD"},
    {"new zealand", "NZD"}};

/* When token i is an ISO 4217 code written in capitals ("EUR"), put it
** upper-cased in zCode and return 1; else 0. */
static int isoCode(const tk_edoc *p, size_t i, char *zCode) {
  if (i >= p->nTok || p->a[i].nLen != 3 || p->a[i].eKind != TK_KIND_WORD)
    return 0;
  const char *zSurf = p->z + p->a[i].iStart;
  if (zSurf[0] < 'A' || zSurf[0] > 'Z' || zSurf[1] < 'A' || zSurf[1] > 'Z')
    return 0;
  for (size_t k = 0; k < sizeof(azIso) / sizeof(azIso[0]); k++) {
    if (memcmp(tk_etok_norm(p, i), azIso[k], 3) == 0) {
      for (int c = 0; c < 3; c++)
        zCode[c] = (char)(azIso[k][c] - 'a' + 'A');
      zCode[3] = 0;
      return 1;
    }
  }
  return 0;
}

/* A currency before a number at token i; returns tokens used. */
static int currencyBefore(const tk_edoc *p, size_t i, char *zCode) {
  const char *z = tk_etok_norm(p, i);
  size_t n = p->a[i].nNorm;
  for (size_t k = 0; k < sizeof(aSymbol) / sizeof(aSymbol[0]); k++) {
    if (eq(z, n, aSymbol[k].z)) {
      strcpy(zCode, aSymbol[k].zCode);
      return 1;
    }
  }
  if (p->a[i].eKind == TK_KIND_WORD && i + 1 < p->nTok &&
      tk_etok_is(p, i + 1, "$") && tk_etok_glued(p, i + 1)) {
    for (size_t k = 0; k < sizeof(aDollarPrefix) / sizeof(aDollarPrefix[0]);
         k++) {
      if (eq(z, n, aDollarPrefix[k].z)) {
        strcpy(zCode, aDollarPrefix[k].zCode);
        return 2;
      }
    }
  }
  if (eq(z, n, "u.s.") && tk_etok_is(p, i + 1, "$")) {
    strcpy(zCode, "USD");
    return 2;
  }
  if (eq(z, n, "rs") || eq(z, n, "rs.")) {
    strcpy(zCode, "INR");
    return tk_etok_is(p, i + 1, ".") && tk_etok_glued(p, i + 1) ? 2 : 1;
  }
  return isoCode(p, i, zCode);
}

/* A currency after a number, at token j; returns tokens used.  bScaled:
** the number had a scale word (then "pounds" is money, not weight). */
static int currencyAfter(const tk_edoc *p, size_t j, int bScaled, char *zCode,
                         int *pCents) {
  if (j >= p->nTok) return 0;
  const char *z = tk_etok_norm(p, j);
  size_t n = p->a[j].nNorm;
  *pCents = 0;
  for (size_t k = 0; k < sizeof(aDollarAdj) / sizeof(aDollarAdj[0]); k++) {
    const char *zAdj = aDollarAdj[k].z;
    if (zAdj[0] != z[0]) continue;
    const char *zSp = strchr(zAdj, ' ');
    size_t jj = j;
    if (zSp) {
      if (!eq(z, n, "hong") && !eq(z, n, "new")) continue;
      if (!eq(z, n, "hong") == !(zAdj[0] == 'h')) continue;
      if (!tk_etok_is(p, j + 1, zSp + 1)) continue;
      jj = j + 1;
    } else if (!eq(z, n, zAdj)) {
      continue;
    }
    if (tk_etok_is(p, jj + 1, "dollars") || tk_etok_is(p, jj + 1, "dollar")) {
      strcpy(zCode, aDollarAdj[k].zCode);
      return (int)(jj + 2 - j);
    }
  }
  if (j + 1 < p->nTok && p->a[j + 1].eKind == TK_KIND_NUMBER)
    return 0; /* "six Euro 2000 qualifiers" */
  for (size_t k = 0; k < sizeof(aNoun) / sizeof(aNoun[0]); k++) {
    if (eq(z, n, aNoun[k].z)) {
      strcpy(zCode, aNoun[k].zCode);
      return 1;
    }
  }
  if (eq(z, n, "won") && bScaled) { /* "34 won" is a sports table */
    strcpy(zCode, "KRW");
    return 1;
  }
  if (eq(z, n, "pounds") || eq(z, n, "pound")) {
    if (tk_etok_is(p, j + 1, "sterling")) {
      strcpy(zCode, "GBP");
      return 2;
    }
    if (bScaled) {
      strcpy(zCode, "GBP");
      return 1;
    }
    return 0;
  }
  if (eq(z, n, "cents") || eq(z, n, "cent")) {
    if (tk_etok_is(p, j + 1, "a") || tk_etok_is(p, j + 1, "per")) return 0;
    strcpy(zCode, "USD");
    *pCents = 1;
    return 1;
  }
  return isoCode(p, j, zCode);
}

/* MONEY at token i: currency + number [+ scale], or number [+ scale] +
** currency word or code. */
static int matchMoney(const tk_edoc *p, size_t i, const NumAt *pn,
                      tk_pmatch *m) {
  char zCode[8];
  tk_dec v;
  int nCur = currencyBefore(p, i, zCode), nNum;
  if (nCur) {
    nNum = tk_pat_number(p, i + (size_t)nCur, &v, 0);
    if (!nNum) return 0;
    int nTok = nCur + nNum;
    char zNum[48];
    tk_dec_format(&v, zNum, sizeof(zNum));
    snprintf(m->zNorm, sizeof(m->zNorm), "%s %s", zNum, zCode);
    m->eType = TK_ENT_MONEY;
    return nTok;
  }
  nNum = plainNumber(pn, &v);
  if (!nNum) return 0;
  int bScaled = v.e > 0 || nNum > 1, bCents;
  int nAfter = currencyAfter(p, i + (size_t)nNum, bScaled, zCode, &bCents);
  if (!nAfter) return 0;
  if (bCents) tk_dec_scale(&v, -2);
  char zNum[48];
  tk_dec_format(&v, zNum, sizeof(zNum));
  snprintf(m->zNorm, sizeof(m->zNorm), "%s %s", zNum, zCode);
  m->eType = TK_ENT_MONEY;
  return nNum + nAfter;
}

/* ----------------------------------------------------------- percent */

/* PERCENT: number + "%", "percent", "per cent", "pct", "percentage
** point(s)". */
static int matchPercent(const tk_edoc *p, size_t i, const NumAt *pn,
                        tk_pmatch *m) {
  tk_dec v;
  int nNum = plainNumber(pn, &v);
  if (!nNum || v.e > 0) return 0;
  size_t j = i + (size_t)nNum;
  int nSuf = 0;
  if (tk_etok_is(p, j, "%") || tk_etok_is(p, j, "percent") ||
      tk_etok_is(p, j, "pct")) {
    nSuf = 1;
  } else if (tk_etok_is(p, j, "per") && tk_etok_is(p, j + 1, "cent")) {
    nSuf = 2;
  } else if (tk_etok_is(p, j, "percentage") &&
             (tk_etok_is(p, j + 1, "points") ||
              tk_etok_is(p, j + 1, "point"))) {
    nSuf = 2;
  }
  if (!nSuf) return 0;
  tk_dec_format(&v, m->zNorm, sizeof(m->zNorm));
  m->eType = TK_ENT_PERCENT;
  return nNum + nSuf;
}

/* ---------------------------------------------------------- quantity */

/* Units as token sequences (folded norms, space-separated), longest
** first within a shared first word, with their canonical symbols. */
static const struct {
  const char *zSeq;
  const char *zSym;
} aUnit[] = {
    {"km / h", "km/h"},
    {"kilometres per hour", "km/h"},
    {"kilometers per hour", "km/h"},
    {"kilometres an hour", "km/h"},
    {"kilometers an hour", "km/h"},
    {"km an hour", "km/h"},
    {"kph", "km/h"},
    {"kmh", "km/h"},
    {"miles per hour", "mph"},
    {"miles an hour", "mph"},
    {"mph", "mph"},
    {"metres per second", "m/s"},
    {"meters per second", "m/s"},
    {"m / s", "m/s"},
    {"square kilometres", "km2"},
    {"square kilometers", "km2"},
    {"square kilometre", "km2"},
    {"square kilometer", "km2"},
    {"sq km", "km2"},
    {"km2", "km2"},
    {"km²", "km2"},
    {"square metres", "m2"},
    {"square meters", "m2"},
    {"square metre", "m2"},
    {"square meter", "m2"},
    {"sq m", "m2"},
    {"m2", "m2"},
    {"m²", "m2"},
    {"cubic kilometres", "km3"},
    {"cubic kilometers", "km3"},
    {"cubic metres", "m3"},
    {"cubic meters", "m3"},
    {"km", "km"},
    {"kilometres", "km"},
    {"kilometers", "km"},
    {"kilometre", "km"},
    {"kilometer", "km"},
    {"m", "m"},
    {"metres", "m"},
    {"meters", "m"},
    {"metre", "m"},
    {"meter", "m"},
    {"cm", "cm"},
    {"centimetres", "cm"},
    {"centimeters", "cm"},
    {"mm", "mm"},
    {"millimetres", "mm"},
    {"millimeters", "mm"},
    {"miles", "mi"},
    {"mile", "mi"},
    {"feet", "ft"},
    {"foot", "ft"},
    {"ft", "ft"},
    {"inches", "in"},
    {"inch", "in"},
    {"kg", "kg"},
    {"kilograms", "kg"},
    {"kilogrammes", "kg"},
    {"kilogram", "kg"},
    {"kilos", "kg"},
    {"grams", "g"},
    {"gram", "g"},
    {"grammes", "g"},
    {"mg", "mg"},
    {"milligrams", "mg"},
    {"lb", "lb"},
    {"lbs", "lb"},
    {"pounds", "lb"},
    {"pound", "lb"},
    {"ounces", "oz"},
    {"ounce", "oz"},
    {"oz", "oz"},
    {"metric tons", "t"},
    {"metric tonnes", "t"},
    {"tonnes", "t"},
    {"tonne", "t"},
    {"tons", "t"},
    {"ton", "t"},
    {"hectares", "ha"},
    {"hectare", "ha"},
    {"ha", "ha"},
    {"acres", "acre"},
    {"acre", "acre"},
    {"litres", "l"},
    {"liters", "l"},
    {"litre", "l"},
    {"liter", "l"},
    {"millilitres", "ml"},
    {"milliliters", "ml"},
    {"ml", "ml"},
    {"gallons", "gal"},
    {"gallon", "gal"},
    {"knots", "kn"},
    {"knot", "kn"},
    {"degrees celsius", "°C"},
    {"degrees centigrade", "°C"},
    {"degrees fahrenheit", "°F"},
    {"degrees c", "°C"},
    {"degrees f", "°F"},
    {"degree celsius", "°C"},
    {"° c", "°C"},
    {"° f", "°F"},
    {"°c", "°C"},
    {"°f", "°F"},
    {"℃", "°C"},
    {"℉", "°F"},
    {"celsius", "°C"},
    {"fahrenheit", "°F"},
};

/* The unit at token j (the first word may instead be zFirst, a glued
** suffix like "km" of "5km"); returns tokens used after j's start. */
static int matchUnit(const tk_edoc *p, size_t j, const char *zFirst,
                     const char **pzSym) {
  int nBest = -1;
  if (!zFirst && (j >= p->nTok || !(p->a[j].fClass & TK_KW_UNIT))) return -1;
  for (size_t u = 0; u < sizeof(aUnit) / sizeof(aUnit[0]); u++) {
    const char *s = aUnit[u].zSeq;
    size_t jj = j;
    int bFirst = zFirst != 0, ok = 1, nUsed = 0;
    while (*s) {
      const char *e = strchr(s, ' ');
      size_t n = e ? (size_t)(e - s) : strlen(s);
      if (bFirst) {
        if (strlen(zFirst) != n || memcmp(zFirst, s, n) != 0) {
          ok = 0;
          break;
        }
        bFirst = 0;
      } else {
        if (jj >= p->nTok || p->a[jj].nNorm != n ||
            memcmp(tk_etok_norm(p, jj), s, n) != 0) {
          ok = 0;
          break;
        }
        if (nUsed > 0 &&
            (p->a[jj].eKind == TK_KIND_PUNCT ||
             p->a[jj - 1].eKind == TK_KIND_PUNCT) &&
            !tk_etok_glued(p, jj)) {
          ok = 0;
          break;
        }
        jj++;
        nUsed++;
      }
      s += n;
      if (*s == ' ') s++;
    }
    if (ok && !zFirst && aUnit[u].zSeq[1] == 0 && p->z[p->a[j].iStart] == 'M')
      ok = 0; /* "50 M. Slater": an initial, not metres */
    if (ok && nUsed > nBest && (nUsed > 0 || zFirst)) {
      nBest = nUsed;
      *pzSym = aUnit[u].zSym;
    }
  }
  return nBest;
}

/* QUANTITY: [minus] number [-] unit. */
static int matchQuantity(const tk_edoc *p, size_t i, const NumAt *pn,
                         tk_pmatch *m) {
  size_t i0 = i;
  int bNeg = 0;
  if ((tk_etok_is(p, i, "-") || tk_etok_is(p, i, "minus") ||
       tk_etok_is(p, i, "−")) &&
      i + 1 < p->nTok &&
      (tk_etok_glued(p, i + 1) || tk_etok_is(p, i, "minus")) &&
      p->a[i + 1].eKind == TK_KIND_NUMBER) {
    bNeg = 1;
    i++;
  }
  tk_dec v = pn->v;
  const char *zSuf = pn->zSuf;
  int nNum = bNeg ? tk_pat_number(p, i, &v, &zSuf) : pn->nTok;
  if (!nNum) return 0;
  size_t j = i + (size_t)nNum;
  const char *zSym = 0;
  int nUnit;
  if (zSuf) {
    nUnit = matchUnit(p, j, zSuf, &zSym);
  } else {
    if (tk_etok_is(p, j, "-") && tk_etok_glued(p, j) && tk_etok_glued(p, j + 1))
      j++; /* "5.5-inch" */
    nUnit = matchUnit(p, j, 0, &zSym);
    if (nUnit <= 0) return 0;
  }
  if (nUnit < 0) return 0;
  if (bNeg && !strstr(zSym, "°")) return 0; /* only temperatures go below 0 */
  v.bNeg = bNeg;
  char zNum[48];
  tk_dec_format(&v, zNum, sizeof(zNum));
  snprintf(m->zNorm, sizeof(m->zNorm), "%s %s", zNum, zSym);
  m->eType = TK_ENT_QUANTITY;
  return (int)(j - i0) + nUnit;
}

/* ---------------------------------------------------------- cardinal */

/* CARDINAL: any number not taken by a longer pattern. */
static int matchCardinal(const tk_edoc *p, size_t i, const NumAt *pn,
                         tk_pmatch *m) {
  (void)p;
  (void)i;
  tk_dec v;
  int nNum = plainNumber(pn, &v);
  if (!nNum) return 0;
  tk_dec_format(&v, m->zNorm, sizeof(m->zNorm));
  m->eType = TK_ENT_CARDINAL;
  return nNum;
}

/* The longest numeric entity at token i (ties: money, percent, quantity,
** ordinal, cardinal). */
int tk_match_numeric(const tk_edoc *p, size_t i, tk_pmatch *m) {
  static int (*const axMatch[])(const tk_edoc *, size_t, const NumAt *,
                                tk_pmatch *) = {
      matchMoney, matchPercent, matchQuantity, matchOrdinal, matchCardinal};
  tk_pmatch t;
  NumAt num;
  num.nTok = tk_pat_number(p, i, &num.v, &num.zSuf);
  m->nTok = 0;
  for (size_t k = 0; k < sizeof(axMatch) / sizeof(axMatch[0]); k++) {
    int n = axMatch[k](p, i, &num, &t);
    if (n > m->nTok) {
      *m = t;
      m->nTok = n;
    }
  }
  return m->nTok;
}

/* Words that can start a numeric entity (number and ordinal words,
** currency prefixes and codes, "minus") and the first words of units. */
int tk_numeric_keywords(tk_kw_add xAdd, void *pCtx) {
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
  if (rc == TK_OK) rc = xAdd(pCtx, "minus", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "rs", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "rs.", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "u.s.", TK_KW_START);
  for (size_t k = 0;
       rc == TK_OK && k < sizeof(aDollarPrefix) / sizeof(aDollarPrefix[0]); k++)
    rc = xAdd(pCtx, aDollarPrefix[k].z, TK_KW_START);
  for (size_t k = 0; rc == TK_OK && k < sizeof(azIso) / sizeof(azIso[0]); k++)
    rc = xAdd(pCtx, azIso[k], TK_KW_START);
  for (size_t u = 0; rc == TK_OK && u < sizeof(aUnit) / sizeof(aUnit[0]); u++) {
    char zWord[32];
    const char *s = aUnit[u].zSeq, *e = strchr(s, ' ');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (n >= sizeof(zWord)) continue;
    memcpy(zWord, s, n);
    zWord[n] = 0;
    rc = xAdd(pCtx, zWord, TK_KW_UNIT);
  }
  return rc;
}
