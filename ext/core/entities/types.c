/*
** types.c -- the entity types and sources by name, and the options of
** entities() (types=, patterns=, model=, ref=, vote=, dictionary=).
**
**   tk_entity_options o;
**   tk_entity_options_init(&o);
**   rc = tk_entity_options_set(&o, "types", 5, "PERSON,DATE", 11, &zErr);
**   tk_entity_type_name(TK_ENT_DATE);   // "DATE"
*/
#include "entities_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const azType[TK_ENT_NTYPE] = {
    0,       "PERSON", "ORG",     "LOC",      "MISC",     "DATE",
    "TIME",  "MONEY",  "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
    "EMAIL", "URL",    "PHONE",   "HASHTAG",  "MENTION",  "IP"};

#define TK_ENTITY_TYPES                                                        \
  "PERSON, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, "   \
  "ORDINAL, EMAIL, URL, PHONE, HASHTAG, MENTION, IP"

/* A type's name. */
const char *tk_entity_type_name(int eType) {
  return eType > 0 && eType < TK_ENT_NTYPE ? azType[eType] : 0;
}

/* The type named z[0..n) in any case, or 0. */
int tk_entity_type_find(const char *z, size_t n) {
  for (int e = 1; e < TK_ENT_NTYPE; e++) {
    if (strlen(azType[e]) != n) continue;
    size_t k = 0;
    while (k < n && (z[k] == azType[e][k] || z[k] - 32 == azType[e][k]))
      k++;
    if (k == n) return e;
  }
  return 0;
}

/* A source's name. */
const char *tk_entity_source_name(int eSource) {
  return eSource == TK_SRC_PATTERN      ? "pattern"
         : eSource == TK_SRC_DICTIONARY ? "dictionary"
                                        : "model";
}

/* Defaults: every type, patterns, model and vote on, no dictionary, no
** ref. */
void tk_entity_options_init(tk_entity_options *p) {
  memset(p, 0, sizeof(*p));
  p->mTypes = 0xFFFFFFFFu;
  p->bPatterns = 1;
  p->bModel = 1;
  p->bVote = 1;
}

/* types=A,B,C: the filter bitmask (custom dictionary types are dropped). */
static int parseTypes(tk_entity_options *p, const char *z, size_t n,
                      char **pzErr) {
  uint32_t m = 0;
  size_t i = 0;
  while (i <= n) {
    size_t j = i;
    while (j < n && z[j] != ',')
      j++;
    size_t a = i, b = j;
    while (a < b && z[a] == ' ')
      a++;
    while (b > a && z[b - 1] == ' ')
      b--;
    int e = tk_entity_type_find(z + a, b - a);
    if (!e) {
      *pzErr = tk_mprintf("unknown type '%.*s' in types=; valid types: %s",
                          (int)(b - a), z + a, TK_ENTITY_TYPES);
      return TK_EINVAL;
    }
    m |= 1u << e;
    i = j + 1;
  }
  p->mTypes = m;
  return TK_OK;
}

/* ref=YYYY-MM-DD, or ref=auto (each text's own date). */
static int parseRef(tk_entity_options *p, const char *z, size_t n,
                    char **pzErr) {
  p->bRefAuto = tk_option_is(z, n, "auto");
  if (p->bRefAuto) {
    p->iRefYear = p->iRefMonth = p->iRefDay = 0;
    return TK_OK;
  }
  int y = 0, mo = 0, d = 0, ok = n == 10 && z[4] == '-' && z[7] == '-';
  for (size_t k = 0; ok && k < 10; k++) {
    if (k == 4 || k == 7) continue;
    if (z[k] < '0' || z[k] > '9') ok = 0;
    int v = z[k] - '0';
    if (k < 4)
      y = y * 10 + v;
    else if (k < 7)
      mo = mo * 10 + v;
    else
      d = d * 10 + v;
  }
  static const int aDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!ok || y < 1 || mo < 1 || mo > 12 || d < 1 || d > aDays[mo - 1] ||
      (mo == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)))) {
    *pzErr = tk_mprintf("bad value '%.*s' for ref; valid: a date "
                        "YYYY-MM-DD, auto",
                        (int)n, z);
    return TK_EINVAL;
  }
  p->iRefYear = y;
  p->iRefMonth = mo;
  p->iRefDay = d;
  return TK_OK;
}

/* What tk_entity_options_parse fills. */
typedef struct EntityParse {
  tk_entity_options *pOpt;
  tk_table_name *pDict;
} EntityParse;

/* tk_options_parse callback: dictionary= apart, the other keys set. */
static int entityOption(void *pCtx, const char *zKey, size_t nKey,
                        const char *zVal, size_t nVal, char **pzErr) {
  EntityParse *p = pCtx;
  int rc =
      tk_option_table(zKey, nKey, "dictionary", zVal, nVal, p->pDict, pzErr);
  if (rc) return rc < 0 ? rc : TK_OK;
  return tk_entity_options_set(p->pOpt, zKey, nKey, zVal, nVal, pzErr);
}

/* Parse an entities() option string (see textkit/entities.h). */
int tk_entity_options_parse(tk_entity_options *p, const char *z, size_t n,
                            tk_table_name *pDict, char **pzErr) {
  EntityParse ctx = {p, pDict};
  pDict->z = 0;
  pDict->n = 0;
  return tk_options_parse(z, n, entityOption, &ctx, pzErr);
}

/* Set one option (the dictionary= key is the caller's). */
int tk_entity_options_set(tk_entity_options *p, const char *zKey, size_t nKey,
                          const char *zVal, size_t nVal, char **pzErr) {
  if (tk_option_is(zKey, nKey, "types"))
    return parseTypes(p, zVal, nVal, pzErr);
  if (tk_option_is(zKey, nKey, "ref")) return parseRef(p, zVal, nVal, pzErr);
  int *pb = tk_option_is(zKey, nKey, "patterns") ? &p->bPatterns
            : tk_option_is(zKey, nKey, "model")  ? &p->bModel
            : tk_option_is(zKey, nKey, "vote")   ? &p->bVote
                                                 : 0;
  if (!pb) {
    *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: %s", (int)nKey,
                        zKey, TK_ENTITY_OPTION_KEYS);
    return TK_EINVAL;
  }
  if (tk_option_bool(zVal, nVal, pb) != TK_OK) {
    *pzErr = tk_mprintf("bad value '%.*s' for %.*s; valid: 0, 1", (int)nVal,
                        zVal, (int)nKey, zKey);
    return TK_EINVAL;
  }
  return TK_OK;
}
