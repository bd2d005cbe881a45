/* store_int.h - internals shared by the SQLite store's files (not installed):
 * the handle, and checked statement helpers (every step's final code is
 * looked at: SQLITE_DONE ends a query, anything else is an error). */
#ifndef ENT_STORE_INT_H
#define ENT_STORE_INT_H

#include "store.h"

#include <sqlite3.h>

/* the prepared statements of the write path (and the change check) */
enum {
    Q_BY_ID, Q_BY_HASH_SOURCE, Q_BY_HASH, Q_ADD_ARTICLE, Q_FIND_EVENT, Q_FIND_EVENT_WINDOW, Q_ADD_EVENT,
    Q_SEEN_ARTICLE, Q_SEEN_SOURCE, Q_ADD_MENTION, Q_BUMP, Q_DATA_VERSION, Q_COUNT
};

struct ent_store {
    char fp[40];
    int64_t cur_article;   /* the article whose mentions are being stored */
    int64_t *counted;      /* events it already counts a factual mention for */
    size_t ncounted, capcounted;
    sqlite3 *db;
    sqlite3_stmt *st[Q_COUNT];
    ent_store_opts opts;
};

/* Sets *err from the connection's last error: "what: message". Returns ENT_EIO. */
int st_fail(ent_store *s, ent_err *err, const char *what);
/* Runs SQL without rows (several statements allowed). */
int st_exec(ent_store *s, const char *sql, ent_err *err);
/* Prepares; on failure sets *err and returns ENT_EIO. */
int st_prepare(ent_store *s, const char *sql, sqlite3_stmt **q, ent_err *err);
/* A prepared write statement, reset and unbound. */
sqlite3_stmt *st_q(ent_store *s, int which);

/* Steps q to its end, calling row(ud, q) for each row (NULL: rows are
 * ignored); finalizes q when `finalize`. Returns 0, the visitor's non-zero
 * return, or ENT_EIO with *err when a step fails. */
typedef int (*st_row_fn)(void *ud, sqlite3_stmt *q);
#define ST_STOP 1000   /* a visitor's "enough rows", not an error */
int st_rows(ent_store *s, sqlite3_stmt *q, st_row_fn row, void *ud, int finalize, ent_err *err);
/* Steps a statement that returns at most one row: 1 a row (left for the
 * caller to read; reset it after), 0 none, -1 an error in *err. */
int st_one(ent_store *s, sqlite3_stmt *q, ent_err *err);
/* Steps a statement that returns no row: 0 done, ENT_EIO with *err. */
int st_done(ent_store *s, sqlite3_stmt *q, const char *what, ent_err *err);

/* Column text, NULL for SQL NULL; and its "" variant. */
const char *st_text(sqlite3_stmt *q, int i);
const char *st_str(sqlite3_stmt *q, int i);
/* Binds text (NULL -> SQL NULL), copied. */
void st_bind(sqlite3_stmt *q, int i, const char *t);

/* Does the database have the treaty tables (schema version 2)? Sets *err
 * (ENT_EFORMAT, saying how to add them) when not. */
int st_has_treaties(ent_store *s, ent_err *err);

/* treaties.c: the treaty facts and framing of an article; copying them to another article */
int st_put_treaties(ent_store *s, int64_t article, const ent_article *a, const ent_treaty_facts *f, ent_err *err);
int st_copy_treaties(ent_store *s, int64_t from, int64_t to, ent_err *err);
/* store.c: removes an article's mentions, facts and framing, fixing counts */
int st_clear_article(ent_store *s, int64_t key, ent_err *err);

#endif
