/* pipeline.c - see pipeline.h. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include "../src/base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void release_tabari(ent_tabari *tb);

void pipeline_close(pipeline *p) {
    for (size_t i = 0; i < p->nx; i++) free(p->xcameo[i]);
    free(p->xcameo);
    ent_strmap_free(&p->xcodes);
    release_tabari(p->tb);
    ent_coder_free(p->c);
    ent_codebook_free(p->cb);
    ent_verbs_free(p->v);
    ent_dict_free(p->d);
    ent_text_free(p->t);
}

static int is_options_file(const char *path) {
    size_t l = strlen(path);
    return l >= 8 && !strcmp(path + l - 8, ".options");
}

/* The workers of a pool share one ent_tabari (read-only while coding):
 * loaded once, its warnings reported once. */
static struct shared_tb {
    char *key;
    ent_tabari *tb;
    int refs;
} shared[8];

static char *tabari_key(clidict *cd, const char **verb_files, int nverb) {
    ent_buf k;
    ent_buf_init(&k);
    for (int i = 0; i < cd->nfiles; i++) ent_buf_printf(&k, "%d:%s\n", cd->agents[i], cd->files[i]);
    for (int i = 0; i < nverb; i++) ent_buf_printf(&k, "v:%s\n", verb_files[i]);
    ent_buf_reserve(&k, 0);
    return k.p;
}

static void release_tabari(ent_tabari *tb) {
    for (size_t i = 0; i < sizeof shared / sizeof *shared; i++)
        if (shared[i].tb == tb && tb) {
            if (--shared[i].refs == 0) {
                ent_tabari_free(tb);
                free(shared[i].key);
                memset(&shared[i], 0, sizeof shared[i]);
            }
            return;
        }
    ent_tabari_free(tb);
}

/* TABARI mode: actors, agents, verbs and options into one ent_tabari. */
static int open_tabari(pipeline *p, clidict *cd, const char **verb_files, int nverb) {
    ent_err err;
    ent_err_clear(&err);
    char *key = tabari_key(cd, verb_files, nverb);
    for (size_t i = 0; i < sizeof shared / sizeof *shared; i++)
        if (shared[i].key && !strcmp(shared[i].key, key)) {
            free(key);
            shared[i].refs++;
            p->tb = shared[i].tb;
            goto builtin;
        }
    p->tb = ent_tabari_new();
    for (size_t i = 0; i < sizeof shared / sizeof *shared; i++)
        if (!shared[i].key) {
            shared[i].key = key;
            shared[i].tb = p->tb;
            shared[i].refs = 1;
            key = NULL;
            break;
        }
    free(key);
    for (int i = 0; i < cd->nfiles; i++)
        if (ent_tabari_load(p->tb, cd->files[i], cd->agents[i] ? ENT_TB_AGENTS : ENT_TB_ACTORS, &cli_diag_sink, &err) < 0) {
            cli_err(&err);
            return -1;
        }
    for (int i = 0; i < nverb; i++) {
        int kind = is_options_file(verb_files[i]) ? ENT_TB_OPTIONS : ENT_TB_VERBS;
        if (ent_tabari_load(p->tb, verb_files[i], kind, &cli_diag_sink, &err) < 0) {
            cli_err(&err);
            return -1;
        }
    }
    ent_tabari_finish(p->tb);
builtin:
    /* the built-in coder stays usable (commands that call it directly), with nothing loaded */
    ent_dict_opts o = {.no_builtin = 1};
    p->d = ent_dict_new(p->t, ent_data_dir(), &o);
    p->v = ent_verbs_new(p->t, NULL);
    p->c = ent_coder_new(p->t, p->d, p->v, p->cb, NULL);
    return 0;
}

int pipeline_open(pipeline *p, clidict *cd, const char **verb_files, int nverb) {
    memset(p, 0, sizeof *p);
    ent_strmap_init(&p->xcodes);
    ent_err err;
    ent_err_clear(&err);
    if (!(p->t = ent_text_new(NULL, &err)) || !(p->cb = ent_codebook_load(ent_data_dir(), &err))) {
        cli_err(&err);
        pipeline_close(p);
        return -1;
    }
    int tabari = 0;
    for (int i = 0; i < nverb; i++) tabari |= ent_tabari_is_verbs_file(verb_files[i]);
    if (tabari) {
        if (open_tabari(p, cd, verb_files, nverb)) {
            pipeline_close(p);
            return -1;
        }
        const char *extra[CLIDICT_MAX_FILES + 16];
        int nextra = 0;
        for (int i = 0; i < cd->nfiles; i++) extra[nextra++] = cd->files[i];
        for (int i = 0; i < nverb; i++) extra[nextra++] = verb_files[i];
        ent_dict_fingerprint(ent_data_dir(), extra, nextra, 0, p->fingerprint);
        return 0;
    }
    if (!(p->d = clidict_open(cd, p->t))) {
        pipeline_close(p);
        return -1;
    }
    p->v = ent_verbs_new(p->t, NULL);
    if (!cd->opts.no_builtin && ent_verbs_load_builtin(p->v, &cli_diag_sink, &err)) {
        cli_err(&err);
        pipeline_close(p);
        return -1;
    }
    for (int i = 0; i < nverb; i++)
        if (ent_verbs_load_file(p->v, verb_files[i], NULL, &cli_diag_sink, &err) < 0) {
            cli_err(&err);
            pipeline_close(p);
            return -1;
        }
    p->c = ent_coder_new(p->t, p->d, p->v, p->cb, NULL);
    const char *extra[CLIDICT_MAX_FILES + 16];
    int nextra = 0;
    for (int i = 0; i < cd->nfiles; i++) extra[nextra++] = cd->files[i];
    for (int i = 0; i < nverb; i++) extra[nextra++] = verb_files[i];
    ent_dict_fingerprint(ent_data_dir(), extra, nextra, !cd->opts.no_builtin, p->fingerprint);
    return 0;
}

/* The codebook row of an event code. A code the .options file labels (WEIS
 * codes of the TABARI demo dictionaries, for instance) is named by its
 * LABEL, as TABARI names it; a code the codebook does not know gets a row
 * of its own. */
static const ent_cameo *cameo_for(pipeline *p, const char *code, const char *label) {
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

int pipeline_treaties(pipeline *p, ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_event *ev,
                      size_t nev, ent_arena *ar, ent_treaty_facts *out, ent_err *err) {
    const ent_coded_sentence *cs = NULL;
    size_t ncs = p->tb ? 0 : ent_coder_sentences(p->c, &cs);
    return ent_treaty_extract_coded(x, a, lang, cs, ncs, ev, nev, ar, out, err);
}

int pipeline_code(pipeline *p, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                  ent_event **ev, size_t *n, ent_err *err) {
    if (!p->tb) return ent_coder_article(p->c, a, lang, date, ar, ev, n, err);
    const char *d = date ? date : a->date;
    ent_tabari_event *te;
    size_t nt;
    if (ent_tabari_article(p->tb, p->t, a->text, a->text_len, a->body_start, lang, ent_date_int(d), a->id, &p->fwd, ar, &te,
                           &nt, NULL, err))
        return -1;
    ent_event *out = ent_arena_alloc(ar, (nt ? nt : 1) * sizeof *out);
    for (size_t i = 0; i < nt; i++) {
        ent_event *e = &out[i];
        memset(e, 0, sizeof *e);
        e->date = d;
        if (te[i].date && te[i].date != ent_date_int(d)) {   /* moved by a time phrase */
            char *x = ent_arena_alloc(ar, 16);
            snprintf(x, 16, "%04d-%02d-%02d", te[i].date / 10000, te[i].date / 100 % 100, te[i].date % 100);
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
    *ev = out;
    *n = nt;
    return 0;
}

/* the pipeline for `eval`, which sees it as an opaque handle */
void *cli_pipeline_new(clidict *cd) {
    pipeline *p = ent_xmalloc(sizeof *p);
    if (pipeline_open(p, cd, NULL, 0)) {
        free(p);
        return NULL;
    }
    return p;
}

void cli_pipeline_free(void *pipe) {
    if (!pipe) return;
    pipeline_close(pipe);
    free(pipe);
}

int cli_pipeline_code(void *pipe, const ent_article *a, const char *lang, ent_arena *ar, ent_event **ev, size_t *n) {
    pipeline *p = pipe;
    ent_err err;
    ent_err_clear(&err);
    return pipeline_code(p, a, lang, NULL, ar, ev, n, &err);
}
