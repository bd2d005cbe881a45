/* world.c - see map.h: reading the country outlines (data/geo/world.txt). */
#define _POSIX_C_SOURCE 200809L
#include "map_int.h"

#include "../text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* a [-]digits[.digits] number, locale-free; the end of it in *end */
static int number(const char *s, double *out, const char **end) {
    int neg = *s == '-', digits = 0;
    s += neg;
    double v = 0, scale = 1;
    for (; *s >= '0' && *s <= '9'; s++, digits++) v = v * 10 + (*s - '0');
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++, digits++) v += (*s - '0') * (scale /= 10);
    *out = neg ? -v : v;
    *end = s;
    return digits > 0;
}

static void add_point(ent_map_world *w, double lon, double lat) {
    if (w->npt == w->cappt) w->pt = ent_xrealloc(w->pt, (w->cappt = w->cappt ? w->cappt * 2 : 65536) * 2 * sizeof *w->pt);
    w->pt[2 * w->npt] = lon;
    w->pt[2 * w->npt + 1] = lat;
    w->npt++;
}

/* "lon,lat lon,lat ..." into a new ring of the last country */
static int parse_ring(ent_map_world *w, const char *s) {
    if (!w->nc) return -1;
    if (w->nr == w->capr) w->r = ent_xrealloc(w->r, (w->capr = w->capr ? w->capr * 2 : 4096) * sizeof *w->r);
    map_ring *r = &w->r[w->nr];
    r->start = w->npt;
    double area = 0;
    while (*s) {
        double lon, lat;
        const char *e;
        if (!number(s, &lon, &e) || *e != ',' || !number(e + 1, &lat, &e) || (*e && *e != ' ')) return -1;
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return -1;
        add_point(w, lon, lat);
        s = *e ? e + 1 : e;
    }
    r->n = w->npt - r->start;
    if (r->n < 3) return -1;
    for (size_t i = 0, j = r->n - 1; i < r->n; j = i++) {
        const double *a = &w->pt[2 * (r->start + i)], *b = &w->pt[2 * (r->start + j)];
        area += (b[0] - a[0]) * (b[1] + a[1]);
    }
    r->area = area < 0 ? -area / 2 : area / 2;
    w->nr++;
    w->c[w->nc - 1].nrings++;
    return 0;
}

static int parse_country(ent_map_world *w, char *line) {
    char *f[4];
    int n = 0;
    for (char *p = line; n < 4;) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = 0;
        p = t + 1;
    }
    if (n != 4 || strlen(f[1]) != 3 || ent_strmap_get(&w->idx, f[1])) return -1;
    if (w->nc == w->capc) w->c = ent_xrealloc(w->c, (w->capc = w->capc ? w->capc * 2 : 256) * sizeof *w->c);
    map_country *c = &w->c[w->nc++];
    memcpy(c->iso3, f[1], 4);
    c->name = ent_xstrdup(f[3]);
    c->ring0 = w->nr;
    c->nrings = 0;
    *ent_strmap_put(&w->idx, f[1]) = (uint32_t)w->nc;
    return 0;
}

static int load_lines(ent_map_world *w, FILE *f, const char *path, ent_err *err) {
    ent_buf line;
    ent_buf_init(&line);
    long lineno = 0;
    int c, rc = 0;
    while (!rc) {
        ent_buf_reset(&line);
        while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(&line, (char)c);
        if (c == EOF && !line.len) break;
        lineno++;
        if (!line.len || line.p[0] == '#') continue;
        if (!strncmp(line.p, "C\t", 2)) rc = parse_country(w, line.p);
        else if (!strncmp(line.p, "R\t", 2)) rc = parse_ring(w, line.p + 2);
        else rc = -1;
        if (rc) ent_err_set(err, ENT_EFORMAT, path, lineno, "bad outline line (C ISO3 NUMERIC NAME, or R lon,lat ...)");
    }
    if (!rc && ferror(f)) rc = ent_err_set(err, ENT_EIO, path, 0, "cannot read the outlines");
    ent_buf_free(&line);
    return rc ? ENT_EFORMAT : 0;
}

static int cmp_country(const void *a, const void *b) {
    return strcmp(((const map_country *)a)->iso3, ((const map_country *)b)->iso3);
}

ent_map_world *ent_map_world_load(const char *data_dir, ent_err *err) {
    char path[1200];
    snprintf(path, sizeof path, "%s/geo/world.txt", data_dir ? data_dir : ent_data_dir());
    FILE *f = fopen(path, "rb");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open the country outlines");
        return NULL;
    }
    ent_map_world *w = ent_xcalloc(1, sizeof *w);
    ent_strmap_init(&w->idx);
    int rc = load_lines(w, f, path, err);
    fclose(f);
    if (rc) {
        ent_map_world_free(w);
        return NULL;
    }
    qsort(w->c, w->nc, sizeof *w->c, cmp_country);
    for (size_t i = 0; i < w->nc; i++) *ent_strmap_put(&w->idx, w->c[i].iso3) = (uint32_t)i + 1;
    return w;
}

void ent_map_world_free(ent_map_world *w) {
    if (!w) return;
    for (size_t i = 0; i < w->nc; i++) free(w->c[i].name);
    free(w->c);
    free(w->r);
    free(w->pt);
    ent_strmap_free(&w->idx);
    free(w);
}

size_t ent_map_world_count(const ent_map_world *w) { return w->nc; }
const char *ent_map_world_iso3(const ent_map_world *w, size_t i) { return i < w->nc ? w->c[i].iso3 : NULL; }

const map_country *map_country_of(const ent_map_world *w, const char *iso3) {
    uint32_t i = ent_strmap_get(&w->idx, iso3);
    return i ? &w->c[i - 1] : NULL;
}

const char *ent_map_world_name(const ent_map_world *w, const char *iso3) {
    const map_country *c = map_country_of(w, iso3);
    return c ? c->name : NULL;
}

int ent_map_world_contains(const ent_map_world *w, const char *iso3, double lat, double lon) {
    const map_country *c = map_country_of(w, iso3);
    int in = 0;
    for (size_t k = 0; c && k < c->nrings; k++) {
        const map_ring *r = &w->r[c->ring0 + k];
        const double *p = &w->pt[2 * r->start];
        for (size_t i = 0, j = r->n - 1; i < r->n; j = i++)
            if ((p[2 * i + 1] > lat) != (p[2 * j + 1] > lat) &&
                lon < (p[2 * j] - p[2 * i]) * (lat - p[2 * i + 1]) / (p[2 * j + 1] - p[2 * i + 1]) + p[2 * i])
                in = !in;
    }
    return in;
}
