/* coder.c - the article: see coder.h; the stages are listed in coder_int.h.
 *
 * Contract: ent_coder_article analyses every sentence of the article once
 * (analysis.h), then codes the sentences in order (events.c), carrying the
 * article context (who acted last, who was named, the last pair of
 * countries) from one sentence to the next. With a trace set, every
 * decision is written down for `entente explain`.
 */
#define _POSIX_C_SOURCE 200809L
#include "coder_int.h"

#include <stdarg.h>
#include <stdlib.h>

void trace(ent_coder *c, const char *fmt, ...) {
    if (!c->trace) return;
    char b[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b, sizeof b, fmt, ap);
    va_end(ap);
    ent_buf_adds(c->trace, b);
    ent_buf_addc(c->trace, '\n');
}

ent_coder *ent_coder_new(ent_text *t, ent_dict *d, ent_verbs *v, const ent_codebook *cb, const char *data_dir) {
    ent_coder *c = ent_xcalloc(1, sizeof *c);
    c->t = t;
    c->d = d;
    c->v = v;
    c->cb = cb;
    c->an = ent_analyzer_new(t, d, v, data_dir);
    date_lists(c);
    return c;
}

void ent_coder_free(ent_coder *c) {
    if (!c) return;
    ent_analyzer_free(c->an);
    free(c->trig);
    free(c);
}

void ent_coder_set_trace(ent_coder *c, ent_buf *trace) { c->trace = trace; }

void ent_code_split(const char *code, char country[4], char role[8]) {
    country[0] = role[0] = 0;
    size_t n = strlen(code);
    if (n < 3 || code[0] == '~') {
        if (code[0] == '~') snprintf(role, 8, "%.7s", code + 1);
        return;
    }
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3) || !strncmp(code, "MNC", 3))
        return;
    memcpy(country, code, 3);
    country[3] = 0;
    if (n >= 6) snprintf(role, 8, "%.3s", code + 3);
}

size_t ent_coder_sentences(const ent_coder *c, const ent_coded_sentence **out) {
    *out = c->last;
    return c->nlast;
}

size_t ent_coder_triggers(const ent_coder *c, const ent_trigger **out) {
    *out = c->trig;
    return c->ntrig;
}

static void trace_sentence(ent_coder *c, const sent *s) {
    const ent_sentence *x = s->x;
    const char *text = x->a->text;
    trace(c, "sentence %zu: %.*s", x->idx, (int)(x->span.end - x->span.start), text + x->span.start);
    if (x->rep.kind)
        trace(c, "  reported by: %.*s%s%s", (int)(x->rep.end - x->rep.start), text + x->rep.start, x->rep.code[0] ? " = " : "", x->rep.code);
    for (size_t i = 0; c->trace && i < x->nvg; i++) {   /* English: the verbs and their subjects and objects */
        ent_buf b;
        ent_buf_init(&b);
        ent_an_en_describe(x, i, &b);
        trace(c, "  %s", b.p);
        ent_buf_free(&b);
    }
}

static void trace_actors(ent_coder *c, const sent *s) {
    const ent_sentence *x = s->x;
    for (size_t k = 0; k < s->nact; k++) {
        const actor *a = &s->act[k];
        trace(c, "  actor \"%.*s\" %s%s%s%s", (int)(x->tok[a->te - 1].end - x->tok[a->ts].start), x->a->text + x->tok[a->ts].start, a->code,
              a->tag[0] ? " case " : "", a->tag, a->coref ? " (coreference)" : "");
    }
}

static void trace_none(ent_coder *c, const sent *s) {
    trace(c, "  no event in this sentence: %s", !s->nact && !s->ntrig ? "no actor and no event word found"
                                            : !s->nact                ? "no actor found (dictionaries: data/actors, CLDR)"
                                            : !s->ntrig ? "no word of the verb dictionaries (data/verbs) found"
                                                        : "see the triggers above");
}

int ent_coder_article(ent_coder *c, const ent_article *a, const char *lang, const char *date, ent_arena *ar, ent_event **out,
                      size_t *nout, ent_err *err) {
    c->nhist = 0;
    c->last_src.n = 0;
    c->has_ev_pair = 0;
    c->last_country[0] = 0;
    c->last = NULL;
    c->nlast = 0;
    c->ntrig = 0;
    const char *adate = date ? date : a->date;
    ent_sentence *ss;
    size_t nsent;
    if (ent_analyze_article(c->an, a, lang, adate, ar, &ss, &nsent, err)) return ENT_EIO;
    c->last = ss;
    c->nlast = nsent;
    evvec ev = {0};
    size_t maxn = 0;
    for (size_t i = 0; i < nsent; i++)
        if (ss[i].n > maxn) maxn = ss[i].n;
    uint8_t *used = ent_arena_alloc(ar, maxn + 1);
    for (size_t i = 0; i < nsent; i++) {
        sent s = {.x = &ss[i], .used = used};
        memset(used, 0, ss[i].n + 1);
        trace_sentence(c, &s);
        build_actors(c, &s, ar);
        trace_actors(c, &s);
        size_t before = ev.n;
        code_sentence(c, &s, i, adate, &ev, ar);
        if (ev.n > before) remember_pair(c, ev.v + before, ev.n - before);
        if (ev.n == before) trace_none(c, &s);
    }
    *out = ent_arena_alloc(ar, (ev.n ? ev.n : 1) * sizeof **out);
    if (ev.n) memcpy(*out, ev.v, ev.n * sizeof *ev.v);
    *nout = ev.n;
    free(ev.v);
    return 0;
}
