/* bench_dict - dictionary load time and matching throughput.
 *
 * usage: bench_dict [--phoenix DIR] [--runs N] FILE...
 * Loads the built-in dictionaries (and, with --phoenix, the full Phoenix
 * actor and agent files) N times and reports the median load time; then
 * tokenises FILE... (articles) once and matches every sentence repeatedly for
 * about two seconds, reporting tokens/s on one core. Matching time excludes
 * tokenisation (that is ICU's, measured by `make bench` separately).
 */
#define _POSIX_C_SOURCE 200809L
#include "../src/base/arena.h"
#include "../src/dict/dict.h"
#include "../src/ingest/ingest.h"
#include "../src/text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static ent_dict *load(ent_text *t, const char *phoenix) {
    ent_err err;
    ent_dict *d = ent_dict_new(t, NULL, NULL);
    if (ent_dict_load_builtin(d, NULL, &err)) {
        fprintf(stderr, "bench_dict: %s\n", err.msg);
        exit(1);
    }
    if (phoenix) {
        static const char *files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                      "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};
        for (int i = 0; i < 4; i++) {
            char p[1024];
            snprintf(p, sizeof p, "%s/%s", phoenix, files[i]);
            ent_dict_load_file(d, p, NULL, i == 3, NULL, &err);
        }
    }
    return d;
}

typedef struct sent {
    const char *text, *lang;
    ent_token *tok;
    size_t n;
    int32_t date;
} sent;

int main(int argc, char **argv) {
    const char *phoenix = NULL;
    int runs = 5, i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (!strcmp(argv[i], "--phoenix") && i + 1 < argc) phoenix = argv[++i];
        else if (!strcmp(argv[i], "--runs") && i + 1 < argc) runs = atoi(argv[++i]);
    }
    ent_err err;
    ent_text *t = ent_text_new(NULL, &err);
    double lt[64];
    if (runs > 64) runs = 64;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        ent_dict *d = load(t, phoenix);
        lt[r] = now() - t0;
        ent_dict_free(d);
    }
    qsort(lt, (size_t)runs, sizeof *lt, cmp_d);
    ent_dict *d = load(t, phoenix);
    /* from the compiled cache */
    char cpath[] = "/tmp/entente-bench-dict-XXXXXX";
    int fd = mkstemp(cpath);
    if (fd >= 0) close(fd);
    double ct[64];
    if (ent_dict_cache_save(d, cpath, 42, NULL, 0) == 0) {
        for (int r = 0; r < runs; r++) {
            double t0 = now();
            ent_dict *c = ent_dict_new(t, NULL, NULL);
            if (ent_dict_cache_load(c, cpath, 42, NULL)) fprintf(stderr, "bench_dict: cache load failed\n");
            ct[r] = now() - t0;
            ent_dict_free(c);
        }
        qsort(ct, (size_t)runs, sizeof *ct, cmp_d);
    } else {
        ct[runs / 2] = -1;
    }
    remove(cpath);
    ent_dict_stats st;
    ent_dict_get_stats(d, &st);
    printf("dictionaries: %s; %zu names\n", phoenix ? "built-in + Phoenix" : "built-in", st.names);
    printf("load: cold %.3f s, from the compiled cache %.3f s (medians of %d)\n", lt[runs / 2], ct[runs / 2], runs);
    /* the corpus: tokenised once, kept in memory */
    ent_reader *rd = ent_reader_new(NULL, NULL);
    for (; i < argc; i++) ent_reader_add(rd, argv[i], NULL);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 22);
    sent *sv = NULL;
    size_t ns = 0, cap = 0, ntok = 0;
    ent_article a;
    while (ent_reader_next(rd, &a)) {
        const char *lang = *a.lang ? a.lang : ent_text_langid(a.text, a.text_len);
        ent_dict_need_lang(d, lang);
        char *text = ent_arena_strndup(&ar, a.text, a.text_len);
        ent_span *sp;
        size_t n;
        ent_text_sentences(t, text, a.text_len, lang, &ar, &sp, &n, &err);
        for (size_t k = 0; k < n; k++) {
            if (ns == cap) sv = realloc(sv, (cap = cap ? cap * 2 : 1024) * sizeof *sv);
            sent *s = &sv[ns++];
            s->text = text;
            s->lang = ent_arena_strdup(&ar, lang);
            s->date = ent_date_int(a.date);
            ent_text_tokens(t, text, sp[k], lang, &ar, &s->tok, &s->n, &err);
            ntok += s->n;
        }
    }
    if (!ns) {
        printf("no sentences given: no matching figure\n");
        return 0;
    }
    ent_arena mar;
    ent_arena_init(&mar, 1 << 20);
    size_t done = 0, mentions = 0;
    double t0 = now(), el;
    do {
        for (size_t k = 0; k < ns; k++) {
            ent_mention *m;
            size_t nm;
            ent_dict_match(d, sv[k].text, sv[k].tok, sv[k].n, sv[k].lang, sv[k].date, &mar, &m, &nm);
            mentions += nm;
            ent_arena_reset(&mar);
        }
        done += ntok;
        el = now() - t0;
    } while (el < 2.0);
    printf("matching: %zu sentences, %zu tokens per pass; %.0f tokens/s, %.0f sentences/s (one core; %zu mentions)\n", ns,
           ntok, (double)done / el, (double)done / el * (double)ns / (double)ntok, mentions);
    free(sv);
    ent_arena_free(&mar);
    ent_arena_free(&ar);
    ent_reader_free(rd);
    ent_dict_free(d);
    ent_text_free(t);
    return 0;
}
