/* Unit tests: the world map (src/map/): a made-up world rendered to an exact
 * SVG (tests/fixtures/geo/map/), and the real one: the marks for Moscow,
 * Beijing and Pyongyang lie inside the drawn RUS, CHN and PRK paths (a
 * point-in-polygon over the SVG's own path data) and run west to east. */
#define _POSIX_C_SOURCE 200809L
#include "../../src/map/map.h"
#include "t.h"

#include <stdlib.h>

#define FIXTURE "tests/fixtures/geo/map"

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    ent_buf b;
    ent_buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) ent_buf_add(&b, chunk, n);
    fclose(f);
    return b.p ? b.p : ent_xstrdup("");
}

/* the value of attribute `name` in the element that holds `anchor`, copied
 * into out; NULL when absent */
static const char *attr(const char *svg, const char *anchor, const char *name, char *out, size_t cap) {
    const char *a = strstr(svg, anchor);
    if (!a) return NULL;
    const char *start = a;
    while (start > svg && *start != '<') start--;
    const char *end = strchr(a, '>');
    char key[64];
    snprintf(key, sizeof key, " %s=\"", name);
    const char *v = strstr(start, key);
    if (!v || (end && v > end)) return NULL;
    v += strlen(key);
    size_t n = strcspn(v, "\"");
    snprintf(out, cap, "%.*s", (int)(n < cap ? n : cap - 1), v);
    return out;
}

/* even-odd point-in-polygon over SVG path data made of M, L and Z */
static int inside_path(const char *d, double px, double py) {
    double x0 = 0, y0 = 0, lx = 0, ly = 0;
    int in = 0, open = 0;
    for (const char *p = d; *p;) {
        char c = *p++;
        if (c == 'Z') {
            if (open && (ly > py) != (y0 > py) && px < (x0 - lx) * (py - ly) / (y0 - ly) + lx) in = !in;
            open = 0;
            continue;
        }
        char *e;
        double x = strtod(p, &e), y = strtod(e, &e);
        p = e;
        if (c == 'M') x0 = x, y0 = y, open = 1;
        else if ((ly > py) != (y > py) && px < (x - lx) * (py - ly) / (y - ly) + lx) in = !in;
        lx = x, ly = y;
    }
    return in;
}

static void fixture(void) {
    ent_err e;
    ent_map_world *w = ent_map_world_load(FIXTURE, &e);
    T_CHECK("fixture loads", w != NULL);
    if (!w) return;
    T_CHECK("fixture: 3 countries", ent_map_world_count(w) == 3);
    T_CHECK("contains: AAA centre", ent_map_world_contains(w, "AAA", 0, 0));
    T_CHECK("contains: not BBB's hole", !ent_map_world_contains(w, "BBB", 10, 30));
    T_CHECK("contains: BBB's ring", ent_map_world_contains(w, "BBB", 2, 22));
    ent_map_mark m[] = {{"m1", "Centre", 0, 0, 1, 4}, {"m2", "Hole <&> \"x\"", 10, 30, 3, 1},
                        {"m3", "Nowhere", 0, 0, 2, 0}, {"m4", "Far", 65, 155, 4, 2}};
    const char *zoom[] = {"AAA", "BBB"};
    ent_map_opts o = {480, ENT_MAP_EQUIRECTANGULAR, zoom, 2, "A & B", 5, 0};
    ent_buf b;
    ent_buf_init(&b);
    T_CHECK("fixture renders", ent_map_render(w, m, 4, &o, &b, &e) == 0);
    char *want = slurp(FIXTURE "/expected.svg");
    T_STREQ("fixture: exact SVG", b.p, want ? want : "(missing " FIXTURE "/expected.svg)");
    free(want);
    ent_buf_reset(&b);
    const char *nowhere[] = {"ZZZ"};
    ent_map_opts bad = {200, 0, nowhere, 1, NULL, 0, 0};
    T_CHECK("zoom to a country without an outline", ent_map_render(w, m, 4, &bad, &b, &e) == ENT_EUSAGE && b.len == 0);
    T_STREQ("its message", e.msg, "no outline for country ZZZ");
    ent_map_mark off = {"x", "Off", 91, 0, 1, 1};
    T_CHECK("a mark off the globe", ent_map_render(w, &off, 1, NULL, &b, &e) == ENT_EUSAGE && b.len == 0);
    ent_buf_free(&b);
    ent_map_world_free(w);
}

/* a mark's centre, found by its data-place */
static int mark_at(const char *svg, const char *place, double *x, double *y) {
    char anchor[128], v[64];
    snprintf(anchor, sizeof anchor, "data-place=\"%s\"", place);
    if (!attr(svg, anchor, "cx", v, sizeof v)) return 0;
    *x = atof(v);
    if (!attr(svg, anchor, "cy", v, sizeof v)) return 0;
    *y = atof(v);
    return 1;
}

static int mark_in(const char *svg, const char *place, const char *iso3) {
    char anchor[32], *d = malloc(1 << 20);
    double x, y;
    snprintf(anchor, sizeof anchor, "id=\"%s\"", iso3);
    int ok = mark_at(svg, place, &x, &y) && attr(svg, anchor, "d", d, 1 << 20) && inside_path(d, x, y);
    free(d);
    return ok;
}

static void real_world(void) {
    ent_err e;
    ent_map_world *w = ent_map_world_load(NULL, &e);
    T_CHECK("world loads", w != NULL);
    if (!w) return;
    char n[64];
    snprintf(n, sizeof n, "%zu countries", ent_map_world_count(w));
    T_STREQ("world: countries", n, "236 countries");
    T_STREQ("world: RUS name", ent_map_world_name(w, "RUS"), "Russia");
    T_CHECK("world: Moscow in RUS", ent_map_world_contains(w, "RUS", 55.75204, 37.61781));
    T_CHECK("world: Pyongyang not in CHN", !ent_map_world_contains(w, "CHN", 39.03385, 125.75432));
    ent_map_mark m[] = {{"1", "Pyongyang", 39.03385, 125.75432, 4, 3}, {"2", "Moscow", 55.75204, 37.61781, 1, 12},
                        {"3", "Beijing", 39.9075, 116.39723, 2, 5}};
    const char *zoom[] = {"RUS", "PRK"};
    for (int z = 0; z < 2; z++) {
        for (int proj = 0; proj < 2; proj++) {
            ent_map_opts o = {0, proj, z ? zoom : NULL, z ? 2 : 0, NULL, 0, 0};
            ent_buf b;
            ent_buf_init(&b);
            char name[96];
            snprintf(name, sizeof name, "%s, %s", z ? "RUS+PRK" : "world", proj ? "equirectangular" : "Natural Earth");
            T_CHECK(name, ent_map_render(w, m, 3, &o, &b, &e) == 0);
            double xm = 0, xb = 0, xp = 0, y;
            char what[160];
            snprintf(what, sizeof what, "%s: Moscow in RUS, Beijing in CHN, Pyongyang in PRK", name);
            T_CHECK(what, mark_in(b.p, "Moscow", "RUS") && mark_in(b.p, "Beijing", "CHN") && mark_in(b.p, "Pyongyang", "PRK"));
            snprintf(what, sizeof what, "%s: Moscow, Beijing, Pyongyang west to east", name);
            T_CHECK(what, mark_at(b.p, "Moscow", &xm, &y) && mark_at(b.p, "Beijing", &xb, &y) &&
                              mark_at(b.p, "Pyongyang", &xp, &y) && xm < xb && xb < xp);
            snprintf(what, sizeof what, "%s: Pyongyang not in CHN's path", name);
            T_CHECK(what, !mark_in(b.p, "Pyongyang", "CHN"));
            if (z) {
                snprintf(what, sizeof what, "%s: PRK in focus, BRA out of the frame", name);
                T_CHECK(what, strstr(b.p, "id=\"PRK\" class=\"country focus\"") && !strstr(b.p, "id=\"BRA\""));
            }
            ent_buf_free(&b);
        }
    }
    ent_map_world_free(w);
}

int main(void) {
    fixture();
    real_world();
    T_DONE();
}
