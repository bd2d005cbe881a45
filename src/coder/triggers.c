/* triggers.c - the verb (event) pattern a word triggers.
 *
 * Contract: best_pattern looks a word up in the verb dictionaries
 * (data/verbs/LANG.txt, verbs.h) under its keys (English: its stem, the
 * stem of its irregular base form, the word; Hungarian: each Hunspell lemma,
 * a verb joined with a separated preverb near it: "írt alá") and returns the
 * most specific pattern whose requirements hold in the word's clause: its
 * {word groups}, its particles after the trigger, the marker of its target
 * (preposition, case, postposition). A noun pattern needs a noun (after a
 * determiner or possessive in English), a verb pattern a verb; a Hungarian
 * participle used as an adjective ("az aláírt megállapodás") and talks as
 * a topic ("a tárgyalásokról") trigger nothing. consume marks the words a
 * pattern used so that they trigger nothing else.
 */
#include "coder_int.h"

static int group_alt_match(const sent *s, size_t j, const ent_vgroup *g, int a) {
    const ent_sentence *x = s->x;
    const char *alt = g->alt[a];
    if (g->multi[a]) {   /* several words: each equal, the last one a prefix ("peace talk": "peace talks") */
        size_t jj = j;
        for (const char *p = alt; *p;) {
            size_t wl = strcspn(p, " ");
            if (jj >= x->n || strncmp(norm(s, jj), p, wl) || (p[wl] && norm(s, jj)[wl])) return 0;
            p += wl;
            while (*p == ' ') p++;
            jj++;
        }
        return 1;
    }
    if (!x->hu) {
        const char *w = norm(s, j), *st = x->tok[j].stem, *gs = g->stem[a];
        return (w[0] == alt[0] && !strcmp(w, alt)) || (gs && st[0] == gs[0] && !strcmp(st, gs));
    }
    return !strncmp(norm(s, j), alt, g->len[a]) || ent_an_hun_lemma(x, j, alt, -1);
}

/* Does a phrase end after token j (the next token is no word, a function
 * word or in another clause)? English: "the government" ends, "government
 * forces" does not. */
static int phrase_ends(const sent *s, size_t j) {
    const ent_sentence *x = s->x;
    if (j + 1 >= x->n || x->clause[j + 1] != x->clause[j] || x->tok[j + 1].kind != ENT_TOK_WORD) return 1;
    static const char *const cls[] = {"prep", "det", "coord", "sub", "that", "be", "neg", NULL};
    for (int i = 0; cls[i]; i++)
        if (tok_is(s, j + 1, cls[i])) return 1;
    return 0;
}

#define OBJ_WINDOW 6   /* an object's last word is at most this many words after the trigger */

/* English: the sentence's word filter, a bit per word and per stem, and
 * the two bits of each token. */
static void word_filter(sent *s, ent_arena *ar) {
    const ent_sentence *x = s->x;
    s->wbit = ent_arena_alloc(ar, 2 * x->n * sizeof *s->wbit + 1);
    for (size_t j = 0; j < x->n; j++) {
        unsigned b = ent_verbs_word_bit(x->tok[j].norm), bs = ent_verbs_word_bit(x->tok[j].stem);
        s->wbit[2 * j] = (uint16_t)b, s->wbit[2 * j + 1] = (uint16_t)bs;
        if (x->tok[j].kind != ENT_TOK_WORD) continue;
        s->words[b >> 6] |= 1ull << (b & 63);
        s->words[bs >> 6] |= 1ull << (bs & 63);
    }
    s->words_ready = 1;
}

static int has_bit(const uint64_t *m, unsigned b) { return m[b >> 6] >> (b & 63) & 1; }

/* English: may a word of group g be in the sentence, at token j? */
static int group_possible(const sent *s, const ent_vgroup *g) {
    uint64_t any = 0;
    for (int i = 0; i < 8; i++) any |= s->words[i] & g->mask[i];
    return any != 0;
}

static int token_possible(const sent *s, size_t j, const ent_vgroup *g) {
    return has_bit(g->mask, s->wbit[2 * j]) || has_bit(g->mask, s->wbit[2 * j + 1]);
}

/* A word of group g in trigger k's clause (not the trigger, not in the
 * reporting frame): 1 with its token in *at. With obj, the word ends a
 * phrase among the OBJ_WINDOW words after the trigger (Hungarian: anywhere
 * in the clause, word order being free). */
static int group_match(const sent *s, size_t k, const ent_vgroup *g, int obj, size_t *at) {
    const ent_sentence *x = s->x;
    if (!x->hu && !group_possible(s, g)) return 0;
    int cl = x->clause[k];
    size_t from = k, to = k + 1;   /* the clause's tokens are consecutive */
    while (from > 0 && x->clause[from - 1] == cl) from--;
    while (to < x->n && x->clause[to] == cl) to++;
    if (obj && !x->hu) from = k + 1, to = k + 1 + OBJ_WINDOW < to ? k + 1 + OBJ_WINDOW : to;
    for (size_t j = from; j < to; j++) {
        if (j == k || x->clause[j] != cl || x->report[j] || x->tok[j].kind != ENT_TOK_WORD) continue;
        if (!x->hu && !token_possible(s, j, g)) continue;
        for (int a = 0; a < g->n; a++) {
            if (!group_alt_match(s, j, g, a)) continue;
            if (obj && !x->hu) {
                size_t last = j;
                for (const char *sp = strchr(g->alt[a], ' '); sp; sp = strchr(sp + 1, ' ')) last++;
                if (!phrase_ends(s, last)) continue;
            }
            return *at = j, 1;
        }
    }
    return 0;
}

/* ^{…}: a word of the group among the three words before trigger k in its
 * clause ("at a rare meeting"). */
static int pre_match(const sent *s, size_t k, const ent_vpat *p) {
    const ent_sentence *x = s->x;
    for (size_t j = k, n = 0; j-- > 0 && n < 3 && x->clause[j] == x->clause[k]; n++)
        for (int a = 0; x->tok[j].kind == ENT_TOK_WORD && a < p->pre.n; a++)
            if (group_alt_match(s, j, &p->pre, a)) return 1;
    return 0;
}

static int lits_match(const sent *s, size_t k, const ent_vpat *p) {
    const ent_sentence *x = s->x;
    size_t pos = k;
    for (int i = 0; i < p->nlits; i++) {
        size_t j = pos + 1, lim = pos + 5;
        while (j < x->n && j < lim && x->clause[j] == x->clause[k] && strcmp(norm(s, j), p->lits[i])) j++;
        if (j >= x->n || j >= lim || x->clause[j] != x->clause[k]) return 0;
        pos = j;
    }
    return 1;
}

/* Can the pattern's target slot be filled in this clause? A pattern that
 * names a preposition, case or postposition is more specific only when
 * that marker is there. */
int target_possible(const sent *s, size_t k, const ent_vpat *p) {
    const ent_sentence *x = s->x;
    int cl = x->clause[k];
    if (p->target == 2 && !x->hu) {
        for (size_t j = k + 1; j < x->n && x->clause[j] == cl; j++)
            if (!strcmp(norm(s, j), p->target_prep)) return 1;
        return 0;
    }
    if (p->target == 3 || p->target == 4 || (p->target == 2 && x->hu)) {
        for (size_t i = 0; i < s->nact; i++) {
            const actor *a = &s->act[i];
            if (x->clause[a->ts] != cl) continue;
            if (p->target == 3 && !strcmp(a->tag, p->target_case)) return 1;
            if (p->target != 3 && a->postp_w && !strcmp(a->postp_w, p->target_prep)) return 1;
        }
        /* a place in that case, for acts whose target may be a place
         * ("Moszkvába látogatott") */
        for (size_t i = 0; p->target == 3 && place_target(p->code) && i < x->nm; i++)
            if (x->m[i].location && x->clause[x->m[i].tok_start] == cl && !strcmp(x->m[i].tag, p->target_case)) return 1;
        return 0;
    }
    return 1;
}

/* Inside a noun phrase: going left from the participle at k we reach its
 * article (a Kínával folytatott tárgyalások, az orosz olajra kivetett
 * szankciók) before a subject, a negation, a verb or a comma. */
static int hu_in_noun_phrase(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    int complement = 0;   /* after a postposition: its noun ("a kőolajvezeték ellen indított"); 2: -i */
    for (size_t j = k; j-- > 0 && x->clause[j] == x->clause[k];) {
        if (tok_is(s, j, "article")) {
            if (complement != 1) return 1;
            complement = 0;   /* the article of the postposition's noun ("a NATO-tanácskozás után") */
            continue;
        }
        if (x->tok[j].kind != ENT_TOK_WORD || tok_is(s, j, "neg")) return 0;
        int finite = 0, nominal_subject = x->nhun[j] > 0, modifier = 0, postp = tok_is(s, j, "postp");
        for (int i = 0; i < x->nhun[j]; i++) {
            const ent_hun_info *h = hun_at(s, j, i);
            if (h->pos == ENT_HUN_VERB && !h->participle && !h->infinitive) finite = 1;
            if (h->tag[0] || h->pos == ENT_HUN_ADJ || h->pos == ENT_HUN_OTHER || h->poss) modifier = 1;
            postp |= h->pos == ENT_HUN_POSTP;
        }
        if (postp) {
            /* "a járvány elleni összehangolt fellépés": an adjectival
             * postposition (-i) is inside the noun phrase with its noun */
            size_t l = strlen(norm(s, j));
            complement = l > 1 && norm(s, j)[l - 1] == 'i' ? 2 : 1;
            continue;
        }
        int mi = mention_at(s, j);
        if (!finite && complement) continue;
        if (mi >= 0 && x->m[mi].entry && !x->m[mi].tag[0] && !x->m[mi].location) return 0;
        if (finite || (nominal_subject && !modifier)) return 0;
    }
    /* the clause starts with the phrase ("Határidőhöz kötött tűzszünet
     * megfontolását kérte"): attributive before a nominative common noun */
    if (k + 1 >= x->n || mention_at(s, k + 1) >= 0 || !x->nhun[k + 1] || tok_is(s, k + 1, "article")) return 0;
    int noun = 0;
    for (int i = 0; i < x->nhun[k + 1]; i++) {
        const ent_hun_info *h = hun_at(s, k + 1, i);
        if (h->tag[0] || h->pos == ENT_HUN_VERB) return 0;   /* "egyeztetett telefonon": an adverbial */
        noun |= h->pos == ENT_HUN_NOUN;
    }
    return noun;
}

/* Can token k head the noun phrase of an attributive participle before it?
 * Not an article, a place ("utazott Kijevbe"), a demonstrative ("beszámolt
 * arról") or a word that is no noun, adjective or number. */
static int hu_head_word(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    int mi = mention_at(s, k);
    if (tok_is(s, k, "article") || (mi >= 0 && x->m[mi].location)) return 0;
    if (mi >= 0 || !x->nhun[k] || tok_is(s, k, "coord")) return 1;   /* "a megkötött és októberben lejáró megállapodást" */
    for (int i = 0; i < x->nhun[k]; i++) {
        const ent_hun_info *h = hun_at(s, k, i);
        if ((h->pos == ENT_HUN_NOUN || h->pos == ENT_HUN_ADJ) && h->lemma && strcmp(h->lemma, "az") && strcmp(h->lemma, "ez")) return 1;
    }
    return 0;
}

/* A Hungarian participle used as an adjective ("az Oroszországgal
 * kialakított új kapcsolat", "az aláírt megállapodás") names no act. */
static int hu_attributive(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    if (!ent_an_hun_participle(x, k)) return 0;
    /* "az Omán által közvetített tárgyalások": a participle with its agent */
    if (k > 0 && !strcmp(norm(s, k - 1), "által")) return 1;
    /* an attribute precedes its noun: at the end of a clause it is the verb
     * ("a dél-koreai Puszanban tárgyalt, és ...") */
    if (k + 1 >= x->n || x->tok[k + 1].kind != ENT_TOK_WORD || x->clause[k + 1] != x->clause[k]) return 0;
    /* nor before a name: "aki a Kremlben tárgyalt Vlagyimir Putyin orosz elnökkel" */
    int mi = mention_at(s, k + 1);
    if (mi >= 0 && x->m[mi].entry && x->m[mi].entry->kind != ENT_K_ADJ && !x->m[mi].location) return 0;
    if (!hu_head_word(s, k + 1)) return 0;
    if (hu_in_noun_phrase(s, k)) return 1;
    /* participle + adjective + possessed noun: "kialakított új kapcsolatát" */
    if (k + 2 >= x->n || x->tok[k + 1].kind != ENT_TOK_WORD || !x->nhun[k + 1]) return 0;
    for (int i = 0; i < x->nhun[k + 1]; i++)
        if (hun_at(s, k + 1, i)->pos != ENT_HUN_ADJ) return 0;
    char tg[6];
    return ent_an_hun_poss_noun(x, k + 2, tg);
}

/* The dictionary keys of token k: keys[i], with the token of a separated
 * preverb in k2s[i] ((size_t)-1 if none). Returns their count. */
static int trigger_keys(ent_coder *c, const sent *s, size_t k, const char **keys, size_t *k2s, ent_arena *ar) {
    const ent_sentence *x = s->x;
    int nk = 0;
    if (!x->hu) {
        keys[nk] = x->tok[k].stem, k2s[nk++] = (size_t)-1;
        const char *irr = ent_verbs_irregular(c->v, norm(s, k));
        if (irr) keys[nk] = ent_text_stem(c->t, "en", irr, strlen(irr), ar), k2s[nk++] = (size_t)-1;
        if (strcmp(x->tok[k].stem, norm(s, k))) keys[nk] = norm(s, k), k2s[nk++] = (size_t)-1;
        return nk;
    }
    for (int i = 0; i < x->nhun[k] && nk < 10; i++) {
        const ent_hun_info *h = hun_at(s, k, i);
        if (!h->lemma || h->pos == ENT_HUN_PREVERB || h->pos == ENT_HUN_POSTP) continue;
        /* a separated preverb near the verb: írt alá, meg is erősítették */
        if (h->pos == ENT_HUN_VERB && !strcmp(h->lemma, h->stem)) {
            for (size_t j = k >= 3 ? k - 3 : 0; j < x->n && j <= k + 2 && nk < 10; j++) {
                if (j == k || x->clause[j] != x->clause[k]) continue;
                int prv = 0;
                for (int q = 0; q < x->nhun[j]; q++) prv |= hun_at(s, j, q)->pos == ENT_HUN_PREVERB;
                if (!prv) continue;
                size_t l1 = strlen(norm(s, j)), l2 = strlen(h->stem);
                char *joined = ent_arena_alloc(ar, l1 + l2 + 1);
                memcpy(joined, norm(s, j), l1);
                memcpy(joined + l1, h->stem, l2 + 1);
                size_t np;
                ent_verbs_find(c->v, "hu", joined, &np);
                if (np) keys[nk] = joined, k2s[nk++] = j;
            }
        }
        keys[nk] = h->lemma, k2s[nk++] = (size_t)-1;
        char dv[64];   /* "támadást": Hunspell's lemma is the verb "támad" */
        if (nk < 10 && ent_an_hu_deverbal(x, k, i, dv, sizeof dv)) keys[nk] = ent_arena_strdup(ar, dv), k2s[nk++] = (size_t)-1;
    }
    if (!x->nhun[k]) keys[nk] = norm(s, k), k2s[nk++] = (size_t)-1;
    return nk;
}

/* English: is w the noun lemma or its plural (-s, -es, -ies)? A noun
 * pattern takes no verb form ("attacked", "meeting" are no forms of the
 * noun attack, meeting's plural is "meetings"). */
static int en_noun_form(const char *lemma, const char *w) {
    size_t ll = strlen(lemma), wl = strlen(w);
    if (strncmp(w, lemma, ll < wl ? ll : wl)) return lemma[ll - 1] == 'y' && wl == ll + 2 && !strncmp(w, lemma, ll - 1) && !strcmp(w + ll - 1, "ies");
    return wl == ll || (wl == ll + 1 && w[ll] == 's') || (wl == ll + 2 && !strcmp(w + ll, "es"));
}

/* A word that may stand between a determiner and its noun: an adjective
 * by its form (a number, a hyphenated compound, an adverb in -ly, a
 * participle in -ed, a suffix of adjectives: -al, -ic, -ive, -ous, -ful,
 * -less, -ent, -ant, -ary, -ory, -ible, -able, -ian, -ese, -ish, -est) or one of
 * data/grammar.txt's class adj ("the closed-door meeting", "a rare visit",
 * "its main assault"); a noun before it ("a resolution condemning") is no
 * modifier: there the -ing form is a verb. */
static int modifier_word(const sent *s, size_t j) {
    const ent_sentence *x = s->x;
    if (x->tok[j].kind == ENT_TOK_NUM) return 1;
    if (x->tok[j].kind != ENT_TOK_WORD || x->tok[j].upper || mention_at(s, j) >= 0) return 0;
    if (tok_is(s, j, "adj")) return 1;
    const char *w = norm(s, j);
    size_t l = strlen(w);
    if (strchr(w, '-')) return 1;
    static const char *const suf[] = {"ly", "ed", "al", "ic", "ive", "ous", "ful", "less", "ent", "ant", "ary", "ory", "ible", "able",
                                      "ian", "ese", "ish", "est", NULL};
    for (int i = 0; suf[i]; i++) {
        size_t sl = strlen(suf[i]);
        if (l > sl + 2 && !strcmp(w + l - sl, suf[i])) return 1;
    }
    return 0;
}

/* A possessive: "the alliance's", "the Turks'" (a mention's case is GEN). */
static int possessive(const sent *s, size_t j) {
    int mi = mention_at(s, j);
    if (mi >= 0) return !strcmp(s->x->m[mi].tag, "GEN");
    const char *w = norm(s, j);
    size_t l = strlen(w);
    return (l > 2 && !strcmp(w + l - 2, "'s")) || (l > 4 && !strcmp(w + l - 4, "\xe2\x80\x99s"));
}

/* English: an -ing form right after "of", "for", "about", "towards",
 * "against", "over" or "on" is a noun phrase, the topic or purpose of
 * another word, no act of its own ("a roadmap for normalizing relations",
 * "accused Y of attacking Z": GUIDE 4.3, the content of an accusation is
 * no second event); after "by" (the means) or "after" (a time) it stays a
 * verb. */
static int gerund_complement(const sent *s, size_t k) {
    static const char *const preps[] = {"of", "for", "about", "towards", "toward", "against", "over", "on", NULL};
    const char *w = norm(s, k);
    size_t l = strlen(w);
    if (l < 6 || strcmp(w + l - 3, "ing")) return 0;
    for (int i = 0; preps[i]; i++)
        if (!strcmp(norm(s, k - 1), preps[i])) return 1;
    return 0;
}

/* English: after a determiner or a possessive, with at most four
 * modifiers between ("the proposals", "its assistance", "China's
 * proposals", "the recently detained businessman", "a closed-door
 * meeting", "its main assault"), a word is a noun or an adjective: noun
 * patterns only. */
static int noun_context(const sent *s, size_t k) {
    if (s->x->hu || k == 0) return 0;
    if (gerund_complement(s, k)) return 1;
    for (size_t j = k, n = 0; j-- > 0 && n <= 4; n++) {
        if (tok_is(s, j, "det") || possessive(s, j)) return 1;
        if (s->x->clause[j] != s->x->clause[k] || !modifier_word(s, j)) return 0;
    }
    return 0;
}

/* Is the noun at k the possessor of a noun in a case of topic, place or
 * time, a few adjectives after it? */
static int hu_possesses_topic(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    for (size_t j = k + 1; j < x->n && j < k + 4 && x->tok[j].kind == ENT_TOK_WORD && x->clause[j] == x->clause[k]; j++) {
        int adj = x->nhun[j] > 0, poss_topic = 0;
        for (int i = 0; i < x->nhun[j]; i++) {
            const ent_hun_info *h = hun_at(s, j, i);
            const char *tg = h->tag;
            if (h->pos != ENT_HUN_ADJ && !h->participle && strcmp(tg, "ADJ")) adj = 0;   /* "gyakorlati": gyakorlat + -i */
            if (h->poss && h->pos == ENT_HUN_NOUN &&
                (!strcmp(tg, "DEL") || !strcmp(tg, "SUB") || !strcmp(tg, "CAU") || !strcmp(tg, "ELA") || ent_an_locative(tg)))
                poss_topic = 1;
        }
        if (poss_topic) return 1;
        if (!adj) return 0;
    }
    return 0;
}

static int is_word_an(const ent_sentence *x, const char *cls, const char *w) { return ent_an_word(x->an, "hu", cls, w); }

/* "Zelenszkij meghívására", "a magyar fél kérésére" (data/grammar.txt
 * behalf): such a noun is an act only possessed, in -ra/-re, right after
 * the actor who does it (GUIDE 4.12). */
static int hu_behalf(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    int mi = k > 0 ? mention_at(s, k - 1) : -1;
    if (mi < 0 || x->m[mi].tok_end != k || x->m[mi].location) return 0;
    for (int q = 0; q < x->nhun[k]; q++)
        if (hun_at(s, k, q)->poss && !strcmp(hun_at(s, k, q)->tag, "SUB")) return 1;
    return 0;
}

/* English: a past participle between a preposition or a number and the
 * noun it describes is an adjective ("the release of detained
 * journalists", "two deported workers"), no act. */
static int en_attributive(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    size_t l = strlen(norm(s, k));
    if (x->hu || k == 0 || k + 1 >= x->n || l < 5 || strcmp(norm(s, k) + l - 2, "ed")) return 0;
    if (!tok_is(s, k - 1, "prep") && x->tok[k - 1].kind != ENT_TOK_NUM) return 0;
    return x->tok[k + 1].kind == ENT_TOK_WORD && x->clause[k + 1] == x->clause[k] && !tok_is(s, k + 1, "prep") &&
           !tok_is(s, k + 1, "coord");
}

/* Is token k the first word of its sentence or of a quotation, a title or
 * a part after a colon or dash, where any word is capitalised? */
static int starts_part(const sent *s, size_t k) {
    const ent_sentence *x = s->x;
    for (size_t j = k; j-- > 0;) {
        if (x->tok[j].kind == ENT_TOK_WORD || x->tok[j].kind == ENT_TOK_NUM) return 0;
        const char *p = x->a->text + x->tok[j].start;
        if (*p == ':' || *p == '"' || *p == '(' || ent_an_is_dash(x, &x->tok[j]) || !strncmp(p, "\xe2\x80\x9c", 3) ||
            !strncmp(p, "\xe2\x80\x98", 3))
            return 1;
    }
    return 1;
}

/* A headline in title case ("Japan Restricts Exports To South Korea"):
 * none of its longer words is in lower case. */
static int title_case(const sent *s) {
    const ent_sentence *x = s->x;
    for (size_t j = 0; j < x->n; j++)
        if (x->tok[j].kind == ENT_TOK_WORD && x->tok[j].end - x->tok[j].start >= 4 && !x->tok[j].upper) return 0;
    return 1;
}

/* English: a capitalised word inside a sentence is part of a name ("the
 * Rapid Support Forces", "the Islamic State", "the Nobel Peace Prize", "in
 * March"), no act; except in a headline written in title case. */
static int en_name_word(const sent *s, size_t k) {
    return !s->x->hu && s->x->tok[k].upper && !starts_part(s, k) && !title_case(s);
}

/* Does pattern p fit the part of speech of Hungarian token k? */
static int hu_pos_fits(const sent *s, size_t k, const ent_vpat *p) {
    const ent_sentence *x = s->x;
    if (!x->nhun[k]) return 1;
    if (p->noun && is_word_an(x, "behalf", p->lemma)) return hu_behalf(s, k);
    /* a visit with no target in its pattern is an act only with its place named ("kijevi látogatásán") */
    if (p->noun && !p->target && !strcmp(p->code, "042") && ent_an_hu_noun_place(x, k) < 0) return 0;
    if (p->noun) {
        /* "a tárgyalásokról nyilatkozott": talks as a topic (about,
         * because of) are no event; nor talks one is ready for ("kész a
         * párbeszédre", "elérhető a közvetlen egyeztetésre") */
        for (int q = 0; q < x->nhun[k]; q++) {
            const char *tg = hun_at(s, k, q)->tag;
            if (!strcmp(tg, "DEL") || !strcmp(tg, "CAU") || !strcmp(tg, "ELA") || !strcmp(tg, "SUB")) return 0;
        }
        /* "a 2014-es orosz megszállás óta", "a támadás miatt": a time or
         * a cause (data/grammar.txt class bgpostp) */
        if (k + 1 < x->n && tok_is(s, k + 1, "bgpostp")) return 0;
        /* "az együttműködés gyakorlati kérdéseire": the possessor of a
         * topic or a time ("a tárgyalások eredményéről") */
        if (hu_possesses_topic(s, k)) return 0;
    }
    if (p->noun != (hun_verb(s, k) == NULL)) {
        /* a noun pattern needs a noun, a verb pattern a verb */
        int has_noun = 0;
        for (int q = 0; q < x->nhun[k]; q++) has_noun |= hun_at(s, k, q)->pos == ENT_HUN_NOUN || hun_at(s, k, q)->pos == ENT_HUN_ADJ;
        if (p->noun ? !has_noun : !hun_verb(s, k)) return 0;
    }
    return 1;
}

int best_pattern(ent_coder *c, sent *s, size_t k, trig *out, ent_arena *ar) {
    if (s->x->hu && hu_attributive(s, k)) return 0;
    if (en_name_word(s, k)) return 0;
    if (!s->x->hu && !s->words_ready) word_filter(s, ar);
    const char *keys[12];
    size_t k2s[12];
    int nk = trigger_keys(c, s, k, keys, k2s, ar);
    int noun_ctx = noun_context(s, k) || en_attributive(s, k);
    int found = 0;
    for (int i = 0; i < nk; i++) {
        size_t np;
        const ent_vpat *const *ps = ent_verbs_find(c->v, s->x->lang, keys[i], &np);
        for (size_t j = 0; j < np; j++) {
            const ent_vpat *p = ps[j];
            if (found && p->specificity <= out->p->specificity) continue;
            if (noun_ctx && !p->noun) continue;
            if (!s->x->hu && !(p->noun ? en_noun_form(p->lemma, norm(s, k)) : ent_verbs_form_of(c->v, p->lemma, norm(s, k)))) continue;
            if (s->x->hu && !hu_pos_fits(s, k, p)) continue;
            size_t at;
            int ok = 1;
            for (int g = 0; g < p->ngroups && ok; g++) ok = group_match(s, k, &p->groups[g], p->obj, &at);
            if (ok && p->has_pre) ok = pre_match(s, k, p);
            if (ok && !s->x->hu) ok = lits_match(s, k, p);
            if (ok) ok = target_possible(s, k, p);
            if (!ok) continue;
            out->p = p;
            out->k = k;
            out->k2 = k2s[i];
            found = 1;
        }
    }
    return found;
}

void consume(sent *s, const trig *t) {
    s->used[t->k] = 1;
    if (t->k2 != (size_t)-1) s->used[t->k2] = 1;
    for (int g = 0; g < t->p->ngroups; g++) {
        size_t at;
        if (group_match(s, t->k, &t->p->groups[g], t->p->obj, &at)) s->used[at] = 1;
    }
}
