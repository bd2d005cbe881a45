/* cmd_sentences.c - `entente sentences`: one JSON line per sentence. */
#include "cli.h"

#include "../src/pipeline/pipeline.h"
#include "../src/base/arena.h"
#include "../src/base/buf.h"
#include "../src/text/text.h"

#include <getopt.h>
#include <string.h>

static const char *help =
    "usage: entente sentences [--lang L] [--input-format auto|plain|jsonl|tabari] [FILE|DIR|-]...\n"
    "\n"
    "Prints one JSON line per sentence:\n"
    "  {\"article\",\"date\",\"lang\",\"sentence\",\"start\",\"end\",\"text\"}\n"
    "`sentence` counts from 0 (the headline); start/end are byte offsets into the\n"
    "article's canonical text (headline, blank line, body).\n"
    "\n"
    "  --lang L           language of every article (default: the article's own, else detected)\n"
    "  --input-format F   auto (by extension, then first byte), plain, jsonl, tabari\n";

int cmd_sentences(int argc, char **argv) {
    static const struct option opts[] = {{"lang", required_argument, 0, 'l'},
                                         {"input-format", required_argument, 0, 'f'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *lang = NULL, *format = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'l': lang = optarg; break;
        case 'f': format = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return cli_bad_option("sentences", argv);
        }
    }
    int missing;
    ent_reader *r = cli_reader(argv + optind, argc - optind, format, &missing);
    if (!r) return EXIT_USAGE;
    ent_err err;
    ent_err_clear(&err);
    ent_text *t = ent_text_new(NULL, &err);
    if (!t) {
        cli_err(&err);
        ent_reader_free(r);
        return EXIT_USAGE;
    }
    ent_arena ar;
    ent_arena_init(&ar, 64 * 1024);
    ent_buf out;
    ent_buf_init(&out);
    ent_article a;
    size_t failed = 0;
    while (!ferror(stdout) && ent_reader_next(r, &a)) {   /* until the output cannot be written */
        ent_arena_reset(&ar);
        const char *l = ent_article_lang(&a, lang);
        ent_span *s;
        size_t n;
        if (ent_text_sentences(t, a.text, a.text_len, l, &ar, &s, &n, &err)) {
            cli_diag(NULL, ENT_ERROR, a.file, a.line, err.msg);
            failed++;
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            ent_buf_reset(&out);
            ent_buf_adds(&out, "{\"article\":");
            ent_buf_json_qstr(&out, a.id);
            ent_buf_adds(&out, ",\"date\":");
            ent_buf_json_qstr(&out, a.date);
            ent_buf_adds(&out, ",\"lang\":");
            ent_buf_json_qstr(&out, l);
            ent_buf_printf(&out, ",\"sentence\":%zu,\"start\":%u,\"end\":%u,\"text\":\"", i, s[i].start, s[i].end);
            ent_buf_json_str(&out, a.text + s[i].start, s[i].end - s[i].start);
            ent_buf_adds(&out, "\"}\n");
            fwrite(out.p, 1, out.len, stdout);
        }
    }
    size_t skipped = ent_reader_skipped(r) + failed + (size_t)missing;
    ent_buf_free(&out);
    ent_arena_free(&ar);
    ent_text_free(t);
    ent_reader_free(r);
    if (fflush(stdout) != 0) return EXIT_SKIPPED;   /* reported by main (cli_stdout_close) */
    return skipped ? EXIT_SKIPPED : EXIT_OK;
}
