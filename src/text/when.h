/* when.h - time expressions in a sentence, resolved against the article date.
 *
 * Finds full dates ("June 19, 2024", "2024. június 19-én"), months with or
 * without a year ("in June 2024", "júniusban", "last June"), years ("in
 * 2019", "1961-ben"), weekdays ("on Tuesday", "kedden") and relative days
 * ("yesterday", "tegnap"). A month without a year keeps year 0: the caller
 * decides whether to guess it (an event: the latest such month) or to keep
 * it uncertain (a treaty's signing). The words are data:
 * data/text/dates.txt. Read-only after loading: one table serves all threads.
 */
#ifndef ENT_WHEN_H
#define ENT_WHEN_H

#include "../base/date.h"
#include "../base/err.h"
#include "text.h"

typedef struct ent_when_tab ent_when_tab;

typedef struct ent_when {
    int y, m, d;          /* 0 = not said; y == 0 && m > 0: a month, year unknown */
    size_t tok;           /* the first token of the expression */
} ent_when;

ent_when_tab *ent_when_load(const char *data_dir, const ent_diag *diag, ent_err *err);
void ent_when_free(ent_when_tab *w);

/* The time expression among tok[from..to) closest to token `anchor`;
 * `adate` is the article date YYYY-MM-DD. Returns 1 and fills *out, or 0. */
int ent_when_find(const ent_when_tab *w, const char *lang, const char *text, const ent_token *tok,
                  size_t from, size_t to, size_t anchor, const char *adate, ent_when *out);

/* Calendar arithmetic (days in a month, weekdays, moving a date): base/date.h. */

/* 1 if `word` (folded) is a month, weekday or relative-day word. */
int ent_when_is_word(const ent_when_tab *w, const char *lang, const char *word);

/* "2024-06-19", "2024-06", "2024" or "--06" (ISO 8601 for a month of an
 * unknown year); "" when nothing is known. */
void ent_when_format(const ent_when *w, char out[11]);

#endif
