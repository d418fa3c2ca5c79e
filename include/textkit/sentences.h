/*
** textkit/sentences.h -- sentence boundaries (ext/core/sentences/sentences.c):
** the UAX #29 terminators and line breaks, plus what news text needs --
** abbreviations, initials, decimals and money, ellipses, quotes, list items,
** URLs and e-mail addresses.
**
**   tk_sentence_options o;  tk_sentences *p;  size_t iStart, nLen;
**   tk_sentence_options_init(&o);
**   tk_sentence_options_parse(&o, "newline=space", 13, &zErr);
**   tk_sentences_new(&o, &p);
**   tk_sentences_reset(p, zText, nText);
**   while( tk_sentences_next(p, &iStart, &nLen) == 1 ){ ... }
**   tk_sentences_free(p);
**
** Spans are byte offsets into the text; a sentence never starts or ends
** with white space, and white space between sentences belongs to none.
** One pass over the text: linear time, no allocation per sentence.
*/
#ifndef TEXTKIT_SENTENCES_H
#define TEXTKIT_SENTENCES_H

#ifdef __cplusplus
extern "C" {
#endif

/* What a single line break is to sentences(): newline=auto (the default)
** reads it as white space where the text is hard-wrapped and that break is
** a wrap (tk_wrap_break, textkit/base.h), else as an end; break ends a
** sentence at every line break, as UAX #29 does; space ends one only at a
** blank line or U+2029. */
enum { TK_NEWLINE_AUTO, TK_NEWLINE_BREAK, TK_NEWLINE_SPACE };

/* Options of sentences(): lang (only "en"), newline (auto|break|space). */
typedef struct tk_sentence_options {
  int eNewline; /* TK_NEWLINE_AUTO (default), _BREAK or _SPACE */
} tk_sentence_options;

void tk_sentence_options_init(tk_sentence_options *p);
/* Parse "k=v k=v" into p; TK_EINVAL with a message naming the valid keys
** or values otherwise. */
int tk_sentence_options_parse(tk_sentence_options *p, const char *z, size_t n,
                              char **pzErr);

typedef struct tk_sentences tk_sentences;

/* A new segmenter for the options (copied); TK_OK or TK_ENOMEM. */
int tk_sentences_new(const tk_sentence_options *pOpt, tk_sentences **pp);
void tk_sentences_free(tk_sentences *p);
/* Start on z[0..n) (not copied: it must outlive the iteration). */
void tk_sentences_reset(tk_sentences *p, const char *z, size_t n);
/* The next sentence as a byte span: 1, or 0 at the end of the text. */
int tk_sentences_next(tk_sentences *p, size_t *piStart, size_t *pnLen);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_SENTENCES_H */
