/* serve.h - the HTTP server of `entente serve`: the JSON API (api.h) and
 * the dashboard's static files, on libmicrohttpd. It degrades, never
 * stalls:
 *
 * - libmicrohttpd's threads only read requests, write answers, serve
 *   static files and answers from the cache (cache.h: shared by all, kept
 *   until the database changes, then served stale while one refresh runs).
 *   A GET /api answer not cached yet is computed by a query worker
 *   (`threads`, each with its own read-only store connection: SQLite in WAL
 *   mode, so a concurrent `entente ingest` is seen and never blocked); the
 *   request is suspended meanwhile, and requests for the same URI wait for
 *   the same computation.
 * - POST /api/code bodies go to their own bounded pool: `code_workers`
 *   requests coded at once (by the caller's callback, which pools the
 *   coder), `code_queue` more waiting; beyond that a 503 with Retry-After.
 * - Limits: `max_conns` connections, `client_conns` per client address;
 *   request headers must be complete within `header_timeout` seconds of the
 *   connection (or of its previous request), or the connection is shut
 *   down (libmicrohttpd itself only has an idle timeout, which restarts on
 *   every byte); bodies over max_body are refused with 413 (before reading
 *   them when Content-Length says so; a chunked one is read and dropped up
 *   to 64 MiB, then its connection is closed).
 * - A browser page of another site cannot use the server: the Host header
 *   must be an IP address, localhost (or a name under .localhost) or one of
 *   `allow_hosts` (else 403: DNS rebinding), and POST /api/code refuses
 *   (415) the content types a page can send without a CORS preflight
 *   (text/plain, application/x-www-form-urlencoded, multipart/form-data, or
 *   none). No CORS header is sent unless `cors` names an origin.
 * - Hostile requests get an answer, never the process: query arguments
 *   with NUL bytes or invalid UTF-8 are a 400; static paths outside the
 *   dashboard folder (.., dot files, a symbolic link anywhere in the path,
 *   anything but a regular file, segments other than [A-Za-z0-9._-]) a 404;
 *   other methods a 405; headers are bounded by the connection memory limit
 *   (431/414 from libmicrohttpd).
 */
#ifndef ENT_SERVE_H
#define ENT_SERVE_H

#include "../base/buf.h"
#include "../base/err.h"

#include <stddef.h>

/* Codes the request body of POST /api/code (`format`, `lang`, `date`: the
 * query arguments, validated, NULL when absent; `explain`: add the coder's
 * account) into one JSON document in `out`. Returns the HTTP status (200,
 * or 400 with {"error"} in out). Called from any worker thread. */
typedef int (*ent_serve_code_fn)(void *ud, const char *body, size_t n, const char *format, const char *lang,
                                 const char *date, int explain, ent_buf *out);

/* One line per answered request, for an access log. */
typedef void (*ent_serve_log_fn)(void *ud, const char *method, const char *url, int status, size_t bytes, double ms);

typedef struct ent_serve_opts {
    const char *db;          /* the store (must exist) */
    const char *web_dir;     /* the dashboard's files; NULL: no dashboard */
    const char *host;        /* address to bind: IPv4 or IPv6 literal (default 127.0.0.1) */
    int port;                /* 0: any free port (see ent_serve_port) */
    int threads;             /* query workers (default 2) */
    int io_threads;          /* libmicrohttpd's threads (default 2) */
    int code_workers;        /* coding requests at once (default 1) */
    int code_queue;          /* coding requests waiting (default 4) */
    size_t max_body;         /* largest POST body (default 1 MiB) */
    unsigned timeout;        /* idle connection timeout, seconds (default 30) */
    unsigned header_timeout; /* request headers complete within, seconds (default 10) */
    unsigned max_conns;      /* simultaneous connections (default 1024) */
    unsigned client_conns;   /* simultaneous connections per client address (default 64) */
    const char *const *allow_hosts;   /* more names the Host header may give */
    size_t nallow_hosts;
    int no_cache;            /* compute every answer */
    const char *cors;        /* an origin allowed to call the API from a browser; NULL: none (no CORS headers) */
    ent_serve_code_fn code;  /* NULL: POST /api/code answers 503 */
    void *code_ud;
    ent_serve_log_fn log;    /* NULL: no access log */
    void *log_ud;
} ent_serve_opts;

typedef struct ent_server ent_server;

/* Checks the store, loads the reference tables and starts listening. */
ent_server *ent_serve_start(const ent_serve_opts *o, ent_err *err);
/* The port listened on (the one chosen when opts.port was 0). */
int ent_serve_port(const ent_server *s);
/* Stops listening, waits for the workers, closes everything. */
void ent_serve_stop(ent_server *s);

#endif
