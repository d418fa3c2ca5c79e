/*
** mojibake.c -- repair UTF-8 text that some program read as Windows-1252
** (or Latin-1) and wrote back as UTF-8: "cafÃ©" -> "café", "itâ€™s" ->
** "it’s", "ÐœÐ¾ÑÐºÐ²Ð°" -> "Москва".
**
**   tk_buf out = {0};
**   size_t nFixed = 0;
**   tk_fix_mojibake("caf\xC3\x83\xC2\xA9", 7, &out, &nFixed);  // "café", 1
**
** A sequence is a run of two to four characters, each the Windows-1252 or
** Latin-1 reading of one byte, whose bytes are one valid UTF-8 character.
** A text has its sequences repaired only when at least one of them is
** sure (isSure: no real text holds it); otherwise it is copied as it is.
** Each round is a scan, then a rewrite when it repairs; rounds repeat on
** their own result (mojibake of mojibake) until one repairs nothing, at
** most MOJIBAKE_ROUNDS times.  Linear time, no recursion.
*/
#include "normalize_internal.h"

#include <stdint.h>
#include <string.h>

/* Rounds of repair at most: mojibake of mojibake of mojibake. */
#define MOJIBAKE_ROUNDS 3
/* Input read between two polls of the cancel callback. */
#define MOJIBAKE_PIECE ((size_t)16 << 10)

/* One mojibake sequence of the text read. */
typedef struct Sequence {
  size_t iStart, iEnd;  /* its bytes in the text read */
  uint32_t c;           /* the character its misread bytes encode */
  unsigned char lead;   /* the first misread byte: 0xC2..0xF4 */
  unsigned char second; /* the second misread byte: 0x80..0xBF */
  unsigned char nByte;  /* misread bytes (characters of the run): 2..4 */
  unsigned char bC1;    /* one of its characters is a C1 control */
} Sequence;

/* The byte a Windows-1252 reader shows as c (a Latin-1 reader for the C1
** controls U+0080..U+009F), or -1 when no byte reads as c. */
static int misreadByte(uint32_t c) {
  if (c >= 0x80 && c <= 0xFF) return (int)c;
  /* the 27 characters of 0x80..0x9F lie in U+0152..U+0192,
  ** U+02C6..U+02DC and U+2013..U+2122 */
  if (c < 0x152 || c > 0x2122 || (c > 0x192 && c < 0x2C6) ||
      (c > 0x2DC && c < 0x2013)) {
    return -1;
  }
  for (int k = 0; k < 32; k++) {
    if (tk_cp1252_high[k] == c) return 0x80 + k;
  }
  return -1;
}

/* 1 when the character starting at u[i] leads a sequence: its misread
** bytes and those of the characters after it form one valid UTF-8
** character of two to four bytes; then *p describes it. */
static int matchAt(const unsigned char *u, size_t n, size_t i, Sequence *p) {
  size_t j = i;
  int b = misreadByte(tk_utf8_next(u, n, &j));
  if (b < 0xC2 || b > 0xF4) return 0;
  unsigned char aByte[4];
  size_t nByte = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  int bC1 = 0;
  aByte[0] = (unsigned char)b;
  for (size_t k = 1; k < nByte; k++) {
    if (j >= n) return 0;
    uint32_t c = tk_utf8_next(u, n, &j);
    b = misreadByte(c);
    if (b < 0x80 || b > 0xBF) return 0;
    bC1 |= c < 0xA0;
    aByte[k] = (unsigned char)b;
  }
  size_t m = 0;
  uint32_t c = tk_utf8_next(aByte, nByte, &m);
  if (m != nByte) return 0; /* overlong, surrogate, past U+10FFFF */
  p->iStart = i;
  p->iEnd = j;
  p->c = c;
  p->lead = aByte[0];
  p->second = aByte[1];
  p->nByte = (unsigned char)nByte;
  p->bC1 = (unsigned char)bC1;
  return 1;
}

/* The next sequence from *pi on that starts before iLimit: 1, *p set and
** *pi past it; else 0 with *pi at or past iLimit.  A sequence starts
** with a character Â..ô (the readings of lead bytes C2..F4), all of which
** are C3 xx in UTF-8, and byte C3 never continues a character: memchr
** finds the candidates. */
static int nextSequence(const unsigned char *u, size_t n, size_t *pi,
                        size_t iLimit, Sequence *p) {
  size_t i = *pi;
  while (i < iLimit) {
    const unsigned char *pLead = memchr(u + i, 0xC3, iLimit - i);
    if (!pLead) break;
    i = (size_t)(pLead - u);
    if (matchAt(u, n, i, p)) {
      *pi = p->iEnd;
      return 1;
    }
    i++;
  }
  *pi = i > iLimit ? i : iLimit;
  return 0;
}

/* What the second character of a two-character sequence is, per byte
** 0x80..0xBF it reads as: 'C' a mark that can close a word ending in a
** capital in real text ("NESTLÉ®", "«ÉTÉ»", "„MÜ“", "JOSÉ’s", a no-break
** space before "»"), 'L' a letter ("ÚŽ" of Czech capitals, "ª"), 'S' a
** symbol that never follows a capital letter ("©", "°", "¨", "¼", "€"). */
static const char azSecondKind[] = "SSSLSCCCSSLCLSLS"  /* 0x80..0x8F */
                                   "SCCCCSCCSCLCLSLL"  /* 0x90..0x9F */
                                   "CSSSSSSSSSLCSCCS"  /* 0xA0..0xAF */
                                   "SSCCCSSSSCLCSSSS"; /* 0xB0..0xBF */

/* 1 when the sequence p of u holds a no-break space (U+00A0), which real
** text puts between a word and a dash: "pöytä – pöydältä" of Finnish
** reads as the three characters of one CJK character, "䠖". */
static int holdsNoBreakSpace(const unsigned char *u, const Sequence *p) {
  for (size_t i = p->iStart; i + 1 < p->iEnd; i++)
    if (u[i] == 0xC2 && u[i + 1] == 0xA0) return 1;
  return 0;
}

/* 1 when real text never holds the sequence p of u, so the text is
** mojibake: it is three or four characters long ("â€™") without a
** no-break space (holdsNoBreakSpace), or holds a C1
** control, or is a capital and a symbol ("Ã©", "Â°", "Î¼"); or it is Ã
** or Â and a closing mark or letter anywhere but after a capital or a
** non-ASCII letter ("cafÃ”", " Ã— "; not "MAÇÃ»"); or another capital
** and a closing mark or letter right after a lowercase ASCII letter
** ("wÅ‚"; not "NÁŠ", "VIÐ”").  × (0xD7) and ß (0xDF) lead no sure pair:
** "3×½" and "Fuß“" are real text. */
static int isSure(const unsigned char *u, const Sequence *p) {
  if (p->bC1) return 1;
  if (p->nByte > 2) return !holdsNoBreakSpace(u, p);
  if (p->lead == 0xD7 || p->lead == 0xDF) return 0;
  if (azSecondKind[p->second - 0x80] == 'S') return 1;
  unsigned char before = p->iStart > 0 ? u[p->iStart - 1] : ' ';
  int bLowerBefore = before >= 'a' && before <= 'z';
  if (p->lead == 0xC2 || p->lead == 0xC3) {
    return bLowerBefore ||
           !((before >= 'A' && before <= 'Z') || before >= 0x80);
  }
  return bLowerBefore;
}

/* *pbSure = 1 when u[0..n) holds a sure sequence (two sequences side by
** side are sure too: "Ðœ" "Ð¾" of Russian), else 0.  Polls pWork every
** MOJIBAKE_PIECE bytes. */
static int scanText(const unsigned char *u, size_t n, tk_work *pWork,
                    int *pbSure) {
  *pbSure = 0;
  size_t i = 0, iPrevEnd = SIZE_MAX;
  Sequence seq;
  while (i < n) {
    size_t iLimit = n - i > MOJIBAKE_PIECE ? i + MOJIBAKE_PIECE : n;
    while (nextSequence(u, n, &i, iLimit, &seq)) {
      if (seq.iStart == iPrevEnd || isSure(u, &seq)) {
        *pbSure = 1;
        return TK_OK;
      }
      iPrevEnd = seq.iEnd;
    }
    if (i < n && tk_work_poll(pWork, MOJIBAKE_PIECE * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
  }
  return TK_OK;
}

/* Where the copy of u[iMin..i) (i < n, iMin a character boundary) may
** end without cutting a character as tk_utf8_next reads it: before the
** first byte that continues no character among u[i-3..i], for no
** sequence that starts before such a byte reaches it; at i when all four
** continue one (a character has three continuation bytes at most). */
static size_t cutPoint(const unsigned char *u, size_t iMin, size_t i) {
  size_t j = i;
  while (j > iMin && i - j < 3 && (u[j] & 0xC0) == 0x80)
    j--;
  return j == iMin || (u[j] & 0xC0) != 0x80 ? j : i;
}

/* Append u[0..n) to pOut with every sequence replaced by the character
** its bytes encode and each invalid byte by U+FFFD; add the sequences to
** *pnFixed.  Polls pWork every MOJIBAKE_PIECE bytes. */
static int repairText(const unsigned char *u, size_t n, tk_work *pWork,
                      tk_buf *pOut, size_t *pnFixed) {
  const char *z = (const char *)u;
  size_t i = 0, iCopied = 0;
  Sequence seq;
  while (i < n) {
    size_t iLimit = n - i > MOJIBAKE_PIECE ? i + MOJIBAKE_PIECE : n;
    while (nextSequence(u, n, &i, iLimit, &seq)) {
      tk_utf8_sanitize(pOut, z + iCopied, seq.iStart - iCopied);
      tk_buf_put_utf8(pOut, seq.c);
      iCopied = seq.iEnd;
      (*pnFixed)++;
    }
    if (i >= n) break;
    size_t iCut = cutPoint(u, iCopied, i);
    tk_utf8_sanitize(pOut, z + iCopied, iCut - iCopied);
    iCopied = iCut;
    if (tk_work_poll(pWork, MOJIBAKE_PIECE * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
  }
  tk_utf8_sanitize(pOut, z + iCopied, n - iCopied);
  return TK_OK;
}

/* Further rounds on the repaired text pOut->z[n0..): each repairs into a
** scratch buffer that then replaces it, until a round finds nothing sure
** or MOJIBAKE_ROUNDS rounds in all are done. */
static int repairAgain(tk_buf *pOut, size_t n0, tk_work *pWork,
                       size_t *pnFixed) {
  tk_buf tmp = {0};
  int rc = TK_OK;
  for (int iRound = 1; iRound < MOJIBAKE_ROUNDS && !pOut->oom; iRound++) {
    int bSure;
    const unsigned char *u = (const unsigned char *)pOut->z + n0;
    rc = scanText(u, pOut->n - n0, pWork, &bSure);
    if (rc != TK_OK || !bSure) break;
    tk_buf_reset(&tmp);
    rc = repairText(u, pOut->n - n0, pWork, &tmp, pnFixed);
    if (rc != TK_OK) break;
    if (tmp.oom) {
      rc = TK_ENOMEM;
      break;
    }
    pOut->n = n0;
    tk_buf_append(pOut, tmp.z, tmp.n);
  }
  tk_buf_free(&tmp);
  return rc;
}

/* Repair the mojibake of z[0..n) onto pOut, polling pWork. */
int tk_fix_mojibake_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                      size_t *pnFixed) {
  const unsigned char *u = (const unsigned char *)z;
  size_t nFixed = 0, n0 = pOut->n;
  int bSure;
  int rc = scanText(u, n, pWork, &bSure);
  if (rc == TK_OK && !bSure) {
    tk_utf8_sanitize(pOut, z, n); /* one copy when z is valid */
  } else if (rc == TK_OK) {
    rc = repairText(u, n, pWork, pOut, &nFixed);
    if (rc == TK_OK) rc = repairAgain(pOut, n0, pWork, &nFixed);
  }
  if (pnFixed) *pnFixed = nFixed;
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  return rc;
}

/* Repair the mojibake of z[0..n) onto pOut. */
int tk_fix_mojibake(const char *z, size_t n, tk_buf *pOut, size_t *pnFixed) {
  return tk_fix_mojibake_w(z, n, NULL, pOut, pnFixed);
}
