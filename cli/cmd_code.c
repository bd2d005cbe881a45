/* cmd_code.c - `entente code` (events as JSON Lines or TSV) and
 * `entente explain` (why each event was or was not coded). */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/coder/coder.h"
#include "../src/events/codebook.h"
#include "../src/base/utf8.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void actor_json(ent_buf *o, const char *text, const ent_actor_ref *r) {
    ent_buf_adds(o, "{\"code\":");
    ent_buf_json_qstr(o, r->code);
    ent_buf_adds(o, ",\"name\":");
    ent_buf_json_qstr(o, r->name);
    ent_buf_adds(o, ",\"text\":\"");
    ent_buf_json_str(o, text + r->start, r->end - r->start);
    ent_buf_adds(o, "\",\"country\":");
    ent_buf_json_qstr(o, r->country[0] ? r->country : NULL);
    ent_buf_adds(o, ",\"role\":");
    ent_buf_json_qstr(o, r->role[0] ? r->role : NULL);
    ent_buf_adds(o, ",\"start\":");
    ent_buf_addu(o, r->start);
    ent_buf_adds(o, ",\"end\":");
    ent_buf_addu(o, r->end);
    ent_buf_addc(o, '}');
}

void cli_event_json(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_adds(o, "{\"article\":");
    ent_buf_json_qstr(o, a->id);
    ent_buf_adds(o, ",\"date\":");
    ent_buf_json_qstr(o, e->date);
    ent_buf_adds(o, ",\"sentence\":");
    ent_buf_addu(o, e->sentence);
    ent_buf_adds(o, ",\"source\":");
    actor_json(o, a->text, &e->source);
    ent_buf_adds(o, ",\"event\":{\"code\":");
    ent_buf_json_qstr(o, e->cameo->code);
    ent_buf_adds(o, ",\"base\":");
    ent_buf_json_qstr(o, e->cameo->base);
    ent_buf_adds(o, ",\"root\":");
    ent_buf_json_qstr(o, e->cameo->root);
    ent_buf_printf(o, ",\"quad_class\":%d,\"goldstein\":%.1f,\"name\":", e->cameo->quad, e->cameo->goldstein);
    ent_buf_json_qstr(o, e->cameo->name);
    ent_buf_adds(o, ",\"text\":\"");
    ent_buf_json_str(o, a->text + e->ev_start, e->ev_end - e->ev_start);
    ent_buf_adds(o, "\",\"start\":");
    ent_buf_addu(o, e->ev_start);
    ent_buf_adds(o, ",\"end\":");
    ent_buf_addu(o, e->ev_end);
    ent_buf_adds(o, "},\"target\":");
    actor_json(o, a->text, &e->target);
    ent_buf_adds(o, e->negated ? ",\"negated\":true,\"mood\":" : ",\"negated\":false,\"mood\":");
    ent_buf_json_qstr(o, e->mood);
    ent_buf_adds(o, ",\"reported_by\":");
    if (e->has_reporter) {
        ent_buf_adds(o, "{\"text\":\"");
        ent_buf_json_str(o, a->text + e->rep_start, e->rep_end - e->rep_start);
        ent_buf_adds(o, "\",\"code\":");
        ent_buf_json_qstr(o, e->rep_code[0] ? e->rep_code : NULL);
        ent_buf_addc(o, '}');
    } else {
        ent_buf_adds(o, "null");
    }
    ent_buf_adds(o, ",\"location\":");
    if (e->has_location) {
        ent_buf_adds(o, "{\"code\":");
        ent_buf_json_qstr(o, e->loc_code);
        ent_buf_adds(o, ",\"text\":\"");
        ent_buf_json_str(o, a->text + e->loc_start, e->loc_end - e->loc_start);
        ent_buf_printf(o, "\",\"start\":%u,\"end\":%u}", e->loc_start, e->loc_end);
    } else {
        ent_buf_adds(o, "null");
    }
    ent_buf_adds(o, ",\"evidence\":{\"source_entry\":");
    ent_buf_json_qstr(o, e->source.entry);
    ent_buf_adds(o, ",\"verb_entry\":");
    ent_buf_json_qstr(o, e->verb_entry);
    ent_buf_adds(o, ",\"target_entry\":");
    ent_buf_json_qstr(o, e->target.entry);
    ent_buf_adds(o, "}}\n");
}

/* TABARI's event lines: YYMMDD, source, target, code, the code's name, the record id */
void cli_event_tabari(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_printf(o, "%.2s%.2s%.2s\t%s\t%s\t%s\t%s\t%s\n", e->date + 2, e->date + 5, e->date + 8, e->source.code,
                   e->target.code, e->cameo->code, e->cameo->name, a->id);
}

void cli_event_tsv(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_printf(o, "%s\t%s\t%zu\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t", a->id, e->date, e->sentence, e->source.code,
                   e->target.code, e->cameo->code, e->cameo->root, e->cameo->quad, e->cameo->goldstein,
                   e->negated ? "negated" : "", e->mood ? e->mood : "");
    if (e->has_reporter) ent_buf_add(o, a->text + e->rep_start, e->rep_end - e->rep_start);
    ent_buf_addc(o, '\n');
}

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

int cmd_code(int argc, char **argv) {
    static const struct option opts[] = {CODE_OPTS};
    const char *lang = NULL, *date = NULL, *informat = NULL, *format = "jsonl";
    const char *verbs[16];
    int nverbs = 0, jobs = pool_cores();
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
        case 'V': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'O': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'J':
        case 'j': jobs = atoi(optarg); break;
        case 'h': fputs(code_help, stdout); return EXIT_OK;
        default: return cli_bad_option("code", argv);
        }
    }
    if (strcmp(format, "jsonl") && strcmp(format, "tsv") && strcmp(format, "tabari")) {
        cli_error("code: unknown --format '%s' (jsonl, tsv, tabari)", format);
        return EXIT_USAGE;
    }
    if (date && !ent_date_valid(date, strlen(date))) {
        cli_error("code: bad --date '%s' (expected YYYY-MM-DD)", date);
        return EXIT_USAGE;
    }
    if (jobs < 1 || jobs > 64) {
        cli_error("code: --jobs takes 1 to 64");
        return EXIT_USAGE;
    }
    int missing;
    ent_reader *r = cli_reader(argv + optind, argc - optind, informat, &missing);
    if (!r) return EXIT_USAGE;
    pool *pl = pool_new(&cd, verbs, nverbs, jobs,
                        !strcmp(format, "tsv") ? POOL_TSV : !strcmp(format, "tabari") ? POOL_TABARI : POOL_JSONL);
    if (!pl) {
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    size_t cap = 64 * (size_t)jobs, n = 0, failed = 0;
    job **batch = ent_xcalloc(cap, sizeof *batch);
    ent_article a;
    for (int more = 1; more;) {
        more = ent_reader_next(r, &a);
        if (more) {
            /* TABARI dictionaries code English: no language detection */
            const char *l = lang ? lang : *a.lang ? a.lang : pool_pipeline(pl)->tb ? "en" : ent_text_langid(a.text, a.text_len);
            batch[n++] = job_new(&a, l);
            if (date) batch[n - 1]->date = ent_arena_strdup(&batch[n - 1]->ar, date);
        }
        if (n == cap || (!more && n)) {
            pool_run(pl, batch, n);
            for (size_t i = 0; i < n; i++) {
                job *j = batch[i];
                if (j->failed) {
                    cli_diag(NULL, ENT_ERROR, j->a.file, j->a.line, j->err.msg);
                    failed++;
                } else {
                    fwrite(j->out.p ? j->out.p : "", 1, j->out.len, stdout);
                }
                job_free(j);
            }
            n = 0;
        }
    }
    free(batch);
    size_t skipped = ent_reader_skipped(r) + failed + (size_t)missing;
    pool_free(pl);
    ent_reader_free(r);
    fflush(stdout);
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}

static const char *explain_help =
    "usage: entente explain [--lang L] [--date D] [--json] [DICT OPTIONS] \"SENTENCE\"\n"
    "\n"
    "Codes one piece of text and says, step by step, what was found: the\n"
    "sentences, the actors, the verb triggers and their dictionary lines, and why\n"
    "each event was or was not emitted. --json prints the events as `code` does\n"
    "and the account as a JSON string.\n";

int cmd_explain(int argc, char **argv) {
    static const struct option opts[] = {CODE_OPTS};
    const char *lang = NULL, *date = NULL;
    const char *verbs[16];
    int nverbs = 0, json = 0;
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
        case 'V': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'O': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'h': fputs(explain_help, stdout); return EXIT_OK;
        case 'i': case 'f': break;
        default: return cli_bad_option("explain", argv);
        }
    }
    if (optind >= argc) {
        fputs(explain_help, stderr);
        return EXIT_USAGE;
    }
    if (date && !ent_date_valid(date, strlen(date))) {
        cli_error("explain: bad --date '%s' (expected YYYY-MM-DD)", date);
        return EXIT_USAGE;
    }
    ent_buf text;
    ent_buf_init(&text);
    for (int i = optind; i < argc; i++) {
        if (i > optind) ent_buf_addc(&text, ' ');
        ent_buf_adds(&text, argv[i]);
    }
    ent_buf fixed;
    ent_buf_init(&fixed);
    ent_utf8_repair(&fixed, text.p, text.len, NULL);
    pipeline p;
    if (pipeline_open(&p, &cd, verbs, nverbs)) {
        ent_buf_free(&text);
        ent_buf_free(&fixed);
        return EXIT_USAGE;
    }
    ent_article a;
    memset(&a, 0, sizeof a);
    a.text = fixed.p;
    a.text_len = fixed.len;
    a.date = date ? date : "2025-01-01";
    a.id = "explain";
    a.lang = a.title = a.url = a.source = a.file = "";
    const char *l = lang ? lang : ent_text_langid(a.text, a.text_len);
    ent_buf tr;
    ent_buf_init(&tr);
    ent_buf_printf(&tr, "language: %s%s; date: %s\n", l, lang ? "" : " (detected)", a.date);
    if (p.tb) ent_buf_adds(&tr, "TABARI dictionaries: TABARI's coding rules (no step-by-step account)\n");
    else ent_coder_set_trace(p.c, &tr);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 20);
    ent_event *ev;
    size_t n;
    ent_err err;
    ent_err_clear(&err);
    int rc = pipeline_code(&p, &a, l, NULL, &ar, &ev, &n, &err);
    ent_buf o;
    ent_buf_init(&o);
    if (rc) {
        cli_err(&err);
    } else if (json) {
        ent_buf_adds(&o, "{\"explanation\":");
        ent_buf_json_qstr(&o, tr.p);
        ent_buf_adds(&o, ",\"events\":[");
        for (size_t i = 0; i < n; i++) {
            if (i) ent_buf_addc(&o, ',');
            size_t at = o.len;
            cli_event_json(&o, &a, &ev[i]);
            o.len = o.len - 1 > at ? o.len - 1 : o.len;   /* drop the newline */
            o.p[o.len] = 0;
        }
        ent_buf_adds(&o, "]}\n");
    } else {
        ent_buf_add(&o, tr.p, tr.len);
        ent_buf_printf(&o, "%zu event%s\n", n, n == 1 ? "" : "s");
        for (size_t i = 0; i < n; i++)
            ent_buf_printf(&o, "  %s %s %s  %s%s%s%s\n", ev[i].source.code, ev[i].cameo->code, ev[i].target.code,
                           ev[i].cameo->name, ev[i].negated ? " [negated]" : "", ev[i].mood ? " [" : "",
                           ev[i].mood ? ev[i].mood : "");
    }
    fwrite(o.p ? o.p : "", 1, o.len, stdout);
    ent_buf_free(&o);
    ent_buf_free(&tr);
    ent_buf_free(&text);
    ent_buf_free(&fixed);
    ent_arena_free(&ar);
    pipeline_close(&p);
    return rc ? EXIT_SKIPPED : EXIT_OK;
}

