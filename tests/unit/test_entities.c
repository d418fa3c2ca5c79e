/*
** test_patterns.c -- unit tests of the entity extractor's core: exact
** decimals, ordinal and month words, each pattern family's norms, the
** dictionary trie (longest match, case-insensitive), overlap and filter
** rules, and the option parser (ext/core/entities/entities.c, patterns_*.c,
** dictionary.c).
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

/* Format the decimal parsed from z after scaling by 10^k ("" if bad). */
static const char *dec(const char *z, int k, char *zOut) {
  tk_dec v;
  if (!tk_entities__dec_parse(z, strlen(z), &v)) return "";
  tk_entities__dec_scale(&v, k);
  tk_entities__dec_format(&v, zOut, 48);
  return zOut;
}

/* Exact decimal arithmetic for money and numbers. */
static void testDecimals(void) {
  char z[48];
  TK_CHECK_STR(dec("1.2", 9, z), "1200000000");
  TK_CHECK_STR(dec("1,000.5", 0, z), "1000.5");
  TK_CHECK_STR(dec("3.50", 0, z), "3.5");
  TK_CHECK_STR(dec("50", -2, z), "0.5");
  TK_CHECK_STR(dec("007", 0, z), "7");
  TK_CHECK_STR(dec("1,00", 0, z), "");
  TK_CHECK_STR(dec("1.2.3", 0, z), "");
  TK_CHECK_STR(dec(",5", 0, z), "");
  TK_CHECK_STR(dec("5,", 0, z), "");
  TK_CHECK_INT(tk_entities__scale_word("billion", 7), 9);
  TK_CHECK_INT(tk_entities__scale_word("crore", 5), 7);
  TK_CHECK_INT(tk_entities__scale_word("dozen", 5), 0);
}

/* Ordinal and month words. */
static void testWords(void) {
  TK_CHECK_INT(tk_entities__ordinal_value("21st", 4), 21);
  TK_CHECK_INT(tk_entities__ordinal_value("22nd", 4), 22);
  TK_CHECK_INT(tk_entities__ordinal_value("113th", 5), 113);
  TK_CHECK_INT(tk_entities__ordinal_value("11st", 4), 0);
  TK_CHECK_INT(tk_entities__ordinal_value("third", 5), 3);
  TK_CHECK_INT(tk_entities__ordinal_value("thirtieth", 9), 30);
  TK_CHECK_INT(tk_entities__ordinal_value("thirty", 6), 0);
  TK_CHECK_INT(tk_entities__month_value("sept", 4), 9);
  TK_CHECK_INT(tk_entities__month_value("may", 3), 5);
  TK_CHECK_INT(tk_entities__month_value("mayo", 4), 0);
  TK_CHECK_INT(tk_entity_type_find("money", 5), TK_ENT_MONEY);
  TK_CHECK_INT(tk_entity_type_find("Person", 6), 1);
  TK_CHECK_INT(tk_entity_type_find("FOO", 3), 0);
  TK_CHECK_STR(tk_entity_type_name(TK_ENT_IP), "IP");
}

/* Run the extractor on z (patterns only unless bModel) and write
** "TYPE:surface=norm;..." into zOut. */
static const char *run(tk_entities *p, tk_entity_options *o, const char *z,
                       char *zOut, size_t nOut) {
  const tk_entity *a;
  size_t n, k = 0;
  zOut[0] = 0;
  if (tk_entities_run(p, o, z, strlen(z), &a, &n) != TK_OK) return "error";
  for (size_t i = 0; i < n && k < nOut; i++) {
    k += (size_t)snprintf(zOut + k, nOut - k, "%s%s:%.*s=%s", i ? ";" : "",
                          a[i].zType, (int)a[i].nLen, z + a[i].iStart,
                          a[i].zNorm);
  }
  return zOut;
}

/* Each pattern family's norms. */
static void testPatterns(tk_entities *p) {
  tk_entity_options o;
  char z[512];
  tk_entity_options_init(&o);
  o.bModel = 0;
  TK_CHECK_STR(run(p, &o, "up 12.5 per cent to C$3bn", z, sizeof(z)),
               "PERCENT:12.5 per cent=12.5;MONEY:C$3bn=3000000000 CAD");
  TK_CHECK_STR(run(p, &o, "Tuesday, Feb. 7, 2014 at 5 p.m.", z, sizeof(z)),
               "DATE:Tuesday, Feb. 7, 2014=2014-02-07;TIME:5 p.m.=17:00");
  TK_CHECK_STR(run(p, &o, "on 29 February 2023", z, sizeof(z)),
               "CARDINAL:29=29;DATE:February 2023=2023-02");
  TK_CHECK_STR(run(p, &o, "2014-13-01", z, sizeof(z)),
               "CARDINAL:2014=2014;CARDINAL:13=13;CARDINAL:01=1");
  TK_CHECK_STR(run(p, &o, "-5°C and 2 degrees Fahrenheit", z, sizeof(z)),
               "QUANTITY:-5°C=-5 °C;QUANTITY:2 degrees Fahrenheit=2 °F");
  TK_CHECK_STR(
      run(p, &o, "twenty-first and two hundred and five", z, sizeof(z)),
      "ORDINAL:twenty-first=21;CARDINAL:two hundred and five=205");
  TK_CHECK_STR(run(p, &o, "1990-1995 and 256.1.1.1", z, sizeof(z)),
               "CARDINAL:1990=1990;CARDINAL:1995=1995");
  TK_CHECK_STR(run(p, &o, "10.0.0.255 or 1888888888.1.1.1", z, sizeof(z)),
               "IP:10.0.0.255=10.0.0.255;"
               "PHONE:1888888888.1.1.1=1888888888111");
  TK_CHECK_STR(run(p, &o, "A@B.COM +1 202-555-0173", z, sizeof(z)),
               "EMAIL:A@B.COM=a@b.com;PHONE:+1 202-555-0173=+12025550173");
  TK_CHECK_STR(
      run(p, &o, "newsroom +45 33969650 or 555.123.4567", z, sizeof(z)),
      "PHONE:+45 33969650=+4533969650;PHONE:555.123.4567=5551234567");
  o.iRefYear = 2014, o.iRefMonth = 3, o.iRefDay = 6; /* a Thursday */
  TK_CHECK_STR(run(p, &o, "on Thursday and Friday, March 7", z, sizeof(z)),
               "DATE:Thursday=2014-03-06;DATE:Friday, March 7=2014-03-07");
  o.mTypes = 1u << TK_ENT_TIME;
  TK_CHECK_STR(run(p, &o, "5 May at 10:15", z, sizeof(z)), "TIME:10:15=10:15");
  TK_CHECK_STR(run(p, &o, "", z, sizeof(z)), "");
  TK_CHECK_STR(run(p, &o, "\xFF\xFE 5 pm \xC0", z, sizeof(z)),
               "TIME:5 pm=17:00");
}

/* IP addresses: four octets 0..255; an octet of many digits is not one
** (and is read without overflow: UBSan checks). */
static void testIpOctets(tk_entities *p) {
  static const char *azNotIp[] = {
      "2147483648",          "99999999999999999999.1.1.1",
      "1.1.1.2147483648",    "4294967296.1.1",
      "9999999999.1.1",      "0256.1.1.1",
      "1.1.1.99999999999999"};
  tk_entity_options o;
  char z[512];
  tk_entity_options_init(&o);
  o.bModel = 0;
  for (size_t i = 0; i < sizeof(azNotIp) / sizeof(azNotIp[0]); i++) {
    const char *zOut = run(p, &o, azNotIp[i], z, sizeof(z));
    TK_CHECK(strcmp(zOut, "error") != 0 && !strstr(zOut, "IP:"));
  }
  TK_CHECK_STR(run(p, &o, "255.0.10.1", z, sizeof(z)),
               "IP:255.0.10.1=255.0.10.1");
}

/* MONEY at the edges of the token array: currency words cut off at the
** end of the text, adjectives without their noun, punctuation that only
** joins when glued, the weight look-behind at the start of the text. */
static void testMoney(tk_entities *p) {
  tk_entity_options o;
  char z[512];
  tk_entity_options_init(&o);
  o.bModel = 0;
  TK_CHECK_STR(run(p, &o, "5 Swiss", z, sizeof(z)), "CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "5 Hong", z, sizeof(z)), "CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "5 D-", z, sizeof(z)), "CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "5 D - marks", z, sizeof(z)), "CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "5 Swiss dollars", z, sizeof(z)), "CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "7 Danish kroner", z, sizeof(z)),
               "MONEY:7 Danish kroner=7 DKK");
  TK_CHECK_STR(run(p, &o, "2 US cents", z, sizeof(z)),
               "MONEY:2 US cents=0.02 USD");
  TK_CHECK_STR(run(p, &o, "1.5 pounds", z, sizeof(z)),
               "MONEY:1.5 pounds=1.5 GBP");
  TK_CHECK_STR(run(p, &o, "(3 pounds", z, sizeof(z)), "MONEY:3 pounds=3 GBP");
  TK_CHECK_STR(run(p, &o, "weighs 3 pounds", z, sizeof(z)),
               "QUANTITY:3 pounds=3 lb");
  TK_CHECK_STR(run(p, &o, "3 pounds (1.4 kg)", z, sizeof(z)),
               "QUANTITY:3 pounds=3 lb;QUANTITY:1.4 kg=1.4 kg");
  TK_CHECK_STR(run(p, &o, "3 pound", z, sizeof(z)), "QUANTITY:3 pound=3 lb");
  TK_CHECK_STR(run(p, &o, "3 million pound", z, sizeof(z)),
               "MONEY:3 million pound=3000000 GBP");
  TK_CHECK_STR(run(p, &o, "Dm 5 and Usd 5", z, sizeof(z)),
               "CARDINAL:5=5;CARDINAL:5=5");
  TK_CHECK_STR(run(p, &o, "EPS 1.16 DEM 1.90 DEM", z, sizeof(z)),
               "MONEY:1.16 DEM=1.16 DEM;MONEY:1.90 DEM=1.9 DEM");
  TK_CHECK_STR(run(p, &o, "\xFF 5 marks \xC0", z, sizeof(z)),
               "MONEY:5 marks=5 DEM");
  TK_CHECK_STR(run(p, &o, "5\nmarks", z, sizeof(z)), "CARDINAL:5=5");
}

/* The dictionary: longest match, case-insensitive, custom types, wins
** over patterns. */
static void testDictionary(tk_entities *p) {
  tk_dict *d;
  tk_entity_options o;
  char z[512];
  TK_CHECK_INT(tk_dict_new(&d), TK_OK);
  TK_CHECK_INT(tk_dict_add(d, "New York", 8, "loc", 3), TK_OK);
  TK_CHECK_INT(tk_dict_add(d, "new york times", 14, "ORG", 3), TK_OK);
  TK_CHECK_INT(tk_dict_add(d, "5 May", 5, "Festival", 8), TK_OK);
  TK_CHECK_INT(tk_dict_add(d, "  ", 2, "X", 1), TK_OK);
  for (int i = 0; i < 2000; i++) { /* many phrases: the table grows */
    char zP[32];
    snprintf(zP, sizeof(zP), "phrase number %d", i);
    tk_dict_add(d, zP, strlen(zP), "NUM", 3);
  }
  tk_entity_options_init(&o);
  o.bModel = 0;
  o.pDict = d;
  TK_CHECK_STR(
      run(p, &o, "The NEW YORK TIMES, New York, 5 May, 6 May", z, sizeof(z)),
      "ORG:NEW YORK TIMES=NEW YORK TIMES;LOC:New York=New York;"
      "Festival:5 May=5 May;DATE:6 May=--05-06");
  TK_CHECK_STR(
      run(p, &o, "Phrase  Number 1999 and phrase number 2000", z, sizeof(z)),
      "NUM:Phrase  Number 1999=Phrase Number 1999;"
      "CARDINAL:2000=2000");
  o.mTypes = 1u << TK_ENT_ORG;
  TK_CHECK_STR(run(p, &o, "New York Times and 5 May", z, sizeof(z)),
               "ORG:New York Times=New York Times");
  tk_dict_free(d);
}

/* Option parsing and its messages. */
static void testOptions(void) {
  tk_entity_options o;
  char *zErr = 0;
  tk_entity_options_init(&o);
  TK_CHECK_INT(tk_entity_options_set(&o, "types", 5, "date, Money", 11, &zErr),
               TK_OK);
  TK_CHECK_INT(o.mTypes, (1u << TK_ENT_DATE) | (1u << TK_ENT_MONEY));
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "2016-02-29", 10, &zErr),
               TK_OK);
  TK_CHECK_INT(o.iRefDay, 29);
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "2015-02-29", 10, &zErr),
               TK_EINVAL);
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_entity_options_set(&o, "type", 4, "DATE", 4, &zErr),
               TK_EINVAL);
  TK_CHECK(zErr && strstr(zErr, "valid keys: types, patterns, model"));
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_entity_options_set(&o, "types", 5, "DATE,", 5, &zErr),
               TK_EINVAL);
  TK_CHECK(zErr && strstr(zErr, "valid types: PERSON"));
  tk_free(zErr);
}

/* tk_work's cancel callback: stop once *pArg polls have been answered. */
static int stopAfter(void *pArg) {
  int *pnLeft = pArg;
  return (*pnLeft)-- <= 0;
}

/* pWork: a callback that never stops changes nothing; one that stops
** ends the run with TK_EINTERRUPT in each phase (tokens and patterns,
** the tagger), and the extractor works again afterwards. */
static void testCancel(tk_entities *p) {
  tk_buf b = {0};
  for (int i = 0; i < 4000; i++)
    tk_buf_append(&b, "Angela Merkel paid $3 million on 5 May 2014. ", 45);
  tk_entity_options o;
  tk_entity_options_init(&o);
  const tk_entity *a;
  size_t nPlain = 0, nWork = 0;
  TK_CHECK_INT(tk_entities_run(p, &o, b.z, b.n, &a, &nPlain), TK_OK);
  int nLeft = 1 << 30;
  tk_work w = {0};
  w.xCancel = stopAfter;
  w.pArg = &nLeft;
  o.pWork = &w;
  TK_CHECK_INT(tk_entities_run(p, &o, b.z, b.n, &a, &nWork), TK_OK);
  TK_CHECK(nPlain > 8000 && nWork == nPlain);
  TK_CHECK(nLeft < (1 << 30)); /* 180 KB of text: polled */
  for (int bModel = 0; bModel <= 1; bModel++) {
    o.bModel = bModel;
    o.bPatterns = !bModel;
    nLeft = 2;
    memset(&w, 0, sizeof(w));
    w.xCancel = stopAfter;
    w.pArg = &nLeft;
    TK_CHECK_INT(tk_entities_run(p, &o, b.z, b.n, &a, &nWork), TK_EINTERRUPT);
  }
  tk_ner_span *aSpan = 0;
  size_t nSpan = 0;
  nLeft = 0;
  memset(&w, 0, sizeof(w));
  w.xCancel = stopAfter;
  w.pArg = &nLeft;
  TK_CHECK_INT(
      tk_ner_tag_w(tk_ner_builtin(), b.z, b.n, &w, 0, 0, &aSpan, &nSpan),
      TK_EINTERRUPT);
  TK_CHECK(aSpan == 0 && nSpan == 0);
  tk_entity_options_init(&o);
  TK_CHECK_INT(tk_entities_run(p, &o, b.z, b.n, &a, &nWork), TK_OK);
  TK_CHECK(nWork == nPlain);
  tk_buf_free(&b);
}

int main(void) {
  tk_entities *p;
  testDecimals();
  testWords();
  TK_CHECK_INT(tk_entities_new(&p), TK_OK);
  testPatterns(p);
  testMoney(p);
  testIpOctets(p);
  testDictionary(p);
  testCancel(p);
  tk_entities_free(p);
  testOptions();
  TK_TEST_END();
}
