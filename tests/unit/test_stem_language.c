/*
** test_stem_language.c -- unit tests of ext/core/stem/language.c and its
** word lists: every list sorted, case-folded and free of duplicates; each
** voting language recognised from its own distinctive words; scripts;
** NULL, empty, invalid UTF-8 and random bytes; the 64 KB prefix.
*/
#include "textkit.h"
#include "../../ext/core/stem/stem_internal.h"
#include "tk_test.h"

#include <stdlib.h>

/* Every code tk_language_detect may return. */
static const char *const azCode[] = {
    "und", "en", "fr", "de", "es", "it", "pt", "nl", "cs",
    "da",  "fi", "hu", "nb", "pl", "ro", "sv", "tr", "ru",
    "uk",  "el", "ar", "he", "hi", "th", "zh", "ja", "ko",
};

/* 1 when z is one of azCode. */
static int isKnownCode(const char *z) {
  for (size_t i = 0; i < sizeof(azCode) / sizeof(azCode[0]); i++) {
    if (strcmp(z, azCode[i]) == 0) return 1;
  }
  return 0;
}

/* tk_language_detect of a NUL-terminated string. */
static const char *detect(const char *z) {
  return tk_language_detect(z, strlen(z));
}

/* A list's words are strictly ascending by bytes (so sorted and without
** duplicates: the lists are searched by bisection) and already
** case-folded; one check per list, naming the first bad word. */
static void checkList(const tk_stoplist *p) {
  tk_buf b = {0};
  const char *zBad = 0;
  for (size_t i = 0; i < p->nWord && !zBad; i++) {
    const char *w = p->azWord[i];
    tk_buf_reset(&b);
    if ((i > 0 && strcmp(p->azWord[i - 1], w) >= 0) ||
        tk_casefold(w, strlen(w), &b) != TK_OK || b.n != strlen(w) ||
        memcmp(b.z, w, b.n) != 0) {
      zBad = w;
    }
  }
  TK_CHECK_STR(zBad ? zBad : "", "");
  tk_buf_free(&b);
}

/* The voters' lists and the short stopword lists are well formed, and each
** short list is what tk_stoplist_get gives for its language. */
static void testLists(void) {
  for (size_t k = 0; k < TK_LANG_VOTERS; k++) {
    checkList(tk_stem__aVoter[k].pList);
    TK_CHECK(tk_stoplist_get(tk_stem__aVoter[k].zCode, 2) != 0);
    /* each voter points at its own language's list (they are taken by
    ** position in tk_stem__aShortList) */
    TK_CHECK_STR(tk_stem__aVoter[k].pList->zName,
                 tk_lang_name(tk_stem__aVoter[k].zCode, 2));
  }
  for (size_t i = 0; i < tk_stem__nShortList; i++) {
    const tk_stoplist *p = &tk_stem__aShortList[i];
    checkList(p);
    TK_CHECK(p->nWord >= 60 && p->nWord <= 130);
    TK_CHECK(tk_stoplist_get(p->zName, strlen(p->zName)) == p);
  }
  checkList(&tk_stem__englishToo);
  TK_CHECK(tk_stoplist_get("nb", 2) == tk_stoplist_get("no", 2));
  TK_CHECK(tk_stoplist_get("xx", 2) == 0);
}

/* 1 when no voter but k lists the word w. */
static int onlyIn(size_t k, const char *w) {
  for (size_t j = 0; j < TK_LANG_VOTERS; j++) {
    if (j != k && tk_stoplist_has(tk_stem__aVoter[j].pList, w, strlen(w)))
      return 0;
  }
  return 1;
}

/* Each voting language is found from a text of the longer words (two
** letters or more) that only its list holds, and each has at least ten. */
static void testEachVoter(void) {
  tk_buf b = {0};
  for (size_t k = 0; k < TK_LANG_VOTERS; k++) {
    const tk_stoplist *p = tk_stem__aVoter[k].pList;
    size_t nUsed = 0;
    tk_buf_reset(&b);
    for (size_t i = 0; i < p->nWord && nUsed < 12; i++) {
      const char *w = p->azWord[i];
      if (strlen(w) < 2 || !onlyIn(k, w)) continue;
      tk_buf_append(&b, w, strlen(w));
      tk_buf_putc(&b, ' ');
      nUsed++;
    }
    TK_CHECK(nUsed >= 10);
    TK_CHECK_STR(tk_language_detect(b.z, b.n), tk_stem__aVoter[k].zCode);
  }
  tk_buf_free(&b);
}

/* Scripts, ties and the least evidence. */
static void testScripts(void) {
  TK_CHECK_STR(detect("Это не так, и мы это знаем."), "ru");
  TK_CHECK_STR(detect("Це не так, і ми це знаємо."), "uk");
  TK_CHECK_STR(detect("这是一个测试"), "zh");
  TK_CHECK_STR(detect("これはテストです"), "ja");
  TK_CHECK_STR(detect("이것은 시험입니다"), "ko");
  TK_CHECK_STR(detect("Αυτό είναι ένα τεστ"), "el");
  TK_CHECK_STR(detect("هذا اختبار بسيط"), "ar");
  TK_CHECK_STR(detect("זה מבחן פשוט"), "he");
  TK_CHECK_STR(detect("यह एक परीक्षा है"), "hi");
  TK_CHECK_STR(detect("นี่คือการทดสอบ"), "th");
  /* a Russian name in an English sentence stays English */
  TK_CHECK_STR(detect("He said that Путин was not there at all."), "en");
  /* five Cyrillic letters are too few; so is one function word */
  TK_CHECK_STR(detect("Пётр"), "und");
  TK_CHECK_STR(detect("and"), "und");
  TK_CHECK_STR(detect("and the"), "en");
}

/* NULL, empty, digits, invalid UTF-8, random bytes. */
static void testBadInput(void) {
  TK_CHECK_STR(tk_language_detect(NULL, 0), "und");
  TK_CHECK_STR(tk_language_detect("", 0), "und");
  TK_CHECK_STR(detect("123 456 789 -- 3.14"), "und");
  TK_CHECK_STR(detect("\xFF\xFE\xC3\xE2\x82"), "und");
  TK_CHECK_STR(detect("und\xFF"
                      "der\xC3"
                      "die das"),
               "de");
  /* a truncated sequence at the very end is read, never past n */
  TK_CHECK_STR(tk_language_detect("est la le \xC3\xA9", 12), "fr");
  srand(7);
  char zRand[512];
  for (int round = 0; round < 200; round++) {
    size_t n = (size_t)(rand() % (int)sizeof(zRand));
    for (size_t i = 0; i < n; i++)
      zRand[i] = (char)(rand() & 0xFF);
    TK_CHECK(isKnownCode(tk_language_detect(zRand, n)));
  }
}

/* Only the first 64 KB are read: French words after them do not count. */
static void testPrefix(void) {
  size_t nPad = 70000;
  const char *zTail = " la table et le chat est sur le lit";
  size_t nTail = strlen(zTail);
  char *z = malloc(nPad + nTail);
  TK_CHECK(z != 0);
  if (!z) return;
  memset(z, ' ', nPad);
  memcpy(z + nPad, zTail, nTail);
  TK_CHECK_STR(tk_language_detect(z, nPad + nTail), "und");
  TK_CHECK_STR(tk_language_detect(z + 10000, nPad - 10000 + nTail), "fr");
  free(z);
}

int main(void) {
  testLists();
  testEachVoter();
  testScripts();
  testBadInput();
  testPrefix();
  TK_TEST_END();
}
