/* events.c - the events of one sentence.
 *
 * Contract: code_sentence walks the sentence's words; each word that is no
 * actor and not used yet may trigger a verb pattern (triggers.c). For each
 * trigger: its source and target groups (roles.c); a protest with no
 * source is by the place's civilians; a protest abroad with no target is
 * against the country of the place, at home against the own government
 * only when the text names it (GUIDE 4.7);
 * an act on a place targets the place's country (location.c); a second verb of the same subject acts on the same target.
 * Its negation, mood and final code (mood.c). Then one event per source and
 * target member, both ways for a symmetric act with a partner, all ordered
 * pairs among a compound that acts on itself ("X, Y and Z agreed"), the
 * guest's visit when a host receives (back=CODE), 045 for a go-between
 * ("Trump közvetítésével"). Events between one actor and itself are
 * dropped (within one country, different roles are different actors); at
 * most ENT_MAX_EVENTS_PER_SENTENCE a sentence. A statement's bare 01x
 * events give way to the act it reports (reports.c).
 */
#include "coder_int.h"

/* ---- references and the event list ---- */

void fill_ref(ent_actor_ref *r, const sent *s, const actor *a) {
    memset(r, 0, sizeof *r);
    snprintf(r->code, sizeof r->code, "%s", a->code);
    r->name = a->name;
    r->entry = a->entry;
    r->start = s->x->tok[a->ts].start;
    r->end = s->x->tok[a->te - 1].end;
    ent_code_split(a->code, r->country, r->role);
}

static void fill_ref_ctx(ent_actor_ref *r, const ref *x, uint32_t st, uint32_t en) {
    memset(r, 0, sizeof *r);
    snprintf(r->code, sizeof r->code, "%s", x->code);
    r->name = x->name;
    r->entry = x->entry;
    r->start = st;
    r->end = en;
    ent_code_split(x->code, r->country, r->role);
}

ent_event *new_event(evvec *ev) {
    if (ev->n == ev->cap) ev->v = ent_xrealloc(ev->v, (ev->cap = ev->cap ? ev->cap * 2 : 16) * sizeof *ev->v);
    ent_event *e = &ev->v[ev->n++];
    memset(e, 0, sizeof *e);
    return e;
}

/* An actor acting on itself is no event; but within one country, different
 * roles are different actors (the opposition demands that the government
 * resign: SRBOPP -> SRBGOV). */
int same_country(const ent_actor_ref *a, const ent_actor_ref *b) {
    if (!strcmp(a->code, b->code)) return 1;
    if (a->country[0] && b->country[0] && strcmp(a->country, b->country)) return 0;
    if (a->country[0] && b->country[0]) return !a->role[0] || !b->role[0] || !strcmp(a->role, b->role);
    return 0;
}

int emitted_in(const evvec *ev, size_t from, const ent_actor_ref *s, const ent_actor_ref *t, const char *code) {
    for (size_t i = from; i < ev->n; i++)
        if (!strcmp(ev->v[i].source.code, s->code) && !strcmp(ev->v[i].target.code, t->code) && !strcmp(ev->v[i].cameo->code, code))
            return 1;
    return 0;
}

static void set_reporter(ent_event *e, const ent_sentence *x) {
    if (!x->rep.kind) return;
    e->has_reporter = 1;
    e->rep_start = x->rep.start;
    e->rep_end = x->rep.end;
    snprintf(e->rep_code, sizeof e->rep_code, "%s", x->rep.code);
}

/* ---- one trigger ---- */

/* The two sides of one trigger. */
typedef struct sides {
    ent_actor_ref S[MAX_GROUP], T[MAX_GROUP];
    int nS, nT;
    int partner[MAX_GROUP];   /* T[j] is a partner of a symmetric act (both ways) */
    int ns, src[MAX_GROUP];   /* the source group in the actors (ns < 0: from context) */
    int other, pairwise, mutual, domestic;
    int place;                /* the target is a place acted on (place_after) */
    uint32_t ev_s, ev_e;      /* the trigger's words */
} sides;

/* "attacked a convoy, killing five soldiers": the casualties of an act
 * already coded are no second event. */
static int casualty(ent_coder *c, sent *s, size_t k, const trig *t, const evvec *ev, size_t first_event) {
    const ent_sentence *x = s->x;
    const char *code = t->p->code;
    if (x->hu || k == 0 || !is_punct(s, k - 1, ',') || strlen(norm(s, k)) <= 4 || strcmp(norm(s, k) + strlen(norm(s, k)) - 3, "ing") ||
        !(code[0] >= '1' && (code[1] >= '8' || code[0] == '2')))
        return 0;
    int prior = 0;
    for (size_t q = first_event; q < ev->n; q++)
        prior |= ev->v[q].cameo->code[0] == '2' || (ev->v[q].cameo->code[0] == '1' && ev->v[q].cameo->code[1] >= '8');
    if (!prior) return 0;
    s->ntrig++;
    trace(c, "  trigger \"%.*s\": the casualties of the act before it, no second event", (int)(x->tok[k].end - x->tok[k].start),
          x->a->text + x->tok[k].start);
    return 1;
}

/* The actors of each side, from roles(). */
static void find_sides(ent_coder *c, sent *s, const trig *t, sides *sd) {
    int tgt[MAX_GROUP], nt;
    roles(c, s, t, sd->src, &sd->ns, tgt, &nt, &sd->pairwise);
    sd->nS = sd->nT = sd->other = 0;
    if (sd->ns > 0)
        for (int i = 0; i < sd->ns; i++) fill_ref(&sd->S[sd->nS++], s, &s->act[sd->src[i]]);
    else if (sd->ns < 0)
        for (int i = 0; i < c->last_src.n; i++) fill_ref_ctx(&sd->S[sd->nS++], &c->last_src.r[i], sd->ev_s, sd->ev_e);
    for (int i = 0; i < nt; i++) {
        const actor *a = &s->act[tgt[i]];
        if (a->other) {
            sd->other = 1;
            continue;
        }
        /* a symmetric act runs both ways only with a partner: a direct
         * object, "with X", "X-szel", "X-et" (met Xi, tárgyalt Kínával),
         * not "agreed to stop attacks on Ukraine" */
        sd->partner[sd->nT] = s->x->hu ? (!a->tag[0] || !strcmp(a->tag, "INS") || !strcmp(a->tag, "ACC"))
                                       : (!a->after_prep || !strcmp(a->prep, "with") || !strcmp(a->prep, "between"));
        fill_ref(&sd->T[sd->nT++], s, a);
    }
}

/* "Több tízezren tüntettek Belgrádban": the protesters are the place's
 * civilians. */
static void protest_source(ent_coder *c, const sent *s, const trig *t, sides *sd) {
    const ent_sentence *x = s->x;
    for (size_t i = 0; i < x->nm && !sd->nS; i++) {
        const ent_mention *m = &x->m[i];
        if (!m->location || strlen(m->code) != 3 || x->clause[m->tok_start] != x->clause[t->k]) continue;
        ent_actor_ref *S = &sd->S[0];
        memset(S, 0, sizeof *S);
        snprintf(S->code, sizeof S->code, "%sCVL", m->code);
        S->start = m->start;
        S->end = m->end;
        S->entry = m->entry ? m->entry->source : NULL;
        S->name = m->entry ? m->entry->name : NULL;
        ent_code_split(S->code, S->country, S->role);
        sd->nS = 1;
        trace(c, "    the protesters are the people of %s", m->code);
    }
}

/* "US and British activists staged a protest in Beijing": protesters
 * abroad protest the country of the place (tests/real/GUIDE.md 4.7: the
 * object of the protest is the target); a protest at home that names no
 * object ("50,000 people demonstrated in Tbilisi") is not codable unless
 * the text names the government (protest_own_government). */
/* A protest at home with no stated object is against the protesters' own
 * government only when the text says so (tests/real/GUIDE.md 4.7): it
 * names that government ("President Vucic", "the government", "a kormány")
 * or calls the protest anti-government (class antigov: "anti-government",
 * "kormányellenes"). */
static int protest_own_government(ent_coder *c, const sent *s, sides *sd) {
    const ent_sentence *x = s->x;
    const ent_actor_ref *S = &sd->S[0];
    if (!S->country[0] || !strcmp(S->role, "GOV")) return 0;
    int said = 0;
    const actor *gov = NULL;
    for (size_t i = 0; i < s->nact && !gov; i++) {
        char c3[4], r3[8];
        ent_code_split(s->act[i].code, c3, r3);
        if (!strcmp(c3, S->country) && !strcmp(r3, "GOV")) gov = &s->act[i];
    }
    for (size_t i = 0; i < x->nm && !said; i++) said = !strcmp(x->m[i].code, "~GOV");
    for (size_t k = 0; k < x->n && !said; k++) said = tok_is(s, k, "antigov");
    if (!said && !gov) return 0;
    ent_actor_ref *T = &sd->T[0];
    if (gov) {
        fill_ref(T, s, gov);   /* "against President Vucic" */
    } else {
        memset(T, 0, sizeof *T);
        snprintf(T->code, sizeof T->code, "%sGOV", S->country);
        ent_code_split(T->code, T->country, T->role);
        T->start = S->start;   /* the evidence: the words that name the protesters */
        T->end = S->end;
        T->entry = S->entry;
        T->name = S->name;
    }
    trace(c, "    a protest against the protesters' own government: %s", T->code);
    return 1;
}

static int protest_abroad(ent_coder *c, const sent *s, const trig *t, sides *sd) {
    const ent_sentence *x = s->x;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < x->nm; i++) {
            const ent_mention *m = &x->m[i];
            if (!m->location || x->report[m->tok_start] || (pass == 0 && x->clause[m->tok_start] != x->clause[t->k])) continue;
            char c3[4], r3[8];
            ent_code_split(m->code, c3, r3);
            /* people named as protesting (activists, students, citizens), not
             * a government or army, nor states found by reference ("the two
             * nations are at odds over demonstrations in Stockholm") */
            int abroad = c3[0] != 0;
            for (int j = 0; j < sd->nS && abroad; j++)
                abroad = sd->S[j].country[0] && strcmp(sd->S[j].country, c3) && strcmp(sd->S[j].role, "GOV") && strcmp(sd->S[j].role, "MIL") &&
                         !(sd->ns > j && s->act[sd->src[j]].coref);
            if (!abroad) return 0;
            ent_actor_ref *T = &sd->T[0];
            memset(T, 0, sizeof *T);
            snprintf(T->code, sizeof T->code, "%s", c3);
            snprintf(T->country, sizeof T->country, "%s", c3);
            T->start = m->start;
            T->end = m->end;
            T->entry = m->entry ? m->entry->source : NULL;
            T->name = m->entry ? m->entry->name : NULL;
            trace(c, "    protesters abroad protest the country of the place: %s", T->code);
            return 1;
        }
    return 0;
}

/* Who the trigger acts on when roles() found no actor target: mutual acts,
 * a place, the protesters' own state, the target of the verb before it. */
static void settle_targets(ent_coder *c, sent *s, const trig *t, sides *sd, const evvec *ev, const sstate *st) {
    const ent_vpat *p = t->p;
    if (p->sym && sd->nS >= 2 && sd->nT) {
        int any_partner = 0;
        for (int j = 0; j < sd->nT; j++) any_partner |= sd->partner[j];
        if (!any_partner) sd->nT = 0;   /* "X, Y and Z began sharing data on W": among X, Y, Z */
    }
    /* "Both countries pledged to ...", "a két vezető vállalta": what the
     * pair of the last event intends or does with no one else named is
     * done between the two */
    int pair_src = sd->ns == 2 && s->act[sd->src[0]].coref && s->act[sd->src[1]].coref && s->act[sd->src[0]].ts == s->act[sd->src[1]].ts &&
                   p->code[0] == '0' && p->code[1] >= '3' && p->code[1] <= '6';
    sd->mutual = sd->other || sd->pairwise || (p->sym && !sd->nT && sd->nS >= 2) || (pair_src && !sd->nT);
    sd->domestic = 0;   /* an act on one's own country: same-country events are kept */
    sd->place = 0;
    if (sd->nT || sd->mutual) return;
    if (place_target(p->code) && place_after(s, t->k, p, &sd->T[0])) {
        sd->nT = 1;
        sd->partner[0] = 0;
        sd->place = 1;
        trace(c, "    the target is a place: %s", sd->T[0].code);
        /* "the Syrian air force dropped chlorine on Douma", "rebels seized
         * the town of Lashio": force used at home (17-20) */
        sd->domestic = (p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '7')) && sd->S[0].start < sd->ev_s && sd->S[0].role[0] &&
                       strcmp(sd->S[0].role, "CVL");
        return;
    }
    if (!strncmp(p->code, "14", 2) && (protest_abroad(c, s, t, sd) || protest_own_government(c, s, sd))) {
        sd->nT = 1;
        sd->partner[0] = 0;
        sd->domestic = 1;
        return;
    }
    /* "Romania summoned Russia's ambassador and demanded an explanation": a
     * second verb of the same subject acts on the same target */
    const ent_event *prev = ev->n > st->first_event ? &ev->v[ev->n - 1] : NULL;
    if (!s->x->hu && !p->say && t->k > 0 && !strcmp(norm(s, t->k - 1), "and") && prev && !strcmp(prev->source.code, sd->S[0].code) &&
        prev->cameo->code[0] == '1' && p->code[0] == '1' && !prev->negated && !prev->mood) {
        sd->T[0] = prev->target;
        sd->nT = 1;
        sd->partner[0] = 0;
        trace(c, "    the target of the verb before it: %s", sd->T[0].code);
    }
}

/* The events of one trigger: one per ordered pair of its sides. */
static void emit_pairs(ent_coder *c, const sent *s, const trig *t, const sides *sd, const verdict *v, const sstate *st, size_t sidx,
                       const char *date, evvec *ev) {
    const ent_sentence *x = s->x;
    const ent_vpat *p = t->p;
    char loc[8];
    uint32_t ls = 0, le = 0;
    int has_loc = find_location(s, t->k, loc, &ls, &le);
    const ent_actor_ref *A[64], *B[64];
    const ent_cameo *CM[64];
    int np = 0;
    /* back=CODE: "Putyin fogadta Kimet": the guest visits the host */
    const ent_cameo *back = p->back[0] && !v->one_way && v->cm == ent_codebook_get(c->cb, p->code) ? ent_codebook_get(c->cb, p->back) : NULL;
    if (sd->mutual && !sd->nT) {
        for (int i = 0; i < sd->nS; i++)
            for (int j = 0; j < sd->nS; j++)
                if (i != j && np < 64) CM[np] = v->cm, A[np] = &sd->S[i], B[np++] = &sd->S[j];
    } else {
        for (int i = 0; i < sd->nS; i++)
            for (int j = 0; j < sd->nT; j++) {
                /* rev: the target acts on the source ("drew condemnation from Y") */
                if (np < 64) CM[np] = v->cm, A[np] = p->rev ? &sd->T[j] : &sd->S[i], B[np] = p->rev ? &sd->S[i] : &sd->T[j], np++;
                if (p->sym && sd->partner[j] && !v->one_way && np < 64) CM[np] = v->cm, A[np] = &sd->T[j], B[np++] = &sd->S[i];
                else if (back && np < 64) CM[np] = back, A[np] = &sd->T[j], B[np++] = &sd->S[i];
            }
    }
    for (int i = 0; i < np; i++) {
        if (same_country(A[i], B[i]) && !(sd->domestic && strcmp(A[i]->code, B[i]->code) && A[i]->role[0])) {
            trace(c, "    -> skipped %s -> %s: same actor", A[i]->code, B[i]->code);
            continue;
        }
        if (emitted_in(ev, st->first_event, A[i], B[i], CM[i]->code)) continue;
        if (ev->n - st->first_event >= ENT_MAX_EVENTS_PER_SENTENCE) break;
        ent_event *e = new_event(ev);
        e->date = date;
        e->sentence = sidx;
        e->source = *A[i];
        e->target = *B[i];
        e->cameo = CM[i];
        e->ev_start = sd->ev_s;
        e->ev_end = sd->ev_e;
        e->verb_entry = p->source;
        e->negated = (uint8_t)v->neg;
        e->mood = v->md;
        set_reporter(e, x);
        if (has_loc) {
            e->has_location = 1;
            snprintf(e->loc_code, sizeof e->loc_code, "%s", loc);
            e->loc_start = ls;
            e->loc_end = le;
        }
        trace(c, "    -> event %s %s %s%s%s%s%s", A[i]->code, CM[i]->code, B[i]->code, v->neg ? " (negated)" : "", v->md ? " (" : "",
              v->md ? v->md : "", v->md ? ")" : "");
    }
}

/* "Trump közvetítésével nyilatkozatot írt alá": the go-between mediates
 * (045) for each party of a factual act. */
static void emit_mediation(ent_coder *c, const sent *s, const trig *t, const sides *sd, const sstate *st, size_t sidx, const char *date,
                           evvec *ev) {
    const ent_sentence *x = s->x;
    for (size_t i = 0; i < s->nact && ev->n > st->first_event; i++) {
        const actor *m = &s->act[i];
        if (!m->mediates || x->clause[m->ts] != x->clause[t->k]) continue;
        ent_actor_ref M;
        fill_ref(&M, s, m);
        const ent_cameo *mc = ent_codebook_get(c->cb, "045");
        for (int j = 0; mc && j < sd->nS; j++) {
            if (same_country(&M, &sd->S[j]) || emitted_in(ev, st->first_event, &M, &sd->S[j], "045")) continue;
            if (ev->n - st->first_event >= ENT_MAX_EVENTS_PER_SENTENCE) break;
            ent_event *e = new_event(ev);
            e->date = date;
            e->sentence = sidx;
            e->source = M;
            e->target = sd->S[j];
            e->cameo = mc;
            e->ev_start = x->tok[m->te].start;
            e->ev_end = x->tok[m->te].end;
            e->verb_entry = m->mediates->source;
            set_reporter(e, x);
            trace(c, "    -> event %s 045 %s (the go-between)", M.code, sd->S[j].code);
        }
    }
}

/* A statement's speaker and the first of its events: what it says may
 * turn them into a report (report_content). */
static void after_statement(ent_coder *c, const sent *s, const trig *t, const sides *sd, sstate *st, evvec *ev) {
    const ent_vpat *p = t->p;
    if (!p->say || !sd->nS) return;
    snprintf(st->say_src, sizeof st->say_src, "%s", sd->S[0].code);
    st->say_k = t->k;
    st->say_event = ev->n;   /* events from here on belong to the statement */
    for (size_t q = st->first_event; q < ev->n; q++)
        if (ev->v[q].verb_entry == p->source) {
            st->say_event = q;
            break;
        }
    /* "Belgrádban tárgyalt Vucsityval Orbán Viktor – tájékoztatta az MTI-t
     * Havasi Bertalan": a statement verb after an act already coded in the
     * sentence attributes that report (GUIDE 4.1) */
    if (st->say_event > st->first_event) report_attribution(c, s, st, ev);
}

/* The trigger's record (ent_coder_triggers): its index in c->trig. */
static size_t note_trigger(ent_coder *c, size_t sidx, const trig *t, uint32_t ev_s, uint32_t ev_e, int outcome) {
    if (c->ntrig == c->captrig) c->trig = ent_xrealloc(c->trig, (c->captrig = c->captrig ? 2 * c->captrig : 32) * sizeof *c->trig);
    ent_trigger *r = &c->trig[c->ntrig];
    memset(r, 0, sizeof *r);
    r->sentence = sidx;
    r->start = ev_s;
    r->end = ev_e;
    r->pattern = t->p;
    r->outcome = (uint8_t)outcome;
    return c->ntrig++;
}

static void code_trigger(ent_coder *c, sent *s, size_t k, sstate *st, size_t sidx, const char *adate, evvec *ev, ent_arena *ar) {
    const ent_sentence *x = s->x;
    trig t = {0};
    if (!best_pattern(c, s, k, &t, ar)) return;
    consume(s, &t);
    const ent_vpat *p = t.p;
    sides sd;
    sd.ev_s = x->tok[t.k].start, sd.ev_e = x->tok[t.k].end;
    if (t.k2 != (size_t)-1) {
        if (x->tok[t.k2].start < sd.ev_s) sd.ev_s = x->tok[t.k2].start;
        if (x->tok[t.k2].end > sd.ev_e) sd.ev_e = x->tok[t.k2].end;
    }
    if (casualty(c, s, k, &t, ev, st->first_event)) {
        note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_CASUALTY);
        return;
    }
    s->ntrig++;
    trace(c, "  trigger \"%.*s\" matches %s %s (%s)", (int)(sd.ev_e - sd.ev_s), x->a->text + sd.ev_s, p->code, p->lemma, p->source);
    if (p->block) {
        note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_BLOCKED);
        trace(c, "    -> no event: the pattern is marked --- (not an event)");
        return;
    }
    report_content(c, s, &t, st, ev);
    verdict v = {ent_codebook_get(c->cb, p->code), 0, NULL, 0, 0};
    st->my_governor = st->governor;
    st->gov_threat = st->governor_threat;
    if (governs_complement(p->code)) st->governor = (long)t.k, st->governor_threat = !strncmp(p->code, "13", 2);
    if (!v.cm) {
        note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_NO_CODE);
        trace(c, "    -> no event: code %s is not in the codebook", p->code);
        return;
    }
    find_sides(c, s, &t, &sd);
    if (p->say && sd.nS) {   /* a speaker, even when what he says names no actor */
        snprintf(st->say_src, sizeof st->say_src, "%s", sd.S[0].code);
        st->say_ref = sd.S[0];
        st->say_k = t.k;
    }
    if (!sd.nS && !strncmp(p->code, "14", 2)) protest_source(c, s, &t, &sd);
    if (!sd.nS) {
        note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_NO_SOURCE);
        trace(c, "    -> no event: no source actor found for it");
        return;
    }
    settle_targets(c, s, &t, &sd, ev, st);
    if (!sd.nT && !sd.mutual) {
        note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_NO_TARGET);
        trace(c, "    -> no event: no target actor%s", p->say ? " (a statement codes only when it is about another actor)" : "");
        return;
    }
    v.place = sd.place;
    decide_mood(c, s, &t, st, sd.S, sd.nS, &v);
    size_t ri = note_trigger(c, sidx, &t, sd.ev_s, sd.ev_e, ENT_TRIG_EVENT);
    ent_trigger *rec = &c->trig[ri];   /* after note_trigger: it may move c->trig */
    rec->coded = v.cm;
    rec->negated = (uint8_t)v.neg;
    rec->mood = v.md;
    const char *date = event_date(c, s, t.k, adate, ar);
    emit_pairs(c, s, &t, &sd, &v, st, sidx, date, ev);
    if (!v.neg && !v.md) emit_mediation(c, s, &t, &sd, st, sidx, date, ev);
    after_statement(c, s, &t, &sd, st, ev);
    /* English: the words between the verb and its target are its object
     * ("supplied millions of artillery shells to Russia"): no trigger; but
     * what a statement verb says is a clause of its own ("said on Monday it
     * had expelled two Iranian diplomats") */
    if (!x->hu && !p->noun && !p->say && sd.nT && ev->n > st->first_event)
        for (size_t j = t.k + 1; j < x->n && x->tok[j].start < sd.T[0].start && x->clause[j] == x->clause[t.k]; j++) s->used[j] = 1;
    /* remember who acted, for dropped subjects later */
    if (!v.neg) {
        st->new_src.n = 0;
        for (int i = 0; i < sd.nS && i < MAX_GROUP; i++) {
            ref *r = &st->new_src.r[st->new_src.n++];
            snprintf(r->code, sizeof r->code, "%.39s", sd.S[i].code);
            r->name = sd.S[i].name;
            r->entry = sd.S[i].entry;
            r->person = 0;
        }
        c->last_src = st->new_src;
    }
}

void code_sentence(ent_coder *c, sent *s, size_t sidx, const char *adate, evvec *ev, ent_arena *ar) {
    const ent_sentence *x = s->x;
    sstate st;
    memset(&st, 0, sizeof st);
    st.first_event = ev->n;
    st.governor = -1;
    st.say_k = st.say_event = (size_t)-1;
    for (size_t k = 0; k < x->n; k++) {
        if (s->used[k] || x->report[k] || x->tok[k].kind != ENT_TOK_WORD) continue;
        if (mention_at(s, k) >= 0) continue;   /* actors and role nouns (investigators, protesters) trigger nothing */
        int in_actor = 0;   /* "both states", "a két vezető": words of an actor trigger nothing */
        for (size_t i = 0; i < s->nact && !in_actor; i++) in_actor = s->act[i].ts <= k && k < s->act[i].te;
        if (in_actor) continue;
        code_trigger(c, s, k, &st, sidx, adate, ev, ar);
    }
    obligation_events(c, s, sidx, adate, &st, ev, ar);
    relations_comment(c, s, sidx, adate, &st, ev);
    remember_actors(c, s, st.new_src.n != 0);
}
