/* coder.c - see coder.h. */
#define _POSIX_C_SOURCE 200809L
#include "coder.h"

#include "../text/when.h"

#include "../base/strmap.h"
#include "../text/hun.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HIST 32
#define MAX_GROUP 8

/* ---- article context for coreference ---- */

typedef struct ref {
    char code[40];
    const char *name, *entry;
    uint8_t person;    /* a person or a government role: a "leader" */
} ref;

typedef struct group {
    ref r[MAX_GROUP];
    int n;
} group;

struct ent_coder {
    ent_text *t;
    ent_dict *d;
    ent_verbs *v;
    const ent_codebook *cb;
    ent_hun *hun;
    ent_buf *trace;
    ent_strmap words;      /* "lang\x1fclass\x1fword" -> 1 ; coref "lang\x1fcoref\x1fword" -> type */
    char report_entry[2][48]; /* evidence of a speaker's statement: data/grammar.txt:N (en, hu) */
    ref hist[MAX_HIST];    /* actors named so far, newest last */
    int nhist;
    group last_src;        /* the source(s) of the last event */
    ref ev_pair[2];        /* source and target of the last event between two countries */
    int has_ev_pair;
    ent_coded_sentence *last;   /* the article coded last (in its arena) */
    size_t nlast;
};

enum { CO_NONE = 0, CO_LEADER, CO_STATE, CO_PARTY, CO_SELF, CO_THEY, CO_OTHER, CO_TWO, CO_OBJ, CO_OBJS };

static void trace(ent_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace(ent_coder *c, const char *fmt, ...) {
    if (!c->trace) return;
    char b[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b, sizeof b, fmt, ap);
    va_end(ap);
    ent_buf_adds(c->trace, b);
    ent_buf_addc(c->trace, '\n');
}

static void load_words(ent_coder *c, const char *data_dir) {
    char path[1200];
    snprintf(path, sizeof path, "%s/grammar.txt", data_dir);
    FILE *f = fopen(path, "r");
    char line[1024], key[256];
    long ln = 0;
    if (f) {
        while (fgets(line, sizeof line, f)) {
            ln++;
            if (line[0] == '#') continue;
            char *save = NULL, *lang = strtok_r(line, " \t\r\n", &save), *cls = strtok_r(NULL, " \t\r\n", &save);
            if (!lang || !cls) continue;
            if (!strcmp(cls, "report") && (!strcmp(lang, "en") || !strcmp(lang, "hu")))
                snprintf(c->report_entry[!strcmp(lang, "hu")], sizeof c->report_entry[0], "data/grammar.txt:%ld", ln);
            for (char *w = strtok_r(NULL, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) {
                snprintf(key, sizeof key, "%s\x1f%s\x1f%s", lang, cls, w);
                *ent_strmap_put(&c->words, key) = 1;
            }
        }
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/coref.txt", data_dir);
    f = fopen(path, "r");
    if (!f) return;
    static const char *types[] = {"", "leader", "state", "party", "self", "they", "other", "two", "obj", "objs"};
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char lang[8], w[64], ty[16];
        if (sscanf(line, "%7s %63s %15s", lang, w, ty) != 3) continue;
        for (uint32_t k = 1; k < sizeof types / sizeof *types; k++)
            if (!strcmp(ty, types[k])) {
                snprintf(key, sizeof key, "%s\x1f" "coref\x1f%s", lang, w);
                *ent_strmap_put(&c->words, key) = k;
            }
    }
    fclose(f);
}

/* "lang\x1fclass\x1fword" without printf: this runs for every token */
static size_t word_key(char *key, size_t cap, const char *a, const char *b, const char *w) {
    size_t la = strlen(a), lb = strlen(b), lw = strlen(w);
    if (la + lb + lw + 3 > cap) return 0;
    memcpy(key, a, la);
    key[la] = '\x1f';
    memcpy(key + la + 1, b, lb);
    key[la + 1 + lb] = '\x1f';
    memcpy(key + la + lb + 2, w, lw + 1);
    return la + lb + lw + 2;
}

static int is_word(const ent_coder *c, const char *lang, const char *cls, const char *w) {
    char key[256];
    return word_key(key, sizeof key, lang, cls, w) && ent_strmap_get(&c->words, key) != 0;
}

static int coref_type(const ent_coder *c, const char *lang, const char *w) {
    char key[256];
    return word_key(key, sizeof key, lang, "coref", w) ? (int)ent_strmap_get(&c->words, key) : 0;
}

ent_coder *ent_coder_new(ent_text *t, ent_dict *d, ent_verbs *v, const ent_codebook *cb, const char *data_dir) {
    ent_coder *c = ent_xcalloc(1, sizeof *c);
    c->t = t;
    c->d = d;
    c->v = v;
    c->cb = cb;
    c->hun = ent_dict_hun(d);   /* borrowed: one Hunspell per thread */
    ent_strmap_init(&c->words);
    load_words(c, data_dir ? data_dir : ent_data_dir());
    return c;
}

void ent_coder_free(ent_coder *c) {
    if (!c) return;
    ent_strmap_free(&c->words);
    free(c);
}

void ent_coder_set_trace(ent_coder *c, ent_buf *trace) { c->trace = trace; }

void ent_code_split(const char *code, char country[4], char role[8]) {
    country[0] = role[0] = 0;
    size_t n = strlen(code);
    if (n < 3 || code[0] == '~') {
        if (code[0] == '~') snprintf(role, 8, "%.7s", code + 1);
        return;
    }
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3) || !strncmp(code, "MNC", 3))
        return;
    memcpy(country, code, 3);
    country[3] = 0;
    if (n >= 6) snprintf(role, 8, "%.3s", code + 3);
}

/* ---- per-sentence state ---- */

typedef struct actor {
    uint32_t ts, te;       /* tokens */
    char code[40];
    const char *name, *entry;
    char tag[6];           /* case tag ("" nominative/unmarked) */
    int group;             /* compound group id */
    uint8_t after_prep;    /* en: a preposition right before it */
    const char *prep;      /* that preposition */
    uint8_t postp;         /* hu: a postposition right after it */
    const char *postp_w;
    uint8_t possessor;     /* hu: possessor of the next noun */
    uint8_t coref;         /* resolved from context */
    uint8_t other;         /* "the other": the partner of each source */
    uint8_t person;
    uint8_t weak;          /* hu: the agent of a participle ("Kijev által előterjesztett javaslatot"): a target only when no other is */
    const ent_vpat *mediates;  /* hu: "X közvetítésével": X's mediation (the 045 pattern of its verb) */
} actor;

typedef struct sent {
    const ent_article *a;
    const char *lang;
    int hu;
    ent_token *tok;
    size_t n;
    int *clause;
    uint8_t *report, *used;
    const ent_hun_info **hun;   /* n * 4 */
    int *nhun;
    ent_mention *m;
    size_t nm;
    actor *act;
    size_t nact;
    int rep;                    /* has a reporter: 1 "according to X", "X szerint"; 2 a closing or opening "X said" */
    uint32_t rep_s, rep_e;
    char rep_code[40];
    const ent_entry *rep_entry; /* the dictionary entry of the speaker, if an actor */
    int ntrig;                  /* triggers found (for explain) */
} sent;

static const char *norm(const sent *s, size_t k) { return s->tok[k].norm; }

static int tok_is(const ent_coder *c, const sent *s, size_t k, const char *cls) {
    return k < s->n && is_word(c, s->lang, cls, norm(s, k));
}

static int hun_has_lemma(const sent *s, size_t k, const char *lemma, int pos) {
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * 4 + i];
        if ((pos < 0 || h->pos == pos) && h->lemma && !strcmp(h->lemma, lemma)) return 1;
    }
    return 0;
}

static const ent_hun_info *hun_verb(const sent *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (s->hun[k * 4 + i]->pos == ENT_HUN_VERB) return s->hun[k * 4 + i];
    return NULL;
}

static int hun_has_participle(const sent *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (s->hun[k * 4 + i]->participle) return 1;
    return 0;
}

static int is_dash(const ent_token *t, const char *text) {
    size_t l = t->end - t->start;
    const char *p = text + t->start;
    return (l == 3 && (!memcmp(p, "\xE2\x80\x93", 3) || !memcmp(p, "\xE2\x80\x94", 3))) || (l == 1 && *p == '-') ||
           (l == 2 && !memcmp(p, "--", 2));
}

static void cut_clauses(ent_coder *c, sent *s) {
    int cid = 0;
    for (size_t k = 0; k < s->n; k++) {
        if (k > 0) {
            const ent_token *p = &s->tok[k - 1];
            int b = 0;
            if (p->kind == ENT_TOK_PUNCT) {
                size_t l = p->end - p->start;
                char ch = l == 1 ? s->a->text[p->start] : 0;
                if (ch == ';' || ch == ':' || ch == '(' || ch == ')' || is_dash(p, s->a->text)) b = 1;
                if (ch == ',' && tok_is(c, s, k, "sub")) b = 1;
            }
            /* "thanked the soldiers for fighting ... and invited Kim": a
             * second past-tense verb starts a clause (whose subject is the
             * first clause's) */
            if (!s->hu && (!strcmp(p->norm, "and") || !strcmp(p->norm, "but")) && s->tok[k].kind == ENT_TOK_WORD &&
                !s->tok[k].upper) {
                size_t l = strlen(norm(s, k));
                if (l >= 5 && !strcmp(norm(s, k) + l - 2, "ed")) b = 1;
            }
            if (b) cid++;
        }
        s->clause[k] = cid;
    }
}

/* ---- reporting ---- */

static int report_verb(const ent_coder *c, const sent *s, size_t k) {
    if (tok_is(c, s, k, "report") && (s->hu || !s->tok[k].upper || k == 0)) return 1;
    if (!s->hu) return 0;
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * 4 + i];
        if (h->pos == ENT_HUN_VERB && h->lemma && is_word(c, "hu", "report", h->lemma)) return 1;
    }
    return 0;
}

static int mention_at(const sent *s, size_t k) {
    for (size_t i = 0; i < s->nm; i++)
        if (s->m[i].tok_start <= k && k < s->m[i].tok_end) return (int)i;
    return -1;
}

static void set_reporter(sent *s, size_t from, size_t to) {
    /* the speaker span: a mention in [from,to) if any, else the words */
    while (from < to && s->tok[from].kind == ENT_TOK_PUNCT) from++;
    while (to > from && s->tok[to - 1].kind == ENT_TOK_PUNCT) to--;
    if (from >= to) return;
    s->rep = 1;
    s->rep_s = s->tok[from].start;
    s->rep_e = s->tok[to - 1].end;
    s->rep_code[0] = 0;
    s->rep_entry = NULL;
    for (size_t k = from; k < to; k++) {
        int mi = mention_at(s, k);
        if (mi >= 0 && !s->m[mi].location && s->m[mi].entry) {
            snprintf(s->rep_code, sizeof s->rep_code, "%s", s->m[mi].code);
            s->rep_entry = s->m[mi].entry;
            break;
        }
    }
}

static void find_reporter(ent_coder *c, sent *s) {
    size_t n = s->n;
    int last_clause = n ? s->clause[n - 1] : 0;
    for (size_t k = 0; k + 1 < n; k++) {
        /* according to X */
        if (!strcmp(norm(s, k), "according") && !strcmp(norm(s, k + 1), "to")) {
            size_t e = k + 2;
            while (e < n && s->clause[e] == s->clause[k] && s->tok[e].kind != ENT_TOK_PUNCT) e++;
            set_reporter(s, k + 2, e);
            for (size_t j = k; j < e; j++) s->report[j] = 1;
            if (s->rep) s->rep = 1;
            if (k > 0 && s->tok[k - 1].kind == ENT_TOK_PUNCT) s->report[k - 1] = 1;
            return;
        }
    }
    for (size_t k = 1; s->hu && k < n; k++) {
        /* X (kutatása|jelentése|...) szerint */
        if (!strcmp(norm(s, k), "szerint")) {
            size_t b = k;
            if (b > 0 && s->tok[b - 1].kind == ENT_TOK_WORD && !s->tok[b - 1].upper && mention_at(s, b - 1) < 0) b--;
            size_t e = b;
            while (b > 0 && s->tok[b - 1].kind == ENT_TOK_WORD &&
                   (s->tok[b - 1].upper || mention_at(s, b - 1) >= 0) && !tok_is(c, s, b - 1, "article"))
                b--;
            if (b == e) continue;
            set_reporter(s, b, e);
            size_t from = b;
            while (from > 0 && tok_is(c, s, from - 1, "article")) from--;
            for (size_t j = from; j <= k; j++) s->report[j] = 1;
            return;
        }
    }
    /* a closing reporting clause: ", Interfax reported." / "— közölte az Interfax." */
    if (last_clause > 0 || (n && s->tok[n - 1].kind == ENT_TOK_PUNCT)) {
        size_t b = n;
        while (b > 0 && s->clause[b - 1] == last_clause) b--;
        /* English: the last comma-separated part */
        if (!s->hu || last_clause == 0) {
            size_t cb = n;
            while (cb > 0 && !(s->tok[cb - 1].kind == ENT_TOK_PUNCT && s->a->text[s->tok[cb - 1].start] == ',' &&
                               s->tok[cb - 1].end - s->tok[cb - 1].start == 1))
                cb--;
            if (cb > 0 && cb > b) b = cb;
        }
        if (b > 0 && b < n) {
            size_t e = n;
            while (e > b && s->tok[e - 1].kind == ENT_TOK_PUNCT) e--;
            size_t words = 0, rv = (size_t)-1;
            for (size_t k = b; k < e; k++) {
                if (s->tok[k].kind != ENT_TOK_WORD) continue;
                words++;
                if (rv == (size_t)-1 && report_verb(c, s, k)) rv = k;
            }
            if (rv != (size_t)-1 && words <= 8) {
                /* the speaker: the words other than the verb (and its preverb) */
                size_t sp_from = b, sp_to = e;
                if (rv == b || (rv == b + 1 && s->tok[b].kind == ENT_TOK_PUNCT)) {
                    sp_from = rv + 1;
                    while (sp_from < e && (tok_is(c, s, sp_from, "article") || (s->hu && hun_verb(s, sp_from) == NULL &&
                                                                               s->nhun[sp_from] && s->hun[sp_from * 4]->pos == ENT_HUN_PREVERB)))
                        sp_from++;
                } else {
                    sp_to = rv;
                    while (sp_from < sp_to && tok_is(c, s, sp_from, "article")) sp_from++;
                }
                if (sp_from < sp_to) {
                    set_reporter(s, sp_from, sp_to);
                    if (s->rep) s->rep = 2;
                    for (size_t j = b > 0 ? b - 1 : b; j < n; j++) s->report[j] = 1;
                    return;
                }
            }
        }
    }
    /* English: "X said (that) ..." at the start of the sentence */
    if (!s->hu) {
        for (size_t k = 1; k + 1 < n && k < 10; k++) {
            if (!report_verb(c, s, k) || s->clause[k] != 0) continue;
            size_t from = 0;
            while (from < k && tok_is(c, s, from, "article")) from++;
            if (from >= k) break;
            int all = 1;
            for (size_t j = from; j < k; j++)
                if (s->tok[j].kind == ENT_TOK_PUNCT) all = 0;
            if (!all) break;
            /* "Seoul said Pyongyang sent troops": Seoul reports. But in "Modi
             * said ties with China improved" Modi speaks about China: the
             * statement is the event, coded by its say pattern. */
            int reported_clause = 0;
            for (size_t j = k + 1; j < n && !reported_clause; j++) {
                int mi = mention_at(s, j);
                if (mi < 0 || !s->m[mi].entry || s->m[mi].location) continue;
                for (size_t v = s->m[mi].tok_end; v < n && v < s->m[mi].tok_end + 4; v++) {
                    size_t np = 0;
                    ent_verbs_find(c->v, "en", s->tok[v].stem, &np);
                    const char *irr = ent_verbs_irregular(c->v, norm(s, v));
                    if (!np && irr) ent_verbs_find(c->v, "en", irr, &np);
                    if (np && !report_verb(c, s, v)) reported_clause = 1;
                }
            }
            if (!reported_clause) break;
            set_reporter(s, from, k);
            if (s->rep) s->rep = 2;
            size_t upto = k + 1;
            if (upto < n && !strcmp(norm(s, upto), "that")) upto++;
            for (size_t j = 0; j < upto; j++) s->report[j] = 1;
            return;
        }
    }
}

/* ---- actors of the sentence ---- */

static int hun_poss_noun(const sent *s, size_t k, char tag[6]) {
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * 4 + i];
        if (h->poss && (h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_PROPER)) {
            snprintf(tag, 6, "%s", h->tag);
            return 1;
        }
    }
    return 0;
}

static int locative(const char *tag) {
    return !strcmp(tag, "INE") || !strcmp(tag, "SUP") || !strcmp(tag, "ADE") || !strcmp(tag, "ILL") ||
           !strcmp(tag, "ELA") || !strcmp(tag, "TER");
}

/* The case of the noun a Hungarian adjective of nationality modifies: "az
 * amerikai termékekre" (SUB), "az ukrán hadifoglyokat" (ACC), "a japán tenger
 * gyümölcsei behozatalát" (ACC, through a possessive chain), "az orosz
 * olajvállalat ellen" (postposition). Returns 1 with the tag, or with *postp
 * set to the postposition; 0 when the head is nominative or not found. */
static int hu_head_case(const ent_coder *c, const sent *s, size_t from, char tag[6], const char **postp) {
    int seen_noun = 0;
    *postp = NULL;
    for (size_t j = from; j < s->n && j < from + 5 && s->clause[j] == s->clause[from]; j++) {
        if (seen_noun && s->tok[j].kind == ENT_TOK_PUNCT && s->a->text[s->tok[j].start] == ',') {
            /* "a két legnagyobb orosz olajvállalat, a Rosznyefty és a Lukoil
             * ellen": an apposition of names before the postposition */
            for (size_t q = j + 1; q < s->n && q < j + 10 && s->clause[q] == s->clause[j]; q++) {
                if (tok_is(c, s, q, "postp")) {
                    *postp = norm(s, q);
                    return 1;
                }
                if (!(s->tok[q].kind == ENT_TOK_WORD && (s->tok[q].upper || tok_is(c, s, q, "article") || tok_is(c, s, q, "coord"))) &&
                    !(s->tok[q].kind == ENT_TOK_PUNCT && s->a->text[s->tok[q].start] == ','))
                    return 0;
            }
            return 0;
        }
        if (s->tok[j].kind != ENT_TOK_WORD || !s->nhun[j]) return 0;
        int mi = mention_at(s, j);
        if (mi >= 0 && s->m[mi].entry && !s->m[mi].location) return 0;
        const ent_hun_info *noun = NULL;
        int verb_only = 1, adj = 0;
        for (int i = 0; i < s->nhun[j]; i++) {
            const ent_hun_info *h = s->hun[j * 4 + i];
            if (h->pos != ENT_HUN_VERB || h->participle) verb_only = 0;
            if ((h->pos == ENT_HUN_ADJ && !h->tag[0]) || !strcmp(h->tag, "ADJ")) {   /* állami: állam + -i */
                adj = 1;
                continue;
            }
            if ((h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_PROPER) && (!noun || (h->tag[0] && !noun->tag[0]))) noun = h;
        }
        if (verb_only || tok_is(c, s, j, "article")) return 0;
        if (!noun || (adj && !noun->tag[0] && !noun->poss)) continue;   /* another adjective ("állami"), a participle or a number */
        if (seen_noun && !noun->poss) return 0;
        if (noun->tag[0]) {
            static const char *cases[] = {"ACC", "DAT", "INS", "SUB", "ALL", "ABL", "DEL", "ILL", "ELA", "INE",
                                          "SUP", "ADE", "TER", "CAU", "TRA", "ESS", "FOR", NULL};
            int is_case = 0;
            for (int q = 0; cases[q]; q++) is_case |= !strcmp(noun->tag, cases[q]);
            if (!is_case) return 0;
            /* "az ukrán hadifoglyokkal szembeni bánásmód": the noun phrase
             * modifies another noun; the adjective is no argument */
            size_t l;
            if (j + 1 < s->n && tok_is(c, s, j + 1, "postp") && (l = strlen(norm(s, j + 1))) > 1 && norm(s, j + 1)[l - 1] == 'i') {
                snprintf(tag, 6, "MOD");
                return 1;
            }
            snprintf(tag, 6, "%s", noun->tag);
            return 1;
        }
        if (j + 1 < s->n && tok_is(c, s, j + 1, "postp")) {
            *postp = norm(s, j + 1);
            return 1;
        }
        seen_noun = 1;
    }
    return 0;
}

static void add_actor(sent *s, ent_arena *ar, const actor *a) {
    (void)ar;
    s->act[s->nact++] = *a;
}

static void push_hist(ent_coder *c, const char *code, const char *name, const char *entry, int person) {
    if (c->nhist == MAX_HIST) {
        memmove(c->hist, c->hist + 1, (MAX_HIST - 1) * sizeof *c->hist);
        c->nhist--;
    }
    ref *r = &c->hist[c->nhist++];
    snprintf(r->code, sizeof r->code, "%s", code);
    r->name = name;
    r->entry = entry;
    r->person = (uint8_t)person;
}

static int is_leader(const ref *r) {
    size_t l = strlen(r->code);
    return r->person || (l >= 6 && !strcmp(r->code + 3, "GOV"));
}

/* The last two distinct actors of the wanted type, named before token k of
 * this sentence or in earlier sentences. */
static int recent_pair(ent_coder *c, const sent *s, size_t before, int type, ref out[2]) {
    ref pool[MAX_HIST + 64];
    int np = 0;
    for (int i = 0; i < c->nhist; i++) pool[np++] = c->hist[i];
    for (size_t i = 0; i < s->nm && np < MAX_HIST + 64; i++) {
        const ent_mention *m = &s->m[i];
        if (m->tok_start >= before || m->location || !m->entry) continue;
        ref *r = &pool[np++];
        snprintf(r->code, sizeof r->code, "%s", m->code);
        r->name = m->entry->name;
        r->entry = m->entry->source;
        r->person = m->entry->kind == ENT_K_PERSON || (m->agent && !strcmp(m->agent->code, "~GOV"));
    }
    int n = 0;
    /* "Putin met Kim, hours after both watched the parade alongside Xi. The
     * two leaders held talks": the two who last acted on each other, not
     * the last two named */
    if (c->has_ev_pair) {
        for (int i = 0; i < 2; i++) {
            ref r = c->ev_pair[i];
            if (type == CO_LEADER && !is_leader(&r)) break;
            if (type == CO_STATE) {
                char c3[4], role[8];
                ent_code_split(r.code, c3, role);
                snprintf(r.code, sizeof r.code, "%s", c3);
            }
            out[n++] = r;
        }
        if (n == 2) return 2;
        n = 0;
    }
    for (int i = np - 1; i >= 0 && n < 2; i--) {
        ref r = pool[i];
        if (type == CO_LEADER && !is_leader(&r)) continue;
        if (type == CO_STATE) {
            char c3[4], role[8];
            ent_code_split(r.code, c3, role);
            if (!c3[0]) continue;
            snprintf(r.code, sizeof r.code, "%s", c3);
        }
        int dup = 0;
        for (int j = 0; j < n; j++)
            if (!strncmp(out[j].code, r.code, 3)) dup = 1;
        if (!dup) out[n++] = r;
    }
    return n;
}

static void build_actors(ent_coder *c, sent *s, ent_arena *ar) {
    s->act = ent_arena_alloc(ar, (s->nm + s->n + 1) * sizeof *s->act);
    s->nact = 0;
    /* the country of the first place named: "protesters in Belgrade" are
     * Serbian protesters */
    const ent_mention *place = NULL;
    for (size_t i = 0; i < s->nm && !place; i++)
        if (s->m[i].location && strlen(s->m[i].code) == 3) place = &s->m[i];
    /* with no place named, people that a country's police, courts or
     * security service act on are that country's ("Iranian police opened
     * fire on protesters") */
    const char *home = place ? place->code : NULL;
    for (size_t i = 0; i < s->nm && !home; i++) {
        const ent_mention *m = &s->m[i];
        size_t l = strlen(m->code);
        if (m->entry && m->agent && !m->location && l == 6 && m->code[0] != '~' &&
            (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "JUD") || !strcmp(m->code + 3, "SPY")))
            home = m->code;
    }
    for (size_t i = 0; i < s->nm; i++) {
        const ent_mention *m = &s->m[i];
        if (s->report[m->tok_start]) continue;
        /* not soldiers and weapons: "troops in Ukraine" are seldom Ukrainian */
        if (!m->entry && m->agent && home && m->agent->code[0] == '~' && strncmp(m->agent->code + 1, "MIL", 3) &&
            strncmp(m->agent->code + 1, "UAF", 3) && !coref_type(c, s->lang, norm(s, m->tok_end - 1)) &&
            (place || (strcmp(m->agent->code + 1, "COP") && strcmp(m->agent->code + 1, "JUD") && strcmp(m->agent->code + 1, "SPY") &&
                       strcmp(m->agent->code + 1, "GOV")))) {
            actor a;
            memset(&a, 0, sizeof a);
            a.ts = m->tok_start;
            a.te = m->tok_end;
            snprintf(a.code, sizeof a.code, "%.3s%.8s", home, m->agent->code + 1);
            /* "South Korea's National Intelligence Service": the possessor's */
            for (size_t q = 0; q < i; q++) {
                if (s->m[q].tok_end > m->tok_start || m->tok_start - s->m[q].tok_end > 2 || strcmp(s->m[q].tag, "GEN") ||
                    !s->m[q].entry || s->m[q].agent || strlen(s->m[q].code) != 3 || s->m[q].code[0] == '~')
                    continue;
                int name = 1;   /* "South Korea's National Intelligence Service" */
                for (uint32_t g = s->m[q].tok_end; g < m->tok_start; g++) name &= s->tok[g].kind == ENT_TOK_WORD && s->tok[g].upper;
                if (name) snprintf(a.code, sizeof a.code, "%.3s%.8s", s->m[q].code, m->agent->code + 1);
            }
            a.name = m->agent->name;
            a.entry = m->agent->source;
            snprintf(a.tag, sizeof a.tag, "%s", !strcmp(m->tag, "PL") || !strcmp(m->tag, "POSS") ? "" : m->tag);
            if (a.ts > 0 && tok_is(c, s, a.ts - 1, "prep")) a.after_prep = 1, a.prep = norm(s, a.ts - 1);
            add_actor(s, ar, &a);
            continue;
        }
        char htag[6] = "";
        const char *hpostp = NULL;
        int adj_head = s->hu && m->entry && m->entry->kind == ENT_K_ADJ && !m->agent && !m->tag[0] &&
                       hu_head_case(c, s, m->tok_end, htag, &hpostp);
        /* "az amerikai termékekre": an adjective of place (-i) names an
         * actor when its noun is the object of the act */
        if (adj_head && m->location && !hpostp && strcmp(htag, "ACC") && strcmp(htag, "DAT") && strcmp(htag, "INS") &&
            strcmp(htag, "SUB") && strcmp(htag, "ALL"))
            adj_head = 0;
        if (!m->entry || (m->location && !adj_head)) continue;
        actor a;
        memset(&a, 0, sizeof a);
        a.ts = m->tok_start;
        a.te = m->tok_end;
        snprintf(a.code, sizeof a.code, "%s", m->code);
        a.name = m->entry->name;
        a.entry = m->entry->source;
        snprintf(a.tag, sizeof a.tag, "%s", !strcmp(m->tag, "PL") || !strcmp(m->tag, "POSS") ? "" : m->tag);
        a.person = m->entry->kind == ENT_K_PERSON;
        /* "Franciaország újabb ötszáz katonát vezényelt": a country name and
         * a role noun in a case that does not say whose (not "katonáit") are
         * the subject and its object: the country alone is the actor */
        if (s->hu && m->agent && m->entry->kind == ENT_K_COUNTRY && m->tag[0] && !adj_head) {
            char tg[6];
            if (!hun_poss_noun(s, m->tok_end - 1, tg)) {
                uint32_t e = a.ts + 1;
                while (e < a.te - 1 && s->tok[e].upper) e++;
                a.te = e;
                snprintf(a.code, sizeof a.code, "%s", m->entry->code);
                a.tag[0] = 0;
                add_actor(s, ar, &a);
                continue;
            }
        }
        if (a.ts > 0 && tok_is(c, s, a.ts - 1, "prep")) {
            a.after_prep = 1;
            a.prep = norm(s, a.ts - 1);
        } else if (a.ts > 1 && tok_is(c, s, a.ts - 1, "article") && tok_is(c, s, a.ts - 2, "prep")) {
            a.after_prep = 1;
            a.prep = norm(s, a.ts - 2);
        } else if (!s->hu && a.ts > 2 && s->tok[a.ts - 1].kind == ENT_TOK_WORD && !s->tok[a.ts - 1].upper &&
                   tok_is(c, s, a.ts - 2, "article") && tok_is(c, s, a.ts - 3, "targetp") && !tok_is(c, s, a.ts - 1, "prep") &&
                   !tok_is(c, s, a.ts - 1, "coord")) {
            a.after_prep = 1;   /* "with a visiting Ukrainian delegation" */
            a.prep = norm(s, a.ts - 3);
        }
        if (s->hu && a.te < s->n && (tok_is(c, s, a.te, "postp") || tok_is(c, s, a.te, "between"))) {
            a.postp = 1;
            a.postp_w = norm(s, a.te);
        }
        if (adj_head) {
            if (hpostp) a.postp = 1, a.postp_w = hpostp;
            else snprintf(a.tag, sizeof a.tag, "%s", htag);
            if (m->location) snprintf(a.code, sizeof a.code, "%.3s", m->code);
        }
        /* "Palesztina államot", "Szerbia kormányát"? an actor followed by a
         * word for a state takes that word's case */
        if (s->hu && !a.tag[0] && a.te < s->n && s->nhun[a.te]) {
            for (int i = 0; i < s->nhun[a.te]; i++) {
                const ent_hun_info *h = s->hun[a.te * 4 + i];
                if (h->stem && coref_type(c, "hu", h->stem) == CO_STATE && h->tag[0] && !h->poss)
                    snprintf(a.tag, sizeof a.tag, "%s", h->tag);
            }
        }
        /* "a Kijev és európai szövetségesei által előterjesztett javaslatot":
         * the agent of a participle belongs to the noun phrase it modifies */
        if (s->hu && !a.tag[0] && !a.postp) {
            for (uint32_t k = a.te; k < s->n && k < a.te + 5 && s->clause[k] == s->clause[a.ts] && s->tok[k].kind == ENT_TOK_WORD; k++) {
                if (!strcmp(norm(s, k), "által")) {
                    char tg[6];
                    const char *pp;
                    if (hu_head_case(c, s, k + 1, tg, &pp)) {
                        if (pp) a.postp = 1, a.postp_w = pp;
                        else snprintf(a.tag, sizeof a.tag, "%s", tg);
                        a.weak = 1;
                    }
                    break;
                }
                int mk = mention_at(s, k);
                if ((mk >= 0 && !s->m[mk].location && k != a.te) || (hun_verb(s, k) && !hun_has_participle(s, k))) break;
            }
        }
        /* Hungarian possessor: "Kína katonai parádéján" (nominative + possessed noun) */
        if (s->hu && !a.tag[0]) {
            for (uint32_t k = a.te; k < s->n && k < a.te + 3 && s->tok[k].kind == ENT_TOK_WORD; k++) {
                char tg[6];
                int mk = mention_at(s, k);
                if (mk >= 0 && !s->m[mk].location) break;
                /* "Izrael kivonta csapatait": the verb ends the phrase; an
                 * attributive participle does not ("a hírszerzés feltételezett
                 * szabotázsakciói miatt") */
                if (hun_verb(s, k)) {
                    int attr = 0;
                    for (int i = 0; i < s->nhun[k]; i++) attr |= s->hun[k * 4 + i]->participle;
                    if (attr && (k + 1 >= s->n || s->tok[k + 1].kind != ENT_TOK_WORD || hun_verb(s, k + 1) || s->clause[k + 1] != s->clause[k]))
                        attr = 0;
                    if (!attr) break;
                    continue;
                }
                if (hun_poss_noun(s, k, tg)) {
                    a.possessor = 1;
                    if (!tg[0] && k + 1 < s->n && tok_is(c, s, k + 1, "postp")) {
                        a.postp = 1;
                        a.postp_w = norm(s, k + 1);
                        a.possessor = 0;
                        break;
                    }
                    /* the possessor of an object is the target: "elítélte
                     * Észak-Korea kísérletét" (condemned North Korea's test) */
                    /* but a sentence-initial name before its own object is
                     * the subject: "Hszi Csin-ping részvétét fejezte ki"
                     * (Xi expressed his condolences) */
                    int initial = 1;
                    for (uint32_t q = 0; q < a.ts && initial; q++)
                        if (s->clause[q] == s->clause[a.ts] && s->tok[q].kind == ENT_TOK_WORD && !tok_is(c, s, q, "article")) initial = 0;
                    if (initial && a.person && !strcmp(tg, "ACC")) {
                        a.possessor = 0;
                        break;
                    }
                    if (!strcmp(tg, "ACC") || !strcmp(tg, "DAT") || !strcmp(tg, "INS") || !strcmp(tg, "SUB") ||
                        !strcmp(tg, "ALL"))
                        snprintf(a.tag, sizeof a.tag, "%s", tg), a.possessor = 0;

                    break;
                }
            }
        }
        /* "Donald Trump közvetítésével" (through Trump's mediation): a
         * go-between, not the partner */
        if (s->hu && a.te < s->n)
            for (int i = 0; i < s->nhun[a.te]; i++) {
                const ent_hun_info *h = s->hun[a.te * 4 + i];
                if (h->poss && h->stem && !strcmp(h->tag, "INS") && is_word(c, "hu", "via", h->stem)) {
                    snprintf(a.tag, sizeof a.tag, "MOD");
                    a.possessor = 0;
                    size_t np;
                    const ent_vpat *const *ps = ent_verbs_find(c->v, "hu", h->stem, &np);
                    for (size_t q = 0; q < np; q++)
                        if (!strcmp(ps[q]->code, "045") && !ps[q]->ngroups) a.mediates = ps[q];
                }
            }
        add_actor(s, ar, &a);
    }
    /* coreference: "the two leaders", "mindkét ország", "az országok", "ők", "a másiknak" */
    for (size_t k = 0; k < s->n; k++) {
        if (s->tok[k].kind != ENT_TOK_WORD || s->report[k] || mention_at(s, k) >= 0) {
            /* a bare role noun ("a két vezető") is a mention with no entry */
            int mi = mention_at(s, k);
            if (mi < 0 || s->m[mi].entry || (size_t)s->m[mi].tok_start != k) continue;
        }
        const char *w = norm(s, k);
        char tag[6] = "";
        int ty = coref_type(c, s->lang, w);
        if (!ty && s->hu) {
            for (int i = 0; i < s->nhun[k] && !ty; i++) {
                const ent_hun_info *h = s->hun[k * 4 + i];
                if (h->stem && (ty = coref_type(c, "hu", h->stem))) snprintf(tag, sizeof tag, "%s", h->tag);
            }
        }
        if (!ty || ty == CO_TWO) continue;
        /* "the United States would strike it": "it" after the clause's own
         * subject is an object, referring to someone else */
        if ((ty == CO_SELF || ty == CO_THEY) && (!strcmp(w, "it") || !strcmp(w, "them")) && k > 0 &&
            !tok_is(c, s, k - 1, "report") && !tok_is(c, s, k - 1, "coord") && strcmp(norm(s, k - 1), "that") &&
            s->tok[k - 1].kind == ENT_TOK_WORD) {
            for (size_t i = 0; i < s->nact; i++)
                if (s->act[i].ts < k && s->clause[s->act[i].ts] == s->clause[k] && !s->act[i].after_prep && !s->act[i].coref) {
                    ty = ty == CO_SELF ? CO_OBJ : CO_OBJS;
                    break;
                }
        }
        if (ty == CO_OBJ || ty == CO_OBJS) {
            /* an earlier actor of the sentence, outside this clause's subject */
            const char *subj0 = NULL;
            for (size_t i = 0; i < s->nact; i++)
                if (s->act[i].ts < k && s->clause[s->act[i].ts] == s->clause[k] && !s->act[i].after_prep) subj0 = s->act[i].code;
            int found = 0;
            for (size_t i = s->nact; i-- > 0 && !found;) {
                const actor *b0 = &s->act[i];
                if (b0->coref || b0->ts >= k || (subj0 && !strcmp(b0->code, subj0))) continue;
                actor b;
                memset(&b, 0, sizeof b);
                b.ts = (uint32_t)k;
                b.te = (uint32_t)k + 1;
                b.coref = 1;
                snprintf(b.code, sizeof b.code, "%s", b0->code);
                b.name = b0->name;
                b.entry = b0->entry;
                snprintf(b.tag, sizeof b.tag, "%s", s->hu ? tag : "");
                add_actor(s, ar, &b);
                found = 1;
            }
            if (found) continue;
            /* "Kim welcomed him": the actor who acted before, not this
             * clause's subject */
            const char *subj = NULL;
            for (size_t i = 0; i < s->nact; i++)
                if (s->act[i].ts < k && s->clause[s->act[i].ts] == s->clause[k] && !s->act[i].after_prep) subj = s->act[i].code;
            for (int g = 0; g < c->last_src.n; g++) {
                if (subj && !strcmp(subj, c->last_src.r[g].code)) continue;
                actor b;
                memset(&b, 0, sizeof b);
                b.ts = (uint32_t)k;
                b.te = (uint32_t)k + 1;
                b.coref = 1;
                snprintf(b.tag, sizeof b.tag, "%s", s->hu ? tag : "");
                snprintf(b.code, sizeof b.code, "%s", c->last_src.r[g].code);
                b.name = c->last_src.r[g].name;
                b.entry = c->last_src.r[g].entry;
                add_actor(s, ar, &b);
                if (ty == CO_OBJ) break;
            }
            continue;
        }
        int pair = k > 0 && coref_type(c, s->lang, norm(s, k - 1)) == CO_TWO;
        if (!pair && k > 1 && coref_type(c, s->lang, norm(s, k - 1)) == CO_NONE && coref_type(c, s->lang, norm(s, k - 2)) == CO_TWO &&
            s->tok[k - 1].kind == ENT_TOK_WORD)
            pair = 1;   /* "a két szövetséges ország", "the two neighbouring countries" */
        int hu_plural = 0;   /* "a vezetők", not "vezetőnek" (-nek is no plural) */
        for (int i = 0; s->hu && i < s->nhun[k]; i++) hu_plural |= s->hun[k * 4 + i]->plural;
        if (s->hu && !s->nhun[k]) hu_plural = strlen(w) > 2 && w[strlen(w) - 1] == 'k';
        int plural_noun = (ty == CO_LEADER || ty == CO_STATE || ty == CO_PARTY) && !pair &&
                          (s->hu ? hu_plural : w[strlen(w) - 1] == 's');
        actor a;
        memset(&a, 0, sizeof a);
        a.ts = (uint32_t)(pair ? k - 1 : k);
        while (a.ts > 0 && (coref_type(c, s->lang, norm(s, a.ts - 1)) == CO_TWO || tok_is(c, s, a.ts - 1, "article"))) a.ts--;
        a.te = (uint32_t)k + 1;
        snprintf(a.tag, sizeof a.tag, "%s", tag);
        a.coref = 1;
        if (ty == CO_OTHER) {
            a.other = 1;
            snprintf(a.code, sizeof a.code, "~OTHER");
            add_actor(s, ar, &a);
            continue;
        }
        if (ty == CO_SELF || ty == CO_THEY) {
            /* "Trump said he would ...": an antecedent in the same sentence first */
            int found = 0;
            for (size_t i = s->nact; i-- > 0 && !found;) {
                const actor *b0 = &s->act[i];
                if (b0->coref || b0->ts >= k || b0->after_prep || (s->hu && b0->tag[0])) continue;
                actor b = a;
                snprintf(b.code, sizeof b.code, "%s", b0->code);
                b.name = b0->name;
                b.entry = b0->entry;
                add_actor(s, ar, &b);
                found = 1;
            }
            if (found) continue;
            /* "Iran said it would ...": the speaker */
            if (s->rep && s->rep_entry && s->rep_code[0]) {
                actor b = a;
                snprintf(b.code, sizeof b.code, "%s", s->rep_code);
                b.name = s->rep_entry->name;
                b.entry = s->rep_entry->source;
                add_actor(s, ar, &b);
                continue;
            }
            if (!c->last_src.n) continue;
            for (int g = 0; g < c->last_src.n; g++) {
                actor b = a;
                snprintf(b.code, sizeof b.code, "%s", c->last_src.r[g].code);
                b.name = c->last_src.r[g].name;
                b.entry = c->last_src.r[g].entry;
                b.group = -2;   /* joined below */
                add_actor(s, ar, &b);
            }
            continue;
        }
        if (!pair && !plural_noun) continue;
        ref r[2];
        if (recent_pair(c, s, a.ts, ty == CO_PARTY ? CO_STATE : ty, r) < 2) continue;
        trace(c, "  coreference: \"%.*s\" -> %s and %s", (int)(s->tok[k].end - s->tok[a.ts].start),
              s->a->text + s->tok[a.ts].start, r[0].code, r[1].code);
        for (int g = 0; g < 2; g++) {
            actor b = a;
            snprintf(b.code, sizeof b.code, "%.39s", r[g].code);
            b.name = r[g].name;
            b.entry = r[g].entry;
            b.person = r[g].person;
            add_actor(s, ar, &b);
        }
    }
    /* sort by position (insertion sort: few actors) */
    for (size_t i = 1; i < s->nact; i++)
        for (size_t j = i; j > 0 && s->act[j - 1].ts > s->act[j].ts; j--) {
            actor t = s->act[j];
            s->act[j] = s->act[j - 1];
            s->act[j - 1] = t;
        }
    /* compound groups: members joined by and/és/commas, same span for corefs */
    int gid = 0;
    for (size_t i = 0; i < s->nact; i++) {
        if (i > 0 && s->act[i].ts == s->act[i - 1].ts && s->act[i].coref && s->act[i - 1].coref) {
            s->act[i].group = s->act[i - 1].group;
            continue;
        }
        int joined = 0;
        if (i > 0) {
            uint32_t a = s->act[i - 1].te, b = s->act[i].ts;
            joined = b > a && b - a <= 3 && s->clause[a] == s->clause[b];
            for (uint32_t k = a; joined && k < b; k++)   /* "Japan and the Philippines" */
                joined = tok_is(c, s, k, "coord") || tok_is(c, s, k, "article") ||
                         (s->tok[k].kind == ENT_TOK_PUNCT && s->a->text[s->tok[k].start] == ',');
            if (joined) {   /* an article alone does not join two actors */
                int has_coord = 0;
                for (uint32_t k = a; k < b; k++) has_coord |= !tok_is(c, s, k, "article");
                joined = has_coord;
            }
            if (joined && s->hu && strcmp(s->act[i - 1].tag, s->act[i].tag) && s->act[i - 1].tag[0]) joined = 0;
        }
        s->act[i].group = joined ? s->act[i - 1].group : ++gid;
    }
    /* in Hungarian a compound takes its case from its last member: "Moszkva és Phenjan közötti" */
    for (size_t i = s->nact; i-- > 1;)
        if (s->act[i - 1].group == s->act[i].group) {
            if (!s->act[i - 1].tag[0]) memcpy(s->act[i - 1].tag, s->act[i].tag, sizeof s->act[i].tag);
            s->act[i - 1].postp |= s->act[i].postp;
            if (!s->act[i - 1].postp_w) s->act[i - 1].postp_w = s->act[i].postp_w;
            s->act[i - 1].possessor |= s->act[i].possessor;
        }
}

/* ---- triggers ---- */

typedef struct trig {
    const ent_vpat *p;
    size_t k;            /* trigger token */
    size_t k2;           /* separated preverb token, or (size_t)-1 */
} trig;

static int group_match(const ent_coder *c, const sent *s, size_t k, const ent_vgroup *g, size_t *at) {
    (void)c;
    int cl = s->clause[k];
    for (size_t j = 0; j < s->n; j++) {
        if (j == k || s->clause[j] != cl || s->report[j] || s->tok[j].kind != ENT_TOK_WORD) continue;
        for (int a = 0; a < g->n; a++) {
            const char *alt = g->alt[a];
            const char *sp = strchr(alt, ' ');
            if (sp) {   /* a multi-word alternative: compare word by word */
                size_t jj = j;
                const char *p = alt;
                int ok = 1;
                while (*p && ok) {
                    size_t wl = strcspn(p, " ");
                    if (jj >= s->n || strlen(norm(s, jj)) < wl || strncmp(norm(s, jj), p, wl)) ok = 0;
                    p += wl;
                    while (*p == ' ') p++;
                    jj++;
                }
                if (ok) return *at = j, 1;
                continue;
            }
            if (!s->hu) {
                const char *w = norm(s, j), *st = s->tok[j].stem, *gs = g->stem[a];
                if ((w[0] == alt[0] && !strcmp(w, alt)) || (gs && st[0] == gs[0] && !strcmp(st, gs))) return *at = j, 1;
            } else {
                size_t l = strlen(alt);
                if (!strncmp(norm(s, j), alt, l)) return *at = j, 1;
                if (hun_has_lemma(s, j, alt, -1)) return *at = j, 1;
            }
        }
    }
    return 0;
}

static int lits_match(const sent *s, size_t k, const ent_vpat *p) {
    size_t pos = k;
    for (int i = 0; i < p->nlits; i++) {
        size_t j = pos + 1, lim = pos + 5;
        while (j < s->n && j < lim && s->clause[j] == s->clause[k] && strcmp(norm(s, j), p->lits[i])) j++;
        if (j >= s->n || j >= lim || s->clause[j] != s->clause[k]) return 0;
        pos = j;
    }
    return 1;
}

/* English passive: a form of "be" shortly before a participle */
static int passive(const ent_coder *c, const sent *s, size_t k) {
    if (s->hu) return 0;
    const char *w = norm(s, k);
    size_t l = strlen(w);
    int participle = (l > 3 && !strcmp(w + l - 2, "ed")) || (l > 3 && !strcmp(w + l - 2, "en")) ||
                     (ent_verbs_irregular(c->v, w) && strcmp(w, ent_verbs_irregular(c->v, w)));
    if (!participle) return 0;
    for (size_t j = k; j > 0 && j + 4 > k; j--) {
        if (s->clause[j - 1] != s->clause[k]) break;
        if (tok_is(c, s, j - 1, "be")) return 1;
    }
    return 0;
}

/* first actor group index with tokens inside the clause and predicate */
typedef int (*actor_pred)(const ent_coder *c, const sent *s, const actor *a, const void *ud);

static int pick_group(const sent *s, int group, int *out, int max) {
    int n = 0;
    for (size_t i = 0; i < s->nact && n < max; i++)
        if (s->act[i].group == group) out[n++] = (int)i;
    return n;
}

/* "Pakistan's cricket team arrived": the possessor of a noun that names
 * no actor is not the subject */
static int subject_ok_en(const actor *a) { return !a->after_prep && strcmp(a->tag, "GEN"); }

static int hu_nominative(const actor *a) {
    return !a->tag[0] && !a->possessor && !a->postp && !a->other;
}

static int hu_target_case(const actor *a) {
    return !strcmp(a->tag, "ACC") || !strcmp(a->tag, "DAT") || !strcmp(a->tag, "INS") || !strcmp(a->tag, "SUB") ||
           !strcmp(a->tag, "ALL") || (a->postp && a->postp_w && strcmp(a->postp_w, "között") && strcmp(a->postp_w, "közötti"));
}

static int governs_complement(const char *code);

/* Finds the source and target groups of trigger t. Returns 1 if a dyad (or
 * a symmetric group) was found. */
static int roles(ent_coder *c, sent *s, const trig *t, int *src, int *ns, int *tgt, int *nt, int *pairwise) {
    const ent_vpat *p = t->p;
    size_t k = t->k;
    int cl = s->clause[k];
    *ns = *nt = 0;
    *pairwise = 0;
    int sg = -1, tg = -1;
    if (!s->hu) {
        int pas = !p->noun && passive(c, s, k);
        if (pas) {
            /* was attacked by X: X is the source, the subject the target */
            for (size_t i = 0; i < s->nact; i++) {
                const actor *a = &s->act[i];
                if (s->clause[a->ts] != cl) continue;
                if (a->ts < k && !a->after_prep) tg = a->group;
                if (a->ts > k && a->prep && !strcmp(a->prep, "by") && sg < 0) sg = a->group;
            }
            /* "shells have been supplied to Russia by Pyongyang": no actor
             * subject, the target is the pattern's prepositional object */
            for (size_t i = 0; i < s->nact && tg < 0; i++) {
                const actor *a = &s->act[i];
                if (s->clause[a->ts] == cl && a->ts > k && a->prep && strcmp(a->prep, "by") &&
                    (p->target != 2 || !strcmp(a->prep, p->target_prep)) && tok_is(c, s, a->ts - 1, "targetp"))
                    tg = a->group;
            }
        } else {
            /* the source: the nearest subject-like actor before the trigger */
            for (size_t i = 0; i < s->nact; i++) {
                const actor *a = &s->act[i];
                if (a->ts >= k || s->clause[a->ts] != cl || a->other) continue;
                if (p->noun && a->prep && strcmp(a->prep, "by")) continue;
                if (subject_ok_en(a) || (!strcmp(a->tag, "GEN") && a->te == k) || (p->noun && !strcmp(s->tok[a->te - 1].norm + strlen(norm(s, a->te - 1)) - (strlen(norm(s, a->te - 1)) > 2 ? 2 : 0), "'s")))
                    sg = a->group;
            }
            /* "between X and Y" / noun trigger with "by X" */
            for (size_t i = 0; i < s->nact && sg < 0; i++) {
                const actor *a = &s->act[i];
                if (a->ts <= k || s->clause[a->ts] != cl) continue;
                if (a->prep && (!strcmp(a->prep, "between") || (p->noun && !strcmp(a->prep, "by")))) {
                    sg = a->group;
                    if (!strcmp(a->prep, "between")) *pairwise = 1;
                }
            }
            /* earlier clauses of the sentence: "X met Y, and signed ..." */
            if (sg < 0) {
                for (int ccl = cl - 1; ccl >= 0 && sg < 0; ccl--)
                    for (size_t i = 0; i < s->nact; i++) {
                        const actor *a = &s->act[i];
                        if (s->clause[a->ts] == ccl && !a->after_prep && a->ts < k) {
                            sg = a->group;
                            break;
                        }
                    }
            }
            /* the target: a direct object close to the verb, or the object of
             * the pattern's preposition; a noun trigger takes only the latter
             * ("a visit ... toward China" names no target) */
            for (size_t i = 0; i < s->nact && tg < 0; i++) {
                const actor *a = &s->act[i];
                if (a->ts <= k || s->clause[a->ts] != cl || (sg >= 0 && a->group == sg)) continue;
                if (p->target == 2) {
                    if (a->prep && !strcmp(a->prep, p->target_prep)) tg = a->group;
                } else if (p->noun) {
                    if (a->prep && (!strcmp(a->prep, "with") || !strcmp(a->prep, "between"))) tg = a->group;
                } else if (a->ts > k + 7 && strncmp(p->code, "13", 2) &&
                           !(a->after_prep && tok_is(c, s, a->ts - 1, "targetp") && a->ts <= k + 14)) {
                    continue;   /* a threat may name its target far off ("threatened to use force to annihilate X") */
                } else if (p->target == 1) {
                    if (!a->after_prep) tg = a->group;
                } else if (!a->after_prep || tok_is(c, s, a->ts - 1, "targetp") ||
                           (a->ts > 1 && tok_is(c, s, a->ts - 2, "targetp"))) {
                    tg = a->group;
                }
                if (a->other) tg = a->group;
            }
            /* "condemned the deepening cooperation between Russia and North
             * Korea": what is criticised or demanded is between them */
            for (size_t i = 0; i < s->nact && tg < 0 && governs_complement(p->code); i++) {
                const actor *a = &s->act[i];
                if (a->ts > k && s->clause[a->ts] == cl && a->prep && !strcmp(a->prep, "between") && (sg < 0 || a->group != sg))
                    tg = a->group;
            }
        }
    } else {
        /* Hungarian: case marks the role */
        int best = -1;
        size_t bestd = (size_t)-1;
        for (size_t i = 0; i < s->nact; i++) {
            const actor *a = &s->act[i];
            if (s->clause[a->ts] != cl || !hu_nominative(a)) continue;
            if (a->postp && a->postp_w && (!strcmp(a->postp_w, "között") || !strcmp(a->postp_w, "közötti"))) continue;
            size_t d = a->ts < k ? k - a->ts : (a->ts - k) * 2;   /* prefer before the verb */
            if (d < bestd) bestd = d, best = a->group;
        }
        sg = best;
        /* "X Phenjanba érkezett, ahol Kimmel tárgyalt": a dropped subject is
         * the subject of an earlier clause of the sentence */
        for (int ccl = cl - 1; sg < 0 && ccl >= 0; ccl--)
            for (size_t i = 0; i < s->nact && sg < 0; i++) {
                const actor *a = &s->act[i];
                if (s->clause[a->ts] == ccl && hu_nominative(a) && !a->coref && a->ts < k) sg = a->group;
            }
        /* "X és Y között": both, pairwise */
        if (sg < 0)
            for (size_t i = 0; i < s->nact; i++) {
                const actor *a = &s->act[i];
                if (s->clause[a->ts] == cl && a->postp_w && (!strcmp(a->postp_w, "között") || !strcmp(a->postp_w, "közötti"))) {
                    sg = a->group;
                    *pairwise = 1;
                    break;
                }
            }
        for (size_t i = 0; i < s->nact && tg < 0; i++) {
            const actor *a = &s->act[i];
            if (s->clause[a->ts] != cl || (sg >= 0 && a->group == sg)) continue;
            if (p->target == 3) {
                if (!strcmp(a->tag, p->target_case) || (a->other && !strcmp(a->tag, p->target_case))) tg = a->group;
            } else if (p->target == 4) {
                if (a->postp_w && !strcmp(a->postp_w, p->target_prep)) tg = a->group;
            } else if (p->noun) {
                if (!strcmp(a->tag, "INS") || a->other) tg = a->group;
            } else if (hu_target_case(a) || a->other) {
                /* "a szerb határ közelében őrizetbe vett három szíriai
                 * embercsempészt": a place near which it happens is a target
                 * only when no one else is */
                if (((a->postp_w && is_word(c, "hu", "placep", a->postp_w)) || a->weak) && !a->other) {
                    int better = 0;
                    for (size_t q = i + 1; q < s->nact && !better; q++)
                        better = s->clause[s->act[q].ts] == cl && s->act[q].tag[0] && hu_target_case(&s->act[q]) &&
                                 (sg < 0 || s->act[q].group != sg);
                    if (better) continue;
                }
                tg = a->group;
            }
        }
        /* "magyarázatot követelt Moszkvától", "kért Németországtól" */
        for (size_t i = 0; i < s->nact && tg < 0 && !p->target; i++) {
            const actor *a = &s->act[i];
            if (s->clause[a->ts] == cl && (sg < 0 || a->group != sg) && (!strcmp(a->tag, "ABL") || !strcmp(a->tag, "DEL")))
                tg = a->group;
        }
    }
    /* demands, appeals, accusations, rejections, threats: the target may be
     * the subject of the that-clause ("követelte, hogy Moszkva adja vissza") */
    if (tg < 0 && (!strncmp(p->code, "02", 2) || !strncmp(p->code, "10", 2) || !strncmp(p->code, "11", 2) ||
                   !strncmp(p->code, "12", 2) || !strncmp(p->code, "13", 2))) {
        size_t j = k + 1;
        while (j < s->n && s->clause[j] == cl) j++;
        if (j < s->n && (!strcmp(norm(s, j), "hogy") || !strcmp(norm(s, j), "that"))) {
            for (size_t i = 0; i < s->nact && tg < 0; i++) {
                const actor *a = &s->act[i];
                if (s->clause[a->ts] == s->clause[j] && (sg < 0 || a->group != sg) && !a->other) tg = a->group;
            }
        }
    }
    /* a dropped or pronoun subject: the last source */
    if (sg < 0 && c->last_src.n) {
        int finite = 1;
        if (s->hu) {
            const ent_hun_info *h = hun_verb(s, k);
            if (h && (h->infinitive || h->participle)) finite = 0;
        }
        if (finite && (s->hu || k == 0 || tok_is(c, s, k - 1, "coord") || p->noun == 0)) {
            /* English: only a verb after "and", "also", "then" ... lacks its
             * subject; "This narrative suggests" has one, not an actor */
            static const char *fw[] = {"and", "also", "then", "later", "but", "had", "has", "have", "was", "were", "not",
                                       "n't", "would", "will", "subsequently", "had", "he", "she", "it", "they", NULL};
            int has_subject_word = 0;
            for (size_t j = 0; j < k && !s->hu; j++) {
                if (s->clause[j] != cl || s->tok[j].kind != ENT_TOK_WORD) continue;
                int f = 0;
                for (int q = 0; fw[q]; q++) f |= !strcmp(norm(s, j), fw[q]);
                if (!f && mention_at(s, j) < 0) has_subject_word = 1;
            }
            if (!has_subject_word) {
                sg = -2;   /* from context */
                trace(c, "  no subject in the clause: the last source (%s%s) acts", c->last_src.r[0].code,
                      c->last_src.n > 1 ? ", ..." : "");
            }
        }
    }
    if (sg >= 0) *ns = pick_group(s, sg, src, MAX_GROUP);
    else if (sg == -2) *ns = -1;
    if (tg >= 0) *nt = pick_group(s, tg, tgt, MAX_GROUP);
    return 1;
}

/* ---- negation, mood, location, date ---- */

static int negated(const ent_coder *c, const sent *s, const trig *t) {
    size_t k = t->k2 != (size_t)-1 && t->k2 < t->k ? t->k2 : t->k;
    for (size_t j = k; j > 0 && j + 4 > k; j--) {
        if (s->clause[j - 1] != s->clause[t->k]) break;
        if (tok_is(c, s, j - 1, "neg")) return 1;
    }
    /* "had no interest in talks", "has no plans to meet" */
    if (!s->hu && t->k + 1 < s->n && s->clause[t->k + 1] == s->clause[t->k] && !strcmp(norm(s, t->k + 1), "no")) return 1;
    return 0;
}

static const char *mood(const ent_coder *c, const sent *s, const trig *t) {
    size_t k = t->k;
    int cl = s->clause[k];
    if (s->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        if (h && (h->cond || h->imper)) {
            /* "megkínozzák", "kivizsgálják": the same form is indicative
             * and imperative; any indicative reading wins */
            int indicative = 0;
            for (int i = 0; i < s->nhun[k]; i++) {
                const ent_hun_info *v = s->hun[k * 4 + i];
                if (v->pos == ENT_HUN_VERB && !v->cond && !v->imper && !v->infinitive && !v->participle) indicative = 1;
            }
            if (!indicative) return "hypothetical";
        }
        /* "megvétózza ..., ha Brüsszel nem ad garanciát": a present act
         * under a condition in the next or the previous clause */
        if (h && !h->past && !h->infinitive)
            for (size_t j = 0; j < s->n; j++)
                if ((s->clause[j] == cl + 1 || s->clause[j] == cl - 1) && (!strcmp(norm(s, j), "ha") || !strcmp(norm(s, j), "amennyiben")) &&
                    (j == 0 || s->clause[j - 1] != s->clause[j]))
                    return "hypothetical";
        for (size_t j = 0; j < s->n; j++)   /* "a jövőben is együttműködik" */
            if (s->clause[j] == cl && !strcmp(norm(s, j), "jövőben") && h && !h->past && !h->infinitive) return "future";
        if (h && h->infinitive) {
            for (size_t j = 0; j < s->n; j++)
                if (s->clause[j] == cl && tok_is(c, s, j, "fut")) return "future";
            return "hypothetical";
        }
    } else {
        for (size_t j = k; j > 0 && j + 5 > k; j--) {
            if (s->clause[j - 1] != cl) break;
            if (tok_is(c, s, j - 1, "hyp")) return "hypothetical";
            if (tok_is(c, s, j - 1, "fut")) return "future";
            if (!strcmp(norm(s, j - 1), "to") && j == k) {
                /* "to attack": an infinitive after another verb */
                return "hypothetical";
            }
        }
    }
    for (size_t j = 0; j < s->n; j++)
        if (s->clause[j] == cl && (tok_is(c, s, j, "hyp") && (s->hu || j < k) && (!strcmp(norm(s, j), "if") || !strcmp(norm(s, j), "unless") || s->hu)))
            return "hypothetical";
    /* a question */
    if (s->n && s->a->text[s->tok[s->n - 1].start] == '?') return "hypothetical";
    return NULL;
}

static int find_location(const sent *s, size_t k, char code[8], uint32_t *st, uint32_t *en) {
    int cl = s->clause[k];
    int found = -1;
    for (int pass = 0; pass < 2 && found < 0; pass++)
        for (size_t i = 0; i < s->nm; i++) {
            const ent_mention *m = &s->m[i];
            if (!m->location || s->report[m->tok_start]) continue;
            if (pass == 0 && s->clause[m->tok_start] != cl) continue;
            found = (int)i;
            break;
        }
    /* Hungarian: a possessor whose possessed noun is in a locative case:
     * "Kína katonai parádéján" (at China's military parade) */
    for (size_t i = 0; i < s->nact && found < 0; i++) {
        const actor *a = &s->act[i];
        if (!a->possessor || s->clause[a->ts] != cl) continue;
        for (uint32_t j = a->te; j < s->n && j < a->te + 3; j++) {
            char tg[6];
            if (hun_poss_noun(s, j, tg) && locative(tg)) {
                char c3[4], role[8];
                ent_code_split(a->code, c3, role);
                snprintf(code, 8, "%.7s", c3[0] ? c3 : a->code);
                *st = s->tok[a->ts].start;
                *en = s->tok[j].end;
                return 1;
            }
        }
    }
    if (found < 0) return 0;
    snprintf(code, 8, "%.7s", s->m[found].code);
    *st = s->m[found].start;
    *en = s->m[found].end;
    return 1;
}

/* The event date: a weekday, yesterday or a month named in the clause,
 * resolved against the article date; else the article date. */
static const char *event_date(const sent *s, size_t k, const char *adate, ent_arena *ar) {
    static const char *wd_en[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const char *wd_hu[] = {"hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap"};
    static const char *mo_en[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    static const char *mo_hu[] = {"januárban", "februárban", "márciusban", "áprilisban", "májusban", "júniusban", "júliusban", "augusztusban", "szeptemberben", "októberben", "novemberben", "decemberben"};
    static const char *mo_hu_nom[] = {"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"};
    int y = atoi(adate), m = atoi(adate + 5), d = atoi(adate + 8);
    int cl = s->clause[k];
    for (size_t j = 0; j < s->n; j++) {
        if (s->clause[j] != cl || s->tok[j].kind != ENT_TOK_WORD) continue;
        const char *w = norm(s, j);
        for (int i = 0; i < 7; i++)
            if (w[0] == (s->hu ? wd_hu[i] : wd_en[i])[0] && !strcmp(w, s->hu ? wd_hu[i] : wd_en[i])) {
                int back = (ent_date_weekday(y, m, d) - i + 7) % 7;
                ent_date_add_days(&y, &m, &d, -back);
                char *o = ent_arena_alloc(ar, 11);
                snprintf(o, 11, "%04d-%02d-%02d", y, m, d);
                return o;
            }
        if (!strcmp(w, s->hu ? "tegnap" : "yesterday")) {
            ent_date_add_days(&y, &m, &d, -1);
            char *o = ent_arena_alloc(ar, 11);
            snprintf(o, 11, "%04d-%02d-%02d", y, m, d);
            return o;
        }
        /* a day: "on June 19, 2024", "19 June", "2024. június 19-én" */
        for (int i = 0; i < 12; i++) {
            if (w[0] != (s->hu ? mo_hu_nom[i] : mo_en[i])[0] || strcmp(w, s->hu ? mo_hu_nom[i] : mo_en[i])) continue;
            if (!s->hu && !s->tok[j].upper) continue;
            int day = 0, yy = 0;
            if (j + 1 < s->n && isdigit((unsigned char)norm(s, j + 1)[0])) day = atoi(norm(s, j + 1));
            else if (!s->hu && j > 0 && isdigit((unsigned char)norm(s, j - 1)[0])) day = atoi(norm(s, j - 1));
            if (day < 1 || day > 31) break;
            for (size_t q = j + 2; !s->hu && q < s->n && q <= j + 3; q++)
                if (strlen(norm(s, q)) == 4 && isdigit((unsigned char)norm(s, q)[0])) yy = atoi(norm(s, q));
            for (size_t q = j; s->hu && q-- > 0 && q + 3 > j;)
                if (isdigit((unsigned char)norm(s, q)[0]) && atoi(norm(s, q)) > 1900) yy = atoi(norm(s, q));
            if (!yy) yy = (i + 1 > m || (i + 1 == m && day > d)) ? y - 1 : y;   /* the latest such day */
            if (yy < 1900 || yy > 2999 || day > ent_date_days_in_month(yy, i + 1)) break;
            char *o = ent_arena_alloc(ar, 11);
            snprintf(o, 11, "%04d-%02d-%02d", yy, i + 1, day);
            return o;
        }
        for (int i = 0; i < 12; i++) {
            if (w[0] != (s->hu ? mo_hu[i] : mo_en[i])[0]) continue;
            int hit = s->hu ? !strcmp(w, mo_hu[i]) : (!strcmp(w, mo_en[i]) && s->tok[j].upper && i != 4 &&
                                                       j > 0 && (!strcmp(norm(s, j - 1), "in") || !strcmp(norm(s, j - 1), "last")));
            if (!hit) continue;
            /* a month without a year: the latest such month not after the article */
            int yy = i + 1 > m ? y - 1 : y;
            if (j + 1 < s->n && s->tok[j + 1].kind == ENT_TOK_NUM && strlen(norm(s, j + 1)) == 4) yy = atoi(norm(s, j + 1));
            char *o = ent_arena_alloc(ar, 11);
            snprintf(o, 11, "%04d-%02d-01", yy, i + 1);
            return o;
        }
    }
    return adate;
}

/* ---- the sentence ---- */

static void fill_ref(ent_actor_ref *r, const sent *s, const actor *a) {
    memset(r, 0, sizeof *r);
    snprintf(r->code, sizeof r->code, "%s", a->code);
    r->name = a->name;
    r->entry = a->entry;
    r->start = s->tok[a->ts].start;
    r->end = s->tok[a->te - 1].end;
    ent_code_split(a->code, r->country, r->role);
}

static void fill_ref_ctx(ent_actor_ref *r, const ref *x, uint32_t st, uint32_t en) {
    memset(r, 0, sizeof *r);
    snprintf(r->code, sizeof r->code, "%s", x->code);
    r->name = x->name;
    r->entry = x->entry;
    r->start = st;
    r->end = en;
    ent_code_split(x->code, r->country, r->role);
}

typedef struct evvec {
    ent_event *v;
    size_t n, cap;
} evvec;

static ent_event *new_event(evvec *ev) {
    if (ev->n == ev->cap) ev->v = ent_xrealloc(ev->v, (ev->cap = ev->cap ? ev->cap * 2 : 16) * sizeof *ev->v);
    ent_event *e = &ev->v[ev->n++];
    memset(e, 0, sizeof *e);
    return e;
}

/* An actor acting on itself is no event; but within one country, different
 * roles are different actors (the opposition demands that the government
 * resign: SRBOPP -> SRBGOV). */
static int same_country(const ent_actor_ref *a, const ent_actor_ref *b) {
    if (!strcmp(a->code, b->code)) return 1;
    if (a->country[0] && b->country[0] && strcmp(a->country, b->country)) return 0;
    if (a->country[0] && b->country[0]) return !a->role[0] || !b->role[0] || !strcmp(a->role, b->role);
    return 0;
}

static size_t emitted_in(const evvec *ev, size_t from, const ent_actor_ref *s, const ent_actor_ref *t, const char *code) {
    for (size_t i = from; i < ev->n; i++)
        if (!strcmp(ev->v[i].source.code, s->code) && !strcmp(ev->v[i].target.code, t->code) &&
            !strcmp(ev->v[i].cameo->code, code))
            return 1;
    return 0;
}

static void hu_analyze(ent_coder *c, sent *s, ent_arena *ar) {
    s->hun = ent_arena_alloc(ar, (s->n * 4 + 1) * sizeof *s->hun);
    s->nhun = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->nhun);
    for (size_t k = 0; k < s->n; k++) {
        s->nhun[k] = 0;
        if (!s->hu || s->tok[k].kind != ENT_TOK_WORD || s->tok[k].end - s->tok[k].start > 120) continue;
        char w[128];
        memcpy(w, s->a->text + s->tok[k].start, s->tok[k].end - s->tok[k].start);
        w[s->tok[k].end - s->tok[k].start] = 0;
        s->nhun[k] = ent_hun_analyze(c->hun, w, &s->hun[k * 4], 4);
        if (!s->nhun[k] && k == 0) {   /* sentence-initial capital: try lower case */
            s->nhun[k] = ent_hun_analyze(c->hun, norm(s, k), &s->hun[k * 4], 4);
        }
        /* a hyphenated compound Hunspell does not know is inflected on its
         * last part: ballisztikusrakéta-kísérletét */
        const char *hy = strrchr(w, '-');
        if (!s->nhun[k] && hy && hy[1]) s->nhun[k] = ent_hun_analyze(c->hun, hy + 1, &s->hun[k * 4], 4);
    }
}

/* Candidate patterns for token k; picks the most specific one whose
 * requirements hold. */
static int place_target(const char *code);

/* Can the pattern's target slot be filled in this clause? A pattern that
 * names a preposition, case or postposition is more specific only when
 * that marker is there. */
static int target_possible(const sent *s, size_t k, const ent_vpat *p) {
    int cl = s->clause[k];
    if (p->target == 2 && !s->hu) {
        for (size_t j = k + 1; j < s->n && s->clause[j] == cl; j++)
            if (!strcmp(norm(s, j), p->target_prep)) return 1;
        return 0;
    }
    if (p->target == 3 || p->target == 4 || (p->target == 2 && s->hu)) {
        for (size_t i = 0; i < s->nact; i++) {
            const actor *a = &s->act[i];
            if (s->clause[a->ts] != cl) continue;
            if (p->target == 3 && !strcmp(a->tag, p->target_case)) return 1;
            if (p->target != 3 && a->postp_w && !strcmp(a->postp_w, p->target_prep)) return 1;
        }
        /* a place in that case, for acts whose target may be a place
         * ("Moszkvába látogatott") */
        for (size_t i = 0; p->target == 3 && place_target(p->code) && i < s->nm; i++)
            if (s->m[i].location && s->clause[s->m[i].tok_start] == cl && !strcmp(s->m[i].tag, p->target_case)) return 1;
        return 0;
    }
    return 1;
}

/* A Hungarian participle used as an adjective ("az Oroszországgal
 * kialakított új kapcsolat", "az aláírt megállapodás") names no act. */
static int hu_attributive(const ent_coder *c, const sent *s, size_t k) {
    int part = 0;
    for (int i = 0; i < s->nhun[k]; i++) part |= s->hun[k * 4 + i]->participle;
    if (!part) return 0;
    /* "az Omán által közvetített tárgyalások": a participle with its agent */
    if (k > 0 && !strcmp(norm(s, k - 1), "által")) return 1;
    /* an attribute precedes its noun: at the end of a clause it is the verb
     * ("a dél-koreai Puszanban tárgyalt, és ...") */
    if (k + 1 >= s->n || s->tok[k + 1].kind != ENT_TOK_WORD || s->clause[k + 1] != s->clause[k]) return 0;
    /* inside a noun phrase: going left from the participle we reach its
     * article (a Kínával folytatott tárgyalások, az orosz olajra kivetett
     * szankciók) before a subject, a negation, a verb or a comma */
    for (size_t j = k; j-- > 0 && s->clause[j] == s->clause[k];) {
        if (tok_is(c, s, j, "article")) return 1;
        if (s->tok[j].kind != ENT_TOK_WORD || tok_is(c, s, j, "neg")) goto tail;
        int finite = 0, nominal_subject = s->nhun[j] > 0, modifier = 0;
        for (int i = 0; i < s->nhun[j]; i++) {
            const ent_hun_info *h = s->hun[j * 4 + i];
            if (h->pos == ENT_HUN_VERB && !h->participle && !h->infinitive) finite = 1;
            if (h->tag[0] || h->pos == ENT_HUN_ADJ || h->pos == ENT_HUN_OTHER || h->poss) modifier = 1;
        }
        int mi = mention_at(s, j);
        if (mi >= 0 && s->m[mi].entry && !s->m[mi].tag[0] && !s->m[mi].location) goto tail;
        if (finite || (nominal_subject && !modifier)) goto tail;
    }
tail:
    /* participle + adjective + possessed noun: "kialakított új kapcsolatát" */
    if (k + 2 >= s->n || s->tok[k + 1].kind != ENT_TOK_WORD || !s->nhun[k + 1]) return 0;
    for (int i = 0; i < s->nhun[k + 1]; i++)
        if (s->hun[(k + 1) * 4 + i]->pos != ENT_HUN_ADJ) return 0;
    char tg[6];
    return hun_poss_noun(s, k + 2, tg);
}

static int best_pattern(ent_coder *c, sent *s, size_t k, trig *out, ent_arena *ar) {
    if (s->hu && hu_attributive(c, s, k)) return 0;
    const char *keys[12];
    size_t k2s[12];
    int nk = 0;
    if (!s->hu) {
        keys[nk] = s->tok[k].stem, k2s[nk++] = (size_t)-1;
        const char *irr = ent_verbs_irregular(c->v, norm(s, k));
        if (irr) keys[nk] = ent_text_stem(c->t, "en", irr, strlen(irr), ar), k2s[nk++] = (size_t)-1;
        if (strcmp(s->tok[k].stem, norm(s, k))) keys[nk] = norm(s, k), k2s[nk++] = (size_t)-1;
    } else {
        for (int i = 0; i < s->nhun[k] && nk < 10; i++) {
            const ent_hun_info *h = s->hun[k * 4 + i];
            if (!h->lemma || h->pos == ENT_HUN_PREVERB || h->pos == ENT_HUN_POSTP) continue;
            /* a separated preverb near the verb: írt alá, meg is erősítették */
            if (h->pos == ENT_HUN_VERB && !strcmp(h->lemma, h->stem)) {
                for (size_t j = k >= 3 ? k - 3 : 0; j < s->n && j <= k + 2 && nk < 10; j++) {
                    if (j == k || s->clause[j] != s->clause[k]) continue;
                    int prv = 0;
                    for (int q = 0; q < s->nhun[j]; q++) prv |= s->hun[j * 4 + q]->pos == ENT_HUN_PREVERB;
                    if (!prv) continue;
                    size_t l1 = strlen(norm(s, j)), l2 = strlen(h->stem);
                    char *joined = ent_arena_alloc(ar, l1 + l2 + 1);
                    memcpy(joined, norm(s, j), l1);
                    memcpy(joined + l1, h->stem, l2 + 1);
                    size_t np;
                    ent_verbs_find(c->v, "hu", joined, &np);
                    if (np) keys[nk] = joined, k2s[nk++] = j;
                }
            }
            keys[nk] = h->lemma, k2s[nk++] = (size_t)-1;
        }
        if (!s->nhun[k]) keys[nk] = norm(s, k), k2s[nk++] = (size_t)-1;
    }
    /* English: after a determiner or a possessive ("the proposals", "its
     * assistance", "China's proposals") a word is a noun: noun patterns only */
    int noun_ctx = 0;
    if (!s->hu && k > 0) {
        static const char *det[] = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "such",
                                    "any", "our", "whose", NULL};
        for (int q = 0; det[q]; q++) noun_ctx |= !strcmp(norm(s, k - 1), det[q]);
        int mi = mention_at(s, k - 1);
        if (mi >= 0 && !strcmp(s->m[mi].tag, "GEN")) noun_ctx = 1;
    }
    int found = 0;
    for (int i = 0; i < nk; i++) {
        size_t np;
        const ent_vpat *const *ps = ent_verbs_find(c->v, s->lang, keys[i], &np);
        for (size_t j = 0; j < np; j++) {
            const ent_vpat *p = ps[j];
            if (found && p->specificity <= out->p->specificity) continue;
            if (noun_ctx && !p->noun) continue;
            if (s->hu && p->noun && s->nhun[k]) {
                /* "a tárgyalásokról nyilatkozott": talks as a topic (about,
                 * because of) are no event */
                int topic = 0;
                for (int q = 0; q < s->nhun[k]; q++) {
                    const char *tg = s->hun[k * 4 + q]->tag;
                    topic |= !strcmp(tg, "DEL") || !strcmp(tg, "CAU") || !strcmp(tg, "ELA");
                }
                if (topic) continue;
            }
            if (s->hu && p->noun != (hun_verb(s, k) == NULL && s->nhun[k] > 0) && s->nhun[k]) {
                /* a noun pattern needs a noun, a verb pattern a verb */
                int has_noun = 0;
                for (int q = 0; q < s->nhun[k]; q++)
                    has_noun |= s->hun[k * 4 + q]->pos == ENT_HUN_NOUN || s->hun[k * 4 + q]->pos == ENT_HUN_ADJ;
                if (p->noun ? !has_noun : !hun_verb(s, k)) continue;
            }
            size_t at;
            int ok = 1;
            for (int g = 0; g < p->ngroups && ok; g++) ok = group_match(c, s, k, &p->groups[g], &at);
            if (ok && !s->hu) ok = lits_match(s, k, p);
            if (ok) ok = target_possible(s, k, p);
            if (!ok) continue;
            out->p = p;
            out->k = k;
            out->k2 = k2s[i];
            found = 1;
        }
    }
    return found;
}

/* marks the words of the pattern's groups as used (they trigger nothing else) */
static void consume(ent_coder *c, sent *s, const trig *t) {
    s->used[t->k] = 1;
    if (t->k2 != (size_t)-1) s->used[t->k2] = 1;
    for (int g = 0; g < t->p->ngroups; g++) {
        size_t at;
        if (group_match(c, s, t->k, &t->p->groups[g], &at)) s->used[at] = 1;
    }
}

/* "ready to meet", "pledged to send aid", "kész közvetíteni": an infinitive
 * after a word of intention states an intent (03x), not the act. Returns
 * the intent code, or NULL. */
static const char *intent_code(const ent_coder *c, const sent *s, const trig *t) {
    size_t k = t->k;
    int cl = s->clause[k], infinitive = 0;
    if (s->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        infinitive = h && h->infinitive;
    } else {
        infinitive = k > 0 && !strcmp(norm(s, k - 1), "to");
    }
    if (!infinitive) return NULL;
    int marked = 0;
    for (size_t j = 0; j < k && !marked; j++) {
        if (s->clause[j] != cl && !(s->hu && s->clause[j] == cl - 1)) continue;
        if (tok_is(c, s, j, "intent")) marked = 1;
        for (int i = 0; s->hu && i < s->nhun[j] && !marked; i++)
            if (s->hun[j * 4 + i]->lemma && is_word(c, "hu", "intent", s->hun[j * 4 + i]->lemma)) marked = 1;
    }
    if (!marked) return NULL;
    static const struct { const char *root, *code; } map[] = {
        {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}, {"03", NULL}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strncmp(t->p->code, map[i].root, 2)) return map[i].code;
    return NULL;
}

/* A negated intention, or a negated act in the present or future (not a
 * report of the past): the actor refuses. */
static int refusal(const ent_coder *c, const sent *s, const trig *t, int intent) {
    if (intent) return 1;
    size_t k = t->k;
    if (s->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        return h && !h->past && !h->cond && !h->infinitive && !h->imper && !h->participle;
    }
    for (size_t j = k; j > 0 && j + 4 > k; j--)
        if (!strcmp(norm(s, j - 1), "will") || !strcmp(norm(s, j - 1), "won't") || !strcmp(norm(s, j - 1), "refuses"))
            return 1;
    (void)c;
    return 0;
}

/* Codes whose target may be a place: visits and acts on territory
 * (withdraw from, attack, occupy, shell a city). */
static int place_target(const char *code) {
    return !strcmp(code, "042") || !strncmp(code, "07", 2) || !strncmp(code, "08", 2) || !strncmp(code, "15", 2) || !strncmp(code, "17", 2) ||
           !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
}

static int place_after(const ent_coder *c, const sent *s, size_t k, const ent_vpat *p, ent_actor_ref *r) {
    const char *code = p->code;
    int cl = s->clause[k];
    /* an attack "in Gaza" hits Gaza: any place will do for 18-20 */
    int violent = !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
    for (size_t i = 0; i < s->nm; i++) {
        const ent_mention *m = &s->m[i];
        /* "hit a refinery in Russia's Saratov region": a country's region */
        int region = violent && !s->hu && !m->location && m->entry && !m->agent && !strcmp(m->tag, "GEN") &&
                     (m->entry->kind == ENT_K_COUNTRY || m->entry->kind == ENT_K_CAPITAL) && m->tok_start > 0 &&
                     tok_is(c, s, m->tok_start - 1, "locprep");
        if ((!m->location && !region) || s->clause[m->tok_start] != cl || s->report[m->tok_start]) continue;
        /* "arrived in Budapest": the pattern's own preposition */
        int own_prep = !s->hu && p->target == 2 && m->tok_start > 0 && !strcmp(norm(s, m->tok_start - 1), p->target_prep);
        if (!s->hu && m->tok_start <= k) continue;
        /* a place acted on or moved to or from (attacked Kyiv, withdrew from
         * Kherson, Moszkvába utazott), not where something happens ("fighting
         * in Kursk", "Pekingben") */
        if (s->hu && !violent && strcmp(m->tag, "ILL") && strcmp(m->tag, "SUB") && strcmp(m->tag, "ALL") && strcmp(m->tag, "ELA") &&
            strcmp(m->tag, "ABL") && strcmp(m->tag, "DEL"))
            continue;
        if (!s->hu && !violent && !own_prep && m->tok_start > 0 && tok_is(c, s, m->tok_start - 1, "locprep") && strcmp(norm(s, m->tok_start - 1), "into"))
            continue;
        /* but plain fighting "in Russia's Kursk region" happens there */
        if (!s->hu && (!strncmp(norm(s, k), "fight", 5) || !strcmp(norm(s, k), "fought") || !strncmp(norm(s, k), "battl", 5))) {
            size_t j = m->tok_start;
            int pm = j > 0 ? mention_at(s, j - 1) : -1;
            if (pm >= 0) j = s->m[pm].tok_start;
            if (j > 0 && !strcmp(norm(s, j - 1), "in")) continue;
        }
        if (!s->hu && !violent && m->tok_start > 1 && tok_is(c, s, m->tok_start - 1, "article") && tok_is(c, s, m->tok_start - 2, "locprep"))
            continue;
        memset(r, 0, sizeof *r);
        snprintf(r->code, sizeof r->code, "%.3s", m->code);
        r->name = m->entry ? m->entry->name : NULL;
        r->entry = m->entry ? m->entry->source : NULL;
        r->start = m->start;
        r->end = m->end;
        ent_code_split(m->code, r->country, r->role);
        return 1;
    }
    return 0;
}

/* Is trigger t inside the complement of the verb at `gov` ("accused Russia
 * of launching an attack", "denied that it had sent troops", "called on
 * Israel to allow", "követelte, hogy Moszkva adja vissza")? */
static int complement_of(const ent_coder *c, const sent *s, size_t gov, const trig *t) {
    size_t k = t->k;
    if (k <= gov) return 0;
    if (t->p->noun) return 1;
    /* "denied using chemical weapons": a gerund right after the verb */
    size_t l = strlen(norm(s, k));
    if (!s->hu && k == gov + 1 && l > 4 && !strcmp(norm(s, k) + l - 3, "ing")) return 1;
    for (size_t j = gov + 1; j < k; j++) {
        const char *w = norm(s, j);
        if (!strcmp(w, "of") || !strcmp(w, "that") || !strcmp(w, "to") || !strcmp(w, "hogy") || !strcmp(w, "for"))
            return 1;
    }
    (void)c;
    return 0;
}

static int governs_complement(const char *code) {
    return !strcmp(code, "016") || !strncmp(code, "02", 2) || !strncmp(code, "10", 2) || !strncmp(code, "11", 2) ||
           !strncmp(code, "12", 2) || !strncmp(code, "13", 2);
}

static void code_sentence(ent_coder *c, sent *s, size_t sidx, const char *adate, evvec *ev, ent_arena *ar) {
    size_t first_event = ev->n;
    group new_src = {0};
    long governor = -1;   /* the last verb of denying, demanding, accusing */
    int governor_threat = 0;   /* ... and whether it warns or threatens */
    char say_src[40] = "";  /* the speaker of the last statement in the sentence */
    size_t say_k = (size_t)-1;  /* ... and its verb */
    size_t say_event = (size_t)-1;
    for (size_t k = 0; k < s->n; k++) {
        if (s->used[k] || s->report[k] || s->tok[k].kind != ENT_TOK_WORD) continue;
        if (mention_at(s, k) >= 0) continue;   /* actors and role nouns (investigators, protesters) trigger nothing */
        int in_actor = 0;   /* "both states", "a két vezető": words of an actor trigger nothing */
        for (size_t i = 0; i < s->nact && !in_actor; i++) in_actor = s->act[i].ts <= k && k < s->act[i].te;
        if (in_actor) continue;
        trig t = {0};
        if (!best_pattern(c, s, k, &t, ar)) continue;
        consume(c, s, &t);
        /* "attacked a convoy, killing five soldiers": the casualties of an
         * act already coded are no second event */
        if (!s->hu && k > 0 && s->tok[k - 1].kind == ENT_TOK_PUNCT && s->a->text[s->tok[k - 1].start] == ',' &&
            strlen(norm(s, k)) > 4 && !strcmp(norm(s, k) + strlen(norm(s, k)) - 3, "ing") && t.p->code[0] >= '1' &&
            (t.p->code[1] >= '8' || t.p->code[0] == '2')) {
            int prior = 0;
            for (size_t q = first_event; q < ev->n; q++)
                prior |= ev->v[q].cameo->code[0] == '2' || (ev->v[q].cameo->code[0] == '1' && ev->v[q].cameo->code[1] >= '8');
            if (prior) {
                s->ntrig++;
                trace(c, "  trigger \"%.*s\": the casualties of the act before it, no second event", (int)(s->tok[k].end - s->tok[k].start),
                      s->a->text + s->tok[k].start);
                continue;
            }
        }
        s->ntrig++;
        const ent_vpat *p = t.p;
        uint32_t ev_s = s->tok[t.k].start, ev_e = s->tok[t.k].end;
        if (t.k2 != (size_t)-1) {
            if (s->tok[t.k2].start < ev_s) ev_s = s->tok[t.k2].start;
            if (s->tok[t.k2].end > ev_e) ev_e = s->tok[t.k2].end;
        }
        trace(c, "  trigger \"%.*s\" matches %s %s (%s)", (int)(ev_e - ev_s), s->a->text + ev_s, p->code, p->lemma, p->source);
        if (p->block) {
            trace(c, "    -> no event: the pattern is marked --- (not an event)");
            continue;
        }
        const ent_cameo *cm = ent_codebook_get(c->cb, p->code);
        long my_governor = governor;
        int gov_threat = governor_threat;
        if (governs_complement(p->code)) governor = (long)t.k, governor_threat = !strncmp(p->code, "13", 2);
        if (!cm) {
            trace(c, "    -> no event: code %s is not in the codebook", p->code);
            continue;
        }
        int src[MAX_GROUP], tgt[MAX_GROUP], ns, nt, pairwise;
        roles(c, s, &t, src, &ns, tgt, &nt, &pairwise);
        /* the actors of each side */
        ent_actor_ref S[MAX_GROUP], T[MAX_GROUP];
        int nS = 0, nT = 0;
        if (ns > 0)
            for (int i = 0; i < ns; i++) fill_ref(&S[nS++], s, &s->act[src[i]]);
        else if (ns < 0)
            for (int i = 0; i < c->last_src.n; i++) fill_ref_ctx(&S[nS++], &c->last_src.r[i], ev_s, ev_e);
        int other = 0, partner[MAX_GROUP];
        for (int i = 0; i < nt; i++) {
            const actor *a = &s->act[tgt[i]];
            if (a->other) {
                other = 1;
                continue;
            }
            /* a symmetric act runs both ways only with a partner: a direct
             * object, "with X", "X-szel", "X-et" (met Xi, tárgyalt Kínával),
             * not "agreed to stop attacks on Ukraine" */
            partner[nT] = s->hu ? (!a->tag[0] || !strcmp(a->tag, "INS") || !strcmp(a->tag, "ACC"))
                                : (!a->after_prep || !strcmp(a->prep, "with") || !strcmp(a->prep, "between"));
            fill_ref(&T[nT++], s, a);
        }
        if (p->say && nS) {   /* a speaker, even when what he says names no actor */
            snprintf(say_src, sizeof say_src, "%s", S[0].code);
            say_k = t.k;
        }
        if (!nS && !strncmp(p->code, "14", 2)) {
            /* "Több tízezren tüntettek Belgrádban": the protesters are the
             * place's civilians */
            for (size_t i = 0; i < s->nm && !nS; i++) {
                const ent_mention *m = &s->m[i];
                if (!m->location || strlen(m->code) != 3 || s->clause[m->tok_start] != s->clause[t.k]) continue;
                memset(&S[0], 0, sizeof S[0]);
                snprintf(S[0].code, sizeof S[0].code, "%sCVL", m->code);
                S[0].start = m->start;
                S[0].end = m->end;
                S[0].entry = m->entry ? m->entry->source : NULL;
                S[0].name = m->entry ? m->entry->name : NULL;
                ent_code_split(S[0].code, S[0].country, S[0].role);
                nS = 1;
                trace(c, "    the protesters are the people of %s", m->code);
            }
        }
        if (!nS) {
            trace(c, "    -> no event: no source actor found for it");
            continue;
        }
        if (p->sym && nS >= 2 && nT) {
            int any_partner = 0;
            for (int j = 0; j < nT; j++) any_partner |= partner[j];
            if (!any_partner) nT = 0;   /* "X, Y and Z began sharing data on W": among X, Y, Z */
        }
        /* "Both countries pledged to ...", "a két vezető vállalta": what
         * the pair of the last event intends or does with no one else named
         * is done between the two */
        int pair_src = ns == 2 && s->act[src[0]].coref && s->act[src[1]].coref && s->act[src[0]].ts == s->act[src[1]].ts &&
                       p->code[0] == '0' && p->code[1] >= '3' && p->code[1] <= '6';
        int mutual = other || pairwise || (p->sym && !nT && nS >= 2) || (pair_src && !nT);
        int domestic = 0;   /* an act on one's own country: same-country events are kept */
        if (!nT && !mutual && place_target(p->code) && place_after(c, s, t.k, p, &T[0])) {
            nT = 1;
            partner[0] = 0;
            trace(c, "    the target is a place: %s", T[0].code);
            /* "the Syrian air force dropped chlorine on Douma", "rebels
             * seized the town of Lashio": force used at home (17-20) */
            domestic = (p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '7')) && nS && S[0].start < ev_s &&
                       S[0].role[0] && strcmp(S[0].role, "CVL");
        }
        /* "Tens of thousands rallied in Belgrade", "sztrájkba léptek a szerb
         * tanárok": a protest that names no target is against the
         * protesters' own state */
        if (!nT && !mutual && nS && !strncmp(p->code, "14", 2) && S[0].country[0] && S[0].role[0] && strcmp(S[0].role, "GOV")) {
            memset(&T[0], 0, sizeof T[0]);
            snprintf(T[0].code, sizeof T[0].code, "%s", S[0].country);
            snprintf(T[0].country, sizeof T[0].country, "%s", S[0].country);
            T[0].start = S[0].start;   /* the evidence: the words that name the protesters */
            T[0].end = S[0].end;
            T[0].entry = S[0].entry;
            T[0].name = S[0].name;
            nT = 1;
            partner[0] = 0;
            domestic = 1;
            trace(c, "    a protest against the protesters' own state: %s", T[0].code);
        }
        /* "Romania summoned Russia's ambassador and demanded an
         * explanation": a second verb of the same subject acts on the same
         * target */
        if (!nT && !mutual && !s->hu && !p->say && nS && t.k > 0 && !strcmp(norm(s, t.k - 1), "and") && ev->n > first_event &&
            !strcmp(ev->v[ev->n - 1].source.code, S[0].code) && ev->v[ev->n - 1].cameo->code[0] == '1' && p->code[0] == '1' &&
            !ev->v[ev->n - 1].negated && !ev->v[ev->n - 1].mood) {
            T[0] = ev->v[ev->n - 1].target;
            nT = 1;
            partner[0] = 0;
            trace(c, "    the target of the verb before it: %s", T[0].code);
        }
        if (!nT && !mutual) {
            trace(c, "    -> no event: no target actor%s", p->say ? " (a statement codes only when it is about another actor)" : "");
            continue;
        }
        int neg = negated(c, s, &t);
        const char *md = mood(c, s, &t);
        if (!md && my_governor >= 0 && complement_of(c, s, (size_t)my_governor, &t)) {
            md = "hypothetical";
            trace(c, "    in what another verb reports, denies or demands: not a fact");
        }
        const char *ic = intent_code(c, s, &t);
        /* "Trump said he would meet Putin", "kijelentette, hogy kész ...":
         * what a speaker says he will do is his stated intention */
        if (!ic && md && say_src[0] && nS && !strcmp(S[0].code, say_src) && !neg) {
            static const struct { const char *root, *code; } im[] = {
                {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
            for (size_t q = 0; q < sizeof im / sizeof *im; q++)
                if (!strncmp(p->code, im[q].root, 2)) ic = im[q].code;
        }
        /* "nem hajlandó enyhíteni", "egyetlen lőszert sem küld", "will not
         * send": a refusal (12x), which is a fact, not a negated act */
        /* "nem kívánta kommentálni", "declined to comment": a statement
         * not made is 011 (decline comment), a fact */
        if (neg && !strncmp(p->code, "01", 2) && strcmp(p->code, "011")) {
            cm = ent_codebook_get(c->cb, "011");
            neg = 0;
            md = NULL;
            ic = NULL;
            trace(c, "    a statement refused: coded 011");
        }
        if (neg && !p->say && strncmp(p->code, "12", 2) && refusal(c, s, &t, ic != NULL)) {
            trace(c, "    a refusal: coded 120, not a negated %s", cm->code);
            cm = ent_codebook_get(c->cb, "120");
            neg = 0;
            md = NULL;
            ic = NULL;
        }
        /* "warned that it would strike", "said they would attack": a violent
         * act a speaker says he may commit is a threat of force (138) */
        /* what a speaker says he would do to another if ...: a threat. Force
         * (17-20) is 138, breaking ties or sanctions (16) is 131 */
        int harmful = !strncmp(p->code, "16", 2) || (!strncmp(p->code, "1", 1) && p->code[1] >= '7') || !strncmp(p->code, "2", 1);
        int same_speaker = 0;
        if (say_src[0] && nS) {
            char c3[4], r3[8];
            ent_code_split(say_src, c3, r3);
            same_speaker = !strcmp(S[0].code, say_src) || (c3[0] && !strcmp(S[0].country, c3));
        }
        if (!same_speaker && nS && s->rep == 2 && s->rep_code[0]) {   /* "Iran said it would ...", "Trump said the US would ..." */
            char c3[4], r3[8];
            ent_code_split(s->rep_code, c3, r3);
            same_speaker = !strcmp(S[0].code, s->rep_code) || (c3[0] && !strcmp(S[0].country, c3));
        }
        if (!ic && md && !neg && harmful && nS && (same_speaker || (gov_threat && my_governor >= 0 && my_governor < (long)t.k)))
            ic = !strncmp(p->code, "16", 2) ? "131" : "138";
        /* "Trump announced that Washington would lift all sanctions on
         * Syria": what the speaker of the sentence says his side would do
         * is its intention */
        if (!ic && md && !neg && !harmful && nS && same_speaker && s->rep == 2) {
            static const struct { const char *root, *code; } im[] = {
                {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
            for (size_t q = 0; q < sizeof im / sizeof *im; q++)
                if (!strncmp(p->code, im[q].root, 2)) ic = im[q].code;
        }
        /* "Szerbia a jövőben is együttműködik ... — jelentette ki Vucsics":
         * what a country's own spokesman says it will do is its intention */
        if (!ic && md && !strcmp(md, "future") && !neg && nS && s->rep && s->rep_code[0]) {
            char c3[4], r3[8];
            ent_code_split(s->rep_code, c3, r3);
            if (c3[0] && !strcmp(S[0].country, c3)) {
                static const struct { const char *root, *code; } im[] = {
                    {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
                for (size_t q = 0; q < sizeof im / sizeof *im; q++)
                    if (!strncmp(p->code, im[q].root, 2)) ic = im[q].code;
            }
        }
        /* Hungarian: "bejelentette, hogy az Egyesült Államok feloldja ...": a
         * present tense after the speaker's "hogy" announces what he will do */
        if (!ic && !md && !neg && s->hu && same_speaker && say_k != (size_t)-1 && t.k > say_k) {
            const ent_hun_info *h = hun_verb(s, t.k);
            int after_hogy = 0;
            for (size_t j = say_k + 1; j < t.k; j++) after_hogy |= !strcmp(norm(s, j), "hogy");
            if (h && !h->past && after_hogy) {
                static const struct { const char *root, *code; } im[] = {
                    {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
                for (size_t q = 0; q < sizeof im / sizeof *im; q++)
                    if (!strncmp(p->code, im[q].root, 2)) ic = im[q].code;
                if (harmful) ic = !strncmp(p->code, "16", 2) ? "131" : "138";
            }
        }
        int one_way = 0;
        if (ic && ent_codebook_get(c->cb, ic)) {
            trace(c, "    an intention to act: coded %s, not %s", ic, cm->code);
            cm = ent_codebook_get(c->cb, ic);
            md = NULL;
            one_way = 1;   /* the speaker intends; the other side says nothing */
        }
        char loc[8];
        uint32_t ls = 0, le = 0;
        int has_loc = find_location(s, t.k, loc, &ls, &le);
        const char *date = event_date(s, t.k, adate, ar);
        /* pairs */
        ent_actor_ref *A[64], *B[64];
        const ent_cameo *CM[64];
        int np = 0;
        /* back=CODE: "Putyin fogadta Kimet": the guest visits the host */
        const ent_cameo *back = p->back[0] && !one_way && cm == ent_codebook_get(c->cb, p->code) ? ent_codebook_get(c->cb, p->back) : NULL;
        if (mutual && !nT) {
            for (int i = 0; i < nS; i++)
                for (int j = 0; j < nS; j++)
                    if (i != j && np < 64) CM[np] = cm, A[np] = &S[i], B[np++] = &S[j];
        } else {
            for (int i = 0; i < nS; i++)
                for (int j = 0; j < nT; j++) {
                    if (np < 64) CM[np] = cm, A[np] = &S[i], B[np++] = &T[j];
                    if (p->sym && partner[j] && !one_way && np < 64) CM[np] = cm, A[np] = &T[j], B[np++] = &S[i];
                    else if (back && np < 64) CM[np] = back, A[np] = &T[j], B[np++] = &S[i];
                }
        }
        for (int i = 0; i < np; i++) {
            cm = CM[i];
            if (same_country(A[i], B[i]) && !(domestic && strcmp(A[i]->code, B[i]->code) && A[i]->role[0])) {
                trace(c, "    -> skipped %s -> %s: same actor", A[i]->code, B[i]->code);
                continue;
            }
            if (emitted_in(ev, first_event, A[i], B[i], cm->code)) continue;
            if (ev->n - first_event >= ENT_MAX_EVENTS_PER_SENTENCE) break;
            ent_event *e = new_event(ev);
            e->date = date;
            e->sentence = sidx;
            e->source = *A[i];
            e->target = *B[i];
            e->cameo = cm;
            e->ev_start = ev_s;
            e->ev_end = ev_e;
            e->verb_entry = p->source;
            e->negated = (uint8_t)neg;
            e->mood = md;
            if (s->rep) {
                e->has_reporter = 1;
                e->rep_start = s->rep_s;
                e->rep_end = s->rep_e;
                snprintf(e->rep_code, sizeof e->rep_code, "%s", s->rep_code);
            }
            if (has_loc) {
                e->has_location = 1;
                snprintf(e->loc_code, sizeof e->loc_code, "%s", loc);
                e->loc_start = ls;
                e->loc_end = le;
            }
            trace(c, "    -> event %s %s %s%s%s%s%s", A[i]->code, cm->code, B[i]->code, neg ? " (negated)" : "",
                  md ? " (" : "", md ? md : "", md ? ")" : "");
        }
        /* "Trump közvetítésével nyilatkozatot írt alá": the go-between
         * mediates (045) for each party of a factual act */
        for (size_t i = 0; i < s->nact && !neg && !md && ev->n > first_event; i++) {
            const actor *m = &s->act[i];
            if (!m->mediates || s->clause[m->ts] != s->clause[t.k]) continue;
            ent_actor_ref M;
            fill_ref(&M, s, m);
            const ent_cameo *mc = ent_codebook_get(c->cb, "045");
            for (int j = 0; mc && j < nS; j++) {
                if (same_country(&M, &S[j]) || emitted_in(ev, first_event, &M, &S[j], "045")) continue;
                if (ev->n - first_event >= ENT_MAX_EVENTS_PER_SENTENCE) break;
                ent_event *e = new_event(ev);
                e->date = date;
                e->sentence = sidx;
                e->source = M;
                e->target = S[j];
                e->cameo = mc;
                e->ev_start = s->tok[m->te].start;
                e->ev_end = s->tok[m->te].end;
                e->verb_entry = m->mediates->source;
                if (s->rep) {
                    e->has_reporter = 1;
                    e->rep_start = s->rep_s;
                    e->rep_end = s->rep_e;
                    snprintf(e->rep_code, sizeof e->rep_code, "%s", s->rep_code);
                }
                trace(c, "    -> event %s 045 %s (the go-between)", M.code, S[j].code);
            }
        }
        if (p->say && nS) {
            snprintf(say_src, sizeof say_src, "%s", S[0].code);
            say_k = t.k;
            say_event = ev->n;   /* events from here on belong to the statement's content */
            for (size_t q = first_event; q < ev->n; q++)
                if (ev->v[q].verb_entry == p->source) {
                    say_event = q;
                    break;
                }
        } else if (say_event != (size_t)-1 && nS && !strcmp(S[0].code, say_src) &&
                   !(!s->hu && t.k > 0 && (!strcmp(norm(s, t.k - 1), "after") || !strcmp(norm(s, t.k - 1), "before") ||
                                           !strcmp(norm(s, t.k - 1), "during") || !strcmp(norm(s, t.k - 1), "while")))) {
            /* (not "said ties were good after meeting Xi": the meeting is
             * when, not what, he said) */
            /* the speaker's statement is told by what it says he does: drop
             * the bare statement events */
            size_t w = say_event;
            for (size_t q = say_event; q < ev->n; q++) {
                const ent_vpat *vp = NULL;
                (void)vp;
                if (!strcmp(ev->v[q].source.code, say_src) && !strncmp(ev->v[q].cameo->code, "01", 2) && q < ev->n)
                    continue;
                ev->v[w++] = ev->v[q];
            }
            ev->n = w;
            say_event = (size_t)-1;
        }
        /* English: the words between the verb and its target are its object
         * ("supplied millions of artillery shells to Russia"): no trigger */
        if (!s->hu && !p->noun && nT && ev->n > first_event)
            for (size_t j = t.k + 1; j < s->n && s->tok[j].start < T[0].start && s->clause[j] == s->clause[t.k]; j++)
                s->used[j] = 1;
        /* remember who acted, for dropped subjects later */
        if (nS && !neg) {
            new_src.n = 0;
            for (int i = 0; i < nS && i < MAX_GROUP; i++) {
                ref *r = &new_src.r[new_src.n++];
                snprintf(r->code, sizeof r->code, "%.39s", S[i].code);
                r->name = S[i].name;
                r->entry = S[i].entry;
                r->person = 0;
            }
            c->last_src = new_src;
        }
    }
    /* "Lavrov szerint ...", "X said ties with Y ...": a speaker who is an
     * actor, in a sentence with no other event, makes a statement (010)
     * about the other actors named */
    int opening = s->rep == 2 && s->n && s->rep_s <= s->tok[0].start;   /* "Lavrov said that relations with Washington ..." */
    if (ev->n == first_event && (s->rep == 1 || opening) && s->rep_code[0]) {
        const ent_cameo *cm = ent_codebook_get(c->cb, "010");
        ent_actor_ref R;
        memset(&R, 0, sizeof R);
        snprintf(R.code, sizeof R.code, "%s", s->rep_code);
        R.start = s->rep_s;
        R.end = s->rep_e;
        if (s->rep_entry) {
            R.name = s->rep_entry->name;
            R.entry = s->rep_entry->source;
        }
        ent_code_split(R.code, R.country, R.role);
        for (size_t i = 0; cm && i < s->nact && ev->n - first_event < 8; i++) {
            ent_actor_ref T;
            fill_ref(&T, s, &s->act[i]);
            if (s->act[i].coref || same_country(&R, &T) || emitted_in(ev, first_event, &R, &T, "010")) continue;
            ent_event *e = new_event(ev);
            e->date = adate;
            e->sentence = sidx;
            e->source = R;
            e->target = T;
            e->cameo = cm;
            e->ev_start = s->rep_s;
            e->ev_end = s->rep_e;
            e->verb_entry = c->report_entry[s->hu];
            trace(c, "  the speaker %s makes a statement about %s (010)", R.code, T.code);
        }
    }
    /* a clause subject with no event still becomes "the last actor" */
    if (!new_src.n) {
        for (size_t i = 0; i < s->nact; i++) {
            const actor *a = &s->act[i];
            if (a->coref || (s->hu ? !hu_nominative(a) : a->after_prep)) continue;
            c->last_src.n = 0;
            for (size_t j = i; j < s->nact && s->act[j].group == a->group && c->last_src.n < MAX_GROUP; j++) {
                ref *r = &c->last_src.r[c->last_src.n++];
                snprintf(r->code, sizeof r->code, "%s", s->act[j].code);
                r->name = s->act[j].name;
                r->entry = s->act[j].entry;
            }
            break;
        }
    }
    /* remembered for "the two countries" later: the sentence's actors that
     * take part (subjects, objects, partners), not possessors ("China's
     * parade") nor places and directions ("toward China") */
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (a->coref || a->possessor || !strcmp(a->tag, "GEN")) continue;
        if (!s->hu && a->after_prep && strcmp(a->prep, "with") && strcmp(a->prep, "between") && strcmp(a->prep, "by") &&
            strcmp(a->prep, "and"))
            continue;
        if (s->hu && (locative(a->tag) || (a->postp_w && strcmp(a->postp_w, "között") && strcmp(a->postp_w, "közötti"))))
            continue;
        push_hist(c, a->code, a->name, a->entry, a->person || (strlen(a->code) >= 6 && !strcmp(a->code + 3, "GOV")));
    }
}

/* ---- short names ---- */

/* A person named in full anywhere in the article ("North Korean leader Kim
 * Jong Un") is the referent of the bare first or last word of that name
 * elsewhere in it ("Putin and Kim meet", "invited Kim"): names the
 * dictionary leaves out as ambiguous (Kim, Lee, Li) are safe within one
 * article. A word that two different people's names share stays unknown. */
typedef struct shortname {
    const char *word;          /* folded */
    const ent_mention *m;      /* the full mention (code at the article date) */
    int ambiguous;
} shortname;

static size_t collect_shortnames(ent_coder *c, sent *ss, size_t nsent, shortname *sn, size_t cap, ent_arena *ar) {
    size_t n = 0;
    for (size_t i = 0; i < nsent; i++)
        for (size_t q = 0; q < ss[i].nm; q++) {
            const ent_mention *m = &ss[i].m[q];
            if (!m->entry || m->entry->kind != ENT_K_PERSON || m->location || !m->entry->name) continue;
            const char *nm = m->entry->name, *sp1 = strchr(nm, ' '), *sp2 = strrchr(nm, ' ');
            if (!sp1) continue;
            const char *w[2];
            w[0] = ent_text_fold(c->t, nm, (size_t)(sp1 - nm), ar);
            w[1] = ent_text_fold(c->t, sp2 + 1, strlen(sp2 + 1), ar);
            for (int k = 0; k < 2; k++) {
                if (!w[k] || strlen(w[k]) < 3) continue;
                size_t j = 0;
                while (j < n && strcmp(sn[j].word, w[k])) j++;
                if (j < n) {
                    if (strcmp(sn[j].m->code, m->code)) sn[j].ambiguous = 1;
                } else if (n < cap) {
                    sn[n].word = w[k], sn[n].m = m, sn[n].ambiguous = 0;
                    n++;
                }
            }
        }
    return n;
}

static void add_shortnames(sent *s, const shortname *sn, size_t nsn, ent_arena *ar) {
    if (!nsn) return;
    size_t add = 0;
    for (size_t j = 0; j < s->n; j++) s->used[j] = 0;
    for (size_t q = 0; q < s->nm; q++)
        for (uint32_t j = s->m[q].tok_start; j < s->m[q].tok_end && j < s->n; j++) s->used[j] = 1;
    ent_mention *nm = NULL;
    for (int pass = 0; pass < 2; pass++) {
        size_t o = 0, q = 0;
        for (size_t j = 0; j <= s->n; j++) {
            while (pass && q < s->nm && s->m[q].tok_start <= j) nm[o++] = s->m[q++];
            if (j == s->n || s->used[j] || s->tok[j].kind != ENT_TOK_WORD || !s->tok[j].upper) continue;
            for (size_t k = 0; k < nsn; k++) {
                if (sn[k].ambiguous || strcmp(sn[k].word, norm(s, j))) continue;
                if (!pass) {
                    add++;
                } else {
                    ent_mention *m = &nm[o++];
                    *m = *sn[k].m;
                    m->tok_start = (uint32_t)j, m->tok_end = (uint32_t)j + 1;
                    m->start = s->tok[j].start, m->end = s->tok[j].end;
                    m->agent = NULL;
                    m->tag[0] = 0;
                }
                break;
            }
        }
        if (!add) break;
        if (!pass) nm = ent_arena_alloc(ar, (s->nm + add) * sizeof *nm);
        else s->m = nm, s->nm = o;
    }
    memset(s->used, 0, s->n + 1);
}

size_t ent_coder_sentences(const ent_coder *c, const ent_coded_sentence **out) {
    *out = c->last;
    return c->nlast;
}

int ent_coder_article(ent_coder *c, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                      ent_event **out, size_t *nout, ent_err *err) {
    c->nhist = 0;
    c->last_src.n = 0;
    c->has_ev_pair = 0;
    c->last = NULL;
    c->nlast = 0;
    const char *adate = date ? date : a->date;
    int32_t day = ent_date_int(adate);
    ent_dict_need_lang(c->d, lang);
    ent_span *sv;
    size_t nsent;
    if (ent_text_sentences(c->t, a->text, a->text_len, lang, ar, &sv, &nsent, err)) return ENT_EIO;
    evvec ev = {0};
    /* two passes: every sentence's mentions first, for the short names */
    sent *ss = ent_arena_alloc(ar, (nsent ? nsent : 1) * sizeof *ss);
    for (size_t i = 0; i < nsent; i++) {
        sent *s = &ss[i];
        memset(s, 0, sizeof *s);
        s->a = a;
        s->lang = lang;
        s->hu = !strcmp(lang, "hu");
        if (ent_text_tokens(c->t, a->text, sv[i], lang, ar, &s->tok, &s->n, err)) return ENT_EIO;
        ent_dict_match(c->d, a->text, s->tok, s->n, lang, day, ar, &s->m, &s->nm);
        s->clause = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->clause);
        s->report = ent_arena_alloc(ar, s->n + 1);
        s->used = ent_arena_alloc(ar, s->n + 1);
        memset(s->report, 0, s->n + 1);
        memset(s->used, 0, s->n + 1);
    }
    shortname sn[64];
    size_t nsn = collect_shortnames(c, ss, nsent, sn, 64, ar);
    c->last = ent_arena_alloc(ar, (nsent ? nsent : 1) * sizeof *c->last);
    c->nlast = nsent;
    for (size_t i = 0; i < nsent; i++) {
        sent s = ss[i];
        add_shortnames(&s, sn, nsn, ar);
        c->last[i] = (ent_coded_sentence){sv[i], s.tok, s.n, s.m, s.nm};
        hu_analyze(c, &s, ar);
        cut_clauses(c, &s);
        trace(c, "sentence %zu: %.*s", i, (int)(sv[i].end - sv[i].start), a->text + sv[i].start);
        find_reporter(c, &s);
        if (s.rep) trace(c, "  reported by: %.*s%s%s", (int)(s.rep_e - s.rep_s), a->text + s.rep_s, s.rep_code[0] ? " = " : "", s.rep_code);
        build_actors(c, &s, ar);
        for (size_t k = 0; k < s.nact; k++)
            trace(c, "  actor \"%.*s\" %s%s%s%s", (int)(s.tok[s.act[k].te - 1].end - s.tok[s.act[k].ts].start),
                  a->text + s.tok[s.act[k].ts].start, s.act[k].code, s.act[k].tag[0] ? " case " : "", s.act[k].tag,
                  s.act[k].coref ? " (coreference)" : "");
        size_t before = ev.n;
        code_sentence(c, &s, i, adate, &ev, ar);
        for (size_t q = before; q < ev.n; q++) {   /* the sentence's first (main-clause) event */
            const ent_event *e = &ev.v[q];
            if (e->negated || !e->source.country[0] || !e->target.country[0] || !strcmp(e->source.country, e->target.country))
                continue;
            const ent_actor_ref *x[2] = {&e->source, &e->target};
            for (int j = 0; j < 2; j++) {
                memset(&c->ev_pair[j], 0, sizeof c->ev_pair[j]);
                snprintf(c->ev_pair[j].code, sizeof c->ev_pair[j].code, "%s", x[j]->code);
                c->ev_pair[j].name = x[j]->name;
                c->ev_pair[j].entry = x[j]->entry;
            }
            c->has_ev_pair = 1;
            break;
        }
        if (ev.n == before)
            trace(c, "  no event in this sentence: %s", !s.nact && !s.ntrig ? "no actor and no event word found"
                                                      : !s.nact                ? "no actor found (dictionaries: data/actors, CLDR)"
                                                      : !s.ntrig ? "no word of the verb dictionaries (data/verbs) found"
                                                                 : "see the triggers above");
    }
    *out = ent_arena_alloc(ar, (ev.n ? ev.n : 1) * sizeof **out);
    if (ev.n) memcpy(*out, ev.v, ev.n * sizeof *ev.v);
    *nout = ev.n;
    free(ev.v);
    return 0;
}
