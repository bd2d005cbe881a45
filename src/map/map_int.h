/* map_int.h - the world's insides, shared by world.c and map.c. */
#ifndef ENT_MAP_INT_H
#define ENT_MAP_INT_H

#include "map.h"

#include "../base/strmap.h"

typedef struct map_ring {
    size_t start, n;    /* points pt[2*start ..] as lon, lat */
    double area;        /* in square degrees */
} map_ring;

typedef struct map_country {
    char iso3[4];
    char *name;
    size_t ring0, nrings;
} map_country;

struct ent_map_world {
    map_country *c;     /* sorted by iso3 once loaded */
    size_t nc, capc;
    map_ring *r;
    size_t nr, capr;
    double *pt;
    size_t npt, cappt;
    ent_strmap idx;     /* iso3 -> 1 + country */
};

const map_country *map_country_of(const ent_map_world *w, const char *iso3);

#endif
