/* treaties.c - storing treaties, obligations and framing (store_int.h).
 *
 * Each treaty an article reports merges into a stored one by the rule of
 * src/treaty/merge.c, else becomes a new row; its facts (status events,
 * obligations, duration, cited articles, and one "mention" row per sentence
 * that spoke of it) and the article's framing rows keep the article and the
 * words that said them. Clearing an article (st_clear_article) removes its
 * facts and the treaties no other article supports. Runs inside the
 * caller's savepoint.
 */
#define _POSIX_C_SOURCE 200809L
#include "store_int.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int st_has_treaties(ent_store *s, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'treaty_facts'", &q, err)) return 0;
    int got = st_one(s, q, err);
    sqlite3_finalize(q);
    if (got == 0)
        ent_err_set(err, ENT_EFORMAT, NULL, 0,
                    "this database has no treaty tables (made by an older entente): `entente recode --all --db PATH` adds them");
    return got > 0;
}

/* The stored treaties of the same parties, for the merge rule. */
typedef struct stored {
    int64_t *id;
    char **name;
    size_t n;
    ent_store *s;
    ent_err *err;
    int failed;
} stored;

static int stored_row(void *ud, sqlite3_stmt *q) {
    stored *c = ud;
    c->id = ent_xrealloc(c->id, (c->n + 1) * sizeof *c->id);
    c->name = ent_xrealloc(c->name, (c->n + 1) * sizeof *c->name);
    c->id[c->n] = sqlite3_column_int64(q, 0);
    c->name[c->n++] = ent_xstrdup(st_str(q, 1));
    return 0;
}

static void stored_free(stored *c) {
    for (size_t i = 0; i < c->n; i++) free(c->name[i]);
    free(c->name);
    free(c->id);
}

/* Does stored treaty i have an obligation of `type`? (indexed) */
static int stored_has_oblig(void *ud, size_t i, const char *type) {
    stored *c = ud;
    sqlite3_stmt *q;
    if (st_prepare(c->s, "SELECT 1 FROM treaty_facts WHERE treaty = ?1 AND fact = 'obligation' AND kind = ?2 LIMIT 1", &q,
                   c->err))
        return c->failed = 1, 0;
    sqlite3_bind_int64(q, 1, c->id[i]);
    st_bind(q, 2, type);
    int got = st_one(c->s, q, c->err);
    sqlite3_finalize(q);
    if (got < 0) c->failed = 1;
    return got > 0;
}

/* The stored treaty t merges into: 0 none, -1 error; *name its stored name (malloc'd). */
static int64_t find_treaty(ent_store *s, const char *parties, const ent_treaty *t, char **name, ent_err *err) {
    sqlite3_stmt *q;
    *name = NULL;
    if (st_prepare(s, "SELECT id, name FROM treaties WHERE parties = ?1 ORDER BY id", &q, err)) return -1;
    st_bind(q, 1, parties);
    stored c = {.s = s, .err = err};
    if (st_rows(s, q, stored_row, &c, 1, err)) {
        stored_free(&c);
        return -1;
    }
    long i = ent_treaty_merge_target(t, (const char *const *)c.name, c.n, stored_has_oblig, &c);
    int64_t id = c.failed ? -1 : i < 0 ? 0 : c.id[i];
    if (id > 0) *name = ent_xstrdup(c.name[i]);
    stored_free(&c);
    return id;
}

static int add_parties(ent_store *s, int64_t id, const ent_treaty *t, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s, "INSERT OR IGNORE INTO treaty_parties(treaty, party) VALUES(?1, ?2)", &q, err)) return ENT_EIO;
    int rc = 0;
    for (int i = 0; i < t->nparties && !rc; i++) {
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, id);
        st_bind(q, 2, t->parties[i]);
        rc = st_done(s, q, "storing treaty parties", err);
    }
    sqlite3_finalize(q);
    return rc;
}

/* Merges t into its stored treaty or adds it; its id, or -1. */
static int64_t put_treaty(ent_store *s, const ent_treaty *t, const char *parties, const char *date, ent_err *err) {
    char *stored_name;
    int64_t id = find_treaty(s, parties, t, &stored_name, err);
    if (id < 0) return -1;
    sqlite3_stmt *q;
    const char *sql = id ? "UPDATE treaties SET"
                           " name = CASE WHEN ?8 THEN ?2 ELSE name END, name_text = CASE WHEN ?8 THEN ?3 ELSE name_text END,"
                           " duration = CASE WHEN duration = '' THEN ?4 ELSE duration END,"
                           " duration_article = CASE WHEN duration_article = '' THEN ?5 ELSE duration_article END,"
                           " first_date = min(first_date, ?6), last_date = max(last_date, ?6) WHERE id = ?1"
                         : "INSERT INTO treaties(parties, name, name_text, duration, duration_article, first_date, last_date)"
                           " VALUES(?7, ?2, ?3, ?4, ?5, ?6, ?6)";
    if (st_prepare(s, sql, &q, err)) {
        free(stored_name);
        return -1;
    }
    if (id) {
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_int(q, 8, ent_treaty_name_replaces(stored_name, t->name_en));
    } else {
        st_bind(q, 7, parties);
    }
    free(stored_name);
    const char *v[] = {t->name_en, t->name, t->duration, t->duration_art, date};
    for (int i = 0; i < 5; i++) st_bind(q, 2 + i, v[i]);
    int rc = st_done(s, q, "storing a treaty", err);
    sqlite3_finalize(q);
    if (rc) return -1;
    if (id) return id;
    id = sqlite3_last_insert_rowid(s->db);
    return add_parties(s, id, t, err) ? -1 : id;
}

typedef struct fact {
    const char *fact, *kind, *date, *actor, *other, *conditions, *help, *number, *reported, *event_code;
    int uncertain;
    const ent_tr_where *at;
} fact;

static int put_fact(ent_store *s, sqlite3_stmt *q, int64_t treaty, int64_t article, const fact *f, ent_err *err) {
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, treaty);
    sqlite3_bind_int64(q, 2, article);
    const char *txt[] = {f->fact, f->kind, f->date, f->actor, f->other, f->conditions, f->help, f->number};
    for (int i = 0; i < 8; i++) st_bind(q, 3 + i, txt[i] ? txt[i] : "");
    sqlite3_bind_int(q, 11, f->uncertain);
    st_bind(q, 12, f->reported);
    st_bind(q, 13, f->event_code ? f->event_code : "");
    sqlite3_bind_int64(q, 14, (sqlite3_int64)f->at->sentence);
    sqlite3_bind_int64(q, 15, f->at->start);
    sqlite3_bind_int64(q, 16, f->at->end);
    sqlite3_bind_int64(q, 17, f->at->sstart);
    sqlite3_bind_int64(q, 18, f->at->send);
    return st_done(s, q, "storing a treaty fact", err);
}

static void keys(ent_buf *b, uint32_t v, const char *(*key)(int), int n) {
    ent_buf_reset(b);
    ent_buf_reserve(b, 0);
    for (int i = 0; i < n; i++)
        if (v & (1u << i)) {
            if (b->len) ent_buf_addc(b, ',');
            ent_buf_adds(b, key(i));
        }
}

static int put_obligations(ent_store *s, sqlite3_stmt *q, int64_t id, int64_t rowid, const ent_treaty *t, ent_err *err) {
    ent_buf c, h;
    ent_buf_init(&c);
    ent_buf_init(&h);
    int rc = 0;
    for (int k = 0; k < t->noblig && !rc; k++) {
        const ent_tr_oblig *o = &t->oblig[k];
        keys(&c, o->cond, ent_treaty_cond_key, ENT_TR_NCOND);
        keys(&h, o->help, ent_treaty_help_key, ENT_TR_NHELP);
        fact f = {.fact = "obligation", .kind = o->type, .actor = o->from, .other = o->to, .conditions = c.p, .help = h.p,
                  .at = &o->at};
        rc = put_fact(s, q, id, rowid, &f, err);
    }
    ent_buf_free(&c);
    ent_buf_free(&h);
    return rc;
}

static int put_facts(ent_store *s, sqlite3_stmt *q, int64_t id, int64_t rowid, const ent_treaty *t, ent_err *err) {
    for (int k = 0; k < t->nsent; k++) {
        fact f = {.fact = "mention", .at = &t->sentences[k]};
        if (put_fact(s, q, id, rowid, &f, err)) return ENT_EIO;
    }
    for (int k = 0; k < t->nstatus; k++) {
        const ent_tr_status *st = &t->status[k];
        fact f = {.fact = "status", .kind = st->kind, .date = st->date, .actor = st->actor, .reported = st->reported,
                  .event_code = st->event_code, .uncertain = st->date[0] == '-', .at = &st->at};
        if (put_fact(s, q, id, rowid, &f, err)) return ENT_EIO;
    }
    if (put_obligations(s, q, id, rowid, t, err)) return ENT_EIO;
    if (t->duration[0]) {
        fact f = {.fact = "duration", .kind = t->duration, .number = t->duration_art, .at = &t->duration_at};
        if (put_fact(s, q, id, rowid, &f, err)) return ENT_EIO;
    }
    for (int k = 0; k < t->nart; k++) {
        fact f = {.fact = "article", .kind = t->art[k].topic, .number = t->art[k].number, .at = &t->art[k].at};
        if (put_fact(s, q, id, rowid, &f, err)) return ENT_EIO;
    }
    return 0;
}

static int put_framing(ent_store *s, int64_t rowid, const ent_treaty_facts *f, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "INSERT INTO framing(article, speaker, other, term, sentence, start, end, sent_start, sent_end)"
                   " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   &q, err))
        return ENT_EIO;
    int rc = 0;
    for (size_t i = 0; i < f->nf && !rc; i++) {
        const ent_framing *fr = &f->f[i];
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, rowid);
        st_bind(q, 2, fr->speaker);
        st_bind(q, 3, fr->other);
        st_bind(q, 4, fr->term);
        sqlite3_bind_int64(q, 5, (sqlite3_int64)fr->at.sentence);
        sqlite3_bind_int64(q, 6, fr->at.start);
        sqlite3_bind_int64(q, 7, fr->at.end);
        sqlite3_bind_int64(q, 8, fr->at.sstart);
        sqlite3_bind_int64(q, 9, fr->at.send);
        rc = st_done(s, q, "storing framing", err);
    }
    sqlite3_finalize(q);
    return rc;
}

int st_put_treaties(ent_store *s, int64_t rowid, const ent_article *a, const ent_treaty_facts *f, ent_err *err) {
    if (!f->nt && !f->nf) return 0;   /* most articles: nothing to prepare */
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "INSERT INTO treaty_facts(treaty, article, fact, kind, date, actor, other, conditions, help, number,"
                   " date_uncertain, reported_by, event_code, sentence, start, end, sent_start, sent_end)"
                   " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                   &q, err))
        return ENT_EIO;
    int rc = 0;
    for (size_t i = 0; i < f->nt && !rc; i++) {
        char parties[160];
        ent_treaty_parties_str(&f->t[i], parties, sizeof parties);
        int64_t id = put_treaty(s, &f->t[i], parties, a->date, err);
        rc = id < 0 ? ENT_EIO : put_facts(s, q, id, rowid, &f->t[i], err);
    }
    sqlite3_finalize(q);
    return rc || !f->nf ? rc : put_framing(s, rowid, f, err);
}

int st_copy_treaties(ent_store *s, int64_t from, int64_t to, ent_err *err) {
    char qbuf[2048];
    snprintf(qbuf, sizeof qbuf,
             "INSERT INTO treaty_facts(treaty, article, fact, kind, date, date_uncertain, actor, other, conditions,"
             " help, number, reported_by, event_code, sentence, start, end, sent_start, sent_end)"
             " SELECT treaty, %lld, fact, kind, date, date_uncertain, actor, other, conditions, help, number,"
             " reported_by, event_code, sentence, start, end, sent_start, sent_end FROM treaty_facts WHERE article = %lld;"
             "INSERT INTO framing(article, speaker, other, term, sentence, start, end, sent_start, sent_end)"
             " SELECT %lld, speaker, other, term, sentence, start, end, sent_start, sent_end FROM framing WHERE article = %lld;",
             (long long)to, (long long)from, (long long)to, (long long)from);
    return st_exec(s, qbuf, err);
}
