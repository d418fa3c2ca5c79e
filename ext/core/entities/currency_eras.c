/*
** currency_eras.c -- the ISO 4217 code a currency had on the ref date.
**
** A currency word names today's unit ("lei" RON, "Turkish lira" TRY).
** When the text has a date (ref=YYYY-MM-DD, or ref=auto and a dateline),
** a code introduced by a redenomination after that date is replaced by
** the code of the unit then in use, step by step back through the
** chain: "5 billion lei" in a 1996 article is ROL, "bolivars" in 2010 is
** VEF, in 2005 VEB.
**
**   zCode = tk_entities__currency_at(zCode, p->pOpt);  // patterns_numeric.c
**
** Only redenominations whose word stayed the same are listed: a unit
** with a new name ("hryvnia" for "karbovanets") has no earlier amounts
** to misread.
*/
#include "entities_internal.h"

#include <string.h>

/* A code and the day (YYYYMMDD) it replaced zBefore. */
typedef struct CurrencyEra {
  const char *zCode;
  int iSince;
  const char *zBefore;
} CurrencyEra;

static const CurrencyEra aEra[] = {
    {"RON", 20050701, "ROL"}, /* Romanian leu */
    {"TRY", 20050101, "TRL"}, /* Turkish lira */
    {"BGN", 19990705, "BGL"}, /* Bulgarian lev */
    {"PLN", 19950101, "PLZ"}, /* Polish zloty */
    {"RUB", 19980101, "RUR"}, /* Russian rouble */
    {"RUR", 19920101, "SUR"}, /* Soviet rouble before Russia's own */
    {"VES", 20180820, "VEF"}, /* Venezuelan bolivar soberano */
    {"VEF", 20080101, "VEB"}, /* bolivar fuerte */
    {"GHS", 20070701, "GHC"}, /* Ghanaian cedi */
    {"MXN", 19930101, "MXP"}, /* Mexican peso */
    {"CZK", 19930208, "CSK"}, /* Czech koruna: the Czechoslovak one */
    {"SKK", 19930208, "CSK"}, /* Slovak koruna: the Czechoslovak one */
    {"RSD", 20061025, "CSD"}, /* Serbian dinar */
    {"CSD", 20030703, "YUM"}, /* Serbian dinar: the Yugoslav one */
    {"ZWL", 20090202, "ZWR"}, /* Zimbabwe dollar, fourth */
    {"ZWR", 20080801, "ZWN"}, /* third */
    {"ZWN", 20060801, "ZWD"}, /* second */
    {"ILS", 19850904, "ILR"}, /* Israeli new shekel */
};

/* The code zCode had on o's ref date: zCode itself when there is no ref
** or no redenomination after it. */
const char *tk_entities__currency_at(const char *zCode,
                                     const tk_entity_options *o) {
  if (!o || !o->iRefYear) return zCode;
  int iRef = o->iRefYear * 10000 + (o->iRefMonth ? o->iRefMonth : 12) * 100 +
             (o->iRefDay ? o->iRefDay : 31);
  const CurrencyEra *pEra;
  do { /* follow the chain back: RUB, RUR, SUR */
    pEra = 0;
    for (size_t k = 0; k < sizeof(aEra) / sizeof(aEra[0]) && !pEra; k++)
      if (iRef < aEra[k].iSince && strcmp(zCode, aEra[k].zCode) == 0)
        pEra = &aEra[k];
    if (pEra) zCode = pEra->zBefore;
  } while (pEra);
  return zCode;
}
