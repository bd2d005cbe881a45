/* dict.h - actor and agent dictionaries, compiled into one matcher.
 *
 * Sources: the project's own files (data/actors/ and data/agents/,
 * format in data/README.md), country names generated from ICU's CLDR display
 * names, and TABARI/PETRARCH .actors/.agents files. Every name is tokenised
 * with the text layer and indexed by its first token's folded form and by its
 * Snowball stem, so inflected text (Oroszországgal, Russlands, России) finds
 * the base form. Bad dictionary lines are reported through ent_diag as
 * FILE:LINE: reason and skipped; the rest loads.
 *
 * ent_dict_match finds the actor mentions of one sentence: longest match
 * wins; a country or demonym next to a role noun combines into one actor
 * ("észak-koreai vezető" -> PRKGOV, "Russian troops" -> RUSMIL); a person's
 * code follows the article date; a place in a locative case, after a
 * locative preposition, or used as an adjective is a location.
 *
 * A dict is not thread-safe while languages are still being added (CLDR
 * names load lazily per article language); matching is read-only otherwise.
 */
#ifndef ENT_DICT_H
#define ENT_DICT_H

#include "../base/arena.h"
#include "../base/date.h"
#include "../base/err.h"
#include "../text/text.h"

#include <stddef.h>
#include <stdint.h>

enum ent_kind {
    ENT_K_COUNTRY = 0, ENT_K_ADJ, ENT_K_CAPITAL, ENT_K_CITY, ENT_K_IGO, ENT_K_PERSON,
    ENT_K_GROUP, ENT_K_AGENT, ENT_K_DISCARD, ENT_K__COUNT
};

const char *ent_kind_name(int kind);
int ent_kind_parse(const char *s);   /* -1 if unknown */

typedef struct ent_entry {
    const char *code;    /* RUS, PRKGOV, IGOEUREEC, ~GOV (agents) */
    const char *name;    /* canonical name (first on its line) */
    const char *source;  /* data/actors/people.txt:12, cldr:hu:RU, FILE:LINE */
    int32_t from, to;    /* YYYYMMDD; 0 = open */
    uint8_t kind;        /* enum ent_kind */
    uint8_t own;         /* CLDR name in the country's own language: any article */
    char lang[8];        /* "" = any language */
} ent_entry;

typedef struct ent_dict ent_dict;

typedef struct ent_dict_opts {
    int no_builtin;        /* skip data/actors, data/agents */
    int all_languages;     /* CLDR names of every locale, not just the article's */
} ent_dict_opts;

/* `t` tokenises names (borrowed; must outlive the dict). */
ent_dict *ent_dict_new(ent_text *t, const char *data_dir, const ent_dict_opts *o);
void ent_dict_free(ent_dict *d);

/* Loads the built-in dictionaries (unless no_builtin) and CLDR names for en,
 * hu and each country's own language. Returns 0 or an error in *err; bad
 * lines go to `diag` and are counted. */
int ent_dict_load_builtin(ent_dict *d, const ent_diag *diag, ent_err *err);

/* Loads one file: own format, or TABARI/PETRARCH when the name ends in
 * .actors/.agents or `tabari` is set. `display` is the name used in
 * evidence (NULL = path). Returns the number of bad lines, -1 on I/O error. */
int ent_dict_load_file(ent_dict *d, const char *path, const char *display, int tabari_agents,
                       const ent_diag *diag, ent_err *err);

/* The dict's Hungarian analyser (Hunspell), for other stages of the same
 * thread to borrow: the hu_HU dictionary takes ~0.3 s to open, once. */
struct ent_hun *ent_dict_hun(ent_dict *d);

/* Makes sure CLDR names of `lang` are loaded (cheap when they are). */
void ent_dict_need_lang(ent_dict *d, const char *lang);

typedef struct ent_mention {
    uint32_t tok_start, tok_end;  /* token indexes, end exclusive */
    uint32_t start, end;          /* byte offsets in the article text */
    const ent_entry *entry;       /* main entry (person, country, capital, ...) */
    const ent_entry *agent;       /* role noun combined with it, or NULL */
    char code[40];                /* the resolved code at the article date */
    char tag[6];                  /* case tag of the head word ("" = unmarked) */
    uint8_t location;             /* a place, not an actor */
} ent_mention;

/* Finds mentions in tokens tok[0..n) of `text`. `date` is YYYYMMDD. The
 * result array lives in `ar`. Bare role nouns ("the government") come out
 * with entry == NULL, agent set and code "~GOV". */
int ent_dict_match(ent_dict *d, const char *text, const ent_token *tok, size_t n, const char *lang,
                   int32_t date, ent_arena *ar, ent_mention **out, size_t *count);

typedef struct ent_dict_stats {
    size_t entries[ENT_K__COUNT];
    size_t names, patterns, bad_lines;
    size_t variants;       /* names added by data/actors/name-variants.rules */
} ent_dict_stats;
void ent_dict_get_stats(const ent_dict *d, ent_dict_stats *s);

/* Calls fn for every (lang, kind, count) and every name shared by entries
 * with different country codes. */
typedef void (*ent_dict_lang_fn)(void *ud, const char *lang, int kind, size_t n);
typedef void (*ent_dict_collision_fn)(void *ud, const char *name, const ent_entry *a, const ent_entry *b);
void ent_dict_walk(const ent_dict *d, ent_dict_lang_fn lf, ent_dict_collision_fn cf, void *ud);

/* A hash (16 hex digits) of every dictionary file in data_dir (when
 * builtin) and of the `extra` files: what coded an article. */
void ent_dict_fingerprint(const char *data_dir, const char *const *extra, int nextra, int builtin, char out[17]);

/* The compiled-dictionary cache (cache.c). A diagnostic kept with it is
 * replayed on every load from the cache, so warnings do not vanish. */
typedef struct ent_dict_diag {
    const char *file, *msg;
    long line;
} ent_dict_diag;

/* The key of a dictionary set: its files' contents, ICU version, format. */
uint64_t ent_dict_cache_key(const char *data_dir, const char *const *files, const int *agents, int n, int builtin);
/* 0 on success; the dict must be freshly created (no names loaded). */
int ent_dict_cache_load(ent_dict *d, const char *path, uint64_t key, const ent_diag *diag);
int ent_dict_cache_save(const ent_dict *d, const char *path, uint64_t key, const ent_dict_diag *diags, size_t ndiags);

/* ent_date_int (YYYY-MM-DD -> YYYYMMDD): base/date.h. */

#endif
