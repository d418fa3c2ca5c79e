/*
** records/header.c -- the field names of a CSV or TSV header as JSON keys:
** trimmed, empty ones named column<k>, repeated ones given a suffix _2,
** _3..., so that every key of a record's object is distinct.  A hash set
** keeps the work linear in the header's length, however many names repeat.
**
**   tk_records__header h = {0};
**   tk_records__header_add(&h, "id", 2);  tk_records__header_add(&h, "", 0);
**   tk_records__header_key(&h, 1, &b);    // "column2":
*/
#include "records_internal.h"

#include <stdio.h>
#include <string.h>

/* FNV-1a hash of z[0..n). */
static uint64_t hashBytes(const char *z, size_t n) {
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)z[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* The slot of name z[0..n): the one holding it, or the empty one where it
** would go.  The table must have a slot (nSlot > 0). */
static size_t findSlot(const tk_records__header *p, const char *z, size_t n) {
  size_t mask = p->nSlot - 1;
  size_t k = (size_t)hashBytes(z, n) & mask;
  while (p->aSlot[k]) {
    const tk_records__name *e = &p->aName[p->aSlot[k] - 1];
    if (e->nName == n && memcmp(p->names.z + e->iName, z, n) == 0) break;
    k = (k + 1) & mask;
  }
  return k;
}

/* The index of name z[0..n) among the names, or -1 when it is new. */
static long findName(const tk_records__header *p, const char *z, size_t n) {
  if (p->nSlot == 0) return -1;
  size_t k = findSlot(p, z, n);
  return p->aSlot[k] ? (long)p->aSlot[k] - 1 : -1;
}

/* Make room in the hash set for one more name: TK_OK or TK_ENOMEM. */
static int growSlots(tk_records__header *p) {
  if ((p->nName + 1) * 2 <= p->nSlot) return TK_OK;
  size_t nNew = p->nSlot ? p->nSlot * 2 : 16;
  size_t *aNew = tk_malloc(nNew * sizeof(*aNew));
  if (!aNew) return TK_ENOMEM;
  memset(aNew, 0, nNew * sizeof(*aNew));
  tk_free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  for (size_t i = 0; i < p->nName; i++) {
    const tk_records__name *e = &p->aName[i];
    p->aSlot[findSlot(p, p->names.z + e->iName, e->nName)] = i + 1;
  }
  return TK_OK;
}

/* Add the new name z[0..n) (not in the set) with its JSON key. */
static int insertName(tk_records__header *p, const char *z, size_t n) {
  if (growSlots(p) != TK_OK ||
      tk_reserve(&p->aName, &p->nAlloc, p->nName, sizeof(*p->aName))) {
    return TK_ENOMEM;
  }
  tk_records__name *e = &p->aName[p->nName];
  e->iName = p->names.n;
  e->nName = n;
  e->iKey = p->keys.n;
  e->nNextSuffix = 2;
  tk_buf_append(&p->names, z, n);
  tk_buf_json_string(&p->keys, z, n);
  tk_buf_putc(&p->keys, ':');
  e->nKey = p->keys.n - e->iKey;
  if (p->names.oom || p->keys.oom) return TK_ENOMEM;
  p->aSlot[findSlot(p, z, n)] = ++p->nName;
  return TK_OK;
}

/* 1 for the white space a header name is trimmed of. */
static int isTrimmed(char c) {
  return c == ' ' || c == '\t';
}

/* Add the next header field (see records_internal.h). */
int tk_records__header_add(tk_records__header *p, const char *z, size_t n) {
  while (n > 0 && isTrimmed(z[0])) {
    z++;
    n--;
  }
  while (n > 0 && isTrimmed(z[n - 1]))
    n--;
  tk_buf *s = &p->scratch;
  tk_buf_reset(s);
  tk_utf8_sanitize(s, z, n);
  char zNum[32];
  if (s->n == 0) {
    int nNum = snprintf(zNum, sizeof(zNum), "column%zu", p->nName + 1);
    tk_buf_append(s, zNum, (size_t)nNum);
  }
  if (s->oom) return TK_ENOMEM;
  size_t nBase = s->n;
  long iSame = findName(p, s->z, s->n);
  if (iSame >= 0) {
    uint64_t j = p->aName[iSame].nNextSuffix;
    for (;; j++) {
      s->n = nBase;
      int nNum = snprintf(zNum, sizeof(zNum), "_%llu", (unsigned long long)j);
      tk_buf_append(s, zNum, (size_t)nNum);
      if (s->oom) return TK_ENOMEM;
      if (findName(p, s->z, s->n) < 0) break;
    }
    p->aName[iSame].nNextSuffix = j + 1;
  }
  return insertName(p, s->z, s->n);
}

/* Append the key of field k (see records_internal.h). */
void tk_records__header_key(const tk_records__header *p, size_t k,
                            tk_buf *pOut) {
  if (k < p->nName) {
    const tk_records__name *e = &p->aName[k];
    tk_buf_append(pOut, p->keys.z + e->iKey, e->nKey);
    return;
  }
  char zKey[64];
  int nBase = snprintf(zKey, sizeof(zKey), "column%zu", k + 1);
  int nKey = nBase;
  for (uint64_t j = 2; findName(p, zKey, (size_t)nKey) >= 0; j++) {
    nKey = nBase + snprintf(zKey + nBase, sizeof(zKey) - (size_t)nBase, "_%llu",
                            (unsigned long long)j);
  }
  tk_buf_putc(pOut, '"');
  tk_buf_append(pOut, zKey, (size_t)nKey);
  tk_buf_append(pOut, "\":", 2);
}

/* Forget the names, keeping the memory. */
void tk_records__header_reset(tk_records__header *p) {
  p->nName = 0;
  tk_buf_reset(&p->names);
  tk_buf_reset(&p->keys);
  if (p->aSlot) memset(p->aSlot, 0, p->nSlot * sizeof(*p->aSlot));
}

/* Free everything. */
void tk_records__header_free(tk_records__header *p) {
  tk_free(p->aName);
  tk_free(p->aSlot);
  tk_buf_free(&p->names);
  tk_buf_free(&p->keys);
  tk_buf_free(&p->scratch);
  memset(p, 0, sizeof(*p));
}
