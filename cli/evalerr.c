/* evalerr.c - the error classes of `entente eval --errors`: see evalerr.h
 * for the rules, which this file applies in the order given there. */
#include "evalerr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const ee_class_name[EE_NCLASS] = {"Actors", "Verbs", "Attachment", "Conventions", "Splitting"};

/* ---- keys ---- */

void ee_actor_key(const char *code, char out[8]) {
    char c[4], r[8];
    ent_code_split(code, c, r);
    snprintf(out, 8, "%.6s", c[0] ? c : code);
}

void ee_key_of(const char *src, const char *code, const char *tgt, char out[24]) {
    char s[8], t[8];
    ee_actor_key(src, s);
    ee_actor_key(tgt, t);
    snprintf(out, 24, "%s %.2s %s", s, code, t);
}

int ee_has(const ee_keyset *s, const char *k) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->k[i], k)) return 1;
    return 0;
}

void ee_add(ee_keyset *s, const char *k) {
    if (!ee_has(s, k) && s->n < EE_KEYS_MAX) snprintf(s->k[s->n++], sizeof s->k[0], "%s", k);
}

/* A key's parts: source and target keys, root. */
typedef struct tkey {
    char s[8], t[8];
    int root;
} tkey;

static void parse_key(const char *k, tkey *o) {
    char r[4] = "";
    o->s[0] = o->t[0] = 0;
    if (sscanf(k, "%7s %3s %7s", o->s, r, o->t) != 3) o->s[0] = o->t[0] = 0;
    o->root = atoi(r);
}

static int code_root(const char *code) {
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
    return (code[0] - '0') * 10 + code[1] - '0';
}

static int ref_is(const ent_actor_ref *r, const char *key) {
    char k[8];
    ee_actor_key(r->code, k);
    return !strcmp(k, key);
}

/* Convention partners (evalerr.h). */
static int conv_pair(int a, int b) {
    int lo = a < b ? a : b, hi = a < b ? b : a;
    if (lo == hi || lo < 1) return 0;
    if (lo == 1) return 1;
    if (lo == 3) return (hi >= 4 && hi <= 8) || hi == 12;
    if (hi == 12) return lo >= 4 && lo <= 8;
    return lo == 13 && hi >= 15;
}

/* ---- the item as the coder saw it ---- */

#define EE_POS_MAX 64
#define EE_PIECES_MAX 32

typedef struct ictx {
    const ee_article *a;
    const ee_item *it;
    size_t s0, s1;                        /* the coder's sentences overlapping the item */
    size_t np;                            /* reference sentences */
    size_t ps[EE_PIECES_MAX], pe[EE_PIECES_MAX];
} ictx;

typedef struct posv {
    size_t p[EE_POS_MAX];
    int n;
} posv;

static void pos_add(posv *v, size_t p) {
    if (v->n < EE_POS_MAX) v->p[v->n++] = p;
}

static int in_item(const ictx *x, size_t p) { return p >= x->it->start && p < x->it->end; }

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void add_piece(ictx *x, size_t s, size_t e) {
    const char *t = x->a->text;
    while (s < e && is_sp(t[s])) s++;
    while (e > s && is_sp(t[e - 1])) e--;
    if (s < e && x->np < EE_PIECES_MAX) x->ps[x->np] = s, x->pe[x->np++] = e;
}

/* Does the text before the line end at `nl` end a sentence (. ! ? and
 * closing quotes or brackets)? */
static int ends_sentence(const char *t, size_t from, size_t nl) {
    size_t e = nl;
    while (e > from && is_sp(t[e - 1])) e--;
    while (e > from) {
        unsigned char c = (unsigned char)t[e - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') e--;
        else if (e - from >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
                 (c == 0x9D || c == 0x99))
            e -= 3;   /* ” ’ */
        else if (e - from >= 2 && (unsigned char)t[e - 2] == 0xC2 && c == 0xBB)
            e -= 2;   /* » */
        else
            break;
    }
    return e > from && strchr(".!?", t[e - 1]) != NULL;
}

static void ictx_init(ictx *x, const ee_article *a, const ee_item *it) {
    memset(x, 0, sizeof *x);
    x->a = a;
    x->it = it;
    x->s0 = a->ns;
    for (size_t i = 0; i < a->ns; i++)
        if (a->ss[i].span.start < it->end && a->ss[i].span.end > it->start) {
            if (x->s0 == a->ns) x->s0 = i;
            x->s1 = i + 1;
        }
    if (x->s0 == a->ns) x->s0 = x->s1 = 0;
    size_t from = it->start;
    for (size_t p = it->start; !it->one_sentence && p < it->end; p++)
        if (a->text[p] == '\n' && ends_sentence(a->text, from, p)) add_piece(x, from, p), from = p + 1;
    add_piece(x, from, it->end);
}

static int piece_of(const ictx *x, size_t p) {
    for (size_t j = 0; j < x->np; j++)
        if (p >= x->ps[j] && p < x->pe[j]) return (int)j;
    return -1;
}

static const ent_span *span_of(const ictx *x, size_t i) { return &x->a->ss[i].span; }

static int sent_has(const ictx *x, size_t i, size_t p) { return p >= span_of(x, i)->start && p < span_of(x, i)->end; }

/* The coder's sentence holding byte p, or -1. */
static long sent_of(const ictx *x, size_t p) {
    for (size_t i = 0; i < x->a->ns; i++)
        if (sent_has(x, i, p)) return (long)i;
    return -1;
}

static int mention_is(const ent_mention *m, const char *key) {
    char k[8];
    ee_actor_key(m->code, k);
    return !strcmp(k, key);
}

/* Where the item names `key`: its mentions, the actors of its events. */
static void key_positions(const ictx *x, const char *key, posv *v) {
    v->n = 0;
    for (size_t i = x->s0; i < x->s1; i++)
        for (size_t j = 0; j < x->a->ss[i].nm; j++) {
            const ent_mention *m = &x->a->ss[i].m[j];
            if (in_item(x, m->start) && mention_is(m, key)) pos_add(v, m->start);
        }
    for (size_t i = 0; i < x->a->nev; i++) {
        const ent_event *e = &x->a->ev[i];
        if (!in_item(x, e->ev_start)) continue;
        if (ref_is(&e->source, key)) pos_add(v, e->source.start);
        if (ref_is(&e->target, key)) pos_add(v, e->target.start);
    }
}

/* Has the item a word that may refer back to an actor named before it: a
 * word of data/coref.txt, a bare role noun; or is it Hungarian? */
static int refers_back(const ictx *x) {
    for (size_t i = x->s0; i < x->s1; i++) {
        const ent_sentence *s = &x->a->ss[i];
        if (s->hu) return 1;
        for (size_t j = 0; j < s->nm; j++)
            if (in_item(x, s->m[j].start) && s->m[j].code[0] == '~') return 1;
        for (size_t k = 0; k < s->n; k++)
            if (in_item(x, s->tok[k].start) && ent_an_coref(s->an, s->lang, s->tok[k].norm) != ENT_CO_NONE) return 1;
    }
    return 0;
}

/* Is `key` found: in the item, or named before it in the article when the
 * item may refer back to it? */
static int found(const ictx *x, const char *key) {
    posv v;
    key_positions(x, key, &v);
    if (v.n) return 1;
    if (!refers_back(x)) return 0;
    for (size_t i = 0; i < x->a->ns && x->a->ss[i].span.start < x->it->start; i++)
        for (size_t j = 0; j < x->a->ss[i].nm; j++)
            if (x->a->ss[i].m[j].start < x->it->start && mention_is(&x->a->ss[i].m[j], key)) return 1;
    return 0;
}

/* Is `key` named in the item only inside the reporting frame? */
static int only_in_frame(const ictx *x, const char *key) {
    int n = 0, framed = 0;
    for (size_t i = x->s0; i < x->s1; i++)
        for (size_t j = 0; j < x->a->ss[i].nm; j++) {
            const ent_mention *m = &x->a->ss[i].m[j];
            if (!in_item(x, m->start) || !mention_is(m, key)) continue;
            n++;
            framed += x->a->ss[i].report[m->tok_start] != 0;
        }
    return n && n == framed;
}

static int trig_root(const ent_trigger *t) { return t->pattern->block ? 0 : code_root(t->pattern->code); }

/* The triggers of root R in the item (by their pattern or final code). */
static void trigger_positions(const ictx *x, int root, posv *v) {
    v->n = 0;
    for (size_t i = 0; i < x->a->ntr; i++) {
        const ent_trigger *t = &x->a->tr[i];
        if (in_item(x, t->start) && (trig_root(t) == root || (t->coded && code_root(t->coded->code) == root))) pos_add(v, t->start);
    }
}

static int any_in(const posv *v, size_t s, size_t e) {
    for (int i = 0; i < v->n; i++)
        if (v->p[i] >= s && v->p[i] < e) return 1;
    return 0;
}

/* ---- misses ---- */

static int split_miss(const ictx *x, const posv *S, const posv *T, const posv *R) {
    for (size_t j = 0; j < x->np; j++) {
        if (!any_in(S, x->ps[j], x->pe[j]) || !any_in(T, x->ps[j], x->pe[j]) || !any_in(R, x->ps[j], x->pe[j])) continue;
        int ok = 0;
        for (size_t i = x->s0; i < x->s1 && !ok; i++) {
            const ent_span *sp = span_of(x, i);
            size_t a = sp->start > x->ps[j] ? sp->start : x->ps[j], b = sp->end < x->pe[j] ? sp->end : x->pe[j];
            ok = sp->start >= x->ps[j] && sp->end <= x->pe[j] && any_in(S, a, b) && any_in(T, a, b) && any_in(R, a, b);
        }
        return !ok;
    }
    return 0;
}

/* Did the coder code S -> T in the item with the same root not as a fact,
 * or with a convention partner of the root? */
static const char *coded_otherwise(const ictx *x, const tkey *k) {
    for (size_t i = 0; i < x->a->nev; i++) {
        const ent_event *e = &x->a->ev[i];
        if (!in_item(x, e->ev_start) || !ref_is(&e->source, k->s) || !ref_is(&e->target, k->t)) continue;
        int r = code_root(e->cameo->code);
        if (r == k->root && (e->negated || e->mood)) return "coded, but not as a fact (negated or mood)";
        char key[24];
        snprintf(key, sizeof key, "%s %02d %s", k->s, r, k->t);
        if (ee_has(x->it->gold, key)) continue;   /* that one is right */
        if (conv_pair(r, k->root)) return r == 1 || k->root == 1 ? "a statement vs the reported act" : "intent, refusal or threat vs the act";
    }
    return NULL;
}

int ee_missed(const ee_article *a, const ee_item *it, const char *key, const char **why) {
    ictx x;
    ictx_init(&x, a, it);
    tkey k;
    parse_key(key, &k);
    posv S, T, R;
    key_positions(&x, k.s, &S);
    key_positions(&x, k.t, &T);
    trigger_positions(&x, k.root, &R);
    if (split_miss(&x, &S, &T, &R)) return *why = "actors and trigger in one sentence the coder cut or merged", EE_SPLITTING;
    if ((*why = coded_otherwise(&x, &k))) return EE_CONVENTIONS;
    if (only_in_frame(&x, k.s) || only_in_frame(&x, k.t)) return *why = "the actor is named only in the reporting frame", EE_CONVENTIONS;
    if (!found(&x, k.s) || !found(&x, k.t)) return *why = !found(&x, k.s) ? "no source actor found" : "no target actor found", EE_ACTORS;
    if (k.root == 14 && R.n) return *why = "a protest's source or target", EE_CONVENTIONS;
    if (!R.n) return *why = "no trigger of the root", EE_VERBS;
    return *why = "trigger and actors found, roles assigned otherwise", EE_ATTACHMENT;
}

/* ---- false events ---- */

/* The first factual event of the item with key k. */
static const ent_event *event_of(const ictx *x, const char *key) {
    for (size_t i = 0; i < x->a->nev; i++) {
        const ent_event *e = &x->a->ev[i];
        char k[24];
        if (e->negated || e->mood || !in_item(x, e->ev_start)) continue;
        ee_key_of(e->source.code, e->cameo->code, e->target.code, k);
        if (!strcmp(k, key)) return e;
    }
    return NULL;
}

/* Is `key` named by a mention in the coder's sentence i? */
static int named_in_sentence(const ictx *x, size_t i, const char *key) {
    for (size_t j = 0; j < x->a->ss[i].nm; j++)
        if (mention_is(&x->a->ss[i].m[j], key)) return 1;
    return 0;
}

/* ... by a mention in [s, e) outside the coder's sentence i? */
static int named_outside(const ictx *x, size_t i, size_t s, size_t e, const char *key) {
    for (size_t q = x->s0; q < x->s1; q++)
        for (size_t j = 0; q != i && j < x->a->ss[q].nm; j++) {
            const ent_mention *m = &x->a->ss[q].m[j];
            if (m->start >= s && m->start < e && mention_is(m, key)) return 1;
        }
    return 0;
}

static int split_false(const ictx *x, const ent_event *e, const tkey *k) {
    long i = sent_of(x, e->ev_start);
    int j = piece_of(x, e->ev_start);
    if (i < 0 || j < 0) return 0;
    const ent_span *sp = span_of(x, (size_t)i);
    if (sp->start == x->ps[j] && sp->end == x->pe[j]) return 0;
    if (sp->start < x->ps[j] || sp->end > x->pe[j])   /* merged */
        return piece_of(x, e->source.start) != j || piece_of(x, e->target.start) != j;
    return (!named_in_sentence(x, (size_t)i, k->s) && named_outside(x, (size_t)i, x->ps[j], x->pe[j], k->s)) ||
           (!named_in_sentence(x, (size_t)i, k->t) && named_outside(x, (size_t)i, x->ps[j], x->pe[j], k->t));
}

/* Does a key of set g match (source, root, target), each "" or 0 for any? */
static int gold_match(const ee_keyset *g, const char *s, int root, const char *t) {
    for (int i = 0; i < g->n; i++) {
        tkey k;
        parse_key(g->k[i], &k);
        if ((!s[0] || !strcmp(k.s, s)) && (!root || k.root == root) && (!t[0] || !strcmp(k.t, t))) return 1;
    }
    return 0;
}

/* Does the gold have S -> T, not coded, with a convention partner of root r? */
static int gold_partner(const ee_item *it, const tkey *k) {
    const ee_keyset *g = it->gold;
    for (int i = 0; i < g->n; i++) {
        tkey q;
        parse_key(g->k[i], &q);
        if (!strcmp(q.s, k->s) && !strcmp(q.t, k->t) && conv_pair(q.root, k->root) && !ee_has(it->got, g->k[i])) return 1;
    }
    return 0;
}

/* Does the gold of the item (=, ?, ~) name actors, and is `key` one of them? */
static int gold_names(const ee_item *it, const char *key, int *any) {
    const ee_keyset *sets[3] = {it->gold, it->alt, it->nonfact};
    for (int s = 0; s < 3; s++) {
        *any |= sets[s]->n > 0;
        if (gold_match(sets[s], key, 0, "") || gold_match(sets[s], "", 0, key)) return 1;
    }
    return 0;
}

/* Did the mood stage recode the event's trigger (03x, 12x, 13x, 011)? */
static int recoded(const ictx *x, const ent_event *e) {
    for (size_t i = 0; i < x->a->ntr; i++) {
        const ent_trigger *t = &x->a->tr[i];
        if (t->start == e->ev_start && t->end == e->ev_end && t->coded == e->cameo && strcmp(t->coded->code, t->pattern->code)) return 1;
    }
    return 0;
}

int ee_false(const ee_article *a, const ee_item *it, const char *key, const char **why) {
    ictx x;
    ictx_init(&x, a, it);
    tkey k;
    parse_key(key, &k);
    const ent_event *e = event_of(&x, key);
    if (e && split_false(&x, e, &k)) return *why = "an actor from another sentence the coder cut or merged", EE_SPLITTING;
    char kk[24];
    snprintf(kk, sizeof kk, "%s %02d %s", k.s, k.root, k.t);
    if (ee_has(it->nonfact, kk)) return *why = "the gold says it is not a fact", EE_CONVENTIONS;
    if (gold_partner(it, &k)) return *why = "intent, refusal, threat or statement vs the act", EE_CONVENTIONS;
    if (k.root == 1) return *why = "a statement (01x) where the speech act is no event", EE_CONVENTIONS;
    int any = 0, ns = gold_names(it, k.s, &any), nt = gold_names(it, k.t, &any);
    if (any && (!ns || !nt)) return *why = !ns ? "a source the gold does not name" : "a target the gold does not name", EE_ACTORS;
    if (e && recoded(&x, e)) return *why = "recoded as an intention, refusal or threat", EE_CONVENTIONS;
    if (k.root == 14 && gold_match(it->gold, k.s, 14, "")) return *why = "a protest's target", EE_CONVENTIONS;
    if (gold_match(it->gold, k.t, k.root, k.s)) return *why = "the direction", EE_ATTACHMENT;
    if (gold_match(it->gold, k.s, 0, k.t) || gold_match(it->gold, k.t, 0, k.s)) return *why = "another root between these actors", EE_VERBS;
    if (!gold_match(it->gold, "", k.root, "")) return *why = "no event of this root in the gold", EE_VERBS;
    return *why = "the root is in the gold between other actors", EE_ATTACHMENT;
}
