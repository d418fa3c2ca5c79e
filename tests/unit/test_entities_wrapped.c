/*
** test_entities_wrapped.c -- the breaks of a hard-wrapped text
** (ext/core/base/wrap.c) and the copy the tagger reads with
** them as spaces (plain_text.c): which texts are wrapped and at what
** width, which breaks are wraps (not the first line's, a list item's, one
** before a blank line), and texts written a sentence or a paragraph a line.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

/* A paragraph wrapped at 66 bytes, a blank line, a list, two short lines. */
static const char zBook[] =
    "A TALE OF LONDON\n"
    "He wrote in his long letter that the treaty with the old Bank of\n"
    "England was signed last week, and that the meeting they held at the\n"
    "Royal George Hotel in Dover went well for the many people involved,\n"
    "as the clerks of Tellson's Bank in London and in Paris all agreed.\n"
    "\n"
    "The next morning the mail coach left for the coast, carrying three\n"
    "- a list item that stands on a line of its own, as items do in lists\n"
    "1. and a numbered one, which the line above it does not run into\n";

/* The copy of z with its wrap breaks as spaces (z itself when no copy). */
static const char *unwrapped(const char *z) {
  static char zOut[1024];
  tk_plain_text t;
  if (tk_entities__plain_text(z, strlen(z), &t) != TK_OK) return "(oom)";
  snprintf(zOut, sizeof zOut, "%s", t.z ? t.z : z);
  tk_entities__plain_text_free(&t);
  return zOut;
}

/* The offset of the line break that ends the line holding zNeedle. */
static size_t breakAfter(const char *z, const char *zNeedle) {
  const char *p = strstr(z, zNeedle);
  return p ? (size_t)(strchr(p, '\n') - z) : 0;
}

int main(void) {
  size_t n = strlen(zBook), w = tk_wrap_width(zBook, n);
  TK_CHECK_INT(w >= 66 && w <= 68, 1);
  /* wraps: inside the paragraph */
  TK_CHECK(tk_wrap_break(zBook, n, breakAfter(zBook, "Bank of"), w));
  TK_CHECK(tk_wrap_break(zBook, n, breakAfter(zBook, "at the"), w));
  /* not wraps: the title, before a blank line or a list item, the end */
  TK_CHECK(!tk_wrap_break(zBook, n, breakAfter(zBook, "LONDON"), w));
  TK_CHECK(!tk_wrap_break(zBook, n, breakAfter(zBook, "all agreed."), w));
  TK_CHECK(!tk_wrap_break(zBook, n, breakAfter(zBook, "carrying three"), w));
  TK_CHECK(!tk_wrap_break(zBook, n, breakAfter(zBook, "as items do"), w));
  TK_CHECK(!tk_wrap_break(zBook, n, n - 1, w));
  /* nor after a list item: a results table's row, then a line */
  const char *zRows =
      "The times of the drivers in the first practice session on the day:\n"
      "9. Eddie Irvine (Britain) Ferrari one minute and 53.043 seconds in it\n"
      "10. Rubens Barrichello (Brazil) Jordan one minute and 53.152 seconds\n"
      "Add to the grid the two drivers who were given their places by lot\n"
      "and who did not take part in the session at all because of the rain\n";
  size_t nRows = strlen(zRows), wRows = tk_wrap_width(zRows, nRows);
  TK_CHECK(wRows > 0);
  TK_CHECK(!tk_wrap_break(zRows, nRows, breakAfter(zRows, "53.152"), wRows));
  TK_CHECK(tk_wrap_break(zRows, nRows, breakAfter(zRows, "by lot"), wRows));
  /* the copy: the same length, the wrap breaks as spaces */
  const char *zCopy = unwrapped(zBook);
  TK_CHECK_INT((int)strlen(zCopy), (int)n);
  TK_CHECK(strstr(zCopy, "old Bank of England was") != 0);
  TK_CHECK(strstr(zCopy, "A TALE OF LONDON\nHe wrote") != 0);
  TK_CHECK(strstr(zCopy, "three\n- a list") != 0);
  /* not wrapped: a sentence a line (full stops end the full lines),
  ** a paragraph a line (longer than 100 bytes), short lines, few lines */
  const char *zSentences =
      "The council met on Tuesday to discuss the plans for the bridge.\n"
      "The mayor said the work would start in the spring of next year.\n"
      "Residents asked how long the road to the old harbour would close.\n"
      "The engineers said the closure would last for about three weeks.\n";
  TK_CHECK_INT((int)tk_wrap_width(zSentences, strlen(zSentences)), 0);
  TK_CHECK_STR(unwrapped(zSentences), zSentences);
  char zLong[600];
  snprintf(zLong, sizeof zLong, "%s\n%s\n%s\n%s\n",
           "This paragraph is one line of more than a hundred bytes, as a "
           "text written a paragraph a line has, and it goes on",
           "Another such paragraph follows it, again on a single line that "
           "runs well past the width of any wrap at all, and on",
           "A third one, of the same kind as the two before it and just as "
           "long, so that the text is written a paragraph a line",
           "And a fourth, so that there are lines enough to tell, all of "
           "them longer than the hundred bytes a wrapped line has");
  TK_CHECK_INT((int)tk_wrap_width(zLong, strlen(zLong)), 0);
  const char *zShort = "Home\nNews\nSport\nWeather\nContact us\n";
  TK_CHECK_INT((int)tk_wrap_width(zShort, strlen(zShort)), 0);
  const char *zFew = "one line that is long enough to be a wrapped one, and\n"
                     "another one\n";
  TK_CHECK_INT((int)tk_wrap_width(zFew, strlen(zFew)), 0);
  TK_CHECK_INT((int)tk_wrap_width("", 0), 0);
  TK_CHECK_INT((int)tk_wrap_width("\n\n\n\n\n", 5), 0);
  TK_TEST_END();
}
