/* treaties.h - storing treaties, obligations and framing.
 *
 * ent_store_add_treaties writes what ent_treaty_extract found in article
 * `rowid`: each treaty merges into a stored one with the same parties and a
 * compatible name (one empty, or one containing the other), else becomes a
 * new row; its facts (status events, obligations, duration, cited articles,
 * and one "mention" row per sentence that spoke of it) and the article's
 * framing rows keep the article and the words that said them. Clearing an
 * article (ent_store_clear_article) removes its facts and the treaties no
 * other article supports. Runs inside the caller's transaction.
 */
#ifndef ENT_STORE_TREATIES_H
#define ENT_STORE_TREATIES_H

#include "../treaty/treaty.h"
#include "store.h"

int ent_store_add_treaties(ent_store *s, int64_t rowid, const ent_article *a, const ent_treaty_facts *f, ent_err *err);

#endif
