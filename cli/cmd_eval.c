/* cmd_eval.c - `entente eval FILE...`: scores a coder on annotated sets.
 *
 * Two formats, told apart by their headers (a file may hold either):
 *  - gold items (tests/gold/en.gold): `@ ID DATE`, text lines, then
 *    `= SRC CODE TGT`, `? SRC CODE TGT`, `~ SRC CODE TGT FLAG` or `-`; a blank
 *    line ends the item. The item's text is one article, scored as a whole.
 *  - real-news blocks (tests/real/GUIDE.md section 2): `@@ ID DATE SOURCE`,
 *    `^` headline, `<` context, `>` scored sentence with its `=`/`?`/`~`/`-`
 *    lines, `#` comments. A block is one article (the headline as title, the
 *    `<`/`>` lines in order as the body, as `entente code` builds it from a
 *    JSON line with that title and text); each `>` sentence is scored against
 *    the factual events whose trigger starts inside its byte span in the
 *    canonical text. SOURCE `tabari:PATH:RECORD` takes the `> *` line's text
 *    from that TABARI record (PATH relative to the current directory); a block
 *    whose PATH is absent is skipped and counted.
 * Both are coded through ent_pipeline_code, as `entente code` codes (the TABARI
 * mode with --verbs/--options/--actors/--agents). A triple's key is (source
 * key, CAMEO root, target key); an actor's key is its country when its code
 * starts with one, else the code's first six characters (IGOUNO, IGOEUR).
 * `?` triples are acceptable alternatives: neither a false event when coded
 * nor a miss when not. Bad lines are reported as FILE:LINE: reason and the
 * rest still scores (exit status 1).
 *
 * Layout: a reader (lines -> blocks), a scorer (block -> coded events ->
 * tallies) and a printer (tallies -> table or JSON).
 */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"
#include "evalerr.h"

#include "../src/pipeline/pipeline.h"

#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/base/strmap.h"
#include "../src/base/utf8.h"

#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* ---- keys (evalerr.h) ---- */

typedef ee_keyset keyset;
#define KEYS_MAX EE_KEYS_MAX
#define key_of ee_key_of
#define ks_has ee_has
#define ks_add ee_add

static int root_of(const char *key) {
    const char *sp = strchr(key, ' ');
    int r = sp ? atoi(sp + 1) : 0;
    return r >= 1 && r <= 20 ? r : 0;
}

/* ---- the reader: lines -> blocks ---- */

typedef struct item {      /* one scored unit: a `>` sentence, or a whole gold item */
    size_t start, end;     /* byte span in the canonical text */
    long line;
    keyset gold, alt, nonfact;   /* =, ?, ~ triples */
    int annotated, none, bad;
    int record;            /* a `> *` TABARI record (not one sentence) */
} item;

typedef struct block {     /* one article */
    char id[64], date[16], rec[64];
    long line;
    int old, tabari, skip;
    const char *rtext;     /* a tabari: block's record text (owned by the records) */
    ent_buf title, body, text;
    size_t body_start;
    item *it;
    size_t n, cap;
} block;

/* TABARI records read on demand, once per file */
typedef struct records {
    ent_strmap files;      /* PATH -> 1 read, 2 absent */
    ent_strmap recs;       /* PATH<US>RECORD -> 1 + index in text */
    char **text;
    size_t n;
} records;

typedef struct reader {
    FILE *f;
    const char *path;
    long ln, bad;
    ent_buf line;
    int pending;           /* r->line is a header not consumed yet */
    records *rc;
    ent_strmap ids;        /* article ids seen in this file */
} reader;

static void bad_line(reader *r, long ln, const char *why) {
    cli_error("%s:%ld: %s", r->path, ln, why);
    r->bad++;
}

static int read_line(reader *r) {
    int ch;
    ent_buf_reset(&r->line);
    while ((ch = fgetc(r->f)) != EOF && ch != '\n') ent_buf_addc(&r->line, (char)ch);
    if (ch == EOF && !r->line.len) return 0;
    if (r->line.len && r->line.p[r->line.len - 1] == '\r') r->line.p[--r->line.len] = 0;
    ent_buf_addc(&r->line, 0);   /* a NUL-terminated "" when empty */
    r->line.len--;
    r->ln++;
    return 1;
}

static void load_records(records *rc, const char *path) {
    ent_reader_opts o = {.format = ENT_FMT_TABARI};
    ent_reader *rd = ent_reader_new(&o, NULL);   /* silent: empty records are not ours to report */
    ent_err err;
    ent_err_clear(&err);
    uint32_t *st = ent_strmap_put(&rc->files, path);
    if (ent_reader_add(rd, path, &err)) {
        *st = 2;
        ent_reader_free(rd);
        return;
    }
    *st = 1;
    ent_article a;
    char k[1200];
    while (ent_reader_next(rd, &a)) {
        ent_strmap_key2(k, sizeof k, path, a.id, strlen(a.id));
        uint32_t *cell = ent_strmap_put(&rc->recs, k);
        if (*cell) continue;   /* a repeated id: the first record counts */
        rc->text = ent_xrealloc(rc->text, (rc->n + 1) * sizeof *rc->text);
        rc->text[rc->n++] = ent_xstrndup(a.text, a.text_len);
        *cell = (uint32_t)rc->n;
    }
    ent_reader_free(rd);
}

/* The text of a record; NULL with *absent set when PATH does not exist. */
static const char *record_text(records *rc, const char *path, const char *rec, int *absent) {
    if (!ent_strmap_get(&rc->files, path)) load_records(rc, path);
    *absent = ent_strmap_get(&rc->files, path) == 2;
    char k[1200];
    ent_strmap_key2(k, sizeof k, path, rec, strlen(rec));
    uint32_t i = *absent ? 0 : ent_strmap_get(&rc->recs, k);
    return i ? rc->text[i - 1] : NULL;
}

static void block_reset(block *b) {
    b->id[0] = b->date[0] = b->rec[0] = 0;
    b->old = b->tabari = b->skip = 0;
    b->rtext = NULL;
    b->n = 0;
    b->body_start = 0;
    ent_buf_reset(&b->title);
    ent_buf_reset(&b->body);
    ent_buf_reset(&b->text);
}

static item *new_item(block *b, long ln) {
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 8;
        b->it = ent_xrealloc(b->it, b->cap * sizeof *b->it);
    }
    item *it = &b->it[b->n++];
    memset(it, 0, sizeof *it);
    it->line = ln;
    return it;
}

static int valid_id(const char *s) {
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' && *s != '.') return 0;
    return 1;
}

/* `@@ ID DATE SOURCE`; a tabari: SOURCE names its record. Returns 0 when the
 * block is usable (possibly skipped), -1 when its lines are to be ignored. */
static int block_header(reader *r, block *b, const char *s) {
    char id[64], date[16], src[1024], extra[2];
    int k = sscanf(s, "@@ %63s %15s %1023s %1s", id, date, src, extra);
    if (k != 3 || !valid_id(id) || !ent_date_valid(date, strlen(date))) {
        bad_line(r, r->ln, "bad block header (expected '@@ ARTICLE-ID YYYY-MM-DD SOURCE')");
        return -1;
    }
    uint32_t *seen = ent_strmap_put(&r->ids, id);
    if ((*seen)++) {
        bad_line(r, r->ln, "article id used before in this file");
        return -1;
    }
    snprintf(b->id, sizeof b->id, "%s", id);
    snprintf(b->date, sizeof b->date, "%s", date);
    if (strncmp(src, "tabari:", 7)) return 0;
    char *rec = strrchr(src + 7, ':');
    if (!rec || rec == src + 7 || !rec[1] || strlen(rec + 1) >= sizeof b->rec) {
        bad_line(r, r->ln, "bad tabari source (expected tabari:PATH:RECORD-ID)");
        return -1;
    }
    *rec++ = 0;
    b->tabari = 1;
    snprintf(b->rec, sizeof b->rec, "%s", rec);
    int absent;
    const char *t = record_text(r->rc, src + 7, rec, &absent);
    if (absent) {
        b->skip = 1;
        return 0;
    }
    if (!t) {
        char m[200];
        snprintf(m, sizeof m, "no record %s in %.120s", rec, src + 7);
        bad_line(r, r->ln, m);
        return -1;
    }
    b->rtext = t;
    return 0;
}

static int valid_actor(const char *a) {
    return strlen(a) >= 3 && strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == strlen(a);
}

/* `= SRC CODE TGT`, `? SRC CODE TGT`, `~ SRC CODE TGT FLAG` into the item. */
static const char *event_line(item *it, const char *s) {
    char src[40], code[8], tgt[40], flag[16], extra[2];
    int want = s[0] == '~' ? 4 : 3;
    it->annotated = 1;   /* even when the line is bad: it is reported once, as itself */
    int k = sscanf(s + 1, " %39s %7s %39s %15s %1s", src, code, tgt, flag, extra);
    if (k != want) return want == 4 ? "bad line (expected '~ SRC CODE TGT FLAG')" : "bad line (expected 'SRC CODE TGT')";
    size_t cl = strlen(code);
    if ((cl != 3 && cl != 4) || strspn(code, "0123456789") != cl || (code[0] - '0') * 10 + code[1] - '0' < 1 ||
        (code[0] - '0') * 10 + code[1] - '0' > 20)
        return "bad CAMEO event code (3 or 4 digits, root 01 to 20)";
    if (!valid_actor(src) || !valid_actor(tgt)) return "bad actor code (3 or more capital letters or digits)";
    if (want == 4 && strcmp(flag, "negated") && strcmp(flag, "hypothetical") && strcmp(flag, "future"))
        return "bad flag (negated, hypothetical or future)";
    char key[24];
    key_of(src, code, tgt, key);
    if (want == 4) {
        ks_add(&it->nonfact, key);
        return NULL;
    }
    if (it->none) return "an event under '-' (no event)";
    ks_add(s[0] == '=' ? &it->gold : &it->alt, key);
    return NULL;
}

/* The marker's text: after the marker and its spaces, trailing space cut. */
static const char *marker_text(const char *s, size_t *n) {
    s++;
    while (*s == ' ' || *s == '\t') s++;
    size_t l = strlen(s);
    while (l && isspace((unsigned char)s[l - 1])) l--;
    *n = l;
    return s;
}

static void add_text(ent_buf *b, const char *s, size_t n) {
    ent_utf8_repair(b, s, n, NULL);   /* as the reader repairs an article */
}

/* `^`, `<` and `>` lines of a block. */
static const char *text_line(reader *r, block *b, const char *s) {
    size_t n;
    const char *t = marker_text(s, &n);
    if (s[0] == '^') {
        if (b->body.len || b->n) return "headline after the body";
        if (b->title.len) return "a second headline";
        if (b->tabari) return "a tabari: block takes no headline";
        add_text(&b->title, t, n);
        return NULL;
    }
    if (!n) return "empty text line";
    int rec = s[0] == '>' && n == 1 && t[0] == '*';
    if (rec && !b->tabari) return "'> *' needs a tabari: source";
    /* one line, one paragraph: a sentence per line is how the sets are written, and
     * TABARI's rules read text without a blank line as one record */
    if (b->body.len) ent_buf_adds(&b->body, "\n\n");
    size_t at = b->body.len;
    if (rec) {
        ent_buf_adds(&b->body, b->rtext ? b->rtext : "");   /* none when the block is skipped */
    } else {
        add_text(&b->body, t, n);
    }
    if (s[0] == '>') {
        item *it = new_item(b, r->ln);
        it->start = at;
        it->end = b->body.len;
        it->record = rec;
    }
    return NULL;
}

/* One line inside a block or a gold item. */
static void item_line(reader *r, block *b, const char *s) {
    item *cur = b->n ? &b->it[b->n - 1] : NULL;
    const char *why = NULL;
    if (s[0] == '#') return;
    if ((s[0] == '=' || s[0] == '?' || s[0] == '~') && (s[1] == ' ' || s[1] == '\t')) {
        if (!cur) why = "event line before any scored sentence";
        else if ((why = event_line(cur, s))) cur->bad = 1;
    } else if (!strcmp(s, "-")) {
        if (!cur) why = "'-' before any scored sentence";
        else if (cur->gold.n || cur->alt.n) why = "'-' under a sentence with events", cur->bad = 1;
        else cur->none = cur->annotated = 1;
    } else if (b->old) {
        if (b->body.len) ent_buf_addc(&b->body, '\n');
        ent_buf_adds(&b->body, s);
    } else if ((s[0] == '^' || s[0] == '<' || s[0] == '>') && (s[1] == ' ' || s[1] == '\t' || !s[1])) {
        if (s[0] == '>' && cur && !cur->annotated) bad_line(r, cur->line, "scored sentence without '=', '?', '~' or '-'");
        why = text_line(r, b, s);
    } else {
        why = "unknown line (expected ^ < > = ? ~ - or #)";
    }
    if (why) bad_line(r, r->ln, why);
}

/* The canonical text (headline, blank line, body) and the spans in it. */
static void block_finish(reader *r, block *b) {
    if (b->old) {   /* the item's lines as they are: one unit, scored whole */
        ent_buf_add(&b->text, b->body.p ? b->body.p : "", b->body.len);
        b->it[0].end = b->text.len + 1;
        return;
    }
    item *last = b->n ? &b->it[b->n - 1] : NULL;
    if (last && !last->annotated) bad_line(r, last->line, "scored sentence without '=', '?', '~' or '-'");
    size_t tl = b->tabari ? 0 : b->title.len;
    if (tl) ent_buf_add(&b->text, b->title.p, tl);
    if (tl && b->body.len) ent_buf_add(&b->text, "\n\n", 2);
    b->body_start = tl && b->body.len ? b->text.len : 0;
    ent_buf_add(&b->text, b->body.p ? b->body.p : "", b->body.len);
    for (size_t i = 0; i < b->n; i++) b->it[i].start += b->body_start, b->it[i].end += b->body_start;
}

/* `@ ID DATE`: a gold item, one unit scored whole. */
static int gold_header(reader *r, block *b, const char *s) {
    if (sscanf(s, "@ %63s %15s", b->id, b->date) != 2 || !ent_date_valid(b->date, strlen(b->date))) {
        bad_line(r, r->ln, "bad item header (expected '@ ID YYYY-MM-DD')");
        return -1;
    }
    b->old = 1;
    item *it = new_item(b, r->ln);
    it->annotated = it->record = 1;   /* an article, not one sentence */
    return 0;
}

/* The next block or gold item: 1, or 0 at the end of the file. Lines
 * outside blocks and items (file headers) and the lines of a block with a
 * bad header are passed over. */
static int reader_next(reader *r, block *b) {
    block_reset(b);
    int state = 0;   /* 0 outside, 1 in a block or item, 2 in a bad block */
    while (r->pending || read_line(r)) {
        r->pending = 0;
        const char *s = r->line.p;
        int hdr = s[0] == '@' && (s[1] == ' ' || !s[1] || (s[1] == '@' && (s[2] == ' ' || !s[2])));
        if (hdr && state == 1) {
            r->pending = 1;
            break;
        }
        if (hdr) {
            block_reset(b);
            b->line = r->ln;
            state = (s[1] == '@' ? block_header(r, b, s) : gold_header(r, b, s)) ? 2 : 1;
        } else if (state == 1 && !s[0] && b->old) {
            break;   /* a blank line ends a gold item */
        } else if (state == 1 && s[0]) {
            item_line(r, b, s);
        }
    }
    if (state != 1) return 0;
    block_finish(r, b);
    return 1;
}

/* ---- the scorer: block -> coded events -> tallies ---- */

typedef struct score {
    long tp, fp, fn;
} score;

typedef struct tally {
    score total, roots[21];
    long items, articles, skipped, alt_items, bad;
    int blocks;            /* the file has real-news blocks */
    long missed[EE_NCLASS], falsev[EE_NCLASS];   /* --errors */
    char lang[8];          /* the language of its articles ("mixed") */
} tally;

typedef struct evalctx {
    ent_pipeline *p;
    ent_result r;
    const char *lang;      /* NULL: from the file name, else detected */
    int verbose, json, errors;
    FILE *evf;
    ent_buf evb;
    ent_arena ar;
    records rc;
} evalctx;

static void coded_keys(const ent_event *ev, size_t n, const item *it, keyset *got) {
    got->n = 0;
    for (size_t i = 0; i < n; i++) {
        if (ev[i].negated || ev[i].mood || ev[i].ev_start < it->start || ev[i].ev_start >= it->end) continue;
        char k[24];
        key_of(ev[i].source.code, ev[i].cameo->code, ev[i].target.code, k);
        ks_add(got, k);
    }
}

/* The errors of one item and their classes (--errors; -1 when not asked). */
typedef struct item_errs {
    int miss[KEYS_MAX], fals[KEYS_MAX];
    const char *mwhy[KEYS_MAX], *fwhy[KEYS_MAX];
} item_errs;

static void print_err(const char *what, const char *key, int cls, const char *why) {
    if (cls < 0) printf("  %s %s\n", what, key);
    else printf("  %s %-16s %s: %s\n", what, key, ee_class_name[cls], why);
}

static void print_diff(const char *path, const block *b, const item *it, const keyset *got, const item_errs *ie) {
    if (b->old) {
        printf("DIFF %s: %s\n", b->id, b->text.p ? b->text.p : "");
    } else {
        printf("DIFF %s:%ld %s: ", path, it->line, b->id);
        for (size_t i = it->start; i < it->end; i++) putchar(b->text.p[i] == '\n' ? ' ' : b->text.p[i]);
        putchar('\n');
    }
    for (int i = 0; i < it->gold.n; i++)
        if (!ks_has(got, it->gold.k[i])) print_err("missed", it->gold.k[i], ie->miss[i], ie->mwhy[i]);
    for (int i = 0; i < got->n; i++)
        if (!ks_has(&it->gold, got->k[i]) && !ks_has(&it->alt, got->k[i])) print_err("extra ", got->k[i], ie->fals[i], ie->fwhy[i]);
}

/* Classifies the item's errors (evalerr.h) into ie and the tally. */
static void classify(const ee_article *ea, const item *it, const keyset *got, tally *t, item_errs *ie) {
    ee_item ei = {it->start, it->end, !it->record, &it->gold, &it->alt, &it->nonfact, got};
    for (int i = 0; i < it->gold.n; i++)
        if (!ks_has(got, it->gold.k[i])) t->missed[ie->miss[i] = ee_missed(ea, &ei, it->gold.k[i], &ie->mwhy[i])]++;
    for (int i = 0; i < got->n; i++)
        if (!ks_has(&it->gold, got->k[i]) && !ks_has(&it->alt, got->k[i]))
            t->falsev[ie->fals[i] = ee_false(ea, &ei, got->k[i], &ie->fwhy[i])]++;
}

static void score_item(evalctx *x, const char *path, const block *b, const item *it, const keyset *got, const ee_article *ea,
                       tally *t) {
    int diff = 0;
    t->items++;
    t->alt_items += it->alt.n > 0;
    for (int i = 0; i < got->n; i++) {
        score *r = &t->roots[root_of(got->k[i])];
        if (ks_has(&it->gold, got->k[i])) t->total.tp++, r->tp++;
        else if (!ks_has(&it->alt, got->k[i])) t->total.fp++, r->fp++, diff = 1;
    }
    for (int i = 0; i < it->gold.n; i++)
        if (!ks_has(got, it->gold.k[i])) t->total.fn++, t->roots[root_of(it->gold.k[i])].fn++, diff = 1;
    item_errs ie;
    for (int i = 0; i < KEYS_MAX; i++) ie.miss[i] = ie.fals[i] = -1, ie.mwhy[i] = ie.fwhy[i] = NULL;
    if (ea && diff) classify(ea, it, got, t, &ie);
    if (x->verbose && !x->json && diff) print_diff(path, b, it, got, &ie);
}

/* Codes the block as one article, as `entente code` would, and scores its items. */
static void code_block(evalctx *x, const char *path, const char *label, block *b, tally *t) {
    if (b->skip) {
        t->skipped++;
        return;
    }
    ent_article a;
    memset(&a, 0, sizeof a);
    a.id = b->tabari ? b->rec : b->id;   /* a TABARI record is coded under its own id, as `code` does */
    a.date = b->date;
    a.text = b->text.p ? b->text.p : "";
    a.text_len = b->text.len;
    a.body_start = b->body_start;
    a.title = b->old || b->tabari ? "" : b->title.p ? b->title.p : "";
    a.url = a.source = "";
    a.file = path;
    a.line = b->line;
    /* --lang, else the file's language (en.gold), else the pipeline's rule */
    ent_code_opts co = {.lang = x->lang ? x->lang : strlen(label) == 2 ? label : NULL};
    a.lang = "";
    ent_err err;
    ent_err_clear(&err);
    if (ent_pipeline_code(x->p, &a, &co, &x->r, &err)) {
        cli_diag(NULL, ENT_ERROR, path, b->line, err.msg);
        t->bad++;
        return;
    }
    const ent_event *ev = x->r.events;
    size_t n = x->r.nevents;
    for (size_t i = 0; x->evf && i < n; i++) {
        ent_buf_reset(&x->evb);
        cli_event_json(&x->evb, &a, &ev[i]);
        if (fwrite(x->evb.p, 1, x->evb.len, x->evf) != x->evb.len) t->bad++;
    }
    t->articles++;
    const char *lang = x->r.lang ? x->r.lang : "";
    if (!t->lang[0]) snprintf(t->lang, sizeof t->lang, "%s", lang);
    else if (strcmp(t->lang, lang)) snprintf(t->lang, sizeof t->lang, "mixed");
    ee_article ea = {a.text, x->r.sentences, x->r.nsentences, x->r.triggers, x->r.ntriggers, ev, n};
    keyset got;
    for (size_t i = 0; i < b->n; i++) {
        if (b->it[i].bad || !b->it[i].annotated) continue;
        coded_keys(ev, n, &b->it[i], &got);
        score_item(x, path, b, &b->it[i], &got, x->errors ? &ea : NULL, t);
    }
}

/* ---- the printer ---- */

static double f1_of(const score *s, double *p, double *r) {
    *p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    *r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
    return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void f1_line(ent_buf *o, const char *label, const score *s, int json) {
    double p, r, f = f1_of(s, &p, &r);
    if (json) {
        ent_buf_adds(o, o->len ? ",{\"label\":" : "{\"label\":");
        ent_buf_json_qstr(o, label);
        ent_buf_printf(o, ",\"tp\":%ld,\"fp\":%ld,\"fn\":%ld,\"precision\":%.3f,\"recall\":%.3f,\"f1\":%.3f}", s->tp,
                       s->fp, s->fn, p, r, f);
    } else
        printf("  %-8s %5ld %5ld %5ld   %5.3f  %5.3f  %5.3f\n", label, s->tp, s->fp, s->fn, p, r, f);
}

/* One file's header, totals and per-root table (JSON: into scores and files). */
static void print_file(const char *path, const char *label, const tally *t, int json, ent_buf *scores, ent_buf *files) {
    if (json) {
        ent_buf_adds(files, files->len ? ",{\"file\":" : "{\"file\":");
        ent_buf_json_qstr(files, path);
        ent_buf_adds(files, ",\"label\":");
        ent_buf_json_qstr(files, label);
        ent_buf_printf(files, ",\"format\":\"%s\",\"items\":%ld,\"articles\":%ld,\"skipped\":%ld,\"alternatives\":%ld,"
                              "\"bad_lines\":%ld}",
                       t->blocks ? "blocks" : "gold", t->items, t->articles, t->skipped, t->alt_items, t->bad);
    } else if (t->blocks) {
        printf("%s (%s, %ld item%s, %ld article%s, %ld block%s skipped, %ld item%s with ?)\n", path, label, t->items,
               t->items == 1 ? "" : "s", t->articles, t->articles == 1 ? "" : "s", t->skipped, t->skipped == 1 ? "" : "s",
               t->alt_items, t->alt_items == 1 ? "" : "s");
    } else {
        printf("%s (%s, %ld items)\n", path, label, t->items);
    }
    if (!json) printf("  %-8s %5s %5s %5s   %5s  %5s  %5s\n", "", "tp", "fp", "fn", "prec", "recall", "F1");
    f1_line(scores, label, &t->total, json);
    for (int r = 1; r <= 20; r++) {
        if (!t->roots[r].tp && !t->roots[r].fp && !t->roots[r].fn) continue;
        char l[24];
        snprintf(l, sizeof l, "%s:%02d", label, r);
        f1_line(scores, l, &t->roots[r], json);
    }
}

/* The error table of one file (--errors): counts and shares per class,
 * misses and false events apart. */
static void print_errors(const tally *t, int json, ent_buf *files) {
    long nm = 0, nf = 0;
    for (int c = 0; c < EE_NCLASS; c++) nm += t->missed[c], nf += t->falsev[c];
    if (json) {
        files->len--;   /* into the file's object */
        ent_buf_adds(files, ",\"errors\":{\"language\":");
        ent_buf_json_qstr(files, t->lang);
        for (int w = 0; w < 2; w++) {
            ent_buf_adds(files, w ? "},\"false\":{" : ",\"missed\":{");
            for (int c = 0; c < EE_NCLASS; c++)
                ent_buf_printf(files, "%s\"%s\":%ld", c ? "," : "", ee_class_name[c], w ? t->falsev[c] : t->missed[c]);
        }
        ent_buf_adds(files, "}}}");
        return;
    }
    printf("  errors (%s) missed  share   false  share\n", t->lang[0] ? t->lang : "-");
    for (int c = 0; c < EE_NCLASS; c++)
        printf("  %-12s %6ld %5.1f%%  %6ld %5.1f%%\n", ee_class_name[c], t->missed[c], nm ? 100.0 * (double)t->missed[c] / (double)nm : 0.0,
               t->falsev[c], nf ? 100.0 * (double)t->falsev[c] / (double)nf : 0.0);
    printf("  %-12s %6ld %5.1f%%  %6ld %5.1f%%\n", "total", nm, nm ? 100.0 : 0.0, nf, nf ? 100.0 : 0.0);
}

/* ---- the command ---- */

static const char *eval_help =
    "usage: entente eval [--lang L] [--min-f1 X] [--verbose] [--errors] [--json] [--events FILE]\n"
    "                    [--verbs PATH] [--options PATH] [DICT OPTIONS] FILE...\n"
    "\n"
    "Scores the coder on annotated files: gold items (`@ ID DATE`, tests/gold/en.gold)\n"
    "or real-news blocks (`@@ ARTICLE-ID DATE SOURCE`, tests/real/GUIDE.md), at\n"
    "(source, CAMEO root, target), where an actor is its country, else the first six\n"
    "letters of its code (IGOUNO, IGOEUR); `?` triples are acceptable alternatives.\n"
    "Prints per file the items, articles, skipped blocks and items with `?`, then\n"
    "tp, fp, fn, precision, recall and F1 in total and per root. The label of a file\n"
    "is --lang, else its name up to the first dot (en.test -> en); the language is\n"
    "--lang, else a two-letter label, else detected per article. Bad lines are\n"
    "reported as FILE:LINE: reason; the rest scores, with exit status 1.\n"
    "  --verbose          list every scored item whose events differ\n"
    "  --errors           a table of the errors (misses and false events apart) by class:\n"
    "                     Actors, Verbs, Attachment, Conventions, Splitting, from what\n"
    "                     the coder saw (rules: cli/evalerr.h, tests/real/ERRORS.md);\n"
    "                     with --verbose, each error with its class and why\n"
    "  --json             the same numbers as JSON\n"
    "  --events FILE      write every coded event as `entente code` prints it\n"
    "  --verbs PATH       add a verb file; a TABARI .verbs or PETRARCH verb file scores\n"
    "                     TABARI's rules with the --actors/--agents files, as `code` does\n"
    "  --options PATH     a TABARI .options file (with TABARI verbs)\n"
    "  --min-f1 X         exit status 1 when a file's F1 is below X (default 0)\n"
    CLIDICT_HELP;

/* Reads, codes and scores one file; 0, or -1 when it cannot be opened. */
static int eval_file(evalctx *x, const char *path, const char *label, tally *t) {
    reader r;
    memset(&r, 0, sizeof r);
    if (!(r.f = fopen(path, "r"))) return -1;
    r.path = path;
    r.rc = &x->rc;
    ent_buf_init(&r.line);
    ent_strmap_init(&r.ids);
    block b;
    memset(&b, 0, sizeof b);
    while (reader_next(&r, &b)) {
        t->blocks |= !b.old;
        code_block(x, path, label, &b, t);
    }
    t->bad += r.bad;
    if (ferror(r.f)) cli_error("eval: error reading %s", path), t->bad++;
    fclose(r.f);
    ent_buf_free(&r.line);
    ent_strmap_free(&r.ids);
    ent_buf_free(&b.title);
    ent_buf_free(&b.body);
    ent_buf_free(&b.text);
    free(b.it);
    return 0;
}

static void file_label(const char *path, const char *lang, char out[16]) {
    if (lang) {
        snprintf(out, 16, "%s", lang);
        return;
    }
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(out, 16, "%.*s", (int)strcspn(b, "."), b);
}

/* Every file in turn; returns the exit status. */
static int eval_files(evalctx *x, char **paths, int n, double min_f1) {
    int status = EXIT_OK;
    ent_buf scores, files;
    ent_buf_init(&scores);
    ent_buf_init(&files);
    for (int i = 0; i < n; i++) {
        char label[16];
        file_label(paths[i], x->lang, label);
        tally t;
        memset(&t, 0, sizeof t);
        if (eval_file(x, paths[i], label, &t)) {
            cli_error("eval: cannot open %s", paths[i]);
            status = EXIT_SKIPPED;
            continue;
        }
        print_file(paths[i], label, &t, x->json, &scores, &files);
        if (x->errors) print_errors(&t, x->json, &files);
        double p, r, f = f1_of(&t.total, &p, &r);
        if (f < min_f1) {
            if (!x->json) printf("  F1 %.3f is below %.3f\n", f, min_f1);
            status = EXIT_SKIPPED;
        }
        if (t.bad) status = EXIT_SKIPPED;
    }
    if (x->json) printf("{\"scores\":[%s],\"files\":[%s]}\n", scores.p ? scores.p : "", files.p ? files.p : "");
    ent_buf_free(&scores);
    ent_buf_free(&files);
    return status;
}

static void records_free(records *rc) {
    for (size_t i = 0; i < rc->n; i++) free(rc->text[i]);
    free(rc->text);
    ent_strmap_free(&rc->files);
    ent_strmap_free(&rc->recs);
}

int cmd_eval(int argc, char **argv) {
    static const struct option opts[] = {{"lang", required_argument, 0, 'l'}, {"min-f1", required_argument, 0, 'm'},
                                         {"events", required_argument, 0, 'e'}, {"verbose", no_argument, 0, 'v'},
                                         {"json", no_argument, 0, 'j'}, {"verbs", required_argument, 0, 'V'},
                                         {"errors", no_argument, 0, 'E'},
                                         {"options", required_argument, 0, 'O'}, {"help", no_argument, 0, 'h'},
                                         CLIDICT_LONGOPTS, {0, 0, 0, 0}};
    const char *events_path = NULL, *verbs[16];
    int nverbs = 0, c;
    double min_f1 = 0;
    evalctx x;
    memset(&x, 0, sizeof x);
    clidict cd;
    clidict_init(&cd);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'l': x.lang = optarg; break;
        case 'm': min_f1 = atof(optarg); break;
        case 'v': x.verbose = 1; break;
        case 'j': x.json = 1; break;
        case 'E': x.errors = 1; break;
        case 'e': events_path = optarg; break;
        case 'V':
        case 'O': if (nverbs < 16) verbs[nverbs++] = optarg; break;
        case 'h': fputs(eval_help, stdout); return EXIT_OK;
        default: return cli_bad_option("eval", argv);
        }
    }
    if (optind >= argc) {
        fputs(eval_help, stderr);
        return EXIT_USAGE;
    }
    for (int i = 0; i < nverbs; i++) clidict_verb(&cd, verbs[i]);
    ent_pipeline_opts po;
    clidict_pipeline_opts(&cd, &po);
    ent_err err;
    ent_err_clear(&err);
    if (!(x.p = ent_pipeline_open(&po, &err))) return cli_err(&err), EXIT_USAGE;
    if (x.errors && ent_pipeline_tabari(x.p)) {
        cli_error("eval: --errors reads the built-in coder's sentences and triggers, not TABARI's rules");
        ent_pipeline_close(x.p);
        return EXIT_USAGE;
    }
    if (events_path && !(x.evf = fopen(events_path, "w"))) {
        cli_error("eval: cannot write %s", events_path);
        ent_pipeline_close(x.p);
        return EXIT_USAGE;
    }
    ent_result_init(&x.r);
    ent_buf_init(&x.evb);
    ent_arena_init(&x.ar, 1 << 20);
    ent_strmap_init(&x.rc.files);
    ent_strmap_init(&x.rc.recs);
    int status = eval_files(&x, argv + optind, argc - optind, min_f1);
    if (x.evf && fclose(x.evf)) {
        cli_error("eval: cannot write %s", events_path);
        status = EXIT_SKIPPED;
    }
    ent_buf_free(&x.evb);
    ent_arena_free(&x.ar);
    records_free(&x.rc);
    ent_result_free(&x.r);
    ent_pipeline_close(x.p);
    return status;
}
