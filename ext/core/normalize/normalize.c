/*
** normalize.c -- Unicode normalization forms, full case folding, accent
** stripping and cleaning on utf8proc; locale case mapping on ICU.
**
**   tk_buf out = {0};
**   tk_normalize(z, n, TK_NFKC, &out);  tk_unaccent("Crème", 6, &out);
**
** Work is done in chunks of about 64K code points, cut only before a
** character that can neither compose with nor reorder around what precedes
** it (see isSafeCut), so memory stays proportional to the chunk and a
** 100 MB value needs only its output buffer.
*/
#include "textkit.h"

#include <unicode/ucasemap.h>
#include <unicode/uloc.h>
#include <utf8proc.h>

#include <string.h>
#include <strings.h>

#define CHUNK_CODEPOINTS 65536
/* Long texts are done in pieces of about this many bytes, so a cancel is
** seen between pieces: ASCII ones anywhere, ICU's case mapping just after
** an ASCII space or newline (where no case context crosses). */
#define CASE_PIECE_BYTES ((size_t)256 << 10)

/* What one transformation does beyond utf8proc's own options. */
typedef struct Transform {
  utf8proc_option_t eOpts; /* utf8proc decomposition/composition options */
  int bUnaccent;           /* drop combining diacritics, map stroked letters */
} Transform;

/* Scratch space of code points for one chunk. */
typedef struct CodeBuf {
  utf8proc_int32_t *a;
  size_t n;
  size_t cap;
} CodeBuf;

/* Make room for nMore code points; 0 on OOM. */
static int codeReserve(CodeBuf *p, size_t nMore) {
  if (p->n + nMore <= p->cap) return 1;
  size_t cap = p->cap ? p->cap * 2 : 1024;
  while (cap < p->n + nMore)
    cap *= 2;
  utf8proc_int32_t *a = tk_realloc(p->a, cap * sizeof(*a));
  if (!a) return 0;
  p->a = a;
  p->cap = cap;
  return 1;
}

/* 1 for the combining diacritical marks that accent stripping removes. */
static int isDiacritic(uint32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F);
}

/* Latin letters whose accent is not a combining mark (stroke, bar). */
static uint32_t unstroke(uint32_t c) {
  static const uint32_t aMap[][2] = {
      {0x00D0, 'D'}, {0x00D8, 'O'}, {0x00F0, 'd'}, {0x00F8, 'o'}, {0x0110, 'D'},
      {0x0111, 'd'}, {0x0126, 'H'}, {0x0127, 'h'}, {0x0131, 'i'}, {0x0141, 'L'},
      {0x0142, 'l'}, {0x0166, 'T'}, {0x0167, 't'}, {0x0180, 'b'}, {0x0197, 'I'},
      {0x01B5, 'Z'}, {0x01B6, 'z'}, {0x01E4, 'G'}, {0x01E5, 'g'}, {0x023A, 'A'},
      {0x023B, 'C'}, {0x023C, 'c'}, {0x0246, 'E'}, {0x0247, 'e'},
  };
  for (size_t i = 0; i < sizeof(aMap) / sizeof(aMap[0]); i++) {
    if (aMap[i][0] == c) return aMap[i][1];
  }
  return c;
}

/* 1 when a chunk may end just before c: c starts a new normalization
** segment in every form, so nothing before it composes with or reorders
** around it.  That holds for a starter (combining class 0) that is not a
** mark -- Indic vowel signs, Tibetan vowels compose or decompose across --
** and not a Hangul jamo or a compatibility jamo / halfwidth voiced mark
** that decomposes to one (those compose with what precedes them). */
static int isSafeCut(uint32_t c) {
  if (c < 0x80) return 1;
  const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)c);
  if (p->combining_class != 0) return 0;
  if (p->category == UTF8PROC_CATEGORY_MN ||
      p->category == UTF8PROC_CATEGORY_MC ||
      p->category == UTF8PROC_CATEGORY_ME) {
    return 0;
  }
  return !((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF) ||
           (c >= 0xFF9E && c <= 0xFF9F) || (c >= 0xFFA0 && c <= 0xFFDC));
}

/* Stable-sort the run a[0..n) of combining marks by combining class with
** a counting sort through tmp[0..n): linear however long the run. */
static void sortMarkRun(utf8proc_int32_t *a, size_t n, utf8proc_int32_t *tmp) {
  size_t aStart[257] = {0};
  for (size_t i = 0; i < n; i++) {
    aStart[utf8proc_get_property(a[i])->combining_class + 1]++;
  }
  for (int k = 1; k < 257; k++)
    aStart[k] += aStart[k - 1];
  for (size_t i = 0; i < n; i++) {
    tmp[aStart[utf8proc_get_property(a[i])->combining_class]++] = a[i];
  }
  memcpy(a, tmp, n * sizeof(*a));
}

/* Put canonical combining marks in order (stable by combining class):
** insertion sort within short runs of marks, a counting sort for long ones
** (so a long run of marks stays linear).  TK_ENOMEM on OOM. */
static int reorderMarks(utf8proc_int32_t *a, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (utf8proc_get_property(a[i])->combining_class == 0) {
      i++;
      continue;
    }
    size_t iRun = i;
    while (i < n && utf8proc_get_property(a[i])->combining_class != 0)
      i++;
    size_t nRun = i - iRun;
    if (nRun > 32) {
      utf8proc_int32_t *tmp = tk_malloc(nRun * sizeof(*tmp));
      if (!tmp) return TK_ENOMEM;
      sortMarkRun(a + iRun, nRun, tmp);
      tk_free(tmp);
      continue;
    }
    for (size_t j = iRun + 1; j < i; j++) {
      utf8proc_int32_t c = a[j];
      int cc = utf8proc_get_property(c)->combining_class;
      size_t k = j;
      while (k > iRun &&
             utf8proc_get_property(a[k - 1])->combining_class > cc) {
        a[k] = a[k - 1];
        k--;
      }
      a[k] = c;
    }
  }
  return TK_OK;
}

/* Decompose c (per t) onto the end of p; TK_ENOMEM on OOM. */
static int decomposeOne(const Transform *t, uint32_t c, CodeBuf *p) {
  if (c < 0x80) { /* ASCII is its own decomposition in every form */
    if (!codeReserve(p, 1)) return TK_ENOMEM;
    if ((t->eOpts & UTF8PROC_CASEFOLD) && c >= 'A' && c <= 'Z') c += 32;
    p->a[p->n++] = (utf8proc_int32_t)c;
    return TK_OK;
  }
  if (t->bUnaccent) c = unstroke(c);
  for (;;) {
    if (!codeReserve(p, 4)) return TK_ENOMEM;
    int last = 0;
    utf8proc_ssize_t r = utf8proc_decompose_char(
        (utf8proc_int32_t)c, p->a + p->n, (utf8proc_ssize_t)(p->cap - p->n),
        t->eOpts, &last);
    if (r < 0) return TK_EINTERNAL;
    if ((size_t)r > p->cap - p->n) {
      if (!codeReserve(p, (size_t)r)) return TK_ENOMEM;
      continue;
    }
    if (t->bUnaccent) {
      size_t k = p->n;
      for (utf8proc_ssize_t i = 0; i < r; i++) {
        uint32_t d = (uint32_t)p->a[p->n + (size_t)i];
        if (!isDiacritic(d)) p->a[k++] = (utf8proc_int32_t)unstroke(d);
      }
      p->n = k;
    } else {
      p->n += (size_t)r;
    }
    return TK_OK;
  }
}

/* Compose (when asked) the chunk in p and append it as UTF-8 to pOut. */
static int flushChunk(const Transform *t, CodeBuf *p, tk_buf *pOut) {
  if (reorderMarks(p->a, p->n) != TK_OK) return TK_ENOMEM;
  size_t n = p->n;
  if (t->eOpts & UTF8PROC_COMPOSE) {
    utf8proc_ssize_t r = utf8proc_normalize_utf32(
        p->a, (utf8proc_ssize_t)n, t->eOpts & ~UTF8PROC_STRIPMARK);
    if (r < 0) return TK_EINTERNAL;
    n = (size_t)r;
  }
  for (size_t i = 0; i < n; i++)
    tk_buf_put_utf8(pOut, (uint32_t)p->a[i]);
  p->n = 0;
  return pOut->oom ? TK_ENOMEM : TK_OK;
}

/* 1 when z[0..n) is all ASCII. */
static int isAscii(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)z[i] >= 0x80) return 0;
  }
  return 1;
}

/* Apply t to z[0..n), appending to pOut, polling pWork. */
static int transform(const Transform *t, const char *z, size_t n,
                     tk_work *pWork, tk_buf *pOut) {
  if (isAscii(z, n)) {
    for (size_t iPiece = 0; iPiece < n && !pOut->oom;
         iPiece += CASE_PIECE_BYTES) {
      size_t nPiece =
          n - iPiece < CASE_PIECE_BYTES ? n - iPiece : CASE_PIECE_BYTES;
      if (tk_work_poll(pWork, nPiece * TK_WORK_CELLS_PER_BYTE)) {
        return TK_EINTERRUPT;
      }
      size_t i0 = pOut->n;
      tk_buf_append(pOut, z + iPiece, nPiece);
      if ((t->eOpts & UTF8PROC_CASEFOLD) && !pOut->oom) {
        for (size_t i = i0; i < pOut->n; i++) {
          char c = pOut->z[i];
          if (c >= 'A' && c <= 'Z') pOut->z[i] = (char)(c + 32);
        }
      }
    }
    return pOut->oom ? TK_ENOMEM : TK_OK;
  }
  CodeBuf cb = {0};
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, iPolled = 0;
  int rc = TK_OK;
  while (i < n && rc == TK_OK) {
    if (tk_work_poll(pWork, (i - iPolled) * TK_WORK_CELLS_PER_BYTE)) {
      rc = TK_EINTERRUPT;
      break;
    }
    iPolled = i;
    uint32_t c = tk_utf8_next(u, n, &i);
    if (cb.n >= CHUNK_CODEPOINTS && isSafeCut(c)) rc = flushChunk(t, &cb, pOut);
    if (rc == TK_OK) rc = decomposeOne(t, c, &cb);
  }
  if (rc == TK_OK) rc = flushChunk(t, &cb, pOut);
  tk_free(cb.a);
  return rc;
}

/* Parse the name of a normalization form. */
int tk_norm_form_parse(const char *z, size_t n, int *peForm, char **pzErr) {
  static const char *azForm[] = {"nfc", "nfd", "nfkc", "nfkd"};
  for (int i = 0; i < 4; i++) {
    if (n == strlen(azForm[i]) && strncasecmp(z, azForm[i], n) == 0) {
      *peForm = i;
      return TK_OK;
    }
  }
  *pzErr = tk_mprintf("unknown normalization form '%.*s' (valid: NFC, NFD, "
                      "NFKC, NFKD)",
                      (int)n, z);
  return TK_EINVAL;
}

/* Normalize into NFC, NFD, NFKC or NFKD. */
int tk_normalize(const char *z, size_t n, int eForm, tk_buf *pOut) {
  return tk_normalize_w(z, n, eForm, NULL, pOut);
}

/* tk_normalize polling pWork (NULL: never). */
int tk_normalize_w(const char *z, size_t n, int eForm, tk_work *pWork,
                   tk_buf *pOut) {
  static const utf8proc_option_t aOpts[] = {
      UTF8PROC_STABLE | UTF8PROC_COMPOSE,
      UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
      UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
  };
  Transform t = {aOpts[eForm & 3], 0};
  return transform(&t, z, n, pWork, pOut);
}

/* Full case folding, composed. */
int tk_casefold(const char *z, size_t n, tk_buf *pOut) {
  return tk_casefold_w(z, n, NULL, pOut);
}

/* tk_casefold polling pWork (NULL: never). */
int tk_casefold_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Transform t = {UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, 0};
  return transform(&t, z, n, pWork, pOut);
}

/* Accent stripping, composed. */
int tk_unaccent(const char *z, size_t n, tk_buf *pOut) {
  return tk_unaccent_w(z, n, NULL, pOut);
}

/* tk_unaccent polling pWork (NULL: never). */
int tk_unaccent_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  Transform t = {UTF8PROC_STABLE | UTF8PROC_COMPOSE, 1};
  return transform(&t, z, n, pWork, pOut);
}

/* Case folding and accent stripping in one pass. */
int tk_fold_unaccent(const char *z, size_t n, tk_buf *pOut) {
  Transform t = {UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, 1};
  return transform(&t, z, n, NULL, pOut);
}

/* 1 when the language part of zLocale is a known ISO 639 code. */
static int isKnownLocale(const char *zLocale) {
  char zLang[16];
  UErrorCode status = U_ZERO_ERROR;
  int n = uloc_getLanguage(zLocale, zLang, sizeof zLang, &status);
  if (U_FAILURE(status) || n <= 0 || n >= (int)sizeof zLang) return 0;
  for (const char *const *az = uloc_getISOLanguages(); *az; az++) {
    if (strcmp(*az, zLang) == 0) return 1;
  }
  return 0;
}

/* Map z[0..n) (valid UTF-8) with ICU into pOut; grows its scratch once
** when ICU says the result is longer than the input. */
static int caseMapUtf8(const char *z, int32_t n, const char *zLocale,
                       int bUpper, tk_buf *pOut, char **pzErr) {
  UErrorCode status = U_ZERO_ERROR;
  UCaseMap *pMap = ucasemap_open(zLocale ? zLocale : "", 0, &status);
  int32_t cap = n + 16;
  char *zDst = 0;
  int32_t nOut = 0;
  for (int attempt = 0; U_SUCCESS(status) && attempt < 2; attempt++) {
    tk_free(zDst);
    zDst = tk_malloc((size_t)cap);
    if (!zDst) {
      ucasemap_close(pMap);
      return TK_ENOMEM;
    }
    nOut = bUpper ? ucasemap_utf8ToUpper(pMap, zDst, cap, z, n, &status)
                  : ucasemap_utf8ToLower(pMap, zDst, cap, z, n, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    status = U_ZERO_ERROR;
    cap = nOut + 1;
  }
  ucasemap_close(pMap);
  int rc = TK_OK;
  if (U_SUCCESS(status) && nOut > cap) status = U_BUFFER_OVERFLOW_ERROR;
  if (U_FAILURE(status)) {
    *pzErr = tk_mprintf("ICU error: ucasemap(): %s", u_errorName(status));
    rc = TK_EINTERNAL;
  } else {
    tk_buf_append(pOut, zDst, (size_t)nOut);
    if (pOut->oom) rc = TK_ENOMEM;
  }
  tk_free(zDst);
  return rc;
}

/* The end of the piece of z[0..n) that starts at i: just after the first
** ASCII space or newline CASE_PIECE_BYTES on, or n. */
static size_t casePieceEnd(const char *z, size_t n, size_t i) {
  for (size_t j = i + CASE_PIECE_BYTES; j < n; j++) {
    if (z[j] == ' ' || z[j] == '\n') return j + 1;
  }
  return n;
}

/* ICU locale-aware case mapping of UTF-8 text. */
int tk_case_map(const char *z, size_t n, const char *zLocale, int bUpper,
                tk_buf *pOut, char **pzErr) {
  return tk_case_map_w(z, n, zLocale, bUpper, NULL, pOut, pzErr);
}

/* tk_case_map polling pWork (NULL: never) between pieces. */
int tk_case_map_w(const char *z, size_t n, const char *zLocale, int bUpper,
                  tk_work *pWork, tk_buf *pOut, char **pzErr) {
  if (zLocale && *zLocale) {
    if (strlen(zLocale) > 40 || !isKnownLocale(zLocale)) {
      *pzErr = tk_mprintf("unknown locale '%s' (expected an ISO 639 language "
                          "code such as 'en', 'tr', 'de_DE')",
                          zLocale);
      return TK_EINVAL;
    }
  }
  tk_buf clean = {0};
  if (!tk_utf8_is_valid(z, n)) {
    tk_utf8_sanitize(&clean, z, n);
    if (clean.oom) return TK_ENOMEM;
    z = clean.z;
    n = clean.n;
  }
  int rc = n > INT32_MAX / 4 ? TK_ELIMIT : TK_OK;
  for (size_t i = 0, j; rc == TK_OK && i < n; i = j) {
    j = casePieceEnd(z, n, i);
    rc = caseMapUtf8(z + i, (int32_t)(j - i), zLocale, bUpper, pOut, pzErr);
    if (rc == TK_OK && tk_work_poll(pWork, (j - i) * TK_WORK_CELLS_PER_BYTE)) {
      rc = TK_EINTERRUPT;
    }
  }
  tk_buf_free(&clean);
  return rc;
}

/* 1 for characters text_clean treats as white space. */
static int isCleanSpace(uint32_t c) {
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 ||
      c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
      c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000) {
    return 1;
  }
  return 0;
}

/* Clean: U+FFFD for invalid bytes, drop controls, collapse and trim white
** space, then NFC. */
int tk_clean(const char *z, size_t n, tk_buf *pOut) {
  return tk_clean_w(z, n, NULL, pOut);
}

/* tk_clean polling pWork (NULL: never). */
int tk_clean_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut) {
  tk_buf tmp = {0};
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, iPolled = 0;
  int bPendingSpace = 0;
  while (i < n) {
    if (tk_work_poll(pWork, (i - iPolled) * TK_WORK_CELLS_PER_BYTE)) {
      tk_buf_free(&tmp);
      return TK_EINTERRUPT;
    }
    iPolled = i;
    uint32_t c = tk_utf8_next(u, n, &i);
    if (isCleanSpace(c)) {
      bPendingSpace = tmp.n > 0;
    } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      continue;
    } else {
      if (bPendingSpace) tk_buf_putc(&tmp, ' ');
      bPendingSpace = 0;
      tk_buf_put_utf8(&tmp, c);
    }
  }
  int rc = tmp.oom
               ? TK_ENOMEM
               : tk_normalize_w(tmp.z ? tmp.z : "", tmp.n, TK_NFC, pWork, pOut);
  tk_buf_free(&tmp);
  return rc;
}
