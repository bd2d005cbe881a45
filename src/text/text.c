/* text.c - see text.h. */
#define _POSIX_C_SOURCE 200809L
#include "text.h"
#include "langid.h"

#include "../base/buf.h"
#include "../base/strmap.h"
#include "../base/utf8.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>


#define MAX_LANGS 16

typedef struct lang_slot {
    char lang[12];
    UBreakIterator *sent, *word;
    struct sb_stemmer *stem;
    int stem_tried;
    /* stems per word type: Snowball ran once per token and took a tenth
     * of `code`'s time; news repeats its words */
    ent_strmap stems;      /* word -> 1 + index in stemv */
    const char **stemv;    /* NULL = the word is its own stem */
    size_t nstems, capstems;
    ent_arena stem_ar;
} lang_slot;

#define STEMCACHE_MAX 200000

static void slot_close(lang_slot *s);

struct ent_text {
    lang_slot slots[MAX_LANGS];
    size_t nslots;
    char **abbrev;        /* "lang\tfolded-abbrev" sorted, for bsearch */
    size_t nabbrev;
    const UNormalizer2 *nfc;
    UChar *u1, *u2;       /* scratch for folding */
    size_t ucap;
    ent_buf scratch;
};

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_abbrev(ent_text *t, const char *dir, ent_err *err) {
    char path[1024];
    snprintf(path, sizeof path, "%s/text/abbrev.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f) return ent_err_set(err, ENT_EIO, path, 0, "cannot open abbreviation list");
    char line[512];
    size_t cap = 0;
    ent_arena tmp;
    ent_arena_init(&tmp, 4096);
    while (fgets(line, sizeof line, f)) {
        char *h = strchr(line, '#');
        if (h) *h = 0;
        char lang[16], ab[256];
        if (sscanf(line, "%15s %255s", lang, ab) != 2) continue;
        const char *folded = ent_text_fold(t, ab, strlen(ab), &tmp);
        if (t->nabbrev == cap)
            t->abbrev = ent_xrealloc(t->abbrev, (cap = cap ? cap * 2 : 256) * sizeof *t->abbrev);
        size_t n = strlen(lang) + strlen(folded) + 2;
        char *e = ent_xmalloc(n);
        snprintf(e, n, "%s\t%s", lang, folded);
        t->abbrev[t->nabbrev++] = e;
    }
    fclose(f);
    ent_arena_free(&tmp);
    qsort(t->abbrev, t->nabbrev, sizeof *t->abbrev, cmp_str);
    return 0;
}

ent_text *ent_text_new(const char *data_dir, ent_err *err) {
    ent_text *t = ent_xcalloc(1, sizeof *t);
    UErrorCode st = U_ZERO_ERROR;
    t->nfc = unorm2_getNFCInstance(&st);
    if (U_FAILURE(st)) {
        ent_err_set(err, ENT_EIO, NULL, 0, "ICU NFC normaliser: %s", u_errorName(st));
        ent_text_free(t);
        return NULL;
    }
    if (load_abbrev(t, data_dir ? data_dir : ent_data_dir(), err)) {
        ent_text_free(t);
        return NULL;
    }
    return t;
}

void ent_text_free(ent_text *t) {
    if (!t) return;
    for (size_t i = 0; i < t->nslots; i++) slot_close(&t->slots[i]);
    for (size_t i = 0; i < t->nabbrev; i++) free(t->abbrev[i]);
    free(t->abbrev);
    free(t->u1);
    free(t->u2);
    ent_buf_free(&t->scratch);
    free(t);
}

static void slot_close(lang_slot *s) {
    if (s->sent) ubrk_close(s->sent);
    if (s->word) ubrk_close(s->word);
    if (s->stem) sb_stemmer_delete(s->stem);
    if (s->stem_tried) {
        ent_strmap_free(&s->stems);
        ent_arena_free(&s->stem_ar);
        free(s->stemv);
    }
    memset(s, 0, sizeof *s);
}

static lang_slot *slot(ent_text *t, const char *lang, ent_err *err) {
    if (!lang || !*lang) lang = "en";
    for (size_t i = 0; i < t->nslots; i++)
        if (!strcmp(t->slots[i].lang, lang)) return &t->slots[i];
    if (t->nslots == MAX_LANGS) {
        /* recycle the last slot: rare, many-language corpora only */
        slot_close(&t->slots[MAX_LANGS - 1]);
        t->nslots--;
    }
    lang_slot *s = &t->slots[t->nslots];
    memset(s, 0, sizeof *s);
    snprintf(s->lang, sizeof s->lang, "%s", lang);
    char loc[64];
    /* CLDR sentence-break suppressions (Mr., U.S., ...) where CLDR has them */
    snprintf(loc, sizeof loc, "%s@ss=standard", lang);
    UErrorCode st = U_ZERO_ERROR;
    s->sent = ubrk_open(UBRK_SENTENCE, loc, NULL, 0, &st);
    if (U_FAILURE(st)) {
        st = U_ZERO_ERROR;
        s->sent = ubrk_open(UBRK_SENTENCE, lang, NULL, 0, &st);
    }
    if (U_SUCCESS(st)) s->word = ubrk_open(UBRK_WORD, lang, NULL, 0, &st);
    if (U_FAILURE(st)) {
        ent_err_set(err, ENT_EIO, NULL, 0, "ICU break iterator for '%s': %s", lang, u_errorName(st));
        if (s->sent) ubrk_close(s->sent);
        memset(s, 0, sizeof *s);
        return NULL;
    }
    t->nslots++;
    return s;
}

/* ---- folding ---- */

static void ureserve(ent_text *t, size_t n) {
    if (n <= t->ucap) return;
    t->ucap = n * 2;
    t->u1 = ent_xrealloc(t->u1, t->ucap * sizeof(UChar));
    t->u2 = ent_xrealloc(t->u2, t->ucap * sizeof(UChar));
}

const char *ent_text_fold(ent_text *t, const char *s, size_t n, ent_arena *ar) {
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) { /* ASCII fast path */
        char *d = ent_arena_alloc(ar, n + 1);
        for (i = 0; i < n; i++) d[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
        d[n] = 0;
        return d;
    }
    ureserve(t, n * 2 + 8);
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0;
    u_strFromUTF8(t->u1, (int32_t)t->ucap, &ulen, s, (int32_t)n, &st);
    int32_t nlen = unorm2_normalize(t->nfc, t->u1, ulen, t->u2, (int32_t)t->ucap, &st);
    int32_t flen = u_strFoldCase(t->u1, (int32_t)t->ucap, t->u2, nlen, U_FOLD_CASE_DEFAULT, &st);
    if (U_FAILURE(st)) return ent_arena_strndup(ar, s, n);
    int32_t blen = 0;
    char *d = ent_arena_alloc(ar, (size_t)flen * 3 + 1);
    u_strToUTF8(d, flen * 3 + 1, &blen, t->u1, flen, &st);
    if (U_FAILURE(st)) return ent_arena_strndup(ar, s, n);
    d[blen] = 0;
    return d;
}

const char *ent_text_stem(ent_text *t, const char *lang, const char *word, size_t n,
                          ent_arena *ar) {
    lang_slot *s = slot(t, lang, NULL);
    if (!s) return word;
    if (!s->stem_tried) {
        s->stem_tried = 1;
        s->stem = sb_stemmer_new(s->lang, "UTF_8");
        ent_strmap_init(&s->stems);
        ent_arena_init(&s->stem_ar, 1 << 16);
    }
    if (!s->stem) return word;
    char key[128];
    uint32_t *cell = NULL;
    if (n < sizeof key && !memchr(word, 0, n)) {
        memcpy(key, word, n);
        key[n] = 0;
        if (s->nstems == STEMCACHE_MAX) {   /* full: start again */
            ent_strmap_free(&s->stems);
            ent_strmap_init(&s->stems);
            ent_arena_reset(&s->stem_ar);
            s->nstems = 0;
        }
        cell = ent_strmap_put(&s->stems, key);
        if (*cell) {
            const char *st = s->stemv[*cell - 1];
            return st ? ent_arena_strndup(ar, st, strlen(st)) : word;
        }
    }
    const sb_symbol *r = sb_stemmer_stem(s->stem, (const sb_symbol *)word, (int)n);
    int len = r ? sb_stemmer_length(s->stem) : 0;
    const char *out = !r || ((size_t)len == n && !memcmp(r, word, n)) ? NULL : (const char *)r;
    if (cell) {
        if (s->nstems == s->capstems)
            s->stemv = ent_xrealloc(s->stemv, (s->capstems = s->capstems ? s->capstems * 2 : 1024) * sizeof *s->stemv);
        s->stemv[s->nstems++] = out ? ent_arena_strndup(&s->stem_ar, out, (size_t)len) : NULL;
        *cell = (uint32_t)s->nstems;
    }
    return out ? ent_arena_strndup(ar, out, (size_t)len) : word;
}

/* ---- sentences ---- */

static int is_space_at(const char *s, size_t i) { return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'; }

static int is_abbrev(ent_text *t, const char *lang, const char *w, size_t n) {
    ent_arena ar;
    ent_arena_init(&ar, 256);
    const char *f = ent_text_fold(t, w, n, &ar);
    int found = 0;
    const char *langs[2] = {lang, "*"};
    for (int k = 0; k < 2 && !found; k++) {
        ent_buf_reset(&t->scratch);
        ent_buf_printf(&t->scratch, "%s\t%s", langs[k], f);
        const char *key = t->scratch.p;
        found = bsearch(&key, t->abbrev, t->nabbrev, sizeof *t->abbrev, cmp_str) != NULL;
    }
    ent_arena_free(&ar);
    return found;
}

static const char *const hu_months[] = {"január", "február", "március", "április", "május", "június", "július",
                                        "augusztus", "szeptember", "október", "november", "december", NULL};

/* The length of a closing quotation mark or bracket ending s[..e) (" ' ) ]
 * ” ’ »), or 0. */
static size_t closing_mark(const char *s, size_t start, size_t e) {
    unsigned char c = (unsigned char)s[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (e - start >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 && (c == 0x9D || c == 0x99)) return 3;
    if (e - start >= 2 && (unsigned char)s[e - 2] == 0xC2 && c == 0xBB) return 2;
    return 0;
}

/* Does the text from b (after a quotation closed at the end of a line) go
 * on with the same sentence: a lower-case word ("said the minister") or a
 * dash ("– közölte a miniszter")? */
static int continues(const char *s, size_t b, size_t end) {
    while (b < end && is_space_at(s, b)) b++;
    if (b >= end) return 0;
    if (s[b] == '-' || (end - b >= 3 && !memcmp(s + b, "\xE2\x80", 2) && ((unsigned char)s[b + 2] == 0x93 || (unsigned char)s[b + 2] == 0x94)))
        return 1;   /* - – — */
    size_t cl;
    return u_islower((UChar32)ent_utf8_decode(s + b, &cl));
}

/* Should the ICU break at `b` (between s[..b) and s[b..)) be suppressed? */
static int suppress_break(ent_text *t, const char *lang, const char *s, size_t start, size_t b, size_t end) {
    size_t e = b;
    while (e > start && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    /* ICU always breaks at a line feed; inside a paragraph (blank lines were
     * split before) a line feed is only wrapping unless the line ended a
     * sentence, which ICU reports as a break of its own. */
    if (e > start && (s[e - 1] == '\n' || s[e - 1] == '\r')) {
        while (e > start && is_space_at(s, e - 1)) e--;
        /* a closing quote or bracket after the final stop ends the
         * sentence too: `."`, `.”`, `!»`, `?)` at the end of a line */
        size_t q = e;
        while (q > start && closing_mark(s, start, q)) q -= closing_mark(s, start, q);
        if (q > start && !strchr(".!?", s[q - 1])) return 1;
        if (q < e) return continues(s, b, end);
    }
    while (e > start && is_space_at(s, e - 1)) e--;
    /* "?" or "!" (and closing quotes) followed by a lower-case word goes on
     * with the sentence: '"Why?" he asked', '"Miért?" kérdezte', and a
     * dash lost to "?" in copy ("szombat reggel ? tájékoztatta") */
    size_t q = e;
    while (q > start && closing_mark(s, start, q)) q -= closing_mark(s, start, q);
    if (q > start && (s[q - 1] == '?' || s[q - 1] == '!')) {
        size_t nx = b, cl;
        while (nx < end && is_space_at(s, nx)) nx++;
        return nx < end && u_islower((UChar32)ent_utf8_decode(s + nx, &cl));
    }
    if (e == start || s[e - 1] != '.') return 0;
    size_t w = e - 1;
    while (w > start && !is_space_at(s, w - 1) && s[w - 1] != '(' && s[w - 1] != '"') w--;
    size_t wl = e - w;   /* word including its final dot */
    if (wl >= 2 && wl <= 16 && is_abbrev(t, lang, s + w, wl)) return 1;
    /* an initial: one capital letter and a dot (J. R. R. Tolkien) */
    size_t cl = 0;
    if (wl >= 2) ent_utf8_decode(s + w, &cl);
    if (wl >= 2 && cl == wl - 1) {
        unsigned cp = ent_utf8_decode(s + w, &cl);
        if (u_isupper((UChar32)cp)) return 1;
    }
    /* dotted acronyms: U.S. U.N. E.U. */
    if (wl >= 4) {
        int ok = 1;
        for (size_t i = w; i < e; i += 2)
            if (!(s[i] >= 'A' && s[i] <= 'Z' && i + 1 < e && s[i + 1] == '.')) ok = 0;
        if (ok) return 1;
    }
    /* Hungarian ordinals and dates: "23. cikk", "2025. szeptember 3." */
    if (lang && !strcmp(lang, "hu")) {
        int digits = 1;
        for (size_t i = w; i < e - 1; i++)
            if (s[i] < '0' || s[i] > '9') digits = 0;
        if (digits && wl >= 2) {
            size_t nx = b;
            while (nx < end && is_space_at(s, nx)) nx++;
            for (int m = 0; hu_months[m]; m++)
                if (!strncmp(s + nx, hu_months[m], strlen(hu_months[m]))) return 1;
            if (nx < end && (unsigned char)s[nx] < 0x80 && s[nx] >= 'a' && s[nx] <= 'z') return 1;
        }
    }
    return 0;
}

typedef struct span_vec {
    ent_span *v;
    size_t n, cap;
} span_vec;

static void push_span(span_vec *sv, const char *s, size_t a, size_t b) {
    while (a < b && is_space_at(s, a)) a++;
    while (b > a && is_space_at(s, b - 1)) b--;
    if (a == b) return;
    if (sv->n == sv->cap) sv->v = ent_xrealloc(sv->v, (sv->cap = sv->cap ? sv->cap * 2 : 32) * sizeof *sv->v);
    sv->v[sv->n++] = (ent_span){(uint32_t)a, (uint32_t)b};
}

static int icu_region(ent_text *t, lang_slot *ls, const char *lang, const char *s, size_t a, size_t b,
                      span_vec *sv, ent_err *err) {
    UErrorCode st = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, s + a, (int64_t)(b - a), &st);
    ubrk_setUText(ls->sent, ut, &st);
    if (U_FAILURE(st)) {
        utext_close(ut);
        return ent_err_set(err, ENT_EIO, NULL, 0, "ICU sentence break: %s", u_errorName(st));
    }
    size_t from = a;
    for (int32_t p = ubrk_next(ls->sent); p != UBRK_DONE; p = ubrk_next(ls->sent)) {
        size_t cut = a + (size_t)p;
        if (cut >= b) break;
        if (suppress_break(t, lang, s, from, cut, b)) continue;
        push_span(sv, s, from, cut);
        from = cut;
    }
    push_span(sv, s, from, b);
    utext_close(ut);
    return 0;
}

/* A heading: a short line without final punctuation. */
static int is_heading(const char *s, size_t a, size_t b) {
    while (b > a && is_space_at(s, b - 1)) b--;
    if (b == a) return 0;
    unsigned char last = (unsigned char)s[b - 1];
    if (strchr(".!?:;,\"')]", last) || last >= 0x80) {
        /* a multi-byte final char: closing quotes and ellipsis count as punctuation */
        if (last < 0x80) return 0;
        if (b - a >= 3 && ((unsigned char)s[b - 3] == 0xE2)) return 0;   /* ” » … */
        if (b - a >= 2 && (unsigned char)s[b - 2] == 0xC2) return 0;     /* » « */
    }
    int words = 0, inword = 0;
    for (size_t i = a; i < b; i++) {
        if (is_space_at(s, i)) inword = 0;
        else if (!inword) inword = 1, words++;
    }
    return words <= 8;
}

int ent_text_sentences(ent_text *t, const char *s, size_t n, const char *lang, ent_arena *ar,
                       ent_span **out, size_t *count, ent_err *err) {
    lang_slot *ls = slot(t, lang, err);
    if (!ls) return ENT_EIO;
    span_vec sv = {0};
    size_t pos = 0;
    int rc = 0;
    while (pos < n && !rc) {
        /* a block ends at a blank line */
        size_t line = pos, region = pos;
        while (line < n) {
            const char *nl = memchr(s + line, '\n', n - line);
            size_t le = nl ? (size_t)(nl - s) : n;
            size_t next = nl ? le + 1 : n;
            /* blank line after this one? */
            size_t k = next;
            while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) k++;
            int blank_next = next < n && k < n && s[k] == '\n';
            int last = next >= n || blank_next;
            int first_of_region = line == region;
            /* a heading is followed by a line that starts a sentence (upper
             * case); a wrapped line is continued in lower case */
            int next_upper = 0;
            if (!last && next < n) {
                size_t q = next, cl;
                while (q < n && (s[q] == ' ' || s[q] == '\t')) q++;
                if (q < n) next_upper = u_isupper((UChar32)ent_utf8_decode(s + q, &cl)) || u_isdigit((UChar32)ent_utf8_decode(s + q, &cl)) ||
                                        s[q] == '"' || (unsigned char)s[q] >= 0xE2;
            }
            if (!last && first_of_region && next_upper && is_heading(s, line, le)) {
                rc = icu_region(t, ls, lang, s, region, le, &sv, err);
                region = next;
            }
            line = next;
            if (last) break;
        }
        if (!rc && region < line) rc = icu_region(t, ls, lang, s, region, line, &sv, err);
        while (line < n && is_space_at(s, line)) line++;
        pos = line;
    }
    if (rc) {
        free(sv.v);
        return rc;
    }
    *out = ent_arena_alloc(ar, (sv.n ? sv.n : 1) * sizeof **out);
    if (sv.n) memcpy(*out, sv.v, sv.n * sizeof **out);
    *count = sv.n;
    free(sv.v);
    return 0;
}

/* ---- tokens ---- */

static int is_hyphen(const char *s, size_t i, size_t end, size_t *len) {
    if (s[i] == '-') return *len = 1, 1;
    if (i + 3 <= end && !memcmp(s + i, "\xE2\x80\x91", 3)) return *len = 3, 1;   /* U+2011 */
    return 0;
}

int ent_text_tokens(ent_text *t, const char *s, ent_span sent, const char *lang, ent_arena *ar,
                    ent_token **out, size_t *count, ent_err *err) {
    lang_slot *ls = slot(t, lang, err);
    if (!ls) return ENT_EIO;
    UErrorCode st = U_ZERO_ERROR;
    size_t a = sent.start, b = sent.end;
    UText *ut = utext_openUTF8(NULL, s + a, (int64_t)(b - a), &st);
    ubrk_setUText(ls->word, ut, &st);
    if (U_FAILURE(st)) {
        utext_close(ut);
        return ent_err_set(err, ENT_EIO, NULL, 0, "ICU word break: %s", u_errorName(st));
    }
    size_t cap = 32, n = 0;
    ent_token *v = ent_xmalloc(cap * sizeof *v);
    int32_t prev = ubrk_first(ls->word);
    for (int32_t p = ubrk_next(ls->word); p != UBRK_DONE; prev = p, p = ubrk_next(ls->word)) {
        size_t ts = a + (size_t)prev, te = a + (size_t)p;
        int status = ubrk_getRuleStatus(ls->word);
        int kind = status >= UBRK_WORD_LETTER ? ENT_TOK_WORD
                   : status >= UBRK_WORD_NUMBER ? ENT_TOK_NUM : ENT_TOK_PUNCT;
        if (kind == ENT_TOK_PUNCT) {
            int allspace = 1;
            for (size_t i = ts; i < te; i++)
                if (!is_space_at(s, i) && (unsigned char)s[i] != 0xC2 && !((unsigned char)s[i] == 0xA0)) allspace = 0;
            if (allspace) continue;
        }
        /* hyphenated compounds: word '-' word with no spaces => one token */
        size_t hl;
        if (n >= 2 && kind != ENT_TOK_PUNCT && v[n - 1].kind == ENT_TOK_PUNCT && v[n - 1].start == v[n - 2].end &&
            v[n - 1].end == ts && v[n - 2].kind != ENT_TOK_PUNCT && is_hyphen(s, v[n - 1].start, b, &hl) &&
            v[n - 1].end - v[n - 1].start == hl) {
            n--;
            v[n - 1].end = (uint32_t)te;
            if (kind == ENT_TOK_WORD) v[n - 1].kind = ENT_TOK_WORD;
            continue;
        }
        if (n == cap) v = ent_xrealloc(v, (cap *= 2) * sizeof *v);
        v[n++] = (ent_token){(uint32_t)ts, (uint32_t)te, NULL, NULL, (uint8_t)kind, 0};
    }
    utext_close(ut);
    /* French, Italian, Catalan elision: l'Ukraine, dell'Italia -> l' + Ukraine */
    if (lang && (!strcmp(lang, "fr") || !strcmp(lang, "it") || !strcmp(lang, "ca"))) {
        for (size_t i = 0; i < n; i++) {
            if (v[i].kind != ENT_TOK_WORD) continue;
            for (uint32_t p = v[i].start + 1; p < v[i].end && p <= v[i].start + 5; p++) {
                size_t al = s[p] == '\'' ? 1 : (p + 3 <= v[i].end && !memcmp(s + p, "\xE2\x80\x99", 3)) ? 3 : 0;
                if (!al || p + al >= v[i].end) continue;
                if (n == cap) v = ent_xrealloc(v, (cap *= 2) * sizeof *v);
                memmove(v + i + 2, v + i + 1, (n - i - 1) * sizeof *v);
                v[i + 1] = v[i];
                v[i].end = p + (uint32_t)al;
                v[i + 1].start = p + (uint32_t)al;
                n++;
                break;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        ent_token *k = &v[i];
        size_t cl;
        unsigned cp = ent_utf8_decode(s + k->start, &cl);
        k->upper = u_isupper((UChar32)cp) != 0;
        k->norm = ent_text_fold(t, s + k->start, k->end - k->start, ar);
        k->stem = k->kind == ENT_TOK_WORD ? ent_text_stem(t, lang, k->norm, strlen(k->norm), ar) : k->norm;
    }
    *out = ent_arena_alloc(ar, (n ? n : 1) * sizeof **out);
    if (n) memcpy(*out, v, n * sizeof *v);
    *count = n;
    free(v);
    return 0;
}

/* ---- language ---- */

const char *ent_text_langid(const char *s, size_t n) {
    int reliable = 0;
    const char *code = ent_langid_cld2(s, (int)(n > 1 << 20 ? 1 << 20 : n), &reliable);
    if (!reliable || !code || !strcmp(code, "un") || strlen(code) > 3) return "en";
    return code;
}
