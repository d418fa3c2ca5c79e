/*
** textkit/strsim.h -- string similarity over Unicode code points
** (ext/core/strsim_*.c): edit distances (bit-parallel), Jaro and
** Jaro-Winkler, pg_trgm trigram similarity, Soundex and Metaphone.
**
** Every function takes UTF-8 (pointer, byte length); invalid bytes count as
** one U+FFFD each.  Distances and scores are returned through an out
** parameter; the result is TK_OK, TK_ENOMEM, or TK_EINVAL (hamming of
** different lengths); the _w forms add TK_ELIMIT and TK_EINTERRUPT.
**
**   size_t d;
**   tk_levenshtein("kitten", 6, "sitting", 7, -1, &d);      d == 3
**   tk_levenshtein(zA, nA, zB, nB, 2, &d);                  d <= 3
*/
#ifndef TEXTKIT_STRSIM_H
#define TEXTKIT_STRSIM_H

#ifdef __cplusplus
extern "C" {
#endif

/* Levenshtein distance.  With max >= 0 the work is banded and any distance
** above max is reported as max + 1; max < 0 means no limit. */
int tk_levenshtein(const char *zA, size_t nA, const char *zB, size_t nB,
                   long long max, size_t *pDist);
/* Unrestricted Damerau-Levenshtein distance (transpositions of adjacent
** characters, with later edits between them allowed). */
int tk_damerau_levenshtein(const char *zA, size_t nA, const char *zB, size_t nB,
                           size_t *pDist);
/* Optimal string alignment distance (restricted Damerau-Levenshtein). */
int tk_osa_distance(const char *zA, size_t nA, const char *zB, size_t nB,
                    size_t *pDist);
/* Hamming distance; TK_EINVAL when the code point counts differ. */
int tk_hamming(const char *zA, size_t nA, const char *zB, size_t nB,
               size_t *pDist);
/* 1 - levenshtein / max(length); 1.0 for two empty strings. */
int tk_levenshtein_similarity(const char *zA, size_t nA, const char *zB,
                              size_t nB, double *pSim);
/* Jaro similarity as jellyfish computes it (0.0 when either is empty). */
int tk_jaro_similarity(const char *zA, size_t nA, const char *zB, size_t nB,
                       double *pSim);
/* Jaro-Winkler: jaro + l * prefix_weight * (1 - jaro) when jaro > 0.7,
** l = common prefix length capped at 4 (jellyfish's rule). */
int tk_jaro_winkler_similarity(const char *zA, size_t nA, const char *zB,
                               size_t nB, double prefixWeight, double *pSim);
/* PostgreSQL pg_trgm similarity() and word_similarity(). */
int tk_trigram_similarity(const char *zA, size_t nA, const char *zB, size_t nB,
                          double *pSim);
int tk_trigram_word_similarity(const char *zA, size_t nA, const char *zB,
                               size_t nB, double *pSim);
/* The four quadratic ones within the bounds of pWork (textkit/base.h's
** tk_work; NULL: none): TK_ELIMIT when a pass would compute more cells
** than pWork->nCellMax (one cell per code point pair, or per 64-row block
** and column for the bit-parallel passes), TK_EINTERRUPT when
** pWork->xCancel asked to stop.  docs/strsim.md gives the rule. */
int tk_levenshtein_w(const char *zA, size_t nA, const char *zB, size_t nB,
                     long long max, tk_work *pWork, size_t *pDist);
int tk_damerau_levenshtein_w(const char *zA, size_t nA, const char *zB,
                             size_t nB, tk_work *pWork, size_t *pDist);
int tk_osa_distance_w(const char *zA, size_t nA, const char *zB, size_t nB,
                      tk_work *pWork, size_t *pDist);
int tk_levenshtein_similarity_w(const char *zA, size_t nA, const char *zB,
                                size_t nB, tk_work *pWork, double *pSim);
/* Phonetic keys appended to p (ASCII upper case; "" when z has no Latin
** letter).  Accents are stripped first; other letters are ignored. */
int tk_soundex(const char *z, size_t n, tk_buf *p);
int tk_metaphone(const char *z, size_t n, tk_buf *p);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_STRSIM_H */
