/*
** test_sentences.c -- unit tests of ext/core/sentences/sentences.c: boundaries
** (terminators, abbreviations, initials, numbers, ellipses, quotes, list
** items, URLs), byte spans that exclude white space, line-break options,
** CJK and invalid UTF-8, option errors, and a long input.
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>

/* Segment z and join the sentences with " | " (static buffer). */
static const char *split(const char *z, const char *zOpt) {
  static char zOut[4096];
  tk_sentence_options o;
  tk_sentence_options_init(&o);
  char *zErr = 0;
  if (zOpt && tk_sentence_options_parse(&o, zOpt, strlen(zOpt), &zErr)) {
    tk_free(zErr);
    return "BAD OPTIONS";
  }
  tk_sentences *p;
  if (tk_sentences_new(&o, &p) != TK_OK) return "OOM";
  tk_sentences_reset(p, z, strlen(z));
  size_t iStart, nLen, nOut = 0;
  zOut[0] = 0;
  while (tk_sentences_next(p, &iStart, &nLen) == 1) {
    nOut += (size_t)snprintf(zOut + nOut, sizeof zOut - nOut, "%s%.*s",
                             nOut ? " | " : "", (int)nLen, z + iStart);
  }
  tk_sentences_free(p);
  return zOut;
}

/* The plain terminators and what follows them. */
static void testTerminators(void) {
  TK_CHECK_STR(split("Hello World. My name is Jonas.", 0),
               "Hello World. | My name is Jonas.");
  TK_CHECK_STR(split("What? No! Yes.", 0), "What? | No! | Yes.");
  TK_CHECK_STR(split("Hello?! Is that you?", 0), "Hello?! | Is that you?");
  TK_CHECK_STR(split("She works at Yahoo! in sales.", 0),
               "She works at Yahoo! in sales.");
  TK_CHECK_STR(split("He said, \"Stop.\" Then he left.", 0),
               "He said, \"Stop.\" | Then he left.");
  TK_CHECK_STR(split("'This is great.' she said.", 0),
               "'This is great.' she said.");
  TK_CHECK_STR(split("(Really.) Yes.", 0), "(Really.) | Yes.");
  TK_CHECK_STR(split("no terminator at all", 0), "no terminator at all");
}

/* Abbreviations, initials, numbers, URLs and e-mail addresses. */
static void testAbbreviations(void) {
  TK_CHECK_STR(split("Mr. Smith met Dr. Jones at St. Mary's.", 0),
               "Mr. Smith met Dr. Jones at St. Mary's.");
  TK_CHECK_STR(split("Turn to p. 55. It is there.", 0),
               "Turn to p. 55. | It is there.");
  TK_CHECK_STR(split("It closed on Jan. 5 at noon.", 0),
               "It closed on Jan. 5 at noon.");
  TK_CHECK_STR(split("Pitt & Co. It closed.", 0), "Pitt & Co. | It closed.");
  TK_CHECK_STR(split("I work for the U.S. Government now.", 0),
               "I work for the U.S. Government now.");
  TK_CHECK_STR(split("I live in the U.S. How about you?", 0),
               "I live in the U.S. | How about you?");
  TK_CHECK_STR(split("My name is Jonas E. Smith.", 0),
               "My name is Jonas E. Smith.");
  TK_CHECK_STR(split("You and I. Did Albert I. Jones go?", 0),
               "You and I. | Did Albert I. Jones go?");
  TK_CHECK_STR(split("She has $100.00. It is 3.5% more.", 0),
               "She has $100.00. | It is 3.5% more.");
  TK_CHECK_STR(split("Mail Jane.Doe@example.com. See https://x.example.org/"
                     "a.html. Done.",
                     0),
               "Mail Jane.Doe@example.com. | See "
               "https://x.example.org/a.html. | Done.");
  TK_CHECK_STR(split("e.g. The one.", 0), "e.g. The one.");
}

/* Ellipses, spaced and not, and omission marks. */
static void testEllipses(void) {
  TK_CHECK_STR(split("I never meant that.... She left.", 0),
               "I never meant that.... | She left.");
  TK_CHECK_STR(split("Wait\xE2\x80\xA6 Then go.", 0),
               "Wait\xE2\x80\xA6 | Then go.");
  TK_CHECK_STR(split("the thing is . . . I did not.", 0),
               "the thing is . . . I did not.");
  TK_CHECK_STR(split("a period . . . . Next one.", 0),
               "a period . . . . | Next one.");
  TK_CHECK_STR(split("compounds. . . . The practice. . . .", 0),
               "compounds. | . . . The practice. . . .");
  TK_CHECK_STR(split("\"Bohr [...] used [...]\" (Smith 55).", 0),
               "\"Bohr [...] used [...]\" (Smith 55).");
}

/* List items with numbers, letters and bullets. */
static void testLists(void) {
  TK_CHECK_STR(split("1) The first item 2) The second item", 0),
               "1) The first item | 2) The second item");
  TK_CHECK_STR(split("1. The first item 2. The second item", 0),
               "1. The first item | 2. The second item");
  TK_CHECK_STR(split("a. First b. Second c. Third", 0),
               "a. First | b. Second | c. Third");
  TK_CHECK_STR(split("\xE2\x80\xA2 9. First \xE2\x80\xA2 10. Second", 0),
               "\xE2\x80\xA2 9. First | \xE2\x80\xA2 10. Second");
  /* a number that does not continue the sequence does not split */
  TK_CHECK_STR(split("1) Buy 5) apples", 0), "1) Buy 5) apples");
  /* a bullet with nothing after it on its line is a sentence of its own,
  ** without the blanks after it (fuzz_sentences found "\u2022 " kept) */
  TK_CHECK_STR(split("\xE2\x80\xA2 ", 0), "\xE2\x80\xA2");
  TK_CHECK_STR(split("Hello. \xE2\x80\xA2 \t", 0), "Hello. | \xE2\x80\xA2");
  TK_CHECK_STR(split("\xE2\x80\xA2  \nNext item.", 0),
               "\xE2\x80\xA2 | Next item.");
}

/* Line breaks: sentences by default, spaces with newline=space except a
** blank line; spans never include the white space around a sentence. */
static void testLines(void) {
  TK_CHECK_STR(split("Line one\nline two", 0), "Line one | line two");
  TK_CHECK_STR(split("Line one\r\nline two", "newline=space"),
               "Line one\r\nline two");
  TK_CHECK_STR(split("Para one\n \nPara two", "newline=space"),
               "Para one | Para two");
  TK_CHECK_STR(split("One\xE2\x80\xA9Two", "newline=space"), "One | Two");
  TK_CHECK_STR(split("  \t\n  ", 0), "");
  TK_CHECK_STR(split("", 0), "");
  const char *z = "  First one.   Second one.  ";
  tk_sentences *p;
  size_t iStart, nLen;
  TK_CHECK_INT(tk_sentences_new(0, &p), TK_OK);
  tk_sentences_reset(p, z, strlen(z));
  TK_CHECK_INT(tk_sentences_next(p, &iStart, &nLen), 1);
  TK_CHECK_INT(iStart, 2);
  TK_CHECK_INT(nLen, 10);
  TK_CHECK_INT(tk_sentences_next(p, &iStart, &nLen), 1);
  TK_CHECK_INT(iStart, 15);
  TK_CHECK_INT(nLen, 11);
  TK_CHECK_INT(tk_sentences_next(p, &iStart, &nLen), 0);
  /* reset starts over on another text */
  tk_sentences_reset(p, "Ok. Fine.", 9);
  TK_CHECK_INT(tk_sentences_next(p, &iStart, &nLen), 1);
  TK_CHECK_INT(iStart, 0);
  TK_CHECK_INT(nLen, 3);
  tk_sentences_free(p);
}

/* CJK full stops need no space; invalid bytes are ordinary characters. */
static void testScripts(void) {
  TK_CHECK_STR(split("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE6\x88\x91"
                     "\xEF\xBC\x81",
                     0),
               "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82 | \xE6\x88\x91"
               "\xEF\xBC\x81");
  TK_CHECK_STR(split("Bad \xFF byte. Next \xC0.", 0),
               "Bad \xFF byte. | Next \xC0.");
  TK_CHECK_STR(split("\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. "
                     "\xD0\x94\xD0\xB0.",
                     0),
               "\xD0\x9E\xD0\xBD \xD1\x83\xD1\x88\xD1\x91\xD0\xBB. | "
               "\xD0\x94\xD0\xB0.");
}

/* Option errors name the valid keys and values. */
static void testOptions(void) {
  tk_sentence_options o;
  char *zErr = 0;
  tk_sentence_options_init(&o);
  TK_CHECK_INT(
      tk_sentence_options_parse(&o, "lang=en newline=space", 21, &zErr), TK_OK);
  TK_CHECK_INT(o.eNewline, TK_NEWLINE_SPACE);
  TK_CHECK_INT(tk_sentence_options_parse(&o, "size=3", 6, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown option 'size' (valid: lang, newline)");
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_sentence_options_parse(&o, "lang=fr", 7, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown lang 'fr' (valid: en)");
  tk_free(zErr);
  zErr = 0;
  TK_CHECK_INT(tk_sentence_options_parse(&o, "newline=1", 9, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "bad value '1' for newline (valid: auto, break, space)");
  tk_free(zErr);
}

/* newline=auto: a hard-wrapped text's wraps are spaces, its other line
** breaks (the title, before a list item, a short line) still end. */
static void testWrapped(void) {
  const char *zWrap =
      "A title\n"
      "The treaty with the old Bank of England was signed in London on a\n"
      "cold morning, and the merchants of the city met at the exchange to\n"
      "hear it read aloud. Nobody who was there could recall a crowd like\n"
      "it, and the bells of the churches rang until the evening fell on\n"
      "the river and the boats that waited there for the tide to turn,\n"
      "full of people who had come from the country to see the fair.\n"
      "- an item";
  TK_CHECK_STR(
      split(zWrap, 0),
      "A title | The treaty with the old Bank of England was signed "
      "in London on a\ncold morning, and the merchants of the city "
      "met at the exchange to\nhear it read aloud. | Nobody who was "
      "there could recall a crowd like\nit, and the bells of the "
      "churches rang until the evening fell on\nthe river and the boats "
      "that waited there for the tide to turn,\nfull of people who "
      "had come from the country to see the fair. | - an item");
  char zAuto[4096];
  snprintf(zAuto, sizeof zAuto, "%s", split(zWrap, 0));
  TK_CHECK_STR(split(zWrap, "newline=auto"), zAuto);
  TK_CHECK_STR(
      split(zWrap, "newline=break"),
      "A title | The treaty with the old Bank of England was signed "
      "in London on a | cold morning, and the merchants of the city "
      "met at the exchange to | hear it read aloud. | Nobody who was "
      "there could recall a crowd like | it, and the bells of the "
      "churches rang until the evening fell on | the river and the boats "
      "that waited there for the tide to turn, | full of people who "
      "had come from the country to see the fair. | - an item");
  /* short lines are no wrap: a poem, a list, a table */
  TK_CHECK_STR(split("Roses are red\nviolets are blue\nsugar is sweet\nand "
                     "so are you",
                     0),
               "Roses are red | violets are blue | sugar is sweet | and so "
               "are you");
}

/* A long text: every sentence found, spans contiguous and in order. */
static void testLong(void) {
  const char *zUnit = "Mr. Smith paid $1.50 at 5 p.m. today. Did he? ";
  size_t nUnit = strlen(zUnit), k = 20000;
  char *z = malloc(nUnit * k);
  for (size_t i = 0; i < k; i++)
    memcpy(z + i * nUnit, zUnit, nUnit);
  tk_sentences *p;
  tk_sentences_new(0, &p);
  tk_sentences_reset(p, z, nUnit * k);
  size_t iStart, nLen, nSent = 0, iLast = 0;
  int bOrdered = 1;
  while (tk_sentences_next(p, &iStart, &nLen) == 1) {
    if (iStart < iLast || z[iStart] == ' ') bOrdered = 0;
    iLast = iStart + nLen;
    nSent++;
  }
  TK_CHECK_INT(nSent, 2 * k);
  TK_CHECK(bOrdered);
  tk_sentences_free(p);
  free(z);
}

int main(void) {
  testTerminators();
  testAbbreviations();
  testEllipses();
  testLists();
  testLines();
  testWrapped();
  testScripts();
  testOptions();
  testLong();
  TK_TEST_END();
}
