/*
** date.c -- html_meta's dates: a date as a page writes it, read into ISO
** 8601 (docs/html.md, "html_meta").
**
**   tk_buf b = {0};
**   tk_html__date("2019-10-23T08:00:00.000+0100", 28, &b);
**   // "2019-10-23T08:00:00+01:00"
**   tk_html__date("Fri 6:45 PM, Feb 16, 2018", 25, &b);   // "2018-02-16"
**
** Two forms are read: ISO-like (YYYY-MM-DD or YYYY/MM/DD, then an optional
** time and offset, written back as YYYY-MM-DDTHH:MM:SS with Z or +HH:MM)
** and English dates with a month name ("19 Nov 2019 07:09 GMT", "Nov 20,
** 2019", "Tue Nov 19 2019 05:44:06 GMT+0000"), written back as YYYY-MM-DD
** (their time is dropped: zone names such as IST are ambiguous).  Years
** before 1900 are not dates of a web page ("0001-01-01T00:00:00Z" is a
** placeholder) and read as none.
*/
#include "meta_internal.h"

#include <string.h>
#include <strings.h>

/* The earliest year read as a page's date. */
#define TK_HTML__MIN_YEAR 1900
/* The longest text read as an English date (longer is prose). */
#define TK_HTML__MAX_TEXT_DATE 64

/* 1 when d[0..n) are all digits. */
static int digits(const char *d, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (d[i] < '0' || d[i] > '9') return 0;
  return 1;
}

/* The number d[0..n) (digits). */
static int number(const char *d, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + d[i] - '0';
  return v;
}

/* Write YYYY-MM-DD into pOut (reset first). */
static void putDay(tk_buf *pOut, int nYear, int nMonth, int nDay) {
  char z[11];
  z[0] = (char)('0' + nYear / 1000);
  z[1] = (char)('0' + nYear / 100 % 10);
  z[2] = (char)('0' + nYear / 10 % 10);
  z[3] = (char)('0' + nYear % 10);
  z[4] = '-';
  z[5] = (char)('0' + nMonth / 10);
  z[6] = (char)('0' + nMonth % 10);
  z[7] = '-';
  z[8] = (char)('0' + nDay / 10);
  z[9] = (char)('0' + nDay % 10);
  tk_buf_reset(pOut);
  tk_buf_append(pOut, z, 10);
}

/* The time and offset after an ISO date, z[i..n), into pOut. */
static void putTime(const char *z, size_t n, size_t i, tk_buf *pOut) {
  if (!(i + 6 <= n && (z[i] == 'T' || z[i] == ' ') && digits(z + i + 1, 2) &&
        z[i + 3] == ':' && digits(z + i + 4, 2)))
    return;
  tk_buf_putc(pOut, 'T');
  tk_buf_append(pOut, z + i + 1, 5);
  i += 6;
  if (i + 3 <= n && z[i] == ':' && digits(z + i + 1, 2)) {
    tk_buf_append(pOut, z + i, 3);
    i += 3;
  } else {
    tk_buf_append(pOut, ":00", 3);
  }
  if (i < n && z[i] == '.') {
    i++;
    while (i < n && z[i] >= '0' && z[i] <= '9')
      i++;
  }
  if (i < n && z[i] == 'Z') {
    tk_buf_putc(pOut, 'Z');
  } else if (i + 3 <= n && (z[i] == '+' || z[i] == '-') &&
             digits(z + i + 1, 2)) {
    tk_buf_append(pOut, z + i, 3);
    tk_buf_putc(pOut, ':');
    size_t j = i + 3 < n && z[i + 3] == ':' ? i + 4 : i + 3;
    if (j + 2 <= n && digits(z + j, 2))
      tk_buf_append(pOut, z + j, 2);
    else
      tk_buf_append(pOut, "00", 2);
  }
}

/* z[0..n) (trimmed) as an ISO-like date into pOut; 0 when it is not one. */
static int isoDate(const char *z, size_t n, tk_buf *pOut) {
  if (n < 10 || !digits(z, 4) || (z[4] != '-' && z[4] != '/') ||
      !digits(z + 5, 2) || z[7] != z[4] || !digits(z + 8, 2))
    return 0;
  int nYear = number(z, 4), nMonth = number(z + 5, 2), nDay = number(z + 8, 2);
  if (nYear < TK_HTML__MIN_YEAR || nMonth < 1 || nMonth > 12 || nDay < 1 ||
      nDay > 31)
    return 0;
  putDay(pOut, nYear, nMonth, nDay);
  putTime(z, n, 10, pOut);
  return 1;
}

/* The month (1-12) the English word z[0..n) names (a prefix of 3 letters
** or more of its name: "Nov", "Sept", "November"), else 0. */
static int monthOf(const char *z, size_t n) {
  static const char *azMonth[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (n < 3) return 0;
  for (int k = 0; k < 12; k++)
    if (n <= strlen(azMonth[k]) && strncasecmp(z, azMonth[k], n) == 0)
      return k + 1;
  return 0;
}

/* One word or number of an English date. */
typedef struct Token {
  const char *z;
  size_t n;
  int bNumber; /* digits (not part of a time such as 6:45) */
} Token;

/* The words and numbers of z[0..n) into a[] (at most nMax); the count. */
static int tokenize(const char *z, size_t n, Token *a, int nMax) {
  int nTok = 0;
  for (size_t i = 0; i < n && nTok < nMax;) {
    unsigned char c = (unsigned char)z[i];
    int bDigit = c >= '0' && c <= '9';
    int bLetter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!bDigit && !bLetter) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && (bDigit ? (z[j] >= '0' && z[j] <= '9')
                            : ((z[j] | 0x20) >= 'a' && (z[j] | 0x20) <= 'z')))
      j++;
    int bTime =
        bDigit && ((i > 0 && z[i - 1] == ':') || (j < n && z[j] == ':'));
    if (!bTime) {
      a[nTok].z = z + i;
      a[nTok].n = j - i;
      a[nTok].bNumber = bDigit;
      nTok++;
    }
    i = j;
  }
  return nTok;
}

/* 1 when token t is a day of the month; its value in *pDay. */
static int dayOf(const Token *t, int *pDay) {
  if (!t->bNumber || t->n > 2) return 0;
  *pDay = number(t->z, t->n);
  return *pDay >= 1 && *pDay <= 31;
}

/* z[0..n) as an English date with a month name into pOut (YYYY-MM-DD); 0
** when it is not one: a month name, a day just before or after it, and a
** year of four digits after it. */
static int textDate(const char *z, size_t n, tk_buf *pOut) {
  if (n > TK_HTML__MAX_TEXT_DATE) return 0;
  Token a[24];
  int nTok = tokenize(z, n, a, 24);
  for (int k = 0; k < nTok; k++) {
    int nMonth = a[k].bNumber ? 0 : monthOf(a[k].z, a[k].n);
    if (!nMonth) continue;
    int nDay = 0;
    if (!(k + 1 < nTok && dayOf(&a[k + 1], &nDay)) &&
        !(k > 0 && dayOf(&a[k - 1], &nDay)))
      return 0;
    for (int y = k + 1; y < nTok; y++) {
      if (!a[y].bNumber || a[y].n != 4) continue;
      int nYear = number(a[y].z, 4);
      if (nYear < TK_HTML__MIN_YEAR) return 0;
      putDay(pOut, nYear, nMonth, nDay);
      return 1;
    }
    return 0;
  }
  return 0;
}

/* z[0..n) as an ISO 8601 date into pOut (see the top): which form it
** read, 0 when it does not read as a date. */
int tk_html__date(const char *z, size_t n, tk_buf *pOut) {
  while (n && (*z == ' ' || *z == '\n' || *z == '\t' || *z == '\r'))
    z++, n--;
  if (isoDate(z, n, pOut)) return TK_HTML__DATE_ISO;
  if (textDate(z, n, pOut)) return TK_HTML__DATE_TEXT;
  return 0;
}
