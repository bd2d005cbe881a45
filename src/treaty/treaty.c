/* treaty.c - treaty, obligation and framing extraction; see treaty.h.
 *
 * Written by hand: no library extracts treaty clauses. The method is the
 * coder's: dictionary words (data/treaty/LANG.txt) found in a sentence, and
 * a few positional and case rules over the analysed sentence the coder
 * built (src/coder/analysis.h): its tokens, actor mentions, Hungarian
 * forms, clauses and their segments, and the reporting frame. The
 * extractor detects no reporter, clause or word form of its own.
 */
#define _GNU_SOURCE   /* memmem */
#include "treaty.h"

#include "../base/dir.h"
#include "../base/strmap.h"
#include "../text/hun.h"
#include "../text/when.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the word lists ---- */

enum {
    K_HEAD = 0, K_WEAK, K_NAME, K_STATUS, K_OBLIG, K_ASSIST, K_MUTUAL, K_COND, K_HELP, K_INDEF, K_YEARS,
    K_ARTICLE, K_FRAME, K_FRAMEVERB, K_COREF, K_AGAINST, K_CONDCUE, K_NUM, K_NEG, K_UNREAL, K_MEDIATOR, K_DET,
    K_DESCRIBE, K__N
};
static const char *const kind_names[K__N] = {"head", "weak", "name", "status", "oblig", "assist", "mutual",
                                             "cond", "help", "indef", "years", "article", "frame", "frameverb",
                                             "coref", "against", "condcue", "num", "neg", "unreal", "mediator", "det",
                                             "describe"};

static const char *const cond_keys[ENT_TR_NCOND] = {"external-aggression", "armed-attack", "war", "threat"};
static const char *const help_keys[ENT_TR_NHELP] = {"military", "economic", "political", "other", "all-means"};
static const char *const status_keys[] = {"signed", "ratified", "reaffirmed", "suspended", "withdrawn", "expired", "extended", NULL};
static const char *const oblig_keys[] = {"defence", "offence", "neutrality", "nonaggression", "consultation", NULL};
static const char *const frame_keys[] = {"alliance", "partnership", "friendship", "enemy", "rival", "brotherhood", NULL};

const char *ent_treaty_cond_key(int bit) { return bit >= 0 && bit < ENT_TR_NCOND ? cond_keys[bit] : NULL; }
const char *ent_treaty_help_key(int bit) { return bit >= 0 && bit < ENT_TR_NHELP ? help_keys[bit] : NULL; }

#define MAXW 8

typedef struct phrase {
    int kind;
    const char *key;       /* interned: the key column */
    int nw;
    char *w[MAXW];         /* words; "x*" prefix, "pre+verb" separable verb */
    int next;              /* next phrase with the same first word (index + 1) */
} phrase;

typedef struct trigger trigger;
typedef struct lexicon {
    char lang[8];
    trigger *trig;
    size_t ntrig;
    phrase *p;
    size_t n, cap;
    ent_strmap first;      /* exact first word -> phrase index + 1 (chain through next) */
    size_t *prefix;        /* phrases whose first word is a prefix or separable verb */
    size_t nprefix;
    size_t *heads;         /* one-word treaty nouns, for Hungarian compounds */
    size_t nheads;
} lexicon;

/* An article can only yield facts if it holds a treaty word or a framing
 * term (every other fact attaches to a treaty named before): these words,
 * without their first letter (so "Treaty" and "treaty" both match) and
 * without a trailing '*', are searched in the raw text first. */
struct trigger {
    char first;            /* the first byte, lower case */
    const char *tail;
    size_t len;
};

/* A membership of an organisation (data/treaty/members.list). */
typedef struct member {
    char org[16], state[4];
    int32_t from, to;      /* YYYYMMDD; to 0: still a member */
} member;

struct ent_treaty_ex {
    ent_analyzer *an;      /* for articles the coder did not analyse */
    member *mem;
    size_t nmem;
    ent_text *t;
    ent_dict *d;
    ent_when_tab *when;
    lexicon *lex;
    size_t nlex;
    ent_arena keys;
};

/* data_dir/treaty/members.list: ORG MEMBER FROM TO; bad lines go to diag. */
static void load_members(ent_treaty_ex *x, const char *data_dir, const ent_diag *diag) {
    char path[4200], line[512];
    snprintf(path, sizeof path, "%s/treaty/members.list", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char org[16], state[8], from[16], to[16];
        if (line[0] == '#' || line[strspn(line, " \t\r\n")] == 0) continue;
        if (sscanf(line, "%15s %7s %15s %15s", org, state, from, to) != 4 || strlen(state) != 3 || !ent_date_int(from) ||
            (strcmp(to, "-") && !ent_date_int(to))) {
            ent_diag_report(diag, ENT_WARN, path, ln, "expected ORG MEMBER FROM TO (dates YYYY-MM-DD, TO may be -)");
            continue;
        }
        x->mem = ent_xrealloc(x->mem, (x->nmem + 1) * sizeof *x->mem);
        member *m = &x->mem[x->nmem++];
        snprintf(m->org, sizeof m->org, "%s", org);
        snprintf(m->state, sizeof m->state, "%s", state);
        m->from = ent_date_int(from);
        m->to = strcmp(to, "-") ? ent_date_int(to) : 0;
    }
    fclose(f);
}

/* Is `state` a member of organisation `org` on `date`? 1 yes, 0 no, -1 when
 * the organisation has no members listed. */
static int member_of(const ent_treaty_ex *x, const char *org, const char *state, const char *date) {
    int32_t d = ent_date_int(date);
    int listed = 0;
    for (size_t i = 0; i < x->nmem; i++) {
        const member *m = &x->mem[i];
        if (strcmp(m->org, org)) continue;
        listed = 1;
        if (!strcmp(m->state, state) && d >= m->from && (!m->to || d <= m->to)) return 1;
    }
    return listed ? 0 : -1;
}

static const char *key_intern(const char *key, int kind) {
    const char *const *set = kind == K_COND ? cond_keys : kind == K_HELP ? help_keys : kind == K_STATUS ? status_keys
                           : kind == K_OBLIG ? oblig_keys : kind == K_FRAME ? frame_keys : NULL;
    if (!set) return NULL;
    int n = kind == K_COND ? ENT_TR_NCOND : kind == K_HELP ? ENT_TR_NHELP : 64;
    for (int i = 0; i < n && set[i]; i++)
        if (!strcmp(set[i], key)) return set[i];
    return NULL;
}

static void lex_add(lexicon *L, int kind, const char *key, char *words, ent_arena *ar) {
    if (L->n == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 256;
        L->p = ent_xrealloc(L->p, L->cap * sizeof *L->p);
    }
    phrase *p = &L->p[L->n];
    memset(p, 0, sizeof *p);
    p->kind = kind;
    p->key = key;
    char *save = NULL;
    for (char *w = strtok_r(words, " \t", &save); w && p->nw < MAXW; w = strtok_r(NULL, " \t", &save))
        p->w[p->nw++] = ent_arena_strdup(ar, w);
    if (!p->nw) return;
    const char *f = p->w[0];
    size_t fl = strlen(f);
    if (f[fl - 1] == '*' || strchr(f, '+')) {
        L->prefix = ent_xrealloc(L->prefix, (L->nprefix + 1) * sizeof *L->prefix);
        L->prefix[L->nprefix++] = L->n;
    } else {
        uint32_t *cell = ent_strmap_put(&L->first, f);
        p->next = (int)*cell;
        *cell = (uint32_t)(L->n + 1);
    }
    L->n++;
}

static int lex_load(lexicon *L, const char *path, const ent_diag *diag, ent_arena *ar) {
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[2048];
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char *h = strchr(line, '#');
        if (h) *h = 0;
        char *save = NULL, *kind = strtok_r(line, " \t\r\n", &save);
        if (!kind) continue;
        char *key = strtok_r(NULL, " \t\r\n", &save), *rest = strtok_r(NULL, "\r\n", &save);
        int k = 0;
        while (k < K__N && strcmp(kind_names[k], kind)) k++;
        if (k == K__N || !key || !rest) {
            ent_diag_report(diag, ENT_WARN, path, ln, "expected KIND KEY PHRASE | PHRASE ... (KIND: head, weak, name, status, ...)");
            continue;
        }
        const char *ik = key_intern(key, k);
        if (!ik && (k == K_COND || k == K_HELP || k == K_STATUS || k == K_OBLIG || k == K_FRAME)) {
            ent_diag_report(diag, ENT_WARN, path, ln, "unknown %s key '%s'", kind, key);
            continue;
        }
        if (!ik) ik = ent_arena_strdup(ar, key);
        char *save2 = NULL;
        for (char *ph = strtok_r(rest, "|", &save2); ph; ph = strtok_r(NULL, "|", &save2)) lex_add(L, k, ik, ph, ar);
    }
    fclose(f);
    for (size_t i = 0; i < L->n; i++) {
        const phrase *p = &L->p[i];
        if (p->kind != K_HEAD || p->nw != 1 || p->w[0][strlen(p->w[0]) - 1] == '*') continue;
        L->heads = ent_xrealloc(L->heads, (L->nheads + 1) * sizeof *L->heads);
        L->heads[L->nheads++] = i;
    }
    /* the triggers: first words of treaty words and framing terms */
    for (size_t i = 0; i < L->n; i++) {
        const phrase *p = &L->p[i];
        if (p->kind != K_HEAD && p->kind != K_WEAK && p->kind != K_FRAME) continue;
        const char *w = p->w[0];
        size_t len = strlen(w);
        if (w[len - 1] == '*') len--;
        if (len < 3 || strchr(w, '+') || (unsigned char)w[0] >= 0x80) continue;
        L->trig = ent_xrealloc(L->trig, (L->ntrig + 1) * sizeof *L->trig);
        L->trig[L->ntrig++] = (trigger){w[0], w + 1, len - 1};
    }
    return 0;
}

static int might_have_facts(const lexicon *L, const char *text, size_t n) {
    for (size_t i = 0; i < L->ntrig; i++) {
        const trigger *t = &L->trig[i];
        for (const char *p = text, *end = text + n; p < end;) {
            const char *q = memmem(p, (size_t)(end - p), t->tail, t->len);
            if (!q) break;
            if (q > text && (q[-1] == t->first || q[-1] == t->first - 32)) return 1;
            /* a compound: "gabonamegállapodás", "INF-szerződés" */
            if (q > text && ((q[-1] | 32) >= 'a' && (q[-1] | 32) <= 'z') && t->len >= 6) return 1;
            p = q + 1;
        }
    }
    return 0;
}

ent_treaty_ex *ent_treaty_ex_new(ent_text *t, ent_dict *d, const char *data_dir, const ent_diag *diag, ent_err *err) {
    ent_treaty_ex *x = ent_xcalloc(1, sizeof *x);
    x->t = t;
    x->d = d;
    ent_arena_init(&x->keys, 1 << 14);
    if (!data_dir) data_dir = ent_data_dir();
    x->an = ent_analyzer_new(t, d, NULL, data_dir);
    load_members(x, data_dir, diag);
    x->when = ent_when_load(data_dir, diag, err);
    if (!x->when) {
        ent_treaty_ex_free(x);
        return NULL;
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/treaty", data_dir);
    char **names = NULL;
    size_t n = 0;
    ent_dir_names(dir, ".txt", &names, &n);
    x->lex = ent_xcalloc(n ? n : 1, sizeof *x->lex);
    for (size_t i = 0; i < n; i++) {
        lexicon *L = &x->lex[x->nlex];
        snprintf(L->lang, sizeof L->lang, "%.*s", (int)(strlen(names[i]) - 4), names[i]);
        ent_strmap_init(&L->first);
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (lex_load(L, path, diag, &x->keys) == 0) x->nlex++;
        else ent_strmap_free(&L->first);
    }
    ent_dir_names_free(names, n);
    return x;
}

void ent_treaty_ex_free(ent_treaty_ex *x) {
    if (!x) return;
    for (size_t i = 0; i < x->nlex; i++) {
        free(x->lex[i].p);
        free(x->lex[i].prefix);
        free(x->lex[i].trig);
        free(x->lex[i].heads);
        ent_strmap_free(&x->lex[i].first);
    }
    free(x->lex);
    ent_when_free(x->when);
    ent_analyzer_free(x->an);
    free(x->mem);
    ent_arena_free(&x->keys);
    free(x);
}

/* ---- one sentence ---- */

typedef struct hit {
    int kind;
    const char *key;
    size_t ts, te;         /* tokens */
    size_t pre;            /* a Hungarian compound head: bytes of its first part (INF-szerződés, gabonamegállapodás) */
} hit;

typedef struct party {
    char code[16];         /* country (or IGO) code */
    size_t ts, te;
    char tag[6];
    uint8_t person, excluded, with;
} party;

typedef struct sent {
    const ent_sentence *x;      /* the analysis (src/coder/analysis.h) */
    hit *h;
    size_t nh, caph;
    party p[24];
    size_t np;
    const ent_when_tab *when_tab;
    const struct lexicon *lex;
    size_t anchor;              /* the status verb being dated */
    ent_arena *ar;
} sent;

static const char *norm(const sent *s, size_t i) { return s->x->tok[i].norm; }

/* The segment of token k (the analysis's: the part of its clause between
 * commas): tokens [*lo, *hi). */
static void clause_of(const sent *s, size_t k, size_t *lo, size_t *hi) { ent_an_segment(s->x, k, lo, hi); }

/* The Hungarian analyses of token i (the analysis's). */
static int hu_lemmas(const sent *s, size_t i, const ent_hun_info **out) {
    const ent_sentence *x = s->x;
    if (!x->hu) return 0;
    for (int j = 0; j < x->nhun[i]; j++) out[j] = x->hun[i * ENT_AN_HUN + j];
    return x->nhun[i];
}

/* Does lexicon word w match token i? */
static int word_match(sent *s, size_t i, const char *w) {
    if (i >= s->x->n || s->x->tok[i].kind == ENT_TOK_PUNCT) return 0;
    const char *t = norm(s, i);
    size_t wl = strlen(w);
    const char *plus = strchr(w, '+');
    if (plus) {
        /* a verb with a separable preverb: "alá+ír" = aláír, or ír with alá nearby */
        char joined[96], pre[32];
        snprintf(pre, sizeof pre, "%.*s", (int)(plus - w), w);
        snprintf(joined, sizeof joined, "%s%s", pre, plus + 1);
        const ent_hun_info *inf[8];
        int k = hu_lemmas(s, i, inf);
        for (int j = 0; j < k; j++) {
            if (inf[j]->pos != ENT_HUN_VERB || inf[j]->infinitive || inf[j]->participle || !inf[j]->lemma) continue;
            if (!strcmp(inf[j]->lemma, joined)) return 1;
            if (!strcmp(inf[j]->lemma, plus + 1)) {
                size_t lo = i >= 3 ? i - 3 : 0;
                for (size_t q = lo; q < s->x->n && q <= i + 4; q++)
                    if (q != i && !strcmp(norm(s, q), pre)) return 1;
            }
        }
        return 0;
    }
    if (w[wl - 1] == '*') return !strncmp(t, w, wl - 1);
    if (!strcmp(t, w)) return 1;
    if (s->x->hu) {
        const ent_hun_info *inf[8];
        int k = hu_lemmas(s, i, inf);
        for (int j = 0; j < k; j++)
            if (inf[j]->lemma && !strcmp(inf[j]->lemma, w)) return 1;
    }
    return 0;
}

/* Phrase p at token i: returns the end token (exclusive) or 0. */
static size_t phrase_at(sent *s, const phrase *p, size_t i) {
    size_t j = i;
    for (int k = 0; k < p->nw; k++, j++) {
        while (j < s->x->n && s->x->tok[j].kind == ENT_TOK_PUNCT && k > 0 && norm(s, j)[0] != ',' && norm(s, j)[0] != '.') j++;
        if (!word_match(s, j, p->w[k])) return 0;
    }
    return j;
}

static void add_hit(sent *s, const phrase *p, size_t ts, size_t te) {
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == p->kind && s->h[k].ts == ts && s->h[k].key == p->key) {
            if (te > s->h[k].te) s->h[k].te = te;
            return;
        }
    if (s->nh == s->caph) {
        size_t nc = s->caph ? s->caph * 2 : 32;
        hit *nh = ent_arena_alloc(s->ar, nc * sizeof *nh);
        if (s->nh) memcpy(nh, s->h, s->nh * sizeof *nh);
        s->h = nh;
        s->caph = nc;
    }
    s->h[s->nh++] = (hit){p->kind, p->key, ts, te, 0};
}

static const hit *in_hit(const sent *s, int kind, size_t i);

/* Hungarian compounds whose last part is a treaty word: "INF-szerződésből",
 * "gabonamegállapodás". */
static void compound_head(sent *s, const lexicon *L, size_t i) {
    const char *w = norm(s, i);
    if (in_hit(s, K_HEAD, i)) return;
    if (strlen(w) < 8) return;   /* a compound is a longer word than any treaty noun alone */
    for (size_t q = 0; q < L->nheads; q++) {
        const phrase *p = &L->p[L->heads[q]];
        const char *at = strstr(w + 1, p->w[0]);
        if (!at || at - w < 2) continue;
        add_hit(s, p, i, i + 1);
        s->h[s->nh - 1].pre = (size_t)(at - w);
        return;
    }
}

static void find_hits(sent *s, const lexicon *L) {
    for (size_t i = 0; i < s->x->n; i++) {
        if (s->x->tok[i].kind == ENT_TOK_PUNCT) continue;
        if (s->x->hu) compound_head(s, L, i);
        uint32_t at = ent_strmap_get(&L->first, norm(s, i));
        for (; at; at = (uint32_t)L->p[at - 1].next) {
            size_t te = phrase_at(s, &L->p[at - 1], i);
            if (te) add_hit(s, &L->p[at - 1], i, te);
        }
        if (s->x->hu) {
            const ent_hun_info *inf[8];
            int k = hu_lemmas(s, i, inf);
            for (int j = 0; j < k; j++) {
                if (!inf[j]->lemma || !strcmp(inf[j]->lemma, norm(s, i))) continue;
                for (at = ent_strmap_get(&L->first, inf[j]->lemma); at; at = (uint32_t)L->p[at - 1].next) {
                    size_t te = phrase_at(s, &L->p[at - 1], i);
                    if (te) add_hit(s, &L->p[at - 1], i, te);
                }
            }
        }
        const char *tw = norm(s, i);
        for (size_t q = 0; q < L->nprefix; q++) {
            const phrase *p = &L->p[L->prefix[q]];
            const char *plus = strchr(p->w[0], '+');
            /* a prefix shares the first byte; a separable verb starts with
             * its preverb (aláírta) or its verb (írta ... alá) */
            if (tw[0] != p->w[0][0] && !(plus && tw[0] == plus[1])) continue;
            size_t te = phrase_at(s, p, i);
            if (te) add_hit(s, p, i, te);
        }
    }
}

static const hit *first_hit(const sent *s, int kind) {
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == kind) return &s->h[k];
    return NULL;
}

static int hit_near(const sent *s, int kind, size_t lo, size_t hi) {
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == kind && s->h[k].ts >= lo && s->h[k].ts < hi) return 1;
    return 0;
}

/* A negation just before token i ("did not sign", "no obligation",
 * "failed to reach", "nem kötöttek"), or "nélkül" just after it. */
static int negated(const sent *s, size_t i) {
    for (size_t k = 0; k < s->nh; k++) {
        const hit *h = &s->h[k];
        if (h->kind != K_NEG) continue;
        if (h->ts < i && h->ts + 4 >= i) return 1;
        if (s->x->hu && !strcmp(h->key, "not") && h->ts > i && h->ts <= i + 2 && !strcmp(s->x->tok[h->ts].norm, "nélkül")) return 1;
    }
    return 0;
}

/* Hungarian: "megállapodás azonban nem született" (no agreement came about). */
static int negated_after(const sent *s, size_t i) {
    if (!s->x->hu) return 0;
    for (size_t j = i; j < s->x->n && j < i + 3; j++)
        if (!strcmp(s->x->tok[j].norm, "nem")) return 1;
    return 0;
}

/* Is token i inside a hit of `kind`? */
static const hit *in_hit(const sent *s, int kind, size_t i) {
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == kind && i >= s->h[k].ts && i < s->h[k].te) return &s->h[k];
    return NULL;
}

/* ---- the report's source: the analysis's ("— közölte az Interfax", "according to KCNA") ---- */

static int is_article_word(const char *w) { return !strcmp(w, "a") || !strcmp(w, "az") || !strcmp(w, "the"); }

/* The speaker of a report is no party. */
static void exclude_speaker(sent *s) {
    const ent_reporter *r = &s->x->rep;
    if (!r->kind) return;
    for (size_t q = 0; q < s->np; q++) {
        uint32_t b = s->x->tok[s->p[q].ts].start;
        if (b >= r->start && b < r->end) s->p[q].excluded = 1;
    }
}

/* ---- parties ---- */

/* Is token i part of an actor mention (not a place)? */
static int actor_at(const sent *s, size_t i) {
    int mi = ent_an_mention_at(s->x, i);
    return mi >= 0 && !s->x->m[mi].location;
}

/* "at the US State Department": a venue, not a party. The name's phrase
 * (its capitalised words and article before it) follows a preposition of
 * place (data/grammar.txt class locprep). */
static int venue(const sent *s, size_t ts) {
    size_t j = ts;
    while (j > 0 && s->x->tok[j - 1].kind == ENT_TOK_WORD && (s->x->tok[j - 1].upper || ent_an_is(s->x, j - 1, "article")) &&
           !ent_an_is(s->x, j - 1, "locprep") && !actor_at(s, j - 1) && !ent_when_is_word(s->when_tab, s->x->lang, norm(s, j - 1)))
        j--;
    return j > 0 && j < ts + 1 && ent_an_is(s->x, j - 1, "locprep");
}

static void collect_parties(sent *s, const ent_mention *m, size_t nm) {
    s->np = 0;
    for (size_t i = 0; i < nm && s->np < sizeof s->p / sizeof s->p[0]; i++) {
        if (m[i].location) continue;
        char c3[4], role[8];
        ent_code_split(m[i].code, c3, role);
        party *p = &s->p[s->np];
        memset(p, 0, sizeof *p);
        if (c3[0]) snprintf(p->code, sizeof p->code, "%s", c3);
        else if (!strncmp(m[i].code, "IGO", 3)) snprintf(p->code, sizeof p->code, "%.15s", m[i].code);
        else continue;
        p->ts = m[i].tok_start;
        p->te = m[i].tok_end;
        snprintf(p->tag, sizeof p->tag, "%s", m[i].tag);
        p->person = m[i].entry && m[i].entry->kind == ENT_K_PERSON;
        /* "against Iran", "Kína felé", "counterweight to the USA" */
        for (size_t k = 0; k < s->nh; k++) {
            const hit *h = &s->h[k];
            if (h->kind != K_AGAINST) continue;
            if (s->x->hu ? (h->ts >= p->te && h->ts <= p->te + 1) || (h->ts + 5 >= p->ts && h->ts < p->ts && strncmp(h->key, "against", 7) == 0 && !strncmp(norm(s, h->ts), "ellensúly", 9))
                      : (h->te <= p->ts && h->te + 3 >= p->ts))
                p->excluded = 1;
        }
        if (venue(s, p->ts)) p->excluded = 1;
        if (!s->x->hu && p->ts > 0 && !strcmp(norm(s, p->ts - 1), "with")) p->with = 1;
        if (s->x->hu && (!strcmp(p->tag, "INS"))) p->with = 1;
        s->np++;
    }
}

/* Do the tokens [a, b) between two parties join them into one group ("Russia
 * and North Korea", "Israel and the Palestinian group Hamas", "X, Y és Z")?
 * The analysis's word classes coord and article (data/grammar.txt), as the
 * coder joins a compound actor; an article alone joins nothing. */
static int coordinated(const sent *s, size_t a, size_t b) {
    if (!(b > a && b - a <= 3)) return 0;
    int coord = 0;
    for (size_t q = a; q < b; q++) {
        int art = ent_an_is(s->x, q, "article");
        if (!art && !ent_an_is(s->x, q, "coord") && strcmp(norm(s, q), "&")) return 0;
        coord |= !art;
    }
    return coord;
}

/* Excludes party q and the parties coordinated with it after it (dir > 0)
 * or before it (dir < 0). */
static void exclude_group(sent *s, size_t q, int dir) {
    s->p[q].excluded = 1;
    if (dir > 0)
        for (size_t j = q; j + 1 < s->np && coordinated(s, s->p[j].te, s->p[j + 1].ts); j++) s->p[j + 1].excluded = 1;
    else
        for (size_t j = q; j > 0 && coordinated(s, s->p[j - 1].te, s->p[j].ts); j--) s->p[j - 1].excluded = 1;
}

/* Mediators, witnesses and guarantors are no parties (kind mediator of
 * data/treaty/LANG.txt): the agent of a mediation verb ("mediated by
 * Qatar") or the one a mediation noun names after it ("the mediation of
 * Egypt", "mediators Qatar and Egypt", "under the auspices of the UN"); the
 * subject of an active mediation verb ("Qatar mediated the agreement") or
 * the possessor before a noun ("Egypt's mediation", "Donald Trump
 * közvetítésével"). */
static void exclude_mediators(sent *s) {
    for (size_t k = 0; k < s->nh; k++) {
        const hit *h = &s->h[k];
        if (h->kind != K_MEDIATOR) continue;
        int noun = !strcmp(h->key, "noun");
        int passive = h->te < s->x->n && !strcmp(norm(s, h->te), "by");
        if (passive || noun) {
            size_t from = h->te;
            while (from < s->x->n && from < h->te + 3 &&
                   (!strcmp(norm(s, from), "by") || !strcmp(norm(s, from), "of") || ent_an_is(s->x, from, "article")))
                from++;
            for (size_t q = 0; q < s->np; q++)
                if (s->p[q].ts == from) exclude_group(s, q, 1);
        }
        if (!passive) {
            size_t to = h->ts;
            while (to > 0 && to + 2 > h->ts && (ent_an_is(s->x, to - 1, "article") || !strcmp(norm(s, to - 1), "'s"))) to--;
            for (size_t q = 0; q < s->np; q++)
                if (s->p[q].te == to) exclude_group(s, q, -1);
        }
    }
}

typedef struct pset {
    char c[ENT_TR_MAX_PARTIES][16];
    int n;
} pset;

static void pset_add(pset *ps, const char *code) {
    for (int i = 0; i < ps->n; i++)
        if (!strcmp(ps->c[i], code)) return;
    if (ps->n < ENT_TR_MAX_PARTIES) snprintf(ps->c[ps->n++], 16, "%s", code);
}

/* The parties a treaty sentence names: a coordinated group ("Russia and
 * North Korea", "between X and Y"), else a subject and its "with" partner,
 * else, when `every`, every country named (not a location, not the report's
 * source, not an adversary, not a mediator). */
static void sentence_parties(const sent *s, pset *ps, int every) {
    memset(ps, 0, sizeof *ps);
    for (size_t i = 0; i < s->np; i++) {
        if (s->p[i].excluded) continue;
        pset g;
        memset(&g, 0, sizeof g);
        pset_add(&g, s->p[i].code);
        size_t j = i;
        while (j + 1 < s->np && !s->p[j + 1].excluded) {
            if (!coordinated(s, s->p[j].te, s->p[j + 1].ts)) break;
            pset_add(&g, s->p[++j].code);
        }
        if (g.n >= 2) {
            *ps = g;
            return;
        }
    }
    for (size_t i = 0; i < s->np; i++)
        if (!s->p[i].excluded && s->p[i].with)
            for (size_t k = 0; k < s->np; k++)
                if (!s->p[k].excluded && !s->p[k].with && strcmp(s->p[k].code, s->p[i].code)) {
                    pset_add(ps, s->p[k].code);
                    pset_add(ps, s->p[i].code);
                    return;
                }
    for (size_t i = 0; i < s->np && every; i++)
        if (!s->p[i].excluded) pset_add(ps, s->p[i].code);
}

static int cmpstr(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

/* ---- the treaties of an article ---- */

typedef struct art {
    ent_treaty *t;
    size_t nt, cap;
    ent_framing *f;
    size_t nf, capf;
    int current;          /* the treaty spoken of last, -1 */
    pset last_pair;       /* the last sentence's two or more countries */
    ent_arena *ar;
} art;

static int same_parties(const ent_treaty *t, const pset *ps) {
    if (t->nparties != ps->n) return 0;
    for (int i = 0; i < ps->n; i++) {
        int found = 0;
        for (int k = 0; k < t->nparties; k++) found |= !strcmp(t->parties[k], ps->c[i]);
        if (!found) return 0;
    }
    return 1;
}

static int names_compatible(const char *a, const char *b) {
    return !a || !b || !*a || !*b || strstr(a, b) || strstr(b, a);
}

static int has_party(const ent_treaty *t, const char *code) {
    for (int k = 0; k < t->nparties; k++)
        if (!strcmp(t->parties[k], code)) return 1;
    return 0;
}

static ent_treaty *treaty_for(art *A, const pset *ps, const char *name_en) {
    for (size_t i = A->nt; i-- > 0;)
        if (same_parties(&A->t[i], ps) && names_compatible(A->t[i].name_en, name_en)) {
            A->current = (int)i;
            return &A->t[i];
        }
    if (A->nt == A->cap) {
        size_t nc = A->cap ? A->cap * 2 : 4;
        ent_treaty *nt = ent_arena_alloc(A->ar, nc * sizeof *nt);
        if (A->nt) memcpy(nt, A->t, A->nt * sizeof *nt);
        A->t = nt;
        A->cap = nc;
    }
    ent_treaty *t = &A->t[A->nt];
    memset(t, 0, sizeof *t);
    for (int i = 0; i < ps->n; i++) snprintf(t->parties[t->nparties++], 16, "%s", ps->c[i]);
    qsort(t->parties, (size_t)t->nparties, sizeof t->parties[0], cmpstr);
    t->name_en = "";
    t->name = "";
    A->current = (int)A->nt++;
    return t;
}

/* ---- names ---- */

static int is_quote(const char *w) {
    return !strcmp(w, "\"") || !strcmp(w, "\u201e") || !strcmp(w, "\u201d") || !strcmp(w, "\u201c") ||
           !strcmp(w, "'") || !strcmp(w, "\u00bb") || !strcmp(w, "\u00ab");
}

/* A determiner (data/treaty/LANG.txt, kind det) at token i. */
static int is_det(const sent *s, size_t i) { return in_hit(s, K_DET, i) != NULL; }

/* Is token i part of an actor or place mention ("Iszlámábádban", "Párizs")?
 * (The parties are some of these mentions.) */
static int in_party(const sent *s, size_t i) {
    for (size_t k = 0; k < s->x->nm; k++)
        if (i >= s->x->m[k].tok_start && i < s->x->m[k].tok_end) return 1;
    return 0;
}

/* Is token i part of a treaty's name (name words right before a head)? */
static int in_name(const sent *s, size_t i) {
    if (!in_hit(s, K_NAME, i)) return 0;
    for (size_t j = i + 1; j < s->x->n && j <= i + 6; j++) {
        if (in_hit(s, K_HEAD, j) || in_hit(s, K_WEAK, j)) return 1;
        if (!in_hit(s, K_NAME, j) && s->x->tok[j].kind != ENT_TOK_PUNCT) return 0;
    }
    return 0;
}

static int all_caps(const sent *s, size_t i) {
    const char *p = s->x->a->text + s->x->tok[i].start, *e = s->x->a->text + s->x->tok[i].end;
    if (e - p < 2) return 0;
    for (; p < e; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) return 0;
    return 1;
}

/* Are the first n bytes of token i (a compound's first part, "START-" in
 * "START-szerződésben") capitals or digits? */
static int caps_prefix(const sent *s, size_t i, size_t n) {
    const char *p = s->x->a->text + s->x->tok[i].start;
    size_t k = 0;
    while (k < n && ((p[k] >= 'A' && p[k] <= 'Z') || (p[k] >= '0' && p[k] <= '9'))) k++;
    return k >= 2 && (k == n || p[k] == '-');
}

/* "US-brokered", "Rwandan-backed", "Turkish-mediated": a compound whose last
 * part is an English participle says who did something to the treaty; it
 * does not name it. */
static int participle_compound(const char *w) {
    const char *d = strrchr(w, '-');
    size_t l = d ? strlen(d + 1) : 0;
    return l > 3 && !strcmp(d + 1 + l - 2, "ed");
}

/* The English name word of token i, or NULL when it is not part of a name. */
static const char *name_word(sent *s, size_t i, int after_head) {
    const hit *h = in_hit(s, K_NAME, i);
    if (h) return h->key;
    h = in_hit(s, K_WEAK, i);
    if (h && !s->x->hu) return h->key;
    if (s->x->tok[i].kind == ENT_TOK_WORD && s->x->tok[i].upper && (i > 0 || all_caps(s, i)) && !is_det(s, i) && !in_party(s, i) &&
        !in_hit(s, K_HEAD, i) && !ent_when_is_word(s->when_tab, s->x->lang, norm(s, i)) && !participle_compound(norm(s, i)) &&
        !(s->x->rep.kind && s->x->tok[i].start >= s->x->rep.start && s->x->tok[i].end <= s->x->rep.end))
        return norm(s, i);
    (void)after_head;
    return NULL;
}

/* Reads the name around head hit h; fills en (English) and orig. */
static void treaty_name(sent *s, const hit *h, const char **en, const char **orig) {
    const char *w[MAXW * 2];
    size_t wt[MAXW * 2];   /* the token of each word collected before the head */
    int nw = 0;
    size_t first = h->ts;
    const char *pre = NULL;
    if (h->pre) {
        /* the compound's first part: an acronym (INF) or a name word (gabona) */
        size_t pl = h->pre;
        const char *t = norm(s, h->ts);
        if (t[pl - 1] == '-') pl--;
        char *part = ent_arena_strndup(s->ar, t, pl);
        const lexicon *L = s->lex;
        for (size_t k = 0; L && k < L->n && !pre; k++)
            if (L->p[k].kind == K_NAME && L->p[k].nw == 1 && !strcmp(L->p[k].w[0], part)) pre = L->p[k].key;
        if (!pre && s->x->a->text[s->x->tok[h->ts].start] >= 'A' && s->x->a->text[s->x->tok[h->ts].start] <= 'Z') pre = part;
    }
    for (size_t i = h->ts; i-- > 0 && nw < MAXW;) {
        if (s->x->tok[i].kind == ENT_TOK_PUNCT) {
            if (is_quote(norm(s, i))) continue;
            break;
        }
        if (s->x->hu && !strcmp(norm(s, i), "szóló")) continue;   /* "a ... garanciákról szóló szerződés" */
        const char *nwd = name_word(s, i, 0);
        if (!nwd) break;
        wt[nw] = i;
        w[nw++] = nwd;
        first = i;
    }
    /* reversed: collected backwards */
    for (int i = 0; i < nw / 2; i++) {
        const char *tmp = w[i];
        size_t tt = wt[i];
        w[i] = w[nw - 1 - i], wt[i] = wt[nw - 1 - i];
        w[nw - 1 - i] = tmp, wt[nw - 1 - i] = tt;
    }
    /* "their bilateral comprehensive strategic partnership", "the new
     * treaty": a describing word does not name (inside a name it stays:
     * "friendship and bilateral cooperation"; before an acronym too: "New
     * START") */
    int acronym_next = nw > 1 ? all_caps(s, wt[1]) : h->pre ? caps_prefix(s, h->ts, h->pre) : all_caps(s, h->ts);
    while (nw && (!strcmp(w[0], "and") || (in_hit(s, K_DESCRIBE, wt[0]) && !acronym_next))) {
        memmove(w, w + 1, (size_t)(nw - 1) * sizeof *w);
        memmove(wt, wt + 1, (size_t)(nw - 1) * sizeof *wt);
        nw--;
    }
    if (pre && nw < MAXW * 2) w[nw++] = pre;
    size_t last = h->te;
    if (h->kind == K_WEAK) {
        w[nw++] = h->key;
    } else if (!s->x->hu && h->te + 1 < s->x->n && (!strcmp(norm(s, h->te), "on") || !strcmp(norm(s, h->te), "of"))) {
        /* "Treaty on Comprehensive Strategic Partnership" */
        size_t i = h->te + 1;
        while (i < s->x->n && is_det(s, i)) i++;
        int before = nw;
        for (; i < s->x->n && nw < MAXW * 2; i++) {
            if (s->x->tok[i].kind == ENT_TOK_PUNCT) {
                if (norm(s, i)[0] == ',' && i + 1 < s->x->n && name_word(s, i + 1, 1) && nw > before) {
                    /* "Friendship, Cooperation and Mutual Assistance" keeps its commas */
                    char *wc = ent_arena_alloc(s->ar, strlen(w[nw - 1]) + 2);
                    sprintf(wc, "%s,", w[nw - 1]);
                    w[nw - 1] = wc;
                    continue;
                }
                break;
            }
            const char *nwd = name_word(s, i, 1);
            if (!nwd && !(i + 1 < s->x->n && !strcmp(norm(s, i), "and") && name_word(s, i + 1, 1))) break;
            w[nw++] = nwd ? nwd : "and";
            last = i + 1;
        }
        if (nw == before) last = h->te;
    }
    if (!nw) {
        *en = "";
        *orig = "";
        return;
    }
    ent_buf b;
    ent_buf_init(&b);
    for (int i = 0; i < nw; i++) {
        if (i) ent_buf_addc(&b, ' ');
        ent_buf_adds(&b, w[i]);
    }
    *en = ent_arena_strdup(s->ar, b.p);
    ent_buf_free(&b);
    uint32_t a = s->x->tok[first].start, e = s->x->tok[last - 1].end;
    *orig = ent_arena_strndup(s->ar, s->x->a->text + a, e - a);
}

/* ---- numbers ---- */

static int number_word(sent *s, size_t i) {
    if (i >= s->x->n) return -1;
    const char *w = norm(s, i);
    if (isdigit((unsigned char)w[0])) return atoi(w);
    const hit *h = in_hit(s, K_NUM, i);
    return h ? atoi(h->key) : -1;
}

/* ---- facts ---- */

static void add_sentence(ent_treaty *t, const sent *s) {
    for (int i = 0; i < t->nsent; i++)
        if (t->sentences[i].sentence == s->x->idx) return;
    if (t->nsent < ENT_TR_MAX_FACTS) t->sentences[t->nsent++] = (ent_tr_where){s->x->idx, s->x->span.start, s->x->span.end, s->x->span.start, s->x->span.end};
}

static ent_tr_where where(const sent *s, size_t ts, size_t te) {
    ent_tr_where w = {s->x->idx, s->x->tok[ts].start, s->x->tok[te - 1].end, s->x->span.start, s->x->span.end};
    return w;
}

/* The parties before token k that act (English: the subject; Hungarian: nominative). */
static int subject_in(const sent *s, size_t k, const ent_treaty *t, size_t lo, size_t hi, char out[16]) {
    pset ps;
    memset(&ps, 0, sizeof ps);
    for (size_t i = 0; i < s->np; i++) {
        const party *p = &s->p[i];
        if (p->excluded || p->with || !has_party(t, p->code) || p->ts < lo || p->ts >= hi) continue;
        if (s->x->hu ? p->tag[0] == 0 : p->ts < k) pset_add(&ps, p->code);
    }
    if (ps.n != 1) return 0;
    snprintf(out, 16, "%s", ps.c[0]);
    return 1;
}

/* The one party that acts at token k: the subject of its clause
 * ("..., amelynek értelmében Washington ... nyújt"), else of the sentence. */
static int subject_party(const sent *s, size_t k, const ent_treaty *t, char out[16]) {
    size_t lo, hi;
    clause_of(s, k, &lo, &hi);
    if (subject_in(s, k, t, lo, hi, out)) return 1;
    return subject_in(s, k, t, 0, s->x->n, out);
}

static void link_event(ent_tr_status *st, const ent_treaty *t, const ent_event *ev, size_t nev) {
    static const struct { const char *kind, *codes; } want[] = {
        {"signed", "057 05 03"}, {"ratified", "057 05"}, {"reaffirmed", "057 05 03 01"}, {"extended", "057 05 03"},
        {"suspended", "16 12"}, {"withdrawn", "16 12"}, {"expired", "16"}, {NULL, NULL}};
    const char *codes = NULL;
    for (int i = 0; want[i].kind; i++)
        if (!strcmp(want[i].kind, st->kind)) codes = want[i].codes;
    if (!codes || !ev) return;
    char buf[32];
    snprintf(buf, sizeof buf, "%s", codes);
    char *save = NULL;
    for (char *c = strtok_r(buf, " ", &save); c; c = strtok_r(NULL, " ", &save))
        for (size_t i = 0; i < nev; i++) {
            const ent_event *e = &ev[i];
            if (e->sentence != st->at.sentence || e->negated || !e->cameo) continue;
            if (strncmp(e->cameo->code, c, strlen(c))) continue;
            if (!has_party(t, e->source.country) && !has_party(t, e->source.code)) continue;
            snprintf(st->event_code, sizeof st->event_code, "%s", e->cameo->code);
            return;
        }
}

/* A year right before a treaty's name ("their 1951 Mutual Defense Treaty")
 * dates the treaty, not this act: look around it. */
static int adjectival_year(sent *s, const ent_when *w) {
    /* "a 2024. június 19-én Phenjanban aláírt szerződést": the date of
     * another act (a participle) named right after it */
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == K_STATUS && s->h[k].ts > w->tok && s->h[k].ts <= w->tok + 5 && s->h[k].ts != s->anchor &&
            !(s->anchor > w->tok && s->anchor < s->h[k].ts))
            return 1;
    if (w->m || w->d) return 0;
    /* Hungarian: a year with a case ending ("1951-ben") is adverbial */
    if (s->x->hu && strchr(norm(s, w->tok), '-') && !strstr(norm(s, w->tok), "-es") && !strstr(norm(s, w->tok), "-as") &&
        !strstr(norm(s, w->tok), "-os") && !strstr(norm(s, w->tok), "-ös"))
        return 0;
    size_t j = w->tok + 1;
    return j < s->x->n && (in_hit(s, K_NAME, j) || in_hit(s, K_HEAD, j) || in_hit(s, K_WEAK, j) ||
                        (!s->x->hu && s->x->tok[j].upper));
}

static int status_date(sent *s, size_t anchor, const char *adate, ent_when *out) {
    size_t lo = 0, hi = s->x->n;
    s->anchor = anchor;
    for (int tries = 0; tries < 4; tries++) {
        ent_when a, b;
        int fa = ent_when_find(s->when_tab, s->x->lang, s->x->a->text, s->x->tok, lo, hi, anchor, adate, &a);
        if (!fa) return 0;
        if (!adjectival_year(s, &a)) {
            *out = a;
            return 1;
        }
        /* search both sides of the adjectival year */
        int fl = a.tok > lo && ent_when_find(s->when_tab, s->x->lang, s->x->a->text, s->x->tok, lo, a.tok, anchor, adate, &b);
        ent_when c;
        int fr = ent_when_find(s->when_tab, s->x->lang, s->x->a->text, s->x->tok, a.tok + 1, hi, anchor, adate, &c);
        if (fl && !adjectival_year(s, &b) && (!fr || adjectival_year(s, &c) ||
                                                (anchor > b.tok ? anchor - b.tok : b.tok - anchor) <= (anchor > c.tok ? anchor - c.tok : c.tok - anchor))) {
            *out = b;
            return 1;
        }
        if (fr && !adjectival_year(s, &c)) {
            *out = c;
            return 1;
        }
        lo = a.tok + 1;
    }
    return 0;
}

/* Hungarian: another treaty verb earlier in the same clause, and this one
 * stands right before its noun (name words, then the treaty word). */
static int earlier_status(const sent *s, const hit *h) {
    size_t j = h->te;
    while (j < s->x->n && (in_hit(s, K_NAME, j) || s->x->tok[j].kind == ENT_TOK_PUNCT) && !in_hit(s, K_HEAD, j)) j++;
    if (j >= s->x->n || !(in_hit(s, K_HEAD, j) || in_hit(s, K_WEAK, j))) return 0;
    for (size_t k = 0; k < s->nh; k++) {
        const hit *e = &s->h[k];
        if (e->kind != K_STATUS || e->ts >= h->ts) continue;
        size_t lo, hi;
        clause_of(s, h->ts, &lo, &hi);
        if (e->ts >= lo) return 1;
    }
    return 0;
}

/* "since the interstate treaty was concluded", "mióta ... megkötötték":
 * the act is the starting point of something else, at no stated time. */
static int since_clause(const sent *s, size_t k) {
    size_t lo, hi;
    clause_of(s, k, &lo, &hi);
    for (size_t i = k; i > lo && i + 8 > k; i--) {
        const char *w = norm(s, i - 1);
        if (!strcmp(w, "since") || !strcmp(w, "mióta") || !strcmp(w, "amióta")) return 1;
    }
    return 0;
}

/* Is the English status word of hit h a participle ("signed", "renewed",
 * "the newly signed")? A base form ("sign") is a verb. */
static int en_participle(const sent *s, const hit *h) {
    const char *w = norm(s, h->te - 1);
    size_t l = strlen(w);
    return (l > 2 && !strcmp(w + l - 2, "ed")) || (l > 2 && !strcmp(w + l - 2, "en")) || (h->ts > 0 && is_det(s, h->ts - 1));
}

/* Does a party (its title words aside) follow from token i: the agent of a
 * participle ("signed by President Vladimir Putin and Kim Jong Un")? */
static int agent_named(const sent *s, size_t i) {
    for (size_t q = 0; q < s->np; q++)
        if (s->p[q].ts >= i && s->p[q].ts <= i + 2) return 1;
    return 0;
}

/* Hungarian: "X (és Y) által [1979-ben] aláírt": the agent of a participle,
 * a party right before "által" within three words before the status word. */
static int hu_agent_before(const sent *s, const hit *h) {
    for (size_t j = h->ts; j > 0 && j + 4 > h->ts; j--) {
        if (strcmp(norm(s, j - 1), "által")) continue;
        for (size_t q = 0; q < s->np; q++)
            if (s->p[q].te == j - 1) return 1;
    }
    return 0;
}

static void add_status(sent *s, ent_treaty *t, const hit *h, const char *adate, const ent_event *ev, size_t nev) {
    if (negated(s, h->ts)) return;
    if (!s->x->hu) {
        /* "to sign": not a report of the act; "the treaty, signed by X in
         * 2022": a participle, unless "was signed by" */
        if (h->ts > 0 && !strcmp(norm(s, h->ts - 1), "to")) return;
        /* "experts conclude that ...": a verb of saying, not of treaties */
        if (h->te < s->x->n && !strcmp(norm(s, h->te), "that")) return;
        /* "their renewed partnership", "the newly signed treaty": an
         * adjective (a participle before a treaty word; "sign new treaty" is
         * a verb) */
        if (h->te < s->x->n && (in_hit(s, K_HEAD, h->te) || in_hit(s, K_WEAK, h->te) || in_hit(s, K_NAME, h->te)) && en_participle(s, h))
            return;
        /* "the treaty, signed in 2022": a participle, no report of the act;
         * but "signed by Putin and Kim", with its agent, is one */
        if (h->te < s->x->n && !strcmp(norm(s, h->te), "by") && !agent_named(s, h->te + 1)) {
            static const char *const aux[] = {"was", "were", "is", "are", "been", "be", "has", "have", "had", NULL};
            int finite = 0;
            for (int i = 0; aux[i] && h->ts > 0; i++) finite |= !strcmp(norm(s, h->ts - 1), aux[i]);
            if (!finite) return;
        }
    } else if (hu_agent_before(s, h)) {
        /* "az Izrael és Egyiptom által 1979-ben aláírt békeszerződés": a
         * participle with its agent reports the act */
    } else if (h->te < s->x->n && earlier_status(s, h)) {
        /* "megerősítették a 2024. június 19-én aláírt szerződést": a second
         * treaty verb in the clause, before its noun, is a participle */
        return;
    } else if (h->te < s->x->n) {
        /* "az Oroszországgal kötött INF-szerződés": a participle before its
         * noun; "kötött megállapodást" (the object follows): a verb */
        size_t j = h->te;
        while (j < s->x->n && (in_hit(s, K_NAME, j) || s->x->tok[j].kind == ENT_TOK_PUNCT) && !in_hit(s, K_HEAD, j)) j++;
        if (j < s->x->n && j > h->te - 1 && (in_hit(s, K_HEAD, j) || in_hit(s, K_WEAK, j) || in_hit(s, K_NAME, h->te))) {
            const ent_hun_info *inf[8];
            int k = hu_lemmas(s, j, inf), acc = 0;
            for (int q = 0; q < k; q++) acc |= !strcmp(inf[q]->tag, "ACC");
            const char *hw = norm(s, j);
            acc |= hw[0] && hw[strlen(hw) - 1] == 't';   /* every accusative ends in -t (szerződését) */
            /* "ratifikálta az Azerbajdzsánnal kötött ... megállapodást": an
             * article opens the noun phrase the participle sits in */
            int np = 0;
            for (size_t q = h->ts; q > 0 && q + 3 > h->ts; q--) {
                if (!is_article_word(norm(s, q - 1)) || !strcmp(norm(s, q - 1), "the")) continue;
                int subject = 0;   /* "az Egyesült Államok megerősítette": the article is the subject's */
                for (size_t r = 0; r < s->np; r++) subject |= s->p[r].ts >= q && s->p[r].ts < h->ts && !s->p[r].tag[0];
                np |= !subject;
            }
            if (!acc || np) return;
        }
    }
    ent_tr_status st;
    memset(&st, 0, sizeof st);
    st.kind = h->key;
    ent_when w;
    if (status_date(s, h->ts, adate, &w)) ent_when_format(&w, st.date);
    else if (since_clause(s, h->ts)) return;   /* "since the treaty was concluded": an undated past */
    else snprintf(st.date, sizeof st.date, "%.10s", adate);
    if (!strcmp(st.kind, "withdrawn") || !strcmp(st.kind, "suspended") || !strcmp(st.kind, "ratified"))
        if (t->nparties > 1) subject_party(s, h->ts, t, st.actor);
    if (s->x->rep.kind) st.reported = ent_arena_strndup(s->ar, s->x->a->text + s->x->rep.start, s->x->rep.end - s->x->rep.start);
    st.at = where(s, h->ts, h->te);
    link_event(&st, t, ev, nev);
    for (int i = 0; i < t->nstatus; i++)
        if (!strcmp(t->status[i].kind, st.kind) && !strcmp(t->status[i].date, st.date)) return;
    if (t->nstatus < ENT_TR_MAX_FACTS) t->status[t->nstatus++] = st;
}

static void add_oblig(ent_treaty *t, const char *type, const char *from, const char *to, uint32_t cond, uint32_t help,
                      ent_tr_where at) {
    for (int i = 0; i < t->noblig; i++) {
        ent_tr_oblig *o = &t->oblig[i];
        if (!strcmp(o->type, type) && !strcmp(o->from, from) && !strcmp(o->to, to)) {
            /* the evidence is the sentence that says the most */
            if (!o->cond && !o->help && (cond || help)) o->at = at;
            o->cond |= cond;
            o->help |= help;
            return;
        }
    }
    if (t->noblig >= ENT_TR_MAX_FACTS) return;
    ent_tr_oblig *o = &t->oblig[t->noblig++];
    memset(o, 0, sizeof *o);
    o->type = type;
    snprintf(o->from, sizeof o->from, "%s", from);
    snprintf(o->to, sizeof o->to, "%s", to);
    o->cond = cond;
    o->help = help;
    o->at = at;
}

static int key_bit(const char *const *keys, int n, const char *key) {
    for (int i = 0; i < n; i++)
        if (keys[i] == key) return i;
    return -1;
}

/* Conditions: a condition phrase next to a cue ("if", "in case of",
 * "esetén"). Kinds of help: next to an assistance word. */
static void cond_help(const sent *s, uint32_t *cond, uint32_t *help) {
    *cond = *help = 0;
    for (size_t k = 0; k < s->nh; k++) {
        const hit *h = &s->h[k];
        if (h->kind == K_COND) {
            /* a cue before it in its clause ("if the other is involved in a
             * war"), or after it ("háború esetén", "aggression against") */
            size_t lo, hi;
            clause_of(s, h->ts, &lo, &hi);
            int cue = h->te - h->ts > 1 || hit_near(s, K_CONDCUE, lo, h->ts) ||
                      (s->x->hu ? hit_near(s, K_CONDCUE, h->te, h->te + 3) : (h->te < s->x->n && !strcmp(norm(s, h->te), "against")));
            int b = key_bit(cond_keys, ENT_TR_NCOND, h->key);
            if (cue && b >= 0) {
                /* the longest phrase wins: "external aggression" is not also "aggression" */
                *cond |= 1u << b;
            }
        } else if (h->kind == K_HELP && !in_name(s, h->ts)) {   /* not "a military assistance treaty" */
            int b = key_bit(help_keys, ENT_TR_NHELP, h->key);
            /* "military and other assistance", "katonai és egyéb segítséget" */
            /* "other" only in a list ("military and other"), not "each other" */
            if (!strcmp(h->key, "other") && !s->x->hu &&
                !(h->ts > 0 && (!strcmp(norm(s, h->ts - 1), "and") || !strcmp(norm(s, h->ts - 1), "or") || !strcmp(norm(s, h->ts - 1), ","))))
                continue;
            if (b >= 0 && (hit_near(s, K_ASSIST, h->te, h->te + 5) || !strcmp(h->key, "all-means") ||
                           (strcmp(h->key, "other") && hit_near(s, K_ASSIST, h->ts > 8 ? h->ts - 8 : 0, h->ts))))
                *help |= 1u << b;
        }
    }
    /* external aggression is a kind of armed attack: keep the precise one */
    if ((*cond & 1u) && (*cond & 2u)) {
        int attack_own = 0;
        for (size_t k = 0; k < s->nh; k++)
            if (s->h[k].kind == K_COND && s->h[k].key == cond_keys[1] && !in_hit(s, K_COND, s->h[k].ts - (s->h[k].ts > 0)))
                attack_own = 1;
        if (!attack_own) *cond &= ~2u;
    }
}

static const char *add_obligations(sent *s, ent_treaty *t, int coref) {
    const char *types[8];
    size_t at_tok[8];
    int nt = 0, mutual = coref || first_hit(s, K_MUTUAL) != NULL;
    for (size_t k = 0; k < s->nh && nt < 8; k++)
        if (s->h[k].kind == K_OBLIG && !negated(s, s->h[k].ts) && !in_name(s, s->h[k].ts)) {
            int dup = 0;
            for (int i = 0; i < nt; i++) dup |= types[i] == s->h[k].key;
            if (!dup) types[nt] = s->h[k].key, at_tok[nt++] = s->h[k].ts;
        }
    uint32_t cond, help;
    cond_help(s, &cond, &help);
    const hit *as = NULL;   /* an assistance word, not in a name ("a military assistance treaty") */
    for (size_t k = 0; k < s->nh && !as; k++)
        if (s->h[k].kind == K_ASSIST && !in_name(s, s->h[k].ts)) as = &s->h[k];
    if (!nt && as && !negated(s, as->ts) && (cond || (help & 1u))) types[nt] = "defence", at_tok[nt++] = as->ts;
    for (int i = 0; i < nt; i++) {
        /* a non-aggression pact binds both sides */
        int both = mutual || !strcmp(types[i], "nonaggression");
        ent_tr_where w = where(s, at_tok[i], at_tok[i] + 1);
        if (both || t->nparties < 2) {
            for (int a = 0; a < t->nparties; a++)
                for (int b = 0; b < t->nparties; b++)
                    if (a != b) add_oblig(t, types[i], t->parties[a], t->parties[b], cond, help, w);
            continue;
        }
        char from[16];
        if (!subject_party(s, at_tok[i], t, from)) continue;
        /* the one it is bound towards: a party named after it, else the other party */
        const char *to = NULL;
        for (size_t q = 0; q < s->np && !to; q++)
            if (!s->p[q].excluded && strcmp(s->p[q].code, from) && has_party(t, s->p[q].code) &&
                (s->x->hu || s->p[q].ts > at_tok[i]))
                to = s->p[q].code;
        if (!to && t->nparties == 2) to = strcmp(t->parties[0], from) ? t->parties[0] : t->parties[1];
        if (to) add_oblig(t, types[i], from, to, cond, help, w);
    }
    return nt ? types[0] : NULL;
}

static void add_duration_articles(sent *s, ent_treaty *t, const char *oblig) {
    char dur[16] = "";
    size_t dur_tok = 0;
    const hit *h = first_hit(s, K_INDEF);
    if (h) snprintf(dur, sizeof dur, "indefinite"), dur_tok = h->ts;
    for (size_t k = 0; k < s->nh && !dur[0]; k++) {
        if (s->h[k].kind != K_YEARS) continue;
        size_t i = s->h[k].ts;
        int v = -1;
        if (i > 0) v = number_word(s, i - 1);
        if (!s->x->hu && !(i > 1 && (!strcmp(norm(s, i - 2), "for") || !strcmp(norm(s, i - 2), "of")))) v = -1;
        if (v > 0 && v < 1000) snprintf(dur, sizeof dur, "%dy", v), dur_tok = i - 1;
    }
    /* "a 20-year treaty" */
    for (size_t i = 0; i < s->x->n && !dur[0]; i++) {
        const char *w = norm(s, i);
        const char *d = strchr(w, '-');
        if (isdigit((unsigned char)w[0]) && d && !strcmp(d, "-year")) snprintf(dur, sizeof dur, "%dy", atoi(w)), dur_tok = i;
    }
    /* cited articles: "Article 5", "a 23. cikk"; a duration belongs to the
     * article cited nearest to it */
    size_t near_art = (size_t)-1, best = (size_t)-1;
    for (size_t k = 0; k < s->nh && dur[0]; k++)
        if (s->h[k].kind == K_ARTICLE) {
            size_t d = s->h[k].ts > dur_tok ? s->h[k].ts - dur_tok : dur_tok - s->h[k].ts;
            if (d < best) best = d, near_art = s->h[k].ts;
        }
    for (size_t k = 0; k < s->nh; k++) {
        if (s->h[k].kind != K_ARTICLE) continue;
        size_t i = s->h[k].ts;
        int v = -1;
        if (s->x->hu) {
            size_t j = i;
            if (j > 0 && !strcmp(norm(s, j - 1), ".")) j--;
            if (j > 0) v = number_word(s, j - 1);
        } else if (i + 1 < s->x->n) {
            v = number_word(s, i + 1);
        }
        if (v <= 0 || v > 999 || t->nart >= ENT_TR_MAX_FACTS) continue;
        ent_tr_article a;
        memset(&a, 0, sizeof a);
        snprintf(a.number, sizeof a.number, "%d", v);
        /* "Article 4 obliges each party to ..., and the treaty has no expiry
         * date": the article says what is nearer to it */
        size_t ob_tok = 0;
        int has_ob = 0;
        for (size_t q = 0; q < s->nh && oblig; q++)
            if ((s->h[q].kind == K_OBLIG || s->h[q].kind == K_ASSIST) && !has_ob) ob_tok = s->h[q].ts, has_ob = 1;
        size_t dd = dur[0] ? (dur_tok > i ? dur_tok - i : i - dur_tok) : (size_t)-1;
        size_t od = has_ob ? (ob_tok > i ? ob_tok - i : i - ob_tok) : (size_t)-1;
        int says_dur = dur[0] && dd <= od && i == near_art;
        a.topic = says_dur ? "duration" : oblig ? oblig : "other";
        a.at = where(s, i, s->h[k].te);
        int dup = 0;
        for (int q = 0; q < t->nart; q++) dup |= !strcmp(t->art[q].number, a.number) && !strcmp(t->art[q].topic, a.topic);
        if (!dup) t->art[t->nart++] = a;
        if (says_dur && !t->duration_art[0]) snprintf(t->duration_art, sizeof t->duration_art, "%d", v);
    }
    if (dur[0] && !t->duration[0]) {
        snprintf(t->duration, sizeof t->duration, "%s", dur);
        t->duration_at = where(s, dur_tok, dur_tok + 1);
    }
}

/* ---- framing ---- */

static int quoted(const sent *s, size_t i) {
    int q = 0;
    for (size_t k = 0; k < i; k++)
        if (is_quote(norm(s, k))) q ^= 1;
    return q;
}

/* The side that uses the framing term at hit h, in its segment [a, b): the
 * subject of a framing verb ("X called the relationship a brotherhood",
 * "X a partnerség kifejezést részesíti előnyben"), or, for a quoted term,
 * the speaker of the report ("'our alliance is unbreakable,' Kim said",
 * "– nyilatkozta Kim"). */
static const party *framing_speaker(const sent *s, const hit *h, size_t a, size_t b) {
    const hit *verb = NULL;
    for (size_t k = 0; k < s->nh && !verb; k++)
        if (s->h[k].kind == K_FRAMEVERB && s->h[k].ts >= a && s->h[k].ts < b) verb = &s->h[k];
    if (verb) {
        for (size_t q = 0; q < s->np; q++) {
            const party *p = &s->p[q];
            if (p->excluded || p->with || p->ts < a || p->ts >= b) continue;
            if (s->x->hu ? p->tag[0] == 0 : p->ts < verb->ts) return p;
        }
        return NULL;
    }
    const ent_reporter *r = &s->x->rep;
    if (!quoted(s, h->ts) || !r->kind) return NULL;
    for (size_t q = 0; q < s->np; q++) {
        const party *p = &s->p[q];
        uint32_t at = s->x->tok[p->ts].start;
        if (at >= r->start && at < r->end && !quoted(s, p->ts)) return p;
    }
    return NULL;
}

static void add_framing(art *A, sent *s, const ent_treaty *cur) {
    for (size_t k = 0; k < s->nh; k++) {
        const hit *h = &s->h[k];
        if (h->kind != K_FRAME) continue;
        /* a treaty's name is not framing */
        if (in_hit(s, K_HEAD, h->ts + 1 < s->x->n ? h->ts + 1 : h->ts) || in_hit(s, K_NAME, h->ts + 1 < s->x->n ? h->ts + 1 : h->ts))
            continue;
        size_t a, b;
        clause_of(s, h->ts, &a, &b);
        const party *sp = framing_speaker(s, h, a, b);
        if (!sp) continue;
        const char *other = NULL;
        for (size_t q = 0; q < s->np && !other; q++)
            if (!s->p[q].excluded && strcmp(s->p[q].code, sp->code) && s->p[q].ts >= a && s->p[q].ts < b) other = s->p[q].code;
        for (size_t q = 0; q < s->np && !other; q++)
            if (!s->p[q].excluded && strcmp(s->p[q].code, sp->code)) other = s->p[q].code;
        if (!other && cur && has_party(cur, sp->code))
            for (int q = 0; q < cur->nparties && !other; q++)
                if (strcmp(cur->parties[q], sp->code)) other = cur->parties[q];
        for (int q = 0; q < A->last_pair.n && !other; q++)
            if (strcmp(A->last_pair.c[q], sp->code)) other = A->last_pair.c[q];
        if (!other) continue;
        if (A->nf == A->capf) {
            size_t nc = A->capf ? A->capf * 2 : 4;
            ent_framing *nf = ent_arena_alloc(A->ar, nc * sizeof *nf);
            if (A->nf) memcpy(nf, A->f, A->nf * sizeof *nf);
            A->f = nf;
            A->capf = nc;
        }
        ent_framing *f = &A->f[A->nf++];
        memset(f, 0, sizeof *f);
        snprintf(f->speaker, sizeof f->speaker, "%s", sp->code);
        snprintf(f->other, sizeof f->other, "%s", other);
        f->term = h->key;
        f->at = where(s, h->ts, h->te);
    }
}

/* ---- the article ---- */

static const lexicon *lexicon_for(const ent_treaty_ex *x, const char *lang) {
    for (size_t i = 0; i < x->nlex; i++)
        if (!strcmp(x->lex[i].lang, lang)) return &x->lex[i];
    return NULL;
}

/* The sentence's treaty word: a treaty noun, or partnership/alliance when
 * concluded or named. */
static const hit *pick_head(const sent *s) {
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == K_HEAD && !negated(s, s->h[k].ts) && !negated_after(s, s->h[k].te)) return &s->h[k];
    for (size_t k = 0; k < s->nh; k++) {
        const hit *h = &s->h[k];
        if (h->kind != K_WEAK) continue;
        int named = h->ts > 0 && in_hit(s, K_NAME, h->ts - 1) && !in_hit(s, K_WEAK, h->ts - 1);
        if ((first_hit(s, K_STATUS) || named) && !negated(s, h->ts)) return h;
    }
    return NULL;
}

/* The determiner of head h, over its name words ("the new comprehensive
 * strategic partnership treaty"): the key of its det hit ("definite",
 * "indefinite"), or NULL when it has none. */
static const char *head_det(const sent *s, const hit *h) {
    for (size_t i = h->ts; i-- > 0 && i + 8 > h->ts;) {
        const hit *d = in_hit(s, K_DET, i);
        if (d) return d->key;
        if (s->x->tok[i].kind != ENT_TOK_WORD) return NULL;
    }
    return NULL;
}

/* Is token range [a, b) a noun phrase that can stand before its head: name
 * words, determiners, describing words, parties, capitalised words? */
static int subject_phrase(const sent *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        const ent_token *t = &s->x->tok[i];
        if (t->kind == ENT_TOK_PUNCT ? is_quote(norm(s, i)) : (t->upper || in_hit(s, K_NAME, i) || in_hit(s, K_DET, i) ||
                                                                in_hit(s, K_DESCRIBE, i) || in_party(s, i)))
            continue;
        return 0;
    }
    return 1;
}

/* An indefinite treaty word that names no treaty yet: "a chance for an
 * agreement", "efforts to reach a peace agreement", "if they sign a treaty"
 * (an unreal word or, in English, a modal of the analysis before it in its
 * segment), "a peace agreement would be the best way" (a modal after it, the
 * treaty word being the subject), "békemegállapodást kötnének" (a
 * conditional verb in its segment, the analysis's mood). */
static int unreal_head(const sent *s, const hit *h) {
    const char *det = head_det(s, h);
    if (det && strcmp(det, "indefinite")) return 0;
    size_t a, b;
    clause_of(s, h->ts, &a, &b);
    for (size_t k = 0; k < s->nh; k++)
        if (s->h[k].kind == K_UNREAL && s->h[k].ts >= a && s->h[k].ts < h->ts) return 1;
    for (size_t i = a; i < b; i++) {
        if (s->x->hu) {
            const ent_hun_info *v = ent_an_hun_verb(s->x, i);
            if (v && !v->participle && !v->infinitive && ent_an_mood(s->x, i) && !strcmp(ent_an_mood(s->x, i), "hypothetical") && v->cond)
                return 1;
            continue;
        }
        if (!ent_an_is(s->x, i, "hyp")) continue;
        if (i < h->ts) return 1;
        if (i >= h->te && !ent_an_is(s->x, i, "cond") && subject_phrase(s, a, h->ts)) return 1;
    }
    return 0;
}

/* Does the organisation party of ps have only its own members as the other
 * parties (data/treaty/members.list at the article date)? "the EU and
 * Hungary" agreeing on the EU's budget is the EU's internal affair. */
static int internal_parties(const ent_treaty_ex *x, const pset *ps, const char *date) {
    for (int i = 0; i < ps->n; i++) {
        if (strncmp(ps->c[i], "IGO", 3)) continue;
        int all = 1, known = 0;
        for (int j = 0; j < ps->n && all; j++) {
            if (j == i) continue;
            int m = member_of(x, ps->c[i], ps->c[j], date);
            known |= m >= 0;
            all &= m == 1;
        }
        if (all && known) return 1;
    }
    return 0;
}

/* The treaty a sentence with a treaty word named en (as written: orig)
 * speaks of, or NULL. */
static ent_treaty *treaty_of_head(art *A, const pset *ps, const char *en, const char *orig) {
    ent_treaty *cur = A->current >= 0 ? &A->t[A->current] : NULL, *t = NULL;
    if (ps->n >= 2) t = treaty_for(A, ps, en);
    else if (ps->n == 1 && cur && has_party(cur, ps->c[0])) t = cur;
    else if (ps->n == 1) {
        /* one party named: a treaty of the article it belongs to, or the
         * pair named before; a treaty needs two parties */
        for (size_t i = A->nt; i-- > 0 && !t;)
            if (has_party(&A->t[i], ps->c[0]) && names_compatible(A->t[i].name_en, en)) t = &A->t[i], A->current = (int)i;
        for (int i = 0; i < A->last_pair.n && !t; i++)
            if (!strcmp(A->last_pair.c[i], ps->c[0])) t = treaty_for(A, &A->last_pair, en);
    } else if (cur) {
        /* "The two countries signed the Trinity House Agreement": the same
         * parties, another treaty when the name says so */
        pset cp;
        memset(&cp, 0, sizeof cp);
        for (int i = 0; i < cur->nparties; i++) pset_add(&cp, cur->parties[i]);
        t = names_compatible(cur->name_en, en) ? cur : treaty_for(A, &cp, en);
    } else if (A->last_pair.n >= 2) t = treaty_for(A, &A->last_pair, en);
    if (t && en[0] && (!t->name_en[0] || strlen(en) > strlen(t->name_en))) {
        t->name_en = en;
        t->name = orig;
    }
    return t;
}

/* The current treaty, when a sentence with no treaty word speaks of it (a
 * status verb, an obligation, a cited article). */
static ent_treaty *treaty_of_facts(const art *A, const sent *s, const pset *ps, int coref) {
    ent_treaty *cur = A->current >= 0 ? &A->t[A->current] : NULL;
    int about = first_hit(s, K_OBLIG) || first_hit(s, K_INDEF) || first_hit(s, K_ARTICLE) || first_hit(s, K_STATUS) ||
                (first_hit(s, K_ASSIST) && first_hit(s, K_COND));
    if (!about || !cur) return NULL;
    int fits = coref || ps->n == 0;
    for (int i = 0; i < ps->n; i++) fits |= has_party(cur, ps->c[i]);
    /* a status verb alone ("A dokumentumot ... írták alá") needs the
     * treaty's parties or none named */
    if (fits && !first_hit(s, K_OBLIG) && !first_hit(s, K_INDEF) && !first_hit(s, K_ARTICLE) && !first_hit(s, K_ASSIST) &&
        first_hit(s, K_STATUS)) {
        int all_in = 1;
        for (int i = 0; i < ps->n; i++) all_in &= has_party(cur, ps->c[i]);
        fits = all_in;
    }
    return fits ? cur : NULL;
}

static void do_sentence(ent_treaty_ex *x, art *A, sent *s, const ent_event *ev, size_t nev) {
    const char *adate = s->x->a->date;
    const hit *head = pick_head(s);
    ent_treaty *cur = A->current >= 0 ? &A->t[A->current] : NULL;
    /* "the agreement" with a treaty spoken of before: it is that one, unless
     * the sentence names its parties as a group or a pair ("the agreement
     * between X and Y"); other countries named are not parties (hosts,
     * witnesses: "which took place at the US State Department") */
    const char *en = "", *orig = "";
    if (head) treaty_name(s, head, &en, &orig);
    int back = head && cur && !en[0] && head_det(s, head) && !strcmp(head_det(s, head), "definite");
    pset ps;
    sentence_parties(s, &ps, !back);
    if ((head && unreal_head(s, head)) || internal_parties(x, &ps, adate)) {
        add_framing(A, s, cur);
        return;
    }
    int coref = first_hit(s, K_COREF) != NULL;
    ent_treaty *t = head ? treaty_of_head(A, &ps, en, orig) : treaty_of_facts(A, s, &ps, coref);
    if (t) {
        add_sentence(t, s);
        for (size_t k = 0; k < s->nh; k++)
            if (s->h[k].kind == K_STATUS) add_status(s, t, &s->h[k], adate, ev, nev);
        const char *ob = add_obligations(s, t, coref);
        add_duration_articles(s, t, ob);
    }
    add_framing(A, s, t ? t : cur);
    if (ps.n >= 2) A->last_pair = ps;
}

const char *ent_treaty_descriptive(const char *name_en) {
    static const struct { const char *word, *type; } w[] = {
        {"defence", "defence"}, {"defense", "defence"}, {"security", "defence"}, {"assistance", "defence"},
        {"military", "defence"}, {"non-aggression", "nonaggression"}, {"neutrality", "neutrality"},
        {"mutual", NULL}, {"joint", NULL}, {"and", NULL}, {NULL, NULL}};
    const char *type = NULL;
    char buf[160];
    snprintf(buf, sizeof buf, "%s", name_en ? name_en : "");
    char *save = NULL;
    for (char *t = strtok_r(buf, " ,", &save); t; t = strtok_r(NULL, " ,", &save)) {
        int k = 0;
        while (w[k].word && strcmp(w[k].word, t)) k++;
        if (!w[k].word) return NULL;   /* a word that names: "comprehensive", "trinity" */
        if (w[k].type) type = w[k].type;
    }
    return type;
}

int ent_treaty_has_oblig(const ent_treaty *t, const char *type) {
    for (int i = 0; i < t->noblig; i++)
        if (!strcmp(t->oblig[i].type, type)) return 1;
    return 0;
}

/* "the mutual defence treaty" of two states that the article also names
 * by its name ("the comprehensive strategic partnership", with a defence
 * obligation) is that treaty: its facts move there. */
static void merge_into(ent_treaty *to, ent_treaty *from) {
    for (int k = 0; k < from->nstatus; k++) {
        int dup = 0;
        for (int q = 0; q < to->nstatus; q++)
            dup |= !strcmp(to->status[q].kind, from->status[k].kind) && !strcmp(to->status[q].date, from->status[k].date);
        if (!dup && to->nstatus < ENT_TR_MAX_FACTS) to->status[to->nstatus++] = from->status[k];
    }
    for (int k = 0; k < from->noblig; k++) {
        const ent_tr_oblig *o = &from->oblig[k];
        add_oblig(to, o->type, o->from, o->to, o->cond, o->help, o->at);
    }
    for (int k = 0; k < from->nart; k++) {
        int dup = 0;
        for (int q = 0; q < to->nart; q++)
            dup |= !strcmp(to->art[q].number, from->art[k].number) && !strcmp(to->art[q].topic, from->art[k].topic);
        if (!dup && to->nart < ENT_TR_MAX_FACTS) to->art[to->nart++] = from->art[k];
    }
    if (!to->duration[0] && from->duration[0]) {
        memcpy(to->duration, from->duration, sizeof to->duration);
        memcpy(to->duration_art, from->duration_art, sizeof to->duration_art);
        to->duration_at = from->duration_at;
    }
    for (int k = 0; k < from->nsent; k++) {
        int dup = 0;
        for (int q = 0; q < to->nsent; q++) dup |= to->sentences[q].sentence == from->sentences[k].sentence;
        if (!dup && to->nsent < ENT_TR_MAX_FACTS) to->sentences[to->nsent++] = from->sentences[k];
    }
    from->nparties = 0;   /* dropped */
}

static int same_party_sets(const ent_treaty *a, const ent_treaty *b) {
    if (a->nparties != b->nparties) return 0;
    for (int i = 0; i < a->nparties; i++)
        if (strcmp(a->parties[i], b->parties[i])) return 0;   /* both sorted */
    return 1;
}

static void merge_descriptive(art *A) {
    for (size_t i = 0; i < A->nt; i++) {
        const char *type = ent_treaty_descriptive(A->t[i].name_en);
        if (!type || !A->t[i].nparties) continue;
        for (size_t j = 0; j < A->nt; j++) {
            ent_treaty *t = &A->t[j];
            if (j == i || !t->nparties || !t->name_en[0] || ent_treaty_descriptive(t->name_en) || !same_party_sets(t, &A->t[i]) ||
                !ent_treaty_has_oblig(t, type))
                continue;
            merge_into(t, &A->t[i]);
            break;
        }
    }
}

static int extract(ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_coded_sentence *cs, size_t ncs,
                   const ent_event *ev, size_t nev, ent_arena *ar, ent_treaty_facts *out, ent_err *err) {
    memset(out, 0, sizeof *out);
    const char *l = lang && *lang ? lang : "en";
    const lexicon *L = lexicon_for(x, l);
    if (!L || !might_have_facts(L, a->text, a->text_len)) return 0;
    if (!ncs) {   /* none given: analyse the article */
        ent_sentence *own;
        if (ent_analyze_article(x->an, a, l, a->date, ar, &own, &ncs, err)) return ENT_EIO;
        cs = own;
    }
    art A;
    memset(&A, 0, sizeof A);
    A.current = -1;
    A.ar = ar;
    for (size_t i = 0; i < ncs; i++) {
        sent s;
        memset(&s, 0, sizeof s);
        s.x = &cs[i];
        s.ar = ar;
        s.when_tab = x->when;
        s.lex = L;
        if (!s.x->n) continue;
        find_hits(&s, L);
        if (!s.nh) continue;
        int relevant = 0;
        for (size_t k = 0; k < s.nh && !relevant; k++) {
            int kd = s.h[k].kind;
            relevant = kd == K_HEAD || kd == K_WEAK || kd == K_OBLIG || kd == K_INDEF || kd == K_FRAME || kd == K_ARTICLE ||
                       kd == K_ASSIST || (kd == K_STATUS && A.current >= 0);
        }
        if (!relevant) continue;
        collect_parties(&s, s.x->m, s.x->nm);
        exclude_speaker(&s);
        exclude_mediators(&s);
        do_sentence(x, &A, &s, ev, nev);
    }
    merge_descriptive(&A);
    /* a treaty with nothing but a name or a bare mention still counts when it has parties */
    size_t keep = 0;
    for (size_t i = 0; i < A.nt; i++)
        if (A.t[i].nparties >= 1) A.t[keep++] = A.t[i];
    out->t = A.t;
    out->nt = keep;
    out->f = A.f;
    out->nf = A.nf;
    return 0;
}

int ent_treaty_extract(ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_event *ev, size_t nev,
                       ent_arena *ar, ent_treaty_facts *out, ent_err *err) {
    return extract(x, a, lang, NULL, 0, ev, nev, ar, out, err);
}

int ent_treaty_extract_coded(ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_coded_sentence *cs,
                             size_t ncs, const ent_event *ev, size_t nev, ent_arena *ar, ent_treaty_facts *out,
                             ent_err *err) {
    return extract(x, a, lang, cs, ncs, ev, nev, ar, out, err);
}

/* ---- text output ---- */

void ent_treaty_parties_str(const ent_treaty *t, char *out, size_t cap) {
    size_t o = 0;
    out[0] = 0;
    for (int i = 0; i < t->nparties && o + 1 < cap; i++) {
        int w = snprintf(out + o, cap - o, "%s%s", i ? "+" : "", t->parties[i]);
        if (w < 0) break;
        o += (size_t)w;
    }
}

static void bits(ent_buf *b, const char *label, uint32_t v, const char *const *keys, int n) {
    if (!v) return;
    ent_buf_printf(b, " %s=", label);
    int first = 1;
    for (int i = 0; i < n; i++)
        if (v & (1u << i)) {
            if (!first) ent_buf_addc(b, ',');
            ent_buf_adds(b, keys[i]);
            first = 0;
        }
}

void ent_treaty_facts_text(const ent_treaty_facts *f, ent_buf *b) {
    for (size_t i = 0; i < f->nt; i++) {
        const ent_treaty *t = &f->t[i];
        char ps[160];
        ent_treaty_parties_str(t, ps, sizeof ps);
        if (t->name_en[0]) ent_buf_printf(b, "treaty %s \"%s\"\n", ps, t->name_en);
        else ent_buf_printf(b, "treaty %s -\n", ps);
        for (int k = 0; k < t->nstatus; k++) {
            const ent_tr_status *s = &t->status[k];
            ent_buf_printf(b, "status %s %s %s", ps, s->kind, s->date);
            if (s->actor[0]) ent_buf_printf(b, " actor=%s", s->actor);
            if (s->reported) ent_buf_printf(b, " reported=%s", s->reported);
            ent_buf_addc(b, '\n');
        }
        for (int k = 0; k < t->noblig; k++) {
            const ent_tr_oblig *o = &t->oblig[k];
            ent_buf_printf(b, "obligation %s %s %s>%s", ps, o->type, o->from, o->to);
            bits(b, "if", o->cond, cond_keys, ENT_TR_NCOND);
            bits(b, "help", o->help, help_keys, ENT_TR_NHELP);
            ent_buf_addc(b, '\n');
        }
        if (t->duration[0]) {
            ent_buf_printf(b, "duration %s %s", ps, t->duration);
            if (t->duration_art[0]) ent_buf_printf(b, " art=%s", t->duration_art);
            ent_buf_addc(b, '\n');
        }
        for (int k = 0; k < t->nart; k++) ent_buf_printf(b, "article %s %s %s\n", ps, t->art[k].number, t->art[k].topic);
    }
    for (size_t i = 0; i < f->nf; i++) ent_buf_printf(b, "framing %s>%s %s\n", f->f[i].speaker, f->f[i].other, f->f[i].term);
}

/* ---- JSON ---- */

static void json_where(ent_buf *b, const ent_article *a, const ent_tr_where *w) {
    ent_buf_adds(b, "\"sentence\":");
    ent_buf_addu(b, w->sentence);
    ent_buf_adds(b, ",\"start\":");
    ent_buf_addu(b, w->start);
    ent_buf_adds(b, ",\"end\":");
    ent_buf_addu(b, w->end);
    ent_buf_adds(b, ",\"text\":\"");
    ent_buf_json_str(b, a->text + w->start, w->end - w->start);
    ent_buf_addc(b, '"');
}

static void json_bits(ent_buf *b, uint32_t v, const char *const *keys, int n) {
    ent_buf_addc(b, '[');
    int first = 1;
    for (int i = 0; i < n; i++)
        if (v & (1u << i)) {
            if (!first) ent_buf_addc(b, ',');
            ent_buf_json_qstr(b, keys[i]);
            first = 0;
        }
    ent_buf_addc(b, ']');
}

static const char *nz(const char *s) { return s && *s ? s : NULL; }

void ent_treaty_facts_json(const ent_treaty_facts *f, const ent_article *a, ent_buf *b) {
    ent_buf_adds(b, "{\"article\":");
    ent_buf_json_qstr(b, a->id);
    ent_buf_adds(b, ",\"date\":");
    ent_buf_json_qstr(b, a->date);
    ent_buf_adds(b, ",\"treaties\":[");
    for (size_t i = 0; i < f->nt; i++) {
        const ent_treaty *t = &f->t[i];
        if (i) ent_buf_addc(b, ',');
        ent_buf_adds(b, "{\"parties\":[");
        for (int k = 0; k < t->nparties; k++) {
            if (k) ent_buf_addc(b, ',');
            ent_buf_json_qstr(b, t->parties[k]);
        }
        ent_buf_adds(b, "],\"name\":");
        ent_buf_json_qstr(b, nz(t->name_en));
        ent_buf_adds(b, ",\"name_text\":");
        ent_buf_json_qstr(b, nz(t->name));
        ent_buf_adds(b, ",\"duration\":");
        ent_buf_json_qstr(b, nz(t->duration));
        ent_buf_adds(b, ",\"duration_article\":");
        ent_buf_json_qstr(b, nz(t->duration_art));
        ent_buf_adds(b, ",\"status\":[");
        for (int k = 0; k < t->nstatus; k++) {
            const ent_tr_status *s = &t->status[k];
            if (k) ent_buf_addc(b, ',');
            ent_buf_adds(b, "{\"kind\":");
            ent_buf_json_qstr(b, s->kind);
            ent_buf_adds(b, ",\"date\":");
            ent_buf_json_qstr(b, s->date);
            ent_buf_adds(b, ",\"date_uncertain\":");
            ent_buf_adds(b, s->date[0] == '-' ? "true" : "false");
            ent_buf_adds(b, ",\"actor\":");
            ent_buf_json_qstr(b, nz(s->actor));
            ent_buf_adds(b, ",\"reported_by\":");
            ent_buf_json_qstr(b, s->reported);
            ent_buf_adds(b, ",\"event_code\":");
            ent_buf_json_qstr(b, nz(s->event_code));
            ent_buf_addc(b, ',');
            json_where(b, a, &s->at);
            ent_buf_addc(b, '}');
        }
        ent_buf_adds(b, "],\"obligations\":[");
        for (int k = 0; k < t->noblig; k++) {
            const ent_tr_oblig *o = &t->oblig[k];
            if (k) ent_buf_addc(b, ',');
            ent_buf_adds(b, "{\"type\":");
            ent_buf_json_qstr(b, o->type);
            ent_buf_adds(b, ",\"from\":");
            ent_buf_json_qstr(b, o->from);
            ent_buf_adds(b, ",\"to\":");
            ent_buf_json_qstr(b, o->to);
            ent_buf_adds(b, ",\"conditions\":");
            json_bits(b, o->cond, cond_keys, ENT_TR_NCOND);
            ent_buf_adds(b, ",\"help\":");
            json_bits(b, o->help, help_keys, ENT_TR_NHELP);
            ent_buf_addc(b, ',');
            json_where(b, a, &o->at);
            ent_buf_addc(b, '}');
        }
        ent_buf_adds(b, "],\"articles\":[");
        for (int k = 0; k < t->nart; k++) {
            if (k) ent_buf_addc(b, ',');
            ent_buf_adds(b, "{\"number\":");
            ent_buf_json_qstr(b, t->art[k].number);
            ent_buf_adds(b, ",\"topic\":");
            ent_buf_json_qstr(b, t->art[k].topic);
            ent_buf_addc(b, ',');
            json_where(b, a, &t->art[k].at);
            ent_buf_addc(b, '}');
        }
        ent_buf_adds(b, "],\"sentences\":[");
        for (int k = 0; k < t->nsent; k++) {
            if (k) ent_buf_addc(b, ',');
            ent_buf_addu(b, t->sentences[k].sentence);
        }
        ent_buf_adds(b, "]}");
    }
    ent_buf_adds(b, "],\"framing\":[");
    for (size_t i = 0; i < f->nf; i++) {
        if (i) ent_buf_addc(b, ',');
        ent_buf_adds(b, "{\"speaker\":");
        ent_buf_json_qstr(b, f->f[i].speaker);
        ent_buf_adds(b, ",\"other\":");
        ent_buf_json_qstr(b, f->f[i].other);
        ent_buf_adds(b, ",\"term\":");
        ent_buf_json_qstr(b, f->f[i].term);
        ent_buf_addc(b, ',');
        json_where(b, a, &f->f[i].at);
        ent_buf_addc(b, '}');
    }
    ent_buf_adds(b, "]}\n");
}
