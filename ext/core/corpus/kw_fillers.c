/*
** corpus/kw_fillers.c -- English words that the stopword list keeps but
** that seldom start or end a key phrase: common verbs in their inflected
** forms, adverbs, numerals spelled out, vague adjectives and nouns ("said",
** "using", "also", "new", "several", "way"), and written abbreviations
** ("etc", "est" of "2006 est.", "approx").  keywords() treats them as
** stopwords when the stopword list is English (docs/corpus.md); the Latin
** abbreviations ("e.g.", "i.e.") with any list.  The list
** is the project's own, sorted for binary search.  Name particles
** ("of", "van", "der") are the only stopwords allowed inside a phrase,
** between capitalized words.
**
**   tk_corpus__kw_is_filler("using", 5);   // 1
**   tk_corpus__kw_is_particle("van", 3);   // 1
**   tk_corpus__kw_is_determiner("the", 3); // 1
**   tk_corpus__kw_is_date_word("monday", 6); // 1
**   tk_corpus__kw_is_date_abbreviation("fri", 3); // 1
**   tk_corpus__kw_past_form("fell", 4);      // 1 ("rose": 2)
*/
#include "corpus_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const azFiller[] = {
    "able",        "about",      "above",      "according",   "across",
    "actually",    "add",        "added",      "adding",      "adds",
    "after",       "again",      "against",    "ago",         "ahead",
    "allow",       "allowed",    "allows",     "almost",      "alone",
    "along",       "already",    "also",       "although",    "always",
    "among",       "amongst",    "another",    "anyone",      "anything",
    "anyway",      "apart",      "appear",     "appeared",    "appears",
    "approach",    "approx",     "around",     "ask",         "asked",
    "asking",      "asks",       "away",       "back",        "based",
    "became",      "become",     "becomes",    "becoming",    "began",
    "begin",       "begins",     "behind",     "being",       "believe",
    "believed",    "believes",   "below",      "beside",      "besides",
    "best",        "better",     "beyond",     "big",         "brief",
    "bring",       "brings",     "brought",    "call",        "called",
    "calls",       "came",       "can",        "cannot",      "certain",
    "certainly",   "clear",      "clearly",    "come",        "comes",
    "coming",      "consider",   "considered", "contain",     "contains",
    "could",       "current",    "currently",  "day",         "days",
    "described",   "despite",    "different",  "difficult",   "done",
    "down",        "due",        "during",     "each",        "early",
    "easily",      "easy",       "either",     "else",        "enough",
    "entire",      "especially", "est",        "etc",         "even",
    "ever",        "every",      "example",    "far",         "few",
    "find",        "finds",      "first",      "following",   "follows",
    "found",       "four",       "full",       "fully",       "further",
    "furthermore", "gave",       "general",    "generally",   "get",
    "gets",        "getting",    "give",       "given",       "gives",
    "giving",      "go",         "goes",       "going",       "gone",
    "good",        "got",        "great",      "greater",     "had",
    "hard",        "has",        "have",       "having",      "help",
    "helps",       "here",       "however",    "hundreds",    "ibid",
    "important",   "incl",       "include",    "included",    "includes",
    "including",   "increase",   "increased",  "increasing",  "indeed",
    "instead",     "introduce",  "introduced", "just",        "keep",
    "keeps",       "kept",       "know",       "known",       "knows",
    "large",       "largely",    "last",       "late",        "later",
    "least",       "less",       "let",        "like",        "likely",
    "little",      "long",       "look",       "looks",       "low",
    "made",        "main",       "mainly",     "make",        "makes",
    "making",      "many",       "may",        "maybe",       "mean",
    "means",       "meanwhile",  "might",      "million",     "more",
    "moreover",    "most",       "mostly",     "much",        "must",
    "near",        "nearly",     "need",       "needed",      "needs",
    "never",       "new",        "next",       "nine",        "non",
    "none",        "nor",        "now",        "obtain",      "obtained",
    "obtaining",   "often",      "old",        "one",         "ones",
    "only",        "onto",       "order",      "others",      "otherwise",
    "overall",     "own",        "part",       "particular",  "particularly",
    "past",        "per",        "perhaps",    "place",       "possible",
    "present",     "presented",  "presents",   "previous",    "previously",
    "probably",    "proposed",   "provide",    "provided",    "provides",
    "providing",   "put",        "quite",      "rather",      "really",
    "recent",      "recently",   "related",    "relatively",  "remain",
    "remains",     "require",    "required",   "requires",    "result",
    "resulted",    "results",    "right",      "said",        "same",
    "say",         "saying",     "says",       "second",      "see",
    "seem",        "seemed",     "seems",      "seen",        "set",
    "sets",        "several",    "shall",      "show",        "showed",
    "showing",     "shown",      "shows",      "significant", "significantly",
    "similar",     "simple",     "simply",     "since",       "six",
    "small",       "so",         "some",       "something",   "sometimes",
    "soon",        "still",      "study",      "such",        "suggest",
    "suggests",    "take",       "taken",      "takes",       "taking",
    "tell",        "tells",      "ten",        "than",        "thereby",
    "therefore",   "things",     "think",      "third",       "though",
    "three",       "through",    "throughout", "thus",        "time",
    "times",       "today",      "together",   "told",        "too",
    "took",        "toward",     "towards",    "two",         "under",
    "unless",      "unlike",     "until",      "upon",        "us",
    "use",         "used",       "useful",     "uses",        "using",
    "usually",     "various",    "very",       "via",         "viz",
    "want",        "wanted",     "wants",      "way",         "ways",
    "well",        "went",       "whether",    "while",       "whose",
    "will",        "within",     "without",    "work",        "would",
    "yet",
};

/* The lower-case particles that may join the capitalized words of a name
** ("Bank of America", "Nikolaus van der Linden"). */
static const char *const azParticle[] = {
    "al", "bin", "da",  "de", "del", "della", "den", "der",
    "di", "du",  "ibn", "la", "le",  "of",    "van", "von"};

/* The Latin abbreviations of scholarly prose, case-folded ("e.g.",
** "et al."), sorted: no stopword list of Snowball's holds them, and
** without them "e.g. convolutional networks" and "Smith et" were key
** phrases. */
static const char *const azLatin[] = {
    "al",  "al.",  "ca.", "cf",   "cf.", "e.g",  "e.g.", "et",
    "etc", "etc.", "i.e", "i.e.", "viz", "viz.", "vs",   "vs."};

/* English determiners, sorted: a word that may be a verb is one before
** them ("bombings underscore the threat"). */
static const char *const azDeterminer[] = {
    "a",  "an",  "each", "every", "her",   "his",  "its",   "my",
    "no", "our", "the",  "their", "these", "this", "those", "your"};

/* English weekdays and months, case-folded and sorted: a capitalized
** word that follows a plural or a verb without being a name ("Oil prices
** Monday"). */
static const char *const azDateWord[] = {
    "april",   "august",   "december", "february", "friday",
    "january", "july",     "june",     "march",    "may",
    "monday",  "november", "october",  "saturday", "september",
    "sunday",  "thursday", "tuesday",  "wednesday"};

/* English weekdays and months abbreviated, case-folded and sorted: a
** date stamp's words ("Fri, 12 Jan 2024"). */
static const char *const azDateShort[] = {
    "apr", "aug",  "dec",   "feb", "fri",  "jan", "jul",  "jun",
    "mar", "mon",  "nov",   "oct", "sat",  "sep", "sept", "sun",
    "thu", "thur", "thurs", "tue", "tues", "wed"};

/* Compare a (key, length) with a list entry. */
static int fillerCompare(const void *pKey, const void *pEntry) {
  const tk_buf *k = pKey;
  const char *z = *(const char *const *)pEntry;
  size_t n = strlen(z);
  int c = memcmp(k->z, z, k->n < n ? k->n : n);
  if (c) return c;
  return k->n < n ? -1 : k->n > n;
}

/* 1 when z[0..n) is in the sorted list a of n entries. */
static int inList(const char *const *a, size_t nList, const char *z, size_t n) {
  tk_buf k = {0};
  k.z = (char *)z;
  k.n = n;
  if (n == 0) return 0;
  return bsearch(&k, a, nList, sizeof(a[0]), fillerCompare) != 0;
}

/* 1 when the case-folded word z[0..n) is an English filler word. */
int tk_corpus__kw_is_filler(const char *z, size_t n) {
  return inList(azFiller, sizeof(azFiller) / sizeof(azFiller[0]), z, n);
}

/* 1 when the case-folded word z[0..n) is a Latin abbreviation (azLatin),
** in any language. */
int tk_corpus__kw_is_latin_abbreviation(const char *z, size_t n) {
  return inList(azLatin, sizeof(azLatin) / sizeof(azLatin[0]), z, n);
}

/* 1 when the case-folded word z[0..n) is an English determiner. */
int tk_corpus__kw_is_determiner(const char *z, size_t n) {
  return inList(azDeterminer, sizeof(azDeterminer) / sizeof(azDeterminer[0]), z,
                n);
}

/* 1 when the case-folded word z[0..n) is an English weekday or month. */
int tk_corpus__kw_is_date_word(const char *z, size_t n) {
  return inList(azDateWord, sizeof(azDateWord) / sizeof(azDateWord[0]), z, n);
}

/* 1 when the case-folded word z[0..n) is an English weekday or month
** abbreviated (azDateShort). */
int tk_corpus__kw_is_date_abbreviation(const char *z, size_t n) {
  return inList(azDateShort, sizeof(azDateShort) / sizeof(azDateShort[0]), z,
                n);
}

/* The longest particle, in bytes ("della"). */
#define KW_PARTICLE_MAX 5

/* 1 when the word z[0..n) (as written) is a name particle; most words are
** told apart by their length or first letter alone, the rest by a scan of
** the sorted particles up to their letter (this runs for every word of a
** text: no bsearch, no strlen but for a particle of the same letter). */
int tk_corpus__kw_is_particle(const char *z, size_t n) {
  if (n > KW_PARTICLE_MAX || n == 0 || z[0] < 'a' || z[0] > 'z') return 0;
  for (size_t i = 0; i < sizeof(azParticle) / sizeof(azParticle[0]); i++) {
    const char *zP = azParticle[i];
    if (zP[0] > z[0]) break; /* the list is sorted */
    if (zP[0] == z[0] && strlen(zP) == n && memcmp(zP, z, n) == 0) return 1;
  }
  return 0;
}

/* Irregular past tenses that news writes after a subject ("prices fell",
** "England beat"): the first ones are seldom anything else, the last ones
** (from "beat") are also common nouns or adjectives ("a white rose"). */
static const char *const azPastVerb[] = {"drew", "fell",   "fled", "grew",
                                         "sank", "shrank", "slid", 0};
static const char *const azPastNoun[] = {"beat", "lost", "rose", "won", 0};

/* The kind of irregular past tense the case-folded word z[0..n) is (see
** corpus_internal.h). */
int tk_corpus__kw_past_form(const char *z, size_t n) {
  if (n < 3 || n > 6) return 0;
  for (int k = 0; azPastVerb[k]; k++)
    if (strlen(azPastVerb[k]) == n && memcmp(azPastVerb[k], z, n) == 0)
      return 1;
  for (int k = 0; azPastNoun[k]; k++)
    if (strlen(azPastNoun[k]) == n && memcmp(azPastNoun[k], z, n) == 0)
      return 2;
  return 0;
}
