/* postag.c - English part-of-speech tags; see postag.h.
 *
 * Hand-written: Debian packages no tagger with a C API and a model trained
 * on UD English EWT that could ship under its licence (CC BY-SA); the
 * greedy averaged perceptron is small (Collins 2002; the feature set is the
 * one of Honnibal's "A good part-of-speech tagger in about 200 lines of
 * Python", 2013) and fast enough to tag every English sentence.
 *
 * A feature is a template and one or two values (a word, a suffix, a tag
 * name). Its key is a 64-bit mix of the template and the xxHash of each
 * value, so that the model file keeps the values readable while tagging
 * hashes each token's strings once. Weights are kept as int16, scaled by
 * the file's `scale`.
 */
#define _POSIX_C_SOURCE 200809L
#include "postag.h"

#include "../base/arena.h"
#include "../base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

_Static_assert(ENT_POS_N <= 24, "a row holds every tag");

static const char *const TAG_NAME[ENT_POS_N] = {"X",     "NOUN", "PROPN", "PRON", "DET", "ADJ", "ADV", "ADP", "CCONJ", "SCONJ",
                                                 "PART",  "NUM",  "PUNCT", "AUX",  "VB",  "VBD", "VBN", "VBG", "VBP"};

const char *ent_pos_name(int tag) { return tag >= 0 && tag < ENT_POS_N ? TAG_NAME[tag] : "?"; }

int ent_pos_from_name(const char *name) {
    for (int i = 0; i < ENT_POS_N; i++)   /* the first letter first: the model's loader calls this per weight */
        if (name[0] == TAG_NAME[i][0] && !strcmp(name, TAG_NAME[i])) return i;
    return -1;
}

/* ---- features ---- */

enum { F_BIAS, F_W, F_SUF, F_PRE, F_SHAPE, F_T1, F_T2, F_T1W, F_WM1, F_SM1, F_WM2, F_WP1, F_SP1, F_WP2, NF };
static const char *const TPL_NAME[NF] = {"b", "w", "s", "p", "sh", "t1", "t2t1", "t1w", "w-1", "s-1", "w-2", "w+1", "s+1", "w+2"};

static int tpl_from_name(const char *s) {
    for (int i = 0; i < NF; i++)
        if (!strcmp(s, TPL_NAME[i])) return i;
    return -1;
}

static uint64_t str_hash(const char *s) { return XXH3_64bits(s, strlen(s)); }

static uint64_t fkey(int tpl, uint64_t a, uint64_t b) {
    uint64_t h = (a ^ ((uint64_t)(tpl + 1) * 0xff51afd7ed558ccdULL)) * 0x9E3779B97F4A7C15ULL;
    h ^= b + 0xc4ceb9fe1a85ec53ULL + (h << 6) + (h >> 2);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* A token's strings as the features read them. */
typedef struct tokf {
    char w[48], suf[16], pre[8], shape[8];
    uint64_t hw, hsuf, hpre, hshape;
    int tag;   /* the tag given so far (greedy, left to right) */
} tokf;

/* Byte length of the UTF-8 sequence starting with c. */
static size_t u8len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* The word: folded, with ’ as ', any number as !DIG (a four-digit one as
 * !YEAR). */
static void word_form(tokf *f, const ent_token *t) {
    const char *s = t->norm;
    size_t o = 0, digits = 0, len = 0;
    for (size_t i = 0; s[i] && o + 4 < sizeof f->w; i++, len++) {
        if ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
            f->w[o++] = '\'';
            i += 2;
            continue;
        }
        digits += s[i] >= '0' && s[i] <= '9';
        f->w[o++] = s[i];
    }
    f->w[o] = 0;
    if (digits) snprintf(f->w, sizeof f->w, "%s", digits == 4 && len == 4 ? "!YEAR" : "!DIG");   /* "!DIG" has 5 bytes, not 6 */
}

/* The shape: the first character's class (X upper, x lower, d digit, p
 * other), A when every letter is upper case, and - . ' when present; S at
 * the start of the sentence. */
static void shape_form(tokf *f, const char *text, const ent_token *t, size_t i) {
    char *o = f->shape;
    unsigned char c0 = (unsigned char)text[t->start];
    *o++ = t->upper ? 'X' : (c0 >= '0' && c0 <= '9') ? 'd' : t->kind == ENT_TOK_PUNCT ? 'p' : 'x';
    int lower = 0, upper = 0, hy = 0, dot = 0, ap = 0;
    for (uint32_t k = t->start; k < t->end; k++) {
        char c = text[k];
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
        hy |= c == '-';
        dot |= c == '.';
        ap |= c == '\'' || ((unsigned char)c == 0xE2 && k + 2 < t->end && (unsigned char)text[k + 2] == 0x99);
    }
    if (upper && !lower && t->end - t->start > 1) *o++ = 'A';
    if (hy) *o++ = '-';
    if (dot) *o++ = '.';
    if (ap) *o++ = '\'';
    if (i == 0) *o++ = 'S';
    *o = 0;
}

static void tok_features(tokf *f, const char *text, const ent_token *t, size_t i) {
    word_form(f, t);
    size_t l = strlen(f->w), p = l, nc = 0;
    while (p > 0 && nc < 3) {   /* the last three characters */
        p--;
        if (((unsigned char)f->w[p] & 0xC0) != 0x80) nc++;
    }
    memcpy(f->suf, f->w + p, l - p + 1);   /* at most 12 bytes + NUL */
    f->hw = XXH3_64bits(f->w, l);
    f->hsuf = XXH3_64bits(f->suf, l - p);
    (void)text, (void)i;
}

/* The prefix and shape, which only the token's own features read (not its
 * neighbours'): computed for the tokens that are scored. */
static void own_features(tokf *f, const char *text, const ent_token *t, size_t i) {
    size_t l = strlen(f->w), pl = l ? u8len((unsigned char)f->w[0]) : 0;
    if (pl > l) pl = l;
    memcpy(f->pre, f->w, pl);
    f->pre[pl] = 0;
    shape_form(f, text, t, i);
    f->hpre = XXH3_64bits(f->pre, pl);
    f->hshape = str_hash(f->shape);
}

/* The constant values: the context words outside the sentence (-S2- -S1-
 * before it, -E1- -E2- after it) and the tag values (a tag name; ^ and ^^
 * before the sentence). */
typedef struct consts {
    tokf edge[4];
    uint64_t tagh[ENT_POS_N + 2];
    uint64_t h0;   /* the empty value */
} consts;

static void init_consts(consts *c) {
    static const char *const names[4] = {"-S2-", "-S1-", "-E1-", "-E2-"};
    memset(c, 0, sizeof *c);
    for (int k = 0; k < 4; k++) {
        snprintf(c->edge[k].w, sizeof c->edge[k].w, "%s", names[k]);
        snprintf(c->edge[k].suf, sizeof c->edge[k].suf, "%s", names[k]);
        c->edge[k].hw = c->edge[k].hsuf = str_hash(names[k]);
    }
    for (int i = 0; i < ENT_POS_N; i++) c->tagh[i] = str_hash(TAG_NAME[i]);
    c->tagh[ENT_POS_N] = str_hash("^");
    c->tagh[ENT_POS_N + 1] = str_hash("^^");
    c->h0 = str_hash("");
}

static const tokf *at(const consts *c, const tokf *tf, size_t n, long i) {
    if (i < 0) return &c->edge[i == -1 ? 1 : 0];
    if ((size_t)i >= n) return &c->edge[(size_t)i == n ? 2 : 3];
    return &tf[i];
}

/* A tag value: a tag name, or ^ / ^^ before the sentence. */
typedef struct tagv {
    const char *s;
    uint64_t h;
} tagv;

static tagv tag_value(const consts *c, int tag, int back) {
    if (tag < 0) return (tagv){back == 1 ? "^" : "^^", c->tagh[ENT_POS_N + (back == 1 ? 0 : 1)]};
    return (tagv){TAG_NAME[tag], c->tagh[tag]};
}

/* The keys of token i's features; with `val` (training), each feature's
 * two values. */
static void features(const consts *c, const tokf *tf, size_t n, size_t i, uint64_t key[NF], const char *val[NF][2]) {
    long j = (long)i;
    const tokf *w = &tf[i], *m1 = at(c, tf, n, j - 1), *m2 = at(c, tf, n, j - 2), *p1 = at(c, tf, n, j + 1), *p2 = at(c, tf, n, j + 2);
    tagv t1 = tag_value(c, i >= 1 ? tf[i - 1].tag : -1, 1), t2 = tag_value(c, i >= 2 ? tf[i - 2].tag : -1, 2);
    uint64_t h0 = c->h0;
    key[F_BIAS] = fkey(F_BIAS, h0, h0);
    key[F_W] = fkey(F_W, w->hw, h0);
    key[F_SUF] = fkey(F_SUF, w->hsuf, h0);
    key[F_PRE] = fkey(F_PRE, w->hpre, h0);
    key[F_SHAPE] = fkey(F_SHAPE, w->hshape, h0);
    key[F_T1] = fkey(F_T1, t1.h, h0);
    key[F_T2] = fkey(F_T2, t2.h, t1.h);
    key[F_T1W] = fkey(F_T1W, t1.h, w->hw);
    key[F_WM1] = fkey(F_WM1, m1->hw, h0);
    key[F_SM1] = fkey(F_SM1, m1->hsuf, h0);
    key[F_WM2] = fkey(F_WM2, m2->hw, h0);
    key[F_WP1] = fkey(F_WP1, p1->hw, h0);
    key[F_SP1] = fkey(F_SP1, p1->hsuf, h0);
    key[F_WP2] = fkey(F_WP2, p2->hw, h0);
    if (!val) return;
    const char *v[NF][2] = {{"", ""},       {w->w, ""},     {w->suf, ""},   {w->pre, ""},   {w->shape, ""},
                            {t1.s, ""},     {t2.s, t1.s},   {t1.s, w->w},   {m1->w, ""},    {m1->suf, ""},
                            {m2->w, ""},    {p1->w, ""},    {p1->suf, ""},  {p2->w, ""}};
    memcpy(val, v, sizeof v);
}

/* ---- the model ---- */

/* A feature and its weights in one slot of 32 bytes, two a cache line (the
 * whole table of the shipped model fits a core's L2 cache): each weight is
 * an int8 times 2^shift, the shift chosen per feature so that its largest
 * weight fits (a feature whose weights stay within 127 keeps them exact;
 * the largest lose at most 2^shift - 1 of the file's x100 units). The shift
 * is kept in the key's three low bits (keys are compared without them).
 * The row is padded to 24 weights so that the sum is a vector loop. The
 * bias is kept apart and whole (every token adds it). */
#define ROW 24
#define KEY_MASK (~(uint64_t)7)
typedef struct fslot {
    uint64_t key;      /* the feature's key with its low bits the shift; 0 = empty */
    int8_t w[ROW];
} fslot;
_Static_assert(sizeof(fslot) == 32, "a slot is 32 bytes");

struct ent_pos_model {
    void (*add)(const struct ent_pos_model *m, uint64_t key, int32_t *sc);   /* add_row_plain or add_row_avx2 */
    fslot *f;          /* open addressing */
    size_t cap, nfeat;
    int32_t bias[ROW];
    uint64_t *dkeys;   /* tag dictionary: word hash -> tag */
    uint8_t *dtag;
    size_t dcap, nwords;
    consts c;
};

static size_t slot_of(const uint64_t *keys, size_t cap, uint64_t k) {
    size_t i = (size_t)(k ^ (k >> 29)) & (cap - 1);
    while (keys[i] && keys[i] != k) i = (i + 1) & (cap - 1);
    return i;
}

static uint64_t nonzero(uint64_t k) { return (k & KEY_MASK) ? k & KEY_MASK : 8; }

static size_t fslot_of(const ent_pos_model *m, uint64_t k) {
    size_t i = (size_t)(k ^ (k >> 29)) & (m->cap - 1);
    while (m->f[i].key && (m->f[i].key & KEY_MASK) != k) i = (i + 1) & (m->cap - 1);
    return i;
}

void ent_pos_size(const ent_pos_model *m, size_t *features, size_t *words) {
    *features = m->nfeat;
    *words = m->nwords;
}

void ent_pos_free(ent_pos_model *m) {
    if (!m) return;
    free(m->f);
    free(m->dkeys);
    free(m->dtag);
    free(m);
}

/* Splits line at tabs into at most max fields; returns their count. */
static int split_tabs(char *line, char **f, int max) {
    int n = 0;
    line[strcspn(line, "\r\n")] = 0;
    for (char *p = line; n < max;) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

/* "TAG:W TAG:W ..." into row (scaled int16). */
static int parse_weights(char *s, int32_t *row) {
    for (char *save = NULL, *tok = strtok_r(s, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        char *c = strrchr(tok, ':');
        if (!c) return -1;
        *c = 0;
        int t = ent_pos_from_name(tok);
        long v = strtol(c + 1, NULL, 10);
        if (t < 0 || v < -32767 || v > 32767) return -1;
        row[t] = (int32_t)v;
    }
    return 0;
}

static void add_row_plain(const ent_pos_model *m, uint64_t key, int32_t *sc);
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2_ROW 1
static void add_row_avx2(const ent_pos_model *m, uint64_t key, int32_t *sc);
#endif

static void dict_put(ent_pos_model *m, uint64_t k, int tag) {
    size_t i = slot_of(m->dkeys, m->dcap, nonzero(k));
    if (!m->dkeys[i]) m->nwords++;
    m->dkeys[i] = nonzero(k);
    m->dtag[i] = (uint8_t)tag;
}

static int feat_put(ent_pos_model *m, int tpl, const char *v1, const char *v2, char *weights) {
    int32_t row[ROW] = {0};
    if (parse_weights(weights, row)) return -1;
    if (tpl == F_BIAS) {
        memcpy(m->bias, row, sizeof row);
        return 0;
    }
    uint64_t k = nonzero(fkey(tpl, str_hash(v1), str_hash(v2)));
    size_t i = fslot_of(m, k);
    if (!m->f[i].key) {
        m->f[i].key = k;
        m->nfeat++;
    }
    int32_t mx = 0;
    for (int t = 0; t < ENT_POS_N; t++) mx = row[t] > mx ? row[t] : -row[t] > mx ? -row[t] : mx;
    unsigned sh = 0;
    while ((mx >> sh) > 127) sh++;   /* at most 8 with the file's int16 weights: checked below */
    if (sh > 7) return -1;
    m->f[i].key = k | sh;
    for (int t = 0; t < ENT_POS_N; t++) {   /* rounded to the nearest multiple of 2^sh */
        int32_t q = sh ? (row[t] + (row[t] < 0 ? -(1 << (sh - 1)) : (1 << (sh - 1)))) / (1 << sh) : row[t];
        m->f[i].w[t] = (int8_t)(q > 127 ? 127 : q < -127 ? -127 : q);
    }
    return 0;
}

/* Counts the f and d lines of the file, to size the tables. */
static void count_lines(FILE *f, size_t *nf, size_t *nd) {
    char line[4096];
    *nf = *nd = 0;
    while (fgets(line, sizeof line, f)) {
        *nf += line[0] == 'f' && line[1] == '\t';
        *nd += line[0] == 'd' && line[1] == '\t';
    }
    rewind(f);
}

static size_t pow2_above(size_t n) {
    size_t c = 16;
    while (c < n + n / 2) c *= 2;   /* load at most 2/3 */
    return c;
}

ent_pos_model *ent_pos_load(const char *path, ent_err *err) {
    FILE *f = fopen(path, "r");
    if (!f) {
        ent_err_set(err, ENT_EIO, path, 0, "cannot open the part-of-speech model");
        return NULL;
    }
    size_t nf, nd;
    count_lines(f, &nf, &nd);
    ent_pos_model *m = ent_xcalloc(1, sizeof *m);
    init_consts(&m->c);
    m->add = add_row_plain;
#ifdef HAVE_AVX2_ROW
    if (__builtin_cpu_supports("avx2")) m->add = add_row_avx2;
#endif
    m->cap = pow2_above(nf);
    m->f = aligned_alloc(64, m->cap * sizeof *m->f);   /* slots never straddle a cache line */
    if (!m->f) abort();   /* as ent_xcalloc does */
    memset(m->f, 0, m->cap * sizeof *m->f);
    m->dcap = pow2_above(nd);
    m->dkeys = ent_xcalloc(m->dcap, sizeof *m->dkeys);
    m->dtag = ent_xcalloc(m->dcap, 1);
    char line[4096];
    long ln = 0;
    int bad = 0;
    while (!bad && fgets(line, sizeof line, f)) {
        ln++;
        char *fd[5];
        if (line[0] == '#' || line[0] == '\n') continue;
        int k = split_tabs(line, fd, 5);
        if (!strcmp(fd[0], "d") && k == 3 && ent_pos_from_name(fd[2]) >= 0) {
            dict_put(m, str_hash(fd[1]), ent_pos_from_name(fd[2]));
        } else if (!strcmp(fd[0], "f") && k == 5 && tpl_from_name(fd[1]) >= 0 && m->nfeat < nf) {
            bad = feat_put(m, tpl_from_name(fd[1]), fd[2], fd[3], fd[4]) != 0;
        } else {
            bad = 1;
        }
    }
    fclose(f);
    if (bad) {
        ent_err_set(err, ENT_EFORMAT, path, ln, "bad line in the part-of-speech model");
        ent_pos_free(m);
        return NULL;
    }
    return m;
}

static int dict_tag(const ent_pos_model *m, uint64_t hw) {
    size_t i = slot_of(m->dkeys, m->dcap, nonzero(hw));
    return m->dkeys[i] ? m->dtag[i] : -1;
}

/* The slot of key, or NULL. */
static const fslot *find(const ent_pos_model *m, uint64_t key) {
    uint64_t k = nonzero(key);
    size_t i = (size_t)(k ^ (k >> 29)) & (m->cap - 1);
    while (m->f[i].key && (m->f[i].key & KEY_MASK) != k) i = (i + 1) & (m->cap - 1);
    return m->f[i].key ? &m->f[i] : NULL;
}

static void prefetch(const ent_pos_model *m, uint64_t key) {
    uint64_t k = nonzero(key);
    __builtin_prefetch(&m->f[(size_t)(k ^ (k >> 29)) & (m->cap - 1)]);
}

/* Adds the weights of feature key (if the model has it) to sc[0..ROW). */
static void add_row_plain(const ent_pos_model *m, uint64_t key, int32_t *sc) {
    const fslot *f = find(m, key);
    if (!f) return;
    int sh = (int)(f->key & 7);
    for (int t = 0; t < ROW; t++) sc[t] += (int32_t)f->w[t] * (1 << sh);
}

#ifdef HAVE_AVX2_ROW
/* The same with AVX2 (one instruction widens eight weights), used when the
 * processor has it. */
__attribute__((target("avx2"))) static void add_row_avx2(const ent_pos_model *m, uint64_t key, int32_t *sc) {
    const fslot *f = find(m, key);
    if (!f) return;
    __m128i sh = _mm_cvtsi32_si128((int)(f->key & 7));
    for (int q = 0; q < ROW; q += 8) {
        __m256i w = _mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)(f->w + q)));
        __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(sc + q));
        _mm256_storeu_si256((__m256i *)(void *)(sc + q), _mm256_add_epi32(a, _mm256_sll_epi32(w, sh)));
    }
}
#endif

static void add_row(const ent_pos_model *m, uint64_t key, int32_t *sc) { m->add(m, key, sc); }

/* The features that do not read the tags before the token (all but the
 * bias and the three tag templates). */
#define NSTATIC (NF - 4)
static const int STATIC_TPL[NSTATIC] = {F_W, F_SUF, F_PRE, F_SHAPE, F_WM1, F_SM1, F_WM2, F_WP1, F_SP1, F_WP2};

/* Tagging runs in two passes: the static features of every token not in
 * the tag dictionary are summed first, prefetching a few tokens ahead (the
 * weights are scattered over the table: this hides the memory latency);
 * then left to right, each token adds its tag features and takes the best
 * tag. */
typedef struct tagwork {
    tokf *tf;
    uint64_t *keys;   /* NSTATIC per token */
    int32_t *sc;      /* ROW per token */
} tagwork;

static void static_scores(const ent_pos_model *m, tagwork *w, size_t n) {
    enum { AHEAD = 3 };
    for (size_t i = 0; i < n; i++) {
        uint64_t key[NF];
        if (w->tf[i].tag >= 0) continue;
        features(&m->c, w->tf, n, i, key, NULL);
        for (int q = 0; q < NSTATIC; q++) w->keys[i * NSTATIC + (size_t)q] = key[STATIC_TPL[q]];
    }
    for (size_t i = 0; i < n + AHEAD; i++) {
        if (i < n && w->tf[i].tag < 0)
            for (int q = 0; q < NSTATIC; q++) prefetch(m, w->keys[i * NSTATIC + (size_t)q]);
        if (i < AHEAD || w->tf[i - AHEAD].tag >= 0) continue;
        size_t j = i - AHEAD;
        int32_t *sc = &w->sc[j * ROW];
        memset(sc, 0, ROW * sizeof *sc);
        for (int q = 0; q < NSTATIC; q++) add_row(m, w->keys[j * NSTATIC + (size_t)q], sc);
    }
}

static int best_tag(const ent_pos_model *m, const tagwork *w, size_t n, size_t i) {
    const consts *c = &m->c;
    const tokf *tf = w->tf;
    tagv t1 = tag_value(c, i >= 1 ? tf[i - 1].tag : -1, 1), t2 = tag_value(c, i >= 2 ? tf[i - 2].tag : -1, 2);
    int32_t sc[ROW], dyn[ROW] = {0};
    add_row(m, fkey(F_T1, t1.h, c->h0), dyn);
    add_row(m, fkey(F_T2, t2.h, t1.h), dyn);
    add_row(m, fkey(F_T1W, t1.h, tf[i].hw), dyn);
    for (int t = 0; t < ROW; t++) sc[t] = w->sc[i * ROW + (size_t)t] + dyn[t] + m->bias[t];
    int best = 0;
    for (int t = 1; t < ENT_POS_N; t++)
        if (sc[t] > sc[best]) best = t;
    (void)n;
    return best;
}

void ent_pos_tag(const ent_pos_model *m, const char *text, const ent_token *tok, size_t n, uint8_t *tags) {
    tokf stackf[64];
    uint64_t stackk[64 * NSTATIC];
    int32_t stacks[64 * ROW];
    tagwork w = {stackf, stackk, stacks};
    if (n > 64) {
        w.tf = ent_xmalloc(n * sizeof *w.tf);
        w.keys = ent_xmalloc(n * NSTATIC * sizeof *w.keys);
        w.sc = ent_xmalloc(n * ROW * sizeof *w.sc);
    }
    for (size_t i = 0; i < n; i++) {
        tok_features(&w.tf[i], text, &tok[i], i);
        w.tf[i].tag = dict_tag(m, w.tf[i].hw);   /* -1: to be scored */
        if (w.tf[i].tag < 0) own_features(&w.tf[i], text, &tok[i], i);
    }
    static_scores(m, &w, n);
    for (size_t i = 0; i < n; i++) {
        if (w.tf[i].tag < 0) w.tf[i].tag = best_tag(m, &w, n, i);
        tags[i] = (uint8_t)w.tf[i].tag;
    }
    if (n > 64) {
        free(w.tf);
        free(w.keys);
        free(w.sc);
    }
}

/* ---- training ---- */

typedef struct tfeat {
    float w[ENT_POS_N];
    double tot[ENT_POS_N];
    uint32_t ts[ENT_POS_N];
    const char *tpl, *v1, *v2;
} tfeat;

typedef struct tword {
    const char *w;
    uint32_t n[ENT_POS_N];
} tword;

struct ent_pos_trainer {
    uint64_t *keys;   /* features: open addressing */
    uint32_t *idx;
    size_t cap, nf;
    tfeat *f;
    uint64_t *wkeys;  /* words */
    uint32_t *widx;
    size_t wcap, nw;
    tword *wd;
    int8_t *dict;     /* word -> tag of the tag dictionary, -1 none (after counting) */
    int dict_ready;
    uint32_t step;
    ent_arena mem;
    consts c;
};

ent_pos_trainer *ent_pos_trainer_new(void) {
    ent_pos_trainer *tr = ent_xcalloc(1, sizeof *tr);
    tr->cap = 1 << 20;
    tr->keys = ent_xcalloc(tr->cap, sizeof *tr->keys);
    tr->idx = ent_xcalloc(tr->cap, sizeof *tr->idx);
    tr->wcap = 1 << 17;
    tr->wkeys = ent_xcalloc(tr->wcap, sizeof *tr->wkeys);
    tr->widx = ent_xcalloc(tr->wcap, sizeof *tr->widx);
    ent_arena_init(&tr->mem, 1 << 16);
    init_consts(&tr->c);
    return tr;
}

void ent_pos_trainer_free(ent_pos_trainer *tr) {
    if (!tr) return;
    free(tr->keys);
    free(tr->idx);
    free(tr->f);
    free(tr->wkeys);
    free(tr->widx);
    free(tr->wd);
    free(tr->dict);
    ent_arena_free(&tr->mem);
    free(tr);
}

/* Doubles an open-addressing table of keys and indexes. */
static void grow(uint64_t **keys, uint32_t **idx, size_t *cap) {
    size_t nc = *cap * 2;
    uint64_t *nk = ent_xcalloc(nc, sizeof *nk);
    uint32_t *ni = ent_xcalloc(nc, sizeof *ni);
    for (size_t i = 0; i < *cap; i++)
        if ((*keys)[i]) {
            size_t s = slot_of(nk, nc, (*keys)[i]);
            nk[s] = (*keys)[i];
            ni[s] = (*idx)[i];
        }
    free(*keys);
    free(*idx);
    *keys = nk, *idx = ni, *cap = nc;
}

static tword *word_entry(ent_pos_trainer *tr, const char *w) {
    if (tr->nw * 2 >= tr->wcap) grow(&tr->wkeys, &tr->widx, &tr->wcap);
    uint64_t k = nonzero(str_hash(w));
    size_t i = slot_of(tr->wkeys, tr->wcap, k);
    if (!tr->wkeys[i]) {
        tr->wkeys[i] = k;
        tr->widx[i] = (uint32_t)tr->nw;
        tr->wd = ent_xrealloc(tr->wd, (tr->nw + 1) * sizeof *tr->wd);
        memset(&tr->wd[tr->nw], 0, sizeof *tr->wd);
        tr->wd[tr->nw].w = ent_arena_strdup(&tr->mem, w);
        tr->nw++;
    }
    return &tr->wd[tr->widx[i]];
}

void ent_pos_trainer_count(ent_pos_trainer *tr, const char *text, const ent_token *tok, size_t n, const uint8_t *gold) {
    for (size_t i = 0; i < n; i++) {
        tokf f;
        word_form(&f, &tok[i]);
        word_entry(tr, f.w)->n[gold[i]]++;
    }
    (void)text;
}

/* The tag dictionary: words seen 20 times or more, 97 % with one tag. */
static void make_dict(ent_pos_trainer *tr) {
    tr->dict = ent_xmalloc(tr->nw + 1);
    for (size_t i = 0; i < tr->nw; i++) {
        uint32_t tot = 0, best = 0;
        int bt = 0;
        for (int t = 0; t < ENT_POS_N; t++) {
            tot += tr->wd[i].n[t];
            if (tr->wd[i].n[t] > best) best = tr->wd[i].n[t], bt = t;
        }
        tr->dict[i] = tot >= 5 && best >= 0.99 * tot ? (int8_t)bt : -1;
    }
    tr->dict_ready = 1;
}

static int trainer_dict_tag(const ent_pos_trainer *tr, const char *w) {
    size_t i = slot_of(tr->wkeys, tr->wcap, nonzero(str_hash(w)));
    return tr->wkeys[i] ? tr->dict[tr->widx[i]] : -1;
}

static tfeat *feat_entry(ent_pos_trainer *tr, uint64_t key, const char *v[2], int tpl) {
    if (tr->nf * 2 >= tr->cap) grow(&tr->keys, &tr->idx, &tr->cap);
    uint64_t k = nonzero(key);
    size_t i = slot_of(tr->keys, tr->cap, k);
    if (!tr->keys[i]) {
        if (!v) return NULL;
        tr->keys[i] = k;
        tr->idx[i] = (uint32_t)tr->nf;
        if ((tr->nf & (tr->nf - 1)) == 0) tr->f = ent_xrealloc(tr->f, (tr->nf ? tr->nf * 2 : 1) * sizeof *tr->f);
        tfeat *f = &tr->f[tr->nf++];
        memset(f, 0, sizeof *f);
        f->tpl = TPL_NAME[tpl];
        f->v1 = ent_arena_strdup(&tr->mem, v[0]);
        f->v2 = ent_arena_strdup(&tr->mem, v[1]);
    }
    return &tr->f[tr->idx[i]];
}

static int trainer_guess(ent_pos_trainer *tr, const uint64_t key[NF]) {
    double sc[ENT_POS_N] = {0};
    for (int q = 0; q < NF; q++) {
        const tfeat *f = feat_entry(tr, key[q], NULL, q);
        for (int t = 0; f && t < ENT_POS_N; t++) sc[t] += f->w[t];
    }
    int best = 0;
    for (int t = 1; t < ENT_POS_N; t++)
        if (sc[t] > sc[best]) best = t;
    return best;
}

static void bump(tfeat *f, int t, float d, uint32_t step) {
    f->tot[t] += (double)(step - f->ts[t]) * f->w[t];
    f->ts[t] = step;
    f->w[t] += d;
}

size_t ent_pos_trainer_learn(ent_pos_trainer *tr, const char *text, const ent_token *tok, size_t n, const uint8_t *gold) {
    if (!tr->dict_ready) make_dict(tr);
    tokf *tf = ent_xmalloc((n ? n : 1) * sizeof *tf);
    size_t right = 0;
    for (size_t i = 0; i < n; i++) {
        tok_features(&tf[i], text, &tok[i], i);
        own_features(&tf[i], text, &tok[i], i);
    }
    for (size_t i = 0; i < n; i++) {
        int t = trainer_dict_tag(tr, tf[i].w);
        if (t < 0) {
            uint64_t key[NF];
            const char *val[NF][2];
            features(&tr->c, tf, n, i, key, val);
            t = trainer_guess(tr, key);
            tr->step++;
            if (t != gold[i])
                for (int q = 0; q < NF; q++) {
                    tfeat *f = feat_entry(tr, key[q], val[q], q);
                    bump(f, gold[i], 1, tr->step);
                    bump(f, t, -1, tr->step);
                }
        }
        right += t == gold[i];
        tf[i].tag = t;   /* greedy: what the tagger will see */
    }
    free(tf);
    return right;
}

/* One f line: the feature's averaged weights, scaled; 0 when pruned. */
static int feature_line(const ent_pos_trainer *tr, const tfeat *f, double min_weight, double scale, ent_buf *b) {
    double avg[ENT_POS_N], mx = 0;
    for (int t = 0; t < ENT_POS_N; t++) {
        avg[t] = (f->tot[t] + (double)(tr->step - f->ts[t]) * f->w[t]) / (tr->step ? tr->step : 1);
        if (avg[t] > mx) mx = avg[t];
        if (-avg[t] > mx) mx = -avg[t];
    }
    if (mx < min_weight) return 0;
    ent_buf_printf(b, "f\t%s\t%s\t%s\t", f->tpl, f->v1, f->v2);
    int first = 1;
    for (int t = 0; t < ENT_POS_N; t++) {
        long v = (long)(avg[t] * scale + (avg[t] < 0 ? -0.5 : 0.5));
        if (v > 32767) v = 32767;
        if (v < -32767) v = -32767;
        if (!v) continue;
        ent_buf_printf(b, "%s%s:%ld", first ? "" : " ", TAG_NAME[t], v);
        first = 0;
    }
    ent_buf_printf(b, "\n");
    return 1;
}

int ent_pos_trainer_save(ent_pos_trainer *tr, const char *path, const char *header, double min_weight, ent_err *err) {
    if (!tr->dict_ready) make_dict(tr);
    FILE *f = fopen(path, "w");
    if (!f) return ent_err_set(err, ENT_EIO, path, 0, "cannot write the part-of-speech model");
    ent_buf b;
    ent_buf_init(&b);
    ent_buf_printf(&b, "%s", header);
    for (size_t i = 0; i < tr->nw; i++)
        if (tr->dict[i] >= 0) ent_buf_printf(&b, "d\t%s\t%s\n", tr->wd[i].w, TAG_NAME[tr->dict[i]]);
    for (size_t i = 0; i < tr->nf; i++) feature_line(tr, &tr->f[i], min_weight, 100.0, &b);
    int bad = fwrite(b.p, 1, b.len, f) != b.len;
    bad |= fclose(f) != 0;
    ent_buf_free(&b);
    return bad ? ent_err_set(err, ENT_EIO, path, 0, "cannot write the part-of-speech model") : 0;
}
