/* dict.c - loading TABARI/PETRARCH dictionaries and options; see tabari.h.
 *
 *   .actors   PHRASE [CODE] [CODE <YYMMDD] ...   +SYNONYM   indented [CODE a-b]
 *             <NOUN> ... </NOUN>  <ADJECTIVE> ... </ADJECTIVE>
 *   .agents   PHRASE {PLURALS} [~CODE] or [CODE~]
 *   .verbs    <SYNSETS> &SET +member ... </SYNSETS>  <TIME> ... </TIME>
 *             VERB [CODE]   {IRREGULAR FORMS}   - PATTERN [CODE]
 *   PETRARCH  --- NAME [CODE] ---  blocks of verbs sharing patterns,
 *             VERB {FORMS}, +MULTI_WORD, (PP) and {NP} groups in patterns
 *   .options  COMPLEX: SET: DEFAULT: COMMA: LABEL: (the others are ignored)
 * Phrases are upper-cased, hyphens become underscores (TABARI 0.7.3 on),
 * `;` starts a comment (`#` in PETRARCH files), ~FINISH ends a file. PETRARCH
 * matches whole words: its actor, agent and verb phrases get TABARI's `_`
 * (whole word, regular endings allowed) instead of TABARI's stem default.
 */
#define _POSIX_C_SOURCE 200809L
#include "tb_int.h"

#include "../base/buf.h"
#include "../base/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GROW(arr, n, cap)                                                              \
    do {                                                                               \
        if ((n) == (cap)) {                                                            \
            (cap) = (cap) ? (cap) * 2 : 256;                                           \
            (arr) = ent_xrealloc((arr), (cap) * sizeof *(arr));                        \
        }                                                                              \
    } while (0)

static uint32_t add_root(ent_tabari *tb, const char *text, int wtype, const char *src);

ent_tabari *ent_tabari_new(void) {
    ent_tabari *tb = ent_xcalloc(1, sizeof *tb);
    ent_arena_init(&tb->ar, 256 * 1024);
    ent_strmap_init(&tb->litmap);
    ent_strmap_init(&tb->prefixes);
    GROW(tb->lits, tb->nlits, tb->caplits);
    tb->nlits = 1;   /* literal 0 = none */
    GROW(tb->els, tb->nels, tb->capels);
    tb->o.min_words = 8;   /* TABARI's MIN_LEX */
    tb->o.time_shift = -1;
    tb->o.cmin = 2, tb->o.cmax = 10, tb->o.emin = 2, tb->o.emax = 10, tb->o.bmin = 128, tb->o.bmax = 0;
    /* the words TABARI knows without any dictionary (RootsClass's constructor) */
    static const struct { const char *w; int t; } builtin[] = {
        {"A_", W_DETERM}, {"AN_", W_DETERM}, {"THE_", W_DETERM}, {"AND_", W_CONJ}, {"NOR_", W_CONJ},
        {"BUT_", W_CONJ}, {"OR_", W_CONJ}, {"IN_", W_PREP}, {"OF_", W_PREP}, {"HE_", W_PRONOUN},
        {"HIM_", W_PRONOUN}, {"SHE_", W_PRONOUN}, {"HER_", W_PRONOUN}, {"IT_", W_PRONOUN},
        {"THEM_", W_PRONOUN}, {"THEIR_", W_PRONOUN}, {"THEY_", W_PRONOUN}, {"WERE_", W_AUXIL},
        {"WAS_", W_AUXIL}, {"BEEN_", W_AUXIL}, {"BY_", W_BY}, {"FORMER_", W_ADJ},
    };
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++) {
        uint32_t r = add_root(tb, builtin[i].w, builtin[i].t, "builtin");
        if (!strcmp(builtin[i].w, "FORMER_")) tb->root_former = r;
    }
    tb->lit_and = tb_lookup_literal(tb, "AND");
    tb->lit_nor = tb_lookup_literal(tb, "NOR");
    tb->lit_the = tb_lookup_literal(tb, "THE");
    tb->lit_he = tb_lookup_literal(tb, "HE");
    tb->lit_him = tb_lookup_literal(tb, "HIM");
    tb->lit_she = tb_lookup_literal(tb, "SHE");
    tb->lit_her = tb_lookup_literal(tb, "HER");
    tb->lit_it = tb_lookup_literal(tb, "IT");
    return tb;
}

void ent_tabari_free(ent_tabari *tb) {
    if (!tb) return;
    ent_arena_free(&tb->ar);
    ent_strmap_free(&tb->litmap);
    ent_strmap_free(&tb->prefixes);
    free(tb->lits);
    free(tb->els);
    free(tb->roots);
    free(tb->starts);
    free(tb->acodes);
    free(tb->pats);
    free(tb->spats);
    free(tb->groups);
    free(tb->syns);
    free(tb->labels);
    free(tb);
}

/* ---- literals and phrases ---- */

uint32_t tb_lookup_literal(const ent_tabari *tb, const char *s) { return ent_strmap_get(&tb->litmap, s); }

uint32_t tb_prefix_get(const ent_tabari *tb, const char *s, size_t len, uint64_t h) {
    return ent_strmap_get_ref(&tb->prefixes, s, len, h);
}

uint32_t tb_literal(ent_tabari *tb, const char *s, size_t n) {
    char key[256];
    if (n >= sizeof key) n = sizeof key - 1;
    memcpy(key, s, n);
    key[n] = 0;
    uint32_t *cell = ent_strmap_put(&tb->litmap, key);
    if (*cell) return *cell;
    GROW(tb->lits, tb->nlits, tb->caplits);
    uint32_t id = (uint32_t)tb->nlits++;
    *cell = id;
    tb->lits[id].s = ent_arena_strndup(&tb->ar, key, n);
    tb->lits[id].len = (uint16_t)n;
    tb->lits[id].roots = 0;
    /* every prefix, so that text words stop looking as soon as nothing can match */
    uint64_t h = TB_FNV0;
    for (size_t l = 1; l <= n; l++) {
        h = TB_FNV(h, key[l - 1]);
        uint32_t *p = ent_strmap_put_ref(&tb->prefixes, tb->lits[id].s, l, h);
        if (l == n) *p = (*p & 2) | 1 | (id << 2);
        else *p |= 2;
    }
    return id;
}

static uint32_t find_synset(const ent_tabari *tb, const char *name, size_t n) {
    while (n && name[n - 1] == '_') n--;
    for (size_t i = tb->nsyns; i-- > 0;) {
        const char *s = tb->syns[i].name;
        size_t l = strlen(s);
        if (l == n && !memcmp(s, name, n)) return (uint32_t)i + 1;
    }
    return 0;
}

static void add_el(ent_tabari *tb, int32_t v, uint16_t conn) {
    GROW(tb->els, tb->nels, tb->capels);
    tb->els[tb->nels].v = v;
    tb->els[tb->nels].conn = conn;
    tb->nels++;
}

/* TABARI's PhrasesClass::store: words separated by ' ', '_', '~', '='. */
static int phrase(ent_tabari *tb, const char *s, uint32_t *el, const char **why, int syn);

int tb_phrase(ent_tabari *tb, const char *s, uint32_t *el, const char **why) { return phrase(tb, s, el, why, 1); }

/* syn: '&' starts a synset (patterns); in actor phrases it is a letter. */
static int phrase(ent_tabari *tb, const char *s, uint32_t *el, const char **why, int syn) {
    *el = (uint32_t)tb->nels;
    int n = 0;
    while (s && *s) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *d = strpbrk(s, " _~=");
        size_t wl = d ? (size_t)(d - s) : strlen(s);
        uint16_t conn;
        const char *next;
        if (!d) conn = C_PART | C_SKIP, next = NULL;
        else if (*d == ' ') conn = C_PART | C_SKIP, next = d + 1;
        else if (*d == '=') conn = C_EQUAL, next = d + 1;
        else if (*d == '~') conn = C_PART, next = d[1] == '_' || d[1] == ' ' ? d + 2 : d + 1;
        else if (d[1] == ' ') conn = C_SKIP, next = d + 2;
        else conn = 0, next = d + 1;
        if (wl == 0) {   /* "__" or "_ " after a symbol: the connector belongs to the element before */
            if (n) tb->els[tb->nels - 1].conn = conn;
            s = next;
            continue;
        }
        int32_t v = 0;
        if (wl == 1) {
            switch (*s) {
            case '*': v = S_VERB; break;
            case '$': v = S_SRC; break;
            case '+': v = S_TGT; break;
            case '%': v = S_CMP; break;
            case '^': v = S_SKIP; break;
            case '@': v = S_ATTR; break;
            case '{': v = S_OPEN; break;
            case '|': v = S_OR; break;
            case '}': v = S_CLOSE; break;
            }
        }
        if (!v && *s == '&' && syn) {
            uint32_t si = find_synset(tb, s, wl);
            if (!si) {
                if (why) *why = "unknown synset";
                tb->nels = *el;
                return -1;
            }
            v = (int32_t)si - 1;
            conn = (uint16_t)(C_SYN | (conn & C_SKIP ? C_SKIP : C_PART));
        } else if (!v) {
            v = (int32_t)tb_literal(tb, s, wl);
        }
        add_el(tb, v, conn);
        n++;
        s = next;
    }
    if (!n && why) *why = "no phrase";
    return n ? n : -1;
}

static char *dupup(ent_tabari *tb, const char *s, size_t n) {
    char *d = ent_arena_strndup(&tb->ar, s, n);
    for (char *p = d; *p; p++) {
        *p = (char)toupper((unsigned char)*p);
        if (*p == '-') *p = '_';
        if (*p == '\t') *p = ' ';
    }
    return d;
}

static uint32_t add_root(ent_tabari *tb, const char *text, int wtype, const char *src) {
    uint32_t el;
    int n = phrase(tb, text, &el, NULL, 0);
    if (n <= 0) return 0;
    if (tb->els[el].v <= 0 || (tb->els[el].conn & C_SYN)) {   /* a root must start with a word */
        tb->nels = el;
        return 0;
    }
    GROW(tb->roots, tb->nroots, tb->caproots);
    if (!tb->nroots) tb->nroots = 1, memset(&tb->roots[0], 0, sizeof *tb->roots);
    GROW(tb->roots, tb->nroots, tb->caproots);
    uint32_t id = (uint32_t)tb->nroots++;
    tb_root *r = &tb->roots[id];
    memset(r, 0, sizeof *r);
    r->el = el;
    r->nel = (uint16_t)n;
    r->wtype = (uint8_t)wtype;
    r->text = ent_arena_strdup(&tb->ar, text);
    r->src = src;
    /* append to the start list of the first literal (dictionary order) */
    tb_lit *l = &tb->lits[tb->els[el].v];
    if (!l->roots) l->roots = id;
    else {
        uint32_t k = l->roots;
        while (tb->roots[k].next) k = tb->roots[k].next;
        tb->roots[k].next = id;
    }
    return id;
}

/* ---- line helpers ---- */

typedef struct pending {   /* a pattern naming a synset defined further down */
    uint32_t group;
    char *body;
    long ln;
    int petrarch;
} pending;

typedef struct rd {
    ent_tabari *tb;
    const char *display;
    const ent_diag *diag;
    long ln;
    int bad;
    pending *pend;
    size_t npend, cappend;
    int final;             /* no more deferring */
    int petrarch;
} rd;

static void skip_line(rd *r, const char *why, const char *line) {
    r->bad++;
    r->tb->bad_lines++;
    ent_diag_report(r->diag, ENT_WARN, r->display, r->ln, "%s: '%.60s'; line skipped", why, line);
}

static const char *srcref(rd *r) {
    char b[1200];
    snprintf(b, sizeof b, "%s:%ld", r->display, r->ln);
    return ent_arena_strdup(&r->tb->ar, b);
}

static void add_acode(ent_tabari *tb, const tb_acode *c) {
    GROW(tb->acodes, tb->nacodes, tb->capacodes);
    tb->acodes[tb->nacodes++] = *c;
}

/* Reads the next line into b (without CR/LF); 0 at end of file. Bytes
 * that are not UTF-8 (Latin-1 or Mac Roman in old dictionaries) are read
 * as spaces, with a warning. */
static int next_line(rd *r, FILE *f, ent_buf *b) {
    ent_buf_reset(b);
    int c;
    while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(b, (char)c);
    ent_buf_reserve(b, 0);
    if (c == EOF && !b->len) return 0;
    int bad = 0;
    for (size_t pos = 0; pos < b->len;) {
        pos += ent_utf8_valid_prefix(b->p + pos, b->len - pos);
        if (pos < b->len) b->p[pos++] = ' ', bad = 1;
    }
    if (bad) ent_diag_report(r->diag, ENT_WARN, r->display, r->ln + 1, "bytes that are not UTF-8 read as spaces");
    while (b->len && (b->p[b->len - 1] == '\r' || b->p[b->len - 1] == ' ' || b->p[b->len - 1] == '\t')) b->p[--b->len] = 0;
    return 1;
}

static char *strip_comment(char *s, int petrarch) {
    char *semi = strchr(s, ';');
    if (semi) *semi = 0;
    if (petrarch) {
        char *h = strchr(s, '#');
        if (h) *h = 0;
    }
    size_t l = strlen(s);
    while (l && (s[l - 1] == ' ' || s[l - 1] == '\t')) s[--l] = 0;
    return s;
}

/* ---- actors and agents: roots from the lines of the reader (actors.c) ---- */

typedef struct actgroup {
    uint32_t *ids;
    size_t n, cap;
} actgroup;

static void group_add(actgroup *g, uint32_t id) {
    GROW(g->ids, g->n, g->cap);
    g->ids[g->n++] = id;
}

typedef struct act_ctx {
    rd *r;
    int agents;
    actgroup g;
    uint32_t gcode;      /* first code of the current group */
    uint32_t parent;
} act_ctx;

/* The line's codes as TABARI's: upper case; a date-restricted code with an
 * open start is still restricted (from 1). Returns how many. */
static int add_codes(ent_tabari *tb, const ent_tabari_line *l) {
    for (int i = 0; i < l->ncodes; i++) {
        const ent_tabari_acode *c = &l->codes[i];
        tb_acode a = {.code = dupup(tb, c->code, strlen(c->code)), .from = c->dated && !c->from ? 1 : c->from, .to = c->to};
        if (!strcmp(c->code, "---")) a.code = "---";
        add_acode(tb, &a);
    }
    return l->ncodes;
}

/* An agent's code: its first [...], upper case, with a ~ (or the null code). */
static const char *agent_code(ent_tabari *tb, const ent_tabari_line *l, const char **why) {
    if (!l->ncodes) return NULL;
    const char *c = dupup(tb, l->codes[0].code, strlen(l->codes[0].code));
    if (!strchr(c, '~') && strcmp(c, "---")) *why = "agent code without ~";
    return c;
}

/* A phrase in TABARI's form: upper case; PETRARCH's match whole words. */
static char *phrase_form(rd *r, const char *raw) {
    char *ph = dupup(r->tb, raw, strlen(raw));
    size_t l = strlen(ph);
    while (l && ph[l - 1] == ' ') ph[--l] = 0;
    if (r->petrarch && l && ph[l - 1] != '_' && ph[l - 1] != '=') {
        char *x = ent_arena_alloc(&r->tb->ar, l + 2);
        memcpy(x, ph, l);
        x[l] = '_', x[l + 1] = 0;
        ph = x;
    }
    return ph;
}

/* The {forms} of a root: more roots with its codes. */
static void add_forms(act_ctx *x, const char *forms, uint32_t id, const char *src) {
    ent_tabari *tb = x->r->tb;
    char *fs = dupup(tb, forms, strlen(forms)), *save = NULL;
    for (char *fm = strtok_r(fs, " ,", &save); fm; fm = strtok_r(NULL, " ,", &save)) {
        uint32_t fid = add_root(tb, fm, x->agents ? W_AGENT : W_ACTOR, src);
        if (!fid) continue;
        tb_root *fr = &tb->roots[fid], *rt = &tb->roots[id];
        fr->code = rt->code, fr->acode = rt->acode, fr->nacode = rt->nacode, fr->parent = rt->parent ? rt->parent : id;
        group_add(&x->g, fid);
    }
}

/* One phrase of a line: a root; k codes of its own from c0 (agents: ac). */
static const char *phrase_root(act_ctx *x, const ent_tabari_line *l, const char *raw, int synonym, int k, uint32_t c0,
                               const char *ac) {
    ent_tabari *tb = x->r->tb;
    if (!synonym || k > 0 || !x->g.n) {
        if (synonym && !x->g.n) return "synonym with no phrase above it";
        if (!synonym) x->g.n = 0, x->gcode = c0, x->parent = 0;
    }
    const char *src = srcref(x->r);
    uint32_t id = add_root(tb, phrase_form(x->r, raw), x->agents ? W_AGENT : W_ACTOR, src);
    if (!id) return "phrase does not start with a word";
    tb_root *rt = &tb->roots[id];
    if (x->agents) {
        rt->code = ac ? ac : (x->g.n ? tb->roots[x->g.ids[0]].code : NULL);
        tb->nagents++;
    } else {
        if (synonym && !k) rt->acode = x->gcode, rt->nacode = x->g.n ? tb->roots[x->g.ids[0]].nacode : 0;
        else rt->acode = c0, rt->nacode = (uint32_t)k;
        rt->parent = x->parent;
        tb->nactors++;
    }
    if (!synonym) x->parent = id;
    if (!synonym || !k) group_add(&x->g, id);
    if (l->forms) add_forms(x, l->forms, id, src);
    return NULL;
}

/* More (dated) codes for the phrase group above. */
static const char *codes_line(act_ctx *x, const ent_tabari_line *l) {
    ent_tabari *tb = x->r->tb;
    if (!x->g.n) return "code line with no phrase above it";
    const char *why = NULL, *ac = x->agents ? agent_code(tb, l, &why) : NULL;
    if (why) return why;
    if (!x->agents) add_codes(tb, l);
    for (size_t i = 0; i < x->g.n; i++) {
        tb_root *rt = &tb->roots[x->g.ids[i]];
        if (x->agents) rt->code = ac;
        else if (rt->acode == x->gcode) rt->nacode = (uint32_t)(tb->nacodes - x->gcode);
    }
    return NULL;
}

static const char *actor_line(void *ud, const ent_tabari_line *l) {
    act_ctx *x = ud;
    ent_tabari *tb = x->r->tb;
    x->r->ln = l->line;
    if (l->skipped) return NULL;
    if (l->kind == ENT_TBL_NOUN || l->kind == ENT_TBL_ADJ) {
        char *ph = dupup(tb, l->raw, strlen(l->raw));
        size_t n = strlen(ph);
        while (n && ph[n - 1] == ' ') ph[--n] = 0;
        if (!n || !add_root(tb, ph, l->kind == ENT_TBL_NOUN ? W_NOUN : W_ADJ, srcref(x->r))) return "bad noun or adjective";
        tb->nnouns++;
        return NULL;
    }
    if (l->kind == ENT_TBL_CODES) return codes_line(x, l);
    uint32_t c0 = (uint32_t)tb->nacodes;
    const char *why = NULL, *ac = x->agents ? agent_code(tb, l, &why) : NULL;
    if (why) return why;
    int k = x->agents ? ac != NULL : add_codes(tb, l);
    for (int i = 0; i < l->nphrases && !why; i++)   /* a substitution set's other phrases: synonyms */
        why = phrase_root(x, l, l->phrases[i], l->kind == ENT_TBL_SYNONYM || i > 0, k, c0, ac);
    return why;
}

static int load_actors(rd *r, FILE *f, int agents, int petrarch) {
    act_ctx x = {.r = r, .agents = agents};
    int bad = ent_tabari_read_actors(f, r->display, petrarch, r->diag, actor_line, &x);
    free(x.g.ids);
    r->bad += bad;
    r->tb->bad_lines += (size_t)bad;
    return 0;
}

/* A PETRARCH discard file: each phrase (`+` = story level, the same here)
 * discards the sentence, as TABARI's [###]. */
static const char *discard_line(void *ud, const ent_tabari_line *l) {
    rd *r = ud;
    ent_tabari *tb = r->tb;
    r->ln = l->line;
    if (l->skipped || (l->kind != ENT_TBL_PHRASE && l->kind != ENT_TBL_SYNONYM)) return NULL;
    for (int i = 0; i < l->nphrases; i++) {
        char *ph = dupup(tb, l->phrases[i], strlen(l->phrases[i]));
        size_t n = strlen(ph);
        while (n && ph[n - 1] == ' ') ph[--n] = 0;
        for (char *p = ph; *p; p++)
            if (*p == ' ') *p = '_';   /* the words of a discard follow each other */
        uint32_t id = n ? add_root(tb, ph, W_ACTOR, srcref(r)) : 0;
        if (!id) return "no phrase";
        tb_acode c = {.code = "###"};
        tb->roots[id].acode = (uint32_t)tb->nacodes;
        tb->roots[id].nacode = 1;
        add_acode(tb, &c);
    }
    return NULL;
}

static int load_discards(rd *r, FILE *f) {
    int bad = ent_tabari_read_actors(f, r->display, 1, r->diag, discard_line, r);
    r->bad += bad;
    r->tb->bad_lines += (size_t)bad;
    return 0;
}

/* ---- verbs ---- */

/* Pattern length (TABARI 5.7.1): letters and digits, the fixed text plus
 * the longest alternative of each {...|...} group. */
static void pattern_length(const char *s, int *len, int *maxalt) {
    int fixed = 0, alts = 0;
    while (*s) {
        if (*s == '{') {
            int best = 0, cur = 0;
            s++;
            while (*s && *s != '}') {
                if (*s == '|') {
                    if (cur > best) best = cur;
                    cur = 0;
                } else if (isalnum((unsigned char)*s)) cur++;
                s++;
            }
            if (cur > best) best = cur;
            alts += best;
            if (*s) s++;
            continue;
        }
        if (isalnum((unsigned char)*s)) fixed++;
        s++;
    }
    *len = fixed + alts;
    *maxalt = alts;
}

static const char *norm_event_code(ent_tabari *tb, const char *in, size_t n) {
    char b[64];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof b; i++)
        if (in[i] != ' ' && in[i] != '\t') b[k++] = (char)toupper((unsigned char)in[i]);
    b[k] = 0;
    if (!k) return NULL;
    return ent_arena_strdup(&tb->ar, b);
}

static uint32_t new_group(ent_tabari *tb, const char *code, int wtype) {
    GROW(tb->groups, tb->ngroups, tb->capgroups);
    tb_group *g = &tb->groups[tb->ngroups++];
    memset(g, 0, sizeof *g);
    g->code = code;
    g->wtype = (uint8_t)wtype;
    return (uint32_t)tb->ngroups;
}

/* PETRARCH pattern groups: "(PP)" and "{NP}" without alternatives lose their brackets. */
static void petrarch_pattern(char *s) {
    int alt = strchr(s, '|') != NULL;
    for (char *p = s; *p; p++)
        if (*p == '(' || *p == ')' || (!alt && (*p == '{' || *p == '}'))) *p = ' ';
}

static int add_pattern(rd *r, uint32_t group, char *body, int synset, int petrarch) {
    ent_tabari *tb = r->tb;
    /* body: "PATTERN [CODE]" */
    char *br = strrchr(body, '[');
    const char *code = NULL;
    if (br) {
        char *e = strchr(br, ']');
        if (!e) {
            skip_line(r, "missing ]", body);
            return -1;
        }
        code = norm_event_code(tb, br + 1, (size_t)(e - br - 1));
        *br = 0;
    } else if (!synset) {
        skip_line(r, "pattern without [code]", body);
        return -1;
    }
    char *ph = dupup(tb, body, strlen(body));
    if (petrarch) petrarch_pattern(ph);
    size_t l = strlen(ph);
    while (l && ph[l - 1] == ' ') ph[--l] = 0;
    if (!synset && !strstr(ph, "*")) {
        skip_line(r, "pattern without the verb marker *", body);
        return -1;
    }
    uint32_t el;
    const char *why = "bad pattern";
    int n = tb_phrase(tb, ph, &el, &why);
    if (n <= 0 && !synset && !r->final && !strcmp(why, "unknown synset")) {
        GROW(r->pend, r->npend, r->cappend);
        pending *pd = &r->pend[r->npend++];
        pd->group = group;
        if (br) *br = '[';
        pd->body = ent_xstrdup(body);
        pd->ln = r->ln;
        pd->petrarch = petrarch;
        return 0;
    }
    if (n <= 0) {
        skip_line(r, why, body);
        return -1;
    }
    tb_pat p = {.el = el, .nel = (uint16_t)n, .code = code, .group = group, .src = srcref(r)};
    pattern_length(ph, &p.len, &p.maxalt);
    if (synset) {
        GROW(tb->spats, tb->nspats, tb->capspats);
        p.seq = (uint32_t)tb->nspats;
        tb->spats[tb->nspats++] = p;
        tb->syns[group - 1].npat++;
    } else {
        GROW(tb->pats, tb->npats, tb->cappats);
        p.seq = (uint32_t)tb->npats;
        tb->pats[tb->npats++] = p;
    }
    return 0;
}

static uint32_t add_verb_root(rd *r, const char *phrase, uint32_t group, const char *code, int wtype) {
    ent_tabari *tb = r->tb;
    char *ph = dupup(tb, phrase, strlen(phrase));
    /* PETRARCH marks the verb inside a multi-word verb with '+' */
    char *w = ph;
    for (char *p = ph; *p; p++)
        if (*p != '+') *w++ = *p;
    *w = 0;
    size_t l = strlen(ph);
    while (l && ph[l - 1] == ' ') ph[--l] = 0;
    if (!l) return 0;
    if (r->petrarch && ph[l - 1] != '_' && ph[l - 1] != '=') {   /* PETRARCH lists verb forms: whole words */
        char *x = ent_arena_alloc(&tb->ar, l + 2);
        memcpy(x, ph, l);
        x[l] = '_', x[l + 1] = 0;
        ph = x;
    }
    uint32_t id = add_root(tb, ph, wtype, srcref(r));
    if (!id) return 0;
    tb->roots[id].group = group;
    tb->roots[id].code = code;
    if (wtype == W_VERB) tb->nverbs++;
    else tb->ntimes++;
    return id;
}

static int load_verbs(rd *r, FILE *f, int petrarch) {
    ent_tabari *tb = r->tb;
    ent_buf line;
    ent_buf_init(&line);
    uint32_t group = 0, verb = 0, syn = 0;
    int section = 0;   /* 0 verbs, 1 synsets, 2 time, 3 other (skipped) */
    while (next_line(r, f, &line)) {
        r->ln++;
        char *s = line.p;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#' || *s == '/' || *s == ';') continue;
        if (!strncmp(s, "~FINISH", 7) || !strncmp(s, "~~FINISH", 8)) break;
        if (!strncmp(s, "<!--", 4)) {
            if (strstr(s, "SYNSETS")) section = 1, syn = 0;
            continue;
        }
        if (*s == '<') {
            if (!strncmp(s, "<SYN", 4)) section = 1;
            else if (!strncmp(s, "<TIME", 5)) section = 2;
            else if (!strncmp(s, "</", 2)) section = 0;
            else section = 3;
            group = verb = syn = 0;
            continue;
        }
        if (section == 3) continue;
        if (petrarch && !strncmp(s, "---", 3) && (s[3] == ' ' || s[3] == '\t')) {
            /* --- NAME [CODE] --- : a block of verbs sharing patterns */
            char *b = strchr(s, '[');
            const char *code = NULL;
            if (b) {
                char *e = strchr(b, ']');
                if (e) code = norm_event_code(tb, b + 1, (size_t)(e - b - 1));
            }
            if (code && !strcmp(code, "---")) code = NULL;
            group = new_group(tb, code, W_VERB);
            verb = 1;
            syn = 0;
            section = 0;
            continue;
        }
        strip_comment(s, petrarch);
        if (!*s) continue;
        if (*s == '&') {   /* a synset, in <SYNSETS> or (PETRARCH) anywhere */
            size_t nl = strcspn(s, " \t");
            while (nl && s[nl - 1] == '_') nl--;
            char *name = dupup(tb, s, nl);
            if (find_synset(tb, name, nl))
                ent_diag_report(r->diag, ENT_WARN, r->display, r->ln, "synset %s defined again; the patterns below use this definition", name);
            GROW(tb->syns, tb->nsyns, tb->capsyns);
            tb_synset *sy = &tb->syns[tb->nsyns++];
            sy->name = name;
            sy->pat0 = (uint32_t)tb->nspats;
            sy->npat = 0;
            syn = (uint32_t)tb->nsyns;
            continue;
        }
        if (*s == '+' && syn && (section == 1 || petrarch)) {
            if (tb->syns[syn - 1].pat0 + tb->syns[syn - 1].npat != tb->nspats) {
                skip_line(r, "synset members must follow their synset", s);
                continue;
            }
            add_pattern(r, syn, s + 1, 1, petrarch);
            continue;
        }
        if (section == 1) {
            skip_line(r, "synset member without + or synset", s);
            continue;
        }
        if (*s == '-') {
            if (!group) {
                skip_line(r, "pattern before any verb", s);
                continue;
            }
            add_pattern(r, group, s + 1, 0, petrarch);
            continue;
        }
        if (*s == '{') {   /* irregular forms of the verb above */
            char *e = strchr(s, '}');
            if (!verb || !e) {
                skip_line(r, !verb ? "verb forms with no verb above" : "missing }", s);
                continue;
            }
            *e = 0;
            for (char *fm = strtok(s + 1, " ,"); fm; fm = strtok(NULL, " ,"))
                add_verb_root(r, fm, group, tb->roots[verb].code, section == 2 ? W_TIME : W_VERB);
            continue;
        }
        syn = 0;
        /* a verb (or time phrase): WORD {FORMS} [CODE] */
        if (*s == '+') s++;
        if (strchr("*$+%^", *s) && (s[1] == ' ' || s[1] == '_')) {
            skip_line(r, "pattern without its leading '-'", s);
            continue;
        }
        size_t pl = strcspn(s, "[{");
        char *ph = ent_arena_strndup(&tb->ar, s, pl);
        const char *code = NULL;
        char *b = strchr(s + pl, '[');
        if (b) {
            char *e = strchr(b, ']');
            if (!e) {
                skip_line(r, "missing ]", s);
                continue;
            }
            code = norm_event_code(tb, b + 1, (size_t)(e - b - 1));
        }
        if (!petrarch || !group) group = new_group(tb, code, section == 2 ? W_TIME : W_VERB);
        else if (code && !tb->groups[group - 1].code && !tb->groups[group - 1].npat) {
            /* a PETRARCH verb with its own code keeps it; the block's patterns still apply */
        }
        uint32_t id = add_verb_root(r, ph, group, petrarch ? code : NULL, section == 2 ? W_TIME : W_VERB);
        if (!id) {
            skip_line(r, "no verb", s);
            continue;
        }
        verb = id;
        char *fo = strchr(s + pl, '{');
        if (fo && (!b || fo < b)) {
            char *e = strchr(fo, '}');
            if (e) {
                *e = 0;
                for (char *fm = strtok(fo + 1, " ,"); fm; fm = strtok(NULL, " ,"))
                    add_verb_root(r, fm, group, petrarch ? code : NULL, section == 2 ? W_TIME : W_VERB);
            }
        }
    }
    /* patterns that named a synset defined below them */
    long ln = r->ln;
    r->final = 1;
    for (size_t i = 0; i < r->npend; i++) {
        r->ln = r->pend[i].ln;
        add_pattern(r, r->pend[i].group, r->pend[i].body, 0, r->pend[i].petrarch);
        free(r->pend[i].body);
    }
    free(r->pend);
    r->pend = NULL;
    r->npend = 0;
    r->ln = ln;
    ent_buf_free(&line);
    return 0;
}

/* ---- options ---- */

static int opt_int(const char *s, const char *key, int *out) {
    const char *p = strstr(s, key);
    if (!p) return 0;
    p += strlen(key);
    while (isalpha((unsigned char)*p)) p++;   /* VERBS[5], ACTORS[6] */
    while (*p == ' ' || *p == '=' || *p == '[') p++;
    if (!isdigit((unsigned char)*p)) return 0;
    *out = atoi(p);
    return 1;
}

static const char *opt_code(ent_tabari *tb, const char *s, const char *key) {
    const char *p = strstr(s, key);
    if (!p) return NULL;
    const char *b = strchr(p, '[');
    const char *e = b ? strchr(b, ']') : NULL;
    if (!b || !e) return NULL;
    return norm_event_code(tb, b + 1, (size_t)(e - b - 1));
}

int ent_tabari_forwarding(const ent_tabari *tb) { return tb->o.fwd_on; }

int ent_tabari_option(ent_tabari *tb, const char *cmd) {
    char b[512];
    size_t k = 0;
    for (const char *p = cmd; *p && k + 1 < sizeof b; p++) b[k++] = (char)toupper((unsigned char)*p);
    b[k] = 0;
    char *s = b;
    while (*s == ' ' || *s == '\t') s++;
    tb_opts *o = &tb->o;
    if (!strncmp(s, "COMP", 4)) {
        s = strchr(s, ':') ? strchr(s, ':') + 1 : s + 4;
        o->cplx_verbs = o->cplx_conj = o->cplx_actors = o->cplx_pronouns = 0;
        o->noactprior = o->noactafter = o->noverb = 0;
        opt_int(s, "VERB", &o->cplx_verbs);
        opt_int(s, "CONJ", &o->cplx_conj);
        opt_int(s, "ACTOR", &o->cplx_actors);
        opt_int(s, "PRON", &o->cplx_pronouns);
        o->noactprior = strstr(s, "NOACTPRIOR") != NULL;
        o->noactafter = strstr(s, "NOACTAFTER") != NULL;
        o->noverb = strstr(s, "NOVERB") != NULL;
        return 0;
    }
    if (!strncmp(s, "COMM", 4)) {
        s += 5;
        if (strstr(s, "OFF")) {
            o->comma_off = 1;
            return 0;
        }
        o->comma_off = 0;
        char *t;
        /* BMIN/EMIN contain MIN: read the prefixed ones first, then blank them */
        if ((t = strstr(s, "BMIN"))) opt_int(t, "BMIN", &o->bmin), memset(t, ' ', 4);
        if ((t = strstr(s, "BMAX"))) opt_int(t, "BMAX", &o->bmax), memset(t, ' ', 4);
        if ((t = strstr(s, "EMIN"))) opt_int(t, "EMIN", &o->emin), memset(t, ' ', 4);
        if ((t = strstr(s, "EMAX"))) opt_int(t, "EMAX", &o->emax), memset(t, ' ', 4);
        opt_int(s, "MIN", &o->cmin);
        opt_int(s, "MAX", &o->cmax);
        return 0;
    }
    if (!strncmp(s, "DEFA", 4)) {
        s = strchr(s, ':') ? strchr(s, ':') + 1 : s + 4;
        if (strstr(s, "OFF")) {
            o->def_src = o->def_tgt = NULL;
            o->def_prior = o->def_after = 0;
            return 0;
        }
        const char *src = strstr(s, "SOURCE"), *tgt = strstr(s, "TARGET");
        o->def_src = src ? opt_code(tb, src, "SOURCE") : NULL;
        o->def_tgt = tgt ? opt_code(tb, tgt, "TARGET") : NULL;
        o->def_prior = src && strstr(src, "PRIOR") && (!tgt || strstr(src, "PRIOR") < tgt);
        o->def_after = tgt && strstr(tgt, "AFTER");
        return 0;
    }
    if (!strncmp(s, "SET", 3)) {
        s = strchr(s, ':') ? strchr(s, ':') + 1 : s + 3;
        while (*s == ' ') s++;
        int on = !strstr(s, "FALSE");
        if (!strncmp(s, "CODE", 4)) {
            o->code_mode = strstr(s, "SEN") ? 1 : strstr(s, "ALL") ? 2 : 0;
            return 0;
        }
        if (!strncmp(s, "CONV", 4)) {
            o->convert_agents = on;
            return 0;
        }
        if (!strncmp(s, "MINI", 4)) {
            opt_int(s, "WORDS", &o->min_words);
            return 0;
        }
        if (!strncmp(s, "TIME", 4)) {
            o->time_shift = on;
            return 0;
        }
        if (!strncmp(s, "SAME", 4)) {
            o->same_actors = on;
            return 0;
        }
        return -1;
    }
    if (!strncmp(s, "FORW", 4)) {
        s = strchr(s, ':') ? strchr(s, ':') + 1 : s + 4;
        while (*s == ' ' || *s == '\t') s++;
        size_t fl = strcspn(s, " \t");
        snprintf(o->fwd_fmt, sizeof o->fwd_fmt, "%.*s", (int)(fl < sizeof o->fwd_fmt ? fl : sizeof o->fwd_fmt - 1), s);
        o->fwd_on = strstr(s + fl, "OFF") == NULL;
        return 0;
    }
    if (!strncmp(s, "LABE", 4)) {
        s = strchr(s, ':') ? strchr(s, ':') + 1 : s + 5;
        const char *orig = cmd + (s - b);
        char *eq = strchr(s, '=');
        if (!eq) return -1;
        GROW(tb->labels, tb->nlabels, tb->caplabels);
        tb_label *l = &tb->labels[tb->nlabels++];
        l->code = norm_event_code(tb, s, (size_t)(eq - s));
        const char *t = orig + (eq - s) + 1;
        while (*t == ' ') t++;
        size_t tl = strlen(t);
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\r')) tl--;
        l->text = ent_arena_strndup(&tb->ar, t, tl);
        return 0;
    }
    return -1;
}

const char *tb_label_of(const ent_tabari *tb, const char *code) {
    for (size_t i = tb->nlabels; i-- > 0;)
        if (tb->labels[i].code && !strcmp(tb->labels[i].code, code)) return tb->labels[i].text;
    return NULL;
}

static int load_options(rd *r, FILE *f) {
    ent_buf line;
    ent_buf_init(&line);
    while (next_line(r, f, &line)) {
        r->ln++;
        char *s = line.p;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '/' || *s == '#' || *s == ';') continue;
        if (*s == '~') break;
        ent_tabari_option(r->tb, s);
    }
    ent_buf_free(&line);
    return 0;
}

/* ---- entry points ---- */

int ent_tabari_sniff_petrarch(FILE *f, const char *path) {
    if (strstr(path, ".txt")) return 1;
    char b[512];
    int res = 0, n = 0;
    long pos = ftell(f);
    while (n < 4000 && fgets(b, sizeof b, f)) {
        n++;
        if (!strncmp(b, "<!--", 4) || (!strncmp(b, "--- ", 4) && strchr(b, '['))) {
            res = 1;
            break;
        }
    }
    fseek(f, pos, SEEK_SET);
    return res;
}

int ent_tabari_load(ent_tabari *tb, const char *path, int kind, const ent_diag *diag, ent_err *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return ent_err_set(err, ENT_EIO, path, 0, "cannot open: %s", strerror(errno)), -1;
    rd r = {.tb = tb, .display = ent_arena_strdup(&tb->ar, path), .diag = diag};
    int petrarch = ent_tabari_sniff_petrarch(f, path);
    r.petrarch = petrarch;
    tb->finished = 0;
    if (kind == ENT_TB_VERBS) load_verbs(&r, f, petrarch);
    else if (kind == ENT_TB_OPTIONS) load_options(&r, f);
    else if (kind == ENT_TB_ACTORS && (strstr(path, "discard") || strstr(path, "Discard"))) load_discards(&r, f);
    else load_actors(&r, f, kind == ENT_TB_AGENTS, petrarch);
    fclose(f);
    return r.bad;
}

int ent_tabari_is_verbs_file(const char *path) {
    size_t l = strlen(path);
    if (l >= 6 && !strcmp(path + l - 6, ".verbs")) return 1;
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    char b[512];
    int res = 0, n = 0;
    while (n < 5000 && fgets(b, sizeof b, f)) {
        n++;
        if (!strncmp(b, "--- ", 4) && strchr(b, '[')) res = 1;   /* PETRARCH verb block */
        else if (b[0] == '-' && b[1] == ' ' && strchr(b, '*') && strchr(b, '[')) res = 1;   /* "- * X [code]" */
        else if (!strncmp(b, "<SYNSETS>", 9) || !strncmp(b, "<!-- SYNSETS", 12)) res = 1;
        if (res) break;
    }
    fclose(f);
    return res;
}

static int cmp_pat(const void *a, const void *b) {
    const tb_pat *x = a, *y = b;
    if (x->group != y->group) return x->group < y->group ? -1 : 1;
    if (x->len != y->len) return x->len > y->len ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void ent_tabari_finish(ent_tabari *tb) {
    if (tb->finished) return;
    if (tb->npats) qsort(tb->pats, tb->npats, sizeof *tb->pats, cmp_pat);
    for (size_t g = 0; g < tb->ngroups; g++) tb->groups[g].npat = 0;
    for (size_t i = 0; i < tb->npats; i++) {
        tb_group *g = &tb->groups[tb->pats[i].group - 1];
        if (!g->npat) g->pat0 = (uint32_t)i;
        g->npat++;
    }
    /* the roots of each literal in one run of memory, in dictionary order */
    free(tb->starts);
    tb->starts = ent_xmalloc((tb->nroots + 1) * sizeof *tb->starts);
    size_t k = 0;
    for (size_t l = 1; l < tb->nlits; l++) {
        tb->lits[l].start0 = (uint32_t)k;
        for (uint32_t r = tb->lits[l].roots; r; r = tb->roots[r].next) {
            const tb_root *rt = &tb->roots[r];
            tb->starts[k].root = r;
            tb->starts[k].second = rt->nel > 1 && tb->els[rt->el + 1].v > 0 ? tb->els[rt->el + 1].v : 0;
            k++;
        }
        tb->lits[l].nstart = (uint32_t)(k - tb->lits[l].start0);
    }
    tb->finished = 1;
}

void ent_tabari_get_stats(const ent_tabari *tb, ent_tabari_stats *s) {
    memset(s, 0, sizeof *s);
    s->actors = tb->nactors;
    s->agents = tb->nagents;
    s->verbs = tb->nverbs;
    s->patterns = tb->npats;
    s->synsets = tb->nsyns;
    s->nouns = tb->nnouns;
    s->literals = tb->nlits - 1;
    s->bad_lines = tb->bad_lines;
}
