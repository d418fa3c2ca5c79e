/*
** licence_names.c -- a licence is a work, MISC, for entities()
** (model_spans.c retypes the spans that name one):
**
**   "GNU General Public License", "Apache License"   ORG -> MISC
**   "GPL", "LGPLv2.1", "GPLv3"                        ORG -> MISC
**   "Licensing Executive Society", "MIT"              stay
**
**   tk_entities__retype_licences(z, a, nSpan);
**
** A span of two words or more whose last word is "License", "Licence",
** "Licenses" or "Licences", or a span that is one of the GNU licences'
** abbreviations (azAbbreviation, with or without a version), names a
** licence: a document, MISC as CoNLL-2003 types works.  The model typed
** "GNU General Public License" ORG 1,243 times and MISC 739 times over a
** newcomer's 875 Debian copyright files, "GPL" ORG 325 times, "Apache
** License" ORG 201 times.  "MIT" stays: it is the institute as often as
** its licence.  No span of CoNLL-2003 train or dev ends so.
*/
#include "entities_internal.h"

#include <string.h>

/* The GNU licences' abbreviations, each also read with "v" and a
** version ("GPLv3", "LGPLv2.1") or "-" and one ("GPL-2"). */
static const char *const azAbbreviation[] = {"AGPL", "FDL",  "GFDL",
                                             "GPL",  "LGPL", 0};

/* 1 when z[0..n) is a licence's abbreviation (see azAbbreviation). */
static int licenceAbbreviation(const char *z, size_t n) {
  if (n < 3 || (z[0] != 'A' && z[0] != 'F' && z[0] != 'G' && z[0] != 'L'))
    return 0; /* most spans: no abbreviation starts so */
  for (int k = 0; azAbbreviation[k]; k++) {
    size_t m = strlen(azAbbreviation[k]);
    if (n < m || memcmp(z, azAbbreviation[k], m) != 0) continue;
    if (n == m) return 1;
    if (z[m] != 'v' && z[m] != '-') continue;
    size_t i = m + 1;
    if (i == n) return 0;
    for (; i < n; i++)
      if (!((z[i] >= '0' && z[i] <= '9') || z[i] == '.' || z[i] == '+'))
        return 0;
    return 1;
  }
  return 0;
}

/* 1 when z[0..n) has two words or more, the last "License", "Licence",
** "Licenses" or "Licences". */
static int licenceHead(const char *z, size_t n) {
  TK_SORTED_WORDS(azHead) = {"Licence", "Licences", "License", "Licenses", 0};
  if (n < 9 || (z[n - 1] != 'e' && z[n - 1] != 's'))
    return 0; /* most spans: no "License" ends them */
  size_t w = n;
  while (w > 0 && z[w - 1] != ' ' && z[w - 1] != '\n')
    w--;
  return w > 0 && TK_IN_SORTED(azHead, z + w, n - w);
}

/* Retype MISC each span of a[0..nSpan) (spans of z) that names a licence
** (see above). */
void tk_entities__retype_licences(const char *z, tk_ner_span *a, size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    const char *w = z + a[k].iStart;
    if (licenceHead(w, a[k].nLen) || licenceAbbreviation(w, a[k].nLen))
      a[k].eType = TK_ENT_MISC;
  }
}
