/*
** patterns_contact.c -- EMAIL, URL, HASHTAG, MENTION, IP and PHONE
** entities over the token array.
**
**   "John.Doe@Example.com"   EMAIL    john.doe@example.com
**   "https://x.org/a?b=1"    URL      https://x.org/a?b=1 (as written)
**   "#climate", "@reuters"   HASHTAG, MENTION (as written)
**   "192.168.0.1"            IP       192.168.0.1 (IPv4 only)
**   "+1 (202) 555-0173"      PHONE    +12025550173
**
** The tokenizer already keeps e-mails, URLs, hashtags and mentions whole;
** a phone number is digit groups joined by '-', '.', spaces or an area
** code in parentheses, 7 to 15 digits, and needs a leading '+', an area
** code in parentheses or '-'/'.' joints with a last group of 4 or more
** digits (so that lists of numbers, year ranges like 1990-1995 and
** date-like 2014-13-01 are not phones).
*/
#include "entities_internal.h"

#include <stdio.h>
#include <string.h>

/* 1 when z[0..n) is only digits. */
static int allDigits(const char *z, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (z[k] < '0' || z[k] > '9') return 0;
  return n > 0;
}

/* IP: a number token of four dotted octets 0..255. */
static int matchIp(const tk_edoc *p, size_t i, tk_pmatch *m) {
  const tk_etok *t = &p->a[i];
  if (t->eKind != TK_KIND_NUMBER || t->nNorm < 7 || t->nNorm > 15) return 0;
  const char *z = tk_etok_norm(p, i);
  int nPart = 0, v = 0, nDig = 0;
  for (size_t k = 0; k <= t->nNorm; k++) {
    if (k == t->nNorm || z[k] == '.') {
      if (nDig == 0 || v > 255) return 0;
      nPart++;
      v = nDig = 0;
    } else if (z[k] >= '0' && z[k] <= '9') {
      if (++nDig > 3) return 0; /* stop before v can overflow */
      v = v * 10 + z[k] - '0';
    } else {
      return 0;
    }
  }
  if (nPart != 4) return 0;
  snprintf(m->zNorm, sizeof(m->zNorm), "%.*s", (int)t->nLen, p->z + t->iStart);
  m->eType = TK_ENT_IP;
  return 1;
}

/* Append the digits of token i to the phone norm; return the count. */
static int phoneDigits(const tk_edoc *p, size_t i, char *z, int *pn) {
  const char *s = tk_etok_norm(p, i);
  int c = 0;
  for (size_t k = 0; k < p->a[i].nNorm; k++) {
    if (s[k] >= '0' && s[k] <= '9') {
      if (*pn < 20) z[(*pn)++] = s[k];
      c++;
    } else if (s[k] != '.') {
      return -1;
    }
  }
  return c;
}

/* PHONE at token i. */
static int matchPhone(const tk_edoc *p, size_t i, tk_pmatch *m) {
  char zNum[24];
  int n = 0, nDigit = 0, nGroup = 0, bPlus = 0, bParen = 0, nJoint = 0;
  size_t j = i;
  if (tk_etok_is(p, j, "+") && j + 1 < p->nTok && tk_etok_glued(p, j + 1)) {
    bPlus = 1;
    zNum[n++] = '+';
    j++;
  }
  size_t jEnd = j;
  while (j < p->nTok) {
    if (tk_etok_is(p, j, "(") && j + 2 < p->nTok && tk_etok_glued(p, j + 1) &&
        tk_etok_is(p, j + 2, ")") && tk_etok_glued(p, j + 2) &&
        p->a[j + 1].eKind == TK_KIND_NUMBER && p->a[j + 1].nNorm <= 4 &&
        (j == i || nGroup <= 1)) {
      if (j > i && !bPlus) break;
      int nSave = n, c = phoneDigits(p, j + 1, zNum, &n);
      if (c < 0) {
        n = nSave;
        break;
      }
      nDigit += c;
      nGroup++;
      bParen = 1;
      j += 3;
      jEnd = j;
    } else if (p->a[j].eKind == TK_KIND_NUMBER) {
      const char *s = tk_etok_norm(p, j);
      int bDigits = allDigits(s, p->a[j].nNorm), nSave = n;
      if (bDigits && nGroup && p->a[j].nNorm > (bPlus ? 10u : 5u)) break;
      int c = phoneDigits(p, j, zNum, &n);
      if (c < 0) {
        n = nSave;
        break;
      }
      if (!bDigits) nJoint++; /* 555.123.4567 in one token */
      nDigit += c;
      nGroup++;
      j++;
      jEnd = j;
    } else {
      break;
    }
    /* a joint: '-' or '.' glued on both sides, or a space when the number
    ** is clearly a phone (+ or parentheses) */
    if (j + 1 < p->nTok && (tk_etok_is(p, j, "-") || tk_etok_is(p, j, ".")) &&
        tk_etok_glued(p, j) && tk_etok_glued(p, j + 1) &&
        (p->a[j + 1].eKind == TK_KIND_NUMBER || tk_etok_is(p, j + 1, "("))) {
      nJoint++;
      j++;
    } else if (j < p->nTok && (bPlus || bParen) && !tk_etok_glued(p, j) &&
               (p->a[j].eKind == TK_KIND_NUMBER || tk_etok_is(p, j, "("))) {
      /* space joint */
    } else if (j < p->nTok && bParen && p->a[j].eKind == TK_KIND_NUMBER) {
      /* "(555)123-4567" */
    } else {
      break;
    }
  }
  if (nDigit < 7 || nDigit > 15) return 0;
  if (!bPlus && !bParen) {
    /* joined groups ending in 4+ digits; "2014-02-07" is not a phone */
    if (!nJoint || p->a[jEnd - 1].nNorm < 4 ||
        (nGroup < 3 && (p->a[i].nNorm != 3 || nDigit != 7) && nGroup != 1))
      return 0;
  }
  if (jEnd < p->nTok && tk_etok_glued(p, jEnd) &&
      p->a[jEnd].eKind != TK_KIND_PUNCT)
    return 0;
  zNum[n] = 0;
  memcpy(m->zNorm, zNum, (size_t)n + 1);
  m->eType = TK_ENT_PHONE;
  return (int)(jEnd - i);
}

/* The tokenizer's own kinds: e-mail, URL, hashtag, mention. */
static int matchKind(const tk_edoc *p, size_t i, tk_pmatch *m) {
  const tk_etok *t = &p->a[i];
  switch (t->eKind) {
  case TK_KIND_EMAIL:
    m->eType = TK_ENT_EMAIL;
    break;
  case TK_KIND_URL:
    m->eType = TK_ENT_URL;
    break;
  case TK_KIND_HASHTAG:
    m->eType = TK_ENT_HASHTAG;
    break;
  case TK_KIND_MENTION:
    m->eType = TK_ENT_MENTION;
    break;
  default:
    return 0;
  }
  /* the norm is filled in by the caller from the surface (too long for
  ** zNorm in general); EMAIL is lower-cased there */
  m->zNorm[0] = 0;
  return 1;
}

/* The longest contact entity at token i. */
int tk_entities__match_contact(const tk_edoc *p, size_t i, tk_pmatch *m) {
  if (matchKind(p, i, m)) return m->nTok = 1;
  if (matchIp(p, i, m)) return m->nTok = 1;
  m->nTok = matchPhone(p, i, m);
  return m->nTok;
}
