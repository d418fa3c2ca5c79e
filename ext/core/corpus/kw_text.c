/*
** corpus/kw_text.c -- keywords() reads a text into word tokens: the
** project's tokenizer gives words (stopwords kept and flagged), the
** sentence segmenter their sentence numbers.  A hyphenated compound
** written without spaces ("real-time") is one word; a trailing
** possessive 's is left out of the word and ends the phrase.  Each word
** gets a type (its identity: the stem of its norm, so "bombing" and
** "bombings" are one type), a surface (its exact bytes), its casing, its
** word classes from the built-in English table (kw_lexicon.c), and
** whether a break (punctuation, a number, a line break, a new sentence)
** comes before it, and whether it may be a candidate alone (not one
** cased letter such as "x").  Types count their occurrences, sentences and
** distinct neighbours for the scorers, and carry their IDF weights.
**
**   tk_corpus__kwdoc_init(&d);  ... set d.pTok, d.pStop ...
**   tk_corpus__kwdoc_read(&d, zText, nText);   // d.aTok, d.aType
*/
#include "corpus_internal.h"

#include <string.h>
#include <utf8proc.h>

/* New empty maps for d. */
int tk_corpus__kwdoc_init(tk_corpus__kwdoc *d) {
  tk_termmap **aMap[] = {&d->pStems, &d->pSurfs,       &d->pPairs,
                         &d->pCands, &d->pPhraseSurfs, &d->pWords};
  for (size_t i = 0; i < sizeof(aMap) / sizeof(aMap[0]); i++) {
    if (tk_termmap_new(aMap[i]) != TK_OK) return TK_ENOMEM;
  }
  return TK_OK;
}

/* Free what d allocated. */
void tk_corpus__kwdoc_free(tk_corpus__kwdoc *d) {
  tk_termmap_free(d->pStems);
  tk_termmap_free(d->pSurfs);
  tk_termmap_free(d->pPairs);
  tk_termmap_free(d->pCands);
  tk_termmap_free(d->pPhraseSurfs);
  tk_termmap_free(d->pWords);
  tk_free(d->aTok);
  tk_free(d->aType);
  tk_free(d->aPairCount);
  tk_free(d->aCand);
  tk_free(d->aPhraseSurfCount);
  tk_free(d->aWord);
  tk_free(d->aWordIdf);
  tk_free(d->aStem);
  tk_buf_free(&d->word);
  tk_buf_free(&d->fold);
}

/* The most words (and stems) the cache of word facts keeps across texts. */
#define KW_WORD_CACHE_MAX (1u << 18)

/* A line at least this long that ends in one line break is taken as
** hard-wrapped prose: the break does not end a phrase. */
#define KW_WRAPPED_LINE 60

/* 1 when the bytes z[i..i+n) between two tokens end a phrase: two line
** breaks (CR LF counts as one), a paragraph separator, or one line break
** after a short line (a title, a dateline, a list item).  One line break
** after a long line does not: hard-wrapped text breaks lines anywhere. */
static int gapBreaks(const char *z, size_t i, size_t n) {
  size_t iEnd = i + n, iFirst = 0;
  int nLine = 0;
  while (i < iEnd) {
    if (z[i] == ' ' || z[i] == '\t') { /* the usual gap: no break */
      i++;
      continue;
    }
    size_t iChar = i;
    uint32_t c = tk_utf8_next((const unsigned char *)z, iEnd, &i);
    if (c == '\r' && i < iEnd && z[i] == '\n') continue;
    if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 ||
        c == 0x2028) {
      if (!nLine++) iFirst = iChar;
    }
    if (nLine >= 2 || c == 0x2029) return 1;
  }
  if (!nLine) return 0;
  /* the line the break ends is short when the text starts, or another
  ** line ends, in the KW_WRAPPED_LINE bytes before the break */
  if (iFirst < KW_WRAPPED_LINE) return 1;
  const char *zLine = z + iFirst - KW_WRAPPED_LINE;
  return memchr(zLine, '\n', KW_WRAPPED_LINE) != 0 ||
         memchr(zLine, '\r', KW_WRAPPED_LINE) != 0;
}

/* 1 when the punctuation token z[0..n) is one hyphen. */
static int isHyphen(const char *z, size_t n) {
  return (n == 1 && z[0] == '-') ||
         (n == 3 && memcmp(z, "\xE2\x80\x90", 3) == 0) || /* U+2010 */
         (n == 3 && memcmp(z, "\xE2\x80\x91", 3) == 0);   /* U+2011 */
}

/* The length of z[0..n) without a trailing possessive 's or ’s (only
** when something remains before it). */
static size_t withoutPossessive(const char *z, size_t n) {
  if (n > 2 && (z[n - 1] == 's' || z[n - 1] == 'S') && z[n - 2] == '\'') {
    return n - 2;
  }
  if (n > 4 && (z[n - 1] == 's' || z[n - 1] == 'S') &&
      memcmp(z + n - 4, "\xE2\x80\x99", 3) == 0) {
    return n - 4;
  }
  return n;
}

/* Set the casing flags of a word from its surface z[0..n) (ASCII
** letters are told without a Unicode table look-up).  The scan stops at
** the first lower-case letter: the word is no acronym then, whatever
** follows. */
static void setCasing(tk_corpus__kwtok *t, const char *z, size_t n) {
  size_t i = 0;
  int nLetter = 0, nUpper = 0, bFirst = 1;
  t->bUpper = 0;
  while (i < n) {
    unsigned char a = (unsigned char)z[i];
    int bLetter, bUp;
    if (a < 0x80) {
      i++;
      bUp = a >= 'A' && a <= 'Z';
      bLetter = bUp || (a >= 'a' && a <= 'z');
    } else {
      uint32_t c = tk_utf8_next((const unsigned char *)z, n, &i);
      utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
      bLetter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
      bUp = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    }
    if (bFirst) t->bUpper = (unsigned char)bUp;
    bFirst = 0;
    nLetter += bLetter;
    nUpper += bUp;
    if (bLetter && !bUp) break;
  }
  t->bAcro = nLetter >= 2 && nUpper == nLetter;
}

/* Case-fold the surface z[0..n) into d->fold; TK_OK or TK_ENOMEM. */
static int foldSurface(tk_corpus__kwdoc *d, const char *z, size_t n) {
  tk_buf_reset(&d->fold);
  int rc = tk_casefold(z, n, &d->fold);
  if (rc == TK_OK && d->fold.oom) rc = TK_ENOMEM;
  return rc;
}

/* 1 when the word whose case-folded form is in d->fold is a stopword
** (Latin abbreviations too); bMaybeFiller is 0 when the word cannot be a
** filler (the built-in table, which has every filler, lacks it). */
static int isStopword(const tk_corpus__kwdoc *d, int bMaybeFiller) {
  if (!d->pStop) return 0;
  const char *zFold = d->fold.z ? d->fold.z : "";
  return tk_stoplist_has(d->pStop, zFold, d->fold.n) ||
         tk_corpus__kw_is_latin_abbreviation(zFold, d->fold.n) ||
         (d->bFillers && bMaybeFiller &&
          tk_corpus__kw_is_filler(zFold, d->fold.n));
}

/* Set the word classes of the word w from its built-in table entry x: a
** word may end a phrase when it can be a noun or is unknown, and is kept
** out of phrases when it can only be a verb or an adverb ("argue",
** "implies", "specifically"). */
static void setClasses(tk_corpus__kwword *w, const tk_corpus__kwlexword *x) {
  unsigned bNominal = (1u << TK_KW_NOUN) | (1u << TK_KW_ADJ);
  w->bKnown = x->bClasses != 0;
  w->bNoun = !x->bClasses || (x->bClasses & (1u << TK_KW_NOUN));
  w->bVerb = (x->bClasses & (1u << TK_KW_VERB)) != 0;
  w->bVerbal = x->bClasses && !(x->bClasses & bNominal);
}

/* 1 when z[0..n) is one letter of a cased script ("x", "X", "é"): a
** variable or an initial, not a keyword alone.  A word of one ideograph
** (Chinese, Japanese: no case) may be one. */
static int oneCasedLetter(const char *z, size_t n) {
  if (n == 1) {
    unsigned char a = (unsigned char)z[0];
    return (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z');
  }
  size_t i = 0;
  if (n == 0 || (unsigned char)z[0] < 0x80) return 0;
  uint32_t c = tk_utf8_next((const unsigned char *)z, n, &i);
  if (i != n) return 0;
  utf8proc_category_t e = utf8proc_category((utf8proc_int32_t)c);
  return e == UTF8PROC_CATEGORY_LU || e == UTF8PROC_CATEGORY_LL ||
         e == UTF8PROC_CATEGORY_LT;
}

/* Fill the new word cache entry w of the norm zNorm[0..nNorm), first seen
** as the surface zSurf[0..nSurf): its stem, stopword flag, classes,
** background IDF, and whether it is one letter.  TK_OK or TK_ENOMEM. */
static int fillWord(tk_corpus__kwdoc *d, tk_corpus__kwword *w,
                    const char *zNorm, size_t nNorm, const char *zSurf,
                    size_t nSurf) {
  tk_corpus__kwlexword x = {0, 1};
  const char *zKey = zNorm;
  size_t nKey = nNorm;
  if ((d->pStop || d->bEnglish) && foldSurface(d, zSurf, nSurf) != TK_OK) {
    return TK_ENOMEM;
  }
  const char *zFold = d->fold.z ? d->fold.z : "";
  if (d->bEnglish) { /* the table's bucket loads while the word is stemmed */
    tk_corpus__kw_lex_prefetch(zFold, d->fold.n);
  }
  if (d->pIdStem &&
      tk_stemmer_stem(d->pIdStem, zNorm, nNorm, &zKey, &nKey) != TK_OK) {
    return TK_ENOMEM;
  }
  int bNew;
  long iStem = tk_termmap_intern(d->pStems, zKey, nKey, &bNew);
  if (iStem < 0 || tk_reserve(&d->aStem, &d->nStemAlloc, (size_t)iStem,
                              sizeof(tk_corpus__kwstem)) != TK_OK) {
    return TK_ENOMEM;
  }
  if (bNew) d->aStem[iStem].iGen = 0; /* no text's type yet */
  w->iStem = (uint32_t)iStem;
  int bKnown = 1; /* without the table, any word may be a filler */
  if (d->bEnglish) bKnown = tk_corpus__kw_lex_find(zFold, d->fold.n, &x);
  w->bStop = (unsigned char)isStopword(d, bKnown);
  w->rBgWeight = tk_corpus__kw_bg_weight(d->bEnglish ? x.rIdf : 1);
  setClasses(w, &x);
  w->bDet = (unsigned char)(d->bEnglish &&
                            tk_corpus__kw_is_determiner(zFold, d->fold.n));
  w->bDate = (unsigned char)(d->bEnglish &&
                             tk_corpus__kw_is_date_word(zFold, d->fold.n));
  w->bDateShort =
      (unsigned char)(d->bEnglish &&
                      tk_corpus__kw_is_date_abbreviation(zFold, d->fold.n));
  w->bPast =
      (unsigned char)(d->bEnglish ? tk_corpus__kw_past_form(zFold, d->fold.n)
                                  : 0);
  w->bNotAlone = (unsigned char)oneCasedLetter(zSurf, nSurf);
  return TK_OK;
}

/* Forget every cached word and stem. */
static void clearWords(tk_corpus__kwdoc *d) {
  tk_termmap_clear(d->pWords);
  tk_termmap_clear(d->pStems);
}

/* The word cache entry of the norm zNorm[0..nNorm) (kept across texts,
** made on first sight); NULL when out of memory.  A cache grown past
** KW_WORD_CACHE_MAX words starts over, keeping the stems: they hold the
** types of the text being read (clearDoc bounds them between texts). */
static tk_corpus__kwword *cachedWord(tk_corpus__kwdoc *d, const char *zNorm,
                                     size_t nNorm, const char *zSurf,
                                     size_t nSurf) {
  int bNew;
  if (tk_termmap_count(d->pWords) >= KW_WORD_CACHE_MAX &&
      tk_termmap_find(d->pWords, zNorm, nNorm) < 0) {
    tk_termmap_clear(d->pWords);
  }
  long i = tk_termmap_intern(d->pWords, zNorm, nNorm, &bNew);
  if (i < 0 || tk_reserve(&d->aWord, &d->nWordAlloc, (size_t)i,
                          sizeof(tk_corpus__kwword)) != TK_OK) {
    return 0;
  }
  tk_corpus__kwword *w = &d->aWord[i];
  if (!bNew) return w;
  if ((size_t)i < d->nWordIdfAlloc) {
    d->aWordIdf[i].iVersion = 0; /* a word before a restart had its weight */
  }
  if (fillWord(d, w, zNorm, nNorm, zSurf, nSurf) != TK_OK) {
    clearWords(d); /* no half-made entry stays */
    return 0;
  }
  return w;
}

/* The weight of the word w of the norm zNorm[0..nNorm) in the caller's
** IDF table d->pIdf: its key is the stem when the caller stems, else the
** norm.  Read from the table once per word and table version; without
** memory to keep it, it is read each time. */
static double wordIdf(tk_corpus__kwdoc *d, const tk_corpus__kwword *w,
                      const char *zNorm, size_t nNorm) {
  size_t iWord = (size_t)(w - d->aWord), nOld = d->nWordIdfAlloc;
  uint64_t iVersion = tk_idf_version(d->pIdf);
  if (iWord < nOld && d->aWordIdf[iWord].iVersion == iVersion) {
    return d->aWordIdf[iWord].rIdf;
  }
  const char *zKey = zNorm;
  size_t nKey = nNorm;
  if (d->pIdfStem) zKey = tk_termmap_key(d->pStems, w->iStem, &nKey);
  double r = tk_idf_get(d->pIdf, zKey, nKey);
  if (tk_reserve(&d->aWordIdf, &d->nWordIdfAlloc, iWord,
                 sizeof(tk_corpus__kwidf)) == TK_OK) {
    for (size_t k = nOld; k < d->nWordIdfAlloc; k++)
      d->aWordIdf[k].iVersion = 0;
    d->aWordIdf[iWord].iVersion = iVersion;
    d->aWordIdf[iWord].rIdf = r;
  }
  return r;
}

/* The type of the word w of the norm zNorm[0..nNorm) in this text (a new
** type on first sight, weighed by the caller's IDF table: its key is the
** stem when the caller stems, else the norm); -1 when out of memory. */
static long wordType(tk_corpus__kwdoc *d, const tk_corpus__kwword *w,
                     const char *zNorm, size_t nNorm) {
  tk_corpus__kwstem *st = &d->aStem[w->iStem];
  if (st->iGen == d->iGen) return (long)st->iType;
  size_t iType = d->nType;
  if (iType >= UINT32_MAX || tk_reserve(&d->aType, &d->nTypeAlloc, iType,
                                        sizeof(tk_corpus__kwtype)) != TK_OK) {
    return -1;
  }
  tk_corpus__kwtype *ty = &d->aType[iType];
  memset(ty, 0, sizeof(*ty));
  ty->rIdf = d->pIdf ? wordIdf(d, w, zNorm, nNorm) : 1;
  ty->rBgWeight = w->rBgWeight;
  ty->bStop = w->bStop;
  d->nType++;
  st->iType = (uint32_t)iType;
  st->iGen = d->iGen;
  return (long)iType;
}

/* The surface of token i in the surface map (interned on first need: only
** candidates' words need one); -1 when out of memory. */
long tk_corpus__kw_tok_surface(tk_corpus__kwdoc *d, size_t i) {
  tk_corpus__kwtok *t = &d->aTok[i];
  if (t->iSurf == TK_KW_NO_SURFACE) {
    int bNew;
    long s = tk_termmap_intern(d->pSurfs, d->zText + t->iStart, t->nLen, &bNew);
    if (s < 0) return -1;
    t->iSurf = (uint32_t)s;
  }
  return (long)t->iSurf;
}

/* Count the pair (a, b) of side-by-side words. */
static int countPair(tk_corpus__kwdoc *d, uint32_t a, uint32_t b) {
  uint32_t key[2] = {a, b};
  int bNew;
  long i = tk_termmap_intern(d->pPairs, (const char *)key, sizeof(key), &bNew);
  if (i < 0 || tk_reserve(&d->aPairCount, &d->nPairAlloc, (size_t)i,
                          sizeof(long)) != TK_OK) {
    return TK_ENOMEM;
  }
  if (bNew) {
    d->aPairCount[i] = 0;
    d->aType[a].nRightTypes++;
    d->aType[b].nLeftTypes++;
  }
  d->aPairCount[i]++;
  d->aType[a].nRight++;
  d->aType[b].nLeft++;
  return TK_OK;
}

/* 1 when the word z[iStart..iEnd) of d's text is glued to "=": a key or a
** value of a setting ("urgency=medium" in every Debian change log's
** header, "--prefix=/usr"), no keyword. */
static int settingPart(const tk_corpus__kwdoc *d, size_t iStart, size_t iEnd) {
  return (iStart > 0 && d->zText[iStart - 1] == '=') ||
         (iEnd < d->nText && d->zText[iEnd] == '=');
}

/* 1 when byte i of d's text is an ASCII digit. */
static int digitAt(const tk_corpus__kwdoc *d, size_t i) {
  return i < d->nText && d->zText[i] >= '0' && d->zText[i] <= '9';
}

/* 1 when the weekday or month z[iStart..iEnd) of d's text is a date
** stamp's word, no keyword: before "," and a number, after an optional
** "." ("Fri, 12 Jan 2024" in every Debian change log's sign-off,
** "Monday, 5 May"), or between two numbers ("12 Jan 2024"). */
static int stampPart(const tk_corpus__kwdoc *d, size_t iStart, size_t iEnd) {
  const char *z = d->zText;
  size_t i = iEnd < d->nText && z[iEnd] == '.' ? iEnd + 1 : iEnd;
  if (i < d->nText && z[i] == ',') {
    for (i++; i < d->nText && z[i] == ' ';)
      i++;
    return digitAt(d, i);
  }
  size_t a = iStart, j = i;
  while (a > 0 && z[a - 1] == ' ')
    a--;
  while (j < d->nText && z[j] == ' ')
    j++;
  return a < iStart && a > 0 && digitAt(d, a - 1) && j > i && digitAt(d, j);
}

/* 1 when the word ending at byte iEnd of d's text labels a bug number,
** no keyword: glued to ":" before "#" and a digit ("Closes: #1034" in
** Debian change logs, "Fixes: #12"). */
static int bugLabel(const tk_corpus__kwdoc *d, size_t iEnd) {
  size_t i = iEnd;
  if (i >= d->nText || d->zText[i] != ':') return 0;
  for (i++; i < d->nText && d->zText[i] == ' ';)
    i++;
  return i < d->nText && d->zText[i] == '#' && digitAt(d, i + 1);
}

/* 1 when byte i of d's text is on a line of code or a label
** (kw_line_kinds.c).  The words come in order, so each line is classified
** once, when its first word is read. */
static int onSkippedLine(tk_corpus__kwdoc *d, size_t i) {
  if (i >= d->iLineEnd) {
    const char *z = d->zText;
    size_t iLine = i;
    while (iLine > 0 && z[iLine - 1] != '\n')
      iLine--;
    const char *zEol = memchr(z + i, '\n', d->nText - i);
    d->iLineEnd = zEol ? (size_t)(zEol - z) + 1 : d->nText;
    d->bSkipLine = tk_corpus__kw_skipped_line(
        z, d->nText, iLine, zEol ? d->iLineEnd - 1 : d->nText);
  }
  return d->bSkipLine;
}

/* Finish the word d->word spanning [iStart, iEnd) as the next token. */
static int addWord(tk_corpus__kwdoc *d, size_t iStart, size_t iEnd,
                   uint32_t iSent, int bBreak) {
  const char *zSurf = d->zText + iStart;
  size_t nSurf = withoutPossessive(zSurf, iEnd - iStart);
  int bAfterPossessive = d->bPossessive;
  d->bPossessive = nSurf < iEnd - iStart;
  if (d->bPossessive) {
    d->word.n = withoutPossessive(d->word.z, d->word.n);
  }
  if (d->word.oom) return TK_ENOMEM;
  const char *zNorm = d->word.z ? d->word.z : "";
  tk_corpus__kwword *w = cachedWord(d, zNorm, d->word.n, zSurf, nSurf);
  long iType = w ? wordType(d, w, zNorm, d->word.n) : -1;
  if (iType < 0 ||
      tk_reserve(&d->aTok, &d->nTokAlloc, d->nTok, sizeof(*d->aTok))) {
    return TK_ENOMEM;
  }
  tk_corpus__kwtok *t = &d->aTok[d->nTok];
  tk_corpus__kwtype *ty = &d->aType[iType];
  t->iStart = iStart;
  t->nLen = nSurf;
  t->iType = (uint32_t)iType;
  t->iSurf = TK_KW_NO_SURFACE;
  t->iSent = iSent;
  t->bParticle = (unsigned char)tk_corpus__kw_is_particle(zSurf, nSurf);
  t->bNoun = w->bNoun;
  t->bVerbal = w->bVerbal;
  t->bVerb = w->bVerb;
  t->bDet = w->bDet;
  t->bDate = w->bDate;
  t->bPast = w->bPast;
  t->bKnown = w->bKnown;
  t->bNotAlone = w->bNotAlone;
  int bStop = ty->bStop || t->bParticle || settingPart(d, iStart, iEnd) ||
              ((w->bDate || w->bDateShort) && stampPart(d, iStart, iEnd)) ||
              bugLabel(d, iEnd);
  int bCode = !bStop && !d->bReadCode && onSkippedLine(d, iStart);
  t->bStop = (unsigned char)(bStop || bCode);
  d->nCodeWords += (size_t)bCode;
  d->nFreeWords += (size_t)!t->bStop;
  t->bBreak = (unsigned char)(bBreak || bAfterPossessive || d->nTok == 0 ||
                              d->aTok[d->nTok - 1].iSent != iSent);
  setCasing(t, zSurf, nSurf);
  t->bCap = t->bUpper && !(d->nTok == 0 || d->aTok[d->nTok - 1].iSent != iSent);
  ty->nTf++;
  ty->nCap += t->bCap;
  ty->nAcro += t->bAcro;
  if (ty->nSent == 0 || ty->iLastSent != iSent) ty->nSent++;
  ty->iLastSent = iSent;
  d->nTok++;
  if (d->bNeighbours && !t->bBreak) {
    return countPair(d, t[-1].iType, t->iType);
  }
  return TK_OK;
}

/* Clear what the previous text left. */
static void clearDoc(tk_corpus__kwdoc *d) {
  if (++d->iGen == 0) { /* the generations wrapped: none may match */
    clearWords(d);
    d->iGen = 1;
  }
  if (tk_termmap_count(d->pStems) >= KW_WORD_CACHE_MAX) clearWords(d);
  d->nType = 0;
  tk_termmap_clear(d->pSurfs);
  tk_termmap_clear(d->pPairs);
  tk_termmap_clear(d->pCands);
  tk_termmap_clear(d->pPhraseSurfs);
  d->nTok = 0;
  d->nSent = 0;
  d->bPossessive = 0;
  d->iLineEnd = 0;
  d->bSkipLine = 0;
  d->nCodeWords = d->nFreeWords = 0;
}

/* Read z[0..n) into tokens and types (see tk_corpus__kwdoc_read). */
static int readText(tk_corpus__kwdoc *d, const char *z, size_t n) {
  clearDoc(d);
  d->zText = z;
  d->nText = n;
  tk_sentences_reset(d->pSent, z, n);
  size_t iSentStart = 0, nSentLen = 0, iEnd = 0;
  uint32_t iSent = 0;
  int bHaveSent = tk_sentences_next(d->pSent, &iSentStart, &nSentLen) == 1;
  /* the word being built: [iWordStart, iEnd), norm in d->word */
  int bWord = 0, bWordBreak = 1, bHyphen = 0, bBreak = 1, rc;
  size_t iWordStart = 0, iWordEnd = 0;
  uint32_t iWordSent = 0;
  tk_token t;
  tk_tokenizer_reset(d->pTok, z, n);
  while ((rc = tk_tokenizer_next(d->pTok, &t)) == 1) {
    rc = TK_OK;
    int bGap = gapBreaks(z, iEnd, t.iStart - iEnd);
    int bAdjacent = t.iStart == iEnd;
    while (bHaveSent && t.iStart >= iSentStart + nSentLen) {
      bHaveSent = tk_sentences_next(d->pSent, &iSentStart, &nSentLen) == 1;
      iSent += (uint32_t)bHaveSent;
    }
    if (t.eKind == TK_KIND_WORD && bWord && bHyphen && bAdjacent) {
      /* the second half of a compound: extend the word */
      tk_buf_putc(&d->word, '-');
      tk_buf_append(&d->word, t.zNorm, t.nNorm);
      bHyphen = 0;
      iEnd = iWordEnd = t.iStart + t.nLen;
      continue;
    }
    if (bWord && t.eKind == TK_KIND_PUNCT && bAdjacent && !bHyphen &&
        isHyphen(z + t.iStart, t.nLen)) {
      bHyphen = 1;
      iEnd = t.iStart + t.nLen;
      continue;
    }
    if (bWord) {
      rc = addWord(d, iWordStart, iWordEnd, iWordSent, bWordBreak);
      bWord = 0;
      bBreak = bHyphen;
      if (rc != TK_OK) return rc;
    }
    bHyphen = 0;
    if (t.eKind == TK_KIND_WORD &&
        !tk_markup_tag_name(z, n, t.iStart, t.nLen)) {
      bWord = 1;
      bWordBreak = bBreak || bGap;
      iWordStart = t.iStart;
      iWordEnd = t.iStart + t.nLen;
      iWordSent = iSent;
      tk_buf_reset(&d->word);
      tk_buf_append(&d->word, t.zNorm, t.nNorm);
      bBreak = 0;
    } else {
      bBreak = 1;
    }
    iEnd = t.iStart + t.nLen;
  }
  if (rc == TK_OK && bWord) {
    rc = addWord(d, iWordStart, iWordEnd, iWordSent, bWordBreak);
  }
  d->nSent = d->nTok ? d->aTok[d->nTok - 1].iSent + 1 : 0;
  return rc;
}

/* Read z[0..n) into tokens and types: the lines of code give no
** candidate (kw_line_kinds.c) unless the text has no other word that may
** be one (a file of JSON, a script), when it is read again with them. */
int tk_corpus__kwdoc_read(tk_corpus__kwdoc *d, const char *z, size_t n) {
  d->bReadCode = 0;
  int rc = readText(d, z, n);
  if (rc == TK_OK && d->nFreeWords == 0 && d->nCodeWords > 0) {
    d->bReadCode = 1;
    rc = readText(d, z, n);
  }
  return rc;
}
