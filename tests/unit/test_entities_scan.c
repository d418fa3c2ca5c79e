/*
** test_entities_scan.c -- the scanning helpers of entities()'s rules
** (ext/core/entities/entities_internal.h, headline_names.c): the search by
** halves of a sorted word list (TK_IN_SORTED, in any case too), the next
** byte of a set (memchr a byte), and whether a position's line is a Title
** Case line at the edges of MAX_TITLE_LINE (2048 bytes), as the memrchr
** and memchr that find the line's ends read it.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

TK_SORTED_WORDS(azWords) = {"Co", "Co.", "Corp", "LLC", "al", "de", "della", 0};
TK_SORTED_WORDS(azLower) = {"bay", "lake", "sea", 0};
TK_SORTED_WORDS(azNone) = {0};

/* 1 when the NUL-terminated z is in azWords. */
static int inWords(const char *z) {
  return TK_IN_SORTED(azWords, z, strlen(z));
}

/* A text of a Title Case line of nLine bytes ("Ab Cd Ab Cd ..." cut to
** nLine, ending with a letter), a newline and a prose line; in a static
** buffer. */
static const char *titleText(size_t nLine) {
  static char z[4200];
  for (size_t i = 0; i < nLine; i++)
    z[i] = "Abcd "[i % 5];
  if (nLine && z[nLine - 1] == ' ') z[nLine - 1] = 'x';
  snprintf(z + nLine, sizeof z - nLine, "\nthe market closed lower today");
  return z;
}

int main(void) {
  /* TK_IN_SORTED: every word, and what is near one */
  for (int k = 0; azWords[k]; k++)
    TK_CHECK(inWords(azWords[k]));
  TK_CHECK(!inWords("C"));                      /* a prefix of words */
  TK_CHECK(!inWords("Corp."));                  /* a word and more */
  TK_CHECK(!inWords("dell"));                   /* between "de" and "della" */
  TK_CHECK(!inWords("AL"));                     /* case counts */
  TK_CHECK(!inWords("zz"));                     /* after the last */
  TK_CHECK(!inWords("A"));                      /* before the first */
  TK_CHECK(!inWords(""));                       /* empty */
  TK_CHECK(!TK_IN_SORTED(azWords, "de\0x", 4)); /* a NUL inside */
  TK_CHECK(TK_IN_SORTED(azWords, "della Robbia", 5));
  TK_CHECK(!TK_IN_SORTED(azNone, "a", 1));
  TK_CHECK(TK_IN_SORTED_NOCASE(azLower, "Lake", 4));
  TK_CHECK(TK_IN_SORTED_NOCASE(azLower, "SEA", 3));
  TK_CHECK(TK_IN_SORTED_NOCASE(azLower, "bay", 3));
  TK_CHECK(!TK_IN_SORTED_NOCASE(azLower, "Bays", 4));
  TK_CHECK(!TK_IN_SORTED_NOCASE(azLower, "L\xc3\xa1ke", 6));

  /* tk_entities__next_byte_in: the nearest byte of the set from i on */
  const char *z = "xx\"ab\xe2\x80\x9c";
  size_t n = strlen(z);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, 0, "\"\xe2"), 2);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, 3, "\"\xe2"), 5);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, 3, "\xe2\""), 5);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, 6, "\"\xe2"), n);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, n, "\""), n);
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, n + 3, "\""), n); /* past */
  TK_CHECK_INT(tk_entities__next_byte_in(z, n, 0, ""), n);
  TK_CHECK_INT(tk_entities__next_byte_in(0, 0, 0, "x"), 0);

  /* tk_entities__in_title_line: both ends of the line, and its length */
  const char *zTitle = titleText(40);
  TK_CHECK(tk_entities__in_title_line(zTitle, strlen(zTitle), 0));
  TK_CHECK(tk_entities__in_title_line(zTitle, strlen(zTitle), 39));
  TK_CHECK(!tk_entities__in_title_line(zTitle, strlen(zTitle), 41));
  TK_CHECK(!tk_entities__in_title_line("", 0, 0));
  TK_CHECK(tk_entities__in_title_line(zTitle, 40, 40)); /* at n */
  for (size_t nLine = 2046; nLine <= 2050; nLine++) {
    const char *zLong = titleText(nLine);
    size_t nz = strlen(zLong);
    int bShort = nLine <= 2048; /* MAX_TITLE_LINE */
    TK_CHECK_INT(tk_entities__in_title_line(zLong, nz, 0), bShort);
    TK_CHECK_INT(tk_entities__in_title_line(zLong, nz, nLine - 1), bShort);
    TK_CHECK_INT(tk_entities__in_title_line(zLong, nLine, nLine / 2),
                 bShort); /* the line ends the text */
    TK_CHECK(!tk_entities__in_title_line(zLong, nz, nz - 1));
  }
  TK_TEST_END();
}
