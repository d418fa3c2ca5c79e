/*
** prefilter.c -- a byte pass before libxml2's HTML parser that drops what
** no function of the html family reads, so the parser has less to scan and
** the tree less to hold (docs/html.md, "Parsing"):
**
**   - comments (<!-- ... -->);
**   - the contents of <script> and <style> (a JSON-LD script's contents
**     are kept when TK_HTML__KEEP_JSONLD is asked for: html_meta reads it);
**   - attributes other than the few the family reads (class, id, style,
**     ...; href, content, name and the others html_meta and html_links
**     read only when TK_HTML__KEEP_META is asked for; see aKept);
**   - all but the first of each run of blanks in text, outside the
**     elements that keep whitespace (pre, textarea, listing, xmp,
**     plaintext): every function collapses such runs to one space.
**
**   tk_buf b = {0};
**   rc = tk_html__prefilter(zPage, nPage, TK_HTML__KEEP_JSONLD, pWork, &b);
**   // then parse b.z[0..b.n)
**
** It finds tags, attribute values and the end of a script the way
** libxml2's HTML parser (2.9) does: a tag is '<' and an ASCII letter; an
** attribute value is quoted ("..." or '...', to the end of the page when
** unclosed) or runs to a blank or '>'; characters that cannot start an
** attribute name are skipped up to a blank, '>' or "/>"; an end tag runs
** to the next '>'; a comment ends at the first "-->" or "--!>" after its
** "<!--" (an unclosed one ends the page); a script or style ends at
** "</script" or "</style" (any case), "<script .../>" is empty, and
** contents that start with '<' are kept (libxml2 reads a tag there and
** may end the script).
** So libxml2 builds from the output the tree it would have built from the
** page, less the parts dropped (checked on the dev pages and the hostile
** pages of the tests; on random tag soup a few inputs still differ in
** which stray bytes are text).  Only ASCII bytes are looked at, so any
** ASCII-compatible encoding passes through unchanged elsewhere.
*/
#include "html_internal.h"

#include <string.h>
#include <strings.h>

/* The attributes some function of the family reads, with their lengths,
** sorted; bMeta: read only by html_meta, html_links and titles (kept with
** TK_HTML__KEEP_META), else by every function. */
static const struct {
  const char *zName;
  size_t nName;
  int bMeta;
} aKept[] = {
    {"aria-hidden", 11, 0}, {"charset", 7, 1},     {"class", 5, 0},
    {"content", 7, 1},      {"datetime", 8, 1},    {"hidden", 6, 0},
    {"href", 4, 1},         {"http-equiv", 10, 1}, {"id", 2, 0},
    {"itemprop", 8, 0},     {"lang", 4, 1},        {"name", 4, 1},
    {"property", 8, 1},     {"pubdate", 7, 1},     {"rel", 3, 1},
    {"role", 4, 0},         {"style", 5, 0},       {"type", 4, 1},
};

/* 1 for the blanks libxml2 skips between attributes. */
static int isBlank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* 1 for an ASCII letter. */
static int isLetter(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* 1 for a character that can start an attribute name (libxml2). */
static int isNameStart(unsigned char c) {
  return isLetter(c) || c == '_' || c == ':' || c == '.';
}

/* 1 for a character of a tag or attribute name (libxml2). */
static int isNameChar(unsigned char c) {
  return isNameStart(c) || (c >= '0' && c <= '9') || c == '-';
}

/* 1 when attribute name z[0..n) is kept under eKeep (the length and the
** first letter are compared before the rest). */
static int isKept(const char *z, size_t n, int eKeep) {
  char c = (char)(z[0] | 0x20);
  for (size_t k = 0; k < sizeof(aKept) / sizeof(aKept[0]); k++)
    if (aKept[k].nName == n && aKept[k].zName[0] == c &&
        strncasecmp(z, aKept[k].zName, n) == 0)
      return !aKept[k].bMeta || (eKeep & TK_HTML__KEEP_META);
  return 0;
}

/* 1 when z[0..n) holds "ld+json" in any case. */
static int hasJsonLd(const char *z, size_t n) {
  for (size_t i = 0; i + 7 <= n; i++)
    if (strncasecmp(z + i, "ld+json", 7) == 0) return 1;
  return 0;
}

/* What a start tag turned out to be. */
typedef struct StartTag {
  size_t iEnd; /* the index after it */
  int bRaw;    /* a script or style whose contents follow */
  int bJsonLd; /* with a type attribute that says ld+json */
  int nName;   /* the length of its name */
} StartTag;

/* Whether runs of blanks in text are cut to their first blank: yes
** (COLLAPSE); not until the end tag of the open element that keeps
** whitespace (UNTIL_END: no other start tag seen since its start tag);
** never again (KEEP: a start tag inside it, so the parser may keep it open
** past its end tag). */
enum { BLANKS_COLLAPSE, BLANKS_UNTIL_END, BLANKS_KEEP };

/* 1 when the element named z[0..n) (any case) keeps whitespace. */
static int keepsBlanks(const char *z, size_t n) {
  static const char *az[] = {"pre", "textarea", "listing", "xmp", "plaintext"};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++)
    if (strlen(az[k]) == n && strncasecmp(z, az[k], n) == 0) return 1;
  return 0;
}

/* Append text z[0..n) to pOut with each run of blanks cut to its first. */
static void appendCollapsed(const char *z, size_t n, tk_buf *pOut) {
  size_t iCopy = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (!isBlank((unsigned char)z[i]) || !isBlank((unsigned char)z[i + 1]))
      continue;
    tk_buf_append(pOut, z + iCopy, i + 1 - iCopy);
    i++;
    while (i < n && isBlank((unsigned char)z[i]))
      i++;
    iCopy = i;
  }
  if (iCopy < n) tk_buf_append(pOut, z + iCopy, n - iCopy);
}

/* The end of the attribute value that starts at z[i] (after '=' and
** blanks). */
static size_t valueEnd(const char *z, size_t n, size_t i) {
  if (i < n && (z[i] == '"' || z[i] == '\'')) {
    const char *zClose = memchr(z + i + 1, z[i], n - i - 1);
    return zClose ? (size_t)(zClose - z) + 1 : n;
  }
  while (i < n && !isBlank((unsigned char)z[i]) && z[i] != '>')
    i++;
  return i;
}

/* Copy the start tag at z[i] ('<' and a letter) into pOut, the
** attributes kept under eKeep only; describe it in *pTag. */
static void startTag(const char *z, size_t n, size_t i, int eKeep, tk_buf *pOut,
                     StartTag *pTag) {
  size_t j = i + 1;
  while (j < n && isNameChar((unsigned char)z[j]))
    j++;
  tk_buf_append(pOut, z + i, j - i);
  size_t nName = j - i - 1;
  pTag->nName = (int)nName;
  pTag->bRaw = (nName == 6 && strncasecmp(z + i + 1, "script", 6) == 0) ||
               (nName == 5 && strncasecmp(z + i + 1, "style", 5) == 0);
  pTag->bJsonLd = 0;
  while (j < n) {
    unsigned char c = (unsigned char)z[j];
    if (isBlank(c)) {
      j++;
    } else if (c == '>') {
      tk_buf_putc(pOut, '>');
      j++;
      break;
    } else if (c == '/' && j + 1 < n && z[j + 1] == '>') {
      tk_buf_append(pOut, "/>", 2);
      pTag->bRaw = 0; /* <script/> is empty */
      j += 2;
      break;
    } else if (isNameStart(c)) {
      size_t iName = j;
      while (j < n && isNameChar((unsigned char)z[j]))
        j++;
      size_t nAttr = j - iName, k = j;
      while (k < n && isBlank((unsigned char)z[k]))
        k++;
      size_t iValue = j;
      if (k < n && z[k] == '=') {
        k++;
        while (k < n && isBlank((unsigned char)z[k]))
          k++;
        iValue = k;
        j = valueEnd(z, n, k);
      }
      if (isKept(z + iName, nAttr, eKeep)) {
        tk_buf_putc(pOut, ' ');
        tk_buf_append(pOut, z + iName, j - iName);
        if (nAttr == 4 && hasJsonLd(z + iValue, j - iValue)) pTag->bJsonLd = 1;
      }
    } else {
      /* not an attribute: libxml2 skips it to a blank or the tag's end */
      while (j < n && !isBlank((unsigned char)z[j]) && z[j] != '>' &&
             !(z[j] == '/' && j + 1 < n && z[j + 1] == '>'))
        j++;
    }
  }
  pTag->iEnd = j;
}

/* The index of the "</" + zName[0..nName) (any case) that ends a script or
** style whose contents start at z[i], or n when there is none. */
static size_t rawEnd(const char *z, size_t n, size_t i, const char *zName,
                     size_t nName) {
  while (i < n) {
    const char *zLt = memchr(z + i, '<', n - i);
    if (!zLt) return n;
    size_t k = (size_t)(zLt - z);
    if (k + 2 + nName <= n && z[k + 1] == '/' &&
        strncasecmp(z + k + 2, zName, nName) == 0)
      return k;
    i = k + 1;
  }
  return n;
}

/* The index after the comment that starts at z[i] ("<!--"): after the
** first "-->" or "--!>" from z[i+4] on (so "<!-->" does not end itself),
** or n when there is none (libxml2 drops the rest of the page then). */
static size_t commentEnd(const char *z, size_t n, size_t i) {
  for (size_t k = i + 4; k + 3 <= n;) {
    const char *zDash = memchr(z + k, '-', n - k);
    if (!zDash) return n;
    k = (size_t)(zDash - z);
    if (k + 3 <= n && z[k + 1] == '-' && z[k + 2] == '>') return k + 3;
    if (k + 4 <= n && z[k + 1] == '-' && z[k + 2] == '!' && z[k + 3] == '>')
      return k + 4;
    k++;
  }
  return n;
}

/* The index after the end tag that starts at z[i] ("</" and a name):
** libxml2 reads it to the next '>', quotes or not. */
static size_t endTagEnd(const char *z, size_t n, size_t i) {
  const char *zGt = memchr(z + i, '>', n - i);
  return zGt ? (size_t)(zGt - z) + 1 : n;
}

/* Copy z[0..n) into pOut without what no html function reads (see the top
** of this file); eKeep: TK_HTML__KEEP_JSONLD and TK_HTML__KEEP_META, or 0.
** Polls pWork as it reads. */
int tk_html__prefilter(const char *z, size_t n, int eKeep, tk_work *pWork,
                       tk_buf *pOut) {
  size_t i = 0, iPolled = 0;
  int eBlanks = BLANKS_COLLAPSE;
  const char *zKeeper = 0; /* the name of the element that keeps blanks */
  size_t nKeeper = 0;
  while (i < n) {
    if (tk_work_poll(pWork, (i - iPolled) * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
    iPolled = i;
    const char *zLt = memchr(z + i, '<', n - i);
    size_t k = zLt ? (size_t)(zLt - z) : n;
    if (eBlanks == BLANKS_COLLAPSE)
      appendCollapsed(z + i, k - i, pOut);
    else
      tk_buf_append(pOut, z + i, k - i);
    i = k;
    if (i >= n) break;
    if (i + 1 < n && isLetter((unsigned char)z[i + 1])) {
      StartTag t;
      startTag(z, n, i, eKeep, pOut, &t);
      if (eBlanks == BLANKS_UNTIL_END) {
        eBlanks = BLANKS_KEEP;
      } else if (eBlanks == BLANKS_COLLAPSE &&
                 keepsBlanks(z + k + 1, (size_t)t.nName)) {
        eBlanks = BLANKS_UNTIL_END;
        zKeeper = z + k + 1;
        nKeeper = (size_t)t.nName;
      }
      i = t.iEnd;
      if (t.bRaw) {
        size_t iEnd = rawEnd(z, n, i, z + k + 1, (size_t)t.nName);
        /* contents that start with '<' are left to libxml2, which reads a
        ** tag there and may end the script (<script><noscript>) */
        int bTagFirst = i < n && z[i] == '<';
        if (bTagFirst || (t.bJsonLd && (eKeep & TK_HTML__KEEP_JSONLD)))
          tk_buf_append(pOut, z + i, iEnd - i);
        i = iEnd;
      }
      continue;
    }
    if (i + 2 < n && z[i + 1] == '/' && isNameStart((unsigned char)z[i + 2])) {
      size_t iEnd = endTagEnd(z, n, i);
      if (eBlanks == BLANKS_UNTIL_END && i + 2 + nKeeper <= n &&
          strncasecmp(z + i + 2, zKeeper, nKeeper) == 0 &&
          (i + 2 + nKeeper == n ||
           !isNameChar((unsigned char)z[i + 2 + nKeeper])))
        eBlanks = BLANKS_COLLAPSE;
      tk_buf_append(pOut, z + i, iEnd - i);
      i = iEnd;
      continue;
    }
    if (i + 4 <= n && memcmp(z + i, "<!--", 4) == 0) {
      size_t iEnd = commentEnd(z, n, i);
      /* a comment between '<' or '&' and what follows stays: dropping it
      ** would join them into a tag or an entity */
      char cLast = pOut->n ? pOut->z[pOut->n - 1] : 0;
      if (cLast == '<' || cLast == '&') tk_buf_append(pOut, z + i, iEnd - i);
      i = iEnd;
      continue;
    }
    tk_buf_putc(pOut, '<');
    i++;
  }
  return pOut->oom ? TK_ENOMEM : TK_OK;
}
