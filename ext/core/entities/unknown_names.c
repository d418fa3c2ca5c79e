/*
** unknown_names.c -- the capitalized names inside a sentence that the
** model left out, for entities() (model_spans.c claims them where no
** span is), when a word of their kind or a list says what they are:
**
**   "the data firm Informatica"            ORG "Informatica"
**   "Shares in Novo have fallen"           ORG "Novo"
**   "with Modi, Xi and Ramaphosa"          PERSON "Ramaphosa" (Modi's type)
**
** Inside a sentence of ordinary case, a capital marks a name; the model
** reads it by the words it knows and leaves a name it never saw as no
** entity.  A run of capitalized words ("&" may join them) stands inside a
** sentence (after a word of its line, not after ".", "!", "?" or ":"), in
** no model span, in no Title Case line, and at least one of its words is
** no ordinary lower-case word of the typed gazetteers ("Fine Gael":
** "gael").  Left out: a run with a digit, a hyphen, a symbol or an
** all-capital word ("M23", "Ohio-based", "EDT", "CPUs": units, tickers
** and tables' abbreviations more often than names; but a run with a
** word of digits or capitals right before a noun of an armed or political
** group's kind is an ORG, "the M23 rebels", "the RSF militia": codeType),
** a run beside a number ("200 Metres", "Avg Shrs 4,841"), a run a name's
** particle goes on from ("Khalid" of "Khalid al-Mihdhar"), and the names
** of months, days and titles ("Sept", "Friday", "Lt").  Such a run is
** claimed when a noun of an organization's kind stands before it ("firm",
** "carrier"), after it ("party", "chief", "shares") or two words before
** it ("shares in", "executive of"), or an appositive names a kind (", his
** new start-up"): typed by the typed gazetteers (unknownType), else
** ORG; or when ", ", " and " or " or " joins it to a span: the span's
** type (a run of
** ordinary words only among two spans of one type, not PERSON:
** "Coca-Cola, Visa and Deloitte", "Snapchat, Reddit and Threads").  A
** name claimed by its kind is then claimed wherever else the text writes
** it in a gap, even at a sentence's start ("Novo said ..."); a list's
** type is not spread (on Wikipedia it spread wrong ones).  Without the
** need for a word of its kind, every such run was claimed ORG, and read
** right a quarter of the time on Wikipedia.  A run of ordinary words only
** ("Neon", "Humane", "Science Research Associates") is claimed only by a
** kind's noun before it or an appositive after it ("the independent
** distributor Neon", "Humane, a hardware startup"), not after a comma
** ("Trans Time, Inc., a company") nor as one letter ("company N / A").
** Score 0.7 (see docs/entities.md).  A person named surname first by a
** surname that is an English word ("He Lifeng", "To Lam", "Do Kwon":
** surnameWordName) is claimed PERSON with no cue: capitalized inside a
** sentence, "He", "To" and "Do" begin no other name.  A surname after a
** title of office ("President Macron", "Prime Minister Truss":
** titled_names.c) is claimed PERSON, score 0.8, and spread as a name
** claimed by its kind is.
**
** The same words retype the model's spans: a LOC, MISC or PERSON after a
** kind's noun or two such words ("chief executive of Kering", LOC) is an
** ORG, and a LOC or MISC before such an appositive ("MGX, the Emirati
** fund"; not ", the lender said"); a PERSON only after two words
** ("publisher Rupert Murdoch" stays) or before an appositive that the
** kind's noun ends ("Gavi, the vaccine alliance,"; not "Gavi, a company
** director,"), and no listed country, region or city.  A name such a
** word types ORG once is an ORG wherever else the model's spans write it
** ("a bid for Ruch": "Ruch" PERSON elsewhere in the document), unless
** WordNet lists it as a person or a place ("shares in Jesus' death") or
** it is a nationality or a language.
**
**   rc = tk_entities__unknown_names(z, n, aSpan, nSpan, &aClaim, &nClaim);
**   rc = tk_entities__retype_by_kind(z, n, aSpan, nSpan);
*/
#include "entities_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define UNKNOWN_SCORE 0.7 /* the share of such claims that are right */
#define TITLED_SCORE 0.8  /* the same, for a surname after a title */
/* barredWord's answer for a word of digits or capitals ("M23", "EDT"),
** which only a group's kind lets in (codeType) */
#define CODE_WORD 2
/* The typed gazetteers' classes of a name whose type a kind's word does
** not spread: WordNet's people and places ("shares in Jesus' death",
** "shares of UK companies"), nationalities and languages ("the American
** company": "American" elsewhere) */
#define UNSPREAD_NAME                                                          \
  (TK_NER_GAZ_PERSON | TK_NER_GAZ_PLACE | TK_NER_GAZ_DEMONYM |                 \
   TK_NER_GAZ_LANGUAGE)

/* The end of the word at z[i]: the next space or punctuation that ends a
** word ('.' and '\'' stay inside: "Lord's", "U.S."). */
static size_t wordEnd(const char *z, size_t n, size_t i) {
  for (; i < n; i++) {
    switch (z[i]) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '\0':
      return i;
    default:
      break;
    }
  }
  return i;
}

/* 1 when the character at z[i] (i < n) is a capital letter: ASCII, or
** of Unicode's upper or title case ("Ž", "Ö"; not "—", "λ" or "植").
** (entities_internal.h) */
int tk_entities__capital_letter_at(const char *z, size_t n, size_t i) {
  unsigned char c = (unsigned char)z[i];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  uint32_t u = tk_utf8_next((const unsigned char *)z, n, &i);
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)u);
  return e == UTF8PROC_CATEGORY_LU || e == UTF8PROC_CATEGORY_LT;
}

/* 1 when the word z[0..m) keeps its run from being claimed: a character
** other than a letter, a digit, "." or "'" (a hyphen, a symbol), a "."
** that runs two words together ("Maestro.There"), or a month's, a day's
** or a title's name or abbreviation; CODE_WORD when it is a code, which
** only a group's kind lets in: a digit, or all capitals but for a
** plural's "s" ("M23", "EDT", "CPUs"); else 0. */
static int barredWord(const char *z, size_t m) {
  TK_SORTED_WORDS(azBarred) = {
      "Apr",      "April",     "Aug",       "August",   "Capt",
      "Col",      "Dec",       "December",  "Dr",       "Feb",
      "February", "Fri",       "Friday",    "Gen",      "Gov",
      "Hon",      "I",         "Jan",       "January",  "Jr",
      "Jul",      "July",      "Jun",       "June",     "Lt",
      "Mar",      "March",     "May",       "Mme",      "Mon",
      "Monday",   "Mr",        "Mrs",       "Ms",       "Nov",
      "November", "Oct",       "October",   "Prof",     "Rep",
      "Rev",      "Sat",       "Saturday",  "Sen",      "Sep",
      "Sept",     "September", "Sgt",       "Sr",       "St",
      "Sun",      "Sunday",    "Thu",       "Thursday", "Tue",
      "Tuesday",  "Wed",       "Wednesday", 0};
  size_t nLower = 0, nDigit = 0;
  for (size_t i = 0; i < m;) {
    unsigned char c = (unsigned char)z[i];
    if (c < 0x80) {
      i++;
      if (c >= 'a' && c <= 'z')
        nLower++;
      else if (c >= '0' && c <= '9')
        nDigit++;
      else if ((c < 'A' || c > 'Z') && c != '.' && c != '\'')
        return 1;
      else if (c == '.' && i + 1 < m && z[i] >= 'A' && z[i] <= 'Z' &&
               z[i + 1] >= 'a' && z[i + 1] <= 'z')
        return 1; /* two words run together: "Maestro.There" */
      continue;
    }
    uint32_t u = tk_utf8_next((const unsigned char *)z, m, &i);
    utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)u);
    if (e < UTF8PROC_CATEGORY_LU || e > UTF8PROC_CATEGORY_ME) return 1;
    if (e != UTF8PROC_CATEGORY_LU && e != UTF8PROC_CATEGORY_LT) nLower++;
  }
  if (TK_IN_SORTED(azBarred, z, m)) return 1;
  return nDigit || (m > 1 && (nLower == 0 || (nLower == 1 && z[m - 1] == 's')))
             ? CODE_WORD
             : 0;
}

/* 1 when the word before z[iStart] (within z[iLine..), spaces between)
** or the word after z[iEnd] (within z[..n)) is a number ("200 Metres",
** "Avg Shrs 4,841"): a unit or a table's label, not a name. */
static int besideNumber(const char *z, size_t n, size_t iLine, size_t iStart,
                        size_t iEnd) {
  size_t i = iStart;
  while (i > iLine && z[i - 1] == ' ')
    i--;
  if (i < iStart && i > iLine && z[i - 1] >= '0' && z[i - 1] <= '9') return 1;
  i = iEnd;
  while (i < n && z[i] == ' ')
    i++;
  return i > iEnd && i < n && z[i] >= '0' && z[i] <= '9';
}

/* 1 when z[i..j) is all of a list's separator (tk_entities__list_separator:
** ", ", " and ", ", or "...). */
static int listJoint(const char *z, size_t i, size_t j) {
  return j > i && tk_entities__list_separator(z, j, i) == j - i;
}

/* The type of the span of a[0..nSpan) that the name z[iStart..iEnd)
** stands beside in a list ("Modi, Xi and Ramaphosa": PERSON), the span
** before it first; 0 when there is none.  k is the first span after
** iStart (tk_entities__span_after). */
static int listType(const char *z, const tk_ner_span *a, size_t nSpan, size_t k,
                    size_t iStart, size_t iEnd) {
  if (k > 0 && listJoint(z, a[k - 1].iStart + a[k - 1].nLen, iStart))
    return a[k - 1].eType;
  if (k < nSpan && listJoint(z, iEnd, a[k].iStart)) return a[k].eType;
  return 0;
}

/* The type of the spans of a[0..nSpan) that the run z[iStart..iEnd) of
** ordinary words stands among in a list, two spans of one type other
** than PERSON: one before it and one after ("Coca-Cola, Visa and
** Deloitte") or two before it ("Snapchat, Reddit and Threads"); 0 when
** there are none, or when " of " follows the run, which goes on ("Future
** of Åland").  Lists of people hold bands and works as often ("Bathory,
** Venom and Sodom"; on Wikipedia, 4 of 11 such claims were right).  k is
** the first span after iStart (tk_entities__span_after). */
static int listTypeAmong(const char *z, size_t n, const tk_ner_span *a,
                         size_t nSpan, size_t k, size_t iStart, size_t iEnd) {
  if (k == 0 || a[k - 1].eType == TK_ENT_PERSON ||
      !listJoint(z, a[k - 1].iStart + a[k - 1].nLen, iStart) ||
      (iEnd + 4 <= n && memcmp(z + iEnd, " of ", 4) == 0))
    return 0;
  int eType = a[k - 1].eType;
  if (k < nSpan && a[k].eType == eType && listJoint(z, iEnd, a[k].iStart))
    return eType;
  if (k > 1 && a[k - 2].eType == eType &&
      listJoint(z, a[k - 2].iStart + a[k - 2].nLen, a[k - 1].iStart))
    return eType;
  return 0;
}

/* The type of the name z[0..m) by the typed gazetteers (see above): a
** place LOC, a company or an organization ORG, a nationality MISC, a
** person PERSON (a famous one, or two words or more that open with a
** first name: "Tiff Macklem"; not a surname alone, which is as often a
** company's: "Novo", "Crusoe"), else ORG. */
static int unknownType(const char *z, size_t m) {
  unsigned f = tk_ner_gazetteer_classes(z, m);
  if (f & (TK_ENT_GAZ_SETTLED | TK_NER_GAZ_PLACE)) return TK_ENT_LOC;
  if (f & (TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG)) return TK_ENT_ORG;
  if (f & TK_NER_GAZ_DEMONYM) return TK_ENT_MISC;
  size_t i = 0;
  while (i < m && z[i] != ' ')
    i++;
  const unsigned fFirst = TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO;
  if ((f & TK_NER_GAZ_PERSON) ||
      (i < m && (tk_ner_gazetteer_classes(z, i) & fFirst)))
    return TK_ENT_PERSON;
  return TK_ENT_ORG;
}

/* The nouns that name an organization's kind, before its name ("the
** data firm Informatica") or after an article in an appositive
** ("Salesforce, the software company"). */
TK_SORTED_WORDS(azKindBefore) = {
    "airline",      "alliance",   "automaker",    "bank",
    "brewer",       "brewery",    "broadcaster",  "carmaker",
    "carrier",      "charity",    "chipmaker",    "company",
    "conglomerate", "developer",  "distributor",  "drugmaker",
    "firm",         "fund",       "giant",        "insurer",
    "lender",       "maker",      "manufacturer", "miner",
    "newspaper",    "operator",   "platform",     "publisher",
    "regulator",    "retailer",   "start-up",     "startup",
    "studio",       "subsidiary", "supplier",     0};

/* The nouns after a name that make it an organization's ("the Chega
** party", "Crusoe chief Chase Lochmiller", "Maersk shares"). */
TK_SORTED_WORDS(azKindAfter) = {
    "alliance",  "bloc",         "chief",   "coach",     "coalition",
    "employees", "executives",   "militia", "movement",  "party",
    "rebels",    "shareholders", "shares",  "spokesman", "spokeswoman",
    "staff",     "stock",        0};

/* The two words before a name that make it an organization's ("shares
** in Novo", "chief executive of Informatica"). */
TK_SORTED_WORDS(azKindOf) = {"acquisition of", "bid for",      "executive of",
                             "founder of",     "investors in", "offer for",
                             "owner of",       "shares in",    "shares of",
                             "stake in",       "takeover of",  0};

/* The word of lower-case ASCII letters (and '-'; its first letter may be
** a capital: "Shares in") that ends one space before z[i], within
** z[iLine..): its start, or i when there is none. */
static size_t wordBefore(const char *z, size_t iLine, size_t i) {
  if (i < iLine + 2 || z[i - 1] != ' ') return i;
  size_t k = i - 1;
  while (k > iLine && ((z[k - 1] >= 'a' && z[k - 1] <= 'z') || z[k - 1] == '-'))
    k--;
  if (k > iLine && k < i - 1 && z[k - 1] >= 'A' && z[k - 1] <= 'Z') k--;
  return k < i - 1 && (k == iLine || z[k - 1] == ' ') ? k : i;
}

/* 1 when z[0..n), its first letter lower-cased, is one of the nAz sorted
** words of az (TK_IN_SORTED). */
static int inListFolded(const char *const *az, size_t nAz, const char *z,
                        size_t n) {
  char zLow[24];
  if (n == 0 || n >= sizeof zLow) return 0;
  memcpy(zLow, z, n);
  if (zLow[0] >= 'A' && zLow[0] <= 'Z') zLow[0] = (char)(zLow[0] + 32);
  return tk_entities__in_sorted(az, nAz, zLow, n, 0);
}
#define TK_IN_SORTED_FIRST_FOLDED(az, z, n)                                    \
  inListFolded(az, sizeof(az) / sizeof((az)[0]) - 1, z, n)

/* The end of the word of lower-case ASCII letters (and '-') that opens
** at z[i], within z[..n); i when there is none, or when a capital or a
** character outside ASCII goes on with it ("theEnd", "café"). */
static size_t lowerWordEnd(const char *z, size_t n, size_t i) {
  size_t e = i;
  while (e < n && ((z[e] >= 'a' && z[e] <= 'z') || z[e] == '-'))
    e++;
  if (e < n && ((z[e] >= 'A' && z[e] <= 'Z') || (unsigned char)z[e] >= 0x80))
    return i;
  return e;
}

/* 1 when the word at z[i] ends the noun phrase before it: nothing, a
** punctuation mark, or a word that opens a clause or a participle's
** phrase ("the vaccine alliance, said", "a startup founded by"). */
static int phraseEndsAt(const char *z, size_t n, size_t i) {
  static const char *const azOpen[] = {"backed",  "based", "co-founded",
                                       "founded", "owned", "that",
                                       "which",   "whose", 0};
  if (i >= n || strchr(",.;:)\n", z[i])) return 1;
  if (z[i] != ' ') return 0;
  size_t e = lowerWordEnd(z, n, i + 1);
  return tk_entities__in_list(azOpen, z + i + 1, e - i - 1);
}

/* 1 when an appositive after a name ends at z[iNext]: ", " and an
** article or a possessive, then a noun of an organization's kind within
** four words and before any "of", not followed by a verb of saying (",
** the Emirati fund", ", his new start-up"; not ", the lender said" nor
** ", a product of third-party developer X").  With bHead, the noun
** must also end its noun phrase (phraseEndsAt: ", the vaccine alliance,";
** not ", a company director"). */
static int appositiveKind(const char *z, size_t n, size_t iNext, int bHead) {
  static const char *const azOpen[] = {"a",   "an",  "the",   "his",
                                       "her", "its", "their", 0};
  static const char *const azSay[] = {"said", "says", "told", "reported", 0};
  if (iNext + 2 >= n || z[iNext] != ',' || z[iNext + 1] != ' ') return 0;
  size_t i = iNext + 2, e = lowerWordEnd(z, n, i);
  if (!tk_entities__in_list(azOpen, z + i, e - i)) return 0;
  for (int w = 0; w < 4 && e + 1 < n && z[e] == ' '; w++) {
    i = e + 1;
    e = wordEnd(z, n, i);
    if (e == i || tk_entities__eq(z + i, e - i, "of")) return 0;
    size_t m = e > i && z[e - 1] == '.' ? e - 1 - i : e - i; /* "fund." */
    if (TK_IN_SORTED(azKindBefore, z + i, m)) {
      if (bHead && !phraseEndsAt(z, n, i + m)) return 0;
      size_t j = e + 1, f = e < n && z[e] == ' ' ? lowerWordEnd(z, n, j) : j;
      return !tk_entities__in_list(azSay, z + j, f - j);
    }
  }
  return 0;
}

/* 1 when ", " stands before z[i] ("Trans Time, Inc., a company"). */
static int afterComma(const char *z, size_t i) {
  return i >= 2 && z[i - 1] == ' ' && z[i - 2] == ',';
}

/* 1 when the name z[0..m) is a web site's: a word of two letters or more,
** ".", and a top-level domain that companies' sites use ("Amazon.com",
** "Crypto.com", "ESPN.com", "transavia.com"). */
static int webName(const char *z, size_t m) {
  TK_SORTED_WORDS(azDomain) = {"ai", "co", "com", "io", "net", "org", 0};
  size_t i = m;
  while (i > 0 && z[i - 1] >= 'a' && z[i - 1] <= 'z')
    i--;
  return i >= 3 && z[i - 1] == '.' && memchr(z, ' ', m) == 0 &&
         TK_IN_SORTED(azDomain, z + i, m - i);
}

/* 1 when the words around the run z[iStart..iNext) (its line opens at
** iLine) say it names an organization: a kind before it (azKindBefore:
** "the data firm Informatica") or an appositive after it that opens with
** an article or a possessive and names a kind within four words (", his
** new start-up"); unless bOrdinary (every word of the run an ordinary
** word: "the independent distributor Neon", "Humane, a hardware
** startup"), also two words of azKindOf before it ("shares in Novo") or
** a kind after it (azKindAfter: "Maersk shares"). */
static int kindCue(const char *z, size_t n, size_t iLine, size_t iStart,
                   size_t iNext, int bOrdinary) {
  size_t k = wordBefore(z, iLine, iStart);
  if (k < iStart &&
      TK_IN_SORTED_FIRST_FOLDED(azKindBefore, z + k, iStart - 1 - k))
    return 1;
  if (appositiveKind(z, n, iNext, 0)) return 1;
  if (bOrdinary) return 0;
  size_t k2 = k < iStart ? wordBefore(z, iLine, k) : k;
  if (k2 < k && TK_IN_SORTED_FIRST_FOLDED(azKindOf, z + k2, iStart - 1 - k2))
    return 1;
  if (iNext + 1 >= n || z[iNext] != ' ') return 0;
  size_t e = lowerWordEnd(z, n, iNext + 1);
  return TK_IN_SORTED(azKindAfter, z + iNext + 1, e - iNext - 1);
}

/* The end of the run of capitalized words (and "&") that opens at z[i],
** words apart by one space, without a closing "'s", "'" or "."; 0 when a
** word of it is barred (barredWord).  *pbName gets 1 when a word of it is
** a name's, 0 when every word is an ordinary lower-case word ("Humane");
** *piNext gets where the scan goes on. */
static size_t runEnd(const char *z, size_t n, size_t i, size_t *piNext,
                     int *pbName, int *pbCode) {
  size_t iEnd = i;
  int bName = 0, bBarred = 0, bCode = 0;
  for (;;) {
    size_t e = wordEnd(z, n, i);
    size_t m = e - i;
    m -= tk_entities__possessive_end(z, i, e);
    while (m > 1 && (z[i + m - 1] == '\'' || z[i + m - 1] == '.'))
      m--;
    int bAmp = m == 1 && z[i] == '&';
    if (!bAmp) {
      int eBar = barredWord(z + i, m);
      bBarred |= eBar == 1;
      bCode |= eBar == CODE_WORD;
      bName |= !(tk_ner_gazetteer_classes(z + i, m) & TK_NER_GAZ_WORD);
    }
    iEnd = i + m;
    *piNext = e;
    if (i + m < e || e + 1 >= n || z[e] != ' ') break; /* "'s", "." */
    if (z[e + 1] != '&' && !tk_entities__capital_letter_at(z, n, e + 1)) break;
    i = e + 1;
  }
  *pbName = bName;
  *pbCode = bCode;
  return bBarred ? 0 : iEnd;
}

/* 1 when a name's particle follows the run that ends at z[iNext] and a
** capital follows the particle ("Khalid" + " al-Mihdhar", "Vincent" + "
** van Gogh"): the name goes on past the run, which is only part of it. */
static int particleAfter(const char *z, size_t n, size_t iNext) {
  static const char *const az[] = {
      "abu", "al", "ben", "bin", "da", "de",  "del", "der", "di",  "do", "dos",
      "du",  "el", "ibn", "la",  "le", "ten", "ter", "van", "von", 0};
  if (iNext + 1 >= n || z[iNext] != ' ') return 0;
  size_t e = iNext + 1;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  if (e + 1 >= n || (z[e] != ' ' && z[e] != '-') ||
      !tk_entities__in_list(az, z + iNext + 1, e - iNext - 1))
    return 0;
  return tk_entities__capital_letter_at(z, n, e + 1);
}

/* 1 when the run z[iStart..iEnd) of a line opening at iLine, out of a
** Title Case line, is a person named surname first by a surname that is
** an English word ("He Lifeng", "To Lam", "Do Kwon"): "He", "To" or "Do"
** and one word that the typed gazetteers list as no ordinary word, place,
** company or nationality, not after a quote; at a sentence's start
** ("To Harris, this was ...", "To Sinclair's dismay") only before a
** lower-case word ("To Lam took over").  Capitalized inside a sentence,
** these words begin no other name; CoNLL-2003 train and dev have none. */
static int surnameWordName(const char *z, size_t n, size_t iLine, size_t iStart,
                           size_t iEnd) {
  static const char *const azSurname[] = {"He", "To", "Do", 0};
  const unsigned fNot = TK_NER_GAZ_WORD | TK_ENT_GAZ_SETTLED |
                        TK_NER_GAZ_PLACE | TK_NER_GAZ_COMPANY |
                        TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE;
  size_t i = iStart + 3;
  if (iEnd < i + 2 || z[iStart + 2] != ' ' ||
      !tk_entities__in_list(azSurname, z + iStart, 2) ||
      memchr(z + i, ' ', iEnd - i) || (iStart > 0 && z[iStart - 1] == '"') ||
      (tk_ner_gazetteer_classes(z + i, iEnd - i) & fNot))
    return 0;
  if (!tk_entities__inside_sentence(z, iLine, iStart) &&
      !(iEnd + 1 < n && z[iEnd] == ' ' && z[iEnd + 1] >= 'a' &&
        z[iEnd + 1] <= 'z'))
    return 0;
  return 1;
}

/* A name claimed by its kind or its list: its bytes and its type. */
typedef tk_ebytes Known;

/* 1 when the run z[i..iEnd) opens a sentence (or a line) with an
** ordinary word before another word ("The Komeito", "Shares Novo"): the
** name, if any, starts at its second word. */
static int openingWord(const char *z, size_t n, size_t iLine, size_t i,
                       size_t iEnd) {
  size_t e = wordEnd(z, n, i);
  return e < iEnd && !tk_entities__inside_sentence(z, iLine, i) &&
         (tk_ner_gazetteer_classes(z + i, e - i) & TK_NER_GAZ_WORD);
}

/* 1 when the line that opens at iLine, z[i] on it, is a Title Case line;
** asked once a line (*piAsked: the line last asked, *pbTitle: its
** answer). */
static int titleLine(const char *z, size_t n, size_t iLine, size_t i,
                     size_t *piAsked, int *pbTitle) {
  if (*piAsked != iLine) {
    *pbTitle = tk_entities__in_title_line(z, n, i);
    *piAsked = iLine;
  }
  return *pbTitle;
}

/* The type of the run z[iStart..iEnd) of capitalized words, one of them
** a code (CODE_WORD: "M23", "RSF"), that ends where the text goes on at
** z[iNext]: ORG when a noun of an armed or political group's kind follows
** it ("M23 rebels", "the ALP party"), else the type of the same name in
** aKnown[0..nKnown) (sorted; a first pass's cues); 0 for none. */
static int codeType(const char *z, size_t n, size_t iStart, size_t iEnd,
                    size_t iNext, const Known *aKnown, size_t nKnown) {
  TK_SORTED_WORDS(azGroupAfter) = {
      "alliance", "bloc",     "coalition",  "faction",
      "fighters", "group",    "guerrillas", "militants",
      "militia",  "movement", "party",      "rebels",
      0};
  if (iNext == iEnd && iNext + 1 < n && z[iNext] == ' ') {
    size_t e = lowerWordEnd(z, n, iNext + 1);
    if (TK_IN_SORTED(azGroupAfter, z + iNext + 1, e - iNext - 1))
      return TK_ENT_ORG;
  }
  Known key = {z + iStart, iEnd - iStart, 0};
  const Known *p = nKnown ? bsearch(&key, aKnown, nKnown, sizeof *aKnown,
                                    tk_entities__bytes_compare)
                          : 0;
  return p ? p->eType : 0;
}

/* What a scan claims: the claims a[0..n) (nAlloc allocated) and, when
** paCue is not NULL, the names claimed by their kind, *paCue[0..*pnCue)
** (nCueAlloc allocated). */
typedef struct Claims {
  tk_ner_span *a;
  size_t n, nAlloc;
  Known **paCue;
  size_t *pnCue, nCueAlloc;
} Claims;

/* Claim c, a span of z, in p; with bCue its name is also a cue, kept when
** p keeps cues.  1 when out of memory. */
static int claimName(Claims *p, const char *z, tk_ner_span c, int bCue) {
  if (tk_entities__add_claim(&p->a, &p->n, &p->nAlloc, c)) return 1;
  if (!bCue || !p->paCue) return 0;
  if (tk_reserve(p->paCue, &p->nCueAlloc, *p->pnCue, sizeof **p->paCue))
    return 1;
  (*p->paCue)[(*p->pnCue)++] = (Known){z + c.iStart, c.nLen, c.eType};
  return 0;
}

/* Free the claims and the cues of p, a scan that ran out of memory, NULL
** in *paClaim and *p->paCue; returns TK_ENOMEM. */
static int scanFailed(Claims *p, tk_ner_span **paClaim) {
  tk_free(p->a);
  *paClaim = 0;
  if (p->paCue) {
    tk_free(*p->paCue);
    *p->paCue = 0;
  }
  return TK_ENOMEM;
}

/* 1 when no span of a[0..nSpan) starts before iEnd, k being the first
** span that ends after the run's start (tk_entities__span_after). */
static int noSpanBefore(const tk_ner_span *a, size_t nSpan, size_t k,
                        size_t iEnd) {
  return k >= nSpan || a[k].iStart >= iEnd;
}

/* One pass over z[0..n) for the claims (see above) into *paClaim, given
** the model's spans a[0..nSpan).  With aKnown[0..nKnown) (sorted: the
** names a first pass claimed by their kind), a run of the same bytes in
** a gap elsewhere is claimed too, with their type, even at a sentence's
** start.  With paCue, the names claimed by their kind are also appended
** to *paCue[0..*pnCue).  TK_OK or TK_ENOMEM (the arrays freed and NULL). */
static int scanNames(const char *z, size_t n, const tk_ner_span *a,
                     size_t nSpan, const Known *aKnown, size_t nKnown,
                     Known **paCue, size_t *pnCue, tk_ner_span **paClaim,
                     size_t *pnClaim) {
  Claims cl = {0, 0, 0, paCue, pnCue, 0};
  size_t iLine = 0, iTitleAsked = SIZE_MAX;
  int bTitle = 0; /* the line at iTitleAsked is a Title Case line */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == '\n') iLine = i + 1;
    if (c < 0x80 && (c < 'A' || c > 'Z')) continue; /* most bytes: no capital */
    if (i > 0 && z[i - 1] != ' ' && z[i - 1] != '\n' && z[i - 1] != '"' &&
        z[i - 1] != '(' && z[i - 1] != '\t' && z[i - 1] != '\r')
      continue; /* inside a word: no word starts here */
    if (!tk_entities__capital_letter_at(z, n, i)) continue;
    size_t k = tk_entities__span_after(a, nSpan, i);
    if (k < nSpan && a[k].iStart <= i) { /* in a span: go on after it */
      size_t iSpanEnd = a[k].iStart + a[k].nLen;
      for (size_t j = i; j < iSpanEnd; j++)
        if (z[j] == '\n') iLine = j + 1;
      i = iSpanEnd - 1;
      continue;
    }
    size_t iName = i, iNameEnd = tk_entities__titled_name(z, n, i, &iName);
    if (iNameEnd && noSpanBefore(a, nSpan, k, iNameEnd) &&
        !titleLine(z, n, iLine, i, &iTitleAsked, &bTitle)) {
      /* "President Macron": the surname is a person's, and a cue */
      tk_ner_span c = {iName, iNameEnd - iName, TK_ENT_PERSON, TITLED_SCORE};
      if (claimName(&cl, z, c, 1)) return scanFailed(&cl, paClaim);
      i = iNameEnd - 1;
      continue;
    }
    size_t iNext = i;
    int bName = 0, bCode = 0;
    size_t iEnd = runEnd(z, n, i, &iNext, &bName, &bCode);
    if (iEnd && bCode) { /* "M23": a group's code, claimed by its kind */
      int eType = noSpanBefore(a, nSpan, k, iEnd) &&
                          !titleLine(z, n, iLine, i, &iTitleAsked, &bTitle)
                      ? codeType(z, n, i, iEnd, iNext, aKnown, nKnown)
                      : 0;
      tk_ner_span c = {i, iEnd - i, eType, UNKNOWN_SCORE};
      if (eType && claimName(&cl, z, c, 1)) return scanFailed(&cl, paClaim);
      i = iNext - 1;
      continue;
    }
    if (iEnd && bName && noSpanBefore(a, nSpan, k, iEnd) &&
        surnameWordName(z, n, iLine, i, iEnd) &&
        !titleLine(z, n, iLine, i, &iTitleAsked, &bTitle)) {
      tk_ner_span c = {i, iEnd - i, TK_ENT_PERSON, UNKNOWN_SCORE};
      if (claimName(&cl, z, c, 0)) return scanFailed(&cl, paClaim);
      i = iNext - 1;
      continue;
    }
    if (iEnd && bName && openingWord(z, n, iLine, i, iEnd) &&
        !(nKnown && bsearch(&(Known){z + i, iEnd - i, 0}, aKnown, nKnown,
                            sizeof *aKnown, tk_entities__bytes_compare))) {
      i = wordEnd(z, n, i); /* the run after "The" in "The Komeito party" */
      continue;
    }
    int eAmong = iEnd && !bName ? listTypeAmong(z, n, a, nSpan, k, i, iEnd) : 0;
    if (iEnd && !bName && !nKnown && !eAmong &&
        (iEnd - i < 2 || afterComma(z, i) ||
         !kindCue(z, n, iLine, i, iNext, 1))) {
      i = iNext > i ? iNext - 1 : i; /* ordinary words, no cue: most runs */
      continue;
    }
    if (iEnd && !besideNumber(z, n, iLine, i, iNext) &&
        !particleAfter(z, n, iNext) && noSpanBefore(a, nSpan, k, iEnd)) {
      titleLine(z, n, iLine, i, &iTitleAsked, &bTitle);
      Known key = {z + i, iEnd - i, 0};
      const Known *pKnown = bTitle || !nKnown
                                ? 0
                                : bsearch(&key, aKnown, nKnown, sizeof *aKnown,
                                          tk_entities__bytes_compare);
      int bInside = !bTitle && tk_entities__inside_sentence(z, iLine, i);
      int eType = !bInside ? 0
                  : bName  ? listType(z, a, nSpan, k, i, iEnd)
                           : eAmong;
      int bCue =
          !eType && bInside && (bName || (iEnd - i > 1 && !afterComma(z, i))) &&
          (webName(z + i, iEnd - i) || kindCue(z, n, iLine, i, iNext, !bName));
      if (bCue) eType = unknownType(z + i, iEnd - i);
      if (!eType && pKnown) eType = pKnown->eType;
      tk_ner_span c = {i, iEnd - i, eType, UNKNOWN_SCORE};
      if (eType && claimName(&cl, z, c, bCue)) return scanFailed(&cl, paClaim);
    }
    i = iNext > i ? iNext - 1 : i;
  }
  *paClaim = cl.a;
  *pnClaim = cl.n;
  return TK_OK;
}

/* The unknown names of z[0..n) in no span of a[0..nSpan) (see above): a
** tk_malloc'd array *paClaim of *pnClaim spans, sorted and apart (NULL
** when there are none).  TK_OK or TK_ENOMEM. */
int tk_entities__unknown_names(const char *z, size_t n, const tk_ner_span *a,
                               size_t nSpan, tk_ner_span **paClaim,
                               size_t *pnClaim) {
  Known *aCue = 0;
  size_t nCue = 0;
  int rc = scanNames(z, n, a, nSpan, 0, 0, &aCue, &nCue, paClaim, pnClaim);
  if (rc != TK_OK || nCue == 0) {
    tk_free(aCue);
    return rc;
  }
  qsort(aCue, nCue, sizeof *aCue, tk_entities__bytes_compare);
  tk_free(*paClaim);
  rc = scanNames(z, n, a, nSpan, aCue, nCue, 0, 0, paClaim, pnClaim);
  tk_free(aCue);
  return rc;
}

/* 1 when a noun of an organization's kind stands before the span *p of
** z[0..n) or an appositive names one after it, or two words of azKindOf
** stand before it (see tk_entities__retype_by_kind), and the typed
** gazetteers do not list it as a country, a region or a city. */
static int orgByKind(const char *z, size_t n, const tk_ner_span *p) {
  size_t i = p->iStart, w = wordBefore(z, 0, i);
  int bKind = appositiveKind(z, n, i + p->nLen, p->eType == TK_ENT_PERSON);
  bKind |= p->eType != TK_ENT_PERSON && w < i &&
           TK_IN_SORTED_FIRST_FOLDED(azKindBefore, z + w, i - 1 - w);
  size_t w2 = w < i ? wordBefore(z, 0, w) : w;
  bKind |= w2 < w && TK_IN_SORTED_FIRST_FOLDED(azKindOf, z + w2, i - 1 - w2);
  return bKind &&
         !(tk_ner_gazetteer_classes(z + i, p->nLen) & TK_ENT_GAZ_SETTLED);
}

/* Retype ORG each span of a[0..nSpan), spans of z[0..n), that a noun of
** an organization's kind stands before ("the data firm Informatica" LOC)
** or an appositive names after (appositiveKind: "MGX, the Emirati fund"),
** or that two words of azKindOf stand before ("chief executive of
** Kering" LOC), unless the typed gazetteers list it as a country, a
** region or a city ("a stake in Hungary"); a PERSON only after two such
** words ("newspaper publisher Rupert Murdoch" stays) or before an
** appositive that the kind's noun ends ("Gavi, the vaccine alliance,";
** not "Smith, a company director").  Then every other span of the same
** bytes is an ORG too ("bid for Ruch" makes the document's PERSONs
** "Ruch" ORGs), but a person or a place WordNet lists, a nationality or a
** language (UNSPREAD_NAME).  TK_OK or TK_ENOMEM (the spans partly
** retyped). */
int tk_entities__retype_by_kind(const char *z, size_t n, tk_ner_span *a,
                                size_t nSpan) {
  Known *aOrg = 0;
  size_t nOrg = 0, nAlloc = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    if (!orgByKind(z, n, p)) continue;
    p->eType = TK_ENT_ORG;
    if (tk_reserve(&aOrg, &nAlloc, nOrg, sizeof *aOrg)) {
      tk_free(aOrg);
      return TK_ENOMEM;
    }
    aOrg[nOrg++] = (Known){z + p->iStart, p->nLen, TK_ENT_ORG};
  }
  if (nOrg) qsort(aOrg, nOrg, sizeof *aOrg, tk_entities__bytes_compare);
  for (size_t k = 0; nOrg && k < nSpan; k++) {
    Known key = {z + a[k].iStart, a[k].nLen, 0};
    if (a[k].eType != TK_ENT_ORG &&
        bsearch(&key, aOrg, nOrg, sizeof *aOrg, tk_entities__bytes_compare) &&
        !(tk_ner_gazetteer_classes(key.z, key.n) & UNSPREAD_NAME))
      a[k].eType = TK_ENT_ORG;
  }
  tk_free(aOrg);
  return TK_OK;
}
