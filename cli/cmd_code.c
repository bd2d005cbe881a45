/* cmd_code.c - `entente code` (events as JSON Lines, TSV or TABARI lines)
 * and `entente explain` (why each event was or was not coded). Both only
 * parse options and render: the coding is the library's pipeline. */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/base/buf.h"
#include "../src/base/utf8.h"
#include "../src/pipeline/pool.h"
#include "../src/report/report.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char *code_help =
    "usage: entente code [--format jsonl|tsv|tabari] [--lang L] [--date D] [DICT OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Codes articles into CAMEO events, one per line. JSON Lines fields:\n"
    "  article date sentence source{code,name,text,country,role,start,end}\n"
    "  event{code,base,root,quad_class,goldstein,name,text,start,end} target{...}\n"
    "  negated mood reported_by{text,code} location{code,text,start,end}\n"
    "  evidence{source_entry,verb_entry,target_entry}\n"
    "Negated and non-factual (mood) events are printed, flagged.\n"
    "TSV columns: article date sentence source target code root quad goldstein negated mood reported_by\n"
    "tabari: TABARI's event lines (YYMMDD, source, target, code, name, record id), factual events only\n"
    "\n"
    "  --format F         jsonl (default) or tsv\n"
    "  --lang L           language of every article (default: the article's, else detected)\n"
    "  --date D           resolve dated roles at D instead of the article date\n"
    "  --input-format F   auto, plain, jsonl, tabari\n"
    "  --verbs PATH       add a verb dictionary; a TABARI .verbs or PETRARCH verb file switches\n"
    "                     to TABARI's coding with the --actors/--agents files (TABARI format)\n"
    "  --options PATH     a TABARI .options file (with TABARI verbs)\n"
    "  -j, --jobs N       code on N threads (default: the number of cores); output stays in input order\n" CLIDICT_HELP;

#define CODE_OPTS                                                                                          \
    {"lang", required_argument, 0, 'l'}, {"date", required_argument, 0, 'd'},                             \
        {"input-format", required_argument, 0, 'i'}, {"format", required_argument, 0, 'f'},               \
        {"verbs", required_argument, 0, 'V'}, {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, \
        {"jobs", required_argument, 0, 'J'}, {"options", required_argument, 0, 'O'}, \
        CLIDICT_LONGOPTS, { 0, 0, 0, 0 }

typedef void (*event_fn)(ent_buf *o, const ent_article *a, const ent_event *e);

/* Prints a coded job's events (TABARI lines: factual events only); 1 if it failed. */
static int print_job(const ent_job *j, event_fn render, int factual_only, ent_buf *o) {
    if (j->failed) {
        cli_diag(NULL, ENT_ERROR, j->a.file, j->a.line, j->err.msg);
        return 1;
    }
    ent_buf_reset(o);
    for (size_t i = 0; i < j->r.nevents; i++) {
        const ent_event *e = &j->r.events[i];
        if (!factual_only || (!e->negated && !e->mood)) render(o, &j->a, e);
    }
    if (o->len) fwrite(o->p, 1, o->len, stdout);
    return 0;
}

/* Codes every article of r on the pool and prints in input order; the failed count. */
static size_t code_stream(ent_pool *pool, ent_reader *r, event_fn render, int factual_only) {
    ent_pool_stream *s = ent_pool_stream_new(pool);
    size_t failed = 0, window = 64 * (size_t)ent_pool_workers(pool);
    ent_buf o;
    ent_buf_init(&o);
    ent_article a;
    ent_job *j;
    for (int more = 1; more;) {
        /* no more reading once the output cannot be written */
        if ((more = !ferror(stdout) && ent_reader_next(r, &a))) ent_pool_submit(s, ent_job_new(&a));
        while ((j = ent_pool_next(s, !more || ent_pool_pending(s) >= window))) {
            failed += (size_t)print_job(j, render, factual_only, &o);
            ent_job_free(j);
        }
    }
    ent_buf_free(&o);
    ent_pool_stream_free(s);
    return failed;
}

int cmd_code(int argc, char **argv) {
    static const struct option opts[] = {CODE_OPTS};
    const char *lang = NULL, *date = NULL, *informat = NULL, *format = "jsonl";
    int jobs = ent_pool_cores();
    clidict cd;
    clidict_init(&cd);
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "j:", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'l': lang = optarg; break;
        case 'd': date = optarg; break;
        case 'i': informat = optarg; break;
        case 'f': format = optarg; break;
        case 'V':
        case 'O': clidict_verb(&cd, optarg); break;
        case 'J':
        case 'j': jobs = atoi(optarg); break;
        case 'h': fputs(code_help, stdout); return EXIT_OK;
        default: return cli_bad_option("code", argv);
        }
    }
    event_fn render = !strcmp(format, "jsonl") ? ent_report_event_json : !strcmp(format, "tsv") ? ent_report_event_tsv
                      : !strcmp(format, "tabari") ? ent_report_event_tabari : NULL;
    if (!render) {
        cli_error("code: unknown --format '%s' (jsonl, tsv, tabari)", format);
        return EXIT_USAGE;
    }
    if (!cli_date_ok("code", "--date", date)) return EXIT_USAGE;
    if (jobs < 1 || jobs > 64) {
        cli_error("code: --jobs takes 1 to 64");
        return EXIT_USAGE;
    }
    int missing;
    ent_reader *r = cli_reader(argv + optind, argc - optind, informat, &missing);
    if (!r) return EXIT_USAGE;
    ent_pipeline_opts po;
    clidict_pipeline_opts(&cd, &po);
    po.lang = lang;
    po.date = date;
    ent_err err;
    ent_err_clear(&err);
    ent_pool *pool = ent_pool_open(&po, jobs, &err);
    if (!pool) {
        cli_err(&err);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    size_t failed = code_stream(pool, r, render, render == ent_report_event_tabari);
    size_t skipped = ent_reader_skipped(r) + failed + (size_t)missing;
    ent_pool_close(pool);
    ent_reader_free(r);
    if (fflush(stdout)) return EXIT_SKIPPED;   /* reported by main (cli_stdout_close) */
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}

static const char *explain_help =
    "usage: entente explain [--lang L] [--date D] [--json] [DICT OPTIONS] \"SENTENCE\"\n"
    "\n"
    "Codes one piece of text and says, step by step, what was found: the\n"
    "sentences, the actors, the verb triggers and their dictionary lines, and why\n"
    "each event was or was not emitted. --json prints the events as `code` does\n"
    "and the account as a JSON string.\n";

/* The text of explain's arguments, as one article (UTF-8 repaired into fixed). */
static void explain_article(int argc, char **argv, const char *date, ent_buf *fixed, ent_article *a) {
    ent_buf text;
    ent_buf_init(&text);
    for (int i = optind; i < argc; i++) {
        if (i > optind) ent_buf_addc(&text, ' ');
        ent_buf_adds(&text, argv[i]);
    }
    ent_utf8_repair(fixed, text.p, text.len, NULL);
    ent_buf_free(&text);
    memset(a, 0, sizeof *a);
    a->text = fixed->p;
    a->text_len = fixed->len;
    a->date = date ? date : "2025-01-01";
    a->id = "explain";
    a->lang = a->title = a->url = a->source = a->file = "";
}

static void explain_render(ent_buf *o, const ent_buf *tr, const ent_article *a, const ent_result *r, int json) {
    if (json) {
        ent_buf_adds(o, "{\"explanation\":");
        ent_buf_json_qstr(o, tr->p);
        ent_buf_adds(o, ",\"events\":[");
        for (size_t i = 0; i < r->nevents; i++) {
            if (i) ent_buf_addc(o, ',');
            ent_report_event_json(o, a, &r->events[i]);
            o->p[--o->len] = 0;   /* the newline */
        }
        ent_buf_adds(o, "]}\n");
        return;
    }
    ent_buf_add(o, tr->p, tr->len);
    ent_buf_printf(o, "%zu event%s\n", r->nevents, r->nevents == 1 ? "" : "s");
    for (size_t i = 0; i < r->nevents; i++) {
        const ent_event *e = &r->events[i];
        ent_buf_printf(o, "  %s %s %s  %s%s%s%s\n", e->source.code, e->cameo->code, e->target.code, e->cameo->name,
                       e->negated ? " [negated]" : "", e->mood ? " [" : "", e->mood ? e->mood : "");
    }
}

int cmd_explain(int argc, char **argv) {
    static const struct option opts[] = {CODE_OPTS};
    const char *lang = NULL, *date = NULL;
    int json = 0;
    clidict cd;
    clidict_init(&cd);
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'l': lang = optarg; break;
        case 'd': date = optarg; break;
        case 'j': json = 1; break;
        case 'V':
        case 'O': clidict_verb(&cd, optarg); break;
        case 'h': fputs(explain_help, stdout); return EXIT_OK;
        case 'i': case 'f': break;
        default: return cli_bad_option("explain", argv);
        }
    }
    if (optind >= argc) {
        fputs(explain_help, stderr);
        return EXIT_USAGE;
    }
    if (!cli_date_ok("explain", "--date", date)) return EXIT_USAGE;
    ent_pipeline_opts po;
    clidict_pipeline_opts(&cd, &po);
    po.lang = lang;
    ent_err err;
    ent_err_clear(&err);
    ent_pipeline *p = ent_pipeline_open(&po, &err);
    if (!p) {
        cli_err(&err);
        return EXIT_USAGE;
    }
    ent_buf fixed, tr, o;
    ent_buf_init(&fixed);
    ent_buf_init(&tr);
    ent_buf_init(&o);
    ent_article a;
    explain_article(argc, argv, date, &fixed, &a);
    ent_buf_printf(&tr, "language: %s%s; date: %s\n", ent_pipeline_lang(p, &a), lang ? "" : " (detected)", a.date);
    if (ent_pipeline_tabari(p)) ent_buf_adds(&tr, "TABARI dictionaries: TABARI's coding rules (no step-by-step account)\n");
    ent_result r;
    ent_result_init(&r);
    ent_code_opts co = {.trace = &tr};
    int rc = ent_pipeline_code(p, &a, &co, &r, &err);
    if (rc) cli_err(&err);
    else explain_render(&o, &tr, &a, &r, json);
    fwrite(o.p ? o.p : "", 1, o.len, stdout);
    ent_result_free(&r);
    ent_buf_free(&o);
    ent_buf_free(&tr);
    ent_buf_free(&fixed);
    ent_pipeline_close(p);
    return rc ? EXIT_SKIPPED : EXIT_OK;
}
