/*
** heads.c -- the type a name's last word gives it, for entities()
** (model_spans.c retypes the model's spans by it; headline_subjects.c
** finds the organizations that open a headline by it):
**
**   "London Stadium", "Gulf of Finland"   a place's head: LOC
**   "Brit Awards", "Paris Agreement"      an event's head: MISC
**   "Delta Air Lines", "Sinaloa Cartel"   an organization's head: ORG
**   "Dallas Mavericks"                     a team's plural: ORG
**
** Each list holds heads whose names CoNLL-2003 train and dev type one way
** (counts at each list); the heads that end names of several types
** ("City", "Bank", "Games", "Union") are left out.
**
**   if (tk_entities__org_head(z, iStart, nLen)) eType = TK_ENT_ORG;
*/
#include "entities_internal.h"

#include <string.h>

/* 1 when the last word of z[iStart..iStart+nLen), of two words or more,
** is one of the nAz sorted words of az: in any case when bFold (az lower
** case), else as written. */
static int lastWordIn(const char *const *az, size_t nAz, const char *z,
                      size_t iStart, size_t nLen, int bFold) {
  size_t i = iStart + nLen;
  while (i > iStart && z[i - 1] != ' ')
    i--;
  return i > iStart && /* not one word */
         tk_entities__in_sorted(az, nAz, z + i, iStart + nLen - i, bFold);
}
#define TK_IN_SORTED_NOCASE_LAST_WORD(az, z, iStart, nLen)                     \
  lastWordIn(az, sizeof(az) / sizeof((az)[0]) - 1, z, iStart, nLen, 1)
#define TK_IN_SORTED_LAST_WORD(az, z, iStart, nLen)                            \
  lastWordIn(az, sizeof(az) / sizeof((az)[0]) - 1, z, iStart, nLen, 0)

/* 1 when z[iStart..iStart+nLen) ends with "Games" after a word of the
** games' kind ("Olympic Games", "Asian Games", "Commonwealth Games"). */
static int gamesOfEvent(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(az) = {"african",  "arab",       "asian",  "commonwealth",
                         "highland", "invictus",   "island", "mediterranean",
                         "olympic",  "paralympic", "summer", "winter",
                         "world",    "youth",      0};
  if (nLen < 7 || strncasecmp(z + iStart + nLen - 6, " games", 6) != 0)
    return 0;
  size_t iEnd = iStart + nLen - 6, i = iEnd; /* the word before " Games" */
  while (i > iStart && z[i - 1] != ' ')
    i--;
  return tk_entities__in_sorted(az, sizeof az / sizeof *az - 1, z + i, iEnd - i,
                                1);
}

/* 1 when the last word of z[iStart..iStart+nLen) (ASCII letters, any
** case) is the head of a place's name: a venue ("Stadium", "Arena",
** "Dam", "Square", "Street") or a feature of the land or the sea ("Sea",
** "Strait", "Lake", "Valley").  Left out are the heads that end clubs'
** and companies' names as often: "City", "County", "Forest", "Palace",
** "Coast", "Island", "Airport" (CoNLL-2003: Notts County, Crystal Palace,
** Kansai International Airport). */
int tk_entities__place_head(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(azStreet) = {"Ave", "Blvd", "Rd", "St", 0}; /* as written */
  TK_SORTED_WORDS(az) = {
      "arena",     "avenue",  "basin",  "bay",       "boulevard",
      "bridge",    "canal",   "canyon", "dam",       "desert",
      "falls",     "glacier", "gulf",   "heights",   "highlands",
      "hills",     "islands", "lake",   "mountains", "ocean",
      "peninsula", "plateau", "reef",   "river",     "sea",
      "square",    "stadium", "strait", "straits",   "street",
      "valley",    "volcano", 0};
  return TK_IN_SORTED_NOCASE_LAST_WORD(az, z, iStart, nLen) ||
         TK_IN_SORTED_LAST_WORD(azStreet, z, iStart, nLen);
}

/* 1 when the last word of z[iStart..iStart+nLen) is the head of an
** event's name: a competition ("Cup", "Championship", "Tour", "Series",
** "Rally", "Classic": in CoNLL-2003 train and dev, MISC 331 times of 331),
** a prize or a festival ("Prize", "Awards", "Contest", "Festival") or a
** war ("War", 13 of 13), a revolution or an agreement ("Orange
** Revolution", "Paris Agreement", "Dayton Accords": the model typed them
** LOC or ORG; "Revolution", "Agreement" and "Prix" are MISC 29 times of
** 29).  Left out are "Campaign" (a lobby's name: "National Automobile
** Occupant Protection Campaign", ORG), "Games" ("Epic Games" is a
** company) but after the words of a games' kind ("Sochi Olympic Games",
** "Commonwealth Games": gamesOfEvent), "League" (92 MISC, 6 parties:
** "Awami League") and "Conference" (2 ORG).  "Olympic" ends an event's
** name before a lower-case noun ("the Winter Olympic games"; the model
** typed it ORG). */
int tk_entities__event_head(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(az) = {
      "accord",        "accords",  "agreement", "awards", "championship",
      "championships", "classic",  "contest",   "cup",    "festival",
      "olympic",       "olympics", "prix",      "prize",  "rally",
      "revolution",    "series",   "tour",      "war",    0};
  return TK_IN_SORTED_NOCASE_LAST_WORD(az, z, iStart, nLen) ||
         gamesOfEvent(z, iStart, nLen);
}

/* 1 when the last word of z[iStart..iStart+nLen) is the head of an
** organization's name: a company's industry ("Airlines", "Motors",
** "Steel"), a word firms name themselves by ("Holdings", "Group",
** "Technologies", "Partners"; "Air Lines" too) or a body's ("Party",
** "Ministry", "Commission", "University", "Police", "Cartel").  In
** CoNLL-2003 train and dev the names ending with one (with no " of " or
** " for " inside) are ORG 305 times of 305; the model types "Delta Air
** Lines" and "Meta Platforms" LOC, "Sinaloa Cartel" PERSON.  Left out:
** "Bank" (the West Bank, 43 LOC), "Games" (the Olympic Games), "Union"
** (the Soviet Union), "Federation", "Hospital", "Court", "Office" (the
** Oval Office), "Front" (the Western Front), "Committee" (Olympic
** Committee, MISC twice), "Gang" ("Chen Gang", a PERSON), "Insurance",
** "Oil", "Resources". */
int tk_entities__org_head(const char *z, size_t iStart, size_t nLen) {
  TK_SORTED_WORDS(azCompany) = {"airlines",
                                "airways",
                                "biosciences",
                                "brands",
                                "capital",
                                "chemicals",
                                "communications",
                                "electronics",
                                "energy",
                                "enterprises",
                                "foods",
                                "group",
                                "holdings",
                                "industries",
                                "investments",
                                "laboratories",
                                "labs",
                                "mining",
                                "motors",
                                "networks",
                                "partners",
                                "petroleum",
                                "pharmaceuticals",
                                "platforms",
                                "robotics",
                                "securities",
                                "semiconductor",
                                "semiconductors",
                                "software",
                                "steel",
                                "studios",
                                "systems",
                                "technologies",
                                "telecom",
                                "telecommunications",
                                "therapeutics",
                                "ventures",
                                0};
  TK_SORTED_WORDS(azBody) = {"agency",       "army",
                             "authority",    "board",
                             "bureau",       "cartel",
                             "college",      "commission",
                             "council",      "department",
                             "institute",    "militia",
                             "ministry",     "movement",
                             "navy",         "organisation",
                             "organization", "party",
                             "police",       "service",
                             "university",   0};
  if (nLen > 10 && memcmp(z + iStart + nLen - 10, " Air Lines", 10) == 0)
    return 1;
  return TK_IN_SORTED_NOCASE_LAST_WORD(azCompany, z, iStart, nLen) ||
         TK_IN_SORTED_NOCASE_LAST_WORD(azBody, z, iStart, nLen);
}

/* 1 when z[0..n) is a plural that does not name a team: a place's
** ("Islands", "Falls", "Camden Yards", "Salford Quays"), an event's
** ("Olympics", "Games", "Championships"), a party's members ("Democrats")
** or an era's, laws' or roads' ("Middle Ages", "Nuremberg Laws", "Geneva
** Conventions", "U.S. Highways"). */
static int notTeamPlural(const char *z, size_t n) {
  TK_SORTED_WORDS(az) = {
      "affairs",       "ages",        "alps",          "awards",
      "banks",         "barracks",    "championships", "communists",
      "conservatives", "conventions", "democrats",     "docks",
      "downs",         "elections",   "falls",         "fields",
      "flats",         "games",       "gardens",       "greens",
      "heights",       "highlands",   "highways",      "hills",
      "islands",       "isles",       "keys",          "lakes",
      "laws",          "liberals",    "meadows",       "mountains",
      "natives",       "oaths",       "olympics",      "opens",
      "plains",        "protests",    "quays",         "rapids",
      "republicans",   "roads",       "rocks",         "routes",
      "sands",         "socialists",  "springs",       "states",
      "talks",         "towers",      "treaties",      "trials",
      "wars",          "woods",       "yards",         0};
  return TK_IN_SORTED_NOCASE(az, z, n);
}

/* The length of the team's plural at z[i] within z[0..n) (0: none): a
** capital, then lower-case ASCII letters ending in 's' but not "ss",
** "us" or "is" ("Aces", not "Express", "Census" nor "Rangers'"), four
** letters at least, not notTeamPlural, and not followed by another
** capitalized word ("Cavaliers Arena"): a team's head, ORG (team_names.c
** joins it to its place, headline_names.c looks it up in a headline). */
size_t tk_entities__team_plural(const char *z, size_t n, size_t i) {
  if (i >= n || z[i] < 'A' || z[i] > 'Z') return 0;
  size_t k = i + 1;
  while (k < n && z[k] >= 'a' && z[k] <= 'z')
    k++;
  size_t m = k - i;
  if (m < 4 || z[k - 1] != 's' || strchr("siu", z[k - 2])) return 0;
  if (k < n && (z[k] == '\'' || z[k] == '-' || (unsigned char)z[k] >= 0x80))
    return 0;
  if (k + 1 < n && z[k] == ' ' && z[k + 1] >= 'A' && z[k + 1] <= 'Z') return 0;
  return notTeamPlural(z + i, m) ? 0 : m;
}
