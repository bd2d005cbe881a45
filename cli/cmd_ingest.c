/* cmd_ingest.c - `entente ingest` (code and store) and `entente recode`.
 *
 * The main thread reads articles and stores them; the library's worker
 * pool codes them in between, in order, so the database is the one a
 * single thread would write (and a re-run after a crash ends identical).
 * The store decides what is stored: an article stored meanwhile, or the
 * same text from another outlet, is checked again when it is written. An
 * article already stored (or a copy of a stored text) is not coded again.
 */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/pipeline/pool.h"
#include "../src/store/store.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BATCH 1000

static int64_t clock_now(void) {
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (e && *e) return strtoll(e, NULL, 10);
    return (int64_t)time(NULL);
}

static double mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct counts {
    size_t read, stored, dup, copied, mentions, failed;
} counts;

/* The state of one ingest: everything lives on the main thread. What the
 * open batch stored counts (in `pend`) only once its transaction commits. */
typedef struct ingest {
    ent_store *st;
    const char *db;
    ent_reader *r;
    counts c, pend;
    size_t missing;   /* paths that could not be read */
    int fatal, tty, in_tx;
    size_t batch;
    double t0, last;
} ingest;

static void progress(const ingest *g, int final) {
    const counts *c = &g->c;
    double el = mono() - g->t0;
    if (final) {
        /* the summary is the same for the same input (scripts compare it);
         * timings go to a terminal only */
        /* skipped: what the reader refused (lines, files) and what could not be coded or stored */
        fprintf(stderr,
                "entente: ingest: %zu articles read, %zu stored (%zu as copies from another outlet), %zu already stored, "
                "%zu skipped with errors; %zu mentions coded\n",
                c->read, c->stored, c->copied, c->dup, c->failed + ent_reader_skipped(g->r) + g->missing, c->mentions);
        if (g->tty) fprintf(stderr, "entente: ingest: %.1f s, %.0f articles/s\n", el, el > 0 ? (double)c->read / el : 0);
        return;
    }
    unsigned long long done = 0, total = 0;
    ent_reader_progress(g->r, &done, &total);
    char eta[48] = "";
    if (total && done && done < total)
        snprintf(eta, sizeof eta, "  %2.0f%%  ETA %.0f s", 100.0 * (double)done / (double)total,
                 el * (double)(total - done) / (double)done);
    fprintf(stderr, "\r  %zu stored  %zu mentions  %.0f articles/s%s   ", c->stored, c->mentions,
            el > 0 ? (double)c->stored / el : 0, eta);
    fflush(stderr);
}

static const char *ingest_help =
    "usage: entente ingest [--db PATH] [--window DAYS] [--lang L] [--input-format F] [DICT OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Codes articles and stores them with their events in the database (entente.db\n"
    "by default), in batched transactions. An article whose id is stored, or whose\n"
    "text is stored from the same outlet, is skipped; the same text from another\n"
    "outlet is stored as a new article whose mentions are copied (coded once).\n"
    "Mentions of the same source, target and CAMEO code on the same date (or within\n"
    "--window days) merge into one event with GDELT's counts.\n"
    "Progress on stderr when it is a terminal, a one-line summary otherwise.\n"
    "\n"
    "  --db PATH          the database (default entente.db)\n"
    "  --window DAYS      merge repeated reports up to DAYS apart (default 0)\n"
    "  -j, --jobs N       code on N threads (default: the number of cores); one more thread stores\n"
    "  --verbs PATH       add a verb dictionary\n" CLIDICT_HELP;

/* Opens the batch transaction when none is open, commits a full one: its
 * articles count as stored from then on. After a database error (`quiet`:
 * already reported) what the batch stored is committed if it still can be,
 * without a second message. */
static void batch_step(ingest *g, int commit, int quiet) {
    ent_err err;
    ent_err_clear(&err);
    if (!commit && !g->in_tx) {
        if (ent_store_begin(g->st, &err)) {
            snprintf(err.file, sizeof err.file, "%s", g->db);
            cli_err(&err);
            g->fatal = 1;
            return;
        }
        g->in_tx = 1;
    }
    if (commit && g->in_tx) {
        g->in_tx = 0;
        g->batch = 0;
        if (ent_store_commit(g->st, &err)) {
            snprintf(err.file, sizeof err.file, "%s", g->db);
            if (!quiet) cli_err(&err);
            g->fatal = 1;
            g->c.failed += g->pend.stored;
            if (g->pend.stored && !quiet) cli_error("ingest: the last %zu articles were not stored", g->pend.stored);
        } else {
            g->c.stored += g->pend.stored;
            g->c.copied += g->pend.copied;
            g->c.mentions += g->pend.mentions;
        }
        memset(&g->pend, 0, sizeof g->pend);
    }
}

/* Stores one coded (or skipped) article. */
static void store_job(ingest *g, ent_job *j) {
    batch_step(g, 0, 0);
    if (g->fatal) return;
    ent_err err;
    ent_err_clear(&err);
    int status = ENT_STORE_NEW, rc;
    size_t mentions = 0;
    if (j->failed) {
        /* an article stored meanwhile is a duplicate, not a failure */
        rc = ent_store_status(g->st, &j->a, &status, &err);
        if (!rc && status == ENT_STORE_SKIP) g->c.dup++;
        else if (!rc) err = j->err, rc = ENT_EFORMAT;
    } else {
        rc = ent_store_put(g->st, &j->a, &j->r, clock_now(), &status, &mentions, &err);
        if (!rc) {
            g->c.dup += status == ENT_STORE_SKIP;
            g->pend.stored += status != ENT_STORE_SKIP;
            g->pend.copied += status == ENT_STORE_COPY;
            g->pend.mentions += mentions;
        }
    }
    if (rc) {
        g->c.failed++;
        /* a database error (full disk, read-only, damaged) is no article's
         * fault: the next articles would fail the same way */
        if (rc == ENT_EIO) {
            cli_diag(NULL, ENT_ERROR, g->db, 0, err.msg);
            g->fatal = 1;
            batch_step(g, 1, 1);
            return;
        }
        cli_diag(NULL, ENT_ERROR, j->a.file, j->a.line, err.msg);
    }
    if (++g->batch >= BATCH) batch_step(g, 1, 0);
    if (g->tty && mono() - g->last > 0.2) {
        progress(g, 0);
        g->last = mono();
    }
}

/* A job for article a: not coded when it is stored already (or a copy of a stored text). */
static ent_job *job_for(ingest *g, const ent_article *a) {
    ent_job *j = ent_job_new(a);
    ent_err err;
    ent_err_clear(&err);
    int status = ENT_STORE_NEW;
    if (ent_store_status(g->st, a, &status, &err)) status = ENT_STORE_NEW;   /* the store decides (and reports) when writing */
    j->skip = status != ENT_STORE_NEW;
    return j;
}

static void run_ingest(ingest *g, ent_pool *pool) {
    ent_pool_stream *s = ent_pool_stream_new(pool);
    size_t window = 64 * (size_t)ent_pool_workers(pool);
    ent_article a;
    ent_job *j;
    for (int more = 1; more;) {
        if ((more = !g->fatal && ent_reader_next(g->r, &a))) {
            g->c.read++;
            ent_pool_submit(s, job_for(g, &a));
        }
        while ((j = ent_pool_next(s, !more || ent_pool_pending(s) >= window))) {
            store_job(g, j);
            ent_job_free(j);
        }
    }
    ent_pool_stream_free(s);
    if (!g->fatal) batch_step(g, 1, 0);
}

/* The pool and the store of a command; 0, or reported. */
static int open_both(clidict *cd, const char *lang, int jobs, const char *db, const ent_store_opts *so, ent_pool **pool,
                     ent_store **st) {
    ent_err err;
    ent_err_clear(&err);
    ent_pipeline_opts po;
    clidict_pipeline_opts(cd, &po);
    po.lang = lang;
    po.treaties = 1;
    *st = NULL;
    if (!(*pool = ent_pool_open(&po, jobs, &err)) || !(*st = ent_store_open(db, so, &err))) {
        cli_err(&err);
        ent_pool_close(*pool);
        return -1;
    }
    ent_store_set_fingerprint(*st, ent_pipeline_fingerprint(ent_pool_pipeline(*pool)));
    return 0;
}

int cmd_ingest(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"window", required_argument, 0, 'w'},
                                         {"lang", required_argument, 0, 'l'}, {"input-format", required_argument, 0, 'i'},
                                         {"verbs", required_argument, 0, 'V'}, {"help", no_argument, 0, 'h'},
                                         {"jobs", required_argument, 0, 'j'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *db = "entente.db", *lang = NULL, *informat = NULL;
    int window = 0, c, jobs = ent_pool_cores();
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "j:", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'w': window = atoi(optarg); break;
        case 'l': lang = optarg; break;
        case 'i': informat = optarg; break;
        case 'V': clidict_verb(&cd, optarg); break;
        case 'j': jobs = atoi(optarg); break;
        case 'h': fputs(ingest_help, stdout); return EXIT_OK;
        default: return cli_bad_option("ingest", argv);
        }
    }
    if (jobs < 1 || jobs > 64) {
        cli_error("ingest: --jobs takes 1 to 64");
        return EXIT_USAGE;
    }
    int missing;
    ingest g;
    memset(&g, 0, sizeof g);
    if (!(g.r = cli_reader(argv + optind, argc - optind, informat, &missing))) return EXIT_USAGE;
    ent_pool *pool;
    ent_store_opts so = {.window_days = window};
    if (open_both(&cd, lang, jobs, db, &so, &pool, &g.st)) {
        ent_reader_free(g.r);
        return EXIT_USAGE;
    }
    g.missing = (size_t)missing;
    g.db = db;
    g.tty = isatty(2);
    g.t0 = g.last = mono();
    run_ingest(&g, pool);
    if (g.tty) fputc('\n', stderr);
    progress(&g, 1);
    size_t skipped = ent_reader_skipped(g.r) + (size_t)missing + g.c.failed;
    ent_store_close(g.st);
    ent_pool_close(pool);
    ent_reader_free(g.r);
    return g.fatal || skipped ? EXIT_SKIPPED : EXIT_OK;
}

static const char *recode_help =
    "usage: entente recode [--db PATH] [--all] [DICT OPTIONS]\n"
    "\n"
    "Re-codes the stored articles whose dictionary fingerprint differs from the\n"
    "current dictionaries' (or every article with --all), replacing their mentions,\n"
    "treaty facts and framing; with TABARI dictionaries (--verbs FILE.verbs) as\n"
    "`ingest` codes with them.\n"
    "\n"
    "  -j, --jobs N       code on N threads (default: the number of cores)\n";

typedef struct recode {
    ent_store *st;
    const char *db;
    int64_t *keys;
    size_t done, mentions, failed;
    int fatal;
} recode;

/* Writes one re-coded article (job ud: its key). */
static void recode_job(recode *x, ent_job *j) {
    ent_err err;
    ent_err_clear(&err);
    size_t m = 0;
    int rc = j->failed ? (err = j->err, ENT_EFORMAT)
                       : ent_store_recode(x->st, *(int64_t *)j->ud, &j->a, &j->r, clock_now(), &m, &err);
    if (rc) {
        snprintf(err.file, sizeof err.file, "%s", x->db);
        cli_err(&err);
        x->failed++;
        if (rc == ENT_EIO) x->fatal = 1;   /* the database, not the article */
        return;
    }
    x->done++;
    x->mentions += m;
}

static void run_recode(recode *x, ent_pool *pool, size_t n) {
    ent_pool_stream *s = ent_pool_stream_new(pool);
    size_t window = 64 * (size_t)ent_pool_workers(pool), batch = 0;
    ent_arena ar;
    ent_arena_init(&ar, 1 << 20);
    ent_err err;
    ent_err_clear(&err);
    ent_job *j;
    for (size_t i = 0; i <= n && !x->fatal; i++) {
        ent_article a;
        if (i < n) {
            ent_arena_reset(&ar);
            if (ent_store_article_get(x->st, x->keys[i], &ar, &a, &err)) {
                cli_err(&err);
                x->failed++;
            } else {
                a.file = x->db;
                j = ent_job_new(&a);
                j->ud = &x->keys[i];
                ent_pool_submit(s, j);
            }
        }
        while ((j = ent_pool_next(s, i == n || ent_pool_pending(s) >= window))) {
            if (!x->fatal) recode_job(x, j);
            ent_job_free(j);
            if (++batch % BATCH == 0 && (ent_store_commit(x->st, &err) || ent_store_begin(x->st, &err)))
                cli_err(&err), x->fatal = 1;
        }
    }
    ent_arena_free(&ar);
    ent_pool_stream_free(s);
}

int cmd_recode(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"all", no_argument, 0, 'a'},
                                         {"verbs", required_argument, 0, 'V'}, {"help", no_argument, 0, 'h'},
                                         {"jobs", required_argument, 0, 'j'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *db = "entente.db";
    int all = 0, c, jobs = ent_pool_cores();
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "j:", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'a': all = 1; break;
        case 'V': clidict_verb(&cd, optarg); break;
        case 'j': jobs = atoi(optarg); break;
        case 'h': fputs(recode_help, stdout); return EXIT_OK;
        default: return cli_bad_option("recode", argv);
        }
    }
    if (jobs < 1 || jobs > 64) {
        cli_error("recode: --jobs takes 1 to 64");
        return EXIT_USAGE;
    }
    ent_pool *pool;
    recode x = {.db = db};
    if (open_both(&cd, NULL, jobs, db, NULL, &pool, &x.st)) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    size_t n = 0;
    int rc = ent_store_stale(x.st, ent_pipeline_fingerprint(ent_pool_pipeline(pool)), all, &x.keys, &n, &err);
    if (rc || ent_store_begin(x.st, &err)) {
        snprintf(err.file, sizeof err.file, "%s", db);
        cli_err(&err);
        x.fatal = 1;
    } else {
        run_recode(&x, pool, n);
        if (!x.fatal && ent_store_commit(x.st, &err)) cli_err(&err), x.fatal = 1;
    }
    fprintf(stderr, "entente: recode: %zu articles re-coded, %zu mentions, %zu failed\n", x.done, x.mentions, x.failed);
    free(x.keys);
    ent_store_close(x.st);
    ent_pool_close(pool);
    return x.fatal || x.failed ? EXIT_SKIPPED : EXIT_OK;
}
