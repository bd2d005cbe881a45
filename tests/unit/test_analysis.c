/* test_analysis.c - the analysed sentence (src/coder/analysis.h): mentions
 * with the article's short names, clauses and segments, the reporting
 * frame, the phrase around a mention, Hungarian forms and the mood of a
 * verb, on the built-in dictionaries. */
#include "../../src/coder/analysis.h"
#include "t.h"

#include <stdlib.h>

static ent_text *t;
static ent_dict *d;
static ent_verbs *v;
static ent_analyzer *an;

/* Analyses `text` (headline "x", then the text as the body) in lang; the
 * body's sentences start at index 1. */
static ent_sentence *analyse(const char *lang, const char *text, size_t *n, ent_arena *ar) {
    static char buf[4096];
    snprintf(buf, sizeof buf, "x\n\n%s", text);
    static ent_article a;   /* the sentences point to it */
    memset(&a, 0, sizeof a);
    a.text = buf;
    a.text_len = strlen(buf);
    a.date = "2025-09-03";
    a.id = a.lang = a.title = a.url = a.source = a.file = "";
    ent_sentence *s = NULL;
    ent_err e;
    ent_err_clear(&e);
    if (ent_analyze_article(an, &a, lang, a.date, ar, &s, n, &e)) *n = 0;
    return s;
}

/* The text of bytes [s, e) of the sentence's article. */
static const char *span(const ent_sentence *x, uint32_t s, uint32_t e) {
    static char b[256];
    snprintf(b, sizeof b, "%.*s", (int)(e - s), x->a->text + s);
    return b;
}

/* The token whose folded form is w, or (size_t)-1. */
static size_t tok(const ent_sentence *x, const char *w) {
    for (size_t k = 0; k < x->n; k++)
        if (!strcmp(x->tok[k].norm, w)) return k;
    return (size_t)-1;
}

/* The mention covering the token whose folded form is w, or NULL. */
static const ent_mention *mention(const ent_sentence *x, const char *w, int *idx) {
    size_t k = tok(x, w);
    int i = k == (size_t)-1 ? -1 : ent_an_mention_at(x, k);
    if (idx) *idx = i;
    return i < 0 ? NULL : &x->m[i];
}

static void reports(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("en", "Russia and North Korea reaffirmed their agreement, Interfax reported.", &n, ar);
    T_CHECK("closing report: one sentence", n == 2);
    if (n < 2) return;
    T_CHECK("closing report: kind 2", s[1].rep.kind == 2);
    T_STREQ("closing report: the speaker", span(&s[1], s[1].rep.start, s[1].rep.end), "Interfax");
    T_CHECK("closing report: the frame's tokens", s[1].report[tok(&s[1], "reported")] && !s[1].report[tok(&s[1], "russia")]);
    s = analyse("en", "According to KCNA, Pyongyang sent troops to Russia.", &n, ar);
    T_CHECK("according to: kind 1", n == 2 && s[1].rep.kind == 1);
    T_STREQ("according to: the speaker", n == 2 ? span(&s[1], s[1].rep.start, s[1].rep.end) : "", "KCNA");
    s = analyse("en", "Seoul said Pyongyang sent troops to Russia.", &n, ar);
    T_CHECK("opening said: the speaker is an actor", n == 2 && s[1].rep.kind == 2 && !strcmp(s[1].rep.code, "KORGOV"));
    s = analyse("en", "Modi said ties with China were good.", &n, ar);
    T_CHECK("opening said without a reported act: no frame", n == 2 && s[1].rep.kind == 0);
    s = analyse("hu", "Megerősítette korábbi megállapodását Oroszország és Észak-Korea — közölte az Interfax.", &n, ar);
    T_STREQ("hu closing report: the speaker", n == 2 ? span(&s[1], s[1].rep.start, s[1].rep.end) : "", "Interfax");
}

static void clauses(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("en", "Kim thanked the soldiers for fighting and invited Putin; Putin accepted, while Xi watched.", &n, ar);
    T_CHECK("clauses: analysed", n == 2);
    if (n < 2) return;
    const ent_sentence *x = &s[1];
    T_CHECK("clause: 'and' before a second past verb", x->clause[tok(x, "invited")] == x->clause[tok(x, "kim")] + 1);
    T_CHECK("clause: a semicolon", x->clause[tok(x, "accepted")] == x->clause[tok(x, "invited")] + 1);
    T_CHECK("clause: a comma before 'while'", x->clause[tok(x, "watched")] == x->clause[tok(x, "accepted")] + 1);
    size_t lo, hi;
    ent_an_segment(x, tok(x, "xi"), &lo, &hi);
    T_CHECK("segment: after 'while' to the end", lo == tok(x, "xi") && hi == x->n);
}

static void phrases(ent_arena *ar) {
    size_t n;
    int i;
    ent_sentence *s = analyse("en", "Japan signed an agreement with a visiting Ukrainian delegation.", &n, ar);
    const ent_mention *m = n == 2 ? mention(&s[1], "ukrainian", &i) : NULL;
    T_CHECK("phrase: 'with a visiting ...' governs the mention", m && s[1].ph[i].prep && !strcmp(s[1].ph[i].prep, "with"));
    s = analyse("hu", "Kína vámot vetett ki az amerikai termékekre.", &n, ar);
    m = n == 2 ? mention(&s[1], "amerikai", &i) : NULL;
    T_STREQ("hu phrase: the head's case", m ? s[1].ph[i].head_tag : "", "SUB");
    s = analyse("hu", "Szankciókat vezettek be az orosz olajvállalat ellen.", &n, ar);
    m = n == 2 ? mention(&s[1], "orosz", &i) : NULL;
    T_STREQ("hu phrase: the head's postposition", m && s[1].ph[i].head_postp ? s[1].ph[i].head_postp : "", "ellen");
}

static void forms_and_mood(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("en", "Russia would attack Ukraine.", &n, ar);
    T_STREQ("mood: would", n == 2 ? ent_an_mood(&s[1], tok(&s[1], "attack")) : "", "hypothetical");
    s = analyse("en", "Russia attacked Ukraine.", &n, ar);
    T_CHECK("mood: a fact", n == 2 && ent_an_mood(&s[1], tok(&s[1], "attacked")) == NULL);
    s = analyse("hu", "Oroszország megtámadná Ukrajnát.", &n, ar);
    T_CHECK("hu: analysed", n == 2);
    if (n < 2) return;
    size_t k = tok(&s[1], "megtámadná");
    const ent_hun_info *h = k == (size_t)-1 ? NULL : ent_an_hun_verb(&s[1], k);
    T_CHECK("hu: a conditional verb", h && h->cond && h->lemma && !strcmp(h->lemma, "megtámad"));
    T_STREQ("hu mood: conditional", ent_an_mood(&s[1], k), "hypothetical");
    const ent_mention *m = mention(&s[1], "ukrajnát", NULL);
    T_STREQ("hu: the accusative", m ? m->tag : "", "ACC");
}

/* The words of noun phrase i ("" for -1). */
static const char *np_words(const ent_sentence *x, int i) {
    if (i < 0) return "";
    return span(x, x->tok[x->np[i].start].start, x->tok[x->np[i].end - 1].end);
}

/* The subject (which 's') or object ('o') of the verb at word w of the
 * body's sentence, as its words; a relative pronoun as "which=ANTECEDENT". */
static const char *role_of(const char *text, const char *w, char which) {
    static char out[256];
    ent_arena ar;
    ent_arena_init(&ar, 1 << 14);
    size_t n;
    ent_sentence *s = analyse("en", text, &n, &ar);
    out[0] = 0;
    size_t k = n == 2 ? tok(&s[1], w) : (size_t)-1;
    int v = k == (size_t)-1 ? -1 : ent_an_en_vg(&s[1], k);
    if (v >= 0) {
        int i = which == 's' ? s[1].vg[v].subj : s[1].vg[v].obj;
        snprintf(out, sizeof out, "%s", np_words(&s[1], i));
        if (i >= 0 && s[1].np[i].rel >= 0) {
            size_t l = strlen(out);
            snprintf(out + l, sizeof out - l, "=%s", np_words(&s[1], s[1].np[i].rel));
        }
        if (s[1].vg[v].reduced) snprintf(out + strlen(out), sizeof out - strlen(out), " (described)");
    }
    ent_arena_free(&ar);
    return out;
}

static void structure(ent_arena *ar) {
    T_STREQ("subject: past a prepositional phrase", role_of("Hundreds of Kenyan students in Nairobi protested.", "protested", 's'), "Hundreds");
    size_t n;
    ent_sentence *s = analyse("en", "Hundreds of Kenyan students protested.", &n, ar);
    int i = n == 2 ? ent_an_en_np(&s[1], tok(&s[1], "hundreds")) : -1;
    T_STREQ("noun phrase: the phrase after 'of'", i >= 0 ? np_words(&s[1], s[1].np[i].of) : "", "Kenyan students");
    T_STREQ("subject: across a subordinate word", role_of("The talks came as Egypt announced a truce.", "announced", 's'), "Egypt");
    T_STREQ("object: none across a subordinate word", role_of("The talks came as Egypt announced a truce.", "came", 'o'), "");
    T_STREQ("subject: a relative pronoun", role_of("Rwanda, which denies the accusations, met Uganda.", "denies", 's'), "which=Rwanda");
    T_STREQ("subject: past a relative clause", role_of("Rwanda, which denies the accusations, met Uganda.", "met", 's'), "Rwanda");
    T_STREQ("object: a relative pronoun before the subject", role_of("Iran's drones - which Israel intercepted - hit Haifa.", "intercepted", 'o'),
            "which=Iran's drones");
    T_STREQ("subject: past a dashed insertion", role_of("Iran's drones - which Israel intercepted - hit Haifa.", "hit", 's'), "Iran's drones");
    s = analyse("en", "Ali Bagheri, Iran's deputy foreign minister, criticised France.", &n, ar);
    i = n == 2 ? ent_an_en_np(&s[1], tok(&s[1], "bagheri")) : -1;
    T_STREQ("noun phrase: an apposition", i >= 0 ? np_words(&s[1], s[1].np[i].appos) : "", "Iran's deputy foreign minister");
    T_STREQ("subject: past an apposition", role_of("Ali Bagheri, Iran's deputy foreign minister, criticised France.", "criticised", 's'),
            "Ali Bagheri");
    T_STREQ("a participle after its noun", role_of("Israel rejected the truce proposed by Egypt.", "proposed", 's'), "the truce (described)");
    T_STREQ("... before the clause's verb", role_of("The truce proposed by Egypt was rejected.", "proposed", 's'), "The truce (described)");
    T_STREQ("a past tense taken for a participle", role_of("Hundreds of students marched in Manila.", "marched", 's'), "Hundreds");
    T_STREQ("shared subject after 'and'", role_of("Russian troops entered Ukraine and attacked Kharkiv.", "attacked", 's'), "Russian troops");
    T_STREQ("shared subject of an -ing form after a comma", role_of("China held drills, drawing condemnation from Taiwan.", "drawing", 's'),
            "China");
    T_STREQ("passive: the subject", role_of("Ukraine was attacked by Russia.", "attacked", 's'), "Ukraine");
}

static void short_names(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("en", "North Korean leader Kim Jong Un met Vladimir Putin. Putin invited Kim to Moscow.", &n, ar);
    const ent_mention *m = n == 3 ? mention(&s[2], "kim", NULL) : NULL;
    T_STREQ("short name: 'Kim' after 'Kim Jong Un'", m ? m->code : "", "PRKGOV");
}

int main(void) {
    ent_err e;
    ent_err_clear(&e);
    t = ent_text_new(NULL, &e);
    ent_dict_opts o = {0};
    d = t ? ent_dict_new(t, NULL, &o) : NULL;
    if (!d || ent_dict_load_builtin(d, NULL, &e)) {
        printf("FAIL analysis: dictionaries: %s\n", e.msg);
        return 1;
    }
    v = ent_verbs_new(t, NULL);
    if (ent_verbs_load_builtin(v, NULL, &e)) printf("FAIL analysis: verbs: %s\n", e.msg);
    an = ent_analyzer_new(t, d, v, NULL);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    reports(&ar);
    clauses(&ar);
    phrases(&ar);
    forms_and_mood(&ar);
    short_names(&ar);
    structure(&ar);
    ent_arena_free(&ar);
    ent_analyzer_free(an);
    ent_verbs_free(v);
    ent_dict_free(d);
    ent_text_free(t);
    T_DONE();
}
