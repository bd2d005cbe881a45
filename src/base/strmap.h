/* strmap.h - a hash map from strings to a 32-bit value (open addressing).
 *
 * Keys are copied into the map's own arena. A value of 0 means "absent",
 * so callers store 1-based indexes. Used for dictionary indexes and caches.
 */
#ifndef ENT_STRMAP_H
#define ENT_STRMAP_H

#include "arena.h"
#include <stddef.h>
#include <stdint.h>

typedef struct ent_strmap_slot {
    const char *key;
    uint64_t hash;
    uint32_t val;
} ent_strmap_slot;

typedef struct ent_strmap {
    ent_strmap_slot *slots;
    size_t cap, used;
    ent_arena keys;
} ent_strmap;

void ent_strmap_init(ent_strmap *m);
void ent_strmap_free(ent_strmap *m);
/* The value cell of `key`, created (0) when absent. Valid until the next put. */
uint32_t *ent_strmap_put(ent_strmap *m, const char *key);
uint32_t ent_strmap_get(const ent_strmap *m, const char *key);
/* Writes the composite key "a<US>b" into dst (cap bytes), taking at most blen
 * bytes of b, truncated and NUL-terminated like snprintf but without its
 * format parsing (these keys are built per token). Returns the length. */
size_t ent_strmap_key2(char *dst, size_t cap, const char *a, const char *b, size_t blen);

#endif
