/*
** dom.c -- reading libxml2's tree for the html family: a walk without
** recursion, the kind of each element (block, line, cell, never shown),
** attributes without allocation, and the visibility rule.
**
**   tk_html__walk w;
**   tk_html__walk_start(&w, pBody);
**   for (xmlNode *p = w.p; p; p = tk_html__walk_next(&w, !skip(p))) ...
*/
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Start a walk at pRoot. */
void tk_html__walk_start(tk_html__walk *w, xmlNode *pRoot) {
  w->pRoot = pRoot;
  w->p = pRoot;
  w->bLeave = 0;
}

/* The next event of the walk (see html_internal.h). */
xmlNode *tk_html__walk_next(tk_html__walk *w, int bDescend) {
  xmlNode *p = w->p;
  if (!p) return 0;
  if (!w->bLeave && bDescend && p->children && p->type == XML_ELEMENT_NODE) {
    w->p = p->children;
    return w->p;
  }
  if (!w->bLeave && bDescend && p->type == XML_ELEMENT_NODE) {
    w->bLeave = 1; /* an empty element: its way out */
    return w->p;
  }
  if (p == w->pRoot) return w->p = 0;
  if (p->next) {
    w->bLeave = 0;
    return w->p = p->next;
  }
  w->p = p->parent;
  w->bLeave = 1;
  if (!w->p || w->p->type != XML_ELEMENT_NODE) w->p = 0;
  return w->p;
}

/* One row of the element table. */
typedef struct ElementKind {
  const char *zName;
  int eKind;
} ElementKind;

/* Element kinds, sorted by name for bsearch. */
static const ElementKind aKind[] = {
    {"address", TK_HTML__BLOCK},
    {"applet", TK_HTML__SKIP},
    {"article", TK_HTML__BLOCK},
    {"aside", TK_HTML__BLOCK},
    {"audio", TK_HTML__SKIP},
    {"blockquote", TK_HTML__BLOCK},
    {"body", TK_HTML__BLOCK},
    {"br", TK_HTML__BR},
    {"button", TK_HTML__SKIP},
    {"canvas", TK_HTML__SKIP},
    {"caption", TK_HTML__LINE},
    {"center", TK_HTML__BLOCK},
    {"datalist", TK_HTML__SKIP},
    {"dd", TK_HTML__LINE},
    {"details", TK_HTML__BLOCK},
    {"dialog", TK_HTML__BLOCK},
    {"div", TK_HTML__BLOCK},
    {"dl", TK_HTML__BLOCK},
    {"dt", TK_HTML__LINE},
    {"embed", TK_HTML__SKIP},
    {"fieldset", TK_HTML__BLOCK},
    {"figcaption", TK_HTML__BLOCK},
    {"figure", TK_HTML__BLOCK},
    {"footer", TK_HTML__BLOCK},
    {"form", TK_HTML__BLOCK},
    {"frameset", TK_HTML__SKIP},
    {"h1", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"h2", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"h3", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"h4", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"h5", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"h6", TK_HTML__BLOCK | TK_HTML__HEAD},
    {"head", TK_HTML__SKIP},
    {"header", TK_HTML__BLOCK},
    {"hgroup", TK_HTML__BLOCK},
    {"hr", TK_HTML__BLOCK},
    {"iframe", TK_HTML__SKIP},
    {"input", TK_HTML__SKIP},
    {"legend", TK_HTML__LINE},
    {"li", TK_HTML__LINE},
    {"listing", TK_HTML__BLOCK | TK_HTML__PRE},
    {"main", TK_HTML__BLOCK},
    {"map", TK_HTML__SKIP},
    {"math", TK_HTML__SKIP},
    {"menu", TK_HTML__BLOCK},
    {"nav", TK_HTML__BLOCK},
    {"noembed", TK_HTML__SKIP},
    {"noframes", TK_HTML__SKIP},
    {"noscript", TK_HTML__SKIP},
    {"object", TK_HTML__SKIP},
    {"ol", TK_HTML__BLOCK},
    {"option", TK_HTML__SKIP},
    {"p", TK_HTML__BLOCK},
    {"plaintext", TK_HTML__BLOCK | TK_HTML__PRE},
    {"pre", TK_HTML__BLOCK | TK_HTML__PRE},
    {"script", TK_HTML__SKIP},
    {"section", TK_HTML__BLOCK},
    {"select", TK_HTML__SKIP},
    {"style", TK_HTML__SKIP},
    {"summary", TK_HTML__BLOCK},
    {"svg", TK_HTML__SKIP},
    {"table", TK_HTML__BLOCK},
    {"td", TK_HTML__CELL},
    {"template", TK_HTML__SKIP},
    {"textarea", TK_HTML__LINE | TK_HTML__PRE},
    {"th", TK_HTML__CELL},
    {"title", TK_HTML__SKIP},
    {"tr", TK_HTML__LINE},
    {"ul", TK_HTML__BLOCK},
    {"video", TK_HTML__SKIP},
    {"xmp", TK_HTML__BLOCK | TK_HTML__PRE},
};

/* bsearch comparison of a name with a table row. */
static int cmpKind(const void *pKey, const void *pRow) {
  return strcmp((const char *)pKey, ((const ElementKind *)pRow)->zName);
}

/* The kind bits of element zName (0: inline). */
int tk_html__kind(const xmlChar *zName) {
  if (!zName) return 0;
  const ElementKind *p = bsearch(zName, aKind, sizeof(aKind) / sizeof(aKind[0]),
                                 sizeof(aKind[0]), cmpKind);
  return p ? p->eKind : 0;
}

/* The value of attribute zName, or NULL. */
const char *tk_html__attr(const xmlNode *p, const char *zName) {
  if (p->type != XML_ELEMENT_NODE) return 0;
  for (const xmlAttr *a = p->properties; a; a = a->next) {
    if (strcasecmp((const char *)a->name, zName) != 0) continue;
    if (a->children && a->children->content)
      return (const char *)a->children->content;
    return "";
  }
  return 0;
}

/* 1 when the inline style z hides the element (spaces and case ignored). */
static int styleHides(const char *z) {
  char zProp[16], zVal[16];
  while (*z) {
    size_t k = 0;
    while (*z && *z != ':' && *z != ';') {
      if (*z != ' ' && *z != '\t' && *z != '\n' && k + 1 < sizeof(zProp))
        zProp[k++] = (char)(*z | 0x20);
      z++;
    }
    zProp[k] = 0;
    k = 0;
    if (*z == ':') z++;
    while (*z && *z != ';') {
      if (*z != ' ' && *z != '\t' && *z != '\n' && k + 1 < sizeof(zVal))
        zVal[k++] = (char)(*z | 0x20);
      z++;
    }
    zVal[k] = 0;
    if (*z == ';') z++;
    if (strcmp(zProp, "display") == 0 && strncmp(zVal, "none", 4) == 0)
      return 1;
    if (strcmp(zProp, "visibility") == 0 && strncmp(zVal, "hidden", 6) == 0)
      return 1;
  }
  return 0;
}

/* 1 when p's attributes hide it (see tk_html__hidden). */
static int hiddenByAttributes(const xmlNode *p) {
  for (const xmlAttr *a = p->properties; a; a = a->next) {
    const char *zName = (const char *)a->name;
    const char *zVal = a->children && a->children->content
                           ? (const char *)a->children->content
                           : "";
    if (strcasecmp(zName, "hidden") == 0) return 1;
    if (strcasecmp(zName, "aria-hidden") == 0 && strcasecmp(zVal, "true") == 0)
      return 1;
    if (strcasecmp(zName, "style") == 0 && styleHides(zVal)) return 1;
  }
  return 0;
}

/* The bits of xmlNode.extra that tk_html__cache_element fills. */
#define CACHED 0x8000        /* the kind and the hidden bit are set */
#define CACHED_HIDDEN 0x4000 /* hidden by its attributes */
#define CACHED_KIND 0x00FF   /* its kind bits */

/* Work out element p's kind and visibility once (tree.c, when it is
** built with its attributes). */
void tk_html__cache_element(xmlNode *p) {
  p->extra = (unsigned short)(CACHED | (tk_html__kind(p->name) & CACHED_KIND) |
                              (hiddenByAttributes(p) ? CACHED_HIDDEN : 0));
}

/* The kind bits of element p. */
int tk_html__kind_of(const xmlNode *p) {
  if (p->extra & CACHED) return p->extra & CACHED_KIND;
  return tk_html__kind(p->name);
}

/* 1 when p is hidden (see html_internal.h). */
int tk_html__hidden(const xmlNode *p) {
  if (p->extra & CACHED) return (p->extra & CACHED_HIDDEN) != 0;
  return hiddenByAttributes(p);
}

/* 1 when element p is never rendered. */
int tk_html__invisible(const xmlNode *p) {
  return (tk_html__kind_of(p) & TK_HTML__SKIP) || tk_html__hidden(p);
}

/* The first element named zName under pRoot, or NULL. */
xmlNode *tk_html__find(xmlNode *pRoot, const char *zName) {
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p; p = tk_html__walk_next(&w, 1)) {
    if (!w.bLeave && p->type == XML_ELEMENT_NODE &&
        strcmp((const char *)p->name, zName) == 0)
      return p;
  }
  return 0;
}
