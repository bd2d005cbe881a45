#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void) {
    fputs("entente: out of memory\n", stderr);
    abort();
}

void *ent_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}
void *ent_xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}
void *ent_xcalloc(size_t n, size_t m) {
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p) oom();
    return p;
}
char *ent_xstrndup(const char *s, size_t n) {
    char *d = ent_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}
char *ent_xstrdup(const char *s) { return ent_xstrndup(s, strlen(s)); }

void ent_buf_init(ent_buf *b) { b->p = NULL, b->len = b->cap = 0; }
void ent_buf_free(ent_buf *b) { free(b->p), ent_buf_init(b); }
void ent_buf_reset(ent_buf *b) {
    b->len = 0;
    if (b->p) b->p[0] = 0;
}

void ent_buf_reserve(ent_buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->p = ent_xrealloc(b->p, cap);
    b->cap = cap;
    b->p[b->len] = 0;   /* a fresh buffer is an empty string, not garbage */
}

void ent_buf_add(ent_buf *b, const void *p, size_t n) {
    ent_buf_reserve(b, n);
    if (n) memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = 0;
}
void ent_buf_adds(ent_buf *b, const char *s) { ent_buf_add(b, s, strlen(s)); }
void ent_buf_addc(ent_buf *b, char c) { ent_buf_add(b, &c, 1); }

void ent_buf_printf(ent_buf *b, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        ent_buf_reserve(b, (size_t)n);
        vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

/* JSON string escaping by hand: it is a dozen lines, runs on every emitted
 * record, and a JSON library would need a tree per record. Input is valid
 * UTF-8 (ingest repairs it), so bytes >= 0x80 pass through. */
void ent_buf_json_str(ent_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    ent_buf_reserve(b, n + 2);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': ent_buf_add(b, "\\\"", 2); break;
        case '\\': ent_buf_add(b, "\\\\", 2); break;
        case '\n': ent_buf_add(b, "\\n", 2); break;
        case '\r': ent_buf_add(b, "\\r", 2); break;
        case '\t': ent_buf_add(b, "\\t", 2); break;
        default:
            if (c < 0x20) {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                ent_buf_add(b, u, 6);
            } else {
                ent_buf_reserve(b, 1);
                b->p[b->len++] = (char)c;
                b->p[b->len] = 0;
            }
        }
    }
}

void ent_buf_json_qstr(ent_buf *b, const char *s) {
    if (!s) {
        ent_buf_add(b, "null", 4);
        return;
    }
    ent_buf_addc(b, '"');
    ent_buf_json_str(b, s, strlen(s));
    ent_buf_addc(b, '"');
}

void ent_buf_addu(ent_buf *b, unsigned long long v) {
    char d[24];
    size_t i = sizeof d;
    do d[--i] = (char)('0' + v % 10); while ((v /= 10) != 0);
    ent_buf_add(b, d + i, sizeof d - i);
}
