/* dates.c - the date of an event.
 *
 * Contract: event_date returns the date a trigger's clause names, resolved
 * against the article date: a weekday (the latest such day not after the
 * article), "yesterday"/"tegnap", a day of a month ("on June 19, 2024",
 * "19 June", "2024. június 19-én"; without a year the latest such day), a
 * month ("in June", "last June", "júniusban": its first day, the latest
 * such month); else the article date. The words are ordered lists of
 * data/grammar.txt: weekday, yesterday, month, monthin (Hungarian
 * inessive), monthprep. A date that qualifies a noun ("the 15 August
 * meeting", "az augusztus 15-i találkozó") or lies in the topic the trigger
 * is about ("about the 15 August meeting") dates that other event only.
 */
#include "coder_int.h"

#include "../text/when.h"

#include <ctype.h>
#include <stdlib.h>

static const char *ymd(ent_arena *ar, int y, int m, int d) {
    char b[40], *o = ent_arena_alloc(ar, 11);
    snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
    memcpy(o, b, 10);
    o[10] = 0;
    return o;
}

static int is_digit_word(const sent *s, size_t j) { return isdigit((unsigned char)norm(s, j)[0]); }

/* "on June 19, 2024", "19 June", "2024. június 19-én": month `mo` (1-12) at
 * token j with its day; the year said, else the latest such day. NULL when
 * no valid day goes with it. */
static const char *day_of_month(const sent *s, size_t j, int mo, int y, int m, int d, ent_arena *ar) {
    const ent_sentence *x = s->x;
    int day = 0, yy = 0;
    if (j + 1 < x->n && is_digit_word(s, j + 1)) day = atoi(norm(s, j + 1));
    else if (!x->hu && j > 0 && is_digit_word(s, j - 1)) day = atoi(norm(s, j - 1));
    if (day < 1 || day > 31) return NULL;
    for (size_t q = j + 2; !x->hu && q < x->n && q <= j + 3; q++)
        if (strlen(norm(s, q)) == 4 && is_digit_word(s, q)) yy = atoi(norm(s, q));
    for (size_t q = j; x->hu && q-- > 0 && q + 3 > j;)
        if (is_digit_word(s, q) && atoi(norm(s, q)) > 1900) yy = atoi(norm(s, q));
    if (!yy) yy = (mo > m || (mo == m && day > d)) ? y - 1 : y;   /* the latest such day */
    if (yy < 1900 || yy > 2999 || day > ent_date_days_in_month(yy, mo)) return NULL;
    return ymd(ar, yy, mo, day);
}

void date_lists(ent_coder *c) {
    static const char *const lang[2] = {"en", "hu"};
    for (int h = 0; h < 2; h++) {
        date_words *L = &c->dates[h];
        L->nweekday = ent_an_list(c->an, lang[h], "weekday", &L->weekday);
        L->nyesterday = ent_an_list(c->an, lang[h], "yesterday", &L->yesterday);
        L->nmonth = ent_an_list(c->an, lang[h], "month", &L->month);
        L->nmonthin = h ? ent_an_list(c->an, lang[h], "monthin", &L->monthin) : ent_an_list(c->an, lang[h], "month", &L->monthin);
    }
}

/* The position of w in words[0..n) (1-based), or 0: first bytes first,
 * this runs for every word of a clause. */
static int pos_in(const char *w, const char *const *words, int n) {
    for (int i = 0; i < n; i++)
        if (w[0] == words[i][0] && !strcmp(w, words[i])) return i + 1;
    return 0;
}

/* Does the date word at token j name another event than the trigger's at
 * k (tests/real/GUIDE.md 4.9, 4.13)? A date that qualifies a noun: after a
 * determiner ("the 15 August meeting", "the Tuesday talks") or, in
 * Hungarian, an adjective in -i ("az augusztus 15-i találkozó"); a date
 * inside the topic the trigger is about ("spoke about the 15 August
 * meeting"). */
static int names_other(const sent *s, size_t k, size_t j) {
    const ent_sentence *x = s->x;
    for (size_t q = k + 1; q < j; q++)
        if (x->clause[q] == x->clause[k] && is_topicp(s, q)) return 1;
    size_t b = j;   /* the first word of the date: "15 August", "August 15" */
    if (!x->hu && b > 0 && isdigit((unsigned char)norm(s, b - 1)[0])) b--;
    if (b > 0 && tok_is(s, b - 1, "det")) return 1;
    if (x->hu && j + 1 < x->n && isdigit((unsigned char)norm(s, j + 1)[0])) {
        const char *d = norm(s, j + 1);
        size_t l = strlen(d);
        return l >= 2 && d[l - 1] == 'i' && (d[l - 2] == '-' || isdigit((unsigned char)d[l - 2]));
    }
    return 0;
}

const char *event_date(const ent_coder *c, const sent *s, size_t k, const char *adate, ent_arena *ar) {
    const ent_sentence *x = s->x;
    const date_words *L = &c->dates[x->hu ? 1 : 0];   /* the English words for any other language */
    int y = atoi(adate), m = atoi(adate + 5), d = atoi(adate + 8);
    int cl = x->clause[k];
    for (size_t j = 0; j < x->n; j++) {
        if (x->clause[j] != cl || x->tok[j].kind != ENT_TOK_WORD) continue;
        const char *w = norm(s, j);
        if (w[0] >= '0' && w[0] <= '9') continue;   /* a number: its date word decides */
        int wd = pos_in(w, L->weekday, L->nweekday);
        int mo = pos_in(w, L->month, L->nmonth), moin = x->hu ? pos_in(w, L->monthin, L->nmonthin) : mo;
        if (!wd && !mo && !moin && !pos_in(w, L->yesterday, L->nyesterday)) continue;
        if ((wd || mo || moin) && names_other(s, k, j)) continue;
        if (wd) {
            int back = (ent_date_weekday(y, m, d) - (wd - 1) + 7) % 7;
            ent_date_add_days(&y, &m, &d, -back);
            return ymd(ar, y, m, d);
        }
        if (pos_in(w, L->yesterday, L->nyesterday)) {
            ent_date_add_days(&y, &m, &d, -1);
            return ymd(ar, y, m, d);
        }
        if (mo && (x->hu || x->tok[j].upper)) {
            const char *o = day_of_month(s, j, mo, y, m, d, ar);
            if (o) return o;
        }
        /* a month without a year: the latest such month not after the article */
        mo = moin;
        if (mo && !x->hu && !(x->tok[j].upper && mo != 5 && j > 0 && tok_is(s, j - 1, "monthprep"))) mo = 0;
        if (mo) {
            int yy = mo > m ? y - 1 : y;
            if (j + 1 < x->n && x->tok[j + 1].kind == ENT_TOK_NUM && strlen(norm(s, j + 1)) == 4) yy = atoi(norm(s, j + 1));
            return ymd(ar, yy, mo, 1);
        }
    }
    return adate;
}
