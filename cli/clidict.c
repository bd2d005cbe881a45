/* clidict.c - dictionary options shared by the commands that match actors. */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/base/buf.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

void clidict_init(clidict *c) { memset(c, 0, sizeof *c); }

int clidict_option(clidict *c, int opt, const char *arg) {
    switch (opt) {
    case CLIDICT_ACTORS:
    case CLIDICT_AGENTS:
        if (c->nfiles < CLIDICT_MAX_FILES) {
            c->files[c->nfiles] = arg;
            c->agents[c->nfiles++] = opt == CLIDICT_AGENTS;
        }
        return 1;
    case CLIDICT_NO_BUILTIN: c->opts.no_builtin = 1; return 1;
    case CLIDICT_ALL_LANGS: c->opts.all_languages = 1; return 1;
    }
    return 0;
}

/* Forwards diagnostics and keeps a copy for the cache. */
typedef struct recorder {
    ent_dict_diag *v;
    size_t n;
} recorder;

static void record(void *ud, enum ent_severity sev, const char *file, long line, const char *msg) {
    recorder *r = ud;
    cli_diag(NULL, sev, file, line, msg);
    r->v = ent_xrealloc(r->v, (r->n + 1) * sizeof *r->v);
    r->v[r->n].file = ent_xstrdup(file ? file : "");
    r->v[r->n].msg = ent_xstrdup(msg);
    r->v[r->n].line = line;
    r->n++;
}

/* <data>/.cache when it is writable, else $XDG_CACHE_HOME/entente or ~/.cache/entente */
static int cache_path(uint64_t key, char *out, size_t cap) {
    const char *dirs[3] = {NULL, NULL, NULL};
    char d0[1100], d1[1100];
    snprintf(d0, sizeof d0, "%s/.cache", ent_data_dir());
    dirs[0] = d0;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && *xdg) snprintf(d1, sizeof d1, "%s/entente", xdg), dirs[1] = d1;
    else if (home && *home) snprintf(d1, sizeof d1, "%s/.cache/entente", home), dirs[1] = d1;
    for (int i = 0; i < 2 && dirs[i]; i++) {
        mkdir(dirs[i], 0755);
        if (access(dirs[i], W_OK) == 0) {
            snprintf(out, cap, "%s/dict-%016llx.bin", dirs[i], (unsigned long long)key);
            return 0;
        }
    }
    return -1;
}

ent_dict *clidict_open(clidict *c, ent_text *t) {
    ent_err err;
    ent_err_clear(&err);
    const char *nc = getenv("ENTENTE_NO_CACHE");
    int use_cache = !(nc && *nc && strcmp(nc, "0"));
    char path[1300];
    uint64_t key = 0;
    if (use_cache) {
        key = ent_dict_cache_key(ent_data_dir(), c->files, c->agents, c->nfiles, !c->opts.no_builtin);
        key ^= (uint64_t)c->opts.all_languages * 0x9E3779B97F4A7C15ull;
        use_cache = cache_path(key, path, sizeof path) == 0;
    }
    ent_dict *d = ent_dict_new(t, NULL, &c->opts);
    if (use_cache && ent_dict_cache_load(d, path, key, &cli_diag_sink) == 0) return d;
    if (use_cache) {   /* a half-read cache: start from a clean dict */
        ent_dict_free(d);
        d = ent_dict_new(t, NULL, &c->opts);
    }
    recorder rec = {0};
    ent_diag dg = {record, &rec};
    int failed = 0;
    if (ent_dict_load_builtin(d, &dg, &err)) {
        cli_err(&err);
        failed = 1;
    }
    for (int i = 0; !failed && i < c->nfiles; i++) {
        if (ent_dict_load_file(d, c->files[i], NULL, c->agents[i], &dg, &err) < 0) {
            cli_err(&err);
            failed = 1;
        }
    }
    if (!failed && use_cache) ent_dict_cache_save(d, path, key, rec.v, rec.n);
    for (size_t i = 0; i < rec.n; i++) {
        free((char *)rec.v[i].file);
        free((char *)rec.v[i].msg);
    }
    free(rec.v);
    if (failed) {
        ent_dict_free(d);
        return NULL;
    }
    return d;
}
