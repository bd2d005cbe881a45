/* treaties.c - see treaties.h. */
#include "treaties.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(sqlite3 *db, ent_err *err, const char *what) {
    return ent_err_set(err, ENT_EIO, NULL, 0, "storing %s: %s", what, sqlite3_errmsg(db));
}

static int names_compatible(const char *a, const char *b) {
    return !*a || !*b || strstr(a, b) || strstr(b, a);
}

/* Does stored treaty `id` have an obligation of `type`? (indexed) */
static int stored_has_oblig(sqlite3 *db, int64_t id, const char *type) {
    sqlite3_stmt *q;
    int yes = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM treaty_facts WHERE treaty = ?1 AND fact = 'obligation' AND kind = ?2 LIMIT 1", -1,
                           &q, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_text(q, 2, type, -1, SQLITE_STATIC);
    yes = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return yes;
}

/* The stored treaty this one merges into, or 0: the same parties and a
 * compatible name, else one side's name only describes an obligation
 * ("mutual defence") that the other side has (ent_treaty_descriptive). */
static int64_t find_treaty(sqlite3 *db, const char *parties, const ent_treaty *t) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, "SELECT id, name FROM treaties WHERE parties = ?1 ORDER BY id", -1, &q, NULL) != SQLITE_OK) return 0;
    sqlite3_bind_text(q, 1, parties, -1, SQLITE_STATIC);
    const char *mine = ent_treaty_descriptive(t->name_en);
    int64_t id = 0, cand[8];
    char *cname[8];
    int nc = 0;
    while (!id && sqlite3_step(q) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(q, 1);
        if (names_compatible(name, t->name_en)) id = sqlite3_column_int64(q, 0);
        else if (nc < 8) cand[nc] = sqlite3_column_int64(q, 0), cname[nc++] = ent_xstrdup(name);
    }
    sqlite3_finalize(q);
    for (int i = 0; i < nc; i++) {
        const char *theirs = ent_treaty_descriptive(cname[i]);
        if (!id && ((mine && !theirs && stored_has_oblig(db, cand[i], mine)) || (theirs && !mine && ent_treaty_has_oblig(t, theirs))))
            id = cand[i];
        free(cname[i]);
    }
    return id;
}

static int64_t put_treaty(sqlite3 *db, const ent_treaty *t, const char *parties, const char *date, ent_err *err) {
    int64_t id = find_treaty(db, parties, t);
    sqlite3_stmt *q;
    if (id) {
        if (sqlite3_prepare_v2(db,
                               "UPDATE treaties SET"
                               " name = CASE WHEN ?8 AND length(?2) > length(name) THEN ?2 ELSE name END,"
                               " name_text = CASE WHEN ?8 AND length(?2) > length(name) THEN ?3 ELSE name_text END,"
                               " duration = CASE WHEN duration = '' THEN ?4 ELSE duration END,"
                               " duration_article = CASE WHEN duration_article = '' THEN ?5 ELSE duration_article END,"
                               " first_date = min(first_date, ?6), last_date = max(last_date, ?6) WHERE id = ?1",
                               -1, &q, NULL) != SQLITE_OK)
            return fail(db, err, "a treaty"), -1;
        sqlite3_bind_int64(q, 1, id);
        /* a descriptive name ("mutual defence") never replaces a naming one */
        sqlite3_bind_int(q, 8, ent_treaty_descriptive(t->name_en) == NULL);
    } else {
        if (sqlite3_prepare_v2(db,
                               "INSERT INTO treaties(parties, name, name_text, duration, duration_article, first_date, last_date)"
                               " VALUES(?7, ?2, ?3, ?4, ?5, ?6, ?6)",
                               -1, &q, NULL) != SQLITE_OK)
            return fail(db, err, "a treaty"), -1;
        sqlite3_bind_text(q, 7, parties, -1, SQLITE_STATIC);
    }
    sqlite3_bind_text(q, 2, t->name_en, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, t->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, t->duration, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 5, t->duration_art, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 6, date, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) return fail(db, err, "a treaty"), -1;
    if (id) return id;
    id = sqlite3_last_insert_rowid(db);
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO treaty_parties(treaty, party) VALUES(?1, ?2)", -1, &q, NULL) != SQLITE_OK)
        return fail(db, err, "treaty parties"), -1;
    for (int i = 0; i < t->nparties; i++) {
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, id);
        sqlite3_bind_text(q, 2, t->parties[i], -1, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_DONE) {
            sqlite3_finalize(q);
            return fail(db, err, "treaty parties"), -1;
        }
    }
    sqlite3_finalize(q);
    return id;
}

typedef struct fact {
    const char *fact, *kind, *date, *actor, *other, *conditions, *help, *number, *reported, *event_code;
    int uncertain;
    const ent_tr_where *at;
} fact;

static int put_fact(sqlite3 *db, sqlite3_stmt *q, int64_t treaty, int64_t article, const fact *f, ent_err *err) {
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, treaty);
    sqlite3_bind_int64(q, 2, article);
    const char *txt[] = {f->fact, f->kind, f->date, f->actor, f->other, f->conditions, f->help, f->number};
    for (int i = 0; i < 8; i++) sqlite3_bind_text(q, 3 + i, txt[i] ? txt[i] : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 11, f->uncertain);
    if (f->reported) sqlite3_bind_text(q, 12, f->reported, -1, SQLITE_STATIC);
    else sqlite3_bind_null(q, 12);
    sqlite3_bind_text(q, 13, f->event_code ? f->event_code : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 14, (sqlite3_int64)f->at->sentence);
    sqlite3_bind_int64(q, 15, f->at->start);
    sqlite3_bind_int64(q, 16, f->at->end);
    sqlite3_bind_int64(q, 17, f->at->sstart);
    sqlite3_bind_int64(q, 18, f->at->send);
    return sqlite3_step(q) == SQLITE_DONE ? 0 : fail(db, err, "a treaty fact");
}

static void keys(ent_buf *b, uint32_t v, const char *(*key)(int), int n) {
    ent_buf_reset(b);
    for (int i = 0; i < n; i++)
        if (v & (1u << i)) {
            if (b->len) ent_buf_addc(b, ',');
            ent_buf_adds(b, key(i));
        }
}

static int put_facts(sqlite3 *db, sqlite3_stmt *q, int64_t id, int64_t rowid, const ent_treaty *t, ent_err *err) {
    for (int k = 0; k < t->nsent; k++) {
        fact f = {.fact = "mention", .at = &t->sentences[k]};
        if (put_fact(db, q, id, rowid, &f, err)) return ENT_EIO;
    }
    for (int k = 0; k < t->nstatus; k++) {
        const ent_tr_status *st = &t->status[k];
        fact f = {.fact = "status", .kind = st->kind, .date = st->date, .actor = st->actor, .reported = st->reported,
                  .event_code = st->event_code, .uncertain = st->date[0] == '-', .at = &st->at};
        if (put_fact(db, q, id, rowid, &f, err)) return ENT_EIO;
    }
    ent_buf c, h;
    ent_buf_init(&c);
    ent_buf_init(&h);
    int rc = 0;
    for (int k = 0; k < t->noblig && !rc; k++) {
        const ent_tr_oblig *o = &t->oblig[k];
        keys(&c, o->cond, ent_treaty_cond_key, ENT_TR_NCOND);
        keys(&h, o->help, ent_treaty_help_key, ENT_TR_NHELP);
        fact f = {.fact = "obligation", .kind = o->type, .actor = o->from, .other = o->to, .conditions = c.p ? c.p : "",
                  .help = h.p ? h.p : "", .at = &o->at};
        rc = put_fact(db, q, id, rowid, &f, err);
    }
    ent_buf_free(&c);
    ent_buf_free(&h);
    if (rc) return rc;
    if (t->duration[0]) {
        fact f = {.fact = "duration", .kind = t->duration, .number = t->duration_art, .at = &t->duration_at};
        if (put_fact(db, q, id, rowid, &f, err)) return ENT_EIO;
    }
    for (int k = 0; k < t->nart; k++) {
        fact f = {.fact = "article", .kind = t->art[k].topic, .number = t->art[k].number, .at = &t->art[k].at};
        if (put_fact(db, q, id, rowid, &f, err)) return ENT_EIO;
    }
    return 0;
}

int ent_store_add_treaties(ent_store *s, int64_t rowid, const ent_article *a, const ent_treaty_facts *f, ent_err *err) {
    if (!f->nt && !f->nf) return 0;   /* most articles: nothing to prepare */
    sqlite3 *db = ent_store_db(s);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO treaty_facts(treaty, article, fact, kind, date, actor, other, conditions, help, number,"
                           " date_uncertain, reported_by, event_code, sentence, start, end, sent_start, sent_end)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                           -1, &q, NULL) != SQLITE_OK)
        return fail(db, err, "treaty facts");
    int rc = 0;
    for (size_t i = 0; i < f->nt && !rc; i++) {
        char parties[160];
        ent_treaty_parties_str(&f->t[i], parties, sizeof parties);
        int64_t id = put_treaty(db, &f->t[i], parties, a->date, err);
        rc = id < 0 ? ENT_EIO : put_facts(db, q, id, rowid, &f->t[i], err);
    }
    sqlite3_finalize(q);
    if (rc || !f->nf) return rc;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO framing(article, speaker, other, term, sentence, start, end, sent_start, sent_end)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           -1, &q, NULL) != SQLITE_OK)
        return fail(db, err, "framing");
    for (size_t i = 0; i < f->nf && !rc; i++) {
        const ent_framing *fr = &f->f[i];
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, rowid);
        sqlite3_bind_text(q, 2, fr->speaker, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 3, fr->other, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 4, fr->term, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 5, (sqlite3_int64)fr->at.sentence);
        sqlite3_bind_int64(q, 6, fr->at.start);
        sqlite3_bind_int64(q, 7, fr->at.end);
        sqlite3_bind_int64(q, 8, fr->at.sstart);
        sqlite3_bind_int64(q, 9, fr->at.send);
        if (sqlite3_step(q) != SQLITE_DONE) rc = fail(db, err, "framing");
    }
    sqlite3_finalize(q);
    return rc;
}
