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
  int eTag; /* TK_HTML__TAG_OTHER unless html_main tells it apart */
} ElementKind;

/* Element kinds and html_main's tags, sorted by name for bsearch. */
static const ElementKind aKind[] = {
    {"a", 0, TK_HTML__TAG_A},
    {"address", TK_HTML__BLOCK, TK_HTML__TAG_ADDRESS},
    {"applet", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"article", TK_HTML__BLOCK, TK_HTML__TAG_ARTICLE},
    {"aside", TK_HTML__BLOCK, TK_HTML__TAG_ASIDE},
    {"audio", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"blockquote", TK_HTML__BLOCK, TK_HTML__TAG_BLOCKQUOTE},
    {"body", TK_HTML__BLOCK, TK_HTML__TAG_BODY},
    {"br", TK_HTML__BR, TK_HTML__TAG_OTHER},
    {"button", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"canvas", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"caption", TK_HTML__LINE, TK_HTML__TAG_OTHER},
    {"center", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"datalist", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"dd", TK_HTML__LINE, TK_HTML__TAG_DD},
    {"details", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"dialog", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"div", TK_HTML__BLOCK, TK_HTML__TAG_DIV},
    {"dl", TK_HTML__BLOCK, TK_HTML__TAG_DL},
    {"dt", TK_HTML__LINE, TK_HTML__TAG_DT},
    {"embed", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"fieldset", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"figcaption", TK_HTML__BLOCK, TK_HTML__TAG_FIGCAPTION},
    {"figure", TK_HTML__BLOCK, TK_HTML__TAG_FIGURE},
    {"footer", TK_HTML__BLOCK, TK_HTML__TAG_FOOTER},
    {"form", TK_HTML__BLOCK, TK_HTML__TAG_FORM},
    {"frameset", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"h1", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_H1},
    {"h2", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_OTHER},
    {"h3", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_OTHER},
    {"h4", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_OTHER},
    {"h5", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_OTHER},
    {"h6", TK_HTML__BLOCK | TK_HTML__HEAD, TK_HTML__TAG_OTHER},
    {"head", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"header", TK_HTML__BLOCK, TK_HTML__TAG_HEADER},
    {"hgroup", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"hr", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"html", 0, TK_HTML__TAG_HTML},
    {"iframe", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"input", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"legend", TK_HTML__LINE, TK_HTML__TAG_OTHER},
    {"li", TK_HTML__LINE, TK_HTML__TAG_LI},
    {"listing", TK_HTML__BLOCK | TK_HTML__PRE, TK_HTML__TAG_OTHER},
    {"main", TK_HTML__BLOCK, TK_HTML__TAG_MAIN},
    {"map", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"math", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"menu", TK_HTML__BLOCK, TK_HTML__TAG_MENU},
    {"nav", TK_HTML__BLOCK, TK_HTML__TAG_NAV},
    {"noembed", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"noframes", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"noscript", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"object", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"ol", TK_HTML__BLOCK, TK_HTML__TAG_OL},
    {"option", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"p", TK_HTML__BLOCK, TK_HTML__TAG_P},
    {"plaintext", TK_HTML__BLOCK | TK_HTML__PRE, TK_HTML__TAG_OTHER},
    {"pre", TK_HTML__BLOCK | TK_HTML__PRE, TK_HTML__TAG_PRE},
    {"script", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"section", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"select", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"style", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"summary", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"svg", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"table", TK_HTML__BLOCK, TK_HTML__TAG_OTHER},
    {"td", TK_HTML__CELL, TK_HTML__TAG_TD},
    {"template", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"textarea", TK_HTML__LINE | TK_HTML__PRE, TK_HTML__TAG_OTHER},
    {"th", TK_HTML__CELL, TK_HTML__TAG_TH},
    {"title", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"tr", TK_HTML__LINE, TK_HTML__TAG_OTHER},
    {"ul", TK_HTML__BLOCK, TK_HTML__TAG_UL},
    {"video", TK_HTML__SKIP, TK_HTML__TAG_OTHER},
    {"xmp", TK_HTML__BLOCK | TK_HTML__PRE, TK_HTML__TAG_OTHER},
};

/* bsearch comparison of a name with a table row. */
static int cmpKind(const void *pKey, const void *pRow) {
  return strcmp((const char *)pKey, ((const ElementKind *)pRow)->zName);
}

/* The name bits of element zName (see html_internal.h; 0: an inline
** element html_main does not tell apart). */
int tk_html__name_bits(const xmlChar *zName) {
  if (!zName) return 0;
  const ElementKind *p = bsearch(zName, aKind, sizeof(aKind) / sizeof(aKind[0]),
                                 sizeof(aKind[0]), cmpKind);
  return p ? p->eKind | p->eTag << TK_HTML__NAME_TAG_SHIFT : 0;
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
#define CACHED 0x8000        /* the name bits and the hidden bit are set */
#define CACHED_HIDDEN 0x4000 /* hidden by its attributes */
#define CACHED_NAME 0x3FFF   /* its name bits */

/* Store element p's name bits and visibility (tree.c, when it is built
** with its attributes). */
void tk_html__cache_element(xmlNode *p, int eNameBits) {
  p->extra = (unsigned short)(CACHED | (eNameBits & CACHED_NAME) |
                              (hiddenByAttributes(p) ? CACHED_HIDDEN : 0));
}

/* The name bits of element p. */
static int nameBitsOf(const xmlNode *p) {
  if (p->extra & CACHED) return p->extra & CACHED_NAME;
  return tk_html__name_bits(p->name);
}

/* The kind bits of element p. */
int tk_html__kind_of(const xmlNode *p) {
  return nameBitsOf(p) & ((1 << TK_HTML__NAME_TAG_SHIFT) - 1);
}

/* The TK_HTML__TAG_ value of element p. */
int tk_html__tag_of(const xmlNode *p) {
  return nameBitsOf(p) >> TK_HTML__NAME_TAG_SHIFT;
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
