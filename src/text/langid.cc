// langid.cc - the C shim over CLD2 (C++), the only C++ in entente; see langid.h.
#include "langid.h"

#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstring>

namespace CLD2 {
const char *LanguageCode(Language lang);
}

const char *ent_langid_cld2(const char *s, int n, int *reliable) {
    bool rel = false;
    CLD2::Language l = CLD2::DetectLanguage(s, n, true, &rel);
    *reliable = rel && l != CLD2::UNKNOWN_LANGUAGE;
    return CLD2::LanguageCode(l);
}
