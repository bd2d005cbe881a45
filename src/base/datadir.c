/* datadir.c - see datadir.h. ENT_DATA_DIR is set by the Makefile: this file
 * is compiled once for the build tree and once for an installed copy. */
#include "datadir.h"

#include <stdlib.h>

#ifndef ENT_DATA_DIR
#define ENT_DATA_DIR "data"
#endif

const char *ent_data_dir(void) {
    const char *d = getenv("ENTENTE_DATA");
    return d && *d ? d : ENT_DATA_DIR;
}
