/* fuzz_dict - the dictionary loaders (own format, TABARI/PETRARCH actors
 * and agents, verb patterns) on arbitrary bytes, then a match over the
 * input as text. */
#include "../src/coder/verbs.h"
#include "../src/dict/dict.h"
#include "../src/text/text.h"
#include "fuzz_common.h"

static ent_text *t;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    if (!t) {
        ent_err e;
        t = ent_text_new(NULL, &e);
        if (!t) abort();
    }
    int kind = data[0] % 4;
    const char *path = fuzz_file(data + 1, size - 1, kind == 1 ? ".actors" : kind == 2 ? ".agents" : ".txt");
    ent_err err;
    if (kind == 3) {
        ent_verbs *v = ent_verbs_new(t, NULL);
        ent_verbs_load_file(v, path, NULL, NULL, &err);
        ent_verbs_free(v);
        return 0;
    }
    ent_dict_opts o = {.no_builtin = 1};
    ent_dict *d = ent_dict_new(t, NULL, &o);
    ent_dict_load_file(d, path, NULL, kind == 2, NULL, &err);
    /* match the (repaired) input itself against what was loaded */
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    size_t n = size - 1 > 4096 ? 4096 : size - 1;
    char *txt = ent_arena_alloc(&ar, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) txt[k++] = (data[1 + i] >= 0x20 && data[1 + i] < 0x7f) ? (char)data[1 + i] : ' ';
    txt[k] = 0;
    ent_token *tok;
    size_t nt;
    ent_span sp = {0, (uint32_t)k};
    ent_mention *m;
    size_t nm;
    if (!ent_text_tokens(t, txt, sp, "en", &ar, &tok, &nt, NULL)) ent_dict_match(d, txt, tok, nt, "en", 20250101, &ar, &m, &nm);
    ent_arena_free(&ar);
    ent_dict_free(d);
    return 0;
}
