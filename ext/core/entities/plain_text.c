/*
** plain_text.c -- the text as the tagger's training text writes it: a copy
** with typographic quotes, apostrophes and dashes in their ASCII forms,
** and the map from the copy's byte offsets back to the text's.
**
**   "O’Brien’s “Church–Turing” paper—1936 — AP"
**   "O'Brien's \"Church-Turing\" paper--1936 - AP"
**
** The line breaks a hard wrap made are spaces in the copy (base/wrap.c:
** "the old Bank of\nEngland"), as the tagger reads each line alone.
**
** CoNLL-2003 is ASCII: the model knows "O'Brien", "'s", '"' and "--", not
** U+2019 or U+2014; it read "Socrates’ trial" as ORG "Socrates’" and
** "O’Brien" as no name.  entities() tags the copy and maps the spans back
** (entities.c, runModel): the same words give the same entities whatever
** the typography, and the tagger and its self-training are untouched.
**
**   tk_plain_text t;
**   if (tk_entities__plain_text(z, n, &t) != TK_OK) ...   // TK_ENOMEM
**   tag t.z ? t.z : z;  iStart = tk_entities__plain_offset(&t, i, 0);
**   tk_entities__plain_text_free(&t);
*/
#include "entities_internal.h"

#include <string.h>

/* A character and what the copy writes for it. */
typedef struct Plain {
  const char *zFrom;
  const char *zTo;
} Plain;

static const Plain aPlain[] = {
    {"\xe2\x80\x98", "'"},  /* U+2018 left single quotation mark */
    {"\xe2\x80\x99", "'"},  /* U+2019 right one, the usual apostrophe */
    {"\xe2\x80\x9b", "'"},  /* U+201B */
    {"\xe2\x80\x9c", "\""}, /* U+201C left double quotation mark */
    {"\xe2\x80\x9d", "\""}, /* U+201D right one */
    {"\xe2\x80\x9e", "\""}, /* U+201E low one */
    {"\xe2\x80\x9f", "\""}, /* U+201F */
    {"\xc2\xab", "\""},     /* U+00AB guillemets */
    {"\xc2\xbb", "\""},     /* U+00BB */
    {"\xe2\x80\x90", "-"},  /* U+2010 hyphen */
    {"\xe2\x80\x91", "-"},  /* U+2011 non-breaking hyphen */
    {"\xe2\x80\x92", "-"},  /* U+2012 figure dash */
    {"\xe2\x80\x93", "-"},  /* U+2013 en dash: "Church–Turing" as a hyphen */
    {"\xe2\x80\x94", "--"}, /* U+2014 em dash: "--", spaced "-" */
    {"\xe2\x80\x95", "--"}, /* U+2015 horizontal bar */
    {"\xe2\x88\x92", "-"},  /* U+2212 minus sign */
};

/* The entry of aPlain at z[i..n), or NULL (asked at each of its lead
** bytes, 0xe2 and 0xc2, that the text holds). */
static inline const Plain *plainAt(const char *z, size_t n, size_t i) {
  unsigned char c = (unsigned char)z[i];
  if (c != 0xe2 && c != 0xc2) return 0;
  for (size_t k = 0; k < sizeof(aPlain) / sizeof(aPlain[0]); k++) {
    size_t m = strlen(aPlain[k].zFrom);
    if (i + m <= n && memcmp(z + i, aPlain[k].zFrom, m) == 0) return &aPlain[k];
  }
  return 0;
}

/* Turn into spaces the line breaks of the copy p, hard-wrapped at nWidth
** (0: not wrapped), that the wrap made (base/wrap.c), from the last one
** back, so that each is judged on the lines as written. */
static void unwrap(tk_plain_text *p, size_t nWidth) {
  if (!nWidth) return;
  for (char *q = memrchr(p->z, '\n', p->n); q;
       q = q > p->z ? memrchr(p->z, '\n', (size_t)(q - p->z)) : 0) {
    if (tk_wrap_break(p->z, p->n, (size_t)(q - p->z), nWidth)) *q = ' ';
  }
}

/* Fill *p with the plain copy of z[0..n): p->z is NULL when z has nothing
** to replace (tag z itself).  TK_OK or TK_ENOMEM. */
int tk_entities__plain_text(const char *z, size_t n, tk_plain_text *p) {
  memset(p, 0, sizeof *p);
  static const char zLead[] = "\xe2\xc2"; /* the lead bytes of aPlain */
  size_t i = 0;
  while ((i = tk_entities__next_byte_in(z, n, i, zLead)) < n &&
         !plainAt(z, n, i))
    i++;
  size_t nWidth = 0; /* without typography, a copy only to unwrap */
  if (i == n && (nWidth = tk_wrap_width(z, n)) == 0) return TK_OK;
  p->z = tk_malloc(n + 1); /* no replacement is longer than its text */
  if (!p->z) return TK_ENOMEM;
  memcpy(p->z, z, i);
  p->n = i;
  while (i < n) {
    const Plain *q = plainAt(z, n, i);
    if (!q) { /* copy up to the next lead byte */
      size_t e = tk_entities__next_byte_in(z, n, i + 1, zLead);
      memcpy(p->z + p->n, z + i, e - i);
      p->n += e - i;
      i = e;
      continue;
    }
    if (tk_reserve(&p->aStep, &p->nAlloc, p->nStep, sizeof(*p->aStep))) {
      tk_entities__plain_text_free(p);
      return TK_ENOMEM;
    }
    size_t nFrom = strlen(q->zFrom), nTo = strlen(q->zTo);
    if (nTo == 2 && i > 0 && z[i - 1] == ' ' && i + nFrom < n &&
        z[i + nFrom] == ' ')
      nTo = 1; /* a spaced em dash, "(AP) — ", as Reuters' " - " */
    p->aStep[p->nStep++] = (tk_plain_step){p->n, i, nTo, nFrom};
    memcpy(p->z + p->n, q->zTo, nTo);
    p->n += nTo;
    i += nFrom;
  }
  p->z[p->n] = 0;
  unwrap(p, nWidth ? nWidth : tk_wrap_width(p->z, p->n));
  return TK_OK;
}

/* The offset in the text of offset i of the copy; inside a replacement
** ("--" for an em dash) its start, or with bEnd its end. */
size_t tk_entities__plain_offset(const tk_plain_text *p, size_t i, int bEnd) {
  size_t lo = 0, hi = p->nStep; /* the first step after i */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->aStep[mid].iPlain <= i)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return i;
  const tk_plain_step *s = &p->aStep[lo - 1];
  if (i == s->iPlain) return s->iText;
  if (i < s->iPlain + s->nPlain) return bEnd ? s->iText + s->nText : s->iText;
  return s->iText + s->nText + (i - s->iPlain - s->nPlain);
}

/* Free what tk_entities__plain_text allocated (p itself is the caller's). */
void tk_entities__plain_text_free(tk_plain_text *p) {
  tk_free(p->z);
  tk_free(p->aStep);
  memset(p, 0, sizeof *p);
}
