/*
** options.c -- the "key=value key=value" option strings every textkit
** function takes as its optional last argument, and helpers that parse the
** values of one pair.
**
**   tk_options_parse("stem=english stopwords=english", n, xSet, pCtx, &zErr);
**   A value may be quoted: dictionary='my table'.
*/
#include "textkit.h"

#include <string.h>

/* 1 for the ASCII white space that separates pairs. */
static int isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Split z[0..n) into key=value pairs and hand each to xOption. */
int tk_options_parse(const char *z, size_t n, tk_option_fn xOption, void *pCtx,
                     char **pzErr) {
  size_t i = 0;
  while (i < n) {
    while (i < n && isSpace(z[i]))
      i++;
    if (i >= n) break;
    size_t iKey = i;
    while (i < n && !isSpace(z[i]) && z[i] != '=')
      i++;
    size_t nKey = i - iKey;
    if (i >= n || z[i] != '=' || nKey == 0) {
      *pzErr = tk_mprintf("option '%.*s' is not of the form key=value",
                          (int)(i - iKey + (i < n && z[i] == '=')), z + iKey);
      return TK_EINVAL;
    }
    i++; /* the '=' */
    size_t iVal = i, nVal;
    if (i < n && (z[i] == '\'' || z[i] == '"')) {
      char q = z[i++];
      iVal = i;
      while (i < n && z[i] != q)
        i++;
      if (i >= n) {
        *pzErr = tk_mprintf("option '%.*s': unterminated quote", (int)nKey,
                            z + iKey);
        return TK_EINVAL;
      }
      nVal = i - iVal;
      i++;
    } else {
      while (i < n && !isSpace(z[i]))
        i++;
      nVal = i - iVal;
    }
    int rc = xOption(pCtx, z + iKey, nKey, z + iVal, nVal, pzErr);
    if (rc != TK_OK) return rc;
  }
  return TK_OK;
}

/* 1 when zKey[0..nKey) equals the NUL-terminated zName. */
int tk_option_is(const char *zKey, size_t nKey, const char *zName) {
  return strlen(zName) == nKey && memcmp(zKey, zName, nKey) == 0;
}

/* An option naming a table (see textkit/base.h). */
int tk_option_table(const char *zKey, size_t nKey, const char *zName,
                    const char *zVal, size_t nVal, tk_table_name *p,
                    char **pzErr) {
  if (!tk_option_is(zKey, nKey, zName)) return 0;
  if (nVal == 0) {
    *pzErr = tk_mprintf("%s= needs a table name", zName);
    return TK_EINVAL;
  }
  p->z = zVal;
  p->n = nVal;
  return 1;
}

/* Parse a boolean option value. */
int tk_option_bool(const char *zVal, size_t nVal, int *pOut) {
  static const char *azTrue[] = {"1", "true", "yes", "on"};
  static const char *azFalse[] = {"0", "false", "no", "off"};
  for (size_t k = 0; k < 4; k++) {
    if (tk_option_is(zVal, nVal, azTrue[k])) {
      *pOut = 1;
      return TK_OK;
    }
    if (tk_option_is(zVal, nVal, azFalse[k])) {
      *pOut = 0;
      return TK_OK;
    }
  }
  return TK_EINVAL;
}

/* Parse a decimal integer value within [lo, hi]. */
int tk_option_int(const char *zVal, size_t nVal, long lo, long hi, long *pOut) {
  size_t i = 0;
  int neg = 0;
  long v = 0;
  if (nVal > 0 && (zVal[0] == '-' || zVal[0] == '+')) {
    neg = zVal[0] == '-';
    i = 1;
  }
  if (i >= nVal || nVal - i > 18) return TK_EINVAL;
  for (; i < nVal; i++) {
    if (zVal[i] < '0' || zVal[i] > '9') return TK_EINVAL;
    v = v * 10 + (zVal[i] - '0');
  }
  if (neg) v = -v;
  if (v < lo || v > hi) return TK_EINVAL;
  *pOut = v;
  return TK_OK;
}
