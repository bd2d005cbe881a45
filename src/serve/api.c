/* api.c - see api.h. */
#define _POSIX_C_SOURCE 200809L
#include "api.h"

#include "../events/codebook.h"
#include "../events/refdata.h"
#include "../ingest/ingest.h"
#include "../query/dyad.h"
#include "../query/treaty.h"
#include "../store/export.h"
#include "../store/store.h"
#include "../text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

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

/* fold(x): ICU's full case folding of UTF-8 text ("Észak" -> "észak",
 * "STRASSE" and "Straße" -> "strasse"); SQLite's own LIKE folds ASCII only. */
static void sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const char *in = (const char *)sqlite3_value_text(argv[0]);
    if (!in) {
        sqlite3_result_null(ctx);
        return;
    }
    int32_t n = sqlite3_value_bytes(argv[0]), ul = 0, fl = 0, ol = 0;
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, &ul, in, n, &e);
    if (e != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(e)) goto copy;
    e = U_ZERO_ERROR;
    UChar *u = ent_xmalloc(((size_t)ul + 1) * sizeof *u), *f = ent_xmalloc(((size_t)ul * 3 + 1) * sizeof *f);
    u_strFromUTF8(u, ul + 1, NULL, in, n, &e);
    fl = U_SUCCESS(e) ? u_strFoldCase(f, ul * 3 + 1, u, ul, U_FOLD_CASE_DEFAULT, &e) : 0;
    char *out = U_SUCCESS(e) ? ent_xmalloc((size_t)fl * 3 + 1) : NULL;
    if (out) u_strToUTF8(out, fl * 3 + 1, &ol, f, fl, &e);
    free(u);
    free(f);
    if (out && U_SUCCESS(e)) {
        sqlite3_result_text(ctx, out, ol, free);
        return;
    }
    free(out);
copy:
    sqlite3_result_text(ctx, in, n, SQLITE_TRANSIENT);
}

int ent_api_register(sqlite3 *db) {
    return sqlite3_create_function(db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_fold, NULL, NULL) == SQLITE_OK
               ? 0
               : -1;
}

void ent_api_error(ent_buf *out, const char *msg) {
    ent_buf_adds(out, "{\"error\":");
    ent_buf_json_qstr(out, msg);
    ent_buf_adds(out, "}\n");
}

int ent_api_valid_actor(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 32) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

static int db_err(sqlite3 *db, ent_err *err) {
    return ent_err_set(err, ENT_EIO, NULL, 0, "database: %s", sqlite3_errmsg(db));
}

static const char *col(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

static void kv_str(ent_buf *o, const char *k, const char *v) {
    ent_buf_printf(o, ",\"%s\":", k);
    ent_buf_json_qstr(o, v);
}

static void kv_int(ent_buf *o, const char *k, long long v) { ent_buf_printf(o, ",\"%s\":%lld", k, v); }

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
    if (*v && !ent_date_valid(*v, strlen(*v)))
        return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "%s takes a date YYYY-MM-DD", name);
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
    *by = !strcmp(*name, "day") ? ENT_BY_DAY : !strcmp(*name, "week") ? ENT_BY_WEEK : !strcmp(*name, "month") ? ENT_BY_MONTH : -1;
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

/* ---- summary and dyad: the JSON of `entente summary --json` and `entente dyad --json` ---- */

int ent_api_summary(const ent_api *api, sqlite3 *db, int top, ent_buf *o, ent_err *err) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM articles),"
                           " (SELECT count(*) FROM events WHERE num_mentions > 0), (SELECT coalesce(sum(num_mentions),0) FROM events),"
                           " (SELECT count(*) FROM mentions WHERE NOT factual),"
                           " (SELECT coalesce(min(date),'') FROM events WHERE num_mentions > 0),"
                           " (SELECT coalesce(max(date),'') FROM events WHERE num_mentions > 0)",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, err);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return db_err(db, err);
    }
    ent_buf_printf(o, "{\"articles\":%lld,\"outlets\":%lld,\"events\":%lld,\"mentions\":%lld,\"nonfactual_mentions\":%lld,\"from\":",
                   sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2),
                   sqlite3_column_int64(q, 3), sqlite3_column_int64(q, 4));
    ent_buf_json_qstr(o, col(q, 5));
    ent_buf_adds(o, ",\"to\":");
    ent_buf_json_qstr(o, col(q, 6));
    ent_buf_adds(o, ",\"dyads\":[");
    sqlite3_finalize(q);
    if (sqlite3_prepare_v2(db,
                           "SELECT min(sc, tc) AS x, max(sc, tc) AS y, count(*) AS n,"
                           " sum(num_mentions), avg(goldstein), sum(quad <= 2) FROM"
                           " (SELECT *, CASE WHEN source_code GLOB 'IGO*' OR source_code GLOB 'NGO*' THEN source_code"
                           "  ELSE substr(source_code,1,3) END AS sc, CASE WHEN target_code GLOB 'IGO*' OR target_code GLOB 'NGO*'"
                           "  THEN target_code ELSE substr(target_code,1,3) END AS tc FROM events) WHERE num_mentions > 0"
                           " GROUP BY x, y ORDER BY n DESC, x, y LIMIT ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, err);
    sqlite3_bind_int(q, 1, top);
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        ent_buf_adds(o, i ? ",{\"a\":" : "{\"a\":");
        ent_buf_json_qstr(o, col(q, 0));
        ent_buf_adds(o, ",\"b\":");
        ent_buf_json_qstr(o, col(q, 1));
        ent_buf_printf(o, ",\"events\":%d,\"mentions\":%d,\"goldstein\":%.2f,\"cooperation\":%d}", sqlite3_column_int(q, 2),
                       sqlite3_column_int(q, 3), sqlite3_column_double(q, 4), sqlite3_column_int(q, 5));
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "],\"codes\":[");
    if (sqlite3_prepare_v2(db,
                           "SELECT code, count(*) AS n, sum(num_mentions) FROM events WHERE num_mentions > 0 GROUP BY code "
                           "ORDER BY n DESC, code LIMIT ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, err);
    sqlite3_bind_int(q, 1, top);
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        const char *code = col(q, 0);
        const ent_cameo *cm = ent_codebook_get(api->cb, code);
        ent_buf_adds(o, i ? ",{\"code\":" : "{\"code\":");
        ent_buf_json_qstr(o, code);
        ent_buf_printf(o, ",\"events\":%d,\"mentions\":%d,\"name\":", sqlite3_column_int(q, 1), sqlite3_column_int(q, 2));
        ent_buf_json_qstr(o, cm ? cm->name : NULL);
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "]}\n");
    return 0;
}

static const char *by_name(int by) { return by == ENT_BY_DAY ? "day" : by == ENT_BY_MONTH ? "month" : "week"; }

int ent_api_dyad(const ent_api *api, sqlite3 *db, const char *a, const char *b, int by, int include_negated, ent_buf *o,
                 ent_err *err) {
    if (!ent_api_valid_actor(a) || !ent_api_valid_actor(b))
        return ent_err_set(err, ENT_EUSAGE, NULL, 0, "actor codes are 3 or more capital letters (RUS, RUSGOV)");
    ent_dyad_row *rows;
    size_t n;
    if (ent_dyad(db, api->cb, a, b, by, include_negated, &rows, &n, err)) return ENT_EIO;
    ent_buf_adds(o, "{\"a\":");
    ent_buf_json_qstr(o, a);
    ent_buf_adds(o, ",\"b\":");
    ent_buf_json_qstr(o, b);
    ent_buf_printf(o, ",\"by\":\"%s\",\"rows\":[", by_name(by));
    for (size_t i = 0; i < n; i++) {
        const ent_dyad_row *r = &rows[i];
        ent_buf_printf(o, "%s{\"period\":\"%s\",\"source\":", i ? "," : "", r->period);
        ent_buf_json_qstr(o, r->dir ? b : a);
        ent_buf_adds(o, ",\"target\":");
        ent_buf_json_qstr(o, r->dir ? a : b);
        ent_buf_printf(o, ",\"events\":%d,\"mentions\":%d,\"quad\":[%d,%d,%d,%d],\"goldstein\":%.2f,\"top\":[", r->events,
                       r->mentions, r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->goldstein);
        for (int t = 0; t < r->ntop; t++) {
            ent_buf_printf(o, "%s{\"code\":\"%s\",\"count\":%d,\"name\":", t ? "," : "", r->top[t].code, r->top[t].n);
            ent_buf_json_qstr(o, r->top[t].name);
            ent_buf_addc(o, '}');
        }
        ent_buf_adds(o, "]}");
    }
    ent_buf_adds(o, "]}\n");
    free(rows);
    return 0;
}

/* Runs a writer of FILE * into out (the chart and the exports). */
typedef int (*file_writer)(const ent_api *api, sqlite3 *db, const void *ctx, FILE *f, ent_err *err);

static int to_buf(const ent_api *api, sqlite3 *db, const void *ctx, file_writer w, ent_buf *out, ent_err *err) {
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    if (!f) return ent_err_set(err, ENT_ENOMEM, NULL, 0, "out of memory");
    int rc = w(api, db, ctx, f, err);
    if (fclose(f) && !rc) rc = ent_err_set(err, ENT_ENOMEM, NULL, 0, "out of memory");
    if (!rc) ent_buf_add(out, p ? p : "", n);
    free(p);
    return rc;
}

typedef struct svg_ctx {
    const char *a, *b;
    int by;
} svg_ctx;

static int svg_writer(const ent_api *api, sqlite3 *db, const void *ctx, FILE *f, ent_err *err) {
    const svg_ctx *c = ctx;
    ent_dyad_row *rows;
    size_t n;
    if (ent_dyad(db, api->cb, c->a, c->b, c->by, 0, &rows, &n, err)) return ENT_EIO;
    ent_dyad_svg(f, c->a, c->b, rows, n);
    free(rows);
    return 0;
}

static int export_writer(const ent_api *api, sqlite3 *db, const void *ctx, FILE *f, ent_err *err) {
    return ent_export(db, api->rd, ctx, f, err);
}

/* ---- health, actors ---- */

static int api_health(sqlite3 *db, ent_buf *o, ent_err *err) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events WHERE num_mentions > 0),"
                           " (SELECT max(version) FROM schema_version)",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, err);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return db_err(db, err);
    }
    ent_buf_printf(o, "{\"ok\":true,\"articles\":%lld,\"events\":%lld,\"schema\":%d}\n", sqlite3_column_int64(q, 0),
                   sqlite3_column_int64(q, 1), sqlite3_column_int(q, 2));
    sqlite3_finalize(q);
    return 0;
}

#define GROUP_CODE(c) "CASE WHEN " c " GLOB 'IGO*' OR " c " GLOB 'NGO*' THEN " c " ELSE substr(" c ",1,3) END"

static char *like_pattern(const char *q);

/* The i-th actor of a list: `{"code","name"` (the country's name when the
 * code is one), left open for the counts. */
static void actor_head(const ent_api *api, ent_buf *o, const char *c, int i) {
    const ent_country *ct = strlen(c) == 3 ? ent_refdata_country(api->rd, c) : NULL;
    ent_buf_adds(o, i ? ",{\"code\":" : "{\"code\":");
    ent_buf_json_qstr(o, c);
    kv_str(o, "name", ct ? ct->name : NULL);
}

/* ?q=: actors by name in any language, as the articles wrote them
 * ("Oroszország", "Russland", "Kremlin") or by code ("RUS"). */
static int actors_search(const ent_api *api, sqlite3 *db, const args *a, const char *text, long limit, ent_buf *o) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT c, count(*) AS n, max(CASE WHEN fold(w) LIKE fold(?2) ESCAPE '\\' THEN w END) FROM ("
                           " SELECT " GROUP_CODE("e.source_code") " AS c, m.source_text AS w FROM mentions m JOIN events e ON e.id = m.event_id"
                           "  WHERE fold(m.source_text) LIKE fold(?2) ESCAPE '\\' OR fold(e.source_name) LIKE fold(?2) ESCAPE '\\' OR e.source_code LIKE ?3 ESCAPE '\\'"
                           " UNION ALL"
                           " SELECT " GROUP_CODE("e.target_code") " AS c, m.target_text AS w FROM mentions m JOIN events e ON e.id = m.event_id"
                           "  WHERE fold(m.target_text) LIKE fold(?2) ESCAPE '\\' OR fold(e.target_name) LIKE fold(?2) ESCAPE '\\' OR e.target_code LIKE ?3 ESCAPE '\\')"
                           " GROUP BY c ORDER BY n DESC, c LIMIT ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, a->err);
    char *pat = like_pattern(text);
    char *code = ent_xmalloc(strlen(pat) + 1);
    strcpy(code, pat + 1);   /* a code starts with the text: "RUS%" */
    sqlite3_bind_int64(q, 1, limit);
    sqlite3_bind_text(q, 2, pat, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 3, code, -1, SQLITE_TRANSIENT);
    free(pat);
    free(code);
    ent_buf_adds(o, "{\"q\":");
    ent_buf_json_qstr(o, text);
    ent_buf_adds(o, ",\"actors\":[");
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        actor_head(api, o, col(q, 0), i);
        kv_int(o, "mentions", sqlite3_column_int64(q, 1));
        kv_str(o, "as_written", col(q, 2));
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "]}\n");
    return 0;
}

static int api_actors(const ent_api *api, sqlite3 *db, const args *a, ent_buf *o) {
    long limit;
    const char *text;
    if (arg_int(a, "limit", 200, 1, 10000, &limit) || arg_text(a, "q", 200, &text)) return ENT_EUSAGE;
    if (text) return actors_search(api, db, a, text, limit, o);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT c, count(*) AS n, sum(num_mentions) FROM (SELECT " GROUP_CODE("source_code") " AS c, num_mentions"
                           " FROM events WHERE num_mentions > 0 UNION ALL SELECT " GROUP_CODE("target_code") " AS c, num_mentions"
                           " FROM events WHERE num_mentions > 0) GROUP BY c ORDER BY n DESC, c LIMIT ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, a->err);
    sqlite3_bind_int64(q, 1, limit);
    ent_buf_adds(o, "{\"actors\":[");
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        actor_head(api, o, col(q, 0), i);
        kv_int(o, "events", sqlite3_column_int64(q, 1));
        kv_int(o, "mentions", sqlite3_column_int64(q, 2));
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "]}\n");
    return 0;
}

/* ---- events ---- */

#define MATCH(c, p) "(" c " = " p " OR (length(" p ") = 3 AND substr(" c ",1,3) = " p "))"
static const char *const events_where =
    " FROM events WHERE (?1 OR num_mentions > 0) AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3)"
    " AND (?4 IS NULL OR " MATCH("source_code", "?4") " OR " MATCH("target_code", "?4") ")"
    " AND (?5 IS NULL OR (" MATCH("source_code", "?5") " AND " MATCH("target_code", "?6") ") OR (" MATCH("source_code", "?6")
    " AND " MATCH("target_code", "?5") "))"
    " AND (?7 IS NULL OR code = ?7 OR (length(?7) = 2 AND root = ?7) OR (length(?7) = 3 AND base = ?7))"
    " AND (?8 IS NULL OR quad = ?8)"
    " AND (?11 IS NULL OR " MATCH("source_code", "?11") ") AND (?12 IS NULL OR " MATCH("target_code", "?12") ")"
    " AND (?13 IS NULL OR root = ?13)"
    " AND (?14 IS NULL OR fold(source_name) LIKE fold(?14) ESCAPE '\\' OR fold(target_name) LIKE fold(?14) ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m"
    "  WHERE m.event_id = events.id AND (fold(m.source_text) LIKE fold(?14) ESCAPE '\\' OR fold(m.target_text) LIKE fold(?14) ESCAPE '\\'"
    "  OR fold(m.event_text) LIKE fold(?14) ESCAPE '\\')))"
    " AND (?15 IS NULL OR date < ?15 OR (date = ?15 AND id < ?16))";

static const char *const event_cols =
    "SELECT id, date, source_code, source_name, target_code, target_name, code, base, root, quad, goldstein, location,"
    " num_mentions, num_sources, num_articles, num_nonfactual, is_root";

/* One events row (event_cols) as a JSON object, without the closing brace. */
static void event_obj(const ent_api *api, sqlite3_stmt *q, ent_buf *o) {
    ent_buf_printf(o, "{\"id\":%lld", sqlite3_column_int64(q, 0));
    kv_str(o, "date", col(q, 1));
    ent_buf_adds(o, ",\"source\":{\"code\":");
    ent_buf_json_qstr(o, col(q, 2));
    kv_str(o, "name", col(q, 3));
    ent_buf_adds(o, "},\"target\":{\"code\":");
    ent_buf_json_qstr(o, col(q, 4));
    kv_str(o, "name", col(q, 5));
    ent_buf_adds(o, "},\"event\":{\"code\":");
    const char *code = col(q, 6);
    ent_buf_json_qstr(o, code);
    kv_str(o, "base", col(q, 7));
    kv_str(o, "root", col(q, 8));
    ent_buf_printf(o, ",\"quad_class\":%d,\"goldstein\":%.1f", sqlite3_column_int(q, 9), sqlite3_column_double(q, 10));
    const ent_cameo *cm = code ? ent_codebook_get(api->cb, code) : NULL;
    kv_str(o, "name", cm ? cm->name : NULL);
    ent_buf_addc(o, '}');
    kv_str(o, "location", col(q, 11));
    kv_int(o, "num_mentions", sqlite3_column_int64(q, 12));
    kv_int(o, "num_sources", sqlite3_column_int64(q, 13));
    kv_int(o, "num_articles", sqlite3_column_int64(q, 14));
    kv_int(o, "num_nonfactual", sqlite3_column_int64(q, 15));
    ent_buf_adds(o, sqlite3_column_int(q, 16) ? ",\"is_root\":true" : ",\"is_root\":false");
}

/* A LIKE pattern for free text q: %q% with %, _ and \ escaped. */
static char *like_pattern(const char *q) {
    size_t n = strlen(q);
    char *p = ent_xmalloc(2 * n + 3), *o = p;
    *o++ = '%';
    for (; *q; q++) {
        if (*q == '%' || *q == '_' || *q == '\\') *o++ = '\\';
        *o++ = *q;
    }
    *o++ = '%';
    *o = 0;
    return p;
}

/* The cursor of `entente serve`'s event pages: "DATE~ID" of the last event
 * given, newest first; the next page starts strictly after it. */
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

static int api_events(const ent_api *api, sqlite3 *db, const args *a, ent_buf *o) {
    const char *from, *to, *actor, *da, *db_, *code, *src, *tgt, *root, *text;
    long quad, limit, offset;
    int neg;
    char cdate[11];
    long long cid;
    if (arg_date(a, "from", &from) || arg_date(a, "to", &to) || arg_actor(a, "actor", &actor) || arg_actor(a, "a", &da) ||
        arg_actor(a, "b", &db_) || arg_code(a, &code) || arg_int(a, "quad", 0, 1, 4, &quad) ||
        arg_int(a, "limit", 100, 1, 1000, &limit) || arg_int(a, "offset", 0, 0, 100000000, &offset) ||
        arg_bool(a, "negated", &neg) || arg_actor(a, "source", &src) || arg_actor(a, "target", &tgt) || arg_root(a, &root) ||
        arg_text(a, "q", 200, &text) || arg_cursor(a, cdate, &cid))
        return ENT_EUSAGE;
    if (!da != !db_) return bad(a, "a and b go together (the two actors of a dyad)");
    if (cdate[0] && offset) return bad(a, "cursor and offset do not go together");
    char *pat = text ? like_pattern(text) : NULL;
    ent_buf sql;
    ent_buf_init(&sql);
    sqlite3_stmt *q[2] = {NULL, NULL};
    for (int k = 0; k < 2; k++) {
        ent_buf_reset(&sql);
        ent_buf_adds(&sql, k ? event_cols : "SELECT count(*)");
        ent_buf_adds(&sql, events_where);
        if (k) ent_buf_adds(&sql, " ORDER BY date DESC, id DESC LIMIT ?9 OFFSET ?10");
        if (sqlite3_prepare_v2(db, sql.p, -1, &q[k], NULL) != SQLITE_OK) {
            ent_buf_free(&sql);
            sqlite3_finalize(q[0]);
            return db_err(db, a->err);
        }
        sqlite3_bind_int(q[k], 1, neg);
        const char *t[] = {from, to, actor, da, db_, code};
        for (int i = 0; i < 6; i++)
            if (t[i]) sqlite3_bind_text(q[k], i + 2, t[i], -1, SQLITE_TRANSIENT);
        if (quad) sqlite3_bind_int64(q[k], 8, quad);
        if (k) {
            sqlite3_bind_int64(q[k], 9, limit);
            sqlite3_bind_int64(q[k], 10, offset);
        }
        const char *t2[] = {src, tgt, root, pat};
        for (int i = 0; i < 4; i++)
            if (t2[i]) sqlite3_bind_text(q[k], 11 + i, t2[i], -1, SQLITE_TRANSIENT);
        if (cdate[0]) {
            sqlite3_bind_text(q[k], 15, cdate, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(q[k], 16, cid);
        }
    }
    ent_buf_free(&sql);
    free(pat);
    long long total = sqlite3_step(q[0]) == SQLITE_ROW ? sqlite3_column_int64(q[0], 0) : 0;
    ent_buf_printf(o, "{\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"events\":[", total, limit, offset);
    char last[40] = "";
    int i = 0;
    for (; sqlite3_step(q[1]) == SQLITE_ROW; i++) {
        if (i) ent_buf_addc(o, ',');
        event_obj(api, q[1], o);
        ent_buf_addc(o, '}');
        snprintf(last, sizeof last, "%.10s~%lld", col(q[1], 1), sqlite3_column_int64(q[1], 0));
    }
    /* a full page has a next one (maybe empty): its cursor is the last event shown */
    ent_buf_adds(o, "],\"next_cursor\":");
    ent_buf_json_qstr(o, i == limit ? last : NULL);
    ent_buf_adds(o, "}\n");
    sqlite3_finalize(q[0]);
    sqlite3_finalize(q[1]);
    return 0;
}

/* A span of the article text {"text","start","end"} (no text when itext < 0), or null. */
static void span(ent_buf *o, const char *k, sqlite3_stmt *q, int istart, int itext) {
    ent_buf_printf(o, ",\"%s\":", k);
    if (sqlite3_column_type(q, istart) == SQLITE_NULL) {
        ent_buf_adds(o, "null");
        return;
    }
    if (itext >= 0) {
        ent_buf_adds(o, "{\"text\":");
        ent_buf_json_qstr(o, col(q, itext));
        ent_buf_addc(o, ',');
    } else {
        ent_buf_addc(o, '{');
    }
    ent_buf_printf(o, "\"start\":%lld,\"end\":%lld}", sqlite3_column_int64(q, istart), sqlite3_column_int64(q, istart + 1));
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

static int api_event(const ent_api *api, sqlite3 *db, const char *id, const args *a, ent_buf *o) {
    char *end;
    long long eid = strtoll(id, &end, 10);
    if (!*id || *end || eid <= 0 || strlen(id) > 18) return ent_err_set(a->err, ENT_API_NOT_FOUND, NULL, 0, "no such event");
    ent_buf sql;
    ent_buf_init(&sql);
    ent_buf_adds(&sql, event_cols);
    ent_buf_adds(&sql, " FROM events WHERE id = ?1");
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(db, sql.p, -1, &q, NULL);
    ent_buf_free(&sql);
    if (rc != SQLITE_OK) return db_err(db, a->err);
    sqlite3_bind_int64(q, 1, eid);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return ent_err_set(a->err, ENT_API_NOT_FOUND, NULL, 0, "no such event");
    }
    event_obj(api, q, o);
    sqlite3_finalize(q);
    if (sqlite3_prepare_v2(db,
                           "SELECT a.id, a.title, a.source, a.url, a.date, m.sentence, m.factual, m.negated, m.mood,"
                           " m.source_start, m.source_end, m.source_text, m.target_start, m.target_end, m.target_text,"
                           " m.event_start, m.event_end, m.event_text, m.reported_by, m.reported_by_code,"
                           " m.location, m.location_start, m.location_end, m.source_entry, m.verb_entry, m.target_entry, a.text"
                           " FROM mentions m JOIN articles a ON a.rowid = m.article WHERE m.event_id = ?1 ORDER BY m.id LIMIT 1000",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, a->err);
    sqlite3_bind_int64(q, 1, eid);
    ent_buf_adds(o, ",\"mentions\":[");
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        ent_buf_adds(o, i ? ",{\"article\":" : "{\"article\":");
        ent_buf_json_qstr(o, col(q, 0));
        kv_str(o, "title", col(q, 1));
        kv_str(o, "outlet", col(q, 2));
        kv_str(o, "url", col(q, 3));
        kv_str(o, "date", col(q, 4));
        kv_int(o, "sentence", sqlite3_column_int64(q, 5));
        ent_buf_adds(o, sqlite3_column_int(q, 6) ? ",\"factual\":true" : ",\"factual\":false");
        ent_buf_adds(o, sqlite3_column_int(q, 7) ? ",\"negated\":true" : ",\"negated\":false");
        kv_str(o, "mood", col(q, 8));
        span(o, "source", q, 9, 11);
        span(o, "target", q, 12, 14);
        span(o, "trigger", q, 15, 17);
        ent_buf_adds(o, ",\"reported_by\":");
        if (col(q, 18)) {
            ent_buf_adds(o, "{\"text\":");
            ent_buf_json_qstr(o, col(q, 18));
            kv_str(o, "code", col(q, 19));
            ent_buf_addc(o, '}');
        } else {
            ent_buf_adds(o, "null");
        }
        ent_buf_adds(o, ",\"location\":");
        if (col(q, 20)) {
            ent_buf_adds(o, "{\"code\":");
            ent_buf_json_qstr(o, col(q, 20));
            ent_buf_printf(o, ",\"start\":%lld,\"end\":%lld}", sqlite3_column_int64(q, 21), sqlite3_column_int64(q, 22));
        } else {
            ent_buf_adds(o, "null");
        }
        ent_buf_adds(o, ",\"evidence\":{\"source_entry\":");
        ent_buf_json_qstr(o, col(q, 23));
        kv_str(o, "verb_entry", col(q, 24));
        kv_str(o, "target_entry", col(q, 25));
        ent_buf_addc(o, '}');
        /* the words of the three spans, with the text around them */
        const char *text = col(q, 26);
        size_t n = (size_t)sqlite3_column_bytes(q, 26);
        long long lo = -1, hi = 0;
        for (int k = 9; k <= 15; k += 3)
            if (sqlite3_column_type(q, k) != SQLITE_NULL) {
                long long s = sqlite3_column_int64(q, k), e = sqlite3_column_int64(q, k + 1);
                if (s >= 0 && (lo < 0 || s < lo)) lo = s;
                if (e > hi) hi = e;
            }
        if (text && lo >= 0) excerpt(o, text, n, (size_t)lo, (size_t)hi, 300);
        else ent_buf_adds(o, ",\"excerpt\":null");
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "]}\n");
    return 0;
}

/* ---- articles ---- */

static int api_articles(sqlite3 *db, const args *a, ent_buf *o) {
    const char *from, *to, *outlet;
    long limit, offset;
    if (arg_date(a, "from", &from) || arg_date(a, "to", &to) || arg_text(a, "outlet", 256, &outlet) ||
        arg_int(a, "limit", 100, 1, 1000, &limit) || arg_int(a, "offset", 0, 0, 100000000, &offset))
        return ENT_EUSAGE;
    static const char *where = " FROM articles a WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)"
                               " AND (?3 IS NULL OR source = ?3)";
    ent_buf sql;
    ent_buf_init(&sql);
    sqlite3_stmt *q[2] = {NULL, NULL};
    for (int k = 0; k < 2; k++) {
        ent_buf_reset(&sql);
        ent_buf_adds(&sql, k ? "SELECT id, date, lang, source, url, title,"
                               " (SELECT count(*) FROM mentions m WHERE m.article = a.rowid AND m.factual)"
                             : "SELECT count(*)");
        ent_buf_adds(&sql, where);
        if (k) ent_buf_adds(&sql, " ORDER BY date DESC, rowid DESC LIMIT ?4 OFFSET ?5");
        if (sqlite3_prepare_v2(db, sql.p, -1, &q[k], NULL) != SQLITE_OK) {
            ent_buf_free(&sql);
            sqlite3_finalize(q[0]);
            return db_err(db, a->err);
        }
        const char *t[] = {from, to, outlet};
        for (int i = 0; i < 3; i++)
            if (t[i]) sqlite3_bind_text(q[k], i + 1, t[i], -1, SQLITE_TRANSIENT);
        if (k) {
            sqlite3_bind_int64(q[k], 4, limit);
            sqlite3_bind_int64(q[k], 5, offset);
        }
    }
    ent_buf_free(&sql);
    long long total = sqlite3_step(q[0]) == SQLITE_ROW ? sqlite3_column_int64(q[0], 0) : 0;
    ent_buf_printf(o, "{\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"articles\":[", total, limit, offset);
    for (int i = 0; sqlite3_step(q[1]) == SQLITE_ROW; i++) {
        ent_buf_adds(o, i ? ",{\"id\":" : "{\"id\":");
        ent_buf_json_qstr(o, col(q[1], 0));
        kv_str(o, "date", col(q[1], 1));
        kv_str(o, "lang", col(q[1], 2));
        kv_str(o, "outlet", col(q[1], 3));
        kv_str(o, "url", col(q[1], 4));
        kv_str(o, "title", col(q[1], 5));
        kv_int(o, "mentions", sqlite3_column_int64(q[1], 6));
        ent_buf_addc(o, '}');
    }
    ent_buf_adds(o, "]}\n");
    sqlite3_finalize(q[0]);
    sqlite3_finalize(q[1]);
    return 0;
}

static int api_article(sqlite3 *db, const char *id, const args *a, ent_buf *o) {
    if (!*id || strlen(id) > 1024) return ent_err_set(a->err, ENT_API_NOT_FOUND, NULL, 0, "no such article");
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT rowid, id, date, lang, source, url, title, text, fingerprint, coder_version, added, content_hash"
                           " FROM articles WHERE id = ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, a->err);
    sqlite3_bind_text(q, 1, id, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return ent_err_set(a->err, ENT_API_NOT_FOUND, NULL, 0, "no such article");
    }
    long long rowid = sqlite3_column_int64(q, 0);
    ent_buf_adds(o, "{\"id\":");
    ent_buf_json_qstr(o, col(q, 1));
    static const char *const names[] = {"date", "lang", "outlet", "url", "title", "text", "fingerprint", "coder_version"};
    for (int i = 0; i < 8; i++) kv_str(o, names[i], col(q, i + 2));
    kv_int(o, "added", sqlite3_column_int64(q, 10));
    kv_str(o, "content_hash", col(q, 11));
    sqlite3_finalize(q);
    if (sqlite3_prepare_v2(db,
                           "SELECT m.event_id, e.date, e.source_code, e.target_code, e.code, m.sentence, m.factual, m.negated,"
                           " m.mood, m.source_start, m.source_end, m.target_start, m.target_end, m.event_start, m.event_end,"
                           " m.location_start, m.location_end, m.reported_by, m.verb_entry"
                           " FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article = ?1 ORDER BY m.id LIMIT 10000",
                           -1, &q, NULL) != SQLITE_OK)
        return db_err(db, a->err);
    sqlite3_bind_int64(q, 1, rowid);
    ent_buf_adds(o, ",\"mentions\":[");
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        ent_buf_printf(o, "%s{\"event\":%lld", i ? "," : "", sqlite3_column_int64(q, 0));
        kv_str(o, "date", col(q, 1));
        kv_str(o, "source", col(q, 2));
        kv_str(o, "target", col(q, 3));
        kv_str(o, "code", col(q, 4));
        kv_int(o, "sentence", sqlite3_column_int64(q, 5));
        ent_buf_adds(o, sqlite3_column_int(q, 6) ? ",\"factual\":true" : ",\"factual\":false");
        ent_buf_adds(o, sqlite3_column_int(q, 7) ? ",\"negated\":true" : ",\"negated\":false");
        kv_str(o, "mood", col(q, 8));
        span(o, "source_span", q, 9, -1);
        span(o, "target_span", q, 11, -1);
        span(o, "trigger_span", q, 13, -1);
        span(o, "location_span", q, 15, -1);
        kv_str(o, "reported_by", col(q, 17));
        kv_str(o, "verb_entry", col(q, 18));
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "]}\n");
    return 0;
}

/* ---- the router ---- */

static const char *const JSON = "application/json; charset=utf-8";

static int route(const ent_api *api, sqlite3 *db, const char *path, const args *a, ent_buf *o, const char **ctype) {
    *ctype = JSON;
    if (!strcmp(path, "/api/health")) return api_health(db, o, a->err);
    if (!strcmp(path, "/api/summary")) {
        long top;
        return arg_int(a, "top", 10, 1, 1000, &top) ? ENT_EUSAGE : ent_api_summary(api, db, (int)top, o, a->err);
    }
    if (!strcmp(path, "/api/dyad") || !strcmp(path, "/api/dyad.svg")) {
        const char *x, *y, *byname;
        int by, neg;
        if (arg_actor(a, "a", &x) || arg_actor(a, "b", &y) || arg_by(a, &byname, &by) || arg_bool(a, "negated", &neg))
            return ENT_EUSAGE;
        if (!x || !y) return bad(a, "a and b are required: two actor codes (RUS, RUSGOV)");
        if (!strcmp(path, "/api/dyad")) return ent_api_dyad(api, db, x, y, by, neg, o, a->err);
        *ctype = "image/svg+xml";
        svg_ctx c = {x, y, by};
        return to_buf(api, db, &c, svg_writer, o, a->err);
    }
    if (!strncmp(path, "/api/dyads/", 11)) {
        /* /api/dyads/A/B?by=day|week|month */
        char x[40], y[40];
        const char *p = path + 11, *slash = strchr(p, '/');
        if (!slash || (size_t)(slash - p) >= sizeof x || strlen(slash + 1) >= sizeof y || strchr(slash + 1, '/'))
            return ent_err_set(a->err, ENT_EUSAGE, NULL, 0, "expected /api/dyads/A/B (two actor codes)");
        snprintf(x, sizeof x, "%.*s", (int)(slash - p), p);
        snprintf(y, sizeof y, "%s", slash + 1);
        const char *byname;
        int by, neg;
        if (arg_by(a, &byname, &by) || arg_bool(a, "negated", &neg)) return ENT_EUSAGE;
        return ent_api_dyad(api, db, x, y, by, neg, o, a->err);
    }
    if (!strcmp(path, "/api/actors")) return api_actors(api, db, a, o);
    if (!strcmp(path, "/api/events")) return api_events(api, db, a, o);
    if (!strncmp(path, "/api/events/", 12)) return api_event(api, db, path + 12, a, o);
    if (!strcmp(path, "/api/articles")) return api_articles(db, a, o);
    if (!strncmp(path, "/api/articles/", 14)) return api_article(db, path + 14, a, o);
    if (!strcmp(path, "/api/export")) {
        const char *f = arg(a, "format");
        ent_export_opts eo = {0};
        if (arg_date(a, "from", &eo.from) || arg_date(a, "to", &eo.to) || arg_bool(a, "negated", &eo.include_negated))
            return ENT_EUSAGE;
        if (!f) return bad(a, "format is required: gdelt, mentions, plover, jsonl or csv");
        if (!strcmp(f, "gdelt")) eo.format = ENT_EXPORT_GDELT, *ctype = "text/tab-separated-values; charset=utf-8";
        else if (!strcmp(f, "mentions")) eo.format = ENT_EXPORT_GDELT_MENTIONS, *ctype = "text/tab-separated-values; charset=utf-8";
        else if (!strcmp(f, "plover")) eo.format = ENT_EXPORT_PLOVER, *ctype = "application/x-ndjson; charset=utf-8";
        else if (!strcmp(f, "jsonl")) eo.format = ENT_EXPORT_JSONL, *ctype = "application/x-ndjson; charset=utf-8";
        else if (!strcmp(f, "csv")) eo.format = ENT_EXPORT_CSV, *ctype = "text/csv; charset=utf-8";
        else return bad(a, "format takes gdelt, mentions, plover, jsonl or csv");
        return to_buf(api, db, &eo, export_writer, o, a->err);
    }
    if (!strcmp(path, "/api/treaties")) {
        const char *party;
        return arg_actor(a, "party", &party) ? ENT_EUSAGE : ent_treaty_list_json(db, party, o, a->err);
    }
    if (!strcmp(path, "/api/obligations")) {
        const char *attacked;
        if (arg_actor(a, "attacked", &attacked)) return ENT_EUSAGE;
        if (!attacked) return bad(a, "attacked is required: a country code (UKR)");
        return ent_treaty_obligations_json(db, attacked, o, a->err);
    }
    if (!strcmp(path, "/api/graph")) return ent_treaty_graph_json(db, o, a->err);
    if (!strcmp(path, "/api/framing")) {
        const char *x, *y;
        if (arg_actor(a, "a", &x) || arg_actor(a, "b", &y)) return ENT_EUSAGE;
        if (!x || !y) return bad(a, "a and b are required: two actor codes (RUS, PRK)");
        return ent_framing_json(db, x, y, o, a->err);
    }
    return ent_err_set(a->err, ENT_API_NOT_FOUND, NULL, 0, "no such endpoint (see /api/health, /api/summary, /api/dyad, "
                                                           "/api/events, /api/articles, /api/actors, /api/export, "
                                                           "/api/treaties, /api/obligations, /api/graph, /api/framing)");
}

int ent_api_get(const ent_api *api, sqlite3 *db, const char *path, ent_api_arg_fn fn, void *ud, ent_buf *out,
                const char **ctype) {
    ent_err err;
    ent_err_clear(&err);
    args a = {fn, ud, &err};
    size_t at = out->len;
    int rc = route(api, db, path, &a, out, ctype);
    if (!rc) return 200;
    out->len = at;
    if (out->p) out->p[at] = 0;
    *ctype = JSON;
    ent_api_error(out, err.msg[0] ? err.msg : "error");
    /* ENT_EFORMAT: the database cannot answer this (treaty tables missing) */
    return rc == ENT_EUSAGE ? 400 : rc == ENT_API_NOT_FOUND ? 404 : rc == ENT_EFORMAT ? 503 : 500;
}
