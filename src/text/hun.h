/* hun.h - Hungarian morphology through Hunspell's hu_HU dictionary.
 *
 * ent_hun_analyze returns what Hunspell says of a word, reduced to what the
 * coder needs: the lemma (a verb with its preverb: aláírta -> aláír), the
 * part of speech, the case (INS, DAT, ACC, ... as in data/morph/hu.txt),
 * possession, and for verbs tense, mood and definiteness. The dictionary is
 * opened on first use (only when Hungarian text appears) and analyses are
 * cached per word form. One handle per thread.
 */
#ifndef ENT_HUN_H
#define ENT_HUN_H

#include <stdint.h>

enum ent_hun_pos { ENT_HUN_OTHER = 0, ENT_HUN_VERB, ENT_HUN_NOUN, ENT_HUN_ADJ, ENT_HUN_PREVERB,
                   ENT_HUN_POSTP, ENT_HUN_NEG, ENT_HUN_PROPER };

typedef struct ent_hun_info {
    const char *lemma;    /* preverb + stem for verbs; stem otherwise (NULL = unknown word) */
    const char *stem;     /* stem without preverb */
    uint8_t pos;          /* enum ent_hun_pos */
    char tag[6];          /* case tag, "" = nominative / none */
    uint8_t poss;         /* carries a possessive suffix (vezetője, parádéján) */
    uint8_t plural;
    uint8_t past, cond, infinitive, imper, def, participle;
} ent_hun_info;

typedef struct ent_hun ent_hun;

ent_hun *ent_hun_new(void);
void ent_hun_free(ent_hun *h);

/* Up to `max` analyses of `word` (surface form, UTF-8); returns their count
 * (0: unknown word, a word over ENT_HUN_MAX_WORD bytes or with a byte four
 * times in a row, or no dictionary).
 * Results live as long as the handle. */
#define ENT_HUN_MAX_WORD 120
int ent_hun_analyze(ent_hun *h, const char *word, const ent_hun_info **out, int max);

/* 1 if the hu_HU dictionary could be opened. */
int ent_hun_available(ent_hun *h);

#endif
