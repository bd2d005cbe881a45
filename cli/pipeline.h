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
#include "../src/tabari/tabari.h"
#include "../src/treaty/treaty.h"
#include "../src/base/strmap.h"

typedef struct pipeline {
    ent_text *t;
    ent_dict *d;
    ent_verbs *v;
    ent_codebook *cb;
    ent_coder *c;
    ent_tabari *tb;        /* TABARI/PETRARCH dictionaries: TABARI's coding instead of the coder */
    ent_tabari_fwd fwd;    /* pronoun forwarding between consecutive records */
    ent_strmap xcodes;     /* event codes the codebook lacks -> 1 + index in xcameo */
    ent_cameo **xcameo;
    size_t nx;
    char fingerprint[17];
} pipeline;

/* Opens everything; reports and returns -1 on failure. When a verb file is
 * a TABARI .verbs or PETRARCH verb dictionary, the actor and agent files of
 * `cd` and the verb files (including TABARI .options files) load into a
 * TABARI matcher and pipeline_code codes with TABARI's rules; the built-in
 * coder then has empty dictionaries. */
int pipeline_open(pipeline *p, clidict *cd, const char **verb_files, int nverb);
void pipeline_close(pipeline *p);

/* Codes one article with whichever coder the pipeline has. */
int pipeline_code(pipeline *p, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                  ent_event **ev, size_t *n, ent_err *err);

/* The treaties and framing of the article pipeline_code coded last: from
 * the built-in coder's own sentences, tokens and mentions; with TABARI's
 * rules, from a fresh analysis. */
int pipeline_treaties(pipeline *p, ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_event *ev,
                      size_t nev, ent_arena *ar, ent_treaty_facts *out, ent_err *err);

/* One event as the JSON line of `entente code` (with the newline). */
void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e);

#endif
