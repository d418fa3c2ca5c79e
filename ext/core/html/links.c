/*
** links.c -- html_links(): every <a href> of a page with its text and
** rel, the href resolved against a base (RFC 3986, libxml2's
** xmlBuildURI).
**
**   tk_html_link *a;  size_t n;
**   rc = tk_html_links(zPage, nPage, "https://example.com/news/", 25,
**                      &a, &n, &zErr);
**   // a[0].zHref "https://example.com/news/story.html", a[0].zText "Story"
**   tk_html_links_free(a, n);
**
** The base is the argument when given, else the page's first <base href>;
** an href that does not resolve is kept as written (trimmed).  Links
** inside invisible elements are included: a link list is about the
** markup, not the layout.
*/
#include "html_internal.h"

#include <libxml/uri.h>
#include <string.h>

/* A NUL-terminated tk_malloc'd copy of z[0..n); NULL on OOM. */
static char *copyOf(const char *z, size_t n) {
  char *zOut = tk_malloc(n + 1);
  if (!zOut) return 0;
  if (n) memcpy(zOut, z, n);
  zOut[n] = 0;
  return zOut;
}

/* The href trimmed of surrounding whitespace, resolved against zBase
** (NUL-terminated, may be NULL), as a new string; NULL on OOM. */
static char *resolve(const char *zHref, const char *zBase) {
  while (*zHref == ' ' || *zHref == '\t' || *zHref == '\n' || *zHref == '\r')
    zHref++;
  size_t n = strlen(zHref);
  while (n && (zHref[n - 1] == ' ' || zHref[n - 1] == '\t' ||
               zHref[n - 1] == '\n' || zHref[n - 1] == '\r'))
    n--;
  char *zTrim = copyOf(zHref, n);
  if (!zTrim || !zBase || !*zBase) return zTrim;
  xmlChar *zUri = xmlBuildURI((const xmlChar *)zTrim, (const xmlChar *)zBase);
  if (!zUri) return zTrim;
  char *zOut = copyOf((const char *)zUri, strlen((const char *)zUri));
  xmlFree(zUri);
  tk_free(zTrim);
  return zOut;
}

/* Free the array of links. */
void tk_html_links_free(tk_html_link *a, size_t n) {
  for (size_t i = 0; a && i < n; i++) {
    tk_free(a[i].zHref);
    tk_free(a[i].zText);
    tk_free(a[i].zRel);
  }
  tk_free(a);
}

/* Append link p to *pa; TK_ENOMEM on OOM. */
static int addLink(xmlNode *p, const char *zHref, const char *zBase,
                   tk_html_link **pa, size_t *pn, size_t *pnAlloc,
                   tk_buf *pText) {
  if (tk_reserve(pa, pnAlloc, *pn, sizeof(**pa))) return TK_ENOMEM;
  tk_html_link *l = &(*pa)[*pn];
  memset(l, 0, sizeof(*l));
  (*pn)++;
  tk_html__inline_text(p, pText);
  const char *zRel = tk_html__attr(p, "rel");
  l->zHref = resolve(zHref, zBase);
  l->zText = copyOf(pText->n ? pText->z : "", pText->n);
  if (zRel) l->zRel = copyOf(zRel, strlen(zRel));
  if (!l->zHref || !l->zText || (zRel && !l->zRel) || pText->oom)
    return TK_ENOMEM;
  return TK_OK;
}

/* html_links(): every link of the page (see textkit/html.h). */
int tk_html_links(const char *z, size_t n, const char *zBase, size_t nBase,
                  tk_html_link **paLink, size_t *pnLink, char **pzErr) {
  return tk_html_links_w(z, n, zBase, nBase, NULL, paLink, pnLink, pzErr);
}

/* tk_html_links polling pWork (NULL: never) while parsing. */
int tk_html_links_w(const char *z, size_t n, const char *zBase, size_t nBase,
                    tk_work *pWork, tk_html_link **paLink, size_t *pnLink,
                    char **pzErr) {
  *paLink = 0;
  *pnLink = 0;
  tk_html__doc *pDoc;
  int rc = tk_html__parse(z, n, TK_HTML__KEEP_META, pWork, &pDoc, pzErr);
  if (rc != TK_OK || !pDoc) return rc;
  xmlNode *pRoot = tk_html__root(pDoc);
  char *zBaseCopy = zBase ? copyOf(zBase, nBase) : 0;
  if (zBase && !zBaseCopy) rc = TK_ENOMEM;
  if (rc == TK_OK && !zBaseCopy && pRoot) {
    xmlNode *pBase = tk_html__find(pRoot, "base");
    const char *zHref = pBase ? tk_html__attr(pBase, "href") : 0;
    if (zHref && !(zBaseCopy = copyOf(zHref, strlen(zHref)))) rc = TK_ENOMEM;
  }
  size_t nAlloc = 0;
  tk_buf text = {0};
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = pRoot ? w.p : 0; p && rc == TK_OK;) {
    if (!w.bLeave && p->type == XML_ELEMENT_NODE &&
        !strcmp((const char *)p->name, "a")) {
      const char *zHref = tk_html__attr(p, "href");
      if (zHref)
        rc = addLink(p, zHref, zBaseCopy, paLink, pnLink, &nAlloc, &text);
    }
    if (rc == TK_OK && tk_work_poll(pWork, TK_HTML__NODE_CELLS)) {
      rc = TK_EINTERRUPT;
    }
    p = tk_html__walk_next(&w, p->type == XML_ELEMENT_NODE);
  }
  tk_buf_free(&text);
  tk_free(zBaseCopy);
  tk_html__doc_free(pDoc);
  if (rc != TK_OK) {
    tk_html_links_free(*paLink, *pnLink);
    *paLink = 0;
    *pnLink = 0;
  }
  return rc;
}
