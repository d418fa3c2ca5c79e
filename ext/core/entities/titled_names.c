/*
** titled_names.c -- persons named after a title of office, which
** unknown_names.c claims where the model left them out:
**
**   "President Macron was in the crowd"   PERSON "Macron" (the model: none)
**   "Judge Engoron fined him"             PERSON "Engoron"
**   "Prime Minister Truss resigned"       PERSON "Truss"
**
** The model reads a name it never saw by its letters and by the typed
** gazetteers, so a surname that is also an English word ("macron",
** "truss", "slot", "young") reads as an ordinary word that happens to be
** capitalized, and the title before it does not outweigh that.  A title
** of office ("President", "Judge", "Coach"; the last of several:
** "Foreign Minister") followed by one to three capitalized words, each
** with a lower-case letter, that end before a word that is not
** capitalized or before punctuation, names a person, unless a word is a
** title, a rank ("Secretary General"), a function word ("Ambassador
** Against Hunger") or the last word of a body's name ("Premier League",
** "Justice Department"), or the title and the words end with the head
** of a place's, an event's or an organization's name (heads.c), or the
** typed gazetteers list the words as a country, a region, a nationality,
** a language, a currency, a company or an organization.  CoNLL-2003
** leaves the title out of the name, as this does.
**
**   size_t iName, iEnd = tk_entities__titled_name(z, n, i, &iName);
**   if (iEnd) ... z[iName..iEnd) is the surname ...
*/
#include "entities_internal.h"

#include <string.h>

#define MAX_NAME_WORDS 3
#define MAX_TITLE_AT 2 /* capitalized words before the title in its run */
/* The initials of the titles of azTitle, a bit each from 'A' (bit 0). */
#define TITLE_INITIALS                                                         \
  (1u << ('A' - 'A') | 1u << ('B' - 'A') | 1u << ('C' - 'A') |                 \
   1u << ('D' - 'A') | 1u << ('G' - 'A') | 1u << ('J' - 'A') |                 \
   1u << ('M' - 'A') | 1u << ('P' - 'A') | 1u << ('R' - 'A') |                 \
   1u << ('S' - 'A'))

/* Titles of office that stand before a person's surname. */
TK_SORTED_WORDS(azTitle) = {"Ambassador", "Archbishop",
                            "Bishop",     "Chairman",
                            "Chairwoman", "Chancellor",
                            "Coach",      "Commissioner",
                            "Dr",         "Dr.",
                            "Gov.",       "Governor",
                            "Judge",      "Justice",
                            "Mayor",      "Minister",
                            "Mr",         "Mr.",
                            "Mrs",        "Mrs.",
                            "Ms",         "Ms.",
                            "Premier",    "President",
                            "Prof.",      "Professor",
                            "Rabbi",      "Rep.",
                            "Secretary",  "Sen.",
                            "Senator",    "Sheriff",
                            "Speaker",    0};

/* Ranks, which are titles too, but which also open the names of
** companies and offices ("General Motors", "Secretary General"): no
** surname's words. */
TK_SORTED_WORDS(azRank) = {"Admiral",    "Captain", "Colonel",  "General",
                           "Lieutenant", "Major",   "Sergeant", 0};

/* Function words, capitalized in names of offices and causes ("Ambassador
** Against Hunger"): no surname's words. */
TK_SORTED_WORDS(azFunction) = {
    "A",       "About",   "Above",  "Across", "After",   "Against", "Along",
    "Among",   "An",      "And",    "Around", "At",      "Before",  "Behind",
    "Below",   "Between", "Beyond", "But",    "By",      "During",  "For",
    "From",    "In",      "Into",   "Near",   "Nor",     "Of",      "Off",
    "On",      "Or",      "Over",   "The",    "Through", "To",      "Toward",
    "Towards", "Under",   "Until",  "Upon",   "With",    "Within",  "Without",
    0};

/* The last words of the names of bodies, events and things that a title
** may open ("Premier League", "Justice Department"; the heads of
** heads.c leave out those that end names of several types): no word of
** a surname. */
TK_SORTED_WORDS(azBody) = {
    "Association", "Award",    "Awards",     "Bank",       "Board",
    "Club",        "College",  "Commission", "Committee",  "Council",
    "Court",       "Cup",      "Department", "Foundation", "Fund",
    "Games",       "Group",    "Hospital",   "Hotel",      "House",
    "League",      "Ministry", "Office",     "Party",      "Prize",
    "School",      "Society",  "Street",     "Trophy",     "Union",
    "University",  0};

/* 1 when the byte c may be a letter's: an ASCII letter or a byte of a
** character outside ASCII. */
static int letterByte(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* The length of the word at z[i]: letters, hyphens and apostrophes
** between letters ("Jean-Pierre", "O'Brien", "Macron's"), and one closing
** "." after a title's abbreviation ("Dr.", "Sen."). */
static size_t wordLen(const char *z, size_t n, size_t i) {
  size_t k = i;
  while (k < n && (letterByte((unsigned char)z[k]) ||
                   ((z[k] == '-' || z[k] == '\'') && k > i && k + 1 < n &&
                    letterByte((unsigned char)z[k + 1]))))
    k++;
  if (k < n && z[k] == '.' && TK_IN_SORTED(azTitle, z + i, k + 1 - i)) k++;
  return k - i;
}

/* 1 when the word z[i..i+m) may be a word of a surname: a capital, then
** at least one lower-case ASCII letter or a character outside ASCII. */
static int nameWord(const char *z, size_t n, size_t i, size_t m) {
  if (m < 2 || !tk_entities__capital_at(z, n, i)) return 0;
  for (size_t k = i + 1; k < i + m; k++) {
    unsigned char c = (unsigned char)z[k];
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return 1;
  }
  return 0;
}

/* The end of the surname of one to MAX_NAME_WORDS words that opens one
** space after the title ending at z[iTitleEnd] (see above), its
** possessive left out; 0 when there is none, or when one of its words is
** a title, a rank, a function word or a body's word (azBody). */
static size_t nameEnd(const char *z, size_t n, size_t iTitleEnd) {
  size_t i = iTitleEnd, iEnd = 0;
  for (int w = 0; w <= MAX_NAME_WORDS; w++) {
    if (i + 1 >= n || z[i] != ' ' || !tk_entities__capital_at(z, n, i + 1))
      break;
    size_t iWord = i + 1, m = wordLen(z, n, iWord);
    if (w == MAX_NAME_WORDS || !nameWord(z, n, iWord, m) ||
        TK_IN_SORTED(azTitle, z + iWord, m) ||
        TK_IN_SORTED(azRank, z + iWord, m) ||
        TK_IN_SORTED(azFunction, z + iWord, m))
      return 0; /* a longer name, a word of no name, or another title */
    size_t mPoss = tk_entities__possessive_end(z, iWord, iWord + m);
    iEnd = iWord + m - mPoss;
    i = iWord + m;
    if (TK_IN_SORTED(azBody, z + iWord, iEnd - iWord)) return 0;
    if (mPoss) break; /* "President Macron's plan" */
  }
  return iEnd;
}

/* The end of the surname named after the title at z[i] (see above), 0
** when there is none; *piName gets its start. */
static size_t titledAt(const char *z, size_t n, size_t i, size_t m,
                       size_t *piName) {
  const unsigned fNot = TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION |
                        TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE |
                        TK_NER_GAZ_CURRENCY | TK_NER_GAZ_COMPANY |
                        TK_NER_GAZ_ORG;
  unsigned char c = (unsigned char)z[i];
  if (c < 'A' || c > 'Z' || !(TITLE_INITIALS >> (c - 'A') & 1))
    return 0; /* most words: not a title's initial */
  if (!TK_IN_SORTED(azTitle, z + i, m)) return 0;
  size_t iName = i + m + 1, iEnd = nameEnd(z, n, i + m);
  if (iEnd == 0 || tk_entities__place_head(z, i, iEnd - i) ||
      tk_entities__event_head(z, i, iEnd - i) ||
      tk_entities__org_head(z, i, iEnd - i) ||
      (tk_ner_gazetteer_classes(z + iName, iEnd - iName) & fNot))
    return 0;
  *piName = iName;
  return iEnd;
}

/* The end of the surname named after a title of office in the run of
** capitalized words that opens at z[i], the title its first word or one
** of the next MAX_TITLE_AT ("Prime Minister Truss", "Justice Minister
** Smith"), 0 when there is none; *piName gets the surname's start.
** (entities_internal.h) */
size_t tk_entities__titled_name(const char *z, size_t n, size_t i,
                                size_t *piName) {
  for (int w = 0; w <= MAX_TITLE_AT; w++) {
    size_t m = wordLen(z, n, i);
    if (m == 0) return 0;
    size_t iEnd = titledAt(z, n, i, m, piName);
    if (iEnd) return iEnd;
    i += m;
    if (i + 1 >= n || z[i] != ' ' || !tk_entities__capital_at(z, n, i + 1))
      return 0;
    i++;
  }
  return 0;
}
