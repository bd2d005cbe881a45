/* ingest.c - see ingest.h. */
#define _POSIX_C_SOURCE 200809L
#include "ingest.h"

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/dir.h"
#include "../base/utf8.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <zlib.h>

#define DEFAULT_MAX_ARTICLE (16u << 20)
#define CHUNK (64u << 10)

struct ent_reader {
    ent_reader_opts opts;
    ent_diag diag;
    char **paths;
    size_t npaths, cappaths, next_path;

    /* the open file */
    gzFile gz;
    char *name;
    ent_input_format fmt;
    long line;          /* lines consumed so far */
    int eof, failed;
    unsigned char *ibuf;
    size_t ipos, ilen;

    unsigned long long bytes_total, bytes_done;   /* sizes of the files queued / finished */
    int stdin_queued;
    ent_buf raw, fixed, canon, tmp;
    ent_arena arena;
    size_t skipped, warnings;
    ent_dir_seen seen;   /* what directory walks reached */
};

int ent_input_format_parse(const char *s) {
    if (!strcmp(s, "auto")) return ENT_FMT_AUTO;
    if (!strcmp(s, "plain")) return ENT_FMT_PLAIN;
    if (!strcmp(s, "jsonl")) return ENT_FMT_JSONL;
    if (!strcmp(s, "tabari")) return ENT_FMT_TABARI;
    return -1;
}

ent_reader *ent_reader_new(const ent_reader_opts *opts, const ent_diag *diag) {
    ent_reader *r = ent_xcalloc(1, sizeof *r);
    if (opts) r->opts = *opts;
    if (!r->opts.max_article_bytes) r->opts.max_article_bytes = DEFAULT_MAX_ARTICLE;
    if (diag) r->diag = *diag;
    r->ibuf = ent_xmalloc(CHUNK);
    ent_arena_init(&r->arena, 256 * 1024);
    ent_dir_seen_init(&r->seen);
    return r;
}

static void close_file(ent_reader *r) {
    struct stat st;
    if (r->gz && r->name && strcmp(r->name, "-") && stat(r->name, &st) == 0) r->bytes_done += (unsigned long long)st.st_size;
    if (r->gz) gzclose(r->gz);
    r->gz = NULL;
    free(r->name);
    r->name = NULL;
}

void ent_reader_free(ent_reader *r) {
    if (!r) return;
    close_file(r);
    for (size_t i = r->next_path; i < r->npaths; i++) free(r->paths[i]);
    free(r->paths);
    free(r->ibuf);
    ent_buf_free(&r->raw);
    ent_buf_free(&r->fixed);
    ent_buf_free(&r->canon);
    ent_buf_free(&r->tmp);
    ent_arena_free(&r->arena);
    ent_dir_seen_free(&r->seen);
    free(r);
}

size_t ent_reader_skipped(const ent_reader *r) { return r->skipped; }

void ent_reader_progress(const ent_reader *r, unsigned long long *done, unsigned long long *total) {
    long long cur = r->gz && r->name && strcmp(r->name, "-") ? (long long)gzoffset(r->gz) : 0;
    *done = r->bytes_done + (unsigned long long)(cur > 0 ? cur : 0);
    *total = r->stdin_queued ? 0 : r->bytes_total;
}
size_t ent_reader_warnings(const ent_reader *r) { return r->warnings; }

static void push_path(ent_reader *r, const char *p) {
    struct stat st;
    if (!strcmp(p, "-")) r->stdin_queued = 1;
    else if (stat(p, &st) == 0) r->bytes_total += (unsigned long long)st.st_size;
    if (r->npaths == r->cappaths) {
        r->cappaths = r->cappaths ? r->cappaths * 2 : 16;
        r->paths = ent_xrealloc(r->paths, r->cappaths * sizeof *r->paths);
    }
    r->paths[r->npaths++] = ent_xstrdup(p);
}

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

static int wanted_file(const char *name) {
    static const char *ext[] = {".txt", ".jsonl", ".json", ".txt.gz", ".jsonl.gz", ".json.gz"};
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
        if (ends_with(name, ext[i])) return 1;
    return 0;
}

static void walk_file(void *ud, const char *path, const struct stat *st) {
    (void)st;
    push_path(ud, path);
}

/* What a walk left out (a link loop, an unreadable folder): a warning. */
static void walk_note(void *ud, const char *path, const char *msg) {
    ent_reader *r = ud;
    r->warnings++;
    ent_diag_report(&r->diag, ENT_WARN, path, 0, "%s", msg);
}

static int add_dir(ent_reader *r, const char *dir, ent_err *err) {
    ent_dir_walk_fns f = {wanted_file, walk_file, walk_note, r};
    if (ent_dir_walk(dir, &r->seen, &f)) return ent_err_set(err, ENT_EIO, dir, 0, "cannot open directory: %s", strerror(errno));
    return 0;
}

int ent_reader_add(ent_reader *r, const char *path, ent_err *err) {
    if (!strcmp(path, "-")) {
        push_path(r, path);
        return 0;
    }
    struct stat st;
    if (stat(path, &st) != 0)
        return ent_err_set(err, ENT_EIO, path, 0, "%s", strerror(errno));
    if (S_ISDIR(st.st_mode)) return add_dir(r, path, err);
    push_path(r, path);
    return 0;
}

/* ---- dates and ids ---- */

void ent_article_id(const char *date, const char *text, size_t n, char out[17]) {
    XXH64_state_t *st = XXH64_createState();
    XXH64_reset(st, 0);
    XXH64_update(st, date, strlen(date));
    XXH64_update(st, "\n", 1);
    XXH64_update(st, text, n);
    unsigned long long h = XXH64_digest(st);
    XXH64_freeState(st);
    snprintf(out, 17, "%016llx", h);
}

/* ---- low-level reading ---- */

static void warn(ent_reader *r, long line, const char *fmt, const char *arg) {
    r->warnings++;
    ent_diag_report(&r->diag, ENT_WARN, r->name, line, fmt, arg);
}

static void fail(ent_reader *r, long line, const char *msg) {
    r->skipped++;
    ent_diag_report(&r->diag, ENT_ERROR, r->name, line, "%s", msg);
}

/* Refills ibuf; returns bytes available (0 at end or error). */
static size_t fill(ent_reader *r) {
    if (r->ipos < r->ilen) return r->ilen - r->ipos;
    if (r->eof) return 0;
    int n = gzread(r->gz, r->ibuf, CHUNK);
    if (n <= 0) {
        r->eof = 1;
        int errnum = Z_OK;
        const char *msg = gzerror(r->gz, &errnum);
        if (n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) {
            r->failed = 1;
            const char *why = errnum == Z_BUF_ERROR    ? "truncated gzip stream"
                              : errnum == Z_DATA_ERROR ? "corrupt gzip data"
                              : errnum == Z_ERRNO      ? strerror(errno)
                                                       : msg;
            char m[300];
            snprintf(m, sizeof m, "read error: %s; the rest of the file is skipped", why);
            fail(r, r->line + 1, m);
        }
        return 0;
    }
    r->ipos = 0;
    r->ilen = (size_t)n;
    return r->ilen;
}

/* Reads one line (without "\n") into r->raw. Returns 1 = line, 0 = end,
 * -1 = line longer than the limit (skipped to its end, reported). */
static int read_line(ent_reader *r) {
    ent_buf_reset(&r->raw);
    int any = 0, toolong = 0;
    for (;;) {
        size_t avail = fill(r);
        if (!avail) break;
        any = 1;
        unsigned char *p = r->ibuf + r->ipos;
        unsigned char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        if (!toolong && r->raw.len + take > r->opts.max_article_bytes) {
            toolong = 1;
            ent_buf_reset(&r->raw);
        }
        if (!toolong) ent_buf_add(&r->raw, p, take);
        r->ipos += take + (nl ? 1 : 0);
        if (nl) break;
    }
    if (!any) return 0;
    r->line++;
    if (r->failed && !r->eof) return 0;
    if (r->failed) return 0;   /* a truncated last line is not a record */
    if (toolong) {
        char m[128];
        snprintf(m, sizeof m, "line longer than %zu bytes, skipped", r->opts.max_article_bytes);
        fail(r, r->line, m);
        return -1;
    }
    /* a NUL byte costs its line only (JSON Lines, TABARI records) */
    if (r->raw.len && memchr(r->raw.p, 0, r->raw.len)) {
        fail(r, r->line, "NUL byte in the line, skipped");
        return -1;
    }
    if (r->raw.len && r->raw.p[r->raw.len - 1] == '\r') r->raw.p[--r->raw.len] = 0;
    return 1;
}

/* Repairs r->raw into r->fixed, warning once with the line of the first bad
 * byte (`base_line` is the line of raw's first byte). */
static void repair(ent_reader *r, long base_line) {
    ent_buf_reset(&r->fixed);
    size_t first = 0;
    size_t bad = ent_utf8_repair(&r->fixed, r->raw.p ? r->raw.p : "", r->raw.len, &first);
    if (bad) {
        long line = base_line;
        for (size_t i = 0; i < first; i++) line += r->raw.p[i] == '\n';
        char m[128];
        snprintf(m, sizeof m, "invalid UTF-8 replaced by U+FFFD (%zu sequence%s)", bad,
                 bad == 1 ? "" : "s");
        warn(r, line, "%s", m);
    }
}

/* ---- canonical text ---- */

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Appends s[0..n) with CRLF/CR -> LF. */
static void add_lf(ent_buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            ent_buf_addc(b, '\n');
            if (i + 1 < n && s[i + 1] == '\n') i++;
        } else {
            ent_buf_addc(b, s[i]);
        }
    }
}

static void fill_article(ent_reader *r, ent_article *a, const char *title, size_t tn,
                         const char *body, size_t bn) {
    ent_buf *c = &r->canon;
    ent_buf_reset(c);
    /* headline: one line, trimmed */
    while (tn && is_ws(*title)) title++, tn--;
    while (tn && is_ws(title[tn - 1])) tn--;
    for (size_t i = 0; i < tn; i++) ent_buf_addc(c, title[i] == '\n' || title[i] == '\r' ? ' ' : title[i]);
    size_t title_len = c->len;
    /* body: leading blank lines and trailing white space dropped */
    size_t s = 0, last_nl = 0;
    int seen_nl = 0;
    for (; s < bn && is_ws(body[s]); s++)
        if (body[s] == '\n') last_nl = s + 1, seen_nl = 1;
    s = seen_nl ? last_nl : s;
    while (bn > s && is_ws(body[bn - 1])) bn--;
    if (title_len && bn > s) ent_buf_add(c, "\n\n", 2);
    a->body_start = title_len && bn > s ? c->len : 0;
    add_lf(c, body + s, bn - s);
    a->title = ent_arena_strndup(&r->arena, c->p ? c->p : "", title_len);
    a->text = ent_arena_strndup(&r->arena, c->p ? c->p : "", c->len);
    a->text_len = c->len;
}

static void finish_article(ent_reader *r, ent_article *a, const char *id) {
    if (id && *id) {
        a->id = ent_arena_strdup(&r->arena, id);
    } else {
        char h[17];
        ent_article_id(a->date, a->text, a->text_len, h);
        a->id = ent_arena_strdup(&r->arena, h);
    }
    if (!a->lang) a->lang = "";
    if (!a->url) a->url = "";
    if (!a->source) a->source = "";
    a->file = ent_arena_strdup(&r->arena, r->name);
}

/* ---- plain dated articles ---- */

static int next_plain(ent_reader *r, ent_article *a) {
    /* slurp the whole file (bounded) */
    ent_buf_reset(&r->raw);
    size_t avail;
    int toolong = 0;
    while ((avail = fill(r))) {
        if (!toolong && r->raw.len + avail > r->opts.max_article_bytes) toolong = 1;
        if (!toolong) ent_buf_add(&r->raw, r->ibuf + r->ipos, avail);
        r->ipos = r->ilen;
    }
    r->eof = 1;
    if (r->failed) return 0;
    if (toolong) {
        char m[128];
        snprintf(m, sizeof m, "article larger than %zu bytes, skipped", r->opts.max_article_bytes);
        fail(r, 1, m);
        return 0;
    }
    /* a plain file is one article: a NUL anywhere makes it binary */
    if (r->raw.len && memchr(r->raw.p, 0, r->raw.len)) {
        fail(r, 0, "binary file (NUL bytes), skipped");
        return 0;
    }
    repair(r, 1);
    const char *s = r->fixed.p ? r->fixed.p : "", *end = s + r->fixed.len;
    long line = 1;
    while (s < end && is_ws(*s)) line += *s++ == '\n';
    if (s == end) {
        fail(r, 1, "empty article");
        return 0;
    }
    const char *eol = memchr(s, '\n', (size_t)(end - s));
    if (!eol) eol = end;
    if ((size_t)(eol - s) < 5 || strncmp(s, "date", 4) || !(s[4] == ' ' || s[4] == '\t')) {
        fail(r, line, "expected 'date YYYY-MM-DD' and the headline on the first line");
        return 0;
    }
    const char *d = s + 4;
    while (d < eol && (*d == ' ' || *d == '\t')) d++;
    const char *de = d;
    while (de < eol && !is_ws(*de)) de++;
    char why[64];
    if (!ent_date_explain(d, (size_t)(de - d), why, sizeof why)) {
        char m[160];
        snprintf(m, sizeof m, "bad date '%.*s' (%s)", (int)(de - d > 40 ? 40 : de - d), d, why);
        fail(r, line, m);
        return 0;
    }
    memset(a, 0, sizeof *a);
    a->date = ent_arena_strndup(&r->arena, d, 10);
    a->line = line;
    const char *body = eol < end ? eol + 1 : end;
    fill_article(r, a, de, (size_t)(eol - de), body, (size_t)(end - body));
    if (!a->text_len) {
        fail(r, line, "article has no text");
        return 0;
    }
    finish_article(r, a, NULL);
    return 1;
}

/* ---- JSON Lines ---- */

static const char *json_field(json_t *o, const char *k, ent_arena *ar) {
    json_t *v = json_object_get(o, k);
    if (!v || json_is_null(v)) return NULL;
    if (json_is_string(v)) return ent_arena_strndup(ar, json_string_value(v), json_string_length(v));
    if (json_is_integer(v)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)json_integer_value(v));
        return ent_arena_strdup(ar, b);
    }
    return "";   /* wrong type: callers treat "" as missing where it matters */
}

static int next_jsonl(ent_reader *r, ent_article *a) {
    for (;;) {
        int rc = read_line(r);
        if (rc == 0) return 0;
        if (rc < 0) continue;
        const char *p = r->raw.p;
        size_t n = r->raw.len, i = 0;
        while (i < n && is_ws(p[i])) i++;
        if (i == n) continue;   /* blank line */
        long line = r->line;
        repair(r, line);
        json_error_t je;
        json_t *o = json_loadb(r->fixed.p, r->fixed.len, 0, &je);
        if (!o) {
            char m[256];
            snprintf(m, sizeof m, "invalid JSON at column %d: %s", je.column, je.text);
            fail(r, line, m);
            continue;
        }
        if (!json_is_object(o)) {
            json_decref(o);
            fail(r, line, "expected a JSON object");
            continue;
        }
        ent_arena_reset(&r->arena);
        memset(a, 0, sizeof *a);
        json_t *tv = json_object_get(o, "text");
        if (!json_is_string(tv)) {
            json_decref(o);
            fail(r, line, tv ? "field \"text\" is not a string" : "missing field \"text\"");
            continue;
        }
        const char *date = json_field(o, "date", &r->arena);
        if (!date || !*date) {
            json_decref(o);
            fail(r, line, "missing field \"date\"");
            continue;
        }
        /* accept a full timestamp (2025-09-03T10:00:00Z) by its date part */
        size_t dl = strlen(date);
        if (dl > 10 && (date[10] == 'T' || date[10] == ' ')) dl = 10;
        char why[64];
        if (!ent_date_explain(date, dl, why, sizeof why)) {
            char m[160];
            snprintf(m, sizeof m, "bad date '%.40s' (%s)", date, why);
            json_decref(o);
            fail(r, line, m);
            continue;
        }
        a->date = ent_arena_strndup(&r->arena, date, 10);
        a->lang = json_field(o, "lang", &r->arena);
        a->url = json_field(o, "url", &r->arena);
        a->source = json_field(o, "source", &r->arena);
        const char *id = json_field(o, "id", &r->arena);
        const char *title = json_field(o, "title", &r->arena);
        a->line = line;
        fill_article(r, a, title ? title : "", title ? strlen(title) : 0,
                     json_string_value(tv), json_string_length(tv));
        json_decref(o);
        if (!a->text_len) {
            fail(r, line, "article has no text");
            continue;
        }
        finish_article(r, a, id);
        return 1;
    }
}

/* ---- TABARI records: "YYMMDD id" line, text lines up to a blank line ---- */

static int next_tabari(ent_reader *r, ent_article *a) {
    for (;;) {
        int rc;
        do rc = read_line(r);
        while (rc < 0 || (rc == 1 && (r->raw.len == 0 || strspn(r->raw.p, " \t") == r->raw.len)));
        if (rc == 0) return 0;
        long line = r->line;
        repair(r, line);
        const char *p = r->fixed.p;
        size_t dn = strspn(p, "0123456789");
        char date[11];
        if (dn == 6) {
            int yy = (p[0] - '0') * 10 + p[1] - '0';
            snprintf(date, sizeof date, "%d-%.2s-%.2s", yy <= 30 ? 2000 + yy : 1900 + yy, p + 2, p + 4);
        } else if (dn == 8) {
            snprintf(date, sizeof date, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
        } else {
            date[0] = 0;
        }
        const char *id = p + dn;
        while (*id == ' ' || *id == '\t') id++;
        ent_arena_reset(&r->arena);
        memset(a, 0, sizeof *a);
        char *idc = ent_arena_strdup(&r->arena, id);
        idc[strcspn(idc, " \t")] = 0;
        /* text lines up to a blank line or end */
        ent_buf_reset(&r->tmp);
        while ((rc = read_line(r)) != 0) {
            if (rc < 0) continue;
            if (r->raw.len == 0 || strspn(r->raw.p, " \t") == r->raw.len) break;
            if (r->tmp.len) ent_buf_addc(&r->tmp, '\n');
            ent_buf_add(&r->tmp, r->raw.p, r->raw.len);
        }
        if (!ent_date_valid(date, strlen(date))) {
            char m[96];
            snprintf(m, sizeof m, "bad TABARI record header '%.40s' (expected YYMMDD id)", p);
            fail(r, line, m);
            continue;
        }
        ent_buf_reset(&r->raw);
        ent_buf_add(&r->raw, r->tmp.p ? r->tmp.p : "", r->tmp.len);
        repair(r, line + 1);
        a->date = ent_arena_strdup(&r->arena, date);
        a->line = line;
        fill_article(r, a, "", 0, r->fixed.p ? r->fixed.p : "", r->fixed.len);
        if (!a->text_len) {
            fail(r, line, "record has no text");
            continue;
        }
        finish_article(r, a, idc);
        return 1;
    }
}

/* ---- file switching ---- */

static ent_input_format sniff(ent_reader *r) {
    const char *n = r->name;
    char base[64] = "";
    size_t len = strlen(n);
    if (ends_with(n, ".gz")) len -= 3;
    const char *dot = NULL;
    for (size_t i = len; i > 0; i--) {
        if (n[i - 1] == '.') { dot = n + i - 1; break; }
        if (n[i - 1] == '/') break;
    }
    if (dot && (size_t)(n + len - dot) < sizeof base) {
        memcpy(base, dot, (size_t)(n + len - dot));
        base[n + len - dot] = 0;
        if (!strcmp(base, ".txt")) return ENT_FMT_PLAIN;
        if (!strcmp(base, ".jsonl") || !strcmp(base, ".json")) return ENT_FMT_JSONL;
    }
    /* by the first non-blank byte */
    for (size_t i = r->ipos; i < r->ilen; i++) {
        unsigned char c = r->ibuf[i];
        if (is_ws((char)c)) continue;
        if (c == '{') return ENT_FMT_JSONL;
        if (c >= '0' && c <= '9') return ENT_FMT_TABARI;
        break;
    }
    return ENT_FMT_PLAIN;
}

static int open_next(ent_reader *r) {
    while (r->next_path < r->npaths) {
        char *path = r->paths[r->next_path++];
        close_file(r);
        r->name = path;
        r->line = 0;
        r->eof = r->failed = 0;
        r->ipos = r->ilen = 0;
        if (!strcmp(path, "-")) {
            int fd = dup(0);
            r->gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
        } else {
            r->gz = gzopen(path, "rb");
        }
        if (!r->gz) {
            char m[300];
            snprintf(m, sizeof m, "cannot open: %s", strerror(errno));
            fail(r, 0, m);
            continue;
        }
        gzbuffer(r->gz, CHUNK);
        if (!fill(r)) {
            if (!r->failed) fail(r, 0, "empty file");
            continue;
        }
        r->fmt = r->opts.format != ENT_FMT_AUTO ? r->opts.format : sniff(r);
        return 1;
    }
    close_file(r);
    return 0;
}

int ent_reader_next(ent_reader *r, ent_article *a) {
    for (;;) {
        if (!r->gz && !open_next(r)) return 0;
        int got = 0;
        if (!r->eof || r->ipos < r->ilen) {
            if (r->fmt == ENT_FMT_PLAIN) {
                ent_arena_reset(&r->arena);
                got = next_plain(r, a);
            } else if (r->fmt == ENT_FMT_JSONL) {
                got = next_jsonl(r, a);
            } else {
                got = next_tabari(r, a);
            }
        }
        if (got) return 1;
        close_file(r);
    }
}
