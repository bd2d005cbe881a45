/* Unit tests: sentence segmentation, tokens, folding, stems, language id. */
#include "../../src/text/text.h"
#include "t.h"

#include <stdlib.h>

static ent_text *t;
static ent_arena ar;

static const char *sents(const char *s, const char *lang) {
    static char out[4096];
    ent_span *v;
    size_t n;
    out[0] = 0;
    if (ent_text_sentences(t, s, strlen(s), lang, &ar, &v, &n, NULL)) return "error";
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, sizeof out - l, "[%.*s]", (int)(v[i].end - v[i].start), s + v[i].start);
    }
    return out;
}

static const char *toks(const char *s, const char *lang, int stems) {
    static char out[4096];
    ent_token *v;
    size_t n;
    out[0] = 0;
    ent_span sp = {0, (uint32_t)strlen(s)};
    if (ent_text_tokens(t, s, sp, lang, &ar, &v, &n, NULL)) return "error";
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, sizeof out - l, "%s%s", i ? " " : "", stems ? v[i].stem : v[i].norm);
    }
    return out;
}

int main(void) {
    ent_err e;
    t = ent_text_new(NULL, &e);
    if (!t) {
        printf("FAIL text_new: %s\n", e.msg);
        return 1;
    }
    ent_arena_init(&ar, 4096);
    T_STREQ("blank line splits", sents("One line\n\nTwo line", "en"), "[One line][Two line]");
    T_STREQ("heading splits", sents("Keleti repülőrajt\nAz első mondat. A második.", "hu"),
            "[Keleti repülőrajt][Az első mondat.][A második.]");
    T_STREQ("wrapped line kept", sents("Russia and China signed a long agreement on energy and\ntrade on Monday.", "en"),
            "[Russia and China signed a long agreement on energy and\ntrade on Monday.]");
    T_STREQ("en abbreviations", sents("Mr. Smith met Dr. Jones in the U.S. on Monday. Then he left.", "en"),
            "[Mr. Smith met Dr. Jones in the U.S. on Monday.][Then he left.]");
    T_STREQ("hu ordinal", sents("Ugyanakkor a 23. cikk hangsúlyozta ezt. Más.", "hu"),
            "[Ugyanakkor a 23. cikk hangsúlyozta ezt.][Más.]");
    T_STREQ("hu date", sents("A csúcs 2025. szeptember 3. napján volt. Vége.", "hu"),
            "[A csúcs 2025. szeptember 3. napján volt.][Vége.]");
    T_STREQ("hu abbreviation", sents("Jött dr. Kovács és Nagy stb. Más.", "hu"), "[Jött dr. Kovács és Nagy stb. Más.]");
    T_STREQ("initials", sents("J. R. Smith arrived. He spoke.", "en"), "[J. R. Smith arrived.][He spoke.]");
    T_STREQ("question", sents("Miért működne együtt Oroszország Észak-Koreával? Azért.", "hu"),
            "[Miért működne együtt Oroszország Észak-Koreával?][Azért.]");
    /* a sentence ending in a closing quote at the end of a line ends there (issue 13), unless
     * the next line goes on with it (a lower-case word, a dash) */
    T_STREQ("en quote ends line", sents("Smith said: \"We are ready.\"\nGermany attacked Poland.", "en"),
            "[Smith said: \"We are ready.\"][Germany attacked Poland.]");
    T_STREQ("en curly quote ends line", sents("He said: \xE2\x80\x9CNo.\xE2\x80\x9D\nThe talks ended!\xE2\x80\x99\nThen he left.", "en"),
            "[He said: \xE2\x80\x9CNo.\xE2\x80\x9D][The talks ended!\xE2\x80\x99][Then he left.]");
    T_STREQ("en quote then attribution", sents("\"We are ready.\"\nsaid the minister.", "en"), "[\"We are ready.\"\nsaid the minister.]");
    T_STREQ("en comma quote wraps", sents("\"We are ready,\"\nThe minister said.", "en"), "[\"We are ready,\"\nThe minister said.]");
    T_STREQ("hu quote ends line", sents("\xE2\x80\x9EK\xC3\xA9szen \xC3\xA1llunk.\xE2\x80\x9D\nA korm\xC3\xA1ny k\xC3\xB6z\xC3\xB6lte.", "hu"),
            "[\xE2\x80\x9EK\xC3\xA9szen \xC3\xA1llunk.\xE2\x80\x9D][A korm\xC3\xA1ny k\xC3\xB6z\xC3\xB6lte.]");
    T_STREQ("hu quote then dash", sents("\xE2\x80\x9EK\xC3\xA9szen \xC3\xA1llunk.\xE2\x80\x9D\n\xE2\x80\x93 k\xC3\xB6z\xC3\xB6lte a miniszter.", "hu"),
            "[\xE2\x80\x9EK\xC3\xA9szen \xC3\xA1llunk.\xE2\x80\x9D\n\xE2\x80\x93 k\xC3\xB6z\xC3\xB6lte a miniszter.]");
    T_STREQ("question then lower case", sents("\"Why?\" he asked. Who came? The minister.", "en"),
            "[\"Why?\" he asked.][Who came?][The minister.]");
    T_STREQ("hu lost dash", sents("Budapesten t\xC3\xA1rgyalt szombat reggel ? t\xC3\xA1j\xC3\xA9koztatta az MTI-t. Ki j\xC3\xB6n? A miniszter.", "hu"),
            "[Budapesten t\xC3\xA1rgyalt szombat reggel ? t\xC3\xA1j\xC3\xA9koztatta az MTI-t.][Ki j\xC3\xB6n?][A miniszter.]");

    T_STREQ("hyphen kept whole", toks("Észak-Koreával és Dél-Korea.", "hu", 0), "észak-koreával és dél-korea .");
    T_STREQ("punct tokens", toks("Russia's army, \"quickly\" left.", "en", 0), "russia's army , \" quickly \" left .");
    T_STREQ("en stems", toks("sanctions imposed", "en", 1), "sanction impos");
    T_STREQ("numbers", toks("23. cikk 2025", "hu", 0), "23 . cikk 2025");
    T_STREQ("fold NFC", ent_text_fold(t, "E\xCC\x81SZAK", 7, &ar), "észak");
    T_STREQ("fold german", ent_text_fold(t, "STRAẞE", 8, &ar), "strasse");
    T_STREQ("langid hu", ent_text_langid("Az Észak-Korea és Oroszország közötti kapcsolatok minden tekintetben fejlődnek.", 88), "hu");
    T_STREQ("langid en", ent_text_langid("Russia and North Korea reaffirmed their treaty on Wednesday, the agency said.", 77), "en");
    T_STREQ("langid fallback", ent_text_langid("12 34", 5), "en");
    ent_arena_free(&ar);
    ent_text_free(t);
    T_DONE();
}
