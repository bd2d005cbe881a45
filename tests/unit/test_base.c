/* Unit tests: UTF-8 repair, buffers, JSON escaping, arena. */
#include "../../src/base/arena.h"
#include "../../src/base/buf.h"
#include "../../src/base/utf8.h"
#include "t.h"

static const char *repaired(const char *in, size_t n, size_t *bad, size_t *first) {
    static ent_buf b;
    ent_buf_reset(&b);
    *first = (size_t)-1;
    *bad = ent_utf8_repair(&b, in, n, first);
    return b.p ? b.p : "";
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
    T_DONE();
}
