/* read.c - the read queries of store.h: counts, events, mentions, actors,
 * articles and the exports' rows. Every value is bound, never spliced. */
#define _POSIX_C_SOURCE 200809L
#include "store_int.h"

#include "../base/buf.h"

#include <stdlib.h>
#include <string.h>

/* ---- counts ---- */

int ent_store_health_get(ent_store *s, ent_store_health *h, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events WHERE num_mentions > 0),"
                   " (SELECT max(version) FROM schema_version)",
                   &q, err))
        return ENT_EIO;
    int got = st_one(s, q, err);
    if (got > 0) {
        h->articles = sqlite3_column_int64(q, 0);
        h->events = sqlite3_column_int64(q, 1);
        h->schema = sqlite3_column_int(q, 2);
    }
    sqlite3_finalize(q);
    return got > 0 ? 0 : got < 0 ? ENT_EIO : ent_err_set(err, ENT_EIO, NULL, 0, "database: no counts");
}

int ent_store_summary_get(ent_store *s, ent_arena *ar, ent_store_summary *out, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM articles),"
                   " (SELECT count(*) FROM events WHERE num_mentions > 0), (SELECT coalesce(sum(num_mentions),0) FROM events),"
                   " (SELECT count(*) FROM mentions WHERE NOT factual),"
                   " (SELECT coalesce(min(date),'') FROM events WHERE num_mentions > 0),"
                   " (SELECT coalesce(max(date),'') FROM events WHERE num_mentions > 0)",
                   &q, err))
        return ENT_EIO;
    int got = st_one(s, q, err);
    if (got > 0) {
        int64_t *v[] = {&out->articles, &out->outlets, &out->events, &out->mentions, &out->nonfactual};
        for (int i = 0; i < 5; i++) *v[i] = sqlite3_column_int64(q, i);
        out->from = ent_arena_strdup(ar, st_str(q, 5));
        out->to = ent_arena_strdup(ar, st_str(q, 6));
    }
    sqlite3_finalize(q);
    return got > 0 ? 0 : got < 0 ? ENT_EIO : ent_err_set(err, ENT_EIO, NULL, 0, "database: no counts");
}

/* An actor code grouped by country: IGO and NGO codes whole. */
#define GROUP_CODE(c) "CASE WHEN " c " GLOB 'IGO*' OR " c " GLOB 'NGO*' THEN " c " ELSE substr(" c ",1,3) END"

typedef struct visit {
    void *fn;
    void *ud;
} visit;

static int dyad_count_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_dyad_count d = {st_str(q, 0), st_str(q, 1), sqlite3_column_int64(q, 2), sqlite3_column_int64(q, 3),
                              sqlite3_column_int64(q, 5), sqlite3_column_double(q, 4)};
    return ((ent_store_dyad_count_fn)v->fn)(v->ud, &d);
}

int ent_store_top_dyads(ent_store *s, int top, ent_store_dyad_count_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT min(sc, tc) AS x, max(sc, tc) AS y, count(*) AS n, sum(num_mentions), avg(goldstein), sum(quad <= 2)"
                   " FROM (SELECT *, " GROUP_CODE("source_code") " AS sc, " GROUP_CODE("target_code") " AS tc FROM events)"
                   " WHERE num_mentions > 0 GROUP BY x, y ORDER BY n DESC, x, y LIMIT ?1",
                   &q, err))
        return ENT_EIO;
    sqlite3_bind_int(q, 1, top);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, dyad_count_row, &v, 1, err);
}

static int code_count_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_code_count c = {st_str(q, 0), sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2)};
    return ((ent_store_code_count_fn)v->fn)(v->ud, &c);
}

int ent_store_top_codes(ent_store *s, int top, ent_store_code_count_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT code, count(*) AS n, sum(num_mentions) FROM events WHERE num_mentions > 0 GROUP BY code "
                   "ORDER BY n DESC, code LIMIT ?1",
                   &q, err))
        return ENT_EIO;
    sqlite3_bind_int(q, 1, top);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, code_count_row, &v, 1, err);
}

/* ---- events ---- */

static int dyad_event_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_dyad_event e = {st_str(q, 0), st_str(q, 2), sqlite3_column_int(q, 1), sqlite3_column_int(q, 3),
                              sqlite3_column_double(q, 4), sqlite3_column_int64(q, 5)};
    return ((ent_store_dyad_event_fn)v->fn)(v->ud, &e);
}

/* A code matches p: exactly, or as a country code (three letters) of it. */
#define MATCH(c, p) "(" c " = " p " OR (length(" p ") = 3 AND substr(" c ",1,3) = " p "))"

int ent_store_dyad_events(ent_store *s, const char *a, const char *b, int include_negated, ent_store_dyad_event_fn fn,
                          void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT date, CASE WHEN " MATCH("source_code", "?1") " THEN 0 ELSE 1 END, code, quad, goldstein,"
                   " num_mentions + CASE WHEN ?3 THEN num_nonfactual ELSE 0 END FROM events WHERE (?3 OR num_mentions > 0)"
                   " AND ((" MATCH("source_code", "?1") " AND " MATCH("target_code", "?2") ") OR"
                   " (" MATCH("source_code", "?2") " AND " MATCH("target_code", "?1") ")) ORDER BY date, id",
                   &q, err))
        return ENT_EIO;
    st_bind(q, 1, a);
    st_bind(q, 2, b);
    sqlite3_bind_int(q, 3, include_negated);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, dyad_event_row, &v, 1, err);
}

#define EVENT_COLS                                                                                                    \
    "SELECT id, date, source_code, source_name, target_code, target_name, code, base, root, quad, goldstein, location," \
    " num_mentions, num_sources, num_articles, num_nonfactual, is_root, first_added, source_url"

static int event_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_event e;
    e.id = sqlite3_column_int64(q, 0);
    const char **t[] = {&e.date, &e.source_code, &e.source_name, &e.target_code, &e.target_name, &e.code, &e.base, &e.root};
    for (int i = 0; i < 8; i++) *t[i] = st_text(q, i + 1);
    e.quad = sqlite3_column_int(q, 9);
    e.goldstein = sqlite3_column_double(q, 10);
    e.location = st_text(q, 11);
    e.num_mentions = sqlite3_column_int64(q, 12);
    e.num_sources = sqlite3_column_int64(q, 13);
    e.num_articles = sqlite3_column_int64(q, 14);
    e.num_nonfactual = sqlite3_column_int64(q, 15);
    e.is_root = sqlite3_column_int(q, 16);
    e.first_added = sqlite3_column_int64(q, 17);
    e.source_url = st_text(q, 18);
    return ((ent_store_event_fn)v->fn)(v->ud, &e);
}

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

/* A LIKE pattern for free text: %text% with %, _ and \ escaped (malloc'd). */
static char *like_pattern(const char *text) {
    size_t n = strlen(text);
    char *p = ent_xmalloc(2 * n + 3), *o = p;
    *o++ = '%';
    for (; *text; text++) {
        if (*text == '%' || *text == '_' || *text == '\\') *o++ = '\\';
        *o++ = *text;
    }
    *o++ = '%';
    *o = 0;
    return p;
}

static void bind_filter(sqlite3_stmt *q, const ent_store_event_filter *f, const char *pat, int page) {
    sqlite3_bind_int(q, 1, f->include_negated);
    const char *t[] = {f->from, f->to, f->actor, f->a, f->b, f->code};
    for (int i = 0; i < 6; i++) st_bind(q, i + 2, t[i]);
    if (f->quad) sqlite3_bind_int64(q, 8, f->quad);
    if (page) {
        sqlite3_bind_int64(q, 9, f->limit);
        sqlite3_bind_int64(q, 10, f->offset);
    }
    const char *t2[] = {f->source, f->target, f->root, pat};
    for (int i = 0; i < 4; i++) st_bind(q, 11 + i, t2[i]);
    if (f->cursor_date) {
        st_bind(q, 15, f->cursor_date);
        sqlite3_bind_int64(q, 16, f->cursor_id);
    }
}

static int events_query(ent_store *s, const ent_store_event_filter *f, const char *pat, int page, sqlite3_stmt **q,
                        ent_err *err) {
    ent_buf sql;
    ent_buf_init(&sql);
    ent_buf_adds(&sql, page ? EVENT_COLS : "SELECT count(*)");
    ent_buf_adds(&sql, events_where);
    if (page) ent_buf_adds(&sql, " ORDER BY date DESC, id DESC LIMIT ?9 OFFSET ?10");
    int rc = st_prepare(s, sql.p, q, err);
    ent_buf_free(&sql);
    if (!rc) bind_filter(*q, f, pat, page);
    return rc;
}

int ent_store_events(ent_store *s, const ent_store_event_filter *f, int64_t *total, ent_store_event_fn fn, void *ud,
                     ent_err *err) {
    char *pat = f->text ? like_pattern(f->text) : NULL;
    sqlite3_stmt *q;
    int rc = events_query(s, f, pat, 0, &q, err);
    if (!rc) {
        int got = st_one(s, q, err);
        *total = got > 0 ? sqlite3_column_int64(q, 0) : 0;
        sqlite3_finalize(q);
        rc = got < 0 ? ENT_EIO : 0;
    }
    visit v = {(void *)fn, ud};
    if (!rc && !(rc = events_query(s, f, pat, 1, &q, err))) rc = st_rows(s, q, event_row, &v, 1, err);
    free(pat);
    return rc;
}

typedef struct found_visit {
    visit v;
    int found;
} found_visit;

static int found_row(void *ud, sqlite3_stmt *q) {
    found_visit *x = ud;
    x->found = 1;
    return event_row(&x->v, q);
}

int ent_store_event_get(ent_store *s, int64_t id, ent_store_event_fn fn, void *ud, int *found, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, EVENT_COLS " FROM events WHERE id = ?1", &q, err)) return ENT_EIO;
    sqlite3_bind_int64(q, 1, id);
    found_visit x = {{(void *)fn, ud}, 0};
    int rc = st_rows(s, q, found_row, &x, 1, err);
    *found = x.found;
    return rc;
}

/* ---- mentions ---- */

/* A span from three columns (start, end, words; words < 0: none). */
static void span_of(sqlite3_stmt *q, int istart, int itext, ent_store_span *sp) {
    sp->has = sqlite3_column_type(q, istart) != SQLITE_NULL;
    sp->start = sqlite3_column_int64(q, istart);
    sp->end = sqlite3_column_int64(q, istart + 1);
    sp->text = itext >= 0 ? st_text(q, itext) : NULL;
}

static int event_mention_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_mention m;
    memset(&m, 0, sizeof m);
    const char **a[] = {&m.article, &m.title, &m.outlet, &m.url, &m.article_date};
    for (int i = 0; i < 5; i++) *a[i] = st_text(q, i);
    m.sentence = sqlite3_column_int64(q, 5);
    m.factual = sqlite3_column_int(q, 6);
    m.negated = sqlite3_column_int(q, 7);
    m.mood = st_text(q, 8);
    span_of(q, 9, 11, &m.source);
    span_of(q, 12, 14, &m.target);
    span_of(q, 15, 17, &m.trigger);
    m.reported_by = st_text(q, 18);
    m.reported_by_code = st_text(q, 19);
    m.location_code = st_text(q, 20);
    span_of(q, 21, -1, &m.location);
    m.source_entry = st_text(q, 23);
    m.verb_entry = st_text(q, 24);
    m.target_entry = st_text(q, 25);
    m.text = st_text(q, 26);
    m.text_len = (size_t)sqlite3_column_bytes(q, 26);
    return ((ent_store_mention_fn)v->fn)(v->ud, &m);
}

int ent_store_event_mentions(ent_store *s, int64_t id, long limit, ent_store_mention_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT a.id, a.title, a.source, a.url, a.date, m.sentence, m.factual, m.negated, m.mood,"
                   " m.source_start, m.source_end, m.source_text, m.target_start, m.target_end, m.target_text,"
                   " m.event_start, m.event_end, m.event_text, m.reported_by, m.reported_by_code,"
                   " m.location, m.location_start, m.location_end, m.source_entry, m.verb_entry, m.target_entry, a.text"
                   " FROM mentions m JOIN articles a ON a.rowid = m.article WHERE m.event_id = ?1 ORDER BY m.id LIMIT ?2",
                   &q, err))
        return ENT_EIO;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, limit);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, event_mention_row, &v, 1, err);
}

/* ---- actors ---- */

static int actor_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_actor a = {st_str(q, 0), sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2), NULL};
    return ((ent_store_actor_fn)v->fn)(v->ud, &a);
}

int ent_store_actors(ent_store *s, long limit, ent_store_actor_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT c, count(*) AS n, sum(num_mentions) FROM (SELECT " GROUP_CODE("source_code") " AS c, num_mentions"
                   " FROM events WHERE num_mentions > 0 UNION ALL SELECT " GROUP_CODE("target_code") " AS c, num_mentions"
                   " FROM events WHERE num_mentions > 0) GROUP BY c ORDER BY n DESC, c LIMIT ?1",
                   &q, err))
        return ENT_EIO;
    sqlite3_bind_int64(q, 1, limit);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, actor_row, &v, 1, err);
}

static int actor_search_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_actor a = {st_str(q, 0), 0, sqlite3_column_int64(q, 1), st_text(q, 2)};
    return ((ent_store_actor_fn)v->fn)(v->ud, &a);
}

int ent_store_actor_search(ent_store *s, const char *text, long limit, ent_store_actor_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT c, count(*) AS n, max(CASE WHEN fold(w) LIKE fold(?2) ESCAPE '\\' THEN w END) FROM ("
                   " SELECT " GROUP_CODE("e.source_code") " AS c, m.source_text AS w FROM mentions m JOIN events e ON e.id = m.event_id"
                   "  WHERE fold(m.source_text) LIKE fold(?2) ESCAPE '\\' OR fold(e.source_name) LIKE fold(?2) ESCAPE '\\' OR e.source_code LIKE ?3 ESCAPE '\\'"
                   " UNION ALL"
                   " SELECT " GROUP_CODE("e.target_code") " AS c, m.target_text AS w FROM mentions m JOIN events e ON e.id = m.event_id"
                   "  WHERE fold(m.target_text) LIKE fold(?2) ESCAPE '\\' OR fold(e.target_name) LIKE fold(?2) ESCAPE '\\' OR e.target_code LIKE ?3 ESCAPE '\\')"
                   " GROUP BY c ORDER BY n DESC, c LIMIT ?1",
                   &q, err))
        return ENT_EIO;
    char *pat = like_pattern(text);
    sqlite3_bind_int64(q, 1, limit);
    st_bind(q, 2, pat);
    st_bind(q, 3, pat + 1);   /* a code starts with the text: "RUS%" */
    free(pat);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, actor_search_row, &v, 1, err);
}

/* ---- articles ---- */

static int article_list_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_article_row a;
    memset(&a, 0, sizeof a);
    const char **t[] = {&a.id, &a.date, &a.lang, &a.outlet, &a.url, &a.title};
    for (int i = 0; i < 6; i++) *t[i] = st_text(q, i);
    a.mentions = sqlite3_column_int64(q, 6);
    return ((ent_store_article_fn)v->fn)(v->ud, &a);
}

static int articles_query(ent_store *s, const ent_store_article_filter *f, int page, sqlite3_stmt **q, ent_err *err) {
    ent_buf sql;
    ent_buf_init(&sql);
    ent_buf_adds(&sql, page ? "SELECT id, date, lang, source, url, title,"
                              " (SELECT count(*) FROM mentions m WHERE m.article = a.rowid AND m.factual)"
                            : "SELECT count(*)");
    ent_buf_adds(&sql, " FROM articles a WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)"
                       " AND (?3 IS NULL OR source = ?3)");
    if (page) ent_buf_adds(&sql, " ORDER BY date DESC, rowid DESC LIMIT ?4 OFFSET ?5");
    int rc = st_prepare(s, sql.p, q, err);
    ent_buf_free(&sql);
    if (rc) return rc;
    st_bind(*q, 1, f->from);
    st_bind(*q, 2, f->to);
    st_bind(*q, 3, f->outlet);
    if (page) {
        sqlite3_bind_int64(*q, 4, f->limit);
        sqlite3_bind_int64(*q, 5, f->offset);
    }
    return 0;
}

int ent_store_articles(ent_store *s, const ent_store_article_filter *f, int64_t *total, ent_store_article_fn fn, void *ud,
                       ent_err *err) {
    sqlite3_stmt *q;
    if (articles_query(s, f, 0, &q, err)) return ENT_EIO;
    int got = st_one(s, q, err);
    *total = got > 0 ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_finalize(q);
    if (got < 0 || articles_query(s, f, 1, &q, err)) return ENT_EIO;
    visit v = {(void *)fn, ud};
    return st_rows(s, q, article_list_row, &v, 1, err);
}

typedef struct article_visit {
    visit v;
    int found;
} article_visit;

static int article_row(void *ud, sqlite3_stmt *q) {
    article_visit *x = ud;
    ent_store_article_row a;
    memset(&a, 0, sizeof a);
    x->found = 1;
    a.key = sqlite3_column_int64(q, 0);
    const char **t[] = {&a.id, &a.date, &a.lang, &a.outlet, &a.url, &a.title, &a.text, &a.fingerprint, &a.coder_version};
    for (int i = 0; i < 9; i++) *t[i] = st_text(q, i + 1);
    a.added = sqlite3_column_int64(q, 10);
    a.content_hash = st_text(q, 11);
    return ((ent_store_article_fn)x->v.fn)(x->v.ud, &a);
}

int ent_store_article_by_id(ent_store *s, const char *id, ent_store_article_fn fn, void *ud, int *found, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT rowid, id, date, lang, source, url, title, text, fingerprint, coder_version, added, content_hash"
                   " FROM articles WHERE id = ?1",
                   &q, err))
        return ENT_EIO;
    st_bind(q, 1, id);
    article_visit x = {{(void *)fn, ud}, 0};
    int rc = st_rows(s, q, article_row, &x, 1, err);
    *found = x.found;
    return rc;
}

static int article_mention_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_mention m;
    memset(&m, 0, sizeof m);
    m.event_id = sqlite3_column_int64(q, 0);
    const char **t[] = {&m.event_date, &m.source_code, &m.target_code, &m.code};
    for (int i = 0; i < 4; i++) *t[i] = st_text(q, i + 1);
    m.sentence = sqlite3_column_int64(q, 5);
    m.factual = sqlite3_column_int(q, 6);
    m.negated = sqlite3_column_int(q, 7);
    m.mood = st_text(q, 8);
    span_of(q, 9, -1, &m.source);
    span_of(q, 11, -1, &m.target);
    span_of(q, 13, -1, &m.trigger);
    span_of(q, 15, -1, &m.location);
    m.reported_by = st_text(q, 17);
    m.verb_entry = st_text(q, 18);
    return ((ent_store_mention_fn)v->fn)(v->ud, &m);
}

int ent_store_article_mentions(ent_store *s, const char *id, long limit, ent_store_mention_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT m.event_id, e.date, e.source_code, e.target_code, e.code, m.sentence, m.factual, m.negated,"
                   " m.mood, m.source_start, m.source_end, m.target_start, m.target_end, m.event_start, m.event_end,"
                   " m.location_start, m.location_end, m.reported_by, m.verb_entry"
                   " FROM mentions m JOIN events e ON e.id = m.event_id"
                   " WHERE m.article = (SELECT rowid FROM articles WHERE id = ?1) ORDER BY m.id LIMIT ?2",
                   &q, err))
        return ENT_EIO;
    st_bind(q, 1, id);
    sqlite3_bind_int64(q, 2, limit);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, article_mention_row, &v, 1, err);
}

/* ---- exports ---- */

static void bind_export(sqlite3_stmt *q, const ent_store_export_filter *f) {
    sqlite3_bind_int(q, 1, f->include_negated);
    st_bind(q, 2, f->from && *f->from ? f->from : "0000-00-00");
    st_bind(q, 3, f->to && *f->to ? f->to : "9999-99-99");
}

int ent_store_export_events(ent_store *s, const ent_store_export_filter *f, ent_store_event_fn fn, void *ud, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, EVENT_COLS " FROM events WHERE (?1 OR num_mentions > 0) AND date >= ?2 AND date <= ?3 ORDER BY id", &q, err))
        return ENT_EIO;
    bind_export(q, f);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, event_row, &v, 1, err);
}

static int export_mention_row(void *ud, sqlite3_stmt *q) {
    visit *v = ud;
    ent_store_mention m;
    memset(&m, 0, sizeof m);
    m.event_id = sqlite3_column_int64(q, 0);
    m.event_date = st_text(q, 1);
    m.added = sqlite3_column_int64(q, 2);
    m.outlet = st_text(q, 3);
    m.url = st_text(q, 4);
    m.article = st_text(q, 5);
    m.sentence = sqlite3_column_int64(q, 6);
    span_of(q, 7, -1, &m.source);
    m.target.has = 1;
    m.target.start = sqlite3_column_int64(q, 9);
    m.trigger.has = 1;
    m.trigger.start = sqlite3_column_int64(q, 10);
    m.text = st_text(q, 11);
    m.text_len = (size_t)sqlite3_column_bytes(q, 11);
    m.lang = st_text(q, 12);
    m.factual = sqlite3_column_int(q, 13);
    return ((ent_store_mention_fn)v->fn)(v->ud, &m);
}

int ent_store_export_mentions(ent_store *s, const ent_store_export_filter *f, ent_store_mention_fn fn, void *ud,
                              ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT m.event_id, e.date, m.added, a.source, a.url, a.id, m.sentence, m.source_start, m.source_end,"
                   " m.target_start, m.event_start, a.text, a.lang, m.factual FROM mentions m JOIN events e ON e.id = m.event_id"
                   " JOIN articles a ON a.rowid = m.article WHERE (?1 OR m.factual) AND e.date >= ?2 AND e.date <= ?3 ORDER BY m.id",
                   &q, err))
        return ENT_EIO;
    bind_export(q, f);
    visit v = {(void *)fn, ud};
    return st_rows(s, q, export_mention_row, &v, 1, err);
}
