/* when.c - time expressions; see when.h. */
#include "when.h"

#include "../base/buf.h"
#include "../base/strmap.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { W_MONTH = 1, W_WEEKDAY, W_DAY, W_LASTYEAR };

typedef struct wword {
    char lang[4];
    char *form;        /* folded; a trailing '*' is kept and means "starts with" */
    int kind, value;
} wword;

struct ent_when_tab {
    wword *w;
    size_t n, cap;
    ent_strmap exact;  /* "lang\x1fform" -> index + 1 */
};

static int parse_kind(const char *s) {
    if (!strcmp(s, "month")) return W_MONTH;
    if (!strcmp(s, "weekday")) return W_WEEKDAY;
    if (!strcmp(s, "day")) return W_DAY;
    if (!strcmp(s, "lastyear")) return W_LASTYEAR;
    return 0;
}

static void add_word(ent_when_tab *t, const char *lang, const char *form, int kind, int value) {
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 128;
        t->w = ent_xrealloc(t->w, t->cap * sizeof *t->w);
    }
    wword *w = &t->w[t->n++];
    snprintf(w->lang, sizeof w->lang, "%s", lang);
    w->form = ent_xstrdup(form);
    w->kind = kind;
    w->value = value;
    if (form[strlen(form) - 1] != '*') {
        char key[160];
        ent_strmap_key2(key, sizeof key, lang, form, strlen(form));
        *ent_strmap_put(&t->exact, key) = (uint32_t)t->n;
    }
}

ent_when_tab *ent_when_load(const char *data_dir, const ent_diag *diag, ent_err *err) {
    char path[4096];
    snprintf(path, sizeof path, "%s/text/dates.txt", data_dir ? data_dir : ent_data_dir());
    FILE *f = fopen(path, "r");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open the date words");
        return NULL;
    }
    ent_when_tab *t = ent_xcalloc(1, sizeof *t);
    ent_strmap_init(&t->exact);
    char line[1024];
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char *h = strchr(line, '#');
        if (h) *h = 0;
        char *save = NULL, *lang = strtok_r(line, " \t\r\n", &save);
        if (!lang) continue;
        char *kind = strtok_r(NULL, " \t\r\n", &save), *val = strtok_r(NULL, " \t\r\n", &save);
        int k = kind ? parse_kind(kind) : 0;
        if (!k || !val) {
            ent_diag_report(diag, ENT_WARN, path, ln, "expected LANG KIND VALUE FORMS (KIND: month, weekday, day, lastyear)");
            continue;
        }
        char *form;
        while ((form = strtok_r(NULL, " \t\r\n", &save))) add_word(t, lang, form, k, atoi(val));
    }
    fclose(f);
    return t;
}

void ent_when_free(ent_when_tab *t) {
    if (!t) return;
    for (size_t i = 0; i < t->n; i++) free(t->w[i].form);
    free(t->w);
    ent_strmap_free(&t->exact);
    free(t);
}

static const wword *lookup(const ent_when_tab *t, const char *lang, const char *word) {
    char key[160];
    ent_strmap_key2(key, sizeof key, lang, word, strlen(word));
    uint32_t i = ent_strmap_get(&t->exact, key);
    if (i) return &t->w[i - 1];
    for (size_t k = 0; k < t->n; k++) {
        const wword *w = &t->w[k];
        size_t fl = strlen(w->form);
        if (w->form[fl - 1] == '*' && !strcmp(w->lang, lang) && !strncmp(word, w->form, fl - 1)) return w;
    }
    return NULL;
}

int ent_when_is_word(const ent_when_tab *t, const char *lang, const char *word) {
    const wword *w = lookup(t, !strcmp(lang, "hu") ? "hu" : "en", word);
    return w && w->kind != W_LASTYEAR;
}

/* A number token: its value when it is all digits, or digits followed by a
 * Hungarian suffix ("19-én", "2019-ben") or an ordinal dot. */
static int num_of(const ent_token *t, const char *norm) {
    (void)t;
    if (!isdigit((unsigned char)norm[0])) return -1;
    int v = 0;
    const char *p = norm;
    for (; isdigit((unsigned char)*p) && v < 100000; p++) v = v * 10 + (*p - '0');
    if (*p && *p != '-' && *p != '.') return -1;
    return v;
}

static int is_year(int v) { return v >= 1900 && v <= 2099; }

/* Tries an expression starting around token i; fills *o and returns 1. */
static int at(const ent_when_tab *t, const char *lang, const ent_token *tok, size_t from, size_t to, size_t i,
              int ay, int am, int ad, ent_when *o) {
    const char *w = tok[i].norm;
    int hu = !strcmp(lang, "hu");
    memset(o, 0, sizeof *o);
    o->tok = i;
    int v = num_of(&tok[i], w);
    if (v >= 0) {
        /* a bare year: "in 2019", "1961-ben", "2024." not followed by a month */
        if (!is_year(v)) return 0;
        if (i + 1 < to) {
            size_t j = i + 1;
            if (j < to && !strcmp(tok[j].norm, ".")) j++;
            const wword *mw = j < to ? lookup(t, lang, tok[j].norm) : NULL;
            if (mw && mw->kind == W_MONTH) return 0;   /* handled from the month */
        }
        if (i > from) {
            const wword *mw = lookup(t, lang, tok[i - 1].norm);
            if (mw && mw->kind == W_MONTH) return 0;
            int pv = num_of(&tok[i - 1], tok[i - 1].norm);
            if (pv >= 1 && pv <= 31 && i > from + 1) {
                const wword *m2 = lookup(t, lang, tok[i - 2].norm);
                if (m2 && m2->kind == W_MONTH) return 0;
            }
        }
        if (i > from && tok[i - 1].kind == ENT_TOK_PUNCT && i > from + 1) {
            const wword *m2 = lookup(t, lang, tok[i - 2].norm);
            int pv = num_of(&tok[i - 2], tok[i - 2].norm);
            if (pv >= 1 && pv <= 31 && i > from + 2) {
                const wword *m3 = lookup(t, lang, tok[i - 3].norm);
                if (m3 && m3->kind == W_MONTH) return 0;   /* "June 19, 2024" */
            }
            (void)m2;
        }
        o->y = v;
        return 1;
    }
    const wword *ww = lookup(t, lang, w);
    if (!ww) return 0;
    switch (ww->kind) {
    case W_DAY: {
        int y = ay, m = am, d = ad;
        ent_date_add_days(&y, &m, &d, ww->value);
        o->y = y, o->m = m, o->d = d;
        return 1;
    }
    case W_WEEKDAY: {
        if (!hu && !tok[i].upper) return 0;
        int y = ay, m = am, d = ad;
        ent_date_add_days(&y, &m, &d, -((ent_date_weekday(y, m, d) - ww->value + 7) % 7));
        o->y = y, o->m = m, o->d = d;
        return 1;
    }
    case W_LASTYEAR: {
        /* "last June" / "tavaly júniusban": the month is handled from the month;
         * "last year" / "tavaly" alone: the year before */
        if (i + 1 < to) {
            const wword *mw = lookup(t, lang, tok[i + 1].norm);
            if (mw && mw->kind == W_MONTH) return 0;
        }
        if (hu || (i + 1 < to && !strcmp(tok[i + 1].norm, "year"))) {
            o->y = ay - 1;
            return 1;
        }
        return 0;
    }
    case W_MONTH: {
        if (!hu && !tok[i].upper) return 0;   /* "may", "march" */
        if (!hu && ww->value == 5 && !(i > from && (!strcmp(tok[i - 1].norm, "in") || !strcmp(tok[i - 1].norm, "last") ||
                                                      isdigit((unsigned char)tok[i - 1].norm[0]))) &&
            !(i + 1 < to && isdigit((unsigned char)tok[i + 1].norm[0])))
            return 0;   /* "May" the name or the modal */
        o->m = ww->value;
        int day = 0, year = 0;
        /* a day after the month ("June 19", "június 19-én") or before it ("19 June") */
        if (i + 1 < to) {
            int dv = num_of(&tok[i + 1], tok[i + 1].norm);
            if (dv >= 1 && dv <= 31) day = dv;
            else if (is_year(dv)) year = dv;
        }
        if (!day && !hu && i > from) {
            int dv = num_of(&tok[i - 1], tok[i - 1].norm);
            if (dv >= 1 && dv <= 31) day = dv;
        }
        /* a year after ("June 19, 2024", "June 2024") or before ("2024. június") */
        for (size_t q = i + 1; !year && q < to && q <= i + 3; q++) {
            int yv = num_of(&tok[q], tok[q].norm);
            if (is_year(yv)) year = yv;
            else if (tok[q].kind == ENT_TOK_WORD) break;
        }
        for (size_t q = i; !year && q-- > from && q + 3 > i;) {
            int yv = num_of(&tok[q], tok[q].norm);
            if (is_year(yv)) year = yv;
        }
        int last = i > from && lookup(t, lang, tok[i - 1].norm) && lookup(t, lang, tok[i - 1].norm)->kind == W_LASTYEAR;
        if (!year && last) year = hu ? ay - 1 : (ww->value < am ? ay : ay - 1);
        if (!year && day) year = (ww->value > am || (ww->value == am && day > ad)) ? ay - 1 : ay;
        if (year && day && day > ent_date_days_in_month(year, ww->value)) day = 0;
        o->y = year;
        o->d = day;
        return 1;
    }
    }
    return 0;
}

int ent_when_find(const ent_when_tab *t, const char *lang, const char *text, const ent_token *tok, size_t from,
                  size_t to, size_t anchor, const char *adate, ent_when *out) {
    (void)text;
    if (!t || !adate || strlen(adate) < 10) return 0;
    int ay = atoi(adate), am = atoi(adate + 5), ad = atoi(adate + 8);
    const char *l = !strcmp(lang, "hu") ? "hu" : "en";
    int found = 0;
    size_t best = 0;
    for (size_t i = from; i < to; i++) {
        if (tok[i].kind == ENT_TOK_PUNCT) continue;
        ent_when w;
        if (!at(t, l, tok, from, to, i, ay, am, ad, &w)) continue;
        size_t dist = i > anchor ? i - anchor : anchor - i;
        if (!found || dist < best) {
            *out = w;
            best = dist;
            found = 1;
        }
    }
    return found;
}

void ent_when_format(const ent_when *w, char out[11]) {
    unsigned y = (unsigned)w->y % 10000u, m = (unsigned)w->m % 100u, d = (unsigned)w->d % 100u;
    if (y && m && d) snprintf(out, 11, "%04u-%02u-%02u", y, m, d);
    else if (y && m) snprintf(out, 11, "%04u-%02u", y, m);
    else if (y) snprintf(out, 11, "%04u", y);
    else if (m) snprintf(out, 11, "--%02u", m);
    else out[0] = 0;
}
