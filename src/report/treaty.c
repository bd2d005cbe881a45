/* treaty.c - treaties, obligations, the alliance graph and framing as JSON
 * and text; see report.h. Obligations are merged per treaty, type and
 * direction (conditions and kinds of help united) and carry their evidence. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const conds[] = {"external-aggression", "armed-attack", "war", "threat"};
static const char *const helps[] = {"military", "economic", "political", "other", "all-means"};

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

/* Is a united list empty ("", ",,")? */
static int blank_list(const char *l) { return strspn(l, ",") == strlen(l); }

static const char *nul_if_empty(const char *s) { return *s ? s : NULL; }

static void evidence_json(ent_buf *o, const ent_store_evidence *e) {
    ent_buf_adds(o, "{\"article\":");
    ent_buf_json_qstr(o, e->article);
    ent_buf_adds(o, ",\"date\":");
    ent_buf_json_qstr(o, e->date);
    ent_buf_adds(o, ",\"sentence\":");
    ent_buf_addu(o, (unsigned long long)e->sentence);
    ent_buf_adds(o, ",\"text\":");
    ent_buf_json_qstr(o, e->text);
    ent_buf_addc(o, '}');
}

static void evidence_list_json(ent_buf *o, const ent_store_evidence *ev, size_t n) {
    ent_buf_addc(o, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) ent_buf_addc(o, ',');
        evidence_json(o, &ev[i]);
    }
    ent_buf_addc(o, ']');
}

static void evidence_text(ent_buf *o, const ent_store_evidence *e, const char *indent) {
    ent_buf_printf(o, "%s%s %s s%lld: %s\n", indent, e->date, e->article, (long long)e->sentence, e->text);
}

/* ---- the treaties ---- */

static void parties_json(ent_buf *o, const char *ps) {
    ent_buf_addc(o, '[');
    for (const char *p = ps; *p;) {
        const char *e = strchr(p, '+');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (p != ps) ent_buf_addc(o, ',');
        ent_buf_addc(o, '"');
        ent_buf_json_str(o, p, l);
        ent_buf_addc(o, '"');
        p = e ? e + 1 : p + l;
    }
    ent_buf_addc(o, ']');
}

static void status_json(ent_buf *o, const ent_store_treaty *t) {
    ent_buf_adds(o, ",\"status\":[");
    for (size_t i = 0; i < t->nstatus; i++) {
        const ent_store_tr_status *s = &t->status[i];
        ent_buf_adds(o, i ? ",{\"kind\":" : "{\"kind\":");
        ent_buf_json_qstr(o, s->kind);
        ent_buf_adds(o, ",\"date\":");
        ent_buf_json_qstr(o, s->date);
        ent_buf_adds(o, s->uncertain ? ",\"date_uncertain\":true" : ",\"date_uncertain\":false");
        ent_buf_adds(o, ",\"actor\":");
        ent_buf_json_qstr(o, nul_if_empty(s->actor));
        ent_buf_adds(o, ",\"reported_by\":");
        ent_buf_json_qstr(o, s->reported_by);
        ent_buf_adds(o, ",\"event_code\":");
        ent_buf_json_qstr(o, nul_if_empty(s->event_code));
        ent_buf_adds(o, ",\"evidence\":");
        evidence_json(o, &s->ev);
        ent_buf_addc(o, '}');
    }
    ent_buf_addc(o, ']');
}

static void obligations_json(ent_buf *o, const ent_store_treaty *t) {
    ent_buf_adds(o, ",\"obligations\":[");
    for (size_t i = 0; i < t->noblig; i++) {
        const ent_store_tr_oblig *b = &t->oblig[i];
        ent_buf_adds(o, i ? ",{\"type\":" : "{\"type\":");
        ent_buf_json_qstr(o, b->type);
        ent_buf_adds(o, ",\"from\":");
        ent_buf_json_qstr(o, b->from);
        ent_buf_adds(o, ",\"to\":");
        ent_buf_json_qstr(o, b->to);
        ent_buf_adds(o, ",\"conditions\":");
        unite(b->conditions, conds, 4, o, 1);
        ent_buf_adds(o, ",\"help\":");
        unite(b->help, helps, 5, o, 1);
        ent_buf_adds(o, ",\"evidence\":");
        evidence_list_json(o, b->ev, b->nev);
        ent_buf_addc(o, '}');
    }
    ent_buf_addc(o, ']');
}

static void cited_sources_json(ent_buf *o, const ent_store_treaty *t) {
    ent_buf_adds(o, ",\"articles_cited\":[");
    for (size_t i = 0; i < t->ncited; i++) {
        ent_buf_adds(o, i ? ",{\"number\":" : "{\"number\":");
        ent_buf_json_qstr(o, t->cited[i].number);
        ent_buf_adds(o, ",\"topic\":");
        ent_buf_json_qstr(o, t->cited[i].topic);
        ent_buf_addc(o, '}');
    }
    ent_buf_adds(o, "],\"sources\":[");
    for (size_t i = 0; i < t->nsources; i++) {
        ent_buf_adds(o, i ? ",{\"article\":" : "{\"article\":");
        ent_buf_json_qstr(o, t->sources[i].article);
        ent_buf_adds(o, ",\"date\":");
        ent_buf_json_qstr(o, t->sources[i].date);
        ent_buf_adds(o, ",\"outlet\":");
        ent_buf_json_qstr(o, t->sources[i].outlet);
        ent_buf_addc(o, '}');
    }
    ent_buf_addc(o, ']');
}

static void treaty_json(ent_buf *o, const ent_store_treaty *t) {
    ent_buf_adds(o, "{\"id\":");
    ent_buf_addu(o, (unsigned long long)t->id);
    ent_buf_adds(o, ",\"parties\":");
    parties_json(o, t->parties);
    ent_buf_adds(o, ",\"name\":");
    ent_buf_json_qstr(o, nul_if_empty(t->name));
    ent_buf_adds(o, ",\"name_text\":");
    ent_buf_json_qstr(o, nul_if_empty(t->name_text));
    ent_buf_adds(o, ",\"signed\":");
    ent_buf_json_qstr(o, nul_if_empty(t->signed_date));
    ent_buf_adds(o, ",\"duration\":");
    ent_buf_json_qstr(o, nul_if_empty(t->duration));
    ent_buf_adds(o, ",\"duration_article\":");
    ent_buf_json_qstr(o, nul_if_empty(t->duration_article));
    ent_buf_adds(o, ",\"first_reported\":");
    ent_buf_json_qstr(o, t->first_date);
    ent_buf_adds(o, ",\"last_reported\":");
    ent_buf_json_qstr(o, t->last_date);
    status_json(o, t);
    obligations_json(o, t);
    cited_sources_json(o, t);
    ent_buf_addc(o, '}');
}

int ent_report_treaties_json(ent_store *s, const char *party, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_store_treaty *t;
    size_t n;
    int rc = ent_store_treaties(s, party, &ar, &t, &n, err);
    if (!rc) {
        ent_buf_addc(o, '[');
        for (size_t i = 0; i < n; i++) {
            if (i) ent_buf_addc(o, ',');
            treaty_json(o, &t[i]);
        }
        ent_buf_adds(o, "]\n");
    }
    ent_arena_free(&ar);
    return rc;
}

static void date_text(ent_buf *o, const char *d, int uncertain) {
    ent_buf_adds(o, d);
    if (uncertain) ent_buf_adds(o, " (year uncertain)");
}

static void status_text(ent_buf *o, const ent_store_treaty *t) {
    char last[256] = "";
    for (size_t i = 0; i < t->nstatus; i++) {
        const ent_store_tr_status *s = &t->status[i];
        /* the same act reported by several articles: one line, every report under it */
        char key[256];
        snprintf(key, sizeof key, "%s|%s|%s|%s|%s", s->kind, s->date, s->actor, s->reported_by ? s->reported_by : "",
                 s->event_code);
        if (strcmp(key, last)) {
            snprintf(last, sizeof last, "%s", key);
            ent_buf_printf(o, "  %-12s ", s->kind);
            date_text(o, s->date, s->uncertain);
            if (*s->actor) ent_buf_printf(o, ", by %s", s->actor);
            if (s->reported_by) ent_buf_printf(o, ", reported by %s", s->reported_by);
            if (*s->event_code) ent_buf_printf(o, " [CAMEO %s]", s->event_code);
            ent_buf_addc(o, '\n');
        }
        evidence_text(o, &s->ev, "               ");
    }
}

static void treaty_text(ent_buf *o, const ent_store_treaty *t) {
    ent_buf_printf(o, "treaty %lld  %s  %s", (long long)t->id, t->parties, *t->name ? t->name : "(unnamed)");
    if (*t->name_text) ent_buf_printf(o, " (%s)", t->name_text);
    ent_buf_addc(o, '\n');
    if (*t->duration) {
        ent_buf_printf(o, "  duration     %s", t->duration);
        if (*t->duration_article) ent_buf_printf(o, " (article %s)", t->duration_article);
        ent_buf_addc(o, '\n');
        if (t->has_duration_ev) evidence_text(o, &t->duration_ev, "               ");
    }
    status_text(o, t);
    for (size_t i = 0; i < t->noblig; i++) {
        const ent_store_tr_oblig *b = &t->oblig[i];
        ent_buf_printf(o, "  obligation   %s %s -> %s", b->type, b->from, b->to);
        if (*b->conditions && !blank_list(b->conditions)) {
            ent_buf_adds(o, "; if ");
            unite(b->conditions, conds, 4, o, 0);
        }
        if (*b->help && !blank_list(b->help)) {
            ent_buf_adds(o, "; help ");
            unite(b->help, helps, 5, o, 0);
        }
        ent_buf_addc(o, '\n');
    }
    for (size_t i = 0; i < t->ncited; i++) ent_buf_printf(o, "  article %-4s %s\n", t->cited[i].number, t->cited[i].topic);
    for (size_t i = 0; i < t->nsources; i++) {
        const ent_store_tr_source *s = &t->sources[i];
        ent_buf_printf(o, "  source       %s %s%s%s\n", s->date, s->article, *s->outlet ? " " : "", s->outlet);
    }
}

int ent_report_treaties_text(ent_store *s, const char *party, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_store_treaty *t;
    size_t n;
    int rc = ent_store_treaties(s, party, &ar, &t, &n, err);
    for (size_t i = 0; !rc && i < n; i++) {
        if (i) ent_buf_addc(o, '\n');
        treaty_text(o, &t[i]);
    }
    if (!rc && !n) ent_buf_printf(o, "no treaties%s%s\n", party ? " with " : "", party ? party : "");
    ent_arena_free(&ar);
    return rc;
}

/* ---- obligations towards a party ---- */

static void duty_json(ent_buf *o, const ent_store_duty *d, const char *attacked) {
    ent_buf_adds(o, "{\"party\":");
    ent_buf_json_qstr(o, d->party);
    ent_buf_adds(o, ",\"towards\":");
    ent_buf_json_qstr(o, attacked);
    ent_buf_adds(o, ",\"type\":");
    ent_buf_json_qstr(o, d->type);
    ent_buf_adds(o, ",\"conditions\":");
    unite(d->conditions, conds, 4, o, 1);
    ent_buf_adds(o, ",\"help\":");
    unite(d->help, helps, 5, o, 1);
    ent_buf_adds(o, ",\"treaty\":{\"id\":");
    ent_buf_addu(o, (unsigned long long)d->treaty);
    ent_buf_adds(o, ",\"parties\":");
    ent_buf_json_qstr(o, d->parties);
    ent_buf_adds(o, ",\"name\":");
    ent_buf_json_qstr(o, nul_if_empty(d->name));
    ent_buf_adds(o, ",\"signed\":");
    ent_buf_json_qstr(o, nul_if_empty(d->signed_date));
    ent_buf_adds(o, ",\"duration\":");
    ent_buf_json_qstr(o, nul_if_empty(d->duration));
    ent_buf_adds(o, ",\"first_reported\":");
    ent_buf_json_qstr(o, d->first_date);
    ent_buf_adds(o, "},\"evidence\":");
    evidence_list_json(o, d->ev, d->nev);
    ent_buf_addc(o, '}');
}

static void duty_text(ent_buf *o, const ent_store_duty *d) {
    ent_buf_printf(o, "%-4s %s", d->party, d->type);
    if (!blank_list(d->conditions)) {
        ent_buf_adds(o, "; if ");
        unite(d->conditions, conds, 4, o, 0);
    }
    if (!blank_list(d->help)) {
        ent_buf_adds(o, "; help ");
        unite(d->help, helps, 5, o, 0);
    }
    ent_buf_printf(o, "\n     under treaty %lld %s %s", (long long)d->treaty, d->parties, *d->name ? d->name : "(unnamed)");
    const char *sd = d->signed_date;
    if (*sd) ent_buf_printf(o, ", signed %s%s", sd, sd[0] == '-' ? " (year uncertain)" : "");
    else ent_buf_printf(o, ", first reported %s", d->first_date);
    if (*d->duration) {
        ent_buf_printf(o, ", in force %s", d->duration);
        if (*d->duration_article) ent_buf_printf(o, " (article %s)", d->duration_article);
    }
    ent_buf_addc(o, '\n');
    for (size_t i = 0; i < d->nev; i++) evidence_text(o, &d->ev[i], "     evidence: ");
}

static int towards(ent_store *s, const char *attacked, int json, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_store_duty *d;
    size_t n;
    int rc = ent_store_obligations(s, attacked, &ar, &d, &n, err);
    if (!rc) {
        if (json) ent_buf_addc(o, '[');
        else ent_buf_printf(o, "obligations towards %s (who is bound to help it if attacked, and how)\n", attacked);
        for (size_t i = 0; i < n; i++) {
            if (json && i) ent_buf_addc(o, ',');
            if (json) duty_json(o, &d[i], attacked);
            else duty_text(o, &d[i]);
        }
        if (json) ent_buf_adds(o, "]\n");
        else if (!n) ent_buf_adds(o, "nobody: no stored treaty obliges a party towards it\n");
    }
    ent_arena_free(&ar);
    return rc;
}

int ent_report_obligations_json(ent_store *s, const char *attacked, ent_buf *out, ent_err *err) {
    return towards(s, attacked, 1, out, err);
}

int ent_report_obligations_text(ent_store *s, const char *attacked, ent_buf *out, ent_err *err) {
    return towards(s, attacked, 0, out, err);
}

/* ---- the graph ---- */

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

static void graph_json(ent_buf *o, const ent_store_graph *g) {
    ent_buf_adds(o, "{\"nodes\":[");
    for (size_t k = 0; k < g->nnodes; k++) {
        ent_buf_adds(o, k ? ",{\"id\":" : "{\"id\":");
        ent_buf_json_qstr(o, g->nodes[k]);
        ent_buf_addc(o, '}');
    }
    ent_buf_adds(o, "],\"edges\":[");
    size_t k = 0;
    for (size_t i = 0; i < g->nedges; i++, k++) {
        const ent_store_edge *e = &g->edges[i];
        ent_buf_adds(o, k ? ",{\"from\":" : "{\"from\":");
        ent_buf_json_qstr(o, e->from);
        ent_buf_adds(o, ",\"to\":");
        ent_buf_json_qstr(o, e->to);
        ent_buf_adds(o, ",\"type\":");
        ent_buf_json_qstr(o, e->type);
        ent_buf_adds(o, ",\"treaty\":");
        ent_buf_addu(o, (unsigned long long)e->treaty);
        ent_buf_adds(o, ",\"name\":");
        ent_buf_json_qstr(o, nul_if_empty(e->name));
        ent_buf_addc(o, '}');
    }
    for (size_t i = 0; i < g->nbare; i++) {
        const char *ps = g->bare[i].parties, *plus = strchr(ps, '+');
        if (!plus) continue;
        ent_buf_adds(o, k++ ? ",{\"from\":\"" : "{\"from\":\"");
        ent_buf_json_str(o, ps, (size_t)(plus - ps));
        ent_buf_adds(o, "\",\"to\":\"");
        const char *end = strchr(plus + 1, '+');
        ent_buf_json_str(o, plus + 1, end ? (size_t)(end - plus - 1) : strlen(plus + 1));
        ent_buf_adds(o, "\",\"type\":\"treaty\",\"treaty\":");
        ent_buf_addu(o, (unsigned long long)g->bare[i].treaty);
        ent_buf_adds(o, ",\"name\":");
        ent_buf_json_qstr(o, nul_if_empty(g->bare[i].name));
        ent_buf_addc(o, '}');
    }
    ent_buf_adds(o, "]}\n");
}

/* Every pair of a treaty without obligations, as dashed undirected edges. */
static void bare_dot(ent_buf *o, const ent_store_bare_treaty *b) {
    char ps[256];
    snprintf(ps, sizeof ps, "%s", b->parties);
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
            dot_id(o, *b->name ? b->name : "treaty");
            ent_buf_adds(o, "];\n");
        }
}

static void graph_dot(ent_buf *o, const ent_store_graph *g) {
    ent_buf_adds(o, "digraph alliances {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n"
                    "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n");
    for (size_t i = 0; i < g->nnodes; i++) {
        ent_buf_adds(o, "  ");
        dot_id(o, g->nodes[i]);
        ent_buf_adds(o, ";\n");
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const ent_store_edge *e = &g->edges[i];
        ent_buf_adds(o, "  ");
        dot_id(o, e->from);
        ent_buf_adds(o, " -> ");
        dot_id(o, e->to);
        ent_buf_printf(o, " [label=\"%s\", color=%s, fontcolor=%s];\n", e->type, edge_color(e->type), edge_color(e->type));
    }
    for (size_t i = 0; i < g->nbare; i++) bare_dot(o, &g->bare[i]);
    ent_buf_adds(o, "}\n");
}

static int graph(ent_store *s, int json, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_store_graph g;
    int rc = ent_store_graph_get(s, &ar, &g, err);
    if (!rc && json) graph_json(o, &g);
    else if (!rc) graph_dot(o, &g);
    ent_arena_free(&ar);
    return rc;
}

int ent_report_graph_dot(ent_store *s, ent_buf *out, ent_err *err) { return graph(s, 0, out, err); }
int ent_report_graph_json(ent_store *s, ent_buf *out, ent_err *err) { return graph(s, 1, out, err); }

/* ---- framing ---- */

static void framing_rows(ent_buf *o, const char *a, const char *b, const ent_store_framing *f, size_t n, int json) {
    char last[64] = "";
    int groups = 0;
    if (json) ent_buf_adds(o, "[");
    else ent_buf_printf(o, "how %s and %s name their relationship (words attributed to each side)\n", a, b);
    for (size_t i = 0; i < n; i++) {
        char key[64];
        snprintf(key, sizeof key, "%s>%s %s", f[i].speaker, f[i].other, f[i].term);
        int fresh = strcmp(key, last) != 0;
        if (json && fresh) {
            if (groups++) ent_buf_adds(o, "]},");
            ent_buf_adds(o, "{\"speaker\":");
            ent_buf_json_qstr(o, f[i].speaker);
            ent_buf_adds(o, ",\"other\":");
            ent_buf_json_qstr(o, f[i].other);
            ent_buf_adds(o, ",\"term\":");
            ent_buf_json_qstr(o, f[i].term);
            ent_buf_adds(o, ",\"count\":");
            ent_buf_addu(o, (unsigned long long)f[i].count);
            ent_buf_adds(o, ",\"evidence\":[");
        } else if (json) {
            ent_buf_addc(o, ',');
        } else if (fresh) {
            ent_buf_printf(o, "%-4s -> %-4s %-12s %lld\n", f[i].speaker, f[i].other, f[i].term, (long long)f[i].count);
            groups++;
        }
        if (json) evidence_json(o, &f[i].ev);
        else evidence_text(o, &f[i].ev, "    ");
        snprintf(last, sizeof last, "%s", key);
    }
    if (json) ent_buf_adds(o, groups ? "]}]\n" : "]\n");
    else if (!n) ent_buf_adds(o, "no framing stored for this pair\n");
}

static int framing(ent_store *s, const char *a, const char *b, int json, ent_buf *o, ent_err *err) {
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_store_framing *f;
    size_t n;
    int rc = ent_store_framing_get(s, a, b, &ar, &f, &n, err);
    if (!rc) framing_rows(o, a, b, f, n, json);
    ent_arena_free(&ar);
    return rc;
}

int ent_report_framing_json(ent_store *s, const char *a, const char *b, ent_buf *out, ent_err *err) {
    return framing(s, a, b, 1, out, err);
}

int ent_report_framing_text(ent_store *s, const char *a, const char *b, ent_buf *out, ent_err *err) {
    return framing(s, a, b, 0, out, err);
}
