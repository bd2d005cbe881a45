/* analysis_hu.c - the Hungarian layer of the analysed sentence; see analysis.h.
 *
 * Contract: ent_an_hu_analyze gives each word token its Hunspell analyses
 * (lemma with preverb, part of speech, case, possession, verb forms);
 * ent_an_hu_phrase finds the postposition after a mention and the head
 * noun of an adjective of nationality; the ent_an_hun_* and ent_an_hu_*
 * queries of analysis.h read them.
 */
#include "analysis.h"
#include "coder_int.h"

#include <stdio.h>
#include <string.h>

/* ---- queries ---- */

int ent_an_hun_lemma(const ent_sentence *s, size_t k, const char *lemma, int pos) {
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + i];
        if ((pos < 0 || h->pos == pos) && h->lemma && !strcmp(h->lemma, lemma)) return 1;
    }
    return 0;
}

const ent_hun_info *ent_an_hun_verb(const ent_sentence *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (s->hun[k * ENT_AN_HUN + i]->pos == ENT_HUN_VERB) return s->hun[k * ENT_AN_HUN + i];
    return NULL;
}

int ent_an_hun_participle(const ent_sentence *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (s->hun[k * ENT_AN_HUN + i]->participle) return 1;
    return 0;
}

int ent_an_hun_poss_noun(const ent_sentence *s, size_t k, char tag[6]) {
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + i];
        if (h->poss && (h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_PROPER)) {
            snprintf(tag, 6, "%s", h->tag);
            return 1;
        }
    }
    return 0;
}

int ent_an_locative(const char *tag) {
    return !strcmp(tag, "INE") || !strcmp(tag, "SUP") || !strcmp(tag, "ADE") || !strcmp(tag, "ILL") ||
           !strcmp(tag, "ELA") || !strcmp(tag, "TER");
}

/* ---- Hungarian morphology ---- */

void ent_an_hu_analyze(ent_hun *hun, ent_sentence *s, ent_arena *ar) {
    s->hun = ent_arena_alloc(ar, (s->n * ENT_AN_HUN + 1) * sizeof *s->hun);
    s->nhun = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->nhun);
    for (size_t k = 0; k < s->n; k++) {
        s->nhun[k] = 0;
        if (!s->hu || s->tok[k].kind != ENT_TOK_WORD || s->tok[k].end - s->tok[k].start > 120) continue;
        char w[128];
        memcpy(w, s->a->text + s->tok[k].start, s->tok[k].end - s->tok[k].start);
        w[s->tok[k].end - s->tok[k].start] = 0;
        s->nhun[k] = ent_hun_analyze(hun, w, &s->hun[k * ENT_AN_HUN], ENT_AN_HUN);
        if (!s->nhun[k] && k == 0) {   /* sentence-initial capital: try lower case */
            s->nhun[k] = ent_hun_analyze(hun, s->tok[k].norm, &s->hun[k * ENT_AN_HUN], ENT_AN_HUN);
        }
        /* a hyphenated compound Hunspell does not know is inflected on its
         * last part: ballisztikusrakéta-kísérletét */
        const char *hy = strrchr(w, '-');
        if (!s->nhun[k] && hy && hy[1]) s->nhun[k] = ent_hun_analyze(hun, hy + 1, &s->hun[k * ENT_AN_HUN], ENT_AN_HUN);
    }
}

/* ---- phrases ---- */

/* The case of the noun a Hungarian adjective of nationality modifies: "az
 * amerikai termékekre" (SUB), "az ukrán hadifoglyokat" (ACC), "a japán tenger
 * gyümölcsei behozatalát" (ACC, through a possessive chain), "az orosz
 * olajvállalat ellen" (postposition). Returns 1 with the tag, or with *postp
 * set to the postposition; 0 when the head is nominative or not found. */
static int hu_head_apposition(const ent_sentence *s, size_t j, const char **postp) {
    /* "a két legnagyobb orosz olajvállalat, a Rosznyefty és a Lukoil
     * ellen": an apposition of names before the postposition */
    for (size_t q = j + 1; q < s->n && q < j + 10 && s->clause[q] == s->clause[j]; q++) {
        if (ent_an_is(s, q, "postp")) {
            *postp = s->tok[q].norm;
            return 1;
        }
        if (!(s->tok[q].kind == ENT_TOK_WORD && (s->tok[q].upper || ent_an_is(s, q, "article") || ent_an_is(s, q, "coord"))) &&
            !(s->tok[q].kind == ENT_TOK_PUNCT && s->a->text[s->tok[q].start] == ','))
            return 0;
    }
    return 0;
}

int ent_an_hu_head(const ent_sentence *s, size_t from, char tag[6], const char **postp) {
    int seen_noun = 0;
    *postp = NULL;
    for (size_t j = from; j < s->n && j < from + 5 && s->clause[j] == s->clause[from]; j++) {
        if (seen_noun && s->tok[j].kind == ENT_TOK_PUNCT && s->a->text[s->tok[j].start] == ',') return hu_head_apposition(s, j, postp);
        if (s->tok[j].kind != ENT_TOK_WORD || !s->nhun[j]) return 0;
        int mi = ent_an_mention_at(s, j);
        if (mi >= 0 && s->m[mi].entry && !s->m[mi].location) return 0;
        const ent_hun_info *noun = NULL;
        int verb_only = 1, adj = 0;
        for (int i = 0; i < s->nhun[j]; i++) {
            const ent_hun_info *h = s->hun[j * ENT_AN_HUN + i];
            if (h->pos != ENT_HUN_VERB || h->participle) verb_only = 0;
            if ((h->pos == ENT_HUN_ADJ && !h->tag[0]) || !strcmp(h->tag, "ADJ")) {   /* állami: állam + -i */
                adj = 1;
                continue;
            }
            if ((h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_PROPER) && (!noun || (h->tag[0] && !noun->tag[0]))) noun = h;
        }
        if (verb_only || ent_an_is(s, j, "article")) return 0;
        if (!noun || (adj && !noun->tag[0] && !noun->poss)) continue;   /* another adjective ("állami"), a participle or a number */
        if (seen_noun && !noun->poss) return 0;
        if (noun->tag[0]) {
            static const char *cases[] = {"ACC", "DAT", "INS", "SUB", "ALL", "ABL", "DEL", "ILL", "ELA", "INE",
                                          "SUP", "ADE", "TER", "CAU", "TRA", "ESS", "FOR", NULL};
            int is_case = 0;
            for (int q = 0; cases[q]; q++) is_case |= !strcmp(noun->tag, cases[q]);
            if (!is_case) return 0;
            /* "az ukrán hadifoglyokkal szembeni bánásmód": the noun phrase
             * modifies another noun; the adjective is no argument */
            size_t l;
            if (j + 1 < s->n && ent_an_is(s, j + 1, "postp") && (l = strlen(s->tok[j + 1].norm)) > 1 && s->tok[j + 1].norm[l - 1] == 'i') {
                snprintf(tag, 6, "MOD");
                return 1;
            }
            snprintf(tag, 6, "%s", noun->tag);
            return 1;
        }
        if (j + 1 < s->n && ent_an_is(s, j + 1, "postp")) {
            *postp = s->tok[j + 1].norm;
            return 1;
        }
        seen_noun = 1;
    }
    return 0;
}

/* The Hungarian phrase of mention i: the postposition after it, and the
 * head noun of an adjective of nationality. */
void ent_an_hu_phrase(ent_sentence *s, size_t i, ent_phrase *p) {
    const ent_mention *m = &s->m[i];
    uint32_t te = m->tok_end;
    if (te < s->n && (ent_an_is(s, te, "postp") || ent_an_is(s, te, "between"))) p->postp = s->tok[te].norm;
    if (m->entry && m->entry->kind == ENT_K_ADJ && !m->agent && !m->tag[0]) ent_an_hu_head(s, te, p->head_tag, &p->head_postp);
}
