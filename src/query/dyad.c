/* dyad.c - see dyad.h. */
#define _POSIX_C_SOURCE 200809L
#include "dyad.h"

#include "../base/buf.h"
#include "../base/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ent_dyad_period_parse(const char *s) {
    return !strcmp(s, "day") ? ENT_BY_DAY : !strcmp(s, "week") ? ENT_BY_WEEK : !strcmp(s, "month") ? ENT_BY_MONTH : -1;
}

const char *ent_dyad_period_name(int by) { return by == ENT_BY_DAY ? "day" : by == ENT_BY_MONTH ? "month" : "week"; }

typedef struct acc {
    ent_dyad_row r;
    double gsum;
    struct {
        char code[5];
        int n;
    } codes[64];
    int ncodes;
} acc;

typedef struct series {
    acc *v;
    size_t n;
    int by;
} series;

static int row_cmp(const void *x, const void *y) {
    const ent_dyad_row *a = x, *b = y;
    int c = strcmp(a->period, b->period);
    return c ? c : a->dir - b->dir;
}

/* The accumulator of a period and direction, created when new. */
static acc *bucket(series *s, const char *date, int dir) {
    char period[12];
    if (s->by == ENT_BY_WEEK) ent_date_iso_week(date, period);
    else snprintf(period, sizeof period, "%.*s", s->by == ENT_BY_MONTH ? 7 : 10, date);
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].r.dir == dir && !strcmp(s->v[i].r.period, period)) return &s->v[i];
    s->v = ent_xrealloc(s->v, (s->n + 1) * sizeof *s->v);
    acc *x = &s->v[s->n++];
    memset(x, 0, sizeof *x);
    snprintf(x->r.period, sizeof x->r.period, "%s", period);
    x->r.dir = dir;
    return x;
}

static int add_event(void *ud, const ent_store_dyad_event *e) {
    acc *x = bucket(ud, e->date, e->dir);
    x->r.events++;
    x->r.mentions += (int)e->mentions;
    if (e->quad >= 1 && e->quad <= 4) x->r.quad[e->quad]++;
    x->gsum += e->goldstein;
    int k;
    for (k = 0; k < x->ncodes; k++)
        if (!strcmp(x->codes[k].code, e->code)) break;
    if (k == x->ncodes && k < 64) snprintf(x->codes[x->ncodes++].code, 5, "%s", e->code);
    if (k < 64) x->codes[k].n++;
    return 0;
}

/* The three most frequent codes: most frequent, then lowest code. */
static void top_codes(acc *x, const ent_codebook *cb) {
    for (int t = 0; t < 3; t++) {
        int best = -1;
        for (int k = 0; k < x->ncodes; k++) {
            if (x->codes[k].n <= 0) continue;
            if (best < 0 || x->codes[k].n > x->codes[best].n ||
                (x->codes[k].n == x->codes[best].n && strcmp(x->codes[k].code, x->codes[best].code) < 0))
                best = k;
        }
        if (best < 0) break;
        snprintf(x->r.top[t].code, 5, "%s", x->codes[best].code);
        x->r.top[t].n = x->codes[best].n;
        const ent_cameo *c = cb ? ent_codebook_get(cb, x->codes[best].code) : NULL;
        x->r.top[t].name = c ? c->name : "";
        x->codes[best].n = -x->codes[best].n;
        x->r.ntop++;
    }
}

int ent_dyad(ent_store *s, const ent_codebook *cb, const char *a, const char *b, int by, int include_negated,
             ent_dyad_row **rows, size_t *nrows, ent_err *err) {
    series x = {NULL, 0, by};
    *rows = NULL;
    *nrows = 0;
    if (ent_store_dyad_events(s, a, b, include_negated, add_event, &x, err)) {
        free(x.v);
        return ENT_EIO;
    }
    *rows = ent_xmalloc((x.n ? x.n : 1) * sizeof **rows);
    for (size_t i = 0; i < x.n; i++) {
        x.v[i].r.goldstein = x.v[i].r.events ? x.v[i].gsum / x.v[i].r.events : 0;
        top_codes(&x.v[i], cb);
        (*rows)[i] = x.v[i].r;
    }
    free(x.v);
    qsort(*rows, x.n, sizeof **rows, row_cmp);
    *nrows = x.n;
    return 0;
}
