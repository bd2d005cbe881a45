/* coder_int.h - what the files of src/coder/ share; not for other modules.
 *
 * The coder codes an article in stages, each a file:
 *   analysis.c   the analysed sentence (analysis.h): tokens, mentions,
 *                Hungarian forms, clauses, phrases; built once per sentence
 *                (analysis_hu.c: the Hungarian morphology and phrases)
 *   reports.c    the reporting frame ("X said", "according to X") and what
 *                a report codes (a speaker's statement, 010)
 *   coref.c      the article's short names, pronouns and "the two leaders",
 *                and the memory of who acted (for dropped subjects)
 *   actors.c     the actors of a sentence: mentions read with their case,
 *                preposition, possessor and compound group
 *   triggers.c   the verb (event) pattern of a word, if any
 *   roles.c      the source and target of a trigger (roles_hu.c: Hungarian)
 *   mood.c       negation, mood, intentions, refusals and threats
 *   dates.c      the date of an event
 *   location.c   the place of an event, and a place as a target
 *   events.c     one sentence: triggers -> roles -> mood -> events
 *   coder.c      the article: analysis, then each sentence's events
 * A stage reads the analysed sentence (s->x, read-only) and the coder's
 * per-sentence state (the actors, the words already used by a trigger).
 */
#ifndef ENT_CODER_INT_H
#define ENT_CODER_INT_H

#include "analysis.h"
#include "coder.h"

#include <stdio.h>
#include <string.h>

#define MAX_HIST 32
#define MAX_GROUP 8

/* ---- the article context (coreference) ---- */

typedef struct ref {
    char code[40];
    const char *name, *entry;
    uint8_t person;    /* a person or a government role: a "leader" */
} ref;

typedef struct group {
    ref r[MAX_GROUP];
    int n;
} group;

/* The ordered date words of a language (data/grammar.txt; dates.c). */
typedef struct date_words {
    const char *const *weekday, *const *yesterday, *const *month, *const *monthin;
    int nweekday, nyesterday, nmonth, nmonthin;
} date_words;

struct ent_coder {
    ent_analyzer *an;
    ent_text *t;
    ent_dict *d;
    ent_verbs *v;
    const ent_codebook *cb;
    date_words dates[2];   /* en, hu */
    ent_buf *trace;
    ref hist[MAX_HIST];    /* actors named so far, newest last */
    int nhist;
    group last_src;        /* the source(s) of the last event */
    ref ev_pair[2];        /* source and target of the last event between two countries */
    char last_country[4];  /* en: the last country named (an actor or a place), for "the country" */
    int has_ev_pair;
    ent_sentence *last;    /* the article analysed last (in its arena) */
    size_t nlast;
    ent_trigger *trig;     /* the triggers of the article coded last (owned, reused) */
    size_t ntrig, captrig;
};

void trace(ent_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- the sentence as the coder works on it ---- */

typedef struct actor {
    uint32_t ts, te;       /* tokens */
    char code[40];
    const char *name, *entry;
    char tag[6];           /* case tag ("" nominative/unmarked) */
    int group;             /* compound group id */
    uint8_t after_prep;    /* en: a preposition right before it */
    const char *prep;      /* that preposition */
    uint8_t postp;         /* hu: a postposition right after it */
    const char *postp_w;
    uint8_t possessor;     /* hu: possessor of the next noun */
    uint8_t coref;         /* resolved from context */
    uint8_t other;         /* "the other": the partner of each source */
    uint8_t person;
    uint8_t weak;          /* hu: the agent of a participle ("Kijev által előterjesztett javaslatot"): a target only when no other is */
    const ent_vpat *mediates;  /* hu: "X közvetítésével": X's mediation (the 045 pattern of its verb) */
} actor;

typedef struct sent {
    const ent_sentence *x;      /* the analysis */
    actor *act;
    size_t nact;
    uint8_t *used;              /* words a trigger consumed */
    int ntrig;                  /* triggers found (for explain) */
    uint64_t words[8];          /* triggers.c: a bit per hash of each English word and stem */
    uint16_t *wbit;             /* ... and the two bits of each token (word, stem) */
    uint8_t words_ready;
} sent;

typedef struct trig {
    const ent_vpat *p;
    size_t k;            /* trigger token */
    size_t k2;           /* separated preverb token, or (size_t)-1 */
} trig;

typedef struct evvec {
    ent_event *v;
    size_t n, cap;
} evvec;

/* The coding of one sentence, across its triggers. */
typedef struct sstate {
    size_t first_event;    /* the sentence's first event in the article's events */
    group new_src;         /* who acted in this sentence */
    long governor;         /* the last verb of denying, demanding, accusing (token), or -1 */
    int governor_threat;   /* ... and whether it warns or threatens */
    long my_governor;      /* the governor before the current trigger */
    int gov_threat;
    char say_src[40];      /* the speaker of the last statement in the sentence */
    ent_actor_ref say_ref; /* ... as an actor */
    size_t say_k;          /* ... and its verb, or (size_t)-1 */
    size_t say_event;      /* the first event of what the statement says, or (size_t)-1 */
} sstate;

/* What one trigger's event is: its code, negation, mood, and whether it
 * runs one way only (an intention: the other side says nothing). */
typedef struct verdict {
    const ent_cameo *cm;
    int neg;
    const char *md;
    int one_way;
    int place;             /* in: the target is a place (a visit to a city), not a partner */
} verdict;

/* shorthands over the analysis */
static inline const char *norm(const sent *s, size_t k) { return s->x->tok[k].norm; }
static inline int tok_is(const sent *s, size_t k, const char *cls) { return ent_an_is(s->x, k, cls); }
static inline int is_word(const ent_coder *c, const char *lang, const char *cls, const char *w) {
    return ent_an_word(c->an, lang, cls, w);
}
static inline int coref_type(const ent_coder *c, const char *lang, const char *w) { return ent_an_coref(c->an, lang, w); }
static inline int mention_at(const sent *s, size_t k) { return ent_an_mention_at(s->x, k); }
static inline const ent_hun_info *hun_verb(const sent *s, size_t k) { return ent_an_hun_verb(s->x, k); }
static inline const ent_hun_info *hun_at(const sent *s, size_t k, int i) { return s->x->hun[k * ENT_AN_HUN + i]; }
/* A preposition of a topic (class topicp: about, over, regarding,
 * concerning)? The first letter is tested first: this runs over spans of
 * words (location.c, dates.c). */
static inline int is_topicp(const sent *s, size_t k) {
    const char *w = s->x->tok[k].norm;
    return (w[0] == 'a' || w[0] == 'o' || w[0] == 'r' || w[0] == 'c') && ent_an_is(s->x, k, "topicp");
}
static inline int is_punct(const sent *s, size_t k, char ch) {
    return s->x->tok[k].kind == ENT_TOK_PUNCT && s->x->a->text[s->x->tok[k].start] == ch;
}

/* ---- the stages ---- */

/* analysis.c, reports.c, coref.c: building the analysis */
void ent_an_short_names(ent_text *t, ent_sentence *ss, size_t n, ent_arena *ar);
void ent_an_find_reporter(ent_sentence *s);
/* analysis_en.c: the English parts of the analysis */
const ent_pos_model *ent_an_pos_model(ent_analyzer *an);
void ent_an_en_tags(ent_analyzer *an, ent_sentence *s, ent_arena *ar);
void ent_an_en_phrases(ent_sentence *s, ent_arena *ar);
/* "verb \"X\": subject \"Y\", object \"Z\"" for verb group i (explain) */
void ent_an_en_describe(const ent_sentence *s, size_t i, ent_buf *b);
/* analysis_hu.c */
void ent_an_hu_analyze(ent_hun *hun, ent_sentence *s, ent_arena *ar);
void ent_an_hu_phrase(ent_sentence *s, size_t i, ent_phrase *p);
void ent_an_hu_mentions(ent_dict *d, ent_sentence *s, int32_t day, ent_arena *ar);
void ent_an_hu_titles(ent_sentence *ss, size_t i);

/* actors.c */
void build_actors(ent_coder *c, sent *s, ent_arena *ar);
void add_actor(sent *s, const actor *a);

/* coref.c */
void coref_actors(ent_coder *c, sent *s);
void remember_actors(ent_coder *c, const sent *s, int had_source);
void remember_pair(ent_coder *c, const ent_event *e, size_t n);

/* triggers.c */
int best_pattern(ent_coder *c, sent *s, size_t k, trig *out, ent_arena *ar);
void consume(sent *s, const trig *t);
int target_possible(const sent *s, size_t k, const ent_vpat *p);

/* roles.c */
int roles(ent_coder *c, sent *s, const trig *t, int *src, int *ns, int *tgt, int *nt, int *pairwise);
int passive(const ent_coder *c, const sent *s, size_t k);

/* roles_hu.c: Hungarian roles by case; groups, or -1 */
int hu_nominative(const actor *a);
int source_hu(const ent_coder *c, const sent *s, const trig *t, int *pairwise);
int target_hu(const ent_coder *c, const sent *s, const trig *t, int sg);
int hu_that_target(const sent *s, int cl, int sg);

/* mood.c */
void decide_mood(ent_coder *c, const sent *s, const trig *t, const sstate *st, const ent_actor_ref *S, int nS, verdict *v);
int negated(const sent *s, const trig *t);
const char *intent_code(const sent *s, const trig *t);
int refusal(const sent *s, const trig *t, int intent);
int complement_of(const sent *s, size_t gov, const trig *t);
int governs_complement(const char *code);

/* reports.c */
void report_content(ent_coder *c, const sent *s, const trig *t, sstate *st, evvec *ev);
void report_attribution(ent_coder *c, const sent *s, sstate *st, evvec *ev);
void relations_comment(ent_coder *c, const sent *s, size_t sidx, const char *adate, const sstate *st, evvec *ev);
void obligation_events(ent_coder *c, const sent *s, size_t sidx, const char *adate, sstate *st, evvec *ev, ent_arena *ar);

/* dates.c */
void date_lists(ent_coder *c);
const char *event_date(const ent_coder *c, const sent *s, size_t k, const char *adate, ent_arena *ar);

/* location.c */
int find_location(const sent *s, size_t k, char code[8], uint32_t *st, uint32_t *en);
int place_target(const char *code);
int place_after(const sent *s, size_t k, const ent_vpat *p, ent_actor_ref *r);

/* events.c */
void code_sentence(ent_coder *c, sent *s, size_t sidx, const char *adate, evvec *ev, ent_arena *ar);
void fill_ref(ent_actor_ref *r, const sent *s, const actor *a);
ent_event *new_event(evvec *ev);
int same_country(const ent_actor_ref *a, const ent_actor_ref *b);
int emitted_in(const evvec *ev, size_t from, const ent_actor_ref *s, const ent_actor_ref *t, const char *code);

#endif
