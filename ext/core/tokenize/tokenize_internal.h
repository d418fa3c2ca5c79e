/*
** wordbreak.h -- the UAX #29 word segmenter of the core (wordbreak.c),
** shared by the tokenizer and its unit test; not part of the public API.
**
**   size_t i = 0; unsigned flags;
**   while (i < n) {
**     size_t j = tk_tokenize__wb_next(z, n, i, &flags); ...; i = j;
**   }
*/
#ifndef TK_WORDBREAK_H
#define TK_WORDBREAK_H

#include <stddef.h>
#include <stdint.h>

/* Coarse character classes (the high 3 bits of the property table). */
enum tk_wc {
  TK_WC_SKIP = 0, /* controls, format characters */
  TK_WC_LETTER,   /* L*, M* */
  TK_WC_NUMBER,   /* N* */
  TK_WC_PUNCT,    /* P* */
  TK_WC_SYMBOL,   /* S*, private use, unassigned */
  TK_WC_SPACE,    /* Z* and white-space controls */
  TK_WC_EMOJI     /* Extended_Pictographic (and regional indicators) */
};

/* Segment flags from tk_tokenize__wb_next: bit (1 << TK_WC_x) for every class
 *seen
 ** outside Extend/Format/ZWJ characters, TK_WB_FIRST(flags) the class of
 ** the first character, and TK_WB_NONASCII when a byte >= 0x80 occurs. */
#define TK_WB_NONASCII 0x100u
#define TK_WB_FIRST(f) (((f) >> 12) & 7u)

/* End (exclusive byte offset) of the UAX #29 word segment that starts at
** byte i < n of z, and its flags in *pFlags.  Invalid bytes are U+FFFD. */
size_t tk_tokenize__wb_next(const unsigned char *z, size_t n, size_t i,
                            unsigned *pFlags);
/* 1 when the character at byte i < n is Extend, Format or ZWJ: one that
** UAX #29 (WB4) attaches to the character before it. */
int tk_tokenize__wb_ignorable(const unsigned char *z, size_t n, size_t i);
/* Coarse class (TK_WC_*) of code point c. */
unsigned tk_tokenize__wb_class(uint32_t c);

#endif /* TK_WORDBREAK_H */
