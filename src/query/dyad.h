/* dyad.h - how two actors relate over time: the dyad series from the store.
 *
 * For actors A and B (country codes such as RUS match every actor of that
 * country; full codes such as RUSGOV match exactly) and a period (day, ISO
 * week, month), one row per period and direction (A->B, B->A): event count,
 * counts per quad class, mean Goldstein score and the three most frequent
 * event codes. Counts are of deduplicated events with factual mentions.
 * The rows are computed here from the store's dyad events (store.h); the
 * renderers are in src/report/. */
#ifndef ENT_DYAD_H
#define ENT_DYAD_H

#include "../base/err.h"
#include "../events/codebook.h"
#include "../store/store.h"

enum ent_period { ENT_BY_DAY, ENT_BY_WEEK, ENT_BY_MONTH };

/* "day", "week", "month" -> ENT_BY_*, -1 for anything else; and back. */
int ent_dyad_period_parse(const char *s);
const char *ent_dyad_period_name(int by);

typedef struct ent_dyad_row {
    char period[12];    /* 2025-09-03, 2025-W36, 2025-09 */
    int dir;            /* 0: A->B, 1: B->A */
    int events, mentions;
    int quad[5];        /* [1..4] */
    double goldstein;   /* mean */
    struct {
        char code[5];
        int n;
        const char *name;
    } top[3];
    int ntop;
} ent_dyad_row;

/* Rows sorted by period then direction; *rows is malloc'd (free it). */
int ent_dyad(ent_store *s, const ent_codebook *cb, const char *a, const char *b, int by, int include_negated,
             ent_dyad_row **rows, size_t *n, ent_err *err);

#endif
