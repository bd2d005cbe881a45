/* pool.h - coding on several cores: N workers, each with its own pipeline
 * (ICU, Hunspell, dictionaries, coder: none of them is shared), code a
 * batch of articles; results come back in input order. */
#ifndef ENT_POOL_H
#define ENT_POOL_H

#include "pipeline.h"

#include "../src/treaty/treaty.h"

#include <pthread.h>

/* One article and what coding it produced; owns copies of everything. */
typedef struct job {
    ent_article a;
    char *lang;
    const char *date;    /* resolve dated roles at this date (NULL: the article's) */
    ent_event *ev;
    size_t nev;
    ent_treaty_facts treaties;   /* POOL_EVENTS only: the article's treaties and framing */
    int failed;
    int skip;            /* do not code (already stored) */
    ent_err err;
    ent_buf out;         /* rendered output, when the pool renders */
    ent_arena ar;
} job;

job *job_new(const ent_article *a, const char *lang);
void job_free(job *j);

typedef enum { POOL_EVENTS, POOL_JSONL, POOL_TSV, POOL_TABARI } pool_render;

typedef struct pool pool;

/* Opens n pipelines (n >= 1) from the same options; NULL on failure
 * (reported). */
pool *pool_new(clidict *cd, const char **verbs, int nverbs, int n, pool_render render);
void pool_free(pool *p);
/* Codes jobs[0..n) on the workers and returns when all are done. */
void pool_run(pool *p, job **jobs, size_t n);
/* The first worker's pipeline (its fingerprint names the dictionaries). */
pipeline *pool_pipeline(pool *p);

/* The number of online cores. */
int pool_cores(void);

#endif
