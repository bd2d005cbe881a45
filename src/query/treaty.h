/* treaty.h - treaties, obligations, the alliance graph and framing, from the store.
 *
 * Every function reads the treaty tables of a store (schema version 2, see
 * store.h) and appends its answer to `out`: JSON (one array or object) or
 * text for people. Obligations are merged per treaty, type and direction
 * (conditions and kinds of help united) and carry their evidence: the
 * article id and date, the sentence number and the sentence. A database
 * from before the treaty tables gives an error that says how to add them.
 */
#ifndef ENT_QUERY_TREATY_H
#define ENT_QUERY_TREATY_H

#include "../base/buf.h"
#include "../base/err.h"

#include <sqlite3.h>

/* The treaties (with `party` among their parties when not NULL). */
int ent_treaty_list_json(sqlite3 *db, const char *party, ent_buf *out, ent_err *err);
int ent_treaty_list_text(sqlite3 *db, const char *party, ent_buf *out, ent_err *err);

/* Who is bound towards `attacked` (ISO3): defence first, then the other
 * obligation types; with the treaty, since when, and the evidence. */
int ent_treaty_obligations_json(sqlite3 *db, const char *attacked, ent_buf *out, ent_err *err);
int ent_treaty_obligations_text(sqlite3 *db, const char *attacked, ent_buf *out, ent_err *err);

/* The alliance graph: parties as nodes, obligations as directed edges,
 * treaties without obligations as undirected dashed edges. */
int ent_treaty_graph_dot(sqlite3 *db, ent_buf *out, ent_err *err);
int ent_treaty_graph_json(sqlite3 *db, ent_buf *out, ent_err *err);

/* The words A and B use for their relationship, per side and term, with
 * counts and evidence. */
int ent_framing_json(sqlite3 *db, const char *a, const char *b, ent_buf *out, ent_err *err);
int ent_framing_text(sqlite3 *db, const char *a, const char *b, ent_buf *out, ent_err *err);

#endif
