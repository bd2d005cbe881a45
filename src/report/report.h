/* report.h - the renderers: what entente prints, for the command line and
 * the HTTP API alike (one code path, so `entente summary --json` and GET
 * /api/summary are the same bytes).
 *
 * Renderers append to an ent_buf (the exports, which may be long, write
 * through a sink callback). Those named after a store answer read it
 * through store.h and render it; the others render data they are given.
 * Nothing here prints, and nothing here knows SQL. A failed read leaves
 * `out` with a partial answer and returns the store's error (the caller
 * discards the partial answer: ENT_EFORMAT for a database without treaty
 * tables, ENT_ENOTFOUND for an unknown event or article, ENT_EIO otherwise).
 */
#ifndef ENT_REPORT_H
#define ENT_REPORT_H

#include "../base/buf.h"
#include "../coder/coder.h"
#include "../events/codebook.h"
#include "../events/refdata.h"
#include "../ingest/ingest.h"
#include "../query/dyad.h"
#include "../store/store.h"

/* ---- coded events (event.c) ---- */

/* One event as the JSON line of `entente code` (with the newline). */
void ent_report_event_json(ent_buf *o, const ent_article *a, const ent_event *e);
/* The TSV line: article date sentence source target code root quad goldstein negated mood reported_by. */
void ent_report_event_tsv(ent_buf *o, const ent_article *a, const ent_event *e);
/* TABARI's event line: YYMMDD, source, target, code, the code's name, the record id. */
void ent_report_event_tabari(ent_buf *o, const ent_article *a, const ent_event *e);

/* ---- the summary and dyads (summary.c) ---- */

/* `entente summary`: totals, the `top` most active dyads and event codes. */
int ent_report_summary_text(ent_store *s, const ent_codebook *cb, int top, ent_buf *out, ent_err *err);
int ent_report_summary_json(ent_store *s, const ent_codebook *cb, int top, ent_buf *out, ent_err *err);

/* `entente dyad A B` from its rows (query/dyad.h); `by` is ENT_BY_*. */
void ent_report_dyad_text(ent_buf *out, const char *a, const char *b, int by, const ent_dyad_row *rows, size_t n);
void ent_report_dyad_json(ent_buf *out, const char *a, const char *b, int by, const ent_dyad_row *rows, size_t n);
/* The chart: mean Goldstein per direction over time (lines) and events per
 * quad class (stacked bars), with axes, labels and legend (dyad_svg.c). */
void ent_report_dyad_svg(ent_buf *out, const char *a, const char *b, const ent_dyad_row *rows, size_t n);

/* ---- treaties (treaty.c) ---- */

/* The treaties (with `party` among their parties when not NULL). */
int ent_report_treaties_json(ent_store *s, const char *party, ent_buf *out, ent_err *err);
int ent_report_treaties_text(ent_store *s, const char *party, ent_buf *out, ent_err *err);
/* Who is bound towards `attacked`, with the treaty, since when and the evidence. */
int ent_report_obligations_json(ent_store *s, const char *attacked, ent_buf *out, ent_err *err);
int ent_report_obligations_text(ent_store *s, const char *attacked, ent_buf *out, ent_err *err);
/* The alliance graph: parties, obligations as directed edges, treaties
 * without obligations as undirected dashed edges (DOT), or as JSON. */
int ent_report_graph_dot(ent_store *s, ent_buf *out, ent_err *err);
int ent_report_graph_json(ent_store *s, ent_buf *out, ent_err *err);
/* The words A and B use for their relationship, per side and term. */
int ent_report_framing_json(ent_store *s, const char *a, const char *b, ent_buf *out, ent_err *err);
int ent_report_framing_text(ent_store *s, const char *a, const char *b, ent_buf *out, ent_err *err);

/* ---- exports (export.c) ----
 *   gdelt     GDELT 2.0 Events, 61 tab-separated columns, no header
 *   mentions  GDELT 2.0 Mentions, 16 columns (SentenceID from 1, character offsets)
 *   plover    PLOVER JSON records (data/cameo/plover.txt maps CAMEO codes)
 *   jsonl     one JSON object per event, with its counts
 *   csv       the same as RFC 4180 CSV with a header
 * Codes are strings (057 stays 057). Output depends only on the database:
 * two exports of it are byte-identical (DATEADDED is the stored time of
 * the first mention). */
enum ent_export_format { ENT_EXPORT_GDELT, ENT_EXPORT_GDELT_MENTIONS, ENT_EXPORT_PLOVER, ENT_EXPORT_JSONL, ENT_EXPORT_CSV };

typedef struct ent_export_opts {
    int format;
    const char *from, *to;   /* YYYY-MM-DD, inclusive; NULL = open */
    int include_negated;     /* negated and non-factual mentions too */
} ent_export_opts;

/* Receives the export in pieces; a non-zero return stops it (and is returned). */
typedef int (*ent_report_sink)(void *ud, const char *p, size_t n);

int ent_report_export(ent_store *s, const ent_refdata *rd, const ent_export_opts *o, ent_report_sink sink, void *ud,
                      ent_err *err);

/* ---- the API's own answers (api_json.c) ---- */

/* {"ok":true,"articles","events","schema"} */
int ent_report_health(ent_store *s, ent_buf *out, ent_err *err);
/* {"total","limit","offset","events":[...],"next_cursor"}: a page of events. */
int ent_report_events(ent_store *s, const ent_codebook *cb, const ent_store_event_filter *f, ent_buf *out, ent_err *err);
/* One event with its counts and every mention, its spans, evidence and excerpt. */
int ent_report_event(ent_store *s, const ent_codebook *cb, int64_t id, ent_buf *out, ent_err *err);
/* {"actors":[...]} by events, or {"q","actors":[...]} found by `text`. */
int ent_report_actors(ent_store *s, const ent_refdata *rd, const char *text, long limit, ent_buf *out, ent_err *err);
/* {"total","limit","offset","articles":[...]} */
int ent_report_articles(ent_store *s, const ent_store_article_filter *f, ent_buf *out, ent_err *err);
/* One article, its text and its mentions. */
int ent_report_article(ent_store *s, const char *id, ent_buf *out, ent_err *err);

/* {"error":"msg"} with a newline. */
void ent_report_error(ent_buf *out, const char *msg);

#endif
