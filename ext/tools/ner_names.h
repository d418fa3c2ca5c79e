/*
** ner_names.h -- copies of CoNLL documents whose one-word organization
** names are replaced by other organizations' names, so that the tagger
** learns organizations the 1996 training text never saw
** (ext/tools/ner_train.c --org-share P --org-names FILE):
**
**   NameList names;
**   if (nameListRead("build/gazetteers/org-names.txt", &names)) ...;
**   int iTurn = 0;
**   Doc copy;
**   if (orgCopy(&aDoc[i], &names, &iTurn, &copy)) ...;  // 1: a copy made
**   nameListFree(&names);
**
** The names file holds one name a line (ext/tools/gazetteers_build.py
** --org-names writes it).  orgCopy replaces the text of each gold ORG
** span that is one word by the next name of the list, in turn; every other
** span keeps its type and moves with the text.
*/
#ifndef NER_NAMES_H
#define NER_NAMES_H

#include "ner_doc.h"
#include "textkit.h"
#include "tool_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The replacement names: az[0..n) point into the file's text, zText. */
typedef struct NameList {
  char *zText;
  const char **az;
  int n;
} NameList;

/* Free what nameListRead made. */
static void nameListFree(NameList *p) {
  free(p->zText);
  free(p->az);
  *p = (NameList){0};
}

/* Read the names of zPath, one a line (a trailing CR dropped, empty lines
** skipped), into *p; 0 on success (a file with at least one name). */
static int nameListRead(const char *zPath, NameList *p) {
  *p = (NameList){0};
  size_t n;
  unsigned char *a = toolReadFile(zPath, &n);
  if (!a || !(p->zText = realloc(a, n + 1))) {
    free(a);
    return 1;
  }
  p->zText[n] = 0;
  for (char *z = p->zText; *z;) {
    size_t k = strcspn(z, "\r\n");
    char *zNext = z + k + strspn(z + k, "\r\n");
    z[k] = 0;
    if (k) {
      p->az = realloc(p->az, (size_t)(p->n + 1) * sizeof *p->az);
      if (!p->az) abort();
      p->az[p->n++] = z;
    }
    z = zNext;
  }
  return p->n == 0;
}

/* 1 when gold span g of d is an organization of one word (no space). */
static int isOneWordOrg(const Doc *d, int g) {
  return d->aGold[g].eType == TK_ENT_ORG && goldIsOneWord(d, g);
}

/* A copy of document d into *pCopy (text and gold spans of its own) whose
** one-word ORG spans are the names of p from *piTurn on (which advances).
** Returns 1 when at least one span was replaced, else 0 and no copy. */
static int orgCopy(const Doc *d, const NameList *p, int *piTurn, Doc *pCopy) {
  const char **azNew = calloc((size_t)d->nGold + 1, sizeof *azNew);
  if (!azNew) abort();
  int nNew = 0;
  for (int g = 0; g < d->nGold; g++) {
    if (isOneWordOrg(d, g)) {
      azNew[g] = p->az[(*piTurn)++ % p->n];
      nNew++;
    }
  }
  if (nNew) docCopyReplacing(d, azNew, pCopy);
  free(azNew);
  return nNew > 0;
}

#endif /* NER_NAMES_H */
