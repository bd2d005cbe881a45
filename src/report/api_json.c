/* api_json.c - the answers only the HTTP API gives (events, actors,
 * articles, health) as JSON; see report.h. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdio.h>
#include <string.h>

void ent_report_error(ent_buf *out, const char *msg) {
    ent_buf_adds(out, "{\"error\":");
    ent_buf_json_qstr(out, msg);
    ent_buf_adds(out, "}\n");
}

static void kv_str(ent_buf *o, const char *k, const char *v) {
    ent_buf_printf(o, ",\"%s\":", k);
    ent_buf_json_qstr(o, v);
}

static void kv_int(ent_buf *o, const char *k, long long v) { ent_buf_printf(o, ",\"%s\":%lld", k, v); }

static void kv_bool(ent_buf *o, const char *k, int v) { ent_buf_printf(o, ",\"%s\":%s", k, v ? "true" : "false"); }

int ent_report_health(ent_store *s, ent_buf *o, ent_err *err) {
    ent_store_health h;
    if (ent_store_health_get(s, &h, err)) return ENT_EIO;
    ent_buf_printf(o, "{\"ok\":true,\"articles\":%lld,\"events\":%lld,\"schema\":%d}\n", (long long)h.articles,
                   (long long)h.events, h.schema);
    return 0;
}

/* ---- events ---- */

typedef struct ev_ctx {
    ent_buf *o;
    const ent_codebook *cb;
    int n;
    char last[40];
} ev_ctx;

/* One event as a JSON object, without the closing brace. */
static void event_obj(ent_buf *o, const ent_codebook *cb, const ent_store_event *e) {
    ent_buf_printf(o, "{\"id\":%lld", (long long)e->id);
    kv_str(o, "date", e->date);
    ent_buf_adds(o, ",\"source\":{\"code\":");
    ent_buf_json_qstr(o, e->source_code);
    kv_str(o, "name", e->source_name);
    ent_buf_adds(o, "},\"target\":{\"code\":");
    ent_buf_json_qstr(o, e->target_code);
    kv_str(o, "name", e->target_name);
    ent_buf_adds(o, "},\"event\":{\"code\":");
    ent_buf_json_qstr(o, e->code);
    kv_str(o, "base", e->base);
    kv_str(o, "root", e->root);
    ent_buf_printf(o, ",\"quad_class\":%d,\"goldstein\":%.1f", e->quad, e->goldstein);
    const ent_cameo *cm = e->code ? ent_codebook_get(cb, e->code) : NULL;
    kv_str(o, "name", cm ? cm->name : NULL);
    ent_buf_addc(o, '}');
    kv_str(o, "location", e->location);
    kv_int(o, "num_mentions", e->num_mentions);
    kv_int(o, "num_sources", e->num_sources);
    kv_int(o, "num_articles", e->num_articles);
    kv_int(o, "num_nonfactual", e->num_nonfactual);
    kv_bool(o, "is_root", e->is_root);
}

static int page_event(void *ud, const ent_store_event *e) {
    ev_ctx *c = ud;
    if (c->n++) ent_buf_addc(c->o, ',');
    event_obj(c->o, c->cb, e);
    ent_buf_addc(c->o, '}');
    snprintf(c->last, sizeof c->last, "%.10s~%lld", e->date ? e->date : "", (long long)e->id);
    return 0;
}

int ent_report_events(ent_store *s, const ent_codebook *cb, const ent_store_event_filter *f, ent_buf *o, ent_err *err) {
    int64_t total = 0;
    ent_buf page;
    ent_buf_init(&page);
    ev_ctx c = {&page, cb, 0, ""};
    int rc = ent_store_events(s, f, &total, page_event, &c, err);
    if (!rc) {
        ent_buf_printf(o, "{\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"events\":[", (long long)total, f->limit, f->offset);
        ent_buf_add(o, page.p ? page.p : "", page.len);
        /* a full page has a next one (maybe empty): its cursor is the last event shown */
        ent_buf_adds(o, "],\"next_cursor\":");
        ent_buf_json_qstr(o, c.n == f->limit ? c.last : NULL);
        ent_buf_adds(o, "}\n");
    }
    ent_buf_free(&page);
    return rc;
}

/* A span of the article text {"text","start","end"} (no text when the
 * span has none), or null. */
static void span(ent_buf *o, const char *k, const ent_store_span *sp, int with_text) {
    ent_buf_printf(o, ",\"%s\":", k);
    if (!sp->has) {
        ent_buf_adds(o, "null");
        return;
    }
    if (with_text) {
        ent_buf_adds(o, "{\"text\":");
        ent_buf_json_qstr(o, sp->text);
        ent_buf_addc(o, ',');
    } else {
        ent_buf_addc(o, '{');
    }
    ent_buf_printf(o, "\"start\":%lld,\"end\":%lld}", (long long)sp->start, (long long)sp->end);
}

/* Moves i back (dir < 0) or forward to the start of a UTF-8 character. */
static size_t utf8_start(const char *s, size_t n, size_t i, int dir) {
    while (i > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i += dir < 0 ? (size_t)-1 : 1;
    return i;
}

/* The piece of text around [lo, hi): from the line or sentence start before
 * it to the end after it, at most `ctx` bytes either side. */
static void excerpt(ent_buf *o, const char *text, size_t n, size_t lo, size_t hi, size_t ctx) {
    if (hi > n) hi = n;
    if (lo > hi) lo = hi;
    size_t s = lo, e = hi;
    while (s > 0 && lo - s < ctx && text[s - 1] != '\n' && !(s >= 2 && text[s - 1] == ' ' && strchr(".!?", text[s - 2]))) s--;
    while (e < n && e - hi < ctx && text[e] != '\n' && !(e > hi && strchr(".!?", text[e - 1]) && text[e] == ' ')) e++;
    s = utf8_start(text, n, s, +1);
    e = utf8_start(text, n, e, -1);
    if (e < s) e = s;
    ent_buf_printf(o, ",\"excerpt\":{\"start\":%zu,\"text\":\"", s);
    ent_buf_json_str(o, text + s, e - s);
    ent_buf_adds(o, "\"}");
}

static void speaker_place(ent_buf *o, const ent_store_mention *m) {
    ent_buf_adds(o, ",\"reported_by\":");
    if (m->reported_by) {
        ent_buf_adds(o, "{\"text\":");
        ent_buf_json_qstr(o, m->reported_by);
        kv_str(o, "code", m->reported_by_code);
        ent_buf_addc(o, '}');
    } else {
        ent_buf_adds(o, "null");
    }
    ent_buf_adds(o, ",\"location\":");
    if (m->location_code) {
        ent_buf_adds(o, "{\"code\":");
        ent_buf_json_qstr(o, m->location_code);
        ent_buf_printf(o, ",\"start\":%lld,\"end\":%lld}", (long long)m->location.start, (long long)m->location.end);
    } else {
        ent_buf_adds(o, "null");
    }
}

static int event_mention(void *ud, const ent_store_mention *m) {
    ev_ctx *c = ud;
    ent_buf *o = c->o;
    ent_buf_adds(o, c->n++ ? ",{\"article\":" : "{\"article\":");
    ent_buf_json_qstr(o, m->article);
    kv_str(o, "title", m->title);
    kv_str(o, "outlet", m->outlet);
    kv_str(o, "url", m->url);
    kv_str(o, "date", m->article_date);
    kv_int(o, "sentence", m->sentence);
    kv_bool(o, "factual", m->factual);
    kv_bool(o, "negated", m->negated);
    kv_str(o, "mood", m->mood);
    span(o, "source", &m->source, 1);
    span(o, "target", &m->target, 1);
    span(o, "trigger", &m->trigger, 1);
    speaker_place(o, m);
    ent_buf_adds(o, ",\"evidence\":{\"source_entry\":");
    ent_buf_json_qstr(o, m->source_entry);
    kv_str(o, "verb_entry", m->verb_entry);
    kv_str(o, "target_entry", m->target_entry);
    ent_buf_addc(o, '}');
    /* the words of the three spans, with the text around them */
    long long lo = -1, hi = 0;
    const ent_store_span *sp[] = {&m->source, &m->target, &m->trigger};
    for (int k = 0; k < 3; k++)
        if (sp[k]->has) {
            if (sp[k]->start >= 0 && (lo < 0 || sp[k]->start < lo)) lo = sp[k]->start;
            if (sp[k]->end > hi) hi = sp[k]->end;
        }
    if (m->text && lo >= 0) excerpt(o, m->text, m->text_len, (size_t)lo, (size_t)hi, 300);
    else ent_buf_adds(o, ",\"excerpt\":null");
    ent_buf_addc(o, '}');
    return 0;
}

static int one_event(void *ud, const ent_store_event *e) {
    ev_ctx *c = ud;
    event_obj(c->o, c->cb, e);
    return 0;
}

int ent_report_event(ent_store *s, const ent_codebook *cb, int64_t id, ent_buf *o, ent_err *err) {
    ev_ctx c = {o, cb, 0, ""};
    int found;
    if (ent_store_event_get(s, id, one_event, &c, &found, err)) return ENT_EIO;
    if (!found) return ent_err_set(err, ENT_ENOTFOUND, NULL, 0, "no such event");
    ent_buf_adds(o, ",\"mentions\":[");
    if (ent_store_event_mentions(s, id, 1000, event_mention, &c, err)) return ENT_EIO;
    ent_buf_adds(o, "]}\n");
    return 0;
}

/* ---- actors ---- */

typedef struct actor_ctx {
    ent_buf *o;
    const ent_refdata *rd;
    int n, search;
} actor_ctx;

static int actor_line(void *ud, const ent_store_actor *a) {
    actor_ctx *c = ud;
    const ent_country *ct = strlen(a->code) == 3 ? ent_refdata_country(c->rd, a->code) : NULL;
    ent_buf_adds(c->o, c->n++ ? ",{\"code\":" : "{\"code\":");
    ent_buf_json_qstr(c->o, a->code);
    kv_str(c->o, "name", ct ? ct->name : NULL);
    if (c->search) {
        kv_int(c->o, "mentions", a->mentions);
        kv_str(c->o, "as_written", a->as_written);
    } else {
        kv_int(c->o, "events", a->events);
        kv_int(c->o, "mentions", a->mentions);
    }
    ent_buf_addc(c->o, '}');
    return 0;
}

int ent_report_actors(ent_store *s, const ent_refdata *rd, const char *text, long limit, ent_buf *o, ent_err *err) {
    actor_ctx c = {o, rd, 0, text != NULL};
    if (text) {
        ent_buf_adds(o, "{\"q\":");
        ent_buf_json_qstr(o, text);
        ent_buf_adds(o, ",\"actors\":[");
    } else {
        ent_buf_adds(o, "{\"actors\":[");
    }
    int rc = text ? ent_store_actor_search(s, text, limit, actor_line, &c, err) : ent_store_actors(s, limit, actor_line, &c, err);
    if (rc) return rc;
    ent_buf_adds(o, "]}\n");
    return 0;
}

/* ---- articles ---- */

static int article_line(void *ud, const ent_store_article_row *a) {
    actor_ctx *c = ud;
    ent_buf_adds(c->o, c->n++ ? ",{\"id\":" : "{\"id\":");
    ent_buf_json_qstr(c->o, a->id);
    kv_str(c->o, "date", a->date);
    kv_str(c->o, "lang", a->lang);
    kv_str(c->o, "outlet", a->outlet);
    kv_str(c->o, "url", a->url);
    kv_str(c->o, "title", a->title);
    kv_int(c->o, "mentions", a->mentions);
    ent_buf_addc(c->o, '}');
    return 0;
}

int ent_report_articles(ent_store *s, const ent_store_article_filter *f, ent_buf *o, ent_err *err) {
    int64_t total;
    ent_buf rows;
    ent_buf_init(&rows);
    actor_ctx c = {&rows, NULL, 0, 0};
    int rc = ent_store_articles(s, f, &total, article_line, &c, err);
    if (!rc) {
        ent_buf_printf(o, "{\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"articles\":[", (long long)total, f->limit, f->offset);
        ent_buf_add(o, rows.p ? rows.p : "", rows.len);
        ent_buf_adds(o, "]}\n");
    }
    ent_buf_free(&rows);
    return rc;
}

static int article_head(void *ud, const ent_store_article_row *a) {
    ent_buf *o = ud;
    ent_buf_adds(o, "{\"id\":");
    ent_buf_json_qstr(o, a->id);
    const char *const names[] = {"date", "lang", "outlet", "url", "title", "text", "fingerprint", "coder_version"};
    const char *vals[] = {a->date, a->lang, a->outlet, a->url, a->title, a->text, a->fingerprint, a->coder_version};
    for (int i = 0; i < 8; i++) kv_str(o, names[i], vals[i]);
    kv_int(o, "added", a->added);
    kv_str(o, "content_hash", a->content_hash);
    return 0;
}

static int article_mention(void *ud, const ent_store_mention *m) {
    actor_ctx *c = ud;
    ent_buf *o = c->o;
    ent_buf_printf(o, "%s{\"event\":%lld", c->n++ ? "," : "", (long long)m->event_id);
    kv_str(o, "date", m->event_date);
    kv_str(o, "source", m->source_code);
    kv_str(o, "target", m->target_code);
    kv_str(o, "code", m->code);
    kv_int(o, "sentence", m->sentence);
    kv_bool(o, "factual", m->factual);
    kv_bool(o, "negated", m->negated);
    kv_str(o, "mood", m->mood);
    span(o, "source_span", &m->source, 0);
    span(o, "target_span", &m->target, 0);
    span(o, "trigger_span", &m->trigger, 0);
    span(o, "location_span", &m->location, 0);
    kv_str(o, "reported_by", m->reported_by);
    kv_str(o, "verb_entry", m->verb_entry);
    ent_buf_addc(o, '}');
    return 0;
}

int ent_report_article(ent_store *s, const char *id, ent_buf *o, ent_err *err) {
    int found;
    if (ent_store_article_by_id(s, id, article_head, o, &found, err)) return ENT_EIO;
    if (!found) return ent_err_set(err, ENT_ENOTFOUND, NULL, 0, "no such article");
    ent_buf_adds(o, ",\"mentions\":[");
    actor_ctx c = {o, NULL, 0, 0};
    if (ent_store_article_mentions(s, id, 10000, article_mention, &c, err)) return ENT_EIO;
    ent_buf_adds(o, "]}\n");
    return 0;
}
