/*
** docdate.c -- the date a document was written, read from its head, and
** ref=auto: the options of a run with that date as the ref.
**
**   int y, m, d;
**   if (tk_document_date("BONN 1996-08-22\nThe ...", n, &y, &m, &d))
**     ... 1996, 8, 22 (y 0 when the head gives only month and day) ...
**   pOpt = tk_entities__ref_options(pOpt, z, n, &oAuto);  // entities.c
**
** The head is the first HEAD_LINES non-blank lines, cut at HEAD_BYTES.  It
** is split into ASCII words, digit runs, runs of non-ASCII bytes and single
** punctuation bytes, so any bytes (invalid UTF-8 too) are safe.  Sources,
** in order: a dateline with a year; a dateline without one ("WASHINGTON,
** Dec 30 (Reuters) -"), which takes the year that puts it nearest the
** first full date of the head, else stays year-less; the first ISO date
** ("1996-08-22") or full date ("March 3, 2015", "3 March 2015") of the
** head; a month and day that ends the first line after other words, a
** headline's ("... scrap prices - August 26."), which stays year-less.
** A dateline is a line that starts with an upper-case place ("LONDON",
** "ST. LOUIS", "N'DJAMENA"), then any of a region (", Wisconsin"), an
** agency ("(AP)") and dashes, then a date.
**
** When ref=auto finds a date without a year ("--08-26"), entities.c gives
** each year-less month-day of the text the year nearest the text's own
** dated date before it, else after it (tk_entities__own_year): "prices -
** August 26" over a table "effective date: August 1, 1996" is 1996-08-26.
*/
#include "entities_internal.h"

#include <stdio.h>
#include <stdlib.h>

#define HEAD_LINES 5
#define HEAD_BYTES 500
#define HEAD_TOKENS 256 /* more than HEAD_BYTES bytes can hold, halved */

/* Token kinds of the head. */
enum { K_WORD, K_DIGITS, K_PUNCT, K_OTHER };

typedef struct HeadTok {
  unsigned short iStart, nLen;
  unsigned char eKind;
  unsigned char bLine;  /* the first token of its line */
  unsigned char bGlued; /* no space before it */
} HeadTok;

typedef struct Head {
  const char *z;
  HeadTok a[HEAD_TOKENS];
  int nTok;
} Head;

/* A date found in the head; y 0 when unknown. */
typedef struct FoundDate {
  int y, mo, d;
} FoundDate;

/* 1 for an ASCII letter. */
static int isLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* 1 for an ASCII digit. */
static int isDigit(char c) {
  return c >= '0' && c <= '9';
}

/* 1 for ASCII white space. */
static int isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* Split the head of z[0..n) into p->a (a token cut by the byte limit is
** left out: "1996-08-2|2" must not read as August 2). */
static void splitHead(Head *p, const char *z, size_t n) {
  size_t i = 0;
  int nLine = 0, bLine = 1, bGlued = 1;
  p->z = z;
  p->nTok = 0;
  if (n > HEAD_BYTES) {
    n = HEAD_BYTES;
    while (n > 0 && !isSpace(z[n]))
      n--;
  }
  while (i < n && p->nTok < HEAD_TOKENS) {
    char c = z[i];
    if (c == '\n') {
      if (!bLine && ++nLine == HEAD_LINES) break;
      bLine = 1;
    }
    if (isSpace(c)) {
      bGlued = 0;
      i++;
      continue;
    }
    size_t j = i + 1;
    int eKind = isLetter(c)                ? K_WORD
                : isDigit(c)               ? K_DIGITS
                : (unsigned char)c >= 0x80 ? K_OTHER
                                           : K_PUNCT;
    if (eKind != K_PUNCT) {
      while (j < n && (eKind == K_WORD     ? isLetter(z[j])
                       : eKind == K_DIGITS ? isDigit(z[j])
                                           : (unsigned char)z[j] >= 0x80))
        j++;
    }
    HeadTok *t = &p->a[p->nTok++];
    t->iStart = (unsigned short)i;
    t->nLen = (unsigned short)(j - i);
    t->eKind = (unsigned char)eKind;
    t->bLine = (unsigned char)bLine;
    t->bGlued = (unsigned char)bGlued;
    bLine = 0;
    bGlued = 1;
    i = j;
  }
}

/* 1 when token k exists on the line of token k-1 and is the byte c. */
static int isPunct(const Head *p, int k, char c) {
  return k < p->nTok && !p->a[k].bLine && p->a[k].eKind == K_PUNCT &&
         p->z[p->a[k].iStart] == c;
}

/* The value of token k when it is 1..nMax digits on the line of token
** k-1 (bFirst: any line), or -1. */
static int digitsAt(const Head *p, int k, int nMax, int bFirst) {
  if (k >= p->nTok || p->a[k].eKind != K_DIGITS || p->a[k].nLen > nMax ||
      (p->a[k].bLine && !bFirst))
    return -1;
  int v = 0;
  for (int j = 0; j < p->a[k].nLen; j++)
    v = v * 10 + p->z[p->a[k].iStart + j] - '0';
  return v;
}

/* The folded copy of word token k (up to 11 letters) in zOut; its length,
** or 0 when k is no word or a longer one. */
static size_t foldWord(const Head *p, int k, char *zOut) {
  if (k >= p->nTok || p->a[k].eKind != K_WORD || p->a[k].nLen > 11) return 0;
  for (int j = 0; j < p->a[k].nLen; j++)
    zOut[j] = (char)(p->z[p->a[k].iStart + j] | 0x20);
  return p->a[k].nLen;
}

/* 1 when word token k starts with a capital. */
static int capitalized(const Head *p, int k) {
  char c = p->z[p->a[k].iStart];
  return c >= 'A' && c <= 'Z';
}

/* A capitalized month name at token k on the line of token k-1 (bFirst:
** any line), with a glued '.' after it; tokens used, the month in *pMo. */
static int monthAt(const Head *p, int k, int bFirst, int *pMo) {
  char zWord[12];
  size_t n = foldWord(p, k, zWord);
  if (!n || !capitalized(p, k) || (p->a[k].bLine && !bFirst)) return 0;
  if (!(*pMo = tk_entities__month_value(zWord, n))) return 0;
  return isPunct(p, k + 1, '.') && p->a[k + 1].bGlued ? 2 : 1;
}

/* A day of month at token k ("7", "07", "7th"); tokens used, or 0. */
static int dayAt(const Head *p, int k, int bFirst, int *pD) {
  int d = digitsAt(p, k, 2, bFirst);
  if (d < 1 || d > 31) return 0;
  *pD = d;
  char zWord[12];
  if (k + 1 < p->nTok && p->a[k + 1].bGlued && foldWord(p, k + 1, zWord) == 2 &&
      (!memcmp(zWord, "st", 2) || !memcmp(zWord, "nd", 2) ||
       !memcmp(zWord, "rd", 2) || !memcmp(zWord, "th", 2)))
    return 2;
  return 1;
}

/* A year 1000..2999 at token k on the line of token k-1, or 0. */
static int yearAt(const Head *p, int k) {
  int y = k < p->nTok && p->a[k].nLen == 4 ? digitsAt(p, k, 4, 0) : -1;
  return y >= 1000 && y <= 2999 ? y : 0;
}

/* An ISO date YYYY-MM-DD at token k, all glued; tokens used, or 0. */
static int isoDateAt(const Head *p, int k, FoundDate *pOut) {
  if (k + 4 >= p->nTok || p->a[k].nLen != 4) return 0;
  int y = digitsAt(p, k, 4, 1);
  for (int j = 1; j <= 4; j++)
    if (!p->a[k + j].bGlued || p->a[k + j].bLine) return 0;
  if (!isPunct(p, k + 1, '-') || !isPunct(p, k + 3, '-')) return 0;
  int mo = digitsAt(p, k + 2, 2, 0), d = digitsAt(p, k + 4, 2, 0);
  if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1 ||
      d > tk_entities__month_days(y, mo))
    return 0;
  if (k + 5 < p->nTok && p->a[k + 5].bGlued && p->a[k + 5].eKind != K_PUNCT)
    return 0;
  pOut->y = y;
  pOut->mo = mo;
  pOut->d = d;
  return 5;
}

/* A date at token k: ISO, or an optional weekday then "March 3[,] [2015]"
** or "3[rd] [of] March[,] [2015]" on one line; tokens used, or 0. */
static int dateAt(const Head *p, int k, FoundDate *pOut) {
  int n = isoDateAt(p, k, pOut);
  if (n) return n;
  char zWord[12];
  int j = k, mo = 0, d = 0, nPart, bFirst = 1;
  size_t nWord = foldWord(p, k, zWord);
  if (nWord && capitalized(p, k) &&
      tk_entities__weekday_value(zWord, nWord, 1) >= 0) {
    j++;
    if (isPunct(p, j, '.') && p->a[j].bGlued) j++;
    if (isPunct(p, j, ',')) j++;
    bFirst = 0;
  }
  if ((nPart = monthAt(p, j, bFirst, &mo)) > 0) {
    j += nPart;
    if (!(nPart = dayAt(p, j, 0, &d))) return 0;
    j += nPart;
  } else if ((nPart = dayAt(p, j, bFirst, &d)) > 0) {
    j += nPart;
    char zOf[12];
    if (foldWord(p, j, zOf) == 2 && !memcmp(zOf, "of", 2) && !p->a[j].bLine)
      j++;
    if (!(nPart = monthAt(p, j, 0, &mo))) return 0;
    j += nPart;
  } else {
    return 0;
  }
  int y = yearAt(p, j + isPunct(p, j, ','));
  if (y) j += 1 + isPunct(p, j, ',');
  if (d > tk_entities__month_days(y, mo)) return 0;
  pOut->y = y;
  pOut->mo = mo;
  pOut->d = d;
  return j - k;
}

/* 1 when token k is an all-capitals word (part of a dateline's place). */
static int upperWord(const Head *p, int k) {
  if (k >= p->nTok || p->a[k].eKind != K_WORD) return 0;
  for (int j = 0; j < p->a[k].nLen; j++) {
    char c = p->z[p->a[k].iStart + j];
    if (c < 'A' || c > 'Z') return 0;
  }
  return 1;
}

/* The date of a dateline whose line starts at token k, or 0: an upper-case
** place, then any of ", Region", "(Agency)", dashes and commas, then a
** date (on the same line). */
static int datelineAt(const Head *p, int k, FoundDate *pOut) {
  int j = k, nLetter = 0;
  while (j < p->nTok && (j == k || !p->a[j].bLine)) {
    if (upperWord(p, j)) {
      nLetter += p->a[j].nLen;
    } else if (!(j > k && p->a[j].bGlued &&
                 (isPunct(p, j, '.') || isPunct(p, j, '\'') ||
                  isPunct(p, j, '-')))) {
      break;
    }
    j++;
  }
  if (nLetter < 2) return 0;
  for (int nStep = 0; j < p->nTok && !p->a[j].bLine && nStep < 12; nStep++) {
    if (dateAt(p, j, pOut)) return 1;
    const HeadTok *t = &p->a[j];
    char c = p->z[t->iStart];
    if (t->eKind == K_WORD && capitalized(p, j)) { /* a region word */
      j++;
      if (isPunct(p, j, '.') && p->a[j].bGlued) j++;
    } else if (t->eKind == K_PUNCT && c == '(') { /* "(Reuters)" */
      int kEnd = j + 1;
      while (kEnd < j + 4 && kEnd < p->nTok && !p->a[kEnd].bLine &&
             !isPunct(p, kEnd, ')'))
        kEnd++;
      if (!isPunct(p, kEnd, ')')) return 0;
      j = kEnd + 1;
    } else if ((t->eKind == K_PUNCT && (c == ',' || c == '-')) ||
               t->eKind == K_OTHER) { /* commas and dashes */
      j++;
    } else {
      return 0;
    }
  }
  return 0;
}

/* 1 when token k, after an optional '.', starts a new line or the head
** ends there: "... - August 26." ends its headline. */
static int endsLine(const Head *p, int k) {
  if (isPunct(p, k, '.')) k++;
  return k >= p->nTok || p->a[k].bLine;
}

/* The document's date (see textkit/entities.h). */
int tk_document_date(const char *z, size_t n, int *pY, int *pM, int *pD) {
  Head head;
  FoundDate line = {0, 0, 0}, full = {0, 0, 0}, title = {0, 0, 0}, f;
  int nLine = 0; /* lines begun so far */
  *pY = *pM = *pD = 0;
  if (!z) return 0;
  splitHead(&head, z, n);
  for (int k = 0; k < head.nTok; k++) {
    nLine += head.a[k].bLine;
    if (head.a[k].bLine && datelineAt(&head, k, &f)) {
      if (f.y) {
        line = f;
        break;
      }
      if (!line.mo) line = f;
    }
    int nDate = dateAt(&head, k, &f);
    if (!nDate) continue;
    if (!full.y && f.y) full = f;
    if (nLine == 1 && !title.mo && f.d && k > 0 && endsLine(&head, k + nDate))
      title = f;
  }
  if (line.mo && !line.y && full.y)
    line.y =
        tk_entities__nearest_year(full.y, full.mo, full.d, line.mo, line.d);
  if (!line.mo) line = full;
  if (!line.mo) line = title;
  if (!line.mo) return 0;
  *pY = line.y;
  *pM = line.mo;
  *pD = line.d;
  return 1;
}

/* The options of a run: with ref=auto, a copy whose ref is the text's date
** when it has a year; without one, iRefYear is 0 and the month and day
** stay (the text is news whose dates take their years from each other). */
const tk_entity_options *tk_entities__ref_options(const tk_entity_options *pOpt,
                                                  const char *z, size_t n,
                                                  tk_entity_options *pAuto) {
  if (!pOpt->bRefAuto) return pOpt;
  *pAuto = *pOpt;
  int y, mo, d;
  if (!tk_document_date(z, n, &y, &mo, &d)) y = mo = d = 0;
  pAuto->iRefYear = y;
  pAuto->iRefMonth = mo;
  pAuto->iRefDay = d;
  return pAuto;
}

/* 1 when zNorm is a date norm with a year and a month ("1996-08",
** "1996-08-14", the first of an interval "1996-08-14/1996-08-16"), with its
** parts (*pD 0 without a day). */
int tk_entities__dated_norm(const char *zNorm, int *pY, int *pM, int *pD) {
  size_t n = strlen(zNorm);
  if (n > 10 && zNorm[10] == '/') n = 10;
  if ((n != 7 && n != 10) || zNorm[4] != '-') return 0;
  for (size_t k = 0; k < n; k++)
    if (k != 4 && k != 7 && !isDigit(zNorm[k])) return 0;
  if (n == 10 && zNorm[7] != '-') return 0;
  *pY = atoi(zNorm);
  *pM = atoi(zNorm + 5);
  *pD = n == 10 ? atoi(zNorm + 8) : 0;
  return *pY > 0 && *pM >= 1 && *pM <= 12;
}

/* Write into zOut the year-less month-day norm zNorm ("--08-26") with the
** year nearest the anchor date yA-moA-dA (dA 0: the month's middle); 0 when
** zNorm is not a year-less month-day or its day is in none of the near
** years.  A month alone ("--05") keeps no year: "between May and
** September" in a text about a climate is every year's. */
int tk_entities__own_year(const char *zNorm, int yA, int moA, int dA,
                          char *zOut, size_t nOut) {
  if (strlen(zNorm) != 7 || zNorm[0] != '-' || zNorm[1] != '-' ||
      zNorm[4] != '-')
    return 0;
  for (int k = 2; k < 7; k++)
    if (k != 4 && !isDigit(zNorm[k])) return 0;
  int mo = atoi(zNorm + 2), d = atoi(zNorm + 5);
  int y = tk_entities__nearest_year(yA, moA, dA ? dA : 15, mo, d);
  if (!y) return 0;
  snprintf(zOut, nOut, "%04d-%02d-%02d", y, mo, d);
  return 1;
}
