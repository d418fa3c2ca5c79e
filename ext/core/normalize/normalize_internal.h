/*
** normalize_internal.h -- what the files of ext/core/normalize share: the
** Windows-1252 table that decode.c reads bytes with and mojibake.c reads
** characters back to bytes with.
**
**   uint32_t c = b < 0xA0 ? tk_normalize__cp1252_high[b - 0x80] : b;
*/
#ifndef TK_NORMALIZE_INTERNAL_H
#define TK_NORMALIZE_INTERNAL_H

#include "textkit.h"

/* The characters of Windows-1252 bytes 0x80..0x9F (the rest of
** 0x80..0xFF are Latin-1, U+0080..U+00FF); U+FFFD for the five bytes it
** leaves undefined (0x81 0x8D 0x8F 0x90 0x9D). */
extern const uint16_t tk_normalize__cp1252_high[32];

#endif /* TK_NORMALIZE_INTERNAL_H */
