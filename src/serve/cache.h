/* cache.h - the answer cache of `entente serve`: GET /api answers by raw
 * URI, shared by every thread, stale-while-revalidate.
 *
 * Answers are immutable and counted references (ent_answer): a cached
 * answer goes out to any number of connections at once without a copy.
 *
 * The cache does not know the database; the server gives it an epoch, a
 * number that grows whenever the database changed. An answer made at an
 * older epoch is stale: it is still given out (a dashboard keeps answering
 * while an ingest commits every second), and the first caller to see it
 * stale is told to refresh it; the others get the stale answer meanwhile.
 * An answer that took t seconds to compute is refreshed at most every 4 t
 * (the summary of 100 000 events, 0.4 s, every 1.6 s while an ingest
 * writes): refreshing costs at most a fifth of a worker per answer.
 * A URI without an answer yet is computed once: the callers that ask for it
 * meanwhile wait (their `waiter`, an opaque pointer, is handed back with the
 * answer), so 500 connections asking for the summary at once cost one
 * computation, not 500.
 *
 * Only 200 answers of at most entry_max bytes are kept, at most max_entries
 * of them and max_bytes in all; the least recently used answer without a
 * computation or waiters under way goes first. All functions are
 * thread-safe.
 */
#ifndef ENT_SERVE_CACHE_H
#define ENT_SERVE_CACHE_H

#include "../base/buf.h"

#include <stddef.h>
#include <stdint.h>

typedef struct ent_answer {
    int status;
    const char *ctype;   /* a string literal */
    char *p;
    size_t n;
    int refs;            /* atomic */
} ent_answer;

/* An answer holding b's bytes (b is emptied); one reference. */
ent_answer *ent_answer_new(int status, const char *ctype, ent_buf *b);
ent_answer *ent_answer_ref(ent_answer *a);
/* Drops a reference (NULL: nothing); the last one frees it. */
void ent_answer_unref(ent_answer *a);

typedef struct ent_acache ent_acache;

ent_acache *ent_acache_new(size_t max_entries, size_t max_bytes, size_t entry_max);
/* Frees the cache; no computation may be under way. */
void ent_acache_free(ent_acache *c);

enum {
    ENT_ACACHE_FRESH,     /* *a: the answer, made at this epoch */
    ENT_ACACHE_STALE,     /* *a: the last answer; *refresh = 1 for the one caller who must refresh it */
    ENT_ACACHE_WAIT,      /* being computed: `waiter` comes back through ent_acache_done */
    ENT_ACACHE_COMPUTE,   /* no answer: the caller computes it, then calls ent_acache_done (`waiter` is its first) */
};

/* Looks `key` up at `epoch`; *a gets a reference the caller drops. */
int ent_acache_get(ent_acache *c, const char *key, uint64_t epoch, void *waiter, ent_answer **a, int *refresh);

typedef void (*ent_acache_wake_fn)(void *ud, void *waiter, ent_answer *a);

/* The answer `a` to `key`, computed from the database as it was at
 * `epoch` (or later) in `cost` seconds: kept as said above, and handed to
 * every waiter through wake (with a reference each, which wake owns).
 * Takes the caller's reference to a. */
void ent_acache_done(ent_acache *c, const char *key, uint64_t epoch, double cost, ent_answer *a, ent_acache_wake_fn wake,
                     void *ud);

/* Answers kept, and their bytes (for tests and the access log). */
void ent_acache_stats(ent_acache *c, size_t *entries, size_t *bytes);

#endif
