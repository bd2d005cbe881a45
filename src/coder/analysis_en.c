/* analysis_en.c - the English parts of the analysed sentence; see analysis.h.
 *
 * Contract: ent_an_en_tags gives each token of an English sentence its part
 * of speech (src/text/postag.h, the model data/pos/en.txt); without the
 * model s->pos stays NULL and the phrase structure is empty (s->nnp and
 * s->nvg 0), so that every reader falls back on word order.
 *
 * ent_an_en_phrases then reads the phrase structure of the sentence from
 * the tags, the actor mentions and data/grammar.txt:
 *   - noun phrases (ent_np): a run of determiners, adjectives, numbers,
 *     nouns and possessives with its head, the last noun ("China's drills":
 *     head "drills", possessor "China's"); a mention is always nominal; a
 *     personal or relative pronoun is a phrase of its own;
 *   - for each noun phrase: the preposition before it; the phrase after
 *     "of" ("hundreds of students", "the leader of Hezbollah"); an
 *     apposition between commas ("Abbas Araghchi, Iran's foreign
 *     minister,"); for a relative pronoun, the phrase it stands for ("Rwanda,
 *     which denies ...");
 *   - verb groups (ent_vg): auxiliaries, negation and adverbs with their
 *     verb; finite or not, passive ("was attacked"), a participle after its
 *     noun ("the truce proposed by Egypt": its noun is what was proposed);
 *   - each verb group's subject and direct object (below).
 * The subject of a finite verb is the noun phrase before it, going left past
 * adverbs, prepositional phrases ("hundreds of students in Manila
 * marched"), an insertion between commas, dashes or brackets (an
 * apposition, a relative clause: "Iran's attacks - which Israel deterred -
 * followed"); a relative pronoun is the subject of its clause or, when a
 * noun phrase follows it, its object ("which Israel deterred": Israel is the
 * subject). A verb after "and"/"but"/"or" shares the subject of the verb
 * before ("invaded Israel and killed"); an -ing form after a comma shares
 * the subject of the last finite verb before it (", drawing condemnation"),
 * one that opens the sentence the subject of the first finite verb after it
 * ("Calling the attacks a provocation, the Taliban warned"). A subordinate
 * word (as, after, because ...) is never crossed: "came as Egypt announced"
 * has Egypt as the subject of "announced" and none found for "came" beyond
 * the phrase before it.
 */
#include "coder_int.h"

#include <ctype.h>

void ent_an_en_tags(ent_analyzer *an, ent_sentence *s, ent_arena *ar) {
    const ent_pos_model *m = ent_an_pos_model(an);
    if (!m) return;
    s->pos = ent_arena_alloc(ar, s->n + 1);
    ent_pos_tag(m, s->a->text, s->tok, s->n, s->pos);
}

/* ---- word classes from the tags ---- */

static int tag(const ent_sentence *s, size_t k) { return s->pos[k]; }

static int in_mention(const ent_sentence *s, size_t k) { return s->m_at[k] >= 0; }

static int wc(const ent_sentence *s, size_t k, uint32_t bit) { return (s->wc[k] & bit) != 0; }

/* Does token k end in a possessive 's (or ’s, or s')? */
static int possessive(const ent_sentence *s, size_t k) {
    const char *w = s->tok[k].norm;
    size_t l = strlen(w);
    if (s->tok[k].kind != ENT_TOK_WORD || l < 3) return 0;
    if (!strcmp(w + l - 2, "'s") || (l > 4 && !strcmp(w + l - 4, "\xE2\x80\x99s"))) return 1;
    return 0;
}

static int punct_is(const ent_sentence *s, size_t k, char c) {
    return s->tok[k].kind == ENT_TOK_PUNCT && s->tok[k].end - s->tok[k].start == 1 && s->a->text[s->tok[k].start] == c;
}

/* A closing or opening mark of an insertion: a comma, a dash, a bracket. */
static int insertion_mark(const ent_sentence *s, size_t k) {
    return punct_is(s, k, ',') || punct_is(s, k, '(') || punct_is(s, k, ')') || ent_an_is_dash(s, &s->tok[k]);
}

static int relative_word(const ent_sentence *s, size_t k) { return wc(s, k, ENT_WC_REL); }

/* A personal pronoun stands alone; "his", "its", "their" are determiners. */
static int lone_pronoun(const ent_sentence *s, size_t k) { return tag(s, k) == ENT_POS_PRON && !wc(s, k, ENT_WC_DET); }

/* A word that may head a noun phrase. */
static int nominal(const ent_sentence *s, size_t k) {
    int t = tag(s, k);
    return t == ENT_POS_NOUN || t == ENT_POS_PROPN || t == ENT_POS_NUM || in_mention(s, k);
}

/* A word that may stand inside a noun phrase before its head. */
static int np_inner(const ent_sentence *s, size_t k) {
    int t = tag(s, k);
    if (nominal(s, k) || t == ENT_POS_ADJ || possessive(s, k)) return 1;
    /* "the deported workers", "780 guided aerial bombs": a participle between
     * a determiner or number and a noun */
    if ((t == ENT_POS_VBN || t == ENT_POS_VBG) && k + 1 < s->n && (nominal(s, k + 1) || tag(s, k + 1) == ENT_POS_ADJ))
        return k > 0 && (tag(s, k - 1) == ENT_POS_DET || wc(s, k - 1, ENT_WC_DET) || tag(s, k - 1) == ENT_POS_NUM);
    return 0;
}

static int np_start(const ent_sentence *s, size_t k) {
    int t = tag(s, k);
    return t == ENT_POS_DET || (t == ENT_POS_PRON && wc(s, k, ENT_WC_DET)) || np_inner(s, k);
}

/* ---- noun phrases ---- */

static void add_np(ent_sentence *s, size_t a, size_t b, size_t head, int32_t poss) {
    ent_np *p = &s->np[s->nnp];
    memset(p, 0, sizeof *p);
    p->start = (uint32_t)a, p->end = (uint32_t)b, p->head = (uint32_t)head;
    p->poss = poss;
    p->prep = p->of = p->appos = p->rel = p->conj = -1;
    for (size_t q = a; q < b; q++) s->np_at[q] = (int32_t)s->nnp;
    s->nnp++;
}

/* The noun phrase that starts at token k, if any: its end returned (k when
 * none). A phrase ends after its last nominal word, or at a possessive whose
 * next word begins no noun, or where a mention ends and another begins
 * with no possessive between ("Iran Israel" is two). */
static size_t chunk_np(ent_sentence *s, size_t k) {
    if (lone_pronoun(s, k) || relative_word(s, k)) {
        if (tag(s, k) == ENT_POS_PRON || relative_word(s, k)) add_np(s, k, k + 1, k, -1);
        return k + 1;
    }
    if (!np_start(s, k)) return k;
    size_t j = k, head = (size_t)-1;
    int32_t poss = -1;
    while (j < s->n && (j == k ? np_start(s, j) : np_inner(s, j))) {
        int mi = s->m_at[j];
        if (j > k && mi >= 0 && (size_t)s->m[mi].tok_start == j && head != (size_t)-1 && head + 1 == j && s->m_at[head] >= 0 &&
            s->m_at[head] != mi && !possessive(s, head))
            break;   /* two names side by side */
        if (nominal(s, j)) head = j;
        if (possessive(s, j) && j + 1 < s->n && np_inner(s, j + 1)) poss = (int32_t)j;
        j++;
        if (possessive(s, j - 1) && !(j < s->n && np_inner(s, j))) break;
    }
    if (head == (size_t)-1) return j > k ? j : k + 1;
    if ((int32_t)head <= poss) poss = -1;
    add_np(s, k, head + 1, head, poss);
    return head + 1;
}

/* ---- verb groups ---- */

static int verbal(const ent_sentence *s, size_t k) { return tag(s, k) == ENT_POS_AUX || ent_pos_verb(tag(s, k)); }

/* The verb group that starts at token k, if any: its end returned (k when
 * none). "to" opens an infinitive; negation and adverbs stay inside when a
 * verb follows them. */
static size_t chunk_vg(ent_sentence *s, size_t k) {
    size_t j = k;
    int infinitive = tag(s, k) == ENT_POS_PART && !strcmp(s->tok[k].norm, "to") && k + 1 < s->n && verbal(s, k + 1);
    if (!infinitive && !verbal(s, k)) return k;
    if (infinitive) j++;
    size_t main = j, last_verbal = j;
    int has_aux = 0, be = 0, finite = 0;
    while (j < s->n) {
        if (verbal(s, j)) {
            if (tag(s, j) == ENT_POS_AUX) {
                has_aux = 1;
                be |= wc(s, j, ENT_WC_BE);
                finite |= !wc(s, j, ENT_WC_NONFINITE);
            }
            main = last_verbal = j;
            j++;
        } else if ((tag(s, j) == ENT_POS_ADV || wc(s, j, ENT_WC_NEG)) && j + 1 < s->n && (verbal(s, j + 1) || tag(s, j + 1) == ENT_POS_ADV)) {
            j++;
        } else {
            break;
        }
    }
    j = last_verbal + 1;
    ent_vg *v = &s->vg[s->nvg];
    memset(v, 0, sizeof *v);
    v->start = (uint32_t)k, v->end = (uint32_t)j, v->main = (uint32_t)main;
    v->subj = v->obj = -1;
    int mt = tag(s, main);
    v->finite = !infinitive && (finite || mt == ENT_POS_VBD || mt == ENT_POS_VBP);
    v->passive = be && mt == ENT_POS_VBN;
    (void)has_aux;
    for (size_t q = k; q < j; q++) s->vg_at[q] = (int32_t)s->nvg;
    s->nvg++;
    return j;
}

/* ---- links between phrases ---- */

static int np_ending_at(const ent_sentence *s, size_t k) {
    int32_t i = k < s->n ? s->np_at[k] : -1;
    return i >= 0 && s->np[i].end == k + 1 ? i : -1;
}

static int np_starting_at(const ent_sentence *s, size_t k) {
    int32_t i = k < s->n ? s->np_at[k] : -1;
    return i >= 0 && s->np[i].start == k ? i : -1;
}

/* The end of noun phrase i with the prepositional phrases after it ("the
 * leader of the group Hezbollah", "Grenada's ambassador to the U.N."). */
static size_t np_extent(const ent_sentence *s, int i) {
    size_t e = s->np[i].end;
    int nx;
    while (e + 1 < s->n && (tag(s, e) == ENT_POS_ADP || wc(s, e, ENT_WC_PREP)) && (nx = np_starting_at(s, e + 1)) >= 0) e = s->np[nx].end;
    return e;
}

/* A name: a proper noun or a mention of a person, country or organisation. */
static int name_head(const ent_sentence *s, const ent_np *p) {
    int mi = s->m_at[p->head];
    return tag(s, p->head) == ENT_POS_PROPN || (mi >= 0 && s->m[mi].entry && s->m[mi].entry->kind != ENT_K_ADJ && !s->m[mi].agent);
}

/* Is noun phrase b (index ib) an apposition of a: the two separated by a
 * comma, one a name and the other a common noun ("Abbas Araghchi, Iran's
 * foreign minister", "the army chief, Oleksandr Syrskyi"), b with its
 * prepositional phrases closed by punctuation or the end, not by a verb
 * (then b is a new clause's subject) nor by "and" (a list)? */
static int apposition(const ent_sentence *s, const ent_np *a, int ib) {
    const ent_np *b = &s->np[ib];
    if (b->start != a->end + 1 || !punct_is(s, a->end, ',')) return 0;
    int na = name_head(s, a), nb = name_head(s, b);
    if (na == nb || (!na && tag(s, a->head) != ENT_POS_NOUN) || (!nb && tag(s, b->head) != ENT_POS_NOUN)) return 0;
    size_t e = np_extent(s, ib);
    return e >= s->n || (s->tok[e].kind == ENT_TOK_PUNCT && s->vg_at[e] < 0);
}

static int next_after_comma(const ent_sentence *s, int i) {
    size_t e = s->np[i].end;
    return e + 1 < s->n && punct_is(s, e, ',') ? np_starting_at(s, e + 1) : -1;
}

/* The next member of the coordination noun phrase i belongs to: after
 * "and"/"or" (", and"), or after a comma when the list ends with "and"/"or"
 * ("Egypt, Qatar and the US"); -1 when none. */
static int next_member(const ent_sentence *s, int i) {
    for (int j = i, first = 1;; first = 0) {
        size_t e = s->np[j].end;
        int cc = e + 1 < s->n && tag(s, e) == ENT_POS_CCONJ;
        int comma_cc = e + 2 < s->n && punct_is(s, e, ',') && tag(s, e + 1) == ENT_POS_CCONJ;
        int nx = cc ? np_starting_at(s, e + 1) : comma_cc ? np_starting_at(s, e + 2) : -1;
        if (nx >= 0 && !relative_word(s, s->np[nx].start)) return first ? nx : next_after_comma(s, i);
        if (!(e + 1 < s->n && punct_is(s, e, ',')) || (j = np_starting_at(s, e + 1)) < 0 || relative_word(s, e + 1)) return -1;
    }
}

static void link_phrases(ent_sentence *s) {
    for (size_t i = 0; i < s->nnp; i++) {
        ent_np *p = &s->np[i];
        size_t a = p->start;
        if (a > 0 && (tag(s, a - 1) == ENT_POS_ADP || wc(s, a - 1, ENT_WC_PREP)) && !wc(s, a - 1, ENT_WC_SUB)) p->prep = (int32_t)(a - 1);
        /* "hundreds of students", "members of Hamas" */
        int nx = p->end + 1 < s->n && !strcmp(s->tok[p->end].norm, "of") ? np_starting_at(s, p->end + 1) : -1;
        if (nx >= 0) p->of = nx;
        if (i + 1 < s->nnp && apposition(s, p, (int)i + 1)) p->appos = (int32_t)i + 1;
        if (p->appos < 0) p->conj = next_member(s, (int)i);
        /* a relative pronoun stands for the phrase before it ("Rwanda, which") */
        if (relative_word(s, a) && p->end == a + 1 && a > 0) {
            size_t q = (punct_is(s, a - 1, ',') || punct_is(s, a - 1, '(') || ent_an_is_dash(s, &s->tok[a - 1])) && a > 1 ? a - 2 : a - 1;
            p->rel = np_ending_at(s, q);
        }
    }
}

/* ---- subjects and objects ---- */

/* The opening mark of the insertion that the mark at token j closes (the
 * comma, dash or bracket before it), or (size_t)-1. */
static size_t opening(const ent_sentence *s, size_t j) {
    int comma = punct_is(s, j, ','), dash = ent_an_is_dash(s, &s->tok[j]), paren = punct_is(s, j, ')');
    for (size_t q = j; q-- > 0;) {
        if (paren ? punct_is(s, q, '(') : dash ? ent_an_is_dash(s, &s->tok[q]) : comma && punct_is(s, q, ',')) return q;
        if (punct_is(s, q, ';') || punct_is(s, q, ':')) break;
    }
    return (size_t)-1;
}

static int quote_mark(const ent_sentence *s, size_t k) {
    const char *w = s->tok[k].norm;
    return s->tok[k].kind == ENT_TOK_PUNCT && (!strcmp(w, "\"") || !strcmp(w, "\xE2\x80\x9C") || !strcmp(w, "\xE2\x80\x9D"));
}

/* The first member of the coordination that noun phrase i ends ("Russia
 * and North Korea" for "North Korea"), unless the list is a verb's object
 * ("met Y and Z signed": Z opens a clause); i itself when none. */
static int first_member(const ent_sentence *s, int i) {
    int f = i;
    for (int q = i - 1; q >= 0; q--)
        if (s->np[q].conj == f) f = q;
    size_t a = s->np[f].start;
    return f != i && a > 0 && (s->vg_at[a - 1] >= 0 || s->np[f].prep >= 0) ? i : f;
}

/* Going left from token k (exclusive): the noun phrase that is the subject
 * of a verb at k, past adverbs, quotes, prepositional phrases and
 * insertions; -1 when a verb, a subordinate or joining word, another mark
 * or the start comes first. */
static int subject_left(const ent_sentence *s, size_t k) {
    size_t j = k;
    while (j > 0) {
        j--;
        int ni = s->np_at[j];
        if (ni >= 0) {
            if (s->np[ni].prep >= 0) {   /* a prepositional phrase hangs on what is before it */
                j = (size_t)s->np[ni].prep;
                continue;
            }
            return first_member(s, ni);
        }
        if (tag(s, j) == ENT_POS_ADV || quote_mark(s, j)) continue;
        if (insertion_mark(s, j) && !punct_is(s, j, '(')) {
            size_t o = opening(s, j);
            if (o == (size_t)-1) return -1;
            j = o;
            continue;
        }
        return -1;
    }
    return -1;
}

/* The token before k, past adverbs ((size_t)-1 at the start). */
static size_t before_adverbs(const ent_sentence *s, size_t k) {
    while (k > 0 && tag(s, k - 1) == ENT_POS_ADV) k--;
    return k > 0 ? k - 1 : (size_t)-1;
}

/* The last finite verb group before group v whose subject is no relative
 * pronoun (the main clause's), or -1. */
static int finite_before(const ent_sentence *s, size_t v) {
    for (size_t i = v; i-- > 0;)
        if (s->vg[i].finite && (s->vg[i].subj < 0 || s->np[s->vg[i].subj].rel < 0)) return (int)i;
    return -1;
}

/* Does noun phrase i open a clause (the start, a comma, a joining or
 * subordinate word before it)? */
static int clause_opening(const ent_sentence *s, int i) {
    size_t a = s->np[i].start;
    return a == 0 || punct_is(s, a - 1, ',') || tag(s, a - 1) == ENT_POS_CCONJ || wc(s, a - 1, ENT_WC_SUB) || quote_mark(s, a - 1);
}

/* A participle with no auxiliary right after a noun phrase (or its
 * insertion) describes it ("the truce proposed by Egypt", "a tanker,
 * flagged in Liberia, was seized") when a finite verb of the clause comes
 * before the phrase ("Israel rejected the truce proposed by Egypt") or when
 * one after it has no subject of its own ("the truce proposed by Egypt was
 * rejected"); otherwise it is the past-tense verb of the clause that the
 * phrase opens, which the tagger took for a participle ("hundreds of
 * students marched", "and France responded", "Ali Bagheri, Iran's deputy
 * foreign minister, criticised France"). Finite verbs of a reporting frame
 * ("..., officials said") do not count. */
static void bare_participle(ent_sentence *s, ent_vg *v) {
    size_t b = before_adverbs(s, v->start);
    int comma = b != (size_t)-1 && punct_is(s, b, ',');
    int ni = b == (size_t)-1 ? -1 : np_ending_at(s, comma && b > 0 ? b - 1 : b);
    int sl = subject_left(s, v->start), earlier = 0, later = 0;
    for (size_t i = 0; i < s->nvg; i++) {
        const ent_vg *o = &s->vg[i];
        if (o == v || !o->finite || s->clause[o->main] != s->clause[v->main] || s->report[o->main]) continue;
        size_t ob = before_adverbs(s, o->start);
        if (o->main < v->start) earlier |= sl < 0 || !clause_opening(s, sl);
        else if (subject_left(s, o->start) < 0 && !(ob != (size_t)-1 && tag(s, ob) == ENT_POS_CCONJ)) later = 1;   /* "struck X but did not hit Y" shares */
    }
    if (!earlier && !later) {
        if (sl >= 0) v->finite = 1, v->subj = sl;
        return;
    }
    if (ni < 0) return;
    v->reduced = 1;
    v->subj = ni;
}

static void find_subject(ent_sentence *s, size_t i) {
    ent_vg *v = &s->vg[i];
    int mt = tag(s, v->main);
    size_t b = before_adverbs(s, v->start);
    if (!v->finite && mt == ENT_POS_VBN && v->end == v->main + 1 && v->start == v->main) {
        bare_participle(s, v);
        if (v->reduced || v->subj >= 0) return;
    }
    /* a bare base form with a subject before it is a present tense the
     * tagger missed ("Chile, which Peru criticised, meet ...") or the verb
     * of a causative ("helped Ukraine defend itself"): its subject is that */
    if (!v->finite && mt == ENT_POS_VB && v->start == v->main && (b == (size_t)-1 || strcmp(s->tok[b].norm, "to")) &&
        !(b != (size_t)-1 && (tag(s, b) == ENT_POS_CCONJ || wc(s, b, ENT_WC_COORD))))
        v->finite = subject_left(s, v->start) >= 0;
    if (b != (size_t)-1 && (tag(s, b) == ENT_POS_CCONJ || wc(s, b, ENT_WC_COORD)) && !punct_is(s, b, ',')) {
        /* "invaded Israel and killed", "escalating tension with the West
         * and demonstrating": the subject of the verb before */
        int pv = -1;
        for (size_t q = 0; q < i; q++)
            if (s->vg[q].main < b) pv = (int)q;
        if (pv >= 0) v->subj = s->vg[pv].subj, v->shared = 1;
        return;
    }
    if (mt == ENT_POS_VBG && !v->finite) {
        /* ", drawing condemnation", "by denouncing": the subject of the
         * finite verb before */
        if (b != (size_t)-1 && (punct_is(s, b, ',') || wc(s, b, ENT_WC_GERUNDP))) {
            int f = punct_is(s, b, ',') ? finite_before(s, i) : -1;
            for (size_t q = i; f < 0 && q-- > 0;) f = s->vg[q].finite ? (int)q : -1;   /* "justified it by denouncing" */
            if (f >= 0) v->subj = s->vg[f].subj, v->shared = 1;
        } else if (b == (size_t)-1) {   /* "Calling the attacks a provocation, the Taliban warned" */
            for (size_t q = i + 1; q < s->nvg; q++)
                if (s->vg[q].finite) {
                    v->shared = 1, v->subj = -2 - (int32_t)q;   /* resolved once q has its own */
                    break;
                }
        }
        return;
    }
    if (v->finite) v->subj = subject_left(s, v->start);
}

/* The direct object: the noun phrase right after the verb (past adverbs),
 * not after a preposition; for a verb whose subject comes right after a
 * relative pronoun, that pronoun ("which Israel deterred"). */
static void find_object(ent_sentence *s, ent_vg *v) {
    size_t j = v->end;
    while (j < s->n && tag(s, j) == ENT_POS_ADV && !wc(s, j, ENT_WC_SUB)) j++;
    int ni = np_starting_at(s, j);
    if (!v->passive && ni >= 0 && s->np[ni].prep < 0 && !v->reduced) v->obj = ni;
    if (v->obj < 0 && v->subj >= 0 && s->np[v->subj].start > 0) {
        int r = np_ending_at(s, s->np[v->subj].start - 1);
        if (r >= 0 && s->np[r].rel >= 0) v->obj = r;
    }
}

static void find_roles(ent_sentence *s) {
    for (size_t i = 0; i < s->nvg; i++) find_subject(s, i);
    for (size_t i = 0; i < s->nvg; i++) {
        ent_vg *v = &s->vg[i];
        if (v->subj <= -2) v->subj = s->vg[-2 - v->subj].subj;
        find_object(s, v);
    }
}

/* A preposition that is also a subordinate word ("after", "as", "since")
 * governs its noun phrase only when no verb follows: "after the meeting",
 * not "after Biden urged". */
static void settle_prepositions(ent_sentence *s) {
    for (size_t i = 0; i < s->nnp; i++) {
        ent_np *p = &s->np[i];
        if (p->prep < 0 || !ent_an_is(s, (size_t)p->prep, "sub")) continue;
        size_t e = np_extent(s, (int)i);
        while (e < s->n && tag(s, e) == ENT_POS_ADV) e++;
        if (e < s->n && s->vg_at[e] >= 0 && s->vg[s->vg_at[e]].finite) p->prep = -1;
    }
}

/* Only function words belong to the classes ENT_WC_* (determiners,
 * auxiliaries, prepositions, conjunctions, negation, relative pronouns;
 * "," joins a list): nouns, names, adjectives, numbers and verbs are not
 * looked up. */
static int function_word(const ent_sentence *s, size_t k) {
    int t = tag(s, k);
    return !(t == ENT_POS_NOUN || t == ENT_POS_PROPN || t == ENT_POS_ADJ || t == ENT_POS_NUM || ent_pos_verb(t) ||
             (t == ENT_POS_PUNCT && !punct_is(s, k, ',')));
}

void ent_an_en_phrases(ent_sentence *s, ent_arena *ar) {
    s->nnp = s->nvg = 0;
    if (!s->pos) return;
    s->np = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->np);
    s->vg = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->vg);
    s->np_at = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->np_at);
    s->vg_at = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->vg_at);
    s->wc = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->wc);
    s->m_at = ent_arena_alloc(ar, (s->n + 1) * sizeof *s->m_at);
    for (size_t k = 0; k < s->n; k++) {
        s->np_at[k] = s->vg_at[k] = s->m_at[k] = -1;
        s->wc[k] = function_word(s, k) ? ent_an_classes(s->an, s->lang, s->tok[k].norm) : 0;
    }
    for (size_t i = 0; i < s->nm; i++)
        for (uint32_t k = s->m[i].tok_start; k < s->m[i].tok_end && k < s->n; k++) s->m_at[k] = (int32_t)i;
    for (size_t k = 0; k < s->n;) {
        size_t e = chunk_np(s, k);
        if (e == k && !s->report[k]) e = chunk_vg(s, k);   /* "according to", ", Interfax reported" are no clause */
        k = e > k ? e : k + 1;
    }
    link_phrases(s);
    settle_prepositions(s);
    find_roles(s);
}

int ent_an_en_np(const ent_sentence *s, size_t k) { return s->nnp && k < s->n ? s->np_at[k] : -1; }
int ent_an_en_vg(const ent_sentence *s, size_t k) { return s->nvg && k < s->n ? s->vg_at[k] : -1; }

/* ---- for explain ---- */

static void np_text(const ent_sentence *s, int i, ent_buf *b) {
    if (i < 0) {
        ent_buf_adds(b, "-");
        return;
    }
    const ent_np *p = &s->np[i];
    int last = i;
    while (s->np[last].conj > last) last = s->np[last].conj;   /* "Russia and North Korea" */
    ent_buf_printf(b, "\"%.*s\"", (int)(s->tok[s->np[last].end - 1].end - s->tok[p->start].start), s->a->text + s->tok[p->start].start);
    if (p->rel >= 0) {
        ent_buf_adds(b, " (= ");
        np_text(s, p->rel, b);
        ent_buf_adds(b, ")");
    }
    if (p->of >= 0) {
        ent_buf_adds(b, " of ");
        np_text(s, p->of, b);
    }
    if (p->appos >= 0) {
        ent_buf_adds(b, ", ");
        np_text(s, p->appos, b);
    }
}

void ent_an_en_describe(const ent_sentence *s, size_t i, ent_buf *b) {
    const ent_vg *v = &s->vg[i];
    ent_buf_printf(b, "verb \"%.*s\"%s%s%s%s: subject ", (int)(s->tok[v->end - 1].end - s->tok[v->start].start), s->a->text + s->tok[v->start].start,
                   v->finite ? "" : " (no tense)", v->passive ? " (passive)" : "", v->reduced ? " (after its noun)" : "",
                   v->shared ? " (shared)" : "");
    np_text(s, v->subj, b);
    ent_buf_adds(b, ", object ");
    np_text(s, v->obj, b);
}
