/* wordlist.c - see wordlist.h. */
#define _POSIX_C_SOURCE 200809L
#include "wordlist.h"

#include <stdio.h>
#include <string.h>

int ent_wordlist_read(const char *path, ent_wordlist_fn fn, void *ud) {
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[4096];
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char *save = NULL, *lang = strtok_r(line, " \t\r\n", &save);
        if (!lang || lang[0] == '#') continue;
        char *cls = strtok_r(NULL, " \t\r\n", &save);
        if (!cls) continue;
        for (char *w = strtok_r(NULL, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) fn(ud, lang, cls, w, ln);
    }
    fclose(f);
    return 0;
}
