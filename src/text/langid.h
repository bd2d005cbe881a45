/* langid.h - the C shim over CLD2 (langid.cc, the only C++ in entente),
 * for text.c's ent_text_langid. */
#ifndef ENT_LANGID_H
#define ENT_LANGID_H

#ifdef __cplusplus
extern "C" {
#endif

/* CLD2's language code for s[0..n) (UTF-8); *reliable: whether CLD2 is sure. */
const char *ent_langid_cld2(const char *s, int n, int *reliable);

#ifdef __cplusplus
}
#endif

#endif
