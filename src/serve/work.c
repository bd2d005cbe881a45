/* work.c - the threads of the server besides libmicrohttpd's (see
 * serve.h): query workers compute GET /api answers from their own
 * read-only store connection (requests waiting for them first, then cache
 * refreshes), code workers code POST /api/code bodies (a bounded queue:
 * full is a 503), and the watchdog shuts down connections whose request
 * headers are late. libmicrohttpd's threads only read, write and answer
 * from the cache: nothing they do waits for the database or the coder. */
#define _GNU_SOURCE
#include "serve_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

double ent_serve_mono(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void task_free(task *t) {
    if (!t) return;
    free(t->uri);
    ent_buf_free(&t->body);
    free(t->format);
    free(t->lang);
    free(t->date);
    free(t);
}

static void push(taskq *q, task *t) {
    t->next = NULL;
    if (q->tail) q->tail->next = t;
    else q->head = t;
    q->tail = t;
    q->n++;
}

static task *pop(taskq *q) {
    task *t = q->head;
    if (!t) return NULL;
    q->head = t->next;
    if (!q->head) q->tail = NULL;
    q->n--;
    return t;
}

/* ---- the epoch ---- */

uint64_t serve_epoch(ent_server *s) {
    long long now = (long long)(ent_serve_mono() * 1e9);
    if (now - __atomic_load_n(&s->watch_ns, __ATOMIC_RELAXED) < 5000000) return __atomic_load_n(&s->epoch, __ATOMIC_ACQUIRE);
    pthread_mutex_lock(&s->watch_mu);
    if (now - s->watch_ns >= 5000000) {
        int64_t v = -1;
        ent_err err;
        ent_err_clear(&err);
        /* an unknown version counts as a change: nothing stays fresh */
        if (ent_store_data_version(s->watch, &v, &err) || v != s->watch_version) __atomic_add_fetch(&s->epoch, 1, __ATOMIC_RELEASE);
        s->watch_version = v;
        __atomic_store_n(&s->watch_ns, now, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&s->watch_mu);
    return __atomic_load_n(&s->epoch, __ATOMIC_ACQUIRE);
}

/* ---- waking requests ---- */

void serve_wake(void *sv, void *rv, ent_answer *a) {
    ent_server *s = sv;
    req *r = rv;
    pthread_mutex_lock(&s->mu);
    ent_answer_unref(r->ans);
    r->ans = a;
    if (r->suspended) {
        r->suspended = 0;
        MHD_resume_connection(r->c);
    } else {
        r->woken = 1;
    }
    pthread_mutex_unlock(&s->mu);
}

static ent_answer *error_answer(int status, const char *msg) {
    ent_buf b;
    ent_buf_init(&b);
    ent_api_error(&b, msg);
    return ent_answer_new(status, "application/json; charset=utf-8", &b);
}

/* Suspends r (mu held) unless it was woken already. */
static void suspend_locked(req *r, struct MHD_Connection *c) {
    if (r->woken) return;
    MHD_suspend_connection(c);
    r->suspended = 1;
}

int serve_submit(ent_server *s, task *t, struct MHD_Connection *c) {
    const char *busy = NULL;
    pthread_mutex_lock(&s->mu);
    if (s->stopping) busy = "the server is stopping";
    else if (t->kind == TASK_CODE && s->code_inflight >= (size_t)(s->o.code_workers + s->o.code_queue))
        busy = "every coder is busy: try again later";
    if (busy) {
        pthread_mutex_unlock(&s->mu);
        if (t->r) serve_wake(s, t->r, error_answer(503, busy));
        task_free(t);
        return -1;
    }
    if (t->kind == TASK_CODE) {
        s->code_inflight++;
        push(&s->code, t);
        pthread_cond_signal(&s->code_work);
    } else {
        push(t->kind == TASK_REFRESH ? &s->refresh : &s->query, t);
        pthread_cond_signal(&s->work);
    }
    if (t->r) suspend_locked(t->r, c);
    pthread_mutex_unlock(&s->mu);
    return 0;
}

int serve_cached(ent_server *s, req *r, struct MHD_Connection *c, ent_answer **a) {
    uint64_t epoch = serve_epoch(s);
    int refresh;
    /* mu is taken first: a computation that ends at once cannot wake r
     * before it is suspended */
    pthread_mutex_lock(&s->mu);
    int got = ent_acache_get(s->cache, r->uri, epoch, r, a, &refresh);
    if (got == ENT_ACACHE_WAIT || got == ENT_ACACHE_COMPUTE) suspend_locked(r, c);
    pthread_mutex_unlock(&s->mu);
    if (got == ENT_ACACHE_FRESH || got == ENT_ACACHE_STALE) {
        if (refresh) {
            task *t = ent_xcalloc(1, sizeof *t);
            t->kind = TASK_REFRESH;
            t->uri = ent_xstrdup(r->uri);
            t->cached = 1;
            t->epoch = epoch;
            serve_submit(s, t, NULL);
        }
        return 1;
    }
    if (got == ENT_ACACHE_COMPUTE) {
        task *t = ent_xcalloc(1, sizeof *t);
        t->kind = TASK_QUERY;
        t->uri = ent_xstrdup(r->uri);
        t->cached = 1;
        t->epoch = epoch;
        /* r is the entry's first waiter */
        if (serve_submit(s, t, NULL))
            ent_acache_done(s->cache, r->uri, epoch, 0, error_answer(503, "the server is stopping"), serve_wake, s);
    }
    return 0;
}

/* ---- the workers ---- */

static void run_query(ent_server *s, ent_store *st, const ent_err *open_err, task *t) {
    double t0 = ent_serve_mono();
    ent_buf out;
    ent_buf_init(&out);
    const char *ctype = "application/json; charset=utf-8";
    int status;
    if (st) {
        status = ent_api_get_uri(s->api, st, t->uri, &out, &ctype);
    } else {
        ent_api_error(&out, open_err->msg);
        status = 503;
    }
    ent_answer *a = ent_answer_new(status, ctype, &out);
    if (t->cached) ent_acache_done(s->cache, t->uri, t->epoch, ent_serve_mono() - t0, a, serve_wake, s);
    else serve_wake(s, t->r, a);
}

static void *query_main(void *ud) {
    ent_server *s = ud;
    ent_err err;
    ent_err_clear(&err);
    ent_store_opts so = {.readonly = 1};
    ent_store *st = ent_store_open(s->db, &so, &err);
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (!s->query.n && !s->refresh.n && !s->stopping) pthread_cond_wait(&s->work, &s->mu);
        /* requests that wait come first; refreshes are dropped at the end */
        task *t = pop(&s->query);
        if (!t && s->stopping) {
            pthread_mutex_unlock(&s->mu);
            break;
        }
        if (!t) t = pop(&s->refresh);
        pthread_mutex_unlock(&s->mu);
        run_query(s, st, &err, t);
        task_free(t);
    }
    ent_store_close(st);
    return NULL;
}

static void *code_main(void *ud) {
    ent_server *s = ud;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (!s->code.n && !s->stopping) pthread_cond_wait(&s->code_work, &s->mu);
        task *t = pop(&s->code);
        pthread_mutex_unlock(&s->mu);
        if (!t) break;
        ent_buf out;
        ent_buf_init(&out);
        int status = s->o.code(s->o.code_ud, t->body.p ? t->body.p : "", t->body.len, t->format, t->lang, t->date,
                               t->explain, &out);
        serve_wake(s, t->r, ent_answer_new(status, "application/json; charset=utf-8", &out));
        pthread_mutex_lock(&s->mu);
        s->code_inflight--;
        pthread_mutex_unlock(&s->mu);
        task_free(t);
    }
    return NULL;
}

int serve_work_start(ent_server *s, ent_err *err) {
    int nq = s->o.threads, nc = s->o.code ? s->o.code_workers : 0;
    s->threads = ent_xcalloc((size_t)(nq + nc), sizeof *s->threads);
    for (int i = 0; i < nq + nc; i++) {
        if (pthread_create(&s->threads[i], NULL, i < nq ? query_main : code_main, s))
            return ent_err_set(err, ENT_EIO, NULL, 0, "cannot start a server thread");
        s->nthreads++;
        s->nquery += i < nq;
    }
    return 0;
}

void serve_work_stop(ent_server *s) {
    pthread_mutex_lock(&s->mu);
    s->stopping = 1;
    /* coding requests not started: 503; refreshes: dropped */
    for (task *t; (t = pop(&s->code));) {
        s->code_inflight--;
        pthread_mutex_unlock(&s->mu);
        serve_wake(s, t->r, error_answer(503, "the server is stopping"));
        task_free(t);
        pthread_mutex_lock(&s->mu);
    }
    for (task *t; (t = pop(&s->refresh));) {
        pthread_mutex_unlock(&s->mu);
        ent_acache_done(s->cache, t->uri, 0, 0, error_answer(503, "the server is stopping"), serve_wake, s);
        task_free(t);
        pthread_mutex_lock(&s->mu);
    }
    pthread_cond_broadcast(&s->work);
    pthread_cond_broadcast(&s->code_work);
    pthread_mutex_unlock(&s->mu);
    for (int i = 0; i < s->nthreads; i++) pthread_join(s->threads[i], NULL);
    free(s->threads);
    s->threads = NULL;
    s->nthreads = 0;
}

/* ---- the header deadline ---- */

void serve_conn_add(ent_server *s, req *r) {
    pthread_mutex_lock(&s->conns_mu);
    r->prev = NULL;
    r->next = s->conns;
    if (s->conns) s->conns->prev = r;
    s->conns = r;
    r->wait_since = ent_serve_mono();
    pthread_mutex_unlock(&s->conns_mu);
}

void serve_conn_remove(ent_server *s, req *r) {
    pthread_mutex_lock(&s->conns_mu);
    if (r->prev) r->prev->next = r->next;
    else if (s->conns == r) s->conns = r->next;
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = NULL;
    pthread_mutex_unlock(&s->conns_mu);
}

void serve_conn_waiting(ent_server *s, req *r, int waiting) {
    pthread_mutex_lock(&s->conns_mu);
    r->wait_since = waiting ? ent_serve_mono() : 0;
    pthread_mutex_unlock(&s->conns_mu);
}

/* Every half second: a connection still without the complete headers of a
 * request header_timeout seconds after it opened (or after its previous
 * request ended) is shut down; libmicrohttpd then closes it as a
 * connection the client dropped. Its descriptor stays open until
 * libmicrohttpd reports the connection closed, which takes conns_mu: it
 * cannot be another connection's meanwhile. (Not an accept loop of our own
 * handing sockets to MHD_add_connection: libmicrohttpd reads such a socket
 * alone, so that loop could not see the headers arrive either, and ending a
 * connection libmicrohttpd owns takes this same shutdown.) */
static void *watchdog_main(void *ud) {
    ent_server *s = ud;
    pthread_mutex_lock(&s->conns_mu);
    while (!s->watchdog_stop) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += 500000000;
        if (t.tv_nsec >= 1000000000) t.tv_sec++, t.tv_nsec -= 1000000000;
        pthread_cond_timedwait(&s->conns_cv, &s->conns_mu, &t);
        double now = ent_serve_mono();
        for (req *r = s->conns; r; r = r->next)
            if (r->wait_since > 0 && !r->cut && r->fd >= 0 && now - r->wait_since > (double)s->o.header_timeout) {
                shutdown(r->fd, SHUT_RDWR);
                r->cut = 1;
            }
    }
    pthread_mutex_unlock(&s->conns_mu);
    return NULL;
}

int serve_watchdog_start(ent_server *s, ent_err *err) {
    if (pthread_create(&s->watchdog, NULL, watchdog_main, s)) return ent_err_set(err, ENT_EIO, NULL, 0, "cannot start a thread");
    s->watchdog_started = 1;
    return 0;
}

void serve_watchdog_stop(ent_server *s) {
    if (!s->watchdog_started) return;
    pthread_mutex_lock(&s->conns_mu);
    s->watchdog_stop = 1;
    pthread_cond_signal(&s->conns_cv);
    pthread_mutex_unlock(&s->conns_mu);
    pthread_join(s->watchdog, NULL);
    s->watchdog_started = 0;
}
