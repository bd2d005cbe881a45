/* t.h - a minimal unit-test harness: each check prints "ok NAME" or
 * "FAIL NAME: file:line: expression"; tests/run counts them. */
#ifndef ENT_T_H
#define ENT_T_H

#include <stdio.h>
#include <string.h>

static int t_failures;

#define T_CHECK(name, cond)                                                             \
    do {                                                                                \
        if (cond) printf("ok %s\n", name);                                              \
        else printf("FAIL %s: %s:%d: %s\n", name, __FILE__, __LINE__, #cond), t_failures++; \
    } while (0)

#define T_STREQ(name, got, want)                                                        \
    do {                                                                                \
        const char *g_ = (got), *w_ = (want);                                           \
        if (g_ && w_ && !strcmp(g_, w_)) printf("ok %s\n", name);                       \
        else printf("FAIL %s: %s:%d: got \"%s\", want \"%s\"\n", name, __FILE__, __LINE__, \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)"), t_failures++;              \
    } while (0)

#define T_DONE() return t_failures ? 1 : 0

#endif
