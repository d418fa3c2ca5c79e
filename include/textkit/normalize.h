/*
** textkit/normalize.h -- Unicode normalization, case folding, accent
** stripping, locale case mapping and cleaning (ext/core/normalize/normalize.c).
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

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_NORMALIZE_H */
