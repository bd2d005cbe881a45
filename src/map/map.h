/* map.h - the world map as SVG: country outlines and event marks.
 *
 * The outlines are Natural Earth's 1:50m countries (data/geo/world.txt,
 * converted from npm's world-atlas by scripts/geo-import, where ICU's
 * uregion table gave world-atlas's ISO numeric ids their alpha-3 codes).
 * ent_map_render draws them in the Natural Earth projection (or the
 * equirectangular one), each country a <path id="ISO3">, and a circle per
 * mark at its latitude and longitude, its area proportional to its count
 * and its colour its CAMEO quad class (1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict: the colours of the
 * dyad chart). Each circle carries data-id, data-place, data-count and
 * data-quad, and a <title>, so that a page can add hover and click. The
 * output is a pure function of the world, the marks and the options (same
 * input, same bytes).
 *
 * The renderer only draws: which events make a mark (the events at one
 * place under the current filters) is the caller's choice, and events
 * without a place are never drawn (give their number in `unplaced`).
 */
#ifndef ENT_MAP_H
#define ENT_MAP_H

#include "../base/buf.h"
#include "../base/err.h"

#include <stddef.h>

typedef struct ent_map_world ent_map_world;

/* Reads data_dir/geo/world.txt (NULL: ent_data_dir()). Read-only once
 * loaded: one world serves every thread. */
ent_map_world *ent_map_world_load(const char *data_dir, ent_err *err);
void ent_map_world_free(ent_map_world *w);

size_t ent_map_world_count(const ent_map_world *w);
const char *ent_map_world_iso3(const ent_map_world *w, size_t i);   /* sorted */
const char *ent_map_world_name(const ent_map_world *w, const char *iso3);   /* NULL: no outline */

/* 1 when (lat, lon) lies inside the country's outline (even-odd rule over
 * its rings, in longitude/latitude). */
int ent_map_world_contains(const ent_map_world *w, const char *iso3, double lat, double lon);

enum ent_map_projection { ENT_MAP_NATURAL_EARTH = 0, ENT_MAP_EQUIRECTANGULAR = 1 };

typedef struct ent_map_mark {
    const char *id;       /* data-id: what a click opens (an event, a group); NULL none */
    const char *place;    /* data-place and the title's name */
    double lat, lon;
    int quad;             /* 1..4; 0 mixed or unknown (grey) */
    long count;           /* events at the mark; marks with count < 1 are not drawn */
} ent_map_mark;

typedef struct ent_map_opts {
    int width;                  /* in px; 0: 960. The height follows from the frame */
    int projection;             /* enum ent_map_projection */
    const char *const *zoom;    /* frame these countries (ISO3), drawn as class "country focus" */
    int nzoom;                  /* 0: the whole world (latitudes 84 N to 58 S) */
    const char *title;          /* the SVG's <title>; NULL none */
    long unplaced;              /* events without a place: stated under the map when > 0 */
    int no_legend;              /* 1: no quad-class legend (none on maps under 400 x 160 px) */
} ent_map_opts;

/* Appends the SVG document to *out. ENT_EUSAGE for a zoom country without
 * an outline or a mark outside -90..90 / -180..180 (nothing appended). */
int ent_map_render(const ent_map_world *w, const ent_map_mark *marks, size_t n, const ent_map_opts *o,
                   ent_buf *out, ent_err *err);

#endif
