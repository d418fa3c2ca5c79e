/*
** fuzz_regex.c -- libFuzzer target for the PCRE2 wrapper: the input is split
** into flag letters, a pattern, a replacement template and a subject.  Compile
** either succeeds or fails with a message; every match and group lies inside
** the subject (on UTF-8 boundaries when the subject is valid UTF-8), matches
** advance; the JIT and the interpreter find the same matches on valid UTF-8;
** replace counts them and gives valid UTF-8 from valid UTF-8; the match limits
** stop catastrophic patterns (run with -timeout).
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <stdlib.h>
#include <string.h>

/* The most matches compared between the JIT and the interpreter. */
#define MAX_SPANS 256

/* The input cut at its next NUL byte: *pz, *pn the piece, the rest after. */
static void piece(const char **pzRest, size_t *pnRest, const char **pz,
                  size_t *pn) {
  const char *e = memchr(*pzRest, 0, *pnRest);
  size_t n = e ? (size_t)(e - *pzRest) : *pnRest;
  *pz = *pzRest;
  *pn = n;
  *pzRest += e ? n + 1 : n;
  *pnRest -= e ? n + 1 : n;
}

/* 1 when byte offset i of z[0..n) starts a character (or is the end). */
static int onBoundary(const char *z, size_t n, size_t i) {
  return i == n || ((unsigned char)z[i] & 0xC0) != 0x80;
}

/* The flag letters chosen by the bits of f ("imsxg"), with a junk letter
** when bit 5 is set; their length. */
static size_t flagText(unsigned f, char *z) {
  size_t n = 0;
  for (int i = 0; i < 5; i++)
    if (f & (1u << i)) z[n++] = "imsxg"[i];
  if (f & 0x20) z[n++] = 'q';
  return n;
}

/* Every match of s[0..n) into aSpan (start, end pairs, at most MAX_SPANS
** matches), with the properties of each match and its groups checked;
** the number of matches, or -1 when the iteration stopped on an error. */
static long allMatches(tk_regex *re, const char *s, size_t n, int bValid,
                       size_t *aSpan) {
  tk_regex_iter it;
  char *zErr = 0;
  long nMatch = 0;
  size_t iPrevEnd = 0;
  int rc;
  tk_regex_iter_init(&it, re, s, n);
  while ((rc = tk_regex_iter_next(&it, &zErr)) == 1) {
    size_t a = 0, b = 0;
    if (!tk_regex_group(re, 0, &a, &b) || a > b || b > n || a < iPrevEnd)
      __builtin_trap();
    if (bValid && (!onBoundary(s, n, a) || !onBoundary(s, n, b)))
      __builtin_trap();
    for (int g = 1; g <= tk_regex_group_count(re); g++) {
      size_t ga, gb;
      if (tk_regex_group(re, g, &ga, &gb) && (ga > gb || gb > n))
        __builtin_trap();
    }
    if (nMatch < MAX_SPANS) aSpan[2 * nMatch] = a, aSpan[2 * nMatch + 1] = b;
    iPrevEnd = b;
    nMatch++;
  }
  if (rc == 0) return nMatch;
  /* a limit or out of memory, with a message; nothing else may fail */
  if (rc == TK_ELIMIT && !zErr) __builtin_trap();
  if (rc != TK_ELIMIT && rc != TK_ENOMEM) __builtin_trap();
  tk_free(zErr);
  return -1;
}

/* One fuzz input: byte 0 holds the flags (bits 0-4 "imsxg", bit 5 a junk
** letter), the rest is pattern NUL template NUL subject. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  const char *zRest = (const char *)aData + 1, *zPat, *zRep, *zSub;
  size_t nRest = nData - 1, nPat, nRep, nSub;
  piece(&zRest, &nRest, &zPat, &nPat);
  piece(&zRest, &nRest, &zRep, &nRep);
  zSub = zRest, nSub = nRest;

  char zFlags[8];
  size_t nFlags = flagText(aData[0], zFlags);
  unsigned flags = 0;
  char *zErr = 0;
  int rc = tk_regex_flags_parse(zFlags, nFlags, &flags, &zErr);
  if (aData[0] & 0x20) {
    if (rc != TK_EINVAL || !zErr) __builtin_trap();
    tk_free(zErr);
    return 0;
  }
  if (rc != TK_OK || flags != (aData[0] & 0x1Fu)) __builtin_trap();

  tk_regex *re = 0, *reNoJit = 0;
  rc = tk_regex_compile(zPat, nPat, flags, &re, &zErr);
  if (rc != TK_OK) {
    if ((rc != TK_EINVAL && rc != TK_ELIMIT && rc != TK_ENOMEM) ||
        (rc != TK_ENOMEM && !zErr) || re) {
      __builtin_trap();
    }
    tk_free(zErr);
    return 0;
  }
  if (tk_regex_compile(zPat, nPat, flags | TK_RE_NOJIT, &reNoJit, &zErr) !=
      TK_OK) {
    __builtin_trap(); /* the same pattern compiled a moment ago */
  }
  int bValid = tk_utf8_is_valid(zSub, nSub);
  static size_t aSpan[2 * MAX_SPANS], aSpanNoJit[2 * MAX_SPANS];
  long nMatch = allMatches(re, zSub, nSub, bValid, aSpan);
  long nNoJit = allMatches(reNoJit, zSub, nSub, bValid, aSpanNoJit);
  /* on invalid UTF-8 PCRE2 10.42's JIT skips empty matches before an
  ** invalid byte that the interpreter finds: compare valid subjects only */
  if (bValid && nMatch >= 0 && nNoJit >= 0) {
    long nCmp = nMatch < MAX_SPANS ? nMatch : MAX_SPANS;
    if (nMatch != nNoJit ||
        memcmp(aSpan, aSpanNoJit, 2 * nCmp * sizeof(size_t)))
      __builtin_trap();
  }

  rc = tk_regex_check_replacement(re, zRep, nRep, &zErr);
  if (rc != TK_OK) {
    if (rc != TK_EINVAL || !zErr) __builtin_trap();
    tk_free(zErr);
    zErr = 0;
  } else {
    tk_buf out = {0};
    size_t nRepl = 0;
    int bAll = (flags & TK_RE_GLOBAL) != 0;
    rc =
        tk_regex_replace(re, zSub, nSub, zRep, nRep, bAll, &out, &nRepl, &zErr);
    if (rc == TK_OK) {
      if (nMatch >= 0 && nRepl != (size_t)(bAll ? nMatch : nMatch > 0))
        __builtin_trap();
      if (bValid && tk_utf8_is_valid(zRep, nRep) &&
          !tk_utf8_is_valid(out.z, out.n)) {
        __builtin_trap();
      }
      if (nRepl == 0 && (out.n != nSub || (nSub && memcmp(out.z, zSub, nSub))))
        __builtin_trap();
    } else if (rc != TK_ELIMIT && rc != TK_ENOMEM) {
      __builtin_trap();
    }
    tk_free(zErr);
    tk_buf_free(&out);
  }
  tk_regex_free(reNoJit);
  tk_regex_free(re);
  return 0;
}
