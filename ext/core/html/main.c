/*
** main.c -- html_main(): the main article text of a page, readability
** style (docs/html.md, "html_main: the algorithm").
**
**   tk_html_main_options o = {0};
**   o.bTitle = 1;
**   rc = tk_html_main(zPage, nPage, &o, &b, &zErr);
**
** 1. Furniture is set aside: invisible elements, nav/aside/footer/header/
**    form/figure/h1, ARIA landmarks that are not content, and elements whose
**    class or id says comment, sidebar, share, related, promo... (unless it
**    also says article, content, main, body...).
** 2. Every remaining leaf block with 25+ characters scores 1 + its commas
**    + one per 100 characters (at most 3); its parent gets the score, its
**    grandparent half, further ancestors (up to 5 levels) a third per level.
**    An ancestor starts from its tag (div +5, article +15, main +10,
**    itemprop="articleBody" +40, lists and headings negative) and +/-25
**    for its class/id hints.
** 3. The best candidate's score times (1 - its link density) wins; its
**    siblings join when they score a fifth of it (or 10), or are long
**    paragraphs with few links.
** 4. The winners are rendered as html_text does, without link lists and
**    the furniture of step 1.
*/
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What main.c keeps for each element (through the node's _private). */
typedef struct NodeStat {
  size_t nRaw;   /* non-space bytes of text before furniture is set aside */
  size_t nText;  /* non-space bytes of visible text */
  size_t nLink;  /* of which inside links */
  size_t nComma; /* commas */
  size_t nOwn;   /* text not inside a block below it */
  size_t nOwnComma;
  double rScore; /* content score (candidates) */
  int bCandidate;
  int bDrop;      /* furniture: not scored, not rendered */
  int bHasBlock;  /* a block element below it */
  int bParagraph; /* a scored leaf block */
} NodeStat;

/* The stats of element p (NULL for other nodes). */
static NodeStat *statOf(xmlNode *p) {
  return p && p->type == XML_ELEMENT_NODE ? (NodeStat *)p->_private : 0;
}

/* The element's class and id, lowercased, each followed by a space, into
** z (capacity nz >= 4; longer hints are cut, room kept for both spaces
** and the NUL). */
static void hintsOf(const xmlNode *p, char *z, size_t nz) {
  const char *azAttr[2] = {tk_html__attr(p, "class"), tk_html__attr(p, "id")};
  size_t k = 0;
  for (int a = 0; a < 2; a++) {
    for (const char *s = azAttr[a]; s && *s && k + 4 < nz; s++) {
      char c = *s;
      z[k++] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
    }
    z[k++] = ' ';
  }
  z[k] = 0;
}

/* The hint bits (hints.c) of element p's class and id: the prefilter's
** TK_HTML__HINTS_ATTR, or read from the class and id it kept as they
** were. */
static int hintBitsOf(const xmlNode *p) {
  const char *zBits = tk_html__attr(p, TK_HTML__HINTS_ATTR);
  if (zBits) return (int)strtol(zBits, 0, 10);
  if (!p->properties) return 0;
  char zHints[256];
  hintsOf(p, zHints, sizeof(zHints));
  return tk_html__hint_bits(zHints, strlen(zHints));
}

/* 1 when element p is furniture (step 1); nHalf is half the page's text:
** an element holding more is never furniture by its name or hints (whole
** pages wrapped in <form> or in class="wrapper header-style-2"). */
static int isFurniture(xmlNode *p, int eHints, size_t nHalf) {
  if (tk_html__invisible(p)) return 1;
  if (statOf(p)->nRaw > nHalf) return 0;
  switch (tk_html__tag_of(p)) {
  case TK_HTML__TAG_NAV:
  case TK_HTML__TAG_ASIDE:
  case TK_HTML__TAG_FOOTER:
  case TK_HTML__TAG_HEADER:
  case TK_HTML__TAG_FORM:
  case TK_HTML__TAG_MENU:
  case TK_HTML__TAG_FIGURE:
  case TK_HTML__TAG_FIGCAPTION:
  case TK_HTML__TAG_H1:
    return 1;
  case TK_HTML__TAG_BODY:
  case TK_HTML__TAG_HTML:
  case TK_HTML__TAG_ARTICLE:
  case TK_HTML__TAG_MAIN:
  case TK_HTML__TAG_A:
    return 0;
  }
  const char *zRole = tk_html__attr(p, "role");
  if (zRole &&
      (!strcasecmp(zRole, "navigation") ||
       !strcasecmp(zRole, "complementary") || !strcasecmp(zRole, "banner") ||
       !strcasecmp(zRole, "contentinfo") || !strcasecmp(zRole, "menu") ||
       !strcasecmp(zRole, "dialog")))
    return 1;
  const char *zProp = tk_html__attr(p, "itemprop");
  if (zProp && strstr(zProp, "articleBody")) return 0;
  if (eHints & TK_HTML__HINT_AD) return 1;
  return (eHints & TK_HTML__HINT_UNLIKELY) && !(eHints & TK_HTML__HINT_MAYBE);
}

/* The starting score of a candidate: its tag and its hints. */
static double initialScore(xmlNode *p) {
  double r = 0;
  switch (tk_html__tag_of(p)) {
  case TK_HTML__TAG_DIV:
    r = 5;
    break;
  case TK_HTML__TAG_ARTICLE:
    r = 15;
    break;
  case TK_HTML__TAG_MAIN:
    r = 10;
    break;
  case TK_HTML__TAG_PRE:
  case TK_HTML__TAG_TD:
  case TK_HTML__TAG_BLOCKQUOTE:
    r = 3;
    break;
  case TK_HTML__TAG_OL:
  case TK_HTML__TAG_UL:
  case TK_HTML__TAG_DL:
  case TK_HTML__TAG_LI:
  case TK_HTML__TAG_DD:
  case TK_HTML__TAG_DT:
  case TK_HTML__TAG_ADDRESS:
    r = -3;
    break;
  case TK_HTML__TAG_TH:
    r = -5;
    break;
  default:
    if (tk_html__kind_of(p) & TK_HTML__HEAD) r = -5;
  }
  const char *zProp = tk_html__attr(p, "itemprop");
  if (zProp && strstr(zProp, "articleBody")) r += 40;
  int eHints = hintBitsOf(p);
  if (eHints & TK_HTML__HINT_POSITIVE) r += 25;
  if (eHints & TK_HTML__HINT_NEGATIVE) r -= 25;
  return r;
}

/* Non-space bytes and commas of text z. */
static void countText(const char *z, size_t *pnText, size_t *pnComma) {
  for (const unsigned char *s = (const unsigned char *)z; *s; s++) {
    if (*s > ' ') (*pnText)++;
    if (*s == ',') (*pnComma)++;
  }
}

/* Link density of s: the share of its text inside links. */
static double linkDensity(const NodeStat *s) {
  return s->nText ? (double)s->nLink / (double)s->nText : 0;
}

/* Give a paragraph's score to its ancestors (step 2). */
static void scoreParagraph(xmlNode *p, const NodeStat *s) {
  double r =
      1 + (double)s->nComma + (double)(s->nText / 100 < 3 ? s->nText / 100 : 3);
  int iLevel = 0;
  for (xmlNode *a = p->parent; a && iLevel < 5; a = a->parent, iLevel++) {
    NodeStat *t = statOf(a);
    if (!t) break;
    if (!t->bCandidate) {
      t->bCandidate = 1;
      t->rScore = initialScore(a);
    }
    t->rScore += iLevel == 0 ? r : iLevel == 1 ? r / 2 : r / (iLevel * 3);
  }
}

/* The text of every element under pRoot before any is set aside (nRaw),
** invisible elements excepted. */
static void measureRaw(xmlNode *pRoot) {
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p;) {
    int bDescend = 1;
    if (p->type == XML_TEXT_NODE || p->type == XML_CDATA_SECTION_NODE) {
      NodeStat *s = statOf(p->parent);
      size_t nComma = 0;
      if (s && p->content)
        countText((const char *)p->content, &s->nRaw, &nComma);
    } else if (p->type == XML_ELEMENT_NODE) {
      if (!w.bLeave && tk_html__invisible(p)) {
        bDescend = 0;
      } else if (w.bLeave) {
        NodeStat *t = statOf(p->parent);
        if (t) t->nRaw += statOf(p)->nRaw;
      }
    } else {
      bDescend = 0;
    }
    p = tk_html__walk_next(&w, bDescend);
  }
}

/* Steps 1 and 2 over the tree under pRoot: furniture marked, text counted
** bottom-up, paragraphs scored.  stats are in aStat (one per element). */
static void measure(xmlNode *pRoot) {
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  int nLinkDepth = 0;
  for (xmlNode *p = w.p; p;) {
    int bDescend = 1;
    if (p->type == XML_TEXT_NODE || p->type == XML_CDATA_SECTION_NODE) {
      NodeStat *s = statOf(p->parent);
      if (s && p->content) {
        size_t nText = 0, nComma = 0;
        countText((const char *)p->content, &nText, &nComma);
        s->nText += nText;
        s->nComma += nComma;
        s->nOwn += nText;
        s->nOwnComma += nComma;
        if (nLinkDepth > 0) s->nLink += nText;
      }
    } else if (p->type == XML_ELEMENT_NODE) {
      NodeStat *s = statOf(p);
      int bLink = tk_html__tag_of(p) == TK_HTML__TAG_A;
      if (!w.bLeave) {
        if (p != pRoot &&
            isFurniture(p, hintBitsOf(p), statOf(pRoot)->nRaw / 2)) {
          s->bDrop = 1;
          bDescend = 0;
        } else if (bLink) {
          nLinkDepth++;
        }
      } else {
        int eKind = tk_html__kind_of(p);
        if (bLink) nLinkDepth--;
        NodeStat *t = statOf(p->parent);
        int bBlock =
            (eKind & (TK_HTML__BLOCK | TK_HTML__LINE | TK_HTML__CELL)) != 0;
        if (bBlock && !(eKind & TK_HTML__HEAD) && s->nOwn >= 25) {
          s->bParagraph = 1;
          scoreParagraph(p, s);
        }
        if (t) {
          t->nText += s->nText;
          t->nLink += s->nLink;
          t->nComma += s->nComma;
          if (!bBlock) {
            t->nOwn += s->nOwn;
            t->nOwnComma += s->nOwnComma;
          }
        }
      }
    } else {
      bDescend = 0;
    }
    p = tk_html__walk_next(&w, bDescend);
  }
}

/* The candidate with the best score after link density (step 3). */
static xmlNode *bestCandidate(xmlNode *pRoot) {
  xmlNode *pBest = 0;
  double rBest = 0;
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p;) {
    NodeStat *s = statOf(p);
    if (s && !w.bLeave && s->bCandidate) {
      s->rScore *= 1 - linkDensity(s);
      if (!pBest || s->rScore > rBest) {
        pBest = p;
        rBest = s->rScore;
      }
    }
    p = tk_html__walk_next(&w, !(s && s->bDrop));
  }
  return pBest;
}

/* 1 when sibling q of the winner p joins it (step 3). */
static int siblingJoins(xmlNode *p, xmlNode *q) {
  NodeStat *s = statOf(p), *t = statOf(q);
  if (!t || t->bDrop) return 0;
  double rMin = s->rScore * 0.2 > 10 ? s->rScore * 0.2 : 10;
  if (t->bCandidate && t->rScore >= rMin) return 1;
  if (t->bParagraph || tk_html__tag_of(q) == TK_HTML__TAG_P) {
    double r = linkDensity(t);
    if (t->nText > 80 && r < 0.25) return 1;
    if (t->nText > 0 && r == 0 && t->nComma > 0) return 1;
  }
  return 0;
}

/* xSkip of the render (step 4): furniture and link lists. */
static int skipInMain(void *pCtx, xmlNode *p) {
  (void)pCtx;
  NodeStat *s = statOf(p);
  if (!s || s->bDrop) return 1;
  int eKind = tk_html__kind_of(p);
  if ((eKind & (TK_HTML__BLOCK | TK_HTML__LINE)) && s->nText > 0 &&
      linkDensity(s) > 0.5)
    return 1;
  return 0;
}

/* Attach a zeroed NodeStat to every element under pRoot; NULL on OOM. */
static NodeStat *attachStats(xmlNode *pRoot) {
  size_t nElem = 0;
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p; p = tk_html__walk_next(&w, 1))
    if (!w.bLeave && p->type == XML_ELEMENT_NODE) nElem++;
  NodeStat *aStat = tk_malloc(nElem * sizeof(NodeStat));
  if (!aStat) return 0;
  memset(aStat, 0, nElem * sizeof(NodeStat));
  size_t i = 0;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p; p = tk_html__walk_next(&w, 1))
    if (!w.bLeave && p->type == XML_ELEMENT_NODE) p->_private = &aStat[i++];
  return aStat;
}

/* Parse "title=0|1". */
static int mainOption(void *pCtx, const char *zKey, size_t nKey,
                      const char *zVal, size_t nVal, char **pzErr) {
  tk_html_main_options *p = pCtx;
  if (tk_option_is(zKey, nKey, "title")) {
    if (tk_option_bool(zVal, nVal, &p->bTitle) == TK_OK) return TK_OK;
    if (pzErr) *pzErr = tk_mprintf("title must be 0 or 1");
    return TK_EINVAL;
  }
  if (pzErr)
    *pzErr =
        tk_mprintf("unknown option '%.*s' (valid: title)", (int)nKey, zKey);
  return TK_EINVAL;
}

/* Set *p from an options string. */
int tk_html_main_options_set(tk_html_main_options *p, const char *z, size_t n,
                             char **pzErr) {
  return tk_options_parse(z, n, mainOption, p, pzErr);
}

/* Render the winner p and the siblings that join it into o. */
static void renderMain(xmlNode *p, tk_html__out *o) {
  for (xmlNode *q = p->parent ? p->parent->children : p; q; q = q->next) {
    if (q != p && !siblingJoins(p, q)) continue;
    if (q->type != XML_ELEMENT_NODE) continue;
    tk_html__out_break(o, TK_HTML__PARAGRAPH);
    tk_html__render(q, o, skipInMain, 0);
    if (!p->parent) break;
  }
}

/* html_main(): the main text of the page. */
int tk_html_main(const char *z, size_t n, const tk_html_main_options *pOpt,
                 tk_buf *pOut, char **pzErr) {
  return tk_html_main_w(z, n, pOpt, NULL, pOut, pzErr);
}

/* tk_html_main polling pWork (NULL: never) while parsing. */
int tk_html_main_w(const char *z, size_t n, const tk_html_main_options *pOpt,
                   tk_work *pWork, tk_buf *pOut, char **pzErr) {
  tk_html__doc *pDoc;
  int rc = tk_html__parse(z, n,
                          TK_HTML__KEEP_HINTS |
                              (pOpt && pOpt->bTitle
                                   ? TK_HTML__KEEP_JSONLD | TK_HTML__KEEP_META
                                   : 0),
                          pWork, &pDoc, pzErr);
  if (rc != TK_OK || !pDoc) return rc;
  xmlNode *pRoot = tk_html__root(pDoc);
  tk_html__out o;
  tk_html__out_init(&o, pOut);
  o.pWork = pWork;
  if (pOpt && pOpt->bTitle) {
    rc = tk_html__title(pDoc, pOut);
    tk_html__out_break(&o, TK_HTML__PARAGRAPH);
  }
  xmlNode *pBody = pRoot ? tk_html__find(pRoot, "body") : 0;
  if (!pBody) pBody = pRoot;
  NodeStat *aStat = pBody && rc == TK_OK ? attachStats(pBody) : 0;
  if (pBody && rc == TK_OK && !aStat) rc = TK_ENOMEM;
  if (aStat) {
    /* each pass over the tree counts as reading the page once */
    uint64_t nPassCells = (uint64_t)n * TK_WORK_CELLS_PER_BYTE;
    measureRaw(pBody);
    o.bStopped = tk_work_poll(pWork, nPassCells) != 0;
    if (!o.bStopped) measure(pBody);
    o.bStopped = o.bStopped || tk_work_poll(pWork, nPassCells) != 0;
    xmlNode *pBest = o.bStopped ? 0 : bestCandidate(pBody);
    if (pBest)
      renderMain(pBest, &o);
    else
      tk_html__render(pBody, &o, skipInMain, 0);
  }
  tk_free(aStat);
  tk_html__doc_free(pDoc);
  if (rc == TK_OK && o.bStopped) rc = TK_EINTERRUPT;
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  return rc;
}
