/* export.c - GDELT 2.0 Events and Mentions, PLOVER, JSON Lines and CSV from
 * the store's rows; see report.h. Every GDELT row has exactly 61 fields,
 * every Mentions row 16. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include "../base/date.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct exp_ctx {
    const ent_refdata *rd;
    const ent_export_opts *o;
    ent_report_sink sink;
    void *ud;
    ent_buf b;
} exp_ctx;

static const char *str(const char *s) { return s ? s : ""; }

static void ymdhms(int64_t t, char out[15]) {
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 15, "%Y%m%d%H%M%S", &tm);
}

/* GDELT's fields cannot hold tabs or newlines */
static void field(ent_buf *b, const char *s) {
    for (s = str(s); *s; s++) ent_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void upper_ascii(ent_buf *b, const char *s) {
    for (s = str(s); *s; s++) ent_buf_addc(b, (unsigned char)*s < 0x80 ? (char)toupper((unsigned char)*s) : *s);
}

/* Actor columns 5..14 (or 15..24): code, name, country, group, ethnic,
 * religion1, religion2, type1..3 */
static void actor_cols(ent_buf *b, const ent_refdata *rd, const char *code, const char *name) {
    char country[4], group[4], types[3][4];
    ent_refdata_split(rd, str(code), country, group, types);
    field(b, code);
    ent_buf_addc(b, '\t');
    const ent_country *c = country[0] ? ent_refdata_country(rd, country) : NULL;
    /* GDELT names actors in upper-case English; the country's name where
     * the code has one, else the dictionary's canonical name */
    upper_ascii(b, c ? c->name : name);
    ent_buf_printf(b, "\t%s\t%s\t\t\t\t%s\t%s\t%s\t", country, group, types[0], types[1], types[2]);
}

static void geo_cols(ent_buf *b, const ent_refdata *rd, const char *iso3, int last) {
    const ent_country *c = iso3 && *iso3 ? ent_refdata_country(rd, iso3) : NULL;
    if (c) {
        /* type 1 = country: full name, FIPS country code, ADM1 = the FIPS code, feature id = FIPS */
        ent_buf_printf(b, "1\t");
        field(b, c->name);
        ent_buf_printf(b, "\t%s\t%s\t\t%.4f\t%.4f\t%s", c->fips, c->fips, c->lat, c->lon, c->fips);
    } else {
        ent_buf_adds(b, "\t\t\t\t\t\t\t");
    }
    if (!last) ent_buf_addc(b, '\t');
}

static int gdelt_event(void *ud, const ent_store_event *e) {
    exp_ctx *x = ud;
    ent_buf *b = &x->b;
    ent_buf_reset(b);
    const char *date = str(e->date);
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    ent_buf_printf(b, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", (long long)e->id, y, m, d, y, m, y,
                   y + (double)ent_date_day_of_year(y, m, d) / 365.0);
    actor_cols(b, x->rd, e->source_code, e->source_name);
    actor_cols(b, x->rd, e->target_code, e->target_name);
    ent_buf_printf(b, "%d\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", e->is_root, str(e->code), str(e->base), str(e->root), e->quad,
                   e->goldstein, (int)e->num_mentions, (int)e->num_sources, (int)e->num_articles);
    geo_cols(b, x->rd, NULL, 0); /* Actor1Geo: entente does not place actors */
    geo_cols(b, x->rd, NULL, 0); /* Actor2Geo */
    geo_cols(b, x->rd, e->location, 0);
    char added[15];
    ymdhms(e->first_added, added);
    ent_buf_printf(b, "%s\t", added);
    field(b, e->source_url);
    ent_buf_addc(b, '\n');
    return x->sink(x->ud, b->p, b->len);
}

static long chars_before(const char *text, long bytes) {
    long n = 0;
    for (long i = 0; i < bytes && text[i]; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) n++;
    return n;
}

static const char *lang3(const char *l) {
    static const struct { const char *a, *b; } m[] = {{"hu", "hun"}, {"de", "deu"}, {"fr", "fra"}, {"ru", "rus"},
                                                      {"es", "spa"}, {"it", "ita"}, {"pl", "pol"}, {"ro", "ron"},
                                                      {"uk", "ukr"}, {"zh", "zho"}, {"ja", "jpn"}, {"ko", "kor"}};
    for (size_t i = 0; i < sizeof m / sizeof *m; i++)
        if (!strcmp(l, m[i].a)) return m[i].b;
    return l;
}

static int gdelt_mention(void *ud, const ent_store_mention *mt) {
    exp_ctx *x = ud;
    ent_buf *b = &x->b;
    ent_buf_reset(b);
    const char *date = str(mt->event_date), *text = str(mt->text), *lang = str(mt->lang);
    char added[15];
    ymdhms(mt->added, added);
    ent_buf_printf(b, "%lld\t%.4s%.2s%.2s000000\t%s\t1\t", (long long)mt->event_id, date, date + 5, date + 8, added);
    field(b, mt->outlet);
    ent_buf_addc(b, '\t');
    field(b, mt->url && *mt->url ? mt->url : mt->article);
    ent_buf_printf(b, "\t%d\t%ld\t%ld\t%ld\t1\t\t%ld\t\t", (int)mt->sentence + 1, chars_before(text, (long)mt->source.start),
                   chars_before(text, (long)mt->target.start), chars_before(text, (long)mt->trigger.start),
                   chars_before(text, (long)strlen(text)));
    if (strcmp(lang, "en")) ent_buf_printf(b, "srclc:%s;", lang3(lang));
    ent_buf_adds(b, "\t\n");
    return x->sink(x->ud, b->p, b->len);
}

static void jstr(ent_buf *b, const char *s) { ent_buf_json_qstr(b, s && *s ? s : NULL); }

static void plover_entity(ent_buf *b, const ent_refdata *rd, const char *code, const char *name) {
    char country[4], group[4], types[3][4];
    ent_refdata_split(rd, str(code), country, group, types);
    ent_buf_adds(b, "[{\"code\":");
    jstr(b, country[0] ? country : code);
    ent_buf_adds(b, ",\"sector\":");
    jstr(b, types[0]);
    ent_buf_adds(b, ",\"entity_text\":");
    jstr(b, name);
    ent_buf_adds(b, ",\"cameo_code\":");
    jstr(b, code);
    ent_buf_adds(b, "}]");
}

/* RFC 4180: quoted, quotes doubled */
static void csv_field(ent_buf *b, const char *s) {
    ent_buf_addc(b, '"');
    for (s = str(s); *s; s++) {
        if (*s == '"') ent_buf_addc(b, '"');
        ent_buf_addc(b, *s);
    }
    ent_buf_addc(b, '"');
}

static void csv_event(ent_buf *b, const ent_store_event *e) {
    const char *cols[] = {e->date, e->source_code, e->source_name, e->target_code, e->target_name, e->code, e->base, e->root};
    ent_buf_printf(b, "%lld", (long long)e->id);
    for (size_t i = 0; i < sizeof cols / sizeof *cols; i++) {
        ent_buf_addc(b, ',');
        csv_field(b, cols[i]);
    }
    ent_buf_printf(b, ",%d,%.1f,%d,%d,%d,%d,\"%s\",", e->quad, e->goldstein, (int)e->num_mentions, (int)e->num_sources,
                   (int)e->num_articles, e->is_root, str(e->location));
    csv_field(b, e->source_url);
    ent_buf_addc(b, '\n');
}

static void jsonl_event(ent_buf *b, const ent_store_event *e) {
    ent_buf_printf(b, "{\"id\":%lld,\"date\":", (long long)e->id);
    jstr(b, e->date);
    const char *k[] = {"source", "source_name", "target", "target_name", "code", "base", "root"};
    const char *v[] = {e->source_code, e->source_name, e->target_code, e->target_name, e->code, e->base, e->root};
    for (int i = 0; i < 7; i++) {
        ent_buf_printf(b, ",\"%s\":", k[i]);
        jstr(b, v[i]);
    }
    ent_buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"num_mentions\":%d,\"num_sources\":%d,"
                      "\"num_articles\":%d,\"num_nonfactual\":%d,\"is_root\":%s,\"location\":",
                   e->quad, e->goldstein, (int)e->num_mentions, (int)e->num_sources, (int)e->num_articles,
                   (int)e->num_nonfactual, e->is_root ? "true" : "false");
    jstr(b, e->location);
    ent_buf_adds(b, ",\"source_url\":");
    jstr(b, e->source_url);
    ent_buf_adds(b, "}\n");
}

/* 0: written; 1: the event has no PLOVER type (CAMEO 01 and 02) */
static int plover_event(ent_buf *b, const ent_refdata *rd, const ent_store_event *e) {
    const ent_plover *p = ent_refdata_plover(rd, str(e->code));
    if (!p) return 1;
    ent_buf_printf(b, "{\"id\":\"entente-%lld\",\"date\":", (long long)e->id);
    jstr(b, e->date);
    ent_buf_adds(b, ",\"actor\":");
    plover_entity(b, rd, e->source_code, e->source_name);
    ent_buf_adds(b, ",\"recipient\":");
    plover_entity(b, rd, e->target_code, e->target_name);
    ent_buf_adds(b, ",\"event\":[");
    jstr(b, p->type);
    ent_buf_adds(b, "],\"mode\":[");
    if (p->mode) jstr(b, p->mode);
    ent_buf_adds(b, "],\"context\":[");
    if (p->context) jstr(b, p->context);
    ent_buf_printf(b, "],\"quad_code\":%d,\"event_loc\":", e->quad);
    if (e->location && *e->location) {
        ent_buf_adds(b, "{\"country\":");
        jstr(b, e->location);
        ent_buf_addc(b, '}');
    } else {
        ent_buf_adds(b, "null");
    }
    ent_buf_adds(b, ",\"link\":");
    jstr(b, e->source_url);
    ent_buf_adds(b, ",\"cameo\":");
    jstr(b, e->code);
    ent_buf_printf(b, ",\"num_mentions\":%d,\"coder\":\"entente\"}\n", (int)e->num_mentions);
    return 0;
}

static int record_event(void *ud, const ent_store_event *e) {
    exp_ctx *x = ud;
    ent_buf_reset(&x->b);
    if (x->o->format == ENT_EXPORT_CSV) csv_event(&x->b, e);
    else if (x->o->format == ENT_EXPORT_JSONL) jsonl_event(&x->b, e);
    else if (plover_event(&x->b, x->rd, e)) return 0;
    return x->sink(x->ud, x->b.p, x->b.len);
}

int ent_report_export(ent_store *s, const ent_refdata *rd, const ent_export_opts *o, ent_report_sink sink, void *ud,
                      ent_err *err) {
    exp_ctx x = {rd, o, sink, ud, {0}};
    ent_buf_init(&x.b);
    ent_store_export_filter f = {o->from, o->to, o->include_negated};
    int rc;
    if (o->format == ENT_EXPORT_GDELT) {
        rc = ent_store_export_events(s, &f, gdelt_event, &x, err);
    } else if (o->format == ENT_EXPORT_GDELT_MENTIONS) {
        rc = ent_store_export_mentions(s, &f, gdelt_mention, &x, err);
    } else {
        static const char csv_header[] = "id,date,source,source_name,target,target_name,code,base,root,quad_class,goldstein,"
                                         "num_mentions,num_sources,num_articles,is_root,location,source_url\n";
        rc = o->format == ENT_EXPORT_CSV ? sink(ud, csv_header, sizeof csv_header - 1) : 0;
        if (!rc) rc = ent_store_export_events(s, &f, record_event, &x, err);
    }
    ent_buf_free(&x.b);
    return rc;
}
