/* fuzz_code - the whole coding pipeline (sentences, tokens, actors, verb
 * patterns, roles) on arbitrary bytes as an English or Hungarian article,
 * with the built-in dictionaries. */
#include "../src/base/utf8.h"
#include "../src/coder/coder.h"
#include "fuzz_common.h"

static ent_text *t;
static ent_dict *d;
static ent_verbs *v;
static ent_codebook *cb;
static ent_coder *c;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    if (!c) {
        ent_err e;
        if (!(t = ent_text_new(NULL, &e)) || !(cb = ent_codebook_load(ent_data_dir(), &e))) abort();
        d = ent_dict_new(t, NULL, NULL);
        if (ent_dict_load_builtin(d, NULL, &e)) abort();
        v = ent_verbs_new(t, NULL);
        if (ent_verbs_load_builtin(v, NULL, &e)) abort();
        c = ent_coder_new(t, d, v, cb, NULL);
    }
    ent_buf b;
    ent_buf_init(&b);
    ent_utf8_repair(&b, (const char *)data + 1, size - 1, NULL);
    ent_article a;
    memset(&a, 0, sizeof a);
    a.text = b.p ? b.p : "";
    a.text_len = b.len;
    a.date = "2025-09-03";
    a.id = a.lang = a.title = a.url = a.source = a.file = "";
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    ent_event *ev;
    size_t n;
    ent_err err;
    ent_coder_article(c, &a, data[0] & 1 ? "hu" : "en", NULL, &ar, &ev, &n, &err);
    for (size_t i = 0; i < n; i++)
        if (ev[i].source.end > a.text_len || ev[i].target.end > a.text_len || ev[i].ev_end > a.text_len) abort();
    ent_arena_free(&ar);
    ent_buf_free(&b);
    return 0;
}
