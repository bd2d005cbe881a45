/* text.h - the text layer: sentences, tokens, normalisation, stems, language.
 *
 * An ent_text handle owns ICU break iterators and Snowball stemmers; it is
 * not thread-safe: use one per thread. Results are allocated from the
 * caller's arena (they live as long as the article) and carry byte offsets
 * into the article's canonical text.
 *
 * Sentences: ICU's sentence rules, plus what ICU gets wrong in news text: a
 * sentence never crosses a blank line; a short line without final
 * punctuation (a heading) is its own segment; a line break inside a
 * paragraph is wrapping unless the line ends a sentence (. ! ?, also with a
 * closing quote or bracket after it: `."`, `.”`, unless the next line goes
 * on in lower case or with a dash: `– közölte`); a "?" or "!" followed by
 * a lower-case word goes on ('"Why?" he asked', "Miért?" kérdezte); no break after an
 * abbreviation listed in data/text/abbrev.txt, after an initial (J.), or
 * after a Hungarian ordinal or date number ("a 23. cikk").
 * Tokens: ICU word boundaries; hyphenated words kept whole (Észak-Koreával);
 * punctuation kept as tokens (the coder uses commas and quotes).
 */
#ifndef ENT_TEXT_H
#define ENT_TEXT_H

#include "../base/arena.h"
#include "../base/datadir.h"
#include "../base/err.h"
#include <stddef.h>
#include <stdint.h>

typedef struct ent_span {
    uint32_t start, end;   /* byte offsets, end exclusive */
} ent_span;

enum ent_tok_kind { ENT_TOK_WORD = 0, ENT_TOK_NUM = 1, ENT_TOK_PUNCT = 2 };

typedef struct ent_token {
    uint32_t start, end;   /* byte offsets in the article text */
    const char *norm;      /* NFC, case-folded */
    const char *stem;      /* Snowball stem of norm (norm when no stemmer) */
    uint8_t kind;          /* enum ent_tok_kind */
    uint8_t upper;         /* first character is upper case */
} ent_token;

typedef struct ent_text ent_text;

/* Loads data_dir/text/abbrev.txt. NULL data_dir = ent_data_dir(). */
ent_text *ent_text_new(const char *data_dir, ent_err *err);
void ent_text_free(ent_text *t);

/* ent_data_dir(): the data directory (base/datadir.h). */

int ent_text_sentences(ent_text *t, const char *text, size_t n, const char *lang,
                       ent_arena *ar, ent_span **out, size_t *count, ent_err *err);

int ent_text_tokens(ent_text *t, const char *text, ent_span sent, const char *lang,
                    ent_arena *ar, ent_token **out, size_t *count, ent_err *err);

/* NFC + case folding of s[0..n) into the arena. */
const char *ent_text_fold(ent_text *t, const char *s, size_t n, ent_arena *ar);

/* Snowball stem of a folded word; returns `word` itself when the language
 * has no stemmer. Result lives in the arena. */
const char *ent_text_stem(ent_text *t, const char *lang, const char *word, size_t n,
                          ent_arena *ar);

/* Language of s[0..n) (valid UTF-8) as an ISO 639-1 code, via CLD2; "en"
 * when the guess is unreliable. */
const char *ent_text_langid(const char *s, size_t n);

#endif
