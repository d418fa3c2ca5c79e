/*
** ner_eastasia.h -- copies of CoNLL documents whose people get East Asian
** names written the way English-language news writes them, surname first
** (ext/tools/ner_train.c --eastasia-share P):
**
**   int iTurn = 0;
**   Doc copy;
**   if (eastAsiaCopy(&aDoc[i], &iTurn, &copy)) ...;  // 1: a copy made
**
** The 1996 training text has few such names, and the tagger read "Lee
** Jae-myung", "Moon Jae-in" and "Ko Wen-je" as organizations and missed
** "Xi Jinping" and "Yoon Suk Yeol".  Each PERSON span of two words or more
** gets a name made in turn in one of five styles: Korean with a hyphenated
** given name ("Park Ji-hoon"), Korean in AP's three words ("Kim Jong
** Un"), Chinese pinyin ("Zhao Lifeng", "Wang Yi"), Taiwanese Wade-Giles
** ("Lai Ching-te") and Vietnamese ("Pham Minh Chinh").  A one-word PERSON
** span that is the last word of a replaced name becomes the new name's
** short form (its surname; a Vietnamese name's last word), as news refers
** to such people.  The syllables and surnames below are common ones of
** each language, written for textkit, less the surnames that are also
** English function words (He, To, Do, Oh: with them "To Washington, ..."
** and "Do Americans ..." read as people); every other span keeps its type
** and moves with the text.
*/
#ifndef NER_EASTASIA_H
#define NER_EASTASIA_H

#include "ner_doc.h"
#include "textkit.h"

#include <stdlib.h>
#include <string.h>

/* Item k of the array a, k taken modulo its length. */
#define EA_PICK(a, k) ((a)[(k) % (sizeof(a) / sizeof((a)[0]))])
#define EA_NAME_ROOM 48 /* bytes of a made name, its terminator included */

static const char *const EA_KOREAN_SURNAMES[] = {
    "Kim",  "Lee",   "Park", "Choi", "Jung", "Kang", "Cho",   "Yoon",
    "Jang", "Lim",   "Han",  "Seo",  "Shin", "Kwon", "Hwang", "Ahn",
    "Song", "Yoo",   "Hong", "Moon", "Son",  "Bae",  "Baek",  "Heo",
    "Nam",  "Noh",   "Ha",   "Kwak", "Sung", "Cha",  "Woo",   "Ryu",
    "Chey", "Chung", "Ko",   "Min",  "Jeon", "Yang"};

static const char *const EA_KOREAN_SYLLABLES[] = {
    "jae",   "myung", "suk",   "yeol", "jong", "un",    "tae",   "won",
    "heung", "min",   "duck",  "soo",  "hyun", "seok",  "ji",    "hoon",
    "young", "sam",   "dae",   "chul", "sung", "ho",    "kyung", "hee",
    "jin",   "woo",   "seung", "sang", "dong", "kwang", "yong",  "hwan",
    "geun",  "hye",   "eun",   "joon", "il",   "in",    "wook",  "chan",
    "kook",  "sook",  "yeon",  "kyu",  "beom", "gyu",   "yun",   "hwa"};

static const char *const EA_CHINESE_SURNAMES[] = {
    "Wang", "Li",   "Zhang", "Liu",   "Chen",  "Yang", "Huang", "Zhao",
    "Wu",   "Zhou", "Xu",    "Sun",   "Ma",    "Zhu",  "Hu",    "Guo",
    "Lin",  "Gao",  "Luo",   "Zheng", "Liang", "Xie",  "Tang",  "Feng",
    "Deng", "Cao",  "Peng",  "Zeng",  "Xiao",  "Tian", "Dong",  "Pan",
    "Yuan", "Cai",  "Jiang", "Yu",    "Du",    "Ye",   "Cheng", "Wei",
    "Su",   "Lu",   "Ding",  "Ren",   "Shen",  "Yao",  "Xi",    "Qin",
    "Bai",  "Cui",  "Mao",   "Qian",  "Yan",   "Shi",  "Xue"};

static const char *const EA_PINYIN_SYLLABLES[] = {
    "jin",   "ping", "qiang", "yi",   "ke",   "xiao", "wei",   "hua",
    "ming",  "jun",  "lei",   "jie",  "tao",  "hong", "yan",   "fang",
    "lan",   "ying", "hai",   "feng", "long", "guo",  "zhong", "dong",
    "sheng", "gang", "bo",    "rong", "xin",  "yu",   "hui",   "lin",
    "jian",  "peng", "chao",  "kai",  "wen",  "ning", "yun",   "chun",
    "qing",  "zhi",  "hao",   "bin",  "shan", "li",   "xue",   "mei",
    "jing",  "kun",  "rui",   "fei",  "heng", "yong", "xiang", "zhen"};

static const char *const EA_TAIWAN_SURNAMES[] = {
    "Lai",  "Tsai", "Ko",    "Chiang", "Hsieh", "Chu", "Hou",   "Wu",
    "Chen", "Lin",  "Huang", "Chang",  "Kuo",   "Hsu", "Cheng", "Lu"};

static const char *const EA_WADE_GILES_SYLLABLES[] = {
    "ching", "te",   "ing",   "wen",  "je",     "kai",   "shek",  "hsien",
    "loong", "kuan", "yew",   "ying", "jeou",   "shui",  "pien",  "teng",
    "hui",   "chun", "tsung", "chih", "hsiung", "yi",    "kuo",   "ming",
    "mei",   "ling", "hsiu",  "lien", "fu",     "cheng", "chieh", "yu"};

static const char *const EA_VIETNAMESE_SURNAMES[] = {
    "Nguyen", "Tran", "Le",    "Pham", "Hoang", "Vu",   "Vo",
    "Dang",   "Bui",  "Ho",    "Ngo",  "Duong", "Ly",   "Phan",
    "Truong", "Dinh", "Luong", "Mai",  "Ha",    "Trinh"};

static const char *const EA_VIETNAMESE_MIDDLES[] = {
    "Van",   "Thi", "Minh", "Duc",  "Xuan", "Quoc",
    "Thanh", "Huu", "Dinh", "Ngoc", "Tan",  "Kim"};

static const char *const EA_VIETNAMESE_GIVEN[] = {
    "Chinh", "Lam",  "Thuong", "Hue",   "Phuc",  "Trong", "Hai",   "Dung",
    "Nam",   "Tuan", "Hung",   "Long",  "Anh",   "Binh",  "Cuong", "Hoa",
    "Linh",  "Son",  "Thao",   "Trang", "Khanh", "Vuong", "Quang", "Thang"};

/* Append z to buffer zOut (room nOut) at *pn, its first letter upper-case
** when bCap. */
static void eaAppend(char *zOut, size_t nOut, size_t *pn, const char *z,
                     int bCap) {
  for (size_t k = 0; z[k] && *pn + 1 < nOut; k++) {
    char c = z[k];
    if (k == 0 && bCap && c >= 'a' && c <= 'z') c = (char)(c - 32);
    zOut[(*pn)++] = c;
  }
  zOut[*pn] = 0;
}

/* The name of turn t into zFull and its short form (the word later
** mentions use) into zShort, each of room nOut.  Each style takes its
** words from the turn by different strides, so the combinations vary. */
static void eaName(unsigned t, char *zFull, char *zShort, size_t nOut) {
  unsigned k = t / 5;
  const char *zSur = 0, *zA = 0, *zB = 0, *zC = 0;
  char cJoin = ' '; /* between the given name's two syllables */
  int bCapB = 0;
  switch (t % 5) {
  case 0: /* Korean, hyphenated: Park Ji-hoon */
    zSur = EA_PICK(EA_KOREAN_SURNAMES, k);
    zA = EA_PICK(EA_KOREAN_SYLLABLES, k * 7);
    zB = EA_PICK(EA_KOREAN_SYLLABLES, k * 13 + 5);
    cJoin = '-';
    break;
  case 1: /* Korean, AP style: Kim Jong Un */
    zSur = EA_PICK(EA_KOREAN_SURNAMES, k * 3 + 1);
    zA = EA_PICK(EA_KOREAN_SYLLABLES, k * 11);
    zB = EA_PICK(EA_KOREAN_SYLLABLES, k * 5 + 3);
    bCapB = 1;
    break;
  case 2: /* Chinese pinyin: Zhao Lifeng, every third one syllable: Wang Yi */
    zSur = EA_PICK(EA_CHINESE_SURNAMES, k);
    zA = EA_PICK(EA_PINYIN_SYLLABLES, k * 7);
    if (k % 3) {
      zB = EA_PICK(EA_PINYIN_SYLLABLES, k * 11 + 2);
      cJoin = 0;
    }
    break;
  case 3: /* Taiwanese Wade-Giles: Lai Ching-te */
    zSur = EA_PICK(EA_TAIWAN_SURNAMES, k);
    zA = EA_PICK(EA_WADE_GILES_SYLLABLES, k * 5);
    zB = EA_PICK(EA_WADE_GILES_SYLLABLES, k * 9 + 1);
    cJoin = '-';
    break;
  default: /* Vietnamese: Pham Minh Chinh, every fourth two words: Nguyen Hue */
    zSur = EA_PICK(EA_VIETNAMESE_SURNAMES, k);
    if (k % 4) zA = EA_PICK(EA_VIETNAMESE_MIDDLES, k * 5);
    zC = EA_PICK(EA_VIETNAMESE_GIVEN, k * 7 + 3);
    break;
  }
  size_t n = 0;
  eaAppend(zFull, nOut, &n, zSur, 1);
  if (zA) {
    eaAppend(zFull, nOut, &n, " ", 0);
    eaAppend(zFull, nOut, &n, zA, 1);
  }
  if (zB) {
    char zJoin[2] = {cJoin, 0};
    eaAppend(zFull, nOut, &n, zJoin, 0);
    eaAppend(zFull, nOut, &n, zB, bCapB);
  }
  if (zC) {
    eaAppend(zFull, nOut, &n, " ", 0);
    eaAppend(zFull, nOut, &n, zC, 1);
  }
  size_t m = 0;
  eaAppend(zShort, nOut, &m, zC ? zC : zSur, 1);
}

/* One replaced name of a document: the original's text and last word (by
** offsets into the document), the new full name and short form. */
typedef struct EaName {
  size_t iStart, iEnd, iLast;
  char zFull[EA_NAME_ROOM], zShort[EA_NAME_ROOM];
} EaName;

/* 1 when gold span g of d is a PERSON of two words or more. */
static int eaIsFullName(const Doc *d, int g) {
  return d->aGold[g].eType == TK_ENT_PERSON && !goldIsOneWord(d, g);
}

/* The replacement of gold span g of d among the n names of a (the full
** name, or the short form for a one-word PERSON that is a replaced name's
** last word), or 0 to keep the span's text. */
static const char *eaReplacement(const Doc *d, int g, const EaName *a, int n) {
  const Gold *x = &d->aGold[g];
  size_t len = x->iEnd - x->iStart;
  if (x->eType != TK_ENT_PERSON) return 0;
  int bFull = eaIsFullName(d, g);
  for (int k = 0; k < n; k++) {
    size_t iFrom = bFull ? a[k].iStart : a[k].iLast;
    if (a[k].iEnd - iFrom == len &&
        memcmp(d->z + iFrom, d->z + x->iStart, len) == 0)
      return bFull ? a[k].zFull : a[k].zShort;
  }
  return 0;
}

/* A copy of document d into *pCopy (text and gold spans of its own) whose
** people have East Asian names of turns *piTurn on (which advances), one
** name for each distinct full name.  Returns 1 when at least one name was
** replaced, else 0 and no copy. */
static int eastAsiaCopy(const Doc *d, int *piTurn, Doc *pCopy) {
  EaName *a = malloc(((size_t)d->nGold + 1) * sizeof *a);
  if (!a) abort();
  int n = 0;
  for (int g = 0; g < d->nGold; g++) {
    if (!eaIsFullName(d, g) || eaReplacement(d, g, a, n)) continue;
    const Gold *x = &d->aGold[g];
    size_t iLast = x->iEnd;
    while (d->z[iLast - 1] != ' ')
      iLast--;
    a[n] = (EaName){x->iStart, x->iEnd, iLast, {0}, {0}};
    eaName((unsigned)(*piTurn)++, a[n].zFull, a[n].zShort, EA_NAME_ROOM);
    n++;
  }
  if (n == 0) {
    free(a);
    return 0;
  }
  const char **azNew = calloc((size_t)d->nGold + 1, sizeof *azNew);
  if (!azNew) abort();
  for (int g = 0; g < d->nGold; g++)
    azNew[g] = eaReplacement(d, g, a, n);
  docCopyReplacing(d, azNew, pCopy);
  free(azNew);
  free(a);
  return 1;
}

#endif /* NER_EASTASIA_H */
