/* pool.c - see pool.h. One mutex guards the work queue and every stream's
 * done flags; workers wait on `work`, submitters on `room`, stream readers
 * on `done`. Coding happens outside the lock. */
#define _GNU_SOURCE
#include "pool.h"

#include <errno.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_WORKERS 64
#define QUEUE_PER_WORKER 32

static const char *dupa(ent_arena *ar, const char *s) { return s ? ent_arena_strdup(ar, s) : NULL; }

ent_job *ent_job_new(const ent_article *a) {
    ent_job *j = ent_xcalloc(1, sizeof *j);
    ent_arena_init(&j->ar, 16 * 1024);
    j->a = *a;
    j->a.id = dupa(&j->ar, a->id);
    j->a.date = dupa(&j->ar, a->date);
    j->a.lang = dupa(&j->ar, a->lang);
    j->a.title = dupa(&j->ar, a->title);
    j->a.text = ent_arena_strndup(&j->ar, a->text, a->text_len);
    j->a.url = dupa(&j->ar, a->url);
    j->a.source = dupa(&j->ar, a->source);
    j->a.file = dupa(&j->ar, a->file);
    ent_result_init(&j->r);
    /* the result's first block comes from the thread that will free it: a
     * worker's malloc arena would shrink and grow again for every job */
    (void)ent_arena_alloc(&j->r.ar, 1);
    return j;
}

const char *ent_job_strdup(ent_job *j, const char *s) { return dupa(&j->ar, s); }

void ent_job_free(ent_job *j) {
    if (!j) return;
    ent_result_free(&j->r);
    ent_arena_free(&j->ar);
    free(j);
}

typedef struct worker {
    ent_pool *p;
    ent_pipeline *pl;
    pthread_t th;
    int started;
    int nice;   /* the delta applied to this thread */
} worker;

struct ent_pool {
    pthread_mutex_t mu;
    pthread_cond_t work, room, done;
    ent_job **q;
    size_t qcap, qhead, qn;
    int stop;
    worker *w;
    int n;
    int nice;   /* the delta asked for (atomic) */
};

struct ent_pool_stream {
    ent_pool *p;
    ent_job *head, *tail;
    size_t pending;
};

int ent_pool_cores(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* Applies the pool's nice delta to the calling worker thread. */
static void renice(worker *w) {
    int want = __atomic_load_n(&w->p->nice, __ATOMIC_RELAXED);
    if (want == w->nice) return;
    id_t tid = (id_t)syscall(SYS_gettid);
    errno = 0;
    int cur = getpriority(PRIO_PROCESS, tid);
    if (errno == 0) {
        int to = cur - w->nice + want;
        setpriority(PRIO_PROCESS, tid, to > 19 ? 19 : to);
    }
    w->nice = want;
}

void ent_pool_set_nice(ent_pool *p, int delta) {
    __atomic_store_n(&p->nice, delta < 0 ? 0 : delta > 19 ? 19 : delta, __ATOMIC_RELAXED);
}

static void *worker_main(void *ud) {
    worker *w = ud;
    ent_pool *p = w->p;
    for (;;) {
        renice(w);
        pthread_mutex_lock(&p->mu);
        while (!p->qn && !p->stop) pthread_cond_wait(&p->work, &p->mu);
        if (!p->qn) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        ent_job *j = p->q[p->qhead];
        p->qhead = (p->qhead + 1) % p->qcap;
        p->qn--;
        /* submitters wake when half the queue is free, not for every slot:
         * they then queue many jobs in a row (one wake-up per half queue) */
        if (p->qn <= p->qcap / 2) pthread_cond_broadcast(&p->room);
        pthread_mutex_unlock(&p->mu);
        ent_err_clear(&j->err);
        if (j->skip) ent_pipeline_skip(w->pl, &j->a, &j->co, &j->r);
        else j->failed = ent_pipeline_code(w->pl, &j->a, &j->co, &j->r, &j->err) != 0;
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        pthread_cond_broadcast(&p->done);
        pthread_mutex_unlock(&p->mu);
    }
}

/* FORWARD carries state from one record to the next: one worker then. */
static int forwarding(ent_pipeline *first) {
    ent_tabari *tb = ent_pipeline_tabari(first);
    return tb && ent_tabari_forwarding(tb);
}

ent_pool *ent_pool_open(const ent_pipeline_opts *o, int workers, ent_err *err) {
    ent_pool *p = ent_xcalloc(1, sizeof *p);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->room, NULL);
    pthread_cond_init(&p->done, NULL);
    int n = workers < 1 ? 1 : workers > MAX_WORKERS ? MAX_WORKERS : workers;
    p->w = ent_xcalloc((size_t)n, sizeof *p->w);
    for (; p->n < n; p->n++) {
        worker *w = &p->w[p->n];
        w->p = p;
        w->pl = p->n ? ent_pipeline_clone(p->w[0].pl, err) : ent_pipeline_open(o, err);
        if (!w->pl) goto fail;
        if (!p->n && forwarding(w->pl)) n = 1;
    }
    p->qcap = (size_t)p->n * QUEUE_PER_WORKER;
    p->q = ent_xcalloc(p->qcap, sizeof *p->q);
    for (int i = 0; i < p->n; i++) {
        if (pthread_create(&p->w[i].th, NULL, worker_main, &p->w[i])) {
            ent_err_set(err, ENT_EIO, NULL, 0, "cannot start a coding thread");
            goto fail;
        }
        p->w[i].started = 1;
    }
    return p;
fail:
    ent_pool_close(p);
    return NULL;
}

void ent_pool_close(ent_pool *p) {
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n; i++) {
        if (p->w[i].started) pthread_join(p->w[i].th, NULL);
        ent_pipeline_close(p->w[i].pl);
    }
    free(p->w);
    free(p->q);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->room);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p);
}

const ent_pipeline *ent_pool_pipeline(const ent_pool *p) { return p->w[0].pl; }

int ent_pool_workers(const ent_pool *p) { return p->n; }

ent_pool_stream *ent_pool_stream_new(ent_pool *p) {
    ent_pool_stream *s = ent_xcalloc(1, sizeof *s);
    s->p = p;
    return s;
}

void ent_pool_stream_free(ent_pool_stream *s) {
    if (!s) return;
    ent_job *j;
    while ((j = ent_pool_next(s, 1))) ent_job_free(j);
    free(s);
}

void ent_pool_submit(ent_pool_stream *s, ent_job *j) {
    ent_pool *p = s->p;
    j->next = NULL;
    j->done = 0;
    j->failed = 0;
    pthread_mutex_lock(&p->mu);
    while (p->qn == p->qcap) pthread_cond_wait(&p->room, &p->mu);
    if (s->tail) s->tail->next = j;
    else s->head = j;
    s->tail = j;
    s->pending++;
    p->q[(p->qhead + p->qn++) % p->qcap] = j;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

ent_job *ent_pool_next(ent_pool_stream *s, int wait) {
    ent_pool *p = s->p;
    ent_job *j = s->head;
    if (!j) return NULL;
    pthread_mutex_lock(&p->mu);
    while (!j->done && wait) pthread_cond_wait(&p->done, &p->mu);
    int done = j->done;
    pthread_mutex_unlock(&p->mu);
    if (!done) return NULL;
    s->head = j->next;
    if (!s->head) s->tail = NULL;
    s->pending--;
    j->next = NULL;
    return j;
}

size_t ent_pool_pending(const ent_pool_stream *s) { return s->pending; }
