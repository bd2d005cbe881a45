/* analysis.h - the analysed sentence: what every consumer of a sentence reads.
 *
 * For each sentence of an article the analyzer builds, once:
 *   - its span and tokens (the text layer: ICU words, folded forms, stems);
 *   - its actor and place mentions (the dictionaries), with the article's
 *     short names: "Kim" after "Kim Jong Un" names the same person;
 *   - Hungarian morphology per token (Hunspell: lemma with preverb, part of
 *     speech, case, possession, verb forms);
 *   - its clauses: a clause id per token (cut at ; : ( ) and dashes, at a
 *     comma before a subordinating word, at "and"/"but" before a second
 *     past-tense verb);
 *   - its reporting frame: "according to X", "X szerint", a closing ",
 *     Interfax reported" / "— közölte az Interfax", an opening "Seoul said
 *     Pyongyang ...": the speaker's span and code, and the tokens of the
 *     frame (which name no actor of the reported event);
 *   - the phrase around each mention: the preposition that governs it
 *     (English), the postposition after it and the case of its head noun
 *     (Hungarian: "az amerikai termékekre" is a sublative phrase whose
 *     adjective names the actor);
 *   - English: a part of speech per token (src/text/postag.h), noun
 *     phrases with their heads, possessors, prepositions, "of" phrases,
 *     appositions and the antecedents of relative pronouns, and verb groups
 *     with their subject and object (analysis_en.c says how they are read).
 * The mood of a verb (hypothetical, future) is read from it with
 * ent_an_mood (mood.c).
 *
 * The coder's stages (actors, triggers, roles, mood, reports, coreference,
 * dates, location) and the treaty extractor read it; nothing changes it
 * after it is built. Word classes (prepositions, negation, reporting verbs,
 * ...) are data: data/grammar.txt and data/coref.txt.
 *
 * An analyzer borrows the text layer, dictionaries and verb patterns of its
 * thread (it is not thread-safe); sentences live in the caller's arena and
 * point back to the analyzer, which must outlive them.
 */
#ifndef ENT_ANALYSIS_H
#define ENT_ANALYSIS_H

#include "../base/arena.h"
#include "../base/err.h"
#include "../dict/dict.h"
#include "../ingest/ingest.h"
#include "../text/hun.h"
#include "../text/postag.h"
#include "../text/text.h"
#include "verbs.h"

#define ENT_AN_HUN 4   /* Hungarian analyses kept per token */

typedef struct ent_analyzer ent_analyzer;

/* The speaker of a report. kind: 0 none; 1 "according to X", "X szerint";
 * 2 a closing or opening "X said". */
typedef struct ent_reporter {
    int kind;
    uint32_t start, end;        /* the speaker's words (byte offsets) */
    char code[40];              /* "" when the speaker is no known actor */
    const ent_entry *entry;     /* the speaker's dictionary entry, or NULL */
} ent_reporter;

/* The phrase around mention i (ph[i]). */
typedef struct ent_phrase {
    const char *prep;           /* en: the preposition that governs it ("with", "by"), or NULL */
    uint32_t prep_at;           /* ... its token */
    const char *postp;          /* hu: the postposition right after it ("ellen", "között"), or NULL */
    const char *head_postp;     /* hu: an adjective of nationality ("az orosz olajvállalat ellen"):
                                 * the postposition after its head noun, or NULL */
    char head_tag[6];           /* ... or the case of its head noun ("az amerikai termékekre": SUB;
                                 * "MOD" when the phrase modifies another noun); "" none found */
} ent_phrase;

/* English phrase structure (analysis_en.c): a noun phrase. */
typedef struct ent_np {
    uint32_t start, end;   /* tokens [start, end) */
    uint32_t head;         /* its head: the last noun, name or pronoun */
    int32_t poss;          /* the possessor's token inside ("China's" in "China's drills"), or -1 */
    int32_t prep;          /* the preposition that governs it (token), or -1 */
    int32_t of;            /* the phrase after "of" ("hundreds of students"), or -1 */
    int32_t appos;         /* its apposition ("Abbas Araghchi, Iran's foreign minister,"), or -1 */
    int32_t rel;           /* a relative pronoun: the phrase it stands for ("Rwanda, which"), or -1 */
    int32_t conj;          /* the next member of its coordination ("Russia and North Korea"), or -1 */
} ent_np;

/* ... a verb group: auxiliaries, negation, adverbs and the verb. */
typedef struct ent_vg {
    uint32_t start, end;   /* tokens [start, end) */
    uint32_t main;         /* the verb */
    int32_t subj, obj;     /* the noun phrases of its subject and direct object, or -1 */
    uint8_t finite;        /* a tense (or a modal): not an infinitive, participle or -ing form */
    uint8_t passive;       /* a form of "be" and a past participle */
    uint8_t reduced;       /* a participle after its noun ("the truce proposed by Egypt"): subj is that noun */
    uint8_t shared;        /* its subject is another verb's ("met Xi and signed", ", calling it") */
} ent_vg;

typedef struct ent_sentence {
    ent_span span;
    ent_token *tok;
    size_t n;
    ent_mention *m;             /* actor and place mentions, in text order */
    size_t nm;
    /* the analysis */
    const ent_analyzer *an;     /* for word classes (ent_an_is) */
    const ent_article *a;
    size_t idx;                 /* the sentence's index in the article */
    const char *lang;
    int hu;                     /* Hungarian: case marks roles */
    const ent_hun_info **hun;   /* hu: hun[k * ENT_AN_HUN + i], i < nhun[k]; NULL otherwise */
    int *nhun;
    int *clause;                /* the clause id of each token, from 0 */
    uint8_t *report;            /* 1: the token belongs to the reporting frame */
    ent_reporter rep;
    ent_phrase *ph;             /* one per mention */
    /* English (analysis_en.c); NULL in other languages */
    uint8_t *pos;               /* a part-of-speech tag per token (postag.h) */
    ent_np *np;                 /* noun phrases, in text order */
    size_t nnp;
    ent_vg *vg;                 /* verb groups, in text order */
    size_t nvg;
    int32_t *np_at, *vg_at;     /* per token: its noun phrase and verb group, or -1 */
    uint32_t *wc;               /* per token: its word-class bits (ENT_WC_*) */
    int32_t *m_at;              /* per token: the mention covering it, or -1 */
} ent_sentence;

/* Loads data_dir/grammar.txt and data_dir/coref.txt (NULL: ent_data_dir()).
 * `v` may be NULL (no verb patterns: an opening "X said" is never a
 * reporting frame then). */
ent_analyzer *ent_analyzer_new(ent_text *t, ent_dict *d, const ent_verbs *v, const char *data_dir);
void ent_analyzer_free(ent_analyzer *an);

/* Analyses every sentence of an article: *out[0..*n) in `ar`. `date`
 * (YYYY-MM-DD) dates the roles of the actors named. */
int ent_analyze_article(ent_analyzer *an, const ent_article *a, const char *lang, const char *date, ent_arena *ar,
                        ent_sentence **out, size_t *n, ent_err *err);

/* Is the folded word w in word class cls (data/grammar.txt) of lang? */
int ent_an_word(const ent_analyzer *an, const char *lang, const char *cls, const char *w);
/* ... its 1-based position on its line in data/grammar.txt (ordered lists:
 * months, weekdays), or 0. */
int ent_an_word_pos(const ent_analyzer *an, const char *lang, const char *cls, const char *w);
/* The words of the first line of class cls of lang in data/grammar.txt, in
 * order (an ordered list: months, weekdays): *words[0..n), n returned. */
int ent_an_list(const ent_analyzer *an, const char *lang, const char *cls, const char *const **words);
/* Word classes read as bits, one lookup per word (the English phrase
 * structure tests them for every token): ENT_WC_NAMES lists them in the
 * order of their bits. */
#define ENT_WC_NAMES "be", "coord", "det", "gerundp", "neg", "nonfinite", "prep", "rel", "sub"
enum { ENT_WC_BE = 1, ENT_WC_COORD = 2, ENT_WC_DET = 4, ENT_WC_GERUNDP = 8, ENT_WC_NEG = 16, ENT_WC_NONFINITE = 32,
       ENT_WC_PREP = 64, ENT_WC_REL = 128, ENT_WC_SUB = 256 };
/* The class bits (ENT_WC_*) of the folded word w of lang. */
uint32_t ent_an_classes(const ent_analyzer *an, const char *lang, const char *w);

/* Is token k (k < s->n) a word of class cls in the sentence's language? */
int ent_an_is(const ent_sentence *s, size_t k, const char *cls);
/* The coreference type of a folded word (data/coref.txt), ENT_CO_NONE if none. */
enum { ENT_CO_NONE = 0, ENT_CO_LEADER, ENT_CO_STATE, ENT_CO_PARTY, ENT_CO_SELF, ENT_CO_THEY, ENT_CO_OTHER, ENT_CO_TWO,
       ENT_CO_OBJ, ENT_CO_OBJS };
int ent_an_coref(const ent_analyzer *an, const char *lang, const char *w);
/* The evidence of a speaker's statement: "data/grammar.txt:N" (the report line of lang). */
const char *ent_an_report_entry(const ent_analyzer *an, int hu);
/* The line of data/grammar.txt that puts word w in class cls of lang
 * ("data/grammar.txt:N", the evidence of an event read from a word class),
 * or NULL. */
const char *ent_an_class_entry(const ent_analyzer *an, const char *lang, const char *cls, const char *w);
const ent_verbs *ent_an_verbs(const ent_analyzer *an);

/* English: the noun phrase and the verb group of token k, or -1 (always
 * -1 without the part-of-speech model). */
int ent_an_en_np(const ent_sentence *s, size_t k);
int ent_an_en_vg(const ent_sentence *s, size_t k);

/* The mention covering token k, or -1. */
int ent_an_mention_at(const ent_sentence *s, size_t k);
/* Hungarian: the verb reading of token k, or NULL. */
const ent_hun_info *ent_an_hun_verb(const ent_sentence *s, size_t k);
/* Hungarian: does token k have lemma `lemma` (with part of speech pos, -1 any)? */
int ent_an_hun_lemma(const ent_sentence *s, size_t k, const char *lemma, int pos);
/* Hungarian: is token k a participle in some reading? */
int ent_an_hun_participle(const ent_sentence *s, size_t k);
/* Hungarian: is token k a possessed noun ("parádéján")? Its case tag in tag. */
int ent_an_hun_poss_noun(const ent_sentence *s, size_t k, char tag[6]);
/* Hungarian: the head of the noun phrase that starts at token `from` (after
 * an adjective of nationality): 1 with its case in tag ("az amerikai
 * termékekre": SUB; "MOD" when the phrase modifies another noun: "az ukrán
 * hadifoglyokkal szembeni"), or with *postp set to the postposition after it
 * ("az orosz olajvállalat ellen"); 0 when the head is nominative or not found. */
int ent_an_hu_head(const ent_sentence *s, size_t from, char tag[6], const char **postp);
/* Hungarian: the noun of an act that reading r of token k is, when Hunspell
 * gives only its verb root ("támadást": támad -> "támadás", "egyeztetés"):
 * 1 with the noun in out. */
int ent_an_hu_deverbal(const ent_sentence *s, size_t k, int r, char *out, size_t cap);
/* Hungarian: the place of the noun at token k, the mention index or -1: an
 * adjective right before it ("kijevi látogatásán") or a place in a case of
 * place before its participle ("a Gázai övezetben tett látogatásán"). */
int ent_an_hu_noun_place(const ent_sentence *s, size_t k);
/* Is a Hungarian case tag one of place (INE, SUP, ADE, ILL, ELA, TER)? */
int ent_an_locative(const char *tag);
/* Is token t a dash (–, —, -, --)? */
int ent_an_is_dash(const ent_sentence *s, const ent_token *t);

/* The segment of token k: the part of its clause between commas, semicolons,
 * colons, dashes and the words of class segbreak (while, whereas, but; míg,
 * de, hogy): tokens [*lo, *hi). Framing, conditions and the party that acts
 * are read within it ("X calls it an alliance, while Y prefers ..."). */
void ent_an_segment(const ent_sentence *s, size_t k, size_t *lo, size_t *hi);

/* The mood of the verb at token k: "hypothetical" (a condition, "would",
 * a question, a Hungarian conditional or imperative), "future", or NULL. */
const char *ent_an_mood(const ent_sentence *s, size_t k);

#endif
