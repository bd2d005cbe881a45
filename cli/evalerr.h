/* evalerr.h - the error classes of `entente eval --errors`.
 *
 * Every error of a scored item (a missed gold triple, a false event) gets
 * one class, computed from what the coder saw: its sentences (analysis.h:
 * spans, actor and place mentions, the reporting frame), its triggers
 * (ent_coder_triggers: each word that matched a verb pattern, the code its
 * events got after mood, or why none was made) and its events. Keys are
 * (source key, CAMEO root, target key) as eval scores them; an actor is
 * "found" when a mention the coder found in the item, or before it in the
 * article (its context), or an actor of one of the item's coded events,
 * has its key; a name before the item counts only when the item has a word
 * that may refer back to it (a word of data/coref.txt, a bare role noun:
 * "the ministry") or is Hungarian (a dropped subject). The item's
 * reference sentences are the item itself for a
 * `>` line (one sentence a line, tests/real/GUIDE.md 1), else (a TABARI
 * record, a gold item) its text cut at each line end after . ! or ?
 * (closing quotes and brackets allowed).
 *
 * A missed triple S R T is, the first rule that holds:
 *   Splitting    S, T and a trigger of root R are found in one reference
 *                sentence, but no sentence of the coder inside it holds all
 *                three (split), or the one that does crosses its boundary
 *                (merged);
 *   Conventions  the coder coded S R T but not as a fact (negated,
 *                hypothetical, future); or coded S R' T, not a gold
 *                triple, with R' a convention partner of R (below); or S
 *                or T is named in
 *                the item only inside the reporting frame (the report took
 *                the actor of the reported act);
 *   Actors       S or T is not found;
 *   Conventions  R is 14 (a protest) and a trigger of root 14 fired: the
 *                protest's source or target;
 *   Verbs        no trigger of root R (its pattern's or its final code's)
 *                fired in the item;
 *   Attachment   otherwise: the trigger and both actors were there, the
 *                roles were assigned otherwise.
 * A false event S R T (coded as a fact, not a gold or `?` triple):
 *   Splitting    its trigger's sentence is not a reference sentence, and
 *                S or T lies in another reference sentence than the
 *                trigger (merged), or is not named in the trigger's
 *                sentence but is named elsewhere in the trigger's reference
 *                sentence (split);
 *   Conventions  the gold marks S R T as not factual (`~`); or the gold
 *                has S R' T, not coded, with R' a convention partner of
 *                R; or R is 01
 *                (a statement where the gold has none for this pair); or
 *                the mood stage recoded its trigger (an intention 03x, a
 *                refusal 12x, a threat 13x, a statement declined 011); or
 *                R is 14 and the gold has a protest by S (its target);
 *   Actors       the gold names actors in the item (in any =, ? or ~
 *                triple) and S or T is none of them: a wrong actor (a city
 *                read as a group); a `-` item names none, its false events
 *                fall to the rules below;
 *   Attachment   the gold has T R S (the direction);
 *   Verbs        the gold has a triple between S and T with another root
 *                (a wrong sense), or no gold triple of the item has root R
 *                (a trigger that is no event here);
 *   Attachment   otherwise: root R is in the gold between other actors.
 * Convention partners (GUIDE.md 4): 01 and any root (a report codes what is
 * reported); 03 and 04-08 or 12 (an intention vs the act or a refusal); 12
 * and 04-08 (a refusal vs the negated act); 13 and 15-20 (a threat vs the
 * act).
 */
#ifndef ENT_EVALERR_H
#define ENT_EVALERR_H

#include "../src/coder/coder.h"

#include <stddef.h>

#define EE_KEYS_MAX 64

/* A set of triple keys "SRC RR TGT". */
typedef struct ee_keyset {
    char k[EE_KEYS_MAX][24];
    int n;
} ee_keyset;

/* An actor's key: its country, else the code's first six characters. */
void ee_actor_key(const char *code, char out[8]);
void ee_key_of(const char *src, const char *code, const char *tgt, char out[24]);
int ee_has(const ee_keyset *s, const char *k);
void ee_add(ee_keyset *s, const char *k);

enum ee_class { EE_ACTORS, EE_VERBS, EE_ATTACHMENT, EE_CONVENTIONS, EE_SPLITTING, EE_NCLASS };
extern const char *const ee_class_name[EE_NCLASS];

/* What the coder saw of one article (all borrowed). */
typedef struct ee_article {
    const char *text;
    const ent_sentence *ss;
    size_t ns;
    const ent_trigger *tr;
    size_t ntr;
    const ent_event *ev;
    size_t nev;
} ee_article;

/* One scored item. */
typedef struct ee_item {
    size_t start, end;          /* its span in the article's text */
    int one_sentence;           /* a `>` line: one reference sentence */
    const ee_keyset *gold, *alt, *nonfact;
    const ee_keyset *got;       /* the keys coded as facts in the item */
} ee_item;

/* The class of a missed gold key, and a few words on why (static). */
int ee_missed(const ee_article *a, const ee_item *it, const char *key, const char **why);
/* The class of a false key (coded as a fact in the item, not gold, not `?`). */
int ee_false(const ee_article *a, const ee_item *it, const char *key, const char **why);

#endif
