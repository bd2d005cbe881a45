/* clidict.c - dictionary options shared by the commands that match actors. */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/base/buf.h"
#include "../src/report/report.h"

#include <stdlib.h>
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

void clidict_verb(clidict *c, const char *path) {
    if (c->nverbs < CLIDICT_MAX_VERBS) c->verbs[c->nverbs++] = path;
}

void clidict_pipeline_opts(const clidict *c, ent_pipeline_opts *o) {
    memset(o, 0, sizeof *o);
    o->dict = c->opts;
    o->dict_files = c->files;
    o->dict_agents = c->agents;
    o->ndict = c->nfiles;
    o->verb_files = c->verbs;
    o->nverb = c->nverbs;
    const char *nc = getenv("ENTENTE_NO_CACHE");
    o->no_cache = nc && *nc && strcmp(nc, "0");
    o->diag = &cli_diag_sink;
}

ent_dict *clidict_open(clidict *c, ent_text *t) {
    ent_pipeline_opts o;
    clidict_pipeline_opts(c, &o);
    ent_err err;
    ent_err_clear(&err);
    ent_dict *d = ent_pipeline_dict_open(t, &o, &err);
    if (!d) cli_err(&err);
    return d;
}

/* ---- the pipeline of `entente eval` ---- */

typedef struct eval_pipe {
    clidict cd;
    ent_pipeline_opts o;
    ent_pipeline *p;
    ent_result r;
} eval_pipe;

void *cli_pipeline_new(clidict *cd) {
    eval_pipe *e = ent_xcalloc(1, sizeof *e);
    e->cd = *cd;
    clidict_pipeline_opts(&e->cd, &e->o);
    ent_err err;
    ent_err_clear(&err);
    if (!(e->p = ent_pipeline_open(&e->o, &err))) {
        cli_err(&err);
        free(e);
        return NULL;
    }
    ent_result_init(&e->r);
    return e;
}

void cli_pipeline_free(void *pipe) {
    eval_pipe *e = pipe;
    if (!e) return;
    ent_result_free(&e->r);
    ent_pipeline_close(e->p);
    free(e);
}

int cli_pipeline_code(void *pipe, const ent_article *a, const char *lang, ent_arena *ar, ent_event **ev, size_t *n) {
    (void)ar;   /* the events live in the pipeline's result */
    eval_pipe *e = pipe;
    ent_err err;
    ent_err_clear(&err);
    ent_code_opts co = {.lang = lang};
    if (ent_pipeline_code(e->p, a, &co, &e->r, &err)) return -1;
    *ev = e->r.events;
    *n = e->r.nevents;
    return 0;
}

void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e) { ent_report_event_json(o, a, e); }
