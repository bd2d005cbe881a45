/* cache.c - the compiled gazetteer on disk (see ent_geo_load_cached).
 *
 * Loading the text files folds every name with ICU (150 000 of them); the
 * result (places, name chains, the folded keys of every index) is saved in
 * one binary file and read back with one read when its key still matches.
 * The key hashes the five input files, the ICU version and the format
 * version, so an edited file is simply a cache miss. Strings live once in a
 * blob; the hash indexes are rebuilt from their stored keys (no folding).
 * Hand-written, as src/dict/cache.c, because no library serialises these
 * structures; the format is private and versioned (ENTGEO01).
 */
#define _POSIX_C_SOURCE 200809L
#include "geo_int.h"

#include "../base/buf.h"
#include "../text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/uversion.h>
#include <unistd.h>
#include <xxhash.h>

#define MAGIC "ENTGEO01"

static const char *const files[] = {"places.txt", "extra.txt", "names.txt", "region-words.txt", "not-places.txt"};

typedef struct hdr {
    char magic[8];
    uint64_t key;
    uint32_t nplaces, nnames, nmaps[5];
    int32_t max_words;
    uint64_t blob_len;
} hdr;

typedef struct rec_place {
    uint32_t key, name, ascii, region, adm1, gdelt_adm1;
    int64_t geonames_id, population;
    double lat, lon;
    uint8_t feature;
    char iso3[4], fips[3];
} rec_place;

typedef struct rec_kv {
    uint32_t key, val;
} rec_kv;

uint64_t ent_geo_cache_key(const char *data_dir) {
    const char *dir = data_dir ? data_dir : ent_data_dir();
    XXH64_state_t *st = XXH64_createState();
    XXH64_reset(st, 0);
    XXH64_update(st, MAGIC, 8);
    XXH64_update(st, U_ICU_VERSION, strlen(U_ICU_VERSION));
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[1200], buf[65536];
        snprintf(path, sizeof path, "%s/geo/%s", dir, files[i]);
        XXH64_update(st, files[i], strlen(files[i]) + 1);
        FILE *f = fopen(path, "rb");
        size_t n;
        while (f && (n = fread(buf, 1, sizeof buf, f)) > 0) XXH64_update(st, buf, n);
        if (f) fclose(f);
    }
    uint64_t k = XXH64_digest(st);
    XXH64_freeState(st);
    return k;
}

/* ---- saving ---- */

static uint32_t blob_str(ent_buf *blob, const char *s) {
    uint32_t off = (uint32_t)blob->len;
    ent_buf_add(blob, s, strlen(s) + 1);
    return off;
}

static ent_strmap *map_at(ent_geo *g, int i) {
    ent_strmap *m[5] = {&g->by_name, &g->prefixes, &g->region_base, &g->region_of_key, &g->region_words};
    return m[i];
}

static void save_map(const ent_strmap *m, ent_buf *recs, ent_buf *blob, uint32_t *count) {
    *count = 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        rec_kv r = {blob_str(blob, m->slots[i].key), m->slots[i].val};
        ent_buf_add(recs, &r, sizeof r);
        (*count)++;
    }
}

static void save_places(const ent_geo *g, ent_buf *recs, ent_buf *blob) {
    for (size_t i = 0; i < g->nplaces; i++) {
        const ent_geo_place *p = &g->places[i];
        rec_place r;
        memset(&r, 0, sizeof r);
        r.key = blob_str(blob, p->key);
        r.name = blob_str(blob, p->name);
        r.ascii = blob_str(blob, p->ascii);
        r.region = blob_str(blob, p->region);
        r.adm1 = blob_str(blob, p->adm1);
        r.gdelt_adm1 = blob_str(blob, p->gdelt_adm1);
        r.geonames_id = p->geonames_id;
        r.population = p->population;
        r.lat = p->lat;
        r.lon = p->lon;
        r.feature = p->feature;
        memcpy(r.iso3, p->iso3, 4);
        memcpy(r.fips, p->fips, 3);
        ent_buf_add(recs, &r, sizeof r);
    }
}

static int save(ent_geo *g, const char *path, uint64_t key) {
    ent_buf recs, blob;
    ent_buf_init(&recs);
    ent_buf_init(&blob);
    hdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, MAGIC, 8);
    h.key = key;
    h.nplaces = (uint32_t)g->nplaces;
    h.nnames = (uint32_t)g->nnames;
    h.max_words = g->max_words;
    save_places(g, &recs, &blob);
    ent_buf_add(&recs, g->names, g->nnames * sizeof *g->names);
    ent_buf_add(&recs, g->city_region, g->nplaces * sizeof *g->city_region);
    for (int i = 0; i < 5; i++) save_map(map_at(g, i), &recs, &blob, &h.nmaps[i]);
    h.blob_len = blob.len;
    /* a temporary file renamed into place: a reader never sees half a cache */
    char tmp[1400];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(&h, sizeof h, 1, f) == 1 && fwrite(recs.p, 1, recs.len, f) == recs.len &&
             fwrite(blob.p, 1, blob.len, f) == blob.len;
    if (f && fclose(f)) ok = 0;
    if (ok) ok = rename(tmp, path) == 0;
    if (!ok) remove(tmp);
    ent_buf_free(&recs);
    ent_buf_free(&blob);
    return ok ? 0 : -1;
}

/* ---- loading ---- */

/* the whole file in one read (its size from fstat); NULL when unreadable */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    struct stat st;
    char *data = NULL;
    if (fstat(fileno(f), &st) == 0 && st.st_size > 0) {
        data = ent_xmalloc((size_t)st.st_size);
        if (fread(data, 1, (size_t)st.st_size, f) != (size_t)st.st_size) free(data), data = NULL;
        else *len = (size_t)st.st_size;
    }
    fclose(f);
    return data;
}

/* the records of a cache file into g; -1 when it is short or inconsistent */
static int restore(ent_geo *g, char *data, size_t len, uint64_t key) {
    hdr h;
    if (len < sizeof h) return -1;
    memcpy(&h, data, sizeof h);
    if (memcmp(h.magic, MAGIC, 8) || h.key != key) return -1;
    uint64_t nkv = 0;
    for (int i = 0; i < 5; i++) nkv += h.nmaps[i];
    uint64_t need = sizeof h + (uint64_t)h.nplaces * (sizeof(rec_place) + sizeof(uint32_t)) +
                    (uint64_t)h.nnames * sizeof(geo_name) + nkv * sizeof(rec_kv) + h.blob_len;
    if (need != len || !h.blob_len || data[len - 1]) return -1;
    const char *p = data + sizeof h, *blob = data + len - h.blob_len;
    g->places = ent_xcalloc(h.nplaces ? h.nplaces : 1, sizeof *g->places);
    g->nplaces = g->capplaces = h.nplaces;
    for (uint32_t i = 0; i < h.nplaces; i++, p += sizeof(rec_place)) {
        rec_place r;
        memcpy(&r, p, sizeof r);
        if (r.key >= h.blob_len || r.name >= h.blob_len || r.ascii >= h.blob_len || r.region >= h.blob_len ||
            r.adm1 >= h.blob_len || r.gdelt_adm1 >= h.blob_len)
            return -1;
        ent_geo_place *q = &g->places[i];
        *q = (ent_geo_place){blob + r.key, r.geonames_id, r.feature, {0}, {0}, blob + r.adm1, blob + r.gdelt_adm1,
                             r.lat, r.lon, r.population, blob + r.name, blob + r.ascii, blob + r.region};
        memcpy(q->iso3, r.iso3, 4);
        memcpy(q->fips, r.fips, 3);
    }
    g->names = ent_xmalloc(h.nnames ? h.nnames * sizeof *g->names : 1);
    memcpy(g->names, p, h.nnames * sizeof *g->names);
    g->nnames = g->capnames = h.nnames;
    p += h.nnames * sizeof *g->names;
    g->city_region = ent_xmalloc(h.nplaces ? h.nplaces * sizeof *g->city_region : 1);
    memcpy(g->city_region, p, h.nplaces * sizeof *g->city_region);
    p += h.nplaces * sizeof *g->city_region;
    for (int m = 0; m < 5; m++)
        for (uint32_t i = 0; i < h.nmaps[m]; i++, p += sizeof(rec_kv)) {
            rec_kv r;
            memcpy(&r, p, sizeof r);
            if (r.key >= h.blob_len) return -1;
            *ent_strmap_put(map_at(g, m), blob + r.key) = r.val;
        }
    for (uint32_t i = 0; i < h.nplaces; i++) *ent_strmap_put(&g->by_key, g->places[i].key) = i + 1;
    g->max_words = h.max_words;
    return 0;
}

ent_geo *ent_geo_load_cached(const char *data_dir, const char *cache_dir, ent_err *err) {
    if (!cache_dir) return ent_geo_load(data_dir, err);
    uint64_t key = ent_geo_cache_key(data_dir);
    char path[1300];
    snprintf(path, sizeof path, "%s/geo-%016llx.bin", cache_dir, (unsigned long long)key);
    size_t len = 0;
    char *data = read_file(path, &len);
    if (data) {
        ent_geo *g = geo_new();
        g->bufs[0] = data;
        if (!restore(g, data, len, key)) return g;
        ent_geo_free(g);   /* a damaged cache: load the text and write it anew */
    }
    ent_geo *g = ent_geo_load(data_dir, err);
    if (g) save(g, path, key);   /* best effort: without a cache the next load is slower, not wrong */
    return g;
}
