/*
** section_headings.c -- what a manual's layout writes in capitals and
** holds no name, for entities() (model_spans.c drops its spans):
**
**   "NAME" ... "SYNOPSIS" ... "GCLOUD WIDE FLAGS" ... "API REFERENCE"
**       a section heading of a manual: no span in it
**   "(ALPHA) Approve an Access Approval request."
**       a release stage's label opening a paragraph: no span
**   "HTTP Request Smuggling (Medium)"
**       a severity's label in brackets: no span
**
**   nSpan = tk_entities__drop_section_headings(z, n, a, nSpan);
**   if (tk_entities__stage_label(z, n, &span)) ...  // no name
**   if (tk_entities__severity_label(z, n, &span)) ...  // no name
**
** A document is a manual when two of its lines are, alone, a heading of
** man(1) pages and structured documents ("NAME", "DESCRIPTION", "SEE
** ALSO": azSection).  Then every line in capitals of at most
** HEADING_WORDS words is a heading: the model, which learnt news, read
** "GCLOUD" of "GCLOUD WIDE FLAGS" and "API REFERENCE" as organizations
** 542 and 390 times in a newcomer's 1,500 manual pages, where no heading
** names anything.  A news story's headline in capitals stays: it has no
** two such lines.  The label in brackets at a paragraph's start is one
** ordinary word in capitals ("(ALPHA)", "(BETA)", "(DEPRECATED)"; an ORG
** 1,239 times in the same pages); an abbreviation in brackets after a
** name ("Cooperative for Relief Everywhere (CARE)") opens no line.
*/
#include "entities_internal.h"

#include <string.h>

/* The words of a heading in capitals, at most, and its bytes: each span
** reads at most HEADING_BYTES around it (a 100 MB line stays linear). */
#define HEADING_WORDS 6
#define HEADING_BYTES 80

/* The manual's headings that make a document a manual. */
TK_SORTED_WORDS(azSection) = {
    "AUTHOR",         "AUTHORS",        "BUGS",
    "COMMANDS",       "CONFORMING TO",  "DESCRIPTION",
    "DIAGNOSTICS",    "ENVIRONMENT",    "EXAMPLES",
    "EXIT STATUS",    "FLAGS",          "GLOBAL FLAGS",
    "NAME",           "OPTIONS",        "POSITIONAL ARGUMENTS",
    "REPORTING BUGS", "REQUIRED FLAGS", "RETURN VALUE",
    "SEE ALSO",       "SYNOPSIS",       0};

/* The end of the line that starts at z[i] (its '\n' or n). */
static size_t lineEnd(const char *z, size_t n, size_t i) {
  const char *zEol = memchr(z + i, '\n', n - i);
  return zEol ? (size_t)(zEol - z) : n;
}

/* 1 when z[i..e) is, but for the white space around it, a heading in
** capitals: letters none of which is lower-case, at most HEADING_WORDS
** words, no full stop, comma or other sentence punctuation but '-', '/',
** '&', ':' and brackets; *piStart and *piEnd get its trimmed bounds. */
static int capitalsHeading(const char *z, size_t i, size_t e, size_t *piStart,
                           size_t *piEnd) {
  while (i < e && (z[i] == ' ' || z[i] == '\t'))
    i++;
  while (e > i && (z[e - 1] == ' ' || z[e - 1] == '\t' || z[e - 1] == '\r'))
    e--;
  int nWord = 0, bLetter = 0;
  for (size_t k = i; k < e; k++) {
    unsigned char c = (unsigned char)z[k];
    if (c >= 'A' && c <= 'Z') {
      bLetter = 1;
      if (k == i || z[k - 1] == ' ') nWord++;
    } else if (c == ' ') {
      continue;
    } else if (!((c >= '0' && c <= '9') || c == '-' || c == '/' || c == '&' ||
                 c == ':' || c == '(' || c == ')' || c == '_')) {
      return 0; /* lower case, sentence punctuation, other scripts */
    }
    if (nWord > HEADING_WORDS) return 0;
  }
  *piStart = i;
  *piEnd = e;
  return bLetter;
}

/* 1 when two lines of z[0..n) are, alone, one of the headings of
** azSection. */
static int manualDocument(const char *z, size_t n) {
  int nSection = 0;
  for (size_t i = 0; i < n; i++) {
    size_t e = lineEnd(z, n, i), a, b;
    if (e - i <= 40 && capitalsHeading(z, i, e, &a, &b) &&
        TK_IN_SORTED(azSection, z + a, b - a) && ++nSection == 2)
      return 1;
    i = e;
  }
  return 0;
}

/* 1 when z[i] stands in a line of at most HEADING_BYTES bytes that is a
** heading in capitals (capitalsHeading). */
static int inHeading(const char *z, size_t n, size_t i) {
  size_t b = i, e = i;
  while (b > 0 && z[b - 1] != '\n' && i - b < HEADING_BYTES)
    b--;
  while (e < n && z[e] != '\n' && e - i < HEADING_BYTES)
    e++;
  if ((b > 0 && z[b - 1] != '\n') || (e < n && z[e] != '\n')) return 0;
  size_t s, t;
  return capitalsHeading(z, b, e, &s, &t);
}

/* Drop the spans of a[0..nSpan) (spans of z[0..n), sorted) that lie in
** a heading in capitals of a manual (see above); returns the count kept. */
size_t tk_entities__drop_section_headings(const char *z, size_t n,
                                          tk_ner_span *a, size_t nSpan) {
  if (nSpan == 0 || !manualDocument(z, n)) return nSpan;
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++)
    if (!inHeading(z, n, a[k].iStart)) a[nKept++] = a[k];
  return nKept;
}

/* 1 when span p of z[0..n) is a release stage's label: one ordinary word
** in capitals (the typed gazetteers' TK_NER_GAZ_WORD) in brackets that
** open its line ("(ALPHA) Approve ..."). */
int tk_entities__stage_label(const char *z, size_t n, const tk_ner_span *p) {
  size_t i = p->iStart, e = i + p->nLen;
  if (i == 0 || z[i - 1] != '(' || e >= n || z[e] != ')') return 0;
  for (size_t k = i; k < e; k++)
    if (z[k] < 'A' || z[k] > 'Z') return 0;
  size_t b = i - 1;
  while (b > 0 && (z[b - 1] == ' ' || z[b - 1] == '\t'))
    b--;
  return (b == 0 || z[b - 1] == '\n') &&
         (tk_ner_gazetteer_classes(z + i, e - i) & TK_NER_GAZ_WORD) != 0;
}

/* 1 when span p of z[0..n) is a severity's label, one word in brackets
** ("... buffer overflow (Medium)", "(HIGH)"): the security notes of
** change logs rate their fixes so, and "Medium" was a LOC 42 times in a
** newcomer's Node.js change logs. */
int tk_entities__severity_label(const char *z, size_t n, const tk_ner_span *p) {
  TK_SORTED_WORDS(azSeverity) = {
      "critical", "high", "important", "low", "medium", "moderate", 0};
  size_t i = p->iStart, e = i + p->nLen;
  return i > 0 && z[i - 1] == '(' && e < n && z[e] == ')' &&
         TK_IN_SORTED_NOCASE(azSeverity, z + i, e - i);
}
