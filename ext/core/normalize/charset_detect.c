/*
** charset_detect.c -- the legacy charset of bytes that are not UTF-8, for
** text_decode()'s auto mode (decode.c): Cyrillic, Greek, Hebrew, Arabic,
** Central European and Turkish single-byte charsets and the Chinese,
** Japanese and Korean multi-byte ones, told by ICU's charset detector
** (ucsdet: byte statistics of each charset's languages).
**
**   const char *zIcu = tk_normalize__legacy_charset(z, n, 1, &zName);
**   // "KOI8-R", zName "koi8-r"; or NULL
**
** Only a sample is read: 64 KB from a little before the first byte over
** 0x7F.  The detector is asked only when that sample has a few such bytes,
** and its guess is checked against what ICU cannot see:
**  - a script without ASCII letters (Cyrillic, Greek, Hebrew, Arabic)
**    has most of its bytes over 0x7F in runs of three or more; ICU's
**    Latin guesses are then passed over, as English words in the text
**    (names, software terms) can outweigh the rest for ICU;
**  - a Latin-2 or Latin-5 guess (Czech, Polish, Turkish...) changes only
**    some letters of Windows-1252's reading, so it is kept only when the
**    text then reads as the language ICU names: 80% or more of its
**    letters beyond ASCII are that language's, and they differ from
**    Windows-1252's reading (Icelandic, which ICU does not know, reads
**    as Turkish to it: its á é í ó ú keep it Windows-1252);
**  - ISO-8859-2 and windows-1250 differ in letters of Polish and Czech;
**    ICU tells them only by the bytes 0x80-0x9F, so the one that reads
**    more of the language's letters is taken;
**  - ICU has no KOI8-U: KOI8-R text with Ukrainian letters is KOI8-U;
**  - ISO-8859-7 and windows-1253 differ in the capital alpha with tonos
**    (Ά), which tells them apart where ICU's bytes 0x80-0x9F do not.
** Any other guess (Latin-1, UTF-8, EBCDIC...) leaves the choice to
** decode.c's own rules.
*/
#include "normalize_internal.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <string.h>
#include <strings.h>

/* The most bytes the detector reads, and how far before the first
** non-ASCII byte the sample starts. */
#define DETECT_SAMPLE ((size_t)64 << 10)
#define DETECT_LEAD 256
/* The fewest bytes over 0x7F the sample needs for a guess. */
#define DETECT_MIN_HIGH 4
/* A Latin guess needs at most one letter beyond ASCII in this many to be
** foreign to the language ICU names. */
#define DETECT_FOREIGN_RATIO 4

/* The least confidence ICU must give a Chinese, Japanese or Korean
** charset: real text of a few characters gets 100, bytes that only pair
** up by chance (one byte repeated) 10. */
#define DETECT_MIN_CJK 30
/* The confidence a CJK charset needs when the bytes are not single-byte
** text (decode.c's rule 4: UTF-8 with damage, whose byte pairs the CJK
** charsets can read too). */
#define DETECT_SURE_CJK 90

/* The kinds of legacy charsets: Latin (read like Windows-1252 but for
** some letters), another single-byte script, multi-byte CJK. */
enum { KIND_LATIN, KIND_SCRIPT, KIND_CJK };

/* The charsets auto mode takes from ICU's detector: ICU's name (also
** its converter's), the name text_encoding() gives, and its kind. */
static const struct {
  const char *zIcu;
  const char *zName;
  int eKind;
} aLegacy[] = {
    {"windows-1250", "windows-1250", KIND_LATIN},
    {"ISO-8859-2", "iso-8859-2", KIND_LATIN},
    {"windows-1254", "windows-1254", KIND_LATIN},
    {"ISO-8859-9", "iso-8859-9", KIND_LATIN},
    {"windows-1251", "windows-1251", KIND_SCRIPT},
    {"ISO-8859-5", "iso-8859-5", KIND_SCRIPT},
    {"KOI8-R", "koi8-r", KIND_SCRIPT},
    {"KOI8-U", "koi8-u", KIND_SCRIPT},
    {"windows-1253", "windows-1253", KIND_SCRIPT},
    {"ISO-8859-7", "iso-8859-7", KIND_SCRIPT},
    {"windows-1255", "windows-1255", KIND_SCRIPT},
    {"ISO-8859-8", "iso-8859-8", KIND_SCRIPT},
    {"ISO-8859-8-I", "iso-8859-8-i", KIND_SCRIPT},
    {"windows-1256", "windows-1256", KIND_SCRIPT},
    {"ISO-8859-6", "iso-8859-6", KIND_SCRIPT},
    {"Shift_JIS", "shift_jis", KIND_CJK},
    {"EUC-JP", "euc-jp", KIND_CJK},
    {"GB18030", "gb18030", KIND_CJK},
    {"Big5", "big5", KIND_CJK},
    {"EUC-KR", "euc-kr", KIND_CJK},
};
#define N_LEGACY (sizeof(aLegacy) / sizeof(aLegacy[0]))

/* The letters beyond ASCII of the languages ICU's Latin-2 and Latin-5
** detectors name (UTF-8).  ICU names Slovak, Croatian and Slovenian "cs":
** its letters are theirs too. */
static const struct {
  const char *zLang;
  const char *zLetters;
} aLetters[] = {
    {"cs", "áäčćďđéěíĺľňóôŕřšťúůýžÁÄČĆĎĐÉĚÍĹĽŇÓÔŔŘŠŤÚŮÝŽ"},
    {"hu", "áéíóöőúüűÁÉÍÓÖŐÚÜŰ"},
    {"pl", "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"},
    {"ro", "ăâîşţșțĂÂÎŞŢȘȚ"},
    {"tr", "âçğıîöşûüÂÇĞİÎÖŞÛÜ"},
};

/* A sample of the bytes and what its bytes over 0x7F are like. */
typedef struct Sample {
  const char *z;
  size_t n;
  size_t nHigh; /* bytes over 0x7F */
  size_t nRun;  /* of those, the ones in runs of three or more */
} Sample;

/* The sample of z[0..n) the detector reads, from a little before its
** first byte over 0x7F. */
static Sample sampleOf(const char *z, size_t n) {
  size_t i = 0;
  while (i < n && (unsigned char)z[i] < 0x80)
    i++;
  Sample s = {0};
  size_t iStart = i > DETECT_LEAD ? i - DETECT_LEAD : 0;
  s.z = z + iStart;
  s.n = n - iStart > DETECT_SAMPLE ? DETECT_SAMPLE : n - iStart;
  for (size_t k = 0; k < s.n;) {
    size_t nLen = 0;
    while (k + nLen < s.n && (unsigned char)s.z[k + nLen] >= 0x80)
      nLen++;
    s.nHigh += nLen;
    if (nLen >= 3) s.nRun += nLen;
    k += nLen ? nLen : 1;
  }
  return s;
}

/* How many letters beyond ASCII the sample has when read as zIcu: in
** the UTF-8 set zLetters (*pnIn) and not (*pnOut); 0 when ICU cannot
** read it.  Characters come one at a time from ICU, so nothing is
** allocated but the converter. */
static int countLetters(const char *zIcu, const Sample *s, const char *zLetters,
                        long *pnIn, long *pnOut) {
  UErrorCode e = U_ZERO_ERROR;
  UConverter *pCnv = ucnv_open(zIcu, &e);
  const char *z = s->z, *zEnd = s->z + s->n;
  *pnIn = *pnOut = 0;
  while (U_SUCCESS(e) && z < zEnd) {
    UChar32 c = ucnv_getNextUChar(pCnv, &z, zEnd, &e);
    if (U_FAILURE(e) || c < 0x80 || !u_isalpha(c)) continue;
    char aUtf8[5];
    aUtf8[tk_utf8_put((uint32_t)c, aUtf8)] = 0;
    if (strstr(zLetters, aUtf8))
      ++*pnIn;
    else
      ++*pnOut;
  }
  ucnv_close(pCnv);
  return U_SUCCESS(e);
}

/* 1 when the sample reads the same as zIcu and as Windows-1252 (a
** single-byte charset: one character per byte in both). */
static int readsAsWindows1252(const char *zIcu, const Sample *s) {
  UErrorCode e = U_ZERO_ERROR;
  UConverter *pA = ucnv_open(zIcu, &e), *pB = ucnv_open("windows-1252", &e);
  const char *zA = s->z, *zB = s->z, *zEnd = s->z + s->n;
  int bSame = U_SUCCESS(e);
  while (bSame && zA < zEnd && zB < zEnd) {
    UChar32 a = ucnv_getNextUChar(pA, &zA, zEnd, &e);
    UErrorCode eB = U_ZERO_ERROR;
    UChar32 b = ucnv_getNextUChar(pB, &zB, zEnd, &eB);
    bSame = U_SUCCESS(e) && U_SUCCESS(eB) && a == b;
  }
  ucnv_close(pA);
  ucnv_close(pB);
  return bSame;
}

/* ICU's Latin guess zIcu in language zLang checked (see the file's
** comment): the charset to read the sample as, or NULL for Windows-1252's
** rules. */
static const char *checkLatin(const char *zIcu, const char *zLang,
                              const Sample *s) {
  const char *zLetters = NULL;
  for (size_t k = 0; k < sizeof(aLetters) / sizeof(aLetters[0]); k++) {
    if (zLang && strcmp(zLang, aLetters[k].zLang) == 0) {
      zLetters = aLetters[k].zLetters;
    }
  }
  if (!zLetters) return NULL;
  long nIn, nOut;
  if (strcmp(zIcu, "ISO-8859-2") == 0 || strcmp(zIcu, "windows-1250") == 0) {
    /* the one of the two that reads more of the language's letters */
    long nIso, nWin;
    countLetters("ISO-8859-2", s, zLetters, &nIso, &nOut);
    countLetters("windows-1250", s, zLetters, &nWin, &nOut);
    if (nIso != nWin) zIcu = nIso > nWin ? "ISO-8859-2" : "windows-1250";
  }
  if (!countLetters(zIcu, s, zLetters, &nIn, &nOut) ||
      nOut * DETECT_FOREIGN_RATIO > nIn || readsAsWindows1252(zIcu, s)) {
    return NULL;
  }
  return zIcu;
}

/* KOI8-U for a sample ICU read as KOI8-R that has a byte of the
** Ukrainian letters KOI8-U adds (є і ї ґ, lower and upper case), which
** KOI8-R has as box-drawing characters; else KOI8-R. */
static const char *pickKoi8(const Sample *s) {
  static const char aUkrainian[] = "\xA4\xA6\xA7\xAD\xB4\xB6\xB7\xBD";
  for (size_t k = 0; k < s->n; k++) {
    if (s->z[k] && strchr(aUkrainian, s->z[k])) return "KOI8-U";
  }
  return "KOI8-R";
}

/* windows-1253 for a sample ICU read as ISO-8859-7 (it tells them only
** by the bytes 0x80-0x9F) whose Greek capital alpha with tonos is
** windows-1253's (0xA2 before a letter, where ISO-8859-7 has a quote)
** more often than ISO-8859-7's (0xB6, a pilcrow in windows-1253). */
static const char *pickGreek(const Sample *s) {
  size_t nWin = 0, nIso = 0;
  for (size_t k = 0; k + 1 < s->n; k++) {
    unsigned char c = (unsigned char)s->z[k], d = (unsigned char)s->z[k + 1];
    if (d < 0xC1 || d == 0xFF) continue; /* not a Greek letter after */
    nWin += c == 0xA2;
    nIso += c == 0xB6;
  }
  return nWin > nIso ? "windows-1253" : "ISO-8859-7";
}

/* The aLegacy entry of ICU's name zIcu, or -1. */
static int legacyIndex(const char *zIcu) {
  for (size_t k = 0; zIcu && k < N_LEGACY; k++) {
    if (strcmp(zIcu, aLegacy[k].zIcu) == 0) return (int)k;
  }
  return -1;
}

/* text_encoding's name of the charset ICU calls zIcu (any case): the
** lower-case name of aLegacy, else zIcu itself. */
const char *tk_normalize__charset_name(const char *zIcu) {
  for (size_t k = 0; k < N_LEGACY; k++) {
    if (strcasecmp(zIcu, aLegacy[k].zIcu) == 0) return aLegacy[k].zName;
  }
  return zIcu;
}

/* The ICU name of the legacy charset of z[0..n) (not valid UTF-8), with
** text_encoding's name in *pzName; NULL when the sample has too few bytes
** over 0x7F or ICU's guess, checked, is no charset of aLegacy.  Unless
** bSingleByte (decode.c's single-byte rule holds), only a CJK charset ICU
** is sure of is taken. */
const char *tk_normalize__legacy_charset(const char *z, size_t n,
                                         int bSingleByte, const char **pzName) {
  Sample s = sampleOf(z, n);
  if (s.nHigh < DETECT_MIN_HIGH) return NULL;
  int bNonLatin = s.nRun * 2 >= s.nHigh; /* a script without ASCII letters */
  UErrorCode e = U_ZERO_ERROR;
  UCharsetDetector *pDet = ucsdet_open(&e);
  ucsdet_setText(pDet, s.z, (int32_t)s.n, &e);
  int32_t nMatch = 0;
  const UCharsetMatch **aMatch = ucsdet_detectAll(pDet, &nMatch, &e);
  const char *zFound = NULL;
  for (int32_t m = 0; U_SUCCESS(e) && m < nMatch; m++) {
    const char *zIcu = ucsdet_getName(aMatch[m], &e);
    int k = legacyIndex(zIcu);
    if (!zIcu || strncmp(zIcu, "UTF-16", 6) == 0 ||
        strncmp(zIcu, "UTF-32", 6) == 0) {
      continue; /* without a BOM these are guesses about NUL bytes */
    }
    int bLatinGuess =
        k < 0 ? strncmp(zIcu, "UTF-8", 5) != 0 : aLegacy[k].eKind == KIND_LATIN;
    if (bNonLatin && bLatinGuess) continue;
    int nConfidence = ucsdet_getConfidence(aMatch[m], &e);
    int bTaken =
        k >= 0 &&
        (aLegacy[k].eKind == KIND_CJK
             ? nConfidence >= (bSingleByte ? DETECT_MIN_CJK : DETECT_SURE_CJK)
             : bSingleByte);
    if (bTaken) {
      zFound = aLegacy[k].zIcu;
      if (aLegacy[k].eKind == KIND_LATIN) {
        zFound = checkLatin(zFound, ucsdet_getLanguage(aMatch[m], &e), &s);
      } else if (strcmp(zFound, "KOI8-R") == 0) {
        zFound = pickKoi8(&s);
      } else if (strcmp(zFound, "ISO-8859-7") == 0) {
        zFound = pickGreek(&s);
      }
    }
    break; /* only the first guess that applies counts */
  }
  ucsdet_close(pDet);
  int k = legacyIndex(zFound);
  if (k >= 0) *pzName = aLegacy[k].zName;
  return k >= 0 ? zFound : NULL;
}
