/*
** manual_titles.c -- a manual is a work, MISC, for entities()
** (model_spans.c retypes the spans that name one):
**
**   "EC2 User Guide", "API Gateway Developer Guide"   PERSON, ORG -> MISC
**   "AWS CLI Command Reference", "Python Library Reference"      -> MISC
**   "TV Guide", "Michelin Guide"                                  stay
**
**   tk_entities__retype_manuals(z, a, nSpan);
**
** Program documentation cites its manuals by their titles, "<product>
** <kind> Guide" or "<kind> Reference", and the model, which never saw one,
** typed them as it could: in 3,000 pages of the AWS command line's
** examples, 1,172 such spans were ORG, 138 PERSON, 3 LOC and 320 MISC.  A
** span of two words or more whose last word is "Guide", "Manual",
** "Handbook" or "Reference" after a word of azKind ("User", "Developer",
** "Administration", "API"...) names a manual: a work, MISC as CoNLL-2003
** types works.  The only span of CoNLL-2003 train and dev that ends so is
** "TV Guide" (ORG, the magazine), which the kinds leave out.
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

/* 1 when span p of z names a manual (see above). */
static int manualTitle(const char *z, const tk_ner_span *p) {
  TK_SORTED_WORDS(azHead) = {"Guide", "Handbook", "Manual", "Reference", 0};
  TK_SORTED_WORDS(azKind) = {
      "API",         "Administration", "Administrator", "CLI",
      "Command",     "Configuration",  "Deployment",    "Developer",
      "Developers",  "Installation",   "Integration",   "Language",
      "Library",     "Management",     "Migration",     "Operations",
      "Programming", "Reference",      "Security",      "Service",
      "Setup",       "Start",          "Style",         "Troubleshooting",
      "Upgrade",     "User",           "Users",         0};
  const char *s = z + p->iStart;
  size_t iPrev, w = lastWord(s, p->nLen, &iPrev);
  return w > 0 && TK_IN_SORTED(azHead, s + w, p->nLen - w) &&
         TK_IN_SORTED(azKind, s + iPrev, w - 1 - iPrev);
}

/* Retype MISC each span of a[0..nSpan) (spans of z) that names a
** manual. */
void tk_entities__retype_manuals(const char *z, tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++)
    if (manualTitle(z, &a[k])) a[k].eType = TK_ENT_MISC;
}
