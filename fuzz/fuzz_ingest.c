/* fuzz_ingest - every article reader (plain, JSON Lines, TABARI records) on
 * arbitrary bytes; the first byte picks the format. */
#include "../src/ingest/ingest.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    static const ent_input_format fmts[] = {ENT_FMT_AUTO, ENT_FMT_PLAIN, ENT_FMT_JSONL, ENT_FMT_TABARI};
    ent_reader_opts o = {.format = fmts[data[0] % 4], .max_article_bytes = 1 << 16};
    const char *path = fuzz_file(data + 1, size - 1, data[0] & 4 ? ".jsonl" : ".txt");
    ent_reader *r = ent_reader_new(&o, NULL);
    ent_reader_add(r, path, NULL);
    ent_article a;
    while (ent_reader_next(r, &a))
        if (strlen(a.text) != a.text_len) abort();
    ent_reader_free(r);
    return 0;
}
