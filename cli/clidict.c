/* clidict.c - dictionary options shared by the commands that match actors. */
#include "clidict.h"

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

ent_dict *clidict_open(clidict *c, ent_text *t) {
    ent_err err;
    ent_err_clear(&err);
    ent_dict *d = ent_dict_new(t, NULL, &c->opts);
    if (ent_dict_load_builtin(d, &cli_diag_sink, &err)) {
        cli_err(&err);
        ent_dict_free(d);
        return NULL;
    }
    for (int i = 0; i < c->nfiles; i++) {
        if (ent_dict_load_file(d, c->files[i], NULL, c->agents[i], &cli_diag_sink, &err) < 0) {
            cli_err(&err);
            ent_dict_free(d);
            return NULL;
        }
    }
    return d;
}
