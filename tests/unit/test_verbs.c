/* test_verbs.c - the verb pattern language and its lookups (src/coder/verbs.h):
 * English word forms of a lemma, the parsing of a pattern line, bad lines,
 * the index by trigger key. */
#include "../../src/coder/verbs.h"
#include "t.h"

#include <stdlib.h>
#include <unistd.h>

static ent_text *t;

static void forms(void) {
    ent_verbs *v = ent_verbs_new(t, NULL);
    ent_err e;
    ent_err_clear(&e);
    if (ent_verbs_load_builtin(v, NULL, &e)) printf("FAIL verbs: %s\n", e.msg);
    static const char *yes[][2] = {
        {"meet", "meets"},   {"meet", "meeting"},  {"meet", "met"},       {"agree", "agreed"},  {"agree", "agrees"},
        {"seize", "seized"}, {"seize", "seizing"}, {"stop", "stopped"},   {"stop", "stopping"}, {"rally", "rallies"},
        {"rally", "rallied"}, {"press", "presses"}, {"talks", "talks"},   {"talk", "talks"},    {"die", "dying"},
        {"strike", "struck"}, {"sanction", "sanctions"}, {"attack", "attacks"},
    };
    static const char *no[][2] = {
        {"commandeer", "command"}, {"condemn", "condemnation"}, {"allege", "allegations"}, {"meet", "meetings"},
        {"talks", "talk"},         {"nationalize", "national"},  {"support", "supporters"},  {"protest", "protestants"},
        {"cooperate", "cooperation"}, {"murder", "murderers"},   {"stay", "stied"},
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        char name[96];
        snprintf(name, sizeof name, "form: %s of %s", yes[i][1], yes[i][0]);
        T_CHECK(name, ent_verbs_form_of(v, yes[i][0], yes[i][1]));
    }
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        char name[96];
        snprintf(name, sizeof name, "not a form: %s of %s", no[i][1], no[i][0]);
        T_CHECK(name, !ent_verbs_form_of(v, no[i][0], no[i][1]));
    }
    ent_verbs_free(v);
}

static int nbad;
static void count_bad(void *ud, enum ent_severity level, const char *file, long line, const char *msg) {
    (void)ud, (void)level, (void)file, (void)line, (void)msg;
    nbad++;
}

/* A pattern file written to a temporary path and loaded. */
static ent_verbs *load(const char *text, int *bad) {
    char path[] = "/tmp/entente-test-verbs-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    ent_verbs *v = ent_verbs_new(t, NULL);
    ent_diag diag = {count_bad, NULL};
    ent_err e;
    ent_err_clear(&e);
    nbad = 0;
    *bad = ent_verbs_load_file(v, path, "p.txt", &diag, &e);
    unlink(path);
    return v;
}

static const ent_vpat *find(ent_verbs *v, const char *lang, const char *key, size_t i) {
    size_t n;
    const ent_vpat *const *p = ent_verbs_find(v, lang, key, &n);
    return i < n ? p[i] : NULL;
}

static void parsing(void) {
    int bad;
    ent_verbs *v = load("# comment\n"
                        "057 en sym sign {agreement|treaty} with +   # both ways\n"
                        "042 en noun,back=043 visit to +\n"
                        "111 en - hit back\n"
                        "111 en obj attack {policy|plan}\n"
                        "12x en - refuse\n"
                        "111 en odd condemn\n"
                        "020 en - {x} call\n"
                        "163 hu - bevezet {szankció} +ellen\n",
                        &bad);
    T_CHECK("parse: three bad lines", bad == 3 && nbad == 3);
    T_CHECK("parse: five patterns", ent_verbs_count(v) == 5);
    const ent_vpat *p = find(v, "en", "sign", 0);
    T_CHECK("parse: sign found by its stem", p != NULL);
    if (p) {
        T_CHECK("parse: sign sym", p->sym && !p->noun);
        T_CHECK("parse: sign group", p->ngroups == 1 && p->groups[0].n == 2);
        T_CHECK("parse: sign target after 'with'", p->target == 2 && !strcmp(p->target_prep, "with") && p->nlits == 0);
        T_STREQ("parse: source", p->source, "p.txt:2");
    }
    p = find(v, "en", "visit", 0);
    T_CHECK("parse: visit noun back=043", p && p->noun && !strcmp(p->back, "043"));
    p = find(v, "en", "hit", 0);
    T_CHECK("parse: hit back, a particle", p && p->nlits == 1 && !strcmp(p->lits[0], "back") && !p->target);
    p = find(v, "en", "attack", 0);
    T_CHECK("parse: obj flag", p && p->obj && p->ngroups == 1 && p->groups[0].n == 2);
    p = find(v, "hu", "bevezet", 0);
    T_CHECK("parse: Hungarian postposition target", p && p->target == 4 && !strcmp(p->target_prep, "ellen"));
    ent_verbs_free(v);
}

int main(void) {
    ent_err e;
    ent_err_clear(&e);
    t = ent_text_new(NULL, &e);
    if (!t) {
        printf("FAIL verbs: text: %s\n", e.msg);
        return 1;
    }
    forms();
    parsing();
    ent_text_free(t);
    T_DONE();
}
