/* tabari.c - TABARI/PETRARCH .actors, .agents and discard files as entries
 * of entente's own dictionaries. The files are read by the one reader of
 * their syntax (src/tabari/actors.c, ent_tabari_read_actors); here each
 * phrase becomes an entry per code, its synonyms and forms its names:
 *   AFGHANISTAN_  [AFG]             -> AFG, named "AFGHANISTAN"
 *   +AFGHAN_                         -> another name of it
 *   MOHAMMAD_ZAHIR_SHAH_             -> a person: one entry per dated code,
 *       [AFGGOV 331108-730717]          each with every name of the phrase
 *   ADMINISTRATOR {ADMINISTRATORS} [~GOV]   -> an agent with its plural
 * TABARI's date restrictions include their end date ("[EGY <911231]" is
 * EGY on 1991-12-31); an entry's `to` is the first day it no longer holds,
 * so it is the day after. A phrase without a code in a discard file is
 * never an actor.
 */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"
#include "../base/date.h"
#include "../tabari/tabari.h"

#include <stdlib.h>
#include <string.h>

int dict_sniff_tabari(FILE *f) {
    char line[512];
    int res = 0;
    long pos = ftell(f);
    while (fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || *s == ';' || *s == '\n' || *s == '\r' || *s == '<' || !*s) continue;
        res = strchr(s, '[') != NULL || strchr(s, '_') != NULL || *s == '!';
        break;
    }
    fseek(f, pos, SEEK_SET);
    return res;
}

static int kind_for(const char *code, int agents, int dated) {
    if (agents) return ENT_K_AGENT;
    if (!strcmp(code, "---")) return ENT_K_DISCARD;
    if (dated) return ENT_K_PERSON;
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3)) return ENT_K_IGO;
    if (strlen(code) == 3) return ENT_K_COUNTRY;
    return ENT_K_GROUP;
}

/* The phrase above: its entries and the names seen for it. */
typedef struct cur_phrase {
    ent_dict *d;
    const char *display;
    int agents, discards;
    uint32_t *ids;
    size_t n, cap;
    ent_buf names;          /* '\n' separated */
    char first_name[256];   /* the entries' canonical name; "" when there is no phrase above */
    ent_buf name, src;
} cur_phrase;

/* "AFGHAN_MUJAHIDEEN_" -> "AFGHAN MUJAHIDEEN" */
static const char *to_name(cur_phrase *c, const char *p) {
    ent_buf_reset(&c->name);
    ent_buf_reserve(&c->name, 0);
    for (; *p; p++) ent_buf_addc(&c->name, *p == '_' ? ' ' : *p);
    while (c->name.len && c->name.p[c->name.len - 1] == ' ') c->name.p[--c->name.len] = 0;
    return c->name.p;
}

/* A name of every entry of the phrase. */
static void add_name(cur_phrase *c, const char *name) {
    for (size_t i = 0; i < c->n; i++) dict_add_name(c->d, c->ids[i], name);
    ent_buf_adds(&c->names, name);
    ent_buf_addc(&c->names, '\n');
}

static uint32_t add_entry(cur_phrase *c, const ent_tabari_acode *k, int dated, long line) {
    ent_buf_reset(&c->src);
    ent_buf_printf(&c->src, "%s:%ld", c->display, line);
    int32_t to = k->to ? ent_date_int_add_days(k->to, 1) : 0;   /* inclusive -> the first day after */
    uint32_t ei = dict_add_entry(c->d, k->code, kind_for(k->code, c->agents, dated), "", c->first_name, c->src.p, k->from, to);
    if (c->n == c->cap) c->ids = ent_xrealloc(c->ids, (c->cap = c->cap ? c->cap * 2 : 8) * sizeof *c->ids);
    c->ids[c->n++] = ei;
    return ei;
}

/* An indented [code] line: one more entry, with every name seen so far. */
static const char *code_line(cur_phrase *c, const ent_tabari_line *l) {
    if (!l->indented) return "no phrase";
    if (!c->first_name[0]) return "code line with no phrase above it";
    for (int k = 0; k < l->ncodes; k++) {
        uint32_t ei = add_entry(c, &l->codes[k], 1, l->line);
        char *names = ent_xstrndup(c->names.p ? c->names.p : "", c->names.len), *save = NULL;
        for (char *nm = strtok_r(names, "\n", &save); nm; nm = strtok_r(NULL, "\n", &save)) dict_add_name(c->d, ei, nm);
        free(names);
    }
    return NULL;
}

/* A new phrase: its entries, then its names (substitution sets expanded) and forms. */
static void phrase_line(cur_phrase *c, const ent_tabari_line *l) {
    c->n = 0;
    ent_buf_reset(&c->names);
    snprintf(c->first_name, sizeof c->first_name, "%s", to_name(c, l->raw));
    if (!l->ncodes && c->discards) {   /* no code: a discard, or a phrase whose dated codes follow */
        ent_tabari_acode none = {.code = "---"};
        add_entry(c, &none, 0, l->line);
    }
    for (int k = 0; k < l->ncodes; k++) add_entry(c, &l->codes[k], l->codes[k].dated, l->line);
    for (int i = 0; i < l->nphrases; i++) add_name(c, to_name(c, l->phrases[i]));
    if (!l->forms) return;
    char *forms = ent_xstrdup(l->forms), *save = NULL;
    for (char *f = strtok_r(forms, " ,", &save); f; f = strtok_r(NULL, " ,", &save))
        if (*to_name(c, f)) add_name(c, c->name.p);
    free(forms);
}

static const char *on_line(void *ud, const ent_tabari_line *l) {
    cur_phrase *c = ud;
    if (l->skipped) {
        if (l->kind == ENT_TBL_PHRASE) c->n = 0, c->first_name[0] = 0;
        return NULL;
    }
    switch (l->kind) {
    case ENT_TBL_CODES: return code_line(c, l);
    case ENT_TBL_SYNONYM:
        if (!c->n && !c->first_name[0]) return "synonym with no entry above it";
        for (int i = 0; i < l->nphrases; i++) add_name(c, to_name(c, l->phrases[i]));
        return NULL;
    case ENT_TBL_PHRASE: phrase_line(c, l); return NULL;
    default: return NULL;   /* nouns and adjectives name no actor */
    }
}

int dict_load_tabari(ent_dict *d, FILE *f, const char *display, int agents, const ent_diag *diag) {
    cur_phrase c = {.d = d, .display = display, .agents = agents};
    c.discards = strstr(display, "discard") || strstr(display, "Discard");
    ent_buf_init(&c.names);
    ent_buf_init(&c.name);
    ent_buf_init(&c.src);
    d->case_free = 1;
    int bad = ent_tabari_read_actors(f, display, ent_tabari_sniff_petrarch(f, display), diag, on_line, &c);
    d->case_free = 0;
    d->bad_lines += (size_t)bad;
    free(c.ids);
    ent_buf_free(&c.names);
    ent_buf_free(&c.name);
    ent_buf_free(&c.src);
    return bad;
}
