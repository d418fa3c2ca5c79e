/*
** block_features.c -- the features of one text block and its first-pass
** class, for blocks.c (text_blocks(), text_main()):
**
**   tk_passages__features f;
**   tk_passages__block_features(pTok, pWords, z, n, &f);
**   switch (tk_passages__block_class(&f)) { case TK_PASSAGES__FURNITURE: ...
**
** A block is furniture only on positive evidence (docs/passages.md): a © sign
** or "all rights reserved", a cookie notice, a menu shape (separators between
** short items), phrases of site furniture ("sign in", "share this", "most
** read", "free trial"; some German, French and Spanish ones), a lone UI label
** ("Menu", "Comments (14)"), or a list of social networks.  Links alone are no
** evidence (articles cite URLs).  A sentence, a long paragraph or a row of
** numbers is prose; anything else (headlines, datelines, list items) is neutral
** and left to the context.
*/
#include "passages_internal.h"

#include <string.h>

/* What a phrase of aPhrase says about the block it occurs in. */
enum {
  PH_UI = 1,       /* furniture wording: its words count in nUi */
  PH_LIST = 2,     /* also heads a list of links ("related articles") */
  PH_COPY = 4,     /* a copyright notice */
  PH_WEAK = 8,     /* furniture in company only ("facebook", "subscriber") */
  PH_COOKIE = 16,  /* "cookie(s)" */
  PH_CONSENT = 32, /* what a cookie notice asks ("accept", "privacy") */
  PH_LABEL = 64,   /* a UI label when it stands (nearly) alone ("menu") */
  PH_END = 128,    /* ends the article: a paywall offer */
  PH_ADDRESS = 256 /* speaks to the reader, as a notice does ("we", "your") */
};

/* A phrase (case-folded norms): the words before its last one ("" or
** space-separated), its last word, and its PH_* flags. */
typedef struct BlkPhrase {
  const char *zBefore;
  const char *zLast;
  size_t nLast;
  int flags;
} BlkPhrase;
#define PH(before, last, flags)                                                \
  { before, last, sizeof(last) - 1, flags }

/* Phrases of page furniture, by what they do. */
static const BlkPhrase aPhrase[] = {
    /* accounts, subscriptions, paywalls */
    PH("sign", "in", PH_UI),
    PH("sign", "up", PH_UI),
    PH("signing", "up", PH_UI),
    PH("log", "in", PH_UI),
    PH("log", "out", PH_UI),
    PH("", "login", PH_UI),
    PH("", "logout", PH_UI),
    PH("", "signup", PH_UI),
    PH("subscribe", "now", PH_UI),
    PH("subscribe", "to", PH_UI),
    PH("subscribe", "for", PH_UI),
    PH("subscribe", "today", PH_UI),
    PH("", "unsubscribe", PH_UI),
    PH("", "newsletter", PH_UI),
    PH("", "newsletters", PH_UI),
    PH("in your", "inbox", PH_UI),
    PH("enter your", "email", PH_UI),
    PH("free", "articles", PH_UI | PH_END),
    PH("free", "trial", PH_UI | PH_END),
    PH("unlimited", "access", PH_UI | PH_END),
    PH("cancel", "anytime", PH_UI),
    PH("keep", "reading", PH_UI | PH_END),
    PH("subscribers", "only", PH_UI | PH_END),
    PH("already a", "subscriber", PH_UI | PH_END),
    PH("", "paywall", PH_UI),
    PH("", "abonnieren", PH_UI),
    PH("", "anmelden", PH_UI),
    PH("", "abonnez", PH_UI | PH_END),
    PH("", "connectez", PH_UI),
    PH("", "abonné", PH_UI),
    PH("", "suscríbete", PH_UI),
    PH("iniciar", "sesión", PH_UI),
    /* advertising, scripts, navigation */
    PH("", "advertisement", PH_UI | PH_LABEL),
    PH("", "advertisements", PH_UI),
    PH("", "sitemap", PH_UI),
    PH("", "javascript", PH_UI),
    PH("skip", "to", PH_UI),
    PH("scroll to", "continue", PH_UI),
    PH("continues", "below", PH_UI),
    PH("click", "here", PH_UI),
    PH("load", "more", PH_UI),
    PH("back to", "top", PH_UI),
    PH("copy", "link", PH_UI),
    PH("comments are", "closed", PH_UI),
    /* sharing */
    PH("share", "this", PH_UI),
    PH("share", "on", PH_UI),
    PH("follow", "us", PH_UI),
    PH("", "teilen", PH_UI | PH_LABEL),
    PH("", "partager", PH_UI | PH_LABEL),
    PH("", "compartir", PH_UI | PH_LABEL),
    /* lists of other articles */
    PH("read", "more", PH_UI | PH_LIST),
    PH("related", "articles", PH_UI | PH_LIST),
    PH("related", "stories", PH_UI | PH_LIST),
    PH("related", "coverage", PH_UI | PH_LIST),
    PH("most", "read", PH_UI | PH_LIST),
    PH("most", "popular", PH_UI | PH_LIST),
    PH("you may also", "like", PH_UI | PH_LIST),
    PH("recommended for", "you", PH_UI | PH_LIST),
    PH("lesen sie", "auch", PH_UI | PH_LIST),
    PH("mehr zum", "thema", PH_UI | PH_LIST),
    PH("lire", "aussi", PH_UI | PH_LIST),
    PH("más", "leído", PH_UI | PH_LIST),
    PH("más", "leídas", PH_UI | PH_LIST),
    /* legal */
    PH("privacy", "policy", PH_UI),
    PH("cookie", "policy", PH_UI),
    PH("terms of", "use", PH_UI),
    PH("terms of", "service", PH_UI),
    PH("terms and", "conditions", PH_UI),
    PH("", "impressum", PH_UI),
    PH("", "datenschutz", PH_UI | PH_CONSENT),
    PH("", "datenschutzerklärung", PH_UI | PH_CONSENT),
    PH("mentions", "légales", PH_UI),
    PH("aviso", "legal", PH_UI),
    PH("política de", "privacidad", PH_UI | PH_CONSENT),
    PH("all rights", "reserved", PH_UI | PH_COPY),
    PH("alle rechte", "vorbehalten", PH_UI | PH_COPY),
    PH("tous droits", "réservés", PH_UI | PH_COPY),
    PH("derechos", "reservados", PH_UI | PH_COPY),
    /* cookie notices */
    PH("", "cookie", PH_COOKIE | PH_WEAK),
    PH("", "cookies", PH_COOKIE | PH_WEAK),
    PH("accept", "all", PH_UI),
    PH("reject", "all", PH_UI),
    PH("manage", "preferences", PH_UI),
    PH("manage", "settings", PH_UI),
    PH("cookie", "settings", PH_UI),
    PH("", "accept", PH_CONSENT),
    PH("", "agree", PH_CONSENT),
    PH("", "consent", PH_CONSENT),
    PH("", "privacy", PH_CONSENT),
    PH("", "website", PH_CONSENT),
    PH("", "site", PH_CONSENT),
    PH("", "browsing", PH_CONSENT),
    PH("", "akzeptieren", PH_CONSENT),
    PH("", "zustimmen", PH_CONSENT),
    PH("", "accepter", PH_CONSENT),
    PH("", "acceptez", PH_CONSENT),
    PH("", "navigation", PH_CONSENT),
    PH("", "aceptar", PH_CONSENT),
    PH("", "acepta", PH_CONSENT),
    PH("", "navegando", PH_CONSENT),
    PH("", "we", PH_ADDRESS),
    PH("", "our", PH_ADDRESS),
    PH("", "you", PH_ADDRESS),
    PH("", "your", PH_ADDRESS),
    PH("", "wir", PH_ADDRESS),
    PH("", "unsere", PH_ADDRESS),
    PH("", "nous", PH_ADDRESS),
    PH("", "notre", PH_ADDRESS),
    PH("", "vous", PH_ADDRESS),
    PH("", "votre", PH_ADDRESS),
    PH("", "utilizamos", PH_ADDRESS),
    PH("", "nuestros", PH_ADDRESS),
    /* furniture in company */
    PH("", "subscribe", PH_WEAK | PH_LABEL),
    PH("", "subscribed", PH_WEAK),
    PH("", "subscriber", PH_WEAK),
    PH("", "subscribers", PH_WEAK),
    PH("", "subscription", PH_WEAK),
    PH("", "subscriptions", PH_WEAK),
    PH("", "copyright", PH_WEAK),
    PH("", "facebook", PH_WEAK),
    PH("", "twitter", PH_WEAK),
    PH("", "whatsapp", PH_WEAK),
    PH("", "linkedin", PH_WEAK),
    PH("", "pinterest", PH_WEAK),
    PH("", "instagram", PH_WEAK),
    PH("", "youtube", PH_WEAK),
    PH("", "email", PH_WEAK | PH_LABEL),
    PH("e", "mail", PH_WEAK),
    PH("", "print", PH_WEAK | PH_LABEL),
    /* labels */
    PH("", "menu", PH_LABEL),
    PH("", "home", PH_LABEL),
    PH("", "search", PH_LABEL),
    PH("", "share", PH_LABEL),
    PH("", "comments", PH_LABEL),
    PH("", "register", PH_LABEL),
};
#define N_PHRASE (sizeof(aPhrase) / sizeof(aPhrase[0]))
/* Phrase indexes are cached in an unsigned char. */
_Static_assert(N_PHRASE < 256, "aPhrase too long for the word cache");

/* The longest phrase in words. */
#define BLK_PHRASE_WORDS 4

/* The last few token norms of a block, for phrase matching. */
typedef struct BlkRing {
  char az[BLK_PHRASE_WORDS][TK_PASSAGES__WORD_BYTES + 1]; /* "" if too long */
  int n;                                                  /* words seen */
} BlkRing;

/* Flags of a word in the cache. */
#define WF_STOP 1
#define WF_PHRASE 2 /* the last word of some phrase */
#define WF_KNOWN 4

/* The number of words of the phrase p when it ends at the ring's newest
** word (whose text equals p->zLast), else 0. */
static int matchPhrase(const BlkRing *pRing, const BlkPhrase *p) {
  int nw = 1;
  const char *z = p->zBefore + strlen(p->zBefore);
  while (z > p->zBefore) { /* the words before, last to first */
    const char *e = z;
    while (z > p->zBefore && z[-1] != ' ')
      z--;
    if (nw >= pRing->n || nw >= BLK_PHRASE_WORDS) return 0;
    const char *zw = pRing->az[(pRing->n - 1 - nw) % BLK_PHRASE_WORDS];
    if (strlen(zw) != (size_t)(e - z) || memcmp(zw, z, (size_t)(e - z)) != 0)
      return 0;
    nw++;
    if (z > p->zBefore) z--; /* the space */
  }
  return nw;
}

/* Push one norm onto the ring (as "" when it is too long to matter). */
static void ringPush(BlkRing *p, const char *z, size_t n) {
  char *o = p->az[p->n % BLK_PHRASE_WORDS];
  if (n <= TK_PASSAGES__WORD_BYTES) {
    memcpy(o, z, n);
    o[n] = 0;
  } else {
    o[0] = 0;
  }
  p->n++;
}

/* Add to pOut what the phrases completed by the ring's newest word
** z[0..n) say; the phrases ending in it lie in aPhrase[k0..k1]. */
static void phraseMatch(const BlkRing *pRing, const char *z, size_t n,
                        size_t k0, size_t k1, tk_passages__features *pOut) {
  for (size_t k = k0; k <= k1; k++) {
    const BlkPhrase *p = &aPhrase[k];
    if (p->nLast != n || memcmp(p->zLast, z, n) != 0) continue;
    int nw = matchPhrase(pRing, p);
    if (nw == 0) continue;
    if (p->flags & PH_UI) pOut->nUi += (size_t)nw;
    if ((p->flags & PH_UI) && (p->flags & PH_LIST) && pRing->n > nw)
      pOut->nUiInner += (size_t)nw;
    if (p->flags & PH_WEAK) pOut->nWeak++;
    if (p->flags & PH_LIST) pOut->bListHead = 1;
    if (p->flags & PH_COPY) pOut->bCopyright = 1;
    if (p->flags & PH_END) pOut->bPaywall = 1;
    if (p->flags & PH_COOKIE) pOut->bCookie = 1;
    if (p->flags & PH_CONSENT) pOut->bConsent = 1;
    if (p->flags & PH_ADDRESS) pOut->bAddress = 1;
    if (p->flags & PH_LABEL) {
      pOut->bLabel = 1;
      if (pRing->n == nw) pOut->bLabelFirst = 1;
    }
  }
}

/* Set up the word cache and the phrase filter. */
void tk_passages__words_init(tk_passages__words *pW, const tk_stoplist *pStop) {
  memset(pW, 0, sizeof(*pW));
  pW->pStop = pStop;
  for (size_t k = 0; k < N_PHRASE; k++) {
    if (aPhrase[k].nLast < 32)
      pW->aLast[(unsigned char)aPhrase[k].zLast[0]] |= 1u << aPhrase[k].nLast;
  }
}

/* The flags of z[0..n) computed afresh, and the first and last index of
** the phrases that end in it (*pk0 > *pk1 when none). */
static int computeFlags(const tk_passages__words *pW, const char *z, size_t n,
                        unsigned char *pk0, unsigned char *pk1) {
  int f = WF_KNOWN;
  if (pW->pStop && tk_stoplist_has(pW->pStop, z, n)) f |= WF_STOP;
  *pk0 = 1;
  *pk1 = 0;
  if (n == 0 || n >= 32 || !(pW->aLast[(unsigned char)z[0]] & (1u << n)))
    return f;
  for (size_t k = 0; k < N_PHRASE; k++) {
    if (aPhrase[k].nLast == n && memcmp(aPhrase[k].zLast, z, n) == 0) {
      if (!(f & WF_PHRASE)) *pk0 = (unsigned char)k;
      *pk1 = (unsigned char)k;
      f |= WF_PHRASE;
    }
  }
  return f;
}

/* The flags of the norm z[0..n) and its phrase range (see computeFlags),
** through the cache. */
static int wordFlags(tk_passages__words *p, const char *z, size_t n,
                     unsigned char *pk0, unsigned char *pk1) {
  if (n > TK_PASSAGES__WORD_BYTES) return computeFlags(p, z, n, pk0, pk1);
  uint32_t h = tk_fnv1a(z, n);
  size_t s = (h ^ (h >> 15)) & (TK_PASSAGES__CACHE_SIZE - 1);
  if (p->a[s].n != n || !(p->a[s].flags & WF_KNOWN) ||
      memcmp(p->a[s].z, z, n) != 0) {
    int f = computeFlags(p, z, n, &p->a[s].k0, &p->a[s].k1);
    memcpy(p->a[s].z, z, n);
    p->a[s].n = (unsigned char)n;
    p->a[s].flags = (unsigned char)f;
  }
  *pk0 = p->a[s].k0;
  *pk1 = p->a[s].k1;
  return p->a[s].flags;
}

/* Whether c ends a sentence (a closing quote or bracket is looked
** through by the caller). */
static int isTerminal(uint32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F;
}

/* Whether c closes a quotation or a bracket. */
static int isCloser(uint32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D ||
         c == 0x2019 || c == 0xBB;
}

/* Whether z[0..n) ends in sentence punctuation, possibly followed by
** closing quotes and brackets. */
static int endsSentence(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  size_t i = n;
  if (n == 0) return 0;
  uint32_t c = tk_utf8_prev(u, &i);
  while (isCloser(c) && i > 0)
    c = tk_utf8_prev(u, &i);
  return isTerminal(c);
}

/* Whether a sentence ends inside z[0..n): a lower-case letter, a digit,
** a closing bracket or quote, then . ! or ? (and a closing quote), a
** space and a capital ("... sin\"θ\". The vertical ..."): menus do not
** hold sentences. */
static int innerSentenceEnd(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  for (size_t i = 1; i + 2 < n; i++) {
    if (u[i] != '.' && u[i] != '!' && u[i] != '?') continue;
    unsigned char a = u[i - 1];
    if (!((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9') || a == ')' ||
          a == '"' || a == '\''))
      continue;
    size_t j = i + 1;
    if (u[j] == '"' || u[j] == '\'') j++;
    if (j + 1 < n && u[j] == ' ' && u[j + 1] >= 'A' && u[j + 1] <= 'Z')
      return 1;
  }
  return 0;
}

/* Whether z[0..n) ends in a colon, comma or semicolon (introduces what
** follows: a table, a list). */
static int endsOpen(const char *z, size_t n) {
  return n > 0 && (z[n - 1] == ':' || z[n - 1] == ',' || z[n - 1] == ';');
}

/* Whether u[i..) starts a separator sign: | • · › ▪ (its length, or 0).
** A middle dot between two characters joins them: Catalan's
** "col·lecció", a product "P·V". */
static size_t separatorAt(const unsigned char *u, size_t n, size_t i) {
  if (u[i] == '|') return 1;
  if (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xB7)
    return i > 0 && u[i - 1] != ' ' && i + 2 < n && u[i + 2] != ' ' ? 0 : 2;
  if (u[i] == 0xE2 && i + 2 < n &&
      ((u[i + 1] == 0x80 && (u[i + 2] == 0xA2 || u[i + 2] == 0xBA)) ||
       (u[i + 1] == 0x96 && u[i + 2] == 0xAA)))
    return 3;
  return 0;
}

/* The menu separators of z[0..n): its separator signs into *pnSep, its
** gaps of two or more spaces or a tab between two non-space characters of
** one line into *pnGap (those with a tab, a table's cells, also into
** *pnTab), its commas into *pnComma, and whether it has an ASCII lower-case
** letter into *pbLower. */
static void countSeparators(const char *z, size_t n, size_t *pnSep,
                            size_t *pnGap, size_t *pnTab, size_t *pnComma,
                            int *pbLower) {
  const unsigned char *u = (const unsigned char *)z;
  size_t nSep = 0, nGap = 0, nTab = 0, nComma = 0, i = 0;
  int bLower = 0;
  int bText = 0; /* a non-space character earlier on the line */
  while (i < n) {
    size_t k = separatorAt(u, n, i);
    if (k) {
      /* A doubled sign between spaces parts the halves of a line, not menu
      ** items: a poem's caesura ("cinq cents ; || mais"), code's "||".
      ** Packed in markup ("{{#if:||}}") each sign counts. */
      size_t iRun = i, nRun = 0;
      for (; i < n && (k = separatorAt(u, n, i)) != 0; i += k)
        nRun++;
      int bSpaced = iRun > 0 && u[iRun - 1] == ' ' && (i == n || u[i] == ' ');
      if (nRun == 1 || !bSpaced) nSep += nRun;
      bText = 1;
    } else if (u[i] == ' ' || u[i] == '\t') {
      size_t j = i;
      int bTab = 0;
      while (j < n && (u[j] == ' ' || u[j] == '\t'))
        bTab |= u[j++] == '\t';
      if (bText && j < n && u[j] != '\n' && u[j] != '\r' &&
          (bTab || j - i >= 2)) {
        nGap++;
        nTab += bTab;
      }
      i = j;
    } else {
      nComma += u[i] == ',';
      bLower |= u[i] >= 'a' && u[i] <= 'z';
      bText = u[i] != '\n';
      i++;
    }
  }
  *pnSep = nSep;
  *pnGap = nGap;
  *pnTab = nTab;
  *pnComma = nComma;
  *pbLower = bLower;
}

/* A line of this many words or more, with this share of stopwords or
** more, reads like prose: justified text, not a menu whose items are apart
** by gaps of spaces ("About  Archive  Contact  RSS"); a clause that leads
** into a list, not a list's heading. */
#define BLK_PROSE_WORDS 8
#define BLK_PROSE_STOP 0.2

/* The length of a headline in words. */
#define BLK_TITLE_MIN_WORDS 3
#define BLK_TITLE_MAX_WORDS 20
#define BLK_TITLE_COMMAS 2 /* a line with more is a list of names */

/* Gather the features of z[0..n). */
int tk_passages__block_features(tk_tokenizer *pTok, tk_passages__words *pW,
                                const char *z, size_t n,
                                tk_passages__features *pOut) {
  tk_token t;
  BlkRing ring;
  int rc;
  memset(pOut, 0, sizeof(*pOut));
  ring.n = 0;
  tk_tokenizer_reset(pTok, z, n);
  while ((rc = tk_tokenizer_next(pTok, &t)) == 1) {
    switch (t.eKind) {
    case TK_KIND_URL:
    case TK_KIND_EMAIL:
      pOut->nLinks++;
      break;
    case TK_KIND_WORD: {
      unsigned char k0, k1;
      int f = wordFlags(pW, t.zNorm, t.nNorm, &k0, &k1);
      if (f & WF_STOP) pOut->nStop++;
      ringPush(&ring, t.zNorm, t.nNorm);
      if (f & WF_PHRASE) phraseMatch(&ring, t.zNorm, t.nNorm, k0, k1, pOut);
      pOut->nWords++;
      break;
    }
    case TK_KIND_NUMBER:
      pOut->nNumbers++;
      pOut->nWords++;
      break;
    case TK_KIND_HASHTAG:
    case TK_KIND_MENTION:
      pOut->nWords++;
      break;
    case TK_KIND_SYMBOL:
    case TK_KIND_EMOJI: /* the tokenizer calls U+00A9 an emoji */
      if (t.nNorm == 2 && memcmp(t.zNorm, "\xC2\xA9", 2) == 0)
        pOut->bCopyright = 1;
      break;
    default:
      break;
    }
  }
  if (rc < 0) return rc;
  if (endsSentence(z, n)) { /* separators and titles do not matter */
    pOut->bEnds = 1;
    pOut->bSentence = pOut->nWords >= 4 && pOut->nStop > 0;
    return TK_OK;
  }
  size_t nGap, nTab, nComma;
  int bLower;
  countSeparators(z, n, &pOut->nSep, &nGap, &nTab, &nComma, &bLower);
  pOut->bInnerEnd = innerSentenceEnd(z, n);
  /* Justified text (man pages, plain-text exports) pads its lines with
  ** double spaces: gaps separate menu items only in a block of one line
  ** that does not read like prose (a long line, a fifth of its words
  ** stopwords); a block of wrapped lines is a paragraph. */
  if (!memchr(z, '\n', n) &&
      (pOut->nWords < BLK_PROSE_WORDS ||
       (double)pOut->nStop < BLK_PROSE_STOP * (double)pOut->nWords)) {
    pOut->nSep += nGap;
    pOut->nCells = nTab;
  }
  pOut->bTitle = pOut->nWords >= BLK_TITLE_MIN_WORDS &&
                 pOut->nWords <= BLK_TITLE_MAX_WORDS && !endsOpen(z, n) &&
                 nComma < BLK_TITLE_COMMAS && bLower && pOut->nNumbers == 0;
  return TK_OK;
}

/* Thresholds of the rules (docs/passages.md). */
#define BLK_COPY_MAX_WORDS 40 /* a © in a longer block is a photo credit */
#define BLK_COOKIE_MAX_WORDS                                                   \
  150 /* a longer paragraph with "cookie" tells a story ("The Cookie Jar") */
/* A cookie notice this short need not speak to the reader ("Site uses
** cookies. Accept"). */
#define BLK_COOKIE_TERSE_WORDS 40
#define BLK_UI_SENTENCE 0.2 /* UI words / words in a sentence */
#define BLK_UI_LINE 0.15    /* UI words / words in a long other block */
#define BLK_UI_SHORT_WORDS                                                     \
  15                           /* below: one UI phrase makes a line furniture  \
                                */
#define BLK_LABEL_WORDS 3      /* a label starting a line of at most 3 words */
#define BLK_WEAK_SHARE 0.3     /* (weak + UI words) / words in a list */
#define BLK_STOP_LIST 0.2      /* ... whose stopword share is below this */
#define BLK_MENU_ITEM_WORDS 4  /* mean words per menu item at most */
#define BLK_MENU_NUMBERS 0.3   /* a menu has fewer numbers than this share */
#define BLK_LONG_WORDS 30      /* a paragraph this long with stopwords ... */
#define BLK_LONG_STOP 0.2      /* ... at least this share is prose */
#define BLK_TABLE_NUMBERS 0.25 /* a row of >= 2 numbers, this share: prose */

/* Whether the block is long and a fifth of its words stopwords: a
** paragraph of prose. */
static int longProse(const tk_passages__features *f) {
  return f->nWords >= BLK_LONG_WORDS &&
         (double)f->nStop >= BLK_LONG_STOP * (double)f->nWords;
}

/* Whether the evidence says the block is furniture; nPrevCells and
** nNextCells are the nCells of the blocks around it. */
static int isFurniture(const tk_passages__features *f, size_t nPrevCells,
                       size_t nNextCells) {
  double w = (double)f->nWords;
  if (f->bCopyright && f->nWords < BLK_COPY_MAX_WORDS) return 1;
  /* A cookie notice longer than a line speaks to the reader ("we use
  ** cookies", "your consent"); a paragraph on HTTP that names cookies and
  ** a website does not. */
  if (f->bCookie && f->bConsent && f->nWords < BLK_COOKIE_MAX_WORDS &&
      (f->nWords < BLK_COOKIE_TERSE_WORDS || f->bAddress))
    return 1;
  /* A list head inside a sentence is prose ("The most popular sports in
  ** Bitola are ..."); at its start it is not ("Read more about sharing."). */
  if (f->bSentence)
    return (double)(f->nUi - f->nUiInner) >= BLK_UI_SENTENCE * w;
  /* So is one in a clause that leads into a list ("The most popular
  ** websites in Belgium in 2008 are:"). */
  size_t nUi = f->nUi;
  if (f->nWords >= BLK_PROSE_WORDS && (double)f->nStop >= BLK_PROSE_STOP * w)
    nUi -= f->nUiInner;
  if (nUi > 0 &&
      (f->nWords < BLK_UI_SHORT_WORDS || (double)nUi >= BLK_UI_LINE * w))
    return 1;
  /* A label has no full stop: "Home video.", "Go home." are a heading and
  ** speech. It starts its line or has one word beside it: "Binary search
  ** tree", "Colorado Christian Home" are names. */
  if (f->bLabel && !f->bEnds &&
      (f->nWords <= 2 || (f->bLabelFirst && f->nWords <= BLK_LABEL_WORDS)))
    return 1;
  /* A line with as many tabs as a line beside it is a row of a table (its
  ** header: "Pos.<tab>Driver<tab>Points"), not a menu. */
  size_t nSep = f->nSep;
  if (f->nCells > 0 && (f->nCells == nPrevCells || f->nCells == nNextCells))
    nSep -= f->nCells;
  /* A long paragraph that holds a sentence end is prose, its signs a
  ** formula's ("|Fh| = m|an|sin θ. The vertical ..."). */
  if (nSep >= 2 && !(f->bInnerEnd && longProse(f)) &&
      (double)f->nNumbers < BLK_MENU_NUMBERS * w &&
      f->nWords + f->nLinks <= BLK_MENU_ITEM_WORDS * (nSep + 1))
    return 1;
  /* A list of weak words ("Facebook Twitter Email") has no full stop:
  ** "Non-print editions." is a heading. */
  return f->nWords >= 2 && !f->bEnds &&
         (double)(f->nWeak + f->nUi) >= BLK_WEAK_SHARE * w &&
         (double)f->nStop < BLK_STOP_LIST * w;
}

/* The first-pass class of a block with features f between blocks of
** nPrevCells and nNextCells table cells (0 at the text's ends). */
int tk_passages__block_class(const tk_passages__features *f, size_t nPrevCells,
                             size_t nNextCells) {
  if (isFurniture(f, nPrevCells, nNextCells)) return TK_PASSAGES__FURNITURE;
  if (f->bSentence) return TK_PASSAGES__PROSE;
  double w = (double)f->nWords;
  if (longProse(f)) return TK_PASSAGES__PROSE;
  if (f->nNumbers >= 2 && (double)f->nNumbers >= BLK_TABLE_NUMBERS * w)
    return TK_PASSAGES__PROSE;
  return TK_PASSAGES__NEUTRAL;
}
