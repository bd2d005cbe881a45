/* pipeline.c - see pipeline.h. The dictionary cache is in dicts.c, the
 * worker pool in pool.c. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include "../base/datadir.h"
#include "../base/date.h"
#include "../base/strmap.h"
#include "../events/codebook.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* TABARI dictionaries, shared by a pipeline and its clones. */
typedef struct shared_tabari {
    ent_tabari *tb;
    int refs;   /* atomic */
} shared_tabari;

struct ent_pipeline {
    ent_pipeline_opts o;
    const char *data_dir;
    ent_text *t;
    ent_dict *d;
    ent_verbs *v;
    ent_codebook *cb;
    ent_coder *c;
    ent_treaty_ex *tx;     /* opts.treaties */
    shared_tabari *tb;     /* TABARI's coding instead of the coder */
    ent_tabari_fwd fwd;    /* pronoun forwarding between consecutive records */
    ent_strmap xcodes;     /* event codes the codebook lacks -> 1 + index in xcameo */
    ent_cameo **xcameo;
    size_t nx;
    char fingerprint[17];
};

void ent_result_init(ent_result *r) {
    memset(r, 0, sizeof *r);
    ent_arena_init(&r->ar, 64 * 1024);
}

void ent_result_free(ent_result *r) {
    if (!r) return;
    ent_arena_free(&r->ar);
    memset(r, 0, sizeof *r);
}

static void tabari_release(shared_tabari *s) {
    if (s && __atomic_sub_fetch(&s->refs, 1, __ATOMIC_ACQ_REL) == 0) {
        ent_tabari_free(s->tb);
        free(s);
    }
}

void ent_pipeline_close(ent_pipeline *p) {
    if (!p) return;
    for (size_t i = 0; i < p->nx; i++) free(p->xcameo[i]);
    free(p->xcameo);
    ent_strmap_free(&p->xcodes);
    tabari_release(p->tb);
    ent_treaty_ex_free(p->tx);
    ent_coder_free(p->c);
    ent_codebook_free(p->cb);
    ent_verbs_free(p->v);
    ent_dict_free(p->d);
    ent_text_free(p->t);
    free(p);
}

static int is_options_file(const char *path) {
    size_t l = strlen(path);
    return l >= 8 && !strcmp(path + l - 8, ".options");
}

static int tabari_mode(const ent_pipeline_opts *o) {
    for (int i = 0; i < o->nverb; i++)
        if (ent_tabari_is_verbs_file(o->verb_files[i])) return 1;
    return 0;
}

/* TABARI mode: actors, agents, verbs and options into one ent_tabari. */
static int load_tabari(ent_pipeline *p, ent_err *err) {
    const ent_pipeline_opts *o = &p->o;
    p->tb = ent_xcalloc(1, sizeof *p->tb);
    p->tb->refs = 1;
    p->tb->tb = ent_tabari_new();
    for (int i = 0; i < o->ndict; i++)
        if (ent_tabari_load(p->tb->tb, o->dict_files[i], o->dict_agents[i] ? ENT_TB_AGENTS : ENT_TB_ACTORS, o->diag, err) < 0)
            return -1;
    for (int i = 0; i < o->nverb; i++) {
        int kind = is_options_file(o->verb_files[i]) ? ENT_TB_OPTIONS : ENT_TB_VERBS;
        if (ent_tabari_load(p->tb->tb, o->verb_files[i], kind, o->diag, err) < 0) return -1;
    }
    ent_tabari_finish(p->tb->tb);
    return 0;
}

/* The built-in dictionaries and verbs (empty in TABARI mode: the coder
 * stays usable, with nothing loaded). */
static int load_builtin(ent_pipeline *p, int tabari, const ent_diag *diag, ent_err *err) {
    const ent_pipeline_opts *o = &p->o;
    if (tabari) {
        ent_dict_opts none = {.no_builtin = 1};
        p->d = ent_dict_new(p->t, p->data_dir, &none);
        p->v = ent_verbs_new(p->t, p->data_dir);
        return 0;
    }
    ent_pipeline_opts od = *o;
    od.diag = diag;
    if (!(p->d = ent_pipeline_dict_open(p->t, &od, err))) return -1;
    p->v = ent_verbs_new(p->t, p->data_dir);
    if (!o->dict.no_builtin && ent_verbs_load_builtin(p->v, diag, err)) return -1;
    for (int i = 0; i < o->nverb; i++)
        if (ent_verbs_load_file(p->v, o->verb_files[i], NULL, diag, err) < 0) return -1;
    return 0;
}

static void fingerprint(ent_pipeline *p, int tabari) {
    const ent_pipeline_opts *o = &p->o;
    const char **extra = ent_xcalloc((size_t)(o->ndict + o->nverb + 1), sizeof *extra);
    int n = 0;
    for (int i = 0; i < o->ndict; i++) extra[n++] = o->dict_files[i];
    for (int i = 0; i < o->nverb; i++) extra[n++] = o->verb_files[i];
    ent_dict_fingerprint(p->data_dir, extra, n, !tabari && !o->dict.no_builtin, p->fingerprint);
    free(extra);
}

/* Opens p from its options; `share` (a clone) reuses loaded TABARI dictionaries. */
static ent_pipeline *open_with(const ent_pipeline_opts *o, shared_tabari *share, const ent_diag *diag, ent_err *err) {
    ent_pipeline *p = ent_xcalloc(1, sizeof *p);
    p->o = *o;
    p->data_dir = o->data_dir ? o->data_dir : ent_data_dir();
    ent_strmap_init(&p->xcodes);
    int tabari = tabari_mode(o);
    if (!(p->t = ent_text_new(p->data_dir, err)) || !(p->cb = ent_codebook_load(p->data_dir, err))) goto fail;
    if (share) {
        __atomic_add_fetch(&share->refs, 1, __ATOMIC_ACQ_REL);
        p->tb = share;
    } else if (tabari && load_tabari(p, err)) {
        goto fail;
    }
    if (load_builtin(p, tabari, diag, err)) goto fail;
    p->c = ent_coder_new(p->t, p->d, p->v, p->cb, p->data_dir);
    if (o->treaties && !(p->tx = ent_treaty_ex_new(p->t, p->d, p->data_dir, diag, err))) goto fail;
    fingerprint(p, tabari);
    return p;
fail:
    ent_pipeline_close(p);
    return NULL;
}

ent_pipeline *ent_pipeline_open(const ent_pipeline_opts *o, ent_err *err) { return open_with(o, NULL, o->diag, err); }

ent_pipeline *ent_pipeline_clone(const ent_pipeline *p, ent_err *err) { return open_with(&p->o, p->tb, NULL, err); }

const char *ent_pipeline_fingerprint(const ent_pipeline *p) { return p->fingerprint; }

ent_tabari *ent_pipeline_tabari(ent_pipeline *p) { return p->tb ? p->tb->tb : NULL; }

const ent_pipeline_opts *ent_pipeline_options(const ent_pipeline *p) { return &p->o; }

const char *ent_article_lang(const ent_article *a, const char *forced) {
    if (forced && *forced) return forced;
    if (a->lang && *a->lang) return a->lang;
    return ent_text_langid(a->text, a->text_len);
}

const char *ent_pipeline_lang(const ent_pipeline *p, const ent_article *a) { return ent_article_lang(a, p->o.lang); }

/* ---- TABARI's events as the coder's ---- */

/* The codebook row of an event code. A code the .options file labels (WEIS
 * codes of the TABARI demo dictionaries, for instance) is named by its
 * LABEL, as TABARI names it; a code the codebook does not know gets a row
 * of its own. */
static const ent_cameo *cameo_for(ent_pipeline *p, const char *code, const char *label) {
    const ent_cameo *c = ent_codebook_get(p->cb, code);
    if (c && (!label || !strcmp(label, c->name))) return c;
    uint32_t *cell = ent_strmap_put(&p->xcodes, code);
    if (!*cell) {
        ent_cameo *x = ent_xcalloc(1, sizeof *x + strlen(label ? label : "") + 1);
        char *name = (char *)(x + 1);
        strcpy(name, label ? label : "");
        if (c) *x = *c;
        snprintf(x->code, sizeof x->code, "%.4s", code);
        snprintf(x->root, sizeof x->root, "%.2s", code);
        snprintf(x->base, sizeof x->base, "%.3s", code);
        x->name = label ? name : c ? c->name : name;
        p->xcameo = ent_xrealloc(p->xcameo, (p->nx + 1) * sizeof *p->xcameo);
        p->xcameo[p->nx++] = x;
        *cell = (uint32_t)p->nx;
    }
    return p->xcameo[*cell - 1];
}

static void tabari_ref(ent_actor_ref *r, const char *code, uint32_t s, uint32_t e) {
    snprintf(r->code, sizeof r->code, "%.39s", code);
    r->name = NULL;
    r->start = s;
    r->end = e;
    r->entry = NULL;
    ent_code_split(r->code, r->country, r->role);
}

static int code_tabari(ent_pipeline *p, const ent_article *a, const char *lang, const char *date, ent_result *r,
                       ent_err *err) {
    ent_tabari_event *te;
    size_t nt;
    int32_t day = ent_date_int(date);
    if (ent_tabari_article(p->tb->tb, p->t, a->text, a->text_len, a->body_start, lang, day, a->id, &p->fwd, &r->ar, &te,
                           &nt, NULL, err))
        return -1;
    ent_event *out = ent_arena_alloc(&r->ar, (nt ? nt : 1) * sizeof *out);
    for (size_t i = 0; i < nt; i++) {
        ent_event *e = &out[i];
        memset(e, 0, sizeof *e);
        e->date = date;
        if (te[i].date && te[i].date != day) {   /* moved by a time phrase */
            char *x = ent_arena_alloc(&r->ar, 16);
            ent_date_format(te[i].date, x);
            e->date = x;
        }
        e->sentence = te[i].sentence;
        tabari_ref(&e->source, te[i].source, te[i].src_start, te[i].src_end);
        tabari_ref(&e->target, te[i].target, te[i].tgt_start, te[i].tgt_end);
        e->cameo = cameo_for(p, te[i].code, te[i].label);
        e->ev_start = te[i].verb_start;
        e->ev_end = te[i].verb_end;
        e->verb_entry = te[i].pattern;
    }
    r->events = out;
    r->nevents = nt;
    return 0;
}

void ent_pipeline_skip(ent_pipeline *p, const ent_article *a, const ent_code_opts *co, ent_result *r) {
    ent_arena_reset(&r->ar);
    ent_arena ar = r->ar;
    memset(r, 0, sizeof *r);
    r->ar = ar;
    r->lang = ent_arena_strdup(&r->ar, ent_article_lang(a, co && co->lang ? co->lang : p->o.lang));
}

int ent_pipeline_code(ent_pipeline *p, const ent_article *a, const ent_code_opts *co, ent_result *r, ent_err *err) {
    ent_pipeline_skip(p, a, co, r);
    const char *date = co && co->date ? co->date : p->o.date;
    if (p->tb) {
        if (code_tabari(p, a, r->lang, date ? date : a->date, r, err)) return -1;
    } else {
        if (co && co->trace) ent_coder_set_trace(p->c, co->trace);
        int rc = ent_coder_article(p->c, a, r->lang, date, &r->ar, &r->events, &r->nevents, err);
        if (co && co->trace) ent_coder_set_trace(p->c, NULL);
        if (rc) return -1;
        r->nsentences = ent_coder_sentences(p->c, &r->sentences);
        r->ntriggers = ent_coder_triggers(p->c, &r->triggers);
    }
    if (p->tx && ent_treaty_extract_coded(p->tx, a, r->lang, r->sentences, r->nsentences, r->events, r->nevents, &r->ar,
                                          &r->treaties, err))
        return -1;
    return 0;
}
