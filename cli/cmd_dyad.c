/* cmd_dyad.c - `entente dyad A B` and `entente summary`: the store's
 * answers rendered by src/report/ (as GET /api/dyads and /api/summary are). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include "../src/base/buf.h"
#include "../src/events/codebook.h"
#include "../src/query/dyad.h"
#include "../src/report/report.h"
#include "../src/store/store.h"
#include "../src/text/text.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static int valid_actor(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 32) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

static const char *dyad_help =
    "usage: entente dyad A B [--by day|week|month] [--db PATH] [--svg FILE] [--json] [--include-negated]\n"
    "\n"
    "How A and B relate over time: per period (ISO weeks by default) and direction,\n"
    "the number of events, events per quad class (1 verbal cooperation, 2 material\n"
    "cooperation, 3 verbal conflict, 4 material conflict), the mean Goldstein score\n"
    "and the three most frequent event codes. A and B are country codes (RUS: every\n"
    "Russian actor) or full actor codes (RUSGOV). --svg writes a chart.\n";

/* The store, read-only, and the codebook; reports and returns nonzero on failure. */
static int open_readonly(const char *db, ent_store **st, ent_codebook **cb) {
    ent_err err;
    ent_err_clear(&err);
    ent_store_opts so = {.readonly = 1};
    *st = ent_store_open(db, &so, &err);
    *cb = *st ? ent_codebook_load(ent_data_dir(), &err) : NULL;
    if (*st && *cb) return 0;
    cli_err(&err);
    ent_store_close(*st);
    return 1;
}

/* Writes the buffer to stdout; EXIT_OK, or EXIT_SKIPPED on a write error
 * (which main reports: cli_stdout_close). */
static int print_buf(const ent_buf *o) {
    if (o->len && fwrite(o->p, 1, o->len, stdout) != o->len) return EXIT_SKIPPED;
    return fflush(stdout) ? EXIT_SKIPPED : EXIT_OK;
}

static int write_svg(const char *path, const char *a, const char *b, const ent_dyad_row *rows, size_t n) {
    ent_buf o;
    ent_buf_init(&o);
    ent_report_dyad_svg(&o, a, b, rows, n);
    FILE *f = fopen(path, "w");
    int ok = f && fwrite(o.p, 1, o.len, f) == o.len;
    if (f && fclose(f)) ok = 0;
    ent_buf_free(&o);
    if (!ok) cli_error("dyad: cannot write %s", path);
    return ok ? EXIT_OK : EXIT_SKIPPED;
}

int cmd_dyad(int argc, char **argv) {
    static const struct option opts[] = {{"by", required_argument, 0, 'b'}, {"db", required_argument, 0, 'D'},
                                         {"svg", required_argument, 0, 's'}, {"json", no_argument, 0, 'j'},
                                         {"include-negated", no_argument, 0, 'n'}, {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *db = "entente.db", *svg = NULL, *by = "week";
    int json = 0, neg = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'b': by = optarg; break;
        case 'D': db = optarg; break;
        case 's': svg = optarg; break;
        case 'j': json = 1; break;
        case 'n': neg = 1; break;
        case 'h': fputs(dyad_help, stdout); return EXIT_OK;
        default: return cli_bad_option("dyad", argv);
        }
    }
    if (argc - optind != 2) {
        fputs(dyad_help, stderr);
        return EXIT_USAGE;
    }
    const char *a = argv[optind], *b = argv[optind + 1];
    if (!valid_actor(a) || !valid_actor(b)) {
        cli_error("dyad: actor codes are 3 or more capital letters (RUS, RUSGOV)");
        return EXIT_USAGE;
    }
    int per = ent_dyad_period_parse(by);
    if (per < 0) {
        cli_error("dyad: --by takes day, week or month");
        return EXIT_USAGE;
    }
    ent_err err;
    ent_err_clear(&err);
    ent_store *st;
    ent_codebook *cb;
    if (open_readonly(db, &st, &cb)) return EXIT_USAGE;
    ent_dyad_row *rows;
    size_t n;
    int rc = EXIT_OK;
    if (ent_dyad(st, cb, a, b, per, neg, &rows, &n, &err)) {
        snprintf(err.file, sizeof err.file, "%s", db);
        cli_err(&err);
        rc = EXIT_SKIPPED;
    } else {
        ent_buf o;
        ent_buf_init(&o);
        if (json) ent_report_dyad_json(&o, a, b, per, rows, n);
        else ent_report_dyad_text(&o, a, b, per, rows, n);
        rc = print_buf(&o);
        ent_buf_free(&o);
        if (svg && write_svg(svg, a, b, rows, n)) rc = EXIT_SKIPPED;
        free(rows);
    }
    ent_codebook_free(cb);
    ent_store_close(st);
    return rc;
}

static const char *summary_help =
    "usage: entente summary [--db PATH] [--top N] [--json]\n"
    "\n"
    "What the database holds: articles, events and mentions, the most active\n"
    "dyads (country pairs, both directions) and the most frequent event codes.\n";

int cmd_summary(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"top", required_argument, 0, 't'},
                                         {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = "entente.db";
    int json = 0, top = 10, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 't': top = atoi(optarg); break;
        case 'j': json = 1; break;
        case 'h': fputs(summary_help, stdout); return EXIT_OK;
        default: return cli_bad_option("summary", argv);
        }
    }
    ent_store *st;
    ent_codebook *cb;
    if (open_readonly(db, &st, &cb)) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_buf o;
    ent_buf_init(&o);
    int rc = json ? ent_report_summary_json(st, cb, top, &o, &err) : ent_report_summary_text(st, cb, top, &o, &err);
    if (rc) {
        snprintf(err.file, sizeof err.file, "%s", db);
        cli_err(&err);
        rc = EXIT_SKIPPED;
    } else {
        rc = print_buf(&o);
    }
    ent_buf_free(&o);
    ent_codebook_free(cb);
    ent_store_close(st);
    return rc;
}
