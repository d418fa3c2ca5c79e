/*
** meta_internal.h -- between meta.c (html_meta) and jsonld.c (the JSON-LD
** reader) and date.c (dates): the schema.org keys the reader reports,
** and the date reader.
**
**   tk_html__jsonld(zScript, nScript, onKey, pCtx);
**   if (tk_html__date(z, n, &b)) ...   // b: "2019-11-20" or with a time
*/
#ifndef TK_HTML_META_INTERNAL_H
#define TK_HTML_META_INTERNAL_H

#include "html_internal.h"

/* The keys tk_html__jsonld reports. */
enum {
  TK_HTML__LD_HEADLINE,
  TK_HTML__LD_DESCRIPTION,
  TK_HTML__LD_PUBLISHED,
  TK_HTML__LD_CREATED,
  TK_HTML__LD_MODIFIED,
  TK_HTML__LD_LANGUAGE,
  TK_HTML__LD_AUTHOR,   /* author/creator: a string or an object's name */
  TK_HTML__LD_PUBLISHER /* publisher's name */
};

/* Read the JSON text z[0..n) and call xKey(pCtx, key, value, nValue) for
** each key found (value decoded, not NUL-terminated); TK_ENOMEM on OOM,
** else TK_OK (bad JSON stops the reading quietly). */
int tk_html__jsonld(const char *z, size_t n,
                    void (*xKey)(void *, int, const char *, size_t),
                    void *pCtx);

/* What tk_html__date read: an ISO-like date, or English with a month. */
#define TK_HTML__DATE_ISO 1
#define TK_HTML__DATE_TEXT 2

/* z[0..n) as an ISO 8601 date into pOut (reset first): YYYY-MM-DD with
** an optional THH:MM:SS and Z or +HH:MM; TK_HTML__DATE_ISO or
** TK_HTML__DATE_TEXT, 0 when it does not read as a date (date.c). */
int tk_html__date(const char *z, size_t n, tk_buf *pOut);

#endif /* TK_HTML_META_INTERNAL_H */
