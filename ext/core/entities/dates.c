/*
** dates.c -- calendar arithmetic and the names of months and weekdays,
** shared by the absolute (patterns_time.c) and relative
** (patterns_reldate.c) date patterns.
**
**   long day = tk_entities__days_from_civil(2014, 2, 7);  // 16108
**   tk_entities__civil_from_days(day - 1, &y, &mo, &d);    // 2014-02-06
*/
#include "entities_internal.h"

#include <string.h>

static const char *const azMonth[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* The folded full name of month mo (1..12). */
const char *tk_entities__month_name(int mo) {
  return azMonth[mo - 1];
}

/* Days in month mo of year y. */
int tk_entities__month_days(int y, int mo) {
  static const int a[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo == 2 && (y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
    return 29;
  return a[mo - 1];
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
long tk_entities__days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* The civil date of a day count (inverse of tk_entities__days_from_civil). */
void tk_entities__civil_from_days(long z, int *py, int *pm, int *pd) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *py = (int)(yoe + era * 400) + (m <= 2);
  *pm = m;
  *pd = d;
}

/* The weekday (0 Monday .. 6 Sunday) of a day count. */
int tk_entities__weekday_of_days(long days) {
  return (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
}

/* The month (1..12) named by a folded word, full or abbreviated. */
int tk_entities__month_value(const char *z, size_t n) {
  if (n < 3) return 0;
  for (int i = 0; i < 12; i++) {
    size_t nFull = strlen(azMonth[i]);
    if (n == nFull && memcmp(z, azMonth[i], n) == 0) return i + 1;
    if (n == 3 && i != 4 && memcmp(z, azMonth[i], 3) == 0) return i + 1;
  }
  if (n == 4 && memcmp(z, "sept", 4) == 0) return 9;
  return 0;
}

/* The weekday (0 Monday .. 6 Sunday) named by a folded word, or -1.
** Abbreviations only when bAbbrev. */
int tk_entities__weekday_value(const char *z, size_t n, int bAbbrev) {
  static const char *const az[] = {"monday",   "tuesday", "wednesday",
                                   "thursday", "friday",  "saturday",
                                   "sunday"};
  static const char *const azAbbr[] = {"mon",  "tue",   "tues", "wed", "thu",
                                       "thur", "thurs", "fri",  "sat", "sun"};
  static const int aAbbrDay[] = {0, 1, 1, 2, 3, 3, 3, 4, 5, 6};
  for (int i = 0; i < 7; i++)
    if (strlen(az[i]) == n && memcmp(z, az[i], n) == 0) return i;
  if (bAbbrev) {
    for (int i = 0; i < 10; i++)
      if (strlen(azAbbr[i]) == n && memcmp(z, azAbbr[i], n) == 0)
        return aAbbrDay[i];
  }
  return -1;
}

/* The year that puts month mo, day d (0: the month as a whole) nearest the
** ref date yRef-moRef-dRef: one of yRef-1, yRef, yRef+1, so always within
** six months of it; on a tie the earlier.  0 when the day exists in none
** of them (February 29 far from a leap year). */
int tk_entities__nearest_year(int yRef, int moRef, int dRef, int mo, int d) {
  long ref = d ? tk_entities__days_from_civil(yRef, moRef, dRef)
               : (long)yRef * 12 + moRef - 1;
  long best = -1;
  int yBest = 0;
  for (int y = yRef - 1; y <= yRef + 1; y++) {
    if (d > tk_entities__month_days(y, mo)) continue;
    long at =
        d ? tk_entities__days_from_civil(y, mo, d) : (long)y * 12 + mo - 1;
    long dist = at > ref ? at - ref : ref - at;
    if (best < 0 || dist < best) {
      best = dist;
      yBest = y;
    }
  }
  return yBest;
}
