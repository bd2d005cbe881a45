/* dict.c - loading and indexing dictionaries; see dict.h. Matching is in
 * match.c, CLDR names in cldr.c, the TABARI/PETRARCH formats in tabari.c. */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"
#include "../base/dir.h"
#include "../base/wordlist.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[ENT_K__COUNT] = {"country", "adj", "capital", "city", "igo",
                                                     "person", "group", "agent", "discard"};

const char *ent_kind_name(int k) { return k >= 0 && k < ENT_K__COUNT ? kind_names[k] : "?"; }

int ent_kind_parse(const char *s) {
    for (int k = 0; k < ENT_K__COUNT; k++)
        if (!strcmp(s, kind_names[k])) return k;
    return -1;
}

/* ---- the indexes: folded string -> list of pattern ids ---- */

static void index_add(ent_dict *d, ent_strmap *ix, const char *key, uint32_t pat) {
    uint32_t *head = ent_strmap_put(ix, key);
    if (d->npost == d->cappost) {
        d->cappost = d->cappost ? d->cappost * 2 : 4096;
        d->post = ent_xrealloc(d->post, d->cappost * sizeof *d->post);
    }
    d->post[d->npost] = (posting){pat, *head};
    *head = (uint32_t)++d->npost;   /* 1-based; 0 = end */
}

/* ---- entries and patterns ---- */

static void add_locprep(void *ud, const char *lang, const char *cls, const char *word, long line) {
    (void)line;
    char key[160];
    if (strcmp(cls, "locprep")) return;
    snprintf(key, sizeof key, "%s\x1f%s", lang, word);
    *ent_strmap_put(ud, key) = 1;
}

/* data/grammar.txt, class locprep: "in Beijing", "в России", "en Rabat" */
static void load_locprep(ent_dict *d) {
    char path[1200];
    snprintf(path, sizeof path, "%s/grammar.txt", d->data_dir);
    ent_wordlist_read(path, add_locprep, &d->locprep);   /* no list: no preposition makes a location */
}

ent_dict *ent_dict_new(ent_text *t, const char *data_dir, const ent_dict_opts *o) {
    ent_dict *d = ent_xcalloc(1, sizeof *d);
    d->text = t;
    d->data_dir = ent_xstrdup(data_dir ? data_dir : ent_data_dir());
    if (o) d->opts = *o;
    ent_arena_init(&d->ar, 1 << 20);
    ent_arena_init(&d->tmp, 1 << 16);
    d->morph = ent_morph_new(d->data_dir);
    d->hun = ent_hun_new();
    ent_strmap_init(&d->locprep);
    ent_strmap_init(&d->exact);
    ent_strmap_init(&d->stems);
    ent_strmap_init(&d->formcache);
    ent_strmap_init(&d->country_ix);
    ent_arena_init(&d->formar, 1 << 20);
    load_locprep(d);
    if (!d->opts.no_builtin) dict_variants_load(d);
    return d;
}

struct ent_hun *ent_dict_hun(ent_dict *d) { return d->hun; }

void ent_dict_free(ent_dict *d) {
    if (!d) return;
    free(d->entries);
    free(d->pats);
    free(d->post);
    ent_strmap_free(&d->exact);
    ent_strmap_free(&d->stems);
    for (size_t i = 0; i < d->nlangs; i++) free(d->langs[i]);
    free(d->langs);
    ent_morph_free(d->morph);
    ent_hun_free(d->hun);
    ent_strmap_free(&d->locprep);
    dict_variants_free(d);
    ent_strmap_free(&d->formcache);
    ent_strmap_free(&d->country_ix);
    free(d->forms);
    ent_arena_free(&d->formar);
    ent_arena_free(&d->ar);
    ent_arena_free(&d->tmp);
    free(d->data_dir);
    free(d);
}

uint32_t dict_add_entry(ent_dict *d, const char *code, int kind, const char *lang, const char *name,
                        const char *source, int32_t from, int32_t to) {
    if (d->nentries == d->capentries) {
        d->capentries = d->capentries ? d->capentries * 2 : 4096;
        d->entries = ent_xrealloc(d->entries, d->capentries * sizeof *d->entries);
    }
    ent_entry *e = &d->entries[d->nentries];
    memset(e, 0, sizeof *e);
    e->code = ent_arena_strdup(&d->ar, code);
    e->name = ent_arena_strdup(&d->ar, name);
    e->source = ent_arena_strdup(&d->ar, source);
    e->kind = (uint8_t)kind;
    e->from = from;
    e->to = to;
    snprintf(e->lang, sizeof e->lang, "%s", lang && strcmp(lang, "*") ? lang : "");
    return (uint32_t)d->nentries++;
}

static void index_pat(ent_dict *d, uint32_t pi);

static int is_article(const char *w) {
    static const char *arts[] = {"the", "a", "az", "an", "le", "la", "les", "der", "die", "das", "el", "los", "las", NULL};
    for (int i = 0; arts[i]; i++)
        if (!strcmp(w, arts[i])) return 1;
    return 0;
}

/* Tokenises `name` and indexes it for entry `ei`. Returns 0, or -1 when the
 * name has no word. */
int dict_add_name(ent_dict *d, uint32_t ei, const char *name) {
    const ent_entry *e = &d->entries[ei];
    int exact = 0;
    while (*name == ' ' || *name == '\t') name++;
    if (*name == '=') exact = 1, name++;
    while (*name == ' ') name++;
    size_t len = strlen(name);
    while (len && name[len - 1] == ' ') len--;
    if (!len) return -1;
    const char *lang = e->lang[0] ? e->lang : "en";
    /* Hungarian demonyms are written in lower case; capitalised they are
     * family names (Magyar Péter, Török Gábor) */
    if (e->kind == ENT_K_ADJ && !strcmp(e->lang, "hu") && (unsigned char)name[0] >= 'a' && (unsigned char)name[0] <= 'z') exact = 1;
    ent_arena_reset(&d->tmp);
    char *nm = ent_arena_strndup(&d->tmp, name, len);
    ent_token *tk;
    size_t n;
    ent_span sp = {0, (uint32_t)len};
    if (ent_text_tokens(d->text, nm, sp, lang, &d->tmp, &tk, &n, NULL) || n == 0) return -1;
    size_t first = 0;
    if (n > 1 && is_article(tk[0].norm)) first = 1;
    n -= first;
    if (n > 255) return -1;
    int words = 0;
    for (size_t i = 0; i < n; i++) words += tk[first + i].kind != ENT_TOK_PUNCT;
    if (!words) return -1;
    if (d->npats == d->cappats) {
        d->cappats = d->cappats ? d->cappats * 2 : 4096;
        d->pats = ent_xrealloc(d->pats, d->cappats * sizeof *d->pats);
    }
    dict_pat *p = &d->pats[d->npats];
    p->entry = ei;
    p->ntok = (uint8_t)n;
    p->exact_case = (uint8_t)exact;
    p->upper = d->case_free ? 0 : tk[first].upper;
    p->raw = exact ? ent_arena_strndup(&d->ar, nm + tk[first].start, len - tk[first].start) : NULL;
    p->tok = ent_arena_alloc(&d->ar, n * sizeof *p->tok);
    p->stem = ent_arena_alloc(&d->ar, n * sizeof *p->stem);
    for (size_t i = 0; i < n; i++) {
        p->tok[i] = ent_arena_strdup(&d->ar, tk[first + i].norm);
        const char *st = tk[first + i].stem;
        p->stem[i] = strlen(st) >= 4 && e->lang[0] ? ent_arena_strdup(&d->ar, st) : NULL;
    }
    index_pat(d, (uint32_t)d->npats++);
    d->nnames++;
    return 0;
}

/* Puts pattern pi in the indexes: by its first token, and by the stem of
 * its first token in its entry's language. */
static void index_pat(ent_dict *d, uint32_t pi) {
    const dict_pat *p = &d->pats[pi];
    const ent_entry *e = &d->entries[p->entry];
    index_add(d, &d->exact, p->tok[0], pi);
    if (p->stem[0] && e->lang[0]) {
        char k[256];
        snprintf(k, sizeof k, "%s\x1f%s", e->lang, p->stem[0]);
        index_add(d, &d->stems, k, pi);
    }
}

void dict_reindex(ent_dict *d) {
    for (size_t i = 0; i < d->npats; i++) index_pat(d, (uint32_t)i);
}

/* ---- the project's own format ---- */

static int valid_code(const char *c) {
    size_t i = c[0] == '~' ? 1 : 0, n = 0;
    for (; c[i]; i++, n++)
        if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9'))) return 0;
    return n >= 3 || (c[0] == '~' && n >= 2);
}

static int parse_span(const char *s, int32_t *from, int32_t *to) {
    /* YYYY-MM-DD..YYYY-MM-DD, either side may be empty */
    const char *dots = strstr(s, "..");
    if (!dots) return -1;
    *from = *to = 0;
    if (dots != s) {
        if (dots - s != 10 || !(*from = ent_date_int(s))) return -1;
    }
    const char *b = dots + 2;
    while (*b == ' ') b++;
    size_t bl = strcspn(b, " \t\r\n");
    if (bl) {
        if (bl != 10 || !(*to = ent_date_int(b))) return -1;
    }
    if (*from && *to && *from > *to) return -1;
    return 0;
}

static void bad_line(ent_dict *d, const ent_diag *diag, const char *file, long line, const char *why) {
    d->bad_lines++;
    ent_diag_report(diag, ENT_WARN, file, line, "%s; line skipped", why);
}

static void rstrip(char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = 0;
}

/* Adds the ';'-separated names of one line to entry ei, then their
 * spelling variants. Returns how many names were usable. */
static int add_names(ent_dict *d, uint32_t ei, char *names) {
    char *nv[128];
    int nn = 0, added = 0;
    char *save = NULL;
    for (char *tok = strtok_r(names, ";", &save); tok; tok = strtok_r(NULL, ";", &save)) {
        if (dict_add_name(d, ei, tok) != 0) continue;
        added++;
        if (nn < 128) nv[nn++] = tok;
    }
    if (!d->nvrules || !nn) return added;
    ent_strmap seen;
    ent_strmap_init(&seen);
    for (int i = 0; i < nn; i++) {
        char *s = nv[i];
        while (*s == ' ') s++;
        rstrip(s);
        nv[i] = s;
        *ent_strmap_put(&seen, s + (*s == '=')) = 1;
    }
    for (int i = 0; i < nn; i++) dict_add_variants(d, ei, nv[i], &seen);   /* none for '=' names */
    ent_strmap_free(&seen);
    return added;
}

static int load_own(ent_dict *d, FILE *f, const char *display, const ent_diag *diag) {
    ent_buf line;
    ent_buf_init(&line);
    long ln = 0;
    int bad = 0;
    char src[1200];
    int c;
    for (;;) {
        ent_buf_reset(&line);
        while ((c = fgetc(f)) != EOF && c != '\n') ent_buf_addc(&line, (char)c);
        ent_buf_reserve(&line, 0); /* an empty line still has a buffer */
        if (c == EOF && line.len == 0) break;
        ln++;
        char *s = line.p;
        char *hash = strchr(s, '#');
        if (hash) *hash = 0;
        rstrip(s);
        while (*s == ' ' || *s == '\t') s++;
        if (!*s) continue;
        if (ent_utf8_valid_prefix(s, strlen(s)) != strlen(s)) {
            bad_line(d, diag, display, ln, "invalid UTF-8");
            bad++;
            continue;
        }
        char code[64], kind[16], lang[16];
        int off = 0;
        if (sscanf(s, "%63s %15s %15s %n", code, kind, lang, &off) != 3 || !off) {
            bad_line(d, diag, display, ln, "expected CODE KIND LANG NAMES");
            bad++;
            continue;
        }
        int k = ent_kind_parse(kind);
        if (k < 0) {
            char m[96];
            snprintf(m, sizeof m, "unknown kind '%.20s'", kind);
            bad_line(d, diag, display, ln, m);
            bad++;
            continue;
        }
        if (!valid_code(code) || ((k == ENT_K_AGENT) != (code[0] == '~'))) {
            char m[128];
            snprintf(m, sizeof m, "bad code '%.30s'%s", code,
                     k == ENT_K_AGENT ? " (agents need ~ROLE)" : "");
            bad_line(d, diag, display, ln, m);
            bad++;
            continue;
        }
        if (strlen(lang) > 7) {
            bad_line(d, diag, display, ln, "bad language code");
            bad++;
            continue;
        }
        char *names = s + off;
        int32_t from = 0, to = 0;
        char *at = strchr(names, '@');
        if (at) {
            *at = 0;
            if (parse_span(at + 1, &from, &to)) {
                bad_line(d, diag, display, ln, "bad date span (expected @YYYY-MM-DD..YYYY-MM-DD)");
                bad++;
                continue;
            }
        }
        snprintf(src, sizeof src, "%s:%ld", display, ln);
        /* the canonical name: the first one */
        char first[256];
        size_t fl = strcspn(names, ";");
        snprintf(first, sizeof first, "%.*s", (int)(fl < 255 ? fl : 255), names);
        rstrip(first);
        const char *fn = first[0] == '=' ? first + 1 : first;
        if (!*fn) {
            bad_line(d, diag, display, ln, "no name");
            bad++;
            continue;
        }
        uint32_t ei = dict_add_entry(d, code, k, lang, fn, src, from, to);
        if (!add_names(d, ei, names)) {
            bad_line(d, diag, display, ln, "no usable name");
            bad++;
        }
    }
    ent_buf_free(&line);
    return bad;
}

/* Does the first data line read CODE KIND LANG with a known KIND? Then the
 * file is in the own format, whatever its comments hold (a Phoenix entry
 * name with underscores in a source comment). */
static int own_format(FILE *f) {
    char line[1024], code[64], kind[16], lang[16];
    long pos = ftell(f);
    int res = 0;
    while (fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (*s == '#' || *s == '\n' || *s == '\r' || !*s) continue;
        res = sscanf(s, "%63s %15s %15s", code, kind, lang) == 3 && ent_kind_parse(kind) >= 0;
        break;
    }
    fseek(f, pos, SEEK_SET);
    return res;
}

int ent_dict_load_file(ent_dict *d, const char *path, const char *display, int tabari_agents,
                       const ent_diag *diag, ent_err *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open dictionary: %s", strerror(errno));
        return -1;
    }
    size_t pl = strlen(path);
    int tabari = tabari_agents || (pl > 7 && (!strcmp(path + pl - 7, ".actors") || !strcmp(path + pl - 7, ".agents"))) ||
                 strstr(path, "discards");
    /* own-format files always start with a comment or CODE KIND LANG; a
     * Phoenix/TABARI file has [CODE] brackets: sniff the first data line */
    int bad;
    if (tabari || (!own_format(f) && dict_sniff_tabari(f))) {
        int agents = tabari_agents || strstr(path, "agents") || strstr(path, "Agents");
        bad = dict_load_tabari(d, f, display ? display : path, agents, diag);
    } else {
        bad = load_own(d, f, display ? display : path, diag);
    }
    fclose(f);
    return bad;
}

static int load_dir(ent_dict *d, const char *sub, const ent_diag *diag, ent_err *err) {
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/%s", d->data_dir, sub);
    char **names;
    size_t n;
    if (ent_dir_names(dir, ".txt", &names, &n)) return 0;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char path[2400], disp[600];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(disp, sizeof disp, "data/%s/%s", sub, names[i]);
        FILE *f = fopen(path, "rb");
        if (!f) {
            rc = ent_err_set(err, ENT_EIO, disp, 0, "cannot open dictionary");
        } else {
            load_own(d, f, disp, diag);
            fclose(f);
        }
    }
    ent_dir_names_free(names, n);
    return rc;
}

int ent_dict_load_builtin(ent_dict *d, const ent_diag *diag, ent_err *err) {
    if (!d->opts.no_builtin) {
        if (load_dir(d, "actors", diag, err) || load_dir(d, "agents", diag, err)) return ENT_EIO;
    }
    dict_cldr_own_languages(d);
    ent_dict_need_lang(d, "en");
    if (!d->opts.no_builtin) ent_dict_need_lang(d, "hu");
    if (d->opts.all_languages) dict_cldr_all(d);
    return 0;
}

void ent_dict_get_stats(const ent_dict *d, ent_dict_stats *s) {
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < d->nentries; i++) s->entries[d->entries[i].kind]++;
    s->names = d->nnames;
    s->patterns = d->npats;
    s->bad_lines = d->bad_lines;
    s->variants = d->nvariants;
}
