/* datadir.h - where entente's data (dictionaries, codebooks, word lists)
 * is read from by default: $ENTENTE_DATA when set, else the directory
 * compiled into the library: the source tree's data/ for the build in the
 * tree, $PREFIX/share/entente for a library installed by `make install`. */
#ifndef ENT_DATADIR_H
#define ENT_DATADIR_H

const char *ent_data_dir(void);

#endif
