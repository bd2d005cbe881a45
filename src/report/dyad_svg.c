/* dyad_svg.c - the dyad chart (SVG); see report.h. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- SVG ---- */

static void esc(ent_buf *o, const char *s) {
    for (; *s; s++) {
        if (*s == '<') ent_buf_adds(o, "&lt;");
        else if (*s == '>') ent_buf_adds(o, "&gt;");
        else if (*s == '&') ent_buf_adds(o, "&amp;");
        else ent_buf_addc(o, *s);
    }
}

void ent_report_dyad_svg(ent_buf *o, const char *a, const char *b, const ent_dyad_row *rows, size_t n) {
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
    ent_buf_printf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
               "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
    ent_buf_printf(o, "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n");
    ent_buf_printf(o, "<text x=\"%d\" y=\"30\" font-size=\"18\" font-weight=\"bold\">", L);
    esc(o, a);
    ent_buf_adds(o, " \xE2\x80\x93 ");
    esc(o, b);
    ent_buf_adds(o, ": events over time</text>\n");
    /* Goldstein panel: -10..10 */
    int gy0 = T;
    ent_buf_printf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n", L, gy0, pw, gh);
    for (int g = -10; g <= 10; g += 5) {
        double y = gy0 + gh / 2.0 - g * (gh / 20.0);
        ent_buf_printf(o, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n", L, y, L + pw, y,
                g == 0 ? "#666" : "#e5e5e5");
        ent_buf_printf(o, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%+d</text>\n", L - 6, y + 4, g);
    }
    ent_buf_printf(o, "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">mean Goldstein</text>\n",
            gy0 + gh / 2, gy0 + gh / 2);
    static const char *dcol[2] = {"#1f77b4", "#d62728"};
    for (int dir = 0; dir < 2; dir++) {
        ent_buf_printf(o, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" points=\"", dcol[dir]);
        for (size_t i = 0; i < np; i++)
            for (size_t k = 0; k < n; k++)
                if (rows[k].dir == dir && !strcmp(rows[k].period, per[i]))
                    ent_buf_printf(o, "%.1f,%.1f ", L + slot * (i + 0.5), gy0 + gh / 2.0 - rows[k].goldstein * (gh / 20.0));
        ent_buf_adds(o, "\"/>\n");
        for (size_t i = 0; i < np; i++)
            for (size_t k = 0; k < n; k++)
                if (rows[k].dir == dir && !strcmp(rows[k].period, per[i]))
                    ent_buf_printf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", L + slot * (i + 0.5),
                            gy0 + gh / 2.0 - rows[k].goldstein * (gh / 20.0), dcol[dir]);
    }
    /* quad-class bars */
    int by0 = gy0 + gh + gap;
    static const char *qcol[5] = {"", "#2ca02c", "#98df8a", "#ff9896", "#d62728"};
    static const char *qname[5] = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
    ent_buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/>\n", L, by0 + bh, L + pw, by0 + bh);
    ent_buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/>\n", L, by0, L, by0 + bh);
    ent_buf_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>\n", L - 6, by0 + 4, maxev);
    ent_buf_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", L - 6, by0 + bh + 4);
    ent_buf_printf(o, "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">events</text>\n", by0 + bh / 2,
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
            ent_buf_printf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>\n",
                    x, y, w, h, qcol[qd], per[i], qname[qd], cnt);
        }
        ent_buf_printf(o, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>\n", L + slot * (i + 0.5),
                by0 + bh + 18, per[i]);
    }
    ent_buf_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">period</text>\n", L + pw / 2, H - 20);
    /* legend */
    int lx = L + pw + 20, ly = T + 10;
    for (int dir = 0; dir < 2; dir++, ly += 22) {
        ent_buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>\n", lx, ly, lx + 24, ly,
                dcol[dir]);
        ent_buf_printf(o, "<text x=\"%d\" y=\"%d\">", lx + 30, ly + 4);
        esc(o, dir ? b : a);
        ent_buf_adds(o, " \xE2\x86\x92 ");
        esc(o, dir ? a : b);
        ent_buf_adds(o, "</text>\n");
    }
    ly = by0;
    for (int qd = 1; qd <= 4; qd++, ly += 22) {
        ent_buf_printf(o, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>\n", lx, ly - 10, qcol[qd]);
        ent_buf_printf(o, "<text x=\"%d\" y=\"%d\">%s</text>\n", lx + 20, ly + 2, qname[qd]);
    }
    ent_buf_adds(o, "</svg>\n");
    free(per);
}
