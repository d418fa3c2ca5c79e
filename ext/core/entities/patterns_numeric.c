/*
** patterns_numeric.c -- MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
** entities over the token array (numbers themselves are read by
** numbers.c).
**
**   "$1.2 billion"       MONEY     1200000000 USD
**   "EUR 500", "500 yen" MONEY     500 EUR, 500 JPY
**   "DM 5 million"       MONEY     5000000 DEM
**   "300 Swiss francs"   MONEY     300 CHF
**   "12.5 per cent"      PERCENT   12.5
**   "160 kilometres"     QUANTITY  160 km
**   "two million"        CARDINAL  2000000
**   "21st", "third"      ORDINAL   21, 3
*/
#include "entities_internal.h"

#include <ctype.h>
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

/* A currency written as a symbol, prefix or code, folded. */
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
/* Codes written in capitals before or after a number: ISO 4217, current
** and historical, and the news prefixes DM, FFr, FF, SFr and ECU. */
static const Currency aCode[] = {
    {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"},
    {"chf", "CHF"}, {"cad", "CAD"}, {"aud", "AUD"}, {"nzd", "NZD"},
    {"hkd", "HKD"}, {"sgd", "SGD"}, {"cny", "CNY"}, {"inr", "INR"},
    {"rub", "RUB"}, {"brl", "BRL"}, {"mxn", "MXN"}, {"zar", "ZAR"},
    {"sek", "SEK"}, {"nok", "NOK"}, {"dkk", "DKK"}, {"isk", "ISK"},
    {"pln", "PLN"}, {"czk", "CZK"}, {"huf", "HUF"}, {"ron", "RON"},
    {"bgn", "BGN"}, {"hrk", "HRK"}, {"try", "TRY"}, {"krw", "KRW"},
    {"twd", "TWD"}, {"thb", "THB"}, {"idr", "IDR"}, {"myr", "MYR"},
    {"php", "PHP"}, {"vnd", "VND"}, {"pkr", "PKR"}, {"bdt", "BDT"},
    {"lkr", "LKR"}, {"ils", "ILS"}, {"egp", "EGP"}, {"sar", "SAR"},
    {"aed", "AED"}, {"kwd", "KWD"}, {"qar", "QAR"}, {"bhd", "BHD"},
    {"omr", "OMR"}, {"jod", "JOD"}, {"irr", "IRR"}, {"iqd", "IQD"},
    {"ngn", "NGN"}, {"kes", "KES"}, {"ghs", "GHS"}, {"ars", "ARS"},
    {"clp", "CLP"}, {"cop", "COP"}, {"pen", "PEN"}, {"ves", "VES"},
    {"uah", "UAH"}, {"kzt", "KZT"}, {"mad", "MAD"}, {"dem", "DEM"},
    {"frf", "FRF"}, {"itl", "ITL"}, {"nlg", "NLG"}, {"bef", "BEF"},
    {"luf", "LUF"}, {"esp", "ESP"}, {"ats", "ATS"}, {"fim", "FIM"},
    {"iep", "IEP"}, {"pte", "PTE"}, {"grd", "GRD"}, {"xeu", "XEU"},
    {"sur", "SUR"}, {"rur", "RUR"}, {"yum", "YUM"}, {"veb", "VEB"},
    {"vef", "VEF"}, {"trl", "TRL"}, {"rol", "ROL"}, {"bgl", "BGL"},
    {"csk", "CSK"}, {"skk", "SKK"}, {"eek", "EEK"}, {"lvl", "LVL"},
    {"ltl", "LTL"}, {"sit", "SIT"}, {"cyp", "CYP"}, {"mtl", "MTL"},
    {"ecu", "XEU"}, {"dm", "DEM"},  {"ffr", "FRF"}, {"ff", "FRF"},
    {"sfr", "CHF"}};

/* Families of currency nouns, so that an adjective picks the code:
** "Swiss francs" CHF, "Danish crowns" DKK. */
enum {
  CF_NONE,
  CF_DOLLAR,
  CF_CENT,
  CF_POUND,
  CF_FRANC,
  CF_MARK,
  CF_CROWN,
  CF_LIRA,
  CF_PESO,
  CF_DINAR,
  CF_RIYAL,
  CF_DIRHAM,
  CF_RUPEE,
  CF_SHILLING,
  CF_SHEKEL
};

/* Flags of a currency noun. */
#define CN_MINOR 1  /* a hundredth of the unit: cents, pence */
#define CN_SCALED 2 /* money only after a scale word ("500 billion won") */
#define CN_WEIGHT 4 /* also a weight: money unless poundsAreWeight() */
#define CN_NAME 8   /* also starts names before a number ("Euro 2000") */

/* A currency noun after a number (folded tokens, space-separated), its
** family and the code it has without an adjective (NULL: it needs one). */
typedef struct CurrencyNoun {
  const char *zSeq;
  int eFamily;
  const char *zCode;
  int f;
} CurrencyNoun;

static const CurrencyNoun aNoun[] = {
    {"dollars", CF_DOLLAR, "USD", 0},
    {"dollar", CF_DOLLAR, "USD", 0},
    {"cents", CF_CENT, "USD", CN_MINOR},
    {"cent", CF_CENT, "USD", CN_MINOR},
    {"euros", CF_NONE, "EUR", CN_NAME},
    {"euro", CF_NONE, "EUR", CN_NAME},
    {"ecus", CF_NONE, "XEU", 0},
    {"ecu", CF_NONE, "XEU", 0},
    {"yen", CF_NONE, "JPY", 0},
    {"yuan", CF_NONE, "CNY", 0},
    {"renminbi", CF_NONE, "CNY", 0},
    {"rupees", CF_RUPEE, "INR", 0},
    {"rupee", CF_RUPEE, "INR", 0},
    {"roubles", CF_NONE, "RUB", 0},
    {"rubles", CF_NONE, "RUB", 0},
    {"rouble", CF_NONE, "RUB", 0},
    {"ruble", CF_NONE, "RUB", 0},
    {"rand", CF_NONE, "ZAR", 0},
    {"naira", CF_NONE, "NGN", 0},
    {"ringgit", CF_NONE, "MYR", 0},
    {"baht", CF_NONE, "THB", 0},
    {"rupiah", CF_NONE, "IDR", 0},
    {"won", CF_NONE, "KRW", CN_SCALED},
    {"dong", CF_NONE, "VND", CN_SCALED},
    {"pounds", CF_POUND, "GBP", CN_WEIGHT},
    {"pound", CF_POUND, "GBP", CN_SCALED},
    {"pounds sterling", CF_NONE, "GBP", 0},
    {"pound sterling", CF_NONE, "GBP", 0},
    {"sterling", CF_NONE, "GBP", 0},
    {"pence", CF_NONE, "GBP", CN_MINOR},
    {"punts", CF_POUND, "IEP", 0},
    {"marks", CF_MARK, "DEM", 0},
    {"d - marks", CF_NONE, "DEM", 0},
    {"d - mark", CF_NONE, "DEM", 0},
    {"deutschmarks", CF_NONE, "DEM", 0},
    {"deutschemarks", CF_NONE, "DEM", 0},
    {"deutschmark", CF_NONE, "DEM", 0},
    {"markka", CF_MARK, "FIM", 0},
    {"markkaa", CF_MARK, "FIM", 0},
    {"francs", CF_FRANC, "FRF", 0},
    {"franc", CF_FRANC, "FRF", 0},
    {"guilders", CF_NONE, "NLG", 0},
    {"guilder", CF_NONE, "NLG", 0},
    {"lire", CF_LIRA, "ITL", 0},
    {"lira", CF_LIRA, "ITL", 0},
    {"pesetas", CF_NONE, "ESP", 0},
    {"peseta", CF_NONE, "ESP", 0},
    {"escudos", CF_NONE, "PTE", 0},
    {"escudo", CF_NONE, "PTE", 0},
    {"drachmas", CF_NONE, "GRD", 0},
    {"drachmae", CF_NONE, "GRD", 0},
    {"drachma", CF_NONE, "GRD", 0},
    {"schillings", CF_NONE, "ATS", 0},
    {"schilling", CF_NONE, "ATS", 0},
    {"shillings", CF_SHILLING, "KES", 0},
    {"shilling", CF_SHILLING, "KES", 0},
    {"crowns", CF_CROWN, "SEK", 0},
    {"kronor", CF_CROWN, "SEK", 0},
    {"krona", CF_CROWN, "SEK", 0},
    {"kroner", CF_CROWN, "NOK", 0},
    {"krone", CF_CROWN, "NOK", 0},
    {"kronur", CF_CROWN, "ISK", 0},
    {"korunas", CF_CROWN, "CZK", 0},
    {"koruna", CF_CROWN, "CZK", 0},
    {"kroons", CF_CROWN, "EEK", 0},
    {"pesos", CF_PESO, "MXN", 0},
    {"peso", CF_PESO, "MXN", 0},
    {"zlotys", CF_NONE, "PLN", 0},
    {"zloty", CF_NONE, "PLN", 0},
    {"zlotych", CF_NONE, "PLN", 0},
    {"forints", CF_NONE, "HUF", 0},
    {"forint", CF_NONE, "HUF", 0},
    {"shekels", CF_SHEKEL, "ILS", 0},
    {"shekel", CF_SHEKEL, "ILS", 0},
    {"dinars", CF_DINAR, "KWD", 0},
    {"dinar", CF_DINAR, "KWD", 0},
    {"riyals", CF_RIYAL, "SAR", 0},
    {"riyal", CF_RIYAL, "SAR", 0},
    {"rials", CF_RIYAL, "IRR", 0},
    {"rial", CF_RIYAL, "IRR", 0},
    {"dirhams", CF_DIRHAM, "AED", 0},
    {"dirham", CF_DIRHAM, "AED", 0},
    {"lei", CF_NONE, "RON", 0},
    {"leva", CF_NONE, "BGN", 0},
    {"levs", CF_NONE, "BGN", 0},
    {"kunas", CF_NONE, "HRK", 0},
    {"hryvnias", CF_NONE, "UAH", 0},
    {"hryvnia", CF_NONE, "UAH", 0},
    {"tenge", CF_NONE, "KZT", 0},
    {"reais", CF_NONE, "BRL", 0},
    {"bolivars", CF_NONE, "VES", 0},
    {"bolivares", CF_NONE, "VES", 0},
    {"soles", CF_NONE, "PEN", 0},
    {"cedis", CF_NONE, "GHS", 0},
    {"kuna", CF_NONE, "HRK", 0},
    {"taka", CF_NONE, "BDT", 0},
    {"karbovanets", CF_NONE, "UAK", 0},
    {"japanese yen", CF_NONE, "JPY", 0},
    {"chinese yuan", CF_NONE, "CNY", 0},
    {"south african rand", CF_NONE, "ZAR", 0},
    {"russian roubles", CF_NONE, "RUB", 0},
    {"russian rubles", CF_NONE, "RUB", 0},
    {"south korean won", CF_NONE, "KRW", 0},
    {"korean won", CF_NONE, "KRW", 0},
    {"thai baht", CF_NONE, "THB", 0},
    {"malaysian ringgit", CF_NONE, "MYR", 0},
    {"indonesian rupiah", CF_NONE, "IDR", 0},
    {"polish zlotys", CF_NONE, "PLN", 0},
    {"hungarian forints", CF_NONE, "HUF", 0},
    {"spanish pesetas", CF_NONE, "ESP", 0},
    {"portuguese escudos", CF_NONE, "PTE", 0},
    {"greek drachmas", CF_NONE, "GRD", 0},
    {"dutch guilders", CF_NONE, "NLG", 0},
};

/* An adjective (folded tokens) that names the currency of a family's
** noun after it. */
typedef struct CurrencyAdj {
  const char *zSeq;
  int eFamily;
  const char *zCode;
} CurrencyAdj;

static const CurrencyAdj aAdj[] = {
    {"us", CF_DOLLAR, "USD"},          {"u.s.", CF_DOLLAR, "USD"},
    {"american", CF_DOLLAR, "USD"},    {"canadian", CF_DOLLAR, "CAD"},
    {"australian", CF_DOLLAR, "AUD"},  {"singapore", CF_DOLLAR, "SGD"},
    {"taiwan", CF_DOLLAR, "TWD"},      {"new taiwan", CF_DOLLAR, "TWD"},
    {"zimbabwe", CF_DOLLAR, "ZWL"},    {"hong kong", CF_DOLLAR, "HKD"},
    {"new zealand", CF_DOLLAR, "NZD"}, {"namibian", CF_DOLLAR, "NAD"},
    {"jamaican", CF_DOLLAR, "JMD"},    {"euro", CF_CENT, "EUR"},
    {"british", CF_POUND, "GBP"},      {"irish", CF_POUND, "IEP"},
    {"egyptian", CF_POUND, "EGP"},     {"cyprus", CF_POUND, "CYP"},
    {"cypriot", CF_POUND, "CYP"},      {"lebanese", CF_POUND, "LBP"},
    {"syrian", CF_POUND, "SYP"},       {"sudanese", CF_POUND, "SDG"},
    {"french", CF_FRANC, "FRF"},       {"swiss", CF_FRANC, "CHF"},
    {"belgian", CF_FRANC, "BEF"},      {"luxembourg", CF_FRANC, "LUF"},
    {"guinean", CF_FRANC, "GNF"},      {"german", CF_MARK, "DEM"},
    {"deutsche", CF_MARK, "DEM"},      {"finnish", CF_MARK, "FIM"},
    {"swedish", CF_CROWN, "SEK"},      {"danish", CF_CROWN, "DKK"},
    {"norwegian", CF_CROWN, "NOK"},    {"czech", CF_CROWN, "CZK"},
    {"slovak", CF_CROWN, "SKK"},       {"icelandic", CF_CROWN, "ISK"},
    {"estonian", CF_CROWN, "EEK"},     {"italian", CF_LIRA, "ITL"},
    {"turkish", CF_LIRA, "TRY"},       {"maltese", CF_LIRA, "MTL"},
    {"mexican", CF_PESO, "MXN"},       {"argentine", CF_PESO, "ARS"},
    {"argentinian", CF_PESO, "ARS"},   {"chilean", CF_PESO, "CLP"},
    {"colombian", CF_PESO, "COP"},     {"philippine", CF_PESO, "PHP"},
    {"cuban", CF_PESO, "CUP"},         {"uruguayan", CF_PESO, "UYU"},
    {"kuwaiti", CF_DINAR, "KWD"},      {"iraqi", CF_DINAR, "IQD"},
    {"jordanian", CF_DINAR, "JOD"},    {"bahraini", CF_DINAR, "BHD"},
    {"libyan", CF_DINAR, "LYD"},       {"tunisian", CF_DINAR, "TND"},
    {"algerian", CF_DINAR, "DZD"},     {"yugoslav", CF_DINAR, "YUM"},
    {"serbian", CF_DINAR, "RSD"},      {"saudi", CF_RIYAL, "SAR"},
    {"qatari", CF_RIYAL, "QAR"},       {"omani", CF_RIYAL, "OMR"},
    {"iranian", CF_RIYAL, "IRR"},      {"yemeni", CF_RIYAL, "YER"},
    {"uae", CF_DIRHAM, "AED"},         {"emirati", CF_DIRHAM, "AED"},
    {"moroccan", CF_DIRHAM, "MAD"},    {"indian", CF_RUPEE, "INR"},
    {"pakistani", CF_RUPEE, "PKR"},    {"sri lankan", CF_RUPEE, "LKR"},
    {"nepalese", CF_RUPEE, "NPR"},     {"kenyan", CF_SHILLING, "KES"},
    {"kenya", CF_SHILLING, "KES"},     {"uganda", CF_SHILLING, "UGX"},
    {"tanzania", CF_SHILLING, "TZS"},  {"ugandan", CF_SHILLING, "UGX"},
    {"tanzanian", CF_SHILLING, "TZS"}, {"somali", CF_SHILLING, "SOS"},
    {"austrian", CF_SHILLING, "ATS"},  {"new", CF_SHEKEL, "ILS"},
    {"israeli", CF_SHEKEL, "ILS"},     {"new israeli", CF_SHEKEL, "ILS"},
};

/* The tokens of zSeq (folded words, space-separated) at token j, or 0; a
** punctuation token joins only when glued ("d - marks" is "D-marks"). */
static int seqAt(const tk_edoc *p, size_t j, const char *zSeq) {
  size_t jj = j;
  const char *s = zSeq;
  if (j >= p->nTok || tk_etok_norm(p, j)[0] != zSeq[0]) return 0;
  while (*s) {
    const char *e = strchr(s, ' ');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (jj >= p->nTok || p->a[jj].nNorm != n ||
        memcmp(tk_etok_norm(p, jj), s, n) != 0)
      return 0;
    if (jj > j &&
        (p->a[jj].eKind == TK_KIND_PUNCT ||
         p->a[jj - 1].eKind == TK_KIND_PUNCT) &&
        !tk_etok_glued(p, jj))
      return 0;
    jj++;
    s += n;
    if (*s == ' ') s++;
  }
  return (int)(jj - j);
}

/* The longest currency noun at token j: its tokens (0: none) in *pn. */
static const CurrencyNoun *nounAt(const tk_edoc *p, size_t j, int *pn) {
  const CurrencyNoun *pBest = 0;
  *pn = 0;
  if (j >= p->nTok || !(p->a[j].fClass & TK_KW_CURRENCY)) return 0;
  for (size_t k = 0; k < sizeof(aNoun) / sizeof(aNoun[0]); k++) {
    int n = seqAt(p, j, aNoun[k].zSeq);
    if (n > *pn) {
      *pn = n;
      pBest = &aNoun[k];
    }
  }
  return pBest;
}

/* When token i is a code of aCode written with two capitals first ("EUR",
** "DM", "SFr"; "Ffr" and "Sfr" need one), its ISO code; else NULL. */
static const char *codeAt(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD || p->a[i].nLen < 2 ||
      p->a[i].nLen > 3)
    return 0;
  const char *zSurf = p->z + p->a[i].iStart;
  const char *z = tk_etok_norm(p, i);
  size_t n = p->a[i].nNorm;
  if (zSurf[0] < 'A' || zSurf[0] > 'Z' ||
      ((zSurf[1] < 'A' || zSurf[1] > 'Z') && !tk_entities__eq(z, n, "ffr") &&
       !tk_entities__eq(z, n, "sfr")))
    return 0;
  for (size_t k = 0; k < sizeof(aCode) / sizeof(aCode[0]); k++)
    if (tk_entities__eq(z, n, aCode[k].z)) return aCode[k].zCode;
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
  const char *zIso = codeAt(p, i);
  if (!zIso) return 0;
  strcpy(zCode, zIso);
  return 1;
}

/* 1 when "pounds" after the number at token i (ending at token j) is a
** weight: "5 pounds of sugar", "weighed 112 pounds", "40 pounds (18 kg)",
** "18 kg (39.7 pounds)", "1000 pounds per acre". */
static int poundsAreWeight(const tk_edoc *p, size_t i, size_t j) {
  static const char *const azArea[] = {"acre",    "acres",  "square", "cubic",
                                       "hectare", "gallon", 0};
  if (tk_etok_is(p, j, "of")) return 1;
  if (tk_etok_is(p, j, "per") && tk_etok_in(p, j + 1, azArea))
    return 1; /* "1000 pounds per acre", "30 pounds per square inch" */
  if (tk_etok_is(p, j, "(") && j + 2 < p->nTok &&
      p->a[j + 1].eKind == TK_KIND_NUMBER && (p->a[j + 2].fClass & TK_KW_UNIT))
    return 1;
  if (i >= 2 && tk_etok_is(p, i - 1, "(") && (p->a[i - 2].fClass & TK_KW_UNIT))
    return 1;
  for (size_t k = i >= 3 ? i - 3 : 0; k < i; k++) {
    const char *z = tk_etok_norm(p, k);
    if (p->a[k].nNorm >= 5 && memcmp(z, "weigh", 5) == 0) return 1;
  }
  return 0;
}

/* 1 when "marks" after the number at token i, the noun ending before
** token j, is the verb after a year: "1066 marks the end of Wessex" (a
** year of four digits, 1000 to 2099, and a determiner after it, but not
** a rate: "2000 marks a year"). */
static int marksAfterYear(const tk_edoc *p, size_t i, size_t j) {
  static const char *const azDet[] = {"the", "a",     "an",   "its",  "his",
                                      "her", "their", "this", "that", 0};
  static const char *const azRate[] = {"year",  "month", "week", "day", "head",
                                       "share", "tonne", "ton",  0};
  int y = p->a[i].nNorm == 4 ? tk_etok_small_int(p, i, 4) : -1;
  if (y < 1000 || y > 2099 || !tk_etok_in(p, j, azDet)) return 0;
  return !((tk_etok_is(p, j, "a") || tk_etok_is(p, j, "an")) &&
           tk_etok_in(p, j + 1, azRate)); /* "2000 marks a year" is money */
}

/* 1 when the currency word at token j is a name after a year at token i:
** capitalized, not in capitals ("in 2019 Rand Paul", "In 1998 Franc
** Kovac", "2022 Yuan Li"; a year of four digits, 1800 to 2099). */
static int nameAfterYear(const tk_edoc *p, size_t i, size_t j) {
  int y = p->a[i].nNorm == 4 ? tk_etok_small_int(p, i, 4) : -1;
  if (y < 1800 || y > 2099 || !tk_etok_capitalized(p, j)) return 0;
  char c = p->a[j].nLen > 1 ? p->z[p->a[j].iStart + 1] : 0;
  return c >= 'a' && c <= 'z';
}

/* 1 when the number at token i with its glued suffix "p" (pn) reads as
** pence ("179.5p"): a lower-case "p" ("the 9P protocol" is none), and no
** letter, "[" or "'" right before the number, nor "(" after a letter: a
** manual's section "fg(1p)", a link label "[1.5p]", a sed script "'1p;'".
*/
static int penceAt(const tk_edoc *p, size_t i, const NumAt *pn) {
  const tk_etok *pLast = &p->a[i + (size_t)pn->nTok - 1];
  if (p->z[pLast->iStart + pLast->nLen - 1] != 'p') return 0;
  size_t iStart = p->a[i].iStart;
  char c1 = iStart > 0 ? p->z[iStart - 1] : ' ';
  char c2 = iStart > 1 ? p->z[iStart - 2] : ' ';
  return !isalpha((unsigned char)c1) && c1 != '[' && c1 != '\'' &&
         !(c1 == '(' && isalpha((unsigned char)c2));
}

/* The longest adjective + noun of its family at token j ("Swiss
** francs", "Canadian cents"): its tokens (0: none), noun and code. */
static int adjNounAt(const tk_edoc *p, size_t j, const CurrencyNoun **ppNoun,
                     const char **pzCode) {
  int nBest = 0, nNoun;
  for (size_t k = 0; k < sizeof(aAdj) / sizeof(aAdj[0]); k++) {
    int nAdj = seqAt(p, j, aAdj[k].zSeq);
    if (!nAdj) continue;
    const CurrencyNoun *q = nounAt(p, j + (size_t)nAdj, &nNoun);
    if (!q || (q->eFamily != aAdj[k].eFamily &&
               !(q->eFamily == CF_CENT && aAdj[k].eFamily == CF_DOLLAR)))
      continue;
    if (nAdj + nNoun > nBest) {
      nBest = nAdj + nNoun;
      *ppNoun = q;
      *pzCode = aAdj[k].zCode;
    }
  }
  return nBest;
}

/* A currency after the number at token i, from token j: [adjective] noun
** or a code.  Returns tokens used; *pbMinor is 1 for cents and pence.
** bScaled: the number had a scale word. */
static int currencyAfter(const tk_edoc *p, size_t i, size_t j, int bScaled,
                         char *zCode, int *pbMinor) {
  *pbMinor = 0;
  if (j >= p->nTok || !(p->a[j].fClass & TK_KW_CURRENCY)) return 0;
  const CurrencyNoun *pNoun = 0;
  const char *zBest = 0;
  int nBest = adjNounAt(p, j, &pNoun, &zBest), nNoun;
  if (!nBest && (pNoun = nounAt(p, j, &nNoun)) != 0) {
    if ((pNoun->f & CN_SCALED) && !bScaled) return 0; /* "34 won" */
    if ((pNoun->f & CN_WEIGHT) && !bScaled &&
        poundsAreWeight(p, i, j + (size_t)nNoun))
      return 0;
    if (pNoun->eFamily == CF_MARK && !bScaled &&
        marksAfterYear(p, i, j + (size_t)nNoun))
      return 0;
    if (!bScaled && nameAfterYear(p, i, j)) return 0;
    nBest = nNoun;
    zBest = pNoun->zCode;
  }
  if (!nBest && (zBest = codeAt(p, j)) != 0) nBest = 1;
  if (!nBest) return 0;
  if (pNoun && (pNoun->f & CN_NAME) && j + (size_t)nBest < p->nTok &&
      p->a[j + (size_t)nBest].eKind == TK_KIND_NUMBER)
    return 0; /* "six Euro 2000 qualifiers" */
  strcpy(zCode, zBest);
  *pbMinor = pNoun && (pNoun->f & CN_MINOR);
  return nBest;
}

/* The money norm "<amount> <code>" of v in m, the code the one the
** currency had on the ref date ("lei" in 1996: ROL). */
static void moneyNorm(const tk_edoc *p, tk_pmatch *m, const tk_dec *v,
                      const char *zCode) {
  char zNum[48];
  tk_entities__dec_format(v, zNum, sizeof(zNum));
  snprintf(m->zNorm, sizeof(m->zNorm), "%s %s", zNum,
           tk_entities__currency_at(zCode, p->pOpt));
  m->eType = TK_ENT_MONEY;
}

/* MONEY at token i: currency + number [+ scale], number [+ scale] +
** currency words or code, or pence glued to the number ("179.5p"). */
static int matchMoney(const tk_edoc *p, size_t i, const NumAt *pn,
                      tk_pmatch *m) {
  char zCode[8];
  tk_dec v;
  int nCur = currencyBefore(p, i, zCode), nNum;
  if (nCur) {
    nNum = tk_entities__pat_number(p, i + (size_t)nCur, &v, 0);
    if (!nNum) return 0;
    moneyNorm(p, m, &v, zCode);
    return nCur + nNum;
  }
  if (pn->nTok && pn->zSuf && strcmp(pn->zSuf, "p") == 0 && penceAt(p, i, pn)) {
    v = pn->v;
    tk_entities__dec_scale(&v, -2);
    moneyNorm(p, m, &v, "GBP");
    return pn->nTok;
  }
  nNum = plainNumber(pn, &v);
  if (!nNum) return 0;
  int bScaled = v.e > 0 || nNum > 1, bMinor;
  int nAfter = currencyAfter(p, i, i + (size_t)nNum, bScaled, zCode, &bMinor);
  if (!nAfter) return 0;
  if (bMinor) tk_entities__dec_scale(&v, -2);
  moneyNorm(p, m, &v, zCode);
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

/* Register the first word of zSeq (space-separated words) with fClass. */
static int firstWordKeyword(tk_kw_add xAdd, void *pCtx, const char *zSeq,
                            int fClass) {
  char zWord[32];
  const char *e = strchr(zSeq, ' ');
  size_t n = e ? (size_t)(e - zSeq) : strlen(zSeq);
  if (n >= sizeof(zWord)) return TK_OK;
  memcpy(zWord, zSeq, n);
  zWord[n] = 0;
  return xAdd(pCtx, zWord, fClass);
}

/* Words that can start a numeric entity (number and ordinal words,
** currency prefixes and codes, "minus"), the first words of units and
** of currency words after a number. */
int tk_entities__numeric_keywords(tk_kw_add xAdd, void *pCtx) {
  int rc = tk_entities__number_keywords(xAdd, pCtx);
  if (rc == TK_OK) rc = xAdd(pCtx, "minus", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "rs", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "rs.", TK_KW_START);
  if (rc == TK_OK) rc = xAdd(pCtx, "u.s.", TK_KW_START);
  for (size_t k = 0;
       rc == TK_OK && k < sizeof(aDollarPrefix) / sizeof(aDollarPrefix[0]); k++)
    rc = xAdd(pCtx, aDollarPrefix[k].z, TK_KW_START);
  for (size_t k = 0; rc == TK_OK && k < sizeof(aCode) / sizeof(aCode[0]); k++)
    rc = xAdd(pCtx, aCode[k].z, TK_KW_START | TK_KW_CURRENCY);
  for (size_t k = 0; rc == TK_OK && k < sizeof(aNoun) / sizeof(aNoun[0]); k++)
    rc = firstWordKeyword(xAdd, pCtx, aNoun[k].zSeq, TK_KW_CURRENCY);
  for (size_t k = 0; rc == TK_OK && k < sizeof(aAdj) / sizeof(aAdj[0]); k++)
    rc = firstWordKeyword(xAdd, pCtx, aAdj[k].zSeq, TK_KW_CURRENCY);
  for (size_t u = 0; rc == TK_OK && u < sizeof(aUnit) / sizeof(aUnit[0]); u++)
    rc = firstWordKeyword(xAdd, pCtx, aUnit[u].zSeq, TK_KW_UNIT);
  return rc;
}
