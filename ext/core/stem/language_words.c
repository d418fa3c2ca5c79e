/*
** language_words.c -- the word lists of language.c's function-word vote:
** for the seven Latin-script languages with Snowball-style stopword lists,
** a shorter core of their most frequent function words (written for
** textkit; docs/stem.md says why a core and not the whole list), and for
** the ten others their short stopword lists (stopwords_short.c).
** Case-folded, NFC, each sorted by UTF-8 bytes.
**
**   tk_stoplist_has(tk_stem__aVoter[0].pList, "the", 3);   // 1
*/
#include "stem_internal.h"

/* English (58 words) */
static const char *const azEnglish[] = {
    "a",    "all",  "also",  "an",   "and",  "are",   "as",   "at",    "be",
    "been", "but",  "by",    "can",  "for",  "from",  "had",  "has",   "have",
    "he",   "her",  "his",   "i",    "if",   "in",    "into", "is",    "it",
    "its",  "more", "no",    "not",  "of",   "on",    "only", "or",    "other",
    "she",  "so",   "than",  "that", "the",  "their", "them", "there", "they",
    "this", "to",   "was",   "we",   "were", "what",  "when", "which", "who",
    "will", "with", "would", "you",
};

/* French (53 words) */
static const char *const azFrench[] = {
    "au",  "aux", "avec", "c",    "ce",  "ces",  "cette", "d",    "dans",
    "de",  "des", "du",   "elle", "en",  "est",  "et",    "il",   "ils",
    "j",   "l",   "la",   "le",   "les", "leur", "lui",   "mais", "même",
    "n",   "ne",  "nous", "on",   "ou",  "par",  "pas",   "plus", "pour",
    "qu",  "que", "qui",  "s",    "sa",  "se",   "ses",   "son",  "sont",
    "sur", "un",  "une",  "vous", "y",   "à",    "été",   "être",
};

/* German (51 words) */
static const char *const azGerman[] = {
    "aber",  "als",   "an",    "auch",  "auf",    "aus",  "bei",   "das",
    "dass",  "dem",   "den",   "der",   "des",    "die",  "durch", "ein",
    "eine",  "einem", "einen", "einer", "er",     "es",   "für",   "haben",
    "hat",   "ich",   "im",    "in",    "ist",    "kann", "mit",   "nach",
    "nicht", "noch",  "nur",   "oder",  "sich",   "sie",  "sind",  "so",
    "und",   "von",   "vor",   "war",   "werden", "wie",  "wir",   "wird",
    "wurde", "zu",    "über",
};

/* Spanish (42 words) */
static const char *const azSpanish[] = {
    "al",   "como", "con",     "cuando", "de",   "del", "el",  "en",    "entre",
    "era",  "es",   "esta",    "este",   "está", "fue", "ha",  "hay",   "la",
    "las",  "le",   "les",     "lo",     "los",  "muy", "más", "no",    "o",
    "para", "pero", "por",     "que",    "se",   "ser", "sin", "sobre", "son",
    "su",   "sus",  "también", "un",     "una",  "y",
};

/* Italian (47 words) */
static const char *const azItalian[] = {
    "al",    "all",    "alla", "anche",  "che",    "come",  "con", "da",
    "dal",   "dei",    "del",  "dell",   "della",  "delle", "di",  "e",
    "era",   "essere", "fra",  "gli",    "ha",     "hanno", "i",   "il",
    "in",    "l",      "la",   "le",     "lo",     "ma",    "nel", "nella",
    "non",   "per",    "più",  "questa", "questo", "si",    "sia", "sono",
    "stato", "su",     "tra",  "un",     "una",    "uno",   "è",
};

/* Portuguese (46 words) */
static const char *const azPortuguese[] = {
    "a",    "ao",   "aos",    "as",     "com",  "como", "da",    "das",
    "de",   "do",   "dos",    "e",      "ela",  "ele",  "em",    "entre",
    "está", "foi",  "há",     "já",     "mais", "mas",  "muito", "na",
    "nas",  "no",   "nos",    "não",    "o",    "os",   "ou",    "para",
    "pela", "pelo", "por",    "quando", "que",  "se",   "ser",   "seu",
    "sua",  "são",  "também", "um",     "uma",  "é",
};

/* Dutch (43 words) */
static const char *const azDutch[] = {
    "aan",  "als",  "bij",    "dan",   "dat",  "de",     "deze",  "die", "dit",
    "door", "een",  "en",     "er",    "geen", "hebben", "heeft", "het", "hij",
    "in",   "is",   "kan",    "maar",  "met",  "naar",   "niet",  "nog", "of",
    "om",   "ook",  "op",     "te",    "uit",  "van",    "voor",  "was", "wat",
    "wel",  "werd", "worden", "wordt", "ze",   "zij",    "zijn",
};

/* Ordinary English words that other languages' lists hold as function
** words ("one" Polish, "war" German, "under" Swedish, "per" Italian):
** each is in 2% or more of 3,162 English Wikipedia and news articles, so
** they cast no vote (language_index.c): an English results table or
** price list has few English function words, and before this list its
** "one", "co" or "sale" made it Polish, Czech or Romanian.  Name
** particles ("de", "van", "la") still vote. */
static const char *const azEnglishToo[] = {
    "am",  "ben", "care", "co",   "come", "dog",   "door", "end",  "era",
    "go",  "jim", "man",  "me",   "men",  "mere",  "met",  "mine", "most",
    "my",  "non", "one",  "over", "per",  "plus",  "pro",  "sale", "sam",
    "sit", "son", "sub",  "ten",  "till", "under", "war",
};
const tk_stoplist tk_stem__englishToo =
    TK_STOPLIST("english-too", azEnglishToo);

/* The core lists as stoplists (named for their Snowball language). */
static const tk_stoplist aCore[] = {
    TK_STOPLIST("dutch", azDutch),     TK_STOPLIST("english", azEnglish),
    TK_STOPLIST("french", azFrench),   TK_STOPLIST("german", azGerman),
    TK_STOPLIST("italian", azItalian), TK_STOPLIST("portuguese", azPortuguese),
    TK_STOPLIST("spanish", azSpanish),
};

/* The voters; a tie between them goes to neither (language.c). */
const tk_stem__voter tk_stem__aVoter[TK_LANG_VOTERS] = {
    {"en", &aCore[1], 2},
    {"fr", &aCore[2], 2},
    {"de", &aCore[3], 2},
    {"es", &aCore[6], 2},
    {"it", &aCore[4], 2},
    {"pt", &aCore[5], 2},
    {"nl", &aCore[0], 2},
    {"cs", &tk_stem__aShortList[0], 3},
    {"da", &tk_stem__aShortList[1], 2},
    {"fi", &tk_stem__aShortList[2], 4},
    {"hu", &tk_stem__aShortList[3], 3},
    {"id", &tk_stem__aShortList[4], 2},
    {"nb", &tk_stem__aShortList[5], 2},
    {"pl", &tk_stem__aShortList[6], 3},
    {"ro", &tk_stem__aShortList[7], 2},
    {"sv", &tk_stem__aShortList[8], 2},
    {"tr", &tk_stem__aShortList[9], 4},
};
