/* cmd_export.c - `entente export`: stored events in GDELT, PLOVER, JSONL, CSV. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include "../src/events/refdata.h"
#include "../src/report/report.h"
#include "../src/store/store.h"
#include "../src/text/text.h"

#include <getopt.h>
#include <string.h>

static const char *help =
    "usage: entente export --format gdelt|plover|jsonl|csv [--mentions] [--db PATH] [--from D] [--to D]\n"
    "                      [--include-negated]\n"
    "\n"
    "  gdelt    GDELT 2.0 Events rows (61 tab-separated columns); with --mentions the\n"
    "           16-column Mentions table\n"
    "  plover   PLOVER JSON records, one per line\n"
    "  jsonl    one JSON object per event with NumMentions, NumSources, NumArticles\n"
    "  csv      the same as CSV with a header row\n"
    "Negated and non-factual mentions are left out unless --include-negated.\n";

/* stdout, its write errors noted */
static int stdout_sink(void *ud, const char *p, size_t n) {
    if (fwrite(p, 1, n, stdout) == n) return 0;
    *(int *)ud = 1;
    return ENT_EIO;
}

int cmd_export(int argc, char **argv) {
    static const struct option opts[] = {{"format", required_argument, 0, 'f'}, {"db", required_argument, 0, 'D'},
                                         {"from", required_argument, 0, 'a'}, {"to", required_argument, 0, 'b'},
                                         {"mentions", no_argument, 0, 'm'}, {"include-negated", no_argument, 0, 'n'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *format = NULL, *db = "entente.db";
    ent_export_opts o = {0};
    int mentions = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'D': db = optarg; break;
        case 'a': o.from = optarg; break;
        case 'b': o.to = optarg; break;
        case 'm': mentions = 1; break;
        case 'n': o.include_negated = 1; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return cli_bad_option("export", argv);
        }
    }
    if (!format) {
        fputs(help, stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(format, "gdelt")) o.format = mentions ? ENT_EXPORT_GDELT_MENTIONS : ENT_EXPORT_GDELT;
    else if (!strcmp(format, "plover")) o.format = ENT_EXPORT_PLOVER;
    else if (!strcmp(format, "jsonl")) o.format = ENT_EXPORT_JSONL;
    else if (!strcmp(format, "csv")) o.format = ENT_EXPORT_CSV;
    else {
        cli_error("export: unknown --format '%s' (gdelt, plover, jsonl, csv)", format);
        return EXIT_USAGE;
    }
    if (!cli_date_ok("export", "--from", o.from) || !cli_date_ok("export", "--to", o.to)) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_store_opts so = {.readonly = 1};
    ent_store *st = ent_store_open(db, &so, &err);
    if (!st) {
        cli_err(&err);
        return EXIT_USAGE;
    }
    ent_refdata *rd = ent_refdata_load(ent_data_dir(), &err);
    int write_failed = 0;
    int rc = rd ? ent_report_export(st, rd, &o, stdout_sink, &write_failed, &err) : ENT_EIO;
    if (fflush(stdout)) write_failed = 1, rc = ENT_EIO;
    if (!write_failed && rc) {   /* a write error is reported by main (cli_stdout_close) */
        if (!err.file[0]) snprintf(err.file, sizeof err.file, "%s", db);
        cli_err(&err);
    }
    ent_refdata_free(rd);
    ent_store_close(st);
    return rc ? EXIT_SKIPPED : EXIT_OK;
}
