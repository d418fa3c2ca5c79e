/*
** textkit/ner.h -- the statistical named-entity tagger (ext/core/ner*.c):
** PERSON, ORG, LOC and MISC spans in raw text, for entities().
**
**   const tk_ner_model *m = tk_ner_builtin();
**   tk_ner_span *a;  size_t n;
**   if( tk_ner_tag(m, zText, nText, &a, &n) == TK_OK ){
**     for(i = 0; i < n; i++) ... a[i].iStart, a[i].nLen, a[i].eType ...
**     tk_free(a);
**   }
**
** The model: a greedy left-to-right averaged perceptron over BILOU tags,
** trained on CoNLL-2003 English (Reuters news) by ext/tools/ner_train.c
** (`make model`), committed as ext/core/ner/model/ner-conll2003.bin and built
** into the library (ext/core/ner/model_data.c).  docs/ner.md has
** the features, the training command and the evaluation figures.
**
** Tokenization.  The tagger tokenizes for itself (ext/core/ner/tokens.c)
** the way CoNLL-2003 does, because that is what the model was trained on:
** words, numbers and punctuation marks are separate tokens; "U.S.", "S&P",
** "Mr." and hyphenated words ("Franco-German") stay whole; "Clinton's" is
** "Clinton" + "'s".  This deliberately differs from the general word
** tokenizer (textkit/tokenize.h), whose rules serve search, not the model.
**
** Spans.  Byte offsets into the caller's text, sorted by iStart, never
** overlapping, each starting and ending on a token boundary.  A span does
** not include a title or honorific before a name ("President", "Secretary",
** "Mr.", "spokeswoman", ...): CoNLL annotates "President [Bill Clinton]"
** and so does the model, and when a span the model proposes holds a title
** followed by capitalized words ("U.S. Defense Secretary Chuck Hagel"),
** the tagger keeps only those words, as PERSON.  So the entity's norm is
** the span text with each whitespace run collapsed to one space: entities()
** only collapses whitespace.  rScore is in (0, 1]: the mean over the span's
** tokens of a softmax (temperature 10) of the tag scores (a confidence, not a
** calibrated probability; on CoNLL dev, spans scoring >= 0.9 are 96%
** correct).
**
** Overlap rules (implemented by entities(), documented in
** docs/ner.md):
**   1. dictionary phrases win over everything: a pattern or model span
**      that overlaps a dictionary span is dropped;
**   2. pattern entities (DATE, TIME, MONEY, PERCENT, EMAIL, URL, ...) win
**      over model spans: a model span overlapping a pattern span is dropped,
**      except when the model span strictly contains the pattern span (e.g.
**      ORG "Bank of 2010 Holdings" around a number), in which case the
**      pattern span is dropped instead;
**   3. model spans never overlap each other (the tagger guarantees it).
**
** Thread safety: a model is immutable once loaded and may be shared across
** threads; tk_ner_tag keeps all its state on the stack, in memory it
** allocates per call or in the caller's tk_ner_scratch.  Time and memory
** are linear in the text length.
*/
#ifndef TEXTKIT_NER_H
#define TEXTKIT_NER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum tk_entity_type { TK_ENT_PERSON = 1, TK_ENT_ORG, TK_ENT_LOC, TK_ENT_MISC };

/* "PERSON", "ORG", "LOC", "MISC" (NULL for anything else). */
const char *tk_ner_type_name(int eType);

typedef struct tk_ner_model tk_ner_model; /* immutable once loaded */

/* The model built into the library (static: no initialization needed). */
const tk_ner_model *tk_ner_builtin(void);
/* The model's name, e.g. "conll2003-perceptron-3f2a9c1d" (hash of its
** bytes). */
const char *tk_ner_model_name(const tk_ner_model *p);

/* Open a model from the bytes of a model file (written by ner_train).  The
** bytes are not copied and must outlive the model.  TK_EINVAL with a
** message in *pzErr when they are not a model. */
int tk_ner_model_open(const void *pData, size_t nData, tk_ner_model **pp,
                      char **pzErr);
/* Free a model from tk_ner_model_open (not the builtin one). */
void tk_ner_model_close(tk_ner_model *p);

typedef struct tk_ner_span {
  size_t iStart, nLen; /* byte offsets into the text */
  int eType;           /* enum tk_entity_type */
  double rScore;       /* confidence in (0, 1] */
} tk_ner_span;

/* Tag the document z[0..n) (UTF-8; invalid bytes are tolerated); returns
** TK_OK and a tk_malloc'd array *paSpan of *pnSpan spans (the caller
** tk_free's it; NULL when there are none), or TK_ENOMEM. */
int tk_ner_tag(const tk_ner_model *p, const char *z, size_t n,
               tk_ner_span **paSpan, size_t *pnSpan);
/* Working memory that a caller tagging many texts keeps from one call to
** the next (one call at a time): the per-token arrays stay allocated, up
** to a text of about 4,000 tokens, instead of being allocated and freed
** by each call.  Freeing memory at the top of the heap returns it to the
** system (glibc's trim), and the next call faults it in again; on virtual
** machines where that is slow (PostgreSQL's parallel workers on a 2-core
** VM: 2x the CPU time) the churn cost more than the tagging. */
typedef struct tk_ner_scratch tk_ner_scratch;
int tk_ner_scratch_new(tk_ner_scratch **pp); /* TK_OK or TK_ENOMEM */
void tk_ner_scratch_free(tk_ner_scratch *p); /* NULL: no-op */

/* Rules of reading for tk_ner_tag_w's fRules: tokens they make O before
** the model is asked.  entities() uses them; self-training (tk_ner_tag,
** no rules) does not, so the text the model learns from stays the same.
**   TK_NER_RULE_DATELINE  a dash with a space beside it, and a month name
**                         before a day number, are never inside a name
**                         ("WASHINGTON, Jan 20 (Reuters) - Donald Trump"). */
#define TK_NER_RULE_DATELINE 0x1

/* tk_ner_tag polling pWork's cancel callback once per sentence (NULL:
** none), with pScratch's memory (NULL: memory of its own) and the rules
** fRules (TK_NER_RULE_*, 0 for none); TK_EINTERRUPT, and no spans, when
** it says stop. */
int tk_ner_tag_w(const tk_ner_model *p, const char *z, size_t n, tk_work *pWork,
                 tk_ner_scratch *pScratch, unsigned fRules,
                 tk_ner_span **paSpan, size_t *pnSpan);

/* The classes of the typed gazetteers (ner/gazetteers.c; sources in
** docs/NOTICE.md) that list the phrase z[0..n) (read as the tagger's
** tokens, lower-cased; up to 6 tokens): a mask of TK_NER_GAZ_* bits, 0
** when none lists it (TK_NER_GAZ_LONGER alone: only longer entries start
** with it). */
unsigned tk_ner_gazetteer_classes(const char *z, size_t n);
#define TK_NER_GAZ_FIRST_HI (1u << 0)   /* first names, 20,000+ births */
#define TK_NER_GAZ_FIRST_LO (1u << 1)   /* first names, 500+ births */
#define TK_NER_GAZ_SURNAME (1u << 2)    /* surnames */
#define TK_NER_GAZ_PERSON (1u << 3)     /* people (WordNet) */
#define TK_NER_GAZ_COUNTRY (1u << 4)    /* countries */
#define TK_NER_GAZ_REGION (1u << 5)     /* regions (ISO 3166-2) */
#define TK_NER_GAZ_CITY_BIG (1u << 6)   /* cities of 1M+ */
#define TK_NER_GAZ_CITY_MID (1u << 7)   /* cities of 100k+ */
#define TK_NER_GAZ_CITY_SMALL (1u << 8) /* cities of 15k+ */
#define TK_NER_GAZ_PLACE (1u << 9)      /* other places (WordNet) */
#define TK_NER_GAZ_DEMONYM (1u << 10)   /* nationalities */
#define TK_NER_GAZ_LANGUAGE (1u << 11)  /* languages */
#define TK_NER_GAZ_CURRENCY (1u << 12)  /* currencies */
#define TK_NER_GAZ_COMPANY (1u << 13)   /* companies' brand names */
#define TK_NER_GAZ_ORG (1u << 14)       /* organizations (WordNet) */
#define TK_NER_GAZ_WORD (1u << 15)      /* ordinary lower-case words */
#define TK_NER_GAZ_LONGER (1u << 16)    /* a longer entry starts with it */

#ifdef __cplusplus
}
#endif

#endif /* TEXTKIT_NER_H */
