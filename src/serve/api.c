/* api.c - see api.h. Routing and arguments; the answers come from the
 * store (src/store/) and are rendered by src/report/. */
#define _GNU_SOURCE
#include "api.h"

#include "../base/date.h"
#include "../base/utf8.h"
#include "../events/codebook.h"
#include "../events/refdata.h"
#include "../ingest/ingest.h"
#include "../query/dyad.h"
#include "../report/report.h"
#include "../text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct ent_api {
    ent_codebook *cb;
    ent_refdata *rd;
};

ent_api *ent_api_new(const char *data_dir, ent_err *err) {
    ent_api *api = ent_xcalloc(1, sizeof *api);
    const char *dir = data_dir ? data_dir : ent_data_dir();
    if (!(api->cb = ent_codebook_load(dir, err)) || !(api->rd = ent_refdata_load(dir, err))) {
        ent_api_free(api);
        return NULL;
    }
    return api;
}

void ent_api_free(ent_api *api) {
    if (!api) return;
    ent_codebook_free(api->cb);
    ent_refdata_free(api->rd);
    free(api);
}

void ent_api_error(ent_buf *out, const char *msg) { ent_report_error(out, msg); }

int ent_api_valid_actor(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 32) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

/* ---- arguments ---- */

typedef struct args {
    ent_api_arg_fn fn;
    void *ud;
    ent_err *err;
} args;

static const char *arg(const args *a, const char *name) {
    const char *v = a->fn ? a->fn(a->ud, name) : NULL;
    return v && *v ? v : NULL;
}

static int bad(const args *a, const char *msg) { return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s", msg); }

/* An integer argument in [lo, hi], def when absent. */
static int arg_int(const args *a, const char *name, long def, long lo, long hi, long *v) {
    const char *s = arg(a, name);
    *v = def;
    if (!s) return 0;
    long x = 0;
    size_t n = strlen(s);
    if (n > 9) goto fail;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') goto fail;
        x = x * 10 + (s[i] - '0');
    }
    if (x < lo || x > hi) goto fail;
    *v = x;
    return 0;
fail:
    ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s takes an integer from %ld to %ld", name, lo, hi);
    return ENT_EUSAGE;
}

static int arg_bool(const args *a, const char *name, int *v) {
    const char *s = arg(a, name);
    *v = 0;
    if (!s || !strcmp(s, "0") || !strcmp(s, "false")) return 0;
    if (!strcmp(s, "1") || !strcmp(s, "true")) return *v = 1, 0;
    return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s takes 0, 1, true or false", name);
}

static int arg_date(const args *a, const char *name, const char **v) {
    *v = arg(a, name);
    char why[64];
    if (*v && !ent_date_explain(*v, strlen(*v), why, sizeof why))
        return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s takes a date YYYY-MM-DD%s%s%s", name,
                           strncmp(why, "expected", 8) ? " (" : "", strncmp(why, "expected", 8) ? why : "",
                           strncmp(why, "expected", 8) ? ")" : "");
    return 0;
}

static int arg_actor(const args *a, const char *name, const char **v) {
    *v = arg(a, name);
    if (*v && !ent_api_valid_actor(*v))
        return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s takes an actor code: 3 to 32 capital letters or digits (RUS, RUSGOV)",
                           name);
    return 0;
}

static int arg_by(const args *a, const char **name, int *by) {
    const char *s = arg(a, "by");
    *name = s ? s : "week";
    *by = ent_dyad_period_parse(*name);
    return *by < 0 ? bad(a, "by takes day, week or month") : 0;
}

static int arg_code(const args *a, const char **v) {
    *v = arg(a, "code");
    if (!*v) return 0;
    size_t n = strlen(*v);
    int ok = n >= 2 && n <= 4;
    for (size_t i = 0; ok && i < n; i++) ok = (*v)[i] >= '0' && (*v)[i] <= '9';
    return ok ? 0 : bad(a, "code takes a CAMEO code of 2 to 4 digits (19, 190, 0211)");
}

/* A free-text argument (bound as an SQL value): at most max bytes. */
static int arg_text(const args *a, const char *name, size_t max, const char **v) {
    *v = arg(a, name);
    if (*v && strlen(*v) > max) return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s is longer than %zu bytes", name, max);
    return 0;
}

/* The cursor of the event pages: "DATE~ID" of the last event given, newest
 * first; the next page starts strictly after it. */
static int arg_cursor(const args *a, char date[11], long long *id) {
    const char *c = arg(a, "cursor");
    date[0] = 0;
    *id = 0;
    if (!c) return 0;
    const char *t = strchr(c, '~');
    if (!t || t - c != 10 || !ent_date_valid(c, 10) || !t[1] || strlen(t + 1) > 18) goto fail;
    for (const char *p = t + 1; *p; p++)
        if (*p < '0' || *p > '9') goto fail;
    memcpy(date, c, 10);
    date[10] = 0;
    *id = atoll(t + 1);
    return 0;
fail:
    return bad(a, "cursor takes the next_cursor of a previous page (DATE~ID)");
}

static int arg_root(const args *a, const char **v) {
    *v = arg(a, "root");
    if (*v && !(strlen(*v) == 2 && (*v)[0] >= '0' && (*v)[0] <= '2' && (*v)[1] >= '0' && (*v)[1] <= '9' && atoi(*v) >= 1 &&
                atoi(*v) <= 20))
        return bad(a, "root takes a CAMEO root code from 01 to 20");
    return 0;
}

/* ---- the endpoints ---- */

static int api_events(const ent_api *api, ent_store *st, const args *a, ent_buf *o) {
    ent_store_event_filter f;
    memset(&f, 0, sizeof f);
    long quad;
    char cdate[11];
    long long cid;
    if (arg_date(a, "from", &f.from) || arg_date(a, "to", &f.to) || arg_actor(a, "actor", &f.actor) || arg_actor(a, "a", &f.a) ||
        arg_actor(a, "b", &f.b) || arg_code(a, &f.code) || arg_int(a, "quad", 0, 1, 4, &quad) ||
        arg_int(a, "limit", 100, 1, 1000, &f.limit) || arg_int(a, "offset", 0, 0, 100000000, &f.offset) ||
        arg_bool(a, "negated", &f.include_negated) || arg_actor(a, "source", &f.source) || arg_actor(a, "target", &f.target) ||
        arg_root(a, &f.root) || arg_text(a, "q", 200, &f.text) || arg_cursor(a, cdate, &cid))
        return ENT_EUSAGE;
    if (!f.a != !f.b) return bad(a, "a and b go together (the two actors of a dyad)");
    if (cdate[0] && f.offset) return bad(a, "cursor and offset do not go together");
    f.quad = (int)quad;
    f.cursor_date = cdate[0] ? cdate : NULL;
    f.cursor_id = cid;
    return ent_report_events(st, api->cb, &f, o, a->err);
}

static int api_event(const ent_api *api, ent_store *st, const char *id, const args *a, ent_buf *o) {
    char *end;
    long long eid = strtoll(id, &end, 10);
    if (!*id || *end || eid <= 0 || strlen(id) > 18) return ent_err_set(a->err, ENT_ENOTFOUND, NULL, 0, "no such event");
    return ent_report_event(st, api->cb, eid, o, a->err);
}

static int api_articles(ent_store *st, const args *a, ent_buf *o) {
    ent_store_article_filter f;
    memset(&f, 0, sizeof f);
    if (arg_date(a, "from", &f.from) || arg_date(a, "to", &f.to) || arg_text(a, "outlet", 256, &f.outlet) ||
        arg_int(a, "limit", 100, 1, 1000, &f.limit) || arg_int(a, "offset", 0, 0, 100000000, &f.offset))
        return ENT_EUSAGE;
    return ent_report_articles(st, &f, o, a->err);
}

static int api_article(ent_store *st, const char *id, const args *a, ent_buf *o) {
    if (!*id || strlen(id) > 1024) return ent_err_set(a->err, ENT_ENOTFOUND, NULL, 0, "no such article");
    return ent_report_article(st, id, o, a->err);
}

static int api_actors(const ent_api *api, ent_store *st, const args *a, ent_buf *o) {
    long limit;
    const char *text;
    if (arg_int(a, "limit", 200, 1, 10000, &limit) || arg_text(a, "q", 200, &text)) return ENT_EUSAGE;
    return ent_report_actors(st, api->rd, text, limit, o, a->err);
}

/* /api/dyad, /api/dyad.svg, /api/dyads/A/B: the series of A and B */
static int api_dyad(const ent_api *api, ent_store *st, const char *x, const char *y, int svg, const args *a, ent_buf *o) {
    const char *byname;
    int by, neg;
    if (arg_by(a, &byname, &by) || arg_bool(a, "negated", &neg)) return ENT_EUSAGE;
    if (!x || !y) return bad(a, "a and b are required: two actor codes (RUS, RUSGOV)");
    if (!ent_api_valid_actor(x) || !ent_api_valid_actor(y))
        return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "actor codes are 3 or more capital letters (RUS, RUSGOV)");
    ent_dyad_row *rows;
    size_t n;
    /* the chart shows factual events, as `entente dyad --svg` */
    if (ent_dyad(st, api->cb, x, y, by, svg ? 0 : neg, &rows, &n, a->err)) return ENT_EIO;
    if (svg) ent_report_dyad_svg(o, x, y, rows, n);
    else ent_report_dyad_json(o, x, y, by, rows, n);
    free(rows);
    return 0;
}

static int api_dyads_path(const ent_api *api, ent_store *st, const char *p, const args *a, ent_buf *o) {
    /* /api/dyads/A/B?by=day|week|month */
    char x[40], y[40];
    const char *slash = strchr(p, '/');
    if (!slash || (size_t)(slash - p) >= sizeof x || strlen(slash + 1) >= sizeof y || strchr(slash + 1, '/'))
        return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "expected /api/dyads/A/B (two actor codes)");
    snprintf(x, sizeof x, "%.*s", (int)(slash - p), p);
    snprintf(y, sizeof y, "%s", slash + 1);
    return api_dyad(api, st, x, y, 0, a, o);
}

static int buf_sink(void *ud, const char *p, size_t n) {
    ent_buf_add(ud, p, n);
    return 0;
}

static int api_export(const ent_api *api, ent_store *st, const args *a, ent_buf *o, const char **ctype) {
    static const struct {
        const char *name, *ctype;
        int format;
    } formats[] = {{"gdelt", "text/tab-separated-values; charset=utf-8", ENT_EXPORT_GDELT},
                   {"mentions", "text/tab-separated-values; charset=utf-8", ENT_EXPORT_GDELT_MENTIONS},
                   {"plover", "application/x-ndjson; charset=utf-8", ENT_EXPORT_PLOVER},
                   {"jsonl", "application/x-ndjson; charset=utf-8", ENT_EXPORT_JSONL},
                   {"csv", "text/csv; charset=utf-8", ENT_EXPORT_CSV}};
    const char *f = arg(a, "format");
    ent_export_opts eo = {0};
    if (arg_date(a, "from", &eo.from) || arg_date(a, "to", &eo.to) || arg_bool(a, "negated", &eo.include_negated))
        return ENT_EUSAGE;
    if (!f) return bad(a, "format is required: gdelt, mentions, plover, jsonl or csv");
    size_t i = 0;
    while (i < sizeof formats / sizeof *formats && strcmp(f, formats[i].name)) i++;
    if (i == sizeof formats / sizeof *formats) return bad(a, "format takes gdelt, mentions, plover, jsonl or csv");
    eo.format = formats[i].format;
    *ctype = formats[i].ctype;
    return ent_report_export(st, api->rd, &eo, buf_sink, o, a->err);
}

static int api_treaty(ent_store *st, const char *path, const args *a, ent_buf *o) {
    const char *x, *y;
    if (!strcmp(path, "/api/treaties"))
        return arg_actor(a, "party", &x) ? ENT_EUSAGE : ent_report_treaties_json(st, x, o, a->err);
    if (!strcmp(path, "/api/obligations")) {
        if (arg_actor(a, "attacked", &x)) return ENT_EUSAGE;
        if (!x) return bad(a, "attacked is required: a country code (UKR)");
        return ent_report_obligations_json(st, x, o, a->err);
    }
    if (!strcmp(path, "/api/graph")) return ent_report_graph_json(st, o, a->err);
    /* /api/framing */
    if (arg_actor(a, "a", &x) || arg_actor(a, "b", &y)) return ENT_EUSAGE;
    if (!x || !y) return bad(a, "a and b are required: two actor codes (RUS, PRK)");
    return ent_report_framing_json(st, x, y, o, a->err);
}

/* ---- the router ---- */

static const char *const JSON = "application/json; charset=utf-8";

static int route(const ent_api *api, ent_store *st, const char *path, const args *a, ent_buf *o, const char **ctype) {
    *ctype = JSON;
    if (!strcmp(path, "/api/health")) return ent_report_health(st, o, a->err);
    if (!strcmp(path, "/api/summary")) {
        long top;
        return arg_int(a, "top", 10, 1, 1000, &top) ? ENT_EUSAGE : ent_report_summary_json(st, api->cb, (int)top, o, a->err);
    }
    if (!strcmp(path, "/api/dyad") || !strcmp(path, "/api/dyad.svg")) {
        const char *x, *y;
        if (arg_actor(a, "a", &x) || arg_actor(a, "b", &y)) return ENT_EUSAGE;
        int svg = !strcmp(path, "/api/dyad.svg");
        if (svg) *ctype = "image/svg+xml";
        return api_dyad(api, st, x, y, svg, a, o);
    }
    if (!strncmp(path, "/api/dyads/", 11)) return api_dyads_path(api, st, path + 11, a, o);
    if (!strcmp(path, "/api/actors")) return api_actors(api, st, a, o);
    if (!strcmp(path, "/api/events")) return api_events(api, st, a, o);
    if (!strncmp(path, "/api/events/", 12)) return api_event(api, st, path + 12, a, o);
    if (!strcmp(path, "/api/articles")) return api_articles(st, a, o);
    if (!strncmp(path, "/api/articles/", 14)) return api_article(st, path + 14, a, o);
    if (!strcmp(path, "/api/export")) return api_export(api, st, a, o, ctype);
    if (!strcmp(path, "/api/treaties") || !strcmp(path, "/api/obligations") || !strcmp(path, "/api/graph") ||
        !strcmp(path, "/api/framing"))
        return api_treaty(st, path, a, o);
    return ent_err_set(a->err, ENT_ENOTFOUND, NULL, 0, "no such endpoint (see /api/health, /api/summary, /api/dyad, "
                                                       "/api/events, /api/articles, /api/actors, /api/export, "
                                                       "/api/treaties, /api/obligations, /api/graph, /api/framing)");
}

int ent_api_get(const ent_api *api, ent_store *st, const char *path, ent_api_arg_fn fn, void *ud, ent_buf *out,
                const char **ctype) {
    ent_err err;
    ent_err_clear(&err);
    args a = {fn, ud, &err};
    size_t at = out->len;
    int rc = route(api, st, path, &a, out, ctype);
    if (!rc) return 200;
    out->len = at;
    if (out->p) out->p[at] = 0;
    *ctype = JSON;
    ent_api_error(out, err.msg[0] ? err.msg : "error");
    /* ENT_EFORMAT: the database cannot answer this (treaty tables missing) */
    return rc == ENT_EUSAGE ? 400 : rc == ENT_ENOTFOUND ? 404 : rc == ENT_EFORMAT ? 503 : 500;
}

/* ---- a raw request URI: path and query arguments ---- */

#define URI_ARGS_MAX 1000

typedef struct uri_args {
    char *mem;               /* every decoded key and value, NUL-terminated */
    const char **k, **v;
    size_t n;
} uri_args;

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes s[0..n) (%XX; '+' is a space when `plus`) to out; returns the
 * decoded length. A '%' without two hex digits stays as it is. */
static size_t unescape(const char *s, size_t n, int plus, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            out[o++] = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else {
            out[o++] = plus && s[i] == '+' ? ' ' : s[i];
        }
    }
    out[o] = 0;
    return o;
}

static int clean_text(const char *s, size_t n) { return !memchr(s, 0, n) && ent_utf8_valid_prefix(s, n) == n; }

static const char *uri_arg(void *ud, const char *name) {
    const uri_args *u = ud;
    for (size_t i = 0; i < u->n; i++)
        if (!strcmp(u->k[i], name)) return u->v[i];
    return NULL;
}

/* Splits the query q[0..n) into u; 400 with its message, or 0. */
static int parse_query(const char *q, size_t n, uri_args *u, char *p, ent_err *err) {
    size_t cap = 0;
    for (const char *x = q; x < q + n; x++) cap += *x == '&';
    if (cap >= URI_ARGS_MAX) return ent_err_set(err, ENT_EUSAGE, NULL, 0, "more than %d query arguments", URI_ARGS_MAX);
    u->k = ent_xcalloc(cap + 1, sizeof *u->k);
    u->v = ent_xcalloc(cap + 1, sizeof *u->v);
    for (const char *x = q, *end = q + n; x < end;) {
        const char *amp = memchr(x, '&', (size_t)(end - x)), *stop = amp ? amp : end;
        const char *eq = memchr(x, '=', (size_t)(stop - x));
        if (stop > x) {
            const char *ke = eq ? eq : stop;
            size_t kl = unescape(x, (size_t)(ke - x), 1, p), vl = 0;
            u->k[u->n] = p;
            p += kl + 1;
            if (eq) vl = unescape(eq + 1, (size_t)(stop - eq - 1), 1, p);
            else *p = 0;
            u->v[u->n++] = p;
            if (!clean_text(u->k[u->n - 1], kl) || !clean_text(p, vl))
                return ent_err_set(err, ENT_EUSAGE, NULL, 0, "query arguments must be UTF-8 text without NUL bytes");
            p += vl + 1;
        }
        x = stop + 1;
    }
    return 0;
}

int ent_api_get_uri(const ent_api *api, ent_store *st, const char *uri, ent_buf *out, const char **ctype) {
    ent_err err;
    ent_err_clear(&err);
    size_t n = strlen(uri);
    const char *q = memchr(uri, '?', n);
    size_t pl = q ? (size_t)(q - uri) : n;
    uri_args u = {ent_xmalloc(2 * n + 4), NULL, NULL, 0};   /* decoded text is never longer, NULs aside */
    char *path = u.mem;
    size_t dl = unescape(uri, pl, 0, path);
    int rc = 0;
    if (!clean_text(path, dl)) rc = ent_err_set(&err, ENT_EUSAGE, NULL, 0, "the path must be UTF-8 text without NUL bytes");
    else if (q) rc = parse_query(q + 1, n - pl - 1, &u, path + dl + 1, &err);
    int status;
    if (rc) {
        *ctype = "application/json; charset=utf-8";
        ent_api_error(out, err.msg);
        status = 400;
    } else {
        status = ent_api_get(api, st, path, uri_arg, &u, out, ctype);
    }
    free(u.mem);
    free(u.k);
    free(u.v);
    return status;
}

/* ---- POST /api/code ---- */

/* The reader's diagnostics, as a JSON array (the memfd's name left out). */
typedef struct diags {
    ent_buf json;
    int n;
    char first[256];
} diags;

/* msg as a JSON string, valid UTF-8 whatever it quotes (a reader's
 * message may cut a character of the input in two: "bad date '%.40s'"). */
static void json_msg(ent_buf *out, const char *msg, size_t n) {
    ent_buf fixed;
    ent_buf_init(&fixed);
    size_t first;
    ent_utf8_repair(&fixed, msg, n, &first);
    ent_buf_json_qstr(out, fixed.p ? fixed.p : "");
    ent_buf_free(&fixed);
}

static void collect(void *ud, enum ent_severity sev, const char *file, long line, const char *msg) {
    (void)file;
    diags *d = ud;
    if (!d->n) snprintf(d->first, sizeof d->first, "%s", msg);
    if (d->n++ >= 100) return;
    ent_buf_printf(&d->json, "%s{\"severity\":\"%s\",\"line\":%ld,\"message\":", d->n > 1 ? "," : "",
                   sev == ENT_WARN ? "warning" : "error", line);
    json_msg(&d->json, msg, strlen(msg));
    ent_buf_addc(&d->json, '}');
}

/* The body as a file the article reader opens like any other, so the
 * request is read exactly as `entente code` reads a file; -1 on failure. */
static int body_file(const char *body, size_t n, char path[64]) {
    int fd = memfd_create("entente-code", MFD_CLOEXEC);
    size_t done = 0;
    while (fd >= 0 && done < n) {
        ssize_t w = write(fd, body + done, n - done);
        if (w <= 0) break;
        done += (size_t)w;
    }
    if (fd >= 0 && done < n) {
        close(fd);
        fd = -1;
    }
    if (fd >= 0) snprintf(path, 64, "/proc/self/fd/%d", fd);
    return fd;
}

typedef struct coded {
    size_t articles, events, failed;
    ent_buf events_json, trace;
} coded;

static void take(coded *c, diags *d, ent_job *j) {
    if (j->failed) {
        collect(d, ENT_ERROR, NULL, j->a.line, j->err.msg);
        c->failed++;
        return;
    }
    c->articles++;
    for (size_t i = 0; i < j->r.nevents; i++, c->events++) {
        if (c->events) ent_buf_addc(&c->events_json, ',');
        ent_report_event_json(&c->events_json, &j->a, &j->r.events[i]);
        c->events_json.p[--c->events_json.len] = 0;   /* the newline */
    }
}

/* Reads r's articles, codes them on the pool, in order. */
static void code_all(ent_pool *pool, ent_reader *r, const char *lang, const char *date, int explain, coded *c, diags *d) {
    ent_pool_stream *s = ent_pool_stream_new(pool);
    ent_article a;
    ent_job *j;
    while (ent_reader_next(r, &a)) {
        j = ent_job_new(&a);
        j->co.lang = ent_job_strdup(j, lang);
        j->co.date = ent_job_strdup(j, date);
        if (explain) j->co.trace = &c->trace;   /* one job at a time when explaining: see below */
        ent_pool_submit(s, j);
        /* the trace buffer is shared: wait for each job when explaining */
        while ((j = ent_pool_next(s, explain || ent_pool_pending(s) > 256))) {
            take(c, d, j);
            ent_job_free(j);
        }
    }
    while ((j = ent_pool_next(s, 1))) {
        take(c, d, j);
        ent_job_free(j);
    }
    ent_pool_stream_free(s);
}

int ent_api_code(void *ud, const char *body, size_t n, const char *format, const char *lang, const char *date, int explain,
                 ent_buf *out) {
    char path[64];
    int fd = body_file(body, n, path);
    if (fd < 0) {
        ent_api_error(out, "cannot buffer the request body");
        return 500;
    }
    diags d = {.n = 0};
    ent_buf_init(&d.json);
    ent_diag sink = {collect, &d};
    ent_reader_opts ro = {.format = (ent_input_format)(format ? ent_input_format_parse(format) : ENT_FMT_AUTO)};
    ent_reader *r = ent_reader_new(&ro, &sink);
    ent_err err;
    ent_err_clear(&err);
    if (ent_reader_add(r, path, &err)) collect(&d, ENT_ERROR, NULL, 0, err.msg);
    coded c = {0};
    ent_buf_init(&c.events_json);
    ent_buf_init(&c.trace);
    code_all(ud, r, lang, date, explain, &c, &d);
    size_t skipped = ent_reader_skipped(r) + c.failed;
    ent_reader_free(r);
    close(fd);
    int status = 200;
    if (!c.articles && skipped) {
        status = 400;
        char m[300];
        int ml = snprintf(m, sizeof m, "no article could be read: %s", d.first);
        ent_buf_adds(out, "{\"error\":");
        json_msg(out, m, ml < 0 ? 0 : (size_t)ml >= sizeof m ? sizeof m - 1 : (size_t)ml);   /* cut anywhere: repaired */
        ent_buf_adds(out, ",");
    } else {
        ent_buf_printf(out, "{\"articles\":%zu,\"skipped\":%zu,\"events\":[", c.articles, skipped);
        ent_buf_add(out, c.events_json.p ? c.events_json.p : "", c.events_json.len);
        ent_buf_adds(out, "],");
        if (explain) {
            ent_buf_adds(out, "\"explanation\":");
            ent_buf_json_qstr(out, c.trace.p ? c.trace.p : "");
            ent_buf_addc(out, ',');
        }
    }
    ent_buf_adds(out, "\"diagnostics\":[");
    ent_buf_add(out, d.json.p ? d.json.p : "", d.json.len);
    ent_buf_adds(out, "]}\n");
    ent_buf_free(&d.json);
    ent_buf_free(&c.trace);
    ent_buf_free(&c.events_json);
    return status;
}
