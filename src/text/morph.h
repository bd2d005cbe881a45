/* morph.h - inflection-aware lookup forms.
 *
 * Dictionaries hold names in base form; text inflects them. For a folded
 * word, ent_morph_forms lists the forms under which it may stand in a
 * dictionary, each with the grammatical tag of what was stripped, in order
 * of preference: the word itself (tag ""), then de-inflected stems.
 * Suffix tables are data: data/morph/LANG.txt (hu, en). Every language also
 * gets the apostrophe split (Rusya'ya -> rusya). Snowball stems are the
 * matcher's last resort and are not listed here.
 */
#ifndef ENT_MORPH_H
#define ENT_MORPH_H

#include "../base/err.h"

#define ENT_MORPH_MAX 32
#define ENT_FORM_MAX 96

typedef struct ent_form {
    char form[ENT_FORM_MAX];
    char tag[6];      /* "" for the word itself; ACC, DAT, INS, ..., GEN, PL */
} ent_form;

typedef struct ent_morph ent_morph;

ent_morph *ent_morph_new(const char *data_dir);
void ent_morph_free(ent_morph *m);

/* Fills out[0..n) and returns n (>= 1). */
int ent_morph_forms(ent_morph *m, const char *lang, const char *word, ent_form *out, int max);

/* 1 for the languages whose tables are complete enough that Snowball
 * stems must not be used for names (hu, en): stems there over-match
 * (Cseh ~ Csehia). */
int ent_morph_has_table(ent_morph *m, const char *lang);

/* Long name of a case tag for output ("INS" -> "instrumental"); NULL if none. */
const char *ent_morph_case_name(const char *tag);

#endif
