/* date.h - calendar dates, the one place for date arithmetic.
 *
 * Dates are proleptic Gregorian. Three forms: the text YYYY-MM-DD (what
 * articles, events and the store carry), the integer YYYYMMDD (what
 * dictionaries compare: dated roles, TABARI's date restrictions) and the
 * fields y, m, d. Nothing here allocates or fails loudly: a malformed date
 * gives 0 (or is left as it was).
 */
#ifndef ENT_DATE_H
#define ENT_DATE_H

#include <stddef.h>
#include <stdint.h>

/* 1 when s[0..n) is a valid YYYY-MM-DD calendar date (years 1000..2999). */
int ent_date_valid(const char *s, size_t n);

/* Why s[0..n) is not a valid date, for a message: "expected YYYY-MM-DD",
 * "years 1000 to 2999 only", "no month 13", "2025-02 has 28 days"; written
 * into why (cap bytes). Returns 1 (and writes nothing) when it is valid. */
int ent_date_explain(const char *s, size_t n, char *why, size_t cap);

/* YYYY-MM-DD -> YYYYMMDD (0 if malformed). */
int32_t ent_date_int(const char *s);

/* YYYYMMDD -> "YYYY-MM-DD" (out holds 11 bytes). */
void ent_date_format(int32_t ymd, char out[11]);

int ent_date_is_leap(int y);
/* Days in month m (1..12) of year y. */
int ent_date_days_in_month(int y, int m);
/* The weekday of a date: 0 = Monday. */
int ent_date_weekday(int y, int m, int d);
/* The day of the year, 1 = January 1st. */
int ent_date_day_of_year(int y, int m, int d);
/* Days since 1970-01-01 (negative before). */
long ent_date_days(int y, int m, int d);

/* The date moved by n days (n < 0: back). */
void ent_date_add_days(int *y, int *m, int *d, int n);
/* The same on YYYYMMDD; a date without a valid month is returned unchanged. */
int32_t ent_date_int_add_days(int32_t ymd, int n);

/* The ISO 8601 week of a YYYY-MM-DD date as "YYYY-Www" (out holds 12 bytes). */
void ent_date_iso_week(const char *date, char out[12]);

#endif
