/* cldr.c - country names in every language from ICU's CLDR data.
 *
 * For a language L, every ISO 3166 region gets its standard and short
 * display names in L (uldn_regionDisplayName), as `country` entries with
 * code = ISO alpha-3 and source cldr:L:RR. Each country also gets its names
 * in its own main language (likely subtags: und_RU -> ru), usable in an
 * article of any language.
 */
#define _POSIX_C_SOURCE 200809L
#include "dict_int.h"

#include "../base/buf.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/udisplaycontext.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static int lang_loaded(ent_dict *d, const char *key) {
    for (size_t i = 0; i < d->nlangs; i++)
        if (!strcmp(d->langs[i], key)) return 1;
    d->langs = ent_xrealloc(d->langs, (d->nlangs + 1) * sizeof *d->langs);
    d->langs[d->nlangs++] = ent_xstrdup(key);
    return 0;
}

static int region_name(ULocaleDisplayNames *ldn, const char *rr, char *out, size_t cap) {
    UChar u[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = uldn_regionDisplayName(ldn, rr, u, 256, &st);
    if (U_FAILURE(st) || n <= 0) return -1;
    int32_t bl = 0;
    u_strToUTF8(out, (int32_t)cap, &bl, u, n, &st);
    if (U_FAILURE(st) || (size_t)bl >= cap) return -1;
    out[bl] = 0;
    return strcmp(out, rr) ? 0 : -1;   /* ICU echoes the code when it has no name */
}

static void add_region(ent_dict *d, const char *lang, const char *rr, int own, ULocaleDisplayNames *std,
                       ULocaleDisplayNames *shrt) {
    char loc[8], iso3[8];
    /* ICU lists a few regions that are not ISO 3166-1 countries (Canary
     * Islands, Diego Garcia, Ceuta and Melilla); Kosovo (XK, XKK in ICU)
     * is XKX, the user-assigned code tests/real/GUIDE.md writes (CAMEO: KSV) */
    if (!strcmp(rr, "IC") || !strcmp(rr, "DG") || !strcmp(rr, "EA")) return;
    snprintf(loc, sizeof loc, "_%s", rr);
    snprintf(iso3, sizeof iso3, "%s", !strcmp(rr, "XK") ? "XKX" : uloc_getISO3Country(loc));
    if (strlen(iso3) != 3) return;
    char n1[512], n2[512], src[64];
    int have1 = region_name(std, rr, n1, sizeof n1) == 0;
    int have2 = shrt && region_name(shrt, rr, n2, sizeof n2) == 0;
    if (!have1 && !have2) return;
    snprintf(src, sizeof src, "cldr:%s:%s", lang, rr);
    uint32_t ei = dict_add_entry(d, iso3, ENT_K_COUNTRY, lang, have1 ? n1 : n2, src, 0, 0);
    d->entries[ei].own = (uint8_t)own;
    if (have1) dict_add_name(d, ei, n1);
    if (have2 && (!have1 || strcmp(n1, n2))) dict_add_name(d, ei, n2);
    /* "Congo (DRC)", "Myanmar (Burma)": also the part before the parenthesis */
    char *par = have1 ? strstr(n1, " (") : NULL;
    if (par) {
        *par = 0;
        dict_add_name(d, ei, n1);
    }
}

static void load_lang(ent_dict *d, const char *lang, const char *only_region, int own) {
    UErrorCode st = U_ZERO_ERROR;
    ULocaleDisplayNames *std = uldn_open(lang, ULDN_STANDARD_NAMES, &st);
    if (U_FAILURE(st)) return;
    UDisplayContext ctx[] = {UDISPCTX_LENGTH_SHORT};
    st = U_ZERO_ERROR;
    ULocaleDisplayNames *shrt = uldn_openForContext(lang, ctx, 1, &st);
    if (U_FAILURE(st)) shrt = NULL;
    if (only_region) {
        add_region(d, lang, only_region, own, std, shrt);
    } else {
        for (const char *const *c = uloc_getISOCountries(); *c; c++) add_region(d, lang, *c, own, std, shrt);
    }
    uldn_close(std);
    if (shrt) uldn_close(shrt);
}

void ent_dict_need_lang(ent_dict *d, const char *lang) {
    if (!lang || !*lang || strlen(lang) > 7) return;
    char key[16];
    snprintf(key, sizeof key, "%s", lang);
    if (lang_loaded(d, key)) return;
    load_lang(d, lang, NULL, 0);
}

void dict_cldr_own_languages(ent_dict *d) {
    if (lang_loaded(d, "#own")) return;
    for (const char *const *c = uloc_getISOCountries(); *c; c++) {
        char und[16], full[64], lang[16];
        UErrorCode st = U_ZERO_ERROR;
        snprintf(und, sizeof und, "und_%s", *c);
        uloc_addLikelySubtags(und, full, sizeof full, &st);
        if (U_FAILURE(st)) continue;
        st = U_ZERO_ERROR;
        uloc_getLanguage(full, lang, sizeof lang, &st);
        if (U_FAILURE(st) || !lang[0] || !strcmp(lang, "und")) continue;
        load_lang(d, lang, *c, 1);
    }
}

void dict_cldr_all(ent_dict *d) {
    int32_t n = uloc_countAvailable();
    for (int32_t i = 0; i < n; i++) {
        char lang[16];
        UErrorCode st = U_ZERO_ERROR;
        uloc_getLanguage(uloc_getAvailable(i), lang, sizeof lang, &st);
        if (U_SUCCESS(st) && lang[0]) ent_dict_need_lang(d, lang);
    }
}
