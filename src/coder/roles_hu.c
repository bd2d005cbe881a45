/* roles_hu.c - the source and target of a trigger in Hungarian, by case.
 *
 * Contract: source_hu gives the group of the nominative nearest the verb
 * (before it preferred), else an earlier clause's, else "X és Y között"
 * (pairwise); target_hu gives the group in the pattern's case or
 * postposition, or in any target case (ACC, DAT, INS, SUB, ALL, a
 * postposition; ABL/DEL for demands). roles() (roles.c) calls them.
 */
#include "coder_int.h"

int hu_nominative(const actor *a) { return !a->tag[0] && !a->possessor && !a->postp && !a->other; }

/* "X és Y között": the postposition of a pair (data/grammar.txt class between) */
static int hu_between(const ent_coder *c, const actor *a) { return a->postp_w && is_word(c, "hu", "between", a->postp_w); }

static int hu_target_case(const ent_coder *c, const actor *a) {
    return !strcmp(a->tag, "ACC") || !strcmp(a->tag, "DAT") || !strcmp(a->tag, "INS") || !strcmp(a->tag, "SUB") ||
           !strcmp(a->tag, "ALL") || (a->postp && a->postp_w && !hu_between(c, a));
}

/* The agent of a noun trigger: the adjective or possessor right before it
 * ("az orosz támadás", "Oroszország támadása"). */
static int noun_agent(const sent *s, const trig *t) {
    char tg[6];
    int possessed = ent_an_hun_poss_noun(s->x, t->k, tg);   /* its possessor, whatever case it took from it */
    for (size_t i = 0; t->p->noun && i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (a->te == t->k && !a->coref && (possessed || !a->tag[0] || !strcmp(a->tag, "MOD")) && !a->postp) return a->group;
    }
    return -1;
}

/* "Zelenszkij meghívására utazott Kijevbe az államfő": the act "on
 * behalf" of the possessor is done to the clause's subject. */
static int behalf_target(const ent_coder *c, const sent *s, const trig *t, int sg) {
    if (!t->p->noun || !is_word(c, "hu", "behalf", t->p->lemma)) return -2;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] == s->x->clause[t->k] && a->group != sg && hu_nominative(a) && !a->coref) return a->group;
    }
    return -1;
}

/* "Orbán Viktor keddi kijevi látogatásán tűzszünetet kért": with no
 * subject, the possessor of a noun of place or time ("on his visit") is
 * the one who acts in the clause. */
static int possessor_subject(const sent *s, int cl) {
    const ent_sentence *x = s->x;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (x->clause[a->ts] != cl || !a->possessor || a->tag[0] || a->coref || a->postp) continue;
        for (uint32_t k = a->te; k < x->n && k < a->te + 4 && x->clause[k] == cl; k++) {
            char tg[6];
            if (ent_an_hun_poss_noun(x, k, tg)) {
                if (ent_an_locative(tg) && !tok_is(s, k, "postp")) return a->group;   /* not "Niger irányában" */
                break;
            }
        }
    }
    return -1;
}

/* "Moszkvába utazott a magyar miniszterelnök, aki a Kremlben tárgyalt":
 * a clause opened by a relative pronoun in the nominative (data/grammar.txt
 * relsubj) has the actor right before its comma as subject, else the last
 * subject of the clause before. */
static int relative_antecedent(const sent *s, int cl) {
    const ent_sentence *x = s->x;
    size_t first = 0;
    while (first < x->n && x->clause[first] != cl) first++;
    if (cl == 0 || first >= x->n || !tok_is(s, first, "relsubj")) return -1;
    int sg = -1;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (x->clause[a->ts] != cl - 1 || a->coref) continue;
        if (a->te + 1 == first && is_punct(s, a->te, ',')) return a->group;
        if (hu_nominative(a)) sg = a->group;
    }
    return sg;
}

/* Is token j a noun in the nominative after "a/az" and adjectives, heading
 * its phrase (no postposition or possessed noun after it, no actor)? */
static int nominative_noun(const sent *s, size_t j) {
    const ent_sentence *x = s->x;
    if (mention_at(s, j) >= 0 || x->tok[j].upper || tok_is(s, j, "actorref")) return 0;
    int noun = 0;
    for (int i = 0; i < x->nhun[j]; i++) {
        const ent_hun_info *h = hun_at(s, j, i);
        if (h->tag[0] || h->pos == ENT_HUN_VERB || h->pos == ENT_HUN_ADJ || h->pos == ENT_HUN_POSTP) return 0;
        if (h->stem && ent_an_coref(x->an, "hu", h->stem)) return 0;   /* "az ország", "a felek": someone named before */
        noun |= h->pos == ENT_HUN_NOUN;
    }
    char tg[6];
    if (!noun || (j + 1 < x->n && (tok_is(s, j + 1, "postp") || tok_is(s, j + 1, "bgpostp") || ent_an_hun_poss_noun(x, j + 1, tg))))
        return 0;
    for (size_t q = j; q-- > 0 && q + 3 >= j && x->clause[q] == x->clause[j];) {
        if (tok_is(s, q, "article")) return strcmp(norm(s, q), "egy") != 0;
        int adj = x->nhun[q] > 0;
        for (int i = 0; i < x->nhun[q]; i++)
            if (hun_at(s, q, i)->pos != ENT_HUN_ADJ && strcmp(hun_at(s, q, i)->tag, "ADJ") && !hun_at(s, q, i)->participle) adj = 0;
        if (!adj) return 0;
    }
    return 0;
}

/* "Több százan tüntettek", "az ország mozgósította haderejét": the clause
 * names its subject, a crowd (data/grammar.txt people) or a noun that is no
 * actor; a verb's subject is then no one from the context. */
static int overt_subject(const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    if (t->p->noun) return 0;
    for (size_t j = 0; j < x->n; j++) {
        if (x->clause[j] != x->clause[t->k] || j == t->k || x->tok[j].kind != ENT_TOK_WORD) continue;
        if (tok_is(s, j, "people") || nominative_noun(s, j)) return 1;
    }
    return 0;
}

int source_hu(const ent_coder *c, const sent *s, const trig *t, int *pairwise) {
    size_t k = t->k;
    int cl = s->x->clause[k], sg = noun_agent(s, t);
    size_t bestd = (size_t)-1;
    if (sg >= 0) return sg;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] != cl || !hu_nominative(a) || (a->postp && hu_between(c, a))) continue;
        size_t d = a->ts < k ? k - a->ts : (a->ts - k) * 2;   /* prefer before the verb */
        if (d < bestd) bestd = d, sg = a->group;
    }
    if (sg < 0) sg = possessor_subject(s, cl);
    if (sg < 0) sg = relative_antecedent(s, cl);
    /* "X Phenjanba érkezett, ahol Kimmel tárgyalt": a dropped subject is
     * the subject of an earlier clause of the sentence */
    for (int ccl = cl - 1; sg < 0 && ccl >= 0; ccl--)
        for (size_t i = 0; i < s->nact && sg < 0; i++) {
            const actor *a = &s->act[i];
            if (s->x->clause[a->ts] == ccl && hu_nominative(a) && !a->coref && a->ts < k) sg = a->group;
        }
    /* "X és Y között": both, pairwise */
    for (size_t i = 0; i < s->nact && sg < 0; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] == cl && hu_between(c, a)) {
            sg = a->group;
            *pairwise = 1;
        }
    }
    if (sg < 0 && overt_subject(s, t)) return -3;   /* no actor acts: no dropped subject either */
    return sg;
}

/* The target in a that-clause ("követelte, hogy Moszkva adja vissza",
 * "elutasította, hogy Zelenszkijjel találkozzon"): its subject, else its
 * first actor in a case of a target; not a place of origin ("az
 * Oroszországból származó energiaimporttól"). */
int hu_that_target(const sent *s, int cl, int sg) {
    int first = -1;
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] != cl || (sg >= 0 && a->group == sg) || a->other) continue;
        if (hu_nominative(a)) return a->group;
        if (first < 0 && (!strcmp(a->tag, "ACC") || !strcmp(a->tag, "DAT") || !strcmp(a->tag, "INS") || !strcmp(a->tag, "SUB") ||
                          !strcmp(a->tag, "ALL") || a->postp))
            first = a->group;
    }
    return first;
}

/* "a szerb határ közelében őrizetbe vett három szíriai embercsempészt": a
 * place near which it happens, the agent or the argument of a participle,
 * is a target only when no one else in a target case is. */
/* "a Kínával folytatott tárgyalások", "az Irán támogatását élvező húszik":
 * an actor between an article and an attributive participle is the
 * participle's argument, inside a noun phrase. */
static int participle_argument(const sent *s, const actor *a) {
    const ent_sentence *x = s->x;
    uint32_t k = a->te;
    char tg[6];
    if (k < x->n && ent_an_hun_poss_noun(x, k, tg)) k++;   /* the possessor of the argument: "Irán támogatását élvező" */
    if (a->ts == 0 || !tok_is(s, a->ts - 1, "article") || k + 1 >= x->n || x->clause[k + 1] != x->clause[a->ts]) return 0;
    if (!ent_an_hun_participle(x, k) || x->tok[k + 1].kind != ENT_TOK_WORD) return 0;
    for (int i = 0; i < x->nhun[k + 1]; i++)
        if (hun_at(s, k + 1, i)->pos == ENT_HUN_NOUN || hun_at(s, k + 1, i)->pos == ENT_HUN_ADJ) return 1;   /* its noun, or an adjective of it */
    return mention_at(s, k + 1) >= 0;
}

static int better_target_after(const ent_coder *c, const sent *s, size_t i, int cl, int sg) {
    const actor *a = &s->act[i];
    if (!((a->postp_w && is_word(c, "hu", "placep", a->postp_w)) || a->weak || participle_argument(s, a)) || a->other) return 0;
    for (size_t q = i + 1; q < s->nact; q++)
        if (s->x->clause[s->act[q].ts] == cl && s->act[q].tag[0] && hu_target_case(c, &s->act[q]) && (sg < 0 || s->act[q].group != sg))
            return 1;
    return 0;
}

/* "Szijjártó Péter, akit Kelemen Hunor is fogadott": a clause opened by a
 * relative pronoun in a case of the object (akit, akinek, akivel, amelyet)
 * acts on the actor right before its comma. */
static int relative_object(const sent *s, int cl, int sg) {
    const ent_sentence *x = s->x;
    size_t first = 0;
    while (first < x->n && x->clause[first] != cl) first++;
    if (cl == 0 || first >= x->n || first == 0 || !is_punct(s, first - 1, ',')) return -1;
    int rel = 0;
    for (int i = 0; i < x->nhun[first]; i++) {
        const ent_hun_info *h = hun_at(s, first, i);
        rel |= h->lemma && ent_an_word(x->an, "hu", "relsubj", h->lemma) &&
               (!strcmp(h->tag, "ACC") || !strcmp(h->tag, "DAT") || !strcmp(h->tag, "INS") || !strcmp(h->tag, "SUB") || !strcmp(h->tag, "ALL"));
    }
    for (size_t i = 0; rel && i < s->nact; i++)
        if (s->act[i].te + 1 == first && s->act[i].group != sg && !s->act[i].coref) return s->act[i].group;
    return -1;
}

int target_hu(const ent_coder *c, const sent *s, const trig *t, int sg) {
    const ent_vpat *p = t->p;
    int cl = s->x->clause[t->k], tg = behalf_target(c, s, t, sg);
    if (tg != -2) return tg;
    if (!p->noun && (tg = relative_object(s, cl, sg)) >= 0) return tg;
    tg = -1;
    /* the agent of a participle is the target of a reaction to its act
     * ("elutasította a Kijev által előterjesztett javaslatot"), not of a
     * material act ("visszaállította az USA által elrendelt szankciókat") */
    int material = (p->code[0] == '1' && p->code[1] >= '5') || p->code[0] == '2';
    for (size_t i = 0; i < s->nact && tg < 0; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] != cl || (sg >= 0 && a->group == sg) || (a->weak && material)) continue;
        if (p->target == 3) {
            if (!strcmp(a->tag, p->target_case) || (a->other && !strcmp(a->tag, p->target_case))) tg = a->group;
        } else if (p->target == 4) {
            if (a->postp_w && !strcmp(a->postp_w, p->target_prep)) tg = a->group;
        } else if (p->noun) {
            if (!strcmp(a->tag, "INS") || a->other) tg = a->group;
        } else if ((hu_target_case(c, a) || a->other) && !better_target_after(c, s, i, cl, sg)) {
            tg = a->group;
        }
    }
    /* "magyarázatot követelt Moszkvától", "kért Németországtól" */
    for (size_t i = 0; i < s->nact && tg < 0 && !p->target; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] == cl && (sg < 0 || a->group != sg) && (!strcmp(a->tag, "ABL") || !strcmp(a->tag, "DEL")))
            tg = a->group;
    }
    return tg;
}

