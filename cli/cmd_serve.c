/* cmd_serve.c - `entente serve`: the HTTP JSON API and the dashboard
 * (src/serve), with POST /api/code coded by the library's worker pool, as
 * `entente code` codes. */
#define _GNU_SOURCE
#include "clidict.h"

#include "../src/pipeline/pool.h"
#include "../src/serve/api.h"
#include "../src/serve/serve.h"
#include "../src/text/text.h"

#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *help =
    "usage: entente serve [--db PATH] [--host ADDR] [--port N] [--web DIR] [OPTIONS]\n"
    "\n"
    "Serves the database as a JSON API and the dashboard (a browser UI) over HTTP\n"
    "until SIGINT or SIGTERM. The database is opened read-only: `entente ingest`\n"
    "may keep adding to it, and answers include what it has committed.\n"
    "\n"
    "  GET  /                       the dashboard\n"
    "  GET  /api/health             {\"ok\":true,\"articles\",\"events\",\"schema\"}\n"
    "  GET  /api/summary?top=N      as `entente summary --json`\n"
    "  GET  /api/dyads/A/B?by=day|week|month      as `entente dyad A B --json`\n"
    "  GET  /api/dyad?a=A&b=B&by=day|week|month   the same\n"
    "  GET  /api/dyad.svg?a=A&b=B&by=...          the chart of `entente dyad --svg`\n"
    "  GET  /api/actors?q=TEXT      countries and IGOs with their event counts; q: by name\n"
    "                               in any language, as the articles wrote it\n"
    "  GET  /api/events?from=D&to=D&source=X&target=Y&root=R&code=C&q=TEXT&limit=N&cursor=K\n"
    "                               newest first; next_cursor pages on (also actor=X,\n"
    "                               a=A&b=B both ways, quad=Q, negated=1, offset=N)\n"
    "  GET  /api/events/ID          one event, its mentions, spans and evidence\n"
    "  GET  /api/articles?from=D&to=D&outlet=S&limit=N&offset=N\n"
    "  GET  /api/articles/ID        one article, its text and mentions\n"
    "  GET  /api/export?format=gdelt|mentions|plover|jsonl|csv&from=D&to=D\n"
    "  GET  /api/treaties?party=X   as `entente treaties --json`\n"
    "  GET  /api/obligations?attacked=X   as `entente obligations --attacked X --json`\n"
    "  GET  /api/graph              as `entente graph --format json`\n"
    "  GET  /api/framing?a=A&b=B    as `entente framing A B --json`\n"
    "  POST /api/code?lang=L&date=D&format=F&explain=1   codes the body (articles in any\n"
    "                               input format) as `entente code` does; sent as\n"
    "                               application/json, application/x-ndjson or\n"
    "                               application/octet-stream (text/plain and forms: 415)\n"
    "\n"
    "  --db PATH          the database (default entente.db)\n"
    "  --host ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 or :: for all)\n"
    "  --port N           port (default 8080; 0: any free port)\n"
    "  --port-file FILE   write the port listened on to FILE once listening\n"
    "  --web DIR          the dashboard's files (default: web/ beside data/)\n"
    "  --no-web           API only\n"
    "  --threads N        threads computing answers from the database (default: the number of\n"
    "                     cores); reading requests and sending answers has its own threads\n"
    "  --coders N         coders for POST /api/code, each with its own dictionaries; as many\n"
    "                     requests are coded at once (default 1)\n"
    "  --code-queue N     coding requests that may wait for a coder (default 4); beyond them\n"
    "                     POST /api/code answers 503 with Retry-After\n"
    "  --max-conns N      simultaneous connections (default 1024)\n"
    "  --client-conns N   simultaneous connections from one client address (default 64)\n"
    "  --header-timeout S a request's headers must be complete S seconds after its connection\n"
    "                     opened or its previous request ended (default 10)\n"
    "  --allow-host NAME  a host name the Host header may give besides localhost and IP\n"
    "                     addresses (against DNS rebinding); repeatable\n"
    "  --no-code          do not load the coder; POST /api/code answers 503\n"
    "  --max-body BYTES   largest request body (default 1048576)\n"
    "  --cors ORIGIN      let a web page from ORIGIN call the API (Access-Control-Allow-Origin;\n"
    "                     by default no cross-origin access)\n"
    "  --no-cache         compute every answer (by default each worker thread keeps its\n"
    "                     answers until the database changes)\n"
    "  --quiet            no access log on stderr\n"
    "  --verbs PATH       add a verb dictionary (for POST /api/code)\n" CLIDICT_HELP;

static void access_log(void *ud, const char *method, const char *url, int status, size_t bytes, double ms) {
    (void)ud;
    char u[201];
    size_t i = 0;
    for (; url[i] && i < 200; i++) u[i] = (unsigned char)url[i] < 0x20 || url[i] == 0x7f ? '?' : url[i];
    u[i] = 0;
    fprintf(stderr, "entente: %s %s%s %d %zu B %.1f ms\n", method, u, url[i] ? "..." : "", status, bytes, ms);
}

/* Room for every connection allowed (and the files besides): the soft
 * limit on open files is often 1024, below what --max-conns allows. */
static void raise_fd_limit(unsigned conns) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl)) return;
    rlim_t want = (rlim_t)conns + 256;
    if (rl.rlim_cur >= want) return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < want)
        cli_error("serve: warning: only %llu open files allowed, fewer than --max-conns needs", (unsigned long long)rl.rlim_cur);
}

static int number(const char *s, long lo, long hi, long *v) {
    char *end;
    long x = strtol(s, &end, 10);
    if (!*s || *end || x < lo || x > hi) return -1;
    *v = x;
    return 0;
}

int cmd_serve(int argc, char **argv) {
    enum {
        O_DB = 1, O_HOST, O_PORT, O_PORTFILE, O_WEB, O_NOWEB, O_THREADS, O_CODERS, O_NOCODE, O_MAXBODY, O_QUIET, O_VERBS,
        O_NOCACHE, O_CORS, O_CODEQ, O_MAXCONNS, O_CLIENTCONNS, O_HEADERTO, O_ALLOWHOST
    };
    static const struct option opts[] = {{"db", required_argument, 0, O_DB},
                                         {"host", required_argument, 0, O_HOST},
                                         {"port", required_argument, 0, O_PORT},
                                         {"port-file", required_argument, 0, O_PORTFILE},
                                         {"web", required_argument, 0, O_WEB},
                                         {"no-web", no_argument, 0, O_NOWEB},
                                         {"threads", required_argument, 0, O_THREADS},
                                         {"coders", required_argument, 0, O_CODERS},
                                         {"no-code", no_argument, 0, O_NOCODE},
                                         {"max-body", required_argument, 0, O_MAXBODY},
                                         {"quiet", no_argument, 0, O_QUIET},
                                         {"no-cache", no_argument, 0, O_NOCACHE},
                                         {"verbs", required_argument, 0, O_VERBS},
                                         {"cors", required_argument, 0, O_CORS},
                                         {"code-queue", required_argument, 0, O_CODEQ},
                                         {"max-conns", required_argument, 0, O_MAXCONNS},
                                         {"client-conns", required_argument, 0, O_CLIENTCONNS},
                                         {"header-timeout", required_argument, 0, O_HEADERTO},
                                         {"allow-host", required_argument, 0, O_ALLOWHOST},
                                         {"help", no_argument, 0, 'h'},
                                         CLIDICT_LONGOPTS,
                                         {0, 0, 0, 0}};
    ent_serve_opts so = {.db = "entente.db", .host = "127.0.0.1", .port = 8080, .threads = ent_pool_cores(),
                         .io_threads = ent_pool_cores(), .code_queue = 4, .max_body = 1 << 20};
    const char *hosts[32];
    const char *port_file = NULL;
    const char *envweb = getenv("ENTENTE_WEB");
    char defweb[4096];
    struct stat wst;
    /* installed: <data>/web; in the source tree: web/ beside data/ */
    snprintf(defweb, sizeof defweb, "%s/web", ent_data_dir());
    if (stat(defweb, &wst) != 0) snprintf(defweb, sizeof defweb, "%s/../web", ent_data_dir());
    so.web_dir = envweb && *envweb ? envweb : defweb;
    long ncoders = 1, v;
    int nocode = 0, quiet = 0, c;
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case O_DB: so.db = optarg; break;
        case O_HOST: so.host = optarg; break;
        case O_PORT:
            if (number(optarg, 0, 65535, &v)) return cli_error("serve: --port takes 0 to 65535"), EXIT_USAGE;
            so.port = (int)v;
            break;
        case O_PORTFILE: port_file = optarg; break;
        case O_WEB: so.web_dir = optarg; break;
        case O_NOWEB: so.web_dir = NULL; break;
        case O_THREADS:
            if (number(optarg, 1, 256, &v)) return cli_error("serve: --threads takes 1 to 256"), EXIT_USAGE;
            so.threads = (int)v;
            break;
        case O_CODERS:
            if (number(optarg, 1, 64, &ncoders)) return cli_error("serve: --coders takes 1 to 64"), EXIT_USAGE;
            break;
        case O_NOCODE: nocode = 1; break;
        case O_MAXBODY:
            if (number(optarg, 1, 1L << 30, &v)) return cli_error("serve: --max-body takes 1 to 1073741824 bytes"), EXIT_USAGE;
            so.max_body = (size_t)v;
            break;
        case O_QUIET: quiet = 1; break;
        case O_NOCACHE: so.no_cache = 1; break;
        case O_CORS:
            /* an origin is scheme://host[:port], nothing a header could be split with */
            if (strncmp(optarg, "http://", 7) && strncmp(optarg, "https://", 8))
                return cli_error("serve: --cors takes an origin such as https://example.org"), EXIT_USAGE;
            for (const char *q = optarg; *q; q++)
                if ((unsigned char)*q <= ' ' || *q == ',' || (unsigned char)*q >= 0x7f)
                    return cli_error("serve: --cors takes one origin such as https://example.org"), EXIT_USAGE;
            so.cors = optarg;
            break;
        case O_CODEQ:
            if (number(optarg, 0, 1000, &v)) return cli_error("serve: --code-queue takes 0 to 1000"), EXIT_USAGE;
            so.code_queue = (int)v;
            break;
        case O_MAXCONNS:
            if (number(optarg, 1, 100000, &v)) return cli_error("serve: --max-conns takes 1 to 100000"), EXIT_USAGE;
            so.max_conns = (unsigned)v;
            break;
        case O_CLIENTCONNS:
            if (number(optarg, 1, 100000, &v)) return cli_error("serve: --client-conns takes 1 to 100000"), EXIT_USAGE;
            so.client_conns = (unsigned)v;
            break;
        case O_HEADERTO:
            if (number(optarg, 1, 3600, &v)) return cli_error("serve: --header-timeout takes 1 to 3600 seconds"), EXIT_USAGE;
            so.header_timeout = (unsigned)v;
            break;
        case O_ALLOWHOST:
            if (so.nallow_hosts == sizeof hosts / sizeof *hosts || !*optarg || strlen(optarg) > 253 ||
                strspn(optarg, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") != strlen(optarg))
                return cli_error("serve: --allow-host takes a host name (letters, digits, dots, hyphens; at most 32 of them)"),
                       EXIT_USAGE;
            hosts[so.nallow_hosts++] = optarg;
            so.allow_hosts = hosts;
            break;
        case O_VERBS: clidict_verb(&cd, optarg); break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return cli_bad_option("serve", argv);
        }
    }
    if (optind < argc) {
        cli_error("serve: unexpected argument '%s' (see entente serve --help)", argv[optind]);
        return EXIT_USAGE;
    }
    struct stat st;
    if (stat(so.db, &st) != 0) {
        cli_error("serve: no database at %s (build one with entente ingest --db %s FILE...)", so.db, so.db);
        return EXIT_USAGE;
    }
    if (so.web_dir) {
        char index[4200];
        snprintf(index, sizeof index, "%s/index.html", so.web_dir);
        if (stat(index, &st) != 0) {
            cli_error("serve: warning: no dashboard in %s (API only; see --web)", so.web_dir);
            so.web_dir = NULL;
        }
    }
    ent_pool *pool = NULL;
    int rc = EXIT_OK;
    ent_err err;
    ent_err_clear(&err);
    if (!nocode) {
        ent_pipeline_opts po;
        clidict_pipeline_opts(&cd, &po);
        if (!(pool = ent_pool_open(&po, (int)ncoders, &err))) {
            cli_err(&err);
            return EXIT_USAGE;
        }
        so.code = ent_api_code;
        so.code_ud = pool;
        so.code_workers = ent_pool_workers(pool);
        ent_pool_set_nice(pool, 10);   /* answering first: coding takes the CPU that is left */
    }
    raise_fd_limit(so.max_conns ? so.max_conns : 1024);
    if (!quiet) so.log = access_log;
    /* the workers inherit a mask without the stop signals: the main thread takes them */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    ent_server *s = ent_serve_start(&so, &err);
    if (!s) {
        cli_err(&err);
        rc = EXIT_USAGE;
        goto out;
    }
    int port = ent_serve_port(s);
    int v6 = strchr(so.host, ':') != NULL;
    fprintf(stderr, "entente: serving http://%s%s%s:%d/ (database %s; %s)\n", v6 ? "[" : "", so.host, v6 ? "]" : "", port,
            so.db, so.web_dir ? "dashboard at /" : "API only");
    if (port_file) {
        FILE *f = fopen(port_file, "w");
        if (!f || fprintf(f, "%d\n", port) < 0 || fclose(f)) cli_error("serve: cannot write %s", port_file);
    }
    int sig = 0;
    sigwait(&stop, &sig);
    ent_serve_stop(s);
    fprintf(stderr, "entente: stopped (%s)\n", strsignal(sig));
out:
    ent_pool_close(pool);
    return rc;
}
