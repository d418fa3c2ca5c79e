/*
** meta.c -- html_meta(): a page's metadata as one JSON object.
**
**   rc = tk_html_meta(zPage, nPage, &b, &zErr);
**   // {"title":"...","authors":["Ann Lee"],"published":"2019-10-23T08:00:00Z",
**   //  "canonical":"https://...","site_name":"...","language":"en"}
**
** Each key takes the first source in this order that has it (docs/html.md):
**   title      og:title, JSON-LD headline, twitter:title, <title>, <h1>
**   description og:description, meta description, twitter:description,
**              JSON-LD description
**   authors    JSON-LD author names, meta author / article:author (not a
**              URL) / parsely-author / sailthru.author / dc.creator
**   published  JSON-LD datePublished, article:published_time and its
**              kin, itemprop datePublished, a <time pubdate>, the first
**              <time datetime>; JSON-LD dateCreated last
**   modified   JSON-LD dateModified, article:modified_time, og:updated_time
**   canonical  <link rel=canonical>, og:url
**   site_name  og:site_name, JSON-LD publisher name, application-name
**   language   <html lang>, content-language, JSON-LD inLanguage, og:locale
**   redirect   the URL a <meta http-equiv=refresh> sends the reader to
**              ("0; url=next.html"); none for a refresh of the page itself
** Dates are kept only when they read as a date (date.c: ISO 8601, or
** English with a month name) and are written back as ISO 8601.
*/
#include "meta_internal.h"

#include <string.h>
#include <strings.h>

/* The single-valued keys, in output order. */
enum {
  F_TITLE,
  F_DESCRIPTION,
  F_PUBLISHED,
  F_MODIFIED,
  F_CANONICAL,
  F_SITE,
  F_LANGUAGE,
  F_REDIRECT,
  F_COUNT
};
static const char *azField[F_COUNT] = {"title",    "description", "published",
                                       "modified", "canonical",   "site_name",
                                       "language", "redirect"};

#define MAX_AUTHORS 16

/* What the walk found: the best value of each key so far. */
typedef struct Meta {
  tk_buf aVal[F_COUNT];
  int aPrio[F_COUNT]; /* the value's source rank, lower is better; 0: none */
  tk_buf authors;     /* names, each NUL-terminated */
  int nAuthor;
  int authorPrio;
  tk_buf tmp;
  int oom;
} Meta;

/* Copy z[0..n) trimmed, whitespace collapsed, into *pOut (reset first). */
static void putTrimmed(tk_buf *pOut, const char *z, size_t n) {
  tk_buf_reset(pOut);
  int bSpace = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      bSpace = 1;
      continue;
    }
    if (bSpace && pOut->n) tk_buf_putc(pOut, ' ');
    bSpace = 0;
    tk_buf_putc(pOut, (char)c);
  }
}

/* Source ranks. */
#define RANK_LD 1
#define RANK_OG 2
#define RANK_META 3
#define RANK_MARKUP 5
#define RANK_LAST 7
/* added to the rank of a date read from English text (date.c) */
#define RANK_TEXT_DATE 10

/* Offer z[0..n) from a source of rank prio for key f. */
static void offer(Meta *m, int f, int prio, const char *z, size_t n) {
  if (!z || (m->aPrio[f] && m->aPrio[f] <= prio)) return;
  if (f == F_PUBLISHED || f == F_MODIFIED) {
    int eDate = tk_html__date(z, n, &m->tmp);
    if (!eDate) return;
    /* an English date (no time) only where no ISO source has one */
    if (eDate == TK_HTML__DATE_TEXT) prio += RANK_TEXT_DATE;
    if (m->aPrio[f] && m->aPrio[f] <= prio) return;
  } else {
    putTrimmed(&m->tmp, z, n);
  }
  if (m->tmp.oom) m->oom = 1;
  if (m->tmp.n == 0) return;
  tk_buf_reset(&m->aVal[f]);
  tk_buf_append(&m->aVal[f], m->tmp.z, m->tmp.n);
  m->aPrio[f] = prio;
}

/* Offer an author's name from a source of rank prio: the best source's
** names are kept, up to MAX_AUTHORS, without repeats. */
static void offerAuthor(Meta *m, int prio, const char *z, size_t n) {
  if (!z) return;
  putTrimmed(&m->tmp, z, n);
  if (m->tmp.oom) m->oom = 1;
  const char *s = m->tmp.z;
  size_t ns = m->tmp.n;
  if (ns >= 3 && !strncasecmp(s, "by ", 3)) s += 3, ns -= 3;
  if (ns == 0 || ns > 200 || !strncmp(s, "http", 4) || s[0] == '@') return;
  if (m->authorPrio && m->authorPrio < prio) return;
  if (m->authorPrio != prio) {
    tk_buf_reset(&m->authors);
    m->nAuthor = 0;
    m->authorPrio = prio;
  }
  for (size_t i = 0; i < m->authors.n; i += strlen(m->authors.z + i) + 1)
    if (strlen(m->authors.z + i) == ns && !strncasecmp(m->authors.z + i, s, ns))
      return;
  if (m->nAuthor >= MAX_AUTHORS) return;
  tk_buf_append(&m->authors, s, ns);
  tk_buf_putc(&m->authors, 0);
  m->nAuthor++;
}

/* The JSON-LD reader's callback. */
static void onLdKey(void *pCtx, int eKey, const char *z, size_t n) {
  Meta *m = pCtx;
  switch (eKey) {
  case TK_HTML__LD_HEADLINE:
    offer(m, F_TITLE, RANK_OG + 1, z, n);
    break;
  case TK_HTML__LD_DESCRIPTION:
    offer(m, F_DESCRIPTION, RANK_META + 2, z, n);
    break;
  case TK_HTML__LD_PUBLISHED:
    offer(m, F_PUBLISHED, RANK_LD, z, n);
    break;
  case TK_HTML__LD_CREATED:
    offer(m, F_PUBLISHED, RANK_LAST, z, n);
    break;
  case TK_HTML__LD_MODIFIED:
    offer(m, F_MODIFIED, RANK_LD, z, n);
    break;
  case TK_HTML__LD_LANGUAGE:
    offer(m, F_LANGUAGE, RANK_META + 1, z, n);
    break;
  case TK_HTML__LD_AUTHOR:
    offerAuthor(m, RANK_LD, z, n);
    break;
  case TK_HTML__LD_PUBLISHER:
    offer(m, F_SITE, RANK_OG + 1, z, n);
    break;
  }
}

/* One <meta> (name, property or itemprop = key; content). */
static void onMeta(Meta *m, const char *zKey, const char *zVal) {
  static const struct {
    const char *zKey;
    int f, prio;
  } a[] = {
      {"og:title", F_TITLE, RANK_OG},
      {"twitter:title", F_TITLE, RANK_META + 1},
      {"og:description", F_DESCRIPTION, RANK_OG},
      {"description", F_DESCRIPTION, RANK_META},
      {"twitter:description", F_DESCRIPTION, RANK_META + 1},
      {"article:published_time", F_PUBLISHED, RANK_OG},
      {"og:article:published_time", F_PUBLISHED, RANK_OG},
      {"datepublished", F_PUBLISHED, RANK_OG},
      {"article:published", F_PUBLISHED, RANK_META},
      {"pubdate", F_PUBLISHED, RANK_META},
      {"publishdate", F_PUBLISHED, RANK_META},
      {"publish-date", F_PUBLISHED, RANK_META},
      {"date", F_PUBLISHED, RANK_META},
      {"dc.date.issued", F_PUBLISHED, RANK_META},
      {"dcterms.created", F_PUBLISHED, RANK_META},
      {"sailthru.date", F_PUBLISHED, RANK_META},
      {"parsely-pub-date", F_PUBLISHED, RANK_META},
      {"article.published", F_PUBLISHED, RANK_META},
      {"article:modified_time", F_MODIFIED, RANK_OG},
      {"og:updated_time", F_MODIFIED, RANK_META},
      {"datemodified", F_MODIFIED, RANK_OG},
      {"og:url", F_CANONICAL, RANK_OG},
      {"og:site_name", F_SITE, RANK_OG},
      {"application-name", F_SITE, RANK_META},
      {"og:locale", F_LANGUAGE, RANK_META + 2},
  };
  for (size_t k = 0; k < sizeof(a) / sizeof(a[0]); k++) {
    if (!strcasecmp(zKey, a[k].zKey)) {
      offer(m, a[k].f, a[k].prio, zVal, strlen(zVal));
      return;
    }
  }
  if (!strcasecmp(zKey, "author") || !strcasecmp(zKey, "article:author"))
    offerAuthor(m, RANK_OG, zVal, strlen(zVal));
  else if (!strcasecmp(zKey, "parsely-author") ||
           !strcasecmp(zKey, "sailthru.author") ||
           !strcasecmp(zKey, "dc.creator"))
    offerAuthor(m, RANK_META, zVal, strlen(zVal));
}

/* The text of element p into m->tmp (collapsed, no breaks), then offered. */
static void offerText(Meta *m, int f, int prio, xmlNode *p) {
  if (m->aPrio[f] && m->aPrio[f] <= prio) return;
  tk_buf t = {0};
  tk_html__inline_text(p, &t);
  if (t.oom) m->oom = 1;
  offer(m, f, prio, t.z, t.n);
  tk_buf_free(&t);
}

/* 1 when element p says itemprop="datePublished". */
static int isDatePublished(const xmlNode *p) {
  const char *zProp = tk_html__attr(p, "itemprop");
  return zProp && !strcasecmp(zProp, "datePublished");
}

/* The URL that a refresh's content z names ("0; url=next.html", "5;
** URL='a.html'", "0;next.html"): its start in *pz and its length, 0 when
** it names none (a page that reloads itself: "300"). */
static size_t refreshUrl(const char *z, const char **pz) {
  while (*z == ' ' || *z == '\t')
    z++;
  while ((*z >= '0' && *z <= '9') || *z == '.')
    z++;
  while (*z == ' ' || *z == '\t')
    z++;
  if (*z != ';' && *z != ',') return 0;
  z++;
  while (*z == ' ' || *z == '\t')
    z++;
  if (!strncasecmp(z, "url", 3)) {
    const char *p = z + 3;
    while (*p == ' ' || *p == '\t')
      p++;
    if (*p == '=') {
      z = p + 1;
      while (*z == ' ' || *z == '\t')
        z++;
    }
  }
  size_t n;
  if (*z == '"' || *z == '\'') {
    const char *zEnd = strchr(z + 1, *z);
    z++;
    n = zEnd ? (size_t)(zEnd - z) : strlen(z);
  } else {
    n = strlen(z);
  }
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t'))
    n--;
  *pz = z;
  return n;
}

/* One element of the walk. */
static void onElement(Meta *m, xmlNode *p) {
  const char *zName = (const char *)p->name;
  if (!strcmp(zName, "meta")) {
    const char *zContent = tk_html__attr(p, "content");
    const char *azKey[3] = {tk_html__attr(p, "name"),
                            tk_html__attr(p, "property"),
                            tk_html__attr(p, "itemprop")};
    const char *zEquiv = tk_html__attr(p, "http-equiv");
    if (!zContent) return;
    for (int k = 0; k < 3; k++)
      if (azKey[k]) onMeta(m, azKey[k], zContent);
    if (zEquiv && !strcasecmp(zEquiv, "content-language"))
      offer(m, F_LANGUAGE, RANK_META, zContent, strlen(zContent));
    if (zEquiv && !strcasecmp(zEquiv, "refresh")) {
      const char *zUrl;
      size_t nUrl = refreshUrl(zContent, &zUrl);
      if (nUrl) offer(m, F_REDIRECT, RANK_META, zUrl, nUrl);
    }
  } else if (!strcmp(zName, "title")) {
    offerText(m, F_TITLE, RANK_MARKUP, p);
  } else if (!strcmp(zName, "h1")) {
    offerText(m, F_TITLE, RANK_MARKUP + 1, p);
  } else if (!strcmp(zName, "link")) {
    const char *zRel = tk_html__attr(p, "rel");
    const char *zHref = tk_html__attr(p, "href");
    if (zRel && zHref && !strcasecmp(zRel, "canonical"))
      offer(m, F_CANONICAL, RANK_LD, zHref, strlen(zHref));
  } else if (!strcmp(zName, "html")) {
    const char *zLang = tk_html__attr(p, "lang");
    if (zLang) offer(m, F_LANGUAGE, RANK_LD, zLang, strlen(zLang));
  } else if (!strcmp(zName, "time")) {
    const char *zDate = tk_html__attr(p, "datetime");
    const char *zProp = tk_html__attr(p, "itemprop");
    int bPub = tk_html__attr(p, "pubdate") ||
               (zProp && !strcasecmp(zProp, "datePublished"));
    if (zDate)
      offer(m, F_PUBLISHED, bPub ? RANK_MARKUP : RANK_MARKUP + 1, zDate,
            strlen(zDate));
  } else if (isDatePublished(p)) {
    const char *zDate = tk_html__attr(p, "content");
    if (!zDate) zDate = tk_html__attr(p, "datetime");
    if (zDate)
      offer(m, F_PUBLISHED, RANK_MARKUP, zDate, strlen(zDate));
    else
      offerText(m, F_PUBLISHED, RANK_MARKUP, p);
  } else if (!strcmp(zName, "script")) {
    const char *zType = tk_html__attr(p, "type");
    if (zType && !strcasecmp(zType, "application/ld+json")) {
      tk_buf t = {0};
      for (xmlNode *q = p->children; q; q = q->next)
        if (q->content)
          tk_buf_append(&t, (const char *)q->content,
                        strlen((const char *)q->content));
      if (t.oom || tk_html__jsonld(t.z, t.n, onLdKey, m) != TK_OK) m->oom = 1;
      tk_buf_free(&t);
    }
  }
}

/* Walk the document into m. */
static void collect(Meta *m, tk_html__doc *pDoc) {
  xmlNode *pRoot = tk_html__root(pDoc);
  if (!pRoot) return;
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  for (xmlNode *p = w.p; p;) {
    if (!w.bLeave && p->type == XML_ELEMENT_NODE) onElement(m, p);
    p = tk_html__walk_next(&w, p->type == XML_ELEMENT_NODE);
  }
}

/* Write m as the JSON object. */
static void writeJson(Meta *m, tk_buf *pOut) {
  tk_buf_putc(pOut, '{');
  int bFirst = 1;
  for (int f = 0; f < F_COUNT; f++) {
    if (f == F_PUBLISHED && m->nAuthor) {
      tk_buf_append(pOut, bFirst ? "\"authors\":[" : ",\"authors\":[",
                    bFirst ? 11 : 12);
      size_t k = 0;
      for (size_t i = 0; i < m->authors.n; k++) {
        size_t nName = strlen(m->authors.z + i);
        if (k) tk_buf_putc(pOut, ',');
        tk_buf_json_string(pOut, m->authors.z + i, nName);
        i += nName + 1;
      }
      tk_buf_putc(pOut, ']');
      bFirst = 0;
    }
    if (!m->aPrio[f]) continue;
    if (!bFirst) tk_buf_putc(pOut, ',');
    tk_buf_json_string(pOut, azField[f], strlen(azField[f]));
    tk_buf_putc(pOut, ':');
    tk_buf_json_string(pOut, m->aVal[f].z, m->aVal[f].n);
    bFirst = 0;
  }
  tk_buf_putc(pOut, '}');
}

/* Free what m holds. */
static void metaFree(Meta *m) {
  for (int f = 0; f < F_COUNT; f++)
    tk_buf_free(&m->aVal[f]);
  tk_buf_free(&m->authors);
  tk_buf_free(&m->tmp);
}

/* html_meta(): the metadata of the page as JSON. */
int tk_html_meta(const char *z, size_t n, tk_buf *pOut, char **pzErr) {
  return tk_html_meta_w(z, n, NULL, pOut, pzErr);
}

/* tk_html_meta polling pWork (NULL: never) while parsing. */
int tk_html_meta_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                   char **pzErr) {
  tk_html__doc *pDoc;
  int rc = tk_html__parse(z, n, TK_HTML__KEEP_JSONLD | TK_HTML__KEEP_META,
                          pWork, &pDoc, pzErr);
  if (rc != TK_OK) return rc;
  Meta m;
  memset(&m, 0, sizeof(m));
  if (pDoc) collect(&m, pDoc);
  int bOom = m.oom;
  for (int f = 0; f < F_COUNT; f++)
    bOom |= m.aVal[f].oom;
  bOom |= m.authors.oom;
  if (!bOom) writeJson(&m, pOut);
  metaFree(&m);
  if (pDoc) tk_html__doc_free(pDoc);
  return bOom || pOut->oom ? TK_ENOMEM : TK_OK;
}

/* Append the page's title to pBuf (html_main's title=1). */
int tk_html__title(tk_html__doc *pDoc, tk_buf *pBuf) {
  Meta m;
  memset(&m, 0, sizeof(m));
  collect(&m, pDoc);
  int bOom = m.oom || m.aVal[F_TITLE].oom;
  if (!bOom && m.aPrio[F_TITLE])
    tk_buf_append(pBuf, m.aVal[F_TITLE].z, m.aVal[F_TITLE].n);
  metaFree(&m);
  return bOom || pBuf->oom ? TK_ENOMEM : TK_OK;
}
