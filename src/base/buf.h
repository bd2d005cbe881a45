/* buf.h - a growable byte buffer, always NUL-terminated.
 *
 * Owns its memory: ent_buf_free releases it. Allocation failure aborts the
 * process (the only sane reaction for a batch tool; see ent_xmalloc).
 */
#ifndef ENT_BUF_H
#define ENT_BUF_H

#include <stddef.h>

typedef struct ent_buf {
    char *p;
    size_t len, cap;
} ent_buf;

void ent_buf_init(ent_buf *b);
void ent_buf_free(ent_buf *b);
void ent_buf_reset(ent_buf *b);               /* len = 0, keeps capacity */
void ent_buf_reserve(ent_buf *b, size_t extra);
void ent_buf_add(ent_buf *b, const void *p, size_t n);
void ent_buf_adds(ent_buf *b, const char *s);
void ent_buf_addc(ent_buf *b, char c);
/* A decimal unsigned integer, as "%llu" would write it (without printf's cost). */
void ent_buf_addu(ent_buf *b, unsigned long long v);
void ent_buf_printf(ent_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends `s[0..n)` as the inside of a JSON string (no quotes added). */
void ent_buf_json_str(ent_buf *b, const char *s, size_t n);
/* Appends `"..."` JSON string, or `null` when s is NULL. */
void ent_buf_json_qstr(ent_buf *b, const char *s);

void *ent_xmalloc(size_t n);
void *ent_xrealloc(void *p, size_t n);
void *ent_xcalloc(size_t n, size_t m);
char *ent_xstrdup(const char *s);
char *ent_xstrndup(const char *s, size_t n);

#endif
