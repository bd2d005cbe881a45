/* location.c - where an event happened, and a place as a target.
 *
 * Contract.
 *   - find_location: the first place named as where something happens
 *     (a locative preposition or case, a dateline; not a topic: "a phone
 *     call about the Alaska summit" did not take place in the USA) in the
 *     trigger's clause, else in the sentence (outside the reporting
 *     frame); in Hungarian also a possessor whose possessed noun is in a
 *     case of place ("Kína katonai parádéján": at China's military parade).
 *   - place_target: the codes whose target may be a place (visits, aid,
 *     yielding, military acts, force).
 *   - place_after: for such an act with no actor target, the place acted
 *     on or moved to or from ("attacked Kyiv", "withdrew from Kherson",
 *     "Moszkvába utazott", "hit a refinery in Russia's Saratov region"),
 *     not where something happens ("fighting in Kursk", "Pekingben").
 */
#include "coder_int.h"

/* Hungarian: a possessor whose possessed noun is in a case of place. */
static int hu_possessor_place(const sent *s, size_t k, char code[8], uint32_t *st, uint32_t *en) {
    const ent_sentence *x = s->x;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (!a->possessor || x->clause[a->ts] != x->clause[k]) continue;
        for (uint32_t j = a->te; j < x->n && j < a->te + 3; j++) {
            char tg[6];
            if (ent_an_hun_poss_noun(x, j, tg) && ent_an_locative(tg)) {
                char c3[4], role[8];
                ent_code_split(a->code, c3, role);
                snprintf(code, 8, "%.7s", c3[0] ? c3 : a->code);
                *st = x->tok[a->ts].start;
                *en = x->tok[j].end;
                return 1;
            }
        }
    }
    return 0;
}

/* Is place mention i where something happens, not a word about a topic?
 * English: governed by a locative preposition ("in Beijing", "at the
 * Alaska summit", "in southern Tel Aviv"), or a dateline ("WASHINGTON --
 * ..."); not a modifier
 * ("a phone call about the Alaska summit", "the Gaza ceasefire"). Hungarian:
 * the place or the noun its adjective qualifies is in a case of place
 * ("Pekingben", "a pekingi csúcson"), not of a topic ("az alaszkai
 * csúcsról"). Either way not inside a topic the trigger at k is about
 * ("spoke by phone about the 15 August meeting in Alaska", class topicp). */
static int where(const sent *s, size_t k, size_t i) {
    const ent_sentence *x = s->x;
    const ent_mention *m = &x->m[i];
    for (size_t j = k + 1; j < m->tok_start; j++)
        if (x->clause[j] == x->clause[k] && is_topicp(s, j)) return 0;
    if (x->hu) {
        const char *tag = m->tag[0] ? m->tag : x->ph[i].head_tag;
        return !strcmp(tag, "INE") || !strcmp(tag, "SUP") || !strcmp(tag, "ADE");
    }
    if (x->ph[i].prep) return tok_is(s, x->ph[i].prep_at, "locprep");
    /* "in southern Tel Aviv", "into the occupied West Bank": a locative
     * preposition before a few lower-case words */
    for (size_t j = m->tok_start, n = 0; j > 0 && n < 3; j--, n++) {
        const ent_token *w = &x->tok[j - 1];
        if (w->kind != ENT_TOK_WORD || w->upper) break;
        if (tok_is(s, j - 1, "prep")) return tok_is(s, j - 1, "locprep");
    }
    return m->tok_start == 0 && m->tok_end < x->n && x->tok[m->tok_end].kind == ENT_TOK_PUNCT;
}

int find_location(const sent *s, size_t k, char code[8], uint32_t *st, uint32_t *en) {
    const ent_sentence *x = s->x;
    int found = -1;
    for (int pass = 0; pass < 2 && found < 0; pass++)
        for (size_t i = 0; i < x->nm; i++) {
            const ent_mention *m = &x->m[i];
            if (!m->location || x->report[m->tok_start] || !where(s, k, i)) continue;
            if (pass == 0 && x->clause[m->tok_start] != x->clause[k]) continue;
            found = (int)i;
            break;
        }
    if (found < 0) return hu_possessor_place(s, k, code, st, en);
    snprintf(code, 8, "%.7s", x->m[found].code);
    *st = x->m[found].start;
    *en = x->m[found].end;
    return 1;
}

int place_target(const char *code) {
    return !strcmp(code, "042") || !strncmp(code, "07", 2) || !strncmp(code, "08", 2) || !strncmp(code, "15", 2) || !strncmp(code, "17", 2) ||
           !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
}

/* Is mention m a place acted on by the trigger at k (see the contract)? */
static int acted_on(const sent *s, size_t k, const ent_vpat *p, const ent_mention *m, int violent) {
    const ent_sentence *x = s->x;
    /* "arrived in Budapest": the pattern's own preposition */
    int own_prep = !x->hu && p->target == 2 && m->tok_start > 0 && !strcmp(norm(s, m->tok_start - 1), p->target_prep);
    if (!x->hu && m->tok_start <= k) return 0;
    /* hu: the pattern's own case ("látogatást tett Tajvanon": tesz {látogatás} +SUP);
     * the place of a noun of a visit ("keddi kijevi látogatásán", "a Gázai
     * övezetben tett látogatásán") */
    int own_case = x->hu && ((p->target == 3 && !strcmp(m->tag, p->target_case)) || (p->noun && ent_an_hu_noun_place(s->x, k) == m - s->x->m));
    if (x->hu && !violent && !own_case && strcmp(m->tag, "ILL") && strcmp(m->tag, "SUB") && strcmp(m->tag, "ALL") && strcmp(m->tag, "ELA") &&
        strcmp(m->tag, "ABL") && strcmp(m->tag, "DEL"))
        return 0;
    if (!x->hu && !violent && !own_prep && m->tok_start > 0 && tok_is(s, m->tok_start - 1, "locprep") && strcmp(norm(s, m->tok_start - 1), "into"))
        return 0;
    /* but plain fighting "in Russia's Kursk region" happens there */
    if (!x->hu && (!strncmp(norm(s, k), "fight", 5) || !strcmp(norm(s, k), "fought") || !strncmp(norm(s, k), "battl", 5))) {
        size_t j = m->tok_start;
        int pm = j > 0 ? mention_at(s, j - 1) : -1;
        if (pm >= 0) j = x->m[pm].tok_start;
        if (j > 0 && !strcmp(norm(s, j - 1), "in")) return 0;
    }
    if (!x->hu && !violent && m->tok_start > 1 && tok_is(s, m->tok_start - 1, "article") && tok_is(s, m->tok_start - 2, "locprep"))
        return 0;
    return 1;
}

int place_after(const sent *s, size_t k, const ent_vpat *p, ent_actor_ref *r) {
    const ent_sentence *x = s->x;
    const char *code = p->code;
    /* an attack "in Gaza" hits Gaza: any place will do for 18-20 */
    int violent = !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
    for (size_t i = 0; i < x->nm; i++) {
        const ent_mention *m = &x->m[i];
        /* "hit a refinery in Russia's Saratov region": a country's region */
        int region = violent && !x->hu && !m->location && m->entry && !m->agent && !strcmp(m->tag, "GEN") &&
                     (m->entry->kind == ENT_K_COUNTRY || m->entry->kind == ENT_K_CAPITAL) && m->tok_start > 0 &&
                     tok_is(s, m->tok_start - 1, "locprep");
        if ((!m->location && !region) || x->clause[m->tok_start] != x->clause[k] || x->report[m->tok_start]) continue;
        if (!acted_on(s, k, p, m, violent)) continue;
        memset(r, 0, sizeof *r);
        snprintf(r->code, sizeof r->code, "%.3s", m->code);
        r->name = m->entry ? m->entry->name : NULL;
        r->entry = m->entry ? m->entry->source : NULL;
        r->start = m->start;
        r->end = m->end;
        ent_code_split(m->code, r->country, r->role);
        return 1;
    }
    return 0;
}
