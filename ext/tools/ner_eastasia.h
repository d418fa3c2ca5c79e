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

#include "ner_person_copies.h"

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
    zSur = NAME_PICK(EA_KOREAN_SURNAMES, k);
    zA = NAME_PICK(EA_KOREAN_SYLLABLES, k * 7);
    zB = NAME_PICK(EA_KOREAN_SYLLABLES, k * 13 + 5);
    cJoin = '-';
    break;
  case 1: /* Korean, AP style: Kim Jong Un */
    zSur = NAME_PICK(EA_KOREAN_SURNAMES, k * 3 + 1);
    zA = NAME_PICK(EA_KOREAN_SYLLABLES, k * 11);
    zB = NAME_PICK(EA_KOREAN_SYLLABLES, k * 5 + 3);
    bCapB = 1;
    break;
  case 2: /* Chinese pinyin: Zhao Lifeng, every third one syllable: Wang Yi */
    zSur = NAME_PICK(EA_CHINESE_SURNAMES, k);
    zA = NAME_PICK(EA_PINYIN_SYLLABLES, k * 7);
    if (k % 3) {
      zB = NAME_PICK(EA_PINYIN_SYLLABLES, k * 11 + 2);
      cJoin = 0;
    }
    break;
  case 3: /* Taiwanese Wade-Giles: Lai Ching-te */
    zSur = NAME_PICK(EA_TAIWAN_SURNAMES, k);
    zA = NAME_PICK(EA_WADE_GILES_SYLLABLES, k * 5);
    zB = NAME_PICK(EA_WADE_GILES_SYLLABLES, k * 9 + 1);
    cJoin = '-';
    break;
  default: /* Vietnamese: Pham Minh Chinh, every fourth two words: Nguyen Hue */
    zSur = NAME_PICK(EA_VIETNAMESE_SURNAMES, k);
    if (k % 4) zA = NAME_PICK(EA_VIETNAMESE_MIDDLES, k * 5);
    zC = NAME_PICK(EA_VIETNAMESE_GIVEN, k * 7 + 3);
    break;
  }
  size_t n = 0;
  nameAppend(zFull, nOut, &n, zSur, 1);
  if (zA) {
    nameAppend(zFull, nOut, &n, " ", 0);
    nameAppend(zFull, nOut, &n, zA, 1);
  }
  if (zB) {
    char zJoin[2] = {cJoin, 0};
    nameAppend(zFull, nOut, &n, zJoin, 0);
    nameAppend(zFull, nOut, &n, zB, bCapB);
  }
  if (zC) {
    nameAppend(zFull, nOut, &n, " ", 0);
    nameAppend(zFull, nOut, &n, zC, 1);
  }
  size_t m = 0;
  nameAppend(zShort, nOut, &m, zC ? zC : zSur, 1);
}

/* A copy of document d into *pCopy whose people have East Asian names of
** turns *piTurn on (ner_person_copies.h).  1 when a name was replaced. */
static int eastAsiaCopy(const Doc *d, int *piTurn, Doc *pCopy) {
  return personCopy(d, piTurn, eaName, pCopy);
}

#endif /* NER_EASTASIA_H */
