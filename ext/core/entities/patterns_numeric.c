/*
** patterns_numeric.c -- MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
** entities over the token array (numbers themselves are read by
** numbers.c).
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

/* ORDINAL at token i ("21st", "third", "twenty - first"). */
static int matchOrdinal(const tk_edoc *p, size_t i, const NumAt *pn,
                        tk_pmatch *m) {
  (void)pn;
  if (p->a[i].eKind != TK_KIND_WORD) return 0;
  const char *z = tk_etok_norm(p, i);
  int v = tk_entities__ordinal_value(z, p->a[i].nNorm), nTok = 1;
  if (!v) {
    int t = tk_entities__small_word(z, p->a[i].nNorm);
    if (t < 20 || t % 10 || i + 2 >= p->nTok || !tk_etok_is(p, i + 1, "-") ||
        !tk_etok_glued(p, i + 1) || !tk_etok_glued(p, i + 2))
      return 0;
    int u =
        tk_entities__ordinal_value(tk_etok_norm(p, i + 2), p->a[i + 2].nNorm);
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
    if (tk_entities__eq(z, n, aSymbol[k].z)) {
      strcpy(zCode, aSymbol[k].zCode);
      return 1;
    }
  }
  if (p->a[i].eKind == TK_KIND_WORD && i + 1 < p->nTok &&
      tk_etok_is(p, i + 1, "$") && tk_etok_glued(p, i + 1)) {
    for (size_t k = 0; k < sizeof(aDollarPrefix) / sizeof(aDollarPrefix[0]);
         k++) {
      if (tk_entities__eq(z, n, aDollarPrefix[k].z)) {
        strcpy(zCode, aDollarPrefix[k].zCode);
        return 2;
      }
    }
  }
  if (tk_entities__eq(z, n, "u.s.") && tk_etok_is(p, i + 1, "$")) {
    strcpy(zCode, "USD");
    return 2;
  }
  if (tk_entities__eq(z, n, "rs") || tk_entities__eq(z, n, "rs.")) {
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
      if (!tk_entities__eq(z, n, "hong") && !tk_entities__eq(z, n, "new"))
        continue;
      if (!tk_entities__eq(z, n, "hong") == !(zAdj[0] == 'h')) continue;
      if (!tk_etok_is(p, j + 1, zSp + 1)) continue;
      jj = j + 1;
    } else if (!tk_entities__eq(z, n, zAdj)) {
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
    if (tk_entities__eq(z, n, aNoun[k].z)) {
      strcpy(zCode, aNoun[k].zCode);
      return 1;
    }
  }
  if (tk_entities__eq(z, n, "won") &&
      bScaled) { /* "34 won" is a sports table */
    strcpy(zCode, "KRW");
    return 1;
  }
  if (tk_entities__eq(z, n, "pounds") || tk_entities__eq(z, n, "pound")) {
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
  if (tk_entities__eq(z, n, "cents") || tk_entities__eq(z, n, "cent")) {
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
    nNum = tk_entities__pat_number(p, i + (size_t)nCur, &v, 0);
    if (!nNum) return 0;
    int nTok = nCur + nNum;
    char zNum[48];
    tk_entities__dec_format(&v, zNum, sizeof(zNum));
    snprintf(m->zNorm, sizeof(m->zNorm), "%s %s", zNum, zCode);
    m->eType = TK_ENT_MONEY;
    return nTok;
  }
  nNum = plainNumber(pn, &v);
  if (!nNum) return 0;
  int bScaled = v.e > 0 || nNum > 1, bCents;
  int nAfter = currencyAfter(p, i + (size_t)nNum, bScaled, zCode, &bCents);
  if (!nAfter) return 0;
  if (bCents) tk_entities__dec_scale(&v, -2);
  char zNum[48];
  tk_entities__dec_format(&v, zNum, sizeof(zNum));
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
  tk_entities__dec_format(&v, m->zNorm, sizeof(m->zNorm));
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
  int nNum = bNeg ? tk_entities__pat_number(p, i, &v, &zSuf) : pn->nTok;
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
  tk_entities__dec_format(&v, zNum, sizeof(zNum));
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
  tk_entities__dec_format(&v, m->zNorm, sizeof(m->zNorm));
  m->eType = TK_ENT_CARDINAL;
  return nNum;
}

/* The longest numeric entity at token i (ties: money, percent, quantity,
** ordinal, cardinal). */
int tk_entities__match_numeric(const tk_edoc *p, size_t i, tk_pmatch *m) {
  static int (*const axMatch[])(const tk_edoc *, size_t, const NumAt *,
                                tk_pmatch *) = {
      matchMoney, matchPercent, matchQuantity, matchOrdinal, matchCardinal};
  tk_pmatch t;
  NumAt num;
  num.nTok = tk_entities__pat_number(p, i, &num.v, &num.zSuf);
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
int tk_entities__numeric_keywords(tk_kw_add xAdd, void *pCtx) {
  int rc = tk_entities__number_keywords(xAdd, pCtx);
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
