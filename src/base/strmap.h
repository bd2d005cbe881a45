/* strmap.h - the hash map of entente: byte strings to a 32-bit value (open
 * addressing, linear probing, at most half full).
 *
 * A value of 0 means "absent", so callers store 1-based indexes or heads of
 * lists. Two ways to key a map, never mixed in one map:
 *   - NUL-terminated strings (put/get): copied into the map's own arena,
 *     hashed with xxHash3;
 *   - borrowed byte ranges with the caller's hash (put_ref/get_ref): for
 *     keys that are pieces of strings the caller keeps (every prefix of a
 *     word, hashed incrementally as it is read) and must outlive the map.
 * Used for dictionary indexes, word lists and caches.
 */
#ifndef ENT_STRMAP_H
#define ENT_STRMAP_H

#include "arena.h"
#include <stddef.h>
#include <stdint.h>

typedef struct ent_strmap_slot {
    const char *key;   /* NULL: an empty slot */
    uint64_t hash;
    uint32_t len;
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
/* The same for key[0..len) with hash `h`; the key is not copied. */
uint32_t *ent_strmap_put_ref(ent_strmap *m, const char *key, size_t len, uint64_t h);
uint32_t ent_strmap_get_ref(const ent_strmap *m, const char *key, size_t len, uint64_t h);
/* Writes the composite key "a<US>b" into dst (cap bytes), taking at most blen
 * bytes of b, truncated and NUL-terminated like snprintf but without its
 * format parsing (these keys are built per token). Returns the length. */
size_t ent_strmap_key2(char *dst, size_t cap, const char *a, const char *b, size_t blen);

#endif
