/*
** test_docdate.c -- unit tests of a document's date and ref=auto
** (ext/core/entities/docdate.c) and of the nearest-year rule
** (tk_entities__nearest_year in dates.c): datelines of each form, the
** head's limits, year-less datelines and headline dates, bad bytes, the
** options a run gets from tk_entities__ref_options, and the years a
** year-less text's dates take from each other (tk_entities__own_year).
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

#include <stdio.h>

/* tk_document_date of the NUL-terminated z as "YYYY-MM-DD", "--MM-DD" or
** "none". */
static const char *docDate(const char *z, char *zOut, size_t nOut) {
  int y = -1, mo = -1, d = -1;
  if (!tk_document_date(z, strlen(z), &y, &mo, &d)) {
    snprintf(zOut, nOut, "none(%d,%d,%d)", y, mo, d);
  } else if (y) {
    snprintf(zOut, nOut, "%04d-%02d-%02d", y, mo, d);
  } else {
    snprintf(zOut, nOut, "--%02d-%02d", mo, d);
  }
  return zOut;
}

/* The nearest year: within six months, the earlier on a tie. */
static void testNearestYear(void) {
  TK_CHECK_INT(tk_entities__nearest_year(2015, 1, 2, 12, 30), 2014);
  TK_CHECK_INT(tk_entities__nearest_year(2014, 12, 28, 1, 5), 2015);
  TK_CHECK_INT(tk_entities__nearest_year(1996, 8, 22, 3, 0), 1996);
  TK_CHECK_INT(tk_entities__nearest_year(1996, 8, 22, 2, 0), 1996);
  TK_CHECK_INT(tk_entities__nearest_year(1996, 8, 22, 1, 0), 1997);
  TK_CHECK_INT(tk_entities__nearest_year(1996, 8, 22, 8, 22), 1996);
  TK_CHECK_INT(tk_entities__nearest_year(1997, 3, 1, 2, 29), 1996);
  TK_CHECK_INT(tk_entities__nearest_year(2014, 6, 1, 2, 29), 0);
}

/* The dateline forms, the head's sources in order, its limits. */
static void testDocumentDate(void) {
  char z[64];
  TK_CHECK_STR(docDate("SOCCER - X BEAT Y .\nLONDON 1996-08-22\nText", z, 64),
               "1996-08-22");
  TK_CHECK_STR(docDate("WASHINGTON, Dec 30 (Reuters) - Text", z, 64),
               "--12-30");
  TK_CHECK_STR(docDate("BONN, Aug 22 (Reuters) - Text", z, 64), "--08-22");
  TK_CHECK_STR(docDate("NEW YORK (AP) -- Tuesday, March 3, 2015 - Text", z, 64),
               "2015-03-03");
  TK_CHECK_STR(docDate("AL-RAM , West Bank 1996-08-30\nText", z, 64),
               "1996-08-30");
  TK_CHECK_STR(docDate("ROCHESTER , N.H. 1996-08-30\nText", z, 64),
               "1996-08-30");
  TK_CHECK_STR(docDate("PARIS, 7th March 2015 - Text", z, 64), "2015-03-07");
  /* a year-less dateline borrows the year nearest a full date */
  TK_CHECK_STR(docDate("BONN, Dec 30 (Reuters) - On Jan. 2, 1997 it", z, 64),
               "1996-12-30");
  /* a dateline wins over an earlier full date; a later one with a year
  ** over an earlier one without */
  TK_CHECK_STR(docDate("Of 3 March 2015 .\nLONDON 2015-06-01", z, 64),
               "2015-06-01");
  TK_CHECK_STR(docDate("PRESS DIGEST - Aug 28 .\nMADRID 1996-08-28", z, 64),
               "1996-08-28");
  /* no dateline: the first ISO or full date of the head */
  TK_CHECK_STR(docDate("Held on 2015-03-03 and 4 April 2016.", z, 64),
               "2015-03-03");
  TK_CHECK_STR(docDate("Held on 4 of April, 2016.", z, 64), "2016-04-04");
  /* a month and day that ends the headline, after other words */
  TK_CHECK_STR(docDate("U.S. scrap prices - August 26.\nText", z, 64),
               "--08-26");
  TK_CHECK_STR(docDate("INDICATORS - updated August 29\nCPI 2.1", z, 64),
               "--08-29");
  TK_CHECK_STR(docDate("Scrap prices - August 26.\nOn May 2, 1996 it", z, 64),
               "1996-05-02");
  TK_CHECK_STR(docDate("May 27\nMay 27 is the day of the year.", z, 64),
               "none(0,0,0)");
  TK_CHECK_STR(docDate("Prices - August 26 rose\nText", z, 64), "none(0,0,0)");
  TK_CHECK_STR(docDate("Prices - August\nText", z, 64), "none(0,0,0)");
  TK_CHECK_STR(docDate("Title\nPrices - August 26.", z, 64), "none(0,0,0)");
  /* not dates: no year, a bad day, a lower-case month, a split line */
  TK_CHECK_STR(docDate("Prices rose on March 3 and Friday.", z, 64),
               "none(0,0,0)");
  TK_CHECK_STR(docDate("LONDON 1996-02-30", z, 64), "none(0,0,0)");
  TK_CHECK_STR(docDate("met on may 3, 2015", z, 64), "none(0,0,0)");
  TK_CHECK_STR(docDate("met on March 3,\n2015", z, 64), "none(0,0,0)");
  TK_CHECK_STR(docDate("LONDON\n1996-08-22", z, 64), "1996-08-22");
  TK_CHECK_STR(docDate("CRICKET - 1997 ASHES .", z, 64), "none(0,0,0)");
  /* the head: 5 non-blank lines */
  TK_CHECK_STR(docDate("a\n\n\nb\nc\nd\nLONDON 1996-08-22", z, 64),
               "1996-08-22");
  TK_CHECK_STR(docDate("a\nb\nc\nd\ne\nLONDON 1996-08-22", z, 64),
               "none(0,0,0)");
  /* bad input: NULL, empty, stray bytes, a NUL inside */
  int y = 1, mo = 1, d = 1;
  TK_CHECK_INT(tk_document_date(0, 5, &y, &mo, &d), 0);
  TK_CHECK_INT(y + mo + d, 0);
  TK_CHECK_INT(tk_document_date("", 0, &y, &mo, &d), 0);
  TK_CHECK_STR(docDate("\xff\xfe LONDON 1996-08-22", z, 64), "1996-08-22");
  TK_CHECK_STR(docDate("\xffLONDON\x80 1996-08-22", z, 64), "1996-08-22");
  TK_CHECK_INT(tk_document_date("LONDON\0 1996-08-22", 18, &y, &mo, &d), 1);
  TK_CHECK_INT(tk_document_date("1996-08-22", 7, &y, &mo, &d), 0);
}

/* 500 bytes at most, whatever they hold; no token cut by the limit. */
static void testHeadBytes(void) {
  char z[1200];
  int y, mo, d;
  memset(z, 'x', sizeof(z));
  memcpy(z + 489, " 1996-08-22 ", 12);
  TK_CHECK_INT(tk_document_date(z, sizeof(z), &y, &mo, &d), 1);
  TK_CHECK_INT(d, 22);
  TK_CHECK_INT(tk_document_date(z, 499, &y, &mo, &d), 1);
  TK_CHECK_INT(d, 2);
  memset(z, 'x', sizeof(z));
  memcpy(z + 490, " 1996-08-22 ", 12);
  TK_CHECK_INT(tk_document_date(z, sizeof(z), &y, &mo, &d), 0);
  for (size_t k = 0; k < sizeof(z); k++)
    z[k] = (char)(k % 2 ? ',' : '-');
  TK_CHECK_INT(tk_document_date(z, sizeof(z), &y, &mo, &d), 0);
}

/* ref=auto: the options a run gets. */
static void testRefOptions(void) {
  tk_entity_options o, oAuto;
  char *zErr = 0;
  const char *zDoc = "BONN 1996-08-22\nText";
  tk_entity_options_init(&o);
  TK_CHECK(tk_entities__ref_options(&o, zDoc, strlen(zDoc), &oAuto) == &o);
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "auto", 4, &zErr), TK_OK);
  TK_CHECK_INT(o.bRefAuto, 1);
  const tk_entity_options *p =
      tk_entities__ref_options(&o, zDoc, strlen(zDoc), &oAuto);
  TK_CHECK(p == &oAuto);
  TK_CHECK_INT(p->iRefYear * 10000 + p->iRefMonth * 100 + p->iRefDay, 19960822);
  TK_CHECK_INT(p->bModel, 1);
  /* a date without a year: no ref year, its month and day kept */
  p = tk_entities__ref_options(&o, "BONN, Aug 22 (Reuters)", 22, &oAuto);
  TK_CHECK_INT(p->iRefYear, 0);
  TK_CHECK_INT(p->iRefMonth * 100 + p->iRefDay, 822);
  p = tk_entities__ref_options(&o, "No date here", 12, &oAuto);
  TK_CHECK_INT(p->iRefYear + p->iRefMonth + p->iRefDay, 0);
  /* an explicit date after auto replaces it, and the reverse */
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "2014-02-07", 10, &zErr),
               TK_OK);
  TK_CHECK_INT(o.bRefAuto, 0);
  TK_CHECK(tk_entities__ref_options(&o, zDoc, strlen(zDoc), &oAuto) == &o);
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "auto", 4, &zErr), TK_OK);
  TK_CHECK_INT(o.iRefYear, 0);
  TK_CHECK_INT(tk_entity_options_set(&o, "ref", 3, "Auto", 4, &zErr),
               TK_EINVAL);
  TK_CHECK(zErr && strstr(zErr, "valid: a date YYYY-MM-DD, auto"));
  tk_free(zErr);
}

/* A dated norm's parts, and a year-less month-day given a year. */
static void testOwnYear(void) {
  int y = 0, mo = 0, d = -1;
  char z[16];
  TK_CHECK_INT(tk_entities__dated_norm("1996-08-14", &y, &mo, &d), 1);
  TK_CHECK_INT(y * 10000 + mo * 100 + d, 19960814);
  TK_CHECK_INT(tk_entities__dated_norm("1996-08", &y, &mo, &d), 1);
  TK_CHECK_INT(y * 10000 + mo * 100 + d, 19960800);
  TK_CHECK_INT(tk_entities__dated_norm("1996-08-14/1996-08-16", &y, &mo, &d),
               1);
  TK_CHECK_INT(d, 14);
  TK_CHECK_INT(tk_entities__dated_norm("1996", &y, &mo, &d), 0);
  TK_CHECK_INT(tk_entities__dated_norm("--08-14", &y, &mo, &d), 0);
  TK_CHECK_INT(tk_entities__dated_norm("1996-13", &y, &mo, &d), 0);
  TK_CHECK_INT(tk_entities__dated_norm("199x-08-14", &y, &mo, &d), 0);
  TK_CHECK_INT(tk_entities__dated_norm("17/18", &y, &mo, &d), 0);
  TK_CHECK_INT(tk_entities__own_year("--08-26", 1996, 8, 1, z, sizeof(z)), 1);
  TK_CHECK_STR(z, "1996-08-26");
  TK_CHECK_INT(tk_entities__own_year("--01-04", 1996, 12, 30, z, sizeof(z)), 1);
  TK_CHECK_STR(z, "1997-01-04");
  TK_CHECK_INT(tk_entities__own_year("--12-30", 1997, 1, 0, z, sizeof(z)), 1);
  TK_CHECK_STR(z, "1996-12-30");
  /* a month alone, a weekday, a dated norm, February 29 far from a leap
  ** year: unchanged */
  TK_CHECK_INT(tk_entities__own_year("--05", 1996, 8, 1, z, sizeof(z)), 0);
  TK_CHECK_INT(tk_entities__own_year("Friday", 1996, 8, 1, z, sizeof(z)), 0);
  TK_CHECK_INT(tk_entities__own_year("1996-08-26", 1996, 8, 1, z, sizeof(z)),
               0);
  TK_CHECK_INT(tk_entities__own_year("--02-29", 2014, 6, 1, z, sizeof(z)), 0);
  TK_CHECK_INT(tk_entities__own_year("--0a-29", 2014, 6, 1, z, sizeof(z)), 0);
}

int main(void) {
  testNearestYear();
  testOwnYear();
  testDocumentDate();
  testHeadBytes();
  testRefOptions();
  TK_TEST_END();
}
