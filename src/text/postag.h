/* postag.h - English part-of-speech tags: a greedy averaged perceptron.
 *
 * The model (data/pos/en.txt; trained on Universal Dependencies English EWT
 * by scripts/postag-train.c, see data/pos/README.md) tags the tokens of a
 * sentence as the text layer cuts them: "China's", "didn't", "U.S.-made"
 * are one token each, tagged as their syntactic head (PROPN, AUX, VBN).
 * The tags are UD's universal parts of speech with the verb split by form
 * (VB base, VBD past, VBN past participle, VBG -ing form, VBP present);
 * AUX is one tag whatever its form.
 *
 * Left to right, a token takes the best-scoring tag from features of the
 * word, its suffix, prefix and shape, the two words on either side and the
 * two tags before it; a frequent word seen with one tag only takes that tag
 * without scoring. A loaded model is read-only and may be shared by threads.
 *
 * The trainer (ent_pos_trainer_*) is the same module so that training and
 * tagging read the same features; only scripts/postag-train.c uses it.
 */
#ifndef ENT_POSTAG_H
#define ENT_POSTAG_H

#include "../base/err.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

enum ent_pos {
    ENT_POS_X = 0,   /* other: symbols, interjections, foreign words, typos */
    ENT_POS_NOUN,
    ENT_POS_PROPN,
    ENT_POS_PRON,
    ENT_POS_DET,
    ENT_POS_ADJ,
    ENT_POS_ADV,
    ENT_POS_ADP,
    ENT_POS_CCONJ,
    ENT_POS_SCONJ,
    ENT_POS_PART,
    ENT_POS_NUM,
    ENT_POS_PUNCT,
    ENT_POS_AUX,
    ENT_POS_VB,      /* base form: "will meet", "to meet", imperative */
    ENT_POS_VBD,     /* past tense: "met" */
    ENT_POS_VBN,     /* past participle: "was attacked", "the truce proposed by" */
    ENT_POS_VBG,     /* -ing form */
    ENT_POS_VBP,     /* present tense: "meets", "meet" */
    ENT_POS_N
};

/* "NOUN", "VBD", ... for a tag; the tag of a name, or -1. */
const char *ent_pos_name(int tag);
int ent_pos_from_name(const char *name);
/* Is the tag a verb (VB..VBP, not AUX)? */
static inline int ent_pos_verb(int tag) { return tag >= ENT_POS_VB && tag <= ENT_POS_VBP; }

typedef struct ent_pos_model ent_pos_model;

/* Reads a model file (the format is described at the top of data/pos/en.txt). */
ent_pos_model *ent_pos_load(const char *path, ent_err *err);
void ent_pos_free(ent_pos_model *m);
/* The number of features and tag-dictionary words of a model. */
void ent_pos_size(const ent_pos_model *m, size_t *features, size_t *words);

/* Tags tok[0..n) (a sentence of `text`) into tags[0..n). */
void ent_pos_tag(const ent_pos_model *m, const char *text, const ent_token *tok, size_t n, uint8_t *tags);

/* ---- training ---- */

typedef struct ent_pos_trainer ent_pos_trainer;

ent_pos_trainer *ent_pos_trainer_new(void);
void ent_pos_trainer_free(ent_pos_trainer *tr);
/* Counts the words of a training sentence for the tag dictionary; call for
 * every sentence before the first ent_pos_trainer_learn. */
void ent_pos_trainer_count(ent_pos_trainer *tr, const char *text, const ent_token *tok, size_t n, const uint8_t *gold);
/* One perceptron pass over a sentence; returns how many tokens it tagged
 * right before updating. */
size_t ent_pos_trainer_learn(ent_pos_trainer *tr, const char *text, const ent_token *tok, size_t n, const uint8_t *gold);
/* Averages the weights, drops the features whose largest weight is below
 * `min_weight`, and writes the model: `header` (comment lines, each
 * starting with '#') first. */
int ent_pos_trainer_save(ent_pos_trainer *tr, const char *path, const char *header, double min_weight, ent_err *err);

#endif
