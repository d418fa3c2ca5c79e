/*
** hints.c -- the words html_main looks for in an element's class and id
** (docs/html.md, "html_main: the algorithm"): furniture (comment, sidebar,
** share, ...), the words that keep an element despite one (article,
** content, ...), content (+25) and furniture (-25) for a candidate's score,
** and "ad"/"ads" as a word of its own.  Read once per class or id value,
** by the prefilter (which hands the parser the bits instead of the
** values) or by main.c (values the prefilter kept as they were).
**
**   int eBits = tk_html__hint_bits(zClass, nClass) |
**               tk_html__hint_bits(zId, nId);
**   if (eBits & TK_HTML__HINT_AD) ...
**
** A word is found anywhere in the value, ASCII case ignored (class="
** mainContent" holds "main" and "content"); no word has a space in it, so
** the bits of "class id" are those of the class or'ed with those of the id.
*/
#include "html_internal.h"

#define UNLIKELY TK_HTML__HINT_UNLIKELY
#define MAYBE TK_HTML__HINT_MAYBE
#define POSITIVE TK_HTML__HINT_POSITIVE
#define NEGATIVE TK_HTML__HINT_NEGATIVE

/* A word and the bits it sets. */
typedef struct HintWord {
  const char *zWord;
  int eBits;
} HintWord;

/* The slot of a word's first or second character: 0-25 for a-z, 26 for
** '-' (no word has other characters there), -1 for any other. */
#define SLOT(c) ((c) == '-' ? 26 : (c) - 'a')
#define SLOTS 27
#define PAIR(a, b) (SLOT(a) * SLOTS + SLOT(b))

/* The words by their first two characters, each list ended by {0, 0}. */
static const HintWord *const aByPair[SLOTS * SLOTS] = {
    [PAIR('-', 'a')] =
        (const HintWord[]){{"-ad-", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('a', 'd')] = (const HintWord[]){{"advert", UNLIKELY}, {0, 0}},
    [PAIR('a', 'g')] = (const HintWord[]){{"agegate", UNLIKELY}, {0, 0}},
    [PAIR('a', 'n')] = (const HintWord[]){{"and", MAYBE}, {0, 0}},
    [PAIR('a', 'r')] =
        (const HintWord[]){{"article", MAYBE | POSITIVE}, {0, 0}},
    [PAIR('a', 'u')] = (const HintWord[]){{"author", UNLIKELY}, {0, 0}},
    [PAIR('b', 'a')] =
        (const HintWord[]){{"banner", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('b', 'l')] = (const HintWord[]){{"blog", MAYBE | POSITIVE}, {0, 0}},
    [PAIR('b', 'o')] = (const HintWord[]){{"body", MAYBE | POSITIVE}, {0, 0}},
    [PAIR('b', 'r')] = (const HintWord[]){{"breadcrumb", UNLIKELY}, {0, 0}},
    [PAIR('b', 'y')] = (const HintWord[]){{"byline", UNLIKELY}, {0, 0}},
    [PAIR('c', 'a')] = (const HintWord[]){{"caption", UNLIKELY | NEGATIVE},
                                          {"carousel", UNLIKELY},
                                          {0, 0}},
    [PAIR('c', 'o')] = (const HintWord[]){{"column", MAYBE},
                                          {"combx", UNLIKELY | NEGATIVE},
                                          {"comment", UNLIKELY | NEGATIVE},
                                          {"community", UNLIKELY},
                                          {"consent", UNLIKELY},
                                          {"contact", NEGATIVE},
                                          {"content", MAYBE | POSITIVE},
                                          {"cookie", UNLIKELY},
                                          {0, 0}},
    [PAIR('c', 'r')] =
        (const HintWord[]){{"credit", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('d', 'i')] = (const HintWord[]){{"disqus", UNLIKELY}, {0, 0}},
    [PAIR('e', 'n')] = (const HintWord[]){{"entry", MAYBE | POSITIVE}, {0, 0}},
    [PAIR('f', 'o')] = (const HintWord[]){{"foot", NEGATIVE},
                                          {"footer", UNLIKELY | NEGATIVE},
                                          {"footnote", NEGATIVE},
                                          {0, 0}},
    [PAIR('g', 'a')] = (const HintWord[]){{"gallery", UNLIKELY}, {0, 0}},
    [PAIR('g', 'd')] = (const HintWord[]){{"gdpr", UNLIKELY}, {0, 0}},
    [PAIR('h', 'e')] =
        (const HintWord[]){{"header", UNLIKELY}, {"hentry", POSITIVE}, {0, 0}},
    [PAIR('h', 'i')] = (const HintWord[]){{"hidden", NEGATIVE}, {0, 0}},
    [PAIR('m', 'a')] = (const HintWord[]){{"main", MAYBE | POSITIVE},
                                          {"masthead", UNLIKELY | NEGATIVE},
                                          {0, 0}},
    [PAIR('m', 'e')] = (const HintWord[]){{"media", NEGATIVE},
                                          {"menu", UNLIKELY},
                                          {"meta", NEGATIVE},
                                          {0, 0}},
    [PAIR('m', 'o')] = (const HintWord[]){{"most-popular", UNLIKELY}, {0, 0}},
    [PAIR('n', 'e')] = (const HintWord[]){{"newsletter", UNLIKELY}, {0, 0}},
    [PAIR('o', 'u')] =
        (const HintWord[]){{"outbrain", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('p', 'a')] = (const HintWord[]){{"page", POSITIVE},
                                          {"pager", UNLIKELY},
                                          {"pagination", UNLIKELY},
                                          {"paywall", UNLIKELY},
                                          {0, 0}},
    [PAIR('p', 'o')] =
        (const HintWord[]){{"popup", UNLIKELY}, {"post", POSITIVE}, {0, 0}},
    [PAIR('p', 'r')] =
        (const HintWord[]){{"promo", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('r', 'e')] = (const HintWord[]){{"recommend", UNLIKELY},
                                          {"related", UNLIKELY | NEGATIVE},
                                          {"remark", UNLIKELY},
                                          {"replies", UNLIKELY},
                                          {0, 0}},
    [PAIR('r', 's')] = (const HintWord[]){{"rss", UNLIKELY}, {0, 0}},
    [PAIR('s', 'c')] = (const HintWord[]){{"scroll", NEGATIVE}, {0, 0}},
    [PAIR('s', 'h')] = (const HintWord[]){{"share", UNLIKELY | NEGATIVE},
                                          {"sharing", UNLIKELY},
                                          {"shopping", NEGATIVE},
                                          {"shoutbox", UNLIKELY | NEGATIVE},
                                          {0, 0}},
    [PAIR('s', 'i')] = (const HintWord[]){{"sidebar", UNLIKELY | NEGATIVE},
                                          {"signup", UNLIKELY},
                                          {0, 0}},
    [PAIR('s', 'k')] =
        (const HintWord[]){{"skyscraper", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('s', 'l')] = (const HintWord[]){{"slideshow", UNLIKELY}, {0, 0}},
    [PAIR('s', 'o')] = (const HintWord[]){{"social", UNLIKELY}, {0, 0}},
    [PAIR('s', 'p')] =
        (const HintWord[]){{"sponsor", UNLIKELY | NEGATIVE}, {0, 0}},
    [PAIR('s', 't')] = (const HintWord[]){{"story", MAYBE | POSITIVE}, {0, 0}},
    [PAIR('s', 'u')] = (const HintWord[]){{"subscribe", UNLIKELY}, {0, 0}},
    [PAIR('t', 'a')] = (const HintWord[]){{"taboola", UNLIKELY},
                                          {"tags", UNLIKELY | NEGATIVE},
                                          {0, 0}},
    [PAIR('t', 'e')] = (const HintWord[]){{"text", POSITIVE}, {0, 0}},
    [PAIR('t', 'i')] = (const HintWord[]){{"timestamp", UNLIKELY}, {0, 0}},
    [PAIR('t', 'o')] =
        (const HintWord[]){{"tool", NEGATIVE}, {"toolbar", UNLIKELY}, {0, 0}},
    [PAIR('t', 'r')] = (const HintWord[]){{"trending", UNLIKELY}, {0, 0}},
    [PAIR('w', 'i')] =
        (const HintWord[]){{"widget", UNLIKELY | NEGATIVE}, {0, 0}},
};

/* c in lowercase when it is an ASCII capital. */
static unsigned char lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* 1 when z[0..n) at i holds zWord (ASCII case ignored). */
static int wordAt(const char *z, size_t n, size_t i, const char *zWord) {
  for (size_t k = 0; zWord[k]; k++)
    if (i + k >= n || lower((unsigned char)z[i + k]) != (unsigned char)zWord[k])
      return 0;
  return 1;
}

/* 1 for what ends the word "ad": a blank, '-' or '_'. */
static int isAdEdge(char c) {
  return c == ' ' || c == '-' || c == '_';
}

/* 1 when "ad" or "ads" at z[i] is a word of its own. */
static int adTokenAt(const char *z, size_t n, size_t i) {
  if (i > 0 && !isAdEdge(z[i - 1])) return 0;
  size_t e = i + 2 < n && lower((unsigned char)z[i + 2]) == 's' ? i + 3 : i + 2;
  return e >= n || isAdEdge(z[e]);
}

/* The slot (SLOT) of character c, ASCII case ignored, or -1. */
static int slotOf(unsigned char c) {
  unsigned k = (unsigned)(c | 0x20) - 'a'; /* < 26 for ASCII letters only */
  if (k < 26) return (int)k;
  return c == '-' ? 26 : -1;
}

/* The TK_HTML__HINT_ bits of the class or id value z[0..n). */
int tk_html__hint_bits(const char *z, size_t n) {
  int eBits = 0;
  int a = n ? slotOf((unsigned char)z[0]) : -1;
  for (size_t i = 0; i + 1 < n; i++) {
    int b = slotOf((unsigned char)z[i + 1]);
    if (a >= 0 && b >= 0) {
      for (const HintWord *w = aByPair[a * SLOTS + b]; w && w->zWord; w++)
        if (wordAt(z, n, i, w->zWord)) eBits |= w->eBits;
      if (a == SLOT('a') && b == SLOT('d') && adTokenAt(z, n, i))
        eBits |= TK_HTML__HINT_AD;
    }
    a = b;
  }
  return eBits;
}
