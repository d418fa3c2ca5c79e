/*
** test_entities_model_spans.c -- the fixes entities() makes to the
** tagger's spans (ext/core/entities/model_spans.c), on spans written here
** rather than tagged, so each rule is checked whatever the model says:
** places joined by "of", loose punctuation trimmed, a generational suffix
** taken in; and what each must leave alone.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

/* One case: the text, up to three spans given by their text (the first
** occurrence) and type, and the spans after the fixes as "T:text|...",
** T the type's initial. */
typedef struct Case {
  const char *z;
  const char *azPart[3];
  char aType[3];
  const char *zWant;
} Case;

static const Case aCase[] = {
    /* a place of one word joined by " of " to the place after it */
    {"in the Gulf of Finland today",
     {"Gulf", "Finland"},
     "LL",
     "L:Gulf of Finland"},
    {"around the Cape of Good Hope.",
     {"Cape", "Good Hope"},
     "LL",
     "L:Cape of Good Hope"},
    /* left apart: other types, a first part of two words, other spacing,
    ** a third place after a joined pair */
    {"Benfica of Portugal",
     {"Benfica", "Portugal"},
     "OL",
     "O:Benfica|L:Portugal"},
    {"Pudong New Area of Shanghai",
     {"Pudong New Area", "Shanghai"},
     "LL",
     "L:Pudong New Area|L:Shanghai"},
    {"Gulf  of Mexico", {"Gulf", "Mexico"}, "LL", "L:Gulf|L:Mexico"},
    {"Isle of Man of Europe",
     {"Isle", "Man", "Europe"},
     "LLL",
     "L:Isle of Man|L:Europe"},
    /* loose punctuation trimmed, balanced kept */
    {"Chairman Mao\" said", {"Mao\""}, "P", "P:Mao"},
    {"Sporting (Lisbon) won",
     {"Sporting (Lisbon)"},
     "O",
     "O:Sporting (Lisbon)"},
    /* a generational suffix after spaces; never into the next span */
    {"Robert F. Kennedy Jr. spoke",
     {"Robert F. Kennedy"},
     "P",
     "P:Robert F. Kennedy Jr."},
    {"John Paul II", {"John Paul", "II"}, "PO", "P:John Paul|O:II"},
    {"", {0}, "", ""},
};

/* The entity type of a type initial. */
static int typeOf(char c) {
  return c == 'L' ? TK_ENT_LOC : c == 'O' ? TK_ENT_ORG : TK_ENT_PERSON;
}

/* The spans of case p after the fixes, as its zWant is written; each span
** scores 0.9 but the second, 0.7. */
static const char *fixed(const Case *p, double *prFirst) {
  static char zOut[256];
  tk_ner_span a[3];
  size_t n = strlen(p->aType);
  for (size_t k = 0; k < n; k++) {
    a[k].iStart = (size_t)(strstr(p->z, p->azPart[k]) - p->z);
    a[k].nLen = strlen(p->azPart[k]);
    a[k].eType = typeOf(p->aType[k]);
    a[k].rScore = k == 1 ? 0.7 : 0.9;
  }
  n = tk_entities__fix_model_spans(p->z, strlen(p->z), a, n);
  zOut[0] = 0;
  for (size_t k = 0; k < n; k++) {
    size_t m = strlen(zOut);
    char c = a[k].eType == TK_ENT_LOC   ? 'L'
             : a[k].eType == TK_ENT_ORG ? 'O'
                                        : 'P';
    snprintf(zOut + m, sizeof zOut - m, "%s%c:%.*s", k ? "|" : "", c,
             (int)a[k].nLen, p->z + a[k].iStart);
  }
  *prFirst = n ? a[0].rScore : 0;
  return zOut;
}

int main(void) {
  double rFirst;
  for (size_t i = 0; i < sizeof aCase / sizeof aCase[0]; i++)
    TK_CHECK_STR(fixed(&aCase[i], &rFirst), aCase[i].zWant);
  fixed(&aCase[0], &rFirst);
  TK_CHECK(rFirst == 0.7); /* a joined place scores the lower part's score */
  TK_TEST_END();
}
