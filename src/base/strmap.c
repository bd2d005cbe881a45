/* strmap.c - see strmap.h. */
#include "strmap.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void ent_strmap_init(ent_strmap *m) {
    memset(m, 0, sizeof *m);
    ent_arena_init(&m->keys, 64 * 1024);
}

void ent_strmap_free(ent_strmap *m) {
    free(m->slots);
    ent_arena_free(&m->keys);
    memset(m, 0, sizeof *m);
}

static void grow(ent_strmap *m) {
    size_t cap = m->cap ? m->cap * 2 : 1024;
    ent_strmap_slot *s = ent_xcalloc(cap, sizeof *s);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        size_t j = m->slots[i].hash & (cap - 1);
        while (s[j].key) j = (j + 1) & (cap - 1);
        s[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = s;
    m->cap = cap;
}

uint32_t *ent_strmap_put(ent_strmap *m, const char *key) {
    if ((m->used + 1) * 2 > m->cap) grow(m);
    uint64_t h = XXH3_64bits(key, strlen(key));
    size_t j = h & (m->cap - 1);
    while (m->slots[j].key && !(m->slots[j].hash == h && !strcmp(m->slots[j].key, key))) j = (j + 1) & (m->cap - 1);
    if (!m->slots[j].key) {
        m->slots[j].key = ent_arena_strdup(&m->keys, key);
        m->slots[j].hash = h;
        m->used++;
    }
    return &m->slots[j].val;
}

uint32_t ent_strmap_get(const ent_strmap *m, const char *key) {
    if (!m->cap) return 0;
    uint64_t h = XXH3_64bits(key, strlen(key));
    for (size_t j = h & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
        if (!m->slots[j].key) return 0;
        if (m->slots[j].hash == h && !strcmp(m->slots[j].key, key)) return m->slots[j].val;
    }
}

size_t ent_strmap_key2(char *dst, size_t cap, const char *a, const char *b, size_t blen) {
    if (!cap) return 0;
    size_t al = strlen(a), n = 0;
    if (al > cap - 1) al = cap - 1;
    memcpy(dst, a, al);
    n = al;
    if (n < cap - 1) dst[n++] = '\x1f';
    blen = strnlen(b, blen);
    if (blen > cap - 1 - n) blen = cap - 1 - n;
    memcpy(dst + n, b, blen);
    n += blen;
    dst[n] = 0;
    return n;
}
