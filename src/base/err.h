/* err.h - errors and diagnostics.
 *
 * Library code never prints and never exits. A function that can fail takes
 * an `ent_err *` and fills it (message, file, line) before returning non-zero.
 * Recoverable problems found while reading input (a bad line, broken UTF-8)
 * are reported through an `ent_diag` callback so that the caller decides how
 * to show them; the library then carries on with the rest of the input.
 */
#ifndef ENT_ERR_H
#define ENT_ERR_H

#include <stdarg.h>

#define ENT_ERR_MSG_MAX 512
#define ENT_ERR_FILE_MAX 1024

typedef struct ent_err {
    int code;                      /* 0 = no error */
    long line;                     /* 0 = not tied to a line */
    char file[ENT_ERR_FILE_MAX];   /* "" = not tied to a file */
    char msg[ENT_ERR_MSG_MAX];
} ent_err;

enum { ENT_OK = 0, ENT_EIO = 1, ENT_EFORMAT = 2, ENT_ENOMEM = 3, ENT_EUSAGE = 4, ENT_ENOTFOUND = 5 };

enum ent_severity { ENT_WARN = 1, ENT_ERROR = 2 };

/* A diagnostic sink: `file` may be NULL, `line` 0 when unknown. */
typedef void (*ent_diag_fn)(void *ud, enum ent_severity sev, const char *file,
                            long line, const char *msg);

typedef struct ent_diag {
    ent_diag_fn fn;
    void *ud;
} ent_diag;

void ent_err_clear(ent_err *e);
/* Sets *e and returns `code` so that callers can `return ent_err_set(...)`. */
int ent_err_set(ent_err *e, int code, const char *file, long line,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Reports through `d` (no-op when d or d->fn is NULL). */
void ent_diag_report(const ent_diag *d, enum ent_severity sev, const char *file,
                     long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
