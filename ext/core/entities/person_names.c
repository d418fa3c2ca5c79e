/*
** person_names.c -- the parts of a person's name that the model left out
** or typed apart, for entities() (model_spans.c joins them):
**
**   "Booker" + PERSON "T. Washington"   PERSON "Booker T. Washington"
**   "Taras" + PERSON "Shevchenko"       PERSON "Taras Shevchenko"
**   "Kaiser" + PERSON "Wilhelm II"      stays: a title
**   "Marine" + PERSON "Le Pen"          PERSON "Marine Le Pen"
**   PERSON "Mario Vargas" + LOC "Llosa" PERSON "Mario Vargas Llosa"
**   PERSON "Reagan" + MISC "Doctrine"   stays: an ordinary word
**   ORG "Jordan Chiles and Ana Barbosu" PERSON "Jordan Chiles",
**                                       PERSON "Ana Barbosu"
**
** A capitalized word one space before a PERSON, in no span, is taken
** into it when the typed gazetteers list it as a first name and not as an
** ordinary lower-case word: the first-name lists hold titles, ranks and
** nouns ("General", "Sir", "Princess", "Author", "Navy", "Royal"), which
** the word list holds too; the few titles and nationalities' nouns it
** does not hold are listed here ("Kaiser", "San", "Briton", "Finn"), with
** the months and the weekdays ("On Wednesday Norman described").  Not
** after a quote (a title: "Cloud Nine"), not a nationality, not in a
** Title Case line.  An ordinary word that the lists hold as a first name
** goes in only before a name that opens with a capitalized particle
** ("Marine" + "Le Pen", "Ram" + "Das"), not as a title ("General
** De Gaulle").  In CoNLL-2003 train, of the 523 capitalized words
** right before a PERSON and not in it, one passes ("Nicola", a MISC in
** a list).  On 5,679 Wikipedia paragraphs 2 names changed, both right
** ("Edwyn R. Bevan"); with the ordinary words allowed, 28 changed and 8
** were right ("Author Sam Harris", "Said Romney", "Early Khrushchev").
**
** A span of one word of another type one space after a PERSON is the
** name's last part when it has a lower-case letter (or is a Roman
** numeral: "Frederick" + "III") and the gazetteers list it as no ordinary
** word, nationality, language, country or region, nor as a city unless
** also as a surname ("Francisco de Paula" + "Santander"); not in a Title
** Case line (tables: "Jose Maria Olazabal Spain").  CoNLL-2003 train puts
** such a span after a PERSON 4 times in 23,000 names ("Vicente
** Calderon"); the model splits long names so on Wikipedia ("William
** Bernard" + ORG "McCabe", "Seth Barnes" + ORG "Nicholson").
**
** A span of another type that is two names joined by " and ", each of
** two words or more, opening with a listed first name that is no
** ordinary word and closing with a surname (a word the lists hold as no
** ordinary word but a surname, as no country or region, and no
** organization's, place's or event's head: "Robert Morris University and
** Geneva College" stays), is two PERSONs: the model reads the pair as
** one organization ("Herbert Belar and Harry Olson", "Robert A.
** Heinlein and Arthur C. Clarke" ORG).
**
**   tk_entities__join_first_names(z, n, a, nSpan);
**   if (tk_entities__surname_after(z, n, &a[k], &a[k + 1])) ...
**   rc = tk_entities__split_person_pairs(z, &aSpan, &nSpan);
*/
#include "entities_internal.h"

#include <string.h>

/* A first name of either frequency bucket. */
#define FIRST_NAME (TK_NER_GAZ_FIRST_HI | TK_NER_GAZ_FIRST_LO)

/* 1 when z[0..m), listed as a first name and as no ordinary word, is a
** title, a nationality's noun ("Briton", "Finn"), a month or a weekday
** (see above). */
static int notFirstName(const char *z, size_t m) {
  static const char *const az[] = {"Brit",   "Briton", "Dane",  "Dona", "Finn",
                                   "Kaiser", "San",    "Santa", "Scot", 0};
  return tk_entities__in_list(az, z, m) || tk_entities__calendar_word(z, m);
}

/* 1 when the name at z[i] (within z[0..n)) opens with a capitalized
** particle ("Le Pen", "Al Mansur", "Van Gogh"): the word before it, if a
** first name, is the name's own. */
static int particleOpens(const char *z, size_t n, size_t i) {
  static const char *const az[] = {
      "Abu", "Al", "Ben", "Bin", "Da", "Das", "De",  "Del", "Di",  "Dos",
      "Du",  "El", "Ibn", "La",  "Le", "Ten", "Ter", "Van", "Von", 0};
  size_t e = i;
  while (e < n && ((z[e] | 0x20) >= 'a' && (z[e] | 0x20) <= 'z'))
    e++;
  return e < n && z[e] == ' ' && tk_entities__in_list(az, z + i, e - i);
}

/* 1 when z[0..m), a first name of the lists that is also an ordinary
** word, is a title or a rank ("General De Gaulle", "Sir", "Lady"). */
static int titleWord(const char *z, size_t m) {
  static const char *const az[] = {
      "Baron",    "Bishop",   "Brother", "Captain", "Chancellor", "Colonel",
      "Count",    "Dean",     "Duke",    "Earl",    "Emperor",    "Father",
      "General",  "Governor", "Judge",   "Justice", "King",       "Lady",
      "Lord",     "Madame",   "Major",   "Marshal", "Mayor",      "Minister",
      "Mister",   "Mother",   "Pastor",  "Pope",    "President",  "Prince",
      "Princess", "Queen",    "Saint",   "Senator", "Sir",        "Sister",
      0};
  return tk_entities__in_list(az, z, m);
}

/* The start of the first name that ends one space before z[i], after
** z[iFloor] (i when there is none; see above). */
static size_t firstNameBefore(const char *z, size_t n, size_t iFloor,
                              size_t i) {
  size_t w = tk_entities__word_before(z, iFloor, i, " \t\r\n(");
  size_t m = w < i ? i - 1 - w : 0;
  if (m < 2 || !tk_entities__capital_letter_at(z, n, w)) return i;
  if (z[w + 1] >= 'A' && z[w + 1] <= 'Z') return i; /* "UN", "NATO" */
  unsigned f = tk_ner_gazetteer_classes(z + w, m);
  if (!(f & FIRST_NAME) || (f & TK_NER_GAZ_DEMONYM) || notFirstName(z + w, m))
    return i;
  if ((f & TK_NER_GAZ_WORD) && (!particleOpens(z, n, i) || titleWord(z + w, m)))
    return i; /* "Author Sam Harris"; but "Marine" + "Le Pen" */
  return w;
}

/* Take into each PERSON of a[0..nSpan), spans of z[0..n), the first
** name one space before it (see above); the spans stay sorted and
** apart. */
void tk_entities__join_first_names(const char *z, size_t n, tk_ner_span *a,
                                   size_t nSpan) {
  for (size_t k = 0; k < nSpan; k++) {
    if (a[k].eType != TK_ENT_PERSON) continue;
    size_t iFloor = k ? a[k - 1].iStart + a[k - 1].nLen : 0;
    size_t w = firstNameBefore(z, n, iFloor, a[k].iStart);
    if (w < a[k].iStart && !tk_entities__in_title_line(z, n, a[k].iStart)) {
      a[k].nLen += a[k].iStart - w;
      a[k].iStart = w;
    }
  }
}

/* 1 when z[0..m) is a Roman numeral of a ruler's name ("II", "XVIII"). */
static int romanNumeral(const char *z, size_t m) {
  for (size_t i = 0; i < m; i++)
    if (z[i] != 'I' && z[i] != 'V' && z[i] != 'X') return 0;
  return m > 0 && m <= 6;
}

/* The typed gazetteers' classes of the first word of z[iStart..iEnd). */
static unsigned firstWordClasses(const char *z, size_t iStart, size_t iEnd) {
  const char *zSpace = memchr(z + iStart, ' ', iEnd - iStart);
  size_t e = zSpace ? (size_t)(zSpace - z) : iEnd;
  return tk_ner_gazetteer_classes(z + iStart, e - iStart);
}

/* 1 when the span q of z[0..n), one space after the PERSON p, is the
** surname the model typed apart (see above). */
int tk_entities__surname_after(const char *z, size_t n, const tk_ner_span *p,
                               const tk_ner_span *q) {
  const unsigned fNot = TK_NER_GAZ_WORD | TK_NER_GAZ_DEMONYM |
                        TK_NER_GAZ_LANGUAGE | TK_NER_GAZ_COUNTRY |
                        TK_NER_GAZ_REGION;
  const unsigned fCity =
      TK_NER_GAZ_CITY_BIG | TK_NER_GAZ_CITY_MID | TK_NER_GAZ_CITY_SMALL;
  size_t iGap = p->iStart + p->nLen, m = q->nLen;
  const char *w = z + q->iStart;
  if (p->eType != TK_ENT_PERSON || q->eType == TK_ENT_PERSON ||
      q->iStart != iGap + 1 || z[iGap] != ' ' || memchr(w, ' ', m))
    return 0;
  int bLower = 0;
  for (size_t i = 1; i < m; i++)
    bLower |= (w[i] >= 'a' && w[i] <= 'z') || (unsigned char)w[i] >= 0x80;
  if (!tk_entities__capital_letter_at(z, n, q->iStart)) return 0;
  if (!bLower && !romanNumeral(w, m)) return 0;
  unsigned f = bLower ? tk_ner_gazetteer_classes(w, m) : 0; /* "III": word */
  if ((f & fNot) || ((f & fCity) && !(f & TK_NER_GAZ_SURNAME))) return 0;
  if (memchr(z + p->iStart, '"', p->nLen) ||
      !(firstWordClasses(z, p->iStart, iGap) & FIRST_NAME))
    return 0;
  return !tk_entities__in_title_line(z, n, p->iStart);
}

/* 1 when z[i..i+m) (i at a word, m > 0) closes a person's name: a
** Roman numeral, or a word the lists hold as no ordinary word (or also
** as a surname: "Chiles") and as no country or region. */
static int surnameWord(const char *z, size_t i, size_t m) {
  if (romanNumeral(z + i, m)) return 1;
  unsigned f = tk_ner_gazetteer_classes(z + i, m);
  return (!(f & TK_NER_GAZ_WORD) || (f & TK_NER_GAZ_SURNAME)) &&
         !(f & (TK_NER_GAZ_COUNTRY | TK_NER_GAZ_REGION));
}

/* 1 when z[iStart..iEnd) is a person's full name of two words or more
** (see above). */
static int fullName(const char *z, size_t iStart, size_t iEnd) {
  size_t iLast = iEnd;
  while (iLast > iStart && z[iLast - 1] != ' ')
    iLast--;
  if (iLast == iStart || iLast == iEnd) return 0;
  unsigned f = firstWordClasses(z, iStart, iEnd);
  return (f & FIRST_NAME) && !(f & TK_NER_GAZ_WORD) &&
         surnameWord(z, iLast, iEnd - iLast) &&
         !tk_entities__org_head(z, iStart, iEnd - iStart) &&
         !tk_entities__place_head(z, iStart, iEnd - iStart) &&
         !tk_entities__event_head(z, iStart, iEnd - iStart);
}

/* Where " and " splits the span p of z into two persons' names (see
** above), 0 for nowhere. */
static size_t pairSplit(const char *z, const tk_ner_span *p) {
  if (p->eType == TK_ENT_PERSON || p->nLen < 13) return 0;
  const char *zAnd = memmem(z + p->iStart, p->nLen, " and ", 5);
  if (!zAnd) return 0;
  size_t i = (size_t)(zAnd - z), iEnd = p->iStart + p->nLen;
  if (memmem(zAnd + 5, iEnd - i - 5, " and ", 5) ||
      !fullName(z, p->iStart, i) || !fullName(z, i + 5, iEnd))
    return 0;
  return i;
}

/* Split each span of *pa[0..*pn), spans of z, that is two persons' names
** joined by " and " (see above); the array may be replaced and the spans
** stay sorted and apart.  TK_OK or TK_ENOMEM (the spans unchanged). */
int tk_entities__split_person_pairs(const char *z, tk_ner_span **pa,
                                    size_t *pn) {
  size_t nPair = 0;
  for (size_t k = 0; k < *pn; k++)
    nPair += pairSplit(z, &(*pa)[k]) != 0;
  if (nPair == 0) return TK_OK;
  tk_ner_span *aOut = tk_malloc((*pn + nPair) * sizeof *aOut), *a = *pa;
  if (!aOut) return TK_ENOMEM;
  size_t nOut = 0;
  for (size_t k = 0; k < *pn; k++) {
    size_t i = pairSplit(z, &a[k]);
    aOut[nOut] = a[k];
    if (i) {
      size_t iEnd = a[k].iStart + a[k].nLen;
      aOut[nOut].nLen = i - a[k].iStart;
      aOut[nOut].eType = TK_ENT_PERSON;
      aOut[++nOut] =
          (tk_ner_span){i + 5, iEnd - i - 5, TK_ENT_PERSON, a[k].rScore};
    }
    nOut++;
  }
  tk_free(a);
  *pa = aOut;
  *pn = nOut;
  return TK_OK;
}
