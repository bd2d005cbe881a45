/* fuzz_serve - entente's own request handling, in process (libmicrohttpd's
 * parser is out of scope): the first byte picks
 *   even: a GET request URI (the rest of the input up to a NUL) through
 *         ent_api_get_uri: percent-decoding, argument parsing, the router
 *         and every GET handler, on a database of examples/ built at start;
 *   odd:  a POST /api/code body through ent_api_code (the body reader and
 *         the coder), with format, lang, date and explain from the byte.
 * Checks: a known status; every JSON answer parses (jansson) and an error
 * answer is {"error": string}. */
#include "../src/pipeline/pool.h"
#include "../src/serve/api.h"
#include "../src/store/store.h"
#include "fuzz_common.h"

#include <jansson.h>

static ent_api *api;
static ent_store *ro;
static ent_pool *pool;

/* The database: examples/ coded and stored, as `entente ingest` does. */
static void build_db(const char *path) {
    ent_err err;
    ent_err_clear(&err);
    ent_store *st = ent_store_open(path, NULL, &err);
    ent_reader *r = ent_reader_new(NULL, NULL);
    if (!st || ent_reader_add(r, "examples", &err) || ent_store_begin(st, &err)) {
        fprintf(stderr, "fuzz_serve: %s (run from the repository)\n", err.msg);
        abort();
    }
    ent_store_set_fingerprint(st, ent_pipeline_fingerprint(ent_pool_pipeline(pool)));
    ent_pool_stream *s = ent_pool_stream_new(pool);
    ent_article a;
    while (ent_reader_next(r, &a)) {
        ent_pool_submit(s, ent_job_new(&a));
        ent_job *j = ent_pool_next(s, 1);
        int status;
        size_t m;
        if (!j->failed && ent_store_put(st, &j->a, &j->r, 1760000000, &status, &m, &err)) abort();
        ent_job_free(j);
    }
    ent_pool_stream_free(s);
    if (ent_store_commit(st, &err)) abort();
    ent_reader_free(r);
    ent_store_close(st);
}

static void setup(void) {
    ent_err err;
    ent_err_clear(&err);
    ent_pipeline_opts po = {.treaties = 1};
    char path[128];
    snprintf(path, sizeof path, "/dev/shm/entente-fuzz-serve-%ld.db", (long)getpid());
    unlink(path);
    if (!(pool = ent_pool_open(&po, 1, &err)) || !(api = ent_api_new(NULL, &err))) {
        fprintf(stderr, "fuzz_serve: %s\n", err.msg);
        abort();
    }
    build_db(path);
    ent_store_opts so = {.readonly = 1};
    if (!(ro = ent_store_open(path, &so, &err))) abort();
}

static void check_json(int status, const char *ctype, const ent_buf *out) {
    if (strncmp(ctype, "application/json", 16)) {
        if (status != 200) abort();   /* errors are always JSON */
        return;
    }
    json_error_t je;
    json_t *j = json_loadb(out->p ? out->p : "", out->len, JSON_DECODE_ANY, &je);
    if (!j) {
        fprintf(stderr, "fuzz_serve: status %d, not JSON (%s): %.200s\n", status, je.text, out->p ? out->p : "");
        abort();
    }
    if (status != 200 && !json_is_string(json_object_get(j, "error"))) abort();
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!api) setup();
    if (!size) return 0;
    ent_buf out;
    ent_buf_init(&out);
    if (data[0] % 2 == 0) {
        char *uri = ent_xstrndup((const char *)data + 1, size - 1);   /* up to a NUL, as a C string */
        const char *ctype = NULL;
        int status = ent_api_get_uri(api, ro, uri, &out, &ctype);
        if (status != 200 && status != 400 && status != 404 && status != 500 && status != 503) abort();
        check_json(status, ctype, &out);
        free(uri);
    } else {
        static const char *const formats[] = {NULL, "plain", "jsonl", "tabari"};
        static const char *const langs[] = {NULL, "en", "hu", "de"};
        int b = data[0];
        int status = ent_api_code(pool, (const char *)data + 1, size - 1, formats[(b >> 1) & 3], langs[(b >> 3) & 3],
                                  b & 32 ? "2025-09-03" : NULL, b & 64 ? 1 : 0, &out);
        if (status != 200 && status != 400 && status != 500) abort();
        check_json(status, "application/json", &out);
    }
    ent_buf_free(&out);
    return 0;
}
