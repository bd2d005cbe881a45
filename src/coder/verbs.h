/* verbs.h - verb (event) dictionaries: data/verbs/LANG.txt.
 *
 *   CODE  LANG  FLAGS  PATTERN
 *   057   en    sym    sign {agreement|treaty} with +
 *   163   hu    -      bevezet {szankció} +ellen
 * The first word of PATTERN is the trigger lemma (English base form or
 * noun; Hungarian Hunspell lemma with its preverb); {a|b} is a word that
 * must appear in the clause; ^{a|b} (or ^word) a word among the three words
 * before the trigger in its clause; other English words are particles that
 * must follow in order; + marks the target: after a preposition, right after the
 * trigger (direct object), or as a Hungarian case (+DAT) or postposition
 * (+ellen). FLAGS: sym, noun, say, back=CODE (the target does CODE to the
 * source in return), obj (each {…} word is the last word of a phrase among
 * the few words after the trigger: its object, "attacked the government",
 * not "attacked government forces"), rev (the target does it to the
 * source: "X drew condemnation from Y" is Y 111 X), or -. CODE --- blocks
 * the event.
 * English irregular forms come from data/morph/en-verbs.txt.
 */
#ifndef ENT_VERBS_H
#define ENT_VERBS_H

#include "../base/err.h"
#include "../text/text.h"

#include <stddef.h>

#define ENT_VP_MAX_GROUPS 4
#define ENT_VP_MAX_ALTS 48
#define ENT_VP_MAX_LITS 4

typedef struct ent_vgroup {
    const char *alt[ENT_VP_MAX_ALTS];   /* folded words */
    const char *stem[ENT_VP_MAX_ALTS];  /* their stems (en), or NULL */
    uint16_t len[ENT_VP_MAX_ALTS];      /* strlen(alt[i]) */
    uint8_t multi[ENT_VP_MAX_ALTS];     /* alt[i] has several words */
    uint16_t bit[ENT_VP_MAX_ALTS];      /* en: ent_verbs_word_bit of alt[i] */
    uint16_t stem_bit[ENT_VP_MAX_ALTS]; /* en: ... of stem[i] */
    int n;
} ent_vgroup;

typedef struct ent_vpat {
    char code[5];            /* "057", "---" */
    char lang[8];
    const char *lemma;       /* folded trigger lemma */
    uint8_t sym, noun, say, block;
    uint8_t obj;             /* the {…} words are the trigger's object (English: after it, near, ending their phrase) */
    uint8_t rev;             /* the target does it to the source ("drew condemnation from +") */
    char back[5];            /* back=CODE: the target does CODE to the source (fogad: the guest visits, 042) */
    ent_vgroup groups[ENT_VP_MAX_GROUPS];
    int ngroups;
    ent_vgroup pre;          /* ^{a|b}: a word among the three before the trigger ("at a rare meeting") */
    uint8_t has_pre;
    const char *lits[ENT_VP_MAX_LITS];  /* English particles after the trigger */
    int nlits;
    int target;              /* 0 none given, 1 direct object, 2 after prep, 3 case, 4 postposition */
    const char *target_prep; /* en preposition, hu postposition */
    char target_case[6];     /* hu case tag */
    int specificity;
    const char *source;      /* data/verbs/en.txt:12 */
} ent_vpat;

typedef struct ent_verbs ent_verbs;

ent_verbs *ent_verbs_new(ent_text *t, const char *data_dir);
void ent_verbs_free(ent_verbs *v);
/* Every data/verbs file and data/morph/en-verbs.txt; bad lines -> diag.
 * The hand-written LANG.txt loads before converted LANG-SOURCE.txt files:
 * at equal specificity the pattern loaded first wins. */
int ent_verbs_load_builtin(ent_verbs *v, const ent_diag *diag, ent_err *err);
int ent_verbs_load_file(ent_verbs *v, const char *path, const char *display, const ent_diag *diag, ent_err *err);

/* Patterns whose trigger key is `key` in `lang` (key: the lemma's stem for
 * English, the lemma for Hungarian). */
const ent_vpat *const *ent_verbs_find(const ent_verbs *v, const char *lang, const char *key, size_t *n);

/* English: the lemma of an irregular form ("met" -> "meet"), or NULL. */
const char *ent_verbs_irregular(const ent_verbs *v, const char *form);
/* English: is the folded word a form of the lemma: itself, a regular
 * inflection (-s, -es, -ies, -ed, -d, -ied, -ing, e dropped, final
 * consonant doubled) or a form data/morph/en-verbs.txt lists for it?
 * "meeting", "met" of "meet" and "talks" of "talk" are; "condemnation" of
 * "condemn" and "commandeer" of "command" are not. */
int ent_verbs_form_of(const ent_verbs *v, const char *lemma, const char *word);

size_t ent_verbs_count(const ent_verbs *v);

/* A word's bit (0..511) in a sentence's word filter: the matcher looks
 * for a {…} group's words in a clause only when one of their bits is set. */
static inline unsigned ent_verbs_word_bit(const char *w) {
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (; *w; w++) h = (h ^ (uint8_t)*w) * 16777619u;
    return h & 511;
}

#endif
