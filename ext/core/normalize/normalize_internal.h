/*
** normalize_internal.h -- what the files of ext/core/normalize share: the
** legacy charset guess (charset_detect.c) and declaration
** (charset_declared.c) of decode.c's auto mode (the Windows-1252 table
** that decode.c reads bytes with and mojibake.c reads characters back to
** bytes with is base's tk_cp1252_high, which html/unescape.c reads too).
**
**   zIcu = tk_normalize__legacy_charset(z, n, bSingleByte, &zName);
*/
#ifndef TK_NORMALIZE_INTERNAL_H
#define TK_NORMALIZE_INTERNAL_H

#include "textkit.h"

/* The ICU name of the legacy charset ICU's detector finds in z[0..n)
** (bytes that are not UTF-8): windows-1250/1251/1253-1256, ISO-8859-2, 5,
** 6, 7, 8, 8-I, 9, KOI8-R, KOI8-U, Shift_JIS, EUC-JP, GB18030, Big5 or EUC-KR,
** with the name text_encoding gives ("koi8-r") in *pzName; NULL when
** there are too few bytes over 0x7F to tell, or the guess is Latin-1,
** UTF-8 or none of these.  Unless bSingleByte (the bytes are single-byte
** text by decode.c's rule), only a CJK charset with ICU's confidence 90
** or more is taken: UTF-8 with damage is not read as anything else. */
const char *tk_normalize__legacy_charset(const char *z, size_t n,
                                         int bSingleByte, const char **pzName);

/* The charset a web page or XML file z[0..n) declares in its first 1 KB
** (<meta charset=...>, <?xml encoding=...?>; charset_declared.c), as
** ICU's IANA name ("windows-1252" for the Latin-1 labels), with
** text_encoding's name in *pzName; NULL when there is none, ICU does not
** know it, or it is UTF-8/16/32. */
const char *tk_normalize__declared_charset(const char *z, size_t n,
                                           const char **pzName);
/* text_encoding's name of the charset ICU calls zIcu: lower case for the
** charsets of tk_normalize__legacy_charset, else zIcu. */
const char *tk_normalize__charset_name(const char *zIcu);

#endif /* TK_NORMALIZE_INTERNAL_H */
