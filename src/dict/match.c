/* match.c - finding actor mentions in a tokenised sentence; see dict.h. */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"

#include <stdlib.h>
#include <string.h>

typedef struct cand {
    uint32_t pat;
    uint8_t len;       /* tokens */
    uint8_t how;       /* 0 exact, 1 inflected, 2 stem */
    uint8_t agent;     /* the entry is a role noun */
    uint16_t formlen;  /* length of the matched form (less stripped = better) */
    char tag[6];
} cand;

static int token_forms(ent_dict *d, const char *text, const ent_token *t, const char *lang, ent_form *out);

static int lang_ok(const ent_entry *e, const char *lang) {
    return !e->lang[0] || e->own || !strcmp(e->lang, lang) || !strcmp(e->lang, "en");
}


/* Does pattern p match at token i? Fills c. `forms` are the morphological
 * forms of every token (lazily computed by the caller). */
static int verify(ent_dict *d, const dict_pat *p, const char *text, const ent_token *tok, size_t n, size_t i,
                  const char *lang, ent_form (*forms)[ENT_MORPH_MAX], int *nforms, cand *c) {
    if (i + p->ntok > n) return 0;
    const ent_entry *e = &d->entries[p->entry];
    if (!lang_ok(e, lang)) return 0;
    c->how = 0;
    c->tag[0] = 0;
    c->formlen = 0;
    /* a place or a person has no plural: "Hamas" is not the city Hama */
    int bare_name = e->kind == ENT_K_COUNTRY || e->kind == ENT_K_CAPITAL || e->kind == ENT_K_CITY || e->kind == ENT_K_PERSON;
    for (size_t k = 0; k < p->ntok; k++) {
        const ent_token *t = &tok[i + k];
        if (!strcmp(t->norm, p->tok[k])) continue;
        int ok = 0;
        if (k + 1 == p->ntok && t->kind == ENT_TOK_WORD) {
            size_t ti = i + k;
            if (nforms[ti] < 0) nforms[ti] = token_forms(d, text, t, lang, forms[ti]);
            for (int f = 1; f < nforms[ti] && !ok; f++)
                if (!strcmp(forms[ti][f].form, p->tok[k]) && !(bare_name && !strcmp(forms[ti][f].tag, "PL"))) {
                    ok = 1;
                    c->how = 1;
                    c->formlen = (uint16_t)strlen(forms[ti][f].form);
                    snprintf(c->tag, sizeof c->tag, "%s", forms[ti][f].tag);
                }
        }
        if (!ok && p->stem[k] && e->lang[0] && !strcmp(e->lang, lang) && !ent_morph_has_table(d->morph, lang) &&
            !strcmp(t->stem, p->stem[k])) {
            ok = 1;
            if (c->how < 2) c->how = 2;
        }
        if (!ok) return 0;
    }
    /* a capitalised name must be capitalised in the text, except as a
     * Hungarian adjective of place (Peking -> pekingi) */
    if (p->upper && !tok[i].upper && strcmp(c->tag, "ADJ")) return 0;
    if (p->exact_case) {
        /* the letters as written (inflection may follow: lengyelek); the
         * first letter may be capitalised at the start of a sentence */
        size_t len = tok[i + p->ntok - 1].end - tok[i].start, rl = strlen(p->raw);
        const char *w = text + tok[i].start;
        if (len < rl) return 0;
        if (memcmp(w, p->raw, rl)) {
            size_t cl;
            /* ...unless a capitalised word follows: a family name (Török Gábor) */
            int initial = (i == 0 || (tok[i - 1].kind == ENT_TOK_PUNCT && strchr("\"'(\xE2\xC2", text[tok[i - 1].start]))) &&
                          !(i + 1 < n && tok[i + 1].upper);
            unsigned a = ent_utf8_decode(w, &cl), b;
            size_t cl2;
            b = ent_utf8_decode(p->raw, &cl2);
            if (!initial || cl != cl2 || memcmp(w + cl, p->raw + cl2, rl - cl2) || a == b) return 0;
        }
        if (len > rl && (c->how == 0 && p->ntok == 1 && !c->formlen)) return 0;
    }
    c->pat = (uint32_t)(p - d->pats);
    c->len = p->ntok;
    c->agent = e->kind == ENT_K_AGENT;
    return 1;
}

/* The lookup forms of token t: the word itself, then for Hungarian what
 * Hunspell's analysis says (stem + case), then the suffix table. */
static int token_forms_uncached(ent_dict *d, const char *text, const ent_token *t, const char *lang, ent_form *out);

#define FORMCACHE_MAX 200000

/* Forms are cached per language and word form: the suffix tables, Hunspell
 * and ICU folding run once per word type, not per occurrence. */
static int token_forms(ent_dict *d, const char *text, const ent_token *t, const char *lang, ent_form *out) {
    char key[ENT_FORM_MAX + 16];
    size_t wl = t->end - t->start;
    if (wl >= ENT_FORM_MAX) return token_forms_uncached(d, text, t, lang, out);
    ent_strmap_key2(key, sizeof key, lang, text + t->start, wl);
    uint32_t *cell = ent_strmap_put(&d->formcache, key);
    if (*cell) {
        const form_list *fl = &d->forms[*cell - 1];
        memcpy(out, fl->v, (size_t)fl->n * sizeof *out);
        return fl->n;
    }
    int n = token_forms_uncached(d, text, t, lang, out);
    if (d->nforms >= FORMCACHE_MAX) {
        /* bounded memory on huge vocabularies: start the cache afresh */
        ent_strmap_free(&d->formcache);
        ent_strmap_init(&d->formcache);
        ent_arena_reset(&d->formar);
        d->nforms = 0;
        cell = ent_strmap_put(&d->formcache, key);
    }
    if (d->nforms == d->capforms) d->forms = ent_xrealloc(d->forms, (d->capforms = d->capforms ? d->capforms * 2 : 4096) * sizeof *d->forms);
    form_list *fl = &d->forms[d->nforms];
    fl->n = n;
    fl->v = ent_arena_alloc(&d->formar, (size_t)n * sizeof *out);
    memcpy(fl->v, out, (size_t)n * sizeof *out);
    *cell = (uint32_t)++d->nforms;
    return n;
}

static int token_forms_uncached(ent_dict *d, const char *text, const ent_token *t, const char *lang, ent_form *out) {
    int n = ent_morph_forms(d->morph, lang, t->norm, out, ENT_MORPH_MAX);
    if (strcmp(lang, "hu") || t->kind != ENT_TOK_WORD || t->end - t->start >= ENT_FORM_MAX) return n;
    char surf[ENT_FORM_MAX];
    memcpy(surf, text + t->start, t->end - t->start);
    surf[t->end - t->start] = 0;
    const ent_hun_info *an[8];
    int na = ent_hun_analyze(d->hun, surf, an, 8);
    ent_form hf[8];
    int nh = 0;
    for (int k = 0; k < na; k++) {
        if (!an[k]->stem || !*an[k]->stem || an[k]->pos == ENT_HUN_VERB || an[k]->pos == ENT_HUN_PREVERB) continue;
        ent_arena_reset(&d->tmp);
        const char *f = ent_text_fold(d->text, an[k]->stem, strlen(an[k]->stem), &d->tmp);
        if (strlen(f) >= ENT_FORM_MAX || !strcmp(f, t->norm)) continue;
        snprintf(hf[nh].form, sizeof hf[nh].form, "%s", f);
        snprintf(hf[nh].tag, sizeof hf[nh].tag, "%s", an[k]->tag);
        nh++;
    }
    if (!nh) return n;
    /* Hunspell's readings go right after the word itself */
    int keep = n - 1 < ENT_MORPH_MAX - nh ? n - 1 : ENT_MORPH_MAX - nh;
    memmove(out + 1 + nh, out + 1, (size_t)keep * sizeof *out);
    memcpy(out + 1, hf, (size_t)nh * sizeof *out);
    return 1 + nh + keep;
}

static int better(const cand *a, const cand *b) {   /* is a better than b? */
    if (a->len != b->len) return a->len > b->len;
    if (a->how != b->how) return a->how < b->how;
    if (a->formlen != b->formlen) return a->formlen > b->formlen;
    return a->agent < b->agent;   /* a name beats a role noun of the same words */
}

static void consider(ent_dict *d, uint32_t head, const char *text, const ent_token *tok, size_t n, size_t i,
                     const char *lang, ent_form (*forms)[ENT_MORPH_MAX], int *nforms, cand *best, int *have,
                     cand *alts, int *nalts) {
    for (uint32_t h = head; h; h = d->post[h - 1].next) {
        cand c;
        if (!verify(d, &d->pats[d->post[h - 1].pat], text, tok, n, i, lang, forms, nforms, &c)) continue;
        if (!*have || better(&c, best)) {
            *best = c;
            *have = 1;
            *nalts = 0;
        }
        if (!better(best, &c) && *nalts < 64) alts[(*nalts)++] = c;
    }
}

static const char *country_of(const char *code, char out[4]) {
    memcpy(out, code, 3);
    out[3] = 0;
    return out;
}

static int is_geo(int kind) { return kind == ENT_K_COUNTRY || kind == ENT_K_CAPITAL || kind == ENT_K_CITY; }

static int locative_tag(const char *tag) {
    static const char *loc[] = {"INE", "ILL", "ELA", "SUP", "ADE", "TER", "ADJ", NULL};
    for (int i = 0; loc[i]; i++)
        if (!strcmp(tag, loc[i])) return 1;
    return 0;
}

static int locative_prep(const ent_dict *d, const char *lang, const ent_token *t) {
    char key[160];
    ent_strmap_key2(key, sizeof key, lang, t->norm, SIZE_MAX);
    return ent_strmap_get(&d->locprep, key) != 0;
}

/* May a word stand between a demonym and its role noun ("North Korean
 * supreme leader", "észak-koreai legfelsőbb vezető")? An adjective may; a
 * verb or a possessive may not ("India put its armed forces", "Germany
 * recalled its ambassador"). */
static int modifier_word(ent_dict *d, const char *text, const ent_token *t, const char *lang, int after_adj) {
    size_t l = strlen(t->norm);
    if (!strcmp(lang, "hu")) {
        char w[ENT_FORM_MAX];
        if (t->end - t->start >= sizeof w) return 0;
        memcpy(w, text + t->start, t->end - t->start);
        w[t->end - t->start] = 0;
        const ent_hun_info *an[8];
        int n = ent_hun_analyze(d->hun, w, an, 8), adj = 0, verb = 0;
        for (int i = 0; i < n; i++) {
            if (an[i]->pos == ENT_HUN_VERB) verb = 1;
            if (an[i]->pos == ENT_HUN_ADJ || !strcmp(an[i]->tag, "ADJ")) adj = 1;
        }
        /* after a demonym a participle is an adjective (orosz mozgósított
         * katonák); after a country name it is the verb */
        return (adj && (!verb || after_adj)) || n == 0;
    }
    static const char *stop[] = {"its", "their", "his", "her", "the", "a", "an", "has", "have", "had", "is", "was",
                                 "were", "will", "would", "to", "and", "or", "put", "said", "says", "set", "sent",
                                 "with", "of", "in", "on", "for", "by", "from", "at", "into", "against", "than", NULL};
    for (int i = 0; stop[i]; i++)
        if (!strcmp(t->norm, stop[i])) return 0;
    if (!after_adj && l > 3 && !strcmp(t->norm + l - 2, "ed") && strcmp(t->norm, "armed") && strcmp(t->norm, "united"))
        return 0;
    return 1;
}

/* Is the place at token i after a locative preposition ("in Beijing",
 * "à l'Élysée", "в России")? An article between them is skipped. */
static int prep_before(const ent_dict *d, const char *text, const ent_token *tok, uint32_t i, const char *lang) {
    if (i == 0) return 0;
    uint32_t j = i - 1;
    size_t l = tok[j].end - tok[j].start;
    const char *w = text + tok[j].start;
    int article = (l >= 2 && (w[l - 1] == '\'' || (l >= 4 && !memcmp(w + l - 3, "\xE2\x80\x99", 3)))) ||
                  !strcmp(tok[j].norm, "the") || !strcmp(tok[j].norm, "a") || !strcmp(tok[j].norm, "az") ||
                  !strcmp(tok[j].norm, "la") || !strcmp(tok[j].norm, "le") || !strcmp(tok[j].norm, "el");
    if (article && j > 0 && locative_prep(d, lang, &tok[j - 1])) return 1;
    return locative_prep(d, lang, &tok[j]);
}

/* A Hungarian adjective of place (pekingi, ukrajnai: "of/in Beijing"),
 * written with -i; it names where, not who, unless a role noun follows. */
static int hu_place_adj(const char *lang, const ent_token *t) {
    size_t n = strlen(t->norm);
    return !strcmp(lang, "hu") && n > 2 && t->norm[n - 1] == 'i';
}

typedef struct raw {
    uint32_t ts, te;
    const ent_entry *e;
    char tag[6];
    int dated_out;   /* a person whose roles do not cover the date */
} raw;

/* Chooses among equally good candidates the entry valid at `date`. */
static const ent_entry *pick(ent_dict *d, cand *alts, int nalts, int32_t date, int *dated_out) {
    const ent_entry *fallback = NULL;
    *dated_out = 0;
    /* a dated code that covers the date beats an undated one, which TABARI
     * uses as the default outside the dated spans (Karzai: AFGGOV >011222,
     * else AFGELI) */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < nalts; i++) {
            const ent_entry *e = &d->entries[d->pats[alts[i].pat].entry];
            int dated = e->from || e->to;
            if (pass == 0 && !dated) continue;
            int ok = (!e->from || date >= e->from) && (!e->to || date < e->to);
            if (ok) return e;
            if (!fallback) fallback = e;
        }
    *dated_out = 1;
    return fallback;
}

/* The raw matches of tokens tok[0..n): longest (then best) dictionary
 * name at each position, the entry valid at `date`. Returns their count. */
static size_t find_raw(ent_dict *d, const char *text, const ent_token *tok, size_t n, const char *lang, int32_t date,
                       ent_form (*forms)[ENT_MORPH_MAX], int *nforms, raw *rv) {
    size_t nr = 0;
    ent_buf key;
    ent_buf_init(&key);
    cand alts[64];
    for (size_t i = 0; i < n;) {
        if (tok[i].kind == ENT_TOK_PUNCT) {
            i++;
            continue;
        }
        cand best;
        int have = 0, nalts = 0;
        if (nforms[i] < 0) nforms[i] = token_forms(d, text, &tok[i], lang, forms[i]);
        for (int f = 0; f < nforms[i]; f++) {
            uint32_t h = ent_strmap_get(&d->exact, forms[i][f].form);
            if (h) consider(d, h, text, tok, n, i, lang, forms, nforms, &best, &have, alts, &nalts);
        }
        if (!ent_morph_has_table(d->morph, lang)) {
            ent_buf_reset(&key);
            ent_buf_printf(&key, "%s\x1f%s", lang, tok[i].stem);
            uint32_t h = ent_strmap_get(&d->stems, key.p);
            if (h) consider(d, h, text, tok, n, i, lang, forms, nforms, &best, &have, alts, &nalts);
        }
        if (!have) {
            i++;
            continue;
        }
        int dated_out;
        const ent_entry *e = pick(d, alts, nalts, date, &dated_out);
        /* a role noun turned adjective (katonai parádé: "military parade")
         * modifies the next noun: it names no actor */
        if (e->kind == ENT_K_AGENT && !strcmp(best.tag, "ADJ")) {
            i += best.len;
            continue;
        }
        rv[nr] = (raw){(uint32_t)i, (uint32_t)(i + best.len), e, "", dated_out};
        snprintf(rv[nr].tag, sizeof rv[nr].tag, "%s", best.tag);
        nr++;
        i += best.len;
    }
    ent_buf_free(&key);
    return nr;
}

typedef struct mctx {
    ent_dict *d;
    const char *text, *lang;
    const ent_token *tok;
    raw *rv;
    size_t nr;
} mctx;

static int is_ngo(const ent_entry *e) { return e->kind == ENT_K_IGO && !strncmp(e->code, "NGO", 3); }

/* Only a hyphen between a group and its role noun (Hamász-vezető)? */
static int hyphen_gap(const mctx *c, uint32_t from, uint32_t to) {
    return to == from + 1 && c->tok[from].kind == ENT_TOK_PUNCT && c->tok[from].end - c->tok[from].start == 1 &&
           c->text[c->tok[from].start] == '-';
}

/* country/adj/capital (up to 2 lowercase modifiers) + role noun:
 * "Russian troops", "észak-koreai legfelsőbb vezető"; a place + role noun
 * right after it: "Gaza health ministry", "a gázai hatóságok". */
static int join_role(const mctx *c, size_t *j, ent_mention *m, int *k) {
    const raw *r = &c->rv[*j];
    if (*j + 1 >= c->nr || c->rv[*j + 1].e->kind != ENT_K_AGENT) return 0;
    const raw *a = &c->rv[*j + 1];
    uint32_t gap = a->ts - r->te;
    int ok;
    if (*k == ENT_K_CITY) {
        ok = gap == 0 && (!r->tag[0] || !strcmp(r->tag, "GEN") || !strcmp(r->tag, "ADJ")) &&
             !prep_before(c->d, c->text, c->tok, r->ts, c->lang);
    } else if (*k == ENT_K_GROUP) {
        ok = gap == 0 || hyphen_gap(c, r->te, a->ts);   /* Hamas fighters, Hamász-vezető */
    } else {
        ok = (*k == ENT_K_COUNTRY || *k == ENT_K_ADJ || *k == ENT_K_CAPITAL) && gap <= 2 &&
             (*k != ENT_K_COUNTRY || !locative_tag(r->tag));
        for (uint32_t g = r->te; ok && g < a->ts; g++)
            ok = c->tok[g].kind == ENT_TOK_WORD && !c->tok[g].upper &&
                 modifier_word(c->d, c->text, &c->tok[g], c->lang, *k == ENT_K_ADJ);
    }
    if (!ok) return 0;
    (*j)++;
    m->agent = a->e;
    m->tok_end = a->te;
    snprintf(m->tag, sizeof m->tag, "%s", a->tag);
    if (*k != ENT_K_GROUP) *k = ENT_K_AGENT;
    return 1;
}

/* A named armed group (or NGO) after what describes it is that group:
 * "Lebanon's Hezbollah", "a libanoni Hezbollah", "Palestinian Red
 * Crescent", "the militant group Hamas" (English: a Hungarian role noun
 * before a name is another phrase: "a hadsereg Hamász elleni"). */
static int join_group(const mctx *c, size_t *j, ent_mention *m, int k) {
    if (*j + 1 >= c->nr || c->rv[*j + 1].ts != m->tok_end) return 0;
    const raw *g = &c->rv[*j + 1];
    if (g->e->kind != ENT_K_GROUP && !is_ngo(g->e)) return 0;
    const raw *r = &c->rv[*j];
    int ok;
    if (k == ENT_K_AGENT && m->agent) {
        const char *role = m->agent->code + (m->agent->code[0] == '~');
        ok = strcmp(c->lang, "hu") && (!strncmp(role, "REB", 3) || !strncmp(role, "UAF", 3) || !strncmp(role, "NGO", 3) ||
                                       !strncmp(role, "HRI", 3));
    } else {
        /* the group's own country ("az izraeli Hamász elleni" is not Hamas) */
        ok = !m->agent && (k == ENT_K_ADJ || (k == ENT_K_COUNTRY && !strcmp(r->tag, "GEN"))) &&
             (is_ngo(g->e) || !strncmp(g->e->code, "IMG", 3) || !strncmp(g->e->code, r->e->code, 3));
    }
    if (!ok) return 0;
    (*j)++;
    m->entry = g->e;
    m->agent = NULL;
    m->tok_end = g->te;
    snprintf(m->tag, sizeof m->tag, "%s", g->tag);
    return 1;
}

/* The entry of country `code` (its first three letters), or NULL. */
static const ent_entry *country_entry(ent_dict *d, const char *code) {
    if (d->country_ix_n != d->nentries) {   /* CLDR languages load lazily: index what is new */
        for (size_t i = d->country_ix_n; i < d->nentries; i++) {
            const ent_entry *e = &d->entries[i];
            if (e->kind != ENT_K_COUNTRY || strlen(e->code) != 3) continue;
            uint32_t *cell = ent_strmap_put(&d->country_ix, e->code);
            if (!*cell) *cell = (uint32_t)i + 1;
        }
        d->country_ix_n = d->nentries;
    }
    char c3[4];
    uint32_t i = ent_strmap_get(&d->country_ix, country_of(code, c3));
    return i ? &d->entries[i - 1] : NULL;
}

/* Is Hungarian word t possessed (kormánya, szóvivője, hadseregének)? */
static int hu_possessed(ent_dict *d, const char *text, const ent_token *t) {
    char w[ENT_FORM_MAX];
    if (t->end - t->start >= sizeof w) return 0;
    memcpy(w, text + t->start, t->end - t->start);
    w[t->end - t->start] = 0;
    const ent_hun_info *an[8];
    int n = ent_hun_analyze(d->hun, w, an, 8);
    for (int i = 0; i < n; i++)
        if (an[i]->poss && an[i]->pos != ENT_HUN_VERB) return 1;
    return 0;
}

/* A person's role noun is the role of the person's country: "Robert Fico
 * kormányának" (Fico's government), "Putyin szóvivője", "Putin's
 * spokesman" = the government; "Netanjahu hadserege" = ISRMIL. The mention
 * becomes that country's role, not the person (a short name later in the
 * article is the person, not his army). */
static void join_owned_role(const mctx *c, size_t *j, ent_mention *m) {
    if (!m->entry || m->entry->kind != ENT_K_PERSON || m->agent || *j + 1 >= c->nr) return;
    const raw *a = &c->rv[*j + 1];
    if (a->e->kind != ENT_K_AGENT || a->ts != m->tok_end || c->rv[*j].dated_out) return;
    int hu = !strcmp(c->lang, "hu");
    if (hu ? !hu_possessed(c->d, c->text, &c->tok[a->te - 1]) : strcmp(m->tag, "GEN")) return;
    const ent_entry *country = country_entry(c->d, m->entry->code);
    if (!country) return;
    (*j)++;
    m->entry = country;
    m->agent = a->e;
    m->tok_end = a->te;
    snprintf(m->tag, sizeof m->tag, "%s", a->tag);
}

/* Combines raw match *j with the ones after it into one mention; *j ends
 * at the last raw match used. Returns 0 when the mention is dropped. */
static int combine(const mctx *c, size_t *j, ent_mention *m) {
    const raw *r = &c->rv[*j];
    memset(m, 0, sizeof *m);
    m->tok_start = r->ts;
    m->tok_end = r->te;
    m->entry = r->e;
    snprintf(m->tag, sizeof m->tag, "%s", r->tag);
    int k = r->e->kind;
    if (k == ENT_K_AGENT) {
        m->entry = NULL;
        m->agent = r->e;
    }
    join_role(c, j, m, &k);
    if (join_group(c, j, m, k)) {
        k = ENT_K_GROUP;
        join_role(c, j, m, &k);   /* Yemen's Houthi rebels */
    }
    const raw *last = &c->rv[*j];
    /* agent + person: President Vladimir Putin; a person not (yet) in
     * office keeps the role the text gives him ("Taiwan's president-elect
     * Lai Ching-te" before his term is TWNGOV) */
    if (m->agent && k != ENT_K_GROUP && *j + 1 < c->nr && c->rv[*j + 1].e->kind == ENT_K_PERSON && c->rv[*j + 1].ts == m->tok_end &&
        (!c->rv[*j + 1].dated_out || m->entry)) {
        (*j)++;
        last = &c->rv[*j];
        if (!last->dated_out) m->entry = last->e, r = last;
        m->tok_end = last->te;
        snprintf(m->tag, sizeof m->tag, "%s", last->tag);
    }
    join_owned_role(c, j, m);
    /* agent + of + country: the president of Russia */
    if (m->agent && !m->entry && *j + 1 < c->nr && c->rv[*j + 1].ts == m->tok_end + 1 &&
        !strcmp(c->tok[m->tok_end].norm, "of") &&
        (c->rv[*j + 1].e->kind == ENT_K_COUNTRY || c->rv[*j + 1].e->kind == ENT_K_CAPITAL)) {
        (*j)++;
        m->entry = c->rv[*j].e;
        m->tok_end = c->rv[*j].te;
    }
    /* person + apposition: Vlagyimir Putyin orosz elnök(kel) */
    if (m->entry && m->entry->kind == ENT_K_PERSON && !m->agent && *j + 2 < c->nr && c->rv[*j + 1].ts == m->tok_end &&
        c->rv[*j + 1].e->kind == ENT_K_ADJ && c->rv[*j + 2].e->kind == ENT_K_AGENT && c->rv[*j + 2].ts == c->rv[*j + 1].te &&
        !strncmp(c->rv[*j + 1].e->code, m->entry->code, 3)) {
        m->agent = c->rv[*j + 2].e;
        m->tok_end = c->rv[*j + 2].te;
        snprintf(m->tag, sizeof m->tag, "%s", c->rv[*j + 2].tag);
        *j += 2;
    }
    /* a person not in office on the date: no code */
    if (m->entry && m->entry->kind == ENT_K_PERSON && r->dated_out && c->rv[*j].e == m->entry) return 0;
    return 1;
}

/* The mention's code, and whether it is a place rather than an actor. */
static void resolve(const mctx *c, ent_mention *m) {
    char c3[4];
    m->start = c->tok[m->tok_start].start;
    m->end = c->tok[m->tok_end - 1].end;
    if (m->entry && (m->entry->kind == ENT_K_PERSON || m->entry->kind == ENT_K_GROUP)) {
        /* a group keeps its own code: "Hamas fighters" are Hamas */
        snprintf(m->code, sizeof m->code, "%s", m->entry->code);
    } else if (m->entry && m->agent) {
        const char *role = m->agent->code[0] == '~' ? m->agent->code + 1 : m->agent->code;
        if (strlen(m->entry->code) >= 3 && m->entry->kind != ENT_K_IGO)
            snprintf(m->code, sizeof m->code, "%s%s", country_of(m->entry->code, c3), role);
        else
            snprintf(m->code, sizeof m->code, "%s%s", m->entry->code, role);
    } else if (m->entry && m->entry->kind == ENT_K_CAPITAL && strlen(m->entry->code) == 3) {
        /* a capital stands for its government: Moscow said -> RUSGOV */
        snprintf(m->code, sizeof m->code, "%sGOV", m->entry->code);
    } else if (m->entry) {
        snprintf(m->code, sizeof m->code, "%s", m->entry->code);
    } else {
        snprintf(m->code, sizeof m->code, "%s", m->agent->code);
    }
    if (!m->entry || m->agent || !(is_geo(m->entry->kind) || m->entry->kind == ENT_K_ADJ)) return;
    int loc = m->entry->kind == ENT_K_CITY || locative_tag(m->tag) ||
              (m->entry->kind != ENT_K_ADJ && strcmp(m->tag, "GEN") && prep_before(c->d, c->text, c->tok, m->tok_start, c->lang)) ||
              (m->entry->kind == ENT_K_ADJ && hu_place_adj(c->lang, &c->tok[m->tok_end - 1]));
    if (loc) {
        m->location = 1;
        snprintf(m->code, sizeof m->code, "%s", country_of(m->entry->code, c3));
    }
}

int ent_dict_match(ent_dict *d, const char *text, const ent_token *tok, size_t n, const char *lang,
                   int32_t date, ent_arena *ar, ent_mention **out, size_t *count) {
    if (!lang || !*lang) lang = "en";
    ent_form (*forms)[ENT_MORPH_MAX] = ent_xmalloc((n ? n : 1) * sizeof *forms);
    int *nforms = ent_xmalloc((n ? n : 1) * sizeof *nforms);
    for (size_t i = 0; i < n; i++) nforms[i] = -1;
    raw *rv = ent_xmalloc((n ? n : 1) * sizeof *rv);
    mctx c = {d, text, lang, tok, rv, 0};
    c.nr = find_raw(d, text, tok, n, lang, date, forms, nforms, rv);
    ent_mention *mv = ent_arena_alloc(ar, (c.nr ? c.nr : 1) * sizeof *mv);
    size_t nm = 0;
    for (size_t j = 0; j < c.nr; j++) {
        if (rv[j].e->kind == ENT_K_DISCARD) continue;
        if (!combine(&c, &j, &mv[nm])) continue;
        resolve(&c, &mv[nm]);
        nm++;
    }
    free(rv);
    free(forms);
    free(nforms);
    *out = mv;
    *count = nm;
    return 0;
}

/* ---- stats and collisions ---- */

typedef struct lk {
    char lang[8];
    int kind;
    size_t n;
} lk;

void ent_dict_walk(const ent_dict *d, ent_dict_lang_fn lf, ent_dict_collision_fn cf, void *ud) {
    if (lf) {
        lk *v = NULL;
        size_t nv = 0;
        for (size_t i = 0; i < d->nentries; i++) {
            const ent_entry *e = &d->entries[i];
            size_t j;
            for (j = 0; j < nv; j++)
                if (v[j].kind == e->kind && !strcmp(v[j].lang, e->lang)) break;
            if (j == nv) {
                v = ent_xrealloc(v, (nv + 1) * sizeof *v);
                memset(&v[nv], 0, sizeof *v);
                snprintf(v[nv].lang, sizeof v[nv].lang, "%s", e->lang);
                v[nv].kind = e->kind;
                nv++;
            }
            v[j].n++;
        }
        for (size_t j = 0; j < nv; j++) lf(ud, v[j].lang[0] ? v[j].lang : "*", v[j].kind, v[j].n);
        free(v);
    }
    if (cf) {
        /* names (same token sequence, same language) with different countries */
        for (size_t s = 0; s < d->exact.cap; s++) {
            if (!d->exact.slots[s].key) continue;
            for (uint32_t h = d->exact.slots[s].val; h; h = d->post[h - 1].next) {
                const dict_pat *a = &d->pats[d->post[h - 1].pat];
                const ent_entry *ea = &d->entries[a->entry];
                if (ea->kind == ENT_K_AGENT || ea->kind == ENT_K_DISCARD) continue;
                for (uint32_t g = d->post[h - 1].next; g; g = d->post[g - 1].next) {
                    const dict_pat *b = &d->pats[d->post[g - 1].pat];
                    const ent_entry *eb = &d->entries[b->entry];
                    if (eb->kind == ENT_K_AGENT || eb->kind == ENT_K_DISCARD || a->ntok != b->ntok) continue;
                    if (strncmp(ea->code, eb->code, 3) == 0) continue;
                    if (strcmp(ea->lang, eb->lang) && ea->lang[0] && eb->lang[0]) continue;
                    /* one person in two offices at different times is no collision */
                    if ((ea->to && eb->from && ea->to <= eb->from) || (eb->to && ea->from && eb->to <= ea->from)) continue;
                    int same = 1;
                    for (size_t k = 0; k < a->ntok && same; k++) same = !strcmp(a->tok[k], b->tok[k]);
                    if (!same) continue;
                    ent_buf nm;
                    ent_buf_init(&nm);
                    for (size_t k = 0; k < a->ntok; k++) {
                        if (k) ent_buf_addc(&nm, ' ');
                        ent_buf_adds(&nm, a->tok[k]);
                    }
                    cf(ud, nm.p, ea, eb);
                    ent_buf_free(&nm);
                }
            }
        }
    }
}
