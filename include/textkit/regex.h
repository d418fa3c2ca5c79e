/*
** textkit/regex.h -- regular expressions on PCRE2 (ext/core/regex/regex.c):
** UTF-8 with Unicode properties, JIT where PCRE2 has it, bounded
** backtracking and heap, invalid UTF-8 subjects matched safely.
**
**   tk_regex *re;  char *zErr = 0;
**   if (tk_regex_compile("\\d+", 3, TK_RE_CASELESS, &re, &zErr) == TK_OK) {
**     tk_regex_iter it;
**     tk_regex_iter_init(&it, re, z, n);
**     while (tk_regex_iter_next(&it, &zErr) == 1)
**       tk_regex_group(re, 0, &a, &b);
**     tk_regex_free(re);
**   }
**
** Result codes: match functions return 1 (a match), 0 (none) or a
** negative TK_E* code; TK_ELIMIT ("match limit exceeded") when the
** backtracking or heap limit below is hit.  Messages go to *pzErr.
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

/* Parse SQL flag letters into TK_RE_* bits; TK_EINVAL naming the valid
** letters for any other. */
int tk_regex_flags_parse(const char *z, size_t n, unsigned *pFlags,
                         char **pzErr);
/* Compile a pattern (UTF, Unicode properties, JIT when available);
** TK_EINVAL with "invalid pattern at offset N: <PCRE2 message>". */
int tk_regex_compile(const char *zPat, size_t nPat, unsigned flags,
                     tk_regex **pp, char **pzErr);
/* Free a compiled pattern with its match data and JIT stack. */
void tk_regex_free(tk_regex *p);

/* The flags p was compiled with; 1 when it runs JIT-compiled; its number
** of capture groups; the number of a named group (-1 when unknown). */
unsigned tk_regex_flags(const tk_regex *p);
int tk_regex_is_jit(const tk_regex *p);
int tk_regex_group_count(const tk_regex *p);
int tk_regex_group_index(const tk_regex *p, const char *zName, size_t nName);

/* Search z[0..n) from byte iStart (bNotEmptyAtStart: an empty match at
** iStart does not count); 1, 0 or a TK_E* code. */
int tk_regex_match(tk_regex *p, const char *z, size_t n, size_t iStart,
                   int bNotEmptyAtStart, char **pzErr);
/* Byte span [*pA, *pB) of group i of the last match; 0 when unset. */
int tk_regex_group(const tk_regex *p, int i, size_t *pA, size_t *pB);
/* Append the capture groups of p's last match over z to pOut as a JSON
** array of strings (null for a group that did not take part; invalid
** UTF-8 bytes as \ufffd), ext/core/regex/groups_json.c. */
void tk_regex_groups_json(const tk_regex *p, const char *z, tk_buf *pOut);

/* Iterator over every match of a subject, never the same empty match
** twice (so it always ends). */
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
/* Advance to the next match: 1, 0 at the end, or a TK_E* code. */
int tk_regex_iter_next(tk_regex_iter *p, char **pzErr);

/* Check a replacement template ($1, ${1}, ${name}, $0, $$) against p's
** groups; TK_EINVAL naming the bad reference. */
int tk_regex_check_replacement(const tk_regex *p, const char *zRep, size_t nRep,
                               char **pzErr);
/* Append z with its first (bAll: every) match replaced by the expanded
** template to pOut; *pnMatch counts the replacements. */
int tk_regex_replace(tk_regex *p, const char *z, size_t n, const char *zRep,
                     size_t nRep, int bAll, tk_buf *pOut, size_t *pnMatch,
                     char **pzErr);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_REGEX_H */
