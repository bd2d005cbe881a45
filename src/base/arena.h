/* arena.h - a bump allocator for data that lives as long as one article.
 *
 * Everything allocated from an arena is released at once by ent_arena_reset
 * (keeps the first block for reuse) or ent_arena_free. Never free() a
 * pointer that came from an arena.
 */
#ifndef ENT_ARENA_H
#define ENT_ARENA_H

#include <stddef.h>

typedef struct ent_arena_block ent_arena_block;
typedef struct ent_arena {
    ent_arena_block *head;
    size_t block_size;
} ent_arena;

void ent_arena_init(ent_arena *a, size_t block_size);
void *ent_arena_alloc(ent_arena *a, size_t n);   /* 16-byte aligned, never NULL */
char *ent_arena_strndup(ent_arena *a, const char *s, size_t n);
char *ent_arena_strdup(ent_arena *a, const char *s);
void ent_arena_reset(ent_arena *a);
void ent_arena_free(ent_arena *a);

#endif
