/* clidict.h - the dictionary flags (--actors, --agents, --no-builtin,
 * --all-languages) shared by `actors`, `code` and `dict`. */
#ifndef ENT_CLIDICT_H
#define ENT_CLIDICT_H

#include "cli.h"
#include "../src/dict/dict.h"

#define CLIDICT_MAX_FILES 64
enum { CLIDICT_ACTORS = 1000, CLIDICT_AGENTS, CLIDICT_NO_BUILTIN, CLIDICT_ALL_LANGS };

#define CLIDICT_LONGOPTS                                                                  \
    {"actors", required_argument, 0, CLIDICT_ACTORS}, {"agents", required_argument, 0, CLIDICT_AGENTS}, \
        {"no-builtin", no_argument, 0, CLIDICT_NO_BUILTIN}, {"all-languages", no_argument, 0, CLIDICT_ALL_LANGS}

#define CLIDICT_HELP                                                                         \
    "  --actors PATH      add an actors dictionary (own format, or TABARI/PETRARCH .actors)\n" \
    "  --agents PATH      add an agents dictionary (own format, or TABARI/PETRARCH .agents)\n" \
    "  --no-builtin       do not load data/actors and data/agents\n"                          \
    "  --all-languages    country names of every CLDR locale, not just the article's\n"

typedef struct clidict {
    ent_dict_opts opts;
    const char *files[CLIDICT_MAX_FILES];
    int agents[CLIDICT_MAX_FILES];
    int nfiles;
} clidict;

void clidict_init(clidict *c);
int clidict_option(clidict *c, int opt, const char *arg);   /* 1 if it was one of ours */
ent_dict *clidict_open(clidict *c, ent_text *t);            /* NULL: reported */

#endif
