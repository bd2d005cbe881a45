/* match.c - see geo.h: place names in the words of a text, the last word
 * possibly inflected, possibly followed by a region word. */
#define _POSIX_C_SOURCE 200809L
#include "geo_int.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#define MAX_VARIANTS 40

typedef struct variant {
    char form[GEO_KEY_MAX];   /* folded */
    char tag[6];
    uint8_t how;
} variant;

static int add_variant(variant *v, int n, const char *form, size_t len, const char *tag, int how) {
    if (n >= MAX_VARIANTS) return n;
    char k[GEO_KEY_MAX];
    if (!geo_fold(form, len, k, sizeof k)) return n;
    for (int i = 0; i < n; i++)
        if (!strcmp(v[i].form, k)) return n;
    memcpy(v[n].form, k, strlen(k) + 1);
    snprintf(v[n].tag, sizeof v[n].tag, "%s", tag);
    v[n].how = (uint8_t)how;
    return n + 1;
}

static int is_upper(const char *w) {
    int32_t i = 0, len = (int32_t)strlen(w);
    UChar32 c;
    if (!len) return 0;
    U8_NEXT(w, i, len, c);
    return c >= 0 && u_isupper(c);
}

/* The forms under which a word of a text may stand in the gazetteer: the
 * word; without an English possessive; Hunspell's stems (Hungarian); the
 * forms the language's suffix table gives (not for English, whose table
 * takes off plural -s: Hamas would be Hama). A word in lower case is
 * de-inflected only as an adjective of place (kurszki, kijevi), as the last
 * word of a capitalised name (Gázai övezetben) or as a region word
 * (területen): `lower` says it may be. */
static int variants(ent_hun *hun, ent_morph *morph, const char *lang, const char *word, int lower, variant *v) {
    size_t wl = strlen(word);
    int n = add_variant(v, 0, word, wl, "", ENT_GEO_EXACT);
    int en = lang && !strcmp(lang, "en"), hu = lang && !strcmp(lang, "hu");
    if (wl > 2 && word[wl - 2] == '\'' && word[wl - 1] == 's') n = add_variant(v, n, word, wl - 2, "GEN", ENT_GEO_SUFFIX);
    if (wl > 4 && !strcmp(word + wl - 4, "\xE2\x80\x99s")) n = add_variant(v, n, word, wl - 4, "GEN", ENT_GEO_SUFFIX);
    int upper = lower || is_upper(word);
    if (hu && hun) {
        const ent_hun_info *an[8];
        int na = ent_hun_analyze(hun, word, an, 8);
        for (int i = 0; i < na; i++)
            if (an[i]->stem && (upper || !strcmp(an[i]->tag, "ADJ")))
                n = add_variant(v, n, an[i]->stem, strlen(an[i]->stem), an[i]->tag, ENT_GEO_HUNSPELL);
    }
    if (!en && morph && lang) {
        char k[GEO_KEY_MAX];
        ent_form f[ENT_MORPH_MAX];
        if (!geo_fold(word, wl, k, sizeof k)) return n;
        int nf = ent_morph_forms(morph, lang, k, f, ENT_MORPH_MAX);
        for (int i = 1; i < nf; i++)
            if (upper || !strcmp(f[i].tag, "ADJ"))
                n = add_variant(v, n, f[i].form, strlen(f[i].form), f[i].tag, ENT_GEO_SUFFIX);
    }
    return n;
}

/* 1 when `word` is a region word of the language (any inflection), with the
 * case it carries in tag */
static int region_word(const ent_geo *g, ent_hun *hun, ent_morph *morph, const char *lang, const char *word, char tag[6]) {
    if (!lang) return 0;
    variant v[MAX_VARIANTS];
    int n = variants(hun, morph, lang, word, 1, v);
    char key[GEO_KEY_MAX + 16];
    for (int i = 0; i < n; i++) {
        snprintf(key, sizeof key, "%s\x1f%s", lang, v[i].form);
        if (ent_strmap_get(&g->region_words, key)) {
            memcpy(tag, v[i].tag, 6);
            return 1;
        }
    }
    return 0;
}

/* the region a name followed by a region word stands for (see geo.h): the
 * place if a region; a region named so without its region word (Kursk
 * Oblast, for "Kursk region"); a region of that very name (Donetsk,
 * Washington); the region of a city that the region is named after */
static const ent_geo_place *region_for(const ent_geo *g, const ent_geo_place *p, const char *key, const char *lang) {
    if (p->feature == ENT_GEO_REGION) return p;
    uint32_t r = ent_strmap_get(&g->region_base, key);
    if (r) return &g->places[r - 1];
    const ent_geo_place *out[8];
    int n = ent_geo_lookup_folded(g, key, lang, NULL, out, 8);
    for (int i = 0; i < n && i < 8; i++)
        if (out[i]->feature == ENT_GEO_REGION) return out[i];
    const ent_geo_place *reg = p->feature == ENT_GEO_CITY ? ent_geo_region_of(g, p) : NULL;
    char cn[GEO_KEY_MAX], rn[GEO_KEY_MAX];
    if (!reg || !geo_fold(p->name, strlen(p->name), cn, sizeof cn) ||
        !geo_fold(reg->name, strlen(reg->name), rn, sizeof rn))
        return NULL;
    size_t l = strlen(cn);
    return !strncmp(rn, cn, l) && (rn[l] == 0 || rn[l] == ' ') ? reg : NULL;
}

/* the folded words[0..n) joined by spaces; 0 when too long */
static size_t join_prefix(const char *const *words, int n, char *out, size_t cap) {
    size_t o = 0;
    out[0] = 0;
    for (int i = 0; i < n; i++) {
        char k[GEO_KEY_MAX];
        size_t l = geo_fold(words[i], strlen(words[i]), k, sizeof k);
        if (!l || o + l + 2 > cap) return 0;
        if (o) out[o++] = ' ';
        memcpy(out + o, k, l + 1);
        o += l;
    }
    return o;
}

/* a name of exactly n words at words[0]: fills hit, returns 1 */
static int match_n(const ent_geo *g, ent_hun *hun, ent_morph *morph, const char *lang, const char *const *words,
                   int n, const char *iso3, ent_geo_hit *hit, char *matched, size_t cap) {
    char prefix[GEO_KEY_MAX];
    if (n > 1 && (!join_prefix(words, n - 1, prefix, sizeof prefix) || !ent_strmap_get(&g->prefixes, prefix)))
        return 0;
    variant v[MAX_VARIANTS];
    int nv = variants(hun, morph, lang, words[n - 1], n > 1 && is_upper(words[0]), v);
    for (int i = 0; i < nv; i++) {
        int l = n > 1 ? snprintf(matched, cap, "%s %s", prefix, v[i].form) : snprintf(matched, cap, "%s", v[i].form);
        if (l < 0 || (size_t)l >= cap) continue;
        const ent_geo_place *p = geo_best_folded(g, matched, lang, iso3);
        if (!p) continue;
        hit->place = p;
        hit->nwords = n;
        hit->how = v[i].how;
        memcpy(hit->tag, v[i].tag, sizeof hit->tag);
        return 1;
    }
    return 0;
}

int ent_geo_match(const ent_geo *g, ent_hun *hun, ent_morph *morph, const char *lang,
                  const char *const *words, int nwords, const char *iso3, ent_geo_hit *hit) {
    memset(hit, 0, sizeof *hit);
    char matched[GEO_KEY_MAX];
    int found = 0;
    for (int n = nwords < g->max_words ? nwords : g->max_words; n >= 1 && !found; n--)
        found = match_n(g, hun, morph, lang, words, n, iso3, hit, matched, sizeof matched);
    if (!found) return 0;
    char tag[6];
    if (hit->nwords < nwords && region_word(g, hun, morph, lang, words[hit->nwords], tag)) {
        const ent_geo_place *r = region_for(g, hit->place, matched, lang);
        if (r) {
            hit->place = r;
            hit->nwords++;
            hit->how = ENT_GEO_REGION_WORD;
            memcpy(hit->tag, tag, sizeof hit->tag);
        }
    }
    hit->in_country = iso3 && !strcmp(hit->place->iso3, iso3);
    hit->upper = (uint8_t)is_upper(words[0]);
    return 1;
}
