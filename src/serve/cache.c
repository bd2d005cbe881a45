/* cache.c - see cache.h. One mutex guards a chained hash table of entries
 * (hand-written rather than ent_strmap: entries are removed and evicted,
 * which that map does not do); answers are handed out by reference. */
#define _POSIX_C_SOURCE 200809L
#include "cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

ent_answer *ent_answer_new(int status, const char *ctype, ent_buf *b) {
    ent_answer *a = ent_xcalloc(1, sizeof *a);
    a->status = status;
    a->ctype = ctype;
    a->p = b->p ? b->p : ent_xstrdup("");
    a->n = b->len;
    a->refs = 1;
    b->p = NULL;
    b->len = b->cap = 0;
    return a;
}

ent_answer *ent_answer_ref(ent_answer *a) {
    __atomic_add_fetch(&a->refs, 1, __ATOMIC_RELAXED);
    return a;
}

void ent_answer_unref(ent_answer *a) {
    if (!a || __atomic_sub_fetch(&a->refs, 1, __ATOMIC_ACQ_REL)) return;
    free(a->p);
    free(a);
}

typedef struct entry {
    struct entry *next;    /* in its bucket */
    char *key;
    uint64_t h;
    ent_answer *a;         /* NULL until first computed */
    uint64_t epoch;        /* a's */
    uint64_t used;         /* the clock of its last use */
    double made, cost;     /* when a was computed, and how long that took (seconds) */
    int busy;              /* a computation or refresh is under way */
    void **w;              /* waiters for the first answer */
    size_t nw, cw;
} entry;

struct ent_acache {
    pthread_mutex_t mu;
    entry **b;
    size_t nb, n, kept, bytes;   /* buckets, entries, entries with an answer, their bytes */
    size_t max_entries, max_bytes, entry_max;
    uint64_t clock;
};

ent_acache *ent_acache_new(size_t max_entries, size_t max_bytes, size_t entry_max) {
    ent_acache *c = ent_xcalloc(1, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    c->max_entries = max_entries ? max_entries : 1;
    c->max_bytes = max_bytes;
    c->entry_max = entry_max;
    for (c->nb = 64; c->nb < 2 * c->max_entries; c->nb *= 2) {}
    c->b = ent_xcalloc(c->nb, sizeof *c->b);
    return c;
}

static void entry_free(entry *e) {
    ent_answer_unref(e->a);
    free(e->w);
    free(e->key);
    free(e);
}

void ent_acache_free(ent_acache *c) {
    if (!c) return;
    for (size_t i = 0; i < c->nb; i++)
        for (entry *e = c->b[i], *nx; e; e = nx) {
            nx = e->next;
            entry_free(e);
        }
    free(c->b);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static entry **slot(ent_acache *c, const char *key, uint64_t h) {
    entry **p = &c->b[h & (c->nb - 1)];
    while (*p && ((*p)->h != h || strcmp((*p)->key, key))) p = &(*p)->next;
    return p;
}

static void unlink_entry(ent_acache *c, entry *e) {
    entry **p = slot(c, e->key, e->h);
    *p = e->next;
    c->n--;
    if (e->a) c->kept--, c->bytes -= e->a->n;
    entry_free(e);
}

/* Drops the least recently used answer that nobody is waiting for or
 * refreshing, other than `keep`; 0 when there is none. */
static int evict_one(ent_acache *c, const entry *keep) {
    entry *victim = NULL;
    for (size_t i = 0; i < c->nb; i++)
        for (entry *e = c->b[i]; e; e = e->next)
            if (e != keep && e->a && !e->busy && !e->nw && (!victim || e->used < victim->used)) victim = e;
    if (!victim) return 0;
    unlink_entry(c, victim);
    return 1;
}

static void add_waiter(entry *e, void *w) {
    if (!w) return;
    if (e->nw == e->cw) e->w = ent_xrealloc(e->w, (e->cw = e->cw ? e->cw * 2 : 4) * sizeof *e->w);
    e->w[e->nw++] = w;
}

static double mono(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int ent_acache_get(ent_acache *c, const char *key, uint64_t epoch, void *waiter, ent_answer **a, int *refresh) {
    uint64_t h = XXH3_64bits(key, strlen(key));
    *a = NULL;
    *refresh = 0;
    pthread_mutex_lock(&c->mu);
    entry **p = slot(c, key, h), *e = *p;
    int r;
    if (!e) {
        while (c->n >= c->max_entries && evict_one(c, NULL)) {}
        e = ent_xcalloc(1, sizeof *e);
        e->key = ent_xstrdup(key);
        e->h = h;
        *slot(c, key, h) = e;   /* evicting may have moved the end of the chain */
        c->n++;
        e->busy = 1;
        add_waiter(e, waiter);
        r = ENT_ACACHE_COMPUTE;
    } else if (!e->a) {
        add_waiter(e, waiter);
        r = ENT_ACACHE_WAIT;
    } else {
        *a = ent_answer_ref(e->a);
        r = e->epoch >= epoch ? ENT_ACACHE_FRESH : ENT_ACACHE_STALE;
        /* an answer that took t to compute is refreshed at most every 4 t:
         * recomputing never takes more than a fifth of a worker */
        if (r == ENT_ACACHE_STALE && !e->busy && mono() - e->made >= 4 * e->cost) *refresh = e->busy = 1;
    }
    e->used = ++c->clock;
    pthread_mutex_unlock(&c->mu);
    return r;
}

void ent_acache_done(ent_acache *c, const char *key, uint64_t epoch, double cost, ent_answer *a, ent_acache_wake_fn wake,
                     void *ud) {
    uint64_t h = XXH3_64bits(key, strlen(key));
    pthread_mutex_lock(&c->mu);
    entry *e = *slot(c, key, h);
    void **w = NULL;
    size_t nw = 0;
    if (e) {
        w = e->w, nw = e->nw;
        e->w = NULL, e->nw = e->cw = 0;
        e->busy = 0;
        if (a->status == 200 && a->n <= c->entry_max && a->n <= c->max_bytes) {
            if (e->a) c->kept--, c->bytes -= e->a->n;
            ent_answer_unref(e->a);
            e->a = ent_answer_ref(a);
            e->epoch = epoch;
            e->made = mono();
            e->cost = cost;
            c->kept++;
            c->bytes += a->n;
            while (c->bytes > c->max_bytes && evict_one(c, e)) {}
        } else {
            /* an error or an answer too big to keep: asked again, computed again */
            unlink_entry(c, e);
        }
    }
    pthread_mutex_unlock(&c->mu);
    for (size_t i = 0; i < nw; i++) wake(ud, w[i], ent_answer_ref(a));
    free(w);
    ent_answer_unref(a);
}

void ent_acache_stats(ent_acache *c, size_t *entries, size_t *bytes) {
    pthread_mutex_lock(&c->mu);
    *entries = c->kept;
    *bytes = c->bytes;
    pthread_mutex_unlock(&c->mu);
}
