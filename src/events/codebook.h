/* codebook.h - the CAMEO event codebook (data/cameo/events.txt).
 *
 * Codes are strings everywhere (leading zeros kept: "057", "0211").
 * Lookups return NULL for an unknown code.
 */
#ifndef ENT_CODEBOOK_H
#define ENT_CODEBOOK_H

#include "../base/err.h"
#include <stddef.h>

typedef struct ent_cameo {
    char code[5];     /* "057" */
    char root[3];     /* "05" */
    char base[4];     /* "057" (the 3-digit code; the root for a root code) */
    double goldstein;
    int quad;         /* GDELT QuadClass 1..4 */
    const char *name;
} ent_cameo;

typedef struct ent_codebook ent_codebook;

ent_codebook *ent_codebook_load(const char *data_dir, ent_err *err);
void ent_codebook_free(ent_codebook *cb);
const ent_cameo *ent_codebook_get(const ent_codebook *cb, const char *code);
size_t ent_codebook_count(const ent_codebook *cb);

#endif
