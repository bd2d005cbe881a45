/* coder.h - event coding: who did what to whom, from raw sentences.
 *
 * For each sentence the coder finds actor mentions (dict), verb triggers
 * (verbs), cuts the sentence into clauses, and assigns roles: in English by
 * position (subject before the verb, object or prepositional phrase after,
 * passives reversed); in Hungarian by case (nominative source; accusative,
 * dative, instrumental, sublative or a postposition target). Compound
 * actors give one event per member, symmetric events both directions;
 * "the two leaders", "mindkét ország", pronouns and dropped subjects resolve
 * to actors named before in the article. Negation, hypothetical and future
 * forms are flagged, never dropped; the speaker of a report is recorded in
 * reported_by and never becomes the source or target.
 *
 * The stages, one file each, are listed in coder_int.h. A coder is not
 * thread-safe: one per thread (it borrows its thread's Hunspell handle).
 */
#ifndef ENT_CODER_H
#define ENT_CODER_H

#include "../base/arena.h"
#include "../base/buf.h"
#include "../dict/dict.h"
#include "../events/codebook.h"
#include "../ingest/ingest.h"
#include "../text/text.h"
#include "analysis.h"
#include "verbs.h"

#define ENT_MAX_EVENTS_PER_SENTENCE 64
#define ENT_CODER_VERSION "entente-coder-1"

typedef struct ent_actor_ref {
    char code[40];
    const char *name;      /* canonical name from the dictionary */
    uint32_t start, end;   /* the words in the text */
    const char *entry;     /* evidence: FILE:LINE or cldr:LOCALE:REGION */
    char country[4];       /* "" when the code has no country (IGOs) */
    char role[8];          /* GOV, MIL, ... or "" */
} ent_actor_ref;

typedef struct ent_event {
    const char *date;      /* event date YYYY-MM-DD */
    size_t sentence;
    ent_actor_ref source, target;
    const ent_cameo *cameo;
    uint32_t ev_start, ev_end;   /* trigger span (a split verb: both parts) */
    const char *verb_entry;
    uint8_t negated;
    const char *mood;            /* NULL, "hypothetical", "future" */
    uint8_t has_reporter;
    uint32_t rep_start, rep_end;
    char rep_code[40];           /* "" when the speaker is no known actor */
    uint8_t has_location;
    char loc_code[8];
    uint32_t loc_start, loc_end;
} ent_event;

typedef struct ent_coder ent_coder;

/* Borrowed handles must outlive the coder. */
ent_coder *ent_coder_new(ent_text *t, ent_dict *d, ent_verbs *v, const ent_codebook *cb, const char *data_dir);
void ent_coder_free(ent_coder *c);

/* When `trace` is set, the coder appends a readable account of every
 * decision (for `entente explain`). */
void ent_coder_set_trace(ent_coder *c, ent_buf *trace);

/* Codes one article. `lang` is its language; `date` overrides the article
 * date for dated roles when not NULL. Events live in `ar`. */
int ent_coder_article(ent_coder *c, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                      ent_event **out, size_t *n, ent_err *err);

/* One sentence as the coder saw it: the analysed sentence (analysis.h):
 * its span, tokens, actor mentions (with the article's short names: "Kim"
 * after "Kim Jong Un"), Hungarian forms, clauses, reporting frame and
 * phrases. */
typedef ent_sentence ent_coded_sentence;

/* The sentences of the article ent_coder_article coded last; they live in
 * the arena it was given (and point to the coder, which must outlive their
 * use). Other stages (treaties) read them instead of analysing the article
 * again. */
size_t ent_coder_sentences(const ent_coder *c, const ent_coded_sentence **out);

/* A word that matched a verb pattern in the article ent_coder_article coded
 * last, and what came of it (for `entente eval --errors` and `explain`). */
enum ent_trig_outcome {
    ENT_TRIG_EVENT = 0,      /* events were made (possibly all dropped as between one actor) */
    ENT_TRIG_BLOCKED,        /* the pattern is marked --- (not an event) */
    ENT_TRIG_NO_CODE,        /* its code is not in the codebook */
    ENT_TRIG_CASUALTY,       /* the casualties of an act already coded */
    ENT_TRIG_NO_SOURCE,      /* no source actor */
    ENT_TRIG_NO_TARGET       /* no target actor */
};
typedef struct ent_trigger {
    size_t sentence;           /* index in ent_coder_sentences */
    uint32_t start, end;       /* the trigger's words (a split verb: both parts) */
    const ent_vpat *pattern;   /* the pattern it matched (its code: pattern->code) */
    const ent_cameo *coded;    /* the code of its events after mood (03x, 12x, 13x...), or NULL */
    uint8_t outcome;           /* enum ent_trig_outcome */
    uint8_t negated;
    const char *mood;          /* NULL, "hypothetical", "future" */
} ent_trigger;

/* The triggers of the article ent_coder_article coded last, in text order;
 * valid until the next call of ent_coder_article. */
size_t ent_coder_triggers(const ent_coder *c, const ent_trigger **out);

/* Splits a composite actor code into country and role (PRKGOV -> PRK, GOV). */
void ent_code_split(const char *code, char country[4], char role[8]);

#endif
