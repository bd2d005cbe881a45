/* test_serve.c - the server's answer cache (stale-while-revalidate, one
 * computation for many waiters, the refresh rate, eviction) and the API's
 * reading of a raw URI, without sockets. */
#include "../../src/serve/api.h"
#include "../../src/serve/cache.h"
#include "t.h"

#include <stdlib.h>
#include <time.h>

static ent_answer *answer(const char *text) {
    ent_buf b;
    ent_buf_init(&b);
    ent_buf_adds(&b, text);
    return ent_answer_new(200, "application/json", &b);
}

static int woken;
static const char *woken_text;

static void wake(void *ud, void *waiter, ent_answer *a) {
    (void)ud, (void)waiter;
    woken++;
    woken_text = a->p;
    ent_answer_unref(a);
}

static void sleep_ms(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static void test_swr(void) {
    ent_acache *c = ent_acache_new(16, 1 << 20, 1 << 16);
    ent_answer *a;
    int refresh, w1, w2;
    T_CHECK("cache: first asker computes", ent_acache_get(c, "/api/summary", 1, &w1, &a, &refresh) == ENT_ACACHE_COMPUTE && !a);
    T_CHECK("cache: second asker waits", ent_acache_get(c, "/api/summary", 1, &w2, &a, &refresh) == ENT_ACACHE_WAIT && !a);
    woken = 0;
    ent_acache_done(c, "/api/summary", 1, 0.0, answer("v1"), wake, NULL);
    T_CHECK("cache: both waiters get the one answer", woken == 2 && !strcmp(woken_text, "v1"));
    T_CHECK("cache: fresh at its epoch", ent_acache_get(c, "/api/summary", 1, NULL, &a, &refresh) == ENT_ACACHE_FRESH && !refresh);
    T_STREQ("cache: fresh answer", a->p, "v1");
    ent_answer_unref(a);
    /* the database changed: epoch 2 */
    T_CHECK("cache: stale after a change, first asker refreshes",
            ent_acache_get(c, "/api/summary", 2, NULL, &a, &refresh) == ENT_ACACHE_STALE && refresh);
    T_STREQ("cache: the stale answer is served", a->p, "v1");
    ent_answer_unref(a);
    T_CHECK("cache: one refresh at a time", ent_acache_get(c, "/api/summary", 2, NULL, &a, &refresh) == ENT_ACACHE_STALE && !refresh);
    ent_answer_unref(a);
    ent_acache_done(c, "/api/summary", 2, 0.0, answer("v2"), wake, NULL);
    T_CHECK("cache: refreshed", ent_acache_get(c, "/api/summary", 2, NULL, &a, &refresh) == ENT_ACACHE_FRESH);
    T_STREQ("cache: the fresh answer", a->p, "v2");
    ent_answer_unref(a);
    ent_acache_free(c);
}

static void test_rate_and_errors(void) {
    ent_acache *c = ent_acache_new(16, 1 << 20, 1 << 16);
    ent_answer *a;
    int refresh, w;
    ent_acache_get(c, "/slow", 1, &w, &a, &refresh);
    ent_acache_done(c, "/slow", 1, 0.05, answer("s1"), wake, NULL);   /* took 50 ms */
    ent_acache_get(c, "/slow", 2, NULL, &a, &refresh);
    ent_answer_unref(a);
    T_CHECK("cache: no refresh within 4x the cost", !refresh);
    sleep_ms(220);
    ent_acache_get(c, "/slow", 2, NULL, &a, &refresh);
    ent_answer_unref(a);
    T_CHECK("cache: refresh after 4x the cost", refresh);
    /* an error is handed to the waiters but not kept */
    ent_acache_get(c, "/bad", 1, &w, &a, &refresh);
    ent_buf b;
    ent_buf_init(&b);
    ent_buf_adds(&b, "{\"error\":\"x\"}");
    woken = 0;
    ent_acache_done(c, "/bad", 1, 0.0, ent_answer_new(500, "application/json", &b), wake, NULL);
    T_CHECK("cache: an error wakes its waiter", woken == 1);
    T_CHECK("cache: an error is not kept", ent_acache_get(c, "/bad", 1, &w, &a, &refresh) == ENT_ACACHE_COMPUTE);
    ent_acache_done(c, "/bad", 1, 0.0, answer("ok"), wake, NULL);
    ent_acache_free(c);
}

static void test_evict(void) {
    ent_acache *c = ent_acache_new(4, 1 << 20, 1 << 16);
    ent_answer *a;
    int refresh, w;
    char key[16];
    for (int i = 0; i < 10; i++) {
        snprintf(key, sizeof key, "/k%d", i);
        ent_acache_get(c, key, 1, &w, &a, &refresh);
        ent_acache_done(c, key, 1, 0.0, answer("x"), wake, NULL);
    }
    size_t n, bytes;
    ent_acache_stats(c, &n, &bytes);
    T_CHECK("cache: at most max_entries answers", n == 4 && bytes == 4);
    T_CHECK("cache: the newest stays", ent_acache_get(c, "/k9", 1, NULL, &a, &refresh) == ENT_ACACHE_FRESH);
    ent_answer_unref(a);
    T_CHECK("cache: the oldest went", ent_acache_get(c, "/k0", 1, &w, &a, &refresh) == ENT_ACACHE_COMPUTE);
    ent_acache_done(c, "/k0", 1, 0.0, answer("x"), wake, NULL);
    ent_acache_free(c);
}

static void test_uri(void) {
    ent_err err;
    ent_err_clear(&err);
    ent_api *api = ent_api_new(NULL, &err);
    T_CHECK("uri: api loads", api != NULL);
    if (!api) return;
    static const struct {
        const char *uri;
        int status;
    } cases[] = {
        {"/api/%00", 400},           {"/api/events?actor=%00RUS", 400}, {"/api/events?%ff=1", 400},
        {"/api/nothing", 404},       {"/api/events?limit=0", 400},      {"/api/events?from=2025-02-30", 400},
        {"/api/dyad?a=RUS", 400},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ent_buf out;
        ent_buf_init(&out);
        const char *ctype;
        /* these are refused before any query: no store needed */
        int st = ent_api_get_uri(api, NULL, cases[i].uri, &out, &ctype);
        char name[96];
        snprintf(name, sizeof name, "uri: %s is %d", cases[i].uri, cases[i].status);
        T_CHECK(name, st == cases[i].status && strstr(out.p, "\"error\""));
        ent_buf_free(&out);
    }
    ent_buf out;
    ent_buf_init(&out);
    const char *ctype;
    ent_api_get_uri(api, NULL, "/api/events?from=2025-02-30", &out, &ctype);
    T_CHECK("uri: a date that is none says why", strstr(out.p, "2025-02 has 28 days") != NULL);
    ent_buf_free(&out);
    ent_api_free(api);
}

int main(void) {
    test_swr();
    test_rate_and_errors();
    test_evict();
    test_uri();
    T_DONE();
}
