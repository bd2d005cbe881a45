/* merge.c - which stored treaty a newly reported one is (the merge rule),
 * and which name a merged treaty keeps; see treaty.h. The store asks, it
 * does not decide: any backend merges the same way. */
#include "treaty.h"

#include <string.h>

int ent_treaty_names_compatible(const char *a, const char *b) { return !*a || !*b || strstr(a, b) || strstr(b, a); }

/* At most this many stored treaties of the same parties with an
 * incompatible name are looked at for the descriptive-name rule. */
#define MAX_CANDIDATES 8

long ent_treaty_merge_target(const ent_treaty *t, const char *const *names, size_t n, ent_treaty_oblig_fn has, void *ud) {
    size_t cand[MAX_CANDIDATES];
    int nc = 0;
    for (size_t i = 0; i < n; i++) {
        if (ent_treaty_names_compatible(names[i], t->name_en)) return (long)i;
        if (nc < MAX_CANDIDATES) cand[nc++] = i;
    }
    /* one side's name only describes an obligation ("mutual defence") that
     * the other side has (ent_treaty_descriptive) */
    const char *mine = ent_treaty_descriptive(t->name_en);
    for (int k = 0; k < nc; k++) {
        const char *theirs = ent_treaty_descriptive(names[cand[k]]);
        if (mine && !theirs && has(ud, cand[k], mine)) return (long)cand[k];
        if (theirs && !mine && ent_treaty_has_oblig(t, theirs)) return (long)cand[k];
    }
    return -1;
}

static size_t chars(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

int ent_treaty_name_replaces(const char *stored, const char *incoming) {
    /* a descriptive name never replaces a naming one; a longer naming one does */
    return !ent_treaty_descriptive(incoming) && chars(incoming) > chars(stored);
}
