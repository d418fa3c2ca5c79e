/*
** model_spans.c -- the tagger's spans as entities() shows them: fixes of
** what the model is known to misread, made on its output so that the
** tagger's own spans (tk_ner_tag, which `make model`'s self-training reads)
** stay as they are (docs/entities.md, "Overlaps"):
**
**   "Gulf" + " of " + "Finland"  one LOC "Gulf of Finland"
**   "Lucius Cornelius" + "Sulla" one PERSON "Lucius Cornelius Sulla"
**   ORG "London Stadium"         LOC "London Stadium" (a place's head)
**   LOC "Sharm" + " el-Sheikh"   LOC "Sharm el-Sheikh"
**   'Chairman Mao"'              PERSON 'Mao' (loose punctuation trimmed)
**   ORG "DNA"                    no entity (a common-noun abbreviation)
**   LOC "Amazon" (no "the")      ORG "Amazon" (company_places.c)
**   LOC "Christianity"           MISC "Christianity" (creed_names.c)
**   PERSON "Αισθητική"            no entity (no Latin letter: a gloss)
**   PERSON "phathisi"            no entity (no capital, in a line with them)
**   LOC "OR" in "EXPRESS OR IMPLIED"
**                                no entity (a function word in capitals)
**   ORG "License" in "the terms of the License"
**                                no entity (a licence's defined term)
**   LOC "OR" of "LEN_OR_ZERO", ORG "src" of "lib/src/a.cpp"
**                                no entity (a part of an identifier or a path)
**   PERSON "Year-Long" in a Title Case line
**                                no entity (a compound of ordinary words)
**   "Mercado Libre To"           "Mercado Libre" (a function word trimmed)
**   ORG "Borussia Dortmund 2-0"  ORG "Borussia Dortmund" (a score trimmed)
**   "Robert F. Kennedy" + " Jr." PERSON "Robert F. Kennedy Jr."
**   "ACCRA, Dec. 8 (AFP) - "     LOC "ACCRA", ORG "AFP" (dateline_names.c)
**   LOC "Dallas" + " Mavericks"  ORG "Dallas Mavericks" (team_names.c)
**   MISC "Denver Nuggets" ... "the Nuggets"  ORG, ORG (team_names.c)
**   ORG "Brit Awards"            MISC "Brit Awards" (an event's head)
**   PERSON "Warner Bros"         ORG "Warner Bros" (a company's suffix)
**   LOC "Delta Air Lines"        ORG "Delta Air Lines" (an organization's
**                                head)
**   PERSON "Azerbaijani" + " art"
**                                MISC "Azerbaijani" (demonyms.c)
**   ORG "Dnipro" after "in "     LOC "Dnipro" (located_places.c)
**   "Serum Institute of " + LOC "India"
**                                ORG "Serum Institute of India"
**                                (org_of_place.c)
**   "Africa's" left out          LOC "Africa" (continent_names.c)
**   "my klarna app" left out     ORG "klarna" (lower_line_names.c)
**   LOC "Rio Grande" + " do Sul" LOC "Rio Grande do Sul"
**                                (particle_names.c)
**   '"Not Like Us"'              MISC "Not Like Us" (quoted_titles.c)
**   PERSON "Katrina" after "Hurricane "
**                                MISC "Katrina" (storm_names.c)
**   MISC "Republican" + ORG "People" + "'s Party"
**                                ORG "Republican People's Party"
**                                (peoples_names.c)
**   "Ishiba Quits After ..." left out
**                                PERSON "Ishiba" (headline_subjects.c)
**   ORG "Kane Scores" in a Title Case headline, "Harry Kane" below it:
**                                PERSON "Kane" (headline_names.c)
**   PERSON "Justice Alexandre de Moraes"
**                                PERSON "Alexandre de Moraes" (a title
**                                dropped)
**   LOC "Ayr" v LOC "Berwick"    ORG "Ayr", ORG "Berwick" (fixtures.c)
**   LOC "Los Angeles" + " FC"    ORG "Los Angeles FC" (team_names.c)
**   "North" + LOC "Darfur"       LOC "North Darfur" (place_parts.c)
**   PERSON "Leqembi" after "their drug "
**                                MISC "Leqembi" (product_names.c)
**   "Party for Freedom" left out ORG "Party for Freedom" (org_of_place.c)
**   LOC "Alabama (Alibamu"       LOC "Alabama", LOC "Alibamu"
**                                (span_cuts.c)
**   PERSON 'Hector "Macho' + ORG "Camacho"
**                                PERSON 'Hector "Macho" Camacho'
**                                (nickname_names.c)
**   ORG "Kassym-Jomart Tokayev"  PERSON "Kassym-Jomart Tokayev"
**                                (surname_endings.c)
**   "* tls: add DHE (" + LOC "Rich Trott" + ")"
**                                PERSON "Rich Trott" (item_authors.c)
**
**   rc = tk_entities__fix_model_spans(z, n, &aSpan, &nSpan);
*/
#include "entities_internal.h"

#include <ctype.h>
#include <string.h>

/* The longer spans holding a forced claim whose other words are looked up
** in the text (ordinaryWordsAround), at most, in one merge: each looks
** the whole text through. */
#define MAX_RUN_ON_ASKED 8

/* The ordinary words in capitals in a row that make a shouted run: a
** licence's disclaimer, not a headline (dropShoutedWords). */
#define SHOUT_RUN 12

/* The longest component before the ": " of a change log's item, in bytes
** ("* debian/tests/control: Add ..."; itemVerb). */
#define CHANGE_TOPIC 48
#define CHANGE_TOPICS 4 /* components before it, at most */

/* The places and agencies of the datelines of z[0..n) (dateline_names.c),
** a ClaimFinder (below): the model reads the agency of "PARIS, Oct. 19
** (AFP) -" as nothing and the place "SHARM EL-SHEIKH" as nothing; the
** dateline says what they are. */
static int findDatelineNames(const char *z, size_t n, const tk_ner_span *a,
                             size_t nSpan, tk_ner_span **paClaim,
                             size_t *pnClaim) {
  (void)a, (void)nSpan;
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0, nAlloc = 0;
  for (size_t i = 0; i < n;) {
    tk_ner_span place, agency;
    if (tk_entities__dateline_at(z, n, i, &place, &agency)) {
      if (tk_entities__add_claim(&aClaim, &nClaim, &nAlloc, place) ||
          tk_entities__add_claim(&aClaim, &nClaim, &nAlloc, agency)) {
        tk_free(aClaim);
        return TK_ENOMEM;
      }
    }
    const char *zEol = memchr(z + i, '\n', n - i);
    i = zEol ? (size_t)(zEol - z) + 1 : n;
  }
  *paClaim = aClaim;
  *pnClaim = nClaim;
  return TK_OK;
}

/* 1 when z[iStart..iStart+nLen) is one word: no space inside. */
static int oneWord(const char *z, size_t iStart, size_t nLen) {
  return memchr(z + iStart, ' ', nLen) == 0;
}

/* 1 when the spans p and q of z, q right after p, are one name the model
** split: a LOC of one word that " of " joins to the LOC after it ("Gulf
** of Finland", "Cape of Good Hope"; in CoNLL-2003 train and dev such pairs
** are one LOC 11 times of 12, the other "Pudong New Area" of "Shanghai",
** a first part of three words), or two PERSONs one space apart ("Lucius
** Cornelius" + "Sulla", "Massoud" + "Barzani"; CoNLL-2003 train and dev
** never put two persons' names side by side), or a PERSON and the
** surname the model typed apart (tk_entities__surname_after: "Mario
** Vargas" + LOC "Llosa"), but in a Title Case headline, which ends at
** iHeadEnd, whose capitalized verbs split names ("Takaichi" + "Becomes
** Japan"). */
static int splitName(const char *z, size_t n, size_t iHeadEnd,
                     const tk_ner_span *p, const tk_ner_span *q) {
  size_t iGap = p->iStart + p->nLen;
  if (p->eType == TK_ENT_PERSON && q->eType == TK_ENT_PERSON)
    return q->iStart == iGap + 1 && z[iGap] == ' ' && p->iStart >= iHeadEnd;
  if (p->eType == TK_ENT_PERSON)
    return p->iStart >= iHeadEnd && tk_entities__surname_after(z, n, p, q);
  return p->eType == TK_ENT_LOC && q->eType == TK_ENT_LOC &&
         q->iStart == iGap + 4 && memcmp(z + iGap, " of ", 4) == 0 &&
         oneWord(z, p->iStart, p->nLen);
}

/* Join in place the names of a[0..nSpan), spans of z[0..n), that are
** split (splitName); a joined span scores the lower of its parts' scores.
** Returns the new count of a[0..nSpan). */
static size_t joinNameParts(const char *z, size_t n, tk_ner_span *a,
                            size_t nSpan) {
  size_t iHead, iHeadEnd;
  if (!tk_entities__headline(z, n, &iHead, &iHeadEnd)) iHeadEnd = 0;
  size_t nOut = 0;
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *pPrev = nOut ? &a[nOut - 1] : 0;
    if (pPrev && splitName(z, n, iHeadEnd, pPrev, &a[k])) {
      pPrev->nLen = a[k].iStart + a[k].nLen - pPrev->iStart;
      if (a[k].rScore < pPrev->rScore) pPrev->rScore = a[k].rScore;
      continue;
    }
    a[nOut++] = a[k];
  }
  return nOut;
}

/* Join in place the names of a[0..nSpan) the model split: their parts
** (joinNameParts), then teams' names.  Returns the new count. */
static size_t joinSplitNames(const char *z, size_t n, tk_ner_span *a,
                             size_t nSpan) {
  nSpan = joinNameParts(z, n, a, nSpan);
  return tk_entities__join_team_names(z, n, a, nSpan);
}

/* 1 when the last word of z[iStart..iStart+nLen), of two words or more,
** is a company's legal suffix, as written ("Inc", "Corp.", "Ltd", "AG",
** "Bros": in CoNLL-2003 train and dev, names ending with one are ORG 283
** times of 283; the model reads "Warner Bros" as a PERSON). */
static int companySuffix(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(azSuffix) = {
      "AB",      "AG",          "Bros", "Bros.", "Co",   "Co.",          "Corp",
      "Corp.",   "Corporation", "GmbH", "Inc",   "Inc.", "Incorporated", "LLC",
      "Limited", "Ltd",         "Ltd.", "N.V.",  "NV",   "PLC",          "Plc",
      "S.A.",    "SA",          "SpA",  "plc",   0};
  size_t i = iStart + nLen;
  while (i > iStart && z[i - 1] != ' ')
    i--;
  return i > iStart && TK_IN_SORTED(azSuffix, z + i, iStart + nLen - i);
}

/* 1 when the span p of z, of two words or more, opens with a word that
** names an organization's kind in the languages of Europe and Latin
** America ("Grupo Carso", "Banco Santander", "Parti Québécois",
** "Universidad de Chile", "Institut Pasteur"): the model, which knows few
** such names, types them LOC by their places. */
static int orgOpener(const char *z, const tk_ner_span *p) {
  TK_SORTED_WORDS(azOpener) = {
      "Asociación", "Associação",  "Banca",       "Banco",
      "Banque",     "Compagnie",   "Companhia",   "Compañía",
      "Federación", "Fondation",   "Frente",      "Fundación",
      "Fundação",   "Groupe",      "Grupo",       "Gruppo",
      "Institut",   "Instituto",   "Istituto",    "Movimiento",
      "Parti",      "Partido",     "Partito",     "Sociedad",
      "Société",    "Stiftung",    "Universidad", "Universidade",
      "Università", "Universität", "Université",  0};
  const char *zSpace = memchr(z + p->iStart, ' ', p->nLen);
  return zSpace && TK_IN_SORTED(azOpener, z + p->iStart,
                                (size_t)(zSpace - z) - p->iStart);
}

/* 1 when span p of z is a place named by a feature of the land or the
** water and "of": "Gulf of Finland", "Cape of Good Hope", "Strait of
** Hormuz" (the model retrained in session 40 typed "Gulf of Finland" and
** "Gulf of Mexico" MISC). */
static int placeOfName(const char *z, const tk_ner_span *p) {
  TK_SORTED_WORDS(azFeature) = {"Bay",   "Cape", "Gulf",   "Isle",    "Lake",
                                "Mount", "Sea",  "Strait", "Straits", 0};
  const char *w = z + p->iStart;
  const char *zOf = memmem(w, p->nLen, " of ", 4);
  return zOf && TK_IN_SORTED(azFeature, w, (size_t)(zOf - w)) &&
         (size_t)(zOf - w) + 4 < p->nLen;
}

/* Retype each span of a[0..nSpan) of two words or more by its last word:
** ORG when it is a company's legal suffix (companySuffix) or, but for a
** place's or an event's head, its first word an organization's kind
** (orgOpener: "Grupo Carso"); LOC when it is a feature of the land or
** the water "of" a name (placeOfName: "Gulf of Finland"), but an event's
** or an organization's name; else, when it
** has no " of " or " for " inside (whose head may belong to a name inside
** it: "Association for Relations Across the Taiwan Straits"), ORG when it
** is an organization's head, LOC when it is a place's (the model, which
** never saw a stadium or an arena in CoNLL-2003, types "London Stadium"
** ORG) and MISC when it is an event's (heads.c). */
static void retypePlaces(const char *z, tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    const char *w = z + a[k].iStart;
    if (!memchr(w, ' ', a[k].nLen)) continue; /* one word: no head */
    if (companySuffix(z, a[k].iStart, a[k].nLen) ||
        (orgOpener(z, &a[k]) &&
         !tk_entities__event_head(z, a[k].iStart, a[k].nLen) &&
         !tk_entities__place_head(z, a[k].iStart, a[k].nLen))) {
      a[k].eType = TK_ENT_ORG;
      continue;
    }
    if (placeOfName(z, &a[k]) &&
        !tk_entities__event_head(z, a[k].iStart, a[k].nLen) &&
        !tk_entities__org_head(z, a[k].iStart, a[k].nLen)) {
      a[k].eType = TK_ENT_LOC; /* "Gulf of Finland" */
      continue;
    }
    if (memmem(w, a[k].nLen, " of ", 4) || memmem(w, a[k].nLen, " for ", 5))
      continue;
    if (tk_entities__org_head(z, a[k].iStart, a[k].nLen))
      a[k].eType = TK_ENT_ORG;
    else if (tk_entities__place_head(z, a[k].iStart, a[k].nLen))
      a[k].eType = TK_ENT_LOC;
    else if (tk_entities__event_head(z, a[k].iStart, a[k].nLen))
      a[k].eType = TK_ENT_MISC;
  }
}

/* When z[0..n) ends with punctuation that no name ends with, the opener
** it would close ("(" for ")", U+2018 for U+2019), or "" for one that
** closes nothing (":", "/", a dash); *pnChar gets its length in bytes.
** 0 when z ends otherwise.  Typographic quotes pair as ASCII ones do. */
static const char *closerAt(const char *z, size_t n, size_t *pnChar) {
  static const struct {
    const char *zClose, *zOpen;
  } aPair[] = {{")", "("},
               {"]", "["},
               {"\"", "\""},
               {"'", "'"},
               {"(", ""},
               {"[", ""},
               {":", ""},
               {"/", ""},
               {"=", ""},
               {"\\", ""},
               {"\xe2\x80\x99", "\xe2\x80\x98"},
               {"\xe2\x80\x9d", "\xe2\x80\x9c"},
               {"\xc2\xbb", "\xc2\xab"},
               {"\xe2\x80\x93", ""},
               {"\xe2\x80\x94", ""}};
  unsigned char cLast = n ? (unsigned char)z[n - 1] : 0;
  if ((unsigned)((cLast | 0x20) - 'a') < 26 || (unsigned)(cLast - '0') < 10)
    return 0; /* most names end with a letter or a digit: no closer does */
  for (size_t k = 0; k < sizeof(aPair) / sizeof(aPair[0]); k++) {
    size_t m = strlen(aPair[k].zClose);
    if (n > m && memcmp(z + n - m, aPair[k].zClose, m) == 0) {
      *pnChar = m;
      return aPair[k].zOpen;
    }
  }
  return 0;
}

/* The length of the span z[iStart..iStart+nLen) without the punctuation
** that ends it and closes nothing opened inside it: a quote or bracket
** the tagger ran on to ('Chairman Mao"', 'MAO (', "Achilles’", wiki
** markup ending in '=' or '/', a dash, the '\\' of a quote escaped in a
** JSON string: 'Sid\"'), and the spaces before it; '"The
** Sun"' and 'Sporting (Lisbon)' keep theirs. */
static size_t trimLoosePunct(const char *z, size_t iStart, size_t nLen) {
  size_t nChar;
  const char *zOpen;
  while ((zOpen = closerAt(z + iStart, nLen, &nChar)) != 0) {
    if (*zOpen && memmem(z + iStart, nLen - nChar, zOpen, strlen(zOpen))) break;
    nLen -= nChar;
    while (nLen > 1 && z[iStart + nLen - 1] == ' ')
      nLen--;
  }
  return nLen;
}

/* 1 when z[0..n) is a word of chat in any case ("lmao", "SMH", "Omg"):
** an interjection or an abbreviation of a phrase, never a name. */
static int chatWord(const char *z, size_t n) {
  TK_SORTED_WORDS(azChat) = {"afaik", "btw",  "fomo", "fyi",  "idk",  "iirc",
                             "ikr",   "imho", "imo",  "irl",  "lmao", "lmfao",
                             "lol",   "ngl",  "omg",  "rofl", "smh",  "tbh",
                             "tldr",  "wtf",  "yolo", 0};
  return TK_IN_SORTED_NOCASE(azChat, z, n);
}

/* 1 when z[0..n) is the plural of an abbreviation in capitals ("CEOs",
** "NGOs", "URIs", "SUVs"): a common noun, as names in capitals take no
** plural, unless the typed gazetteers list the word. */
static int pluralAbbreviation(const char *z, size_t n) {
  if (n < 3 || z[n - 1] != 's') return 0;
  for (size_t i = 0; i + 1 < n; i++)
    if (z[i] < 'A' || z[i] > 'Z') return 0;
  return tk_ner_gazetteer_classes(z, n) == 0;
}

/* The spans of a[0..nSpan) left when those that are a whole common-noun
** abbreviation or its plural (pluralAbbreviation) are dropped: "DNA",
** "GDP", "AI" ("a consumer AI unit"), which the model, typing unknown
** capitals ORG, took for names; a
** Wikipedia report listed "DNA" fourth among organizations (4,561
** mentions).  None is a whole entity of CoNLL-2003 train and dev (GDP 11
** times, CEO 3, all O) or of the present-day sets; "ATP" (the tennis
** body, ORG there) and "MRI" (MISC once) are not listed.  Names that hold
** one stay ("Scale AI").  So are the words of chat ("lmao", "smh":
** chatWord), which the model typed PERSON or ORG in social posts.  The
** formats and protocols of software ("YAML", "JSON", "HTTP") and "PR" (a
** pull request or public relations; Puerto Rico is written out) came from
** a newcomer's corpus of package documents: "PR" a place 35,128 times;
** "NaN" (not a number) from Rust's standard library documentation, where
** it was an ORG 346 times. */
static size_t dropCommonAbbreviations(const char *z, tk_ner_span *a,
                                      size_t nSpan) {
  TK_SORTED_WORDS(azAbbreviation) = {
      "ADHD",  "AI",   "API", "ASCII", "CEO",  "CFO",  "CLI", "CO2",  "COO",
      "CPU",   "CSS",  "CSV", "CTO",   "DDT",  "DNA",  "DVD", "ETF",  "EV",
      "FAQ",   "GDP",  "GMO", "GNP",   "GPS",  "GPU",  "GUI", "HTML", "HTTP",
      "HTTPS", "IPO",  "IQ",  "IVF",   "JSON", "LCD",  "LED", "LNG",  "LPG",
      "LSD",   "MBA",  "NaN", "PDF",   "PR",   "PTSD", "PVC", "PhD",  "RAM",
      "RNA",   "SMS",  "SQL", "SSH",   "SSL",  "SUV",  "TCP", "TLS",  "TNT",
      "UDP",   "UFO",  "URI", "URL",   "USB",  "VAT",  "VM",  "VR",   "XML",
      "YAML",  "mRNA", 0};
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++)
    if (!TK_IN_SORTED(azAbbreviation, z + a[k].iStart, a[k].nLen) &&
        !pluralAbbreviation(z + a[k].iStart, a[k].nLen) &&
        !chatWord(z + a[k].iStart, a[k].nLen))
      a[nKept++] = a[k];
  return nKept;
}

/* 1 when z[0..n) holds a letter of the Latin script: ASCII, U+00C0 to
** U+024F (lead bytes 0xC3 to 0xC9, with "×" and IPA among them) or
** Latin Extended Additional (U+1E00 to U+1EFF: "ạ", "ṣ"). */
static int hasLatinLetter(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return 1;
    if (c >= 0xc3 && c <= 0xc9) return 1;
    if (c == 0xe1 && i + 1 < n && (unsigned char)z[i + 1] >= 0xb8 &&
        (unsigned char)z[i + 1] <= 0xbb)
      return 1;
  }
  return 0;
}

/* The spans of a[0..nSpan) left when those without a Latin letter are
** dropped: the model learnt English news, and in English text a name in
** another script is a gloss beside its English form ("Chechen Republic
** (Russian: Чече́нская ...)", "Greek: Ναός") or a symbol ("Ω", "ℝ"),
** which it typed at random: 3 of 22 such spans right on 3,000 Wikipedia
** paragraphs. */
static size_t dropOtherScripts(const char *z, tk_ner_span *a, size_t nSpan) {
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++)
    if (hasLatinLetter(z + a[k].iStart, a[k].nLen)) a[nKept++] = a[k];
  return nKept;
}

/* The spans of a[0..nSpan) left when the compounds of Title Case lines
** are dropped ("Year-Long" in "Nippon Steel Seals U.S. Steel Deal After
** Year-Long Fight": tk_entities__headline_compound). */
static size_t dropHeadlineCompounds(const char *z, size_t n, tk_ner_span *a,
                                    size_t nSpan) {
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++)
    if (!tk_entities__headline_compound(z, a[k].iStart, a[k].nLen) ||
        !tk_entities__in_title_line(z, n, a[k].iStart))
      a[nKept++] = a[k];
  return nKept;
}

/* 1 when z[iStart..iEnd) holds a capital letter (of any script). */
static int hasCapital(const char *z, size_t iStart, size_t iEnd) {
  for (size_t i = iStart; i < iEnd; i++)
    if (((unsigned char)z[i] & 0xc0) != 0x80 &&
        tk_entities__capital_letter_at(z, iEnd, i))
      return 1;
  return 0;
}

/* The spans of a[0..nSpan) left when those without a capital letter are
** dropped from lines that have capitals: where a text is written with
** capitals, the model's lower-case spans are words it misread ("sun ...",
** "phathisi", "scorpion", "d" in "section 3.d", "ℓ p"): 23 such spans on
** 3,000 Wikipedia paragraphs, none a name, and 14 of CoNLL-2003 train and
** dev's 29,000 names have no capital.  A line without capitals (a chat
** message: "i love new york") keeps them: there they are names; but not
** a line that goes on a hard-wrapped line with capitals before it
** (tk_entities__wrapped_line_start: "the season of light" in a book), nor
** any line of a text written mostly with capitals
** (tk_entities__mostly_lower_case: "the more llvm aware" in a change
** log). */
static size_t dropLowerCase(const char *z, size_t n, tk_ner_span *a,
                            size_t nSpan) {
  size_t nKept = 0, iLine = 0, iLineEnd = 0; /* the last line looked at */
  int bLineCapital = 0, bMostlyLower = -1;   /* -1: not asked yet */
  for (size_t k = 0; k < nSpan; k++) {
    size_t iStart = a[k].iStart, iEnd = iStart + a[k].nLen;
    if (!hasCapital(z, iStart, iEnd)) {
      if (bMostlyLower < 0) bMostlyLower = tk_entities__mostly_lower_case(z, n);
      if (!bMostlyLower) continue;
      if (iStart >= iLineEnd) { /* a new line: each is read once */
        iLine = iStart;
        while (iLine > iLineEnd && z[iLine - 1] != '\n')
          iLine--;
        for (iLineEnd = iEnd; iLineEnd < n && z[iLineEnd] != '\n';)
          iLineEnd++;
        bLineCapital =
            hasCapital(z, tk_entities__wrapped_line_start(z, iLine), iLineEnd);
      }
      if (bLineCapital) continue;
    }
    a[nKept++] = a[k];
  }
  return nKept;
}

/* 1 when the span z[iStart..iEnd) of z[0..n) is a part of an identifier
** or of a path: glued to "_" ("OR" of "LEN_OR_ZERO"), or, in lower case,
** to "/", "\" or a "." between letters or digits ("src" of "a/src/x.cpp",
** "cpp" of "number.cpp").  "Reuters/Ipsos" and "Amazon.com" keep their
** names. */
static int identifierPart(const char *z, size_t n, size_t iStart, size_t iEnd) {
  char cBefore = iStart > 0 ? z[iStart - 1] : ' ';
  char cAfter = iEnd < n ? z[iEnd] : ' ';
  if (cBefore == '_' || cAfter == '_') return 1;
  if (hasCapital(z, iStart, iEnd)) return 0;
  return cBefore == '/' || cBefore == '\\' || cAfter == '/' || cAfter == '\\' ||
         (cBefore == '.' && iStart > 1 &&
          isalnum((unsigned char)z[iStart - 2])) ||
         (cAfter == '.' && iEnd + 1 < n && isalnum((unsigned char)z[iEnd + 1]));
}

/* A test of one span p of z[0..n): 1 when p is to be dropped. */
typedef int (*SpanTest)(const char *z, size_t n, const tk_ner_span *p);

/* The spans of a[0..nSpan) left, in order, when those xDrop accepts are
** dropped. */
static size_t dropSpans(const char *z, size_t n, tk_ner_span *a, size_t nSpan,
                        SpanTest xDrop) {
  size_t nKept = 0;
  for (size_t k = 0; k < nSpan; k++)
    if (!xDrop(z, n, &a[k])) a[nKept++] = a[k];
  return nKept;
}

/* 1 when z[iStart..iEnd) is an identifier's string: four parts or more
** joined by "-" and no space, one of them holding both a digit and a
** letter ("EXAMPLE8-90ab-cdef-fedc-EXAMPLE11111", a LOC 7 times over the
** AWS command line's examples; "Jean-Pierre" and "F-16" have fewer parts
** or no such part). */
static int idString(const char *z, size_t iStart, size_t iEnd) {
  if (!memchr(z + iStart, '-', iEnd - iStart)) return 0; /* most spans */
  int nPart = 1, bMixed = 0, bDigit = 0, bLetter = 0;
  for (size_t i = iStart; i < iEnd; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == ' ' || c == '\n') return 0;
    if (c == '-') {
      nPart++;
      bDigit = bLetter = 0;
      continue;
    }
    bDigit |= c >= '0' && c <= '9';
    bLetter |= tk_ascii_letter((char)c);
    bMixed |= bDigit && bLetter;
  }
  return nPart >= 4 && bMixed;
}

/* 1 when span p is a part of an identifier or a path (identifierPart),
** or an identifier's string (idString): file lists, code and change logs
** hold them, and the model, which learnt news, took them for names: "OR"
** a place 18,592 times and "src" an organization 11,838 times in a
** newcomer's corpus of 2,345 package documents. */
static int identifierSpan(const char *z, size_t n, const tk_ner_span *p) {
  return identifierPart(z, n, p->iStart, p->iStart + p->nLen) ||
         idString(z, p->iStart, p->iStart + p->nLen);
}

/* 1 when span p of z[0..n) is the stem of a negative contraction: "n't"
** (or "n’t") follows it, space or none between ("Can't" and "Ca n't"
** read as "Ca" and "n't", and "Ca" as California: a LOC 26 times in a
** newcomer's 2,087 pages of Rust manuals). */
static int contractionStem(const char *z, size_t n, const tk_ner_span *p) {
  size_t i = p->iStart + p->nLen;
  if (i < n && z[i] == ' ') i++;
  return (i + 3 <= n && memcmp(z + i, "n't", 3) == 0) ||
         (i + 5 <= n && memcmp(z + i, "n\xe2\x80\x99t", 5) == 0);
}

/* 1 for a byte between two words of a run of capitals: a space, a line
** break, a comma, a semicolon, a slash, a quote or a bracket ("COPYRIGHT
** AND/OR", '"CCPL" OR "LICENSE"', "PROFITS; OR BUSINESS"). */
static int capitalsGap(char c) {
  return c == ' ' || c == '\n' || c == ',' || c == ';' || c == '/' ||
         c == '"' || c == '(' || c == ')';
}

/* 1 for a word in capitals of two letters or more that ends at z[i]
** (bBefore) or starts at z[i], across capitalsGap's bytes. */
static int capitalsWordAt(const char *z, size_t n, size_t i, int bBefore) {
  size_t nLetter = 0;
  if (bBefore) {
    while (i > 0 && capitalsGap(z[i - 1]))
      i--;
    for (; i > 0 && z[i - 1] >= 'A' && z[i - 1] <= 'Z'; i--)
      nLetter++;
    return nLetter >= 2 && !(i > 0 && z[i - 1] >= 'a' && z[i - 1] <= 'z');
  }
  while (i < n && capitalsGap(z[i]))
    i++;
  for (; i < n && z[i] >= 'A' && z[i] <= 'Z'; i++)
    nLetter++;
  return nLetter >= 2 && !(i < n && z[i] >= 'a' && z[i] <= 'z');
}

/* 1 when span p is a function word in capitals between two words in
** capitals: a licence's "THE AUTHORS OR COPYRIGHT HOLDERS", "EXPRESS OR
** IMPLIED", a headline's "FLOODS IN IOWA".  The model took "OR", "IN" or
** "ME" for a US state's abbreviation; "US" itself is no function word
** here. */
static int capitalsFunctionWord(const char *z, size_t n, const tk_ner_span *p) {
  TK_SORTED_WORDS(azWord) = {
      "A",   "AN",   "AND", "ANY", "ARE", "AS", "AT", "BE",   "BUT", "BY",
      "FOR", "FROM", "HE",  "IF",  "IN",  "IS", "IT", "ME",   "NO",  "NOT",
      "OF",  "ON",   "OR",  "SO",  "THE", "TO", "WE", "WITH", 0};
  size_t i = p->iStart, e = i + p->nLen;
  return TK_IN_SORTED(azWord, z + i, p->nLen) && capitalsWordAt(z, n, i, 1) &&
         capitalsWordAt(z, n, e, 0);
}

/* 1 when span p is a licence's defined term: "the License", "the Software",
** "Redistributions of source code", "the Licensor", "License: Expat",
** "Covered Software", "Source Code", the MPL's "Initial Developer",
** "Original Code" and "Licensable", CC0's "Affirmer", the AFL's
** "Original Work", "You", a "Section" or "Version" alone, a copyright
** file's "Files:", the warranty's "MERCHANTABILITY", "FITNESS" and
** "NONINFRINGEMENT".  A
** licence capitalizes them as names; the model read them as
** organizations and persons in every package's copyright file (a
** newcomer's corpus of package documents: "License" an ORG 2,397 times).
** None is an entity of its own in CoNLL-2003 train and dev or in 2,762
** CoNLL and Wikipedia texts. */
static int licenceTerm(const char *z, size_t n, const tk_ner_span *p) {
  (void)n;
  TK_SORTED_WORDS(azTerm) = {"affirmer",
                             "contributor",
                             "contributor version",
                             "contributors",
                             "covered code",
                             "covered software",
                             "data files",
                             "derivative works",
                             "executable form",
                             "expat",
                             "files",
                             "fitness",
                             "font software",
                             "initial developer",
                             "larger work",
                             "licence",
                             "licences",
                             "licensable",
                             "license",
                             "licensee",
                             "licensees",
                             "licenses",
                             "licensor",
                             "licensors",
                             "merchantability",
                             "modified version",
                             "non-infringement",
                             "noninfringement",
                             "object form",
                             "original",
                             "original code",
                             "original software",
                             "original version",
                             "original work",
                             "redistribution",
                             "redistributions",
                             "section",
                             "software",
                             "source code",
                             "source form",
                             "version",
                             "you",
                             "your",
                             0};
  char zWord[32]; /* the span, its white space runs one space each */
  size_t m = 0;
  for (size_t i = p->iStart; i < p->iStart + p->nLen; i++) {
    int bSpace = z[i] == ' ' || z[i] == '\n' || z[i] == '\t' || z[i] == '\r';
    if (bSpace && m > 0 && zWord[m - 1] == ' ')
      continue;                      /* "Original\n Work" */
    if (m == sizeof zWord) return 0; /* no term is longer */
    zWord[m++] = bSpace ? ' ' : z[i];
  }
  return TK_IN_SORTED_NOCASE(azTerm, zWord, m);
}

/* 1 when z[i..e) is a word in capitals, of letters only, that the typed
** gazetteers list as an ordinary lower-case word ("EXPRESS", "THE"). */
static int shoutedWord(const char *z, size_t i, size_t e) {
  if (e == i) return 0;
  for (size_t k = i; k < e; k++)
    if (z[k] < 'A' || z[k] > 'Z') return 0;
  return (tk_ner_gazetteer_classes(z + i, e - i) & TK_NER_GAZ_WORD) != 0;
}

/* 1 when z[i] (i < n) parts two words of a shouted run: white space or
** punctuation ("KIND, EXPRESS OR IMPLIED.  IN NO EVENT"); a full stop
** only before white space or the end ("U.S. OPEN" is no run). */
static int shoutGap(const char *z, size_t n, size_t i) {
  char c = z[i];
  if (c == '.')
    return i + 1 == n || z[i + 1] == ' ' || z[i + 1] == '\n' ||
           z[i + 1] == '\r';
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' ||
         c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '/' ||
         c == '-';
}

/* The number of words of the shouted run around z[iStart..iEnd) (see
** dropShoutedWords), counting at most SHOUT_RUN on each side; 0 when a
** word of the span is no such word. */
static int shoutedRun(const char *z, size_t n, size_t iStart, size_t iEnd) {
  int nWord = 0;
  for (size_t i = iStart; i < iEnd;) { /* the span's own words */
    size_t e = i;
    while (e < iEnd && !shoutGap(z, n, e))
      e++;
    if (!shoutedWord(z, i, e)) return 0;
    nWord++;
    for (i = e; i < iEnd && shoutGap(z, n, i); i++) {
    }
  }
  for (size_t i = iStart, k = 0; k < SHOUT_RUN; k++) { /* before it */
    while (i > 0 && shoutGap(z, n, i - 1))
      i--;
    size_t e = i;
    while (i > 0 && !shoutGap(z, n, i - 1))
      i--;
    if (!shoutedWord(z, i, e)) break;
    nWord++;
  }
  for (size_t i = iEnd, k = 0; k < SHOUT_RUN; k++) { /* after it */
    while (i < n && shoutGap(z, n, i))
      i++;
    size_t w = i;
    while (i < n && !shoutGap(z, n, i))
      i++;
    if (!shoutedWord(z, w, i)) break;
    nWord++;
  }
  return nWord;
}

/* 1 when span p stands in a shouted run: its words are ordinary words in
** capitals, among at
** least SHOUT_RUN such words in a row ("WITHOUT WARRANTY OF ANY KIND,
** EXPRESS OR IMPLIED": a licence's disclaimer, where the model read
** "EXPRESS" as an ORG 2,326 times in a newcomer's package documents).  A
** headline in capitals has fewer ordinary words in a row ("BASEBALL -
** BRAVES BEAT MARLINS", whose teams stay).  A span of two words or more
** that the typed gazetteers list as a company or an organization stays
** ("CREATIVE COMMONS"; the brand list also holds "EXPRESS"). */
static int shoutedSpan(const char *z, size_t n, const tk_ner_span *p) {
  return shoutedRun(z, n, p->iStart, p->iStart + p->nLen) >= SHOUT_RUN &&
         (oneWord(z, p->iStart, p->nLen) ||
          !(tk_ner_gazetteer_classes(z + p->iStart, p->nLen) &
            (TK_NER_GAZ_COMPANY | TK_NER_GAZ_ORG)));
}

/* 1 when z[i] may be a byte of a change-log item's component: a letter,
** a digit, one of "/_-.[]()", a comma before a space, or a space after a
** comma or a bracket ("tls, crypto", "[x86] platform/x86"). */
static int topicByte(const char *z, size_t i) {
  char c = z[i];
  if (isalnum((unsigned char)c) || (c && strchr("/_-.[]()", c))) return 1;
  if (c == ',') return z[i + 1] == ' ';
  return c == ' ' && i > 0 && (z[i - 1] == ',' || z[i - 1] == ']');
}

/* 1 when the word z[iStart..iEnd) is an ordinary word that the typed
** gazetteers list as nothing else but a surname ("Add", "Update",
** "Bump"; not "Split", a city, nor "Mark", a first name), and does not
** end in "s" as a plural does ("- Windows and macOS fixes"): the verb
** that opens a list item without a component ("* Add new symbol"), where
** a name of a bulleted list in the news keeps its place ("- Nice
** police"). */
static int plainVerb(const char *z, size_t iStart, size_t iEnd) {
  if (z[iEnd - 1] == 's') return 0;
  unsigned f = tk_ner_gazetteer_classes(z + iStart, iEnd - iStart);
  return (f & TK_NER_GAZ_WORD) &&
         !(f & ~(unsigned)(TK_NER_GAZ_WORD | TK_NER_GAZ_SURNAME |
                           TK_NER_GAZ_LONGER));
}

/* 1 when the word z[iStart..iEnd) of z[0..n) is an ordinary word of the
** typed gazetteers followed by the particle of a phrasal verb or by a
** determiner ("Split out libctf", "Split the patch", "Clean up the
** rules"): a verb, whatever else the word names (Split, a city, was a
** LOC 84 times in 250 Debian change logs). */
static int verbBeforeObject(const char *z, size_t n, size_t iStart,
                            size_t iEnd) {
  static const char *const azNext[] = {
      "a",   "an",    "back",  "down", "its",   "off", "out",
      "the", "their", "these", "this", "those", "up",  0};
  size_t i = iEnd + 1, e = i;
  while (e < n && z[e] >= 'a' && z[e] <= 'z')
    e++;
  if (e < n && z[e] != ' ' && z[e] != '\n' && z[e] != '.' && z[e] != ',')
    return 0;
  return tk_entities__in_list(azNext, z + i, e - i) &&
         (tk_ner_gazetteer_classes(z + iStart, iEnd - iStart) &
          TK_NER_GAZ_WORD) != 0;
}

/* 1 when the one-word span z[iStart..iEnd) of z[0..n), which a
** lower-case word follows, is the verb that opens a change log's list
** item: right after the list marker ("*", "-" or "+" and a space) when
** plainVerb or verbBeforeObject says so ("* Add new symbol", "- Split
** out libctf"), or after the item's components
** ("* control: Add gsettings dep", "- d/tests: Disable the smoke test"),
** each of at most CHANGE_TOPIC bytes (topicByte: "d/tests", "tls,
** crypto") and ": " ("- ALSA: hda/realtek: Add quirk"), when it is an
** ordinary lower-case word of the typed gazetteers and no nationality,
** language, country or region ("* po: French translation").  A press
** release keeps its name: "- IP / 96 / 804: Commission approves" has
** spaces in its component. */
static int itemVerb(const char *z, size_t n, size_t iStart, size_t iEnd) {
  if (iStart < 2 || iEnd + 1 >= n || z[iEnd] != ' ' || z[iEnd + 1] < 'a' ||
      z[iEnd + 1] > 'z')
    return 0;
  if (tk_entities__opens_item(z, iStart))
    return plainVerb(z, iStart, iEnd) || verbBeforeObject(z, n, iStart, iEnd);
  if (iStart < 4 || z[iStart - 1] != ' ' || z[iStart - 2] != ':') return 0;
  size_t i = iStart - 2; /* the components, each ending with ": " */
  for (int nTopic = 1;; nTopic++) {
    size_t e = i;
    while (i > 0 && e - i < CHANGE_TOPIC && topicByte(z, i - 1))
      i--;
    if (i == e) return 0;
    if (i < 2 || z[i - 1] != ' ' || z[i - 2] != ':') break;
    if (nTopic == CHANGE_TOPICS) return 0;
    i -= 2; /* "ALSA: hda/realtek: Add" */
  }
  if (!tk_entities__opens_item(z, i)) return 0;
  unsigned f = tk_ner_gazetteer_classes(z + iStart, iEnd - iStart);
  return (f & TK_NER_GAZ_WORD) &&
         !(f & (TK_NER_GAZ_DEMONYM | TK_NER_GAZ_LANGUAGE | TK_NER_GAZ_COUNTRY |
                TK_NER_GAZ_REGION));
}

/* 1 when span p is the verb that opens a change-log item (itemVerb):
** Debian's change logs write "* control: Add ..." and "* Add ...", and
** the model read "Add" as an ORG 3,844 times in a newcomer's package
** documents (and 172 times more in items without a component). */
static int itemVerbSpan(const char *z, size_t n, const tk_ner_span *p) {
  return oneWord(z, p->iStart, p->nLen) &&
         itemVerb(z, n, p->iStart, p->iStart + p->nLen);
}

/* 1 when span p of z[0..n) is written in ASCII with no capital and lies
** on a line of code (tk_code_line_at: "aws ec2 describe-instances \\",
** "--region us-east-1"): the model, which learnt news, reads a command's
** lower-case words as names (PERSON 1,483 times, hyphenated, over 1.7 MB
** of READMEs and AWS pages; none in the bench's news or 6 MB of
** Wikipedia text). */
static int lowerCodeSpan(const char *z, size_t n, const tk_ner_span *p) {
  for (size_t i = p->iStart; i < p->iStart + p->nLen; i++) {
    unsigned char c = (unsigned char)z[i];
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) return 0;
  }
  return tk_code_line_at(z, n, p->iStart);
}

/* 1 when span p is no name, whichever claim or rule made it: a function
** word in capitals, a licence's term, a word of a shouted run, a
** change-log item's verb, a part of an identifier, an era or a time zone
** beside its number (number_marks.c), a legal suffix alone (the "Inc." of
** "Free Software Foundation, Inc."), a release stage's label ("(ALPHA)
** Approve ...": section_headings.c), the stem of "Can't", a file's name
** ("Cargo.toml": file_names.c), an identifier of code ("HashMap::new":
** code_identifiers.c), an adverb ("Lexicographically compares":
** adverb_words.c), lower-case words on a line of code (lowerCodeSpan). */
static int junkSpan(const char *z, size_t n, const tk_ner_span *p) {
  return contractionStem(z, n, p) || capitalsFunctionWord(z, n, p) ||
         licenceTerm(z, n, p) || shoutedSpan(z, n, p) ||
         itemVerbSpan(z, n, p) || identifierSpan(z, n, p) ||
         tk_entities__number_mark(z, n, p) ||
         tk_entities__legal_suffix(z + p->iStart, p->nLen) ||
         tk_entities__stage_label(z, n, p) ||
         tk_entities__severity_label(z, n, p) ||
         tk_entities__file_name(z, n, p) ||
         tk_entities__code_identifier(z, n, p) ||
         tk_entities__adverb_word(z, p) || lowerCodeSpan(z, n, p);
}

/* The length of the span z[iStart..iStart+nLen) without a match score
** that ends it ("Borussia Monchengladbach 2-0": one or two numbers of
** at most three digits joined by "-"), and the space before; nLen when
** there is none or the score is the whole span.  A sports report writes
** the score after the team, and the model runs the team's name on over
** it; no PERSON, ORG or LOC of CoNLL-2003 train and dev ends with one. */
static size_t trimScore(const char *z, size_t iStart, size_t nLen) {
  size_t iEnd = iStart + nLen, i = iEnd, nDigit = 0;
  int bDash = 0;
  while (i > iStart && z[i - 1] != ' ') {
    char c = z[--i];
    if (c >= '0' && c <= '9') {
      if (++nDigit > 3) return nLen;
    } else if (c == '-' && !bDash && nDigit > 0 && i > iStart &&
               z[i - 1] >= '0' && z[i - 1] <= '9') {
      bDash = 1;
      nDigit = 0;
    } else {
      return nLen;
    }
  }
  if (!bDash || i == iStart || nDigit == 0) return nLen;
  while (i > iStart && z[i - 1] == ' ')
    i--;
  return i - iStart;
}

/* The length of the span z[iStart..iStart+nLen) without the function
** words that end it ("Mercado Libre To" in "Mercado Libre To Invest $3.4
** Billion In Peru"): prepositions, conjunctions and auxiliaries, which a
** Title Case headline capitalizes and no name of CoNLL-2003 train and dev
** ends with (0 of 34,000; only "A", "An" and "The" end any, "Serie A"),
** and adverbs a sentence runs a name on to ("arteta out", "Again";
** "Down" ends "Twyford Down" and "Today" "USA Today": not listed).  A
** span of one word stays. */
static size_t trimFunctionWords(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(azFunction) = {
      "After", "Again", "Against", "Also",    "Amid",  "And",  "Are",  "As",
      "At",    "Away",  "Back",    "Be",      "By",    "For",  "From", "In",
      "Into",  "Is",    "Now",     "Of",      "Off",   "On",   "Or",   "Out",
      "Over",  "To",    "Too",     "Under",   "Up",    "Was",  "Were", "Will",
      "With",  "after", "again",   "against", "also",  "amid", "and",  "are",
      "as",    "at",    "away",    "back",    "be",    "by",   "for",  "from",
      "in",    "into",  "is",      "now",     "of",    "off",  "on",   "or",
      "out",   "over",  "to",      "too",     "under", "up",   "was",  "were",
      "will",  "with",  0};
  for (;;) {
    size_t i = iStart + nLen;
    while (i > iStart && z[i - 1] != ' ')
      i--;
    if (i == iStart || !TK_IN_SORTED(azFunction, z + i, iStart + nLen - i))
      return nLen;
    nLen = i - 1 - iStart;
    while (nLen > 1 && z[iStart + nLen - 1] == ' ')
      nLen--;
  }
}

/* The length of the PERSON span z[iStart..iStart+nLen) with the
** generational suffix that follows it after spaces, when the tagger left it
** out ("Robert F. Kennedy" + " Jr.", "Pope John Paul" + " II"), else
** nLen. */
static size_t withNameSuffix(const char *z, size_t n, size_t iStart,
                             size_t nLen) {
  size_t i = iStart + nLen;
  while (i < n && z[i] == ' ')
    i++;
  if (i == iStart + nLen) return nLen; /* no space: "Kennedy-Jr" */
  size_t m = tk_entities__name_suffix(z + i, n - i, 0);
  return m ? i + m - iStart : nLen;
}

/* The length of the LOC or ORG span z[iStart..iStart+nLen) with the
** Arabic article name that follows it after one space ("Sharm" +
** " el-Sheikh", "Jebel" + " al-Akhdar"): "al-" or "el-" and a capital,
** to the next space or punctuation, within z[0..nEnd); else nLen.  In
** CoNLL-2003 train and dev such a word after a LOC or ORG is inside it 4
** times of 4 (the tagger runs a PERSON on over it itself). */
static size_t withArticleName(const char *z, size_t nEnd, size_t iStart,
                              size_t nLen) {
  size_t i = iStart + nLen;
  if (i + 5 > nEnd || z[i] != ' ' || (z[i + 1] != 'a' && z[i + 1] != 'e') ||
      z[i + 2] != 'l' || z[i + 3] != '-' || z[i + 4] < 'A' || z[i + 4] > 'Z')
    return nLen;
  i += 5;
  while (i < nEnd && !strchr(" \t\n\r,.;:!?()[]\"", z[i]))
    i++;
  return i - iStart;
}

/* 1 when the span p of z is a name by its form, not by a run of capitals:
** it holds a word that starts in lower case ("Alexander II of Epirus",
** "Alfred the Great", "Mohammed Shia al-Sudani") or ends with a place's
** head ("Anadyr River"). */
static int structuredName(const char *z, const tk_ner_span *p) {
  for (size_t i = 0; i < p->nLen; i++) {
    char c = z[p->iStart + i];
    if ((i == 0 || z[p->iStart + i - 1] == ' ') && c >= 'a' && c <= 'z')
      return 1;
  }
  return tk_entities__place_head(z, p->iStart, p->nLen);
}

/* 1 when the span p of z[0..n) holds words outside the claim c (which it
** holds), every word of it starts with a capital, those outside c are
** ordinary lower-case words of the typed gazetteers and no listed given
** name or person, and the text writes the span's bytes nowhere else: a
** headline's verb and nouns run on from the name ("Yoon" in "Yoon
** Removed From Office", "SK Hynix" in "SK Hynix Profit"; not "Waugh" in
** "Mark Waugh", "Ireland" in "Republic of Ireland", nor "Jones" in a
** headline "Jones Medical Completes Acquisition" over "Jones Medical
** Industries Inc said"). */
static int ordinaryWordsAround(const char *z, size_t n, const tk_ner_span *p,
                               const tk_ner_span *c) {
  const unsigned mName =
      TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO | TK_NER_GAZ_PERSON;
  size_t iEnd = p->iStart + p->nLen, iClaimEnd = c->iStart + c->nLen;
  int bOutside = 0;
  for (size_t i = p->iStart; i < iEnd;) {
    size_t iWord = tk_entities__next_word(z, &i, iEnd);
    if (!tk_entities__capital_at(z, n, iWord)) return 0; /* "of" */
    if (iWord >= c->iStart && iWord < iClaimEnd) continue;
    unsigned m = tk_ner_gazetteer_classes(z + iWord, i - iWord);
    if (!(m & TK_NER_GAZ_WORD) || (m & mName)) return 0;
    bOutside = 1;
  }
  if (!bOutside) return 0;
  const char *zFirst = memmem(z, n, z + p->iStart, p->nLen);
  const char *zAfter = z + iEnd;
  return zFirst == z + p->iStart &&
         !memmem(zAfter, n - iEnd, z + p->iStart, p->nLen);
}

/* Merge the claims c[0..nClaim) (sorted, apart) into the spans
** *pa[0..*pn): each claim replaces the spans inside it, or fills a gap;
** a span that crosses a claim's edge stays and the claim goes, unless
** bForce, when every span the claim overlaps goes, but one longer span
** that holds it and is of its type ("Mark Waugh" holding "Waugh") or a
** name by its form (structuredName: "Alexander II of Epirus" holding
** "Epirus"), unless its other words are ordinary ones (ordinaryWordsAround,
** asked of the first MAX_RUN_ON_ASKED such spans: "Yoon Removed From
** Office").
** TK_OK or TK_ENOMEM (*pa unchanged). */
static int mergeClaims(const char *z, size_t n, tk_ner_span **pa, size_t *pn,
                       const tk_ner_span *c, size_t nClaim, int bForce) {
  if (nClaim == 0) return TK_OK;
  tk_ner_span *a = *pa, *aOut = tk_malloc((*pn + nClaim) * sizeof *aOut);
  if (!aOut) return TK_ENOMEM;
  size_t i = 0, nOut = 0, nAsked = 0;
  for (size_t k = 0; k < nClaim; k++) {
    size_t iStart = c[k].iStart, iEnd = iStart + c[k].nLen;
    while (i < *pn && a[i].iStart + a[i].nLen <= iStart)
      aOut[nOut++] = a[i++];
    size_t j = i;
    int bCrossed = 0;
    for (; j < *pn && a[j].iStart < iEnd; j++)
      bCrossed |= a[j].iStart < iStart || a[j].iStart + a[j].nLen > iEnd;
    if (bCrossed && !bForce) continue; /* the spans stay; the claim goes */
    if (bForce && j == i + 1 && a[i].nLen > c[k].nLen &&
        a[i].iStart <= iStart && a[i].iStart + a[i].nLen >= iEnd &&
        (a[i].eType == c[k].eType || structuredName(z, &a[i])) &&
        !(nAsked++ < MAX_RUN_ON_ASKED &&
          ordinaryWordsAround(z, n, &a[i], &c[k])))
      continue; /* a longer name that holds the claim */
    aOut[nOut++] = c[k];
    i = j;
  }
  while (i < *pn)
    aOut[nOut++] = a[i++];
  tk_free(a);
  *pa = aOut;
  *pn = nOut;
  return TK_OK;
}

/* A finder of claims: the spans of z[0..n) that a rule reads better than
** the model, given the model's spans a[0..nSpan); a tk_malloc'd array
** *paClaim of *pnClaim spans, sorted and apart.  TK_OK or TK_ENOMEM. */
typedef int (*ClaimFinder)(const char *z, size_t n, const tk_ner_span *a,
                           size_t nSpan, tk_ner_span **paClaim,
                           size_t *pnClaim);

/* The spans *pa[0..*pn) with the claims of xFind merged in (mergeClaims;
** with bForce over the spans they overlap).  TK_OK or TK_ENOMEM. */
static int claim(const char *z, size_t n, tk_ner_span **pa, size_t *pn,
                 ClaimFinder xFind, int bForce) {
  tk_ner_span *aClaim = 0;
  size_t nClaim = 0;
  int rc = xFind(z, n, *pa, *pn, &aClaim, &nClaim);
  if (rc == TK_OK) rc = mergeClaims(z, n, pa, pn, aClaim, nClaim, bForce);
  tk_free(aClaim);
  return rc;
}

/* Drop the title that opens each PERSON of a[0..nSpan), spans of z, of
** two words or more ("Justice Alexandre de Moraes", "Bishop Pierre
** Claverie"): CoNLL-2003 train leaves such titles out of the name 264
** times of 266 ("Prince", "King", "Pope", "Queen", "Lord", "Sir" and
** "Sheikh", which go in as often or open Arabic names, are not titles
** here). */
static void dropTitles(const char *z, tk_ner_span *a, size_t nSpan) {
  TK_SORTED_WORDS(azTitle) = {
      "Bishop",    "Chairman", "Chancellor", "Coach", "Dr",        "Dr.",
      "Father",    "General",  "Governor",   "Judge", "Justice",   "Minister",
      "Mr",        "Mr.",      "Mrs",        "Mrs.",  "Ms",        "Ms.",
      "President", "Prof.",    "Professor",  "Rev.",  "Secretary", "Sen.",
      "Senator",   0};
  for (size_t k = 0; k < nSpan; k++) {
    tk_ner_span *p = &a[k];
    const char *zSpace =
        p->eType == TK_ENT_PERSON ? memchr(z + p->iStart, ' ', p->nLen) : 0;
    size_t m = zSpace ? (size_t)(zSpace - z) - p->iStart : 0;
    if (m && m + 1 < p->nLen && TK_IN_SORTED(azTitle, z + p->iStart, m)) {
      p->iStart += m + 1;
      p->nLen -= m + 1;
    }
  }
}

/* Fix the tagger's spans *pa[0..*pn) of z[0..n) (see above): the array
** may be replaced.  They stay sorted and apart.  TK_OK or TK_ENOMEM. */
int tk_entities__fix_model_spans(const char *z, size_t n, tk_ner_span **pa,
                                 size_t *pn) {
  *pn = joinSplitNames(z, n, *pa, *pn);
  int rc = tk_entities__cut_at_brackets(z, n, pa, pn);
  if (rc != TK_OK) return rc;
  tk_ner_span *a = *pa;
  size_t nSpan = *pn;
  for (size_t k = 0; k < nSpan; k++) {
    size_t nLen = trimLoosePunct(z, a[k].iStart, a[k].nLen);
    nLen = trimFunctionWords(z, a[k].iStart, nLen);
    if (a[k].eType != TK_ENT_MISC) nLen = trimScore(z, a[k].iStart, nLen);
    size_t nWord = tk_entities__word_count(z + a[k].iStart, nLen);
    if (nWord >= 2 && tk_entities__in_title_line(z, n, a[k].iStart)) {
      size_t nCountry =
          tk_entities__country_before_verb(z, n, a[k].iStart, nLen);
      size_t nVerb = tk_entities__verb_before_place(z, a[k].iStart, nLen);
      if (nCountry) { /* "US Offers" */
        nLen = nCountry;
        a[k].eType = TK_ENT_LOC;
      } else if (nVerb) { /* "Becomes Japan" */
        a[k].iStart += nVerb;
        nLen -= nVerb;
        a[k].eType = TK_ENT_LOC;
      } else if (nWord >= 3 && !companySuffix(z, a[k].iStart, nLen)) {
        /* a verb inside */
        nLen = tk_entities__cut_at_verb(z, a[k].iStart, nLen);
      }
    }
    size_t nEnd = k + 1 < nSpan ? a[k + 1].iStart : n;
    if (a[k].eType == TK_ENT_PERSON && nLen == a[k].nLen)
      nLen = withNameSuffix(z, nEnd, a[k].iStart, nLen);
    else if (a[k].eType == TK_ENT_LOC || a[k].eType == TK_ENT_ORG)
      nLen = withArticleName(z, nEnd, a[k].iStart, nLen);
    a[k].nLen = nLen;
  }
  *pn = nSpan;
  rc = tk_entities__split_person_pairs(z, pa, pn);
  if (rc == TK_OK) rc = tk_entities__cut_at_repeated_and(z, n, pa, pn);
  if (rc != TK_OK) return rc;
  a = *pa;
  nSpan = *pn;
  nSpan = tk_entities__join_club_markers(z, n, a, nSpan);
  nSpan = tk_entities__join_place_parts(z, n, a, nSpan);
  nSpan = tk_entities__join_listed_companies(z, n, a, nSpan);
  dropTitles(z, a, nSpan);
  tk_entities__join_first_names(z, n, a, nSpan);
  tk_entities__join_event_words(z, n, a, nSpan);
  nSpan = dropCommonAbbreviations(z, a, nSpan);
  nSpan = dropOtherScripts(z, a, nSpan);
  nSpan = dropLowerCase(z, n, a, nSpan);
  nSpan = dropSpans(z, n, a, nSpan, identifierSpan);
  nSpan = dropHeadlineCompounds(z, n, a, nSpan);
  nSpan = tk_entities__join_orgs_of_places(z, n, a, nSpan);
  nSpan = tk_entities__extend_over_particles(z, n, a, nSpan);
  retypePlaces(z, a, nSpan);
  tk_entities__retype_located(z, n, a, nSpan);
  tk_entities__retype_demonyms(z, n, a, nSpan);
  rc = tk_entities__retype_by_kind(z, n, a, nSpan);
  tk_entities__retype_earth(z, a, nSpan);
  tk_entities__retype_creeds(z, a, nSpan);
  tk_entities__retype_products(z, n, a, nSpan);
  tk_entities__retype_sun(z, n, a, nSpan);
  tk_entities__retype_company_places(z, n, a, nSpan);
  tk_entities__retype_fixtures(z, n, a, nSpan);
  tk_entities__retype_kin(z, n, a, nSpan);
  tk_entities__retype_surname_endings(z, n, a, nSpan);
  *pn = nSpan;
  if (rc != TK_OK) return rc;
  /* the spans crossing a claim's edge stay: datelines' names, quoted
  ** titles, and, only where no span is, continents, listed names of
  ** lower-case lines, headlines' subjects, organizations for causes,
  ** teams' words, companies by their legal suffix, unknown names and the
  ** authors change logs credit */
  rc = claim(z, n, pa, pn, findDatelineNames, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__quoted_titles, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__continent_names, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__lower_line_names, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__headline_subjects, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__orgs_for_causes, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__team_words, 0);
  if (rc == TK_OK)
    rc = claim(z, n, pa, pn, tk_entities__legal_names_in_gaps, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__unknown_names, 0);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__item_author_claims, 0);
  /* the claims win: storms, persons with nicknames, "People's" names,
  ** the headline's names, names before e-mail addresses */
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__storm_names, 1);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__nickname_names, 1);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__peoples_names, 1);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__headline_names, 1);
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__address_names, 1);
  /* last, where no span crosses them: companies by their legal suffix over
  ** the model's spans (a headline's names were read from the model's spans
  ** of the body: "Apple" before "Apple Inc") */
  if (rc == TK_OK) rc = claim(z, n, pa, pn, tk_entities__legal_names, 0);
  /* what is no name, which a claim may have read too (a lower-case line's
  ** listed brand "xml" of "doxygen_xml_parser.hpp"): junkSpan */
  if (rc == TK_OK) *pn = dropSpans(z, n, *pa, *pn, junkSpan);
  /* and a manual's headings in capitals ("API REFERENCE"), and places of
  ** two letters outside an address ("Or we could", "200 OK") */
  if (rc == TK_OK) *pn = tk_entities__drop_section_headings(z, n, *pa, *pn);
  if (rc == TK_OK) *pn = tk_entities__drop_two_letter_places(z, n, *pa, *pn);
  /* and the words the document writes as code elsewhere ("impl Deref") */
  if (rc == TK_OK) *pn = tk_entities__drop_code_words(z, n, *pa, *pn, &rc);
  /* a claim or a retyping can leave two parts of a name side by side
  ** ("Anne Seymour" + the unknown "Damer") */
  if (rc == TK_OK) *pn = joinNameParts(z, n, *pa, *pn);
  /* a change log's authors in brackets ("(Shigeki" + "Ohtsu)") */
  if (rc == TK_OK) *pn = tk_entities__join_item_authors(z, n, *pa, *pn);
  /* the names of a list share a type, the claims' too; a person's
  ** surname alone is the person's */
  if (rc == TK_OK) tk_entities__retype_lists(z, *pa, *pn);
  if (rc == TK_OK) rc = tk_entities__retype_surnames(z, *pa, *pn);
  /* and, whatever made it, no person is written "PhantomData", and a
  ** licence and a manual are works */
  if (rc == TK_OK) tk_entities__retype_camel_case(z, *pa, *pn);
  if (rc == TK_OK) tk_entities__retype_licences(z, *pa, *pn);
  if (rc == TK_OK) *pn = tk_entities__manuals(z, *pa, *pn);
  return rc;
}
