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

/* for `entente eval` (cmd_eval.c) */
void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e) { ent_report_event_json(o, a, e); }
