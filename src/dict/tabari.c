/* tabari.c - TABARI/PETRARCH .actors, .agents and discard files.
 *
 *   AFGHANISTAN_  [AFG]             a phrase (words joined by _) and its code
 *   +AFGHAN_                         a synonym of the entry above
 *   MOHAMMAD_ZAHIR_SHAH_  ; comment  a phrase whose codes follow, indented:
 *       [AFGGOV 331108-730717]       dated codes: YYMMDD or YYYYMMDD, a-b,
 *       [AFGGOV >011222]             >date (from), <date (until)
 *   !PERSON! = MAN, MEN, WOMAN       a substitution set used as CATTLE!PERSON!
 *   ADMINISTRATOR {ADMINISTRATORS} [~GOV]   agents with plural forms
 * Two-digit years 00-30 are 2000-2030, the others 19xx (TABARI's manual).
 * A line of a discard file (no code) names a phrase that is never an actor.
 */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct macro {
    char name[32];
    char **alts;
    size_t n;
} macro;

int dict_sniff_tabari(FILE *f) {
    char line[512];
    int res = 0;
    long pos = ftell(f);
    while (fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || *s == ';' || *s == '\n' || *s == '\r' || *s == '<' || !*s) continue;
        res = strchr(s, '[') != NULL || strchr(s, '_') != NULL || *s == '!';
        break;
    }
    fseek(f, pos, SEEK_SET);
    return res;
}

static int32_t tabari_date(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return -1;
    if (n == 6) {
        int yy = (s[0] - '0') * 10 + s[1] - '0';
        int y = yy <= 30 ? 2000 + yy : 1900 + yy;
        return y * 10000 + atoi(s + 2) % 10000;
    }
    if (n == 8) return (int32_t)strtol(s, NULL, 10);
    return -1;
}

/* Parses "CODE [span]" from inside brackets. Returns 0 or -1. */
static int parse_code(const char *in, char *code, size_t cap, int32_t *from, int32_t *to) {
    *from = *to = 0;
    while (*in == ' ') in++;
    size_t cl = strcspn(in, " \t");
    if (!cl || cl >= cap) return -1;
    memcpy(code, in, cl);
    code[cl] = 0;
    /* the span, with the spaces some files put around < > - removed */
    char span[64];
    size_t k = 0;
    for (const char *p = in + cl; *p && k + 1 < sizeof span; p++)
        if (*p != ' ' && *p != '\t') span[k++] = *p;
    span[k] = 0;
    const char *s = span;
    if (!*s) return 0;
    if (*s == '>' || *s == '<') {
        char op = *s++;
        size_t n = strspn(s, "0123456789");
        int32_t d = tabari_date(s, n);
        if (d < 0 || s[n]) return -1;
        if (op == '>') *from = d;
        else *to = d;
        return 0;
    }
    size_t n = strspn(s, "0123456789");
    if (s[n] != '-') return -1;
    *from = tabari_date(s, n);
    const char *b = s + n + 1;
    size_t m = strspn(b, "0123456789");
    *to = tabari_date(b, m);
    if (b[m]) return -1;
    return *from < 0 || *to < 0 ? -1 : 0;
}

static int kind_for(const char *code, int agents, int dated) {
    if (agents) return ENT_K_AGENT;
    if (!strcmp(code, "---")) return ENT_K_DISCARD;
    if (dated) return ENT_K_PERSON;
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3)) return ENT_K_IGO;
    if (strlen(code) == 3) return ENT_K_COUNTRY;
    return ENT_K_GROUP;
}

/* "AFGHAN_MUJAHIDEEN_" -> "AFGHAN MUJAHIDEEN" */
static void phrase_to_name(const char *p, size_t n, ent_buf *out) {
    ent_buf_reset(out);
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '_') c = ' ';
        ent_buf_addc(out, c);
    }
    while (out->len && out->p[out->len - 1] == ' ') out->p[--out->len] = 0;
}

typedef struct cur_entry {
    uint32_t *ids;
    size_t n, cap;
    ent_buf names;   /* names seen for the current phrase, '\n' separated */
} cur_entry;

static void expand_add(ent_dict *d, cur_entry *cur, const char *name, macro *mac, size_t nmac) {
    const char *b = strchr(name, '!');
    const char *e = b ? strchr(b + 1, '!') : NULL;
    if (b && e) {
        for (size_t m = 0; m < nmac; m++) {
            if (strlen(mac[m].name) != (size_t)(e - b + 1) || strncmp(mac[m].name, b, (size_t)(e - b + 1))) continue;
            for (size_t a = 0; a < mac[m].n; a++) {
                ent_buf x;
                ent_buf_init(&x);
                ent_buf_add(&x, name, (size_t)(b - name));
                ent_buf_adds(&x, mac[m].alts[a]);
                ent_buf_adds(&x, e + 1);
                expand_add(d, cur, x.p, mac, nmac);
                ent_buf_free(&x);
            }
            return;
        }
    }
    for (size_t i = 0; i < cur->n; i++) dict_add_name(d, cur->ids[i], name);
    ent_buf_adds(&cur->names, name);
    ent_buf_addc(&cur->names, '\n');
}

int dict_load_tabari(ent_dict *d, FILE *f, const char *display, int agents, const ent_diag *diag) {
    ent_buf line, name, src;
    ent_buf_init(&line);
    ent_buf_init(&name);
    ent_buf_init(&src);
    cur_entry cur = {0};
    macro *mac = NULL;
    size_t nmac = 0;
    long ln = 0;
    int bad = 0, c;
    int discards = strstr(display, "discard") || strstr(display, "Discard");
    char first_name[256] = "";
    d->case_free = 1;
    for (;;) {
        ent_buf_reset(&line);
        while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(&line, (char)c);
        ent_buf_reserve(&line, 0); /* an empty line still has a buffer */
        if (c == EOF && !line.len) break;
        ln++;
        char *s = line.p;
        size_t l = line.len;
        while (l && (s[l - 1] == '\r' || s[l - 1] == ' ' || s[l - 1] == '\t')) s[--l] = 0;
        if (ent_utf8_valid_prefix(s, l) != l) {
            bad++, d->bad_lines++;
            ent_diag_report(diag, ENT_WARN, display, ln, "invalid UTF-8; line skipped");
            continue;
        }
        int indented = *s == ' ' || *s == '\t';
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#' || *s == ';') continue;
        if (!strncmp(s, "<!--", 4) || *s == '<') continue;   /* PETRARCH XML-ish section tags */
        char *semi = strchr(s, ';');
        if (semi) *semi = 0;
        /* drop a trailing "#" comment */
        char *hash = strstr(s, " #");
        if (hash) *hash = 0;
        if (*s == '!' && strchr(s, '=')) {   /* macro */
            char *eq = strchr(s, '=');
            *eq = 0;
            mac = ent_xrealloc(mac, (nmac + 1) * sizeof *mac);
            macro *m = &mac[nmac++];
            memset(m, 0, sizeof *m);
            char *nm = s;
            size_t nl = strcspn(nm, " \t");
            snprintf(m->name, sizeof m->name, "%.*s", (int)nl, nm);
            for (char *a = strtok(eq + 1, ","); a; a = strtok(NULL, ",")) {
                while (*a == ' ') a++;
                size_t al = strcspn(a, " \t");
                if (!al) continue;
                m->alts = ent_xrealloc(m->alts, (m->n + 1) * sizeof *m->alts);
                m->alts[m->n++] = ent_xstrndup(a, al);
            }
            continue;
        }
        if (indented && *s == '[') {   /* another (dated) code of the current phrase */
            if (!first_name[0]) {
                bad++, d->bad_lines++;
                ent_diag_report(diag, ENT_WARN, display, ln, "code line with no phrase above it; line skipped");
                continue;
            }
            char code[64];
            int32_t from, to;
            char *end = strchr(s, ']');
            if (!end || (*end = 0, parse_code(s + 1, code, sizeof code, &from, &to))) {
                bad++, d->bad_lines++;
                ent_diag_report(diag, ENT_WARN, display, ln, "bad code '%.40s'; line skipped", s);
                continue;
            }
            ent_buf_reset(&src);
            ent_buf_printf(&src, "%s:%ld", display, ln);
            uint32_t ei = dict_add_entry(d, code, kind_for(code, agents, 1), "", first_name, src.p, from, to);
            if (cur.n == cur.cap) cur.ids = ent_xrealloc(cur.ids, (cur.cap = cur.cap ? cur.cap * 2 : 8) * sizeof *cur.ids);
            cur.ids[cur.n++] = ei;
            /* give the new entry every name seen so far for this phrase */
            char *names = ent_xstrndup(cur.names.p ? cur.names.p : "", cur.names.len);
            for (char *nm = strtok(names, "\n"); nm; nm = strtok(NULL, "\n")) dict_add_name(d, ei, nm);
            free(names);
            continue;
        }
        int synonym = *s == '+';
        if (synonym) s++;
        /* the phrase: up to '[' or '{' */
        size_t pl = strcspn(s, "[{");
        size_t pe = pl;
        while (pe && (s[pe - 1] == ' ' || s[pe - 1] == '\t')) pe--;
        if (!pe) {
            bad++, d->bad_lines++;
            ent_diag_report(diag, ENT_WARN, display, ln, "no phrase; line skipped");
            continue;
        }
        phrase_to_name(s, pe, &name);
        if (synonym) {
            if (!cur.n && !first_name[0]) {
                bad++, d->bad_lines++;
                ent_diag_report(diag, ENT_WARN, display, ln, "synonym with no entry above it; line skipped");
                continue;
            }
            expand_add(d, &cur, name.p, mac, nmac);
            continue;
        }
        /* a new phrase */
        cur.n = 0;
        ent_buf_reset(&cur.names);
        snprintf(first_name, sizeof first_name, "%s", name.p);
        char *rest = s + pl;
        ent_buf plurals;
        ent_buf_init(&plurals);
        if (*rest == '{') {
            char *e = strchr(rest, '}');
            if (e) {
                ent_buf_add(&plurals, rest + 1, (size_t)(e - rest - 1));
                rest = e + 1;
            }
        }
        char *br = strchr(rest, '[');
        int ok = 1;
        if (!br) {
            /* no code: a discard, or a phrase whose dated codes follow */
            if (discards) {
                ent_buf_reset(&src);
                ent_buf_printf(&src, "%s:%ld", display, ln);
                uint32_t ei = dict_add_entry(d, "---", ENT_K_DISCARD, "", first_name, src.p, 0, 0);
                cur.ids = ent_xrealloc(cur.ids, (cur.cap = cur.cap > 8 ? cur.cap : 8) * sizeof *cur.ids);
                cur.ids[cur.n++] = ei;
            }
        }
        while (br) {
            char *e = strchr(br, ']');
            char code[64];
            int32_t from, to;
            if (!e) { ok = 0; break; }
            *e = 0;
            if (parse_code(br + 1, code, sizeof code, &from, &to)) { ok = 0; break; }
            ent_buf_reset(&src);
            ent_buf_printf(&src, "%s:%ld", display, ln);
            uint32_t ei = dict_add_entry(d, code, kind_for(code, agents, from || to), "", first_name, src.p, from, to);
            if (cur.n == cur.cap) cur.ids = ent_xrealloc(cur.ids, (cur.cap = cur.cap ? cur.cap * 2 : 8) * sizeof *cur.ids);
            cur.ids[cur.n++] = ei;
            br = strchr(e + 1, '[');
        }
        if (!ok) {
            bad++, d->bad_lines++;
            ent_diag_report(diag, ENT_WARN, display, ln, "bad code in brackets; line skipped");
            cur.n = 0;
            first_name[0] = 0;
            ent_buf_free(&plurals);
            continue;
        }
        expand_add(d, &cur, name.p, mac, nmac);
        if (plurals.len) {
            for (char *pn = strtok(plurals.p, " ,"); pn; pn = strtok(NULL, " ,")) {
                phrase_to_name(pn, strlen(pn), &name);
                if (name.len) expand_add(d, &cur, name.p, mac, nmac);
            }
        }
        ent_buf_free(&plurals);
    }
    d->case_free = 0;
    for (size_t m = 0; m < nmac; m++) {
        for (size_t a = 0; a < mac[m].n; a++) free(mac[m].alts[a]);
        free(mac[m].alts);
    }
    free(mac);
    free(cur.ids);
    ent_buf_free(&cur.names);
    ent_buf_free(&line);
    ent_buf_free(&name);
    ent_buf_free(&src);
    return bad;
}
