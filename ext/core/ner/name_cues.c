/*
** ner/name_cues.c -- the word lists and marks that hint at names,
** for the tagger's features (features.c):
**
**   tk_ner__connector(u, n)       "of", "de", "von": may sit inside a name
**   tk_ner__particle(u, n)        "von", "bin": a connector of people's names
**   tk_ner__coordinator(u, n)     "and": a connector never in a person's name
**   tk_ner__headline_small(u, n)  "a", "of", "to": lower-case in headlines
**   tk_ner__bridge_mark(a, nTok)  the runs of connectors between two
**                                 capitalized words (TK_NER_C_BRIDGE_*:
**                                 "Ursula von der Leyen", "Bank of England")
*/
#include "ner_internal.h"

#include <string.h>

/* 1 when the word u[0..n) is one of the list az (see ner_internal.h). */
int tk_ner__listed(const char *const *az, const unsigned char *u, size_t n) {
  for (int k = 0; az[k]; k++) {
    const char *w = az[k];
    if (w[0] != (char)u[0]) continue; /* most of them */
    size_t i = 1;
    while (i < n && w[i] && w[i] == (char)u[i])
      i++;
    if (i == n && w[n] == 0) return 1; /* w[0..n) are not NUL */
  }
  return 0;
}

/* 1 when the lower-case word u[0..n) may sit inside a name (see
** ner_internal.h). */
int tk_ner__connector(const unsigned char *u, size_t n) {
  /* the connectors by their length, each followed by a space: asked of
  ** every lower-case word, a word is compared with its length's only */
  static const char *const azOfLength[] = {
      "",
      "y e l ",
      "of de in on et al da du la le di do at wa zu te el ",
      "and the van for der den des les del dal von dos das bin ibn ter dei "
      "ben abu ",
      "pour upon bint ",
      "della degli "};
  if (n == 0 || n > 5) return 0; /* longer than "della": most words */
  for (const char *w = azOfLength[n]; *w; w += n + 1)
    if (w[0] == (char)u[0] && memcmp(w, u, n) == 0) return 1;
  return 0;
}

/* 1 when the lower-case word u[0..n) is a name particle (see
** ner_internal.h). */
int tk_ner__particle(const unsigned char *u, size_t n) {
  static const char *const az[] = {"of", "and", "the",  "for", "in",
                                   "on", "et",  "pour", "at",  "upon",
                                   "wa", "l",   0}; /* the phrase connectors */
  return tk_ner__connector(u, n) && !tk_ner__listed(az, u, n);
}

/* 1 when the lower-case word u[0..n) is a coordinator (see
** ner_internal.h). */
int tk_ner__coordinator(const unsigned char *u, size_t n) {
  return n == 3 && memcmp(u, "and", 3) == 0;
}

/* 1 when the lower-case word u[0..n) stays lower-case in a Title Case
** headline (see ner_internal.h). */
int tk_ner__headline_small(const unsigned char *u, size_t n) {
  static const char *const az[] = {"a",   "an",  "the", "and", "but", "or",
                                   "nor", "for", "so",  "yet", "as",  "at",
                                   "by",  "in",  "of",  "off", "on",  "per",
                                   "to",  "up",  "via", "vs",  0};
  return tk_ner__listed(az, u, n);
}

/* Mark the bridges of a sentence (see ner_internal.h). */
void tk_ner__bridge_mark(tk_ner_info *a, int nTok) {
  const unsigned fCap = TK_NER_C_UPPER1 | TK_NER_C_ALLCAP;
  for (int k = 1; k + 1 < nTok; k++) {
    if (!(a[k].fCase & TK_NER_C_CONN) || !(a[k - 1].fCase & fCap)) continue;
    int e = k;
    while (e < nTok && (a[e].fCase & TK_NER_C_CONN))
      e++;
    if (e < nTok && (a[e].fCase & fCap)) {
      a[k - 1].fCase |= TK_NER_C_BRIDGE_BEFORE;
      for (int m = k; m < e; m++)
        a[m].fCase |= TK_NER_C_BRIDGE_IN;
      a[e].fCase |= TK_NER_C_BRIDGE_AFTER;
    }
    k = e;
  }
}
