/* event.c - coded events as JSON Lines, TSV and TABARI lines; see report.h. */
#include "report.h"

static void actor_json(ent_buf *o, const char *text, const ent_actor_ref *r) {
    ent_buf_adds(o, "{\"code\":");
    ent_buf_json_qstr(o, r->code);
    ent_buf_adds(o, ",\"name\":");
    ent_buf_json_qstr(o, r->name);
    ent_buf_adds(o, ",\"text\":\"");
    ent_buf_json_str(o, text + r->start, r->end - r->start);
    ent_buf_adds(o, "\",\"country\":");
    ent_buf_json_qstr(o, r->country[0] ? r->country : NULL);
    ent_buf_adds(o, ",\"role\":");
    ent_buf_json_qstr(o, r->role[0] ? r->role : NULL);
    ent_buf_adds(o, ",\"start\":");
    ent_buf_addu(o, r->start);
    ent_buf_adds(o, ",\"end\":");
    ent_buf_addu(o, r->end);
    ent_buf_addc(o, '}');
}

static void cameo_json(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_adds(o, ",\"event\":{\"code\":");
    ent_buf_json_qstr(o, e->cameo->code);
    ent_buf_adds(o, ",\"base\":");
    ent_buf_json_qstr(o, e->cameo->base);
    ent_buf_adds(o, ",\"root\":");
    ent_buf_json_qstr(o, e->cameo->root);
    ent_buf_printf(o, ",\"quad_class\":%d,\"goldstein\":%.1f,\"name\":", e->cameo->quad, e->cameo->goldstein);
    ent_buf_json_qstr(o, e->cameo->name);
    ent_buf_adds(o, ",\"text\":\"");
    ent_buf_json_str(o, a->text + e->ev_start, e->ev_end - e->ev_start);
    ent_buf_adds(o, "\",\"start\":");
    ent_buf_addu(o, e->ev_start);
    ent_buf_adds(o, ",\"end\":");
    ent_buf_addu(o, e->ev_end);
    ent_buf_addc(o, '}');
}

static void speaker_place_json(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_adds(o, ",\"reported_by\":");
    if (e->has_reporter) {
        ent_buf_adds(o, "{\"text\":\"");
        ent_buf_json_str(o, a->text + e->rep_start, e->rep_end - e->rep_start);
        ent_buf_adds(o, "\",\"code\":");
        ent_buf_json_qstr(o, e->rep_code[0] ? e->rep_code : NULL);
        ent_buf_addc(o, '}');
    } else {
        ent_buf_adds(o, "null");
    }
    ent_buf_adds(o, ",\"location\":");
    if (e->has_location) {
        ent_buf_adds(o, "{\"code\":");
        ent_buf_json_qstr(o, e->loc_code);
        ent_buf_adds(o, ",\"text\":\"");
        ent_buf_json_str(o, a->text + e->loc_start, e->loc_end - e->loc_start);
        ent_buf_printf(o, "\",\"start\":%u,\"end\":%u}", e->loc_start, e->loc_end);
    } else {
        ent_buf_adds(o, "null");
    }
}

void ent_report_event_json(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_adds(o, "{\"article\":");
    ent_buf_json_qstr(o, a->id);
    ent_buf_adds(o, ",\"date\":");
    ent_buf_json_qstr(o, e->date);
    ent_buf_adds(o, ",\"sentence\":");
    ent_buf_addu(o, e->sentence);
    ent_buf_adds(o, ",\"source\":");
    actor_json(o, a->text, &e->source);
    cameo_json(o, a, e);
    ent_buf_adds(o, ",\"target\":");
    actor_json(o, a->text, &e->target);
    ent_buf_adds(o, e->negated ? ",\"negated\":true,\"mood\":" : ",\"negated\":false,\"mood\":");
    ent_buf_json_qstr(o, e->mood);
    speaker_place_json(o, a, e);
    ent_buf_adds(o, ",\"evidence\":{\"source_entry\":");
    ent_buf_json_qstr(o, e->source.entry);
    ent_buf_adds(o, ",\"verb_entry\":");
    ent_buf_json_qstr(o, e->verb_entry);
    ent_buf_adds(o, ",\"target_entry\":");
    ent_buf_json_qstr(o, e->target.entry);
    ent_buf_adds(o, "}}\n");
}

void ent_report_event_tabari(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_printf(o, "%.2s%.2s%.2s\t%s\t%s\t%s\t%s\t%s\n", e->date + 2, e->date + 5, e->date + 8, e->source.code,
                   e->target.code, e->cameo->code, e->cameo->name, a->id);
}

void ent_report_event_tsv(ent_buf *o, const ent_article *a, const ent_event *e) {
    ent_buf_printf(o, "%s\t%s\t%zu\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t", a->id, e->date, e->sentence, e->source.code,
                   e->target.code, e->cameo->code, e->cameo->root, e->cameo->quad, e->cameo->goldstein,
                   e->negated ? "negated" : "", e->mood ? e->mood : "");
    if (e->has_reporter) ent_buf_add(o, a->text + e->rep_start, e->rep_end - e->rep_start);
    ent_buf_addc(o, '\n');
}
