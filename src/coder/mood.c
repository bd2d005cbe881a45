/* mood.c - negation, mood, intentions, refusals and threats.
 *
 * Contract.
 *   - ent_an_mood (analysis.h): the mood of the verb at token k.
 *     Hungarian: a conditional or imperative with no indicative reading, a
 *     present act under a condition ("ha", "amennyiben") in the next or
 *     previous clause, an infinitive: hypothetical; "a jövőben" with a
 *     present verb, or an infinitive after a word of the future: future.
 *     English: a modal or future word shortly before the verb, "to" right
 *     before it (an infinitive). Either: "if"/"unless" earlier in the
 *     clause, a question.
 *   - decide_mood settles, for one trigger, whether the event is negated,
 *     its mood, and its final code (tests/real/GUIDE.md 4.2, 4.10, 4.12):
 *     what a speaker says he will do is his intention (03x); a negated
 *     intention or present act is a refusal (120); a statement not made is
 *     011; a harmful act a speaker says he may commit is a threat (131,
 *     138); what another verb reports, denies or demands is not a fact. An
 *     act announced for the future with no condition (reported speech's
 *     "would" counts as the future) is: a cooperative act with a partner,
 *     the matching intention (033 for "will give"); a rejection, threat or
 *     measure (12, 13, 15-17), the act itself; force (18-20), a threat
 *     (138). An infinitive after a word of decision ("decided to impose")
 *     is a fact; a noun trigger takes the mood of the verb after it ("a
 *     meeting would mark ...").
 * The words are classes of data/grammar.txt: neg, hyp, fut, cond, intent,
 * refuse, compl, backshift, decide.
 */
#include "coder_int.h"

/* ---- the mood of a verb (analysis) ---- */

static const char *hu_mood(const ent_sentence *s, size_t k) {
    int cl = s->clause[k];
    const ent_hun_info *h = ent_an_hun_verb(s, k);
    if (h && (h->cond || h->imper)) {
        /* "megkínozzák", "kivizsgálják": the same form is indicative and
         * imperative; any indicative reading wins */
        int indicative = 0;
        for (int i = 0; i < s->nhun[k]; i++) {
            const ent_hun_info *v = s->hun[k * ENT_AN_HUN + i];
            if (v->pos == ENT_HUN_VERB && !v->cond && !v->imper && !v->infinitive && !v->participle) indicative = 1;
        }
        if (!indicative) return "hypothetical";
    }
    /* "megvétózza ..., ha Brüsszel nem ad garanciát": a present act under a
     * condition in the next or the previous clause */
    if (h && !h->past && !h->infinitive)
        for (size_t j = 0; j < s->n; j++)
            if ((s->clause[j] == cl + 1 || s->clause[j] == cl - 1) && ent_an_is(s, j, "cond") && (j == 0 || s->clause[j - 1] != s->clause[j]))
                return "hypothetical";
    for (size_t j = 0; j < s->n; j++)   /* "a jövőben is együttműködik" */
        if (s->clause[j] == cl && ent_an_is(s, j, "futadv") && h && !h->past && !h->infinitive) return "future";
    if (h && h->infinitive) {
        for (size_t j = 0; j < s->n; j++)
            if (s->clause[j] == cl && ent_an_is(s, j, "fut")) return "future";
        return "hypothetical";
    }
    return NULL;
}

static const char *en_mood(const ent_sentence *s, size_t k) {
    int cl = s->clause[k];
    for (size_t j = k; j > 0 && j + 5 > k; j--) {
        if (s->clause[j - 1] != cl) break;
        if (ent_an_is(s, j - 1, "hyp")) return "hypothetical";
        if (ent_an_is(s, j - 1, "fut")) return "future";
        if (!strcmp(s->tok[j - 1].norm, "to") && j == k) return "hypothetical";   /* "to attack": an infinitive after another verb */
    }
    return NULL;
}

const char *ent_an_mood(const ent_sentence *s, size_t k) {
    const char *m = s->hu ? hu_mood(s, k) : en_mood(s, k);
    if (m) return m;
    int cl = s->clause[k];
    for (size_t j = 0; j < s->n; j++)
        if (s->clause[j] == cl && ent_an_is(s, j, "hyp") && (s->hu || (j < k && ent_an_is(s, j, "cond")))) return "hypothetical";
    /* a question */
    if (s->n && s->a->text[s->tok[s->n - 1].start] == '?') return "hypothetical";
    return NULL;
}

/* ---- one trigger ---- */

int negated(const sent *s, const trig *t) {
    size_t k = t->k2 != (size_t)-1 && t->k2 < t->k ? t->k2 : t->k;
    for (size_t j = k; j > 0 && j + 4 > k; j--) {
        if (s->x->clause[j - 1] != s->x->clause[t->k]) break;
        if (tok_is(s, j - 1, "neg")) return 1;
    }
    /* "had no interest in talks", "has no plans to meet" */
    if (!s->x->hu && t->k + 1 < s->x->n && s->x->clause[t->k + 1] == s->x->clause[t->k] && !strcmp(norm(s, t->k + 1), "no")) return 1;
    return 0;
}

/* English: is token k a noun (the part-of-speech tagger's)? */
static int en_noun(const sent *s, size_t k) {
    return !s->x->hu && s->x->pos && (s->x->pos[k] == ENT_POS_NOUN || s->x->pos[k] == ENT_POS_PROPN);
}

/* The intention (03x) that matches an act: meet -> 036, cooperate
 * diplomatically -> 032, materially -> 031, aid -> 033, yield -> 035. */
static const char *intent_for(const char *code) {
    static const struct { const char *root, *code; } map[] = {
        {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strncmp(code, map[i].root, 2)) return map[i].code;
    return NULL;
}

/* "ready to meet", "pledged to send aid", "kész közvetíteni": an infinitive
 * after a word of intention states an intent (03x), not the act. Returns
 * the intent code, or NULL. */
const char *intent_code(const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    size_t k = t->k;
    int cl = x->clause[k], infinitive = 0;
    if (x->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        infinitive = h && h->infinitive;
    } else {
        infinitive = k > 0 && !strcmp(norm(s, k - 1), "to");
        /* "willing to strengthen cooperation with Honduras", "ready to hold
         * talks": the noun is the object of the infinitive */
        for (size_t j = k; !infinitive && en_noun(s, k) && j > 1 && j + 6 > k && x->clause[j - 1] == cl; j--)
            infinitive = !strcmp(norm(s, j - 2), "to") && x->pos[j - 1] == ENT_POS_VB;
    }
    if (!infinitive) return NULL;
    int marked = 0;
    for (size_t j = 0; j < k && !marked; j++) {
        if (x->clause[j] != cl && !(x->hu && x->clause[j] == cl - 1)) continue;
        if (tok_is(s, j, "intent")) marked = 1;
        for (int i = 0; x->hu && i < x->nhun[j] && !marked; i++)
            if (hun_at(s, j, i)->lemma && ent_an_word(x->an, "hu", "intent", hun_at(s, j, i)->lemma)) marked = 1;
    }
    return marked ? intent_for(t->p->code) : NULL;
}

/* A negated intention, or a negated act of cooperation (03-08) or of
 * cutting ties (16) in the present or future (not a report of the past):
 * the actor refuses. */
int refusal(const sent *s, const trig *t, int intent) {
    if (intent) return 1;
    /* a refusal to cooperate, help, meet or yield (03-08) or to cut ties
     * (16: "nem vonja ki") rejects; "would not ask Russia to help" or "will
     * not attack" reject nothing */
    const char *cd = t->p->code;
    if (!(cd[0] == '0' && cd[1] >= '3' && cd[1] <= '8') && strncmp(cd, "16", 2)) return 0;
    size_t k = t->k;
    if (s->x->hu) {
        const ent_hun_info *h = hun_verb(s, k);
        return h && !h->past && !h->cond && !h->infinitive && !h->imper && !h->participle;
    }
    for (size_t j = k; j > 0 && j + 4 > k; j--)
        if (tok_is(s, j - 1, "refuse")) return 1;
    return 0;
}

/* Is trigger t inside the complement of the verb at `gov` ("accused Russia
 * of launching an attack", "denied that it had sent troops", "called on
 * Israel to allow", "követelte, hogy Moszkva adja vissza")? */
/* hu: a noun in a case of place or time is an adjunct of the verb ("kérte
 * ... keddi kijevi látogatásán": at his visit), no complement of it. */
static int hu_adjunct_noun(const sent *s, size_t k) {
    for (int i = 0; s->x->hu && i < s->x->nhun[k]; i++)
        if (ent_an_locative(hun_at(s, k, i)->tag)) return 1;
    return 0;
}

int complement_of(const sent *s, size_t gov, const trig *t) {
    size_t k = t->k;
    if (k <= gov) return 0;
    if (t->p->noun && !hu_adjunct_noun(s, k)) return 1;
    /* "denied using chemical weapons": a gerund right after the verb */
    size_t l = strlen(norm(s, k));
    if (!s->x->hu && k == gov + 1 && l > 4 && !strcmp(norm(s, k) + l - 3, "ing")) return 1;
    for (size_t j = gov + 1; j < k; j++)
        if (tok_is(s, j, "compl")) return 1;
    return 0;
}

int governs_complement(const char *code) {
    return !strcmp(code, "016") || !strncmp(code, "02", 2) || !strncmp(code, "10", 2) || !strncmp(code, "11", 2) ||
           !strncmp(code, "12", 2) || !strncmp(code, "13", 2);
}

/* Is the source S (the speaker of a statement in the sentence, or of its
 * report) the same side as `speaker`? */
static int same_side(const ent_actor_ref *S, const char *speaker) {
    char c3[4], r3[8];
    ent_code_split(speaker, c3, r3);
    return !strcmp(S->code, speaker) || (c3[0] && !strcmp(S->country, c3));
}

/* What the speaker of the sentence says his side will or would do. */
static const char *stated_intent(const sent *s, const trig *t, const sstate *st, const ent_actor_ref *S, int nS, const verdict *v,
                                 int harmful, int same_speaker) {
    const ent_sentence *x = s->x;
    const char *code = t->p->code;
    /* "warned that it would strike", "said they would attack": what a
     * speaker says he would do to another if ...: a threat. Force (17-20)
     * is 138, breaking ties or sanctions (16) is 131 */
    if (v->md && !v->neg && harmful && nS && (same_speaker || (st->gov_threat && st->my_governor >= 0 && st->my_governor < (long)t->k)))
        return !strncmp(code, "16", 2) ? "131" : "138";
    /* "Trump announced that Washington would lift all sanctions on Syria":
     * what the speaker of the sentence says his side would do is its
     * intention */
    if (v->md && !v->neg && !harmful && nS && same_speaker && x->rep.kind == 2 && intent_for(code)) return intent_for(code);
    /* "Szerbia a jövőben is együttműködik ... — jelentette ki Vucsics":
     * what a country's own spokesman says it will do is its intention */
    if (v->md && !strcmp(v->md, "future") && !v->neg && nS && x->rep.kind && x->rep.code[0]) {
        char c3[4], r3[8];
        ent_code_split(x->rep.code, c3, r3);
        if (c3[0] && !strcmp(S[0].country, c3) && intent_for(code)) return intent_for(code);
    }
    /* Hungarian: "bejelentette, hogy az Egyesült Államok feloldja ...": a
     * present tense after the speaker's "hogy" announces what he will do */
    if (!v->md && !v->neg && x->hu && same_speaker && st->say_k != (size_t)-1 && t->k > st->say_k) {
        const ent_hun_info *h = hun_verb(s, t->k);
        int after_hogy = 0;
        for (size_t j = st->say_k + 1; j < t->k; j++) after_hogy |= tok_is(s, j, "that");
        if (h && !h->past && after_hogy) return harmful ? (!strncmp(code, "16", 2) ? "131" : "138") : intent_for(code);
    }
    return NULL;
}

/* The word of hypothesis before the verb at k in its clause (as en_mood
 * finds it), or -1. */
static long hyp_word(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    for (size_t j = k; j > 0 && j + 5 > k && x->clause[j - 1] == x->clause[k]; j--)
        if (tok_is(s, j - 1, "hyp")) return (long)j - 1;
    return -1;
}

/* Is the trigger inside a report: after a statement verb of the sentence,
 * a verb of warning or demanding, or in a sentence with a reporting frame? */
static int in_report(const sent *s, const trig *t, const sstate *st) {
    return s->x->rep.kind || (st->say_k != (size_t)-1 && t->k > st->say_k) || (st->my_governor >= 0 && st->my_governor < (long)t->k);
}

/* English reported speech: "said it would veto", "warned that such actions
 * would not go unanswered": a "would" (class backshift) before the verb, no
 * other word of hypothesis or condition in its clause, and the verb in a
 * report: the future seen from the past, not a hypothesis. */
static int backshifted(const sent *s, const trig *t, const sstate *st) {
    const ent_sentence *x = s->x;
    long w = x->hu ? -1 : hyp_word(s, t->k);
    if (w < 0 || !tok_is(s, (size_t)w, "backshift") || !in_report(s, t, st)) return 0;
    if (x->n && x->a->text[x->tok[x->n - 1].start] == '?') return 0;
    for (size_t j = 0; j < x->n; j++)
        if (x->clause[j] == x->clause[t->k] && (tok_is(s, j, "cond") || (tok_is(s, j, "hyp") && !tok_is(s, j, "backshift")))) return 0;
    return 1;
}

/* "decided to impose sanctions", "voted to expel": an infinitive after a
 * word of decision (class decide) is an act decided, not a hypothesis. */
static int decided(const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    size_t k = t->k;
    if (x->hu || k < 2 || strcmp(norm(s, k - 1), "to")) return 0;
    return x->clause[k - 2] == x->clause[k] && tok_is(s, k - 2, "decide");
}

/* A noun trigger that opens its clause takes the mood of the verb after
 * it: "a face-to-face meeting would mark a major reset". */
static const char *noun_mood(const sent *s, const trig *t) {
    const ent_sentence *x = s->x;
    if (x->hu || (!t->p->noun && !en_noun(s, t->k))) return NULL;
    for (size_t j = t->k + 1; j < x->n && j < t->k + 8 && x->clause[j] == x->clause[t->k]; j++) {
        if (x->tok[j].kind == ENT_TOK_PUNCT) break;
        if (tok_is(s, j, "hyp")) return "hypothetical";
        if (tok_is(s, j, "fut")) return "future";
        if (tok_is(s, j, "be")) break;   /* "the talks were ...": the verb is factual */
    }
    return NULL;
}

/* An act announced for the future (tests/real/GUIDE.md 4.2, 4.10, 4.12),
 * no condition, not negated: a stated intention (03x) is a fact; a
 * cooperative act (04-08) with a partner is the matching intention ("Denmark
 * will give Ghana a loan" = 033; a visit stays future); a
 * rejection (12x) or a threat (13x) is made by saying it; an announced
 * measure (15-17: exercises, sanctions, expulsions) is coded as the act;
 * force (18-20) is a threat of force (138). Returns the code, or NULL to
 * keep the verdict. */
static const char *announced(ent_coder *c, const sent *s, const trig *t, const ent_actor_ref *S, int nS, verdict *v) {
    const char *code = t->p->code;
    int r = (code[0] - '0') * 10 + code[1] - '0';
    if (!v->md || strcmp(v->md, "future") || v->neg || t->p->noun || !nS || code[0] < '0' || code[0] > '2') return NULL;
    /* the future of "will", "shall", "going to", a reported "would",
     * Hungarian "fog" (class willfut), not of "intended as", "expected
     * to", "szándékozik" (a plan) */
    long w = -1;
    for (size_t j = 0; s->x->hu && j < s->x->n; j++)   /* Hungarian: "fog" anywhere in the clause */
        if (s->x->clause[j] == s->x->clause[t->k] && tok_is(s, j, "willfut")) w = (long)j;
    for (size_t j = t->k; !s->x->hu && j > 0 && j + 5 > t->k && s->x->clause[j - 1] == s->x->clause[t->k] && w < 0; j--)
        if (tok_is(s, j - 1, "fut") || tok_is(s, j - 1, "hyp")) w = (long)j - 1;
    if (w < 0 || !tok_is(s, (size_t)w, "willfut")) return NULL;
    /* "the countries' accession will strengthen ...": the actor is the
     * possessor of the subject, which does not act */
    const char *after = s->x->a->text + S[0].end;
    if (after[0] == '\'' || !strncmp(after, "\xE2\x80\x99", 3)) return NULL;
    if (r == 3 || r == 12 || r == 13 || (r >= 15 && r <= 17)) {
        trace(c, "    announced: %s is a fact, not a future act", code);
        v->md = NULL;
        return NULL;
    }
    /* a future visit or attendance ("will visit Beijing", "will attend a
     * summit in Indonesia") is a trip, not an intention towards its host */
    if (r >= 4 && r <= 8 && !v->place && strcmp(code, "042") && strcmp(code, "043")) return intent_for(code);
    return r >= 18 ? "138" : NULL;
}

void decide_mood(ent_coder *c, const sent *s, const trig *t, const sstate *st, const ent_actor_ref *S, int nS, verdict *v) {
    const ent_vpat *p = t->p;
    v->neg = negated(s, t);
    v->md = ent_an_mood(s->x, t->k);
    if (!v->md) v->md = noun_mood(s, t);
    v->one_way = 0;
    if (!v->md && st->my_governor >= 0 && complement_of(s, (size_t)st->my_governor, t)) {
        v->md = "hypothetical";
        trace(c, "    in what another verb reports, denies or demands: not a fact");
    }
    if (v->md && !strcmp(v->md, "hypothetical") && backshifted(s, t, st)) {
        v->md = "future";
        trace(c, "    \"would\" in a report: the future, not a hypothesis");
    }
    if (v->md && decided(s, t)) {
        v->md = NULL;
        trace(c, "    an act decided: a fact");
    }
    const char *ic = intent_code(s, t);
    /* "Trump said he would meet Putin", "kijelentette, hogy kész ...": what
     * a speaker says he will do is his stated intention */
    if (!ic && v->md && st->say_src[0] && nS && !strcmp(S[0].code, st->say_src) && !v->neg) ic = intent_for(p->code);
    /* "nem kívánta kommentálni", "declined to comment": a statement not
     * made is 011 (decline comment), a fact */
    if (v->neg && !strncmp(p->code, "01", 2) && strcmp(p->code, "011")) {
        v->cm = ent_codebook_get(c->cb, "011");
        v->neg = 0, v->md = NULL, ic = NULL;
        trace(c, "    a statement refused: coded 011");
    }
    /* "nem hajlandó enyhíteni", "egyetlen lőszert sem küld", "will not
     * send", "would not support": a refusal (12x), which is a fact, not a
     * negated act */
    if (v->neg && !p->say && strncmp(p->code, "12", 2) && refusal(s, t, ic != NULL)) {
        trace(c, "    a refusal: coded 120, not a negated %s", v->cm->code);
        v->cm = ent_codebook_get(c->cb, "120");
        v->neg = 0, v->md = NULL, ic = NULL;
    }
    int harmful = !strncmp(p->code, "16", 2) || (!strncmp(p->code, "1", 1) && p->code[1] >= '7') || !strncmp(p->code, "2", 1);
    int same_speaker = 0;
    if (st->say_src[0] && nS) same_speaker = same_side(&S[0], st->say_src);
    if (!same_speaker && nS && s->x->rep.kind == 2 && s->x->rep.code[0]) same_speaker = same_side(&S[0], s->x->rep.code);   /* "Iran said it would ...", "Trump said the US would ..." */
    if (!ic) ic = stated_intent(s, t, st, S, nS, v, harmful, same_speaker);
    int sym = 0;
    if (!ic && (ic = announced(c, s, t, S, nS, v))) sym = p->sym;
    if (ic && ent_codebook_get(c->cb, ic)) {
        trace(c, "    an intention to act: coded %s, not %s", ic, v->cm->code);
        v->cm = ent_codebook_get(c->cb, ic);
        v->md = NULL;
        v->one_way = !sym;   /* the speaker intends; the other side says nothing (a scheduled meeting: both) */
    }
}
