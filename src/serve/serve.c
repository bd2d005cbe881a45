/* serve.c - see serve.h. */
#define _GNU_SOURCE
#include "serve.h"

#include "../base/strmap.h"
#include "../base/utf8.h"
#include "../ingest/ingest.h"
#include "../store/store.h"
#include "api.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct ent_server {
    struct MHD_Daemon *d;
    ent_serve_opts o;
    char *db, *web;
    ent_api *api;
    int port;
    unsigned gen;           /* tells this server's worker states from an earlier one's */
    pthread_mutex_t lock;   /* guards workers */
    struct worker **workers;   /* one per worker thread that answered from the store */
    size_t nworkers;
};

/* Answers cached per worker: at most this many, this big, in all. */
#define CACHE_ENTRIES 1024
#define CACHE_ENTRY_MAX ((size_t)1 << 20)
#define CACHE_BYTES ((size_t)32 << 20)

/* A worker thread's own read-only connection and answer cache. The cache
 * holds 200 answers by raw URI; it is emptied when the store's data version
 * says another connection (an ingest) committed since it was filled. */
typedef struct worker {
    ent_store *st;
    long long version;
    ent_strmap map;          /* raw URI -> 1-based index into v */
    struct {
        const char *ctype;   /* a literal of api.c */
        char *p;
        size_t n;
    } *v;
    size_t nv, bytes;
} worker;

static _Thread_local struct {
    unsigned gen;
    worker *w;
} tl;
static unsigned generation;

static void cache_clear(worker *w) {
    for (size_t i = 0; i < w->nv; i++) free(w->v[i].p);
    w->nv = w->bytes = 0;
    ent_strmap_free(&w->map);
    ent_strmap_init(&w->map);
}

static void worker_free(worker *w) {
    cache_clear(w);
    ent_strmap_free(&w->map);
    free(w->v);
    ent_store_close(w->st);
    free(w);
}

static worker *thread_worker(ent_server *s, ent_err *err) {
    if (tl.gen == s->gen && tl.w) return tl.w;
    ent_store_opts so = {.readonly = 1};
    ent_store *st = ent_store_open(s->db, &so, err);
    if (!st) return NULL;
    worker *w = ent_xcalloc(1, sizeof *w);
    w->st = st;
    w->version = -1;
    ent_strmap_init(&w->map);
    w->v = ent_xcalloc(CACHE_ENTRIES, sizeof *w->v);
    pthread_mutex_lock(&s->lock);
    s->workers = ent_xrealloc(s->workers, (s->nworkers + 1) * sizeof *s->workers);
    s->workers[s->nworkers++] = w;
    pthread_mutex_unlock(&s->lock);
    tl.gen = s->gen;
    tl.w = w;
    return w;
}

/* Empties the cache when the database changed since it was filled. */
static void cache_check(worker *w) {
    int64_t v = -2;
    ent_err err;
    ent_err_clear(&err);
    if (ent_store_data_version(w->st, &v, &err)) v = -2;   /* unknown: nothing cached stays */
    if (v != w->version || v == -2) cache_clear(w);
    w->version = v;
}

static void cache_put(worker *w, const char *uri, const char *ctype, const ent_buf *b) {
    if (w->version < 0 || b->len > CACHE_ENTRY_MAX || w->nv == CACHE_ENTRIES || w->bytes + b->len > CACHE_BYTES) return;
    uint32_t *slot = ent_strmap_put(&w->map, uri);
    if (*slot) return;
    w->v[w->nv].ctype = ctype;
    w->v[w->nv].p = ent_xmalloc(b->len + 1);
    memcpy(w->v[w->nv].p, b->p ? b->p : "", b->len);
    w->v[w->nv].n = b->len;
    w->bytes += b->len;
    *slot = (uint32_t)++w->nv;
}

/* The most of a too big body read to answer 413. */
#define DROP_MAX ((size_t)64 << 20)

/* One request: its body so far and when it started. It lives with its
 * connection (requests on a connection come one after another), so that a
 * request dropped before it reaches the handler (a header too big) leaves
 * nothing behind: libmicrohttpd reports the end of every connection, not
 * of every request. */
typedef struct req {
    ent_buf body;
    int started;      /* the headers were seen */
    int too_big;
    size_t dropped;   /* bytes of a too big body read and thrown away */
    int nul;          /* the raw path holds %00, which the decoded one hides */
    char *uri;        /* as the client sent it (the cache key) */
    struct timespec t0;
} req;

static double ms_since(const struct timespec *t0) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

static void req_reset(req *r) {
    ent_buf_free(&r->body);
    free(r->uri);
    memset(r, 0, sizeof *r);
}

static void connection_event(void *cls, struct MHD_Connection *c, void **ctx, enum MHD_ConnectionNotificationCode e) {
    (void)cls, (void)c;
    if (e == MHD_CONNECTION_NOTIFY_STARTED) {
        *ctx = ent_xcalloc(1, sizeof(req));
    } else if (*ctx) {
        req_reset(*ctx);
        free(*ctx);
        *ctx = NULL;
    }
}

/* Called with the raw request URI before anything else: the request's
 * context starts here. */
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
    (void)cls, (void)c, (void)toe;
    req *r = *con_cls;
    if (r) req_reset(r);
    *con_cls = NULL;
}

static const char *const JSON = "application/json; charset=utf-8";
static const char *const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/* Queues `resp` with the headers every answer has, and logs it. */
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

/* Sends buf (taking its memory). */
static enum MHD_Result send_buf(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url,
                                int status, ent_buf *b, const char *ctype) {
    size_t n = b->len;
    struct MHD_Response *resp = b->p ? MHD_create_response_from_buffer(n, b->p, MHD_RESPMEM_MUST_FREE)
                                     : MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp) ent_buf_free(b);
    b->p = NULL;
    b->len = b->cap = 0;
    return reply(s, c, r, method, url, status, resp, ctype, n);
}

static enum MHD_Result send_error(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url,
                                  int status, const char *msg) {
    ent_buf b;
    ent_buf_init(&b);
    ent_api_error(&b, msg);
    return send_buf(s, c, r, method, url, status, &b, JSON);
}

/* ---- query arguments ---- */

typedef struct argcheck {
    int bad;
} argcheck;

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key, size_t kn, const char *value,
                                 size_t vn) {
    (void)kind;
    argcheck *a = cls;
    if (ent_utf8_valid_prefix(key, kn) != kn || (value && ent_utf8_valid_prefix(value, vn) != vn)) {
        a->bad = 1;
        return MHD_NO;
    }
    return MHD_YES;
}

static const char *get_arg(void *ud, const char *name) {
    return MHD_lookup_connection_value(ud, MHD_GET_ARGUMENT_KIND, name);
}

/* ---- static files ---- */

static const char *media_type(const char *path) {
    static const struct {
        const char *ext, *type;
    } t[] = {{".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
             {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
             {".png", "image/png"},                 {".ico", "image/x-icon"},
             {".json", JSON},                       {".txt", "text/plain; charset=utf-8"}};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        size_t m = strlen(t[i].ext);
        if (n > m && !strcmp(path + n - m, t[i].ext)) return t[i].type;
    }
    return "application/octet-stream";
}

/* A dashboard path: segments of [A-Za-z0-9._-], none starting with a dot,
 * at most 4 deep and 200 bytes. */
static int safe_path(const char *p) {
    size_t n = strlen(p), seg = 0, depth = 0;
    if (n == 0 || n > 200) return 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = p[i];
        if (ch == '/' || ch == 0) {
            if (seg == 0 || ++depth > 4) return 0;
            seg = 0;
            continue;
        }
        if (seg == 0 && ch == '.') return 0;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
              ch == '-'))
            return 0;
        seg++;
    }
    return 1;
}

static enum MHD_Result send_file(ent_server *s, struct MHD_Connection *c, req *r, const char *method, const char *url) {
    const char *rel = !strcmp(url, "/") ? "index.html" : url + 1;
    if (!s->web || url[0] != '/' || !safe_path(rel)) return send_error(s, c, r, method, url, 404, "not found");
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", s->web, rel) >= sizeof path)
        return send_error(s, c, r, method, url, 404, "not found");
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        if (fd >= 0) close(fd);
        return send_error(s, c, r, method, url, 404, "not found");
    }
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)st.st_size, fd);   /* owns fd */
    if (!resp) close(fd);
    return reply(s, c, r, method, url, 200, resp, media_type(rel), (size_t)st.st_size);
}

/* ---- POST /api/code ---- */

static int valid_lang(const char *l) {
    size_t n = strlen(l);
    if (n < 2 || n > 16) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((l[i] >= 'a' && l[i] <= 'z') || (l[i] >= 'A' && l[i] <= 'Z') || l[i] == '-' || l[i] == '_')) return 0;
    return 1;
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
    if (date && !ent_date_valid(date, strlen(date))) return send_error(s, c, r, method, url, 400, "date takes YYYY-MM-DD");
    const char *ex = get_arg(c, "explain");
    int explain = ex && (!strcmp(ex, "1") || !strcmp(ex, "true"));
    if (ex && !explain && strcmp(ex, "0") && strcmp(ex, "false") && *ex)
        return send_error(s, c, r, method, url, 400, "explain takes 0, 1, true or false");
    if (!r->body.len) return send_error(s, c, r, method, url, 400, "empty request body: send an article");
    ent_buf out;
    ent_buf_init(&out);
    int status = s->o.code(s->o.code_ud, r->body.p, r->body.len, format, lang, date, explain, &out);
    return send_buf(s, c, r, method, url, status, &out, JSON);
}

/* ---- dispatch ---- */

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upsize, void **con_cls) {
    (void)version;
    ent_server *s = cls;
    req *r = *con_cls;
    if (!r) return MHD_NO;   /* uri_seen always gives one */
    if (!r->started) {
        r->started = 1;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > s->o.max_body) {
            r->too_big = 1;
            return code(s, c, r, method, url);   /* refused before reading it */
        }
        return MHD_YES;
    }
    if (*upsize) {
        /* a body without a length that grows too big is read and dropped,
         * to answer 413 at its end (libmicrohttpd cannot answer in the
         * middle of it); one that goes on much longer loses its connection */
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
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    if (r->nul || ent_utf8_valid_prefix(url, strlen(url)) != strlen(url))
        return send_error(s, c, r, method, "?", 400, "the path must be UTF-8 text without NUL bytes");
    argcheck ac = {0};
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, check_arg, &ac);
    if (ac.bad) return send_error(s, c, r, method, url, 400, "query arguments must be UTF-8 text without NUL bytes");
    if (!strcmp(method, "OPTIONS") && s->o.cors && !strncmp(url, "/api/", 5)) {
        /* a CORS preflight: what the named origin may send */
        struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        if (resp) {
            MHD_add_response_header(resp, "Access-Control-Allow-Methods", "GET, HEAD, POST");
            MHD_add_response_header(resp, "Access-Control-Allow-Headers", "Content-Type");
            MHD_add_response_header(resp, "Access-Control-Max-Age", "600");
        }
        return reply(s, c, r, method, url, 204, resp, "text/plain; charset=utf-8", 0);
    }
    if (!strcmp(url, "/api/code")) {
        if (strcmp(method, "POST")) return send_error(s, c, r, method, url, 405, "use POST");
        return code(s, c, r, method, url);
    }
    if (!get) return send_error(s, c, r, method, url, 405, "use GET or HEAD");
    if (r->too_big) return send_error(s, c, r, method, url, 413, "request body too large");
    if (strncmp(url, "/api/", 5) && strcmp(url, "/api")) return send_file(s, c, r, method, url);
    ent_err err;
    ent_err_clear(&err);
    worker *w = thread_worker(s, &err);
    if (!w) return send_error(s, c, r, method, url, 503, err.msg);
    int cache = !s->o.no_cache && strcmp(url, "/api/export");
    if (cache) {
        cache_check(w);
        uint32_t i = ent_strmap_get(&w->map, r->uri);
        if (i) {
            struct MHD_Response *resp = MHD_create_response_from_buffer(w->v[i - 1].n, w->v[i - 1].p, MHD_RESPMEM_MUST_COPY);
            return reply(s, c, r, method, url, 200, resp, w->v[i - 1].ctype, w->v[i - 1].n);
        }
    }
    ent_buf out;
    ent_buf_init(&out);
    const char *ctype;
    int status = ent_api_get(s->api, w->st, url, get_arg, c, &out, &ctype);
    if (cache && status == 200) cache_put(w, r->uri, ctype, &out);
    return send_buf(s, c, r, method, url, status, &out, ctype);
}

/* ---- start, stop ---- */

ent_server *ent_serve_start(const ent_serve_opts *o, ent_err *err) {
    ent_server *s = ent_xcalloc(1, sizeof *s);
    pthread_mutex_init(&s->lock, NULL);
    s->gen = __atomic_add_fetch(&generation, 1, __ATOMIC_SEQ_CST);
    s->o = *o;
    if (!s->o.host) s->o.host = "127.0.0.1";
    if (s->o.threads < 1) s->o.threads = 2;
    if (!s->o.max_body) s->o.max_body = 1 << 20;
    if (!s->o.timeout) s->o.timeout = 30;
    if (!s->o.max_conns) s->o.max_conns = 512;
    s->db = ent_xstrdup(o->db);
    s->web = o->web_dir ? ent_xstrdup(o->web_dir) : NULL;
    /* the store must open now, not at the first request */
    ent_store_opts so = {.readonly = 1};
    ent_store *st = ent_store_open(s->db, &so, err);
    if (!st || !(s->api = ent_api_new(NULL, err))) {
        ent_store_close(st);
        ent_serve_stop(s);
        return NULL;
    }
    ent_store_close(st);
    struct sockaddr_in a4;
    struct sockaddr_in6 a6;
    struct sockaddr *sa;
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
    memset(&a4, 0, sizeof a4);
    memset(&a6, 0, sizeof a6);
    if (inet_pton(AF_INET, s->o.host, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons((uint16_t)s->o.port);
        sa = (struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, s->o.host, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons((uint16_t)s->o.port);
        sa = (struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        ent_err_set(err, ENT_EUSAGE, NULL, 0, "bad address '%.100s' (an IPv4 or IPv6 address: 127.0.0.1, ::1, 0.0.0.0)",
                    s->o.host);
        ent_serve_stop(s);
        return NULL;
    }
    s->d = MHD_start_daemon(flags, (uint16_t)s->o.port, NULL, NULL, handle, s, MHD_OPTION_SOCK_ADDR, sa,
                            MHD_OPTION_THREAD_POOL_SIZE, (unsigned)s->o.threads, MHD_OPTION_CONNECTION_LIMIT,
                            s->o.max_conns, MHD_OPTION_CONNECTION_TIMEOUT, s->o.timeout,
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 * 1024, MHD_OPTION_NOTIFY_COMPLETED, completed,
                            s, MHD_OPTION_URI_LOG_CALLBACK, uri_seen, s, MHD_OPTION_NOTIFY_CONNECTION,
                            connection_event, s, MHD_OPTION_END);
    if (!s->d) {
        ent_err_set(err, ENT_EIO, NULL, 0, "cannot listen on %s port %d: %s", s->o.host, s->o.port,
                    errno ? strerror(errno) : "libmicrohttpd failed to start");
        ent_serve_stop(s);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : s->o.port;
    return s;
}

int ent_serve_port(const ent_server *s) { return s->port; }

void ent_serve_stop(ent_server *s) {
    if (!s) return;
    if (s->d) MHD_stop_daemon(s->d);
    for (size_t i = 0; i < s->nworkers; i++) worker_free(s->workers[i]);
    free(s->workers);
    ent_api_free(s->api);
    pthread_mutex_destroy(&s->lock);
    free(s->db);
    free(s->web);
    free(s);
}
