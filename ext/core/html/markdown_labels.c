/*
** markdown_labels.c -- the set of link labels a Markdown document defines
** ("[home]: https://example.com/"), for the inline reader to tell a
** shortcut link "[Home]" from text in brackets (markdown_internal.h).
**
**   tk_md__labels set = {0};
**   tk_md__labels_add(&set, "Anna  Henningsen", 16);
**   tk_md__labels_has(&set, "anna henningsen", 15);        // 1
**   tk_md__labels_free(&set);
**
** A label is matched as CommonMark matches it: ASCII letters folded to
** lower case, white space runs read as one space, the ends trimmed.  The
** set keeps 64-bit hashes only; two labels sharing a hash are one.
*/
#include "markdown_internal.h"

#include <string.h>

/* The hash of the label z[0..n) as it is matched (see above); never 0. */
static uint64_t labelHash(const char *z, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  int bSpace = 0, bAny = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      bSpace = bAny;
      continue;
    }
    if (bSpace) h = (h ^ ' ') * 0x100000001b3ULL;
    bSpace = 0;
    bAny = 1;
    if (c >= 'A' && c <= 'Z') c += 32;
    h = (h ^ c) * 0x100000001b3ULL;
  }
  return h ? h : 1;
}

/* Put hash h into a[0..nSlot) (a power of two, with room). */
static void putHash(uint64_t *a, size_t nSlot, uint64_t h) {
  size_t s = (size_t)(h >> 32) & (nSlot - 1);
  while (a[s] && a[s] != h)
    s = (s + 1) & (nSlot - 1);
  a[s] = h;
}

/* Add the label z[0..n) to the set. */
void tk_md__labels_add(tk_md__labels *p, const char *z, size_t n) {
  if (p->oom) return;
  if (2 * (p->nUsed + 1) > p->nSlot) { /* at most half full */
    size_t nNew = p->nSlot ? 2 * p->nSlot : 64;
    uint64_t *a = tk_malloc(nNew * sizeof *a);
    if (!a) {
      p->oom = 1;
      return;
    }
    memset(a, 0, nNew * sizeof *a);
    for (size_t s = 0; s < p->nSlot; s++)
      if (p->a[s]) putHash(a, nNew, p->a[s]);
    tk_free(p->a);
    p->a = a;
    p->nSlot = nNew;
  }
  uint64_t h = labelHash(z, n);
  if (!tk_md__labels_has(p, z, n)) p->nUsed++;
  putHash(p->a, p->nSlot, h);
}

/* 1 when the label z[0..n) is in the set. */
int tk_md__labels_has(const tk_md__labels *p, const char *z, size_t n) {
  if (p->nUsed == 0) return 0;
  uint64_t h = labelHash(z, n);
  for (size_t s = (size_t)(h >> 32) & (p->nSlot - 1); p->a[s];
       s = (s + 1) & (p->nSlot - 1))
    if (p->a[s] == h) return 1;
  return 0;
}

/* Free the set. */
void tk_md__labels_free(tk_md__labels *p) {
  tk_free(p->a);
  memset(p, 0, sizeof *p);
}
