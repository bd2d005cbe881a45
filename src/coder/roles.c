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

/* Finds the source and target groups of trigger t. Returns 1 if a dyad (or
 * a symmetric group) was found. */
int roles(ent_coder *c, sent *s, const trig *t, int *src, int *ns, int *tgt, int *nt, int *pairwise) {
    *ns = *nt = 0;
    *pairwise = 0;
    int sg = -1, tg = -1;
    if (s->x->hu) {
        sg = source_hu(c, s, t, pairwise);
        tg = target_hu(c, s, t, sg);
    } else if (!t->p->noun && passive(c, s, t->k)) {
        roles_passive(s, t, &sg, &tg);
    } else {
        sg = source_en(s, t, pairwise);
        tg = target_en(s, t, sg);
    }
    if (tg < 0) tg = that_clause_target(s, t, sg);
    if (sg == -1 && dropped_subject(c, s, t)) sg = -2;   /* from context (-3: hu, a subject that is no actor) */
    if (sg >= 0) *ns = pick_group(s, sg, src, MAX_GROUP);
    else if (sg == -2) *ns = -1;
    if (tg >= 0) *nt = pick_group(s, tg, tgt, MAX_GROUP);
    return 1;
}
