/*
** jsonld.c -- a small tolerant reader of JSON-LD (<script
** type="application/ld+json">) for html_meta(): it walks the JSON once
** and reports the schema.org keys html_meta wants through a callback.
** It never builds a tree; nesting deeper than 32 stops the reading, and
** so does a syntax error (what was read before stays).
**
**   tk_html__jsonld(zScript, nScript, onKey, pMeta);
**   // onKey(pMeta, TK_HTML__LD_PUBLISHED, "2019-10-23T08:00:00Z", 20)
*/
#include "meta_internal.h"

#include <string.h>

#define MAX_DEPTH 32

/* The reader's state. */
typedef struct Reader {
  const char *z;
  size_t n, i;
  int nDepth;
  tk_buf str; /* the last string read, decoded */
  void (*xKey)(void *, int, const char *, size_t);
  void *pCtx;
} Reader;

/* What an object's "name" means where the object is. */
enum { ROLE_NONE, ROLE_AUTHOR, ROLE_PUBLISHER };

static int readValue(Reader *r, int eRole, int *pbString);

/* Skip whitespace; the next byte or 0 at the end. */
static char peek(Reader *r) {
  while (r->i < r->n && (r->z[r->i] == ' ' || r->z[r->i] == '\n' ||
                         r->z[r->i] == '\r' || r->z[r->i] == '\t'))
    r->i++;
  return r->i < r->n ? r->z[r->i] : 0;
}

/* Four hex digits at r->i into *pc; 0 when they are not. */
static int readHex4(Reader *r, uint32_t *pc) {
  if (r->i + 4 > r->n) return 0;
  uint32_t c = 0;
  for (int k = 0; k < 4; k++) {
    int v = tk_hex_digit(r->z[r->i + k]);
    if (v < 0) return 0;
    c = c * 16 + (uint32_t)v;
  }
  r->i += 4;
  *pc = c;
  return 1;
}

/* A string at r->i (the opening quote) into r->str; 0 on a syntax error. */
static int readString(Reader *r) {
  tk_buf_reset(&r->str);
  r->i++;
  while (r->i < r->n) {
    char c = r->z[r->i++];
    if (c == '"') return 1;
    if (c != '\\') {
      tk_buf_putc(&r->str, c);
      continue;
    }
    if (r->i >= r->n) return 0;
    c = r->z[r->i++];
    uint32_t u;
    switch (c) {
    case 'n':
      tk_buf_putc(&r->str, '\n');
      break;
    case 't':
      tk_buf_putc(&r->str, '\t');
      break;
    case 'r':
      tk_buf_putc(&r->str, '\r');
      break;
    case 'b':
    case 'f':
      tk_buf_putc(&r->str, ' ');
      break;
    case 'u':
      if (!readHex4(r, &u)) return 0;
      if (u >= 0xD800 && u < 0xDC00) {
        uint32_t lo;
        if (r->i + 2 <= r->n && r->z[r->i] == '\\' && r->z[r->i + 1] == 'u') {
          r->i += 2;
          if (readHex4(r, &lo) && lo >= 0xDC00 && lo < 0xE000)
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
          else
            u = TK_REPLACEMENT_CHAR;
        } else {
          u = TK_REPLACEMENT_CHAR;
        }
      } else if (u >= 0xDC00 && u < 0xE000) {
        u = TK_REPLACEMENT_CHAR;
      }
      tk_buf_put_utf8(&r->str, u ? u : TK_REPLACEMENT_CHAR);
      break;
    default:
      tk_buf_putc(&r->str, c);
      break;
    }
  }
  return 0;
}

/* The key a schema.org property name reports in an object of role eRole,
** or -1. */
static int keyOf(const char *z, size_t n, int eRole) {
  static const struct {
    const char *zName;
    int eKey;
  } a[] = {
      {"headline", TK_HTML__LD_HEADLINE},
      {"description", TK_HTML__LD_DESCRIPTION},
      {"datePublished", TK_HTML__LD_PUBLISHED},
      {"dateCreated", TK_HTML__LD_CREATED},
      {"dateModified", TK_HTML__LD_MODIFIED},
      {"inLanguage", TK_HTML__LD_LANGUAGE},
  };
  if (eRole == ROLE_AUTHOR)
    return n == 4 && !memcmp(z, "name", 4) ? TK_HTML__LD_AUTHOR : -1;
  if (eRole == ROLE_PUBLISHER)
    return n == 4 && !memcmp(z, "name", 4) ? TK_HTML__LD_PUBLISHER : -1;
  for (size_t k = 0; k < sizeof(a) / sizeof(a[0]); k++)
    if (strlen(a[k].zName) == n && !memcmp(z, a[k].zName, n)) return a[k].eKey;
  return -1;
}

/* The role the value of property z[0..n) plays. */
static int roleOf(const char *z, size_t n) {
  if ((n == 6 && !memcmp(z, "author", 6)) ||
      (n == 7 && !memcmp(z, "creator", 7)))
    return ROLE_AUTHOR;
  if (n == 9 && !memcmp(z, "publisher", 9)) return ROLE_PUBLISHER;
  return ROLE_NONE;
}

/* An object at r->i ('{'); 0 on a syntax error. */
static int readObject(Reader *r, int eRole) {
  r->i++;
  if (peek(r) == '}') {
    r->i++;
    return 1;
  }
  while (peek(r) == '"') {
    if (!readString(r)) return 0;
    char zKey[32];
    size_t nKey = r->str.n < sizeof(zKey) ? r->str.n : 0;
    if (nKey) memcpy(zKey, r->str.z, nKey);
    if (peek(r) != ':') return 0;
    r->i++;
    int eKey = keyOf(zKey, nKey, eRole);
    int bString = 0;
    int eChild = eRole == ROLE_NONE ? roleOf(zKey, nKey) : ROLE_NONE;
    if (!readValue(r, eChild, &bString)) return 0;
    if (bString && eKey >= 0 && !r->str.oom)
      r->xKey(r->pCtx, eKey, r->str.z ? r->str.z : "", r->str.n);
    else if (bString && eChild == ROLE_AUTHOR && !r->str.oom)
      r->xKey(r->pCtx, TK_HTML__LD_AUTHOR, r->str.z ? r->str.z : "", r->str.n);
    char c = peek(r);
    r->i++;
    if (c == '}') return 1;
    if (c != ',') return 0;
  }
  return 0;
}

/* An array at r->i ('['); 0 on a syntax error. */
static int readArray(Reader *r, int eRole) {
  r->i++;
  if (peek(r) == ']') {
    r->i++;
    return 1;
  }
  for (;;) {
    int bString = 0;
    if (!readValue(r, eRole, &bString)) return 0;
    if (bString && eRole == ROLE_AUTHOR && !r->str.oom)
      r->xKey(r->pCtx, TK_HTML__LD_AUTHOR, r->str.z ? r->str.z : "", r->str.n);
    char c = peek(r);
    r->i++;
    if (c == ']') return 1;
    if (c != ',') return 0;
  }
}

/* Any value; *pbString says a string was read into r->str. */
static int readValue(Reader *r, int eRole, int *pbString) {
  char c = peek(r);
  *pbString = 0;
  if (c == '"') {
    *pbString = 1;
    return readString(r);
  }
  if (c == '{' || c == '[') {
    if (++r->nDepth > MAX_DEPTH) return 0;
    int bOk = c == '{' ? readObject(r, eRole) : readArray(r, eRole);
    r->nDepth--;
    return bOk;
  }
  /* numbers, true, false, null: skip to the next delimiter */
  size_t iStart = r->i;
  while (r->i < r->n && !strchr(",]} \n\r\t", r->z[r->i]))
    r->i++;
  return r->i > iStart;
}

/* Read z[0..n), reporting keys through xKey; TK_ENOMEM on OOM. */
int tk_html__jsonld(const char *z, size_t n,
                    void (*xKey)(void *, int, const char *, size_t),
                    void *pCtx) {
  Reader r = {z, n, 0, 0, {0}, xKey, pCtx};
  int bString;
  readValue(&r, ROLE_NONE, &bString);
  int rc = r.str.oom ? TK_ENOMEM : TK_OK;
  tk_buf_free(&r.str);
  return rc;
}
