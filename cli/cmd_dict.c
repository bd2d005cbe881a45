/* cmd_dict.c - `entente dict check|stats|unknown`: look after dictionaries. */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/pipeline/pipeline.h"
#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/text/hun.h"
#include "../src/coder/verbs.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char *help =
    "usage: entente dict check FILE...        validate dictionaries (actors, agents, verbs), list every bad line\n"
    "       entente dict stats [DICT OPTIONS]  entries by kind and language, name collisions\n"
    "       entente dict unknown [--top N] [DICT OPTIONS] [FILE|DIR|-]...\n"
    "                                          the most frequent proper names no dictionary knows\n"
    "       entente dict lemma WORD...         Hungarian lemmas of words (Hunspell), as verb patterns\n"
    "                                          must write them: aláírta -> aláír\n"
    "\n" CLIDICT_HELP;

/* A verb dictionary starts its first data line with a CAMEO code (057) or
 * --- (a blocker). */
static int is_verb_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    char line[512];
    int verb = 0;
    while (fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || *s == '\n' || *s == '\r' || !*s) continue;
        size_t d = strspn(s, "0123456789");
        verb = ((d >= 2 && d <= 4) || !strncmp(s, "---", 3)) && (s[d ? d : 3] == ' ' || s[d ? d : 3] == '\t');
        break;
    }
    fclose(f);
    return verb;
}

static int dict_check(int argc, char **argv) {
    if (argc < 1) {
        fputs(help, stderr);
        return EXIT_USAGE;
    }
    ent_err err;
    ent_err_clear(&err);
    ent_text *t = ent_text_new(NULL, &err);
    if (!t) {
        cli_err(&err);
        return EXIT_USAGE;
    }
    int bad_total = 0;
    for (int i = 0; i < argc; i++) {
        if (is_verb_file(argv[i])) {   /* CODE LANG FLAGS PATTERN */
            ent_verbs *v = ent_verbs_new(t, NULL);
            int bad = ent_verbs_load_file(v, argv[i], NULL, &cli_diag_sink, &err);
            if (bad < 0) {
                cli_err(&err);
                bad_total++;
            } else {
                printf("%s: %zu verb patterns, %d bad line%s\n", argv[i], ent_verbs_count(v), bad, bad == 1 ? "" : "s");
                bad_total += bad;
            }
            ent_verbs_free(v);
            continue;
        }
        ent_dict_opts o = {.no_builtin = 1};
        ent_dict *d = ent_dict_new(t, NULL, &o);
        int bad = ent_dict_load_file(d, argv[i], NULL, 0, &cli_diag_sink, &err);
        if (bad < 0) {
            cli_err(&err);
            bad_total++;
        } else {
            ent_dict_stats s;
            ent_dict_get_stats(d, &s);
            size_t entries = 0;
            for (int k = 0; k < ENT_K__COUNT; k++) entries += s.entries[k];
            printf("%s: %zu entries, %zu names, %d bad line%s\n", argv[i], entries, s.names, bad, bad == 1 ? "" : "s");
            bad_total += bad;
        }
        ent_dict_free(d);
    }
    ent_text_free(t);
    return bad_total ? EXIT_SKIPPED : EXIT_OK;
}

typedef struct stats_ud {
    int json, first;
    size_t collisions, shown;
} stats_ud;

static void on_lang(void *ud, const char *lang, int kind, size_t n) {
    stats_ud *u = ud;
    if (u->json) printf("%s{\"lang\":\"%s\",\"kind\":\"%s\",\"entries\":%zu}", u->first++ ? "," : "", lang, ent_kind_name(kind), n);
    else printf("  %-6s %-8s %8zu\n", lang, ent_kind_name(kind), n);
}

static void on_collision(void *ud, const char *name, const ent_entry *a, const ent_entry *b) {
    stats_ud *u = ud;
    u->collisions++;
    if (u->json) {
        ent_buf o;
        ent_buf_init(&o);
        ent_buf_printf(&o, "%s{\"name\":", u->first++ ? "," : "");
        ent_buf_json_qstr(&o, name);
        ent_buf_adds(&o, ",\"codes\":[");
        ent_buf_json_qstr(&o, a->code);
        ent_buf_addc(&o, ',');
        ent_buf_json_qstr(&o, b->code);
        ent_buf_adds(&o, "],\"entries\":[");
        ent_buf_json_qstr(&o, a->source);
        ent_buf_addc(&o, ',');
        ent_buf_json_qstr(&o, b->source);
        ent_buf_adds(&o, "]}");
        fputs(o.p, stdout);
        ent_buf_free(&o);
    } else {
        printf("  %-28s %-10s %-10s %s | %s\n", name, a->code, b->code, a->source, b->source);
    }
}

static int dict_stats(int argc, char **argv) {
    static const struct option opts[] = {{"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    clidict cd;
    clidict_init(&cd);
    int c, json = 0;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        if (c == 'j') json = 1;
        else if (c == 'h') return fputs(help, stdout), EXIT_OK;
        else return cli_bad_option("dict stats", argv);
    }
    ent_err err;
    ent_err_clear(&err);
    ent_text *t = ent_text_new(NULL, &err);
    ent_dict *d = t ? clidict_open(&cd, t) : NULL;
    if (!d) {
        ent_text_free(t);
        return EXIT_USAGE;
    }
    ent_dict_stats s;
    ent_dict_get_stats(d, &s);
    stats_ud u = {json, 0, 0, 0};
    if (json) {
        printf("{\"names\":%zu,\"variants\":%zu,\"bad_lines\":%zu,\"by_language\":[", s.names, s.variants, s.bad_lines);
        ent_dict_walk(d, on_lang, NULL, &u);
        printf("],\"collisions\":[");
        u.first = 0;
        ent_dict_walk(d, NULL, on_collision, &u);
        printf("]}\n");
    } else {
        printf("entries by language and kind:\n");
        ent_dict_walk(d, on_lang, NULL, &u);
        printf("names: %zu, bad lines: %zu\n", s.names, s.bad_lines);
        if (s.variants) printf("spelling variants among the names: %zu (data/actors/name-variants.rules)\n", s.variants);
        printf("names shared by different countries:\n");
        ent_dict_walk(d, NULL, on_collision, &u);
        printf("collisions: %zu\n", u.collisions);
    }
    ent_dict_free(d);
    ent_text_free(t);
    return EXIT_OK;
}

/* ---- unknown proper names ---- */

typedef struct unk {
    char *name, *example;
    size_t count;
} unk;

typedef struct unk_tab {
    unk *v;
    size_t n, cap;
} unk_tab;

static void unk_add(unk_tab *u, const char *name, size_t nl, const char *sent, size_t sl) {
    for (size_t i = 0; i < u->n; i++)
        if (strlen(u->v[i].name) == nl && !memcmp(u->v[i].name, name, nl)) {
            u->v[i].count++;
            return;
        }
    if (u->n == u->cap) u->v = ent_xrealloc(u->v, (u->cap = u->cap ? u->cap * 2 : 256) * sizeof *u->v);
    u->v[u->n++] = (unk){ent_xstrndup(name, nl), ent_xstrndup(sent, sl), 1};
}

static int by_count(const void *a, const void *b) {
    const unk *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* data/grammar.txt, class initial: words that begin sentences, not names */
static int initial_word(const char *lang, const char *w) {
    static char *words;
    if (!words) {
        ent_buf b;
        ent_buf_init(&b);
        ent_buf_addc(&b, ' ');
        char path[1200], line[1024];
        snprintf(path, sizeof path, "%s/grammar.txt", ent_data_dir());
        FILE *f = fopen(path, "r");
        while (f && fgets(line, sizeof line, f)) {
            char *save = NULL, *lg = strtok_r(line, " \t\r\n", &save), *cls = strtok_r(NULL, " \t\r\n", &save);
            if (!lg || lg[0] == '#' || !cls || strcmp(cls, "initial")) continue;
            for (char *t = strtok_r(NULL, " \t\r\n", &save); t; t = strtok_r(NULL, " \t\r\n", &save))
                ent_buf_printf(&b, "%s:%s ", lg, t);
        }
        if (f) fclose(f);
        words = b.p ? b.p : ent_xstrdup(" ");
    }
    char key[160];
    snprintf(key, sizeof key, " %s:%s ", lang, w);
    return strstr(words, key) != NULL;
}

static int dict_unknown(int argc, char **argv) {
    static const struct option opts[] = {{"top", required_argument, 0, 'n'}, {"lang", required_argument, 0, 'l'},
                                         {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'},
                                         CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    clidict cd;
    clidict_init(&cd);
    int c, json = 0;
    long top = 50;
    const char *lang = NULL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        if (c == 'n') top = atol(optarg);
        else if (c == 'l') lang = optarg;
        else if (c == 'j') json = 1;
        else if (c == 'h') return fputs(help, stdout), EXIT_OK;
        else return cli_bad_option("dict unknown", argv);
    }
    int missing;
    ent_reader *r = cli_reader(argv + optind, argc - optind, NULL, &missing);
    if (!r) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_text *t = ent_text_new(NULL, &err);
    ent_dict *d = t ? clidict_open(&cd, t) : NULL;
    if (!d) {
        ent_text_free(t);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    unk_tab u = {0};
    ent_arena ar;
    ent_arena_init(&ar, 256 * 1024);
    ent_article a;
    while (ent_reader_next(r, &a)) {
        ent_arena_reset(&ar);
        const char *l = ent_article_lang(&a, lang);
        ent_dict_need_lang(d, l);
        ent_span *s;
        size_t ns;
        if (ent_text_sentences(t, a.text, a.text_len, l, &ar, &s, &ns, &err)) continue;
        for (size_t i = 0; i < ns; i++) {
            ent_token *tk;
            size_t nt;
            ent_mention *m;
            size_t nm;
            if (ent_text_tokens(t, a.text, s[i], l, &ar, &tk, &nt, &err) ||
                ent_dict_match(d, a.text, tk, nt, l, ent_date_int(a.date), &ar, &m, &nm))
                continue;
            char *covered = ent_arena_alloc(&ar, nt + 1);
            memset(covered, 0, nt + 1);
            for (size_t k = 0; k < nm; k++)
                for (uint32_t x = m[k].tok_start; x < m[k].tok_end; x++) covered[x] = 1;
            /* runs of capitalised words not covered by a match; a single
             * word at the start of the sentence is just capitalised */
            for (size_t x = 0; x < nt;) {
                if (covered[x] || tk[x].kind != ENT_TOK_WORD || !tk[x].upper) {
                    x++;
                    continue;
                }
                size_t y = x;
                while (y < nt && !covered[y] && tk[y].kind == ENT_TOK_WORD && tk[y].upper) y++;
                size_t from = x;
                /* "Then Quux Republic": a function word capitalised at the start */
                if (x == 0 && initial_word(l, tk[0].norm)) from = 1;
                if (from < y)
                    unk_add(&u, a.text + tk[from].start, tk[y - 1].end - tk[from].start, a.text + s[i].start,
                            s[i].end - s[i].start);
                x = y;
            }
        }
    }
    qsort(u.v, u.n, sizeof *u.v, by_count);
    ent_buf o;
    ent_buf_init(&o);
    for (size_t i = 0; i < u.n; i++) {
        if ((long)i < top) {
            ent_buf_reset(&o);
            if (json) {
                ent_buf_printf(&o, "{\"name\":");
                ent_buf_json_qstr(&o, u.v[i].name);
                ent_buf_printf(&o, ",\"count\":%zu,\"example\":", u.v[i].count);
                ent_buf_json_qstr(&o, u.v[i].example);
                ent_buf_adds(&o, "}\n");
            } else {
                ent_buf_printf(&o, "%6zu  %-30s %s\n", u.v[i].count, u.v[i].name, u.v[i].example);
            }
            fputs(o.p, stdout);
        }
        free(u.v[i].name);
        free(u.v[i].example);
    }
    ent_buf_free(&o);
    free(u.v);
    size_t skipped = ent_reader_skipped(r) + (size_t)missing;
    ent_arena_free(&ar);
    ent_dict_free(d);
    ent_text_free(t);
    ent_reader_free(r);
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}

static int dict_lemma(int argc, char **argv) {
    ent_hun *h = ent_hun_new();
    if (!ent_hun_available(h)) {
        cli_error("dict lemma: the Hungarian Hunspell dictionary (hunspell-hu) is not installed");
        ent_hun_free(h);
        return EXIT_USAGE;
    }
    for (int i = 0; i < argc; i++) {
        const ent_hun_info *an[8];
        int n = ent_hun_analyze(h, argv[i], an, 8);
        printf("%s", argv[i]);
        for (int k = 0; k < n; k++) {
            int dup = 0;
            for (int j = 0; j < k; j++) dup |= an[j]->lemma && an[k]->lemma && !strcmp(an[j]->lemma, an[k]->lemma);
            if (!dup && an[k]->lemma) printf(" %s", an[k]->lemma);
        }
        putchar('\n');
    }
    ent_hun_free(h);
    return EXIT_OK;
}

int cmd_dict(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(help, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (!strcmp(argv[1], "check")) return dict_check(argc - 2, argv + 2);
    if (!strcmp(argv[1], "stats")) return dict_stats(argc - 1, argv + 1);
    if (!strcmp(argv[1], "unknown")) return dict_unknown(argc - 1, argv + 1);
    if (!strcmp(argv[1], "lemma")) return dict_lemma(argc - 2, argv + 2);
    cli_error("dict: unknown subcommand '%s' (check, stats, unknown)", argv[1]);
    return EXIT_USAGE;
}
