/*
** patterns_reldate.c -- relative DATE entities: dates named by their
** distance from the day the text was written.  Without ref= the norm is
** that distance (a sign and an ISO 8601 duration); with ref=YYYY-MM-DD it
** is resolved at the precision the phrase has:
**
**   phrase                          norm             with ref=2014-02-07
**   "today", "tonight"              P0D              2014-02-07
**   "yesterday" / "tomorrow"        -P1D / +P1D      2014-02-06 / 2014-02-08
**   "last week", "next week"        -P1W / +P1W      2014-W05 / 2014-W07
**   "this month", "last year"       P0M / -P1Y       2014-02 / 2013
**   "two days ago", "a year ago"    -P2D / -P1Y      2014-02-05 / 2013
**   "this quarter", "a decade ago"  P0Q / -P10Y      2014-Q1 / 2004
**   "last Tuesday", "next Friday"   -Tuesday / +Friday  2014-02-04 / 2014-02-14
**   "this Tuesday"                  Tuesday          the Tuesday of ref's week
**
** Weeks are ISO weeks (Monday first).  "last Tuesday" is the latest
** Tuesday before ref, "next Friday" the first Friday after it.
*/
#include "entities_internal.h"

#include <stdio.h>

/* Units a relative phrase counts in, and their duration letters (Q, a
** quarter, as TIMEX3 writes it; a decade is ten years). */
enum { UNIT_DAY, UNIT_WEEK, UNIT_MONTH, UNIT_QUARTER, UNIT_YEAR };
static const char acUnit[] = "DWMQY";

/* The unit named by token i ("day", "weeks"...), or -1; *pbPlural says
** which form, *pnTimes how many units one is (10 for a decade). */
static int unitAt(const tk_edoc *p, size_t i, int *pbPlural, int *pnTimes) {
  static const char *const az[] = {
      "day",      "days", "week",  "weeks",  "month",   "months", "quarter",
      "quarters", "year", "years", "decade", "decades", 0};
  for (int k = 0; az[k]; k++) {
    if (!tk_etok_is(p, i, az[k])) continue;
    *pbPlural = k % 2;
    *pnTimes = k / 2 > UNIT_YEAR ? 10 : 1;
    return k / 2 > UNIT_YEAR ? UNIT_YEAR : k / 2;
  }
  return -1;
}

/* The weekday (0 Monday .. 6 Sunday) of a capitalized full name at token
** i, or -1. */
static int weekdayAt(const tk_edoc *p, size_t i) {
  static const char *const az[] = {"monday",   "tuesday", "wednesday",
                                   "thursday", "friday",  "saturday",
                                   "sunday",   0};
  if (!tk_etok_capitalized(p, i)) return -1;
  for (int k = 0; az[k]; k++)
    if (tk_etok_is(p, i, az[k])) return k;
  return -1;
}

/* The norm of "n units from ref" (n may be negative or 0). */
static void offsetNorm(const tk_edoc *p, int n, int eUnit, char *z, size_t nz) {
  const tk_entity_options *o = p->pOpt;
  if (!o || !o->iRefYear) {
    snprintf(z, nz, "%sP%d%c",
             n < 0   ? "-"
             : n > 0 ? "+"
                     : "",
             n < 0 ? -n : n, acUnit[eUnit]);
    return;
  }
  long ref =
      tk_entities__days_from_civil(o->iRefYear, o->iRefMonth, o->iRefDay);
  int y, mo, d;
  if (eUnit == UNIT_DAY || eUnit == UNIT_WEEK) {
    long day = ref + (long)n * (eUnit == UNIT_WEEK ? 7 : 1);
    if (eUnit == UNIT_DAY) {
      tk_entities__civil_from_days(day, &y, &mo, &d);
      snprintf(z, nz, "%04d-%02d-%02d", y, mo, d);
      return;
    }
    /* the ISO week holds its Thursday: that day's year numbers it */
    long thu = day - tk_entities__weekday_of_days(day) + 3;
    tk_entities__civil_from_days(thu, &y, &mo, &d);
    long jan1 = tk_entities__days_from_civil(y, 1, 1);
    snprintf(z, nz, "%04d-W%02ld", y, (thu - jan1) / 7 + 1);
    return;
  }
  if (eUnit == UNIT_MONTH) {
    long k = (long)o->iRefYear * 12 + (o->iRefMonth - 1) + n;
    snprintf(z, nz, "%04ld-%02ld", k / 12, k % 12 + 1);
    return;
  }
  if (eUnit == UNIT_QUARTER) {
    long k = (long)o->iRefYear * 4 + (o->iRefMonth - 1) / 3 + n;
    snprintf(z, nz, "%04ld-Q%ld", k / 4, k % 4 + 1);
    return;
  }
  snprintf(z, nz, "%04d", o->iRefYear + n);
}

/* The norm of a weekday before (dir -1), after (+1) or in the week of
** (0) ref. */
static void weekdayNorm(const tk_edoc *p, int wd, int dir, char *z, size_t nz) {
  static const char *const azName[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};
  const tk_entity_options *o = p->pOpt;
  if (!o || !o->iRefYear) {
    snprintf(z, nz, "%s%s", dir < 0 ? "-" : dir > 0 ? "+" : "", azName[wd]);
    return;
  }
  long ref =
      tk_entities__days_from_civil(o->iRefYear, o->iRefMonth, o->iRefDay);
  int wdRef = tk_entities__weekday_of_days(ref);
  long day = dir < 0   ? ref - ((wdRef - wd + 6) % 7 + 1)
             : dir > 0 ? ref + ((wd - wdRef + 6) % 7 + 1)
                       : ref - wdRef + wd;
  int y, mo, d;
  tk_entities__civil_from_days(day, &y, &mo, &d);
  snprintf(z, nz, "%04d-%02d-%02d", y, mo, d);
}

/* A relative DATE at token i; returns its token count (0: none). */
int tk_entities__match_reldate(const tk_edoc *p, size_t i, tk_pmatch *m) {
  static const char *const azDir[] = {"last", "this", "next", 0};
  m->eType = TK_ENT_DATE;
  if (tk_etok_is(p, i, "today") || tk_etok_is(p, i, "tonight")) {
    offsetNorm(p, 0, UNIT_DAY, m->zNorm, sizeof(m->zNorm));
    return 1;
  }
  if (tk_etok_is(p, i, "yesterday") || tk_etok_is(p, i, "tomorrow")) {
    offsetNorm(p, tk_etok_is(p, i, "tomorrow") ? 1 : -1, UNIT_DAY, m->zNorm,
               sizeof(m->zNorm));
    return 1;
  }
  for (int k = 0; azDir[k]; k++) {
    if (!tk_etok_is(p, i, azDir[k])) continue;
    int bPlural = 0, nTimes = 1, eUnit = unitAt(p, i + 1, &bPlural, &nTimes);
    int wd = weekdayAt(p, i + 1);
    /* "last week", not "the last day" or "next weeks" */
    if (eUnit > UNIT_DAY && !bPlural) {
      offsetNorm(p, (k - 1) * nTimes, eUnit, m->zNorm, sizeof(m->zNorm));
      return 2;
    }
    if (wd >= 0) {
      weekdayNorm(p, wd, k - 1, m->zNorm, sizeof(m->zNorm));
      return 2;
    }
    return 0;
  }
  /* "two days ago", "a year ago" */
  tk_dec v = {1, 0, 0}; /* "a", "an" */
  int nNum = tk_etok_is(p, i, "a") || tk_etok_is(p, i, "an")
                 ? 1
                 : tk_entities__pat_number(p, i, &v, 0);
  if (!nNum || v.e != 0 || v.bNeg || v.m > 10000) return 0;
  int bPlural = 0, nTimes = 1;
  int eUnit = unitAt(p, i + (size_t)nNum, &bPlural, &nTimes);
  if (eUnit < 0 || !tk_etok_is(p, i + (size_t)nNum + 1, "ago")) return 0;
  offsetNorm(p, -(int)v.m * nTimes, eUnit, m->zNorm, sizeof(m->zNorm));
  return nNum + 2;
}

/* Words that can start a relative DATE (numbers always may). */
int tk_entities__reldate_keywords(tk_kw_add xAdd, void *pCtx) {
  static const char *const az[] = {"today", "tonight", "yesterday", "tomorrow",
                                   "last",  "this",    "next",      "a",
                                   "an",    0};
  for (int k = 0; az[k]; k++) {
    int rc = xAdd(pCtx, az[k], TK_KW_START);
    if (rc != TK_OK) return rc;
  }
  return TK_OK;
}
