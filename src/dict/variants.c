/* variants.c - spelling variants of names, from data/actors/name-variants.rules.
 *
 * One foreign name is written several ways in the press (Zelenszkij /
 * Zelenszki, Arakcsi / Aragcsi, Sergei / Sergey, Erdoğan / Erdogan). The
 * rules are data (format and sources in the rules file); this file applies
 * them to every name of a dictionary line as it loads and adds each new
 * spelling to the same entry. Hand-written because the rewriting is a small
 * closure over string rules; the one part a library does well, writing a
 * word in ASCII letters, is ICU's Latin-ASCII transliterator.
 */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#define VAR_DEPTH 2      /* rules applied in a row to one word */
#define VAR_WORD_MAX 6   /* spellings of one word, the original included */
#define VAR_NAME_MAX 16  /* variants of one name */
#define VAR_LEN 128      /* bytes of one word */

enum { W_WORD, W_START, W_END, W_ANY, W_ASCII };

struct dict_vrule {
    char lang[8];
    unsigned kinds;      /* bit per enum ent_kind */
    char *countries;     /* "RUS UKR ..." (a named set), NULL = any entry */
    int where;
    char **alt;          /* lower-case spellings that stand for one another */
    int nalt;
    int oneway;          /* "a>b|c": alt[0] may be written alt[1..], not back */
};

/* A set line: "set NAME CODE..." (country codes the rules may name). */
typedef struct vset {
    char name[32];
    char *codes;
} vset;

static int parse_kinds(const char *s, unsigned *out) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", s);
    char *at = strchr(buf, '@');
    if (at) *at = 0;
    *out = 0;
    char *save = NULL;
    for (char *k = strtok_r(buf, ",", &save); k; k = strtok_r(NULL, ",", &save)) {
        int kind = ent_kind_parse(k);
        if (kind < 0 || kind == ENT_K_AGENT || kind == ENT_K_DISCARD || kind == ENT_K_ADJ) return -1;
        *out |= 1u << kind;
    }
    return *out ? 0 : -1;
}

static int parse_where(const char *s) {
    static const char *names[] = {"word", "start", "end", "any", "ascii", NULL};
    for (int i = 0; names[i]; i++)
        if (!strcmp(s, names[i])) return i;
    return -1;
}

/* "person,group@slavic": the countries of the named set. */
static int parse_countries(const char *kinds, const vset *sets, int nsets, char **out) {
    const char *at = strchr(kinds, '@');
    *out = NULL;
    if (!at) return 0;
    for (int i = 0; i < nsets; i++)
        if (!strcmp(sets[i].name, at + 1)) return *out = ent_xstrdup(sets[i].codes), 0;
    return -1;
}

/* Parses one rule line; 0 ok, -1 a bad line (counted), 1 nothing there,
 * 2 a set (added to *sets). */
static int parse_rule(char *line, dict_vrule *r, vset **sets, int *nsets) {
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    memset(r, 0, sizeof *r);
    char *save = NULL, *lang = strtok_r(line, " \t\r\n", &save), *kinds = strtok_r(NULL, " \t\r\n", &save);
    if (!lang) return 1;
    if (!strcmp(lang, "set")) {
        if (!kinds || strlen(kinds) >= sizeof (*sets)->name) return -1;
        *sets = ent_xrealloc(*sets, (size_t)(*nsets + 1) * sizeof **sets);
        vset *v = &(*sets)[(*nsets)++];
        snprintf(v->name, sizeof v->name, "%s", kinds);
        v->codes = ent_xstrdup(save ? save : "");
        return 2;
    }
    char *where = strtok_r(NULL, " \t\r\n", &save), *forms = strtok_r(NULL, " \t\r\n", &save);
    if (!kinds || !where || strlen(lang) >= sizeof r->lang || parse_kinds(kinds, &r->kinds) ||
        parse_countries(kinds, *sets, *nsets, &r->countries))
        return -1;
    snprintf(r->lang, sizeof r->lang, "%s", lang);
    if ((r->where = parse_where(where)) < 0) return -1;
    if (r->where == W_ASCII) return forms ? -1 : 0;
    if (!forms) return -1;
    char *gt = strchr(forms, '>');
    if (gt) {
        *gt = 0;
        r->oneway = 1;
        r->alt = ent_xmalloc(sizeof *r->alt);
        r->alt[r->nalt++] = ent_xstrdup(forms);
        forms = gt + 1;
    }
    for (char *f = strtok_r(forms, "|", &save); f; f = strtok_r(NULL, "|", &save)) {
        if (strlen(f) >= VAR_LEN / 2) return -1;
        r->alt = ent_xrealloc(r->alt, (size_t)(r->nalt + 1) * sizeof *r->alt);
        r->alt[r->nalt++] = ent_xstrdup(f);
    }
    return r->nalt >= 2 ? 0 : -1;
}

static void free_rule(dict_vrule *r) {
    for (int i = 0; i < r->nalt; i++) free(r->alt[i]);
    free(r->alt);
    free(r->countries);
}

void dict_variants_load(ent_dict *d) {
    char path[1200], line[1024];
    snprintf(path, sizeof path, "%s/actors/name-variants.rules", d->data_dir);
    FILE *f = fopen(path, "r");
    if (!f) return;   /* no rules: names as written */
    vset *sets = NULL;
    int nsets = 0;
    while (fgets(line, sizeof line, f)) {
        dict_vrule r;
        int rc = parse_rule(line, &r, &sets, &nsets);
        if (rc) {
            if (rc < 0) free_rule(&r), d->vrule_bad++;
            continue;
        }
        d->vrules = ent_xrealloc(d->vrules, (d->nvrules + 1) * sizeof *d->vrules);
        d->vrules[d->nvrules++] = r;
    }
    fclose(f);
    for (int i = 0; i < nsets; i++) free(sets[i].codes);
    free(sets);
}

/* Does rule r apply to entry e (language, kind, country)? */
static int rule_fits(const dict_vrule *r, const ent_entry *e) {
    if (!(r->kinds >> e->kind & 1) || strcmp(r->lang, e->lang)) return 0;
    if (!r->countries) return 1;
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", e->code);
    for (const char *p = strstr(r->countries, c3); p; p = strstr(p + 1, c3))
        if ((p == r->countries || p[-1] == ' ') && (p[3] == ' ' || p[3] == 0 || p[3] == '\n' || p[3] == '\r')) return 1;
    return 0;
}

void dict_variants_free(ent_dict *d) {
    for (size_t i = 0; i < d->nvrules; i++) free_rule(&d->vrules[i]);
    free(d->vrules);
    if (d->translit) utrans_close((UTransliterator *)d->translit);
}

/* ---- one word ---- */

typedef struct wset {
    char v[VAR_WORD_MAX][VAR_LEN];
    int n;
} wset;

static void wset_add(wset *s, const char *w) {
    if (s->n >= VAR_WORD_MAX || !*w || strlen(w) >= VAR_LEN) return;
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->v[i], w)) return;
    snprintf(s->v[s->n++], VAR_LEN, "%s", w);
}

static char lower1(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }
static char upper1(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }

/* Does w[at..] begin with the lower-case form f? At the word's start an
 * ASCII capital matches its small letter. */
static int has_at(const char *w, size_t at, const char *f) {
    size_t fl = strlen(f);
    if (strlen(w + at) < fl) return 0;
    if (at == 0 && fl && lower1(w[0]) == f[0]) return !memcmp(w + 1, f + 1, fl - 1);
    return !memcmp(w + at, f, fl);
}

/* w with w[at..at+len) replaced by `by`; a capital first letter stays one. */
static void replace(const char *w, size_t at, size_t len, const char *by, wset *out) {
    char b[VAR_LEN];
    size_t wl = strlen(w), bl = strlen(by);
    if (wl - len + bl >= sizeof b) return;
    memcpy(b, w, at);
    memcpy(b + at, by, bl);
    memcpy(b + at + bl, w + at + len, wl - at - len + 1);
    if (at == 0 && bl && w[0] >= 'A' && w[0] <= 'Z') b[0] = upper1(b[0]);
    wset_add(out, b);
}

/* ICU's Latin-ASCII transform of a UTF-8 word. */
static void ascii_form(ent_dict *d, const char *w, wset *out) {
    UErrorCode st = U_ZERO_ERROR;
    if (!d->translit) {
        UChar id[16];
        u_uastrcpy(id, "Latin-ASCII");
        d->translit = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
        if (U_FAILURE(st)) {
            d->translit = NULL;
            return;
        }
    }
    UChar u[VAR_LEN * 2];
    int32_t ul = 0, limit;
    u_strFromUTF8(u, VAR_LEN, &ul, w, -1, &st);
    if (U_FAILURE(st) || ul >= VAR_LEN) return;
    limit = ul;
    utrans_transUChars((UTransliterator *)d->translit, u, &ul, VAR_LEN * 2, 0, &limit, &st);
    char b[VAR_LEN];
    int32_t bl = 0;
    if (U_SUCCESS(st)) u_strToUTF8(b, sizeof b, &bl, u, ul, &st);
    if (U_SUCCESS(st) && bl < (int32_t)sizeof b) b[bl] = 0, wset_add(out, b);
}

/* Is the occurrence of alternative a at w[at..] part of a longer
 * alternative of the same rule there ("sz" inside "ssz")? */
static int inside_longer(const dict_vrule *r, int a, const char *w, size_t at) {
    size_t fl = strlen(r->alt[a]);
    for (int g = 0; g < r->nalt; g++) {
        size_t gl = strlen(r->alt[g]);
        if (g == a || gl <= fl) continue;
        for (size_t q = at + fl >= gl ? at + fl - gl : 0; q <= at; q++)
            if (has_at(w, q, r->alt[g])) return 1;
    }
    return 0;
}

static void apply_rule(ent_dict *d, const dict_vrule *r, const char *w, wset *out) {
    size_t wl = strlen(w);
    if (r->where == W_ASCII) {
        ascii_form(d, w, out);
        return;
    }
    for (int a = 0; a < (r->oneway ? 1 : r->nalt); a++) {
        const char *f = r->alt[a];
        size_t fl = strlen(f);
        if (r->where == W_WORD && !(fl == wl && has_at(w, 0, f))) continue;
        if (r->where == W_START && !(wl > fl + 1 && has_at(w, 0, f))) continue;
        if (r->where == W_END && !(wl > fl + 1 && has_at(w, wl - fl, f) && !inside_longer(r, a, w, wl - fl))) continue;
        for (int b = 0; b < r->nalt; b++) {
            if (b == a) continue;
            if (r->where == W_ANY) {
                for (size_t at = 1; at + fl <= wl; at++)
                    if (has_at(w, at, f) && !inside_longer(r, a, w, at)) replace(w, at, fl, r->alt[b], out);
            } else {
                replace(w, r->where == W_END ? wl - fl : 0, fl, r->alt[b], out);
            }
        }
    }
}

/* Every spelling of one word reachable in VAR_DEPTH steps. */
static void word_variants(ent_dict *d, const ent_entry *e, const char *w, wset *out) {
    out->n = 0;
    wset_add(out, w);
    int from = 0;
    for (int depth = 0; depth < VAR_DEPTH; depth++) {
        int to = out->n;
        for (int i = from; i < to; i++)
            for (size_t k = 0; k < d->nvrules; k++) {
                const dict_vrule *r = &d->vrules[k];
                if (rule_fits(r, e)) apply_rule(d, r, out->v[i], out);
            }
        from = to;
    }
}

/* ---- one name ---- */

/* Is a one-word variant a word of its own (Hungarian: Hunspell knows it)? */
static int common_word(ent_dict *d, const ent_entry *e, const char *w) {
    if (strlen(w) < 4) return 1;
    const ent_hun_info *an[2];
    return !strcmp(e->lang, "hu") && ent_hun_analyze(d->hun, w, an, 2) > 0;
}

/* Adds the variants of `name` (as written on its line) to entry ei;
 * `seen` holds the names and variants of the line so far. */
void dict_add_variants(ent_dict *d, uint32_t ei, const char *name, ent_strmap *seen) {
    const ent_entry *e = &d->entries[ei];
    while (*name == ' ' || *name == '\t') name++;
    if (*name == '=' || !d->nvrules) return;
    unsigned any = 0;
    for (size_t k = 0; k < d->nvrules; k++) any |= rule_fits(&d->vrules[k], e);
    if (!any) return;
    char buf[512];
    snprintf(buf, sizeof buf, "%s", name);
    size_t bl = strlen(buf);
    while (bl && buf[bl - 1] == ' ') buf[--bl] = 0;
    char *words[8];
    int nw = 0;
    char *save = NULL;
    for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (nw == 8 || strlen(w) >= VAR_LEN) return;   /* too long to vary */
        words[nw++] = w;
    }
    if (!nw) return;
    wset *ws = ent_xmalloc((size_t)nw * sizeof *ws);
    for (int i = 0; i < nw; i++) word_variants(d, e, words[i], &ws[i]);
    /* the product of the words' spellings, in order, the original first */
    int idx[8] = {0}, added = 0;
    ent_buf v;
    ent_buf_init(&v);
    for (;;) {
        int i = nw - 1;
        while (i >= 0 && ++idx[i] == ws[i].n) idx[i--] = 0;
        if (i < 0 || added >= VAR_NAME_MAX) break;
        ent_buf_reset(&v);
        for (int k = 0; k < nw; k++) {
            if (k) ent_buf_addc(&v, ' ');
            ent_buf_adds(&v, ws[k].v[idx[k]]);
        }
        uint32_t *cell = ent_strmap_put(seen, v.p);
        if (*cell || (nw == 1 && common_word(d, e, v.p))) continue;
        *cell = 1;
        if (dict_add_name(d, ei, v.p) == 0) added++, d->nvariants++;
    }
    ent_buf_free(&v);
    free(ws);
}
