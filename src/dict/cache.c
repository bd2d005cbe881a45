/* cache.c - the compiled dictionary on disk.
 *
 * Loading dictionaries means tokenising, folding and stemming every name
 * with ICU and Snowball; the result (entries, patterns, the CLDR languages
 * loaded, and the diagnostics the load produced) is saved in one binary file
 * and read back with a single read when its key still matches. The key
 * hashes every input file, the ICU version and the format version, so a
 * changed dictionary is simply a cache miss. Strings are stored once in a
 * blob and pointed into after loading; the hash indexes are rebuilt (fast).
 * Hand-written because no library serialises these structures; the format
 * is private and versioned (ENTDICT4; bump it when the code that builds a dict changes).
 */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/uversion.h>
#include <xxhash.h>

#define MAGIC "ENTDICT4"
#define NOSTR 0xffffffffu

typedef struct hdr {
    char magic[8];
    uint64_t key;
    uint32_t nentries, npats, nlangs, ndiags;
    uint64_t bad_lines, nnames, nvariants, blob_len;
} hdr;

typedef struct rec_entry {
    uint32_t code, name, source;
    int32_t from, to;
    uint8_t kind, own;
    char lang[8];
} rec_entry;

typedef struct strtab {
    ent_buf blob;
    ent_strmap seen;
} strtab;

static uint32_t str_off(strtab *t, const char *s) {
    if (!s) return NOSTR;
    uint32_t *cell = ent_strmap_put(&t->seen, s);
    if (!*cell) {
        *cell = (uint32_t)t->blob.len + 1;
        ent_buf_add(&t->blob, s, strlen(s) + 1);
    }
    return *cell - 1;
}

uint64_t ent_dict_cache_key(const char *data_dir, const char *const *files, const int *agents, int n, int builtin) {
    char fp[17];
    ent_dict_fingerprint(data_dir, files, n, builtin, fp);
    XXH64_state_t *st = XXH64_createState();
    XXH64_reset(st, 0);
    XXH64_update(st, fp, 16);
    XXH64_update(st, MAGIC, 8);
    XXH64_update(st, U_ICU_VERSION, strlen(U_ICU_VERSION));
    for (int i = 0; i < n; i++) {
        XXH64_update(st, files[i], strlen(files[i]) + 1);
        XXH64_update(st, &agents[i], sizeof agents[i]);
    }
    XXH64_update(st, &builtin, sizeof builtin);
    uint64_t k = XXH64_digest(st);
    XXH64_freeState(st);
    return k;
}

int ent_dict_cache_save(const ent_dict *d, const char *path, uint64_t key, const ent_dict_diag *diags, size_t ndiags) {
    strtab t;
    ent_buf_init(&t.blob);
    ent_strmap_init(&t.seen);
    ent_buf_addc(&t.blob, 0);   /* offset 0 = "" */
    ent_buf recs;
    ent_buf_init(&recs);
    for (size_t i = 0; i < d->nentries; i++) {
        const ent_entry *e = &d->entries[i];
        rec_entry r;
        memset(&r, 0, sizeof r);
        r.code = str_off(&t, e->code);
        r.name = str_off(&t, e->name);
        r.source = str_off(&t, e->source);
        r.from = e->from;
        r.to = e->to;
        r.kind = e->kind;
        r.own = e->own;
        memcpy(r.lang, e->lang, sizeof r.lang);
        ent_buf_add(&recs, &r, sizeof r);
    }
    for (size_t i = 0; i < d->npats; i++) {
        const dict_pat *p = &d->pats[i];
        uint32_t h[3] = {p->entry, (uint32_t)p->ntok | (uint32_t)p->exact_case << 8 | (uint32_t)p->upper << 16,
                         str_off(&t, p->raw)};
        ent_buf_add(&recs, h, sizeof h);
        for (size_t k = 0; k < p->ntok; k++) {
            uint32_t o[2] = {str_off(&t, p->tok[k]), str_off(&t, p->stem[k])};
            ent_buf_add(&recs, o, sizeof o);
        }
    }
    for (size_t i = 0; i < d->nlangs; i++) {
        uint32_t o = str_off(&t, d->langs[i]);
        ent_buf_add(&recs, &o, sizeof o);
    }
    for (size_t i = 0; i < ndiags; i++) {
        uint32_t o[3] = {str_off(&t, diags[i].file), (uint32_t)diags[i].line, str_off(&t, diags[i].msg)};
        ent_buf_add(&recs, o, sizeof o);
    }
    hdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, MAGIC, 8);
    h.key = key;
    h.nentries = (uint32_t)d->nentries;
    h.npats = (uint32_t)d->npats;
    h.nlangs = (uint32_t)d->nlangs;
    h.ndiags = (uint32_t)ndiags;
    h.bad_lines = d->bad_lines;
    h.nnames = d->nnames;
    h.nvariants = d->nvariants;
    h.blob_len = t.blob.len;
    /* write to a temporary file and rename: readers never see half a cache */
    char tmp[1300];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(&h, sizeof h, 1, f) == 1 && fwrite(t.blob.p, 1, t.blob.len, f) == t.blob.len &&
             fwrite(recs.p ? recs.p : "", 1, recs.len, f) == recs.len;
    if (f && fclose(f)) ok = 0;
    if (ok) ok = rename(tmp, path) == 0;
    if (!ok) remove(tmp);
    ent_buf_free(&t.blob);
    ent_strmap_free(&t.seen);
    ent_buf_free(&recs);
    return ok ? 0 : -1;
}

int ent_dict_cache_load(ent_dict *d, const char *path, uint64_t key, const ent_diag *diag) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    hdr h;
    struct stat stt;
    if (fread(&h, sizeof h, 1, f) != 1 || memcmp(h.magic, MAGIC, 8) || h.key != key || fstat(fileno(f), &stt)) {
        fclose(f);
        return -1;
    }
    size_t rest = (size_t)stt.st_size - sizeof h;
    char *buf = ent_arena_alloc(&d->ar, rest + 1);
    if (fread(buf, 1, rest, f) != rest || h.blob_len > rest) {
        fclose(f);
        return -1;
    }
    fclose(f);
    const char *blob = buf;
    const char *p = buf + h.blob_len, *end = buf + rest;
    if (!h.blob_len || blob[h.blob_len - 1] != 0) return -1;
    int bad = 0;
#define STR(o) ((o) == NOSTR ? NULL : (o) < h.blob_len ? blob + (o) : (bad = 1, ""))
#define NEED(n)                                                                                                       \
    do {                                                                                                              \
        if ((size_t)(end - p) < (size_t)(n)) return -1;                                                               \
    } while (0)
    d->entries = ent_xrealloc(d->entries, (h.nentries ? h.nentries : 1) * sizeof *d->entries);
    d->capentries = h.nentries ? h.nentries : 1;
    for (uint32_t i = 0; i < h.nentries; i++) {
        rec_entry r;
        NEED(sizeof r);
        memcpy(&r, p, sizeof r);
        p += sizeof r;
        ent_entry *e = &d->entries[i];
        e->code = STR(r.code);
        e->name = STR(r.name);
        e->source = STR(r.source);
        e->from = r.from;
        e->to = r.to;
        e->kind = r.kind;
        e->own = r.own;
        memcpy(e->lang, r.lang, sizeof e->lang);
    }
    d->nentries = h.nentries;
    d->pats = ent_xrealloc(d->pats, (h.npats ? h.npats : 1) * sizeof *d->pats);
    d->cappats = h.npats ? h.npats : 1;
    for (uint32_t i = 0; i < h.npats; i++) {
        uint32_t hh[3];
        NEED(sizeof hh);
        memcpy(hh, p, sizeof hh);
        p += sizeof hh;
        dict_pat *pt = &d->pats[i];
        pt->entry = hh[0];
        pt->ntok = (uint8_t)(hh[1] & 0xff);
        pt->exact_case = (uint8_t)(hh[1] >> 8 & 0xff);
        pt->upper = (uint8_t)(hh[1] >> 16 & 0xff);
        pt->raw = STR(hh[2]);
        pt->tok = ent_arena_alloc(&d->ar, (pt->ntok ? pt->ntok : 1) * sizeof *pt->tok);
        pt->stem = ent_arena_alloc(&d->ar, (pt->ntok ? pt->ntok : 1) * sizeof *pt->stem);
        for (size_t k = 0; k < pt->ntok; k++) {
            uint32_t o[2];
            NEED(sizeof o);
            memcpy(o, p, sizeof o);
            p += sizeof o;
            pt->tok[k] = STR(o[0]);
            pt->stem[k] = STR(o[1]);
        }
        if (!pt->ntok || !pt->tok[0] || pt->entry >= h.nentries) return -1;
    }
    d->npats = h.npats;
    for (uint32_t i = 0; i < h.nlangs; i++) {
        uint32_t o;
        NEED(sizeof o);
        memcpy(&o, p, sizeof o);
        p += sizeof o;
        d->langs = ent_xrealloc(d->langs, (d->nlangs + 1) * sizeof *d->langs);
        d->langs[d->nlangs++] = ent_xstrdup(o == NOSTR || o >= h.blob_len ? "" : blob + o);
    }
    for (uint32_t i = 0; i < h.ndiags; i++) {
        uint32_t o[3];
        NEED(sizeof o);
        memcpy(o, p, sizeof o);
        p += sizeof o;
        ent_diag_report(diag, ENT_WARN, STR(o[0]), (long)o[1], "%s", o[2] == NOSTR || o[2] >= h.blob_len ? "" : blob + o[2]);
    }
    if (bad) return -1;
    d->bad_lines = h.bad_lines;
    d->nnames = h.nnames;
    d->nvariants = h.nvariants;
    dict_reindex(d);
    return 0;
#undef STR
#undef NEED
}
