/*
** tree.c -- the parse tree of the html family, built by textkit from the
** events of libxml2's HTML parser (its SAX interface) instead of by
** libxml2's own tree builder: the nodes are libxml2's structs (xmlNode,
** xmlAttr), so the rest of the family reads them as before, but they live
** in an arena of large blocks (tk_malloc) freed at once, the element and
** attribute names are the parser's interned strings, and adjacent texts
** are one node.  Comments and processing instructions are not kept, and
** an element after the root's end (a second <html>) is the root's last
** child.
**
**   tk_html__doc *pDoc = 0;
**   rc = tk_html__build(z, n, "UTF-8", eOpt, pWork, &pDoc);   // TK_OK, ...
**   xmlNode *pRoot = tk_html__root(pDoc);        // NULL when no element
**   tk_html__doc_free(pDoc);
**
** Depth: the parser stops at the element that would be the 258th open
** one, as libxml2's tree builder does without HTML_PARSE_HUGE; what
** follows it is dropped.
*/
#include "html_internal.h"

#include <libxml/parserInternals.h>
#include <stdint.h>
#include <string.h>

/* The most elements open at once (libxml2's xmlParserMaxDepth + 1). */
#define TK_HTML__MAX_DEPTH 257

/* The slots of the cache of name bits (a power of two). */
#define TK_HTML__NAME_SLOTS 64

/* The first arena block's size; each next one doubles, up to the last. */
#define TK_HTML__BLOCK_MIN ((size_t)16 << 10)
#define TK_HTML__BLOCK_MAX ((size_t)1 << 20)

/* One block of the arena. */
typedef struct Block {
  struct Block *pNext;
  size_t nUsed, nSize;
  /* the memory follows, aligned as max_align_t */
} Block;

/* The parsed page (html_internal.h). */
struct tk_html__doc {
  xmlDictPtr pDict;  /* the parser's names, kept after the parser */
  Block *pBlock;     /* the arena, newest block first */
  size_t nNextBlock; /* the size of the next block */
  xmlNode *pRoot;    /* the first element */
  /* while building */
  htmlParserCtxtPtr pCtxt;
  xmlNode *pCur;      /* the open element, NULL at the top */
  int nDepth;         /* elements open */
  xmlNode *pText;     /* the text node being added to */
  size_t nText, nCap; /* its length and room (with the NUL) */
  int bStop;          /* out of memory or too deep: no more events */
  int bOom;
  int bInterrupted; /* pWork said stop */
  tk_work *pWork;   /* polled from the events; NULL: never */
  size_t iPolled;   /* the parser's input offset at the last poll */
  /* the name bits (tk_html__name_bits) of names seen, by the address of
  ** the name: the parser gives each name as one interned string */
  struct {
    const xmlChar *zName;
    int eBits;
  } aName[TK_HTML__NAME_SLOTS];
};

/* Round n up to the alignment of any object. */
static size_t aligned(size_t n) {
  size_t a = _Alignof(max_align_t);
  return (n + a - 1) / a * a;
}

/* n bytes from the arena (zeroed when bZero), NULL on OOM. */
static void *arenaAlloc(tk_html__doc *d, size_t n, int bZero) {
  n = aligned(n);
  Block *b = d->pBlock;
  if (!b || b->nSize - b->nUsed < n) {
    size_t nSize = d->nNextBlock;
    while (nSize < n)
      nSize *= 2;
    b = tk_malloc(aligned(sizeof(Block)) + nSize);
    if (!b) return 0;
    b->nUsed = 0;
    b->nSize = nSize;
    b->pNext = d->pBlock;
    d->pBlock = b;
    if (d->nNextBlock < TK_HTML__BLOCK_MAX) d->nNextBlock *= 2;
  }
  char *p = (char *)b + aligned(sizeof(Block)) + b->nUsed;
  b->nUsed += n;
  if (bZero) memset(p, 0, n);
  return p;
}

/* Stop the parse (out of memory when bOom). */
static void stopBuild(tk_html__doc *d, int bOom) {
  d->bStop = 1;
  if (bOom) d->bOom = 1;
  xmlStopParser(d->pCtxt);
}

/* Count the input parsed since the last poll as work done; stop the parse
** when pWork says stop. */
static void pollBuild(tk_html__doc *d) {
  const xmlParserInput *in = d->pCtxt->input;
  if (!d->pWork || !in || !in->cur || !in->base) return;
  size_t iPos = (size_t)(in->cur - in->base);
  size_t nRead = iPos > d->iPolled ? iPos - d->iPolled : 0;
  d->iPolled = iPos;
  if (tk_work_poll(d->pWork, nRead * TK_WORK_CELLS_PER_BYTE)) {
    d->bInterrupted = 1;
    stopBuild(d, 0);
  }
}

/* A copy of z[0..n) in the arena, NUL-terminated; NULL on OOM. */
static xmlChar *arenaCopy(tk_html__doc *d, const xmlChar *z, size_t n) {
  xmlChar *p = arenaAlloc(d, n + 1, 0);
  if (!p) return 0;
  memcpy(p, z, n);
  p[n] = 0;
  return p;
}

/* Add node p as the last child of the open element; at the top, the
** first element is the root and any later one becomes the root's last
** child (as libxml2's tree builder does with a second <html>). */
static void linkNode(tk_html__doc *d, xmlNode *p) {
  xmlNode *pParent = d->pCur ? d->pCur : d->pRoot;
  if (!pParent) {
    d->pRoot = p;
    return;
  }
  p->parent = pParent;
  p->prev = pParent->last;
  if (pParent->last)
    pParent->last->next = p;
  else
    pParent->children = p;
  pParent->last = p;
}

/* The attributes atts (name, value, ..., NULL) of element p. */
static int addAttributes(tk_html__doc *d, xmlNode *p, const xmlChar **atts) {
  xmlAttr *pLast = 0;
  for (size_t i = 0; atts && atts[i]; i += 2) {
    xmlAttr *a = arenaAlloc(d, sizeof(xmlAttr), 1);
    if (!a) return TK_ENOMEM;
    a->type = XML_ATTRIBUTE_NODE;
    a->name = atts[i];
    a->parent = p;
    if (atts[i + 1]) {
      xmlNode *t = arenaAlloc(d, sizeof(xmlNode), 1);
      if (!t) return TK_ENOMEM;
      t->type = XML_TEXT_NODE;
      t->name = xmlStringText;
      t->parent = (xmlNode *)a;
      t->content = arenaCopy(d, atts[i + 1], strlen((const char *)atts[i + 1]));
      if (!t->content) return TK_ENOMEM;
      a->children = a->last = t;
    }
    if (pLast)
      pLast->next = a;
    else
      p->properties = a;
    a->prev = pLast;
    pLast = a;
  }
  return TK_OK;
}

/* The name bits of element name zName, from the cache when it was seen. */
static int nameBits(tk_html__doc *d, const xmlChar *zName) {
  size_t h = ((uintptr_t)zName >> 4) & (TK_HTML__NAME_SLOTS - 1);
  if (d->aName[h].zName != zName) {
    d->aName[h].zName = zName;
    d->aName[h].eBits = tk_html__name_bits(zName);
  }
  return d->aName[h].eBits;
}

/* SAX: an element starts. */
static void onStart(void *pCtx, const xmlChar *zName, const xmlChar **atts) {
  tk_html__doc *d = ((htmlParserCtxtPtr)pCtx)->_private;
  if (d->bStop) return;
  pollBuild(d);
  if (d->bStop) return;
  if (d->nDepth >= TK_HTML__MAX_DEPTH) {
    stopBuild(d, 0);
    return;
  }
  xmlNode *p = arenaAlloc(d, sizeof(xmlNode), 1);
  if (!p || addAttributes(d, p, atts) != TK_OK) {
    stopBuild(d, 1);
    return;
  }
  p->type = XML_ELEMENT_NODE;
  p->name = zName;
  tk_html__cache_element(p, nameBits(d, zName));
  linkNode(d, p);
  d->pCur = p;
  d->nDepth++;
  d->pText = 0;
}

/* SAX: the open element ends. */
static void onEnd(void *pCtx, const xmlChar *zName) {
  tk_html__doc *d = ((htmlParserCtxtPtr)pCtx)->_private;
  (void)zName;
  if (d->bStop || !d->pCur) return;
  d->pCur = d->pCur->parent;
  d->nDepth--;
  d->pText = 0;
}

/* SAX: text (or a script's contents) in the open element; appended to the
** text node just before it when there is one. */
static void onText(void *pCtx, const xmlChar *z, int n) {
  tk_html__doc *d = ((htmlParserCtxtPtr)pCtx)->_private;
  if (d->bStop || !d->pCur || n <= 0) return;
  pollBuild(d);
  if (d->bStop) return;
  size_t nNew = (size_t)n;
  if (d->pText && d->nText + nNew < d->nCap) {
    memcpy(d->pText->content + d->nText, z, nNew);
    d->nText += nNew;
    d->pText->content[d->nText] = 0;
    return;
  }
  size_t nCap = 2 * (d->pText ? d->nText + nNew + 1 : nNew + 1);
  xmlChar *zBuf = arenaAlloc(d, nCap, 0);
  if (!zBuf) {
    stopBuild(d, 1);
    return;
  }
  size_t nOld = 0;
  if (d->pText) {
    nOld = d->nText;
    memcpy(zBuf, d->pText->content, nOld);
  } else {
    xmlNode *t = arenaAlloc(d, sizeof(xmlNode), 1);
    if (!t) {
      stopBuild(d, 1);
      return;
    }
    t->type = XML_TEXT_NODE;
    t->name = xmlStringText;
    linkNode(d, t);
    d->pText = t;
  }
  memcpy(zBuf + nOld, z, nNew);
  zBuf[nOld + nNew] = 0;
  d->pText->content = zBuf;
  d->nText = nOld + nNew;
  d->nCap = nCap;
}

/* Parse z[0..n), read as zEncoding, into *ppDoc (see the top). */
int tk_html__build(const char *z, size_t n, const char *zEncoding, int eOpt,
                   tk_work *pWork, tk_html__doc **ppDoc) {
  *ppDoc = 0;
  tk_html__doc *d = tk_malloc(sizeof(*d));
  if (!d) return TK_ENOMEM;
  memset(d, 0, sizeof(*d));
  d->nNextBlock = TK_HTML__BLOCK_MIN;
  d->pWork = pWork;
  htmlParserCtxtPtr c = htmlCreateMemoryParserCtxt(z, (int)n);
  if (!c || !c->sax) {
    if (c) htmlFreeParserCtxt(c);
    tk_free(d);
    return TK_ENOMEM;
  }
  memset(c->sax, 0, sizeof(*c->sax));
  c->sax->initialized = 1;
  c->sax->startElement = onStart;
  c->sax->endElement = onEnd;
  c->sax->characters = onText;
  c->sax->cdataBlock = onText;
  c->_private = d;
  d->pCtxt = c;
  htmlCtxtUseOptions(c, eOpt);
  /* UTF-8 (valid: parse.c checked) needs no converter, which would first
  ** copy the whole page through it without an event to poll pWork from */
  int bSwitched = 0;
  if (!strcmp(zEncoding, "UTF-8")) {
    bSwitched = c->input && xmlSwitchEncoding(c, XML_CHAR_ENCODING_UTF8) == 0;
  } else {
    xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(zEncoding);
    bSwitched = h && c->input && xmlSwitchToEncoding(c, h) == 0;
  }
  if (bSwitched) {
    /* as htmlReadMemory does: a <meta charset> then changes nothing */
    if (c->input->encoding) xmlFree((xmlChar *)c->input->encoding);
    c->input->encoding = xmlStrdup((const xmlChar *)zEncoding);
  }
  htmlParseDocument(c);
  d->pCtxt = 0;
  d->pDict = c->dict;
  if (d->pDict) xmlDictReference(d->pDict);
  htmlFreeParserCtxt(c);
  if (d->bOom || d->bInterrupted) {
    int rc = d->bOom ? TK_ENOMEM : TK_EINTERRUPT;
    tk_html__doc_free(d);
    return rc;
  }
  *ppDoc = d;
  return TK_OK;
}

/* The root element of the page, or NULL. */
xmlNode *tk_html__root(tk_html__doc *d) {
  return d ? d->pRoot : 0;
}

/* Free the page's tree and names. */
void tk_html__doc_free(tk_html__doc *d) {
  if (!d) return;
  for (Block *b = d->pBlock, *pNext; b; b = pNext) {
    pNext = b->pNext;
    tk_free(b);
  }
  if (d->pDict) xmlDictFree(d->pDict);
  tk_free(d);
}
