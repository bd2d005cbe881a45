/* dicts.c - the actor and agent dictionaries of a pipeline, through the
 * compiled cache (ent_pipeline_dict_open; see pipeline.h). */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include "../base/buf.h"
#include "../base/datadir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Forwards diagnostics and keeps a copy for the cache, which replays them
 * on every load (warnings do not vanish once a dictionary is cached). */
typedef struct recorder {
    const ent_diag *to;
    ent_dict_diag *v;
    size_t n;
} recorder;

static void record(void *ud, enum ent_severity sev, const char *file, long line, const char *msg) {
    recorder *r = ud;
    if (r->to && r->to->fn) r->to->fn(r->to->ud, sev, file, line, msg);
    r->v = ent_xrealloc(r->v, (r->n + 1) * sizeof *r->v);
    r->v[r->n].file = ent_xstrdup(file ? file : "");
    r->v[r->n].msg = ent_xstrdup(msg);
    r->v[r->n].line = line;
    r->n++;
}

static void recorder_free(recorder *r) {
    for (size_t i = 0; i < r->n; i++) {
        free((char *)r->v[i].file);
        free((char *)r->v[i].msg);
    }
    free(r->v);
}

/* <data>/.cache when it is writable, else $XDG_CACHE_HOME/entente or ~/.cache/entente */
static int cache_path(const char *data_dir, uint64_t key, char *out, size_t cap) {
    char dirs[2][1100];
    int nd = 0;
    snprintf(dirs[nd++], sizeof dirs[0], "%s/.cache", data_dir);
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && *xdg) snprintf(dirs[nd++], sizeof dirs[0], "%.1000s/entente", xdg);
    else if (home && *home) snprintf(dirs[nd++], sizeof dirs[0], "%.1000s/.cache/entente", home);
    for (int i = 0; i < nd; i++) {
        mkdir(dirs[i], 0755);   /* may exist, or not be creatable: access() decides */
        if (access(dirs[i], W_OK) != 0) continue;
        int n = snprintf(out, cap, "%s/dict-%016llx.bin", dirs[i], (unsigned long long)key);
        if (n > 0 && (size_t)n < cap) return 0;
    }
    return -1;
}

/* Loads the built-in dictionaries and the extra files into d. */
static int load_all(ent_dict *d, const ent_pipeline_opts *o, const ent_diag *dg, ent_err *err) {
    if (ent_dict_load_builtin(d, dg, err)) return -1;
    for (int i = 0; i < o->ndict; i++)
        if (ent_dict_load_file(d, o->dict_files[i], NULL, o->dict_agents[i], dg, err) < 0) return -1;
    return 0;
}

ent_dict *ent_pipeline_dict_open(ent_text *t, const ent_pipeline_opts *o, ent_err *err) {
    const char *data_dir = o->data_dir ? o->data_dir : ent_data_dir();
    char path[1300];
    uint64_t key = 0;
    int use_cache = !o->no_cache;
    if (use_cache) {
        key = ent_dict_cache_key(data_dir, o->dict_files, o->dict_agents, o->ndict, !o->dict.no_builtin);
        key ^= (uint64_t)o->dict.all_languages * 0x9E3779B97F4A7C15ull;
        use_cache = cache_path(data_dir, key, path, sizeof path) == 0;
    }
    ent_dict *d = ent_dict_new(t, data_dir, &o->dict);
    if (use_cache && ent_dict_cache_load(d, path, key, o->diag) == 0) return d;
    if (use_cache) {   /* a half-read cache: start from a clean dict */
        ent_dict_free(d);
        d = ent_dict_new(t, data_dir, &o->dict);
    }
    recorder rec = {o->diag, NULL, 0};
    ent_diag dg = {record, &rec};
    int failed = load_all(d, o, &dg, err);
    /* a cache that cannot be written is only slower next time */
    if (!failed && use_cache) (void)ent_dict_cache_save(d, path, key, rec.v, rec.n);
    recorder_free(&rec);
    if (failed) {
        ent_dict_free(d);
        return NULL;
    }
    return d;
}
