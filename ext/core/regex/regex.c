/*
** regex.c -- the PCRE2 wrapper behind the regexp_* SQL functions:
**
**   tk_regex_compile("(?<y>\\d{4})-(\\d\\d)", 17, TK_RE_CASELESS, &re, &e);
**   tk_regex_match(re, z, n, 0, 0, &e);      // 1: tk_regex_group(re, 1..)
**   tk_regex_replace(re, z, n, "${y}", 4, 1, &out, &nRep, &e);
**
** Patterns compile in UTF mode with Unicode properties (\w, \d, [[:alpha:]]
** and case folding are Unicode-aware) and PCRE2_MATCH_INVALID_UTF, so a
** subject with invalid UTF-8 is matched (invalid bytes never match) instead
** of being an error or a crash.  Code is JIT-compiled when PCRE2 has a JIT.
** Each tk_regex owns its PCRE2 contexts (allocating through tk_malloc),
** its match data (reused by every match) and its JIT stack, so one
** tk_regex is used by one thread at a time and two never share state.
*/
#include "textkit.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string.h>

struct tk_regex {
  pcre2_general_context *pGen;
  pcre2_compile_context *pComp;
  pcre2_match_context *pMatch;
  pcre2_code *pCode;
  pcre2_match_data *pData;
  pcre2_jit_stack *pJitStack;
  unsigned flags;
  int bJit;
  int nGroup;
};

/* PCRE2's allocator hooks: every PCRE2 allocation goes through tk_malloc. */
static void *pcreMalloc(PCRE2_SIZE n, void *pUnused) {
  (void)pUnused;
  return tk_malloc(n);
}
static void pcreFree(void *p, void *pUnused) {
  (void)pUnused;
  tk_free(p);
}

/* Set *pzErr to zFmt (with one "%.*s") quoting z[0..n) with each invalid
** byte as U+FFFD, so the message is valid UTF-8; return TK_EINVAL. */
static int errorQuoting(char **pzErr, const char *zFmt, const char *z,
                        size_t n) {
  tk_buf b = {0};
  tk_utf8_sanitize(&b, z, n);
  *pzErr = b.oom ? 0 : tk_mprintf(zFmt, (int)b.n, b.z ? b.z : "");
  tk_buf_free(&b);
  return *pzErr ? TK_EINVAL : TK_ENOMEM;
}

/* Parse the SQL flag letters i, m, s, x, g. */
int tk_regex_flags_parse(const char *z, size_t n, unsigned *pFlags,
                         char **pzErr) {
  unsigned f = 0;
  for (size_t i = 0; i < n; i++) {
    switch (z[i]) {
    case 'i':
      f |= TK_RE_CASELESS;
      break;
    case 'm':
      f |= TK_RE_MULTILINE;
      break;
    case 's':
      f |= TK_RE_DOTALL;
      break;
    case 'x':
      f |= TK_RE_EXTENDED;
      break;
    case 'g':
      f |= TK_RE_GLOBAL;
      break;
    default: {
      size_t j = i;
      tk_utf8_next((const unsigned char *)z, n, &j);
      return errorQuoting(pzErr, "unknown flag '%.*s' (valid flags: i m s x g)",
                          z + i, j - i);
    }
    }
  }
  *pFlags = f;
  return TK_OK;
}

/* Free p and everything it owns; NULL is a no-op. */
void tk_regex_free(tk_regex *p) {
  if (!p) return;
  pcre2_jit_stack_free(p->pJitStack);
  pcre2_match_data_free(p->pData);
  pcre2_code_free(p->pCode);
  pcre2_match_context_free(p->pMatch);
  pcre2_compile_context_free(p->pComp);
  pcre2_general_context_free(p->pGen);
  tk_free(p);
}

/* PCRE2 compile options for the textkit flags. */
static uint32_t compileOptions(unsigned flags) {
  uint32_t o =
      PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C;
  if (flags & TK_RE_CASELESS) o |= PCRE2_CASELESS;
  if (flags & TK_RE_MULTILINE) o |= PCRE2_MULTILINE;
  if (flags & TK_RE_DOTALL) o |= PCRE2_DOTALL;
  if (flags & TK_RE_EXTENDED) o |= PCRE2_EXTENDED;
  return o;
}

/* Create the contexts, the limits and (JIT) the stack of p. */
static int makeContexts(tk_regex *p) {
  p->pGen = pcre2_general_context_create(pcreMalloc, pcreFree, 0);
  if (!p->pGen) return TK_ENOMEM;
  p->pComp = pcre2_compile_context_create(p->pGen);
  p->pMatch = pcre2_match_context_create(p->pGen);
  if (!p->pComp || !p->pMatch) return TK_ENOMEM;
  pcre2_set_match_limit(p->pMatch, TK_RE_MATCH_LIMIT);
  pcre2_set_heap_limit(p->pMatch, TK_RE_HEAP_LIMIT_KB);
  return TK_OK;
}

/* JIT-compile p's code when PCRE2 has a JIT and the flags allow it; a
** pattern the JIT cannot handle falls back to the interpreter, and out of
** memory is TK_ENOMEM. */
static int jitCompile(tk_regex *p) {
  uint32_t bHasJit = 0;
  pcre2_config(PCRE2_CONFIG_JIT, &bHasJit);
  if (!bHasJit || (p->flags & TK_RE_NOJIT)) return TK_OK;
  int rc = pcre2_jit_compile(p->pCode, PCRE2_JIT_COMPLETE);
  if (rc == PCRE2_ERROR_NOMEMORY) return TK_ENOMEM;
  if (rc != 0) return TK_OK;
  p->pJitStack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, p->pGen);
  if (!p->pJitStack) return TK_ENOMEM;
  pcre2_jit_stack_assign(p->pMatch, 0, p->pJitStack);
  p->bJit = 1;
  return TK_OK;
}

/* Compile a pattern with p's contexts, limits and (when possible) JIT. */
int tk_regex_compile(const char *zPat, size_t nPat, unsigned flags,
                     tk_regex **pp, char **pzErr) {
  *pp = 0;
  tk_regex *p = tk_malloc(sizeof *p);
  if (!p) return TK_ENOMEM;
  memset(p, 0, sizeof *p);
  p->flags = flags;
  int rc = makeContexts(p);
  if (rc != TK_OK) {
    tk_regex_free(p);
    return rc;
  }
  int errCode = 0;
  PCRE2_SIZE errOffset = 0;
  p->pCode =
      pcre2_compile((PCRE2_SPTR)(zPat ? zPat : ""), nPat, compileOptions(flags),
                    &errCode, &errOffset, p->pComp);
  if (!p->pCode) {
    tk_regex_free(p);
    /* compile's out-of-memory code is HEAP_FAILED (match's is NOMEMORY) */
    if (errCode == PCRE2_ERROR_HEAP_FAILED) return TK_ENOMEM;
    PCRE2_UCHAR zMsg[256];
    if (pcre2_get_error_message(errCode, zMsg, sizeof zMsg) < 0) zMsg[0] = 0;
    *pzErr = tk_mprintf("invalid pattern at offset %zu: %s", (size_t)errOffset,
                        (const char *)zMsg);
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  uint32_t nCap = 0;
  pcre2_pattern_info(p->pCode, PCRE2_INFO_CAPTURECOUNT, &nCap);
  p->nGroup = (int)nCap;
  p->pData = pcre2_match_data_create_from_pattern(p->pCode, p->pGen);
  rc = p->pData ? jitCompile(p) : TK_ENOMEM;
  if (rc != TK_OK) {
    tk_regex_free(p);
    return rc;
  }
  *pp = p;
  return TK_OK;
}

/* Accessors. */
unsigned tk_regex_flags(const tk_regex *p) {
  return p->flags;
}
int tk_regex_is_jit(const tk_regex *p) {
  return p->bJit;
}
int tk_regex_group_count(const tk_regex *p) {
  return p->nGroup;
}

/* Look a named group up (names are short: a long one is simply unknown). */
int tk_regex_group_index(const tk_regex *p, const char *zName, size_t nName) {
  char zBuf[256];
  if (nName >= sizeof zBuf || memchr(zName, 0, nName)) return -1;
  memcpy(zBuf, zName, nName);
  zBuf[nName] = 0;
  int i = pcre2_substring_number_from_name(p->pCode, (PCRE2_SPTR)zBuf);
  return i > 0 ? i : -1;
}

/* One search; PCRE2's result codes become textkit's. */
int tk_regex_match(tk_regex *p, const char *z, size_t n, size_t iStart,
                   int bNotEmptyAtStart, char **pzErr) {
  int rc = pcre2_match(p->pCode, (PCRE2_SPTR)(z ? z : ""), n, iStart,
                       bNotEmptyAtStart ? PCRE2_NOTEMPTY_ATSTART : 0, p->pData,
                       p->pMatch);
  if (rc >= 0) return 1;
  switch (rc) {
  case PCRE2_ERROR_NOMATCH:
    return 0;
  case PCRE2_ERROR_NOMEMORY:
    return TK_ENOMEM;
  case PCRE2_ERROR_MATCHLIMIT:
  case PCRE2_ERROR_DEPTHLIMIT:
  case PCRE2_ERROR_HEAPLIMIT:
  case PCRE2_ERROR_JIT_STACKLIMIT:
    *pzErr = tk_mprintf("match limit exceeded");
    return *pzErr ? TK_ELIMIT : TK_ENOMEM;
  default: {
    PCRE2_UCHAR zMsg[256];
    if (pcre2_get_error_message(rc, zMsg, sizeof zMsg) < 0) zMsg[0] = 0;
    *pzErr = tk_mprintf("match failed: %s", (const char *)zMsg);
    return *pzErr ? TK_EINTERNAL : TK_ENOMEM;
  }
  }
}

/* The span of group i of the last match. */
int tk_regex_group(const tk_regex *p, int i, size_t *pA, size_t *pB) {
  if (i < 0 || i > p->nGroup) return 0;
  PCRE2_SIZE *a = pcre2_get_ovector_pointer(p->pData);
  if (a[2 * i] == PCRE2_UNSET) return 0;
  *pA = a[2 * i];
  *pB = a[2 * i + 1];
  /* \K in a lookahead can end a match before its start: report it empty. */
  if (*pB < *pA) *pB = *pA;
  return 1;
}

/* Start iterating over the matches in z[0..n). */
void tk_regex_iter_init(tk_regex_iter *p, tk_regex *pRe, const char *z,
                        size_t n) {
  p->pRe = pRe;
  p->z = z;
  p->n = n;
  p->iNext = 0;
  p->bLastEmpty = 0;
  p->bDone = 0;
}

/* The next match, never the same empty match twice. */
int tk_regex_iter_next(tk_regex_iter *p, char **pzErr) {
  if (p->bDone) return 0;
  int rc = tk_regex_match(p->pRe, p->z, p->n, p->iNext, p->bLastEmpty, pzErr);
  if (rc != 1) {
    p->bDone = 1;
    return rc;
  }
  size_t a = 0, b = 0;
  tk_regex_group(p->pRe, 0, &a, &b);
  if (b <= p->iNext && a <= p->iNext && p->bLastEmpty) {
    /* No progress is possible (\K oddities): stop rather than loop. */
    p->bDone = 1;
    return 0;
  }
  p->bLastEmpty = (a == b);
  p->iNext = b;
  return 1;
}

/* Parse the '$' reference at zRep[*pi] (just after the '$'): the group
** number in *pGroup, -1 for "$$".  Returns TK_EINVAL with *pzErr. */
static int parseRef(const tk_regex *p, const char *zRep, size_t nRep,
                    size_t *pi, int *pGroup, char **pzErr) {
  size_t i = *pi;
  size_t iDollar = i - 1;
  if (i < nRep && zRep[i] == '$') {
    *pGroup = -1;
    *pi = i + 1;
    return TK_OK;
  }
  int bBrace = i < nRep && zRep[i] == '{';
  if (bBrace) i++;
  size_t iName = i;
  long g = -1;
  if (i < nRep && zRep[i] >= '0' && zRep[i] <= '9') {
    g = 0;
    while (i < nRep && zRep[i] >= '0' && zRep[i] <= '9') {
      if (g < 100000) g = g * 10 + (zRep[i] - '0');
      i++;
    }
  } else if (bBrace) {
    while (i < nRep && zRep[i] != '}')
      i++;
    g = tk_regex_group_index(p, zRep + iName, i - iName);
    if (g < 0 && i < nRep) {
      return errorQuoting(pzErr, "unknown group name '%.*s' in replacement",
                          zRep + iName, i - iName);
    }
  }
  if (g < 0 || (bBrace && (i >= nRep || zRep[i] != '}'))) {
    *pzErr = tk_mprintf("invalid '$' at offset %zu of the replacement "
                        "(use $1, ${1}, ${name} or $$)",
                        iDollar);
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  if (g > p->nGroup) {
    *pzErr = tk_mprintf("group %ld in the replacement does not exist "
                        "(the pattern has %d)",
                        g, p->nGroup);
    return *pzErr ? TK_EINVAL : TK_ENOMEM;
  }
  *pGroup = (int)g;
  *pi = bBrace ? i + 1 : i;
  return TK_OK;
}

/* Expand zRep for the current match of p over z into pOut (NULL: only
** check the template). */
static int expand(const tk_regex *p, const char *z, const char *zRep,
                  size_t nRep, tk_buf *pOut, char **pzErr) {
  size_t i = 0;
  while (i < nRep) {
    const char *zDollar = memchr(zRep + i, '$', nRep - i);
    size_t j = zDollar ? (size_t)(zDollar - zRep) : nRep;
    if (pOut) tk_buf_append(pOut, zRep + i, j - i);
    if (j == nRep) break;
    i = j + 1;
    int g = 0;
    int rc = parseRef(p, zRep, nRep, &i, &g, pzErr);
    if (rc != TK_OK) return rc;
    size_t a, b;
    if (!pOut) continue;
    if (g < 0) {
      tk_buf_putc(pOut, '$');
    } else if (tk_regex_group(p, g, &a, &b)) {
      tk_buf_append(pOut, z + a, b - a);
    }
  }
  return TK_OK;
}

/* Validate a replacement template without a match. */
int tk_regex_check_replacement(const tk_regex *p, const char *zRep, size_t nRep,
                               char **pzErr) {
  return expand(p, 0, zRep, nRep, 0, pzErr);
}

/* Replace the first (or every) match, copying the text between. */
int tk_regex_replace(tk_regex *p, const char *z, size_t n, const char *zRep,
                     size_t nRep, int bAll, tk_buf *pOut, size_t *pnMatch,
                     char **pzErr) {
  *pnMatch = 0;
  int rc = tk_regex_check_replacement(p, zRep, nRep, pzErr);
  if (rc != TK_OK) return rc;
  tk_regex_iter it;
  tk_regex_iter_init(&it, p, z, n);
  size_t iCopied = 0;
  while ((rc = tk_regex_iter_next(&it, pzErr)) == 1) {
    size_t a = 0, b = 0;
    tk_regex_group(p, 0, &a, &b);
    tk_buf_append(pOut, z + iCopied, a - iCopied);
    expand(p, z, zRep, nRep, pOut, pzErr);
    iCopied = b;
    (*pnMatch)++;
    if (!bAll) break;
  }
  if (rc < 0) return rc;
  tk_buf_append(pOut, z + iCopied, n - iCopied);
  return pOut->oom ? TK_ENOMEM : TK_OK;
}
