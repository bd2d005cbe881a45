/* actors.c - the one reader of TABARI/PETRARCH .actors, .agents and discard
 * files (see tabari.h), for the TABARI matcher (dict.c) and for entente's
 * own dictionaries (src/dict/tabari.c). It knows the syntax; what a line
 * means (roots, entries) is its callers' business. */
#define _POSIX_C_SOURCE 200809L
#include "tb_int.h"

#include "../base/buf.h"
#include "../base/utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t ent_tabari_date(const char *s, size_t n) {
    if (n != 6 && n != 8) return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return -1;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');   /* exactly n digits: s may go on */
    if (n == 6) {   /* two-digit years 00-30 are 2000-2030, the others 19xx (TABARI's manual) */
        int yy = (int)(v / 10000);
        return (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000;
    }
    return n == 8 ? v : -1;
}

/* "- - -" (three dashes, spaced or not, nothing else): the null code */
static int null_code(const char *s) {
    int dashes = 0;
    for (; *s == '-' || *s == ' ' || *s == '\t'; s++) dashes += *s == '-';
    return dashes == 3 && !*s;
}

/* The date span after a code, spaces removed: "<D", ">D", "A-B", "A-", "-B". */
static int parse_span(const char *p, ent_tabari_acode *c) {
    if (!*p) return 0;
    c->dated = 1;
    if (*p == '<' || *p == '>') {
        char op = *p++;
        size_t dn = strspn(p, "0123456789");
        int32_t d = ent_tabari_date(p, dn);
        if (d < 0 || p[dn]) return -1;
        if (op == '>') c->from = d;
        else c->to = d;
        return 0;
    }
    size_t dn = strspn(p, "0123456789");
    if (p[dn] != '-') return -1;
    const char *q = p + dn + 1;
    size_t qn = strspn(q, "0123456789");
    c->from = dn ? ent_tabari_date(p, dn) : 0;
    c->to = qn ? ent_tabari_date(q, qn) : 0;
    return q[qn] || c->from < 0 || c->to < 0 ? -1 : 0;
}

int ent_tabari_acode_parse(const char *in, size_t n, ent_tabari_acode *c) {
    memset(c, 0, sizeof *c);
    char b[256];
    snprintf(b, sizeof b, "%.*s", (int)(n < 255 ? n : 255), in);
    char *s = b;
    while (*s == ' ' || *s == '\t') s++;
    if (null_code(s)) {
        strcpy(c->code, "---");
        return 0;
    }
    size_t cl = strcspn(s, " \t<>");
    if (!cl || cl >= sizeof c->code) return -1;
    memcpy(c->code, s, cl);
    c->code[cl] = 0;
    /* the span, with the spaces some files put around < > - removed */
    char span[64];
    size_t k = 0;
    for (const char *p = s + cl; *p && k + 1 < sizeof span; p++)
        if (*p != ' ' && *p != '\t') span[k++] = *p;
    span[k] = 0;
    return parse_span(span, c);
}

/* ---- lines ---- */

typedef struct macro {
    char *name;              /* "!PERSON!" */
    char **alts;
    size_t n;
} macro;

typedef struct reader {
    const char *display;
    const ent_diag *diag;
    int petrarch, bad;
    long ln;
    macro *mac;
    size_t nmac;
    ent_arena ar;            /* one line's strings */
    ent_tabari_line l;
    size_t capph;
} reader;

static void skip(reader *r, const char *why) {
    r->bad++;
    ent_diag_report(r->diag, ENT_WARN, r->display, r->ln, "%s; line skipped", why);
}

/* Reads the next line into b (without CR/LF and trailing blanks); 0 at end of file. */
static int next_line(FILE *f, ent_buf *b) {
    ent_buf_reset(b);
    int c;
    while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(b, (char)c);
    ent_buf_reserve(b, 0);   /* an empty line still has a buffer */
    if (c == EOF && !b->len) return 0;
    while (b->len && (b->p[b->len - 1] == '\r' || b->p[b->len - 1] == ' ' || b->p[b->len - 1] == '\t')) b->p[--b->len] = 0;
    return 1;
}

/* Cuts comments: `;` anywhere, `#` at the start of a word (anywhere in PETRARCH files). */
static void strip_comment(char *s, int petrarch) {
    char *semi = strchr(s, ';');
    if (semi) *semi = 0;
    for (char *h = strchr(s, '#'); h; h = strchr(h + 1, '#'))
        if (petrarch || h == s || h[-1] == ' ' || h[-1] == '\t') {
            *h = 0;
            break;
        }
    size_t l = strlen(s);
    while (l && (s[l - 1] == ' ' || s[l - 1] == '\t')) s[--l] = 0;
}

/* "!PERSON! = MAN, MEN, WOMAN": a substitution set */
static void add_macro(reader *r, char *s) {
    char *eq = strchr(s, '=');
    *eq = 0;
    r->mac = ent_xrealloc(r->mac, (r->nmac + 1) * sizeof *r->mac);
    macro *m = &r->mac[r->nmac++];
    memset(m, 0, sizeof *m);
    m->name = ent_xstrndup(s, strcspn(s, " \t"));
    char *save = NULL;
    for (char *a = strtok_r(eq + 1, ",", &save); a; a = strtok_r(NULL, ",", &save)) {
        while (*a == ' ') a++;
        size_t al = strcspn(a, " \t");
        if (!al) continue;
        m->alts = ent_xrealloc(m->alts, (m->n + 1) * sizeof *m->alts);
        m->alts[m->n++] = ent_xstrndup(a, al);
    }
}

static void add_phrase(reader *r, const char *p) {
    if ((size_t)r->l.nphrases == r->capph) {
        r->capph = r->capph ? r->capph * 2 : 8;
        const char **v = ent_arena_alloc(&r->ar, r->capph * sizeof *v);
        if (r->l.nphrases) memcpy(v, r->l.phrases, (size_t)r->l.nphrases * sizeof *v);
        r->l.phrases = v;
    }
    r->l.phrases[r->l.nphrases++] = ent_arena_strdup(&r->ar, p);
}

/* The phrase with every substitution set expanded (each alternative in turn). */
static void expand(reader *r, const char *p, int depth) {
    const char *b = strchr(p, '!'), *e = b ? strchr(b + 1, '!') : NULL;
    for (size_t m = 0; e && depth < 8 && m < r->nmac; m++) {
        if (strlen(r->mac[m].name) != (size_t)(e - b + 1) || strncmp(r->mac[m].name, b, (size_t)(e - b + 1))) continue;
        for (size_t a = 0; a < r->mac[m].n; a++) {
            ent_buf x;
            ent_buf_init(&x);
            ent_buf_add(&x, p, (size_t)(b - p));
            ent_buf_adds(&x, r->mac[m].alts[a]);
            ent_buf_adds(&x, e + 1);
            expand(r, x.p, depth + 1);
            ent_buf_free(&x);
        }
        return;
    }
    add_phrase(r, p);
}

/* The [...] codes of s; -1 when one does not parse (*bad: its text). */
static int codes(reader *r, const char *s, const char **bad) {
    size_t cap = 0;
    for (const char *b = strchr(s, '['); b; b = strchr(b + 1, '[')) cap++;
    r->l.codes = ent_arena_alloc(&r->ar, (cap ? cap : 1) * sizeof *r->l.codes);
    for (const char *b = strchr(s, '['); b; b = strchr(b, '[')) {
        const char *e = strchr(b, ']');
        if (!e || ent_tabari_acode_parse(b + 1, (size_t)(e - b - 1), &r->l.codes[r->l.ncodes])) {
            *bad = ent_arena_strndup(&r->ar, b, e ? (size_t)(e - b) : strlen(b));
            return -1;
        }
        r->l.ncodes++;
        b = e + 1;
    }
    return 0;
}

/* A phrase or synonym line: the phrase (up to [ or {), its {forms}, its [codes]. */
static int phrase_line(reader *r, char *s) {
    int synonym = *s == '+';
    if (synonym) s++;
    size_t pl = strcspn(s, "[{"), pe = pl;
    while (pe && (s[pe - 1] == ' ' || s[pe - 1] == '\t')) pe--;
    if (!pe) return skip(r, "no phrase"), -1;
    r->l.kind = synonym ? ENT_TBL_SYNONYM : ENT_TBL_PHRASE;
    r->l.raw = ent_arena_strndup(&r->ar, s, pe);
    char *rest = s + pl;
    if (*rest == '{') {
        char *e = strchr(rest, '}');
        if (!e) return skip(r, "missing }"), -1;
        r->l.forms = ent_arena_strndup(&r->ar, rest + 1, (size_t)(e - rest - 1));
        rest = e + 1;
    }
    const char *bad;
    if (codes(r, rest, &bad)) return skip(r, "bad code in brackets"), -1;
    expand(r, r->l.raw, 0);
    return 0;
}

/* Classifies one line (comments cut) into r->l; 1 to pass on, 0 nothing, -1 skipped (reported). */
static int classify(reader *r, char *s, int *section) {
    int indented = *s == ' ' || *s == '\t';
    while (*s == ' ' || *s == '\t') s++;
    if (!*s || *s == '#' || *s == ';' || *s == '/') return 0;
    if (*s == '<') {   /* sections, and PETRARCH's XML-ish tags and comments */
        if (!strncmp(s, "<NOUN", 5)) *section = ENT_TBL_NOUN;
        else if (!strncmp(s, "<ADJ", 4)) *section = ENT_TBL_ADJ;
        else if (!strncmp(s, "</", 2)) *section = 0;
        return 0;
    }
    strip_comment(s, r->petrarch);
    if (!*s) return 0;
    r->l.text = ent_arena_strdup(&r->ar, s);
    r->l.indented = indented;
    if (*section) {
        r->l.kind = *section;
        r->l.raw = ent_arena_strndup(&r->ar, s, strcspn(s, "[{"));
        add_phrase(r, r->l.raw);
        return 1;
    }
    if (*s == '!' && strchr(s, '=')) {
        add_macro(r, s);
        return 0;
    }
    if (*s == '[') {   /* more (dated) codes of the phrase above */
        const char *bad;
        r->l.kind = ENT_TBL_CODES;
        if (codes(r, s, &bad)) {
            char why[64];
            snprintf(why, sizeof why, "bad code '%.40s'", bad);
            return skip(r, why), -1;
        }
        return 1;
    }
    return phrase_line(r, s) ? -1 : 1;
}

static void reader_free(reader *r) {
    for (size_t m = 0; m < r->nmac; m++) {
        for (size_t a = 0; a < r->mac[m].n; a++) free(r->mac[m].alts[a]);
        free(r->mac[m].alts);
        free(r->mac[m].name);
    }
    free(r->mac);
    ent_arena_free(&r->ar);
}

int ent_tabari_read_actors(FILE *f, const char *display, int petrarch, const ent_diag *diag, ent_tabari_line_fn fn,
                           void *ud) {
    reader r = {.display = display, .diag = diag, .petrarch = petrarch};
    ent_arena_init(&r.ar, 16 * 1024);
    ent_buf line;
    ent_buf_init(&line);
    int section = 0;
    while (next_line(f, &line)) {
        r.ln++;
        if (!strncmp(line.p + strspn(line.p, " \t"), "~FINISH", 7) || !strncmp(line.p + strspn(line.p, " \t"), "~~FINISH", 8)) break;
        ent_arena_reset(&r.ar);
        memset(&r.l, 0, sizeof r.l);
        r.capph = 0;
        r.l.line = r.ln;
        if (ent_utf8_valid_prefix(line.p, line.len) != line.len) {
            skip(&r, "invalid UTF-8");
            continue;
        }
        int got = classify(&r, line.p, &section);
        if (got < 0) r.l.skipped = 1;   /* reported; passed on so that callers forget the phrase above */
        if (got) {
            const char *why = fn(ud, &r.l);
            if (why) skip(&r, why);
        }
    }
    ent_buf_free(&line);
    reader_free(&r);
    return r.bad;
}
