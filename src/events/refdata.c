/* refdata.c - see refdata.h. */
#define _POSIX_C_SOURCE 200809L
#include "refdata.h"

#include "../base/buf.h"
#include "../base/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ent_refdata {
    ent_country *c;
    size_t nc;
    ent_strmap country, types, groups, plover;
    ent_plover *pl;
    size_t npl;
    ent_arena ar;
};

static int read_rows(ent_refdata *r, const char *path, int want, void (*row)(ent_refdata *, char **), ent_err *err) {
    FILE *f = fopen(path, "r");
    if (!f) return ent_err_set(err, ENT_EIO, path, 0, "cannot open reference table");
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\r\n")] = 0;
        char *fld[12];
        int n = 0;
        for (char *p = line; n < 12;) {
            fld[n++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        if (n >= want) row(r, fld);
    }
    fclose(f);
    return 0;
}

static void country_row(ent_refdata *r, char **f) {
    r->c = ent_xrealloc(r->c, (r->nc + 1) * sizeof *r->c);
    ent_country *c = &r->c[r->nc++];
    memset(c, 0, sizeof *c);
    snprintf(c->iso3, sizeof c->iso3, "%s", f[0]);
    snprintf(c->iso2, sizeof c->iso2, "%s", f[1]);
    snprintf(c->fips, sizeof c->fips, "%s", strcmp(f[3], "-") ? f[3] : "");
    c->lat = atof(f[4]);
    c->lon = atof(f[5]);
    c->capital = ent_arena_strdup(&r->ar, f[6]);
    c->name = ent_arena_strdup(&r->ar, f[7]);
}

static void type_row(ent_refdata *r, char **f) { *ent_strmap_put(&r->types, f[0]) = 1; }
static void group_row(ent_refdata *r, char **f) { *ent_strmap_put(&r->groups, f[0]) = 1; }

static const char *dash_null(ent_refdata *r, const char *s) { return !strcmp(s, "-") || !*s ? NULL : ent_arena_strdup(&r->ar, s); }

static void plover_row(ent_refdata *r, char **f) {
    r->pl = ent_xrealloc(r->pl, (r->npl + 1) * sizeof *r->pl);
    ent_plover *p = &r->pl[r->npl++];
    p->type = ent_arena_strdup(&r->ar, f[1]);
    p->mode = dash_null(r, f[2]);
    p->context = dash_null(r, f[3]);
    *ent_strmap_put(&r->plover, f[0]) = (uint32_t)r->npl;
}

ent_refdata *ent_refdata_load(const char *dir, ent_err *err) {
    ent_refdata *r = ent_xcalloc(1, sizeof *r);
    ent_arena_init(&r->ar, 64 * 1024);
    ent_strmap_init(&r->country);
    ent_strmap_init(&r->types);
    ent_strmap_init(&r->groups);
    ent_strmap_init(&r->plover);
    char p[1200];
    snprintf(p, sizeof p, "%s/geo/countries.txt", dir);
    int rc = read_rows(r, p, 8, country_row, err);
    snprintf(p, sizeof p, "%s/cameo/types.txt", dir);
    rc = rc ? rc : read_rows(r, p, 1, type_row, err);
    snprintf(p, sizeof p, "%s/cameo/groups.txt", dir);
    rc = rc ? rc : read_rows(r, p, 1, group_row, err);
    snprintf(p, sizeof p, "%s/cameo/plover.txt", dir);
    rc = rc ? rc : read_rows(r, p, 4, plover_row, err);
    if (rc) {
        ent_refdata_free(r);
        return NULL;
    }
    for (size_t i = 0; i < r->nc; i++) *ent_strmap_put(&r->country, r->c[i].iso3) = (uint32_t)i + 1;
    return r;
}

void ent_refdata_free(ent_refdata *r) {
    if (!r) return;
    free(r->c);
    free(r->pl);
    ent_strmap_free(&r->country);
    ent_strmap_free(&r->types);
    ent_strmap_free(&r->groups);
    ent_strmap_free(&r->plover);
    ent_arena_free(&r->ar);
    free(r);
}

const ent_country *ent_refdata_country(const ent_refdata *r, const char *iso3) {
    uint32_t i = ent_strmap_get(&r->country, iso3);
    return i ? &r->c[i - 1] : NULL;
}

int ent_refdata_is_type(const ent_refdata *r, const char *c) { return ent_strmap_get(&r->types, c) != 0; }
int ent_refdata_is_group(const ent_refdata *r, const char *c) { return ent_strmap_get(&r->groups, c) != 0; }

const ent_plover *ent_refdata_plover(const ent_refdata *r, const char *cameo) {
    char k[8];
    for (size_t l = strlen(cameo); l >= 2; l--) {
        snprintf(k, sizeof k, "%.*s", (int)l, cameo);
        uint32_t i = ent_strmap_get(&r->plover, k);
        if (i) return &r->pl[i - 1];
    }
    return NULL;
}

void ent_refdata_split(const ent_refdata *r, const char *code, char country[4], char group[4], char types[3][4]) {
    country[0] = group[0] = 0;
    for (int i = 0; i < 3; i++) types[i][0] = 0;
    size_t n = strlen(code), i = 0;
    int nt = 0;
    if (n >= 3) {
        char c3[4] = {code[0], code[1], code[2], 0};
        if (ent_refdata_country(r, c3)) {
            memcpy(country, c3, 4);
            i = 3;
        }
    }
    for (; i + 3 <= n; i += 3) {
        char c3[4] = {code[i], code[i + 1], code[i + 2], 0};
        if (ent_refdata_is_type(r, c3) && nt < 3) memcpy(types[nt++], c3, 4);
        else if (ent_refdata_is_group(r, c3) && !group[0]) memcpy(group, c3, 4);
    }
}
