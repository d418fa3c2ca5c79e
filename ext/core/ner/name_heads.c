/*
** ner/name_heads.c -- the head nouns of capitalized names, for the
** tagger's features (features.c, family TK_NER_FEAT_HEADS):
**
**   tk_ner__head_type(u, n)   the entity type a head word says ("sea":
**                             LOC, "agency": ORG, "cup": MISC), 0 none
**   tk_ner__head_mark(z, aTok, a, nTok)
**                             set a[k].uHead for the words of the runs of
**                             capitalized words (connectors inside, as
**                             bridges) that end with a head ("Baltic
**                             Sea") or open with one and "of" ("Gulf of
**                             Finland")
**
** An unknown name is often typed by its head: the lists are written by
** hand, the words as they end (or open) names of their type.
*/
#include "ner_internal.h"

#include <stdlib.h>
#include <string.h>

/* One head word (lower-case) and the entity type it says. */
typedef struct HeadWord {
  const char *z;
  unsigned char eType; /* TK_NER_HEAD_LOC, _ORG or _MISC */
} HeadWord;

#define L TK_NER_HEAD_LOC
#define O TK_NER_HEAD_ORG
#define M TK_NER_HEAD_MISC
/* The head words, sorted (strcmp order) for a binary search. */
static const HeadWord aHead[] = {
    {"academy", O},
    {"accord", M},
    {"accords", M},
    {"act", M},
    {"administration", O},
    {"agency", O},
    {"agreement", M},
    {"airlines", O},
    {"airport", L},
    {"airways", O},
    {"alliance", O},
    {"archipelago", L},
    {"arena", L},
    {"army", O},
    {"assembly", O},
    {"association", O},
    {"authority", O},
    {"avenue", L},
    {"award", M},
    {"awards", M},
    {"bank", O},
    {"basin", L},
    {"bay", L},
    {"beach", L},
    {"board", O},
    {"borough", L},
    {"boulevard", L},
    {"bowl", M},
    {"bridge", L},
    {"brigade", O},
    {"brothers", O},
    {"bureau", O},
    {"canal", L},
    {"canyon", L},
    {"cape", L},
    {"championship", M},
    {"championships", M},
    {"channel", L},
    {"charter", M},
    {"city", L},
    {"classic", M},
    {"club", O},
    {"coast", L},
    {"college", O},
    {"commission", O},
    {"committee", O},
    {"communists", O},
    {"company", O},
    {"conference", M},
    {"congress", O},
    {"conservatives", O},
    {"convention", M},
    {"corp", O},
    {"corporation", O},
    {"corps", O},
    {"council", O},
    {"county", L},
    {"court", O},
    {"creek", L},
    {"crisis", M},
    {"cup", M},
    {"day", M},
    {"declaration", M},
    {"delta", L},
    {"democrats", O},
    {"department", O},
    {"derby", M},
    {"desert", L},
    {"district", L},
    {"doctrine", M},
    {"emirates", L},
    {"exchange", O},
    {"expo", M},
    {"fair", M},
    {"falls", L},
    {"federation", O},
    {"festival", M},
    {"force", O},
    {"forces", O},
    {"forest", L},
    {"foundation", O},
    {"front", O},
    {"fund", O},
    {"games", M},
    {"government", O},
    {"group", O},
    {"guard", O},
    {"gulf", L},
    {"harbor", L},
    {"harbour", L},
    {"heights", L},
    {"highlands", L},
    {"highway", L},
    {"hills", L},
    {"holdings", O},
    {"hospital", O},
    {"inc", O},
    {"industries", O},
    {"institute", O},
    {"international", O},
    {"island", L},
    {"islands", L},
    {"isles", L},
    {"kingdom", L},
    {"lake", L},
    {"lane", L},
    {"league", O},
    {"liberals", O},
    {"ltd", O},
    {"marathon", M},
    {"medal", M},
    {"ministry", O},
    {"motors", O},
    {"mount", L},
    {"mountain", L},
    {"mountains", L},
    {"movement", O},
    {"municipality", L},
    {"nations", O},
    {"navy", O},
    {"ocean", L},
    {"olympics", M},
    {"open", M},
    {"organisation", O},
    {"organization", O},
    {"palace", L},
    {"parish", L},
    {"parliament", O},
    {"partners", O},
    {"party", O},
    {"pass", L},
    {"peak", L},
    {"peninsula", L},
    {"plain", L},
    {"plan", M},
    {"plateau", L},
    {"police", O},
    {"port", L},
    {"prefecture", L},
    {"prix", M},
    {"prize", M},
    {"protocol", M},
    {"province", L},
    {"rally", M},
    {"range", L},
    {"rangers", O},
    {"reef", L},
    {"region", L},
    {"republic", L},
    {"republicans", O},
    {"reserve", O},
    {"reservoir", L},
    {"resolution", M},
    {"revolution", M},
    {"river", L},
    {"road", L},
    {"sea", L},
    {"securities", O},
    {"senate", O},
    {"series", M},
    {"service", O},
    {"show", M},
    {"socialists", O},
    {"sound", L},
    {"square", L},
    {"stadium", L},
    {"stakes", M},
    {"states", L},
    {"station", L},
    {"strait", L},
    {"straits", L},
    {"street", L},
    {"strip", L},
    {"summit", M},
    {"systems", O},
    {"telecom", O},
    {"territory", L},
    {"times", O},
    {"tournament", M},
    {"township", L},
    {"treaty", M},
    {"trophy", M},
    {"trust", O},
    {"union", O},
    {"united", O},
    {"university", O},
    {"uprising", M},
    {"valley", L},
    {"war", M},
    {"wars", M},
};
#undef L
#undef O
#undef M

/* bsearch comparison of a lower-case word with a head row. */
static int headCompare(const void *pKey, const void *pRow) {
  return strcmp((const char *)pKey, ((const HeadWord *)pRow)->z);
}

/* The entity type the word u[0..n) says as a head (see ner_internal.h). */
unsigned tk_ner__head_type(const unsigned char *u, size_t n) {
  char zLow[16];
  if (n == 0 || n >= sizeof zLow) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = u[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c < 'a' || c > 'z') return 0; /* the heads are ASCII letters */
    zLow[i] = (char)c;
  }
  zLow[n] = 0;
  const HeadWord *p = bsearch(zLow, aHead, sizeof aHead / sizeof aHead[0],
                              sizeof aHead[0], headCompare);
  return p ? p->eType : 0;
}

/* 1 when the token t of text z is the word "of". */
static int isOf(const char *z, const tk_ner_tok *t) {
  return t->nLen == 2 && memcmp(z + t->iStart, "of", 2) == 0;
}

/* 1 when token k of a sentence (text z, tokens aTok, facts a) continues
** a run: a capitalized word, or a connector between two (a bridge) but
** "in", "on", "at": "Rustaveli Avenue in Tbilisi" is two names. */
static int continuesRun(const char *z, const tk_ner_tok *aTok,
                        const tk_ner_info *a, int k) {
  if (a[k].fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP)) return 1;
  if (!(a[k].fCase & TK_NER_C_BRIDGE_IN)) return 0;
  const char *w = z + aTok[k].iStart;
  return aTok[k].nLen != 2 ||
         (memcmp(w, "in", 2) && memcmp(w, "on", 2) && memcmp(w, "at", 2));
}

/* 1 when the token t of text z is "The" or "THE": left out of a run, as
** it is of names ("The Bank of England"). */
static int isThe(const char *z, const tk_ner_tok *t) {
  return t->nLen == 3 && (memcmp(z + t->iStart, "The", 3) == 0 ||
                          memcmp(z + t->iStart, "THE", 3) == 0);
}

/* Give each word of the run a[s..e) the head code of type eType and kind
** (TK_NER_HEAD_FINAL or _INITIAL): the type, the word's place B/I/L, the
** run's length (2 words, or 3 or more). */
static void markRun(tk_ner_info *a, int s, int e, unsigned eType,
                    unsigned kind) {
  unsigned len = e - s > 2 ? TK_NER_HEAD_LONG : 0;
  for (int k = s; k < e; k++) {
    unsigned place = k == s       ? TK_NER_HEAD_B
                     : k + 1 == e ? TK_NER_HEAD_L
                                  : TK_NER_HEAD_I;
    a[k].uHead = eType | place | len | kind;
  }
}

/* Mark the runs of a sentence that a head types (see ner_internal.h). */
void tk_ner__head_mark(const char *z, const tk_ner_tok *aTok, tk_ner_info *a,
                       int nTok) {
  const unsigned fCap = TK_NER_C_UPPER1 | TK_NER_C_ALLCAP;
  if (nTok > 0 && (a[0].fCase & TK_NER_C_LOWLINE)) return;
  for (int s = 0; s < nTok; s++) {
    if (!(a[s].fCase & fCap)) continue;
    int e = s + 1; /* the run is a[s..e): capitalized words, bridges */
    while (e < nTok && continuesRun(z, aTok, a, e))
      e++;
    while (e - 1 > s && !(a[e - 1].fCase & fCap))
      e--;     /* a run cut after "in" ends with a capitalized word */
    int b = s; /* the run without a leading "The" is a[b..e) */
    if (isThe(z, &aTok[s]) && e - s >= 2) b++;
    if (e - b >= 2) {
      const unsigned char *u = (const unsigned char *)z;
      unsigned eType =
          tk_ner__head_type(u + aTok[e - 1].iStart, aTok[e - 1].nLen);
      if (eType) {
        markRun(a, b, e, eType, TK_NER_HEAD_FINAL);
      } else if (e - b >= 3 && isOf(z, &aTok[b + 1])) {
        eType = tk_ner__head_type(u + aTok[b].iStart, aTok[b].nLen);
        if (eType) markRun(a, b, e, eType, TK_NER_HEAD_INITIAL);
      }
    }
    s = e - 1;
  }
}
