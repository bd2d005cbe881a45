/* fuzz_code - the coding path of `entente ingest` (the library's worker
 * pool and pipeline: sentences, tokens, actors, verb patterns, roles, and
 * the treaty extractor over the coder's own sentences) on arbitrary bytes
 * as an English or Hungarian article, with the built-in dictionaries. */
#include "../src/base/utf8.h"
#include "../src/pipeline/pool.h"
#include "../src/report/report.h"
#include "fuzz_common.h"

static ent_pool *pool;
static ent_pool_stream *stream;

static void check(const ent_job *j) {
    const ent_article *a = &j->a;
    const ent_result *r = &j->r;
    for (size_t i = 0; i < r->nevents; i++) {
        const ent_event *e = &r->events[i];
        if (e->source.end > a->text_len || e->target.end > a->text_len || e->ev_end > a->text_len) abort();
    }
    const ent_treaty_facts *f = &r->treaties;
    for (size_t i = 0; i < f->nt; i++) {
        const ent_treaty *tr = &f->t[i];
        if (tr->nparties < 1 || tr->nparties > ENT_TR_MAX_PARTIES) abort();
        for (int k = 0; k < tr->noblig; k++)
            if (tr->oblig[k].at.end > a->text_len || tr->oblig[k].at.start > tr->oblig[k].at.end) abort();
        for (int k = 0; k < tr->nstatus; k++)
            if (tr->status[k].at.end > a->text_len) abort();
    }
    for (size_t i = 0; i < f->nf; i++)
        if (f->f[i].at.end > a->text_len) abort();
    ent_buf o;
    ent_buf_init(&o);
    for (size_t i = 0; i < r->nevents; i++) ent_report_event_json(&o, a, &r->events[i]);
    ent_treaty_facts_json(f, a, &o);
    ent_treaty_facts_text(f, &o);
    ent_buf_free(&o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    if (!pool) {
        ent_err e;
        ent_pipeline_opts o = {.treaties = 1, .no_cache = 1};
        if (!(pool = ent_pool_open(&o, 1, &e))) abort();
        stream = ent_pool_stream_new(pool);
    }
    ent_buf b;
    ent_buf_init(&b);
    ent_utf8_repair(&b, (const char *)data + 1, size - 1, NULL);
    ent_article a;
    memset(&a, 0, sizeof a);
    a.text = b.p ? b.p : "";
    a.text_len = b.len;
    a.date = "2025-09-03";
    a.id = a.title = a.url = a.source = a.file = "";
    a.lang = data[0] & 1 ? "hu" : "en";
    ent_job *j = ent_job_new(&a);
    ent_pool_submit(stream, j);
    j = ent_pool_next(stream, 1);
    if (!j->failed) check(j);
    ent_job_free(j);
    ent_buf_free(&b);
    return 0;
}
