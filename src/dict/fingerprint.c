/* fingerprint.c - one hash over every dictionary that shapes coding, so the
 * store can tell which articles were coded with older dictionaries. */
#define _POSIX_C_SOURCE 200809L
#include "dict.h"

#include "../base/buf.h"
#include "../base/dir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

static void hash_file(XXH64_state_t *st, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char buf[65536];
    size_t n;
    XXH64_update(st, path, strlen(path) + 1);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) XXH64_update(st, buf, n);
    fclose(f);
}

static void hash_dir(XXH64_state_t *st, const char *dir, const char *sub) {
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    char **names;
    size_t n;
    if (ent_dir_names(path, NULL, &names, &n)) return;
    for (size_t i = 0; i < n; i++) {
        char f[2400];
        snprintf(f, sizeof f, "%s/%s", sub, names[i]);
        char full[3700];
        snprintf(full, sizeof full, "%s/%s", dir, f);
        XXH64_update(st, f, strlen(f) + 1);
        hash_file(st, full);
    }
    ent_dir_names_free(names, n);
}

void ent_dict_fingerprint(const char *data_dir, const char *const *extra, int nextra, int builtin, char out[17]) {
    XXH64_state_t *st = XXH64_createState();
    XXH64_reset(st, 0);
    static const char *dirs[] = {"actors", "agents", "verbs", "morph", "cameo", "treaty"};
    if (builtin)
        for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) hash_dir(st, data_dir, dirs[i]);
    char p[1200];
    snprintf(p, sizeof p, "%s/grammar.txt", data_dir);
    hash_file(st, p);
    snprintf(p, sizeof p, "%s/coref.txt", data_dir);
    hash_file(st, p);
    for (int i = 0; i < nextra; i++) hash_file(st, extra[i]);
    snprintf(out, 17, "%016llx", (unsigned long long)XXH64_digest(st));
    XXH64_freeState(st);
}
