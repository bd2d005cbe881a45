/* dict_int.h - internals shared by the dict module's files (not installed). */
#ifndef ENT_DICT_INT_H
#define ENT_DICT_INT_H

#include "dict.h"
#include "../base/utf8.h"
#include "../base/strmap.h"
#include "../text/hun.h"
#include "../text/morph.h"

#include <stdio.h>

typedef struct dict_pat {
    const char **tok;     /* folded tokens */
    const char **stem;    /* Snowball stems (NULL where none or short) */
    const char *raw;      /* original text when exact_case */
    uint32_t entry;
    uint8_t ntok, exact_case, upper;
} dict_pat;

typedef struct form_list {
    ent_form *v;
    int n;
} form_list;

typedef struct posting {
    uint32_t pat, next;
} posting;

typedef struct dict_vrule dict_vrule;   /* a spelling rule (variants.c) */

struct ent_dict {
    ent_text *text;
    ent_morph *morph;
    ent_hun *hun;          /* Hungarian analyses (opened on first use) */
    char *data_dir;
    ent_dict_opts opts;
    ent_arena ar, tmp;
    ent_entry *entries;
    size_t nentries, capentries;
    dict_pat *pats;
    size_t npats, cappats;
    posting *post;
    size_t npost, cappost;
    ent_strmap exact, stems;   /* folded first token / stem key -> head of its postings (1-based) */
    size_t nnames, bad_lines;
    char **langs;          /* CLDR languages loaded */
    size_t nlangs;
    int case_free;         /* names being added match in any letter case */
    ent_strmap formcache;  /* "lang\x1fword" -> forms + 1 */
    form_list *forms;
    ent_arena formar;
    size_t nforms, capforms;
    ent_strmap locprep;    /* "lang\x1fword": prepositions after which a place is a location */
    dict_vrule *vrules;    /* data/actors/name-variants.rules */
    size_t nvrules, nvariants;
    int vrule_bad;         /* bad rule lines (skipped) */
    void *translit;        /* ICU Latin-ASCII transliterator, opened on first use */
    ent_strmap country_ix; /* country code -> entry index + 1 (match.c, built on use) */
    size_t country_ix_n;   /* entries indexed so far */
};

uint32_t dict_add_entry(ent_dict *d, const char *code, int kind, const char *lang, const char *name,
                        const char *source, int32_t from, int32_t to);
int dict_add_name(ent_dict *d, uint32_t ei, const char *name);
void dict_reindex(ent_dict *d);

int dict_sniff_tabari(FILE *f);
int dict_load_tabari(ent_dict *d, FILE *f, const char *display, int agents, const ent_diag *diag);

/* Spelling variants (variants.c): the rules load with the dict; each name
 * of an own-format line gets its variants added to the same entry. `seen`
 * holds the line's names and variants (no duplicates). */
void dict_variants_load(ent_dict *d);
void dict_variants_free(ent_dict *d);
void dict_add_variants(ent_dict *d, uint32_t ei, const char *name, ent_strmap *seen);

void dict_cldr_own_languages(ent_dict *d);
void dict_cldr_all(ent_dict *d);

#endif
