/*
** test_entities_plain_text.c -- the ASCII copy entities() tags
** (ext/core/entities/plain_text.c): what each typographic character
** becomes, and the map of the copy's offsets back to the text's at, inside
** and after each replacement; a text with nothing to replace gets no copy.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

/* The copy of z (NULL when none) in a static buffer. */
static const char *plainCopy(const char *z) {
  static char zOut[256];
  tk_plain_text t;
  if (tk_entities__plain_text(z, strlen(z), &t) != TK_OK) return "(oom)";
  if (!t.z) return 0;
  snprintf(zOut, sizeof zOut, "%s", t.z);
  tk_entities__plain_text_free(&t);
  return zOut;
}

int main(void) {
  TK_CHECK(plainCopy("Plain ASCII, 'quoted' and \"double\" - dash.") == 0);
  TK_CHECK(plainCopy("") == 0);
  TK_CHECK(plainCopy("caf\xc3\xa9 \xe2\x82\xac 5") == 0); /* é and € stay */
  TK_CHECK_STR(plainCopy("O\xe2\x80\x99"
                         "Brien\xe2\x80\x99s"),
               "O'Brien's");
  TK_CHECK_STR(
      plainCopy("\xe2\x80\x98one\xe2\x80\x99 \xe2\x80\x9ctwo\xe2\x80\x9d"
                " \xc2\xabtrois\xc2\xbb \xe2\x80\x9e"
                "vier\xe2\x80\x9c"),
      "'one' \"two\" \"trois\" \"vier\"");
  TK_CHECK_STR(plainCopy("Church\xe2\x80\x93Turing, 5\xe2\x88\x92"
                         "3, "
                         "e\xe2\x80\x90mail"),
               "Church-Turing, 5-3, e-mail");
  /* an em dash: "--" unspaced, "-" with a space on both sides */
  TK_CHECK_STR(plainCopy("paper\xe2\x80\x94"
                         "1936 (AP) \xe2\x80\x94 Rome"),
               "paper--1936 (AP) - Rome");
  TK_CHECK_STR(plainCopy("\xe2\x80\x94"
                         "end \xe2\x80\x94"),
               "--end --");

  /* offsets: "A\u2019s \u2014B\u2014 C" -> "A's --B-- C" */
  const char *z = "A\xe2\x80\x99s \xe2\x80\x94"
                  "B\xe2\x80\x94 C";
  tk_plain_text t;
  TK_CHECK_INT(tk_entities__plain_text(z, strlen(z), &t), TK_OK);
  TK_CHECK_STR(t.z, "A's --B-- C");
  TK_CHECK_INT(t.nStep, 3);
  TK_CHECK_INT(tk_entities__plain_offset(&t, 0, 0), 0);  /* A */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 1, 0), 1);  /* ' at ’ */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 2, 0), 4);  /* s */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 4, 0), 6);  /* -- at — */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 5, 0), 6);  /* inside: start */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 5, 1), 9);  /* inside: end */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 6, 0), 9);  /* B */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 7, 1), 10); /* B's end */
  TK_CHECK_INT(tk_entities__plain_offset(&t, 11, 1), strlen(z)); /* end */
  tk_entities__plain_text_free(&t);
  TK_CHECK(t.z == 0 && t.aStep == 0);
  tk_entities__plain_text_free(&t); /* twice is harmless */

  /* lead bytes that begin no replacement (a no-break space, the euro
  ** sign) are copied with the text around them */
  TK_CHECK_STR(plainCopy("a\xc2\xa0"
                         "b \xe2\x80\x99"
                         "c \xe2\x82\xac d\xc2"),
               "a\xc2\xa0"
               "b 'c \xe2\x82\xac d\xc2");
  /* a truncated sequence at the end is left as it is */
  TK_CHECK(plainCopy("cut \xe2\x80") == 0);
  TK_TEST_END();
}
