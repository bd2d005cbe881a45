/* cmd_ingest.c - `entente ingest` (code and store) and `entente recode`. */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include "../src/store/store.h"
#include "../src/store/treaties.h"

#include <getopt.h>
#include <pthread.h>
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
    size_t read, stored, dup, copied, events, mentions, failed;
} counts;

static unsigned long long g_done, g_total;   /* input bytes, for the ETA */

static void progress(const counts *c, double t0, int final, int tty) {
    double el = mono() - t0;
    double rate = el > 0 ? (double)c->read / el : 0;
    if (final) {
        /* the summary is the same for the same input (scripts compare it);
         * timings go to a terminal only */
        fprintf(stderr,
                "entente: ingest: %zu articles read, %zu stored (%zu as copies from another outlet), %zu already stored, "
                "%zu skipped with errors; %zu mentions coded\n",
                c->read, c->stored, c->copied, c->dup, c->failed, c->mentions);
        if (tty) fprintf(stderr, "entente: ingest: %.1f s, %.0f articles/s\n", el, rate);
    } else {
        char eta[48] = "";
        if (g_total && g_done && g_done < g_total)
            snprintf(eta, sizeof eta, "  %2.0f%%  ETA %.0f s", 100.0 * (double)g_done / (double)g_total,
                     el * (double)(g_total - g_done) / (double)g_done);
        fprintf(stderr, "\r  %zu stored  %zu mentions  %.0f articles/s%s   ", c->stored, c->mentions,
                el > 0 ? (double)c->stored / el : 0, eta);
        fflush(stderr);
    }
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

/* ---- the two stages: coding (this thread) and storing (a writer thread) ----
 * Coding and storing overlap on two cores: the coder hands each coded
 * article to the writer through a bounded queue, in input order, so the
 * database is the one a single thread would write (and a re-run after a
 * crash ends identical). The writer alone decides what is stored: an
 * article stored meanwhile, or the same text from another outlet, is
 * re-checked there. The coder only skips what was committed before it
 * looked (its own read-only connection), so re-runs do not code again. */

#define QCAP 128

typedef struct queue {
    job *v[QCAP];
    size_t head, n;
    int done;
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
} queue;

static void q_push(queue *q, job *it) {
    pthread_mutex_lock(&q->mu);
    while (q->n == QCAP) pthread_cond_wait(&q->not_full, &q->mu);
    q->v[(q->head + q->n++) % QCAP] = it;
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

static job *q_pop(queue *q) {
    pthread_mutex_lock(&q->mu);
    while (!q->n && !q->done) pthread_cond_wait(&q->not_empty, &q->mu);
    job *it = NULL;
    if (q->n) {
        it = q->v[q->head];
        q->head = (q->head + 1) % QCAP;
        q->n--;
        pthread_cond_signal(&q->not_full);
    }
    pthread_mutex_unlock(&q->mu);
    return it;
}

static void q_close(queue *q) {
    pthread_mutex_lock(&q->mu);
    q->done = 1;
    pthread_cond_broadcast(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

typedef struct writer {
    queue q;
    ent_store *st;
    const char *fingerprint;
    counts c;
    int fatal, tty;
    double t0;
} writer;

static int store_item(writer *w, job *it, ent_err *err) {
    const ent_article *a = &it->a;
    char hash[17];
    ent_store_hash(a, hash);
    int64_t coded = 0, rowid;
    int status = ent_store_article_status(w->st, a, hash, &coded);
    if (status == ENT_STORE_SKIP) {
        w->c.dup++;
        return 0;
    }
    if (it->failed) {
        *err = it->err;
        return ENT_EFORMAT;
    }
    int64_t now = clock_now();
    if (ent_store_add_article(w->st, a, it->lang, hash, w->fingerprint, now, &rowid, err)) return ENT_EIO;
    w->c.stored++;
    if (status == ENT_STORE_COPY) {
        w->c.copied++;
        return ent_store_copy_mentions(w->st, coded, rowid, now, err);
    }
    for (size_t i = 0; i < it->nev; i++) {
        if (ent_store_add_mention(w->st, rowid, a, &it->ev[i], it->ev[i].sentence <= 1, now, err)) return ENT_EIO;
        w->c.mentions++;
    }
    return ent_store_add_treaties(w->st, rowid, a, &it->treaties, err) ? ENT_EIO : 0;
}

static void *writer_main(void *ud) {
    writer *w = ud;
    ent_err err;
    int in_tx = 0;
    size_t batch = 0;
    double last = mono();
    job *it;
    while ((it = q_pop(&w->q))) {
        if (w->fatal) {
            job_free(it);
            continue;   /* drain, so the coder never blocks */
        }
        ent_err_clear(&err);
        if (!in_tx) {
            if (ent_store_begin(w->st, &err)) {
                cli_err(&err);
                w->fatal = 1;
                job_free(it);
                continue;
            }
            in_tx = 1;
        }
        /* a savepoint per article: a failure loses that article only */
        sqlite3_exec(ent_store_db(w->st), "SAVEPOINT article", NULL, NULL, NULL);
        int rc = store_item(w, it, &err);
        if (rc) {
            sqlite3_exec(ent_store_db(w->st), "ROLLBACK TO article", NULL, NULL, NULL);
            cli_diag(NULL, ENT_ERROR, it->a.file, it->a.line, err.msg);
            w->c.failed++;
            if (rc == ENT_EIO && strstr(err.msg, "disk")) w->fatal = 1;
        }
        sqlite3_exec(ent_store_db(w->st), "RELEASE article", NULL, NULL, NULL);
        job_free(it);
        if (++batch >= BATCH) {
            if (ent_store_commit(w->st, &err)) {
                cli_err(&err);
                w->fatal = 1;
            }
            in_tx = 0;
            batch = 0;
        }
        if (w->tty && mono() - last > 0.2) {
            progress(&w->c, w->t0, 0, 1);
            last = mono();
        }
    }
    if (in_tx && !w->fatal && ent_store_commit(w->st, &err)) {
        cli_err(&err);
        w->fatal = 1;
    }
    return NULL;
}

int cmd_ingest(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"window", required_argument, 0, 'w'},
                                         {"lang", required_argument, 0, 'l'}, {"input-format", required_argument, 0, 'i'},
                                         {"verbs", required_argument, 0, 'V'}, {"help", no_argument, 0, 'h'},
                                         {"jobs", required_argument, 0, 'j'}, CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *db = "entente.db", *lang = NULL, *informat = NULL;
    const char *verbs[16];
    int nverbs = 0, window = 0, c, jobs = pool_cores();
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
        case 'V': if (nverbs < 16) verbs[nverbs++] = optarg; break;
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
    ent_reader *r = cli_reader(argv + optind, argc - optind, informat, &missing);
    if (!r) return EXIT_USAGE;
    /* coders on the cores; the writer is one more thread, mostly waiting on I/O */
    pool *pl = pool_new(&cd, verbs, nverbs, jobs, POOL_EVENTS);
    if (!pl) {
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    pipeline *pp = pool_pipeline(pl);
    ent_err err;
    ent_err_clear(&err);
    ent_store_opts so = {.window_days = window};
    ent_store *st = ent_store_open(db, &so, &err);
    if (!st) {
        cli_err(&err);
        pool_free(pl);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    ent_store_set_fingerprint(st, pp->fingerprint);
    /* the coder's own read-only view, to skip what is already committed */
    ent_store_opts ro = {.readonly = 1};
    ent_store *peek = ent_store_open(db, &ro, &err);
    writer w;
    memset(&w, 0, sizeof w);
    w.st = st;
    w.fingerprint = pp->fingerprint;
    w.tty = isatty(2);
    w.t0 = mono();
    pthread_mutex_init(&w.q.mu, NULL);
    pthread_cond_init(&w.q.not_empty, NULL);
    pthread_cond_init(&w.q.not_full, NULL);
    pthread_t th;
    if (pthread_create(&th, NULL, writer_main, &w)) {
        cli_error("ingest: cannot start the writer thread");
        ent_store_close(peek);
        ent_store_close(st);
        pool_free(pl);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    size_t cap = 64 * (size_t)jobs, n = 0, read = 0;
    job **batch = ent_xcalloc(cap, sizeof *batch);
    ent_article a;
    for (int more = 1; more && !w.fatal;) {
        more = ent_reader_next(r, &a);
        if (more) {
            read++;
            const char *l = lang ? lang : *a.lang ? a.lang : ent_text_langid(a.text, a.text_len);
            job *j = job_new(&a, l);
            char hash[17];
            int64_t coded = 0;
            ent_store_hash(&a, hash);
            /* stored, or a copy of a stored text: the writer decides, nothing to code */
            if (peek && ent_store_article_status(peek, &a, hash, &coded) != ENT_STORE_NEW) j->skip = 1;
            batch[n++] = j;
        }
        if (n == cap || (!more && n)) {
            pool_run(pl, batch, n);
            for (size_t i = 0; i < n; i++) q_push(&w.q, batch[i]);
            n = 0;
            ent_reader_progress(r, &g_done, &g_total);
        }
    }
    for (size_t i = 0; i < n; i++) job_free(batch[i]);
    free(batch);
    q_close(&w.q);
    pthread_join(th, NULL);
    w.c.read = read;
    if (w.tty) fputc('\n', stderr);
    progress(&w.c, w.t0, 1, w.tty);
    size_t skipped = ent_reader_skipped(r) + (size_t)missing + w.c.failed;
    int fatal = w.fatal;
    pthread_mutex_destroy(&w.q.mu);
    pthread_cond_destroy(&w.q.not_empty);
    pthread_cond_destroy(&w.q.not_full);
    ent_store_close(peek);
    ent_store_close(st);
    pool_free(pl);
    ent_reader_free(r);
    return fatal ? EXIT_USAGE : skipped ? EXIT_SKIPPED : EXIT_OK;
}

static const char *recode_help =
    "usage: entente recode [--db PATH] [--all] [DICT OPTIONS]\n"
    "\n"
    "Re-codes the stored articles whose dictionary fingerprint differs from the\n"
    "current dictionaries' (or every article with --all), replacing their mentions.\n";

int cmd_recode(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'D'}, {"all", no_argument, 0, 'a'},
                                         {"verbs", required_argument, 0, 'V'}, {"help", no_argument, 0, 'h'},
                                         CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *db = "entente.db";
    const char *verbs[16];
    int nverbs = 0, all = 0, c;
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'a': all = 1; break;
        case 'V': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'h': fputs(recode_help, stdout); return EXIT_OK;
        default: return cli_bad_option("recode", argv);
        }
    }
    pipeline p;
    if (pipeline_open(&p, &cd, verbs, nverbs)) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_store *st = ent_store_open(db, NULL, &err);
    if (!st) {
        cli_err(&err);
        pipeline_close(&p);
        return EXIT_USAGE;
    }
    ent_store_set_fingerprint(st, p.fingerprint);
    ent_treaty_ex *tx = ent_treaty_ex_new(p.t, p.d, NULL, &cli_diag_sink, &err);
    if (!tx) cli_err(&err);
    sqlite3 *h = ent_store_db(st);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(h,
                       "SELECT rowid, id, date, lang, source, url, title, text FROM articles "
                       "WHERE ?1 OR fingerprint <> ?2 ORDER BY rowid",
                       -1, &q, NULL);
    sqlite3_bind_int(q, 1, all);
    sqlite3_bind_text(q, 2, p.fingerprint, -1, SQLITE_STATIC);
    /* collect first: the rows change while we write */
    typedef struct row {
        int64_t rowid;
        char *f[7];
    } row;
    row *rows = NULL;
    size_t n = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        rows = ent_xrealloc(rows, (n + 1) * sizeof *rows);
        rows[n].rowid = sqlite3_column_int64(q, 0);
        for (int i = 0; i < 7; i++) rows[n].f[i] = ent_xstrdup((const char *)sqlite3_column_text(q, i + 1));
        n++;
    }
    sqlite3_finalize(q);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 20);
    size_t done = 0, mentions = 0, failed = 0;
    sqlite3_stmt *up;
    sqlite3_prepare_v2(h, "UPDATE articles SET fingerprint = ?1, coder_version = ?2 WHERE rowid = ?3", -1, &up, NULL);
    ent_store_begin(st, &err);
    for (size_t i = 0; i < n; i++) {
        ent_article a;
        memset(&a, 0, sizeof a);
        a.id = rows[i].f[0];
        a.date = rows[i].f[1];
        a.lang = rows[i].f[2];
        a.source = rows[i].f[3];
        a.url = rows[i].f[4];
        a.title = rows[i].f[5];
        a.text = rows[i].f[6];
        a.text_len = strlen(a.text);
        a.file = db;
        ent_arena_reset(&ar);
        ent_event *ev;
        size_t ne;
        if (ent_store_clear_article(st, rows[i].rowid, &err) || ent_coder_article(p.c, &a, a.lang, NULL, &ar, &ev, &ne, &err)) {
            cli_err(&err);
            failed++;
            continue;
        }
        int64_t now = clock_now();
        for (size_t k = 0; k < ne; k++)
            if (!ent_store_add_mention(st, rows[i].rowid, &a, &ev[k], ev[k].sentence <= 1, now, &err)) mentions++;
        ent_treaty_facts tf;
        if (tx && !pipeline_treaties(&p, tx, &a, a.lang, ev, ne, &ar, &tf, &err) &&
            ent_store_add_treaties(st, rows[i].rowid, &a, &tf, &err))
            cli_err(&err);
        sqlite3_reset(up);
        sqlite3_bind_text(up, 1, p.fingerprint, -1, SQLITE_STATIC);
        sqlite3_bind_text(up, 2, ENT_CODER_VERSION, -1, SQLITE_STATIC);
        sqlite3_bind_int64(up, 3, rows[i].rowid);
        sqlite3_step(up);
        done++;
    }
    ent_store_commit(st, &err);
    sqlite3_finalize(up);
    fprintf(stderr, "entente: recode: %zu articles re-coded, %zu mentions, %zu failed\n", done, mentions, failed);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 7; k++) free(rows[i].f[k]);
    free(rows);
    ent_arena_free(&ar);
    ent_treaty_ex_free(tx);
    ent_store_close(st);
    pipeline_close(&p);
    return failed ? EXIT_SKIPPED : EXIT_OK;
}
