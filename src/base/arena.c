#include "arena.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>

struct ent_arena_block {
    ent_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void ent_arena_init(ent_arena *a, size_t block_size) {
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

void *ent_arena_alloc(ent_arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    ent_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > a->block_size ? n : a->block_size;
        b = ent_xmalloc(sizeof *b + cap);
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

char *ent_arena_strndup(ent_arena *a, const char *s, size_t n) {
    char *d = ent_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *ent_arena_strdup(ent_arena *a, const char *s) {
    return ent_arena_strndup(a, s, strlen(s));
}

void ent_arena_reset(ent_arena *a) {
    /* keep the oldest block (the last in the list), free the others */
    ent_arena_block *b = a->head, *keep = NULL;
    while (b) {
        ent_arena_block *next = b->next;
        if (!next && b->cap == a->block_size) keep = b;
        else free(b);
        b = next;
    }
    a->head = keep;
    if (keep) keep->used = 0, keep->next = NULL;
}

void ent_arena_free(ent_arena *a) {
    ent_arena_block *b = a->head;
    while (b) {
        ent_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
