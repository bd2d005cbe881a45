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

/* Has token k an adjective reading in -i ("brüsszeli", "hétfői")? */
static int hu_i_adjective(const ent_sentence *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (!strcmp(s->hun[k * ENT_AN_HUN + i]->tag, "ADJ")) return 1;
    return 0;
}

/* Has token k a reading as a common noun? */
static int hu_common_noun(const ent_sentence *s, size_t k) {
    for (int i = 0; i < s->nhun[k]; i++)
        if (s->hun[k * ENT_AN_HUN + i]->pos == ENT_HUN_NOUN) return 1;
    return 0;
}

int ent_an_hun_poss_noun(const ent_sentence *s, size_t k, char tag[6]) {
    /* "a hétfői ülésen": before a common noun, a word in -i is the
     * adjective (hétfő + -i), no nominative plural possessed noun ("az ENSZ
     * szankciói Teherán ellen") */
    int adj = 0;
    for (int i = 0; i < s->nhun[k]; i++) adj |= !strcmp(s->hun[k * ENT_AN_HUN + i]->tag, "ADJ") || s->hun[k * ENT_AN_HUN + i]->pos == ENT_HUN_ADJ;
    if (adj && !(k + 1 < s->n && s->tok[k + 1].kind == ENT_TOK_WORD &&
                 ((ent_an_mention_at(s, k + 1) < 0 && hu_common_noun(s, k + 1)) || hu_i_adjective(s, k + 1))))
        adj = 0;
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + i];
        if (h->poss && (h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_PROPER) && !(adj && !h->tag[0])) {
            snprintf(tag, 6, "%s", h->tag);
            return 1;
        }
    }
    return 0;
}

int ent_an_hu_deverbal(const ent_sentence *s, size_t k, int r, char *out, size_t cap) {
    const ent_hun_info *h = s->hun[k * ENT_AN_HUN + r];
    if (h->pos != ENT_HUN_NOUN || !h->lemma) return 0;
    size_t l = strlen(h->lemma);
    const char *w = s->tok[k].norm;
    for (int v = 0; v < 2; v++) {
        const char *suf = v ? "\xC3\xA9s" : "\xC3\xA1s";   /* -és, -ás */
        if (l + 4 > cap || strncmp(w, h->lemma, l) || strncmp(w + l, suf, 3)) continue;
        memcpy(out, h->lemma, l);
        memcpy(out + l, suf, 4);
        return 1;
    }
    return 0;
}

int ent_an_hu_noun_place(const ent_sentence *s, size_t k) {
    for (size_t i = 0; i < s->nm; i++) {
        const ent_mention *m = &s->m[i];
        if (!m->location) continue;
        if (m->tok_end == k && m->entry && (m->entry->kind == ENT_K_ADJ || !strcmp(m->tag, "ADJ"))) return (int)i;
        if (m->tok_end + 1 == k && ent_an_locative(m->tag) && ent_an_hun_participle(s, k - 1)) return (int)i;
    }
    return -1;
}

int ent_an_locative(const char *tag) {
    return !strcmp(tag, "INE") || !strcmp(tag, "SUP") || !strcmp(tag, "ADE") || !strcmp(tag, "ILL") ||
           !strcmp(tag, "ELA") || !strcmp(tag, "TER");
}

/* ---- Hungarian morphology ---- */

/* A compound Hunspell does not know is inflected on its last member:
 * "energiainfrastruktúrájára" is read as "infrastruktúrájára" (the longest
 * known noun or adjective it ends in, of 5 bytes or more). Returns the
 * number of analyses. */
static int hu_compound_head(ent_hun *hun, const char *w, const ent_hun_info **out) {
    size_t l = strlen(w);
    for (size_t i = 3; i + 5 <= l; i++) {
        if ((w[i] & 0xC0) == 0x80) continue;   /* inside a UTF-8 character */
        int n = ent_hun_analyze(hun, w + i, out, ENT_AN_HUN);
        for (int r = 0; r < n; r++)
            if (out[r]->pos == ENT_HUN_NOUN || out[r]->pos == ENT_HUN_ADJ) return n;
    }
    return 0;
}

/* "légicsapást hajtott végre": a separable preverb Hunspell reads as an
 * adverb only (data/grammar.txt class preverb) gets a preverb reading, so
 * that the verb rejoins it (végrehajt). */
static void hu_extra_preverb(ent_sentence *s, size_t k, ent_arena *ar) {
    if (!ent_an_is(s, k, "preverb")) return;
    for (int r = 0; r < s->nhun[k]; r++)
        if (s->hun[k * ENT_AN_HUN + r]->pos == ENT_HUN_PREVERB) return;
    ent_hun_info *h = ent_arena_alloc(ar, sizeof *h);
    memset(h, 0, sizeof *h);
    h->lemma = h->stem = s->tok[k].norm;
    h->pos = ENT_HUN_PREVERB;
    int at = s->nhun[k] < ENT_AN_HUN ? s->nhun[k]++ : ENT_AN_HUN - 1;
    s->hun[k * ENT_AN_HUN + at] = h;
}

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
        if (!s->nhun[k] && !s->tok[k].upper) s->nhun[k] = hu_compound_head(hun, w, &s->hun[k * ENT_AN_HUN]);
        hu_extra_preverb(s, k, ar);
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

/* An adjectival postposition (elleni, iránti, szembeni: data/grammar.txt
 * postp ending in -i, not the pair word közötti) after token k-1. */
static int hu_attr_postp(const ent_sentence *s, size_t k) {
    if (k >= s->n || !ent_an_is(s, k, "postp") || ent_an_is(s, k, "between")) return 0;
    size_t l = strlen(s->tok[k].norm);
    return l > 1 && s->tok[k].norm[l - 1] == 'i';
}

static int hu_arg_case(const char *tag) {
    return !strcmp(tag, "ACC") || !strcmp(tag, "DAT") || !strcmp(tag, "INS") || !strcmp(tag, "SUB") || !strcmp(tag, "ALL");
}

/* The first possessed noun within a few words from token k (adjectives and
 * participles before it): 1 with its case. */
static int hu_possessed_after(const ent_sentence *s, size_t k, char tag[6]) {
    for (size_t j = k; j < s->n && j < k + 4 && s->tok[j].kind == ENT_TOK_WORD; j++) {
        if (ent_an_hun_poss_noun(s, j, tag)) return 1;
        if (ent_an_mention_at(s, j) >= 0 || ent_an_is(s, j, "article")) return 0;
    }
    return 0;
}

/* "az orosz támadás alatt álló ország": the nominative noun after an
 * adjective of nationality names an act (a noun of the verb dictionaries);
 * the adjective is that act's agent, no subject of the clause. */
static int hu_act_noun_after(const ent_sentence *s, size_t k) {
    const ent_verbs *v = ent_an_verbs(s->an);
    for (size_t j = k; v && j < s->n && j < k + 3 && s->tok[j].kind == ENT_TOK_WORD && s->clause[j] == s->clause[k]; j++) {
        if (ent_an_mention_at(s, j) >= 0 || !s->nhun[j]) return 0;
        int noun = 0, act = 0;
        for (int r = 0; r < s->nhun[j]; r++) {
            const ent_hun_info *h = s->hun[j * ENT_AN_HUN + r];
            if (h->pos != ENT_HUN_NOUN || h->tag[0] || h->poss || !h->lemma) continue;
            noun = 1;
            char dv[64];
            for (int key = 0; key < 2; key++) {
                size_t np;
                const char *w = key ? (ent_an_hu_deverbal(s, j, r, dv, sizeof dv) ? dv : NULL) : h->lemma;
                const ent_vpat *const *ps = w ? ent_verbs_find(v, "hu", w, &np) : NULL;
                for (size_t q = 0; ps && q < np; q++) act |= ps[q]->noun && !ps[q]->block;
            }
        }
        if (noun) return act;
    }
    return 0;
}

/* A postposition that marks no target (után, nélkül, óta: Hunspell's
 * postpositions outside data/grammar.txt postp and between, and bgpostp). */
static int hu_other_postp(const ent_sentence *s, size_t k) {
    if (ent_an_is(s, k, "postp") || ent_an_is(s, k, "between") || ent_an_is(s, k, "report")) return 0;
    if (ent_an_is(s, k, "bgpostp")) return 1;
    for (int r = 0; r < s->nhun[k]; r++)
        if (s->hun[k * ENT_AN_HUN + r]->pos == ENT_HUN_POSTP) return 1;
    return 0;
}

/* "az orosz–ukrán háború", "a román-magyar kapcsolatok": two adjectives of
 * nationality joined by a dash modify their noun together; is mention i one
 * of them? */
static int hu_dash_pair(const ent_sentence *s, size_t i) {
    const ent_mention *m = &s->m[i];
    if (i + 1 < s->nm && s->m[i + 1].tok_start == m->tok_end + 1 && m->tok_end < s->n && ent_an_is_dash(s, &s->tok[m->tok_end]) &&
        s->m[i + 1].entry && s->m[i + 1].entry->kind == ENT_K_ADJ)
        return 1;
    return i > 0 && s->m[i - 1].tok_end + 1 == m->tok_start && ent_an_is_dash(s, &s->tok[m->tok_start - 1]) && s->m[i - 1].entry &&
           s->m[i - 1].entry->kind == ENT_K_ADJ;
}

/* The Hungarian phrase of mention i: the postposition after it, and the
 * head noun of an adjective of nationality. A mention before an adjectival
 * postposition modifies the noun after it ("Oroszország Ukrajna elleni
 * támadásairól": a topic): it is no argument unless that noun is one
 * ("bevezette a Moszkva elleni szankciókat"); and the name before such a
 * phrase is the possessor of that noun ("Oroszország ... támadásairól"). */
void ent_an_hu_phrase(ent_sentence *s, size_t i, ent_phrase *p) {
    const ent_mention *m = &s->m[i];
    uint32_t te = m->tok_end;
    if (te < s->n && (ent_an_is(s, te, "postp") || ent_an_is(s, te, "between"))) p->postp = s->tok[te].norm;
    if (m->entry && m->entry->kind == ENT_K_ADJ && !m->agent && !m->tag[0] && hu_dash_pair(s, i)) {
        snprintf(p->head_tag, sizeof p->head_tag, "MOD");   /* "az orosz–ukrán háború": a topic (GUIDE 5) */
        return;
    }
    if (m->entry && m->entry->kind == ENT_K_ADJ && !m->agent && !m->tag[0]) {
        if (te < s->n && !strcmp(s->tok[te].norm, "által")) return;   /* "japánok által üzemeltetett": a participle's agent */
        if (!ent_an_hu_head(s, te, p->head_tag, &p->head_postp) && hu_act_noun_after(s, te)) snprintf(p->head_tag, sizeof p->head_tag, "MOD");
        return;
    }
    /* "Kijev után", "Oroszország nélkül": the noun of a postposition that
     * marks no target is no argument */
    if (!p->postp && te < s->n && hu_other_postp(s, te)) {
        snprintf(p->head_tag, sizeof p->head_tag, "MOD");
        return;
    }
    /* "az orosz elnökkel közös sajtótájékoztatón": the complement of an
     * adjective (data/grammar.txt withadj) modifies the noun after it */
    if (!strcmp(m->tag, "INS") && te < s->n && ent_an_is(s, te, "withadj")) {
        snprintf(p->head_tag, sizeof p->head_tag, "MOD");
        return;
    }
    char tg[6];
    const char *pp;
    if (hu_attr_postp(s, te) && ent_an_hu_head(s, te + 1, tg, &pp) && !pp && !hu_arg_case(tg)) {
        p->postp = NULL;
        snprintf(p->head_tag, sizeof p->head_tag, "MOD");
        return;
    }
    /* ... and "Nancy Pelosi Tajvanra érkezése napján", "Ukrajna orosz
     * megtámadása": the name before an argument or the agent of a possessed
     * noun of an act is its possessor */
    const ent_mention *y = i + 1 < s->nm && s->m[i + 1].tok_start == te ? &s->m[i + 1] : NULL;
    if (!m->entry || m->tag[0] || !y) return;
    int y_adj = y->entry && y->entry->kind == ENT_K_ADJ && !y->agent && !y->tag[0];   /* "Ukrajna orosz megtámadása" */
    if ((hu_attr_postp(s, y->tok_end) && hu_possessed_after(s, y->tok_end + 1, tg)) ||
        ((hu_arg_case(y->tag) || y_adj) && hu_possessed_after(s, y->tok_end, tg)))
        snprintf(p->head_tag, sizeof p->head_tag, "%s", hu_arg_case(tg) ? tg : "MOD");
}

/* ---- mentions: the noun phrase around a name ---- */

/* A word in lower case that names no one: a modifier between a name and its
 * title ("külgazdasági és"). */
static int hu_modifier_word(const ent_sentence *s, size_t k) {
    return k < s->n && s->tok[k].kind == ENT_TOK_WORD && !s->tok[k].upper && ent_an_mention_at(s, k) < 0;
}

/* Is token k an adjective in every reading ("külgazdasági": also gyakorlat
 * + -i)? */
static int hu_adjective(const ent_sentence *s, size_t k) {
    for (int r = 0; r < s->nhun[k]; r++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + r];
        if (h->pos != ENT_HUN_ADJ && strcmp(h->tag, "ADJ")) return 0;
    }
    return s->nhun[k] > 0;
}

/* Mention i absorbs mentions i+1..j (their words are its phrase). */
static void absorb(ent_sentence *s, size_t i, size_t j, uint32_t tok_end) {
    ent_mention *m = s->m;
    m[i].tok_end = tok_end;
    m[i].end = s->tok[tok_end - 1].end;
    if (j > i) memmove(&m[i + 1], &m[j + 1], (s->nm - j - 1) * sizeof *m);
    s->nm -= j - i;
}

/* "Szijjártó Péter magyar külgazdasági és külügyminiszterrel", "Orbán
 * Viktor miniszterelnökkel": a person's title after the name is an
 * apposition; its case is the person's, its adjective names no other
 * actor. Not a possessed noun ("Putyin katonái": his soldiers). */
static int hu_title_apposition(ent_sentence *s, size_t i) {
    ent_mention *x = &s->m[i];
    if (!x->entry || x->entry->kind != ENT_K_PERSON || x->tag[0] || !x->code[0]) return 0;
    size_t j = i + 1;
    uint32_t k = x->tok_end;
    while (j < s->nm && s->m[j].tok_start == k && s->m[j].entry && s->m[j].entry->kind == ENT_K_ADJ && !s->m[j].agent) k = s->m[j++].tok_end;
    uint32_t q = k;
    while (q < k + 3 && hu_modifier_word(s, q)) q++;
    if (j >= s->nm || s->m[j].tok_start != q || !s->m[j].agent || (s->m[j].entry && s->m[j].entry->kind != ENT_K_ADJ)) return 0;
    char tg[6];
    if (ent_an_hun_poss_noun(s, s->m[j].tok_end - 1, tg)) return 0;
    memcpy(x->tag, s->m[j].tag, sizeof x->tag);
    x->agent = s->m[j].agent;
    absorb(s, i, j, s->m[j].tok_end);
    return 1;
}

/* An adjective of a country or city before a role noun ("bécsi nagykövete":
 * its ambassador in Vienna). */
static int is_place_word(int kind) { return kind == ENT_K_ADJ || kind == ENT_K_CAPITAL || kind == ENT_K_CITY; }

/* "Magyarország külgazdasági és külügyminisztere", "Oroszország bécsi
 * nagykövete", "az Európai Bizottság elnökét": a country or organisation
 * before a possessed role noun is whose the role is (not the place an
 * adjective names). */
static int hu_possessed_role(ent_sentence *s, size_t i) {
    ent_mention *x = &s->m[i];
    if (i + 1 >= s->nm || !x->entry || x->location || x->tag[0]) return 0;
    int kind = x->entry->kind;
    /* a country, an organisation, or an institution of a country ("a
     * moszkvai osztrák nagykövetség négy tisztviselőjének") */
    if (x->agent ? kind != ENT_K_ADJ && kind != ENT_K_COUNTRY
                 : kind != ENT_K_COUNTRY && kind != ENT_K_CAPITAL && kind != ENT_K_IGO && kind != ENT_K_GROUP)
        return 0;
    const ent_mention *a = &s->m[i + 1];
    if (!a->agent || (a->entry && !is_place_word(a->entry->kind)) || a->tok_start > x->tok_end + 3) return 0;
    for (uint32_t g = x->tok_end; g < a->tok_start; g++)
        if (!hu_modifier_word(s, g)) return 0;
    char tg[6];
    if (!ent_an_hun_poss_noun(s, a->tok_end - 1, tg)) return 0;
    /* "az amerikai képviselőház elnöke": the head of an institution has its role (LEG) */
    const ent_entry *ra = x->agent ? x->agent : a->agent;
    const char *role = ra->code[0] == '~' ? ra->code + 1 : ra->code;
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", x->agent ? x->code : x->entry->code);
    if (kind == ENT_K_IGO || kind == ENT_K_GROUP) snprintf(x->code, sizeof x->code, "%s", x->entry->code);
    else snprintf(x->code, sizeof x->code, "%s%s", c3, role);
    memcpy(x->tag, a->tag, sizeof x->tag);
    x->agent = a->agent;
    absorb(s, i, i + 1, a->tok_end);
    return 1;
}

/* "a magyar külgazdasági és külügyminiszterrel": an adjective of
 * nationality and its title with modifiers between (the dictionary joins
 * them only when adjacent or nearly so) are one actor. */
static int hu_adj_title(ent_sentence *s, size_t i) {
    ent_mention *x = &s->m[i];
    if (i + 1 >= s->nm || !x->entry || x->entry->kind != ENT_K_ADJ || x->agent || x->tag[0]) return 0;
    const ent_mention *a = &s->m[i + 1];
    if (!a->agent || a->entry || a->tok_start > x->tok_end + 3 || a->tok_start == x->tok_end) return 0;
    for (uint32_t g = x->tok_end; g < a->tok_start; g++)
        if (!hu_modifier_word(s, g) || !(hu_adjective(s, g) || ent_an_is(s, g, "coord"))) return 0;
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", x->code);
    snprintf(x->code, sizeof x->code, "%s%s", c3, a->agent->code[0] == '~' ? a->agent->code + 1 : a->agent->code);
    memcpy(x->tag, a->tag, sizeof x->tag);
    x->agent = a->agent;
    x->location = 0;
    absorb(s, i, i + 1, a->tok_end);
    return 1;
}

/* "tüntetők ezrei", "a török hadsereg egységei", "az Európai Unió
 * tagállamai": a possessed noun of number or membership (data/grammar.txt
 * class partof) after an actor is the head of the phrase; the actor acts
 * through it and takes its case. */
static int hu_group_head(ent_sentence *s, size_t i) {
    ent_mention *x = &s->m[i];
    uint32_t k = x->tok_end;
    if (x->location || k >= s->n || ent_an_mention_at(s, k) >= 0) return 0;
    for (int r = 0; r < s->nhun[k]; r++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + r];
        if (!h->poss || !h->stem || !ent_an_word(s->an, "hu", "partof", h->stem)) continue;
        snprintf(x->tag, sizeof x->tag, "%s", h->tag);
        absorb(s, i, i, k + 1);
        return 1;
    }
    return 0;
}

/* A word Hunspell knows only as a proper name, or not at all. */
static int hu_unknown_word(const ent_sentence *s, size_t k) {
    for (int r = 0; r < s->nhun[k]; r++)
        if (s->hun[k * ENT_AN_HUN + r]->pos != ENT_HUN_PROPER) return 0;
    return 1;
}

/* "Gent Cakaj albán külügyminiszterrel", "Sinisa Mali szerb
 * pénzügyminiszter": capitalised words right before a title are the name
 * of the person it describes; a place among them ("Gent", "Mali") is part
 * of that name, no place. The title takes the name into its mention. */
static void hu_name_before_title(ent_sentence *s, size_t j) {
    const ent_mention *t = &s->m[j];
    if (!t->agent || (t->entry && t->entry->kind != ENT_K_ADJ)) return;
    uint32_t q = t->tok_start;
    size_t first = j;   /* the first mention inside the name */
    int unknown = 0, places = 0;
    while (q > 0 && s->tok[q - 1].kind == ENT_TOK_WORD && s->tok[q - 1].upper) {
        int mi = ent_an_mention_at(s, q - 1);
        if (mi < 0 && q == 1 && !hu_unknown_word(s, 0)) break;   /* a capital that starts the sentence */
        if (mi < 0) {
            unknown++;
            q--;
            continue;
        }
        const ent_mention *m = &s->m[mi];
        if (m->agent || !m->entry || m->tok_start + 1 != m->tok_end ||
            (m->entry->kind != ENT_K_COUNTRY && m->entry->kind != ENT_K_CITY && m->entry->kind != ENT_K_CAPITAL))
            break;
        places++;
        first = (size_t)mi;
        q--;
    }
    if (!unknown || !places) return;
    ent_mention *m = s->m;
    m[j].tok_start = q;
    m[j].start = s->tok[q].start;
    memmove(&m[first], &m[j], (s->nm - j) * sizeof *m);
    s->nm -= j - first;
}

/* "Andrij Szibiga ukrán külügyminiszter Szijjártó Péter ...": a title
 * before a name of another country ends the phrase of the name before it;
 * it is not the title of the name after it (the dictionary's "President
 * Vladimir Putin" order). Splits mention i into the title's own mention
 * and the person; 1 if it did. */
static int hu_split_title_name(ent_dict *d, ent_sentence *s, size_t i, int32_t day, ent_arena *ar) {
    const ent_mention *x = &s->m[i];
    if (!x->entry || x->entry->kind != ENT_K_PERSON || !x->agent || s->tok[x->tok_start].upper) return 0;
    uint32_t p = x->tok_end;
    while (p > x->tok_start && s->tok[p - 1].kind == ENT_TOK_WORD && s->tok[p - 1].upper) p--;
    if (p == x->tok_end || p == x->tok_start) return 0;
    ent_mention *tm;
    size_t nt;
    if (ent_dict_match(d, s->a->text, &s->tok[x->tok_start], p - x->tok_start, s->lang, day, ar, &tm, &nt) || nt != 1 ||
        !tm[0].agent || tm[0].tok_end != p - x->tok_start)
        return 0;
    /* "Az államfő Volodimir Zelenszkij ukrán elnök meghívására": the name
     * has its own title after it */
    const ent_mention *y = i + 1 < s->nm ? &s->m[i + 1] : NULL;
    int own_title = y && y->tok_start == x->tok_end && y->agent && (!y->entry || y->entry->kind == ENT_K_ADJ);
    if (!own_title && (!tm[0].entry || !strncmp(tm[0].code, x->code, 3))) return 0;
    ent_mention *nm = ent_arena_alloc(ar, (s->nm + 1) * sizeof *nm);
    memcpy(nm, s->m, (i + 1) * sizeof *nm);
    memcpy(&nm[i + 2], &s->m[i + 1], (s->nm - i - 1) * sizeof *nm);
    nm[i + 1] = nm[i];
    nm[i] = tm[0];
    nm[i].tok_start += x->tok_start;
    nm[i].tok_end += x->tok_start;
    nm[i + 1].tok_start = p;
    nm[i + 1].start = s->tok[p].start;
    nm[i + 1].agent = NULL;
    s->m = nm;
    s->nm++;
    return 1;
}

/* "a nagykövetség négy tisztviselőjének kiutasítását": a possessed noun in
 * -nak/-nek right before another possessed noun is its possessor (the
 * genitive), not a dative; it takes that noun's case ("MOD" when the noun
 * is no argument). */
static void hu_genitive(ent_sentence *s, ent_mention *m) {
    char tg[6];
    uint32_t k = m->tok_end;
    if (strcmp(m->tag, "DAT") || k >= s->n || !ent_an_hun_poss_noun(s, k - 1, tg) || !ent_an_hun_poss_noun(s, k, tg)) return;
    snprintf(m->tag, sizeof m->tag, "%s", hu_arg_case(tg) ? tg : "MOD");
}

void ent_an_hu_mentions(ent_dict *d, ent_sentence *s, int32_t day, ent_arena *ar) {
    for (size_t i = 0; i < s->nm; i++) i += (size_t)hu_split_title_name(d, s, i, day, ar);
    for (size_t j = 0; j < s->nm; j++) hu_name_before_title(s, j);
    for (size_t i = 0; i < s->nm; i++) {
        if (hu_title_apposition(s, i)) continue;
        hu_adj_title(s, i);
        hu_possessed_role(s, i);
        hu_group_head(s, i);
        hu_genitive(s, &s->m[i]);
    }
}

/* ---- a bare title refers back ---- */

/* The role of a code ("HUNGOV" -> "GOV"), or NULL for a bare country or an
 * organisation. */
static const char *code_role(const char *code) {
    size_t l = strlen(code);
    return l == 6 && code[0] != '~' && strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) ? code + 3 : NULL;
}

/* Does mention m name someone the bare title t may refer to? Pass 0: a
 * subject with the same title ("a nigeri junta" ... "a junta"); pass 1:
 * the same title in any case; pass 2: a person of that role named as a
 * subject with no other title ("Szijjártó Péter kedd délután ..." ... "A
 * miniszter"). */
static int title_antecedent(const ent_sentence *x, const ent_mention *m, const ent_mention *t, int pass) {
    const char *r = m->entry && !m->location ? code_role(m->code) : NULL;
    if (!r || strcmp(r, t->agent->code + 1)) return 0;
    char tg[6];   /* a subject: no case, no possessor of the next noun ("Zelenszkij ukrán elnök meghívására") */
    int subject = !m->tag[0] && !(m->tok_end < x->n && ent_an_hun_poss_noun(x, m->tok_end, tg));
    if (pass == 0) return m->agent == t->agent && subject;
    if (pass == 1) return m->agent == t->agent;
    return m->entry->kind == ENT_K_PERSON && subject && !m->agent;   /* not "Vučić szerb elnök" for "a miniszter" */
}

/* The latest mention before title t of sentence ss[i] (or in an earlier
 * sentence) that t refers to. */
static const ent_mention *find_antecedent(const ent_sentence *ss, size_t i, const ent_mention *t) {
    for (int pass = 0; pass < 3; pass++)
        for (size_t si = i + 1; si-- > 0;)
            for (size_t q = ss[si].nm; q-- > 0;) {
                const ent_mention *m = &ss[si].m[q];
                if ((si < i || m->tok_end <= t->tok_start) && title_antecedent(&ss[si], m, t, pass)) return m;
            }
    return NULL;
}

/* "A miniszter most azt közölte", "– magyarázta a kormányfő": a singular
 * title with the definite article and no nationality is the one named
 * before with that title, else the person of that role last named as a
 * subject. */
void ent_an_hu_titles(ent_sentence *ss, size_t i) {
    ent_sentence *s = &ss[i];
    for (size_t q = 0; q < s->nm; q++) {
        ent_mention *m = &s->m[q];
        uint32_t k = m->tok_end - 1;
        if (m->entry || !m->agent || m->agent->code[0] != '~' || m->tok_start == 0 || !ent_an_is(s, m->tok_start - 1, "article") ||
            strcmp(s->tok[m->tok_start - 1].norm, "egy") == 0)
            continue;
        int plural = 0;
        for (int r = 0; r < s->nhun[k]; r++) plural |= s->hun[k * ENT_AN_HUN + r]->plural;
        if (plural || !s->nhun[k]) continue;
        const ent_mention *a = find_antecedent(ss, i, m);
        if (!a || (a->entry->kind == ENT_K_COUNTRY && m->tag[0] && strcmp(m->tag, "POSS"))) continue;
        m->entry = a->entry;
        snprintf(m->code, sizeof m->code, "%s", a->code);
    }
}
