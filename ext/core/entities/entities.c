/*
** entities.c -- the entity extractor behind entities(): tokenizes a
** document once (mode=text, punct=1) into a token array, runs the pattern
** matchers (patterns_*.c), the dictionary (dictionary.c) and the
** statistical tagger (ner.h; its spans fixed by model_spans.c), resolves
** overlaps (dictionary > pattern > model, except that a model span strictly
** containing a pattern span wins over it), sorts by start, sets canonical
** names (canonical.c) and applies the types= filter.
**
**   tk_entities_new(&p);
**   tk_entities_run(p, &opt, z, n, &aEnt, &nEnt);
**   tk_entities_free(p);
*/
#include "entities_internal.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ extractor */

/* The pattern matchers in tie order (the first of equally long matches
** wins), each with the keywords that can start its entities. */
static const struct {
  int (*xMatch)(const tk_edoc *, size_t, tk_pmatch *);
  int (*xKeywords)(tk_kw_add, void *);
} aMatcher[] = {
    {tk_entities__match_date, tk_entities__time_keywords},
    {tk_entities__match_reldate, tk_entities__reldate_keywords},
    {tk_entities__match_clock, 0},
    {tk_entities__match_numeric, tk_entities__numeric_keywords},
    {tk_entities__match_contact, 0},
};

/* A candidate span before overlap resolution; iNorm indexes the norm
** arena, or is SIZE_MAX when the norm is the span's collapsed text. */
typedef struct Cand {
  size_t iStart, nLen;
  int eType;
  const char *zType;
  size_t iNorm, nNorm;
  double rScore;
  int eSource;
  int bDrop;
} Cand;

/* A slot of the keyword table (norms up to 15 bytes). */
typedef struct KwSlot {
  char z[16];
  uint8_t n;
  uint8_t f;
} KwSlot;
#define KW_SLOTS 1024 /* a power of two, well above the keyword count */

struct tk_entities {
  KwSlot *aKw; /* keyword table: norm -> TK_KW_* flags */
  tk_tokenizer *pTok;
  tk_etok *aTok;
  size_t nTokAlloc;
  tk_buf norm; /* token norms */
  Cand *aCand;
  size_t nCand, nCandAlloc;
  tk_buf out; /* entity norms */
  tk_entity *aEnt;
  size_t nEntAlloc;
  tk_canon *pCanon;     /* canonical names (canonical.c) */
  tk_ner_scratch *pNer; /* the tagger's memory, kept between texts */
};

/* tk_kw_add for the keyword table. */
static int kwAdd(void *pCtx, const char *zWord, int fClass) {
  KwSlot *a = pCtx;
  size_t n = strlen(zWord);
  if (n >= sizeof(a->z)) return TK_OK;
  size_t k = tk_fnv1a(zWord, n) & (KW_SLOTS - 1);
  while (a[k].n && !(a[k].n == n && memcmp(a[k].z, zWord, n) == 0))
    k = (k + 1) & (KW_SLOTS - 1);
  memcpy(a[k].z, zWord, n);
  a[k].n = (uint8_t)n;
  a[k].f |= (uint8_t)fClass;
  return TK_OK;
}

/* The TK_KW_* flags of a norm. */
static int kwFlags(const KwSlot *a, const char *z, size_t n) {
  if (n >= sizeof(a->z)) return 0;
  size_t k = tk_fnv1a(z, n) & (KW_SLOTS - 1);
  while (a[k].n) {
    if (a[k].n == n && memcmp(a[k].z, z, n) == 0) return a[k].f;
    k = (k + 1) & (KW_SLOTS - 1);
  }
  return 0;
}

/* A new extractor. */
int tk_entities_new(tk_entities **pp) {
  tk_entities *p = tk_malloc(sizeof(*p));
  *pp = 0;
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof(*p));
  p->aKw = tk_malloc(KW_SLOTS * sizeof(KwSlot));
  if (!p->aKw) {
    tk_free(p);
    return TK_ENOMEM;
  }
  memset(p->aKw, 0, KW_SLOTS * sizeof(KwSlot));
  for (size_t k = 0; k < sizeof(aMatcher) / sizeof(aMatcher[0]); k++)
    if (aMatcher[k].xKeywords) aMatcher[k].xKeywords(kwAdd, p->aKw);
  tk_token_options o;
  tk_token_options_init(&o);
  o.bPunct = 1;
  char *zErr = 0;
  int rc = tk_tokenizer_new(&o, &p->pTok, &zErr);
  tk_free(zErr);
  if (rc != TK_OK) {
    tk_free(p->aKw);
    tk_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Free an extractor. */
void tk_entities_free(tk_entities *p) {
  if (!p) return;
  tk_tokenizer_free(p->pTok);
  tk_free(p->aKw);
  tk_free(p->aTok);
  tk_free(p->aCand);
  tk_free(p->aEnt);
  tk_buf_free(&p->norm);
  tk_buf_free(&p->out);
  tk_entities__canon_free(p->pCanon);
  tk_ner_scratch_free(p->pNer);
  tk_free(p);
}

/* Tokenize z[0..n) into p->aTok. */
static int tokenize(tk_entities *p, const char *z, size_t n, tk_work *pWork,
                    size_t *pnTok) {
  size_t nTok = 0, iPrevEnd = 0;
  tk_token t;
  int rc;
  tk_buf_reset(&p->norm);
  tk_tokenizer_reset(p->pTok, z, n);
  while ((rc = tk_tokenizer_next(p->pTok, &t)) == 1) {
    if (tk_reserve(&p->aTok, &p->nTokAlloc, nTok, sizeof(*p->aTok))) {
      return TK_ENOMEM;
    }
    tk_etok *e = &p->aTok[nTok++];
    e->iStart = t.iStart;
    e->nLen = t.nLen;
    e->eKind = (uint8_t)t.eKind;
    e->bGap = t.iStart > iPrevEnd || nTok == 1;
    if (e->bGap && nTok > 1 && memchr(z + iPrevEnd, '\n', t.iStart - iPrevEnd))
      e->bGap = 2;
    e->iNorm = p->norm.n;
    e->nNorm = (uint32_t)t.nNorm;
    e->fClass = t.eKind == TK_KIND_WORD || t.eKind == TK_KIND_SYMBOL
                    ? (uint8_t)kwFlags(p->aKw, t.zNorm, t.nNorm)
                    : 0;
    tk_buf_append(&p->norm, t.zNorm, t.nNorm);
    tk_buf_putc(&p->norm, 0);
    size_t nRead = t.iStart + t.nLen - iPrevEnd;
    iPrevEnd = t.iStart + t.nLen;
    if (tk_work_poll(pWork, nRead * TK_WORK_CELLS_PER_BYTE))
      return TK_EINTERRUPT;
  }
  if (rc < 0) return rc;
  if (p->norm.oom) return TK_ENOMEM;
  *pnTok = nTok;
  return TK_OK;
}

/* Append a candidate; its slot or NULL on OOM. */
static Cand *addCand(tk_entities *p) {
  if (tk_reserve(&p->aCand, &p->nCandAlloc, p->nCand, sizeof(*p->aCand))) {
    return 0;
  }
  Cand *c = &p->aCand[p->nCand++];
  memset(c, 0, sizeof(*c));
  c->iNorm = SIZE_MAX;
  c->rScore = 1.0;
  return c;
}

/* A candidate over tokens [i, i+nTok). */
static Cand *addTokenCand(tk_entities *p, const tk_edoc *d, size_t i, int nTok,
                          int eSource) {
  Cand *c = addCand(p);
  if (!c) return 0;
  c->iStart = d->a[i].iStart;
  const tk_etok *e = &d->a[i + (size_t)nTok - 1];
  c->nLen = e->iStart + e->nLen - c->iStart;
  c->eSource = eSource;
  return c;
}

/* Dictionary spans: longest match, left to right, no overlaps. */
static int runDictionary(tk_entities *p, const tk_edoc *d) {
  for (size_t i = 0; i < d->nTok;) {
    int eType = 0;
    const char *zType = 0;
    int n = tk_entities__dict_match(d->pOpt->pDict, d, i, &eType, &zType);
    if (!n) {
      i++;
      continue;
    }
    Cand *c = addTokenCand(p, d, i, n, TK_SRC_DICTIONARY);
    if (!c) return TK_ENOMEM;
    c->eType = eType;
    c->zType = zType;
    i += (size_t)n;
  }
  return TK_OK;
}

/* 1 when no pattern can start at token i (a cheap first filter): an
** ordinary word or punctuation other than ( - +. */
static int cannotStart(const tk_edoc *d, size_t i) {
  const tk_etok *t = &d->a[i];
  const char *z = tk_etok_norm(d, i);
  if (t->eKind == TK_KIND_WORD)
    return !(t->fClass & TK_KW_START) && !(z[0] >= '0' && z[0] <= '9');
  if (t->eKind != TK_KIND_PUNCT) return 0;
  return z[0] != '(' && z[0] != '-' && z[0] != '+';
}

/* Pattern spans: at each token the longest match of any matcher (ties:
** the first in aMatcher); no match crosses a line break. */
static int runPatterns(tk_entities *p, const tk_edoc *pDoc) {
  tk_edoc line = *pDoc; /* the tokens up to the next line break */
  const tk_edoc *d = &line;
  line.nTok = 0;
  for (size_t i = 0; i < pDoc->nTok;) {
    tk_pmatch best, m;
    best.nTok = 0;
    if (i >= line.nTok) {
      line.nTok = i + 1;
      while (line.nTok < pDoc->nTok && pDoc->a[line.nTok].bGap != 2)
        line.nTok++;
    }
    if (!cannotStart(d, i)) {
      for (size_t k = 0; k < sizeof(aMatcher) / sizeof(aMatcher[0]); k++) {
        int nTok = aMatcher[k].xMatch(d, i, &m);
        if (nTok > best.nTok) {
          best = m;
          best.nTok = nTok;
        }
      }
    }
    if (tk_work_poll(d->pOpt->pWork,
                     (d->a[i].nLen + 1) * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
    if (!best.nTok) {
      i++;
      continue;
    }
    Cand *c = addTokenCand(p, d, i, best.nTok, TK_SRC_PATTERN);
    if (!c) return TK_ENOMEM;
    c->eType = best.eType;
    c->zType = tk_entity_type_name(best.eType);
    if (best.eType == TK_ENT_EMAIL) {
      c->iNorm = p->out.n;
      c->nNorm = d->a[i].nNorm;
      tk_buf_append(&p->out, tk_etok_norm(d, i), c->nNorm);
      tk_buf_putc(&p->out, 0);
    } else if (best.zNorm[0]) {
      c->iNorm = p->out.n;
      c->nNorm = strlen(best.zNorm);
      tk_buf_append(&p->out, best.zNorm, c->nNorm + 1);
    }
    i += (size_t)best.nTok;
  }
  return p->out.oom ? TK_ENOMEM : TK_OK;
}

/* Model spans from the statistical tagger, read with its dateline rule
** (TK_NER_RULE_DATELINE: "Jan 20 (Reuters) - Donald Trump" is not one
** name), which self-training does not use, over the text with its
** typographic punctuation in ASCII (plain_text.c: "O’Brien" read as the
** training text's "O'Brien"), and fixed as users see them (model_spans.c).
*/
static int runModel(tk_entities *p, const char *z, size_t n, tk_work *pWork) {
  tk_ner_span *a = 0;
  size_t nSpan = 0;
  tk_plain_text plain;
  if (!p->pNer && tk_ner_scratch_new(&p->pNer) != TK_OK) return TK_ENOMEM;
  if (tk_entities__plain_text(z, n, &plain) != TK_OK) return TK_ENOMEM;
  int rc = tk_ner_tag_w(tk_ner_builtin(), plain.z ? plain.z : z,
                        plain.z ? plain.n : n, pWork, p->pNer,
                        TK_NER_RULE_DATELINE, &a, &nSpan);
  for (size_t k = 0; rc == TK_OK && plain.z && k < nSpan; k++) {
    size_t iEnd = tk_entities__plain_offset(&plain, a[k].iStart + a[k].nLen, 1);
    a[k].iStart = tk_entities__plain_offset(&plain, a[k].iStart, 0);
    a[k].nLen = iEnd - a[k].iStart;
  }
  tk_entities__plain_text_free(&plain);
  if (rc != TK_OK) return rc;
  if (tk_entities__fix_model_spans(z, n, &a, &nSpan) != TK_OK) {
    tk_free(a);
    return TK_ENOMEM;
  }
  for (size_t k = 0; k < nSpan; k++) {
    Cand *c = addCand(p);
    if (!c) {
      tk_free(a);
      return TK_ENOMEM;
    }
    c->iStart = a[k].iStart;
    c->nLen = a[k].nLen;
    c->eType = a[k].eType;
    c->zType = tk_ner_type_name(a[k].eType);
    c->rScore = a[k].rScore;
    c->eSource = TK_SRC_MODEL;
  }
  tk_free(a);
  return TK_OK;
}

/* 1 when two spans share a byte. */
static int overlaps(const Cand *a, const Cand *b) {
  return a->iStart < b->iStart + b->nLen && b->iStart < a->iStart + a->nLen;
}

/* Overlap resolution over the candidates [0,nDict) dictionary,
** [nDict,nPat) pattern, [nPat,nCand) model; each group is sorted and free
** of overlaps within itself, so a forward sweep per pair suffices. */
static void resolve(tk_entities *p, size_t nDict, size_t nPat) {
  Cand *a = p->aCand;
  size_t n = p->nCand;
  /* 1. dictionary beats everything */
  size_t iD = 0;
  for (size_t k = nDict; k < n && nDict; k++) {
    if (k == nPat) iD = 0;
    while (iD < nDict && a[iD].iStart + a[iD].nLen <= a[k].iStart)
      iD++;
    for (size_t j = iD; j < nDict && a[j].iStart < a[k].iStart + a[k].nLen;
         j++) {
      if (overlaps(&a[j], &a[k])) a[k].bDrop = 1;
    }
  }
  /* 2. patterns beat model spans unless strictly contained in one */
  size_t iP = nDict;
  for (size_t k = nPat; k < n; k++) {
    if (a[k].bDrop) continue;
    while (iP < nPat && a[iP].iStart + a[iP].nLen <= a[k].iStart)
      iP++;
    int bAllInside = 1, bAny = 0;
    size_t kEnd = a[k].iStart + a[k].nLen;
    for (size_t j = iP; j < nPat && a[j].iStart < kEnd; j++) {
      if (a[j].bDrop || !overlaps(&a[j], &a[k])) continue;
      bAny = 1;
      size_t jEnd = a[j].iStart + a[j].nLen;
      int bInside =
          a[j].iStart >= a[k].iStart && jEnd <= kEnd && a[j].nLen < a[k].nLen;
      if (!bInside) bAllInside = 0;
    }
    if (!bAny) continue;
    if (!bAllInside) {
      a[k].bDrop = 1;
      continue;
    }
    for (size_t j = iP; j < nPat && a[j].iStart < kEnd; j++) {
      if (overlaps(&a[j], &a[k])) a[j].bDrop = 1;
    }
  }
}

/* Give the pattern date c the year nearest the anchor y-mo-d when its norm
** is year-less ("--08-26"). */
static void takeOwnYear(tk_entities *p, Cand *c, int y, int mo, int d) {
  char zNew[16];
  if (!tk_entities__own_year(p->out.z + c->iNorm, y, mo, d, zNew, sizeof(zNew)))
    return;
  c->iNorm = p->out.n;
  c->nNorm = strlen(zNew);
  tk_buf_append(&p->out, zNew, c->nNorm + 1);
}

/* ref=auto when the text's own date has no year (a dateline "WASHINGTON,
** Dec 30 (Reuters) -", a headline "... - August 26."): each year-less
** month-day of the patterns [nDict,nPat) takes its year from the text's
** dated date before it, else from the first one after it. */
static void ownYears(tk_entities *p, size_t nDict, size_t nPat) {
  int y = 0, mo = 0, d = 0; /* the last dated date so far */
  for (size_t k = nDict; k < nPat && !p->out.oom; k++) {
    Cand *c = &p->aCand[k];
    if (c->bDrop || c->eType != TK_ENT_DATE || c->iNorm == SIZE_MAX) continue;
    int yK, moK, dK;
    if (!tk_entities__dated_norm(p->out.z + c->iNorm, &yK, &moK, &dK)) {
      if (y) takeOwnYear(p, c, y, mo, d);
      continue;
    }
    if (!y) { /* the dates before the first dated one */
      for (size_t j = nDict; j < k; j++) {
        Cand *b = &p->aCand[j];
        if (!b->bDrop && b->eType == TK_ENT_DATE && b->iNorm != SIZE_MAX)
          takeOwnYear(p, b, yK, moK, dK);
      }
    }
    y = yK;
    mo = moK;
    d = dK;
  }
}

/* Order of the final list. */
static int cmpEnt(const void *pa, const void *pb) {
  const tk_entity *a = pa, *b = pb;
  return a->iStart < b->iStart ? -1 : a->iStart > b->iStart;
}

/* 1 for an ASCII blank: space, tab, newline, CR, form feed, VT. */
static int blankByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* Append z[0..n) to the out arena with whitespace runs collapsed. */
static void collapse(tk_buf *p, const char *z, size_t n) {
  int bSpace = 0;
  for (size_t k = 0; k < n;) {
    if (blankByte(z[k])) {
      bSpace = 1;
      k++;
      continue;
    }
    size_t e = k + 1; /* the run of other bytes, appended at once */
    while (e < n && !blankByte(z[e]))
      e++;
    if (bSpace) tk_buf_putc(p, ' ');
    bSpace = 0;
    tk_buf_append(p, z + k, e - k);
    k = e;
  }
  tk_buf_putc(p, 0);
}

/* Extract, resolve, filter and sort. */
int tk_entities_run(tk_entities *p, const tk_entity_options *pOpt,
                    const char *z, size_t n, const tk_entity **paEnt,
                    size_t *pnEnt) {
  tk_edoc d;
  tk_entity_options oAuto; /* pOpt with ref=auto resolved */
  int rc;
  *paEnt = 0;
  *pnEnt = 0;
  p->nCand = 0;
  tk_buf_reset(&p->out);
  memset(&d, 0, sizeof(d));
  d.z = z;
  d.n = n;
  d.pOpt = tk_entities__ref_options(pOpt, z, n, &oAuto);
  if (pOpt->pDict || pOpt->bPatterns) {
    rc = tokenize(p, z, n, pOpt->pWork, &d.nTok);
    if (rc != TK_OK) return rc;
    d.a = p->aTok;
    d.zNorm = p->norm.z;
  }
  if (pOpt->pDict && (rc = runDictionary(p, &d)) != TK_OK) return rc;
  size_t nDict = p->nCand;
  if (pOpt->bPatterns && (rc = runPatterns(p, &d)) != TK_OK) return rc;
  size_t nPat = p->nCand;
  if (pOpt->bModel && (rc = runModel(p, z, n, pOpt->pWork)) != TK_OK) return rc;
  resolve(p, nDict, nPat);
  if (pOpt->bRefAuto && !d.pOpt->iRefYear && d.pOpt->iRefMonth)
    ownYears(p, nDict, nPat);
  if (p->nCand > p->nEntAlloc) {
    tk_entity *a = tk_realloc(p->aEnt, p->nCand * sizeof(*a));
    if (!a) return TK_ENOMEM;
    p->aEnt = a;
    p->nEntAlloc = p->nCand;
  }
  size_t nEnt = 0;
  for (size_t k = 0; k < p->nCand; k++) {
    Cand *c = &p->aCand[k];
    if (c->bDrop) continue;
    if (c->iNorm == SIZE_MAX) {
      c->iNorm = p->out.n;
      if (c->eType == TK_ENT_URL || c->eType == TK_ENT_HASHTAG ||
          c->eType == TK_ENT_MENTION) {
        tk_buf_append(&p->out, z + c->iStart, c->nLen);
        tk_buf_putc(&p->out, 0);
      } else {
        collapse(&p->out, z + c->iStart, c->nLen);
      }
      c->nNorm = p->out.n - 1 - c->iNorm;
    }
    tk_entity *e = &p->aEnt[nEnt++];
    e->iStart = c->iStart;
    e->nLen = c->nLen;
    e->eType = c->eType;
    e->zType = c->zType;
    e->zNorm = 0;
    e->nNorm = c->iNorm; /* an offset until the arena stops moving */
    e->rScore = c->rScore;
    e->eSource = c->eSource;
  }
  if (p->out.oom) return TK_ENOMEM;
  for (size_t k = 0; k < nEnt; k++) {
    tk_entity *e = &p->aEnt[k];
    e->zNorm = p->out.z + e->nNorm;
    e->nNorm = strlen(e->zNorm);
  }
  size_t k = 1;
  while (k < nEnt && p->aEnt[k - 1].iStart < p->aEnt[k].iStart)
    k++;
  if (k < nEnt) qsort(p->aEnt, nEnt, sizeof(tk_entity), cmpEnt);
  rc = tk_entities__canonical(&p->pCanon, z, n, p->aEnt, nEnt, pOpt->bVote);
  if (rc != TK_OK) return rc;
  size_t nKept = 0; /* types= after the vote, which may change types */
  for (k = 0; k < nEnt; k++)
    if (pOpt->mTypes & (1u << p->aEnt[k].eType)) p->aEnt[nKept++] = p->aEnt[k];
  nEnt = nKept;
  *paEnt = p->aEnt;
  *pnEnt = nEnt;
  return TK_OK;
}
