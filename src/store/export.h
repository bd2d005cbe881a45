/* export.h - writing stored events in the field's formats:
 *   gdelt     GDELT 2.0 Events, 61 tab-separated columns, no header
 *   mentions  GDELT 2.0 Mentions, 16 columns (SentenceID from 1, character offsets)
 *   plover    PLOVER JSON records (data/cameo/plover.txt maps CAMEO codes)
 *   jsonl     one JSON object per event, with its counts
 *   csv       the same as RFC 4180 CSV with a header
 * Negated and non-factual mentions are left out unless include_negated.
 * Output depends only on the database, so two exports of the same database
 * are byte-identical (DATEADDED is the stored time of the first mention). */
#ifndef ENT_EXPORT_H
#define ENT_EXPORT_H

#include "../base/err.h"
#include "../events/refdata.h"

#include <sqlite3.h>
#include <stdio.h>

enum ent_export_format { ENT_EXPORT_GDELT, ENT_EXPORT_GDELT_MENTIONS, ENT_EXPORT_PLOVER, ENT_EXPORT_JSONL, ENT_EXPORT_CSV };

typedef struct ent_export_opts {
    int format;
    const char *from, *to;   /* YYYY-MM-DD, inclusive; NULL = open */
    int include_negated;
} ent_export_opts;

int ent_export(sqlite3 *db, const ent_refdata *rd, const ent_export_opts *o, FILE *out, ent_err *err);

#endif
