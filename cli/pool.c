/* pool.c - see pool.h. A batch is split in contiguous slices, one per
 * worker; the caller waits for the slowest. Simple and order-preserving;
 * batches of a few hundred articles keep the workers busy. */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e);
void cli_event_tsv(ent_buf *o, const ent_article *a, const ent_event *e);
void cli_event_tabari(ent_buf *o, const ent_article *a, const ent_event *e);

static const char *dupa(ent_arena *ar, const char *s) { return s ? ent_arena_strdup(ar, s) : NULL; }

job *job_new(const ent_article *a, const char *lang) {
    job *j = ent_xcalloc(1, sizeof *j);
    ent_arena_init(&j->ar, 64 * 1024);
    j->a = *a;
    j->a.id = dupa(&j->ar, a->id);
    j->a.date = dupa(&j->ar, a->date);
    j->a.lang = dupa(&j->ar, a->lang);
    j->a.title = dupa(&j->ar, a->title);
    j->a.text = ent_arena_strndup(&j->ar, a->text, a->text_len);
    j->a.url = dupa(&j->ar, a->url);
    j->a.source = dupa(&j->ar, a->source);
    j->a.file = dupa(&j->ar, a->file);
    j->lang = ent_arena_strdup(&j->ar, lang);
    ent_buf_init(&j->out);
    return j;
}

void job_free(job *j) {
    if (!j) return;
    ent_buf_free(&j->out);
    ent_arena_free(&j->ar);
    free(j);
}

typedef struct worker {
    pool *p;
    pipeline pl;
    ent_arena ar;
    job **jobs;
    size_t n;
    ent_treaty_ex *tx;   /* opened on the first article to store */
} worker;

struct pool {
    worker *w;
    int n;
    pool_render render;
};

int pool_cores(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

pool *pool_new(clidict *cd, const char **verbs, int nverbs, int n, pool_render render) {
    pool *p = ent_xcalloc(1, sizeof *p);
    p->n = n < 1 ? 1 : n;
    p->render = render;
    p->w = ent_xcalloc((size_t)p->n, sizeof *p->w);
    for (int i = 0; i < p->n; i++) {
        if (pipeline_open(&p->w[i].pl, cd, verbs, nverbs)) {
            p->n = i;
            pool_free(p);
            return NULL;
        }
        p->w[i].p = p;
        ent_arena_init(&p->w[i].ar, 1 << 20);
    }
    return p;
}

void pool_free(pool *p) {
    if (!p) return;
    for (int i = 0; i < p->n; i++) {
        ent_treaty_ex_free(p->w[i].tx);
        pipeline_close(&p->w[i].pl);
        ent_arena_free(&p->w[i].ar);
    }
    free(p->w);
    free(p);
}

pipeline *pool_pipeline(pool *p) { return &p->w[0].pl; }

/* The article's treaties, copied into the job (names and sources live in
 * the worker's arena; kinds and keys belong to the extractor). */
static void extract_treaties(worker *w, job *j, const ent_event *ev, size_t n) {
    ent_err err;
    ent_err_clear(&err);
    if (!w->tx) w->tx = ent_treaty_ex_new(w->pl.t, w->pl.d, NULL, NULL, &err);
    ent_treaty_facts f;
    if (!w->tx || pipeline_treaties(&w->pl, w->tx, &j->a, j->lang, ev, n, &w->ar, &f, &err)) return;
    if (f.nt) {
        j->treaties.t = ent_arena_alloc(&j->ar, f.nt * sizeof *f.t);
        memcpy(j->treaties.t, f.t, f.nt * sizeof *f.t);
        for (size_t i = 0; i < f.nt; i++) {
            ent_treaty *t = &j->treaties.t[i];
            t->name_en = ent_arena_strdup(&j->ar, t->name_en);
            t->name = ent_arena_strdup(&j->ar, t->name);
            for (int k = 0; k < t->nstatus; k++) t->status[k].reported = dupa(&j->ar, t->status[k].reported);
        }
    }
    if (f.nf) {
        j->treaties.f = ent_arena_alloc(&j->ar, f.nf * sizeof *f.f);
        memcpy(j->treaties.f, f.f, f.nf * sizeof *f.f);
    }
    j->treaties.nt = f.nt;
    j->treaties.nf = f.nf;
}

static void code_job(worker *w, job *j) {
    if (j->skip) return;
    ent_arena_reset(&w->ar);
    ent_event *ev = NULL;
    size_t n = 0;
    ent_err_clear(&j->err);
    if (pipeline_code(&w->pl, &j->a, j->lang, j->date, &w->ar, &ev, &n, &j->err)) {
        j->failed = 1;
        return;
    }
    if (w->p->render == POOL_EVENTS) {
        if (n) {
            j->ev = ent_arena_alloc(&j->ar, n * sizeof *ev);
            memcpy(j->ev, ev, n * sizeof *ev);
            /* dates may live in the worker's arena; names, entries and
             * codebook rows belong to the dictionaries, which outlive the run */
            for (size_t i = 0; i < n; i++) j->ev[i].date = ent_arena_strdup(&j->ar, ev[i].date);
        }
        j->nev = n;
        extract_treaties(w, j, ev, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            if (w->p->render == POOL_TSV) cli_event_tsv(&j->out, &j->a, &ev[i]);
            else if (w->p->render == POOL_TABARI) {
                if (!ev[i].negated && !ev[i].mood) cli_event_tabari(&j->out, &j->a, &ev[i]);
            } else cli_event_json(&j->out, &j->a, &ev[i]);
        }
    }
}

static void *worker_main(void *ud) {
    worker *w = ud;
    for (size_t i = 0; i < w->n; i++) code_job(w, w->jobs[i]);
    return NULL;
}

void pool_run(pool *p, job **jobs, size_t n) {
    if (p->n == 1 || n < 2) {
        p->w[0].jobs = jobs;
        p->w[0].n = n;
        worker_main(&p->w[0]);
        return;
    }
    pthread_t th[64];
    int nw = p->n > 64 ? 64 : p->n;
    size_t per = (n + (size_t)nw - 1) / (size_t)nw, at = 0;
    int started = 0;
    for (int i = 0; i < nw && at < n; i++) {
        p->w[i].jobs = jobs + at;
        p->w[i].n = at + per <= n ? per : n - at;
        at += p->w[i].n;
        if (i == 0) continue;   /* the calling thread is worker 0 */
        if (pthread_create(&th[started], NULL, worker_main, &p->w[i])) worker_main(&p->w[i]);
        else started++;
    }
    worker_main(&p->w[0]);
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
}
