/*
** base/chars.c -- the Unicode character classes the families test one
** code point against (utf8proc's general categories; ASCII at once):
**
**   tk_char_is_letter(0x00E9)  -> 1      tk_char_is_digit(0x0661)  -> 1
**   tk_char_is_upper('A')      -> 1      tk_char_is_lower(0x03C3)  -> 1
*/
#include "textkit.h"

#include <utf8proc.h>

/* 1 when c is a letter (L*). */
int tk_char_is_letter(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
  return e >= UTF8PROC_CATEGORY_LU && e <= UTF8PROC_CATEGORY_LO;
}

/* 1 when c is an upper- or title-case letter (Lu, Lt). */
int tk_char_is_upper(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
  return e == UTF8PROC_CATEGORY_LU || e == UTF8PROC_CATEGORY_LT;
}

/* 1 when c is a lower-case letter (Ll). */
int tk_char_is_lower(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}

/* 1 when c is a decimal digit (Nd). */
int tk_char_is_digit(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}
