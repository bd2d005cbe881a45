/* test_tabari.c - the TABARI module: loading, stems and endings, patterns. */
#define _POSIX_C_SOURCE 200809L
#include "t.h"

#include "../../src/tabari/tabari.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/test_tabari_XXXXXX";

static const char *put(const char *name, const char *text) {
    static char path[4][256];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 256, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    return p;
}

/* codes `text` and returns "SRC TGT CODE;..." */
static const char *code(const ent_tabari *tb, const char *text, int32_t date) {
    static char out[512];
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    ent_tabari_event *ev;
    size_t n;
    ent_tabari_code(tb, text, strlen(text), date, &ar, &ev, &n, NULL);
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, sizeof out - l, "%s%s %s %s", i ? ";" : "", ev[i].source, ev[i].target, ev[i].code);
    }
    ent_arena_free(&ar);
    return out;
}

/* The one .actors reader: dates and codes as TABARI's manual reads them. */
static void acodes(void) {
    ent_tabari_acode c;
    T_CHECK("tabari date YYMMDD", ent_tabari_date("911231", 6) == 19911231 && ent_tabari_date("050115", 6) == 20050115);
    T_CHECK("tabari date reads n digits", ent_tabari_date("9501201", 6) == 19950120 && ent_tabari_date("20040101", 8) == 20040101);
    T_CHECK("tabari date lengths", ent_tabari_date("2004017", 7) == -1 && ent_tabari_date("030430040101", 12) == -1);
    T_CHECK("acode until", !ent_tabari_acode_parse("EGY < 911231", 12, &c) && !strcmp(c.code, "EGY") && c.dated && !c.from && c.to == 19911231);
    T_CHECK("acode from", !ent_tabari_acode_parse("UNO >920101", 11, &c) && c.from == 19920101 && !c.to && c.dated);
    T_CHECK("acode range", !ent_tabari_acode_parse("HOBGOV 950601 - 990815", 22, &c) && c.from == 19950601 && c.to == 19990815);
    T_CHECK("acode open range", !ent_tabari_acode_parse("X 950601-", 9, &c) && c.from == 19950601 && !c.to && c.dated);
    T_CHECK("acode plain", !ent_tabari_acode_parse("  ~GOV", 6, &c) && !strcmp(c.code, "~GOV") && !c.dated);
    T_CHECK("acode null", !ent_tabari_acode_parse("- - -", 5, &c) && !strcmp(c.code, "---"));
    T_CHECK("acode bad", ent_tabari_acode_parse("ARMUNR 9008223-911221", 21, &c) && ent_tabari_acode_parse("", 0, &c));
}

int main(void) {
    if (!mkdtemp(dir)) return 1;
    ent_tabari *tb = ent_tabari_new();
    ent_err err;
    ent_err_clear(&err);
    int bad = ent_tabari_load(tb, put("a.actors",
        "SYRI [SYR]\nISRAEL_ [ISR]\nWEST_BANK_ [PSE]\nGEORGE_BUSH_ [USAGOV <090120] [USAELI]\n<NOUN>\nBOMBS\n</NOUN>\n"),
        ENT_TB_ACTORS, NULL, &err);
    T_CHECK("actors load", bad == 0);
    bad = ent_tabari_load(tb, put("a.agents", "MINISTER_ [~GOV]\nGUERRILLA [~REB]\nHUMAN_RIGHTS_GROUP_ [NGO~]\nNOCODE [GOV]\n"),
                          ENT_TB_AGENTS, NULL, &err);
    T_CHECK("agent without ~ skipped", bad == 1);
    bad = ent_tabari_load(tb, put("a.verbs",
        "<SYNSETS>\n&AID\n+FOOD\n+MEDICINE\n</SYNSETS>\nCRITICIZE_ [121]\n{CRITICISED_}\nSEND_ [070]\n{SENT_}\n- * &AID [073]\n"
        "- * TROOPS TO + [150]\nMEET [031:031]\nSAID [023?]\nREJECT [110]\n- * PLAN_ [111!]\n"),
        ENT_TB_VERBS, NULL, &err);
    T_CHECK("verbs load", bad == 0);
    ent_tabari_finish(tb);
    ent_tabari_stats st;
    ent_tabari_get_stats(tb, &st);
    T_CHECK("stats actors", st.actors == 4);
    T_CHECK("stats agents", st.agents == 3);
    T_CHECK("stats patterns", st.patterns == 3);
    T_CHECK("stats synsets", st.synsets == 1);

    T_STREQ("stem and regular ending", code(tb, "The Syrians criticized Israel on Monday in the capital city.", 20100101), "SYR ISR 121");
    T_STREQ("irregular form", code(tb, "Syria criticised Israel on Monday in the capital city.", 20100101), "SYR ISR 121");
    T_STREQ("agent before the actor", code(tb, "The minister of Israel criticized Syria on Monday in the capital.", 20100101),
            "ISRGOV SYR 121");
    T_STREQ("agent code before the actor", code(tb, "The Israel human rights group criticized Syria on Monday in the capital.", 20100101),
            "NGOISR SYR 121");
    T_STREQ("dated code", code(tb, "George Bush criticized Syria on Monday in the capital city.", 20080101), "USAGOV SYR 121");
    T_STREQ("dated code, later", code(tb, "George Bush criticized Syria on Monday in the capital city.", 20100101), "USAELI SYR 121");
    T_STREQ("synset pattern", code(tb, "Israel sent medicine to the West Bank on Monday morning.", 20100101), "ISR PSE 073");
    T_STREQ("target by pattern", code(tb, "Israel sent troops to the West Bank on Monday morning.", 20100101), "ISR PSE 150");
    T_STREQ("paired code", code(tb, "Israel will meet Syria on Monday in the capital city.", 20100101), "ISR SYR 031;SYR ISR 031");
    T_STREQ("compound actors", code(tb, "Israel and the West Bank criticized Syria on Monday in the capital.", 20100101),
            "ISR SYR 121;PSE SYR 121");
    T_STREQ("dominant code; the source stays", code(tb, "Israel said Syria rejected the new plan on Monday in the capital.", 20100101),
            "ISR SYR 111");
    T_STREQ("noun after determiner", code(tb, "Israel said the criticize of Syria was unfair on Monday night.", 20100101), "ISR SYR 023");
    T_STREQ("too short", code(tb, "Israel criticized Syria.", 20100101), "");
    T_CHECK("option", ent_tabari_option(tb, "SET: MINIMUM WORDS = 3") == 0);
    T_STREQ("short after option", code(tb, "Israel criticized Syria.", 20100101), "ISR SYR 121");
    T_CHECK("unknown option", ent_tabari_option(tb, "SET: HAIKU = FALSE") == -1);

    /* FORWARD: a pronoun opening the next sentence of the same story */
    T_CHECK("forward option", ent_tabari_option(tb, "FORWARD: ^^NNN*SSS") == 0);
    ent_tabari_fwd fwd;
    memset(&fwd, 0, sizeof fwd);
    ent_arena ar;
    ent_arena_init(&ar, 1 << 16);
    ent_tabari_event *ev;
    size_t n;
    const char *t1 = "Israel criticized Syria on Monday in the capital city.", *t2 = "He also criticized the West Bank on Tuesday.";
    ent_tabari_code_rec(tb, t1, strlen(t1), 20100101, "001-001", &fwd, &ar, &ev, &n, NULL);
    ent_tabari_code_rec(tb, t2, strlen(t2), 20100101, "001-002", &fwd, &ar, &ev, &n, NULL);
    T_CHECK("forwarded pronoun", n == 1 && !strcmp(ev[0].source, "ISR") && !strcmp(ev[0].target, "PSE"));
    ent_tabari_code_rec(tb, t2, strlen(t2), 20100101, "002-005", &fwd, &ar, &ev, &n, NULL);
    T_CHECK("no forwarding across stories", n == 0);
    ent_arena_free(&ar);
    ent_tabari_free(tb);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd)) return 1;
    acodes();
    T_DONE();
}
