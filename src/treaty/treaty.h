/* treaty.h - treaties and the obligations they create, from article text.
 *
 * For each article the extractor finds the agreements between states that
 * its sentences talk about (treaty/szerződés, agreement/megállapodás,
 * pact/paktum, and partnership/alliance when signed or named) and gathers,
 * per treaty: its parties (countries; "both states", "mindkét fél" and
 * sentences without parties refer to the treaty named before), its name in
 * English (words translated through data/treaty/LANG.txt) and as written,
 * its obligations in the ATOP categories (defence, offence, neutrality,
 * nonaggression, consultation) with direction, condition and kind of help,
 * its duration, the treaty articles cited and what each says, and its
 * status events (signed, ratified, reaffirmed, suspended, withdrawn,
 * expired, extended) with their date (a month without a year stays
 * uncertain: "--06"), the party acting alone and the report's source, each
 * linked to a CAMEO event the coder found in the same sentence. It also
 * collects framing: the word a side uses for its relationship with another
 * (alliance, partnership, ...), only when attributed to that side.
 *
 * It reads the analysed sentences of the coder (src/coder/analysis.h): the
 * report's source is the analysis's reporting frame (a speaker is never a
 * party), conditions, framing and the party that acts are read within a
 * clause's segment. Words are data (data/treaty/LANG.txt; languages without
 * a file yield nothing). An extractor borrows the text layer and
 * dictionaries of its thread's pipeline and is not thread-safe. Results
 * live in the caller's arena.
 */
#ifndef ENT_TREATY_H
#define ENT_TREATY_H

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/err.h"
#include "../coder/coder.h"
#include "../dict/dict.h"
#include "../ingest/ingest.h"
#include "../text/text.h"

#define ENT_TR_MAX_PARTIES 8
#define ENT_TR_MAX_FACTS 32

typedef struct ent_tr_where {
    size_t sentence;
    uint32_t start, end;      /* the words that said it */
    uint32_t sstart, send;    /* its sentence */
} ent_tr_where;

typedef struct ent_tr_status {
    const char *kind;         /* signed, ratified, reaffirmed, suspended, withdrawn, expired, extended */
    char date[11];            /* YYYY-MM-DD, YYYY-MM, YYYY or --MM */
    char actor[16];           /* the party acting alone, or "" */
    const char *reported;     /* the report's source as written, or NULL */
    char event_code[8];       /* the CAMEO event of the same sentence, or "" */
    ent_tr_where at;
} ent_tr_status;

typedef struct ent_tr_oblig {
    const char *type;         /* defence, offence, neutrality, nonaggression, consultation */
    char from[16], to[16];    /* from is bound towards to */
    uint32_t cond, help;      /* bit i = i-th condition / help key of ent_treaty_keys */
    ent_tr_where at;
} ent_tr_oblig;

typedef struct ent_tr_article {
    char number[8];
    const char *topic;        /* duration, defence, ..., other */
    ent_tr_where at;
} ent_tr_article;

typedef struct ent_treaty {
    char parties[ENT_TR_MAX_PARTIES][16];   /* sorted */
    int nparties;
    const char *name_en;      /* "" when unnamed */
    const char *name;         /* as written (head word included), "" when unnamed */
    char duration[16];        /* "indefinite", "10y" or "" */
    char duration_art[8];
    ent_tr_where duration_at;
    ent_tr_status status[ENT_TR_MAX_FACTS];
    ent_tr_oblig oblig[ENT_TR_MAX_FACTS];
    ent_tr_article art[ENT_TR_MAX_FACTS];
    int nstatus, noblig, nart;
    ent_tr_where sentences[ENT_TR_MAX_FACTS];   /* every sentence that spoke of it */
    int nsent;
} ent_treaty;

typedef struct ent_framing {
    char speaker[16], other[16];
    const char *term;         /* alliance, partnership, friendship, enemy, rival, brotherhood */
    ent_tr_where at;          /* the term's words */
} ent_framing;

typedef struct ent_treaty_facts {
    ent_treaty *t;
    size_t nt;
    ent_framing *f;
    size_t nf;
} ent_treaty_facts;

typedef struct ent_treaty_ex ent_treaty_ex;

/* Loads every data_dir/treaty/LANG.txt; bad lines go to diag. */
ent_treaty_ex *ent_treaty_ex_new(ent_text *t, ent_dict *d, const char *data_dir, const ent_diag *diag, ent_err *err);
void ent_treaty_ex_free(ent_treaty_ex *x);

/* The facts of one article, analysed here (its own analyzer, without verb
 * patterns). `ev[0..nev)` are the coder's events for it (may be NULL), used
 * to link status events. */
int ent_treaty_extract(ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_event *ev, size_t nev,
                       ent_arena *ar, ent_treaty_facts *out, ent_err *err);

/* The same from the sentences the coder just analysed
 * (ent_coder_sentences): no second analysis. With no sentences (ncs == 0,
 * e.g. TABARI coding) it analyses the article. */
int ent_treaty_extract_coded(ent_treaty_ex *x, const ent_article *a, const char *lang, const ent_coded_sentence *cs,
                             size_t ncs, const ent_event *ev, size_t nev, ent_arena *ar, ent_treaty_facts *out,
                             ent_err *err);

/* The condition and help keys, in output order (bits of cond/help). */
const char *ent_treaty_cond_key(int bit);
const char *ent_treaty_help_key(int bit);
#define ENT_TR_NCOND 4
#define ENT_TR_NHELP 5

/* A name that only describes an obligation ("mutual defence", "security",
 * "non-aggression") gives that obligation's type; a naming one ("comprehensive
 * strategic partnership", "new start") gives NULL. Such a treaty is the
 * same-party treaty that has that obligation (merged in an article and in
 * the store). */
const char *ent_treaty_descriptive(const char *name_en);
int ent_treaty_has_oblig(const ent_treaty *t, const char *type);

/* The merge rule (merge.c), for stores. A reported treaty `t` is the stored
 * treaty of the same parties whose name is compatible (one empty, or one
 * containing the other), else one whose name only describes an obligation
 * the other side has. `names[0..n)` are the stored names of the same
 * parties' treaties in storing order; has(ud, i, type) says whether stored
 * treaty i has an obligation of that type. Returns i, or -1: a new treaty. */
typedef int (*ent_treaty_oblig_fn)(void *ud, size_t i, const char *type);
long ent_treaty_merge_target(const ent_treaty *t, const char *const *names, size_t n, ent_treaty_oblig_fn has, void *ud);
int ent_treaty_names_compatible(const char *a, const char *b);
/* Does a merged treaty take the incoming name instead of the stored one? */
int ent_treaty_name_replaces(const char *stored, const char *incoming);

/* "PRK+RUS" */
void ent_treaty_parties_str(const ent_treaty *t, char *out, size_t cap);

/* The facts as text lines (the format of tests/treaties/README.md). */
void ent_treaty_facts_text(const ent_treaty_facts *f, ent_buf *out);

/* The facts as one JSON line, with the words and sentence of each. */
void ent_treaty_facts_json(const ent_treaty_facts *f, const ent_article *a, ent_buf *out);

#endif
