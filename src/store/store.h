/* store.h - the event store: every SQL statement of entente is behind
 * this interface (SQLite, WAL, by default; a second backend implements the
 * same functions, so no caller changes).
 *
 * What is kept: articles (one per id; content hash + outlet unique),
 * events (one per real-world event: date, source, target and full CAMEO
 * code, with GDELT's counts NumMentions, NumSources, NumArticles over its
 * factual mentions), mentions (one per coded event occurrence: article,
 * sentence, byte offsets, reported_by, negated, mood, evidence), and since
 * schema version 2 treaties (merged across articles by src/treaty/merge.c's
 * rule), their facts (status, obligation, duration, article, mention: each
 * with its article and words) and framing. Negated and non-factual
 * mentions are stored but counted nowhere.
 *
 * Writes: ent_store_put stores an article with what coding it gave (or
 * copies the mentions of the same text from another outlet), inside the
 * caller's batch (ent_store_begin/commit) and its own savepoint, so a
 * failed article leaves nothing and a run killed at any point loses no
 * committed article; re-running the same input skips what is stored and
 * ends with the same database.
 *
 * Reads: each query the commands and the API need, returning plain rows:
 * lists are visited row by row (the row and its strings are valid during
 * the call; a non-zero return from the visitor stops the query and is
 * returned) or, for the nested treaty answers, built in the caller's arena.
 * Every statement's final result is checked: a database error is an
 * ENT_EIO in *err; a database from before the treaty tables gives
 * ENT_EFORMAT with a message saying how to add them.
 *
 * A store handle belongs to one thread (serve opens one per worker).
 */
#ifndef ENT_STORE_H
#define ENT_STORE_H

#include "../base/arena.h"
#include "../base/err.h"
#include "../ingest/ingest.h"
#include "../pipeline/pipeline.h"

#include <stdint.h>

#define ENT_STORE_SCHEMA_VERSION 2

typedef struct ent_store ent_store;

typedef struct ent_store_opts {
    int readonly;
    int window_days;       /* dedup window: same source, target, code within N days (0 = same day) */
} ent_store_opts;

/* ---- opening, batches ---- */

ent_store *ent_store_open(const char *path, const ent_store_opts *o, ent_err *err);
void ent_store_close(ent_store *s);

/* The fingerprint of the dictionaries coding what is stored next. */
void ent_store_set_fingerprint(ent_store *s, const char *fp);

int ent_store_begin(ent_store *s, ent_err *err);
int ent_store_commit(ent_store *s, ent_err *err);

/* A number that changes whenever another connection commits (for caches). */
int ent_store_data_version(ent_store *s, int64_t *version, ent_err *err);

/* ---- writing ---- */

enum { ENT_STORE_NEW = 0, ENT_STORE_SKIP = 1, ENT_STORE_COPY = 2 };

/* What storing `a` would do: NEW (code and store it), SKIP (its id, or its
 * text from the same outlet, is stored) or COPY (the same text from another
 * outlet is stored: store the article and copy that one's mentions). */
int ent_store_status(ent_store *s, const ent_article *a, int *status, ent_err *err);

/* Stores article `a` coded into `r` (r may be NULL for a SKIP or COPY):
 * *status gets what was done (NEW, SKIP, COPY), *mentions how many mentions
 * it stored. `added` is the storing time (seconds since the epoch). */
int ent_store_put(ent_store *s, const ent_article *a, const ent_result *r, int64_t added, int *status, size_t *mentions,
                  ent_err *err);

/* The keys of the stored articles coded with other dictionaries than
 * `fingerprint` (every one with `all`), in storing order; *keys is
 * malloc'd. */
int ent_store_stale(ent_store *s, const char *fingerprint, int all, int64_t **keys, size_t *n, ent_err *err);

/* Stored article `key` (its strings in `ar`; body_start restored). */
int ent_store_article_get(ent_store *s, int64_t key, ent_arena *ar, ent_article *a, ent_err *err);

/* Replaces the coding of stored article `key` by `r` (mentions, treaty
 * facts and framing; event counts follow) and records the fingerprint. */
int ent_store_recode(ent_store *s, int64_t key, const ent_article *a, const ent_result *r, int64_t added, size_t *mentions,
                     ent_err *err);

/* The content hash of an article: xxHash64 hex of its canonical text. */
void ent_store_hash(const ent_article *a, char out[17]);

/* ---- reading: counts ---- */

typedef struct ent_store_health {
    int64_t articles, events;
    int schema;
} ent_store_health;

int ent_store_health_get(ent_store *s, ent_store_health *h, ent_err *err);

typedef struct ent_store_summary {
    int64_t articles, outlets, events, mentions, nonfactual;
    const char *from, *to;            /* "" when there is no event */
} ent_store_summary;

/* A dyad of the summary: country codes (IGO and NGO codes whole), a < b. */
typedef struct ent_store_dyad_count {
    const char *a, *b;
    int64_t events, mentions, cooperation;
    double goldstein;                 /* mean */
} ent_store_dyad_count;

typedef struct ent_store_code_count {
    const char *code;
    int64_t events, mentions;
} ent_store_code_count;

typedef int (*ent_store_dyad_count_fn)(void *ud, const ent_store_dyad_count *d);
typedef int (*ent_store_code_count_fn)(void *ud, const ent_store_code_count *c);

/* The totals (strings in ar), then the `top` most active dyads and the
 * `top` most frequent event codes (factual events only). */
int ent_store_summary_get(ent_store *s, ent_arena *ar, ent_store_summary *out, ent_err *err);
int ent_store_top_dyads(ent_store *s, int top, ent_store_dyad_count_fn fn, void *ud, ent_err *err);
int ent_store_top_codes(ent_store *s, int top, ent_store_code_count_fn fn, void *ud, ent_err *err);

/* ---- reading: events ---- */

/* One events row. Text fields may be NULL (a NULL column). */
typedef struct ent_store_event {
    int64_t id;
    const char *date, *source_code, *source_name, *target_code, *target_name, *code, *base, *root, *location,
        *source_url;
    int quad, is_root;
    double goldstein;
    int64_t num_mentions, num_sources, num_articles, num_nonfactual, first_added;
} ent_store_event;

typedef int (*ent_store_event_fn)(void *ud, const ent_store_event *e);

/* The events of the dyad A-B, both ways (A and B as in ent_store_event_filter
 * actors), oldest first; dir 0: A->B, 1: B->A; mentions counts the
 * non-factual ones too with include_negated. */
typedef struct ent_store_dyad_event {
    const char *date, *code;
    int dir, quad;
    double goldstein;
    int64_t mentions;
} ent_store_dyad_event;

typedef int (*ent_store_dyad_event_fn)(void *ud, const ent_store_dyad_event *e);

int ent_store_dyad_events(ent_store *s, const char *a, const char *b, int include_negated, ent_store_dyad_event_fn fn,
                          void *ud, ent_err *err);

/* Event filters. Actor codes of three letters match every actor of that
 * country (RUS: RUSGOV, RUSMIL), longer ones exactly. NULL/0: no filter. */
typedef struct ent_store_event_filter {
    const char *from, *to;           /* YYYY-MM-DD, inclusive */
    const char *actor;               /* either side */
    const char *a, *b;               /* a dyad, both ways */
    const char *source, *target;     /* one direction */
    const char *code;                /* a root (19), base (190) or code (0211) */
    const char *root;                /* a root code */
    const char *text;                /* free text in the actors' names and their mentions' words, case folded */
    int quad;                        /* 1..4 */
    int include_negated;             /* events with only negated or non-factual mentions too */
    long limit, offset;
    const char *cursor_date;         /* events strictly after (cursor_date, cursor_id), newest first */
    int64_t cursor_id;
} ent_store_event_filter;

/* The events matching f, newest first (date, then id), a page of f->limit
 * from f->offset or after the cursor; *total counts every match. */
int ent_store_events(ent_store *s, const ent_store_event_filter *f, int64_t *total, ent_store_event_fn fn, void *ud,
                     ent_err *err);
/* One event; *found = 0 when there is none with that id. */
int ent_store_event_get(ent_store *s, int64_t id, ent_store_event_fn fn, void *ud, int *found, ent_err *err);

/* A span of the article text; text is the words, where stored. */
typedef struct ent_store_span {
    int has;
    int64_t start, end;
    const char *text;
} ent_store_span;

/* One mention, with what each query adds of its event or its article. */
typedef struct ent_store_mention {
    int64_t event_id, sentence, added;
    int factual, negated;
    const char *mood, *reported_by, *reported_by_code, *location_code;
    ent_store_span source, target, trigger, location;
    const char *source_entry, *verb_entry, *target_entry;
    /* its event (ent_store_article_mentions, export) */
    const char *event_date, *source_code, *target_code, *code;
    /* its article (ent_store_event_mentions, export) */
    const char *article, *title, *outlet, *url, *article_date, *lang, *text;
    size_t text_len;
} ent_store_mention;

typedef int (*ent_store_mention_fn)(void *ud, const ent_store_mention *m);

/* The mentions of event `id` with their articles (text included), in storing order, at most `limit`. */
int ent_store_event_mentions(ent_store *s, int64_t id, long limit, ent_store_mention_fn fn, void *ud, ent_err *err);

/* ---- reading: actors, articles ---- */

typedef struct ent_store_actor {
    const char *code;                /* a country code, or an IGO/NGO code whole */
    int64_t events, mentions;
    const char *as_written;          /* ent_store_actor_search: the words that matched */
} ent_store_actor;

typedef int (*ent_store_actor_fn)(void *ud, const ent_store_actor *a);

/* Actors by the number of factual events they take part in. */
int ent_store_actors(ent_store *s, long limit, ent_store_actor_fn fn, void *ud, ent_err *err);
/* Actors whose mentions' words or names contain `text` (case folded in any
 * script), or whose code starts with it; by the number of such mentions. */
int ent_store_actor_search(ent_store *s, const char *text, long limit, ent_store_actor_fn fn, void *ud, ent_err *err);

typedef struct ent_store_article_row {
    int64_t key, added, mentions;    /* mentions: factual ones (ent_store_articles) */
    const char *id, *date, *lang, *outlet, *url, *title, *text, *fingerprint, *coder_version, *content_hash;
} ent_store_article_row;

typedef int (*ent_store_article_fn)(void *ud, const ent_store_article_row *a);

typedef struct ent_store_article_filter {
    const char *from, *to, *outlet;
    long limit, offset;
} ent_store_article_filter;

/* Articles, newest first; *total counts every match. */
int ent_store_articles(ent_store *s, const ent_store_article_filter *f, int64_t *total, ent_store_article_fn fn, void *ud,
                       ent_err *err);
/* The article with id `id` (*found = 0 when none), then its mentions (at most `limit`). */
int ent_store_article_by_id(ent_store *s, const char *id, ent_store_article_fn fn, void *ud, int *found, ent_err *err);
int ent_store_article_mentions(ent_store *s, const char *id, long limit, ent_store_mention_fn fn, void *ud, ent_err *err);

/* ---- reading: exports ---- */

typedef struct ent_store_export_filter {
    const char *from, *to;           /* YYYY-MM-DD inclusive, NULL: open */
    int include_negated;
} ent_store_export_filter;

/* Every event (with a factual mention unless include_negated) in id order. */
int ent_store_export_events(ent_store *s, const ent_store_export_filter *f, ent_store_event_fn fn, void *ud, ent_err *err);
/* Every mention (factual unless include_negated) in storing order, with
 * its event's date and its article's outlet, url, id, text and language. */
int ent_store_export_mentions(ent_store *s, const ent_store_export_filter *f, ent_store_mention_fn fn, void *ud,
                              ent_err *err);

/* ---- reading: treaties ---- */

typedef struct ent_store_evidence {
    const char *article, *date, *text;   /* the article id, its date, the sentence */
    int64_t sentence;
} ent_store_evidence;

typedef struct ent_store_tr_status {
    const char *kind, *date, *actor, *event_code;
    const char *reported_by;             /* NULL: not reported by anyone named */
    int uncertain;
    ent_store_evidence ev;
} ent_store_tr_status;

/* Obligations of one type and direction, their conditions and kinds of help
 * as stored (comma lists, one per report, to be united). */
typedef struct ent_store_tr_oblig {
    const char *type, *from, *to, *conditions, *help;
    ent_store_evidence *ev;
    size_t nev;
} ent_store_tr_oblig;

typedef struct ent_store_tr_cited {
    const char *number, *topic;
} ent_store_tr_cited;

typedef struct ent_store_tr_source {
    const char *article, *date, *outlet;
} ent_store_tr_source;

typedef struct ent_store_treaty {
    int64_t id;
    const char *parties, *name, *name_text, *duration, *duration_article, *first_date, *last_date;
    const char *signed_date;              /* "" when no signing was reported */
    int has_duration_ev;
    ent_store_evidence duration_ev;       /* the first report of its duration */
    ent_store_tr_status *status;
    size_t nstatus;
    ent_store_tr_oblig *oblig;
    size_t noblig;
    ent_store_tr_cited *cited;
    size_t ncited;
    ent_store_tr_source *sources;
    size_t nsources;
} ent_store_treaty;

/* The treaties (those with `party` among their parties when not NULL),
 * first reported first, with every fact; in ar. */
int ent_store_treaties(ent_store *s, const char *party, ent_arena *ar, ent_store_treaty **out, size_t *n, ent_err *err);

/* An obligation towards a party, under one treaty. */
typedef struct ent_store_duty {
    int64_t treaty;
    const char *parties, *name, *duration, *duration_article, *first_date, *signed_date;
    const char *type, *party, *conditions, *help;
    ent_store_evidence *ev;
    size_t nev;
} ent_store_duty;

/* Who is bound towards `attacked`: defence first, then the other types. */
int ent_store_obligations(ent_store *s, const char *attacked, ent_arena *ar, ent_store_duty **out, size_t *n,
                          ent_err *err);

typedef struct ent_store_edge {
    const char *from, *to, *type, *name;
    int64_t treaty;
} ent_store_edge;

typedef struct ent_store_bare_treaty {
    int64_t treaty;
    const char *parties, *name;
} ent_store_bare_treaty;

typedef struct ent_store_graph {
    const char **nodes;                   /* every party */
    size_t nnodes;
    ent_store_edge *edges;                /* obligations */
    size_t nedges;
    ent_store_bare_treaty *bare;          /* treaties without obligations */
    size_t nbare;
} ent_store_graph;

int ent_store_graph_get(ent_store *s, ent_arena *ar, ent_store_graph *g, ent_err *err);

typedef struct ent_store_framing {
    const char *speaker, *other, *term;
    int64_t count;                        /* of this speaker, other and term */
    ent_store_evidence ev;
} ent_store_framing;

/* The framing of A and B both ways: A's words first, by term, then date. */
int ent_store_framing_get(ent_store *s, const char *a, const char *b, ent_arena *ar, ent_store_framing **out, size_t *n,
                          ent_err *err);

#endif
