/*
** fuzz_strsim.c -- libFuzzer target for the edit distances: any two byte
** strings (invalid UTF-8 included) must give Damerau-Levenshtein equal to
** the textbook Lowrance-Wagner table, the vector kernel must agree at both
** widths, and DL <= OSA <= Levenshtein <= 2 DL must hold.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "../../ext/core/strsim/strsim_internal.h"
#include "textkit.h"

#include <stdlib.h>

/* The longest strings compared against the full table, in code points. */
#define REF_MAX 200

/* Decode z[0..n) into a[] (at most REF_MAX code points); the count. */
static size_t decode(const char *z, size_t n, uint32_t *a) {
  size_t i = 0, k = 0;
  while (i < n && k < REF_MAX)
    a[k++] = tk_utf8_next((const unsigned char *)z, n, &i);
  return i < n ? (size_t)-1 : k;
}

/* Damerau-Levenshtein by the full Lowrance-Wagner table, over ids. */
static size_t dlTable(const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                      uint32_t nId) {
  size_t w = n + 2, big = m + n + 1;
  size_t *H = malloc((m + 2) * w * sizeof(size_t));
  size_t *aRow = calloc(nId + 1, sizeof(size_t));
  H[0] = big;
  for (size_t i = 0; i <= m; i++)
    H[(i + 1) * w] = big, H[(i + 1) * w + 1] = i;
  for (size_t j = 0; j <= n; j++)
    H[j + 1] = big, H[w + j + 1] = j;
  for (size_t i = 1; i <= m; i++) {
    size_t lastCol = 0;
    for (size_t j = 1; j <= n; j++) {
      size_t k = aRow[b[j - 1]], l = lastCol, cost = a[i - 1] != b[j - 1];
      if (!cost) lastCol = j;
      size_t v = H[i * w + j] + cost;
      if (H[(i + 1) * w + j] + 1 < v) v = H[(i + 1) * w + j] + 1;
      if (H[i * w + j + 1] + 1 < v) v = H[i * w + j + 1] + 1;
      size_t t = H[k * w + l] + (i - k - 1) + 1 + (j - l - 1);
      if (t < v) v = t;
      H[(i + 1) * w + j + 1] = v;
    }
    aRow[a[i - 1]] = i;
  }
  size_t d = H[(m + 1) * w + n + 1];
  free(H);
  free(aRow);
  return d;
}

/* One fuzz input: the first byte splits the rest into the two strings. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  size_t nA = aData[0] < nData - 1 ? aData[0] : nData - 1;
  const char *zA = (const char *)aData + 1, *zB = zA + nA;
  size_t nB = nData - 1 - nA;
  size_t lev, osa, dl;
  if (tk_levenshtein(zA, nA, zB, nB, -1, &lev) != TK_OK ||
      tk_osa_distance(zA, nA, zB, nB, &osa) != TK_OK ||
      tk_damerau_levenshtein(zA, nA, zB, nB, &dl) != TK_OK) {
    return 0; /* out of memory */
  }
  if (dl > osa || osa > lev || lev > 2 * dl) __builtin_trap();
  uint32_t a[REF_MAX], b[REF_MAX], ids[2 * REF_MAX], cp[2 * REF_MAX];
  size_t m = decode(zA, nA, a), n = decode(zB, nB, b);
  if (m == (size_t)-1 || n == (size_t)-1) return 0;
  uint32_t nId = 0;
  for (size_t i = 0; i < m + n; i++) { /* dense ids, by linear search */
    uint32_t c = i < m ? a[i] : b[i - m], k = 0;
    while (k < nId && cp[k] != c)
      k++;
    if (k == nId) cp[nId++] = c;
    ids[i] = k + 1;
  }
  if (dlTable(ids, m, ids + m, n, nId) != dl) __builtin_trap();
  size_t d;
  for (int bBase = 0; bBase <= 1 && m && n; bBase++) {
    if (tk_strsim__damerau_diag(ids, m, n, bBase, &d) == TK_OK && d != dl)
      __builtin_trap();
  }
  return 0;
}
