/* export.c - GDELT 2.0 Events and Mentions, PLOVER, JSON Lines and CSV
 * from the store; see export.h. Codes are written as strings (057 stays
 * 057); every GDELT row has exactly 61 fields, every Mentions row 16. */
#define _POSIX_C_SOURCE 200809L
#include "export.h"

#include "../base/buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *col(sqlite3_stmt *q, int i) {
    const unsigned char *t = sqlite3_column_text(q, i);
    return t ? (const char *)t : "";
}

static void ymdhms(int64_t t, char out[15]) {
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 15, "%Y%m%d%H%M%S", &tm);
}

/* GDELT's fields cannot hold tabs or newlines */
static void field(ent_buf *b, const char *s) {
    for (; *s; s++) ent_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void upper_ascii(ent_buf *b, const char *s) {
    for (; *s; s++) ent_buf_addc(b, (unsigned char)*s < 0x80 ? (char)toupper((unsigned char)*s) : *s);
}

static int day_of_year(int y, int m, int d) {
    static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return cum[m - 1] + d + (leap && m > 2);
}

/* Actor columns 5..14 (or 15..24): code, name, country, group, ethnic,
 * religion1, religion2, type1..3 */
static void actor_cols(ent_buf *b, const ent_refdata *rd, const char *code, const char *name) {
    char country[4], group[4], types[3][4];
    ent_refdata_split(rd, code, country, group, types);
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

static const char *events_sql =
    "SELECT e.id, e.date, e.source_code, e.source_name, e.target_code, e.target_name, e.is_root, e.code, e.base, "
    "e.root, e.quad, e.goldstein, e.num_mentions, e.num_sources, e.num_articles, e.location, e.first_added, "
    "e.source_url, e.num_nonfactual FROM events e "
    "WHERE (?1 OR e.num_mentions > 0) AND e.date >= ?2 AND e.date <= ?3 ORDER BY e.id";

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql, const ent_export_opts *o, ent_err *err) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) {
        ent_err_set(err, ENT_EIO, NULL, 0, "export: %s", sqlite3_errmsg(db));
        return NULL;
    }
    sqlite3_bind_int(q, 1, o->include_negated);
    sqlite3_bind_text(q, 2, o->from && *o->from ? o->from : "0000-00-00", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 3, o->to && *o->to ? o->to : "9999-99-99", -1, SQLITE_TRANSIENT);
    return q;
}

static int gdelt_events(sqlite3 *db, const ent_refdata *rd, const ent_export_opts *o, FILE *out, ent_err *err) {
    sqlite3_stmt *q = prepare(db, events_sql, o, err);
    if (!q) return ENT_EIO;
    ent_buf b;
    ent_buf_init(&b);
    while (sqlite3_step(q) == SQLITE_ROW) {
        ent_buf_reset(&b);
        const char *date = col(q, 1);
        int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
        ent_buf_printf(&b, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", (long long)sqlite3_column_int64(q, 0), y, m, d, y,
                       m, y, y + (double)day_of_year(y, m, d) / 365.0);
        actor_cols(&b, rd, col(q, 2), col(q, 3));
        actor_cols(&b, rd, col(q, 4), col(q, 5));
        ent_buf_printf(&b, "%d\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", sqlite3_column_int(q, 6), col(q, 7), col(q, 8),
                       col(q, 9), sqlite3_column_int(q, 10), sqlite3_column_double(q, 11), sqlite3_column_int(q, 12),
                       sqlite3_column_int(q, 13), sqlite3_column_int(q, 14));
        geo_cols(&b, rd, NULL, 0); /* Actor1Geo: entente does not place actors */
        geo_cols(&b, rd, NULL, 0); /* Actor2Geo */
        geo_cols(&b, rd, col(q, 15), 0);
        char added[15];
        ymdhms(sqlite3_column_int64(q, 16), added);
        ent_buf_printf(&b, "%s\t", added);
        field(&b, col(q, 17));
        ent_buf_addc(&b, '\n');
        fwrite(b.p, 1, b.len, out);
    }
    sqlite3_finalize(q);
    ent_buf_free(&b);
    return 0;
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

static int gdelt_mentions(sqlite3 *db, const ent_export_opts *o, FILE *out, ent_err *err) {
    sqlite3_stmt *q = prepare(
        db,
        "SELECT m.event_id, e.date, m.added, a.source, CASE WHEN a.url <> '' THEN a.url ELSE a.id END, m.sentence, "
        "m.source_start, m.target_start, m.event_start, a.text, a.lang FROM mentions m JOIN events e ON e.id = m.event_id "
        "JOIN articles a ON a.rowid = m.article WHERE (?1 OR m.factual) AND e.date >= ?2 AND e.date <= ?3 ORDER BY m.id",
        o, err);
    if (!q) return ENT_EIO;
    ent_buf b;
    ent_buf_init(&b);
    while (sqlite3_step(q) == SQLITE_ROW) {
        ent_buf_reset(&b);
        const char *date = col(q, 1), *text = col(q, 9), *lang = col(q, 10);
        char added[15];
        ymdhms(sqlite3_column_int64(q, 2), added);
        ent_buf_printf(&b, "%lld\t%.4s%.2s%.2s000000\t%s\t1\t", (long long)sqlite3_column_int64(q, 0), date, date + 5,
                       date + 8, added);
        field(&b, col(q, 3));
        ent_buf_addc(&b, '\t');
        field(&b, col(q, 4));
        ent_buf_printf(&b, "\t%d\t%ld\t%ld\t%ld\t1\t\t%ld\t\t", sqlite3_column_int(q, 5) + 1,
                       chars_before(text, sqlite3_column_int(q, 6)), chars_before(text, sqlite3_column_int(q, 7)),
                       chars_before(text, sqlite3_column_int(q, 8)), chars_before(text, (long)strlen(text)));
        if (strcmp(lang, "en")) ent_buf_printf(&b, "srclc:%s;", lang3(lang));
        ent_buf_adds(&b, "\t\n");
        fwrite(b.p, 1, b.len, out);
    }
    sqlite3_finalize(q);
    ent_buf_free(&b);
    return 0;
}

static void jstr(ent_buf *b, const char *s) {
    ent_buf_json_qstr(b, s && *s ? s : NULL);
}

static void plover_entity(ent_buf *b, const ent_refdata *rd, const char *code, const char *name) {
    char country[4], group[4], types[3][4];
    ent_refdata_split(rd, code, country, group, types);
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

static int events_records(sqlite3 *db, const ent_refdata *rd, const ent_export_opts *o, FILE *out, ent_err *err) {
    sqlite3_stmt *q = prepare(db, events_sql, o, err);
    if (!q) return ENT_EIO;
    ent_buf b;
    ent_buf_init(&b);
    if (o->format == ENT_EXPORT_CSV)
        fputs("id,date,source,source_name,target,target_name,code,base,root,quad_class,goldstein,num_mentions,"
              "num_sources,num_articles,is_root,location,source_url\n",
              out);
    while (sqlite3_step(q) == SQLITE_ROW) {
        ent_buf_reset(&b);
        long long id = sqlite3_column_int64(q, 0);
        if (o->format == ENT_EXPORT_CSV) {
            /* RFC 4180: every text field quoted, quotes doubled */
            const int cols[] = {1, 2, 3, 4, 5, 7, 8, 9};
            ent_buf_printf(&b, "%lld", id);
            for (size_t i = 0; i < sizeof cols / sizeof *cols; i++) {
                ent_buf_adds(&b, ",\"");
                for (const char *s = col(q, cols[i]); *s; s++) {
                    if (*s == '"') ent_buf_addc(&b, '"');
                    ent_buf_addc(&b, *s);
                }
                ent_buf_addc(&b, '"');
            }
            ent_buf_printf(&b, ",%d,%.1f,%d,%d,%d,%d,\"%s\",\"", sqlite3_column_int(q, 10), sqlite3_column_double(q, 11),
                           sqlite3_column_int(q, 12), sqlite3_column_int(q, 13), sqlite3_column_int(q, 14),
                           sqlite3_column_int(q, 6), col(q, 15));
            for (const char *s = col(q, 17); *s; s++) {
                if (*s == '"') ent_buf_addc(&b, '"');
                ent_buf_addc(&b, *s);
            }
            ent_buf_adds(&b, "\"\n");
        } else if (o->format == ENT_EXPORT_JSONL) {
            ent_buf_printf(&b, "{\"id\":%lld,\"date\":", id);
            jstr(&b, col(q, 1));
            ent_buf_adds(&b, ",\"source\":");
            jstr(&b, col(q, 2));
            ent_buf_adds(&b, ",\"source_name\":");
            jstr(&b, col(q, 3));
            ent_buf_adds(&b, ",\"target\":");
            jstr(&b, col(q, 4));
            ent_buf_adds(&b, ",\"target_name\":");
            jstr(&b, col(q, 5));
            ent_buf_adds(&b, ",\"code\":");
            jstr(&b, col(q, 7));
            ent_buf_adds(&b, ",\"base\":");
            jstr(&b, col(q, 8));
            ent_buf_adds(&b, ",\"root\":");
            jstr(&b, col(q, 9));
            ent_buf_printf(&b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"num_mentions\":%d,\"num_sources\":%d,"
                               "\"num_articles\":%d,\"num_nonfactual\":%d,\"is_root\":%s,\"location\":",
                           sqlite3_column_int(q, 10), sqlite3_column_double(q, 11), sqlite3_column_int(q, 12),
                           sqlite3_column_int(q, 13), sqlite3_column_int(q, 14), sqlite3_column_int(q, 18),
                           sqlite3_column_int(q, 6) ? "true" : "false");
            jstr(&b, col(q, 15));
            ent_buf_adds(&b, ",\"source_url\":");
            jstr(&b, col(q, 17));
            ent_buf_adds(&b, "}\n");
        } else { /* PLOVER */
            const ent_plover *p = ent_refdata_plover(rd, col(q, 7));
            if (!p) continue; /* CAMEO 01 and 02 have no PLOVER type */
            ent_buf_printf(&b, "{\"id\":\"entente-%lld\",\"date\":", id);
            jstr(&b, col(q, 1));
            ent_buf_adds(&b, ",\"actor\":");
            plover_entity(&b, rd, col(q, 2), col(q, 3));
            ent_buf_adds(&b, ",\"recipient\":");
            plover_entity(&b, rd, col(q, 4), col(q, 5));
            ent_buf_adds(&b, ",\"event\":[");
            jstr(&b, p->type);
            ent_buf_adds(&b, "],\"mode\":[");
            if (p->mode) jstr(&b, p->mode);
            ent_buf_adds(&b, "],\"context\":[");
            if (p->context) jstr(&b, p->context);
            ent_buf_printf(&b, "],\"quad_code\":%d,\"event_loc\":", sqlite3_column_int(q, 10));
            if (*col(q, 15)) {
                ent_buf_adds(&b, "{\"country\":");
                jstr(&b, col(q, 15));
                ent_buf_addc(&b, '}');
            } else {
                ent_buf_adds(&b, "null");
            }
            ent_buf_adds(&b, ",\"link\":");
            jstr(&b, col(q, 17));
            ent_buf_adds(&b, ",\"cameo\":");
            jstr(&b, col(q, 7));
            ent_buf_printf(&b, ",\"num_mentions\":%d,\"coder\":\"entente\"}\n", sqlite3_column_int(q, 12));
        }
        fwrite(b.p, 1, b.len, out);
    }
    sqlite3_finalize(q);
    ent_buf_free(&b);
    return 0;
}

int ent_export(sqlite3 *db, const ent_refdata *rd, const ent_export_opts *o, FILE *out, ent_err *err) {
    switch (o->format) {
    case ENT_EXPORT_GDELT: return gdelt_events(db, rd, o, out, err);
    case ENT_EXPORT_GDELT_MENTIONS: return gdelt_mentions(db, o, out, err);
    default: return events_records(db, rd, o, out, err);
    }
}
