/* Unit tests: the gazetteer (src/geo/): exact names, Hungarian inflection,
 * region words, homonyms, GDELT fields, 200 cities drawn with a fixed seed,
 * the compiled cache. */
#define _POSIX_C_SOURCE 200809L
#include "../../src/base/datadir.h"
#include "../../src/geo/geo.h"
#include "t.h"

#include <stdlib.h>
#include <unistd.h>

static ent_geo *g;
static ent_hun *hun;
static ent_morph *morph;

static const char *show(const ent_geo_place *p) {
    static char out[512];
    if (!p) return "none";
    snprintf(out, sizeof out, "%s %s %s %s %.5f %.5f", p->key, ent_geo_feature_name(p->feature), p->iso3, p->name,
             p->lat, p->lon);
    return out;
}

/* the words of `text` (split at spaces) matched in language lang */
static const char *match(const char *lang, const char *text, const char *iso3) {
    static char out[600];
    char buf[256];
    const char *w[16];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", text);
    for (char *s = strtok(buf, " "); s && n < 16; s = strtok(NULL, " ")) w[n++] = s;
    ent_geo_hit h;
    if (!ent_geo_match(g, hun, morph, lang, w, n, iso3, &h)) return "none";
    snprintf(out, sizeof out, "%s [%d word%s%s%s]", show(h.place), h.nwords, h.nwords > 1 ? "s" : "", *h.tag ? " " : "",
             h.tag);
    return out;
}

static void exact_names(void) {
    T_STREQ("Kursk", show(ent_geo_best(g, "Kursk", "en", NULL)), "538560 city RUS Kursk 51.72689 36.18457");
    T_STREQ("Bakhmut", match("en", "Bakhmut", NULL), "713174 city UKR Bakhmut 48.59419 37.99886 [1 word]");
    T_STREQ("Artemivsk (renamed)", match("en", "Artemivsk", NULL), "713174 city UKR Bakhmut 48.59419 37.99886 [1 word]");
    T_STREQ("Kiev (renamed)", show(ent_geo_best(g, "kiev", "en", NULL)), "703448 city UKR Kyiv 50.45466 30.52380");
    T_STREQ("Dnipropetrovsk", show(ent_geo_best(g, "Dnipropetrovsk", "en", NULL)), "709930 city UKR Dnipro 48.46664 35.04066");
    T_STREQ("Pokrovsk", show(ent_geo_best(g, "Pokrovsk", "en", NULL)), "704422 city UKR Pokrovsk 48.28014 37.17706");
    T_STREQ("Sudzha (under 15 000)", match("en", "Sudzha", NULL), "486816 city RUS Sudzha 51.19100 35.27100 [1 word]");
    T_STREQ("Kursk's", match("en", "Kursk's", NULL), "538560 city RUS Kursk 51.72689 36.18457 [1 word GEN]");
    T_STREQ("New York", match("en", "New York said", NULL), "5128581 city USA New York City 40.71427 -74.00597 [2 words]");
    T_STREQ("Tel-Aviv = Tel Aviv", show(ent_geo_best(g, "TEL-AVIV", NULL, NULL)), show(ent_geo_best(g, "tel aviv", NULL, NULL)));
    T_STREQ("Kramators'k = Kramatorsk", show(ent_geo_best(g, "Kramators'k", NULL, NULL)), "704508 city UKR Kramatorsk 48.73106 37.56779");
    /* no stems: Hamas is not Hama (nor Hamm, which GeoNames calls Hamas too) */
    T_STREQ("Hamas", match("en", "Hamas", NULL), "none");
    T_STREQ("Hama", show(ent_geo_best(g, "Hama", "en", NULL)), "170017 city SYR Ḩamāh 35.13179 36.75783");
    T_STREQ("Hamászt", match("hu", "Hamászt", NULL), "none");
    T_STREQ("Obama (not-places.txt)", show(ent_geo_best(g, "Obama", NULL, NULL)), "none");
    /* a Hungarian name matches Hungarian text only */
    T_STREQ("Avgyijivka in en", match("en", "Avgyijivka", NULL), "none");
    T_STREQ("Avgyijivka in hu", match("hu", "Avgyijivka", NULL), "713122 city UKR Avdiyivka 48.14019 37.75008 [1 word]");
}

static void hungarian(void) {
    static const char *const cases[][2] = {
        {"Kurszkban", "538560 city RUS Kursk 51.72689 36.18457 [1 word INE]"},
        {"Odesszában", "698740 city UKR Odesa 46.48572 30.74383 [1 word INE]"},
        {"Kijevbe", "703448 city UKR Kyiv 50.45466 30.52380 [1 word ILL]"},
        {"Gázában", "281133 city PSE Gaza 31.50161 34.46672 [1 word INE]"},
        {"Bahmutnál", "713174 city UKR Bakhmut 48.59419 37.99886 [1 word ADE]"},
        {"Avgyijivkánál", "713122 city UKR Avdiyivka 48.14019 37.75008 [1 word ADE]"},
        {"Pokrovszkból", "704422 city UKR Pokrovsk 48.28014 37.17706 [1 word ELA]"},
        {"Harkivot", "706483 city UKR Kharkiv 49.98177 36.25475 [1 word ACC]"},
        {"Zaporizzsjában", "687700 city UKR Zaporizhzhya 47.85167 35.11714 [1 word INE]"},
        {"Herszonra", "706448 city UKR Kherson 46.63695 32.61458 [1 word SUB]"},
        {"Kramatorszkot", "704508 city UKR Kramatorsk 48.73106 37.56779 [1 word ACC]"},
        {"Bécsben", "2761369 city AUT Vienna 48.20849 16.37208 [1 word INE]"},
        {"Pozsonyba", "3060972 city SVK Bratislava 48.14816 17.10674 [1 word ILL]"},
        {"Kolozsváron", "681290 city ROU Cluj-Napoca 46.76667 23.60000 [1 word SUP]"},
        {"Munkácson", "700646 city UKR Mukachevo 48.44248 22.71800 [1 word SUP]"},
        {"Szabadkán", "3189595 city SRB Subotica 46.10000 19.66667 [1 word SUP]"},
        {"Tel-Avivban", "293397 city ISR Tel Aviv 32.08088 34.78057 [1 word INE]"},
        {"Hán Júniszban", "281124 city PSE Khān Yūnis 31.34018 34.30627 [2 words INE]"},
        {"Phenjanba", "1871859 city PRK Pyongyang 39.03385 125.75432 [1 word ILL]"},
        {"Újdelhiben", "1261481 city IND New Delhi 28.62137 77.21480 [1 word INE]"},
        {"pekingi", "1816670 city CHN Beijing 39.90750 116.39723 [1 word ADJ]"},
        {"Gázai övezetben", "PS.GZ region PSE Gaza Strip 31.40392 34.38131 [2 words INE]"},
        {"Kurszki területen", "RU.41 region RUS Kursk Oblast 51.67879 35.98369 [2 words SUP]"},
        {"Luhanszki területről", "UA.14 region UKR Luhansk 48.65981 39.03600 [2 words DEL]"},
        {"Krímben", "UA.11 region UKR Crimea 45.24607 34.33221 [1 word INE]"},
        {"Donbászban", "x:donbas region UKR Donbas 48.30000 38.50000 [1 word INE]"},
        {"Dél-Libanonban", "x:south-lebanon region LBN South Lebanon 33.27000 35.35000 [1 word INE]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) T_STREQ(cases[i][0], match("hu", cases[i][0], NULL), cases[i][1]);
}

static void regions_and_homonyms(void) {
    T_STREQ("Kursk region", match("en", "Kursk region", NULL), "RU.41 region RUS Kursk Oblast 51.67879 35.98369 [2 words]");
    T_STREQ("Kyiv region", match("en", "Kyiv region", NULL), "UA.13 region UKR Kyiv Oblast 50.36973 30.54429 [2 words]");
    T_STREQ("Donetsk (city first)", match("en", "Donetsk", NULL), "709717 city UKR Donetsk 48.02300 37.80224 [1 word]");
    T_STREQ("Donetsk Oblast", match("en", "Donetsk Oblast", NULL), "UA.05 region UKR Donetsk 48.12057 37.74926 [2 words]");
    T_STREQ("Washington state", match("en", "Washington state", NULL), "US.WA region USA Washington 47.30434 -121.56391 [2 words]");
    T_STREQ("Georgia (country first)", match("en", "Georgia", NULL), "GEO country GEO Georgia 42.16616 43.50645 [1 word]");
    T_STREQ("Odessa", match("en", "Odessa", NULL), "698740 city UKR Odesa 46.48572 30.74383 [1 word]");
    T_STREQ("Odessa, USA", match("en", "Odessa", "USA"), "5527554 city USA Odessa 31.84568 -102.36764 [1 word]");
    T_STREQ("Tripoli", show(ent_geo_best(g, "Tripoli", "en", NULL)), "2210247 city LBY Tripoli 32.88743 13.18733");
    T_STREQ("Tripoli, LBN", show(ent_geo_best(g, "Tripoli", "en", "LBN")), "266826 city LBN Tripoli 34.43352 35.84415");
    /* Chittagong's old name is Islamabad: an alternate name ranks after an own one */
    T_STREQ("Islamabad", show(ent_geo_best(g, "Islamabad", "en", NULL)), "1176615 city PAK Islamabad 33.72148 73.04329");
    const ent_geo_place *all[4];
    T_CHECK("Paris: several", ent_geo_lookup(g, "Paris", "en", NULL, all, 4) >= 2 && !strcmp(all[0]->iso3, "FRA"));
    T_STREQ("Sudzha's region", show(ent_geo_region_of(g, ent_geo_by_key(g, "486816"))),
            "RU.41 region RUS Kursk Oblast 51.67879 35.98369");
}

static void gdelt(void) {
    char id[32], out[256];
    const char *keys[] = {"538560", "RU.41", "RUS", "US.TX", "4140963", "281133"};
    const char *want[] = {"4 538560 RS RS41", "5 RS41 RS RS41", "1 RS RS RS", "2 USTX US USTX", "3 4140963 US USDC",
                          "4 281133 GZ GZ"};
    for (int i = 0; i < 6; i++) {
        const ent_geo_place *p = ent_geo_by_key(g, keys[i]);
        if (p) snprintf(out, sizeof out, "%d %s %s %s", ent_geo_gdelt_type(p), ent_geo_feature_id(p, id, sizeof id), p->fips, p->gdelt_adm1);
        T_STREQ(keys[i], p ? out : "none", want[i]);
    }
}

/* 200 cities drawn with a fixed seed (a 64-bit LCG): each is found by its
 * name as a text writes it, in its own country (a more populous homonym
 * there wins), and the numbers of those found as themselves are exact */
static void drawn_cities(void) {
    uint64_t seed = 20250903;
    size_t n = ent_geo_count(g), drawn = 0;
    int self_in_country = 0, self_anywhere = 0, bad = 0;
    while (drawn < 200) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const ent_geo_place *p = ent_geo_at(g, (size_t)(seed >> 33) % n);
        if (p->feature != ENT_GEO_CITY || !p->geonames_id) continue;
        drawn++;
        char buf[256];
        const char *w[16];
        int nw = 0;
        snprintf(buf, sizeof buf, "%s", p->name);
        for (char *s = strtok(buf, " "); s && nw < 16; s = strtok(NULL, " ")) w[nw++] = s;
        ent_geo_hit h, h2;
        if (!ent_geo_match(g, hun, morph, "en", w, nw, p->iso3, &h) || !h.in_country || h.nwords != nw ||
            (h.place != p && h.place->population < p->population)) {
            printf("# drawn %s: %s\n", show(p), h.place ? show(h.place) : "not found");
            bad++;
            continue;
        }
        self_in_country += h.place == p;
        self_anywhere += ent_geo_match(g, hun, morph, "en", w, nw, NULL, &h2) && h2.place == p;
    }
    char got[128];
    snprintf(got, sizeof got, "%d not found; %d as themselves in their country, %d without a country", bad,
             self_in_country, self_anywhere);
    T_STREQ("200 drawn cities", got, "0 not found; 195 as themselves in their country, 187 without a country");
}

static void cache(void) {
    char dir[] = "/tmp/entente-geo-XXXXXX";
    if (!mkdtemp(dir)) {
        T_CHECK("mkdtemp", 0);
        return;
    }
    ent_err e;
    ent_geo *a = ent_geo_load_cached(NULL, dir, &e), *b = ent_geo_load_cached(NULL, dir, &e);
    char path[128];
    snprintf(path, sizeof path, "%s/geo-%016llx.bin", dir, (unsigned long long)ent_geo_cache_key(NULL));
    T_CHECK("cache written", access(path, R_OK) == 0);
    T_CHECK("cache: same count", a && b && ent_geo_count(a) == ent_geo_count(g) && ent_geo_count(b) == ent_geo_count(g));
    ent_geo *keep = g;
    g = b;
    T_STREQ("cache: Kurszkban", match("hu", "Kurszkban", NULL), "538560 city RUS Kursk 51.72689 36.18457 [1 word INE]");
    T_STREQ("cache: Kursk region", match("en", "Kursk region", NULL), "RU.41 region RUS Kursk Oblast 51.67879 35.98369 [2 words]");
    T_STREQ("cache: Gaza GDELT", g ? ent_geo_by_key(g, "281133")->gdelt_adm1 : "", "GZ");
    g = keep;
    /* a damaged cache is loaded from the text again (and rewritten) */
    T_CHECK("truncate", truncate(path, 1000) == 0);
    ent_geo *c = ent_geo_load_cached(NULL, dir, &e);
    T_CHECK("damaged cache: loads", c && ent_geo_count(c) == ent_geo_count(g));
    ent_geo_free(a);
    ent_geo_free(b);
    ent_geo_free(c);
    remove(path);
    rmdir(dir);
}

int main(void) {
    ent_err e;
    g = ent_geo_load(NULL, &e);
    if (!g) {
        printf("FAIL geo_load: %s:%ld: %s\n", e.file, e.line, e.msg);
        return 1;
    }
    hun = ent_hun_new();
    morph = ent_morph_new(ent_data_dir());
    exact_names();
    hungarian();
    regions_and_homonyms();
    gdelt();
    drawn_cities();
    cache();
    ent_hun_free(hun);
    ent_morph_free(morph);
    ent_geo_free(g);
    T_DONE();
}
