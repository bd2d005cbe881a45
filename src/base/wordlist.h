/* wordlist.h - the one reader of entente's word lists (data/grammar.txt and
 * every file of its form): UTF-8 text, one class of words a line,
 *   LANG CLASS WORD...      e.g. "en locprep in at near"
 * `#` opens a comment line; one class may span several lines. */
#ifndef ENT_WORDLIST_H
#define ENT_WORDLIST_H

/* Called for each word; `line` is its line number. */
typedef void (*ent_wordlist_fn)(void *ud, const char *lang, const char *cls, const char *word, long line);

/* Reads path; 0, or -1 when it cannot be opened (a missing list is empty). */
int ent_wordlist_read(const char *path, ent_wordlist_fn fn, void *ud);

#endif
