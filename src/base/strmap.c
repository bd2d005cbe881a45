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

static int same(const ent_strmap_slot *s, const char *key, size_t len, uint64_t h) {
    return s->hash == h && s->len == len && !memcmp(s->key, key, len);
}

/* The slot of key: its own, or the empty one where it goes. */
static ent_strmap_slot *find(const ent_strmap *m, const char *key, size_t len, uint64_t h) {
    size_t j = h & (m->cap - 1);
    while (m->slots[j].key && !same(&m->slots[j], key, len, h)) j = (j + 1) & (m->cap - 1);
    return &m->slots[j];
}

static uint32_t *put(ent_strmap *m, const char *key, size_t len, uint64_t h, int copy) {
    if ((m->used + 1) * 2 > m->cap) grow(m);
    ent_strmap_slot *s = find(m, key, len, h);
    if (!s->key) {
        s->key = copy ? ent_arena_strndup(&m->keys, key, len) : key;
        s->hash = h;
        s->len = (uint32_t)len;
        s->val = 0;
        m->used++;
    }
    return &s->val;
}

static uint32_t get(const ent_strmap *m, const char *key, size_t len, uint64_t h) {
    return m->cap ? find(m, key, len, h)->val : 0;
}

uint32_t *ent_strmap_put(ent_strmap *m, const char *key) {
    size_t n = strlen(key);
    return put(m, key, n, XXH3_64bits(key, n), 1);
}

uint32_t ent_strmap_get(const ent_strmap *m, const char *key) {
    size_t n = strlen(key);
    return get(m, key, n, XXH3_64bits(key, n));
}

uint32_t *ent_strmap_put_ref(ent_strmap *m, const char *key, size_t len, uint64_t h) { return put(m, key, len, h, 0); }

uint32_t ent_strmap_get_ref(const ent_strmap *m, const char *key, size_t len, uint64_t h) { return get(m, key, len, h); }

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
