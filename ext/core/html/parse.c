/*
** parse.c -- the one door to libxml2's HTML parser for the html family:
** the size limit, the encoding rule and the parser's one-time set-up.
**
**   tk_html__doc *pDoc = 0;
**   int rc = tk_html__parse(z, n, 0, pWork, &pDoc, &zErr);
**   if (rc == TK_OK && pDoc) { ... tk_html__doc_free(pDoc); }
**
** Encoding: valid UTF-8 is parsed as UTF-8 whatever the page declares
** (text from SQLite is UTF-8 already).  Otherwise, when a <meta> in the
** first 1024 bytes names a charset other than UTF-8 that libxml2 knows,
** libxml2 decodes the page from it; failing that (an unknown name, or a
** page that holds a NUL), each invalid byte (and each NUL) becomes U+FFFD.
** Before any of that the page goes through tk_html__prefilter
** (prefilter.c), which drops comments, script and style contents and the
** attributes the family never reads.  libxml2 allocates with its own
** process-wide allocator, which textkit leaves alone (xmlMemSetup is
** global to the process).  The tree is built by tree.c from the parser's
** events.
*/
#include "html_internal.h"

#include <libxml/parser.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

/* The parser options: tolerant, silent, no network, no HUGE (so libxml2
** keeps its nesting limit of 256 elements and its text-node limits). */
#define TK_HTML__OPTIONS                                                       \
  (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |            \
   HTML_PARSE_NONET | HTML_PARSE_COMPACT)

static pthread_once_t initOnce = PTHREAD_ONCE_INIT;

/* libxml2's global set-up, once per process (xmlInitParser is not safe
** to race with itself on old versions). */
static void initParser(void) {
  xmlInitParser();
}

/* 1 when z[0..n) is valid UTF-8 without a NUL byte. */
static int cleanUtf8(const char *z, size_t n) {
  return memchr(z, 0, n) == 0 && tk_utf8_is_valid(z, n);
}

/* The charset a <meta> in the first 1024 bytes declares, copied into
** zOut (NUL-terminated, at most nOut-1 bytes); 0 when there is none. */
static int declaredCharset(const char *z, size_t n, char *zOut, size_t nOut) {
  size_t nScan = n < 1024 ? n : 1024;
  for (size_t i = 0; i + 8 <= nScan; i++) {
    if (strncasecmp(z + i, "charset=", 8) != 0) continue;
    size_t j = i + 8, k = 0;
    while (j < nScan && (z[j] == '"' || z[j] == '\'' || z[j] == ' '))
      j++;
    while (j < nScan && k + 1 < nOut &&
           (((z[j] | 0x20) >= 'a' && (z[j] | 0x20) <= 'z') ||
            (z[j] >= '0' && z[j] <= '9') || z[j] == '-' || z[j] == '_'))
      zOut[k++] = z[j++];
    zOut[k] = 0;
    return k > 0;
  }
  return 0;
}

/* 1 when libxml2 can decode the charset named zName: with a name it does
** not know it would keep the bytes as they are, invalid UTF-8 and all. */
static int knownCharset(const char *zName) {
  xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(zName);
  if (!h) return 0;
  xmlCharEncCloseFunc(h);
  return 1;
}

/* z[0..n) with each invalid byte and each NUL replaced by U+FFFD: the
** runs between NULs through tk_utf8_sanitize. */
static int sanitize(const char *z, size_t n, tk_buf *pOut) {
  size_t i = 0;
  for (;;) {
    const char *zNul = memchr(z + i, 0, n - i);
    size_t iEnd = zNul ? (size_t)(zNul - z) : n;
    tk_utf8_sanitize(pOut, z + i, iEnd - i);
    if (!zNul) break;
    tk_buf_put_utf8(pOut, TK_REPLACEMENT_CHAR);
    i = iEnd + 1;
  }
  return pOut->oom ? TK_ENOMEM : TK_OK;
}

/* Parse the filtered page z[0..n) into *ppDoc with the encoding rule;
** zCharset: the charset the page declares (read before the prefilter,
** which may drop the attribute that says it), or "". */
static int parseFiltered(const char *z, size_t n, const char *zCharset,
                         tk_work *pWork, tk_html__doc **ppDoc) {
  if (cleanUtf8(z, n)) {
    return tk_html__build(z, n, "UTF-8", TK_HTML__OPTIONS, pWork, ppDoc);
  }
  if (zCharset[0] && strncasecmp(zCharset, "utf", 3) != 0 &&
      memchr(z, 0, n) == 0 && knownCharset(zCharset)) {
    return tk_html__build(z, n, zCharset, TK_HTML__OPTIONS, pWork, ppDoc);
  }
  tk_buf b = {0};
  int rc = sanitize(z, n, &b);
  /* at most 3 bytes per byte of a filtered page of at most 6/5 of 64 MB
  ** (a kept attribute gains a blank): 231 MB, within libxml2's int */
  if (rc == TK_OK)
    rc = tk_html__build(b.z, b.n, "UTF-8", TK_HTML__OPTIONS, pWork, ppDoc);
  tk_buf_free(&b);
  return rc;
}

/* Parse z[0..n) into *ppDoc (see the top of this file). */
int tk_html__parse(const char *z, size_t n, int eKeep, tk_work *pWork,
                   tk_html__doc **ppDoc, char **pzErr) {
  *ppDoc = 0;
  if (n > TK_HTML_MAX_BYTES) {
    if (pzErr) *pzErr = tk_mprintf("the page is larger than 64 MB");
    return TK_ELIMIT;
  }
  if (n == 0) return TK_OK;
  pthread_once(&initOnce, initParser);
  char zCharset[40];
  if (!declaredCharset(z, n, zCharset, sizeof(zCharset))) zCharset[0] = 0;
  tk_buf f = {0};
  int rc = tk_html__prefilter(z, n, eKeep, pWork, &f);
  if (rc == TK_OK && f.n > 0) {
    rc = parseFiltered(f.z, f.n, zCharset, pWork, ppDoc);
  }
  tk_buf_free(&f);
  return rc;
}
