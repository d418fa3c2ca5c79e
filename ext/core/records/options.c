/*
** records/options.c -- the options of text_records(): format=csv|tsv|jsonl,
** header=1|0 (csv, tsv) and sep=auto|tab|<one punctuation character> (csv);
** a bad key or value is an error naming the valid ones.
**
**   tk_records_options o;  tk_records_options_init(&o);
**   rc = tk_records_options_parse(&o, "sep=; header=0", 14, &zErr);
*/
#include "textkit.h"

#include <string.h>

#define TK_RECORDS_KEYS "format, header, sep"
#define TK_RECORDS_SEPS                                                        \
  "auto, tab, or one ASCII punctuation character other than '\"' (, ; | : "    \
  "...)"

/* The defaults: format=csv header=1 sep=auto. */
void tk_records_options_init(tk_records_options *p) {
  memset(p, 0, sizeof(*p));
  p->eFormat = TK_RECORDS_CSV;
  p->bHeader = 1;
  p->cSep = TK_RECORDS_SEP_AUTO;
}

/* 1 for the ASCII punctuation a separator may be: not the quote, which
** opens a quoted field. */
static int isSepChar(char c) {
  return c > ' ' && c < 0x7F && c != '"' && !(c >= '0' && c <= '9') &&
         !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z');
}

/* Parse a sep= value into *pcSep. */
static int parseSep(const char *zVal, size_t nVal, char *pcSep) {
  if (tk_option_is(zVal, nVal, "auto")) {
    *pcSep = TK_RECORDS_SEP_AUTO;
  } else if (tk_option_is(zVal, nVal, "tab")) {
    *pcSep = '\t';
  } else if (nVal == 1 && isSepChar(zVal[0])) {
    *pcSep = zVal[0];
  } else {
    return TK_EINVAL;
  }
  return TK_OK;
}

/* One key=value pair of the option string. */
static int setOption(void *pCtx, const char *zKey, size_t nKey,
                     const char *zVal, size_t nVal, char **pzErr) {
  tk_records_options *p = pCtx;
  if (tk_option_is(zKey, nKey, "format")) {
    static const char *azFormat[] = {"csv", "tsv", "jsonl"};
    for (int k = 0; k < 3; k++) {
      if (tk_option_is(zVal, nVal, azFormat[k])) {
        p->eFormat = k;
        return TK_OK;
      }
    }
    *pzErr = tk_mprintf("bad value '%.*s' for format; valid: csv, tsv, jsonl",
                        (int)nVal, zVal);
    return TK_EINVAL;
  }
  if (tk_option_is(zKey, nKey, "header")) {
    p->bSetHead = 1;
    if (tk_option_bool(zVal, nVal, &p->bHeader) == TK_OK) return TK_OK;
    *pzErr =
        tk_mprintf("bad value '%.*s' for header; valid: 0, 1", (int)nVal, zVal);
    return TK_EINVAL;
  }
  if (tk_option_is(zKey, nKey, "sep")) {
    p->bSetSep = 1;
    if (parseSep(zVal, nVal, &p->cSep) == TK_OK) return TK_OK;
    *pzErr = tk_mprintf("bad value '%.*s' for sep; valid: " TK_RECORDS_SEPS,
                        (int)nVal, zVal);
    return TK_EINVAL;
  }
  *pzErr = tk_mprintf("unknown option '%.*s'; valid keys: " TK_RECORDS_KEYS,
                      (int)nKey, zKey);
  return TK_EINVAL;
}

/* Parse an option string into *p, then refuse an option the format does
** not have. */
int tk_records_options_parse(tk_records_options *p, const char *z, size_t n,
                             char **pzErr) {
  int rc = tk_options_parse(z, n, setOption, p, pzErr);
  if (rc != TK_OK) return rc;
  if (p->bSetSep && p->eFormat != TK_RECORDS_CSV) {
    *pzErr = tk_mprintf("sep= is for format=csv only (tsv is separated by "
                        "tabs, jsonl by lines)");
    return TK_EINVAL;
  }
  if (p->bSetHead && p->eFormat == TK_RECORDS_JSONL) {
    *pzErr = tk_mprintf("header= is for format=csv and format=tsv only");
    return TK_EINVAL;
  }
  return TK_OK;
}
