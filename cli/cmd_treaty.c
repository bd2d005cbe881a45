/* cmd_treaty.c - `entente treaties`, `obligations`, `graph`, `framing`:
 * treaties and the obligations they create, extracted from articles or
 * read from the store. */
#include "clidict.h"

#include "../src/base/buf.h"
#include "../src/report/report.h"
#include "../src/store/store.h"
#include "../src/treaty/treaty.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *treaties_help =
    "usage: entente treaties [--party CODE] [--db PATH] [--json]\n"
    "       entente treaties [--facts|--json] [--lang L] [--input-format F] [DICT OPTIONS] FILE|DIR|-...\n"
    "\n"
    "With no FILE: the treaties stored in the database (default entente.db), their\n"
    "parties, obligations, duration, status events and the articles that support them;\n"
    "--party keeps those with that party. With FILEs: the treaties, obligations and\n"
    "framing found in those articles, without storing them; --facts prints one fact a\n"
    "line (the format of tests/treaties/README.md).\n";

enum { Q_LIST_TEXT, Q_LIST_JSON, Q_OBL_TEXT, Q_OBL_JSON, Q_DOT, Q_GRAPH_JSON, Q_FRAME_TEXT, Q_FRAME_JSON };

/* Opens the store read-only and prints one query's answer. */
static int run_query(const char *db, int which, const char *a, const char *b) {
    ent_err err;
    ent_err_clear(&err);
    ent_store_opts so = {.readonly = 1};
    ent_store *st = ent_store_open(db, &so, &err);
    if (!st) {
        cli_err(&err);
        return EXIT_SKIPPED;
    }
    ent_buf o;
    ent_buf_init(&o);
    int rc = 0;
    switch (which) {
    case Q_LIST_TEXT: rc = ent_report_treaties_text(st, a, &o, &err); break;
    case Q_LIST_JSON: rc = ent_report_treaties_json(st, a, &o, &err); break;
    case Q_OBL_TEXT: rc = ent_report_obligations_text(st, a, &o, &err); break;
    case Q_OBL_JSON: rc = ent_report_obligations_json(st, a, &o, &err); break;
    case Q_DOT: rc = ent_report_graph_dot(st, &o, &err); break;
    case Q_GRAPH_JSON: rc = ent_report_graph_json(st, &o, &err); break;
    case Q_FRAME_TEXT: rc = ent_report_framing_text(st, a, b, &o, &err); break;
    case Q_FRAME_JSON: rc = ent_report_framing_json(st, a, b, &o, &err); break;
    }
    if (rc) {
        snprintf(err.file, sizeof err.file, "%s", db);
        cli_err(&err);
    } else if ((o.len && fwrite(o.p, 1, o.len, stdout) != o.len) || fflush(stdout)) {
        rc = ENT_EIO;   /* reported by main (cli_stdout_close) */
    }
    ent_buf_free(&o);
    ent_store_close(st);
    return rc ? EXIT_SKIPPED : EXIT_OK;
}

/* A country code argument: 3 to 15 letters and digits. */
static int code_ok(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 15) return 0;
    for (; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))) return 0;
    return 1;
}

/* Extracts from articles and prints facts (text) or JSON. */
static int extract_files(char **paths, int n, const char *informat, const char *lang, int json, clidict *cd) {
    int missing;
    ent_reader *r = cli_reader(paths, n, informat, &missing);
    if (!r) return EXIT_USAGE;
    ent_pipeline_opts po;
    clidict_pipeline_opts(cd, &po);
    po.lang = lang;
    po.treaties = 1;
    ent_err err;
    ent_err_clear(&err);
    ent_pipeline *p = ent_pipeline_open(&po, &err);
    if (!p) {
        cli_err(&err);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    ent_result res;
    ent_result_init(&res);
    ent_buf o;
    ent_buf_init(&o);
    size_t failed = 0;
    ent_article a;
    while (ent_reader_next(r, &a)) {
        if (ent_pipeline_code(p, &a, NULL, &res, &err)) {
            cli_diag(NULL, ENT_ERROR, a.file, a.line, err.msg);
            failed++;
            continue;
        }
        ent_buf_reset(&o);
        if (json) ent_treaty_facts_json(&res.treaties, &a, &o);
        else ent_treaty_facts_text(&res.treaties, &o);
        if (o.len) fwrite(o.p, 1, o.len, stdout);
    }
    size_t skipped = ent_reader_skipped(r) + failed + (size_t)missing;
    ent_buf_free(&o);
    ent_result_free(&res);
    ent_pipeline_close(p);
    ent_reader_free(r);
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}

int cmd_treaties(int argc, char **argv) {
    static const struct option opts[] = {{"party", required_argument, 0, 'p'}, {"db", required_argument, 0, 'D'},
                                         {"json", no_argument, 0, 'j'}, {"facts", no_argument, 0, 'f'},
                                         {"lang", required_argument, 0, 'l'}, {"input-format", required_argument, 0, 'i'},
                                         {"help", no_argument, 0, 'h'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *db = "entente.db", *party = NULL, *lang = NULL, *informat = "auto";
    int json = 0, c;
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'p': party = optarg; break;
        case 'D': db = optarg; break;
        case 'j': json = 1; break;
        case 'f': json = 0; break;
        case 'l': lang = optarg; break;
        case 'i': informat = optarg; break;
        case 'h': fputs(treaties_help, stdout); return EXIT_OK;
        default: return cli_bad_option("treaties", argv);
        }
    }
    if (optind < argc) return extract_files(argv + optind, argc - optind, informat, lang, json, &cd);
    if (party && !code_ok(party)) {
        cli_error("treaties: bad --party '%s' (a country code such as RUS)", party);
        return EXIT_USAGE;
    }
    return run_query(db, json ? Q_LIST_JSON : Q_LIST_TEXT, party, NULL);
}

static const char *obligations_help =
    "usage: entente obligations --attacked CODE [--db PATH] [--json]\n"
    "\n"
    "Who is bound towards CODE by a stored treaty: defence obligations first (who\n"
    "must help it if it is attacked), then the others (non-aggression, neutrality,\n"
    "consultation); with the condition, the kind of help, the treaty, since when\n"
    "(its signing, or its first report) and the sentences that say so.\n";

int cmd_obligations(int argc, char **argv) {
    static const struct option opts[] = {{"attacked", required_argument, 0, 'a'}, {"db", required_argument, 0, 'D'},
                                         {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = "entente.db", *who = NULL;
    int json = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'a': who = optarg; break;
        case 'D': db = optarg; break;
        case 'j': json = 1; break;
        case 'h': fputs(obligations_help, stdout); return EXIT_OK;
        default: return cli_bad_option("obligations", argv);
        }
    }
    if (!who || optind < argc) {
        fputs(obligations_help, stderr);
        return EXIT_USAGE;
    }
    if (!code_ok(who)) {
        cli_error("obligations: bad --attacked '%s' (a country code such as PRK)", who);
        return EXIT_USAGE;
    }
    return run_query(db, json ? Q_OBL_JSON : Q_OBL_TEXT, who, NULL);
}

static const char *graph_help =
    "usage: entente graph [--format dot|json] [--db PATH]\n"
    "\n"
    "The alliance graph of the stored treaties: one node per party, one edge per\n"
    "obligation (from the bound party to the one it is bound towards, labelled with\n"
    "its type), and a dashed undirected edge for a treaty without obligations.\n"
    "dot is Graphviz's format: entente graph | dot -Tsvg > alliances.svg\n";

int cmd_graph(int argc, char **argv) {
    static const struct option opts[] = {{"format", required_argument, 0, 'f'}, {"db", required_argument, 0, 'D'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = "entente.db", *format = "dot";
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'D': db = optarg; break;
        case 'h': fputs(graph_help, stdout); return EXIT_OK;
        default: return cli_bad_option("graph", argv);
        }
    }
    if (optind < argc || (strcmp(format, "dot") && strcmp(format, "json"))) {
        if (optind >= argc) cli_error("graph: unknown --format '%s' (dot, json)", format);
        else fputs(graph_help, stderr);
        return EXIT_USAGE;
    }
    return run_query(db, strcmp(format, "dot") ? Q_GRAPH_JSON : Q_DOT, NULL, NULL);
}

static const char *framing_help =
    "usage: entente framing A B [--db PATH] [--json]\n"
    "\n"
    "The words A and B use for their relationship (alliance, partnership,\n"
    "friendship, enemy, rival, brotherhood), per side, with counts and the\n"
    "sentences: only words attributed to a side (its quotes, \"X called it ...\",\n"
    "\"Y prefers the term ...\"), never the journalist's own words or a treaty's name.\n";

int cmd_framing(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"json", no_argument, 0, 'j'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = "entente.db";
    int json = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'j': json = 1; break;
        case 'h': fputs(framing_help, stdout); return EXIT_OK;
        default: return cli_bad_option("framing", argv);
        }
    }
    if (argc - optind != 2) {
        fputs(framing_help, stderr);
        return EXIT_USAGE;
    }
    for (int i = optind; i < argc; i++)
        if (!code_ok(argv[i])) {
            cli_error("framing: bad code '%s' (a country code such as RUS)", argv[i]);
            return EXIT_USAGE;
        }
    return run_query(db, json ? Q_FRAME_JSON : Q_FRAME_TEXT, argv[optind], argv[optind + 1]);
}
