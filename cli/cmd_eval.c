/* cmd_eval.c - `entente eval GOLD...`: scores the coder on gold sets.
 *
 * A gold file holds items: `@ ID DATE`, one to three text lines, then
 * `= SRC CODE TGT` (a factual event), `~ SRC CODE TGT FLAG` (negated or not
 * factual, not scored) or `-` (no event); a blank line ends an item. Each
 * item is coded through exactly the path of `entente code`; factual events
 * are compared at (source country, CAMEO root, target country), as sets per
 * item. Prints precision, recall and F1 per language and per root; exits 1
 * when a language scores below --min-f1.
 */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/coder/coder.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e);
int cli_pipeline_code(void *pipe, const ent_article *a, const char *lang, ent_arena *ar, ent_event **ev, size_t *n);
void *cli_pipeline_new(clidict *cd);
void cli_pipeline_free(void *pipe);

typedef struct score {
    long tp, fp, fn;
} score;

static void key_of(const char *src, const char *code, const char *tgt, char *out, size_t cap) {
    char c1[4], r1[8], c2[4], r2[8];
    ent_code_split(src, c1, r1);
    ent_code_split(tgt, c2, r2);
    snprintf(out, cap, "%s %.2s %s", c1[0] ? c1 : src, code, c2[0] ? c2 : tgt);
}

static int root_index(const char *key) {
    const char *sp = strchr(key, ' ');
    return sp ? atoi(sp + 1) : 0;
}

static void f1_line(const char *label, const score *s, int json, int *first) {
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    if (json)
        printf("%s{\"label\":\"%s\",\"tp\":%ld,\"fp\":%ld,\"fn\":%ld,\"precision\":%.3f,\"recall\":%.3f,\"f1\":%.3f}",
               (*first)++ ? "," : "", label, s->tp, s->fp, s->fn, p, r, f);
    else
        printf("  %-8s %5ld %5ld %5ld   %5.3f  %5.3f  %5.3f\n", label, s->tp, s->fp, s->fn, p, r, f);
}

static double f1_of(const score *s) {
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

typedef struct keyset {
    char k[64][24];
    int n;
} keyset;

static void ks_add(keyset *s, const char *k) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->k[i], k)) return;
    if (s->n < 64) snprintf(s->k[s->n++], sizeof s->k[0], "%s", k);
}

static int ks_has(const keyset *s, const char *k) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->k[i], k)) return 1;
    return 0;
}

static const char *eval_help =
    "usage: entente eval [--lang L] [--min-f1 X] [--verbose] [--json] [DICT OPTIONS] GOLD...\n"
    "\n"
    "Scores the coder on gold files (format in tests/gold/en.gold) at (source\n"
    "country, CAMEO root, target country): precision, recall and F1 per language\n"
    "and per root. The language of a file is --lang, else its name (en.gold -> en).\n"
    "--verbose lists every item whose events differ; --events FILE writes every\n"
    "coded event as `entente code` prints it. Exit status 1 when a\n"
    "language's F1 is below --min-f1 (default 0).\n";

int cmd_eval(int argc, char **argv) {
    static const struct option opts[] = {{"lang", required_argument, 0, 'l'}, {"min-f1", required_argument, 0, 'm'},
                                         {"events", required_argument, 0, 'e'},
                                         {"verbose", no_argument, 0, 'v'}, {"json", no_argument, 0, 'j'},
                                         {"help", no_argument, 0, 'h'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *lang = NULL, *events_path = NULL;
    double min_f1 = 0;
    int verbose = 0, json = 0, c;
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'l': lang = optarg; break;
        case 'm': min_f1 = atof(optarg); break;
        case 'v': verbose = 1; break;
        case 'j': json = 1; break;
        case 'e': events_path = optarg; break;
        case 'h': fputs(eval_help, stdout); return EXIT_OK;
        default: return cli_bad_option("eval", argv);
        }
    }
    if (optind >= argc) {
        fputs(eval_help, stderr);
        return EXIT_USAGE;
    }
    void *pipe = cli_pipeline_new(&cd);
    if (!pipe) return EXIT_USAGE;
    FILE *evf = events_path ? fopen(events_path, "w") : NULL;
    if (events_path && !evf) {
        cli_error("eval: cannot write %s", events_path);
        cli_pipeline_free(pipe);
        return EXIT_USAGE;
    }
    ent_buf evb;
    ent_buf_init(&evb);
    int status = EXIT_OK;
    int first = 0;
    if (json) printf("{\"scores\":[");
    for (int fi = optind; fi < argc; fi++) {
        const char *path = argv[fi];
        char flang[8] = "en";
        if (lang) snprintf(flang, sizeof flang, "%s", lang);
        else {
            const char *b = strrchr(path, '/');
            b = b ? b + 1 : path;
            snprintf(flang, sizeof flang, "%.*s", (int)strcspn(b, "."), b);
        }
        FILE *f = fopen(path, "r");
        if (!f) {
            cli_error("eval: cannot open %s", path);
            status = EXIT_SKIPPED;
            continue;
        }
        score total = {0}, roots[21] = {{0}};
        long items = 0;
        ent_buf text, line;
        ent_buf_init(&text);
        ent_buf_init(&line);
        char id[64] = "", date[16] = "";
        keyset gold = {0};
        ent_arena ar;
        ent_arena_init(&ar, 1 << 20);
        int in_item = 0, ch;
        long ln = 0;
        for (int eof = 0; !eof;) {
            ent_buf_reset(&line);
            while ((ch = fgetc(f)) != EOF && ch != '\n') ent_buf_addc(&line, (char)ch);
            eof = ch == EOF;
            ln++;
            const char *s = line.p ? line.p : "";
            int end_item = in_item && (s[0] == 0 || eof || s[0] == '@');
            if (end_item) {
                /* code the item */
                items++;
                ent_article a;
                memset(&a, 0, sizeof a);
                a.id = id;
                a.date = date;
                a.text = text.p ? text.p : "";
                a.text_len = text.len;
                a.lang = flang;
                a.title = a.url = a.source = a.file = "";
                ent_arena_reset(&ar);
                ent_event *ev;
                size_t n = 0;
                keyset got = {0};
                if (cli_pipeline_code(pipe, &a, flang, &ar, &ev, &n) == 0)
                    for (size_t i = 0; i < n; i++) {
                        if (evf) {
                            ent_buf_reset(&evb);
                            cli_event_json(&evb, &a, &ev[i]);
                            fwrite(evb.p, 1, evb.len, evf);
                        }
                        if (ev[i].negated || ev[i].mood) continue;
                        char k[64];
                        key_of(ev[i].source.code, ev[i].cameo->code, ev[i].target.code, k, sizeof k);
                        ks_add(&got, k);
                    }
                int diff = 0;
                for (int i = 0; i < got.n; i++) {
                    int hit = ks_has(&gold, got.k[i]);
                    score *r = &roots[root_index(got.k[i]) % 21];
                    if (hit) total.tp++, r->tp++;
                    else total.fp++, r->fp++, diff = 1;
                }
                for (int i = 0; i < gold.n; i++)
                    if (!ks_has(&got, gold.k[i])) total.fn++, roots[root_index(gold.k[i]) % 21].fn++, diff = 1;
                if (verbose && diff) {
                    printf("DIFF %s: %s\n", id, a.text);
                    for (int i = 0; i < gold.n; i++)
                        if (!ks_has(&got, gold.k[i])) printf("  missed %s\n", gold.k[i]);
                    for (int i = 0; i < got.n; i++)
                        if (!ks_has(&gold, got.k[i])) printf("  extra  %s\n", got.k[i]);
                }
                in_item = 0;
                gold.n = 0;
                ent_buf_reset(&text);
            }
            if (s[0] == '@') {
                if (sscanf(s, "@ %63s %15s", id, date) != 2 || !ent_date_valid(date, strlen(date))) {
                    cli_error("eval: %s:%ld: bad item header", path, ln);
                    continue;
                }
                in_item = 1;
                continue;
            }
            if (!in_item || s[0] == '#' || s[0] == 0) continue;
            if (s[0] == '=' && s[1] == ' ') {
                char src[40], code[8], tgt[40], k[64];
                if (sscanf(s + 2, "%39s %7s %39s", src, code, tgt) == 3) {
                    key_of(src, code, tgt, k, sizeof k);
                    ks_add(&gold, k);
                }
                continue;
            }
            if ((s[0] == '~' && s[1] == ' ') || !strcmp(s, "-")) continue;
            if (text.len) ent_buf_addc(&text, '\n');
            ent_buf_adds(&text, s);
        }
        fclose(f);
        ent_buf_free(&text);
        ent_buf_free(&line);
        ent_arena_free(&ar);
        if (!json) {
            printf("%s (%s, %ld items)\n  %-8s %5s %5s %5s   %5s  %5s  %5s\n", path, flang, items, "", "tp", "fp", "fn",
                   "prec", "recall", "F1");
        }
        char label[16];
        snprintf(label, sizeof label, "%s", flang);
        f1_line(label, &total, json, &first);
        for (int r = 1; r <= 20; r++) {
            if (!roots[r].tp && !roots[r].fp && !roots[r].fn) continue;
            snprintf(label, sizeof label, "%s:%02d", flang, r);
            f1_line(label, &roots[r], json, &first);
        }
        if (f1_of(&total) < min_f1) {
            if (!json) printf("  F1 %.3f is below %.3f\n", f1_of(&total), min_f1);
            status = EXIT_SKIPPED;
        }
    }
    if (json) printf("]}\n");
    if (evf) fclose(evf);
    ent_buf_free(&evb);
    cli_pipeline_free(pipe);
    return status;
}
