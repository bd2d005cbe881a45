/* dir.c - sorted directory listings (see dir.h). */
#include "dir.h"

#include "buf.h"

#include <dirent.h>
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
