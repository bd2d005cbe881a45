/* store.c - see store.h: opening, the schema and its migrations, the
 * checked statement helpers (store_int.h) and the write path. Reads are in
 * read.c, treaties in treaties.c. */
#define _POSIX_C_SOURCE 200809L
#include "store_int.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
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
    [Q_DATA_VERSION] = "PRAGMA data_version",
};

static const char *const copy_sql = "SELECT m.event_id, m.sentence, m.factual, m.negated, m.mood, m.source_start, m.source_end, m.source_text, "
               "m.target_start, m.target_end, m.target_text, m.event_start, m.event_end, m.event_text, m.reported_by, "
               "m.reported_by_code, m.location, m.location_start, m.location_end, m.source_entry, m.verb_entry, "
               "m.target_entry, e.is_root FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article = ?1 ORDER BY m.id";

/* ---- helpers ---- */

int st_fail(ent_store *s, ent_err *err, const char *what) {
    return ent_err_set(err, ENT_EIO, NULL, 0, "%s: %s", what, sqlite3_errmsg(s->db));
}

int st_exec(ent_store *s, const char *q, ent_err *err) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, q, NULL, NULL, &msg) != SQLITE_OK) {
        ent_err_set(err, ENT_EIO, NULL, 0, "database: %s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return ENT_EIO;
    }
    return 0;
}

int st_prepare(ent_store *s, const char *sql, sqlite3_stmt **q, ent_err *err) {
    if (sqlite3_prepare_v2(s->db, sql, -1, q, NULL) == SQLITE_OK) return 0;
    *q = NULL;
    return st_fail(s, err, "database");
}

sqlite3_stmt *st_q(ent_store *s, int i) {
    sqlite3_reset(s->st[i]);
    sqlite3_clear_bindings(s->st[i]);
    return s->st[i];
}

int st_rows(ent_store *s, sqlite3_stmt *q, st_row_fn row, void *ud, int finalize, ent_err *err) {
    int rc, stop = 0;
    while (!stop && (rc = sqlite3_step(q)) == SQLITE_ROW) stop = row ? row(ud, q) : 0;
    int res = stop ? stop : rc == SQLITE_DONE ? 0 : st_fail(s, err, "database");
    if (finalize) sqlite3_finalize(q);
    else sqlite3_reset(q);
    return res;
}

int st_one(ent_store *s, sqlite3_stmt *q, ent_err *err) {
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    st_fail(s, err, "database");
    return -1;
}

int st_done(ent_store *s, sqlite3_stmt *q, const char *what, ent_err *err) {
    return sqlite3_step(q) == SQLITE_DONE ? 0 : st_fail(s, err, what);
}

const char *st_text(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

const char *st_str(sqlite3_stmt *q, int i) {
    const char *t = (const char *)sqlite3_column_text(q, i);
    return t ? t : "";
}

void st_bind(sqlite3_stmt *q, int i, const char *t) {
    if (t) sqlite3_bind_text(q, i, t, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(q, i);
}

static void bind_span(sqlite3_stmt *st, int i, const char *text, uint32_t a, uint32_t b) {
    sqlite3_bind_text(st, i, text + a, (int)(b - a), SQLITE_TRANSIENT);
}

/* ---- opening ---- */

/* fold(x): ICU's full case folding of UTF-8 text ("Észak" -> "észak",
 * "STRASSE" and "Straße" -> "strasse"), for the free-text queries; SQLite's
 * own LIKE folds ASCII only. */
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

/* The error of a database that cannot be read, with the likely cause when
 * SQLite cannot open a write-ahead log without its index: a read-only
 * connection can only create PATH-shm where it may write. */
static int unreadable(ent_store *s, ent_err *err) {
    const char *path = sqlite3_db_filename(s->db, "main");
    char wal[4200];
    struct stat st;
    int rc = sqlite3_errcode(s->db);
    snprintf(wal, sizeof wal, "%s-wal", path ? path : "");
    if (s->opts.readonly && rc == SQLITE_CANTOPEN && path && stat(wal, &st) == 0)
        return ent_err_set(err, ENT_EIO, NULL, 0,
                           "cannot read the database: %s (it has a write-ahead log, -wal, without its index, -shm, "
                           "which a reader cannot create in a read-only directory: open it once where it can be written)",
                           sqlite3_errmsg(s->db));
    return st_fail(s, err, "cannot read the database");
}

static int migrate(ent_store *s, ent_err *err) {
    sqlite3_stmt *q;
    int version = 0;
    /* no schema_version table: a new (or foreign) database, version 0;
     * any other failure (unreadable, damaged, truncated) is that error */
    if (sqlite3_prepare_v2(s->db, "SELECT version FROM schema_version", -1, &q, NULL) == SQLITE_OK) {
        int got = st_one(s, q, err);
        if (got > 0) version = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
        if (got < 0) return ENT_EIO;
    } else if (strncmp(sqlite3_errmsg(s->db), "no such table", 13)) {
        return unreadable(s, err);
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
    if (st_exec(s, "BEGIN IMMEDIATE", err) || st_exec(s, schema, err)) return ENT_EIO;
    char vq[128];
    snprintf(vq, sizeof vq, "DELETE FROM schema_version; INSERT INTO schema_version VALUES(%d); COMMIT", ENT_STORE_SCHEMA_VERSION);
    return st_exec(s, vq, err);
}

static int configure(ent_store *s, ent_err *err) {
    sqlite3_busy_timeout(s->db, 10000);
    if (sqlite3_create_function(s->db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_fold, NULL, NULL) != SQLITE_OK)
        return st_fail(s, err, "database");
    if (s->opts.readonly) return 0;
    /* Switching a new database to WAL takes an exclusive lock, and SQLite
     * answers SQLITE_BUSY at once, without the busy handler, when another
     * connection (a second ingest creating the same database) holds a lock:
     * try again for as long as the busy timeout would wait. */
    for (int i = 0; i < 2000 && sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL) == SQLITE_BUSY; i++)
        sqlite3_sleep(5);
    return st_exec(s, "PRAGMA journal_mode=WAL", err) || st_exec(s, "PRAGMA synchronous=NORMAL", err) ||
                   st_exec(s, "PRAGMA cache_size=-16384; PRAGMA wal_autocheckpoint=16384; PRAGMA temp_store=MEMORY", err)
               ? ENT_EIO
               : 0;
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
    if (!s->opts.readonly && sqlite3_db_readonly(s->db, "main") == 1) {
        /* SQLite opens a write-protected file read-only without a word:
         * every write would then fail, one article at a time */
        ent_err_set(err, ENT_EIO, path, 0, "cannot write the database: the file is read-only");
        ent_store_close(s);
        return NULL;
    }
    if (configure(s, err) || migrate(s, err)) {
        snprintf(err->file, sizeof err->file, "%s", path);
        ent_store_close(s);
        return NULL;
    }
    /* read-only connections prepare the same statements and only run the reads */
    for (int i = 0; i < Q_COUNT; i++)
        if (sqlite3_prepare_v2(s->db, sql[i], -1, &s->st[i], NULL) != SQLITE_OK) {
            st_fail(s, err, "prepare");
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

void ent_store_set_fingerprint(ent_store *s, const char *fp) { snprintf(s->fp, sizeof s->fp, "%s", fp); }

int ent_store_begin(ent_store *s, ent_err *err) { return st_exec(s, "BEGIN IMMEDIATE", err); }

int ent_store_commit(ent_store *s, ent_err *err) { return st_exec(s, "COMMIT", err); }

int ent_store_data_version(ent_store *s, int64_t *version, ent_err *err) {
    sqlite3_stmt *q = st_q(s, Q_DATA_VERSION);
    int got = st_one(s, q, err);
    if (got > 0) *version = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return got > 0 ? 0 : got < 0 ? ENT_EIO : ent_err_set(err, ENT_EIO, NULL, 0, "database: no data_version");
}

void ent_store_hash(const ent_article *a, char out[17]) {
    snprintf(out, 17, "%016llx", (unsigned long long)XXH64(a->text, a->text_len, 0));
}

/* ---- what to do with an article ---- */

/* Each statement is reset once read: a statement left on its row keeps a
 * read transaction open, and the batch's BEGIN IMMEDIATE after it fails at
 * once (SQLITE_BUSY_SNAPSHOT) when another ingest committed meanwhile. */
static int status_of(ent_store *s, const ent_article *a, const char *hash, int *status, int64_t *coded, ent_err *err) {
    sqlite3_stmt *st = st_q(s, Q_BY_ID);
    st_bind(st, 1, a->id);
    int got = st_one(s, st, err);
    sqlite3_reset(st);
    if (got) return *status = ENT_STORE_SKIP, got < 0 ? ENT_EIO : 0;
    st = st_q(s, Q_BY_HASH_SOURCE);
    st_bind(st, 1, hash);
    st_bind(st, 2, a->source);
    got = st_one(s, st, err);
    sqlite3_reset(st);
    if (got) return *status = ENT_STORE_SKIP, got < 0 ? ENT_EIO : 0;
    st = st_q(s, Q_BY_HASH);
    st_bind(st, 1, hash);
    if ((got = st_one(s, st, err)) < 0) return ENT_EIO;
    if (got) *coded = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    *status = got ? ENT_STORE_COPY : ENT_STORE_NEW;
    return 0;
}

int ent_store_status(ent_store *s, const ent_article *a, int *status, ent_err *err) {
    char hash[17];
    int64_t coded = 0;
    ent_store_hash(a, hash);
    return status_of(s, a, hash, status, &coded, err);
}

/* ---- storing ---- */

static int add_article(ent_store *s, const ent_article *a, const char *lang, const char *hash, int64_t added, int64_t *rowid,
                       ent_err *err) {
    sqlite3_stmt *st = st_q(s, Q_ADD_ARTICLE);
    st_bind(st, 1, a->id);
    st_bind(st, 2, hash);
    st_bind(st, 3, a->date);
    st_bind(st, 4, lang);
    st_bind(st, 5, a->source);
    st_bind(st, 6, a->url);
    st_bind(st, 7, a->title);
    sqlite3_bind_text(st, 8, a->text, (int)a->text_len, SQLITE_TRANSIENT);
    st_bind(st, 9, s->fp);
    st_bind(st, 10, ENT_CODER_VERSION);
    sqlite3_bind_int64(st, 11, added);
    if (st_done(s, st, "storing an article", err)) return ENT_EIO;
    *rowid = sqlite3_last_insert_rowid(s->db);
    s->cur_article = *rowid;   /* a fresh article counts no event yet */
    s->ncounted = 0;
    return 0;
}

/* Does `which` (Q_SEEN_*) find a row for event ev and article art? -1: error. */
static int exists(ent_store *s, int which, int64_t ev, int64_t art, ent_err *err) {
    sqlite3_stmt *st = st_q(s, which);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, art);
    return st_one(s, st, err);
}

/* The event a mention belongs to, created if new (*created = 1); -1 on error. */
static int64_t event_for(ent_store *s, const ent_article *a, const ent_event *e, int64_t added, int *created, ent_err *err) {
    *created = 0;
    sqlite3_stmt *st = st_q(s, s->opts.window_days > 0 ? Q_FIND_EVENT_WINDOW : Q_FIND_EVENT);
    st_bind(st, 1, e->date);
    st_bind(st, 2, e->source.code);
    st_bind(st, 3, e->target.code);
    st_bind(st, 4, e->cameo->code);
    if (s->opts.window_days > 0) sqlite3_bind_int(st, 5, s->opts.window_days);
    int got = st_one(s, st, err);
    if (got) return got < 0 ? -1 : sqlite3_column_int64(st, 0);
    st = st_q(s, Q_ADD_EVENT);
    st_bind(st, 1, e->date);
    st_bind(st, 2, e->source.code);
    st_bind(st, 3, e->source.name);
    st_bind(st, 4, e->target.code);
    st_bind(st, 5, e->target.name);
    st_bind(st, 6, e->cameo->code);
    st_bind(st, 7, e->cameo->base);
    st_bind(st, 8, e->cameo->root);
    sqlite3_bind_int(st, 9, e->cameo->quad);
    sqlite3_bind_double(st, 10, e->cameo->goldstein);
    st_bind(st, 11, e->has_location ? e->loc_code : NULL);
    sqlite3_bind_int64(st, 12, added);
    st_bind(st, 13, a->url && *a->url ? a->url : a->id);
    st_bind(st, 14, s->fp);
    st_bind(st, 15, ENT_CODER_VERSION);
    if (st_done(s, st, "storing an event", err)) return -1;
    *created = 1;
    return sqlite3_last_insert_rowid(s->db);
}

/* Has article `art` already a factual mention of `ev`? Kept in memory for
 * the article being stored (its mentions arrive together), else asked. */
static int counted(ent_store *s, int64_t ev, int64_t art, ent_err *err) {
    if (art != s->cur_article) return exists(s, Q_SEEN_ARTICLE, ev, art, err);
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
    int seen_article = factual && !created ? counted(s, ev, art, err) : 0;
    int seen_source = factual && !created ? exists(s, Q_SEEN_SOURCE, ev, art, err) : 0;
    if (seen_article < 0 || seen_source < 0) return ENT_EIO;
    if (factual) {
        if (s->ncounted == s->capcounted)
            s->counted = ent_xrealloc(s->counted, (s->capcounted = s->capcounted ? s->capcounted * 2 : 64) * sizeof *s->counted);
        s->counted[s->ncounted++] = ev;
    }
    sqlite3_stmt *st = st_q(s, Q_BUMP);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int(st, 2, factual);
    sqlite3_bind_int(st, 3, factual && !seen_article);
    sqlite3_bind_int(st, 4, factual && !seen_source);
    sqlite3_bind_int(st, 5, !factual);
    sqlite3_bind_int(st, 6, factual && is_root);
    st_bind(st, 7, loc);
    return st_done(s, st, "counting mentions", err);
}

static void bind_mention(sqlite3_stmt *st, const ent_article *a, const ent_event *e, int factual) {
    sqlite3_bind_int64(st, 3, (sqlite3_int64)e->sentence);
    sqlite3_bind_int(st, 4, factual);
    sqlite3_bind_int(st, 5, e->negated);
    st_bind(st, 6, e->mood);
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
        st_bind(st, 17, e->rep_code[0] ? e->rep_code : NULL);
    }
    if (e->has_location) {
        st_bind(st, 18, e->loc_code);
        sqlite3_bind_int(st, 19, (int)e->loc_start);
        sqlite3_bind_int(st, 20, (int)e->loc_end);
    }
    st_bind(st, 21, e->source.entry);
    st_bind(st, 22, e->verb_entry);
    st_bind(st, 23, e->target.entry);
}

/* One coded event mention of article `rowid`, merged into its event;
 * `is_root` marks a headline or first-sentence event. */
static int add_mention(ent_store *s, int64_t rowid, const ent_article *a, const ent_event *e, int is_root, int64_t added,
                       ent_err *err) {
    int created;
    int64_t ev = event_for(s, a, e, added, &created, err);
    if (ev < 0) return ENT_EIO;
    int factual = !e->negated && !e->mood;
    if (bump(s, ev, rowid, factual, is_root, e->has_location ? e->loc_code : NULL, created, err)) return ENT_EIO;
    sqlite3_stmt *st = st_q(s, Q_ADD_MENTION);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, rowid);
    bind_mention(st, a, e, factual);
    sqlite3_bind_int64(st, 24, added);
    return st_done(s, st, "storing a mention", err);
}

static int add_mentions(ent_store *s, int64_t rowid, const ent_article *a, const ent_result *r, int64_t added,
                        size_t *mentions, ent_err *err) {
    for (size_t i = 0; i < r->nevents; i++) {
        if (add_mention(s, rowid, a, &r->events[i], r->events[i].sentence <= 1, added, err)) return ENT_EIO;
        ++*mentions;
    }
    return st_put_treaties(s, rowid, a, &r->treaties, err);
}

typedef struct copy_ctx {
    ent_store *s;
    int64_t to, added;
    ent_err *err;
} copy_ctx;

static int copy_row(void *ud, sqlite3_stmt *c) {
    copy_ctx *x = ud;
    int64_t ev = sqlite3_column_int64(c, 0);
    if (bump(x->s, ev, x->to, sqlite3_column_int(c, 2), sqlite3_column_int(c, 22), st_text(c, 16), 0, x->err)) return ENT_EIO;
    sqlite3_stmt *st = st_q(x->s, Q_ADD_MENTION);
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, x->to);
    for (int col = 1; col <= 21; col++) sqlite3_bind_value(st, col + 2, sqlite3_column_value(c, col));
    sqlite3_bind_int64(st, 24, x->added);
    return st_done(x->s, st, "copying a mention", x->err);
}

/* The mentions, treaty facts and framing of article `from` again for
 * article `to` (the same text from another outlet). */
static int copy_mentions(ent_store *s, int64_t from, int64_t to, int64_t added, ent_err *err) {
    sqlite3_stmt *c;
    if (st_prepare(s, copy_sql, &c, err)) return ENT_EIO;
    sqlite3_bind_int64(c, 1, from);
    copy_ctx x = {s, to, added, err};
    int rc = st_rows(s, c, copy_row, &x, 1, err);
    return rc ? ENT_EIO : st_copy_treaties(s, from, to, err);
}

static int put(ent_store *s, const ent_article *a, const ent_result *r, int64_t added, int *status, size_t *mentions,
               ent_err *err) {
    char hash[17];
    int64_t coded = 0, rowid;
    ent_store_hash(a, hash);
    if (status_of(s, a, hash, status, &coded, err)) return ENT_EIO;
    if (*status == ENT_STORE_SKIP) return 0;
    if (add_article(s, a, r->lang, hash, added, &rowid, err)) return ENT_EIO;
    if (*status == ENT_STORE_COPY) return copy_mentions(s, coded, rowid, added, err);
    return add_mentions(s, rowid, a, r, added, mentions, err);
}

/* Ends an article's savepoint: undone when rc (its failure) is non-zero.
 * The first error is the one reported; a rollback that fails too leaves the
 * transaction broken, which its commit then reports. */
static int end_savepoint(ent_store *s, int rc, ent_err *err) {
    if (!rc) return st_exec(s, "RELEASE article", err);
    ent_err later;
    ent_err_clear(&later);
    if (!st_exec(s, "ROLLBACK TO article", &later)) st_exec(s, "RELEASE article", &later);
    return rc;
}

int ent_store_put(ent_store *s, const ent_article *a, const ent_result *r, int64_t added, int *status, size_t *mentions,
                  ent_err *err) {
    *mentions = 0;
    if (st_exec(s, "SAVEPOINT article", err)) return ENT_EIO;
    int rc = put(s, a, r, added, status, mentions, err);
    return end_savepoint(s, rc, err);
}

/* ---- recoding ---- */

typedef struct keys_ctx {
    int64_t *v;
    size_t n, cap;
} keys_ctx;

static int key_row(void *ud, sqlite3_stmt *q) {
    keys_ctx *k = ud;
    if (k->n == k->cap) k->v = ent_xrealloc(k->v, (k->cap = k->cap ? k->cap * 2 : 256) * sizeof *k->v);
    k->v[k->n++] = sqlite3_column_int64(q, 0);
    return 0;
}

int ent_store_stale(ent_store *s, const char *fingerprint, int all, int64_t **keys, size_t *n, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, "SELECT rowid FROM articles WHERE ?1 OR fingerprint <> ?2 ORDER BY rowid", &q, err)) return ENT_EIO;
    sqlite3_bind_int(q, 1, all);
    st_bind(q, 2, fingerprint);
    keys_ctx k = {NULL, 0, 0};
    int rc = st_rows(s, q, key_row, &k, 1, err);
    if (rc) free(k.v), k.v = NULL, k.n = 0;
    *keys = k.v;
    *n = k.n;
    return rc;
}

int ent_store_article_get(ent_store *s, int64_t key, ent_arena *ar, ent_article *a, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, "SELECT id, date, lang, source, url, title, text FROM articles WHERE rowid = ?1", &q, err)) return ENT_EIO;
    sqlite3_bind_int64(q, 1, key);
    int got = st_one(s, q, err);
    if (got <= 0) {
        sqlite3_finalize(q);
        return got < 0 ? ENT_EIO : ent_err_set(err, ENT_EIO, NULL, 0, "no stored article %lld", (long long)key);
    }
    memset(a, 0, sizeof *a);
    const char **f[] = {&a->id, &a->date, &a->lang, &a->source, &a->url, &a->title};
    for (int i = 0; i < 6; i++) *f[i] = ent_arena_strdup(ar, st_str(q, i));
    a->text_len = (size_t)sqlite3_column_bytes(q, 6);
    a->text = ent_arena_strndup(ar, st_str(q, 6), a->text_len);
    sqlite3_finalize(q);
    size_t tl = strlen(a->title);
    /* the canonical text is headline, blank line, body */
    if (tl && a->text_len >= tl + 2 && !memcmp(a->text, a->title, tl) && !memcmp(a->text + tl, "\n\n", 2)) a->body_start = tl + 2;
    a->file = "";
    return 0;
}

static int recode(ent_store *s, int64_t key, const ent_article *a, const ent_result *r, int64_t added, size_t *mentions,
                  ent_err *err) {
    if (st_clear_article(s, key, err) || add_mentions(s, key, a, r, added, mentions, err)) return ENT_EIO;
    sqlite3_stmt *up;
    if (st_prepare(s, "UPDATE articles SET fingerprint = ?1, coder_version = ?2 WHERE rowid = ?3", &up, err)) return ENT_EIO;
    st_bind(up, 1, s->fp);
    st_bind(up, 2, ENT_CODER_VERSION);
    sqlite3_bind_int64(up, 3, key);
    int rc = st_done(s, up, "recording the fingerprint", err);
    sqlite3_finalize(up);
    return rc;
}

int ent_store_recode(ent_store *s, int64_t key, const ent_article *a, const ent_result *r, int64_t added, size_t *mentions,
                     ent_err *err) {
    *mentions = 0;
    if (st_exec(s, "SAVEPOINT article", err)) return ENT_EIO;
    return end_savepoint(s, recode(s, key, a, r, added, mentions, err), err);
}

int st_clear_article(ent_store *s, int64_t rowid, ent_err *err) {
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
    return st_exec(s, qbuf, err);
}
