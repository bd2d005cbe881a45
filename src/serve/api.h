/* api.h - the JSON answers of `entente serve`, as library code.
 *
 * Every answer is computed from the store's database (read-only) and the
 * reference tables, and appended to an ent_buf; nothing here knows HTTP
 * sockets, so each endpoint can be called (and tested) without a server.
 *
 * ent_api_get routes a GET path with its query arguments to one endpoint
 * and returns the HTTP status of the answer; on an error the answer is
 * {"error":"..."}. Arguments are validated before any query runs: actor
 * codes are 3 to 32 capital letters or digits (RUS matches every Russian
 * actor, RUSGOV only itself), dates YYYY-MM-DD, event codes 2 to 4 digits,
 * numbers within their bounds; anything else is a 400. Unknown arguments
 * are ignored. All SQL binds its values.
 *
 *   /api/health                       {"ok":true,"version","articles","events"}
 *   /api/summary?top=N                as `entente summary --json`
 *   /api/dyad?a=A&b=B&by=&negated=    as `entente dyad A B --json`
 *   /api/dyad.svg?a=A&b=B&by=         the chart of `entente dyad --svg`
 *   /api/actors?limit=N               countries and IGOs with event counts
 *   /api/events?from&to&actor&a&b&code&quad&negated&limit&offset
 *                                     {"total","limit","offset","events":[...]}
 *   /api/events/ID                    one event with its mentions and evidence
 *   /api/articles?from&to&outlet&limit&offset
 *   /api/articles/ID                  one article, its text and its mentions
 *   /api/export?format=gdelt|mentions|plover|jsonl|csv&from&to&negated
 *                                     as `entente export` (not JSON)
 *   /api/treaties?party=X             as `entente treaties --json`
 *   /api/obligations?attacked=X       as `entente obligations --attacked X --json`
 *   /api/graph                        as `entente graph --format json`
 *   /api/framing?a=A&b=B              as `entente framing A B --json`
 */
#ifndef ENT_API_H
#define ENT_API_H

#include "../base/buf.h"
#include "../base/err.h"

#include <sqlite3.h>

/* A query argument by name: its value, or NULL when absent. */
typedef const char *(*ent_api_arg_fn)(void *ud, const char *name);

typedef struct ent_api ent_api;

/* Loads the codebook and reference tables from data_dir (NULL:
 * ent_data_dir()). Read-only afterwards: one ent_api serves every thread. */
ent_api *ent_api_new(const char *data_dir, ent_err *err);
void ent_api_free(ent_api *api);

/* Answers GET `path` into `out`; *ctype gets its media type. Returns the
 * HTTP status (200; 400 bad argument; 404; 503 a database without the
 * tables the answer needs; 500). */
int ent_api_get(const ent_api *api, sqlite3 *db, const char *path, ent_api_arg_fn arg, void *ud, ent_buf *out,
                const char **ctype);

/* Adds the SQL function fold(TEXT) (ICU full case folding, any script) to
 * a connection, for the free-text arguments (q): call once per connection
 * before ent_api_get. */
int ent_api_register(sqlite3 *db);

/* {"error":"msg"} */
void ent_api_error(ent_buf *out, const char *msg);

/* The endpoints, for callers that have their arguments already. Each
 * appends one JSON document and returns 0, or fills err (ENT_EUSAGE for a
 * bad argument, ENT_API_NOT_FOUND, ENT_EIO for a database error). */
enum { ENT_API_NOT_FOUND = 404 };
int ent_api_summary(const ent_api *api, sqlite3 *db, int top, ent_buf *out, ent_err *err);
int ent_api_dyad(const ent_api *api, sqlite3 *db, const char *a, const char *b, int by, int include_negated,
                 ent_buf *out, ent_err *err);

/* 3 to 32 capital letters or digits. */
int ent_api_valid_actor(const char *s);

#endif
