/* postag-train.c - trains and measures the English part-of-speech model
 * (src/text/postag.h) on Universal Dependencies CoNLL-U files. A
 * development-time helper, not part of the library; `make pos-model` builds
 * and runs it (data/pos/README.md).
 *
 *   postag-train [--epochs N] [--min-weight W] OUT TRAIN.conllu
 *       trains on TRAIN and writes the model OUT
 *   postag-train --eval MODEL FILE.conllu...
 *       prints the model's token accuracy on each file
 *   postag-train --tag MODEL < text
 *       tags each line of stdin (word/TAG ...)
 *
 * Each sentence's text (its "# text =" line) is cut into tokens by the text
 * layer, as entente cuts news, and each token takes the tag of the UD word
 * it covers; a token that covers several words ("China's", "didn't",
 * "U.S.-made") takes the tag of the one whose head lies outside the token.
 * A sentence whose words cannot be found in its text is skipped (counted).
 */
#define _POSIX_C_SOURCE 200809L
#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/text/postag.h"
#include "../src/text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct word {
    uint32_t s, e;   /* bytes in the sentence text */
    int tag, head;   /* head: index of the head word + 1, 0 root */
} word;

typedef struct sent {
    char *text;
    ent_token *tok;
    uint8_t *gold;
    size_t n;
} sent;

typedef struct corpus {
    sent *v;
    size_t n, cap, skipped;
} corpus;

static int gold_tag(const char *upos, const char *xpos, const char *feats) {
    if (!strcmp(upos, "VERB")) {
        if (!strcmp(xpos, "VB")) return ENT_POS_VB;
        if (!strcmp(xpos, "VBD")) return ENT_POS_VBD;
        if (!strcmp(xpos, "VBN")) return ENT_POS_VBN;
        if (!strcmp(xpos, "VBG")) return ENT_POS_VBG;
        if (!strcmp(xpos, "VBP") || !strcmp(xpos, "VBZ")) return ENT_POS_VBP;
        if (strstr(feats, "VerbForm=Ger") || strstr(feats, "Tense=Pres|VerbForm=Part")) return ENT_POS_VBG;
        if (strstr(feats, "VerbForm=Part")) return ENT_POS_VBN;
        if (strstr(feats, "Tense=Past")) return ENT_POS_VBD;
        if (strstr(feats, "VerbForm=Fin")) return ENT_POS_VBP;
        return ENT_POS_VB;
    }
    int t = ent_pos_from_name(upos);
    return t < 0 ? ENT_POS_X : t;
}

/* Finds form at *cur in text (after white space): its offsets. */
static int find_form(const char *text, size_t *cur, const char *form, uint32_t *s, uint32_t *e) {
    size_t c = *cur, l = strlen(form);
    while (text[c] == ' ' || text[c] == '\t') c++;
    if (strncmp(text + c, form, l)) return -1;
    *s = (uint32_t)c;
    *e = (uint32_t)(c + l);
    *cur = c + l;
    return 0;
}

/* The words of one sentence block (lines[0..nl)) with their offsets. */
static int read_words(char **lines, size_t nl, const char *text, word **out, size_t *nw) {
    word *w = ent_xmalloc((nl + 1) * sizeof *w);
    size_t n = 0, cur = 0;
    long range_end = 0;
    uint32_t rs = 0, re = 0;
    for (size_t i = 0; i < nl; i++) {
        char *f[10], *save = NULL, *p = lines[i];
        int k = 0;
        for (char *t = strtok_r(p, "\t", &save); t && k < 10; t = strtok_r(NULL, "\t", &save)) f[k++] = t;
        if (k < 8 || strchr(f[0], '.')) continue;   /* empty nodes */
        char *dash = strchr(f[0], '-');
        if (dash) {
            range_end = atol(dash + 1);
            if (find_form(text, &cur, f[1], &rs, &re)) return free(w), -1;
            continue;
        }
        long id = atol(f[0]);
        if (id <= range_end) w[n].s = rs, w[n].e = re;
        else if (find_form(text, &cur, f[1], &w[n].s, &w[n].e)) return free(w), -1;
        w[n].tag = gold_tag(f[3], f[4], f[5]);
        w[n].head = atoi(f[6]);
        n++;
    }
    *out = w;
    *nw = n;
    return 0;
}

/* The tag of the token [s, e): the covered word whose head is outside it. */
static int token_tag(const word *w, size_t nw, uint32_t s, uint32_t e) {
    int first = -1;
    for (size_t i = 0; i < nw; i++) {
        if (w[i].e <= s || w[i].s >= e) continue;
        if (first < 0) first = w[i].tag;
        int h = w[i].head - 1;
        if (h < 0 || w[h].e <= s || w[h].s >= e) return w[i].tag;
    }
    return first;
}

static void add_sentence(ent_text *tx, corpus *c, char **lines, size_t nl, const char *text, ent_arena *ar) {
    word *w;
    size_t nw;
    if (!text || read_words(lines, nl, text, &w, &nw)) {
        c->skipped++;
        return;
    }
    sent s = {ent_arena_strdup(ar, text), NULL, NULL, 0};
    ent_err err;
    ent_err_clear(&err);
    ent_span sp = {0, (uint32_t)strlen(text)};
    int ok = !ent_text_tokens(tx, s.text, sp, "en", ar, &s.tok, &s.n, &err);
    s.gold = ent_arena_alloc(ar, s.n + 1);
    for (size_t i = 0; ok && i < s.n; i++) {
        int t = token_tag(w, nw, s.tok[i].start, s.tok[i].end);
        ok = t >= 0;
        s.gold[i] = (uint8_t)(t < 0 ? 0 : t);
    }
    free(w);
    if (!ok || !s.n) {
        c->skipped++;
        return;
    }
    if (c->n == c->cap) c->v = ent_xrealloc(c->v, (c->cap = c->cap ? c->cap * 2 : 1024) * sizeof *c->v);
    c->v[c->n++] = s;
}

static int read_conllu(ent_text *tx, const char *path, corpus *c, ent_arena *ar) {
    FILE *f = fopen(path, "r");
    if (!f) return fprintf(stderr, "postag-train: cannot open %s\n", path), -1;
    char line[8192], *text = NULL;
    char **lines = NULL;
    size_t nl = 0, cap = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!strncmp(line, "# text = ", 9)) {
            free(text);
            text = ent_xstrdup(line + 9);
        } else if (line[0] == '#') {
            continue;
        } else if (!line[0]) {
            if (nl) add_sentence(tx, c, lines, nl, text, ar);
            for (size_t i = 0; i < nl; i++) free(lines[i]);
            nl = 0;
        } else {
            if (nl == cap) lines = ent_xrealloc(lines, (cap = cap ? cap * 2 : 64) * sizeof *lines);
            lines[nl++] = ent_xstrdup(line);
        }
    }
    if (nl) add_sentence(tx, c, lines, nl, text, ar);
    for (size_t i = 0; i < nl; i++) free(lines[i]);
    free(lines);
    free(text);
    fclose(f);
    return 0;
}

static int evaluate(const ent_pos_model *m, const char *path, ent_text *tx) {
    corpus c = {0};
    ent_arena ar;
    ent_arena_init(&ar, 1 << 20);
    if (read_conllu(tx, path, &c, &ar)) return 1;
    size_t right = 0, total = 0, conf[ENT_POS_N][ENT_POS_N] = {{0}};
    uint8_t tags[4096];
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (size_t i = 0; i < c.n; i++) {
        if (c.v[i].n > sizeof tags) continue;
        ent_pos_tag(m, c.v[i].text, c.v[i].tok, c.v[i].n, tags);
        for (size_t k = 0; k < c.v[i].n; k++) {
            right += tags[k] == c.v[i].gold[k];
            conf[c.v[i].gold[k]][tags[k]]++;
            total++;
        }
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%s: %zu sentences (%zu skipped), %zu tokens, accuracy %.2f %%, %.0f tokens/s\n", path, c.n, c.skipped, total,
           total ? 100.0 * (double)right / (double)total : 0.0, sec > 0 ? (double)total / sec : 0.0);
    for (int g = 0; g < ENT_POS_N; g++) {
        size_t n = 0, bad = 0;
        for (int t = 0; t < ENT_POS_N; t++) n += conf[g][t], bad += t != g ? conf[g][t] : 0;
        if (n) printf("  %-6s %6zu tokens, %5.1f %% right\n", ent_pos_name(g), n, 100.0 * (double)(n - bad) / (double)n);
    }
    free(c.v);
    ent_arena_free(&ar);
    return 0;
}

static void tag_stdin(const ent_pos_model *m, ent_text *tx) {
    char line[8192];
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = 0;
        ent_token *tok;
        size_t n;
        ent_err err;
        ent_span sp = {0, (uint32_t)strlen(line)};
        if (ent_text_tokens(tx, line, sp, "en", &ar, &tok, &n, &err)) continue;
        uint8_t *tags = ent_arena_alloc(&ar, n + 1);
        ent_pos_tag(m, line, tok, n, tags);
        for (size_t i = 0; i < n; i++)
            printf("%s%.*s/%s", i ? " " : "", (int)(tok[i].end - tok[i].start), line + tok[i].start, ent_pos_name(tags[i]));
        printf("\n");
        ent_arena_reset(&ar);
    }
    ent_arena_free(&ar);
}

/* A fixed-seed shuffle (training is reproducible). */
static void shuffle(sent *v, size_t n, uint64_t *seed) {
    for (size_t i = n; i > 1; i--) {
        *seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t j = (size_t)((*seed >> 33) % i);
        sent t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

static int train(ent_text *tx, const char *out, const char *train_path, int epochs, double min_weight) {
    corpus c = {0};
    ent_arena ar;
    ent_arena_init(&ar, 1 << 20);
    if (read_conllu(tx, train_path, &c, &ar)) return 1;
    ent_pos_trainer *tr = ent_pos_trainer_new();
    for (size_t i = 0; i < c.n; i++) ent_pos_trainer_count(tr, c.v[i].text, c.v[i].tok, c.v[i].n, c.v[i].gold);
    uint64_t seed = 1;
    for (int ep = 0; ep < epochs; ep++) {
        size_t right = 0, total = 0;
        for (size_t i = 0; i < c.n; i++) {
            right += ent_pos_trainer_learn(tr, c.v[i].text, c.v[i].tok, c.v[i].n, c.v[i].gold);
            total += c.v[i].n;
        }
        fprintf(stderr, "epoch %d: %.2f %% of %zu training tokens right before the update\n", ep + 1, 100.0 * (double)right / (double)total,
                total);
        shuffle(c.v, c.n, &seed);
    }
    ent_buf h;
    ent_buf_init(&h);
    ent_buf_printf(&h,
                   "# data/pos/en.txt - the English part-of-speech model (src/text/postag.h).\n"
                   "# Derived from Universal Dependencies English EWT v2.15 (%s), CC BY-SA 4.0: see\n"
                   "# data/pos/README.md for the attribution and data/pos/LICENSE-EWT.txt for the licence;\n"
                   "# this file is under the same licence. Written by scripts/postag-train.c (make pos-model):\n"
                   "# %zu sentences (%zu skipped), %d epochs, features whose weights are all below %.2f dropped.\n"
                   "# Lines: d WORD TAG (a frequent word seen with one tag only);\n"
                   "#        f TEMPLATE VALUE VALUE2 TAG:WEIGHT... (weights x100; templates in postag.c).\n",
                   strrchr(train_path, '/') ? strrchr(train_path, '/') + 1 : train_path, c.n, c.skipped, epochs, min_weight);
    ent_err err;
    ent_err_clear(&err);
    int rc = ent_pos_trainer_save(tr, out, h.p, min_weight, &err);
    if (rc) fprintf(stderr, "postag-train: %s: %s\n", err.file, err.msg);
    ent_buf_free(&h);
    ent_pos_trainer_free(tr);
    free(c.v);
    ent_arena_free(&ar);
    return rc ? 1 : 0;
}

int main(int argc, char **argv) {
    ent_err err;
    ent_err_clear(&err);
    ent_text *tx = ent_text_new(NULL, &err);
    if (!tx) return fprintf(stderr, "postag-train: %s\n", err.msg), 1;
    int rc = 0, epochs = 12, i = 1;
    double min_weight = 2;
    for (; i + 1 < argc && !strncmp(argv[i], "--", 2) && strcmp(argv[i], "--eval") && strcmp(argv[i], "--tag"); i += 2) {
        if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--min-weight")) min_weight = atof(argv[i + 1]);
    }
    if (i + 1 < argc && (!strcmp(argv[i], "--eval") || !strcmp(argv[i], "--tag"))) {
        ent_pos_model *m = ent_pos_load(argv[i + 1], &err);
        if (!m) {
            fprintf(stderr, "postag-train: %s:%ld: %s\n", err.file, err.line, err.msg);
            ent_text_free(tx);
            return 1;
        }
        if (!strcmp(argv[i], "--tag")) tag_stdin(m, tx);
        for (int k = i + 2; !strcmp(argv[i], "--eval") && k < argc; k++) rc |= evaluate(m, argv[k], tx);
        ent_pos_free(m);
    } else if (i + 1 < argc) {
        rc = train(tx, argv[i], argv[i + 1], epochs, min_weight);
    } else {
        fprintf(stderr, "usage: postag-train [--epochs N] [--min-weight W] OUT TRAIN.conllu\n"
                        "       postag-train --eval MODEL FILE.conllu...\n       postag-train --tag MODEL < text\n");
        rc = 2;
    }
    ent_text_free(tx);
    return rc;
}
