/* geo_int.h - the gazetteer's insides, shared by geo.c (loading, names) and
 * match.c (words of a text). Not a public header. */
#ifndef ENT_GEO_INT_H
#define ENT_GEO_INT_H

#include "geo.h"

#include "../base/strmap.h"

#define GEO_KEY_MAX 256   /* bytes of a folded name; longer names are not indexed */

typedef struct geo_name {
    uint32_t place;      /* index into places */
    uint32_t next;       /* 1 + next entry of the same name; 0 = end */
    uint8_t alt;         /* 1: an alternate name (ranks after the place's own names) */
    char lang[4];        /* "" any language; "hu", "en", ... */
} geo_name;

struct ent_geo {
    char *bufs[5];               /* the files' text (or the cache); places' strings point into it */
    ent_geo_place *places;
    size_t nplaces, capplaces;
    geo_name *names;
    size_t nnames, capnames;
    ent_strmap by_name;          /* folded name -> 1 + first geo_name */
    ent_strmap by_key;           /* ID -> 1 + place */
    ent_strmap prefixes;         /* the first words of names of several words ("gázai", "new york") */
    ent_strmap region_base;      /* "kursk" -> 1 + the region "Kursk Oblast" */
    ent_strmap region_of_key;    /* "RUS.41" -> 1 + region */
    ent_strmap region_words;     /* "hu\x1fterület" -> 1 */
    ent_strmap not_places;       /* folded names of data/geo/not-places.txt */
    uint32_t *city_region;       /* per place: 1 + its region, 0 none */
    int max_words;               /* the most words a name has */
};

/* An empty gazetteer, its maps initialised. */
ent_geo *geo_new(void);

/* The matching form of a name: NFC, case-folded, apostrophes dropped, runs
 * of spaces and hyphens one space, trimmed. Returns its length, 0 when the
 * name is empty or does not fit in cap bytes. */
size_t geo_fold(const char *s, size_t n, char *out, size_t cap);

/* ent_geo_lookup of a folded key. */
int ent_geo_lookup_folded(const ent_geo *g, const char *key, const char *lang, const char *iso3,
                          const ent_geo_place **out, int max);

/* The best place named by folded key `key` for lang/iso3; NULL none. */
const ent_geo_place *geo_best_folded(const ent_geo *g, const char *key, const char *lang, const char *iso3);

#endif
