/* codebook.c - see codebook.h. */
#define _POSIX_C_SOURCE 200809L
#include "codebook.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ent_codebook {
    ent_cameo *v;
    size_t n;
};

static int cmp_code(const void *a, const void *b) {
    return strcmp(((const ent_cameo *)a)->code, ((const ent_cameo *)b)->code);
}

ent_codebook *ent_codebook_load(const char *data_dir, ent_err *err) {
    char path[1024];
    snprintf(path, sizeof path, "%s/cameo/events.txt", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open the CAMEO codebook");
        return NULL;
    }
    ent_codebook *cb = ent_xcalloc(1, sizeof *cb);
    size_t cap = 0;
    char line[512];
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\r\n")] = 0;
        char *fld[6];
        int k = 0;
        for (char *p = line; k < 6; k++) {
            fld[k] = p;
            char *tab = k < 5 ? strchr(p, '\t') : NULL;
            if (k < 5 && !tab) break;
            if (tab) *tab = 0, p = tab + 1;
        }
        if (k < 6 || strlen(fld[0]) < 2 || strlen(fld[0]) > 4) {
            ent_err_set(err, ENT_EFORMAT, path, ln, "expected CODE ROOT BASE GOLDSTEIN QUAD NAME");
            fclose(f);
            ent_codebook_free(cb);
            return NULL;
        }
        if (cb->n == cap) cb->v = ent_xrealloc(cb->v, (cap = cap ? cap * 2 : 512) * sizeof *cb->v);
        ent_cameo *c = &cb->v[cb->n++];
        memset(c, 0, sizeof *c);
        snprintf(c->code, sizeof c->code, "%s", fld[0]);
        snprintf(c->root, sizeof c->root, "%.2s", fld[1]);
        snprintf(c->base, sizeof c->base, "%.3s", fld[2]);
        c->goldstein = strtod(fld[3], NULL);
        c->quad = atoi(fld[4]);
        c->name = ent_xstrdup(fld[5]);
    }
    fclose(f);
    qsort(cb->v, cb->n, sizeof *cb->v, cmp_code);
    return cb;
}

void ent_codebook_free(ent_codebook *cb) {
    if (!cb) return;
    for (size_t i = 0; i < cb->n; i++) free((char *)cb->v[i].name);
    free(cb->v);
    free(cb);
}

const ent_cameo *ent_codebook_get(const ent_codebook *cb, const char *code) {
    ent_cameo key;
    snprintf(key.code, sizeof key.code, "%s", code);
    return bsearch(&key, cb->v, cb->n, sizeof *cb->v, cmp_code);
}

size_t ent_codebook_count(const ent_codebook *cb) { return cb->n; }
