/* store.c - see store.h. */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

static const char *const schema =
    "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS articles("
    "  rowid INTEGER PRIMARY KEY,"
    "  id TEXT NOT NULL UNIQUE,"
    "  content_hash TEXT NOT NULL,"
    "  date TEXT NOT NULL,"
    "  lang TEXT NOT NULL,"
    "  source TEXT NOT NULL DEFAULT '',"
    "  url TEXT NOT NULL DEFAULT '',"
    "  title TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL,"
    "  fingerprint TEXT NOT NULL,"
    "  coder_version TEXT NOT NULL,"
    "  added INTEGER NOT NULL);"
    "CREATE UNIQUE INDEX IF NOT EXISTS articles_hash_source ON articles(content_hash, source);"
    "CREATE INDEX IF NOT EXISTS articles_date ON articles(date);"
    "CREATE TABLE IF NOT EXISTS events("
    "  id INTEGER PRIMARY KEY,"
    "  date TEXT NOT NULL,"
    "  source_code TEXT NOT NULL, source_name TEXT,"
    "  target_code TEXT NOT NULL, target_name TEXT,"
    "  code TEXT NOT NULL, base TEXT NOT NULL, root TEXT NOT NULL,"
    "  quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    "  location TEXT,"
    "  num_mentions INTEGER NOT NULL DEFAULT 0,"
    "  num_sources INTEGER NOT NULL DEFAULT 0,"
    "  num_articles INTEGER NOT NULL DEFAULT 0,"
    "  num_nonfactual INTEGER NOT NULL DEFAULT 0,"
    "  is_root INTEGER NOT NULL DEFAULT 0,"
    "  first_added INTEGER NOT NULL,"
    "  source_url TEXT,"
    "  fingerprint TEXT NOT NULL,"
    "  coder_version TEXT NOT NULL);"
    "CREATE UNIQUE INDEX IF NOT EXISTS events_key ON events(date, source_code, target_code, code);"
    "CREATE INDEX IF NOT EXISTS events_dyad ON events(substr(source_code,1,3), substr(target_code,1,3), date);"
    "CREATE TABLE IF NOT EXISTS mentions("
    "  id INTEGER PRIMARY KEY,"
    "  event_id INTEGER NOT NULL REFERENCES events(id),"
    "  article INTEGER NOT NULL REFERENCES articles(rowid),"
    "  sentence INTEGER NOT NULL,"
    "  factual INTEGER NOT NULL,"
    "  negated INTEGER NOT NULL, mood TEXT,"
    "  source_start INTEGER, source_end INTEGER, source_text TEXT,"
    "  target_start INTEGER, target_end INTEGER, target_text TEXT,"
    "  event_start INTEGER, event_end INTEGER, event_text TEXT,"
    "  reported_by TEXT, reported_by_code TEXT,"
    "  location TEXT, location_start INTEGER, location_end INTEGER,"
    "  source_entry TEXT, verb_entry TEXT, target_entry TEXT,"
    "  added INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);"
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);"
    /* treaties (src/store/treaties.c): one row per treaty, merged across
     * articles; every fact row names the article and words that said it */
    "CREATE TABLE IF NOT EXISTS treaties("
    "  id INTEGER PRIMARY KEY,"
    "  parties TEXT NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '', name_text TEXT NOT NULL DEFAULT '',"
    "  duration TEXT NOT NULL DEFAULT '', duration_article TEXT NOT NULL DEFAULT '',"
    "  first_date TEXT NOT NULL, last_date TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS treaties_parties ON treaties(parties);"
    "CREATE TABLE IF NOT EXISTS treaty_parties(treaty INTEGER NOT NULL, party TEXT NOT NULL, PRIMARY KEY(treaty, party));"
    "CREATE INDEX IF NOT EXISTS treaty_parties_party ON treaty_parties(party);"
    "CREATE TABLE IF NOT EXISTS treaty_facts("
    "  id INTEGER PRIMARY KEY,"
    "  treaty INTEGER NOT NULL REFERENCES treaties(id),"
    "  article INTEGER NOT NULL REFERENCES articles(rowid),"
    "  fact TEXT NOT NULL,"            /* status, obligation, duration, article, mention */
    "  kind TEXT NOT NULL DEFAULT '',"  /* signed..., defence..., indefinite/10y, article topic */
    "  date TEXT NOT NULL DEFAULT '', date_uncertain INTEGER NOT NULL DEFAULT 0,"
    "  actor TEXT NOT NULL DEFAULT '', other TEXT NOT NULL DEFAULT '',"   /* obliged party, beneficiary */
    "  conditions TEXT NOT NULL DEFAULT '', help TEXT NOT NULL DEFAULT '',"
    "  number TEXT NOT NULL DEFAULT '', reported_by TEXT, event_code TEXT NOT NULL DEFAULT '',"
    "  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS treaty_facts_treaty ON treaty_facts(treaty, fact);"
    "CREATE INDEX IF NOT EXISTS treaty_facts_article ON treaty_facts(article);"
    "CREATE TABLE IF NOT EXISTS framing("
    "  id INTEGER PRIMARY KEY,"
    "  article INTEGER NOT NULL REFERENCES articles(rowid),"
    "  speaker TEXT NOT NULL, other TEXT NOT NULL, term TEXT NOT NULL,"
    "  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS framing_dyad ON framing(speaker, other);"
    "CREATE INDEX IF NOT EXISTS framing_article ON framing(article);";

enum {
    Q_BY_ID, Q_BY_HASH_SOURCE, Q_BY_HASH, Q_ADD_ARTICLE, Q_FIND_EVENT, Q_FIND_EVENT_WINDOW, Q_ADD_EVENT,
    Q_SEEN_ARTICLE, Q_SEEN_SOURCE, Q_ADD_MENTION, Q_BUMP, Q_COPY, Q_COUNT
};

static const char *const sql[Q_COUNT] = {
    [Q_BY_ID] = "SELECT rowid FROM articles WHERE id = ?1",
    [Q_BY_HASH_SOURCE] = "SELECT rowid FROM articles WHERE content_hash = ?1 AND source = ?2",
    [Q_BY_HASH] = "SELECT rowid FROM articles WHERE content_hash = ?1 ORDER BY rowid LIMIT 1",
    [Q_ADD_ARTICLE] = "INSERT INTO articles(id, content_hash, date, lang, source, url, title, text, fingerprint, "
                      "coder_version, added) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    [Q_FIND_EVENT] = "SELECT id FROM events WHERE date = ?1 AND source_code = ?2 AND target_code = ?3 AND code = ?4",
    [Q_FIND_EVENT_WINDOW] = "SELECT id FROM events WHERE source_code = ?2 AND target_code = ?3 AND code = ?4 AND "
                            "abs(julianday(date) - julianday(?1)) <= ?5 ORDER BY abs(julianday(date) - julianday(?1)), id LIMIT 1",
    [Q_ADD_EVENT] = "INSERT INTO events(date, source_code, source_name, target_code, target_name, code, base, root, quad, "
                    "goldstein, location, first_added, source_url, fingerprint, coder_version) "
                    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
    [Q_SEEN_ARTICLE] = "SELECT 1 FROM mentions WHERE event_id = ?1 AND article = ?2 AND factual LIMIT 1",
    [Q_SEEN_SOURCE] = "SELECT 1 FROM mentions m JOIN articles a ON a.rowid = m.article WHERE m.event_id = ?1 AND "
                      "m.factual AND a.source = (SELECT source FROM articles WHERE rowid = ?2) LIMIT 1",
    [Q_ADD_MENTION] = "INSERT INTO mentions(event_id, article, sentence, factual, negated, mood, source_start, source_end, "
                      "source_text, target_start, target_end, target_text, event_start, event_end, event_text, reported_by, "
                      "reported_by_code, location, location_start, location_end, source_entry, verb_entry, target_entry, added) "
                      "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24)",
    [Q_BUMP] = "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + ?3, "
               "num_sources = num_sources + ?4, num_nonfactual = num_nonfactual + ?5, is_root = max(is_root, ?6), "
               "location = coalesce(location, ?7) WHERE id = ?1",
    [Q_COPY] = "SELECT m.event_id, m.sentence, m.factual, m.negated, m.mood, m.source_start, m.source_end, m.source_text, "
               "m.target_start, m.target_end, m.target_text, m.event_start, m.event_end, m.event_text, m.reported_by, "
               "m.reported_by_code, m.location, m.location_start, m.location_end, m.source_entry, m.verb_entry, "
               "m.target_entry, e.is_root FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article = ?1 ORDER BY m.id",
};

struct ent_store {
    char fp[40];
    int64_t cur_article;   /* the article whose mentions are being stored */
    int64_t *counted;      /* events it already counts a factual mention for */
    size_t ncounted, capcounted;
    sqlite3 *db;
    sqlite3_stmt *st[Q_COUNT];
    ent_store_opts opts;
};

static int db_err(ent_store *s, ent_err *err, const char *what) {
    return ent_err_set(err, ENT_EIO, NULL, 0, "%s: %s", what, sqlite3_errmsg(s->db));
}

static int exec(ent_store *s, const char *q, ent_err *err) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, q, NULL, NULL, &msg) != SQLITE_OK) {
        ent_err_set(err, ENT_EIO, NULL, 0, "database: %s", msg ? msg : "error");
        sqlite3_free(msg);
        return ENT_EIO;
    }
    return 0;
}

static int migrate(ent_store *s, ent_err *err) {
    sqlite3_stmt *q;
    int version = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT version FROM schema_version", -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW) version = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
    }
    if (version > ENT_STORE_SCHEMA_VERSION)
        return ent_err_set(err, ENT_EFORMAT, NULL, 0, "database schema version %d is newer than this entente (%d)", version,
                           ENT_STORE_SCHEMA_VERSION);
    if (version == ENT_STORE_SCHEMA_VERSION) return 0;
    /* a version 1 database reads fine without its treaty tables; the
     * treaty queries say how to add them */
    if (s->opts.readonly && version >= 1) return 0;
    if (s->opts.readonly) return ent_err_set(err, ENT_EFORMAT, NULL, 0, "not an entente database (no schema)");
    /* 0 -> 2: create everything; 1 -> 2: the treaty tables (every statement
     * is CREATE ... IF NOT EXISTS, so the whole schema runs either way) */
    if (exec(s, "BEGIN IMMEDIATE", err) || exec(s, schema, err)) return ENT_EIO;
    char vq[128];
    snprintf(vq, sizeof vq, "DELETE FROM schema_version; INSERT INTO schema_version VALUES(%d); COMMIT", ENT_STORE_SCHEMA_VERSION);
    if (exec(s, vq, err)) return ENT_EIO;
    return 0;
}

ent_store *ent_store_open(const char *path, const ent_store_opts *o, ent_err *err) {
    ent_store *s = ent_xcalloc(1, sizeof *s);
    if (o) s->opts = *o;
    int flags = s->opts.readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open database: %s", s->db ? sqlite3_errmsg(s->db) : "out of memory");
        ent_store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 10000);
    if (!s->opts.readonly && (exec(s, "PRAGMA journal_mode=WAL", err) || exec(s, "PRAGMA synchronous=NORMAL", err) ||
                              exec(s, "PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=16384; PRAGMA temp_store=MEMORY", err))) {
        snprintf(err->file, sizeof err->file, "%s", path);
        ent_store_close(s);
        return NULL;
    }
    if (migrate(s, err)) {
        snprintf(err->file, sizeof err->file, "%s", path);
        ent_store_close(s);
        return NULL;
    }
    /* read-only connections prepare the same statements and only run the reads */
    for (int i = 0; i < Q_COUNT; i++)
            if (sqlite3_prepare_v2(s->db, sql[i], -1, &s->st[i], NULL) != SQLITE_OK) {
                db_err(s, err, "prepare");
                ent_store_close(s);
                return NULL;
            }
    return s;
}

void ent_store_close(ent_store *s) {
    if (!s) return;
    free(s->counted);
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->st[i]);
    if (s->db) sqlite3_close(s->db);
    free(s);
}

sqlite3 *ent_store_db(ent_store *s) { return s->db; }

void ent_store_set_fingerprint(ent_store *s, const char *fp) { snprintf(s->fp, sizeof s->fp, "%s", fp); }

int ent_store_begin(ent_store *s, ent_err *err) { return exec(s, "BEGIN IMMEDIATE", err); }

int ent_store_commit(ent_store *s, ent_err *err) { return exec(s, "COMMIT", err); }

void ent_store_hash(const ent_article *a, char out[17]) {
    snprintf(out, 17, "%016llx", (unsigned long long)XXH64(a->text, a->text_len, 0));
}

static sqlite3_stmt *q(ent_store *s, int i) {
    sqlite3_reset(s->st[i]);
    sqlite3_clear_bindings(s->st[i]);
    return s->st[i];
}

static void bind_text(sqlite3_stmt *st, int i, const char *t) {
    if (t) sqlite3_bind_text(st, i, t, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static void bind_span(sqlite3_stmt *st, int i, const char *text, uint32_t a, uint32_t b) {
    sqlite3_bind_text(st, i, text + a, (int)(b - a), SQLITE_TRANSIENT);
}

int ent_store_article_status(ent_store *s, const ent_article *a, const char *hash, int64_t *coded) {
    sqlite3_stmt *st = q(s, Q_BY_ID);
    bind_text(st, 1, a->id);
    if (sqlite3_step(st) == SQLITE_ROW) return ENT_STORE_SKIP;
    st = q(s, Q_BY_HASH_SOURCE);
    bind_text(st, 1, hash);
    bind_text(st, 2, a->source);
    if (sqlite3_step(st) == SQLITE_ROW) return ENT_STORE_SKIP;
    st = q(s, Q_BY_HASH);
    bind_text(st, 1, hash);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *coded = sqlite3_column_int64(st, 0);
        return ENT_STORE_COPY;
    }
    return ENT_STORE_NEW;
}

int ent_store_add_article(ent_store *s, const ent_article *a, const char *lang, const char *hash,
                          const char *fingerprint, int64_t added, int64_t *rowid, ent_err *err) {
    sqlite3_stmt *st = q(s, Q_ADD_ARTICLE);
    bind_text(st, 1, a->id);
    bind_text(st, 2, hash);
    bind_text(st, 3, a->date);
    bind_text(st, 4, lang);
    bind_text(st, 5, a->source);
    bind_text(st, 6, a->url);
    bind_text(st, 7, a->title);
    sqlite3_bind_text(st, 8, a->text, (int)a->text_len, SQLITE_TRANSIENT);
    bind_text(st, 9, fingerprint);
    bind_text(st, 10, ENT_CODER_VERSION);
    sqlite3_bind_int64(st, 11, added);
    if (sqlite3_step(st) != SQLITE_DONE) return db_err(s, err, "storing an article");
    *rowid = sqlite3_last_insert_rowid(s->db);
    s->cur_article = *rowid;   /* a fresh article counts no event yet */
    s->ncounted = 0;
    return 0;
}

static int exists(ent_store *s, int which, int64_t ev, int64_t art) {
    sqlite3_stmt *st = q(s, which);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, art);
    return sqlite3_step(st) == SQLITE_ROW;
}

/* The event a mention belongs to, created if new (*created = 1). */
static int64_t event_for(ent_store *s, const ent_article *a, const ent_event *e, int64_t added, const char *fp, int *created,
                         ent_err *err) {
    *created = 0;
    sqlite3_stmt *st = q(s, s->opts.window_days > 0 ? Q_FIND_EVENT_WINDOW : Q_FIND_EVENT);
    bind_text(st, 1, e->date);
    bind_text(st, 2, e->source.code);
    bind_text(st, 3, e->target.code);
    bind_text(st, 4, e->cameo->code);
    if (s->opts.window_days > 0) sqlite3_bind_int(st, 5, s->opts.window_days);
    if (sqlite3_step(st) == SQLITE_ROW) return sqlite3_column_int64(st, 0);
    st = q(s, Q_ADD_EVENT);
    bind_text(st, 1, e->date);
    bind_text(st, 2, e->source.code);
    bind_text(st, 3, e->source.name);
    bind_text(st, 4, e->target.code);
    bind_text(st, 5, e->target.name);
    bind_text(st, 6, e->cameo->code);
    bind_text(st, 7, e->cameo->base);
    bind_text(st, 8, e->cameo->root);
    sqlite3_bind_int(st, 9, e->cameo->quad);
    sqlite3_bind_double(st, 10, e->cameo->goldstein);
    bind_text(st, 11, e->has_location ? e->loc_code : NULL);
    sqlite3_bind_int64(st, 12, added);
    bind_text(st, 13, a->url && *a->url ? a->url : a->id);
    bind_text(st, 14, fp);
    bind_text(st, 15, ENT_CODER_VERSION);
    if (sqlite3_step(st) != SQLITE_DONE) return db_err(s, err, "storing an event"), -1;
    *created = 1;
    return sqlite3_last_insert_rowid(s->db);
}

/* Has article `art` already a factual mention of `ev`? Kept in memory for
 * the article being stored (its mentions arrive together), else asked. */
static int counted(ent_store *s, int64_t ev, int64_t art) {
    if (art != s->cur_article) return exists(s, Q_SEEN_ARTICLE, ev, art);
    for (size_t i = 0; i < s->ncounted; i++)
        if (s->counted[i] == ev) return 1;
    return 0;
}

static int bump(ent_store *s, int64_t ev, int64_t art, int factual, int is_root, const char *loc, int created, ent_err *err) {
    if (art != s->cur_article) {
        /* a new article: its earlier mentions (none yet) are all in the cache */
        s->cur_article = art;
        s->ncounted = 0;
    }
    /* a new event has no earlier mention: no need to ask */
    int new_article = factual && (created || !counted(s, ev, art));
    int new_source = factual && (created || !exists(s, Q_SEEN_SOURCE, ev, art));
    if (factual) {
        if (s->ncounted == s->capcounted)
            s->counted = ent_xrealloc(s->counted, (s->capcounted = s->capcounted ? s->capcounted * 2 : 64) * sizeof *s->counted);
        s->counted[s->ncounted++] = ev;
    }
    sqlite3_stmt *st = q(s, Q_BUMP);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int(st, 2, factual);
    sqlite3_bind_int(st, 3, new_article);
    sqlite3_bind_int(st, 4, new_source);
    sqlite3_bind_int(st, 5, !factual);
    sqlite3_bind_int(st, 6, factual && is_root);
    bind_text(st, 7, loc);
    if (sqlite3_step(st) != SQLITE_DONE) return db_err(s, err, "counting mentions");
    return 0;
}

int ent_store_add_mention(ent_store *s, int64_t rowid, const ent_article *a, const ent_event *e, int is_root,
                          int64_t added, ent_err *err) {
    int created;
    int64_t ev = event_for(s, a, e, added, s->fp, &created, err);
    if (ev < 0) return ENT_EIO;
    int factual = !e->negated && !e->mood;
    if (bump(s, ev, rowid, factual, is_root, e->has_location ? e->loc_code : NULL, created, err)) return ENT_EIO;
    sqlite3_stmt *st = q(s, Q_ADD_MENTION);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, rowid);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)e->sentence);
    sqlite3_bind_int(st, 4, factual);
    sqlite3_bind_int(st, 5, e->negated);
    bind_text(st, 6, e->mood);
    sqlite3_bind_int(st, 7, (int)e->source.start);
    sqlite3_bind_int(st, 8, (int)e->source.end);
    bind_span(st, 9, a->text, e->source.start, e->source.end);
    sqlite3_bind_int(st, 10, (int)e->target.start);
    sqlite3_bind_int(st, 11, (int)e->target.end);
    bind_span(st, 12, a->text, e->target.start, e->target.end);
    sqlite3_bind_int(st, 13, (int)e->ev_start);
    sqlite3_bind_int(st, 14, (int)e->ev_end);
    bind_span(st, 15, a->text, e->ev_start, e->ev_end);
    if (e->has_reporter) {
        bind_span(st, 16, a->text, e->rep_start, e->rep_end);
        bind_text(st, 17, e->rep_code[0] ? e->rep_code : NULL);
    }
    if (e->has_location) {
        bind_text(st, 18, e->loc_code);
        sqlite3_bind_int(st, 19, (int)e->loc_start);
        sqlite3_bind_int(st, 20, (int)e->loc_end);
    }
    bind_text(st, 21, e->source.entry);
    bind_text(st, 22, e->verb_entry);
    bind_text(st, 23, e->target.entry);
    sqlite3_bind_int64(st, 24, added);
    if (sqlite3_step(st) != SQLITE_DONE) return db_err(s, err, "storing a mention");
    return 0;
}

int ent_store_copy_mentions(ent_store *s, int64_t from, int64_t to, int64_t added, ent_err *err) {
    /* read all first: the same statement handles cannot step while we insert */
    sqlite3_stmt *c;
    if (sqlite3_prepare_v2(s->db, sql[Q_COPY], -1, &c, NULL) != SQLITE_OK) return db_err(s, err, "copy");
    sqlite3_bind_int64(c, 1, from);
    int rc = 0;
    while (!rc && sqlite3_step(c) == SQLITE_ROW) {
        int64_t ev = sqlite3_column_int64(c, 0);
        int factual = sqlite3_column_int(c, 2);
        if (bump(s, ev, to, factual, sqlite3_column_int(c, 22), (const char *)sqlite3_column_text(c, 16), 0, err)) {
            rc = ENT_EIO;
            break;
        }
        sqlite3_stmt *st = q(s, Q_ADD_MENTION);
        sqlite3_bind_int64(st, 1, ev);
        sqlite3_bind_int64(st, 2, to);
        for (int col = 1; col <= 21; col++) sqlite3_bind_value(st, col + 2, sqlite3_column_value(c, col));
        sqlite3_bind_int64(st, 24, added);
        if (sqlite3_step(st) != SQLITE_DONE) rc = db_err(s, err, "copying a mention");
    }
    sqlite3_finalize(c);
    if (!rc) {
        /* the treaty facts and framing said by the same text */
        char qbuf[2048];
        snprintf(qbuf, sizeof qbuf,
                 "INSERT INTO treaty_facts(treaty, article, fact, kind, date, date_uncertain, actor, other, conditions,"
                 " help, number, reported_by, event_code, sentence, start, end, sent_start, sent_end)"
                 " SELECT treaty, %lld, fact, kind, date, date_uncertain, actor, other, conditions, help, number,"
                 " reported_by, event_code, sentence, start, end, sent_start, sent_end FROM treaty_facts WHERE article = %lld;"
                 "INSERT INTO framing(article, speaker, other, term, sentence, start, end, sent_start, sent_end)"
                 " SELECT %lld, speaker, other, term, sentence, start, end, sent_start, sent_end FROM framing WHERE article = %lld;",
                 (long long)to, (long long)from, (long long)to, (long long)from);
        rc = exec(s, qbuf, err);
    }
    return rc;
}

int ent_store_clear_article(ent_store *s, int64_t rowid, ent_err *err) {
    char qbuf[2048];
    /* recount the events this article touched after removing its mentions */
    snprintf(qbuf, sizeof qbuf,
             "CREATE TEMP TABLE IF NOT EXISTS touched(id INTEGER PRIMARY KEY);"
             "DELETE FROM touched;"
             "INSERT OR IGNORE INTO touched SELECT event_id FROM mentions WHERE article = %lld;"
             "DELETE FROM mentions WHERE article = %lld;"
             "UPDATE events SET num_mentions = (SELECT count(*) FROM mentions m WHERE m.event_id = events.id AND m.factual),"
             " num_nonfactual = (SELECT count(*) FROM mentions m WHERE m.event_id = events.id AND NOT m.factual),"
             " num_articles = (SELECT count(DISTINCT m.article) FROM mentions m WHERE m.event_id = events.id AND m.factual),"
             " num_sources = (SELECT count(DISTINCT a.source) FROM mentions m JOIN articles a ON a.rowid = m.article"
             "   WHERE m.event_id = events.id AND m.factual)"
             " WHERE id IN (SELECT id FROM touched);"
             "DELETE FROM events WHERE id IN (SELECT id FROM touched) AND num_mentions = 0 AND num_nonfactual = 0;"
             "DELETE FROM treaty_facts WHERE article = %lld;"
             "DELETE FROM framing WHERE article = %lld;"
             "DELETE FROM treaty_parties WHERE treaty NOT IN (SELECT treaty FROM treaty_facts);"
             "DELETE FROM treaties WHERE id NOT IN (SELECT treaty FROM treaty_facts);",
             (long long)rowid, (long long)rowid, (long long)rowid, (long long)rowid);
    return exec(s, qbuf, err);
}
