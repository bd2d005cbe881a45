/* ingest.h - streaming article readers.
 *
 * A reader is given paths (files, directories, "-" for stdin) and yields one
 * article at a time, so memory stays flat in the corpus size. Formats:
 *   plain  - `date YYYY-MM-DD headline` on the first line, body below
 *   jsonl  - one JSON object a line: id, date, lang, title, text, url, source
 *   tabari - TABARI text records (date+id line, text up to a blank line)
 * Any file may be gzip-compressed (zlib reads plain files transparently).
 * Directories are walked recursively in sorted (strcmp) order, taking
 * *.txt, *.jsonl, *.json and the same with .gz.
 *
 * Every article has one canonical text: headline, "\n\n", body (CRLF -> LF,
 * trailing white space trimmed, invalid UTF-8 replaced by U+FFFD). Its id is
 * the given id, else the xxHash64 (16 hex digits) of date "\n" canonical text.
 *
 * Bad input (unreadable or binary file, bad JSON, missing text, bad date,
 * over-long line) is reported through the ent_diag callback as
 * FILE:LINE: message; the article is skipped and counted, reading goes on.
 */
#ifndef ENT_INGEST_H
#define ENT_INGEST_H

#include "../base/date.h"
#include "../base/err.h"
#include <stddef.h>

typedef enum ent_input_format {
    ENT_FMT_AUTO = 0,
    ENT_FMT_PLAIN,
    ENT_FMT_JSONL,
    ENT_FMT_TABARI,
} ent_input_format;

/* Parses "auto", "plain", "jsonl", "tabari"; returns -1 if unknown. */
int ent_input_format_parse(const char *s);

typedef struct ent_article {
    const char *id;
    const char *date;      /* YYYY-MM-DD, validated */
    const char *lang;      /* "" when not given */
    const char *title;     /* headline ("" if none) */
    const char *text;      /* canonical text, NUL-terminated */
    size_t text_len;
    size_t body_start;     /* offset of the body in text (0 if no title) */
    const char *url;       /* "" when not given */
    const char *source;    /* publishing outlet, "" when not given */
    const char *file;      /* where it came from ("-" for stdin) */
    long line;             /* line of the record in that file */
} ent_article;

typedef struct ent_reader_opts {
    ent_input_format format;
    size_t max_article_bytes;   /* 0 = default (16 MiB) */
} ent_reader_opts;

typedef struct ent_reader ent_reader;

/* `diag` is copied; the reader takes no ownership of its ud. */
ent_reader *ent_reader_new(const ent_reader_opts *opts, const ent_diag *diag);
void ent_reader_free(ent_reader *r);

/* Queues a path. A directory is expanded now (sorted, recursive); a path
 * that does not exist is an error in *err and is not queued. */
int ent_reader_add(ent_reader *r, const char *path, ent_err *err);

/* Fills *a with the next article: 1 = got one, 0 = no more. The article's
 * strings stay valid until the next call or ent_reader_free. */
int ent_reader_next(ent_reader *r, ent_article *a);

/* Progress through the input in bytes (compressed bytes for .gz): *done of
 * *total; *total is 0 when unknown (stdin). */
void ent_reader_progress(const ent_reader *r, unsigned long long *done, unsigned long long *total);

/* Articles (or files) skipped because of errors, and warnings issued. */
size_t ent_reader_skipped(const ent_reader *r);
size_t ent_reader_warnings(const ent_reader *r);

/* ent_date_valid (a YYYY-MM-DD calendar date): base/date.h. */

/* Builds the canonical text and id into the reader-independent helper:
 * exposed for tests and for the HTTP server's live coding. */
void ent_article_id(const char *date, const char *text, size_t n, char out[17]);

#endif
