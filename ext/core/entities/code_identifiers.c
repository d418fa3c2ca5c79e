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
** no statement's end).  So is a JSON member's name (jsonKey): 25,565 of
** the 38,021 spans over 3,000 pages of the AWS command line's examples
** were "Name", "State", "VpcId"... typed MISC; and a function's name in
** lower camel case that opens with a verb (apiName: "createReadStream").
**
** A document that writes a word as code means the word wherever it
** writes it alone ("Types which implement Deref should ..." in a page
** with "impl Deref for"):
**
**   nSpan = tk_entities__drop_code_words(z, n, a, nSpan, &rc);
**
** drops each one-word span whose word the document writes elsewhere
** before "::" or "!(", after "::", "impl" (and its generics) or "dyn ",
** before "<" and a generic's parameters closed by ">" ("Arc<T>"; not
** "Smith<js@x.org>"), or as a generic's parameter ("<Mutex<",
** "<String>"), when it writes code often enough to be program
** documentation; there, a capital alone is a type's parameter too ("fn
** max_by<T, F>(v1: T, compare: F)").  Over 2,475 pages of Rust's
** standard library documentation the model had read "PartialOrd" 264
** times, "Arc" 105, "Hasher" 94 as names.
*/
#include "entities_internal.h"

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

/* 1 when z[i..e) is the name of a JSON member: '"', the name, '"' and
** ':', the first '"' opening the line's text or after '{', '[' or ','
** ('{"Name": "web", "State": "running"}'), or the quotes escaped inside
** a string ('"{\"Sid\":\"AllowRead\"}"', which prose never writes).
** 'the album "Thriller": it sold' is prose. */
static int jsonKey(const char *z, size_t n, size_t i, size_t e) {
  if (i >= 2 && z[i - 1] == '"' && z[i - 2] == '\\')
    return e + 2 < n && z[e] == '\\' && z[e + 1] == '"' && z[e + 2] == ':';
  if (i < 1 || z[i - 1] != '"' || e + 1 >= n || z[e] != '"' || z[e + 1] != ':')
    return 0;
  size_t k = i - 1;
  while (k > 0 && (z[k - 1] == ' ' || z[k - 1] == '\t'))
    k--;
  return k == 0 || z[k - 1] == '\n' || z[k - 1] == '{' || z[k - 1] == '[' ||
         z[k - 1] == ',';
}

/* 1 when z[i..e) is a function's name in lower camel case: a verb that
** programs name functions by, in lower case, then a capital and a
** lower-case letter ("createReadStream", "getElementById", "toString": a
** LOC 13 times and an ORG in a newcomer's Node.js documents).  Brands
** that open in lower case open otherwise ("iPhone", "eBay", "easyJet",
** "deGrasse"), and "openSUSE" has no verb of the list nor a lower-case
** hump. */
static int apiName(const char *z, size_t i, size_t e) {
  TK_SORTED_WORDS(azVerb) = {
      "add",     "append",  "apply",    "build",   "call",    "check",
      "clear",   "close",   "compute",  "connect", "convert", "create",
      "decode",  "delete",  "dispatch", "emit",    "encode",  "exec",
      "execute", "fetch",   "filter",   "find",    "format",  "get",
      "handle",  "has",     "init",     "insert",  "is",      "listen",
      "load",    "make",    "map",      "match",   "parse",   "pop",
      "print",   "process", "push",     "read",    "reduce",  "register",
      "reject",  "remove",  "render",   "replace", "resolve", "run",
      "send",    "set",     "sign",     "sort",    "split",   "start",
      "stop",    "test",    "to",       "update",  "use",     "validate",
      "verify",  "write",   0};
  size_t k = i;
  while (k < e && z[k] >= 'a' && z[k] <= 'z')
    k++;
  return k > i && k + 1 < e && z[k] >= 'A' && z[k] <= 'Z' && z[k + 1] >= 'a' &&
         z[k + 1] <= 'z' && TK_IN_SORTED(azVerb, z + i, k - i);
}

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
  if (jsonKey(z, n, i, e) || apiName(z, i, e)) return 1;
  if (i >= 2 && z[i - 1] == ':' && z[i - 2] == ':') return 1;
  if (e + 1 >= n) return 0;
  char c = z[e], d = z[e + 1];
  if ((c == '!' && (d == '(' || d == '[')) || (c == ':' && d == ':')) return 1;
  if (c == '<')
    return identifierByte((unsigned char)d) || d == '\'' || d == '&';
  return c == '(' && statementLine(z, n, e);
}

/* A document is read for its code words when it writes at least
** CODE_WORDS_MIN of them (code sites, repeats counted), one in
** CODE_BYTES_PER_WORD bytes or more: a
** page of program documentation, not an article that quotes a module
** once ("Apache::ASP" in the article on ASP, whose "Apache" is the
** foundation). */
#define CODE_WORDS_MIN 3
#define CODE_BYTES_PER_WORD 4096
/* The most distinct code words kept from one document (2 MB with their
** set): a 100 MB run of made-up paths keeps its first ones. */
#define CODE_WORDS_MAX 65536

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

/* The words a document writes as code: each once, in a hash set (open
** addressing over aSlot, each slot 1 + an index of a[], 0 empty), and the
** count of the code sites that wrote them. */
typedef struct CodeWords {
  tk_ebytes *a; /* room for nSlot / 2 */
  size_t n;
  uint32_t *aSlot;
  size_t nSlot; /* a power of two, twice n at least */
  size_t nSite;
} CodeWords;

/* The slot of word w in p's set: where it is, or the empty one where it
** would go. */
static size_t wordSlot(const CodeWords *p, const char *z, size_t n) {
  size_t mask = p->nSlot - 1;
  for (size_t s = tk_fnv1a(z, n) & mask;; s = (s + 1) & mask) {
    uint32_t u = p->aSlot[s];
    if (!u || (p->a[u - 1].n == n && memcmp(p->a[u - 1].z, z, n) == 0))
      return s;
  }
}

/* Count a code site's word w (when not empty) and add it to p's set
** unless it is there or the set holds CODE_WORDS_MAX words; TK_ENOMEM when
** out of memory. */
static int addWord(CodeWords *p, tk_ebytes w) {
  if (!w.n) return TK_OK;
  p->nSite++;
  if (p->n == CODE_WORDS_MAX) return TK_OK;
  if (2 * (p->n + 1) > p->nSlot) { /* grow the set, its words placed again */
    size_t nSlot = p->nSlot ? 2 * p->nSlot : 256;
    uint32_t *aSlot = tk_malloc(nSlot * sizeof *aSlot);
    tk_ebytes *a = tk_realloc(p->a, nSlot / 2 * sizeof *a);
    if (!aSlot || !a) {
      tk_free(aSlot);
      if (a) p->a = a;
      return TK_ENOMEM;
    }
    memset(aSlot, 0, nSlot * sizeof *aSlot);
    tk_free(p->aSlot);
    p->a = a;
    p->aSlot = aSlot;
    p->nSlot = nSlot;
    for (size_t k = 0; k < p->n; k++)
      p->aSlot[wordSlot(p, p->a[k].z, p->a[k].n)] = (uint32_t)k + 1;
  }
  size_t s = wordSlot(p, w.z, w.n);
  if (p->aSlot[s]) return TK_OK; /* there already */
  p->a[p->n++] = w;
  p->aSlot[s] = (uint32_t)p->n;
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

/* The words z[0..n) writes as code (see above) into p; TK_ENOMEM when
** out of memory.  The sites are found by memchr, and the keywords by
** memmem only in a document that has a path, a macro or a generic
** already: most have none. */
static int codeWords(const char *z, size_t n, CodeWords *p) {
  static const char azMark[] = ":!<";
  for (int m = 0; m < 3; m++) {
    const char *q = z, *zEnd = z + n;
    while ((q = memchr(q, azMark[m], (size_t)(zEnd - q))) != NULL) {
      size_t i = (size_t)(q - z);
      tk_ebytes aw[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
      siteWords(z, n, i, aw);
      if (addWord(p, aw[0]) || addWord(p, aw[1])) return TK_ENOMEM;
      q += azMark[m] == ':' && i + 1 < n && z[i + 1] == ':' ? 2 : 1;
      if (q >= zEnd) break;
    }
  }
  if (p->nSite == 0) return TK_OK; /* no path, macro or generic: no code */
  static const char *const azKeyword[] = {"impl", "dyn ", 0};
  for (int k = 0; azKeyword[k]; k++) {
    size_t nKw = strlen(azKeyword[k]);
    const char *q = z, *zEnd = z + n;
    while ((q = memmem(q, (size_t)(zEnd - q), azKeyword[k], nKw)) != NULL) {
      size_t i = (size_t)(q - z);
      if (keywordAt(z, n, i, azKeyword[k], nKw)) {
        size_t iWord = k == 0 ? implTarget(z, n, i + nKw) : i + nKw;
        if (addWord(p, wordStartingAt(z, n, iWord))) return TK_ENOMEM;
      }
      q += nKw;
      if (q >= zEnd) break;
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
  CodeWords cw = {0};
  *pRc = codeWords(z, n, &cw);
  size_t nKept = nSpan;
  if (*pRc == TK_OK && cw.nSite >= CODE_WORDS_MIN &&
      cw.nSite * CODE_BYTES_PER_WORD >= n) { /* not prose quoting code */
    nKept = 0;
    for (k = 0; k < nSpan; k++) {
      const char *w = z + a[k].iStart;
      if (!capitalizedWordSpan(z, &a[k]) ||
          (a[k].nLen > 1 && /* a capital alone is a type's parameter here */
           !cw.aSlot[wordSlot(&cw, w, a[k].nLen)]))
        a[nKept++] = a[k];
    }
  }
  tk_free(cw.a);
  tk_free(cw.aSlot);
  return nKept;
}
