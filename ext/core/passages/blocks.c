/*
** blocks.c -- paragraph blocks of plain text classified as content or page
** furniture (boilerplate), for text_blocks() and text_main():
**
**   tk_block *a;  size_t n;
**   tk_blocks(z, n, &a, &n);       // a[i].eKind: TK_BLOCK_CONTENT, ...
**   tk_text_main(z, n, &buf);      // the content blocks; never loses it all
**
** Splitting: a blank line ends a block; so does a single newline unless
** the line before it looks wrapped (at least BLK_WRAP_CHARS characters, not
** ending in sentence punctuation) and the line after it does not start
** like a new item (an ASCII capital, a bullet or a dash; a capital goes
** on when both lines are indented alike), so a run of short lines
** (menus, price lists) or of one-line paragraphs gives one block per line
** while hard-wrapped prose stays one.  text_main() joins
** the halves of a wrapped paragraph cut before a capital by their one line
** break again when the whole text is hard-wrapped (tk_wrap_break).
**
** Classification favours recall: block_features.c calls a block furniture
** only on positive evidence, prose when it is a sentence, a long paragraph
** or a row of numbers, else neutral (headlines, datelines, bylines, list
** items).  Context then decides the neutral ones:
**   - after a short list heading ("Most read", "Related articles"), the
**     neutral blocks that follow it and read like headlines are the list:
**     furniture;
**   - a neutral block is furniture when the nearest non-neutral block
**     before it is furniture and the one after it is furniture or the end
**     of the text (a menu between two furniture lines, a price list at the
**     end of a paywall); otherwise content (the start of the text counts as
**     content, so a headline above a share bar stays);
**   - after a paywall offer or a copyright line, the neutral blocks are
**     furniture when no prose follows it to the end of the text and they
**     end it or are a list of short items (a paywall's list of benefits,
**     furniture lines between);
**   - a block with no word, number or link ("* * *") is short.
** tk_text_main() returns the whole text when no block is content.
*/
#include "passages_internal.h"

#include <string.h>

/* Thresholds (see the head comment and docs/passages.md). */
#define BLK_WRAP_CHARS 40
#define BLK_LIST_HEAD_WORDS 8
#define BLK_MENU_WORDS 4
#define BLK_TAIL_ITEM_WORDS 15

/* Whether the code point c is white space for splitting and trimming. */
static int isSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
         c == 0xFEFF || c == 0x202F;
}

/* Whether a line ending in c ends a sentence (so the newline after it is
** a real break even after a long line). */
static int endsLine(uint32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
         c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0x2026 ||
         c == 0xBB || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

/* Whether a line starting with c starts a new item even after a wrapped
** looking line: an ASCII or Latin-1 capital, an opening quote, a bullet,
** a dash or ©. */
static int startsItem(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         c == 0xA9 || c == '"' || c == 0x201C || c == 0x201E || c == 0xAB ||
         c == '*' || c == '-' || c == 0x2022 || c == 0xB7 || c == 0x2013 ||
         c == 0x2014 || c == 0x25AA;
}

/* Whether a line indented by nIndent bytes that starts with the capital
** c goes on the wrapped-looking line before it, indented by nPrevIndent:
** both indented alike (a Debian copyright file's " modify it under the
** terms of the GNU Lesser General Public" / " License as published by"),
** and c a letter, not a bullet, a dash or a quote. */
static int indentedContinuation(uint32_t c, size_t nIndent,
                                size_t nPrevIndent) {
  return nIndent > 0 && nIndent == nPrevIndent &&
         ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7));
}

/* The growing block list. */
typedef struct BlkList {
  tk_block *a;
  size_t n, cap;
} BlkList;

/* Append the block z[iStart..iEnd). */
static int listPush(BlkList *p, size_t iStart, size_t iEnd) {
  if (tk_reserve(&p->a, &p->cap, p->n, sizeof(*p->a))) return TK_ENOMEM;
  tk_block *b = &p->a[p->n++];
  memset(b, 0, sizeof(*b));
  b->iStart = iStart;
  b->nBytes = iEnd - iStart;
  return TK_OK;
}

/* Split z[0..n) into blocks (byte spans, trimmed) per the head comment. */
static int splitBlocks(const char *z, size_t n, tk_work *pWork,
                       BlkList *pList) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = 0, iBlkStart = 0, iBlkEnd = 0, iPolled = 0, nPrevIndent = 0;
  int bOpen = 0, bWrap = 0;
  while (i < n) {
    if (tk_work_poll(pWork, (i - iPolled) * TK_WORK_CELLS_PER_BYTE)) {
      return TK_EINTERRUPT;
    }
    iPolled = i;
    /* One line: first and end of its non-space text, chars, last char. */
    size_t iLine = i, iFirst = n, iLast = i, nChar = 0;
    uint32_t cFirst = 0, cLast = 0;
    while (i < n && u[i] != '\n') {
      size_t iAt = i;
      uint32_t c = tk_utf8_next(u, n, &i);
      if (isSpace(c)) continue;
      if (iFirst == n) {
        iFirst = iAt;
        cFirst = c;
      }
      iLast = i;
      cLast = c;
      nChar++;
    }
    if (i < n) i++; /* the newline */
    if (iFirst == n) {
      if (bOpen && listPush(pList, iBlkStart, iBlkEnd) != TK_OK)
        return TK_ENOMEM;
      bOpen = 0;
      continue;
    }
    size_t nIndent = iFirst - iLine;
    if (bOpen &&
        (!bWrap || (startsItem(cFirst) &&
                    !indentedContinuation(cFirst, nIndent, nPrevIndent)))) {
      if (listPush(pList, iBlkStart, iBlkEnd) != TK_OK) return TK_ENOMEM;
      bOpen = 0;
    }
    if (!bOpen) iBlkStart = iFirst;
    bOpen = 1;
    iBlkEnd = iLast;
    bWrap = nChar >= BLK_WRAP_CHARS && !endsLine(cLast);
    nPrevIndent = nIndent;
  }
  if (bOpen && listPush(pList, iBlkStart, iBlkEnd) != TK_OK) return TK_ENOMEM;
  return TK_OK;
}

/* The stopword list of the language of the blocks' text
** (tk_language_detect over its first 64 KB), English when that language
** has none or is undetermined. */
static const tk_stoplist *pickStoplist(const char *z, const BlkList *pL) {
  const tk_stoplist *p = 0;
  if (pL->n > 0) {
    size_t iStart = pL->a[0].iStart;
    size_t iEnd = pL->a[pL->n - 1].iStart + pL->a[pL->n - 1].nBytes;
    const char *zLang = tk_language_detect(z + iStart, iEnd - iStart);
    p = tk_stoplist_get(zLang, strlen(zLang));
  }
  return p ? p : tk_stoplist_get("english", 7);
}

/* Flags of a block for the context rules. */
#define BLK_FLAG_LIST 1  /* a list heading ("Most read") */
#define BLK_FLAG_END 2   /* ends the article (copyright, paywall) */
#define BLK_FLAG_TITLE 4 /* reads like the title of a linked article */

/* Mark as furniture the list that follows a list heading of at most
** BLK_LIST_HEAD_WORDS words: the neutral blocks after it that read like
** headlines (aFlag: BLK_FLAG_TITLE), up to the first that does not. */
static void markLists(int *aCls, const size_t *aWords, const int *aFlag,
                      size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (aCls[i] != TK_PASSAGES__FURNITURE || !(aFlag[i] & BLK_FLAG_LIST) ||
        aWords[i] > BLK_LIST_HEAD_WORDS)
      continue;
    for (size_t j = i + 1; j < n; j++) {
      if (aCls[j] != TK_PASSAGES__NEUTRAL || !(aFlag[j] & BLK_FLAG_TITLE))
        break;
      aCls[j] = TK_PASSAGES__FURNITURE;
    }
  }
}

/* The headline: the last neutral block before the first prose block, when
** only furniture lies between them and it has at least 2 words; n when
** there is none. */
static size_t findHeadline(const int *aCls, const size_t *aWords, size_t n) {
  size_t iProse = 0;
  while (iProse < n && aCls[iProse] != TK_PASSAGES__PROSE)
    iProse++;
  if (iProse == n) return n;
  for (size_t i = iProse; i-- > 0;) {
    if (aCls[i] == TK_PASSAGES__NEUTRAL) return aWords[i] >= 2 ? i : n;
  }
  return n;
}

/* The final kinds from the first-pass classes aCls: a run of neutral blocks
** is furniture when furniture lies on both sides of it (the start of the
** text counts as prose), none of its blocks has more than BLK_MENU_WORDS
** words and it is not the headline; or when it comes after a block that
** ends the article (aFlag) with no prose since and none after it, and
** either ends the text or is a list: two blocks or more, none of more than
** BLK_TAIL_ITEM_WORDS words (the benefit list of a paywall, broken by
** furniture lines; not a lone results line after a mid-article offer).
** Otherwise content. */
static void decideKinds(const int *aCls, const size_t *aWords, const int *aFlag,
                        size_t n, tk_block *aBlk) {
  size_t iHead = findHeadline(aCls, aWords, n);
  size_t nAfterProse = n; /* the blocks from here on hold no prose */
  while (nAfterProse > 0 && aCls[nAfterProse - 1] != TK_PASSAGES__PROSE)
    nAfterProse--;
  int left = TK_PASSAGES__PROSE, bEnded = 0;
  size_t i = 0;
  while (i < n) {
    if (aCls[i] != TK_PASSAGES__NEUTRAL) {
      int bFurn = aCls[i] == TK_PASSAGES__FURNITURE;
      aBlk[i].eKind = bFurn ? TK_BLOCK_BOILERPLATE : TK_BLOCK_CONTENT;
      bEnded = bFurn && (bEnded || (aFlag[i] & BLK_FLAG_END));
      left = aCls[i];
      i++;
      continue;
    }
    size_t j = i;
    int bMenu = left == TK_PASSAGES__FURNITURE, bItems = 1;
    for (; j < n && aCls[j] == TK_PASSAGES__NEUTRAL; j++) {
      bMenu = bMenu && aWords[j] <= BLK_MENU_WORDS;
      bItems = bItems && aWords[j] <= BLK_TAIL_ITEM_WORDS;
    }
    bMenu = (bMenu && (j == n || aCls[j] == TK_PASSAGES__FURNITURE)) ||
            (bEnded && i >= nAfterProse && (j == n || (bItems && j - i >= 2)));
    for (; i < j; i++) {
      aBlk[i].eKind =
          bMenu && i != iHead ? TK_BLOCK_BOILERPLATE : TK_BLOCK_CONTENT;
    }
  }
}

/* The SQL name of a block kind. */
const char *tk_block_kind_name(int eKind) {
  switch (eKind) {
  case TK_BLOCK_CONTENT:
    return "content";
  case TK_BLOCK_BOILERPLATE:
    return "boilerplate";
  default:
    return "short";
  }
}

/* The features of block i of pList (text z). */
static int blockFeatures(tk_tokenizer *pTok, tk_passages__words *pW,
                         const char *z, const BlkList *pList, size_t i,
                         tk_passages__features *pOut) {
  return tk_passages__block_features(pTok, pW, z + pList->a[i].iStart,
                                     pList->a[i].nBytes, pOut);
}

/* Classify every block of pList (text z), polling pWork. */
static int classify(const char *z, tk_work *pWork, BlkList *pList) {
  size_t n = pList->n;
  tk_token_options opt;
  tk_token_options_init(&opt);
  tk_tokenizer *pTok = 0;
  char *zErr = 0;
  int rc = tk_tokenizer_new(&opt, &pTok, &zErr);
  tk_free(zErr);
  if (rc != TK_OK) return rc;
  int *aCls = tk_malloc(n * 2 * sizeof(int));
  size_t *aWords = tk_malloc(n * sizeof(size_t));
  tk_passages__words *pW = tk_malloc(sizeof(tk_passages__words));
  rc = aCls && aWords && pW ? TK_OK : TK_ENOMEM;
  if (rc == TK_OK) {
    tk_passages__words_init(pW, pickStoplist(z, pList));
  }
  tk_tokenizer_set_work(pTok, pWork);
  /* Each block's class needs the table cells of the next one: its
  ** features are read one block ahead. */
  tk_passages__features f, fNext;
  size_t nPrevCells = 0;
  if (rc == TK_OK) rc = blockFeatures(pTok, pW, z, pList, 0, &fNext);
  for (size_t i = 0; rc == TK_OK && i < n; i++) {
    f = fNext;
    if (i + 1 < n) rc = blockFeatures(pTok, pW, z, pList, i + 1, &fNext);
    if (rc != TK_OK) break;
    aCls[i] =
        tk_passages__block_class(&f, nPrevCells, i + 1 < n ? fNext.nCells : 0);
    nPrevCells = f.nCells;
    aWords[i] = f.nWords + f.nLinks;
    aCls[n + i] = (f.bListHead ? BLK_FLAG_LIST : 0) |
                  (f.bCopyright || f.bPaywall ? BLK_FLAG_END : 0) |
                  (f.bTitle ? BLK_FLAG_TITLE : 0);
  }
  if (rc == TK_OK) {
    markLists(aCls, aWords, aCls + n, n);
    decideKinds(aCls, aWords, aCls + n, n, pList->a);
  }
  tk_free(aCls);
  tk_free(aWords);
  tk_free(pW);
  tk_tokenizer_free(pTok);
  return rc;
}
/* Split and classify z[0..n). */
int tk_blocks(const char *z, size_t n, tk_block **paOut, size_t *pnOut) {
  return tk_blocks_w(z, n, NULL, paOut, pnOut);
}

/* tk_blocks polling pWork (NULL: never). */
int tk_blocks_w(const char *z, size_t n, tk_work *pWork, tk_block **paOut,
                size_t *pnOut) {
  BlkList list = {0, 0, 0};
  *paOut = 0;
  *pnOut = 0;
  int rc = splitBlocks(z, n, pWork, &list);
  if (rc == TK_OK && list.n > 0) rc = classify(z, pWork, &list);
  if (rc != TK_OK) {
    tk_free(list.a);
    return rc;
  }
  tk_charpos cp;
  tk_charpos_init(&cp, z, n);
  for (size_t i = 0; i < list.n; i++) {
    tk_block *b = &list.a[i];
    b->iChar = tk_charpos_at(&cp, b->iStart);
    b->nChars = tk_charpos_at(&cp, b->iStart + b->nBytes) - b->iChar;
  }
  *paOut = list.a;
  *pnOut = list.n;
  return TK_OK;
}

/* 1 when block b, right after block a in z[0..n), a text hard-wrapped at
** nWidth, was cut from a's paragraph at a line break the wrap made
** (splitBlocks cuts before a capital after a wrapped-looking line:
** "the old Bank of" / "England"; tk_wrap_break). */
static int wrapCut(const char *z, size_t n, const tk_block *a,
                   const tk_block *b, size_t nWidth) {
  size_t k = n; /* the one line break between them */
  for (size_t i = a->iStart + a->nBytes; i < b->iStart; i++) {
    if (z[i] == '\n') {
      if (k != n) return 0;
      k = i;
    } else if (z[i] != ' ' && z[i] != '\t' && z[i] != '\r') {
      return 0;
    }
  }
  return k != n && tk_wrap_break(z, n, k, nWidth);
}

/* Append the content blocks of z[0..n) to p, separated by "\n\n", but by
** the one line break of a hard-wrapped paragraph that the blocks were cut
** at (wrapCut); the whole text when no block is content. */
int tk_text_main(const char *z, size_t n, tk_buf *p) {
  return tk_text_main_w(z, n, NULL, p);
}

/* tk_text_main polling pWork (NULL: never). */
int tk_text_main_w(const char *z, size_t n, tk_work *pWork, tk_buf *p) {
  tk_block *a;
  size_t nBlk, nOut = 0;
  int rc = tk_blocks_w(z, n, pWork, &a, &nBlk);
  if (rc != TK_OK) return rc;
  size_t nWidth = nBlk > 1 ? tk_wrap_width(z, n) : 0;
  for (size_t i = 0; i < nBlk; i++) {
    if (a[i].eKind != TK_BLOCK_CONTENT) continue;
    if (nOut++ > 0) {
      int bWrap = nWidth && a[i - 1].eKind == TK_BLOCK_CONTENT &&
                  wrapCut(z, n, &a[i - 1], &a[i], nWidth);
      tk_buf_append(p, "\n\n", bWrap ? 1 : 2);
    }
    tk_buf_append(p, z + a[i].iStart, a[i].nBytes);
  }
  if (nOut == 0) tk_buf_append(p, z, n);
  tk_free(a);
  return p->oom ? TK_ENOMEM : TK_OK;
}
