/*
** code_identifiers.c -- a name of program code is no entity, for
** entities() (model_spans.c drops it with the junk):
**
**   "println!(", "vec![", "HashMap::new()", "io::Result", "Arc<T>",
**   "Rc<RefCell<i32>>", "let x = EvenNumber(8);"      no span
**   "Apple (the company) said", "Amsterdam(Netherland)"  names stay
**
**   if (tk_entities__code_identifier(z, n, &span)) ...  // no name
**
** A one-word span is code when a macro's "!(" or "![" follows it, when
** "::" stands on either side of it (a path), when "<" and a letter, a
** digit, "'", "&" or "_" follow it (a generic type's parameters), or when
** "(" follows it on a line that ends with ";", "{" or "}" (a call in a
** statement).  The model, which learnt news, read them as names: over
** 2,087 pages of the Rust manuals 804 spans ("RefCell" 76, "Arc" 68,
** "println" 56, "HashMap" 31); over 6,000 Wikipedia paragraphs and
** CoNLL-2003 train and dev, one ("Apache::ASP", a Perl module).  A name
** glued to "(" in prose stays ("Attila(1646-53)", "Amsterdam(Netherland)":
** no statement's end).
**
** A document that writes a word as code once means the word wherever it
** writes it alone ("Types which implement Deref should ..." in a page
** with "impl Deref for"):
**
**   nSpan = tk_entities__drop_code_words(z, n, a, nSpan, &rc);
**
** drops each one-word span whose word the document writes elsewhere
** before "::" or "!(", after "::", "impl" (and its generics) or "dyn ",
** before "<" and a
** generic's parameters closed by ">" ("Arc<T>"; not "Smith<js@x.org>"),
** or as a generic's parameter ("<Mutex<", "<String>"), when it writes
** code often enough to be program documentation; there, a capital alone
** is a type's parameter too ("fn max_by<T, F>(v1: T, compare: F)").  Over 2,475
** pages of Rust's standard library documentation the model had read
** "PartialOrd" 264 times, "Arc" 105, "Hasher" 94 as names.
*/
#include "entities_internal.h"

#include <stdlib.h>
#include <string.h>

/* 1 for a byte of an identifier: an ASCII letter or digit, '_', or a
** byte of a multi-byte character. */
static int identifierByte(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 0x80;
}

/* How far after a call a statement's line may end, in bytes: a longer
** line is prose, and each span reads at most this much (a 100 MB line of
** "Foo(x) " stays linear). */
#define STATEMENT_TAIL 256

/* 1 when the line that z[i] is on ends, but for white space, with ';',
** '{' or '}', within STATEMENT_TAIL bytes. */
static int statementLine(const char *z, size_t n, size_t i) {
  size_t nLook = n - i < STATEMENT_TAIL ? n - i : STATEMENT_TAIL;
  const char *zEol = memchr(z + i, '\n', nLook);
  if (!zEol && nLook < n - i) return 0;
  size_t e = zEol ? (size_t)(zEol - z) : n;
  while (e > i && (z[e - 1] == ' ' || z[e - 1] == '\t' || z[e - 1] == '\r'))
    e--;
  return e > i && (z[e - 1] == ';' || z[e - 1] == '{' || z[e - 1] == '}');
}

/* 1 when span p of z[0..n) is an identifier of program code (see above). */
int tk_entities__code_identifier(const char *z, size_t n,
                                 const tk_ner_span *p) {
  size_t i = p->iStart, e = i + p->nLen;
  if (memchr(z + i, ' ', p->nLen) || memchr(z + i, '\n', p->nLen)) return 0;
  if (i >= 2 && z[i - 1] == ':' && z[i - 2] == ':') return 1;
  if (e + 1 >= n) return 0;
  char c = z[e], d = z[e + 1];
  if ((c == '!' && (d == '(' || d == '[')) || (c == ':' && d == ':')) return 1;
  if (c == '<')
    return identifierByte((unsigned char)d) || d == '\'' || d == '&';
  return c == '(' && statementLine(z, n, e);
}

/* A document is read for its code words when it writes at least
** CODE_WORDS_MIN of them, one in CODE_BYTES_PER_WORD bytes or more: a
** page of program documentation, not an article that quotes a module
** once ("Apache::ASP" in the article on ASP, whose "Apache" is the
** foundation). */
#define CODE_WORDS_MIN 3
#define CODE_BYTES_PER_WORD 4096

/* The longest word read at a code site, in bytes, and the farthest ">"
** that closes a generic's parameters: each site reads at most this much
** (a 100 MB run of "a<a<a<..." stays linear). */
#define SITE_WORD 64

/* The capitalized identifier z[i..e) ending at e, (NULL, 0) when the
** bytes before e are no identifier that starts with an ASCII capital. */
static tk_ebytes wordEndingAt(const char *z, size_t e) {
  tk_ebytes w = {NULL, 0, 0};
  size_t i = e;
  while (i > 0 && e - i < SITE_WORD && identifierByte((unsigned char)z[i - 1]))
    i--;
  if (i < e && z[i] >= 'A' && z[i] <= 'Z' &&
      (i == 0 || !identifierByte((unsigned char)z[i - 1]))) {
    w.z = z + i;
    w.n = e - i;
  }
  return w;
}

/* The capitalized identifier starting at z[i] (see wordEndingAt). */
static tk_ebytes wordStartingAt(const char *z, size_t n, size_t i) {
  tk_ebytes w = {NULL, 0, 0};
  size_t e = i;
  while (e < n && e - i < SITE_WORD && identifierByte((unsigned char)z[e]))
    e++;
  if (e > i && z[i] >= 'A' && z[i] <= 'Z' &&
      (e == n || !identifierByte((unsigned char)z[e]))) {
    w.z = z + i;
    w.n = e - i;
  }
  return w;
}

/* 1 when the "<" at z[i] opens a generic's parameters: an identifier
** byte, "'" or "&" after it, and a ">" within SITE_WORD bytes on the line
** with no "@" before it (an e-mail address in brackets is no generic). */
static int genericOpen(const char *z, size_t n, size_t i) {
  if (i + 1 >= n) return 0;
  unsigned char d = (unsigned char)z[i + 1];
  if (!identifierByte(d) && d != '\'' && d != '&') return 0;
  for (size_t k = i + 1; k < n && k - i < SITE_WORD; k++) {
    if (z[k] == '>') return 1;
    if (z[k] == '@' || z[k] == '\n') return 0;
  }
  return 0;
}

/* 1 when the keyword kw (of nKw bytes) stands at z[i], after no
** identifier byte and before one more byte at least. */
static int keywordAt(const char *z, size_t n, size_t i, const char *kw,
                     size_t nKw) {
  return n - i > nKw && memcmp(z + i, kw, nKw) == 0 &&
         (i == 0 || !identifierByte((unsigned char)z[i - 1]));
}

/* Where the trait or type that "impl" names starts, the keyword ending
** at z[i]: after its space, or after its generics and their space
** ("impl<T: Ord> PartialOrd for"); n when neither follows. */
static size_t implTarget(const char *z, size_t n, size_t i) {
  if (i < n && z[i] == ' ') return i + 1;
  if (i >= n || z[i] != '<') return n;
  int nDepth = 0;
  for (size_t k = i; k < n && k - i < SITE_WORD; k++) {
    if (z[k] == '<') nDepth++;
    if (z[k] == '>' && --nDepth == 0)
      return k + 1 < n && z[k + 1] == ' ' ? k + 2 : n;
  }
  return n;
}

/* Append word w (when not empty) to *pa (of *pn words, *pnAlloc
** allocated); TK_ENOMEM when out of memory. */
static int addWord(tk_ebytes w, tk_ebytes **pa, size_t *pn, size_t *pnAlloc) {
  if (!w.n) return TK_OK;
  if (*pn == *pnAlloc) {
    size_t nNew = *pnAlloc ? *pnAlloc * 2 : 64;
    tk_ebytes *aNew = tk_realloc(*pa, nNew * sizeof *aNew);
    if (!aNew) return TK_ENOMEM;
    *pa = aNew;
    *pnAlloc = nNew;
  }
  (*pa)[(*pn)++] = w;
  return TK_OK;
}

/* The words that the code site z[i] (a ':', '!' or '<') writes, in aw[0]
** and aw[1] (empty when none). */
static void siteWords(const char *z, size_t n, size_t i, tk_ebytes *aw) {
  char c = z[i], d = i + 1 < n ? z[i + 1] : 0;
  if (c == ':' && d == ':') {
    aw[0] = wordEndingAt(z, i);
    aw[1] = wordStartingAt(z, n, i + 2);
  } else if (c == '!' && d == '(') {
    aw[0] = wordEndingAt(z, i);
  } else if (c == '<' && genericOpen(z, n, i)) {
    aw[0] = wordEndingAt(z, i);
    tk_ebytes w = wordStartingAt(z, n, i + 1);
    size_t e = i + 1 + w.n; /* the byte after the parameter's word */
    if (w.n && e < n && (z[e] == '<' || z[e] == '>' || z[e] == ',')) aw[1] = w;
  }
}

/* The words z[0..n) writes as code (see above), appended to *pa (of *pn
** words, *pnAlloc allocated); TK_ENOMEM when out of memory.  The sites
** are found by memchr, and the keywords by memmem only in a document
** that has a path, a macro or a generic already: most have none. */
static int codeWords(const char *z, size_t n, tk_ebytes **pa, size_t *pn,
                     size_t *pnAlloc) {
  static const char azMark[] = ":!<";
  for (int m = 0; m < 3; m++) {
    const char *p = z, *zEnd = z + n;
    while ((p = memchr(p, azMark[m], (size_t)(zEnd - p))) != NULL) {
      size_t i = (size_t)(p - z);
      tk_ebytes aw[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
      siteWords(z, n, i, aw);
      if (addWord(aw[0], pa, pn, pnAlloc) || addWord(aw[1], pa, pn, pnAlloc))
        return TK_ENOMEM;
      p += azMark[m] == ':' && i + 1 < n && z[i + 1] == ':' ? 2 : 1;
      if (p >= zEnd) break;
    }
  }
  if (*pn == 0) return TK_OK; /* no path, macro or generic: no code */
  static const char *const azKeyword[] = {"impl", "dyn ", 0};
  for (int k = 0; azKeyword[k]; k++) {
    size_t nKw = strlen(azKeyword[k]);
    const char *p = z, *zEnd = z + n;
    while ((p = memmem(p, (size_t)(zEnd - p), azKeyword[k], nKw)) != NULL) {
      size_t i = (size_t)(p - z);
      if (keywordAt(z, n, i, azKeyword[k], nKw)) {
        size_t iWord = k == 0 ? implTarget(z, n, i + nKw) : i + nKw;
        if (addWord(wordStartingAt(z, n, iWord), pa, pn, pnAlloc))
          return TK_ENOMEM;
      }
      p += nKw;
      if (p >= zEnd) break;
    }
  }
  return TK_OK;
}

/* 1 when span p is one word that starts with an ASCII capital. */
static int capitalizedWordSpan(const char *z, const tk_ner_span *p) {
  const char *w = z + p->iStart;
  return p->nLen > 0 && w[0] >= 'A' && w[0] <= 'Z' &&
         !memchr(w, ' ', p->nLen) && !memchr(w, '\n', p->nLen);
}

/* Drop the one-word spans of a[0..nSpan) that z[0..n) writes as code
** elsewhere (see above); returns the count kept, *pRc TK_ENOMEM (and
** every span kept) when out of memory. */
size_t tk_entities__drop_code_words(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan, int *pRc) {
  size_t k = 0;
  while (k < nSpan && !capitalizedWordSpan(z, &a[k]))
    k++;
  if (k == nSpan) return nSpan; /* no span the rule reads: no scan */
  tk_ebytes *aWord = NULL;
  size_t nWord = 0, nAlloc = 0;
  *pRc = codeWords(z, n, &aWord, &nWord, &nAlloc);
  if (*pRc != TK_OK || nWord < CODE_WORDS_MIN ||
      nWord * CODE_BYTES_PER_WORD < n) { /* prose that quotes code */
    tk_free(aWord);
    return nSpan;
  }
  qsort(aWord, nWord, sizeof *aWord, tk_entities__bytes_compare);
  size_t nKept = 0;
  for (k = 0; k < nSpan; k++) {
    tk_ebytes w = {z + a[k].iStart, a[k].nLen, 0};
    if (!capitalizedWordSpan(z, &a[k]) ||
        (a[k].nLen > 1 && /* a capital alone is a type's parameter here */
         !bsearch(&w, aWord, nWord, sizeof *aWord, tk_entities__bytes_compare)))
      a[nKept++] = a[k];
  }
  tk_free(aWord);
  return nKept;
}
