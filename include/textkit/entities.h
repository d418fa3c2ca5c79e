/*
** textkit/entities.h -- entity extraction for entities(): pattern entities
** (dates, times, money, numbers, contacts), dictionary phrases and the
** statistical tagger (textkit/ner.h), merged into one sorted list of spans.
**
**   tk_entity_options o;  tk_entities *p;  const tk_entity *a;  size_t n;
**   tk_entity_options_init(&o);
**   tk_entity_options_set(&o, "model", 5, "0", 1, &zErr);
**   tk_entities_new(&p);
**   if( tk_entities_run(p, &o, zText, nText, &a, &n) == TK_OK ){
**     for(i = 0; i < n; i++) ... a[i].iStart, a[i].zType, a[i].zNorm ...
**   }
**   tk_entities_free(p);
**
** The text is tokenized once (textkit/tokenize.h, mode=text, punct=1);
** patterns and the dictionary work on that token array, the tagger
** tokenizes for itself.  Overlaps are resolved as textkit/ner.h says:
** dictionary > pattern > model, except that a model span strictly
** containing a pattern span wins over it.  docs/entities.md has the norms.
*/
#ifndef TEXTKIT_ENTITIES_H
#define TEXTKIT_ENTITIES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Pattern types, continuing enum tk_entity_type (PERSON..MISC = 1..4). */
enum tk_pattern_type {
  TK_ENT_DATE = 5,
  TK_ENT_TIME,
  TK_ENT_MONEY,
  TK_ENT_PERCENT,
  TK_ENT_QUANTITY,
  TK_ENT_CARDINAL,
  TK_ENT_ORDINAL,
  TK_ENT_EMAIL,
  TK_ENT_URL,
  TK_ENT_PHONE,
  TK_ENT_HASHTAG,
  TK_ENT_MENTION,
  TK_ENT_IP,
  TK_ENT_NTYPE /* one past the last type */
};

/* Where an entity came from (the SQL column `source`). */
enum tk_entity_source { TK_SRC_MODEL = 0, TK_SRC_PATTERN, TK_SRC_DICTIONARY };

/* "PERSON" ... "IP" for 1..TK_ENT_NTYPE-1, NULL otherwise. */
const char *tk_entity_type_name(int eType);
/* The type named z[0..n) (case-insensitive), or 0. */
int tk_entity_type_find(const char *z, size_t n);
/* "model", "pattern", "dictionary". */
const char *tk_entity_source_name(int eSource);

/* A compiled dictionary: phrases (token sequences, matched on the
** tokenizer's case-folded norms) with their types.  Immutable once built;
** any number of phrases; matching is a walk of a hashed token trie. */
typedef struct tk_dict tk_dict;
int tk_dict_new(tk_dict **pp);
void tk_dict_free(tk_dict *p);
/* Add a phrase with its type (any non-empty text; a built-in type name in
** any case becomes that type).  A phrase with no tokens is ignored.  The
** last type given for a phrase wins. */
int tk_dict_add(tk_dict *p, const char *zPhrase, size_t nPhrase,
                const char *zType, size_t nType);

typedef struct tk_entity_options {
  uint32_t mTypes;      /* bit (1 << eType) per type kept; bit 0: custom
                           dictionary types; default all */
  int bPatterns;        /* default 1 */
  int bModel;           /* default 1 */
  const tk_dict *pDict; /* not owned; NULL for none */
  int iRefYear, iRefMonth, iRefDay; /* ref=YYYY-MM-DD; 0 when absent */
  int bRefAuto;   /* ref=auto: each text's own date (tk_document_date) */
  int bVote;      /* vote=: one type per canonical name (docs/entities.md) */
  tk_work *pWork; /* not owned; NULL for none: its xCancel is polled as
                     the text is read (TK_EINTERRUPT when it says stop) */
} tk_entity_options;

/* The date the document z[0..n) was written, read from its head (its
** first 5 non-blank lines, at most its first 500 bytes): a dateline
** ("LONDON 1996-08-22", "BONN, Aug 22 (Reuters) -", "NEW YORK (AP) --
** Tuesday, March 3, 2015"), else the first ISO or full date there, else
** a month and day ending the first line ("... prices - August 26.").  A
** dateline without a year takes the year that puts it nearest a full
** date of the head, if any.  Returns 1 with the date in *pY, *pM, *pD
** (*pY 0 when only month and day are known), 0 when none is found. */
int tk_document_date(const char *z, size_t n, int *pY, int *pM, int *pD);

/* The valid option keys, for messages ("dictionary" is the caller's). */
#define TK_ENTITY_OPTION_KEYS "types, patterns, model, dictionary, ref, vote"

void tk_entity_options_init(tk_entity_options *p);
/* Set types=, patterns=, model=, ref= or vote= from its text; TK_EINVAL with a
** message naming the valid keys or values otherwise ("dictionary" is not
** handled here: it names a table, which only the caller can read). */
int tk_entity_options_set(tk_entity_options *p, const char *zKey, size_t nKey,
                          const char *zVal, size_t nVal, char **pzErr);
/* Parse an entities() option string z[0..n) into *p (already initialized),
** and dictionary=<table> into *pDict (z NULL when absent), for the face to
** read. */
int tk_entity_options_parse(tk_entity_options *p, const char *z, size_t n,
                            tk_table_name *pDict, char **pzErr);

typedef struct tk_entity {
  size_t iStart, nLen; /* byte offsets into the text */
  int eType;           /* 1..TK_ENT_NTYPE-1, or 0 for a custom type */
  const char *zType;   /* the type's name */
  const char *zNorm;   /* NUL-terminated canonical value */
  size_t nNorm;
  double rScore; /* 1.0 for patterns and dictionary, the model's else */
  int eSource;   /* enum tk_entity_source */
  const char *zCanonical; /* NUL-terminated name to group by (the norm
                             for patterns; docs/entities.md) */
  size_t nCanonical;
} tk_entity;

/* An extractor: reusable buffers (one per cursor; not thread-shared). */
typedef struct tk_entities tk_entities;
int tk_entities_new(tk_entities **pp);
void tk_entities_free(tk_entities *p);
/* Extract the entities of z[0..n) under pOpt into *paEnt (sorted by
** iStart, never overlapping); valid until the next run or the free. */
int tk_entities_run(tk_entities *p, const tk_entity_options *pOpt,
                    const char *z, size_t n, const tk_entity **paEnt,
                    size_t *pnEnt);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_ENTITIES_H */
