/* analysis.c - the analysed sentence; see analysis.h.
 *
 * Contract: ent_analyze_article segments the article, tokenises and matches
 * every sentence, adds the article's short names, then per sentence the
 * Hungarian analyses (analysis_hu.c), the clauses, the reporting frame
 * (reports.c) and the phrase of each mention (Hungarian: analysis_hu.c). Everything it returns lives in the caller's arena
 * and is read-only after.
 */
#define _POSIX_C_SOURCE 200809L
#include "analysis.h"

#include "../base/strmap.h"
#include "coder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A line of data/grammar.txt as an ordered list (dates.c reads months and
 * weekdays by position). */
typedef struct wlist {
    char lang[8], cls[16];
    const char **w;
    int n;
    char entry[40];        /* data/grammar.txt:N */
} wlist;

struct ent_analyzer {
    ent_text *t;
    ent_dict *d;
    const ent_verbs *v;
    ent_hun *hun;
    ent_strmap words;          /* "lang\x1fclass\x1fword" -> position on its line; "lang\x1fcoref\x1fword" -> type */
    char report_entry[2][48];  /* evidence of a speaker's statement: data/grammar.txt:N (en, hu) */
    wlist *lists;              /* every line of data/grammar.txt */
    size_t nlists;
    ent_arena mem;             /* their words */
    char data_dir[1024];
    ent_pos_model *pos;        /* en: the part-of-speech model, loaded with the first English sentence */
    int pos_tried;
};

/* ---- word classes ---- */

static size_t word_key(char *key, size_t cap, const char *a, const char *b, const char *w);

/* The bit of a class that ent_an_classes reads (analysis.h ENT_WC_*), or 0. */
static uint32_t class_bit(const char *cls) {
    static const char *const names[] = {ENT_WC_NAMES};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(cls, names[i])) return (uint32_t)1 << i;
    return 0;
}

uint32_t ent_an_classes(const ent_analyzer *an, const char *lang, const char *w) {
    char key[256];
    return word_key(key, sizeof key, lang, "*", w) ? ent_strmap_get(&an->words, key) : 0;
}

static void load_grammar(ent_analyzer *an, const char *data_dir) {
    char path[1200], line[1024], key[256];
    snprintf(path, sizeof path, "%s/grammar.txt", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        if (line[0] == '#') continue;
        char *save = NULL, *lang = strtok_r(line, " \t\r\n", &save), *cls = strtok_r(NULL, " \t\r\n", &save);
        if (!lang || !cls) continue;
        if (!strcmp(cls, "report") && (!strcmp(lang, "en") || !strcmp(lang, "hu")))
            snprintf(an->report_entry[!strcmp(lang, "hu")], sizeof an->report_entry[0], "data/grammar.txt:%ld", ln);
        uint32_t pos = 0;
        an->lists = ent_xrealloc(an->lists, (an->nlists + 1) * sizeof *an->lists);
        wlist *L = &an->lists[an->nlists++];
        memset(L, 0, sizeof *L);
        snprintf(L->lang, sizeof L->lang, "%s", lang);
        snprintf(L->cls, sizeof L->cls, "%s", cls);
        snprintf(L->entry, sizeof L->entry, "data/grammar.txt:%ld", ln);
        uint32_t bit = class_bit(cls);
        for (char *w = strtok_r(NULL, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) {
            snprintf(key, sizeof key, "%s\x1f%s\x1f%s", lang, cls, w);
            *ent_strmap_put(&an->words, key) = ++pos;
            if (bit) {   /* "lang<US>*<US>word": the word's class bits */
                snprintf(key, sizeof key, "%s\x1f*\x1f%s", lang, w);
                *ent_strmap_put(&an->words, key) |= bit;
            }
            const char **nw = ent_arena_alloc(&an->mem, (size_t)(L->n + 1) * sizeof *nw);
            if (L->n) memcpy(nw, L->w, (size_t)L->n * sizeof *nw);
            nw[L->n++] = ent_arena_strdup(&an->mem, w);
            L->w = nw;
        }
    }
    fclose(f);
}

static void load_coref(ent_analyzer *an, const char *data_dir) {
    static const char *types[] = {"", "leader", "state", "party", "self", "they", "other", "two", "obj", "objs"};
    char path[1200], line[1024], key[256];
    snprintf(path, sizeof path, "%s/coref.txt", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char lang[8], w[64], ty[16];
        if (sscanf(line, "%7s %63s %15s", lang, w, ty) != 3) continue;
        for (uint32_t k = 1; k < sizeof types / sizeof *types; k++)
            if (!strcmp(ty, types[k])) {
                snprintf(key, sizeof key, "%s\x1f" "coref\x1f%s", lang, w);
                *ent_strmap_put(&an->words, key) = k;
            }
    }
    fclose(f);
}

ent_analyzer *ent_analyzer_new(ent_text *t, ent_dict *d, const ent_verbs *v, const char *data_dir) {
    ent_analyzer *an = ent_xcalloc(1, sizeof *an);
    an->t = t;
    an->d = d;
    an->v = v;
    an->hun = ent_dict_hun(d);   /* borrowed: one Hunspell per thread */
    ent_strmap_init(&an->words);
    ent_arena_init(&an->mem, 1 << 12);
    if (!data_dir) data_dir = ent_data_dir();
    snprintf(an->data_dir, sizeof an->data_dir, "%s", data_dir);
    load_grammar(an, data_dir);
    load_coref(an, data_dir);
    return an;
}

void ent_analyzer_free(ent_analyzer *an) {
    if (!an) return;
    ent_strmap_free(&an->words);
    ent_pos_free(an->pos);
    free(an->lists);
    ent_arena_free(&an->mem);
    free(an);
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

int ent_an_word_pos(const ent_analyzer *an, const char *lang, const char *cls, const char *w) {
    char key[256];
    return word_key(key, sizeof key, lang, cls, w) ? (int)ent_strmap_get(&an->words, key) : 0;
}

int ent_an_word(const ent_analyzer *an, const char *lang, const char *cls, const char *w) {
    return ent_an_word_pos(an, lang, cls, w) != 0;
}

int ent_an_is(const ent_sentence *s, size_t k, const char *cls) {
    return k < s->n && ent_an_word(s->an, s->lang, cls, s->tok[k].norm);
}

int ent_an_coref(const ent_analyzer *an, const char *lang, const char *w) {
    return ent_an_word_pos(an, lang, "coref", w);
}

int ent_an_list(const ent_analyzer *an, const char *lang, const char *cls, const char *const **words) {
    for (size_t i = 0; i < an->nlists; i++)
        if (!strcmp(an->lists[i].lang, lang) && !strcmp(an->lists[i].cls, cls)) {
            *words = an->lists[i].w;
            return an->lists[i].n;
        }
    *words = NULL;
    return 0;
}

const char *ent_an_report_entry(const ent_analyzer *an, int hu) { return an->report_entry[hu ? 1 : 0]; }

const char *ent_an_class_entry(const ent_analyzer *an, const char *lang, const char *cls, const char *w) {
    for (size_t i = 0; i < an->nlists; i++) {
        const wlist *L = &an->lists[i];
        if (strcmp(L->lang, lang) || strcmp(L->cls, cls)) continue;
        for (int j = 0; j < L->n; j++)
            if (!strcmp(L->w[j], w)) return L->entry;
    }
    return NULL;
}

const ent_pos_model *ent_an_pos_model(ent_analyzer *an) {
    if (!an->pos_tried) {   /* a missing model leaves English untagged (s->pos NULL) */
        char path[1200];
        ent_err err;
        snprintf(path, sizeof path, "%s/pos/en.txt", an->data_dir);
        an->pos = ent_pos_load(path, &err);
        an->pos_tried = 1;
    }
    return an->pos;
}
const ent_verbs *ent_an_verbs(const ent_analyzer *an) { return an->v; }

/* ---- queries ---- */

int ent_an_mention_at(const ent_sentence *s, size_t k) {
    for (size_t i = 0; i < s->nm; i++)
        if (s->m[i].tok_start <= k && k < s->m[i].tok_end) return (int)i;
    return -1;
}

int ent_an_is_dash(const ent_sentence *s, const ent_token *t) {
    size_t l = t->end - t->start;
    const char *p = s->a->text + t->start;
    return (l == 3 && (!memcmp(p, "\xE2\x80\x93", 3) || !memcmp(p, "\xE2\x80\x94", 3))) || (l == 1 && *p == '-') ||
           (l == 2 && !memcmp(p, "--", 2));
}

/* ---- clauses ---- */

static void cut_clauses(ent_sentence *s) {
    int cid = 0;
    /* hu: "Míg Kim ... nevezte, Oroszország ...": a subordinate clause that
     * opens the sentence ends at its first comma (data/grammar.txt leadsub) */
    int lead = s->hu && s->n && ent_an_is(s, 0, "leadsub");
    for (size_t k = 0; k < s->n; k++) {
        if (k > 0) {
            const ent_token *p = &s->tok[k - 1];
            int b = 0;
            if (p->kind == ENT_TOK_PUNCT) {
                size_t l = p->end - p->start;
                char ch = l == 1 ? s->a->text[p->start] : 0;
                if (ch == ';' || ch == ':' || ch == '(' || ch == ')' || ent_an_is_dash(s, p)) b = 1;
                if (ch == ',' && (ent_an_is(s, k, "sub") || lead)) b = 1, lead = 0;
            }
            /* "thanked the soldiers for fighting ... and invited Kim": a
             * second past-tense verb starts a clause (whose subject is the
             * first clause's) */
            if (!s->hu && (!strcmp(p->norm, "and") || !strcmp(p->norm, "but")) && s->tok[k].kind == ENT_TOK_WORD &&
                !s->tok[k].upper) {
                size_t l = strlen(s->tok[k].norm);
                if (l >= 5 && !strcmp(s->tok[k].norm + l - 2, "ed")) b = 1;
            }
            if (b) cid++;
        }
        s->clause[k] = cid;
    }
}

/* ---- segments: the parts of a clause between commas ---- */

static int segment_break(const ent_sentence *s, size_t i) {
    const ent_token *t = &s->tok[i];
    if (t->kind == ENT_TOK_PUNCT) {
        const char *w = t->norm;
        return !strcmp(w, ",") || !strcmp(w, ";") || !strcmp(w, ":") || !strcmp(w, "\u2014") || !strcmp(w, "\u2013");
    }
    return ent_an_is(s, i, "segbreak");
}

void ent_an_segment(const ent_sentence *s, size_t k, size_t *lo, size_t *hi) {
    const int *cl = s->clause;
    size_t a = k, b = k;
    while (a > 0 && cl[a - 1] == cl[k] && !segment_break(s, a - 1)) a--;
    while (b < s->n && cl[b] == cl[k] && !segment_break(s, b)) b++;
    *lo = a;
    *hi = b;
}

/* ---- phrases ---- */

static void find_phrases(ent_sentence *s, ent_arena *ar) {
    s->ph = ent_arena_alloc(ar, (s->nm ? s->nm : 1) * sizeof *s->ph);
    for (size_t i = 0; i < s->nm; i++) {
        const ent_mention *m = &s->m[i];
        ent_phrase *p = &s->ph[i];
        memset(p, 0, sizeof *p);
        uint32_t ts = m->tok_start;
        if (ts > 0 && ent_an_is(s, ts - 1, "prep")) {
            p->prep = s->tok[ts - 1].norm, p->prep_at = ts - 1;
        } else if (ts > 1 && ent_an_is(s, ts - 1, "article") && ent_an_is(s, ts - 2, "prep")) {
            p->prep = s->tok[ts - 2].norm, p->prep_at = ts - 2;
        } else if (!s->hu && ts > 2 && s->tok[ts - 1].kind == ENT_TOK_WORD && !s->tok[ts - 1].upper && ent_an_is(s, ts - 2, "article") &&
                   ent_an_is(s, ts - 3, "targetp") && !ent_an_is(s, ts - 1, "prep") && !ent_an_is(s, ts - 1, "coord")) {
            p->prep = s->tok[ts - 3].norm, p->prep_at = ts - 3;   /* "with a visiting Ukrainian delegation" */
        }
        if (s->hu) ent_an_hu_phrase(s, i, p);
    }
}

/* ---- the article ---- */

int ent_analyze_article(ent_analyzer *an, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                        ent_sentence **out, size_t *nout, ent_err *err) {
    int32_t day = ent_date_int(date);
    ent_dict_need_lang(an->d, lang);
    ent_span *sv;
    size_t nsent;
    *out = NULL;
    *nout = 0;
    if (ent_text_sentences(an->t, a->text, a->text_len, lang, ar, &sv, &nsent, err)) return ENT_EIO;
    ent_sentence *ss = ent_arena_alloc(ar, (nsent ? nsent : 1) * sizeof *ss);
    /* two passes: every sentence's mentions first, for the short names */
    for (size_t i = 0; i < nsent; i++) {
        ent_sentence *s = &ss[i];
        memset(s, 0, sizeof *s);
        s->span = sv[i];
        s->an = an;
        s->a = a;
        s->idx = i;
        s->lang = lang;
        s->hu = !strcmp(lang, "hu");
        if (ent_text_tokens(an->t, a->text, sv[i], lang, ar, &s->tok, &s->n, err)) return ENT_EIO;
        ent_dict_match(an->d, a->text, s->tok, s->n, lang, day, ar, &s->m, &s->nm);
    }
    ent_an_short_names(an->t, ss, nsent, ar);
    for (size_t i = 0; i < nsent; i++) {
        ent_sentence *s = &ss[i];
        s->clause = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->clause);
        s->report = ent_arena_alloc(ar, s->n + 1);
        memset(s->report, 0, s->n + 1);
        ent_an_hu_analyze(an->hun, s, ar);
        if (s->hu) ent_an_hu_mentions(an->d, s, day, ar), ent_an_hu_titles(ss, i);
        if (!s->hu) ent_an_en_tags(an, s, ar);
        cut_clauses(s);
        ent_an_find_reporter(s);
        if (!s->hu) ent_an_en_phrases(s, ar);
        find_phrases(s, ar);
    }
    *out = ss;
    *nout = nsent;
    return 0;
}
