/* code_article.c - code one article with libentente alone: its language,
 * events and treaties, as `entente code` and `entente ingest` code it.
 *
 *   cc code_article.c $(pkg-config --cflags entente) $(pkg-config --static --libs entente) -o code_article
 *   ./code_article
 *
 * The library reads its dictionaries from where `make install` put them
 * (pkg-config --variable=datadir entente), or from $ENTENTE_DATA. */
#include <entente/pipeline/pipeline.h>

#include <stdio.h>
#include <string.h>

/* an article's canonical text: its headline, a blank line, its body */
static const char title[] = "Russia and North Korea sign a mutual defence treaty";
static const char text[] =
    "Russia and North Korea sign a mutual defence treaty\n\n"
    "Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday. "
    "Under the treaty, each side is obliged to provide military assistance to the other if it is attacked. "
    "Ukraine did not comment.";

int main(void) {
    ent_pipeline_opts o = {.treaties = 1};   /* built-in dictionaries; also extract treaties */
    ent_err err;
    ent_pipeline *p = ent_pipeline_open(&o, &err);
    if (!p) {
        fprintf(stderr, "code_article: %s\n", err.msg);
        return 1;
    }
    ent_article a = {.id = "example-1", .date = "2024-06-19", .lang = "", .title = title, .text = text,
                     .text_len = strlen(text), .body_start = sizeof title + 1, .url = "", .source = "", .file = ""};
    ent_result r;
    ent_result_init(&r);
    if (ent_pipeline_code(p, &a, NULL, &r, &err)) {
        fprintf(stderr, "code_article: %s\n", err.msg);
        return 1;
    }
    printf("data %s\nlanguage %s, %zu sentences, %zu events, %zu treaties\n", ent_data_dir(), r.lang, r.nsentences,
           r.nevents, r.treaties.nt);
    for (size_t i = 0; i < r.nevents; i++) {
        const ent_event *e = &r.events[i];
        printf("  %s %s %s %s (%s)%s\n", e->date, e->source.code, e->cameo->code, e->target.code, e->cameo->name,
               e->negated ? " negated" : "");
    }
    for (size_t i = 0; i < r.treaties.nt; i++) {
        const ent_treaty *t = &r.treaties.t[i];
        char parties[160];
        ent_treaty_parties_str(t, parties, sizeof parties);
        printf("  treaty %s \"%s\"\n", parties, t->name_en);
        for (int k = 0; k < t->noblig; k++) printf("    %s obligation of %s towards %s\n", t->oblig[k].type, t->oblig[k].from, t->oblig[k].to);
    }
    ent_result_free(&r);
    ent_pipeline_close(p);
    return 0;
}
