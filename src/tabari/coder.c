/* coder.c - TABARI's parse and coding of one text unit; see tabari.h.
 *
 * The order of the steps is the manual's (7.10): filter, words and their
 * literals, roots by most matched characters, nouns, (agents to actors),
 * compound actors, comma-delimited clauses, conjunction clauses, pronouns,
 * discards, complexity; then verbs clause by clause, each verb's patterns
 * longest first, the verb's own code last. Matching inside a pattern is
 * greedy, element by element, as TABARI's checkPattern does: words may be
 * skipped where the connector allows it, `$ + %` bind the actor found there,
 * the part after `*` is matched forward from the verb, the part before it
 * backward. All working memory comes from the caller's arena.
 */
#define _POSIX_C_SOURCE 200809L
#include "tb_int.h"

#include "../base/date.h"
#include "../base/utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define F_INITCAP 1
#define F_MIDCAP 2
#define F_NUMBER 4
#define F_COMMA 8

#define MAX_WORDS 126     /* TABARI's MAX_LEX - 2 */
#define MAX_TEXT 2047     /* TABARI's MAX_SENTENCE - 1 */
#define MAX_EVENTS 64

typedef struct lexw {
    char *w;
    uint16_t len;
    uint32_t start, end;
    uint8_t flags;
    uint32_t lit0;
    uint16_t nlit;
} lexw;

typedef struct litm {
    uint32_t lit;
    uint8_t exact;
} litm;

typedef struct act {
    const char *actor, *agent;
    int where;             /* word index; -1 = default actor */
    int set;
} act;

typedef struct tev {
    act s, t;
    const char *code;
    uint8_t sub, dom, isevt;
    int vloc;
    const char *src;
} tev;

typedef struct seg {
    int head, tail, active;
} seg;

typedef struct ctx {
    const ent_tabari *tb;
    int32_t date;
    ent_arena *ar;
    const char *text;
    int n;                 /* words; index n is the Halt */
    lexw *lx;
    litm *lits;
    size_t nlits;
    uint64_t present[64];  /* which literals the unit has (a 4096-bit filter) */
    uint8_t *wt, *rh, *rt, *compd;
    uint32_t *root;        /* root id at a head */
    int *rend, *rbeg, *ref;
    int *ch, *ct;          /* compound index + 1 at its head / tail */
    seg *cmp;
    int ncmp;
    seg *sub;
    int nsub;
    int *sub_at;           /* subord index + 1 at its head */
    seg *cl;
    int ncl;
    int reccaps;
    int istart, iend;
    act src, tgt;
    int regsrc, regtgt, passive;
    int isrc, itgt, icmp;
    int lenalt, incond;
    tev ev[MAX_EVENTS];
    int nev;
    int discard, complex;
    int can_fwd;
    uint32_t fwd_actor, fwd_comp;   /* the previous record's, when it may be referred to */
} ctx;

/* ---- the text filter (parser.cp filterText) and words ---- */

/* Latin letters with diacritics -> ASCII (manual 7.3: diacriticals removed). */
static int fold_cp(unsigned cp) {
    static const char *lat1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (cp >= 0xC0 && cp <= 0xFF) return lat1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) {
        static const char *ext = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
        return ext[cp - 0x100];
    }
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) return '\'';
    if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) return '"';
    return ' ';
}

static void add_word(ctx *c, char *buf, size_t *bl, uint32_t ws, uint32_t we) {
    if (!*bl) return;
    if (c->n >= MAX_WORDS) {
        *bl = 0;
        return;
    }
    lexw *w = &c->lx[c->n++];
    w->w = ent_arena_strndup(c->ar, buf, *bl);
    w->len = (uint16_t)*bl;
    w->start = ws;
    w->end = we;
    w->flags = 0;
    *bl = 0;
}

static void tokens(ctx *c, const char *t, size_t n) {
    char buf[64];
    size_t bl = 0;
    uint32_t ws = 0, we = 0;
    c->reccaps = 1;
    for (size_t i = 0; i < n; i++)
        if (islower((unsigned char)t[i])) {
            c->reccaps = 0;
            break;
        }
    char prev = ' ';
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)t[i];
        size_t clen = 1;
        int x = ch;
        if (ch >= 0x80) {
            unsigned cp = ent_utf8_decode(t + i, &clen);
            if (!clen) clen = 1;
            x = fold_cp(cp);
        }
        char next = i + clen < n ? t[i + clen] : ' ';
        if (x == '/' && next == '*') {   /* text between / * and * / is not coded */
            add_word(c, buf, &bl, ws, we);
            const char *e = strstr(t + i + 2, "*/");
            i = e && (size_t)(e - t) < n ? (size_t)(e - t) + 2 : n;
            prev = ' ';
            continue;
        }
        int sep = 0, tok = 0, keep = 0;
        if (isspace(x)) sep = 1;
        else if (isalnum(x)) keep = 1;
        else if (ispunct(x)) {
            if (x == ';' || x == ':' || x == '(' || x == ')') tok = ',';
            else if (x == ',') {
                if (isdigit((unsigned char)prev) && isdigit((unsigned char)next)) { /* 1,500 -> 1500 */ }
                else tok = ',';
            } else if (x == '.') {
                if ((isdigit((unsigned char)prev) && isdigit((unsigned char)next)) || isupper((unsigned char)prev)) keep = 1;
                else sep = 1;
            } else if (x == '\'' || x == '$') keep = 1;
            else if (x == '"') tok = '"';
            else sep = 1;
        } else sep = 1;
        if (keep) {
            if (!bl) ws = (uint32_t)i;
            if (bl + 1 < sizeof buf) buf[bl++] = (char)x;
            we = (uint32_t)(i + clen);
        } else if (sep || tok) {
            add_word(c, buf, &bl, ws, we);
            if (tok) {
                buf[0] = (char)tok;
                bl = 1;
                add_word(c, buf, &bl, (uint32_t)i, (uint32_t)(i + clen));
            }
        }
        prev = (char)x;
        i += clen;
    }
    add_word(c, buf, &bl, ws, we);
}

/* Literal list of every word (LiteralsClass::check): every literal that is
 * the word or a prefix of it, shortest first. */
static void lexicon(ctx *c) {
    const ent_tabari *tb = c->tb;
    size_t cap = (size_t)c->n * 8 + 16;
    c->lits = ent_arena_alloc(c->ar, cap * sizeof *c->lits);
    c->nlits = 0;
    int first = 1;
    for (int i = 0; i < c->n; i++) {
        lexw *w = &c->lx[i];
        if (!c->reccaps && isupper((unsigned char)w->w[0])) {
            w->flags = first ? F_INITCAP : F_MIDCAP;
            first = 0;
        }
        for (char *p = w->w; *p; p++) *p = (char)toupper((unsigned char)*p);
        w->lit0 = (uint32_t)c->nlits;
        w->nlit = 0;
        if (w->w[0] == ',' && w->len == 1) {
            w->flags = F_COMMA;
            continue;
        }
        uint64_t h = TB_FNV0;
        for (size_t l = 1; l <= w->len; l++) {
            h = TB_FNV(h, w->w[l - 1]);
            uint32_t v = tb_prefix_get(tb, w->w, l, h);
            if (!v) break;
            if ((v & 1) && (l >= 2 || l == w->len)) {
                if (c->nlits == cap) {
                    litm *nl = ent_arena_alloc(c->ar, cap * 2 * sizeof *nl);
                    memcpy(nl, c->lits, cap * sizeof *nl);
                    c->lits = nl;
                    cap *= 2;
                }
                uint32_t bit = ((v >> 2) * 2654435761u) >> 20 & 4095;
                c->present[bit >> 6] |= 1ull << (bit & 63);
                c->lits[c->nlits].lit = v >> 2;
                c->lits[c->nlits].exact = l == w->len;
                c->nlits++;
                w->nlit++;
            }
            if (!(v & 2)) break;
        }
        if (isdigit((unsigned char)w->w[0]) && !w->nlit) w->flags = F_NUMBER;
    }
}

static int has_lit(const ctx *c, int i, uint32_t lit) {
    if (i < 0 || i >= c->n) return 0;
    const lexw *w = &c->lx[i];
    for (uint16_t k = 0; k < w->nlit; k++)
        if (c->lits[w->lit0 + k].lit == lit) return c->lits[w->lit0 + k].exact ? 2 : 1;
    return 0;
}

/* ---- roots (makeSynt / matchLex) ---- */

/* Might the unit hold this literal? (no false negatives) */
static int present(const ctx *c, uint32_t lit) {
    uint32_t bit = (lit * 2654435761u) >> 20 & 4095;
    return (c->present[bit >> 6] >> (bit & 63)) & 1;
}

/* Matches root r at word i; the matched word indexes go to idx. Returns
 * the characters matched, 0 if no match. */
static int match_root(const ctx *c, const tb_root *r, int i, int *idx, int *nidx) {
    const ent_tabari *tb = c->tb;
    int nmatch = 0, fskip = 0, k = 0;
    *nidx = 0;
    int j = i;
    while (k < r->nel && j < c->n) {
        const lexw *w = &c->lx[j];
        if (w->flags & F_COMMA) return 0;
        const tb_el *e = &tb->els[r->el + k];
        int found = 0, litlen = 0;
        if (e->v > 0)
            for (uint16_t q = 0; q < w->nlit; q++)
                if (c->lits[w->lit0 + q].lit == (uint32_t)e->v) {
                    found = 1;
                    litlen = tb->lits[e->v].len;
                    break;
                }
        if (!found) {
            if (fskip) {
                j++;
                continue;
            }
            return 0;
        }
        nmatch += litlen;
        if (*nidx < 32) idx[(*nidx)++] = j;
        if (litlen < w->len && !(e->conn & C_SKIP)) {
            if (e->conn == C_EQUAL) return 0;
            if (k + 1 < r->nel) return 0;
            const char *p = w->w + litlen;
            size_t rest = w->len - (size_t)litlen;
            if (r->wtype == W_ACTOR || r->wtype == W_AGENT || r->wtype == W_NOUN) {
                if (rest == 1 && p[0] == 'S') return nmatch + 1;
                if (rest == 2 && p[1] == 'S' && (p[0] == '\'' || p[0] == 'E')) return nmatch + 2;
            }
            if (r->wtype == W_VERB) {
                if (rest == 1 && p[0] == 'S') return nmatch + 1;
                if (rest == 2 && p[0] == 'E' && (p[1] == 'D' || p[1] == 'S' || p[1] == 'N')) return nmatch + 2;
                if (rest == 3 && !memcmp(p, "ING", 3)) return nmatch + 3;
                if (rest == 1 && p[0] == 'D' && p[-1] == 'E') return nmatch + 1;
            }
            return 0;
        }
        fskip = (e->conn & C_PART) != 0;
        j++;
        k++;
    }
    return k < r->nel ? 0 : nmatch;
}

static void assign_roots(ctx *c) {
    const ent_tabari *tb = c->tb;
    int idx[32], nidx, best[32], nbest;
    for (int i = 0; i < c->n; i++) {
        const lexw *w = &c->lx[i];
        if (c->wt[i] != W_NULL) continue;
        if (w->flags & F_COMMA) {
            c->wt[i] = W_COMMA;
            continue;
        }
        if (w->flags & F_NUMBER) {
            c->wt[i] = W_NUMBER;
            continue;
        }
        int maxm = 0;
        uint32_t broot = 0;
        for (uint16_t q = 0; q < w->nlit; q++) {
            const tb_lit *lt = &tb->lits[c->lits[w->lit0 + q].lit];
            for (const tb_start *st = tb->starts + lt->start0, *se = st + lt->nstart; st < se; st++) {
                if (st->second && !present(c, (uint32_t)st->second)) continue;
                uint32_t r = st->root;
                const tb_root *rt = &tb->roots[r];
                int k = 1;   /* a word of the phrase the unit lacks: no match */
                while (k < rt->nel && (tb->els[rt->el + k].v <= 0 || present(c, (uint32_t)tb->els[rt->el + k].v))) k++;
                if (k < rt->nel) continue;
                int m = match_root(c, rt, i, idx, &nidx);
                if (m > maxm) {
                    maxm = m;
                    broot = r;
                    memcpy(best, idx, sizeof(int) * (size_t)nidx);
                    nbest = nidx;
                }
            }
        }
        if (!maxm) continue;
        int t = tb->roots[broot].wtype;
        c->root[i] = broot;
        c->rh[i] = (uint8_t)t;
        for (int k = 0; k < nbest; k++) c->wt[best[k]] = (uint8_t)t;
        c->rt[best[nbest - 1]] = (uint8_t)t;
        c->rend[i] = best[nbest - 1];
        c->rbeg[best[nbest - 1]] = i;
    }
}

/* ---- codes ---- */

static const char *actor_code(const ctx *c, uint32_t r) {
    const ent_tabari *tb = c->tb;
    const tb_root *rt = &tb->roots[r];
    const char *def = NULL;
    int restricted = 0;
    for (uint32_t k = 0; k < rt->nacode; k++) {
        const tb_acode *a = &tb->acodes[rt->acode + k];
        if (!a->from && !a->to) {
            if (!def) def = a->code;
            continue;
        }
        restricted = 1;
        if (c->date >= a->from && (!a->to || c->date <= a->to)) return a->code;
    }
    if (def) return def;
    (void)restricted;
    return "---";
}

static const char *verb_code(const ent_tabari *tb, uint32_t r) {
    const tb_root *rt = &tb->roots[r];
    if (rt->code) return rt->code;
    return rt->group ? tb->groups[rt->group - 1].code : NULL;
}

/* ---- parse steps ---- */

static void cancel_root(ctx *c, int head, int newtype) {
    int tail = c->rend[head];
    int old = c->rh[head];
    for (int k = head; k <= tail && k < c->n; k++)
        if (c->wt[k] == old && (k == head || !c->rh[k])) c->wt[k] = (uint8_t)newtype;
    c->rh[head] = newtype == W_NULLTAG ? 0 : (uint8_t)newtype;
    c->rt[tail] = newtype == W_NULLTAG ? 0 : (uint8_t)newtype;
}

static void mark_nouns(ctx *c) {
    for (int i = 0; i < c->n; i++) {
        if (c->wt[i] == W_VERB && i > 0) {
            if (c->wt[i - 1] == W_DETERM || (c->lx[i].flags & F_MIDCAP)) {
                if (c->rh[i] == W_VERB) cancel_root(c, i, W_NOUN);
                else c->wt[i] = W_NOUN;
            }
        } else if (c->rh[i] == W_ACTOR && !strcmp(actor_code(c, c->root[i]), "---")) {
            cancel_root(c, i, W_NOUN);
        }
    }
}

static void convert_agents(ctx *c) {
    for (int a = 0; a < c->n; a++) {
        if (c->wt[a] != W_AGENT) continue;
        if (a > 0 && (c->wt[a - 1] == W_ACTOR || c->rt[a - 1] == W_ACTOR || c->root[a - 1] == c->tb->root_former)) {
            if (c->rh[a] == W_AGENT) a = c->rend[a];
            continue;
        }
        if (c->rh[a] != W_AGENT) continue;
        int h = a, t = c->rend[a];
        a = t;
        if (t + 1 < c->n && c->rh[t + 1] == W_ACTOR) continue;
        if (t + 2 < c->n && c->wt[t + 1] == W_PREP && c->wt[t + 2] == W_ACTOR) continue;
        c->wt[h] = W_ACTOR;
        c->rh[h] = W_ACTOR;
        c->rt[t] = W_ACTOR;
        for (int k = h + 1; k <= t; k++)
            if (c->wt[k] == W_AGENT) c->wt[k] = W_ACTOR;
    }
}

static int actor_head_back(const ctx *c, int k) {
    while (k >= 0 && c->rh[k] != W_ACTOR) k--;
    return k;
}

static void mark_compounds(ctx *c) {
    const ent_tabari *tb = c->tb;
    for (int i = 0; i < c->n; i++) {
        if (c->wt[i] != W_CONJ || !(has_lit(c, i, tb->lit_and) || has_lit(c, i, tb->lit_nor))) continue;
        int pend = -1, pset = -1;
        for (int k = i + 1; k < c->n && (c->wt[k] == W_ACTOR || c->wt[k] == W_DETERM || c->wt[k] == W_ADJ); k++) {
            if (c->wt[k] == W_ACTOR && c->rh[k] == W_ACTOR) {
                k = c->rend[k];
                pend = k;
            }
        }
        if (pend < 0) continue;
        int need = 0;
        for (int k = i; k >= 0 &&
                        (c->wt[k] == W_ACTOR || c->wt[k] == W_CONJ || c->wt[k] == W_COMMA || c->wt[k] == W_DETERM || c->wt[k] == W_ADJ);
             k--) {
            if (c->wt[k] == W_CONJ || c->wt[k] == W_COMMA) need = 0;
            if (c->wt[k] == W_ACTOR) {
                if (need) break;
                int h = actor_head_back(c, k);
                if (h < 0) break;
                k = h;
                pset = k;
                need = 1;
            }
        }
        if (pset < 0) continue;
        /* cancel compounds inside this one */
        for (int k = pset; k <= pend; k++)
            if (c->ch[k]) {
                seg *s = &c->cmp[c->ch[k] - 1];
                c->ct[s->tail] = 0;
                c->ch[k] = 0;
                s->active = 0;
            }
        seg *s = &c->cmp[c->ncmp++];
        s->head = pset, s->tail = pend, s->active = 1;
        c->ch[pset] = c->ncmp;
        c->ct[pend] = c->ncmp;
        for (int k = pset; k <= pend; k++) c->compd[k] = 1;
    }
}

static void add_sub(ctx *c, int h, int t) {
    if (h > t) return;
    seg *s = &c->sub[c->nsub++];
    s->head = h, s->tail = t, s->active = 1;
    c->sub_at[h] = c->nsub;
}

static void mark_subordinate(ctx *c) {
    const tb_opts *o = &c->tb->o;
    if (o->comma_off) return;
    int i = 0;
    while (i < c->n) {
        if (c->ch[i]) {
            i = c->cmp[c->ch[i] - 1].tail + 1;
            continue;
        }
        if (c->wt[i] == W_COMMA) {
            int ps = i;
            if (i >= o->bmin && i <= o->bmax) add_sub(c, 0, ps - 1);
            i++;
            while (i < c->n && c->wt[i] != W_COMMA) {
                if (c->ch[i]) i = c->cmp[c->ch[i] - 1].tail + 1;
                else i++;
            }
            if (i >= c->n) {
                int len = i - ps - 1;
                if (len >= o->emin && len <= o->emax) add_sub(c, ps, c->n - 1);
                if (len >= o->emin && len <= o->emax) return;
            } else if (i - ps - 1 >= o->cmin && i - ps - 1 <= o->cmax) {
                add_sub(c, ps, i);
            }
        }
        if (i < c->n) i++;
    }
}

/* Everything inside a comma-delimited clause is ignored (nullSubordinate):
 * the words lose their types, roots and compounds reaching into it end. */
static void null_subordinate(ctx *c) {
    for (int s = 0; s < c->nsub; s++) {
        int h = c->sub[s].head, t = c->sub[s].tail;
        int from = h == 0 ? 0 : h + 1;
        if (h == 0) c->wt[0] = W_NULL;
        for (int k = from; k <= t; k++) {
            if (c->rh[k]) {
                int tail = c->rend[k];
                for (int q = k; q <= tail && q < c->n; q++) c->wt[q] = W_NULLTAG;
                c->rt[tail] = 0;
                c->rh[k] = 0;
            }
            if (c->rt[k]) {
                int head = c->rbeg[k];
                c->wt[head] = W_NULLTAG;
                c->rh[head] = 0;
                c->rt[k] = 0;
            }
            if (c->ch[k] || c->ct[k]) {
                seg *cs = &c->cmp[(c->ch[k] ? c->ch[k] : c->ct[k]) - 1];
                c->ch[cs->head] = 0;
                c->ct[cs->tail] = 0;
                cs->active = 0;
                /* a compound reaching in from outside loses its first word too (TABARI) */
                if (cs->head < from) c->wt[cs->head] = W_NULLTAG;
            }
            c->wt[k] = W_NULL;
        }
    }
}

static int skip_sub(const ctx *c, int i) {
    if (i < c->n && c->sub_at[i]) return c->sub[c->sub_at[i] - 1].tail + 1;
    return -1;
}

static void mark_clauses(ctx *c) {
    c->ncl = 0;
    int start = 0, i = 0;
    while (i < c->n) {
        if (c->ch[i]) {
            i = c->cmp[c->ch[i] - 1].tail + 1;
            continue;
        }
        int j = skip_sub(c, i);
        if (j >= 0) {
            i = j;
            continue;
        }
        if (c->wt[i] == W_CONJ && i > 0 && i + 1 < c->n) {
            int phrase = 0;
            if (c->wt[i - 1] == W_NOUN) {
                int k = i + 1;
                while (k < c->n && c->wt[k] == W_ADJ) k++;
                if (k < c->n && c->wt[k] == W_NOUN) phrase = 1, i = k;
            }
            if (!phrase && c->wt[i - 1] == W_ADJ && c->wt[i + 1] == W_ADJ) phrase = 1, i++;
            if (!phrase) {
                c->cl[c->ncl].head = start, c->cl[c->ncl].tail = i - 1;
                c->ncl++;
                start = i + 1;
                i++;
            }
        }
        i++;
    }
    c->cl[c->ncl].head = start, c->cl[c->ncl].tail = c->n - 1;
    c->ncl++;
}

static void pronouns(ctx *c) {
    const ent_tabari *tb = c->tb;
    for (int i = 0; i < c->n; i++) {
        if (c->wt[i] != W_PRONOUN || !c->lx[i].nlit) continue;
        uint32_t first = c->lits[c->lx[i].lit0].lit;
        int idx = -1;
        if (first == tb->lit_he || first == tb->lit_him || first == tb->lit_she || first == tb->lit_her || first == tb->lit_it) {
            int p = 0;
            while (p < i) {
                while (p < i && c->wt[p] != W_ACTOR) p++;
                if (p >= i) break;
                if (c->ch[p]) {
                    p = c->cmp[c->ch[p] - 1].tail + 1;
                } else if (c->rh[p] != W_ACTOR) p++;
                else {
                    idx = p;
                    break;
                }
            }
        } else if (first == tb->lit_the) {
            int p = 0;
            while (p < i) {
                while (p < i && c->wt[p] != W_ACTOR) p++;
                if (p >= i) break;
                if (c->ch[p]) {
                    idx = p;
                    break;
                }
                if (idx < 0) idx = p;
                p++;
            }
        }
        if (idx < 0 && c->can_fwd) {   /* FORWARD: the previous record's first actor or compound */
            int single = first != tb->lit_the;
            uint32_t r = single ? c->fwd_actor : c->fwd_comp;
            if (r) {
                idx = c->n + (single ? 1 : 2);
                c->wt[idx] = c->rh[idx] = c->rt[idx] = W_ACTOR;
                c->root[idx] = r;
                c->rend[idx] = c->rbeg[idx] = idx;
            }
        }
        if (idx >= 0) {
            c->wt[i] = W_ACTOR;
            c->rh[i] = W_ACTOR;
            c->rt[i] = W_ACTOR;
            c->rend[i] = i;
            c->rbeg[i] = i;
            c->ref[i] = idx + 1;
        }
    }
}

static int count_heads(const ctx *c, int type) {
    int n = 0;
    for (int i = 0; i < c->n;) {
        int j = skip_sub(c, i);
        if (j >= 0) {
            i = j;
            continue;
        }
        if (c->rh[i] == type) n++;
        i++;
    }
    return n;
}

static void complexity(ctx *c, const char **problem) {
    const tb_opts *o = &c->tb->o;
    const ent_tabari *tb = c->tb;
    int nverb = count_heads(c, W_VERB);
    if (o->cplx_verbs > 0 && nverb >= o->cplx_verbs) goto complex;
    if (o->cplx_actors > 0 && count_heads(c, W_ACTOR) >= o->cplx_actors) goto complex;
    if (o->cplx_conj > 0) {
        int nc = 0;
        for (int k = 0; k < c->n; k++) {
            if (c->ch[k]) k = c->cmp[c->ch[k] - 1].tail + 1;
            if (k < c->n && c->wt[k] == W_CONJ) nc++;
        }
        if (nc >= o->cplx_conj) goto complex;
    }
    if (o->cplx_pronouns > 0) {
        int np = 0;
        for (int k = 0; k < c->n; k++) np += c->wt[k] == W_PRONOUN;
        if (np >= o->cplx_pronouns) goto complex;
    }
    int iverb = 0;
    while (iverb < c->n) {
        int j = skip_sub(c, iverb);
        if (j >= 0) {
            iverb = j;
            continue;
        }
        if (c->wt[iverb] == W_VERB && c->rh[iverb] == W_VERB) {
            const char *vc = verb_code(tb, c->root[iverb]);
            if (!vc || strcmp(vc, "---")) break;
        }
        iverb++;
    }
    if (o->noactprior) {
        int ok = 1;
        for (int k = 0; k < iverb && k < c->n;) {
            int j = skip_sub(c, k);
            if (j >= 0) {
                k = j;
                continue;
            }
            if (c->wt[k] == W_ACTOR) {
                ok = 0;
                break;
            }
            k++;
        }
        if (ok) goto complex;
    }
    if (o->noactafter) {
        int ok = 1;
        for (int k = iverb + 1; k < c->n;) {
            int j = skip_sub(c, k);
            if (j >= 0) {
                k = j;
                continue;
            }
            if (c->wt[k] == W_ACTOR) {
                ok = 0;
                break;
            }
            k++;
        }
        if (ok) goto complex;
    }
    if (o->noverb && !nverb) goto complex;
    return;
complex:
    c->complex = 1;
    if (problem) *problem = "Text failed complexity conditions";
}

/* ---- actors around a verb (coder.cp) ---- */

static int deref(const ctx *c, int loc) {
    while (loc >= 0 && loc < c->n && c->ref[loc]) loc = c->ref[loc] - 1;
    return loc;
}

static int actor_head(const ctx *c, int loc) {
    if (c->ref[loc]) loc = c->ref[loc] - 1;
    while (loc >= 0 && c->rh[loc] != W_ACTOR) loc--;
    return loc;
}

static int actor_tail(const ctx *c, int loc) {
    if (c->ref[loc]) return loc;
    while (loc < c->iend && c->rt[loc] != W_ACTOR) loc++;
    return loc;
}

static void find_agent(const ctx *c, int loc, act *a) {
    const ent_tabari *tb = c->tb;
    int t = actor_tail(c, loc);
    int former = 0;
    a->agent = NULL;
    if (t + 1 < c->n && c->wt[t + 1] == W_ADJ && c->root[t + 1] == tb->root_former) former = 1, t++;
    if (loc > 0 && !former && c->wt[loc - 1] == W_ADJ && c->root[loc - 1] == tb->root_former) former = 1;
    if (t + 1 < c->n && c->wt[t + 1] == W_AGENT && c->rh[t + 1] == W_AGENT) {
        a->agent = former ? "~ELI" : tb->roots[c->root[t + 1]].code;
        return;
    }
    int l = loc;
    if (l > 0 && c->wt[l - 1] == W_PREP) l--;
    if (l > 0 && c->wt[l - 1] == W_AGENT && c->rt[l - 1] == W_AGENT) {
        int s = l - 1;
        while (s >= 0 && c->rh[s] != W_AGENT) s--;
        if (s >= 0) {
            if (s > 0 && !former && c->wt[s - 1] == W_ADJ && c->root[s - 1] == tb->root_former) former = 1;
            a->agent = former ? "~ELI" : tb->roots[c->root[s]].code;
        }
    }
    if (a->agent && !strcmp(a->agent, "---")) a->agent = NULL;
}

static void actor_codes(const ctx *c, int loc, act *a) {
    int l = deref(c, loc);
    a->where = l;
    a->set = 1;
    a->agent = NULL;
    if (!c->root[l]) a->actor = "---";
    else if (c->tb->roots[c->root[l]].wtype == W_AGENT) a->actor = c->tb->roots[c->root[l]].code;   /* a converted agent */
    else a->actor = actor_code(c, c->root[l]);
    if (!a->actor) a->actor = "---";
}

static int act_equal(const act *a, const act *b) {
    if (!a->set || !b->set) return a->set == b->set;
    if (strcmp(a->actor, b->actor)) return 0;
    if (!a->agent || !b->agent) return a->agent == b->agent;
    return !strcmp(a->agent, b->agent);
}

static int find_actor(const ctx *c, int loc, act *a) {
    for (; loc <= c->iend && loc < c->n; loc++)
        if (c->wt[loc] == W_ACTOR && c->rh[loc] == W_ACTOR) {
            actor_codes(c, loc, a);
            find_agent(c, loc, a);
            return loc;
        }
    return -1;
}

static int back_actor(const ctx *c, int loc, act *a) {
    while (loc >= c->istart && loc >= 0) {
        if (c->wt[loc] == W_ACTOR) {
            int h = actor_head(c, loc);
            if (h < 0) return -1;
            actor_codes(c, h, a);
            find_agent(c, h, a);
            return h;
        }
        loc--;
    }
    return -1;
}

static void default_source(ctx *c) {
    c->src.actor = c->tb->o.def_src;
    c->src.agent = NULL;
    c->src.where = -1;
    c->src.set = 1;
    c->regsrc = 1;
}

static void default_target(ctx *c) {
    c->tgt.actor = c->tb->o.def_tgt;
    c->tgt.agent = NULL;
    c->tgt.where = -1;
    c->tgt.set = 1;
    c->regtgt = 1;
}

static void regular_source(ctx *c, int index) {
    const tb_opts *o = &c->tb->o;
    int loc = c->istart;
    act a;
    for (;;) {
        int f = find_actor(c, loc, &a);
        if (f < 0) break;
        if (o->def_src && o->def_prior && f > index) {
            default_source(c);
            return;
        }
        if (!act_equal(&a, &c->tgt)) {
            c->src = a;
            c->regsrc = 1;
            return;
        }
        loc = f + 1;
    }
    if (o->def_src) default_source(c);
}

static void regular_target(ctx *c, int index) {
    const tb_opts *o = &c->tb->o;
    act a;
    int loc = index + 1;
    for (;;) {
        int f = find_actor(c, loc, &a);
        if (f < 0) break;
        if (!act_equal(&a, &c->src)) {
            c->tgt = a;
            c->regtgt = 1;
            return;
        }
        loc = f + 1;
    }
    if (o->def_tgt && o->def_after) {
        default_target(c);
        return;
    }
    loc = index - 1;
    for (;;) {
        int f = back_actor(c, loc, &a);
        if (f < 0) break;
        if (!act_equal(&a, &c->src)) {
            c->tgt = a;
            return;
        }
        loc = f - 1;
    }
    if ((c->src.set && c->src.actor && strchr(c->src.actor, '/')) || (c->src.where >= 0 && c->src.set && c->compd[c->src.where]))
        c->tgt = c->src;
    else if (o->def_tgt) default_target(c);
}

static int check_passive(const ctx *c, int index) {
    int by = 0;
    for (int k = 1; k <= 3; k++)
        if (index + k < c->n && c->wt[index + k] == W_BY) by = 1;
    if (!by) return 0;
    return (index > 0 && c->wt[index - 1] == W_AUXIL) || (index > 1 && c->wt[index - 2] == W_AUXIL);
}

/* ---- events ---- */

static void put_one(ctx *c, const act *s, const act *t, const char *code, int vloc, const char *src) {
    if (c->nev >= MAX_EVENTS) return;
    tev *e = &c->ev[c->nev++];
    e->s = *s;
    e->t = *t;
    size_t l = strlen(code);
    e->sub = e->dom = 0;
    char *cd = ent_arena_strndup(c->ar, code, l);
    while (l && (cd[l - 1] == '?' || cd[l - 1] == '!')) {
        if (cd[l - 1] == '?') e->sub = 1;
        else e->dom = 1;
        cd[--l] = 0;
    }
    e->code = cd;
    e->isevt = 1;
    e->vloc = vloc;
    e->src = src;
}

static void put_event(ctx *c, const char *code, const act *s, const act *t, int vloc, const char *src) {
    const char *colon = strchr(code, ':');
    if (!colon) {
        put_one(c, s, t, code, vloc, src);
        return;
    }
    char a[32];
    snprintf(a, sizeof a, "%.*s", (int)(colon - code), code);
    put_one(c, s, t, a, vloc, src);
    put_one(c, t, s, colon + 1, vloc, src);
}

static int compound_head(const ctx *c, int loc) { return c->ch[loc] ? loc : -1; }

/* The members of a compound actor starting at h: each head word of an actor in it. */
static int next_member(const ctx *c, int k, int tail) {
    for (k++; k <= tail; k++)
        if (c->root[k] && c->wt[k] == W_ACTOR && c->rh[k] == W_ACTOR) return k;
    return -1;
}

static void make_event(ctx *c, const char *code, int index, const char *src) {
    if (!code || !strcmp(code, "---")) return;
    if (!c->src.set) regular_source(c, index);
    if (!c->tgt.set) regular_target(c, index);
    if (!c->src.set || !c->tgt.set) return;
    if (c->regsrc && c->regtgt && check_passive(c, index)) {
        act t = c->src;
        c->src = c->tgt;
        c->tgt = t;
        c->passive = 1;
    }
    int sc = c->src.where >= 0 && c->compd[c->src.where];
    int tc = c->tgt.where >= 0 && c->compd[c->tgt.where];
    if (!sc && !tc) {
        put_event(c, code, &c->src, &c->tgt, index, src);
    } else {
        /* the members of each side: word indexes, or -1 for the actor as it is (a default actor) */
        int sm[64], tm[64], ns = 0, nt = 0;
        int sh = sc ? compound_head(c, c->src.where) : -1, th = tc ? compound_head(c, c->tgt.where) : -1;
        if (sh >= 0)
            for (int k = sh, tail = c->cmp[c->ch[sh] - 1].tail; k >= 0 && ns < 64; k = next_member(c, k, tail)) sm[ns++] = k;
        else sm[ns++] = -1;
        if (th >= 0)
            for (int k = th, tail = c->cmp[c->ch[th] - 1].tail; k >= 0 && nt < 64; k = next_member(c, k, tail)) tm[nt++] = k;
        else tm[nt++] = -1;
        for (int i = 0; i < ns; i++) {
            act a = c->src;
            if (sm[i] >= 0) {
                actor_codes(c, sm[i], &a);
                find_agent(c, sm[i], &a);
            }
            for (int j = 0; j < nt; j++) {
                act t = c->tgt;
                if (tm[j] >= 0) {
                    actor_codes(c, tm[j], &t);
                    find_agent(c, tm[j], &t);
                }
                put_event(c, code, &a, &t, index, src);
            }
        }
    }
    if (!c->regsrc) c->src.set = 0;
    if (!c->regtgt) c->tgt.set = 0;
}

/* ---- pattern matching (checkPattern) ---- */

typedef struct pm {
    ctx *c;
    const tb_el *e;
    int dir;               /* +1 after the verb, -1 before it */
} pm;

static int match_seq(pm *m, int a, int b, int *loc, int skip, int full);

/* One element at loc: 0 no, 1 partial, 2 exact (actors: 2). May move loc (^). */
static int comp_el(pm *m, int k, int *loc) {
    ctx *c = m->c;
    const tb_el *e = &m->e[k];
    int l = *loc;
    if (e->v > 0) {
        int r = has_lit(c, l, (uint32_t)e->v);
        if (r && c->incond) c->lenalt += c->tb->lits[e->v].len;
        return r;
    }
    if (l < 0 || l >= c->n) return 0;
    switch (e->v) {
    case S_SRC:
        if (c->wt[l] == W_ACTOR) {
            int h = actor_head(c, l);
            if (h >= 0) return c->isrc = h, 2;
        }
        return 0;
    case S_TGT:
        if (c->wt[l] == W_ACTOR) {
            int h = actor_head(c, l);
            if (h >= 0) return c->itgt = h, 2;
        }
        return 0;
    case S_ATTR:
        return c->wt[l] == W_ACTOR && actor_head(c, l) >= 0 ? 2 : 0;
    case S_SKIP:
        if (c->wt[l] == W_ACTOR) {
            int h = actor_head(c, l);
            if (h < 0) return 0;
            *loc = m->dir > 0 ? actor_tail(c, l) : h;
            return 2;
        }
        return 0;
    case S_CMP:
        if (c->ch[l]) return c->icmp = l, 2;
        return 0;
    }
    return 0;
}

/* A synset element: does one of its members match at loc? */
static int comp_syn(pm *m, int k, int loc, int skip, int full) {
    ctx *c = m->c;
    const tb_synset *sy = &c->tb->syns[m->e[k].v];
    for (uint32_t p = 0; p < sy->npat; p++) {
        const tb_pat *sp = &c->tb->spats[sy->pat0 + p];
        pm sub = {c, c->tb->els + sp->el, m->dir};
        int l = loc;
        if (m->dir > 0) {
            if (match_seq(&sub, 0, sp->nel, &l, skip, full)) return 2;
        } else {
            /* before the verb TABARI compares only a member's first word */
            int r = comp_el(&sub, 0, &l);
            if (r == 2 || (r == 1 && (sub.e[0].conn & C_PART))) return 2;
        }
    }
    return 0;
}

static int find_close(const tb_el *e, int k, int b) {
    int depth = 0;
    for (; k < b; k++) {
        if (e[k].v == S_OPEN && !(e[k].conn & C_SYN)) depth++;
        if (e[k].v == S_CLOSE && !(e[k].conn & C_SYN) && --depth == 0) return k;
    }
    return -1;
}

static int find_open(const tb_el *e, int k, int a) {
    int depth = 0;
    for (; k >= a; k--) {
        if (e[k].v == S_CLOSE && !(e[k].conn & C_SYN)) depth++;
        if (e[k].v == S_OPEN && !(e[k].conn & C_SYN) && --depth == 0) return k;
    }
    return -1;
}

static int is_sym(const tb_el *e, int v) { return e->v == v && !(e->conn & C_SYN); }

/* Matches elements [a, b) in direction m->dir. *loc is the position the
 * first element is compared at; on success it is the last matched word.
 * `skip`: words may be passed over before the first element; `full`: the
 * first element must match a whole word. */
static int match_seq(pm *m, int a, int b, int *loc, int skip, int full) {
    ctx *c = m->c;
    int fwd = m->dir > 0;
    int k = fwd ? a : b - 1;
    int l = *loc;
    int lo = 0, hi = c->iend;
    for (;;) {
        if (fwd ? k >= b : k < a) {
            *loc = l;
            return 1;
        }
        if (l < lo || l > hi) return 0;
        const tb_el *e = &m->e[k];
        int ok = 0, nk = k, mloc = l;
        if (is_sym(e, fwd ? S_OPEN : S_CLOSE)) {
            int o = fwd ? find_close(m->e, k, b) : find_open(m->e, k, a);
            if (o < 0) return 0;
            int lo_k = fwd ? k : o, hi_k = fwd ? o : k;   /* '{' and '}' */
            /* alternatives in order of writing (after the verb) or from the last (before it) */
            int starts[32], ends[32], na = 0, s0 = lo_k + 1;
            for (int q = lo_k + 1; q <= hi_k && na < 32; q++)
                if (q == hi_k || is_sym(&m->e[q], S_OR)) {
                    starts[na] = s0, ends[na] = q, na++;
                    s0 = q + 1;
                }
            int askip = skip, afull = full;
            if (!fwd) askip = (m->e[hi_k].conn & C_SKIP) != 0, afull = !(m->e[hi_k].conn & C_PART);
            int got = 0;
            for (int t = 0; t < na && !got; t++) {
                int ai = fwd ? t : na - 1 - t;
                int ll = l, save = c->lenalt;
                c->incond++;
                int fa = fwd ? !(m->e[starts[ai]].conn & C_PART) : afull;
                if (starts[ai] < ends[ai] && match_seq(m, starts[ai], ends[ai], &ll, askip, fa)) got = 1, mloc = ll;
                else c->lenalt = save;
                c->incond--;
            }
            if (!got) return 0;
            ok = 1;
            nk = fwd ? o : o;   /* continue after the group */
            l = mloc;
            /* the next element's skip: after '}' its connector (forward); before '{' the element's own */
            if (fwd) {
                skip = (m->e[o].conn & C_SKIP) != 0;
                k = o + 1;
                if (k >= b) {
                    *loc = l;
                    return 1;
                }
                l++;
                full = !(m->e[k].conn & C_PART);
            } else {
                k = o - 1;
                if (k < a) {
                    *loc = l;
                    return 1;
                }
                skip = (m->e[k].conn & C_SKIP) != 0;
                full = !(m->e[k].conn & C_PART);
                l--;
            }
            (void)nk;
            continue;
        }
        int r;
        if (e->conn & C_SYN) {
            if (fwd) {
                r = comp_syn(m, k, l, skip, full);
                if (!r && !skip) return 0;
                if (!r) {
                    l++;
                    continue;
                }
            } else {
                int ll = l;
                r = 0;
                while (ll >= 0 && !(r = comp_syn(m, k, ll, skip, full))) ll--;
                if (!r) return 0;
                l = ll;
            }
            ok = 1;
        } else {
            int ll = l;
            r = comp_el(m, k, &ll);
            ok = full ? r == 2 : r > 0;
            if (ok) l = ll;
        }
        if (!ok) {
            if (!skip) return 0;
            l += m->dir;
            continue;
        }
        /* next element */
        if (fwd) {
            skip = (e->conn & C_SKIP) != 0;
            k++;
            if (k >= b) {
                *loc = l;
                return 1;
            }
            l++;
            full = !(m->e[k].conn & C_PART);
        } else {
            k--;
            if (k < a) {
                *loc = l;
                return 1;
            }
            skip = (m->e[k].conn & C_SKIP) != 0;
            full = !(m->e[k].conn & C_PART);
            l--;
            if (l < 0) return 0;
        }
    }
}

static int check_pattern(ctx *c, const tb_pat *p, int vhead) {
    const tb_el *e = c->tb->els + p->el;
    int vk = -1, depth = 0;
    /* a word the pattern needs (outside alternatives) that the unit lacks: no match */
    for (int k = 0; k < p->nel; k++) {
        if (e[k].conn & C_SYN) continue;
        if (e[k].v == S_OPEN) depth++;
        else if (e[k].v == S_CLOSE) depth--;
        else if (e[k].v > 0 && !depth && !present(c, (uint32_t)e[k].v)) return 0;
        else if (e[k].v == S_VERB && vk < 0) vk = k;
    }
    if (vk < 0) return 0;
    c->lenalt = 0;
    c->incond = 0;
    pm m = {c, e, +1};
    int vtail = c->rend[vhead];
    if (vk + 1 < p->nel) {
        int l = vtail + 1;
        if (l > c->iend) return 0;
        int k = vk + 1;
        if (!match_seq(&m, k, p->nel, &l, (e[vk].conn & C_SKIP) != 0, !(e[k].conn & C_PART))) return 0;
    }
    if (vk > 0) {
        /* TABARI steps past the start of a pattern that opens with { A | B }
         * before the verb, so such a pattern never matches (kept: TABARI's
         * codes are the reference) */
        if (is_sym(&e[0], S_OPEN)) return 0;
        m.dir = -1;
        int l = vhead - 1;
        if (l < 0) return 0;
        int k = vk - 1;
        if (!match_seq(&m, 0, vk, &l, (e[k].conn & C_SKIP) != 0, !(e[k].conn & C_PART))) return 0;
    }
    return 1;
}

/* A time code: 1 done (date moved, or discard/complex set), 0 null (go on). */
static int shift_date(ctx *c, const char *code) {
    if (!code || !strcmp(code, "---")) return 0;
    if (!strcmp(code, "###")) return c->discard = 1;
    if (!strcmp(code, "+++")) return c->complex = 1;
    c->date = ent_date_int_add_days(c->date, atoi(code));
    return 1;
}

/* checkTime: the first time phrase that is not null moves the date. */
static void check_time(ctx *c) {
    const ent_tabari *tb = c->tb;
    c->istart = 0;
    c->iend = c->n - 1;
    for (int i = 0; i < c->n; i++) {
        if (c->rh[i] != W_TIME) continue;
        const tb_root *rt = &tb->roots[c->root[i]];
        const tb_group *g = rt->group ? &tb->groups[rt->group - 1] : NULL;
        for (uint32_t p = 0; g && p < g->npat; p++)
            if (check_pattern(c, &tb->pats[g->pat0 + p], i) && shift_date(c, tb->pats[g->pat0 + p].code)) return;
        const char *code = rt->code ? rt->code : g ? g->code : NULL;
        if (code && shift_date(c, code)) return;
        if (code) i = c->rend[i];
    }
}

static void do_verb(ctx *c, int index) {
    const ent_tabari *tb = c->tb;
    c->tgt.set = 0;
    if (c->passive) {
        c->src.set = 0;
        c->passive = 0;
    }
    uint32_t r = c->root[index];
    const tb_root *rt = &tb->roots[r];
    const tb_group *g = rt->group ? &tb->groups[rt->group - 1] : NULL;
    int gotpat = 0, gotalt = 0, maxlen = 0, old = c->nev;
    for (uint32_t p = 0; g && p < g->npat && !gotpat; p++) {
        const tb_pat *pt = &tb->pats[g->pat0 + p];
        if (gotalt && pt->len <= maxlen) {
            gotpat = 1;
            break;
        }
        c->isrc = c->itgt = c->icmp = -1;
        if (!check_pattern(c, pt, index)) continue;
        int make = 0;
        if (c->lenalt) {
            gotalt = 1;
            if (pt->len + c->lenalt > maxlen) {
                make = 1;
                maxlen = pt->len - pt->maxalt + c->lenalt;
            }
        } else {
            gotalt = 0;
            gotpat = 1;
            make = 1;
        }
        if (!make) continue;
        if (c->isrc >= 0) {
            actor_codes(c, c->isrc, &c->src);
            find_agent(c, c->isrc, &c->src);
        }
        if (c->itgt >= 0) {
            actor_codes(c, c->itgt, &c->tgt);
            find_agent(c, c->itgt, &c->tgt);
        }
        if (c->icmp >= 0) {
            actor_codes(c, c->icmp, &c->src);
            actor_codes(c, c->icmp, &c->tgt);
        }
        c->nev = old;
        make_event(c, pt->code, index, pt->src);
    }
    const char *main = verb_code(tb, r);
    if (!gotpat && main) {
        c->isrc = c->itgt = c->icmp = -1;
        make_event(c, main, index, rt->src);
    }
}

static void check_verbs(ctx *c) {
    const tb_opts *o = &c->tb->o;
    c->src.set = 0;
    c->passive = 0;
    int start_ev = -1;
    for (int q = 0; q < c->ncl; q++) {
        c->istart = c->cl[q].head;
        c->iend = c->cl[q].tail;
        if (c->iend - c->istart < 2) continue;
        if (c->istart && c->rh[c->istart] == W_ACTOR) actor_codes(c, c->istart, &c->src);
        c->tgt.set = 0;
        int got = 0;
        if (o->code_mode == 0) start_ev = c->nev - 1;
        for (int i = c->istart; i <= c->iend && !got;) {
            int j = skip_sub(c, i);
            if (j >= 0) {
                i = j;
                continue;
            }
            if (c->rh[i] == W_VERB) {
                do_verb(c, i);
                if (o->code_mode < 2)
                    for (int e = start_ev + 1; e < c->nev; e++)
                        if (c->ev[e].isevt && !c->ev[e].sub) {
                            got = 1;
                            if (o->code_mode == 1) return;
                            break;
                        }
            }
            i++;
        }
    }
}

static int same_actors(const ctx *c, const tev *e) {
    if (!e->s.actor || !e->t.actor || !strcmp(e->s.actor, "---") || !strcmp(e->t.actor, "---")) return 1;
    if (c->tb->o.same_actors) return 0;
    if (strcmp(e->s.actor, e->t.actor)) return 0;
    if (!e->s.agent || !e->t.agent) return e->s.agent == e->t.agent;
    return !strcmp(e->s.agent, e->t.agent);
}

static int eq_opt(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

static int dup_event(const tev *a, const tev *b) {
    return eq_opt(a->s.actor, b->s.actor) && eq_opt(a->s.agent, b->s.agent) && eq_opt(a->t.actor, b->t.actor) &&
           eq_opt(a->t.agent, b->t.agent) && !strcmp(a->code, b->code);
}

/* addCompositeCode: the agent joins where its ~ says, unless the actor code
 * already holds it on a 3-character boundary. */
static void composite(char *out, size_t cap, const char *actor, const char *agent) {
    if (!agent || !*agent) {
        snprintf(out, cap, "%s", actor);
        return;
    }
    size_t al = strlen(agent);
    if (agent[0] == '~') {
        const char *p = strstr(actor, agent + 1);
        if (p && (p - actor) % 3 == 0) snprintf(out, cap, "%s", actor);
        else snprintf(out, cap, "%s%s", actor, agent + 1);
    } else {
        char a[64];
        snprintf(a, sizeof a, "%.*s", (int)(al ? al - 1 : 0), agent);
        const char *p = strstr(actor, a);
        if (p && (p - actor) % 3 == 0) snprintf(out, cap, "%s", actor);
        else snprintf(out, cap, "%s%s", a, actor);
    }
}


/* Story and sentence numbers of a record id by the FORWARD: format
 * (^ blanks before the id, * any character, N story, S sentence). */
static int fwd_seq(const char *fmt, const char *id, char *story, size_t cap, long *sent) {
    while (*fmt == '^') fmt++;
    size_t k = 0;
    char sn[16];
    size_t sk = 0;
    size_t il = strlen(id);
    for (size_t i = 0; fmt[i]; i++) {
        if (i >= il) return 0;
        if (fmt[i] == 'N' && k + 1 < cap) story[k++] = id[i];
        if (fmt[i] == 'S' && sk + 1 < sizeof sn) sn[sk++] = id[i];
    }
    story[k] = 0;
    sn[sk] = 0;
    *sent = strspn(sn, "0123456789") == sk ? atol(sn) : 0;
    return 1;
}

/* What the next record may refer to: the first actor, or the first compound (setForward). */
static void fwd_save(const ctx *c, ent_tabari_fwd *fwd) {
    uint32_t actor = 0, comp = 0;
    for (int i = 0; i < c->n && !actor && !comp; i++) {
        int k = i;
        if (c->ch[i]) {
            comp = c->root[deref(c, i)];
            k = c->cmp[c->ch[i] - 1].tail;
        }
        if (c->rh[k] == W_ACTOR && !c->ref[k]) actor = c->root[k];
    }
    fwd->actor = actor;
    fwd->compound = comp ? comp : actor;
}

int ent_tabari_code(const ent_tabari *tb, const char *text, size_t n, int32_t date, ent_arena *ar,
                    ent_tabari_event **out, size_t *count, const char **problem) {
    return ent_tabari_code_rec(tb, text, n, date, NULL, NULL, ar, out, count, problem);
}

int ent_tabari_code_rec(const ent_tabari *tb, const char *text, size_t n, int32_t date, const char *recid,
                        ent_tabari_fwd *fwd, ent_arena *ar, ent_tabari_event **out, size_t *count, const char **problem) {
    *out = NULL;
    *count = 0;
    if (problem) *problem = NULL;
    ctx *c = ent_arena_alloc(ar, sizeof *c);
    memset(c, 0, sizeof *c);
    c->tb = tb;
    c->date = date;
    c->ar = ar;
    c->text = text;
    c->lx = ent_arena_alloc(ar, (MAX_WORDS + 2) * sizeof *c->lx);
    if (n > MAX_TEXT) n = MAX_TEXT;
    if (fwd && recid && tb->o.fwd_fmt[0]) {
        char story[32];
        long sent;
        if (fwd_seq(tb->o.fwd_fmt, recid, story, sizeof story, &sent)) {
            c->can_fwd = tb->o.fwd_on && fwd->valid && !strcmp(story, fwd->story) && sent == fwd->sent + 1;
            c->fwd_actor = fwd->actor;
            c->fwd_comp = fwd->compound;
            snprintf(fwd->story, sizeof fwd->story, "%s", story);
            fwd->sent = sent;
            fwd->valid = 0;
        }
    }
    tokens(c, text, n);
    if (!c->n) {
        if (problem) *problem = "Record contains no text";
        return 0;
    }
    if (tb->o.min_words && c->n < tb->o.min_words) {
        if (problem) *problem = "Input error: too few words in sentence";
        return 0;
    }
    lexicon(c);
    size_t N = (size_t)c->n + 4;   /* the Halt, and two cells for forwarded actors */
    c->wt = ent_arena_alloc(ar, N);
    c->rh = ent_arena_alloc(ar, N);
    c->rt = ent_arena_alloc(ar, N);
    c->compd = ent_arena_alloc(ar, N);
    memset(c->wt, 0, N), memset(c->rh, 0, N), memset(c->rt, 0, N), memset(c->compd, 0, N);
    c->root = ent_arena_alloc(ar, N * sizeof *c->root);
    memset(c->root, 0, N * sizeof *c->root);
    int **ints[] = {&c->rend, &c->rbeg, &c->ref, &c->ch, &c->ct, &c->sub_at};
    for (size_t k = 0; k < sizeof ints / sizeof *ints; k++) {
        *ints[k] = ent_arena_alloc(ar, N * sizeof(int));
        memset(*ints[k], 0, N * sizeof(int));
    }
    c->cmp = ent_arena_alloc(ar, N * sizeof *c->cmp);
    c->sub = ent_arena_alloc(ar, N * sizeof *c->sub);
    c->cl = ent_arena_alloc(ar, N * sizeof *c->cl);
    c->wt[c->n] = W_HALT;

    assign_roots(c);
    mark_nouns(c);
    if (tb->o.convert_agents) convert_agents(c);
    mark_compounds(c);
    mark_subordinate(c);
    null_subordinate(c);
    mark_clauses(c);
    pronouns(c);
    if (fwd && recid && tb->o.fwd_fmt[0]) {
        fwd_save(c, fwd);
        fwd->valid = 1;
    }
    for (int i = 0; i < c->n; i++) {
        if (!c->root[i]) continue;
        const tb_root *r = &tb->roots[c->root[i]];
        const char *code = r->wtype == W_ACTOR                      ? actor_code(c, c->root[i])
                           : r->wtype == W_VERB || r->wtype == W_TIME ? verb_code(tb, c->root[i])
                                                                      : NULL;
        if (code && !strcmp(code, "###")) {
            if (problem) *problem = "Discard code found in text";
            return 0;
        }
    }
    complexity(c, problem);
    if (c->complex) return 0;
    if (tb->o.time_shift > 0 || (tb->o.time_shift < 0 && tb->ntimes)) {
        check_time(c);
        if (c->discard || c->complex) {
            if (problem) *problem = c->discard ? "Discard code in time-shift phrase" : "Complex code in time-shift phrase";
            return 0;
        }
    }

    check_verbs(c);
    if (!c->nev) {
        if (problem) *problem = "No events found in text";
        return 0;
    }
    /* evaluateEvents: null, discard, complex, dominant, subordinate */
    int nonsub = 0, hasdom = 0;
    for (int k = 0; k < c->nev; k++) {
        tev *e = &c->ev[k];
        if (!strcmp(e->code, "---")) e->isevt = 0, e->sub = 1;
        if (!strcmp(e->code, "###")) {
            if (problem) *problem = "Discard code found in verb pattern";
            return 0;
        }
        if (!strcmp(e->code, "+++") || (e->s.actor && !strcmp(e->s.actor, "+++")) || (e->t.actor && !strcmp(e->t.actor, "+++"))) {
            if (problem) *problem = "Complex code found in verb pattern";
            return 0;
        }
        if (e->dom) {
            hasdom = nonsub = 1;
            break;
        }
        if (!e->sub) nonsub = 1;
    }
    for (int k = 0; k < c->nev; k++) {
        if (hasdom && !c->ev[k].dom) c->ev[k].isevt = 0;
        else if (!hasdom && nonsub && c->ev[k].sub) c->ev[k].isevt = 0;
    }
    /* expand coded compounds (A/B) of sources, then of targets */
    tev all[MAX_EVENTS * 4];
    int na = 0;
    for (int k = 0; k < c->nev; k++) {
        if (!c->ev[k].isevt) continue;
        const tev *e = &c->ev[k];
        char sb[256], tbuf[256];
        char *ssave = NULL;
        snprintf(sb, sizeof sb, "%s", e->s.actor ? e->s.actor : "");
        for (char *sp = strtok_r(sb, "/", &ssave); sp; sp = strtok_r(NULL, "/", &ssave)) {
            char *sdup = ent_arena_strdup(ar, sp);
            snprintf(tbuf, sizeof tbuf, "%s", e->t.actor ? e->t.actor : "");
            char *save = NULL;
            for (char *tp = strtok_r(tbuf, "/", &save); tp; tp = strtok_r(NULL, "/", &save)) {
                if (na >= (int)(sizeof all / sizeof *all)) break;
                tev x = *e;
                x.s.actor = sdup;
                x.t.actor = ent_arena_strdup(ar, tp);
                all[na++] = x;
            }
        }
    }
    ent_tabari_event *res = ent_arena_alloc(ar, (size_t)(na ? na : 1) * sizeof *res);
    size_t nr = 0;
    for (int k = 0; k < na; k++) {
        const tev *e = &all[k];
        if (same_actors(c, e)) continue;
        int dup = 0;
        for (int q = 0; q < k && !dup; q++)
            if (dup_event(&all[q], e) && !same_actors(c, &all[q])) dup = 1;
        if (dup) continue;
        ent_tabari_event *o = &res[nr++];
        memset(o, 0, sizeof *o);
        o->date = c->date;
        composite(o->source, sizeof o->source, e->s.actor, e->s.agent);
        composite(o->target, sizeof o->target, e->t.actor, e->t.agent);
        snprintf(o->code, sizeof o->code, "%s", e->code);
        o->label = tb_label_of(tb, e->code);
        o->pattern = e->src;
        if (e->s.where >= 0 && e->s.where < c->n) {
            int h = e->s.where, t = c->rend[h] >= h ? c->rend[h] : h;
            o->src_start = c->lx[h].start, o->src_end = c->lx[t].end;
        }
        if (e->t.where >= 0 && e->t.where < c->n) {
            int h = e->t.where, t = c->rend[h] >= h ? c->rend[h] : h;
            o->tgt_start = c->lx[h].start, o->tgt_end = c->lx[t].end;
        }
        int vh = e->vloc, vt = c->rend[vh] >= vh ? c->rend[vh] : vh;
        o->verb_start = c->lx[vh].start, o->verb_end = c->lx[vt].end;
    }
    if (!nr && problem) *problem = "No valid events found in text";
    *out = res;
    *count = nr;
    return 0;
}
