/*
** ner_internal.h -- what the tagger (ner.c), its tokenizer (ner/tokens.c),
** its features (ner/features.c) and the trainer (ext/tools/ner_train.c)
** share: one definition of tokens, sentences, features and tags, so the
** model is trained on exactly what it sees when tagging.
**
** Tags: 0 is O; tag 1 + (eType-1)*4 + pos, pos 0..3 = B, I, L, U (BILOU),
** so tags 1..16.  The score of O is fixed at 0 (the reference class), so a
** weight row holds the 16 other tags' weights.
**
** Model file (little-endian):
**   bytes 0..7    "TKNER01\0"
**   8..11         u32 nBits: the weight table has 1<<nBits rows
**   12..15        float rScale: a weight is rScale * (signed byte)
**   16..47        NUL-terminated model name
**   48..51        u32 nGazBits: the gazetteer has 1<<nGazBits slots (0: none)
**   52..55        u32 nVocabBits: the vocabulary has 1<<nVocabBits slots
**   56..59        u32 fFeat: feature families beyond the base set
**                 (TK_NER_FEAT_*; 0 in older models)
**   60..63        u32 nWidth: bytes per weight, 1 (int8) or 2 (int16)
**   64..          (1<<nBits) rows of 16 signed nWidth-byte weights
**   then          (1<<nBits) u16 row owners: the fingerprint
**                 (TK_NER_FP) of the one feature the row belongs to, 0 for
**                 none; any other feature hashed there is left out, so an
**                 unseen feature adds nothing instead of another's weights
**   then          the gazetteer: (1<<nGazBits) u64 slots, linear probing
**                 from the key's top bits; a slot is a phrase key (low 4
**                 bits clear) | the mask of types it had in training
**                 (bit eType-1; no bit: only the prefix of phrases), or
**                 0 when empty
**
**   then          the vocabulary: (1<<nVocabBits) u64 slots as above, the
**                 words seen twice or more in training (mask 1)
**
** A word outside the vocabulary is TK_NER_C_RARE: its identity features
** are left out (as the trainer leaves out those of words seen once), so an
** unknown name is tagged from its shape, affixes and context, not from the
** hash collisions of its identity features.
**
** The gazetteer holds every entity phrase of the training data (lower-
** cased token sequences, up to TK_NER_GAZMAX tokens) and their prefixes
** (a lookup stops at the first n-gram that begins none), and every word of
** them as the first or a later word of an entity of its type (so a known
** first name marks an unknown surname's entity).  While training, each
** document sees a gazetteer built from the other nine tenths of the data
** (jackknife), so the model learns how far to trust a match.
*/
#ifndef TK_NER_INTERNAL_H
#define TK_NER_INTERNAL_H

#include "textkit.h"

#include <stdint.h>

#define TK_NER_NTAG 17      /* O + 4 types x BILOU */
#define TK_NER_NROW 16      /* weights per row: every tag but O */
#define TK_NER_MAXSENT 128  /* longer sentences are cut */
#define TK_NER_MAXFEAT 120  /* features per token, at most (clusters too) */
#define TK_NER_DOCMAX 16384 /* tokens tagged as one document, at most */
#define TK_NER_HEADER 64
#define TK_NER_MAGIC "TKNER01"
#define TK_NER_MEMBITS 12 /* document memory slots: 1<<TK_NER_MEMBITS */
#define TK_NER_GAZMAX 6   /* longest gazetteer phrase, in tokens */

#define TK_NER_TAG_TYPE(t) ((t) ? ((t)-1) / 4 + 1 : 0)
#define TK_NER_TAG_POS(t) (((t)-1) % 4) /* 0 B, 1 I, 2 L, 3 U */
#define TK_NER_TAG(eType, pos) (1 + ((eType)-1) * 4 + (pos))

/* ------------------------------------------------------------ tokens */
/* Token flags. */
#define TK_NER_F_NEWLINE 0x01 /* a line break (or the text start) precedes */
#define TK_NER_F_SENTEND 0x02 /* . ! ? : ends a sentence */

typedef struct tk_ner_tok {
  size_t iStart, nLen;
  unsigned fFlags;
} tk_ner_tok;

/* The next token at or after *pi in z[0..n); advance *pi past it.  Returns
** 1 with *pTok set, 0 at the end of the text. */
int tk_ner__next_token(const char *z, size_t n, size_t *pi, tk_ner_tok *pTok);

/* A sentence reader over a text: tokens grouped into sentences of at most
** TK_NER_MAXSENT tokens (a new line, or a token after . ! ?, starts one). */
typedef struct tk_ner_reader {
  const char *z;
  size_t n, i;
  int bPending; /* tPending holds a token read ahead */
  tk_ner_tok tPending;
} tk_ner_reader;

void tk_ner__reader_init(tk_ner_reader *p, const char *z, size_t n);
/* Fill a[0..TK_NER_MAXSENT) with the next sentence; return its length (0 at
** the end). */
int tk_ner__reader_sentence(tk_ner_reader *p, tk_ner_tok *a);

/* ----------------------------------------------------------- features */
/* What features need of one token. */
typedef struct tk_ner_info {
  uint64_t hLow, hWord, hShape, hShort; /* lower-cased, as is, shapes */
  uint64_t aPre[3], aSuf[4];            /* lower-cased affixes 1..3, 1..4 */
  unsigned fCase;                       /* TK_NER_C_* */
  unsigned fGaz;   /* gazetteer matches: bit 4*(eType-1) + pos (BILOU) */
  unsigned fPart;  /* types of training entities the word began (bits 0-3)
                   ** or continued (bits 4-7) */
  uint64_t fTyped; /* typed gazetteer matches: bit 4*class + pos (BILOU) */
  unsigned fDoc;   /* the other mentions in the document (document.c), 0
                   ** for none or in the first pass */
  /* The word's cluster path (ner/clusters.c), 0: none or not looked up. */
  uint32_t uCluster;
  /* The head code of the name run the word is in (ner/name_heads.c,
  ** TK_NER_HEAD_*), 0: none or not looked up. */
  unsigned uHead;
} tk_ner_info;

/* Feature families a model was trained with (header bytes 56..59). */
#define TK_NER_FEAT_TYPED 0x1 /* typed gazetteers (gazetteers.c) */
#define TK_NER_FEAT_TWOPASS                                                    \
  0x2 /* a second pass with the document's other mentions (document.c) */
#define TK_NER_FEAT_HEADS 0x4 /* head nouns of name runs (name_heads.c) */

#define TK_NER_C_UPPER1 0x01   /* starts with an upper-case letter */
#define TK_NER_C_ALLCAP 0x02   /* has letters, none lower-case */
#define TK_NER_C_LOWER 0x04    /* has a lower-case letter */
#define TK_NER_C_DIGIT 0x08    /* has a digit */
#define TK_NER_C_SENT0 0x10    /* first token of its sentence */
#define TK_NER_C_CAPSLINE 0x20 /* in an all-caps sentence (headline) */
#define TK_NER_C_LOWLINE 0x40  /* in a sentence without capitals */
#define TK_NER_C_DOC0 0x80     /* in the document's first sentence */
#define TK_NER_C_STOP 0x100    /* , . ; ! ? alone, markup: never in one */
#define TK_NER_C_NOCONT                                                        \
  0x200 /* lower-case word, not "of", "de"...: does                            \
           not continue an entity (normally cased                              \
           lines only) */
#define TK_NER_C_BREAK (TK_NER_C_STOP | TK_NER_C_NOCONT)
#define TK_NER_C_CONN 0x400 /* "of", "de", "van"...: only inside a name */
#define TK_NER_C_RARE                                                          \
  0x800 /* not in the vocabulary: identity features                            \
           left out */

#define TK_NER_C_NOLETTER                                                      \
  0x1000 /* no letter of any script (a number, punctuation): only ever         \
            continues an entity */
#define TK_NER_C_TITLELINE                                                     \
  0x2000 /* in a Title Case headline: TK_NER_TITLE_MIN capitalized words or    \
            more, no lower-case word but connectors and the short words of     \
            tk_ner__headline_small */
#define TK_NER_TITLE_MIN 3
#define TK_NER_C_PARTICLE                                                      \
  0x4000 /* a connector that is a name particle ("von", "bin", "de"), not      \
            a phrase connector ("of", "and", "the") */
/* A run of connectors between two capitalized words ("Ursula von der
** Leyen", "Bank of England"): the word before it, the connectors, the word
** after it. */
#define TK_NER_C_BRIDGE_BEFORE 0x8000
#define TK_NER_C_BRIDGE_IN 0x10000
#define TK_NER_C_BRIDGE_AFTER 0x20000
#define TK_NER_C_BRIDGE                                                        \
  (TK_NER_C_BRIDGE_BEFORE | TK_NER_C_BRIDGE_IN | TK_NER_C_BRIDGE_AFTER)
#define TK_NER_C_COORD                                                         \
  0x40000 /* "and": a connector that never continues a PERSON (CoNLL-2003      \
             has no person's name with "and"; it joins two of them) */

/* In an all-lower-case sentence (TK_NER_C_LOWLINE) and in a Title Case
** one (TK_NER_C_TITLELINE) the feature keys are salted per case regime
** (features.c), so each regime's weights are learnt apart, but for the
** word's identity, shared. */

/* 1 when the word u[0..n) is one of the words of the 0-ended list az
** (case counts). */
int tk_ner__listed(const char *const *az, const unsigned char *u, size_t n);

/* 1 when the lower-case word u[0..n) may sit inside a name ("Bank of
** England", "Vincent van Gogh", "Mohammed bin Salman"). */
int tk_ner__connector(const unsigned char *u, size_t n);
/* 1 when the lower-case word u[0..n) is a name particle: a connector
** that joins the parts of a person's name ("von", "van", "de", "bin",
** "al"), as against one that joins the words of a phrase ("of", "and",
** "the", "for"). */
int tk_ner__particle(const unsigned char *u, size_t n);
/* 1 when the lower-case word u[0..n) is a coordinator ("and"): a connector
** of organizations' names ("Procter and Gamble") that only ever joins two
** persons' names ("Ben-Gvir and Bezalel Smotrich"), never sits in one. */
int tk_ner__coordinator(const unsigned char *u, size_t n);
/* Mark TK_NER_C_BRIDGE_* the runs of connectors between two capitalized
** words of the sentence a[0..nTok) (its token facts filled), the words
** before and after them (ner/name_cues.c). */
void tk_ner__bridge_mark(tk_ner_info *a, int nTok);
/* A head code (tk_ner_info uHead): the entity type the head says, the
** word's place in its run, the run's length, the head's side. */
#define TK_NER_HEAD_LOC 1
#define TK_NER_HEAD_ORG 2
#define TK_NER_HEAD_MISC 3
#define TK_NER_HEAD_TYPE 3 /* the mask of the type */
#define TK_NER_HEAD_B 0x4  /* the run's first word */
#define TK_NER_HEAD_I 0x8  /* a word inside it */
#define TK_NER_HEAD_L 0xc  /* its last word */
#define TK_NER_HEAD_PLACE 0xc
#define TK_NER_HEAD_LONG 0x10 /* a run of 3 words or more, else 2 */
#define TK_NER_HEAD_FINAL 0   /* the run ends with the head: "Baltic Sea" */
/* it opens with the head and "of": "Gulf of Finland" */
#define TK_NER_HEAD_INITIAL 0x20
/* The entity type (TK_NER_HEAD_LOC, _ORG, _MISC) the word u[0..n), in any
** case, says as the head of a name ("Sea", "Agency", "Cup"); 0 for none
** (ner/name_heads.c). */
unsigned tk_ner__head_type(const unsigned char *u, size_t n);
/* Set a[k].uHead for the sentence z, aTok[0..nTok) (its token facts and
** bridges filled): each word of a run of two or more capitalized words
** (bridges inside) that ends with a head gets the head's type, its place
** and the run's length (TK_NER_HEAD_FINAL); failing that, a run of three
** or more that opens with a head and "of" the same (TK_NER_HEAD_INITIAL).
** Nothing in an all-lower-case sentence (ner/name_heads.c). */
void tk_ner__head_mark(const char *z, const tk_ner_tok *aTok, tk_ner_info *a,
                       int nTok);
/* 1 when the lower-case word u[0..n) stays lower-case in a Title Case
** headline: the articles, conjunctions and prepositions of up to three
** letters ("a", "of", "to", "vs"...). */
int tk_ner__headline_small(const unsigned char *u, size_t n);

/* 1 when a token of case flags fCase may start a gazetteer phrase or a
** typed gazetteer entry: they start capitalized or with a digit, but for
** a lower-case word of an all-lower-case line, which may start one. */
static inline int tk_ner__phrase_start(unsigned fCase) {
  return (fCase & (TK_NER_C_UPPER1 | TK_NER_C_ALLCAP | TK_NER_C_DIGIT)) ||
         ((fCase & TK_NER_C_LOWLINE) && (fCase & TK_NER_C_LOWER));
}
/* 1 when a token is O whatever its scores, so its features are never
** computed: a stop token, or a lower-case word other than a connector in
** a sentence that has capitals (in CoNLL-2003 train, 108 of 92,544 such
** words are in an entity; in an all-lower-case line no word is
** TK_NER_C_NOCONT: every word is scored and may be anywhere in a name). */
static inline int tk_ner__fixed_o(unsigned fCase) {
  return (fCase & TK_NER_C_STOP) || (fCase & TK_NER_C_NOCONT);
}

/* 1 when the scores of a token with case flags fCase after tag iPrev can
** matter: it is not O whatever they are (tk_ner__fixed_o), nor a token
** without a letter outside an entity (in CoNLL-2003 train, 25 of 29,437
** such tokens begin one, as in "1860 Munich"). */
static inline int tk_ner__scored(unsigned fCase, int iPrev) {
  if (tk_ner__fixed_o(fCase)) return 0;
  return !(fCase & TK_NER_C_NOLETTER) || (iPrev && TK_NER_TAG_POS(iPrev) < 2);
}

#define TK_NER_MEMGATE 8.0f /* least margin for a type to be remembered */

/* Mark in a[0..nTok) (the sentence aTok[0..nTok) of z, its token facts
** filled) what the optional feature families fFeat (TK_NER_FEAT_*) read:
** the typed gazetteers and the head nouns.  Tagging (ner.c) and training
** (ext/tools/ner_train.c) both call it, so they mark the same. */
void tk_ner__family_mark(const char *z, const tk_ner_tok *aTok, tk_ner_info *a,
                         int nTok, unsigned fFeat);

/* Mark TK_NER_C_STOP in a[0..nTok) (the sentence aTok[0..nTok) of
** z[0..n), its token facts filled) the spaced dashes and the month names
** before a day number, which no name holds (TK_NER_RULE_DATELINE;
** ner/reading_rules.c). */
void tk_ner__dateline_mark(const char *z, size_t n, const tk_ner_tok *aTok,
                           tk_ner_info *a, int nTok);

/* The lower-cased hash of one token (tk_ner_info.hLow), computed alone. */
uint64_t tk_ner__low_hash(const char *z, const tk_ner_tok *t);
/* Fill a[0..nTok) for the sentence aTok[0..nTok) of z.  A sentence
** without capitals is read in the lower-case regime (TK_NER_C_LOWLINE:
** any word may be a name), unless bCasedDoc: its document writes
** capitals (TK_NER_PROSE_MIN sentences of tk_ner__cased_prose), and there
** a line without capitals is code, a command or a list of identifiers
** ("fn main() {", "$ cargo update"), whose lower-case words are O as in
** any normally cased sentence. */
void tk_ner__sentence_info(const char *z, const tk_ner_tok *aTok, int nTok,
                           int bDocStart, int bCasedDoc, tk_ner_info *a);
/* 1 when the sentence a[0..nTok) (its facts filled) is prose written with
** capitals: in no headline's or lower-case regime, its first token
** capitalized (not all capitals), TK_NER_PROSE_LOWER lower-case words
** after it.  A document with TK_NER_PROSE_MIN of them is cased: the
** tagger (ner.c) and the trainer read its sentences with bCasedDoc. */
int tk_ner__cased_prose(const tk_ner_info *a, int nTok);
#define TK_NER_PROSE_LOWER 3
#define TK_NER_PROSE_MIN 2

/* The gazetteer key of the phrase a[0..n) (never 0, low 4 bits clear). */
uint64_t tk_ner__gaz_key(const tk_ner_info *a, int n);
/* The gazetteer key of a word as the first (bRest 0) or a later (bRest 1)
** word of an entity. */
uint64_t tk_ner__part_key(const tk_ner_info *p, int bRest);
/* Set a[k].fGaz and a[k].fPart for the sentence a[0..nTok) from the
** gazetteer aGaz of 1<<nGazBits slots (none when nGazBits is 0). */
void tk_ner__gaz_mark(const uint64_t *aGaz, unsigned nGazBits, tk_ner_info *a,
                      int nTok);

/* The vocabulary key of a word (never 0, low 4 bits clear). */
uint64_t tk_ner__vocab_key(const tk_ner_info *p);
/* Mark TK_NER_C_RARE the words of a[0..nTok) missing from the vocabulary
** aVocab of 1<<nVocabBits slots (nothing when nVocabBits is 0). */
void tk_ner__vocab_mark(const uint64_t *aVocab, unsigned nVocabBits,
                        tk_ner_info *a, int nTok);

/* ----------------------------------------------------- word clusters */
/* Word clusters learnt from unlabeled text (ner/clusters.c, table format
** there): a word as written maps to its path in the cluster tree, coded
** as (1 << nSteps) | path, nSteps < TK_NER_CLUSTER_CODEBITS (0: the word
** is not in the table). */
#define TK_NER_CLUSTER_CODEBITS 21
#define TK_NER_CLUSTER_MAXFEAT 5 /* cluster features per token, at most */

/* The cluster table key of a word from its tk_ner_info hWord (never 0,
** the low TK_NER_CLUSTER_CODEBITS bits clear: a slot is key | code). */
uint64_t tk_ner__cluster_key(uint64_t hWord);
/* The cluster path code of a word from its tk_ner_info hWord (0: none). */
uint32_t tk_ner__cluster_of(uint64_t hWord);
/* Set a[k].uCluster for the sentence a[0..nTok): the words the cluster
** features use (capitalized ones and their neighbours) are looked up,
** the others get 0. */
void tk_ner__cluster_mark(tk_ner_info *a, int nTok);
/* The keys of token i's cluster features (path prefixes of it and its
** neighbours) into aKey; returns their number, at most
** TK_NER_CLUSTER_MAXFEAT (none for a token that is not capitalized, no
** prefix of a word outside the table). */
int tk_ner__cluster_features(const tk_ner_info *a, int nTok, int i,
                             uint64_t *aKey);
/* The name of the linked-in cluster table ("" when it is empty). */
const char *tk_ner__cluster_name(void);

/* Document memory: what earlier sentences said about a word.  A slot
** holds something only when its aGen is the memory's uGen, so emptying it
** for the next document is one increment, not a 56 KB clear (which took
** about a tenth of the time of news articles of 300 bytes). */
typedef struct tk_ner_memory {
  uint64_t aKey[1 << TK_NER_MEMBITS];
  uint32_t aGen[1 << TK_NER_MEMBITS];   /* the uGen of the slot's writing */
  uint8_t aType[1 << TK_NER_MEMBITS];   /* last entity type given, 0 none */
  uint8_t aCapMid[1 << TK_NER_MEMBITS]; /* seen capitalized mid-sentence */
  uint32_t uGen;
} tk_ner_memory;

/* Empty memory p, whatever it held (all zeros is empty too). */
void tk_ner__memory_init(tk_ner_memory *p);
/* Empty memory p, made by tk_ner__memory_init or all zeros. */
void tk_ner__memory_clear(tk_ner_memory *p);
/* Record sentence a[0..nTok) tagged aTag[0..nTok) with decision margins
** aMargin[0..nTok): a type only when its margin is TK_NER_MEMGATE or more,
** so one doubtful guess does not spread through the document. */
void tk_ner__memory_add(tk_ner_memory *p, const tk_ner_info *a, const int *aTag,
                        const float *aMargin, int nTok);

/* The 64-bit keys of token i's static features: those that depend on
** the text alone, so one sum of their weights serves both passes.  Returns
** their number (none for a token that is O whatever the scores:
** tk_ner__fixed_o).  A
** key's row is TK_NER_ROW(key, nBits), its fingerprint TK_NER_FP(key). */
int tk_ner__static_features(const tk_ner_info *a, int nTok, int i,
                            uint64_t *aKey);
/* The keys of token i's dynamic features: the tags of the two tokens
** before it, the document memory, and the other mentions (fDoc). */
int tk_ner__dynamic_features(const tk_ner_info *a, int nTok, int i, int iPrev1,
                             int iPrev2, const tk_ner_memory *pMem,
                             uint64_t *aKey);
#define TK_NER_ROW(key, nBits) ((size_t)((key) >> (64 - (nBits))))
#define TK_NER_FP(key) ((uint16_t)((key) | 1))

/* The tags that may follow iPrev (BILOU), bit 1 << tag each, given
** whether the token is the last of its sentence: inside an entity its I
** and L (L alone at the end), else O, every U and (not at the end) every
** B.  A mask, as the decision and the softmax ask it at every token. */
static inline unsigned tk_ner__valid_tags(int iPrev, int bLast) {
  if (iPrev && TK_NER_TAG_POS(iPrev) < 2) {
    unsigned iL = (unsigned)TK_NER_TAG(TK_NER_TAG_TYPE(iPrev), 2);
    return bLast ? 1u << iL : 3u << (iL - 1);
  }
  unsigned m = 1; /* O */
  for (int eType = 1; eType <= (TK_NER_NTAG - 1) / 4; eType++)
    m |= 1u << TK_NER_TAG(eType, 3) | (bLast ? 0 : 1u << TK_NER_TAG(eType, 0));
  return m;
}

/* The greedy decision for a token from its TK_NER_NTAG tag scores: the best
** tag BILOU allows after *piPrev.  bLast: the token ends its sentence or
** precedes a break (no B or I then).  At a break (fCase has TK_NER_C_STOP
** or TK_NER_C_NOCONT) an entity still open is closed before the token
** (*piPrev becomes B -> U, I -> L); a stop token or another token that
** tk_ner__fixed_o says is O then gets O.  A connector
** (TK_NER_C_CONN: "of", "de"...) is only ever I or O, and never I of a
** PERSON when it is a coordinator (TK_NER_C_COORD), a token without a
** letter (TK_NER_C_NOLETTER) only I, L or O.  *pMargin gets the
** lead of the chosen tag's score over the next allowed one. */
int tk_ner__decide(const float *aScore, int *piPrev, int bLast, unsigned fCase,
                   float *pMargin);

/* ---------------------------------------------------- typed gazetteers */
/* Classes of the typed gazetteers (ext/tools/gazetteers_build.py), in the
** order of their bits; a slot of gazetteers.bin is a phrase key (its low 20
** bits clear) | the mask of its classes | TK_NER_TGAZ_PREFIX when the
** phrase begins a longer entry. */
#define TK_NER_TGAZ_CLASSES                                                    \
  "FIRST_HI", "FIRST_LO", "SURNAME", "PERSON", "COUNTRY", "REGION",            \
      "CITY_BIG", "CITY_MID", "CITY_SMALL", "PLACE", "DEMONYM", "LANGUAGE",    \
      "CURRENCY", "COMPANY", "ORG", "WORD"
#define TK_NER_TGAZ_NCLASS 16
#define TK_NER_TGAZ_PREFIX (1u << 16)
#define TK_NER_TGAZ_KEYMASK (~(uint64_t)0xfffff)
#define TK_NER_TGAZ_MAGIC "TKGAZ01" /* then u32 nBits, u32 0, the slots */
#define TK_NER_TGAZ_HEADER 16

/* The typed gazetteer key of the phrase a[0..n) (never 0, low 20 bits
** clear). */
uint64_t tk_ner__typed_key(const tk_ner_info *a, int n);
/* Set a[k].fTyped for the sentence a[0..nTok) from the typed gazetteers
** built into the library. */
void tk_ner__typed_mark(tk_ner_info *a, int nTok);

/* ------------------------------------------------- document (two-pass) */
/* Set a[k].fDoc for the document's tokens a[0..nTok), tagged aTag[0..nTok)
** by the first pass, from the other capitalized mentions of the same word:
** their majority type, whether they agree, and the type of a longer entity
** they sit in.  Returns TK_OK or TK_ENOMEM (fDoc then left 0). */
int tk_ner__doc_mark(tk_ner_info *a, const int *aTag, int nTok);
/* The index of the first a[k] of a[0..nTok), tagged aTag by the first
** pass, whose document features disagree with its tag (the others'
** majority type differs, or they disagree among themselves); nTok when
** none: the second pass tags a sentence again from there on. */
int tk_ner__doc_first(const tk_ner_info *a, const int *aTag, int nTok);
/* Clear a[k].fDoc for a[0..nTok) (before a first pass). */
void tk_ner__doc_clear(tk_ner_info *a, int nTok);

#endif /* TK_NER_INTERNAL_H */
