/* test_postag.c - the English part-of-speech tagger (src/text/postag.h) with
 * the shipped model data/pos/en.txt: the tags that the English analysis
 * relies on (a verb's form, a noun after a possessive, a participle after
 * its noun), tokens that join several words, and model files that cannot
 * be read. */
#include "../../src/text/postag.h"
#include "t.h"

#include <stdlib.h>

static ent_text *t;
static ent_pos_model *m;

/* The tags of `text`, space-separated ("PROPN NOUN VBD ..."). */
static const char *tags_of(const char *text) {
    static char out[1024];
    ent_arena ar;
    ent_arena_init(&ar, 1 << 12);
    ent_token *tok;
    size_t n = 0;
    ent_err e;
    ent_span sp = {0, (uint32_t)strlen(text)};
    out[0] = 0;
    if (!ent_text_tokens(t, text, sp, "en", &ar, &tok, &n, &e)) {
        uint8_t tags[256];
        ent_pos_tag(m, text, tok, n < 256 ? n : 256, tags);
        size_t o = 0;
        for (size_t i = 0; i < n && i < 256; i++)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? " " : "", ent_pos_name(tags[i]));
    }
    ent_arena_free(&ar);
    return out;
}

static void tagging(void) {
    T_STREQ("a possessive subject, a past verb, a noun after 'from'", tags_of("China's drills drew condemnation from Taiwan."),
            "PROPN NOUN VBD NOUN ADP PROPN PUNCT");
    T_STREQ("a participle after its noun, a passive", tags_of("The truce proposed by Egypt was rejected."),
            "DET NOUN VBN ADP PROPN AUX VBN PUNCT");
    T_STREQ("a relative pronoun and its clause's past verb", tags_of("The leaders of Chile and Peru signed a deal, which Bolivia rejected."),
            "DET NOUN ADP PROPN CCONJ PROPN VBD DET NOUN PUNCT PRON PROPN VBD PUNCT");
    T_STREQ("a base form after 'to', a plural noun after 'the'", tags_of("Biden urged Netanyahu to stop the attacks."),
            "PROPN VBD PROPN PART VB DET NOUN PUNCT");
    T_STREQ("present tense, an -ing form", tags_of("Russia says it is sending troops."), "PROPN VBP PRON AUX VBG NOUN PUNCT");
    T_STREQ("'didn't' is one token, tagged as its auxiliary", tags_of("He didn't visit Cuba."), "PRON AUX VB PROPN PUNCT");
    T_STREQ("a number", tags_of("They fired 48 rockets."), "PRON VBD NUM NOUN PUNCT");
    T_STREQ("an empty sentence", tags_of(""), "");
}

static void model_files(void) {
    size_t nf = 0, nw = 0;
    ent_pos_size(m, &nf, &nw);
    T_CHECK("the model has features and a tag dictionary", nf > 1000 && nw > 100);
    ent_err e;
    ent_err_clear(&e);
    ent_pos_model *x = ent_pos_load("/nonexistent/en.txt", &e);
    T_CHECK("a missing model: an error", !x && e.code == ENT_EIO);
    char path[] = "/tmp/entente-postag-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (f) {
        fputs("# a comment\nd\tthe\tDET\nf\tw\tthe\t\tDET:100 NOUN:-5\nf\tw\tx\t\tNOTATAG:3\n", f);
        fclose(f);
    }
    ent_err_clear(&e);
    x = ent_pos_load(path, &e);
    T_CHECK("an unknown tag: an error on its line", !x && e.code == ENT_EFORMAT && e.line == 4);
    ent_pos_free(x);
    remove(path);
}

int main(void) {
    ent_err e;
    ent_err_clear(&e);
    t = ent_text_new(NULL, &e);
    char path[1200];
    snprintf(path, sizeof path, "%s/pos/en.txt", ent_data_dir());
    m = t ? ent_pos_load(path, &e) : NULL;
    if (!m) {
        printf("FAIL postag: %s: %s\n", path, e.msg);
        return 1;
    }
    tagging();
    model_files();
    ent_pos_free(m);
    ent_text_free(t);
    T_DONE();
}
