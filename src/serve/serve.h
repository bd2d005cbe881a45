/* serve.h - the HTTP server of `entente serve`: the JSON API (api.h) and
 * the dashboard's static files, on libmicrohttpd.
 *
 * A pool of worker threads answers requests; each worker opens its own
 * read-only connection to the store on first use (SQLite in WAL mode:
 * readers see what a concurrent `entente ingest` commits, and never block
 * it) and keeps its GET /api answers (not exports) by URI until the
 * database changes (PRAGMA data_version), at most 1024 of up to 1 MiB and
 * 32 MiB in all per worker. GET and HEAD answer everything but POST /api/code, which hands the
 * request body to a caller-supplied coding callback (the coder lives with
 * the command line's dictionary options; it is not thread-safe, so the
 * callback serialises or pools it).
 *
 * Hostile clients get an answer, never the process: request bodies over
 * max_body are refused with 413 (before reading them when Content-Length
 * says so; a chunked one is read and dropped up to 64 MiB, then its
 * connection is closed), query arguments with NUL bytes or invalid UTF-8 with 400,
 * static paths outside the dashboard folder (.., dot files, symlinks,
 * anything but [A-Za-z0-9._-] segments) with 404, other methods with 405;
 * headers are bounded by the connection memory limit (431/414 from
 * libmicrohttpd), idle connections time out, connections are capped.
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
    int threads;             /* worker threads (default 2) */
    size_t max_body;         /* largest POST body (default 1 MiB) */
    unsigned timeout;        /* idle connection timeout, seconds (default 30) */
    unsigned max_conns;      /* simultaneous connections (default 512) */
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
