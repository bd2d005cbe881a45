/* dir.c - sorted directory listings (see dir.h). */
#include "dir.h"

#include "buf.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int ent_dir_names(const char *dir, const char *suffix, char ***names, size_t *n) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    char **v = NULL;
    size_t cnt = 0, cap = 0, sl = suffix ? strlen(suffix) : 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || (suffix && (l <= sl || strcmp(e->d_name + l - sl, suffix)))) continue;
        if (cnt == cap) v = ent_xrealloc(v, (cap = cap ? cap * 2 : 32) * sizeof *v);
        v[cnt++] = ent_xstrdup(e->d_name);
    }
    closedir(d);
    if (cnt) qsort(v, cnt, sizeof *v, cmp_name);
    *names = v;
    *n = cnt;
    return 0;
}

void ent_dir_names_free(char **names, size_t n) {
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* ---- walks ---- */

void ent_dir_seen_init(ent_dir_seen *s) { ent_strmap_init(&s->map); }

void ent_dir_seen_free(ent_dir_seen *s) { ent_strmap_free(&s->map); }

int ent_dir_seen_add(ent_dir_seen *s, const struct stat *st) {
    char key[48];
    snprintf(key, sizeof key, "%llx:%llx", (unsigned long long)st->st_dev, (unsigned long long)st->st_ino);
    uint32_t *v = ent_strmap_put(&s->map, key);
    if (*v) return 1;
    *v = 1;
    return 0;
}

/* Deeper than this is not a real article folder. */
#define WALK_DEPTH 64

static void walk_entry(const char *path, const char *name, ent_dir_seen *seen, const ent_dir_walk_fns *f, int depth);

static int walk(const char *dir, ent_dir_seen *seen, const ent_dir_walk_fns *f, int depth) {
    char **names;
    size_t n;
    if (ent_dir_names(dir, NULL, &names, &n)) return -1;
    ent_buf p;
    ent_buf_init(&p);
    size_t dl = strlen(dir);
    int slash = dl && dir[dl - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        ent_buf_reset(&p);
        ent_buf_printf(&p, "%s%s%s", dir, slash ? "" : "/", names[i]);
        walk_entry(p.p, names[i], seen, f, depth);
    }
    ent_dir_names_free(names, n);
    ent_buf_free(&p);
    return 0;
}

static void walk_entry(const char *path, const char *name, ent_dir_seen *seen, const ent_dir_walk_fns *f, int depth) {
    struct stat st;
    if (stat(path, &st) != 0) {
        if (f->note) f->note(f->ud, path, strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        if (ent_dir_seen_add(seen, &st)) {
            if (f->note) f->note(f->ud, path, "directory already read (a symbolic link loop, or a second link to it), skipped");
        } else if (depth >= WALK_DEPTH) {
            if (f->note) f->note(f->ud, path, "directories nested too deep, skipped");
        } else if (walk(path, seen, f, depth + 1) && f->note) {
            char m[300];
            snprintf(m, sizeof m, "cannot open directory: %s", strerror(errno));
            f->note(f->ud, path, m);
        }
    } else if (S_ISREG(st.st_mode) && (!f->want || f->want(name))) {
        if (ent_dir_seen_add(seen, &st)) {
            if (f->note) f->note(f->ud, path, "file already read (through another link), skipped");
        } else if (f->file) {
            f->file(f->ud, path, &st);
        }
    }
}

int ent_dir_walk(const char *dir, ent_dir_seen *seen, const ent_dir_walk_fns *f) {
    struct stat st;
    if (stat(dir, &st) != 0) return -1;
    if (ent_dir_seen_add(seen, &st)) {
        if (f->note) f->note(f->ud, dir, "directory already read (a symbolic link loop, or a second link to it), skipped");
        return 0;
    }
    return walk(dir, seen, f, 0);
}
