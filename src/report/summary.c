/* summary.c - `entente summary` and `entente dyad` as text and JSON; see report.h. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdio.h>

typedef struct sum_ctx {
    ent_buf *o;
    const ent_codebook *cb;
    int json, i;
} sum_ctx;

static int dyad_line(void *ud, const ent_store_dyad_count *d) {
    sum_ctx *c = ud;
    if (c->json) {
        ent_buf_adds(c->o, c->i++ ? ",{\"a\":" : "{\"a\":");
        ent_buf_json_qstr(c->o, d->a);
        ent_buf_adds(c->o, ",\"b\":");
        ent_buf_json_qstr(c->o, d->b);
        ent_buf_printf(c->o, ",\"events\":%lld,\"mentions\":%lld,\"goldstein\":%.2f,\"cooperation\":%lld}", (long long)d->events,
                       (long long)d->mentions, d->goldstein, (long long)d->cooperation);
    } else {
        ent_buf_printf(c->o, "  %-9s - %-9s %5lld events %5lld mentions  mean Goldstein %+6.2f  %lld cooperative, %lld conflictual\n",
                       d->a, d->b, (long long)d->events, (long long)d->mentions, d->goldstein, (long long)d->cooperation,
                       (long long)(d->events - d->cooperation));
    }
    return 0;
}

static int code_line(void *ud, const ent_store_code_count *k) {
    sum_ctx *c = ud;
    const ent_cameo *cm = ent_codebook_get(c->cb, k->code);
    if (c->json) {
        ent_buf_adds(c->o, c->i++ ? ",{\"code\":" : "{\"code\":");
        ent_buf_json_qstr(c->o, k->code);
        ent_buf_printf(c->o, ",\"events\":%lld,\"mentions\":%lld,\"name\":", (long long)k->events, (long long)k->mentions);
        ent_buf_json_qstr(c->o, cm ? cm->name : NULL);
        ent_buf_addc(c->o, '}');
    } else {
        ent_buf_printf(c->o, "  %-4s %-45.45s %5lld events %5lld mentions\n", k->code, cm ? cm->name : "?", (long long)k->events,
                       (long long)k->mentions);
    }
    return 0;
}

static int summary(ent_store *s, const ent_codebook *cb, int top, int json, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 1024);
    ent_store_summary t;
    int rc = ent_store_summary_get(s, &ar, &t, err);
    if (rc) {
        ent_arena_free(&ar);
        return rc;
    }
    if (json) {
        ent_buf_printf(o, "{\"articles\":%lld,\"outlets\":%lld,\"events\":%lld,\"mentions\":%lld,\"nonfactual_mentions\":%lld,\"from\":",
                       (long long)t.articles, (long long)t.outlets, (long long)t.events, (long long)t.mentions,
                       (long long)t.nonfactual);
        ent_buf_json_qstr(o, t.from);
        ent_buf_adds(o, ",\"to\":");
        ent_buf_json_qstr(o, t.to);
        ent_buf_adds(o, ",\"dyads\":[");
    } else {
        ent_buf_printf(o, "%lld articles from %lld outlets; %lld events (%lld factual mentions, %lld negated or non-factual) from %s to %s\n\nmost active dyads:\n",
                       (long long)t.articles, (long long)t.outlets, (long long)t.events, (long long)t.mentions,
                       (long long)t.nonfactual, *t.from ? t.from : "-", *t.to ? t.to : "-");
    }
    ent_arena_free(&ar);
    sum_ctx c = {o, cb, json, 0};
    if ((rc = ent_store_top_dyads(s, top, dyad_line, &c, err))) return rc;
    ent_buf_adds(o, json ? "],\"codes\":[" : "\nmost frequent events:\n");
    c.i = 0;
    if ((rc = ent_store_top_codes(s, top, code_line, &c, err))) return rc;
    if (json) ent_buf_adds(o, "]}\n");
    return 0;
}

int ent_report_summary_text(ent_store *s, const ent_codebook *cb, int top, ent_buf *out, ent_err *err) {
    return summary(s, cb, top, 0, out, err);
}

int ent_report_summary_json(ent_store *s, const ent_codebook *cb, int top, ent_buf *out, ent_err *err) {
    return summary(s, cb, top, 1, out, err);
}

void ent_report_dyad_json(ent_buf *o, const char *a, const char *b, int by, const ent_dyad_row *rows, size_t n) {
    ent_buf_adds(o, "{\"a\":");
    ent_buf_json_qstr(o, a);
    ent_buf_adds(o, ",\"b\":");
    ent_buf_json_qstr(o, b);
    ent_buf_printf(o, ",\"by\":\"%s\",\"rows\":[", ent_dyad_period_name(by));
    for (size_t i = 0; i < n; i++) {
        const ent_dyad_row *r = &rows[i];
        ent_buf_printf(o, "%s{\"period\":\"%s\",\"source\":", i ? "," : "", r->period);
        ent_buf_json_qstr(o, r->dir ? b : a);
        ent_buf_adds(o, ",\"target\":");
        ent_buf_json_qstr(o, r->dir ? a : b);
        ent_buf_printf(o, ",\"events\":%d,\"mentions\":%d,\"quad\":[%d,%d,%d,%d],\"goldstein\":%.2f,\"top\":[", r->events,
                       r->mentions, r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->goldstein);
        for (int t = 0; t < r->ntop; t++) {
            ent_buf_printf(o, "%s{\"code\":\"%s\",\"count\":%d,\"name\":", t ? "," : "", r->top[t].code, r->top[t].n);
            ent_buf_json_qstr(o, r->top[t].name);
            ent_buf_addc(o, '}');
        }
        ent_buf_adds(o, "]}");
    }
    ent_buf_adds(o, "]}\n");
}

void ent_report_dyad_text(ent_buf *o, const char *a, const char *b, int by, const ent_dyad_row *rows, size_t n) {
    ent_buf_printf(o, "%s and %s by %s (quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)\n",
                   a, b, ent_dyad_period_name(by));
    ent_buf_printf(o, "%-10s %-16s %6s %4s %4s %4s %4s %9s  %s\n", "period", "direction", "events", "q1", "q2", "q3", "q4",
                   "goldstein", "top event codes");
    for (size_t i = 0; i < n; i++) {
        const ent_dyad_row *r = &rows[i];
        char dir[80];
        snprintf(dir, sizeof dir, "%s -> %s", r->dir ? b : a, r->dir ? a : b);
        ent_buf_printf(o, "%-10s %-16s %6d %4d %4d %4d %4d %+9.2f  ", r->period, dir, r->events, r->quad[1], r->quad[2],
                       r->quad[3], r->quad[4], r->goldstein);
        for (int t = 0; t < r->ntop; t++)
            ent_buf_printf(o, "%s%s %s (%d)", t ? "; " : "", r->top[t].code, r->top[t].name, r->top[t].n);
        ent_buf_addc(o, '\n');
    }
    if (!n) ent_buf_adds(o, "(no events)\n");
}
