/* geo-regions.c - prints ICU's table of territories: ISO 3166-1 numeric code,
 * alpha-2 and alpha-3, one a line, tab-separated. scripts/geo-import compiles
 * and runs it to give world-atlas's numeric country ids their alpha-3 codes
 * (ICU's uregion API; Node.js has no such table). A development-time helper,
 * not part of the library. */
#include <stdio.h>
#include <unicode/uloc.h>
#include <unicode/uregion.h>

int main(void) {
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *e = uregion_getAvailable(URGN_TERRITORY, &st);
    if (U_FAILURE(st)) return 1;
    const char *code;
    while ((code = uenum_next(e, NULL, &st)) && U_SUCCESS(st)) {
        UErrorCode s2 = U_ZERO_ERROR;
        const URegion *r = uregion_getRegionFromCode(code, &s2);
        if (U_FAILURE(s2)) continue;
        int32_t num = uregion_getNumericCode(r);
        char loc[16];
        snprintf(loc, sizeof loc, "und_%s", code);
        const char *a3 = uloc_getISO3Country(loc);
        if (num > 0 && a3 && *a3 && printf("%03d\t%s\t%s\n", num, code, a3) < 0) return 1;
    }
    uenum_close(e);
    return U_FAILURE(st) ? 1 : 0;
}
