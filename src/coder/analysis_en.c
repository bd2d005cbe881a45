/* analysis_en.c - the English parts of the analysed sentence; see analysis.h.
 *
 * Contract: ent_an_en_tags gives each token of an English sentence its part
 * of speech (src/text/postag.h, the model data/pos/en.txt); without the
 * model s->pos stays NULL and every reader falls back on word lists.
 */
#include "coder_int.h"

void ent_an_en_tags(ent_analyzer *an, ent_sentence *s, ent_arena *ar) {
    const ent_pos_model *m = ent_an_pos_model(an);
    if (!m) return;
    s->pos = ent_arena_alloc(ar, s->n + 1);
    ent_pos_tag(m, s->a->text, s->tok, s->n, s->pos);
}
