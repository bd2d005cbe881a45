/* actors.c - the actors of a sentence.
 *
 * Contract: build_actors turns the sentence's mentions (outside the
 * reporting frame) into actors, each with what decides its role: the
 * preposition before it (English), its case, a postposition after it, or
 * that it is the possessor of the next noun (Hungarian), read from the
 * analysis's phrases. A role noun with no country ("protesters", "the
 * police") takes the country of the place named ("protesters in Belgrade")
 * or of the country's police, courts or security service acting on them.
 * Then coreference (coref.c) adds what pronouns and "the two leaders"
 * refer to; actors are sorted by position and joined into compound groups
 * ("Japan and the Philippines"); in Hungarian a compound takes its case
 * from its last member ("Moszkva és Phenjan közötti").
 */
#include "coder_int.h"

void add_actor(sent *s, const actor *a) { s->act[s->nact++] = *a; }

/* The country of the first place named ("protesters in Belgrade" are
 * Serbian protesters). */
static const ent_mention *first_place(const ent_sentence *x) {
    for (size_t i = 0; i < x->nm; i++)
        if (x->m[i].location && strlen(x->m[i].code) == 3) return &x->m[i];
    return NULL;
}

/* With no place named, people that a country's police, courts or security
 * service act on are that country's ("Iranian police opened fire on
 * protesters"). */
static const char *home_country(const ent_sentence *x, const ent_mention *place) {
    if (place) return place->code;
    for (size_t i = 0; i < x->nm; i++) {
        const ent_mention *m = &x->m[i];
        size_t l = strlen(m->code);
        if (m->entry && m->agent && !m->location && l == 6 && m->code[0] != '~' &&
            (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "JUD") || !strcmp(m->code + 3, "SPY")))
            return m->code;
    }
    return NULL;
}

/* A bare role noun of the home country: "protesters" -> SRBCVL. Not
 * soldiers and weapons: "troops in Ukraine" are seldom Ukrainian. Returns 1
 * when the mention became an actor. */
static int home_agent(const ent_coder *c, sent *s, size_t i, const char *home, const ent_mention *place) {
    const ent_sentence *x = s->x;
    const ent_mention *m = &x->m[i];
    if (m->entry || !m->agent || !home || m->agent->code[0] != '~' || !strncmp(m->agent->code + 1, "MIL", 3) ||
        !strncmp(m->agent->code + 1, "UAF", 3) || coref_type(c, x->lang, norm(s, m->tok_end - 1)))
        return 0;
    if (!place && (!strcmp(m->agent->code + 1, "COP") || !strcmp(m->agent->code + 1, "JUD") || !strcmp(m->agent->code + 1, "SPY") ||
                   !strcmp(m->agent->code + 1, "GOV")))
        return 0;
    actor a;
    memset(&a, 0, sizeof a);
    a.ts = m->tok_start;
    a.te = m->tok_end;
    snprintf(a.code, sizeof a.code, "%.3s%.8s", home, m->agent->code + 1);
    /* "South Korea's National Intelligence Service": the possessor's */
    for (size_t q = 0; q < i; q++) {
        const ent_mention *p = &x->m[q];
        if (p->tok_end > m->tok_start || m->tok_start - p->tok_end > 2 || strcmp(p->tag, "GEN") || !p->entry || p->agent ||
            strlen(p->code) != 3 || p->code[0] == '~')
            continue;
        int name = 1;   /* "South Korea's National Intelligence Service" */
        for (uint32_t g = p->tok_end; g < m->tok_start; g++) name &= x->tok[g].kind == ENT_TOK_WORD && x->tok[g].upper;
        if (name) snprintf(a.code, sizeof a.code, "%.3s%.8s", p->code, m->agent->code + 1);
    }
    a.name = m->agent->name;
    a.entry = m->agent->source;
    snprintf(a.tag, sizeof a.tag, "%s", !strcmp(m->tag, "PL") || !strcmp(m->tag, "POSS") ? "" : m->tag);
    const ent_phrase *ph = &x->ph[i];
    if (ph->prep && ph->prep_at + 1 == a.ts) a.after_prep = 1, a.prep = ph->prep;
    add_actor(s, &a);
    return 1;
}

/* "Palesztina államot", "Szerbia kormányát": an actor followed by a word for
 * a state takes that word's case. */
static void hu_state_word(const ent_coder *c, const sent *s, actor *a) {
    if (a->tag[0] || a->te >= s->x->n || !s->x->nhun[a->te]) return;
    for (int i = 0; i < s->x->nhun[a->te]; i++) {
        const ent_hun_info *h = hun_at(s, a->te, i);
        if (h->stem && coref_type(c, "hu", h->stem) == ENT_CO_STATE && h->tag[0] && !h->poss) snprintf(a->tag, sizeof a->tag, "%s", h->tag);
    }
}

/* "a Kijev és európai szövetségesei által előterjesztett javaslatot": the
 * agent of a participle belongs to the noun phrase it modifies. */
static void hu_participle_agent(const sent *s, actor *a) {
    const ent_sentence *x = s->x;
    if (a->tag[0] || a->postp) return;
    for (uint32_t k = a->te; k < x->n && k < a->te + 5 && x->clause[k] == x->clause[a->ts] && x->tok[k].kind == ENT_TOK_WORD; k++) {
        if (!strcmp(norm(s, k), "által")) {
            char tg[6];
            const char *pp;
            if (ent_an_hu_head(x, k + 1, tg, &pp)) {
                if (pp) a->postp = 1, a->postp_w = pp;
                else snprintf(a->tag, sizeof a->tag, "%s", tg);
                a->weak = 1;
            }
            return;
        }
        int mk = mention_at(s, k);
        if ((mk >= 0 && !x->m[mk].location && k != a->te) || (hun_verb(s, k) && !ent_an_hun_participle(x, k))) return;
    }
}

/* Is the actor the first word of its clause (articles aside)? */
static int clause_initial(const sent *s, const actor *a) {
    for (uint32_t q = 0; q < a->ts; q++)
        if (s->x->clause[q] == s->x->clause[a->ts] && s->x->tok[q].kind == ENT_TOK_WORD && !tok_is(s, q, "article")) return 0;
    return 1;
}

/* Hungarian possessor: "Kína katonai parádéján" (nominative + possessed
 * noun). The possessor of an object is the target: "elítélte Észak-Korea
 * kísérletét" (condemned North Korea's test); but a sentence-initial name
 * before its own object is the subject: "Hszi Csin-ping részvétét fejezte
 * ki" (Xi expressed his condolences). */
/* Is token k a noun in the nominative with no other reading (no adjective
 * in -i, no possessed form)? */
static int hu_plain_noun(const sent *s, size_t k) {
    int noun = 0;
    for (int i = 0; i < s->x->nhun[k]; i++) {
        const ent_hun_info *h = hun_at(s, k, i);
        if (h->pos != ENT_HUN_NOUN || h->tag[0] || h->poss) return 0;
        noun = 1;
    }
    return noun;
}

static void hu_possessor(const sent *s, actor *a) {
    const ent_sentence *x = s->x;
    if (a->tag[0]) return;
    for (uint32_t k = a->te; k < x->n && k < a->te + 3 && x->tok[k].kind == ENT_TOK_WORD; k++) {
        char tg[6];
        int mk = mention_at(s, k);
        if (mk >= 0 && !x->m[mk].location) break;
        /* "Trump a Béketanács ülésén": an article opens a new noun phrase,
         * but not in "a drónok egy részét" */
        if (tok_is(s, k, "article") && !(k + 1 < x->n && ent_an_hun_poss_noun(x, k + 1, tg))) break;
        /* "Izrael kivonta csapatait": the verb ends the phrase; an
         * attributive participle does not ("a hírszerzés feltételezett
         * szabotázsakciói miatt") */
        if (hun_verb(s, k)) {
            int attr = 0;
            for (int i = 0; i < x->nhun[k]; i++) attr |= hun_at(s, k, i)->participle;
            if (attr && (k + 1 >= x->n || x->tok[k + 1].kind != ENT_TOK_WORD || hun_verb(s, k + 1) || x->clause[k + 1] != x->clause[k]))
                attr = 0;
            if (!attr) break;
            continue;
        }
        if (!ent_an_hun_poss_noun(x, k, tg)) {
            if (hu_plain_noun(s, k)) break;   /* "Szijjártó Péter pedig december elején": that noun is the possessor */
            continue;
        }
        a->possessor = 1;
        if (!tg[0] && k + 1 < x->n && tok_is(s, k + 1, "postp")) {
            a->postp = 1;
            a->postp_w = norm(s, k + 1);
            a->possessor = 0;
            return;
        }
        if (clause_initial(s, a) && a->person && !strcmp(tg, "ACC")) {
            a->possessor = 0;
            return;
        }
        if (!strcmp(tg, "ACC") || !strcmp(tg, "DAT") || !strcmp(tg, "INS") || !strcmp(tg, "SUB") || !strcmp(tg, "ALL"))
            snprintf(a->tag, sizeof a->tag, "%s", tg), a->possessor = 0;
        return;
    }
}

/* "Donald Trump közvetítésével" (through Trump's mediation): a go-between,
 * not the partner. */
static void hu_mediator(const ent_coder *c, const sent *s, actor *a) {
    if (a->te >= s->x->n) return;
    for (int i = 0; i < s->x->nhun[a->te]; i++) {
        const ent_hun_info *h = hun_at(s, a->te, i);
        if (!h->poss || !h->stem || strcmp(h->tag, "INS") || !is_word(c, "hu", "via", h->stem)) continue;
        snprintf(a->tag, sizeof a->tag, "MOD");
        a->possessor = 0;
        size_t np;
        const ent_vpat *const *ps = ent_verbs_find(c->v, "hu", h->stem, &np);
        for (size_t q = 0; q < np; q++)
            if (!strcmp(ps[q]->code, "045") && !ps[q]->ngroups) a->mediates = ps[q];
    }
}

/* A named actor (a country, person, organisation, or an adjective of place
 * whose noun is the object of the act). */
static void named_actor(const ent_coder *c, sent *s, size_t i) {
    const ent_sentence *x = s->x;
    const ent_mention *m = &x->m[i];
    const ent_phrase *ph = &x->ph[i];
    int adj_head = ph->head_tag[0] || ph->head_postp;
    /* "az amerikai termékekre": an adjective of place (-i) names an actor
     * when its noun is the object of the act */
    if (adj_head && m->location && !ph->head_postp && strcmp(ph->head_tag, "ACC") && strcmp(ph->head_tag, "DAT") &&
        strcmp(ph->head_tag, "INS") && strcmp(ph->head_tag, "SUB") && strcmp(ph->head_tag, "ALL"))
        adj_head = 0;
    if (!m->entry || (m->location && !adj_head)) return;
    actor a;
    memset(&a, 0, sizeof a);
    a.ts = m->tok_start;
    a.te = m->tok_end;
    snprintf(a.code, sizeof a.code, "%s", m->code);
    a.name = m->entry->name;
    a.entry = m->entry->source;
    snprintf(a.tag, sizeof a.tag, "%s", !strcmp(m->tag, "PL") || !strcmp(m->tag, "POSS") ? "" : m->tag);
    a.person = m->entry->kind == ENT_K_PERSON;
    /* "Franciaország újabb ötszáz katonát vezényelt": a country name and a
     * role noun in a case that does not say whose (not "katonáit") are the
     * subject and its object: the country alone is the actor */
    char tg[6];
    if (x->hu && m->agent && m->entry->kind == ENT_K_COUNTRY && m->tag[0] && !adj_head && !ent_an_hun_poss_noun(x, m->tok_end - 1, tg)) {
        uint32_t e = a.ts + 1;
        while (e < a.te - 1 && x->tok[e].upper) e++;
        a.te = e;
        snprintf(a.code, sizeof a.code, "%s", m->entry->code);
        a.tag[0] = 0;
        add_actor(s, &a);
        return;
    }
    if (ph->prep) a.after_prep = 1, a.prep = ph->prep;
    if (x->hu && ph->postp) a.postp = 1, a.postp_w = ph->postp;
    if (adj_head) {
        if (ph->head_postp) a.postp = 1, a.postp_w = ph->head_postp;
        else snprintf(a.tag, sizeof a.tag, "%s", ph->head_tag);
        if (m->location) snprintf(a.code, sizeof a.code, "%.3s", m->code);
    }
    if (x->hu) {
        hu_state_word(c, s, &a);
        hu_participle_agent(s, &a);
        hu_possessor(s, &a);
        hu_mediator(c, s, &a);
    }
    add_actor(s, &a);
}

static void sort_actors(sent *s) {
    /* by position (insertion sort: few actors) */
    for (size_t i = 1; i < s->nact; i++)
        for (size_t j = i; j > 0 && s->act[j - 1].ts > s->act[j].ts; j--) {
            actor t = s->act[j];
            s->act[j] = s->act[j - 1];
            s->act[j - 1] = t;
        }
}

/* Are actors i-1 and i members of one compound ("Japan and the
 * Philippines", "X, Y and Z")? */
static int joined(const sent *s, size_t i) {
    const ent_sentence *x = s->x;
    uint32_t a = s->act[i - 1].te, b = s->act[i].ts;
    if (!(b > a && b - a <= 3 && x->clause[a] == x->clause[b])) return 0;
    int has_coord = 0;   /* an article alone does not join two actors */
    for (uint32_t k = a; k < b; k++) {
        if (!tok_is(s, k, "coord") && !tok_is(s, k, "article") && !is_punct(s, k, ',')) return 0;
        has_coord |= !tok_is(s, k, "article");
    }
    if (!has_coord) return 0;
    return !(x->hu && strcmp(s->act[i - 1].tag, s->act[i].tag) && s->act[i - 1].tag[0]);
}

/* Compound groups: members joined by and/és/commas, the same span for the
 * two of a coreference ("the two leaders"). */
static void group_actors(sent *s) {
    int gid = 0;
    for (size_t i = 0; i < s->nact; i++) {
        if (i > 0 && s->act[i].ts == s->act[i - 1].ts && s->act[i].coref && s->act[i - 1].coref) {
            s->act[i].group = s->act[i - 1].group;
            continue;
        }
        s->act[i].group = i > 0 && joined(s, i) ? s->act[i - 1].group : ++gid;
    }
    /* in Hungarian a compound takes its case from its last member: "Moszkva és Phenjan közötti" */
    for (size_t i = s->nact; i-- > 1;)
        if (s->act[i - 1].group == s->act[i].group) {
            if (!s->act[i - 1].tag[0]) memcpy(s->act[i - 1].tag, s->act[i].tag, sizeof s->act[i].tag);
            s->act[i - 1].postp |= s->act[i].postp;
            if (!s->act[i - 1].postp_w) s->act[i - 1].postp_w = s->act[i].postp_w;
            s->act[i - 1].possessor |= s->act[i].possessor;
        }
}

void build_actors(ent_coder *c, sent *s, ent_arena *ar) {
    const ent_sentence *x = s->x;
    s->act = ent_arena_alloc(ar, (x->nm + x->n + 1) * sizeof *s->act);
    s->nact = 0;
    const ent_mention *place = first_place(x);
    const char *home = home_country(x, place);
    for (size_t i = 0; i < x->nm; i++) {
        if (x->report[x->m[i].tok_start]) continue;
        if (!home_agent(c, s, i, home, place)) named_actor(c, s, i);
    }
    coref_actors(c, s);
    sort_actors(s);
    group_actors(s);
}
