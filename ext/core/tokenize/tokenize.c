/*
** tokenize.c -- the word tokenizer: UAX #29 word segments (wordbreak.c)
** turned into tokens with kinds and normalized forms.  In mode=text URLs,
** e-mail addresses, #hashtags, @mentions and dotted abbreviations (U.S.)
** are single tokens; mode=uax29 gives exactly the UAX #29 segments.
** Norms are case-folded (ASCII inline, the rest by tk_casefold), optionally
** unaccented, stemmed (Snowball) and filtered by stopword lists.
**
**   tk_token_options o;  tk_token_options_init(&o);
**   tk_token_options_parse(&o, "stem=english", 12, &zErr);
**   tk_tokenizer_new(&o, &t, &zErr);  tk_tokenizer_reset(t, z, n);
**   while (tk_tokenizer_next(t, &tok) == 1) { ... }
*/
#include "textkit.h"
#include "tokenize_internal.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

struct tk_tokenizer {
  tk_token_options opt;
  const unsigned char *z; /* the text */
  size_t n;
  size_t i;                 /* where the next token search starts */
  tk_buf norm;              /* the current token's norm */
  tk_buf fold;              /* case-folded form for stopword lookup */
  tk_stemmer *pStem;        /* NULL when not stemming */
  const tk_stoplist *pStop; /* NULL when keeping stopwords */
  int bWordTail;            /* words go through finishWord (stop/stem) */
  tk_work *pWork;           /* polled as the text is read; NULL: never */
  size_t iPolled;           /* where the last poll was */
};

/* Names of the token kinds, indexed by enum tk_token_kind. */
static const char *const azKind[] = {"",        "word",   "number", "punct",
                                     "symbol",  "emoji",  "url",    "email",
                                     "hashtag", "mention"};

/* The SQL name of a token kind. */
const char *tk_token_kind_name(int eKind) {
  return eKind > 0 && eKind <= TK_KIND_MENTION ? azKind[eKind] : "";
}

static char *normSpace(tk_tokenizer *p, size_t n);

/* A tokenizer with its own copy of the options, stemmer and list. */
int tk_tokenizer_new(const tk_token_options *pOpt, tk_tokenizer **pp,
                     char **pzErr) {
  *pp = 0;
  tk_tokenizer *p = tk_malloc(sizeof(*p));
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->opt = *pOpt;
  int rc = TK_OK;
  if (p->opt.zStem[0]) {
    const char *zLang = strcmp(p->opt.zStem, "1") ? p->opt.zStem : p->opt.zLang;
    rc = tk_stemmer_new(zLang, strlen(zLang), &p->pStem, pzErr);
  }
  if (rc == TK_OK && p->opt.zStopwords[0]) {
    const char *zLang =
        strcmp(p->opt.zStopwords, "1") ? p->opt.zStopwords : p->opt.zLang;
    p->pStop = tk_stoplist_get(zLang, strlen(zLang));
    if (!p->pStop) {
      *pzErr = tk_mprintf("no stopword list for lang '%s'; valid: %s", zLang,
                          tk_stoplist_languages());
      rc = TK_EINVAL;
    }
  }
  p->bWordTail = p->pStop || p->pStem;
  if (rc == TK_OK && !normSpace(p, 256)) rc = TK_ENOMEM;
  if (rc != TK_OK) {
    tk_tokenizer_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Release a tokenizer (NULL is a no-op). */
void tk_tokenizer_free(tk_tokenizer *p) {
  if (!p) return;
  tk_stemmer_free(p->pStem);
  tk_buf_free(&p->norm);
  tk_buf_free(&p->fold);
  tk_free(p);
}

/* Start over on z[0..n). */
void tk_tokenizer_reset(tk_tokenizer *p, const char *z, size_t n) {
  p->z = (const unsigned char *)(z ? z : "");
  p->n = z ? n : 0;
  p->i = 0;
  p->iPolled = 0;
}

/* Poll pWork from now on (NULL: stop polling). */
void tk_tokenizer_set_work(tk_tokenizer *p, tk_work *pWork) {
  p->pWork = pWork;
}

/* Count the bytes read since the last poll as work done: TK_EINTERRUPT
** when the cancel callback says stop, else TK_OK. */
static inline int pollWork(tk_tokenizer *p) {
  if (!p->pWork) return TK_OK;
  uint64_t nCell = (uint64_t)(p->i - p->iPolled) * TK_WORK_CELLS_PER_BYTE;
  p->iPolled = p->i;
  return tk_work_poll(p->pWork, nCell);
}

/* 1 for ASCII letters and digits. */
static int isAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* 1 when byte c (not NUL) is one of zSet's. */
static int inSet(unsigned char c, const char *zSet) {
  return c != 0 && strchr(zSet, c) != 0;
}

/* The token kind of a segment from its flags; 0 for white space and
** other segments that are never tokens. */
static inline int segmentKind(unsigned f) {
  if (f & (1u << TK_WC_EMOJI)) return TK_KIND_EMOJI;
  if (f & (1u << TK_WC_LETTER)) return TK_KIND_WORD;
  if (f & (1u << TK_WC_NUMBER)) return TK_KIND_NUMBER;
  switch (TK_WB_FIRST(f)) {
  case TK_WC_LETTER:
    return TK_KIND_WORD;
  case TK_WC_NUMBER:
    return TK_KIND_NUMBER;
  case TK_WC_PUNCT:
    return TK_KIND_PUNCT;
  case TK_WC_SYMBOL:
    return TK_KIND_SYMBOL;
  case TK_WC_EMOJI:
    return TK_KIND_EMOJI;
  default:
    return 0;
  }
}

/* End of a URL whose first character is at i: up to white space or a
** character that cannot be in one, less trailing punctuation (a closing
** bracket stays when the URL opened it). */
static size_t urlEnd(const unsigned char *z, size_t n, size_t i) {
  size_t k = i;
  while (k < n) {
    unsigned char c = z[k];
    if (c < 0x80) {
      if (c <= 0x20 || inSet(c, "<>\"`{}|\\^")) break;
      k++;
    } else {
      size_t k2 = k;
      unsigned w = tk_tokenize__wb_class(tk_utf8_next(z, n, &k2));
      if (w == TK_WC_SPACE || w == TK_WC_PUNCT || w == TK_WC_SKIP) break;
      k = k2;
    }
  }
  while (k > i && inSet(z[k - 1], ".,;:!?'\")]")) {
    unsigned char c = z[k - 1];
    if (c == ')' || c == ']') {
      unsigned char o = c == ')' ? '(' : '[';
      long nBal = 0;
      for (size_t m = i; m < k; m++)
        nBal += (z[m] == o) - (z[m] == c);
      if (nBal >= 0) break;
    }
    k--;
  }
  return k;
}

/* End of the e-mail address starting at i (local@domain.tld), or 0. */
static size_t emailEnd(const unsigned char *z, size_t n, size_t i) {
  size_t k = i;
  while (k < n && (isAlnum(z[k]) || inSet(z[k], "._%+-")))
    k++;
  if (k == i || k + 1 >= n || z[k] != '@' || z[k - 1] == '.') return 0;
  size_t d = k + 1, end = 0;
  int nLabel = 0;
  for (;;) {
    size_t s = d;
    int bAlpha = 1;
    while (d < n && (isAlnum(z[d]) || z[d] == '-')) {
      if (!((z[d] | 0x20) >= 'a' && (z[d] | 0x20) <= 'z')) bAlpha = 0;
      d++;
    }
    if (d == s) break;
    nLabel++;
    if (nLabel >= 2 && bAlpha && d - s >= 2) end = d;
    if (d + 1 < n && z[d] == '.' && isAlnum(z[d + 1])) {
      d++;
    } else {
      break;
    }
  }
  return end;
}

/* 1 when z[0..n) is single ASCII letters joined by periods (U.S, e.g). */
static int isAbbreviation(const unsigned char *z, size_t n) {
  if (n < 3 || !(n & 1)) return 0;
  for (size_t k = 0; k < n; k++) {
    int bLetter = (z[k] | 0x20) >= 'a' && (z[k] | 0x20) <= 'z';
    if ((k & 1) ? z[k] != '.' : !bLetter) return 0;
  }
  return 1;
}

/* 1 when the scheme z[i..j) followed by "://" starts a URL. */
static int isScheme(const unsigned char *z, size_t n, size_t i, size_t j) {
  if (j + 3 >= n || z[j] != ':' || z[j + 1] != '/' || z[j + 2] != '/') return 0;
  if (!((z[i] | 0x20) >= 'a' && (z[i] | 0x20) <= 'z')) return 0;
  for (size_t k = i; k < j; k++) {
    if (!isAlnum(z[k])) return 0;
  }
  return 1;
}

/* mode=text: widen the segment [i, *pj) of kind *peKind into a URL,
** e-mail, hashtag, mention or abbreviation token when it starts one. */
static void textSpecials(const unsigned char *z, size_t n, size_t i, size_t *pj,
                         int *peKind) {
  size_t j = *pj;
  unsigned char c = z[i];
  if (c == '#' || c == '@') {
    if (j != i + 1 || j >= n || (i > 0 && isAlnum(z[i - 1]))) return;
    unsigned f2;
    size_t k = tk_tokenize__wb_next(z, n, j, &f2);
    int eKind2 = segmentKind(f2);
    if (eKind2 == TK_KIND_WORD || (c == '@' && eKind2 == TK_KIND_NUMBER)) {
      *pj = k;
      *peKind = c == '#' ? TK_KIND_HASHTAG : TK_KIND_MENTION;
    }
    return;
  }
  if (c >= 0x80 || !isAlnum(c)) return;
  if (j < n && z[j] == ':' && isScheme(z, n, i, j)) {
    size_t k = urlEnd(z, n, j + 3);
    if (k > j + 3) {
      *pj = k;
      *peKind = TK_KIND_URL;
    }
    return;
  }
  if (j - i > 4 && (c | 0x20) == 'w' && (z[i + 1] | 0x20) == 'w' &&
      (z[i + 2] | 0x20) == 'w' && z[i + 3] == '.') {
    *pj = urlEnd(z, n, i);
    *peKind = TK_KIND_URL;
    return;
  }
  if (j < n && inSet(z[j], "@.+-%")) {
    size_t k = emailEnd(z, n, i);
    if (k) {
      *pj = k;
      *peKind = TK_KIND_EMAIL;
      return;
    }
  }
  if (j < n && z[j] == '.' && isAbbreviation(z + i, j - i)) *pj = j + 1;
}

/* 1 when a byte of z[0..n) is >= 0x80. */
static int hasNonAscii(const unsigned char *z, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (z[k] >= 0x80) return 1;
  }
  return 0;
}

/* Classes of bytes for the tokenizer's fast path (bytes >= 0x80: 0). */
enum {
  A_LETTER = 1,   /* A-Z a-z: ALetter */
  A_DIGIT = 2,    /* 0-9: Numeric */
  A_ENDS = 8,     /* ends a letter/digit run: no UAX #29 rule or mode=text
                     special joins it to the run */
  A_SINGLE = 16,  /* a one-byte segment when an ASCII byte follows */
  A_SYMBOL = 32,  /* that segment is a symbol (else punctuation) */
  A_CONTROL = 64, /* that segment is a control: never a token */
  A_SPACE = 128   /* white space */
};
#define A_P (A_ENDS | A_SINGLE)
#define A_S (A_ENDS | A_SINGLE | A_SYMBOL)
#define A_C (A_ENDS | A_SINGLE | A_CONTROL)
#define A_SP (A_ENDS | A_SPACE) /* white space: ' ' \t \n \v \f \r */

/* The classes of every byte.  '.', '\'', ':', ',', ';' (UAX #29 mid-word
** characters), '@', '+', '-', '%' (e-mail addresses) and '_'
** (ExtendNumLet) leave a run to runEndsAt or the general rules; '#' and
** '@' start hashtags and mentions. */
static const unsigned char aByte[256] = {
    [0x00 ... 0x08] = A_C,
    ['\t'] = A_SP,
    ['\n'] = A_SP,
    ['\v'] = A_SP,
    ['\f'] = A_SP,
    ['\r'] = A_SP,
    [0x0E ... 0x1F] = A_C,
    [' '] = A_SP,
    ['!'] = A_P,
    ['"'] = A_P,
    ['#'] = A_ENDS,
    ['$'] = A_S,
    ['%'] = A_SINGLE,
    ['&'] = A_P,
    ['\''] = A_SINGLE,
    ['('] = A_P,
    [')'] = A_P,
    ['*'] = A_P,
    ['+'] = A_SINGLE | A_SYMBOL,
    [','] = A_SINGLE,
    ['-'] = A_SINGLE,
    ['.'] = A_SINGLE,
    ['/'] = A_P,
    ['0' ... '9'] = A_DIGIT,
    [':'] = A_SINGLE,
    [';'] = A_SINGLE,
    ['<'] = A_S,
    ['='] = A_S,
    ['>'] = A_S,
    ['?'] = A_P,
    ['A' ... 'Z'] = A_LETTER,
    ['['] = A_P,
    ['\\'] = A_P,
    [']'] = A_P,
    ['^'] = A_S,

    ['`'] = A_S,
    ['a' ... 'z'] = A_LETTER,
    ['{'] = A_P,
    ['|'] = A_S,
    ['}'] = A_P,
    ['~'] = A_S,
    [0x7F] = A_C,
};

/* Make room for an n-byte norm in p->norm; NULL on OOM. */
static char *normSpace(tk_tokenizer *p, size_t n) {
  if (n + 1 > p->norm.cap) {
    size_t cap = n + 1 < 64 ? 64 : 2 * (n + 1);
    char *z = tk_realloc(p->norm.z, cap);
    if (!z) return 0;
    p->norm.z = z;
    p->norm.cap = cap;
  }
  return p->norm.z;
}

/* Lower-case ASCII z[0..n) into o[0..n). */
static void asciiLower(char *o, const unsigned char *z, size_t n) {
  for (size_t k = 0; k < n; k++) {
    o[k] = (char)(z[k] + ((unsigned)(z[k] - 'A') < 26u) * 32);
  }
}

/* The case-folded form of the word z[0..n) for stopword lookup, in
** p->fold; NULL on OOM or a failure (*pRc says which). */
static const char *foldForLookup(tk_tokenizer *p, const unsigned char *z,
                                 size_t n, int bNonAscii, size_t *pn,
                                 int *pRc) {
  tk_buf_reset(&p->fold);
  if (!bNonAscii) {
    tk_buf_append(&p->fold, (const char *)z, n);
    if (!p->fold.oom) asciiLower(p->fold.z, z, n);
  } else {
    *pRc = tk_casefold((const char *)z, n, &p->fold);
    if (*pRc != TK_OK) return 0;
  }
  if (p->fold.oom) {
    *pRc = TK_ENOMEM;
    return 0;
  }
  *pn = p->fold.n;
  return p->fold.z ? p->fold.z : "";
}

/* For the word z[0..n) whose norm is in pTok: 0 when it is a stopword
** to skip, else stem the norm (when asked) and return 1; TK_ENOMEM on
** OOM. */
static int finishWord(tk_tokenizer *p, const unsigned char *z, size_t n,
                      int bNonAscii, tk_token *pTok) {
  const tk_token_options *o = &p->opt;
  if (p->pStop) {
    const char *zFold = pTok->zNorm;
    size_t nFold = pTok->nNorm;
    if (!o->bFold || o->bUnaccent) {
      int rc = TK_OK;
      zFold = foldForLookup(p, z, n, bNonAscii, &nFold, &rc);
      if (!zFold) return rc == TK_OK ? TK_ENOMEM : rc;
    }
    if (tk_stoplist_has(p->pStop, zFold, nFold)) return 0;
  }
  if (p->pStem) {
    int rc = tk_stemmer_stem(p->pStem, pTok->zNorm, pTok->nNorm, &pTok->zNorm,
                             &pTok->nNorm);
    if (rc != TK_OK) return rc;
  }
  return 1;
}

/* Write the typographic apostrophes of the norm in b as "'" (in place):
** U+2019, the usual one, U+2018 and the fullwidth U+FF07, which UAX #29
** keeps inside a word as it keeps "'", so that "China’s" and "China's"
** fold to one norm (and stem alike: "china"). */
static void plainApostrophes(tk_buf *b) {
  size_t o = 0;
  for (size_t i = 0; i < b->n;) {
    const unsigned char *u = (const unsigned char *)b->z + i;
    if (i + 3 <= b->n &&
        ((u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99)) ||
         (u[0] == 0xef && u[1] == 0xbc && u[2] == 0x87))) {
      b->z[o++] = '\'';
      i += 3;
    } else {
      b->z[o++] = b->z[i++];
    }
  }
  b->n = o;
  b->z[o] = 0;
}

/* Fill pTok for the token z[i..j) of kind eKind and its norm; words go
** on to finishWord.  1 to emit it, 0 to skip it, TK_ENOMEM on OOM. */
static int finishToken(tk_tokenizer *p, size_t i, size_t j, int eKind,
                       int bNonAscii, tk_token *pTok) {
  const tk_token_options *o = &p->opt;
  const unsigned char *z = p->z + i;
  size_t n = j - i;
  const char *zNorm = (const char *)z;
  size_t nNorm = n;
  if (!bNonAscii) {
    if (o->bFold) {
      char *zOut = normSpace(p, n);
      if (!zOut) return TK_ENOMEM;
      asciiLower(zOut, z, n);
      zNorm = zOut;
    }
  } else {
    int rc = TK_OK;
    tk_buf_reset(&p->norm);
    if (o->bFold && o->bUnaccent) {
      rc = tk_fold_unaccent((const char *)z, n, &p->norm);
    } else if (o->bFold) {
      rc = tk_casefold((const char *)z, n, &p->norm);
    } else if (o->bUnaccent) {
      rc = tk_unaccent((const char *)z, n, &p->norm);
    } else {
      tk_utf8_sanitize(&p->norm, (const char *)z, n);
    }
    if (rc != TK_OK) return rc;
    if (p->norm.oom) return TK_ENOMEM;
    if (o->bFold && eKind == TK_KIND_WORD && p->norm.z)
      plainApostrophes(&p->norm);
    zNorm = p->norm.z ? p->norm.z : "";
    nNorm = p->norm.n;
  }
  pTok->iStart = i;
  pTok->nLen = n;
  pTok->eKind = eKind;
  pTok->zNorm = zNorm;
  pTok->nNorm = nNorm;
  return eKind == TK_KIND_WORD && p->bWordTail
             ? finishWord(p, z, n, bNonAscii, pTok)
             : 1;
}

/* 1 when ASCII z[0..n) has a letter. */
static int hasLetter(const unsigned char *z, size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (aByte[z[k]] & A_LETTER) return 1;
  }
  return 0;
}

/* 1 when the letter/digit run that ends before z[j] (not A_ENDS) is
** still a whole token: no UAX #29 rule joins z[j] and what follows to it
** (WB6/7, WB11/12 need a letter or digit after a mid-word character) and
** in mode=text it starts no URL, e-mail address or abbreviation. */
static int runEndsAt(const tk_tokenizer *p, size_t j) {
  const unsigned char *z = p->z;
  size_t n = p->n;
  unsigned char b = z[j];
  if (b == '-' || b == '+' || b == '%') {
    if (p->opt.eMode != TK_MODE_TEXT) return 1;
    while (j < n && (isAlnum(z[j]) || inSet(z[j], "._%+-")))
      j++;
    return j >= n || z[j] != '@'; /* no e-mail local part */
  }
  if (b != '.' && b != ',' && b != ';' && b != ':' && b != '\'') return 0;
  if (j + 1 >= n) return 1;
  unsigned char b2 = z[j + 1];
  return b2 < 0x80 && !(aByte[b2] & (A_LETTER | A_DIGIT)) && b2 != '@' &&
         !(b == ':' && b2 == '/');
}

/* End of the run of ASCII letters and digits that continues at j: 16
** bytes at a time with SSE2 where available. */
static inline size_t runEnd(const unsigned char *z, size_t n, size_t j) {
#if defined(__SSE2__)
  while (n - j >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(z + j));
    __m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
    /* signed compares: bytes >= 0x80 are negative and never match */
    __m128i let = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
                                _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
    __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(let, dig));
    if (m != 0xFFFF) return j + (size_t)__builtin_ctz(~m);
    j += 16;
  }
#endif
  while (j < n && (aByte[z[j]] & (A_LETTER | A_DIGIT)))
    j++;
  return j;
}

/* Lower-case the letter/digit run z[i..i+len) into o (which has room for
** len + 8 bytes) by setting bit 0x20, eight bytes at a time where the
** text allows reading them. */
static inline void lowerRun(char *o, const unsigned char *z, size_t n, size_t i,
                            size_t len) {
  size_t k = 0;
  if (n - i >= ((len + 7) & ~(size_t)7)) {
    for (; k < len; k += 8) {
      uint64_t w;
      memcpy(&w, z + i + k, 8);
      w |= 0x2020202020202020ull;
      memcpy(o + k, &w, 8);
    }
    return;
  }
  for (; k < len; k++)
    o[k] = (char)(z[i + k] | 0x20);
}

/* The token at or after i that the fast path of tk_tokenizer_next does
** not cut: UAX #29 segments through tk_tokenize__wb_next and, in mode=text,
** textSpecials.  Sets *pi past what it consumed; 1 for a token in pTok, 0
** for none (white space, skipped punctuation, a stopword), TK_ENOMEM. */
static int __attribute__((noinline))
slowToken(tk_tokenizer *p, size_t i, size_t *pi, tk_token *pTok) {
  const unsigned char *z = p->z;
  size_t n = p->n;
  /* a space or tab the fast path skipped joins a following Extend,
  ** Format or ZWJ character (WB4; the other white space is CR, LF or
  ** Newline, which WB3a separates) */
  if (i > 0 && z[i] >= 0x80 && (z[i - 1] == ' ' || z[i - 1] == '\t') &&
      tk_tokenize__wb_ignorable(z, n, i)) {
    i--;
  }
  unsigned f;
  size_t j = tk_tokenize__wb_next(z, n, i, &f);
  int eKind = segmentKind(f);
  int bNonAscii = (f & TK_WB_NONASCII) != 0;
  if (p->opt.eMode == TK_MODE_TEXT && eKind) {
    size_t j0 = j;
    textSpecials(z, n, i, &j, &eKind);
    if (j != j0) bNonAscii = hasNonAscii(z + i, j - i);
  }
  *pi = j;
  if (eKind == 0 || (eKind == TK_KIND_PUNCT && !p->opt.bPunct)) return 0;
  return finishToken(p, i, j, eKind, bNonAscii, pTok);
}

/* The next token, skipping white space, punctuation (unless punct=1) and
** stopwords (when asked).  ASCII letter/digit runs that end at a byte no
** rule joins to them, and one-byte ASCII punctuation, are cut here
** directly; everything else goes to slowToken.  Inlined into both
** tk_tokenizer_next and tk_tokenizer_run. */
static inline __attribute__((always_inline)) int nextToken(tk_tokenizer *p,
                                                           tk_token *pTok) {
  const unsigned char *z = p->z;
  size_t n = p->n, i = p->i;
  for (;;) {
    while (i < n && aByte[z[i]] == A_SP)
      i++;
    if (i >= n) {
      p->i = n;
      return 0;
    }
    unsigned c = aByte[z[i]];
    if (c & (A_LETTER | A_DIGIT)) {
      size_t j = runEnd(z, n, i + 1);
      size_t len = j - i;
      if ((j == n || (aByte[z[j]] & A_ENDS) || runEndsAt(p, j)) &&
          len + 8 <= p->norm.cap) {
        char *o = p->norm.z;
        lowerRun(o, z, n, i, len);
        int eKind = (c & A_LETTER) || hasLetter(z + i, len) ? TK_KIND_WORD
                                                            : TK_KIND_NUMBER;
        pTok->iStart = i;
        pTok->nLen = len;
        pTok->eKind = eKind;
        pTok->zNorm = p->opt.bFold ? o : (const char *)z + i;
        pTok->nNorm = len;
        if (eKind == TK_KIND_WORD && p->bWordTail) {
          int rc = finishWord(p, z + i, len, 0, pTok);
          if (rc == 0) {
            i = j;
            continue;
          }
          if (rc < 0) return rc;
        }
        p->i = j;
        return 1;
      }
    } else if ((c & A_SINGLE) && (i + 1 == n || z[i + 1] < 0x80) &&
               ((c & A_CONTROL) || (!(c & A_SYMBOL) && !p->opt.bPunct))) {
      i++; /* a control or punctuation byte that is not a token */
      continue;
    }
    int rc = slowToken(p, i, &i, pTok);
    if (rc != 0) {
      p->i = i;
      return rc;
    }
  }
}

/* The next token (see nextToken). */
int tk_tokenizer_next(tk_tokenizer *p, tk_token *pTok) {
  int rc = nextToken(p, pTok);
  if (rc == 1 && pollWork(p) != TK_OK) return TK_EINTERRUPT;
  return rc;
}

/* Every token of z[0..n) to xToken, punctuation left out when bNoPunct. */
int tk_tokenizer_run(tk_tokenizer *p, const char *z, size_t n, int bNoPunct,
                     tk_token_fn xToken, void *pCtx) {
  tk_token t;
  int rc;
  tk_tokenizer_reset(p, z, n);
  while ((rc = nextToken(p, &t)) == 1) {
    if (pollWork(p) != TK_OK) return TK_EINTERRUPT;
    if (bNoPunct && t.eKind == TK_KIND_PUNCT) continue;
    rc = xToken(pCtx, 0, t.zNorm, (int)t.nNorm, (int)t.iStart,
                (int)(t.iStart + t.nLen));
    if (rc != 0) return rc;
  }
  return rc;
}

/* tk_tokenizer_run callback of tk_tokenizer_count: count. */
static int countToken(void *pCtx, int flags, const char *zNorm, int nNorm,
                      int iStart, int iEnd) {
  (void)flags;
  (void)zNorm;
  (void)nNorm;
  (void)iStart;
  (void)iEnd;
  (*(int64_t *)pCtx)++;
  return 0;
}

/* The number of tokens of z[0..n) (see textkit/tokenize.h). */
int tk_tokenizer_count(tk_tokenizer *p, const char *z, size_t n,
                       int64_t *pnTok) {
  *pnTok = 0;
  return tk_tokenizer_run(p, z, n, 0, countToken, pnTok);
}
