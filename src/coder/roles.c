/* roles.c - the source and target of a trigger.
 *
 * Contract: roles() finds, among the actors of the trigger's clause, the
 * group (compound) that acts and the group acted on.
 *   English, by position: the source is the nearest subject-like actor
 *   before the verb (not after a preposition, not a possessor of another
 *   noun), else "between X and Y" (pairwise), else the subject of an earlier
 *   clause; the target is a direct object close to the verb or the object
 *   of the pattern's preposition; a passive ("was attacked by X") swaps
 *   them.
 *   Hungarian, by case: roles_hu.c.
 * A demand, appeal, accusation, rejection or threat may take its target
 * from the that-clause ("követelte, hogy Moszkva adja vissza"). A finite
 * verb with no subject in its clause takes the last source of the article
 * (*ns = -1). Groups come back as actor indexes in src/tgt.
 */
#include "coder_int.h"

static int pick_group(const sent *s, int group, int *out, int max) {
    int n = 0;
    for (size_t i = 0; i < s->nact && n < max; i++)
        if (s->act[i].group == group) out[n++] = (int)i;
    return n;
}

/* "Pakistan's cricket team arrived": the possessor of a noun that names
 * no actor is not the subject */
static int subject_ok_en(const actor *a) { return !a->after_prep && strcmp(a->tag, "GEN"); }

/* English passive: a form of "be" shortly before a participle */
int passive(const ent_coder *c, const sent *s, size_t k) {
    if (s->x->hu) return 0;
    const char *w = norm(s, k);
    size_t l = strlen(w);
    int participle = (l > 3 && !strcmp(w + l - 2, "ed")) || (l > 3 && !strcmp(w + l - 2, "en")) ||
                     (ent_verbs_irregular(c->v, w) && strcmp(w, ent_verbs_irregular(c->v, w)));
    if (!participle) return 0;
    for (size_t j = k; j > 0 && j + 4 > k; j--) {
        if (s->x->clause[j - 1] != s->x->clause[k]) break;
        if (tok_is(s, j - 1, "be")) return 1;
    }
    return 0;
}

/* was attacked by X: X is the source, the subject the target */
static void roles_passive(const sent *s, const trig *t, int *sg, int *tg) {
    const ent_vpat *p = t->p;
    size_t k = t->k;
    int cl = s->x->clause[k];
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] != cl) continue;
        if (a->ts < k && !a->after_prep) *tg = a->group;
        if (a->ts > k && a->prep && !strcmp(a->prep, "by") && *sg < 0) *sg = a->group;
    }
    /* "shells have been supplied to Russia by Pyongyang": no actor
     * subject, the target is the pattern's prepositional object */
    for (size_t i = 0; i < s->nact && *tg < 0; i++) {
        const actor *a = &s->act[i];
        if (s->x->clause[a->ts] == cl && a->ts > k && a->prep && strcmp(a->prep, "by") &&
            (p->target != 2 || !strcmp(a->prep, p->target_prep)) && tok_is(s, a->ts - 1, "targetp"))
            *tg = a->group;
    }
}

static int target_en(const sent *s, const trig *t, int sg);

/* ---- English: the phrase structure (analysis_en.c) ---- */

/* The actor group whose words cover token k, or -1. */
static int group_at(const sent *s, size_t k) {
    for (size_t i = 0; i < s->nact; i++)
        if (s->act[i].ts <= k && k < s->act[i].te && !s->act[i].other) return s->act[i].group;
    return -1;
}

/* Does the noun at token k name an act (a noun pattern of the verb
 * dictionaries: "drills", "attacks", "accusations")? */
static int act_noun(const ent_coder *c, const sent *s, size_t k) {
    size_t np;
    const ent_vpat *const *ps = ent_verbs_find(c->v, "en", s->x->tok[k].stem, &np);
    for (size_t i = 0; i < np; i++)
        if (ps[i]->noun) return 1;
    return 0;
}

static int by_agent(const ent_coder *c, const sent *s, const ent_vg *v);

/* The agent of a participle that describes noun phrase i ("a plan put
 * forward by France"), or -1. */
static int described_by(const ent_coder *c, const sent *s, int i) {
    const ent_sentence *x = s->x;
    for (size_t q = 0; q < x->nvg; q++)
        if (x->vg[q].reduced && x->vg[q].subj == i) return by_agent(c, s, &x->vg[q]);
    return -1;
}

/* The actor at token k, or NULL. */
static const actor *actor_at(const sent *s, size_t k) {
    for (size_t i = 0; i < s->nact; i++)
        if (s->act[i].ts <= k && k < s->act[i].te && !s->act[i].other) return &s->act[i];
    return NULL;
}

/* The actor group a noun phrase names (GUIDE section 3): the actor at its
 * head; for a relative pronoun, its antecedent's; after a noun of quantity
 * or group, the phrase after "of" ("hundreds of students", "a delegation of
 * Kenyan lawmakers"); for a head that names no actor, its apposition's
 * ("Abbas Araghchi, Iran's foreign minister"), else an adjective or title
 * in it ("Israeli aircraft", "UN Secretary-General Antonio Guterres"), else
 * its possessor when the phrase is an object (`object`: "struck Iran's
 * Natanz facility"), its head names an act ("China's drills") or is a
 * name ("Iran's Islamic Revolutionary Guard Corps"), not otherwise
 * ("Pakistan's cricket team arrived"); an object described by a
 * participle with its agent names the agent ("rejected the truce proposed
 * by Egypt": GUIDE 4.6). -1 when none. */
static int np_group(const ent_coder *c, const sent *s, int i, int object, int depth) {
    const ent_sentence *x = s->x;
    if (i < 0 || depth > 4) return -1;
    const ent_np *p = &x->np[i];
    int g = group_at(s, p->head);
    if (g >= 0) return g;
    if (p->conj >= 0 && (g = np_group(c, s, p->conj, object, depth + 1)) >= 0) return g;   /* "Freedonia and France" */
    if (p->rel >= 0) return np_group(c, s, p->rel, object, depth + 1);
    if (p->of >= 0 && tok_is(s, p->head, "partitive")) return np_group(c, s, p->of, object, depth + 1);
    if (p->appos >= 0 && (g = np_group(c, s, p->appos, object, depth + 1)) >= 0) return g;
    int poss = -1;
    for (uint32_t k = p->start; k < p->head; k++) {
        const actor *a = actor_at(s, k);
        if (!a) continue;
        if (!strcmp(a->tag, "GEN") || (p->poss >= 0 && a->te == (uint32_t)p->poss + 1)) {
            if (poss < 0) poss = a->group;
        } else {
            return a->group;
        }
        k = a->te - 1;
    }
    /* "China's drills"; "Iran's Islamic Revolutionary Guard Corps", "South
     * Korea's National Intelligence Service": a country's named institution */
    if (poss >= 0 && (object || act_noun(c, s, p->head) || (x->pos[p->head] == ENT_POS_PROPN && s->x->tok[p->head].upper))) return poss;
    return object ? described_by(c, s, i) : -1;
}

/* "proposed by Egypt": the agent after the verb group, or -1. */
static int by_agent(const ent_coder *c, const sent *s, const ent_vg *v) {
    const ent_sentence *x = s->x;
    size_t j = v->end;
    /* past adverbs and up to three phrases of time or place ("signed in
     * July of last year in Istanbul by Turkey, the UN, Russia and Ukraine") */
    for (int pp = 0; j < x->n && pp <= 3;) {
        if (x->pos[j] == ENT_POS_ADV) {
            j++;
            continue;
        }
        if (!strcmp(norm(s, j), "by")) return j + 1 < x->n ? np_group(c, s, ent_an_en_np(x, j + 1), 0, 0) : -1;
        int q = j + 1 < x->n && x->pos[j] == ENT_POS_ADP ? ent_an_en_np(x, j + 1) : -1;
        if (q < 0 || x->np[q].start != j + 1) return -1;
        j = x->np[q].end, pp++;
    }
    return -1;
}

/* Source and target of a verb trigger from its verb group: the subject
 * and the object, the agent and the subject of a passive, the agent of a
 * participle after its noun. Returns 0 when the structure says nothing
 * (no verb group, no subject found): word order decides then; 2 for a
 * participle after its noun, whose agent is never taken from context. */
static int roles_structure(const ent_coder *c, const sent *s, const trig *t, int *sg, int *tg) {
    int vi = ent_an_en_vg(s->x, t->k);
    if (vi < 0) return 0;
    const ent_vg *v = &s->x->vg[vi];
    if (v->reduced) {   /* "Israel rejected the truce proposed by Egypt": EGY -> ISR */
        *sg = by_agent(c, s, v);
        for (size_t q = 0; q < s->x->nvg && *sg >= 0; q++)
            if (s->x->vg[q].obj == v->subj && s->x->vg[q].finite) *tg = np_group(c, s, s->x->vg[q].subj, 0, 0);
        if (*tg == *sg) *tg = -1;
        return 2;
    }
    if (v->passive) {
        roles_passive(s, t, sg, tg);
        int g = np_group(c, s, v->subj, 1, 0), a = by_agent(c, s, v);
        if (g >= 0) *tg = g;
        if (a >= 0) *sg = a;
        if (*sg == *tg) *tg = -1;
        return 1;
    }
    if (v->subj < 0) return 0;
    *sg = np_group(c, s, v->subj, 0, 0);
    if (*sg < 0 && v->shared) return 0;   /* "said ties were good after meeting Xi": the actor, by word order */
    int og = t->p->target == 2 ? -1 : np_group(c, s, v->obj, 1, 0);   /* a pattern's preposition names its target */
    *tg = og >= 0 && og != *sg ? og : target_en(s, t, *sg);
    return 1;
}

/* The verb group whose object is noun phrase ni, directly or through a
 * noun of claiming ("claimed responsibility for a drone attack":
 * data/grammar.txt claim), or that it follows after "under" ("came under
 * attack": the subject undergoes the act), or the clause's verb for "with
 * X from Y" ("with help from Ethiopian troops": the subject receives it),
 * or -1. */
static int governing_verb(const sent *s, int ni) {
    const ent_sentence *x = s->x;
    int pr = x->np[ni].prep, host = -1;
    if (pr > 0 && (!strcmp(norm(s, (size_t)pr), "for") || !strcmp(norm(s, (size_t)pr), "of"))) {
        host = ent_an_en_np(x, (size_t)pr - 1);
        if (host >= 0 && (x->np[host].end != (uint32_t)pr || !tok_is(s, x->np[host].head, "claim"))) host = -1;
    }
    for (size_t q = 0; q < x->nvg; q++)
        if (x->vg[q].obj == ni || (host >= 0 && x->vg[q].obj == host)) return (int)q;
    /* "the capital came under Russian drone attacks": grammar.txt undergo */
    if (pr > 0 && tok_is(s, (size_t)pr, "undergo") && ent_an_en_vg(x, (size_t)pr - 1) >= 0) return ent_an_en_vg(x, (size_t)pr - 1);
    /* "Kenya, with help from Ethiopian troops, secured the town": the
     * clause's verb; its subject receives what the noun names */
    if (pr >= 0 && !strcmp(norm(s, (size_t)pr), "with") && x->np[ni].end + 1 < x->n && !strcmp(norm(s, x->np[ni].end), "from"))
        for (size_t q = 0; q < x->nvg; q++)
            if (x->vg[q].finite && x->clause[x->vg[q].main] == x->clause[(size_t)pr]) return (int)q;
    return -1;
}

/* Is the noun phrase of a noun trigger an act the sentence asserts (GUIDE
 * 4, 4.9, 4.12): the subject or the object of a verb ("an Israeli strike
 * killed", "launched attacks on Kyiv", "drew condemnation"), unless the
 * verb only plays it (data/grammar.txt simulate: "simulating a blockade of
 * the island"), or a meeting,
 * call or visit named in a phrase of time or place ("during talks with
 * Putin", "on a visit to Chile")? Not a cause, a time or a topic ("hastened
 * by the Russian invasion of Ukraine", "after the talks"). */
static int asserted_noun(const sent *s, const trig *t, int ni) {
    const ent_sentence *x = s->x;
    int gv = governing_verb(s, ni);
    if (gv >= 0) return !tok_is(s, x->vg[gv].main, "simulate");   /* "simulating a blockade" is none */
    for (size_t q = 0; q < x->nvg; q++)
        if (x->vg[q].subj == ni && x->vg[q].finite) return 1;
    int pr = x->np[ni].prep;
    return pr >= 0 && !strncmp(t->p->code, "04", 2) && tok_is(s, (size_t)pr, "meetp");
}

/* English: a trigger the tagger reads as the head noun of a noun phrase
 * that the sentence does not assert (asserted_noun) and that is a phrase of
 * time or cause (data/grammar.txt bgprep: "after the talks", "amid
 * protests", "hastened by the Russian invasion") or the complement of
 * another noun ("the resumption of Israeli attacks"): background (GUIDE 4). */
static int background_noun(const ent_coder *c, const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    int ni = ent_an_en_np(x, t->k);
    if (x->hu || ni < 0 || x->np[ni].head != t->k || x->pos[t->k] != ENT_POS_NOUN) return 0;
    const char *w = norm(s, t->k), *irr = ent_verbs_irregular(c->v, w);
    size_t l = strlen(w);
    /* "troops withdrew", "warplanes struck": a past tense the tagger took for a noun */
    int past = (l > 3 && !strcmp(w + l - 2, "ed")) ||
               (irr && strcmp(irr, w) && w[l - 1] != 's' && !(l > 4 && !strcmp(w + l - 3, "ing")));
    if (past) return 0;
    /* "Kenya calls for a ceasefire": in a clause with no finite verb the
     * noun is the verb the tagger missed */
    int finite = 0;
    for (size_t q = 0; q < x->nvg; q++)
        finite |= x->vg[q].finite && x->clause[x->vg[q].main] == x->clause[t->k];
    return finite && !asserted_noun(s, t, ni);
}

/* Noun triggers ("Hezbollah's rocket attacks", "condemnation from Taiwan",
 * "talks with Putin"), from the noun phrase of the trigger: the source is
 * a possessor, adjective or title before the noun, else "by X" or "from X"
 * after it (not for a pattern whose own preposition is "from"), else the
 * subject of the verb whose object the phrase is ("launched attacks on
 * Kyiv"); a verb of receiving (data/grammar.txt receive: "drew condemnation
 * from Taiwan") makes its subject the target. The target is the first actor
 * of the prepositional phrases after the noun (data/grammar.txt ntargetp:
 * of, on, against, to, with ...) or, for a pattern that names its
 * preposition, of that one. Returns 0 when the phrase names neither. */
static int roles_noun(const ent_coder *c, const sent *s, const trig *t, int *sg, int *tg) {
    const ent_sentence *x = s->x;
    int ni = ent_an_en_np(x, t->k);
    if (ni < 0 || !asserted_noun(s, t, ni)) return 0;
    const ent_np *p = &x->np[ni];
    for (uint32_t k = p->start; k < t->k; k++) {
        const actor *a = actor_at(s, k);
        if (a) *sg = a->group, k = a->te - 1;
    }
    int own_from = t->p->target == 2 && !strcmp(t->p->target_prep, "from");
    for (size_t j = p->end; j + 1 < x->n && (x->pos[j] == ENT_POS_ADP || tok_is(s, j, "prep"));) {
        int q = ent_an_en_np(x, j + 1);
        if (q < 0 || x->np[q].start != j + 1) break;
        int g = np_group(c, s, q, 1, 0);
        const char *w = norm(s, j);
        if ((!strcmp(w, "by") || (!strcmp(w, "from") && !own_from)) && *sg < 0) *sg = g;
        else if (*tg < 0 && g >= 0 && g != *sg && (t->p->target == 2 ? !strcmp(w, t->p->target_prep) : tok_is(s, j, "ntargetp")))
            *tg = g;
        j = x->np[q].end;
    }
    int gv = governing_verb(s, ni);
    for (size_t q = 0; q < x->nvg; q++) {
        const ent_vg *v = &x->vg[q];
        if ((int)q != gv) continue;
        int g = np_group(c, s, v->subj, 0, 0);
        if (tok_is(s, v->main, "receive") || (p->prep >= 0 && (tok_is(s, (size_t)p->prep, "undergo") || !strcmp(norm(s, (size_t)p->prep), "with")))) {
            if (*tg < 0 && g != *sg) *tg = g;
        } else if (*sg < 0 && g != *tg) {
            *sg = g;
        }
    }
    if (*tg == *sg) *tg = -1;
    return *sg >= 0 || *tg >= 0;
}

/* Does the actor's last word end in "'s" (a possessive before a noun trigger)? */
static int ends_in_s_possessive(const sent *s, const actor *a) {
    const char *w = norm(s, a->te - 1);
    size_t l = strlen(w);
    return !strcmp(w + l - (l > 2 ? 2 : 0), "'s");
}

static int source_en(const sent *s, const trig *t, int *pairwise) {
    const ent_vpat *p = t->p;
    size_t k = t->k;
    int cl = s->x->clause[k], sg = -1;
    /* the nearest subject-like actor before the trigger */
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (a->ts >= k || s->x->clause[a->ts] != cl || a->other) continue;
        if (p->noun && a->prep && strcmp(a->prep, "by")) continue;
        if (subject_ok_en(a) || (!strcmp(a->tag, "GEN") && a->te == k) || (p->noun && ends_in_s_possessive(s, a))) sg = a->group;
    }
    /* "between X and Y" / noun trigger with "by X" */
    for (size_t i = 0; i < s->nact && sg < 0; i++) {
        const actor *a = &s->act[i];
        if (a->ts <= k || s->x->clause[a->ts] != cl) continue;
        if (a->prep && (!strcmp(a->prep, "between") || (p->noun && !strcmp(a->prep, "by")))) {
            sg = a->group;
            if (!strcmp(a->prep, "between")) *pairwise = 1;
        }
    }
    /* earlier clauses of the sentence: "X met Y, and signed ..." */
    for (int ccl = cl - 1; ccl >= 0 && sg < 0; ccl--)
        for (size_t i = 0; i < s->nact; i++) {
            const actor *a = &s->act[i];
            if (s->x->clause[a->ts] == ccl && !a->after_prep && a->ts < k) {
                sg = a->group;
                break;
            }
        }
    return sg;
}

/* The target: a direct object close to the verb, or the object of the
 * pattern's preposition; a noun trigger takes only the latter ("a visit
 * ... toward China" names no target). */
static int target_en(const sent *s, const trig *t, int sg) {
    const ent_vpat *p = t->p;
    size_t k = t->k;
    int cl = s->x->clause[k], tg = -1;
    for (size_t i = 0; i < s->nact && tg < 0; i++) {
        const actor *a = &s->act[i];
        if (a->ts <= k || s->x->clause[a->ts] != cl || (sg >= 0 && a->group == sg)) continue;
        if (p->target == 2) {
            if (a->prep && !strcmp(a->prep, p->target_prep)) tg = a->group;
        } else if (p->noun) {
            if (a->prep && (!strcmp(a->prep, "with") || !strcmp(a->prep, "between"))) tg = a->group;
        } else if (a->ts > k + 7 && strncmp(p->code, "13", 2) && !(a->after_prep && tok_is(s, a->ts - 1, "targetp") && a->ts <= k + 14)) {
            continue;   /* a threat may name its target far off ("threatened to use force to annihilate X") */
        } else if (p->target == 1) {
            if (!a->after_prep) tg = a->group;
        } else if (!a->after_prep || tok_is(s, a->ts - 1, "targetp") || (a->ts > 1 && tok_is(s, a->ts - 2, "targetp"))) {
            tg = a->group;
        }
        if (a->other) tg = a->group;
    }
    /* "condemned the deepening cooperation between Russia and North
     * Korea": what is criticised or demanded is between them */
    for (size_t i = 0; i < s->nact && tg < 0 && governs_complement(p->code); i++) {
        const actor *a = &s->act[i];
        if (a->ts > k && s->x->clause[a->ts] == cl && a->prep && !strcmp(a->prep, "between") && (sg < 0 || a->group != sg))
            tg = a->group;
    }
    return tg;
}

/* Demands, appeals, accusations, rejections, threats: the target may be
 * the subject of the that-clause ("követelte, hogy Moszkva adja vissza"). */
static int that_clause_target(const sent *s, const trig *t, int sg) {
    const char *code = t->p->code;
    if (strncmp(code, "02", 2) && strncmp(code, "10", 2) && strncmp(code, "11", 2) && strncmp(code, "12", 2) && strncmp(code, "13", 2))
        return -1;
    const ent_sentence *x = s->x;
    int cl = x->clause[t->k];
    size_t j = t->k + 1;
    while (j < x->n && x->clause[j] == cl) j++;
    if (j >= x->n || !tok_is(s, j, "that")) return -1;
    if (x->hu) return hu_that_target(s, x->clause[j], sg);
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (x->clause[a->ts] == x->clause[j] && (sg < 0 || a->group != sg) && !a->other) return a->group;
    }
    return -1;
}

/* A dropped or pronoun subject: the last source acts (a finite verb with
 * no subject word in its clause). English: only a verb after "and",
 * "also", "then" ... lacks its subject; "This narrative suggests" has one,
 * not an actor. */
static int dropped_subject(ent_coder *c, const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    size_t k = t->k;
    if (!c->last_src.n) return 0;
    if (x->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        if (h && (h->infinitive || h->participle)) return 0;
    }
    if (!(x->hu || k == 0 || tok_is(s, k - 1, "coord") || t->p->noun == 0)) return 0;
    for (size_t j = 0; j < k && !x->hu; j++) {
        if (x->clause[j] != x->clause[k] || x->tok[j].kind != ENT_TOK_WORD) continue;
        if (!tok_is(s, j, "nosubject") && mention_at(s, j) < 0) return 0;
    }
    trace(c, "  no subject in the clause: the last source (%s%s) acts", c->last_src.r[0].code, c->last_src.n > 1 ? ", ..." : "");
    return 1;
}

/* English: "X and Y pledged to work together", "agreed to help each
 * other": a compound source acts on itself (data/grammar.txt recip, in the
 * trigger's clause), one event per ordered pair (GUIDE 4.5, 4.12). */
static int reciprocal(const sent *s, const trig *t, int sg) {
    const ent_sentence *x = s->x;
    int members = 0;
    for (size_t i = 0; i < s->nact; i++) members += s->act[i].group == sg;
    if (members < 2) return 0;
    for (size_t j = t->k + 1; j < x->n && x->clause[j] == x->clause[t->k]; j++)
        if (tok_is(s, j, "recip")) return 1;
    return 0;
}

/* English: do groups a and b name one country ("the defence ministry said
 * its air defenses ...": a statement about one's own forces is about no
 * other actor, GUIDE 4.1)? */
static int own_country(const sent *s, int a, int b) {
    if (s->x->hu) return 0;
    const char *ca = NULL, *cb = NULL;
    for (size_t i = 0; i < s->nact; i++) {
        if (s->act[i].group == a && !ca) ca = s->act[i].code;
        if (s->act[i].group == b && !cb) cb = s->act[i].code;
    }
    return ca && cb && strlen(ca) >= 3 && strlen(cb) >= 3 && !strncmp(ca, cb, 3) && ca[0] != '~' && strncmp(ca, "IGO", 3) &&
           strncmp(ca, "NGO", 3) && strncmp(ca, "IMG", 3);
}

/* Finds the source and target groups of trigger t. Returns 1 if a dyad (or
 * a symmetric group) was found. */
int roles(ent_coder *c, sent *s, const trig *t, int *src, int *ns, int *tgt, int *nt, int *pairwise) {
    *ns = *nt = 0;
    *pairwise = 0;
    int sg = -1, tg = -1, st = 0;
    if (s->x->hu) {
        sg = source_hu(c, s, t, pairwise);
        tg = target_hu(c, s, t, sg);
    } else if (!t->p->noun && (st = roles_structure(c, s, t, &sg, &tg))) {
        /* the verb's subject and object */
    } else if (background_noun(c, s, t)) {
        trace(c, "    a noun the sentence does not assert (a cause, a time, a topic): background");
        st = 2;
    } else if ((t->p->noun || ent_an_en_np(s->x, t->k) >= 0) && roles_noun(c, s, t, &sg, &tg)) {
        if (sg < 0) sg = source_en(s, t, pairwise);   /* "during talks with Putin, Xi said": the clause's actor */
        if (sg == tg) sg = -1;
        if (tg < 0) tg = target_en(s, t, sg);
    } else if (!t->p->noun && ent_an_en_vg(s->x, t->k) < 0 && passive(c, s, t->k)) {
        roles_passive(s, t, &sg, &tg);   /* without tags; with them the verb group says ("is willing to strengthen" is none) */
    } else {
        sg = source_en(s, t, pairwise);
        tg = target_en(s, t, sg);
    }
    if (tg < 0) tg = that_clause_target(s, t, sg);
    if (tg < 0 && sg >= 0 && !s->x->hu && reciprocal(s, t, sg)) *pairwise = 1;
    if (sg == -1 && st != 2 && dropped_subject(c, s, t)) sg = -2;   /* from context (-3: hu, a subject that is no actor) */
    if (sg >= 0) *ns = pick_group(s, sg, src, MAX_GROUP);
    else if (sg == -2) *ns = -1;
    if (tg >= 0 && !(t->p->say && sg >= 0 && own_country(s, sg, tg))) *nt = pick_group(s, tg, tgt, MAX_GROUP);
    return 1;
}
