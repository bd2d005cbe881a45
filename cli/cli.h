/* cli.h - shared pieces of the `entente` command (the only code that prints). */
#ifndef ENT_CLI_H
#define ENT_CLI_H

#include "../src/base/err.h"
#include "../src/ingest/ingest.h"
#include <stdio.h>

#define ENT_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_SKIPPED = 1, EXIT_USAGE = 2 };

/* Prints `entente: FILE:LINE: message` to stderr. */
void cli_diag(void *ud, enum ent_severity sev, const char *file, long line, const char *msg);
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_err(const ent_err *e);
extern const ent_diag cli_diag_sink;

/* Opens a reader over argv paths ("-" when none). Returns NULL on a usage
 * error (already reported). */
ent_reader *cli_reader(char **paths, int n, const char *format, int *missing);

/* 1 when date (NULL: absent) is a valid YYYY-MM-DD date; else reports
 * "CMD: bad OPT 'DATE' (why)" and returns 0. */
int cli_date_ok(const char *cmd, const char *opt, const char *date);

/* Flushes and closes stdout at the end of command `cmd`, which returned
 * rc: a write that failed at any time (a full disk, /dev/full) is reported
 * once, here, and makes the status non-zero (EXIT_SKIPPED when rc was 0). */
int cli_stdout_close(const char *cmd, int rc);

/* Reports the option getopt_long just rejected; returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, char **argv);

int cmd_sentences(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_recode(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_dyad(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_treaties(int argc, char **argv);
int cmd_obligations(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_framing(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
