/* serve.c - see serve.h: libmicrohttpd's callbacks (requests, their
 * bodies, the checks made before anything runs), answers, start and stop.
 * The threads that compute are in work.c, the static files in files.c. */
#define _GNU_SOURCE
#include "serve_int.h"

#include "../base/utf8.h"
#include "../ingest/ingest.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

/* Answers kept: at most this many, this big, in all. */
#define CACHE_ENTRIES 4096
#define CACHE_ENTRY_MAX ((size_t)8 << 20)
#define CACHE_BYTES ((size_t)64 << 20)
/* The most of a too big body read to answer 413. */
#define DROP_MAX ((size_t)64 << 20)
/* Seconds a client told 503 by POST /api/code should wait. */
#define RETRY_AFTER "5"

static const char *const JSON = "application/json; charset=utf-8";
static const char *const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

static double ms_since(const struct timespec *t0) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

/* Ends the request part of r (the connection stays). */
static void req_reset(req *r) {
    ent_buf_free(&r->body);
    free(r->uri);
    r->uri = NULL;
    ent_answer_unref(r->ans);
    r->ans = NULL;
    r->started = r->too_big = r->nul = r->woken = r->suspended = 0;
    r->dropped = 0;
}

static void connection_event(void *cls, struct MHD_Connection *c, void **ctx, enum MHD_ConnectionNotificationCode e) {
    ent_server *s = cls;
    if (e == MHD_CONNECTION_NOTIFY_STARTED) {
        req *r = ent_xcalloc(1, sizeof *r);
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        r->s = s;
        r->c = c;
        r->fd = ci ? ci->connect_fd : -1;
        serve_conn_add(s, r);
        *ctx = r;
    } else if (*ctx) {
        req *r = *ctx;
        serve_conn_remove(s, r);
        req_reset(r);
        free(r);
        *ctx = NULL;
    }
}

/* Called with the raw request URI before anything else: the request starts. */
static void *uri_seen(void *cls, const char *uri, struct MHD_Connection *c) {
    (void)cls;
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    req *r = ci ? ci->socket_context : NULL;
    if (!r) return NULL;
    req_reset(r);
    clock_gettime(CLOCK_MONOTONIC, &r->t0);
    const char *q = uri ? strchr(uri, '?') : NULL;
    for (const char *p = uri; p && *p && (!q || p < q); p++)
        if (p[0] == '%' && p[1] == '0' && p[2] == '0') r->nul = 1;
    r->uri = ent_xstrdup(uri ? uri : "");
    return r;
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)c, (void)toe;
    ent_server *s = cls;
    req *r = *con_cls;
    if (r) {
        req_reset(r);
        serve_conn_waiting(s, r, 1);   /* the next request's headers are awaited */
    }
    *con_cls = NULL;
}

/* ---- answers ---- */

static enum MHD_Result reply(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url, int status,
                            struct MHD_Response *resp, const char *ctype, size_t bytes) {
    if (!resp) return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Cache-Control", strncmp(url, "/api/", 5) ? "no-cache" : "no-store");
    if (!strncmp(ctype, "text/html", 9)) {
        MHD_add_response_header(resp, "Content-Security-Policy", CSP);
        MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    }
    if (status == 405)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, !strcmp(url, "/api/code") ? "POST" : "GET, HEAD");
    if (status == 503 && !strcmp(url, "/api/code")) MHD_add_response_header(resp, "Retry-After", RETRY_AFTER);
    if (s->o.cors && !strncmp(url, "/api/", 5)) {
        /* only the one origin the operator named (--cors ORIGIN) */
        MHD_add_response_header(resp, "Access-Control-Allow-Origin", s->o.cors);
        MHD_add_response_header(resp, "Vary", "Origin");
    }
    enum MHD_Result rc = MHD_queue_response(c, (unsigned)status, resp);
    MHD_destroy_response(resp);
    if (s->o.log) s->o.log(s->o.log_ud, method, url, status, bytes, r ? ms_since(&r->t0) : 0);
    return rc;
}

static void answer_release(void *a) { ent_answer_unref(a); }

/* Sends answer a (taking the reference). */
static enum MHD_Result send_answer(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url,
                                   ent_answer *a) {
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback_cls(a->n, a->p, answer_release, a);
    if (!resp) ent_answer_unref(a);
    return reply(s, c, r, method, url, a->status, resp, a->ctype, a->n);
}

static enum MHD_Result send_error(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url,
                                  int status, const char *msg) {
    ent_buf b;
    ent_buf_init(&b);
    ent_api_error(&b, msg);
    return send_answer(s, c, r, method, url, ent_answer_new(status, JSON, &b));
}

static enum MHD_Result send_file(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    size_t size;
    const char *ctype;
    int fd = serve_web_file(s, url, &size, &ctype);
    if (fd < 0) return send_error(s, c, r, method, url, 404, "not found");
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)size, fd);   /* owns fd */
    if (!resp) close(fd);
    return reply(s, c, r, method, url, 200, resp, ctype, size);
}

/* ---- the checks made when the headers are in ---- */

static int hostname_char(char ch) { return isalnum((unsigned char)ch) || ch == '-' || ch == '.'; }

/* The Host header names this server: an IP address (DNS rebinding needs a
 * name), localhost or a name under .localhost, or an --allow-host name. */
static int host_allowed(const ent_server *s, const char *h) {
    if (!h) return 1;   /* HTTP/1.0 without Host: no browser sends that */
    if (h[0] == '[') return strchr(h, ']') != NULL;
    char name[256];
    size_t n = strcspn(h, ":");
    if (n == 0 || n >= sizeof name) return 0;
    memcpy(name, h, n);
    name[n] = 0;
    for (size_t i = 0; i < n; i++)
        if (!hostname_char(name[i])) return 0;
    if (name[n - 1] == '.') name[--n] = 0;
    struct in_addr a4;
    if (inet_pton(AF_INET, name, &a4) == 1) return 1;
    if (!strcasecmp(name, "localhost") || (n > 10 && !strcasecmp(name + n - 10, ".localhost"))) return 1;
    for (size_t i = 0; i < s->o.nallow_hosts; i++)
        if (!strcasecmp(name, s->o.allow_hosts[i])) return 1;
    return 0;
}

/* A content type a web page may send to any site without a CORS
 * preflight (or none at all): what POST /api/code refuses. */
static int simple_content_type(const char *ct) {
    if (!ct) return 1;
    while (*ct == ' ' || *ct == '\t') ct++;
    size_t n = strcspn(ct, ";");
    while (n && (ct[n - 1] == ' ' || ct[n - 1] == '\t')) n--;
    static const char *const simple[] = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"};
    if (!n) return 1;
    for (size_t i = 0; i < 3; i++)
        if (n == strlen(simple[i]) && !strncasecmp(ct, simple[i], n)) return 1;
    return 0;
}

/* The first call of a request: its headers are complete. */
static enum MHD_Result headers_in(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    r->started = 1;
    serve_conn_waiting(s, r, 0);
    if (!host_allowed(s, MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST)))
        return send_error(s, c, r, method, url, 403,
                          "this server answers to localhost and IP addresses only (entente serve --allow-host NAME adds a name)");
    if (strcmp(url, "/api/code") || strcmp(method, "POST")) {
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > s->o.max_body) r->too_big = 1;
        return MHD_YES;
    }
    if (simple_content_type(MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE)))
        return send_error(s, c, r, method, url, 415,
                          "POST /api/code takes a body sent as application/json, application/x-ndjson or "
                          "application/octet-stream (not text/plain, form data or no content type: a web page of "
                          "another site could send those)");
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl && strtoull(cl, NULL, 10) > s->o.max_body) {
        char m[96];
        snprintf(m, sizeof m, "request body larger than %zu bytes", s->o.max_body);
        return send_error(s, c, r, method, url, 413, m);   /* refused before reading it */
    }
    return MHD_YES;
}

/* A piece of the body. A body without a length that grows too big is read
 * and dropped, to answer 413 at its end (libmicrohttpd cannot answer in
 * the middle of it); one that goes on much longer loses its connection. */
static enum MHD_Result body_in(ent_server *s, req *r, const char *upload, size_t *upsize) {
    if (r->too_big || r->body.len + *upsize > s->o.max_body) {
        r->too_big = 1;
        r->dropped += *upsize;
        *upsize = 0;
        return r->dropped > DROP_MAX ? MHD_NO : MHD_YES;
    }
    ent_buf_add(&r->body, upload, *upsize);
    *upsize = 0;
    return MHD_YES;
}

/* Hands t to a worker, r suspended until its answer is in; a 503 (full,
 * stopping) is answered at once. */
static enum MHD_Result submit(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url, task *t) {
    if (!serve_submit(s, t, c)) return MHD_YES;
    ent_answer *a = r->ans;   /* set by serve_submit, on this thread */
    r->ans = NULL;
    return send_answer(s, c, r, method, url, a);
}

/* ---- POST /api/code ---- */

static int valid_lang(const char *l) {
    size_t n = strlen(l);
    if (n < 2 || n > 16) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((l[i] >= 'a' && l[i] <= 'z') || (l[i] >= 'A' && l[i] <= 'Z') || l[i] == '-' || l[i] == '_')) return 0;
    return 1;
}

static const char *get_arg(struct MHD_Connection *c, const char *name) {
    return MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
}

static enum MHD_Result code(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    if (r->too_big) {
        char m[96];
        snprintf(m, sizeof m, "request body larger than %zu bytes", s->o.max_body);
        return send_error(s, c, r, method, url, 413, m);
    }
    if (!s->o.code) return send_error(s, c, r, method, url, 503, "this server does not code text");
    const char *format = get_arg(c, "format"), *lang = get_arg(c, "lang"), *date = get_arg(c, "date");
    if (format && ent_input_format_parse(format) < 0)
        return send_error(s, c, r, method, url, 400, "format takes auto, plain, jsonl or tabari");
    if (lang && !valid_lang(lang)) return send_error(s, c, r, method, url, 400, "lang takes a language code (en, hu)");
    char why[64], m[128];
    if (date && !ent_date_explain(date, strlen(date), why, sizeof why)) {
        snprintf(m, sizeof m, "date takes YYYY-MM-DD (%s)", why);
        return send_error(s, c, r, method, url, 400, m);
    }
    const char *ex = get_arg(c, "explain");
    int explain = ex && (!strcmp(ex, "1") || !strcmp(ex, "true"));
    if (ex && !explain && strcmp(ex, "0") && strcmp(ex, "false") && *ex)
        return send_error(s, c, r, method, url, 400, "explain takes 0, 1, true or false");
    if (!r->body.len) return send_error(s, c, r, method, url, 400, "empty request body: send an article");
    task *t = ent_xcalloc(1, sizeof *t);
    t->kind = TASK_CODE;
    t->r = r;
    t->body = r->body;
    ent_buf_init(&r->body);
    t->format = format ? ent_xstrdup(format) : NULL;
    t->lang = lang ? ent_xstrdup(lang) : NULL;
    t->date = date ? ent_xstrdup(date) : NULL;
    t->explain = explain;
    return submit(s, c, r, method, url, t);
}

/* ---- dispatch ---- */

static enum MHD_Result api_get(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    if (!s->o.no_cache && strcmp(url, "/api/export")) {
        ent_answer *a;
        if (serve_cached(s, r, c, &a)) return send_answer(s, c, r, method, url, a);
        return MHD_YES;   /* suspended until computed */
    }
    task *t = ent_xcalloc(1, sizeof *t);
    t->kind = TASK_QUERY;
    t->r = r;
    t->uri = ent_xstrdup(r->uri);
    return submit(s, c, r, method, url, t);
}

static enum MHD_Result preflight(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    /* a CORS preflight: what the named origin may send */
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (resp) {
        MHD_add_response_header(resp, "Access-Control-Allow-Methods", "GET, HEAD, POST");
        MHD_add_response_header(resp, "Access-Control-Allow-Headers", "Content-Type");
        MHD_add_response_header(resp, "Access-Control-Max-Age", "600");
    }
    return reply(s, c, r, method, url, 204, resp, "text/plain; charset=utf-8", 0);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upsize, void **con_cls) {
    (void)version;
    ent_server *s = cls;
    req *r = *con_cls;
    if (!r) return MHD_NO;   /* uri_seen always gives one */
    if (!r->started) return headers_in(s, c, r, method, url);
    if (*upsize) return body_in(s, r, upload, upsize);
    if (r->ans) {   /* resumed: its answer is in */
        ent_answer *a = r->ans;
        r->ans = NULL;
        return send_answer(s, c, r, method, url, a);
    }
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    if (r->nul || ent_utf8_valid_prefix(url, strlen(url)) != strlen(url))
        return send_error(s, c, r, method, "?", 400, "the path must be UTF-8 text without NUL bytes");
    if (!strcmp(method, "OPTIONS") && s->o.cors && !strncmp(url, "/api/", 5)) return preflight(s, c, r, method, url);
    if (!strcmp(url, "/api/code")) {
        if (strcmp(method, "POST")) return send_error(s, c, r, method, url, 405, "use POST");
        return code(s, c, r, method, url);
    }
    if (!get) return send_error(s, c, r, method, url, 405, "use GET or HEAD");
    if (r->too_big) return send_error(s, c, r, method, url, 413, "request body too large");
    if (strncmp(url, "/api/", 5) && strcmp(url, "/api")) return send_file(s, c, r, method, url);
    return api_get(s, c, r, method, url);
}

/* ---- start, stop ---- */

static void defaults(ent_serve_opts *o) {
    if (!o->host) o->host = "127.0.0.1";
    if (o->threads < 1) o->threads = 2;
    if (o->io_threads < 1) o->io_threads = 2;
    if (o->code_workers < 1) o->code_workers = 1;
    if (o->code_queue < 0) o->code_queue = 0;
    if (!o->max_body) o->max_body = 1 << 20;
    if (!o->timeout) o->timeout = 30;
    if (!o->header_timeout) o->header_timeout = 10;
    if (!o->max_conns) o->max_conns = 1024;
    if (!o->client_conns) o->client_conns = 64;
}

/* The address to listen on, into a4 or a6; NULL when it is none. */
static struct sockaddr *address(const char *host, int port, struct sockaddr_in *a4, struct sockaddr_in6 *a6, unsigned *flags) {
    memset(a4, 0, sizeof *a4);
    memset(a6, 0, sizeof *a6);
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        return (struct sockaddr *)a4;
    }
    if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        *flags |= MHD_USE_IPv6;
        return (struct sockaddr *)a6;
    }
    return NULL;
}

static int listen_now(ent_server *s, ent_err *err) {
    struct sockaddr_in a4;
    struct sockaddr_in6 a6;
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME;
    struct sockaddr *sa = address(s->o.host, s->o.port, &a4, &a6, &flags);
    if (!sa)
        return ent_err_set(err, ENT_EUSAGE, NULL, 0, "bad address '%.100s' (an IPv4 or IPv6 address: 127.0.0.1, ::1, 0.0.0.0)",
                           s->o.host);
    s->d = MHD_start_daemon(flags, (uint16_t)s->o.port, NULL, NULL, handle, s, MHD_OPTION_SOCK_ADDR, sa,
                            MHD_OPTION_THREAD_POOL_SIZE, (unsigned)s->o.io_threads, MHD_OPTION_CONNECTION_LIMIT,
                            s->o.max_conns, MHD_OPTION_PER_IP_CONNECTION_LIMIT, s->o.client_conns,
                            MHD_OPTION_CONNECTION_TIMEOUT, s->o.timeout, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                            (size_t)64 * 1024, MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024U, MHD_OPTION_NOTIFY_COMPLETED,
                            completed, s, MHD_OPTION_URI_LOG_CALLBACK, uri_seen, s, MHD_OPTION_NOTIFY_CONNECTION,
                            connection_event, s, MHD_OPTION_END);
    if (!s->d)
        return ent_err_set(err, ENT_EIO, NULL, 0, "cannot listen on %s port %d: %s", s->o.host, s->o.port,
                           errno ? strerror(errno) : "libmicrohttpd failed to start");
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : s->o.port;
    return 0;
}

ent_server *ent_serve_start(const ent_serve_opts *o, ent_err *err) {
    ent_server *s = ent_xcalloc(1, sizeof *s);
    pthread_mutex_init(&s->mu, NULL);
    pthread_mutex_init(&s->watch_mu, NULL);
    pthread_mutex_init(&s->conns_mu, NULL);
    pthread_cond_init(&s->work, NULL);
    pthread_cond_init(&s->code_work, NULL);
    pthread_cond_init(&s->conns_cv, NULL);
    s->web_fd = -1;
    s->o = *o;
    defaults(&s->o);
    s->db = ent_xstrdup(o->db);
    s->cache = ent_acache_new(CACHE_ENTRIES, CACHE_BYTES, CACHE_ENTRY_MAX);
    /* the store must open now, not at the first request; this connection
     * then tells when the database changed */
    ent_store_opts so = {.readonly = 1};
    if (!(s->watch = ent_store_open(s->db, &so, err)) || !(s->api = ent_api_new(NULL, err)) ||
        (o->web_dir && serve_web_open(s, o->web_dir, err)) || serve_work_start(s, err) || serve_watchdog_start(s, err) ||
        listen_now(s, err)) {
        ent_serve_stop(s);
        return NULL;
    }
    s->watch_version = -1;
    return s;
}

int ent_serve_port(const ent_server *s) { return s->port; }

void ent_serve_stop(ent_server *s) {
    if (!s) return;
    /* every suspended request is answered before libmicrohttpd stops */
    serve_work_stop(s);
    if (s->d) MHD_stop_daemon(s->d);
    serve_watchdog_stop(s);
    ent_acache_free(s->cache);
    ent_store_close(s->watch);
    ent_api_free(s->api);
    serve_web_close(s);
    pthread_cond_destroy(&s->work);
    pthread_cond_destroy(&s->code_work);
    pthread_cond_destroy(&s->conns_cv);
    pthread_mutex_destroy(&s->conns_mu);
    pthread_mutex_destroy(&s->watch_mu);
    pthread_mutex_destroy(&s->mu);
    free(s->db);
    free(s);
}
