/*
** ner_person_copies.h -- copies of CoNLL documents whose people get made
** names (ext/tools/ner_train.c: ner_eastasia.h and ner_world.h make the
** names; this file puts them in):
**
**   static void myName(unsigned t, char *zFull, char *zShort, size_t n);
**   int iTurn = 0;
**   Doc copy;
**   if (personCopy(&aDoc[i], &iTurn, myName, &copy)) ...;  // 1: a copy
**
** Each distinct PERSON span of two words or more gets the name of the
** next turn; a one-word PERSON span that is the last word of a replaced
** name becomes the new name's short form, as news refers to people by
** their surnames.  Every other span keeps its type and moves with the
** text.
*/
#ifndef NER_PERSON_COPIES_H
#define NER_PERSON_COPIES_H

#include "ner_doc.h"
#include "textkit.h"

#include <stdlib.h>
#include <string.h>

#define NAME_ROOM 48 /* bytes of a made name, its terminator included */

/* Item k of the array a, k taken modulo its length. */
#define NAME_PICK(a, k) ((a)[(k) % (sizeof(a) / sizeof((a)[0]))])

/* A maker of the name of turn t: the full name into zFull and its short
** form (the word later mentions use) into zShort, each of room nOut. */
typedef void (*PersonNamer)(unsigned t, char *zFull, char *zShort, size_t nOut);

/* Append z to buffer zOut (room nOut) at *pn, its first letter upper-case
** when bCap. */
static void nameAppend(char *zOut, size_t nOut, size_t *pn, const char *z,
                       int bCap) {
  for (size_t k = 0; z[k] && *pn + 1 < nOut; k++) {
    char c = z[k];
    if (k == 0 && bCap && c >= 'a' && c <= 'z') c = (char)(c - 32);
    zOut[(*pn)++] = c;
  }
  zOut[*pn] = 0;
}

/* One replaced name of a document: the original's text and last word (by
** offsets into the document), the new full name and short form. */
typedef struct MadeName {
  size_t iStart, iEnd, iLast;
  char zFull[NAME_ROOM], zShort[NAME_ROOM];
} MadeName;

/* 1 when gold span g of d is a PERSON of two words or more. */
static int isFullPersonName(const Doc *d, int g) {
  return d->aGold[g].eType == TK_ENT_PERSON && !goldIsOneWord(d, g);
}

/* The replacement of gold span g of d among the n names of a (the full
** name, or the short form for a one-word PERSON that is a replaced name's
** last word), or 0 to keep the span's text. */
static const char *madeReplacement(const Doc *d, int g, const MadeName *a,
                                   int n) {
  const Gold *x = &d->aGold[g];
  size_t len = x->iEnd - x->iStart;
  if (x->eType != TK_ENT_PERSON) return 0;
  int bFull = isFullPersonName(d, g);
  for (int k = 0; k < n; k++) {
    size_t iFrom = bFull ? a[k].iStart : a[k].iLast;
    if (a[k].iEnd - iFrom == len &&
        memcmp(d->z + iFrom, d->z + x->iStart, len) == 0)
      return bFull ? a[k].zFull : a[k].zShort;
  }
  return 0;
}

/* A copy of document d into *pCopy (text and gold spans of its own) whose
** people have the names xName makes for turns *piTurn on (which
** advances), one name for each distinct full name.  Returns 1 when at
** least one name was replaced, else 0 and no copy. */
static int personCopy(const Doc *d, int *piTurn, PersonNamer xName,
                      Doc *pCopy) {
  MadeName *a = malloc(((size_t)d->nGold + 1) * sizeof *a);
  if (!a) abort();
  int n = 0;
  for (int g = 0; g < d->nGold; g++) {
    if (!isFullPersonName(d, g) || madeReplacement(d, g, a, n)) continue;
    const Gold *x = &d->aGold[g];
    size_t iLast = x->iEnd;
    while (d->z[iLast - 1] != ' ')
      iLast--;
    a[n] = (MadeName){x->iStart, x->iEnd, iLast, {0}, {0}};
    xName((unsigned)(*piTurn)++, a[n].zFull, a[n].zShort, NAME_ROOM);
    n++;
  }
  if (n == 0) {
    free(a);
    return 0;
  }
  const char **azNew = calloc((size_t)d->nGold + 1, sizeof *azNew);
  if (!azNew) abort();
  for (int g = 0; g < d->nGold; g++)
    azNew[g] = madeReplacement(d, g, a, n);
  docCopyReplacing(d, azNew, pCopy);
  free(azNew);
  free(a);
  return 1;
}

#endif /* NER_PERSON_COPIES_H */
