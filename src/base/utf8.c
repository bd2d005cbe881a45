#include "utf8.h"

size_t ent_utf8_seqlen(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c == 0) return 0;
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) return 0;
    size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n < len) return 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;        /* no surrogates */
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;        /* <= U+10FFFF */
    if (s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return len;
}

size_t ent_utf8_valid_prefix(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (u[i] >= 0x01 && u[i] < 0x80) {
            i++;
            continue;
        }
        size_t l = ent_utf8_seqlen(u + i, n - i);
        if (!l) break;
        i += l;
    }
    return i;
}

/* Length of the maximal ill-formed subpart starting at s (>= 1). */
static size_t bad_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0xC2 || c > 0xF4) return 1;
    size_t want = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    size_t i = 1;
    if (i < n && s[i] >= lo && s[i] <= hi) i++;
    else return 1;
    while (i < want && i < n && (s[i] & 0xC0) == 0x80) i++;
    return i;
}

size_t ent_utf8_repair(ent_buf *out, const char *s, size_t n, size_t *first_bad) {
    const unsigned char *u = (const unsigned char *)s;
    size_t bad = 0, i = 0;
    ent_buf_reserve(out, n);
    while (i < n) {
        size_t ok = ent_utf8_valid_prefix(s + i, n - i);
        ent_buf_add(out, s + i, ok);
        i += ok;
        if (i >= n) break;
        if (!bad && first_bad) *first_bad = i;
        bad++;
        ent_buf_add(out, "\xEF\xBF\xBD", 3);
        i += u[i] == 0 ? 1 : bad_len(u + i, n - i);
    }
    return bad;
}

unsigned ent_utf8_decode(const char *s, size_t *len) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) return *len = 1, u[0];
    if (u[0] < 0xE0) return *len = 2, ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    if (u[0] < 0xF0)
        return *len = 3, ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    return *len = 4, ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) |
                         ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
}
