#include "err.h"

#include <stdio.h>
#include <string.h>

void ent_err_clear(ent_err *e) {
    if (!e) return;
    e->code = 0;
    e->line = 0;
    e->file[0] = 0;
    e->msg[0] = 0;
}

int ent_err_set(ent_err *e, int code, const char *file, long line,
                const char *fmt, ...) {
    if (!e) return code;
    e->code = code;
    e->line = line;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return code;
}

void ent_diag_report(const ent_diag *d, enum ent_severity sev, const char *file,
                     long line, const char *fmt, ...) {
    if (!d || !d->fn) return;
    char msg[ENT_ERR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->fn(d->ud, sev, file, line, msg);
}
