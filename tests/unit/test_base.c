/* Unit tests: UTF-8 repair, buffers, JSON escaping, arena, dates, the hash map. */
#include "../../src/base/arena.h"
#include "../../src/base/buf.h"
#include "../../src/base/date.h"
#include "../../src/base/strmap.h"
#include "../../src/base/utf8.h"
#include "t.h"

static const char *repaired(const char *in, size_t n, size_t *bad, size_t *first) {
    static ent_buf b;
    ent_buf_reset(&b);
    *first = (size_t)-1;
    *bad = ent_utf8_repair(&b, in, n, first);
    return b.p ? b.p : "";
}

static void dates(void) {
    char out[12];
    T_CHECK("date valid", ent_date_valid("2024-02-29", 10) && !ent_date_valid("2023-02-29", 10) && !ent_date_valid("2025-09-31", 10));
    T_CHECK("date valid length", !ent_date_valid("2025-09-3", 9) && !ent_date_valid("2025/09/03", 10));
    T_CHECK("date int", ent_date_int("2025-09-03") == 20250903 && ent_date_int("2025") == 0 && ent_date_int(NULL) == 0);
    ent_date_format(19991231, out);
    T_STREQ("date format", out, "1999-12-31");
    T_CHECK("date add days", ent_date_int_add_days(19991231, 1) == 20000101 && ent_date_int_add_days(20240301, -1) == 20240229);
    T_CHECK("date add days, no month", ent_date_int_add_days(19990001, 5) == 19990001);
    T_CHECK("date weekday", ent_date_weekday(2025, 9, 3) == 2 && ent_date_weekday(1970, 1, 1) == 3);
    T_CHECK("date day of year", ent_date_day_of_year(2024, 3, 1) == 61 && ent_date_day_of_year(2025, 3, 1) == 60);
    T_CHECK("date days", ent_date_days(1970, 1, 1) == 0 && ent_date_days(2000, 3, 1) == 11017);
    ent_date_iso_week("2025-09-03", out);
    T_STREQ("iso week", out, "2025-W36");
    ent_date_iso_week("2021-01-03", out);
    T_STREQ("iso week of the year before", out, "2020-W53");
    ent_date_iso_week("2024-12-30", out);
    T_STREQ("iso week of the year after", out, "2025-W01");
}

static void strmap(void) {
    ent_strmap m;
    ent_strmap_init(&m);
    char key[16];
    for (int i = 0; i < 5000; i++) {   /* grows past its first 1024 slots several times */
        snprintf(key, sizeof key, "k%d", i);
        *ent_strmap_put(&m, key) = (uint32_t)i + 1;
    }
    T_CHECK("strmap get", ent_strmap_get(&m, "k0") == 1 && ent_strmap_get(&m, "k4999") == 5000 && !ent_strmap_get(&m, "k5000"));
    T_CHECK("strmap put existing", *ent_strmap_put(&m, "k17") == 18 && m.used == 5000);
    ent_strmap_free(&m);
    /* borrowed prefixes with the caller's hash */
    static const char word[] = "REPUBLIC";
    ent_strmap_init(&m);
    for (size_t l = 1; l <= 8; l++) *ent_strmap_put_ref(&m, word, l, 1000 + l) = (uint32_t)l;
    T_CHECK("strmap ref", ent_strmap_get_ref(&m, "REPUB", 5, 1005) == 5 && !ent_strmap_get_ref(&m, "REPUB", 5, 1004));
    T_CHECK("strmap ref length", !ent_strmap_get_ref(&m, "REPUBX", 6, 1006) && m.keys.head == NULL);
    ent_strmap_free(&m);
}

int main(void) {
    size_t bad, first;
    T_STREQ("utf8 valid passes", repaired("Észak-Korea", 12, &bad, &first), "Észak-Korea");
    T_CHECK("utf8 valid no repairs", bad == 0);
    T_STREQ("utf8 stray continuation", repaired("a\x80z", 3, &bad, &first), "a\xEF\xBF\xBDz");
    T_CHECK("utf8 first bad offset", bad == 1 && first == 1);
    T_STREQ("utf8 overlong", repaired("\xC0\xAF!", 3, &bad, &first), "\xEF\xBF\xBD\xEF\xBF\xBD!");
    T_STREQ("utf8 surrogate", repaired("\xED\xA0\x80", 3, &bad, &first), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    T_STREQ("utf8 above 10FFFF", repaired("\xF4\x90\x80\x80", 4, &bad, &first),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    T_STREQ("utf8 truncated sequence", repaired("x\xE2\x82", 3, &bad, &first), "x\xEF\xBF\xBD");
    T_CHECK("utf8 truncated one repair", bad == 1);
    T_STREQ("utf8 NUL replaced", repaired("a\0b", 3, &bad, &first), "a\xEF\xBF\xBD" "b");
    T_STREQ("utf8 four-byte ok", repaired("\xF0\x9F\x98\x80", 4, &bad, &first), "\xF0\x9F\x98\x80");
    T_CHECK("utf8 valid prefix", ent_utf8_valid_prefix("ab\xFF", 3) == 2);

    ent_buf b;
    ent_buf_init(&b);
    ent_buf_json_str(&b, "a\"b\\c\n\x01é", 9);
    T_STREQ("json escape", b.p, "a\\\"b\\\\c\\n\\u0001é");
    ent_buf_reset(&b);
    ent_buf_json_qstr(&b, NULL);
    T_STREQ("json null", b.p, "null");
    ent_buf_reset(&b);
    ent_buf_printf(&b, "%d-%s", 57, "x");
    T_STREQ("buf printf", b.p, "57-x");
    ent_buf_free(&b);

    ent_arena a;
    ent_arena_init(&a, 64);
    char *big = ent_arena_alloc(&a, 1000);
    memset(big, 'x', 1000);
    char *s = ent_arena_strdup(&a, "kept");
    T_STREQ("arena strdup", s, "kept");
    T_CHECK("arena aligned", ((size_t)ent_arena_alloc(&a, 3) & 15) == 0);
    ent_arena_reset(&a);
    T_STREQ("arena after reset", ent_arena_strdup(&a, "again"), "again");
    ent_arena_free(&a);
    dates();
    strmap();
    T_DONE();
}
