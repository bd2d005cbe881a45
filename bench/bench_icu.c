/* bench_icu - the floor: ICU word segmentation alone over the texts of a
 * JSON Lines corpus (what any tokenising coder pays). Prints sentences
 * (ICU sentence breaks), words, seconds, words/s and MB/s. */
#include "../src/base/buf.h"
#include "../src/ingest/ingest.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    ent_reader *r = ent_reader_new(NULL, NULL);
    for (int i = 1; i < argc; i++) ent_reader_add(r, argv[i], NULL);
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *wb = ubrk_open(UBRK_WORD, "en", NULL, 0, &st), *sb = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &st);
    if (U_FAILURE(st)) return 1;
    ent_article a;
    unsigned long long words = 0, sents = 0, bytes = 0;
    double t = 0;
    while (ent_reader_next(r, &a)) {
        double t0 = now();
        UText *ut = utext_openUTF8(NULL, a.text, (int64_t)a.text_len, &st);
        ubrk_setUText(wb, ut, &st);
        for (int32_t p = ubrk_first(wb); p != UBRK_DONE; p = ubrk_next(wb))
            if (ubrk_getRuleStatus(wb) >= UBRK_WORD_NUMBER) words++;
        ubrk_setUText(sb, ut, &st);
        for (int32_t p = ubrk_first(sb); p != UBRK_DONE; p = ubrk_next(sb)) sents++;
        utext_close(ut);
        t += now() - t0;
        bytes += a.text_len;
    }
    printf("icu-words: %llu sentences, %llu words, %.2f s, %.0f sentences/s, %.0f words/s, %.1f MB/s\n", sents, words, t,
           (double)sents / t, (double)words / t, (double)bytes / t / 1e6);
    ubrk_close(wb);
    ubrk_close(sb);
    ent_reader_free(r);
    return 0;
}
