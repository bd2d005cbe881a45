/* treaty.c - treaty queries; see treaty.h. */
#include "treaty.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_tables(sqlite3 *db, ent_err *err) {
    sqlite3_stmt *q;
    int ok = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'treaty_facts'", -1, &q, NULL) ==
        SQLITE_OK) {
        ok = sqlite3_step(q) == SQLITE_ROW;
        sqlite3_finalize(q);
    }
    if (!ok)
        ent_err_set(err, ENT_EFORMAT, NULL, 0,
                    "this database has no treaty tables (made by an older entente): `entente recode --all --db PATH` adds them");
    return ok;
}

static int db_fail(sqlite3 *db, ent_err *err) { return ent_err_set(err, ENT_EIO, NULL, 0, "query: %s", sqlite3_errmsg(db)); }

static const char *col(sqlite3_stmt *q, int i) {
    const char *s = (const char *)sqlite3_column_text(q, i);
    return s ? s : "";
}

/* ---- evidence ---- */

/* The facts' evidence columns: article id, article date, sentence, sentence text. */
#define EVIDENCE_COLS \
    "a.id, a.date, f.sentence, CAST(substr(CAST(a.text AS BLOB), f.sent_start + 1, f.sent_end - f.sent_start) AS TEXT)"

static void evidence_json(ent_buf *o, sqlite3_stmt *q, int c0) {
    ent_buf_adds(o, "{\"article\":");
    ent_buf_json_qstr(o, col(q, c0));
    ent_buf_adds(o, ",\"date\":");
    ent_buf_json_qstr(o, col(q, c0 + 1));
    ent_buf_adds(o, ",\"sentence\":");
    ent_buf_addu(o, (unsigned long long)sqlite3_column_int64(q, c0 + 2));
    ent_buf_adds(o, ",\"text\":");
    ent_buf_json_qstr(o, col(q, c0 + 3));
    ent_buf_addc(o, '}');
}

static void evidence_text(ent_buf *o, sqlite3_stmt *q, int c0, const char *indent) {
    ent_buf_printf(o, "%s%s %s s%lld: %s\n", indent, col(q, c0 + 1), col(q, c0), (long long)sqlite3_column_int64(q, c0 + 2),
                   col(q, c0 + 3));
}

/* ---- the treaties ---- */

static const char *treaty_sql(const char *party) {
    return party ? "SELECT id, parties, name, name_text, duration, duration_article, first_date, last_date FROM treaties"
                   " WHERE id IN (SELECT treaty FROM treaty_parties WHERE party = ?1) ORDER BY first_date, id"
                 : "SELECT id, parties, name, name_text, duration, duration_article, first_date, last_date FROM treaties"
                   " ORDER BY first_date, id";
}

/* The facts of one treaty: status events (distinct), merged obligations,
 * cited articles, supporting articles. */
static const char *const status_sql =
    "SELECT f.kind, f.date, f.date_uncertain, f.actor, f.reported_by, f.event_code, " EVIDENCE_COLS
    " FROM treaty_facts f JOIN articles a ON a.rowid = f.article WHERE f.treaty = ?1 AND f.fact = 'status'"
    " ORDER BY f.date_uncertain, f.date, f.kind, a.date, a.id, f.sentence";

static const char *const oblig_sql =
    "SELECT f.kind, f.actor, f.other, group_concat(f.conditions, ','), group_concat(f.help, ',') FROM treaty_facts f"
    " WHERE f.treaty = ?1 AND f.fact = 'obligation' GROUP BY f.kind, f.actor, f.other"
    " ORDER BY f.kind = 'defence' DESC, f.kind, f.actor, f.other";

static const char *const oblig_ev_sql =
    "SELECT DISTINCT " EVIDENCE_COLS " FROM treaty_facts f JOIN articles a ON a.rowid = f.article"
    " WHERE f.treaty = ?1 AND f.fact = 'obligation' AND f.kind = ?2 AND f.actor = ?3 AND f.other = ?4"
    " ORDER BY a.date, a.id, f.sentence";

static const char *const article_sql =
    "SELECT DISTINCT f.number, f.kind FROM treaty_facts f WHERE f.treaty = ?1 AND f.fact = 'article'"
    " ORDER BY CAST(f.number AS INTEGER), f.kind";

static const char *const sources_sql =
    "SELECT DISTINCT a.id, a.date, a.source FROM treaty_facts f JOIN articles a ON a.rowid = f.article"
    " WHERE f.treaty = ?1 ORDER BY a.date, a.id";

static const char *const duration_ev_sql =
    "SELECT " EVIDENCE_COLS " FROM treaty_facts f JOIN articles a ON a.rowid = f.article"
    " WHERE f.treaty = ?1 AND f.fact = 'duration' ORDER BY a.date, a.id, f.sentence LIMIT 1";

/* Unites comma lists ("a,b,,a" -> keys in `order`, each once). */
static void unite(const char *list, const char *const *order, int n, ent_buf *o, int json) {
    int first = 1;
    if (json) ent_buf_addc(o, '[');
    for (int i = 0; i < n; i++) {
        size_t l = strlen(order[i]);
        int found = 0;
        for (const char *p = list; p && *p && !found;) {
            const char *e = strchr(p, ',');
            size_t pl = e ? (size_t)(e - p) : strlen(p);
            found = pl == l && !strncmp(p, order[i], l);
            p = e ? e + 1 : NULL;
        }
        if (!found) continue;
        if (!first) ent_buf_adds(o, json ? "," : ", ");
        if (json) ent_buf_json_qstr(o, order[i]);
        else ent_buf_adds(o, order[i]);
        first = 0;
    }
    if (json) ent_buf_addc(o, ']');
}

static const char *const conds[] = {"external-aggression", "armed-attack", "war", "threat"};
static const char *const helps[] = {"military", "economic", "political", "other", "all-means"};

/* Every row of q as {"names[0]": column 0, ...} (text columns) in a JSON
 * array; finalizes q (NULL: an empty array). */
static void rows_json(ent_buf *o, sqlite3_stmt *q, const char *const *names) {
    ent_buf_addc(o, '[');
    for (int n = 0; q && sqlite3_step(q) == SQLITE_ROW; n++) {
        ent_buf_adds(o, n ? ",{" : "{");
        for (int k = 0; names[k]; k++) {
            ent_buf_printf(o, "%s\"%s\":", k ? "," : "", names[k]);
            ent_buf_json_qstr(o, col(q, k));
        }
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_addc(o, ']');
}

static sqlite3_stmt *prep(sqlite3 *db, const char *sql, int64_t treaty) {
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_int64(q, 1, treaty);
    return q;
}

/* The treaty's signing date as the store knows it ("" when never reported). */
static void signed_date(sqlite3 *db, int64_t id, char out[16]) {
    out[0] = 0;
    sqlite3_stmt *q = prep(db,
                           "SELECT date FROM treaty_facts WHERE treaty = ?1 AND fact = 'status' AND kind = 'signed'"
                           " ORDER BY date_uncertain, length(date) DESC, date LIMIT 1",
                           id);
    if (q && sqlite3_step(q) == SQLITE_ROW) snprintf(out, 16, "%s", col(q, 0));
    sqlite3_finalize(q);
}

static int obligations_json(sqlite3 *db, int64_t id, ent_buf *o) {
    sqlite3_stmt *q = prep(db, oblig_sql, id);
    if (!q) return -1;
    ent_buf_adds(o, "[");
    int n = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        if (n++) ent_buf_addc(o, ',');
        ent_buf_adds(o, "{\"type\":");
        ent_buf_json_qstr(o, col(q, 0));
        ent_buf_adds(o, ",\"from\":");
        ent_buf_json_qstr(o, col(q, 1));
        ent_buf_adds(o, ",\"to\":");
        ent_buf_json_qstr(o, col(q, 2));
        ent_buf_adds(o, ",\"conditions\":");
        unite(col(q, 3), conds, 4, o, 1);
        ent_buf_adds(o, ",\"help\":");
        unite(col(q, 4), helps, 5, o, 1);
        ent_buf_adds(o, ",\"evidence\":[");
        sqlite3_stmt *e = prep(db, oblig_ev_sql, id);
        for (int k = 0; k < 3; k++) sqlite3_bind_text(e, 2 + k, col(q, k), -1, SQLITE_TRANSIENT);
        int m = 0;
        while (e && sqlite3_step(e) == SQLITE_ROW) {
            if (m++) ent_buf_addc(o, ',');
            evidence_json(o, e, 0);
        }
        sqlite3_finalize(e);
        ent_buf_adds(o, "]}");
    }
    sqlite3_finalize(q);
    ent_buf_addc(o, ']');
    return 0;
}

static void treaty_json(sqlite3 *db, sqlite3_stmt *t, ent_buf *o) {
    int64_t id = sqlite3_column_int64(t, 0);
    ent_buf_adds(o, "{\"id\":");
    ent_buf_addu(o, (unsigned long long)id);
    ent_buf_adds(o, ",\"parties\":[");
    const char *ps = col(t, 1);
    for (const char *p = ps; *p;) {
        const char *e = strchr(p, '+');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (p != ps) ent_buf_addc(o, ',');
        ent_buf_addc(o, '"');
        ent_buf_json_str(o, p, l);
        ent_buf_addc(o, '"');
        p = e ? e + 1 : p + l;
    }
    ent_buf_adds(o, "],\"name\":");
    ent_buf_json_qstr(o, *col(t, 2) ? col(t, 2) : NULL);
    ent_buf_adds(o, ",\"name_text\":");
    ent_buf_json_qstr(o, *col(t, 3) ? col(t, 3) : NULL);
    char sd[16];
    signed_date(db, id, sd);
    ent_buf_adds(o, ",\"signed\":");
    ent_buf_json_qstr(o, sd[0] ? sd : NULL);
    ent_buf_adds(o, ",\"duration\":");
    ent_buf_json_qstr(o, *col(t, 4) ? col(t, 4) : NULL);
    ent_buf_adds(o, ",\"duration_article\":");
    ent_buf_json_qstr(o, *col(t, 5) ? col(t, 5) : NULL);
    ent_buf_adds(o, ",\"first_reported\":");
    ent_buf_json_qstr(o, col(t, 6));
    ent_buf_adds(o, ",\"last_reported\":");
    ent_buf_json_qstr(o, col(t, 7));
    ent_buf_adds(o, ",\"status\":[");
    sqlite3_stmt *q = prep(db, status_sql, id);
    int n = 0;
    while (q && sqlite3_step(q) == SQLITE_ROW) {
        if (n++) ent_buf_addc(o, ',');
        ent_buf_adds(o, "{\"kind\":");
        ent_buf_json_qstr(o, col(q, 0));
        ent_buf_adds(o, ",\"date\":");
        ent_buf_json_qstr(o, col(q, 1));
        ent_buf_adds(o, sqlite3_column_int(q, 2) ? ",\"date_uncertain\":true" : ",\"date_uncertain\":false");
        ent_buf_adds(o, ",\"actor\":");
        ent_buf_json_qstr(o, *col(q, 3) ? col(q, 3) : NULL);
        ent_buf_adds(o, ",\"reported_by\":");
        ent_buf_json_qstr(o, (const char *)sqlite3_column_text(q, 4));
        ent_buf_adds(o, ",\"event_code\":");
        ent_buf_json_qstr(o, *col(q, 5) ? col(q, 5) : NULL);
        ent_buf_adds(o, ",\"evidence\":");
        evidence_json(o, q, 6);
        ent_buf_addc(o, '}');
    }
    sqlite3_finalize(q);
    ent_buf_adds(o, "],\"obligations\":");
    obligations_json(db, id, o);
    static const char *const cited[] = {"number", "topic", NULL}, *const sources[] = {"article", "date", "outlet", NULL};
    ent_buf_adds(o, ",\"articles_cited\":");
    rows_json(o, prep(db, article_sql, id), cited);
    ent_buf_adds(o, ",\"sources\":");
    rows_json(o, prep(db, sources_sql, id), sources);
    ent_buf_addc(o, '}');
}

int ent_treaty_list_json(sqlite3 *db, const char *party, ent_buf *out, ent_err *err) {
    if (!has_tables(db, err)) return ENT_EFORMAT;
    sqlite3_stmt *t;
    if (sqlite3_prepare_v2(db, treaty_sql(party), -1, &t, NULL) != SQLITE_OK) return db_fail(db, err);
    if (party) sqlite3_bind_text(t, 1, party, -1, SQLITE_STATIC);
    ent_buf_addc(out, '[');
    int n = 0;
    while (sqlite3_step(t) == SQLITE_ROW) {
        if (n++) ent_buf_addc(out, ',');
        treaty_json(db, t, out);
    }
    sqlite3_finalize(t);
    ent_buf_adds(out, "]\n");
    return 0;
}

static void date_text(ent_buf *o, const char *d, int uncertain) {
    ent_buf_adds(o, d);
    if (uncertain) ent_buf_adds(o, " (year uncertain)");
}

static void treaty_text(sqlite3 *db, sqlite3_stmt *t, ent_buf *o) {
    int64_t id = sqlite3_column_int64(t, 0);
    ent_buf_printf(o, "treaty %lld  %s  %s", (long long)id, col(t, 1), *col(t, 2) ? col(t, 2) : "(unnamed)");
    if (*col(t, 3)) ent_buf_printf(o, " (%s)", col(t, 3));
    ent_buf_addc(o, '\n');
    if (*col(t, 4)) {
        ent_buf_printf(o, "  duration     %s", col(t, 4));
        if (*col(t, 5)) ent_buf_printf(o, " (article %s)", col(t, 5));
        ent_buf_addc(o, '\n');
        sqlite3_stmt *q = prep(db, duration_ev_sql, id);
        if (q && sqlite3_step(q) == SQLITE_ROW) evidence_text(o, q, 0, "               ");
        sqlite3_finalize(q);
    }
    sqlite3_stmt *q = prep(db, status_sql, id);
    char last[256] = "";
    while (q && sqlite3_step(q) == SQLITE_ROW) {
        /* the same act reported by several articles: one line, every report under it */
        char key[256];
        snprintf(key, sizeof key, "%s|%s|%s|%s|%s", col(q, 0), col(q, 1), col(q, 3), col(q, 4), col(q, 5));
        if (!strcmp(key, last)) {
            evidence_text(o, q, 6, "               ");
            continue;
        }
        snprintf(last, sizeof last, "%s", key);
        ent_buf_printf(o, "  %-12s ", col(q, 0));
        date_text(o, col(q, 1), sqlite3_column_int(q, 2));
        if (*col(q, 3)) ent_buf_printf(o, ", by %s", col(q, 3));
        if (sqlite3_column_type(q, 4) != SQLITE_NULL) ent_buf_printf(o, ", reported by %s", col(q, 4));
        if (*col(q, 5)) ent_buf_printf(o, " [CAMEO %s]", col(q, 5));
        ent_buf_addc(o, '\n');
        evidence_text(o, q, 6, "               ");
    }
    sqlite3_finalize(q);
    q = prep(db, oblig_sql, id);
    while (q && sqlite3_step(q) == SQLITE_ROW) {
        ent_buf_printf(o, "  obligation   %s %s -> %s", col(q, 0), col(q, 1), col(q, 2));
        if (*col(q, 3) && strspn(col(q, 3), ",") != strlen(col(q, 3))) {
            ent_buf_adds(o, "; if ");
            unite(col(q, 3), conds, 4, o, 0);
        }
        if (*col(q, 4) && strspn(col(q, 4), ",") != strlen(col(q, 4))) {
            ent_buf_adds(o, "; help ");
            unite(col(q, 4), helps, 5, o, 0);
        }
        ent_buf_addc(o, '\n');
    }
    sqlite3_finalize(q);
    q = prep(db, article_sql, id);
    while (q && sqlite3_step(q) == SQLITE_ROW) ent_buf_printf(o, "  article %-4s %s\n", col(q, 0), col(q, 1));
    sqlite3_finalize(q);
    q = prep(db, sources_sql, id);
    while (q && sqlite3_step(q) == SQLITE_ROW)
        ent_buf_printf(o, "  source       %s %s%s%s\n", col(q, 1), col(q, 0), *col(q, 2) ? " " : "", col(q, 2));
    sqlite3_finalize(q);
}

int ent_treaty_list_text(sqlite3 *db, const char *party, ent_buf *out, ent_err *err) {
    if (!has_tables(db, err)) return ENT_EFORMAT;
    sqlite3_stmt *t;
    if (sqlite3_prepare_v2(db, treaty_sql(party), -1, &t, NULL) != SQLITE_OK) return db_fail(db, err);
    if (party) sqlite3_bind_text(t, 1, party, -1, SQLITE_STATIC);
    int n = 0;
    while (sqlite3_step(t) == SQLITE_ROW) {
        if (n++) ent_buf_addc(out, '\n');
        treaty_text(db, t, out);
    }
    sqlite3_finalize(t);
    if (!n) ent_buf_printf(out, "no treaties%s%s\n", party ? " with " : "", party ? party : "");
    return 0;
}

/* ---- obligations towards a party ---- */

static const char *const towards_sql =
    "SELECT t.id, t.parties, t.name, t.duration, t.duration_article, t.first_date, f.kind, f.actor,"
    " group_concat(f.conditions, ','), group_concat(f.help, ',')"
    " FROM treaty_facts f JOIN treaties t ON t.id = f.treaty"
    " WHERE f.fact = 'obligation' AND f.other = ?1"
    " GROUP BY t.id, f.kind, f.actor ORDER BY f.kind = 'defence' DESC, f.kind, f.actor, t.id";

static int towards(sqlite3 *db, const char *attacked, int json, ent_buf *o, ent_err *err) {
    if (!has_tables(db, err)) return ENT_EFORMAT;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, towards_sql, -1, &q, NULL) != SQLITE_OK) return db_fail(db, err);
    sqlite3_bind_text(q, 1, attacked, -1, SQLITE_STATIC);
    int n = 0;
    if (json) ent_buf_addc(o, '[');
    else ent_buf_printf(o, "obligations towards %s (who is bound to help it if attacked, and how)\n", attacked);
    while (sqlite3_step(q) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        char sd[16];
        signed_date(db, id, sd);
        sqlite3_stmt *e = prep(db, oblig_ev_sql, id);
        sqlite3_bind_text(e, 2, col(q, 6), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(e, 3, col(q, 7), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(e, 4, attacked, -1, SQLITE_TRANSIENT);
        if (json) {
            if (n) ent_buf_addc(o, ',');
            ent_buf_adds(o, "{\"party\":");
            ent_buf_json_qstr(o, col(q, 7));
            ent_buf_adds(o, ",\"towards\":");
            ent_buf_json_qstr(o, attacked);
            ent_buf_adds(o, ",\"type\":");
            ent_buf_json_qstr(o, col(q, 6));
            ent_buf_adds(o, ",\"conditions\":");
            unite(col(q, 8), conds, 4, o, 1);
            ent_buf_adds(o, ",\"help\":");
            unite(col(q, 9), helps, 5, o, 1);
            ent_buf_adds(o, ",\"treaty\":{\"id\":");
            ent_buf_addu(o, (unsigned long long)id);
            ent_buf_adds(o, ",\"parties\":");
            ent_buf_json_qstr(o, col(q, 1));
            ent_buf_adds(o, ",\"name\":");
            ent_buf_json_qstr(o, *col(q, 2) ? col(q, 2) : NULL);
            ent_buf_adds(o, ",\"signed\":");
            ent_buf_json_qstr(o, sd[0] ? sd : NULL);
            ent_buf_adds(o, ",\"duration\":");
            ent_buf_json_qstr(o, *col(q, 3) ? col(q, 3) : NULL);
            ent_buf_adds(o, ",\"first_reported\":");
            ent_buf_json_qstr(o, col(q, 5));
            ent_buf_adds(o, "},\"evidence\":[");
            int m = 0;
            while (e && sqlite3_step(e) == SQLITE_ROW) {
                if (m++) ent_buf_addc(o, ',');
                evidence_json(o, e, 0);
            }
            ent_buf_adds(o, "]}");
        } else {
            ent_buf_printf(o, "%-4s %s", col(q, 7), col(q, 6));
            if (strspn(col(q, 8), ",") != strlen(col(q, 8))) {
                ent_buf_adds(o, "; if ");
                unite(col(q, 8), conds, 4, o, 0);
            }
            if (strspn(col(q, 9), ",") != strlen(col(q, 9))) {
                ent_buf_adds(o, "; help ");
                unite(col(q, 9), helps, 5, o, 0);
            }
            ent_buf_printf(o, "\n     under treaty %lld %s %s", (long long)id, col(q, 1), *col(q, 2) ? col(q, 2) : "(unnamed)");
            if (sd[0]) ent_buf_printf(o, ", signed %s%s", sd, sd[0] == '-' ? " (year uncertain)" : "");
            else ent_buf_printf(o, ", first reported %s", col(q, 5));
            if (*col(q, 3)) ent_buf_printf(o, ", in force %s%s%s", col(q, 3), *col(q, 4) ? " (article " : "", *col(q, 4) ? col(q, 4) : "");
            if (*col(q, 3) && *col(q, 4)) ent_buf_addc(o, ')');
            ent_buf_addc(o, '\n');
            while (e && sqlite3_step(e) == SQLITE_ROW) evidence_text(o, e, 0, "     evidence: ");
        }
        sqlite3_finalize(e);
        n++;
    }
    sqlite3_finalize(q);
    if (json) ent_buf_adds(o, "]\n");
    else if (!n) ent_buf_adds(o, "nobody: no stored treaty obliges a party towards it\n");
    return 0;
}

int ent_treaty_obligations_json(sqlite3 *db, const char *attacked, ent_buf *out, ent_err *err) {
    return towards(db, attacked, 1, out, err);
}

int ent_treaty_obligations_text(sqlite3 *db, const char *attacked, ent_buf *out, ent_err *err) {
    return towards(db, attacked, 0, out, err);
}

/* ---- the graph ---- */

static const char *const edges_sql =
    "SELECT f.actor, f.other, f.kind, t.id, t.name FROM treaty_facts f JOIN treaties t ON t.id = f.treaty"
    " WHERE f.fact = 'obligation' GROUP BY f.actor, f.other, f.kind, t.id ORDER BY f.actor, f.other, f.kind, t.id";

static const char *const bare_sql =
    "SELECT t.id, t.parties, t.name FROM treaties t"
    " WHERE NOT EXISTS (SELECT 1 FROM treaty_facts f WHERE f.treaty = t.id AND f.fact = 'obligation') ORDER BY t.id";

static const char *const nodes_sql = "SELECT DISTINCT party FROM treaty_parties ORDER BY party";

static const char *edge_color(const char *kind) {
    if (!strcmp(kind, "defence")) return "firebrick";
    if (!strcmp(kind, "offence")) return "darkorange";
    if (!strcmp(kind, "nonaggression")) return "seagreen";
    if (!strcmp(kind, "neutrality")) return "steelblue";
    return "gray40";
}

static void dot_id(ent_buf *o, const char *s) {
    ent_buf_addc(o, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') ent_buf_addc(o, '\\');
        ent_buf_addc(o, *s);
    }
    ent_buf_addc(o, '"');
}

static int graph(sqlite3 *db, int json, ent_buf *o, ent_err *err) {
    if (!has_tables(db, err)) return ENT_EFORMAT;
    sqlite3_stmt *n, *e, *b;
    if (sqlite3_prepare_v2(db, nodes_sql, -1, &n, NULL) != SQLITE_OK) return db_fail(db, err);
    if (sqlite3_prepare_v2(db, edges_sql, -1, &e, NULL) != SQLITE_OK) {
        sqlite3_finalize(n);
        return db_fail(db, err);
    }
    if (sqlite3_prepare_v2(db, bare_sql, -1, &b, NULL) != SQLITE_OK) {
        sqlite3_finalize(n);
        sqlite3_finalize(e);
        return db_fail(db, err);
    }
    if (json) {
        ent_buf_adds(o, "{\"nodes\":[");
        for (int k = 0; sqlite3_step(n) == SQLITE_ROW; k++) {
            if (k) ent_buf_addc(o, ',');
            ent_buf_adds(o, "{\"id\":");
            ent_buf_json_qstr(o, col(n, 0));
            ent_buf_addc(o, '}');
        }
        ent_buf_adds(o, "],\"edges\":[");
        int k = 0;
        for (; sqlite3_step(e) == SQLITE_ROW; k++) {
            if (k) ent_buf_addc(o, ',');
            ent_buf_adds(o, "{\"from\":");
            ent_buf_json_qstr(o, col(e, 0));
            ent_buf_adds(o, ",\"to\":");
            ent_buf_json_qstr(o, col(e, 1));
            ent_buf_adds(o, ",\"type\":");
            ent_buf_json_qstr(o, col(e, 2));
            ent_buf_adds(o, ",\"treaty\":");
            ent_buf_addu(o, (unsigned long long)sqlite3_column_int64(e, 3));
            ent_buf_adds(o, ",\"name\":");
            ent_buf_json_qstr(o, *col(e, 4) ? col(e, 4) : NULL);
            ent_buf_addc(o, '}');
        }
        for (; sqlite3_step(b) == SQLITE_ROW; k++) {
            if (k) ent_buf_addc(o, ',');
            const char *ps = col(b, 1), *plus = strchr(ps, '+');
            if (!plus) {
                k--;
                continue;
            }
            ent_buf_adds(o, "{\"from\":\"");
            ent_buf_json_str(o, ps, (size_t)(plus - ps));
            ent_buf_adds(o, "\",\"to\":\"");
            const char *end = strchr(plus + 1, '+');
            ent_buf_json_str(o, plus + 1, end ? (size_t)(end - plus - 1) : strlen(plus + 1));
            ent_buf_adds(o, "\",\"type\":\"treaty\",\"treaty\":");
            ent_buf_addu(o, (unsigned long long)sqlite3_column_int64(b, 0));
            ent_buf_adds(o, ",\"name\":");
            ent_buf_json_qstr(o, *col(b, 2) ? col(b, 2) : NULL);
            ent_buf_addc(o, '}');
        }
        ent_buf_adds(o, "]}\n");
    } else {
        ent_buf_adds(o, "digraph alliances {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n"
                        "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n");
        while (sqlite3_step(n) == SQLITE_ROW) {
            ent_buf_adds(o, "  ");
            dot_id(o, col(n, 0));
            ent_buf_adds(o, ";\n");
        }
        while (sqlite3_step(e) == SQLITE_ROW) {
            ent_buf_adds(o, "  ");
            dot_id(o, col(e, 0));
            ent_buf_adds(o, " -> ");
            dot_id(o, col(e, 1));
            ent_buf_printf(o, " [label=\"%s\", color=%s, fontcolor=%s];\n", col(e, 2), edge_color(col(e, 2)), edge_color(col(e, 2)));
        }
        while (sqlite3_step(b) == SQLITE_ROW) {
            /* every pair of a treaty without obligations */
            char ps[256];
            snprintf(ps, sizeof ps, "%s", col(b, 1));
            char *p[16];
            int np = 0;
            char *save = NULL;
            for (char *t = strtok_r(ps, "+", &save); t && np < 16; t = strtok_r(NULL, "+", &save)) p[np++] = t;
            for (int i = 0; i < np; i++)
                for (int j = i + 1; j < np; j++) {
                    ent_buf_adds(o, "  ");
                    dot_id(o, p[i]);
                    ent_buf_adds(o, " -> ");
                    dot_id(o, p[j]);
                    ent_buf_adds(o, " [dir=none, style=dashed, label=");
                    dot_id(o, *col(b, 2) ? col(b, 2) : "treaty");
                    ent_buf_adds(o, "];\n");
                }
        }
        ent_buf_adds(o, "}\n");
    }
    sqlite3_finalize(n);
    sqlite3_finalize(e);
    sqlite3_finalize(b);
    return 0;
}

int ent_treaty_graph_dot(sqlite3 *db, ent_buf *out, ent_err *err) { return graph(db, 0, out, err); }
int ent_treaty_graph_json(sqlite3 *db, ent_buf *out, ent_err *err) { return graph(db, 1, out, err); }

/* ---- framing ---- */

static const char *const framing_sql =
    "SELECT f.speaker, f.other, f.term, count(*) OVER (PARTITION BY f.speaker, f.other, f.term), " EVIDENCE_COLS
    " FROM framing f JOIN articles a ON a.rowid = f.article"
    " WHERE (f.speaker = ?1 AND f.other = ?2) OR (f.speaker = ?2 AND f.other = ?1)"
    " ORDER BY f.speaker = ?2, f.term, a.date, a.id, f.sentence";

static int framing(sqlite3 *db, const char *a, const char *b, int json, ent_buf *o, ent_err *err) {
    if (!has_tables(db, err)) return ENT_EFORMAT;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db, framing_sql, -1, &q, NULL) != SQLITE_OK) return db_fail(db, err);
    sqlite3_bind_text(q, 1, a, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, b, -1, SQLITE_STATIC);
    char last[64] = "";
    int n = 0, groups = 0;
    if (json) ent_buf_adds(o, "[");
    else ent_buf_printf(o, "how %s and %s name their relationship (words attributed to each side)\n", a, b);
    while (sqlite3_step(q) == SQLITE_ROW) {
        char key[64];
        snprintf(key, sizeof key, "%s>%s %s", col(q, 0), col(q, 1), col(q, 2));
        int fresh = strcmp(key, last) != 0;
        if (json) {
            if (fresh) {
                if (groups++) ent_buf_adds(o, "]},");
                ent_buf_adds(o, "{\"speaker\":");
                ent_buf_json_qstr(o, col(q, 0));
                ent_buf_adds(o, ",\"other\":");
                ent_buf_json_qstr(o, col(q, 1));
                ent_buf_adds(o, ",\"term\":");
                ent_buf_json_qstr(o, col(q, 2));
                ent_buf_adds(o, ",\"count\":");
                ent_buf_addu(o, (unsigned long long)sqlite3_column_int64(q, 3));
                ent_buf_adds(o, ",\"evidence\":[");
            } else {
                ent_buf_addc(o, ',');
            }
            evidence_json(o, q, 4);
        } else {
            if (fresh) {
                ent_buf_printf(o, "%-4s -> %-4s %-12s %lld\n", col(q, 0), col(q, 1), col(q, 2), (long long)sqlite3_column_int64(q, 3));
                groups++;
            }
            evidence_text(o, q, 4, "    ");
        }
        snprintf(last, sizeof last, "%s", key);
        n++;
    }
    sqlite3_finalize(q);
    if (json) ent_buf_adds(o, groups ? "]}]\n" : "]\n");
    else if (!n) ent_buf_adds(o, "no framing stored for this pair\n");
    return 0;
}

int ent_framing_json(sqlite3 *db, const char *a, const char *b, ent_buf *out, ent_err *err) {
    return framing(db, a, b, 1, out, err);
}

int ent_framing_text(sqlite3 *db, const char *a, const char *b, ent_buf *out, ent_err *err) {
    return framing(db, a, b, 0, out, err);
}
