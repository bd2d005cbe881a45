/* fuzz_code - the whole coding pipeline (sentences, tokens, actors, verb
 * patterns, roles) and the treaty extractor on arbitrary bytes as an
 * English or Hungarian article, with the built-in dictionaries. */
#include "../src/base/utf8.h"
#include "../src/coder/coder.h"
#include "../src/treaty/treaty.h"
#include "fuzz_common.h"

static ent_text *t;
static ent_dict *d;
static ent_verbs *v;
static ent_codebook *cb;
static ent_coder *c;
static ent_treaty_ex *x;

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
        if (!(x = ent_treaty_ex_new(t, d, NULL, NULL, &e))) abort();
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
    const char *lang = data[0] & 1 ? "hu" : "en";
    if (ent_coder_article(c, &a, lang, NULL, &ar, &ev, &n, &err)) n = 0, ev = NULL;
    for (size_t i = 0; i < n; i++)
        if (ev[i].source.end > a.text_len || ev[i].target.end > a.text_len || ev[i].ev_end > a.text_len) abort();
    ent_treaty_facts f;
    if (!ent_treaty_extract(x, &a, lang, ev, n, &ar, &f, &err)) {
        for (size_t i = 0; i < f.nt; i++) {
            const ent_treaty *tr = &f.t[i];
            if (tr->nparties < 1 || tr->nparties > ENT_TR_MAX_PARTIES) abort();
            for (int k = 0; k < tr->noblig; k++)
                if (tr->oblig[k].at.end > a.text_len || tr->oblig[k].at.start > tr->oblig[k].at.end) abort();
            for (int k = 0; k < tr->nstatus; k++)
                if (tr->status[k].at.end > a.text_len) abort();
        }
        for (size_t i = 0; i < f.nf; i++)
            if (f.f[i].at.end > a.text_len) abort();
        ent_buf o;
        ent_buf_init(&o);
        ent_treaty_facts_json(&f, &a, &o);
        ent_treaty_facts_text(&f, &o);
        ent_buf_free(&o);
    }
    ent_arena_free(&ar);
    ent_buf_free(&b);
    return 0;
}
