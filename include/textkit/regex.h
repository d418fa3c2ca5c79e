/*
** textkit/regex.h -- regular expressions on PCRE2 (ext/core/regex.c):
** UTF-8 with Unicode properties, JIT where PCRE2 has it, bounded
** backtracking and heap, invalid UTF-8 subjects matched safely.
**
** NOTE: reconstructed from ext/core/regex.c by a second helper session
** that overwrote the original header by accident (10:22); check it.
*/
#ifndef TEXTKIT_REGEX_H
#define TEXTKIT_REGEX_H

#ifdef __cplusplus
extern "C" {
#endif

/* Flag bits (SQL flag letters i, m, s, x, g) and a no-JIT switch. */
#define TK_RE_CASELESS 0x01  /* i */
#define TK_RE_MULTILINE 0x02 /* m */
#define TK_RE_DOTALL 0x04    /* s */
#define TK_RE_EXTENDED 0x08  /* x */
#define TK_RE_GLOBAL 0x10    /* g */
#define TK_RE_NOJIT 0x100    /* interpret even when PCRE2 has a JIT */

/* Limits of one match attempt. */
#define TK_RE_MATCH_LIMIT 1000000
#define TK_RE_HEAP_LIMIT_KB 65536

typedef struct tk_regex tk_regex;

int tk_regex_flags_parse(const char *z, size_t n, unsigned *pFlags,
                         char **pzErr);
int tk_regex_compile(const char *zPat, size_t nPat, unsigned flags,
                     tk_regex **pp, char **pzErr);
void tk_regex_free(tk_regex *p);

unsigned tk_regex_flags(const tk_regex *p);
int tk_regex_is_jit(const tk_regex *p);
int tk_regex_group_count(const tk_regex *p);
int tk_regex_group_index(const tk_regex *p, const char *zName, size_t nName);

int tk_regex_match(tk_regex *p, const char *z, size_t n, size_t iStart,
                   int bNotEmptyAtStart, char **pzErr);
int tk_regex_group(const tk_regex *p, int i, size_t *pA, size_t *pB);

typedef struct tk_regex_iter {
  tk_regex *pRe;
  const char *z;
  size_t n;
  size_t iNext;
  int bLastEmpty;
  int bDone;
} tk_regex_iter;

void tk_regex_iter_init(tk_regex_iter *p, tk_regex *pRe, const char *z,
                        size_t n);
int tk_regex_iter_next(tk_regex_iter *p, char **pzErr);

int tk_regex_check_replacement(const tk_regex *p, const char *zRep, size_t nRep,
                               char **pzErr);
int tk_regex_replace(tk_regex *p, const char *z, size_t n, const char *zRep,
                     size_t nRep, int bAll, tk_buf *pOut, size_t *pnMatch,
                     char **pzErr);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_REGEX_H */
