/* treaty_read.c - the treaty answers of store.h: treaties with their facts,
 * obligations towards a party, the alliance graph, framing. Rows are
 * copied into the caller's arena; obligations of one treaty, type and
 * direction come grouped, their conditions and help as stored comma lists. */
#define _POSIX_C_SOURCE 200809L
#include "store_int.h"

#include "../base/buf.h"

#include <stdlib.h>
#include <string.h>

/* The facts' evidence columns: article id, article date, sentence, sentence text. */
#define EVIDENCE_COLS \
    "a.id, a.date, f.sentence, CAST(substr(CAST(a.text AS BLOB), f.sent_start + 1, f.sent_end - f.sent_start) AS TEXT)"

/* A growing array, copied into the arena when complete. */
typedef struct vec {
    void *v;
    size_t n, cap, size;
} vec;

static void *vec_push(vec *x) {
    if (x->n == x->cap) x->v = ent_xrealloc(x->v, (x->cap = x->cap ? x->cap * 2 : 8) * x->size);
    void *at = (char *)x->v + x->n++ * x->size;
    memset(at, 0, x->size);
    return at;
}

static void *vec_done(vec *x, ent_arena *ar, size_t *n) {
    void *out = ent_arena_alloc(ar, x->n ? x->n * x->size : 1);
    if (x->n) memcpy(out, x->v, x->n * x->size);
    *n = x->n;
    free(x->v);
    memset(x, 0, sizeof *x);
    return out;
}

typedef struct rd {
    ent_store *s;
    ent_arena *ar;
    ent_err *err;
    vec out;
    int64_t treaty;
} rd;

static const char *dup(rd *r, sqlite3_stmt *q, int i) { return ent_arena_strdup(r->ar, st_str(q, i)); }

static void evidence(rd *r, sqlite3_stmt *q, int c0, ent_store_evidence *e) {
    e->article = dup(r, q, c0);
    e->date = dup(r, q, c0 + 1);
    e->sentence = sqlite3_column_int64(q, c0 + 2);
    e->text = dup(r, q, c0 + 3);
}

/* Prepares sql with treaty id ?1 and runs it into r->out (row by row). */
static int query(rd *r, const char *sql, int64_t treaty, st_row_fn row, ent_err *err) {
    sqlite3_stmt *q;
    if (st_prepare(r->s, sql, &q, err)) return ENT_EIO;
    sqlite3_bind_int64(q, 1, treaty);
    return st_rows(r->s, q, row, r, 1, err);
}

/* ---- one treaty's facts ---- */

static int evidence_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    evidence(r, q, 0, vec_push(&r->out));
    return 0;
}

static const char *const oblig_ev_sql =
    "SELECT DISTINCT " EVIDENCE_COLS " FROM treaty_facts f JOIN articles a ON a.rowid = f.article"
    " WHERE f.treaty = ?1 AND f.fact = 'obligation' AND f.kind = ?2 AND f.actor = ?3 AND f.other = ?4"
    " ORDER BY a.date, a.id, f.sentence";

/* The evidence of one obligation of a treaty. */
static int oblig_evidence(rd *r, int64_t treaty, const char *kind, const char *from, const char *to, ent_store_evidence **ev,
                          size_t *n) {
    sqlite3_stmt *q;
    if (st_prepare(r->s, oblig_ev_sql, &q, r->err)) return ENT_EIO;
    sqlite3_bind_int64(q, 1, treaty);
    st_bind(q, 2, kind);
    st_bind(q, 3, from);
    st_bind(q, 4, to);
    rd sub = {r->s, r->ar, r->err, {.size = sizeof **ev}, treaty};
    int rc = st_rows(r->s, q, evidence_row, &sub, 1, r->err);
    *ev = vec_done(&sub.out, r->ar, n);
    return rc;
}

static int signed_date(rd *r, int64_t id, const char **out) {
    sqlite3_stmt *q;
    *out = "";
    if (st_prepare(r->s,
                   "SELECT date FROM treaty_facts WHERE treaty = ?1 AND fact = 'status' AND kind = 'signed'"
                   " ORDER BY date_uncertain, length(date) DESC, date LIMIT 1",
                   &q, r->err))
        return ENT_EIO;
    sqlite3_bind_int64(q, 1, id);
    int got = st_one(r->s, q, r->err);
    if (got > 0) *out = dup(r, q, 0);
    sqlite3_finalize(q);
    return got < 0 ? ENT_EIO : 0;
}

static int status_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_tr_status *st = vec_push(&r->out);
    st->kind = dup(r, q, 0);
    st->date = dup(r, q, 1);
    st->uncertain = sqlite3_column_int(q, 2);
    st->actor = dup(r, q, 3);
    st->reported_by = st_text(q, 4) ? dup(r, q, 4) : NULL;
    st->event_code = dup(r, q, 5);
    evidence(r, q, 6, &st->ev);
    return 0;
}

static int oblig_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_tr_oblig *o = vec_push(&r->out);
    o->type = dup(r, q, 0);
    o->from = dup(r, q, 1);
    o->to = dup(r, q, 2);
    o->conditions = dup(r, q, 3);
    o->help = dup(r, q, 4);
    return 0;
}

static int cited_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_tr_cited *c = vec_push(&r->out);
    c->number = dup(r, q, 0);
    c->topic = dup(r, q, 1);
    return 0;
}

static int source_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_tr_source *c = vec_push(&r->out);
    c->article = dup(r, q, 0);
    c->date = dup(r, q, 1);
    c->outlet = dup(r, q, 2);
    return 0;
}

static int duration_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_treaty *t = r->out.v;
    t->has_duration_ev = 1;
    evidence(r, q, 0, &t->duration_ev);
    return ST_STOP;   /* the first one */
}

/* Runs one sub-query of treaty t into a fresh array. */
static int facts(rd *r, const char *sql, int64_t id, st_row_fn row, size_t size, void **out, size_t *n) {
    rd sub = {r->s, r->ar, r->err, {.size = size}, id};
    int rc = query(&sub, sql, id, row, r->err);
    *out = vec_done(&sub.out, r->ar, n);
    return rc;
}

static int treaty_facts(rd *r, ent_store_treaty *t) {
    static const char *const status_sql =
        "SELECT f.kind, f.date, f.date_uncertain, f.actor, f.reported_by, f.event_code, " EVIDENCE_COLS
        " FROM treaty_facts f JOIN articles a ON a.rowid = f.article WHERE f.treaty = ?1 AND f.fact = 'status'"
        " ORDER BY f.date_uncertain, f.date, f.kind, a.date, a.id, f.sentence";
    static const char *const oblig_sql =
        "SELECT f.kind, f.actor, f.other, group_concat(f.conditions, ','), group_concat(f.help, ',') FROM treaty_facts f"
        " WHERE f.treaty = ?1 AND f.fact = 'obligation' GROUP BY f.kind, f.actor, f.other"
        " ORDER BY f.kind = 'defence' DESC, f.kind, f.actor, f.other";
    static const char *const cited_sql = "SELECT DISTINCT f.number, f.kind FROM treaty_facts f WHERE f.treaty = ?1 AND"
                                         " f.fact = 'article' ORDER BY CAST(f.number AS INTEGER), f.kind";
    static const char *const sources_sql = "SELECT DISTINCT a.id, a.date, a.source FROM treaty_facts f JOIN articles a ON"
                                           " a.rowid = f.article WHERE f.treaty = ?1 ORDER BY a.date, a.id";
    static const char *const duration_sql =
        "SELECT " EVIDENCE_COLS " FROM treaty_facts f JOIN articles a ON a.rowid = f.article"
        " WHERE f.treaty = ?1 AND f.fact = 'duration' ORDER BY a.date, a.id, f.sentence LIMIT 1";
    if (signed_date(r, t->id, &t->signed_date)) return ENT_EIO;
    rd one = {r->s, r->ar, r->err, {.v = t}, t->id};
    int rc = query(&one, duration_sql, t->id, duration_row, r->err);
    if (rc && rc != ST_STOP) return rc;
    if (facts(r, status_sql, t->id, status_row, sizeof *t->status, (void **)&t->status, &t->nstatus) ||
        facts(r, oblig_sql, t->id, oblig_row, sizeof *t->oblig, (void **)&t->oblig, &t->noblig) ||
        facts(r, cited_sql, t->id, cited_row, sizeof *t->cited, (void **)&t->cited, &t->ncited) ||
        facts(r, sources_sql, t->id, source_row, sizeof *t->sources, (void **)&t->sources, &t->nsources))
        return ENT_EIO;
    for (size_t i = 0; i < t->noblig; i++) {
        ent_store_tr_oblig *o = &t->oblig[i];
        if (oblig_evidence(r, t->id, o->type, o->from, o->to, &o->ev, &o->nev)) return ENT_EIO;
    }
    return 0;
}

static int treaty_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_treaty *t = vec_push(&r->out);
    t->id = sqlite3_column_int64(q, 0);
    const char **f[] = {&t->parties, &t->name, &t->name_text, &t->duration, &t->duration_article, &t->first_date, &t->last_date};
    for (int i = 0; i < 7; i++) *f[i] = dup(r, q, i + 1);
    return 0;
}

int ent_store_treaties(ent_store *s, const char *party, ent_arena *ar, ent_store_treaty **out, size_t *n, ent_err *err) {
    if (!st_has_treaties(s, err)) return ENT_EFORMAT;
    sqlite3_stmt *q;
    if (st_prepare(s,
                   party ? "SELECT id, parties, name, name_text, duration, duration_article, first_date, last_date FROM"
                           " treaties WHERE id IN (SELECT treaty FROM treaty_parties WHERE party = ?1) ORDER BY first_date, id"
                         : "SELECT id, parties, name, name_text, duration, duration_article, first_date, last_date FROM"
                           " treaties ORDER BY first_date, id",
                   &q, err))
        return ENT_EIO;
    if (party) st_bind(q, 1, party);
    rd r = {s, ar, err, {.size = sizeof **out}, 0};
    int rc = st_rows(s, q, treaty_row, &r, 1, err);
    *out = vec_done(&r.out, ar, n);
    for (size_t i = 0; i < *n && !rc; i++) rc = treaty_facts(&r, &(*out)[i]);
    return rc;
}

/* ---- obligations towards a party ---- */

static int duty_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_duty *d = vec_push(&r->out);
    d->treaty = sqlite3_column_int64(q, 0);
    const char **f[] = {&d->parties, &d->name, &d->duration, &d->duration_article, &d->first_date, &d->type, &d->party,
                        &d->conditions, &d->help};
    for (int i = 0; i < 9; i++) *f[i] = dup(r, q, i + 1);
    return 0;
}

int ent_store_obligations(ent_store *s, const char *attacked, ent_arena *ar, ent_store_duty **out, size_t *n,
                          ent_err *err) {
    if (!st_has_treaties(s, err)) return ENT_EFORMAT;
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT t.id, t.parties, t.name, t.duration, t.duration_article, t.first_date, f.kind, f.actor,"
                   " group_concat(f.conditions, ','), group_concat(f.help, ',')"
                   " FROM treaty_facts f JOIN treaties t ON t.id = f.treaty WHERE f.fact = 'obligation' AND f.other = ?1"
                   " GROUP BY t.id, f.kind, f.actor ORDER BY f.kind = 'defence' DESC, f.kind, f.actor, t.id",
                   &q, err))
        return ENT_EIO;
    st_bind(q, 1, attacked);
    rd r = {s, ar, err, {.size = sizeof **out}, 0};
    int rc = st_rows(s, q, duty_row, &r, 1, err);
    *out = vec_done(&r.out, ar, n);
    for (size_t i = 0; i < *n && !rc; i++) {
        ent_store_duty *d = &(*out)[i];
        if (signed_date(&r, d->treaty, &d->signed_date) ||
            oblig_evidence(&r, d->treaty, d->type, d->party, attacked, &d->ev, &d->nev))
            rc = ENT_EIO;
    }
    return rc;
}

/* ---- the graph ---- */

static int node_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    *(const char **)vec_push(&r->out) = dup(r, q, 0);
    return 0;
}

static int edge_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_edge *e = vec_push(&r->out);
    e->from = dup(r, q, 0);
    e->to = dup(r, q, 1);
    e->type = dup(r, q, 2);
    e->treaty = sqlite3_column_int64(q, 3);
    e->name = dup(r, q, 4);
    return 0;
}

static int bare_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_bare_treaty *b = vec_push(&r->out);
    b->treaty = sqlite3_column_int64(q, 0);
    b->parties = dup(r, q, 1);
    b->name = dup(r, q, 2);
    return 0;
}

int ent_store_graph_get(ent_store *s, ent_arena *ar, ent_store_graph *g, ent_err *err) {
    if (!st_has_treaties(s, err)) return ENT_EFORMAT;
    memset(g, 0, sizeof *g);
    static const char *const nodes_sql = "SELECT DISTINCT party FROM treaty_parties ORDER BY party";
    static const char *const edges_sql =
        "SELECT f.actor, f.other, f.kind, t.id, t.name FROM treaty_facts f JOIN treaties t ON t.id = f.treaty"
        " WHERE f.fact = 'obligation' GROUP BY f.actor, f.other, f.kind, t.id ORDER BY f.actor, f.other, f.kind, t.id";
    static const char *const bare_sql =
        "SELECT t.id, t.parties, t.name FROM treaties t"
        " WHERE NOT EXISTS (SELECT 1 FROM treaty_facts f WHERE f.treaty = t.id AND f.fact = 'obligation') ORDER BY t.id";
    rd r = {s, ar, err, {0}, 0};
    if (facts(&r, nodes_sql, 0, node_row, sizeof *g->nodes, (void **)&g->nodes, &g->nnodes) ||
        facts(&r, edges_sql, 0, edge_row, sizeof *g->edges, (void **)&g->edges, &g->nedges) ||
        facts(&r, bare_sql, 0, bare_row, sizeof *g->bare, (void **)&g->bare, &g->nbare))
        return ENT_EIO;
    return 0;
}

/* ---- framing ---- */

static int framing_row(void *ud, sqlite3_stmt *q) {
    rd *r = ud;
    ent_store_framing *f = vec_push(&r->out);
    f->speaker = dup(r, q, 0);
    f->other = dup(r, q, 1);
    f->term = dup(r, q, 2);
    f->count = sqlite3_column_int64(q, 3);
    evidence(r, q, 4, &f->ev);
    return 0;
}

int ent_store_framing_get(ent_store *s, const char *a, const char *b, ent_arena *ar, ent_store_framing **out, size_t *n,
                          ent_err *err) {
    if (!st_has_treaties(s, err)) return ENT_EFORMAT;
    sqlite3_stmt *q;
    if (st_prepare(s,
                   "SELECT f.speaker, f.other, f.term, count(*) OVER (PARTITION BY f.speaker, f.other, f.term), " EVIDENCE_COLS
                   " FROM framing f JOIN articles a ON a.rowid = f.article"
                   " WHERE (f.speaker = ?1 AND f.other = ?2) OR (f.speaker = ?2 AND f.other = ?1)"
                   " ORDER BY f.speaker = ?2, f.term, a.date, a.id, f.sentence",
                   &q, err))
        return ENT_EIO;
    st_bind(q, 1, a);
    st_bind(q, 2, b);
    rd r = {s, ar, err, {.size = sizeof **out}, 0};
    int rc = st_rows(s, q, framing_row, &r, 1, err);
    *out = vec_done(&r.out, ar, n);
    return rc;
}
