/*
** charset_declared.c -- the charset a web page or an XML file declares
** in its first bytes, for text_decode()'s auto mode (decode.c): bytes
** that are not UTF-8 and say what they are are read as they say, before
** any guess.
**
**   const char *zIcu = tk_normalize__declared_charset(z, n, &zName);
**   // "<meta charset=windows-1257>..." -> "windows-1257"; or NULL
**
** Like a browser's prescan, only the first 1,024 bytes are read, and only
** when they start with '<' (after white space): an XML declaration's
** encoding="..." or a <meta> tag's charset=... (the HTML5 attribute, or
** inside content="text/html; charset=...").  The label must be a charset
** ICU knows; the Latin-1 labels (iso-8859-1, latin1, us-ascii) are
** Windows-1252, as browsers read them, and a declared UTF-8, UTF-16 or
** UTF-32 is no help for bytes that are not UTF-8, so those are passed
** over.
*/
#include "normalize_internal.h"

#include <unicode/ucnv.h>

#include <string.h>
#include <strings.h>

/* How far into the bytes a declaration is looked for. */
#define DECLARED_PRESCAN 1024
/* The longest charset label read. */
#define DECLARED_LABEL_MAX 40

/* The first place of the lower-cased ASCII word zWord in z[0..n), any
** case, or NULL. */
static const char *findWord(const char *z, size_t n, const char *zWord) {
  size_t nWord = strlen(zWord);
  for (size_t i = 0; i + nWord <= n; i++) {
    if (strncasecmp(z + i, zWord, nWord) == 0) return z + i;
  }
  return NULL;
}

/* Copy the label at z[0..n) (after '=' and optional quote) into zOut:
** letters, digits and "-_.:"; its length, 0 when there is none. */
static size_t readLabel(const char *z, size_t n, char *zOut) {
  size_t i = 0, nOut = 0;
  while (i < n && (z[i] == ' ' || z[i] == '"' || z[i] == '\''))
    i++;
  for (; i < n && nOut < DECLARED_LABEL_MAX; i++) {
    char c = z[i];
    int bOk = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
              c == ':';
    if (!bOk) break;
    zOut[nOut++] = c;
  }
  zOut[nOut] = 0;
  return nOut;
}

/* The label declared in the prescan window z[0..n): the XML declaration's
** encoding (only at the very start), else the first <meta> tag's
** charset; 0 when there is none. */
static size_t findLabel(const char *z, size_t n, char *zLabel) {
  if (n >= 5 && strncmp(z, "<?xml", 5) == 0) {
    const char *zEnd = memchr(z, '>', n);
    size_t nDecl = zEnd ? (size_t)(zEnd - z) : n;
    const char *zEnc = findWord(z, nDecl, "encoding=");
    if (zEnc)
      return readLabel(zEnc + 9, nDecl - (size_t)(zEnc + 9 - z), zLabel);
  }
  for (const char *zMeta = findWord(z, n, "<meta"); zMeta;
       zMeta = findWord(zMeta + 5, n - (size_t)(zMeta + 5 - z), "<meta")) {
    size_t nLeft = n - (size_t)(zMeta - z);
    const char *zEnd = memchr(zMeta, '>', nLeft);
    size_t nTag = zEnd ? (size_t)(zEnd - zMeta) : nLeft;
    const char *zCs = findWord(zMeta, nTag, "charset=");
    if (zCs) {
      return readLabel(zCs + 8, nTag - (size_t)(zCs + 8 - zMeta), zLabel);
    }
  }
  return 0;
}

/* The charset z[0..n) declares, as its standard name (MIME's, IANA's or
** ICU's), with
** text_encoding's name in *pzName; "windows-1252" for the Latin-1
** labels; NULL when there is no usable declaration. */
const char *tk_normalize__declared_charset(const char *z, size_t n,
                                           const char **pzName) {
  size_t i = 0;
  while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r' || z[i] == '\n'))
    i++;
  if (i >= n || z[i] != '<') return NULL;
  char zLabel[DECLARED_LABEL_MAX + 1];
  size_t nWindow = n - i > DECLARED_PRESCAN ? DECLARED_PRESCAN : n - i;
  if (findLabel(z + i, nWindow, zLabel) == 0) return NULL;
  UErrorCode e = U_ZERO_ERROR;
  UConverter *pCnv = ucnv_open(zLabel, &e);
  const char *zIcu = U_SUCCESS(e) ? ucnv_getName(pCnv, &e) : NULL;
  const char *zStd = NULL; /* its MIME name, else IANA's, else ICU's */
  for (int k = 0; zIcu && U_SUCCESS(e) && !zStd && k < 2; k++) {
    zStd = ucnv_getStandardName(zIcu, k == 0 ? "MIME" : "IANA", &e);
  }
  if (!zStd && zIcu && U_SUCCESS(e)) zStd = ucnv_getAlias(zIcu, 0, &e);
  ucnv_close(pCnv); /* the standard names and aliases are ICU's static data */
  if (!zStd || U_FAILURE(e) || strncasecmp(zStd, "UTF-", 4) == 0) return NULL;
  if (strcasecmp(zStd, "ISO-8859-1") == 0 ||
      strcasecmp(zStd, "US-ASCII") == 0 ||
      strcasecmp(zStd, "windows-1252") == 0) {
    *pzName = "windows-1252";
    return "windows-1252";
  }
  *pzName = tk_normalize__charset_name(zStd);
  return zStd;
}
