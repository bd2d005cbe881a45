/* hun.c - see hun.h. */
#define _POSIX_C_SOURCE 200809L
#include "hun.h"

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/strmap.h"

#include <hunspell/hunspell.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_AN 8

typedef struct cached {
    ent_hun_info *an;
    int n;
} cached;

struct ent_hun {
    Hunhandle *h;
    int tried;
    ent_arena ar;
    ent_strmap index;    /* word -> 1 + index in cache */
    cached *cache;
    size_t ncache, capcache;
};

/* Hunspell keeps a process-wide UTF-8 table with a reference count that it
 * updates without a lock when a handle is created or destroyed: two threads
 * opening their handles at once leak (or free) it (LeakSanitizer saw the
 * 393 KB table of initialize_utf_tbl leak in a two-worker ingest). Handles
 * are created and destroyed under this lock; using them needs none. */
static pthread_mutex_t hun_lifecycle = PTHREAD_MUTEX_INITIALIZER;

ent_hun *ent_hun_new(void) {
    ent_hun *h = ent_xcalloc(1, sizeof *h);
    ent_arena_init(&h->ar, 256 * 1024);
    ent_strmap_init(&h->index);
    return h;
}

void ent_hun_free(ent_hun *h) {
    if (!h) return;
    if (h->h) {
        pthread_mutex_lock(&hun_lifecycle);
        Hunspell_destroy(h->h);
        pthread_mutex_unlock(&hun_lifecycle);
    }
    ent_arena_free(&h->ar);
    ent_strmap_free(&h->index);
    free(h->cache);
    free(h);
}

static void open_dict(ent_hun *h) {
    if (h->tried) return;
    h->tried = 1;
    const char *dirs[] = {getenv("ENTENTE_HUNSPELL_DIR"), "/usr/share/hunspell", "/usr/share/myspell/dicts", NULL};
    for (int i = 0; i < 3; i++) {
        if (!dirs[i]) continue;
        char aff[512], dic[512];
        snprintf(aff, sizeof aff, "%s/hu_HU.aff", dirs[i]);
        snprintf(dic, sizeof dic, "%s/hu_HU.dic", dirs[i]);
        if (access(aff, R_OK) == 0 && access(dic, R_OK) == 0) {
            pthread_mutex_lock(&hun_lifecycle);
            h->h = Hunspell_create(aff, dic);
            pthread_mutex_unlock(&hun_lifecycle);
            return;
        }
    }
}

int ent_hun_available(ent_hun *h) {
    open_dict(h);
    return h->h != NULL;
}

/* value of "key:" in a Hunspell analysis, up to the next space */
static const char *field(const char *an, const char *key, size_t *len) {
    const char *p = strstr(an, key);
    if (!p) return NULL;
    p += strlen(key);
    *len = strcspn(p, " \t");
    return p;
}

static const char *case_tag(const char *is) {
    static const struct { const char *hun, *tag; } map[] = {
        {"ACC", "ACC"}, {"DAT", "DAT"}, {"INSTR", "INS"}, {"INE", "INE"}, {"ILL", "ILL"}, {"ELA", "ELA"},
        {"SUE", "SUP"}, {"SBL", "SUB"}, {"DEL", "DEL"}, {"ADE", "ADE"}, {"ALL", "ALL"}, {"ABL", "ABL"},
        {"TERM", "TER"}, {"CAUS/FIN", "CAU"}, {"TRANS", "TRA"}, {"ESS", "ESS"}, {"FOR", "FOR"},
        {"POSSESSEE", "GEN"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(is, map[i].hun)) return map[i].tag;
    return NULL;
}

static void parse(ent_hun *h, const char *an, ent_hun_info *o) {
    memset(o, 0, sizeof *o);
    size_t l;
    const char *st = field(an, "st:", &l);
    char stem[128] = "", pre[32] = "";
    if (st) snprintf(stem, sizeof stem, "%.*s", (int)(l < 127 ? l : 127), st);
    const char *sp = field(an, "sp:", &l);
    if (sp) snprintf(pre, sizeof pre, "%.*s", (int)(l < 31 ? l : 31), sp);
    /* the part of speech of the word as a whole is the last po: before any
     * derivation (ds:) that changes it; take the first po: and let ds: of a
     * participle or noun-forming suffix override */
    const char *po = field(an, "po:", &l);
    if (po) {
        if (!strncmp(po, "vrb", 3)) o->pos = ENT_HUN_VERB;
        else if (!strncmp(po, "noun_prs", 8)) o->pos = ENT_HUN_PROPER;
        else if (!strncmp(po, "noun", 4)) o->pos = ENT_HUN_NOUN;
        else if (!strncmp(po, "adj", 3)) o->pos = ENT_HUN_ADJ;
        else if (!strncmp(po, "prv", 3)) o->pos = ENT_HUN_PREVERB;
        else if (!strncmp(po, "post", 4)) o->pos = ENT_HUN_POSTP;
        else if (!strncmp(po, "neg", 3)) o->pos = ENT_HUN_NEG;
    }
    if (strstr(an, "ds:") && o->pos == ENT_HUN_VERB) {
        if (strstr(an, "PASTPART") || strstr(an, "PRESPART") || strstr(an, "_adj")) o->participle = 1, o->pos = ENT_HUN_ADJ;
        else if (strstr(an, "_noun")) o->pos = ENT_HUN_NOUN;
    }
    char lemma[160];
    snprintf(lemma, sizeof lemma, "%s%s", pre, stem);
    o->lemma = ent_arena_strdup(&h->ar, lemma);
    o->stem = ent_arena_strdup(&h->ar, stem);
    /* inflection: the is: fields after the last ts: */
    for (const char *p = an; (p = strstr(p, "is:")); p += 3) {
        char is[40];
        size_t n = strcspn(p + 3, " \t");
        snprintf(is, sizeof is, "%.*s", (int)(n < 39 ? n : 39), p + 3);
        const char *t = case_tag(is);
        if (t) snprintf(o->tag, sizeof o->tag, "%s", t);
        if (strstr(is, "_adj")) snprintf(o->tag, sizeof o->tag, "ADJ");   /* i_PLACE/TIME_adj: pekingi */
        if (strstr(is, "POSS")) o->poss = 1;
        if (!strcmp(is, "PLUR") || strstr(is, "_PL")) o->plural = 1;
        if (strstr(is, "PAST")) o->past = 1;
        if (strstr(is, "COND")) o->cond = 1;
        if (strstr(is, "INFINITIVE")) o->infinitive = 1;
        if (strstr(is, "IMPER") || strstr(is, "SUBJUNC")) o->imper = 1;
        if (strstr(is, "_DEF")) o->def = 1;
    }
}

int ent_hun_analyze(ent_hun *h, const char *word, const ent_hun_info **out, int max) {
    /* Hunspell 1.7 with hu_HU reads past its buffers on very long words and
     * on long runs of one letter ("ass" + 15 z; both found by fuzz_code): no
     * Hungarian word is that long or repeats a letter four times (the
     * spelling simplifies even three), so such a token has no analysis */
    size_t len = strlen(word), run = 1;
    if (len > ENT_HUN_MAX_WORD) return 0;
    for (size_t i = 1; i < len; i++) {
        run = word[i] == word[i - 1] ? run + 1 : 1;
        if (run >= 4) return 0;
    }
    open_dict(h);
    if (!h->h) return 0;
    uint32_t *cell = ent_strmap_put(&h->index, word);
    if (!*cell) {
        if (h->ncache == h->capcache)
            h->cache = ent_xrealloc(h->cache, (h->capcache = h->capcache ? h->capcache * 2 : 4096) * sizeof *h->cache);
        *cell = (uint32_t)++h->ncache;
        cached *c = &h->cache[h->ncache - 1];
        char **list = NULL;
        int n = Hunspell_analyze(h->h, &list, word);
        c->n = n > MAX_AN ? MAX_AN : (n < 0 ? 0 : n);
        c->an = c->n ? ent_arena_alloc(&h->ar, (size_t)c->n * sizeof *c->an) : NULL;
        char **stems = NULL;
        int nst = -1;
        for (int i = 0; i < c->n; i++) {
            parse(h, list[i], &c->an[i]);
            /* a compound (pa: parts): its stem is the whole compound's
             * (elnökválasztást -> elnökválasztás), which Hunspell_stem gives */
            if (strstr(list[i], "pa:")) {
                if (nst < 0) nst = Hunspell_stem(h->h, &stems, word);
                if (nst > 0) {
                    c->an[i].stem = ent_arena_strdup(&h->ar, stems[0]);
                    c->an[i].lemma = c->an[i].stem;
                }
            }
        }
        if (nst > 0) Hunspell_free_list(h->h, &stems, nst);
        if (n > 0) Hunspell_free_list(h->h, &list, n);
    }
    const cached *c = &h->cache[*cell - 1];
    int n = c->n < max ? c->n : max;
    for (int i = 0; i < n; i++) out[i] = &c->an[i];
    return n;
}
