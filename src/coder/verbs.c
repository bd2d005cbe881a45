/* verbs.c - see verbs.h. */
#define _POSIX_C_SOURCE 200809L
#include "verbs.h"

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/dir.h"
#include "../base/strmap.h"
#include "../base/utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct plist {
    const ent_vpat **v;
    size_t n, cap;
} plist;

struct ent_verbs {
    ent_text *text;
    char *data_dir;
    ent_arena ar, tmp;
    ent_vpat **pats;
    size_t npats, cappats;
    plist *lists;
    size_t nlists, caplists;
    ent_strmap index;      /* "lang\x1fkey" -> list + 1 */
    ent_strmap irregular;  /* form -> lemma index + 1 */
    ent_strmap forms;      /* "lemma\x1fform" of data/morph/en-verbs.txt -> 1 */
    char **lemmas;
    size_t nlemmas;
};

ent_verbs *ent_verbs_new(ent_text *t, const char *data_dir) {
    ent_verbs *v = ent_xcalloc(1, sizeof *v);
    v->text = t;
    v->data_dir = ent_xstrdup(data_dir ? data_dir : ent_data_dir());
    ent_arena_init(&v->ar, 256 * 1024);
    ent_arena_init(&v->tmp, 16 * 1024);
    ent_strmap_init(&v->index);
    ent_strmap_init(&v->irregular);
    ent_strmap_init(&v->forms);
    return v;
}

void ent_verbs_free(ent_verbs *v) {
    if (!v) return;
    for (size_t i = 0; i < v->nlists; i++) free(v->lists[i].v);
    free(v->lists);
    free(v->pats);
    for (size_t i = 0; i < v->nlemmas; i++) free(v->lemmas[i]);
    free(v->lemmas);
    ent_strmap_free(&v->index);
    ent_strmap_free(&v->irregular);
    ent_strmap_free(&v->forms);
    ent_arena_free(&v->ar);
    ent_arena_free(&v->tmp);
    free(v->data_dir);
    free(v);
}

size_t ent_verbs_count(const ent_verbs *v) { return v->npats; }

static const char *fold(ent_verbs *v, const char *s) {
    return ent_text_fold(v->text, s, strlen(s), &v->ar);
}

/* The index key of a lemma: its Snowball stem in English, itself otherwise. */
static const char *key_of(ent_verbs *v, const char *lang, const char *lemma) {
    if (strcmp(lang, "en")) return lemma;
    return ent_text_stem(v->text, "en", lemma, strlen(lemma), &v->ar);
}

static void index_add(ent_verbs *v, const char *lang, const char *key, const ent_vpat *p) {
    ent_buf k;
    ent_buf_init(&k);
    ent_buf_printf(&k, "%s\x1f%s", lang, key);
    uint32_t *cell = ent_strmap_put(&v->index, k.p);
    ent_buf_free(&k);
    if (!*cell) {
        if (v->nlists == v->caplists)
            v->lists = ent_xrealloc(v->lists, (v->caplists = v->caplists ? v->caplists * 2 : 256) * sizeof *v->lists);
        memset(&v->lists[v->nlists], 0, sizeof *v->lists);
        *cell = (uint32_t)++v->nlists;
    }
    plist *l = &v->lists[*cell - 1];
    if (l->n == l->cap) l->v = ent_xrealloc(l->v, (l->cap = l->cap ? l->cap * 2 : 4) * sizeof *l->v);
    l->v[l->n++] = p;
}

const ent_vpat *const *ent_verbs_find(const ent_verbs *v, const char *lang, const char *key, size_t *n) {
    char k[256];
    ent_strmap_key2(k, sizeof k, lang, key, SIZE_MAX);
    uint32_t i = ent_strmap_get(&v->index, k);
    if (!i) {
        *n = 0;
        return NULL;
    }
    *n = v->lists[i - 1].n;
    return v->lists[i - 1].v;
}

const char *ent_verbs_irregular(const ent_verbs *v, const char *form) {
    uint32_t i = ent_strmap_get(&v->irregular, form);
    return i ? v->lemmas[i - 1] : NULL;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

static int suffix_in(const char *rest, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (!strcmp(rest, list[i])) return 1;
    return 0;
}

/* English inflection by rule: Snowball gives "commandeer" and "command",
 * "condemnation" and "condemn" one stem, so the index finds candidates and
 * this decides. No Debian library generates English inflections (Hunspell's
 * en_US analyses only the words of its own list and would cost a lookup per
 * token); the rules are the regular ones of English spelling. */
static int regular_form(const char *lemma, size_t ll, const char *word) {
    static const char *const plain[] = {"", "s", "es", "ed", "ing", NULL};
    static const char *const after_e[] = {"d", "s", NULL};
    static const char *const drop_e[] = {"ing", "ed", "es", NULL};
    static const char *const after_y[] = {"ies", "ied", NULL};
    static const char *const doubled[] = {"ed", "ing", NULL};
    if (ll > 2 && lemma[ll - 2] == 'i' && lemma[ll - 1] == 'e' && !strncmp(word, lemma, ll - 2) && !strcmp(word + ll - 2, "ying"))
        return 1;   /* die -> dying */
    if (strncmp(word, lemma, ll - 1)) return 0;
    const char *rest = word + ll - 1;   /* from the lemma's last letter */
    char last = lemma[ll - 1];
    if (*rest == last && suffix_in(rest + 1, plain)) return 1;
    if (last == 'e' && *rest == 'e' && suffix_in(rest + 1, after_e)) return 1;
    if (last == 'e' && suffix_in(rest, drop_e)) return 1;
    if (last == 'y' && ll > 1 && !is_vowel(lemma[ll - 2]) && suffix_in(rest, after_y)) return 1;
    if (*rest == last && rest[1] == last && !is_vowel(last) && suffix_in(rest + 2, doubled)) return 1;
    return 0;
}

int ent_verbs_form_of(const ent_verbs *v, const char *lemma, const char *word) {
    size_t ll = strlen(lemma);
    if (!ll || (word[0] != lemma[0])) return 0;
    if (regular_form(lemma, ll, word)) return 1;
    char k[256];
    ent_strmap_key2(k, sizeof k, lemma, word, SIZE_MAX);
    return ent_strmap_get(&v->forms, k) != 0;
}

static int valid_code(const char *c) {
    if (!strcmp(c, "---")) return 1;
    size_t n = strlen(c);
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++)
        if (c[i] < '0' || c[i] > '9') return 0;
    return 1;
}

static int valid_case(const char *t) {
    static const char *cases[] = {"ACC", "DAT", "INS", "SUB", "ALL", "ABL", "DEL", "ILL", "ELA", "INE", "SUP",
                                  "ADE", "TER", "CAU", "GEN", NULL};
    for (int i = 0; cases[i]; i++)
        if (!strcmp(t, cases[i])) return 1;
    return 0;
}

/* Parses "{a|b|c}" (or a bare word) into g: NULL or the reason it is bad. */
static const char *parse_group(ent_verbs *v, const ent_vpat *p, ent_vgroup *g, char *w) {
    size_t l = strlen(w);
    if (w[0] == '{') {
        if (l < 2 || w[l - 1] != '}') return "unbalanced { }";
        w[l - 1] = 0;
        w++;
    }
    char *s2 = NULL;
    for (char *a = strtok_r(w, "|", &s2); a; a = strtok_r(NULL, "|", &s2)) {
        if (g->n == ENT_VP_MAX_ALTS) return "too many alternatives in {…}";
        for (char *u = a; *u; u++)
            if (*u == '_') *u = ' ';
        g->alt[g->n] = fold(v, a);
        g->len[g->n] = (uint16_t)strlen(g->alt[g->n]);
        g->multi[g->n] = strchr(g->alt[g->n], ' ') != NULL;
        g->stem[g->n] = !strcmp(p->lang, "en") ? ent_text_stem(v->text, "en", g->alt[g->n], strlen(g->alt[g->n]), &v->ar) : NULL;
        g->bit[g->n] = (uint16_t)ent_verbs_word_bit(g->alt[g->n]);
        g->stem_bit[g->n] = (uint16_t)(g->stem[g->n] ? ent_verbs_word_bit(g->stem[g->n]) : g->bit[g->n]);
        g->n++;
    }
    return g->n ? NULL : "empty {…} group";
}

/* Parses the pattern text into p; returns NULL or the reason it is bad. */
static const char *parse_pattern(ent_verbs *v, ent_vpat *p, char *pat) {
    char *save = NULL;
    char *w = strtok_r(pat, " \t", &save);
    if (!w) return "empty pattern";
    if (w[0] == '{' || w[0] == '+' || w[0] == '^') return "the pattern must start with the trigger word";
    p->lemma = fold(v, w);
    const char *prev = NULL;   /* previous literal word */
    int after_trigger = 1;
    while ((w = strtok_r(NULL, " \t", &save))) {
        if (w[0] == '^') {
            if (p->has_pre) return "more than one ^ word";
            const char *why = parse_group(v, p, &p->pre, w + 1);
            if (why) return why;
            p->has_pre = 1;
            prev = NULL;
            continue;
        }
        if (w[0] == '{') {
            if (p->ngroups == ENT_VP_MAX_GROUPS) return "too many {…} groups";
            const char *why = parse_group(v, p, &p->groups[p->ngroups++], w);
            if (why) return why;
            after_trigger = 0;
            prev = NULL;
        } else if (w[0] == '+') {
            if (p->target) return "more than one target +";
            if (w[1]) {
                if (valid_case(w + 1)) {
                    p->target = 3;
                    snprintf(p->target_case, sizeof p->target_case, "%s", w + 1);
                } else {
                    p->target = 4;
                    p->target_prep = fold(v, w + 1);
                }
            } else if (prev) {
                p->target = 2;
                p->target_prep = prev;
                p->nlits--;   /* the preposition is the target's, not a particle */
            } else {
                p->target = 1;
            }
            (void)after_trigger;
            prev = NULL;
        } else {
            if (p->nlits == ENT_VP_MAX_LITS) return "too many particle words";
            p->lits[p->nlits++] = prev = fold(v, w);
        }
    }
    p->specificity = (p->ngroups + p->has_pre) * 2 + p->nlits + (p->target ? 1 : 0);
    return NULL;
}

static int load_verbs(ent_verbs *v, FILE *f, const char *display, const ent_diag *diag) {
    ent_buf line;
    ent_buf_init(&line);
    long ln = 0;
    int bad = 0, c;
    for (;;) {
        ent_buf_reset(&line);
        while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(&line, (char)c);
        ent_buf_reserve(&line, 0); /* an empty line still has a buffer */
        if (c == EOF && !line.len) break;
        ln++;
        char *s = line.p;
        char *hash = strstr(s, " #");
        if (s[0] == '#') continue;
        if (hash) *hash = 0;
        size_t l = strlen(s);
        while (l && (s[l - 1] == '\r' || s[l - 1] == ' ' || s[l - 1] == '\t')) s[--l] = 0;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s) continue;
        const char *why = NULL;
        char code[16], lang[8], flags[64];
        int off = 0;
        if (ent_utf8_valid_prefix(s, strlen(s)) != strlen(s)) why = "invalid UTF-8";
        else if (sscanf(s, "%15s %7s %63s %n", code, lang, flags, &off) != 3 || !off) why = "expected CODE LANG FLAGS PATTERN";
        else if (!valid_code(code)) why = "bad CAMEO code";
        ent_vpat *p = NULL;
        if (!why) {
            p = ent_arena_alloc(&v->ar, sizeof *p);
            memset(p, 0, sizeof *p);
            snprintf(p->code, sizeof p->code, "%.4s", code);
            snprintf(p->lang, sizeof p->lang, "%s", lang);
            p->block = !strcmp(code, "---");
            if (strcmp(flags, "-")) {
                char *s2 = NULL;
                for (char *fl = strtok_r(flags, ",", &s2); fl && !why; fl = strtok_r(NULL, ",", &s2)) {
                    if (!strcmp(fl, "sym")) p->sym = 1;
                    else if (!strcmp(fl, "noun")) p->noun = 1;
                    else if (!strcmp(fl, "say")) p->say = 1;
                    else if (!strcmp(fl, "obj")) p->obj = 1;
                    else if (!strcmp(fl, "rev")) p->rev = 1;
                    else if (!strncmp(fl, "back=", 5) && valid_code(fl + 5) && strcmp(fl + 5, "---"))
                        snprintf(p->back, sizeof p->back, "%.4s", fl + 5);
                    else why = "unknown flag (sym, noun, say, obj, rev, back=CODE or -)";
                }
            }
            if (!why) why = parse_pattern(v, p, s + off);
        }
        if (why) {
            bad++;
            ent_diag_report(diag, ENT_WARN, display, ln, "%s; line skipped", why);
            continue;
        }
        char src[1100];
        snprintf(src, sizeof src, "%s:%ld", display, ln);
        p->source = ent_arena_strdup(&v->ar, src);
        if (v->npats == v->cappats) v->pats = ent_xrealloc(v->pats, (v->cappats = v->cappats ? v->cappats * 2 : 1024) * sizeof *v->pats);
        v->pats[v->npats++] = p;
        index_add(v, p->lang, key_of(v, p->lang, p->lemma), p);
        /* Hungarian -ik verbs (találkozik): also by the stem without -ik, for
         * forms Hunspell does not know */
        size_t ll = strlen(p->lemma);
        if (!strcmp(p->lang, "hu") && ll > 4 && !strcmp(p->lemma + ll - 2, "ik")) {
            char *st = ent_arena_strndup(&v->ar, p->lemma, ll - 2);
            index_add(v, "hu", st, p);
        }
    }
    ent_buf_free(&line);
    return bad;
}

int ent_verbs_load_file(ent_verbs *v, const char *path, const char *display, const ent_diag *diag, ent_err *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return ent_err_set(err, ENT_EIO, path, 0, "cannot open verb dictionary: %s", strerror(errno)), -1;
    int bad = load_verbs(v, f, display ? display : path, diag);
    fclose(f);
    return bad;
}

static void load_irregular(ent_verbs *v) {
    char path[1200];
    snprintf(path, sizeof path, "%s/morph/en-verbs.txt", v->data_dir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *h = strchr(line, '#');
        if (h) *h = 0;
        char *save = NULL, *lemma = strtok_r(line, " \t\r\n", &save);
        if (!lemma) continue;
        v->lemmas = ent_xrealloc(v->lemmas, (v->nlemmas + 1) * sizeof *v->lemmas);
        v->lemmas[v->nlemmas++] = ent_xstrdup(lemma);
        for (char *w = strtok_r(NULL, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) {
            *ent_strmap_put(&v->irregular, w) = (uint32_t)v->nlemmas;
            char k[256];
            ent_strmap_key2(k, sizeof k, lemma, w, SIZE_MAX);
            *ent_strmap_put(&v->forms, k) = 1;
        }
    }
    fclose(f);
}

int ent_verbs_load_builtin(ent_verbs *v, const ent_diag *diag, ent_err *err) {
    load_irregular(v);
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/verbs", v->data_dir);
    char **names;
    size_t n;
    if (ent_dir_names(dir, ".txt", &names, &n)) return ent_err_set(err, ENT_EIO, dir, 0, "cannot open the verb dictionaries");
    int rc = 0;
    /* the hand-written LANG.txt first, converted files (LANG-SOURCE.txt)
     * after: at equal specificity the pattern loaded first wins */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            if ((strchr(names[i], '-') != NULL) != pass) continue;
            char path[2400], disp[600];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            snprintf(disp, sizeof disp, "data/verbs/%s", names[i]);
            if (ent_verbs_load_file(v, path, disp, diag, err) < 0) rc = ENT_EIO;
        }
    ent_dir_names_free(names, n);
    return rc;
}
