/* api.h - the JSON answers of `entente serve`, as library code.
 *
 * Every GET answer is read from a store (read-only) and rendered by
 * src/report/, the renderers of the command line: GET /api/summary and
 * `entente summary --json` are one code path. Nothing here knows HTTP
 * sockets or SQL, so each endpoint can be called (and tested) without a
 * server.
 *
 * ent_api_get routes a GET path with its query arguments to one endpoint
 * and returns the HTTP status of the answer; on an error the answer is
 * {"error":"..."}. Arguments are validated before any query runs: actor
 * codes are 3 to 32 capital letters or digits (RUS matches every Russian
 * actor, RUSGOV only itself), dates YYYY-MM-DD, event codes 2 to 4 digits,
 * numbers within their bounds; anything else is a 400. Unknown arguments
 * are ignored. The store binds every value.
 *
 *   /api/health                       {"ok":true,"articles","events","schema"}
 *   /api/summary?top=N                as `entente summary --json`
 *   /api/dyad?a=A&b=B&by=&negated=    as `entente dyad A B --json` (also /api/dyads/A/B)
 *   /api/dyad.svg?a=A&b=B&by=         the chart of `entente dyad --svg`
 *   /api/actors?limit=N&q=TEXT        countries and IGOs with event counts
 *   /api/events?from&to&actor&a&b&source&target&code&root&quad&q&negated&limit&offset&cursor
 *                                     {"total","limit","offset","events":[...],"next_cursor"}
 *   /api/events/ID                    one event with its mentions and evidence
 *   /api/articles?from&to&outlet&limit&offset
 *   /api/articles/ID                  one article, its text and its mentions
 *   /api/export?format=gdelt|mentions|plover|jsonl|csv&from&to&negated
 *                                     as `entente export` (not JSON)
 *   /api/treaties?party=X             as `entente treaties --json`
 *   /api/obligations?attacked=X       as `entente obligations --attacked X --json`
 *   /api/graph                        as `entente graph --format json`
 *   /api/framing?a=A&b=B              as `entente framing A B --json`
 *
 * ent_api_code answers POST /api/code: the body read as `entente code`
 * reads a file and coded by the library's worker pool, as `entente code`
 * codes it.
 */
#ifndef ENT_API_H
#define ENT_API_H

#include "../base/buf.h"
#include "../base/err.h"
#include "../pipeline/pool.h"
#include "../store/store.h"

/* A query argument by name: its value, or NULL when absent. */
typedef const char *(*ent_api_arg_fn)(void *ud, const char *name);

typedef struct ent_api ent_api;

/* Loads the codebook and reference tables from data_dir (NULL:
 * ent_data_dir()). Read-only afterwards: one ent_api serves every thread. */
ent_api *ent_api_new(const char *data_dir, ent_err *err);
void ent_api_free(ent_api *api);

/* Answers GET `path` from store `st` into `out`; *ctype gets its media
 * type. Returns the HTTP status (200; 400 bad argument; 404; 503 a database
 * without the tables the answer needs; 500 a database error). */
int ent_api_get(const ent_api *api, ent_store *st, const char *path, ent_api_arg_fn arg, void *ud, ent_buf *out,
                const char **ctype);

/* The same for a raw request URI as the client sent it ("/api/events?
 * actor=RUS&q=%C3%89szak"): the path and the query arguments are
 * percent-decoded ('+' is a space in arguments; the first of two arguments
 * of one name counts); a path or argument with a NUL byte or invalid UTF-8,
 * or over 1000 arguments, is a 400. What serve answers, and what its
 * cache recomputes, from the URI alone. */
int ent_api_get_uri(const ent_api *api, ent_store *st, const char *uri, ent_buf *out, const char **ctype);

/* Codes a POST /api/code body with the pool `ud` (an ent_pool *): the
 * articles in any input format (`format`: auto when NULL), each coded in
 * `lang` and at `date` when given, with the coder's account when `explain`.
 * Appends {"articles","skipped","events":[...],"diagnostics":[...]} (and
 * "explanation") to out; returns 200, or 400 when no article could be read.
 * The signature is serve.h's ent_serve_code_fn. */
int ent_api_code(void *ud, const char *body, size_t n, const char *format, const char *lang, const char *date, int explain,
                 ent_buf *out);

/* {"error":"msg"} */
void ent_api_error(ent_buf *out, const char *msg);

/* 3 to 32 capital letters or digits. */
int ent_api_valid_actor(const char *s);

#endif
