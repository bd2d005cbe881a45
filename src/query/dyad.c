/* dyad.c - see dyad.h. */
#define _POSIX_C_SOURCE 200809L
#include "dyad.h"

#include "../base/buf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void ent_iso_week(const char *date, char out[12]) {
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    int days = days_from_civil(y, m, d);
    int wd = ((days % 7) + 7 + 3) % 7;            /* 0 = Monday (1970-01-01 was a Thursday) */
    int thursday = days - wd + 3;                 /* the week's Thursday decides the year */
    /* year of that Thursday */
    int ty = y;
    if (thursday < days_from_civil(y, 1, 1)) ty = y - 1;
    else if (thursday >= days_from_civil(y + 1, 1, 1)) ty = y + 1;
    int week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    snprintf(out, 12, "%04d-W%02d", ty % 10000, week % 100);
}

typedef struct acc {
    ent_dyad_row r;
    double gsum;
    struct {
        char code[5];
        int n;
    } codes[64];
    int ncodes;
} acc;

static int row_cmp(const void *x, const void *y) {
    const ent_dyad_row *a = x, *b = y;
    int c = strcmp(a->period, b->period);
    return c ? c : a->dir - b->dir;
}

int ent_dyad(sqlite3 *db, const ent_codebook *cb, const char *a, const char *b, int by, int include_negated,
             ent_dyad_row **rows, size_t *nrows, ent_err *err) {
    static const char *sql =
        "SELECT date, CASE WHEN (source_code = ?1 OR (length(?1) = 3 AND substr(source_code,1,3) = ?1)) THEN 0 ELSE 1 END, "
        "code, quad, goldstein, num_mentions + CASE WHEN ?3 THEN num_nonfactual ELSE 0 END FROM events WHERE "
        "(?3 OR num_mentions > 0) AND ("
        " ((source_code = ?1 OR (length(?1) = 3 AND substr(source_code,1,3) = ?1)) AND"
        "  (target_code = ?2 OR (length(?2) = 3 AND substr(target_code,1,3) = ?2))) OR"
        " ((source_code = ?2 OR (length(?2) = 3 AND substr(source_code,1,3) = ?2)) AND"
        "  (target_code = ?1 OR (length(?1) = 3 AND substr(target_code,1,3) = ?1)))) ORDER BY date, id";
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return ent_err_set(err, ENT_EIO, NULL, 0, "dyad: %s", sqlite3_errmsg(db));
    sqlite3_bind_text(q, 1, a, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, b, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(q, 3, include_negated);
    acc *v = NULL;
    size_t n = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *date = (const char *)sqlite3_column_text(q, 0);
        int dir = sqlite3_column_int(q, 1);
        char period[12];
        if (by == ENT_BY_WEEK) ent_iso_week(date, period);
        else snprintf(period, sizeof period, "%.*s", by == ENT_BY_MONTH ? 7 : 10, date);
        size_t i;
        for (i = 0; i < n; i++)
            if (v[i].r.dir == dir && !strcmp(v[i].r.period, period)) break;
        if (i == n) {
            v = ent_xrealloc(v, (n + 1) * sizeof *v);
            memset(&v[n], 0, sizeof *v);
            snprintf(v[n].r.period, sizeof v[n].r.period, "%s", period);
            v[n].r.dir = dir;
            n++;
        }
        acc *x = &v[i];
        const char *code = (const char *)sqlite3_column_text(q, 2);
        x->r.events++;
        x->r.mentions += sqlite3_column_int(q, 5);
        int quad = sqlite3_column_int(q, 3);
        if (quad >= 1 && quad <= 4) x->r.quad[quad]++;
        x->gsum += sqlite3_column_double(q, 4);
        int k;
        for (k = 0; k < x->ncodes; k++)
            if (!strcmp(x->codes[k].code, code)) break;
        if (k == x->ncodes && k < 64) snprintf(x->codes[x->ncodes++].code, 5, "%s", code);
        if (k < 64) x->codes[k].n++;
    }
    sqlite3_finalize(q);
    *rows = ent_xmalloc((n ? n : 1) * sizeof **rows);
    for (size_t i = 0; i < n; i++) {
        acc *x = &v[i];
        x->r.goldstein = x->r.events ? x->gsum / x->r.events : 0;
        /* top three codes: most frequent, then lowest code */
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
        (*rows)[i] = x->r;
    }
    free(v);
    qsort(*rows, n, sizeof **rows, row_cmp);
    *nrows = n;
    return 0;
}

/* ---- SVG ---- */

static void esc(FILE *o, const char *s) {
    for (; *s; s++) {
        if (*s == '<') fputs("&lt;", o);
        else if (*s == '>') fputs("&gt;", o);
        else if (*s == '&') fputs("&amp;", o);
        else fputc(*s, o);
    }
}

void ent_dyad_svg(FILE *o, const char *a, const char *b, const ent_dyad_row *rows, size_t n) {
    /* the periods, in order */
    char (*per)[12] = ent_xmalloc((n ? n : 1) * sizeof *per);
    size_t np = 0;
    for (size_t i = 0; i < n; i++)
        if (!np || strcmp(per[np - 1], rows[i].period)) snprintf(per[np++], 12, "%s", rows[i].period);
    const int W = 900, H = 520, L = 70, R = 180, T = 60;
    const int pw = W - L - R, gh = 200, bh = 140, gap = 40;
    int maxev = 1;
    for (size_t i = 0; i < np; i++) {
        int tot = 0;
        for (size_t k = 0; k < n; k++)
            if (!strcmp(rows[k].period, per[i])) tot += rows[k].events;
        if (tot > maxev) maxev = tot;
    }
    double slot = np ? (double)pw / (double)np : pw;
    fprintf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
    fprintf(o, "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n");
    fprintf(o, "<text x=\"%d\" y=\"30\" font-size=\"18\" font-weight=\"bold\">", L);
    esc(o, a);
    fputs(" \xE2\x80\x93 ", o);
    esc(o, b);
    fputs(": events over time</text>\n", o);
    /* Goldstein panel: -10..10 */
    int gy0 = T;
    fprintf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n", L, gy0, pw, gh);
    for (int g = -10; g <= 10; g += 5) {
        double y = gy0 + gh / 2.0 - g * (gh / 20.0);
        fprintf(o, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n", L, y, L + pw, y,
                g == 0 ? "#666" : "#e5e5e5");
        fprintf(o, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%+d</text>\n", L - 6, y + 4, g);
    }
    fprintf(o, "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">mean Goldstein</text>\n",
            gy0 + gh / 2, gy0 + gh / 2);
    static const char *dcol[2] = {"#1f77b4", "#d62728"};
    for (int dir = 0; dir < 2; dir++) {
        fprintf(o, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" points=\"", dcol[dir]);
        for (size_t i = 0; i < np; i++)
            for (size_t k = 0; k < n; k++)
                if (rows[k].dir == dir && !strcmp(rows[k].period, per[i]))
                    fprintf(o, "%.1f,%.1f ", L + slot * (i + 0.5), gy0 + gh / 2.0 - rows[k].goldstein * (gh / 20.0));
        fputs("\"/>\n", o);
        for (size_t i = 0; i < np; i++)
            for (size_t k = 0; k < n; k++)
                if (rows[k].dir == dir && !strcmp(rows[k].period, per[i]))
                    fprintf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", L + slot * (i + 0.5),
                            gy0 + gh / 2.0 - rows[k].goldstein * (gh / 20.0), dcol[dir]);
    }
    /* quad-class bars */
    int by0 = gy0 + gh + gap;
    static const char *qcol[5] = {"", "#2ca02c", "#98df8a", "#ff9896", "#d62728"};
    static const char *qname[5] = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
    fprintf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/>\n", L, by0 + bh, L + pw, by0 + bh);
    fprintf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/>\n", L, by0, L, by0 + bh);
    fprintf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>\n", L - 6, by0 + 4, maxev);
    fprintf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", L - 6, by0 + bh + 4);
    fprintf(o, "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">events</text>\n", by0 + bh / 2,
            by0 + bh / 2);
    for (size_t i = 0; i < np; i++) {
        double x = L + slot * i + slot * 0.2, w = slot * 0.6, y = by0 + bh;
        for (int qd = 1; qd <= 4; qd++) {
            int cnt = 0;
            for (size_t k = 0; k < n; k++)
                if (!strcmp(rows[k].period, per[i])) cnt += rows[k].quad[qd];
            if (!cnt) continue;
            double h = (double)cnt / maxev * bh;
            y -= h;
            fprintf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>\n",
                    x, y, w, h, qcol[qd], per[i], qname[qd], cnt);
        }
        fprintf(o, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>\n", L + slot * (i + 0.5),
                by0 + bh + 18, per[i]);
    }
    fprintf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">period</text>\n", L + pw / 2, H - 20);
    /* legend */
    int lx = L + pw + 20, ly = T + 10;
    for (int dir = 0; dir < 2; dir++, ly += 22) {
        fprintf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>\n", lx, ly, lx + 24, ly,
                dcol[dir]);
        fprintf(o, "<text x=\"%d\" y=\"%d\">", lx + 30, ly + 4);
        esc(o, dir ? b : a);
        fputs(" \xE2\x86\x92 ", o);
        esc(o, dir ? a : b);
        fputs("</text>\n", o);
    }
    ly = by0;
    for (int qd = 1; qd <= 4; qd++, ly += 22) {
        fprintf(o, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>\n", lx, ly - 10, qcol[qd]);
        fprintf(o, "<text x=\"%d\" y=\"%d\">%s</text>\n", lx + 20, ly + 2, qname[qd]);
    }
    fputs("</svg>\n", o);
    free(per);
}
