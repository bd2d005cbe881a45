/* cmd_validate.c - `entente validate SUITE`: a peer coder's validation suite.
 *
 * A TABARI .project names its dictionaries and its text file; the records
 * are coded up to FINAL-01 (as TABARI's V)alidate does). The expected
 * events are the `{ SRC / TGT / CODE }` lines in each record's / * ... * /
 * comment ({+++} {---} {###}: none; `-{...}`: not expected; `{ OPTION: X }`
 * applies .options command X). A PETRARCH XML suite (<Environment> files,
 * <Sentence> records with <EventCoding>) is read the same way: noevents =
 * none, error records and evaluate="false" are not scored, categories not
 * in <Include> are skipped. Parse trees are never used: the record's text
 * (comments removed) goes through ent_pipeline_code, as in `entente code`.
 * A record is exact when its set of (source, target, code) equals the
 * expected set.
 */
#define _POSIX_C_SOURCE 200809L
#include "clidict.h"

#include "../src/pipeline/pipeline.h"

#include "../src/base/buf.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct triple {
    char s[64], t[64], c[16];
} triple;

typedef struct vstats {
    size_t records, exact, found, expected, extra;
} vstats;

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    ent_buf b;
    ent_buf_init(&b);
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) ent_buf_add(&b, tmp, k);
    fclose(f);
    ent_buf_reserve(&b, 0);
    *n = b.len;
    return b.p;
}

static void trim(char *s) {
    size_t l = strlen(s);
    while (l && (s[l - 1] == ' ' || s[l - 1] == '\t' || s[l - 1] == '\r' || s[l - 1] == '\n')) s[--l] = 0;
    size_t k = strspn(s, " \t\r\n");
    if (k) memmove(s, s + k, strlen(s + k) + 1);
}

static void upcase(char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
}

static int has_triple(const triple *v, size_t n, const triple *x) {
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i].s, x->s) && !strcmp(v[i].t, x->t) && !strcmp(v[i].c, x->c)) return 1;
    return 0;
}

static void list_triples(ent_buf *o, const triple *v, size_t n) {
    if (!n) ent_buf_adds(o, "(none)");
    for (size_t i = 0; i < n; i++) ent_buf_printf(o, "%s%s/%s/%s", i ? " " : "", v[i].s, v[i].t, v[i].c);
}

/* The pipeline of a suite's dictionaries; NULL when reported. */
static ent_pipeline *open_pipeline(clidict *cd) {
    ent_pipeline_opts po;
    clidict_pipeline_opts(cd, &po);
    ent_err err;
    ent_err_clear(&err);
    ent_pipeline *p = ent_pipeline_open(&po, &err);
    if (!p) cli_err(&err);
    return p;
}

/* Codes one record through the pipeline and scores it. */
static void score(ent_pipeline *p, const char *id, const char *date, const char *text, size_t n, const triple *exp,
                  size_t nexp, vstats *st, int quiet, ent_result *r) {
    ent_article a;
    memset(&a, 0, sizeof a);
    a.id = id;
    a.date = date;
    a.text = text;
    a.text_len = n;
    a.lang = a.title = a.url = a.source = a.file = "";
    ent_event *ev = NULL;
    size_t ne = 0;
    ent_err err;
    ent_err_clear(&err);
    ent_code_opts co = {.lang = "en"};   /* TABARI's validation records are English */
    if (!ent_pipeline_code(p, &a, &co, r, &err)) ev = r->events, ne = r->nevents;
    triple got[256];
    size_t ng = 0;
    for (size_t i = 0; i < ne && ng < 256; i++) {
        triple t;
        snprintf(t.s, sizeof t.s, "%s", ev[i].source.code);
        snprintf(t.t, sizeof t.t, "%s", ev[i].target.code);
        snprintf(t.c, sizeof t.c, "%s", ev[i].cameo->code);
        if (!has_triple(got, ng, &t)) got[ng++] = t;
    }
    size_t found = 0, extra = 0;
    for (size_t i = 0; i < nexp; i++) found += has_triple(got, ng, &exp[i]);
    for (size_t i = 0; i < ng; i++) extra += !has_triple(exp, nexp, &got[i]);
    int exact = found == nexp && !extra;
    st->records++;
    st->exact += exact;
    st->found += found;
    st->expected += nexp;
    st->extra += extra;
    if (quiet) return;
    ent_buf o;
    ent_buf_init(&o);
    ent_buf_printf(&o, "%s %s expected ", exact ? "PASS" : "FAIL", id);
    list_triples(&o, exp, nexp);
    ent_buf_adds(&o, " produced ");
    list_triples(&o, got, ng);
    ent_buf_addc(&o, '\n');
    fwrite(o.p, 1, o.len, stdout);
    ent_buf_free(&o);
}

/* "dir/of/suite" + name -> path; the first candidate that exists */
static char *locate(const char *dir, const char *name) {
    const char *sub[] = {"", "../dictionaries/", "dictionaries/"};
    for (size_t i = 0; i < sizeof sub / sizeof *sub; i++) {
        size_t l = strlen(dir) + strlen(sub[i]) + strlen(name) + 2;
        char *p = ent_xmalloc(l);
        snprintf(p, l, "%s/%s%s", dir, sub[i], name);
        FILE *f = fopen(p, "rb");
        if (f) {
            fclose(f);
            return p;
        }
        free(p);
    }
    size_t l = strlen(dir) + strlen(name) + 2;
    char *p = ent_xmalloc(l);
    snprintf(p, l, "%s/%s", dir, name);
    return p;
}

/* ---- TABARI ---- */

/* The expected codings of a comment; OPTION commands applied. Returns -1
 * when the record carries no expectation (not scored). */
static int expectations(ent_pipeline *p, const char *com, triple *exp, size_t *nexp, int *option) {
    int any = 0;
    *nexp = 0;
    *option = 0;
    for (const char *b = strchr(com, '{'); b; b = strchr(b + 1, '{')) {
        const char *e = strchr(b, '}');
        if (!e) e = b + strlen(b);   /* an OPTION line may lack its closing brace */
        /* "-{...}" is an event that should not be coded: no expectation */
        const char *q = b;
        while (q > com && (q[-1] == ' ' || q[-1] == '\t')) q--;
        int negated = q > com && q[-1] == '-';
        char in[512];
        snprintf(in, sizeof in, "%.*s", (int)(e - b - 1), b + 1);
        trim(in);
        if (!strncmp(in, "OPTION:", 7)) {
            ent_tabari_option(ent_pipeline_tabari(p), in + 7);
            *option = 1;
            continue;
        }
        if (negated) continue;   /* "-{...}": an event that should not be coded checks nothing */
        char *s1 = strchr(in, '/');
        char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
        if (!s1 || !s2) {
            if (strstr(in, "+++") || strstr(in, "---") || strstr(in, "###")) any = 1;
            continue;
        }
        *s1 = *s2 = 0;
        triple t;
        snprintf(t.s, sizeof t.s, "%.63s", in);
        snprintf(t.t, sizeof t.t, "%.63s", s1 + 1);
        snprintf(t.c, sizeof t.c, "%.15s", s2 + 1);
        trim(t.s), trim(t.t), trim(t.c);
        upcase(t.s), upcase(t.t), upcase(t.c);
        any = 1;
        if (*nexp < 64 && !has_triple(exp, *nexp, &t)) exp[(*nexp)++] = t;
    }
    return any ? 0 : -1;
}

static int run_tabari(const char *suite, const char *dir, vstats *st, int quiet) {
    size_t n;
    char *proj = slurp(suite, &n);
    if (!proj) {
        cli_error("validate: cannot read %s", suite);
        return -1;
    }
    clidict cd;
    clidict_init(&cd);
    cd.opts.no_builtin = 1;
    char *textfile = NULL, *verbsfile = NULL, *optsfile = NULL;
    char **owned = NULL;
    size_t nowned = 0;
    for (char *line = strtok(proj, "\n"); line; line = strtok(NULL, "\n")) {
        char *gt = strchr(line, '>');
        if (line[0] != '<' || !gt) continue;
        char key[32];
        snprintf(key, sizeof key, "%.*s", (int)(gt - line - 1), line + 1);
        char val[1024];
        snprintf(val, sizeof val, "%s", gt + 1);
        trim(val);
        if (!*val) continue;
        char *path = locate(dir, val);
        owned = ent_xrealloc(owned, (nowned + 1) * sizeof *owned);
        owned[nowned++] = path;
        if (!strcmp(key, "actorsfile") && cd.nfiles < CLIDICT_MAX_FILES) cd.files[cd.nfiles] = path, cd.agents[cd.nfiles++] = 0;
        else if (!strcmp(key, "agentsfile") && cd.nfiles < CLIDICT_MAX_FILES) cd.files[cd.nfiles] = path, cd.agents[cd.nfiles++] = 1;
        else if (!strcmp(key, "verbsfile")) verbsfile = path;
        else if (!strcmp(key, "optionsfile")) optsfile = path;
        else if (!strcmp(key, "textfile") && !textfile) textfile = path;
    }
    free(proj);
    int rc = -1;
    ent_pipeline *p = NULL;
    if (!verbsfile || !textfile) {
        cli_error("validate: %s names no <verbsfile> or <textfile>", suite);
        goto out;
    }
    clidict_verb(&cd, verbsfile);
    if (optsfile) clidict_verb(&cd, optsfile);
    if (!(p = open_pipeline(&cd))) goto out;
    if (!ent_pipeline_tabari(p)) {
        cli_error("validate: %s is not a TABARI verbs file", verbsfile);
        ent_pipeline_close(p);
        goto out;
    }
    char *txt = slurp(textfile, &n);
    if (!txt) {
        cli_error("validate: cannot read %s", textfile);
        ent_pipeline_close(p);
        goto out;
    }
    ent_result res;
    ent_result_init(&res);
    ent_buf body, com;
    ent_buf_init(&body);
    ent_buf_init(&com);
    char *s = txt;
    while (*s) {
        /* a record header: a line starting with a digit */
        char *eol = strchr(s, '\n');
        size_t ll = eol ? (size_t)(eol - s) : strlen(s);
        if (!(s[0] >= '0' && s[0] <= '9')) {
            s += ll + (eol ? 1 : 0);
            continue;
        }
        char hdr[256];
        snprintf(hdr, sizeof hdr, "%.*s", (int)(ll < 255 ? ll : 255), s);
        s += ll + (eol ? 1 : 0);
        size_t dn = strspn(hdr, "0123456789");
        char date[16] = "2000-01-01";
        /* TABARI reads six digits (a typo'd seventh is ignored) or eight */
        int32_t ymd = dn == 6 || dn == 7 ? ent_tabari_date(hdr, 6) : dn == 8 ? ent_tabari_date(hdr, 8) : -1;
        if (ymd > 0) ent_date_format(ymd, date);
        char id[128];
        const char *ip = hdr + dn;
        while (*ip == ' ' || *ip == '\t') ip++;
        snprintf(id, sizeof id, "%.*s", (int)strcspn(ip, " \t\r"), ip);
        /* text up to a blank line; comments apart */
        ent_buf_reset(&body);
        ent_buf_reset(&com);
        char *end = s;
        for (;;) {
            char *e2 = strchr(end, '\n');
            size_t l2 = e2 ? (size_t)(e2 - end) : strlen(end);
            if (strspn(end, " \t\r") >= l2) break;
            end += l2 + (e2 ? 1 : 0);
            if (!e2) break;
        }
        int incom = 0;
        for (char *q = s; q < end; q++) {
            if (!incom && q[0] == '/' && q + 1 < end && q[1] == '*') incom = 1, q++;
            else if (incom && q[0] == '*' && q + 1 < end && q[1] == '/') incom = 0, q++;
            else if (incom) ent_buf_addc(&com, *q);
            else ent_buf_addc(&body, *q == '\r' ? ' ' : *q);
        }
        s = end;
        ent_buf_reserve(&body, 0);
        ent_buf_reserve(&com, 0);
        if (!strcmp(id, "FINAL-01")) break;
        triple exp[64];
        size_t nexp;
        int option;
        if (expectations(p, com.p, exp, &nexp, &option) < 0) continue;
        while (body.len && (body.p[body.len - 1] == '\n' || body.p[body.len - 1] == ' ')) body.p[--body.len] = 0;
        score(p, id, date, body.p, body.len, exp, nexp, st, quiet, &res);
    }
    ent_buf_free(&body);
    ent_buf_free(&com);
    ent_result_free(&res);
    free(txt);
    ent_pipeline_close(p);
    rc = 0;
out:
    for (size_t i = 0; i < nowned; i++) free(owned[i]);
    free(owned);
    return rc;
}

/* ---- PETRARCH XML ---- */

static int attr(const char *tag, const char *tagend, const char *name, char *out, size_t cap) {
    size_t nl = strlen(name);
    for (const char *p = tag; p && p < tagend; p++) {
        p = strstr(p, name);
        if (!p || p >= tagend) return 0;
        if ((p > tag && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n')) && (p[nl] == '=' || p[nl] == ' ')) {
            const char *q = p + nl;
            while (*q == ' ' || *q == '=') q++;
            char quote = *q;
            if (quote != '"' && quote != '\'') return 0;
            const char *e = strchr(q + 1, quote);
            if (!e || e > tagend) return 0;
            snprintf(out, cap, "%.*s", (int)(e - q - 1), q + 1);
            return 1;
        }
    }
    return 0;
}

static char *element(const char *s, const char *name) {
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", name);
    snprintf(close, sizeof close, "</%s>", name);
    const char *b = strstr(s, open);
    if (!b) return NULL;
    b += strlen(open);
    const char *e = strstr(b, close);
    if (!e) return NULL;
    char *r = ent_xstrndup(b, (size_t)(e - b));
    trim(r);
    return r;
}

static int run_petrarch(const char *suite, const char *dir, vstats *st, int quiet) {
    size_t n;
    char *x = slurp(suite, &n);
    if (!x) {
        cli_error("validate: cannot read %s", suite);
        return -1;
    }
    clidict cd;
    clidict_init(&cd);
    cd.opts.no_builtin = 1;
    const char *names[] = {"Actorfile", "Agentfile", "Discardfile"};
    char *owned[8];
    int nowned = 0;
    for (int i = 0; i < 3; i++) {
        char *v = element(x, names[i]);
        if (!v) continue;
        owned[nowned++] = locate(dir, v);
        cd.files[cd.nfiles] = owned[nowned - 1];
        cd.agents[cd.nfiles++] = i == 1;
        free(v);
    }
    char *vf = element(x, "Verbfile");
    char *inc = element(x, "Include");
    int rc = -1;
    ent_pipeline *p = NULL;
    if (!vf) {
        cli_error("validate: %s names no <Verbfile>", suite);
        goto out;
    }
    owned[nowned++] = locate(dir, vf);
    clidict_verb(&cd, owned[nowned - 1]);
    if (!(p = open_pipeline(&cd))) goto out;
    if (!ent_pipeline_tabari(p)) {
        cli_error("validate: %s is not a PETRARCH verb dictionary", owned[nowned - 1]);
        ent_pipeline_close(p);
        goto out;
    }
    ent_result res;
    ent_result_init(&res);
    /* comments out of the way first (they may hold whole records) */
    ent_buf clean;
    ent_buf_init(&clean);
    for (const char *q = x; *q;) {
        if (!strncmp(q, "<!--", 4)) {
            const char *e = strstr(q + 4, "-->");
            q = e ? e + 3 : q + strlen(q);
            continue;
        }
        ent_buf_addc(&clean, *q++);
    }
    ent_buf_reserve(&clean, 0);
    for (const char *s = strstr(clean.p, "<Sentence "); s; s = strstr(s + 1, "<Sentence ")) {
        const char *tagend = strchr(s, '>');
        const char *end = strstr(s, "</Sentence>");
        if (!tagend || !end) break;
        char id[128] = "", date[16] = "", cat[64] = "", eval[16] = "";
        attr(s, tagend, "id", id, sizeof id);
        attr(s, tagend, "date", date, sizeof date);
        attr(s, tagend, "category", cat, sizeof cat);
        attr(s, tagend, "evaluate", eval, sizeof eval);
        if (!strcmp(eval, "false")) continue;
        if (inc && *cat) {
            char pad[512], want[80];
            snprintf(pad, sizeof pad, " %s ", inc);
            snprintf(want, sizeof want, " %s ", cat);
            if (!strstr(pad, want)) continue;
        }
        triple exp[64];
        size_t nexp = 0;
        int error = 0;
        for (const char *ec = strstr(s, "<EventCoding"); ec && ec < end; ec = strstr(ec + 1, "<EventCoding")) {
            const char *ee = strchr(ec, '>');
            if (!ee) break;
            char v[64];
            if (attr(ec, ee, "error", v, sizeof v)) error = 1;
            triple t;
            if (!attr(ec, ee, "sourcecode", t.s, sizeof t.s) || !attr(ec, ee, "targetcode", t.t, sizeof t.t) ||
                !attr(ec, ee, "eventcode", t.c, sizeof t.c))
                continue;
            upcase(t.s), upcase(t.t), upcase(t.c);
            if (nexp < 64 && !has_triple(exp, nexp, &t)) exp[nexp++] = t;
        }
        if (error) continue;
        const char *tb = strstr(s, "<Text>");
        const char *te = tb ? strstr(tb, "</Text>") : NULL;
        if (!tb || !te || te > end) continue;
        tb += 6;
        char *text = ent_xstrndup(tb, (size_t)(te - tb));
        trim(text);
        char d[16];
        if (strlen(date) == 8) snprintf(d, sizeof d, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        else snprintf(d, sizeof d, "2000-01-01");
        score(p, id, d, text, strlen(text), exp, nexp, st, quiet, &res);
        free(text);
    }
    ent_buf_free(&clean);
    ent_result_free(&res);
    ent_pipeline_close(p);
    rc = 0;
out:
    for (int i = 0; i < nowned; i++) free(owned[i]);
    free(vf);
    free(inc);
    free(x);
    return rc;
}

static const char *validate_help =
    "usage: entente validate [--quiet] [--floor PCT] SUITE\n"
    "\n"
    "Runs a peer coder's validation suite with the dictionaries its header names:\n"
    "a TABARI .project (records up to FINAL-01) or a PETRARCH XML suite. Each\n"
    "record's text goes through the same coding as `entente code`; the expected\n"
    "codings in the records are never shown to the coder. Prints PASS/FAIL per\n"
    "record with the expected and produced (source/target/code) sets, then\n"
    "  records R, exact E (x %), expected events found F of T, extra X\n"
    "\n"
    "  --quiet        the summary line only\n"
    "  --floor PCT    exit 1 when fewer than PCT % of the records are exact\n";

int cmd_validate(int argc, char **argv) {
    static const struct option opts[] = {
        {"quiet", no_argument, 0, 'q'}, {"floor", required_argument, 0, 'f'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int quiet = 0, c;
    double floor = -1;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "q", opts, NULL)) != -1) {
        switch (c) {
        case 'q': quiet = 1; break;
        case 'f': floor = atof(optarg); break;
        case 'h': fputs(validate_help, stdout); return EXIT_OK;
        default: return cli_bad_option("validate", argv);
        }
    }
    if (optind + 1 != argc) {
        fputs(validate_help, stderr);
        return EXIT_USAGE;
    }
    const char *suite = argv[optind];
    char *dir = ent_xstrdup(suite);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    else strcpy(dir, ".");
    size_t l = strlen(suite);
    vstats st = {0};
    int rc;
    if (l > 4 && !strcmp(suite + l - 4, ".xml")) rc = run_petrarch(suite, dir, &st, quiet);
    else rc = run_tabari(suite, dir, &st, quiet);
    free(dir);
    if (rc) return EXIT_USAGE;
    double pct = st.records ? 100.0 * (double)st.exact / (double)st.records : 0;
    printf("records %zu, exact %zu (%.1f %%), expected events found %zu of %zu, extra %zu\n", st.records, st.exact,
           pct, st.found, st.expected, st.extra);
    fflush(stdout);
    return floor >= 0 && pct < floor ? EXIT_SKIPPED : EXIT_OK;
}
