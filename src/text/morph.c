/* morph.c - see morph.h. Hand-written: Hunspell's hu_HU analyses neither
 * unknown proper names (Észak-Koreával, Dzsongun) nor names it mis-reads
 * (Kim as ki+m); a suffix table with the assimilation rule covers them. */
#define _POSIX_C_SOURCE 200809L
#include "morph.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct suffix {
    char s[16];
    char tag[6];
    char repl[16];        /* rule '=': the suffix is replaced by this */
    unsigned char rule;   /* 0, 'd' (doubled consonant), 'y' (ies -> y), '=' (replace) */
    unsigned char layer;  /* 1 = PL/POSS (inner layer) */
    size_t len;
} suffix;

typedef struct table {
    char lang[12];
    suffix *v;
    size_t n;
    struct table *next;
} table;

struct ent_morph {
    char *dir;
    table *tables;
};

ent_morph *ent_morph_new(const char *data_dir) {
    ent_morph *m = ent_xcalloc(1, sizeof *m);
    m->dir = ent_xstrdup(data_dir);
    return m;
}

void ent_morph_free(ent_morph *m) {
    if (!m) return;
    for (table *t = m->tables, *n; t; t = n) {
        n = t->next;
        free(t->v);
        free(t);
    }
    free(m->dir);
    free(m);
}

static int by_len_desc(const void *a, const void *b) {
    const suffix *x = a, *y = b;
    return (int)y->len - (int)x->len;
}

static table *load(ent_morph *m, const char *lang) {
    for (table *t = m->tables; t; t = t->next)
        if (!strcmp(t->lang, lang)) return t;
    table *t = ent_xcalloc(1, sizeof *t);
    snprintf(t->lang, sizeof t->lang, "%s", lang);
    t->next = m->tables;
    m->tables = t;
    char path[1024];
    snprintf(path, sizeof path, "%s/morph/%s.txt", m->dir, lang);
    FILE *f = fopen(path, "r");
    if (!f) return t;   /* no table: the apostrophe rule and stems only */
    char line[256];
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char s[16], tag[6], rule[8] = "";
        int k = sscanf(line, "%15s %5s %7s", s, tag, rule);
        if (k < 2) continue;
        if (t->n == cap) t->v = ent_xrealloc(t->v, (cap = cap ? cap * 2 : 64) * sizeof *t->v);
        suffix *x = &t->v[t->n++];
        memset(x, 0, sizeof *x);
        snprintf(x->s, sizeof x->s, "%s", s);
        snprintf(x->tag, sizeof x->tag, "%s", tag);
        x->len = strlen(s);
        x->rule = !strcmp(rule, "dbl") ? 'd' : !strcmp(rule, "y") ? 'y' : rule[0] == '=' ? '=' : 0;
        if (x->rule == '=') snprintf(x->repl, sizeof x->repl, "%s", rule + 1);
        x->layer = !strcmp(tag, "PL") || !strcmp(tag, "POSS");
    }
    fclose(f);
    qsort(t->v, t->n, sizeof *t->v, by_len_desc);
    return t;
}

static int add(ent_form *out, int n, int max, const char *s, size_t len, const char *tag) {
    if (n >= max || len == 0 || len >= ENT_FORM_MAX) return n;
    for (int i = 0; i < n; i++)
        if (strlen(out[i].form) == len && !memcmp(out[i].form, s, len)) return n;
    memcpy(out[n].form, s, len);
    out[n].form[len] = 0;
    snprintf(out[n].tag, sizeof out[n].tag, "%s", tag);
    return n + 1;
}

/* Undo consonant doubling at the end of s[0..*len) into b: ország|g ->
 * ország; a doubled digraph drops its first letter: Hamás|sz -> Hamász,
 * Kovác|cs -> Kovács. Returns 0 when the stem does not end doubled. */
static int undouble(const char *s, size_t *len, char b[ENT_FORM_MAX]) {
    static const char *di[] = {"ccs", "ssz", "zzs", "ggy", "nny", "tty", "lly", "ddz", NULL};
    size_t n = *len;
    if (n >= ENT_FORM_MAX) return 0;
    for (int i = 0; di[i]; i++)
        if (n >= 4 && !memcmp(s + n - 3, di[i], 3)) {
            memcpy(b, s, n - 3);
            memcpy(b + n - 3, s + n - 2, 2);
            return *len = n - 1, 1;
        }
    if (n >= 3 && s[n - 1] == s[n - 2] && (unsigned char)s[n - 1] < 0x80 && !strchr("aeiou", s[n - 1])) {
        memcpy(b, s, n - 1);
        return *len = n - 1, 1;
    }
    return 0;
}

/* Adds stem and, for hu, the stem with a lengthened final vowel shortened. */
static int add_stem(ent_form *out, int n, int max, const char *lang, const char *s, size_t len,
                    const char *tag) {
    n = add(out, n, max, s, len, tag);
    if (!strcmp(lang, "hu") && len >= 3) {
        char b[ENT_FORM_MAX];
        if (len < sizeof b) {
            memcpy(b, s, len);
            if (!memcmp(b + len - 2, "\xC3\xA1", 2)) { /* á -> a */
                b[len - 2] = 'a';
                n = add(out, n, max, b, len - 1, tag);
            } else if (!memcmp(b + len - 2, "\xC3\xA9", 2)) { /* é -> e */
                b[len - 2] = 'e';
                n = add(out, n, max, b, len - 1, tag);
            }
        }
    }
    return n;
}

static int strip_layer(table *t, const char *lang, ent_form *out, int n, int max, const char *w, size_t wl,
                       const char *tag, int want_layer) {
    for (size_t i = 0; i < t->n; i++) {
        suffix *x = &t->v[i];
        if (x->layer != want_layer || x->len + 2 > wl || memcmp(w + wl - x->len, x->s, x->len)) continue;
        size_t sl = wl - x->len;
        char ub[ENT_FORM_MAX];
        const char *st = w;   /* the stem's letters */
        if (x->rule == 'd') {
            if (!undouble(w, &sl, ub)) continue;
            st = ub;
        }
        if (x->rule == 'y' || x->rule == '=') {
            char b[ENT_FORM_MAX];
            const char *rp = x->rule == 'y' ? "y" : x->repl;
            size_t rl = strlen(rp);
            if (sl + rl >= sizeof b) continue;
            memcpy(b, st, sl);
            memcpy(b + sl, rp, rl);
            n = add(out, n, max, b, sl + rl, want_layer ? (tag && *tag ? tag : x->tag) : x->tag);
            continue;
        }
        const char *tg = want_layer ? (tag && *tag ? tag : x->tag) : x->tag;
        int before = n;
        n = add_stem(out, n, max, lang, st, sl, tg);
        if (!want_layer)
            for (int k = before; k < n; k++) {
                char f[ENT_FORM_MAX];
                snprintf(f, sizeof f, "%s", out[k].form);
                n = strip_layer(t, lang, out, n, max, f, strlen(f), tg, 1);
            }
    }
    return n;
}

int ent_morph_forms(ent_morph *m, const char *lang, const char *word, ent_form *out, int max) {
    size_t wl = strlen(word);
    int n = add(out, 0, max, word, wl, "");
    if (n == 0) { /* too long: still return the word, truncated */
        snprintf(out[0].form, sizeof out[0].form, "%s", word);
        out[0].tag[0] = 0;
        return 1;
    }
    /* apostrophes, any language: Russia's (possessive), Rusya'ya (Turkish
     * suffix), l'Ukraine, dell'Italia (elided article) */
    for (size_t i = 1; i < wl; i++) {
        size_t al = word[i] == '\'' ? 1 : (i + 2 < wl && !memcmp(word + i, "\xE2\x80\x99", 3)) ? 3 : 0;
        if (!al) continue;
        const char *after = word + i + al;
        if (i <= 4 && strlen(after) >= 3) n = add(out, n, max, after, strlen(after), "");
        n = add(out, n, max, word, i, !strcmp(after, "s") || !*after ? "GEN" : "");
        break;
    }
    /* a suffix after a hyphen (NATO-hoz, EU-nak, ENSZ-t): handled below as
     * any suffix, once the hyphen is dropped */
    const char *hy = strrchr(word, '-');
    if (hy && hy > word && strlen(hy + 1) <= 5 && lang && !strcmp(lang, "hu")) {
        char b[ENT_FORM_MAX];
        snprintf(b, sizeof b, "%.*s%s", (int)(hy - word), word, hy + 1);
        table *t = load(m, lang);
        for (size_t i = 0; i < t->n; i++)
            if (!t->v[i].layer && !strcmp(t->v[i].s, hy + 1)) n = add(out, n, max, word, (size_t)(hy - word), t->v[i].tag);
        (void)b;
    }
    if (!lang || !*lang) return n;
    table *t = load(m, lang);
    if (!t->n) return n;
    n = strip_layer(t, lang, out, n, max, word, wl, "", 0);
    /* plural or possessive alone (nominative): tüntetők, vezetője */
    n = strip_layer(t, lang, out, n, max, word, wl, "", 1);
    /* a word ending in a lengthened vowel with no suffix: Koreá (before -i) */
    return n;
}

const char *ent_morph_case_name(const char *tag) {
    static const struct { const char *tag, *name; } names[] = {
        {"NOM", "nominative"}, {"ACC", "accusative"}, {"DAT", "dative"}, {"INS", "instrumental"},
        {"INE", "inessive"}, {"ILL", "illative"}, {"ELA", "elative"}, {"SUP", "superessive"},
        {"SUB", "sublative"}, {"DEL", "delative"}, {"ADE", "adessive"}, {"ALL", "allative"},
        {"ABL", "ablative"}, {"TER", "terminative"}, {"CAU", "causal-final"}, {"ESS", "essive"},
        {"TRA", "translative"}, {"FOR", "formal"}, {"GEN", "genitive"}, {"ADJ", "adjectival"},
        {"PL", "nominative"}, {"POSS", "nominative"},
    };
    if (!tag || !*tag) return NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(names[i].tag, tag)) return names[i].name;
    return NULL;
}

int ent_morph_has_table(ent_morph *m, const char *lang) {
    return lang && *lang && load(m, lang)->n > 0 && (!strcmp(lang, "hu") || !strcmp(lang, "en"));
}
