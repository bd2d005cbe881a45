/* dir.h - the names in a directory, sorted, for reading data files and
 * article folders in a stable order on every machine.
 *
 * Names starting with '.' are skipped; with a suffix, only names longer than
 * it that end with it are kept. The caller owns the array and each name:
 * ent_dir_names_free releases them.
 */
#ifndef ENT_DIR_H
#define ENT_DIR_H

#include "strmap.h"

#include <stddef.h>
#include <sys/stat.h>

/* Returns 0 with *names and *n set, or -1 (errno set) when dir cannot be opened. */
int ent_dir_names(const char *dir, const char *suffix, char ***names, size_t *n);
void ent_dir_names_free(char **names, size_t n);

/* ---- recursive walks ----
 * A walk visits a directory tree in sorted order and follows symbolic
 * links, but remembers the (device, inode) pair of every directory and file
 * it reached: a link loop (dir/loop -> ..) or a second way to the same
 * directory or file is reported once through `note` and not entered or
 * visited again, so a walk always ends and never gives a file twice.
 * Names starting with '.' are skipped; what is neither a directory nor a
 * regular file (FIFOs, sockets, devices) is left alone. */

typedef struct ent_dir_seen {
    ent_strmap map;   /* "dev:ino" -> 1 */
} ent_dir_seen;

void ent_dir_seen_init(ent_dir_seen *s);
void ent_dir_seen_free(ent_dir_seen *s);
/* Records st's (device, inode); 1 when it was recorded before. */
int ent_dir_seen_add(ent_dir_seen *s, const struct stat *st);

typedef struct ent_dir_walk_fns {
    int (*want)(const char *name);                        /* NULL: every regular file */
    void (*file)(void *ud, const char *path, const struct stat *st);
    void (*note)(void *ud, const char *path, const char *msg);   /* what was left out, and why */
    void *ud;
} ent_dir_walk_fns;

/* Walks `dir` (recorded in `seen` too, which may be shared by several
 * walks); 0, or -1 with errno when dir itself cannot be read. */
int ent_dir_walk(const char *dir, ent_dir_seen *seen, const ent_dir_walk_fns *f);

#endif
