/* dir.h - the names in a directory, sorted, for reading data files and
 * article folders in a stable order on every machine.
 *
 * Names starting with '.' are skipped; with a suffix, only names longer than
 * it that end with it are kept. The caller owns the array and each name:
 * ent_dir_names_free releases them.
 */
#ifndef ENT_DIR_H
#define ENT_DIR_H

#include <stddef.h>

/* Returns 0 with *names and *n set, or -1 (errno set) when dir cannot be opened. */
int ent_dir_names(const char *dir, const char *suffix, char ***names, size_t *n);
void ent_dir_names_free(char **names, size_t n);

#endif
