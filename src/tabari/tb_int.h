/* tb_int.h - internals shared by the tabari module's files (not installed). */
#ifndef ENT_TB_INT_H
#define ENT_TB_INT_H

#include "tabari.h"
#include "../base/strmap.h"

#include <stdint.h>

/* word types (TABARI's) */
enum {
    W_NULL = 0, W_ACTOR, W_AGENT, W_VERB, W_TIME, W_ATTRIB, W_DETERM, W_NOUN, W_ADJ, W_AUXIL, W_BY,
    W_COMMA, W_PRONOUN, W_CONJ, W_PREP, W_NUMBER, W_NULLTAG, W_HALT
};

/* connectors after a phrase element (TABARI's values) */
#define C_PART 0x4000   /* a partial (stem) match is allowed */
#define C_SKIP 0x0400   /* words may come between this and the next element */
#define C_EQUAL 0x0010  /* no regular endings */
#define C_SYN 0x0002    /* the element is a synset */

/* pattern symbols (negative element values) */
enum { S_VERB = -1, S_SRC = -2, S_TGT = -3, S_CMP = -4, S_SKIP = -5, S_ATTR = -6, S_OPEN = -7, S_OR = -8, S_CLOSE = -9 };

typedef struct tb_el {
    int32_t v;          /* literal id (> 0), symbol (< 0), synset index when conn & C_SYN */
    uint16_t conn;
} tb_el;

typedef struct tb_lit {
    const char *s;
    uint16_t len;
    uint32_t roots;     /* first root starting with this literal (1-based), 0 none */
    uint32_t start0, nstart;   /* the same roots in tb->starts (after ent_tabari_finish) */
} tb_lit;

typedef struct tb_start {  /* a root by its first literal, with its second element */
    uint32_t root;
    int32_t second;     /* literal id of the second element, 0 when none or not a word */
} tb_start;

typedef struct tb_acode {   /* one actor code, maybe dated */
    const char *code;       /* "ISR", "GME/GMW", "---", "###", "+++" */
    int32_t from, to;       /* YYYYMMDD, 0 = open; both 0 = the default */
} tb_acode;

typedef struct tb_root {
    uint32_t el;            /* first element in tb->els */
    uint16_t nel;
    uint8_t wtype;
    uint32_t next;          /* next root starting with the same literal (1-based) */
    uint32_t acode, nacode; /* actors: codes in tb->acodes */
    const char *code;       /* agents ("~GOV"), verbs (own code, NULL = group's), time */
    uint32_t group;         /* verbs: pattern group (1-based) */
    uint32_t parent;        /* actors: the first phrase of a synonym set (1-based), 0 = itself */
    const char *text;       /* the phrase as written */
    const char *src;        /* FILE:LINE */
} tb_root;

typedef struct tb_pat {
    uint32_t el;
    uint16_t nel;
    const char *code;       /* "064", "032:033", "023?", "111!", "---" */
    int len, maxalt;
    uint32_t group, seq;
    const char *src;
} tb_pat;

typedef struct tb_group {   /* a verb and its forms share one pattern list */
    const char *code;       /* main code or NULL */
    uint32_t pat0, npat;
    uint8_t wtype;          /* W_VERB or W_TIME */
} tb_group;

typedef struct tb_synset {
    const char *name;       /* "&CURRENCY" */
    uint32_t pat0, npat;    /* its members, as patterns (code NULL) */
} tb_synset;

typedef struct tb_label {
    const char *code, *text;
} tb_label;

typedef struct tb_opts {
    int code_mode;          /* 0 clause, 1 sentence, 2 all */
    int cplx_verbs, cplx_conj, cplx_actors, cplx_pronouns;
    int noactprior, noactafter, noverb;
    int comma_off;
    int cmin, cmax, emin, emax, bmin, bmax;
    int convert_agents;
    int min_words;
    int time_shift;         /* -1: on when <TIME> phrases were read */
    const char *def_src, *def_tgt;
    int def_prior, def_after;
    int same_actors;        /* keep events whose source equals target */
    int fwd_on;             /* FORWARD: pronouns may refer to the previous record */
    char fwd_fmt[32];       /* its sequence format, "^^*****NNN*SSS" */
} tb_opts;

/* Every prefix of every literal, hashed incrementally (FNV-1a) so that a
 * text word's prefixes are looked up one character at a time; the value is
 * (literal id << 2) | 1 a literal | 2 longer literals exist. */
#define TB_FNV0 1469598103934665603ull
#define TB_FNV(h, c) (((h) ^ (unsigned char)(c)) * 1099511628211ull)

struct ent_tabari {
    ent_arena ar;
    ent_strmap litmap;      /* literal -> id */
    ent_strmap prefixes;    /* every prefix of every literal (keys borrowed from lits) */
    tb_lit *lits;
    size_t nlits, caplits;
    tb_el *els;
    size_t nels, capels;
    tb_root *roots;
    size_t nroots, caproots;
    tb_start *starts;
    tb_acode *acodes;
    size_t nacodes, capacodes;
    tb_pat *pats;
    size_t npats, cappats;
    tb_pat *spats;          /* synset members */
    size_t nspats, capspats;
    tb_group *groups;
    size_t ngroups, capgroups;
    tb_synset *syns;
    size_t nsyns, capsyns;
    tb_label *labels;
    size_t nlabels, caplabels;
    uint32_t lit_and, lit_nor, lit_the, lit_he, lit_him, lit_she, lit_her, lit_it;
    uint32_t root_former;
    size_t bad_lines, nactors, nagents, nverbs, nnouns, ntimes;
    int finished;
    tb_opts o;
};

/* dict.c */
uint32_t tb_prefix_get(const ent_tabari *tb, const char *s, size_t len, uint64_t h);
uint32_t tb_literal(ent_tabari *tb, const char *s, size_t n);
uint32_t tb_lookup_literal(const ent_tabari *tb, const char *s);
/* Parses a phrase ("ISRAELI_PRIME_MINISTER", "- * TREATY", "+ WAS * BY $")
 * into elements; returns the element count or -1 (unknown synset...). */
int tb_phrase(ent_tabari *tb, const char *s, uint32_t *el, const char **why);
const char *tb_label_of(const ent_tabari *tb, const char *code);

#endif
