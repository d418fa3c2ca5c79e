/*
** normalize/dehyphenate.c -- words that a typeset page hyphenated at a
** line end made whole again (man pages, text from PDF or OCR):
**
**   tk_buf out = {0};
**   tk_dehyphenate("the documenta-\n  tion of it", 27, &out);
**   // out.z == "the documentation\n  of it"
**
** A break is a hyphen ('-', U+2010 or the soft hyphen U+00AD) right after
** a letter, then spaces or tabs, one line break (\n, \r\n or \r), the next
** line's indentation and a letter or a digit.  The two parts become one
** word:
**   - the soft hyphen always goes;
**   - before a lower-case letter the hyphen goes ("documentation"), unless
**     the text writes the pair elsewhere with its hyphen inside a line and
**     never as one word ("well-known"), or a part has one letter ("X-ray",
**     "e-mail": page hyphenation leaves two or more on each side);
**   - before a capital or a digit it stays ("Jean-Pierre", "COVID-19");
**   - a '-' stays in a text that breaks words with U+2010 or U+00AD (as
**     man(1) does): there it is the writer's own ("build-time").
** The line break and the indentation move to the first space after the
** joined word, so the text keeps its lines; when the word ends its line,
** the two lines become one.  Invalid bytes become U+FFFD, as in every
** normalize function; a text without a break is copied as it is.
*/
#include "textkit.h"

#include <utf8proc.h>

#include <string.h>

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

/* One line-end hyphenation of the text. */
typedef struct Break {
  size_t iHyphen; /* the hyphen, nHyphen bytes */
  size_t nHyphen;
  size_t iBreak; /* the line break (after any spaces after the hyphen) */
  size_t iNext;  /* the next line's first letter or digit */
  int bKeep;     /* the hyphen stays */
  uint64_t hJoined, hHyphened; /* the pair's hashes as "ab" and "a-b" */
} Break;

/* The breaks of a text, in order. */
typedef struct BreakList {
  Break *a;
  size_t n, nAlloc;
} BreakList;

/* The bytes of the hyphen that ends at byte i of u (0 when none): '-',
** U+2010 (3 bytes) or the soft hyphen U+00AD (2 bytes). */
static size_t hyphenBefore(const unsigned char *u, size_t i) {
  if (i >= 1 && u[i - 1] == '-') return 1;
  if (i >= 2 && u[i - 2] == 0xC2 && u[i - 1] == 0xAD) return 2;
  if (i >= 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 && u[i - 1] == 0x90)
    return 3;
  return 0;
}

/* h, or 1 for 0: a hash table slot holding 0 is empty. */
static uint64_t nonZero(uint64_t h) {
  return h ? h : 1;
}

/* Hash step over one code point, lower-cased. */
static uint64_t hashChar(uint64_t h, uint32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c += 32;
  } else {
    c = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
  }
  return (h ^ c) * FNV_PRIME;
}

/* The hash h continued over the letters of u[i..iEnd). */
static uint64_t hashLetters(uint64_t h, const unsigned char *u, size_t i,
                            size_t iEnd) {
  while (i < iEnd)
    h = hashChar(h, tk_utf8_next(u, iEnd, &i));
  return h;
}

/* The end of the run of letters of u[0..n) that starts at byte i. */
static size_t lettersEnd(const unsigned char *u, size_t n, size_t i) {
  while (i < n && (unsigned)((u[i] | 0x20) - 'a') < 26) /* ASCII at once */
    i++;
  while (i < n) {
    size_t j = i;
    if (!tk_char_is_letter(tk_utf8_next(u, n, &j))) break;
    i = j;
  }
  return i;
}

/* Fill *p when the line break at byte iEol of u[0..n) ends a hyphenated
** line; 0 when it does not. */
static int breakAt(const unsigned char *u, size_t n, size_t iEol, Break *p) {
  const char *z = (const char *)u;
  size_t i = iEol;
  while (i > 0 && (u[i - 1] == ' ' || u[i - 1] == '\t'))
    i--;
  size_t nHyphen = hyphenBefore(u, i);
  if (nHyphen == 0 || i == nHyphen) return 0;
  size_t iHyphen = i - nHyphen, iWord = iHyphen;
  for (size_t iPrev = iWord;
       iPrev > 0 && tk_char_is_letter(tk_utf8_prev(u, &iPrev));)
    iWord = iPrev;
  if (iWord == iHyphen) return 0; /* no letter before the hyphen */
  size_t j = iEol + (u[iEol] == '\r' && iEol + 1 < n && u[iEol + 1] == '\n');
  j++;
  while (j < n && (u[j] == ' ' || u[j] == '\t'))
    j++;
  if (j >= n) return 0;
  size_t k = j;
  uint32_t c = tk_utf8_next(u, n, &k);
  if (!tk_char_is_letter(c) && !tk_char_is_digit(c)) return 0;
  p->iHyphen = iHyphen;
  p->nHyphen = nHyphen;
  p->iBreak = iEol;
  p->iNext = j;
  size_t iNextEnd = lettersEnd(u, n, j);
  /* page hyphenation leaves two letters or more on each side: "X-ray" and
  ** "e-mail" are words of their own */
  p->bKeep = nHyphen != 2 && (!tk_char_is_lower(c) ||
                              tk_utf8_count(z + iWord, iHyphen - iWord) < 2 ||
                              tk_utf8_count(z + j, iNextEnd - j) < 2);
  uint64_t h = hashLetters(FNV_OFFSET, u, iWord, iHyphen);
  p->hJoined = nonZero(hashLetters(h, u, j, iNextEnd));
  p->hHyphened = nonZero(hashLetters(hashChar(h, '-'), u, j, iNextEnd));
  return 1;
}

/* The offset of the first byte c of u[i..n), n when none. */
static size_t nextByte(const unsigned char *u, size_t n, size_t i, int c) {
  const unsigned char *p = i < n ? memchr(u + i, c, n - i) : 0;
  return p ? (size_t)(p - u) : n;
}

/* Collect the breaks of u[0..n) into *pList, polling pWork. */
static int findBreaks(const unsigned char *u, size_t n, tk_work *pWork,
                      BreakList *pList) {
  size_t iPolled = 0, iLf = nextByte(u, n, 0, '\n');
  size_t iCr = nextByte(u, n, 0, '\r');
  while (iLf < n || iCr < n) {
    size_t iEol = iLf < iCr ? iLf : iCr;
    if (tk_work_poll(pWork, (iEol - iPolled) * TK_WORK_CELLS_PER_BYTE))
      return TK_EINTERRUPT;
    iPolled = iEol;
    Break b;
    if (breakAt(u, n, iEol, &b)) {
      if (tk_reserve(&pList->a, &pList->nAlloc, pList->n, sizeof *pList->a))
        return TK_ENOMEM;
      pList->a[pList->n++] = b;
    }
    if (iEol == iCr) { /* a \r\n is one break */
      iCr = nextByte(u, n, iEol + 1, '\r');
      if (iLf == iEol + 1) iLf = nextByte(u, n, iEol + 2, '\n');
    } else {
      iLf = nextByte(u, n, iEol + 1, '\n');
    }
  }
  return TK_OK;
}

/* The hashes a break asks about (decideHyphens), in a table of
** nMask + 1 slots, 0 for empty, with a flag of each: the text writes it. */
typedef struct AskTable {
  uint64_t *aSlot;
  unsigned char *aFound;
  size_t nMask;
} AskTable;

/* The slot of hash h (not 0) in p: its own, or the empty one it would
** take. */
static size_t slotOf(const AskTable *p, uint64_t h) {
  size_t s = (size_t)(h >> 17) & p->nMask;
  while (p->aSlot[s] && p->aSlot[s] != h)
    s = (s + 1) & p->nMask;
  return s;
}

/* Flag hash h as written when p asks about it. */
static void markHash(AskTable *p, uint64_t h) {
  size_t s = slotOf(p, nonZero(h));
  if (p->aSlot[s]) p->aFound[s] = 1;
}

/* Flag, in p, what u[0..n) writes: each run of letters as a word, and
** each two runs joined by one hyphen ('-', U+2010, U+2011) as "a-b". */
static int markWritten(const unsigned char *u, size_t n, AskTable *p,
                       tk_work *pWork) {
  uint64_t hBefore = 0; /* the run before the hyphen just read, or 0 */
  size_t i = 0, iPolled = 0;
  while (i < n) {
    size_t iEnd = lettersEnd(u, n, i);
    if (iEnd == i) { /* neither a letter nor a hyphen between two runs */
      tk_utf8_next(u, n, &i);
      hBefore = 0;
      continue;
    }
    uint64_t h = hashLetters(FNV_OFFSET, u, i, iEnd);
    markHash(p, h);
    if (hBefore) markHash(p, hashLetters(hashChar(hBefore, '-'), u, i, iEnd));
    i = iEnd;
    hBefore = 0;
    if (i < n) { /* a hyphen right after the run: the next run pairs */
      size_t j = i;
      uint32_t c = tk_utf8_next(u, n, &j);
      if (c == '-' || c == 0x2010 || c == 0x2011) {
        hBefore = h;
        i = j;
      }
    }
    if (tk_work_poll(pWork, (i - iPolled) * TK_WORK_CELLS_PER_BYTE))
      return TK_EINTERRUPT;
    iPolled = i;
  }
  return TK_OK;
}

/* 1 when break b asks whether its hyphen stays (before a lower-case
** letter, not a soft hyphen). */
static int asks(const Break *b) {
  return b->nHyphen != 2 && !b->bKeep;
}

/* Decide for each break before a lower-case letter whether its hyphen
** stays: when the text writes the pair hyphenated and never joined. */
static int decideHyphens(const unsigned char *u, size_t n, BreakList *pList,
                         tk_work *pWork) {
  int bTypeset = 0; /* the page breaks words with U+2010 or U+00AD */
  for (size_t k = 0; k < pList->n; k++)
    bTypeset |= pList->a[k].nHyphen != 1;
  size_t nAsk = 0;
  for (size_t k = 0; k < pList->n; k++) {
    if (bTypeset && pList->a[k].nHyphen == 1) pList->a[k].bKeep = 1;
    nAsk += asks(&pList->a[k]);
  }
  if (nAsk == 0) return TK_OK;
  size_t nSlot = 16;
  while (nSlot < 4 * nAsk) /* two hashes a break: at most half full */
    nSlot *= 2;
  AskTable t = {tk_malloc(nSlot * sizeof *t.aSlot), tk_malloc(nSlot),
                nSlot - 1};
  int rc = t.aSlot && t.aFound ? TK_OK : TK_ENOMEM;
  if (rc == TK_OK) {
    memset(t.aSlot, 0, nSlot * sizeof *t.aSlot);
    memset(t.aFound, 0, nSlot);
    for (size_t k = 0; k < pList->n; k++) {
      const Break *b = &pList->a[k];
      if (!asks(b)) continue;
      t.aSlot[slotOf(&t, b->hJoined)] = b->hJoined;
      t.aSlot[slotOf(&t, b->hHyphened)] = b->hHyphened;
    }
    rc = markWritten(u, n, &t, pWork);
  }
  for (size_t k = 0; rc == TK_OK && k < pList->n; k++) {
    Break *b = &pList->a[k];
    if (!asks(b)) continue;
    b->bKeep =
        t.aFound[slotOf(&t, b->hHyphened)] && !t.aFound[slotOf(&t, b->hJoined)];
  }
  tk_free(t.aSlot);
  tk_free(t.aFound);
  return rc;
}

/* The end of the word that starts at byte i of u[0..n): the first space,
** tab or line break, or iStop (the next break's hyphen), whichever comes
** first. */
static size_t wordEnd(const unsigned char *u, size_t n, size_t i,
                      size_t iStop) {
  while (i < n && i < iStop && u[i] != ' ' && u[i] != '\t' && u[i] != '\n' &&
         u[i] != '\r')
    i++;
  return i;
}

/* Bytes copied between two polls of the cancel callback. */
#define COPY_PIECE ((size_t)64 << 10)

/* Append u[i..iEnd) to pOut, invalid bytes as U+FFFD, in pieces cut
** before a byte that starts a character, polling pWork after each. */
static int copyText(const unsigned char *u, size_t i, size_t iEnd,
                    tk_work *pWork, tk_buf *pOut) {
  while (i < iEnd) {
    size_t e = iEnd - i > COPY_PIECE ? i + COPY_PIECE : iEnd;
    while (e < iEnd && (u[e] & 0xC0) == 0x80)
      e++;
    tk_utf8_sanitize(pOut, (const char *)u + i, e - i);
    if (tk_work_poll(pWork, (e - i) * TK_WORK_CELLS_PER_BYTE))
      return TK_EINTERRUPT;
    i = e;
  }
  return TK_OK;
}

/* Append u[0..n) to pOut with the breaks of list joined (see the top of
** the file), polling pWork. */
static int writeJoined(const unsigned char *u, size_t n, const BreakList *pList,
                       tk_work *pWork, tk_buf *pOut) {
  size_t i = 0;
  for (size_t k = 0; k < pList->n; k++) {
    const Break *b = &pList->a[k];
    if (copyText(u, i, b->iHyphen, pWork, pOut)) return TK_EINTERRUPT;
    if (b->bKeep) tk_buf_append(pOut, (const char *)u + b->iHyphen, b->nHyphen);
    size_t iStop = k + 1 < pList->n ? pList->a[k + 1].iHyphen : n;
    size_t iEnd = wordEnd(u, n, b->iNext, iStop);
    if (copyText(u, b->iNext, iEnd, pWork, pOut)) return TK_EINTERRUPT;
    i = iEnd;
    if (iEnd == iStop || iEnd == n || u[iEnd] == '\n' || u[iEnd] == '\r')
      continue;      /* the word ends the line: the two lines are one */
    size_t j = iEnd; /* the spaces after the word become the break */
    while (j < n && (u[j] == ' ' || u[j] == '\t'))
      j++;
    if (j == n || u[j] == '\n' || u[j] == '\r') continue;
    tk_buf_append(pOut, (const char *)u + b->iBreak, b->iNext - b->iBreak);
    i = j;
  }
  return copyText(u, i, n, pWork, pOut);
}

/* Join the words z[0..n) hyphenated at a line end (see the top of the
** file), appending the text to *pOut. */
int tk_dehyphenate(const char *z, size_t n, tk_buf *pOut) {
  return tk_dehyphenate_w(z, n, NULL, pOut);
}

/* tk_dehyphenate polling pWork (NULL: never). */
int tk_dehyphenate_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  const unsigned char *u = (const unsigned char *)z;
  BreakList list = {0};
  int rc = findBreaks(u, n, pWork, &list);
  if (rc == TK_OK) rc = decideHyphens(u, n, &list, pWork);
  if (rc == TK_OK && !tk_buf_reserve(pOut, n)) rc = TK_ENOMEM; /* one block */
  if (rc == TK_OK) rc = writeJoined(u, n, &list, pWork, pOut);
  tk_free(list.a);
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  return rc;
}
