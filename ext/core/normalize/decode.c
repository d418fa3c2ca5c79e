/*
** decode.c -- bytes written in some charset to UTF-8: an auto mode that
** tells UTF-8, UTF-8/16/32 with a BOM and Windows-1252 from the bytes,
** and any charset ICU's converters know by name.
**
**   tk_buf out = {0};
**   char *zErr = 0;
**   tk_decode("caf\xE9", 4, "auto", 4, NULL, &out, &zErr);   // "café"
**   tk_decode_detect("caf\xE9", 4);                          // "windows-1252"
**
** Valid UTF-8 is copied as it is after one validation pass; Windows-1252
** has its own table here; everything else streams through ICU (ucnv) in
** pieces of DECODE_PIECE bytes, so memory is the output plus a few KB.
*/
#include "normalize_internal.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <string.h>
#include <strings.h>

/* Input read between two polls of the cancel callback. */
#define DECODE_PIECE ((size_t)256 << 10)
/* Windows-1252 bytes converted between two appends (a divisor of
** DECODE_PIECE). */
#define CP1252_BLOCK 4096
/* Longest charset name passed to ICU (its own limit is 60). */
#define CHARSET_NAME_MAX 63

/* What auto mode found, in the order of tk_decode_detect's rules. */
enum {
  DETECT_UTF8_BOM,
  DETECT_UTF32LE,
  DETECT_UTF32BE,
  DETECT_UTF16LE,
  DETECT_UTF16BE,
  DETECT_UTF8,
  DETECT_WINDOWS_1252,
  DETECT_UTF8_REPAIRED,
  DETECT_LEGACY /* a charset of charset_detect.c */
};

/* The name tk_decode_detect gives, and the ICU converter of a BOM's
** charset (NULL when this file decodes it itself), per DETECT_ value. */
static const struct {
  const char *zName;
  const char *zIcu;
} aDetected[] = {
    {"utf-8-bom", NULL},      {"utf-32le", "UTF-32LE"},
    {"utf-32be", "UTF-32BE"}, {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"}, {"utf-8", NULL},
    {"windows-1252", NULL},   {"utf-8-repaired", NULL},
};

/* 1 when z[0..n) starts with the n bytes of zPrefix[0..nPrefix). */
static int startsWith(const char *z, size_t n, const char *zPrefix,
                      size_t nPrefix) {
  return n >= nPrefix && memcmp(z, zPrefix, nPrefix) == 0;
}

/* How many more invalid bytes than valid multi-byte UTF-8 sequences a
** text needs to be read as single-byte Windows-1252: in such text an
** accented capital before a symbol can make a valid pair by chance
** ("\xD7\xA0", a times sign and a no-break space), while damaged UTF-8
** keeps far more valid sequences than stray bytes. */
#define CP1252_INVALID_RATIO 4

/* 1 when z[0..n), not valid UTF-8, is single-byte text: its invalid
** bytes outnumber its valid sequences of two bytes or more
** CP1252_INVALID_RATIO times (none of those at all, usually). */
static int singleByteText(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t nValid = 0, nInvalid = 0;
  for (size_t i = 0; i < n;) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t j = i;
    tk_utf8_next(u, n, &j);
    if (j - i > 1)
      nValid++;
    else
      nInvalid++;
    i = j;
  }
  return nInvalid > CP1252_INVALID_RATIO * nValid;
}

/* The DETECT_ value of z[0..n), and in *pnBom the length of its BOM; for
** DETECT_LEGACY, the charset's ICU name in *pzIcu and text_encoding's
** name in *pzName.  Bytes that are not UTF-8 are read in the charset
** their markup declares, else in the one ICU's detector tells, else by
** the single-byte rule. */
static int detect(const char *z, size_t n, size_t *pnBom, const char **pzIcu,
                  const char **pzName) {
  static const struct {
    const char *zBom;
    size_t nBom;
    int eDetected;
  } aBom[] = {
      /* UTF-32LE before UTF-16LE: FF FE 00 00 starts both */
      {"\xEF\xBB\xBF", 3, DETECT_UTF8_BOM},
      {"\xFF\xFE\x00\x00", 4, DETECT_UTF32LE},
      {"\x00\x00\xFE\xFF", 4, DETECT_UTF32BE},
      {"\xFF\xFE", 2, DETECT_UTF16LE},
      {"\xFE\xFF", 2, DETECT_UTF16BE},
  };
  for (size_t k = 0; k < sizeof(aBom) / sizeof(aBom[0]); k++) {
    if (startsWith(z, n, aBom[k].zBom, aBom[k].nBom)) {
      *pnBom = aBom[k].nBom;
      return aBom[k].eDetected;
    }
  }
  *pnBom = 0;
  if (tk_utf8_is_valid(z, n)) return DETECT_UTF8;
  *pzIcu = tk_normalize__declared_charset(z, n, pzName);
  if (*pzIcu) {
    return strcmp(*pzIcu, "windows-1252") == 0 ? DETECT_WINDOWS_1252
                                               : DETECT_LEGACY;
  }
  int bSingle = singleByteText(z, n);
  *pzIcu = tk_normalize__legacy_charset(z, n, bSingle, pzName);
  if (*pzIcu) return DETECT_LEGACY;
  return bSingle ? DETECT_WINDOWS_1252 : DETECT_UTF8_REPAIRED;
}

/* The charset auto mode reads z[0..n) as. */
const char *tk_decode_detect(const char *z, size_t n) {
  size_t nBom;
  const char *zIcu = NULL, *zName = NULL;
  int eDetected = detect(z, n, &nBom, &zIcu, &zName);
  return eDetected == DETECT_LEGACY ? zName : aDetected[eDetected].zName;
}

/* Append the Windows-1252 bytes z[0..n) to pOut as UTF-8, converting
** CP1252_BLOCK bytes at a time into a local buffer (three bytes out at
** most per byte in); poll pWork once per piece. */
static int decodeWindows1252(const char *z, size_t n, tk_work *pWork,
                             tk_buf *pOut) {
  const unsigned char *u = (const unsigned char *)z;
  char aOut[CP1252_BLOCK * 3];
  for (size_t i = 0; i < n;) {
    size_t iEnd = n - i > CP1252_BLOCK ? i + CP1252_BLOCK : n;
    size_t nOut = 0;
    for (; i < iEnd; i++) {
      if (u[i] < 0x80) {
        aOut[nOut++] = (char)u[i];
      } else {
        uint32_t c = u[i] < 0xA0 ? tk_cp1252_high[u[i] - 0x80] : u[i];
        nOut += tk_utf8_put(c, aOut + nOut);
      }
    }
    tk_buf_append(pOut, aOut, nOut);
    if (i % DECODE_PIECE == 0 && i < n &&
        tk_work_poll(pWork, DECODE_PIECE * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
  }
  return TK_OK;
}

/* ICU to-Unicode callback: every unmappable, illegal or truncated input
** sequence becomes one U+FFFD (ICU's own substitute is U+001A for some
** single-byte charsets). */
static void substituteReplacement(const void *pCtx,
                                  UConverterToUnicodeArgs *pArgs,
                                  const char *zUnits, int32_t nUnits,
                                  UConverterCallbackReason eReason,
                                  UErrorCode *pErr) {
  (void)pCtx;
  (void)zUnits;
  (void)nUnits;
  if (eReason > UCNV_IRREGULAR) return; /* reset, close, clone */
  static const UChar replacement = TK_REPLACEMENT_CHAR;
  *pErr = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(pArgs, &replacement, 1, 0, pErr);
}

/* Stream z[0..n) through the source converter pSrc and ICU's UTF-8
** converter onto pOut, a piece at a time. */
static int convertWithIcu(UConverter *pSrc, const char *z, size_t n,
                          tk_work *pWork, tk_buf *pOut) {
  UErrorCode e = U_ZERO_ERROR;
  ucnv_setToUCallBack(pSrc, substituteReplacement, NULL, NULL, NULL, &e);
  UConverter *pUtf8 = ucnv_open("UTF-8", &e);
  if (U_FAILURE(e)) {
    ucnv_close(pUtf8);
    return e == U_MEMORY_ALLOCATION_ERROR ? TK_ENOMEM : TK_EINTERNAL;
  }
  UChar aPivot[1024];
  UChar *pPivotSource = aPivot, *pPivotTarget = aPivot;
  char aOut[16384];
  const char *zIn = z, *zEnd = z + n;
  int rc = TK_OK;
  UBool bReset = 1;
  for (;;) {
    const char *zLimit =
        (size_t)(zEnd - zIn) > DECODE_PIECE ? zIn + DECODE_PIECE : zEnd;
    UBool bFlush = zLimit == zEnd;
    do { /* until the piece is read and its output taken */
      char *zOut = aOut;
      e = U_ZERO_ERROR;
      ucnv_convertEx(pUtf8, pSrc, &zOut, aOut + sizeof(aOut), &zIn, zLimit,
                     aPivot, &pPivotSource, &pPivotTarget,
                     aPivot + sizeof(aPivot) / sizeof(aPivot[0]), bReset,
                     bFlush, &e);
      bReset = 0;
      tk_buf_append(pOut, aOut, (size_t)(zOut - aOut));
    } while (e == U_BUFFER_OVERFLOW_ERROR);
    if (U_FAILURE(e)) {
      rc = e == U_MEMORY_ALLOCATION_ERROR ? TK_ENOMEM : TK_EINTERNAL;
      break;
    }
    if (bFlush) break;
    if (tk_work_poll(pWork, DECODE_PIECE * TK_WORK_CELLS_PER_BYTE)) {
      rc = TK_EINTERRUPT;
      break;
    }
  }
  ucnv_close(pUtf8);
  return rc;
}

/* Open ICU's converter zIcuName and stream z[0..n) through it. */
static int convertNamed(const char *zIcuName, const char *z, size_t n,
                        tk_work *pWork, tk_buf *pOut) {
  UErrorCode e = U_ZERO_ERROR;
  UConverter *pSrc = ucnv_open(zIcuName, &e);
  if (U_FAILURE(e)) {
    ucnv_close(pSrc);
    return e == U_MEMORY_ALLOCATION_ERROR ? TK_ENOMEM : TK_EINTERNAL;
  }
  int rc = convertWithIcu(pSrc, z, n, pWork, pOut);
  ucnv_close(pSrc);
  return rc;
}

/* Auto mode: decode z[0..n) as tk_decode_detect says. */
static int decodeAuto(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  size_t nBom;
  const char *zIcu = NULL, *zName = NULL;
  int eDetected = detect(z, n, &nBom, &zIcu, &zName);
  z += nBom;
  n -= nBom;
  switch (eDetected) {
  case DETECT_UTF8:
    tk_buf_append(pOut, z, n);
    return TK_OK;
  case DETECT_UTF8_BOM:
  case DETECT_UTF8_REPAIRED:
    tk_utf8_sanitize(pOut, z, n);
    return TK_OK;
  case DETECT_WINDOWS_1252:
    return decodeWindows1252(z, n, pWork, pOut);
  case DETECT_LEGACY:
    return convertNamed(zIcu, z, n, pWork, pOut);
  default:
    return convertNamed(aDetected[eDetected].zIcu, z, n, pWork, pOut);
  }
}

/* 1 when ICU's converter pCnv is one of the charset zAlias's names. */
static int isCharset(UConverter *pCnv, const char *zAlias) {
  UErrorCode e = U_ZERO_ERROR;
  const char *zName = ucnv_getName(pCnv, &e);
  uint16_t nAlias = ucnv_countAliases(zName, &e);
  for (uint16_t k = 0; U_SUCCESS(e) && k < nAlias; k++) {
    const char *z = ucnv_getAlias(zName, k, &e);
    if (U_SUCCESS(e) && ucnv_compareNames(z, zAlias) == 0) return 1;
  }
  return 0;
}

/* TK_EINVAL with the message for an unknown charset name (quoted whole:
** the faces shorten a long quote). */
static int unknownCharset(const char *zCharset, size_t nCharset, char **pzErr) {
  *pzErr = tk_mprintf("unknown charset '%.*s' (valid: auto, or a charset "
                      "ICU knows such as utf-8, utf-16le, windows-1252, "
                      "latin1, shift_jis)",
                      (int)nCharset, zCharset);
  return TK_EINVAL;
}

/* A named charset: UTF-8 and Windows-1252 by this file's rules (the same
** as auto mode's), any other through ICU. */
static int decodeNamed(const char *z, size_t n, const char *zCharset,
                       size_t nCharset, tk_work *pWork, tk_buf *pOut,
                       char **pzErr) {
  char zName[CHARSET_NAME_MAX + 1];
  if (nCharset > CHARSET_NAME_MAX || memchr(zCharset, 0, nCharset)) {
    return unknownCharset(zCharset, nCharset, pzErr);
  }
  memcpy(zName, zCharset, nCharset);
  zName[nCharset] = 0;
  UErrorCode e = U_ZERO_ERROR;
  UConverter *pCnv = ucnv_open(zName, &e);
  if (U_FAILURE(e)) {
    ucnv_close(pCnv);
    if (e == U_MEMORY_ALLOCATION_ERROR) return TK_ENOMEM;
    return unknownCharset(zCharset, nCharset, pzErr);
  }
  int rc = TK_OK;
  if (isCharset(pCnv, "UTF-8")) {
    tk_utf8_sanitize(pOut, z, n);
  } else if (isCharset(pCnv, "windows-1252")) {
    rc = decodeWindows1252(z, n, pWork, pOut);
  } else {
    rc = convertWithIcu(pCnv, z, n, pWork, pOut);
  }
  ucnv_close(pCnv);
  return rc;
}

/* Decode z[0..n) from zCharset ("auto" or a charset name) onto pOut. */
int tk_decode(const char *z, size_t n, const char *zCharset, size_t nCharset,
              tk_work *pWork, tk_buf *pOut, char **pzErr) {
  int rc;
  if (nCharset == 4 && strncasecmp(zCharset, "auto", 4) == 0) {
    rc = decodeAuto(z, n, pWork, pOut);
  } else {
    rc = decodeNamed(z, n, zCharset, nCharset, pWork, pOut, pzErr);
  }
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  return rc;
}
