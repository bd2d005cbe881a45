/* test_analysis_hu.c - the Hungarian layer of the analysed sentence
 * (src/coder/analysis_hu.c) on the built-in dictionaries: the noun phrase
 * around a name (apposition, possessed role, head of a group, genitive),
 * bare titles, the extra preverb, compounds, and the mood of a planned act.
 * The coder's events on such sentences are in tests/fixtures/hu/rules.txt. */
#include "../../src/coder/analysis.h"
#include "t.h"

#include <stdlib.h>

static ent_text *t;
static ent_dict *d;
static ent_verbs *v;
static ent_analyzer *an;

/* Analyses `text` (headline "x", then the body) in Hungarian; the body's
 * sentences start at index 1. */
static ent_sentence *analyse(const char *text, size_t *n, ent_arena *ar) {
    static char buf[4096];
    snprintf(buf, sizeof buf, "x\n\n%s", text);
    static ent_article a;
    memset(&a, 0, sizeof a);
    a.text = buf;
    a.text_len = strlen(buf);
    a.date = "2025-03-10";
    a.id = a.lang = a.title = a.url = a.source = a.file = "";
    ent_sentence *s = NULL;
    ent_err e;
    ent_err_clear(&e);
    if (ent_analyze_article(an, &a, "hu", a.date, ar, &s, n, &e)) *n = 0;
    return s;
}

/* The token whose folded form is w, or (size_t)-1. */
static size_t tok(const ent_sentence *x, const char *w) {
    for (size_t k = 0; k < x->n; k++)
        if (!strcmp(x->tok[k].norm, w)) return k;
    return (size_t)-1;
}

/* The mention covering the token w, or NULL. */
static const ent_mention *mention(const ent_sentence *x, const char *w) {
    size_t k = tok(x, w);
    int i = k == (size_t)-1 ? -1 : ent_an_mention_at(x, k);
    return i < 0 ? NULL : &x->m[i];
}

static const char *span(const ent_sentence *x, const ent_mention *m) {
    static char b[256];
    snprintf(b, sizeof b, "%.*s", m ? (int)(m->end - m->start) : 0, m ? x->a->text + m->start : "");
    return b;
}

static void noun_phrases(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("Andrij Szibiga ukrán külügyminiszter Szijjártó Péter magyar külgazdasági és külügyminiszterrel tárgyalt.", &n, ar);
    const ent_mention *m = n == 2 ? mention(&s[1], "péter") : NULL;
    T_STREQ("apposition: the title's case is the person's", m ? m->tag : "", "INS");
    T_STREQ("apposition: one mention with its title", span(&s[1], m), "Szijjártó Péter magyar külgazdasági és külügyminiszterrel");
    m = n == 2 ? mention(&s[1], "ukrán") : NULL;
    T_STREQ("a title of another country before a name is its own", m ? m->code : "", "UKRGOV");
    s = analyse("Oroszország bécsi nagykövete tiltakozott.", &n, ar);
    m = n == 2 ? mention(&s[1], "oroszország") : NULL;
    T_STREQ("possessed role: the possessor's country", m ? m->code : "", "RUSGOV");
    s = analyse("Az amerikai képviselőház elnöke Tajvanra látogatott.", &n, ar);
    m = n == 2 ? mention(&s[1], "elnöke") : NULL;
    T_STREQ("possessed role: the head of an institution has its role", m ? m->code : "", "USALEG");
    s = analyse("Tüntetők ezreit tartóztatták le.", &n, ar);
    m = n == 2 ? mention(&s[1], "ezreit") : NULL;
    T_STREQ("head of a group: the case of 'ezreit'", m ? m->tag : "", "ACC");
    s = analyse("Kijev a nagykövetség négy tisztviselőjének kiutasítását jelentette be.", &n, ar);
    m = n == 2 ? mention(&s[1], "tisztviselőjének") : NULL;
    T_STREQ("genitive -nak/-nek before a possessed noun: that noun's case", m ? m->tag : "", "ACC");
    s = analyse("Orbán Viktor békemissziót hirdetett az orosz–ukrán háború rendezése érdekében.", &n, ar);
    int i = -1;
    m = n == 2 ? mention(&s[1], "orosz") : NULL;
    if (m) i = (int)(m - s[1].m);
    T_STREQ("'az orosz–ukrán háború': the dash pair modifies its noun", i >= 0 ? s[1].ph[i].head_tag : "", "MOD");
    s = analyse("Sinisa Mali szerb pénzügyminiszter Budapestre látogatott.", &n, ar);
    m = n == 2 ? mention(&s[1], "mali") : NULL;
    T_STREQ("a place inside a name before a title is no place", m ? m->code : "", "SRBGOV");
}

static void titles_and_words(ent_arena *ar) {
    size_t n;
    ent_sentence *s = analyse("A nigeri junta kiutasította a nagykövetet. A junta bírálta Franciaországot.", &n, ar);
    const ent_mention *m = n == 3 ? mention(&s[2], "junta") : NULL;
    T_STREQ("bare title: the one named before with that title", m ? m->code : "", "NERGOV");
    s = analyse("Az izraeli légierő légicsapást hajtott végre.", &n, ar);
    size_t k = n == 2 ? tok(&s[1], "végre") : (size_t)-1;
    int prv = 0;
    for (int i = 0; k != (size_t)-1 && i < s[1].nhun[k]; i++) prv |= s[1].hun[k * ENT_AN_HUN + i]->pos == ENT_HUN_PREVERB;
    T_CHECK("'végre' is a separable preverb", prv);
    s = analyse("Rakétákkal támadták Ukrajna energiainfrastruktúrájára.", &n, ar);
    k = n == 2 ? tok(&s[1], "energiainfrastruktúrájára") : (size_t)-1;
    char tg[6] = "";
    T_CHECK("an unknown compound is read on its last member", k != (size_t)-1 && ent_an_hun_poss_noun(&s[1], k, tg) && !strcmp(tg, "SUB"));
    s = analyse("Robert Fico a tervek szerint január 16-án Budapestre látogat.", &n, ar);
    k = n == 2 ? tok(&s[1], "látogat") : (size_t)-1;
    T_STREQ("a present tense of a plan is the future", k != (size_t)-1 ? ent_an_mood(&s[1], k) : "", "future");
}

int main(void) {
    ent_err e;
    ent_err_clear(&e);
    t = ent_text_new(NULL, &e);
    ent_dict_opts o = {0};
    d = t ? ent_dict_new(t, NULL, &o) : NULL;
    if (!d || ent_dict_load_builtin(d, NULL, &e)) {
        printf("FAIL analysis_hu: dictionaries: %s\n", e.msg);
        return 1;
    }
    v = ent_verbs_new(t, NULL);
    if (ent_verbs_load_builtin(v, NULL, &e)) printf("FAIL analysis_hu: verbs: %s\n", e.msg);
    an = ent_analyzer_new(t, d, v, NULL);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    noun_phrases(&ar);
    titles_and_words(&ar);
    ent_arena_free(&ar);
    ent_analyzer_free(an);
    ent_verbs_free(v);
    ent_dict_free(d);
    ent_text_free(t);
    T_DONE();
}
