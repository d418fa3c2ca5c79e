/*
** utf8.c -- UTF-8 decoding with one U+FFFD per invalid byte, encoding,
** validation, sanitizing and byte-to-character offset conversion.
**
**   size_t i = 0;
**   while (i < n) { uint32_t c = tk_utf8_next(z, n, &i); ... }
*/
#include "textkit.h"

/* Decode one character at z[*pi]; invalid input yields U+FFFD, one byte. */
uint32_t tk_utf8_next(const unsigned char *z, size_t n, size_t *pi) {
  size_t i = *pi;
  uint32_t c = z[i];
  if (c < 0x80) {
    *pi = i + 1;
    return c;
  }
  size_t nNeed;
  uint32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    nNeed = 1;
    c &= 0x1F;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    nNeed = 2;
    c &= 0x0F;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    nNeed = 3;
    c &= 0x07;
    min = 0x10000;
  } else {
    *pi = i + 1;
    return TK_REPLACEMENT_CHAR;
  }
  if (n - i <= nNeed) {
    *pi = i + 1;
    return TK_REPLACEMENT_CHAR;
  }
  for (size_t k = 1; k <= nNeed; k++) {
    unsigned char b = z[i + k];
    if ((b & 0xC0) != 0x80) {
      *pi = i + 1;
      return TK_REPLACEMENT_CHAR;
    }
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *pi = i + 1;
    return TK_REPLACEMENT_CHAR;
  }
  *pi = i + 1 + nNeed;
  return c;
}

/* Encode scalar value c as UTF-8 into out; returns 1 to 4. */
size_t tk_utf8_put(uint32_t c, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (c < 0x80) {
    o[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (unsigned char)(0xC0 | (c >> 6));
    o[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (c >> 12));
    o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (c >> 18));
  o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

/* Step back over the character ending at z[*pi] (see textkit/base.h). */
uint32_t tk_utf8_prev(const unsigned char *z, size_t *pi) {
  size_t e = *pi, i = e - 1;
  while (i > 0 && e - i < 4 && (z[i] & 0xC0) == 0x80)
    i--;
  size_t j = i;
  uint32_t c = tk_utf8_next(z, e, &j);
  if (j != e) { /* the bytes before e read as no one character */
    *pi = e - 1;
    return TK_REPLACEMENT_CHAR;
  }
  *pi = i;
  return c;
}

/* Count characters: ASCII bytes fast, the rest through tk_utf8_next. */
size_t tk_utf8_count(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, nChar = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
    } else {
      tk_utf8_next(u, n, &i);
    }
    nChar++;
  }
  return nChar;
}

/* 1 when every byte of z[0..n) belongs to a valid UTF-8 sequence. */
int tk_utf8_is_valid(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t j = i;
    if (tk_utf8_next(u, n, &j) == TK_REPLACEMENT_CHAR) {
      /* A literal U+FFFD (EF BF BD) is valid; a replaced byte is not. */
      if (j - i != 3) return 0;
    }
    i = j;
  }
  return 1;
}

/* Append z[0..n) to p, each invalid byte becoming U+FFFD. */
void tk_utf8_sanitize(tk_buf *p, const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, iRun = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t j = i;
    uint32_t c = tk_utf8_next(u, n, &j);
    if (c == TK_REPLACEMENT_CHAR && j - i == 1) {
      tk_buf_append(p, z + iRun, i - iRun);
      tk_buf_put_utf8(p, TK_REPLACEMENT_CHAR);
      iRun = j;
    }
    i = j;
  }
  tk_buf_append(p, z + iRun, n - iRun);
}

/* Start a byte->character cursor over z[0..n). */
void tk_charpos_init(tk_charpos *p, const char *z, size_t n) {
  p->z = (const unsigned char *)z;
  p->n = n;
  p->iByte = 0;
  p->iChar = 0;
}

/* Character offset of byte offset iByte (non-decreasing across calls). */
size_t tk_charpos_at(tk_charpos *p, size_t iByte) {
  if (iByte > p->n) iByte = p->n;
  while (p->iByte < iByte) {
    if (p->z[p->iByte] < 0x80) {
      p->iByte++;
    } else {
      tk_utf8_next(p->z, p->n, &p->iByte);
    }
    p->iChar++;
  }
  return p->iChar;
}

/* Append code point c encoded as UTF-8 to the buffer p. */
void tk_buf_put_utf8(tk_buf *p, uint32_t c) {
  char a[4];
  tk_buf_append(p, a, tk_utf8_put(c, a));
}
