/* tabari.h - TABARI's coding semantics over TABARI/PETRARCH dictionaries.
 *
 * A researcher's TABARI (.actors, .agents, .verbs, .options) or PETRARCH
 * (CAMEO.2.0.txt style verb blocks, Phoenix actors) dictionaries load into
 * one compiled matcher: every word of every phrase becomes a literal, text
 * words are matched to literals by TABARI's stem rule (a literal matches a
 * word it is a prefix of; `_` asks for the whole word, with the regular
 * endings -S -'S -ES -ED -EN -ING), and each word position takes the root
 * (actor, agent, verb, noun, adjective...) that matches the most characters.
 *
 * Coding follows the TABARI 0.8 manual (../shared/peers/tabari/TABARI-
 * manual.txt) step by step: text filter, roots, nouns by determiner or
 * capital, compound actors, comma-delimited clauses, conjunction clauses,
 * pronouns, discards, complexity; then per clause the verbs' patterns
 * longest first (`*` verb, `$` source, `+` target, `%` compound, `^` skip,
 * `_` consecutive, `~` stem then consecutive, `&SET` synsets, `{a|b}`
 * alternatives), default source/target search, passive voice, agents,
 * paired [A:B], subordinate `?`, dominant `!`, null [---], discard [###],
 * complex [+++], coded compounds A/B, dated codes, FORWARD (a pronoun
 * opening a record refers to the previous record of the same story).
 * PETRARCH phrases match whole words (PETRARCH has no stems).
 *
 * Bad dictionary lines are reported through ent_diag as FILE:LINE: reason
 * and skipped. A loaded ent_tabari is read-only while coding (any number of
 * threads may code with it); ent_tabari_option changes it (not while coding).
 */
#ifndef ENT_TABARI_H
#define ENT_TABARI_H

#include "../base/arena.h"
#include "../base/err.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct ent_tabari ent_tabari;

enum ent_tabari_kind { ENT_TB_ACTORS = 0, ENT_TB_AGENTS, ENT_TB_VERBS, ENT_TB_OPTIONS };

ent_tabari *ent_tabari_new(void);
void ent_tabari_free(ent_tabari *tb);

/* Loads one file of the given kind (TABARI or PETRARCH syntax, detected).
 * Returns the number of skipped lines (each reported), -1 on I/O error. */
int ent_tabari_load(ent_tabari *tb, const char *path, int kind, const ent_diag *diag, ent_err *err);

/* Is `path` a TABARI .verbs or PETRARCH verb dictionary (rather than an
 * entente verb file)? Looks at the name and the first lines. */
int ent_tabari_is_verbs_file(const char *path);

/* Must be called after the last load and before coding (sorts patterns). */
void ent_tabari_finish(ent_tabari *tb);

/* Applies one .options command ("COMPLEX: VERBS[5]", "SET: CODE ALL",
 * "DEFAULT: OFF", "COMMA: MIN=2 ..."). Returns 0, or -1 when it is not a
 * command that changes coding (ignored). */
int ent_tabari_option(ent_tabari *tb, const char *cmd);

/* 1 when the options turned FORWARD on: a record's pronouns may refer to
 * the previous record, so records must be coded in order on one thread. */
int ent_tabari_forwarding(const ent_tabari *tb);

typedef struct ent_tabari_event {
    char source[64], target[64], code[12];
    size_t sentence;              /* unit index within an article (0 = first) */
    int32_t date;                 /* YYYYMMDD: the unit's date, moved by a TABARI time phrase */
    const char *label;            /* the LABEL: of the code, or NULL */
    const char *pattern;          /* FILE:LINE of the verb or pattern that matched */
    uint32_t src_start, src_end;  /* byte offsets in the coded text */
    uint32_t tgt_start, tgt_end;
    uint32_t verb_start, verb_end;
} ent_tabari_event;

/* Pronoun forwarding between records (TABARI's FORWARD: option): the caller
 * keeps one per stream of consecutive records (zeroed at the start). */
typedef struct ent_tabari_fwd {
    char story[32];
    long sent;
    uint32_t actor, compound;   /* the previous record's first actor and compound (roots) */
    int valid;
} ent_tabari_fwd;

/* ent_tabari_code with the record id and the forwarding state (both may be NULL). */
int ent_tabari_code_rec(const ent_tabari *tb, const char *text, size_t n, int32_t date, const char *recid,
                        ent_tabari_fwd *fwd, ent_arena *ar, ent_tabari_event **out, size_t *count, const char **problem);

/* Codes one TABARI unit (a record or a sentence) text[0..n) at date
 * YYYYMMDD. Events live in `ar`. *problem (may be NULL) gets why nothing
 * was coded ("Discard code found in text", "Complex text: ..."), or NULL. */
int ent_tabari_code(const ent_tabari *tb, const char *text, size_t n, int32_t date, ent_arena *ar,
                    ent_tabari_event **out, size_t *count, const char **problem);

/* Codes an article as `entente code` does with TABARI dictionaries: a text
 * with no blank line and no headline (a TABARI record) is one unit, as in
 * TABARI; any other article is cut into sentences by the text layer `t`
 * (needed only then) and each is a unit. Offsets are in the article text. */
struct ent_text;
int ent_tabari_article(const ent_tabari *tb, struct ent_text *t, const char *text, size_t n, size_t body_start,
                       const char *lang, int32_t date, const char *recid, ent_tabari_fwd *fwd, ent_arena *ar,
                       ent_tabari_event **out, size_t *count, const char **problem, ent_err *err);

/* ---- actor and agent files (actors.c) ----
 * The one reader of TABARI/PETRARCH .actors, .agents and discard files, for
 * the TABARI matcher and for entente's own dictionaries (src/dict/):
 *   AFGHANISTAN_  [AFG]             a phrase (words joined by _) and its codes
 *   +AFGHAN_                         a synonym of the phrase above
 *   MOHAMMAD_ZAHIR_SHAH_  ; comment  a phrase whose codes follow, indented:
 *       [AFGGOV 331108-730717]       dated codes (TABARI's manual, 6.5.2):
 *       [AFGGOV >011222]             from a date, [EGY <911231] up to and
 *                                    including a date; YYMMDD (00-30 = 20xx)
 *   !PERSON! = MAN, MEN, WOMAN       a substitution set: CATTLE!PERSON! [~AGR]
 *                                    names CATTLEMAN, CATTLEMEN, ...
 *   ADMINISTRATOR {ADMINISTRATORS} [~GOV]   other forms of a phrase
 *   <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE>   words without codes
 * Comments: `;` anywhere, `#` at the start of a word (anywhere in PETRARCH
 * files), lines opening with `#` `/` `<`; `~FINISH` ends the file. A line
 * that is not UTF-8, or whose phrase or codes do not parse, is reported as
 * DISPLAY:LINE: reason; line skipped. */

typedef struct ent_tabari_acode {
    char code[64];         /* as written; "---" for a null code however spaced */
    int32_t from, to;      /* YYYYMMDD, both inclusive; 0: open */
    int dated;             /* restricted to dates (never the default code, even when from is open) */
} ent_tabari_acode;

/* Parses the inside of one [...]: "ISR", "EGY <911231", "UNO 920101-991231". */
int ent_tabari_acode_parse(const char *in, size_t n, ent_tabari_acode *c);
/* YYMMDD (00-30: 2000-2030) or YYYYMMDD -> YYYYMMDD; -1 if malformed. */
int32_t ent_tabari_date(const char *s, size_t n);

enum ent_tabari_line_kind { ENT_TBL_PHRASE = 1, ENT_TBL_SYNONYM, ENT_TBL_CODES, ENT_TBL_NOUN, ENT_TBL_ADJ };

/* One line that names something; every string lives until the next line. */
typedef struct ent_tabari_line {
    int kind;
    int skipped;           /* a line that did not parse (already reported): callers forget the phrase above */
    long line;
    int indented;
    const char *text;      /* the line without its comment */
    const char *raw;       /* the phrase as written (substitution sets unexpanded), words joined by _ */
    const char **phrases;  /* the phrase with its substitution sets expanded: 1 or more */
    int nphrases;
    const char *forms;     /* inside {...}, as written, or NULL */
    ent_tabari_acode *codes;
    int ncodes;
} ent_tabari_line;

/* What a caller makes of a line: NULL, or why it skips it (reported, counted). */
typedef const char *(*ent_tabari_line_fn)(void *ud, const ent_tabari_line *l);

/* Is f (at path) in PETRARCH's syntax rather than TABARI's? By its name
 * (*.txt) or its first lines (XML-ish comments, verb blocks); f is rewound. */
int ent_tabari_sniff_petrarch(FILE *f, const char *path);

/* Reads an actors, agents or discard file; returns the number of lines skipped. */
int ent_tabari_read_actors(FILE *f, const char *display, int petrarch, const ent_diag *diag, ent_tabari_line_fn fn,
                           void *ud);

typedef struct ent_tabari_stats {
    size_t actors, agents, verbs, patterns, synsets, nouns, literals, bad_lines;
} ent_tabari_stats;
void ent_tabari_get_stats(const ent_tabari *tb, ent_tabari_stats *s);

#endif
