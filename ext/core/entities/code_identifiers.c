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
