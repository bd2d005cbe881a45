/* utf8.h - UTF-8 validation and repair.
 *
 * ent_utf8_repair rewrites every ill-formed sequence (RFC 3629: overlongs,
 * surrogates, code points above U+10FFFF, truncated and stray continuation
 * bytes) and every NUL byte as U+FFFD, one replacement per maximal ill-formed
 * subpart as Unicode recommends. It is hand-written because it must also say
 * where the first bad byte was (for the diagnostic) and runs on every input
 * byte; ICU's converters would repair but not report positions cheaply.
 */
#ifndef ENT_UTF8_H
#define ENT_UTF8_H

#include "buf.h"
#include <stddef.h>

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if ill-formed. */
size_t ent_utf8_seqlen(const unsigned char *s, size_t n);

/* Number of leading bytes of s[0..n) that are valid UTF-8 without NULs. */
size_t ent_utf8_valid_prefix(const char *s, size_t n);

/* Appends s[0..n) to out, repaired. Returns the number of replacements and
 * sets *first_bad to the offset in s of the first bad byte (if any). */
size_t ent_utf8_repair(ent_buf *out, const char *s, size_t n, size_t *first_bad);

/* Decodes the code point at s (valid UTF-8 assumed); *len gets its length. */
unsigned ent_utf8_decode(const char *s, size_t *len);

#endif
