/* pipeline.h - coding an article, once, the same way for every caller.
 *
 * A pipeline owns one thread's coding stack: the text layer (ICU,
 * Snowball, Hunspell), the actor and agent dictionaries (through the
 * compiled dictionary cache), the verb patterns, the CAMEO codebook, the
 * coder and, when asked, the treaty extractor. When a verb file is a TABARI
 * .verbs or PETRARCH verb dictionary, the actor and agent files load as
 * TABARI/PETRARCH dictionaries into a TABARI matcher and articles are coded
 * with TABARI's rules (src/tabari/) instead of the built-in coder.
 *
 * ent_pipeline_code turns one article into one result: its language (the
 * one rule of ent_pipeline_lang), the coder's analysed sentences (the
 * built-in coder only), its events, and its treaties and framing. `entente
 * code`, `ingest`, `recode`, `serve`'s POST /api/code and the fuzzer all
 * code through it (most of them through a worker pool: pool.h), so an
 * article is coded the same way wherever it comes from.
 *
 * A pipeline is not thread-safe: one per thread (ent_pipeline_clone opens
 * another with the same options, sharing the read-only TABARI
 * dictionaries). Library code: errors are returned, diagnostics go to the
 * options' sink, nothing is printed.
 */
#ifndef ENT_PIPELINE_H
#define ENT_PIPELINE_H

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/err.h"
#include "../coder/coder.h"
#include "../dict/dict.h"
#include "../ingest/ingest.h"
#include "../tabari/tabari.h"
#include "../text/text.h"
#include "../treaty/treaty.h"

typedef struct ent_pipeline_opts {
    const char *data_dir;            /* NULL: ent_data_dir() */
    ent_dict_opts dict;              /* no_builtin, all_languages */
    const char *const *dict_files;   /* extra actor/agent dictionaries (own format, TABARI, PETRARCH) */
    const int *dict_agents;          /* per dict file: 1 when it is an agents file */
    int ndict;
    const char *const *verb_files;   /* extra verb files; a TABARI .verbs or PETRARCH verb file (and any
                                        TABARI .options file) switches to TABARI's coding */
    int nverb;
    const char *lang;                /* the language of every article (NULL: ent_pipeline_lang's rule) */
    const char *date;                /* resolve dated roles at this date (NULL: each article's date) */
    int treaties;                    /* also extract treaties and framing */
    int no_cache;                    /* do not read or write the compiled dictionary cache */
    const ent_diag *diag;            /* dictionary warnings (FILE:LINE: reason); NULL: dropped */
} ent_pipeline_opts;

/* What coding one article gave. Everything lives in the result's arena or
 * in the pipeline (dictionary names and entries, codebook rows): a result
 * is valid until it is coded again or freed, and while its pipeline lives. */
typedef struct ent_result {
    const char *lang;                        /* the language it was coded in */
    const ent_coded_sentence *sentences;     /* the built-in coder's analysed sentences (none with TABARI) */
    size_t nsentences;
    const ent_trigger *triggers;             /* ... and its triggers (ent_coder_triggers; none with TABARI):
                                                valid until the pipeline codes again */
    size_t ntriggers;
    ent_event *events;
    size_t nevents;
    ent_treaty_facts treaties;               /* treaties and framing (empty unless opts.treaties) */
    ent_arena ar;
} ent_result;

void ent_result_init(ent_result *r);
void ent_result_free(ent_result *r);

typedef struct ent_pipeline ent_pipeline;

/* Opens a pipeline; NULL with *err on failure. The options (and the
 * strings they point to) must outlive the pipeline. */
ent_pipeline *ent_pipeline_open(const ent_pipeline_opts *o, ent_err *err);
/* Another pipeline with p's options for another thread: its own text
 * layer, dictionaries and coder; TABARI dictionaries are shared (they are
 * read-only while coding). Dictionary warnings are not reported again. */
ent_pipeline *ent_pipeline_clone(const ent_pipeline *p, ent_err *err);
void ent_pipeline_close(ent_pipeline *p);

/* Per-article overrides of the options (NULL fields: the options'). */
typedef struct ent_code_opts {
    const char *lang, *date;
    ent_buf *trace;          /* the built-in coder's step-by-step account is appended here */
} ent_code_opts;

/* Codes one article into *r (reset first). `co` may be NULL. */
int ent_pipeline_code(ent_pipeline *p, const ent_article *a, const ent_code_opts *co, ent_result *r, ent_err *err);

/* A result without coding: *r reset, with only the language (for an
 * article that is not coded again, but stored: a copy of a stored text). */
void ent_pipeline_skip(ent_pipeline *p, const ent_article *a, const ent_code_opts *co, ent_result *r);

/* The language rule, in one place: `forced` (--lang), else the article's
 * own `lang`, else CLD2's guess (English when unreliable). The same with
 * TABARI dictionaries: the language is the article's, whatever codes it. */
const char *ent_article_lang(const ent_article *a, const char *forced);
/* The rule with the pipeline's opts.lang as `forced`. */
const char *ent_pipeline_lang(const ent_pipeline *p, const ent_article *a);

/* The fingerprint of the dictionaries (16 hex digits): what coded an article. */
const char *ent_pipeline_fingerprint(const ent_pipeline *p);
/* The TABARI dictionaries when the pipeline codes with TABARI's rules, else NULL. */
ent_tabari *ent_pipeline_tabari(ent_pipeline *p);
const ent_pipeline_opts *ent_pipeline_options(const ent_pipeline *p);

/* The actor and agent dictionaries of the options (built-in, CLDR, the
 * extra files), through the compiled cache (data_dir/.cache when writable,
 * else $XDG_CACHE_HOME/entente or ~/.cache/entente) unless no_cache; for
 * callers that match actors without coding (`entente actors`, `dict`). */
ent_dict *ent_pipeline_dict_open(ent_text *t, const ent_pipeline_opts *o, ent_err *err);

#endif
