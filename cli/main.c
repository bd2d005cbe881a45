/* main.c - the `entente` command: dispatches to one function per command. */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void cli_diag(void *ud, enum ent_severity sev, const char *file, long line, const char *msg) {
    (void)ud;
    const char *kind = sev == ENT_WARN ? "warning: " : "";
    if (file && *file && line > 0) fprintf(stderr, "entente: %s:%ld: %s%s\n", file, line, kind, msg);
    else if (file && *file) fprintf(stderr, "entente: %s: %s%s\n", file, kind, msg);
    else fprintf(stderr, "entente: %s%s\n", kind, msg);
}

const ent_diag cli_diag_sink = {cli_diag, NULL};

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("entente: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_err(const ent_err *e) {
    cli_diag(NULL, ENT_ERROR, e->file, e->line, e->msg);
}

ent_reader *cli_reader(char **paths, int n, const char *format, int *missing) {
    int fmt = ent_input_format_parse(format ? format : "auto");
    if (fmt < 0) {
        cli_error("unknown input format '%s' (auto, plain, jsonl, tabari)", format);
        return NULL;
    }
    ent_reader_opts o = {.format = (ent_input_format)fmt};
    ent_reader *r = ent_reader_new(&o, &cli_diag_sink);
    *missing = 0;
    if (n == 0) ent_reader_add(r, "-", NULL);
    for (int i = 0; i < n; i++) {
        ent_err e;
        ent_err_clear(&e);
        if (ent_reader_add(r, paths[i], &e)) {
            cli_err(&e);
            (*missing)++;
        }
    }
    return r;
}

int cli_date_ok(const char *cmd, const char *opt, const char *date) {
    char why[64];
    if (!date || ent_date_explain(date, strlen(date), why, sizeof why)) return 1;
    cli_error("%s: bad %s '%s' (%s)", cmd, opt, date, why);
    return 0;
}

int cli_bad_option(const char *cmd, char **argv) {
    extern int optind, optopt;
    const char *arg = argv[optind - 1];
    if (optopt && arg[0] == '-' && arg[1] != '-')
        cli_error("%s: unknown option '-%c' (see entente %s --help)", cmd, optopt, cmd);
    else if (strchr(arg, '=') == NULL && arg[0] == '-' && optopt)
        cli_error("%s: option '%s' needs a value (see entente %s --help)", cmd, arg, cmd);
    else
        cli_error("%s: unknown option '%s' (see entente %s --help)", cmd, arg, cmd);
    return EXIT_USAGE;
}

/* stdout goes through this cookie, which keeps the errno of the first
 * failed write: by the end, stdio only remembers that one failed. */
static int out_errno;

static ssize_t out_write(void *cookie, const char *p, size_t n) {
    (void)cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(STDOUT_FILENO, p + done, n - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (!out_errno) out_errno = w < 0 ? errno : EIO;
            return done ? (ssize_t)done : -1;
        }
        done += (size_t)w;
    }
    return (ssize_t)n;
}

static void out_open(void) {
    cookie_io_functions_t io = {.write = out_write};
    FILE *f = fopencookie(NULL, "w", io);
    if (!f) return;   /* the plain stdout then: errors without their reason */
    setvbuf(f, NULL, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF, 1 << 16);
    stdout = f;
}

int cli_stdout_close(const char *cmd, int rc) {
    int bad = fflush(stdout) != 0;
    bad |= ferror(stdout) != 0;
    bad |= fclose(stdout) != 0;
    if (!bad && !out_errno) return rc;
    if (out_errno) cli_error("%s: cannot write the output: %s", cmd, strerror(out_errno));
    else cli_error("%s: cannot write the output", cmd);
    return rc ? rc : EXIT_SKIPPED;
}

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    {"sentences", cmd_sentences, "cut articles into sentences (JSON Lines)"},
    {"actors", cmd_actors, "find actor and place mentions (JSON Lines)"},
    {"code", cmd_code, "code articles into CAMEO events (JSON Lines or TSV)"},
    {"explain", cmd_explain, "show how one sentence is coded, step by step"},
    {"ingest", cmd_ingest, "code articles and store events in the database"},
    {"recode", cmd_recode, "re-code stored articles coded with older dictionaries"},
    {"dyad", cmd_dyad, "how two actors relate over time (table, JSON, SVG chart)"},
    {"summary", cmd_summary, "the most active dyads and event types in the database"},
    {"treaties", cmd_treaties, "treaties, their parties, obligations and status (stored or from articles)"},
    {"obligations", cmd_obligations, "who is bound to help whom, under which treaty"},
    {"graph", cmd_graph, "the alliance graph (Graphviz dot or JSON)"},
    {"framing", cmd_framing, "the words each side uses for a relationship"},
    {"export", cmd_export, "export stored events: GDELT, PLOVER, JSON Lines, CSV"},
    {"eval", cmd_eval, "score the coder on gold sets (precision, recall, F1)"},
    {"validate", cmd_validate, "run a TABARI or PETRARCH validation suite with its dictionaries"},
    {"dict", cmd_dict, "check dictionaries, count entries, list unknown names"},
    {"serve", cmd_serve, "the HTTP JSON API and the browser dashboard"},
};

static void usage(FILE *f) {
    fprintf(f,
            "usage: entente COMMAND [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "entente turns dated news articles into CAMEO event data.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].help);
    fprintf(f,
            "\n"
            "options:\n"
            "  --help       this help; `entente COMMAND --help` for a command\n"
            "  --version    print the version\n"
            "\n"
            "Exit status: 0 ok (warnings allowed), 1 some articles skipped, 2 usage error.\n");
}

int main(int argc, char **argv) {
    /* over a file size limit (ulimit -f) a write fails and is reported,
     * rather than the process being killed in the middle of it */
    signal(SIGXFSZ, SIG_IGN);
    out_open();
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return cli_stdout_close("help", EXIT_OK);
    }
    if (!strcmp(cmd, "--version")) {
        printf("entente %s\n", ENT_VERSION);
        return cli_stdout_close("version", EXIT_OK);
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name)) return cli_stdout_close(cmd, commands[i].fn(argc - 1, argv + 1));
    cli_error("unknown command '%s' (try entente --help)", cmd);
    return EXIT_USAGE;
}
