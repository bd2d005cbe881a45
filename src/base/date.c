/* date.c - see date.h. */
#define _POSIX_C_SOURCE 200809L
#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ent_date_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int ent_date_valid(const char *s, size_t n) {
    if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
    int y = atoi(s), m = (s[5] - '0') * 10 + s[6] - '0', d = (s[8] - '0') * 10 + s[9] - '0';
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= ent_date_days_in_month(y, m);
}

int ent_date_explain(const char *s, size_t n, char *why, size_t cap) {
    if (ent_date_valid(s, n)) return 1;
    int form = n == 10 && s[4] == '-' && s[7] == '-';
    for (size_t i = 0; form && i < 10; i++) form = i == 4 || i == 7 || (s[i] >= '0' && s[i] <= '9');
    if (!form) {
        snprintf(why, cap, "expected YYYY-MM-DD");
        return 0;
    }
    int y = atoi(s), m = (s[5] - '0') * 10 + s[6] - '0';
    if (y < 1000 || y > 2999) snprintf(why, cap, "years 1000 to 2999 only");
    else if (m < 1 || m > 12) snprintf(why, cap, "no month %02d", m);
    else snprintf(why, cap, "%.7s has %d days", s, ent_date_days_in_month(y, m));
    return 0;
}

int32_t ent_date_int(const char *s) {
    if (!s || strnlen(s, 10) < 10) return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
    return atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8);
}

void ent_date_format(int32_t ymd, char out[11]) {
    unsigned v = ymd < 0 ? 0u : (unsigned)ymd;
    snprintf(out, 11, "%04u-%02u-%02u", v / 10000 % 10000, v / 100 % 100, v % 100);
}

int ent_date_days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ent_date_is_leap(y) ? 29 : d[m - 1];
}

/* Sakamoto's method. */
int ent_date_weekday(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y--;
    return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) + 6) % 7;
}

int ent_date_day_of_year(int y, int m, int d) {
    static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return cum[m - 1] + d + (ent_date_is_leap(y) && m > 2);
}

/* Howard Hinnant's days_from_civil. */
long ent_date_days(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void ent_date_add_days(int *y, int *m, int *d, int n) {
    for (; n < 0; n++)
        if (--*d == 0) {
            if (--*m == 0) *m = 12, --*y;
            *d = ent_date_days_in_month(*y, *m);
        }
    for (; n > 0; n--)
        if (++*d > ent_date_days_in_month(*y, *m)) {
            *d = 1;
            if (++*m == 13) *m = 1, ++*y;
        }
}

int32_t ent_date_int_add_days(int32_t ymd, int n) {
    int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    if (m < 1 || m > 12) return ymd;
    ent_date_add_days(&y, &m, &d, n);
    return y * 10000 + m * 100 + d;
}

void ent_date_iso_week(const char *date, char out[12]) {
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    long days = ent_date_days(y, m, d);
    long wd = ((days % 7) + 7 + 3) % 7;   /* 0 = Monday (1970-01-01 was a Thursday) */
    long thursday = days - wd + 3;        /* the week's Thursday decides the year */
    int ty = y;
    if (thursday < ent_date_days(y, 1, 1)) ty = y - 1;
    else if (thursday >= ent_date_days(y + 1, 1, 1)) ty = y + 1;
    long week = (thursday - ent_date_days(ty, 1, 1)) / 7 + 1;
    snprintf(out, 12, "%04d-W%02d", ty % 10000, (int)(week % 100));
}
