/* coref.c - coreference: who a word that names no one refers to.
 *
 * Contract.
 *   - ent_an_short_names (part of the analysis): a person named in full
 *     anywhere in the article ("North Korean leader Kim Jong Un") is the
 *     referent of the bare first or last word of that name elsewhere in it
 *     ("Putin and Kim meet"); a word two people's names share stays unknown.
 *   - coref_actors adds to a sentence's actors what its pronouns and
 *     plural nouns refer to (data/coref.txt): "it", "them" after the
 *     clause's subject are an object (another actor); "he", "they", "ők"
 *     are the subject named before in the sentence, the speaker of the
 *     report, or the last source; "the other", "a másiknak" the partner of
 *     each source; "the two leaders", "mindkét ország", "az országok" the
 *     two who last acted on each other, else the last two named.
 *   - remember_actors and remember_pair keep the article context: the
 *     actors that took part (for "the two countries"), the last subject
 *     (for a dropped subject) and the last pair of countries.
 */
#include "coder_int.h"

/* ---- short names (analysis) ---- */

typedef struct shortname {
    const char *word;          /* folded */
    const ent_mention *m;      /* the full mention (code at the article date) */
    int ambiguous;
} shortname;

static size_t collect_shortnames(ent_text *t, const ent_sentence *ss, size_t nsent, shortname *sn, size_t cap, ent_arena *ar) {
    size_t n = 0;
    for (size_t i = 0; i < nsent; i++)
        for (size_t q = 0; q < ss[i].nm; q++) {
            const ent_mention *m = &ss[i].m[q];
            if (!m->entry || m->entry->kind != ENT_K_PERSON || m->location || !m->entry->name) continue;
            const char *nm = m->entry->name, *sp1 = strchr(nm, ' '), *sp2 = strrchr(nm, ' ');
            if (!sp1) continue;
            const char *w[2];
            w[0] = ent_text_fold(t, nm, (size_t)(sp1 - nm), ar);
            w[1] = ent_text_fold(t, sp2 + 1, strlen(sp2 + 1), ar);
            for (int k = 0; k < 2; k++) {
                if (!w[k] || strlen(w[k]) < 3) continue;
                size_t j = 0;
                while (j < n && strcmp(sn[j].word, w[k])) j++;
                if (j < n) {
                    if (strcmp(sn[j].m->code, m->code)) sn[j].ambiguous = 1;
                } else if (n < cap) {
                    sn[n].word = w[k], sn[n].m = m, sn[n].ambiguous = 0;
                    n++;
                }
            }
        }
    return n;
}

static void add_shortnames(ent_sentence *s, const shortname *sn, size_t nsn, uint8_t *used, ent_arena *ar) {
    size_t add = 0;
    for (size_t j = 0; j < s->n; j++) used[j] = 0;
    for (size_t q = 0; q < s->nm; q++)
        for (uint32_t j = s->m[q].tok_start; j < s->m[q].tok_end && j < s->n; j++) used[j] = 1;
    ent_mention *nm = NULL;
    for (int pass = 0; pass < 2; pass++) {
        size_t o = 0, q = 0;
        for (size_t j = 0; j <= s->n; j++) {
            while (pass && q < s->nm && s->m[q].tok_start <= j) nm[o++] = s->m[q++];
            if (j == s->n || used[j] || s->tok[j].kind != ENT_TOK_WORD || !s->tok[j].upper) continue;
            for (size_t k = 0; k < nsn; k++) {
                if (sn[k].ambiguous || strcmp(sn[k].word, s->tok[j].norm)) continue;
                if (!pass) {
                    add++;
                } else {
                    ent_mention *m = &nm[o++];
                    *m = *sn[k].m;
                    m->tok_start = (uint32_t)j, m->tok_end = (uint32_t)j + 1;
                    m->start = s->tok[j].start, m->end = s->tok[j].end;
                    m->agent = NULL;
                    m->tag[0] = 0;
                }
                break;
            }
        }
        if (!add) break;
        if (!pass) nm = ent_arena_alloc(ar, (s->nm + add) * sizeof *nm);
        else s->m = nm, s->nm = o;
    }
}

void ent_an_short_names(ent_text *t, ent_sentence *ss, size_t n, ent_arena *ar) {
    shortname sn[64];
    size_t nsn = collect_shortnames(t, ss, n, sn, 64, ar);
    if (!nsn) return;
    size_t maxn = 0;
    for (size_t i = 0; i < n; i++)
        if (ss[i].n > maxn) maxn = ss[i].n;
    uint8_t *used = ent_arena_alloc(ar, maxn + 1);
    for (size_t i = 0; i < n; i++) add_shortnames(&ss[i], sn, nsn, used, ar);
}

/* ---- the article context ---- */

static void push_hist(ent_coder *c, const char *code, const char *name, const char *entry, int person) {
    if (c->nhist == MAX_HIST) {
        memmove(c->hist, c->hist + 1, (MAX_HIST - 1) * sizeof *c->hist);
        c->nhist--;
    }
    ref *r = &c->hist[c->nhist++];
    snprintf(r->code, sizeof r->code, "%s", code);
    r->name = name;
    r->entry = entry;
    r->person = (uint8_t)person;
}

static int is_leader(const ref *r) {
    size_t l = strlen(r->code);
    return r->person || (l >= 6 && !strcmp(r->code + 3, "GOV"));
}

/* The two who last acted on each other, as the wanted type. */
static int event_pair(const ent_coder *c, int type, ref out[2]) {
    int n = 0;
    for (int i = 0; i < 2; i++) {
        ref r = c->ev_pair[i];
        if (type == ENT_CO_LEADER && !is_leader(&r)) break;
        if (type == ENT_CO_STATE) {
            char c3[4], role[8];
            ent_code_split(r.code, c3, role);
            snprintf(r.code, sizeof r.code, "%s", c3);
        }
        out[n++] = r;
    }
    return n;
}

/* The last two distinct actors of the wanted type, named before token k of
 * this sentence or in earlier sentences. */
static int recent_pair(ent_coder *c, const sent *s, size_t before, int type, ref out[2]) {
    ref pool[MAX_HIST + 64];
    int np = 0;
    for (int i = 0; i < c->nhist; i++) pool[np++] = c->hist[i];
    for (size_t i = 0; i < s->x->nm && np < MAX_HIST + 64; i++) {
        const ent_mention *m = &s->x->m[i];
        if (m->tok_start >= before || m->location || !m->entry) continue;
        ref *r = &pool[np++];
        snprintf(r->code, sizeof r->code, "%s", m->code);
        r->name = m->entry->name;
        r->entry = m->entry->source;
        r->person = m->entry->kind == ENT_K_PERSON || (m->agent && !strcmp(m->agent->code, "~GOV"));
    }
    /* "Putin met Kim, hours after both watched the parade alongside Xi. The
     * two leaders held talks": the two who last acted on each other, not
     * the last two named */
    if (c->has_ev_pair && event_pair(c, type, out) == 2) return 2;
    int n = 0;
    for (int i = np - 1; i >= 0 && n < 2; i--) {
        ref r = pool[i];
        if (type == ENT_CO_LEADER && !is_leader(&r)) continue;
        if (type == ENT_CO_STATE) {
            char c3[4], role[8];
            ent_code_split(r.code, c3, role);
            if (!c3[0]) continue;
            snprintf(r.code, sizeof r.code, "%s", c3);
        }
        int dup = 0;
        for (int j = 0; j < n; j++)
            if (!strncmp(out[j].code, r.code, 3)) dup = 1;
        if (!dup) out[n++] = r;
    }
    return n;
}

/* ---- pronouns and plural nouns ---- */

static actor coref_actor(uint32_t ts, uint32_t te, const char *code, const char *name, const char *entry, const char *tag) {
    actor b;
    memset(&b, 0, sizeof b);
    b.ts = ts;
    b.te = te;
    b.coref = 1;
    snprintf(b.code, sizeof b.code, "%s", code);
    b.name = name;
    b.entry = entry;
    snprintf(b.tag, sizeof b.tag, "%s", tag);
    return b;
}

/* The subject of token k's clause so far: its last actor before k not
 * after a preposition. */
static const char *clause_subject(const sent *s, size_t k) {
    const char *subj = NULL;
    for (size_t i = 0; i < s->nact; i++)
        if (s->act[i].ts < k && s->x->clause[s->act[i].ts] == s->x->clause[k] && !s->act[i].after_prep) subj = s->act[i].code;
    return subj;
}

/* "it", "them" as an object: an earlier actor of the sentence outside this
 * clause's subject, else the last source ("Kim welcomed him"). */
static void coref_object(ent_coder *c, sent *s, size_t k, int ty, const char *tag) {
    const char *subj = clause_subject(s, k);
    const char *t = s->x->hu ? tag : "";
    for (size_t i = s->nact; i-- > 0;) {
        const actor *b0 = &s->act[i];
        if (b0->coref || b0->ts >= k || (subj && !strcmp(b0->code, subj))) continue;
        actor b = coref_actor((uint32_t)k, (uint32_t)k + 1, b0->code, b0->name, b0->entry, t);
        add_actor(s, &b);
        return;
    }
    for (int g = 0; g < c->last_src.n; g++) {
        if (subj && !strcmp(subj, c->last_src.r[g].code)) continue;
        const ref *r = &c->last_src.r[g];
        actor b = coref_actor((uint32_t)k, (uint32_t)k + 1, r->code, r->name, r->entry, t);
        add_actor(s, &b);
        if (ty == ENT_CO_OBJ) break;
    }
}

/* "Trump said he would ...": an antecedent in the same sentence, else the
 * speaker ("Iran said it would ..."), else the last source. */
static void coref_subject(ent_coder *c, sent *s, size_t k, const actor *a) {
    for (size_t i = s->nact; i-- > 0;) {
        const actor *b0 = &s->act[i];
        if (b0->coref || b0->ts >= k || b0->after_prep || (s->x->hu && b0->tag[0])) continue;
        actor b = *a;
        snprintf(b.code, sizeof b.code, "%s", b0->code);
        b.name = b0->name;
        b.entry = b0->entry;
        add_actor(s, &b);
        return;
    }
    const ent_reporter *rep = &s->x->rep;
    if (rep->kind && rep->entry && rep->code[0]) {
        actor b = *a;
        snprintf(b.code, sizeof b.code, "%s", rep->code);
        b.name = rep->entry->name;
        b.entry = rep->entry->source;
        add_actor(s, &b);
        return;
    }
    for (int g = 0; g < c->last_src.n; g++) {
        actor b = *a;
        snprintf(b.code, sizeof b.code, "%s", c->last_src.r[g].code);
        b.name = c->last_src.r[g].name;
        b.entry = c->last_src.r[g].entry;
        b.group = -2;   /* joined below */
        add_actor(s, &b);
    }
}

/* English: is the pronoun at k followed by a finite verb or an auxiliary
 * ("said on Monday it had expelled"), so that it is a subject? */
static int subject_of_next_verb(const ent_sentence *x, size_t k) {
    if (x->hu || !x->pos || k + 1 >= x->n) return 0;
    int t = x->pos[k + 1];
    return t == ENT_POS_AUX || t == ENT_POS_VBD || t == ENT_POS_VBP;
}

/* The coreference type of token k (a Hungarian form through its stem, whose
 * case goes to tag), or ENT_CO_NONE. */
/* English: is the noun at k a definite phrase of its own: "the", "both",
 * "two" or a possessive pronoun before it, past adjectives ("the two
 * neighbouring countries", "the leaders"), and no noun after it ("the
 * state media", "a state visit")? */
static int definite(const ent_coder *c, const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    size_t j = k;
    while (j > 0 && x->pos && x->pos[j - 1] == ENT_POS_ADJ) j--;
    if (j == 0 || (x->pos && k + 1 < x->n && x->pos[k + 1] == ENT_POS_NOUN)) return 0;   /* "a state visit": a modifier */
    const char *w = norm(s, j - 1);
    return strcmp(w, "a") && strcmp(w, "an") && (!strcmp(w, "the") || coref_type(c, "en", w) == ENT_CO_TWO || tok_is(s, j - 1, "det"));
}

/* English "the country", "the country's": a singular word for a state
 * (data/coref.txt state) right after "the" (its possessive too). */
static int definite_state(const ent_coder *c, const sent *s, size_t k) {
    const char *w = norm(s, k);
    size_t l = strlen(w);
    char base[64];
    if (k == 0 || strcmp(norm(s, k - 1), "the") || l >= sizeof base) return 0;
    memcpy(base, w, l + 1);
    if (l > 2 && !strcmp(base + l - 2, "'s")) base[l - 2] = 0;
    else if (l > 4 && !strcmp(base + l - 4, "\xE2\x80\x99s")) base[l - 4] = 0;
    else return 0;
    return coref_type(c, "en", base) == ENT_CO_STATE && base[strlen(base) - 1] != 's';
}

static int coref_word(const ent_coder *c, const sent *s, size_t k, char tag[6]) {
    const ent_sentence *x = s->x;
    if (x->tok[k].kind != ENT_TOK_WORD || x->report[k] || mention_at(s, k) >= 0) {
        /* a bare role noun ("a két vezető") is a mention with no entry */
        int mi = mention_at(s, k);
        if (mi < 0 || x->m[mi].entry || (size_t)x->m[mi].tok_start != k) return ENT_CO_NONE;
    }
    const char *w = norm(s, k);
    int ty = coref_type(c, x->lang, w);
    if (!x->hu && !ty && definite_state(c, s, k)) {
        snprintf(tag, 6, "GEN");   /* "the country's foreign minister" */
        return ENT_CO_STATE;
    }
    /* English: "other militants", "several other countries", "Western
     * countries" refer to no one named before: "other" before a noun, and a
     * plural noun with no "the", "both" or "two" before it */
    if (!x->hu && ty == ENT_CO_OTHER && x->pos && k + 1 < x->n && (x->pos[k + 1] == ENT_POS_NOUN || x->pos[k + 1] == ENT_POS_PROPN))
        return ENT_CO_NONE;
    if (!x->hu && (ty == ENT_CO_STATE || ty == ENT_CO_LEADER || ty == ENT_CO_PARTY) && !definite(c, s, k)) return ENT_CO_NONE;
    for (int i = 0; !ty && x->hu && i < x->nhun[k]; i++) {
        const ent_hun_info *h = hun_at(s, k, i);
        if (h->stem && (ty = coref_type(c, "hu", h->stem))) snprintf(tag, 6, "%s", h->tag);
    }
    /* "the United States would strike it": "it" after the clause's own
     * subject is an object, referring to someone else */
    if ((ty == ENT_CO_SELF || ty == ENT_CO_THEY) && (!strcmp(w, "it") || !strcmp(w, "them")) && k > 0 &&
        !tok_is(s, k - 1, "report") && !tok_is(s, k - 1, "coord") && strcmp(norm(s, k - 1), "that") &&
        x->tok[k - 1].kind == ENT_TOK_WORD && !subject_of_next_verb(x, k)) {
        for (size_t i = 0; i < s->nact; i++)
            if (s->act[i].ts < k && x->clause[s->act[i].ts] == x->clause[k] && !s->act[i].after_prep && !s->act[i].coref)
                return ty == ENT_CO_SELF ? ENT_CO_OBJ : ENT_CO_OBJS;
    }
    return ty;
}

/* "the country", "the nation" (English, singular): the last country named
 * before it in the sentence (an actor or a place: "visited Beijing ... the
 * country's foreign minister"), else in the article; "the country's" with
 * a role noun after it is that country's role ("the country's foreign
 * minister" = CHNGOV). */
static void the_country(ent_coder *c, sent *s, size_t k, actor *a) {
    const ent_sentence *x = s->x;
    char c3[4] = "", role[8];
    for (size_t i = 0; i < x->nm; i++) {
        const ent_mention *m = &x->m[i];
        if (m->tok_start >= k || x->report[m->tok_start] || !m->entry) continue;
        char cc[4];
        ent_code_split(m->code, cc, role);
        if (cc[0]) memcpy(c3, cc, sizeof c3);
    }
    if (!c3[0]) memcpy(c3, c->last_country, sizeof c3);
    if (!c3[0]) return;
    a->ts = (uint32_t)k - 1;
    snprintf(a->code, sizeof a->code, "%s", c3);
    int mi = k + 1 < x->n ? mention_at(s, k + 1) : -1;
    if (!strcmp(a->tag, "GEN") && mi >= 0 && !x->m[mi].entry && x->m[mi].agent && x->m[mi].agent->code[0] == '~' &&
        x->m[mi].tok_start == k + 1) {
        snprintf(a->code, sizeof a->code, "%s%.8s", c3, x->m[mi].agent->code + 1);
        a->te = x->m[mi].tok_end;
        a->tag[0] = 0;
    }
    trace(c, "  coreference: \"%.*s\" -> %s", (int)(x->tok[a->te - 1].end - x->tok[a->ts].start), x->a->text + x->tok[a->ts].start, a->code);
    add_actor(s, a);
}

/* A referring noun or pronoun at token k: "the other" (the partner of each
 * source); "he", "they" (coref_subject); "the two leaders", "a két
 * szövetséges ország", "az országok": the pair of actors named before. */
static void coref_noun(ent_coder *c, sent *s, size_t k, int ty, const char *tag) {
    const ent_sentence *x = s->x;
    const char *w = norm(s, k);
    int pair = k > 0 && coref_type(c, x->lang, norm(s, k - 1)) == ENT_CO_TWO;
    if (!pair && k > 1 && coref_type(c, x->lang, norm(s, k - 1)) == ENT_CO_NONE &&
        coref_type(c, x->lang, norm(s, k - 2)) == ENT_CO_TWO && x->tok[k - 1].kind == ENT_TOK_WORD)
        pair = 1;   /* "a két szövetséges ország", "the two neighbouring countries" */
    int hu_plural = 0;   /* "a vezetők", not "vezetőnek" (-nek is no plural) */
    for (int i = 0; x->hu && i < x->nhun[k]; i++) hu_plural |= hun_at(s, k, i)->plural;
    if (x->hu && !x->nhun[k]) hu_plural = strlen(w) > 2 && w[strlen(w) - 1] == 'k';
    int plural_noun = (ty == ENT_CO_LEADER || ty == ENT_CO_STATE || ty == ENT_CO_PARTY) && !pair &&
                      (x->hu ? hu_plural : w[strlen(w) - 1] == 's' && strcmp(tag, "GEN"));
    actor a;
    memset(&a, 0, sizeof a);
    a.ts = (uint32_t)(pair ? k - 1 : k);
    while (a.ts > 0 && (coref_type(c, x->lang, norm(s, a.ts - 1)) == ENT_CO_TWO || tok_is(s, a.ts - 1, "article"))) a.ts--;
    a.te = (uint32_t)k + 1;
    snprintf(a.tag, sizeof a.tag, "%s", tag);
    a.coref = 1;
    if (ty == ENT_CO_OTHER) {
        a.other = 1;
        snprintf(a.code, sizeof a.code, "~OTHER");
        add_actor(s, &a);
        return;
    }
    if (ty == ENT_CO_SELF || ty == ENT_CO_THEY) {
        coref_subject(c, s, k, &a);
        return;
    }
    if (!x->hu && !pair && !plural_noun && ty == ENT_CO_STATE) {
        the_country(c, s, k, &a);
        return;
    }
    if (!pair && !plural_noun) return;
    ref r[2];
    if (recent_pair(c, s, a.ts, ty == ENT_CO_PARTY ? ENT_CO_STATE : ty, r) < 2) return;
    trace(c, "  coreference: \"%.*s\" -> %s and %s", (int)(x->tok[k].end - x->tok[a.ts].start), x->a->text + x->tok[a.ts].start,
          r[0].code, r[1].code);
    for (int g = 0; g < 2; g++) {
        actor b = a;
        snprintf(b.code, sizeof b.code, "%.39s", r[g].code);
        b.name = r[g].name;
        b.entry = r[g].entry;
        b.person = r[g].person;
        add_actor(s, &b);
    }
}

void coref_actors(ent_coder *c, sent *s) {
    for (size_t k = 0; k < s->x->n; k++) {
        char tag[6] = "";
        int ty = coref_word(c, s, k, tag);
        if (!ty || ty == ENT_CO_TWO) continue;
        if (ty == ENT_CO_OBJ || ty == ENT_CO_OBJS) coref_object(c, s, k, ty, tag);
        else coref_noun(c, s, k, ty, tag);
    }
}

/* ---- what the article remembers ---- */

/* A clause subject with no event still becomes "the last actor"
 * (had_source: an event of the sentence already set it); and the actors
 * that take part (subjects, objects, partners), not possessors ("China's
 * parade") nor places and directions ("toward China"), are remembered for
 * "the two countries" later. */
void remember_actors(ent_coder *c, const sent *s, int had_source) {
    const ent_sentence *x = s->x;
    for (size_t i = 0; i < x->nm; i++) {   /* "the country" later: the last country named, actor or place */
        char cc[4], role[8];
        if (x->report[x->m[i].tok_start] || !x->m[i].entry) continue;
        ent_code_split(x->m[i].code, cc, role);
        if (cc[0]) memcpy(c->last_country, cc, sizeof cc);
    }
    for (size_t i = 0; i < s->nact && !had_source; i++) {
        const actor *a = &s->act[i];
        if (a->coref || (x->hu ? !hu_nominative(a) : a->after_prep)) continue;
        c->last_src.n = 0;
        for (size_t j = i; j < s->nact && s->act[j].group == a->group && c->last_src.n < MAX_GROUP; j++) {
            ref *r = &c->last_src.r[c->last_src.n++];
            snprintf(r->code, sizeof r->code, "%s", s->act[j].code);
            r->name = s->act[j].name;
            r->entry = s->act[j].entry;
        }
        break;
    }
    for (size_t i = 0; i < s->nact; i++) {
        const actor *a = &s->act[i];
        if (a->coref || a->possessor || !strcmp(a->tag, "GEN")) continue;
        if (!x->hu && a->after_prep && strcmp(a->prep, "with") && strcmp(a->prep, "between") && strcmp(a->prep, "by") &&
            strcmp(a->prep, "and"))
            continue;
        if (x->hu && (ent_an_locative(a->tag) || (a->postp_w && !is_word(c, "hu", "between", a->postp_w))))
            continue;
        push_hist(c, a->code, a->name, a->entry, a->person || (strlen(a->code) >= 6 && !strcmp(a->code + 3, "GOV")));
    }
}

/* The sentence's first (main-clause) event between two countries becomes
 * the pair "the two leaders" refers to. */
void remember_pair(ent_coder *c, const ent_event *ev, size_t n) {
    for (size_t q = 0; q < n; q++) {
        const ent_event *e = &ev[q];
        if (e->negated || !e->source.country[0] || !e->target.country[0] || !strcmp(e->source.country, e->target.country))
            continue;
        const ent_actor_ref *x[2] = {&e->source, &e->target};
        for (int j = 0; j < 2; j++) {
            memset(&c->ev_pair[j], 0, sizeof c->ev_pair[j]);
            snprintf(c->ev_pair[j].code, sizeof c->ev_pair[j].code, "%s", x[j]->code);
            c->ev_pair[j].name = x[j]->name;
            c->ev_pair[j].entry = x[j]->entry;
        }
        c->has_ev_pair = 1;
        return;
    }
}
