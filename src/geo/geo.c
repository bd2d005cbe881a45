/* geo.c - see geo.h: loading the gazetteer and looking names up.
 *
 * The files are read whole; fields are cut in place (TAB -> NUL) and the
 * places point into that text, so loading is a few scans and one hash insert
 * per name. Names sharing a folded form are chained from one hash cell. */
#define _POSIX_C_SOURCE 200809L
#include "geo_int.h"

#include "../base/buf.h"
#include "../text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* ---- folding ---- */

static size_t icu_fold(const char *s, size_t n, char *out, size_t cap) {
    UChar u1[GEO_KEY_MAX], u2[GEO_KEY_MAX];
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0, blen = 0;
    u_strFromUTF8(u1, GEO_KEY_MAX, &ulen, s, (int32_t)n, &st);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
    int32_t nlen = U_SUCCESS(st) ? unorm2_normalize(nfc, u1, ulen, u2, GEO_KEY_MAX, &st) : 0;
    int32_t flen = U_SUCCESS(st) ? u_strFoldCase(u1, GEO_KEY_MAX, u2, nlen, U_FOLD_CASE_DEFAULT, &st) : 0;
    if (U_SUCCESS(st)) u_strToUTF8(out, (int32_t)cap, &blen, u1, flen, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING || (size_t)blen >= cap) return 0;
    return (size_t)blen;
}

size_t geo_fold(const char *s, size_t n, char *out, size_t cap) {
    char tmp[GEO_KEY_MAX * 2];
    size_t i = 0, len;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) { /* ASCII */
        if (n >= sizeof tmp) return 0;
        for (i = 0; i < n; i++) tmp[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
        len = n;
    } else if (!(len = icu_fold(s, n, tmp, sizeof tmp))) return 0;
    /* apostrophes out (Kramators'k, Ma'rib); hyphens and dashes (- U+2010
     * U+2013 U+2014) and white space become one space */
    size_t o = 0;
    int space = 1;
    for (i = 0; i < len;) {
        unsigned char c = (unsigned char)tmp[i];
        size_t l3 = i + 2 < len && c == 0xE2 && (unsigned char)tmp[i + 1] == 0x80 ? (unsigned char)tmp[i + 2] : 0;
        size_t cl = 1;
        int sep = c == ' ' || c == '\t' || c == '-' || c == '\n', drop = c == '\'' || c == '`';
        if (l3) cl = 3, sep = l3 == 0x90 || l3 == 0x93 || l3 == 0x94, drop = l3 == 0x99;   /* ‐ – — ’ */
        else if (c == 0xCA && i + 1 < len && (unsigned char)tmp[i + 1] == 0xBC) cl = 2, drop = 1;   /* ʼ */
        if (sep) {
            if (!space && o + 1 < cap) out[o++] = ' ';
            space = 1;
        } else if (!drop) {
            if (o + cl >= cap) return 0;
            memcpy(out + o, tmp + i, cl);
            o += cl;
            space = 0;
        }
        i += cl;
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = 0;
    return o;
}

/* ---- reading the files ---- */

static char *read_all(const char *path, ent_err *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open the gazetteer file");
        return NULL;
    }
    ent_buf b;
    ent_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) ent_buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        ent_buf_free(&b);
        ent_err_set(err, ENT_EIO, path, 0, "cannot read the gazetteer file");
        return NULL;
    }
    return b.p ? b.p : ent_xstrdup("");
}

/* Cuts the next non-comment line of *pos into TAB-separated fields; returns
 * their count (0 at the end), *lineno the line's number. */
static int next_row(char **pos, long *lineno, char **fld, int max) {
    for (char *p = *pos; p && *p;) {
        char *eol = strchr(p, '\n');
        if (eol) *eol = 0;
        (*lineno)++;
        *pos = eol ? eol + 1 : NULL;
        size_t len = strlen(p);
        if (len && p[len - 1] == '\r') p[--len] = 0;
        if (len && p[0] != '#') {
            int n = 0;
            for (char *q = p; n < max;) {
                fld[n++] = q;
                char *t = strchr(q, '\t');
                if (!t) break;
                *t = 0;
                q = t + 1;
            }
            return n;
        }
        p = *pos;
    }
    return 0;
}

static const char *dash(const char *s) { return strcmp(s, "-") ? s : ""; }

/* ---- building the indexes ---- */

static void add_name(ent_geo *g, const char *name, size_t n, uint32_t place, int alt, const char *lang) {
    char k[GEO_KEY_MAX];
    if (!geo_fold(name, n, k, sizeof k) || ent_strmap_get(&g->not_places, k)) return;
    uint32_t *cell = ent_strmap_put(&g->by_name, k);
    for (uint32_t e = *cell; e; e = g->names[e - 1].next) {
        geo_name *x = &g->names[e - 1];
        if (x->place == place && !strcmp(x->lang, lang)) {
            if (!alt) x->alt = 0;
            return;
        }
    }
    if (g->nnames == g->capnames)
        g->names = ent_xrealloc(g->names, (g->capnames = g->capnames ? g->capnames * 2 : 65536) * sizeof *g->names);
    geo_name *x = &g->names[g->nnames++];
    memset(x, 0, sizeof *x);   /* the cache writes it whole, padding too */
    x->place = place;
    x->next = *cell;
    x->alt = (uint8_t)alt;
    size_t ll = strlen(lang) < sizeof x->lang - 1 ? strlen(lang) : sizeof x->lang - 1;
    memcpy(x->lang, lang, ll);
    x->lang[ll] = 0;
    *cell = (uint32_t)g->nnames;
    int words = 1;
    for (char *s = strchr(k, ' '); s; s = strchr(s + 1, ' ')) {
        words++;
        *s = 0;
        *ent_strmap_put(&g->prefixes, k) = 1;
        *s = ' ';
    }
    if (words > g->max_words) g->max_words = words;
}

/* names separated by ';' (places.txt ALTNAMES, names.txt NAMES) */
static void add_names(ent_geo *g, const char *list, uint32_t place, int alt, const char *lang) {
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ';');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && (*p == ' ')) p++, n--;
        while (n && p[n - 1] == ' ') n--;
        if (n) add_name(g, p, n, place, alt, lang);
        if (!e) break;
        p = e + 1;
    }
}

/* A decimal number as the files write it ([-]digits[.digits]): strtod is
 * slower (it weighs a third of the load) and follows the locale. Returns 0
 * when s is not such a number. */
static int parse_decimal(const char *s, double *out) {
    int neg = *s == '-', digits = 0;
    s += neg;
    double v = 0, scale = 1;
    for (; *s >= '0' && *s <= '9'; s++, digits++) v = v * 10 + (*s - '0');
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++, digits++) v += (*s - '0') * (scale /= 10);
    *out = neg ? -v : v;
    return digits > 0 && !*s;
}

static int parse_place(ent_geo *g, char **f, const char *path, long line, ent_err *err) {
    static const char *const feat[] = {"", "country", "city", "region"};
    int ft = 0;
    for (int i = 1; i <= 3; i++)
        if (!strcmp(f[1], feat[i])) ft = i;
    double lat, lon, pop;
    if (!ft || strlen(f[2]) != 3 || !parse_decimal(f[6], &lat) || !parse_decimal(f[7], &lon) ||
        !parse_decimal(f[8], &pop) || lat < -90 || lat > 90 || lon < -180 || lon > 180 || pop < 0)
        return ent_err_set(err, ENT_EFORMAT, path, line, "bad place (FEATURE, ISO3, LAT, LON or POPULATION)");
    uint32_t *cell = ent_strmap_put(&g->by_key, f[0]);
    if (*cell) return ent_err_set(err, ENT_EFORMAT, path, line, "place %s listed twice", f[0]);
    if (g->nplaces == g->capplaces)
        g->places = ent_xrealloc(g->places, (g->capplaces = g->capplaces ? g->capplaces * 2 : 32768) * sizeof *g->places);
    uint32_t idx = (uint32_t)g->nplaces++;
    *cell = idx + 1;
    ent_geo_place *p = &g->places[idx];
    memset(p, 0, sizeof *p);
    p->key = f[0];
    p->geonames_id = ft == ENT_GEO_CITY && f[0][0] >= '0' && f[0][0] <= '9' ? strtol(f[0], NULL, 10) : 0;
    p->feature = (uint8_t)ft;
    memcpy(p->iso3, f[2], 4);
    if (strlen(dash(f[3])) > 2) return ent_err_set(err, ENT_EFORMAT, path, line, "bad FIPS code");
    memcpy(p->fips, dash(f[3]), strlen(dash(f[3])) + 1);
    p->adm1 = dash(f[4]);
    p->gdelt_adm1 = dash(f[5]);
    p->lat = lat;
    p->lon = lon;
    p->population = (long)pop;
    p->name = f[9];
    p->ascii = dash(f[10]);
    p->region = dash(f[11]);
    add_name(g, p->name, strlen(p->name), idx, 0, "");
    if (*p->ascii) add_name(g, p->ascii, strlen(p->ascii), idx, 0, "");
    if (*dash(f[12])) add_names(g, f[12], idx, 1, "");
    return 0;
}

static int load_places(ent_geo *g, const char *dir, const char *file, int nfields, int slot, ent_err *err) {
    char path[1200];
    snprintf(path, sizeof path, "%s/geo/%s", dir, file);
    char *pos = g->bufs[slot] = read_all(path, err);
    if (!pos) return ENT_EIO;
    long line = 0;
    char *f[16];
    int n;
    while ((n = next_row(&pos, &line, f, 16))) {
        if (n != nfields) return ent_err_set(err, ENT_EFORMAT, path, line, "%d fields, %d expected", n, nfields);
        if (parse_place(g, f, path, line, err)) return err->code;
    }
    return 0;
}

static int load_names(ent_geo *g, const char *dir, ent_err *err) {
    char path[1200];
    snprintf(path, sizeof path, "%s/geo/names.txt", dir);
    char *pos = g->bufs[2] = read_all(path, err);
    if (!pos) return ENT_EIO;
    long line = 0;
    char *f[8];
    int n;
    while ((n = next_row(&pos, &line, f, 8))) {
        if (n != 4 || !*f[3]) return ent_err_set(err, ENT_EFORMAT, path, line, "want ID, LANG, NAMES and SOURCE");
        uint32_t i = ent_strmap_get(&g->by_key, f[0]);
        if (!i) return ent_err_set(err, ENT_EFORMAT, path, line, "no place %s in places.txt or extra.txt", f[0]);
        add_names(g, f[2], i - 1, 0, strcmp(f[1], "*") ? f[1] : "");
    }
    return 0;
}

static int load_not_places(ent_geo *g, const char *dir, ent_err *err) {
    char path[1200];
    snprintf(path, sizeof path, "%s/geo/not-places.txt", dir);
    char *pos = g->bufs[4] = read_all(path, err);
    if (!pos) return ENT_EIO;
    long line = 0;
    char *f[4], k[GEO_KEY_MAX];
    int n;
    while ((n = next_row(&pos, &line, f, 4))) {
        if (n != 2 || !*f[1]) return ent_err_set(err, ENT_EFORMAT, path, line, "want NAME and REASON");
        if (geo_fold(f[0], strlen(f[0]), k, sizeof k)) *ent_strmap_put(&g->not_places, k) = 1;
    }
    return 0;
}

static int load_region_words(ent_geo *g, const char *dir, ent_err *err) {
    char path[1200];
    snprintf(path, sizeof path, "%s/geo/region-words.txt", dir);
    char *pos = g->bufs[3] = read_all(path, err);
    if (!pos) return ENT_EIO;
    long line = 0;
    char *f[8];
    int n;
    while ((n = next_row(&pos, &line, f, 8))) {
        if (n != 3) return ent_err_set(err, ENT_EFORMAT, path, line, "want LANG, WORDS and SOURCE");
        for (char *w = strtok(f[1], ";"); w; w = strtok(NULL, ";")) {
            char k[GEO_KEY_MAX], key[GEO_KEY_MAX + 16];
            while (*w == ' ') w++;
            if (!geo_fold(w, strlen(w), k, sizeof k)) continue;
            snprintf(key, sizeof key, "%s\x1f%s", f[0], k);
            *ent_strmap_put(&g->region_words, key) = 1;
        }
    }
    return 0;
}

/* Regions by "ISO3.ADM1" and by the base of their name ("Kursk Oblast" ->
 * "kursk", the English region words); each city's region. */
static void index_regions(ent_geo *g) {
    char key[64], k[GEO_KEY_MAX], rw[GEO_KEY_MAX + 16];
    for (size_t i = 0; i < g->nplaces; i++) {
        const ent_geo_place *p = &g->places[i];
        if (p->feature != ENT_GEO_REGION || !*p->adm1) continue;
        snprintf(key, sizeof key, "%s.%s", p->iso3, p->adm1);
        *ent_strmap_put(&g->region_of_key, key) = (uint32_t)i + 1;
        char *last = geo_fold(p->name, strlen(p->name), k, sizeof k) ? strrchr(k, ' ') : NULL;
        if (!last) continue;
        snprintf(rw, sizeof rw, "en\x1f%s", last + 1);
        if (!ent_strmap_get(&g->region_words, rw)) continue;
        *last = 0;
        uint32_t *cell = ent_strmap_put(&g->region_base, k);
        if (!*cell || g->places[*cell - 1].population < p->population) *cell = (uint32_t)i + 1;
    }
    g->city_region = ent_xcalloc(g->nplaces ? g->nplaces : 1, sizeof *g->city_region);
    for (size_t i = 0; i < g->nplaces; i++) {
        const ent_geo_place *p = &g->places[i];
        if (p->feature != ENT_GEO_CITY || !*p->adm1) continue;
        snprintf(key, sizeof key, "%s.%s", p->iso3, p->adm1);
        g->city_region[i] = ent_strmap_get(&g->region_of_key, key);
    }
}

ent_geo *geo_new(void) {
    ent_geo *g = ent_xcalloc(1, sizeof *g);
    ent_strmap_init(&g->by_name);
    ent_strmap_init(&g->by_key);
    ent_strmap_init(&g->prefixes);
    ent_strmap_init(&g->region_base);
    ent_strmap_init(&g->region_of_key);
    ent_strmap_init(&g->region_words);
    ent_strmap_init(&g->not_places);
    return g;
}

ent_geo *ent_geo_load(const char *data_dir, ent_err *err) {
    const char *dir = data_dir ? data_dir : ent_data_dir();
    ent_geo *g = geo_new();
    if (load_not_places(g, dir, err) || load_places(g, dir, "places.txt", 13, 0, err) || load_places(g, dir, "extra.txt", 14, 1, err) ||
        load_names(g, dir, err) || load_region_words(g, dir, err)) {
        ent_geo_free(g);
        return NULL;
    }
    index_regions(g);
    return g;
}

void ent_geo_free(ent_geo *g) {
    if (!g) return;
    for (int i = 0; i < 5; i++) free(g->bufs[i]);
    free(g->places);
    free(g->names);
    free(g->city_region);
    ent_strmap_free(&g->by_name);
    ent_strmap_free(&g->by_key);
    ent_strmap_free(&g->prefixes);
    ent_strmap_free(&g->region_base);
    ent_strmap_free(&g->region_of_key);
    ent_strmap_free(&g->region_words);
    ent_strmap_free(&g->not_places);
    free(g);
}

size_t ent_geo_count(const ent_geo *g) { return g->nplaces; }
const ent_geo_place *ent_geo_at(const ent_geo *g, size_t i) { return i < g->nplaces ? &g->places[i] : NULL; }

const ent_geo_place *ent_geo_by_key(const ent_geo *g, const char *key) {
    uint32_t i = ent_strmap_get(&g->by_key, key);
    return i ? &g->places[i - 1] : NULL;
}

const ent_geo_place *ent_geo_region_of(const ent_geo *g, const ent_geo_place *p) {
    size_t i = (size_t)(p - g->places);
    if (i >= g->nplaces || !g->city_region[i]) return NULL;
    return &g->places[g->city_region[i] - 1];
}

/* ---- ranking ---- */

typedef struct cand {
    const ent_geo_place *p;
    int alt;
} cand;

/* < 0 when a ranks before b (see geo.h) */
static int rank_cmp(const cand *a, const cand *b, const char *iso3) {
    if (iso3) {
        int ia = !strcmp(a->p->iso3, iso3), ib = !strcmp(b->p->iso3, iso3);
        if (ia != ib) return ib - ia;
    }
    if (a->p->feature != b->p->feature) return a->p->feature - b->p->feature;
    if (a->alt != b->alt) return a->alt - b->alt;
    if (a->p->population != b->p->population) return a->p->population > b->p->population ? -1 : 1;
    return strcmp(a->p->key, b->p->key);
}

static int lang_ok(const char *entry, const char *lang) { return !*entry || !lang || !strcmp(entry, lang); }

#define MAX_CANDS 64

/* the places a folded key names, best first, in out[0..MAX_CANDS); returns
 * how many (a name of more places keeps the best MAX_CANDS) */
static int ranked(const ent_geo *g, const char *key, const char *lang, const char *iso3, cand *out) {
    int n = 0;
    for (uint32_t e = ent_strmap_get(&g->by_name, key); e; e = g->names[e - 1].next) {
        const geo_name *x = &g->names[e - 1];
        if (!lang_ok(x->lang, lang)) continue;
        cand c = {&g->places[x->place], x->alt};
        int dup = -1;
        for (int i = 0; i < n && dup < 0; i++)
            if (out[i].p == c.p) dup = i;
        if (dup >= 0) { /* listed for any language and for this one: keep the better */
            if (c.alt >= out[dup].alt) continue;
            memmove(&out[dup], &out[dup + 1], (size_t)(n - dup - 1) * sizeof *out);
            n--;
        }
        int at = n;
        while (at > 0 && rank_cmp(&c, &out[at - 1], iso3) < 0) at--;
        if (at >= MAX_CANDS) continue;
        if (n == MAX_CANDS) n--;
        memmove(&out[at + 1], &out[at], (size_t)(n - at) * sizeof *out);
        out[at] = c;
        n++;
    }
    return n;
}

const ent_geo_place *geo_best_folded(const ent_geo *g, const char *key, const char *lang, const char *iso3) {
    cand c[MAX_CANDS];
    return ranked(g, key, lang, iso3, c) ? c[0].p : NULL;
}

int ent_geo_lookup_folded(const ent_geo *g, const char *key, const char *lang, const char *iso3,
                          const ent_geo_place **out, int max) {
    cand c[MAX_CANDS];
    int n = ranked(g, key, lang, iso3, c);
    for (int i = 0; i < max && i < n; i++) out[i] = c[i].p;
    return n;
}

int ent_geo_lookup(const ent_geo *g, const char *name, const char *lang, const char *iso3,
                   const ent_geo_place **out, int max) {
    char k[GEO_KEY_MAX];
    if (!geo_fold(name, strlen(name), k, sizeof k)) return 0;
    cand c[MAX_CANDS];
    int n = ranked(g, k, lang, iso3, c);
    for (int i = 0; i < max && i < n; i++) out[i] = c[i].p;
    return n;
}

const ent_geo_place *ent_geo_best(const ent_geo *g, const char *name, const char *lang, const char *iso3) {
    const ent_geo_place *p = NULL;
    return ent_geo_lookup(g, name, lang, iso3, &p, 1) ? p : NULL;
}

/* ---- GDELT ---- */

int ent_geo_gdelt_type(const ent_geo_place *p) {
    int us = !strcmp(p->iso3, "USA");
    switch (p->feature) {
    case ENT_GEO_COUNTRY: return 1;
    case ENT_GEO_REGION: return us ? 2 : 5;
    default: return us ? 3 : 4;
    }
}

const char *ent_geo_feature_id(const ent_geo_place *p, char *buf, size_t cap) {
    if (p->feature == ENT_GEO_COUNTRY) snprintf(buf, cap, "%s", p->fips);
    else if (p->feature == ENT_GEO_REGION) snprintf(buf, cap, "%s", p->gdelt_adm1);
    else if (p->geonames_id) snprintf(buf, cap, "%ld", p->geonames_id);
    else snprintf(buf, cap, "%s", p->key);
    return buf;
}

const char *ent_geo_feature_name(int feature) {
    return feature == ENT_GEO_COUNTRY ? "country" : feature == ENT_GEO_REGION ? "region" : "city";
}
