/* pool.h - coding on several cores, in order.
 *
 * A pool runs N worker threads, each with its own pipeline (ICU, Hunspell,
 * dictionaries, coder: none of them is shared; TABARI dictionaries are,
 * read-only). Callers submit jobs (one article each) into a bounded queue
 * (ent_pool_submit waits while it is full, so memory stays flat whatever
 * the input's size) and take them back coded, in the order they submitted
 * them, from their stream: `entente code` prints, `ingest` and `recode`
 * store, `serve` answers one request per stream, the fuzzer checks.
 *
 * Streams are independent: several threads may each use their own stream
 * of one pool at once (serve's request threads). One stream belongs to one
 * thread. With TABARI dictionaries whose options turn FORWARD on (pronouns
 * carried from one record to the next), a pool has one worker, so that
 * records are coded one after another exactly as with -j 1.
 */
#ifndef ENT_POOL_H
#define ENT_POOL_H

#include "pipeline.h"

/* One article and what coding it gave. The job owns a copy of the article
 * and its result; fields up to `ud` are the caller's to set before
 * submitting, the rest are the pool's. */
typedef struct ent_job {
    ent_article a;             /* a copy (ent_job_new) */
    ent_code_opts co;          /* per-article lang, date, trace (copied by the caller's choice) */
    int skip;                  /* do not code (already stored): comes back with only r.lang */
    void *ud;                  /* the caller's */
    int failed;                /* coding failed: err says why */
    ent_err err;
    ent_result r;
    struct ent_job *next;      /* in its stream */
    int done;
    ent_arena ar;              /* the article's copy */
} ent_job;

/* A job holding a copy of `a` (every string of it). */
ent_job *ent_job_new(const ent_article *a);
/* A string copied into the job (for co.lang, co.date). */
const char *ent_job_strdup(ent_job *j, const char *s);
void ent_job_free(ent_job *j);

typedef struct ent_pool ent_pool;
typedef struct ent_pool_stream ent_pool_stream;

/* Opens `workers` pipelines (1 to 64) from the same options and starts
 * their threads; NULL with *err on failure. */
ent_pool *ent_pool_open(const ent_pipeline_opts *o, int workers, ent_err *err);
/* Stops the workers (after the jobs they hold) and closes the pipelines.
 * Every stream must be freed first. */
void ent_pool_close(ent_pool *p);
/* The first worker's pipeline, for what does not change while coding: its
 * fingerprint, its options, its language rule. */
const ent_pipeline *ent_pool_pipeline(const ent_pool *p);
int ent_pool_workers(const ent_pool *p);

/* Codes at a lower priority from the next job on: each worker thread's
 * nice value goes up by `delta` (1 to 19) from what it was. What a server
 * does, so that answering requests never waits for the CPU that coding a
 * long text takes (Linux: the nice value of a thread). */
void ent_pool_set_nice(ent_pool *p, int delta);

ent_pool_stream *ent_pool_stream_new(ent_pool *p);
/* Frees the stream; jobs still pending are waited for and freed. */
void ent_pool_stream_free(ent_pool_stream *s);
/* Queues j (the stream owns it until ent_pool_next gives it back). */
void ent_pool_submit(ent_pool_stream *s, ent_job *j);
/* The oldest job of the stream once it is coded (the caller owns it
 * again); with wait == 0, NULL when it is not coded yet; NULL when the
 * stream holds no job. */
ent_job *ent_pool_next(ent_pool_stream *s, int wait);
/* Jobs submitted to the stream and not taken back. */
size_t ent_pool_pending(const ent_pool_stream *s);

/* The number of online cores. */
int ent_pool_cores(void);

#endif
