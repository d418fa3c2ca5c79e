/*
** test_ner_rules.c -- the tagger's rules of reading (ext/core/ner/
** reading_rules.c), which entities() asks for and self-training does not:
** TK_NER_RULE_DATELINE makes the spaced dashes and a month before its day
** number O, so a news dateline is read as place, date, agency and text.
** Odd input: a dash at the text's edges, unspaced dashes, a month at the
** sentence's end, numbers too long for a day, a truncated UTF-8 dash.
*/
#include "textkit.h"
#include "../../ext/core/ner/ner_internal.h"
#include "tk_test.h"
#include "tk_test_ner.h"

/* The tokens of the first sentence of z the dateline rule makes stops
** that were not stops before, as a string: 's' for each, '-' for the
** others. */
static const char *newStops(const char *z) {
  static char zOut[TK_NER_MAXSENT + 1];
  tk_ner_info a[TK_NER_MAXSENT];
  tk_ner_tok aTok[TK_NER_MAXSENT];
  tk_ner_reader rd;
  tk_ner__reader_init(&rd, z, strlen(z));
  int n = tk_ner__reader_sentence(&rd, aTok);
  tk_ner__sentence_info(z, aTok, n, 1, 0, a);
  unsigned aBefore[TK_NER_MAXSENT];
  for (int k = 0; k < n; k++)
    aBefore[k] = a[k].fCase & TK_NER_C_STOP;
  tk_ner__dateline_mark(z, strlen(z), aTok, a, n);
  for (int k = 0; k < n; k++)
    zOut[k] = (a[k].fCase & TK_NER_C_STOP) && !aBefore[k] ? 's' : '-';
  zOut[n] = 0;
  return zOut;
}

/* 1 when z, tagged with the rules fRules, has a span of text zWant and
** type eType. */
static int hasSpan(const char *z, unsigned fRules, const char *zWant,
                   int eType) {
  tk_ner_span *a = 0;
  size_t n = 0;
  TK_CHECK_INT(
      tk_ner_tag_w(tk_ner_builtin(), z, strlen(z), 0, 0, fRules, &a, &n),
      TK_OK);
  int bFound = 0;
  for (size_t i = 0; i < n; i++)
    if (a[i].nLen == strlen(zWant) &&
        memcmp(z + a[i].iStart, zWant, a[i].nLen) == 0 && a[i].eType == eType)
      bFound = 1;
  tk_free(a);
  return bFound;
}

/* 1 when z gets the same spans with and without the rules. */
static int sameSpans(const char *z) {
  tk_ner_span *a = 0, *b = 0;
  size_t na = 0, nb = 0;
  TK_CHECK_INT(tk_ner_tag_w(tk_ner_builtin(), z, strlen(z), 0, 0, 0, &a, &na),
               TK_OK);
  TK_CHECK_INT(tk_ner_tag_w(tk_ner_builtin(), z, strlen(z), 0, 0,
                            TK_NER_RULE_DATELINE, &b, &nb),
               TK_OK);
  int bSame = na == nb;
  for (size_t i = 0; bSame && i < na; i++)
    bSame = a[i].iStart == b[i].iStart && a[i].nLen == b[i].nLen &&
            a[i].eType == b[i].eType;
  tk_free(a);
  tk_free(b);
  return bSame;
}

int main(void) {
  /* WASHINGTON , Jan 20 ( Reuters ) - Donald Trump */
  TK_CHECK_STR(newStops("WASHINGTON, Jan 20 (Reuters) - Donald Trump"),
               "--s----s--");
  TK_CHECK_STR(newStops("LONDON, Sept. 9 (AP) -- Keir Starmer"), "--s----s--");
  TK_CHECK_STR(newStops("on March 3, and on December 31"), "-s----s-");
  /* en and em dashes with a space on one side; a run of hyphens */
  TK_CHECK_STR(newStops("Paris \xe2\x80\x93 Berlin"), "-s-");
  TK_CHECK_STR(newStops("Paris\xe2\x80\x94 Berlin"), "-s-");
  TK_CHECK_STR(newStops("- Donald Trump -"), "s--s");
  /* not a dateline: hyphenated and unspaced, a month without a day */
  TK_CHECK_STR(newStops("Karine Jean-Pierre said"), "---");
  TK_CHECK_STR(newStops("Austria\xe2\x80\x93Hungary"), "---");
  TK_CHECK_STR(newStops("Jan Kowalski and May 2025 and June 123"), "--------");
  TK_CHECK_STR(newStops("It was due in June"), "-----");
  TK_CHECK_STR(newStops("jan 20"), "--");
  /* a truncated en dash is not one */
  TK_CHECK_STR(newStops("Paris \xe2\x80 Berlin"), newStops("Paris ? Berlin"));
  TK_CHECK_STR(newStops(""), "");

  /* Tagged with the rule: place, agency and name, no span holds the date
  ** or the dash. */
  const char *zLine = "WASHINGTON, Jan 20 (Reuters) - Donald Trump was sworn "
                      "in as president.";
  TK_CHECK(hasSpan(zLine, TK_NER_RULE_DATELINE, "Reuters", TK_ENT_ORG));
  TK_CHECK(hasSpan(zLine, TK_NER_RULE_DATELINE, "Donald Trump", TK_ENT_PERSON));
  TK_CHECK(hasSpan(zLine, TK_NER_RULE_DATELINE, "WASHINGTON", TK_ENT_LOC));
  /* text without a dateline reads the same with the rule */
  TK_CHECK(
      sameSpans("Chuck Hagel met Sergei Shoigu in Sochi, Russia, on "
                "Tuesday.  Karine Jean-Pierre spoke for Austria-Hungary."));
  TK_CHECK(sameSpans(""));
  TK_TEST_END();
}
