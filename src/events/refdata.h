/* refdata.h - reference tables for export: countries (data/geo/countries.txt:
 * FIPS 10-4 code, capital coordinates, name), actor type and known-group
 * codes (data/cameo/types.txt, groups.txt) and the CAMEO -> PLOVER map
 * (data/cameo/plover.txt). */
#ifndef ENT_REFDATA_H
#define ENT_REFDATA_H

#include "../base/err.h"

typedef struct ent_country {
    char iso3[4], iso2[3], fips[3];
    double lat, lon;
    const char *capital, *name;
} ent_country;

typedef struct ent_plover {
    const char *type, *mode, *context;   /* mode/context NULL when none */
} ent_plover;

typedef struct ent_refdata ent_refdata;

ent_refdata *ent_refdata_load(const char *data_dir, ent_err *err);
void ent_refdata_free(ent_refdata *r);

const ent_country *ent_refdata_country(const ent_refdata *r, const char *iso3);
int ent_refdata_is_type(const ent_refdata *r, const char *code3);
int ent_refdata_is_group(const ent_refdata *r, const char *code3);
/* NULL when the code (and its base and root) has no PLOVER equivalent */
const ent_plover *ent_refdata_plover(const ent_refdata *r, const char *cameo);

/* GDELT's split of a composite actor code: country, known group, up to
 * three type codes ("" when absent). IGOEUREEC -> group EEC, type IGO. */
void ent_refdata_split(const ent_refdata *r, const char *code, char country[4], char group[4], char types[3][4]);

#endif
