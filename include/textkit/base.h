/*
** textkit/base.h -- the ground floor of the core (ext/core/base/): error
** codes, the one allocator hook, printf into new strings, the growable
** byte buffer, UTF-8 decoding and character positions, the options
** syntax every function shares ("key=value key=value"), and the version
** report.  It depends on nothing else of textkit; every other family
** header relies on it (through textkit.h).
**
**   tk_buf b = {0};
**   tk_buf_append(&b, z, n);  tk_buf_put_utf8(&b, 0x2019);
**   if (b.oom) ... TK_ENOMEM ...;  tk_buf_free(&b);
*/
#ifndef TEXTKIT_BASE_H
#define TEXTKIT_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TK_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */
#define TK_OK 0
#define TK_ENOMEM (-1)     /* out of memory */
#define TK_EINVAL (-2)     /* bad argument or option (see *pzErr) */
#define TK_ELIMIT (-3)     /* a resource limit was hit (match limit...) */
#define TK_EINTERNAL (-4)  /* a dependency reported an unexpected failure */
#define TK_EINTERRUPT (-5) /* the caller's cancel callback asked to stop */

const char *tk_errstr(int rc);

/* ------------------------------------------------------------ allocation */
typedef struct tk_allocator {
  void *(*xMalloc)(size_t);
  void *(*xRealloc)(void *, size_t);
  void (*xFree)(void *);
} tk_allocator;

/* Route every core allocation through p (NULL restores malloc/free). */
void tk_set_allocator(const tk_allocator *p);
void *tk_malloc(size_t n);
void *tk_realloc(void *p, size_t n);
void tk_free(void *p);
/* Room for element i of a growable array: ppArray is the address of the
** array pointer (any element type), *pnAlloc its capacity in elements of
** szElem bytes.  Doubles the capacity (16 at least) until i fits; on
** TK_ENOMEM the array is left as it was.
**   if (tk_reserve(&p->aItem, &p->nAlloc, p->n, sizeof(*p->aItem))) ... */
int tk_reserve(void *ppArray, size_t *pnAlloc, size_t i, size_t szElem);
/* printf into a new tk_malloc'd string (NULL on OOM). */
char *tk_mprintf(const char *zFmt, ...);
char *tk_vmprintf(const char *zFmt, va_list ap);

/* A growable byte buffer.  On OOM, `oom` is set and appends become no-ops;
** check it once at the end.  z is always NUL-terminated when n > 0. */
typedef struct tk_buf {
  char *z;
  size_t n;
  size_t cap;
  int oom;
} tk_buf;

void tk_buf_append(tk_buf *p, const char *z, size_t n);
/* Make room for nMore more bytes (and a NUL after them) without changing
** n, so a caller can write into z + n: 1, or 0 with oom set. */
int tk_buf_reserve(tk_buf *p, size_t nMore);
void tk_buf_putc(tk_buf *p, char c);
void tk_buf_put_utf8(tk_buf *p, uint32_t c);
void tk_buf_reset(tk_buf *p); /* n = 0, keeps the memory */
void tk_buf_free(tk_buf *p);

/* Append z[0..n) as a JSON string literal: '"', '\\' and control
** characters escaped, each invalid UTF-8 byte as \ufffd, the rest as it
** is (ext/core/base/json.c). */
void tk_buf_json_string(tk_buf *p, const char *z, size_t n);
/* The same without the surrounding quotes, for a string written in
** pieces. */
void tk_buf_json_chars(tk_buf *p, const char *z, size_t n);

/* ------------------------------------------------------ hard-wrapped text */
/* The width z[0..n) is hard-wrapped at (a book, a mail cut into lines of
** at most so many bytes; ext/core/base/wrap.c says how it is told), or 0
** when it is not. */
size_t tk_wrap_width(const char *z, size_t n);
/* 1 when the line break at z[k] of a text wrapped at nWidth is one the
** wrap made (inside a paragraph, not after the first line, nor before a
** blank line or a list item). */
int tk_wrap_break(const char *z, size_t n, size_t k, size_t nWidth);

/* ------------------------------------------------------------ Windows-1252 */
/* The characters of Windows-1252 bytes 0x80..0x9F (the rest of
** 0x80..0xFF are Latin-1, U+0080..U+00FF); U+FFFD for the five bytes it
** leaves undefined (0x81 0x8D 0x8F 0x90 0x9D).  ext/core/base/cp1252.c. */
extern const uint16_t tk_cp1252_high[32];

/* ------------------------------------------------------------------ UTF-8 */
#define TK_REPLACEMENT_CHAR 0xFFFD

/* Decode the character at z[*pi] (i < n), advance *pi past it, and return
** its code point.  An invalid, overlong, surrogate or truncated sequence
** yields U+FFFD and advances by exactly one byte. */
uint32_t tk_utf8_next(const unsigned char *z, size_t n, size_t *pi);
/* Step *pi (> 0) back over the character that ends at z[*pi] and return
** it: tk_utf8_next read backwards, so a byte that ends no valid sequence
** is one U+FFFD, stepped over alone. */
uint32_t tk_utf8_prev(const unsigned char *z, size_t *pi);
/* Encode c (a valid scalar value) into out[0..3]; return the byte count. */
size_t tk_utf8_put(uint32_t c, char *out);
/* Number of characters in z[0..n) under tk_utf8_next's rules. */
size_t tk_utf8_count(const char *z, size_t n);
/* 1 when z[0..n) is valid UTF-8, else 0. */
int tk_utf8_is_valid(const char *z, size_t n);
/* Append z[0..n) to p with each invalid byte replaced by U+FFFD. */
void tk_utf8_sanitize(tk_buf *p, const char *z, size_t n);
/* Unicode character classes of one code point (ext/core/base/chars.c):
** a letter (L*), an upper- or title-case letter (Lu, Lt), a lower-case
** letter (Ll), a decimal digit (Nd). */
int tk_char_is_letter(uint32_t c);
int tk_char_is_upper(uint32_t c);
int tk_char_is_lower(uint32_t c);
int tk_char_is_digit(uint32_t c);
/* The 32-bit FNV-1a hash of the bytes z[0..n): what the hash tables of
** the families (stems, lexicons, names, keywords) are keyed by. */
static inline uint32_t tk_fnv1a(const char *z, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)z[i]) * 16777619u;
  return h;
}
/* 1 when byte c is an ASCII letter. */
static inline int tk_ascii_letter(char c) {
  return (unsigned)((c | 0x20) - 'a') < 26;
}

/* The value of the hex digit c (either case), or -1. */
static inline int tk_hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

/* ------------------------------------------------------------------ code */
/* 1 when the line z[0..n) (no line break in it) is program code: a JSON
** member, a command with an option, a shell's continuation or prompt, a
** Markdown code fence or only brackets, and no longer than 300 bytes
** (ext/core/base/code_lines.c).  keywords() takes no key phrase from it,
** entities() no lower-case name. */
int tk_code_line(const char *z, size_t n);

/* 1 when the line of z[0..n) that byte i is on is code (tk_code_line). */
int tk_code_line_at(const char *z, size_t n, size_t i);

/* z[0..n) without the spaces, tabs and CR around it, in *pz and *pn. */
static inline void tk_trim_line(const char **pz, size_t *pn) {
  const char *z = *pz;
  size_t n = *pn;
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r'))
    n--;
  while (n > 0 && (z[0] == ' ' || z[0] == '\t')) {
    z++;
    n--;
  }
  *pz = z;
  *pn = n;
}

/* ----------------------------------------------------------------- markup */
/* 1 when the token z[iStart..iStart+nLen) of z[0..n) is the name of a
** markup tag left in plain text: right after "<" or "</" and right before
** ">" or "/" ("</dl>" lines of Wikipedia extracts, "<br>", "<br/>" in
** scraped text; not "Mx<Me" in a formula, nor a tag with attributes),
** or the "sup" or "sub" of the INSPEC abstracts' "D/sup N/" and "x/sub
** c/".  Such a word is never a name or a key phrase
** (ext/core/base/markup.c). */
int tk_markup_tag_name(const char *z, size_t n, size_t iStart, size_t nLen);

/* Byte offset -> character offset for offsets that never decrease, in
** amortized O(1): a forward-only cursor over one buffer. */
typedef struct tk_charpos {
  const unsigned char *z;
  size_t n;
  size_t iByte; /* byte offset reached */
  size_t iChar; /* characters before iByte */
} tk_charpos;

void tk_charpos_init(tk_charpos *p, const char *z, size_t n);
/* Character offset (0-based) of byte offset iByte; iByte must not be less
** than the previous call's (call tk_charpos_init to start again). */
size_t tk_charpos_at(tk_charpos *p, size_t iByte);

/* ---------------------------------------------------------------- options */
/* Called once per key=value pair of an option string. */
typedef int (*tk_option_fn)(void *pCtx, const char *zKey, size_t nKey,
                            const char *zVal, size_t nVal, char **pzErr);

/* Parse "k1=v1 k2=v2 ..." (pairs separated by spaces; a value may be
** quoted with '...' or "..." to hold spaces), calling xOption for each pair.
** A word without '=' is an error.  Returns the first non-TK_OK result. */
int tk_options_parse(const char *z, size_t n, tk_option_fn xOption, void *pCtx,
                     char **pzErr);
/* Helpers for option handlers. */
int tk_option_is(const char *zKey, size_t nKey, const char *zName);
/* The table an option names (idf=, dictionary=): z points into the option
** string, NULL when the option is absent. */
typedef struct tk_table_name {
  const char *z;
  size_t n;
} tk_table_name;
/* When zKey is zName, an option naming a table: its value goes to *p and
** 1 is returned (TK_EINVAL and "<zName>= needs a table name" for an empty
** value); 0 for any other key. */
int tk_option_table(const char *zKey, size_t nKey, const char *zName,
                    const char *zVal, size_t nVal, tk_table_name *p,
                    char **pzErr);
/* Parse a boolean 0/1/true/false/yes/no/on/off; TK_EINVAL when it is not. */
int tk_option_bool(const char *zVal, size_t nVal, int *pOut);
/* Parse a decimal integer in [lo, hi]; TK_EINVAL when it is not. */
int tk_option_int(const char *zVal, size_t nVal, long lo, long hi, long *pOut);

/* ------------------------------------------------------------------- work */
/* Bounds on the work of one call of a quadratic function (the edit
** distances of textkit/strsim.h): a cap on the cells of its table, checked
** before each pass, and a cancel callback polled in its long loops.  The
** long linear calls (tk_entities_run through tk_entity_options.pWork,
** tk_ner_tag_w) poll the same callback and ignore the cap.
** Zero it, then set what applies; pass NULL for no bounds.
**
**   tk_work w = {0};
**   w.nCellMax = 500000000;  w.xCancel = isInterrupted;  w.pArg = db;
**   rc = tk_levenshtein_w(zA, nA, zB, nB, -1, &w, &d);
**   if (rc == TK_ELIMIT) ... w.nA x w.nB code points, w.nCell cells ...
*/
typedef struct tk_work {
  uint64_t nCellMax;          /* 0: no cap */
  int (*xCancel)(void *pArg); /* non-zero: stop with TK_EINTERRUPT */
  void *pArg;
  uint64_t nPolled; /* internal: cells done since the last poll */
  /* set with TK_ELIMIT: the lengths (code points) and cells asked for */
  size_t nA, nB;
  uint64_t nCell;
} tk_work;

/* Cells between two calls of xCancel (about 2 ms of work). */
#define TK_WORK_POLL_CELLS ((uint64_t)1 << 20)
/* The linear functions that take a tk_work (entities, the tagger) count
** this many cells per byte of text they read, about their cost per byte
** beside an edit-distance cell: xCancel is asked every 16 KB or so. */
#define TK_WORK_CELLS_PER_BYTE 64

/* TK_ELIMIT (noting nA, nB and nCell in p) when nCell cells of an nA x nB
** table exceed p's cap, else TK_OK; p may be NULL. */
int tk_work_admit(tk_work *p, uint64_t nCell, size_t nA, size_t nB);

/* Count nCell cells done; every TK_WORK_POLL_CELLS ask xCancel, and return
** TK_EINTERRUPT when it says stop (TK_OK otherwise, or when p is NULL). */
static inline int tk_work_poll(tk_work *p, uint64_t nCell) {
  if (!p || !p->xCancel) return 0;
  p->nPolled += nCell;
  if (p->nPolled < TK_WORK_POLL_CELLS) return 0;
  p->nPolled = 0;
  return p->xCancel(p->pArg) ? TK_EINTERRUPT : 0;
}

/* ------------------------------------------------------------------- info */
/* Append the dependency versions as JSON object members ("icu":"72.1",...,
** no trailing comma) to p, for textkit_info(). */
void tk_info_append_json(tk_buf *p);

#ifdef __cplusplus
}
#endif

#endif /* TEXTKIT_BASE_H */
