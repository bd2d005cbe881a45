/* serve_int.h - internals of the server shared by serve.c (HTTP, dispatch,
 * start and stop), work.c (the threads that compute answers and code
 * requests, the header deadline) and files.c (the dashboard's files). */
#ifndef ENT_SERVE_INT_H
#define ENT_SERVE_INT_H

#include "../store/store.h"
#include "api.h"
#include "cache.h"
#include "serve.h"

#include <microhttpd.h>
#include <pthread.h>
#include <time.h>

/* One connection and its current request (requests on a connection come
 * one after another). A request waiting for an answer computed by another
 * thread is suspended; `ans` is its answer once it is woken. */
typedef struct req {
    ent_server *s;
    struct MHD_Connection *c;
    int fd;
    struct req *prev, *next;   /* in the server's list of connections (conns_mu) */
    double wait_since;         /* waiting for a request's headers since (seconds, monotonic); 0: not waiting */
    int cut;                   /* shut down by the header deadline */
    /* the request */
    ent_buf body;
    int started, too_big, nul;
    size_t dropped;
    char *uri;                 /* as sent (the cache key) */
    struct timespec t0;
    /* guarded by the server's mu */
    ent_answer *ans;
    int suspended, woken;
} req;

enum { TASK_QUERY, TASK_REFRESH, TASK_CODE };

typedef struct task {
    struct task *next;
    int kind;
    req *r;                    /* waiting for it (TASK_QUERY without cache, TASK_CODE); NULL otherwise */
    char *uri;                 /* TASK_QUERY, TASK_REFRESH */
    int cached;                /* the answer goes through the cache (its waiters) */
    uint64_t epoch;            /* the database's epoch when it was asked for */
    /* TASK_CODE: the body and the validated arguments */
    ent_buf body;
    char *format, *lang, *date;
    int explain;
} task;

typedef struct taskq {
    task *head, *tail;
    size_t n;
} taskq;

struct ent_server {
    struct MHD_Daemon *d;
    ent_serve_opts o;
    char *db;
    char *web;                 /* the dashboard folder, resolved (realpath); NULL: none */
    int web_fd;
    ent_api *api;
    int port;
    ent_acache *cache;
    /* the database's epoch: grows when PRAGMA data_version says it changed */
    pthread_mutex_t watch_mu;
    ent_store *watch;
    int64_t watch_version;
    long long watch_ns;        /* when it was last asked (atomic) */
    uint64_t epoch;            /* atomic */
    /* work (mu) */
    pthread_mutex_t mu;
    pthread_cond_t work, code_work;
    taskq query, refresh, code;
    size_t code_inflight;      /* coding requests queued or running */
    int stopping;
    pthread_t *threads;        /* query workers, then code workers */
    int nthreads, nquery;
    /* connections (conns_mu), for the header deadline */
    pthread_mutex_t conns_mu;
    pthread_cond_t conns_cv;
    req *conns;
    pthread_t watchdog;
    int watchdog_started, watchdog_stop;
};

double ent_serve_mono(void);

/* work.c */
int serve_work_start(ent_server *s, ent_err *err);
/* Answers every queued task with 503 and wakes its request, waits for the
 * running ones, joins the threads. */
void serve_work_stop(ent_server *s);
/* The database's epoch now (checked at most every 5 ms). */
uint64_t serve_epoch(ent_server *s);
/* Queues t and suspends its request, if any (0), or answers 503 when the
 * server is stopping or the coding queue is full (-1: t is freed). */
int serve_submit(ent_server *s, task *t, struct MHD_Connection *c);
/* Wakes r with answer a (taking the reference): resumes it when suspended. */
void serve_wake(void *s, void *r, ent_answer *a);
/* A GET answer from the cache, or suspended until one is computed: 0, or
 * -1 when r must be answered now with *a (fresh or stale). */
int serve_cached(ent_server *s, req *r, struct MHD_Connection *c, ent_answer **a);
void task_free(task *t);
int serve_watchdog_start(ent_server *s, ent_err *err);
void serve_watchdog_stop(ent_server *s);
void serve_conn_add(ent_server *s, req *r);
void serve_conn_remove(ent_server *s, req *r);
/* Headers of a request are complete (waiting = 0) or awaited (1). */
void serve_conn_waiting(ent_server *s, req *r, int waiting);

/* files.c */
int serve_web_open(ent_server *s, const char *dir, ent_err *err);
void serve_web_close(ent_server *s);
/* The file for URL path `url` ("/" is index.html): an fd and its size and
 * media type, or -1 (404). Only regular files, never through a link. */
int serve_web_file(ent_server *s, const char *url, size_t *size, const char **ctype);

#endif
