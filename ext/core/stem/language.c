/*
** language.c -- the language of a text as an ISO 639-1 code, "und" when it
** cannot tell (docs/stem.md, "text_language").
**
**   tk_language_detect("Le chat est sur la table.", 25);   // "fr"
**
** Only the first LANG_PREFIX_BYTES bytes are read.  Letters are counted by
** script first (ICU's uscript_getScript): a text written mostly in a
** script other than Latin gets that script's language (Han without kana
** zh, with kana ja, Hangul ko, Cyrillic ru or uk, ...).  A Latin text is
** put to a vote of function words: each lower-cased word scores for every
** language whose list (language_words.c) holds it, by that language's
** weight; a word glued to digits or to the joiners of code and addresses
** does not vote.  Invalid UTF-8 bytes read as U+FFFD, which is no letter.
*/
#include "stem_internal.h"

#include <limits.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#define LANG_PREFIX_BYTES 65536 /* bytes of a long text that are read */
#define LANG_MIN_LETTERS 6      /* weighted letters a script needs */
#define LANG_CJK_WEIGHT 3       /* a Han, kana or Hangul letter counts 3 */
/* a script wins over up to LANG_LATIN_SHARE times as many Latin letters
** (the commands, options and names of a Chinese or Russian text) */
#define LANG_LATIN_SHARE 2
#define LANG_WORD_MAX 24 /* longer words are never function words */
#define LANG_MIN_HITS 2  /* function words the winner needs */
#define LANG_MARGIN 1    /* and its lead over the runner-up, in words */

/* The scripts that are counted. */
enum {
  SC_LATIN,
  SC_CYRILLIC,
  SC_GREEK,
  SC_ARABIC,
  SC_HEBREW,
  SC_DEVANAGARI,
  SC_THAI,
  SC_HAN,
  SC_KANA,
  SC_HANGUL,
  SC_COUNT
};

/* What a scan of the text found. */
typedef struct LangScan {
  size_t aLetters[SC_COUNT];     /* letters per script */
  size_t nUkLetters;             /* Ukrainian-only letters: і ї є ґ */
  size_t nRuLetters;             /* Russian-only letters: ы э ъ ё */
  size_t aHits[TK_LANG_VOTERS];  /* function words per voting language */
  size_t aScore[TK_LANG_VOTERS]; /* the same times each one's weight */
  char zWord[LANG_WORD_MAX + 4]; /* the Latin word being read, lower case */
  size_t nWord;                  /* its bytes; > LANG_WORD_MAX: too long */
  size_t nApos;                  /* bytes before its first apostrophe, or 0 */
  int bGlued;     /* the word is glued to a digit or a joiner (codeJoiner) */
  int bAfterJoin; /* the byte before the next word is a digit or a joiner */
} LangScan;

/* The counted script of code point c (not ASCII), or SC_COUNT for none;
** combining marks (script Inherited) count as Latin inside a Latin word,
** which *pbMark tells. */
static int scriptOf(uint32_t c, int *pbMark) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode s = uscript_getScript((UChar32)c, &err);
  *pbMark = s == USCRIPT_INHERITED;
  if (U_FAILURE(err)) return SC_COUNT;
  switch (s) {
  case USCRIPT_LATIN:
    return SC_LATIN;
  case USCRIPT_CYRILLIC:
    return SC_CYRILLIC;
  case USCRIPT_GREEK:
    return SC_GREEK;
  case USCRIPT_ARABIC:
    return SC_ARABIC;
  case USCRIPT_HEBREW:
    return SC_HEBREW;
  case USCRIPT_DEVANAGARI:
    return SC_DEVANAGARI;
  case USCRIPT_THAI:
    return SC_THAI;
  case USCRIPT_HAN:
    return SC_HAN;
  case USCRIPT_HIRAGANA:
  case USCRIPT_KATAKANA:
    return SC_KANA;
  case USCRIPT_HANGUL:
    return SC_HANGUL;
  default:
    return SC_COUNT;
  }
}

/* 1 for an ASCII byte that glues the words of code, hashes, addresses and
** paths together: a digit, ".", "/", "\\", "_", "@", "#", "=", "&", "%" or
** "-"  ("a0c73425da", "github.com", "d/e/checkout", "LEN_OR_ZERO"). */
static int codeJoiner(unsigned char b) {
  return (b >= '0' && b <= '9') || b == '.' || b == '/' || b == '\\' ||
         b == '_' || b == '@' || b == '#' || b == '=' || b == '&' || b == '%' ||
         b == '-';
}

/* Score the word in p->zWord for every language that lists it (or lists
** the part before its apostrophe: French "l'homme"), then forget it.  A
** word that several languages list counts the least of their weights for
** each.  A word of one ASCII letter does not vote: options (-a, -v),
** initials (J. S. Bach) and labels (a), b)) would outvote the real words.
** Nor does a word glued to a digit or a joiner (codeJoiner): the letters
** of a commit hash ("a0c73425da": "da", "de"), a domain (".com") or a
** path are no words, and made a Node.js change log Portuguese. */
static void voteWord(LangScan *p) {
  size_t n = p->nWord;
  if (n > 1 && n <= LANG_WORD_MAX && !p->bGlued) {
    unsigned mVoters = tk_stem__voters_of(p->zWord, n);
    if (p->nApos) mVoters |= tk_stem__voters_of(p->zWord, p->nApos);
    unsigned nWeight = UINT_MAX;
    for (size_t k = 0; k < TK_LANG_VOTERS; k++) {
      if ((mVoters >> k & 1) && tk_stem__aVoter[k].nWeight < nWeight)
        nWeight = tk_stem__aVoter[k].nWeight;
    }
    for (size_t k = 0; mVoters && k < TK_LANG_VOTERS; k++) {
      if (!(mVoters >> k & 1)) continue;
      p->aHits[k]++;
      p->aScore[k] += nWeight;
    }
  }
  p->nWord = 0;
  p->nApos = 0;
  p->bGlued = 0;
}

/* Append code point c, lower-cased, to the current word. */
static void wordAppend(LangScan *p, uint32_t c) {
  if (p->nWord == 0) p->bGlued = p->bAfterJoin;
  p->bAfterJoin = 0;
  if (p->nWord > LANG_WORD_MAX) return;
  uint32_t cLower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                             : (uint32_t)u_tolower((UChar32)c);
  p->nWord += tk_utf8_put(cLower, p->zWord + p->nWord);
}

/* Count the Cyrillic letters that tell Ukrainian from Russian. */
static void countCyrillic(LangScan *p, uint32_t c) {
  if (c == 0x456 || c == 0x406 || c == 0x457 || c == 0x407 || c == 0x454 ||
      c == 0x404 || c == 0x491 || c == 0x490) {
    p->nUkLetters++;
  } else if (c == 0x44B || c == 0x42B || c == 0x44D || c == 0x42D ||
             c == 0x44A || c == 0x42A || c == 0x451 || c == 0x401) {
    p->nRuLetters++;
  }
}

/* An apostrophe joins two letters into one word ("l'homme", "don't"):
** 1 when the current word is not empty and z[i], just after the
** apostrophe, starts a letter (ASCII, or any multi-byte character). */
static int apostropheJoins(const LangScan *p, const unsigned char *z, size_t n,
                           size_t i) {
  if (p->nWord == 0 || i >= n) return 0;
  unsigned char b = z[i];
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0xC0;
}

/* Scan z[0..n): count letters by script and vote on the Latin words. */
static void scanText(LangScan *p, const unsigned char *z, size_t n) {
  size_t iEnd = n < LANG_PREFIX_BYTES ? n : LANG_PREFIX_BYTES;
  size_t i = 0;
  while (i < iEnd) {
    unsigned char b = z[i];
    if (b < 0x80) {
      i++;
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
        p->aLetters[SC_LATIN]++;
        wordAppend(p, b);
      } else if (b == '\'' && apostropheJoins(p, z, n, i)) {
        if (!p->nApos) p->nApos = p->nWord;
        wordAppend(p, b);
      } else {
        int bJoin = codeJoiner(b);
        if (p->nWord) {
          /* a joiner followed by a letter or a digit glues the word */
          if (bJoin && i < iEnd &&
              ((z[i] >= 'a' && z[i] <= 'z') || (z[i] >= 'A' && z[i] <= 'Z') ||
               (z[i] >= '0' && z[i] <= '9')))
            p->bGlued = 1;
          if (b >= '0' && b <= '9') p->bGlued = 1;
          voteWord(p);
        }
        p->bAfterJoin = bJoin;
      }
      continue;
    }
    uint32_t c = tk_utf8_next(z, n, &i);
    int bMark;
    int s = scriptOf(c, &bMark);
    if (s == SC_LATIN || (bMark && p->nWord)) {
      p->aLetters[SC_LATIN] += !bMark;
      wordAppend(p, c);
      continue;
    }
    if (c == 0x2019 && apostropheJoins(p, z, n, i)) {
      if (!p->nApos) p->nApos = p->nWord;
      wordAppend(p, '\'');
      continue;
    }
    if (p->nWord) voteWord(p);
    p->bAfterJoin = 0;
    if (s == SC_COUNT) continue;
    p->aLetters[s]++;
    if (s == SC_CYRILLIC) countCyrillic(p, c);
  }
  if (p->nWord) voteWord(p);
}

/* The language of the function-word vote: the best weighted score, from
** at least LANG_MIN_HITS words and LANG_MARGIN weighted words ahead of
** the runner-up, else "und". */
static const char *voteResult(const LangScan *p) {
  size_t iBest = 0, nSecond = 0;
  for (size_t k = 1; k < TK_LANG_VOTERS; k++) {
    if (p->aScore[k] > p->aScore[iBest]) {
      nSecond = p->aScore[iBest];
      iBest = k;
    } else if (p->aScore[k] > nSecond) {
      nSecond = p->aScore[k];
    }
  }
  size_t nBest = p->aScore[iBest];
  if (p->aHits[iBest] < LANG_MIN_HITS ||
      nBest < nSecond + LANG_MARGIN * tk_stem__aVoter[iBest].nWeight) {
    return "und";
  }
  return tk_stem__aVoter[iBest].zCode;
}

/* The language of the script group that won: s is its script. */
static const char *scriptResult(const LangScan *p, int s) {
  size_t nHan = p->aLetters[SC_HAN], nKana = p->aLetters[SC_KANA];
  size_t nHangul = p->aLetters[SC_HANGUL];
  switch (s) {
  case SC_CYRILLIC:
    return p->nUkLetters > p->nRuLetters ? "uk" : "ru";
  case SC_GREEK:
    return "el";
  case SC_ARABIC:
    return "ar";
  case SC_HEBREW:
    return "he";
  case SC_DEVANAGARI:
    return "hi";
  case SC_THAI:
    return "th";
  default: /* Han, kana, Hangul */
    if (2 * nHangul >= nHan + nKana + nHangul) return "ko";
    if (20 * nKana >= nHan + nKana) return "ja";
    return "zh";
  }
}

/* The ISO 639-1 code of z[0..n)'s language, or "und". */
const char *tk_language_detect(const char *z, size_t n) {
  LangScan scan = {0};
  if (!z) return "und";
  scanText(&scan, (const unsigned char *)z, n);
  /* Han, kana and Hangul are one group, a letter weighing LANG_CJK_WEIGHT */
  size_t nCjk =
      LANG_CJK_WEIGHT * (scan.aLetters[SC_HAN] + scan.aLetters[SC_KANA] +
                         scan.aLetters[SC_HANGUL]);
  int sBest = SC_HAN;
  size_t nBest = nCjk;
  for (int s = SC_CYRILLIC; s < SC_HAN; s++) {
    if (scan.aLetters[s] > nBest) nBest = scan.aLetters[s], sBest = s;
  }
  if (nBest >= LANG_MIN_LETTERS &&
      LANG_LATIN_SHARE * nBest >= scan.aLetters[SC_LATIN]) {
    return scriptResult(&scan, sBest);
  }
  return voteResult(&scan);
}
