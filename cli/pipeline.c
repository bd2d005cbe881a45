/* pipeline.c - see pipeline.h. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

void pipeline_close(pipeline *p) {
    ent_coder_free(p->c);
    ent_codebook_free(p->cb);
    ent_verbs_free(p->v);
    ent_dict_free(p->d);
    ent_text_free(p->t);
}

int pipeline_open(pipeline *p, clidict *cd, const char **verb_files, int nverb) {
    memset(p, 0, sizeof *p);
    ent_err err;
    ent_err_clear(&err);
    if (!(p->t = ent_text_new(NULL, &err)) || !(p->cb = ent_codebook_load(ent_data_dir(), &err))) {
        cli_err(&err);
        pipeline_close(p);
        return -1;
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
    return ent_coder_article(p->c, a, lang, NULL, ar, ev, n, &err);
}
