/* gen_corpus - a deterministic synthetic news corpus for benchmarks and
 * crash tests.
 *
 * usage: gen_corpus [--articles N | --sentences N] [--seed S] [--lang en|hu|mixed]
 * (default: --sentences 1000000 --seed 1 --lang mixed)
 * Writes JSON Lines articles (id, date, lang, title, text, source) to stdout:
 * English and Hungarian wire-style sentences about pairs of states, about
 * 30 % of them with no event, 3-12 sentences an article, dates through 2025,
 * eight outlets. The same arguments always give the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;
static uint32_t rnd(void) {   /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ull) >> 32);
}
static int pick(int n) { return (int)(rnd() % (uint32_t)n); }

#define N(a) ((int)(sizeof a / sizeof *a))

static const char *en_actor[] = {"Russia", "North Korea", "China", "the United States", "Ukraine", "Hungary", "Romania",
                                 "Serbia", "Japan", "South Korea", "Iran", "Israel", "Turkey", "Germany", "France",
                                 "India", "Pakistan", "Poland", "the European Union", "NATO", "Russian President Vladimir Putin",
                                 "North Korean leader Kim Jong Un", "Chinese President Xi Jinping", "Moscow", "Beijing",
                                 "Kyiv", "Washington", "Pyongyang", "Russian troops", "the Ukrainian army"};
static const char *en_event[] = {"signed an agreement with", "met", "held talks with", "condemned", "accused",
                                 "imposed sanctions on", "sent troops to", "delivered weapons to", "threatened",
                                 "criticized", "praised", "attacked", "shelled", "expelled diplomats from",
                                 "called on", "pledged aid to", "rejected a proposal from", "warned", "hosted", "visited"};
static const char *en_tail[] = {" on Monday.", " on Tuesday.", " on Wednesday.", " on Thursday.", " on Friday.", ".",
                                " in Geneva.", " after months of tension.", ", officials said.", ", according to state media."};
static const char *en_filler[] = {
    "Markets were calm in early trading as investors waited for new data.",
    "The weather service forecast heavy rain for the weekend across the region.",
    "Analysts said the talks could take several months to produce results.",
    "The football championship resumes next week after a short break.",
    "Prices of wheat and corn fell slightly on international exchanges.",
    "The ministry did not give further details about the schedule.",
    "Thousands of people attended the concert in the capital on Saturday night."};
static const char *hu_actor[] = {"Oroszország", "Észak-Korea", "Kína", "az Egyesült Államok", "Ukrajna", "Magyarország",
                                 "Románia", "Szerbia", "Japán", "Dél-Korea", "Irán", "Izrael", "Törökország",
                                 "Németország", "Vlagyimir Putyin", "Kim Dzsongun", "Hszi Csin-ping", "Moszkva", "Phenjan",
                                 "Kijev", "Orbán Viktor", "Szijjártó Péter"};
static const char *hu_target_dat[] = {"Oroszországnak", "Észak-Koreának", "Kínának", "Ukrajnának", "Magyarországnak",
                                      "Szerbiának", "Japánnak", "Iránnak", "Izraelnek", "Németországnak"};
static const char *hu_target_ins[] = {"Oroszországgal", "Észak-Koreával", "Kínával", "Ukrajnával", "Magyarországgal",
                                      "Szerbiával", "Japánnal", "Iránnal", "Izraellel", "Putyinnal", "Phenjannal"};
static const char *hu_target_acc[] = {"Oroszországot", "Észak-Koreát", "Kínát", "Ukrajnát", "Magyarországot",
                                      "Szerbiát", "Japánt", "Iránt", "Izraelt", "Németországot"};
static const char *hu_filler[] = {
    "A tőzsdéken nyugodt volt a kereskedés a reggeli órákban.",
    "A meteorológiai szolgálat hétvégére kiadós esőt jelzett az ország nyugati részére.",
    "Az elemzők szerint a folyamat hónapokig is eltarthat.",
    "A bajnokság a jövő héten folytatódik egy rövid szünet után.",
    "A búza ára kissé csökkent a nemzetközi piacokon.",
    "A minisztérium nem közölt további részleteket a menetrendről."};

static void json_str(const char *s) {
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') putchar('\\');
        if (*s == '\n') {
            fputs("\\n", stdout);
            continue;
        }
        putchar(*s);
    }
}

static void capitalize(char *s) {
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 32);
}

static void en_sentence(char *out, size_t cap) {
    if (pick(100) < 30) {
        snprintf(out, cap, "%s", en_filler[pick(N(en_filler))]);
        return;
    }
    int a = pick(N(en_actor)), b;
    do b = pick(N(en_actor));
    while (b == a);
    snprintf(out, cap, "%s %s %s%s", en_actor[a], en_event[pick(N(en_event))], en_actor[b], en_tail[pick(N(en_tail))]);
    capitalize(out);
}

static void hu_sentence(char *out, size_t cap) {
    int r = pick(100);
    const char *a = hu_actor[pick(N(hu_actor))];
    if (r < 30) snprintf(out, cap, "%s", hu_filler[pick(N(hu_filler))]);
    else if (r < 45) snprintf(out, cap, "%s megállapodást írt alá %s kedden.", a, hu_target_ins[pick(N(hu_target_ins))]);
    else if (r < 60) snprintf(out, cap, "%s fegyvert szállított %s.", a, hu_target_dat[pick(N(hu_target_dat))]);
    else if (r < 72) snprintf(out, cap, "%s elítélte %s a támadás miatt.", a, hu_target_acc[pick(N(hu_target_acc))]);
    else if (r < 84) snprintf(out, cap, "%s tárgyalt %s a kétoldalú kapcsolatokról.", a, hu_target_ins[pick(N(hu_target_ins))]);
    else snprintf(out, cap, "%s szankciókat vezetett be %s ellen.", a, hu_actor[pick(N(hu_actor))]);
    capitalize(out);
}

int main(int argc, char **argv) {
    long articles = 0, sentences = 1000000;
    uint64_t seed = 1;
    const char *lang = "mixed";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--articles")) articles = atol(argv[i + 1]), sentences = 0;
        else if (!strcmp(argv[i], "--sentences")) sentences = atol(argv[i + 1]), articles = 0;
        else if (!strcmp(argv[i], "--seed")) seed = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--lang")) lang = argv[i + 1];
        else {
            fprintf(stderr, "usage: gen_corpus [--articles N | --sentences N] [--seed S] [--lang en|hu|mixed]\n");
            return 2;
        }
    }
    rng_state = seed * 0x9E3779B97F4A7C15ull + 1;
    static const char *outlets[] = {"Baltic Wire", "Danube Post", "Pacific Herald", "Levant Ledger", "Tisza Kronika",
                                    "Steppe Times", "Alpine Courier", "Delta News"};
    char s[512];
    long done_sent = 0;
    for (long n = 0; articles ? n < articles : done_sent < sentences; n++) {
        int hu = !strcmp(lang, "hu") || (!strcmp(lang, "mixed") && pick(100) < 40);
        int ns = 3 + pick(10);
        if (sentences && done_sent + ns > sentences) ns = (int)(sentences - done_sent);
        int day = 1 + (int)(n % 365);
        static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int m = 0;
        while (day > mdays[m]) day -= mdays[m++];
        printf("{\"id\":\"gen-%ld\",\"date\":\"2025-%02d-%02d\",\"lang\":\"%s\",\"source\":\"%s\",\"title\":\"", n, m + 1, day,
               hu ? "hu" : "en", outlets[pick(N(outlets))]);
        if (hu) hu_sentence(s, sizeof s);
        else en_sentence(s, sizeof s);
        json_str(s);
        fputs("\",\"text\":\"", stdout);
        for (int k = 1; k < ns; k++) {
            if (hu) hu_sentence(s, sizeof s);
            else en_sentence(s, sizeof s);
            json_str(s);
            if (k + 1 < ns) fputs(k % 4 == 0 ? "\\n\\n" : " ", stdout);
        }
        fputs("\"}\n", stdout);
        done_sent += ns;
    }
    return 0;
}
