/*
** rst_inline.c -- the inline half of tk_rst_text (textkit/html.h; rst.c
** reads the blocks): one block's text without its reStructuredText inline
** markup.
**
**   rc = tk_rst__inline("See :ref:`the guide <guide>` and ``x*y``.", 41,
**                       0, &out);                  // "See the guide and x*y."
**
** Read left to right as docutils reads it, simplified: a start-string
** follows the text's start, white space or an opening punctuation mark,
** and comes before a character other than white space; its end-string
** comes after one, and before the end, white space or punctuation.
**   - ``inline literal``: its text as written;
**   - `interpreted text`, with a role before or after it
**     (":ref:`Title <target>`", "`x`:sub:"), and hyperlink references
**     ("`Python <https://python.org>`_", "`text`__"): the text, without a
**     "<target>" when a title comes before it, without Sphinx's "~" or "!";
**   - **strong**, *emphasis*: the text;
**   - |substitution| references: the name;
**   - footnote and citation references ("[1]_", "[#note]_", "[CIT2002]_")
**     go, with the space before them;
**   - a backslash goes, and the character after it stays; an escaped
**     space goes too.
** An end-string is looked for in the next MAX_INLINE bytes, and all the
** looking may read BUDGET_PER_BYTE bytes per byte of the block, after
** which the rest reads as text: linear whatever the block holds.
*/
#include "rst_internal.h"

#include <string.h>

#define MAX_INLINE 4096    /* an inline construct's text, at most */
#define MAX_ROLE 64        /* a role's name with its colons, at most */
#define MAX_FOOTNOTE 64    /* a footnote's or citation's label, at most */
#define BUDGET_PER_BYTE 32 /* bytes the end-string searches may read */
#define POLL_BYTES 16384   /* the cancel callback is asked this often */
#define NONE ((size_t)-1)

typedef struct Scan {
  const char *z;
  size_t n;
  long long nBudget;
  tk_buf *pOut;
} Scan;

/* 1 for white space. */
static int isSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* 1 for an ASCII letter or digit. */
static int isAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* 1 when the m-byte start-string at z[i] may open inline markup. */
static int canStart(const Scan *p, size_t i, size_t m) {
  if (i + m >= p->n || isSpaceChar(p->z[i + m])) return 0;
  if (i == 0) return 1;
  char c = p->z[i - 1];
  return isSpaceChar(c) || (c && strchr("-:/'\"<([{", c));
}

/* 1 when the m-byte end-string at z[e] may close inline markup. */
static int canEnd(const Scan *p, size_t e, size_t m) {
  if (e == 0 || isSpaceChar(p->z[e - 1])) return 0;
  if (e + m >= p->n) return 1;
  char c = p->z[e + m];
  return isSpaceChar(c) || (c && strchr("-.,:;!?\\/'\")]}>_", c));
}

/* The offset of the end-string zEnd (m bytes) that closes the construct
** whose text starts at z[i], or NONE; backslashes escape unless
** bLiteral. */
static size_t findEnd(Scan *p, size_t i, const char *zEnd, size_t m,
                      int bLiteral) {
  size_t lim = p->n - i > MAX_INLINE ? i + MAX_INLINE : p->n, k = i;
  for (; k + m <= lim; k++) {
    if (p->z[k] == '\\' && !bLiteral) {
      k++;
    } else if (p->z[k] == zEnd[0] && memcmp(p->z + k, zEnd, m) == 0 && k > i &&
               canEnd(p, k, m)) {
      p->nBudget -= (long long)(k - i);
      return k;
    }
  }
  p->nBudget -= (long long)(k - i);
  return NONE;
}

/* Append z[0..n) with its backslash escapes resolved. */
static void putText(tk_buf *pOut, const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (z[i] == '\\' && i + 1 < n) {
      i++;
      if (z[i] == ' ') continue; /* an escaped space is nothing */
    }
    tk_buf_putc(pOut, z[i]);
  }
}

/* Append interpreted text z[0..n): "Title <target>" is its title, a
** lone "<target>" its target; a leading "~" or "!" goes. */
static void putInterpreted(tk_buf *pOut, const char *z, size_t n) {
  if (n > 1 && z[n - 1] == '>') {
    const char *zLt = memrchr(z, '<', n), *zGt = z + n - 1;
    if (zLt) {
      size_t m = (size_t)(zLt - z);
      while (m > 0 && isSpaceChar(z[m - 1]))
        m--;
      if (m > 0) {
        n = m;
      } else {
        z = zLt + 1;
        n = (size_t)(zGt - z);
      }
    }
  }
  if (n > 0 && (z[0] == '~' || z[0] == '!')) z++, n--;
  putText(pOut, z, n);
}

/* The end of the role ":name:" (or ":domain:name:") at z[i] that comes
** before a backquote, or NONE. */
static size_t roleAt(const Scan *p, size_t i) {
  size_t k = i + 1;
  while (k < p->n && k - i < MAX_ROLE &&
         (isAlnum(p->z[k]) || (p->z[k] && strchr("_-.+:", p->z[k]))))
    k++;
  return k < p->n && k > i + 2 && p->z[k] == '`' && p->z[k - 1] == ':' ? k
                                                                       : NONE;
}

/* Where reading goes on after interpreted text that ends at z[e] (its
** closing backquote): past a role (":sub:") or a reference's "_" / "__". */
static size_t afterInterpreted(const Scan *p, size_t e) {
  size_t k = e + 1;
  if (k < p->n && p->z[k] == ':') {
    size_t j = k + 1;
    while (j < p->n && j - k < MAX_ROLE && (isAlnum(p->z[j]) || p->z[j] == '-'))
      j++;
    if (j < p->n && j > k + 1 && p->z[j] == ':') return j + 1;
  }
  while (k < p->n && k <= e + 2 && p->z[k] == '_')
    k++;
  return k;
}

/* The end of the footnote or citation reference "[label]_" at z[i], or
** NONE. */
static size_t footnoteAt(const Scan *p, size_t i) {
  size_t k = i + 1;
  while (k < p->n && k - i < MAX_FOOTNOTE &&
         (isAlnum(p->z[k]) || (p->z[k] && strchr("#*-_.", p->z[k]))))
    k++;
  if (k == i + 1 || k + 1 >= p->n || p->z[k] != ']' || p->z[k + 1] != '_')
    return NONE;
  size_t e = k + 2;
  return e >= p->n || isSpaceChar(p->z[e]) || strchr(".,;:!?)", p->z[e]) ? e
                                                                         : NONE;
}

/* The markup that may open at z[i]: its text into the output; returns
** where reading goes on, or NONE when there is none. */
static size_t markupAt(Scan *p, size_t i) {
  const char *z = p->z;
  size_t e;
  char c = z[i];
  if (c == '`' && i + 1 < p->n && z[i + 1] == '`') {
    if (!canStart(p, i, 2) || (e = findEnd(p, i + 2, "``", 2, 1)) == NONE)
      return NONE;
    tk_buf_append(p->pOut, z + i + 2, e - i - 2);
    return e + 2;
  }
  size_t iText = c == '`' ? i : c == ':' ? roleAt(p, i) : NONE;
  if (iText != NONE) {
    if (!canStart(p, c == '`' ? i : iText, 1) ||
        (e = findEnd(p, iText + 1, "`", 1, 0)) == NONE)
      return NONE;
    putInterpreted(p->pOut, z + iText + 1, e - iText - 1);
    return afterInterpreted(p, e);
  }
  if (c == '*' || c == '|') {
    size_t m = c == '*' && i + 1 < p->n && z[i + 1] == '*' ? 2 : 1;
    if (!canStart(p, i, m) || (e = findEnd(p, i + m, z + i, m, 0)) == NONE)
      return NONE;
    putText(p->pOut, z + i + m, e - i - m);
    return c == '|' ? afterInterpreted(p, e) : e + m;
  }
  if (c == '[' && (i == 0 || isSpaceChar(z[i - 1])) &&
      (e = footnoteAt(p, i)) != NONE) {
    while (p->pOut->n > 0 && p->pOut->z[p->pOut->n - 1] == ' ')
      p->pOut->n--;
    return e;
  }
  return NONE;
}

/* The text of z[0..n) without its inline markup (see above). */
int tk_rst__inline(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Scan s = {z, n, (long long)(n < 65536 ? 65536 : n) * BUDGET_PER_BYTE, pOut};
  size_t iPoll = POLL_BYTES;
  for (size_t i = 0; i < n;) {
    if (i >= iPoll) {
      iPoll = i + POLL_BYTES;
      if (tk_work_poll(pWork, POLL_BYTES * TK_WORK_CELLS_PER_BYTE))
        return TK_EINTERRUPT;
    }
    char c = z[i];
    if (c == '\\' && i + 1 < n) {
      if (z[i + 1] != ' ') tk_buf_putc(pOut, z[i + 1]);
      i += 2;
      continue;
    }
    size_t e =
        s.nBudget >= 0 && strchr("`:*|[", c) && c ? markupAt(&s, i) : NONE;
    if (e != NONE) {
      i = e;
    } else {
      tk_buf_putc(pOut, c);
      i++;
    }
  }
  return pOut->oom ? TK_ENOMEM : TK_OK;
}
