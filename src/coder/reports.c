/* reports.c - the reporting frame of a sentence and what a report codes.
 *
 * Contract. ent_an_find_reporter (part of the analysis) finds, in this
 * order, the first of: "according to X"; "X (kutatása|...) szerint"; a
 * closing reporting clause (", Interfax reported." / "— közölte az
 * Interfax."); an opening "Seoul said Pyongyang sent ..." whose reported
 * clause holds an actor and a verb of the verb dictionaries. It sets the
 * speaker (s->rep: span, code and entry of the first actor mention in it)
 * and marks the frame's tokens in s->report: they name no actor of the
 * reported event. Reporting verbs are the class "report" of
 * data/grammar.txt.
 *
 * The coder's side (tests/real/GUIDE.md 4.1: a report codes what is
 * reported): the speaker of a frame is never an actor and states nothing
 * by being one ("according to X", "X szerint", "– közölte az MTI" make no
 * 010); a statement verb (a say pattern) whose content holds a trigger of
 * the verb dictionaries reports that act, and its bare 01x events give way
 * (report_content), as they do when the verb follows an act already coded
 * (report_attribution); what a speaker says another actor must or should do is
 * his demand (10x) or appeal (02x) (obligation_events).
 */
#include "coder_int.h"

/* ---- the frame (analysis) ---- */

static const char *an_norm(const ent_sentence *s, size_t k) { return s->tok[k].norm; }

static int report_verb(const ent_sentence *s, size_t k) {
    if (ent_an_is(s, k, "report") && (s->hu || !s->tok[k].upper || k == 0)) return 1;
    if (!s->hu) return 0;
    for (int i = 0; i < s->nhun[k]; i++) {
        const ent_hun_info *h = s->hun[k * ENT_AN_HUN + i];
        if (h->pos == ENT_HUN_VERB && h->lemma && ent_an_word(s->an, "hu", "report", h->lemma)) return 1;
    }
    return 0;
}

/* The speaker span: a mention in [from,to) if any, else the words. */
static void set_reporter(ent_sentence *s, size_t from, size_t to) {
    while (from < to && s->tok[from].kind == ENT_TOK_PUNCT) from++;
    while (to > from && s->tok[to - 1].kind == ENT_TOK_PUNCT) to--;
    if (from >= to) return;
    s->rep.kind = 1;
    s->rep.start = s->tok[from].start;
    s->rep.end = s->tok[to - 1].end;
    s->rep.code[0] = 0;
    s->rep.entry = NULL;
    for (size_t k = from; k < to; k++) {
        int mi = ent_an_mention_at(s, k);
        if (mi >= 0 && !s->m[mi].location && s->m[mi].entry) {
            snprintf(s->rep.code, sizeof s->rep.code, "%s", s->m[mi].code);
            s->rep.entry = s->m[mi].entry;
            break;
        }
    }
}

/* "according to X" */
static int according_to(ent_sentence *s) {
    size_t n = s->n;
    for (size_t k = 0; k + 1 < n; k++) {
        if (strcmp(an_norm(s, k), "according") || strcmp(an_norm(s, k + 1), "to")) continue;
        size_t e = k + 2;
        while (e < n && s->clause[e] == s->clause[k] && s->tok[e].kind != ENT_TOK_PUNCT) e++;
        set_reporter(s, k + 2, e);
        for (size_t j = k; j < e; j++) s->report[j] = 1;
        if (s->rep.kind) s->rep.kind = 1;
        if (k > 0 && s->tok[k - 1].kind == ENT_TOK_PUNCT) s->report[k - 1] = 1;
        return 1;
    }
    return 0;
}

/* X (kutatása|jelentése|...) szerint */
static int hu_szerint(ent_sentence *s) {
    for (size_t k = 1; k < s->n; k++) {
        if (strcmp(an_norm(s, k), "szerint")) continue;
        size_t b = k;
        if (b > 0 && s->tok[b - 1].kind == ENT_TOK_WORD && !s->tok[b - 1].upper && ent_an_mention_at(s, b - 1) < 0) b--;
        size_t e = b;
        while (b > 0 && s->tok[b - 1].kind == ENT_TOK_WORD && (s->tok[b - 1].upper || ent_an_mention_at(s, b - 1) >= 0) &&
               !ent_an_is(s, b - 1, "article"))
            b--;
        if (b == e) continue;
        set_reporter(s, b, e);
        size_t from = b;
        while (from > 0 && ent_an_is(s, from - 1, "article")) from--;
        for (size_t j = from; j <= k; j++) s->report[j] = 1;
        return 1;
    }
    return 0;
}

/* a closing reporting clause: ", Interfax reported." / "— közölte az Interfax." */
static int closing_clause(ent_sentence *s) {
    size_t n = s->n;
    int last_clause = n ? s->clause[n - 1] : 0;
    if (!(last_clause > 0 || (n && s->tok[n - 1].kind == ENT_TOK_PUNCT))) return 0;
    size_t b = n;
    while (b > 0 && s->clause[b - 1] == last_clause) b--;
    /* English: the last comma-separated part */
    if (!s->hu || last_clause == 0) {
        size_t cb = n;
        while (cb > 0 && !(s->tok[cb - 1].kind == ENT_TOK_PUNCT && s->a->text[s->tok[cb - 1].start] == ',' &&
                           s->tok[cb - 1].end - s->tok[cb - 1].start == 1))
            cb--;
        if (cb > 0 && cb > b) b = cb;
    }
    if (b == 0 || b >= n) return 0;
    size_t e = n;
    while (e > b && s->tok[e - 1].kind == ENT_TOK_PUNCT) e--;
    size_t words = 0, rv = (size_t)-1;
    for (size_t k = b; k < e; k++) {
        if (s->tok[k].kind != ENT_TOK_WORD) continue;
        words++;
        if (rv == (size_t)-1 && report_verb(s, k)) rv = k;
    }
    if (rv == (size_t)-1 || words > 8) return 0;
    /* the speaker: the words other than the verb (and its preverb) */
    size_t sp_from = b, sp_to = e;
    if (rv == b || (rv == b + 1 && s->tok[b].kind == ENT_TOK_PUNCT)) {
        sp_from = rv + 1;
        while (sp_from < e && (ent_an_is(s, sp_from, "article") ||
                               (s->hu && ent_an_hun_verb(s, sp_from) == NULL && s->nhun[sp_from] &&
                                s->hun[sp_from * ENT_AN_HUN]->pos == ENT_HUN_PREVERB)))
            sp_from++;
    } else {
        sp_to = rv;
        while (sp_from < sp_to && ent_an_is(s, sp_from, "article")) sp_from++;
    }
    if (sp_from >= sp_to) return 0;
    set_reporter(s, sp_from, sp_to);
    if (s->rep.kind) s->rep.kind = 2;
    for (size_t j = b > 0 ? b - 1 : b; j < n; j++) s->report[j] = 1;
    return 1;
}

/* Does a clause after token k hold an actor followed by a verb of the verb
 * dictionaries (not a reporting verb)? "Seoul said Pyongyang sent troops":
 * Seoul reports. But in "Modi said ties with China improved" Modi speaks
 * about China: the statement is the event, coded by its say pattern. */
static int reported_clause(const ent_sentence *s, size_t k) {
    const ent_verbs *v = ent_an_verbs(s->an);
    if (!v) return 0;
    for (size_t j = k + 1; j < s->n; j++) {
        int mi = ent_an_mention_at(s, j);
        if (mi < 0 || !s->m[mi].entry || s->m[mi].location) continue;
        for (size_t q = s->m[mi].tok_end; q < s->n && q < s->m[mi].tok_end + 4; q++) {
            size_t np = 0;
            ent_verbs_find(v, "en", s->tok[q].stem, &np);
            const char *irr = ent_verbs_irregular(v, an_norm(s, q));
            if (!np && irr) ent_verbs_find(v, "en", irr, &np);
            if (np && !report_verb(s, q)) return 1;
        }
    }
    return 0;
}

/* English: "X said (that) ..." at the start of the sentence */
static int opening_said(ent_sentence *s) {
    size_t n = s->n;
    for (size_t k = 1; k + 1 < n && k < 10; k++) {
        if (!report_verb(s, k) || s->clause[k] != 0) continue;
        size_t from = 0;
        while (from < k && ent_an_is(s, from, "article")) from++;
        if (from >= k) return 0;
        for (size_t j = from; j < k; j++)
            if (s->tok[j].kind == ENT_TOK_PUNCT) return 0;
        if (!reported_clause(s, k)) return 0;
        set_reporter(s, from, k);
        if (s->rep.kind) s->rep.kind = 2;
        size_t upto = k + 1;
        if (upto < n && !strcmp(an_norm(s, upto), "that")) upto++;
        for (size_t j = 0; j < upto; j++) s->report[j] = 1;
        return 1;
    }
    return 0;
}

void ent_an_find_reporter(ent_sentence *s) {
    if (according_to(s)) return;
    if (s->hu && hu_szerint(s)) return;
    if (closing_clause(s)) return;
    if (!s->hu) opening_said(s);
}

/* ---- what a report codes (the coder) ---- */

/* Is the statement event e addressed to its target: the target right
 * after the statement verb ("told Mitsotakis", "informed the UN")? */
static int addressee(const sent *s, size_t say_k, const ent_event *e) {
    const ent_sentence *x = s->x;
    size_t j = say_k + 1;
    if (j < x->n && tok_is(s, j, "article")) j++;
    return j < x->n && x->tok[j].start == e->target.start;
}

/* A statement (a say pattern) codes itself only when the speech act is
 * the event (tests/real/GUIDE.md 4.1): a trigger of the verb dictionaries
 * in what it reports ("Kuwait announced that Saudi Arabia would reopen its
 * airspace", "Pakistan said the assault by India had killed 26 people")
 * makes it a report: its bare 01x events give way to what it reports,
 * coded or not, except those towards its addressee ("told Mitsotakis").
 * A trigger in a clause of time ("said ties were good after meeting Xi")
 * is when, not what, it was said. */
static void drop_statement(ent_coder *c, const sent *s, sstate *st, evvec *ev) {
    size_t w = st->say_event, dropped = 0;
    for (size_t q = st->say_event; q < ev->n; q++) {
        const ent_event *e = &ev->v[q];
        if (!strcmp(e->source.code, st->say_src) && !strncmp(e->cameo->code, "01", 2) && !addressee(s, st->say_k, e)) {
            trace(c, "    the statement %s %s %s reports this act: it gives way to it", e->source.code, e->cameo->code, e->target.code);
            dropped++;
            continue;
        }
        ev->v[w++] = *e;
    }
    ev->n = w;
    if (dropped || w == st->say_event) st->say_event = (size_t)-1;
}

void report_content(ent_coder *c, const sent *s, const trig *t, sstate *st, evvec *ev) {
    if (st->say_event == (size_t)-1 || t->p->say || t->p->block || t->k <= st->say_k) return;
    if (t->k > 0 && tok_is(s, t->k - 1, "when")) return;
    drop_statement(c, s, st, ev);
}

/* A statement verb that opens a closing clause after an act already coded
 * in its sentence ("Orbán Viktor tárgyalt Vucsityval – tájékoztatta az
 * MTI-t Havasi Bertalan") attributes that report: its bare
 * 01x events give way, except towards its addressee, and unless what it
 * says is a comment on relations ("a kapcsolatok fejlődnek, mióta
 * megkötötték ... – jelentette ki Kim"). */
void report_attribution(ent_coder *c, const sent *s, sstate *st, evvec *ev) {
    /* a closing attribution: the verb, or the speaker named right before
     * it, right after a comma, dash or lost dash (", Lavrov said on
     * Monday"); not a speaker's own verb after the setting of his words
     * ("Kim Dzsongun Putyinnal tárgyalva ... nevezte") */
    const ent_sentence *x = s->x;
    if (st->say_k == 0 || st->say_k == (size_t)-1) return;
    size_t sp = st->say_k;   /* the speaker's first word, when he is named right before the verb */
    while (sp > 0 && x->tok[sp - 1].end > st->say_ref.start && x->tok[sp - 1].kind != ENT_TOK_PUNCT) sp--;
    if (x->tok[st->say_k - 1].kind != ENT_TOK_PUNCT && (sp == 0 || sp == st->say_k || x->tok[sp].start != st->say_ref.start ||
                                                       x->tok[sp - 1].kind != ENT_TOK_PUNCT))
        return;
    int acts = 0;
    for (size_t q = st->first_event; q < st->say_event; q++) acts |= strncmp(ev->v[q].cameo->code, "01", 2) != 0;
    for (size_t k = 0; k < st->say_k && acts; k++) acts = !tok_is(s, k, "ties");   /* a comment on relations is the event */
    if (acts) drop_statement(c, s, st, ev);
}

/* The speaker of what the sentence reports at token k: the source of a
 * statement verb before k, or of a verb of warning or demanding before it,
 * else the sentence's reporting frame when its speaker is a known actor and
 * no news medium ("..., Japan said"). */
static int speaker_at(const sent *s, const sstate *st, const evvec *ev, size_t k, ent_actor_ref *R) {
    const ent_sentence *x = s->x;
    if (st->say_k != (size_t)-1 && st->say_k < k && st->say_src[0]) {
        *R = st->say_ref;
        return 1;
    }
    /* "Germany warned that Poland should ...": the source of a verb of
     * warning or demanding before it */
    for (size_t q = st->first_event; st->governor >= 0 && st->governor < (long)k && q < ev->n; q++)
        if (ev->v[q].ev_start == x->tok[st->governor].start) {
            *R = ev->v[q].source;
            return 1;
        }
    if (!x->rep.kind || !x->rep.code[0]) return 0;
    memset(R, 0, sizeof *R);
    snprintf(R->code, sizeof R->code, "%s", x->rep.code);
    R->start = x->rep.start;
    R->end = x->rep.end;
    if (x->rep.entry) {
        R->name = x->rep.entry->name;
        R->entry = x->rep.entry->source;
    }
    ent_code_split(R->code, R->country, R->role);
    return strcmp(R->role, "MED") != 0;
}

/* The code of an obligation at token k (class oblige): "must", "has to",
 * "needs to" (a demand, 100), "should", "ought to" (an appeal, 020); NULL
 * otherwise. */
static const char *obligation(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    const char *w = norm(s, k);
    if (!strchr("msohn", w[0]) || !tok_is(s, k, "oblige")) return NULL;   /* the first letter first: a lookup costs more */
    if (!strcmp(w, "must")) return "100";
    if (!strcmp(w, "should") || !strcmp(w, "ought")) return "020";
    return k + 1 < x->n && !strcmp(norm(s, k + 1), "to") ? "100" : NULL;
}

/* "Japan said China must release the detained businessman" = JPN 10x CHN,
 * "warned that Germany should not isolate itself" = 02x (tests/real/GUIDE.md
 * 4.1, 4.12): what a speaker says another actor must do is his demand of
 * it, what it should do his appeal to it; the actor is the subject right
 * before the modal. The speaker's bare statement or warning towards that
 * actor gives way to it ("warned that Germany should not isolate itself"
 * is advice, 02x). English; not in a question. */
void obligation_events(ent_coder *c, const sent *s, size_t sidx, const char *adate, sstate *st, evvec *ev, ent_arena *ar) {
    const ent_sentence *x = s->x;
    if (x->hu || !x->n || x->a->text[x->tok[x->n - 1].start] == '?') return;
    if (st->say_k == (size_t)-1 && st->governor < 0 && !x->rep.kind) return;   /* no speaker: most sentences */
    for (size_t k = 1; k < x->n; k++) {
        const char *code = x->report[k] ? NULL : obligation(s, k);
        ent_actor_ref R, T;
        if (!code || !speaker_at(s, st, ev, k, &R)) continue;
        const actor *a = NULL;
        for (size_t i = 0; i < s->nact && !a; i++)
            if (s->act[i].te == k && !s->act[i].after_prep && !s->act[i].possessor) a = &s->act[i];
        if (!a) continue;
        fill_ref(&T, s, a);
        const ent_cameo *cm = ent_codebook_get(c->cb, code);
        if (!cm || same_country(&R, &T) || emitted_in(ev, st->first_event, &R, &T, code)) continue;
        size_t w = st->first_event;   /* the speaker's bare statement or warning to it gives way (a warning that is advice is an appeal) */
        for (size_t q = st->first_event; q < ev->n; q++) {
            const ent_event *e = &ev->v[q];
            if (!strcmp(e->source.code, R.code) && !strcmp(e->target.code, T.code) && (!strncmp(e->cameo->code, "01", 2) || !strncmp(e->cameo->code, "13", 2)) &&
                e->ev_start < x->tok[k].start)
                continue;
            ev->v[w++] = *e;
        }
        ev->n = w;
        if (ev->n - st->first_event >= ENT_MAX_EVENTS_PER_SENTENCE) return;
        ent_event *e = new_event(ev);
        e->date = event_date(c, s, k, adate, ar);
        e->sentence = sidx;
        e->source = R;
        e->target = T;
        e->cameo = cm;
        e->ev_start = x->tok[k].start;
        e->ev_end = x->tok[k].end;
        e->verb_entry = ent_an_class_entry(c->an, "en", "oblige", norm(s, k));
        trace(c, "  \"%s\": %s says %s %s: coded %s", norm(s, k), R.code, T.code, strcmp(code, "100") ? "should act (an appeal)" : "must act (a demand)", code);
    }
}

/* "Lavrov said relations with Washington had hit rock bottom", "Szijjártó
 * szerint Magyarország és Szerbia álláspontja egyezik": a speaker's comment
 * on his side's relations with another actor is a statement to it (010;
 * tests/real/GUIDE.md 4.1, a comment on another actor) when the sentence
 * codes nothing else: the speaker of the reporting frame, a word of
 * relations (class ties) outside the frame, and the actors named in its
 * clause. A frame that only reports another's act states nothing. */
void relations_comment(ent_coder *c, const sent *s, size_t sidx, const char *adate, const sstate *st, evvec *ev) {
    const ent_sentence *x = s->x;
    ent_actor_ref R;
    if (ev->n != st->first_event || !x->rep.kind || !speaker_at(s, st, ev, x->n, &R)) return;
    long tie = -1;
    for (size_t k = 0; k < x->n && tie < 0; k++)
        if (!x->report[k] && tok_is(s, k, "ties")) tie = (long)k;
    const ent_cameo *cm = ent_codebook_get(c->cb, "010");
    for (size_t i = 0; cm && tie >= 0 && i < s->nact && ev->n - st->first_event < 8; i++) {
        const actor *a = &s->act[i];
        ent_actor_ref T;
        fill_ref(&T, s, a);
        if (a->coref || x->report[a->ts] || x->clause[a->ts] != x->clause[tie] || same_country(&R, &T) || emitted_in(ev, st->first_event, &R, &T, "010"))
            continue;
        ent_event *e = new_event(ev);
        e->date = adate;
        e->sentence = sidx;
        e->source = R;
        e->target = T;
        e->cameo = cm;
        e->ev_start = x->tok[tie].start;
        e->ev_end = x->tok[tie].end;
        e->verb_entry = ent_an_class_entry(c->an, x->hu ? "hu" : "en", "ties", norm(s, (size_t)tie));
        trace(c, "  the speaker %s comments on relations with %s (010)", R.code, T.code);
    }
}
