/*
** prefilter.c -- a byte pass before libxml2's HTML parser that drops what
** no function of the html family reads, so the parser has less to scan and
** the tree less to hold (docs/html.md, "Parsing"):
**
**   - comments (<!-- ... -->);
**   - the contents of <script> and <style> (a JSON-LD script's contents
**     are kept when TK_HTML__KEEP_JSONLD is asked for: html_meta reads it);
**   - attributes other than the few the family reads (style, hidden,
**     role, ...; href, content, name and the others html_meta and
**     html_links read only when TK_HTML__KEEP_META is asked for; see
**     aKept);
**   - class and id, which only html_main reads, for the words it looks
**     for in them: with TK_HTML__KEEP_HINTS an element gets their hint
**     bits (hints.c) as one short attribute, TK_HTML__HINTS_ATTR,
**     instead (or both as written when the bits could differ from
**     main.c's reading: an entity, a byte that is not printable ASCII,
**     more than main.c reads); without it both are dropped;
**   - all but the first of each run of blanks in text, outside the
**     elements that keep whitespace (pre, textarea, listing, xmp,
**     plaintext; after a start tag inside one, or inside script contents
**     left to libxml2 that hold one, blanks are kept to the end): every
**     function collapses such runs to one space.
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
** What it writes keeps the parser's reading: a kept attribute with an
** empty value ("role=>") is written without one, and "/>" after the
** attributes gets a blank before it (an unquoted value would take the
** "/").  So libxml2 builds from the output the tree it would have built
** from the page, less the parts dropped (checked on the dev pages, the
** hostile pages of the tests and random tag soup, where about 1 in 500
** large soup pages still differs).  Only ASCII bytes are looked at, so
** any ASCII-compatible encoding passes through unchanged elsewhere.
*/
#include "html_internal.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Who reads an attribute: every function (ALL), html_meta, html_links and
** titles (META: kept with TK_HTML__KEEP_META), html_main's hints (CLASS,
** ID: read into the hint bits with TK_HTML__KEEP_HINTS). */
enum { USE_NONE, USE_ALL, USE_META, USE_CLASS, USE_ID };

/* The attributes some function of the family reads, with their lengths,
** sorted. */
static const struct {
  const char *zName;
  size_t nName;
  int eUse;
} aKept[] = {
    {"aria-hidden", 11, USE_ALL},
    {"charset", 7, USE_META},
    {"class", 5, USE_CLASS},
    {"content", 7, USE_META},
    {"datetime", 8, USE_META},
    {"hidden", 6, USE_ALL},
    {"href", 4, USE_META},
    {"http-equiv", 10, USE_META},
    {"id", 2, USE_ID},
    {"itemprop", 8, USE_ALL},
    {"lang", 4, USE_META},
    {"name", 4, USE_META},
    {"property", 8, USE_META},
    {"pubdate", 7, USE_META},
    {"rel", 3, USE_META},
    {"role", 4, USE_ALL},
    {"style", 5, USE_ALL},
    {"type", 4, USE_META},
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

/* Who reads attribute z[0..n) under eKeep: USE_NONE (dropped), USE_ALL
** (copied), USE_CLASS or USE_ID (the length and the first letter are
** compared before the rest). */
static int attributeUse(const char *z, size_t n, int eKeep) {
  char c = (char)(z[0] | 0x20);
  for (size_t k = 0; k < sizeof(aKept) / sizeof(aKept[0]); k++) {
    if (aKept[k].nName != n || aKept[k].zName[0] != c ||
        strncasecmp(z, aKept[k].zName, n) != 0)
      continue;
    switch (aKept[k].eUse) {
    case USE_META:
      return eKeep & TK_HTML__KEEP_META ? USE_ALL : USE_NONE;
    case USE_CLASS:
    case USE_ID:
      return eKeep & TK_HTML__KEEP_HINTS ? aKept[k].eUse : USE_NONE;
    default:
      return USE_ALL;
    }
  }
  return USE_NONE;
}

/* A start tag's class or id (the first one: the parser drops repeats). */
typedef struct HintAttr {
  int bSeen;
  size_t iName;  /* where "name=value" starts */
  size_t iValue; /* where its value starts (at a quote when quoted) */
  size_t iEnd;   /* the index after it */
} HintAttr;

/* The most bytes of class + id html_main reads (main.c's hint buffer: a
** space after each and the NUL in 254 bytes). */
#define HINT_BYTES_MAX 251

/* The value of h in z as the parser reads it, into *pz and *pn: 1 when it
** is the bytes as written (closed quotes, printable ASCII, no '&' to
** decode), else 0. */
static int plainValue(const char *z, const HintAttr *h, const char **pz,
                      size_t *pn) {
  *pz = "";
  *pn = 0;
  if (!h->bSeen || h->iValue == h->iEnd) return 1; /* no value: "" */
  size_t i = h->iValue, e = h->iEnd;
  if (z[i] == '"' || z[i] == '\'') {
    if (e - i < 2 || z[e - 1] != z[i]) return 0; /* unclosed */
    i++;
    e--;
  }
  for (size_t k = i; k < e; k++)
    if (z[k] < 0x20 || z[k] > 0x7E || z[k] == '&') return 0;
  *pz = z + i;
  *pn = e - i;
  return 1;
}

/* Write a start tag's class and id into pOut as TK_HTML__HINTS_ATTR (none
** when no word is found), or as written when their hint bits could differ
** from main.c's reading of them (see plainValue, HINT_BYTES_MAX). */
static void writeHints(const char *z, const HintAttr a[2], tk_buf *pOut) {
  const char *zClass, *zId;
  size_t nClass, nId;
  if (plainValue(z, &a[0], &zClass, &nClass) &&
      plainValue(z, &a[1], &zId, &nId) && nClass + nId <= HINT_BYTES_MAX) {
    int eBits =
        tk_html__hint_bits(zClass, nClass) | tk_html__hint_bits(zId, nId);
    if (eBits) {
      char zAttr[32];
      int n = snprintf(zAttr, sizeof(zAttr), " " TK_HTML__HINTS_ATTR "=\"%d\"",
                       eBits);
      tk_buf_append(pOut, zAttr, (size_t)n);
    }
    return;
  }
  for (int k = 0; k < 2; k++) {
    if (!a[k].bSeen) continue;
    tk_buf_putc(pOut, ' ');
    tk_buf_append(pOut, z + a[k].iName, a[k].iEnd - a[k].iName);
  }
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

/* 1 when z[0..n) holds a start tag of an element that keeps blanks. */
static int hasBlankKeeper(const char *z, size_t n) {
  for (const char *p = z; (p = memchr(p, '<', (size_t)(z + n - p))) != 0;) {
    const char *e = ++p;
    while (e < z + n && isNameChar((unsigned char)*e))
      e++;
    if (keepsBlanks(p, (size_t)(e - p))) return 1;
  }
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
  size_t nTagName = pOut->n; /* the output's length after the name */
  size_t nName = j - i - 1;
  pTag->nName = (int)nName;
  pTag->bRaw = (nName == 6 && strncasecmp(z + i + 1, "script", 6) == 0) ||
               (nName == 5 && strncasecmp(z + i + 1, "style", 5) == 0);
  pTag->bJsonLd = 0;
  HintAttr aHint[2] = {{0}, {0}}; /* class, id */
  while (j < n) {
    unsigned char c = (unsigned char)z[j];
    if (isBlank(c)) {
      j++;
    } else if (c == '>') {
      writeHints(z, aHint, pOut);
      tk_buf_putc(pOut, '>');
      pTag->iEnd = j + 1;
      return;
    } else if (c == '/' && j + 1 < n && z[j + 1] == '>') {
      writeHints(z, aHint, pOut);
      /* a blank after the attributes: the parser would read "/" as part of
      ** an unquoted value just before it (dropped attributes came between) */
      if (pOut->n > nTagName) tk_buf_putc(pOut, ' ');
      tk_buf_append(pOut, "/>", 2);
      pTag->bRaw = 0; /* <script/> is empty */
      pTag->iEnd = j + 2;
      return;
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
      int eUse = attributeUse(z + iName, nAttr, eKeep);
      if (eUse == USE_ALL) {
        /* an empty value ("role=>") is written as no value: what follows
        ** the '=' would be read as the value */
        tk_buf_putc(pOut, ' ');
        tk_buf_append(pOut, z + iName, iValue == j ? nAttr : j - iName);
        if (nAttr == 4 && hasJsonLd(z + iValue, j - iValue)) pTag->bJsonLd = 1;
      } else if (eUse != USE_NONE && !aHint[eUse == USE_ID].bSeen) {
        HintAttr *h = &aHint[eUse == USE_ID];
        h->bSeen = 1;
        h->iName = iName;
        h->iValue = iValue;
        h->iEnd = j;
      }
    } else {
      /* not an attribute: libxml2 skips it to a blank or the tag's end */
      while (j < n && !isBlank((unsigned char)z[j]) && z[j] != '>' &&
             !(z[j] == '/' && j + 1 < n && z[j + 1] == '>'))
        j++;
    }
  }
  writeHints(z, aHint, pOut); /* a tag the page ends in */
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
        /* the parser may open an element that keeps blanks in there */
        if (bTagFirst && hasBlankKeeper(z + i, iEnd - i)) eBlanks = BLANKS_KEEP;
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
