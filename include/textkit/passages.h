/*
** textkit/passages.h -- passages of text: shared passages of two texts
** (ext/core/passages/overlap.c) and paragraph blocks classified as content or
** boilerplate (ext/core/passages/blocks.c).
**
**   tk_passage *a;  size_t n;
**   tk_overlap(zA, nA, zB, nB, 8, &a, &n);   // shared runs of >= 8 words
**   tk_free(a);
**
**   tk_block *aBlk;  size_t nBlk;
**   tk_blocks(z, n, &aBlk, &nBlk);           // aBlk[i].eKind: TK_BLOCK_*
**   tk_free(aBlk);
**   tk_buf b = {0};  tk_text_main(z, n, &b); // the content blocks only
*/
#ifndef TEXTKIT_PASSAGES_H
#define TEXTKIT_PASSAGES_H

#ifdef __cplusplus
extern "C" {
#endif

/* min_words of text_overlap() when it is not given. */
#define TK_OVERLAP_DEFAULT_MIN_WORDS 8
/* How many occurrences in a of one min_words-shingle of b are tried. */
#define TK_OVERLAP_MAX_CANDIDATES 64

/* One shared passage: byte spans in a and b, the same spans as 0-based
** character offsets and character lengths, and its length in words. */
typedef struct tk_passage {
  size_t iAStart, nABytes, iBStart, nBBytes;
  size_t iAChar, nAChars, iBChar, nBChars;
  size_t nWords;
} tk_passage;

/* The passages of at least nMin (>= 1) words that a and b share, compared
** by token norms (case-folded, punctuation ignored), ordered by a then b
** position, into a new tk_malloc'd array (*paOut NULL when none).  Every
** word of b belongs to at most one passage (see docs/passages.md).  Each
** text must be shorter than 2^31 bytes (else TK_ELIMIT). */
int tk_overlap(const char *zA, size_t nA, const char *zB, size_t nB,
               size_t nMin, tk_passage **paOut, size_t *pnOut);
/* The same, polling pWork (textkit/base.h; NULL: never) about every 16 KB
** of text read or its words indexed and scanned: TK_EINTERRUPT (nothing
** returned) when its cancel callback says stop. */
int tk_overlap_w(const char *zA, size_t nA, const char *zB, size_t nB,
                 size_t nMin, tk_work *pWork, tk_passage **paOut,
                 size_t *pnOut);

/* TK_BLOCK_SHORT is no longer produced (short blocks are content unless
** furniture, docs/passages.md); it stays so old code keeps compiling. */
enum tk_block_kind {
  TK_BLOCK_CONTENT = 0,
  TK_BLOCK_BOILERPLATE = 1,
  TK_BLOCK_SHORT = 2
};
/* "content", "boilerplate" or "short". */
const char *tk_block_kind_name(int eKind);

/* One block (paragraph): byte span, 0-based character offset, length in
** characters, and its kind. */
typedef struct tk_block {
  size_t iStart, nBytes, iChar, nChars;
  int eKind;
} tk_block;

/* Split z[0..n) into blocks and classify them, into a new tk_malloc'd
** array (*paOut NULL when the text has no block). */
int tk_blocks(const char *z, size_t n, tk_block **paOut, size_t *pnOut);
/* The same, polling pWork (textkit/base.h; NULL: never) about every 16 KB
** read: TK_EINTERRUPT (nothing returned) when its callback says stop. */
int tk_blocks_w(const char *z, size_t n, tk_work *pWork, tk_block **paOut,
                size_t *pnOut);
/* Append the content blocks of z[0..n), joined by blank lines, to p; the
** whole text when no block is content, so text is never emptied. */
int tk_text_main(const char *z, size_t n, tk_buf *p);
/* The same polling pWork (NULL: never): TK_EINTERRUPT when it says stop. */
int tk_text_main_w(const char *z, size_t n, tk_work *pWork, tk_buf *p);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_PASSAGES_H */
