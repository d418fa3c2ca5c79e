/*
** strsim/phonetic.c -- Soundex and Metaphone keys.
**
**   tk_soundex("Robert", 6, &buf);     -- R163
**   tk_metaphone("Thompson", 8, &buf); -- 0MPSN
**
** Both work on Latin letters: every code point is decomposed (NFKD, via
** utf8proc) and its base letter kept when it is A-Z, so accents are
** stripped ("Müller" is "MULLER"); every other character (digits, spaces,
** punctuation, letters of other scripts, and Latin letters without an
** A-Z base such as ß or æ) is ignored.  Soundex is American Soundex
** (H and W do not separate equal codes, vowels do); Metaphone follows
** the rules of jellyfish 0.8's C implementation (H is kept only first or
** before a vowel; B after M is silent at the end; GH before a consonant
** or at the end and GN at the end are silent), so ASCII words get
** jellyfish's keys.
*/
#include "strsim_internal.h"

#include <utf8proc.h>

/* The A-Z letters of z (upper case when bUpper, else lower) into p. */
static void latinLetters(const char *z, size_t n, int bUpper, tk_buf *p) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0;
  while (i < n) {
    uint32_t c = tk_utf8_next(u, n, &i);
    if (c >= 128) {
      utf8proc_int32_t aDec[8];
      utf8proc_ssize_t nDec =
          utf8proc_decompose_char((utf8proc_int32_t)c, aDec, 8,
                                  UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, 0);
      c = nDec >= 1 && nDec <= 8 && aDec[0] < 128 ? (uint32_t)aDec[0] : 0;
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') tk_buf_putc(p, (char)(bUpper ? c - 32 : c));
  }
}

/* The Soundex digit of an upper-case letter, 0 for vowels, H, W, Y. */
static char soundexCode(char c) {
  static const char azCode[] = "01230120022455012623010202";
  return azCode[c - 'A'] == '0' ? 0 : azCode[c - 'A'];
}

/* American Soundex: first letter, then up to 3 digits, padded with 0. */
int tk_soundex(const char *z, size_t n, tk_buf *p) {
  tk_buf s = {0};
  latinLetters(z, n, 1, &s);
  if (s.oom) {
    tk_buf_free(&s); /* what was grown before the failure */
    return TK_ENOMEM;
  }
  if (s.n > 0) {
    char aKey[5] = {s.z[0], '0', '0', '0', 0};
    int k = 1;
    char last = soundexCode(s.z[0]);
    for (size_t i = 1; i < s.n && k < 4; i++) {
      char c = s.z[i], d = soundexCode(c);
      if (d) {
        if (d != last) aKey[k++] = d;
        last = d;
      } else if (c != 'H' && c != 'W') {
        last = 0;
      }
    }
    tk_buf_append(p, aKey, 4);
  }
  tk_buf_free(&s);
  return p->oom ? TK_ENOMEM : TK_OK;
}

/* 1 when c is one of the characters of zSet (c == 0 never is). */
static int inSet(char c, const char *zSet) {
  return c && strchr(zSet, c) != 0;
}

/* Metaphone of the lower-case letters s[0..n) appended (upper case). */
static void metaphoneLetters(const char *s, size_t n, tk_buf *p) {
  if (n >= 2 &&
      (!memcmp(s, "kn", 2) || !memcmp(s, "gn", 2) || !memcmp(s, "pn", 2) ||
       !memcmp(s, "wr", 2) || !memcmp(s, "ae", 2))) {
    s++, n--;
  }
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    char nx = i + 1 < n ? s[i + 1] : 0, nn = i + 2 < n ? s[i + 2] : 0;
    char prev = i ? s[i - 1] : 0;
    if (c == nx && c != 'c') continue;
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      if (i == 0) tk_buf_putc(p, (char)(c - 32));
      break;
    case 'b':
      if (prev != 'm' || nx) tk_buf_putc(p, 'B');
      break;
    case 'f':
    case 'j':
    case 'l':
    case 'm':
    case 'n':
    case 'r':
      tk_buf_putc(p, (char)(c - 32));
      break;
    case 'c':
      if ((nx == 'i' && nn == 'a') || nx == 'h') {
        tk_buf_putc(p, 'X'), i++;
      } else if (inSet(nx, "iey")) {
        tk_buf_putc(p, 'S'), i++;
      } else {
        tk_buf_putc(p, 'K');
      }
      break;
    case 'd':
      if (nx == 'g' && inSet(nn, "iey")) {
        tk_buf_putc(p, 'J'), i += 2;
      } else {
        tk_buf_putc(p, 'T');
      }
      break;
    case 'g':
      if (inSet(nx, "iey")) {
        tk_buf_putc(p, 'J');
      } else if (nx == 'h' && !inSet(nn, "aeiou")) {
        i++;
      } else if (nx == 'n' && !nn) {
        i++;
      } else {
        tk_buf_putc(p, 'K');
      }
      break;
    case 'h':
      if (i == 0 || inSet(nx, "aeiou")) tk_buf_putc(p, 'H');
      break;
    case 'k':
      if (prev != 'c') tk_buf_putc(p, 'K');
      break;
    case 'p':
      if (nx == 'h') {
        tk_buf_putc(p, 'F'), i++;
      } else {
        tk_buf_putc(p, 'P');
      }
      break;
    case 'q':
      tk_buf_putc(p, 'K');
      break;
    case 's':
      if (nx == 'h') {
        tk_buf_putc(p, 'X'), i++;
      } else if (nx == 'i' && inSet(nn, "oa")) {
        tk_buf_putc(p, 'X'), i += 2;
      } else {
        tk_buf_putc(p, 'S');
      }
      break;
    case 't':
      if (nx == 'i' && inSet(nn, "oa")) {
        tk_buf_putc(p, 'X');
      } else if (nx == 'h') {
        tk_buf_putc(p, '0'), i++;
      } else if (nx != 'c' || nn != 'h') {
        tk_buf_putc(p, 'T');
      }
      break;
    case 'v':
      tk_buf_putc(p, 'F');
      break;
    case 'w':
      if (i == 0 && nx == 'h') {
        tk_buf_putc(p, 'W'), i++;
      } else if (inSet(nx, "aeiou")) {
        tk_buf_putc(p, 'W');
      }
      break;
    case 'x':
      if (i == 0) {
        tk_buf_putc(p, nx == 'h' || (nx == 'i' && inSet(nn, "oa")) ? 'X' : 'S');
      } else {
        tk_buf_append(p, "KS", 2);
      }
      break;
    case 'y':
      if (inSet(nx, "aeiou")) tk_buf_putc(p, 'Y');
      break;
    case 'z':
      tk_buf_putc(p, 'S');
      break;
    }
  }
}

/* Metaphone key of the Latin letters of z. */
int tk_metaphone(const char *z, size_t n, tk_buf *p) {
  tk_buf s = {0};
  latinLetters(z, n, 0, &s);
  if (s.oom) {
    tk_buf_free(&s); /* what was grown before the failure */
    return TK_ENOMEM;
  }
  metaphoneLetters(s.z, s.n, p);
  tk_buf_free(&s);
  return p->oom ? TK_ENOMEM : TK_OK;
}
