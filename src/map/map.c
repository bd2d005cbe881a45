/* map.c - see map.h: drawing the world and the marks as SVG.
 *
 * Hand-written: the SVG is a few elements; what a library (d3-geo) would
 * add is the projection, which is two polynomials here. */
#define _POSIX_C_SOURCE 200809L
#include "map_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEG (M_PI / 180.0)
#define WORLD_NORTH 84.0
#define WORLD_SOUTH -58.0

static const char *const quad_colour[5] = {"#999999", "#2ca02c", "#98df8a", "#ff9896", "#d62728"};
static const char *const quad_name[5] = {"mixed", "verbal cooperation", "material cooperation", "verbal conflict",
                                         "material conflict"};

typedef struct frame {
    int proj;
    double x0, y1;      /* projected left and top */
    double scale;       /* px per projected unit */
    int width, height;
} frame;

/* Natural Earth I (Šavrič, Patterson, Jenny 2011), as d3-geo-projection
 * writes it; or equirectangular. Radians in, projected units out (y up). */
static void project(int proj, double lon, double lat, double *x, double *y) {
    double l = lon * DEG, p = lat * DEG;
    if (proj == ENT_MAP_EQUIRECTANGULAR) {
        *x = l;
        *y = p;
        return;
    }
    double p2 = p * p, p4 = p2 * p2;
    *x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
    *y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
}

static void to_px(const frame *f, double lon, double lat, double *px, double *py) {
    double x, y;
    project(f->proj, lon, lat, &x, &y);
    *px = (x - f->x0) * f->scale;
    *py = (f->y1 - y) * f->scale;
}

/* ---- the frame ---- */

typedef struct box {
    double x0, y0, x1, y1;
} box;

static void box_add(box *b, double x, double y) {
    if (x < b->x0) b->x0 = x;
    if (x > b->x1) b->x1 = x;
    if (y < b->y0) b->y0 = y;
    if (y > b->y1) b->y1 = y;
}

/* the projected box of a country's main rings: those of at least a tenth
 * of its largest ring's area (Russia without Kaliningrad and the part of
 * Chukotka past 180 degrees, France without French Guiana) */
static void country_box(const ent_map_world *w, const map_country *c, int proj, box *b) {
    double big = 0;
    for (size_t k = 0; k < c->nrings; k++)
        if (w->r[c->ring0 + k].area > big) big = w->r[c->ring0 + k].area;
    for (size_t k = 0; k < c->nrings; k++) {
        const map_ring *r = &w->r[c->ring0 + k];
        if (r->area < big / 10) continue;
        for (size_t i = 0; i < r->n; i++) {
            double x, y;
            project(proj, w->pt[2 * (r->start + i)], w->pt[2 * (r->start + i) + 1], &x, &y);
            box_add(b, x, y);
        }
    }
}

static int make_frame(const ent_map_world *w, const ent_map_opts *o, frame *f, ent_err *err) {
    f->proj = o->projection == ENT_MAP_EQUIRECTANGULAR ? ENT_MAP_EQUIRECTANGULAR : ENT_MAP_NATURAL_EARTH;
    f->width = o->width > 0 ? o->width : 960;
    box b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    double x, y;
    if (o->nzoom <= 0) {
        project(f->proj, -180, 0, &x, &y), box_add(&b, x, y);
        project(f->proj, 180, 0, &x, &y), box_add(&b, x, y);
        project(f->proj, 0, WORLD_NORTH, &x, &y), box_add(&b, x, y);
        project(f->proj, 0, WORLD_SOUTH, &x, &y), box_add(&b, x, y);
    } else {
        for (int i = 0; i < o->nzoom; i++) {
            const map_country *c = map_country_of(w, o->zoom[i]);
            if (!c) return ent_err_set(err, ENT_EUSAGE, NULL, 0, "no outline for country %s", o->zoom[i]);
            country_box(w, c, f->proj, &b);
        }
        /* a margin of a tenth, and a shape between 2.5:1 and 1:1 */
        double mx = (b.x1 - b.x0) / 10 + 0.02, my = (b.y1 - b.y0) / 10 + 0.02;
        b.x0 -= mx, b.x1 += mx, b.y0 -= my, b.y1 += my;
        double bw = b.x1 - b.x0, bh = b.y1 - b.y0;
        if (bh < bw / 2.5) b.y0 -= (bw / 2.5 - bh) / 2, b.y1 += (bw / 2.5 - bh) / 2;
        else if (bh > bw) b.x0 -= (bh - bw) / 2, b.x1 += (bh - bw) / 2;
    }
    f->x0 = b.x0;
    f->y1 = b.y1;
    f->scale = f->width / (b.x1 - b.x0);
    f->height = (int)lround((b.y1 - b.y0) * f->scale);
    return 0;
}

/* ---- writing ---- */

/* v with one decimal, "-0.0" written "0.0" */
static void num1(ent_buf *b, double v) {
    long t = lround(v * 10);
    if (t < 0) ent_buf_addc(b, '-'), t = -t;
    ent_buf_addu(b, (unsigned long long)(t / 10));
    ent_buf_addc(b, '.');
    ent_buf_addc(b, (char)('0' + t % 10));
}

static void xml_text(ent_buf *b, const char *s) {
    for (; s && *s; s++) switch (*s) {
        case '&': ent_buf_adds(b, "&amp;"); break;
        case '<': ent_buf_adds(b, "&lt;"); break;
        case '>': ent_buf_adds(b, "&gt;"); break;
        case '"': ent_buf_adds(b, "&quot;"); break;
        case '\'': ent_buf_adds(b, "&#39;"); break;
        default: ent_buf_addc(b, *s);
        }
}

/* Douglas-Peucker in pixels: keep[i] = 1 for the points of xy[0..n) that
 * a line within `tol` pixels of the ring needs (the two ends always) */
static void simplify(const double *xy, size_t n, double tol, unsigned char *keep, size_t *stack) {
    memset(keep, 0, n);
    keep[0] = keep[n - 1] = 1;
    size_t top = 0;
    stack[top++] = 0, stack[top++] = n - 1;
    while (top) {
        size_t b = stack[--top], a = stack[--top], far = 0;
        double dx = xy[2 * b] - xy[2 * a], dy = xy[2 * b + 1] - xy[2 * a + 1], l2 = dx * dx + dy * dy, md = -1;
        for (size_t i = a + 1; i < b; i++) {
            double px = xy[2 * i] - xy[2 * a], py = xy[2 * i + 1] - xy[2 * a + 1];
            double t = l2 > 0 ? (px * dx + py * dy) / l2 : 0;
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            double ex = px - t * dx, ey = py - t * dy, d = ex * ex + ey * ey;
            if (d > md) md = d, far = i;
        }
        if (md > tol * tol) {
            keep[far] = 1;
            stack[top++] = a, stack[top++] = far, stack[top++] = far, stack[top++] = b;
        }
    }
}

/* a ring as "M x y L x y ... Z", simplified to within 0.4 pixel (at
 * least three points kept: an island stays a shape) */
static void ring_path(const ent_map_world *w, const map_ring *r, const frame *f, ent_buf *b) {
    double *xy = ent_xmalloc(2 * r->n * sizeof *xy);
    unsigned char *keep = ent_xmalloc(r->n);
    size_t *stack = ent_xmalloc(4 * r->n * sizeof *stack), kept = 0;
    for (size_t i = 0; i < r->n; i++) to_px(f, w->pt[2 * (r->start + i)], w->pt[2 * (r->start + i) + 1], &xy[2 * i], &xy[2 * i + 1]);
    simplify(xy, r->n, 0.4, keep, stack);
    for (size_t i = 0; i < r->n; i++) kept += keep[i];
    for (size_t i = 1; kept < 3 && i < r->n; i++)
        if (!keep[i]) keep[i] = 1, kept++;
    kept = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (!keep[i]) continue;
        ent_buf_addc(b, kept++ ? 'L' : 'M');
        num1(b, xy[2 * i]);
        ent_buf_addc(b, ' ');
        num1(b, xy[2 * i + 1]);
    }
    ent_buf_addc(b, 'Z');
    free(xy);
    free(keep);
    free(stack);
}

static int country_visible(const ent_map_world *w, const map_country *c, const frame *f) {
    for (size_t k = 0; k < c->nrings; k++) {
        const map_ring *r = &w->r[c->ring0 + k];
        for (size_t i = 0; i < r->n; i++) {
            double x, y;
            to_px(f, w->pt[2 * (r->start + i)], w->pt[2 * (r->start + i) + 1], &x, &y);
            if (x >= 0 && x <= f->width && y >= 0 && y <= f->height) return 1;
        }
    }
    return 0;
}

static int in_zoom(const ent_map_opts *o, const char *iso3) {
    for (int i = 0; i < o->nzoom; i++)
        if (!strcmp(o->zoom[i], iso3)) return 1;
    return 0;
}

static void countries(const ent_map_world *w, const frame *f, const ent_map_opts *o, ent_buf *b) {
    ent_buf_adds(b, "<g class=\"countries\" fill=\"#dcdcdc\" stroke=\"#ffffff\" stroke-width=\"0.5\" fill-rule=\"evenodd\">\n");
    for (size_t i = 0; i < w->nc; i++) {
        const map_country *c = &w->c[i];
        if (!c->nrings || !country_visible(w, c, f)) continue;
        ent_buf_printf(b, "<path id=\"%s\" class=\"country%s\" data-name=\"", c->iso3, in_zoom(o, c->iso3) ? " focus\" fill=\"#c6d5e8" : "");
        xml_text(b, c->name);
        ent_buf_adds(b, "\" d=\"");
        for (size_t k = 0; k < c->nrings; k++) ring_path(w, &w->r[c->ring0 + k], f, b);
        ent_buf_adds(b, "\"/>\n");
    }
    ent_buf_adds(b, "</g>\n");
}

static int cmp_mark(const void *a, const void *b) {
    const ent_map_mark *x = *(const ent_map_mark *const *)a, *y = *(const ent_map_mark *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;   /* big ones below */
    int c = strcmp(x->place ? x->place : "", y->place ? y->place : "");
    if (c) return c;
    c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
    return c ? c : x->quad - y->quad;
}

static void one_mark(const ent_map_mark *m, const frame *f, long max, ent_buf *b) {
    double x, y, k = f->width / 960.0;
    to_px(f, m->lon, m->lat, &x, &y);
    int q = m->quad >= 1 && m->quad <= 4 ? m->quad : 0;
    ent_buf_printf(b, "<circle class=\"mark q%d\" cx=\"", q);
    num1(b, x);
    ent_buf_adds(b, "\" cy=\"");
    num1(b, y);
    ent_buf_adds(b, "\" r=\"");
    num1(b, (3 + 15 * sqrt((double)m->count / (double)max)) * k);
    ent_buf_printf(b, "\" fill=\"%s\" data-id=\"", quad_colour[q]);
    xml_text(b, m->id);
    ent_buf_adds(b, "\" data-place=\"");
    xml_text(b, m->place);
    ent_buf_printf(b, "\" data-count=\"%ld\" data-quad=\"%d\"><title>", m->count, q);
    xml_text(b, m->place);
    ent_buf_printf(b, ": %ld event%s (%s)</title></circle>\n", m->count, m->count == 1 ? "" : "s", quad_name[q]);
}

static void marks(const ent_map_mark *m, size_t n, const frame *f, ent_buf *b) {
    const ent_map_mark **v = ent_xmalloc((n ? n : 1) * sizeof *v);
    size_t k = 0;
    long max = 1;
    for (size_t i = 0; i < n; i++) {
        if (m[i].count < 1) continue;
        double x, y;
        to_px(f, m[i].lon, m[i].lat, &x, &y);
        if (x < 0 || x > f->width || y < 0 || y > f->height) continue;
        v[k++] = &m[i];
        if (m[i].count > max) max = m[i].count;
    }
    qsort(v, k, sizeof *v, cmp_mark);
    ent_buf_adds(b, "<g class=\"marks\" fill-opacity=\"0.8\" stroke=\"#ffffff\" stroke-width=\"0.75\">\n");
    for (size_t i = 0; i < k; i++) one_mark(v[i], f, max, b);
    ent_buf_adds(b, "</g>\n");
    free(v);
}

static void legend(const frame *f, const ent_map_opts *o, ent_buf *b) {
    int y = f->height - 78;
    if (!o->no_legend && f->width >= 400 && f->height >= 160) {
        ent_buf_printf(b, "<g class=\"legend\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333333\">\n"
                          "<rect x=\"6\" y=\"%d\" width=\"150\" height=\"72\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n", y);
        for (int q = 1; q <= 4; q++)
            ent_buf_printf(b, "<circle cx=\"16\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"26\" y=\"%d\">%s</text>\n",
                           y + 15 * q - 3, quad_colour[q], y + 15 * q + 1, quad_name[q]);
        ent_buf_adds(b, "</g>\n");
    }
    if (o->unplaced > 0)
        ent_buf_printf(b, "<text class=\"unplaced\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-family=\"sans-serif\" "
                          "font-size=\"11\" fill=\"#333333\">%ld event%s without a place (not drawn)</text>\n",
                       f->width - 8, f->height - 8, o->unplaced, o->unplaced == 1 ? "" : "s");
}

int ent_map_render(const ent_map_world *w, const ent_map_mark *m, size_t n, const ent_map_opts *o, ent_buf *out,
                   ent_err *err) {
    static const ent_map_opts defaults = {0};
    if (!o) o = &defaults;
    for (size_t i = 0; i < n; i++)
        if (!(m[i].lat >= -90 && m[i].lat <= 90 && m[i].lon >= -180 && m[i].lon <= 180))
            return ent_err_set(err, ENT_EUSAGE, NULL, 0, "mark %zu (%s) is not on the globe", i, m[i].place ? m[i].place : "");
    frame f = {0};
    if (make_frame(w, o, &f, err)) return err->code;
    ent_buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        "class=\"ent-map\" data-projection=\"%s\">\n",
                   f.width, f.height, f.width, f.height, f.proj == ENT_MAP_EQUIRECTANGULAR ? "equirectangular" : "natural-earth");
    if (o->title) {
        ent_buf_adds(out, "<title>");
        xml_text(out, o->title);
        ent_buf_adds(out, "</title>\n");
    }
    ent_buf_printf(out, "<rect class=\"sea\" width=\"%d\" height=\"%d\" fill=\"#f2f6fa\"/>\n", f.width, f.height);
    countries(w, &f, o, out);
    marks(m, n, &f, out);
    legend(&f, o, out);
    ent_buf_adds(out, "</svg>\n");
    return 0;
}
