/*
** textkit/normalize.h -- Unicode normalization, case folding, accent
** stripping, locale case mapping and cleaning (ext/core/normalize/normalize.c),
** charset decoding (decode.c), mojibake repair (mojibake.c) and words
** hyphenated at a line end joined again (dehyphenate.c).
**
**   tk_buf out = {0};
**   int rc = tk_casefold("Straße", 7, &out);   // out.z == "strasse"
**
** Every function appends its result to *pOut (it does not reset it), reads
** possibly invalid UTF-8 (each invalid byte becomes U+FFFD) and returns
** TK_OK, TK_ENOMEM or TK_EINVAL (with *pzErr) for a bad form or locale.
** The _w forms poll pWork (textkit/base.h; NULL: never) about every 16 KB
** read (the ICU case mapping between 256 KB pieces) and return
** TK_EINTERRUPT when its cancel callback says stop; what they appended to
** *pOut is then partial.
*/
#ifndef TEXTKIT_NORMALIZE_H
#define TEXTKIT_NORMALIZE_H

#ifdef __cplusplus
extern "C" {
#endif

enum tk_norm_form { TK_NFC = 0, TK_NFD, TK_NFKC, TK_NFKD };

/* Parse "NFC", "NFD", "NFKC" or "NFKD" (any case); TK_EINVAL naming the
** valid forms otherwise. */
int tk_norm_form_parse(const char *z, size_t n, int *peForm, char **pzErr);
/* Unicode normalization of z into the given form. */
int tk_normalize(const char *z, size_t n, int eForm, tk_buf *pOut);
int tk_normalize_w(const char *z, size_t n, int eForm, tk_work *pWork,
                   tk_buf *pOut);
/* Full Unicode case folding (ß -> ss), result in NFC. */
int tk_casefold(const char *z, size_t n, tk_buf *pOut);
int tk_casefold_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);
/* Remove diacritical marks (Crème -> Creme, Łódź -> Lodz), result in NFC.
** Only combining diacritics are removed, not the vowel signs that Indic or
** Arabic scripts need. */
int tk_unaccent(const char *z, size_t n, tk_buf *pOut);
int tk_unaccent_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);
/* Case-fold and unaccent in one pass (what token norms need). */
int tk_fold_unaccent(const char *z, size_t n, tk_buf *pOut);
/* ICU locale-aware lower (bUpper = 0) or upper case mapping; zLocale NULL
** or "" is the root locale ("tr": I -> ı). */
int tk_case_map(const char *z, size_t n, const char *zLocale, int bUpper,
                tk_buf *pOut, char **pzErr);
int tk_case_map_w(const char *z, size_t n, const char *zLocale, int bUpper,
                  tk_work *pWork, tk_buf *pOut, char **pzErr);
/* Invalid bytes -> U+FFFD, control characters dropped, white-space runs
** collapsed to one space, trimmed, NFC. */
int tk_clean(const char *z, size_t n, tk_buf *pOut);
int tk_clean_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);

/* Words that a typeset page hyphenated at a line end, joined again
** ("documenta-\n  tion" -> "documentation"): the hyphen goes before a
** lower-case letter unless the text writes the pair hyphenated inside a
** line and never joined, stays before a capital or a digit ("Jean-Pierre")
** and, as a '-', in a text that breaks words with U+2010 or U+00AD; a soft
** hyphen always goes; the line break moves after the joined word
** (ext/core/normalize/dehyphenate.c). */
int tk_dehyphenate(const char *z, size_t n, tk_buf *pOut);
int tk_dehyphenate_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut);

/* Decode z[0..n), bytes written in the charset named zCharset[0..nCharset),
** into UTF-8 appended to *pOut.  "auto" (any case) tells the charset from
** the bytes (tk_decode_detect); "utf-8" (and its aliases) is UTF-8 with each
** invalid byte as U+FFFD; "windows-1252" (and its aliases) is the table of
** tk_decode_detect's auto mode; any other name goes to ICU's converters
** ("latin1", "utf-16le", "shift_jis"...), unmappable or illegal input
** becoming U+FFFD.  Bad bytes are never an error; an unknown name is
** TK_EINVAL with *pzErr naming it.  pWork (NULL: never) is polled about
** every 256 KB; TK_EINTERRUPT leaves *pOut partial. */
int tk_decode(const char *z, size_t n, const char *zCharset, size_t nCharset,
              tk_work *pWork, tk_buf *pOut, char **pzErr);
/* The charset auto mode reads z[0..n) as, by the first rule that holds:
**   "utf-8-bom", "utf-32le", "utf-32be", "utf-16le", "utf-16be": its BOM
**     says so (the BOM is not part of the text);
**   "utf-8": valid UTF-8 (empty too), kept byte for byte;
**   a legacy charset ICU's detector tells ("windows-1251", "koi8-r",
**     "iso-8859-7", "shift_jis", "gb18030"...: charset_detect.c), when
**     the bytes are single-byte text (below) or, for CJK charsets only,
**     ICU is sure (confidence >= 90);
**   "windows-1252": more than 4 times as many invalid bytes as valid
**     UTF-8 sequences of two bytes or more (usually none of those: a
**     pair can occur by chance), so one byte is one character (0x80 is
**     U+20AC; the five bytes it does not define, 0x81 0x8D 0x8F 0x90 0x9D,
**     are U+FFFD);
**   "utf-8-repaired": UTF-8 with each invalid byte as U+FFFD. */
const char *tk_decode_detect(const char *z, size_t n);

/* Repair mojibake (ext/core/normalize/mojibake.c): UTF-8 text that was
** read as Windows-1252 or Latin-1 and written back as UTF-8 ("cafÃ©",
** "itâ€™s").  A run of 2 to 4 characters, each the reading of one byte,
** whose bytes are one valid UTF-8 character is replaced by that character
** -- every such run of z[0..n) when at least one is sure (real text never
** holds it: 3 or 4 characters, a C1 control, two runs side by side, a
** capital and a symbol such as "Ã©"; docs/normalize.md has the rule),
** none otherwise.  The result is repaired again while that changes it, 3
** rounds at most.  Text with nothing to repair is copied as it is;
** invalid bytes become U+FFFD.  *pnFixed (pnFixed may be NULL) is the
** number of runs replaced over all rounds.  The _w form polls pWork about
** every 16 KB read. */
int tk_fix_mojibake(const char *z, size_t n, tk_buf *pOut, size_t *pnFixed);
int tk_fix_mojibake_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                      size_t *pnFixed);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_NORMALIZE_H */
