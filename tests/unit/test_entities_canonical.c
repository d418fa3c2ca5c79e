/*
** test_entities_canonical.c -- unit tests of the canonical names of
** entities (ext/core/entities/canonical.c): each rule on dictionary spans
** (deterministic, unlike the model's), the type vote, bad input (empty,
** invalid UTF-8, no names) and a 1 MB text of 10,000 names, whose time
** must grow linearly with the number of mentions.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Write "entity=canonical;..." for the entities of z into zOut. */
static const char *canon(tk_entities *p, const tk_entity_options *o,
                         const char *z, size_t n, char *zOut, size_t nOut) {
  const tk_entity *a;
  size_t nEnt, k = 0;
  zOut[0] = 0;
  if (tk_entities_run(p, o, z, n, &a, &nEnt) != TK_OK) return "error";
  for (size_t i = 0; i < nEnt && k < nOut; i++) {
    k += (size_t)snprintf(zOut + k, nOut - k, "%s%.*s=%s", i ? ";" : "",
                          (int)a[i].nLen, z + a[i].iStart, a[i].zCanonical);
  }
  return zOut;
}

/* The same for a NUL-terminated text. */
static const char *canonStr(tk_entities *p, const tk_entity_options *o,
                            const char *z, char *zOut, size_t nOut) {
  return canon(p, o, z, strlen(z), zOut, nOut);
}

/* A dictionary of the phrases azPhrase with their types (pairs). */
static tk_dict *dictOf(const char *const *az) {
  tk_dict *d = 0;
  if (tk_dict_new(&d) != TK_OK) return 0;
  for (; az[0]; az += 2)
    tk_dict_add(d, az[0], strlen(az[0]), az[1], strlen(az[1]));
  return d;
}

/* Each rule on dictionary spans. */
static void testRules(tk_entities *p) {
  static const char *const az[] = {"Bill Clinton",
                                   "PERSON",
                                   "Hillary Clinton",
                                   "PERSON",
                                   "Clinton",
                                   "PERSON",
                                   "Clinton's",
                                   "PERSON",
                                   "George W. Bush",
                                   "PERSON",
                                   "W. Bush",
                                   "PERSON",
                                   "Bush",
                                   "PERSON",
                                   "Washington",
                                   "LOC",
                                   "George Washington",
                                   "PERSON",
                                   "National Security Council",
                                   "ORG",
                                   "NSC",
                                   "ORG",
                                   "Bank of England",
                                   "ORG",
                                   "BOE",
                                   "ORG",
                                   "FBI",
                                   "ORG",
                                   "London",
                                   "LOC",
                                   "NATO",
                                   "ORG",
                                   "München",
                                   "LOC",
                                   "AFL-CIO Unions",
                                   "ORG",
                                   "The Natural Law Party",
                                   "ORG",
                                   "Natural Law Party",
                                   "ORG",
                                   "Mike Ford",
                                   "PERSON",
                                   "Mike Pence",
                                   "PERSON",
                                   "Mike",
                                   "PERSON",
                                   "Bill",
                                   "PERSON",
                                   "James",
                                   "PERSON",
                                   "LeBron James",
                                   "PERSON",
                                   "James Harden",
                                   "PERSON",
                                   "J. Smith",
                                   "PERSON",
                                   "J.",
                                   "PERSON",
                                   "Jordan",
                                   "LOC",
                                   "Jordan Peterson",
                                   "PERSON",
                                   0};
  tk_dict *d = dictOf(az);
  tk_entity_options o;
  char z[1024];
  TK_CHECK(d != 0);
  tk_entity_options_init(&o);
  o.bModel = 0;
  o.pDict = d;
  /* a surname before and after the full name */
  TK_CHECK_STR(canonStr(p, &o, "Clinton came. Bill Clinton spoke. Clinton's", z,
                        sizeof(z)),
               "Clinton=Bill Clinton;Bill Clinton=Bill Clinton;"
               "Clinton's=Bill Clinton");
  /* two full names claim the surname: it stays */
  TK_CHECK_STR(
      canonStr(p, &o, "Bill Clinton, Hillary Clinton, Clinton", z, sizeof(z)),
      "Bill Clinton=Bill Clinton;Hillary Clinton=Hillary Clinton;"
      "Clinton=Clinton");
  /* word-final parts of a longer name go to it, the longest first */
  TK_CHECK_STR(
      canonStr(p, &o, "Bush, W. Bush and George W. Bush", z, sizeof(z)),
      "Bush=George W. Bush;W. Bush=George W. Bush;"
      "George W. Bush=George W. Bush");
  /* a place is not a surname */
  TK_CHECK_STR(canonStr(p, &o, "George Washington in Washington", z, sizeof(z)),
               "George Washington=George Washington;Washington=Washington");
  /* acronyms defined either way round, for every mention */
  TK_CHECK_STR(canonStr(p, &o,
                        "NSC staff. The National Security Council ( NSC )", z,
                        sizeof(z)),
               "NSC=National Security Council;"
               "National Security Council=National Security Council;"
               "NSC=National Security Council");
  TK_CHECK_STR(canonStr(p, &o, "BOE (Bank of England) said; BOE", z, sizeof(z)),
               "BOE=Bank of England;Bank of England=Bank of England;"
               "BOE=Bank of England");
  /* initials that do not agree define nothing */
  TK_CHECK_STR(
      canonStr(p, &o, "National Security Council (FBI) and FBI", z, sizeof(z)),
      "National Security Council=National Security Council;"
      "FBI=FBI;FBI=FBI");
  /* case variants: the mixed-case form; else title case from 5 letters */
  TK_CHECK_STR(canonStr(p, &o, "LONDON, London, LONDON", z, sizeof(z)),
               "LONDON=London;London=London;LONDON=London");
  TK_CHECK_STR(
      canonStr(p, &o, "LONDON NATO MÜNCHEN AFL-CIO UNIONS", z, sizeof(z)),
      "LONDON=London;NATO=NATO;MÜNCHEN=München;"
      "AFL-CIO UNIONS=AFL-CIO Unions");
  /* leading The, line breaks */
  TK_CHECK_STR(canonStr(p, &o, "The Natural Law Party; Natural\n Law  Party", z,
                        sizeof(z)),
               "The Natural Law Party=Natural Law Party;"
               "Natural\n Law  Party=Natural Law Party");
  /* a first name goes to the one full name that starts with it, before
  ** or after it */
  TK_CHECK_STR(
      canonStr(p, &o, "Mike wrote. Mike Ford spoke. Mike", z, sizeof(z)),
      "Mike=Mike Ford;Mike Ford=Mike Ford;Mike=Mike Ford");
  TK_CHECK_STR(
      canonStr(p, &o, "Bill Clinton, Hillary Clinton, Bill", z, sizeof(z)),
      "Bill Clinton=Bill Clinton;Hillary Clinton=Hillary Clinton;"
      "Bill=Bill Clinton");
  /* one name ends with it and another starts with it: the surname wins */
  TK_CHECK_STR(
      canonStr(p, &o, "LeBron James and James Harden; James", z, sizeof(z)),
      "LeBron James=LeBron James;James Harden=James Harden;"
      "James=LeBron James");
  /* two names start with it: it stays */
  TK_CHECK_STR(canonStr(p, &o, "Mike Ford, Mike Pence, Mike", z, sizeof(z)),
               "Mike Ford=Mike Ford;Mike Pence=Mike Pence;Mike=Mike");
  /* an initial is no first name; a place is none */
  TK_CHECK_STR(canonStr(p, &o, "J. Smith and J.", z, sizeof(z)),
               "J. Smith=J. Smith;J.=J.");
  TK_CHECK_STR(canonStr(p, &o, "Jordan Peterson in Jordan", z, sizeof(z)),
               "Jordan Peterson=Jordan Peterson;Jordan=Jordan");
  /* patterns keep their norm */
  TK_CHECK_STR(canonStr(p, &o, "London paid $5 on Feb. 7, 2014", z, sizeof(z)),
               "London=London;$5=5 USD;Feb. 7, 2014=2014-02-07");
  tk_dict_free(d);
}

/* Four model mentions of "Jay Carney . Carney . Carney . Carney" with the
** types and scores given ("P.95" is PERSON 0.95; O ORG, L LOC). */
static void carney(tk_entity *a, const char *z, const char *zSpec) {
  static const size_t aStart[] = {0, 13, 22, 31}, aLen[] = {10, 6, 6, 6};
  memset(a, 0, 4 * sizeof(*a));
  for (int i = 0; i < 4; i++, zSpec += 4) {
    a[i].iStart = aStart[i];
    a[i].nLen = aLen[i];
    a[i].zNorm = z + aStart[i];
    a[i].nNorm = aLen[i];
    a[i].eType = zSpec[0] == 'P'   ? TK_ENT_PERSON
                 : zSpec[0] == 'O' ? TK_ENT_ORG
                                   : TK_ENT_LOC;
    a[i].zType = tk_entity_type_name(a[i].eType);
    a[i].rScore = atof(zSpec + 1);
    a[i].eSource = TK_SRC_MODEL;
  }
}

/* The types of a[0..4) as "PERSON ORG ..." into zOut. */
static const char *types(const tk_entity *a, char *zOut) {
  sprintf(zOut, "%s %s %s %s", a[0].zType, a[1].zType, a[2].zType, a[3].zType);
  return zOut;
}

/* The vote: low scores follow the heaviest type of their canonical name,
** scores of 0.9 or more keep theirs; a part must be mostly PERSON to
** join a full name. */
static void testVote(void) {
  const char *z = "Jay Carney . Carney . Carney . Carney";
  tk_entity a[4];
  char zT[64];
  tk_canon *c = 0;
  carney(a, z, "P.95P.80L.50O.30");
  TK_CHECK_INT(tk_entities__canonical(&c, z, strlen(z), a, 4, 0), TK_OK);
  TK_CHECK_STR(types(a, zT), "PERSON PERSON LOC ORG"); /* no vote asked */
  TK_CHECK_STR(a[3].zCanonical, "Jay Carney");
  TK_CHECK_INT(tk_entities__canonical(&c, z, strlen(z), a, 4, 1), TK_OK);
  TK_CHECK_STR(types(a, zT), "PERSON PERSON PERSON PERSON");
  carney(a, z, "P.95P.85P.85L.91");
  TK_CHECK_INT(tk_entities__canonical(&c, z, strlen(z), a, 4, 1), TK_OK);
  TK_CHECK_STR(types(a, zT), "PERSON PERSON PERSON LOC");
  TK_CHECK_STR(a[3].zCanonical, "Jay Carney");
  /* "Carney" weighs ORG 0.95 against PERSON 0.8 + LOC 0.5: not a part */
  carney(a, z, "P.95P.80L.50O.95");
  TK_CHECK_INT(tk_entities__canonical(&c, z, strlen(z), a, 4, 1), TK_OK);
  TK_CHECK_STR(a[1].zCanonical, "Carney");
  TK_CHECK_STR(types(a, zT), "PERSON ORG ORG ORG");
  tk_entities__canon_free(c);
}

/* Bad input: no entities, empty and invalid UTF-8 norms, no names. */
static void testBadInput(tk_entities *p) {
  tk_canon *c = 0;
  TK_CHECK_INT(tk_entities__canonical(&c, 0, 0, 0, 0, 1), TK_OK);
  TK_CHECK(c == 0); /* nothing allocated without names */
  tk_entity a[3];
  memset(a, 0, sizeof(a));
  const char *az[] = {"",
                      "\xFF\xFE"
                      "ABCDEF",
                      "THE \xC0's"};
  for (int i = 0; i < 3; i++) {
    a[i].zNorm = az[i];
    a[i].nNorm = strlen(az[i]);
    a[i].eType = TK_ENT_ORG;
    a[i].rScore = 0.5;
    a[i].eSource = TK_SRC_DICTIONARY;
  }
  TK_CHECK_INT(tk_entities__canonical(&c, "", 0, a, 3, 1), TK_OK);
  TK_CHECK_STR(a[0].zCanonical, "");
  TK_CHECK_STR(a[1].zCanonical, "\xFF\xFE"
                                "ABCDEF"); /* not letters only */
  TK_CHECK_STR(a[2].zCanonical, "\xC0");
  tk_entities__canon_free(c);
  tk_entity_options o;
  char z[256];
  tk_entity_options_init(&o);
  TK_CHECK_STR(canon(p, &o, "", 0, z, sizeof(z)), "");
  TK_CHECK_STR(canon(p, &o, "\xFF\xFE\x80 \xC0", 4, z, sizeof(z)), "");
  o.bModel = 0;
  TK_CHECK_STR(canonStr(p, &o, "5 km", z, sizeof(z)), "5 km=5 km");
}

/* A text of nName distinct full names, each followed by its surname:
** "Ann Smith0 and Smith0. Ann Smith1 and Smith1. ..." */
static char *namesText(int nName, size_t *pn) {
  char *z = malloc((size_t)nName * 40 + 1);
  size_t n = 0;
  if (!z) return 0;
  for (int i = 0; i < nName; i++)
    n += (size_t)sprintf(z + n, "Ann Smith%d and Smith%d. ", i, i);
  *pn = n;
  return z;
}

/* Hand-made PERSON mentions of namesText (full name, then surname). */
static tk_entity *namesMentions(const char *z, size_t n, size_t *pnEnt) {
  tk_entity *a = malloc(sizeof(tk_entity) * (n / 8 + 2));
  size_t nEnt = 0;
  if (!a) return 0;
  for (size_t i = 0; i < n;) {
    const char *zAnd = strstr(z + i, " and ");
    const char *zDot = strstr(z + i, ". ");
    size_t aStart[] = {i, (size_t)(zAnd - z) + 5};
    size_t aEnd[] = {(size_t)(zAnd - z), (size_t)(zDot - z)};
    for (int k = 0; k < 2; k++) {
      tk_entity *e = &a[nEnt++];
      memset(e, 0, sizeof(*e));
      e->iStart = aStart[k];
      e->nLen = aEnd[k] - aStart[k];
      e->zNorm = z + e->iStart;
      e->nNorm = e->nLen;
      e->eType = TK_ENT_PERSON;
      e->rScore = 0.5;
      e->eSource = TK_SRC_MODEL;
    }
    i = (size_t)(zDot - z) + 2;
  }
  *pnEnt = nEnt;
  return a;
}

/* Seconds of the best of 3 runs of the canonical step on nName names;
** checks the links on the way. */
static double timeNames(tk_canon **pc, int nName) {
  size_t n, nEnt;
  char *z = namesText(nName, &n);
  tk_entity *a = z ? namesMentions(z, n, &nEnt) : 0;
  double rBest = 1e9;
  TK_CHECK(a != 0);
  for (int rep = 0; a && rep < 3; rep++) {
    clock_t t0 = clock();
    TK_CHECK_INT(tk_entities__canonical(pc, z, n, a, nEnt, 1), TK_OK);
    double r = (double)(clock() - t0) / CLOCKS_PER_SEC;
    rBest = r < rBest ? r : rBest;
  }
  if (a) {
    char zWant[64];
    snprintf(zWant, sizeof(zWant), "Ann Smith%d", nName - 1);
    TK_CHECK_STR(a[nEnt - 1].zCanonical, zWant);
  }
  free(a);
  free(z);
  return rBest;
}

/* 1 MB, 10,000 names and 10,000 surnames: eight times the names takes
** well under 64 times as long, what a quadratic step would take.  Measured
** 8 to 23 times (cache misses grow with the table: 4.7 ms against 106 ms
** on an idle core), so 24 failed now and then under make test's parallel
** runs; the bound is 40. */
static void testLinear(tk_entities *p) {
  tk_canon *c = 0;
  size_t n;
  char *z = namesText(40000, &n);
  TK_CHECK(z && n > 1000000);
  double r1 = timeNames(&c, 10000), r8 = timeNames(&c, 80000);
  TK_CHECK(r8 < 40 * r1);
  tk_entities__canon_free(c);
  /* the same through the extractor, with the full names in a dictionary */
  tk_dict *d = 0;
  TK_CHECK_INT(tk_dict_new(&d), TK_OK);
  for (int i = 0; i < 10000; i++) {
    char zName[32];
    snprintf(zName, sizeof(zName), "Smith%d", i);
    tk_dict_add(d, zName, strlen(zName), "PERSON", 6);
    snprintf(zName, sizeof(zName), "Ann Smith%d", i);
    tk_dict_add(d, zName, strlen(zName), "PERSON", 6);
  }
  tk_entity_options o;
  tk_entity_options_init(&o);
  o.bModel = 0;
  o.bPatterns = 0;
  o.pDict = d;
  const tk_entity *a;
  size_t nEnt;
  TK_CHECK_INT(tk_entities_run(p, &o, z, n, &a, &nEnt), TK_OK);
  TK_CHECK_INT(nEnt, 20000);
  TK_CHECK(nEnt == 20000 && strcmp(a[19999].zCanonical, "Ann Smith9999") == 0);
  tk_dict_free(d);
  free(z);
}

/* vote= is on by default and takes 0 or 1. */
static void testOption(void) {
  tk_entity_options o;
  char *zErr = 0;
  tk_entity_options_init(&o);
  TK_CHECK_INT(o.bVote, 1);
  TK_CHECK_INT(tk_entity_options_set(&o, "vote", 4, "0", 1, &zErr), TK_OK);
  TK_CHECK_INT(o.bVote, 0);
  TK_CHECK_INT(tk_entity_options_set(&o, "vote", 4, "x", 1, &zErr), TK_EINVAL);
  TK_CHECK(zErr && strstr(zErr, "for vote; valid: 0, 1"));
  tk_free(zErr);
}

int main(void) {
  tk_entities *p;
  TK_CHECK_INT(tk_entities_new(&p), TK_OK);
  testRules(p);
  testVote();
  testBadInput(p);
  testLinear(p);
  tk_entities_free(p);
  testOption();
  TK_TEST_END();
}
