/* store.h - the event store: SQLite (WAL) by default.
 *
 * Tables: articles (one per id; content hash + outlet unique), events (one
 * per real-world event: date, source, target and full CAMEO code, with
 * GDELT's counts NumMentions, NumSources, NumArticles over its factual
 * mentions), mentions (one per coded event occurrence: article, sentence,
 * byte offsets, reported_by, negated, mood, evidence). Negated and
 * non-factual mentions are stored but counted nowhere. Treaties (schema
 * version 2): treaties, treaty_parties, treaty_facts (status, obligation,
 * duration, article, mention: each with its article and words) and framing;
 * see treaties.h.
 *
 * Writes go through ent_store_begin/commit: a batch is one transaction, so
 * a run killed at any point loses no committed article and leaves no half
 * article; re-running the same input skips what is stored and ends with the
 * same database. The coder never sees this module: it is the sink behind
 * `entente ingest`, and the interface below is all another sink (PostgreSQL)
 * has to provide.
 */
#ifndef ENT_STORE_H
#define ENT_STORE_H

#include "../base/err.h"
#include "../coder/coder.h"
#include "../ingest/ingest.h"

#include <sqlite3.h>
#include <stdint.h>

#define ENT_STORE_SCHEMA_VERSION 2

typedef struct ent_store ent_store;

typedef struct ent_store_opts {
    int readonly;
    int window_days;       /* dedup window: same source, target, code within N days (0 = same day) */
} ent_store_opts;

ent_store *ent_store_open(const char *path, const ent_store_opts *o, ent_err *err);
void ent_store_close(ent_store *s);

/* The fingerprint of the dictionaries coding what is stored next. */
void ent_store_set_fingerprint(ent_store *s, const char *fp);

int ent_store_begin(ent_store *s, ent_err *err);
int ent_store_commit(ent_store *s, ent_err *err);

enum { ENT_STORE_NEW = 0, ENT_STORE_SKIP = 1, ENT_STORE_COPY = 2 };

/* What to do with an article: NEW (code it), SKIP (its id, or its text from
 * the same outlet, is stored) or COPY (the same text from another outlet is
 * stored as *coded: store the article and copy its mentions). */
int ent_store_article_status(ent_store *s, const ent_article *a, const char *hash, int64_t *coded);

/* Stores an article; *rowid gets its key. `added` is the storing time
 * (seconds since the epoch). */
int ent_store_add_article(ent_store *s, const ent_article *a, const char *lang, const char *hash,
                          const char *fingerprint, int64_t added, int64_t *rowid, ent_err *err);

/* Stores one coded event mention of article `rowid`, merging it into its
 * event; `is_root` marks a headline or first-sentence event. */
int ent_store_add_mention(ent_store *s, int64_t rowid, const ent_article *a, const ent_event *e, int is_root,
                          int64_t added, ent_err *err);

/* The mentions of article `from` again for article `to` (same text, another
 * outlet). */
int ent_store_copy_mentions(ent_store *s, int64_t from, int64_t to, int64_t added, ent_err *err);

/* Deletes the mentions of an article (before re-coding it) and fixes counts. */
int ent_store_clear_article(ent_store *s, int64_t rowid, ent_err *err);

/* The underlying database, for the read-only query and export code. */
sqlite3 *ent_store_db(ent_store *s);

/* The content hash of an article: xxHash64 hex of its canonical text. */
void ent_store_hash(const ent_article *a, char out[17]);

#endif
