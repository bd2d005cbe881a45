/* cmd_dyad.c - `entente dyad A B` and `entente summary`. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include "../src/base/buf.h"
#include "../src/events/codebook.h"
#include "../src/query/dyad.h"
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
    int per = !strcmp(by, "day") ? ENT_BY_DAY : !strcmp(by, "week") ? ENT_BY_WEEK : !strcmp(by, "month") ? ENT_BY_MONTH : -1;
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
    if (ent_dyad(ent_store_db(st), cb, a, b, per, neg, &rows, &n, &err)) {
        cli_err(&err);
        ent_codebook_free(cb);
        ent_store_close(st);
        return EXIT_SKIPPED;
    }
    ent_buf o;
    ent_buf_init(&o);
    if (json) {
        ent_buf_adds(&o, "{\"a\":");
        ent_buf_json_qstr(&o, a);
        ent_buf_adds(&o, ",\"b\":");
        ent_buf_json_qstr(&o, b);
        ent_buf_printf(&o, ",\"by\":\"%s\",\"rows\":[", by);
        for (size_t i = 0; i < n; i++) {
            const ent_dyad_row *r = &rows[i];
            ent_buf_printf(&o, "%s{\"period\":\"%s\",\"source\":", i ? "," : "", r->period);
            ent_buf_json_qstr(&o, r->dir ? b : a);
            ent_buf_adds(&o, ",\"target\":");
            ent_buf_json_qstr(&o, r->dir ? a : b);
            ent_buf_printf(&o, ",\"events\":%d,\"mentions\":%d,\"quad\":[%d,%d,%d,%d],\"goldstein\":%.2f,\"top\":[", r->events,
                           r->mentions, r->quad[1], r->quad[2], r->quad[3], r->quad[4], r->goldstein);
            for (int t = 0; t < r->ntop; t++) {
                ent_buf_printf(&o, "%s{\"code\":\"%s\",\"count\":%d,\"name\":", t ? "," : "", r->top[t].code, r->top[t].n);
                ent_buf_json_qstr(&o, r->top[t].name);
                ent_buf_addc(&o, '}');
            }
            ent_buf_adds(&o, "]}");
        }
        ent_buf_adds(&o, "]}\n");
    } else {
        ent_buf_printf(&o, "%s and %s by %s (quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)\n",
                       a, b, by);
        ent_buf_printf(&o, "%-10s %-16s %6s %4s %4s %4s %4s %9s  %s\n", "period", "direction", "events", "q1", "q2", "q3", "q4",
                       "goldstein", "top event codes");
        for (size_t i = 0; i < n; i++) {
            const ent_dyad_row *r = &rows[i];
            char dir[40];
            snprintf(dir, sizeof dir, "%s -> %s", r->dir ? b : a, r->dir ? a : b);
            ent_buf_printf(&o, "%-10s %-16s %6d %4d %4d %4d %4d %+9.2f  ", r->period, dir, r->events, r->quad[1], r->quad[2],
                           r->quad[3], r->quad[4], r->goldstein);
            for (int t = 0; t < r->ntop; t++)
                ent_buf_printf(&o, "%s%s %s (%d)", t ? "; " : "", r->top[t].code, r->top[t].name, r->top[t].n);
            ent_buf_addc(&o, '\n');
        }
        if (!n) ent_buf_adds(&o, "(no events)\n");
    }
    fwrite(o.p, 1, o.len, stdout);
    int rc = EXIT_OK;
    if (svg) {
        FILE *f = fopen(svg, "w");
        if (!f) {
            cli_error("dyad: cannot write %s", svg);
            rc = EXIT_SKIPPED;
        } else {
            ent_dyad_svg(f, a, b, rows, n);
            if (fclose(f)) rc = EXIT_SKIPPED;
        }
    }
    ent_buf_free(&o);
    free(rows);
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
    sqlite3 *h = ent_store_db(st);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(h,
                       "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM articles),"
                       " (SELECT count(*) FROM events WHERE num_mentions > 0), (SELECT coalesce(sum(num_mentions),0) FROM events),"
                       " (SELECT count(*) FROM mentions WHERE NOT factual),"
                       " (SELECT coalesce(min(date),'') FROM events WHERE num_mentions > 0),"
                       " (SELECT coalesce(max(date),'') FROM events WHERE num_mentions > 0)",
                       -1, &q, NULL);
    sqlite3_step(q);
    ent_buf o;
    ent_buf_init(&o);
    long arts = sqlite3_column_int64(q, 0), outlets = sqlite3_column_int64(q, 1), evs = sqlite3_column_int64(q, 2),
         ments = sqlite3_column_int64(q, 3), nonf = sqlite3_column_int64(q, 4);
    char d0[16], d1[16];
    snprintf(d0, sizeof d0, "%s", (const char *)sqlite3_column_text(q, 5));
    snprintf(d1, sizeof d1, "%s", (const char *)sqlite3_column_text(q, 6));
    sqlite3_finalize(q);
    if (json)
        ent_buf_printf(&o, "{\"articles\":%ld,\"outlets\":%ld,\"events\":%ld,\"mentions\":%ld,\"nonfactual_mentions\":%ld,"
                           "\"from\":\"%s\",\"to\":\"%s\",\"dyads\":[",
                       arts, outlets, evs, ments, nonf, d0, d1);
    else
        ent_buf_printf(&o, "%ld articles from %ld outlets; %ld events (%ld factual mentions, %ld negated or non-factual) from %s to %s\n\nmost active dyads:\n",
                       arts, outlets, evs, ments, nonf, d0[0] ? d0 : "-", d1[0] ? d1 : "-");
    sqlite3_prepare_v2(h,
                       "SELECT min(sc, tc) AS x, max(sc, tc) AS y, count(*) AS n,"
                       " sum(num_mentions), avg(goldstein), sum(quad <= 2) FROM"
                       " (SELECT *, CASE WHEN source_code GLOB 'IGO*' OR source_code GLOB 'NGO*' THEN source_code"
                       "  ELSE substr(source_code,1,3) END AS sc, CASE WHEN target_code GLOB 'IGO*' OR target_code GLOB 'NGO*'"
                       "  THEN target_code ELSE substr(target_code,1,3) END AS tc FROM events) WHERE num_mentions > 0"
                       " GROUP BY x, y ORDER BY n DESC, x, y LIMIT ?1",
                       -1, &q, NULL);
    sqlite3_bind_int(q, 1, top);
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        const char *x = (const char *)sqlite3_column_text(q, 0), *y = (const char *)sqlite3_column_text(q, 1);
        int n = sqlite3_column_int(q, 2), m = sqlite3_column_int(q, 3), coop = sqlite3_column_int(q, 5);
        double g = sqlite3_column_double(q, 4);
        if (json)
            ent_buf_printf(&o, "%s{\"a\":\"%s\",\"b\":\"%s\",\"events\":%d,\"mentions\":%d,\"goldstein\":%.2f,\"cooperation\":%d}",
                           i ? "," : "", x, y, n, m, g, coop);
        else
            ent_buf_printf(&o, "  %-9s - %-9s %5d events %5d mentions  mean Goldstein %+6.2f  %d cooperative, %d conflictual\n", x, y, n,
                           m, g, coop, n - coop);
    }
    sqlite3_finalize(q);
    ent_buf_adds(&o, json ? "],\"codes\":[" : "\nmost frequent events:\n");
    sqlite3_prepare_v2(h,
                       "SELECT code, count(*) AS n, sum(num_mentions) FROM events WHERE num_mentions > 0 GROUP BY code "
                       "ORDER BY n DESC, code LIMIT ?1",
                       -1, &q, NULL);
    sqlite3_bind_int(q, 1, top);
    for (int i = 0; sqlite3_step(q) == SQLITE_ROW; i++) {
        const char *code = (const char *)sqlite3_column_text(q, 0);
        const ent_cameo *cm = ent_codebook_get(cb, code);
        if (json) {
            ent_buf_printf(&o, "%s{\"code\":\"%s\",\"events\":%d,\"mentions\":%d,\"name\":", i ? "," : "", code,
                           sqlite3_column_int(q, 1), sqlite3_column_int(q, 2));
            ent_buf_json_qstr(&o, cm ? cm->name : NULL);
            ent_buf_addc(&o, '}');
        } else {
            ent_buf_printf(&o, "  %-4s %-45.45s %5d events %5d mentions\n", code, cm ? cm->name : "?", sqlite3_column_int(q, 1),
                           sqlite3_column_int(q, 2));
        }
    }
    sqlite3_finalize(q);
    if (json) ent_buf_adds(&o, "]}\n");
    fwrite(o.p, 1, o.len, stdout);
    ent_buf_free(&o);
    ent_codebook_free(cb);
    ent_store_close(st);
    return EXIT_OK;
}
