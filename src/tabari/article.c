/* article.c - an article as TABARI units (records or sentences); see tabari.h. */
#define _POSIX_C_SOURCE 200809L
#include "tb_int.h"

#include "../text/text.h"

#include <string.h>

static int one_unit(const char *text, size_t n, size_t body_start) {
    if (body_start) return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (text[i] == '\n') {
            size_t j = i + 1;
            while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) j++;
            if (j < n && text[j] == '\n') return 0;
        }
    return 1;
}

int ent_tabari_article(const ent_tabari *tb, struct ent_text *t, const char *text, size_t n, size_t body_start,
                       const char *lang, int32_t date, const char *recid, ent_tabari_fwd *fwd, ent_arena *ar,
                       ent_tabari_event **out, size_t *count, const char **problem, ent_err *err) {
    *out = NULL;
    *count = 0;
    if (problem) *problem = NULL;
    if (one_unit(text, n, body_start) || !t) return ent_tabari_code_rec(tb, text, n, date, recid, fwd, ar, out, count, problem);
    ent_span *sp;
    size_t ns;
    if (ent_text_sentences(t, text, n, lang ? lang : "en", ar, &sp, &ns, err)) return -1;
    ent_tabari_event *all = NULL;
    size_t na = 0, cap = 0;
    for (size_t s = 0; s < ns; s++) {
        ent_tabari_event *ev;
        size_t ne;
        const char *pr = NULL;
        ent_tabari_code(tb, text + sp[s].start, sp[s].end - sp[s].start, date, ar, &ev, &ne, &pr);
        if (problem && !*problem) *problem = pr;
        if (!ne) continue;
        if (na + ne > cap) {
            size_t nc = (na + ne) * 2;
            ent_tabari_event *nb = ent_arena_alloc(ar, nc * sizeof *nb);
            if (na) memcpy(nb, all, na * sizeof *nb);
            all = nb;
            cap = nc;
        }
        for (size_t k = 0; k < ne; k++) {
            ent_tabari_event *e = &all[na++];
            *e = ev[k];
            e->sentence = s;
            uint32_t off = sp[s].start;
            e->verb_start += off, e->verb_end += off;
            if (e->src_end) e->src_start += off, e->src_end += off;
            if (e->tgt_end) e->tgt_start += off, e->tgt_end += off;
        }
    }
    if (na && problem) *problem = NULL;
    *out = all;
    *count = na;
    return 0;
}
