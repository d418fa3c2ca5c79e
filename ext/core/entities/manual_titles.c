/*
** manual_titles.c -- a manual is a work, MISC, for entities()
** (model_spans.c retypes the spans that name one):
**
**   "EC2 User Guide", "API Gateway Developer Guide"   PERSON, ORG -> MISC
**   "AWS CLI Command Reference", "Python Library Reference"      -> MISC
**   "TV Guide", "Michelin Guide"                                  stay
**
**   nSpan = tk_entities__manuals(z, a, nSpan);
**
** Program documentation cites its manuals by their titles, "<product>
** <kind> Guide" or "<kind> Reference", and the model, which never saw one,
** typed them as it could: in 3,000 pages of the AWS command line's
** examples, 1,172 such spans were ORG, 138 PERSON, 3 LOC and 320 MISC.  A
** span of two words or more whose last word is "Guide", "Manual",
** "Handbook" or "Reference" after a word of azKind ("User", "Developer",
** "Administration", "API"...) names a manual: a work, MISC as CoNLL-2003
** types works.  The only span of CoNLL-2003 train and dev that ends so is
** "TV Guide" (ORG, the magazine), which the kinds leave out.  The model
** also cut such titles in pieces ("Amazon" + "DynamoDB Developer" +
** "Guide"): a lone head word one space after a span that ends with a
** kind joins it, and a span one space before a manual's title joins it
** (the product's maker: "the Amazon DynamoDB Developer Guide").
*/
#include "entities_internal.h"

#include <string.h>

/* The start of the last word of z[0..n) (after its last space), and in
** *pPrev the start of the word before it (n when there is none). */
static size_t lastWord(const char *z, size_t n, size_t *pPrev) {
  size_t w = n;
  while (w > 0 && z[w - 1] != ' ')
    w--;
  size_t p = w > 0 ? w - 1 : 0;
  while (p > 0 && z[p - 1] != ' ')
    p--;
  *pPrev = w > 0 ? p : n;
  return w;
}

TK_SORTED_WORDS(azHead) = {"Guide", "Handbook", "Manual", "Reference", 0};

/* 1 when z[0..n) is a manual's head word alone ("Guide"). */
static int headAlone(const char *z, size_t n) {
  return TK_IN_SORTED(azHead, z, n);
}

/* 1 when span p of z names a manual (see above). */
static int manualTitle(const char *z, const tk_ner_span *p) {
  TK_SORTED_WORDS(azKind) = {
      "API",         "Administration", "Administrator", "CLI",
      "Command",     "Configuration",  "Deployment",    "Developer",
      "Developers",  "Installation",   "Integration",   "Language",
      "Library",     "Management",     "Migration",     "Operations",
      "Programming", "Reference",      "Security",      "Service",
      "Setup",       "Start",          "Style",         "Troubleshooting",
      "Upgrade",     "User",           "Users",         0};
  const char *s = z + p->iStart;
  char cLast = p->nLen >= 8 ? s[p->nLen - 1] : 0;
  if (cLast != 'e' && cLast != 'k' && cLast != 'l') return 0; /* cheap */
  size_t iPrev, w = lastWord(s, p->nLen, &iPrev);
  return w > 0 && TK_IN_SORTED(azHead, s + w, p->nLen - w) &&
         TK_IN_SORTED(azKind, s + iPrev, w - 1 - iPrev);
}

/* 1 when span b starts one space after span a ends. */
static int nextTo(const char *z, const tk_ner_span *a, const tk_ner_span *b) {
  size_t e = a->iStart + a->nLen;
  return b->iStart == e + 1 && z[e] == ' ';
}

/* Span a[k] grown over the span a[j] after it. */
static void growOver(tk_ner_span *a, size_t k, size_t j) {
  a[k].nLen = a[j].iStart + a[j].nLen - a[k].iStart;
  if (a[j].rScore < a[k].rScore) a[k].rScore = a[j].rScore;
}

/* The manuals of a[0..nSpan) (spans of z) joined and retyped MISC;
** returns the new count. */
size_t tk_entities__manuals(const char *z, tk_ner_span *a, size_t nSpan) {
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    a[nOut] = a[k];
    if (k + 1 < nSpan && nextTo(z, &a[k], &a[k + 1]) &&
        headAlone(z + a[k + 1].iStart, a[k + 1].nLen)) {
      tk_ner_span t = a[nOut];
      t.nLen = a[k + 1].iStart + a[k + 1].nLen - t.iStart;
      if (manualTitle(z, &t)) { /* "DynamoDB Developer" + "Guide" */
        growOver(a, nOut, k + 1);
        k++;
      }
    }
    if (manualTitle(z, &a[nOut])) {
      a[nOut].eType = TK_ENT_MISC;
      if (nOut > 0 && nextTo(z, &a[nOut - 1], &a[nOut])) { /* "Amazon" */
        a[nOut - 1].eType = TK_ENT_MISC;
        growOver(a, nOut - 1, nOut);
        continue;
      }
    }
    nOut++;
  }
  return nOut;
}
