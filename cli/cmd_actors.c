/* cmd_actors.c - `entente actors`: one JSON line per actor or place mention. */
#include "clidict.h"

#include "../src/pipeline/pipeline.h"
#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/text/morph.h"

#include <getopt.h>
#include <string.h>

static const char *help =
    "usage: entente actors [--lang L] [--date D] [DICT OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Prints one JSON line per actor or location mention:\n"
    "  {\"article\",\"sentence\",\"start\",\"end\",\"text\",\"code\",\"kind\",\"case\",\"entry\",\"name\"}\n"
    "kind is actor or location; case is the grammatical case of the head word\n"
    "(Hungarian) or null; entry is the dictionary FILE:LINE that matched, or\n"
    "cldr:LOCALE:REGION for a generated country name. Codes of people follow the\n"
    "article's date (or --date).\n"
    "\n"
    "  --lang L           language of every article (default: the article's, else detected)\n"
    "  --date D           resolve dated roles at D (YYYY-MM-DD) instead of the article date\n"
    "  --input-format F   auto, plain, jsonl, tabari\n" CLIDICT_HELP;

static void cli_print_mention(ent_buf *out, const ent_article *a, size_t sentence, const ent_mention *m, const char *lang) {
    ent_buf_adds(out, "{\"article\":");
    ent_buf_json_qstr(out, a->id);
    ent_buf_printf(out, ",\"sentence\":%zu,\"start\":%u,\"end\":%u,\"text\":\"", sentence, m->start, m->end);
    ent_buf_json_str(out, a->text + m->start, m->end - m->start);
    ent_buf_adds(out, "\",\"code\":");
    ent_buf_json_qstr(out, m->code);
    ent_buf_adds(out, m->location ? ",\"kind\":\"location\",\"case\":" : ",\"kind\":\"actor\",\"case\":");
    /* Hungarian marks roles by case; English only by the possessive 's */
    const char *cn = NULL;
    if (!strcmp(lang, "hu")) cn = ent_morph_case_name(m->tag) ? ent_morph_case_name(m->tag) : "nominative";
    else if (!strcmp(lang, "en") && !strcmp(m->tag, "GEN")) cn = "genitive";
    ent_buf_json_qstr(out, cn);
    const ent_entry *e = m->entry ? m->entry : m->agent;
    ent_buf_adds(out, ",\"entry\":");
    ent_buf_json_qstr(out, e->source);
    ent_buf_adds(out, ",\"name\":");
    ent_buf_json_qstr(out, e->name);
    ent_buf_adds(out, "}\n");
}

int cmd_actors(int argc, char **argv) {
    static const struct option opts[] = {{"lang", required_argument, 0, 'l'},
                                         {"date", required_argument, 0, 'd'},
                                         {"input-format", required_argument, 0, 'f'},
                                         {"help", no_argument, 0, 'h'},
                                         CLIDICT_LONGOPTS,
                                         {0, 0, 0, 0}};
    const char *lang = NULL, *format = NULL, *date = NULL;
    clidict cd;
    clidict_init(&cd);
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (clidict_option(&cd, c, optarg)) continue;
        switch (c) {
        case 'l': lang = optarg; break;
        case 'd': date = optarg; break;
        case 'f': format = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return cli_bad_option("actors", argv);
        }
    }
    if (!cli_date_ok("actors", "--date", date)) return EXIT_USAGE;
    int missing;
    ent_reader *r = cli_reader(argv + optind, argc - optind, format, &missing);
    if (!r) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_text *t = ent_text_new(NULL, &err);
    ent_dict *d = t ? clidict_open(&cd, t) : NULL;
    if (!d) {
        if (!t) cli_err(&err);
        ent_text_free(t);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    ent_arena ar;
    ent_arena_init(&ar, 256 * 1024);
    ent_buf out;
    ent_buf_init(&out);
    ent_article a;
    while (!ferror(stdout) && ent_reader_next(r, &a)) {   /* until the output cannot be written */
        ent_arena_reset(&ar);
        const char *l = ent_article_lang(&a, lang);
        ent_dict_need_lang(d, l);
        int32_t day = ent_date_int(date ? date : a.date);
        ent_span *s;
        size_t ns;
        if (ent_text_sentences(t, a.text, a.text_len, l, &ar, &s, &ns, &err)) {
            cli_diag(NULL, ENT_ERROR, a.file, a.line, err.msg);
            missing++;
            continue;
        }
        for (size_t i = 0; i < ns; i++) {
            ent_token *tk;
            size_t nt;
            ent_mention *m;
            size_t nm;
            if (ent_text_tokens(t, a.text, s[i], l, &ar, &tk, &nt, &err) ||
                ent_dict_match(d, a.text, tk, nt, l, day, &ar, &m, &nm))
                continue;
            ent_buf_reset(&out);
            for (size_t k = 0; k < nm; k++)
                if (m[k].entry) cli_print_mention(&out, &a, i, &m[k], l);
            fwrite(out.p ? out.p : "", 1, out.len, stdout);
        }
    }
    size_t skipped = ent_reader_skipped(r) + (size_t)missing;
    ent_buf_free(&out);
    ent_arena_free(&ar);
    ent_dict_free(d);
    ent_text_free(t);
    ent_reader_free(r);
    fflush(stdout);
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}
