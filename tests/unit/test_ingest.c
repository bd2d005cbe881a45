/* Unit tests: dates, canonical text, ids, every input format and bad input. */
#include "../../src/ingest/ingest.h"
#include "t.h"

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

static char msgs[4096];
static void diag(void *ud, enum ent_severity sev, const char *file, long line, const char *msg) {
    (void)ud, (void)file;
    size_t n = strlen(msgs);
    snprintf(msgs + n, sizeof msgs - n, "%s%ld:%s;", sev == ENT_WARN ? "W" : "E", line, msg);
}

static char dir[] = "/tmp/ent-test-XXXXXX";

static const char *write_file(const char *name, const char *data, size_t n) {
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, n, f);
    fclose(f);
    return path;
}

static ent_reader *reader_for(const char *path) {
    ent_diag d = {diag, NULL};
    ent_reader *r = ent_reader_new(NULL, &d);
    msgs[0] = 0;
    ent_reader_add(r, path, NULL);
    return r;
}

int main(void) {
    if (!mkdtemp(dir)) return 1;
    T_CHECK("date ok", ent_date_valid("2025-09-03", 10));
    T_CHECK("date leap", ent_date_valid("2024-02-29", 10));
    T_CHECK("date not leap", !ent_date_valid("2025-02-29", 10));
    T_CHECK("date 1900 not leap", !ent_date_valid("1900-02-29", 10));
    T_CHECK("date month 13", !ent_date_valid("2025-13-01", 10));
    T_CHECK("date short", !ent_date_valid("2025-9-3", 8));
    T_CHECK("date letters", !ent_date_valid("2025-0a-03", 10));

    const char plain[] = "  date 2025-09-03 Headline here.\r\n\r\n\r\nBody one.\r\n\r\nBody two.  \n\n";
    ent_reader *r = reader_for(write_file("a.txt", plain, sizeof plain - 1));
    ent_article a;
    T_CHECK("plain read", ent_reader_next(r, &a) == 1);
    T_STREQ("plain canonical", a.text, "Headline here.\n\nBody one.\n\nBody two.");
    T_STREQ("plain title", a.title, "Headline here.");
    T_CHECK("plain body start", a.body_start == 16);
    T_STREQ("plain date", a.date, "2025-09-03");
    char id[17];
    ent_article_id("2025-09-03", a.text, a.text_len, id);
    T_STREQ("plain id is hash", a.id, id);
    T_CHECK("plain one article", ent_reader_next(r, &a) == 0);
    ent_reader_free(r);

    const char jl[] = "{\"date\":\"2025-09-03\",\"title\":\"Headline here.\",\"text\":\"Body one.\\n\\nBody two.\",\"x\":[1]}\n"
                      "{\"id\":7,\"date\":\"2025-09-04T10:00:00Z\",\"text\":\"Only body\",\"source\":\"MTI\",\"lang\":\"hu\"}\n"
                      "not json\n"
                      "{\"date\":\"2025-09-04\"}\n"
                      "{\"date\":\"2025-02-30\",\"text\":\"x\"}\n"
                      "\n";
    r = reader_for(write_file("b.jsonl", jl, sizeof jl - 1));
    T_CHECK("jsonl first", ent_reader_next(r, &a) == 1);
    T_STREQ("jsonl canonical equals plain", a.text, "Headline here.\n\nBody one.\n\nBody two.");
    T_STREQ("jsonl id equals plain id", a.id, id);
    T_CHECK("jsonl second", ent_reader_next(r, &a) == 1);
    T_STREQ("jsonl integer id", a.id, "7");
    T_STREQ("jsonl timestamp date", a.date, "2025-09-04");
    T_STREQ("jsonl source", a.source, "MTI");
    T_STREQ("jsonl lang", a.lang, "hu");
    T_STREQ("jsonl no title", a.text, "Only body");
    T_CHECK("jsonl line", a.line == 2);
    T_CHECK("jsonl end", ent_reader_next(r, &a) == 0);
    T_STREQ("jsonl errors", msgs,
            "E3:invalid JSON at column 3: '[' or '{' expected near 'not';"
            "E4:missing field \"text\";E5:bad date '2025-02-30' (2025-02 has 28 days);");
    T_CHECK("jsonl skipped count", ent_reader_skipped(r) == 3);
    ent_reader_free(r);

    /* gzip: same article */
    char gzpath[256];
    snprintf(gzpath, sizeof gzpath, "%s/c.txt.gz", dir);
    gzFile gz = gzopen(gzpath, "wb");
    gzwrite(gz, plain, sizeof plain - 1);
    gzclose(gz);
    r = reader_for(gzpath);
    T_CHECK("gz read", ent_reader_next(r, &a) == 1);
    T_STREQ("gz same id", a.id, id);
    ent_reader_free(r);

    /* TABARI records */
    const char tb[] = "080101 REC-01\nRussia and China\nsigned a pact.\n\n990315 REC-02\nSecond.\n";
    ent_reader_opts o = {.format = ENT_FMT_TABARI};
    ent_diag d = {diag, NULL};
    r = ent_reader_new(&o, &d);
    ent_reader_add(r, write_file("t.rec", tb, sizeof tb - 1), NULL);
    T_CHECK("tabari first", ent_reader_next(r, &a) == 1);
    T_STREQ("tabari date 20xx", a.date, "2008-01-01");
    T_STREQ("tabari id", a.id, "REC-01");
    T_STREQ("tabari text", a.text, "Russia and China\nsigned a pact.");
    T_CHECK("tabari second", ent_reader_next(r, &a) == 1);
    T_STREQ("tabari date 19xx", a.date, "1999-03-15");
    ent_reader_free(r);

    /* bad input */
    r = reader_for(write_file("bin.txt", "date 2025-01-01 x\0\1\2", 20));
    T_CHECK("binary skipped", ent_reader_next(r, &a) == 0);
    T_STREQ("binary message", msgs, "E0:binary file (NUL bytes), skipped;");
    ent_reader_free(r);
    r = reader_for(write_file("empty.txt", "", 0));
    T_CHECK("empty skipped", ent_reader_next(r, &a) == 0);
    T_STREQ("empty message", msgs, "E0:empty file;");
    ent_reader_free(r);
    r = reader_for(write_file("u.txt", "date 2025-01-01 Head\n\nok\n\xFF\xFE bad", 31));
    T_CHECK("bad utf8 kept", ent_reader_next(r, &a) == 1);
    T_STREQ("bad utf8 repaired", a.text, "Head\n\nok\n\xEF\xBF\xBD\xEF\xBF\xBD bad");
    T_STREQ("bad utf8 warning", msgs, "W4:invalid UTF-8 replaced by U+FFFD (2 sequences);");
    ent_reader_free(r);
    T_DONE();
}
