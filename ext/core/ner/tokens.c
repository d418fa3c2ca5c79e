/*
** ner/tokens.c -- the tagger's own tokenizer: CoNLL-2003 (Penn-style news)
** tokens, which is what the model was trained on, and sentences.
**
**   "Clinton's U.S.-backed plan, S&P said." ->
**   Clinton | 's | U.S.-backed | plan | , | S&P | said | .
**
** Words are runs of letters, digits and marks, joined by a hyphen between
** two word characters, by '&' between letters, by '.' ',' ':' '/' between
** digits, by '.' in initialisms (U.S.) and by an apostrophe inside a name
** (O'Brien, Bahá'í).  A final '.' stays on initialisms, single capitals
** (M.) and common abbreviations (Mr. Corp. vs.).  Clitics 's 're 've 'll
** 'm 'd n't are tokens of their own.  Every other character is a token,
** except runs of '-', '.', '*' or '=' which make one token ("--",
** "...").
*/
#include "ner_internal.h"

#include <string.h>
#include <utf8proc.h>

enum { C_SPACE, C_NEWLINE, C_WORD, C_PUNCT };

/* The class of the character at z[i] and, in *pNext, where the next one
** starts; *pc gets the code point. */
static int charClass(const char *z, size_t n, size_t i, size_t *pNext,
                     uint32_t *pc) {
  unsigned char c = (unsigned char)z[i];
  if (c < 0x80) {
    *pNext = i + 1;
    *pc = c;
    if ((unsigned)((c | 0x20) - 'a') < 26) return C_WORD; /* most: first */
    if (c == ' ') return C_SPACE;
    if (c >= '0' && c <= '9') return C_WORD;
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') return C_NEWLINE;
    if (c == '\t') return C_SPACE;
    return C_PUNCT;
  }
  size_t j = i;
  uint32_t u = tk_utf8_next((const unsigned char *)z, n, &j);
  *pNext = j;
  *pc = u;
  if (u == 0x2028 || u == 0x2029 || u == 0x85) return C_NEWLINE;
  switch (utf8proc_category((utf8proc_int32_t)u)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return C_WORD;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CF:
    return C_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
    return C_NEWLINE;
  default:
    return C_PUNCT; /* punctuation, symbols, controls, U+FFFD */
  }
}

/* Class of the character at i, or C_SPACE past the end. */
static int classAt(const char *z, size_t n, size_t i) {
  size_t j;
  uint32_t c;
  return i < n ? charClass(z, n, i, &j, &c) : C_SPACE;
}

static int isAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}

/* 1 when the word character that ends before z[i] (i > 0) is a letter:
** an ASCII one, or one outside ASCII (a word character of the scan that
** ends in a continuation byte: "á" of "Bahá"). */
static int letterEnds(const char *z, size_t i) {
  return tk_ascii_letter(z[i - 1]) || (unsigned char)z[i - 1] >= 0x80;
}

/* 1 when a letter starts at z[i]: an ASCII one, or a word character
** outside ASCII ("í" of "Bahá'í"). */
static int letterStarts(const char *z, size_t n, size_t i) {
  return i < n && (tk_ascii_letter(z[i]) ||
                   ((unsigned char)z[i] >= 0x80 && classAt(z, n, i) == C_WORD));
}

/* 1 when z[i..] is an apostrophe (' or U+2019); *pLen gets its length. */
static int isApostrophe(const char *z, size_t n, size_t i, size_t *pLen) {
  if (z[i] == '\'') {
    *pLen = 1;
    return 1;
  }
  if (i + 2 < n && memcmp(z + i, "\xe2\x80\x99", 3) == 0) {
    *pLen = 3;
    return 1;
  }
  return 0;
}

/* Length of the clitic letters ("s", "re", ...) at z[i..] when they end
** the word, else 0. */
static size_t cliticAt(const char *z, size_t n, size_t i) {
  static const char *az[] = {"s", "re", "ve", "ll", "m", "d", 0};
  for (int k = 0; az[k]; k++) {
    size_t m = strlen(az[k]);
    if (i + m > n) continue;
    size_t j = 0;
    while (j < m && (z[i + j] | 0x20) == az[k][j])
      j++;
    if (j == m && classAt(z, n, i + m) != C_WORD) return m;
  }
  return 0;
}

/* 1 when z[s..e) (a word without its final '.') takes the '.' with it. */
static int keepsPeriod(const char *z, size_t s, size_t e) {
  static const char *const az[] = {
      "Mr",   "Mrs",  "Ms",  "Dr",  "Jr",   "Sr",     "St",    "vs",
      "Gen",  "Col",  "Lt",  "Sgt", "Capt", "Gov",    "Sen",   "Rep",
      "Inc",  "Corp", "Co",  "Ltd", "Bros", "No",     "Prof",  "Mt",
      "Ft",   "Adm",  "Maj", "Rev", "Jan",  "Feb",    "Aug",   "Sep",
      "Sept", "Oct",  "Nov", "Dec", "etc",  "approx", "Calif", "Mass",
      "Wash", "Pa",   "Va",  "Fla", "Ont",  0};
  size_t m = e - s;
  if (m == 1 && z[s] >= 'A' && z[s] <= 'Z') return 1;
  /* initialisms: single letters joined by periods (U.S, e.g) */
  if (m >= 3 && z[s + 1] == '.') {
    size_t k = s;
    while (k < e && tk_ascii_letter(z[k]) && (k + 1 == e || z[k + 1] == '.'))
      k += 2;
    if (k >= e) return 1;
  }
  return tk_ner__listed(az, (const unsigned char *)z + s, m);
}

/* End of the word that starts at s. */
static size_t scanWord(const char *z, size_t n, size_t s) {
  size_t i = s, j, nApos;
  uint32_t c;
  int bInitialism = 0; /* so far single letters joined by '.' */
  while (i < n) {
    int e = charClass(z, n, i, &j, &c);
    if (e == C_WORD) {
      i = j;
      continue;
    }
    if (isApostrophe(z, n, i, &nApos)) {
      if (cliticAt(z, n, i + nApos)) return i; /* Clinton|'s */
      int bT = i + nApos < n && (z[i + nApos] | 0x20) == 't' &&
               classAt(z, n, i + nApos + 1) != C_WORD;
      if (bT && i - s >= 2 && (z[i - 1] | 0x20) == 'n')
        return i - 1; /* do|n't */
      if (i - s == 1 && classAt(z, n, i + nApos) == C_WORD) {
        i += nApos; /* O'Brien, d'Italia, n't */
        continue;
      }
      if (letterEnds(z, i) && letterStarts(z, n, i + nApos)) {
        i += nApos; /* Nuku'alofa, Bahá'í */
        continue;
      }
      return i;
    }
    char p = z[i - 1], q = i + 1 < n ? z[i + 1] : 0;
    if (z[i] == '-' && classAt(z, n, i + 1) == C_WORD) {
      i++;
      bInitialism = 0;
      continue;
    }
    if (z[i] == '&' && tk_ascii_letter(p) && tk_ascii_letter(q)) {
      i++;
      continue;
    }
    if ((z[i] == ',' || z[i] == '.' || z[i] == ':' || z[i] == '/') &&
        isAsciiDigit(p) && isAsciiDigit(q)) {
      i++;
      continue;
    }
    if (z[i] == '.') {
      if (tk_ascii_letter(p) && i - s >= 2 && !bInitialism && q >= 'a' &&
          q <= 'z') {
        i++; /* Crypto.com, Node.js: no sentence ends there */
        continue;
      }
      if (tk_ascii_letter(q) && tk_ascii_letter(p) &&
          (i - s == 1 || bInitialism) && classAt(z, n, i + 2) != C_WORD) {
        bInitialism = 1; /* U.S -> continue with S */
        i++;
        continue;
      }
      size_t w = s;
      for (size_t k = i; k > s; k--) {
        if (z[k - 1] == '-') {
          w = k;
          break;
        }
      }
      if (keepsPeriod(z, w, i)) {
        if (q == '-' && classAt(z, n, i + 2) == C_WORD) {
          i += 2; /* U.S.-backed */
          continue;
        }
        return i + 1;
      }
    }
    return i;
  }
  return i;
}

/* Read the next token from *pi (see ner_internal.h). */
int tk_ner__next_token(const char *z, size_t n, size_t *pi, tk_ner_tok *pTok) {
  size_t i = *pi, j;
  uint32_t c;
  unsigned f = i == 0 ? TK_NER_F_NEWLINE : 0;
  int e = C_SPACE;
  while (i < n) {
    e = charClass(z, n, i, &j, &c);
    if (e == C_NEWLINE) f |= TK_NER_F_NEWLINE;
    if (e != C_SPACE && e != C_NEWLINE) break;
    i = j;
  }
  if (i >= n) {
    *pi = n;
    return 0;
  }
  size_t s = i, nApos;
  if (e == C_WORD) {
    i = scanWord(z, n, s);
  } else if (isApostrophe(z, n, s, &nApos) && cliticAt(z, n, s + nApos)) {
    i = s + nApos + cliticAt(z, n, s + nApos);
  } else if (c == '-' || c == '.' || c == '*' || c == '=') {
    while (i < n && (unsigned char)z[i] == c)
      i++;
  } else {
    i = j;
  }
  if (i - s == 1 && (z[s] == '.' || z[s] == '!' || z[s] == '?'))
    f |= TK_NER_F_SENTEND;
  if (i - s == 3 && memcmp(z + s, "...", 3) == 0) f |= TK_NER_F_SENTEND;
  pTok->iStart = s;
  pTok->nLen = i - s;
  pTok->fFlags = f;
  *pi = i;
  return 1;
}

/* Start reading sentences of z[0..n). */
void tk_ner__reader_init(tk_ner_reader *p, const char *z, size_t n) {
  memset(p, 0, sizeof *p);
  p->z = z;
  p->n = n;
}

/* Read the next sentence into a[]; return its token count. */
int tk_ner__reader_sentence(tk_ner_reader *p, tk_ner_tok *a) {
  int k = 0;
  if (p->bPending) {
    a[k++] = p->tPending;
    p->bPending = 0;
    if (a[0].fFlags & TK_NER_F_SENTEND) return k;
  }
  tk_ner_tok t;
  while (k < TK_NER_MAXSENT && tk_ner__next_token(p->z, p->n, &p->i, &t)) {
    if (k > 0 && (t.fFlags & TK_NER_F_NEWLINE)) {
      p->tPending = t;
      p->bPending = 1;
      return k;
    }
    a[k++] = t;
    if (t.fFlags & TK_NER_F_SENTEND) return k;
  }
  return k;
}
