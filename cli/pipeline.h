/* pipeline.h - the coding pipeline the commands share: text layer,
 * dictionaries, verb patterns, codebook and coder, opened from the command
 * line's dictionary options. */
#ifndef ENT_PIPELINE_H
#define ENT_PIPELINE_H

#include "clidict.h"

#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/coder/coder.h"
#include "../src/events/codebook.h"

typedef struct pipeline {
    ent_text *t;
    ent_dict *d;
    ent_verbs *v;
    ent_codebook *cb;
    ent_coder *c;
    char fingerprint[17];
} pipeline;

/* Opens everything; reports and returns -1 on failure. */
int pipeline_open(pipeline *p, clidict *cd, const char **verb_files, int nverb);
void pipeline_close(pipeline *p);

/* One event as the JSON line of `entente code` (with the newline). */
void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e);

#endif
