/*
** patterns_time.c -- DATE and TIME entities over the token array.
**
**   "Tuesday, Feb. 7, 2014", "7 February 2014"  DATE  2014-02-07
**   "February 7" / "7th of February"            DATE  --02-07 (ref: the
**                                                     year nearest ref)
**   "February 2014"                             DATE  2014-02
**   "December 25-26, 1776", "4-8 May 1945"      DATE  1776-12-25/1776-12-26
**                                                     (an ISO 8601 interval)
**   "30 June to 2 July 1934"                    DATE  1934-06-30 and
**                                                     1934-07-02 (a pair:
**                                                     the first takes the
**                                                     second's year)
**   "in February"                               DATE  --02 (ref: as above)
**   "2014-02-07", "02/07/2014", "07.02.2014"    DATE  2014-02-07
**   "in 2014"                                   DATE  2014
**   "AD 79", "79 AD", "500 CE"                  DATE  0079, 0500
**   "300 BC", "44 B.C.", "1 BCE"                DATE  -0299, -0043, 0000
**                                                     (ISO 8601 years:
**                                                     1 BC is year 0)
**   "the 20th century", "2nd century BC"        DATE  19, -01 (ISO 8601
**                                                     centuries)
**   "the 7th and 6th centuries BC"              DATE  -06/-05
**   "on Tuesday"                                DATE  Tuesday (ref: the
**                                                     Tuesday nearest ref)
**   "5 p.m.", "17:30 GMT", "10am", "noon"       TIME  17:00, 17:30, 10:00,
**                                                     12:00
**   "1400 GMT" (four digits and a time zone)    TIME  14:00
**   "16:39:00 -0700 (PDT)" (an offset from UTC) TIME  16:39
**   "yesterday", "last week", "two days ago"    DATE  patterns_reldate.c
** Calendar arithmetic and month names are in dates.c.
** Numeric dates with '/' are month/day/year unless the first number is
** above 12 (then day/month/year); dotted dates are day.month.year.
*/
#include "entities_internal.h"

#include <stdio.h>
#include <string.h>

static const char *const azWeekday[] = {"Monday",   "Tuesday", "Wednesday",
                                        "Thursday", "Friday",  "Saturday",
                                        "Sunday"};

/* The words that join two years or two centuries ("2010 and 2020", "the
** 7th and 6th centuries"). */
static const char *const azJoin[] = {"and", "or", "to", 0};

/* A month name at token i (with a glued '.' after an abbreviation);
** returns tokens used, the month in *pMo. */
static int monthAt(const tk_edoc *p, size_t i, int *pMo) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD) return 0;
  if (!tk_etok_capitalized(p, i)) return 0; /* "may", "march" */
  size_t n = p->a[i].nNorm;
  const char *z = tk_etok_norm(p, i);
  if (n > 0 && z[n - 1] == '.') n--; /* "Sept." kept whole */
  int mo = tk_entities__month_value(z, n);
  if (!mo) return 0;
  *pMo = mo;
  if (n < strlen(tk_entities__month_name(mo)) && i + 1 < p->nTok &&
      tk_etok_is(p, i + 1, ".") && tk_etok_glued(p, i + 1))
    return 2;
  return 1;
}

/* A day of month at token i: "7", "07", "7th"; returns 1 or 0. */
static int dayAt(const tk_edoc *p, size_t i, int *pDay) {
  int d = tk_etok_small_int(p, i, 2);
  if (d < 0 && i < p->nTok && p->a[i].eKind == TK_KIND_WORD &&
      p->a[i].nNorm <= 4) {
    const char *z = tk_etok_norm(p, i);
    if (z[0] >= '0' && z[0] <= '9')
      d = tk_entities__ordinal_value(z, p->a[i].nNorm);
  }
  if (d < 1 || d > 31) return 0;
  *pDay = d;
  return 1;
}

/* A four-digit year (1000..2999) at token i, or -1. */
static int yearAt(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].nNorm != 4) return -1;
  int y = tk_etok_small_int(p, i, 4);
  return y >= 1000 && y <= 2999 ? y : -1;
}

/* Write the norm of a date with a possibly unknown year (0) or day (0),
** giving it the year nearest the ref date when there is one. */
static void dateNorm(const tk_edoc *p, int y, int mo, int d, char *z,
                     size_t n) {
  const tk_entity_options *o = p->pOpt;
  if (!y && o && o->iRefYear)
    y = tk_entities__nearest_year(o->iRefYear, o->iRefMonth, o->iRefDay, mo, d);
  if (y && d)
    snprintf(z, n, "%04d-%02d-%02d", y, mo, d);
  else if (y)
    snprintf(z, n, "%04d-%02d", y, mo);
  else if (d)
    snprintf(z, n, "--%02d-%02d", mo, d);
  else
    snprintf(z, n, "--%02d", mo);
}

/* 1 when the token before i cues a lone year or month ("in 2014"). */
static int dateCue(const tk_edoc *p, size_t i) {
  static const char *const az[] = {
      "in",     "since",   "by",         "until",   "till",  "from",
      "of",     "during",  "before",     "after",   "early", "late",
      "mid",    "through", "throughout", "between", "to",    "last",
      "next",   "this",    "year",       "fiscal",  "for",   "spring",
      "summer", "autumn",  "winter",     "end",     0};
  if (i == 0) return 0;
  if (tk_etok_in(p, i - 1, az)) return 1;
  /* the second year of "between 2010 and 2020", "2019 to 2021" */
  return i > 1 && tk_etok_in(p, i - 1, azJoin) && p->a[i - 2].nNorm == 4 &&
         p->a[i - 2].eKind == TK_KIND_NUMBER;
}

/* A month-name date's parts: y 0 when the text gives no year, d 0 for a
** month alone, d2 the last day of a day range ("December 25-26, 1776"). */
typedef struct MonthDate {
  int y, mo, d, d2;
} MonthDate;

/* The words and dashes between the days of a range ("25-26 May", "from 26
** to 30 December"; "and" only after "between": "on 3 and 4 July" is two
** days) and between two dates of a pair (azPair). */
static const char *const azDayRange[] = {"-", "\xe2\x80\x93", "to", "through",
                                         0};
static const char *const azPair[] = {
    "to",      "and", "or",           "until",        "till",
    "through", "-",   "\xe2\x80\x93", "\xe2\x80\x94", 0};

/* The year at token k (after an optional ','), or 0; *pk moves past it. */
static int yearAfter(const tk_edoc *p, size_t *pk) {
  size_t k = *pk;
  if (tk_etok_is(p, k, ",") && yearAt(p, k + 1) > 0) k++;
  int y = yearAt(p, k);
  if (y <= 0) return 0;
  *pk = k + 1;
  return y;
}

/* The last day d2 > d of a range at token *pk ("-26", "to 30", "and 30"
** when the date at token i follows "between"); 0 when none.  *pk moves
** past it. */
static int rangeEnd(const tk_edoc *p, size_t i, size_t *pk, int d) {
  int d2;
  size_t k = *pk;
  int bJoin =
      tk_etok_in(p, k, azDayRange) ||
      (tk_etok_is(p, k, "and") && i > 0 && tk_etok_is(p, i - 1, "between"));
  if (!bJoin || !dayAt(p, k + 1, &d2) || d2 <= d) return 0;
  *pk += 2;
  return d2;
}

/* Month-name dates at token i (after an optional weekday): "February 7",
** "February 7, 2014", "February 2014", "7 February", "25-26 May 2020",
** "December 25-26, 1776"; a month alone only when bCue and a cue word
** precedes it.  Returns the tokens used (0: none) and the parts in *pOut;
** a day range needs its year. */
static int monthDateAt(const tk_edoc *p, size_t i, int bCue, MonthDate *pOut) {
  MonthDate o = {0, 0, 0, 0};
  int nMo;
  size_t k;
  if ((nMo = monthAt(p, i, &o.mo)) > 0) {
    size_t j = i + (size_t)nMo;
    if (dayAt(p, j, &o.d) && yearAt(p, j) < 0) {
      k = j + 1; /* Month Day [-Day2] [,] [Year] */
      size_t kRange = k;
      int d2 = rangeEnd(p, i, &kRange, o.d);
      int yRange = d2 ? yearAfter(p, &kRange) : 0;
      if (yRange && d2 <= tk_entities__month_days(yRange, o.mo)) {
        o.y = yRange; /* "February 28-30, 2019" is February 28 */
        o.d2 = d2;
        k = kRange;
      } else {
        o.y = yearAfter(p, &k);
      }
    } else {
      k = j; /* Month [,|of] Year, or a month alone */
      if (tk_etok_is(p, k, ",") || tk_etok_is(p, k, "of")) k++;
      if ((o.y = yearAt(p, k)) > 0) {
        k++;
      } else {
        if (!bCue || !dateCue(p, i)) return 0;
        o.y = 0;
        k = j;
      }
    }
  } else {
    if (!dayAt(p, i, &o.d)) return 0;
    k = i + 1; /* Day [-Day2] [of] Month [,] [Year] */
    size_t kRange = k;
    int d2 = rangeEnd(p, i, &kRange, o.d);
    if (d2) k = kRange;
    if (tk_etok_is(p, k, "of")) k++;
    if (!(nMo = monthAt(p, k, &o.mo))) return 0;
    k += (size_t)nMo;
    o.y = yearAfter(p, &k);
    if (d2 && !o.y) return 0; /* "1-3 May" alone: not read */
    o.d2 = d2;
  }
  int nLast = o.d2 ? o.d2 : o.d;
  if (nLast > tk_entities__month_days(o.y, o.mo)) return 0;
  *pOut = o;
  return (int)(k - i);
}

/* A year-less date followed by a dated one in a pair ("30 June to 2 July
** 1934", "between November and February 2011"): the year that puts it
** before the second; 0 when no such pair starts at token k. */
static int pairYear(const tk_edoc *p, size_t k, const MonthDate *pFirst) {
  MonthDate next;
  if (!tk_etok_in(p, k, azPair) || !monthDateAt(p, k + 1, 0, &next) || !next.y)
    return 0;
  int bAfter = pFirst->mo > next.mo ||
               (pFirst->mo == next.mo && pFirst->d && pFirst->d > next.d);
  int y = next.y - bAfter;
  return pFirst->d > tk_entities__month_days(y, pFirst->mo) ? 0 : y;
}

/* Month-name dates at token i with their norm: monthDateAt's, a year-less
** one taking the year of a pair; a day range an ISO 8601 interval
** ("1776-12-25/1776-12-26"). */
static int monthDate(const tk_edoc *p, size_t i, tk_pmatch *m, int bCue) {
  MonthDate o;
  int n = monthDateAt(p, i, bCue, &o);
  if (!n) return 0;
  if (o.d2) {
    snprintf(m->zNorm, sizeof(m->zNorm), "%04d-%02d-%02d/%04d-%02d-%02d", o.y,
             o.mo, o.d, o.y, o.mo, o.d2);
    return n;
  }
  if (!o.y) o.y = pairYear(p, i + (size_t)n, &o);
  dateNorm(p, o.y, o.mo, o.d, m->zNorm, sizeof(m->zNorm));
  return n;
}

/* Numeric dates: 2014-02-07, 2014/02/07, 02/07/2014, 07.02.2014. */
static int numericDate(const tk_edoc *p, size_t i, tk_pmatch *m) {
  const tk_etok *t = &p->a[i];
  if (t->eKind != TK_KIND_NUMBER) return 0;
  int a, b, c;
  const char *z = tk_etok_norm(p, i);
  if (t->nNorm >= 8 && t->nNorm <= 10) { /* one token: 07.02.2014 */
    char zEnd;
    int nRead = 0;
    if (sscanf(z, "%2d.%2d.%4d%n%c", &a, &b, &c, &nRead, &zEnd) != 3 ||
        (size_t)nRead != t->nNorm || c < 1000)
      return 0;
    if (b < 1 || b > 12 || a < 1 || a > tk_entities__month_days(c, b)) return 0;
    snprintf(m->zNorm, sizeof(m->zNorm), "%04d-%02d-%02d", c, b, a);
    return 1;
  }
  if (i + 4 >= p->nTok) return 0;
  const char *zSep = tk_etok_norm(p, i + 1);
  if ((strcmp(zSep, "-") && strcmp(zSep, "/")) || !tk_etok_is(p, i + 3, zSep))
    return 0;
  for (size_t k = 1; k <= 4; k++)
    if (!tk_etok_glued(p, i + k)) return 0;
  if (i + 5 < p->nTok && tk_etok_glued(p, i + 5) &&
      p->a[i + 5].eKind != TK_KIND_PUNCT)
    return 0;
  a = tk_etok_small_int(p, i, 4);
  b = tk_etok_small_int(p, i + 2, 2);
  c = tk_etok_small_int(p, i + 4, 4);
  if (a < 0 || b < 0 || c < 0) return 0;
  int y, mo, d;
  if (p->a[i].nNorm == 4) { /* Y-M-D */
    y = a, mo = b, d = c;
    if (p->a[i + 4].nNorm != 2) return 0;
  } else if (zSep[0] == '/' && p->a[i + 4].nNorm == 4) {
    y = c;
    if (a > 12)
      d = a, mo = b;
    else
      mo = a, d = b;
  } else {
    return 0;
  }
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 ||
      d > tk_entities__month_days(y, mo))
    return 0;
  snprintf(m->zNorm, sizeof(m->zNorm), "%04d-%02d-%02d", y, mo, d);
  return 5;
}

/* A weekday alone: its name, or its date nearest ref (3 days before to 3
** after, so never a tie; ref itself when it is that weekday). */
static void weekdayNorm(const tk_edoc *p, int wd, char *z, size_t n) {
  const tk_entity_options *o = p->pOpt;
  if (!o || !o->iRefYear) {
    snprintf(z, n, "%s", azWeekday[wd]);
    return;
  }
  long r = tk_entities__days_from_civil(o->iRefYear, o->iRefMonth, o->iRefDay);
  int wdRef = tk_entities__weekday_of_days(r);
  int off = (wd - wdRef + 7) % 7;
  long day = r + (off > 3 ? off - 7 : off);
  int y, mo, d;
  tk_entities__civil_from_days(day, &y, &mo, &d);
  snprintf(z, n, "%04d-%02d-%02d", y, mo, d);
}

/* The era a capitalized word at token i names: 1 for AD, A.D., CE,
** C.E.; -1 for BC, B.C., BCE, B.C.E.; 0 for none ("ad" is a word). */
static int eraAt(const tk_edoc *p, size_t i) {
  static const char *const azCommon[] = {"ad", "a.d.", "ce", "c.e.", 0};
  static const char *const azBefore[] = {"bc", "b.c.", "bce", "b.c.e.", 0};
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD ||
      !tk_etok_capitalized(p, i))
    return 0;
  return tk_etok_in(p, i, azCommon) ? 1 : tk_etok_in(p, i, azBefore) ? -1 : 0;
}

/* A year of an era at token i ("AD 79", "79 AD", "300 BC"), its norm the
** ISO 8601 year (astronomical before the common era: 1 BC is 0000, 300 BC
** -0299); returns the tokens used. */
static int eraDate(const tk_edoc *p, size_t i, tk_pmatch *m) {
  int y, e = 1; /* "AD 79": the era first, only a common-era one */
  if (eraAt(p, i) != 1 || (y = tk_etok_small_int(p, i + 1, 4)) < 1) {
    e = eraAt(p, i + 1); /* else "79 AD", "300 BC": the year first */
    if (!e || (y = tk_etok_small_int(p, i, 4)) < 1) return 0;
  }
  int yIso = e > 0 ? y : 1 - y; /* 1 BC is 0, 300 BC is -299 */
  snprintf(m->zNorm, sizeof(m->zNorm), yIso < 0 ? "-%04d" : "%04d",
           yIso < 0 ? -yIso : yIso);
  return 2;
}

/* The century an ordinal at token i names ("2nd", "nineteenth"), 1 to
** 30, or 0. */
static int centuryOrdinal(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD) return 0;
  int v = tk_entities__ordinal_value(tk_etok_norm(p, i), p->a[i].nNorm);
  return v <= 30 ? v : 0;
}

/* Write the ISO 8601 century of century v of era e (1 AD, -1 BC) to z:
** the first two digits of its years, "19" for the 20th century (1901 to
** 2000 read as 1900 to 1999), "-01" for the 2nd BC (-0199 to -0100). */
static int centuryNorm(int v, int e, char *z, size_t n) {
  return snprintf(z, n, e < 0 ? "-%02d" : "%02d", v - 1);
}

/* A century at token i ("the 2nd century BC", "19th-century", "the 7th
** and 6th centuries BC"; "century" in lower case: "20th Century Fox" is
** a name), its norm the ISO 8601 century (centuryNorm), two of them an
** interval, earlier first ("-06/-05"); returns the tokens used. */
static int centuryDate(const tk_edoc *p, size_t i, tk_pmatch *m) {
  int v = centuryOrdinal(p, i), v2 = 0;
  if (!v) return 0;
  size_t j = i + 1;
  if (tk_etok_in(p, j, azJoin) && (v2 = centuryOrdinal(p, j + 1)) > 0) {
    if (!tk_etok_is(p, j + 2, "centuries")) return 0;
    j += 3;
  } else {
    if (tk_etok_is(p, j, "-") && tk_etok_glued(p, j) && tk_etok_glued(p, j + 1))
      j++; /* "19th-century" */
    if (!tk_etok_is(p, j, "century")) return 0;
    j++;
  }
  if (tk_etok_capitalized(p, j - 1)) return 0; /* "20th Century Fox" */
  int e = eraAt(p, j);
  if (e) j++;
  int a = v, b = v2;
  if (v2 && (e < 0 ? v2 > v : v2 < v)) a = v2, b = v; /* earlier first */
  int k = centuryNorm(a, e, m->zNorm, sizeof(m->zNorm));
  if (v2) {
    m->zNorm[k] = '/';
    centuryNorm(b, e, m->zNorm + k + 1, sizeof(m->zNorm) - k - 1);
  }
  return (int)(j - i);
}

/* DATE at token i. */
static int matchDate(const tk_edoc *p, size_t i, tk_pmatch *m) {
  const tk_etok *t = &p->a[i];
  m->eType = TK_ENT_DATE;
  int nEra = eraDate(p, i, m);
  if (nEra) return nEra;
  int nCentury = centuryDate(p, i, m);
  if (nCentury) return nCentury;
  if (t->eKind == TK_KIND_NUMBER) {
    int n = numericDate(p, i, m);
    if (n) return n;
  }
  if (t->eKind == TK_KIND_WORD) {
    const char *z = tk_etok_norm(p, i);
    size_t nz = t->nNorm;
    if (nz > 0 && z[nz - 1] == '.') nz--;
    int wd = tk_entities__weekday_value(z, nz, 1);
    if (wd >= 0 && tk_etok_capitalized(p, i)) {
      size_t j = i + 1;
      if (j < p->nTok && tk_etok_is(p, j, ".") && tk_etok_glued(p, j)) j++;
      if (tk_etok_is(p, j, ",")) j++;
      int n = monthDate(p, j, m, 0);
      if (n) return (int)(j - i) + n;
      if (tk_entities__weekday_value(z, nz, 0) < 0) return 0;
      weekdayNorm(p, wd, m->zNorm, sizeof(m->zNorm));
      return 1;
    }
  }
  int n = monthDate(p, i, m, 1);
  if (n) return n;
  int y = yearAt(p, i);
  if (y >= 1800 && y <= 2099 && dateCue(p, i) &&
      !(i + 1 < p->nTok && tk_etok_glued(p, i + 1) &&
        p->a[i + 1].eKind != TK_KIND_PUNCT)) {
    snprintf(m->zNorm, sizeof(m->zNorm), "%04d", y);
    return 1;
  }
  return 0;
}

/* "am"/"pm" (with or without dots) at the folded z[0..n): 0 am, 12 pm, -1. */
static int meridiem(const char *z, size_t n) {
  if (n == 2 || n == 4) {
    char c0 = z[0], c1 = n == 2 ? z[1] : z[2];
    if (c1 != 'm' || (n == 4 && (z[1] != '.' || z[3] != '.'))) return -1;
    if (c0 == 'a') return 0;
    if (c0 == 'p') return 12;
  }
  if (n == 3 && z[1] == '.' && z[2] == 'm')
    return z[0] == 'a' ? 0 : z[0] == 'p' ? 12 : -1;
  return -1;
}

/* 1 when z[0..n) is a time zone's abbreviation, in any case (see
** entities_internal.h). */
int tk_entities__time_zone(const char *z, size_t n) {
  TK_SORTED_WORDS(azZone) = {"aest", "bst", "cdt", "cest", "cet", "cst",
                             "edt",  "eet", "est", "et",   "gmt", "hkt",
                             "ist",  "jst", "mdt", "msk",  "mst", "pdt",
                             "pst",  "pt",  "sgt", "utc",  "wib", 0};
  return TK_IN_SORTED_NOCASE(azZone, z, n);
}

/* 1 when token i is a capitalized time-zone abbreviation. */
static int timeZone(const tk_edoc *p, size_t i) {
  if (i >= p->nTok || p->a[i].eKind != TK_KIND_WORD) return 0;
  const char *zNorm = tk_etok_norm(p, i);
  return tk_etok_capitalized(p, i) &&
         tk_entities__time_zone(zNorm, strlen(zNorm));
}

/* The tokens of a numeric UTC offset at token i, with the zone's
** abbreviation in brackets after it when there is one ("+0200", "-0700
** (PDT)": mail's and change logs' dates, RFC 5322), or 0: "+" or "-",
** glued to four digits, hours at most 14 and minutes 00, 30 or 45. */
static size_t utcOffset(const tk_edoc *p, size_t i) {
  if (!tk_etok_is(p, i, "+") && !tk_etok_is(p, i, "-")) return 0;
  int v = tk_etok_small_int(p, i + 1, 4);
  if (!tk_etok_glued(p, i + 1) || p->a[i + 1].nNorm != 4 || v < 0 ||
      v / 100 > 14 || (v % 100 != 0 && v % 100 != 30 && v % 100 != 45))
    return 0;
  if (tk_etok_is(p, i + 2, "(") && timeZone(p, i + 3) &&
      tk_etok_is(p, i + 4, ")"))
    return 5;
  return 2;
}

/* Apply a meridiem offset to hour h (1..12); -1 when h is out of range. */
static int applyMeridiem(int h, int off) {
  if (off < 0) return h;
  if (h < 1 || h > 12) return -1;
  return h % 12 + off;
}

/* TIME at token i. */
static int matchTime(const tk_edoc *p, size_t i, tk_pmatch *m) {
  const tk_etok *t = &p->a[i];
  int h = -1, mi = 0, off = -1;
  size_t j = i + 1;
  m->eType = TK_ENT_TIME;
  if (t->eKind == TK_KIND_WORD) {
    const char *z = tk_etok_norm(p, i);
    if (tk_etok_is(p, i, "noon") || tk_etok_is(p, i, "midday")) {
      h = 12;
    } else if (tk_etok_is(p, i, "midnight")) {
      h = 0;
    } else if (z[0] >= '0' && z[0] <= '9') { /* 10am, 10.30pm */
      size_t k = 0;
      h = 0;
      while (k < t->nNorm && z[k] >= '0' && z[k] <= '9' && k < 2)
        h = h * 10 + z[k++] - '0';
      if (k < t->nNorm && (z[k] == '.' || z[k] == ':') && k + 3 < t->nNorm &&
          z[k + 1] >= '0' && z[k + 1] <= '5' && z[k + 2] >= '0' &&
          z[k + 2] <= '9') {
        mi = (z[k + 1] - '0') * 10 + z[k + 2] - '0';
        k += 3;
      }
      off = meridiem(z + k, t->nNorm - k);
      if (off < 0) return 0;
      h = applyMeridiem(h, off);
    } else {
      return 0;
    }
  } else if (t->eKind == TK_KIND_NUMBER) {
    h = tk_etok_small_int(p, i, 2);
    int hhmm = tk_etok_small_int(p, i, 4);
    if (h < 0 && hhmm >= 0 && t->nNorm == 4 && timeZone(p, j)) {
      /* "1400 GMT", the wire-service form */
      h = hhmm / 100;
      mi = hhmm % 100;
      if (h > 23 || mi > 59) return 0;
      snprintf(m->zNorm, sizeof(m->zNorm), "%02d:%02d", h, mi);
      return 2;
    }
    if (h < 0) {
      /* "10.30" followed by am/pm */
      const char *z = tk_etok_norm(p, i);
      if (t->nNorm < 4 || t->nNorm > 5 || sscanf(z, "%d.%d", &h, &mi) != 2 ||
          z[t->nNorm - 3] != '.' || j >= p->nTok ||
          meridiem(tk_etok_norm(p, j), p->a[j].nNorm) < 0)
        return 0;
    } else if (j + 1 < p->nTok && tk_etok_is(p, j, ":") &&
               tk_etok_glued(p, j) && tk_etok_glued(p, j + 1)) {
      const char *zm = tk_etok_norm(p, j + 1);
      size_t nm = p->a[j + 1].nNorm;
      if (nm < 2 || zm[0] < '0' || zm[0] > '5' || zm[1] < '0' || zm[1] > '9')
        return 0;
      mi = (zm[0] - '0') * 10 + zm[1] - '0';
      if (nm > 2) { /* "30pm" */
        if (p->a[j + 1].eKind != TK_KIND_WORD) return 0;
        off = meridiem(zm + 2, nm - 2);
        if (off < 0) return 0;
      } else if (p->a[j + 1].eKind != TK_KIND_NUMBER) {
        return 0;
      }
      j += 2;
      if (off < 0 && j + 1 < p->nTok && tk_etok_is(p, j, ":") &&
          tk_etok_glued(p, j) && tk_etok_small_int(p, j + 1, 2) >= 0)
        j += 2; /* seconds */
    } else if (j < p->nTok) {
      if (meridiem(tk_etok_norm(p, j), p->a[j].nNorm) < 0) return 0;
    } else {
      return 0;
    }
    if (off < 0 && j < p->nTok &&
        (off = meridiem(tk_etok_norm(p, j), p->a[j].nNorm)) >= 0)
      j++;
    h = applyMeridiem(h, off);
  } else {
    return 0;
  }
  if (h < 0 || h > 24 || mi > 59 || (h == 24 && mi)) return 0;
  if (timeZone(p, j))
    j++;
  else
    j += utcOffset(p, j);
  snprintf(m->zNorm, sizeof(m->zNorm), "%02d:%02d", h, mi);
  return (int)(j - i);
}

/* The longest absolute DATE at token i. */
int tk_entities__match_date(const tk_edoc *p, size_t i, tk_pmatch *m) {
  return m->nTok = matchDate(p, i, m);
}

/* The longest TIME at token i. */
int tk_entities__match_clock(const tk_edoc *p, size_t i, tk_pmatch *m) {
  return m->nTok = matchTime(p, i, m);
}

/* Words that can start a DATE or TIME: months, weekdays, noon, the era
** before a year ("AD 79"). */
int tk_entities__time_keywords(tk_kw_add xAdd, void *pCtx) {
  static const char *const azMore[] = {
      "sept",    "mon",       "tue",      "tues",   "wed",      "thu",
      "thur",    "thurs",     "fri",      "sat",    "sun",      "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "noon",    "midday",    "midnight", "sept.",  "ad",       "a.d.",
      "ce",      "c.e."};
  char zAbbr[8];
  for (int i = 0; i < 12; i++) {
    int rc = xAdd(pCtx, tk_entities__month_name(i + 1), TK_KW_START);
    memcpy(zAbbr, tk_entities__month_name(i + 1), 3);
    zAbbr[3] = 0;
    if (rc == TK_OK) rc = xAdd(pCtx, zAbbr, TK_KW_START);
    zAbbr[3] = '.';
    zAbbr[4] = 0;
    if (rc == TK_OK) rc = xAdd(pCtx, zAbbr, TK_KW_START);
    if (rc != TK_OK) return rc;
  }
  for (size_t i = 0; i < sizeof(azMore) / sizeof(azMore[0]); i++) {
    int rc = xAdd(pCtx, azMore[i], TK_KW_START);
    if (rc != TK_OK) return rc;
  }
  return TK_OK;
}
