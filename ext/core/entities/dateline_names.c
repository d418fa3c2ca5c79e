/*
** dateline_names.c -- the place and the agency a news dateline names, for
** entities() (model_spans.c claims them as LOC and ORG):
**
**   "SHARM EL-SHEIKH, Nov. 7 (Reuters) - Delegates ..."
**    ^ place (LOC)             ^ agency (ORG)
**
**   tk_ner_span place, agency;
**   if (tk_entities__dateline_at(z, n, iLine, &place, &agency)) ...
**
** A dateline is a line that starts with an upper-case place ("KYIV", "ST.
** LOUIS", "N'DJAMENA", "SÃO PAULO"), then up to 40 bytes of region and
** date (letters, digits, spaces, commas, periods: ", Wisconsin", ", Jan
** 20"), then the agency in brackets ("(AFP)", "(Kyodo)") and a dash with
** a space before and after it.  The bracketed agency and the dash are what
** make it a dateline; a line of capitals without them is not one.  Bytes
** are read as bytes: invalid UTF-8 is safe.  (docdate.c reads the date of
** a dateline, in the head of a text only, and needs no agency.)
*/
#include "entities_internal.h"

#define MAX_GAP 40    /* bytes of region and date between place and agency */
#define MAX_AGENCY 40 /* bytes inside the agency's brackets */

/* 1 for an ASCII upper-case letter. */
static int isUpper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}

/* 1 for an ASCII lower-case letter. */
static int isLower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

/* The end of the upper-case place that starts at z[i] (i when there is
** none): words of capitals and non-ASCII bytes, joined inside by '.', '\''
** or '-' and apart by single spaces, with two capitals or more.  A word
** with a lower-case letter ("Kyiv") ends the place before it. */
static size_t placeEnd(const unsigned char *z, size_t n, size_t i) {
  size_t iEnd = i, nUpper = 0, nUpperAtEnd = 0;
  while (i < n && (isUpper(z[i]) || z[i] >= 0x80)) {
    while (i < n && (isUpper(z[i]) || z[i] >= 0x80 ||
                     ((z[i] == '.' || z[i] == '\'' || z[i] == '-') &&
                      z[i - 1] != ' '))) {
      nUpper += isUpper(z[i]);
      i++;
    }
    if (i < n && isLower(z[i])) break;
    iEnd = i;
    nUpperAtEnd = nUpper;
    if (i + 1 < n && z[i] == ' ' && (isUpper(z[i + 1]) || z[i + 1] >= 0x80))
      i++;
    else
      break;
  }
  return nUpperAtEnd >= 2 ? iEnd : 0;
}

/* The length of a dash with a space after it (or the text's end) at z[i]:
** "-", "--", an en or em dash; 0 for none. */
static size_t spacedDash(const unsigned char *z, size_t n, size_t i) {
  size_t j = i;
  while (j < n && z[j] == '-')
    j++;
  if (j == i && i + 2 < n && z[i] == 0xe2 && z[i + 1] == 0x80 &&
      (z[i + 2] == 0x93 || z[i + 2] == 0x94))
    j = i + 3;
  return j > i && (j == n || z[j] == ' ') ? j - i : 0;
}

/* 1 when the line that starts at z[i] is a dateline (see above): *pPlace
** and *pAgency get its place (TK_ENT_LOC) and its agency (TK_ENT_ORG),
** scored 1. */
int tk_entities__dateline_at(const char *zText, size_t n, size_t i,
                             tk_ner_span *pPlace, tk_ner_span *pAgency) {
  const unsigned char *z = (const unsigned char *)zText;
  while (i < n && (z[i] == ' ' || z[i] == '\t'))
    i++;
  size_t iPlaceEnd = placeEnd(z, n, i);
  if (iPlaceEnd <= i) return 0;
  size_t j = iPlaceEnd;
  while (j < n && j - iPlaceEnd < MAX_GAP && z[j] != '(' &&
         (isUpper(z[j]) || isLower(z[j]) || (z[j] >= '0' && z[j] <= '9') ||
          z[j] == ' ' || z[j] == ',' || z[j] == '.'))
    j++;
  if (j >= n || z[j] != '(' || j == iPlaceEnd || z[j - 1] != ' ') return 0;
  size_t iAgency = j + 1, k = iAgency;
  while (k < n && k - iAgency < MAX_AGENCY && z[k] != ')' && z[k] != '(' &&
         z[k] != '\n')
    k++;
  if (k >= n || z[k] != ')' || k == iAgency || !isUpper(z[iAgency]) ||
      z[k - 1] == ' ')
    return 0;
  size_t m = k + 1;
  if (m >= n || z[m] != ' ') return 0;
  while (m < n && z[m] == ' ')
    m++;
  if (!spacedDash(z, n, m)) return 0;
  pPlace->iStart = i;
  pPlace->nLen = iPlaceEnd - i;
  pPlace->eType = TK_ENT_LOC;
  pPlace->rScore = 1.0;
  pAgency->iStart = iAgency;
  pAgency->nLen = k - iAgency;
  pAgency->eType = TK_ENT_ORG;
  pAgency->rScore = 1.0;
  return 1;
}
